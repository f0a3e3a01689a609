//! Properties that hold for any input (proptest), and the regression tests for what fuzzing found.
//! The oracles are shared with the fuzz targets (`fuzz/src/lib.rs`), so both check the same thing.
//! See docs/robustness.md.

#[path = "../fuzz/src/lib.rs"]
mod oracles;

use std::path::Path;

use oracles::*;
use proptest::prelude::*;
use suivi::config::is_slug;
use suivi::diag::Diagnostic;
use suivi::i18n::PartialDate;
use suivi::load::{decode, parse_records, split_front_matter};
use suivi::model::{Recommendation, Reservation, StateRatifications};
use suivi::render::markdown;

/// 256 cases per property in the normal run; `PROPTEST_CASES=N` searches harder.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(256),
        // Failures found are reported in the test output; they are not written next to the tests.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown never lets script through
// ---------------------------------------------------------------------------------------------

/// Pieces of hostile and ordinary Markdown and HTML, to be shuffled together.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr",
    "ipt>",
    "<script",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\">",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\">",
    "<object data=\"javascript:alert(1)\">",
    "<embed src=x.swf>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href='java&#x09;script:alert(1)'>x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<a onclick=\"alert(1)\" href=\"https://ok.example\">x</a>",
    "<a href=x onmouseover=alert(1)>x</a>",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<p style=\"background:url(javascript:alert(1))\">x</p>",
    "<div style=\"width: expression(alert(1))\">",
    "<style>@import 'javascript:alert(1)';</style>",
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:/\">",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<input onfocus=alert(1) autofocus>",
    "<bdi dir=\"rtl\" onclick=\"alert(1)\">نص</bdi>",
    "<span lang=\"ar\" style=\"color:red\">x</span>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<template><script>alert(1)</script></template>",
    "<!-- <script>alert(1)</script> -->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<?xml version=\"1.0\"?>",
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;avascript&#58;alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox)",
    "[x](https://ok.example \"title\" onclick=alert(1))",
    "![i](javascript:alert(1))",
    "![i\" onerror=\"alert(1)](x.png)",
    "<javascript:alert(1)>",
    "<https://ok.example/a?b=c&d=e>",
    "[ref]",
    "[ref]: javascript:alert(1)",
    "[ref]: https://ok.example",
    "[^1]",
    "[^1]: note <script>x</script>",
    "| a | <script>b</script> |\n|---|---|\n| [x](javascript:y) | z |\n",
    "```\n<script>alert(1)</script>\n```\n",
    "`<script>`",
    "    <script>indented</script>",
    "> <iframe>",
    "- <svg/onload=alert(1)>",
    "~~<img src=x onerror=y>~~",
    "\\<script>",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "javascript:",
    "on",
    "onerror=",
    "=",
    "\"",
    "'",
    "<",
    ">",
    "/",
    "&",
    "#",
    "*",
    "_",
    "[",
    "]",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "    ",
    "\t",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "نص عربي",
    "中文",
];

fn hostile_markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(HOSTILE).prop_map(str::to_string),
            1 => "\\PC{0,8}",
        ],
        0..16,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn markdown_output_is_safe_for_hostile_input(src in hostile_markdown()) {
        let html = markdown(&src);
        let bad = html_violations(&html);
        prop_assert!(bad.is_empty(), "{bad:?}\ninput: {src:?}\noutput: {html}");
    }

    #[test]
    fn markdown_output_is_safe_for_any_text(src in any::<String>()) {
        let html = markdown(&src);
        let bad = html_violations(&html);
        prop_assert!(bad.is_empty(), "{bad:?}\ninput: {src:?}\noutput: {html}");
    }
}

/// The oracle itself catches what it must (a check that cannot fail proves nothing).
#[test]
fn html_oracle_flags_unsafe_markup() {
    for unsafe_html in [
        "<script>x</script>",
        "<p><IFRAME src=x></p>",
        "<img src=x onerror=\"a()\">",
        "<a href=\"java&#x09;script:x\">x</a>",
        "<a href=\"&#106;avascript:x\">x</a>",
        "<a href=' javascript:x'>x</a>",
        "<a href=\"data:text/html,x\">x</a>",
        "<p style=\"x\">",
        "<!-- x -->",
        "<svg>",
    ] {
        assert!(
            !html_violations(unsafe_html).is_empty(),
            "not flagged: {unsafe_html}"
        );
    }
    for safe_html in [
        "<p>a &lt;script&gt; b</p>",
        "<a href=\"https://x.example/?a=1&amp;b=2\" rel=\"noopener noreferrer\">x</a>",
        "<a href=\"mailto:a@b.example\">x</a>",
        "<a href=\"relative/page.html\">x</a>",
        "<img src=\"x.png\" alt=\"javascript: is a language\">",
        "<bdi dir=\"rtl\" lang=\"ar\">x</bdi>",
    ] {
        assert!(
            html_violations(safe_html).is_empty(),
            "flagged: {safe_html}: {:?}",
            html_violations(safe_html)
        );
    }
}

#[test]
fn markdown_keeps_safe_links_and_rtl_markup() {
    let html = markdown("[a](https://ok.example) <bdi dir=\"rtl\" lang=\"ar\">نص</bdi>");
    assert!(html.contains("href=\"https://ok.example\""), "{html}");
    assert!(html.contains("<bdi dir=\"rtl\" lang=\"ar\">"), "{html}");
}

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

fn id_like() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9-]{0,12}",
        "[a-zA-Z0-9./\\\\_ -]{0,12}",
        "(con|prn|aux|nul|com[0-9]|lpt[0-9]|index)(-[a-z0-9]{1,3})?",
        "\\.{1,3}/?[a-z]{0,4}",
        "[a-z]{1,3}\\.\\.[a-z]{1,3}",
        "\\PC{0,6}",
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Any id `is_slug` accepts is a safe single path segment: not empty, no `/` or `\\`, no
    /// `..`, lower-case ASCII letters, digits and `-` only, not a Windows device name.
    #[test]
    fn accepted_ids_are_safe_path_segments(s in id_like()) {
        if is_slug(&s) {
            let why = unsafe_segment(&s);
            prop_assert!(why.is_none(), "is_slug accepts {:?}, which {}", s, why.unwrap());
        }
    }
}

/// Regression test for bug 2 (docs/robustness.md): `is_slug` accepted `com4`–`com9`, `lpt4`–`lpt9`,
/// `com0` and `lpt0`, which Windows reserves as device names, like the `com1` and `con` it refused.
/// An id `com7` made a folder `recommendations/com7/` that cannot be created or checked out there.
#[test]
fn windows_device_names_are_not_ids() {
    let mut accepted = Vec::new();
    for base in ["con", "prn", "aux", "nul", "com", "lpt"] {
        let names: Vec<String> = if base.len() == 3 && (base == "com" || base == "lpt") {
            (0..=9).map(|d| format!("{base}{d}")).collect()
        } else {
            vec![base.to_string()]
        };
        for name in names {
            if is_slug(&name) {
                accepted.push(name);
            }
        }
    }
    assert!(
        accepted.is_empty(),
        "is_slug accepts Windows device names: {accepted:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

fn date_like() -> impl Strategy<Value = String> {
    prop_oneof![
        // Well-formed shapes over the whole range, valid or not (day 00–39, month 00–19).
        (0u32..10000, 0u32..20, 0u32..40).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        // Leap-year edges.
        (
            0u32..25,
            prop::sample::select(vec![0u32, 4, 96, 100]),
            27u32..31
        )
            .prop_map(|(c, y, d)| format!("{:04}-02-{d:02}", c * 400 + y)),
        (0u32..10000, 0u32..20).prop_map(|(y, m)| format!("{y:04}-{m:02}")),
        (0u32..10000).prop_map(|y| format!("{y:04}")),
        // Shapes that are close but wrong, and anything.
        "[0-9]{1,5}(-[0-9]{1,3}){0,3}",
        "[ \t]?[0-9+-]{4}-[0-9 ]{2}-[0-9]{2}[ \n]?",
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Accepts exactly the real dates of the proleptic Gregorian calendar, and round-trips.
    #[test]
    fn dates_parse_exactly_the_valid_ones(s in date_like()) {
        if let Err(e) = check_date(&s) {
            prop_assert!(false, "{}", e);
        }
    }
}

#[test]
fn date_edges() {
    for ok in [
        "2024-02-29",
        "2000-02-29",
        "0000-02-29",
        "1999-12-31",
        "2023-04",
        "1966",
        " 2020-01-01 ",
    ] {
        assert!(PartialDate::parse(ok).is_ok(), "{ok}");
        check_date(ok).unwrap();
    }
    for bad in [
        "1900-02-29",
        "2023-02-30",
        "2023-04-31",
        "2023-13",
        "2023-00",
        "2023-01-00",
        "+2023",
        "-2023",
        "202",
        "20233",
        "2023-1-01",
        "2023-01-01-01",
        "2023/01/01",
        "",
        "٢٠٢٣",
    ] {
        assert!(PartialDate::parse(bad).is_err(), "{bad}");
        check_date(bad).unwrap();
    }
}

// ---------------------------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------------------------

fn markdown_file() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec![
                "---",
                "---\n",
                "---\r\n",
                "--- \n",
                "----\n",
                "\n",
                "\r\n",
                "\r",
                "title: x\n",
                "- a\n",
                "…",
                "\u{feff}",
                " ",
                "---\u{3000}\n",
                "\u{85}",
            ])
            .prop_map(str::to_string),
            "\\PC{0,6}",
        ],
        0..10,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn front_matter_split_is_sound(text in markdown_file()) {
        if let Err(e) = check_front_matter(&text) {
            prop_assert!(false, "{:?}: {}", text, e);
        }
    }
}

#[test]
fn front_matter_edges() {
    assert_eq!(split_front_matter("---\n---\n"), Some(("", 1, "")));
    assert_eq!(split_front_matter("---\n---"), Some(("", 1, "")));
    assert_eq!(
        split_front_matter("---\na: 1\n---"),
        Some(("a: 1\n", 1, ""))
    );
    assert_eq!(split_front_matter("---\na: 1\n"), None);
    assert_eq!(split_front_matter("---"), None);
    assert_eq!(split_front_matter(""), None);
    for text in [
        "---\n---\n",
        "---\r\n---\r\nbody",
        "---\na\n--- \nb",
        "---\n",
    ] {
        check_front_matter(text).unwrap();
    }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------------------------

fn source_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec![
                "\n",
                "\r\n",
                "\r",
                "\t",
                " ",
                ":",
                ",",
                "id: x",
                "é",
                "中",
                "🙂",
                "\u{a0}",
                "\u{3000}",
                "\u{85}",
                "\u{2028}",
                "\u{200b}",
                "\u{202e}",
                "\u{0}",
                "\u{1b}[31m",
                "ـ",
                "\u{301}",
            ])
            .prop_map(str::to_string),
            "\\PC{0,5}",
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

/// Whether rendering `d` panics.
fn render_panics(d: &Diagnostic, source: Option<&str>) -> Option<String> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| d.render(source));
    std::panic::set_hook(hook);
    result.err().map(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

/// A diagnostic's line and column: mostly inside `source` (so that the marker lands on each kind
/// of character), sometimes at or past the end, sometimes anything at all.
fn position_in(source: &Option<String>) -> BoxedStrategy<(usize, usize)> {
    let lines: Vec<usize> = source
        .as_deref()
        .map(|s| s.lines().map(|l| l.chars().count()).collect())
        .unwrap_or_default();
    let n = lines.len();
    prop_oneof![
        4 => (0..n + 2).prop_flat_map(move |line| {
            let width = line.checked_sub(1).and_then(|i| lines.get(i)).copied().unwrap_or(0);
            (Just(line), 0..width + 3)
        }),
        1 => (any::<usize>(), any::<usize>()),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(config())]

    /// For any line and column (in range, past the end, zero or huge) and any text, rendering
    /// gives the `path:line:column: error: ` header and does not panic.
    #[test]
    fn render_never_panics(
        (source, (line, column)) in proptest::option::weighted(0.9, source_text())
            .prop_flat_map(|s| (Just(s.clone()), position_in(&s))),
        message in "\\PC{0,10}",
        hint in proptest::option::of("\\PC{0,10}"),
        file in "[a-z/.]{0,8}",
        warning in any::<bool>(),
    ) {
        let mut d = if warning {
            Diagnostic::warning(&file, line, column, message)
        } else {
            Diagnostic::error(&file, line, column, message)
        };
        d.hint = hint;
        if let Some(panic) = render_panics(&d, source.as_deref()) {
            prop_assert!(false, "render panicked: {}", panic);
        }
        let rendered = check_render(&d, source.as_deref());
        prop_assert!(rendered.is_ok(), "{}", rendered.unwrap_err());
    }
}

/// Regression test for bug 1 (docs/robustness.md): a column that points at a white-space character
/// of more than one byte (no-break space U+00A0, next line U+0085, ideographic space U+3000, …)
/// made `Diagnostic::render` panic in annotate-snippets: "end byte index 2 is not a char
/// boundary".
#[test]
fn render_does_not_panic_on_wide_white_space() {
    for (source, column) in [
        ("a\u{a0}b", 2),
        ("\u{3000}", 1),
        ("a\u{85}", 2),
        ("id:\u{2003}x", 4),
    ] {
        let d = Diagnostic::error("f.yaml", 1, column, "m");
        assert_eq!(
            render_panics(&d, Some(source)),
            None,
            "render panicked for {source:?} at column {column}"
        );
    }
}

/// Bug 1 reached through the loader, as `suivi check` rendered it (exit 101): a no-break space
/// pasted before a field name gives "unknown field ` state`" at the column of that space, and a
/// file holding only an ideographic space is "empty" at 1:1, where that space is. The
/// second is the fuzzer's minimised crash (`yaml_records`, 4 bytes: 0x20 E3 80 80).
#[test]
fn yaml_error_at_wide_white_space_renders() {
    let file = Path::new("content/recommendations/r.yaml");
    let d = parse_records::<Reservation>(file, "\u{3000}").unwrap_err();
    assert_eq!(render_panics(&d, Some("\u{3000}")), None, "{d:?}");
    for text in [
        "- id: a\n  \u{a0}state: x\n",
        "\u{a0}: x\n",
        "id: a\n\u{3000}x: 1\n",
    ] {
        let d = parse_records::<Recommendation>(file, text).unwrap_err();
        assert_eq!(render_panics(&d, Some(text)), None, "{d:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Records loader
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: config().cases / 4, ..config() })]

    /// Any bytes give records or a diagnostic, never a panic, for every record type.
    #[test]
    fn records_loader_never_panics(bytes in prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(b"- id: x\n  state: y\ntext: {en: z}\n:[]{}&*!|>'\"%@`#,\t\r\n -?".to_vec()),
            1 => any::<u8>(),
        ],
        0..64,
    )) {
        let file = Path::new("content/recommendations/r.yaml");
        if let Ok(text) = decode(file, &bytes) {
            let _ = parse_records::<Recommendation>(file, &text);
            let _ = parse_records::<StateRatifications>(file, &text);
            let _ = parse_records::<Reservation>(file, &text);
        }
    }
}

/// Regression test for bug 3 (docs/robustness.md): YAML counts a lone carriage return (old Mac
/// line endings) as a line break, but `Diagnostic::render` found the line with `str::lines`, which
/// does not; the snippet then showed another line under the marker, or none.
#[test]
fn snippet_shows_the_line_yaml_reports_with_lone_carriage_returns() {
    let file = Path::new("content/recommendations/r.yaml");
    let text = "id: a\rstaus: x\nmechanism: upr\n";
    let d = parse_records::<Recommendation>(file, text).unwrap_err();
    assert_eq!((d.line, d.column), (2, 1), "{d:?}");
    let out = d.render(Some(text));
    assert!(
        out.contains("2 | staus: x"),
        "wrong line under the marker:\n{out}"
    );
}

/// Pieces of the markup inside a page's `<main>`: tags marked `data-pagefind-ignore` or not,
/// nested or not, closed or not, void, self-closed, in SVG; comments, bogus comments, text with
/// `<`, `>` and the mark, quotes of every kind.
const MARKUP: &[&str] = &[
    "<div data-pagefind-ignore>",
    "<p data-pagefind-ignore=\"all\">",
    "<span data-pagefind-ignore class='a b'>",
    "<P data-pagefind-ignore>",
    "<li DATA-PAGEFIND-IGNORE>",
    "<img data-pagefind-ignore src=x.png>",
    "<br data-pagefind-ignore/>",
    "<param data-pagefind-ignore>",
    "<link data-pagefind-ignore>",
    "<svg/>",
    "<select>",
    "<a title=\"data-pagefind-ignore\" href=a>",
    "<p data-pagefind-ignore-not>",
    "<div>",
    "<p>",
    "<span>",
    "<ul>",
    "<li>",
    "<svg>",
    "<title>",
    "<rect/>",
    "<script>",
    "<textarea>",
    "</div>",
    "</p>",
    "</P>",
    "</span>",
    "</ul>",
    "</li>",
    "</a>",
    "</svg>",
    "</title>",
    "</script>",
    "</textarea>",
    "<!-- c -->",
    "<!--",
    "-->",
    "<!-->",
    "--!>",
    "<!DOCTYPE html>",
    "<![CDATA[x]]>",
    "</ x>",
    "<?x?>",
    "text",
    " ",
    "<",
    ">",
    "a < b",
    "\"",
    "'",
    "=",
    "/",
    "data-pagefind-ignore",
    "l’été",
];

/// Well-formed markup: elements closed in order, some marked, with text, void elements,
/// comments and quoted attribute values between them.
fn markup_tree() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        prop::sample::select(
            &[
                "text",
                "a > b",
                "l’été",
                "<br>",
                "<img src=x.png>",
                "<!-- c -->",
                "<hr/>"
            ][..]
        )
        .prop_map(str::to_string),
        "[a-z ]{0,6}",
    ];
    leaf.prop_recursive(4, 48, 5, |inner| {
        (
            prop::sample::select(
                &[
                    "div", "p", "span", "ul", "li", "dl", "dt", "dd", "table", "td", "svg", "g",
                    "title", "DIV",
                ][..],
            ),
            prop::sample::select(
                &[
                    "",
                    " data-pagefind-ignore",
                    " data-pagefind-ignore=\"all\"",
                    " class=\"a\"",
                    " title='data-pagefind-ignore >'",
                    " DATA-PAGEFIND-IGNORE",
                ][..],
            ),
            prop::collection::vec(inner, 0..5),
        )
            .prop_map(|(name, attrs, children)| {
                format!("<{name}{attrs}>{}</{name}>", children.concat())
            })
    })
}

fn main_markup() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(
            prop_oneof![
                8 => prop::sample::select(MARKUP).prop_map(str::to_string),
                1 => "\\PC{0,6}",
            ],
            0..24,
        ),
        prop::collection::vec(markup_tree(), 0..4),
    ]
    .prop_map(|parts| {
        format!(
            "<!DOCTYPE html><html lang=\"fr\"><body><main data-pagefind-body>{}</main></body></html>",
            parts.concat()
        )
    })
}

proptest! {
    #![proptest_config(config())]

    /// The search indexer is given the same text of any page, whether the parts marked
    /// `data-pagefind-ignore` are cut in one pass or by lol_html (the one pass gives way to
    /// lol_html where it cannot read the markup with certainty).
    #[test]
    fn the_one_pass_cut_gives_what_lol_html_gives(page in main_markup()) {
        prop_assert_eq!(
            suivi::search::prepared(page.as_bytes()),
            suivi::search::prepared_by_lol_html(page.as_bytes()),
            "{}", page
        );
    }
}

/// Well-formed markup with what Pagefind reads: anchors, weights, filters, metadata, sort keys,
/// bodies, ignored parts, headings, the elements it leaves out (`<nav>`, `<footer>`, `<form>`,
/// `<label>`), block and inline elements, void elements, entities and white space.
fn pagefind_tree() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        prop::sample::select(
            &[
                "text",
                "a &amp; b &#39;c&#39; &nbsp;d",
                "l'été",
                "\n  ",
                " ",
                "<br>",
                "<br/>",
                "<img src=\"x.png\" alt=\"A\">",
                "<img src=x.png>",
                "<input name=\"q\">",
                "<!-- c -->",
                "<hr>",
            ][..]
        )
        .prop_map(str::to_string),
        "[a-zé中 .?()]{0,6}",
    ];
    leaf.prop_recursive(4, 48, 5, |inner| {
        (
            prop::sample::select(
                &[
                    "div",
                    "p",
                    "span",
                    "ul",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h6",
                    "a",
                    "em",
                    "b",
                    "section",
                    "article",
                    "td",
                    "nav",
                    "footer",
                    "form",
                    "label",
                    "main",
                    "blockquote",
                    "bdi",
                    "small",
                    "dd",
                ][..],
            ),
            prop::collection::vec(
                prop::sample::select(
                    &[
                        " id=\"x y\"",
                        " id=\"a\"",
                        " id=b",
                        " data-pagefind-weight=\"2\"",
                        " data-pagefind-weight=\"0\"",
                        " data-pagefind-filter=\"f\"",
                        " data-pagefind-filter=\"g:v &amp; w\"",
                        " data-pagefind-meta=\"title\"",
                        " data-pagefind-meta=\"m:v, n[data-n]\" data-n=\"7\"",
                        " data-pagefind-sort=\"s:3\"",
                        " data-pagefind-default-meta=\"d:x\"",
                        " data-pagefind-title=\" T  t \"",
                        " data-pagefind-ignore",
                        " data-pagefind-ignore=\"all\"",
                        " data-pagefind-ignore=\"index\"",
                        " data-pagefind-body",
                        " class=\"c\"",
                        " lang=\"ar\" dir=\"rtl\"",
                    ][..],
                ),
                0..3,
            ),
            prop::collection::vec(inner, 0..5),
        )
            .prop_map(|(name, attrs, children)| {
                format!("<{name}{}>{}</{name}>", attrs.concat(), children.concat())
            })
    })
}

proptest! {
    #![proptest_config(config())]

    /// The search indexer's one-scan reader of well-formed markup (`vendor/pagefind`, change
    /// 14) reads every page of well-formed markup, whole or as suivi prepares it for the index,
    /// and gives exactly what Pagefind's HTML parser gives.
    #[test]
    fn the_indexers_one_scan_reader_gives_what_its_html_parser_gives(
        parts in prop::collection::vec(pagefind_tree(), 0..4),
    ) {
        let page = format!(
            "<!DOCTYPE html>\n<html lang=\"fr\"><body><header>h</header><main id=\"main\" data-pagefind-body>{}</main></body></html>\n",
            parts.concat()
        );
        prop_assert_eq!(suivi::search::indexer_reading(&page), Some(Ok(())), "{}", page);
        if let Some(prepared) = suivi::search::prepared(page.as_bytes()) {
            prop_assert_eq!(
                suivi::search::indexer_reading(&prepared),
                Some(Ok(())),
                "{}", prepared
            );
        }
    }

    /// On any markup (broken, raw text, SVG, comments of every form), the reader either
    /// declines the page or gives what the HTML parser gives.
    #[test]
    fn the_indexers_one_scan_reader_declines_what_it_cannot_read(page in main_markup()) {
        if let Some(Err(both)) = suivi::search::indexer_reading(&page) {
            prop_assert!(false, "{}\n{}", page, both);
        }
    }
}
