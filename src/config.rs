//! `site.yaml` into a typed `Config`: languages, fallback chain, base URL, theme and the status
//! vocabulary.

use std::path::Path;

use serde::Deserialize;

use crate::diag::{Diagnostic, did_you_mean};
use crate::i18n::{Lang, Text};
use crate::load::yaml_error;
use crate::model::Spanned;

/// One implementation status: its id, optional label overrides, a colour and an icon, so that
/// colour is never the only cue.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusDef {
    pub id: String,
    pub label: Option<Text>,
    pub colour: String,
    pub icon: String,
}

/// The default implementation-status vocabulary (CONTENT-MODEL.md), in display order. The colours
/// all reach 3:1 against white (non-text contrast) and each status has its own icon.
pub fn default_statuses() -> Vec<StatusDef> {
    [
        ("not_started", "#6b6b6b", "○"),
        ("planned", "#5a4fcf", "◔"),
        ("in_progress", "#0a66c2", "◑"),
        ("partially_implemented", "#8a5a00", "◕"),
        ("implemented", "#1a7f37", "●"),
        ("not_implemented", "#c62828", "✕"),
        ("not_applicable", "#555555", "–"),
        ("no_information", "#757575", "?"),
    ]
    .into_iter()
    .map(|(id, colour, icon)| StatusDef {
        id: id.into(),
        label: None,
        colour: colour.into(),
        icon: icon.into(),
    })
    .collect()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Text,
    description: Option<Text>,
    languages: Option<Spanned<Vec<Lang>>>,
    default_language: Option<Lang>,
    fallback: Option<Vec<Lang>>,
    base_url: Option<Spanned<String>>,
    theme: Option<String>,
    state: Option<Spanned<String>>,
    statuses: Option<Vec<StatusDef>>,
    search: Option<bool>,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub title: Text,
    pub description: Option<Text>,
    pub languages: Vec<Lang>,
    pub default_language: Lang,
    pub fallback: Vec<Lang>,
    /// Always ends with `/`. Absolute (`https://…/repo/`) or a path (`/`).
    pub base_url: String,
    pub theme: String,
    pub state: Option<Spanned<String>>,
    pub statuses: Vec<StatusDef>,
    /// Full-text search (a Pagefind index and a search page per language); on unless
    /// `search: false`.
    pub search: bool,
}

impl Config {
    /// Reads and validates `site.yaml`; `base_url` from the command line wins over the file.
    pub fn load(site: &Path, base_url_override: Option<&str>) -> Result<Config, Vec<Diagnostic>> {
        let file = Path::new("site.yaml");
        // A linked site.yaml could read a file outside the site, and its parse errors quote it.
        if std::fs::symlink_metadata(site.join(file)).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(vec![crate::load::symlink_refused(file)]);
        }
        let text = std::fs::read(site.join(file)).map_err(|e| {
            vec![Diagnostic::error(file, 0, 0, format!("cannot read site.yaml: {e}")).with_hint(
                "run `suivi init DIR` to create a new site, or pass the folder that holds site.yaml",
            )]
        })?;
        let text = crate::load::decode(file, &text).map_err(|d| vec![d])?;
        let raw: RawConfig =
            crate::load::parse_yaml(&text).map_err(|e| vec![yaml_error(file, 0, &e)])?;
        Self::from_raw(raw, base_url_override).map_err(|errs| {
            errs.into_iter()
                .map(|(line, col, msg, hint)| {
                    let d = Diagnostic::error(file, line, col, msg);
                    match hint {
                        Some(h) => d.with_hint(h),
                        None => d,
                    }
                })
                .collect()
        })
    }

    #[allow(clippy::type_complexity)]
    fn from_raw(
        raw: RawConfig,
        base_url_override: Option<&str>,
    ) -> Result<Config, Vec<(usize, usize, String, Option<String>)>> {
        let mut errors = Vec::new();
        let languages = match &raw.languages {
            Some(l) if l.value.is_empty() => {
                errors.push((
                    l.referenced.line() as usize,
                    l.referenced.column() as usize,
                    "`languages` is empty".to_string(),
                    Some("list at least one of ar, zh, en, fr, ru, es".to_string()),
                ));
                Lang::ALL.to_vec()
            }
            Some(l) => {
                let mut seen = Vec::new();
                for lang in &l.value {
                    if !seen.contains(lang) {
                        seen.push(*lang);
                    }
                }
                seen
            }
            None => Lang::ALL.to_vec(),
        };
        let default_language = raw.default_language.unwrap_or(languages[0]);
        if !languages.contains(&default_language) {
            errors.push((
                1,
                1,
                format!("default_language `{default_language}` is not in `languages`"),
                None,
            ));
        }
        let fallback = raw.fallback.unwrap_or_else(|| vec![default_language]);
        let base_url = match base_url_override
            .map(str::to_owned)
            .or(raw.base_url.as_ref().map(|b| b.value.clone()))
        {
            Some(url) => match normalise_base_url(&url) {
                Ok(u) => u,
                Err(msg) => {
                    let (line, col) = raw
                        .base_url
                        .as_ref()
                        .filter(|_| base_url_override.is_none())
                        .map_or((0, 0), |b| {
                            (b.referenced.line() as usize, b.referenced.column() as usize)
                        });
                    errors.push((
                        line,
                        col,
                        msg,
                        Some("write for example `https://example.org/repo/` or `/`".into()),
                    ));
                    "/".into()
                }
            },
            None => "/".into(),
        };
        let statuses = raw.statuses.unwrap_or_else(default_statuses);
        let mut ids: Vec<&str> = Vec::new();
        for s in &statuses {
            if ids.contains(&s.id.as_str()) {
                errors.push((
                    1,
                    1,
                    format!("status `{}` is defined twice in `statuses`", s.id),
                    None,
                ));
            }
            if !is_slug(&s.id.replace('_', "-")) {
                errors.push((
                    1,
                    1,
                    format!("status id `{}` is not a lower-case identifier", s.id),
                    None,
                ));
            }
            if !is_hex_colour(&s.colour) {
                errors.push((
                    1,
                    1,
                    format!(
                        "status `{}` has colour `{}`, which is not a #rrggbb colour",
                        s.id, s.colour
                    ),
                    None,
                ));
            }
            ids.push(&s.id);
        }
        if let Some(theme) = &raw.theme
            && !is_slug(theme)
            && theme != "default"
        {
            errors.push((
                1,
                1,
                format!("theme `{theme}` is not a plain folder name"),
                Some("name a folder in themes/ with lower-case letters, digits and `-`".into()),
            ));
        }
        if errors.is_empty() {
            Ok(Config {
                title: raw.title,
                description: raw.description,
                languages,
                default_language,
                fallback,
                base_url,
                theme: raw.theme.unwrap_or_else(|| "default".into()),
                state: raw.state,
                statuses,
                search: raw.search.unwrap_or(true),
            })
        } else {
            Err(errors)
        }
    }

    pub fn status(&self, id: &str) -> Option<&StatusDef> {
        self.statuses.iter().find(|s| s.id == id)
    }

    pub fn suggest_status(&self, id: &str) -> Option<String> {
        did_you_mean(id, self.statuses.iter().map(|s| s.id.as_str()))
            .map(|s| format!("did you mean `{s}`?"))
    }

    /// The path part of `base_url`, e.g. `/repo/`.
    pub fn base_path(&self) -> &str {
        match self.base_url.find("://") {
            Some(i) => self.base_url[i + 3..]
                .find('/')
                .map_or("/", |j| &self.base_url[i + 3 + j..]),
            None => &self.base_url,
        }
    }

    /// An absolute URL for `path` (relative to the site root) when `base_url` is absolute.
    pub fn absolute_url(&self, path: &str) -> Option<String> {
        self.base_url
            .contains("://")
            .then(|| format!("{}{}", self.base_url, path))
    }
}

fn normalise_base_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    let ok_scheme =
        url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/');
    if !ok_scheme
        || url
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    {
        return Err(format!(
            "base_url `{url}` must be an http(s) URL or a path starting with `/`"
        ));
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// Ids that are safe as one URL path segment and as a file name on every file system.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !RESERVED_NAMES.contains(&s)
        && !is_windows_device(s)
        && !s.starts_with("index-")
}

/// `com0`–`com9` and `lpt0`–`lpt9`, which Windows reserves as device names.
fn is_windows_device(s: &str) -> bool {
    s.len() == 4
        && (s.starts_with("com") || s.starts_with("lpt"))
        && s.as_bytes()[3].is_ascii_digit()
}

/// Names that Windows reserves, and names the site uses for its own pages.
const RESERVED_NAMES: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "lpt1", "lpt2", "lpt3", "index",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_is_normalised_and_checked() {
        assert_eq!(
            normalise_base_url("https://example.org/repo").unwrap(),
            "https://example.org/repo/"
        );
        assert_eq!(normalise_base_url("/").unwrap(), "/");
        assert!(normalise_base_url("javascript:alert(1)").is_err());
        assert!(normalise_base_url("example.org").is_err());
    }

    #[test]
    fn slugs() {
        assert!(is_slug("svn-upr4-140-7"));
        assert!(!is_slug("../etc"));
        assert!(!is_slug("a/b"));
        assert!(!is_slug("Upper"));
        assert!(!is_slug("con"));
        assert!(!is_slug(""));
    }
}
