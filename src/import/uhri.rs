//! The Universal Human Rights Index export (`.xlsx` or `.csv`), with its real quirks: the
//! misspelt headers (`Reccomending Body`, `UPR Reccomending States`), multi-valued cells with one
//! "- item" per line, Excel serial dates, SDGs as `16.3 - Promote the rule of law …`, themes and
//! affected persons as labels, and UPR positions as words.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::table::{self, Row, RowSink};
use super::yaml::Y;
use super::{Ctx, Incoming, RecMerger, parse_date, slugify, store::doc_key, upr_cycle};
use crate::i18n::Lang;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Col {
    Text,
    Countries,
    Body,
    Symbol,
    Themes,
    Persons,
    Sdgs,
    PubDate,
    RecStates,
    Position,
    Type,
    AnnotationId,
    Session,
    // suivi's own optional columns (docs/import.md)
    Paragraph,
    PositionSource,
}

fn column(header: &str) -> Option<Col> {
    let h: String = header
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some(match h.as_str() {
        "text" => Col::Text,
        "countries concerned" | "country concerned" | "countries" => Col::Countries,
        "reccomending body" | "recommending body" | "body" => Col::Body,
        "document symbol" | "symbol" => Col::Symbol,
        "themes" => Col::Themes,
        "affected persons" => Col::Persons,
        "sdgs" => Col::Sdgs,
        "document publication date" | "publication date" => Col::PubDate,
        "upr reccomending states" | "upr recommending states" | "upr recommending country" => {
            Col::RecStates
        }
        "upr position" | "upr positions" => Col::Position,
        "type" | "annotation type" => Col::Type,
        "ohchr annotation id" | "annotation id" => Col::AnnotationId,
        "upr session" => Col::Session,
        "paragraph" => Col::Paragraph,
        "upr position source" | "position source" => Col::PositionSource,
        _ => return None,
    })
}

/// The items of a multi-valued cell: one per line, each with an optional "- " prefix.
pub fn items(cell: &str) -> Vec<String> {
    cell.split(['\n', '\r'])
        .map(|l| {
            let l = l.trim();
            l.strip_prefix("- ")
                .or_else(|| l.strip_prefix('-'))
                .unwrap_or(l)
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

const OWNED: &[&str] = &[
    "uhri_id",
    "mechanism",
    "state",
    "document",
    "paragraph",
    "date",
    "upr_cycle",
    "upr_session",
    "type",
    "recommending_states",
    "position",
    "position_source",
    "themes",
    "affected_persons",
    "sdg_goals",
    "sdg_targets",
    "source",
];

/// Splits a leading paragraph number off a text: `132.90 Repeal …` → (`132.90`, `Repeal …`);
/// `19. The Committee …` → (`19`, `The Committee …`); Arabic-Indic digits and `132-90` read alike.
pub fn split_paragraph(text: &str) -> (Option<String>, &str) {
    let mut num = String::new();
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let d = match c {
            '0'..='9' => Some(c),
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
            '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10),
            _ => None,
        };
        if let Some(d) = d {
            num.push(d);
            end = i + c.len_utf8();
        } else if matches!(c, '.' | '-' | '\u{2013}' | '\u{2011}') && !num.is_empty() {
            num.push('.');
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let had_separator = num.contains('.');
    let num = num.trim_end_matches('.').to_string();
    let rest = &text[end..];
    if num.is_empty()
        || !had_separator
        || num.split('.').count() > 2
        || !rest.starts_with(char::is_whitespace)
    {
        return (None, text);
    }
    (Some(num), rest.trim_start())
}

fn mechanism(ctx: &Ctx, body: &str) -> Option<String> {
    let items = items(body);
    let [one] = items.as_slice() else { return None };
    let b = one.to_lowercase();
    if b.is_empty() {
        return None;
    }
    if b == "universal periodic review" || b == "upr" {
        return Some("upr".into());
    }
    for m in &ctx.reference.mechanisms {
        let names = [
            m.id.to_lowercase(),
            m.abbr.to_lowercase(),
            m.name
                .by_lang
                .get(&Lang::En)
                .map(|n| n.to_lowercase())
                .unwrap_or_default(),
        ];
        if names.contains(&b) {
            return Some(m.id.clone());
        }
    }
    let aliases = [
        ("human rights committee", "ccpr"),
        ("hr committee", "ccpr"),
        ("hrcttee", "ccpr"),
        ("spt", "spt"),
        ("cmw", "cmw"),
        ("ced", "ced"),
    ];
    if let Some((_, id)) = aliases.iter().find(|(a, _)| *a == b) {
        return Some((*id).into());
    }
    if b.starts_with("special rapporteur")
        || b.starts_with("independent expert")
        || b.starts_with("working group")
    {
        return Some("sp".into());
    }
    None
}

fn position(cell: &str) -> Result<Option<&'static str>, String> {
    let items = items(cell);
    let mut set = BTreeSet::new();
    for i in &items {
        let p = match i.to_lowercase().as_str() {
            "supported" | "accepted" => "supported",
            "noted" => "noted",
            "supported/noted" | "partially supported" => "partially_supported",
            "under consideration" | "pending" => "pending",
            "not applicable" => "not_applicable",
            _ => {
                return Err(format!(
                    "UPR position \"{i}\" is not one suivi knows; left out"
                ));
            }
        };
        set.insert(p);
    }
    Ok(match set.len() {
        0 => None,
        1 => set.into_iter().next(),
        _ if set.contains("supported") && set.contains("noted") => Some("partially_supported"),
        _ => {
            return Err(format!(
                "several UPR positions ({}); left out",
                items.join(", ")
            ));
        }
    })
}

/// `A/HRC/28/15/Add.1 - Para. 3` → document and paragraph.
fn position_source(s: &str) -> Option<Y> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let doc = s.split([',']).next()?.split(" - ").next()?.trim();
    if doc.is_empty() || !doc.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let lower = s.to_lowercase();
    let mut paras = BTreeSet::new();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("para") {
        rest = &rest[i + 4..];
        let t = rest.trim_start_matches('.').trim_start();
        let n: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
        if !n.is_empty() {
            paras.insert(n);
        }
    }
    let mut m = vec![("document".to_string(), Y::str(doc))];
    if paras.len() == 1 {
        m.push((
            "paragraph".into(),
            Y::str(paras.into_iter().next().unwrap_or_default()),
        ));
    }
    Some(Y::Map(m))
}

struct Sink<'a, 'b> {
    path: PathBuf,
    cols: Vec<Option<Col>>,
    merger: &'a mut RecMerger,
    ctx: &'a mut Ctx<'b>,
    fatal: Option<String>,
}

fn get<'r>(cols: &[Option<Col>], row: &'r Row, col: Col) -> &'r str {
    cols.iter()
        .position(|c| *c == Some(col))
        .and_then(|i| row.cells.get(i))
        .map(|s| s.as_str())
        .unwrap_or("")
}

impl Sink<'_, '_> {
    fn convert(&mut self, row: &Row) -> Result<Option<Incoming>, String> {
        let cols = self.cols.clone();
        let g = |c: Col| get(&cols, row, c);
        let path = self.path.clone();
        let ctx = &mut *self.ctx;
        let n = row.number;
        let text_cell = g(Col::Text).trim().to_string();
        if text_cell.is_empty() {
            return Err("no text".into());
        }
        let uhri_id = g(Col::AnnotationId).trim().to_lowercase();
        let lang = ctx.opts.lang;
        let (para_from_text, text) = split_paragraph(&text_cell);
        let para_col = g(Col::Paragraph).trim().to_string();
        let paragraph = if para_col.is_empty() {
            para_from_text.clone()
        } else {
            Some(para_col)
        };
        let text = if para_from_text.is_some() && para_from_text == paragraph {
            text.to_string()
        } else {
            text_cell.clone()
        };
        let countries = items(g(Col::Countries));
        let state = match countries.as_slice() {
            [] => return Err("no state in `Countries Concerned`".into()),
            [one] => ctx.state(one)?,
            many => {
                return Err(format!(
                    "concerns several states ({}); suivi records one state per recommendation",
                    many.join(", ")
                ));
            }
        };
        if !ctx.wanted(&state) {
            ctx.report.filtered += 1;
            return Ok(None);
        }
        let document = g(Col::Symbol).trim().to_string();
        if document.is_empty() {
            return Err("no `Document Symbol`".into());
        }
        let mut keys = Vec::new();
        if !uhri_id.is_empty() {
            keys.push(format!("uhri:{uhri_id}"));
        }
        if let Some(p) = &paragraph {
            keys.push(doc_key(&document, p, &state));
        }
        if keys.is_empty() {
            return Err(
                "neither an `OHCHR Annotation Id` nor a paragraph number: the record could not be found again on a re-import".into(),
            );
        }
        let update_only = lang != Lang::En;
        let body = g(Col::Body);
        let mech = if update_only {
            None
        } else {
            Some(mechanism(ctx, body).ok_or_else(|| {
                format!(
                    "`Reccomending Body` \"{}\" is not a mechanism suivi knows",
                    body.trim()
                )
            })?)
        };
        let upr = mech.as_deref() == Some("upr");
        let mut fields: Vec<(&'static str, Y)> = Vec::new();
        if !update_only {
            if !uhri_id.is_empty() {
                fields.push(("uhri_id", Y::str(uhri_id.clone())));
            }
            fields.push(("mechanism", Y::str(mech.clone().unwrap_or_default())));
            fields.push(("state", Y::str(state.clone())));
            fields.push(("document", Y::str(document.clone())));
            if let Some(p) = &paragraph {
                fields.push(("paragraph", Y::str(p.clone())));
            }
            match parse_date(g(Col::PubDate)) {
                Ok(Some(d)) => fields.push(("date", Y::str(d))),
                Ok(None) => {}
                Err(e) => ctx.report.warn(&path, n, format!("date left out: {e}")),
            }
            let session_cell = g(Col::Session);
            let session: Option<u32> = session_cell
                .split(|c: char| !c.is_ascii_digit())
                .find(|s| !s.is_empty())
                .and_then(|s| s.parse().ok())
                .filter(|s| (1..1000).contains(s));
            if upr && let Some(s) = session {
                fields.push(("upr_cycle", Y::Int(upr_cycle(s) as i64)));
                fields.push(("upr_session", Y::Int(s as i64)));
            } else if !session_cell.trim().is_empty() && upr {
                ctx.report.warn(
                    &path,
                    n,
                    format!(
                        "`UPR Session` \"{}\" has no session number; left out",
                        session_cell.trim()
                    ),
                );
            }
            let ty = g(Col::Type).trim().trim_start_matches("- ").to_lowercase();
            if ty.starts_with("recommendation") {
                fields.push(("type", Y::str("recommendation")));
            } else if ty.contains("observation") || ty.contains("concern") {
                fields.push(("type", Y::str("observation")));
            } else if !ty.is_empty() {
                ctx.report.warn(
                    &path,
                    n,
                    format!("`Type` \"{ty}\" not understood; left out"),
                );
            }
            let mut rec_states = Vec::new();
            for name in items(g(Col::RecStates)) {
                match ctx.state(&name) {
                    Ok(c) if !rec_states.contains(&c) => rec_states.push(c),
                    Ok(_) => {}
                    Err(e) => {
                        ctx.report
                            .warn(&path, n, format!("recommending state left out: {e}"))
                    }
                }
            }
            if !rec_states.is_empty() {
                fields.push(("recommending_states", Y::strs(rec_states)));
            }
            match position(g(Col::Position)) {
                Ok(Some(p)) => fields.push(("position", Y::str(p))),
                Ok(None) if upr => fields.push(("position", Y::str("unknown"))),
                Ok(None) => {}
                Err(e) => ctx.report.warn(&path, n, e),
            }
            if let Some(ps) = position_source(g(Col::PositionSource)) {
                fields.push(("position_source", ps));
            }
            let mut themes = Vec::new();
            for label in items(g(Col::Themes)) {
                let id = slugify(&label);
                if ctx.reference.themes.iter().any(|t| t.id == id) {
                    if !themes.contains(&id) {
                        themes.push(id);
                    }
                } else {
                    ctx.report.warn(
                        &path,
                        n,
                        format!("theme \"{label}\" is not in reference/themes.yaml; left out"),
                    );
                }
            }
            if !themes.is_empty() {
                fields.push(("themes", Y::strs(themes)));
            }
            let mut persons = Vec::new();
            for label in items(g(Col::Persons)) {
                let id = slugify(&label);
                if id == "general" {
                    continue;
                }
                if ctx.reference.affected_persons.iter().any(|t| t.id == id) {
                    if !persons.contains(&id) {
                        persons.push(id);
                    }
                } else {
                    ctx.report.warn(&path, n, format!("affected persons \"{label}\" not in reference/affected_persons.yaml; left out"));
                }
            }
            if !persons.is_empty() {
                fields.push(("affected_persons", Y::strs(persons)));
            }
            let mut goals: Vec<u32> = Vec::new();
            let mut targets: Vec<(u32, String)> = Vec::new();
            for label in items(g(Col::Sdgs)) {
                let code = label
                    .split(" - ")
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_lowercase();
                let (g, t) = match code.split_once('.') {
                    Some((g, t)) => (g.to_string(), Some(t.to_string())),
                    None => (code.clone(), None),
                };
                let Ok(goal) = g.parse::<u32>() else {
                    ctx.report.warn(
                        &path,
                        n,
                        format!("SDG \"{label}\" not understood; left out"),
                    );
                    continue;
                };
                if !(1..=17).contains(&goal) {
                    ctx.report.warn(
                        &path,
                        n,
                        format!("SDG \"{label}\": no goal {goal}; left out"),
                    );
                    continue;
                }
                if !goals.contains(&goal) {
                    goals.push(goal);
                }
                if let Some(t) = t {
                    let id = format!("{goal}.{t}");
                    if ctx.reference.sdgs.targets.iter().any(|x| x.id == id) {
                        if !targets.iter().any(|(_, x)| *x == id) {
                            targets.push((goal, id));
                        }
                    } else {
                        ctx.report.warn(
                            &path,
                            n,
                            format!("SDG target {id} does not exist; left out"),
                        );
                    }
                }
            }
            goals.sort_unstable();
            targets.sort_by(|a, b| {
                let key = |s: &str| {
                    let t = s.split('.').nth(1).unwrap_or("");
                    (
                        t.parse::<u32>().is_err(),
                        t.parse::<u32>().unwrap_or(0),
                        t.to_string(),
                    )
                };
                (a.0, key(&a.1)).cmp(&(b.0, key(&b.1)))
            });
            if !goals.is_empty() {
                fields.push(("sdg_goals", Y::strs(goals.iter().map(|g| g.to_string()))));
            }
            if !targets.is_empty() {
                fields.push(("sdg_targets", Y::strs(targets.into_iter().map(|(_, t)| t))));
            }
            let mut src = vec![("url".to_string(), Y::str("https://uhri.ohchr.org/"))];
            if let Some(a) = &ctx.opts.as_of {
                src.push(("as_of".into(), Y::str(a.clone())));
            }
            src.push((
                "title".into(),
                Y::str("Universal Human Rights Index (OHCHR)"),
            ));
            fields.push(("source", Y::Map(src)));
        }
        let slug_para = paragraph.as_deref().unwrap_or("").replace('.', "-");
        let lower = state.to_lowercase();
        let mut candidates = Vec::new();
        if !uhri_id.is_empty() {
            let compact: String = uhri_id
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect();
            candidates.push(format!("uhri-{}", &compact[..compact.len().min(8)]));
            candidates.push(format!("uhri-{}", &compact[..compact.len().min(12)]));
            candidates.push(format!("uhri-{compact}"));
        } else if upr {
            let cycle = fields
                .iter()
                .find(|(k, _)| *k == "upr_cycle")
                .and_then(|(_, v)| v.scalar_text());
            match cycle {
                Some(c) => candidates.push(format!("{lower}-upr{c}-{slug_para}")),
                None => candidates.push(format!("{lower}-upr-{}-{slug_para}", slugify(&document))),
            }
        } else {
            candidates.push(format!("{lower}-{}-{slug_para}", slugify(&document)));
        }
        let id = self.merger.free_id(&candidates);
        let file = match &ctx.opts.file {
            Some(f) => f.clone(),
            None => PathBuf::from(format!("uhri-{lower}.yaml")),
        };
        Ok(Some(Incoming {
            keys,
            id,
            fields,
            owned: if update_only { &[] } else { OWNED },
            text: Some((lang, text)),
            update_only,
            file,
            src: path.clone(),
            row: n,
        }))
    }
}

impl RowSink for Sink<'_, '_> {
    fn headers(&mut self, headers: &[String]) -> Result<(), String> {
        self.cols = headers.iter().map(|h| column(h)).collect();
        let need: &[(Col, &str)] = if self.ctx.opts.lang == Lang::En {
            &[
                (Col::Text, "Text"),
                (Col::Countries, "Countries Concerned"),
                (Col::Body, "Reccomending Body"),
                (Col::Symbol, "Document Symbol"),
            ]
        } else {
            &[
                (Col::Text, "Text"),
                (Col::Countries, "Countries Concerned"),
                (Col::Symbol, "Document Symbol"),
            ]
        };
        let missing: Vec<&str> = need
            .iter()
            .filter(|(c, _)| !self.cols.contains(&Some(*c)))
            .map(|(_, n)| *n)
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "{}: not a UHRI export: no column {} (found: {})",
                self.path.display(),
                missing.join(", "),
                headers.join(", ")
            ));
        }
        Ok(())
    }

    fn row(&mut self, row: Row) {
        if self.fatal.is_some() {
            return;
        }
        match self.convert(&row) {
            Ok(Some(inc)) => {
                if let Err(e) = self.merger.apply(inc, self.ctx) {
                    self.fatal = Some(e);
                }
            }
            Ok(None) => {}
            Err(reason) => self.ctx.report.skip(&self.path, row.number, reason),
        }
    }

    fn bad_row(&mut self, number: usize, reason: String) {
        self.ctx.report.skip(&self.path, number, reason);
    }
}

pub fn import(path: &Path, merger: &mut RecMerger, ctx: &mut Ctx) -> Result<(), String> {
    let mut sink = Sink {
        path: path.to_path_buf(),
        cols: Vec::new(),
        merger,
        ctx,
        fatal: None,
    };
    let info = table::read(path, sink.ctx.opts.encoding, &mut sink)?;
    if let Some(e) = sink.fatal {
        return Err(e);
    }
    ctx.report.rows_read += info.rows;
    ctx.report
        .files
        .push((path.to_path_buf(), info.encoding.to_string()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_valued_cells() {
        assert_eq!(items("- Women\n- Children\r\n\n"), ["Women", "Children"]);
        assert_eq!(items("UPR"), ["UPR"]);
        assert!(items("").is_empty());
    }

    #[test]
    fn paragraph_numbers() {
        assert_eq!(
            split_paragraph("132.90 Repeal"),
            (Some("132.90".into()), "Repeal")
        );
        assert_eq!(
            split_paragraph("19. The Committee"),
            (Some("19".into()), "The Committee")
        );
        assert_eq!(
            split_paragraph("١٣٢-٩٠ إلغاء"),
            (Some("132.90".into()), "إلغاء")
        );
        assert_eq!(split_paragraph("2030 Agenda"), (None, "2030 Agenda"));
        assert_eq!(
            split_paragraph("132.90  根据"),
            (Some("132.90".into()), "根据")
        );
        assert_eq!(split_paragraph("Ratify the"), (None, "Ratify the"));
        assert_eq!(split_paragraph("1.2.3.4 x"), (None, "1.2.3.4 x"));
    }

    #[test]
    fn positions() {
        assert_eq!(position("Supported").unwrap(), Some("supported"));
        assert_eq!(
            position("- Supported/Noted").unwrap(),
            Some("partially_supported")
        );
        assert_eq!(position("Under consideration").unwrap(), Some("pending"));
        assert_eq!(
            position("- Supported\n- Noted").unwrap(),
            Some("partially_supported")
        );
        assert!(position("Maybe").is_err());
        assert_eq!(position("").unwrap(), None);
    }

    #[test]
    fn position_sources() {
        assert_eq!(
            position_source("A/HRC/59/15/Add.1 - Para.3"),
            Some(Y::Map(vec![
                ("document".into(), Y::str("A/HRC/59/15/Add.1")),
                ("paragraph".into(), Y::str("3"))
            ]))
        );
        assert_eq!(position_source(""), None);
    }
}
