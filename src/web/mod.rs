//! The web layer: routes, thin handlers, extractors, pages and security headers.
//!
//! A handler parses the request into typed values (language, question, saved
//! answers, the chosen option), asks the rules for the next step, and renders a
//! page or redirects. Nothing here decides the route.
//!
//! Modules point one way: `routes` → `handlers` → (`extract`, `cache`) →
//! `pages` → (`href`, `crawl`, `html`, `assets`); `error` renders its page with
//! `pages`' layout, on the origin of the server's page store (`cache`). Every
//! URL is made by [`Href`].

pub mod assets;
pub mod cache;
pub mod crawl;
mod error;
mod extract;
mod handlers;
pub mod href;
mod html;
pub mod lifecycle;
pub mod pages;
mod request_lang;
mod routes;
pub mod security;

pub use error::{ErrorKind, WebError};
pub use href::Href;
pub use routes::routes;
