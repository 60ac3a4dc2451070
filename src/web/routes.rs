//! The route map. The README's route table says the same in words; the path
//! patterns come from [`Href`].

use actix_web::middleware::Compress;
use actix_web::{HttpRequest, Route, guard, web};

use super::error::{ErrorKind, WebError};
use super::extract;
use super::handlers as h;
use super::href::{self, Href};
use crate::i18n::Lang;

/// Every route.
///
/// Everything under a language sits in one `/{lang}` scope: the language
/// segment is matched once, the fixed pages inside it by plain string
/// comparison, and only `/{question}` by pattern (sibling `/{lang}/…`
/// patterns would each cost a regex search on every request).
pub fn routes(cfg: &mut web::ServiceConfig) {
    const GET: &str = "GET, HEAD";
    let page = |href: Href| web::resource(href.pattern());
    cfg.app_data(extract::form_config())
        .service(only(
            GET,
            web::resource("/").route(get_or_head().to(h::root)),
        ))
        .service(only(
            GET,
            web::resource(href::HEALTHZ).route(get_or_head().to(h::healthz)),
        ))
        // Only the stylesheet is compressed: browsers fetch it once and cache
        // it, while gzip on every 2-4 KB page costs far more than it saves
        // (figures in docs/operations.md).
        .service(
            only(
                GET,
                web::resource(href::STYLESHEET).route(get_or_head().to(h::stylesheet)),
            )
            .wrap(Compress::default()),
        )
        .service(
            web::scope(href::LANG_SCOPE)
                .service(only(
                    GET,
                    web::resource("").route(get_or_head().to(h::lang_root)),
                ))
                .service(only(
                    GET,
                    page(Href::Start).route(get_or_head().to(h::start)),
                ))
                .service(only(
                    GET,
                    page(Href::Result).route(get_or_head().to(h::result)),
                ))
                .service(only(
                    "POST",
                    page(Href::StartAgain).route(web::post().to(h::start_again)),
                ))
                .service(only(
                    "POST",
                    page(Href::Feedback).route(web::post().to(h::feedback)),
                ))
                .service(only(
                    GET,
                    page(Href::Accessibility).route(get_or_head().to(h::accessibility)),
                ))
                .service(only(
                    GET,
                    page(Href::About).route(get_or_head().to(h::about)),
                ))
                .service(only(
                    "GET, HEAD, POST",
                    web::resource(href::QUESTION_PATTERN)
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
