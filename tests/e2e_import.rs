//! `suivi import` end to end, on the real files of `../shared/data` (each test says so and
//! passes without checking anything when that folder is absent): row counts, field values against
//! the source, state names, re-import idempotence, local edits kept, bad rows reported, dry run.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::*;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if p.join("README.md").is_file() {
        Some(p)
    } else {
        eprintln!(
            "SKIPPED: {} is absent; the import tests on real data did not run",
            p.display()
        );
        None
    }
}

/// A new site (`suivi init`) without its sample recommendation.
fn new_site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    assert_exit(&suivi(&["init", path_arg(&dir)]), 0);
    std::fs::remove_file(dir.join("content/recommendations/sample.yaml")).unwrap();
    std::fs::remove_dir_all(dir.join("content/updates")).unwrap();
    (tmp, dir)
}

fn import(site: &Path, args: &[&str]) -> String {
    let mut a = vec!["import"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["--into", path_arg(site)]);
    let o = suivi(&a);
    assert_exit(&o, 0);
    stdout(&o)
}

fn summary(out: &str) -> &str {
    out.lines().find(|l| l.contains("import ")).unwrap_or("")
}

fn read_csv(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

const UHRI_COLUMNS: [&str; 18] = [
    "Text",
    "Countries Concerned",
    "Reccomending Body",
    "Document Symbol",
    "Themes",
    "Affected Persons",
    "Sdgs",
    "Document Publication Date",
    "UPR Reccomending States",
    "UPR Position",
    "Type",
    "OHCHR Annotation Id",
    "UPR Session",
    "Regions Concerned",
    "Recommending Regions",
    "Date of publication on UHRI",
    "Paragraph",
    "UPR Position Source",
];

fn multi(cell: &str) -> String {
    cell.split(" | ")
        .filter(|s| !s.trim().is_empty())
        .map(|s| format!("- {}", s.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// OHCHR's thematic lists for Slovenia (a UHRI export in origin) written in the UHRI export's
/// CSV shape: misspelt headers, "- item" lines, CRLF.
fn slovenia_as_uhri_csv(shared: &Path, to: &Path, change_row: Option<(usize, &str)>) -> usize {
    let rows = read_csv(
        &shared.join("upr/ohchr-thematic-lists-slovenia/upr_recommendations_slovenia.csv"),
    );
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_path(to)
        .unwrap();
    w.write_record(UHRI_COLUMNS).unwrap();
    for (i, r) in rows.iter().enumerate() {
        let text = match change_row {
            Some((n, t)) if n == i => t.to_string(),
            _ => r["text"].clone(),
        };
        w.write_record([
            text.as_str(),
            r["state_under_review"].as_str(),
            "UPR",
            r["report_symbol"].as_str(),
            &multi(&r["themes"]),
            &multi(&r["groups_of_persons"]),
            &multi(&r["sdgs"]),
            r["year"].as_str(),
            &multi(&r["recommending_states"]),
            r["position"].as_str(),
            "Recommendation",
            "",
            r["session"].as_str(),
            "",
            "",
            "",
            r["paragraph"].as_str(),
            r["position_source"].as_str(),
        ])
        .unwrap();
    }
    w.flush().unwrap();
    rows.len()
}

#[test]
fn uhri_csv_import_reimport_and_local_edits() {
    let Some(shared) = shared() else { return };
    let (tmp, site) = new_site();
    let csv_path = tmp.path().join("export.csv");
    let n = slovenia_as_uhri_csv(&shared, &csv_path, None);
    assert_eq!(n, 632);
    let out = import(
        &site,
        &["uhri", path_arg(&csv_path), "--as-of", "2025-12-06"],
    );
    assert!(
        summary(&out)
            .contains("632 rows read; records: 632 added, 0 updated, 0 unchanged; 0 rows skipped"),
        "{out}"
    );
    // three recommending-state cells of the derived column are not state names: reported, with row
    assert!(
        out.contains("export.csv:") && out.contains("unknown state name \"ICRMW\""),
        "{out}"
    );
    let file = site.join("content/recommendations/uhri-svn.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    // a sample of values against the source row (cycle 4, 140.7)
    let rec = text
        .split("- id: ")
        .find(|r| r.starts_with("\"svn-upr4-140-7\""))
        .expect("svn-upr4-140-7");
    for expected in [
        "document: \"A/HRC/59/15\"",
        "paragraph: \"140.7\"",
        "date: \"2025\"",
        "upr_cycle: 4",
        "upr_session: 48",
        "en: \"Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);\"",
        "- \"MDV\"\n    - \"PRT\"",
        "position: \"supported\"",
        "document: \"A/HRC/59/15/Add.1\"\n    paragraph: \"3\"",
        "- \"ratification-of-and-accession-to-international-instruments\"",
    ] {
        assert!(rec.contains(expected), "{expected} not in\n{rec}");
    }
    let check = suivi(&["check", path_arg(&site)]);
    assert_exit(&check, 0);
    assert!(stdout(&check).contains("632 recommendations"));

    // Re-import: nothing changes, nothing is written.
    let before = snapshot(&site);
    let out = import(
        &site,
        &["uhri", path_arg(&csv_path), "--as-of", "2025-12-06"],
    );
    assert!(
        summary(&out).contains("0 added, 0 updated, 632 unchanged"),
        "{out}"
    );
    assert!(out.contains("0 file(s) written"), "{out}");
    assert_same_tree(&before, &snapshot(&site));

    // Local edits: a translation, responsible institutions and a field order of the site's own.
    let edited = text.replacen(
        "  text:\n    en: \"Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);\"\n",
        "  text:\n    en: \"Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);\"\n    fr: \"Ratifier le Protocole facultatif (traduction du site)\"\n  responsible:\n    - en: \"Ministry of Justice\"\n",
        1,
    );
    assert_ne!(edited, text);
    std::fs::write(&file, &edited).unwrap();
    // a newer export: the text of 140.7 corrected, everything else the same
    let rows = read_csv(
        &shared.join("upr/ohchr-thematic-lists-slovenia/upr_recommendations_slovenia.csv"),
    );
    let idx = rows
        .iter()
        .position(|r| r["paragraph"] == "140.7" && r["cycle"] == "4")
        .unwrap();
    slovenia_as_uhri_csv(
        &shared,
        &csv_path,
        Some((
            idx,
            "Ratify the Optional Protocol to the ICESCR (Maldives) (Portugal);",
        )),
    );
    let dry = import(
        &site,
        &[
            "uhri",
            path_arg(&csv_path),
            "--as-of",
            "2025-12-06",
            "--dry-run",
        ],
    );
    assert!(
        dry.contains("would update svn-upr4-140-7 in uhri-svn.yaml (text)"),
        "{dry}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        edited,
        "a dry run wrote"
    );
    let out = import(
        &site,
        &["uhri", path_arg(&csv_path), "--as-of", "2025-12-06"],
    );
    assert!(
        summary(&out).contains("0 added, 1 updated, 631 unchanged"),
        "{out}"
    );
    let after = std::fs::read_to_string(&file).unwrap();
    let rec = after
        .split("- id: ")
        .find(|r| r.starts_with("\"svn-upr4-140-7\""))
        .unwrap();
    assert!(
        rec.contains("en: \"Ratify the Optional Protocol to the ICESCR (Maldives) (Portugal);\""),
        "{rec}"
    );
    assert!(
        rec.contains("fr: \"Ratifier le Protocole facultatif (traduction du site)\""),
        "{rec}"
    );
    assert!(
        rec.contains("responsible:\n    - en: \"Ministry of Justice\""),
        "{rec}"
    );
    assert!(after.starts_with("# Imported by `suivi import`"));
    assert_exit(&suivi(&["check", path_arg(&site)]), 0);
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A minimal .xlsx: inline strings, numbers, and date cells (serial numbers with a date style).
fn write_xlsx(path: &Path, rows: &[Vec<Cell>]) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let o = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, body: &str| {
        z.start_file(name, o).unwrap();
        z.write_all(body.as_bytes()).unwrap();
    };
    put(
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#,
    );
    put(
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    put(
        "xl/workbook.xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    put(
        "xl/_rels/workbook.xml.rels",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
    );
    put(
        "xl/styles.xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#,
    );
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            let at = format!("{col}{}", r + 1);
            match cell {
                Cell::S(s) if s.is_empty() => {}
                Cell::S(s) => sheet.push_str(&format!(
                    "<c r=\"{at}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                    xml_escape(s)
                )),
                Cell::Date(n) => sheet.push_str(&format!("<c r=\"{at}\" s=\"1\"><v>{n}</v></c>")),
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    put("xl/worksheets/sheet1.xml", &sheet);
    z.finish().unwrap();
}

enum Cell {
    S(String),
    Date(i64),
}

/// Days from 1899-12-30 (Excel's serial numbers after February 1900).
fn excel_serial(date: &str) -> i64 {
    let y: i64 = date[0..4].parse().unwrap();
    let m: i64 = date[5..7].parse().unwrap();
    let d: i64 = date[8..10].parse().unwrap();
    let days_from_civil = |y: i64, m: i64, d: i64| {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    };
    days_from_civil(y, m, d) + 25_569
}

#[test]
fn uhri_xlsx_with_excel_dates_and_paragraphs_in_the_text() {
    let Some(shared) = shared() else { return };
    let (tmp, site) = new_site();
    // The treaty-body records of the UHRI API sample (their symbol names the state), English
    // text with its paragraph number as the export gives it, dates as Excel serial numbers.
    let dir = shared.join("uhri/multilingual-api-sample");
    let mut sdgs = std::collections::HashMap::new();
    for line in std::fs::read_to_string(dir.join("SDGs.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        sdgs.insert(
            v["id"].as_str().unwrap().to_string(),
            v["text"].as_str().unwrap().to_string(),
        );
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut rows = vec![
        UHRI_COLUMNS
            .iter()
            .map(|h| Cell::S(h.to_string()))
            .collect::<Vec<_>>(),
    ];
    let mut expected = Vec::new();
    for f in [
        "sampled_sdgs_recommendations.jsonl",
        "sampled_sdgs_min15each.jsonl",
        "sampled_sdgs_one_label.jsonl",
    ] {
        for line in std::fs::read_to_string(dir.join(f))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = v["annotationId"].as_str().unwrap().to_string();
            let symbol = v["symbol"].as_str().unwrap().to_string();
            if symbol.starts_with("A/HRC/") || !seen.insert(id.clone()) {
                continue;
            }
            let body = match symbol.split('/').next().unwrap() {
                "E" => "CESCR".to_string(),
                b => b.to_string(),
            };
            let state = symbol.split('/').skip(2).find(|p| {
                p.len() == 3
                    && p.chars().all(|c| c.is_ascii_uppercase())
                    && *p != "OPAC"
                    && *p != "OPSC"
            });
            let Some(state) = state else { continue };
            let date = v["publicationDate"].as_str().unwrap()[..10].to_string();
            let labels: Vec<String> = v["sdgsIds"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|s| sdgs.get(s.as_str().unwrap()).cloned())
                .collect();
            let mut row: Vec<Cell> = UHRI_COLUMNS
                .iter()
                .map(|_| Cell::S(String::new()))
                .collect();
            row[0] = Cell::S(v["en"].as_str().unwrap().trim().to_string());
            row[1] = Cell::S(format!("- {state}"));
            row[2] = Cell::S(format!("- {body}"));
            row[3] = Cell::S(symbol.clone());
            row[6] = Cell::S(
                labels
                    .iter()
                    .map(|l| format!("- {l}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            row[7] = Cell::Date(excel_serial(&date));
            row[10] = Cell::S("- Recommendations".into());
            row[11] = Cell::S(id.clone());
            rows.push(row);
            expected.push((id, date, state.to_string()));
        }
    }
    assert!(expected.len() > 100, "{}", expected.len());
    let x = tmp.path().join("export.xlsx");
    write_xlsx(&x, &rows);
    let out = import(&site, &["uhri", path_arg(&x)]);
    let s = summary(&out);
    assert!(
        s.contains(&format!("{} rows read", expected.len())),
        "{out}"
    );
    let skipped = out.lines().filter(|l| l.starts_with("skipped:")).count();
    assert!(
        s.contains(&format!("records: {} added", expected.len() - skipped)),
        "{out}"
    );
    assert!(skipped * 10 < expected.len(), "{out}");
    // every skipped row names the file and its row
    for l in out.lines().filter(|l| l.starts_with("skipped:")) {
        assert!(l.contains("export.xlsx:"), "{l}");
    }
    let mut all = String::new();
    for e in std::fs::read_dir(site.join("content/recommendations")).unwrap() {
        all.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let mut checked = 0;
    for (id, date, state) in expected.iter().take(40) {
        let Some(rec) = all
            .split("- id: ")
            .find(|r| r.contains(&format!("uhri_id: \"{id}\"")))
        else {
            continue;
        };
        assert!(
            rec.contains(&format!("date: \"{date}\"")),
            "{date} not in {rec}"
        );
        assert!(rec.contains(&format!("state: \"{state}\"")), "{rec}");
        checked += 1;
    }
    assert!(checked >= 30, "{checked}: {}", &all[..all.len().min(1500)]);
    assert_exit(&suivi(&["check", path_arg(&site)]), 0);
    let before = snapshot(&site);
    let out = import(&site, &["uhri", path_arg(&x)]);
    assert!(summary(&out).contains("0 added, 0 updated"), "{out}");
    assert_same_tree(&before, &snapshot(&site));
}

#[test]
fn upr_info_real_export_latin1_cr_and_reimport() {
    let Some(shared) = shared() else { return };
    let (tmp, site) = new_site();
    let src =
        shared.join("upr/upr-info-sessions-1-20-terman/upr_info_recommendations_sessions_1-20.csv");
    let out = import(&site, &["upr-info", path_arg(&src)]);
    assert!(
        summary(&out).contains("41066 rows read; records: 39889 added, 0 updated, 0 unchanged; 0 rows skipped, 1177 rows merged"),
        "{out}"
    );
    assert!(
        out.contains("\"&#40;Unknown&#41;\" is not a state"),
        "{out}"
    );
    // a sample row against the source: the first row of the file
    let rows = read_csv(&src);
    let first = &rows[0];
    let code = match first["To"].as_str() {
        "Afghanistan" => "afg",
        other => panic!("first row is about {other}"),
    };
    let text =
        std::fs::read_to_string(site.join(format!("content/recommendations/upr-info-{code}.yaml")))
            .unwrap();
    let quoted = serde_json::to_string(first["Text"].trim()).unwrap();
    let rec = text
        .split("- id: ")
        .find(|r| r.contains(&quoted))
        .expect("first row imported");
    assert!(
        rec.contains(&format!("upr_session: {}", first["Session"])),
        "{rec}"
    );
    assert!(rec.contains("state: \"AFG\""));
    let pos = if first["Response"] == "Accepted" {
        "supported"
    } else {
        "noted"
    };
    assert!(rec.contains(&format!("position: \"{pos}\"")), "{rec}");
    assert_exit(&suivi(&["check", path_arg(&site)]), 0);

    let before = snapshot(&site);
    let start = std::time::Instant::now();
    let out = import(&site, &["upr-info", path_arg(&src)]);
    eprintln!("re-import of 41066 rows: {:?}", start.elapsed());
    assert!(
        summary(&out).contains("0 added, 0 updated, 39889 unchanged"),
        "{out}"
    );
    assert_same_tree(&before, &snapshot(&site));

    // The same rows as an old export: Latin-1 (Windows-1252) and CR line ends give the same records.
    let (_t2, site2) = new_site();
    let (_t3, site3) = new_site();
    let whole = std::fs::read_to_string(&src).unwrap();
    let utf8: String = whole
        .lines()
        .enumerate()
        .filter(|(i, l)| {
            *i < 1000
                || (!l.is_ascii()
                    && l.chars()
                        .all(|c| !encoding_rs::WINDOWS_1252.encode(&c.to_string()).2))
        })
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    assert!(!utf8.is_ascii());
    let part = tmp.path().join("part.csv");
    std::fs::write(&part, &utf8).unwrap();
    let cr = utf8.replace('\n', "\r");
    let (latin, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&cr);
    if unmappable {
        eprintln!(
            "note: some characters of the first 3000 rows are not in Windows-1252; compared anyway"
        );
    }
    let old = tmp.path().join("old.csv");
    std::fs::write(&old, &latin).unwrap();
    let a = import(&site2, &["upr-info", path_arg(&part)]);
    let b = import(&site3, &["upr-info", path_arg(&old)]);
    assert!(b.contains("(windows-1252)"), "{b}");
    if !unmappable {
        assert_eq!(
            summary(&a).split("; ").nth(1),
            summary(&b).split("; ").nth(1)
        );
        assert_same_tree(
            &snapshot(&site2.join("content")),
            &snapshot(&site3.join("content")),
        );
    }
}

#[test]
fn ratification_tables_2015_then_2022() {
    let Some(shared) = shared() else { return };
    let (_tmp, site) = new_site();
    let untc = shared.join("treaty-status/untc-2015-zmjones/ratifications.csv");
    let wpdl = shared.join("treaty-status/wpdl-2022");
    let out = import(
        &site,
        &["ratifications", path_arg(&untc), "--as-of", "2015-03-14"],
    );
    assert!(
        summary(&out).contains(
            "2408 rows read; entries: 2407 added, 0 updated, 0 unchanged; 1 rows skipped"
        ),
        "{out}"
    );
    assert!(
        out.contains("ratifications.csv:2067: \"European Union\" is not a state"),
        "{out}"
    );
    let out = import(
        &site,
        &["ratifications", path_arg(&wpdl), "--as-of", "2022-06-13"],
    );
    assert!(
        summary(&out).contains(
            "3474 rows read; entries: 1085 added, 134 updated, 2240 unchanged; 15 rows skipped"
        ),
        "{out}"
    );
    assert!(out.contains("unknown state name \"Montserrat\""), "{out}");
    assert!(
        out.contains("MDA crpd: the table says no_action but the site records party (2010-09-21)"),
        "{out}"
    );
    let svn = std::fs::read_to_string(site.join("content/ratifications/svn.yaml")).unwrap();
    assert!(svn.contains("  as_of: \"2022-06-13\""), "{svn}");
    assert!(svn.contains("    icerd:\n      status: \"party\"\n      consent_date: \"1992-07-06\"\n      consent_type: \"succession\""), "{svn}");
    let vat = std::fs::read_to_string(site.join("content/ratifications/vat.yaml")).unwrap();
    assert!(
        vat.contains("as_of: \"2015-03-14\""),
        "the Holy See is only in the 2015 table: {vat}"
    );
    let n = std::fs::read_dir(site.join("content/ratifications"))
        .unwrap()
        .count();
    assert_eq!(n, 197);
    let check = suivi(&["check", path_arg(&site)]);
    assert_exit(&check, 0);
    assert!(stdout(&check).contains("197 states with ratification data"));
    // a site note survives a re-import, and the re-import changes nothing else
    let p = site.join("content/ratifications/svn.yaml");
    let noted = svn.replacen("      consent_type: \"succession\"\n", "      consent_type: \"succession\"\n      notes:\n        en: \"Succession from Yugoslavia.\"\n", 1);
    std::fs::write(&p, &noted).unwrap();
    let before = snapshot(&site);
    let out = import(
        &site,
        &["ratifications", path_arg(&wpdl), "--as-of", "2022-06-13"],
    );
    assert!(
        summary(&out).contains("entries: 0 added, 0 updated, 3459 unchanged"),
        "{out}"
    );
    assert_same_tree(&before, &snapshot(&site));
}

#[test]
fn unknown_names_and_malformed_rows_are_reported_not_guessed() {
    let (tmp, site) = new_site();
    let f = tmp.path().join("bad.csv");
    std::fs::write(
        &f,
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n\
         Narnia,WEOG,,Ratify the CAT,France,WEOG,,Accepted,5,Torture,3\n\
         Türkiye,WEOG,,Ratify the CRPD,Czechia,EEG,,Noted,5,Disabilities,3\n\
         Venezuela (Bolivarian Republic of),GRULAC,,Free all,Czech Republic,EEG,,Accepted,5,Detention,abc\n\
         Chile,GRULAC,,\"unterminated,x,y,z,a,b,c,d,e,f,g,h\n",
    )
    .unwrap();
    let out = import(&site, &["upr-info", path_arg(&f)]);
    assert!(
        out.contains("bad.csv:2: unknown state name \"Narnia\""),
        "{out}"
    );
    assert!(
        out.contains("bad.csv:4: `Session` \"abc\" is not a session number"),
        "{out}"
    );
    assert!(summary(&out).contains("records: 1 added"), "{out}");
    let tur =
        std::fs::read_to_string(site.join("content/recommendations/upr-info-tur.yaml")).unwrap();
    assert!(tur.contains("- \"CZE\""), "{tur}");
    // a file of the wrong kind stops the import before anything is written
    let before = snapshot(&site);
    let o = suivi(&["import", "uhri", path_arg(&f), "--into", path_arg(&site)]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("not a UHRI export: no column Countries Concerned"),
        "{}",
        stderr(&o)
    );
    assert_same_tree(&before, &snapshot(&site));
}
