//! Incremental rebuilds for `suivi serve`: keep the previous site, renderer and page list in
//! memory; on a content change, load and check again, compare the new records with the old ones,
//! and render only the pages that show a changed record. A change to the configuration, the
//! theme, the locales or the reference data rebuilds everything. See docs/serve.md.
//!
//! The rule that decides which pages a change touches is [`affected`], a `match` over every
//! [`PageKind`] with no wildcard: a new kind of page does not compile until someone decides what
//! it shows. The tests check that an incremental result equals a full build byte for byte.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::diag::{Diagnostic, Diagnostics};
use crate::index::Site;
use crate::pipeline::{Failed, Files, load_and_check_with, site_files};
use crate::plan::{Job, PAGE_SIZE, PageKind};
use crate::render::Renderer;
use crate::taxonomy::Taxonomy;

/// A built site held in memory: what the next incremental rebuild compares against.
pub struct Built {
    /// Shared with the open-data export, which `serve` runs on a thread of its own.
    pub site: Arc<Site>,
    pub renderer: Arc<Renderer>,
    pub jobs: Vec<Job>,
    /// What each content file gave, so that a change to one file parses that file only.
    pub cache: crate::load::LoadCache,
    /// The recommendations' list items, kept between rebuilds: an edit renders again the
    /// items of the records it changed only.
    pub items: crate::render::ItemCache,
}

/// What one rebuild produced.
#[derive(Debug)]
pub struct Rebuilt {
    /// Files to add or replace. For a full rebuild, every file of the site.
    pub files: Files,
    /// Files to drop: the pages of removed recommendations, for example.
    pub removed: Vec<String>,
    /// True when `files` is the whole site (files not in it are to be dropped).
    pub full: bool,
    /// Page jobs rendered (HTML pages and feeds, all languages).
    pub rendered: usize,
    /// Page jobs of the whole site.
    pub total: usize,
    /// Time to load, check and index the content.
    pub load: Duration,
    /// Time to render (and, for a full rebuild, export).
    pub render: Duration,
    /// The open-data files still have to be exported again ([`export`]): left for after the
    /// pages are published, because nobody is looking at them while editing.
    pub export_pending: bool,
    pub warnings: Diagnostics,
}

fn failed(mut diags: Diagnostics, errors: impl IntoIterator<Item = Diagnostic>) -> Failed {
    diags.extend(errors);
    diags.sort();
    Failed(diags)
}

/// A full build in memory (nothing is written).
pub fn full(site_dir: &Path, base_url: Option<&str>) -> Result<(Built, Rebuilt), Failed> {
    full_open(site_dir, base_url, &mut Open::none())
}

/// Pages somebody is looking at (output paths such as `en/recommendations/x.html`): a rebuild
/// renders them before the others and hands their files to `early` at once, so that `serve` can
/// show them while the rest of the site is rendered. The final [`Rebuilt`] holds them too.
pub struct Open<'a> {
    pub pages: BTreeSet<String>,
    pub early: Box<dyn FnMut(Files) + 'a>,
}

impl Open<'_> {
    /// Nobody is looking: nothing goes first.
    pub fn none() -> Open<'static> {
        Open {
            pages: BTreeSet::new(),
            early: Box::new(|_| {}),
        }
    }

    /// Renders the open pages among `jobs` and hands them over; returns them too.
    fn render_first(
        &mut self,
        site: &Site,
        renderer: &Renderer,
        jobs: &[Job],
        items: &crate::render::ItemCache,
    ) -> Result<Vec<(String, Vec<u8>)>, Failed> {
        if self.pages.is_empty() {
            return Ok(Vec::new());
        }
        let first: Vec<Job> = jobs
            .iter()
            .filter(|j| self.pages.contains(&j.path()))
            .cloned()
            .collect();
        if first.is_empty() {
            return Ok(Vec::new());
        }
        let files: Files = renderer
            .render_all_with(site, &first, items)
            .map_err(|e| failed(Diagnostics::default(), e))?;
        (self.early)(files.clone());
        Ok(files)
    }
}

/// [`full`], rendering the `open` pages first.
pub fn full_open(
    site_dir: &Path,
    base_url: Option<&str>,
    open: &mut Open,
) -> Result<(Built, Rebuilt), Failed> {
    let start = Instant::now();
    let mut cache = crate::load::LoadCache::default();
    let (site, diags) = load_and_check_with(site_dir, base_url, Some(&mut cache))?;
    let load = start.elapsed();
    let renderer = Renderer::new(site_dir, &site).map_err(|e| failed(Diagnostics::default(), e))?;
    let built = Built {
        jobs: crate::plan::plan(&site),
        site: Arc::new(site),
        renderer: Arc::new(renderer),
        cache,
        items: crate::render::ItemCache::keeping_all(),
    };
    let start = Instant::now();
    open.render_first(&built.site, &built.renderer, &built.jobs, &built.items)?;
    let (files, _) = site_files(
        site_dir,
        &built.site,
        &built.renderer,
        &built.jobs,
        &built.items,
    )
    .map_err(|e| failed(Diagnostics::default(), e))?;
    let total = built.jobs.len();
    Ok((
        built,
        Rebuilt {
            files,
            removed: Vec::new(),
            full: true,
            rendered: total,
            total,
            load,
            render: start.elapsed(),
            export_pending: false,
            warnings: diags,
        },
    ))
}

/// What kind of source a changed path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A record or page under `content/`.
    Content,
    /// `site.yaml`, the theme, the locales or the reference data: everything may change.
    Everything,
    /// Not a source: the output, editor backups, version control.
    Ignored,
}

/// Classifies a changed path (absolute, or relative to the site folder).
pub fn classify(site_dir: &Path, path: &Path, output: Option<&Path>) -> Source {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let site = abs(site_dir);
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        site.join(path)
    };
    if output.is_some_and(|o| path.starts_with(abs(o))) {
        return Source::Ignored;
    }
    let Ok(rel) = path.strip_prefix(&site) else {
        return Source::Ignored;
    };
    let name = rel
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    // Editors' temporary and backup files: `.x.swp`, `x~`, `#x#`, `4913`.
    if name.starts_with('.') || name.ends_with('~') || name.starts_with('#') || name == "4913" {
        return Source::Ignored;
    }
    let first = rel
        .components()
        .next()
        .map_or_else(String::new, |c| c.as_os_str().to_string_lossy().to_string());
    match first.as_str() {
        "content" => Source::Content,
        "site.yaml" | "themes" | "locales" | "reference" => Source::Everything,
        _ => Source::Ignored,
    }
}

/// What differs between two loads of the same site, in the terms the pages use.
#[derive(Debug, Default)]
pub struct Changes {
    /// Something changes the page list, the order of lists, or what every page shows (narrative
    /// pages are in every page's menu): render everything.
    pub structural: Option<String>,
    /// Recommendations whose own page must be rendered again.
    pub recs: BTreeSet<String>,
    /// Pages of the paginated recommendation list (1-based) that show a changed recommendation.
    pub list_pages: BTreeSet<usize>,
    /// States whose page (and feed) show a changed record.
    pub states: BTreeSet<String>,
    pub treaties: BTreeSet<String>,
    pub ratifications: bool,
    pub reservations: bool,
    pub updates: bool,
    /// Pages (1-based) of taxonomy terms (see `taxonomy`) that list a changed recommendation,
    /// before or after the change. A recommendation that keeps its place touches the one page
    /// that shows it; one that joins or leaves a term changes every page of it (each shows the
    /// count, and later pages shift).
    pub term_pages: BTreeMap<(Taxonomy, String), BTreeSet<usize>>,
    /// Taxonomies in which a term's count changed (their list page shows the counts).
    pub term_counts: BTreeSet<Taxonomy>,
    /// Recommendations were added, removed or moved: the full list differs from this position
    /// on (its pages from there on are rendered again), and the states' counts may differ.
    pub reordered: Option<usize>,
    /// Pages that exist now and did not before (rendered) and the reverse (dropped): a new or
    /// removed recommendation's pages, and pages of paginated lists whose page count changed.
    pub added: BTreeSet<Job>,
    pub removed: BTreeSet<Job>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.structural.is_none()
            && self.reordered.is_none()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.recs.is_empty()
            && self.states.is_empty()
            && self.treaties.is_empty()
            && !self.ratifications
            && !self.reservations
            && !self.updates
    }
}

/// A record as data, without the source positions that `Spanned` carries: an edit that moves
/// records in a file (a longer line above them) does not change what their pages show. Only
/// positions outside string literals are removed, so text that looks like one is kept.
fn data_of(x: &impl Debug) -> String {
    let text = format!("{x:?}");
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut in_string = false;
    while let Some((i, c)) = chars.next() {
        if in_string {
            out.push(c);
            if c == '\\' {
                if let Some((_, n)) = chars.next() {
                    out.push(n);
                }
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if c == '"' {
            in_string = true;
            out.push(c);
            continue;
        }
        let rest = &text[i..];
        if rest.starts_with("referenced: Location {") || rest.starts_with("defined: Location {") {
            // Skip to the matching brace; positions hold only numbers and names.
            let mut depth = 0;
            for (_, c) in chars.by_ref() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// Keys of `a` and `b` whose records differ (present in one only, or not equal as data).
fn differing<K: Ord + Clone + Send + Sync, V: Debug + Sync>(
    a: &BTreeMap<K, &V>,
    b: &BTreeMap<K, &V>,
) -> Vec<K> {
    use rayon::prelude::*;
    let keys: Vec<&K> = a
        .keys()
        .chain(b.keys())
        .collect::<BTreeSet<&K>>()
        .into_iter()
        .collect();
    // In parallel: an edited file of a thousand records is a thousand comparisons as text.
    keys.into_par_iter()
        .filter(|k| match (a.get(*k), b.get(*k)) {
            (Some(x), Some(y)) => data_of(x) != data_of(y),
            _ => true,
        })
        .cloned()
        .collect()
}

/// Compares two loads of a site with the same configuration, theme and locales. With `parsed`,
/// only records from those files are compared: the others are copies of the same bytes' parse.
pub fn changes(
    old: &Site,
    new: &Site,
    old_jobs: &[Job],
    new_jobs: &[Job],
    parsed: Option<&BTreeSet<PathBuf>>,
) -> Changes {
    let maybe_changed = |o: &crate::model::Origin| parsed.is_none_or(|p| p.contains(&o.file));
    let mut ch = Changes::default();
    let structural = |why: &str| Some(why.to_string());
    if old_jobs != new_jobs {
        match page_list_changes(old_jobs, new_jobs) {
            Some((added, removed)) => (ch.added, ch.removed) = (added, removed),
            None => {
                ch.structural = structural("pages were added or removed");
                return ch;
            }
        }
    }
    fn ids(s: &Site) -> Vec<&str> {
        s.recommendations
            .iter()
            .map(|r| r.id.value.as_str())
            .collect()
    }
    let (old_ids, new_ids) = (ids(old), ids(new));
    if old_ids.len() != new_ids.len() {
        // Every page of the list shows the total.
        ch.reordered = Some(0);
    } else if old_ids != new_ids {
        ch.reordered = old_ids.iter().zip(&new_ids).position(|(a, b)| a != b);
    }
    let update_ids =
        |s: &Site| -> BTreeSet<String> { s.updates.iter().map(|u| u.id.clone()).collect() };
    // Added and removed updates (a deleted file is not among the parsed ones); moved ones changed
    // their date, so they are among the differing ones below.
    let new_or_gone: Vec<String> = update_ids(old)
        .symmetric_difference(&update_ids(new))
        .cloned()
        .collect();
    if old.ratifications_as_of != new.ratifications_as_of {
        // Shown in the footer of every page.
        ch.structural = structural("the ratification data's date changed");
        return ch;
    }
    if old.reservations.len() != new.reservations.len() {
        ch.structural = structural("reservations were added or removed");
        return ch;
    }
    let pages = |s: &Site| data_of(&s.pages);
    if pages(old) != pages(new) {
        ch.structural = structural("a narrative page changed (pages are in every page's menu)");
        return ch;
    }

    // Recommendations: by id. Their text is shown on their own page, the list page that holds
    // them, their state's page and feed, the pages of recommendations that name them as related,
    // the pages of recommendations that share an update with them, and the home page.
    fn by_id<'s>(
        s: &'s Site,
        parsed: Option<&BTreeSet<PathBuf>>,
    ) -> BTreeMap<String, &'s crate::model::Recommendation> {
        s.recommendations
            .iter()
            .filter(|r| parsed.is_none_or(|p| p.contains(&r.origin.file)))
            .map(|r| (r.id.value.clone(), r))
            .collect()
    }
    let mut touched: BTreeSet<String> = differing(&by_id(old, parsed), &by_id(new, parsed))
        .into_iter()
        .collect();
    // Added and removed recommendations (a deleted file is not among the parsed ones).
    if ch.reordered.is_some() {
        let (a, b): (BTreeSet<&str>, BTreeSet<&str>) = (
            old_ids.iter().copied().collect(),
            new_ids.iter().copied().collect(),
        );
        touched.extend(a.symmetric_difference(&b).map(|id| id.to_string()));
    }
    fn by_update<'s>(
        s: &'s Site,
        parsed: Option<&BTreeSet<PathBuf>>,
    ) -> BTreeMap<String, &'s crate::model::Update> {
        s.updates
            .iter()
            .filter(|u| parsed.is_none_or(|p| p.contains(&u.origin.file)))
            .map(|u| (u.id.clone(), u))
            .collect()
    }
    let mut updates = differing(&by_update(old, parsed), &by_update(new, parsed));
    updates.extend(new_or_gone);
    for id in updates {
        ch.updates = true;
        for s in [old, new] {
            if let Some(u) = s.updates.iter().find(|u| u.id == id) {
                touched.extend(u.meta.recommendations.iter().map(|r| r.value.clone()));
            }
        }
    }
    for id in &touched {
        for s in [old, new] {
            // Recommendations that share an update with this one show its title.
            for u in s.updates_of(id) {
                ch.recs
                    .extend(u.meta.recommendations.iter().map(|r| r.value.clone()));
            }
            // Recommendations that list this one as related show its summary.
            for r in &s.recommendations {
                if r.related.iter().any(|x| &x.value == id) {
                    ch.recs.insert(r.id.value.clone());
                }
            }
        }
        ch.recs.insert(id.clone());
    }
    if let Some(from) = ch.reordered {
        let last = old_ids.len().max(new_ids.len()).max(1).div_ceil(PAGE_SIZE);
        ch.list_pages.extend(from / PAGE_SIZE + 1..=last);
    }
    for id in ch.recs.clone() {
        for s in [old, new] {
            if let Some(i) = s.rec_index.get(&id) {
                ch.list_pages.insert(i / PAGE_SIZE + 1);
                ch.states.insert(s.recommendations[*i].state.value.clone());
            }
        }
        term_pages(old, new, &id, &mut ch);
    }

    // Ratifications: by state. Shown on the state's page, every treaty page, the treaty and
    // state lists, the matrix and the home page's figures.
    fn rats<'s>(
        s: &'s Site,
        parsed: Option<&BTreeSet<PathBuf>>,
    ) -> BTreeMap<String, &'s crate::model::StateRatifications> {
        s.ratifications
            .iter()
            .filter(|(_, v)| parsed.is_none_or(|p| p.contains(&v.origin.file)))
            .map(|(k, v)| (k.clone(), v))
            .collect()
    }
    for state in differing(&rats(old, parsed), &rats(new, parsed)) {
        ch.ratifications = true;
        ch.states.insert(state);
    }
    if ch.ratifications {
        ch.treaties
            .extend(new.reference.treaties.iter().map(|t| t.id.clone()));
    }

    // Reservations: by position (same count, checked above). Shown on the state's and the
    // treaty's page, and counted on the treaty list.
    for (a, b) in old.reservations.iter().zip(&new.reservations) {
        if (maybe_changed(&a.origin) || maybe_changed(&b.origin)) && data_of(a) != data_of(b) {
            ch.reservations = true;
            for r in [a, b] {
                ch.states.insert(r.state.value.clone());
                ch.treaties.insert(r.treaty.value.clone());
            }
        }
    }
    ch
}

/// The pages added and removed between two page lists, when nothing else differs than
/// recommendations' own pages and the pages of paginated lists that exist in both (the full list,
/// a term's list, a state's list by response) whose page count changed. Else `None`: a new state,
/// term or taxonomy changes menus, counts and lists that only a full rebuild is sure to get right.
fn page_list_changes(old: &[Job], new: &[Job]) -> Option<(BTreeSet<Job>, BTreeSet<Job>)> {
    let (a, b): (BTreeSet<&Job>, BTreeSet<&Job>) = (old.iter().collect(), new.iter().collect());
    // Which list a page belongs to, for the pages of paginated lists.
    fn list(job: &Job) -> Option<(crate::i18n::Lang, PageKind)> {
        let kind = match &job.kind {
            PageKind::RecommendationList { .. } => {
                PageKind::RecommendationList { page: 0, pages: 0 }
            }
            PageKind::Term { tax, term, .. } => PageKind::Term {
                tax: *tax,
                term: term.clone(),
                page: 0,
                pages: 0,
            },
            PageKind::StatePosition {
                state, position, ..
            } => PageKind::StatePosition {
                state: state.clone(),
                position: position.clone(),
                page: 0,
                pages: 0,
            },
            _ => return None,
        };
        Some((job.lang, kind))
    }
    let lists = |jobs: &BTreeSet<&Job>| -> BTreeSet<(crate::i18n::Lang, PageKind)> {
        jobs.iter().filter_map(|j| list(j)).collect()
    };
    let (old_lists, new_lists) = (lists(&a), lists(&b));
    let allowed = |j: &Job| match &j.kind {
        PageKind::Recommendation(_) => true,
        _ => list(j).is_some_and(|l| old_lists.contains(&l) && new_lists.contains(&l)),
    };
    let added: BTreeSet<Job> = b.difference(&a).map(|j| (*j).clone()).collect();
    let removed: BTreeSet<Job> = a.difference(&b).map(|j| (*j).clone()).collect();
    (added.iter().chain(&removed).all(allowed)).then_some((added, removed))
}

/// The taxonomy pages that show recommendation `id`, in the old or the new site.
fn term_pages(old: &Site, new: &Site, id: &str, ch: &mut Changes) {
    // Where the recommendation sits in each term, and the term's length: term lists are in site
    // order, so a binary search finds it.
    fn places(s: &Site, id: &str) -> BTreeMap<(Taxonomy, String), (usize, usize)> {
        let mut out = BTreeMap::new();
        if let Some(i) = s.rec_index.get(id) {
            for (tax, terms) in &s.taxonomies {
                for t in terms {
                    if let Ok(pos) = t.recs.binary_search(i) {
                        out.insert((*tax, t.key.clone()), (pos, t.recs.len()));
                    }
                }
            }
        }
        out
    }
    let (before, after) = (places(old, id), places(new, id));
    let keys: BTreeSet<&(Taxonomy, String)> = before.keys().chain(after.keys()).collect();
    for key in keys {
        let pages = ch.term_pages.entry(key.clone()).or_default();
        match (before.get(key), after.get(key)) {
            (Some(&(a, la)), Some(&(b, lb))) if a == b && la == lb => {
                pages.insert(a / PAGE_SIZE + 1);
            }
            (x, y) => {
                ch.term_counts.insert(key.0);
                let len = x.iter().chain(y.iter()).map(|p| p.1).max().unwrap_or(0);
                pages.extend(1..=len.div_ceil(PAGE_SIZE).max(1));
            }
        }
    }
}

/// Whether the page `kind` shows anything in `ch`. No wildcard: a new kind of page must decide.
pub fn affected(kind: &PageKind, ch: &Changes) -> bool {
    if ch.structural.is_some() {
        return true;
    }
    match kind {
        // Figures, counts by status and the latest updates.
        PageKind::Home => !ch.is_empty(),
        PageKind::RecommendationList { page, .. } => ch.list_pages.contains(page),
        PageKind::Recommendation(id) => ch.recs.contains(id),
        // Counts of recommendations and of treaties ratified.
        PageKind::StateList => ch.ratifications || ch.reordered.is_some(),
        PageKind::State(id) => ch.states.contains(id),
        PageKind::TreatyList => ch.ratifications || ch.reservations,
        PageKind::Treaty(id) => ch.treaties.contains(id),
        PageKind::Matrix => ch.ratifications,
        // Narrative pages change only structurally (they are in every menu).
        PageKind::Page(_) => false,
        // Entries name their recommendation: any change to a recommendation or an update.
        PageKind::UpdatesFeed => !ch.recs.is_empty() || ch.updates,
        PageKind::StateFeed(id) => ch.states.contains(id) && (!ch.recs.is_empty() || ch.updates),
        // Which terms exist, and so the browse page, changes only structurally (the page list).
        PageKind::Browse => false,
        // Counts per term: a recommendation may move from one term to another.
        PageKind::TaxonomyList(tax) => ch.term_counts.contains(tax),
        PageKind::Term {
            tax, term, page, ..
        } => ch
            .term_pages
            .get(&(*tax, term.clone()))
            .is_some_and(|p| p.contains(page)),
        PageKind::MatrixGroup(_) => ch.ratifications,
        // The search page holds only interface text.
        PageKind::Search => false,
        // The filter page's links carry each term's count.
        PageKind::Filter => !ch.term_counts.is_empty(),
        // A state's recommendations with one UPR response (all its pages: conservative).
        PageKind::StatePosition { state, .. } => {
            ch.states.contains(&state.to_uppercase()) && (!ch.recs.is_empty() || ch.updates)
        }
        // Objections name the state objected to: any reservation change may show there.
        PageKind::StateFactSheet(id) => ch.states.contains(id) || ch.reservations,
        PageKind::TreatyFactSheet(id) => ch.treaties.contains(id),
    }
}

/// Rebuilds after `changed` paths changed. On success, `built` holds the new site; on failure it
/// is untouched, so the last good site can go on being served.
pub fn rebuild(
    built: &mut Built,
    site_dir: &Path,
    base_url: Option<&str>,
    changed: &[PathBuf],
    output: Option<&Path>,
) -> Result<Rebuilt, Failed> {
    rebuild_open(
        built,
        site_dir,
        base_url,
        changed,
        output,
        &mut Open::none(),
    )
}

/// [`rebuild`], rendering the `open` pages first. If it fails after handing them over, the
/// caller has shown pages of a site that did not build: `serve` puts their old versions back.
pub fn rebuild_open(
    built: &mut Built,
    site_dir: &Path,
    base_url: Option<&str>,
    changed: &[PathBuf],
    output: Option<&Path>,
    open: &mut Open,
) -> Result<Rebuilt, Failed> {
    let kinds: Vec<Source> = changed
        .iter()
        .map(|p| classify(site_dir, p, output))
        .collect();
    if kinds.contains(&Source::Everything) {
        let (b, r) = full_open(site_dir, base_url, open)?;
        *built = b;
        return Ok(r);
    }
    let start = Instant::now();
    let (site, warnings) = load_and_check_with(site_dir, base_url, Some(&mut built.cache))?;
    let jobs = crate::plan::plan(&site);
    let load = start.elapsed();
    let start = Instant::now();
    let ch = changes(
        &built.site,
        &site,
        &built.jobs,
        &jobs,
        Some(&built.cache.parsed),
    );
    if ch.structural.is_some() {
        // Same configuration, theme and locales: the renderer is kept, the list items are not.
        built.items = crate::render::ItemCache::keeping_all();
        open.render_first(&site, &built.renderer, &jobs, &built.items)?;
        let (files, _) = site_files(site_dir, &site, &built.renderer, &jobs, &built.items)
            .map_err(|e| failed(Diagnostics::default(), e))?;
        keep(built, site, jobs);
        let total = built.jobs.len();
        return Ok(Rebuilt {
            files,
            removed: Vec::new(),
            full: true,
            rendered: total,
            total,
            load,
            render: start.elapsed(),
            export_pending: false,
            warnings,
        });
    }
    // The pages somebody is looking at first, then the others.
    let (first, todo): (Vec<Job>, Vec<Job>) = jobs
        .iter()
        .filter(|j| affected(&j.kind, &ch) || ch.added.contains(j))
        .cloned()
        .partition(|j| open.pages.contains(&j.path()));
    if ch.reordered.is_some() {
        // The items are kept by position in the list, which moved.
        built.items = crate::render::ItemCache::keeping_all();
    } else {
        // The same recommendations in the same order: the items of the changed ones are
        // rendered again, the others are reused.
        let changed: Vec<usize> = ch
            .recs
            .iter()
            .filter_map(|id| site.rec_index.get(id).copied())
            .collect();
        built.items.forget(&changed);
    }
    let mut files = open.render_first(&site, &built.renderer, &first, &built.items)?;
    let pages = built
        .renderer
        .render_all_with(&site, &todo, &built.items)
        .map_err(|e| failed(Diagnostics::default(), e))?;
    files.extend(pages);
    if !ch.added.is_empty() || !ch.removed.is_empty() {
        // The sitemaps list every page.
        let extras = built
            .renderer
            .render_extras(&site, &jobs)
            .map_err(|e| failed(Diagnostics::default(), [e]))?;
        files.extend(extras.into_iter().map(|(p, t)| (p, t.into_bytes())));
    }
    let removed = ch.removed.iter().map(Job::path).collect();
    let rendered = first.len() + todo.len();
    keep(built, site, jobs);
    Ok(Rebuilt {
        files,
        removed,
        full: false,
        rendered,
        total: built.jobs.len(),
        load,
        render: start.elapsed(),
        export_pending: !ch.is_empty(),
        warnings,
    })
}

/// Keeps the new site and page list. The old ones are freed on another thread: freeing 10,000
/// records takes tens of milliseconds that nobody needs to wait for.
fn keep(built: &mut Built, site: Site, jobs: Vec<Job>) {
    let old = (
        std::mem::replace(&mut built.site, Arc::new(site)),
        std::mem::replace(&mut built.jobs, jobs),
    );
    // If no thread can be started, freed here.
    let _ = std::thread::Builder::new()
        .name("suivi-free".into())
        .spawn(move || drop(old));
}

/// The open-data files of the site in memory (after a rebuild with `export_pending`).
pub fn export(built: &Built) -> Files {
    export_unless(&built.site, &built.renderer, &|| false).expect("never stopped")
}

/// [`export`], one language at a time, giving up (`None`) as soon as `stop` says so between two
/// languages: `serve` stops exporting when the next edit arrives, and exports after it instead.
pub fn export_unless(site: &Site, renderer: &Renderer, stop: &dyn Fn() -> bool) -> Option<Files> {
    let mut files = Files::new();
    for lang in &site.config.languages {
        if stop() {
            return None;
        }
        files.extend(crate::export::export_language(site, renderer, *lang));
    }
    if stop() {
        return None;
    }
    files.extend(renderer.facet_indexes(site));
    Some(files)
}

/// Applies a rebuild to an in-memory copy of the output.
pub fn apply(output: &mut BTreeMap<String, Vec<u8>>, r: Rebuilt) {
    if r.full {
        output.clear();
    }
    for path in &r.removed {
        output.remove(path);
    }
    output.extend(r.files);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_dir(from: &Path, to: &Path) {
        for e in walkdir::WalkDir::new(from) {
            let e = e.unwrap();
            let rel = e.path().strip_prefix(from).unwrap();
            let dest = to.join(rel);
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&dest).unwrap();
            } else {
                std::fs::copy(e.path(), &dest).unwrap();
            }
        }
    }

    /// A small copy of the example: its configuration, updates and pages, a few states'
    /// ratifications, one treaty's reservations, and forty recommendations of Slovenia with those
    /// that the updates and their `related` lists name.
    fn small_site() -> tempfile::TempDir {
        small_site_of(40)
    }

    /// A copy of the example with its first `first` recommendations of one file (and those they
    /// name as related).
    fn small_site_of(first: usize) -> tempfile::TempDir {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path();
        std::fs::copy(root.join("site.yaml"), site.join("site.yaml")).unwrap();
        for sub in ["pages", "updates"] {
            copy_dir(
                &root.join("content").join(sub),
                &site.join("content").join(sub),
            );
        }
        for (sub, files) in [
            ("ratifications", &["svn.yaml", "hrv.yaml"][..]),
            ("reservations", &["cat.yaml"][..]),
        ] {
            std::fs::create_dir_all(site.join("content").join(sub)).unwrap();
            for f in files {
                std::fs::copy(
                    root.join("content").join(sub).join(f),
                    site.join("content").join(sub).join(f),
                )
                .unwrap();
            }
        }
        let text =
            std::fs::read_to_string(root.join("content/recommendations/slovenia-upr-cycle-4.yaml"))
                .unwrap();
        let records: Vec<String> = text
            .split("\n- id:")
            .skip(1)
            .map(|r| format!("- id:{r}\n"))
            .collect();
        let id_of = |r: &str| r.split('"').nth(1).unwrap_or_default().to_string();
        let mut keep: BTreeSet<String> = records.iter().take(first).map(|r| id_of(r)).collect();
        keep.extend(["svn-upr4-140-19", "svn-upr4-140-212", "svn-upr4-140-34"].map(String::from));
        loop {
            let before = keep.len();
            let mut more = Vec::new();
            for r in records.iter().filter(|r| keep.contains(&id_of(r))) {
                if let Some(rel) = r.split("  related:\n").nth(1) {
                    for line in rel.lines().take_while(|l| l.starts_with("    - ")) {
                        more.push(
                            line.trim_start_matches("    - ")
                                .trim_matches('"')
                                .to_string(),
                        );
                    }
                }
            }
            keep.extend(more);
            if keep.len() == before {
                break;
            }
        }
        let kept: String = records
            .iter()
            .filter(|r| keep.contains(&id_of(r)))
            .cloned()
            .collect();
        std::fs::create_dir_all(site.join("content/recommendations")).unwrap();
        std::fs::write(site.join("content/recommendations/svn.yaml"), kept).unwrap();
        dir
    }

    fn as_map(files: Files) -> BTreeMap<String, Vec<u8>> {
        files.into_iter().collect()
    }

    /// Edits `file` with `edit`, rebuilds incrementally, and compares with a full build.
    fn check_edit(
        site: &Path,
        built: &mut Built,
        out: &mut BTreeMap<String, Vec<u8>>,
        file: &Path,
        edit: impl Fn(&str) -> String,
    ) -> (usize, usize) {
        let text = std::fs::read_to_string(site.join(file)).unwrap();
        let edited = edit(&text);
        assert_ne!(text, edited, "the edit must change {}", file.display());
        std::fs::write(site.join(file), edited).unwrap();
        let r = rebuild(built, site, None, &[site.join(file)], None).unwrap();
        // A change that makes a taxonomy term appear or vanish changes the page list: that is
        // structural (`rendered == total`), and still has to equal a full build.
        assert!(
            !r.full || r.rendered == r.total,
            "{} should not need a full rebuild",
            file.display()
        );
        let counts = (r.rendered, r.total);
        let pending = r.export_pending;
        apply(out, r);
        if pending {
            out.extend(export(built));
        }
        assert_same_as_full(site, out, &format!("after editing {}", file.display()));
        counts
    }

    /// `out` holds the same files as a full build of `site`, byte for byte.
    fn assert_same_as_full(site: &Path, out: &BTreeMap<String, Vec<u8>>, what: &str) {
        let (_, fresh) = full(site, None).unwrap();
        let fresh = as_map(fresh.files);
        assert_eq!(
            out.keys().collect::<Vec<_>>(),
            fresh.keys().collect::<Vec<_>>(),
            "{what}"
        );
        for (path, bytes) in &fresh {
            assert!(
                out[path] == *bytes,
                "{path} differs from a full build {what}"
            );
        }
    }

    fn first_file(site: &Path, sub: &str) -> PathBuf {
        let mut files: Vec<PathBuf> = std::fs::read_dir(site.join("content").join(sub))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        files[0].strip_prefix(site).unwrap().to_path_buf()
    }

    #[test]
    fn incremental_rebuilds_equal_full_builds_and_render_few_pages() {
        let dir = small_site();
        let site = dir.path();
        let (mut built, first) = full(site, None).unwrap();
        let total = first.total;
        let mut out = as_map(first.files);

        // A recommendation's text: its own pages and the pages that list it, not the site.
        let rec_file = first_file(site, "recommendations");
        let (rendered, _) = check_edit(site, &mut built, &mut out, &rec_file, |t| {
            t.replacen("en: ", "en: Edited. ", 1)
        });
        assert!(rendered > 0);
        // Its page, its list, state and feed pages, the home page, and one page of each
        // taxonomy term it is under (about 16 here): a fifth of this small site at most.
        assert!(
            rendered * 5 < total,
            "an edit to one recommendation rendered {rendered} of {total} pages"
        );

        // An update's status: its recommendations move from one status term to another (in this
        // small site a status term may appear or vanish: then every page is rendered).
        let upd_file = first_file(site, "updates");
        let (rendered, _) = check_edit(site, &mut built, &mut out, &upd_file, |t| {
            let statuses = ["in_progress", "partially_implemented", "not_started"];
            let line = |s: &str| format!("status: \"{s}\"");
            let from = statuses.iter().find(|s| t.contains(&line(s)));
            let from = from.expect("an update with a known status");
            let to = statuses.iter().find(|s| *s != from).unwrap();
            t.replacen(&line(from), &line(to), 1)
        });
        assert!(rendered > 0, "{rendered} of {total}");

        // A ratification date.
        let rat = Path::new("content/ratifications/svn.yaml");
        check_edit(site, &mut built, &mut out, rat, |t| {
            t.replacen(
                "consent_date: \"1992-07-06\"",
                "consent_date: \"1992-07-07\"",
                1,
            )
        });

        // A change of layout only (a comment): nothing to render.
        let (rendered, _) = check_edit(site, &mut built, &mut out, rat, |t| {
            format!("# A comment.\n{t}")
        });
        assert_eq!(rendered, 0, "moving records in a file changes no page");

        // A reservation's text.
        let res_file = first_file(site, "reservations");
        check_edit(site, &mut built, &mut out, &res_file, |t| {
            t.replacen("en: ", "en: Edited. ", 1)
        });
    }

    #[test]
    fn open_pages_are_rendered_first_and_handed_over() {
        let dir = small_site();
        let site = dir.path();
        let (mut built, _) = full(site, None).unwrap();
        let rec_file = first_file(site, "recommendations");
        let text = std::fs::read_to_string(site.join(&rec_file)).unwrap();
        let id = text
            .lines()
            .find_map(|l| l.strip_prefix("- id: "))
            .unwrap()
            .trim_matches('"')
            .to_string();
        let page = format!("en/recommendations/{id}.html");
        let pages: BTreeSet<String> =
            [page.clone(), "en/browse.html".into(), "fr/none.html".into()]
                .into_iter()
                .collect();

        // An edit to its text: of the open pages, only its page changes, and it comes first.
        std::fs::write(
            site.join(&rec_file),
            text.replacen("en: ", "en: First. ", 1),
        )
        .unwrap();
        let mut early: Vec<Files> = Vec::new();
        let r = rebuild_open(
            &mut built,
            site,
            None,
            &[site.join(&rec_file)],
            None,
            &mut Open {
                pages: pages.clone(),
                early: Box::new(|f| early.push(f)),
            },
        )
        .unwrap();
        assert_eq!(early.len(), 1);
        let shown = as_map(early.pop().unwrap());
        assert_eq!(shown.keys().collect::<Vec<_>>(), vec![&page]);
        assert!(String::from_utf8_lossy(&shown[&page]).contains("First. "));
        // The final result holds it too, the same, and counts it once.
        let all = as_map(r.files);
        assert_eq!(all[&page], shown[&page]);
        assert_eq!(r.rendered, all.len());
        assert!(!all.contains_key("en/browse.html"));

        // A change to the configuration: every page changes, so both open pages come first.
        let config = std::fs::read_to_string(site.join("site.yaml")).unwrap();
        std::fs::write(site.join("site.yaml"), format!("{config}\n# edited\n")).unwrap();
        let mut early: Vec<Files> = Vec::new();
        let r = rebuild_open(
            &mut built,
            site,
            None,
            &[site.join("site.yaml")],
            None,
            &mut Open {
                pages,
                early: Box::new(|f| early.push(f)),
            },
        )
        .unwrap();
        assert!(r.full);
        assert_eq!(early.len(), 1);
        let shown = as_map(early.pop().unwrap());
        assert_eq!(
            shown.keys().collect::<Vec<_>>(),
            vec![&"en/browse.html".to_string(), &page]
        );
        let all = as_map(r.files);
        for (p, bytes) in &shown {
            assert!(all[p] == *bytes, "{p}");
        }
    }

    /// The first record of a YAML list of records (from its `- id:` line to the next one).
    fn first_record(text: &str) -> String {
        let start = text.find("\n- id:").map_or(0, |i| i + 1);
        let end = text[start + 1..]
            .find("\n- id:")
            .map_or(text.len(), |i| start + 1 + i + 1);
        text[start..end].to_string()
    }

    #[test]
    fn added_removed_and_moved_recommendations_are_rebuilt_in_part() {
        // Over two pages of the full list, so that the pages after a new one move.
        let dir = small_site_of(120);
        let site = dir.path();
        let (mut built, first) = full(site, None).unwrap();
        let total = first.total;
        let mut out = as_map(first.files);
        let rec_file = first_file(site, "recommendations");
        let text = std::fs::read_to_string(site.join(&rec_file)).unwrap();
        let record = first_record(&text);
        let id = record
            .lines()
            .next()
            .unwrap()
            .trim_start_matches("- id: ")
            .trim_matches('"')
            .to_string();

        // A new recommendation in the same file, with a new id (its pages appear, the lists
        // after it move).
        let copy = record.replacen(&id, &format!("{id}-new"), 1);
        let (rendered, after) = check_edit(site, &mut built, &mut out, &rec_file, |t| {
            format!("{t}{}{copy}", if t.ends_with('\n') { "" } else { "\n" })
        });
        assert_eq!(after, total + 6, "six new pages, one per language");
        assert!(
            rendered < after,
            "adding a recommendation rendered {rendered} of {after} pages"
        );
        assert!(out.contains_key(&format!("en/recommendations/{id}-new.html")));

        // Moved: a later date puts it elsewhere in the list.
        check_edit(site, &mut built, &mut out, &rec_file, |t| {
            let moved: String = copy
                .lines()
                .map(|l| match l.trim_start().starts_with("date: ") {
                    true => "  date: \"2030-01-01\"\n".to_string(),
                    false => format!("{l}\n"),
                })
                .collect();
            assert!(moved.contains("2030-01-01") && !copy.contains("2030-01-01"));
            t.replacen(&copy, &moved, 1)
        });

        // Removed again: its pages go.
        check_edit(site, &mut built, &mut out, &rec_file, |_| text.clone());
        assert!(!out.contains_key(&format!("en/recommendations/{id}-new.html")));

        // A new file, then the file deleted (a deleted file is not among the files parsed again):
        // of one recommendation, then of one update.
        let new_update = std::fs::read_to_string(site.join(first_file(site, "updates"))).unwrap();
        for (extra, body, page) in [
            (
                "content/recommendations/zz-extra.yaml",
                record.replacen(&id, "zz-extra-1", 1),
                Some("en/recommendations/zz-extra-1.html"),
            ),
            ("content/updates/zz-extra.md", new_update, None),
        ] {
            let extra = site.join(extra);
            for step in ["added", "deleted"] {
                match step {
                    "added" => std::fs::write(&extra, &body).unwrap(),
                    _ => std::fs::remove_file(&extra).unwrap(),
                }
                let r = rebuild(&mut built, site, None, std::slice::from_ref(&extra), None);
                let r = r.unwrap();
                assert!(!r.full, "{} {step}: a full rebuild", extra.display());
                apply(&mut out, r);
                out.extend(export(&built));
                if let Some(page) = page {
                    assert_eq!(out.contains_key(page), step == "added");
                }
                assert_same_as_full(site, &out, &format!("after {} {step}", extra.display()));
            }
        }
    }

    #[test]
    fn structural_and_theme_changes_rebuild_everything() {
        let dir = small_site();
        let site = dir.path();
        let (mut built, _) = full(site, None).unwrap();
        let r = rebuild(&mut built, site, None, &[site.join("site.yaml")], None).unwrap();
        assert!(r.full);
        let page = first_file(site, "pages");
        let text = std::fs::read_to_string(site.join(&page)).unwrap();
        std::fs::write(site.join(&page), text + "\nMore text.\n").unwrap();
        let r = rebuild(&mut built, site, None, &[site.join(&page)], None).unwrap();
        assert!(r.full, "a narrative page is in every page's menu");
    }

    #[test]
    fn a_broken_edit_keeps_the_last_good_site() {
        let dir = small_site();
        let site = dir.path();
        let (mut built, _) = full(site, None).unwrap();
        let n = built.site.recommendations.len();
        let rec_file = first_file(site, "recommendations");
        std::fs::write(site.join(&rec_file), "- id: [unclosed\n").unwrap();
        let err = rebuild(&mut built, site, None, &[site.join(&rec_file)], None).unwrap_err();
        assert!(err.0.has_errors());
        assert_eq!(built.site.recommendations.len(), n);
    }

    #[test]
    fn positions_are_not_data() {
        let a = "referenced: Location { line: 1, column: 2, span: Span { a: 1 } }, x: \"referenced: Location { 1 }\"";
        let b = "referenced: Location { line: 9, column: 2, span: Span { a: 7 } }, x: \"referenced: Location { 1 }\"";
        let c = "referenced: Location { line: 9, column: 2, span: Span { a: 7 } }, x: \"referenced: Location { 2 }\"";
        struct Raw(&'static str);
        impl Debug for Raw {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.0)
            }
        }
        assert_eq!(data_of(&Raw(a)), data_of(&Raw(b)));
        assert_ne!(data_of(&Raw(b)), data_of(&Raw(c)));
    }

    #[test]
    fn classifies_paths() {
        let site = Path::new("/s");
        assert_eq!(
            classify(site, Path::new("/s/content/recommendations/a.yaml"), None),
            Source::Content
        );
        assert_eq!(
            classify(site, Path::new("/s/site.yaml"), None),
            Source::Everything
        );
        assert_eq!(
            classify(site, Path::new("/s/locales/fr/ui.ftl"), None),
            Source::Everything
        );
        assert_eq!(
            classify(site, Path::new("/s/content/.a.yaml.swp"), None),
            Source::Ignored
        );
        assert_eq!(
            classify(
                site,
                Path::new("/s/public/en/index.html"),
                Some(Path::new("/s/public"))
            ),
            Source::Ignored
        );
        assert_eq!(
            classify(site, Path::new("/elsewhere/x"), None),
            Source::Ignored
        );
    }
}
