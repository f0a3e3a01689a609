//! The benchmark's generator (examples/gen_site.rs, docs/performance.md) at a small N: the site
//! it writes builds, in six languages, with the recommendation texts in their own scripts, and
//! its Hugo twin holds the same recommendations. No time is asserted here.

use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_suivi");

// The generator itself, compiled into this test: `cargo test --all-targets` builds examples as
// test harnesses, so there is no `gen_site` program to run.
#[path = "../examples/gen_site.rs"]
#[allow(dead_code)]
mod gen_site;

fn generate(args: &[&str], paths: &[&std::path::Path]) -> Result<String, String> {
    let mut argv: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let mut p = paths.iter();
    for a in argv.iter_mut() {
        if a == "{}" {
            *a = p.next().unwrap().to_string_lossy().to_string();
        }
    }
    gen_site::run(argv)
}

/// The generated records' files in a folder.
fn generated(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("gen-")
        })
        .count()
}

#[test]
fn generated_site_builds_in_six_languages_and_matches_its_hugo_twin() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let hugo = tmp.path().join("hugo");
    let done = generate(
        &["--recommendations", "120", "--out", "{}", "--hugo", "{}"],
        &[&site, &hugo],
    )
    .unwrap();
    assert!(
        done.contains("wrote 120 recommendations (12 with an update)"),
        "{done}"
    );

    // The same N gives the same files.
    let again = tmp.path().join("again");
    generate(&["-n", "120", "-o", "{}"], &[&again]).unwrap();
    let read =
        |dir: &PathBuf| std::fs::read(dir.join("content/recommendations/gen-0000.yaml")).unwrap();
    assert_eq!(read(&site), read(&again));

    // It refuses to write over an existing folder.
    let err = generate(&["-n", "5", "-o", "{}"], &[&site]).unwrap_err();
    assert!(err.contains("exists"), "{err}");

    let public = tmp.path().join("public");
    let out = Command::new(BIN)
        .arg("build")
        .arg(&site)
        .arg("-o")
        .arg(&public)
        .env("CI", "true")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for lang in ["en", "fr", "es", "ar", "ru", "zh"] {
        assert_eq!(
            generated(&public.join(lang).join("recommendations")),
            120,
            "{lang}"
        );
        let md = generated(&hugo.join("content").join(lang).join("recommendations"));
        assert_eq!(md, 120, "hugo {lang}");
    }
    // The texts are in their own language and script, not English fallbacks.
    let zh = std::fs::read_to_string(public.join("zh/recommendations/gen-000000.html")).unwrap();
    assert!(zh.contains("<html lang=\"zh-Hans\" dir=\"ltr\""));
    assert!(zh.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)));
    let ar = std::fs::read_to_string(public.join("ar/recommendations/gen-000000.html")).unwrap();
    assert!(ar.contains("dir=\"rtl\""));
    // The recommendation's own text: a long run in Arabic script marked as Arabic.
    let arabic_text = ar
        .split("<span lang=\"ar\" dir=\"rtl\">")
        .skip(1)
        .any(|part| {
            let text = part.split("</p>").next().unwrap_or("");
            text.chars().count() > 60
                && text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        });
    assert!(
        arabic_text,
        "no Arabic recommendation text on the Arabic page"
    );
    assert!(public.join("pagefind/pagefind-entry.json").is_file());
}
