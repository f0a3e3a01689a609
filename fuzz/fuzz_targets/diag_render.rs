//! `Diagnostic::render` for any line, column, source, message and hint: it must never panic,
//! whatever the columns or the characters.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use suivi::diag::Diagnostic;
use suivi_fuzz::check_render;

#[derive(Arbitrary, Debug)]
struct Input {
    warning: bool,
    /// Small values index into the source; the raw value is used when `raw_position` is set.
    line: u32,
    column: u32,
    raw_position: bool,
    file: String,
    message: String,
    hint: Option<String>,
    source: Option<String>,
}

fuzz_target!(|input: Input| {
    let (line, column) = if input.raw_position {
        (input.line as usize, input.column as usize)
    } else {
        let lines = input.source.as_deref().map_or(0, |s| s.lines().count());
        let line = input.line as usize % (lines + 2);
        let width = input
            .source
            .as_deref()
            .and_then(|s| s.lines().nth(line.checked_sub(1)?))
            .map_or(0, |l| l.chars().count());
        (line, input.column as usize % (width + 3))
    };
    let mut d = if input.warning {
        Diagnostic::warning(&input.file, line, column, input.message)
    } else {
        Diagnostic::error(&input.file, line, column, input.message)
    };
    d.hint = input.hint;
    check_render(&d, input.source.as_deref()).unwrap();
});
