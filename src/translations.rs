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

/// One thing to translate: where to write it and what it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Todo {
    /// The file to edit or create, relative to the site.
    pub file: String,
    /// The line to look at (0: a new file, or anywhere in it).
    pub line: usize,
    pub what: String,
}

#[derive(Debug, Clone)]
pub struct LanguageReport {
    pub lang: Lang,
    pub messages: usize,
    pub missing_messages: Vec<String>,
    pub gaps: Vec<Gap>,
    /// The translator's to-do list: UI messages, then records, by file and line.
    pub todo: Vec<Todo>,
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

/// Where each message is defined: id → (file shown to people, line, the message's first line).
fn definitions(
    sources: &[(String, String)],
) -> std::collections::BTreeMap<String, (String, usize, String)> {
    let mut defs = std::collections::BTreeMap::new();
    for (file, text) in sources {
        let file = file.trim_start_matches("(built-in) ").to_string();
        for (i, line) in text.lines().enumerate() {
            let Some((id, value)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            if id.is_empty()
                || line.starts_with([' ', '#', '.', '-'])
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                continue;
            }
            defs.insert(
                id.to_string(),
                (file.clone(), i + 1, value.trim().to_string()),
            );
        }
    }
    defs
}

/// What a translator of `lang` has to write, file by file.
fn todo_list(
    site: &Site,
    lang: Lang,
    missing: &[String],
    reference_defs: &std::collections::BTreeMap<String, (String, usize, String)>,
) -> Vec<Todo> {
    let d = site.config.default_language;
    let mut todo = Vec::new();
    for id in missing {
        let (file, what) = match reference_defs.get(id) {
            Some((file, line, value)) => {
                let name = Path::new(file)
                    .file_name()
                    .map_or_else(|| "ui.ftl".into(), |n| n.to_string_lossy().to_string());
                let mut text = value.clone();
                if text.chars().count() > 60 {
                    text = text.chars().take(57).collect::<String>() + "...";
                }
                (
                    format!("locales/{}/{name}", lang.code()),
                    format!("UI message `{id}` (in {file}:{line}: {text})"),
                )
            }
            None => (
                format!("locales/{}/ui.ftl", lang.code()),
                format!("UI message `{id}`"),
            ),
        };
        todo.push(Todo {
            file,
            line: 0,
            what,
        });
    }
    let mut records = Vec::new();
    for r in &site.recommendations {
        if r.text.value.exact(lang, d).is_none() {
            records.push(Todo {
                file: r.origin.file.display().to_string(),
                line: r.origin.at(&r.text).0,
                what: format!("recommendation `{}`: no `{}` text", r.id.value, lang.code()),
            });
        }
    }
    for r in &site.reservations {
        if r.text.value.exact(lang, d).is_none() {
            records.push(Todo {
                file: r.origin.file.display().to_string(),
                line: r.origin.at(&r.text).0,
                what: format!(
                    "{} of {} on {}: no `{}` text",
                    r.kind.id().replace('_', " "),
                    r.state.value,
                    r.treaty.value,
                    lang.code()
                ),
            });
        }
    }
    for u in &site.updates {
        if !u.body.contains_key(&lang) {
            let main = u.origin.file.display().to_string();
            let dir = u
                .origin
                .file
                .parent()
                .map_or_else(|| "content/updates".into(), |p| p.display().to_string());
            records.push(Todo {
                file: format!("{dir}/{}.{}.md", u.id, lang.code()),
                line: 0,
                what: format!("update `{}`: new file, the narrative of {main}", u.id),
            });
        }
    }
    for (slug, by_lang) in &site.pages {
        if !by_lang.contains_key(&lang) {
            let from = by_lang
                .get(&d)
                .or_else(|| by_lang.values().next())
                .map(|p| p.origin.file.display().to_string())
                .unwrap_or_default();
            records.push(Todo {
                file: format!("content/pages/{slug}.{}.md", lang.code()),
                line: 0,
                what: format!("page `{slug}`: new file, a translation of {from}"),
            });
        }
    }
    records.sort();
    todo.extend(records);
    todo
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
    let mut defs = std::collections::BTreeMap::new();
    let ids: Vec<(Lang, BTreeSet<String>)> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let sources = locale_sources(site_dir, *l, &mut diags);
            defs.insert(*l, definitions(&sources));
            (*l, message_ids(&sources))
        })
        .collect();
    // A missing message is shown as the default language has it, else as any language has it.
    let mut reference_defs = std::collections::BTreeMap::new();
    for (lang, d) in &defs {
        for (id, def) in d {
            if *lang == site.config.default_language || !reference_defs.contains_key(id) {
                reference_defs.insert(id.clone(), def.clone());
            }
        }
    }
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
        .map(|(lang, set)| {
            let missing_messages: Vec<String> = all.difference(&set).cloned().collect();
            LanguageReport {
                lang,
                messages: set.len(),
                todo: todo_list(site, lang, &missing_messages, &reference_defs),
                missing_messages,
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
            }
        })
        .collect();
    Ok(Report {
        all_messages: all.len(),
        languages,
    })
}

impl Report {
    /// The to-do list of each language (or of `only`), one `file:line: what` line per item, for
    /// translators and for editors that jump to `file:line`.
    pub fn todo_text(&self, only: Option<Lang>) -> String {
        let mut out = String::new();
        for l in self
            .languages
            .iter()
            .filter(|l| only.is_none_or(|o| o == l.lang))
        {
            out.push_str(&format!(
                "To translate into {} ({} item(s)):\n",
                l.lang.code(),
                l.todo.len()
            ));
            for t in &l.todo {
                if t.line > 0 {
                    out.push_str(&format!("  {}:{}: {}\n", t.file, t.line, t.what));
                } else {
                    out.push_str(&format!("  {}: {}\n", t.file, t.what));
                }
            }
        }
        out
    }
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
