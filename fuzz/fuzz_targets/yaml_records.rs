//! The YAML records loader on any bytes: decode (BOM, UTF-8), parse as recommendations,
//! ratifications or reservations (first byte chooses), render any error against the text, and
//! for records that load, render a diagnostic at each id's position (as `check` does) and format
//! each date in every language.
#![no_main]

use std::cell::OnceCell;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use suivi::diag::Diagnostic;
use suivi::i18n::{Formatter, Lang, PartialDate};
use suivi::load::{decode, parse_records};
use suivi::model::{Id, Origin, Recommendation, Reservation, StateRatifications};
use suivi_fuzz::check_render;

thread_local! {
    static FORMATTERS: OnceCell<Vec<Formatter>> = const { OnceCell::new() };
}

fn dates(ds: impl IntoIterator<Item = PartialDate>) {
    FORMATTERS.with(|f| {
        let f = f.get_or_init(|| Lang::ALL.into_iter().map(Formatter::new).collect());
        for d in ds {
            for fmt in f {
                let _ = fmt.date(&d);
            }
        }
    });
}

fn render(d: &Diagnostic, text: Option<&str>) {
    check_render(d, text).unwrap();
}

fn at_ids<'a>(file: &Path, text: &str, ids: impl IntoIterator<Item = &'a Id>) {
    let origin = Origin {
        file: file.to_path_buf(),
        line_offset: 0,
    };
    for id in ids {
        let (line, column) = origin.at(id);
        render(&Diagnostic::error(file, line, column, "here"), Some(text));
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let file = Path::new("content/recommendations/r.yaml");
    let text = match decode(file, bytes) {
        Ok(t) => t,
        Err(d) => {
            // `Diagnostics::render` shows no source line for a file that is not UTF-8.
            render(&d, None);
            return;
        }
    };
    let result = match kind % 3 {
        0 => parse_records::<Recommendation>(file, &text).map(|recs| {
            for r in &recs {
                at_ids(file, &text, [&r.id, &r.mechanism, &r.state]);
                at_ids(file, &text, r.related.iter().chain(&r.themes));
                dates(r.date);
            }
        }),
        1 => parse_records::<StateRatifications>(file, &text).map(|states| {
            for s in &states {
                at_ids(file, &text, [&s.state]);
                dates(s.as_of);
                for t in s.treaties.values() {
                    let t = &t.value;
                    dates(t.signature_date.into_iter().chain(t.consent_date));
                    dates(t.procedures.iter().filter_map(|p| p.date));
                }
            }
        }),
        _ => parse_records::<Reservation>(file, &text).map(|res| {
            for r in &res {
                at_ids(file, &text, r.id.iter().chain([&r.state, &r.treaty]));
                dates(r.date.into_iter().chain(r.withdrawn_date));
            }
        }),
    };
    if let Err(d) = result {
        render(&d, Some(&text));
    }
});
