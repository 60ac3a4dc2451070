//! residence-card-guide: must you book a police appointment to get your Norwegian
//! residence card? A one-question-per-page guide in Norwegian (nb, nn) and
//! English, translated into Ukrainian, Arabic, Tigrinya and Somali.
//!
//! - [`rules`]: the decision, pure.
//! - [`web`]: routes, handlers, pages; [`answer_cookie`]: the only state.
//! - [`i18n`]: Fluent messages and language negotiation.
//! - [`operator`]: who runs the guide (named on every page).
//! - [`config`] (with [`public_origin`]), [`startup`], [`connection`], [`telemetry`], [`metrics`], [`healthcheck`]: running it;
//!   [`version`]: which build it is.
//! - [`flow`]: the flow graph and decision table, generated from the rules.
//! - [`content`]: every page state of one language as text, for review.
//! - [`sources`]: the official pages the guide shows, and whether they changed
//!   since a person reviewed them (`residence-card-sources`).

pub mod answer_cookie;
pub mod config;
pub mod connection;
pub mod content;
pub mod flow;
pub mod healthcheck;
pub mod i18n;
pub mod metrics;
pub mod operator;
pub mod public_origin;
pub mod rules;
pub mod sources;
pub mod startup;
pub mod telemetry;
pub mod version;
pub mod web;
