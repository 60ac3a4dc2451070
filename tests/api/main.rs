//! HTTP tests against the real app on a loopback port. One test binary.

mod claims;
#[path = "../common/mod.rs"]
mod common;
mod cookie;
mod found;
mod helpers;
mod hostile;
mod instances;
mod journeys;
mod metrics;
mod pages;
mod questions;
mod raw;
mod redirects;
mod security;
mod store;
