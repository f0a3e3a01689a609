//! Diagnostics: every problem found in a site, with its file, line and column, a plain-words
//! message and, where one helps, a hint. They are collected, never thrown, so that one run reports
//! all problems at once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based; 0 when the problem is about the whole file.
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(
        file: impl Into<PathBuf>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line,
            column,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(
        file: impl Into<PathBuf>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, line, column, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `path:line:column: error: message`, then the offending line with a marker, then the hint.
    /// `source` is the file's text when it is at hand.
    pub fn render(&self, source: Option<&str>) -> String {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = self.file.display().to_string();
        let mut out = format!(
            "{path}:{}:{}: {level}: {}\n",
            self.line.max(1),
            self.column.max(1),
            self.message
        );
        let line_text = source
            .filter(|_| self.line > 0)
            .and_then(|s| yaml_lines(s).nth(self.line - 1));
        let annotate_level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group = Group::with_level(annotate_level.clone());
        if let Some(text) = line_text {
            let text = text.trim_end_matches('\r');
            // Columns count characters; annotate-snippets wants a byte range.
            let start = text
                .char_indices()
                .nth(self.column.saturating_sub(1))
                .map_or(text.len(), |(i, _)| i);
            let end = text[start..]
                .char_indices()
                .find(|(_, c)| c.is_whitespace() || *c == ':' || *c == ',')
                .map_or(text.len(), |(i, _)| start + i)
                .max(start + text[start..].chars().next().map_or(0, char::len_utf8));
            group = group.element(
                Snippet::source(text)
                    .line_start(self.line)
                    .path(path.clone())
                    .annotation(
                        AnnotationKind::Primary
                            .span(start..end)
                            .label(&self.message),
                    ),
            );
        }
        if let Some(hint) = &self.hint {
            group = group.element(Level::HELP.message(hint));
        }
        if line_text.is_some() || self.hint.is_some() {
            let rendered = Renderer::plain().render(&[group]);
            let _ = writeln!(out, "{rendered}");
        }
        out
    }
}

/// Lines as YAML counts them: a line ends at `\r\n`, `\n` or a lone `\r`.
fn yaml_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let s = rest?;
        match s.find(['\r', '\n']) {
            Some(i) => {
                let next = if s[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                rest = Some(&s[next..]).filter(|r| !r.is_empty());
                Some(&s[..i])
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

/// The diagnostics of a run, sorted so that output is stable whatever the thread count.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        self.items.dedup();
    }

    /// Renders every diagnostic, reading each file once to show the offending line.
    pub fn render(&self, root: &Path) -> String {
        let mut out = String::new();
        let mut cache: Option<(PathBuf, Option<String>)> = None;
        for d in &self.items {
            if cache.as_ref().is_none_or(|(p, _)| p != &d.file) {
                let full = if d.file.is_absolute() {
                    d.file.clone()
                } else {
                    root.join(&d.file)
                };
                let text = std::fs::read(&full)
                    .ok()
                    .filter(|b| b.len() < 64 * 1024 * 1024)
                    .and_then(|b| String::from_utf8(b).ok());
                cache = Some((d.file.clone(), text));
            }
            // Line and column count from after a byte-order mark, as the parser does.
            let source = cache
                .as_ref()
                .and_then(|(_, t)| t.as_deref())
                .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t));
            out.push_str(&d.render(source));
        }
        out
    }
}

/// The closest of `candidates` to `word`, for "did you mean" hints.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_line_and_hint() {
        let d = Diagnostic::error("content/a.yaml", 2, 3, "unknown field `staus`")
            .with_hint("did you mean `status`?");
        let out = d.render(Some("- id: a\n  staus: x\n"));
        assert!(
            out.starts_with("content/a.yaml:2:3: error: unknown field `staus`\n"),
            "{out}"
        );
        assert!(out.contains("staus: x"), "{out}");
        assert!(out.contains("did you mean `status`?"), "{out}");
    }

    #[test]
    fn suggests_near_words_only() {
        assert_eq!(
            did_you_mean("staus", ["status", "state", "id"]),
            Some("status")
        );
        assert_eq!(did_you_mean("zzzz", ["status", "state"]), None);
    }
}
