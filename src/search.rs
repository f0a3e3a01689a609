//! Full-text search: the rendered HTML pages go through Pagefind's indexer in memory, and its
//! index (one per `<html lang>`) and browser code become files under `pagefind/` in the same
//! atomic output as the pages. Only the parts of pages marked `data-pagefind-body` (the `<main>`
//! of recommendation, state, treaty and content pages) are indexed.

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

mod ignored;

/// The folder at the site root that holds the index and `pagefind.js`.
pub const BUNDLE_DIR: &str = "pagefind";

/// Pagefind's own user interfaces: suivi ships its own search page, whose strings come from the
/// Fluent files, so these are left out of the output.
fn wanted(name: &str) -> bool {
    !(name.starts_with("pagefind-ui.")
        || name.starts_with("pagefind-modular-ui.")
        || name.starts_with("pagefind-component-ui.")
        || name.starts_with("pagefind-highlight.")
        || name.starts_with("playground/"))
}

/// Indexes the HTML pages among `files` (paths relative to the site root) and returns the
/// search bundle's files, sorted by path, with paths relative to the site root.
///
/// Pagefind builds one index per `<html lang>`; suivi's languages have a folder each, so each
/// folder goes through its own indexer, in parallel (Pagefind indexes the pages it is given one
/// at a time), and the bundles are merged: their files are named after the language, except the
/// browser code (the same in every bundle) and `pagefind-entry.json`, whose language lists are
/// joined.
pub fn index(files: &[(String, Vec<u8>)]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut by_folder: Folders = Folders::new();
    let bytes: std::collections::HashMap<&str, &[u8]> = files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    for (path, _) in files {
        if path.ends_with(".html")
            && let Some((folder, _)) = path.split_once('/')
        {
            by_folder
                .entry(folder.to_string())
                .or_default()
                .push(path.clone());
        }
    }
    index_folders(
        by_folder,
        &|path: &str| {
            Ok(std::borrow::Cow::Borrowed(
                bytes.get(path).copied().unwrap_or_default(),
            ))
        },
        &|path: &str| bytes.get(path).map_or(0, |b| b.len() as u64),
        None,
        None,
    )
    .map(|(_, files)| files)
}

/// The file, in the search bundle, that records what each language folder's index was made from
/// (a digest of the indexed text) and which files it made: a rebuild reuses, from the previous
/// output, the index of every folder whose pages give the same digest.
pub const KEY_FILE: &str = "suivi-index.json";

/// Like [`index`], for a site already written under `root`: the pages are read back one at a
/// time, so that memory holds the indexer's data, not the site. When `previous` (the last
/// output, written by suivi) holds a folder's index made from exactly the same indexed text by
/// this version of suivi, that index is taken from it instead of being made again: a rebuild
/// after an edit in one language indexes that language only.
///
/// Each language's own files (its index, fragments, filters and metadata, named after it) are
/// given to `write` as soon as the language is indexed, rather than held until every language
/// is: at 100,000 recommendations a language's files are about 60 MB in 100,000 files. What is
/// returned is the number of files given to `write`, and the rest of the bundle (the browser
/// code, the entry file, the key file), sorted by path.
pub fn index_dir(
    root: &std::path::Path,
    previous: Option<&std::path::Path>,
    write: &Write,
) -> Result<(usize, Bundle), String> {
    let mut by_folder = Folders::new();
    for entry in walkdir::WalkDir::new(root)
        .min_depth(2)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| format!("search index: {e}"))?;
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        if entry.file_type().is_file()
            && rel.ends_with(".html")
            && !rel.starts_with(&format!("{BUNDLE_DIR}/"))
            && let Some((folder, _)) = rel.split_once('/')
        {
            by_folder.entry(folder.to_string()).or_default().push(rel);
        }
    }
    let load = |path: &str| {
        std::fs::read(root.join(path))
            .map(std::borrow::Cow::Owned)
            .map_err(|e| format!("search index: {path}: {e}"))
    };
    let old_keys: serde_json::Map<String, serde_json::Value> = previous
        .and_then(|p| std::fs::read(p.join(BUNDLE_DIR).join(KEY_FILE)).ok())
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let reuse = |folder: &str, digest: &str| -> Option<Vec<(String, Vec<u8>)>> {
        let old = old_keys.get(folder)?;
        if old.get("digest")?.as_str()? != digest {
            return None;
        }
        let previous = previous?;
        let mut files = vec![(
            format!("{BUNDLE_DIR}/pagefind-entry.json"),
            old.get("entry")?.as_str()?.as_bytes().to_vec(),
        )];
        for name in old.get("files")?.as_array()? {
            let name = name.as_str()?;
            // Only names of the bundle folder, without `..`: the key file is read from disk.
            if !name.starts_with(&format!("{BUNDLE_DIR}/")) || name.split('/').any(|c| c == "..") {
                return None;
            }
            let path = previous.join(name);
            if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file()) {
                return None;
            }
            files.push((name.to_string(), std::fs::read(path).ok()?));
        }
        Some(files)
    };
    let size = |path: &str| std::fs::metadata(root.join(path)).map_or(0, |m| m.len());
    index_folders(by_folder, &load, &size, Some(&reuse), Some(write))
}

/// Whether a bundle file belongs to one language alone: Pagefind names these after the language
/// and a hash of their content (`index/en_….pf_index`, `fragment/…`, `filter/…`,
/// `pagefind.en_….pf_meta`), so that no two languages write the same one.
fn own_file(name: &str) -> bool {
    [".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// The indexer and its settings, part of every digest: an index made by another (an output from
/// before Pagefind was patched, or gzipped at another level) is made again, not reused, so that a
/// rebuild gives the same bytes as a first build. Change it whenever a change to `vendor/pagefind`
/// can change the files it writes, as change 16 (libdeflate's gzip) did. Changes 5 to 15 (the
/// word cache, the segmenter, the blocks, the attributes in one pass, the reused compressor, the
/// selectors parsed once, the compact words, the pages parsed on the caller's thread, a word's
/// pages in two vectors, well-formed pages read in one scan and text normalised in one pass) did
/// not: the example and the 10,000-recommendation benchmark site gave the same bytes with and
/// without them.
const INDEXER: &str =
    "pagefind 1.6.0, vendor/pagefind patched: changes 1-4 and 16, gzip level 6 by libdeflate";

/// A digest (128-bit SipHash, hex) of everything one folder's indexer is given: each indexed
/// page's path and prepared text, in order, with suivi's version and `INDEXER`. (A reused index
/// comes with the `pagefind.js` it was made with.)
fn digest(pages: &[(String, String)]) -> String {
    digest_with(INDEXER, pages)
}

fn digest_with(indexer: &str, pages: &[(String, String)]) -> String {
    use siphasher::sip128::Hasher128;
    use std::hash::Hasher;
    let mut h = siphasher::sip128::SipHasher13::new();
    let mut field = |bytes: &[u8]| {
        h.write_u64(bytes.len() as u64);
        h.write(bytes);
    };
    field(env!("CARGO_PKG_VERSION").as_bytes());
    field(indexer.as_bytes());
    for (path, text) in pages {
        field(path.as_bytes());
        field(text.as_bytes());
    }
    format!("{:032x}", h.finish128().as_u128())
}

/// The pages of a folder that have a part marked for search, each with what Pagefind is given
/// of it ([`prepared`]), in the order given. Prepared once, for the digest and the indexer.
fn prepare_all(pages: &[String], load: &Load) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for path in pages {
        if let Some(text) = prepared(&load(path)?) {
            out.push((path.clone(), text));
        }
    }
    Ok(out)
}

/// What Pagefind is given of a page (see [`indexed_part`]), or nothing for a page without a part
/// marked for search. Public so that tests can check what a theme's pages give the index.
pub fn prepared(bytes: &[u8]) -> Option<String> {
    prepared_with(bytes, without_ignored)
}

/// [`prepared`] with the parts marked `data-pagefind-ignore` always cut by lol_html: the
/// reference that the faster cut is checked against (the example's pages, in `tests/`).
pub fn prepared_by_lol_html(bytes: &[u8]) -> Option<String> {
    prepared_with(bytes, without_ignored_by_lol_html)
}

/// Whether [`prepared`] cuts the page's ignored parts in one pass ([`ignored::cut`]) rather than
/// with lol_html (or has nothing to cut): `tests/` checks it of every page of the example, so
/// that a template whose markup the pass cannot read does not slow the index down unseen.
pub fn cut_in_one_pass(bytes: &[u8]) -> bool {
    let read = std::cell::Cell::new(true);
    prepared_with(bytes, |html| {
        let (cut, one_pass) = cut_ignored(html);
        read.set(one_pass);
        cut
    });
    read.get()
}

/// How the indexer reads what [`prepared`] gives of a page: `None` when its one-scan reader of
/// well-formed markup declines the page (Pagefind's HTML parser reads it, at about three times
/// the cost), `Some(Ok(()))` when that reader gives exactly what the HTML parser gives, and
/// `Some(Err(both))` otherwise. `tests/` checks every page of the example, so that neither a
/// template the reader cannot read nor a difference between the two goes unseen
/// (`vendor/pagefind/SUIVI-PATCH.md`, change 14).
pub fn indexer_reading(prepared: &str) -> Option<Result<(), String>> {
    thread_local! {
        // Made once per thread: a test checks thousands of pages.
        static CHECK: Option<(tokio::runtime::Runtime, PagefindIndex)> =
            tokio::runtime::Builder::new_current_thread()
                .build()
                .ok()
                .zip(indexer().ok());
    }
    CHECK.with(|check| {
        let (runtime, pf) = check.as_ref()?;
        runtime.block_on(pf.well_formed_reading(prepared))
    })
}

fn prepared_with(
    bytes: &[u8],
    without_ignored: impl for<'h> Fn(&'h str) -> std::borrow::Cow<'h, str>,
) -> Option<String> {
    // Only the pages with a part marked for search, known from the bytes before any of them is
    // checked as UTF-8: 3,774 of the example's 9,108 pages have none.
    memchr::memmem::find(bytes, b"data-pagefind-body")?;
    // Pagefind splits words only at ASCII punctuation: with the typographic apostrophe,
    // French `l’allaitement` would be one word and `allaitement` would not find it.
    // (Two passes with one character each: a pattern of one character is found with `memchr`, a
    // set of characters is checked one character at a time, three times slower here.)
    let part = indexed_part(bytes);
    let text = without_ignored(&part);
    let text: std::borrow::Cow<str> = if text.contains('\u{02BC}') {
        text.replace('\u{02BC}', "'").into()
    } else {
        text
    };
    Some(text.replace('\u{2019}', "'"))
}

/// Bytes as text: `from_utf8` first, whose check is faster than `from_utf8_lossy`'s (about 40 %
/// less time on the example's pages), as suivi's pages are UTF-8.
fn text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.into(),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// `html` without its elements marked `data-pagefind-ignore` (whatever the attribute's value),
/// and without what they hold. Pagefind would parse them only to leave their words out, and on
/// some of suivi's pages they are most of the `<main>` (a state's dashboard and ratifications, a
/// treaty's parties): on the example, the index took 7.5 s instead of 8.3–8.7 s. Removing is
/// Pagefind's `data-pagefind-ignore="all"`: a filter or metadata attribute inside an ignored
/// element is left out too (`docs/search.md`). The cut is one pass over the bytes
/// ([`ignored::cut`]) where the markup is what suivi's templates write, else lol_html's.
fn without_ignored(html: &str) -> std::borrow::Cow<'_, str> {
    cut_ignored(html).0
}

/// [`without_ignored`], and whether the cut was made in one pass (or there was nothing to cut).
fn cut_ignored(html: &str) -> (std::borrow::Cow<'_, str>, bool) {
    if !html.contains("data-pagefind-ignore") {
        return (html.into(), true);
    }
    match ignored::cut(html) {
        Some(cut) => (cut.into(), true),
        None => (without_ignored_by_lol_html(html), false),
    }
}

/// [`without_ignored`] by lol_html. Markup the rewriter cannot read goes through as it is, for
/// Pagefind to handle.
fn without_ignored_by_lol_html(html: &str) -> std::borrow::Cow<'_, str> {
    if !html.contains("data-pagefind-ignore") {
        return html.into();
    }
    // The selector parsed once, not for every page (as `lol_html::element!` would).
    static IGNORED: std::sync::LazyLock<lol_html::Selector> =
        std::sync::LazyLock::new(|| "[data-pagefind-ignore]".parse().expect("a valid selector"));
    let remove = |el: &mut lol_html::html_content::Element<'_, '_>| {
        el.remove();
        Ok(())
    };
    let settings = lol_html::RewriteStrSettings::new().append_element_content_handler((
        std::borrow::Cow::Borrowed(&*IGNORED),
        lol_html::ElementContentHandlers::default().element(remove),
    ));
    match lol_html::rewrite_str(html, settings) {
        Ok(s) => s.into(),
        Err(_) => html.into(),
    }
}

/// HTML pages (paths relative to the site root) by top folder.
type Folders = std::collections::BTreeMap<String, Vec<String>>;

/// A page's bytes, by its path relative to the site root.
type Load<'a> = dyn Fn(&str) -> Result<std::borrow::Cow<'a, [u8]>, String> + Sync + 'a;

/// A folder's index taken from the previous output, given the folder and the digest of its
/// pages, if that output has one made from the same text.
type Reuse<'a> = dyn Fn(&str, &str) -> Option<Vec<(String, Vec<u8>)>> + Sync + 'a;

/// Writes a batch of files of the search bundle (paths relative to the site root) to the output.
pub type Write<'a> = dyn Fn(&[(String, Vec<u8>)]) -> Result<(), String> + Sync + 'a;

/// Files of the search bundle: paths relative to the site root, and bytes.
pub type Bundle = Vec<(String, Vec<u8>)>;

/// A folder's digest (when reuse is possible), its index files not yet written, the names of its
/// files already written and how many of them it wrote itself (another folder of the same
/// language may have written one first).
type Indexed = (Option<String>, Bundle, Vec<String>, usize);

/// The names of the files written so far, shared by the folders being indexed.
type Written = std::sync::Mutex<std::collections::HashSet<String>>;

/// One folder's index: taken from the previous output when `reuse` has one made from the same
/// text, else made.
fn index_folder(
    folder: &str,
    pages: &[String],
    load: &Load,
    reuse: Option<&Reuse>,
    write: Option<(&Write, &Written)>,
) -> Result<Indexed, String> {
    let started = std::time::Instant::now();
    let pages = prepare_all(pages, load)?;
    let count = pages.len();
    let digest = reuse.map(|_| digest(&pages));
    let reused = match (reuse, &digest) {
        (Some(reuse), Some(d)) => reuse(folder, d),
        _ => None,
    };
    let (bundle, what) = match reused {
        Some(bundle) => (bundle, ", reused"),
        None => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .build()
                .map_err(|e| format!("search index: cannot start the indexer: {e}"))?;
            (runtime.block_on(index_async(pages))?, "")
        }
    };
    let (bundle, own_names, wrote) = match write {
        Some((write, written)) => {
            let (own, rest): (Bundle, Bundle) =
                bundle.into_iter().partition(|(name, _)| own_file(name));
            let own_names: Vec<String> = own.iter().map(|(name, _)| name.clone()).collect();
            // Two folders of one language can give the same file (named by its content): it is
            // written once, so that no path is written twice.
            let new: Bundle = {
                let mut written = written.lock().unwrap_or_else(|e| e.into_inner());
                own.into_iter()
                    .filter(|(name, _)| written.insert(name.clone()))
                    .collect()
            };
            write(&new)?;
            (rest, own_names, new.len())
        }
        None => (bundle, Vec::new(), 0),
    };
    let what = format!("  search index {folder}: {count} pages{what}");
    crate::progress::timing(&what, started.elapsed());
    Ok((digest, bundle, own_names, wrote))
}

/// Every how many pages of a folder one is measured, to guess what the folder costs to index.
const SAMPLE_EVERY: usize = 16;

/// What indexing a folder's pages is guessed to cost, from the bytes of one page in
/// [`SAMPLE_EVERY`] (`size` gives a page's file size, pages without a search body included):
/// a language's index time is close to proportional to the size of its pages' files (at 10,000
/// recommendations, 19.5 to 23.2 ms a megabyte of files for Arabic, English, French, Russian and
/// Spanish), except for Chinese and Japanese, which Pagefind cuts into words itself and which
/// cost 1.6 times as much a byte (34.5 ms; docs/performance.md, round 17).
fn folder_cost(folder: &str, pages: &[String], size: &dyn Fn(&str) -> u64) -> u64 {
    let bytes: u64 = pages.iter().step_by(SAMPLE_EVERY).map(|p| size(p)).sum();
    let primary = folder.split(['-', '_']).next().unwrap_or(folder);
    if matches!(primary, "zh" | "ja") {
        bytes * 8 / 5
    } else {
        bytes
    }
}

/// The order in which the folders are indexed: the costliest first (ties in their own order),
/// so that the last one to finish is a cheap one rather than one that runs alone for long.
fn costliest_first(costs: &[u64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..costs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(costs[i]));
    order
}

fn index_folders(
    by_folder: Folders,
    load: &Load,
    size: &dyn Fn(&str) -> u64,
    reuse: Option<&Reuse>,
    write: Option<&Write>,
) -> Result<(usize, Bundle), String> {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    // The folders form a queue: as many workers as Rayon has threads each take the next folder
    // when done with the last. Rayon's own split of the list in halves, made before any folder
    // starts, gave one of two threads the three costliest languages at 100,000 (182 against 155
    // s of indexing), and the last of them ran alone on one core for 27 s. In the folders' own
    // order, Chinese came last and ran alone for 1.5 s at 10,000 (25.6 s at 100,000); the queue
    // starts with the costliest. The order changes only when each index is made, not what it
    // holds.
    let folders: Vec<(String, Vec<String>)> = by_folder
        .into_iter()
        .map(|(folder, mut pages)| {
            pages.sort();
            (folder, pages)
        })
        .collect();
    let costs: Vec<u64> = folders
        .iter()
        .map(|(folder, pages)| folder_cost(folder, pages, size))
        .collect();
    let order = costliest_first(&costs);
    let next = AtomicUsize::new(0);
    // The first folder, in the folders' own order, known to have failed: a folder after it is
    // skipped, one before it still runs, so that the error reported is the first in that order
    // whatever the order of indexing.
    let first_failed = AtomicUsize::new(usize::MAX);
    let written = Written::default();
    let write = write.map(|w| (w, &written));
    let done: Vec<std::sync::OnceLock<Result<Indexed, String>>> =
        folders.iter().map(|_| std::sync::OnceLock::new()).collect();
    let workers = rayon::current_num_threads().clamp(1, folders.len().max(1));
    (0..workers).into_par_iter().for_each(|_| {
        while let Some(&i) = order.get(next.fetch_add(1, Relaxed)) {
            if i > first_failed.load(Relaxed) {
                continue;
            }
            let (folder, pages) = &folders[i];
            let result = index_folder(folder, pages, load, reuse, write);
            if result.is_err() {
                first_failed.fetch_min(i, Relaxed);
            }
            let _ = done[i].set(result);
        }
    });
    // In the folders' order, whatever order they were done in; the first error in that order
    // (every folder before it ran).
    let mut bundles: Vec<(String, Option<String>, Bundle, Vec<String>)> = Vec::new();
    let mut written_count = 0;
    for ((folder, _), result) in folders.into_iter().zip(done) {
        match result.into_inner() {
            Some(Ok((digest, bundle, own_names, wrote))) => {
                written_count += wrote;
                bundles.push((folder, digest, bundle, own_names))
            }
            Some(Err(e)) => return Err(e),
            None => {}
        }
    }
    let mut out: std::collections::BTreeMap<String, Vec<u8>> = std::collections::BTreeMap::new();
    let mut languages = serde_json::Map::new();
    let mut entry = serde_json::Map::new();
    let mut keys = serde_json::Map::new();
    let entry_name = format!("{BUNDLE_DIR}/pagefind-entry.json");
    for (folder, digest, bundle, own_names) in bundles {
        if let Some(digest) = digest {
            // Sorted: Pagefind gives its files in no fixed order.
            let files: std::collections::BTreeSet<&str> = bundle
                .iter()
                .map(|(n, _)| n.as_str())
                .chain(own_names.iter().map(String::as_str))
                .filter(|n| *n != entry_name)
                .collect();
            let own_entry = bundle
                .iter()
                .find(|(n, _)| *n == entry_name)
                .map(|(_, b)| String::from_utf8_lossy(b).to_string());
            keys.insert(
                folder,
                serde_json::json!({"digest": digest, "files": files, "entry": own_entry}),
            );
        }
        for (name, bytes) in bundle {
            if name == format!("{BUNDLE_DIR}/pagefind-entry.json") {
                let mut e: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_slice(&bytes)
                        .map_err(|e| format!("search index: unreadable entry file: {e}"))?;
                if let Some(serde_json::Value::Object(l)) = e.remove("languages") {
                    languages.extend(l);
                }
                entry.extend(e);
            } else {
                out.insert(name, bytes);
            }
        }
    }
    if !languages.is_empty() {
        entry.insert("languages".into(), serde_json::Value::Object(languages));
        let bytes = serde_json::to_vec(&entry).expect("JSON values serialise");
        out.insert(format!("{BUNDLE_DIR}/pagefind-entry.json"), bytes);
    }
    if reuse.is_some() {
        let bytes = serde_json::to_vec_pretty(&keys).expect("JSON values serialise");
        out.insert(format!("{BUNDLE_DIR}/{KEY_FILE}"), bytes);
    }
    Ok((written_count, out.into_iter().collect()))
}

/// What Pagefind needs of a page: the `<html>` start tag (its `lang` chooses the index) and the
/// `<main data-pagefind-body>` element, where it takes the words, the title (the first `<h1>`) and
/// the metadata. Headers, navigation and footers are left out before parsing: Pagefind would
/// parse them only to skip them, and on suivi's pages they are about half the HTML. A page
/// without both parts goes through whole.
fn indexed_part(html: &[u8]) -> std::borrow::Cow<'_, str> {
    use memchr::{memchr, memmem};
    let html_tag = memmem::find(html, b"<html")
        .and_then(|s| memchr(b'>', &html[s..]).map(|e| &html[s..=s + e]));
    let main = memmem::find(html, b"<main ").and_then(|s| {
        memmem::find(&html[s..], b"data-pagefind-body")
            .filter(|&a| memchr(b'>', &html[s..s + a]).is_none())
            // The last `</main>`, if it comes after this `<main>`.
            .and_then(|_| memmem::rfind(html, b"</main>").filter(|&e| e > s))
            .map(|e| &html[s..e + "</main>".len()])
    });
    // Only these parts are checked as UTF-8. They begin and end at ASCII characters, which no
    // invalid sequence holds, so they read as they would in the whole page read as text.
    match (html_tag, main) {
        (Some(h), Some(m)) => {
            let (h, m) = (text(h), text(m));
            format!("<!DOCTYPE html>{h}<body>{m}</body></html>").into()
        }
        _ => text(html),
    }
}

/// A Pagefind index with suivi's options: page addresses kept as given, no playground.
fn indexer() -> Result<PagefindIndex, String> {
    let options = PagefindServiceConfig::builder()
        .keep_index_url(true)
        .write_playground(false)
        .build();
    PagefindIndex::new(Some(options)).map_err(|e| format!("search index: bad indexer options: {e}"))
}

async fn index_async(pages: Vec<(String, String)>) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut pf = indexer()?;
    for (path, html) in pages {
        pf.add_html_file_here(Some(path.clone()), None, html)
            .await
            .map_err(|e| format!("search index: cannot index {path}: {e}"))?;
    }
    let built = pf
        .take_files()
        .await
        .map_err(|e| format!("search index: {e}"))?;
    let mut out = Vec::new();
    for f in built {
        let name = f.filename.to_string_lossy().replace('\\', "/");
        let name = name
            .strip_prefix(&format!("{BUNDLE_DIR}/"))
            .unwrap_or(&name)
            .trim_start_matches('/')
            .to_string();
        if wanted(&name) {
            out.push((format!("{BUNDLE_DIR}/{name}"), f.contents));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lang: &str, body: &str) -> Vec<u8> {
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><title>t</title></head><body>\
             <nav>navigation words</nav><main data-pagefind-body><h1>{body}</h1><p>{body}</p></main></body></html>"
        )
        .into_bytes()
    }

    #[test]
    fn a_folders_cost_is_its_sampled_bytes_and_chinese_costs_more_a_byte() {
        let pages = |folder: &str, n: usize| -> Vec<String> {
            (0..n).map(|i| format!("{folder}/p{i:03}.html")).collect()
        };
        // One page in SAMPLE_EVERY is measured: 32 pages, two measured (p000 and p016).
        let size = |path: &str| {
            if path.ends_with("p016.html") {
                300
            } else {
                100
            }
        };
        assert_eq!(folder_cost("en", &pages("en", 32), &size), 400);
        assert_eq!(folder_cost("zh", &pages("zh", 32), &size), 640);
        assert_eq!(folder_cost("zh-Hans", &pages("zh-Hans", 32), &size), 640);
        assert_eq!(folder_cost("zh_TW", &pages("zh_TW", 32), &size), 640);
        assert_eq!(folder_cost("ja", &pages("ja", 32), &size), 640);
        assert_eq!(folder_cost("fr", &pages("fr", 1), &size), 100);
        assert_eq!(folder_cost("ar", &[], &size), 0);
        // Ties keep the folders' own order.
        assert_eq!(
            costliest_first(&[400, 640, 400, 100, 700]),
            vec![4, 1, 0, 2, 3]
        );
    }

    /// Folders `ar` (small pages) and `fr` (large ones), indexed by one thread: what `load` was
    /// asked for, in order, and the result.
    fn index_two_on_one_thread(fail: &[&str]) -> (Vec<String>, Result<(usize, Bundle), String>) {
        let small = page("ar", "قصير");
        let large = page("fr", &"une longue page ".repeat(200));
        let mut folders = Folders::new();
        folders.insert("ar".into(), vec!["ar/a.html".into(), "ar/b.html".into()]);
        folders.insert("fr".into(), vec!["fr/a.html".into(), "fr/b.html".into()]);
        let asked = std::sync::Mutex::new(Vec::new());
        let bytes = |path: &str| {
            if path.starts_with("ar/") {
                &small
            } else {
                &large
            }
        };
        let load = |path: &str| {
            asked.lock().unwrap().push(path.to_string());
            if fail.iter().any(|f| path.starts_with(f)) {
                Err(format!("cannot read {path}"))
            } else {
                Ok(std::borrow::Cow::Borrowed(bytes(path).as_slice()))
            }
        };
        let size = |path: &str| bytes(path).len() as u64;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let result = pool.install(|| index_folders(folders, &load, &size, None, None));
        (asked.into_inner().unwrap(), result)
    }

    #[test]
    fn the_costliest_folder_is_indexed_first_and_the_first_error_is_the_first_folders() {
        let (asked, result) = index_two_on_one_thread(&[]);
        assert_eq!(asked[0], "fr/a.html", "{asked:?}");
        assert_eq!(asked.len(), 4, "{asked:?}");
        let files = result.unwrap().1;
        assert!(
            files.iter().any(|(n, _)| n.contains("/ar_")),
            "an Arabic index"
        );
        assert!(
            files.iter().any(|(n, _)| n.contains("/fr_")),
            "a French index"
        );
        // Both fail: French, indexed first, fails first, yet Arabic still runs and its error,
        // the first in the folders' order, is the one reported.
        let (asked, result) = index_two_on_one_thread(&["ar/", "fr/"]);
        assert_eq!(asked, ["fr/a.html", "ar/a.html"]);
        assert_eq!(result.unwrap_err(), "cannot read ar/a.html");
        // Only French fails: Arabic, before it in the folders' order, runs all the same.
        let (asked, result) = index_two_on_one_thread(&["fr/"]);
        assert_eq!(asked, ["fr/a.html", "ar/a.html", "ar/b.html"]);
        assert_eq!(result.unwrap_err(), "cannot read fr/a.html");
    }

    #[test]
    fn one_index_per_language_and_only_marked_pages() {
        let files = vec![
            ("en/a.html".to_string(), page("en", "torture prevention")),
            ("zh/a.html".to_string(), page("zh-Hans", "禁止酷刑和虐待")),
            (
                "ar/a.html".to_string(),
                page("ar", "منع التعذيب وسوء المعاملة"),
            ),
            (
                "en/list.html".to_string(),
                b"<html lang=\"en\"><body><main>unmarked</main></body></html>".to_vec(),
            ),
            ("index.html".to_string(), page("en", "root")),
            ("static/x.css".to_string(), b"body{}".to_vec()),
        ];
        let out = index(&files).unwrap();
        let names: Vec<&str> = out.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"pagefind/pagefind.js"), "{names:?}");
        assert!(names.contains(&"pagefind/pagefind-entry.json"));
        assert!(!names.iter().any(|n| n.contains("pagefind-ui")));
        let entry = &out
            .iter()
            .find(|(n, _)| n == "pagefind/pagefind-entry.json")
            .unwrap()
            .1;
        let entry: serde_json::Value = serde_json::from_slice(entry).unwrap();
        let langs: Vec<&String> = entry["languages"].as_object().unwrap().keys().collect();
        assert_eq!(langs, ["ar", "en", "zh-hans"]);
        assert_eq!(entry["languages"]["en"]["page_count"], 1);
        // The same input gives the same bytes.
        assert_eq!(index(&files).unwrap(), out);
    }
    #[test]
    fn parts_marked_ignore_are_removed_before_the_indexer_parses_the_page() {
        let html = "<main data-pagefind-body><h1>Torture</h1>\
            <table data-pagefind-ignore><tr><td>CAT <b>ratified</b></td></tr></table>\
            <div data-pagefind-ignore=\"all\"><ol><li>nested <span data-pagefind-ignore>twice</span></li></ol></div>\
            <p>prevention<br>kept</p><img alt=\"\" src=\"a.png\"><p data-pagefind-ignore-not=\"x\">other attribute</p></main>";
        let out = without_ignored(html);
        assert_eq!(
            out,
            "<main data-pagefind-body><h1>Torture</h1><p>prevention<br>kept</p>\
             <img alt=\"\" src=\"a.png\"><p data-pagefind-ignore-not=\"x\">other attribute</p></main>"
        );
        // Nothing marked: the page goes through as it is, without a copy.
        assert!(matches!(
            without_ignored("<main><p>a</p></main>"),
            std::borrow::Cow::Borrowed(_)
        ));
        // The whole preparation: the typographic apostrophe becomes the ASCII one, ignored text
        // is gone, the `<html>` tag (its `lang`) stays.
        let page = "<!DOCTYPE html><html lang=\"fr\"><body><nav>menu</nav>\
            <main data-pagefind-body><p>l’allaitement</p><ul data-pagefind-ignore><li>liste</li></ul></main></body></html>";
        let text = prepared(page.as_bytes()).unwrap();
        assert!(
            text.contains("<html lang=\"fr\">") && text.contains("l'allaitement"),
            "{text}"
        );
        assert!(!text.contains("liste") && !text.contains("menu"), "{text}");
        // Cut in one pass, unless the `<main>` holds markup the pass leaves to lol_html.
        assert!(cut_in_one_pass(page.as_bytes()));
        let scripted = page.replace("</main>", "<script>if (a<b) {}</script></main>");
        assert!(!cut_in_one_pass(scripted.as_bytes()));
        assert_eq!(
            prepared(scripted.as_bytes()),
            prepared_by_lol_html(scripted.as_bytes())
        );
    }

    #[test]
    fn a_page_that_is_not_utf8_is_prepared_as_its_text_would_be() {
        // Invalid bytes in the `<html>` tag, in the `<main>`, before and after it, and a
        // sequence cut short by the `<` of a tag: only the parts kept are read as text, and they
        // read as they do in the whole page read as text.
        let mut page =
            b"<!DOCTYPE html><html lang=\"fr\" data-x=\"\xff\"><head></head><body>\xe2\x80"
                .to_vec();
        page.extend_from_slice(
            b"<nav>\xc3</nav><main data-pagefind-body><h1>l\xe2\x80\x99\xffeau\xe2</h1>\
              <p data-pagefind-ignore>x\xfe</p></main>\xf0\x9f<footer></footer></body></html>",
        );
        let text = String::from_utf8_lossy(&page).into_owned();
        let prepared = prepared(&page).unwrap();
        assert_eq!(Some(prepared.clone()), super::prepared(text.as_bytes()));
        assert!(prepared.starts_with("<!DOCTYPE html><html lang=\"fr\" data-x=\"\u{FFFD}\">"));
        assert!(
            prepared.contains("<h1>l'\u{FFFD}eau\u{FFFD}</h1>"),
            "{prepared}"
        );
        assert!(!prepared.contains("<nav>"), "{prepared}");
        // Not UTF-8 and without a `<main>` to index: the whole page, read as text.
        let odd = b"<html data-pagefind-body>\xff</html>";
        assert_eq!(
            prepared_with(odd, |h| h.into()),
            Some(String::from_utf8_lossy(odd).into_owned())
        );
    }

    #[test]
    fn a_main_closed_only_before_it_opens_gives_the_whole_page() {
        let page = "<html lang=\"en\"></main><p>a</p><main data-pagefind-body><p>b</p>";
        assert_eq!(
            prepared_with(page.as_bytes(), |h| h.into()).as_deref(),
            Some(page)
        );
        assert!(prepared(b"<p>no body</p>").is_none());
    }

    #[test]
    fn the_prepared_page_gives_the_index_the_whole_page_gives() {
        // What Pagefind is given of a page (its `<main>`, without the parts marked to ignore)
        // gives the index the whole page gives it: a record page's kinds of markup, inline
        // elements inside elements with an `id` (whose text makes a sub-result) and outside.
        let page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><nav>menu</nav>\
            <main id=\"main\" tabindex=\"-1\" data-pagefind-body data-pagefind-meta=\"kind:Recommendation\">\
            <span>Directly</span> in <a href=\"#\">main</a><article>\
            <h1><bdi dir=\"ltr\">A/HRC/17/20</bdi>, para. <bdi dir=\"ltr\">159.99</bdi></h1>\
            <p class=\"rec-meta\">Recommendation · <span lang=\"en\" dir=\"ltr\">Universal Periodic Review</span> · \
            <a href=\"../states/nzl.html\"><span lang=\"en\" dir=\"ltr\">New Zealand</span></a></p>\
            <blockquote><p lang=\"en\" dir=\"ltr\">Accelerate the finalization of the action plan (Indonesia);</p></blockquote>\
            <dl><dt data-pagefind-ignore>Date</dt><dd><time datetime=\"2023-01-07\"><bdi>January 7, 2023</bdi></time></dd>\
            <dt data-pagefind-ignore>Themes</dt><dd><ul><li><span lang=\"fr\" dir=\"ltr\">Droits de l’enfant</span></li>\
            <li><span>Persons with disabilities: <b>exploitation</b> &amp; abuse</span></li></ul></dd></dl>\
            <section><h3 id=\"timeline-government\">Government <span>report</span> <bdi>2024</bdi></h3>\
            <ol><li><p><strong>Partially implemented</strong> · <time><bdi>May 2024</bdi></time></p>\
            <p>The <a href=\"https://example.org\">plan</a> was <em>adopted</em><br>in part.</p></li></ol></section>\
            </article></main><footer>foot</footer></body></html>";
        let prepared = prepared(page.as_bytes()).unwrap();
        assert!(
            !prepared.contains("menu") && !prepared.contains("Themes"),
            "{prepared}"
        );
        let build = |html: String| {
            tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap()
                .block_on(index_async(vec![("en/r.html".to_string(), html)]))
                .unwrap()
        };
        let whole = build(page.replace(['\u{2019}', '\u{02BC}'], "'"));
        assert_eq!(build(prepared), whole);
        assert!(
            whole.iter().any(|(n, _)| n.contains("fragment")),
            "{whole:?}"
        );
    }

    /// An output indexed by another indexer, or with other settings, is not reused: the example
    /// rebuilt over an output of the unpatched Pagefind differed from a first build in 5,442
    /// files before `INDEXER` was part of the digest.
    #[test]
    fn the_digest_names_the_indexer() {
        let pages = vec![("en/a.html".to_string(), "torture prevention".to_string())];
        assert_eq!(digest(&pages), digest_with(INDEXER, &pages));
        assert_ne!(digest(&pages), digest_with("pagefind 1.6.0", &pages));
    }

    #[test]
    fn a_rebuild_reuses_the_index_of_every_language_whose_text_is_unchanged() {
        let write = |dir: &std::path::Path, files: &[(String, Vec<u8>)]| {
            for (p, b) in files {
                let path = dir.join(p);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, b).unwrap();
            }
        };
        let tmp = tempfile::tempdir().unwrap();
        let (site, previous) = (tmp.path().join("site"), tmp.path().join("previous"));
        let pages = vec![
            ("en/a.html".to_string(), page("en", "torture prevention")),
            (
                "fr/a.html".to_string(),
                page("fr", "prévention de la torture"),
            ),
        ];
        write(&site, &pages);
        // Every file the bundle has, those written as each language was done and the rest.
        let index_dir = |site: &std::path::Path, previous: Option<&std::path::Path>| {
            let written = std::sync::Mutex::new(Vec::new());
            let (count, rest) = index_dir(site, previous, &|files: &[(String, Vec<u8>)]| {
                written.lock().unwrap().extend_from_slice(files);
                Ok(())
            })
            .unwrap();
            let mut written = written.into_inner().unwrap();
            assert_eq!(count, written.len());
            let names: std::collections::BTreeSet<&String> =
                written.iter().map(|(n, _)| n).collect();
            assert_eq!(names.len(), written.len(), "a file written twice");
            assert!(written.iter().all(|(n, _)| own_file(n)), "{written:?}");
            assert!(written.iter().any(|(n, _)| n.ends_with(".pf_fragment")));
            assert!(written.iter().any(|(n, _)| n.ends_with(".pf_meta")));
            assert!(rest.iter().all(|(n, _)| !own_file(n)));
            written.extend(rest);
            written.sort();
            Ok::<_, String>(written)
        };
        let first = index_dir(&site, None).unwrap();
        let in_memory = index(&pages).unwrap();
        let without_key = |b: &[(String, Vec<u8>)]| -> Vec<(String, Vec<u8>)> {
            b.iter()
                .filter(|(n, _)| *n != format!("{BUNDLE_DIR}/{KEY_FILE}"))
                .cloned()
                .collect()
        };
        assert_eq!(without_key(&first), in_memory);
        let keys = |b: &[(String, Vec<u8>)]| -> serde_json::Value {
            let (_, k) = b
                .iter()
                .find(|(n, _)| *n == format!("{BUNDLE_DIR}/{KEY_FILE}"))
                .unwrap();
            serde_json::from_slice(k).unwrap()
        };
        let of = |b: &[(String, Vec<u8>)], lang: &str| -> Vec<(String, Vec<u8>)> {
            b.iter()
                .filter(|(n, _)| {
                    n.contains(&format!("{lang}_")) || n.contains(&format!(".{lang}."))
                })
                .cloned()
                .collect()
        };
        write(&previous, &first);
        // The same pages: the previous bundle, file for file.
        assert_eq!(index_dir(&site, Some(&previous)).unwrap(), first);
        // Outside the indexed part, a change does not matter.
        let nav = String::from_utf8(pages[0].1.clone())
            .unwrap()
            .replace("navigation words", "other navigation");
        write(&site, &[("en/a.html".to_string(), nav.into_bytes())]);
        assert_eq!(index_dir(&site, Some(&previous)).unwrap(), first);
        // A change to the English text: English is indexed again, French is reused.
        write(
            &site,
            &[("en/a.html".to_string(), page("en", "torture abolition"))],
        );
        let second = index_dir(&site, Some(&previous)).unwrap();
        assert_ne!(keys(&second)["en"]["digest"], keys(&first)["en"]["digest"]);
        assert_eq!(keys(&second)["fr"], keys(&first)["fr"]);
        assert_ne!(of(&second, "en"), of(&first, "en"));
        assert_eq!(of(&second, "fr"), of(&first, "fr"));
        // What is reused equals what indexing again gives.
        let fresh = tempfile::tempdir().unwrap();
        assert_eq!(index_dir(&site, Some(fresh.path())).unwrap(), second);
        // A key file naming a file twice: it is written once.
        let mut twice = keys(&first);
        let fr_files = twice["fr"]["files"].as_array().unwrap().clone();
        let doubled: Vec<_> = fr_files.iter().chain(fr_files.iter()).cloned().collect();
        twice["fr"]["files"] = serde_json::Value::Array(doubled);
        std::fs::write(
            previous.join(BUNDLE_DIR).join(KEY_FILE),
            serde_json::to_vec(&twice).unwrap(),
        )
        .unwrap();
        assert_eq!(index_dir(&site, Some(&previous)).unwrap(), second);
        // A key file naming a path outside the bundle is not followed.
        let mut bad = keys(&first);
        bad["fr"]["files"] = serde_json::json!(["pagefind/../../etc/passwd"]);
        std::fs::write(
            previous.join(BUNDLE_DIR).join(KEY_FILE),
            serde_json::to_vec(&bad).unwrap(),
        )
        .unwrap();
        assert_eq!(index_dir(&site, Some(&previous)).unwrap(), second);
    }

    /// The patched indexer (vendor/pagefind/SUIVI-PATCH.md) builds from the pages themselves, as
    /// `take_files`, and gives the same bytes as from copies of them, as `get_files`; a page added
    /// again under the same address replaces the first (found by a map, no longer by a scan);
    /// pages parsed on the calling thread (`add_html_file_here`, which suivi uses) give the same
    /// bytes as pages parsed on Tokio's blocking pool (`add_html_file`).
    #[test]
    fn the_patched_indexer_gives_the_same_index_from_its_pages_as_from_copies() {
        let pages = [
            ("en/a.html", "torture prevention"),
            ("en/b.html", "child rights"),
            ("fr/a.html", "droits de l’enfant"),
            ("en/a.html", "torture abolition"),
        ];
        let build = |take: bool, here: bool| -> Vec<(String, Vec<u8>)> {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap();
            runtime.block_on(async {
                let mut pf = indexer().unwrap();
                for (path, body) in pages {
                    let html = String::from_utf8(page(&path[..2], body)).unwrap();
                    let added = if here {
                        pf.add_html_file_here(Some(path.into()), None, html).await
                    } else {
                        pf.add_html_file(Some(path.into()), None, html).await
                    };
                    added.unwrap();
                }
                let files = if take {
                    pf.take_files().await
                } else {
                    pf.get_files().await
                };
                let mut out: Vec<(String, Vec<u8>)> = files
                    .unwrap()
                    .into_iter()
                    .map(|f| (f.filename.to_string_lossy().into_owned(), f.contents))
                    .collect();
                out.sort();
                out
            })
        };
        let taken = build(true, true);
        assert_eq!(taken, build(false, true));
        assert_eq!(taken, build(true, false));
        let entry = &taken
            .iter()
            .find(|(n, _)| n.ends_with("pagefind-entry.json"))
            .unwrap()
            .1;
        let entry: serde_json::Value = serde_json::from_slice(entry).unwrap();
        assert_eq!(entry["languages"]["en"]["page_count"], 2, "{entry}");
        assert_eq!(entry["languages"]["fr"]["page_count"], 1, "{entry}");
    }
}
