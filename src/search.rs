//! Full-text search: the rendered HTML pages go through Pagefind's indexer in memory, and its
//! index (one per `<html lang>`) and browser code become files under `pagefind/` in the same
//! atomic output as the pages. Only the parts of pages marked `data-pagefind-body` (the `<main>`
//! of recommendation, state, treaty and content pages) are indexed.

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

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
    use rayon::prelude::*;
    let mut by_folder: std::collections::BTreeMap<&str, Vec<&(String, Vec<u8>)>> =
        std::collections::BTreeMap::new();
    for f in files {
        let (path, bytes) = f;
        if path.ends_with(".html")
            && let Some((folder, _)) = path.split_once('/')
            && std::str::from_utf8(bytes).is_ok_and(|t| t.contains("data-pagefind-body"))
        {
            by_folder.entry(folder).or_default().push(f);
        }
    }
    let bundles: Vec<Vec<(String, Vec<u8>)>> = by_folder
        .into_par_iter()
        .map(|(_, mut pages)| {
            pages.sort_by(|a, b| a.0.cmp(&b.0));
            let runtime = tokio::runtime::Builder::new_current_thread()
                .build()
                .map_err(|e| format!("search index: cannot start the indexer: {e}"))?;
            runtime.block_on(index_async(&pages))
        })
        .collect::<Result<_, String>>()?;
    let mut out: std::collections::BTreeMap<String, Vec<u8>> = std::collections::BTreeMap::new();
    let mut languages = serde_json::Map::new();
    let mut entry = serde_json::Map::new();
    for bundle in bundles {
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
    Ok(out.into_iter().collect())
}

async fn index_async(pages: &[&(String, Vec<u8>)]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let options = PagefindServiceConfig::builder()
        .keep_index_url(true)
        .write_playground(false)
        .build();
    let mut pf = PagefindIndex::new(Some(options))
        .map_err(|e| format!("search index: bad indexer options: {e}"))?;
    for (path, bytes) in pages {
        // Pagefind splits words only at ASCII punctuation: with the typographic apostrophe,
        // French `l’allaitement` would be one word and `allaitement` would not find it.
        let html = String::from_utf8_lossy(bytes).replace(['\u{2019}', '\u{02BC}'], "'");
        pf.add_html_file(Some(path.clone()), None, html)
            .await
            .map_err(|e| format!("search index: cannot index {path}: {e}"))?;
    }
    let built = pf
        .get_files()
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
}
