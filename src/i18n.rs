//! Everything language-specific: the six UN languages, text direction, language maps with their
//! fallback chain, Fluent bundles for UI strings, and locale-aware dates, numbers and sorting.
//!
//! Dates and numbers go through ICU4X with the Gregorian calendar and Latin digits fixed, so the
//! output never drifts with a locale default (UN documents in Arabic use 0–9 too).

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_calendar::{Date, Gregorian};
use icu_collator::CollatorBorrowed;
use icu_collator::options::CollatorOptions;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// One of the six official UN languages. The order is the UN's own (alphabetical in English:
/// Arabic, Chinese, English, French, Russian, Spanish), which is also the order of language maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The BCP 47 tag for `<html lang>`: Chinese is published in simplified script.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// The language's name in its own script, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// The ICU locale: Latin digits and the Gregorian calendar, whatever the language's default.
    pub fn icu_locale(self) -> Locale {
        let tag = match self {
            Lang::Zh => "zh-Hans-u-ca-gregory-nu-latn",
            Lang::Ar => "ar-u-ca-gregory-nu-latn",
            Lang::En => "en-u-ca-gregory-nu-latn",
            Lang::Fr => "fr-u-ca-gregory-nu-latn",
            Lang::Ru => "ru-u-ca-gregory-nu-latn",
            Lang::Es => "es-u-ca-gregory-nu-latn",
        };
        Locale::try_from_str(tag).expect("static locale tags are valid")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A human-readable field: a map from language to text, or a plain string that means "in the
/// site's default language" (resolved when the text is read, since serde has no site context).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub plain: Option<String>,
    pub by_lang: BTreeMap<Lang, String>,
    /// Codes in the map that are not UN languages, kept so that `check` can report them.
    pub unknown_langs: Vec<String>,
}

impl Text {
    pub fn from_map(map: BTreeMap<Lang, String>) -> Text {
        Text {
            by_lang: map,
            ..Text::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.plain.as_deref().is_none_or(|s| s.trim().is_empty())
            && self.by_lang.values().all(|s| s.trim().is_empty())
    }

    /// The text in exactly `lang`, without fallback.
    pub fn exact(&self, lang: Lang, default: Lang) -> Option<&str> {
        if let Some(s) = self.by_lang.get(&lang).filter(|s| !s.trim().is_empty()) {
            return Some(s);
        }
        if lang == default {
            return self.plain.as_deref().filter(|s| !s.trim().is_empty());
        }
        None
    }

    /// The text in `lang`, or else in the first language of `chain` that has it, or else in any
    /// language at all (in UN order), so that a text is never silently empty.
    pub fn resolve(&self, lang: Lang, chain: &[Lang], default: Lang) -> Option<(Lang, &str)> {
        std::iter::once(lang)
            .chain(chain.iter().copied())
            .chain(Lang::ALL)
            .find_map(|l| self.exact(l, default).map(|s| (l, s)))
    }

    pub fn languages(&self, default: Lang) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.exact(*l, default).is_some())
            .collect()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or a map from language code (ar, zh, en, fr, ru, es) to text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text {
                    plain: Some(v.to_owned()),
                    ..Text::default()
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Text::default();
                while let Some(key) = map.next_key::<String>()? {
                    let value: String = map.next_value()?;
                    match Lang::parse(&key) {
                        Some(lang) => {
                            text.by_lang.insert(lang, value);
                        }
                        None => text.unknown_langs.push(key),
                    }
                }
                Ok(text)
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// A calendar date as sources give it: a year, a year and month, or a full date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates such as 2023-02-30.
    pub fn parse(s: &str) -> Result<PartialDate, String> {
        let bad = || format!("`{s}` is not a date; write YYYY-MM-DD, YYYY-MM or YYYY");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, String> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = num(parts[0], 4)? as i32;
        let month = parts
            .get(1)
            .map(|p| num(p, 2))
            .transpose()?
            .map(|m| m as u8);
        let day = parts
            .get(2)
            .map(|p| num(p, 2))
            .transpose()?
            .map(|d| d as u8);
        if parts.len() > 3 {
            return Err(bad());
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!("`{s}` has no month {m}: months run from 01 to 12"));
        }
        if let (Some(m), Some(d)) = (month, day)
            && Date::try_new_gregorian(year, m, d).is_err()
        {
            return Err(format!(
                "`{s}` is not a real date: that month has no day {d}"
            ));
        }
        Ok(PartialDate { year, month, day })
    }

    /// ISO 8601 form, as in `<time datetime>`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date: YYYY-MM-DD, YYYY-MM or YYYY")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<PartialDate, E> {
                PartialDate::parse(&v.to_string()).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(DateVisitor)
    }
}

/// Locale-aware formatting for one language: numbers, dates and collation, built once.
pub struct Formatter {
    decimal: DecimalFormatter,
    ymd: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    ym: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    y: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    collator: CollatorBorrowed<'static>,
    /// Dates formatted so far: a site has a few thousand distinct dates, and its pages show each
    /// many times (a record's date on its page and in every list it is on, update dates, the
    /// ratification tables of every state and treaty).
    dates: std::sync::RwLock<crate::HashMap<PartialDate, String>>,
}

impl Formatter {
    pub fn new(lang: Lang) -> Formatter {
        let locale = lang.icu_locale();
        Formatter {
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled data has every UN language"),
            ymd: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
                .expect("compiled data has every UN language"),
            ym: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long())
                .expect("compiled data has every UN language"),
            y: FixedCalendarDateTimeFormatter::try_new((&locale).into(), Y::long())
                .expect("compiled data has every UN language"),
            collator: CollatorBorrowed::try_new((&locale).into(), CollatorOptions::default())
                .expect("compiled data has every UN language"),
            dates: Default::default(),
        }
    }

    pub fn number(&self, n: i64) -> String {
        self.decimal.format(&Decimal::from(n)).to_string()
    }

    pub fn date(&self, d: &PartialDate) -> String {
        let known = self.dates.read().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = known.get(d) {
            return text.clone();
        }
        drop(known);
        let text = self.format_date(d);
        self.dates
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(*d, text.clone());
        text
    }

    fn format_date(&self, d: &PartialDate) -> String {
        let date = Date::try_new_gregorian(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
            .expect("partial dates are validated when parsed");
        match (d.month, d.day) {
            (Some(_), Some(_)) => self.ymd.format(&date).to_string(),
            (Some(_), None) => self.ym.format(&date).to_string(),
            _ => self.y.format(&date).to_string(),
        }
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }
}

/// UI strings for one language: the built-in Fluent files, then the site's own, which override
/// messages of the same id.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
    /// Every message that needs no argument, formatted once: pages ask for the same labels
    /// (navigation, headings, footer) tens of thousands of times.
    plain: crate::HashMap<String, String>,
}

/// A Fluent file that did not parse, with the line and column of its first error.
#[derive(Debug)]
pub struct FluentFileError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Messages {
    /// Builds the bundle from `(file name, source)` pairs in order; later files override earlier.
    pub fn new(
        lang: Lang,
        sources: &[(String, String)],
    ) -> Result<Messages, Vec<(String, FluentFileError)>> {
        let langid = lang
            .html_tag()
            .parse()
            .expect("static language tags are valid");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation happens in the markup (<bdi>, dir), not with invisible FSI/PDI characters
        // that would leak into titles, attributes and search.
        bundle.set_use_isolating(false);
        // PLURAL($n): the CLDR plural category of $n by ICU4X. Fluent's own selection uses
        // intl_pluralrules 7.0.2 (CLDR 37), whose Arabic rules ignore `n % 100`, so 103 or 605
        // select `other` instead of `few`; Arabic messages select on PLURAL($count) instead.
        let rules = PluralRules::try_new_cardinal((&lang.icu_locale()).into())
            .expect("compiled data has every UN language");
        bundle
            .add_function("PLURAL", move |positional, _named| {
                match positional.first() {
                    Some(FluentValue::Number(n)) if n.value >= 0.0 && n.value.fract() == 0.0 => {
                        FluentValue::from(plural_name(rules.category_for(n.value as u64)))
                    }
                    _ => FluentValue::from("other"),
                }
            })
            .expect("PLURAL is registered once");
        let mut errors = Vec::new();
        let mut ids = Vec::new();
        for (name, source) in sources {
            match FluentResource::try_new(source.clone()) {
                Ok(resource) => {
                    ids.extend(resource.entries().filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    }));
                    bundle.add_resource_overriding(resource)
                }
                Err((_, errs)) => {
                    for e in errs {
                        let (line, column) = line_col(source, e.pos.start);
                        errors.push((
                            name.clone(),
                            FluentFileError {
                                line,
                                column,
                                message: e.kind.to_string(),
                            },
                        ));
                    }
                }
            }
        }
        if errors.is_empty() {
            let mut plain = crate::HashMap::default();
            for id in ids {
                let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut errs = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errs);
                if errs.is_empty() {
                    let text = text.into_owned();
                    plain.insert(id, text);
                }
            }
            Ok(Messages { bundle, plain })
        } else {
            Err(errors)
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The ids of the messages that need no argument (formatted once, [`Messages::get`]).
    pub fn plain_ids(&self) -> impl Iterator<Item = &str> {
        self.plain.keys().map(String::as_str)
    }

    /// Formats message `id` with named arguments; numbers select plural forms.
    pub fn get(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        if args.is_empty()
            && let Some(text) = self.plain.get(id)
        {
            return Some(text.clone());
        }
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name.to_string(), value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

pub fn plural_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(PartialDate::parse("2023-02-30").is_err());
        assert!(PartialDate::parse("2023-13").is_err());
        assert!(PartialDate::parse("23-01-01").is_err());
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert_eq!(PartialDate::parse("2022").unwrap().iso(), "2022");
    }

    #[test]
    fn dates_and_numbers_follow_the_language() {
        let d = PartialDate::parse("2025-07-14").unwrap();
        assert_eq!(Formatter::new(Lang::En).date(&d), "July 14, 2025");
        assert_eq!(Formatter::new(Lang::Fr).date(&d), "14 juillet 2025");
        assert_eq!(Formatter::new(Lang::Zh).date(&d), "2025年7月14日");
        // Latin digits in Arabic, as in UN documents.
        assert!(Formatter::new(Lang::Ar).date(&d).contains("2025"));
        assert_eq!(Formatter::new(Lang::En).number(12345), "12,345");
        assert_eq!(Formatter::new(Lang::Ru).number(12345), "12\u{a0}345");
    }

    #[test]
    fn a_date_formatted_again_comes_from_the_cache_unchanged() {
        let ru = Formatter::new(Lang::Ru);
        let dates: Vec<PartialDate> = ["2025-07-14", "2025-07", "2025", "1966-12-16"]
            .iter()
            .map(|d| PartialDate::parse(d).unwrap())
            .collect();
        let first: Vec<String> = dates.iter().map(|d| ru.date(d)).collect();
        // Year, month and day are kept apart: "2025-07" is not "2025" or "2025-07-01".
        assert_eq!(first.len(), 4);
        assert!(first[0] != first[1] && first[1] != first[2], "{first:?}");
        assert_eq!(ru.dates.read().unwrap().len(), 4);
        for (d, text) in dates.iter().zip(&first) {
            assert_eq!(&ru.date(d), text);
            assert_eq!(&ru.format_date(d), text);
        }
        assert_eq!(ru.dates.read().unwrap().len(), 4);
    }

    #[test]
    fn collation_is_per_language() {
        let es = Formatter::new(Lang::Es);
        // Spanish sorts ñ after n; byte order would put "Ñ" after "O".
        assert_eq!(es.compare("Ñandú", "Oso"), Ordering::Less);
    }

    #[test]
    fn text_falls_back_along_the_chain() {
        let mut map = BTreeMap::new();
        map.insert(Lang::Fr, "texte".to_owned());
        let text = Text::from_map(map);
        assert_eq!(
            text.resolve(Lang::Ar, &[Lang::En, Lang::Fr], Lang::En),
            Some((Lang::Fr, "texte"))
        );
        let plain = Text {
            plain: Some("hello".into()),
            ..Text::default()
        };
        assert_eq!(
            plain.resolve(Lang::En, &[], Lang::En),
            Some((Lang::En, "hello"))
        );
        assert_eq!(
            plain.resolve(Lang::Zh, &[Lang::En], Lang::En),
            Some((Lang::En, "hello"))
        );
    }

    #[test]
    fn arabic_plurals_follow_cldr_above_100() {
        let src = "m = { PLURAL($n) ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
        let m = Messages::new(Lang::Ar, &[("x".into(), src.into())])
            .ok()
            .unwrap();
        let get = |n: i64| m.get("m", &[("n", n.into())]).unwrap();
        assert_eq!(
            (get(0), get(1), get(2), get(5)),
            ("zero".into(), "one".into(), "two".into(), "few".into())
        );
        assert_eq!(
            (get(605), get(673), get(100), get(111)),
            ("few".into(), "many".into(), "other".into(), "many".into())
        );
    }

    #[test]
    fn arabic_messages_select_with_plural() {
        let dir = crate::render::BUILTIN_LOCALES.get_dir("ar").unwrap();
        for f in dir.files() {
            let text = f.contents_utf8().unwrap();
            assert!(
                !text.contains("{ $count ->"),
                "{}: select on PLURAL($count), not $count",
                f.path().display()
            );
        }
    }

    #[test]
    fn fluent_plurals_and_syntax_errors() {
        let src = "recs = { $count ->\n [one] one recommendation\n *[other] { $count } recommendations\n}\n";
        let m = Messages::new(Lang::En, &[("a.ftl".into(), src.into())])
            .ok()
            .unwrap();
        assert_eq!(
            m.get("recs", &[("count", 1.into())]).unwrap(),
            "one recommendation"
        );
        assert_eq!(
            m.get("recs", &[("count", 5.into())]).unwrap(),
            "5 recommendations"
        );
        let err = Messages::new(Lang::En, &[("b.ftl".into(), "ok = fine\nbad = {\n".into())])
            .err()
            .unwrap();
        assert_eq!(err[0].0, "b.ftl");
        assert!(err[0].1.line >= 2, "{:?}", err[0].1);
    }
}
