//! `suivi serve`: build the site in memory, serve it on the loopback interface, watch the sources,
//! rebuild what a change needs (see [`crate::incremental`]) and tell open pages to reload.
//!
//! Pages are served from an in-memory map of the last good output, never from the file system,
//! so no request path can reach a file outside the site; paths are still checked and odd ones
//! (`..`, encoded separators, backslashes, NUL) are refused with 400. In serve mode only, HTML
//! pages get a same-origin `<script src="/__suivi/livereload.js">` and their Content-Security-
//! Policy gains `connect-src 'self'` so that the script can open its event stream. When a change
//! breaks the content, the problems are printed and shown over the page by that script, and the
//! last good site goes on being served.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::broadcast;

use crate::incremental::{self, Built, Open, Rebuilt, Source};
use crate::pipeline::{Failed, Files};

pub struct ServeOptions {
    pub site_dir: PathBuf,
    pub host: IpAddr,
    pub port: u16,
    pub open: bool,
    pub quiet: bool,
    pub verbose: bool,
}

/// What open pages are told.
#[derive(Clone, Debug)]
enum Notice {
    /// New files are served, as `version`: the open pages among `pages` show them (in place, or
    /// by reloading when `hard`: the theme, locales or configuration changed); the other pages
    /// only learn the version.
    Reload {
        version: u64,
        pages: Which,
        hard: bool,
    },
    Error(String),
}

/// Which open pages a rebuild changed, by their key in the served map.
#[derive(Clone, Debug)]
enum Which {
    All,
    Only(Arc<HashSet<String>>),
    Except(Arc<HashSet<String>>),
}

impl Which {
    fn contains(&self, key: &str) -> bool {
        match self {
            Which::All => true,
            Which::Only(keys) => keys.contains(key),
            Which::Except(keys) => !keys.contains(key),
        }
    }
}

struct Shared {
    files: RwLock<HashMap<String, Bytes>>,
    /// The problems of the last rebuild, when it failed.
    error: RwLock<Option<String>>,
    version: AtomicU64,
    notices: broadcast::Sender<Notice>,
    /// The pages open in a browser (their key in `files`, with how many are open): a rebuild
    /// renders them first.
    open: Mutex<BTreeMap<String, usize>>,
}

impl Shared {
    fn open_pages(&self) -> BTreeSet<String> {
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        open.keys().cloned().collect()
    }

    /// Bumps the version and tells the open pages.
    fn announce(&self, pages: Which, hard: bool) {
        let version = self.version.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = self.notices.send(Notice::Reload {
            version,
            pages,
            hard,
        });
    }
}

/// One open page's event stream: its page counts as open while the stream lives.
struct Viewer {
    shared: Arc<Shared>,
    key: Option<String>,
}

impl Viewer {
    fn new(shared: Arc<Shared>, key: Option<String>) -> Viewer {
        if let Some(k) = &key {
            let mut open = shared.open.lock().unwrap_or_else(|e| e.into_inner());
            *open.entry(k.clone()).or_default() += 1;
        }
        Viewer { shared, key }
    }

    /// The event that tells this page about a rebuild.
    fn event(&self, version: u64, pages: &Which, hard: bool) -> Event {
        let changed = match &self.key {
            // A page that does not say which it is, or that is not served (a 404 page, which
            // may exist now), reloads after every rebuild.
            None => true,
            Some(k) => {
                pages.contains(k)
                    || !self
                        .shared
                        .files
                        .read()
                        .unwrap_or_else(|e| e.into_inner())
                        .contains_key(k)
            }
        };
        let name = match (changed, hard) {
            (true, true) => "reload",
            (true, false) => "refresh",
            (false, _) => "current",
        };
        Event::default().event(name).data(version.to_string())
    }
}

impl Drop for Viewer {
    fn drop(&mut self) {
        if let Some(k) = &self.key {
            let mut open = self.shared.open.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(n) = open.get_mut(k) {
                *n -= 1;
                if *n == 0 {
                    open.remove(k);
                }
            }
        }
    }
}

const LIVERELOAD_JS: &str = include_str!("serve/livereload.js");
const OVERLAY_CSS: &str = include_str!("serve/overlay.css");
const SCRIPT_TAG: &str = "<script src=\"/__suivi/livereload.js\" defer></script>";

/// Starts the server; returns when it stops (Ctrl-C) or fails to start.
pub fn serve(opts: ServeOptions) -> Result<(), String> {
    let site_dir = opts.site_dir.clone();
    if !site_dir.join("site.yaml").is_file() {
        return Err(format!(
            "{} has no site.yaml; give the site folder, or create a site with `suivi init DIR`",
            site_dir.display()
        ));
    }
    if !opts.host.is_loopback() {
        eprintln!(
            "warning: serving on {}: other computers on the network can read the site while you edit it; the default, 127.0.0.1, keeps it on this computer",
            opts.host
        );
    }
    let listener = TcpListener::bind(SocketAddr::new(opts.host, opts.port))
        .map_err(|e| format!("cannot listen on {}:{}: {e}", opts.host, opts.port))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| format!("cannot listen: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let url_host = match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let base_url = format!("http://{url_host}:{}/", addr.port());

    let (notices, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        files: RwLock::new(HashMap::new()),
        error: RwLock::new(None),
        version: AtomicU64::new(0),
        notices,
        open: Mutex::new(BTreeMap::new()),
    });

    let start = Instant::now();
    let built = match incremental::full(&site_dir, Some(&base_url)) {
        Ok((built, rebuilt)) => {
            if !opts.quiet {
                eprint!("{}", rebuilt.warnings.render(&site_dir));
                eprintln!(
                    "built {} pages in {} ms",
                    rebuilt.total,
                    start.elapsed().as_millis()
                );
            }
            publish(&shared, rebuilt, true, &HashSet::new());
            Some(built)
        }
        Err(failed) => {
            report(&shared, &site_dir, failed);
            None
        }
    };
    // The first line on standard output is the address, for people and for scripts.
    println!("serving {} at {base_url}", site_dir.display());
    if !opts.quiet {
        eprintln!("watching for changes; press Ctrl-C to stop");
    }
    if opts.open {
        open_browser(&base_url);
    }

    let watcher_shared = shared.clone();
    let watch_dir = site_dir.clone();
    let verbose = opts.verbose;
    let quiet = opts.quiet;
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("suivi-watch".into())
        .spawn(move || {
            watch(
                &watch_dir,
                &base_url,
                built,
                &watcher_shared,
                (quiet, verbose),
                ready_tx,
            )
        })
        .map_err(|e| e.to_string())?;
    match ready_rx.recv() {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(e),
        Err(_) => return Err("the file watcher stopped".into()),
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(4)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).map_err(|e| e.to_string())?;
        axum::serve(listener, router(shared))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| e.to_string())
    })
}

fn router(shared: Arc<Shared>) -> Router {
    use tower_http::set_header::SetResponseHeaderLayer;
    Router::new()
        .route("/__suivi/livereload.js", get(livereload_js))
        .route("/__suivi/overlay.css", get(overlay_css))
        .route("/__suivi/events", get(events))
        .fallback(page)
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(shared)
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(opener)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    {
        eprintln!("note: could not open a browser ({opener}: {e}); open {url} yourself");
    }
}

/// Puts a rebuild's files in the served map and tells the pages they change to reload (`hard`:
/// the theme, locales or configuration changed). `shown` were published early ([`show_early`]).
fn publish(shared: &Shared, rebuilt: Rebuilt, hard: bool, shown: &HashSet<String>) {
    let pages = if rebuilt.full {
        Which::Except(Arc::new(shown.clone()))
    } else {
        Which::Only(Arc::new(
            rebuilt
                .files
                .iter()
                .map(|(p, _)| p)
                .chain(&rebuilt.removed)
                .filter(|p| !shown.contains(*p))
                .cloned()
                .collect(),
        ))
    };
    {
        let mut files = shared.files.write().unwrap_or_else(|e| e.into_inner());
        if rebuilt.full {
            *files = rebuilt
                .files
                .into_iter()
                .map(|(p, b)| (p, Bytes::from(b)))
                .collect();
        } else {
            for path in &rebuilt.removed {
                files.remove(path);
            }
            files.extend(rebuilt.files.into_iter().map(|(p, b)| (p, Bytes::from(b))));
        }
    }
    *shared.error.write().unwrap_or_else(|e| e.into_inner()) = None;
    shared.announce(pages, hard);
}

/// Publishes the open pages a rebuild rendered first, before the rest of the site; returns what
/// they replaced, to put back if the rebuild then fails.
fn show_early(shared: &Shared, files: Files, hard: bool) -> Vec<(String, Option<Bytes>)> {
    let keys: HashSet<String> = files.iter().map(|(p, _)| p.clone()).collect();
    let replaced = {
        let mut map = shared.files.write().unwrap_or_else(|e| e.into_inner());
        files
            .into_iter()
            .map(|(p, b)| {
                let old = map.insert(p.clone(), Bytes::from(b));
                (p, old)
            })
            .collect()
    };
    shared.announce(Which::Only(Arc::new(keys)), hard);
    replaced
}

/// Puts back the pages [`show_early`] replaced.
fn take_back(shared: &Shared, replaced: Vec<(String, Option<Bytes>)>) {
    let mut map = shared.files.write().unwrap_or_else(|e| e.into_inner());
    for (p, old) in replaced {
        match old {
            Some(b) => map.insert(p, b),
            None => map.remove(&p),
        };
    }
}

/// Prints a failed rebuild and shows it in the open pages; the last good site stays.
fn report(shared: &Shared, site_dir: &Path, Failed(diags): Failed) {
    let text = format!(
        "{}{} error(s), {} warning(s); the last good version of the site is still served",
        diags.render(site_dir),
        diags.error_count(),
        diags.warning_count()
    );
    eprintln!("{text}");
    *shared.error.write().unwrap_or_else(|e| e.into_inner()) = Some(text.clone());
    let _ = shared.notices.send(Notice::Error(text));
}

/// The watcher thread: waits for changes, rebuilds, publishes.
fn watch(
    site_dir: &Path,
    base_url: &str,
    mut built: Option<Built>,
    shared: &Arc<Shared>,
    (quiet, verbose): (bool, bool),
    ready: std::sync::mpsc::Sender<Result<(), String>>,
) {
    use notify_debouncer_full::{DebounceEventResult, new_debouncer, notify::RecursiveMode};
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    // Counts the changes to sources as they arrive: the open-data export, which runs on a thread
    // of its own, gives way when the count moves.
    let arrived = Arc::new(AtomicU64::new(0));
    let counter = arrived.clone();
    let (dir, out) = (site_dir.to_path_buf(), site_dir.join("public"));
    let handler = move |result: DebounceEventResult| {
        let source_changed = |e: &notify_debouncer_full::DebouncedEvent| {
            is_change(&e.event.kind)
                && e.event
                    .paths
                    .iter()
                    .any(|p| incremental::classify(&dir, p, Some(&out)) != Source::Ignored)
        };
        if result
            .as_ref()
            .is_ok_and(|events| events.iter().any(source_changed))
        {
            counter.fetch_add(1, Ordering::SeqCst);
        }
        let _ = tx.send(result);
    };
    // The site folder itself only for `site.yaml` (not recursively: it may hold `public/`,
    // `.git/` or a build's `target/`), and the source folders recursively.
    let debouncer = new_debouncer(
        Duration::from_millis(30),
        Some(Duration::from_millis(10)),
        handler,
    )
    .and_then(|mut d| {
        d.watch(site_dir, RecursiveMode::NonRecursive)?;
        Ok(d)
    });
    let mut watched: Vec<PathBuf> = Vec::new();
    // Source folders created while serving are watched from their creation on.
    let mut watch_sources = |d: &mut notify_debouncer_full::Debouncer<_, _>| {
        for sub in ["content", "themes", "locales", "reference"] {
            let dir = site_dir.join(sub);
            if dir.is_dir() && !watched.contains(&dir) {
                match d.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => watched.push(dir),
                    Err(e) => eprintln!("warning: cannot watch {}: {e}", dir.display()),
                }
            }
        }
    };
    let mut debouncer = match debouncer {
        Ok(mut d) => {
            watch_sources(&mut d);
            let _ = ready.send(Ok(()));
            d
        }
        Err(e) => {
            let _ = ready.send(Err(format!("cannot watch {}: {e}", site_dir.display())));
            return;
        }
    };
    let output = site_dir.join("public");
    if let Some(b) = built.as_mut() {
        b.cache.refill();
    }
    // The open data owes an export since a rebuild changed what it holds.
    let mut export_owed = false;
    let mut exporting: Option<std::thread::JoinHandle<bool>> = None;
    while let Ok(first) = rx.recv() {
        // Everything that arrived meanwhile is one change.
        let mut paths: Vec<PathBuf> = Vec::new();
        for result in std::iter::once(first).chain(rx.try_iter()) {
            match result {
                Ok(events) => {
                    for e in events.iter().filter(|e| is_change(&e.event.kind)) {
                        paths.extend(e.event.paths.iter().cloned());
                    }
                }
                Err(errors) => {
                    for e in errors {
                        eprintln!("warning: watching files: {e}");
                    }
                }
            }
        }
        paths.sort();
        paths.dedup();
        paths.retain(|p| incremental::classify(site_dir, p, Some(&output)) != Source::Ignored);
        watch_sources(&mut debouncer);
        if paths.is_empty() {
            continue;
        }
        let start = Instant::now();
        // A new theme, locales or configuration: the open pages reload whole (their styles may
        // have changed); otherwise they replace their content in place.
        let hard = built.is_none()
            || paths
                .iter()
                .any(|p| incremental::classify(site_dir, p, Some(&output)) == Source::Everything);
        // The pages open in a browser are rendered first and shown at once.
        let mut replaced = Vec::new();
        let mut open = Open {
            pages: shared.open_pages(),
            early: Box::new(|files| replaced = show_early(shared, files, hard)),
        };
        let result = match built.as_mut() {
            Some(b) => incremental::rebuild_open(
                b,
                site_dir,
                Some(base_url),
                &paths,
                Some(&output),
                &mut open,
            ),
            None => incremental::full_open(site_dir, Some(base_url), &mut open).map(|(b, r)| {
                built = Some(b);
                r
            }),
        };
        drop(open);
        let shown: HashSet<String> = replaced.iter().map(|(p, _)| p.clone()).collect();
        if result.is_err() {
            take_back(shared, std::mem::take(&mut replaced));
        }
        match result {
            Ok(rebuilt) => {
                let line = format!(
                    "{} changed: rendered {} of {} pages{} in {} ms (load and check {} ms, render {} ms)",
                    describe(site_dir, &paths),
                    rebuilt.rendered,
                    rebuilt.total,
                    if rebuilt.full { ", full rebuild" } else { "" },
                    start.elapsed().as_millis(),
                    rebuilt.load.as_millis(),
                    rebuilt.render.as_millis()
                );
                if !quiet {
                    eprint!("{}", rebuilt.warnings.render(site_dir));
                }
                export_owed |= rebuilt.export_pending;
                publish(shared, rebuilt, hard, &shown);
                if !quiet {
                    eprintln!("{line}");
                }
                // While the open pages reload: the copies of the records the next edit will use.
                if let Some(b) = built.as_mut() {
                    b.cache.refill();
                }
                // An export that did not finish (a change came) is owed again.
                if let Some(h) = exporting.take() {
                    export_owed |= !(h.is_finished() && h.join().unwrap_or(false));
                }
                if let (true, Some(b)) = (export_owed, built.as_ref()) {
                    export_owed = false;
                    exporting = export_in_background(
                        b.site.clone(),
                        b.renderer.clone(),
                        shared.clone(),
                        arrived.clone(),
                        verbose,
                    );
                }
            }
            Err(failed) => {
                report(shared, site_dir, failed);
                // The load used up spare copies of unchanged files' records.
                if let Some(b) = built.as_mut() {
                    b.cache.refill();
                }
            }
        }
    }
}

/// How long the open-data export waits after a rebuild is published: the browser's reload of
/// the open pages comes first.
const EXPORT_GRACE: Duration = Duration::from_millis(500);

/// Exports the open data of `site` on a thread of its own, at a low priority, a moment after a
/// rebuild is published; the files are served when it finishes. It gives way (returns false,
/// serving nothing) as soon as another change to a source arrives (`arrived` moves): the next
/// rebuild does not wait for it, and exports again after it.
fn export_in_background(
    site: Arc<crate::index::Site>,
    renderer: Arc<crate::render::Renderer>,
    shared: Arc<Shared>,
    arrived: Arc<AtomicU64>,
    verbose: bool,
) -> Option<std::thread::JoinHandle<bool>> {
    let seen = arrived.load(Ordering::SeqCst);
    let run = move || {
        lower_priority();
        let stop = || arrived.load(Ordering::SeqCst) != seen;
        let grace = Instant::now();
        while !stop() && grace.elapsed() < EXPORT_GRACE {
            std::thread::sleep(Duration::from_millis(10));
        }
        let start = Instant::now();
        // Its own threads, at a low priority too: the rebuilds' threads (rayon's global pool)
        // never queue behind the export's work, and take the cores first.
        let export = || incremental::export_unless(&site, &renderer, &stop);
        let files = match rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("suivi-export-{i}"))
            .start_handler(|_| lower_priority())
            .build()
        {
            Ok(pool) => pool.install(export),
            Err(_) => export(),
        };
        let done = match files {
            Some(files) => {
                let mut map = shared.files.write().unwrap_or_else(|e| e.into_inner());
                // Checked under the lock: files of an older site are never served after a newer
                // rebuild's.
                if stop() {
                    false
                } else {
                    map.extend(files.into_iter().map(|(p, b)| (p, Bytes::from(b))));
                    true
                }
            }
            None => false,
        };
        if verbose {
            match done {
                true => eprintln!("open data exported in {} ms", start.elapsed().as_millis()),
                false => eprintln!(
                    "open data export put off after {} ms: another change came",
                    start.elapsed().as_millis()
                ),
            }
        }
        done
    };
    match std::thread::Builder::new()
        .name("suivi-export".into())
        .spawn(run)
    {
        Ok(h) => Some(h),
        Err(e) => {
            eprintln!("warning: the open-data downloads are not updated: {e}");
            None
        }
    }
}

/// Lowers the calling thread's scheduling priority (Linux: `nice` is per thread), so that the
/// export uses what the rebuilds and the browser leave.
fn lower_priority() {
    // On Linux, `setpriority(PRIO_PROCESS, 0)` sets the calling thread's nice value. A failure
    // leaves the priority as it was, which is harmless.
    #[cfg(target_os = "linux")]
    let _ = rustix::process::setpriority_process(None, 10);
}

/// Whether a watched event is a change to a source (reading files, our own loads included, is
/// not; nor is a change of metadata alone).
fn is_change(kind: &notify_debouncer_full::notify::EventKind) -> bool {
    use notify_debouncer_full::notify::EventKind;
    use notify_debouncer_full::notify::event::ModifyKind;
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(m) => !matches!(m, ModifyKind::Metadata(_)),
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

fn describe(site_dir: &Path, paths: &[PathBuf]) -> String {
    let site = std::path::absolute(site_dir).unwrap_or_else(|_| site_dir.to_path_buf());
    let first = paths[0]
        .strip_prefix(&site)
        .unwrap_or(&paths[0])
        .display()
        .to_string();
    match paths.len() {
        1 => first,
        n => format!("{first} and {} other file(s)", n - 1),
    }
}

async fn livereload_js() -> Response {
    typed(
        LIVERELOAD_JS.as_bytes().to_vec().into(),
        "text/javascript; charset=utf-8",
    )
}

async fn overlay_css() -> Response {
    typed(
        OVERLAY_CSS.as_bytes().to_vec().into(),
        "text/css; charset=utf-8",
    )
}

/// The event stream the live-reload script listens to, `?page=` its page's path: `version`
/// first, then after every good rebuild `refresh` (the page changed: show it again in place),
/// `reload` (it changed with the theme, locales or configuration: reload it) or `current` (it did
/// not change), and `problem` (with the text) after a failed one.
async fn events(
    State(shared): State<Arc<Shared>>,
    Query(query): Query<HashMap<String, String>>,
) -> impl IntoResponse {
    let rx = shared.notices.subscribe();
    let version = shared.version.load(Ordering::SeqCst);
    let error = shared
        .error
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let mut first = vec![Event::default().event("version").data(version.to_string())];
    if let Some(text) = error {
        first.push(problem_event(&text));
    }
    let key = query.get("page").and_then(|p| resolve(p).ok());
    let viewer = Viewer::new(shared.clone(), key);
    let initial =
        futures_util::stream::iter(first.into_iter().map(Ok::<_, std::convert::Infallible>));
    let updates = futures_util::stream::unfold((rx, viewer), |(mut rx, viewer)| async move {
        let event = match rx.recv().await {
            Ok(Notice::Reload {
                version,
                pages,
                hard,
            }) => viewer.event(version, &pages, hard),
            Ok(Notice::Error(text)) => problem_event(&text),
            // Notices were missed: whatever they said, a reload shows the current site.
            Err(broadcast::error::RecvError::Lagged(_)) => {
                let version = viewer.shared.version.load(Ordering::SeqCst);
                viewer.event(version, &Which::All, true)
            }
            Err(broadcast::error::RecvError::Closed) => return None,
        };
        Some((Ok(event), (rx, viewer)))
    });
    use futures_util::StreamExt;
    Sse::new(initial.chain(updates)).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

fn problem_event(text: &str) -> Event {
    // SSE data cannot hold bare newlines; JSON keeps the text whole.
    Event::default()
        .event("problem")
        .data(serde_json::to_string(text).unwrap_or_default())
}

fn typed(body: Bytes, content_type: &'static str) -> Response {
    let mut resp = Response::new(Body::from(body));
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    resp
}

fn status(code: StatusCode, text: &'static str) -> Response {
    let mut resp = typed(
        Bytes::from_static(text.as_bytes()),
        "text/plain; charset=utf-8",
    );
    *resp.status_mut() = code;
    resp
}

/// The content type of a served file, from its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "xml" if path.ends_with("sitemap.xml") || path.contains("/sitemap-") => {
            "application/xml; charset=utf-8"
        }
        "xml" => "application/atom+xml; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "zip" => "application/zip",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// Why a request path is refused.
#[derive(Debug, PartialEq, Eq)]
pub enum BadPath {
    /// Not valid percent-encoding or not UTF-8.
    Encoding,
    /// `..` or `.` segments, backslashes, NUL or other control characters, encoded slashes.
    Unsafe,
}

/// Turns a request path (still percent-encoded) into the key of a served file: no leading slash,
/// `index.html` for folders. Refuses anything that could name a file outside the output.
pub fn resolve(raw: &str) -> Result<String, BadPath> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut it = raw.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next(), it.next()];
            let [Some(h), Some(l)] = hex else {
                return Err(BadPath::Encoding);
            };
            let v = std::str::from_utf8(&[h, l])
                .ok()
                .and_then(|s| u8::from_str_radix(s, 16).ok())
                .ok_or(BadPath::Encoding)?;
            // An encoded slash or backslash would be a separator only after decoding.
            if v == b'/' || v == b'\\' {
                return Err(BadPath::Unsafe);
            }
            bytes.push(v);
        } else {
            bytes.push(b);
        }
    }
    let path = String::from_utf8(bytes).map_err(|_| BadPath::Encoding)?;
    if !path.starts_with('/')
        || path.starts_with("//")
        || path.contains('\\')
        || path.chars().any(char::is_control)
    {
        return Err(BadPath::Unsafe);
    }
    let rel = &path[1..];
    if rel
        .split('/')
        .any(|seg| seg == ".." || seg == "." || seg.contains(':'))
    {
        return Err(BadPath::Unsafe);
    }
    if rel.is_empty() || rel.ends_with('/') {
        Ok(format!("{rel}index.html"))
    } else {
        Ok(rel.to_string())
    }
}

/// Adds the live-reload script to an HTML page and lets it connect back to this server.
fn inject(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let text = text.replacen(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"connect-src 'self'; ",
        1,
    );
    match text.find("</head>") {
        Some(i) => format!("{}{SCRIPT_TAG}\n{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{SCRIPT_TAG}\n").into_bytes(),
    }
}

async fn page(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut r = status(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let key = match resolve(uri.path()) {
        Ok(k) => k,
        Err(_) => return status(StatusCode::BAD_REQUEST, "bad path\n"),
    };
    let (found, code) = {
        let files = shared.files.read().unwrap_or_else(|e| e.into_inner());
        if let Some(b) = files.get(&key) {
            (Some((key.clone(), b.clone())), StatusCode::OK)
        } else if files.contains_key(&format!("{key}/index.html")) {
            // A folder asked without its slash: send the browser to the folder, so that
            // relative links resolve.
            let mut r = status(StatusCode::MOVED_PERMANENTLY, "moved\n");
            if let Ok(v) = HeaderValue::from_str(&format!("{}/", uri.path())) {
                r.headers_mut().insert(header::LOCATION, v);
            }
            return r;
        } else if let Some(b) = files.get("404.html") {
            (Some(("404.html".into(), b.clone())), StatusCode::NOT_FOUND)
        } else {
            (None, StatusCode::NOT_FOUND)
        }
    };
    let Some((name, bytes)) = found else {
        // No site yet: the first build failed. The script shows why.
        let mut r = typed(
            Bytes::from(inject(
                b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>suivi: the site did not build</title></head><body><main><h1>The site did not build</h1><p>The problems are listed in the terminal. This page reloads when they are fixed.</p></main></body></html>",
            )),
            "text/html; charset=utf-8",
        );
        *r.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
        return r;
    };
    let ctype = content_type(&name);
    let body = if ctype.starts_with("text/html") {
        Bytes::from(inject(&bytes))
    } else {
        bytes
    };
    let mut r = typed(body, ctype);
    *r.status_mut() = code;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_paths_and_refuses_traversal() {
        assert_eq!(resolve("/").unwrap(), "index.html");
        assert_eq!(resolve("/en/").unwrap(), "en/index.html");
        assert_eq!(
            resolve("/en/states/svn.html").unwrap(),
            "en/states/svn.html"
        );
        assert_eq!(resolve("/ar/%D8%A7.html").unwrap(), "ar/\u{0627}.html");
        for bad in [
            "/../etc/passwd",
            "/en/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/en/%2f..%2fetc",
            "/..%2fetc/passwd",
            "/..%5cetc",
            "/en\\..\\..\\etc",
            "/en/%00.html",
            "//etc/passwd",
            "/./en/",
            "/C:/Windows/win.ini",
        ] {
            assert!(resolve(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(resolve("/%zz"), Err(BadPath::Encoding));
        assert_eq!(resolve("/%ff.html"), Err(BadPath::Encoding));
        // An absolute path is a path inside the site, where it does not exist.
        assert_eq!(resolve("/etc/passwd").unwrap(), "etc/passwd");
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("en/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("static/suivi.css"), "text/css; charset=utf-8");
        assert_eq!(
            content_type("en/updates.xml"),
            "application/atom+xml; charset=utf-8"
        );
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(content_type("data/en/all.zip"), "application/zip");
        assert_eq!(content_type(".nojekyll"), "application/octet-stream");
    }

    #[test]
    fn injects_the_script_and_keeps_the_policy_strict() {
        let page = b"<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\"></head><body></body></html>";
        let out = String::from_utf8(inject(page)).unwrap();
        assert!(
            out.contains("content=\"connect-src 'self'; default-src 'none'; script-src 'self'\"")
        );
        assert!(out.contains(&format!("{SCRIPT_TAG}\n</head>")));
        assert!(!out.contains("unsafe-inline"));
    }
}
