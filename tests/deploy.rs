//! The files in `deploy/`: the Prometheus alert rules and their unit tests,
//! the scrape configuration and the Grafana dashboard, checked with promtool
//! and against a real scrape of the app; and the Kubernetes example, checked
//! for the numbers that must agree (ports, drain, probes, grace period).
//!
//! promtool comes from the Debian package `prometheus`. Without it these
//! tests fail and say so: they are never skipped.

#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use residence_card_guide::answer_cookie::{AnswerCookie, CookieKeys, Transport};
use residence_card_guide::rules::Answers;

/// The metric families a scrape must have once the walk below has run: every
/// metric the guide exports (`docs/operations.md` lists them).
const FAMILIES: [&str; 18] = [
    "rcg_starts_total",
    "rcg_questions_shown_total",
    "rcg_questions_answered_total",
    "rcg_validation_errors_total",
    "rcg_outcomes_total",
    "rcg_start_again_total",
    "rcg_answers_lost_total",
    "rcg_answer_cookies_total",
    "rcg_feedback_total",
    "rcg_http_requests_total",
    "rcg_http_request_duration_seconds",
    "rcg_build_info",
    "rcg_cookie_key_id",
    "process_cpu_seconds_total",
    "process_resident_memory_bytes",
    "process_virtual_memory_bytes",
    "process_open_fds",
    "process_start_time_seconds",
];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

/// A fresh, empty directory for one test under Cargo's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("deploy-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
    dir
}

/// Runs promtool in `dir`; returns whether it succeeded and what it printed
/// (also printed here, for `--nocapture`).
fn promtool(dir: &Path, args: &[&str]) -> (bool, String) {
    let output = match Command::new("promtool")
        .args(args)
        .current_dir(dir)
        .output()
    {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "promtool is not installed. It checks the Prometheus files in deploy/: install the \
             Debian package `prometheus` (sudo apt-get install prometheus), which provides it."
        ),
        Err(e) => panic!("cannot run promtool: {e}"),
    };
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    println!("$ promtool {}\n{text}", args.join(" "));
    (output.status.success(), text)
}

fn promtool_ok(dir: &Path, args: &[&str]) -> String {
    let (ok, text) = promtool(dir, args);
    assert!(ok, "promtool {} failed:\n{text}", args.join(" "));
    text
}

#[test]
fn alert_rules_pass_promtool_check() {
    let text = promtool_ok(
        &repo(),
        &["check", "rules", "deploy/prometheus/alerts.yaml"],
    );
    let rules = rule_exprs(&read("deploy/prometheus/alerts.yaml")).len();
    assert!(
        text.contains(&format!("SUCCESS: {rules} rules found")),
        "{text}"
    );
}

#[test]
fn alert_rules_pass_their_unit_tests() {
    promtool_ok(
        &repo(),
        &["test", "rules", "deploy/prometheus/alerts.test.yaml"],
    );
    // Every alert has a test that fires it and one that does not.
    let tests = read("deploy/prometheus/alerts.test.yaml");
    for alert in alert_names(&read("deploy/prometheus/alerts.yaml")) {
        let mut fired = false;
        let mut quiet = false;
        // Each `alertname:` line is followed by its `exp_alerts:`.
        let lines: Vec<&str> = tests.lines().map(str::trim).collect();
        for (i, line) in lines.iter().enumerate() {
            if line.strip_prefix("alertname:").map(str::trim) == Some(alert.as_str()) {
                match lines.get(i + 1) {
                    Some(&"exp_alerts: []") => quiet = true,
                    Some(&"exp_alerts:") => fired = true,
                    other => panic!("{alert}: alertname not followed by exp_alerts: {other:?}"),
                }
            }
        }
        assert!(
            fired && quiet,
            "alerts.test.yaml must fire {alert} once and keep it quiet once (fired: {fired}, quiet: {quiet})"
        );
    }
}

/// `promtool check config` on `prometheus.yaml`, in a directory of its own
/// beside `alerts.yaml` (the rule file path is relative to the config).
///
/// Debian builds Prometheus without Kubernetes discovery, so its promtool
/// refuses `kubernetes_sd_configs`. Then the check runs again with that block
/// replaced by a file discovery: everything else (the static job, every
/// relabelling rule of the Kubernetes job, the rule file) is still checked.
#[test]
fn the_scrape_config_passes_promtool_check() {
    let dir = scratch("config");
    let config = read("deploy/prometheus/prometheus.yaml");
    std::fs::write(
        dir.join("alerts.yaml"),
        read("deploy/prometheus/alerts.yaml"),
    )
    .unwrap();
    std::fs::write(dir.join("prometheus.yaml"), &config).unwrap();
    let (ok, text) = promtool(&dir, &["check", "config", "prometheus.yaml"]);
    if !ok {
        assert!(
            text.contains("field kubernetes_sd_configs not found"),
            "promtool check config failed:\n{text}"
        );
        println!(
            "this promtool has no Kubernetes discovery (Debian's build): checking the config \
             with kubernetes_sd_configs replaced by file_sd_configs"
        );
        let (without, roles) = replace_kubernetes_sd(&config);
        assert_eq!(
            roles,
            ["pod"],
            "the Kubernetes job discovers pods (one kubernetes_sd_configs entry, role: pod)"
        );
        std::fs::write(dir.join("pods.json"), "[]\n").unwrap();
        std::fs::write(dir.join("prometheus.yaml"), without).unwrap();
        promtool_ok(&dir, &["check", "config", "prometheus.yaml"]);
    }
    let jobs: Vec<&str> = config
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- job_name:").map(str::trim))
        .collect();
    assert!(jobs.contains(&"residence-card-guide"), "{jobs:?}");
    // The static job's targets get the same job label as the pods'.
    assert!(
        config.contains("target_label: job"),
        "the static job must relabel its targets to job=residence-card-guide"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Replaces each `kubernetes_sd_configs:` block with a file discovery; also
/// returns the roles it named.
fn replace_kubernetes_sd(config: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut roles = Vec::new();
    let mut inside: Option<usize> = None;
    for line in config.lines() {
        let indent = line.len() - line.trim_start().len();
        if let Some(block) = inside {
            if line.trim().is_empty() || indent > block {
                if let Some(role) = line.trim().trim_start_matches("- ").strip_prefix("role:") {
                    roles.push(role.trim().to_owned());
                }
                continue;
            }
            inside = None;
        }
        if line.trim() == "kubernetes_sd_configs:" {
            inside = Some(indent);
            let pad = " ".repeat(indent);
            out.push_str(&format!(
                "{pad}file_sd_configs:\n{pad}  - files: [pods.json]\n"
            ));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    (out, roles)
}

/// What a walk through the guide leaves in a scrape: every family, and the
/// names of its samples.
struct Scrape {
    families: BTreeSet<String>,
    samples: BTreeSet<String>,
}

/// Starts the app, walks one path (with a refused answer, feedback, Start
/// again and three kinds of lost answers) so that every family has a series,
/// and scrapes it.
async fn walk_and_scrape() -> Scrape {
    let app = common::start_app(&[]);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let base = app.base.clone();
    let send = |method: reqwest::Method, path: &str, body: &str, cookie: Option<&str>| {
        let mut request = client
            .request(method.clone(), format!("{base}{path}"))
            .header("sec-fetch-site", "same-origin");
        if method == reqwest::Method::POST {
            request = request
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body.to_owned());
        }
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie.to_owned());
        }
        request.send()
    };
    let cookie_of = |response: &reqwest::Response| -> String {
        let set = response
            .headers()
            .get("set-cookie")
            .expect("the answer is saved in a cookie")
            .to_str()
            .unwrap();
        set.split(';').next().unwrap().to_owned()
    };
    let (get, post) = (reqwest::Method::GET, reqwest::Method::POST);
    let status = |r: &reqwest::Response| r.status().as_u16();

    assert_eq!(
        status(&send(get.clone(), "/healthz", "", None).await.unwrap()),
        200
    );
    assert_eq!(
        status(&send(get.clone(), "/en/", "", None).await.unwrap()),
        200
    );
    let first = "/en/application-date";
    assert_eq!(
        status(&send(get.clone(), first, "", None).await.unwrap()),
        200
    );
    assert_eq!(
        status(&send(post.clone(), first, "", None).await.unwrap()),
        422
    );
    let answered = send(post.clone(), first, "application-date=before-cutoff", None)
        .await
        .unwrap();
    assert_eq!(status(&answered), 303);
    let next = answered.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(next, "/en/application-portal");
    let cookie = cookie_of(&answered);
    let done = send(post.clone(), &next, "application-portal=yes", Some(&cookie))
        .await
        .unwrap();
    assert_eq!(status(&done), 303);
    assert_eq!(done.headers()["location"], "/en/result");
    let cookie = cookie_of(&done);
    let result = send(get.clone(), "/en/result", "", Some(&cookie))
        .await
        .unwrap();
    assert_eq!(status(&result), 200);
    let feedback = send(post.clone(), "/en/feedback", "helpful=yes", Some(&cookie))
        .await
        .unwrap();
    assert_eq!(status(&feedback), 303);
    let again = send(post.clone(), "/en/start-again", "", Some(&cookie))
        .await
        .unwrap();
    assert_eq!(status(&again), 303);

    // Answers lost: too old, sealed with another key, not a sealed value.
    let hours_ago = SystemTime::now() - Duration::from_secs(3 * 60 * 60);
    let expired = app.cookie.seal_at(&Answers::default(), hours_ago);
    let other_key = AnswerCookie::new(CookieKeys::new(&[7; 64], None).unwrap(), Transport::Http)
        .seal(&Answers::default());
    for lost in [
        format!("{}={}", expired.name(), expired.value()),
        format!("{}={}", other_key.name(), other_key.value()),
        format!("{}=not-a-sealed-value", expired.name()),
    ] {
        let page = send(get.clone(), first, "", Some(&lost)).await.unwrap();
        assert!(status(&page) < 500, "{lost}");
    }

    let text = client
        .get(&app.metrics)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let families = text
        .lines()
        .filter_map(|l| l.strip_prefix("# TYPE "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    let samples = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split(['{', ' ']).next().unwrap().to_owned())
        .collect();
    let scrape = Scrape { families, samples };
    for family in FAMILIES {
        assert!(
            scrape.families.contains(family),
            "the walk left no {family} in the scrape:\n{text}"
        );
    }
    for cause in ["expired", "unknown_key", "unreadable"] {
        assert!(
            text.contains(&format!("rcg_answers_lost_total{{cause=\"{cause}\"}} 1")),
            "{cause}:\n{text}"
        );
    }
    scrape
}

/// Metric names a PromQL expression selects. Skips strings, label matchers,
/// ranges, Grafana variables, numbers and durations, functions (a name before
/// `(`), aggregation operators, keywords, and the label lists of `by`,
/// `without`, `on`, `ignoring`, `group_left` and `group_right`.
fn metric_names(expr: &str) -> BTreeSet<String> {
    const KEYWORDS: [&str; 28] = [
        "sum",
        "min",
        "max",
        "avg",
        "group",
        "stddev",
        "stdvar",
        "count",
        "count_values",
        "bottomk",
        "topk",
        "quantile",
        "limitk",
        "limit_ratio",
        "by",
        "without",
        "on",
        "ignoring",
        "group_left",
        "group_right",
        "bool",
        "and",
        "or",
        "unless",
        "offset",
        "atan2",
        "inf",
        "nan",
    ];
    const LABEL_LISTS: [&str; 6] = [
        "by",
        "without",
        "on",
        "ignoring",
        "group_left",
        "group_right",
    ];
    assert!(
        !expr.contains("__name__"),
        "name metrics plainly, not with __name__: {expr}"
    );
    let chars: Vec<char> = expr.chars().collect();
    let word_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':';
    // The index after the `close` that matches the opener at `i`, skipping strings.
    let skip_to = |mut i: usize, close: char| -> usize {
        i += 1;
        while i < chars.len() && chars[i] != close {
            if matches!(chars[i], '"' | '\'' | '`') {
                i = skip_string(&chars, i);
            } else {
                i += 1;
            }
        }
        i + 1
    };
    let mut names = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '"' | '\'' | '`') {
            i = skip_string(&chars, i);
        } else if c == '{' {
            i = skip_to(i, '}');
        } else if c == '[' {
            i = skip_to(i, ']');
        } else if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '$' {
            i += 1;
            if chars.get(i) == Some(&'{') {
                i = skip_to(i, '}');
            } else {
                while i < chars.len() && word_char(chars[i]) {
                    i += 1;
                }
            }
        } else if c.is_ascii_digit() || c == '.' {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                i += 1;
            }
        } else if word_char(c) {
            let start = i;
            while i < chars.len() && word_char(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let mut next = i;
            while next < chars.len() && chars[next].is_whitespace() {
                next += 1;
            }
            let call = chars.get(next) == Some(&'(');
            if call && LABEL_LISTS.contains(&word.as_str()) {
                i = skip_to(next, ')');
            } else if !call && !KEYWORDS.contains(&word.as_str()) {
                names.insert(word);
            }
        } else {
            i += 1;
        }
    }
    names
}

/// The index after the string literal that starts at `i`.
fn skip_string(chars: &[char], mut i: usize) -> usize {
    let quote = chars[i];
    i += 1;
    while i < chars.len() && chars[i] != quote {
        if chars[i] == '\\' && quote != '`' {
            i += 1;
        }
        i += 1;
    }
    i + 1
}

#[test]
fn metric_names_finds_only_metric_names() {
    let names = |e: &str| metric_names(e).into_iter().collect::<Vec<_>>();
    assert_eq!(
        names(
            r#"histogram_quantile(0.99, sum by (job, le) (rate(a_bucket{job="x",le=~"0.5|1"}[5m]))) > 0.05"#
        ),
        ["a_bucket"]
    );
    assert_eq!(
        names(
            "(sum(rate(b_total{s=\"5xx\"}[$__rate_interval])) or vector(0)) / on (job) group_left (v) c"
        ),
        ["b_total", "c"]
    );
    assert_eq!(
        names("time() - d{job=\"$job\"} offset 5m and e unless 1e3"),
        ["d", "e"]
    );
    assert_eq!(names("count without (instance) (up == 0) * 60"), ["up"]);
}

/// Every `expr:` of a rule file, whether on its line or in a block scalar.
fn rule_exprs(yaml: &str) -> Vec<String> {
    let lines: Vec<&str> = yaml.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut exprs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let Some(rest) = line.trim_start().strip_prefix("expr:") else {
            continue;
        };
        let rest = rest.trim();
        if rest.starts_with('|') || rest.starts_with('>') {
            let mut block = Vec::new();
            while i < lines.len() && (lines[i].trim().is_empty() || indent(lines[i]) > indent(line))
            {
                block.push(lines[i].trim());
                i += 1;
            }
            exprs.push(block.join("\n"));
        } else {
            exprs.push(rest.trim_matches(['"', '\'']).to_owned());
        }
    }
    let rules = lines
        .iter()
        .filter(|l| {
            let l = l.trim_start().trim_start_matches("- ");
            l.starts_with("alert:") || l.starts_with("record:")
        })
        .count();
    assert_eq!(exprs.len(), rules, "one expr per rule");
    exprs
}

fn alert_names(yaml: &str) -> Vec<String> {
    yaml.lines()
        .filter_map(|l| l.trim().strip_prefix("- alert:"))
        .map(|n| n.trim().to_owned())
        .collect()
}

/// Every PromQL expression of the dashboard: each `expr`, and the metric
/// selector of each `label_values(selector, label)` variable query.
fn dashboard_exprs(dashboard: &serde_json::Value) -> (Vec<String>, Vec<String>) {
    fn walk(value: &serde_json::Value, exprs: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("expr", serde_json::Value::String(expr)) => exprs.push(expr.clone()),
                        _ => walk(value, exprs),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, exprs)),
            _ => {}
        }
    }
    let mut exprs = Vec::new();
    walk(&dashboard["panels"], &mut exprs);
    let mut selectors = Vec::new();
    for variable in dashboard["templating"]["list"]
        .as_array()
        .expect("templating")
    {
        if variable["type"] != "query" {
            continue;
        }
        let query = variable["query"]["query"]
            .as_str()
            .or_else(|| variable["query"].as_str())
            .expect("a query variable has a query");
        let inner = query
            .strip_prefix("label_values(")
            .and_then(|q| q.strip_suffix(')'))
            .and_then(|q| q.rsplit_once(','))
            .unwrap_or_else(|| {
                panic!("variable query is not label_values(selector, label): {query}")
            });
        selectors.push(inner.0.trim().to_owned());
    }
    (exprs, selectors)
}

#[tokio::test]
async fn dashboard_and_alerts_name_only_metrics_a_scrape_has() {
    let scrape = walk_and_scrape().await;
    let dashboard: serde_json::Value = serde_json::from_str(&read("deploy/grafana/dashboard.json"))
        .expect("dashboard.json is JSON");
    let (exprs, selectors) = dashboard_exprs(&dashboard);
    assert!(exprs.len() >= 20, "{} expressions", exprs.len());
    let mut shown = BTreeSet::new();
    for expr in exprs.iter().chain(&selectors) {
        let names = metric_names(expr);
        assert!(!names.is_empty(), "no metric in {expr}");
        for name in names {
            assert!(
                scrape.samples.contains(&name),
                "dashboard.json names {name}, which no scrape has, in:\n{expr}\n\nA scrape has: {:?}",
                scrape.samples
            );
            shown.insert(name);
        }
    }
    // Every family is on the dashboard (a histogram through its buckets).
    for family in &scrape.families {
        assert!(
            shown.contains(family) || shown.contains(&format!("{family}_bucket")),
            "the dashboard shows nothing of {family}"
        );
    }

    let alerts = rule_exprs(&read("deploy/prometheus/alerts.yaml"));
    assert!(!alerts.is_empty());
    for expr in &alerts {
        for name in metric_names(expr) {
            // kube_…: kube-state-metrics' Job and CronJob metrics, for the
            // source check (deploy/sources-check.yaml), not the guide's.
            assert!(
                name == "up" || name.starts_with("kube_") || scrape.samples.contains(&name),
                "alerts.yaml names {name}, which no scrape has, in:\n{expr}"
            );
        }
    }

    // docs/operations.md lists every family.
    let docs = read("docs/operations.md");
    for family in &scrape.families {
        assert!(
            docs.contains(&format!("`{family}`")),
            "docs/operations.md does not list `{family}`"
        );
    }
}

/// The dashboard's expressions are PromQL that promtool parses (as recording
/// rules, with the Grafana variables replaced), and every panel and query
/// uses the `${DS_PROMETHEUS}` data source variable.
#[test]
fn dashboard_is_valid_promql_on_a_datasource_variable() {
    let dashboard: serde_json::Value = serde_json::from_str(&read("deploy/grafana/dashboard.json"))
        .expect("dashboard.json is JSON");
    assert!(dashboard["schemaVersion"].as_u64().is_some_and(|v| v >= 36));
    let variables = dashboard["templating"]["list"].as_array().unwrap();
    assert!(
        variables.iter().any(|v| v["name"] == "DS_PROMETHEUS"
            && v["type"] == "datasource"
            && v["query"] == "prometheus"),
        "a DS_PROMETHEUS data source variable of type prometheus"
    );
    let want = serde_json::json!({"type": "prometheus", "uid": "${DS_PROMETHEUS}"});
    for panel in dashboard["panels"].as_array().unwrap() {
        if panel["type"] == "row" {
            continue;
        }
        assert_eq!(panel["datasource"], want, "{}", panel["title"]);
        for target in panel["targets"].as_array().expect("targets") {
            assert_eq!(target["datasource"], want, "{}", panel["title"]);
        }
    }

    let (exprs, _) = dashboard_exprs(&dashboard);
    let mut rules = String::from("groups:\n  - name: dashboard\n    rules:\n");
    for (n, expr) in exprs.iter().enumerate() {
        let expr = grafana_variables_replaced(expr);
        let quoted = serde_json::to_string(&expr).unwrap();
        rules.push_str(&format!(
            "      - record: dashboard:expr_{n}\n        expr: {quoted}\n"
        ));
    }
    let dir = scratch("dashboard");
    std::fs::write(dir.join("dashboard-rules.yaml"), rules).unwrap();
    let text = promtool_ok(&dir, &["check", "rules", "dashboard-rules.yaml"]);
    assert!(
        text.contains(&format!("SUCCESS: {} rules found", exprs.len())),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `$__rate_interval`, `$__range` and the like become a duration, any other
/// `$name` or `${name}` a plain word.
fn grafana_variables_replaced(expr: &str) -> String {
    let mut out = String::new();
    let mut rest = expr;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (name, tail) = if let Some(braced) = after.strip_prefix('{') {
            let end = braced.find('}').expect("closed ${...}");
            (&braced[..end], &braced[end + 1..])
        } else {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..end], &after[end..])
        };
        out.push_str(if name.starts_with("__") { "5m" } else { "x" });
        rest = tail;
    }
    out.push_str(rest);
    out
}

// The Kubernetes example: rendered by kustomize, validated against the
// Kubernetes API schema, and read for what a reviewer looks for.

/// What `kubectl kustomize deploy/` renders: what `kubectl apply -k deploy/`
/// sends to a cluster. Rendered once for all the tests.
struct Rendered {
    yaml: String,
    objects: Vec<serde_json::Value>,
}

fn rendered() -> &'static Rendered {
    static RENDERED: std::sync::OnceLock<Rendered> = std::sync::OnceLock::new();
    RENDERED.get_or_init(|| {
        let output = match Command::new("kubectl")
            .args(["kustomize", "deploy"])
            .current_dir(repo())
            .output()
        {
            Ok(output) => output,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
                "kubectl is not installed. It renders deploy/ (kubectl kustomize): install \
                 Debian's package kubernetes-client (sudo apt-get install kubernetes-client), \
                 as scripts/test does."
            ),
            Err(e) => panic!("cannot run kubectl: {e}"),
        };
        assert!(
            output.status.success(),
            "kubectl kustomize deploy failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let yaml = String::from_utf8(output.stdout).expect("UTF-8");
        Rendered {
            objects: documents(&yaml),
            yaml,
        }
    })
}

/// The documents of a YAML stream (separated by `---` lines), as JSON values.
fn documents(yaml: &str) -> Vec<serde_json::Value> {
    let mut documents = vec![String::new()];
    for line in yaml.lines() {
        if line.trim_end() == "---" {
            documents.push(String::new());
        } else if let Some(last) = documents.last_mut() {
            last.push_str(line);
            last.push('\n');
        }
    }
    documents
        .iter()
        .filter(|d| {
            d.lines()
                .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        })
        .map(|d| serde_yaml_ng::from_str(d).unwrap_or_else(|e| panic!("YAML: {e}\n{d}")))
        .collect()
}

/// The one object of `kind`.
fn the<'a>(objects: &'a [serde_json::Value], kind: &str) -> &'a serde_json::Value {
    let found: Vec<_> = objects.iter().filter(|o| o["kind"] == kind).collect();
    assert_eq!(found.len(), 1, "one {kind} in deploy/");
    found[0]
}

/// The object of `kind` called `name`.
fn named<'a>(objects: &'a [serde_json::Value], kind: &str, name: &str) -> &'a serde_json::Value {
    let found: Vec<_> = objects
        .iter()
        .filter(|o| o["kind"] == kind && o["metadata"]["name"] == name)
        .collect();
    assert_eq!(found.len(), 1, "one {kind} {name} in deploy/");
    found[0]
}

/// The guide's pod template, and its one container.
fn pod_and_container(objects: &[serde_json::Value]) -> (&serde_json::Value, &serde_json::Value) {
    let pod = &the(objects, "Deployment")["spec"]["template"];
    let containers = pod["spec"]["containers"].as_array().expect("containers");
    assert_eq!(containers.len(), 1, "one container");
    (pod, &containers[0])
}

/// Whether `selector`'s `matchLabels` select a pod labelled `labels` (and
/// nothing else is asked: no `matchExpressions`).
fn selects(selector: &serde_json::Value, labels: &serde_json::Value) -> bool {
    let wanted = selector["matchLabels"].as_object();
    selector.get("matchExpressions").is_none()
        && wanted.is_some_and(|w| !w.is_empty() && w.iter().all(|(k, v)| &labels[k] == v))
}

/// `kubernetes-validate` from `tools/venv` (scripts/test installs it there,
/// the version in tools/requirements.txt), or from `PATH`.
fn kubernetes_validate() -> PathBuf {
    let venv = repo().join("tools/venv/bin/kubernetes-validate");
    if venv.exists() {
        return venv;
    }
    match Command::new("kubernetes-validate")
        .arg("--version")
        .output()
    {
        Ok(_) => PathBuf::from("kubernetes-validate"),
        Err(_) => panic!(
            "kubernetes-validate is not installed. It checks deploy/ against the Kubernetes API \
             schema: python3 -m venv tools/venv && tools/venv/bin/pip install -r \
             tools/requirements.txt (scripts/test does)."
        ),
    }
}

/// `kubernetes-validate --strict` on `file` of `count` objects, against the
/// newest Kubernetes release it ships the schema of; an unknown field is an
/// error. `Ok` with the resources that passed; `Err` with what it printed
/// when any object failed, or was not checked at all (an unknown kind or
/// apiVersion is only a warning to kubernetes-validate, with exit status 0).
fn validate(file: &Path, count: usize) -> Result<Vec<String>, String> {
    let output = Command::new(kubernetes_validate())
        .arg("--strict")
        .arg(file)
        .output()
        .expect("kubernetes-validate runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    println!("$ kubernetes-validate --strict {}\n{text}", file.display());
    let passed: Vec<String> = text
        .lines()
        .filter_map(|l| l.split(" passed for resource ").nth(1))
        .filter_map(|r| r.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    if output.status.success() && passed.len() == count {
        Ok(passed)
    } else {
        Err(text)
    }
}

#[test]
fn the_kustomization_renders_and_every_object_validates_against_the_kubernetes_schema() {
    let rendered = rendered();
    let dir = scratch("kubernetes");
    let file = dir.join("rendered.yaml");
    std::fs::write(&file, &rendered.yaml).unwrap();
    let mut passed = validate(&file, rendered.objects.len())
        .unwrap_or_else(|text| panic!("deploy/ does not validate:\n{text}"));
    passed.sort();
    assert_eq!(
        passed,
        [
            "cronjob/residence-card-sources",
            "deployment/residence-card-guide",
            "networkpolicy/residence-card-guide",
            "networkpolicy/residence-card-sources",
            "poddisruptionbudget/residence-card-guide",
            "service/residence-card-guide",
        ]
    );
    // The Secret is made by hand (its example is not in the kustomization).
    let secret = repo().join("deploy/secret.example.yaml");
    validate(&secret, 1).unwrap_or_else(|text| panic!("secret.example.yaml:\n{text}"));

    // The check fails for what it is there for.
    let broken = [
        (
            "a misspelt field",
            "readOnlyRootFilesystem: true",
            "readOnlyRootFileSystem: true",
            "'readOnlyRootFileSystem' was unexpected",
        ),
        (
            "a value of the wrong type",
            "replicas: 3\n",
            "replicas: three\n",
            "'three' is not of type 'integer'",
        ),
        (
            "an apiVersion no current Kubernetes serves",
            "apiVersion: policy/v1\n",
            "apiVersion: policy/v1beta1\n",
            "api version policy/v1beta1",
        ),
        (
            "a misspelt kind",
            "kind: NetworkPolicy\n",
            "kind: NetworkPolicies\n",
            "kind NetworkPolicies",
        ),
    ];
    for (why, from, to, message) in broken {
        // The first occurrence (the guide and the source check share some).
        assert!(rendered.yaml.contains(from), "{why}: {from:?}");
        let file = dir.join("broken.yaml");
        std::fs::write(&file, rendered.yaml.replacen(from, to, 1)).unwrap();
        let error = validate(&file, rendered.objects.len())
            .err()
            .unwrap_or_else(|| panic!("{why} passed"));
        assert!(
            error.contains(message),
            "{why}: no {message:?} in:\n{error}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// What the "restricted" Pod Security Standard asks, and what a reviewer
/// looks for besides: the image's user, no service account token, requests
/// and limits.
#[test]
fn the_pods_meet_the_restricted_pod_security_standard() {
    let (pod, container) = pod_and_container(&rendered().objects);
    let spec = &pod["spec"];
    let security = &spec["securityContext"];
    assert_eq!(security["runAsNonRoot"], true);
    assert_eq!(security["seccompProfile"]["type"], "RuntimeDefault");
    // The image's numeric user (Dockerfile `USER`), not root.
    let dockerfile = read("Dockerfile");
    let user = dockerfile
        .lines()
        .find_map(|l| l.strip_prefix("USER "))
        .expect("the Dockerfile sets USER");
    assert_eq!(
        format!("{}:{}", security["runAsUser"], security["runAsGroup"]),
        user.trim()
    );
    assert_ne!(security["runAsUser"], 0);
    for host in ["hostNetwork", "hostPID", "hostIPC"] {
        assert_ne!(spec[host], true, "{host}");
    }
    assert_eq!(spec["automountServiceAccountToken"], false);
    // Only the volume types the restricted standard allows.
    const ALLOWED: [&str; 8] = [
        "configMap",
        "csi",
        "downwardAPI",
        "emptyDir",
        "ephemeral",
        "persistentVolumeClaim",
        "projected",
        "secret",
    ];
    for volume in spec["volumes"].as_array().into_iter().flatten() {
        for (key, _) in volume.as_object().unwrap() {
            assert!(key == "name" || ALLOWED.contains(&key.as_str()), "{volume}");
        }
    }
    assert!(spec.get("initContainers").is_none() && spec.get("ephemeralContainers").is_none());

    let security = &container["securityContext"];
    assert_eq!(security["allowPrivilegeEscalation"], false);
    assert_eq!(security["readOnlyRootFilesystem"], true);
    assert_eq!(security["capabilities"]["drop"], serde_json::json!(["ALL"]));
    assert!(security["capabilities"].get("add").is_none());
    assert_ne!(security["privileged"], true);
    for port in container["ports"].as_array().unwrap() {
        assert!(port.get("hostPort").is_none(), "{port}");
    }

    let resources = &container["resources"];
    let mebibytes = |q: &serde_json::Value| -> u64 {
        let q = q.as_str().unwrap_or_else(|| panic!("a quantity: {q}"));
        seconds(q.strip_suffix("Mi").unwrap_or_else(|| panic!("{q}: in Mi")))
    };
    assert!(resources["requests"]["cpu"].is_string(), "a CPU request");
    let (request, limit) = (
        mebibytes(&resources["requests"]["memory"]),
        mebibytes(&resources["limits"]["memory"]),
    );
    assert!(
        0 < request && request <= limit,
        "memory {request}Mi ≤ {limit}Mi"
    );
}

fn seconds(value: &str) -> u64 {
    value
        .parse()
        .unwrap_or_else(|_| panic!("{value:?} is not a number"))
}

/// The container's environment, name to value (`valueFrom` entries have none).
fn env(container: &serde_json::Value) -> std::collections::BTreeMap<String, String> {
    container["env"]
        .as_array()
        .expect("env")
        .iter()
        .map(|e| {
            let name = e["name"].as_str().unwrap().to_owned();
            (name, e["value"].as_str().unwrap_or_default().to_owned())
        })
        .collect()
}

/// The Kubernetes example agrees with itself and with the server: one
/// metrics port everywhere and not in the Service; the grace period outlasts
/// the drain plus the server's shutdown timeouts; liveness never fails a
/// draining pod; readiness takes it out at the first 503.
#[test]
fn the_kubernetes_example_agrees_with_the_server() {
    let objects = &rendered().objects;
    let (pod, container) = pod_and_container(objects);
    let env = env(container);
    let annotations = &pod["metadata"]["annotations"];
    let port = annotations["prometheus.io/port"].as_str().unwrap();
    assert_eq!(port, "9464");
    let named = |name: &str| {
        container["ports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("no container port {name}"))["containerPort"]
            .to_string()
    };
    assert_eq!(named("metrics"), port);
    assert_eq!(env["METRICS_PORT"], port);
    assert_eq!(env["METRICS_HOST"], "0.0.0.0");
    assert_eq!(named("http"), env["PORT"]);
    assert_eq!(annotations["prometheus.io/scrape"], "true");
    assert_eq!(annotations["prometheus.io/path"], "/metrics");
    let service = the(objects, "Service");
    assert!(selects(
        &serde_json::json!({"matchLabels": service["spec"]["selector"]}),
        &pod["metadata"]["labels"]
    ));
    for service_port in service["spec"]["ports"].as_array().unwrap() {
        assert_eq!(
            service_port["targetPort"], "http",
            "the metrics port must stay out of the public Service"
        );
    }

    // SIGTERM to exit: preStop (if any), the drain, then each server's
    // shutdown timeout in turn (startup.rs).
    let startup = read("src/startup.rs");
    let shutdown: u64 = startup
        .split(".shutdown_timeout(")
        .skip(1)
        .map(|s| seconds(&s[..s.find(')').unwrap()]))
        .sum();
    assert!(shutdown > 0, "no shutdown_timeout in src/startup.rs");
    let drain = seconds(&env["SHUTDOWN_DRAIN_SECONDS"]);
    let pre_stop = match container["lifecycle"].get("preStop") {
        None => 0,
        Some(hook) => hook["sleep"]["seconds"]
            .as_u64()
            .unwrap_or_else(|| panic!("a preStop the test can time (sleep): {hook}")),
    };
    let grace = spec_u64(&pod["spec"], "terminationGracePeriodSeconds");
    assert!(
        grace > pre_stop + drain + shutdown,
        "terminationGracePeriodSeconds {grace} must exceed preStop {pre_stop} + drain {drain} + shutdown {shutdown}"
    );

    let liveness = &container["livenessProbe"];
    let (period, failures) = (
        spec_u64(liveness, "periodSeconds"),
        spec_u64(liveness, "failureThreshold"),
    );
    assert!(
        (failures - 1) * period > drain + shutdown,
        "liveness: (failureThreshold {failures} - 1) x periodSeconds {period} must exceed drain \
         {drain} + shutdown {shutdown}, or a probe failing from the start of the drain restarts \
         the pod before it exits"
    );
    assert_eq!(liveness["httpGet"]["path"], "/healthz");
    let readiness = &container["readinessProbe"];
    assert_eq!(readiness["httpGet"]["path"], "/healthz");
    assert_eq!(readiness["httpGet"]["port"], "http");
    assert_eq!(spec_u64(readiness, "failureThreshold"), 1);
    assert!(spec_u64(readiness, "periodSeconds") <= drain / 2);
}

fn spec_u64(object: &serde_json::Value, field: &str) -> u64 {
    object[field]
        .as_u64()
        .unwrap_or_else(|| panic!("no {field} in {object}"))
}

/// Replicas on different nodes, never fewer than the budget during a node
/// drain or an update, and a budget that still lets a node drain.
#[test]
fn the_replicas_spread_over_nodes_and_a_budget_keeps_them_through_disruptions() {
    let objects = &rendered().objects;
    let deployment = the(objects, "Deployment");
    let (pod, _) = pod_and_container(objects);
    let labels = &pod["metadata"]["labels"];
    let replicas = spec_u64(&deployment["spec"], "replicas");
    assert!(replicas >= 2, "{replicas} replicas");
    assert!(selects(&deployment["spec"]["selector"], labels));
    assert_eq!(
        deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"],
        0
    );

    let spread = pod["spec"]["topologySpreadConstraints"]
        .as_array()
        .expect("topologySpreadConstraints");
    assert!(
        spread
            .iter()
            .any(|c| c["topologyKey"] == "kubernetes.io/hostname"
                && c["maxSkew"] == 1
                && selects(&c["labelSelector"], labels)),
        "spread over nodes: {spread:?}"
    );

    let budget = &the(objects, "PodDisruptionBudget")["spec"];
    assert!(selects(&budget["selector"], labels), "{budget}");
    let min_available = spec_u64(budget, "minAvailable");
    assert!(
        (1..replicas).contains(&min_available),
        "minAvailable {min_available} of {replicas}: at least one, and fewer than all, or no \
         node could ever be drained"
    );
}

/// The NetworkPolicy lets in the public port from the Ingress controller's
/// namespace only and the metrics port from Prometheus's pods only; nothing
/// else, and nothing out.
#[test]
fn the_network_policy_lets_in_only_the_ingress_controller_and_prometheus() {
    let objects = &rendered().objects;
    let (pod, container) = pod_and_container(objects);
    let policy = &named(objects, "NetworkPolicy", "residence-card-guide")["spec"];
    assert!(selects(&policy["podSelector"], &pod["metadata"]["labels"]));
    assert_eq!(
        policy["policyTypes"],
        serde_json::json!(["Ingress", "Egress"])
    );
    assert_eq!(
        policy["egress"],
        serde_json::json!([]),
        "the guide connects to nothing"
    );
    let port_names: BTreeSet<&str> = container["ports"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    let mut let_in = BTreeSet::new();
    for rule in policy["ingress"].as_array().expect("ingress rules") {
        let ports = rule["ports"]
            .as_array()
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| panic!("a rule without ports lets in every port: {rule}"));
        assert_eq!(ports.len(), 1, "{rule}");
        let (name, protocol) = (ports[0]["port"].as_str(), &ports[0]["protocol"]);
        let name = name.unwrap_or_else(|| panic!("ports by name: {rule}"));
        assert!(port_names.contains(name) && protocol == "TCP", "{rule}");
        let from = rule["from"].as_array();
        match name {
            "http" => {
                let from = from.expect("the public port only from the Ingress controller");
                assert!(!from.is_empty(), "{rule}");
                for peer in from {
                    assert!(
                        peer["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"]
                            == "ingress-nginx"
                            && peer.get("ipBlock").is_none(),
                        "only the Ingress controller's namespace: {peer}"
                    );
                }
            }
            "metrics" => {
                let from = from.expect("metrics only from Prometheus");
                for peer in from {
                    assert!(
                        peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"]
                            == "prometheus"
                            && peer.get("ipBlock").is_none(),
                        "only Prometheus's pods: {peer}"
                    );
                }
            }
            other => panic!("{other} is let in"),
        }
        assert!(let_in.insert(name), "{name} twice");
    }
    assert_eq!(let_in, BTreeSet::from(["http", "metrics"]));
}

/// The example's settings start the server: production, the keys from the
/// Secret's files, and whatever else the guide requires in production.
#[test]
fn the_example_settings_are_accepted_by_the_server() {
    use residence_card_guide::config::{AppEnv, KeySource, Settings};
    let objects = &rendered().objects;
    let (pod, container) = pod_and_container(objects);
    let env = env(container);
    assert_eq!(env["APP_ENV"], "production");

    // The key files are in the Secret's volume, mounted read-only.
    let secret = &documents(&read("deploy/secret.example.yaml"))[0];
    let mount = container["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "keys")
        .expect("the keys' volume mount");
    assert_eq!(mount["readOnly"], true);
    let volume = pod["spec"]["volumes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "keys")
        .expect("the keys' volume");
    assert_eq!(
        volume["secret"]["secretName"], secret["metadata"]["name"],
        "the Secret of secret.example.yaml"
    );
    let dir = scratch("settings");
    let mut lookup = env.clone();
    for (variable, key) in [
        ("COOKIE_KEY_FILE", "COOKIE_KEY"),
        ("COOKIE_KEY_PREVIOUS_FILE", "COOKIE_KEY_PREVIOUS"),
    ] {
        let path = &env[variable];
        let file = path
            .strip_prefix(mount["mountPath"].as_str().unwrap())
            .unwrap_or_else(|| panic!("{variable} {path} is not in the keys' mount"));
        assert_eq!(file, format!("/{key}"));
        assert!(
            secret["stringData"].get(key).is_some(),
            "{key} in the Secret"
        );
        // Here, a real key in place of the mounted file.
        let here = dir.join(key);
        let value = match key {
            // 64 bytes that look random: the server refuses a key that is not.
            "COOKIE_KEY" => base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                [b"deploy-key-a".as_slice(), b"deploy-key-b"]
                    .map(<sha2::Sha256 as sha2::Digest>::digest)
                    .concat(),
            ),
            _ => String::new(),
        };
        std::fs::write(&here, value).unwrap();
        lookup.insert(variable.to_owned(), here.display().to_string());
    }
    let settings = Settings::from_lookup(|name| lookup.get(name).cloned())
        .unwrap_or_else(|e| panic!("the server refuses deploy/deployment.yaml's settings: {e}"));
    assert_eq!(settings.env, AppEnv::Production);
    assert_eq!(settings.key_source, KeySource::Configured);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The daily source check runs the second binary of the guide's own image,
/// `check`, as the restricted standard asks, naming the guide's operator;
/// a finding (exit 1) fails the Job at once.
#[test]
fn the_source_check_runs_daily_from_the_guides_image() {
    let objects = &rendered().objects;
    let (_, guide) = pod_and_container(objects);
    let cronjob = named(objects, "CronJob", "residence-card-sources");
    let spec = &cronjob["spec"];
    let fields: Vec<&str> = spec["schedule"].as_str().unwrap().split(' ').collect();
    assert_eq!(fields.len(), 5, "{fields:?}");
    assert!(
        fields[0].parse::<u8>().is_ok()
            && fields[1].parse::<u8>().is_ok()
            && fields[2..] == ["*", "*", "*"],
        "once a day, at a fixed time: {fields:?}"
    );
    assert_eq!(spec["concurrencyPolicy"], "Forbid");
    let job = &spec["jobTemplate"]["spec"];
    let rules = job["podFailurePolicy"]["rules"].as_array().unwrap();
    assert!(
        rules
            .iter()
            .any(|r| r["action"] == "FailJob"
                && r["onExitCodes"]["values"] == serde_json::json!([1])),
        "a finding (exit 1) is not retried: {rules:?}"
    );
    let pod = &job["template"];
    let pod_spec = &pod["spec"];
    assert_eq!(pod_spec["restartPolicy"], "Never");
    assert_eq!(pod_spec["automountServiceAccountToken"], false);
    assert_eq!(pod_spec["securityContext"]["runAsNonRoot"], true);
    assert_eq!(
        pod_spec["securityContext"]["seccompProfile"]["type"],
        "RuntimeDefault"
    );
    let containers = pod_spec["containers"].as_array().unwrap();
    assert_eq!(containers.len(), 1);
    let check = &containers[0];
    assert_eq!(check["image"], guide["image"], "the guide's own image");
    assert_eq!(
        check["command"],
        serde_json::json!(["/residence-card-sources"])
    );
    assert_eq!(check["args"], serde_json::json!(["check"]));
    let security = &check["securityContext"];
    assert_eq!(security["allowPrivilegeEscalation"], false);
    assert_eq!(security["readOnlyRootFilesystem"], true);
    assert_eq!(security["capabilities"]["drop"], serde_json::json!(["ALL"]));
    assert_eq!(
        env(check)["OPERATOR_CONTACT"],
        env(guide)["OPERATOR_CONTACT"]
    );
    // Its own pods: the guide's policy and Service do not select them.
    let labels = &pod["metadata"]["labels"];
    let guide_policy = &named(objects, "NetworkPolicy", "residence-card-guide")["spec"];
    assert!(!selects(&guide_policy["podSelector"], labels));
    let service = the(objects, "Service");
    assert!(!selects(
        &serde_json::json!({"matchLabels": service["spec"]["selector"]}),
        labels
    ));
}

/// The check's pods reach DNS and port 443 outside the private networks,
/// nothing else, and nothing reaches them; the guide's pods are not among
/// them (their own policy lets nothing out).
#[test]
fn the_source_check_may_reach_only_dns_and_https_outside_the_cluster() {
    let objects = &rendered().objects;
    let (guide_pod, _) = pod_and_container(objects);
    let cronjob = named(objects, "CronJob", "residence-card-sources");
    let labels = &cronjob["spec"]["jobTemplate"]["spec"]["template"]["metadata"]["labels"];
    let policy = &named(objects, "NetworkPolicy", "residence-card-sources")["spec"];
    assert!(selects(&policy["podSelector"], labels));
    assert!(!selects(
        &policy["podSelector"],
        &guide_pod["metadata"]["labels"]
    ));
    assert_eq!(
        policy["policyTypes"],
        serde_json::json!(["Ingress", "Egress"])
    );
    assert_eq!(
        policy["ingress"],
        serde_json::json!([]),
        "nothing connects to it"
    );
    let egress = policy["egress"].as_array().unwrap();
    let mut ports = BTreeSet::new();
    for rule in egress {
        let to = rule["to"]
            .as_array()
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| panic!("a rule without `to` lets out to everywhere: {rule}"));
        for port in rule["ports"].as_array().expect("ports") {
            let number = port["port"].as_u64().expect("a port number");
            ports.insert((number, port["protocol"].as_str().unwrap().to_owned()));
            match number {
                53 => assert!(
                    to.iter()
                        .all(|peer| peer["podSelector"]["matchLabels"]["k8s-app"] == "kube-dns"),
                    "DNS only from the cluster's DNS: {rule}"
                ),
                443 => {
                    for peer in to {
                        let except: Vec<&str> = peer["ipBlock"]["except"]
                            .as_array()
                            .unwrap_or_else(|| {
                                panic!("443 to address blocks with exceptions: {peer}")
                            })
                            .iter()
                            .filter_map(|e| e.as_str())
                            .collect();
                        let private: &[&str] = if peer["ipBlock"]["cidr"] == "::/0" {
                            &["fc00::/7", "fe80::/10"]
                        } else {
                            &[
                                "10.0.0.0/8",
                                "172.16.0.0/12",
                                "192.168.0.0/16",
                                "169.254.0.0/16",
                            ]
                        };
                        for range in private {
                            assert!(except.contains(range), "{range} is not left out: {peer}");
                        }
                    }
                }
                other => panic!("port {other} is let out: {rule}"),
            }
        }
    }
    assert_eq!(
        ports,
        BTreeSet::from([
            (53, "TCP".to_owned()),
            (53, "UDP".to_owned()),
            (443, "TCP".to_owned())
        ])
    );
}
