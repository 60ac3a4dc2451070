//! A rolling restart loses nothing: three real instances on one key behind
//! Debian's nginx, under load from wrk and from applicants walking every path
//! of the guide, restarted one after the other (SIGTERM, wait for the exit,
//! start again on the same port, wait for `/healthz`). No walk and no request
//! may fail.
//!
//! The instances run as deployed: `APP_ENV=production` and `PUBLIC_ORIGIN`
//! the nginx TLS server's origin (`https://guide.test:<port>`). nginx serves
//! plain HTTP on one port and TLS on another, with a certificate made for the
//! run with `openssl` (a CA of its own and a certificate for `guide.test`),
//! and passes `Host` on but no `X-Forwarded-Proto`, as `docs/operations.md`
//! says. Most applicants walk over plain HTTP as modern browsers
//! (`Sec-Fetch-Site: same-origin`); some walk over TLS as Safari before 16.4
//! does (`Origin`, no `Sec-Fetch-Site`), and between them walk every path. `scripts/fleet` runs this same test, longer, with the release
//! binary; `docs/operations.md` ("Benchmark figures") has the figures.
//!
//! Needs `nginx`, `wrk` and `openssl` (Debian packages of those names);
//! without them it fails and says so. Only loopback traffic; every loop is bounded in time, and
//! everything it starts is killed when it ends, panics included.
//!
//! Settings (all optional):
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `FLEET_SECONDS` | 22 | how long the load runs (raised to fit 3 restarts) |
//! | `FLEET_DRAIN` | 2 | `SHUTDOWN_DRAIN_SECONDS` of the instances |
//! | `FLEET_BIN` | this build's binary | the server binary to run |
//! | `FLEET_WALKERS` | 8 | applicants walking at the same time over plain HTTP |
//! | `FLEET_TLS_WALKERS` | 2 | applicants walking at the same time over TLS, as an old browser |
//! | `FLEET_CONNECTIONS` | 16 | wrk's connections |
//! | `FLEET_RETRY_POSTS` | 1 | 0: nginx without `proxy_next_upstream non_idempotent` (see [`nginx_config`]) |
//! | `FLEET_UPSTREAM_KEEPALIVE` | see [`Plan::upstream_keepalive`] | nginx's idle timeout for its connections to the instances, seconds |
//! | `FLEET_DIR` | the temporary folder | where the run's folder (nginx.conf, logs) goes; kept when the test fails |

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use residence_card_guide::answer_cookie::HOST_COOKIE_NAME;
use residence_card_guide::rules::{Path as GuidePath, every_path};

/// How many instances stand behind nginx.
const INSTANCES: usize = 3;
/// The fewest restarts a run must do: each instance once.
const MIN_RESTARTS: usize = INSTANCES;
/// Load before the first restart, and after the last one.
const WARMUP: Duration = Duration::from_secs(2);
const TAIL: Duration = Duration::from_secs(2);
/// nginx's `fail_timeout`: an instance nginx could not reach gets no request
/// for this long (passive health).
const FAIL_TIMEOUT: Duration = Duration::from_secs(2);
/// An instance's idle keep-alive (actix's default): nginx must close its idle
/// upstream connections before this.
const SERVER_KEEP_ALIVE: Duration = Duration::from_secs(5);
/// The question page wrk asks for, with a cookie that answered the question before.
const WRK_PATH: &str = "/en/application-type";
/// The host name of the TLS server (the walkers resolve it to 127.0.0.1).
const TLS_HOST: &str = "guide.test";

/// What this run does, from the environment.
struct Plan {
    seconds: Duration,
    drain: Duration,
    binary: PathBuf,
    walkers: usize,
    tls_walkers: usize,
    connections: usize,
    upstream_keepalive: Duration,
    /// nginx sends a POST to another instance when the first one broke the
    /// connection (`proxy_next_upstream non_idempotent`).
    retry_posts: bool,
}

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Err(_) => default,
        Ok(value) => value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a whole number, not {value:?}")),
    }
}

impl Plan {
    fn from_env() -> Plan {
        let drain = Duration::from_secs(env_number("FLEET_DRAIN", 2));
        let upstream_keepalive = match std::env::var("FLEET_UPSTREAM_KEEPALIVE") {
            Ok(_) => Duration::from_secs(env_number("FLEET_UPSTREAM_KEEPALIVE", 0)),
            Err(_) => Plan::upstream_keepalive(drain),
        };
        let binary = std::env::var_os("FLEET_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_residence-card-guide")));
        let mut plan = Plan {
            seconds: Duration::from_secs(env_number("FLEET_SECONDS", 22)),
            drain,
            binary,
            walkers: env_number("FLEET_WALKERS", 8).max(1) as usize,
            tls_walkers: env_number("FLEET_TLS_WALKERS", 2).max(1) as usize,
            connections: env_number("FLEET_CONNECTIONS", 16).max(1) as usize,
            upstream_keepalive,
            retry_posts: env_number("FLEET_RETRY_POSTS", 1) != 0,
        };
        let least = WARMUP + plan.restart_time() * MIN_RESTARTS as u32 + TAIL;
        if plan.seconds < least {
            println!(
                "FLEET_SECONDS={} is too short for {MIN_RESTARTS} restarts with a {} s drain: running {} s",
                plan.seconds.as_secs(),
                drain.as_secs(),
                least.as_secs()
            );
            plan.seconds = least;
        }
        plan
    }

    /// nginx's idle timeout for its kept-alive connections to the instances:
    /// shorter than the instances' own (5 s), so nginx never sends a request
    /// on a connection the instance is closing for idleness; and shorter than
    /// the drain, so that when a draining instance stops (and closes what is
    /// still open) nginx holds no idle connection to it. 4 s for the default
    /// 6 s drain; 1 s for the test's 2 s drain.
    fn upstream_keepalive(drain: Duration) -> Duration {
        let limit = SERVER_KEEP_ALIVE - Duration::from_secs(1);
        limit
            .min(drain.saturating_sub(Duration::from_secs(1)))
            .max(Duration::from_secs(1))
    }

    /// How long one restart is expected to take: the drain, the start, the gap.
    fn restart_time(&self) -> Duration {
        self.drain + Duration::from_secs(2) + self.gap()
    }

    /// Between an instance answering `/healthz` again and the next SIGTERM: 1 s,
    /// or longer when the drain is short, so that nginx has taken the last
    /// instance back (after [`FAIL_TIMEOUT`]) before the next one stops, as an
    /// operator would wait; else two could be out of nginx's view at once.
    fn gap(&self) -> Duration {
        (FAIL_TIMEOUT + Duration::from_secs(1))
            .saturating_sub(self.drain)
            .max(Duration::from_secs(1))
    }
}

/// `name` on the PATH, or in the sbin folders a non-root PATH lacks.
fn find_tool(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/sbin", "/usr/local/sbin"].map(PathBuf::from))
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// A folder for this run's configuration and logs; removed unless the run failed.
struct WorkDir {
    path: PathBuf,
}

impl WorkDir {
    fn new() -> WorkDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        // `scripts/fleet` names the parent, to remove it if the run is cut short.
        let parent = std::env::var_os("FLEET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        let path = parent.join(format!("rcg-fleet-{}-{nanos}", std::process::id()));
        fs::create_dir_all(path.join("tmp")).expect("make the work folder");
        WorkDir { path }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "fleet: logs and configuration kept in {}",
                self.path.display()
            );
        } else {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

/// A process this test started: killed and reaped when dropped.
struct Process(Option<Child>);

impl Process {
    fn id(&self) -> u32 {
        self.0.as_ref().map_or(0, Child::id)
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([format!("-{name}"), self.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -{name} {}", self.id());
    }

    /// Waits for the exit, at most `limit`.
    fn wait(&mut self, limit: Duration) -> Option<ExitStatus> {
        let child = self.0.as_mut()?;
        let start = Instant::now();
        loop {
            if let Some(status) = child.try_wait().expect("try_wait") {
                self.0 = None;
                return Some(status);
            }
            if start.elapsed() >= limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn running(&mut self) -> bool {
        self.0
            .as_mut()
            .is_some_and(|child| child.try_wait().ok().flatten().is_none())
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Asks `http://127.0.0.1:{port}{path}` once, on a fresh connection: the status.
///
/// The answer may take up to 5 s: on a machine busy with other work, an
/// instance under the walkers' and wrk's load can keep a request queued for
/// seconds (wrk's p99 reached 3.6 s in one CI run), and an answer that comes
/// late is still the instance's answer. (With 2 s, a `/healthz` asked at the
/// start of a 2 s drain once timed out, and the drain looked unreported.)
fn status_of(port: u16, path: &str) -> Option<u16> {
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(1)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream
        .set_write_timeout(Some(Duration::from_secs(2)))
        .ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}

/// Waits until `GET path` on `port` answers `want`, at most `limit`; how long it took.
fn wait_for(port: u16, path: &str, want: u16, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if status_of(port, path) == Some(want) {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Free loopback ports, all different.
fn free_ports(count: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..count)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("a free port"))
        .collect();
    listeners
        .iter()
        .map(|l| l.local_addr().unwrap().port())
        .collect()
}

/// What every instance is started with: the shared key and the public origin.
struct Deployment {
    key: String,
    /// `PUBLIC_ORIGIN`: nginx's TLS server, `https://guide.test:<port>`.
    origin: String,
}

/// One instance of the guide on a fixed port; restarted on the same port.
struct Instance {
    number: usize,
    port: u16,
    log: PathBuf,
    process: Process,
}

impl Instance {
    fn spawn(plan: &Plan, deployment: &Deployment, port: u16, log: &Path) -> Process {
        let out = File::options()
            .create(true)
            .append(true)
            .open(log)
            .expect("open the instance log");
        let mut command = Command::new(&plan.binary);
        for name in ["COOKIE_KEY_PREVIOUS", "LOG_FORMAT", "METRICS_HOST"] {
            command.env_remove(name);
        }
        command
            .env("APP_ENV", "production")
            .env("PUBLIC_ORIGIN", &deployment.origin)
            .env("OPERATOR_NAME", "Fleet test operator")
            .env("OPERATOR_CONTACT", "mailto:guide@guide.test")
            .env("HOST", "127.0.0.1")
            .env("PORT", port.to_string())
            .env("COOKIE_KEY", &deployment.key)
            .env("METRICS_PORT", "0")
            .env("SHUTDOWN_DRAIN_SECONDS", plan.drain.as_secs().to_string())
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out);
        Process(Some(command.spawn().unwrap_or_else(|error| {
            panic!("cannot start {}: {error}", plan.binary.display())
        })))
    }

    fn start(
        plan: &Plan,
        deployment: &Deployment,
        number: usize,
        port: u16,
        dir: &WorkDir,
    ) -> Instance {
        let log = dir.file(&format!("instance-{number}.log"));
        let process = Instance::spawn(plan, deployment, port, &log);
        let mut instance = Instance {
            number,
            port,
            log,
            process,
        };
        instance.wait_ready();
        instance
    }

    fn wait_ready(&mut self) -> Duration {
        let ready = wait_for(self.port, "/healthz", 200, Duration::from_secs(20));
        let log = fs::read_to_string(&self.log).unwrap_or_default();
        assert!(
            self.process.running(),
            "instance {} exited at start:\n{log}",
            self.number
        );
        ready.unwrap_or_else(|| panic!("instance {} is not ready:\n{log}", self.number))
    }
}

/// One restart: the figures `scripts/fleet` prints.
struct Restart {
    instance: usize,
    port: u16,
    /// Since the load started.
    at: Duration,
    /// From SIGTERM until `/healthz` answered 503.
    unready: Option<Duration>,
    /// From SIGTERM until the process exited: the drain, then the stop.
    drain: Duration,
    status: ExitStatus,
    /// From the new start until `/healthz` answered 200.
    ready: Duration,
}

/// Restarts the instances one after the other while another restart fits
/// before the end (and at least [`MIN_RESTARTS`] times).
fn roll(
    plan: &Plan,
    deployment: &Deployment,
    instances: &mut [Instance],
    begun: Instant,
) -> Vec<Restart> {
    std::thread::sleep(WARMUP);
    let mut done = Vec::new();
    for turn in 0.. {
        let fits = begun.elapsed() + plan.restart_time() + TAIL <= plan.seconds;
        if turn >= MIN_RESTARTS && !fits {
            break;
        }
        let instance = &mut instances[turn % INSTANCES];
        let at = begun.elapsed();
        let signalled = Instant::now();
        instance.process.signal("TERM");
        let unready = match plan.drain.is_zero() {
            true => None,
            // Asked all through the drain: it must say 503 for all of it.
            false => wait_for(instance.port, "/healthz", 503, plan.drain),
        };
        let status = instance
            .process
            .wait(plan.drain + Duration::from_secs(15))
            .unwrap_or_else(|| {
                panic!(
                    "instance {} still runs {} s after SIGTERM",
                    instance.number,
                    plan.drain.as_secs() + 15
                )
            });
        let drain = signalled.elapsed();
        let started = Instant::now();
        instance.process = Instance::spawn(plan, deployment, instance.port, &instance.log);
        instance.wait_ready();
        let ready = started.elapsed();
        println!(
            "  [{:.1} s] restart {}: instance {} drained and exited in {:.2} s, ready again {:.2} s later",
            begun.elapsed().as_secs_f64(),
            turn + 1,
            instance.number,
            drain.as_secs_f64(),
            ready.as_secs_f64(),
        );
        done.push(Restart {
            instance: instance.number,
            port: instance.port,
            at,
            unready,
            drain,
            status,
            ready,
        });
        std::thread::sleep(plan.gap());
    }
    done
}

/// nginx in front: the settings that matter for a rolling restart are here,
/// and explained in `docs/operations.md` ("Rolling restarts"). It listens on
/// `port` over plain HTTP and on `tls.port` over TLS, and logs no client
/// address and no path ("Logs" in `docs/operations.md`).
fn nginx_config(plan: &Plan, dir: &WorkDir, port: u16, tls: &Tls, upstreams: &[u16]) -> String {
    let d = dir.path.display();
    let mut servers = String::new();
    for upstream in upstreams {
        // Passive health: one failed attempt (a refused connection while the
        // instance is down) takes it out for 2 s, then nginx tries it again.
        writeln!(
            servers,
            "        server 127.0.0.1:{upstream} max_fails=1 fail_timeout={}s;",
            FAIL_TIMEOUT.as_secs()
        )
        .unwrap();
    }
    // Workers run as the master's user: as root that is root itself, since
    // the default (nobody) could not enter the work folder.
    let user = if is_root() { "user root root;" } else { "" };
    let non_idempotent = if plan.retry_posts {
        " non_idempotent"
    } else {
        ""
    };
    let location = format!(
        r#"        location / {{
            proxy_pass http://guide;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # The Host the browser asked for, and no X-Forwarded-* header: the
            # guide compares Origin with PUBLIC_ORIGIN and reads no forwarded
            # header.
            proxy_set_header Host $http_host;
            proxy_connect_timeout 2s;
            proxy_read_timeout 15s;
            # Try another instance when one cannot be reached, breaks the
            # connection before answering, or answers 502 or 503, and do that
            # for a POST too (`non_idempotent`). Without it nginx does not send
            # a POST again once it has written it to an instance, and a
            # rolling restart loses a post now and then: open-source nginx
            # does not read /healthz, so it keeps opening connections to a
            # draining instance (each response closes its connection) until
            # the instance stops; a connection it opened just before that, its
            # request written but not yet read, is then closed unanswered
            # ("upstream prematurely closed connection" or "recv() failed (104:
            # Connection reset by peer) while reading response header" in the
            # error log, a 502 to the applicant). Sending the guide's POSTs
            # twice is safe: the server keeps no state, a POST turns the cookie
            # and the form into a new cookie and a 303, and the same request
            # gives the same answer; feedback is counted once for a cookie, so
            # at worst once more, if an instance failed after counting it.
            # FLEET_RETRY_POSTS=0 leaves it out, to see the failure.
            proxy_next_upstream error timeout http_502 http_503{non_idempotent};
            proxy_next_upstream_tries 3;
            proxy_next_upstream_timeout 10s;
            # The defaults, written out because the guide relies on them:
            # nginx reads a whole request (and a whole answer) before it
            # passes it on, so a slow client costs the instances nothing.
            proxy_request_buffering on;
            proxy_buffering on;
            client_max_body_size 8k;
            client_body_timeout 10s;
        }}"#
    );
    format!(
        r#"# Written by tests/fleet.rs for one run; removed after it.
daemon off;
{user}
worker_processes 2;
pid {d}/nginx.pid;
# crit: nginx writes the client address, the request line (the path) and the
# referrer (the guide's previous page) into every error line about a request,
# with no way to leave them out; a failed upstream attempt is in the access
# log instead ($upstream_status "502, 303").
error_log {d}/nginx-error.log crit;
events {{
    worker_connections 1024;
}}
http {{
    client_body_temp_path {d}/tmp/body;
    proxy_temp_path {d}/tmp/proxy;
    fastcgi_temp_path {d}/tmp/fastcgi;
    uwsgi_temp_path {d}/tmp/uwsgi;
    scgi_temp_path {d}/tmp/scgi;
    # Only what is worth looking at: an error, or a request nginx sent to more
    # than one instance ($upstream_status "502, 303"). No client address and
    # no path: a path such as /en/first-travel-document tells which group a
    # reader belongs to. ($upstream_addr is an instance's address.) The
    # method from a fixed set: a client may send any token as a method.
    map $request_method $fleet_method {{
        GET GET;
        HEAD HEAD;
        POST POST;
        default other;
    }}
    log_format fleet '$msec $fleet_method $status upstreams="$upstream_addr" statuses="$upstream_status"';
    map "$status:$upstream_status" $fleet_worth_logging {{
        "~^[23][0-9][0-9]:[0-9]+$" 0;
        default 1;
    }}
    access_log {d}/nginx-access.log fleet if=$fleet_worth_logging;

    upstream guide {{
        # One view of the instances' health for both worker processes.
        zone guide 64k;
{servers}        # Kept-alive connections to the instances, closed after {keepalive} s
        # idle: before an instance closes them itself (after 5 s), and before a
        # draining instance stops, so nginx never sends a request on a
        # connection that is being closed at the other end.
        keepalive 32;
        keepalive_timeout {keepalive}s;
    }}

    server {{
        listen 127.0.0.1:{port};
{location}
    }}

    # TLS ends here, as at a real load balancer: the instances see plain HTTP.
    server {{
        listen 127.0.0.1:{tls_port} ssl;
        server_name {TLS_HOST};
        ssl_certificate {cert};
        ssl_certificate_key {key};
        ssl_protocols TLSv1.2 TLSv1.3;
{location}
    }}
}}
"#,
        keepalive = plan.upstream_keepalive.as_secs(),
        tls_port = tls.port,
        cert = tls.certificate.display(),
        key = tls.key.display(),
    )
}

/// nginx's TLS server: its port, and a certificate for [`TLS_HOST`] signed
/// by a CA made for this run.
struct Tls {
    port: u16,
    /// The CA's certificate (PEM): the only root the TLS walkers trust.
    ca: Vec<u8>,
    certificate: PathBuf,
    key: PathBuf,
}

impl Tls {
    /// Makes a CA and a certificate for [`TLS_HOST`] with `openssl`, valid
    /// for a day, in the work folder.
    fn make(openssl: &Path, dir: &WorkDir, port: u16) -> Tls {
        let run = |args: &[&str]| {
            let output = Command::new(openssl)
                .args(args)
                .current_dir(&dir.path)
                .stdin(Stdio::null())
                .output()
                .expect("openssl runs");
            assert!(
                output.status.success(),
                "openssl {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr)
            );
        };
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"];
        run(&[
            &["req", "-x509", "-nodes", "-days", "1"][..],
            &ec,
            &["-keyout", "ca.key", "-out", "ca.crt"],
            &["-subj", "/CN=residence-card-guide fleet test CA"],
            &["-addext", "basicConstraints=critical,CA:TRUE"],
            &["-addext", "keyUsage=critical,keyCertSign"],
        ]
        .concat());
        run(&[
            &["req", "-nodes"][..],
            &ec,
            &["-keyout", "guide.key", "-out", "guide.csr"],
            &["-subj", &format!("/CN={TLS_HOST}")],
        ]
        .concat());
        fs::write(
            dir.file("guide.ext"),
            format!(
                "subjectAltName=DNS:{TLS_HOST}\nbasicConstraints=CA:FALSE\n\
                 keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n"
            ),
        )
        .unwrap();
        run(&[
            "x509",
            "-req",
            "-in",
            "guide.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "1",
            "-extfile",
            "guide.ext",
            "-out",
            "guide.crt",
        ]);
        Tls {
            port,
            ca: fs::read(dir.file("ca.crt")).unwrap(),
            certificate: dir.file("guide.crt"),
            key: dir.file("guide.key"),
        }
    }

    /// `PUBLIC_ORIGIN`: what a browser sends as `Origin` from these pages.
    fn origin(&self) -> String {
        format!("https://{TLS_HOST}:{}", self.port)
    }

    /// A client that trusts only this run's CA and finds [`TLS_HOST`] on
    /// 127.0.0.1, like a browser on its own connections, kept alive.
    fn client(&self) -> reqwest::Client {
        let ca = reqwest::Certificate::from_pem(&self.ca).expect("the CA's PEM");
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .add_root_certificate(ca)
            .resolve(
                TLS_HOST,
                std::net::SocketAddr::from(([127, 0, 0, 1], self.port)),
            )
            .timeout(Duration::from_secs(15))
            .build()
            .expect("a TLS client")
    }
}

fn is_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|line| line.starts_with("Uid:"))
        .and_then(|line| line.split_whitespace().nth(1).map(|uid| uid == "0"))
        .unwrap_or(false)
}

/// What the applicants saw.
#[derive(Default)]
struct Tally {
    walks_completed: u64,
    walks_failed: u64,
    /// Walks completed over TLS, and which paths (indices into `every_path()`).
    tls_walks_completed: u64,
    tls_paths: std::collections::BTreeSet<usize>,
    /// "200", "303", … or "error: …" for a request that got no answer.
    statuses: BTreeMap<String, u64>,
    failures: Vec<String>,
}

impl Tally {
    fn failed_requests(&self) -> u64 {
        self.statuses
            .iter()
            .filter(|(status, _)| !(status.starts_with('2') || status.starts_with('3')))
            .map(|(_, n)| n)
            .sum()
    }
}

/// One response, as far as a walk cares.
struct Answer {
    status: u16,
    location: String,
    cookie: Option<String>,
    body: String,
}

/// How an applicant reaches the guide.
#[derive(Clone)]
enum Front {
    /// nginx's plain HTTP port, as a browser that sends `Sec-Fetch-Site`.
    Plain { base: String },
    /// nginx's TLS port, as Safari before 16.4: `Origin`, no `Sec-Fetch-Site`.
    Tls { base: String, origin: String },
}

impl Front {
    fn base(&self) -> &str {
        match self {
            Front::Plain { base } | Front::Tls { base, .. } => base,
        }
    }

    /// A form post from the guide's own page, as this kind of browser sends it.
    fn post(&self, client: &reqwest::Client, url: &str, body: String) -> reqwest::RequestBuilder {
        let request = client
            .post(url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        match self {
            Front::Plain { .. } => request.header("sec-fetch-site", "same-origin"),
            Front::Tls { origin, .. } => request.header("origin", origin.as_str()),
        }
    }
}

/// Sends one request through nginx and counts its status.
async fn send(
    client: &reqwest::Client,
    front: &Front,
    cookie: Option<&str>,
    path: &str,
    form: Option<String>,
    tally: &Mutex<Tally>,
) -> Result<Answer, String> {
    let url = format!("{}{path}", front.base());
    let mut request = match &form {
        Some(body) => front.post(client, &url, body.clone()),
        None => client.get(&url),
    };
    if let Some(cookie) = cookie {
        request = request.header("cookie", format!("{HOST_COOKIE_NAME}={cookie}"));
    }
    let method = if form.is_some() { "POST" } else { "GET" };
    let answer = async {
        let response = request.send().await?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let location = header("location").unwrap_or_default();
        let cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| v.strip_prefix(&format!("{HOST_COOKIE_NAME}=")))
            .map(|v| v.split(';').next().unwrap_or_default().to_owned());
        let body = response.text().await?;
        Ok::<_, reqwest::Error>(Answer {
            status,
            location,
            cookie,
            body,
        })
    }
    .await;
    let key = match &answer {
        Ok(answer) => answer.status.to_string(),
        Err(error) => format!("error: {}", error_kind(error)),
    };
    *tally.lock().unwrap().statuses.entry(key).or_default() += 1;
    answer.map_err(|error| format!("{method} {path}: {error:?}"))
}

fn error_kind(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "connect"
    } else if error.is_body() || error.is_decode() {
        "body"
    } else {
        "request"
    }
}

/// One applicant's journey along `path`: each question page, its answer, the
/// 303 to the next step, and the result with the path's outcome.
async fn walk(
    client: &reqwest::Client,
    front: &Front,
    path: &GuidePath,
    tally: &Mutex<Tally>,
) -> Result<(), String> {
    let mut cookie: Option<String> = None;
    let mut here = "/en/application-date".to_owned();
    for answer in &path.answers {
        let page = send(client, front, cookie.as_deref(), &here, None, tally).await?;
        if page.status != 200 {
            return Err(format!("GET {here}: {} {}", page.status, page.location));
        }
        let form = format!("{}={}", answer.question().slug(), answer.option_slug());
        let posted = send(client, front, cookie.as_deref(), &here, Some(form), tally).await?;
        if posted.status != 303 || posted.location.contains("notice") {
            return Err(format!(
                "POST {here}: {} {}",
                posted.status, posted.location
            ));
        }
        cookie = Some(posted.cookie.ok_or(format!("POST {here}: no cookie"))?);
        here = posted.location;
    }
    if here != "/en/result" {
        return Err(format!("the last answer led to {here}, not the result"));
    }
    let result = send(client, front, cookie.as_deref(), &here, None, tally).await?;
    let outcome = result
        .body
        .split("data-outcome=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next());
    if result.status != 200 || outcome != Some(path.outcome.id()) {
        return Err(format!(
            "GET /en/result: {}, outcome {outcome:?}, not {}",
            result.status,
            path.outcome.id()
        ));
    }
    Ok(())
}

/// An applicant: walks every path in turn (starting at its own) until `stop`,
/// on its own connections to nginx, kept alive, like a browser.
async fn applicant(
    number: usize,
    front: Front,
    client: reqwest::Client,
    stop: Arc<AtomicBool>,
    tally: Arc<Mutex<Tally>>,
    begun: Instant,
) {
    let paths = every_path();
    for turn in number.. {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let index = turn % paths.len();
        let path = &paths[index];
        let outcome = walk(&client, &front, path, &tally).await;
        let mut tally = tally.lock().unwrap();
        match outcome {
            Ok(()) => {
                tally.walks_completed += 1;
                if let Front::Tls { .. } = front {
                    tally.tls_walks_completed += 1;
                    tally.tls_paths.insert(index);
                }
            }
            Err(failure) => {
                tally.walks_failed += 1;
                if tally.failures.len() < 20 {
                    let at = begun.elapsed().as_secs_f64();
                    let leg = match front {
                        Front::Plain { .. } => "HTTP",
                        Front::Tls { .. } => "TLS",
                    };
                    tally.failures.push(format!(
                        "at {at:.2} s, walk over {leg} to {}: {failure}",
                        path.outcome.id()
                    ));
                }
            }
        }
    }
}

/// wrk's figures, from the `done` hook of the script.
#[derive(Debug, Default)]
struct WrkFigures {
    requests: u64,
    connect: u64,
    read: u64,
    write: u64,
    timeout: u64,
    /// Responses with a status of 400 or more (wrk's "Non-2xx or 3xx").
    status: u64,
    p50_us: u64,
    p99_us: u64,
}

impl WrkFigures {
    fn parse(output: &str) -> Option<WrkFigures> {
        let line = output.lines().find(|l| l.starts_with("FLEET_WRK "))?;
        let field = |name: &str| -> Option<u64> {
            line.split_whitespace()
                .find_map(|pair| pair.strip_prefix(&format!("{name}=")))?
                .parse()
                .ok()
        };
        Some(WrkFigures {
            requests: field("requests")?,
            connect: field("connect")?,
            read: field("read")?,
            write: field("write")?,
            timeout: field("timeout")?,
            status: field("status")?,
            p50_us: field("p50_us")?,
            p99_us: field("p99_us")?,
        })
    }

    fn errors(&self) -> u64 {
        self.connect + self.read + self.write + self.timeout
    }
}

const WRK_SCRIPT: &str = r#"-- Written by tests/fleet.rs: the answer cookie, and one line of figures.
wrk.headers["Cookie"] = os.getenv("FLEET_COOKIE")
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "FLEET_WRK requests=%d connect=%d read=%d write=%d timeout=%d status=%d p50_us=%d p99_us=%d\n",
    summary.requests, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
"#;

/// Runs wrk for `seconds` against `url`; its whole output.
fn run_wrk(wrk: &Path, plan: &Plan, dir: &Path, url: &str, cookie: &str) -> String {
    let script = dir.join("fleet.lua");
    fs::write(&script, WRK_SCRIPT).unwrap();
    let output = File::create(dir.join("wrk.out")).unwrap();
    let mut process = Process(Some(
        Command::new(wrk)
            .args([
                "-t1".to_owned(),
                format!("-c{}", plan.connections),
                format!("-d{}s", plan.seconds.as_secs()),
                "--timeout".to_owned(),
                "10s".to_owned(),
                "-s".to_owned(),
                script.display().to_string(),
                url.to_owned(),
            ])
            .env("FLEET_COOKIE", format!("{HOST_COOKIE_NAME}={cookie}"))
            .stdin(Stdio::null())
            .stdout(output.try_clone().unwrap())
            .stderr(output)
            .spawn()
            .expect("wrk starts"),
    ));
    let status = process.wait(plan.seconds + Duration::from_secs(30));
    let output = fs::read_to_string(dir.join("wrk.out")).unwrap_or_default();
    assert!(
        status.is_some_and(|s| s.success()),
        "wrk did not finish well ({status:?}):\n{output}"
    );
    output
}

/// Upstream attempts that failed (a 5xx from an instance, or none: nginx
/// writes 502 or 504 for an attempt that got no answer), from the access log's
/// `statuses="…"`: the error log leaves them out (see [`nginx_config`]).
fn failed_attempts(access_log: &str) -> usize {
    access_log
        .lines()
        .filter_map(|l| l.split("statuses=\"").nth(1))
        .flat_map(|statuses| statuses.trim_end_matches('"').split([',', ':']))
        .filter(|status| status.trim().starts_with('5'))
        .count()
}

/// A client for the plain HTTP port: no redirects followed, no proxy.
fn plain_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(Duration::from_secs(15))
        .build()
        .unwrap()
}

/// A cookie that has answered the first question, for wrk's question page.
async fn question_cookie(front: &Front) -> String {
    let client = plain_client();
    let tally = Mutex::new(Tally::default());
    let posted = send(
        &client,
        front,
        None,
        "/en/application-date",
        Some("application-date=on-or-after-cutoff".to_owned()),
        &tally,
    )
    .await
    .expect("the first answer through nginx");
    let cookie = posted.cookie.expect("a cookie for the first answer");
    let page = send(&client, front, Some(&cookie), WRK_PATH, None, &tally)
        .await
        .expect("the question page through nginx");
    assert_eq!(page.status, 200, "{WRK_PATH} with the cookie");
    cookie
}

/// Over TLS, as an old browser: a post from the public origin is saved, and
/// one from anywhere else, nginx's plain port included, is refused; so the
/// walks over TLS pass because the check works, not because it is off.
async fn origin_is_checked_over_tls(tls: &Tls, plain: &str) {
    let client = tls.client();
    let post = |origin: String| {
        client
            .post(format!(
                "https://{TLS_HOST}:{}/en/application-date",
                tls.port
            ))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", origin)
            .body("application-date=before-cutoff")
            .send()
    };
    for (origin, status) in [
        (tls.origin(), 303),
        ("https://evil.example".to_owned(), 403),
        (plain.to_owned(), 403),
        (format!("http://{TLS_HOST}:{}", tls.port), 403),
        ("null".to_owned(), 403),
    ] {
        let response = post(origin.clone()).await.expect("answered over TLS");
        assert_eq!(response.status().as_u16(), status, "Origin: {origin}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rolling_restart_behind_nginx_loses_no_walk_and_no_request() {
    let (nginx, wrk, openssl) = (find_tool("nginx"), find_tool("wrk"), find_tool("openssl"));
    let missing: Vec<&str> = [("nginx", &nginx), ("wrk", &wrk), ("openssl", &openssl)]
        .iter()
        .filter(|(_, found)| found.is_none())
        .map(|(name, _)| *name)
        .collect();
    assert!(
        missing.is_empty(),
        "tests/fleet.rs needs nginx, wrk and openssl, and {} is missing. On Debian: \
         apt-get install -y nginx wrk openssl (packages of those names; scripts/test installs them)",
        missing.join(" and ")
    );
    let (nginx, wrk, openssl) = (nginx.unwrap(), wrk.unwrap(), openssl.unwrap());
    let plan = Plan::from_env();
    let dir = WorkDir::new();
    let ports = free_ports(INSTANCES + 2);
    let (front, tls_port, upstreams) = (ports[0], ports[1], &ports[2..]);
    let tls = Tls::make(&openssl, &dir, tls_port);
    let deployment = Deployment {
        // 64 bytes that look random: the server refuses a key that is not.
        key: STANDARD.encode(
            [b"fleet-key-a".as_slice(), b"fleet-key-b"]
                .map(<sha2::Sha256 as sha2::Digest>::digest)
                .concat(),
        ),
        origin: tls.origin(),
    };

    let mut instances: Vec<Instance> = upstreams
        .iter()
        .enumerate()
        .map(|(i, &port)| Instance::start(&plan, &deployment, i + 1, port, &dir))
        .collect();

    fs::write(
        dir.file("nginx.conf"),
        nginx_config(&plan, &dir, front, &tls, upstreams),
    )
    .unwrap();
    let nginx_version = Command::new(&nginx)
        .arg("-v")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stderr).trim().to_owned())
        .unwrap_or_default();
    let mut balancer = Process(Some(
        Command::new(&nginx)
            .arg("-p")
            .arg(&dir.path)
            .arg("-c")
            .arg(dir.file("nginx.conf"))
            .arg("-e")
            .arg(dir.file("nginx-error.log"))
            .stdin(Stdio::null())
            .stdout(File::create(dir.file("nginx.out")).unwrap())
            .stderr(File::create(dir.file("nginx.err")).unwrap())
            .spawn()
            .expect("nginx starts"),
    ));
    if wait_for(front, "/healthz", 200, Duration::from_secs(10)).is_none() {
        let err = fs::read_to_string(dir.file("nginx.err")).unwrap_or_default();
        let log = fs::read_to_string(dir.file("nginx-error.log")).unwrap_or_default();
        panic!("nginx does not answer on port {front}:\n{err}\n{log}");
    }
    let base = format!("http://127.0.0.1:{front}");
    let plain = Front::Plain { base: base.clone() };
    let secure = Front::Tls {
        base: format!("https://{TLS_HOST}:{tls_port}"),
        origin: tls.origin(),
    };
    let cookie = question_cookie(&plain).await;
    origin_is_checked_over_tls(&tls, &base).await;

    println!(
        "fleet: {INSTANCES} instances of {} on ports {upstreams:?}, one key, APP_ENV=production, \
         PUBLIC_ORIGIN={}; {nginx_version} on port {front} (HTTP) and {tls_port} (TLS)",
        plan.binary.display(),
        deployment.origin,
    );
    println!(
        "  {} s of load: wrk ({} connections) on {WRK_PATH}, {} applicants over HTTP \
         (Sec-Fetch-Site) and {} over TLS (Origin only) walking all {} paths; \
         drain {} s, nginx upstream keepalive_timeout {} s, POSTs retried: {}",
        plan.seconds.as_secs(),
        plan.connections,
        plan.walkers,
        plan.tls_walkers,
        every_path().len(),
        plan.drain.as_secs(),
        plan.upstream_keepalive.as_secs(),
        if plan.retry_posts { "yes" } else { "no" }
    );

    let begun = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Mutex::new(Tally::default()));
    let legs = (0..plan.walkers)
        .map(|_| (plain.clone(), plain_client()))
        .chain((0..plan.tls_walkers).map(|_| (secure.clone(), tls.client())));
    let walkers: Vec<_> = legs
        .enumerate()
        .map(|(n, (front, client))| {
            tokio::spawn(applicant(
                n,
                front,
                client,
                stop.clone(),
                tally.clone(),
                begun,
            ))
        })
        .collect();
    let plan = Arc::new(plan);
    let load = {
        let (plan, dir_path) = (plan.clone(), dir.path.clone());
        let url = format!("{base}{WRK_PATH}");
        let cookie = cookie.clone();
        tokio::task::spawn_blocking(move || run_wrk(&wrk, &plan, &dir_path, &url, &cookie))
    };
    let rolled = {
        let plan = plan.clone();
        tokio::task::spawn_blocking(move || {
            let restarts = roll(&plan, &deployment, &mut instances, begun);
            (restarts, instances)
        })
    };
    let rolled = rolled.await;
    // The walkers stop at the end of the load, and not before the last restart.
    let end = plan.seconds.saturating_sub(begun.elapsed());
    tokio::time::sleep(end).await;
    stop.store(true, Ordering::Relaxed);
    for walker in walkers {
        tokio::time::timeout(Duration::from_secs(60), walker)
            .await
            .expect("a walker ends within its last walk")
            .expect("a walker does not panic");
    }
    let wrk_output = load.await;
    let (restarts, mut instances) = match rolled {
        Ok(rolled) => rolled,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    };
    let wrk_output = match wrk_output {
        Ok(output) => output,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    };
    let elapsed = begun.elapsed();

    balancer.signal("QUIT");
    balancer.wait(Duration::from_secs(5));
    for instance in &mut instances {
        instance.process.signal("INT");
        instance.process.wait(Duration::from_secs(5));
    }
    drop(balancer);
    drop(instances);

    let tally = tally.lock().unwrap();
    let wrk_figures = WrkFigures::parse(&wrk_output);
    let error_log = fs::read_to_string(dir.file("nginx-error.log")).unwrap_or_default();
    let access_log = fs::read_to_string(dir.file("nginx-access.log")).unwrap_or_default();
    let retried = access_log
        .lines()
        .filter(|l| l.contains("statuses=\"") && l.contains(", "))
        .count();
    let retried_posts = access_log
        .lines()
        .filter(|l| l.contains(" POST ") && l.contains(", "))
        .count();

    println!("fleet figures after {:.1} s:", elapsed.as_secs_f64());
    println!(
        "  walks: {} completed ({} over TLS, {} of the {} paths), {} failed",
        tally.walks_completed,
        tally.tls_walks_completed,
        tally.tls_paths.len(),
        every_path().len(),
        tally.walks_failed
    );
    let statuses: Vec<String> = tally
        .statuses
        .iter()
        .map(|(status, n)| format!("{status}: {n}"))
        .collect();
    println!(
        "  walker requests: {} ({}), {} failed",
        tally.statuses.values().sum::<u64>(),
        statuses.join(", "),
        tally.failed_requests()
    );
    match &wrk_figures {
        Some(w) => println!(
            "  wrk: {} requests ({:.0}/s), errors: connect {}, read {}, write {}, timeout {}; \
             non-2xx/3xx {}; p50 {:.2} ms, p99 {:.2} ms",
            w.requests,
            w.requests as f64 / plan.seconds.as_secs_f64(),
            w.connect,
            w.read,
            w.write,
            w.timeout,
            w.status,
            w.p50_us as f64 / 1000.0,
            w.p99_us as f64 / 1000.0
        ),
        None => println!("  wrk: no figures:\n{wrk_output}"),
    }
    println!("  restarts: {} done", restarts.len());
    for r in &restarts {
        println!(
            "    instance {} (port {}) at {:.1} s: 503 after {}, drain (SIGTERM to exit, {}) {:.2} s, ready again {:.2} s later",
            r.instance,
            r.port,
            r.at.as_secs_f64(),
            r.unready
                .map_or("never".to_owned(), |d| format!("{} ms", d.as_millis())),
            r.status,
            r.drain.as_secs_f64(),
            r.ready.as_secs_f64()
        );
    }
    println!(
        "  nginx: {retried} requests sent to a second instance ({retried_posts} of them POSTs); \
         upstream attempts that failed: {}",
        failed_attempts(&access_log)
    );

    // The guide logs a 5xx of its own, or a failure inside, at ERROR. Two
    // kinds belong to a restart: the 503 of `/healthz` while draining (this
    // test asks for it), and actix's "No workers": at the stop, its accept
    // thread took one more connection after both workers had ended, and
    // dropped it (nginx sent that request to another instance: a failed walk
    // or request would say otherwise). Any other is a failure.
    let (mut unreadies, mut dropped_at_stop) = (0, 0);
    let mut server_errors = Vec::new();
    for n in 1..=INSTANCES {
        let log = fs::read_to_string(dir.file(&format!("instance-{n}.log"))).unwrap_or_default();
        for line in log.lines().filter(|line| line.contains("ERROR")) {
            if line.contains(r#"route="/healthz" status=503"#) {
                unreadies += 1;
            } else if line.contains("actix_server::accept: No workers") {
                dropped_at_stop += 1;
            } else {
                server_errors.push(format!("instance {n}: {line}"));
            }
        }
    }
    println!(
        "  instances' logs at ERROR: {unreadies} /healthz 503 while draining, \
         {dropped_at_stop} \"No workers\" (a connection accepted at the stop and dropped), \
         {} other",
        server_errors.len()
    );

    let mut problems = Vec::new();
    if !server_errors.is_empty() {
        problems.push(format!(
            "{} errors logged by the instances, the first: {}",
            server_errors.len(),
            server_errors[0]
        ));
    }
    if tally.walks_failed > 0 {
        problems.push(format!("{} walks failed", tally.walks_failed));
    }
    if tally.failed_requests() > 0 {
        problems.push(format!(
            "{} walker requests failed",
            tally.failed_requests()
        ));
    }
    if tally.walks_completed == 0 {
        problems.push("no walk completed".to_owned());
    }
    if tally.tls_paths.len() < every_path().len() {
        problems.push(format!(
            "over TLS only {} of the {} paths were walked",
            tally.tls_paths.len(),
            every_path().len()
        ));
    }
    match &wrk_figures {
        None => problems.push("wrk printed no figures".to_owned()),
        Some(w) if w.errors() + w.status > 0 => problems.push(format!(
            "wrk: {} socket errors, {} non-2xx/3xx",
            w.errors(),
            w.status
        )),
        Some(w) if w.requests == 0 => problems.push("wrk made no request".to_owned()),
        Some(_) => {}
    }
    if restarts.len() < MIN_RESTARTS {
        problems.push(format!("only {} restarts", restarts.len()));
    }
    for r in restarts.iter().filter(|r| !r.status.success()) {
        problems.push(format!("instance {} exited with {}", r.instance, r.status));
    }
    // (Unless there is no drain: FLEET_DRAIN=0 shows how it was before.)
    for r in restarts
        .iter()
        .filter(|r| r.unready.is_none() && !plan.drain.is_zero())
    {
        problems.push(format!(
            "instance {}: /healthz never answered 503 while draining",
            r.instance
        ));
    }
    if !problems.is_empty() {
        for failure in &tally.failures {
            println!("  failed: {failure}");
        }
        println!("  nginx error log (crit and above, first 20):");
        for line in error_log.lines().take(20) {
            println!("    {line}");
        }
        println!("  nginx access log (errors and retries, first 20):");
        for line in access_log.lines().take(20) {
            println!("    {line}");
        }
    }
    assert!(
        problems.is_empty(),
        "the rolling restart lost something: {}",
        problems.join("; ")
    );
}
