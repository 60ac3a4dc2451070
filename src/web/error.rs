//! The one error type of the web layer. Each kind renders the localized
//! `error.html` with the right status; nothing here ever shows a 500 for bad input.

use std::borrow::Cow;

use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use askama::Template;

use super::cache::Pages;
use super::href::Href;
use super::html::html;
use super::pages::{Chrome, Here, TitleKind};
use super::request_lang::lang_of;
use crate::i18n::{Lang, Tr};
use crate::public_origin::PublicOrigin;

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
    /// `PUBLIC_ORIGIN`, which the page's `<head>` links are absolute on.
    pub origin: PublicOrigin,
}

impl WebError {
    /// The error for `req`, in the language of its path (or its browser's).
    pub fn new(kind: ErrorKind, req: &HttpRequest) -> WebError {
        // Outside the server (no page store), the listening address, as in
        // development.
        let origin = Pages::of(req).map_or_else(
            || PublicOrigin::of_listener(req.app_config().local_addr()),
            |pages| pages.0.origin().clone(),
        );
        WebError {
            kind,
            lang: lang_of(req),
            path: req.path().to_owned(),
            origin,
        }
    }
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
        let page = ErrorPage::new(self.lang, &self.path, self.kind, &self.origin);
        let mut response = html(self.status_code(), &page);
        if let ErrorKind::MethodNotAllowed(allow) = self.kind {
            response
                .headers_mut()
                .insert(ALLOW, HeaderValue::from_static(allow));
        }
        response
    }
}

/// The longest requested path an error page links to in the other languages.
const MAX_LINKED_PATH: usize = 256;

/// Every error page.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub heading: Cow<'static, str>,
    pub body: Cow<'static, str>,
    pub start_href: String,
}

impl ErrorPage {
    /// The page for `kind`; its language links repeat the requested `path`.
    pub fn new(lang: Lang, path: &str, kind: ErrorKind, origin: &PublicOrigin) -> ErrorPage {
        let t = Tr(lang);
        let stem = kind.message_stem();
        let heading = t.get(&format!("error-{stem}-title"));
        // A very long path (no real page has one) gets links to the start pages.
        let here = if path.len() <= MAX_LINKED_PATH {
            Here::Requested(path)
        } else {
            Here::Page(Href::Start)
        };
        ErrorPage {
            t,
            chrome: Chrome::new(lang, &heading, TitleKind::Plain, here, origin),
            body: t.get(&format!("error-{stem}-body")),
            heading,
            start_href: Href::Start.to(lang),
        }
    }
}
