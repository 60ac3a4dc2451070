//! Lighthouse (the npm package `lighthouse`, in `tools/`) on headless
//! Chromium, as a reader's phone would load the guide: the start page of
//! every language, a question page and a result page.
//!
//! Lighthouse fetches `/robots.txt` from inside the page it tests, and the
//! page's Content-Security-Policy (`default-src 'none'`, so no `connect-src`)
//! forbids that: Lighthouse then says it "was unable to download a robots.txt
//! file" (GoogleChrome/lighthouse#4386). A crawler fetches the file itself,
//! not from a page, and the CSP stays as strict. So each page is measured in
//! two steps: Lighthouse gathers (`-G`), the `RobotsTxt` artifact it could
//! not fetch is replaced by the file as a crawler gets it (only when the
//! gatherer failed for that reason; anything else fails the test), and
//! Lighthouse audits and scores what it gathered (`-A`). Every audit and every
//! score is Lighthouse's own. The reports are in `target/lighthouse/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::harness::{INSTALL_HINT, require_program, require_tool_file};

/// The categories measured: a mobile run with Lighthouse's default throttling.
pub const CATEGORIES: &str = "performance,accessibility,best-practices,seo";

/// The one SEO audit a `noindex` page fails, as it must.
pub const IS_CRAWLABLE: &str = "is-crawlable";

/// Lighthouse's report of one page: each category's score (0 to 1) and each
/// audit's score (`None`: not applicable, informative or manual).
pub struct Report {
    pub categories: Vec<(String, Option<f64>)>,
    /// `(category, audit id, score, title)` of each scored audit in a category.
    pub audits: Vec<(String, String, Option<f64>, String)>,
}

impl Report {
    pub fn score(&self, category: &str) -> Option<f64> {
        self.categories
            .iter()
            .find(|(id, _)| id == category)
            .and_then(|(_, score)| *score)
    }

    /// The audits of `category` that count towards its score and did not pass.
    pub fn failed(&self, category: &str) -> Vec<String> {
        self.audits
            .iter()
            .filter(|(c, _, score, _)| c == category && score.is_some_and(|s| s < 1.0))
            .map(|(_, id, score, title)| format!("{id} ({score:?}): {title}"))
            .collect()
    }

    fn of(report: &Value) -> Report {
        let categories = report["categories"]
            .as_object()
            .expect("a Lighthouse report has categories");
        let audit = |id: &str| &report["audits"][id];
        Report {
            categories: categories
                .iter()
                .map(|(id, c)| (id.clone(), c["score"].as_f64()))
                .collect(),
            audits: categories
                .iter()
                .flat_map(|(category, c)| {
                    c["auditRefs"]
                        .as_array()
                        .expect("a category lists its audits")
                        .iter()
                        .filter(|r| r["weight"].as_f64().is_some_and(|w| w > 0.0))
                        .map(move |r| {
                            let id = r["id"].as_str().expect("an audit id");
                            (
                                category.clone(),
                                id.to_owned(),
                                audit(id)["score"].as_f64(),
                                audit(id)["title"].as_str().unwrap_or_default().to_owned(),
                            )
                        })
                })
                .collect(),
        }
    }
}

/// Measures `url` as [`measure`] does, in `dir/1`; when its performance is
/// under 100, twice more (`dir/2`, `dir/3`), and keeps the run with the
/// median performance. Also says, when it measured three times, each run's
/// performance (`, performance of 3 runs: 96 100 100`), or nothing.
pub fn measure_median(
    url: &str,
    cookie: Option<&str>,
    robots_txt: &str,
    dir: &Path,
) -> (Report, String) {
    let run = |n: u32| {
        let dir = dir.join(n.to_string());
        std::fs::create_dir_all(&dir).expect("create the report folder");
        measure(url, cookie, robots_txt, &dir)
    };
    let first = run(1);
    if first.score("performance") == Some(1.0) {
        return (first, String::new());
    }
    let mut runs = vec![first, run(2), run(3)];
    let performance = |r: &Report| r.score("performance").unwrap_or(0.0);
    runs.sort_by(|a, b| performance(a).total_cmp(&performance(b)));
    let scores: Vec<String> = runs
        .iter()
        .map(|r| format!("{:.0}", performance(r) * 100.0))
        .collect();
    let median = runs.swap_remove(1);
    (
        median,
        format!(", performance of 3 runs: {}", scores.join(" ")),
    )
}

/// Measures `url` (with a `Cookie` header when given), keeping what
/// Lighthouse gathered and its report in `dir`. `robots_txt` is the site's
/// `/robots.txt` as a crawler fetched it.
pub fn measure(url: &str, cookie: Option<&str>, robots_txt: &str, dir: &Path) -> Report {
    let node = require_program("node", "Debian package nodejs (npm brings it)");
    let chromium = require_program("chromium", "Debian package chromium");
    let cli = require_tool_file("lighthouse/cli/index.js");
    let gathered = dir.join("gathered");
    let report_path = dir.join("report.json");
    let lighthouse = |mode: String, more: &[String]| {
        let mut command = Command::new(&node);
        command
            .arg(&cli)
            .arg(url)
            .arg(mode)
            .arg(format!("--only-categories={CATEGORIES}"))
            .arg("--quiet")
            .args(more)
            .env("CHROME_PATH", &chromium);
        run(command, url)
    };
    // The same settings for both steps (Lighthouse refuses others).
    let headers: Vec<String> = cookie
        .map(|cookie| format!("--extra-headers={}", json!({ "Cookie": cookie })))
        .into_iter()
        .collect();
    let gather = [
        vec!["--chrome-flags=--headless=new --no-sandbox".to_owned()],
        headers.clone(),
    ];
    lighthouse(format!("-G={}", gathered.display()), &gather.concat());
    replace_robots_txt(&gathered.join("artifacts.json"), robots_txt);
    let audit = [
        vec![
            "--output=json".to_owned(),
            format!("--output-path={}", report_path.display()),
        ],
        headers,
    ];
    lighthouse(format!("-A={}", gathered.display()), &audit.concat());
    let text = std::fs::read_to_string(&report_path)
        .unwrap_or_else(|e| panic!("no Lighthouse report for {url}: {e}"));
    Report::of(&serde_json::from_str(&text).expect("the report is JSON"))
}

/// Runs Lighthouse; fails with its output when it fails.
fn run(mut command: Command, url: &str) {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run Lighthouse: {e}\n{INSTALL_HINT}"));
    assert!(
        out.status.success(),
        "Lighthouse failed on {url} ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Puts the crawler's `robots.txt` in place of the one Lighthouse could not
/// fetch because of the page's CSP. A gatherer that fetched it is left alone;
/// one that failed for any other reason fails the test.
fn replace_robots_txt(artifacts: &PathBuf, robots_txt: &str) {
    let text = std::fs::read_to_string(artifacts)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", artifacts.display()));
    let mut gathered: Value = serde_json::from_str(&text).expect("the artifacts are JSON");
    let robots = &gathered["RobotsTxt"];
    if robots["status"].as_u64() == Some(200) {
        return;
    }
    let error = robots["errorMessage"].as_str().unwrap_or_default();
    assert!(
        error.contains("CSP violation"),
        "Lighthouse could not fetch /robots.txt, and not because of the page's CSP: {robots}"
    );
    gathered["RobotsTxt"] = json!({ "status": 200, "content": robots_txt });
    std::fs::write(artifacts, gathered.to_string())
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", artifacts.display()));
}
