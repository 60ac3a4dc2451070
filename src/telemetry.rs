//! Logging, and the HTTP metrics (counted where the access line is written).
//! `RUST_LOG` filters (default `info`); `LOG_FORMAT=json` writes one
//! JSON object a line. Every request gets a span with a request id, and one
//! access line when it is answered (see [`RequestSpan`]; the middleware is
//! [`RequestLogger`]). No answer, form value, cookie, query string or concrete
//! path is ever recorded.

mod request_log;

use std::io::IsTerminal;
use std::time::Instant;

use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::{Error, web};
use tracing::Span;
use tracing_subscriber::EnvFilter;

pub use request_log::{RequestId, RequestLogger};

use crate::metrics::Counts;
use crate::metrics::UNMATCHED;
use crate::web::href::{HEALTHZ, Routed};

/// Installs the global subscriber once; later calls do nothing.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only on a terminal: in a container they would litter the log.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stdout().is_terminal());
    let _ = if std::env::var("LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// The middleware that gives each request its span and access line.
pub fn request_logger() -> RequestLogger {
    RequestLogger
}

/// The span of one request, and its access line.
///
/// The span carries only `request_id` and `method` (one of the methods HTTP
/// defines, else `other`: [`method_label`]): anything logged while the
/// request is handled carries both. When the response is ready one line says
/// `route`, `status` and `ms`:
///
/// ```text
/// INFO request{request_id=… method=POST}: residence_card_guide::telemetry: answered route="/{lang}/{question}" status=422 ms=0.12
/// ```
///
/// That line is at `error` for a 5xx, `info` for a 4xx, and `debug` for the
/// rest (`RUST_LOG=residence_card_guide=debug` shows every request): a line per
/// successful request costs much of the throughput (docs/operations.md), and
/// the load balancer in front already logs every request.
///
/// The route is the *pattern*, never the path: which question a person is on
/// reveals earlier answers (only someone who answered "derived refugee status"
/// can open `/first-travel-document`), and answers can reveal an asylum case.
/// For the same reason there is no client address, user agent, query string
/// or cookie.
///
/// The default root span of `tracing-actix-web` records more (path, client
/// address, user agent) and looks the route up twice, which under load cost
/// more than rendering a page (docs/operations.md).
pub struct RequestSpan;

/// The method as a log field: one of the methods HTTP defines (RFC 9110 and
/// `PATCH`), else `other`. A client can send any token as a method, tens of
/// kilobytes long: nothing of it goes into a log line.
pub fn method_label(method: &Method) -> &'static str {
    match method.as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "CONNECT" => "CONNECT",
        "OPTIONS" => "OPTIONS",
        "TRACE" => "TRACE",
        "PATCH" => "PATCH",
        _ => "other",
    }
}

impl RequestSpan {
    fn on_request_start(request: &ServiceRequest, id: RequestId) -> Span {
        tracing::info_span!(
            "request",
            request_id = %id,
            method = %method_label(request.method()),
        )
    }

    fn on_request_end<B>(
        span: &Span,
        arrived: Instant,
        outcome: &Result<ServiceResponse<B>, Error>,
    ) {
        let (status, route, seconds) = match outcome {
            Ok(response) => {
                let request = response.request();
                let seconds = arrived.elapsed().as_secs_f64();
                let route = request.app_data::<Routed>().map_or(UNMATCHED, |r| r.0);
                if let Some(metrics) = request.app_data::<web::Data<Counts>>() {
                    metrics.request(route, response.status().as_u16(), seconds);
                }
                (response.status().as_u16(), route, seconds)
            }
            Err(error) => {
                let status = error.as_response_error().status_code().as_u16();
                (status, "unmatched", 0.0)
            }
        };
        let ms = (seconds * 100_000.0).round() / 100.0;
        if status >= 500 && route != HEALTHZ {
            tracing::error!(parent: span, route, status, ms, "answered");
        } else if status >= 400 && route != HEALTHZ {
            tracing::info!(parent: span, route, status, ms, "answered");
        } else {
            tracing::debug!(parent: span, route, status, ms, "answered");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_logged_from_a_fixed_set() {
        for known in ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
            let method = Method::from_bytes(known.as_bytes()).unwrap();
            assert_eq!(method_label(&method), known);
        }
        let long = "X".repeat(10 * 1024);
        for other in ["get", "BREW", "PROPFIND", long.as_str()] {
            let method = Method::from_bytes(other.as_bytes()).unwrap();
            assert_eq!(
                method_label(&method),
                "other",
                "{}",
                &other[..other.len().min(8)]
            );
        }
    }
}
