//! Open data: every build also writes the site's records per language, as CSV and JSON, with the
//! stable codes next to labels in that language, and a zip of them: `data/<lang>/…`.
//! Column names are stable English keys (for programs); values are in the language of the folder.
//! The JSON files follow the schemas in `docs/schema/`.

use std::io::Write;

use serde::Serialize;
use serde_json::{Value, json};

use crate::i18n::{Lang, Text};
use crate::index::Site;
use crate::model::Position;
use crate::plan::PageKind;
use crate::render::{LText, Renderer};

/// One table: its column names and rows, written as both CSV and JSON.
struct Table {
    name: &'static str,
    columns: Vec<&'static str>,
    rows: Vec<Vec<Value>>,
}

struct Labels<'a> {
    site: &'a Site,
    r: &'a Renderer,
    lang: Lang,
}

impl Labels<'_> {
    fn text(&self, t: &Text) -> LText {
        LText::resolve(t, self.lang, self.site, self.r)
    }
    fn msg(&self, key: &str) -> String {
        self.r.msg(self.lang, key, &[])
    }
    fn state(&self, id: &str) -> String {
        self.site
            .state(id)
            .map_or_else(|| id.to_string(), |s| self.text(&s.name).text)
    }
    fn mechanism(&self, id: &str) -> String {
        self.site
            .reference
            .mechanisms
            .iter()
            .find(|m| m.id == id)
            .map_or_else(|| id.to_string(), |m| self.text(&m.name).text)
    }
    fn treaty(&self, id: &str) -> String {
        self.site
            .reference
            .treaties
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_string(), |t| self.text(&t.name).text)
    }
    fn term(&self, list: &[crate::reference::Term], id: &str) -> String {
        list.iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_string(), |t| self.text(&t.label).text)
    }
}

fn list(values: impl IntoIterator<Item = String>) -> Value {
    Value::Array(values.into_iter().map(Value::String).collect())
}

fn recommendations(l: &Labels) -> Table {
    use rayon::prelude::*;
    let site = l.site;
    // In parallel, in the records' order: one row per record, where the other two tables are
    // small (the stage's time is mostly writing the CSV, JSON and zip, docs/performance.md).
    let rows = site
        .recommendations
        .par_iter()
        .map(|r| {
            let text = l.text(&r.text.value);
            let position = r.position.unwrap_or(if r.mechanism.value == "upr" {
                Position::Unknown
            } else {
                Position::NotApplicable
            });
            let latest = site
                .updates_of(&r.id.value)
                .last()
                .map(|u| u.meta.status.value.clone());
            let status = latest.unwrap_or_else(|| "no_information".into());
            let status_label = site
                .config
                .status(&status)
                .and_then(|s| s.label.as_ref())
                .map_or_else(|| l.msg(&format!("status-{status}")), |t| l.text(t).text);
            vec![
                json!(r.id.value),
                json!(r.uhri_id),
                json!(r.state.value),
                json!(l.state(&r.state.value)),
                json!(r.mechanism.value),
                json!(l.mechanism(&r.mechanism.value)),
                json!(r.document),
                json!(r.paragraph),
                json!(r.date.map(|d| d.iso())),
                json!(r.upr_cycle),
                json!(r.upr_session),
                json!(r.kind.id()),
                json!(text.text),
                json!(text.lang),
                json!(position.id()),
                json!(l.msg(&format!("position-{}", position.id()))),
                list(r.recommending_states.iter().map(|s| s.value.clone())),
                list(r.recommending_states.iter().map(|s| l.state(&s.value))),
                list(r.themes.iter().map(|t| t.value.clone())),
                list(
                    r.themes
                        .iter()
                        .map(|t| l.term(&site.reference.themes, &t.value)),
                ),
                list(r.affected_persons.iter().map(|t| t.value.clone())),
                list(
                    r.affected_persons
                        .iter()
                        .map(|t| l.term(&site.reference.affected_persons, &t.value)),
                ),
                list(r.sdg_goals.iter().map(|g| g.value.clone())),
                list(r.sdg_targets.iter().map(|g| g.value.clone())),
                json!(status),
                json!(status_label),
                json!(format!(
                    "{}/{}",
                    l.lang.code(),
                    PageKind::Recommendation(r.id.value.clone()).path()
                )),
            ]
        })
        .collect();
    Table {
        name: "recommendations",
        columns: vec![
            "id",
            "uhri_id",
            "state",
            "state_name",
            "mechanism",
            "mechanism_name",
            "document",
            "paragraph",
            "date",
            "upr_cycle",
            "upr_session",
            "type",
            "text",
            "text_language",
            "position",
            "position_label",
            "recommending_states",
            "recommending_state_names",
            "themes",
            "theme_labels",
            "affected_persons",
            "affected_person_labels",
            "sdg_goals",
            "sdg_targets",
            "current_status",
            "current_status_label",
            "page",
        ],
        rows,
    }
}

fn ratifications(l: &Labels) -> Table {
    let site = l.site;
    let mut rows = Vec::new();
    for (state, entry) in &site.ratifications {
        for treaty in &site.reference.treaties {
            let Some(ts) = entry.treaties.get(&treaty.id).map(|t| &t.value) else {
                continue;
            };
            rows.push(vec![
                json!(state),
                json!(l.state(state)),
                json!(treaty.id),
                json!(l.treaty(&treaty.id)),
                json!(ts.status.id()),
                json!(l.msg(&format!("ratification-{}", ts.status.id()))),
                json!(ts.signature_date.map(|d| d.iso())),
                json!(ts.consent_date.map(|d| d.iso())),
                json!(ts.consent_type.map(|c| c.id())),
                json!(
                    ts.consent_type
                        .map(|c| l.msg(&format!("consent-{}", c.id())))
                ),
                json!(entry.as_of.map(|d| d.iso())),
            ]);
        }
    }
    Table {
        name: "ratifications",
        columns: vec![
            "state",
            "state_name",
            "treaty",
            "treaty_name",
            "status",
            "status_label",
            "signature_date",
            "consent_date",
            "consent_type",
            "consent_type_label",
            "as_of",
        ],
        rows,
    }
}

fn reservations(l: &Labels) -> Table {
    let rows = l
        .site
        .reservations
        .iter()
        .map(|r| {
            let text = l.text(&r.text.value);
            vec![
                json!(r.state.value),
                json!(l.state(&r.state.value)),
                json!(r.treaty.value),
                json!(l.treaty(&r.treaty.value)),
                json!(r.kind.id()),
                json!(l.msg(&format!("reservation-kind-{}", r.kind.id()))),
                list(r.articles.clone()),
                json!(r.date.map(|d| d.iso())),
                json!(r.status.id()),
                json!(l.msg(&format!("reservation-status-{}", r.status.id()))),
                json!(text.text),
                json!(text.lang),
                json!(r.source.as_ref().and_then(|s| s.as_of).map(|d| d.iso())),
            ]
        })
        .collect();
    Table {
        name: "reservations",
        columns: vec![
            "state",
            "state_name",
            "treaty",
            "treaty_name",
            "kind",
            "kind_label",
            "articles",
            "date",
            "status",
            "status_label",
            "text",
            "text_language",
            "as_of",
        ],
        rows,
    }
}

/// A CSV cell: lists are joined with " | " (no value contains it), absent values are empty.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(" | "),
        other => other.to_string(),
    }
}

fn csv_bytes(t: &Table) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&t.columns).expect("writing to memory");
    for row in &t.rows {
        w.write_record(row.iter().map(cell))
            .expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

fn json_bytes(t: &Table, lang: Lang) -> Vec<u8> {
    /// The rows as JSON objects, serialized straight from the table: a copy of every cell in
    /// maps of its own was most of the open data's memory at 100,000 recommendations (round 7).
    struct Records<'a> {
        table: &'a Table,
        /// Column indices in name order, the order of a `serde_json::Map` (a `BTreeMap`: the
        /// `preserve_order` feature is off), so that the files keep their bytes.
        order: Vec<usize>,
    }
    struct Record<'a>(&'a Records<'a>, &'a [Value]);
    impl Serialize for Records<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.table.rows.iter().map(|row| Record(self, row)))
        }
    }
    impl Serialize for Record<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let Record(records, row) = self;
            s.collect_map(
                records
                    .order
                    .iter()
                    .map(|&i| (records.table.columns[i], &row[i])),
            )
        }
    }
    #[derive(Serialize)]
    struct Doc<'a> {
        language: &'a str,
        records: Records<'a>,
    }
    let mut order: Vec<usize> = (0..t.columns.len()).collect();
    order.sort_by_key(|&i| t.columns[i]);
    let mut out = serde_json::to_vec_pretty(&Doc {
        language: lang.html_tag(),
        records: Records { table: t, order },
    })
    .expect("JSON of plain values");
    out.push(b'\n');
    out
}

/// How hard the zip is deflated. Deflating was a third of the open data stage at the default
/// level (6); level 3 takes 30 % less time for a zip 14 % larger (docs/performance.md, round 8).
const ZIP_LEVEL: i64 = 3;

/// A zip of the language's files, byte-identical from build to build (fixed timestamps, sorted).
fn zip_bytes(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    use rayon::prelude::*;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(ZIP_LEVEL))
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    // Deflating is most of the export: each file is compressed on its own (in parallel) into a
    // one-file archive, then the compressed entries are copied, in order, into the zip.
    let parts: Vec<Vec<u8>> = files
        .par_iter()
        .map(|(name, bytes)| {
            let mut one = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            one.start_file(name.as_str(), options)
                .expect("writing to memory");
            one.write_all(bytes).expect("writing to memory");
            one.finish().expect("writing to memory").into_inner()
        })
        .collect();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for part in parts {
        let mut one =
            zip::ZipArchive::new(std::io::Cursor::new(part)).expect("an archive just written");
        let entry = one.by_index_raw(0).expect("an archive of one file");
        zip.raw_copy_file(entry).expect("writing to memory");
    }
    zip.finish().expect("writing to memory").into_inner()
}

/// The open-data files of every language: `data/<lang>/{recommendations,ratifications,reservations}.{csv,json}`
/// and `data/<lang>/all.zip`.
pub fn export(site: &Site, r: &Renderer) -> Vec<(String, Vec<u8>)> {
    site.config
        .languages
        .iter()
        .flat_map(|lang| export_language(site, r, *lang))
        .collect()
}

/// The open-data files of one language (`build` writes them one language at a time).
pub fn export_language(site: &Site, r: &Renderer, lang: Lang) -> Vec<(String, Vec<u8>)> {
    use rayon::prelude::*;
    let labels = Labels { site, r, lang };
    let (recs, (rats, res)) = rayon::join(
        || recommendations(&labels),
        || rayon::join(|| ratifications(&labels), || reservations(&labels)),
    );
    let files: Vec<(String, Vec<u8>)> = [recs, rats, res]
        .par_iter()
        .flat_map_iter(|table| {
            let (csv, json) = rayon::join(|| csv_bytes(table), || json_bytes(table, lang));
            [
                (format!("{}.csv", table.name), csv),
                (format!("{}.json", table.name), json),
            ]
        })
        .collect();
    let zip = zip_bytes(&files);
    let mut out: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(name, bytes)| (format!("data/{}/{name}", lang.code()), bytes))
        .collect();
    out.push((format!("data/{}/all.zip", lang.code()), zip));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The records are serialized straight from the table: the same bytes as a document of
    /// `serde_json::Map`s (keys in name order), whatever the order of the columns.
    #[test]
    fn json_streams_the_bytes_a_document_of_maps_gives() {
        let table = Table {
            name: "t",
            columns: vec!["zeta", "id", "text", "list", "absent", "number"],
            rows: vec![
                vec![
                    json!("z"),
                    json!("rec-1"),
                    json!("نص \"مقتبس\"\n"),
                    json!(["a", "b"]),
                    Value::Null,
                    json!(3),
                ],
                vec![
                    json!(""),
                    json!("rec-2"),
                    json!("文本"),
                    json!([]),
                    Value::Null,
                    json!(null),
                ],
            ],
        };
        let records: Vec<serde_json::Map<String, Value>> = table
            .rows
            .iter()
            .map(|row| {
                table
                    .columns
                    .iter()
                    .map(|c| c.to_string())
                    .zip(row.iter().cloned())
                    .collect()
            })
            .collect();
        let mut expected =
            serde_json::to_vec_pretty(&json!({"language": "ar", "records": records})).unwrap();
        expected.push(b'\n');
        let got = json_bytes(&table, Lang::Ar);
        assert_eq!(
            String::from_utf8(got).unwrap(),
            String::from_utf8(expected).unwrap()
        );
    }
}
