//! The middleware that gives each request its id, its span and its access line
//! (the span and the line are [`RequestSpan`]'s).
//!
//! It does per request only what the log needs: an id from a counter of the
//! worker's own (no system call), one span, entered while the handler runs,
//! and the arrival time kept in its own future (nothing put into the
//! request's extensions). `tracing-actix-web`, which it replaces, also asked
//! the kernel for 16 random bytes for a UUID, stored the id and a second
//! handle of the span in the request, and entered the span again for every
//! chunk of the body, where nothing is logged.

use std::cell::Cell;
use std::fmt;
use std::future::{Future, Ready, ready};
use std::hash::{BuildHasher, RandomState};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Instant;

use actix_web::Error;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use pin_project_lite::pin_project;
use tracing::Span;

use super::RequestSpan;

/// One request's id in the log: 16 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequestId(u64);

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// One worker's request ids: a random start, counted up. Unique within the
/// worker until it has answered 2⁶⁴ requests; two workers (or instances)
/// repeat an id only if their random starts fall within as many requests of
/// each other, about one chance in 10¹⁰ for a billion requests each.
#[derive(Debug)]
pub struct RequestIds {
    next: Cell<u64>,
}

impl RequestIds {
    /// Ids from a random start. The standard library seeds the keys of its
    /// hash maps from the operating system's random source once a thread; a
    /// hash made with fresh keys is a random number.
    pub fn new() -> RequestIds {
        RequestIds::starting_at(RandomState::new().hash_one(0u8))
    }

    fn starting_at(start: u64) -> RequestIds {
        RequestIds {
            next: Cell::new(start),
        }
    }

    /// The next id.
    pub fn next_id(&self) -> RequestId {
        let id = self.next.get();
        self.next.set(id.wrapping_add(1));
        RequestId(id)
    }
}

impl Default for RequestIds {
    fn default() -> RequestIds {
        RequestIds::new()
    }
}

/// The middleware: see the module.
pub struct RequestLogger;

impl<S, B> Transform<S, ServiceRequest> for RequestLogger
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = RequestLoggerService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    /// Called once in each worker: each worker counts its own ids.
    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(RequestLoggerService {
            service,
            ids: Rc::new(RequestIds::new()),
        }))
    }
}

pub struct RequestLoggerService<S> {
    service: S,
    ids: Rc<RequestIds>,
}

impl<S, B> Service<ServiceRequest> for RequestLoggerService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = Logged<S::Future>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let arrived = Instant::now();
        let span = RequestSpan::on_request_start(&req, self.ids.next_id());
        let inner = span.in_scope(|| self.service.call(req));
        Logged {
            inner,
            span,
            arrived,
        }
    }
}

pin_project! {
    /// The response of the inner service, polled inside the request's span;
    /// the access line is written when it is ready.
    pub struct Logged<F> {
        #[pin]
        inner: F,
        span: Span,
        arrived: Instant,
    }
}

impl<F, B> Future for Logged<F>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let outcome = {
            let _entered = this.span.enter();
            std::task::ready!(this.inner.poll(cx))
        };
        RequestSpan::on_request_end(this.span, *this.arrived, &outcome);
        Poll::Ready(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sixteen_hex_digits_counted_up() {
        let ids = RequestIds::starting_at(0xfe);
        assert_eq!(ids.next_id().to_string(), "00000000000000fe");
        assert_eq!(ids.next_id().to_string(), "00000000000000ff");
        let last = RequestIds::starting_at(u64::MAX);
        assert_eq!(last.next_id().to_string(), "ffffffffffffffff");
        assert_eq!(last.next_id().to_string(), "0000000000000000");
    }

    #[test]
    fn each_worker_starts_somewhere_else() {
        let starts: std::collections::HashSet<RequestId> =
            (0..64).map(|_| RequestIds::new().next_id()).collect();
        assert_eq!(starts.len(), 64);
    }
}
