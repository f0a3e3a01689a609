//! Filtering recommendations by facets: the filter page (links to the one-facet term pages
//! without JavaScript; any combination, counted at once, with `static/filter.js`), the compact
//! per-language facet index it reads (`<lang>/recommendations/facets.json`) and the pre-rendered
//! state × UPR position pages (`<lang>/states/<iso>/<position>/index.html`).

use serde_json::{Value as Json, json};
use tera::{Context, Value};

use super::{Pages, Renderer};
use crate::index::Site;
use crate::plan::{Job, PageKind};
use crate::taxonomy::Taxonomy;

/// The facets of the filter page, in order.
pub const FACETS: [Taxonomy; 7] = [
    Taxonomy::State,
    Taxonomy::Mechanism,
    Taxonomy::Cycle,
    Taxonomy::Position,
    Taxonomy::Status,
    Taxonomy::Theme,
    Taxonomy::Sdg,
];

/// The path of the facet index inside a language folder.
pub const FACETS_JSON: &str = "recommendations/facets.json";

impl Pages<'_> {
    /// A facet's terms (key, label, count, link), without SDG targets: goals only.
    fn facet_terms(&self, tax: Taxonomy) -> Vec<Json> {
        self.term_rows(tax)
            .into_iter()
            .filter(|t| !(tax == Taxonomy::Sdg && t["target"].as_bool() == Some(true)))
            .collect()
    }

    pub(super) fn filter(&self, ctx: &mut Context) {
        let facets: Vec<Json> = FACETS
            .iter()
            .filter(|t| !self.site.terms(**t).is_empty())
            .map(|t| {
                json!({"id": t.id(), "name": self.msg(&format!("taxonomy-{}", t.id())),
                       "terms": self.facet_terms(*t)})
            })
            .collect();
        ctx.insert("facets", &facets);
        ctx.insert("facets_href", &self.href(FACETS_JSON));
        let counts: Vec<Json> = self
            .plural_templates("filter-count")
            .into_iter()
            .map(|(category, text)| json!({"category": category, "text": text}))
            .collect();
        ctx.insert("filter_counts", &counts);
        ctx.insert(
            "rec_title",
            &self.r.msg(
                self.lang,
                "rec-title",
                &[
                    ("document", "{document}".into()),
                    ("paragraph", "{paragraph}".into()),
                ],
            ),
        );
        ctx.insert("page_title", &self.msg("filter-title"));
    }

    /// The UPR positions of one state's recommendations, with counts and links, for its term
    /// page.
    pub(super) fn state_position_links(&self, state: &str) -> Vec<Value> {
        crate::plan::state_positions_of(self.site, state)
            .into_iter()
            .map(|(position, recs)| {
                tmap! {"label": self.msg(&format!("position-{position}")), "count": recs.len(),
                       "href": self.href(&PageKind::StatePosition { state: state.to_string(), position, page: 1, pages: 1 }.path())}
            })
            .collect()
    }

    pub(super) fn state_position(
        &self,
        ctx: &mut Context,
        state: &str,
        position: &str,
        page: usize,
        pages: usize,
    ) {
        let site = self.site;
        let recs_all = crate::plan::state_positions_of(site, state)
            .into_iter()
            .find(|(p, _)| p == position)
            .map(|(_, r)| r)
            .unwrap_or_default();
        let total = recs_all.len();
        let state_name = self.state_name(&state.to_uppercase());
        let position_label = self.msg(&format!("position-{position}"));
        let label = super::LText {
            text: self.r.msg(
                self.lang,
                "filter-state-position",
                &[
                    ("state", state_name.text.clone().into()),
                    ("position", position_label.into()),
                ],
            ),
            lang: self.lang.html_tag(),
            dir: self.lang.dir(),
            note: None,
        };
        let state_term = PageKind::Term {
            tax: Taxonomy::State,
            term: state.to_string(),
            page: 1,
            pages: 1,
        };
        ctx.insert_value(
            "term",
            tmap! {"taxonomy": "states", "taxonomy_name": state_name.text, "taxonomy_href": self.href(&state_term.path()),
                   "key": state, "label": label.clone(), "count": total, "narrower": Vec::<Value>::new(),
                   "state_page": Value::none(), "status": Value::none()},
        );
        ctx.insert("example", &false);
        self.term_list_page(ctx, &recs_all, &label, (page, pages), |p| {
            PageKind::StatePosition {
                state: state.to_string(),
                position: position.to_string(),
                page: p,
                pages,
            }
            .path()
        });
    }

    /// The facet index of this language: each facet's terms (key and label), the documents,
    /// and one row per recommendation: `[id, document, paragraph, [terms of facet 1], …]`, terms
    /// and documents by their position in those lists.
    fn facet_index(&self) -> Json {
        let site = self.site;
        let facets: Vec<(Taxonomy, Vec<Json>)> = FACETS
            .iter()
            .filter(|t| !site.terms(**t).is_empty())
            .map(|t| (*t, self.facet_terms(*t)))
            .collect();
        let mut documents: Vec<&str> = site
            .recommendations
            .iter()
            .map(|r| r.document.as_str())
            .collect();
        documents.sort_unstable();
        documents.dedup();
        let mut rows: Vec<Vec<Json>> = site
            .recommendations
            .iter()
            .map(|r| {
                let doc = documents
                    .binary_search(&r.document.as_str())
                    .unwrap_or_default();
                vec![
                    json!(r.id.value),
                    json!(doc),
                    json!(r.paragraph.clone().unwrap_or_default()),
                ]
            })
            .collect();
        for (tax, terms) in &facets {
            let mut of_rec: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
            for (ti, t) in terms.iter().enumerate() {
                let key = t["key"].as_str().unwrap_or_default();
                if let Some(term) = site.term(*tax, key) {
                    for i in &term.recs {
                        of_rec[*i].push(ti);
                    }
                }
            }
            for (row, ts) in rows.iter_mut().zip(of_rec) {
                row.push(json!(ts));
            }
        }
        let facets: Vec<Json> = facets
            .iter()
            .map(|(tax, terms)| {
                let terms: Vec<Json> = terms
                    .iter()
                    .map(|t| json!([t["key"], t["label"]["text"]]))
                    .collect();
                json!({"id": tax.id(), "name": self.msg(&format!("taxonomy-{}", tax.id())), "terms": terms})
            })
            .collect();
        json!({"facets": facets, "documents": documents, "recommendations": rows})
    }
}

impl Renderer {
    /// `<lang>/recommendations/facets.json` for every language.
    pub fn facet_indexes(&self, site: &Site) -> Vec<(String, Vec<u8>)> {
        site.config
            .languages
            .iter()
            .map(|lang| {
                let job = Job {
                    lang: *lang,
                    kind: PageKind::Filter,
                };
                let items = super::ItemCache::default();
                let pages = Pages::new(site, self, &job, &items);
                let bytes = serde_json::to_vec(&pages.facet_index()).expect("JSON serialises");
                (format!("{}/{FACETS_JSON}", lang.code()), bytes)
            })
            .collect()
    }
}
