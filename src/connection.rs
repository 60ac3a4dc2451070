//! Limits on each connection that actix-http does not apply itself, so that
//! a handful of slow or hostile clients cannot pin memory or hold connections
//! open for ever, with or without a proxy in front.
//!
//! actix-http 3 bounds the *first* request head of a connection
//! (`client_request_timeout`) and idle kept-alive connections, but:
//!
//! - it decodes every complete request in its read buffer at once (its
//!   pipelining limit of 16 is checked only before it starts decoding, and it
//!   keeps reading while the queue is full), so 128 KiB of pipelined `GET`s
//!   sent in one burst become thousands of queued requests: about 24 MB for
//!   one connection that never reads its answers;
//! - it has no timer while it waits to write: a client that does not read
//!   keeps its connection, and its queue, for ever;
//! - no timer covers a request body, or a request head after the first.
//!
//! So every accepted stream is wrapped in a [`Guarded`] stream, and the app in
//! [`ConnectionLimits`]; the two share a [`Connection`] through the
//! connection's data (actix's `on_connect_ext`):
//!
//! - **Pipelining**: the stream hands actix at most [`PIPELINE_DEPTH`] request
//!   heads the app has not answered yet (it finds their ends, an empty line,
//!   in the bytes it passes on, and [`ConnectionLimits`] counts the answers);
//!   the rest waits in the kernel, whose buffers are small ([`RECEIVE_BUFFER`],
//!   [`SEND_BUFFER`]).
//! - **Heads**: a request head must be complete within [`HEAD_TIMEOUT`] of the
//!   connection's start or of the previous answer (whichever is later), else
//!   the client gets `408` and the connection is closed.
//! - **Bodies**: a request body must be complete within [`BODY_TIMEOUT`] of its
//!   head, else `408` and the connection is closed.
//! - **Unread answers**: once the kernel holds [`SEND_BUFFER`] of answers the
//!   client has not read, it has [`WRITE_STALL`] to read all that is queued
//!   for it (reading a trickle does not count), else the connection is
//!   closed.
//!
//! A request body that itself holds an empty line (raw `\n\n`: browsers
//! percent-encode line breaks in a form, and the guide's forms hold none) is
//! taken for the end of a head: such a request waits for [`BODY_TIMEOUT`] and
//! gets `408`.
//!
//! The number of connections is capped too ([`MAX_CONNECTIONS`], in
//! `startup`). Each close is counted (`rcg_connections_closed_total`) and
//! logged at `info`, without anything the client sent.

use std::cell::Cell;
use std::future::{Future, Ready, ready as ready_future};
use std::io;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker, ready};
use std::time::Duration;

use actix_http::error::{DispatchError, ParseError, PayloadError};
use actix_http::{BoxedPayloadStream, Payload};
use actix_web::body::EitherBody;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{CONTENT_LENGTH, HeaderMap, HeaderValue, TRANSFER_ENCODING};
use actix_web::web::Bytes;
use actix_web::{Error, HttpMessage, HttpResponse};
use futures_util::Stream;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Instant, Sleep, sleep_until};

use crate::metrics::ConnectionCounts;

/// A request head must be complete this long after the connection opened or
/// the previous answer was made.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// A request body must be complete this long after its head.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a client may read nothing of the answers queued for it.
pub const WRITE_STALL: Duration = Duration::from_secs(5);
/// How long an idle kept-alive connection stays open (actix's keep-alive).
pub const KEEP_ALIVE: Duration = Duration::from_secs(5);
/// Request heads handed to actix and not answered yet: the one being
/// answered (whose body must still be read) and one more.
pub const PIPELINE_DEPTH: i64 = 2;
/// The kernel's send buffer per connection (`SO_SNDBUF`; Linux doubles it
/// for its own bookkeeping, so 32 KiB): more than the largest page (the about
/// page, 24 KB), so a client that reads never waits on it. Socket buffers
/// count against the container's memory limit too.
pub const SEND_BUFFER: usize = 16 * 1024;
/// The kernel's receive buffer per connection (`SO_RCVBUF`, doubled: 16 KiB):
/// a form post is under 100 bytes, a request head rarely over 8 KiB.
pub const RECEIVE_BUFFER: usize = 8 * 1024;
/// How much actix encodes ahead of what the kernel has taken (its
/// `h1_write_buffer_size`, 32 KiB by default): answers queued for a client
/// that does not read wait in the kernel instead.
pub const WRITE_BUFFER: usize = 8 * 1024;
/// Open connections per instance; more wait in the listen queue.
pub const MAX_CONNECTIONS: usize = 256;

/// Why the guide closed a connection: a label of `rcg_connections_closed_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Close {
    /// A request head was not complete in time (`408`).
    HeadTimeout,
    /// A request body was not complete in time (`408`).
    BodyTimeout,
    /// The client read none of its answers in time.
    UnreadAnswers,
}

impl Close {
    pub const ALL: [Close; 3] = [Close::HeadTimeout, Close::BodyTimeout, Close::UnreadAnswers];

    /// The metrics label.
    pub const fn slug(self) -> &'static str {
        match self {
            Close::HeadTimeout => "head_timeout",
            Close::BodyTimeout => "body_timeout",
            Close::UnreadAnswers => "unread_answers",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Close::HeadTimeout => "a request head was not complete within 5 s: 408, closed",
            Close::BodyTimeout => "a request body was not complete within 5 s: 408, closed",
            Close::UnreadAnswers => "the client read none of its answers for 5 s: closed",
        }
    }
}

/// A request actix refused before any route saw it: a label of
/// `rcg_http_protocol_errors_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProtocolError {
    /// Not HTTP/1.1 as actix parses it (a broken request line, header or
    /// framing): `400`.
    BadRequest,
    /// A request head over actix's limits (more than 96 headers, or over its
    /// buffer): `431`.
    HeaderTooLarge,
}

impl ProtocolError {
    pub const ALL: [ProtocolError; 2] = [ProtocolError::BadRequest, ProtocolError::HeaderTooLarge];

    /// The metrics label.
    pub const fn slug(self) -> &'static str {
        match self {
            ProtocolError::BadRequest => "bad_request",
            ProtocolError::HeaderTooLarge => "header_too_large",
        }
    }
}

/// What a connection that ended with an error means, logged and counted
/// here (actix-http's own `ERROR` lines about them are filtered out in
/// `telemetry`: an `ERROR` line means a 5xx of the guide's own). Nothing the
/// client sent is logged: only the kind.
pub fn report(error: DispatchError, counts: &ConnectionCounts) -> DispatchError {
    match &error {
        DispatchError::Parse(ParseError::Io(_))
        | DispatchError::Io(_)
        | DispatchError::SlowRequestTimeout
        | DispatchError::DisconnectTimeout
        | DispatchError::HandlerDroppedPayload => {
            // The client went away, or a limit closed it (logged by `Guarded`).
            tracing::debug!("connection ended early");
        }
        DispatchError::Parse(ParseError::TooLarge) => {
            counts.protocol_error(ProtocolError::HeaderTooLarge);
            tracing::warn!(
                kind = ProtocolError::HeaderTooLarge.slug(),
                "refused a request whose head is over the limits (431)"
            );
        }
        DispatchError::Parse(_) => {
            counts.protocol_error(ProtocolError::BadRequest);
            tracing::warn!(
                kind = ProtocolError::BadRequest.slug(),
                "refused a request that is not valid HTTP/1.1 (400)"
            );
        }
        _ => tracing::error!("a connection failed inside the server: {error}"),
    }
    error
}

/// What the stream and the app share about one connection (one worker
/// thread owns it: no locks).
#[derive(Default)]
struct Shared {
    /// Request heads the app has answered (a chunked request counts twice:
    /// the end of its body is an empty line too).
    answered: Cell<i64>,
    /// The `Content-Length` of every answered request, added up.
    answered_body_bytes: Cell<u64>,
    /// The task waiting to read once an answer is made.
    reader: Cell<Option<Waker>>,
    /// Set when the app closes the connection (a body timeout).
    closing: Cell<Option<Close>>,
}

/// The connection's data: what [`ConnectionLimits`] finds on each request.
#[derive(Clone)]
pub struct Connection(Rc<Shared>);

impl Connection {
    /// The app answered a request: let the stream read the next one.
    fn answered(&self, heads: i64, body_bytes: u64) {
        let shared = &self.0;
        shared.answered.set(shared.answered.get() + heads);
        shared
            .answered_body_bytes
            .set(shared.answered_body_bytes.get().saturating_add(body_bytes));
        if let Some(waker) = shared.reader.take() {
            waker.wake();
        }
    }

    /// The app answers with `408` and closes: reading stops.
    fn close(&self, why: Close) {
        self.0.closing.set(Some(why));
        if let Some(waker) = self.0.reader.take() {
            waker.wake();
        }
    }
}

/// Finds where request heads end (an empty line: `\n\n` or `\n\r\n`, as
/// actix's parser accepts) in a stream of bytes fed in pieces.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum HeadEnds {
    #[default]
    Line,
    AfterLf,
    AfterLfCr,
}

impl HeadEnds {
    /// Feeds `data` until `allowed` ends are found: how many bytes were
    /// consumed (all of them, or up to and with the `allowed`th end), how
    /// many ends, and how many bytes follow the last end.
    fn feed(&mut self, data: &[u8], allowed: i64) -> Fed {
        let mut found = 0;
        let mut after_last = None;
        let mut i = 0;
        while i < data.len() && found < allowed {
            match self {
                HeadEnds::Line => match memchr::memchr(b'\n', &data[i..]) {
                    Some(at) => {
                        i += at + 1;
                        *self = HeadEnds::AfterLf;
                    }
                    None => i = data.len(),
                },
                HeadEnds::AfterLf | HeadEnds::AfterLfCr => {
                    let byte = data[i];
                    i += 1;
                    *self = match (*self, byte) {
                        (_, b'\n') => {
                            found += 1;
                            after_last = Some(i);
                            HeadEnds::Line
                        }
                        (HeadEnds::AfterLf, b'\r') => HeadEnds::AfterLfCr,
                        _ => HeadEnds::Line,
                    };
                }
            }
        }
        Fed {
            taken: i,
            ends: found,
            tail: after_last.map(|end| i - end),
        }
    }
}

/// What [`HeadEnds::feed`] found.
#[derive(Debug, PartialEq, Eq)]
struct Fed {
    taken: usize,
    ends: i64,
    /// Bytes after the last end, if one was found.
    tail: Option<usize>,
}

/// The answer to a head that did not come in time: actix's own `408`, the
/// same bytes (no body, the connection closes).
const REQUEST_TIMEOUT: &[u8] =
    b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";

/// An accepted TCP stream with the limits of this module on it.
pub struct Guarded {
    io: TcpStream,
    shared: Rc<Shared>,
    counts: Arc<ConnectionCounts>,
    ends: HeadEnds,
    /// Ends of request heads handed to actix.
    heads: i64,
    /// Bytes handed to actix since the last end of a head.
    tail: u64,
    /// `Shared::answered` and `answered_body_bytes` when last looked at.
    seen_answered: i64,
    seen_body_bytes: u64,
    /// Bytes read from the socket that actix may not have yet.
    stash: Vec<u8>,
    /// When the head being waited for must be complete; `None` while a
    /// request is being answered or the connection is idle between requests.
    head_deadline: Option<Instant>,
    head_timer: Option<Pin<Box<Sleep>>>,
    /// Since when actix has had answers the kernel would not take: set at
    /// the first write that waits, cleared only by one that takes all.
    write_timer: Option<Pin<Box<Sleep>>>,
    write_blocked: bool,
    closed: Option<Close>,
}

impl Guarded {
    /// Wraps a stream just accepted: sets its kernel buffers, and starts the
    /// clock for its first request head.
    pub fn new(io: TcpStream, counts: Arc<ConnectionCounts>) -> Guarded {
        let socket = socket2::SockRef::from(&io);
        // Best effort: a kernel that refuses keeps its defaults.
        let _ = socket.set_send_buffer_size(SEND_BUFFER);
        let _ = socket.set_recv_buffer_size(RECEIVE_BUFFER);
        Guarded {
            io,
            shared: Rc::default(),
            counts,
            ends: HeadEnds::default(),
            heads: 0,
            tail: 0,
            seen_answered: 0,
            seen_body_bytes: 0,
            stash: Vec::new(),
            head_deadline: Some(Instant::now() + HEAD_TIMEOUT),
            head_timer: None,
            write_timer: None,
            write_blocked: false,
            closed: None,
        }
    }

    /// What the app's [`ConnectionLimits`] finds on each request.
    pub fn connection(&self) -> Connection {
        Connection(Rc::clone(&self.shared))
    }

    /// Heads handed over and not answered (negative after a chunked body the
    /// app did not read: its end is still to come).
    fn outstanding(&self) -> i64 {
        self.heads - self.shared.answered.get()
    }

    /// Takes in answers made since the last look: the bytes after the last
    /// head's end that were its body are no longer waiting; what is left is
    /// the start of the next head, which then has [`HEAD_TIMEOUT`].
    fn catch_up(&mut self) {
        let answered = self.shared.answered.get();
        if answered == self.seen_answered {
            return;
        }
        self.seen_answered = answered;
        let body = self.shared.answered_body_bytes.get();
        self.tail = self.tail.saturating_sub(body - self.seen_body_bytes);
        self.seen_body_bytes = body;
        self.head_deadline =
            (self.outstanding() <= 0 && self.tail > 0).then(|| Instant::now() + HEAD_TIMEOUT);
    }

    /// Closes for `why`: the error actix gets from the stream.
    fn close(&mut self, why: Close) -> io::Error {
        self.closed = Some(why);
        io::Error::new(io::ErrorKind::TimedOut, why.describe())
    }

    /// Whether the head waited for is late; if not, wakes the task when it is.
    fn head_is_late(&mut self, cx: &mut Context<'_>) -> bool {
        let Some(deadline) = self.head_deadline else {
            return false;
        };
        let timer = self
            .head_timer
            .get_or_insert_with(|| Box::pin(sleep_until(deadline)));
        if timer.deadline() != deadline {
            timer.as_mut().reset(deadline);
        }
        timer.as_mut().poll(cx).is_ready()
    }

    /// Takes account of `data` (bytes read, not yet handed to actix) up to
    /// the end of the last head actix may have: how many bytes it may have.
    fn account(&mut self, data: &[u8], allowed: i64) -> usize {
        let fed = self.ends.feed(data, allowed);
        self.heads += fed.ends;
        match fed.tail {
            // Bytes after the last end: the body of that request, or the
            // start of the next head.
            Some(tail) => {
                self.tail = tail as u64;
                self.head_deadline = None;
            }
            None => self.tail += fed.taken as u64,
        }
        if self.tail > 0 && self.outstanding() <= 0 && self.head_deadline.is_none() {
            self.head_deadline = Some(Instant::now() + HEAD_TIMEOUT);
        }
        fed.taken
    }
}

impl AsyncRead for Guarded {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if let Some(why) = this.shared.closing.get() {
            // The app answered 408 and closes: the client is done.
            this.closed = Some(why);
            return Poll::Ready(Ok(()));
        }
        this.catch_up();
        if this.head_is_late(cx) {
            if !this.write_blocked {
                // Nothing of an answer is half written: the 408 goes
                // alone. Best effort; the socket closes either way.
                let _ = this.io.try_write(REQUEST_TIMEOUT);
            }
            return Poll::Ready(Err(this.close(Close::HeadTimeout)));
        }
        let allowed = PIPELINE_DEPTH - this.outstanding();
        if allowed <= 0 {
            // Woken by `Connection::answered`.
            this.shared.reader.set(Some(cx.waker().clone()));
            return Poll::Pending;
        }
        if !this.stash.is_empty() {
            let room = this.stash.len().min(buf.remaining());
            let stash = std::mem::take(&mut this.stash);
            let taken = this.account(&stash[..room], allowed);
            buf.put_slice(&stash[..taken]);
            if taken < stash.len() {
                this.stash = stash[taken..].to_vec();
            }
            if taken == 0 {
                this.shared.reader.set(Some(cx.waker().clone()));
                return Poll::Pending;
            }
            return Poll::Ready(Ok(()));
        }
        // Straight into actix's buffer; what it may not have yet is taken
        // back out into the stash (at most what actix had room for).
        let before = buf.filled().len();
        ready!(Pin::new(&mut this.io).poll_read(cx, buf))?;
        let read = &buf.filled()[before..];
        if read.is_empty() {
            return Poll::Ready(Ok(()));
        }
        // At least one byte: `allowed` is over 0.
        let taken = this.account(read, allowed);
        if taken < read.len() {
            this.stash = read[taken..].to_vec();
            buf.set_filled(before + taken);
        }
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.io).poll_write(cx, data) {
            Poll::Ready(written) => {
                // Only a write that takes all actix has caught the client
                // up: one that reads a trickle is still closed in time.
                if written.as_ref().is_ok_and(|&n| n == data.len()) {
                    this.write_blocked = false;
                    this.write_timer = None;
                }
                Poll::Ready(written)
            }
            Poll::Pending => {
                this.write_blocked = true;
                let timer = this
                    .write_timer
                    .get_or_insert_with(|| Box::pin(sleep_until(Instant::now() + WRITE_STALL)));
                if timer.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Err(this.close(Close::UnreadAnswers)));
                }
                Poll::Pending
            }
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        if let Some(why) = self.closed.or(self.shared.closing.get()) {
            self.counts.closed(why);
            tracing::info!(reason = why.slug(), "connection closed: {}", why.describe());
        }
    }
}

/// The middleware half: counts answers for [`Guarded`], and answers `408`
/// (closing the connection) when a request body is not complete within
/// [`BODY_TIMEOUT`] of its head: the body ends with an error then, and
/// whatever the handler answered to that is replaced.
pub struct ConnectionLimits;

impl<S, B> Transform<S, ServiceRequest> for ConnectionLimits
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = ConnectionLimitsService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready_future(Ok(ConnectionLimitsService { service }))
    }
}

pub struct ConnectionLimitsService<S> {
    service: S,
}

impl<S, B> Service<ServiceRequest> for ConnectionLimitsService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = Answering<S::Future>;

    actix_web::dev::forward_ready!(service);

    fn call(&self, mut req: ServiceRequest) -> Self::Future {
        let connection = req.conn_data::<Connection>().cloned();
        let Framing { chunked, length } = Framing::of(req.headers());
        // The body, if any, must be complete within BODY_TIMEOUT from now.
        let late = (chunked || length > 0).then(|| {
            let late = Rc::new(Cell::new(false));
            let body = Deadline {
                body: req.take_payload(),
                timer: Box::pin(sleep_until(Instant::now() + BODY_TIMEOUT)),
                late: Rc::clone(&late),
            };
            req.set_payload(Payload::from(Box::pin(body) as BoxedPayloadStream));
            late
        });
        Answering {
            answer: self.service.call(req),
            connection,
            late,
            heads: 1 + i64::from(chunked),
            length,
        }
    }
}

pin_project_lite::pin_project! {
    /// A request being answered (see [`ConnectionLimitsService`]).
    pub struct Answering<F> {
        #[pin]
        answer: F,
        connection: Option<Connection>,
        late: Option<Rc<Cell<bool>>>,
        heads: i64,
        length: u64,
    }
}

impl<F, B> Future for Answering<F>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
{
    type Output = Result<ServiceResponse<EitherBody<B>>, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = ready!(this.answer.poll(cx))?;
        if this.late.as_ref().is_some_and(|late| late.get()) {
            // Whatever the handler made of the cut-off body, the answer is
            // 408, and the connection closes.
            if let Some(connection) = this.connection {
                connection.close(Close::BodyTimeout);
            }
            let (request, _) = response.into_parts();
            let timeout = HttpResponse::RequestTimeout().force_close().finish();
            return Poll::Ready(Ok(
                ServiceResponse::new(request, timeout).map_into_right_body()
            ));
        }
        if let Some(connection) = this.connection {
            connection.answered(*this.heads, *this.length);
        }
        Poll::Ready(Ok(response.map_into_left_body()))
    }
}

/// How a request's body is framed, as actix read it.
#[derive(Debug, PartialEq, Eq)]
struct Framing {
    /// `Transfer-Encoding` ends in `chunked` (actix refuses any other).
    chunked: bool,
    /// `Content-Length`, 0 when there is none.
    length: u64,
}

impl Framing {
    fn of(headers: &HeaderMap) -> Framing {
        let text = |name| {
            headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
        };
        Framing {
            chunked: text(TRANSFER_ENCODING)
                .is_some_and(|v| v.trim().to_ascii_lowercase().ends_with("chunked")),
            length: text(CONTENT_LENGTH)
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0),
        }
    }
}

/// A request body that ends with an error once [`BODY_TIMEOUT`] has passed
/// (and says so in `late`).
struct Deadline {
    body: Payload,
    timer: Pin<Box<Sleep>>,
    late: Rc<Cell<bool>>,
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        match Pin::new(&mut this.body).poll_next(cx) {
            Poll::Pending if this.timer.as_mut().poll(cx).is_ready() => {
                this.late.set(true);
                let late = io::Error::new(io::ErrorKind::TimedOut, "request body timeout");
                Poll::Ready(Some(Err(PayloadError::Io(late))))
            }
            polled => polled,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends_in(pieces: &[&[u8]], allowed: i64) -> (Vec<usize>, i64) {
        let mut ends = HeadEnds::default();
        let mut total = 0;
        let mut taken = Vec::new();
        for piece in pieces {
            let fed = ends.feed(piece, allowed - total);
            taken.push(fed.taken);
            total += fed.ends;
        }
        (taken, total)
    }

    #[test]
    fn head_ends_are_found_across_pieces_and_line_endings() {
        let get = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        assert_eq!(ends_in(&[get], 5), (vec![get.len()], 1));
        assert_eq!(ends_in(&[b"GET / HTTP/1.1\nHost: x\n\n"], 5).1, 1);
        // Split at every point: still one end.
        for at in 0..get.len() {
            let (a, b) = get.split_at(at);
            assert_eq!(ends_in(&[a, b], 5).1, 1, "split at {at}");
        }
        // A line break alone, or a form body, is no end.
        assert_eq!(ends_in(&[b"x=1\r\ny=2\r\n"], 5).1, 0);
        assert_eq!(ends_in(&[b"handed-in=yes&x=%0D%0A%0D%0A"], 5).1, 0);
    }

    #[test]
    fn head_ends_stop_at_the_last_allowed_one() {
        let get = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        let burst = get.repeat(100);
        let (taken, found) = ends_in(&[&burst], 2);
        assert_eq!((taken[0], found), (2 * get.len(), 2));
        let (taken, found) = ends_in(&[&burst], 0);
        assert_eq!((taken[0], found), (0, 0));
    }

    /// A request without a chunked body counts once: counted twice, the
    /// stream let twice as many heads through as it should (a bug once).
    #[test]
    fn only_a_chunked_body_is_chunked() {
        let framing = |pairs: &[(&'static str, &'static str)]| {
            let mut headers = HeaderMap::new();
            for (name, value) in pairs {
                headers.append(
                    actix_web::http::header::HeaderName::from_static(name),
                    HeaderValue::from_static(value),
                );
            }
            Framing::of(&headers)
        };
        let of = |chunked, length| Framing { chunked, length };
        assert_eq!(framing(&[]), of(false, 0));
        assert_eq!(framing(&[("content-length", "13")]), of(false, 13));
        assert_eq!(framing(&[("transfer-encoding", "chunked")]), of(true, 0));
        assert_eq!(
            framing(&[("transfer-encoding", "gzip, Chunked")]),
            of(true, 0)
        );
        assert_eq!(framing(&[("transfer-encoding", "gzip")]), of(false, 0));
    }

    #[test]
    fn what_follows_the_last_end_is_measured() {
        let post = b"POST /en/x HTTP/1.1\r\nContent-Length: 3\r\n\r\na=b";
        let fed = HeadEnds::default().feed(post, 2);
        assert_eq!(
            fed,
            Fed {
                taken: post.len(),
                ends: 1,
                tail: Some(3)
            }
        );
        let fed = HeadEnds::default().feed(b"GET / HT", 2);
        assert_eq!(
            fed,
            Fed {
                taken: 8,
                ends: 0,
                tail: None
            }
        );
    }
}
