//! Hostile and broken input: files that are not text, too big, or built to exhaust the parser;
//! links out of the site; markup injected through content fields; a build killed while it writes.
//! Sites are generated in temporary folders, so the 50 MB file never lands in the repository.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

const SITE_YAML: &str = "title: \"Robust\"\nlanguages: [en, ar]\n";

const GOOD_RECORD: &str = "- id: svn-1\n  mechanism: upr\n  state: SVN\n  document: A/HRC/59/15\n  paragraph: \"140.1\"\n  text: \"Ratify the Optional Protocol.\"\n";

fn new_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    write(&site.join("site.yaml"), SITE_YAML.as_bytes());
    write(
        &site.join("content/recommendations/good.yaml"),
        GOOD_RECORD.as_bytes(),
    );
    (tmp, site)
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Runs `suivi` with a deadline: none of these inputs may hang it.
fn suivi_within(args: &[&str], limit: Duration) -> std::process::Output {
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("suivi {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn files_that_are_not_text_or_too_big_are_reported_by_name() {
    let (_tmp, site) = new_site();
    let dir = site.join("content/recommendations");
    write(&dir.join("latin1.yaml"), b"- id: a\n  text: \"caf\xe9\"\n");
    write(
        &dir.join("binary.yaml"),
        &[0x89, b'P', b'N', b'G', 0, 0, 1, 2, 3],
    );
    let mut big = b"- id: big\n  text: \"".to_vec();
    big.resize(50 * 1024 * 1024, b'x');
    big.extend_from_slice(b"\"\n");
    write(&dir.join("huge.yaml"), &big);
    let o = suivi_within(&["check", path_arg(&site)], Duration::from_secs(30));
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains("content/recommendations/latin1.yaml:2:"),
        "{err}"
    );
    assert!(err.contains("not valid UTF-8"), "{err}");
    assert!(
        err.contains("content/recommendations/binary.yaml:1:1: error: this is a binary file"),
        "{err}"
    );
    assert!(
        err.contains("content/recommendations/huge.yaml:1:1: error: the file is 50 MB"),
        "{err}"
    );
    assert!(err.contains("error: 3 error(s)"), "{err}");
}

#[test]
fn alias_bombs_and_deep_nesting_stop_quickly() {
    let (_tmp, site) = new_site();
    let mut bomb = String::from(
        "- id: a\n  mechanism: upr\n  state: SVN\n  document: X\n  text: hi\n  themes: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n",
    );
    let mut prev = 'a';
    for name in "bcdefghijk".chars() {
        bomb.push_str(&format!(
            "- &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(",")
        ));
        prev = name;
    }
    bomb.push_str(
        "- id: b\n  mechanism: upr\n  state: SVN\n  document: X\n  text: *k\n  themes: *k\n",
    );
    write(
        &site.join("content/recommendations/bomb.yaml"),
        bomb.as_bytes(),
    );
    let deep = format!(
        "- id: deep\n  themes: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    write(
        &site.join("content/recommendations/deep.yaml"),
        deep.as_bytes(),
    );
    let o = suivi_within(&["check", path_arg(&site)], Duration::from_secs(20));
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(err.contains("content/recommendations/bomb.yaml:"), "{err}");
    assert!(err.contains("content/recommendations/deep.yaml:"), "{err}");
}

#[test]
fn ids_that_differ_only_by_case_cannot_clash() {
    let (_tmp, site) = new_site();
    write(
        &site.join("content/recommendations/upper.yaml"),
        GOOD_RECORD.replace("id: svn-1", "id: SVN-1").as_bytes(),
    );
    let o = suivi(&["check", path_arg(&site)]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(err.contains("content/recommendations/upper.yaml:1:7: error: recommendation id `SVN-1` is not safe in a URL"), "{err}");
}

#[cfg(unix)]
#[test]
fn links_are_never_followed_out_of_the_site() {
    use std::os::unix::fs::symlink;
    let (tmp, site) = new_site();
    let secret = tmp.path().join("secret.md");
    write(
        &secret,
        b"---\ntitle: Secret\n---\nTOP-SECRET-OUTSIDE-THE-SITE\n",
    );
    symlink(&secret, site.join("content/pages/secret.en.md")).unwrap_or_else(|_| {
        std::fs::create_dir_all(site.join("content/pages")).unwrap();
        symlink(&secret, site.join("content/pages/secret.en.md")).unwrap();
    });
    // A loop: content/recommendations/loop/up → content/recommendations.
    std::fs::create_dir_all(site.join("content/recommendations/loop")).unwrap();
    symlink("..", site.join("content/recommendations/loop/up")).unwrap();
    let out = tmp.path().join("out");
    let o = suivi_within(
        &["build", path_arg(&site), "-o", path_arg(&out)],
        Duration::from_secs(60),
    );
    assert_exit(&o, 0);
    let err = stderr(&o);
    assert!(
        err.contains("content/pages/secret.en.md:1:1: warning: symbolic link skipped"),
        "{err}"
    );
    assert!(
        err.contains("content/recommendations/loop/up:1:1: warning: symbolic link skipped"),
        "{err}"
    );
    for (path, bytes) in snapshot(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("TOP-SECRET"),
            "{path} holds the linked file"
        );
    }

    // Templates and Fluent files that are links are refused, and so is a theme outside themes/.
    let theme = site.join("themes/default/templates");
    std::fs::create_dir_all(&theme).unwrap();
    symlink(&secret, theme.join("page.html")).unwrap();
    let o = suivi(&["check", path_arg(&site)]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("themes/default/templates/page.html:1:1: error: symbolic link refused"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_file(theme.join("page.html")).unwrap();

    // A linked folder (or site.yaml) is refused, not followed: walkdir and read_dir follow the
    // folder they are given, so `content`, `locales/<lang>` and the theme's folders are checked
    // themselves; site.yaml's parse errors would quote the file it points to.
    let outside = tmp.path().join("outside");
    std::fs::create_dir_all(outside.join("pages")).unwrap();
    std::fs::copy(&secret, outside.join("pages/secret.en.md")).unwrap();
    for (linked, target) in [
        ("content", &outside),
        ("locales", &outside),
        ("themes/default/templates", &outside),
        ("themes/default/static", &outside),
        ("site.yaml", &secret),
    ] {
        let path = site.join(linked);
        let moved = tmp.path().join("moved");
        if path.exists() {
            std::fs::rename(&path, &moved).unwrap();
        }
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        symlink(target, &path).unwrap();
        let o = suivi(&["build", path_arg(&site), "-o", path_arg(&out)]);
        assert_exit(&o, 1);
        let err = stderr(&o);
        let expected = format!("{linked}:1:1: error: symbolic link refused");
        assert_eq!(err.matches(&expected).count(), 1, "{linked}: {err}");
        assert!(!err.contains("TOP-SECRET"), "{linked}: {err}");
        std::fs::remove_file(&path).unwrap();
        if moved.exists() {
            std::fs::rename(&moved, &path).unwrap();
        }
    }
    // A link inside the theme's static folder is refused too.
    let static_dir = site.join("themes/default/static");
    std::fs::create_dir_all(&static_dir).unwrap();
    symlink(&secret, static_dir.join("secret.txt")).unwrap();
    let o = suivi(&["build", path_arg(&site), "-o", path_arg(&out)]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("themes/default/static/secret.txt:1:1: error: symbolic link refused"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_file(static_dir.join("secret.txt")).unwrap();
    for (path, bytes) in snapshot(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("TOP-SECRET"),
            "{path} holds a linked file"
        );
    }
    let o = suivi(&["build", path_arg(&site), "-o", path_arg(&out)]);
    assert_exit(&o, 0);

    write(
        &site.join("site.yaml"),
        format!("{SITE_YAML}theme: \"../../..\"\n").as_bytes(),
    );
    let o = suivi(&["check", path_arg(&site)]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("theme `../../..` is not a plain folder name"),
        "{}",
        stderr(&o)
    );
}

/// A list item is rendered once and shared by pages at every depth, its links marked with
/// U+E00F where each page puts its own way back to the root. A text may hold that character
/// (private use, as copied from some PDFs): it is shown as it is, on every list.
#[test]
fn a_text_with_the_root_mark_character_is_shown_as_it_is() {
    let (tmp, site) = new_site();
    let text = "Mark \u{E00F} here, \u{E00F}en/ and =\u{E00F}\"\u{E00F}'\u{E00F}";
    let yaml = format!(
        "- id: mark\n  mechanism: upr\n  state: SVN\n  document: 'A/HRC/\u{E00F}1'\n  text: '{}'\n",
        text.replace('\'', "''")
    );
    write(
        &site.join("content/recommendations/mark.yaml"),
        yaml.as_bytes(),
    );
    let out = tmp.path().join("out");
    build_ok(&site, &out, &[]);
    let pages = html_pages(&snapshot(&out));
    let escaped = text.replace('"', "&quot;").replace('\'', "&#39;");
    let lists: Vec<&String> = pages
        .iter()
        .filter(|(_, html)| html.contains("rec-item") && html.contains("A/HRC/"))
        .map(|(path, _)| path)
        .collect();
    assert!(lists.len() >= 3, "lists that show the record: {lists:?}");
    for path in lists {
        let html = &pages[path];
        assert!(html.contains(&escaped), "{path}: the text changed");
        assert!(
            html.contains("A/HRC/\u{E00F}1"),
            "{path}: the symbol changed"
        );
        assert!(html.contains("href=\"../"), "{path}: no link to the root");
    }
}

#[test]
fn markup_in_content_fields_never_reaches_the_page_as_markup() {
    let (tmp, site) = new_site();
    write(
        &site.join("content/recommendations/evil.yaml"),
        br#"- id: evil
  mechanism: upr
  state: SVN
  document: "A/HRC/<script>alert(1)</script>"
  paragraph: "1\"><img src=x onerror=alert(1)>"
  text:
    en: "<script>alert('text')</script><iframe src=//evil.example></iframe>"
    ar: "<svg onload=alert(1)><style>body{background:url(javascript:alert(1))}</style>"
  responsible: ["<b onmouseover=alert(1)>Ministry</b>"]
  source: {url: "javascript:alert(1)", title: "<a href=javascript:alert(1)>x</a>"}
"#,
    );
    write(
        &site.join("content/updates/evil.md"),
        b"---\nrecommendations: [evil]\ndate: 2025-01-01\nassessor: nhri\nstatus: planned\nassessor_name: \"<script>alert(2)</script>\"\nevidence:\n  - {title: \"<img src=x onerror=alert(3)>\", url: \"JaVaScRiPt:alert(4)\"}\n---\n<script>alert(5)</script>\n<a href=\"javascript:alert(6)\">x</a> <span style=\"background:url(javascript:alert(7))\">y</span>\n",
    );
    write(
        &site.join("content/pages/evil.en.md"),
        b"---\ntitle: \"</title><script>alert(8)</script>\"\n---\n<svg><script>alert(9)</script></svg>\n",
    );
    let out = tmp.path().join("out");
    build_ok(&site, &out, &[]);
    let mut seen = 0;
    for (path, html) in html_pages(&snapshot(&out)) {
        // Escaped text (`&lt;script&gt;`) is harmless; what matters is the real tags.
        for tag in html
            .split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap_or("").to_lowercase())
        {
            let name = tag
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("");
            // The theme's own: its charts (`<svg class="chart-svg" … aria-hidden="true">`) and
            // its same-origin scripts (`<script src="…/x.js" defer>`); content can add neither.
            let theme_svg = name == "svg"
                && tag.starts_with("svg class=\"chart-svg\" viewbox=\"0 0 ")
                && tag.contains("aria-hidden=\"true\"");
            let theme_script = name == "script" && {
                let src = tag
                    .strip_prefix("script src=\"")
                    .and_then(|r| r.strip_suffix("\" defer"))
                    .unwrap_or("");
                !src.is_empty()
                    && src.ends_with(".js")
                    && !src.contains(':')
                    && !src.starts_with("//")
                    && !src.contains(['"', '<', ' '])
            };
            assert!(
                theme_svg
                    || theme_script
                    || !["script", "iframe", "svg", "style", "img", "object", "embed"]
                        .contains(&name),
                "{path}: <{tag}>"
            );
            assert!(!tag.contains("javascript:"), "{path}: <{tag}>");
            let has_handler = tag
                .split_whitespace()
                .any(|attr| attr.starts_with("on") && attr.contains('='));
            assert!(!has_handler, "{path}: <{tag}>");
            assert!(!tag.contains("style="), "{path}: <{tag}>");
        }
        if html.contains("&lt;script&gt;") {
            seen += 1;
        }
    }
    assert!(seen > 0, "the injected text should appear, escaped");
}

/// Kills builds at increasing moments; after each, the output is either the previous site or the
/// new one, whole, never a mix, and the next build cleans up and succeeds.
#[test]
fn a_build_killed_at_any_moment_leaves_a_whole_site() {
    let (tmp, site) = new_site();
    // Enough pages that writing takes a while.
    let mut many = String::new();
    for i in 0..1500 {
        many.push_str(
            &GOOD_RECORD
                .replace("id: svn-1", &format!("id: svn-many-{i}"))
                .replace("140.1", &format!("150.{i}")),
        );
    }
    write(
        &site.join("content/recommendations/many.yaml"),
        many.as_bytes(),
    );
    let out = tmp.path().join("out");
    build_ok(&site, &out, &[]);
    let before = snapshot(&out);
    write(
        &site.join("content/recommendations/good.yaml"),
        GOOD_RECORD.replace("Ratify", "Please ratify").as_bytes(),
    );
    let reference = tmp.path().join("reference");
    build_ok(&site, &reference, &[]);
    let after = snapshot(&reference);
    assert_ne!(before, after);

    for delay_ms in [0u64, 10, 30, 60, 100, 150, 250, 400, 700, 1000] {
        let mut child = Command::new(BIN)
            .args(["build", path_arg(&site), "-o", path_arg(&out)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot(&out);
        assert!(
            now == before || now == after,
            "after a kill at {delay_ms} ms the output is neither the old nor the new site"
        );
    }
    build_ok(&site, &out, &[]);
    assert_same_tree(&snapshot(&out), &after);
    let names = entries(tmp.path());
    assert_eq!(
        names,
        ["out", "reference", "site"],
        "debris left beside the output"
    );
}
