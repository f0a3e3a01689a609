//! Stage 4: the list of page jobs, one per page and language. Adding a page kind is adding a
//! `PageKind`, a template and a context builder in `render`; nothing else has to change.

use crate::i18n::Lang;
use crate::index::Site;
use crate::taxonomy::Taxonomy;

/// Recommendations per page of the paginated list: long enough to scan, short enough for a slow
/// phone.
pub const PAGE_SIZE: usize = 50;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PageKind {
    Home,
    RecommendationList {
        page: usize,
        pages: usize,
    },
    Recommendation(String),
    StateList,
    State(String),
    TreatyList,
    Treaty(String),
    Matrix,
    Page(String),
    /// The full-text search page (when `search` is on in site.yaml).
    Search,
    /// Recommendations filtered by several facets at once (with JavaScript), or by one (links
    /// to the term pages, without).
    Filter,
    /// The recommendations of one state with one UPR position: the most asked-for combination,
    /// pre-rendered so that it works without JavaScript. `state` is the lower-case ISO code.
    StatePosition {
        state: String,
        position: String,
        page: usize,
        pages: usize,
    },
    /// All the ways to browse recommendations, with their terms and counts.
    Browse,
    /// The terms of one taxonomy.
    TaxonomyList(Taxonomy),
    /// The recommendations under one term, 50 per page.
    Term {
        tax: Taxonomy,
        term: String,
        page: usize,
        pages: usize,
    },
    /// The ratification matrix of one UN regional group.
    MatrixGroup(String),
    /// Printable ratification fact sheets: one per state, one per instrument.
    StateFactSheet(String),
    TreatyFactSheet(String),
    /// Atom feed of implementation updates, for the whole site or one state.
    UpdatesFeed,
    StateFeed(String),
}

impl PageKind {
    /// The output path relative to the language folder.
    pub fn path(&self) -> String {
        match self {
            PageKind::Home => "index.html".into(),
            PageKind::RecommendationList { page: 1, .. } => "recommendations/index.html".into(),
            PageKind::RecommendationList { page, .. } => {
                format!("recommendations/index-{page}.html")
            }
            PageKind::Recommendation(id) => format!("recommendations/{id}.html"),
            PageKind::StateList => "states/index.html".into(),
            PageKind::State(id) => format!("states/{}.html", id.to_lowercase()),
            PageKind::TreatyList => "treaties/index.html".into(),
            PageKind::Treaty(id) => format!("treaties/{id}.html"),
            PageKind::Matrix => "ratifications.html".into(),
            PageKind::Page(slug) => format!("pages/{slug}.html"),
            PageKind::Search => "search.html".into(),
            PageKind::Filter => "recommendations/filter.html".into(),
            PageKind::StatePosition {
                state,
                position,
                page: 1,
                ..
            } => format!("states/{state}/{position}/index.html"),
            PageKind::StatePosition {
                state,
                position,
                page,
                ..
            } => format!("states/{state}/{position}/page-{page}.html"),
            PageKind::Browse => "browse.html".into(),
            PageKind::TaxonomyList(tax) => format!("{}/index.html", tax.id()),
            PageKind::Term {
                tax, term, page: 1, ..
            } => format!("{}/{term}/index.html", tax.id()),
            PageKind::Term {
                tax, term, page, ..
            } => format!("{}/{term}/page-{page}.html", tax.id()),
            PageKind::MatrixGroup(group) => format!("ratifications/{}.html", group.to_lowercase()),
            PageKind::StateFactSheet(id) => {
                format!("factsheets/states/{}.html", id.to_lowercase())
            }
            PageKind::TreatyFactSheet(id) => format!("factsheets/treaties/{id}.html"),
            PageKind::UpdatesFeed => "updates.xml".into(),
            PageKind::StateFeed(id) => format!("states/{}.xml", id.to_lowercase()),
        }
    }

    pub fn template(&self) -> &'static str {
        match self {
            PageKind::Home => "home.html",
            PageKind::RecommendationList { .. } => "recommendations.html",
            PageKind::Recommendation(_) => "recommendation.html",
            PageKind::StateList => "states.html",
            PageKind::State(_) => "state.html",
            PageKind::TreatyList => "treaties.html",
            PageKind::Treaty(_) => "treaty.html",
            PageKind::Matrix => "matrix.html",
            PageKind::Page(_) => "page.html",
            PageKind::Search => "search.html",
            PageKind::Filter => "filter.html",
            PageKind::StatePosition { .. } => "term.html",
            PageKind::Browse => "browse.html",
            PageKind::TaxonomyList(_) => "taxonomy.html",
            PageKind::Term { .. } => "term.html",
            PageKind::MatrixGroup(_) => "matrix.html",
            PageKind::StateFactSheet(_) => "factsheet_state.html",
            PageKind::TreatyFactSheet(_) => "factsheet_treaty.html",
            PageKind::UpdatesFeed | PageKind::StateFeed(_) => "feed.xml",
        }
    }

    /// HTML pages get a language switcher and `hreflang` alternates; feeds do not.
    pub fn is_html(&self) -> bool {
        !matches!(self, PageKind::UpdatesFeed | PageKind::StateFeed(_))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Job {
    pub lang: Lang,
    pub kind: PageKind,
}

impl Job {
    /// The output path relative to the site root, e.g. `ar/states/svn.html`.
    pub fn path(&self) -> String {
        format!("{}/{}", self.lang.code(), self.kind.path())
    }
}

/// The UN regional groups that have states in the ratification data, in reference order.
pub fn matrix_groups(site: &Site) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    for s in &site.reference.states {
        if let Some(g) = &s.regional_group
            && site.ratifications.contains_key(&s.id)
            && !groups.contains(g)
        {
            groups.push(g.clone());
        }
    }
    groups
}

/// Every page of the site, in every configured language, in a fixed order.
pub fn plan(site: &Site) -> Vec<Job> {
    let mut kinds = vec![
        PageKind::Home,
        PageKind::StateList,
        PageKind::TreatyList,
        PageKind::Matrix,
    ];
    let pages = site.recommendations.len().div_ceil(PAGE_SIZE).max(1);
    kinds.extend((1..=pages).map(|page| PageKind::RecommendationList { page, pages }));
    kinds.extend(
        site.recommendations
            .iter()
            .map(|r| PageKind::Recommendation(r.id.value.clone())),
    );
    kinds.extend(
        site.states_with_pages()
            .iter()
            .map(|s| PageKind::State(s.id.clone())),
    );
    kinds.extend(
        site.reference
            .treaties
            .iter()
            .map(|t| PageKind::Treaty(t.id.clone())),
    );
    kinds.extend(site.pages.keys().map(|slug| PageKind::Page(slug.clone())));
    if site.config.search {
        kinds.push(PageKind::Search);
    }
    kinds.push(PageKind::Filter);
    for (state, position, recs) in state_positions(site) {
        let pages = recs.len().div_ceil(PAGE_SIZE).max(1);
        kinds.extend((1..=pages).map(|page| PageKind::StatePosition {
            state: state.clone(),
            position: position.clone(),
            page,
            pages,
        }));
    }
    kinds.push(PageKind::Browse);
    for tax in Taxonomy::ALL {
        let terms = site.terms(tax);
        if tax.has_list_page() && !terms.is_empty() {
            kinds.push(PageKind::TaxonomyList(tax));
        }
        for t in terms {
            let pages = t.recs.len().div_ceil(PAGE_SIZE).max(1);
            kinds.extend((1..=pages).map(|page| PageKind::Term {
                tax,
                term: t.key.clone(),
                page,
                pages,
            }));
        }
    }
    kinds.extend(matrix_groups(site).into_iter().map(PageKind::MatrixGroup));
    kinds.extend(
        site.ratifications
            .keys()
            .map(|id| PageKind::StateFactSheet(id.clone())),
    );
    kinds.extend(
        site.reference
            .treaties
            .iter()
            .map(|t| PageKind::TreatyFactSheet(t.id.clone())),
    );
    kinds.push(PageKind::UpdatesFeed);
    kinds.extend(
        site.recs_by_state
            .keys()
            .map(|id| PageKind::StateFeed(id.clone())),
    );
    site.config
        .languages
        .iter()
        .flat_map(|lang| {
            kinds.iter().map(move |kind| Job {
                lang: *lang,
                kind: kind.clone(),
            })
        })
        .collect()
}

/// Every (state, UPR position) pair that has recommendations, with them (indices into
/// `Site::recommendations`, in site order): states in code order, positions in vocabulary order.
pub fn state_positions(site: &Site) -> Vec<(String, String, Vec<usize>)> {
    let mut out = Vec::new();
    for term in site.terms(crate::taxonomy::Taxonomy::State) {
        for (position, recs) in positions_of_term(site, term) {
            out.push((term.key.clone(), position, recs));
        }
    }
    out
}

/// One state's UPR recommendations by position (positions without any left out). A page about
/// one state asks for this, not for [`state_positions`]: that one walks every state's records,
/// and asking it from each of a state's pages made the build quadratic in the number of records.
pub fn state_positions_of(site: &Site, state: &str) -> Vec<(String, Vec<usize>)> {
    site.terms(crate::taxonomy::Taxonomy::State)
        .iter()
        .find(|t| t.key == state)
        .map(|t| positions_of_term(site, t))
        .unwrap_or_default()
}

fn positions_of_term(site: &Site, term: &crate::taxonomy::TermRecs) -> Vec<(String, Vec<usize>)> {
    let mut out = Vec::new();
    for position in crate::model::Position::ALL {
        let recs: Vec<usize> = term
            .recs
            .iter()
            .copied()
            .filter(|i| {
                let r = &site.recommendations[*i];
                r.mechanism.value == "upr" && crate::taxonomy::position_of(r) == position
            })
            .collect();
        if !recs.is_empty() {
            out.push((position.id().to_string(), recs));
        }
    }
    out
}
