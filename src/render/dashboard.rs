//! Dashboards: counts of recommendations by implementation status (per assessor), UPR position,
//! mechanism and UPR cycle, for the whole site and for each state. Each chart is an inline SVG
//! bar chart laid out here (mirrored for right-to-left languages), always followed by a text
//! summary and a data table with the same figures, so no reader depends on the picture and no
//! status is told by colour alone (every row has its text label and icon).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{LText, Pages};
use crate::model::{Assessor, Recommendation};
use crate::plan::PageKind;
use crate::taxonomy::{Taxonomy, position_of};

/// Width of the SVG's coordinate system; the chart scales to its container.
const WIDTH: u32 = 400;
/// The longest bar, leaving room for the count after it.
const BAR_MAX: u32 = 320;
const ROW: u32 = 46;

#[derive(Debug, Serialize)]
pub struct Bar {
    pub label: String,
    /// Status icon, for status charts.
    pub icon: Option<String>,
    /// CSS class of the bar (`status-<id>` takes the vocabulary's colour).
    pub class: String,
    pub count: usize,
    pub count_text: String,
    pub percent_text: String,
    /// Link to the term page, on site-wide dashboards.
    pub href: Option<String>,
    pub full: Option<LText>,
    // Geometry, in SVG units.
    pub label_x: u32,
    pub label_y: u32,
    pub bar_x: u32,
    pub bar_y: u32,
    pub bar_width: u32,
    pub count_x: u32,
    pub count_y: u32,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    pub id: String,
    pub title: String,
    pub label_heading: String,
    pub summary: String,
    pub total: usize,
    pub bars: Vec<Bar>,
    pub width: u32,
    pub height: u32,
    pub rtl: bool,
    /// Whether an illustrative example update counts in it (then it says so).
    pub example: bool,
}

/// One row before layout.
struct Row {
    label: String,
    icon: Option<String>,
    class: String,
    count: usize,
    href: Option<String>,
    /// The full name, in the data table, when the chart shows an abbreviation.
    full: Option<LText>,
}

impl Pages<'_> {
    fn chart(&self, id: &str, title: String, label_heading: String, rows: Vec<Row>) -> Chart {
        let rtl = self.lang.dir() == "rtl";
        let total: usize = rows.iter().map(|r| r.count).sum();
        let max = rows.iter().map(|r| r.count).max().unwrap_or(0).max(1);
        let fmt = self.fmt();
        let mut items = Vec::new();
        let bars: Vec<Bar> = rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| {
                let Row {
                    label,
                    icon,
                    class,
                    count,
                    href,
                    full,
                } = row;
                let w = if count == 0 {
                    0
                } else {
                    ((count as u64 * u64::from(BAR_MAX)).div_ceil(max as u64) as u32).max(2)
                };
                let y = i as u32 * ROW;
                let percent = (count * 100 + total / 2).checked_div(total).unwrap_or(0);
                // A share that rounds to zero but is not zero reads "<1%", not "0%".
                let percent_arg: fluent_bundle::FluentValue = if percent == 0 && count > 0 {
                    "<1".into()
                } else {
                    (percent as i64).into()
                };
                let percent_text =
                    self.r
                        .msg(self.lang, "chart-percent", &[("percent", percent_arg)]);
                let count_text = fmt.number(count as i64);
                items.push(self.r.msg(
                    self.lang,
                    "chart-summary-item",
                    &[
                        ("label", label.clone().into()),
                        ("count", count_text.clone().into()),
                        ("percent", percent_text.clone().into()),
                    ],
                ));
                // In a right-to-left chart every x is mirrored; text anchored at its start
                // then grows leftwards, as the SVG's `direction` says.
                let mirror = |x: u32| if rtl { WIDTH - x } else { x };
                Bar {
                    label,
                    icon,
                    class,
                    count,
                    count_text,
                    percent_text,
                    href,
                    full,
                    label_x: mirror(0),
                    label_y: y + 16,
                    bar_x: if rtl { WIDTH - w } else { 0 },
                    bar_y: y + 22,
                    bar_width: w,
                    count_x: mirror(w + 6),
                    count_y: y + 35,
                }
            })
            .collect();
        let summary = self.r.msg(
            self.lang,
            "chart-summary",
            &[
                ("total", (total as i64).into()),
                ("items", items.join(&self.msg("list-separator")).into()),
            ],
        );
        Chart {
            id: id.to_string(),
            title,
            label_heading,
            summary,
            total,
            height: (bars.len() as u32 * ROW).max(ROW),
            bars,
            width: WIDTH,
            rtl,
            example: false,
        }
    }

    /// The dashboard of a set of recommendations (the whole site, or one state's). Term pages
    /// are linked only from the site-wide dashboard, where the counts match them.
    pub(super) fn dashboard(&self, recs: &[&Recommendation], link_terms: bool) -> Vec<Chart> {
        let site = self.site;
        let mut charts = Vec::new();
        let href = |tax: Taxonomy, key: &str| {
            (link_terms && site.term(tax, key).is_some()).then(|| {
                self.href(
                    &PageKind::Term {
                        tax,
                        term: key.to_string(),
                        page: 1,
                        pages: 1,
                    }
                    .path(),
                )
            })
        };
        // Implementation status, one chart per assessor that has assessed something: each
        // assessor's latest word, and "no information" for what it has not assessed.
        for a in Assessor::ALL {
            let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
            let mut assessed = 0;
            let mut example = false;
            for r in recs {
                if let Some(u) = site.current_status(&r.id.value).get(&a) {
                    *by_status.entry(u.meta.status.value.as_str()).or_default() += 1;
                    assessed += 1;
                    example |= u.meta.example;
                }
            }
            if assessed == 0 {
                continue;
            }
            let not_assessed = recs.len() - assessed;
            if not_assessed > 0 && site.config.status("no_information").is_some() {
                *by_status.entry("no_information").or_default() += not_assessed;
            }
            let rows: Vec<Row> = site
                .config
                .statuses
                .iter()
                .filter_map(|s| by_status.get(s.id.as_str()).map(|n| (s, *n)))
                .map(|(s, n)| Row {
                    label: self.status_label(&s.id),
                    icon: Some(s.icon.clone()),
                    class: format!("status-{}", s.id),
                    count: n,
                    href: None,
                    full: None,
                })
                .collect();
            let assessor = self.msg(&format!("assessor-{}", a.id()));
            let mut chart = self.chart(
                &format!("status-{}", a.id()),
                self.r.msg(
                    self.lang,
                    "chart-status-title",
                    &[("assessor", assessor.into())],
                ),
                self.msg("field-status"),
                rows,
            );
            chart.example = example;
            charts.push(chart);
        }
        let upr: Vec<&&Recommendation> =
            recs.iter().filter(|r| r.mechanism.value == "upr").collect();
        if !upr.is_empty() {
            let mut counts: BTreeMap<crate::model::Position, usize> = BTreeMap::new();
            for r in &upr {
                *counts.entry(position_of(r)).or_default() += 1;
            }
            let rows = counts
                .into_iter()
                .map(|(p, n)| Row {
                    label: self.msg(&format!("position-{}", p.id())),
                    icon: None,
                    class: format!("bar-position-{}", p.id()),
                    count: n,
                    href: href(Taxonomy::Position, p.id()),
                    full: None,
                })
                .collect();
            charts.push(self.chart(
                "position",
                self.msg("home-by-position"),
                self.msg("field-position"),
                rows,
            ));
            let mut cycles: BTreeMap<u8, usize> = BTreeMap::new();
            for r in &upr {
                if let Some(c) = r.upr_cycle {
                    *cycles.entry(c).or_default() += 1;
                }
            }
            if !cycles.is_empty() {
                let rows = cycles
                    .into_iter()
                    .map(|(c, n)| Row {
                        label: self.r.msg(
                            self.lang,
                            "upr-cycle-name",
                            &[("cycle", i64::from(c).into())],
                        ),
                        icon: None,
                        class: "bar".to_string(),
                        count: n,
                        href: href(Taxonomy::Cycle, &c.to_string()),
                        full: None,
                    })
                    .collect();
                charts.push(self.chart(
                    "cycle",
                    self.msg("chart-cycle-title"),
                    self.msg("field-upr-cycle"),
                    rows,
                ));
            }
        }
        let mut by_mechanism: BTreeMap<&str, usize> = BTreeMap::new();
        for r in recs {
            *by_mechanism.entry(r.mechanism.value.as_str()).or_default() += 1;
        }
        let rows: Vec<Row> = site
            .reference
            .mechanisms
            .iter()
            .filter_map(|m| by_mechanism.get(m.id.as_str()).map(|n| (m, *n)))
            .map(|(m, n)| Row {
                label: m.abbr.clone(),
                icon: None,
                class: "bar".to_string(),
                count: n,
                href: href(Taxonomy::Mechanism, &m.id),
                full: Some(self.t(&m.name)),
            })
            .collect();
        if !rows.is_empty() {
            charts.push(self.chart(
                "mechanism",
                self.msg("home-by-mechanism"),
                self.msg("field-mechanism"),
                rows,
            ));
        }
        charts
    }
}
