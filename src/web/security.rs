//! Headers on every response: a strict CSP and friends, and `no-store` on every
//! page (answers can reveal that someone applied for asylum). Only the
//! stylesheet sets its own `Cache-Control` and may be cached. While the
//! instance drains, every response also closes its connection.

use std::future::{Future, Ready, ready};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use actix_web::Error;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::ConnectionType;
use actix_web::http::header::{HeaderName, HeaderValue};
use pin_project_lite::pin_project;

use super::lifecycle::Lifecycle;
use crate::config::AppEnv;

/// No script at all; styles and images only from this site; forms post only here.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; \
     img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// HTTPS only, for a year, once a browser has seen the guide over HTTPS.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000";

/// The headers added to every response that does not set them itself; in
/// production also `Strict-Transport-Security`.
pub fn headers(env: AppEnv) -> Vec<(HeaderName, HeaderValue)> {
    let production = match env {
        AppEnv::Development => None,
        AppEnv::Production => Some(("strict-transport-security", STRICT_TRANSPORT_SECURITY)),
    };
    [
        ("content-security-policy", CONTENT_SECURITY_POLICY),
        ("x-content-type-options", "nosniff"),
        // Not no-referrer: with that, Chromium sends `Origin: null` on our own posts.
        ("referrer-policy", "same-origin"),
        ("cache-control", "no-store"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=()",
        ),
    ]
    .into_iter()
    .chain(production)
    .map(|(name, value)| {
        (
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        )
    })
    .collect()
}

/// Middleware: [`headers`] on every response, and `Connection: close` while
/// the instance drains. One layer with a future of its own type, so that it
/// costs a request no allocation.
pub struct ResponseHeaders {
    headers: Rc<[(HeaderName, HeaderValue)]>,
    lifecycle: Lifecycle,
}

impl ResponseHeaders {
    pub fn new(env: AppEnv, lifecycle: Lifecycle) -> ResponseHeaders {
        ResponseHeaders {
            headers: headers(env).into(),
            lifecycle,
        }
    }
}

impl<S, B> Transform<S, ServiceRequest> for ResponseHeaders
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = ResponseHeadersService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ResponseHeadersService {
            service,
            headers: Rc::clone(&self.headers),
            lifecycle: self.lifecycle.clone(),
        }))
    }
}

pub struct ResponseHeadersService<S> {
    service: S,
    headers: Rc<[(HeaderName, HeaderValue)]>,
    lifecycle: Lifecycle,
}

impl<S, B> Service<ServiceRequest> for ResponseHeadersService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = WithHeaders<S::Future>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        WithHeaders {
            inner: self.service.call(req),
            headers: Rc::clone(&self.headers),
            draining: self.lifecycle.is_draining(),
        }
    }
}

pin_project! {
    /// The response of the inner service, with the headers added.
    pub struct WithHeaders<F> {
        #[pin]
        inner: F,
        headers: Rc<[(HeaderName, HeaderValue)]>,
        draining: bool,
    }
}

impl<F, B> Future for WithHeaders<F>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = std::task::ready!(this.inner.poll(cx))?;
        let headers = response.headers_mut();
        for (name, value) in this.headers.iter() {
            if !headers.contains_key(name) {
                // Not `insert`: it would also hand back the (absent) old values.
                headers.append(name.clone(), value.clone());
            }
        }
        if *this.draining {
            response
                .response_mut()
                .head_mut()
                .set_connection_type(ConnectionType::Close);
        }
        Poll::Ready(Ok(response))
    }
}
