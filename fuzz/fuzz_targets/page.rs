//! A structured page (elements with any parent index, tags, attribute words,
//! hidden flags; text nodes with any text and parent) through
//! `whosaid::page::analyze_page`, with a small cap some of the time.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_fuzz::FuzzPage;

fuzz_target!(|page: FuzzPage| {
    let input = page.input();
    whosaid_fuzz::check_page(&input, page.cap());
});
