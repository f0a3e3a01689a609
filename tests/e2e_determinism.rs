//! End-to-end: the bundled example site builds to the same bytes with one thread and with eight,
//! and the search indexer is given the same text of its pages by both ways of cutting them, and
//! reads them in one scan, as its HTML parser would.

mod common;

use std::process::Command;

use common::*;

#[test]
fn example_site_builds_identically_with_1_and_8_threads() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    // Build a copy, so that edits made to the example while the test runs cannot make the two
    // builds differ.
    let site = tmp.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::copy(root.join("site.yaml"), site.join("site.yaml")).unwrap();
    for dir in ["content", "themes", "locales"] {
        if root.join(dir).is_dir() {
            copy_dir(&root.join(dir), &site.join(dir));
        }
    }
    let out1 = tmp.path().join("out-1");
    let out8 = tmp.path().join("out-8");
    let spawn = |jobs: &str, out: &std::path::Path| {
        Command::new(BIN)
            .args(["-j", jobs, "build", path_arg(&site), "-o", path_arg(out)])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    // Both builds at once: the test takes as long as the slower one.
    let one = spawn("1", &out1);
    let eight = spawn("8", &out8);
    assert_exit(&one.wait_with_output().unwrap(), 0);
    assert_exit(&eight.wait_with_output().unwrap(), 0);
    let a = snapshot(&out1);
    let b = snapshot(&out8);
    assert!(a.len() > 1000, "only {} files", a.len());
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        assert!(a.contains_key(&format!("{lang}/index.html")), "{lang}");
    }
    assert_same_tree(&a, &b);
    // What the search indexer is given of each page: the one-pass cut of the parts marked
    // `data-pagefind-ignore` reads every page of the example, and gives what lol_html gives; the
    // indexer then reads every page in one scan, and gets what its HTML parser would get.
    let mut indexed = 0;
    for (path, bytes) in a.iter().filter(|(p, _)| p.ends_with(".html")) {
        let fast = suivi::search::prepared(bytes);
        assert_eq!(fast, suivi::search::prepared_by_lol_html(bytes), "{path}");
        assert!(
            suivi::search::cut_in_one_pass(bytes),
            "{path}: cut by lol_html"
        );
        if let Some(text) = &fast {
            match suivi::search::indexer_reading(text) {
                Some(Ok(())) => {}
                Some(Err(both)) => panic!("{path}: the indexer's two readers differ:\n{both}"),
                None => panic!("{path}: read by the indexer's HTML parser, not in one scan"),
            }
        }
        indexed += usize::from(fast.is_some());
    }
    assert!(indexed > 1000, "only {indexed} pages indexed");
}
