//! The metrics: on their own listener only, counting known walks exactly,
//! valid for `promtool`, scraped by a real Prometheus, and immune to requests
//! that try to add series.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use residence_card_guide::answer_cookie::{AnswerCookie, CookieKeys, Transport};
use residence_card_guide::i18n::Lang;
use residence_card_guide::rules::{Answers, Outcome, Question, every_path};
use residence_card_guide::version;
use residence_card_guide::web::href::route_label;

use crate::common::{Started, start_app};
use crate::helpers::{TestApp, Visitor, sealed};

/// One scrape: every sample line, `name{labels}` → value.
struct Scrape(BTreeMap<String, f64>);

impl Scrape {
    async fn of(started: &Started) -> Scrape {
        let text = scrape_text(started).await;
        let samples = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| {
                let (series, value) = l.rsplit_once(' ').expect("a sample line");
                (series.to_owned(), value.parse().expect("a number"))
            })
            .collect();
        Scrape(samples)
    }

    /// The value of one series (0 when it does not exist yet).
    fn value(&self, series: &str) -> f64 {
        self.0.get(series).copied().unwrap_or(0.0)
    }

    /// The sum of every series of metric `name` whose labels contain `with`.
    fn sum(&self, name: &str, with: &[&str]) -> f64 {
        self.0
            .iter()
            .filter(|(series, _)| series.split('{').next() == Some(name))
            .filter(|(series, _)| with.iter().all(|w| series.contains(w)))
            .map(|(_, v)| v)
            .sum()
    }

    /// The names and label sets of every series except the process's own.
    fn series(&self) -> BTreeSet<String> {
        self.0
            .keys()
            .filter(|s| s.starts_with("rcg_"))
            .cloned()
            .collect()
    }
}

async fn scrape_text(started: &Started) -> String {
    let response = reqwest::get(&started.metrics).await.expect("a scrape");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    response.text().await.unwrap()
}

/// Walks `path`'s answers in `lang` from the first question to the result.
async fn walk(
    visitor: &mut Visitor<'_>,
    lang: &str,
    answers: &[residence_card_guide::rules::Answer],
) {
    let mut here = format!("/{lang}/{}", Question::FIRST.slug());
    for answer in answers {
        assert_eq!(visitor.get(&here).await.status, 200, "{here}");
        let q = answer.question().slug();
        let page = visitor
            .post(&here, &format!("{q}={}", answer.option_slug()))
            .await;
        here = page.location().to_owned();
    }
    assert_eq!(visitor.get(&here).await.status, 200, "{here}");
}

#[tokio::test]
async fn the_public_port_has_no_metrics() {
    let started = start_app(&[]);
    let app = TestApp::at(started.base.clone());
    let mut visitor = Visitor::new(&app);
    assert_eq!(visitor.get("/metrics").await.status, 404);
    let build = format!(
        "rcg_build_info{{version=\"{}\",commit=\"{}\"}}",
        version::VERSION,
        version::COMMIT
    );
    assert_eq!(Scrape::of(&started).await.value(&build), 1.0);
}

/// After known walks the counters say exactly what happened.
#[tokio::test]
async fn known_walks_are_counted_exactly() {
    let started = start_app(&[]);
    let app = TestApp::at(started.base.clone());
    let paths = every_path();
    for lang in [Lang::En, Lang::Ar] {
        for path in &paths {
            let mut visitor = Visitor::new(&app);
            visitor.get(&format!("/{}/", lang.code())).await;
            walk(&mut visitor, lang.code(), &path.answers).await;
        }
    }
    // One applicant: an invalid answer, feedback three times (yes, then no,
    // then yes after answering the last question the same way again): only
    // the first counts; then start again.
    let mut visitor = Visitor::new(&app);
    assert_eq!(
        visitor
            .post("/nb/application-date", "application-date=maybe")
            .await
            .status,
        422
    );
    walk(&mut visitor, "nb", &paths[0].answers).await;
    let thanked = visitor.post("/nb/feedback", "helpful=yes").await;
    assert_eq!(thanked.location(), "/nb/result?feedback=thanks#feedback");
    assert!(thanked.set_cookie().is_some(), "sealed: feedback given");
    let again = visitor.post("/nb/feedback", "helpful=no").await;
    assert_eq!(again.location(), "/nb/result?feedback=thanks#feedback");
    let last = paths[0].answers.last().unwrap();
    let slug = last.question().slug();
    visitor
        .post(
            &format!("/nb/{slug}"),
            &format!("{slug}={}", last.option_slug()),
        )
        .await;
    visitor.post("/nb/feedback", "helpful=yes").await;
    assert_eq!(
        visitor.post("/nb/feedback", "helpful=perhaps").await.status,
        303
    );
    visitor.post("/nb/start-again", "").await;
    // Feedback without answers counts nothing.
    assert_eq!(
        visitor.post("/nb/feedback", "helpful=yes").await.status,
        303
    );
    // Answers that cannot be used, one of each cause.
    let other_key = AnswerCookie::new(CookieKeys::new(&[9; 64], None).unwrap(), Transport::Http);
    let old = SystemTime::now() - Duration::from_secs(3 * 3600);
    for cookie in [
        "not-a-sealed-value".to_owned(),
        sealed(&Answers::default(), old),
        other_key.seal(&Answers::default()).value().to_owned(),
    ] {
        let mut lost = Visitor::new(&app);
        lost.cookie = Some(cookie);
        assert_eq!(lost.get("/en/result").await.status, 303);
    }

    let scrape = Scrape::of(&started).await;
    let walks = paths.len() as f64;
    assert_eq!(scrape.value("rcg_starts_total{lang=\"en\"}"), walks);
    assert_eq!(scrape.value("rcg_starts_total{lang=\"ar\"}"), walks);
    let answers: usize = paths.iter().map(|p| p.answers.len()).sum();
    assert_eq!(
        scrape.sum("rcg_questions_answered_total", &["lang=\"en\""]),
        answers as f64
    );
    assert_eq!(
        scrape.sum("rcg_questions_shown_total", &["lang=\"ar\""]),
        answers as f64
    );
    for outcome in Outcome::ALL {
        let expected = paths.iter().filter(|p| p.outcome == outcome).count() as f64;
        let series = format!(
            "rcg_outcomes_total{{outcome=\"{}\",reason=\"{}\",lang=\"en\"}}",
            outcome.id(),
            outcome.reason().slug()
        );
        assert_eq!(scrape.value(&series), expected, "{series}");
    }
    assert_eq!(scrape.sum("rcg_outcomes_total", &[]), 2.0 * walks + 1.0);
    let first = paths[0].outcome.id();
    let series = format!("rcg_feedback_total{{outcome=\"{first}\",lang=\"nb\",helpful=\"yes\"}}");
    assert_eq!(scrape.value(&series), 1.0, "{series}");
    assert_eq!(scrape.sum("rcg_feedback_total", &[]), 1.0, "counted once");
    assert_eq!(
        scrape.value("rcg_validation_errors_total{question=\"application-date\"}"),
        1.0
    );
    assert_eq!(scrape.value("rcg_start_again_total{lang=\"nb\"}"), 1.0);
    for cause in ["unreadable", "expired", "unknown_key"] {
        let series = format!("rcg_answers_lost_total{{cause=\"{cause}\"}}");
        assert_eq!(scrape.value(&series), 1.0, "{series}");
        let series = format!("rcg_answer_cookies_total{{result=\"{cause}\"}}");
        assert_eq!(scrape.value(&series), 1.0, "{series}");
    }
    // Every request with a cookie but the first of each walk (which has none).
    let valid = scrape.value("rcg_answer_cookies_total{result=\"valid\"}");
    assert!(valid > 2.0 * answers as f64, "{valid}");
    let posts = scrape.value(&format!(
        "rcg_http_requests_total{{route=\"{}\",status_class=\"3xx\"}}",
        route_label(Some("/{lang}/{question}"))
    ));
    // Every path in en and ar, the first in nb, and its last answer once more.
    assert_eq!(
        posts,
        2.0 * answers as f64 + paths[0].answers.len() as f64 + 1.0
    );
    assert!(scrape.sum("rcg_http_request_duration_seconds_count", &[]) > 100.0);
}

/// A small deterministic generator of hostile strings.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A token only this test could have sent.
    fn token(&mut self) -> String {
        format!("zq{:x}", self.next())
    }
}

/// Thousands of requests with random paths, languages, headers, cookies,
/// methods and bodies add no series, and nothing they sent appears in a scrape.
#[tokio::test]
async fn no_request_can_add_a_series() {
    let started = start_app(&[]);
    let app = TestApp::at(started.base.clone());
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
    let send = |noise: &mut Noise, sent: &mut Vec<String>| {
        let token = noise.token();
        sent.push(token.clone());
        let (method, path, body) = match noise.next() % 6 {
            0 => ("GET", format!("/{token}"), None),
            1 => ("GET", format!("/en/{token}"), None),
            2 => ("GET", format!("/{token}/{token}?notice={token}"), None),
            3 => (
                "POST",
                "/en/application-date".to_owned(),
                Some(format!("application-date={token}")),
            ),
            4 => (
                "POST",
                "/en/feedback".to_owned(),
                Some(format!("helpful={token}&{token}=yes")),
            ),
            _ => ("GET", "/en/handed-in".to_owned(), None),
        };
        let request = app
            .client
            .request(method.parse().unwrap(), format!("{}{path}", app.address))
            .header("accept-language", format!("{token}, {token}-XX;q=0.9"))
            .header("user-agent", token.clone())
            .header("x-forwarded-for", token.clone())
            .header("referer", format!("https://{token}.example/"))
            .header("cookie", format!("rcg-answers={token}; {token}={token}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin");
        match body {
            Some(body) => request.body(body),
            None => request,
        }
    };
    // Every kind of request once, then the same kinds by the thousand.
    let mut sent = Vec::new();
    for _ in 0..60 {
        send(&mut noise, &mut sent).send().await.unwrap();
    }
    let before = Scrape::of(&started).await.series();
    for _ in 0..3000 {
        send(&mut noise, &mut sent).send().await.unwrap();
    }
    let text = scrape_text(&started).await;
    let after = Scrape::of(&started).await.series();
    assert_eq!(
        after.difference(&before).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "series added by requests"
    );
    for token in &sent {
        assert!(
            !text.contains(token.as_str()),
            "{token} reached the metrics"
        );
    }
    // And every label value is from a fixed set.
    let allowed = allowed_label_values();
    for series in &after {
        for pair in series
            .split_once('{')
            .map_or("", |(_, labels)| labels.trim_end_matches('}'))
            .split("\",")
            .filter(|p| !p.is_empty())
        {
            let (name, value) = pair.split_once("=\"").expect("name=\"value");
            let value = value.trim_end_matches('"');
            assert!(
                allowed.contains(&(name, value))
                    || name == "le"
                    || (name, value) == ("version", version::VERSION)
                    || (name, value) == ("commit", version::COMMIT),
                "{series}: {name}={value} is not from a fixed set"
            );
        }
    }
    eprintln!(
        "series: {} before, {} after 3,000 hostile requests",
        before.len(),
        after.len()
    );
}

/// Every value each label may take.
fn allowed_label_values() -> BTreeSet<(&'static str, &'static str)> {
    let mut allowed = BTreeSet::new();
    for lang in Lang::ALL {
        allowed.insert(("lang", lang.code()));
    }
    for q in Question::ALL {
        allowed.insert(("question", q.slug()));
    }
    for o in Outcome::ALL {
        allowed.insert(("outcome", o.id()));
        allowed.insert(("reason", o.reason().slug()));
    }
    for cause in residence_card_guide::answer_cookie::Lost::ALL {
        allowed.insert(("cause", cause.slug()));
        allowed.insert(("result", cause.slug()));
    }
    allowed.insert(("result", "valid"));
    for key in ["current", "previous"] {
        allowed.insert(("key", key));
    }
    for helpful in ["yes", "no"] {
        allowed.insert(("helpful", helpful));
    }
    for class in ["1xx", "2xx", "3xx", "4xx", "5xx"] {
        allowed.insert(("status_class", class));
    }
    for close in residence_card_guide::connection::Close::ALL {
        allowed.insert(("reason", close.slug()));
    }
    for kind in residence_card_guide::connection::ProtocolError::ALL {
        allowed.insert(("kind", kind.slug()));
    }
    for pattern in [
        "/",
        "/healthz",
        "/static/style.css",
        "/{lang}",
        "/{lang}/",
        "/{lang}/{question}",
        "/{lang}/result",
        "/{lang}/start-again",
        "/{lang}/accessibility",
        "/{lang}/about-this-guide",
        "/{lang}/feedback",
        "unmatched",
    ] {
        allowed.insert(("route", route_label(Some(pattern))));
    }
    allowed
}

/// `promtool check metrics` (Debian package `prometheus`) accepts a real scrape.
#[tokio::test]
async fn promtool_accepts_a_real_scrape() {
    let started = start_app(&[]);
    let app = TestApp::at(started.base.clone());
    let mut visitor = Visitor::new(&app);
    walk(&mut visitor, "en", &every_path()[0].answers).await;
    let text = scrape_text(&started).await;
    let mut child = Command::new(promtool())
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success() && output.stdout.is_empty() && output.stderr.is_empty(),
        "promtool check metrics: {output:?}\n{text}"
    );
}

fn promtool() -> &'static str {
    require("promtool")
}

/// A program from Debian's `prometheus` package; a clear failure without it.
fn require(program: &'static str) -> &'static str {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "{program} is missing: install Debian's `prometheus` package (scripts/test does)"
    );
    program
}

/// A real Prometheus scrapes two instances; its HTTP API sums their counts.
#[tokio::test]
async fn a_real_prometheus_sums_two_instances() {
    let prometheus = require("prometheus");
    let (one, two) = (start_app(&[]), start_app(&[]));
    let dir = std::env::temp_dir().join(format!("rcg-prometheus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let target = |s: &Started| {
        s.metrics
            .trim_start_matches("http://")
            .trim_end_matches("/metrics")
            .to_owned()
    };
    let config = format!(
        "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: residence-card-guide\n    static_configs:\n      - targets: ['{}', '{}']\n",
        target(&one),
        target(&two)
    );
    std::fs::write(dir.join("prometheus.yml"), config).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(prometheus)
        .arg(format!(
            "--config.file={}",
            dir.join("prometheus.yml").display()
        ))
        .arg(format!(
            "--storage.tsdb.path={}",
            dir.join("data").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("prometheus starts");
    let _guard = KillOnDrop(child, dir.clone());

    // Known walks: every path on the first instance, the first three on the second.
    let paths = every_path();
    for (started, walks) in [(&one, paths.len()), (&two, 3)] {
        let app = TestApp::at(started.base.clone());
        for path in &paths[..walks] {
            let mut visitor = Visitor::new(&app);
            walk(&mut visitor, "en", &path.answers).await;
        }
    }
    let expected = (paths.len() + 3) as f64;
    let query = format!("http://127.0.0.1:{port}/api/v1/query?query=sum(rcg_outcomes_total)");
    let started = Instant::now();
    let mut last = String::new();
    loop {
        if let Ok(response) = reqwest::get(&query).await {
            last = response.text().await.unwrap_or_default();
            let json: serde_json::Value = serde_json::from_str(&last).unwrap_or_default();
            let value = json["data"]["result"][0]["value"][1].as_str().unwrap_or("");
            if value.parse::<f64>().ok() == Some(expected) {
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "Prometheus never summed {expected} outcomes; last answer: {last}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let up = format!("http://127.0.0.1:{port}/api/v1/query?query=sum(up)");
    let text = reqwest::get(&up).await.unwrap().text().await.unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["data"]["result"][0]["value"][1], "2", "{json}");
}

struct KillOnDrop(std::process::Child, std::path::PathBuf);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
        let _ = std::fs::remove_dir_all(&self.1);
    }
}
