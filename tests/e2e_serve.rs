//! `suivi serve` end to end: the real binary on a free port, real HTTP over loopback. Edits are
//! seen, a broken edit keeps the last good site, traversal paths are refused, and a burst of
//! 1,000 requests leaves the server up with bounded threads and memory.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::BIN;

struct Server {
    child: Child,
    addr: String,
    _tmp: tempfile::TempDir,
    site: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A new site from `suivi init`, served on a free port.
fn start() -> Server {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let out = Command::new(BIN).arg("init").arg(&site).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let mut child = Command::new(BIN)
        .args(["serve", "--port", "0"])
        .arg(&site)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("suivi serve prints its address");
    let addr = line
        .trim()
        .rsplit("http://")
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{line}");
    Server {
        child,
        addr,
        _tmp: tmp,
        site,
    }
}

struct Resp {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Resp {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).to_string()
    }
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// One HTTP/1.1 request with the path sent exactly as given (no client-side normalisation).
fn get(addr: &str, raw_path: &str) -> Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {raw_path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let split = all
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response");
    let head = String::from_utf8_lossy(&all[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    Resp {
        status,
        head,
        body: all[split + 4..].to_vec(),
    }
}

/// Reads the live-reload event stream of the page `page` in the background, as the page's script
/// does; each event's name and data arrive on the channel.
fn listen(addr: &str, page: &str) -> mpsc::Receiver<(String, String)> {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /__suivi/events?page={page} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut event = String::new();
        for line in BufReader::new(s).lines() {
            let Ok(line) = line else { break };
            if let Some(e) = line.strip_prefix("event: ") {
                event = e.to_string();
            } else if let Some(d) = line.strip_prefix("data: ")
                && tx.send((event.clone(), d.to_string())).is_err()
            {
                break;
            }
        }
    });
    rx
}

fn wait_for(rx: &mpsc::Receiver<(String, String)>, name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if let Ok((e, d)) = rx.recv_timeout(Duration::from_secs(1))
            && e == name
        {
            return d;
        }
    }
    panic!("no `{name}` event");
}

fn rec_file(site: &Path) -> PathBuf {
    let dir = site.join("content/recommendations");
    std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "yaml"))
        .unwrap()
}

const PAGE: &str = "/en/recommendations/my-first-recommendation.html";

#[test]
fn serves_reloads_keeps_the_last_good_site_and_refuses_traversal() {
    let server = start();
    let addr = &server.addr;

    // The page, with the live-reload script and a policy that lets it connect back.
    let page = get(addr, PAGE);
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    let html = page.text();
    assert!(html.contains("Replace this sample"), "{html}");
    assert!(html.contains("<script src=\"/__suivi/livereload.js\" defer></script>"));
    assert!(html.contains("connect-src 'self'"));
    assert!(!html.contains("unsafe-inline"));
    let js = get(addr, "/__suivi/livereload.js");
    assert_eq!(js.status, 200);
    assert!(
        js.header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.text().contains("role"));
    assert_eq!(
        get(addr, "/static/suivi.css")
            .header("content-type")
            .as_deref(),
        Some("text/css; charset=utf-8")
    );
    assert_eq!(get(addr, "/").status, 200);
    assert_eq!(get(addr, "/en/").status, 200);
    let missing = get(addr, "/en/no-such-page.html");
    assert_eq!(missing.status, 404);

    // An edit is served, and the open pages it changes are told to show it again; a page it does
    // not change is only told the new version.
    let events = listen(addr, PAGE);
    let browse = listen(addr, "/en/browse.html");
    let not_found = listen(addr, "/en/no-such-page.html");
    for rx in [&events, &browse, &not_found] {
        wait_for(rx, "version");
    }
    let file = rec_file(&server.site);
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replace(
        "Replace this sample with a real recommendation",
        "Edited while serving",
    );
    assert_ne!(text, edited);
    std::fs::write(&file, &edited).unwrap();
    let version = wait_for(&events, "refresh");
    let html = get(addr, PAGE).text();
    assert!(html.contains("Edited while serving"), "{html}");
    // The page that does not change learns the last version, without a refresh; one that is not
    // found may exist now, so it is refreshed.
    let last = version.parse::<u64>().unwrap();
    loop {
        let (name, data) = browse.recv_timeout(Duration::from_secs(60)).unwrap();
        assert_eq!(name, "current", "the browse page does not show the edit");
        if data.parse::<u64>().unwrap() >= last {
            break;
        }
    }
    wait_for(&not_found, "refresh");
    // The open-data downloads follow, exported on a thread of their own.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let csv = get(addr, "/data/en/recommendations.csv");
        assert_eq!(csv.status, 200);
        if csv.text().contains("Edited while serving") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the open data was not exported again"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // The open page was rendered first and announced alone; the rest of the site followed, which
    // the page learns as a version that does not concern it.
    let (name, data) = events.recv_timeout(Duration::from_secs(60)).unwrap();
    assert_eq!(name, "current", "{name} {data}");
    assert!(data.parse::<u64>().unwrap() > version.parse().unwrap());

    // A broken edit: the problem is announced with the file's name, the last good page stays.
    std::fs::write(
        &file,
        edited.replace("mechanism: crc", "mechanism: [unclosed"),
    )
    .unwrap();
    let problem = wait_for(&events, "problem");
    assert!(problem.contains("recommendations"), "{problem}");
    assert!(problem.contains("last good version"), "{problem}");
    let page = get(addr, PAGE);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Edited while serving"));

    // Fixed again: served again.
    std::fs::write(&file, edited.replace("Edited while serving", "Fixed")).unwrap();
    wait_for(&events, "refresh");
    assert!(get(addr, PAGE).text().contains("Fixed"));

    // A change to the configuration (as to the theme or the locales) may change every page's
    // styles and scripts: the open pages reload whole.
    let config = server.site.join("site.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}\n# edited while serving\n")).unwrap();
    wait_for(&events, "reload");
    wait_for(&browse, "reload");

    // Traversal: refused (400) or not found (404), never a file outside the output.
    let secret = std::fs::read_to_string(server.site.join("site.yaml")).unwrap();
    for (path, expected) in [
        ("/../site.yaml", 400),
        ("/en/../../site.yaml", 400),
        ("/%2e%2e/site.yaml", 400),
        ("/%2E%2E/%2e%2e/etc/passwd", 400),
        ("/en/%2e%2e%2f%2e%2e%2fsite.yaml", 400),
        ("/..%2fsite.yaml", 400),
        ("/..%5csite.yaml", 400),
        ("/en\\..\\..\\site.yaml", 400),
        ("/en/%00", 400),
        ("/%00/../site.yaml", 400),
        ("//etc/passwd", 400),
        ("/etc/passwd", 404),
        ("/site.yaml", 404),
        ("/content/recommendations/sample.yaml", 404),
        // The absolute path of a source file: a path inside the site, where it does not exist.
        (
            &server.site.join("site.yaml").display().to_string()[..],
            404,
        ),
    ] {
        let r = get(addr, path);
        assert_eq!(r.status, expected, "{path}");
        let body = r.text();
        assert!(!body.contains(secret.trim()), "{path} served site.yaml");
        assert!(!body.contains("root:x:0:0"), "{path} served /etc/passwd");
    }
    // Methods other than GET and HEAD.
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "DELETE {PAGE} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    assert!(resp.starts_with("HTTP/1.1 405"), "{resp}");
}

/// Threads and resident memory of a process, from /proc (Linux).
fn usage(pid: u32) -> Option<(usize, usize)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<usize> {
        status
            .lines()
            .find(|l| l.starts_with(name))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    };
    Some((field("Threads:")?, field("VmRSS:")?))
}

#[test]
fn a_burst_of_1000_requests_leaves_the_server_up_and_bounded() {
    let server = start();
    let addr = server.addr.clone();
    let before = usage(server.child.id());
    let paths = [
        "/en/index.html",
        "/fr/recommendations/index.html",
        "/static/suivi.css",
        "/ar/states/svn.html",
        "/%2e%2e/site.yaml",
        "/missing.html",
    ];
    // 1,000 requests, all connections open at once: 50 threads, 20 connections each.
    let start = Instant::now();
    let handles: Vec<_> = (0..50)
        .map(|t| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut conns = Vec::new();
                for i in 0..20 {
                    let path = paths[(t * 20 + i) % paths.len()];
                    let mut s = TcpStream::connect(&addr).unwrap();
                    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
                    write!(
                        s,
                        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
                    )
                    .unwrap();
                    conns.push(s);
                }
                let mut ok = 0;
                for mut s in conns {
                    let mut buf = Vec::new();
                    if s.read_to_end(&mut buf).is_ok() && buf.starts_with(b"HTTP/1.1 ") {
                        ok += 1;
                    }
                }
                ok
            })
        })
        .collect();
    let answered: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    let elapsed = start.elapsed();
    assert_eq!(answered, 1000, "every request gets an answer");
    let after = usage(server.child.id());
    eprintln!(
        "1000 requests in {} ms; threads and RSS (kB) before {before:?}, after {after:?}",
        elapsed.as_millis()
    );
    if let (Some((_, rss0)), Some((threads, rss1))) = (before, after) {
        assert!(threads <= 32, "{threads} threads after the burst");
        assert!(
            rss1 < rss0 + 200 * 1024,
            "memory grew from {rss0} kB to {rss1} kB"
        );
    }
    assert_eq!(get(&addr, "/en/index.html").status, 200, "still up");
}
