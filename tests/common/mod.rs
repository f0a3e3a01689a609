//! Helpers shared by the end-to-end tests: copy a fixture site into a temporary folder, run the
//! real `suivi` binary on it, and read what it wrote. Nothing here writes into the repository.
#![allow(dead_code)] // each test file uses a different subset

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_suivi");

/// `tests/sites/<name>` in the repository.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("sites")
        .join(name)
}

/// Copies a folder recursively (files and folders only; fixtures hold no links).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A fixture copied into its own temporary folder, as `<tmp>/site`.
pub struct Site {
    pub tmp: tempfile::TempDir,
    pub dir: PathBuf,
}

impl Site {
    pub fn new(name: &str) -> Site {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        copy_dir(&fixture(name), &dir);
        Site { tmp, dir }
    }

    /// `<tmp>/out`: an output folder beside the site, not yet created.
    pub fn out(&self) -> PathBuf {
        self.tmp.path().join("out")
    }
}

/// Runs `suivi` with `args`.
pub fn suivi(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the suivi binary runs")
}

pub fn path_arg(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Asserts the exit code, showing both streams when it is not the expected one.
pub fn assert_exit(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "expected exit {code}\n--- stdout\n{}\n--- stderr\n{}",
        stdout(o),
        stderr(o)
    );
}

/// Builds `site` into `out` and asserts success.
pub fn build_ok(site: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build", path_arg(site), "-o", path_arg(out)];
    args.extend_from_slice(extra);
    let o = suivi(&args);
    assert_exit(&o, 0);
    o
}

/// Every file under `root`, as (path relative to `root` with `/` separators) → bytes.
pub fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let kind = e.file_type().unwrap();
            if kind.is_dir() {
                walk(root, &e.path(), files);
            } else {
                let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                files.insert(rel, std::fs::read(e.path()).unwrap());
            }
        }
    }
    walk(root, root, &mut files);
    files
}

/// Asserts two snapshots are equal, naming the first difference rather than dumping bytes.
pub fn assert_same_tree(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) {
    let only_a: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    assert!(
        only_a.is_empty() && only_b.is_empty(),
        "the trees hold different files: only in the first {only_a:?}, only in the second {only_b:?}"
    );
    for (path, bytes) in a {
        assert!(bytes == &b[path], "{path} differs between the two trees");
    }
}

/// The HTML files of a snapshot, as text.
pub fn html_pages(tree: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, String> {
    tree.iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| {
            (
                p.clone(),
                String::from_utf8(b.clone()).expect("pages are UTF-8"),
            )
        })
        .collect()
}

/// The names of the entries of `dir`.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Every start tag `<name …>` in `html`, as its full text.
pub fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        let boundary = after.chars().next();
        if matches!(boundary, Some(' ' | '>' | '\n' | '/')) {
            let end = after.find('>').expect("tags are closed");
            found.push(&rest[i..i + open.len() + end + 1]);
        }
        rest = &rest[i + open.len()..];
    }
    found
}

/// The value of attribute `name` in a start tag (values are double-quoted in suivi's output).
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let len = tag[i..].find('"')?;
    Some(&tag[i..i + len])
}

/// The text between the first `start` and the next `end` after it.
pub fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = html.find(start)?;
    let rest = &html[i..];
    let j = rest.find(end)?;
    Some(&rest[..j + end.len()])
}

/// Resolves a relative `href` found in the page at `page` (relative to the output root).
pub fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}
