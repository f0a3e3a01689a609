//! `suivi import`: turn the files that users download (the UHRI export, UPR Info's CSV export,
//! ratification status tables) into the site's content, repeatably.
//!
//! Every importer reads its file row by row ([`table`]), maps each row to the fields it owns, and
//! merges them into the site's existing records ([`store`]): a record is found again by its
//! stable key (UHRI annotation id, or document symbol + paragraph + state; UPR Info: an id derived
//! from session, state and text; ratifications: state + treaty), only the importer-owned fields
//! are replaced, and every other field the site added is kept, in place. `docs/import.md` lists
//! the owned fields of each importer.

pub mod names;
pub mod ratifications;
pub mod store;
pub mod table;
pub mod uhri;
pub mod upr_info;
pub mod yaml;

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::i18n::Lang;
use crate::reference::Reference;
use names::StateNames;
use store::Store;
use table::TextEncoding;
use yaml::Y;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Uhri,
    UprInfo,
    Ratifications,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Uhri => "uhri",
            Kind::UprInfo => "upr-info",
            Kind::Ratifications => "ratifications",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    /// The site folder (holds site.yaml and content/).
    pub site: PathBuf,
    pub dry_run: bool,
    /// Only rows about these states (ISO3); empty: all.
    pub states: BTreeSet<String>,
    /// UHRI: the language of the export's texts. Other languages only update `text.<lang>`.
    pub lang: Lang,
    pub encoding: TextEncoding,
    /// Extra state-name aliases (name, ISO3).
    pub aliases: Vec<(String, String)>,
    /// The file (under content/recommendations/) that receives new records; default per state.
    pub file: Option<PathBuf>,
    /// The date of the data, written in each record's `source.as_of`.
    pub as_of: Option<String>,
    /// Ratifications: `source.url` and `source.title` of each state's entry.
    pub source_url: Option<String>,
    pub source_title: Option<String>,
}

impl Options {
    pub fn new(site: &Path) -> Options {
        Options {
            site: site.to_path_buf(),
            dry_run: false,
            states: BTreeSet::new(),
            lang: Lang::En,
            encoding: TextEncoding::Auto,
            aliases: Vec::new(),
            file: None,
            as_of: None,
            source_url: None,
            source_title: None,
        }
    }
}

/// A row that was not imported, or a field that was left out of an imported row.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RowNote {
    pub file: PathBuf,
    pub row: usize,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub rows_read: usize,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows about states outside `--state`.
    pub filtered: usize,
    /// Rows merged into a record another row of the same import already gave (UPR Info: one row
    /// per recommending state).
    pub merged: usize,
    pub skipped: Vec<RowNote>,
    pub warnings: Vec<RowNote>,
    /// Dry run: what would change.
    pub changes: Vec<String>,
    pub written: Vec<PathBuf>,
    pub files: Vec<(PathBuf, String)>,
    pub millis: u128,
}

impl Report {
    pub fn skip(&mut self, file: &Path, row: usize, message: impl Into<String>) {
        self.skipped.push(RowNote {
            file: file.to_path_buf(),
            row,
            message: message.into(),
        });
    }
    pub fn warn(&mut self, file: &Path, row: usize, message: impl Into<String>) {
        self.warnings.push(RowNote {
            file: file.to_path_buf(),
            row,
            message: message.into(),
        });
    }

    /// The summary printed by `suivi import`.
    pub fn render(&self, kind: Kind, dry_run: bool) -> String {
        let mut s = String::new();
        for n in &self.warnings {
            let _ = writeln!(s, "note: {}:{}: {}", n.file.display(), n.row, n.message);
        }
        for n in &self.skipped {
            let _ = writeln!(s, "skipped: {}:{}: {}", n.file.display(), n.row, n.message);
        }
        if dry_run {
            for c in &self.changes {
                let _ = writeln!(s, "would {c}");
            }
        }
        for (f, enc) in &self.files {
            let _ = writeln!(s, "read {} ({enc})", f.display());
        }
        let what = if kind == Kind::Ratifications {
            "entries"
        } else {
            "records"
        };
        let _ = writeln!(
            s,
            "{}import {}: {} rows read; {what}: {} added, {} updated, {} unchanged; {} rows skipped{}{}; {} notes; {} ms",
            if dry_run { "dry run: " } else { "" },
            kind.name(),
            self.rows_read,
            self.added,
            self.updated,
            self.unchanged,
            self.skipped.len(),
            if self.merged > 0 {
                format!(", {} rows merged into the same record", self.merged)
            } else {
                String::new()
            },
            if self.filtered > 0 {
                format!(", {} rows about other states (--state)", self.filtered)
            } else {
                String::new()
            },
            self.warnings.len(),
            self.millis
        );
        if dry_run {
            let _ = writeln!(s, "dry run: nothing was written");
        } else {
            let _ = writeln!(s, "{} file(s) written", self.written.len());
        }
        s
    }
}

/// Everything an importer needs besides its file.
pub struct Ctx<'a> {
    pub opts: &'a Options,
    pub reference: std::sync::Arc<Reference>,
    pub names: StateNames,
    pub default_lang: Lang,
    pub report: Report,
}

impl Ctx<'_> {
    /// Maps a state name, or records why it cannot be mapped.
    pub fn state(&self, name: &str) -> Result<String, String> {
        self.names.iso3(name).map_err(|e| e.describe(name.trim()))
    }
    pub fn wanted(&self, iso3: &str) -> bool {
        self.opts.states.is_empty() || self.opts.states.contains(iso3)
    }
}

/// The fields of a recommendation in the order `docs/content.md` gives them: new fields are
/// inserted after the last of their predecessors present in a record.
pub const REC_ORDER: &[&str] = &[
    "id",
    "uhri_id",
    "mechanism",
    "state",
    "document",
    "paragraph",
    "date",
    "upr_cycle",
    "upr_session",
    "type",
    "text",
    "unofficial",
    "recommending_states",
    "position",
    "position_source",
    "position_note",
    "themes",
    "affected_persons",
    "sdg_goals",
    "sdg_targets",
    "clusters",
    "responsible",
    "related",
    "draft",
    "archived",
    "source",
];

fn before(field: &str) -> Vec<&'static str> {
    REC_ORDER
        .iter()
        .take_while(|f| **f != field)
        .copied()
        .collect()
}

/// One record as an importer produces it from a row (or from several rows).
pub struct Incoming {
    pub keys: Vec<String>,
    /// The id for a new record (an existing record keeps its own).
    pub id: String,
    /// Owned fields and their new values; an owned field missing here is removed.
    pub fields: Vec<(&'static str, Y)>,
    pub owned: &'static [&'static str],
    /// `text.<lang>`: owned per language.
    pub text: Option<(Lang, String)>,
    /// Only update an existing record; never create one (UHRI exports in another language).
    pub update_only: bool,
    /// Where a new record goes, relative to content/recommendations/.
    pub file: PathBuf,
    pub src: PathBuf,
    pub row: usize,
}

const NEW_HEADER: &str = "# Imported by `suivi import`. A new import updates the imported fields of each record and\n# keeps every other field (see docs/import.md); comments below this block are not kept.\n";

/// Merges recommendations into content/recommendations/.
pub struct RecMerger {
    pub store: Store,
    seen: HashMap<String, usize>,
    ids: BTreeSet<String>,
}

impl RecMerger {
    pub fn load(site: &Path) -> Result<RecMerger, String> {
        let store = Store::load(&site.join("content").join("recommendations"))?;
        Ok(RecMerger {
            store,
            seen: HashMap::new(),
            ids: BTreeSet::new(),
        })
    }

    /// A new id based on `base` that no record uses.
    pub fn free_id(&self, candidates: &[String]) -> String {
        for c in candidates {
            if !self.store.has_key(&format!("id:{c}")) && !self.ids.contains(c) {
                return c.clone();
            }
        }
        let base = candidates
            .last()
            .cloned()
            .unwrap_or_else(|| "record".into());
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|c| !self.store.has_key(&format!("id:{c}")) && !self.ids.contains(c))
            .unwrap_or(base)
    }

    pub fn apply(&mut self, inc: Incoming, ctx: &mut Ctx) -> Result<(), String> {
        if let Some(first) = inc.keys.iter().find_map(|k| self.seen.get(k)) {
            ctx.report.skip(
                &inc.src,
                inc.row,
                format!("the same record as row {first} of this import (same key); kept the first"),
            );
            return Ok(());
        }
        for k in &inc.keys {
            self.seen.insert(k.clone(), inc.row);
        }
        let found = self.store.find(&inc.keys);
        let (mut item, existing) = match found {
            Some(at) => {
                let file = &self.store.files[at.0];
                if file.read_only {
                    ctx.report.skip(
                        &inc.src,
                        inc.row,
                        format!(
                            "the record is in {}, a Markdown file that the importer does not rewrite; update it by hand",
                            file.rel.display()
                        ),
                    );
                    return Ok(());
                }
                (self.store.item(at).clone(), Some(at))
            }
            None if inc.update_only => {
                ctx.report.skip(
                    &inc.src,
                    inc.row,
                    "no record with this key yet: import the English export first (a text in another language only adds `text`)",
                );
                return Ok(());
            }
            None => (Y::Map(vec![("id".into(), Y::str(inc.id.clone()))]), None),
        };
        if !matches!(item, Y::Map(_)) {
            ctx.report
                .skip(&inc.src, inc.row, "the matching record is not a mapping");
            return Ok(());
        }
        for f in inc.owned {
            match inc.fields.iter().find(|(k, _)| k == f) {
                Some((_, v)) if !v.is_empty_value() => item.set(f, v.clone(), &before(f)),
                _ => {
                    item.remove(f);
                }
            }
        }
        if let Some((lang, text)) = &inc.text {
            let code = lang.code();
            let mut map = match item.remove("text") {
                Some(Y::Map(m)) => Y::Map(m),
                Some(Y::Str(s)) => Y::Map(vec![(ctx.default_lang.code().to_string(), Y::Str(s))]),
                _ => Y::Map(Vec::new()),
            };
            let order: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            map.set_in_order(code, Y::str(text.clone()), &order);
            item.set("text", map, &before("text"));
        }
        match existing {
            Some(at) => {
                if *self.store.item(at) == item {
                    ctx.report.unchanged += 1;
                } else {
                    let changed = changed_fields(self.store.item(at), &item);
                    let id = item.get("id").and_then(Y::scalar_text).unwrap_or_default();
                    ctx.report.changes.push(format!(
                        "update {id} in {} ({})",
                        self.store.files[at.0].rel.display(),
                        changed.join(", ")
                    ));
                    ctx.report.updated += 1;
                    self.store.replace(at, item);
                }
            }
            None => {
                ctx.report
                    .changes
                    .push(format!("add {} to {}", inc.id, inc.file.display()));
                self.ids.insert(inc.id.clone());
                self.store.add(&inc.file, NEW_HEADER, item)?;
                ctx.report.added += 1;
            }
        }
        Ok(())
    }
}

/// The top-level fields that differ between two records.
pub fn changed_fields(a: &Y, b: &Y) -> Vec<String> {
    let (Y::Map(x), Y::Map(y)) = (a, b) else {
        return vec!["record".into()];
    };
    let mut out = Vec::new();
    for (k, v) in y {
        if x.iter().find(|(k2, _)| k2 == k).map(|(_, v2)| v2) != Some(v) {
            out.push(k.clone());
        }
    }
    for (k, _) in x {
        if !y.iter().any(|(k2, _)| k2 == k) {
            out.push(format!("-{k}"));
        }
    }
    out
}

/// Slug rule for UHRI theme and affected-person labels (the one reference/themes.yaml uses): a
/// leading old UHRI code (`A12 `) dropped, lower case, `&` read as "and", every run of other
/// characters than a-z and 0-9 made one `-`, at most 80 characters cut at a `-`.
pub fn slugify(label: &str) -> String {
    let mut l = label.trim();
    let b = l.as_bytes();
    if b.len() > 2 && (b'A'..=b'H').contains(&b[0]) && b[1].is_ascii_digit() {
        let end = l[1..]
            .find(|c: char| !c.is_ascii_digit())
            .map(|i| i + 1)
            .unwrap_or(l.len());
        if l[end..].starts_with(char::is_whitespace) {
            l = l[end..].trim_start();
        }
    }
    let lower = l.to_lowercase().replace('&', "and");
    let mut s = String::new();
    let mut dash = false;
    for c in lower.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if dash && !s.is_empty() {
                s.push('-');
            }
            dash = false;
            s.push(c);
        } else {
            dash = true;
        }
    }
    if s.len() > 80 {
        let cut = &s[..80];
        s = if s.as_bytes()[80] == b'-' {
            cut.to_string()
        } else {
            match cut.rfind('-') {
                Some(i) if i > 0 => cut[..i].to_string(),
                _ => cut.to_string(),
            }
        };
        s = s.trim_matches('-').to_string();
    }
    s
}

/// Reads a date as sources write it: ISO (`2016-12-28`, `2016-12-28T00:00:00`), a year, or an
/// Excel serial number (days since 1899-12-30; Excel's phantom 1900-02-29 is refused).
pub fn parse_date(s: &str) -> Result<Option<String>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let iso = s.split(['T', ' ']).next().unwrap_or(s);
    if crate::i18n::PartialDate::parse(iso).is_ok() {
        return Ok(Some(iso.to_string()));
    }
    if let Ok(serial) = s.parse::<f64>()
        && serial.is_finite()
        && (1.0..2_958_466.0).contains(&serial)
    {
        let days = serial.floor() as i64;
        if days == 60 {
            return Err(format!(
                "{s} is Excel's 1900-02-29, a day that does not exist"
            ));
        }
        // Serial 1 is 1900-01-01; from 61 on, Excel counts the phantom 1900-02-29.
        let offset = if days < 60 { days + 1 } else { days };
        let (y, m, d) = civil_from_days(offset - 25_569);
        return Ok(Some(format!("{y:04}-{m:02}-{d:02}")));
    }
    Err(format!(
        "\"{s}\" is not a date (expected 2016-12-28, 2016 or an Excel date number)"
    ))
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The UPR cycle of a session: sessions 1–12 are the first cycle, then 14 sessions per cycle.
pub fn upr_cycle(session: u32) -> u32 {
    if session <= 12 {
        1
    } else {
        2 + (session - 13) / 14
    }
}

fn site_default_lang(site: &Path) -> Lang {
    crate::config::Config::load(site, None)
        .map(|c| c.default_language)
        .unwrap_or(Lang::En)
}

/// Runs one import over `inputs` (files, or folders for ratifications).
pub fn run(kind: Kind, inputs: &[PathBuf], opts: &Options) -> Result<Report, String> {
    let start = std::time::Instant::now();
    if !opts.site.join("site.yaml").is_file() {
        return Err(format!(
            "{} is not a site folder (no site.yaml); pass --into SITE_DIR",
            opts.site.display()
        ));
    }
    let reference = Reference::builtin();
    let names = StateNames::new(&reference, &opts.aliases);
    let mut ctx = Ctx {
        opts,
        reference,
        names,
        default_lang: site_default_lang(&opts.site),
        report: Report::default(),
    };
    let written = match kind {
        Kind::Uhri | Kind::UprInfo => {
            let mut merger = RecMerger::load(&opts.site)?;
            for input in inputs {
                if kind == Kind::Uhri {
                    uhri::import(input, &mut merger, &mut ctx)?;
                } else {
                    upr_info::import(input, &mut merger, &mut ctx)?;
                }
            }
            if opts.dry_run {
                Vec::new()
            } else {
                merger.store.write()?
            }
        }
        Kind::Ratifications => ratifications::import(inputs, &mut ctx)?,
    };
    let mut report = ctx.report;
    report.written = written;
    report.millis = start.elapsed().as_millis();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("42735").unwrap().as_deref(), Some("2016-12-31"));
        assert_eq!(
            parse_date("42735.5").unwrap().as_deref(),
            Some("2016-12-31")
        );
        assert_eq!(parse_date("1").unwrap().as_deref(), Some("1900-01-01"));
        assert_eq!(parse_date("61").unwrap().as_deref(), Some("1900-03-01"));
        assert!(parse_date("60").is_err());
        assert_eq!(
            parse_date("2016-12-28T00:00:00").unwrap().as_deref(),
            Some("2016-12-28")
        );
        assert_eq!(parse_date("2025").unwrap().as_deref(), Some("2025"));
        assert_eq!(parse_date(" ").unwrap(), None);
        assert!(parse_date("28/12/2016").is_err());
        assert!(parse_date("soon").is_err());
    }

    #[test]
    fn cycles_and_slugs() {
        assert_eq!(upr_cycle(1), 1);
        assert_eq!(upr_cycle(12), 1);
        assert_eq!(upr_cycle(13), 2);
        assert_eq!(upr_cycle(20), 2);
        assert_eq!(upr_cycle(26), 2);
        assert_eq!(upr_cycle(27), 3);
        assert_eq!(upr_cycle(34), 3);
        assert_eq!(upr_cycle(48), 4);
        assert_eq!(
            slugify("A12 Acceptance of international norms"),
            "acceptance-of-international-norms"
        );
        assert_eq!(
            slugify("Access to justice & remedy"),
            "access-to-justice-and-remedy"
        );
        assert_eq!(
            slugify("2030 Agenda & other voluntary commitments"),
            "2030-agenda-and-other-voluntary-commitments"
        );
    }
}
