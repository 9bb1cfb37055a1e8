//! Arbitrary bytes through `whosaid::analyze`: valid UTF-8 as it is, anything
//! else after a lossy conversion (so nearly every input reaches the engine).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(text) => whosaid_fuzz::check_analysis(text),
        Err(_) => whosaid_fuzz::check_analysis(&String::from_utf8_lossy(data)),
    }
});
