//! `suivi check --translations`: per language, which UI messages are missing from `locales/`, and
//! how many records have no text of their own in that language (readers then see a visible
//! fallback). Only missing UI messages fail `--strict`: UN texts often exist in some languages only.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;

use crate::diag::Diagnostic;
use crate::i18n::{Lang, Text};
use crate::index::Site;
use crate::render::locale_sources;

/// Counts of records without a text of their own in one language, out of a total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub what: &'static str,
    pub missing: usize,
    pub total: usize,
}

#[derive(Debug, Clone)]
pub struct LanguageReport {
    pub lang: Lang,
    pub messages: usize,
    pub missing_messages: Vec<String>,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone)]
pub struct Report {
    /// Every message id any language defines: the reference each language is measured against.
    pub all_messages: usize,
    pub languages: Vec<LanguageReport>,
}

impl Report {
    pub fn missing_ui_messages(&self) -> usize {
        self.languages
            .iter()
            .map(|l| l.missing_messages.len())
            .sum()
    }
}

fn message_ids(sources: &[(String, String)]) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (_, text) in sources {
        // Syntax errors are reported by the build; here a partial parse is enough.
        let resource = match parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string());
            }
        }
    }
    ids
}

fn gap(what: &'static str, has_text: impl Iterator<Item = bool>) -> Gap {
    let (mut missing, mut total) = (0, 0);
    for has in has_text {
        total += 1;
        missing += usize::from(!has);
    }
    Gap {
        what,
        missing,
        total,
    }
}

pub fn report(site_dir: &Path, site: &Site) -> Result<Report, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let ids: Vec<(Lang, BTreeSet<String>)> = site
        .config
        .languages
        .iter()
        .map(|l| (*l, message_ids(&locale_sources(site_dir, *l, &mut diags))))
        .collect();
    if !diags.is_empty() {
        return Err(diags);
    }
    let all: BTreeSet<String> = ids
        .iter()
        .flat_map(|(_, set)| set.iter().cloned())
        .collect();
    let d = site.config.default_language;
    let has = |t: &Text, lang: Lang| t.exact(lang, d).is_some();
    let r = &site.reference;
    let languages = ids
        .into_iter()
        .map(|(lang, set)| LanguageReport {
            lang,
            messages: set.len(),
            missing_messages: all.difference(&set).cloned().collect(),
            gaps: vec![
                gap(
                    "recommendations",
                    site.recommendations
                        .iter()
                        .map(|x| has(&x.text.value, lang)),
                ),
                gap(
                    "reservations",
                    site.reservations.iter().map(|x| has(&x.text.value, lang)),
                ),
                gap(
                    "updates",
                    site.updates.iter().map(|u| u.body.contains_key(&lang)),
                ),
                gap("pages", site.pages.values().map(|p| p.contains_key(&lang))),
                gap("state names", r.states.iter().map(|s| has(&s.name, lang))),
                gap(
                    "treaty titles",
                    r.treaties.iter().map(|t| has(&t.full_name, lang)),
                ),
                gap(
                    "mechanism names",
                    r.mechanisms.iter().map(|m| has(&m.name, lang)),
                ),
                gap("themes", r.themes.iter().map(|t| has(&t.label, lang))),
                gap(
                    "affected persons",
                    r.affected_persons.iter().map(|t| has(&t.label, lang)),
                ),
                gap(
                    "SDG targets",
                    r.sdgs.targets.iter().map(|t| has(&t.title, lang)),
                ),
            ],
        })
        .collect();
    Ok(Report {
        all_messages: all.len(),
        languages,
    })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "UI messages ({} in all):", self.all_messages)?;
        for l in &self.languages {
            if l.missing_messages.is_empty() {
                writeln!(
                    f,
                    "  {}: {} of {}, none missing",
                    l.lang, l.messages, self.all_messages
                )?;
            } else {
                writeln!(
                    f,
                    "  {}: {} of {}, missing: {}",
                    l.lang,
                    l.messages,
                    self.all_messages,
                    l.missing_messages.join(", ")
                )?;
            }
        }
        writeln!(
            f,
            "Records without a text of their own (readers see a marked fallback):"
        )?;
        let Some(first) = self.languages.first() else {
            return Ok(());
        };
        let width = first.gaps.iter().map(|g| g.what.len()).max().unwrap_or(0);
        write!(f, "  {:width$}", "")?;
        for l in &self.languages {
            write!(f, " {:>11}", l.lang.code())?;
        }
        writeln!(f)?;
        for (i, g) in first.gaps.iter().enumerate() {
            write!(f, "  {:width$}", g.what)?;
            for l in &self.languages {
                let g = &l.gaps[i];
                write!(f, " {:>11}", format!("{}/{}", g.missing, g.total))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
