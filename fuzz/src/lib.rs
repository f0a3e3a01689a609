//! Oracles shared by the fuzz targets in `fuzz/fuzz_targets/` and the proptest properties in
//! `tests/properties.rs` (which includes this file with `#[path]`), so that both check the same
//! invariants. Plain functions over `suivi`'s public API: no fuzzing machinery here.

#![allow(dead_code)] // each user needs only some of the oracles

use suivi::diag::Diagnostic;

// ---------------------------------------------------------------------------------------------
// HTML safety
// ---------------------------------------------------------------------------------------------

/// Elements that must never reach a page built from contributors' Markdown.
pub const FORBIDDEN_TAGS: &[&str] = &[
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "style",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "option",
    "template",
    "noscript",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "video",
    "audio",
    "source",
    "track",
    "portal",
    "title",
    "head",
    "body",
    "html",
    "param",
    "animate",
    "set",
    "use",
    "foreignobject",
];

/// Attributes whose value the browser treats as a URL.
pub const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "cite",
    "action",
    "formaction",
    "background",
    "poster",
    "srcset",
    "data",
    "longdesc",
    "usemap",
    "xlink:href",
    "ping",
    "manifest",
    "codebase",
    "dynsrc",
    "lowsrc",
];

/// Attributes that carry script or style whatever their value.
pub const FORBIDDEN_ATTRIBUTES: &[&str] = &["style", "srcdoc", "xmlns", "formaction", "is"];

/// URL schemes a link or image in content may use.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// One start or end tag of serialised HTML.
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub closing: bool,
    /// Attribute names (lower-cased) and values (entity-decoded, as a browser reads them).
    pub attributes: Vec<(String, String)>,
}

/// Splits serialised HTML into tags the way a browser's tokenizer would for the serialiser's
/// output: `<` starts a tag, attribute values are quoted with `"` or `'` or unquoted. Anything
/// after a `<` that is not a tag name (comments, doctypes, processing instructions) is reported
/// as an error, because the sanitiser must not emit them.
pub fn tags(html: &str) -> Result<Vec<Tag>, String> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        i = start + 1;
        let closing = b.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b':') {
            i += 1;
        }
        if i == name_start {
            // Browsers read `<` followed by anything but a letter as text, except `<!` and `<?`
            // (comments, doctypes, bogus comments), which must never come out of the sanitiser.
            if let Some(b'!' | b'?') = b.get(i) {
                return Err(format!(
                    "markup declaration at byte {start}: {:?}",
                    snippet(html, start)
                ));
            }
            return Err(format!(
                "unescaped `<` at byte {start}: {:?}",
                snippet(html, start)
            ));
        }
        let name = html[name_start..i].to_ascii_lowercase();
        let mut attributes = Vec::new();
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() {
                return Err(format!("unterminated tag `{name}` at byte {start}"));
            }
            if b[i] == b'>' {
                i += 1;
                break;
            }
            let attr_start = i;
            while i < b.len()
                && !b[i].is_ascii_whitespace()
                && b[i] != b'='
                && b[i] != b'>'
                && b[i] != b'/'
            {
                i += 1;
            }
            let attr = html[attr_start..i].to_ascii_lowercase();
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = String::new();
            if b.get(i) == Some(&b'=') {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                match b.get(i) {
                    Some(&q) if q == b'"' || q == b'\'' => {
                        let v_start = i + 1;
                        let Some(len) = html[v_start..].find(q as char) else {
                            return Err(format!("unterminated attribute value at byte {i}"));
                        };
                        value = decode_entities(&html[v_start..v_start + len]);
                        i = v_start + len + 1;
                    }
                    _ => {
                        let v_start = i;
                        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                            i += 1;
                        }
                        value = decode_entities(&html[v_start..i]);
                    }
                }
            }
            attributes.push((attr, value));
        }
        out.push(Tag {
            name,
            closing,
            attributes,
        });
    }
    Ok(out)
}

fn snippet(html: &str, at: usize) -> &str {
    let end = (at + 60).min(html.len());
    let end = (end..=html.len())
        .find(|e| html.is_char_boundary(*e))
        .unwrap_or(html.len());
    &html[at..end]
}

/// Decodes character references once, as a browser does in an attribute value: numeric ones
/// (with or without `;`) and the named ones that matter for URL smuggling.
pub fn decode_entities(s: &str) -> String {
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("quot", '"'),
        ("apos", '\''),
        ("lt", '<'),
        ("gt", '>'),
        ("nbsp", '\u{a0}'),
        ("colon", ':'),
        ("tab", '\t'),
        ("newline", '\n'),
        ("sol", '/'),
        ("lpar", '('),
        ("rpar", ')'),
        ("semi", ';'),
        ("num", '#'),
        ("period", '.'),
        ("comma", ','),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p + 1..];
        if let Some(num) = rest.strip_prefix('#') {
            let (hex, digits) = match num.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, num),
            };
            let len = digits
                .bytes()
                .take_while(|c| {
                    if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    }
                })
                .count();
            if len > 0 {
                let value = u32::from_str_radix(
                    &digits[..len].chars().take(8).collect::<String>(),
                    if hex { 16 } else { 10 },
                )
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}');
                out.push(value);
                rest = &digits[len..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        } else if let Some((name, c)) = NAMED.iter().find(|(n, _)| {
            rest.get(..n.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(n))
        }) {
            out.push(*c);
            rest = &rest[name.len()..];
            rest = rest.strip_prefix(';').unwrap_or(rest);
            continue;
        }
        out.push('&');
    }
    out.push_str(rest);
    out
}

/// The scheme of a URL as a browser's URL parser finds it (after dropping leading C0 controls
/// and spaces and every tab and newline), lower-cased; `None` for a relative URL.
pub fn url_scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    if cleaned.as_bytes()[end] != b':' {
        return None;
    }
    let scheme = &cleaned[..end];
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // A colon after something that is not a scheme (`a b:c`) makes a relative URL.
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Everything unsafe in sanitised HTML, empty when it is safe: no forbidden element, no event
/// handler or style attribute, no URL attribute with a scheme other than http, https, mailto
/// (so no `javascript:`, `vbscript:` or `data:`), and no comment or unescaped `<`.
pub fn html_violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    for needle in ["<script", "<iframe", "<svg", "<style", "<object", "<embed"] {
        if lower.contains(needle) {
            found.push(format!("contains `{needle}`"));
        }
    }
    match tags(html) {
        Err(e) => found.push(e),
        Ok(tags) => {
            for tag in tags {
                if FORBIDDEN_TAGS.contains(&tag.name.as_str()) {
                    found.push(format!("forbidden element <{}>", tag.name));
                }
                for (attr, value) in &tag.attributes {
                    if attr.starts_with("on") {
                        found.push(format!("event handler {attr}= on <{}>", tag.name));
                    }
                    if FORBIDDEN_ATTRIBUTES.contains(&attr.as_str()) {
                        found.push(format!("forbidden attribute {attr}= on <{}>", tag.name));
                    }
                    if URL_ATTRIBUTES.contains(&attr.as_str())
                        && let Some(scheme) = url_scheme(value)
                        && !ALLOWED_SCHEMES.contains(&scheme.as_str())
                    {
                        found.push(format!(
                            "{attr}=\"{value}\" on <{}> has scheme `{scheme}:`",
                            tag.name
                        ));
                    }
                    let squeezed: String = value
                        .chars()
                        .filter(|c| !c.is_whitespace() && !c.is_control())
                        .collect::<String>()
                        .to_ascii_lowercase();
                    if URL_ATTRIBUTES.contains(&attr.as_str())
                        && (squeezed.starts_with("javascript:")
                            || squeezed.starts_with("vbscript:")
                            || squeezed.starts_with("data:"))
                    {
                        found.push(format!("{attr}=\"{value}\" is a script URL"));
                    }
                }
            }
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------
// Front matter
// ---------------------------------------------------------------------------------------------

/// Byte range of `part` inside `whole`, if `part` is a sub-slice of it.
pub fn range_in(whole: &str, part: &str) -> Option<std::ops::Range<usize>> {
    let w = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    (p >= w && p + part.len() <= w + whole.len()).then(|| p - w..p - w + part.len())
}

/// The invariants of `split_front_matter`: front matter and body are slices of the input, in
/// order, the front matter starts right after the opening `---` line and is followed by a line
/// that is `---` (trailing white space allowed), and the body is the rest of the file. `None`
/// exactly when there is no opening line or no closing one.
pub fn check_front_matter(text: &str) -> Result<(), String> {
    let opening = if text.starts_with("---\n") {
        Some(4)
    } else if text.starts_with("---\r\n") {
        Some(5)
    } else {
        None
    };
    match suivi::load::split_front_matter(text) {
        None => {
            if let Some(o) = opening
                && text[o..]
                    .split_inclusive('\n')
                    .any(|l| l.trim_end() == "---")
            {
                return Err("closing `---` line present but no front matter found".into());
            }
            Ok(())
        }
        Some((fm, offset, body)) => {
            let o = opening.ok_or("front matter found without an opening `---` line")?;
            let fm_r = range_in(text, fm).ok_or("front matter is not a slice of the input")?;
            let body_r = range_in(text, body).ok_or("body is not a slice of the input")?;
            if fm_r.start != o {
                return Err(format!(
                    "front matter starts at byte {}, not {o}",
                    fm_r.start
                ));
            }
            if body_r.end != text.len() {
                return Err("body does not run to the end of the file".into());
            }
            if fm_r.end > body_r.start {
                return Err("front matter and body overlap or are out of order".into());
            }
            let closing = &text[fm_r.end..body_r.start];
            if closing.trim_end() != "---" || !(closing.ends_with('\n') || body.is_empty()) {
                return Err(format!("between front matter and body: {closing:?}"));
            }
            if !(fm.is_empty() || fm.ends_with('\n')) {
                return Err("front matter does not end with a line break".into());
            }
            if fm.split_inclusive('\n').any(|l| l.trim_end() == "---") {
                return Err("front matter holds a `---` line: the first one closes it".into());
            }
            if offset != 1 {
                return Err(format!(
                    "line offset {offset}: the front matter always starts on line 2"
                ));
            }
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/// What `PartialDate::parse` should accept, computed independently: `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD` (ASCII digits, surrounding white space ignored) naming a real day of the
/// proleptic Gregorian calendar. Returns (year, month, day).
pub fn reference_date(s: &str) -> Option<(i32, Option<u8>, Option<u8>)> {
    let s = s.trim();
    let digits = |p: &str, n: usize| -> Option<u32> {
        (p.len() == n && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().unwrap())
    };
    let parts: Vec<&str> = s.split('-').collect();
    let year = digits(parts.first()?, 4)? as i32;
    match parts.len() {
        1 => Some((year, None, None)),
        2 => {
            let m = digits(parts[1], 2)?;
            (1..=12).contains(&m).then_some((year, Some(m as u8), None))
        }
        3 => {
            let m = digits(parts[1], 2)?;
            let d = digits(parts[2], 2)?;
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return None,
            };
            (1..=days)
                .contains(&d)
                .then_some((year, Some(m as u8), Some(d as u8)))
        }
        _ => None,
    }
}

/// `PartialDate::parse` agrees with [`reference_date`], and an accepted date round-trips through
/// `iso()` to the trimmed input.
pub fn check_date(s: &str) -> Result<Option<suivi::i18n::PartialDate>, String> {
    let got = suivi::i18n::PartialDate::parse(s);
    let want = reference_date(s);
    match (&got, want) {
        (Ok(d), Some((y, m, dd))) => {
            if (d.year, d.month, d.day) != (y, m, dd) {
                return Err(format!("{s:?} parsed as {d:?}, expected {y}-{m:?}-{dd:?}"));
            }
            if d.iso() != s.trim() {
                return Err(format!("{s:?} → iso() {:?}", d.iso()));
            }
            match suivi::i18n::PartialDate::parse(&d.iso()) {
                Ok(again) if again == *d => Ok(Some(*d)),
                other => Err(format!("{:?} does not parse back: {other:?}", d.iso())),
            }
        }
        (Err(_), None) => Ok(None),
        (Ok(d), None) => Err(format!("{s:?} accepted as {d:?} but is not a valid date")),
        (Err(e), Some(_)) => Err(format!("{s:?} is a valid date but was refused: {e}")),
    }
}

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

/// Names Windows reserves for devices, with or without an extension, in any case.
pub fn is_windows_reserved(s: &str) -> bool {
    let stem = s.split('.').next().unwrap_or(s).to_ascii_lowercase();
    matches!(
        stem.as_str(),
        "con" | "prn" | "aux" | "nul" | "conin$" | "conout$"
    ) || ((stem.starts_with("com") || stem.starts_with("lpt"))
        && stem.len() == 4
        && stem.as_bytes()[3].is_ascii_digit())
}

/// Why `s` is not a safe single path segment (file and URL), or `None` if it is.
pub fn unsafe_segment(s: &str) -> Option<String> {
    if s.is_empty() {
        return Some("empty".into());
    }
    if s.contains(['/', '\\']) {
        return Some("contains a path separator".into());
    }
    if s == "." || s.contains("..") {
        return Some("contains `..` or is `.`".into());
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Some("has characters other than a-z, 0-9 and `-`".into());
    }
    if s.len() > 255 {
        return Some("longer than a file name may be".into());
    }
    if is_windows_reserved(s) {
        return Some("is a name Windows reserves".into());
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------------------------

/// Renders a diagnostic with its source and checks that it starts with the header
/// `path:line:column: severity: `.
pub fn check_render(d: &Diagnostic, source: Option<&str>) -> Result<String, String> {
    let out = d.render(source);
    let level = match d.severity {
        suivi::diag::Severity::Error => "error",
        suivi::diag::Severity::Warning => "warning",
    };
    let header = format!(
        "{}:{}:{}: {level}: ",
        d.file.display(),
        d.line.max(1),
        d.column.max(1)
    );
    if !out.starts_with(&header) {
        return Err(format!("rendering does not start with {header:?}: {out:?}"));
    }
    Ok(out)
}
