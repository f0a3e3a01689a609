//! Ratification status tables: the OHCHR dashboard's shape (per instrument, each state a "state
//! party", "signatory state" or "no action", with the year), as the World Politics Datalab tables
//! give it (`iso2, member, state party, year ratification or accession, signatory, no action,
//! status[, note]`, one file per instrument or stacked with `treaty_id`), and the UN Treaty
//! Collection table with full dates (`treaty_id, participant, signature_date, consent_date,
//! consent_type, status`).
//!
//! Each (state, instrument) is one entry of `content/ratifications/<iso3>.yaml`. A table never
//! makes a status go back (party → signatory or no action, signatory → no action: that needs a
//! withdrawal, which the tables do not record): such a row is reported and the site's entry kept.
//! A table with years only keeps the exact dates already on the site when they fall in that year.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::Ctx;
use super::store::Store;
use super::table::{self, Row, RowSink};
use super::yaml::Y;

pub const TREATIES: [&str; 18] = [
    "icerd",
    "icescr",
    "op-icescr",
    "iccpr",
    "iccpr-op1",
    "iccpr-op2",
    "cedaw",
    "op-cedaw",
    "cat",
    "opcat",
    "crc",
    "op-crc-ac",
    "op-crc-sc",
    "op-crc-ic",
    "icmw",
    "crpd",
    "op-crpd",
    "cped",
];

const ENTRY_ORDER: &[&str] = &[
    "status",
    "signature_date",
    "consent_date",
    "consent_type",
    "procedures",
    "notes",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    /// Dashboard / World Politics Datalab: status and year.
    Dashboard,
    /// UN Treaty Collection with dates.
    Untc,
}

/// `hr_status_icescr_op.csv` → `op-icescr`.
pub fn treaty_from_file_name(path: &Path) -> Option<&'static str> {
    let stem = path.file_stem()?.to_str()?.to_lowercase();
    let t = stem
        .strip_prefix("hr_status_")
        .unwrap_or(&stem)
        .replace('_', "-");
    let t = match t.as_str() {
        "icescr-op" => "op-icescr".to_string(),
        other => other.to_string(),
    };
    TREATIES.iter().find(|x| **x == t).copied()
}

fn rank(status: &str) -> u8 {
    match status {
        "party" | "withdrawn" => 2,
        "signatory" => 1,
        _ => 0,
    }
}

struct Cell {
    state: String,
    treaty: &'static str,
    status: &'static str,
    signature_date: Option<String>,
    consent_date: Option<String>,
    consent_type: Option<&'static str>,
    row: usize,
}

struct Sink<'a, 'b> {
    path: PathBuf,
    format: Option<Format>,
    headers: Vec<String>,
    file_treaty: Option<&'static str>,
    ctx: &'a mut Ctx<'b>,
    cells: Vec<Cell>,
}

impl Sink<'_, '_> {
    fn col<'r>(&self, row: &'r Row, name: &str) -> &'r str {
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
            .and_then(|i| row.cells.get(i))
            .map(|s| s.trim())
            .unwrap_or("")
    }

    fn treaty(&self, row: &Row) -> Result<&'static str, String> {
        let t = self.col(row, "treaty_id");
        if t.is_empty() {
            return self.file_treaty.ok_or_else(|| {
                "no `treaty_id` column and the file name does not name an instrument (hr_status_<id>.csv)".to_string()
            });
        }
        TREATIES
            .iter()
            .find(|x| x.eq_ignore_ascii_case(t))
            .copied()
            .ok_or_else(|| format!("`treaty_id` \"{t}\" is not one of the 18 instruments"))
    }

    fn convert(&mut self, row: &Row) -> Result<Option<Cell>, String> {
        let treaty = self.treaty(row)?;
        let n = row.number;
        match self.format {
            Some(Format::Dashboard) => {
                let iso2 = self.col(row, "iso2");
                let member = self.col(row, "member");
                let by_name = self.ctx.names.iso3(member);
                let state = match self.ctx.names.from_iso2(iso2) {
                    Some(c) => {
                        if let Ok(other) = &by_name
                            && *other != c
                        {
                            self.ctx.report.warn(
                                &self.path,
                                n,
                                format!("iso2 {iso2} is {c} but \"{member}\" is {other}; {c} (the code) used"),
                            );
                        }
                        c
                    }
                    None => by_name.map_err(|e| {
                        format!(
                            "{} (iso2 \"{iso2}\" is not a code of the reference states)",
                            e.describe(member)
                        )
                    })?,
                };
                if !self.ctx.wanted(&state) {
                    self.ctx.report.filtered += 1;
                    return Ok(None);
                }
                let raw = self.col(row, "status").to_lowercase();
                let note = self.col(row, "note").to_lowercase();
                let year = self.col(row, "year ratification or accession");
                let mut status = match raw.as_str() {
                    "state party" | "party" => "party",
                    "signatory state" | "signatory" => "signatory",
                    "no action" => "no_action",
                    _ => {
                        return Err(format!(
                            "`status` \"{raw}\" is not state party, signatory state or no action"
                        ));
                    }
                };
                if status == "party" && note.contains("denounced") {
                    status = "withdrawn";
                }
                let consent_date = if status == "party" || status == "withdrawn" {
                    if year.is_empty() {
                        return Err(
                            "\"state party\" without a year (the row contradicts itself); left out"
                                .into(),
                        );
                    }
                    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
                        return Err(format!("year \"{year}\" is not a year"));
                    }
                    Some(year.to_string())
                } else {
                    None
                };
                Ok(Some(Cell {
                    state,
                    treaty,
                    status,
                    signature_date: None,
                    consent_date,
                    consent_type: None,
                    row: n,
                }))
            }
            Some(Format::Untc) => {
                let participant = self.col(row, "participant");
                let state = self.ctx.state(participant)?;
                if !self.ctx.wanted(&state) {
                    self.ctx.report.filtered += 1;
                    return Ok(None);
                }
                let status = match self.col(row, "status").to_lowercase().as_str() {
                    "party" => "party",
                    "signatory" => "signatory",
                    "withdrawn" => "withdrawn",
                    "no_action" | "no action" => "no_action",
                    other => return Err(format!("`status` \"{other}\" not understood")),
                };
                let date = |c: &str| -> Result<Option<String>, String> {
                    super::parse_date(self.col(row, c)).map_err(|e| format!("`{c}`: {e}"))
                };
                let signature_date = date("signature_date")?;
                let consent_date = date("consent_date")?;
                let consent_type = match self.col(row, "consent_type").to_lowercase().as_str() {
                    "" => None,
                    "ratification" => Some("ratification"),
                    "accession" => Some("accession"),
                    "succession" => Some("succession"),
                    "acceptance" => Some("acceptance"),
                    "approval" => Some("approval"),
                    "formal confirmation" | "formal_confirmation" => Some("formal_confirmation"),
                    other => return Err(format!("`consent_type` \"{other}\" not understood")),
                };
                if status == "party" && consent_date.is_none() {
                    return Err("party without a consent date".into());
                }
                Ok(Some(Cell {
                    state,
                    treaty,
                    status,
                    signature_date,
                    consent_date,
                    consent_type,
                    row: n,
                }))
            }
            None => Err("unknown table".into()),
        }
    }
}

impl RowSink for Sink<'_, '_> {
    fn headers(&mut self, headers: &[String]) -> Result<(), String> {
        self.headers = headers.to_vec();
        let has = |h: &str| headers.iter().any(|x| x.eq_ignore_ascii_case(h));
        self.format = if has("status")
            && has("year ratification or accession")
            && (has("iso2") || has("member"))
        {
            Some(Format::Dashboard)
        } else if has("participant") && has("status") && has("consent_date") && has("treaty_id") {
            Some(Format::Untc)
        } else {
            None
        };
        if self.format.is_none() {
            return Err(format!(
                "{}: not a ratification table (expected the columns iso2/member, status, year ratification or accession; or treaty_id, participant, signature_date, consent_date, consent_type, status), found: {}",
                self.path.display(),
                headers.join(", ")
            ));
        }
        if !has("treaty_id") && self.file_treaty.is_none() {
            return Err(format!(
                "{}: no `treaty_id` column, and the file name does not say which instrument (hr_status_<id>.csv)",
                self.path.display()
            ));
        }
        Ok(())
    }
    fn row(&mut self, row: Row) {
        match self.convert(&row) {
            Ok(Some(c)) => self.cells.push(c),
            Ok(None) => {}
            Err(reason) => self.ctx.report.skip(&self.path, row.number, reason),
        }
    }
    fn bad_row(&mut self, number: usize, reason: String) {
        self.ctx.report.skip(&self.path, number, reason);
    }
}

fn input_files(inputs: &[PathBuf]) -> Result<Vec<(PathBuf, bool)>, String> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(input)
                .map_err(|e| format!("{}: {e}", input.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                            matches!(e.to_ascii_lowercase().as_str(), "csv" | "xlsx")
                        })
                })
                .collect();
            files.sort();
            out.extend(files.into_iter().map(|f| (f, false)));
        } else {
            out.push((input.clone(), true));
        }
    }
    Ok(out)
}

const NEW_HEADER: &str = "# Imported by `suivi import ratifications`. A new import updates the status and dates of the\n# instruments it covers and keeps every other field (see docs/import.md).\n";

pub fn import(inputs: &[PathBuf], ctx: &mut Ctx) -> Result<Vec<PathBuf>, String> {
    let mut store = Store::load(&ctx.opts.site.join("content").join("ratifications"))?;
    for (path, named) in input_files(inputs)? {
        let mut sink = Sink {
            path: path.clone(),
            format: None,
            headers: Vec::new(),
            file_treaty: treaty_from_file_name(&path),
            ctx: &mut *ctx,
            cells: Vec::new(),
        };
        let info = match table::read(&path, sink.ctx.opts.encoding, &mut sink) {
            Ok(info) => info,
            Err(e) if !named => {
                ctx.report.warn(&path, 1, format!("file ignored: {e}"));
                continue;
            }
            Err(e) => return Err(e),
        };
        let cells = std::mem::take(&mut sink.cells);
        ctx.report.rows_read += info.rows;
        ctx.report
            .files
            .push((path.clone(), info.encoding.to_string()));
        let mut seen: BTreeSet<(String, &'static str)> = BTreeSet::new();
        for c in cells {
            if !seen.insert((c.state.clone(), c.treaty)) {
                ctx.report.skip(
                    &path,
                    c.row,
                    format!(
                        "a second row for {} / {}; the first is kept",
                        c.state, c.treaty
                    ),
                );
                continue;
            }
            merge(&mut store, &path, c, ctx)?;
        }
    }
    if ctx.opts.dry_run {
        Ok(Vec::new())
    } else {
        store.write()
    }
}

fn merge(store: &mut Store, path: &Path, c: Cell, ctx: &mut Ctx) -> Result<(), String> {
    let key = format!("state:{}", c.state);
    let at = match store.find(std::slice::from_ref(&key)) {
        Some(at) if store.files[at.0].read_only => {
            ctx.report.skip(
                path,
                c.row,
                format!("{} is in a Markdown file; not updated", c.state),
            );
            return Ok(());
        }
        Some(at) => at,
        None => {
            let item = Y::Map(vec![
                ("state".into(), Y::str(c.state.clone())),
                ("treaties".into(), Y::Map(Vec::new())),
            ]);
            let rel = PathBuf::from(format!("{}.yaml", c.state.to_lowercase()));
            store.add(&rel, NEW_HEADER, item)?
        }
    };
    let before_item = store.item(at).clone();
    let mut item = before_item.clone();
    // File-level provenance: the state's data now comes from this table.
    if let Some(a) = &ctx.opts.as_of {
        item.set("as_of", Y::str(a.clone()), &["state"]);
    }
    let mut src = Vec::new();
    if let Some(u) = &ctx.opts.source_url {
        src.push(("url".to_string(), Y::str(u.clone())));
    }
    if let Some(a) = &ctx.opts.as_of {
        src.push(("as_of".to_string(), Y::str(a.clone())));
    }
    let title = ctx.opts.source_title.clone().unwrap_or_else(|| {
        format!(
            "Ratification table {}",
            path.file_name().unwrap_or_default().to_string_lossy()
        )
    });
    src.push(("title".to_string(), Y::str(title)));
    item.set("source", Y::Map(src), &["state", "as_of"]);
    if item.get("treaties").is_none() {
        item.set(
            "treaties",
            Y::Map(Vec::new()),
            &["state", "as_of", "source"],
        );
    }
    let treaties = item.get_mut("treaties").ok_or("treaties")?;
    if !matches!(treaties, Y::Map(_)) {
        ctx.report.skip(
            path,
            c.row,
            format!("`treaties` of {} is not a mapping", c.state),
        );
        return Ok(());
    }
    let old = treaties.get(c.treaty).cloned();
    let mut entry = old.clone().unwrap_or_else(|| Y::Map(Vec::new()));
    let old_status = old
        .as_ref()
        .and_then(|e| e.get("status"))
        .and_then(Y::scalar_text);
    if let Some(os) = &old_status
        && rank(c.status) < rank(os)
    {
        let when = old
            .as_ref()
            .and_then(|e| e.get("consent_date").or(e.get("signature_date")))
            .and_then(Y::scalar_text)
            .map(|d| format!(" ({d})"))
            .unwrap_or_default();
        ctx.report.skip(
            path,
            c.row,
            format!(
                "{} {}: the table says {} but the site records {os}{when}; a status does not go back without a withdrawal, so the site's entry is kept",
                c.state, c.treaty, c.status
            ),
        );
        // the provenance update alone is not a change worth writing
        return Ok(());
    }
    let after = |f: &str| -> Vec<&'static str> {
        ENTRY_ORDER
            .iter()
            .take_while(|x| **x != f)
            .copied()
            .collect()
    };
    entry.set("status", Y::str(c.status), &[]);
    let is_party = c.status == "party" || c.status == "withdrawn";
    let untc = c.consent_type.is_some()
        || c.signature_date.is_some()
        || (c.consent_date.as_deref().is_some_and(|d| d.len() > 4));
    if untc {
        for (f, v) in [
            ("signature_date", c.signature_date.clone()),
            ("consent_date", c.consent_date.clone()),
        ] {
            match v {
                Some(v) => entry.set(f, Y::str(v), &after(f)),
                None => {
                    entry.remove(f);
                }
            }
        }
        match c.consent_type {
            Some(t) => entry.set("consent_type", Y::str(t), &after("consent_type")),
            None => {
                entry.remove("consent_type");
            }
        }
    } else if is_party {
        let year = c.consent_date.clone().unwrap_or_default();
        let old_date = entry.get("consent_date").and_then(Y::scalar_text);
        if !old_date.as_deref().is_some_and(|d| d.starts_with(&year)) {
            entry.set("consent_date", Y::str(year), &after("consent_date"));
            entry.remove("consent_type");
        }
    } else {
        entry.remove("consent_date");
        entry.remove("consent_type");
    }
    treaties.set_in_order(c.treaty, entry.clone(), &TREATIES);
    match old {
        None => {
            ctx.report.added += 1;
            ctx.report
                .changes
                .push(format!("add {} {} ({})", c.state, c.treaty, c.status));
        }
        Some(o) if o == entry => ctx.report.unchanged += 1,
        Some(_) => {
            ctx.report.updated += 1;
            ctx.report
                .changes
                .push(format!("update {} {} ({})", c.state, c.treaty, c.status));
        }
    }
    if item != before_item {
        store.replace(at, item);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn treaty_file_names() {
        assert_eq!(
            treaty_from_file_name(Path::new("x/hr_status_icescr_op.csv")),
            Some("op-icescr")
        );
        assert_eq!(
            treaty_from_file_name(Path::new("hr_status_op_crc_ac.csv")),
            Some("op-crc-ac")
        );
        assert_eq!(
            treaty_from_file_name(Path::new("hr_status_iccpr.csv")),
            Some("iccpr")
        );
        assert_eq!(treaty_from_file_name(Path::new("other.csv")), None);
    }
}
