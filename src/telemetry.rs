//! Logging, and the HTTP metrics (counted where the access line is written).
//! `RUST_LOG` filters (default `info`); `LOG_FORMAT=json` writes one
//! JSON object a line; a `RUST_LOG` that does not parse or another
//! `LOG_FORMAT` stops the start (exit 78). actix-http's own `ERROR` lines
//! about a connection are dropped: `crate::connection::report` logs and
//! counts each of those connections (an `ERROR` line means a 5xx of the
//! guide's own). Every request gets a span with a request id, and one
//! access line when it is answered (see [`RequestSpan`]; the middleware is
//! [`RequestLogger`]). No answer, form value, cookie, query string or concrete
//! path is ever recorded.

mod request_log;

use std::io::IsTerminal;
use std::time::Instant;

use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::{Error, web};
use tracing::{Level, Metadata, Span};
use tracing_subscriber::filter::filter_fn;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

pub use request_log::{RequestId, RequestLogger};

use crate::config::ConfigError;
use crate::metrics::Counts;
use crate::metrics::UNMATCHED;
use crate::web::href::{HEALTHZ, Routed};

/// `LOG_FORMAT`: how a log line is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Unset or `text`: one line of text per event.
    Text,
    /// `json`: one JSON object a line.
    Json,
}

/// `RUST_LOG` and `LOG_FORMAT`, checked.
#[derive(Debug)]
pub struct LogSettings {
    pub filter: EnvFilter,
    pub format: LogFormat,
}

impl LogSettings {
    /// Reads `RUST_LOG` (unset or empty: `info`) and `LOG_FORMAT` (unset or
    /// empty: `text`); a filter that does not parse, or another format, is an
    /// error.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<LogSettings, ConfigError> {
        let set = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        let filter = match set("RUST_LOG") {
            None => EnvFilter::new("info"),
            Some(value) => EnvFilter::builder()
                .parse(&value)
                .map_err(|error| ConfigError::BadRustLog(value, error.to_string()))?,
        };
        let format = match set("LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => return Err(ConfigError::BadLogFormat(other.to_owned())),
        };
        Ok(LogSettings { filter, format })
    }
}

/// Installs the global subscriber once; later calls do nothing. An error
/// when `RUST_LOG` or `LOG_FORMAT` is wrong (nothing is installed then).
pub fn init() -> Result<(), ConfigError> {
    let settings = LogSettings::from_lookup(|name| std::env::var(name).ok())?;
    let layer = match settings.format {
        LogFormat::Json => tracing_subscriber::fmt::layer().json().boxed(),
        // Colours only on a terminal: in a container they would litter the log.
        LogFormat::Text => tracing_subscriber::fmt::layer()
            .with_ansi(std::io::stdout().is_terminal())
            .boxed(),
    };
    let layer = layer
        .with_filter(settings.filter)
        .with_filter(filter_fn(|meta| !is_replaced_actix_error(meta)));
    let _ = tracing_subscriber::registry().with(layer).try_init();
    Ok(())
}

/// actix-http's `ERROR` events about one connection ("stream error: request
/// parse error …", "write zero"): each such connection ends with an error
/// that `crate::connection::report` logs at the right level and counts.
fn is_replaced_actix_error(meta: &Metadata<'_>) -> bool {
    meta.is_event() && *meta.level() == Level::ERROR && meta.target().starts_with("actix_http::h1")
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
    use std::collections::HashMap;

    fn log_settings(vars: &[(&str, &str)]) -> Result<LogSettings, ConfigError> {
        let map: HashMap<&str, &str> = vars.iter().copied().collect();
        LogSettings::from_lookup(|name| map.get(name).map(|v| v.to_string()))
    }

    #[test]
    fn log_settings_take_the_documented_values_and_refuse_the_rest() {
        for (vars, format) in [
            (&[][..], LogFormat::Text),
            (&[("LOG_FORMAT", "text")][..], LogFormat::Text),
            (&[("LOG_FORMAT", "json")][..], LogFormat::Json),
            (&[("LOG_FORMAT", "")][..], LogFormat::Text),
            (
                &[("RUST_LOG", "warn,residence_card_guide=debug")][..],
                LogFormat::Text,
            ),
        ] {
            assert_eq!(log_settings(vars).unwrap().format, format, "{vars:?}");
        }
        for format in ["JSON", "logfmt", "json ", "pretty"] {
            let error = log_settings(&[("LOG_FORMAT", format)]).unwrap_err();
            assert!(matches!(error, ConfigError::BadLogFormat(_)), "{format}");
        }
        for filter in ["info,=x", "residence_card_guide=loud", "[{"] {
            let error = log_settings(&[("RUST_LOG", filter)]).unwrap_err();
            assert!(matches!(error, ConfigError::BadRustLog(..)), "{filter}");
        }
    }

    /// Whether the event `emit` logs would be dropped as a replaced one.
    fn replaced(emit: impl FnOnce()) -> bool {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(None));
        let record = std::sync::Arc::clone(&seen);
        let subscriber = tracing_subscriber::registry().with(filter_fn(move |meta| {
            if meta.is_event() {
                *record.lock().unwrap() = Some(is_replaced_actix_error(meta));
            }
            true
        }));
        tracing::subscriber::with_default(subscriber, emit);
        let seen = *seen.lock().unwrap();
        seen.expect("an event")
    }

    #[test]
    fn only_actix_http_connection_errors_are_replaced() {
        assert!(replaced(
            || tracing::error!(target: "actix_http::h1::dispatcher", "stream error")
        ));
        assert!(!replaced(
            || tracing::warn!(target: "actix_http::h1::dispatcher", "not an error")
        ));
        assert!(!replaced(
            || tracing::error!(target: "actix_server::accept", "No workers")
        ));
        assert!(!replaced(|| tracing::error!("one of ours")));
    }

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
