//! End-to-end: build `tests/sites/i18n` (en, fr, ar, zh; fallback en → fr) with the real binary and
//! check the HTML for languages, directions, fallbacks, the language switcher, sanitised Markdown
//! and absolute URLs under `--base-url`.

mod common;

use std::collections::BTreeMap;

use common::*;

/// (code, `<html lang>`, dir, name in its own script), in the site's `languages` order.
const LANGS: [(&str, &str, &str, &str); 4] = [
    ("en", "en", "ltr", "English"),
    ("fr", "fr", "ltr", "Français"),
    ("ar", "ar", "rtl", "العربية"),
    ("zh", "zh-Hans", "ltr", "中文"),
];

/// Builds the i18n fixture and returns every output file.
fn built(extra: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let site = Site::new("i18n");
    build_ok(&site.dir, &site.out(), extra);
    snapshot(&site.out())
}

fn page<'a>(pages: &'a BTreeMap<String, String>, path: &str) -> &'a str {
    pages
        .get(path)
        .unwrap_or_else(|| panic!("{path} was not written; pages: {:?}", pages.keys()))
}

/// The `<main>` element: the page's own content, without header and navigation.
fn main_of(html: &str) -> &str {
    between(html, "<main", "</main>").expect("every page has a <main>")
}

/// The language pages of `lang`, as paths relative to the language folder.
fn pages_of<'a>(pages: &'a BTreeMap<String, String>, lang: &str) -> Vec<(&'a str, &'a str)> {
    let prefix = format!("{lang}/");
    pages
        .iter()
        .filter_map(|(p, h)| p.strip_prefix(&prefix).map(|rel| (rel, h.as_str())))
        .collect()
}

#[test]
fn every_page_declares_its_language_and_direction() {
    let pages = html_pages(&built(&[]));
    for (code, tag, dir, _) in LANGS {
        let list = pages_of(&pages, code);
        assert!(list.len() > 10, "few pages in {code}: {}", list.len());
        for (rel, html) in list {
            let expected = format!("<html lang=\"{tag}\" dir=\"{dir}\">");
            assert!(
                html.contains(&expected),
                "{code}/{rel} lacks {expected}:\n{}",
                &html[..html.len().min(200)]
            );
        }
    }
    assert!(
        !pages
            .keys()
            .any(|p| p.starts_with("es/") || p.starts_with("ru/")),
        "languages the site does not configure were built"
    );
}

#[test]
fn language_switcher_links_the_same_page_in_every_language() {
    let pages = html_pages(&built(&[]));
    for (code, _, _, _) in LANGS {
        for (rel, html) in pages_of(&pages, code) {
            let here = format!("{code}/{rel}");
            let nav = between(html, "<nav class=\"languages\"", "</nav>")
                .unwrap_or_else(|| panic!("{here} has no language switcher"));
            let links = tags(nav, "a");
            assert_eq!(links.len(), LANGS.len(), "{here}: {nav}");
            for ((other, other_tag, other_dir, name), link) in LANGS.iter().zip(&links) {
                let href = attr(link, "href").unwrap();
                let target = resolve(&here, href);
                assert_eq!(target, format!("{other}/{rel}"), "{here}: {link}");
                assert!(
                    pages.contains_key(&target),
                    "{here} links {target}, which is missing"
                );
                assert_eq!(attr(link, "lang"), Some(*other_tag), "{here}: {link}");
                assert_eq!(attr(link, "dir"), Some(*other_dir), "{here}: {link}");
                assert!(
                    nav.contains(&format!("{link}{name}</a>")),
                    "{here}: the link to {other} is not named {name}"
                );
                if *other == code {
                    assert!(link.contains("aria-current"), "{here}: {link}");
                } else {
                    assert_eq!(attr(link, "hreflang"), Some(*other_tag), "{here}: {link}");
                }
            }
        }
    }
}

#[test]
fn every_page_lists_an_hreflang_alternate_per_language() {
    let pages = html_pages(&built(&[]));
    for (code, _, _, _) in LANGS {
        for (rel, html) in pages_of(&pages, code) {
            let here = format!("{code}/{rel}");
            let head = between(html, "<head>", "</head>").unwrap();
            let alternates: Vec<(&str, &str)> = tags(head, "link")
                .into_iter()
                .filter(|l| attr(l, "rel") == Some("alternate") && attr(l, "hreflang").is_some())
                .map(|l| (attr(l, "hreflang").unwrap(), attr(l, "href").unwrap()))
                .collect();
            let expected: Vec<(&str, String)> = LANGS
                .iter()
                .map(|(c, tag, _, _)| (*tag, format!("{c}/{rel}")))
                .collect();
            let got: Vec<(&str, String)> = alternates
                .iter()
                .map(|(tag, href)| (*tag, resolve(&here, href)))
                .collect();
            assert_eq!(got, expected, "{here}");
            assert!(
                !head.contains("rel=\"canonical\""),
                "{here}: a canonical link without an absolute base_url"
            );
        }
    }
}

#[test]
fn missing_text_falls_back_visibly_with_its_own_language() {
    let pages = html_pages(&built(&[]));
    // English and French only: Arabic and Chinese show English, marked as such.
    for code in ["ar", "zh"] {
        let html = main_of(page(
            &pages,
            &format!("{code}/recommendations/svn-upr4-1.html"),
        ));
        let fallback = "lang=\"en\" dir=\"ltr\">Ratify the Optional Protocol (English text).</p><p><small class=\"fallback-note\">";
        assert!(html.contains(fallback), "{code}: {html}");
    }
    // French only: English falls back along the chain to French.
    for code in ["en", "ar", "zh"] {
        let html = main_of(page(
            &pages,
            &format!("{code}/recommendations/svn-upr4-2.html"),
        ));
        let fallback = "lang=\"fr\" dir=\"ltr\">Texte seulement en français.</p><p><small class=\"fallback-note\">";
        assert!(html.contains(fallback), "{code}: {html}");
    }
    // Texts present in the page's language are not marked as fallbacks.
    let fr = main_of(page(&pages, "fr/recommendations/svn-upr4-1.html"));
    assert!(fr.contains(
        "lang=\"fr\" dir=\"ltr\">Ratifier le Protocole facultatif (texte français).</p>\n</blockquote>"
    ));
    let ar = main_of(page(&pages, "ar/recommendations/svn-crc-1.html"));
    assert!(
        ar.contains("lang=\"ar\" dir=\"rtl\">تعزيز حماية الطفل (عربي).</p>\n</blockquote>"),
        "{ar}"
    );
    let zh = main_of(page(&pages, "zh/recommendations/svn-crc-1.html"));
    assert!(
        zh.contains("lang=\"zh-Hans\" dir=\"ltr\">加强儿童保护（中文）。</p>\n</blockquote>"),
        "{zh}"
    );
    // A plain string is in the default language (English) and falls back in Arabic.
    let ar = main_of(page(&pages, "ar/recommendations/svn-upr4-3.html"));
    assert!(ar.contains(
        "lang=\"en\" dir=\"ltr\">Plain text in the default language.</p><p><small class=\"fallback-note\">"
    ));
    // Reservations fall back too.
    let ar = main_of(page(&pages, "ar/states/svn.html"));
    assert!(ar.contains(
        "<p lang=\"en\" dir=\"ltr\">Slovenia recognises the competence of the Committee (English).</p></blockquote><p><small class=\"fallback-note\">"
    ));
    let fr = main_of(page(&pages, "fr/states/svn.html"));
    assert!(fr.contains(
        "<p lang=\"fr\" dir=\"ltr\">La Slovénie reconnaît la compétence du Comité (français).</p></blockquote>"
    ));
}

#[test]
fn pages_missing_in_a_language_fall_back_visibly() {
    let pages = html_pages(&built(&[]));
    for code in ["zh", "ar"] {
        let html = main_of(page(&pages, &format!("{code}/pages/about.html")));
        assert!(
            html.contains("<article class=\"page\" lang=\"en\" dir=\"ltr\">"),
            "{code}: {html}"
        );
        assert!(html.contains("English about page"), "{code}: {html}");
        assert!(html.contains("class=\"fallback-note\""), "{code}: {html}");
    }
    let fr = main_of(page(&pages, "fr/pages/about.html"));
    assert!(
        fr.contains("<article class=\"page\" lang=\"fr\" dir=\"ltr\">"),
        "{fr}"
    );
    assert!(fr.contains("page en français"), "{fr}");
    assert!(!fr.contains("fallback-note"), "{fr}");
    let en = main_of(page(&pages, "en/pages/about.html"));
    assert!(
        en.contains("English about page") && !en.contains("fallback-note"),
        "{en}"
    );
}

#[test]
fn update_translations_are_used_and_examples_are_labelled() {
    let pages = html_pages(&built(&[]));
    let fr = main_of(page(&pages, "fr/recommendations/svn-upr4-1.html"));
    assert!(
        fr.contains("Récit en français de la mise à jour d'exemple."),
        "{fr}"
    );
    assert!(fr.contains("Mise à jour d&#39;exemple"), "{fr}");
    assert!(!fr.contains("English narrative"), "{fr}");
    let ar = main_of(page(&pages, "ar/recommendations/svn-upr4-1.html"));
    assert!(
        ar.contains("English narrative of the example update."),
        "{ar}"
    );
    assert!(
        ar.contains("<div class=\"narrative\" lang=\"en\" dir=\"ltr\">"),
        "{ar}"
    );
    for (code, _, _, _) in LANGS {
        let html = main_of(page(
            &pages,
            &format!("{code}/recommendations/svn-upr4-1.html"),
        ));
        assert!(html.contains("update-example"), "{code}: {html}");
        assert!(html.contains("class=\"example-badge\""), "{code}: {html}");
    }
}

/// Every page that shows a status taken from the example update (`in_progress`) must say that it
/// is an example, as docs/content.md promises ("shown as such on every page").
#[test]

fn example_status_is_labelled_on_every_page_that_shows_it() {
    let pages = html_pages(&built(&[]));
    let unlabelled: Vec<&String> = pages
        .iter()
        .filter(|(_, h)| {
            main_of(h).contains("status-in_progress") && !main_of(h).contains("example-badge")
        })
        .map(|(p, _)| p)
        .collect();
    assert!(
        unlabelled.is_empty(),
        "pages that show the example status as real: {unlabelled:?}"
    );
}

/// The occurrences of the fixture's document symbols in the body of the pages that `filter`
/// accepts which are not the text of a `<bdi>` (with `dir="ltr"` when `ltr` is set).
fn unisolated_symbols<'a>(
    pages: &'a BTreeMap<String, String>,
    filter: &dyn Fn(&str) -> bool,
    ltr: bool,
) -> Vec<(&'a str, String)> {
    let mut bad = Vec::new();
    for (path, html) in pages.iter().filter(|(p, _)| filter(p)) {
        let body = &html[html.find("<body").unwrap()..];
        for symbol in ["A/HRC/59/15", "CRC/C/SVN/CO/5-6"] {
            for (i, _) in body.match_indices(symbol) {
                let before = &body[..i];
                let tag = &before[before.rfind('<').unwrap()..];
                let isolated = (tag == "<bdi>" || tag.starts_with("<bdi ")) && tag.ends_with('>');
                if !isolated || (ltr && !tag.contains("dir=\"ltr\"")) {
                    let start = before.char_indices().rev().nth(60).map_or(0, |(j, _)| j);
                    bad.push((path.as_str(), body[start..i + symbol.len()].to_string()));
                }
            }
        }
    }
    bad
}

/// Recommendation, list and state pages: the paths with a folder, other than the home pages.
fn record_pages(p: &str) -> bool {
    p.matches('/').count() >= 2
}

#[test]
fn document_symbols_are_bidi_isolated_on_record_and_list_pages() {
    let pages = html_pages(&built(&[]));
    let bad = unisolated_symbols(&pages, &record_pages, false);
    assert!(bad.is_empty(), "symbols outside <bdi>: {bad:#?}");
    // The symbols do appear, in every language, on records, lists and state pages.
    for (code, _, _, _) in LANGS {
        for p in [
            "recommendations/svn-upr4-1.html",
            "recommendations/index.html",
            "states/svn.html",
        ] {
            let html = main_of(page(&pages, &format!("{code}/{p}")));
            assert!(html.contains("A/HRC/59/15</bdi>"), "{code}/{p}: {html}");
        }
    }
}

#[test]

fn document_symbols_are_bidi_isolated_on_every_page() {
    let pages = html_pages(&built(&[]));
    let bad = unisolated_symbols(&pages, &|_| true, false);
    assert!(bad.is_empty(), "symbols outside <bdi>: {bad:#?}");
}

#[test]

fn document_symbols_are_isolated_left_to_right() {
    let pages = html_pages(&built(&[]));
    let bad = unisolated_symbols(&pages, &record_pages, true);
    assert!(
        bad.is_empty(),
        "symbols outside <bdi dir=\"ltr\">: {bad:#?}"
    );
}

#[test]
fn markdown_injection_is_sanitised_in_every_output_file() {
    let tree = built(&[]);
    let pages = html_pages(&tree);
    // The commentary was rendered (so the check below is not vacuous) and safe Markdown survives.
    for (code, _, _, _) in LANGS {
        let html = page(&pages, &format!("{code}/recommendations/svn-upr4-3.html"));
        assert!(
            html.contains("Safe <strong>bold</strong> text stays."),
            "{code}: {html}"
        );
        assert!(html.contains("tries to inject active content"), "{code}");
    }
    for (path, bytes) in &tree {
        let mut text = String::from_utf8_lossy(bytes).to_lowercase();
        // The theme's own scripts (same-origin files under static/, e.g. the matrix's sorting)
        // are the only scripts a page may load; content can add none.
        while let Some(start) = text.find("<script src=\"") {
            let tag_end = text[start..].find("</script>").map(|e| start + e + 9);
            let src = text[start + 13..].split('"').next().unwrap_or_default();
            let theirs = src.contains("static/") && src.ends_with(".js") && !src.contains(':');
            let exact = |end: usize| {
                let tag = &text[start..end];
                tag == format!("<script src=\"{src}\" defer></script>")
                    || tag == format!("<script src=\"{src}\"></script>")
            };
            match tag_end {
                Some(end) if theirs && exact(end) => text.replace_range(start..end, ""),
                _ => break,
            }
        }
        for bad in ["<script", "javascript:", "onerror", "<iframe"] {
            assert!(!text.contains(bad), "{path} contains `{bad}`");
        }
    }
}

#[test]
fn root_index_links_every_language_in_its_own_script() {
    let pages = html_pages(&built(&[]));
    let root = page(&pages, "index.html");
    assert!(root.contains("<html lang=\"en\" dir=\"ltr\">"), "{root}");
    let list = between(root, "<ul class=\"language-list\">", "</ul>").unwrap();
    let items = tags(list, "li");
    assert_eq!(items.len(), LANGS.len(), "{list}");
    for ((code, tag, dir, name), li) in LANGS.iter().zip(items) {
        assert_eq!(attr(li, "lang"), Some(*tag), "{li}");
        assert_eq!(attr(li, "dir"), Some(*dir), "{li}");
        let item = between(list, li, "</li>").unwrap();
        let a = tags(item, "a")[0];
        assert_eq!(
            attr(a, "href"),
            Some(format!("{code}/index.html").as_str()),
            "{item}"
        );
        assert_eq!(attr(a, "hreflang"), Some(*tag), "{item}");
        assert!(item.contains(&format!(">{name}<")), "{code}: {item}");
        assert!(pages.contains_key(&format!("{code}/index.html")));
    }
    for absent in ["es/", "ru/", "Español", "Русский"] {
        assert!(
            !root.contains(absent),
            "{absent} is not a language of this site"
        );
    }
}

#[test]

fn root_index_marks_fallback_titles_with_their_language() {
    let pages = html_pages(&built(&[]));
    let root = page(&pages, "index.html");
    let zh = between(root, "<li lang=\"zh-Hans\"", "</li>").unwrap();
    assert!(zh.contains("Recommendations tracker"), "{zh}");
    assert!(
        zh.contains("lang=\"en\""),
        "the English title is not marked as English: {zh}"
    );
}

#[test]

fn menu_titles_that_fall_back_carry_their_language() {
    let pages = html_pages(&built(&[]));
    for code in ["zh", "ar"] {
        let html = page(&pages, &format!("{code}/index.html"));
        let nav = between(html, "<nav class=\"main-nav\"", "</nav>").unwrap();
        let about = nav
            .split("<li>")
            .find(|li| li.contains("About this site"))
            .unwrap();
        assert!(about.contains("lang=\"en\""), "{code}: {about}");
    }
}

#[test]
fn base_url_makes_alternates_and_canonical_absolute() {
    let pages = html_pages(&built(&["--base-url", "https://example.org/repo/"]));
    let base = "https://example.org/repo/";
    for (code, _, _, _) in LANGS {
        for (rel, html) in pages_of(&pages, code) {
            let here = format!("{code}/{rel}");
            let head = between(html, "<head>", "</head>").unwrap();
            let links = tags(head, "link");
            let canonical: Vec<_> = links
                .iter()
                .filter(|l| attr(l, "rel") == Some("canonical"))
                .map(|l| attr(l, "href").unwrap())
                .collect();
            assert_eq!(canonical, [format!("{base}{here}")], "{here}");
            let alternates: Vec<(&str, &str)> = links
                .iter()
                .filter(|l| attr(l, "rel") == Some("alternate") && attr(l, "hreflang").is_some())
                .map(|l| (attr(l, "hreflang").unwrap(), attr(l, "href").unwrap()))
                .collect();
            let expected: Vec<(&str, String)> = LANGS
                .iter()
                .map(|(c, tag, _, _)| (*tag, format!("{base}{c}/{rel}")))
                .collect();
            let got: Vec<(&str, String)> = alternates
                .iter()
                .map(|(t, h)| (*t, h.to_string()))
                .collect();
            assert_eq!(got, expected, "{here}");
        }
    }
}

#[test]

fn base_url_makes_the_root_index_alternates_absolute() {
    let pages = html_pages(&built(&["--base-url", "https://example.org/repo/"]));
    let root = page(&pages, "index.html");
    let head = between(root, "<head>", "</head>").unwrap();
    for l in tags(head, "link")
        .into_iter()
        .filter(|l| attr(l, "rel") == Some("alternate"))
    {
        let href = attr(l, "href").unwrap();
        assert!(href.starts_with("https://example.org/repo/"), "{l}");
    }
    assert!(
        head.contains("<link rel=\"canonical\" href=\"https://example.org/repo/\">")
            || head
                .contains("<link rel=\"canonical\" href=\"https://example.org/repo/index.html\">"),
        "{head}"
    );
}
