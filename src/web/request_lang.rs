//! The language a request asks for, before any extractor has run.

use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;

use super::href::lang_of_path;
use crate::i18n::Lang;

/// The request's `Accept-Language`, if it is readable text.
pub fn accept_language(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
}

/// The language of a request: its first path segment if that is a language,
/// else what `Accept-Language` asks for.
pub fn lang_of(req: &HttpRequest) -> Lang {
    lang_of_path(req.path()).unwrap_or_else(|| Lang::negotiate(accept_language(req)))
}
