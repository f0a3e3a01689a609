//! State names to ISO 3166-1 alpha-3 codes, across the spellings the sources use.
//!
//! A name is looked up, after [`normalise`], among: the aliases (`reference/state_aliases.yaml`,
//! plus any given on the command line), then the UN names of `reference/states.yaml` (short and
//! formal, six languages), then the codes themselves (`SVN`). Nothing is guessed: an unknown or
//! ambiguous name gives an error that the importer reports with its file and row.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;

use crate::reference::Reference;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasFile {
    aliases: BTreeMap<String, String>,
    not_states: Vec<String>,
    iso2_quirks: BTreeMap<String, String>,
}

const ALIASES: &str = include_str!("../../reference/state_aliases.yaml");

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    Unknown,
    NotAState,
    Ambiguous(Vec<String>),
}

impl NameError {
    pub fn describe(&self, name: &str) -> String {
        match self {
            NameError::Unknown => format!(
                "unknown state name \"{name}\" (add it to reference/state_aliases.yaml or pass --alias \"{name}=ISO3\")"
            ),
            NameError::NotAState => format!("\"{name}\" is not a state"),
            NameError::Ambiguous(codes) => format!(
                "state name \"{name}\" is ambiguous ({}); pass --alias \"{name}=ISO3\"",
                codes.join(", ")
            ),
        }
    }
}

pub struct StateNames {
    index: HashMap<String, String>,
    ambiguous: HashMap<String, Vec<String>>,
    not_states: BTreeSet<String>,
    iso2: HashMap<String, String>,
    codes: BTreeSet<String>,
}

/// Folds a Latin letter with a diacritic to its base letter (the accents found in state names).
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ţ' | 'ț' | 'ť' => "t",
        'ž' | 'ź' | 'ż' => "z",
        'ğ' => "g",
        'ł' => "l",
        'ř' => "r",
        'ď' => "d",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        '’' | '‘' | 'ʼ' | '`' | '´' => "'",
        '“' | '”' => "\"",
        '&' => " and ",
        '\u{a0}' | '\u{202f}' => " ",
        _ => return None,
    })
}

/// The matching key of a name: lower case, accents folded, quotes straightened, `&` read as
/// "and", spaces collapsed, a trailing footnote `*` and a trailing "(the)" (UNTERM's article in
/// any of its languages) dropped, and a leading "the " dropped.
pub fn normalise(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(r) => s.push_str(r),
            None => s.push(c),
        }
    }
    let mut s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = s.len();
        s = s.trim_end_matches('*').trim_end().to_string();
        for art in [
            "(the)", "(l')", "(la)", "(le)", "(les)", "(el)", "(los)", "(las)",
        ] {
            if let Some(x) = s.strip_suffix(art) {
                s = x.trim_end().to_string();
            }
        }
        if s.len() == before {
            break;
        }
    }
    if let Some(x) = s.strip_prefix("the ") {
        s = x.to_string();
    }
    s.trim().to_string()
}

impl StateNames {
    /// The built-in names and aliases, plus `extra` aliases (name → ISO3).
    pub fn new(reference: &Reference, extra: &[(String, String)]) -> StateNames {
        let file: AliasFile = serde_saphyr::from_str(ALIASES)
            .unwrap_or_else(|e| panic!("built-in reference/state_aliases.yaml is invalid: {e}"));
        let codes: BTreeSet<String> = reference.states.iter().map(|s| s.id.clone()).collect();
        let mut from_ref: HashMap<String, BTreeSet<String>> = HashMap::new();
        for st in &reference.states {
            for text in [Some(&st.name), st.formal_name.as_ref()]
                .into_iter()
                .flatten()
            {
                for n in text.by_lang.values() {
                    from_ref
                        .entry(normalise(n))
                        .or_default()
                        .insert(st.id.clone());
                }
            }
        }
        let mut index = HashMap::new();
        let mut ambiguous = HashMap::new();
        for (k, set) in from_ref {
            if k.is_empty() {
                continue;
            }
            if set.len() == 1 {
                index.insert(k, set.into_iter().next().unwrap_or_default());
            } else {
                ambiguous.insert(k, set.into_iter().collect());
            }
        }
        for (name, code) in file.aliases.iter().chain(extra.iter().map(|(a, b)| (a, b))) {
            let k = normalise(name);
            ambiguous.remove(&k);
            index.insert(k, code.to_uppercase());
        }
        let iso2 = reference
            .states
            .iter()
            .filter_map(|s| s.iso2.clone().map(|i| (i, s.id.clone())))
            .chain(file.iso2_quirks)
            .collect();
        StateNames {
            index,
            ambiguous,
            not_states: file.not_states.iter().map(|n| normalise(n)).collect(),
            iso2,
            codes,
        }
    }

    /// The ISO3 code of `name`, which must be a state of the reference data.
    pub fn iso3(&self, name: &str) -> Result<String, NameError> {
        let name = name.trim();
        if name.len() == 3
            && name.chars().all(|c| c.is_ascii_uppercase())
            && self.codes.contains(name)
        {
            return Ok(name.to_string());
        }
        let k = normalise(name);
        if k.is_empty() {
            return Err(NameError::Unknown);
        }
        if self.not_states.contains(&k) {
            return Err(NameError::NotAState);
        }
        if let Some(c) = self.index.get(&k) {
            return if self.codes.contains(c) {
                Ok(c.clone())
            } else {
                Err(NameError::Unknown)
            };
        }
        if let Some(codes) = self.ambiguous.get(&k) {
            return Err(NameError::Ambiguous(codes.clone()));
        }
        Err(NameError::Unknown)
    }

    /// The ISO3 code for an ISO 3166-1 alpha-2 code (with the known quirks of some tables).
    pub fn from_iso2(&self, iso2: &str) -> Option<String> {
        self.iso2
            .get(iso2.trim())
            .filter(|c| self.codes.contains(*c))
            .cloned()
    }

    pub fn is_state(&self, iso3: &str) -> bool {
        self.codes.contains(iso3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> StateNames {
        StateNames::new(&Reference::builtin(), &[("Atlantis".into(), "GRC".into())])
    }

    #[test]
    fn spellings_map_to_codes() {
        let n = names();
        for (name, code) in [
            ("Venezuela (Bolivarian Republic of)", "VEN"),
            ("Venezuela", "VEN"),
            ("Türkiye", "TUR"),
            ("Turkey", "TUR"),
            ("Czechia", "CZE"),
            ("Czech Republic", "CZE"),
            ("Côte d’Ivoire", "CIV"),
            ("Cote d'Ivoire", "CIV"),
            (
                "United Kingdom of Great Britain and Northern Ireland",
                "GBR",
            ),
            ("Netherlands (the)", "NLD"),
            ("the Holy See", "VAT"),
            ("Congo", "COG"),
            ("Democratic Republic of the Congo", "COD"),
            ("Bosnia & Herzegovina", "BIH"),
            ("Slovénie (la)", "SVN"),
            ("Словения", "SVN"),
            ("斯洛文尼亚", "SVN"),
            ("SVN", "SVN"),
            ("Atlantis", "GRC"),
        ] {
            assert_eq!(n.iso3(name).as_deref(), Ok(code), "{name}");
        }
    }

    #[test]
    fn unknown_names_are_not_guessed() {
        let n = names();
        assert_eq!(n.iso3("Narnia"), Err(NameError::Unknown));
        assert_eq!(n.iso3("Venezuel"), Err(NameError::Unknown));
        assert_eq!(n.iso3("European Union"), Err(NameError::NotAState));
        assert_eq!(n.iso3(""), Err(NameError::Unknown));
        assert_eq!(n.iso3("XYZ"), Err(NameError::Unknown));
        assert_eq!(n.from_iso2("TP").as_deref(), Some("TLS"));
        assert_eq!(n.from_iso2("SI").as_deref(), Some("SVN"));
    }

    #[test]
    fn normalise_folds_case_accents_and_articles() {
        assert_eq!(normalise("  The  Gambia "), "gambia");
        assert_eq!(normalise("Holy See (the) *"), "holy see");
        assert_eq!(normalise("Türkiye"), "turkiye");
        assert_eq!(normalise("Antigua & Barbuda"), "antigua and barbuda");
    }
}
