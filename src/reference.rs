//! Reference data that every site needs, shipped inside the binary: states with their UN names in
//! six languages, the 18 instruments, the mechanisms, SDG goals and targets, UHRI themes and
//! affected persons. The YAML files in `reference/` are generated from public sources by
//! `scripts/refdata.py`; their provenance is in `reference/README.md`.

use serde::Deserialize;

use crate::i18n::{Lang, Text};

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub id: String,
    pub iso2: Option<String>,
    pub m49: Option<String>,
    pub membership: String,
    pub regional_group: Option<String>,
    pub name: Text,
    pub formal_name: Option<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treaty {
    pub id: String,
    pub kind: String,
    pub parent: Option<String>,
    pub mtdsg: Option<String>,
    pub abbr: String,
    pub name: Text,
    pub full_name: Text,
    #[serde(default)]
    pub unverified: Vec<Lang>,
    pub adopted: Option<crate::i18n::PartialDate>,
    pub entry_into_force: Option<crate::i18n::PartialDate>,
    pub body: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub abbr: String,
    pub name: Text,
    #[serde(default)]
    pub unverified: Vec<Lang>,
    #[serde(default)]
    pub treaties: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SdgGoal {
    pub id: String,
    pub short: Text,
    pub title: Text,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SdgTarget {
    pub id: String,
    pub goal: String,
    pub title: Text,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sdgs {
    pub goals: Vec<SdgGoal>,
    pub targets: Vec<SdgTarget>,
}

/// A UHRI theme or affected-persons group.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub code: Option<String>,
    pub label: Text,
}

#[derive(Clone, Debug)]
pub struct Reference {
    pub states: Vec<State>,
    pub treaties: Vec<Treaty>,
    pub mechanisms: Vec<Mechanism>,
    pub sdgs: Sdgs,
    pub themes: Vec<Term>,
    pub affected_persons: Vec<Term>,
}

fn parse<T: for<'de> Deserialize<'de>>(name: &str, yaml: &str) -> T {
    serde_saphyr::from_str(yaml)
        .unwrap_or_else(|e| panic!("built-in reference file {name} is invalid: {e}"))
}

impl Reference {
    /// The reference data built into this binary. The files are checked by a unit test, so a
    /// failure here is a bug in the build, not in a user's site.
    pub fn builtin() -> std::sync::Arc<Reference> {
        // Parsed once per process and shared: `serve` loads the site again at every edit.
        static PARSED: std::sync::OnceLock<std::sync::Arc<Reference>> = std::sync::OnceLock::new();
        PARSED
            .get_or_init(|| std::sync::Arc::new(Self::parse_builtin()))
            .clone()
    }

    fn parse_builtin() -> Reference {
        Reference {
            states: parse("states.yaml", include_str!("../reference/states.yaml")),
            treaties: parse("treaties.yaml", include_str!("../reference/treaties.yaml")),
            mechanisms: parse(
                "mechanisms.yaml",
                include_str!("../reference/mechanisms.yaml"),
            ),
            sdgs: parse("sdgs.yaml", include_str!("../reference/sdgs.yaml")),
            themes: parse("themes.yaml", include_str!("../reference/themes.yaml")),
            affected_persons: parse(
                "affected_persons.yaml",
                include_str!("../reference/affected_persons.yaml"),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_reference_is_complete() {
        let r = Reference::builtin();
        assert_eq!(r.treaties.len(), 18);
        assert_eq!(r.sdgs.goals.len(), 17);
        assert_eq!(r.sdgs.targets.len(), 169);
        let members = r.states.iter().filter(|s| s.membership == "member").count();
        assert_eq!(members, 193);
        let bolivia = r.states.iter().find(|s| s.id == "BOL").unwrap();
        assert_eq!(
            bolivia.name.by_lang[&Lang::En],
            "Bolivia (Plurinational State of)"
        );
        for s in &r.states {
            assert!(
                s.name.by_lang.contains_key(&Lang::En),
                "{} has no English name",
                s.id
            );
        }
        for g in &r.sdgs.goals {
            assert_eq!(g.title.by_lang.len(), 6, "goal {} lacks a language", g.id);
        }
    }
}
