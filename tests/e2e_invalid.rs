//! End-to-end: each site under `tests/sites/invalid/<case>/` holds one bad file. `suivi build`
//! must exit 1, point at the exact `path:line:column`, say what is wrong, and write nothing.

mod common;

use std::path::Path;

use common::*;

/// Builds the case with the default output folder (`<site>/public`) and returns stderr, after
/// checking the exit status and that nothing was written, neither the output nor a staging folder.
fn build_fails(case: &str) -> String {
    let site = Site::new(&format!("invalid/{case}"));
    let before = snapshot(&site.dir);
    let o = suivi(&["build", path_arg(&site.dir)]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(
        !site.dir.join("public").exists(),
        "{case}: an output folder was created"
    );
    assert_eq!(
        entries(site.tmp.path()),
        ["site"],
        "{case}: something was written beside the site"
    );
    assert_same_tree(&before, &snapshot(&site.dir));
    assert!(err.contains("nothing was written"), "{case}: {err}");
    err
}

/// `suivi check` reports exactly what `build` reports, with the same exit status, and writes
/// nothing either.
fn check_agrees(case: &str, build_err: &str) {
    let site = Site::new(&format!("invalid/{case}"));
    let c = suivi(&["check", path_arg(&site.dir)]);
    assert_exit(&c, 1);
    assert_eq!(stderr(&c), build_err, "{case}: check and build disagree");
    assert_eq!(
        entries(site.tmp.path()),
        ["site"],
        "{case}: check wrote something"
    );
    assert!(
        !site.dir.join("public").exists(),
        "{case}: check wrote an output folder"
    );
}

/// A content case: build fails as described, and check agrees.
fn content_fails(case: &str) -> String {
    let err = build_fails(case);
    check_agrees(case, &err);
    err
}

/// Asserts that stderr has an error at `location` whose line contains `fragment`.
fn assert_error_at(err: &str, location: &str, fragment: &str) {
    let header = format!("{location}: error: ");
    let line = err
        .lines()
        .find(|l| l.starts_with(&header))
        .unwrap_or_else(|| panic!("no error at {location}:\n{err}"));
    assert!(
        line.contains(fragment),
        "expected `{fragment}` in: {line}\n{err}"
    );
}

fn error_count(err: &str) -> usize {
    err.lines().filter(|l| l.contains(": error: ")).count()
}

#[test]
fn yaml_syntax_error_is_located() {
    let err = content_fails("yaml-syntax");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:4:15",
        "mapping values are not allowed",
    );
    // The snippet shows the offending line.
    assert!(
        err.contains("text: Ratify: the second colon needs quotes"),
        "{err}"
    );
}

#[test]
fn unknown_field_suggests_the_known_one() {
    let err = content_fails("unknown-field");
    assert_error_at(&err, "content/updates/bad.md:5:1", "unknown field `staus`");
    assert!(err.contains("help: did you mean `status`?"), "{err}");
}

#[test]
fn duplicate_id_across_files_names_both_places() {
    let err = content_fails("duplicate-id");
    assert_error_at(
        &err,
        "content/recommendations/b.yaml:2:7",
        "duplicate recommendation id `svn-1`",
    );
    assert!(err.contains("content/recommendations/a.yaml:1:7"), "{err}");
    assert_eq!(error_count(&err), 1, "{err}");
}

#[test]
fn unknown_state_is_rejected() {
    let err = content_fails("unknown-state");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:4:10",
        "unknown state `XXX`",
    );
    assert!(err.contains("help: "), "{err}");
}

#[test]
fn impossible_date_is_rejected() {
    let err = content_fails("impossible-date");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:4:9",
        "`2023-02-30` is not a real date",
    );
}

#[test]
fn value_outside_a_vocabulary_is_rejected() {
    let err = content_fails("bad-position");
    assert_error_at(&err, "content/recommendations/bad.yaml:4:13", "`maybe`");
    let line = err.lines().next().unwrap();
    for allowed in ["supported", "noted", "unknown"] {
        assert!(
            line.contains(allowed),
            "the allowed positions are not listed: {line}"
        );
    }
}

#[test]
fn unknown_update_status_suggests_the_near_one() {
    let err = content_fails("unknown-status");
    assert_error_at(
        &err,
        "content/updates/bad.md:5:9",
        "unknown implementation status `implemnted`",
    );
    assert!(err.contains("help: did you mean `implemented`?"), "{err}");
}

#[test]
fn tab_indentation_is_rejected_with_a_hint() {
    let err = content_fails("tab-indent");
    // The tab is the first character of line 5; the parser reports it at the tab or just after.
    let located = [
        "content/recommendations/bad.yaml:5:1",
        "content/recommendations/bad.yaml:5:2",
    ]
    .iter()
    .find(|l| err.contains(&format!("{l}: error: ")))
    .unwrap_or_else(|| panic!("no error on line 5:\n{err}"));
    assert_error_at(&err, located, "tab");
    assert!(
        err.contains("replace the tab characters with spaces"),
        "{err}"
    );
}

#[test]
fn duplicate_key_is_rejected() {
    let err = content_fails("duplicate-key");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:5:3",
        "duplicate mapping key",
    );
    assert!(err.contains("state"), "{err}");
    assert!(
        !err.contains("DuplicateKeyPolicy"),
        "parser internals leak into the message: {err}"
    );
}

#[test]
fn empty_file_is_rejected() {
    let err = content_fails("empty-file");
    assert_error_at(
        &err,
        "content/recommendations/empty.yaml:1:1",
        "the file is empty",
    );
}

#[test]
fn unsafe_ids_are_rejected() {
    let err = content_fails("unsafe-id");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:1:7",
        "`../escape` is not safe in a URL",
    );
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:6:7",
        "`a/b` is not safe in a URL",
    );
}

#[test]
fn fluent_syntax_error_in_site_locales_is_located() {
    let err = build_fails("fluent-error");
    assert_error_at(&err, "locales/en/extra.ftl:3:8", "Fluent syntax error");
    assert!(err.contains("broken message without equals"), "{err}");
}

#[test]
fn template_error_in_theme_override_is_located() {
    let err = build_fails("template-error");
    assert_error_at(
        &err,
        "themes/default/templates/page.html:6:4",
        "template error",
    );
}

#[test]
fn all_problems_are_reported_in_one_run() {
    let err = content_fails("many-problems");
    assert_error_at(
        &err,
        "content/recommendations/a.yaml:3:10",
        "unknown state `XXX`",
    );
    assert_error_at(
        &err,
        "content/recommendations/b.yaml:5:9",
        "`2023-02-30` is not a real date",
    );
    assert!(err.contains("error: 2 error(s)"), "{err}");
}

#[test]
fn bom_and_crlf_files_are_read_like_any_other() {
    let site = Site::new("invalid/bom-crlf");
    // Guard against a checkout that normalised the fixture's bytes.
    let raw = std::fs::read(site.dir.join("content/recommendations/windows.yaml")).unwrap();
    assert!(raw.starts_with(b"\xEF\xBB\xBF") && raw.windows(2).any(|w| w == b"\r\n"));
    let c = suivi(&["check", path_arg(&site.dir)]);
    assert_exit(&c, 0);
    assert!(
        stdout(&c).starts_with("ok: 1 recommendations, 1 updates"),
        "{}",
        stdout(&c)
    );
    build_ok(&site.dir, &site.out(), &[]);
    let tree = snapshot(&site.out());
    let pages = html_pages(&tree);
    let rec = &pages["en/recommendations/svn-1.html"];
    assert!(
        rec.contains(">Saved by a Windows editor: BOM and CRLF.</p>"),
        "{rec}"
    );
    assert!(
        rec.contains("<p>An update saved with CRLF line endings.</p>"),
        "{rec}"
    );
    assert!(pages["en/pages/about.html"].contains("<p>A page saved with CRLF line endings.</p>"));
    for (path, html) in &pages {
        assert!(
            !html.contains('\u{feff}'),
            "{path} contains a byte-order mark"
        );
        assert!(!html.contains('\r'), "{path} contains a carriage return");
    }
}

/// `check` promises to "load and validate everything"; a site whose Fluent files or templates do
/// not parse must not pass it when `build` then fails.
#[test]

fn check_reports_broken_fluent_and_template_files() {
    for case in ["fluent-error", "template-error"] {
        let err = build_fails(case);
        check_agrees(case, &err);
    }
}

/// The parser already reports "at line L, column C" in its message; the header says it first.
#[test]
fn yaml_messages_do_not_repeat_the_location() {
    for case in [
        "bad-position",
        "impossible-date",
        "duplicate-key",
        "yaml-syntax",
    ] {
        let err = build_fails(case);
        let first = err.lines().next().unwrap();
        assert!(!first.contains(" at line "), "{case}: {first}");
    }
}

/// The snippet under a diagnostic on the first line of a file with a byte-order mark.
#[test]

fn snippet_on_the_first_line_of_a_bom_file_underlines_the_value() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_dir(&fixture("invalid/unsafe-id"), &site);
    let file = Path::new(&site).join("content/recommendations/bad.yaml");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(&file).unwrap());
    std::fs::write(&file, bytes).unwrap();
    let o = suivi(&["check", path_arg(&site)]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert_error_at(&err, "content/recommendations/bad.yaml:1:7", "`../escape`");
    // `"../escape"` is 11 characters wide.
    assert!(
        err.contains(&format!("{} recommendation id `../escape`", "^".repeat(11))),
        "{err}"
    );
}

#[test]
fn invalid_utf8_is_located() {
    let err = content_fails("invalid-utf8");
    assert_error_at(
        &err,
        "content/recommendations/latin1.yaml:6:16",
        "not valid UTF-8",
    );
}

#[test]
fn a_binary_file_in_content_is_refused() {
    let err = content_fails("binary-file");
    assert_error_at(&err, "content/recommendations/logo.yaml:1:1", "binary file");
}

#[test]
fn an_alias_bomb_is_rejected_without_expansion() {
    let err = content_fails("alias-bomb");
    assert_error_at(
        &err,
        "content/recommendations/bomb.yaml:8:6",
        "expected a record here",
    );
}

#[test]
fn deeply_nested_yaml_is_rejected() {
    let err = content_fails("deep-nesting");
    assert_error_at(
        &err,
        "content/recommendations/deep.yaml:2:266",
        "nested too deeply",
    );
}

#[test]
fn ids_differing_only_by_case_are_reported_with_both_places() {
    let err = content_fails("case-clash");
    assert_error_at(
        &err,
        "content/recommendations/b.yaml:1:7",
        "differs from `svn-1` only by case",
    );
    assert!(err.contains("content/recommendations/a.yaml:1:7"), "{err}");
}

#[test]
fn reserved_names_are_not_ids() {
    let err = content_fails("reserved-id");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:1:7",
        "`con` is not safe in a URL",
    );
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:7:7",
        "`index` is not safe in a URL",
    );
}

#[test]
fn a_wrong_type_is_named_in_plain_words() {
    let err = content_fails("wrong-type");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:7:14",
        "expected a whole number",
    );
}

#[test]
fn a_dangling_related_reference_is_reported() {
    let err = content_fails("dangling-related");
    assert_error_at(
        &err,
        "content/recommendations/bad.yaml:7:13",
        "unknown recommendation `svn-2`",
    );
}
