//! Reading a table row by row: CSV (any line ending, UTF-8 or a single-byte encoding) and XLSX.
//! Rows are handed to a sink one at a time, so the file is never held in memory whole (XLSX:
//! calamine streams the sheet's cells; the workbook's shared-string table is held in memory).

use std::fs::File;
use std::io::{BufReader, IsTerminal, Read};
use std::path::Path;

use encoding_rs::Encoding;
use indicatif::{ProgressBar, ProgressStyle};

/// One data row. `number` is the row as a spreadsheet shows it (the header is row 1).
#[derive(Debug)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

pub trait RowSink {
    /// The header row. An error stops the import of this file (wrong kind of file).
    fn headers(&mut self, headers: &[String]) -> Result<(), String>;
    fn row(&mut self, row: Row);
    /// A row that could not be read at all (bad quoting, too many fields, ...).
    fn bad_row(&mut self, number: usize, reason: String);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 if the whole file is valid UTF-8, else Windows-1252 (a superset of Latin-1).
    Auto,
    Utf8,
    Latin1,
    MacRoman,
}

impl TextEncoding {
    pub fn parse(s: &str) -> Option<TextEncoding> {
        Some(match s.to_ascii_lowercase().as_str() {
            "auto" => TextEncoding::Auto,
            "utf-8" | "utf8" => TextEncoding::Utf8,
            "latin1" | "latin-1" | "iso-8859-1" | "windows-1252" | "cp1252" => TextEncoding::Latin1,
            "mac-roman" | "macroman" | "macintosh" => TextEncoding::MacRoman,
            _ => return None,
        })
    }
}

/// What was read, for the summary.
#[derive(Debug, Default)]
pub struct TableInfo {
    pub rows: usize,
    pub encoding: &'static str,
}

pub fn progress_bar(len: Option<u64>, what: &str) -> ProgressBar {
    let quiet = !std::io::stderr().is_terminal()
        || std::env::var_os("CI").is_some_and(|v| v != "false" && v != "0");
    if quiet {
        return ProgressBar::hidden();
    }
    let pb = match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {msg} {pos} rows {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    pb.set_message(what.to_string());
    pb
}

/// Whether the file is valid UTF-8, checked in a streaming pass.
fn is_utf8(path: &Path) -> std::io::Result<bool> {
    let mut f = BufReader::new(File::open(path)?);
    let mut buf = vec![0u8; 64 * 1024];
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            return Ok(carry.is_empty());
        }
        carry.extend_from_slice(&buf[..n]);
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            Err(e) => {
                if e.error_len().is_some() {
                    return Ok(false);
                }
                let keep = carry.split_off(e.valid_up_to());
                carry = keep;
            }
        }
    }
}

pub fn read(
    path: &Path,
    encoding: TextEncoding,
    sink: &mut dyn RowSink,
) -> Result<TableInfo, String> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" => read_xlsx(path, sink),
        "xls" | "ods" | "xlsb" => Err(format!(
            "{}: .{ext} files are not read; save the sheet as .xlsx or .csv",
            path.display()
        )),
        _ => read_csv(path, encoding, sink),
    }
}

fn read_csv(
    path: &Path,
    encoding: TextEncoding,
    sink: &mut dyn RowSink,
) -> Result<TableInfo, String> {
    let io = |e: std::io::Error| format!("{}: {e}", path.display());
    let enc: &'static Encoding = match encoding {
        TextEncoding::Utf8 => encoding_rs::UTF_8,
        TextEncoding::Latin1 => encoding_rs::WINDOWS_1252,
        TextEncoding::MacRoman => encoding_rs::MACINTOSH,
        TextEncoding::Auto => {
            if is_utf8(path).map_err(io)? {
                encoding_rs::UTF_8
            } else {
                encoding_rs::WINDOWS_1252
            }
        }
    };
    let file = File::open(path).map_err(io)?;
    let len = file.metadata().map(|m| m.len()).ok();
    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(enc))
        .bom_override(true)
        .build(file);
    let pb = progress_bar(len, &path.file_name().unwrap_or_default().to_string_lossy());
    // The csv reader treats \r, \n and \r\n alike as the end of a record.
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(BufReader::with_capacity(256 * 1024, decoded));
    let mut info = TableInfo {
        rows: 0,
        encoding: enc.name(),
    };
    let mut record = csv::StringRecord::new();
    let mut width = 0usize;
    let mut number = 0usize;
    loop {
        number += 1;
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let cells: Vec<String> = record.iter().map(str::to_string).collect();
                if number == 1 {
                    let headers: Vec<String> = cells
                        .iter()
                        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
                        .collect();
                    width = headers.len();
                    sink.headers(&headers)?;
                    continue;
                }
                if cells.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                info.rows += 1;
                if cells.len() > width {
                    sink.bad_row(
                        number,
                        format!(
                            "{} fields where the header has {width} (a stray separator or quote?)",
                            cells.len()
                        ),
                    );
                } else {
                    sink.row(Row { number, cells });
                }
            }
            Err(e) => {
                if number == 1 {
                    return Err(format!(
                        "{}: the header row cannot be read: {e}",
                        path.display()
                    ));
                }
                info.rows += 1;
                sink.bad_row(number, format!("the row cannot be read: {e}"));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
            }
        }
        if number.is_multiple_of(1024) {
            pb.set_position(rdr.position().byte());
        }
    }
    pb.finish_and_clear();
    Ok(info)
}

fn cell_text(v: &calamine::DataRef<'_>) -> String {
    use calamine::DataRef as D;
    match v {
        D::Int(i) => i.to_string(),
        D::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                f.to_string()
            }
        }
        D::String(s) => s.clone(),
        D::SharedString(s) => s.to_string(),
        D::Bool(b) => b.to_string(),
        D::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        D::DateTimeIso(s) | D::DurationIso(s) => s.clone(),
        D::Error(e) => format!("#ERROR {e}"),
        D::Empty => String::new(),
    }
}

fn read_xlsx(path: &Path, sink: &mut dyn RowSink) -> Result<TableInfo, String> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let sheet = wb
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| format!("{}: the workbook has no sheet", path.display()))?;
    let pb = progress_bar(
        None,
        &path.file_name().unwrap_or_default().to_string_lossy(),
    );
    let mut cells = wb
        .worksheet_cells_reader(&sheet)
        .map_err(|e| format!("{}: sheet {sheet}: {e}", path.display()))?;
    let mut info = TableInfo {
        rows: 0,
        encoding: "xlsx",
    };
    let mut header_row: Option<u32> = None;
    let mut current: Option<(u32, Vec<String>)> = None;
    let mut flush = |row: Option<(u32, Vec<String>)>,
                     header_row: &mut Option<u32>,
                     info: &mut TableInfo|
     -> Result<(), String> {
        let Some((r, mut v)) = row else { return Ok(()) };
        while v.last().is_some_and(|c| c.trim().is_empty()) {
            v.pop();
        }
        if v.is_empty() {
            return Ok(());
        }
        if header_row.is_none() {
            *header_row = Some(r);
            let h: Vec<String> = v.iter().map(|h| h.trim().to_string()).collect();
            return sink.headers(&h);
        }
        info.rows += 1;
        sink.row(Row {
            number: r as usize + 1,
            cells: v,
        });
        Ok(())
    };
    loop {
        let cell = match cells.next_cell() {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => {
                return Err(format!(
                    "{}: sheet {sheet} cannot be read after {} rows: {e}",
                    path.display(),
                    info.rows
                ));
            }
        };
        let (r, c) = cell.get_position();
        if current.as_ref().is_none_or(|(cr, _)| *cr != r) {
            flush(current.take(), &mut header_row, &mut info)?;
            current = Some((r, Vec::new()));
            if info.rows.is_multiple_of(1024) {
                pb.set_position(info.rows as u64);
            }
        }
        if let Some((_, v)) = current.as_mut() {
            let c = c as usize;
            if c > 10_000 {
                continue; // a stray cell far to the right: no table has that many columns
            }
            if v.len() <= c {
                v.resize(c + 1, String::new());
            }
            v[c] = cell_text(cell.get_value());
        }
    }
    flush(current.take(), &mut header_row, &mut info)?;
    pb.finish_and_clear();
    if header_row.is_none() {
        return Err(format!("{}: sheet {sheet} is empty", path.display()));
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        headers: Vec<String>,
        rows: Vec<Row>,
        bad: Vec<(usize, String)>,
    }
    impl RowSink for Collect {
        fn headers(&mut self, h: &[String]) -> Result<(), String> {
            self.headers = h.to_vec();
            Ok(())
        }
        fn row(&mut self, row: Row) {
            self.rows.push(row);
        }
        fn bad_row(&mut self, n: usize, r: String) {
            self.bad.push((n, r));
        }
    }

    #[test]
    fn cr_line_endings_and_latin1() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.csv");
        // "Côte" in Latin-1, old Mac line ends, a quoted cell with an embedded line break
        std::fs::write(
            &p,
            b"To,Text\rC\xf4te d'Ivoire,\"a\rb\"\rFrance,x,extra\rChile,y\r",
        )
        .unwrap();
        let mut c = Collect::default();
        let info = read(&p, TextEncoding::Auto, &mut c).unwrap();
        assert_eq!(info.encoding, "windows-1252");
        assert_eq!(c.headers, ["To", "Text"]);
        assert_eq!(c.rows.len(), 2);
        assert_eq!(c.rows[0].cells, ["Côte d'Ivoire", "a\rb"]);
        assert_eq!(c.rows[0].number, 2);
        assert_eq!(c.rows[1].number, 4);
        assert_eq!(c.bad.len(), 1);
        assert_eq!(c.bad[0].0, 3);
    }

    #[test]
    fn utf8_with_bom() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.csv");
        std::fs::write(&p, "\u{feff}A,B\r\nТürkiye,1\r\n").unwrap();
        let mut c = Collect::default();
        let info = read(&p, TextEncoding::Auto, &mut c).unwrap();
        assert_eq!(info.encoding, "UTF-8");
        assert_eq!(c.headers, ["A", "B"]);
        assert_eq!(c.rows[0].cells, ["Тürkiye", "1"]);
    }
}
