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
        .map(|html| Bytes::from(without_indentation(&html)))
        .map_err(|error| tracing::error!(%error, "template failed to render"))
        .ok()
}

/// The HTML without the templates' indentation: a tenth of a page, sent to
/// every phone for nothing. No page has preformatted text, so every run of
/// whitespace it removes stands next to a newline that stays, and the page
/// reads and renders the same.
fn without_indentation(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for line in html.lines() {
        out.push_str(line.trim_start());
        out.push('\n');
    }
    out
}

/// An HTML response with `status` and this rendered `body`.
pub fn html_bytes(status: StatusCode, body: Bytes) -> HttpResponse {
    let mut response = HttpResponse::with_body(status, body).map_into_boxed_body();
    // A new response has no headers: `append` adds this one without handing
    // back old values as `insert` does (a copy less on every page).
    response.headers_mut().append(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn indentation_goes_and_every_line_stays() {
        let html = "<ul>\n  <li>a b</li>\n\t<li>  c</li>\n</ul>";
        assert_eq!(
            super::without_indentation(html),
            "<ul>\n<li>a b</li>\n<li>  c</li>\n</ul>\n"
        );
    }
}
