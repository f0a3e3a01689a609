//! Stage 6: write the site into a staging folder next to the output and swap it in at the end,
//! so a failed or killed build never leaves a half-written site. suivi deletes only folders that
//! carry its marker file, i.e. folders it wrote itself.

use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// Every folder suivi writes holds this file; suivi never deletes a folder without it.
pub const MARKER: &str = ".suivi-output";

#[derive(Debug)]
pub enum OutputError {
    /// The output folder would overlap the sources.
    Overlaps(String),
    /// The output folder holds files suivi did not write.
    Foreign(PathBuf),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputError::Overlaps(msg) => f.write_str(msg),
            OutputError::Foreign(p) => write!(
                f,
                "{} already exists and was not written by suivi; refusing to replace it (pass --force to replace it anyway)",
                p.display()
            ),
            OutputError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Refuses an output folder that is the site, contains the site, or sits inside `content/`,
/// `themes/` or `locales/`.
pub fn check_output(site: &Path, output: &Path, force: bool) -> Result<(), OutputError> {
    let site_abs = absolute(site);
    let site_abs = site_abs.canonicalize().unwrap_or(site_abs);
    let out_abs = absolute(output);
    // Resolve what exists of the output path, so that symlinks cannot hide an overlap.
    let out_real = out_abs
        .ancestors()
        .find_map(|a| {
            let rest = out_abs.strip_prefix(a).unwrap_or(Path::new(""));
            // `join("")` would add a trailing slash and make a file look like a missing folder.
            a.canonicalize().ok().map(|c| {
                if rest.as_os_str().is_empty() {
                    c
                } else {
                    c.join(rest)
                }
            })
        })
        .unwrap_or(out_abs.clone());
    if site_abs.starts_with(&out_real) {
        return Err(OutputError::Overlaps(format!(
            "the output folder {} is the site folder or contains it; choose a folder inside it, such as {}",
            output.display(),
            site.join("public").display()
        )));
    }
    for source in [
        "content",
        "themes",
        "locales",
        "site.yaml",
        "reference",
        "src",
    ] {
        if out_real.starts_with(site_abs.join(source)) {
            return Err(OutputError::Overlaps(format!(
                "the output folder {} is inside the site's `{source}`; choose another, such as {}",
                output.display(),
                site.join("public").display()
            )));
        }
    }
    if out_real.exists() {
        if !out_real.is_dir() && !force {
            return Err(OutputError::Foreign(output.to_path_buf()));
        }
        let empty = std::fs::read_dir(&out_real)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !force && !empty && !out_real.join(MARKER).is_file() {
            return Err(OutputError::Foreign(output.to_path_buf()));
        }
    }
    Ok(())
}

fn sibling(output: &Path, tag: &str) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
    output.with_file_name(format!(".{name}.suivi-{tag}-{}", std::process::id()))
}

/// Removes staging and old folders that a killed build left next to the output. Only folders
/// with suivi's marker are removed.
fn remove_debris(output: &Path) {
    let Some(parent) = output.parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        }
    }) else {
        return;
    };
    let name = output
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    let prefix = format!(".{name}.suivi-");
    if let Ok(entries) = std::fs::read_dir(parent) {
        for e in entries.flatten() {
            let fname = e.file_name().to_string_lossy().to_string();
            let is_debris = fname.starts_with(&prefix)
                && e.file_type().is_ok_and(|t| t.is_dir() && !t.is_symlink());
            if !is_debris || !e.path().join(MARKER).is_file() {
                continue;
            }
            // A build killed between moving the old output aside and moving the new one in:
            // the old output is the site, so it goes back.
            if fname.contains(".suivi-old-")
                && output.symlink_metadata().is_err()
                && std::fs::rename(e.path(), output).is_ok()
            {
                continue;
            }
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Writes `files` (path relative to the output → bytes) and swaps them in as `output`.
pub fn write_site(output: &Path, files: &[(String, Vec<u8>)]) -> Result<(), OutputError> {
    let staging = Staging::begin(output)?;
    staging.write(files)?;
    staging.commit()
}

/// A build's output being written: a staging folder next to the output, filled in batches (so
/// that a large site never has to be held in memory whole), then swapped in as the output by
/// [`Staging::commit`]. Dropped without a commit, it removes what it wrote and the previous
/// output stays as it was.
pub struct Staging {
    output: PathBuf,
    staging: PathBuf,
    /// The previous output, when suivi wrote it: unchanged files are hard-linked from it.
    previous: Option<PathBuf>,
    /// Folders already made in the staging folder.
    made: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    committed: bool,
}

impl Staging {
    /// Makes the staging folder next to `output` (removing what killed builds left there).
    pub fn begin(output: &Path) -> Result<Self, OutputError> {
        let output = absolute(output);
        if let Some(parent) = output.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| OutputError::Io(parent.to_path_buf(), e))?;
        }
        remove_debris(&output);
        let staging = sibling(&output, "staging");
        std::fs::create_dir_all(&staging).map_err(|e| OutputError::Io(staging.clone(), e))?;
        // The marker goes in first, so that debris from a build killed now is recognised later.
        let marked = std::fs::write(
            staging.join(MARKER),
            b"This folder is written by suivi; it is replaced at every build.\n",
        );
        let previous = output.join(MARKER).is_file().then(|| output.clone());
        let me = Staging {
            output,
            staging,
            previous,
            made: Default::default(),
            committed: false,
        };
        marked.map_err(|e| OutputError::Io(me.staging.clone(), e))?;
        Ok(me)
    }

    /// The previous output, when suivi wrote it (its files may be reused).
    pub fn previous(&self) -> Option<&Path> {
        self.previous.as_deref()
    }

    /// The staging folder, where the files written so far can be read back.
    pub fn path(&self) -> &Path {
        &self.staging
    }

    /// Writes a batch of files into the staging folder, in parallel.
    pub fn write(&self, files: &[(String, Vec<u8>)]) -> Result<(), OutputError> {
        self.write_with(files, true)
    }

    /// Writes a batch of files into the staging folder on the calling thread only: a build
    /// writes on a thread of its own while the next batch renders, and two threads creating
    /// files in one folder mostly wait on its lock (docs/performance.md).
    pub fn write_serial(&self, files: &[(String, Vec<u8>)]) -> Result<(), OutputError> {
        self.write_with(files, false)
    }

    fn write_with(&self, files: &[(String, Vec<u8>)], parallel: bool) -> Result<(), OutputError> {
        let mut dirs: Vec<&Path> = files
            .iter()
            .filter_map(|(p, _)| Path::new(p).parent())
            .collect();
        dirs.sort();
        dirs.dedup();
        {
            let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
            for d in dirs {
                if made.insert(d.to_path_buf()) {
                    let d = self.staging.join(d);
                    std::fs::create_dir_all(&d).map_err(|e| OutputError::Io(d, e))?;
                }
            }
        }
        // A file whose bytes are those of the same file in the previous output (one suivi
        // wrote) is hard-linked from it rather than written: a rebuild then creates almost no
        // new inodes, which on ext4 cost more than rendering once thousands of files were just
        // deleted.
        let one = |(p, bytes): &(String, Vec<u8>)| {
            let path = self.staging.join(p);
            if let Some(prev) = &self.previous {
                let old = prev.join(p);
                if same_content(&old, bytes) && std::fs::hard_link(&old, &path).is_ok() {
                    return Ok(());
                }
            }
            write_new(&path, bytes).map_err(|e| OutputError::Io(path, e))
        };
        if parallel {
            files.par_iter().try_for_each(one)
        } else {
            files.iter().try_for_each(one)
        }
    }

    /// Swaps the staging folder in as the output.
    pub fn commit(mut self) -> Result<(), OutputError> {
        self.committed = true;
        let output = &self.output;
        if output.is_dir() && !output.join(MARKER).is_file() {
            // Allowed by --force: mark it, so that it is removed like a folder suivi wrote.
            let _ = std::fs::write(output.join(MARKER), b"");
        }
        swap_in(&self.staging, output).map_err(|e| {
            let _ = std::fs::remove_dir_all(&self.staging);
            OutputError::Io(output.clone(), e)
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

/// Writes `bytes` to a new file at `path`. A file already there (the same path written twice in
/// one build) is removed first rather than written over: it may be a hard link to the previous
/// output's file, which writing through it would change, even if the build then fails.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let create = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
    };
    let mut file = match create() {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(path)?;
            create()?
        }
        file => file?,
    };
    file.write_all(bytes)
}

/// Whether `path` is a regular file (not a link) holding exactly `bytes`.
fn same_content(path: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(path)
        .is_ok_and(|m| m.file_type().is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
}

/// Puts `staging` in place of `output`. Where the system can exchange two paths in one step
/// (Linux `renameat2(RENAME_EXCHANGE)`), there is no moment without a site; elsewhere the old
/// output is moved aside first, and `remove_debris` puts it back if a build is killed in between.
fn swap_in(staging: &Path, output: &Path) -> io::Result<()> {
    if output.exists() && output.is_dir() && exchange(staging, output).is_ok() {
        // `staging` now holds the previous output.
        let _ = std::fs::remove_dir_all(staging);
        return Ok(());
    }
    let old = sibling(output, "old");
    let had_output = output.symlink_metadata().is_ok();
    if had_output {
        std::fs::rename(output, &old)?;
    }
    if let Err(e) = std::fs::rename(staging, output) {
        if had_output {
            let _ = std::fs::rename(&old, output);
        }
        return Err(e);
    }
    if had_output {
        let _ = if old.is_dir() {
            std::fs::remove_dir_all(&old)
        } else {
            std::fs::remove_file(&old)
        };
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "no atomic exchange here",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_site_and_its_parents() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("content")).unwrap();
        assert!(check_output(&site, &site, false).is_err());
        assert!(check_output(&site, dir.path(), false).is_err());
        assert!(check_output(&site, &site.join("content/out"), false).is_err());
        assert!(check_output(&site, &site.join("public"), false).is_ok());
    }

    #[test]
    fn refuses_foreign_folders_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("precious.txt"), "mine").unwrap();
        assert!(matches!(
            check_output(Path::new("/nonexistent-site"), &out, false),
            Err(OutputError::Foreign(_))
        ));
        assert!(check_output(Path::new("/nonexistent-site"), &out, true).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn unchanged_files_are_linked_from_the_previous_output() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let files = |b: &str| {
            vec![
                ("same.html".to_string(), b"unchanged".to_vec()),
                ("sub/changed.html".to_string(), b.as_bytes().to_vec()),
            ]
        };
        write_site(&out, &files("one")).unwrap();
        let ino = |p: &str| std::fs::metadata(out.join(p)).unwrap().ino();
        let (same, changed) = (ino("same.html"), ino("sub/changed.html"));
        write_site(&out, &files("two")).unwrap();
        assert_eq!(ino("same.html"), same, "an unchanged file keeps its inode");
        assert_ne!(ino("sub/changed.html"), changed);
        assert_eq!(std::fs::read(out.join("sub/changed.html")).unwrap(), b"two");
        assert_eq!(std::fs::read(out.join("same.html")).unwrap(), b"unchanged");
        // Only this output's links remain: the previous tree is gone.
        assert_eq!(std::fs::metadata(out.join("same.html")).unwrap().nlink(), 1);
        // A path written twice in one failed build: the first write links it to the previous
        // output's file, the second must not write through that link.
        let staging = Staging::begin(&out).unwrap();
        staging
            .write(&[("same.html".to_string(), b"unchanged".to_vec())])
            .unwrap();
        staging
            .write(&[("same.html".to_string(), b"changed".to_vec())])
            .unwrap();
        assert_eq!(
            std::fs::read(staging.path().join("same.html")).unwrap(),
            b"changed"
        );
        drop(staging);
        assert_eq!(std::fs::read(out.join("same.html")).unwrap(), b"unchanged");
    }

    #[test]
    fn swaps_and_cleans_debris() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let debris = dir.path().join(".public.suivi-staging-999999");
        std::fs::create_dir_all(&debris).unwrap();
        std::fs::write(debris.join(MARKER), "").unwrap();
        write_site(&out, &[("a/b.html".into(), b"1".to_vec())]).unwrap();
        write_site(&out, &[("c.html".into(), b"2".to_vec())]).unwrap();
        assert!(!out.join("a/b.html").exists());
        assert_eq!(std::fs::read(out.join("c.html")).unwrap(), b"2");
        assert!(!debris.exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }
}
