//! The web layer: routes, thin handlers, extractors and security headers.
//!
//! A handler parses the request into typed values (language, question, saved
//! answers, the chosen option), asks the rules for the next step, and renders a
//! page or redirects. Nothing here decides the route.

pub mod cache;
mod error;
mod extract;
mod handlers;
mod pages;
pub mod security;
pub mod text;

use std::sync::LazyLock;

use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::middleware::Compress;
use actix_web::{HttpRequest, Route, guard, web};

pub use error::{ErrorKind, WebError};
pub use pages::step_href;

use crate::answer_cookie::CookieKeys;
use crate::i18n::Lang;
use crate::rules::Question;

/// What every handler may need, shared by all workers.
#[derive(Clone)]
pub struct AppState {
    pub keys: CookieKeys,
    /// Add `Secure` to the cookie (production).
    pub secure_cookie: bool,
}

/// The stylesheet, embedded in the binary.
pub const STYLESHEET: &str = include_str!("../../static/style.css");

/// The stylesheet's URL, with a hash of its content so it can be cached forever.
pub static STYLESHEET_URL: LazyLock<String> = LazyLock::new(|| {
    // FNV-1a: stable across builds and Rust versions, unlike DefaultHasher.
    let hash = STYLESHEET.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("/static/style.css?v={hash:016x}")
});

/// The largest form body accepted; a real one is under 100 bytes.
pub const FORM_LIMIT: usize = 4 * 1024;

/// The route map. See the README for the same table in words.
///
/// Everything under a language sits in one `/{lang}` scope: the language
/// segment is matched once, the fixed pages inside it by plain string
/// comparison, and only `/{question}` by pattern. (Ten sibling `/{lang}/…`
/// patterns cost a regex search each on every request: a fifth of the CPU of a
/// question page under load.)
pub fn routes(cfg: &mut web::ServiceConfig) {
    use handlers as h;
    const GET: &str = "GET, HEAD";
    cfg.app_data(extract::form_config())
        .service(only(
            GET,
            web::resource("/").route(get_or_head().to(h::root)),
        ))
        .service(only(
            GET,
            web::resource("/healthz").route(get_or_head().to(h::healthz)),
        ))
        // Only the stylesheet is compressed: browsers fetch it once and cache
        // it. A page is 2-4 KB; gzip would save ~2 KB of it but cut the
        // throughput tenfold (actix gzips a body over 1 KiB on the blocking
        // pool, with a fresh encoder per response).
        .service(
            only(
                GET,
                web::resource("/static/style.css").route(get_or_head().to(h::stylesheet)),
            )
            .wrap(Compress::default()),
        )
        .service(
            web::scope("/{lang}")
                .service(only(
                    GET,
                    web::resource("").route(get_or_head().to(h::lang_root)),
                ))
                .service(only(
                    GET,
                    web::resource("/").route(get_or_head().to(h::start)),
                ))
                .service(only(
                    GET,
                    web::resource("/result").route(get_or_head().to(h::result)),
                ))
                .service(only(
                    "POST",
                    web::resource("/start-again").route(web::post().to(h::start_again)),
                ))
                .service(only(
                    GET,
                    web::resource("/accessibility").route(get_or_head().to(h::accessibility)),
                ))
                .service(only(
                    GET,
                    web::resource("/about-this-guide").route(get_or_head().to(h::about)),
                ))
                .service(only(
                    "GET, HEAD, POST",
                    web::resource("/{question}")
                        .route(get_or_head().to(h::question))
                        .route(web::post().to(h::answer)),
                )),
        )
        .default_service(web::to(h::not_found));
}

/// GET, and HEAD (actix sends no body for HEAD).
fn get_or_head() -> Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// Answers any other method on `resource` with a localized 405 and `Allow`;
/// under a language that does not exist (`PUT /de/`), 404 as for `GET`.
fn only(allow: &'static str, resource: actix_web::Resource) -> actix_web::Resource {
    resource.default_service(web::to(move |req: HttpRequest| async move {
        let kind = match req.match_info().get("lang") {
            Some(code) if Lang::from_code(code).is_none() => ErrorKind::NotFound,
            _ => ErrorKind::MethodNotAllowed(allow),
        };
        Err::<actix_web::HttpResponse, _>(WebError::new(kind, &req))
    }))
}

/// The request's `Accept-Language`, if it is readable text.
pub fn accept_language(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
}

/// `/{lang}/`
pub fn start_href(lang: Lang) -> String {
    format!("/{}/", lang.code())
}

/// `/{lang}/{question}`
pub fn question_href(lang: Lang, question: Question) -> String {
    format!("/{}/{}", lang.code(), question.slug())
}
