//! `suivi new recommendation|update|page`: write a valid, commented file for an author to fill in,
//! with the next free id. The files are drafts or examples that pass `suivi check` as written,
//! so a site never breaks because someone ran `suivi new`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diag::did_you_mean;
use crate::model::Assessor;
use crate::reference::Reference;

/// What the site already holds: ids to avoid and defaults to offer.
struct Existing {
    config: Config,
    recommendations: Vec<(String, String)>,
    updates: BTreeSet<String>,
    pages: BTreeSet<String>,
}

fn existing(site_dir: &Path) -> Result<Existing, String> {
    let config = Config::load(site_dir, None).map_err(|errors| {
        let mut d = crate::diag::Diagnostics::default();
        d.extend(errors);
        format!(
            "site.yaml has problems; fix them first:\n{}",
            d.render(site_dir)
        )
    })?;
    // Files that do not load are skipped here: `suivi check` reports them.
    let (content, _) = crate::load::load(site_dir, &config);
    Ok(Existing {
        recommendations: content
            .recommendations
            .iter()
            .map(|r| (r.id.value.clone(), r.state.value.clone()))
            .collect(),
        updates: content.updates.iter().map(|u| u.id.clone()).collect(),
        pages: content.pages.iter().map(|p| p.slug.clone()).collect(),
        config,
    })
}

/// The first of `stem`, `stem-2`, `stem-3`… that `taken` does not hold.
fn next_free(stem: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(stem) {
        return stem.to_string();
    }
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken(id))
        .expect("an unbounded range has a free number")
}

/// The next number after those of ids `<prefix><number>`.
fn next_number(prefix: &str, ids: impl Iterator<Item = String>) -> u64 {
    ids.filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .map_or(1, |n| n + 1)
}

fn write_new(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // `create_new`: never overwrite a file that appeared meanwhile.
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    f.write_all(text.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

pub struct NewRecommendation {
    pub state: Option<String>,
    pub mechanism: Option<String>,
    pub id: Option<String>,
}

/// Writes `content/recommendations/<id>.yaml`, a draft recommendation. Returns the file.
pub fn recommendation(site_dir: &Path, opts: &NewRecommendation) -> Result<PathBuf, String> {
    let ex = existing(site_dir)?;
    let reference = Reference::builtin();
    let state = opts
        .state
        .clone()
        .or_else(|| ex.config.state.as_ref().map(|s| s.value.clone()))
        .or_else(|| ex.recommendations.first().map(|(_, s)| s.clone()))
        .ok_or("give the state the recommendation is addressed to, e.g. --state SVN")?
        .to_uppercase();
    if !reference.states.iter().any(|s| s.id == state) {
        let hint = did_you_mean(&state, reference.states.iter().map(|s| s.id.as_str()))
            .map_or_else(String::new, |s| format!(" (did you mean {s}?)"));
        return Err(format!(
            "`{state}` is not a state's ISO 3166 alpha-3 code{hint}"
        ));
    }
    let mechanism = opts.mechanism.clone().unwrap_or_else(|| "upr".into());
    if !reference.mechanisms.iter().any(|m| m.id == mechanism) {
        let ids: Vec<&str> = reference.mechanisms.iter().map(|m| m.id.as_str()).collect();
        return Err(format!(
            "`{mechanism}` is not a mechanism; one of: {}",
            ids.join(", ")
        ));
    }
    let taken = |id: &str| {
        ex.recommendations.iter().any(|(r, _)| r == id)
            || site_dir
                .join("content/recommendations")
                .join(format!("{id}.yaml"))
                .exists()
    };
    let id = match &opts.id {
        Some(id) => {
            if !is_slug(id) {
                return Err(format!(
                    "`{id}` is not a valid id: use lower-case letters, digits and hyphens"
                ));
            }
            if taken(id) {
                return Err(format!("a recommendation `{id}` already exists"));
            }
            id.clone()
        }
        None => {
            let prefix = format!("{}-{mechanism}-", state.to_lowercase());
            let n = next_number(&prefix, ex.recommendations.iter().map(|(r, _)| r.clone()));
            next_free(&format!("{prefix}{n}"), taken)
        }
    };
    let lang = ex.config.default_language.code();
    let text = format!(
        r#"# A new recommendation, created by `suivi new recommendation`.
# Fill in the fields below, then check the site with `suivi check` (or watch it with `suivi serve`).
# Every field is described in docs/content.md. Lines that start with # are comments: keep or delete them.

# The stable id of this recommendation: its page will be /<language>/recommendations/{id}.html.
# Do not change it once the site is published (links to the page would break).
id: "{id}"

# Which body made the recommendation: upr, crc, ccpr, cedaw, cescr, cat, cerd, crpd, cmw, ced, sr…
mechanism: "{mechanism}"

# The state the recommendation is addressed to (ISO 3166 alpha-3 code, e.g. SVN for Slovenia).
state: "{state}"

# The UN document that contains the recommendation, and the paragraph number in it.
document: "REPLACE/WITH/THE/DOCUMENT/SYMBOL"
paragraph: "1"

# The date of the document (a year, a year-month, or a full date such as 2025-03-31).
# date: "2025"

# The official text, in one or more languages (en, fr, es, ar, ru, zh). Copy it exactly.
text:
  {lang}: "Replace this sentence with the official text of the recommendation."

# For the UPR: the states that made the recommendation (alpha-3 codes), and the state's response:
# supported, noted, partially_supported, pending, or unknown.
# recommending_states: ["FRA", "DEU"]
# position: "supported"

# Topics, from the lists in docs/content.md (optional).
# themes: ["gender-equality"]
# sdg_goals: ["5", "16"]

# A draft is checked but not published. Delete this line when the recommendation is ready.
draft: true
"#
    );
    let path = site_dir
        .join("content/recommendations")
        .join(format!("{id}.yaml"));
    write_new(&path, &text)?;
    Ok(path)
}

pub struct NewUpdate {
    pub recommendation: String,
    pub assessor: Option<String>,
    pub status: Option<String>,
}

/// Writes `content/updates/<date>-<recommendation>-<assessor>.md`, marked as an example until the
/// author removes the mark. Returns the file.
pub fn update(site_dir: &Path, opts: &NewUpdate) -> Result<PathBuf, String> {
    let ex = existing(site_dir)?;
    let rec = &opts.recommendation;
    if !ex.recommendations.iter().any(|(r, _)| r == rec) {
        let hint = did_you_mean(rec, ex.recommendations.iter().map(|(r, _)| r.as_str()))
            .map_or_else(String::new, |s| format!(" (did you mean `{s}`?)"));
        return Err(format!(
            "there is no recommendation `{rec}` in {}{hint}",
            site_dir.join("content/recommendations").display()
        ));
    }
    let assessor = opts.assessor.clone().unwrap_or_else(|| "government".into());
    let assessors: Vec<&str> = Assessor::ALL.iter().map(|a| a.id()).collect();
    if !assessors.contains(&assessor.as_str()) {
        return Err(format!(
            "`{assessor}` is not an assessor; one of: {}",
            assessors.join(", ")
        ));
    }
    let statuses: Vec<&str> = ex.config.statuses.iter().map(|s| s.id.as_str()).collect();
    let status = match &opts.status {
        Some(s) if statuses.contains(&s.as_str()) => s.clone(),
        Some(s) => {
            return Err(format!(
                "`{s}` is not a status of this site; one of: {}",
                statuses.join(", ")
            ));
        }
        None => ["in_progress", "no_information"]
            .into_iter()
            .find(|s| statuses.contains(s))
            .or(statuses.first().copied())
            .ok_or("site.yaml defines no status")?
            .to_string(),
    };
    let today = crate::check::today().iso();
    let dir = site_dir.join("content/updates");
    // Update ids are file names and addresses: lower-case letters, digits and `-` only.
    let stem = format!("{today}-{rec}-{}", assessor.replace('_', "-"));
    let id = next_free(&stem, |id| {
        ex.updates.contains(id) || dir.join(format!("{id}.md")).exists()
    });
    let text = format!(
        r#"---
# A new implementation update, created by `suivi new update`. The part between the two --- lines
# holds the facts; the text after the second --- line is the narrative, in Markdown.
# Every field is described in docs/content.md. Lines that start with # are comments.

# The recommendation(s) this update is about (their ids).
recommendations: ["{rec}"]

# When the assessment was made (not in the future).
date: "{today}"

# Who assesses: {assessors}.
assessor: "{assessor}"
# The assessing institution's name, in one or more languages.
# assessor_name:
#   en: "National Human Rights Institution"

# The status, from this site's vocabulary: {statuses}.
status: "{status}"

# A short title (optional).
# title:
#   en: "New law adopted"

# Documents that support the assessment (optional).
# evidence:
#   - title: {{en: "Official Gazette No. 12/2025"}}
#     url: "https://example.org/gazette-12-2025"

# While this line is here the update is shown as an illustrative example. Delete it when the
# update is real.
example: true
---
Describe here what was done to implement the recommendation, in plain words, with dates and sources.
Translations go in files next to this one: {id}.fr.md, {id}.es.md…
"#,
        assessors = assessors.join(", "),
        statuses = statuses.join(", "),
    );
    let path = dir.join(format!("{id}.md"));
    write_new(&path, &text)?;
    Ok(path)
}

pub struct NewPage {
    pub slug: Option<String>,
    pub lang: Option<String>,
}

/// Writes `content/pages/<slug>.<lang>.md`. Returns the file.
pub fn page(site_dir: &Path, opts: &NewPage) -> Result<PathBuf, String> {
    let ex = existing(site_dir)?;
    let lang = match &opts.lang {
        Some(l) => crate::i18n::Lang::parse(l)
            .filter(|l| ex.config.languages.contains(l))
            .ok_or_else(|| {
                let codes: Vec<&str> = ex.config.languages.iter().map(|l| l.code()).collect();
                format!(
                    "`{l}` is not a language of this site; one of: {}",
                    codes.join(", ")
                )
            })?,
        None => ex.config.default_language,
    };
    let dir = site_dir.join("content/pages");
    let exists = |slug: &str| {
        ex.pages.contains(slug)
            || std::fs::read_dir(&dir).is_ok_and(|entries| {
                entries.flatten().any(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(&format!("{slug}."))
                })
            })
    };
    let slug = match &opts.slug {
        Some(s) if !is_slug(s) => {
            return Err(format!(
                "`{s}` is not a valid page name: use lower-case letters, digits and hyphens"
            ));
        }
        // Another language of an existing page is fine; the same file is not.
        Some(s) => s.clone(),
        None => {
            let n = next_number("page-", ex.pages.iter().cloned());
            next_free(&format!("page-{n}"), exists)
        }
    };
    let weight = ex.pages.len() + 1;
    let text = format!(
        r#"---
# A new page, created by `suivi new page`. The part between the two --- lines describes the page;
# the text after the second --- line is its content, in Markdown. Lines that start with # are comments.

# The title, shown in the menu and at the top of the page.
title: "New page"
# A one-sentence summary for search engines (optional).
# description: "What this page is about."
# The place in the menu: smaller numbers come first.
weight: {weight}
# Set to false to leave the page out of the menu.
# menu: false
---
Write the page here. A blank line starts a new paragraph; `## Title` makes a heading;
`[text](https://example.org)` makes a link.

The same page in another language goes in {slug}.fr.md, {slug}.ar.md… next to this file.
"#
    );
    let path = dir.join(format!("{slug}.{}.md", lang.code()));
    if path.exists() {
        return Err(format!("{} already exists", path.display()));
    }
    write_new(&path, &text)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        crate::init::init(&dir.path().join("s")).unwrap();
        dir
    }

    #[test]
    fn new_files_pass_check_and_take_the_next_free_id() {
        let dir = site();
        let s = dir.path().join("s");
        let opts = NewRecommendation {
            state: None,
            mechanism: None,
            id: None,
        };
        let a = recommendation(&s, &opts).unwrap();
        let b = recommendation(&s, &opts).unwrap();
        assert_eq!(a.file_name().unwrap(), "svn-upr-1.yaml");
        assert_eq!(b.file_name().unwrap(), "svn-upr-2.yaml");
        let c = recommendation(
            &s,
            &NewRecommendation {
                state: Some("fra".into()),
                mechanism: Some("crc".into()),
                id: None,
            },
        )
        .unwrap();
        assert_eq!(c.file_name().unwrap(), "fra-crc-1.yaml");
        let u1 = update(
            &s,
            &NewUpdate {
                recommendation: "svn-upr3-121-29".into(),
                assessor: Some("nhri".into()),
                status: None,
            },
        )
        .unwrap();
        let u2 = update(
            &s,
            &NewUpdate {
                recommendation: "svn-upr3-121-29".into(),
                assessor: Some("nhri".into()),
                status: None,
            },
        )
        .unwrap();
        assert_ne!(u1, u2);
        assert!(u2.to_string_lossy().ends_with("-nhri-2.md"), "{u2:?}");
        let p = page(
            &s,
            &NewPage {
                slug: None,
                lang: None,
            },
        )
        .unwrap();
        assert_eq!(p.file_name().unwrap(), "page-1.en.md");
        let p_fr = page(
            &s,
            &NewPage {
                slug: Some("page-1".into()),
                lang: Some("fr".into()),
            },
        )
        .unwrap();
        assert_eq!(p_fr.file_name().unwrap(), "page-1.fr.md");
        let (site, warnings) = crate::pipeline::check(&s).unwrap_or_else(|f| {
            panic!("{}", f.0.render(&s));
        });
        assert_eq!(warnings.error_count(), 0);
        // The new recommendations are drafts (not published); the update and page are.
        assert_eq!(site.recommendations.len(), 2);
        assert_eq!(site.updates.len(), 3);
        assert!(site.pages.contains_key("page-1"));
        // The written files guide the author.
        let text = std::fs::read_to_string(&a).unwrap();
        assert!(text.contains("# The official text"));
        assert!(text.contains("draft: true"));
    }

    #[test]
    fn refuses_unknown_references_with_a_suggestion() {
        let dir = site();
        let s = dir.path().join("s");
        let e = update(
            &s,
            &NewUpdate {
                recommendation: "svn-upr3-121-28".into(),
                assessor: None,
                status: None,
            },
        )
        .unwrap_err();
        assert!(e.contains("did you mean `svn-upr3-121-29`"), "{e}");
        let e = recommendation(
            &s,
            &NewRecommendation {
                state: Some("XXZ".into()),
                mechanism: None,
                id: None,
            },
        )
        .unwrap_err();
        assert!(e.contains("alpha-3"), "{e}");
        let e = recommendation(
            &s,
            &NewRecommendation {
                state: None,
                mechanism: None,
                id: Some("svn-upr3-121-29".into()),
            },
        )
        .unwrap_err();
        assert!(e.contains("already exists"), "{e}");
    }
}
