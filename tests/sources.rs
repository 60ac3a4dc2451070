//! `residence-card-sources` against a local server that serves pages this
//! test writes itself (not copies of UDI's), at the paths of the guide's real
//! addresses: `--rewrite` sends each site's requests to it. Offline: only
//! 127.0.0.1.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use residence_card_guide::sources::Address;
use residence_card_guide::sources::pages::addresses;

/// What the server answers for one path.
#[derive(Clone)]
enum Answer {
    Page(String),
    Redirect(u16, String),
    Status(u16),
    /// Reads the request and never answers.
    Stall,
}

/// A local web server: path (`/<host>/<path>`) to answer.
struct Server {
    origin: String,
    answers: Arc<Mutex<HashMap<String, Answer>>>,
    /// The User-Agent of each request, in order.
    agents: Arc<Mutex<Vec<String>>>,
    /// When the last request that stalls came.
    stalled: Arc<Mutex<Option<Instant>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let answers: Arc<Mutex<HashMap<String, Answer>>> = Arc::default();
        let agents: Arc<Mutex<Vec<String>>> = Arc::default();
        let stalled: Arc<Mutex<Option<Instant>>> = Arc::default();
        let (a, u, s) = (answers.clone(), agents.clone(), stalled.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (a, u, s) = (a.clone(), u.clone(), s.clone());
                std::thread::spawn(move || serve(stream, &a, &u, &s));
            }
        });
        Server {
            origin,
            answers,
            agents,
            stalled,
        }
    }

    fn set(&self, url: &Address, answer: Answer) {
        self.answers.lock().unwrap().insert(path_of(url), answer);
    }

    /// `--rewrite https://host=<origin>/host` for every site the guide links to.
    fn rewrites(&self) -> Vec<String> {
        let mut hosts: Vec<String> = guide_addresses()
            .iter()
            .map(|a| a.as_str().split('/').take(3).collect::<Vec<_>>().join("/"))
            .collect();
        hosts.sort();
        hosts.dedup();
        hosts
            .iter()
            .flat_map(|site| {
                let host = site.split("//").nth(1).unwrap();
                [
                    "--rewrite".to_owned(),
                    format!("{site}={}/{host}", self.origin),
                ]
            })
            .collect()
    }
}

/// `/<host>/<path and query>` of an address: where the server keeps it.
fn path_of(url: &Address) -> String {
    let rest = url.as_str().split_once("//").unwrap().1;
    format!("/{rest}")
}

fn serve(
    mut stream: TcpStream,
    answers: &Mutex<HashMap<String, Answer>>,
    agents: &Mutex<Vec<String>>,
    stalled: &Mutex<Option<Instant>>,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("user-agent")
        {
            agents.lock().unwrap().push(value.trim().to_owned());
        }
    }
    let answer = answers.lock().unwrap().get(&path).cloned();
    let (status, headers, body) = match answer {
        Some(Answer::Page(html)) => (
            200,
            "Content-Type: text/html; charset=utf-8\r\n".to_owned(),
            html,
        ),
        Some(Answer::Redirect(status, to)) => {
            (status, format!("Location: {to}\r\n"), String::new())
        }
        Some(Answer::Status(status)) => (status, String::new(), "no".to_owned()),
        Some(Answer::Stall) => {
            *stalled.lock().unwrap() = Some(Instant::now());
            std::thread::sleep(Duration::from_secs(60));
            return;
        }
        None => (404, String::new(), "not here".to_owned()),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

/// A page of an official site, as this test writes it: a menu, a header and
/// a footer that are not the page's words, and `paragraphs` in `<main>`.
fn official_page(menu: &str, paragraphs: &[&str]) -> String {
    let main: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<!DOCTYPE html><html><head><title>Page</title><script>track()</script></head><body>\
         <header><nav><a href=\"/\">{menu}</a></nav></header><main><h1>Residence card</h1>{main}</main>\
         <footer><p>Footer {menu}</p></footer></body></html>"
    )
}

fn guide_addresses() -> &'static Vec<Address> {
    static ALL: OnceLock<Vec<Address>> = OnceLock::new();
    ALL.get_or_init(|| addresses().unwrap().into_keys().collect())
}

/// A lock file of its own for each test.
fn lock_file(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sources");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.toml"));
    let _ = std::fs::remove_file(&path);
    path
}

fn run(args: &[&str], server: &Server, lock: &Path, more: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_residence-card-sources"))
        .args(args)
        .args(server.rewrites())
        .args(["--lock", lock.to_str().unwrap()])
        .args(more)
        .env("OPERATOR_CONTACT", "mailto:guide@example.org")
        .output()
        .unwrap();
    println!(
        "$ residence-card-sources {}\n{}{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The lock with `url` accepted as the server serves it now.
fn accepted(name: &str, server: &Server, url: &Address) -> PathBuf {
    let lock = lock_file(name);
    let output = Command::new(env!("CARGO_BIN_EXE_residence-card-sources"))
        .args(["lock", "--lock", lock.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let output = run(
        &["accept", url.as_str(), "--by", "Test Reviewer"],
        server,
        &lock,
        &[],
    );
    assert!(output.status.success(), "{output:?}");
    lock
}

/// The guide's first UDI address: a real one, so `check URL` takes it.
fn udi_address() -> &'static Address {
    guide_addresses()
        .iter()
        .find(|a| a.as_str().starts_with("https://www.udi.no/"))
        .expect("the guide cites UDI")
}

#[test]
fn every_source_accepted_and_unchanged_exits_0_and_the_user_agent_names_the_operator() {
    let server = Server::start();
    for (n, url) in guide_addresses().iter().enumerate() {
        server.set(
            url,
            Answer::Page(official_page(
                "Menu",
                &[&format!("Page {n}."), "Shared text."],
            )),
        );
    }
    let lock = lock_file("all");
    let output = Command::new(env!("CARGO_BIN_EXE_residence-card-sources"))
        .args(["lock", "--lock", lock.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    // Nothing reviewed yet: unreviewed, and not 0.
    let output = run(&["check"], &server, &lock, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output)
            .lines()
            .filter(|l| l.starts_with("unreviewed "))
            .count(),
        guide_addresses().len()
    );

    let mut accept = vec!["accept"];
    accept.extend(guide_addresses().iter().map(Address::as_str));
    accept.extend(["--by", "Test Reviewer"]);
    let output = run(&accept, &server, &lock, &[]);
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(&lock).unwrap();
    assert!(text.contains("by = \"Test Reviewer\""), "{text}");
    assert!(
        !text.contains("Shared text"),
        "nothing copied from the pages: {text}"
    );

    // The menu and the footer change on every page: still unchanged.
    for (n, url) in guide_addresses().iter().enumerate() {
        server.set(
            url,
            Answer::Page(official_page(
                "New menu",
                &[&format!("Page {n}."), "Shared text."],
            )),
        );
    }
    let output = run(&["check"], &server, &lock, &[]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let out = stdout(&output);
    assert_eq!(
        out.lines().count(),
        guide_addresses().len(),
        "one line a source"
    );
    assert!(out.lines().all(|l| l.starts_with("unchanged ")), "{out}");
    for url in guide_addresses() {
        assert!(out.contains(url.as_str()), "{url} in {out}");
    }
    let agents = server.agents.lock().unwrap();
    assert!(
        agents
            .iter()
            .all(|a| a.starts_with("residence-card-guide-sources/")
                && a.contains("+mailto:guide@example.org")),
        "{agents:?}"
    );
}

#[test]
fn an_edited_paragraph_is_changed_and_named_with_its_live_text() {
    let server = Server::start();
    let url = udi_address();
    server.set(
        url,
        Answer::Page(official_page(
            "Menu",
            &["It takes 10 working days.", "Bring your passport."],
        )),
    );
    let lock = accepted("changed", &server, url);
    server.set(
        url,
        Answer::Page(official_page(
            "Menu",
            &["It takes 20 working days.", "Bring your passport."],
        )),
    );
    let output = run(&["check", url.as_str()], &server, &lock, &[]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.starts_with(&format!("changed     {url}  (1 paragraph: 1 changed)\n")),
        "{out}"
    );
    // The heading is paragraph 1.
    assert!(
        out.contains("paragraph 2 changed: It takes 20 working days.\n"),
        "{out}"
    );

    // `text` shows what the check reads: the main text, numbered, no menu.
    let output = Command::new(env!("CARGO_BIN_EXE_residence-card-sources"))
        .args(["text", url.as_str()])
        .args(server.rewrites())
        .env("OPERATOR_CONTACT", "mailto:guide@example.org")
        .output()
        .unwrap();
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[1].starts_with("  2 ") && lines[1].ends_with("  It takes 20 working days."),
        "{out}"
    );
    assert!(!out.contains("Menu") && !out.contains("Footer"), "{out}");

    let output = run(&["check", url.as_str(), "--json"], &server, &lock, &[]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let source = &json["sources"][0];
    assert_eq!(source["url"], url.as_str());
    assert_eq!(source["status"], "changed");
    assert_eq!(source["changes"][0]["live"], 2);
    assert_eq!(source["changes"][0]["text"], "It takes 20 working days.");
}

#[test]
fn a_permanent_redirect_is_moved_and_says_where() {
    let server = Server::start();
    let url = udi_address();
    server.set(url, Answer::Page(official_page("Menu", &["Text."])));
    let lock = accepted("moved", &server, url);
    let new = Address::parse("https://www.udi.no/en/a-new-address/").unwrap();
    server.set(url, Answer::Redirect(301, new.as_str().to_owned()));
    server.set(&new, Answer::Page(official_page("Menu", &["Text."])));
    let output = run(&["check", url.as_str()], &server, &lock, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!("moved       {url}  -> {new} (301)\n")
    );
    // A relative Location, through the rewrite, names the real address too.
    server.set(url, Answer::Redirect(308, "/en/a-new-address/".to_owned()));
    let output = run(&["check", url.as_str()], &server, &lock, &[]);
    assert_eq!(
        stdout(&output),
        format!("moved       {url}  -> {new} (308)\n")
    );
}

#[test]
fn not_found_is_gone_and_a_server_error_unreachable() {
    let server = Server::start();
    let url = udi_address();
    server.set(url, Answer::Page(official_page("Menu", &["Text."])));
    let lock = accepted("gone", &server, url);
    server.set(url, Answer::Status(404));
    let output = run(&["check", url.as_str()], &server, &lock, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), format!("gone        {url}  (HTTP 404)\n"));
    server.set(url, Answer::Status(503));
    let output = run(&["check", url.as_str()], &server, &lock, &[]);
    assert_eq!(stdout(&output), format!("unreachable {url}  (HTTP 503)\n"));
}

#[test]
fn a_stalled_server_is_unreachable_within_the_timeout() {
    let server = Server::start();
    let url = udi_address();
    server.set(url, Answer::Page(official_page("Menu", &["Text."])));
    let lock = accepted("stall", &server, url);
    server.set(url, Answer::Stall);
    let output = run(
        &["check", url.as_str()],
        &server,
        &lock,
        &["--timeout", "2"],
    );
    // From the request to the command's end (before it: rendering every page).
    let took = server
        .stalled
        .lock()
        .unwrap()
        .expect("the request came")
        .elapsed();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!("unreachable {url}  (no answer within 2 s)\n")
    );
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn accepting_a_changed_page_makes_it_unchanged_again() {
    let server = Server::start();
    let url = udi_address();
    server.set(url, Answer::Page(official_page("Menu", &["Old rule."])));
    let lock = accepted("accept", &server, url);
    server.set(url, Answer::Page(official_page("Menu", &["New rule."])));
    let output = run(&["check", url.as_str()], &server, &lock, &[]);
    assert!(stdout(&output).starts_with("changed "), "{output:?}");
    let output = run(
        &["accept", url.as_str(), "--by", "Kari Nordmann"],
        &server,
        &lock,
        &[],
    );
    assert!(output.status.success(), "{output:?}");
    let output = run(&["check", url.as_str()], &server, &lock, &[]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), format!("unchanged   {url}\n"));
    let text = std::fs::read_to_string(&lock).unwrap();
    assert!(text.contains("by = \"Kari Nordmann\""), "{text}");
}

#[test]
fn an_address_no_page_shows_is_refused() {
    let server = Server::start();
    let lock = lock_file("refused");
    std::fs::write(&lock, "").unwrap();
    let output = run(
        &["check", "https://example.org/not-a-source"],
        &server,
        &lock,
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no page of the guide links to"));
}

/// The server binary has no HTTP client in it; the sources binary has
/// (so the search can find one).
#[test]
fn only_the_sources_binary_links_the_http_client() {
    let read = |path: &str| std::fs::read(path).unwrap();
    let contains =
        |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
    let server = read(env!("CARGO_BIN_EXE_residence-card-guide"));
    let sources = read(env!("CARGO_BIN_EXE_residence-card-sources"));
    for needle in [&b"ureq"[..], b"rustls", b"webpki"] {
        assert!(
            contains(&sources, needle),
            "{} in the sources binary",
            String::from_utf8_lossy(needle)
        );
        assert!(
            !contains(&server, needle),
            "{} in the server binary",
            String::from_utf8_lossy(needle)
        );
    }
}
