//! The container image, built by `scripts/image` from the project's
//! `Dockerfile`, run with podman as production runs it: read-only root
//! filesystem, a non-root user, no capabilities, `no-new-privileges`,
//! `APP_ENV=production`, the key from the environment or from a file. Through
//! the published ports it walks every path in every language, checks the
//! headers and the `__Host-` cookie, scrapes the metrics, runs the image's own
//! `HEALTHCHECK`, and stops it under load with `podman stop`.
//!
//! The tests are `#[ignore]`d: they need podman, runc and the image.
//! `scripts/test` builds the image and runs them (unless `SKIP_IMAGE=1`):
//!
//! ```sh
//! scripts/image && cargo test --test image -- --ignored --test-threads=1
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use residence_card_guide::answer_cookie::HOST_COOKIE_NAME;
use residence_card_guide::config::DEFAULT_DRAIN;
use residence_card_guide::i18n::Lang;
use residence_card_guide::rules::{Question, every_path};
use residence_card_guide::web::security::{CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY};

const IMAGE: &str = "residence-card-guide:dev";
/// The origin the guide is served from in these tests (nothing listens there:
/// the requests go to the published port, as from a TLS proxy in front).
const ORIGIN: &str = "https://guide.example";
/// Where the key file is mounted in the container.
const SECRETS: &str = "/run/secrets/residence-card-guide";
/// `podman stop`'s grace period (its default, and Docker's): SIGKILL after it.
const GRACE: Duration = Duration::from_secs(10);

/// podman with the runtime and cgroup manager that work on every machine
/// `scripts/image` installs podman on (crun refuses cgroups in hybrid mode).
fn podman() -> Command {
    let mut command = Command::new("podman");
    command.args(["--runtime", "runc", "--cgroup-manager", "cgroupfs"]);
    command
}

/// Runs podman; its output, whatever the exit status.
fn podman_output(args: &[&str]) -> Output {
    match podman().args(args).output() {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!(
                "podman is not installed: scripts/image installs it (and runc) and builds {IMAGE}"
            )
        }
        Err(e) => panic!("cannot run podman: {e}"),
    }
}

/// Runs podman and returns its standard output; fails the test on an error.
fn podman_ok(args: &[&str]) -> String {
    let output = podman_output(args);
    assert!(
        output.status.success(),
        "podman {} failed: {}{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// The image's metadata (`podman image inspect`), or a failure that says how
/// to build it.
fn image() -> serde_json::Value {
    let output = podman_output(&["image", "inspect", IMAGE]);
    assert!(
        output.status.success(),
        "no image {IMAGE}: build it with scripts/image ({})",
        String::from_utf8_lossy(&output.stderr).trim()
    );
    let all: serde_json::Value = serde_json::from_slice(&output.stdout).expect("inspect is JSON");
    all[0].clone()
}

/// Resource limits at or below this process's own: the sandbox this suite
/// runs in forbids raising them, and podman's defaults (nofile 1048576) would.
fn ulimits() -> [String; 4] {
    let limits = std::fs::read_to_string("/proc/self/limits").expect("/proc/self/limits");
    let soft = |name: &str| -> Option<u64> {
        let line = limits.lines().find(|l| l.starts_with(name))?;
        line[name.len()..].split_whitespace().next()?.parse().ok()
    };
    // Few files and threads are needed; the process limit counts every
    // process of the user, and must stay below this machine's.
    let nofile = soft("Max open files").map_or(65536, |n| n.min(65536));
    let nproc = soft("Max processes").map_or(4096, |n| n.saturating_sub(1).min(4096));
    [
        "--ulimit".into(),
        format!("nofile={nofile}:{nofile}"),
        "--ulimit".into(),
        format!("nproc={nproc}:{nproc}"),
    ]
}

/// `podman run --rm` with this machine's limits and `args`; its output.
fn run_once(args: &[&str]) -> Output {
    let limits = ulimits();
    let mut all = vec!["run", "--rm"];
    all.extend(limits.iter().map(String::as_str));
    all.extend(args);
    image();
    podman_output(&all)
}

/// The commit the image says it was built from (its OCI revision label,
/// from the same build argument as the binary's).
fn image_commit() -> String {
    let image = image();
    let commit = image["Config"]["Labels"]["org.opencontainers.image.revision"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let hex = commit.strip_suffix("-dirty").unwrap_or(&commit);
    assert!(
        hex.len() == 40 && hex.bytes().all(|b| b.is_ascii_hexdigit()),
        "the image's revision label is {commit:?}: scripts/image passes the commit"
    );
    commit
}

/// One container of the image, removed when dropped.
struct Container {
    name: String,
}

impl Container {
    /// Runs the image in the background as production would, with `env`
    /// (and the key given by the caller), ports published on loopback.
    fn start(role: &str, env: &[(&str, &str)], extra: &[&str]) -> Container {
        let name = format!("rcg-test-{}-{role}", std::process::id());
        let _ = podman_output(&["rm", "--force", "--time", "0", &name]);
        let mut args: Vec<String> = [
            "run",
            "--detach",
            "--name",
            &name,
            "--read-only",
            "--cap-drop=all",
            "--security-opt",
            "no-new-privileges",
            "--publish",
            "127.0.0.1::8080",
            "--publish",
            "127.0.0.1::9464",
            "--env",
            "APP_ENV=production",
        ]
        .map(str::to_owned)
        .to_vec();
        args.extend(ulimits());
        // Required in production by the guide (PUBLIC_ORIGIN, OPERATOR_*).
        for (name, value) in [
            ("PUBLIC_ORIGIN", ORIGIN),
            ("OPERATOR_NAME", "Example Operator"),
            ("OPERATOR_CONTACT", "mailto:guide@example.org"),
        ]
        .iter()
        .chain(env)
        {
            args.push("--env".into());
            args.push(format!("{name}={value}"));
        }
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args.push(IMAGE.into());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        image();
        podman_ok(&args);
        Container { name }
    }

    /// `http://127.0.0.1:<port>` where `container_port` is published.
    fn url(&self, container_port: u16) -> String {
        let published = podman_ok(&["port", &self.name, &format!("{container_port}/tcp")]);
        let address = published
            .lines()
            .next()
            .unwrap_or_else(|| panic!("{container_port} is not published: {published:?}"));
        format!("http://{}", address.trim().replace("0.0.0.0", "127.0.0.1"))
    }

    fn inspect(&self, format: &str) -> String {
        podman_ok(&["inspect", "--format", format, &self.name])
    }

    fn logs(&self) -> String {
        let output = podman_output(&["logs", &self.name]);
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    }

    /// `/proc/<pid>/<file>` of the container's process, as the host's
    /// kernel sees it.
    fn proc(&self, file: &str) -> String {
        let pid = self.inspect("{{.State.Pid}}");
        std::fs::read_to_string(format!("/proc/{pid}/{file}"))
            .unwrap_or_else(|e| panic!("/proc/{pid}/{file}: {e}"))
    }

    /// Waits until `/healthz` answers 200 on the published port.
    async fn ready(&self, client: &reqwest::Client) -> String {
        let base = self.url(8080);
        let start = Instant::now();
        loop {
            if let Ok(response) = client.get(format!("{base}/healthz")).send().await
                && response.status() == StatusCode::OK
            {
                return base;
            }
            let running = self.inspect("{{.State.Running}}");
            assert!(
                running == "true" && start.elapsed() < Duration::from_secs(20),
                "{} not ready (running: {running}); its log:\n{}",
                self.name,
                self.logs()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        let _ = podman_output(&["rm", "--force", "--time", "0", &self.name]);
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// One response, read whole.
struct Page {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Page {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// A browser on the guide's origin, its requests sent to any of `bases` (the
/// containers' published ports) in turn, carrying the answer cookie across.
struct Browser {
    client: reqwest::Client,
    bases: Vec<String>,
    turn: usize,
    cookie: Option<String>,
}

impl Browser {
    fn new(bases: Vec<String>) -> Browser {
        Browser {
            client: client(),
            bases,
            turn: 0,
            cookie: None,
        }
    }

    fn next_base(&mut self) -> String {
        self.turn += 1;
        self.bases[self.turn % self.bases.len()].clone()
    }

    async fn get(&mut self, path: &str) -> Page {
        let base = self.next_base();
        let mut request = self.client.get(format!("{base}{path}"));
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", format!("{HOST_COOKIE_NAME}={cookie}"));
        }
        self.read(request.send().await.expect("answered")).await
    }

    /// A form post from the guide's own page, as a browser sends it.
    async fn post(&mut self, path: &str, form: &str) -> Page {
        let base = self.next_base();
        let mut request = self
            .client
            .post(format!("{base}{path}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", ORIGIN)
            .header("sec-fetch-site", "same-origin")
            .body(form.to_owned());
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", format!("{HOST_COOKIE_NAME}={cookie}"));
        }
        self.read(request.send().await.expect("answered")).await
    }

    async fn read(&mut self, response: reqwest::Response) -> Page {
        let page = Page {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.expect("a body"),
        };
        check_headers(&page);
        for set in page.headers.get_all("set-cookie") {
            let set = set.to_str().unwrap();
            let Some(value) = set.strip_prefix(&format!("{HOST_COOKIE_NAME}=")) else {
                panic!("a cookie other than {HOST_COOKIE_NAME} in production: {set}");
            };
            check_host_cookie(set);
            let value = value.split(';').next().unwrap();
            self.cookie = (!value.is_empty() && !set.contains("Max-Age=0")).then(|| value.into());
        }
        page
    }
}

/// The headers every response of a production instance carries.
fn check_headers(page: &Page) {
    for (name, value) in [
        ("content-security-policy", CONTENT_SECURITY_POLICY),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "same-origin"),
        ("strict-transport-security", STRICT_TRANSPORT_SECURITY),
    ] {
        assert_eq!(page.header(name), Some(value), "{name}");
    }
    if page
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/html"))
    {
        assert_eq!(page.header("cache-control"), Some("no-store"));
    }
}

/// The answer cookie in production: `__Host-` (so `Secure`, `Path=/`, no
/// `Domain`), `HttpOnly`, `SameSite=Lax`, gone when the browser closes.
fn check_host_cookie(set: &str) {
    let attributes: Vec<String> = set
        .split(';')
        .skip(1)
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    for wanted in ["secure", "httponly", "samesite=lax", "path=/"] {
        assert!(attributes.iter().any(|a| a == wanted), "{wanted}: {set}");
    }
    assert!(!attributes.iter().any(|a| a.starts_with("domain")), "{set}");
    let removal = attributes.iter().any(|a| a == "max-age=0");
    assert!(
        removal
            || !attributes
                .iter()
                .any(|a| a.starts_with("max-age") || a.starts_with("expires")),
        "a session cookie: {set}"
    );
}

/// Walks every path of the guide in `lang`, one request to each container in
/// turn; returns how many results it reached.
async fn walk_every_path(bases: &[String], lang: Lang) -> usize {
    let paths = every_path();
    for path in &paths {
        let mut browser = Browser::new(bases.to_vec());
        let start = browser.get(&format!("/{}/", lang.code())).await;
        assert_eq!(start.status, 200);
        assert!(
            start.body.contains(&format!("lang=\"{}\"", lang.code())),
            "the start page in {}",
            lang.code()
        );
        let mut here = format!("/{}/{}", lang.code(), Question::FIRST.slug());
        for answer in &path.answers {
            let page = browser.get(&here).await;
            assert_eq!(page.status, 200, "{here} {path:?}");
            let form = format!("{}={}", answer.question().slug(), answer.option_slug());
            let posted = browser.post(&here, &form).await;
            assert_eq!(posted.status, 303, "{here} {form}: {}", posted.body);
            assert!(browser.cookie.is_some(), "the answers are in the cookie");
            here = posted
                .header("location")
                .expect("a Location")
                .trim_start_matches(ORIGIN)
                .to_owned();
            assert!(!here.contains("notice"), "answers kept across containers");
        }
        assert_eq!(here, format!("/{}/result", lang.code()));
        let result = browser.get(&here).await;
        assert_eq!(result.status, 200);
        let outcome = format!("data-outcome=\"{}\"", path.outcome.id());
        assert!(result.body.contains(&outcome), "{path:?}: no {outcome}");
    }
    paths.len()
}

/// The sum, over scrapes, of each `rcg_outcomes_total` series by language.
fn outcomes_by_lang(scrapes: &[String]) -> BTreeMap<String, u64> {
    let mut by_lang = BTreeMap::new();
    for line in scrapes.iter().flat_map(|s| s.lines()) {
        let Some(rest) = line.strip_prefix("rcg_outcomes_total{") else {
            continue;
        };
        let (labels, value) = rest.rsplit_once("} ").expect("a sample");
        let lang = labels
            .split(',')
            .find_map(|l| l.strip_prefix("lang=\""))
            .expect("a lang label")
            .trim_end_matches('"');
        *by_lang.entry(lang.to_owned()).or_default() += value.parse::<u64>().unwrap();
    }
    by_lang
}

/// A folder under Cargo's temporary directory holding the key file, readable
/// by the container's user.
fn key_folder(key: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("image-secrets");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // As `openssl rand -base64 64 > file` writes it: wrapped, with newlines.
    std::fs::write(
        dir.join("cookie-key"),
        format!("{}\n{}\n", &key[..64], &key[64..]),
    )
    .unwrap();
    dir
}

#[test]
#[ignore = "needs podman and the image: scripts/image, then cargo test --test image -- --ignored"]
fn the_image_is_one_static_binary_without_a_shell_under_15_mb() {
    let image = image();
    let size = image["Size"].as_u64().expect("a size");
    let layers = image["RootFS"]["Layers"].as_array().expect("layers").len();
    println!("{IMAGE}: {size} bytes, {layers} layer(s)");
    assert!(size < 15_000_000, "{size} bytes: the goal is under 15 MB");
    assert_eq!(layers, 1, "one layer: the binary");
    let config = &image["Config"];
    assert_eq!(config["User"], "65532:65532", "a numeric non-root user");
    assert_eq!(
        config["Entrypoint"],
        serde_json::json!(["/residence-card-guide"])
    );
    assert_eq!(
        image["Healthcheck"]["Test"],
        serde_json::json!(["CMD", "/residence-card-guide", "healthcheck"]),
        "the HEALTHCHECK survives (podman build --format docker)"
    );
    let env: Vec<&str> = config["Env"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(env.contains(&"APP_ENV=production"), "{env:?}");

    // Every file in the image: the binary alone, read-only for everyone.
    let root = podman_ok(&["image", "mount", IMAGE]);
    let files = std::panic::catch_unwind(|| {
        let mut files = Vec::new();
        let mut stack = vec![PathBuf::from(&root)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let entry = entry.unwrap();
                let path = entry.path();
                let relative = path.strip_prefix(&root).unwrap().display().to_string();
                if entry.file_type().unwrap().is_dir() {
                    stack.push(path);
                }
                files.push(relative);
            }
        }
        files
    });
    podman_ok(&["image", "unmount", IMAGE]);
    let mut files = files.expect("the image's files are listed");
    files.sort();
    assert_eq!(
        files,
        ["residence-card-guide", "residence-card-sources"],
        "the guide and the source check: no shell, no package manager, nothing else"
    );

    // No shell to run.
    let shell = run_once(&["--entrypoint", "/bin/sh", IMAGE, "-c", "true"]);
    assert_eq!(shell.status.code(), Some(127), "{shell:?}");
    assert!(
        String::from_utf8_lossy(&shell.stderr).contains("stat /bin/sh: no such file or directory"),
        "{shell:?}"
    );

    // The version and the commit it was built from.
    let commit = image_commit();
    let version = run_once(&[IMAGE, "--version"]);
    assert!(version.status.success(), "{version:?}");
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!(
            "residence-card-guide {} (commit {commit})",
            env!("CARGO_PKG_VERSION")
        )
    );
    // The source check (deploy/sources-check.yaml) runs from the same image,
    // and finds the pages' addresses offline (`list` fetches nothing).
    let sources = run_once(&[
        "--entrypoint",
        "/residence-card-sources",
        IMAGE,
        "--version",
    ]);
    assert!(sources.status.success(), "{sources:?}");
    assert!(
        String::from_utf8_lossy(&sources.stdout).contains(&format!("(commit {commit})")),
        "{sources:?}"
    );
    let list = run_once(&[
        "--network",
        "none",
        "--entrypoint",
        "/residence-card-sources",
        IMAGE,
        "list",
    ]);
    assert!(list.status.success(), "{list:?}");
    assert!(
        String::from_utf8_lossy(&list.stdout).contains("https://www.udi.no/"),
        "{list:?}"
    );

    // Built from this checkout (when it is one).
    if let Ok(head) = Command::new("git").args(["rev-parse", "HEAD"]).output()
        && head.status.success()
    {
        let head = String::from_utf8_lossy(&head.stdout).trim().to_owned();
        assert!(
            commit.starts_with(&head),
            "the image was built from {commit}, this checkout is at {head}: run scripts/image"
        );
    }
}

/// Two containers, one with the key in `COOKIE_KEY`, one with it in a file
/// (`COOKIE_KEY_FILE`), serve every path in every language between them;
/// then one is stopped under load.
#[tokio::test]
#[ignore = "needs podman and the image: scripts/image, then cargo test --test image -- --ignored"]
async fn the_image_runs_as_production_would() {
    // 64 bytes that look random: the server refuses a key that is not.
    let key = STANDARD.encode(
        [b"image-key-a".as_slice(), b"image-key-b"]
            .map(<sha2::Sha256 as sha2::Digest>::digest)
            .concat(),
    );
    let folder = key_folder(&key);
    let mount = format!("{}:{SECRETS}:ro", folder.display());
    let by_env = Container::start("env", &[("COOKIE_KEY", &key)], &[]);
    let file = format!("{SECRETS}/cookie-key");
    let by_file = Container::start("file", &[("COOKIE_KEY_FILE", &file)], &["--volume", &mount]);
    let client = client();
    let bases = [by_env.ready(&client).await, by_file.ready(&client).await];

    // As the kernel sees the processes: not root, no capabilities at all,
    // no new privileges, the seccomp filter on, the root filesystem read-only.
    for container in [&by_env, &by_file] {
        assert_eq!(container.inspect("{{.HostConfig.ReadonlyRootfs}}"), "true");
        let status = container.proc("status");
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{name}:")))
                .unwrap_or_else(|| panic!("no {name} in /proc/pid/status"))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(field("Uid"), "65532 65532 65532 65532");
        assert_eq!(field("Gid"), "65532 65532 65532 65532");
        for caps in ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"] {
            assert_eq!(field(caps), "0000000000000000", "{caps}");
        }
        assert_eq!(field("NoNewPrivs"), "1");
        assert_eq!(field("Seccomp"), "2", "a seccomp filter");
        let root = container
            .proc("mountinfo")
            .lines()
            .find(|l| l.split_whitespace().nth(4) == Some("/"))
            .expect("a root mount")
            .to_owned();
        let options = root.split_whitespace().nth(5).unwrap();
        assert!(options.split(',').any(|o| o == "ro"), "{root}");
        // No shell to get into it, and nothing can be written into it.
        let exec = podman_output(&["exec", &container.name, "/bin/sh", "-c", "true"]);
        assert!(!exec.status.success(), "{exec:?}");
        let copied = podman_output(&[
            "cp",
            &folder.join("cookie-key").display().to_string(),
            &format!("{}:/copied", container.name),
        ]);
        assert!(
            !copied.status.success()
                && String::from_utf8_lossy(&copied.stderr).contains("read-only file system"),
            "{copied:?}"
        );
    }

    // Every path in every language, alternating between the two containers:
    // the key from the file is the key from the environment.
    for lang in Lang::ALL {
        let walked = walk_every_path(&bases, lang).await;
        assert!(walked > 0);
    }

    // A cross-site post is refused through the container too.
    let refused = client
        .post(format!("{}/en/{}", bases[0], Question::FIRST.slug()))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .body(format!("{}=before-cutoff", Question::FIRST.slug()))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);

    // Metrics on their own port, not on the public one; the walks counted.
    let mut scrapes = Vec::new();
    for container in [&by_env, &by_file] {
        let scrape = client
            .get(format!("{}/metrics", container.url(9464)))
            .send()
            .await
            .unwrap();
        assert_eq!(scrape.status(), 200);
        scrapes.push(scrape.text().await.unwrap());
        let public = client
            .get(format!("{}/metrics", container.url(8080)))
            .send()
            .await
            .unwrap();
        assert_eq!(public.status(), 404, "no metrics on the public port");
    }
    let paths = every_path().len() as u64;
    let expected: BTreeMap<String, u64> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_owned(), paths))
        .collect();
    assert_eq!(outcomes_by_lang(&scrapes), expected, "one outcome per walk");
    let commit = image_commit();
    let build = format!(
        "rcg_build_info{{version=\"{}\",commit=\"{commit}\"}} 1",
        env!("CARGO_PKG_VERSION")
    );
    assert!(
        scrapes.iter().all(|s| s.lines().any(|l| l == build)),
        "no {build:?} in a scrape"
    );

    // The image's own HEALTHCHECK.
    for container in [&by_env, &by_file] {
        podman_ok(&["healthcheck", "run", &container.name]);
        assert_eq!(container.inspect("{{.State.Health.Status}}"), "healthy");
    }

    stop_under_load(&by_env, &bases[0]).await;
    drop(by_file);
}

/// What the load saw of one request.
enum Seen {
    /// Answered: its status, and whether the connection was to be closed.
    Answered(StatusCode, bool),
    Failed(String),
}

/// `podman stop` (SIGTERM) while requests keep coming: the drain is seen
/// (`/healthz` 503 and `Connection: close`, the HEALTHCHECK failing), every
/// request answered until the listener closes, and the container exits 0
/// before podman's grace period would have killed it.
async fn stop_under_load(container: &Container, base: &str) {
    let stop = Arc::new(AtomicBool::new(false));
    let mut load = Vec::new();
    for worker in 0..4 {
        let (stop, base) = (Arc::clone(&stop), base.to_owned());
        load.push(tokio::spawn(async move {
            let client = client();
            let mut seen = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let path = if worker % 2 == 0 {
                    "/en/"
                } else {
                    "/nb/about-this-guide"
                };
                let at = Instant::now();
                let what = match client.get(format!("{base}{path}")).send().await {
                    Ok(response) => {
                        let close = response
                            .headers()
                            .get("connection")
                            .is_some_and(|v| v == "close");
                        let status = response.status();
                        match response.bytes().await {
                            Ok(_) => Seen::Answered(status, close),
                            Err(e) => Seen::Failed(e.to_string()),
                        }
                    }
                    Err(e) => Seen::Failed(e.to_string()),
                };
                seen.push((at, what));
            }
            seen
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;

    let name = container.name.clone();
    let stopped_at = Instant::now();
    let stopped_wall = SystemTime::now();
    let stopping = tokio::task::spawn_blocking(move || {
        let output = podman_output(&["stop", "--time", &GRACE.as_secs().to_string(), &name]);
        (output, stopped_at.elapsed())
    });

    // The drain: not ready, and every connection closed after its answer.
    let client = client();
    let health = loop {
        let health = client.get(format!("{base}/healthz")).send().await.unwrap();
        if health.status() == StatusCode::SERVICE_UNAVAILABLE {
            break health;
        }
        assert!(
            stopped_at.elapsed() < Duration::from_secs(3),
            "/healthz still 200 three seconds after podman stop"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let drain_seen = Instant::now();
    assert_eq!(health.headers()["connection"], "close");
    let page = client.get(format!("{base}/en/")).send().await.unwrap();
    assert_eq!(page.status(), 200, "pages are still served while draining");
    assert_eq!(page.headers()["connection"], "close");
    let healthcheck = podman_output(&["healthcheck", "run", &container.name]);
    assert!(
        !healthcheck.status.success(),
        "the HEALTHCHECK fails while draining: {healthcheck:?}"
    );

    let (output, elapsed) = stopping.await.unwrap();
    stop.store(true, Ordering::Relaxed);
    assert!(output.status.success(), "podman stop: {output:?}");
    let (exit, log) = (container.inspect("{{.State.ExitCode}}"), container.logs());
    // When the process ended (conmon's record), after `podman stop` began:
    // at least the drain, less than the grace period. podman's own clean-up
    // afterwards (network, mounts) is not the guide's: shown, not judged.
    let finished: u64 = container
        .inspect("{{.State.FinishedAt.UnixNano}}")
        .parse()
        .expect("a time");
    let began = stopped_wall.duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    let exited_after = Duration::from_nanos(finished.saturating_sub(began));
    let tail: Vec<&str> = log.lines().rev().take(15).collect();
    let why = format!(
        "exit {exit} {exited_after:?} after podman stop began (drain {DEFAULT_DRAIN:?}, grace \
         {GRACE:?}); podman stop returned after {elapsed:?}; the log's end, last first:\n{}",
        tail.join("\n")
    );
    println!(
        "podman stop: the process exited {exit} after {exited_after:?}, podman returned after {elapsed:?}"
    );
    assert_eq!(exit, "0", "not killed: {why}");
    assert!(
        exited_after >= DEFAULT_DRAIN,
        "stopped before the drain ended: {why}"
    );
    assert!(exited_after < GRACE, "took the whole grace period: {why}");
    assert!(log.contains("SIGTERM: draining"), "{log}");

    // Until the drain ended, every request was answered, with no error. (The
    // listener closes DEFAULT_DRAIN after the process got SIGTERM, which is
    // after `podman stop` began; 100 ms allow for a request on its way.)
    let drain_end = stopped_at + DEFAULT_DRAIN - Duration::from_millis(100);
    let (mut answered, mut closing, mut failed_after) = (0, 0, 0);
    for worker in load {
        for (at, what) in worker.await.unwrap() {
            match what {
                Seen::Answered(status, close) => {
                    assert_eq!(status, 200, "a request under load");
                    answered += 1;
                    if at > drain_seen {
                        assert!(close, "an answer during the drain keeps its connection");
                        closing += 1;
                    }
                }
                Seen::Failed(_) if at >= drain_end => failed_after += 1,
                Seen::Failed(error) => panic!(
                    "a request {:?} after podman stop failed before the drain ended: {error}",
                    at.saturating_duration_since(stopped_at)
                ),
            }
        }
    }
    println!(
        "under load: {answered} answered ({closing} during the drain, each closing its \
         connection), {failed_after} refused after the drain"
    );
    assert!(closing > 0, "no request was answered during the drain");
}

/// A setting the guide cannot start with stops the container with 78 and a
/// message, as it stops the binary.
#[test]
#[ignore = "needs podman and the image: scripts/image, then cargo test --test image -- --ignored"]
fn a_bad_setting_stops_the_container_with_78() {
    for (env, message) in [
        (
            "COOKIE_KEY=",
            "COOKIE_KEY is required when APP_ENV=production",
        ),
        (
            "COOKIE_KEY_FILE=/run/secrets/missing",
            "COOKIE_KEY_FILE: cannot read \"/run/secrets/missing\"",
        ),
    ] {
        let output = run_once(&["--read-only", "--cap-drop=all", "--env", env, IMAGE]);
        assert_eq!(output.status.code(), Some(78), "{env}: {output:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains(message),
            "{env}: {output:?}"
        );
    }
}
