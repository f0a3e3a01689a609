//! End-to-end: taxonomy pages with stable paginated addresses, dashboards (SVG + summary + data
//! table, mirrored in Arabic), ratification fact sheets and the regional-group matrices, on
//! `tests/sites/browse` built in the six languages.

mod common;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use common::*;

const LANGS: [&str; 6] = ["en", "fr", "es", "ru", "zh", "ar"];

fn pages() -> &'static BTreeMap<String, String> {
    static PAGES: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let site = Site::new("browse");
        build_ok(&site.dir, &site.out(), &[]);
        html_pages(&snapshot(&site.out()))
    })
}

fn page(path: &str) -> &'static str {
    pages()
        .get(path)
        .unwrap_or_else(|| panic!("{path} was not written"))
        .as_str()
}

/// How many recommendations a list page shows.
fn items(html: &str) -> usize {
    html.matches("<li class=\"rec-item\">").count()
}

#[test]
fn every_taxonomy_has_a_list_page_and_a_page_per_term_in_six_languages() {
    let terms = [
        "mechanisms/upr/index.html",
        "mechanisms/cat/index.html",
        "cycles/3/index.html",
        "cycles/4/index.html",
        "sessions/48/index.html",
        "positions/supported/index.html",
        "positions/noted/index.html",
        "statuses/in_progress/index.html",
        "statuses/implemented/index.html",
        "statuses/not_started/index.html",
        "statuses/no_information/index.html",
        "themes/access-to-justice-and-remedy/index.html",
        "persons/index.html",
        "sdgs/16/index.html",
        "sdgs/16.3/index.html",
        "sdgs/5/index.html",
        "institutions/ministry-of-justice/index.html",
        "clusters/justice/index.html",
        "states/svn/index.html",
        "states/hrv/index.html",
        "browse.html",
    ];
    for lang in LANGS {
        for tax in [
            "mechanisms",
            "cycles",
            "sessions",
            "positions",
            "statuses",
            "themes",
            "sdgs",
            "institutions",
            "clusters",
        ] {
            let list = page(&format!("{lang}/{tax}/index.html"));
            assert!(list.contains("<table class=\"terms\">"), "{lang}/{tax}");
        }
        for t in terms {
            if t == "persons/index.html" {
                // No recommendation names affected persons: no page, and no link to one.
                assert!(!pages().contains_key(&format!("{lang}/{t}")));
                assert!(!page(&format!("{lang}/browse.html")).contains("persons/"));
                continue;
            }
            page(&format!("{lang}/{t}"));
        }
    }
    // Positions are asked of the state only in the UPR: the CAT recommendation is under none.
    assert!(!pages().contains_key("en/positions/not_applicable/index.html"));
}

#[test]
fn long_terms_paginate_at_stable_addresses() {
    // 55 fourth-cycle UPR recommendations to SVN and 2 to HRV: 57 in cycle 4, two pages.
    for lang in LANGS {
        let first = page(&format!("{lang}/cycles/4/index.html"));
        let second = page(&format!("{lang}/cycles/4/page-2.html"));
        assert_eq!(items(first), 50, "{lang}");
        assert_eq!(items(second), 7, "{lang}");
        assert!(
            first.contains("href=\"page-2.html\"") || first.contains("/cycles/4/page-2.html\"")
        );
        assert!(second.contains("aria-current=\"page\""));
        assert!(!pages().contains_key(&format!("{lang}/cycles/4/page-3.html")));
        assert_eq!(items(page(&format!("{lang}/cycles/3/index.html"))), 1);
    }
    // The state's list: 57 recommendations to SVN.
    assert_eq!(items(page("en/states/svn/index.html")), 50);
    assert_eq!(items(page("en/states/svn/page-2.html")), 7);
    assert_eq!(items(page("en/states/hrv/index.html")), 2);
}

#[test]
fn term_pages_hold_exactly_their_recommendations() {
    let supported = page("en/positions/supported/index.html");
    assert!(
        supported.contains("41 recommendations"),
        "40 of cycle 4 and 1 of cycle 3"
    );
    let noted = page("en/positions/noted/index.html");
    assert_eq!(items(noted), 16, "15 of SVN and 1 of HRV");
    // Statuses: the latest word of each assessor. svn-upr4-2 went from in_progress to
    // implemented (government); svn-upr4-1 is in_progress (government) and not_started (NHRI).
    let in_progress = page("en/statuses/in_progress/index.html");
    assert_eq!(items(in_progress), 1);
    assert!(in_progress.contains("svn-upr4-1.html"));
    assert_eq!(items(page("en/statuses/implemented/index.html")), 1);
    assert_eq!(items(page("en/statuses/not_started/index.html")), 1);
    // SDG goal 16 is derived from target 16.3, and lists the target as narrower.
    let goal = page("en/sdgs/16/index.html");
    assert!(goal.contains("16.3"), "the goal page links its target");
    assert!(page("en/sdgs/5/index.html").contains("svn-cat-1.html"));
    // An institution named only in Arabic gets a stable hashed address and its Arabic name,
    // marked as a fallback in English.
    let inst = pages()
        .keys()
        .find(|p| p.starts_with("en/institutions/i-"))
        .expect("a hashed institution page");
    let html = page(inst);
    assert!(html.contains("lang=\"ar\" dir=\"rtl\">وزارة الداخلية</span>"));
    assert!(html.contains("class=\"fallback-note\""));
    // The English name is used in Arabic where the Arabic one exists.
    assert!(page("ar/institutions/ministry-of-justice/index.html").contains("وزارة العدل"));
}

#[test]
fn dashboards_are_svg_with_a_summary_and_a_table_that_agree() {
    for lang in LANGS {
        let home = page(&format!("{lang}/index.html"));
        let charts = home.matches("<section class=\"chart\"").count();
        // government and NHRI status, position, cycle, mechanism.
        assert_eq!(charts, 5, "{lang}");
        assert_eq!(home.matches("<svg class=\"chart-svg\"").count(), charts);
        assert_eq!(
            home.matches("<table class=\"chart-table\">").count(),
            charts
        );
        assert_eq!(home.matches("<p class=\"chart-summary\">").count(), charts);
        // Never colour alone: each status bar has its icon and label in the table.
        assert!(home.contains("class=\"status-icon\" aria-hidden=\"true\">◑</span>"));
    }
    let en = page("en/index.html");
    // The position chart: 41 supported, 16 noted, 1 unknown of 58 UPR recommendations.
    assert!(
        en.contains("58 in all. Supported: 41 (71%); Noted: 16 (28%); Unknown: 1 (2%)."),
        "{en}"
    );
    // Table rows link to the term pages whose counts they show.
    assert!(
        en.contains("en/positions/supported/index.html\">Supported</a>"),
        "{en}"
    );
    // The Arabic chart is mirrored: bars grow from the right edge (x + width = 400).
    let ar = page("ar/index.html");
    assert!(ar.contains("direction=\"rtl\""));
    for rect in ar.split("<rect ").skip(1) {
        let num = |attr: &str| -> u32 {
            let v = rect.split(&format!("{attr}=\"")).nth(1).unwrap();
            v[..v.find('"').unwrap()].parse().unwrap()
        };
        assert_eq!(num("x") + num("width"), 400, "{rect}");
    }
    // State pages carry their own dashboard, without links to site-wide term pages.
    let state = page("en/states/svn.html");
    assert!(state.contains("<section class=\"chart\""));
    assert!(state.contains("57 recommendations"));
    assert!(state.contains("en/states/svn/index.html\""), "{state}");
}

#[test]
fn fact_sheets_exist_per_state_and_instrument_with_everything_they_must_show() {
    for lang in LANGS {
        for p in [
            "factsheets/states/svn.html",
            "factsheets/states/hrv.html",
            "factsheets/states/fra.html",
            "factsheets/treaties/cat.html",
            "factsheets/treaties/crpd.html",
        ] {
            let html = page(&format!("{lang}/{p}"));
            assert!(html.contains("<article class=\"factsheet\">"), "{lang}/{p}");
            let as_of = html
                .split("<p class=\"as-of\">")
                .nth(1)
                .and_then(|p| p.split("</p>").next())
                .unwrap_or_else(|| panic!("{lang}/{p}: no as-of line"));
            assert!(as_of.contains("2024"), "{lang}/{p}: as-of date: {as_of}");
        }
    }
    let svn = page("en/factsheets/states/svn.html");
    assert_eq!(
        svn.matches("<tr><th scope=\"row\"><bdi dir=\"ltr\">")
            .count(),
        18
    );
    assert!(svn.contains("Party to 2 of the 18 instruments; signatory, not yet party, to 1."));
    assert!(
        svn.contains("art. <bdi dir=\"ltr\">14</bdi> individual complaints"),
        "{svn}"
    );
    assert!(svn.contains("Test reservation by Slovenia."));
    assert!(svn.contains("1 objection by other states"));
    assert!(svn.contains("Test objection by France"));
    assert!(svn.contains("1 withdrawal"));
    let fra = page("en/factsheets/states/fra.html");
    assert!(fra.contains("1 objection made by this state"));
    let cat = page("en/factsheets/treaties/cat.html");
    assert!(cat.contains("Of 3 states: 3 parties, 0 signatories not yet party, 0 without action."));
    // State and treaty pages link their fact sheets.
    assert!(page("en/states/svn.html").contains("factsheets/states/svn.html"));
    assert!(page("en/treaties/cat.html").contains("factsheets/treaties/cat.html"));
    // The CRPD page names the states that have not acted ("who has not ratified?").
    let crpd = page("en/treaties/crpd.html");
    assert!(crpd.contains("1 state that has neither signed nor ratified"));
}

#[test]
fn the_matrix_filters_by_regional_group_without_javascript() {
    for lang in LANGS {
        let all = page(&format!("{lang}/ratifications.html"));
        assert_eq!(all.matches("<tr data-iso=").count(), 3, "{lang}");
        assert!(all.contains("static/matrix.js\" defer></script>"));
        assert!(all.contains("id=\"matrix-tools\" hidden"));
        let eeg = page(&format!("{lang}/ratifications/eeg.html"));
        assert_eq!(
            eeg.matches("<tr data-iso=").count(),
            2,
            "{lang}: SVN and HRV"
        );
        assert!(eeg.contains("aria-current=\"page\""));
        let weog = page(&format!("{lang}/ratifications/weog.html"));
        assert!(weog.contains("<tr data-iso=\"FRA\">"));
        assert!(!weog.contains("<tr data-iso=\"SVN\">"));
    }
}

/// The search index gets what a page says of its own, not the labels and United Nations titles
/// every page of its kind repeats (docs/search.md): those made "justice" find a record through
/// its SDG target, and "recommendations" find every state without any.
#[test]
fn the_search_index_gets_a_pages_own_words_not_what_every_page_of_its_kind_repeats() {
    let text = |p: &str| {
        suivi::search::prepared(page(p).as_bytes()).unwrap_or_else(|| panic!("{p} is not indexed"))
    };
    let target_title = "equal access to justice for all";
    let rec = "en/recommendations/svn-upr4-1.html";
    assert!(
        page(rec).contains(target_title),
        "the page shows the target's title"
    );
    let given = text(rec);
    for kept in [
        "Test recommendation 1.",
        "16.3",
        "Slovenia",
        "A/HRC/59/15",
        "Ministry of Justice",
    ] {
        assert!(given.contains(kept), "{kept:?} should be indexed: {given}");
    }
    assert!(
        !given.contains(target_title),
        "the SDG title is indexed: {given}"
    );
    // The title is indexed once, in the heading, not again as the document fact.
    assert_eq!(given.matches("A/HRC/59/15").count(), 1, "{given}");
    assert!(
        !given.contains("rec-meta"),
        "the line under the title is indexed: {given}"
    );

    let state = "en/states/fra.html";
    assert!(page(state).contains("This site has no recommendations"));
    let given = text(state);
    assert!(given.contains("Test objection by France"), "{given}");
    assert!(given.contains("France"), "{given}");
    // "Objection" is the kind under the treaty's abbreviation; the text says "objection".
    for left in [
        "This site has no recommendations",
        "Member State",
        "Objection",
    ] {
        assert!(!given.contains(left), "{left:?} is indexed: {given}");
    }
}
