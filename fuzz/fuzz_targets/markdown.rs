//! Markdown → sanitised HTML: never panics, and what comes out has no script, no event handler,
//! no style, no forbidden element and no URL with a scheme other than http, https and mailto.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let html = suivi::render::markdown(src);
    let bad = suivi_fuzz::html_violations(&html);
    assert!(bad.is_empty(), "{bad:?}\ninput: {src:?}\noutput: {html}");
});
