//! Browsing by taxonomy: the browse page, one list page per taxonomy and one paginated page per
//! term (see `taxonomy`).

use serde_json::{Value as Json, json};
use tera::{Context, Value};

use super::{LText, Pages};
use crate::plan::{PAGE_SIZE, PageKind};
use crate::taxonomy::{Taxonomy, TermRecs};

impl Pages<'_> {
    fn message_text(&self, key: &str, args: &[(&str, fluent_bundle::FluentValue)]) -> LText {
        LText {
            text: self.r.msg(self.lang, key, args),
            lang: self.lang.html_tag(),
            dir: self.lang.dir(),
            note: None,
        }
    }

    /// A term's name in this page's language (or its fallback, marked as such).
    pub(super) fn term_label(&self, tax: Taxonomy, term: &TermRecs) -> LText {
        let site = self.site;
        let key = term.key.as_str();
        let from_list = |list: &[crate::reference::Term]| {
            list.iter().find(|t| t.id == key).map(|t| self.t(&t.label))
        };
        let found = match tax {
            Taxonomy::State => Some(self.state_name(&key.to_uppercase())),
            Taxonomy::Mechanism => site
                .reference
                .mechanisms
                .iter()
                .find(|m| m.id == key)
                .map(|m| self.t(&m.name)),
            Taxonomy::Cycle => key
                .parse::<i64>()
                .ok()
                .map(|c| self.message_text("upr-cycle-name", &[("cycle", c.into())])),
            Taxonomy::Session => key
                .parse::<i64>()
                .ok()
                .map(|s| self.message_text("upr-session-name", &[("session", s.into())])),
            Taxonomy::Position => Some(self.message_text(&format!("position-{key}"), &[])),
            Taxonomy::Status => site.config.status(key).map(|_| LText {
                text: self.status_label(key),
                lang: self.lang.html_tag(),
                dir: self.lang.dir(),
                note: None,
            }),
            Taxonomy::Theme => from_list(&site.reference.themes),
            Taxonomy::Person => from_list(&site.reference.affected_persons),
            Taxonomy::Sdg => {
                if let Some(g) = site.reference.sdgs.goals.iter().find(|g| g.id == key) {
                    let short = self.t(&g.short);
                    Some(LText {
                        text: self.r.msg(
                            self.lang,
                            "sdg-goal-name",
                            &[
                                ("goal", key.to_string().into()),
                                ("title", short.text.into()),
                            ],
                        ),
                        ..short
                    })
                } else {
                    site.reference
                        .sdgs
                        .targets
                        .iter()
                        .find(|t| t.id == key)
                        .map(|t| self.t(&t.title))
                }
            }
            Taxonomy::Institution | Taxonomy::Cluster => term.label.as_ref().map(|l| self.t(l)),
        };
        found.unwrap_or_else(|| LText {
            text: key.to_string(),
            lang: "en",
            dir: "ltr",
            note: None,
        })
    }

    pub(super) fn term_href(&self, tax: Taxonomy, key: &str) -> String {
        self.href(
            &PageKind::Term {
                tax,
                term: key.to_string(),
                page: 1,
                pages: 1,
            }
            .path(),
        )
    }

    /// The terms of a taxonomy as rows (label, code, count, link), in the order a reader of this
    /// language expects: states and institutions by collation, the others in their own order.
    pub(super) fn term_rows(&self, tax: Taxonomy) -> Vec<Json> {
        let mut rows: Vec<(LText, &TermRecs)> = self
            .site
            .terms(tax)
            .iter()
            .map(|t| (self.term_label(tax, t), t))
            .collect();
        if matches!(tax, Taxonomy::State | Taxonomy::Institution) {
            rows.sort_by(|a, b| {
                self.fmt()
                    .compare(&a.0.text, &b.0.text)
                    .then_with(|| a.1.key.cmp(&b.1.key))
            });
        }
        rows.into_iter()
            .map(|(label, t)| {
                let code = match tax {
                    Taxonomy::State => Some(t.key.to_uppercase()),
                    Taxonomy::Sdg => Some(t.key.clone()),
                    Taxonomy::Mechanism => self
                        .site
                        .reference
                        .mechanisms
                        .iter()
                        .find(|m| m.id == t.key)
                        .map(|m| m.abbr.clone()),
                    _ => None,
                };
                let icon = (tax == Taxonomy::Status)
                    .then(|| self.site.config.status(&t.key).map(|s| s.icon.clone()))
                    .flatten();
                json!({"key": t.key, "label": label, "code": code, "count": t.recs.len(),
                       "href": self.term_href(tax, &t.key), "icon": icon,
                       "status": (tax == Taxonomy::Status).then(|| self.status(&t.key)),
                       "target": tax == Taxonomy::Sdg && t.key.contains('.')})
            })
            .collect()
    }

    pub(super) fn browse(&self, ctx: &mut Context) {
        let taxonomies: Vec<Json> = Taxonomy::ALL
            .iter()
            .filter(|t| !self.site.terms(**t).is_empty())
            .map(|t| {
                let href = if t.has_list_page() {
                    self.href(&PageKind::TaxonomyList(*t).path())
                } else {
                    self.href(&PageKind::StateList.path())
                };
                json!({"id": t.id(), "name": self.msg(&format!("taxonomy-{}", t.id())),
                       "description": self.msg(&format!("taxonomy-{}-description", t.id())),
                       "terms": self.site.terms(*t).len(), "href": href})
            })
            .collect();
        ctx.insert("taxonomies", &taxonomies);
        ctx.insert("page_title", &self.msg("browse-title"));
    }

    /// Whether status counts include an illustrative example update (pages then say so).
    fn counts_examples(&self, tax: Taxonomy) -> bool {
        tax == Taxonomy::Status && self.site.updates.iter().any(|u| u.meta.example)
    }

    pub(super) fn taxonomy_list(&self, ctx: &mut Context, tax: Taxonomy) {
        let name = self.msg(&format!("taxonomy-{}", tax.id()));
        ctx.insert(
            "taxonomy",
            &json!({"id": tax.id(), "name": name, "description": self.msg(&format!("taxonomy-{}-description", tax.id())),
                    "browse": self.href(&PageKind::Browse.path())}),
        );
        ctx.insert("terms", &self.term_rows(tax));
        ctx.insert("example", &self.counts_examples(tax));
        ctx.insert("page_title", &name);
    }

    pub(super) fn term_page(
        &self,
        ctx: &mut Context,
        tax: Taxonomy,
        key: &str,
        page: usize,
        pages: usize,
    ) {
        let site = self.site;
        let term = site.term(tax, key).expect("planned from the index");
        let label = self.term_label(tax, term);
        let total = term.recs.len();
        let taxonomy_name = self.msg(&format!("taxonomy-{}", tax.id()));
        let taxonomy_href = if tax.has_list_page() {
            self.href(&PageKind::TaxonomyList(tax).path())
        } else {
            self.href(&PageKind::StateList.path())
        };
        // Narrower terms: an SDG goal's targets that have recommendations.
        let narrower: Vec<Value> = if tax == Taxonomy::Sdg && !key.contains('.') {
            site.terms(tax)
                .iter()
                .filter(|t| t.key.split('.').next() == Some(key) && t.key.contains('.'))
                .map(|t| {
                    tmap! {"key": t.key.as_str(), "label": self.term_label(tax, t), "count": t.recs.len(),
                           "href": self.term_href(tax, &t.key)}
                })
                .collect()
        } else {
            Vec::new()
        };
        let state_page = (tax == Taxonomy::State)
            .then(|| self.href(&PageKind::State(key.to_uppercase()).path()));
        let positions = if tax == Taxonomy::State {
            self.state_position_links(key)
        } else {
            Vec::new()
        };
        ctx.insert_value(
            "term",
            tmap! {"taxonomy": tax.id(), "taxonomy_name": taxonomy_name, "taxonomy_href": taxonomy_href,
                   "key": key, "label": label.clone(), "count": total, "narrower": narrower,
                   "state_page": state_page, "positions": positions,
                   "status": (tax == Taxonomy::Status).then(|| self.status(key))},
        );
        ctx.insert("example", &self.counts_examples(tax));
        self.term_list_page(ctx, &term.recs, &label, (page, pages), |p| {
            PageKind::Term {
                tax,
                term: key.to_string(),
                page: p,
                pages,
            }
            .path()
        });
    }

    /// What every page of a term's list shares: its page of the recommendations `all` (indexes
    /// into the site's), the page links (`path` gives page p's path), and a title that names the
    /// page when there are several.
    pub(super) fn term_list_page(
        &self,
        ctx: &mut Context,
        all: &[usize],
        label: &LText,
        (page, pages): (usize, usize),
        path: impl Fn(usize) -> String,
    ) {
        let total = all.len();
        let recs = self.rec_items(
            all.iter()
                .skip((page - 1) * PAGE_SIZE)
                .take(PAGE_SIZE)
                .copied(),
        );
        let links = self.page_links(page, pages, path);
        ctx.insert_value("recommendations", recs);
        ctx.insert_value("pagination", self.pagination((page, pages), links, total));
        let title = if pages > 1 {
            self.r.msg(
                self.lang,
                "term-title-page",
                &[
                    ("term", label.text.clone().into()),
                    ("page", (page as i64).into()),
                    ("pages", (pages as i64).into()),
                ],
            )
        } else {
            label.text.clone()
        };
        ctx.insert("page_title", &title);
    }
}
