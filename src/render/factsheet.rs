//! Ratification fact sheets, made to be printed (A4 or US Letter, every language): one per
//! state (its status under the 18 instruments, its reservations, declarations, objections and
//! withdrawals) and one per instrument (every state's status, and the reservations to it). Both
//! carry the "as of" date of the data. Also the ratification matrix of one regional group.

use serde_json::{Value as Json, json};
use tera::{Context, Value};

use super::Pages;
use crate::model::{RatificationStatus, ReservationKind, TreatyStatus};
use crate::plan::PageKind;

impl Pages<'_> {
    /// Acceptance of complaint and inquiry procedures, as recorded.
    pub(super) fn procedures(&self, ts: Option<&TreatyStatus>) -> Vec<Value> {
        ts.map_or_else(Vec::new, |t| {
            t.procedures
                .iter()
                .map(|p| tmap! {"article": p.article.as_deref(), "kind": p.kind.as_deref(), "date": p.date.map(|d| self.date(&d))})
                .collect()
        })
    }

    /// A row of a fact sheet's table: `what` (the state or the instrument), and the status and
    /// procedures of `state` under `treaty` ([`Pages::cell`]).
    fn status_row(&self, what: (&'static str, Value), state: &str, treaty: &str) -> Value {
        let (status, procedures) = self.cell(state, treaty);
        let mut m = tfields! {"status": status, "procedures": procedures};
        m.insert(what.0.into(), what.1);
        Value::from_map(m)
    }

    fn factsheet_common(&self, ctx: &mut Context, screen_page: String) {
        let site = self.site;
        ctx.insert(
            "factsheet",
            &json!({"as_of": site.ratifications_as_of.map(|d| self.date(&d)),
                    "screen_page": screen_page,
                    "site_url": site.config.absolute_url(&self.job.path())}),
        );
    }

    pub(super) fn state_factsheet(&self, ctx: &mut Context, id: &str) {
        let site = self.site;
        let s = site.state(id).expect("planned from the ratification data");
        let rats = site.ratifications.get(id);
        let statuses: Vec<(&str, Option<&TreatyStatus>)> = site
            .reference
            .treaties
            .iter()
            .map(|t| (t.id.as_str(), site.treaty_status(id, &t.id)))
            .collect();
        let rows: Vec<Value> = statuses
            .iter()
            .map(|(t, _)| self.status_row(("treaty", self.treaty(t)), id, t))
            .collect();
        let count = |st: RatificationStatus| {
            rats.map_or(0, |r| {
                r.treaties.values().filter(|t| t.value.status == st).count()
            })
        };
        let own: Vec<usize> = site
            .reservations_by_state
            .get(id)
            .cloned()
            .unwrap_or_default();
        let pick = |f: &dyn Fn(ReservationKind) -> bool| -> Vec<Value> {
            own.iter()
                .filter(|i| f(site.reservations[**i].kind))
                .map(|i| self.reservation(*i))
                .collect()
        };
        let reservations = pick(&|k| {
            !matches!(
                k,
                ReservationKind::Objection
                    | ReservationKind::Withdrawal
                    | ReservationKind::PartialWithdrawal
            )
        });
        let objections_made = pick(&|k| k == ReservationKind::Objection);
        let withdrawals = pick(&|k| {
            matches!(
                k,
                ReservationKind::Withdrawal | ReservationKind::PartialWithdrawal
            )
        });
        let objections_received: Vec<Value> = site
            .reservations
            .iter()
            .enumerate()
            .filter(|(_, r)| r.objection_to.as_ref().is_some_and(|o| o.value == id))
            .map(|(i, _)| self.reservation(i))
            .collect();
        ctx.insert(
            "state",
            &json!({"id": s.id, "name": self.t(&s.name), "formal_name": s.formal_name.as_ref().map(|f| self.t(f)),
                    "regional_group": s.regional_group.as_ref().map(|g| self.msg(&format!("regional-group-{g}"))),
                    "parties": count(RatificationStatus::Party), "signatories": count(RatificationStatus::Signatory),
                    "treaty_count": site.reference.treaties.len()}),
        );
        ctx.insert("has_procedures", &has_procedures(&statuses));
        ctx.insert_value("rows", rows.into());
        ctx.insert_value("reservations", reservations.into());
        ctx.insert_value("objections_made", objections_made.into());
        ctx.insert_value("objections_received", objections_received.into());
        ctx.insert_value("withdrawals", withdrawals.into());
        ctx.insert(
            "ratifications_as_of",
            &rats.and_then(|r| r.as_of).map(|d| self.date(&d)),
        );
        ctx.insert(
            "ratifications_source",
            &self.source(rats.and_then(|r| r.source.as_ref())),
        );
        self.factsheet_common(ctx, self.href(&PageKind::State(id.to_string()).path()));
        let name = self.t(&s.name).text;
        ctx.insert(
            "page_title",
            &self.r.msg(
                self.lang,
                "factsheet-state-title",
                &[("state", name.into())],
            ),
        );
    }

    pub(super) fn treaty_factsheet(&self, ctx: &mut Context, id: &str) {
        let site = self.site;
        let statuses: Vec<(&str, Option<&TreatyStatus>)> = self
            .sorted_states(site.ratifications.keys().map(String::as_str))
            .into_iter()
            .map(|s| (s, site.treaty_status(s, id)))
            .collect();
        let rows: Vec<Value> = statuses
            .iter()
            .map(|(s, _)| self.status_row(("state", self.state_link(s)), s, id))
            .collect();
        let count = |st: &str| {
            statuses
                .iter()
                .filter(|(_, ts)| ts.map_or("unknown", |t| t.status.id()) == st)
                .count()
        };
        let counts = json!({"party": count("party"), "signatory": count("signatory"),
                            "no_action": count("no_action"), "withdrawn": count("withdrawn"), "states": rows.len()});
        let reservations = site
            .reservations_by_treaty
            .get(id)
            .map_or_else(Vec::new, |v| self.reservations_by_state_name(v));
        let v = self.treaty_details(id);
        let abbr = v
            .get(&"abbr".into())
            .and_then(Value::as_str)
            .unwrap_or(id)
            .to_string();
        ctx.insert_value("treaty", v.into());
        ctx.insert("has_procedures", &has_procedures(&statuses));
        ctx.insert_value("rows", rows.into());
        ctx.insert("counts", &counts);
        ctx.insert_value("reservations", reservations.into());
        ctx.insert(
            "ratifications_as_of",
            &site.ratifications_as_of.map(|d| self.date(&d)),
        );
        self.factsheet_common(ctx, self.href(&PageKind::Treaty(id.to_string()).path()));
        ctx.insert(
            "page_title",
            &self.r.msg(
                self.lang,
                "factsheet-treaty-title",
                &[("treaty", abbr.into())],
            ),
        );
    }

    /// The regional groups, as filters above the matrix.
    pub(super) fn matrix_filters(&self, current: Option<&str>) -> Vec<Json> {
        let all = json!({"label": self.msg("matrix-all-states"), "href": self.href(&PageKind::Matrix.path()),
                         "current": current.is_none()});
        std::iter::once(all)
            .chain(crate::plan::matrix_groups(self.site).into_iter().map(|g| {
                json!({"label": self.msg(&format!("regional-group-{g}")),
                       "href": self.href(&PageKind::MatrixGroup(g.clone()).path()),
                       "current": current == Some(g.as_str())})
            }))
            .collect()
    }
}

/// Whether any row records a complaint or inquiry procedure: the column is left out otherwise.
/// Whether any of the statuses of a fact sheet's rows records a procedure.
fn has_procedures(statuses: &[(&str, Option<&TreatyStatus>)]) -> bool {
    statuses
        .iter()
        .any(|(_, ts)| ts.is_some_and(|t| !t.procedures.is_empty()))
}
