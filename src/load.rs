//! Stage 1: find the site's content files, read and parse them in parallel, and keep where every
//! record came from. Problems become diagnostics; nothing is thrown.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diag::{Diagnostic, did_you_mean};
use crate::i18n::Lang;
use crate::model::*;

/// Files above this size are refused: no real content file comes near it, and reading one would
/// only cost memory.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The content sections `load` knows, i.e. the folders directly under `content/`.
pub const SECTIONS: [&str; 5] = [
    "recommendations",
    "updates",
    "ratifications",
    "reservations",
    "pages",
];

/// Reads bytes as UTF-8 text, dropping a byte-order mark.
pub fn decode(file: &Path, bytes: &[u8]) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let valid = &bytes[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let column = String::from_utf8_lossy(valid.rsplit(|b| *b == b'\n').next().unwrap_or(b""))
            .chars()
            .count()
            + 1;
        Diagnostic::error(file, line, column, "the file is not valid UTF-8 text").with_hint(
            "save the file as UTF-8; if it is not a content file, move it out of content/",
        )
    })
}

/// YAML with the parser's safety budgets on (alias-expansion bombs, depth) and strict booleans,
/// so that `no` stays a string and `yes` is an error rather than a surprise.
pub fn parse_yaml<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, serde_saphyr::Error> {
    let options = serde_saphyr::options!(strict_booleans: true);
    serde_saphyr::from_str_with_options(text, options)
}

/// A YAML error as a diagnostic, with a "did you mean" hint for unknown fields.
pub fn yaml_error(file: &Path, line_offset: usize, err: &serde_saphyr::Error) -> Diagnostic {
    let (line, column) = err
        .location()
        .map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
    let full = err.without_snippet().to_string();
    // The crate prefixes "error: line L column C: "; our header already says where.
    let message = full
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("error: ")
        .split_once(": ")
        .filter(|(head, _)| head.starts_with("line "))
        .map_or(
            full.lines().next().unwrap_or("").to_string(),
            |(_, rest)| rest.to_string(),
        );
    // Custom messages (dates, languages) get the position appended again; drop it.
    let message = match message.rfind(" at line ") {
        Some(i) if message[i + 9..].starts_with(|c: char| c.is_ascii_digit()) => {
            message[..i].to_string()
        }
        _ => message,
    };
    let (message, plain_hint) = plain_words(message);
    let mut d = Diagnostic::error(file, line + line_offset, column, message.clone());
    if let Some(h) = plain_hint {
        d = d.with_hint(h);
    }
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, expected ")
    {
        // serde lists the allowed fields as `a`, `b` or as plain words; take the words either way.
        let expected = expected
            .split(" at line ")
            .next()
            .unwrap_or(expected)
            .trim_start_matches("one of ");
        let candidates: Vec<&str> = expected
            .split(", ")
            .map(|s| s.trim().trim_matches('`'))
            .collect();
        d.message = format!("unknown field `{field}`");
        d = match did_you_mean(field, candidates.iter().copied()) {
            Some(s) => d.with_hint(format!("did you mean `{s}`?")),
            None => d.with_hint(format!(
                "the fields allowed here are: {}",
                candidates.join(", ")
            )),
        };
    } else if message.contains("duplicate mapping key") {
        d.message = message.replace(", set DuplicateKeyPolicy in Options if acceptable", "");
        d = d
            .with_hint("a key may appear only once in a mapping; remove or merge the repeated one");
    } else if message.contains("tab") {
        d = d.with_hint("YAML indents with spaces; replace the tab characters with spaces");
    }
    d
}

/// The parser's terse messages, in plain words, with a hint where one helps.
fn plain_words(message: String) -> (String, Option<&'static str>) {
    let number = [
        "invalid u8",
        "invalid u16",
        "invalid u32",
        "invalid u64",
        "invalid i64",
        "invalid i32",
    ];
    if number.contains(&message.as_str()) {
        return (
            "expected a whole number here".into(),
            Some("write digits only, e.g. `4`"),
        );
    }
    match message.as_str() {
        "expected mapping start" => (
            "expected a record here (fields written as `name: value`)".into(),
            Some("each item of a list of records starts with `- ` followed by its fields"),
        ),
        "expected string scalar" => (
            "expected a text value here".into(),
            Some("quote the value: \"…\""),
        ),
        m if m.starts_with("cannot deserialize null into string")
            || m.starts_with("invalid type: unit value") =>
        {
            (
                "this value is empty".into(),
                Some("write the text, or remove the line"),
            )
        }
        "recursion limit exceeded" => (
            "the YAML is nested too deeply".into(),
            Some("content files need only a few levels of lists and mappings"),
        ),
        _ => (message, None),
    }
}

/// Splits Markdown into its YAML front matter and body. Returns the front matter, the line in the
/// file just before the front matter starts (to offset YAML line numbers) and the body.
pub fn split_front_matter(text: &str) -> Option<(&str, usize, &str)> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let body = &rest[offset + line.len()..];
            return Some((&rest[..offset], 1, body));
        }
        offset += line.len();
    }
    None
}

/// `name.fr.md` → (`name`, Some(fr)); `name.md` → (`name`, None).
fn stem_and_lang(path: &Path) -> (String, Option<Lang>) {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    match stem.rsplit_once('.') {
        Some((base, code)) if Lang::parse(code).is_some() => (base.to_string(), Lang::parse(code)),
        _ => (stem.to_string(), None),
    }
}

/// One file of an update: the main file (with `meta`) or a translation.
#[derive(Clone)]
struct UpdatePart {
    stem: String,
    lang: Option<Lang>,
    meta: Option<UpdateMeta>,
    title: Option<String>,
    body: String,
    origin: Origin,
}

/// What one file contributed.
#[derive(Clone)]
enum Loaded {
    Recommendations(Vec<Recommendation>),
    UpdatePart(Box<UpdatePart>),
    Ratifications(Vec<StateRatifications>),
    Reservations(Vec<Reservation>),
    Page(PageFile),
}

/// Parses a YAML file that holds one record or a list of them. Tries the list form first, so
/// that errors inside a list point at the field, not at "did not match any variant".
pub fn parse_records<T: for<'de> Deserialize<'de>>(
    file: &Path,
    text: &str,
) -> Result<Vec<T>, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, 1, 1, "the file is empty")
            .with_hint("add at least one record, or delete the file"));
    }
    let looks_like_list = text
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#') && *l != "---")
        .is_some_and(|l| l.starts_with('-') || l.starts_with('['));
    if looks_like_list {
        parse_yaml::<Vec<T>>(text).map_err(|e| yaml_error(file, 0, &e))
    } else {
        parse_yaml::<T>(text)
            .map(|t| vec![t])
            .map_err(|e| yaml_error(file, 0, &e))
    }
}

fn load_file(
    site: &Path,
    rel: &Path,
    section: &str,
    default_lang: Lang,
) -> Result<Loaded, Diagnostic> {
    let full = site.join(rel);
    let size = std::fs::metadata(&full)
        .map_err(|e| Diagnostic::error(rel, 0, 0, format!("cannot read: {e}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            rel,
            0,
            0,
            format!(
                "the file is {} MB; content files may be at most {} MB",
                size / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .with_hint(
            "split it into several files, or move it out of content/ if it is not content",
        ));
    }
    let bytes = std::fs::read(&full)
        .map_err(|e| Diagnostic::error(rel, 0, 0, format!("cannot read: {e}")))?;
    if bytes.contains(&0) {
        return Err(
            Diagnostic::error(rel, 0, 0, "this is a binary file, not text")
                .with_hint("content/ may hold only YAML and Markdown; move other files elsewhere"),
        );
    }
    let text = decode(rel, &bytes)?;
    let origin = Origin {
        file: rel.to_path_buf(),
        line_offset: 0,
    };
    let is_md = rel.extension().is_some_and(|e| e == "md");
    let front = |text: &str| -> Result<(String, usize, String), Diagnostic> {
        match split_front_matter(text) {
            Some((fm, off, body)) => Ok((fm.to_string(), off, body.to_string())),
            None => Err(Diagnostic::error(
                rel,
                1,
                1,
                "a Markdown content file must start with front matter",
            )
            .with_hint(
                "begin the file with a `---` line, the YAML fields, and another `---` line",
            )),
        }
    };
    match section {
        "recommendations" if is_md => {
            let (fm, off, body) = front(&text)?;
            let mut rec: Recommendation = parse_yaml(&fm).map_err(|e| yaml_error(rel, off, &e))?;
            rec.origin = Origin {
                line_offset: off,
                ..origin
            };
            rec.commentary = Some(body).filter(|b| !b.trim().is_empty());
            Ok(Loaded::Recommendations(vec![rec]))
        }
        "recommendations" => {
            let mut recs: Vec<Recommendation> = parse_records(rel, &text)?;
            for r in &mut recs {
                r.origin = origin.clone();
            }
            Ok(Loaded::Recommendations(recs))
        }
        "updates" => {
            let (stem, lang) = stem_and_lang(rel);
            let is_main = lang.is_none_or(|l| l == default_lang);
            let (fm, off, body) = match split_front_matter(&text) {
                Some((fm, off, body)) => (fm.to_string(), off, body.to_string()),
                None if !is_main => (String::new(), 0, text.clone()),
                None => return front(&text).map(|_| unreachable!()),
            };
            let origin = Origin {
                line_offset: off,
                ..origin
            };
            if is_main {
                let meta: UpdateMeta = parse_yaml(&fm).map_err(|e| yaml_error(rel, off, &e))?;
                Ok(Loaded::UpdatePart(Box::new(UpdatePart {
                    stem,
                    lang,
                    meta: Some(meta),
                    title: None,
                    body,
                    origin,
                })))
            } else {
                let meta: TranslationMeta = if fm.trim().is_empty() {
                    TranslationMeta::default()
                } else {
                    parse_yaml(&fm).map_err(|e| {
                        yaml_error(rel, off, &e).with_hint("a translation file's front matter may only hold `title`; the other fields live in the main file")
                    })?
                };
                Ok(Loaded::UpdatePart(Box::new(UpdatePart {
                    stem,
                    lang,
                    meta: None,
                    title: meta.title,
                    body,
                    origin,
                })))
            }
        }
        "ratifications" => {
            let mut entries: Vec<StateRatifications> = parse_records(rel, &text)?;
            for e in &mut entries {
                e.origin = origin.clone();
            }
            Ok(Loaded::Ratifications(entries))
        }
        "reservations" => {
            let mut entries: Vec<Reservation> = parse_records(rel, &text)?;
            for e in &mut entries {
                e.origin = origin.clone();
            }
            Ok(Loaded::Reservations(entries))
        }
        "pages" => {
            let (fm, off, body) = front(&text)?;
            let meta: PageMeta = parse_yaml(&fm).map_err(|e| yaml_error(rel, off, &e))?;
            let (slug, lang) = stem_and_lang(rel);
            Ok(Loaded::Page(PageFile {
                slug,
                lang: lang.unwrap_or(default_lang),
                meta,
                body,
                origin: Origin {
                    line_offset: off,
                    ..origin
                },
            }))
        }
        _ => unreachable!("sections are filtered before loading"),
    }
}

/// The error for a file or folder of the site that is a symbolic link where suivi reads only
/// plain files and folders.
pub(crate) fn symlink_refused(rel: impl Into<PathBuf>) -> Diagnostic {
    Diagnostic::error(rel, 0, 0, "symbolic link refused").with_hint(
        "suivi follows no links, so that a site cannot read files outside itself; copy the file instead",
    )
}

/// The first symbolic link on the way from `site` to the folder `site/rel`, as an error. A linked
/// folder is refused rather than skipped: `read_dir` and walkdir follow the folder they are given,
/// and skipping a whole `content/` would build an empty site without a word.
pub(crate) fn linked_folder(site: &Path, rel: &Path) -> Option<Diagnostic> {
    let mut path = site.to_path_buf();
    let mut shown = PathBuf::new();
    for part in rel.components() {
        path.push(part);
        shown.push(part);
        match path.symlink_metadata() {
            Ok(m) if m.file_type().is_symlink() => return Some(symlink_refused(shown)),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

/// Lists the content files under `site/content`, sorted, with warnings for what is skipped.
fn find_files(site: &Path) -> (Vec<(PathBuf, &'static str)>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let root = site.join("content");
    if let Some(refused) = linked_folder(site, Path::new("content")) {
        diags.push(refused);
        return (files, diags);
    }
    if !root.is_dir() {
        return (files, diags);
    }
    let walker = WalkDir::new(&root)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .max_depth(8);
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .and_then(|p| p.strip_prefix(site).ok())
                    .unwrap_or(Path::new("content"))
                    .to_path_buf();
                diags.push(Diagnostic::error(
                    path,
                    0,
                    0,
                    format!("cannot read this folder entry: {e}"),
                ));
                continue;
            }
        };
        let rel = entry
            .path()
            .strip_prefix(site)
            .unwrap_or(entry.path())
            .to_path_buf();
        let name = entry.file_name().to_string_lossy();
        if entry.depth() > 0 && name.starts_with('.') {
            continue;
        }
        if entry.path_is_symlink() {
            diags.push(
                Diagnostic::warning(&rel, 0, 0, "symbolic link skipped")
                    .with_hint("suivi follows no links, so that a site cannot read files outside itself; copy the file instead"),
            );
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let section = rel
            .components()
            .nth(1)
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("");
        let Some(section) = SECTIONS.iter().find(|s| **s == section) else {
            diags.push(
                Diagnostic::warning(
                    &rel,
                    0,
                    0,
                    "file ignored: it is not in a known content folder",
                )
                .with_hint(format!("content folders are: {}", SECTIONS.join(", "))),
            );
            continue;
        };
        let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
        let allowed: &[&str] = match *section {
            "pages" | "updates" => &["md"],
            "recommendations" => &["yaml", "yml", "md"],
            _ => &["yaml", "yml"],
        };
        if !allowed.contains(&ext) {
            diags.push(Diagnostic::warning(
                &rel,
                0,
                0,
                format!(
                    "file ignored: content/{section}/ reads only .{} files",
                    allowed.join(", .")
                ),
            ));
            continue;
        }
        files.push((rel, *section));
    }
    (files, diags)
}

/// Loads every content file of the site in parallel. The result does not depend on the thread
/// count: files are sorted first and results are merged in that order.
pub fn load(site: &Path, config: &Config) -> (Content, Vec<Diagnostic>) {
    let (files, diags) = find_files(site);
    // One file per task: the files differ a thousandfold in size (a file of 1,000 records beside
    // thousands of one-update files, all of its kind together in the sorted list), and split
    // into halves they left one thread parsing nearly every record while the other waited.
    let results: Vec<Result<Loaded, Diagnostic>> = files
        .par_iter()
        .with_max_len(1)
        .map(|(rel, section)| load_file(site, rel, section, config.default_language))
        .collect();
    assemble(results, diags, config)
}

/// What each content file gave the last time it was loaded, by its bytes: `suivi serve` keeps one
/// so that a change to one file parses that file only. Valid for one configuration.
#[derive(Default)]
pub struct LoadCache {
    files: std::collections::HashMap<PathBuf, Cached>,
    /// The files (relative to the site, as in records' `origin`) that the last load parsed; the
    /// records of every other file are copies of the previous load's.
    pub parsed: std::collections::BTreeSet<PathBuf>,
}

type FileResult = Result<Loaded, Diagnostic>;

/// One file's bytes and what they gave, with a spare copy of it made ahead ([`LoadCache::refill`]):
/// the next load takes the spare instead of copying the records while somebody waits.
struct Cached {
    bytes: Vec<u8>,
    result: FileResult,
    spare: Option<FileResult>,
}

impl LoadCache {
    /// Makes the spare copies that the last load used up (in parallel). `serve` calls it while
    /// nobody waits, after a rebuild is shown; a load that finds no spare copies the records.
    pub fn refill(&mut self) {
        self.files
            .par_iter_mut()
            .filter(|(_, c)| c.spare.is_none())
            .for_each(|(_, c)| c.spare = Some(c.result.clone()));
    }
}

/// [`load`], parsing again only the files whose bytes differ from the cached ones. The result is
/// the same as `load`'s.
pub fn load_cached(
    site: &Path,
    config: &Config,
    cache: &mut LoadCache,
) -> (Content, Vec<Diagnostic>) {
    let (files, diags) = find_files(site);
    let mut old = std::mem::take(&mut cache.files);
    let found: Vec<(&PathBuf, &str, Option<Cached>)> = files
        .iter()
        .map(|(rel, section)| (rel, *section, old.remove(rel)))
        .collect();
    drop(old);
    // Unchanged files give their spare copy, or a copy made now (in parallel); the cached entry
    // itself moves into the new cache.
    #[allow(clippy::type_complexity)]
    let loaded: Vec<(PathBuf, Option<Cached>, FileResult, bool)> = found
        .into_par_iter()
        .with_max_len(1)
        .map(|(rel, section, cached)| {
            let bytes = std::fs::read(site.join(rel)).ok();
            match (bytes, cached) {
                (Some(b), Some(mut c)) if b == c.bytes => {
                    let result = c.spare.take().unwrap_or_else(|| c.result.clone());
                    (rel.clone(), Some(c), result, false)
                }
                (bytes, _) => {
                    let result = load_file(site, rel, section, config.default_language);
                    let entry = bytes.map(|bytes| Cached {
                        bytes,
                        result: result.clone(),
                        spare: None,
                    });
                    (rel.clone(), entry, result, true)
                }
            }
        })
        .collect();
    let mut results = Vec::with_capacity(loaded.len());
    cache.parsed.clear();
    for (rel, entry, result, parsed) in loaded {
        if parsed {
            cache.parsed.insert(rel.clone());
        }
        if let Some(entry) = entry {
            cache.files.insert(rel, entry);
        }
        results.push(result);
    }
    assemble(results, diags, config)
}

/// Merges the files' results, in file order, into the site's content.
fn assemble(
    results: Vec<Result<Loaded, Diagnostic>>,
    mut diags: Vec<Diagnostic>,
    config: &Config,
) -> (Content, Vec<Diagnostic>) {
    let mut content = Content::default();
    let mut update_parts: BTreeMap<String, Vec<UpdatePart>> = BTreeMap::new();
    for result in results {
        match result {
            Ok(Loaded::Recommendations(r)) => content.recommendations.extend(r),
            Ok(Loaded::Ratifications(r)) => content.ratifications.extend(r),
            Ok(Loaded::Reservations(r)) => content.reservations.extend(r),
            Ok(Loaded::Page(p)) => content.pages.push(p),
            Ok(Loaded::UpdatePart(part)) => update_parts
                .entry(part.stem.clone())
                .or_default()
                .push(*part),
            Err(d) => diags.push(d),
        }
    }
    for (stem, parts) in update_parts {
        let Some(main) = parts.iter().find(|p| p.meta.is_some()) else {
            diags.push(
                Diagnostic::error(
                    &parts[0].origin.file,
                    1,
                    1,
                    format!("update `{stem}` has translations but no main file"),
                )
                .with_hint(format!(
                    "add content/updates/{stem}.md with the update's front matter"
                )),
            );
            continue;
        };
        let meta = main.meta.clone().expect("found by its meta");
        let origin = main.origin.clone();
        let mut body = BTreeMap::new();
        let mut titles = BTreeMap::new();
        for part in &parts {
            let lang = part.lang.unwrap_or(config.default_language);
            if !part.body.trim().is_empty() {
                body.insert(lang, part.body.clone());
            }
            if let Some(t) = &part.title {
                titles.insert(lang, t.clone());
            }
        }
        content.updates.push(Update {
            id: stem,
            meta,
            body,
            translated_titles: titles,
            origin,
        });
    }
    (content, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_with_line_offset() {
        let (fm, off, body) = split_front_matter("---\ntitle: A\n---\nBody\n").unwrap();
        assert_eq!(fm, "title: A\n");
        assert_eq!(off, 1);
        assert_eq!(body, "Body\n");
        assert!(split_front_matter("no front matter").is_none());
        let (fm, _, body) = split_front_matter("---\r\ntitle: A\r\n---\r\nBody").unwrap();
        assert_eq!(fm, "title: A\r\n");
        assert_eq!(body, "Body");
    }

    #[test]
    fn bom_is_dropped_and_bad_utf8_located() {
        assert_eq!(
            decode(Path::new("a"), b"\xEF\xBB\xBFid: x").unwrap(),
            "id: x"
        );
        let d = decode(Path::new("a"), b"a: 1\nb: \xff\n").unwrap_err();
        assert_eq!((d.line, d.column), (2, 4));
    }

    #[test]
    fn unknown_field_gets_a_suggestion() {
        #[derive(Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct S {
            status: String,
        }
        let err = parse_yaml::<S>("staus: x\n").unwrap_err();
        let d = yaml_error(Path::new("f.yaml"), 0, &err);
        assert_eq!((d.line, d.column), (1, 1));
        assert!(
            d.message.starts_with("unknown field `staus`"),
            "{}",
            d.message
        );
        assert_eq!(d.hint.as_deref(), Some("did you mean `status`?"));
    }

    #[test]
    fn language_suffixes() {
        assert_eq!(
            stem_and_lang(Path::new("about.fr.md")),
            ("about".into(), Some(Lang::Fr))
        );
        assert_eq!(stem_and_lang(Path::new("u-1.md")), ("u-1".into(), None));
        assert_eq!(stem_and_lang(Path::new("v1.2.md")), ("v1.2".into(), None));
    }

    #[test]
    fn the_cache_gives_what_a_fresh_load_gives() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("s");
        crate::init::init(&site).unwrap();
        let config = Config::load(&site, None).unwrap();
        let mut cache = LoadCache::default();
        let show = |c: &(Content, Vec<Diagnostic>)| format!("{:?}", c);
        assert_eq!(
            show(&load_cached(&site, &config, &mut cache)),
            show(&load(&site, &config))
        );
        let file = site.join("content/recommendations/sample.yaml");
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, text.replace("Replace this sample", "Changed")).unwrap();
        let cached = load_cached(&site, &config, &mut cache);
        assert!(show(&cached).contains("Changed"));
        assert_eq!(show(&cached), show(&load(&site, &config)));
        // With the spare copies made ahead, and used up.
        cache.refill();
        for _ in 0..2 {
            assert_eq!(
                show(&load_cached(&site, &config, &mut cache)),
                show(&load(&site, &config))
            );
            assert!(cache.parsed.is_empty());
        }
        std::fs::write(&file, "- id: [broken\n").unwrap();
        let cached = load_cached(&site, &config, &mut cache);
        assert_eq!(show(&cached), show(&load(&site, &config)));
        assert!(!cached.1.is_empty());
    }
}
