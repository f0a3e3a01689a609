//! Stage 2: every problem at once. Each check names the file, line and column of the offending
//! value and says how to fix it. Errors stop the build before anything is written.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::config::{Config, is_slug};
use crate::diag::{Diagnostic, did_you_mean};
use crate::i18n::{Lang, PartialDate, Text};
use crate::model::*;
use crate::reference::Reference;

/// Today's date in UTC, for "an update dated in the future". `SOURCE_DATE_EPOCH` wins when set,
/// so that checks are reproducible too.
pub fn today() -> PartialDate {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let iso = icu_calendar::Date::from_rata_die(
        icu_calendar::types::RataDie::new(secs.div_euclid(86_400) + 719_163),
        icu_calendar::Iso,
    );
    PartialDate {
        year: iso.era_year().extended_year,
        month: Some(iso.month().ordinal),
        day: Some(iso.day_of_month().0),
    }
}

/// The reference lists an id can point into.
#[derive(Clone, Copy)]
enum Vocab {
    State,
    Treaty,
    Mechanism,
    Theme,
    Person,
    Goal,
    Target,
}

struct Checker<'a> {
    config: &'a Config,
    diags: Vec<Diagnostic>,
    states: HashSet<&'a str>,
    treaties: HashSet<&'a str>,
    mechanisms: HashSet<&'a str>,
    themes: HashSet<&'a str>,
    persons: HashSet<&'a str>,
    goals: HashSet<&'a str>,
    targets: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn err(&mut self, origin: &Origin, at: (usize, usize), msg: String, hint: Option<String>) {
        let d = Diagnostic::error(&origin.file, at.0, at.1, msg);
        self.diags.push(match hint {
            Some(h) => d.with_hint(h),
            None => d,
        });
    }

    fn warn(&mut self, origin: &Origin, at: (usize, usize), msg: String, hint: Option<String>) {
        let d = Diagnostic::warning(&origin.file, at.0, at.1, msg);
        self.diags.push(match hint {
            Some(h) => d.with_hint(h),
            None => d,
        });
    }

    /// A reference to a known id; `what` names the kind in the message.
    fn known(&mut self, origin: &Origin, id: &Id, vocab: Vocab, what: &str, hint_all: &str) {
        let set = match vocab {
            Vocab::State => &self.states,
            Vocab::Treaty => &self.treaties,
            Vocab::Mechanism => &self.mechanisms,
            Vocab::Theme => &self.themes,
            Vocab::Person => &self.persons,
            Vocab::Goal => &self.goals,
            Vocab::Target => &self.targets,
        };
        if set.contains(id.value.as_str()) {
            return;
        }
        let suggestion =
            did_you_mean(&id.value, set.iter().copied()).map(|s| format!("did you mean `{s}`?"));
        let hint = suggestion.or_else(|| Some(hint_all.to_string()));
        self.err(
            origin,
            origin.at(id),
            format!("unknown {what} `{}`", id.value),
            hint,
        );
    }

    fn text(&mut self, origin: &Origin, field: &str, text: &Spanned<Text>) {
        let at = origin.at(text);
        if text.value.is_empty() {
            self.err(
                origin,
                at,
                format!("`{field}` is empty"),
                Some("give the text in at least one language".into()),
            );
        }
        self.langs(origin, at, field, &text.value);
    }

    fn langs(&mut self, origin: &Origin, at: (usize, usize), field: &str, text: &Text) {
        for code in &text.unknown_langs {
            self.err(
                origin,
                at,
                format!("`{field}` has a text in `{code}`, which is not a UN language code"),
                Some("use ar, zh, en, fr, ru or es".into()),
            );
        }
        for lang in text.by_lang.keys() {
            if !self.config.languages.contains(lang) {
                self.warn(
                    origin,
                    at,
                    format!(
                        "`{field}` has a text in `{lang}`, a language this site does not build"
                    ),
                    Some("add the language to `languages` in site.yaml to publish it".into()),
                );
            }
        }
    }

    fn slug(&mut self, origin: &Origin, id: &Id, what: &str) {
        if !is_slug(&id.value) {
            self.err(
                origin,
                origin.at(id),
                format!("{what} id `{}` is not safe in a URL", id.value),
                Some("use lower-case letters a-z, digits and `-` (not at the start or end), at most 100 characters, and not a reserved name such as `index` or `con`".into()),
            );
        }
    }
}

pub fn check(content: &Content, config: &Config, reference: &Reference) -> Vec<Diagnostic> {
    let mut c = Checker {
        config,
        diags: Vec::new(),
        states: reference.states.iter().map(|s| s.id.as_str()).collect(),
        treaties: reference.treaties.iter().map(|t| t.id.as_str()).collect(),
        mechanisms: reference.mechanisms.iter().map(|m| m.id.as_str()).collect(),
        themes: reference.themes.iter().map(|t| t.id.as_str()).collect(),
        persons: reference
            .affected_persons
            .iter()
            .map(|t| t.id.as_str())
            .collect(),
        goals: reference.sdgs.goals.iter().map(|g| g.id.as_str()).collect(),
        targets: reference
            .sdgs
            .targets
            .iter()
            .map(|t| t.id.as_str())
            .collect(),
    };
    if let Some(state) = &config.state
        && !c.states.contains(state.value.as_str())
    {
        let origin = Origin {
            file: "site.yaml".into(),
            line_offset: 0,
        };
        c.known(
            &origin,
            state,
            Vocab::State,
            "state",
            "use an ISO 3166-1 alpha-3 code in upper case, e.g. SVN",
        );
    }

    // Recommendations: ids unique across files (and across case, for case-insensitive disks).
    let mut seen: HashMap<String, &Recommendation> = HashMap::new();
    let rec_ids: HashSet<&str> = content
        .recommendations
        .iter()
        .map(|r| r.id.value.as_str())
        .collect();
    for r in &content.recommendations {
        let o = &r.origin;
        c.slug(o, &r.id, "recommendation");
        match seen.get(&r.id.value.to_lowercase()) {
            Some(first) if first.id.value != r.id.value => {
                let (l, col) = first.origin.at(&first.id);
                c.err(
                    o,
                    o.at(&r.id),
                    format!("recommendation id `{}` differs from `{}` only by case", r.id.value, first.id.value),
                    Some(format!(
                        "`{}` is at {}:{l}:{col}; the two pages would clash on case-insensitive file systems",
                        first.id.value,
                        first.origin.file.display()
                    )),
                );
            }
            Some(first) => {
                let (l, col) = first.origin.at(&first.id);
                c.err(
                    o,
                    o.at(&r.id),
                    format!("duplicate recommendation id `{}`", r.id.value),
                    Some(format!(
                        "it is already used at {}:{l}:{col}; every id must be unique",
                        first.origin.file.display()
                    )),
                );
            }
            None => {
                seen.insert(r.id.value.to_lowercase(), r);
            }
        }
        c.known(o, &r.mechanism, Vocab::Mechanism, "mechanism", "mechanisms are upr, the treaty bodies (cerd, cescr, ccpr, cedaw, cat, spt, crc, cmw, crpd, ced) and sp");
        c.known(
            o,
            &r.state,
            Vocab::State,
            "state",
            "use an ISO 3166-1 alpha-3 code in upper case, e.g. SVN",
        );
        for s in &r.recommending_states {
            c.known(
                o,
                s,
                Vocab::State,
                "recommending state",
                "use ISO 3166-1 alpha-3 codes in upper case, e.g. FRA",
            );
        }
        for t in &r.themes {
            c.known(
                o,
                t,
                Vocab::Theme,
                "theme",
                "themes are the UHRI theme ids listed in reference/themes.yaml",
            );
        }
        for p in &r.affected_persons {
            c.known(
                o,
                p,
                Vocab::Person,
                "affected-persons group",
                "groups are the ids in reference/affected_persons.yaml",
            );
        }
        for g in &r.sdg_goals {
            c.known(
                o,
                g,
                Vocab::Goal,
                "SDG goal",
                "SDG goals are \"1\" to \"17\"",
            );
        }
        for t in &r.sdg_targets {
            c.known(
                o,
                t,
                Vocab::Target,
                "SDG target",
                "SDG targets look like \"16.3\" or \"1.a\"",
            );
        }
        for rel in &r.related {
            if !rec_ids.contains(rel.value.as_str()) {
                let hint = did_you_mean(&rel.value, rec_ids.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"));
                c.err(
                    o,
                    o.at(rel),
                    format!("unknown recommendation `{}` in `related`", rel.value),
                    hint,
                );
            }
        }
        for cl in &r.clusters {
            c.slug(o, cl, "cluster");
        }
        c.text(o, "text", &r.text);
        if r.mechanism.value != "upr" && !r.recommending_states.is_empty() {
            c.warn(
                o,
                o.at(&r.mechanism),
                "`recommending_states` is set on a recommendation that is not from the UPR".into(),
                None,
            );
        }
    }

    // Updates.
    let today = today();
    for u in &content.updates {
        let o = &u.origin;
        if !is_slug(&u.id) {
            c.err(
                o,
                (0, 0),
                format!("update id `{}` (the file name) is not safe in a URL", u.id),
                Some("rename the file with lower-case letters, digits and `-`".into()),
            );
        }
        if u.meta.recommendations.is_empty() {
            c.err(
                o,
                (o.line_offset + 1, 1),
                "`recommendations` is empty".into(),
                Some("list the ids of the recommendations this update is about".into()),
            );
        }
        for r in &u.meta.recommendations {
            if !rec_ids.contains(r.value.as_str()) {
                let hint = did_you_mean(&r.value, rec_ids.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"));
                c.err(
                    o,
                    o.at(r),
                    format!("unknown recommendation `{}`", r.value),
                    hint,
                );
            }
        }
        if config.status(&u.meta.status.value).is_none() {
            let hint = config.suggest_status(&u.meta.status.value).or_else(|| {
                Some(format!(
                    "statuses are: {}",
                    config
                        .statuses
                        .iter()
                        .map(|s| s.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            });
            c.err(
                o,
                o.at(&u.meta.status),
                format!("unknown implementation status `{}`", u.meta.status.value),
                hint,
            );
        }
        if u.meta.date.value > today {
            c.err(
                o,
                o.at(&u.meta.date),
                format!(
                    "the update is dated {}, which is in the future",
                    u.meta.date.value
                ),
                Some("date an update when the assessment was made".into()),
            );
        }
    }

    // Ratifications: one entry per state.
    let mut rat_seen: HashMap<&str, &StateRatifications> = HashMap::new();
    for e in &content.ratifications {
        let o = &e.origin;
        c.known(
            o,
            &e.state,
            Vocab::State,
            "state",
            "use an ISO 3166-1 alpha-3 code in upper case, e.g. SVN",
        );
        if let Some(first) = rat_seen.insert(&e.state.value, e) {
            let (l, col) = first.origin.at(&first.state);
            c.err(
                o,
                o.at(&e.state),
                format!("ratifications of `{}` are given twice", e.state.value),
                Some(format!(
                    "they are already given at {}:{l}:{col}; merge the two",
                    first.origin.file.display()
                )),
            );
        }
        for (treaty, status) in &e.treaties {
            if !c.treaties.contains(treaty.as_str()) {
                let hint = did_you_mean(treaty, c.treaties.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"));
                c.err(o, o.at(status), format!("unknown treaty `{treaty}`"), hint);
            }
            if status.value.status == RatificationStatus::Party
                && status.value.consent_date.is_none()
            {
                c.warn(
                    o,
                    o.at(status),
                    format!("`{treaty}`: a party without `consent_date`"),
                    None,
                );
            }
        }
    }

    // Reservations.
    let mut res_ids: HashSet<String> = HashSet::new();
    for r in &content.reservations {
        let o = &r.origin;
        c.known(
            o,
            &r.state,
            Vocab::State,
            "state",
            "use an ISO 3166-1 alpha-3 code in upper case, e.g. SVN",
        );
        c.known(o, &r.treaty, Vocab::Treaty, "treaty", "treaties are icerd, icescr, iccpr, cedaw, cat, crc, icmw, crpd, cped and their protocols");
        if let Some(to) = &r.objection_to {
            c.known(
                o,
                to,
                Vocab::State,
                "state",
                "use an ISO 3166-1 alpha-3 code",
            );
        }
        if let Some(id) = &r.id {
            c.slug(o, id, "reservation");
            if !res_ids.insert(id.value.clone()) {
                c.err(
                    o,
                    o.at(id),
                    format!("duplicate reservation id `{}`", id.value),
                    None,
                );
            }
        }
        c.text(o, "text", &r.text);
        let party = rat_seen
            .get(r.state.value.as_str())
            .and_then(|e| e.treaties.get(&r.treaty.value))
            .map(|s| s.value.status);
        if let Some(status) = party
            && !matches!(
                status,
                RatificationStatus::Party
                    | RatificationStatus::Signatory
                    | RatificationStatus::Withdrawn
            )
        {
            c.warn(
                o,
                o.at(&r.state),
                format!(
                    "{} has a reservation to `{}` but is neither party nor signatory to it",
                    r.state.value, r.treaty.value
                ),
                None,
            );
        }
    }

    // Pages: one file per slug and language.
    let mut page_seen: BTreeMap<(&str, Lang), &PageFile> = BTreeMap::new();
    for p in &content.pages {
        let o = &p.origin;
        if !is_slug(&p.slug) {
            c.err(
                o,
                (0, 0),
                format!("page name `{}` is not safe in a URL", p.slug),
                Some(
                    "rename the file with lower-case letters, digits and `-`, then `.<lang>.md`"
                        .into(),
                ),
            );
        }
        if let Some(first) = page_seen.insert((&p.slug, p.lang), p) {
            c.err(
                o,
                (0, 0),
                format!("page `{}` in `{}` is given twice", p.slug, p.lang),
                Some(format!("also in {}", first.origin.file.display())),
            );
        }
        if p.meta.title.trim().is_empty() {
            c.err(
                o,
                (o.line_offset + 1, 1),
                "the page's `title` is empty".into(),
                None,
            );
        }
    }
    c.diags
}
