//! What every test here needs: the app on a loopback port, a plain HTTP client
//! that keeps its own cookies, a headless Chromium driven through chromedriver,
//! and the paths of the external tools (with a clear failure when one is missing).

use std::collections::BTreeMap;
use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use residence_card_guide::answer_cookie::{AnswerCookie, COOKIE_NAME};
use residence_card_guide::i18n::Lang;
use residence_card_guide::rules::Answers;
use serde_json::json;

/// How to get what the browser suite needs. Printed when something is missing.
pub const INSTALL_HINT: &str = "Run scripts/test, which installs everything the browser suite \
needs, or install it yourself: `sudo apt-get install -y chromium chromium-driver w3m \
default-jre-headless npm fonts-noto-core` and `npm ci --prefix tools` (axe-core, vnu-jar and lighthouse).";

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Cargo's target directory (`CARGO_TARGET_DIR` or `target/`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// A fresh, empty directory under the target directory.
pub fn fresh_dir(name: &str) -> PathBuf {
    let dir = target_dir().join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// An executable on `PATH`, or a failure that says how to install it.
pub fn require_program(name: &str, what: &str) -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| {
        panic!(
            "`{name}` ({what}) is not installed, so the browser suite cannot run.\n{INSTALL_HINT}"
        )
    })
}

/// A file from the npm packages in `tools/`, or a failure that says how to install it.
pub fn require_tool_file(relative: &str) -> PathBuf {
    let path = root().join("tools/node_modules").join(relative);
    assert!(
        path.is_file(),
        "{} is missing: the npm packages in tools/ are not installed.\n{INSTALL_HINT}",
        path.display()
    );
    path
}

/// Fails, saying how to install them, unless fontconfig (which Chromium asks)
/// has a font that covers each language's letters: without one, Chromium
/// draws empty boxes where the Arabic or Ge'ez letters should be.
pub fn require_fonts() {
    let fc_list = require_program("fc-list", "Debian package fontconfig");
    let missing: Vec<&str> = Lang::ALL
        .into_iter()
        .map(Lang::code)
        .filter(|code| {
            let out = Command::new(&fc_list)
                .arg(format!(":lang={code}"))
                .arg("family")
                .output()
                .unwrap_or_else(|e| panic!("cannot run fc-list: {e}"));
            String::from_utf8_lossy(&out.stdout).trim().is_empty()
        })
        .collect();
    assert!(
        missing.is_empty(),
        "no installed font covers {missing:?} (fc-list :lang=<code>), so the screenshots \
         would show empty boxes.\n{INSTALL_HINT}"
    );
}

/// The app, started in this process on a loopback port.
#[derive(Clone)]
pub struct Site {
    pub base: String,
    cookie: AnswerCookie,
}

impl Site {
    /// Starts the server on the current tokio runtime. It stops with the runtime.
    pub fn start() -> Site {
        let started = crate::common::start_app(&[]);
        Site {
            base: started.base,
            cookie: started.cookie,
        }
    }

    /// `base` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The answer cookie's value for `answers`, sealed now with the server's key.
    pub fn sealed(&self, answers: &Answers) -> String {
        self.cookie.seal(answers).value().to_owned()
    }
}

/// A tampered answer cookie: right name, a value no key can open.
pub const TAMPERED_VALUE: &str = "dGhpcyBpcyBub3QgYSBzZWFsZWQgY29va2ll";

/// A plain HTTP client: no JavaScript, no CSS, redirects and cookies handled
/// by hand so that every step is visible to the test.
pub struct Http {
    client: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
}

/// One response, read whole.
pub struct Page {
    pub status: u16,
    pub url: String,
    pub location: Option<String>,
    pub body: String,
}

impl Http {
    pub fn new() -> Http {
        Http {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("an HTTP client"),
            cookies: BTreeMap::new(),
        }
    }

    /// The answer cookie, set as the browser would send it.
    pub fn set_answer_cookie(&mut self, value: &str) {
        self.cookies
            .insert(COOKIE_NAME.to_owned(), value.to_owned());
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Sends `request` (with the cookies) and stores the cookies it sets.
    pub async fn send(&mut self, request: reqwest::RequestBuilder) -> Page {
        let request = if self.cookies.is_empty() {
            request
        } else {
            request.header("cookie", self.cookie_header())
        };
        let response = request.send().await.expect("the server answers");
        let url = response.url().to_string();
        let status = response.status().as_u16();
        for set in response.headers().get_all("set-cookie") {
            let set = set.to_str().expect("Set-Cookie is text");
            let pair = set.split(';').next().unwrap_or_default();
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let removed = value.is_empty()
                || set.to_ascii_lowercase().contains("max-age=0")
                || set.contains("1970");
            if removed {
                self.cookies.remove(name.trim());
            } else {
                self.cookies
                    .insert(name.trim().to_owned(), value.trim().to_owned());
            }
        }
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().expect("Location is text").to_owned());
        let body = response.text().await.expect("a readable body");
        Page {
            status,
            url,
            location,
            body,
        }
    }

    pub fn get(&self, url: &str) -> reqwest::RequestBuilder {
        self.client.get(url)
    }

    pub fn post(&self, url: &str) -> reqwest::RequestBuilder {
        self.client.post(url)
    }

    pub fn request(&self, method: reqwest::Method, url: &str) -> reqwest::RequestBuilder {
        self.client.request(method, url)
    }

    /// Sends `request`, then follows `Location` with GETs until a page that is not
    /// a redirect (at most 5 hops).
    pub async fn send_following(&mut self, request: reqwest::RequestBuilder) -> Page {
        let mut page = self.send(request).await;
        for _ in 0..5 {
            let Some(location) = page.location.clone().filter(|_| page.status / 100 == 3) else {
                return page;
            };
            let next = reqwest::Url::parse(&page.url)
                .and_then(|u| u.join(&location))
                .expect("a valid Location");
            page = self.send(self.client.get(next)).await;
        }
        panic!("too many redirects, last at {}", page.url);
    }
}

static SESSIONS: AtomicU32 = AtomicU32::new(0);

/// chromedriver and one Chromium session. Dropping it stops chromedriver and
/// removes the profile directory; call [`Browser::close`] first to end the
/// session cleanly (that also quits Chromium).
pub struct Browser {
    driver: Child,
    profile: PathBuf,
}

impl Browser {
    /// Starts chromedriver on a free port and opens a headless Chromium session
    /// with a `width` by `height` window.
    pub async fn start(width: u32, height: u32) -> (Browser, Client) {
        let chromium = require_program("chromium", "Debian package chromium");
        let chromedriver = require_program("chromedriver", "Debian package chromium-driver");
        let port = free_port();
        let n = SESSIONS.fetch_add(1, Ordering::Relaxed);
        let logs = target_dir().join("browser-logs");
        fs::create_dir_all(&logs).expect("create target/browser-logs");
        let log = fs::File::create(logs.join(format!("chromedriver-{n}.log")))
            .expect("create the chromedriver log");
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log handle"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}: {e}\n{INSTALL_HINT}",
                    chromedriver.display()
                )
            });
        let profile =
            std::env::temp_dir().join(format!("rcg-browser-profile-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&profile);
        let mut browser = Browser { driver, profile };
        browser.wait_for_port(port);

        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            &format!("--window-size={width},{height}"),
            &format!("--user-data-dir={}", browser.profile.display()),
        ];
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "chromedriver could not start Chromium: {e}\n\
                     (log: target/browser-logs/chromedriver-{n}.log)\n{INSTALL_HINT}"
                )
            });
        (browser, client)
    }

    fn wait_for_port(&mut self, port: u16) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = self.driver.try_wait() {
                panic!("chromedriver exited at start ({status}); see target/browser-logs/");
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on port {port} within 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = fs::remove_dir_all(&self.profile);
    }
}

/// Runs `body` with a started app and a browser session, then always closes the
/// session and stops chromedriver, also when `body` panics (the panic is then
/// passed on, so the test fails with its message).
pub async fn with_browser<F, Fut>(width: u32, height: u32, body: F)
where
    F: FnOnce(Client, Site) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let site = Site::start();
    let (guard, client) = Browser::start(width, height).await;
    let outcome = tokio::spawn(body(client.clone(), site)).await;
    if let Err(e) = client.close().await {
        eprintln!("closing the browser session failed: {e}");
    }
    drop(guard);
    if let Err(error) = outcome {
        match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => panic!("the browser test did not finish: {error}"),
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free loopback port")
        .port()
}

/// Writes `bytes` to `path`, creating the folder.
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).expect("create the output folder");
    }
    fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Collected failures of one test, reported all at once at the end.
#[derive(Default)]
pub struct Failures(Vec<String>);

impl Failures {
    pub fn push(&mut self, failure: impl Into<String>) {
        self.0.push(failure.into());
    }

    pub fn check(&mut self, ok: bool, failure: impl FnOnce() -> String) {
        if !ok {
            self.push(failure());
        }
    }

    /// Fails the test when anything was collected.
    pub fn assert_none(self, what: &str) {
        assert!(
            self.0.is_empty(),
            "{what}: {} problem(s)\n\n{}",
            self.0.len(),
            self.0.join("\n\n")
        );
    }
}
