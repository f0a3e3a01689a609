//! End-to-end: the command line (`check`, `init`, usage errors) and the output folder's safety:
//! a failed build leaves the previous site untouched, and suivi never replaces the site itself, a
//! folder that contains it, or a folder it did not write.

mod common;

use std::path::Path;

use common::*;

/// Entries beside `out` that a build left behind (staging or old copies).
fn debris(parent: &Path) -> Vec<String> {
    entries(parent)
        .into_iter()
        .filter(|n| n.contains(".suivi-"))
        .collect()
}

fn assert_no_debris(parent: &Path) {
    let left = debris(parent);
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn check_writes_nothing_and_succeeds_on_a_valid_site() {
    let site = Site::new("i18n");
    let before = snapshot(site.tmp.path());
    let o = suivi(&["check", path_arg(&site.dir)]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "ok: 4 recommendations, 1 updates, 1 states with ratification data, 1 reservations"
        ),
        "{out}"
    );
    assert_same_tree(&before, &snapshot(site.tmp.path()));
    assert_eq!(entries(site.tmp.path()), ["site"]);
}

#[test]
fn check_runs_in_the_current_folder_by_default() {
    let site = Site::new("i18n");
    let o = std::process::Command::new(BIN)
        .arg("check")
        .current_dir(&site.dir)
        .output()
        .unwrap();
    assert_exit(&o, 0);
    assert!(!site.dir.join("public").exists());
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["build", "--no-such-flag"][..],
        &["check", "--no-such-flag"],
        &["frobnicate"],
        &[],
        &["init"],
        &["-j", "0", "check"],
        &["-j", "many", "check"],
    ] {
        let o = suivi(args);
        assert_exit(&o, 2);
        assert!(!stderr(&o).is_empty(), "{args:?}: no message");
    }
}

#[test]
fn init_creates_a_site_that_builds_in_all_six_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new-site");
    let o = suivi(&["init", path_arg(&dir)]);
    assert_exit(&o, 0);
    assert!(dir.join("site.yaml").is_file());
    let c = suivi(&["check", path_arg(&dir)]);
    assert_exit(&c, 0);
    let b = suivi(&["build", path_arg(&dir)]);
    assert_exit(&b, 0);
    let out = dir.join("public");
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        for page in [
            "index.html",
            "recommendations/index.html",
            "recommendations/svn-upr3-121-29.html",
            "states/svn.html",
            "treaties/iccpr.html",
            "ratifications.html",
            "pages/about.html",
        ] {
            let path = out.join(lang).join(page);
            assert!(path.is_file(), "{} is missing", path.display());
        }
    }
    assert!(out.join("index.html").is_file());
    assert!(out.join("static").is_dir());
    // A second build replaces the first one, which suivi wrote.
    let again = suivi(&["build", path_arg(&dir)]);
    assert_exit(&again, 0);
    assert_no_debris(&dir);
}

#[test]
fn init_refuses_an_existing_site() {
    let site = Site::new("i18n");
    let before = snapshot(&site.dir);
    let o = suivi(&["init", path_arg(&site.dir)]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("already holds a site"),
        "{}",
        stderr(&o)
    );
    assert_same_tree(&before, &snapshot(&site.dir));
}

#[test]
fn failed_build_leaves_the_previous_output_untouched() {
    let site = Site::new("i18n");
    let out = site.out();
    build_ok(&site.dir, &out, &[]);
    let before = snapshot(&out);
    assert!(before.contains_key("en/recommendations/svn-upr4-1.html"));

    // A content error: stopped by the checks.
    let file = site.dir.join("content/recommendations/svn.yaml");
    let good = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, good.replace("state: SVN", "state: XXX")).unwrap();
    let o = suivi(&["build", path_arg(&site.dir), "-o", path_arg(&out)]);
    assert_exit(&o, 1);
    assert!(stderr(&o).contains("unknown state `XXX`"), "{}", stderr(&o));
    assert_same_tree(&before, &snapshot(&out));
    assert_no_debris(site.tmp.path());
    std::fs::write(&file, good).unwrap();

    // A template that parses but fails while rendering: stopped after the checks.
    let templates = site.dir.join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("page.html"),
        "{% extends \"base.html\" %}{% block content %}{{ no_such_variable.field }}{% endblock content %}",
    )
    .unwrap();
    let o = suivi(&["build", path_arg(&site.dir), "-o", path_arg(&out)]);
    assert_exit(&o, 1);
    assert!(stderr(&o).contains("page.html"), "{}", stderr(&o));
    assert_same_tree(&before, &snapshot(&out));
    assert_no_debris(site.tmp.path());
    std::fs::remove_dir_all(site.dir.join("themes")).unwrap();

    // A write that fails while pages are being written (on the writer thread): files over
    // 2 KB are refused with EFBIG (the signal it would raise is ignored, so the write fails).
    // A new title changes every page, so none is hard-linked from the previous output.
    #[cfg(unix)]
    {
        let config = site.dir.join("site.yaml");
        let good = std::fs::read_to_string(&config).unwrap();
        std::fs::write(
            &config,
            good.replace("Recommendations tracker", "Another tracker"),
        )
        .unwrap();
        let o = std::process::Command::new("sh")
            .args([
                "-c",
                "trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\"",
                BIN,
                "build",
                path_arg(&site.dir),
                "-o",
                path_arg(&out),
            ])
            .output()
            .unwrap();
        assert_exit(&o, 1);
        assert!(stderr(&o).contains("too large"), "{}", stderr(&o));
        assert_same_tree(&before, &snapshot(&out));
        assert_no_debris(site.tmp.path());
        std::fs::write(&config, good).unwrap();
    }

    // Fixed again: the build replaces the output and leaves nothing beside it.
    build_ok(&site.dir, &out, &[]);
    assert_same_tree(&before, &snapshot(&out));
    assert_eq!(entries(site.tmp.path()), ["out", "site"]);
}

#[test]
fn output_may_not_be_the_site_or_contain_it() {
    let site = Site::new("i18n");
    let before = snapshot(site.tmp.path());
    let parent = site.tmp.path().to_path_buf();
    let relative_to_site = site.dir.join("content").join("..");
    for out in [&site.dir, &parent, &relative_to_site] {
        let o = suivi(&["build", path_arg(&site.dir), "-o", path_arg(out)]);
        assert_exit(&o, 1);
        assert!(
            stderr(&o).contains("is the site folder or contains it"),
            "{}",
            stderr(&o)
        );
        // Not even --force overrides this.
        let o = suivi(&["build", path_arg(&site.dir), "-o", path_arg(out), "--force"]);
        assert_exit(&o, 1);
        assert_same_tree(&before, &snapshot(site.tmp.path()));
    }
    // Nor a folder inside the sources.
    let inside = site.dir.join("content").join("out");
    let o = suivi(&[
        "build",
        path_arg(&site.dir),
        "-o",
        path_arg(&inside),
        "--force",
    ]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("inside the site's `content`"),
        "{}",
        stderr(&o)
    );
    assert_same_tree(&before, &snapshot(site.tmp.path()));
}

#[test]
fn output_refuses_a_foreign_folder_unless_forced() {
    let site = Site::new("i18n");
    let out = site.out();
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("precious.txt"), "not suivi's").unwrap();
    let o = suivi(&["build", path_arg(&site.dir), "-o", path_arg(&out)]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains("was not written by suivi") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(entries(&out), ["precious.txt"]);
    assert_eq!(
        std::fs::read_to_string(out.join("precious.txt")).unwrap(),
        "not suivi's"
    );
    assert_no_debris(site.tmp.path());

    build_ok(&site.dir, &out, &["--force"]);
    assert!(out.join("en/index.html").is_file());
    assert!(!out.join("precious.txt").exists());
    assert_eq!(entries(site.tmp.path()), ["out", "site"]);
}

#[test]
fn output_may_be_an_existing_empty_folder() {
    let site = Site::new("i18n");
    let out = site.out();
    std::fs::create_dir_all(&out).unwrap();
    build_ok(&site.dir, &out, &[]);
    assert!(out.join("index.html").is_file());
}

#[cfg(unix)]
#[test]
fn output_through_a_symbolic_link_may_not_reach_the_site() {
    let site = Site::new("i18n");
    let link = site.tmp.path().join("link-to-site");
    let content_link = site.tmp.path().join("link-to-content");
    std::os::unix::fs::symlink(&site.dir, &link).unwrap();
    std::os::unix::fs::symlink(site.dir.join("content"), &content_link).unwrap();
    let before = snapshot(&site.dir);
    for out in [link.clone(), content_link.clone(), content_link.join("out")] {
        let o = suivi(&[
            "build",
            path_arg(&site.dir),
            "-o",
            path_arg(&out),
            "--force",
        ]);
        assert_exit(&o, 1);
        assert_same_tree(&before, &snapshot(&site.dir));
    }
    assert_no_debris(site.tmp.path());
}

/// A file where the output folder should be is not suivi's: it is refused like a foreign folder,
/// and `--force` replaces it without leaving it beside the output.
#[test]

fn output_refuses_an_existing_file_unless_forced() {
    let site = Site::new("i18n");
    let out = site.out();
    std::fs::write(&out, "a file, not a folder").unwrap();
    let o = suivi(&["build", path_arg(&site.dir), "-o", path_arg(&out)]);
    assert_exit(&o, 1);
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "a file, not a folder"
    );
    assert_no_debris(site.tmp.path());

    build_ok(&site.dir, &out, &["--force"]);
    assert!(out.join("index.html").is_file());
    assert_eq!(entries(site.tmp.path()), ["out", "site"]);
}

#[test]
fn check_translations_reports_gaps_and_strict_fails_on_missing_ui_messages() {
    let site = Site::new("i18n");
    let o = suivi(&["check", path_arg(&site.dir), "--translations", "--strict"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(
        out.contains("ar: ") && out.contains("none missing"),
        "{out}"
    );
    assert!(out.contains("recommendations"), "{out}");
    // A message the site adds in English only is missing in the three other languages.
    std::fs::create_dir_all(site.dir.join("locales/en")).unwrap();
    std::fs::write(
        site.dir.join("locales/en/extra.ftl"),
        "site-motto = Follow-up matters\n",
    )
    .unwrap();
    let o = suivi(&["check", path_arg(&site.dir), "--translations"]);
    assert_exit(&o, 0);
    assert!(
        stdout(&o).contains("ar: ") && stdout(&o).contains("missing: site-motto"),
        "{}",
        stdout(&o)
    );
    let o = suivi(&["check", path_arg(&site.dir), "--translations", "--strict"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("UI message(s) missing"),
        "{}",
        stderr(&o)
    );
    // --strict without --translations is a usage error.
    assert_exit(&suivi(&["check", path_arg(&site.dir), "--strict"]), 2);
}
