//! Open data: every language gets CSV, JSON and a zip of the site's records, with the row counts of
//! the site, labels in that language, and exactly the columns that `docs/schema/` documents.

mod common;

use common::*;

fn schema_columns(name: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("docs/schema/{name}.schema.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let props = schema["properties"]["records"]["items"]["properties"]
        .as_object()
        .unwrap();
    props.keys().cloned().collect()
}

#[test]
fn every_language_gets_csv_json_and_zip_matching_the_schemas() {
    let site = Site::new("i18n");
    build_ok(&site.dir, &site.out(), &[]);
    let tree = snapshot(&site.out());
    let check = suivi(&["check", path_arg(&site.dir)]);
    // "ok: N recommendations, U updates, S states with ratification data, R reservations, …"
    let summary = stdout(&check);
    let count = |what: &str| -> usize {
        let before = summary.split(&format!(" {what}")).next().unwrap();
        before.rsplit(' ').next().unwrap().parse().unwrap()
    };
    let (recs, reservations) = (count("recommendations,"), count("reservations,"));
    for code in ["en", "fr", "ar", "zh"] {
        for (table, rows) in [
            ("recommendations", Some(recs)),
            ("ratifications", None),
            ("reservations", Some(reservations)),
        ] {
            let csv_bytes = &tree[&format!("data/{code}/{table}.csv")];
            assert!(!csv_bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM");
            let mut reader = csv::Reader::from_reader(csv_bytes.as_slice());
            let mut columns: Vec<String> = reader
                .headers()
                .unwrap()
                .iter()
                .map(str::to_string)
                .collect();
            let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            if let Some(n) = rows {
                assert_eq!(records.len(), n, "{code}/{table}.csv");
            }
            assert!(!records.is_empty(), "{code}/{table}.csv is empty");
            let json: serde_json::Value =
                serde_json::from_slice(&tree[&format!("data/{code}/{table}.json")]).unwrap();
            let items = json["records"].as_array().unwrap();
            assert_eq!(
                items.len(),
                records.len(),
                "{code}/{table}: CSV and JSON differ"
            );
            let mut keys: Vec<String> = items[0].as_object().unwrap().keys().cloned().collect();
            let mut documented = schema_columns(table);
            columns.sort();
            keys.sort();
            documented.sort();
            assert_eq!(columns, documented, "{table}.csv columns vs docs/schema");
            assert_eq!(keys, documented, "{table}.json keys vs docs/schema");
        }
        let zip = zip::ZipArchive::new(std::io::Cursor::new(
            tree[&format!("data/{code}/all.zip")].clone(),
        ))
        .unwrap();
        assert_eq!(zip.len(), 6);
    }
    // Labels are in the folder's language; codes stay the same.
    let ar = String::from_utf8(tree["data/ar/ratifications.csv"].clone()).unwrap();
    assert!(
        ar.contains("\nSVN,سلوفينيا,"),
        "{}",
        &ar[..ar.len().min(500)]
    );
    let zh = String::from_utf8(tree["data/zh/recommendations.csv"].clone()).unwrap();
    assert!(
        zh.contains(",SVN,斯洛文尼亚,"),
        "{}",
        &zh[..zh.len().min(500)]
    );
}
