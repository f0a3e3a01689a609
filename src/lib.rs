//! suivi: a static site generator for UN human rights recommendations, their implementation,
//! treaty ratifications and reservations, in the six UN languages.
//!
//! The flow goes one way, one stage per module (see `docs/architecture.md`):
//! [`config`] → [`load`] → [`check`] → [`index`] → [`plan`] → [`render`] → [`write`],
//! tied together by [`pipeline`]. [`i18n`] answers every language question.

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
