//! What a site needs to be published: GitHub Pages files (`404.html`, `.nojekyll`), `robots.txt`,
//! a sitemap with `hreflang` alternates, and Atom feeds of implementation updates.

mod common;

use common::*;

fn built(extra: &[&str]) -> (Site, std::collections::BTreeMap<String, Vec<u8>>) {
    let site = Site::new("i18n");
    build_ok(&site.dir, &site.out(), extra);
    let tree = snapshot(&site.out());
    (site, tree)
}

fn text(tree: &std::collections::BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        tree.get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .unwrap()
}

#[test]
fn github_pages_project_site_works_under_a_sub_path() {
    let (_site, tree) = built(&["--base-url", "https://example.org/repo/"]);
    assert!(tree.contains_key(".nojekyll"));
    let not_found = text(&tree, "404.html");
    // Served for any missing path, so its links start from the base path.
    assert!(
        not_found.contains("href=\"/repo/static/suivi.css\""),
        "{not_found}"
    );
    for code in ["en", "fr", "ar", "zh"] {
        assert!(
            not_found.contains(&format!("href=\"/repo/{code}/index.html\"")),
            "{not_found}"
        );
    }
    assert!(
        not_found.contains("<section lang=\"ar\" dir=\"rtl\">"),
        "{not_found}"
    );
    let robots = text(&tree, "robots.txt");
    assert!(
        robots.contains("Sitemap: https://example.org/repo/sitemap.xml"),
        "{robots}"
    );
}

#[test]
fn the_sitemap_lists_every_page_with_its_translations() {
    let (_site, tree) = built(&["--base-url", "https://example.org/repo/"]);
    let sitemap = text(&tree, "sitemap.xml");
    let pages: Vec<&String> = tree
        .keys()
        .filter(|p| p.ends_with(".html") && p.contains('/'))
        .collect();
    for page in &pages {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org/repo/{page}</loc>")),
            "{page} missing"
        );
    }
    assert_eq!(
        sitemap.matches("<loc>").count(),
        pages.len() + 1,
        "one per page, plus the language chooser"
    );
    assert!(sitemap.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.org/repo/zh/recommendations/svn-upr4-1.html\"/>"
    ));
}

#[test]
fn without_an_absolute_base_url_there_is_no_sitemap() {
    let (_site, tree) = built(&[]);
    assert!(!tree.contains_key("sitemap.xml"));
    assert!(!text(&tree, "robots.txt").contains("Sitemap:"));
    assert!(tree.contains_key("404.html") && tree.contains_key(".nojekyll"));
}

#[test]
fn atom_feeds_per_language_and_per_state() {
    let (_site, tree) = built(&["--base-url", "https://example.org/repo/"]);
    for code in ["en", "fr", "ar", "zh"] {
        let feed = text(&tree, &format!("{code}/updates.xml"));
        assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""), "{feed}");
        assert!(feed.contains(&format!("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/repo/{code}/updates.xml\"/>")), "{feed}");
        assert_eq!(feed.matches("<entry>").count(), 1, "{feed}");
        assert!(feed.contains("<updated>"), "{feed}");
        // Narratives are sanitised HTML, escaped inside the XML.
        assert!(!feed.contains("<script") && !feed.contains("<p>"), "{feed}");
        let state = text(&tree, &format!("{code}/states/svn.xml"));
        assert_eq!(state.matches("<entry>").count(), 1, "{state}");
        let home = text(&tree, &format!("{code}/index.html"));
        assert!(
            home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../"),
            "{home}"
        );
    }
}

#[test]
fn a_state_feed_holds_the_latest_fifty_updates_of_its_own_recommendations_once_each() {
    let site = Site::new("i18n");
    let content = site.dir.join("content");
    std::fs::write(
        content.join("recommendations/hrv.yaml"),
        "- id: hrv-crc-1\n  mechanism: crc\n  state: HRV\n  document: CRC/C/HRV/CO/5-6\n  \
         paragraph: \"7\"\n  text:\n    en: \"Strengthen child protection in Croatia.\"\n",
    )
    .unwrap();
    let update = |name: &str, recs: &str, date: &str| {
        std::fs::write(
            content.join(format!("updates/{name}.md")),
            format!(
                "---\nrecommendations: [{recs}]\ndate: {date}\nassessor: nhri\nstatus: in_progress\n\
                 title:\n  en: \"Update {name}\"\n---\nNarrative of {name}.\n"
            ),
        )
        .unwrap();
    };
    // Two Slovenian recommendations in one update: one entry in Slovenia's feed. One update of
    // both states: in both feeds. Then 55 Slovenian updates, of which the feed keeps 50.
    update("both-svn", "svn-upr4-1, svn-upr4-2", "2020-01-01");
    update("two-states", "svn-crc-1, hrv-crc-1", "2020-01-02");
    update("hrv-only", "hrv-crc-1", "2020-01-03");
    for day in 1..=55 {
        update(
            &format!("svn-{day:02}"),
            "svn-upr4-2",
            &format!("2021-02-{:02}", day % 28 + 1),
        );
    }
    build_ok(&site.dir, &site.out(), &[]);
    let tree = snapshot(&site.out());
    let hrv = text(&tree, "en/states/hrv.xml");
    let titles: Vec<&str> = hrv
        .match_indices("Narrative of ")
        .map(|(at, _)| hrv[at..].split(['.', '<', '&']).next().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Narrative of hrv-only", "Narrative of two-states"],
        "{hrv}"
    );
    let svn = text(&tree, "en/states/svn.xml");
    assert_eq!(svn.matches("<entry>").count(), 50, "{svn}");
    assert!(!svn.contains("hrv-only") && !svn.contains("two-states") && !svn.contains("both-svn"));
    // The whole site's feed: the 50 newest of all 59 updates.
    let all = text(&tree, "en/updates.xml");
    assert_eq!(all.matches("<entry>").count(), 50);
    // The older updates are in the feed of a state with fewer of them.
    let mut few = site.dir.clone();
    few.push("content/updates");
    for day in 1..=55 {
        std::fs::remove_file(few.join(format!("svn-{day:02}.md"))).unwrap();
    }
    build_ok(&site.dir, &site.out(), &[]);
    let svn = text(&snapshot(&site.out()), "en/states/svn.xml");
    for narrative in [
        "Narrative of two-states",
        "Narrative of both-svn",
        "English narrative of the example",
    ] {
        assert_eq!(svn.matches(narrative).count(), 1, "{narrative}: {svn}");
    }
    assert!(!svn.contains("hrv-only"), "{svn}");
}
