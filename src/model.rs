//! The content model as plain data: what `load` produces and every later stage reads. Field names
//! follow `docs/content.md`, which is the contract with site authors. References to other records
//! keep their source position (`Spanned`), so that `check` can point at the exact spot.

use serde::Deserialize;
pub use serde_saphyr::Spanned;

use crate::i18n::{Lang, PartialDate, Text};

/// Where a record came from: a file (relative to the site root) and the line offset of its YAML
/// inside that file (non-zero for Markdown front matter).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    pub file: std::path::PathBuf,
    pub line_offset: usize,
}

impl Origin {
    /// The file position of a YAML location.
    pub fn at<T>(&self, s: &Spanned<T>) -> (usize, usize) {
        (
            s.referenced.line() as usize + self.line_offset,
            s.referenced.column() as usize,
        )
    }
}

pub type Id = Spanned<String>;

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: Option<String>,
    pub as_of: Option<PartialDate>,
    pub title: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct DocumentRef {
    pub document: String,
    pub paragraph: Option<String>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Supported,
    PartiallySupported,
    Noted,
    Pending,
    NotApplicable,
    Unknown,
}

impl Position {
    pub const ALL: [Position; 6] = [
        Position::Supported,
        Position::PartiallySupported,
        Position::Noted,
        Position::Pending,
        Position::NotApplicable,
        Position::Unknown,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Position::Supported => "supported",
            Position::PartiallySupported => "partially_supported",
            Position::Noted => "noted",
            Position::Pending => "pending",
            Position::NotApplicable => "not_applicable",
            Position::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RecommendationType {
    #[default]
    Recommendation,
    Observation,
}

impl RecommendationType {
    pub fn id(self) -> &'static str {
        match self {
            RecommendationType::Recommendation => "recommendation",
            RecommendationType::Observation => "observation",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: Id,
    pub uhri_id: Option<String>,
    pub mechanism: Id,
    pub state: Id,
    pub document: String,
    pub paragraph: Option<String>,
    pub date: Option<PartialDate>,
    pub upr_cycle: Option<u8>,
    pub upr_session: Option<u16>,
    #[serde(default, rename = "type")]
    pub kind: RecommendationType,
    pub text: Spanned<Text>,
    #[serde(default)]
    pub unofficial: Vec<Lang>,
    #[serde(default)]
    pub recommending_states: Vec<Id>,
    pub position: Option<Position>,
    pub position_source: Option<DocumentRef>,
    pub position_note: Option<Text>,
    #[serde(default)]
    pub themes: Vec<Id>,
    #[serde(default)]
    pub affected_persons: Vec<Id>,
    #[serde(default)]
    pub sdg_goals: Vec<Id>,
    #[serde(default)]
    pub sdg_targets: Vec<Id>,
    #[serde(default)]
    pub clusters: Vec<Id>,
    #[serde(default)]
    pub responsible: Vec<Text>,
    #[serde(default)]
    pub related: Vec<Id>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub archived: bool,
    pub source: Option<Source>,
    /// Markdown commentary (the body of a `.md` record), rendered to safe HTML by `render`.
    #[serde(skip)]
    pub commentary: Option<String>,
    #[serde(skip, default = "default_origin")]
    pub origin: Origin,
}

fn default_origin() -> Origin {
    Origin {
        file: Default::default(),
        line_offset: 0,
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Assessor {
    Government,
    Nhri,
    CivilSociety,
    UnFollowUp,
    Other,
}

impl Assessor {
    pub const ALL: [Assessor; 5] = [
        Assessor::Government,
        Assessor::Nhri,
        Assessor::CivilSociety,
        Assessor::UnFollowUp,
        Assessor::Other,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Assessor::Government => "government",
            Assessor::Nhri => "nhri",
            Assessor::CivilSociety => "civil_society",
            Assessor::UnFollowUp => "un_follow_up",
            Assessor::Other => "other",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub title: Option<Text>,
    pub url: Option<String>,
    pub document: Option<String>,
}

/// The front matter of an update's main file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeta {
    pub recommendations: Vec<Id>,
    pub date: Spanned<PartialDate>,
    pub assessor: Assessor,
    pub assessor_name: Option<Text>,
    pub status: Id,
    pub title: Option<Text>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub example: bool,
}

/// The front matter of an update's translation file: only a title.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationMeta {
    pub title: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Update {
    pub id: String,
    pub meta: UpdateMeta,
    /// Markdown narrative per language.
    pub body: std::collections::BTreeMap<Lang, String>,
    pub translated_titles: std::collections::BTreeMap<Lang, String>,
    pub origin: Origin,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum RatificationStatus {
    Party,
    Signatory,
    NoAction,
    Withdrawn,
}

impl RatificationStatus {
    pub fn id(self) -> &'static str {
        match self {
            RatificationStatus::Party => "party",
            RatificationStatus::Signatory => "signatory",
            RatificationStatus::NoAction => "no_action",
            RatificationStatus::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ConsentType {
    Ratification,
    Accession,
    Succession,
    Acceptance,
    Approval,
    FormalConfirmation,
}

impl ConsentType {
    pub fn id(self) -> &'static str {
        match self {
            ConsentType::Ratification => "ratification",
            ConsentType::Accession => "accession",
            ConsentType::Succession => "succession",
            ConsentType::Acceptance => "acceptance",
            ConsentType::Approval => "approval",
            ConsentType::FormalConfirmation => "formal_confirmation",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureAcceptance {
    pub article: Option<String>,
    pub kind: Option<String>,
    pub date: Option<PartialDate>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatyStatus {
    pub status: RatificationStatus,
    pub signature_date: Option<PartialDate>,
    pub consent_date: Option<PartialDate>,
    pub consent_type: Option<ConsentType>,
    #[serde(default)]
    pub procedures: Vec<ProcedureAcceptance>,
    pub notes: Option<Text>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateRatifications {
    pub state: Id,
    pub as_of: Option<PartialDate>,
    pub source: Option<Source>,
    pub treaties: std::collections::BTreeMap<String, Spanned<TreatyStatus>>,
    #[serde(skip, default = "default_origin")]
    pub origin: Origin,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ReservationKind {
    Reservation,
    Declaration,
    InterpretativeDeclaration,
    Objection,
    Withdrawal,
    PartialWithdrawal,
    ReservationsAndDeclarations,
}

impl ReservationKind {
    pub fn id(self) -> &'static str {
        match self {
            ReservationKind::Reservation => "reservation",
            ReservationKind::Declaration => "declaration",
            ReservationKind::InterpretativeDeclaration => "interpretative_declaration",
            ReservationKind::Objection => "objection",
            ReservationKind::Withdrawal => "withdrawal",
            ReservationKind::PartialWithdrawal => "partial_withdrawal",
            ReservationKind::ReservationsAndDeclarations => "reservations_and_declarations",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ReservationStatus {
    #[default]
    InForce,
    Withdrawn,
    PartiallyWithdrawn,
}

impl ReservationStatus {
    pub fn id(self) -> &'static str {
        match self {
            ReservationStatus::InForce => "in_force",
            ReservationStatus::Withdrawn => "withdrawn",
            ReservationStatus::PartiallyWithdrawn => "partially_withdrawn",
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Occasion {
    Signature,
    Consent,
    Later,
}

impl Occasion {
    pub fn id(self) -> &'static str {
        match self {
            Occasion::Signature => "signature",
            Occasion::Consent => "consent",
            Occasion::Later => "later",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reservation {
    pub id: Option<Id>,
    pub state: Id,
    pub treaty: Id,
    pub kind: ReservationKind,
    #[serde(default)]
    pub articles: Vec<String>,
    pub date: Option<PartialDate>,
    pub occasion: Option<Occasion>,
    pub text: Spanned<Text>,
    #[serde(default)]
    pub status: ReservationStatus,
    pub withdrawn_date: Option<PartialDate>,
    pub objection_to: Option<Id>,
    pub source: Option<Source>,
    #[serde(skip, default = "default_origin")]
    pub origin: Origin,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageMeta {
    pub title: String,
    pub description: Option<String>,
    #[serde(default)]
    pub weight: i32,
    pub menu: Option<bool>,
}

/// One narrative page in one language (`content/pages/<slug>.<lang>.md`).
#[derive(Clone, Debug)]
pub struct PageFile {
    pub slug: String,
    pub lang: Lang,
    pub meta: PageMeta,
    pub body: String,
    pub origin: Origin,
}

/// Everything `load` read from a site, before checking.
#[derive(Debug, Default)]
pub struct Content {
    pub recommendations: Vec<Recommendation>,
    pub updates: Vec<Update>,
    pub ratifications: Vec<StateRatifications>,
    pub reservations: Vec<Reservation>,
    pub pages: Vec<PageFile>,
}
