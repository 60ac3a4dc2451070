//! The one error type of the web layer. Each kind renders the localized
//! `error.html` with the right status; nothing here ever shows a 500 for bad input.

use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, ResponseError};

use super::pages::{ErrorPage, html};
use crate::i18n::Lang;

/// What went wrong, from the user's side or (rarely) ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("not found")]
    NotFound,
    /// The path exists but not for this method; carries the `Allow` value.
    #[error("method not allowed")]
    MethodNotAllowed(&'static str),
    #[error("cross-site form post refused")]
    CrossSite,
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("form body is not application/x-www-form-urlencoded")]
    UnsupportedMediaType,
    #[error("form body could not be read")]
    BadForm,
    #[error("internal error")]
    Internal,
}

impl ErrorKind {
    /// The Fluent id stem (`error-<stem>-title`, `error-<stem>-body`).
    pub fn message_stem(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not-found",
            ErrorKind::MethodNotAllowed(_) => "method",
            ErrorKind::CrossSite => "cross-site",
            ErrorKind::PayloadTooLarge => "too-large",
            ErrorKind::UnsupportedMediaType | ErrorKind::BadForm => "bad-form",
            ErrorKind::Internal => "internal",
        }
    }

    pub const ALL: [ErrorKind; 7] = [
        ErrorKind::NotFound,
        ErrorKind::MethodNotAllowed("GET"),
        ErrorKind::CrossSite,
        ErrorKind::PayloadTooLarge,
        ErrorKind::UnsupportedMediaType,
        ErrorKind::BadForm,
        ErrorKind::Internal,
    ];
}

/// An error page for one request: the kind, and the language and path it is shown in.
#[derive(Debug, thiserror::Error)]
#[error("{kind} ({path})")]
pub struct WebError {
    pub kind: ErrorKind,
    pub lang: Lang,
    pub path: String,
}

impl WebError {
    /// The error for `req`, in the language of its path (or its browser's).
    pub fn new(kind: ErrorKind, req: &HttpRequest) -> WebError {
        WebError {
            kind,
            lang: lang_of(req),
            path: req.path().to_owned(),
        }
    }
}

/// The language of a request: its first path segment if that is a language,
/// else what `Accept-Language` asks for.
pub fn lang_of(req: &HttpRequest) -> Lang {
    req.path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Lang::from_code)
        .unwrap_or_else(|| Lang::negotiate(super::accept_language(req)))
}

impl ResponseError for WebError {
    fn status_code(&self) -> StatusCode {
        match self.kind {
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::CrossSite => StatusCode::FORBIDDEN,
            ErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorKind::BadForm => StatusCode::BAD_REQUEST,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if self.kind == ErrorKind::Internal {
            // Not the path: it can name the question a person reached. The
            // request span gives the request id, the access line the route.
            tracing::error!("internal error");
        }
        let page = ErrorPage::new(self.lang, &self.path, self.kind);
        let mut response = html(self.status_code(), &page);
        if let ErrorKind::MethodNotAllowed(allow) = self.kind {
            response
                .headers_mut()
                .insert(ALLOW, HeaderValue::from_static(allow));
        }
        response
    }
}
