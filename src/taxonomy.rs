//! The ways to browse recommendations: by state, mechanism, UPR cycle and session, position,
//! implementation status, theme, affected persons, SDG, responsible institution and cluster.
//! Each taxonomy has a list page and one paginated page per term, at stable addresses
//! (`<lang>/<dir>/index.html`, `<lang>/<dir>/<term>/index.html`, `…/page-2.html`).
//!
//! The terms are computed once, in the index stage, from the checked content; rendering only
//! reads them.

use std::collections::BTreeMap;

use crate::HashMap;
use crate::config::Config;
use crate::i18n::Text;
use crate::model::{Assessor, Position, Recommendation, Update};
use crate::reference::Reference;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Taxonomy {
    State,
    Mechanism,
    Cycle,
    Session,
    Position,
    Status,
    Theme,
    Person,
    Sdg,
    Institution,
    Cluster,
}

impl Taxonomy {
    pub const ALL: [Taxonomy; 11] = [
        Taxonomy::State,
        Taxonomy::Mechanism,
        Taxonomy::Cycle,
        Taxonomy::Session,
        Taxonomy::Position,
        Taxonomy::Status,
        Taxonomy::Theme,
        Taxonomy::Person,
        Taxonomy::Sdg,
        Taxonomy::Institution,
        Taxonomy::Cluster,
    ];

    /// The folder of its pages inside a language folder, and the stem of its message ids
    /// (`taxonomy-<id>`, `taxonomy-<id>-term`).
    pub fn id(self) -> &'static str {
        match self {
            Taxonomy::State => "states",
            Taxonomy::Mechanism => "mechanisms",
            Taxonomy::Cycle => "cycles",
            Taxonomy::Session => "sessions",
            Taxonomy::Position => "positions",
            Taxonomy::Status => "statuses",
            Taxonomy::Theme => "themes",
            Taxonomy::Person => "persons",
            Taxonomy::Sdg => "sdgs",
            Taxonomy::Institution => "institutions",
            Taxonomy::Cluster => "clusters",
        }
    }

    pub fn parse(id: &str) -> Option<Taxonomy> {
        Taxonomy::ALL.into_iter().find(|t| t.id() == id)
    }

    /// Whether term pages are listed in the site's browse page. The state taxonomy has its own
    /// list (the state list), so it gets no taxonomy list page of its own.
    pub fn has_list_page(self) -> bool {
        self != Taxonomy::State
    }
}

/// One term and the recommendations under it (indices into `Site::recommendations`, in site
/// order).
#[derive(Clone, Debug)]
pub struct TermRecs {
    pub key: String,
    /// Only for terms that have no reference entry: responsible institutions (their text in
    /// the site's languages) and clusters (the id).
    pub label: Option<Text>,
    pub recs: Vec<usize>,
}

/// The position a recommendation counts under: its own; else `unknown` for the UPR, where the
/// state must take one, and `not_applicable` for the other mechanisms.
pub fn position_of(r: &Recommendation) -> Position {
    r.position.unwrap_or(if r.mechanism.value == "upr" {
        Position::Unknown
    } else {
        Position::NotApplicable
    })
}

/// The statuses a recommendation counts under on the status pages: the current status of each
/// assessor that has assessed it, or `no_information` (when the vocabulary has it) if none has.
pub fn current_statuses(updates: &[&Update], config: &Config) -> Vec<String> {
    let mut latest: BTreeMap<Assessor, &str> = BTreeMap::new();
    for u in updates {
        latest.insert(u.meta.assessor, &u.meta.status.value);
    }
    let mut out: Vec<String> = latest.values().map(|s| s.to_string()).collect();
    out.sort();
    out.dedup();
    if out.is_empty() && config.status("no_information").is_some() {
        out.push("no_information".into());
    }
    out
}

/// A stable, readable address segment for a free text: lowercase ASCII letters and digits
/// joined by `-`; a text with none of those (all Arabic or Chinese, say) gets a short hash.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() {
        // FNV-1a: stable across runs and platforms, unlike the standard library's hasher.
        let mut h: u32 = 0x811c_9dc5;
        for b in text.trim().bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
        slug = format!("i-{h:08x}");
    }
    slug
}

/// Every taxonomy's terms, each with its recommendations. Terms are in the taxonomy's natural
/// order (reference order, number order, vocabulary order); states and institutions are
/// re-sorted per language when rendered.
pub fn build(
    recs: &[Recommendation],
    updates: &[Update],
    updates_by_rec: &HashMap<String, Vec<usize>>,
    config: &Config,
    reference: &Reference,
) -> BTreeMap<Taxonomy, Vec<TermRecs>> {
    let mut raw: BTreeMap<Taxonomy, BTreeMap<String, RawTerm>> = BTreeMap::new();
    let default = config.default_language;
    for (i, r) in recs.iter().enumerate() {
        let mut add = |tax: Taxonomy, key: String, label: Option<&Text>| {
            let entry = raw.entry(tax).or_default().entry(key).or_default();
            if entry.0.is_none() {
                entry.0 = label.cloned();
            }
            if entry.1.last() != Some(&i) {
                entry.1.push(i);
            }
        };
        add(Taxonomy::State, r.state.value.to_lowercase(), None);
        add(Taxonomy::Mechanism, r.mechanism.value.clone(), None);
        if let Some(c) = r.upr_cycle {
            add(Taxonomy::Cycle, c.to_string(), None);
        }
        if let Some(s) = r.upr_session {
            add(Taxonomy::Session, s.to_string(), None);
        }
        // Only the UPR asks the state for a position.
        if r.mechanism.value == "upr" {
            add(Taxonomy::Position, position_of(r).id().to_string(), None);
        }
        let of_rec: Vec<&Update> = updates_by_rec
            .get(&r.id.value)
            .map_or_else(Vec::new, |v| v.iter().map(|i| &updates[*i]).collect());
        for s in current_statuses(&of_rec, config) {
            add(Taxonomy::Status, s, None);
        }
        for t in &r.themes {
            add(Taxonomy::Theme, t.value.clone(), None);
        }
        for p in &r.affected_persons {
            add(Taxonomy::Person, p.value.clone(), None);
        }
        let mut sdgs: Vec<String> = r.sdg_goals.iter().map(|g| g.value.clone()).collect();
        for t in &r.sdg_targets {
            sdgs.push(t.value.clone());
            if let Some(goal) = reference.sdgs.targets.iter().find(|x| x.id == t.value) {
                sdgs.push(goal.goal.clone());
            }
        }
        sdgs.sort();
        sdgs.dedup();
        for s in sdgs {
            add(Taxonomy::Sdg, s, None);
        }
        for inst in &r.responsible {
            if let Some((_, text)) = inst.resolve(default, &config.fallback, default) {
                add(Taxonomy::Institution, slugify(text), Some(inst));
            }
        }
        for c in &r.clusters {
            add(Taxonomy::Cluster, c.value.clone(), None);
        }
    }
    let mut out = BTreeMap::new();
    for (tax, terms) in raw {
        let order: Vec<String> = match tax {
            Taxonomy::Mechanism => ids(reference.mechanisms.iter().map(|m| &m.id)),
            Taxonomy::Position => Position::ALL.iter().map(|p| p.id().to_string()).collect(),
            Taxonomy::Status => ids(config.statuses.iter().map(|s| &s.id)),
            Taxonomy::Theme => ids(reference.themes.iter().map(|t| &t.id)),
            Taxonomy::Person => ids(reference.affected_persons.iter().map(|t| &t.id)),
            Taxonomy::Sdg => {
                let mut v = Vec::new();
                for g in &reference.sdgs.goals {
                    v.push(g.id.clone());
                    v.extend(
                        reference
                            .sdgs
                            .targets
                            .iter()
                            .filter(|t| t.goal == g.id)
                            .map(|t| t.id.clone()),
                    );
                }
                v
            }
            Taxonomy::Cycle | Taxonomy::Session => {
                let mut keys: Vec<&String> = terms.keys().collect();
                keys.sort_by_key(|k| k.parse::<u32>().unwrap_or(u32::MAX));
                keys.into_iter().cloned().collect()
            }
            Taxonomy::State | Taxonomy::Institution | Taxonomy::Cluster => {
                terms.keys().cloned().collect()
            }
        };
        let mut terms = terms;
        let mut list: Vec<TermRecs> = order
            .iter()
            .filter_map(|k| {
                terms.remove(k).map(|(label, recs)| TermRecs {
                    key: k.clone(),
                    label,
                    recs,
                })
            })
            .collect();
        // Anything the reference order does not know (cannot happen after `check`) comes last.
        list.extend(
            terms
                .into_iter()
                .map(|(key, (label, recs))| TermRecs { key, label, recs }),
        );
        out.insert(tax, list);
    }
    out
}

/// A term while collecting: its label (free-text terms only) and recommendations.
type RawTerm = (Option<Text>, Vec<usize>);

fn ids<'a>(it: impl Iterator<Item = &'a String>) -> Vec<String> {
    it.cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable_and_safe() {
        assert_eq!(slugify("Ministry of Justice"), "ministry-of-justice");
        assert_eq!(
            slugify("  Office (HRI) / Ombudsman "),
            "office-hri-ombudsman"
        );
        let arabic = slugify("وزارة العدل");
        assert!(arabic.starts_with("i-") && arabic.len() == 10, "{arabic}");
        assert_eq!(arabic, slugify("وزارة العدل"));
        assert_ne!(arabic, slugify("وزارة الداخلية"));
        assert!(slugify(&"word ".repeat(40)).len() <= 60);
        for t in Taxonomy::ALL {
            assert_eq!(Taxonomy::parse(t.id()), Some(t));
            assert!(crate::config::is_slug(t.id()));
        }
    }
}
