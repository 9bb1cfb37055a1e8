//! Text made mostly of quotation marks, apostrophes, letters and line
//! breaks (one piece per input byte) through `whosaid::analyze`: quotation
//! pairing, nesting caps, unbalanced marks, apostrophes told apart.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    whosaid_fuzz::check_analysis(&whosaid_fuzz::quote_text(data));
});
