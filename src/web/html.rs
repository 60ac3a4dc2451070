//! HTML responses: a rendered template with its status and content type.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::web::Bytes;
use askama::Template;

/// Renders a page as an HTML response with `status`.
pub fn html(status: StatusCode, page: &impl Template) -> HttpResponse {
    match render(page) {
        Some(body) => html_bytes(status, body),
        None => HttpResponse::InternalServerError().finish(),
    }
}

/// The page's HTML; `None` (logged) if the template fails, which only a bug can cause.
pub fn render(page: &impl Template) -> Option<Bytes> {
    page.render()
        .map(Bytes::from)
        .map_err(|error| tracing::error!(%error, "template failed to render"))
        .ok()
}

/// An HTML response with `status` and this rendered `body`.
pub fn html_bytes(status: StatusCode, body: Bytes) -> HttpResponse {
    let mut response = HttpResponse::with_body(status, body).map_into_boxed_body();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}
