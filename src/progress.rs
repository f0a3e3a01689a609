//! Progress bars for long steps (builds, imports): shown on standard error only when it is a
//! terminal, not in CI (`CI` set to anything but `false`/`0`), not with `--quiet`, and only once
//! a step has taken more than a second, so quick runs print nothing extra.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// 0 quiet, 1 normal, 2 verbose.
static LEVEL: AtomicU8 = AtomicU8::new(1);

/// Set once by the command line.
pub fn set_level(quiet: bool, verbose: bool) {
    let level = if quiet {
        0
    } else if verbose {
        2
    } else {
        1
    };
    LEVEL.store(level, Ordering::Relaxed);
}

pub fn quiet() -> bool {
    LEVEL.load(Ordering::Relaxed) == 0
}

pub fn verbose() -> bool {
    LEVEL.load(Ordering::Relaxed) == 2
}

/// Whether bars may be drawn: a terminal, not CI, not quiet.
pub fn bars_allowed() -> bool {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    !quiet() && !ci && std::io::stderr().is_terminal()
}

/// Prints a timing line with `--verbose`.
pub fn timing(what: &str, elapsed: Duration) {
    if verbose() {
        eprintln!("{what}: {} ms", elapsed.as_millis());
    }
}

/// Per template, with `--verbose`: pages, time building their contexts, time in Tera, bytes.
type TemplateTimes = BTreeMap<&'static str, (u64, Duration, Duration, u64)>;
static TEMPLATE_TIMES: Mutex<TemplateTimes> = Mutex::new(BTreeMap::new());

/// Adds one page's times to its template's totals (with `--verbose` only).
pub fn template_time(template: &'static str, context: Duration, render: Duration, bytes: usize) {
    if verbose() {
        let mut times = TEMPLATE_TIMES.lock().unwrap_or_else(|e| e.into_inner());
        let t = times.entry(template).or_default();
        t.0 += 1;
        t.1 += context;
        t.2 += render;
        t.3 += bytes as u64;
    }
}

/// Prints, with `--verbose`, the totals of [`template_time`] (CPU time summed over threads),
/// most expensive first, and forgets them.
pub fn template_report() {
    if !verbose() {
        return;
    }
    let times = std::mem::take(&mut *TEMPLATE_TIMES.lock().unwrap_or_else(|e| e.into_inner()));
    let mut rows: Vec<_> = times.into_iter().collect();
    rows.sort_by_key(|(name, t)| (std::cmp::Reverse(t.1 + t.2), *name));
    for (name, (n, context, render, bytes)) in rows {
        eprintln!(
            "  {name}: {n} pages, context {} ms, template {} ms, {} KB",
            context.as_millis(),
            render.as_millis(),
            bytes / 1024
        );
    }
}

/// A bar that appears after one second, if bars are allowed.
pub struct Progress {
    bar: ProgressBar,
    start: Instant,
    allowed: bool,
    shown: bool,
}

const DELAY: Duration = Duration::from_secs(1);

impl Progress {
    /// A bar of `len` steps (`None`: a spinner) labelled `message`.
    pub fn new(len: Option<u64>, message: &str) -> Progress {
        let bar = match len {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::hidden()),
            None => ProgressBar::hidden(),
        };
        let style = match len {
            Some(_) => ProgressStyle::with_template(
                "{msg:>12} [{bar:30}] {human_pos}/{human_len} ({elapsed})",
            ),
            None => ProgressStyle::with_template("{spinner} {msg} ({elapsed})"),
        };
        if let Ok(style) = style {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(message.to_string());
        Progress {
            bar,
            start: Instant::now(),
            allowed: bars_allowed(),
            shown: false,
        }
    }

    fn maybe_show(&mut self) {
        if self.allowed && !self.shown && self.start.elapsed() >= DELAY {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(120));
            self.shown = true;
        }
    }

    pub fn inc(&mut self, n: u64) {
        self.bar.inc(n);
        self.maybe_show();
    }

    /// Whether the bar is on screen (for tests and for callers that print around it).
    pub fn is_shown(&self) -> bool {
        self.shown
    }

    pub fn finish(self) {
        if self.shown {
            self.bar.finish_and_clear();
        }
    }
}

/// Runs `f`, with a spinner labelled `message` if it takes more than a second.
pub fn spin<T>(message: &str, f: impl FnOnce() -> T) -> T {
    if !bars_allowed() {
        return f();
    }
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    let message = message.to_string();
    let handle = std::thread::spawn(move || {
        let start = Instant::now();
        while !flag.load(Ordering::Relaxed) && start.elapsed() < DELAY {
            std::thread::sleep(Duration::from_millis(20));
        }
        if flag.load(Ordering::Relaxed) {
            return;
        }
        let bar = ProgressBar::new_spinner();
        bar.set_draw_target(ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.set_message(message);
        bar.enable_steady_tick(Duration::from_millis(120));
        while !flag.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(20));
        }
        bar.finish_and_clear();
    });
    let out = f();
    done.store(true, Ordering::Relaxed);
    let _ = handle.join();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_bar_when_not_a_terminal_or_quiet() {
        // Tests run with standard error captured or redirected: never a bar.
        let mut p = Progress::new(Some(10), "test");
        std::thread::sleep(Duration::from_millis(1100));
        p.inc(1);
        if !std::io::stderr().is_terminal() {
            assert!(!p.is_shown());
        }
        p.finish();
        set_level(true, false);
        assert!(quiet() && !bars_allowed());
        set_level(false, true);
        assert!(verbose() && !quiet());
        set_level(false, false);
        assert_eq!(spin("x", || 42), 42);
    }
}
