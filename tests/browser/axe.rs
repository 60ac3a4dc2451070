//! axe-core, injected into the page and run with the WCAG 2.0, 2.1 and 2.2
//! A and AA rules and axe's best practices.

use std::collections::BTreeMap;

use fantoccini::Client;
use serde_json::Value;

use crate::harness::require_tool_file;

/// The rule tags that are run: every WCAG 2.0, 2.1 and 2.2 A and AA success
/// criterion axe checks, and axe's best practices (landmarks, heading order and
/// the like), which the guide meets too.
pub const TAGS: [&str; 6] = [
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
];

/// The axe-core source, read once.
pub fn source() -> String {
    let path = require_tool_file("axe-core/axe.min.js");
    std::fs::read_to_string(&path).expect("read axe.min.js")
}

/// What one run found.
pub struct Report {
    /// Violations, each described for a person to fix.
    pub violations: Vec<String>,
    /// Rule ids axe could not decide ("needs review"), with how often.
    pub incomplete: BTreeMap<String, usize>,
    /// Where axe could not decide, and why: `rule at selector: message`.
    pub undecided: Vec<String>,
    /// How many rules passed.
    pub passes: usize,
}

const RUN: &str = r#"
const [tags, done] = arguments;
axe.run(document, {
  runOnly: { type: 'tag', values: tags },
  resultTypes: ['violations', 'incomplete'],
}).then(r => done({
  violations: r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html })),
  })),
  incomplete: r.incomplete.map(v => ({ id: v.id, count: v.nodes.length,
    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.any.concat(n.all, n.none).map(c => c.message).join(' '))) })),
  passes: r.passes.length,
})).catch(e => done({ error: String(e && e.stack || e) }));
"#;

/// Injects axe (unless the page has it) and runs it on the whole document.
pub async fn run(client: &Client, axe_source: &str) -> Report {
    let present = client
        .execute("return typeof window.axe === 'object';", vec![])
        .await
        .expect("ask the page for axe");
    if present != Value::Bool(true) {
        client
            .execute(axe_source, vec![])
            .await
            .expect("inject axe-core");
    }
    let result = client
        .execute_async(RUN, vec![serde_json::json!(TAGS)])
        .await
        .expect("run axe");
    if let Some(error) = result.get("error") {
        panic!("axe failed to run: {error}");
    }
    let violations = result["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .map(describe)
        .collect();
    let mut incomplete = BTreeMap::new();
    let mut undecided = Vec::new();
    for item in result["incomplete"].as_array().expect("incomplete") {
        for node in item["nodes"].as_array().into_iter().flatten() {
            undecided.push(format!(
                "{} at {}",
                item["id"].as_str().unwrap_or("?"),
                node.as_str().unwrap_or("?")
            ));
        }
        *incomplete
            .entry(item["id"].as_str().unwrap_or("?").to_owned())
            .or_default() += item["count"].as_u64().unwrap_or(0) as usize;
    }
    Report {
        violations,
        incomplete,
        undecided,
        passes: result["passes"].as_u64().unwrap_or(0) as usize,
    }
}

/// One violation: the rule, how to fix it, and where.
fn describe(v: &Value) -> String {
    let mut text = format!(
        "[{}] {} ({})\n  how to fix: {}",
        v["id"].as_str().unwrap_or("?"),
        v["help"].as_str().unwrap_or(""),
        v["impact"].as_str().unwrap_or("?"),
        v["helpUrl"].as_str().unwrap_or(""),
    );
    for node in v["nodes"].as_array().into_iter().flatten() {
        text.push_str(&format!(
            "\n  at {}\n    {}\n    {}",
            node["target"].as_str().unwrap_or("?"),
            node["html"].as_str().unwrap_or(""),
            node["summary"]
                .as_str()
                .unwrap_or("")
                .replace('\n', "\n    "),
        ));
    }
    text
}
