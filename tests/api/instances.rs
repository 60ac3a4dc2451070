//! Real instances: the release or debug binary as deployed, started as
//! processes on their own ports. Any instance with the key serves any step;
//! keys rotate without losing anyone's answers; bad configuration stops the
//! start; SIGTERM lets in-flight requests finish; logs carry a request id and
//! never an answer.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use residence_card_guide::rules::every_path;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{TestApp, Visitor};

const BINARY: &str = env!("CARGO_BIN_EXE_residence-card-guide");

/// A key of 64 bytes that look random (SHA-256 of the seed), different for
/// each seed: the server refuses a key that is not random bytes.
fn key(seed: u8) -> String {
    use sha2::{Digest, Sha256};
    STANDARD.encode([Sha256::digest([seed, 0]), Sha256::digest([seed, 1])].concat())
}

/// One running server process. Killed when dropped.
struct Instance {
    child: Child,
    app: TestApp,
    log: Arc<Mutex<Vec<String>>>,
}

impl Instance {
    /// Starts the binary on a free loopback port with `vars` (and nothing
    /// else from this environment that could matter).
    fn start(vars: &[(&str, &str)]) -> Instance {
        let mut command = Command::new(BINARY);
        for name in [
            "COOKIE_KEY",
            "COOKIE_KEY_FILE",
            "COOKIE_KEY_PREVIOUS",
            "COOKIE_KEY_PREVIOUS_FILE",
            "APP_ENV",
            "PUBLIC_ORIGIN",
            "LOG_FORMAT",
            "HOST",
            "METRICS_HOST",
            "SHUTDOWN_DRAIN_SECONDS",
            "OPERATOR_NAME",
            "OPERATOR_CONTACT",
            "OPERATOR_PRIVACY_URL",
        ] {
            command.env_remove(name);
        }
        // Metrics off unless a test asks for them on a port of its own.
        command
            .env("PORT", "0")
            .env("HOST", "127.0.0.1")
            .env("METRICS_PORT", "0")
            .env("RUST_LOG", "info")
            .envs(vars.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("the binary starts");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (sender, receiver) = std::sync::mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let log = Arc::clone(&log);
            let sender = sender.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if let Some(address) = line.split("listening on ").nth(1) {
                        let _ = sender.send(address.trim_end_matches('/').to_owned());
                    }
                    log.lock().unwrap().push(line);
                }
            });
        }
        let address = receiver
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no address in the log: {:?}", log.lock().unwrap()));
        let app = TestApp::at(address);
        Instance { child, app, log }
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the process to end; its exit status.
    fn wait(&mut self, limit: Duration) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(start.elapsed() < limit, "still running after {limit:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Walks every path of the guide, each request to the next instance in turn,
/// carrying the cookie from one to the other, and checks the outcome.
async fn walk_every_path_across(instances: &[&Instance]) {
    let mut turn = 0;
    let mut next = || {
        turn += 1;
        &instances[turn % instances.len()].app
    };
    for path in every_path() {
        let mut cookie: Option<String> = None;
        let mut here = "/en/application-date".to_owned();
        for answer in &path.answers {
            let mut visitor = Visitor::new(next());
            visitor.cookie = cookie.clone();
            let page = visitor.get(&here).await;
            assert_eq!(page.status, 200, "{here} {path:?}");
            let mut visitor = Visitor::new(next());
            visitor.cookie = cookie.clone();
            let slug = answer.question().slug();
            let posted = visitor
                .post(&here, &format!("{slug}={}", answer.option_slug()))
                .await;
            assert_eq!(posted.status, 303, "{here}");
            assert!(!posted.location().contains("notice"), "answers kept");
            cookie = visitor.cookie.clone();
            here = posted.location().to_owned();
        }
        let mut visitor = Visitor::new(next());
        visitor.cookie = cookie;
        let result = visitor.get(&here).await;
        assert_eq!(result.status, 200, "{path:?}");
        assert_eq!(
            result.attr("#outcome", "data-outcome").as_deref(),
            Some(path.outcome.id())
        );
    }
}

#[tokio::test]
async fn two_instances_with_one_key_serve_every_path_alternately() {
    let shared = key(11);
    let a = Instance::start(&[("COOKIE_KEY", &shared)]);
    let b = Instance::start(&[("COOKIE_KEY", &shared)]);
    assert_ne!(a.app.address, b.app.address);
    walk_every_path_across(&[&a, &b]).await;
    // A third instance with another key cannot read them: the key is the state.
    let other = Instance::start(&[("COOKIE_KEY", &key(12))]);
    let mut visitor = Visitor::new(&a.app);
    visitor
        .post("/en/application-date", "application-date=before-cutoff")
        .await;
    let mut stranger = Visitor::new(&other.app);
    stranger.cookie = visitor.cookie.clone();
    let page = stranger.get("/en/application-portal").await;
    assert_eq!(
        page.location(),
        "/en/application-date?notice=answers-lost",
        "a foreign key starts over"
    );
}

/// Rotation as `docs/operations.md` describes it. An old instance (old key
/// only) hands out a cookie; a rotated one (new key, old key as previous)
/// reads it and re-issues it under the new key; once the old key is retired,
/// the re-issued cookie still opens and the old one does not.
#[tokio::test]
async fn a_rotated_instance_reads_the_old_key_and_reissues_under_the_new() {
    let (old, new) = (key(21), key(22));
    let before = Instance::start(&[("COOKIE_KEY", &old)]);
    let rotated = Instance::start(&[("COOKIE_KEY", &new), ("COOKIE_KEY_PREVIOUS", &old)]);
    let after = Instance::start(&[("COOKIE_KEY", &new)]);

    let mut visitor = Visitor::new(&before.app);
    visitor
        .post("/nb/application-date", "application-date=before-cutoff")
        .await;
    let old_cookie = visitor.cookie.clone().expect("saved under the old key");

    let mut visitor = Visitor::new(&rotated.app);
    visitor.cookie = Some(old_cookie.clone());
    let page = visitor.get("/nb/application-portal").await;
    assert_eq!(page.status, 200, "the old key still opens");
    assert!(page.set_cookie().is_some(), "and the cookie is re-issued");
    let new_cookie = visitor.cookie.clone().unwrap();
    assert_ne!(new_cookie, old_cookie);

    let mut visitor = Visitor::new(&after.app);
    visitor.cookie = Some(new_cookie);
    assert_eq!(visitor.get("/nb/application-portal").await.status, 200);
    visitor.cookie = Some(old_cookie);
    let page = visitor.get("/nb/application-portal").await;
    assert_eq!(page.location(), "/nb/application-date?notice=answers-lost");
}

/// During a rolling update both kinds of instance run at once. Step one gives
/// every instance the next key as COOKIE_KEY_PREVIOUS (they still seal with
/// the old one); step two swaps the two. Instances of the two steps read each
/// other's cookies, so no journey is lost while the update rolls.
#[tokio::test]
async fn both_steps_of_a_rotation_serve_one_journey_together() {
    let (old, new) = (key(31), key(32));
    let step_one = Instance::start(&[("COOKIE_KEY", &old), ("COOKIE_KEY_PREVIOUS", &new)]);
    let step_two = Instance::start(&[("COOKIE_KEY", &new), ("COOKIE_KEY_PREVIOUS", &old)]);
    walk_every_path_across(&[&step_one, &step_two]).await;
}

/// A configuration the server cannot run with stops the start with a message
/// and exit code 78 (`EX_CONFIG`), never a silent development mode.
#[test]
fn bad_settings_stop_the_start_with_exit_code_78() {
    let misspelt = "APP_ENV must be \"development\" or \"production\"";
    let good = key(1);
    let zeros = STANDARD.encode([0u8; 64]);
    let letters = "CorrectHorseBatteryStaple".repeat(4);
    let production = [("APP_ENV", "production"), ("COOKIE_KEY", good.as_str())];
    let with = |extra: (&'static str, &'static str)| {
        let mut vars = production.to_vec();
        vars.push(extra);
        vars
    };
    // Production with an origin: what the operator settings need besides.
    let with_origin = |extra: &[(&'static str, &'static str)]| {
        let mut vars = with(("PUBLIC_ORIGIN", "https://guide.example"));
        vars.extend_from_slice(extra);
        vars
    };
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("APP_ENV", "production")], "COOKIE_KEY is required"),
        (
            with_origin(&[]),
            "OPERATOR_NAME is required when APP_ENV=production",
        ),
        (
            with_origin(&[("OPERATOR_NAME", "Example kommune")]),
            "OPERATOR_CONTACT is required when APP_ENV=production",
        ),
        (
            with_origin(&[
                ("OPERATOR_NAME", "Example kommune"),
                ("OPERATOR_CONTACT", "http://example.org/"),
            ]),
            "OPERATOR_CONTACT must be one mailto: or https: address",
        ),
        (vec![("APP_ENV", "prod")], misspelt),
        (vec![("APP_ENV", "Production ")], misspelt),
        (vec![("APP_ENV", "staging")], misspelt),
        (vec![("APP_ENV", "")], misspelt),
        (vec![("PORT", "eighty")], "PORT must be a number"),
        (
            vec![("APP_ENV", "production"), ("COOKIE_KEY", "c2hvcnQ=")],
            "COOKIE_KEY must decode to at least 64 bytes",
        ),
        (
            vec![("COOKIE_KEY", "not base64 at all!")],
            "COOKIE_KEY is not valid base64",
        ),
        (
            production.to_vec(),
            "PUBLIC_ORIGIN is required when APP_ENV=production",
        ),
        (
            with(("PUBLIC_ORIGIN", "http://guide.example")),
            "PUBLIC_ORIGIN must be an https origin",
        ),
        (
            with(("PUBLIC_ORIGIN", "https://guide.example/")),
            "no path, query or fragment",
        ),
        (
            vec![("PUBLIC_ORIGIN", "guide.example")],
            "PUBLIC_ORIGIN must be an origin such as https://guide.example",
        ),
        (
            vec![("SHUTDOWN_DRAIN_SECONDS", "10000")],
            "SHUTDOWN_DRAIN_SECONDS must be a whole number of seconds from 0 to 300",
        ),
        (
            vec![
                ("APP_ENV", "production"),
                ("COOKIE_KEY_FILE", "/nonexistent/key"),
            ],
            "COOKIE_KEY_FILE: cannot read \"/nonexistent/key\"",
        ),
        (
            vec![
                ("COOKIE_KEY", "c2hvcnQ="),
                ("COOKIE_KEY_FILE", "/nonexistent/key"),
            ],
            "set COOKIE_KEY or COOKIE_KEY_FILE, not both",
        ),
        (
            vec![("APP_ENV", "production"), ("COOKIE_KEY", &zeros)],
            "COOKIE_KEY is not random bytes: it repeats a pattern of 1 byte(s). \
             Make one with: openssl rand -base64 64",
        ),
        (
            vec![("COOKIE_KEY", &good), ("COOKIE_KEY_PREVIOUS", &letters)],
            "COOKIE_KEY_PREVIOUS is not random bytes: it is letters only",
        ),
        (
            vec![("RUST_LOG", "info,=x")],
            "RUST_LOG must be a tracing filter",
        ),
        (
            vec![("LOG_FORMAT", "JSON")],
            "LOG_FORMAT must be \"text\" or \"json\"",
        ),
    ];
    for (vars, message) in cases {
        let output = Command::new(BINARY)
            .env_remove("COOKIE_KEY")
            .env_remove("OPERATOR_NAME")
            .env_remove("OPERATOR_CONTACT")
            .env_remove("OPERATOR_PRIVACY_URL")
            .env_remove("COOKIE_KEY_PREVIOUS")
            .env_remove("APP_ENV")
            .env_remove("PUBLIC_ORIGIN")
            .env_remove("SHUTDOWN_DRAIN_SECONDS")
            .env_remove("COOKIE_KEY_FILE")
            .env_remove("COOKIE_KEY_PREVIOUS_FILE")
            .env_remove("RUST_LOG")
            .env_remove("LOG_FORMAT")
            .env("PORT", "0")
            .env("HOST", "127.0.0.1")
            .envs(vars.iter().copied())
            .stdin(Stdio::null())
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(78), "{vars:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{vars:?}: {stderr}");
    }
}

/// The log says at start which mode runs; a key set in development (a
/// production key on an instance whose cookies are not `Secure`) is warned
/// about, as is a missing key.
#[test]
fn the_mode_is_logged_at_start_and_a_key_in_development_is_warned_about() {
    let not_secure = "COOKIE_KEY is set but APP_ENV is not production";
    let random = "COOKIE_KEY is not set: using a random key";
    // (settings, the mode logged, the warning logged)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, Option<&'a str>);
    let cases: [Case; 3] = [
        (&[("COOKIE_KEY", &key(71))], "development", Some(not_secure)),
        (&[], "development", Some(random)),
        (
            &[
                ("COOKIE_KEY", &key(72)),
                ("APP_ENV", "production"),
                ("PUBLIC_ORIGIN", "https://guide.example"),
                ("OPERATOR_NAME", "Example kommune"),
                ("OPERATOR_CONTACT", "mailto:guide@example.org"),
            ],
            "production",
            None,
        ),
    ];
    for (vars, mode, warning) in cases {
        let instance = Instance::start(vars);
        let origin = if mode == "production" {
            "https://guide.example".to_owned()
        } else {
            instance.app.address.clone()
        };
        // The origin line comes after the address the start waited for.
        let origin_line = format!("same-origin form posts must come from {origin} (PUBLIC_ORIGIN)");
        let start = Instant::now();
        while !instance.log().iter().any(|l| l.contains(&origin_line)) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{vars:?}: no {origin_line:?} in {:?}",
                instance.log()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let log = instance.log().join("\n");
        assert!(
            log.contains(&format!("starting in {mode} mode")),
            "{vars:?}: {log}"
        );
        for expected in [not_secure, random] {
            assert_eq!(
                log.contains(expected),
                warning == Some(expected),
                "{vars:?}: {expected:?} in {log}"
            );
        }
        let warned = log.lines().filter(|l| l.contains("WARN")).count();
        assert_eq!(warned, usize::from(warning.is_some()), "{vars:?}: {log}");
    }
}

/// Nothing in a log line is taken verbatim from the request: a 10 KB method
/// is logged as `other`, and the line stays short.
#[tokio::test]
async fn a_huge_method_is_logged_as_other_in_a_short_line() {
    let instance = Instance::start(&[("COOKIE_KEY", &key(81))]);
    let address = instance
        .app
        .address
        .trim_start_matches("http://")
        .to_owned();
    let method = "Q".repeat(10 * 1024);
    let mut stream = TcpStream::connect(&address).await.unwrap();
    let request =
        format!("{method} /en/handed-in HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_string(&mut answer))
        .await
        .expect("answered in time")
        .unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 405"),
        "{}",
        &answer[..answer.len().min(200)]
    );
    let start = Instant::now();
    let answered = loop {
        let log = instance.log();
        if let Some(line) = log.iter().find(|l| l.contains(" answered ")) {
            break line.clone();
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no access line: {log:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(answered.contains("method=other"), "{answered}");
    assert!(answered.contains("status=405"), "{answered}");
    for line in instance.log() {
        assert!(
            line.len() < 400,
            "a line of {} bytes: {}",
            line.len(),
            &line[..200]
        );
        assert!(
            !line.contains("QQQQ"),
            "the method was logged: {}",
            &line[..200]
        );
    }
}

/// SIGTERM: for the drain period `/healthz` answers 503 and every response
/// closes its connection; then the listener closes, a request already in
/// flight still gets its whole answer, and the process exits 0.
#[tokio::test]
async fn sigterm_drains_then_lets_the_request_in_flight_finish() {
    let mut instance =
        Instance::start(&[("COOKIE_KEY", &key(41)), ("SHUTDOWN_DRAIN_SECONDS", "1")]);
    let address = instance
        .app
        .address
        .trim_start_matches("http://")
        .to_owned();
    // A form post whose body is only half sent: in flight, waiting for the rest.
    let mut stream = TcpStream::connect(&address).await.unwrap();
    let body = "application-date=before-cutoff";
    // `Expect: 100-continue`: the server answers `100 Continue` once it has the
    // request head, so the test knows the request is in flight without sleeping.
    let head = format!(
        "POST /en/application-date HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nSec-Fetch-Site: same-origin\r\n\
         Expect: 100-continue\r\nContent-Length: {}\r\n\r\n",
        body.len(),
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut interim = Vec::new();
    let mut byte = [0u8; 1];
    while !interim.ends_with(b"\r\n\r\n") {
        tokio::time::timeout(Duration::from_secs(5), stream.read_exact(&mut byte))
            .await
            .expect("100 Continue in time")
            .unwrap();
        interim.push(byte[0]);
    }
    assert!(
        interim.starts_with(b"HTTP/1.1 100"),
        "{:?}",
        String::from_utf8_lossy(&interim)
    );
    stream.write_all(&body.as_bytes()[..10]).await.unwrap();

    instance.terminate();
    // Draining: still served, but not ready, and each connection is closed
    // after its response, so a load balancer moves on.
    let terminated = Instant::now();
    let health = loop {
        let health = instance
            .app
            .client
            .get(format!("{}/healthz", instance.app.address))
            .send()
            .await
            .unwrap();
        if health.status() == 503 {
            break health;
        }
        assert!(terminated.elapsed() < Duration::from_secs(2), "still ready");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(health.headers()["connection"], "close");
    let page = instance
        .app
        .client
        .get(format!("{}/en/", instance.app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200, "pages are still served while draining");
    assert_eq!(page.headers()["connection"], "close");
    // After the drain period new connections are refused.
    loop {
        if TcpStream::connect(&address).await.is_err() {
            break;
        }
        assert!(
            terminated.elapsed() < Duration::from_secs(6),
            "still accepting"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        terminated.elapsed() >= Duration::from_millis(900),
        "stopped before the drain period"
    );
    // The rest of the body arrives; the answer is whole.
    stream.write_all(&body.as_bytes()[10..]).await.unwrap();
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_string(&mut answer))
        .await
        .expect("answered in time")
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    assert!(answer.contains("/en/application-portal"), "{answer}");

    let status = instance.wait(Duration::from_secs(10));
    assert!(status.success(), "{status:?}");
    let log = instance.log().join("\n");
    assert!(log.contains("SIGTERM"), "{log}");
}

/// Every request line carries a request id; no log line, even at `debug` for
/// every crate, holds an answer, a question a person reached, or the cookie.
#[tokio::test]
async fn logs_carry_a_request_id_and_never_an_answer() {
    let instance = Instance::start(&[("COOKIE_KEY", &key(51)), ("RUST_LOG", "debug")]);
    let mut visitor = Visitor::new(&instance.app);
    let mut cookies = Vec::new();
    for (path, body) in [
        (
            "/en/application-date",
            "application-date=on-or-after-cutoff",
        ),
        (
            "/en/application-type",
            "application-type=derived-refugee-status",
        ),
        ("/en/first-travel-document", "first-travel-document=no"),
        ("/en/expired-travel-document", "expired-travel-document=yes"),
        ("/en/handed-in", "handed-in=no"),
        ("/en/handed-in", "handed-in=maybe"),
        ("/en/application-portal", "application-portal=yes"),
    ] {
        assert!(visitor.get(path).await.status.is_success(), "{path}");
        visitor.post(path, body).await;
        cookies.extend(visitor.cookie.clone());
    }
    assert_eq!(visitor.get("/en/result").await.status, 200);
    assert_eq!(visitor.get("/en/nope").await.status, 404);
    // Refused requests name a question in their path: that must not be logged.
    let put = visitor
        .send(reqwest::Method::PUT, "/en/handed-in", None, &[])
        .await;
    assert_eq!(put.status, 405);
    // The lines are written before each answer, but read by another thread.
    let answered = |log: &[String]| log.iter().filter(|l| l.contains(" answered ")).count();
    let start = Instant::now();
    while answered(&instance.log()) < 17 && start.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let log = instance.log();
    let requests: Vec<&String> = log.iter().filter(|l| l.contains(" answered ")).collect();
    assert_eq!(requests.len(), 17, "one line per request: {log:#?}");
    for line in &requests {
        assert!(line.contains("request_id="), "{line}");
        assert!(line.contains("status="), "{line}");
    }
    let secrets = [
        "on-or-after-cutoff",
        "derived-refugee-status",
        "first-travel-document",
        "expired-travel-document",
        "handed-in",
        "application-portal",
        "maybe",
        "=yes",
        "=no",
        "rcg-answers",
    ];
    for line in &log {
        for secret in secrets {
            assert!(!line.contains(secret), "{secret:?} logged: {line}");
        }
        for cookie in &cookies {
            assert!(!line.contains(cookie.as_str()), "the cookie logged: {line}");
        }
    }
}

/// `residence-card-guide healthcheck` (the container HEALTHCHECK): 0 while the
/// server answers on HOST:PORT, 1 when nothing listens there.
#[test]
fn the_healthcheck_command_probes_healthz() {
    let instance = Instance::start(&[("COOKIE_KEY", &key(61))]);
    let port = instance.app.address.rsplit(':').next().unwrap().to_owned();
    let probe = |host: &str, port: &str| {
        Command::new(BINARY)
            .arg("healthcheck")
            .env("HOST", host)
            .env("PORT", port)
            .output()
            .expect("the binary runs")
    };
    for host in ["127.0.0.1", "0.0.0.0"] {
        let output = probe(host, &port);
        assert!(output.status.success(), "{host}: {output:?}");
    }
    drop(instance);
    let output = probe("127.0.0.1", &port);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("healthcheck"));
}

/// A request that is not HTTP/1.1 (refused by actix before any route: 400),
/// or whose head is over the limits (431), is counted by a fixed kind and
/// logged at `WARN` with nothing it sent; no `ERROR` line (that means a 5xx
/// of the guide's own).
#[tokio::test]
async fn protocol_errors_are_counted_and_logged_as_warnings_without_content() {
    let metrics = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port()
        .to_string();
    let instance = Instance::start(&[("COOKIE_KEY", &key(83)), ("METRICS_PORT", &metrics)]);
    let address = instance
        .app
        .address
        .trim_start_matches("http://")
        .to_owned();
    let big = format!(
        "GET /en/ HTTP/1.1\r\nHost: x\r\nX-Secret: {}\r\n\r\n",
        "secret".repeat(40_000)
    );
    for (request, status) in [
        (b"\x00\x01 secret-token\r\n\r\n".to_vec(), "400"),
        (
            b"GET /en/ HTTP/1.1\r\nHost: x\r\nsecret-line\r\n\r\n".to_vec(),
            "400",
        ),
        (big.into_bytes(), "431"),
    ] {
        let mut stream = TcpStream::connect(&address).await.unwrap();
        let _ = stream.write_all(&request).await;
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer))
            .await
            .expect("answered in time");
        let answer = String::from_utf8_lossy(&answer);
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "{answer}"
        );
    }
    let start = Instant::now();
    let warnings = loop {
        let warnings: Vec<String> = instance
            .log()
            .into_iter()
            .filter(|l| l.contains("WARN") && l.contains("refused a request"))
            .collect();
        if warnings.len() == 3 {
            break warnings;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{:#?}",
            instance.log()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(
        warnings
            .iter()
            .filter(|l| l.contains("kind=\"bad_request\""))
            .count(),
        2,
        "{warnings:#?}"
    );
    assert!(
        warnings[2].contains("kind=\"header_too_large\""),
        "{warnings:#?}"
    );
    for line in instance.log() {
        assert!(!line.contains("ERROR"), "{line}");
        assert!(!line.contains("secret"), "{line}");
    }
    let scrape = instance
        .app
        .client
        .get(format!("http://127.0.0.1:{metrics}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for series in [
        "rcg_http_protocol_errors_total{kind=\"bad_request\"} 2",
        "rcg_http_protocol_errors_total{kind=\"header_too_large\"} 1",
        "rcg_connections_closed_total{reason=\"head_timeout\"} 0",
    ] {
        assert!(
            scrape.lines().any(|l| l == series),
            "no {series} in:\n{scrape}"
        );
    }
}
