//! Slow and hostile clients against the release binary, as deployed
//! (`APP_ENV=production`, metrics on): 20 connections of each kind held at
//! once, while applicants walk every path of the guide.
//!
//! - **unread pipelined bursts**: 128 KiB of pipelined `GET`s in one write,
//!   and the answers never read;
//! - **bodies that never come**: a form post's head with `Content-Length: 100`,
//!   and no body;
//! - **heads that never end**: half a request head, on a new connection (10)
//!   or after a first request answered on the same connection (10);
//! - and [`TRICKLERS`] unread bursts whose client reads 100 bytes every half
//!   second: reading a trickle must not keep a connection open.
//!
//! It checks that every walk succeeds, that the server's peak resident memory
//! (`VmHWM`) stays under [`PEAK_RSS_LIMIT`], that each head and body client
//! gets `408` and its connection closed within the limits of
//! `src/connection.rs` (plus [`SLACK`]), that each unread burst is closed
//! within [`WRITE_STALL`] of the server's answers backing up (the server
//! counts it: `rcg_connections_closed_total`), and that no `ERROR` line is
//! logged.
//!
//! `#[ignore]`d: it needs the release build, which `scripts/test` makes
//! (`cargo build --release --locked`) before it runs this with `--ignored`.
//! `SLOW_CLIENTS_BIN=path` runs another binary. Only loopback traffic; about
//! 15 seconds; every thread and the server end with the test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use residence_card_guide::answer_cookie::HOST_COOKIE_NAME;
use residence_card_guide::connection::{BODY_TIMEOUT, HEAD_TIMEOUT, WRITE_STALL};
use residence_card_guide::rules::every_path;

/// Connections of each hostile kind, held at the same time.
const EACH: usize = 20;
/// Unread bursts whose client reads a trickle.
const TRICKLERS: usize = 5;
/// The server's peak resident memory must stay under this.
const PEAK_RSS_LIMIT: u64 = 40 * 1024 * 1024;
/// Time on top of a limit for a close to be seen, on a busy 2-core machine.
const SLACK: Duration = Duration::from_millis(2500);
/// Applicants walking every path at the same time as the hostile clients.
const WALKERS: usize = 3;
/// The bytes of pipelined requests one unread burst sends.
const BURST: usize = 128 * 1024;

fn binary() -> PathBuf {
    if let Ok(path) = std::env::var("SLOW_CLIENTS_BIN") {
        return PathBuf::from(path);
    }
    // target/<profile>/residence-card-guide -> target/release/…
    let this = PathBuf::from(env!("CARGO_BIN_EXE_residence-card-guide"));
    let target = this.parent().and_then(|p| p.parent()).expect("target/");
    let release = target.join("release").join("residence-card-guide");
    assert!(
        release.exists(),
        "no release binary at {}: run `cargo build --release --locked` first (scripts/test does)",
        release.display()
    );
    release
}

/// 64 random bytes, base64: a key as `openssl rand -base64 64` makes one.
fn random_key() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 64];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .expect("/dev/urandom");
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The server process; killed when dropped.
struct Server {
    child: Child,
    address: String,
    metrics: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start() -> Server {
        let metrics_port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut child = Command::new(binary())
            .env_clear()
            .env("APP_ENV", "production")
            .env("COOKIE_KEY", random_key())
            .env("PUBLIC_ORIGIN", "https://guide.test")
            .env("OPERATOR_NAME", "Test Operator AS")
            .env("OPERATOR_CONTACT", "mailto:guide@operator.example")
            .env("HOST", "127.0.0.1")
            .env("PORT", "0")
            .env("METRICS_HOST", "127.0.0.1")
            .env("METRICS_PORT", metrics_port.to_string())
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the release binary starts");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (sender, receiver) = std::sync::mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let (log, sender) = (Arc::clone(&log), sender.clone());
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if let Some(address) = line.split("listening on http://").nth(1) {
                        let _ = sender.send(address.trim_end_matches('/').to_owned());
                    }
                    log.lock().unwrap().push(line);
                }
            });
        }
        let address = receiver
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no address in the log: {:?}", log.lock().unwrap()));
        Server {
            child,
            address,
            metrics: format!("127.0.0.1:{metrics_port}"),
            log,
        }
    }

    /// `VmHWM`: the most memory the process has had resident, in bytes.
    fn peak_rss(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("/proc/<pid>/status");
        let kib: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM");
        kib * 1024
    }

    /// `rcg_connections_closed_total{reason="…"}` now.
    fn closed(&self, reason: &str) -> u64 {
        let (_, body) = http(&self.metrics, "GET /metrics HTTP/1.1\r\nHost: m\r\n\r\n");
        let series = format!("rcg_connections_closed_total{{reason=\"{reason}\"}} ");
        body.lines()
            .find_map(|l| l.strip_prefix(series.as_str()))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {series} in the scrape:\n{body}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One request on a new connection (`Connection: close` added): the status
/// line's code and the whole response.
fn http(address: &str, head: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let head = head.replacen("\r\n", "\r\nConnection: close\r\n", 1);
    stream.write_all(head.as_bytes()).expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("an answer");
    let text = String::from_utf8_lossy(&response).into_owned();
    (status_of(&text), text)
}

fn status_of(response: &str) -> u16 {
    response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// Reads until the server closes; the time it took and what came, or `None`
/// if the connection is still open after `limit`.
fn until_closed(stream: &mut TcpStream, limit: Duration) -> Option<(Duration, String)> {
    let start = Instant::now();
    let mut got = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let left = limit.checked_sub(start.elapsed())?;
        stream
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .ok();
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&chunk[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return None;
            }
            // Reset: closed too.
            Err(_) => break,
        }
    }
    Some((start.elapsed(), String::from_utf8_lossy(&got).into_owned()))
}

/// A connection whose request head or body never ends: it must get `408`
/// and be closed `limit` after the last byte it sent (no sooner than a
/// second before).
fn starved(address: String, first_request: bool, what: &'static str) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut stream = TcpStream::connect(&address).expect("connect");
        if first_request {
            // One whole request first: the next head is not the first.
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: guide.test\r\n\r\n")
                .unwrap();
            let mut answer = Vec::new();
            let mut chunk = [0u8; 512];
            // `/healthz` answers `ok`, the last bytes of its answer.
            while !answer.ends_with(b"\r\n\r\nok") {
                let n = stream.read(&mut chunk).expect("the first answer");
                assert!(n > 0, "{what}: closed before the first answer");
                answer.extend_from_slice(&chunk[..n]);
            }
            assert!(answer.starts_with(b"HTTP/1.1 200"), "{what}");
        }
        let (bytes, limit): (&[u8], Duration) = match what {
            "head" => (b"GET /en/ HTTP/1.1\r\nHost: guide.test\r\n", HEAD_TIMEOUT),
            _ => (
                b"POST /en/application-date HTTP/1.1\r\nHost: guide.test\r\n\
                  Content-Type: application/x-www-form-urlencoded\r\n\
                  Sec-Fetch-Site: same-origin\r\nContent-Length: 100\r\n\r\napp",
                BODY_TIMEOUT,
            ),
        };
        stream.write_all(bytes).unwrap();
        let (took, answer) = until_closed(&mut stream, limit + SLACK)
            .unwrap_or_else(|| panic!("{what}: still open after {:?}", limit + SLACK));
        assert!(
            took + Duration::from_secs(1) >= limit,
            "{what}: closed after {took:?}, before its {limit:?}"
        );
        assert_eq!(status_of(&answer), 408, "{what}: {answer:?}");
        format!(
            "{what}{}: 408 after {took:.1?}",
            if first_request { " (second)" } else { "" }
        )
    })
}

/// Sends [`BURST`] bytes of pipelined requests and reads nothing.
fn unread_burst(address: &str) -> TcpStream {
    let mut stream = TcpStream::connect(address).expect("connect");
    let one = "GET /en/ HTTP/1.1\r\nHost: guide.test\r\n\r\n";
    let burst = one.repeat(BURST / one.len());
    stream
        .set_write_timeout(Some(Duration::from_secs(3)))
        .unwrap();
    // The server may close before it has taken all of it: that is fine.
    let _ = stream.write_all(burst.as_bytes());
    stream
}

/// An unread burst whose client then reads 100 bytes every half second: it
/// must be closed within [`WRITE_STALL`] (plus [`SLACK`]) all the same.
fn trickle(address: String) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut stream = unread_burst(&address);
        let start = Instant::now();
        let mut chunk = [0u8; 100];
        stream
            .set_read_timeout(Some(Duration::from_millis(500)))
            .unwrap();
        loop {
            std::thread::sleep(Duration::from_millis(500));
            match stream.read(&mut chunk) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(_) => break,
            }
            // The server counts the close (`unread_answers`); here, what the
            // kernel already holds keeps coming for a while after it.
            if start.elapsed() > WRITE_STALL + SLACK {
                break;
            }
        }
        format!(
            "trickle: read 100 bytes a half second for {:.1?}",
            start.elapsed()
        )
    })
}

/// One applicant: every path, question by question, with the cookie of
/// production (`__Host-`), as a browser posts (`Sec-Fetch-Site`).
async fn walk_every_path(base: String, until: Instant) -> usize {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut walks = 0;
    let paths = every_path();
    // At least once through every path, and on until the hostile clients are done.
    while walks < paths.len() || Instant::now() < until {
        let path = &paths[walks % paths.len()];
        let mut cookie: Option<String> = None;
        let mut here = "/en/application-date".to_owned();
        for answer in &path.answers {
            let mut get = client.get(format!("{base}{here}"));
            if let Some(c) = &cookie {
                get = get.header("cookie", format!("{HOST_COOKIE_NAME}={c}"));
            }
            let page = get.send().await.expect("a question page");
            assert_eq!(page.status(), 200, "GET {here} on {path:?}");
            let form = format!("{}={}", answer.question().slug(), answer.option_slug());
            let mut post = client
                .post(format!("{base}{here}"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .body(form);
            if let Some(c) = &cookie {
                post = post.header("cookie", format!("{HOST_COOKIE_NAME}={c}"));
            }
            let posted = post.send().await.expect("an answer");
            assert_eq!(posted.status(), 303, "POST {here} on {path:?}");
            let set = posted
                .headers()
                .get_all("set-cookie")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find_map(|v| v.strip_prefix(&format!("{HOST_COOKIE_NAME}=")))
                .and_then(|v| v.split(';').next())
                .expect("the answers' cookie");
            cookie = Some(set.to_owned());
            here = posted.headers()["location"].to_str().unwrap().to_owned();
        }
        let result = client
            .get(format!("{base}{here}"))
            .header("cookie", format!("{HOST_COOKIE_NAME}={}", cookie.unwrap()))
            .send()
            .await
            .expect("the result");
        assert_eq!(result.status(), 200, "{here} on {path:?}");
        let body = result.text().await.unwrap();
        let outcome = format!("data-outcome=\"{}\"", path.outcome.id());
        assert!(body.contains(&outcome), "{path:?}: no {outcome}");
        walks += 1;
    }
    walks
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the release build: scripts/test builds it and runs this with --ignored"]
async fn slow_and_hostile_clients_do_not_take_the_server_down() {
    let server = Server::start();
    let base = format!("http://{}", server.address);
    let idle_rss = server.peak_rss();
    let start = Instant::now();

    // Hostile clients, all at once.
    let bursts: Vec<TcpStream> = (0..EACH).map(|_| unread_burst(&server.address)).collect();
    let bursts_sent = Instant::now();
    let tricklers: Vec<_> = (0..TRICKLERS)
        .map(|_| trickle(server.address.clone()))
        .collect();
    let mut starving = Vec::new();
    for i in 0..EACH {
        starving.push(starved(server.address.clone(), false, "body"));
        starving.push(starved(server.address.clone(), i % 2 == 1, "head"));
    }

    // Applicants, meanwhile.
    let until = Instant::now() + HEAD_TIMEOUT.max(BODY_TIMEOUT).max(WRITE_STALL) + SLACK;
    let walkers: Vec<_> = (0..WALKERS)
        .map(|_| tokio::spawn(walk_every_path(base.clone(), until)))
        .collect();

    let mut closes = Vec::new();
    for thread in starving {
        closes.push(
            thread
                .join()
                .expect("each head and body client: 408, closed in time"),
        );
    }
    // Each unread burst is closed within WRITE_STALL of its answers backing
    // up (which is at once: the server's send buffer holds a few pages).
    let deadline = bursts_sent + WRITE_STALL + SLACK;
    let unread_bursts = (EACH + TRICKLERS) as u64;
    while server.closed("unread_answers") < unread_bursts && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let unread = server.closed("unread_answers");
    assert_eq!(
        unread,
        unread_bursts,
        "unread bursts (trickle readers too) closed by {:?}",
        deadline - start
    );
    for thread in tricklers {
        closes.push(thread.join().expect("a trickle reader"));
    }
    for mut stream in bursts {
        // Closed by the server: what is left comes, then the end (or a reset).
        assert!(
            until_closed(&mut stream, Duration::from_secs(2)).is_some(),
            "an unread burst's connection is still open"
        );
        let _ = stream.shutdown(Shutdown::Both);
    }
    let mut walks = 0;
    for walker in walkers {
        walks += walker.await.expect("every walk succeeds");
    }
    let peak = server.peak_rss();
    let head_closes = server.closed("head_timeout");
    let body_closes = server.closed("body_timeout");
    eprintln!(
        "{} paths walked {walks} times by {WALKERS} applicants beside {} hostile connections; \
         peak RSS {:.1} MB (idle {:.1} MB); closed by the server: {unread} unread bursts \
         ({TRICKLERS} of them read a trickle), \
         {head_closes} late heads, {body_closes} late bodies; {:.1?} in all",
        every_path().len(),
        3 * EACH + TRICKLERS,
        peak as f64 / 1e6,
        idle_rss as f64 / 1e6,
        start.elapsed()
    );
    for kind in ["body", "head:", "head (second)", "trickle"] {
        if let Some(close) = closes.iter().find(|c| c.starts_with(kind)) {
            eprintln!("  e.g. {close}");
        }
    }
    assert!(
        peak < PEAK_RSS_LIMIT,
        "peak RSS {peak} bytes, over {PEAK_RSS_LIMIT}"
    );
    assert_eq!((head_closes, body_closes), (EACH as u64, EACH as u64));
    let log = server.log.lock().unwrap().clone();
    let errors: Vec<&String> = log.iter().filter(|l| l.contains("ERROR")).collect();
    assert!(errors.is_empty(), "ERROR lines: {errors:#?}");
}
