//! The site's content files as the importer sees them: every YAML file of one content section,
//! read into ordered values, indexed by stable keys, changed in memory and written back (only the
//! files that changed, each atomically: a temporary file in the same folder, then a rename).

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use super::yaml::{self, Y};

pub struct ContentFile {
    /// Relative to the section folder, e.g. `uhri-svn.yaml`.
    pub rel: PathBuf,
    pub header: String,
    pub items: Vec<Y>,
    /// The file holds one mapping, not a list.
    pub single: bool,
    pub dirty: bool,
    /// Markdown files (front matter) are indexed but never rewritten.
    pub read_only: bool,
    pub is_new: bool,
}

pub struct Store {
    pub dir: PathBuf,
    pub files: Vec<ContentFile>,
    by_key: HashMap<String, (usize, usize)>,
    by_rel: HashMap<PathBuf, usize>,
}

/// Keys under which a record can be found: `id:`, `uhri:` and `doc:` (symbol, paragraph, state),
/// and `state:` for a ratification entry.
pub fn record_keys(item: &Y) -> Vec<String> {
    let mut keys = Vec::new();
    let s = |k: &str| item.get(k).and_then(Y::scalar_text);
    if let Some(u) = s("uhri_id") {
        keys.push(format!("uhri:{}", u.trim().to_lowercase()));
    }
    if let (Some(d), Some(p), Some(st)) = (s("document"), s("paragraph"), s("state")) {
        keys.push(doc_key(&d, &p, &st));
    }
    if let Some(id) = s("id") {
        keys.push(format!("id:{id}"));
    }
    if item.get("treaties").is_some()
        && let Some(st) = s("state")
    {
        keys.push(format!("state:{st}"));
    }
    keys
}

pub fn doc_key(document: &str, paragraph: &str, state: &str) -> String {
    format!(
        "doc:{}|{}|{}",
        document.trim(),
        paragraph.trim(),
        state.trim()
    )
}

fn safe_rel(rel: &Path) -> bool {
    rel.components().all(|c| matches!(c, Component::Normal(_)))
}

impl Store {
    /// Reads every `.yaml`/`.yml` (and `.md` front matter, read only) under `dir`. A file that
    /// cannot be read stops the import: rewriting around it could lose data.
    pub fn load(dir: &Path) -> Result<Store, String> {
        let mut store = Store {
            dir: dir.to_path_buf(),
            files: Vec::new(),
            by_key: HashMap::new(),
            by_rel: HashMap::new(),
        };
        if !dir.is_dir() {
            return Ok(store);
        }
        let mut paths = Vec::new();
        for entry in WalkDir::new(dir).follow_links(false).sort_by_file_name() {
            let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            let ext = entry
                .path()
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("");
            if matches!(ext, "yaml" | "yml" | "md") {
                paths.push(entry.path().to_path_buf());
            }
        }
        for path in paths {
            let rel = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                format!(
                    "{}: not valid UTF-8; fix it (suivi check) before importing",
                    path.display()
                )
            })?;
            let text = text.trim_start_matches('\u{feff}');
            let is_md = path.extension().is_some_and(|e| e == "md");
            let (yaml_text, header) = if is_md {
                match crate::load::split_front_matter(text) {
                    Some((fm, _, _)) => (fm.to_string(), String::new()),
                    None => continue, // a translation file without front matter
                }
            } else {
                (text.to_string(), yaml::leading_comments(text))
            };
            if yaml_text.trim().is_empty() {
                continue;
            }
            let value: Y = crate::load::parse_yaml(&yaml_text).map_err(|e| {
                format!(
                    "{}: cannot be read ({e}); fix it (suivi check) before importing",
                    path.display()
                )
            })?;
            let (items, single) = match value {
                Y::Seq(v) => (v, false),
                m @ Y::Map(_) => (vec![m], true),
                _ => continue,
            };
            let fi = store.files.len();
            for (ii, item) in items.iter().enumerate() {
                for k in record_keys(item) {
                    store.by_key.entry(k).or_insert((fi, ii));
                }
            }
            store.by_rel.insert(rel.clone(), fi);
            store.files.push(ContentFile {
                rel,
                header,
                items,
                single,
                dirty: false,
                read_only: is_md,
                is_new: false,
            });
        }
        Ok(store)
    }

    pub fn find(&self, keys: &[String]) -> Option<(usize, usize)> {
        keys.iter().find_map(|k| self.by_key.get(k).copied())
    }

    pub fn has_key(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    pub fn item(&self, at: (usize, usize)) -> &Y {
        &self.files[at.0].items[at.1]
    }

    pub fn replace(&mut self, at: (usize, usize), item: Y) {
        for k in record_keys(&item) {
            self.by_key.entry(k).or_insert(at);
        }
        self.files[at.0].items[at.1] = item;
        self.files[at.0].dirty = true;
    }

    /// Appends a new record to `rel` (created if needed, with `header`).
    pub fn add(&mut self, rel: &Path, header: &str, item: Y) -> Result<(usize, usize), String> {
        if !safe_rel(rel) {
            return Err(format!(
                "refusing to write outside the content folder: {}",
                rel.display()
            ));
        }
        let fi = match self.by_rel.get(rel) {
            Some(&fi) => fi,
            None => {
                let fi = self.files.len();
                self.files.push(ContentFile {
                    rel: rel.to_path_buf(),
                    header: header.to_string(),
                    items: Vec::new(),
                    single: false,
                    dirty: true,
                    read_only: false,
                    is_new: true,
                });
                self.by_rel.insert(rel.to_path_buf(), fi);
                fi
            }
        };
        let file = &mut self.files[fi];
        if file.read_only || file.single {
            return Err(format!(
                "{} holds a single record; new records cannot be added to it",
                rel.display()
            ));
        }
        let ii = file.items.len();
        for k in record_keys(&item) {
            self.by_key.entry(k).or_insert((fi, ii));
        }
        file.items.push(item);
        file.dirty = true;
        Ok((fi, ii))
    }

    /// Writes the changed files. Returns their paths.
    pub fn write(&mut self) -> Result<Vec<PathBuf>, String> {
        let mut written = Vec::new();
        for file in self.files.iter_mut().filter(|f| f.dirty && !f.read_only) {
            let path = self.dir.join(&file.rel);
            let body = if file.single {
                yaml::emit(&file.items[0])
            } else {
                yaml::emit(&Y::Seq(file.items.clone()))
            };
            let text = format!("{}{}", file.header, body);
            write_atomic(&path, text.as_bytes())?;
            file.dirty = false;
            file.is_new = false;
            written.push(path);
        }
        Ok(written)
    }

    pub fn dirty_files(&self) -> Vec<&ContentFile> {
        self.files
            .iter()
            .filter(|f| f.dirty && !f.read_only)
            .collect()
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so that a
/// reader never sees half a file and an interrupted import leaves the old file in place.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.suivi-import-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("{}: {e}", path.display()));
    }
    Ok(())
}
