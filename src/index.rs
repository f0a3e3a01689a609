//! Stage 3: the site graph, built once from checked content and read-only afterwards: records by
//! id, recommendations by state, mechanism, theme and status, the ratification matrix, and
//! reservations by treaty and state.

use std::collections::BTreeMap;

use crate::HashMap;
use crate::config::Config;
use crate::i18n::{Lang, PartialDate};
use crate::model::*;
use crate::reference::{Reference, State};
use crate::taxonomy::{Taxonomy, TermRecs};

pub struct Site {
    pub config: Config,
    pub reference: std::sync::Arc<Reference>,
    /// Published recommendations, sorted by state, document date, document and paragraph.
    pub recommendations: Vec<Recommendation>,
    pub rec_index: HashMap<String, usize>,
    pub recs_by_state: BTreeMap<String, Vec<usize>>,
    /// Updates sorted by date (oldest first), then id.
    pub updates: Vec<Update>,
    pub updates_by_rec: HashMap<String, Vec<usize>>,
    /// Updates of each state's published recommendations (an update counts once however many of
    /// them it covers), oldest first: a state's feed reads its own, not every update.
    pub updates_by_state: HashMap<String, Vec<usize>>,
    pub ratifications: BTreeMap<String, StateRatifications>,
    pub reservations: Vec<Reservation>,
    pub reservations_by_treaty: BTreeMap<String, Vec<usize>>,
    pub reservations_by_state: BTreeMap<String, Vec<usize>>,
    /// Narrative pages: slug → language → file.
    pub pages: BTreeMap<String, BTreeMap<Lang, PageFile>>,
    /// The latest `as_of` date of the ratification data.
    pub ratifications_as_of: Option<PartialDate>,
    /// Every taxonomy's terms with their recommendations (see `taxonomy`).
    pub taxonomies: BTreeMap<Taxonomy, Vec<TermRecs>>,
    /// Reference states by code (an index into `reference.states`): pages name states often.
    state_index: HashMap<String, usize>,
}

/// Orders paragraph numbers as numbers: 115.2 before 115.10.
fn paragraph_key(p: &str) -> Vec<(u64, String)> {
    p.split(['.', ' ', '(', ')'])
        .filter(|s| !s.is_empty())
        .map(|s| {
            let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
            (
                digits.parse().unwrap_or(u64::MAX),
                s[digits.len()..].to_string(),
            )
        })
        .collect()
}

impl Site {
    pub fn new(content: Content, config: Config, reference: std::sync::Arc<Reference>) -> Site {
        let mut recommendations: Vec<Recommendation> = content
            .recommendations
            .into_iter()
            .filter(|r| !r.draft)
            .collect();
        // Keys made once per record (a paragraph's key is allocated), not at every comparison.
        recommendations.sort_by_cached_key(|r| {
            (
                r.state.value.clone(),
                r.date,
                r.document.clone(),
                r.paragraph.as_deref().map(paragraph_key),
                r.id.value.clone(),
            )
        });
        let rec_index: HashMap<String, usize> = recommendations
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.value.clone(), i))
            .collect();
        let mut recs_by_state: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, r) in recommendations.iter().enumerate() {
            recs_by_state
                .entry(r.state.value.clone())
                .or_default()
                .push(i);
        }
        let mut updates = content.updates;
        updates.sort_by(|a, b| (a.meta.date.value, &a.id).cmp(&(b.meta.date.value, &b.id)));
        let mut updates_by_rec: HashMap<String, Vec<usize>> = HashMap::default();
        let mut updates_by_state: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, u) in updates.iter().enumerate() {
            let mut states = Vec::new();
            for r in &u.meta.recommendations {
                updates_by_rec.entry(r.value.clone()).or_default().push(i);
                if let Some(&at) = rec_index.get(&r.value) {
                    states.push(recommendations[at].state.value.as_str());
                }
            }
            states.sort_unstable();
            states.dedup();
            for s in states {
                updates_by_state.entry(s.to_string()).or_default().push(i);
            }
        }
        let ratifications_as_of = content.ratifications.iter().filter_map(|r| r.as_of).max();
        let ratifications = content
            .ratifications
            .into_iter()
            .map(|r| (r.state.value.clone(), r))
            .collect();
        let mut reservations = content.reservations;
        reservations.sort_by(|a, b| {
            (&a.treaty.value, &a.state.value, a.date, a.kind).cmp(&(
                &b.treaty.value,
                &b.state.value,
                b.date,
                b.kind,
            ))
        });
        let mut reservations_by_treaty: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut reservations_by_state: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, r) in reservations.iter().enumerate() {
            reservations_by_treaty
                .entry(r.treaty.value.clone())
                .or_default()
                .push(i);
            reservations_by_state
                .entry(r.state.value.clone())
                .or_default()
                .push(i);
        }
        let mut pages: BTreeMap<String, BTreeMap<Lang, PageFile>> = BTreeMap::new();
        for p in content.pages {
            pages.entry(p.slug.clone()).or_default().insert(p.lang, p);
        }
        let taxonomies = crate::taxonomy::build(
            &recommendations,
            &updates,
            &updates_by_rec,
            &config,
            &reference,
        );
        let mut state_index = HashMap::default();
        for (i, s) in reference.states.iter().enumerate() {
            state_index.entry(s.id.clone()).or_insert(i);
        }
        Site {
            state_index,
            taxonomies,
            config,
            reference,
            recommendations,
            rec_index,
            recs_by_state,
            updates,
            updates_by_rec,
            updates_by_state,
            ratifications,
            reservations,
            reservations_by_treaty,
            reservations_by_state,
            pages,
            ratifications_as_of,
        }
    }

    pub fn recommendation(&self, id: &str) -> Option<&Recommendation> {
        self.rec_index.get(id).map(|i| &self.recommendations[*i])
    }

    pub fn state(&self, id: &str) -> Option<&State> {
        self.state_index.get(id).map(|i| &self.reference.states[*i])
    }

    /// The states that get a page: those with recommendations or ratification data.
    pub fn states_with_pages(&self) -> Vec<&State> {
        self.reference
            .states
            .iter()
            .filter(|s| {
                self.recs_by_state.contains_key(&s.id) || self.ratifications.contains_key(&s.id)
            })
            .collect()
    }

    /// Updates of a recommendation, oldest first.
    pub fn updates_of(&self, rec: &str) -> Vec<&Update> {
        self.updates_by_rec
            .get(rec)
            .map_or_else(Vec::new, |v| v.iter().map(|i| &self.updates[*i]).collect())
    }

    /// The current status per assessor: the status of the latest dated update from each.
    pub fn current_status(&self, rec: &str) -> BTreeMap<Assessor, &Update> {
        let mut current = BTreeMap::new();
        for u in self.updates_of(rec) {
            current.insert(u.meta.assessor, u);
        }
        current
    }

    /// The terms of a taxonomy (empty when no recommendation has one).
    pub fn terms(&self, tax: Taxonomy) -> &[TermRecs] {
        self.taxonomies.get(&tax).map_or(&[], Vec::as_slice)
    }

    pub fn term(&self, tax: Taxonomy, key: &str) -> Option<&TermRecs> {
        self.terms(tax).iter().find(|t| t.key == key)
    }

    pub fn treaty_status(&self, state: &str, treaty: &str) -> Option<&TreatyStatus> {
        self.ratifications
            .get(state)?
            .treaties
            .get(treaty)
            .map(|s| &s.value)
    }
}

#[cfg(test)]
mod tests {
    use super::paragraph_key;

    #[test]
    fn paragraphs_sort_as_numbers() {
        let mut ps = vec!["115.10", "115.2", "9", "115.1"];
        ps.sort_by_key(|p| paragraph_key(p));
        assert_eq!(ps, vec!["9", "115.1", "115.2", "115.10"]);
    }
}
