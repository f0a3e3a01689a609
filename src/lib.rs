//! suivi: a static site generator for UN human rights recommendations, their implementation,
//! treaty ratifications and reservations, in the six UN languages.
//!
//! The flow goes one way, one stage per module (see `docs/architecture.md`):
//! [`config`] → [`load`] → [`check`] → [`index`] → [`plan`] → [`render`] → [`write`],
//! tied together by [`pipeline`]. [`i18n`] answers every language question.

/// A hash map hashed by `ahash` instead of the standard SipHash: suivi's maps are keyed by the
/// site's own ids, dates and message ids and looked up on every page (a record's updates, its
/// state, each formatted date and label), and SipHash was 1.5 % of the instructions of the
/// example's build without search (docs/performance.md, round 20). Seeded per map like the
/// standard one, from each thread's own source (`render::seed_maps_per_thread`).
pub type HashMap<K, V> = std::collections::HashMap<K, V, ahash::RandomState>;

pub mod check;
pub mod config;
pub mod diag;
pub mod export;
pub mod i18n;
pub mod import;
pub mod incremental;
pub mod index;
pub mod init;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod plan;
pub mod progress;
pub mod reference;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod taxonomy;
pub mod translations;
pub mod write;
