//! The route map. The README's route table says the same in words; the path
//! patterns come from [`Href`].

use actix_web::http::Method;
use actix_web::middleware::Compress;
use actix_web::{Resource, Route, Scope, guard, web};

use super::error::{ErrorKind, WebError};
use super::extract;
use super::handlers as h;
use super::href::{self, Href, Routed, route_label};
use crate::i18n::Lang;
use crate::rules::Question;

/// Every route.
///
/// Each language has a scope of its own (`/nb`, `/en`, …) and each question a
/// resource of its own (`/application-date`, …), made from `Lang::ALL` and
/// `Question::ALL`: every path the router knows is plain text, so finding a
/// route is a few string comparisons. (One `/{lang}/{question}` pattern cost a
/// regular-expression search, twice, on every request: docs/operations.md.)
/// The language and the question come typed with the scope's and the
/// resource's data, and every resource carries its route label ([`Routed`]),
/// the pattern it stands for. (Putting the most asked-for pages first saved
/// a few comparisons but doubled the p99 measured by a wrk on the same cores,
/// for no reason found: docs/operations.md, issue 15.)
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.app_data(extract::form_config())
        .service(only(
            GET,
            fixed(href::ROOT).route(get_or_head().to(h::root)),
        ))
        .service(only(
            GET,
            fixed(href::HEALTHZ).route(get_or_head().to(h::healthz)),
        ))
        // Only the stylesheet is compressed: browsers fetch it once and cache
        // it, while gzip on every 2-4 KB page costs far more than it saves
        // (figures in docs/operations.md).
        .service(
            only(
                GET,
                fixed(href::STYLESHEET).route(get_or_head().to(h::stylesheet)),
            )
            .wrap(Compress::default()),
        )
        .service(only(
            GET,
            fixed(href::ICON).route(get_or_head().to(h::icon)),
        ))
        .service(only(
            GET,
            fixed(href::FAVICON_ICO).route(get_or_head().to(h::favicon_ico)),
        ))
        .service(only(
            GET,
            fixed(href::ROBOTS_TXT).route(get_or_head().to(h::robots_txt)),
        ))
        .service(only(
            GET,
            fixed(href::SITEMAP_XML).route(get_or_head().to(h::sitemap_xml)),
        ));
    for lang in Lang::ALL {
        cfg.service(language(lang));
    }
    cfg.default_service(web::to(h::not_found));
}

const GET: &str = "GET, HEAD";

/// Every page in `lang`, under `/{code}`.
fn language(lang: Lang) -> Scope {
    let page = |href: Href| web::resource(href.path()).app_data(Routed(href.route_label()));
    let scope = web::scope(&href::lang_scope(lang))
        .app_data(lang)
        .service(only(
            GET,
            web::resource("")
                .app_data(Routed(route_label(Some(href::LANG_SCOPE))))
                .route(get_or_head().to(h::lang_root)),
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
            page(Href::StartAgain).route(post().to(h::start_again)),
        ))
        .service(only(
            "POST",
            page(Href::Feedback).route(post().to(h::feedback)),
        ))
        .service(only(
            GET,
            page(Href::Accessibility).route(get_or_head().to(h::accessibility)),
        ))
        .service(only(
            GET,
            page(Href::About).route(get_or_head().to(h::about)),
        ));
    Question::ALL.into_iter().fold(scope, |scope, question| {
        scope.service(only(
            "GET, HEAD, POST",
            page(Href::Question(question))
                .app_data(question)
                .route(get_or_head().to(h::question))
                .route(post().to(h::answer)),
        ))
    })
}

/// A resource outside the languages, labelled with its own path.
fn fixed(path: &'static str) -> Resource {
    web::resource(path).app_data(Routed(route_label(Some(path))))
}

/// GET, and HEAD (actix sends no body for HEAD).
fn get_or_head() -> Route {
    method(|m| m == Method::GET || m == Method::HEAD)
}

/// POST.
fn post() -> Route {
    method(|m| m == Method::POST)
}

/// A route for the methods `allowed` takes. Not actix's method guards: they
/// note every method they check in the request's extensions (a vector and a
/// map entry for each request), for an `Allow` that [`only`] makes itself.
fn method(allowed: fn(&Method) -> bool) -> Route {
    web::route().guard(guard::fn_guard(move |ctx| allowed(&ctx.head().method)))
}

/// Answers any other method on `resource` with a localized 405 and `Allow`.
fn only(allow: &'static str, resource: Resource) -> Resource {
    resource.default_service(web::to(move |req: actix_web::HttpRequest| async move {
        Err::<actix_web::HttpResponse, _>(WebError::new(ErrorKind::MethodNotAllowed(allow), &req))
    }))
}
