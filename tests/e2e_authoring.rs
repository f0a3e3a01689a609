//! The authoring commands through the real binary: `suivi new`, the translators' to-do list of
//! `suivi check --translations`, shell completions and the manual page.

mod common;

use std::path::Path;
use std::process::Command;

use common::BIN;

fn run(args: &[&str]) -> (bool, String, String) {
    let o = Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stdout).to_string(),
        String::from_utf8_lossy(&o.stderr).to_string(),
    )
}

fn new_site() -> (tempfile::TempDir, String) {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("s");
    let (ok, _, err) = run(&["init", site.to_str().unwrap()]);
    assert!(ok, "{err}");
    let s = site.to_str().unwrap().to_string();
    (tmp, s)
}

#[test]
fn new_writes_files_that_pass_check() {
    let (_tmp, site) = new_site();
    let (ok, out, err) = run(&["new", "recommendation", &site, "--state", "SVN"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("content/recommendations/svn-upr-1.yaml"),
        "{out}"
    );
    let (ok, out, _) = run(&["new", "recommendation", &site]);
    assert!(ok);
    assert!(out.contains("svn-upr-2.yaml"), "{out}");
    let (ok, out, err) = run(&[
        "new",
        "update",
        "svn-upr3-121-29",
        &site,
        "--assessor",
        "civil_society",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("content/updates/"), "{out}");
    let (ok, out, err) = run(&["new", "page", &site, "--slug", "contact"]);
    assert!(ok, "{err}");
    assert!(out.contains("contact.en.md"), "{out}");
    let (ok, out, err) = run(&["check", &site]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("2 updates"), "{out}");
    assert!(out.contains("2 pages"), "{out}");
    // Mistakes are explained.
    let (ok, _, err) = run(&["new", "update", "no-such-rec", &site]);
    assert!(!ok);
    assert!(err.contains("no recommendation `no-such-rec`"), "{err}");
    let (ok, _, err) = run(&["new", "page", &site, "--slug", "Bad Name"]);
    assert!(!ok);
    assert!(err.contains("not a valid page name"), "{err}");
    // Nothing was overwritten.
    let (ok, _, _) = run(&["new", "page", &site, "--slug", "contact"]);
    assert!(!ok);
}

#[test]
fn translations_todo_lists_files_and_lines() {
    let (_tmp, site) = new_site();
    let dir = Path::new(&site);
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::write(
        dir.join("locales/en/extra.ftl"),
        "# Site messages\nsite-motto = Rights for all\n",
    )
    .unwrap();
    let (ok, out, err) = run(&["check", &site, "--translations", "--lang", "fr"]);
    assert!(ok, "{err}");
    assert!(out.contains("To translate into fr ("), "{out}");
    assert!(
        out.contains(
            "locales/fr/extra.ftl: UI message `site-motto` (in locales/en/extra.ftl:2: Rights for all)"
        ),
        "{out}"
    );
    assert!(
        out.contains("content/recommendations/sample.yaml:")
            && out.contains("recommendation `svn-upr3-121-29`: no `fr` text"),
        "{out}"
    );
    assert!(
        out.contains("content/updates/example-update.fr.md: update `example-update`"),
        "{out}"
    );
    assert!(!out.contains("To translate into es"), "{out}");
    let (ok, out, _) = run(&["check", &site, "--translations"]);
    assert!(ok);
    for lang in ["fr", "es", "ar", "ru", "zh"] {
        assert!(
            out.contains(&format!("To translate into {lang} (")),
            "{out}"
        );
    }
    assert!(out.contains("To translate into en (0 item(s))"), "{out}");
    let (ok, _, err) = run(&["check", &site, "--translations", "--lang", "xx"]);
    assert!(!ok);
    assert!(err.contains("`xx`"), "{err}");
}

#[test]
fn completions_and_manual_page_come_from_the_cli() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (ok, out, err) = run(&["completions", shell]);
        assert!(ok, "{shell}: {err}");
        assert!(out.contains("serve"), "{shell}");
        assert!(out.contains("recommendation"), "{shell}");
    }
    let (ok, out, _) = run(&["man"]);
    assert!(ok);
    assert!(out.contains(".TH suivi 1"));
    assert!(out.contains("serve"));
    let (ok, _, _) = run(&["completions", "tcsh"]);
    assert!(!ok);
}

#[test]
fn quiet_build_prints_nothing() {
    let (tmp, site) = new_site();
    let out_dir = tmp.path().join("out");
    let o = Command::new(BIN)
        .args(["--quiet", "build", &site, "-o", out_dir.to_str().unwrap()])
        .env("CI", "true")
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(o.stdout.is_empty() && o.stderr.is_empty(), "{o:?}");
    let o = Command::new(BIN)
        .args(["--verbose", "build", &site, "-o", out_dir.to_str().unwrap()])
        .env("CI", "true")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("render, export and write:"), "{err}");
    // Not a terminal and CI: no progress bar drawing characters.
    assert!(!err.contains('\r') && !err.contains("\u{1b}["), "{err}");
}
