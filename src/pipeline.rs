//! The whole flow, one stage after another: config → load → check → index → plan → render →
//! write. `check` and `build` share everything up to the index.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::index::Site;
use crate::reference::Reference;
use crate::render::{BUILTIN_THEME, Renderer};

#[derive(Debug, Default, Clone)]
pub struct BuildOptions {
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub force: bool,
}

/// What a build produced, for the summary line.
#[derive(Debug)]
pub struct BuildReport {
    pub pages_per_language: Vec<(String, usize)>,
    pub files: usize,
    pub output: PathBuf,
    pub millis: u128,
}

/// Why a run failed: content problems (exit 1), with every diagnostic.
#[derive(Debug)]
pub struct Failed(pub Diagnostics);

/// Loads and checks the site. Returns the indexed site and the warnings, or every problem.
pub fn load_and_check(
    site_dir: &Path,
    base_url: Option<&str>,
) -> Result<(Site, Diagnostics), Failed> {
    load_and_check_with(site_dir, base_url, None)
}

/// [`load_and_check`], reusing what `cache` holds of files that did not change (`suivi serve`).
pub fn load_and_check_with(
    site_dir: &Path,
    base_url: Option<&str>,
    cache: Option<&mut crate::load::LoadCache>,
) -> Result<(Site, Diagnostics), Failed> {
    let mut diags = Diagnostics::default();
    let config = match Config::load(site_dir, base_url) {
        Ok(c) => c,
        Err(errors) => {
            diags.extend(errors);
            return Err(Failed(diags));
        }
    };
    let start = Instant::now();
    let reference = Reference::builtin();
    crate::progress::timing("reference data", start.elapsed());
    let start = Instant::now();
    let (content, load_diags) = match cache {
        Some(cache) => crate::load::load_cached(site_dir, &config, cache),
        None => crate::load::load(site_dir, &config),
    };
    crate::progress::timing("load", start.elapsed());
    diags.extend(load_diags);
    let start = Instant::now();
    diags.extend(crate::check::check(&content, &config, &reference));
    crate::progress::timing("check", start.elapsed());
    diags.sort();
    if diags.has_errors() {
        return Err(Failed(diags));
    }
    let start = Instant::now();
    let site = Site::new(content, config, reference);
    crate::progress::timing("index", start.elapsed());
    Ok((site, diags))
}

/// `suivi check`: the content, and also the templates and Fluent files a build would use, so that
/// a site that passes `check` builds.
pub fn check(site_dir: &Path) -> Result<(Site, Diagnostics), Failed> {
    let (site, mut diags) = load_and_check(site_dir, None)?;
    if let Err(errors) = Renderer::new(site_dir, &site) {
        diags.extend(errors);
        diags.sort();
        return Err(Failed(diags));
    }
    Ok((site, diags))
}

/// Static assets: the built-in theme's, then the site theme's files of the same name.
fn static_files(site_dir: &Path, theme: &str) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let mut files = std::collections::BTreeMap::new();
    if let Some(dir) = BUILTIN_THEME.get_dir("static") {
        for f in dir.files() {
            let name = f
                .path()
                .strip_prefix("static")
                .unwrap_or(f.path())
                .to_string_lossy()
                .to_string();
            files.insert(name, f.contents().to_vec());
        }
    }
    let own_rel = Path::new("themes").join(theme).join("static");
    if let Some(refused) = crate::load::linked_folder(site_dir, &own_rel) {
        return Err(refused);
    }
    let own = site_dir.join(&own_rel);
    if own.is_dir() {
        for entry in walkdir::WalkDir::new(&own)
            .follow_links(false)
            .follow_root_links(false)
            .sort_by_file_name()
        {
            let entry = entry.map_err(|e| Diagnostic::error(&own, 0, 0, e.to_string()))?;
            if entry.path_is_symlink() {
                let rel = entry.path().strip_prefix(site_dir).unwrap_or(entry.path());
                return Err(crate::load::symlink_refused(rel));
            }
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(&own).unwrap_or(entry.path());
                let bytes = std::fs::read(entry.path())
                    .map_err(|e| Diagnostic::error(entry.path(), 0, 0, e.to_string()))?;
                files.insert(rel.to_string_lossy().replace('\\', "/"), bytes);
            }
        }
    }
    Ok(files
        .into_iter()
        .map(|(name, bytes)| (format!("static/{name}"), bytes))
        .collect())
}

/// The colours of the site's status vocabulary, as a stylesheet: no inline style is needed, so
/// the pages keep a strict Content-Security-Policy.
fn status_css(config: &Config) -> String {
    let mut css = String::from("/* Generated from the status vocabulary in site.yaml. */\n");
    for s in &config.statuses {
        css.push_str(&format!(
            ".status-{id} {{ border-inline-start-color: {c}; }}\n.status-{id} .status-icon {{ color: {c}; }}\n.chart-bar.status-{id} {{ fill: {c}; }}\n",
            id = s.id,
            c = s.colour
        ));
    }
    css
}

/// A site's files: path relative to the output folder → bytes.
pub type Files = Vec<(String, Vec<u8>)>;

/// Every file of the built site and the number of pages per language: what `serve` holds in
/// memory (`build` streams the same files to disk with [`site_files_into`]).
pub fn site_files(
    site_dir: &Path,
    site: &Site,
    renderer: &Renderer,
    jobs: &[crate::plan::Job],
    items: &crate::render::ItemCache,
) -> Result<(Files, std::collections::HashMap<String, usize>), Vec<Diagnostic>> {
    let mut files = Files::new();
    let counts = site_files_into(site_dir, site, renderer, jobs, items, &mut |batch| {
        files.extend(batch);
        Ok(())
    })?;
    Ok((files, counts))
}

/// Jobs rendered at a time: a batch is handed to the sink (written to disk by `build`) before
/// the next is rendered, so memory holds one batch of pages, not the site.
const BATCH: usize = 2048;

/// Renders every file of the site and hands them to `sink` in batches; returns the number of
/// pages per language. The files and their bytes do not depend on the batches. `items` holds
/// the recommendations' list items, each rendered once per language and shared by every batch.
pub fn site_files_into(
    site_dir: &Path,
    site: &Site,
    renderer: &Renderer,
    jobs: &[crate::plan::Job],
    items: &crate::render::ItemCache,
    sink: &mut dyn FnMut(Files) -> Result<(), Vec<Diagnostic>>,
) -> Result<std::collections::HashMap<String, usize>, Vec<Diagnostic>> {
    // In slices, so that a progress bar can follow; the order of pages is the plan's.
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    let mut progress = crate::progress::Progress::new(Some(jobs.len() as u64), "rendering");
    let started = std::time::Instant::now();
    // Batches never span two languages, so the list items of one language only are held.
    let batches = jobs
        .chunk_by(|a, b| a.lang == b.lang)
        .flat_map(|language| language.chunks(BATCH));
    for chunk in batches {
        items.retain(&[chunk[0].lang]);
        let pages = renderer.render_all_with(site, chunk, items)?;
        for (lang, n) in crate::render::page_counts(&pages) {
            *counts.entry(lang).or_default() += n;
        }
        sink(pages)?;
        progress.inc(chunk.len() as u64);
    }
    progress.finish();
    items.retain(&[]);
    crate::progress::timing("pages", started.elapsed());
    crate::progress::template_report();
    let root = renderer.render_root(site).map_err(|d| vec![d])?;
    sink(vec![("index.html".into(), root.into_bytes())])?;
    let started = std::time::Instant::now();
    for lang in &site.config.languages {
        sink(crate::export::export_language(site, renderer, *lang))?;
    }
    crate::progress::timing("open data", started.elapsed());
    let started = std::time::Instant::now();
    let mut files = renderer.facet_indexes(site);
    let extras = renderer.render_extras(site, jobs).map_err(|d| vec![d])?;
    files.extend(extras.into_iter().map(|(p, t)| (p, t.into_bytes())));
    crate::progress::timing("filter indexes and extras", started.elapsed());
    files.extend(static_files(site_dir, &site.config.theme).map_err(|d| vec![d])?);
    files.push((
        "static/status.css".into(),
        status_css(&site.config).into_bytes(),
    ));
    sink(files)?;
    Ok(counts)
}

/// Builds the site into its output folder. Nothing is written unless everything rendered.
pub fn build(
    site_dir: &Path,
    options: &BuildOptions,
) -> Result<(BuildReport, Diagnostics), Failed> {
    let start = Instant::now();
    let (site, mut diags) = crate::progress::spin("loading and checking", || {
        load_and_check(site_dir, options.base_url.as_deref())
    })?;
    crate::progress::timing("load, check and index", start.elapsed());
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| site_dir.join("public"));
    if let Err(e) = crate::write::check_output(site_dir, &output, options.force) {
        diags.push(Diagnostic::error(&output, 0, 0, e.to_string()));
        return Err(Failed(diags));
    }
    let renderer = match Renderer::new(site_dir, &site) {
        Ok(r) => r,
        Err(errors) => {
            diags.extend(errors);
            diags.sort();
            return Err(Failed(diags));
        }
    };
    let jobs = crate::plan::plan(&site);
    let rendering = Instant::now();
    let fail = |mut diags: Diagnostics, e: crate::write::OutputError| {
        diags.push(Diagnostic::error(&output, 0, 0, e.to_string()));
        Failed(diags)
    };
    // Pages go to the staging folder batch by batch; nothing replaces the output unless every
    // batch was written (a dropped `Staging` removes itself).
    let staging = match crate::write::Staging::begin(&output) {
        Ok(s) => s,
        Err(e) => return Err(fail(diags, e)),
    };
    let mut total = 0;
    let items = crate::render::ItemCache::default();
    // A thread of its own writes each batch while the next one renders: creating files is
    // kernel time that would otherwise stop rendering, and one writer does not contend with
    // itself for the folders' locks. One batch waits at most, so memory holds three at most (one
    // being written, one waiting, one rendering).
    let rendered = std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel::<Files>(1);
        let writer = scope.spawn(|| {
            for batch in receive {
                staging.write_serial(&batch)?;
            }
            Ok(())
        });
        let rendered = site_files_into(site_dir, &site, &renderer, &jobs, &items, &mut |batch| {
            total += batch.len();
            // The writer stops at its first error; its result says which.
            send.send(batch).map_err(|_| Vec::new())
        });
        drop(send);
        let written: Result<(), crate::write::OutputError> = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        match (rendered, written) {
            (Err(errors), Ok(())) => Err(errors),
            (_, Err(e)) => Err(vec![Diagnostic::error(&output, 0, 0, e.to_string())]),
            (Ok(counts), Ok(())) => Ok(counts),
        }
    });
    let counts = match rendered {
        Ok(counts) => counts,
        Err(errors) => {
            diags.extend(errors);
            diags.sort();
            return Err(Failed(diags));
        }
    };
    crate::progress::timing("render, export and write", rendering.elapsed());
    // The search index reads only the written pages: the site, its plan and the renderer's
    // caches are let go first (at 10,000 recommendations they held 79 of the 80 MB live when
    // the index began, counted with one thread; docs/performance.md, round 16).
    let search = site.config.search;
    let languages: Vec<String> = site
        .config
        .languages
        .iter()
        .map(|l| l.code().to_string())
        .collect();
    drop((items, jobs, renderer, site));
    if search {
        // Full-text search indexes the written HTML; `suivi serve` leaves it out (docs/search.md).
        let indexing = Instant::now();
        let bundle = crate::progress::spin("indexing for search", || {
            crate::search::index_dir(staging.path(), staging.previous(), &|files| {
                staging.write(files).map_err(|e| e.to_string())
            })
        });
        crate::progress::timing("search index", indexing.elapsed());
        match bundle {
            Ok((written, bundle)) => {
                total += written + bundle.len();
                if let Err(e) = staging.write(&bundle) {
                    return Err(fail(diags, e));
                }
            }
            Err(msg) => {
                diags.push(Diagnostic::error(&output, 0, 0, msg));
                return Err(Failed(diags));
            }
        }
    }
    let swapping = Instant::now();
    if let Err(e) = staging.commit() {
        return Err(fail(diags, e));
    }
    crate::progress::timing("swap in", swapping.elapsed());
    let pages_per_language = languages
        .into_iter()
        .map(|code| {
            let count = counts.get(&code).copied().unwrap_or(0);
            (code, count)
        })
        .collect();
    Ok((
        BuildReport {
            pages_per_language,
            files: total,
            output,
            millis: start.elapsed().as_millis(),
        },
        diags,
    ))
}
