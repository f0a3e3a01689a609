//! The UPR Info database's CSV export: `To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org,
//! Response, Action, Issue, Session`, one row per recommending state (a joint recommendation is
//! repeated), old files in Latin-1 or Mac Roman with CR line endings.
//!
//! UPR Info gives no document symbol, paragraph or id. A record's id is derived from what does
//! not change between exports: `upri-s<session>-<state>-<hash of the text>`; rows with the same
//! session, state and text are one recommendation, and their `From` states are merged.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::table::{self, Row, RowSink};
use super::yaml::Y;
use super::{Ctx, Incoming, RecMerger, slugify, upr_cycle};
use crate::i18n::Lang;

const COLUMNS: [&str; 11] = [
    "To",
    "To-Rgrp",
    "To-Org",
    "Text",
    "From",
    "From-Rgrp",
    "From-Org",
    "Response",
    "Action",
    "Issue",
    "Session",
];

const OWNED: &[&str] = &[
    "mechanism",
    "state",
    "document",
    "upr_cycle",
    "upr_session",
    "recommending_states",
    "position",
    "clusters",
    "source",
];

/// FNV-1a, 64 bits: a stable hash (the same on every platform and version).
fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The text as it is compared: lower case, whitespace collapsed.
fn text_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

struct Rec {
    id: String,
    state: String,
    session: u32,
    text: String,
    from: Vec<String>,
    position: &'static str,
    issues: Vec<String>,
    row: usize,
}

struct Sink<'a, 'b> {
    path: PathBuf,
    idx: [usize; 11],
    ctx: &'a mut Ctx<'b>,
    recs: Vec<Rec>,
    by_id: HashMap<String, (usize, String)>,
}

impl Sink<'_, '_> {
    fn cell<'r>(&self, row: &'r Row, c: usize) -> &'r str {
        row.cells.get(self.idx[c]).map(|s| s.trim()).unwrap_or("")
    }

    fn convert(&mut self, row: &Row) -> Result<(), String> {
        let n = row.number;
        let text = self.cell(row, 3).to_string();
        if text.is_empty() {
            return Err("no text".into());
        }
        let to = self.cell(row, 0);
        let state = self.ctx.state(to)?;
        if !self.ctx.wanted(&state) {
            self.ctx.report.filtered += 1;
            return Ok(());
        }
        let session_cell = self.cell(row, 10);
        let session: u32 = session_cell
            .parse()
            .ok()
            .filter(|s| (1..1000).contains(s))
            .ok_or_else(|| format!("`Session` \"{session_cell}\" is not a session number"))?;
        let response = self.cell(row, 7);
        let position = match response.to_lowercase().as_str() {
            "accepted" | "supported" => "supported",
            "noted" => "noted",
            "pending" | "under consideration" => "pending",
            // UPR Info's file of voluntary pledges: no response to give
            "voluntary pledge" => "not_applicable",
            "" => "unknown",
            other => {
                self.ctx.report.warn(
                    &self.path,
                    n,
                    format!("`Response` \"{other}\" not understood; position left unknown"),
                );
                "unknown"
            }
        };
        let from_name = self.cell(row, 4).to_string();
        let from = if from_name.is_empty() {
            None
        } else {
            match self.ctx.state(&from_name) {
                Ok(c) => Some(c),
                Err(e) => {
                    self.ctx.report.warn(
                        &self.path,
                        n,
                        format!("recommending state left out: {e}"),
                    );
                    None
                }
            }
        };
        let issues: Vec<String> = self
            .cell(row, 9)
            .split(',')
            .map(slugify)
            .filter(|s| !s.is_empty())
            .collect();
        let key = text_key(&text);
        let lower = state.to_lowercase();
        let mut id = format!("upri-s{session}-{lower}-{:08x}", fnv1a(&key) >> 32);
        if let Some((i, k)) = self.by_id.get(&id)
            && *k != key
        {
            // two texts with the same short hash: use the full hash for the second one
            let _ = i;
            id = format!("upri-s{session}-{lower}-{:016x}", fnv1a(&key));
        }
        match self.by_id.get(&id) {
            Some((i, _)) => {
                let rec = &mut self.recs[*i];
                if let Some(f) = from
                    && !rec.from.contains(&f)
                {
                    rec.from.push(f);
                }
                for i in issues {
                    if !rec.issues.contains(&i) {
                        rec.issues.push(i);
                    }
                }
                if rec.position != position {
                    self.ctx.report.warn(
                        &self.path,
                        n,
                        format!(
                            "same recommendation as row {} with another response ({response}); the first is kept",
                            rec.row
                        ),
                    );
                }
                self.ctx.report.merged += 1;
            }
            None => {
                self.by_id.insert(id.clone(), (self.recs.len(), key));
                self.recs.push(Rec {
                    id,
                    state,
                    session,
                    text,
                    from: from.into_iter().collect(),
                    position,
                    issues,
                    row: n,
                });
            }
        }
        Ok(())
    }
}

impl RowSink for Sink<'_, '_> {
    fn headers(&mut self, headers: &[String]) -> Result<(), String> {
        let mut missing = Vec::new();
        for (i, c) in COLUMNS.iter().enumerate() {
            match headers.iter().position(|h| h.eq_ignore_ascii_case(c)) {
                Some(p) => self.idx[i] = p,
                None if matches!(*c, "To" | "Text" | "Session") => missing.push(*c),
                None => self.idx[i] = usize::MAX,
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{}: not a UPR Info export: no column {} (found: {})",
                self.path.display(),
                missing.join(", "),
                headers.join(", ")
            ))
        }
    }
    fn row(&mut self, row: Row) {
        if let Err(reason) = self.convert(&row) {
            self.ctx.report.skip(&self.path, row.number, reason);
        }
    }
    fn bad_row(&mut self, number: usize, reason: String) {
        self.ctx.report.skip(&self.path, number, reason);
    }
}

pub fn import(path: &Path, merger: &mut RecMerger, ctx: &mut Ctx) -> Result<(), String> {
    let mut sink = Sink {
        path: path.to_path_buf(),
        idx: [usize::MAX; 11],
        ctx,
        recs: Vec::new(),
        by_id: HashMap::new(),
    };
    let info = table::read(path, sink.ctx.opts.encoding, &mut sink)?;
    let recs = std::mem::take(&mut sink.recs);
    let ctx = sink.ctx;
    ctx.report.rows_read += info.rows;
    ctx.report
        .files
        .push((path.to_path_buf(), info.encoding.to_string()));
    for r in recs {
        let mut fields: Vec<(&'static str, Y)> = vec![
            ("mechanism", Y::str("upr")),
            ("state", Y::str(r.state.clone())),
            ("document", Y::str(format!("UPR session {}", r.session))),
            ("upr_cycle", Y::Int(upr_cycle(r.session) as i64)),
            ("upr_session", Y::Int(r.session as i64)),
            ("recommending_states", Y::strs(r.from)),
            ("position", Y::str(r.position)),
            ("clusters", Y::strs(r.issues)),
        ];
        let mut src = vec![(
            "url".to_string(),
            Y::str("https://www.upr-info.org/en/database"),
        )];
        if let Some(a) = &ctx.opts.as_of {
            src.push(("as_of".into(), Y::str(a.clone())));
        }
        src.push(("title".into(), Y::str("UPR Info database")));
        fields.push(("source", Y::Map(src)));
        let file = match &ctx.opts.file {
            Some(f) => f.clone(),
            None => PathBuf::from(format!("upr-info-{}.yaml", r.state.to_lowercase())),
        };
        merger.apply(
            Incoming {
                keys: vec![format!("id:{}", r.id)],
                id: r.id,
                fields,
                owned: OWNED,
                text: Some((Lang::En, r.text)),
                update_only: false,
                file,
                src: path.to_path_buf(),
                row: r.row,
            },
            ctx,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_hash() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(text_key(" Ratify  the\tCAT "), "ratify the cat");
    }
}
