//! Every internal link and asset of the bundled example resolves to a file that exists, and every
//! `#fragment` to an element on its page, when the site is built for a GitHub Pages sub-path.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;

const BASE: &str = "https://example.org/repo/";

/// The values of `href` and `src` attributes in `html`.
fn links(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attr in [" href=\"", " src=\""] {
        for part in html.split(attr).skip(1) {
            if let Some(end) = part.find('"') {
                found.push(part[..end].replace("&amp;", "&"));
            }
        }
    }
    found
}

fn ids(html: &str) -> BTreeSet<String> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|p| p.split('"').next())
        .map(str::to_string)
        .collect()
}

/// Resolves `href` found in `page` (a path relative to the output root) to an output path, or
/// `None` for a link that leaves the site.
fn target(page: &str, href: &str) -> Option<(String, Option<String>)> {
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (href, None),
    };
    if let Some(rest) = path.strip_prefix(BASE) {
        // A folder address is served by its index.html.
        let rest = if rest.is_empty() || rest.ends_with('/') {
            format!("{rest}index.html")
        } else {
            rest.to_string()
        };
        return Some((rest, fragment));
    }
    if path.contains("://") || path.starts_with("mailto:") {
        return None;
    }
    if let Some(rest) = path.strip_prefix("/repo/") {
        return Some((rest.to_string(), fragment));
    }
    assert!(
        !path.starts_with('/'),
        "{page}: a root-relative link `{href}` breaks under a sub-path"
    );
    if path.is_empty() {
        return Some((page.to_string(), fragment));
    }
    Some((resolve(page, path), fragment))
}

#[test]
fn every_internal_link_of_the_example_resolves() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = suivi(&[
        "build",
        path_arg(root),
        "-o",
        path_arg(&out),
        "--base-url",
        BASE,
    ]);
    assert_exit(&o, 0);
    let tree = snapshot(&out);
    let pages = html_pages(&tree);
    let page_ids: BTreeMap<&String, BTreeSet<String>> =
        pages.iter().map(|(p, h)| (p, ids(h))).collect();
    let (mut checked, mut broken) = (0, Vec::new());
    for (page, html) in &pages {
        for href in links(html) {
            let Some((path, fragment)) = target(page, &href) else {
                continue;
            };
            checked += 1;
            if !tree.contains_key(&path) {
                broken.push(format!("{page}: {href} -> {path} (no such file)"));
            } else if let Some(f) = fragment.filter(|f| !f.is_empty())
                && let Some(targets) = page_ids.get(&path)
                && !targets.contains(&f)
            {
                broken.push(format!("{page}: {href} (no id `{f}` on {path})"));
            }
        }
    }
    assert!(checked > 100_000, "only {checked} links checked");
    assert!(
        broken.is_empty(),
        "{} broken links, the first: {:#?}",
        broken.len(),
        &broken[..broken.len().min(20)]
    );
    // Every page kind exists in the six languages.
    for code in ["ar", "zh", "en", "fr", "ru", "es"] {
        for path in [
            "index.html",
            "recommendations/index.html",
            "recommendations/uhri-1313c55e.html",
            "states/index.html",
            "states/svn.html",
            "treaties/index.html",
            "treaties/crpd.html",
            "ratifications.html",
            "pages/about.html",
            "updates.xml",
            "states/svn.xml",
        ] {
            assert!(
                tree.contains_key(&format!("{code}/{path}")),
                "{code}/{path} missing"
            );
        }
    }
}
