//! An ordered YAML value for the importer: existing content files are read into it (keeping the
//! order of keys and every field the importer does not own), changed, and written back with a
//! small deterministic emitter. Comments inside a file are not kept, except the comment block at
//! its top (see `docs/import.md`).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

#[derive(Clone, Debug, PartialEq)]
pub enum Y {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Y>),
    Map(Vec<(String, Y)>),
}

impl Y {
    pub fn str(s: impl Into<String>) -> Y {
        Y::Str(s.into())
    }
    pub fn strs<I: IntoIterator<Item = S>, S: Into<String>>(it: I) -> Y {
        Y::Seq(it.into_iter().map(|s| Y::Str(s.into())).collect())
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Y::Str(s) => Some(s),
            _ => None,
        }
    }
    /// A scalar written as text (a number or a string), as a key would compare.
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Y::Str(s) => Some(s.clone()),
            Y::Int(i) => Some(i.to_string()),
            Y::Float(f) => Some(f.to_string()),
            _ => None,
        }
    }
    pub fn get(&self, key: &str) -> Option<&Y> {
        match self {
            Y::Map(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Y> {
        match self {
            Y::Map(m) => m.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    /// Sets `key` in a map: in place when it exists, else after the last of `after` present
    /// (the keys that come before it in the importer's order), else at the end.
    pub fn set(&mut self, key: &str, value: Y, after: &[&str]) {
        let Y::Map(m) = self else { return };
        if let Some(slot) = m.iter_mut().find(|(k, _)| k == key) {
            slot.1 = value;
            return;
        }
        let pos = after
            .iter()
            .rev()
            .find_map(|a| m.iter().position(|(k, _)| k == a))
            .map(|p| p + 1)
            .unwrap_or(m.len());
        m.insert(pos, (key.to_string(), value));
    }
    /// Sets `key` in a map: in place when it exists, else before the first key that comes after
    /// it in `order`, else at the end.
    pub fn set_in_order(&mut self, key: &str, value: Y, order: &[&str]) {
        let Y::Map(m) = self else { return };
        if let Some(slot) = m.iter_mut().find(|(k, _)| k == key) {
            slot.1 = value;
            return;
        }
        let rank = |k: &str| order.iter().position(|o| *o == k);
        let pos = match rank(key) {
            Some(r) => m
                .iter()
                .position(|(k, _)| rank(k).is_some_and(|x| x > r))
                .unwrap_or(m.len()),
            None => m.len(),
        };
        m.insert(pos, (key.to_string(), value));
    }
    pub fn remove(&mut self, key: &str) -> Option<Y> {
        let Y::Map(m) = self else { return None };
        let pos = m.iter().position(|(k, _)| k == key)?;
        Some(m.remove(pos).1)
    }
    pub fn is_empty_value(&self) -> bool {
        match self {
            Y::Null => true,
            Y::Str(s) => s.is_empty(),
            Y::Seq(v) => v.is_empty(),
            Y::Map(m) => m.is_empty(),
            _ => false,
        }
    }
}

impl<'de> Deserialize<'de> for Y {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Y, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Y;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a YAML value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Y, E> {
                Ok(Y::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Y, E> {
                Ok(Y::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Y, E> {
                match i64::try_from(v) {
                    Ok(i) => Ok(Y::Int(i)),
                    Err(_) => Ok(Y::Str(v.to_string())),
                }
            }
            fn visit_f64<E>(self, v: f64) -> Result<Y, E> {
                Ok(Y::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Y, E> {
                Ok(Y::Str(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Y, E> {
                Ok(Y::Str(v))
            }
            fn visit_unit<E>(self) -> Result<Y, E> {
                Ok(Y::Null)
            }
            fn visit_none<E>(self) -> Result<Y, E> {
                Ok(Y::Null)
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Y, D2::Error> {
                Y::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Y, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = a.next_element()? {
                    v.push(x);
                }
                Ok(Y::Seq(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Y, A::Error> {
                let mut m: Vec<(String, Y)> = Vec::new();
                while let Some(k) = a.next_key::<Y>()? {
                    let key = k
                        .scalar_text()
                        .or(match k {
                            Y::Bool(b) => Some(b.to_string()),
                            _ => None,
                        })
                        .ok_or_else(|| de::Error::custom("a key must be a plain value"))?;
                    let v: Y = a.next_value()?;
                    if m.iter().any(|(x, _)| *x == key) {
                        return Err(de::Error::custom(format!("duplicate key `{key}`")));
                    }
                    m.push((key, v));
                }
                Ok(Y::Map(m))
            }
        }
        d.deserialize_any(V)
    }
}

/// A YAML double-quoted scalar. JSON string escapes are valid YAML escapes; characters that YAML
/// does not allow raw (C1 controls, line and paragraph separators, BOM, non-characters) are escaped.
pub fn quote(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let u = c as u32;
        if (0x7f..=0x9f).contains(&u) || matches!(u, 0x2028 | 0x2029 | 0xfeff | 0xfffe | 0xffff) {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push(c);
        }
    }
    out
}

fn key(k: &str) -> String {
    let plain = !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !k.starts_with('-')
        && !matches!(
            k.to_ascii_lowercase().as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
        );
    if plain { k.to_string() } else { quote(k) }
}

fn scalar(v: &Y) -> Option<String> {
    match v {
        Y::Null => Some("null".into()),
        Y::Bool(b) => Some(b.to_string()),
        Y::Int(i) => Some(i.to_string()),
        Y::Float(f) => Some(if f.is_finite() {
            let s = format!("{f:?}");
            if s.contains(['.', 'e', 'E']) {
                s
            } else {
                format!("{s}.0")
            }
        } else if f.is_nan() {
            ".nan".into()
        } else if *f > 0.0 {
            ".inf".into()
        } else {
            "-.inf".into()
        }),
        Y::Str(s) => Some(quote(s)),
        Y::Seq(v) if v.is_empty() => Some("[]".into()),
        Y::Map(m) if m.is_empty() => Some("{}".into()),
        _ => None,
    }
}

fn emit_into(out: &mut String, v: &Y, indent: usize) {
    let pad = " ".repeat(indent);
    match v {
        Y::Map(m) if !m.is_empty() => {
            for (k, x) in m {
                match scalar(x) {
                    Some(s) => out.push_str(&format!("{pad}{}: {s}\n", key(k))),
                    None => {
                        out.push_str(&format!("{pad}{}:\n", key(k)));
                        emit_into(out, x, indent + 2);
                    }
                }
            }
        }
        Y::Seq(items) if !items.is_empty() => {
            for x in items {
                match scalar(x) {
                    Some(s) => out.push_str(&format!("{pad}- {s}\n")),
                    None => {
                        let mut sub = String::new();
                        emit_into(&mut sub, x, indent + 2);
                        // "  key: v" -> "- key: v" on the first line
                        let first = &sub[indent + 2..];
                        out.push_str(&pad);
                        out.push_str("- ");
                        out.push_str(first);
                    }
                }
            }
        }
        other => {
            if let Some(s) = scalar(other) {
                out.push_str(&format!("{pad}{s}\n"));
            }
        }
    }
}

/// YAML text for `v` (a sequence or a map at the top), ending with a newline.
pub fn emit(v: &Y) -> String {
    let mut out = String::new();
    emit_into(&mut out, v, 0);
    out
}

/// The comment lines (and blank lines between them) at the top of a file.
pub fn leading_comments(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with('#') || (t.is_empty() && !out.is_empty()) {
            out.push_str(line.trim_end());
            out.push('\n');
        } else {
            break;
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_order_and_values() {
        let text = "# head\n# more\n- id: \"a\"\n  zeta: 1\n  alpha: [x, \"y\"]\n  text:\n    en: \"He said \\\"hi\\\"\\n\"\n  f: 1.5\n  e: {}\n  t: true\n";
        let y: Y = crate::load::parse_yaml(text).unwrap();
        let out = emit(&y);
        let again: Y = crate::load::parse_yaml(&out).unwrap();
        assert_eq!(y, again);
        let Y::Seq(items) = &y else { panic!() };
        let Y::Map(m) = &items[0] else { panic!() };
        let keys: Vec<&str> = m.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["id", "zeta", "alpha", "text", "f", "e", "t"]);
        assert_eq!(leading_comments(text), "# head\n# more\n");
    }

    #[test]
    fn awkward_strings_survive() {
        for s in [
            "",
            "yes",
            "- x",
            "a: b",
            "#c",
            "\u{85}x\u{2028}",
            "عربي",
            "1.10",
            "null",
        ] {
            let v = Y::Seq(vec![Y::Map(vec![("k".into(), Y::str(s))])]);
            let back: Y = crate::load::parse_yaml(&emit(&v)).unwrap();
            assert_eq!(back, v, "{s:?}");
        }
    }

    #[test]
    fn set_inserts_after_known_keys() {
        let mut m = Y::Map(vec![
            ("id".into(), Y::str("a")),
            ("note".into(), Y::str("n")),
        ]);
        m.set("state", Y::str("SVN"), &["id"]);
        m.set("note", Y::str("m"), &[]);
        let keys: Vec<String> = match &m {
            Y::Map(m) => m.iter().map(|(k, _)| k.clone()).collect(),
            _ => unreachable!(),
        };
        assert_eq!(keys, ["id", "state", "note"]);
        assert_eq!(m.get("note"), Some(&Y::str("m")));
    }
}
