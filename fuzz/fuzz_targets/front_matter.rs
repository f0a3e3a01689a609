//! The Markdown front-matter splitter, then the YAML of an update's front matter (and of a page's
//! and a translation's), with every error rendered against the file as `suivi check` shows it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use suivi::load::{parse_yaml, split_front_matter, yaml_error};
use suivi::model::{PageMeta, TranslationMeta, UpdateMeta};
use suivi_fuzz::{check_front_matter, check_render};

fn report(file: &Path, offset: usize, err: &serde_saphyr::Error, text: &str) {
    let d = yaml_error(file, offset, err);
    check_render(&d, Some(text)).unwrap();
}

fuzz_target!(|data: &[u8]| {
    let file = Path::new("content/updates/u.md");
    let Ok(text) = suivi::load::decode(file, data) else {
        return;
    };
    if let Err(e) = check_front_matter(&text) {
        panic!("{e}");
    }
    let Some((fm, offset, _body)) = split_front_matter(&text) else {
        return;
    };
    if let Err(e) = parse_yaml::<UpdateMeta>(fm) {
        report(file, offset, &e, &text);
    }
    if let Err(e) = parse_yaml::<PageMeta>(fm) {
        report(file, offset, &e, &text);
    }
    if let Err(e) = parse_yaml::<TranslationMeta>(fm) {
        report(file, offset, &e, &text);
    }
});
