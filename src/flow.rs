//! The flow graph and decision table, generated from the rules module itself.
//!
//! `residence-card-guide flow --format dot|mermaid|table [--lang <code>]`
//! prints them. `docs/flow.mmd` and `docs/decision-table.md` are this output,
//! committed; a test fails when they are out of date.
//!
//! The graph is the decision tree with identical subtrees merged: a question
//! node appears once for each distinct set of futures it leads to. (The Application
//! Portal question appears twice, because the reason for booking differs.)

use std::collections::HashMap;
use std::fmt::Write;
use std::process::ExitCode;

use crate::i18n::ids::{self as text, QuestionPart};
use crate::i18n::{Lang, Tr};
use crate::rules::{Answer, Answers, Outcome, Question, Step, every_path, next_step};

/// How to call the subcommand.
pub const USAGE: &str = "\
usage: residence-card-guide                 serve the guide (see README for settings)
       residence-card-guide flow [--format dot|mermaid|table] [--lang <code>]
                                            print the flow graph or decision table
                                            (default: mermaid, en)
       residence-card-guide content --lang <code>  print every page state as text
       residence-card-guide healthcheck     GET /healthz on HOST:PORT; exit 0 on 200
       residence-card-guide --version       the version and the commit it was built from";

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Dot,
    Mermaid,
    Table,
}

impl Format {
    pub fn parse(value: &str) -> Option<Format> {
        match value {
            "dot" => Some(Format::Dot),
            "mermaid" => Some(Format::Mermaid),
            "table" => Some(Format::Table),
            _ => None,
        }
    }
}

/// Runs `flow` with its arguments (after the word `flow`).
pub fn cli(args: &[String]) -> ExitCode {
    let mut format = Format::Mermaid;
    let mut lang = Lang::En;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag, Some(value.to_owned())),
            None => (arg.as_str(), None),
        };
        let value = inline.or_else(|| args.next().cloned());
        let parsed = match (flag, value.as_deref()) {
            ("--format", Some(v)) => Format::parse(v).map(|f| format = f),
            ("--lang", Some(v)) => Lang::from_code(v).map(|l| lang = l),
            _ => None,
        };
        if parsed.is_none() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    print!("{}", render(format, lang));
    ExitCode::SUCCESS
}

/// The whole output for one format and language.
pub fn render(format: Format, lang: Lang) -> String {
    match format {
        Format::Dot => dot(&Graph::build(), Tr(lang)),
        Format::Mermaid => mermaid(&Graph::build(), Tr(lang)),
        Format::Table => table(Tr(lang)),
    }
}

/// A node of the merged decision tree.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Ask {
        question: Question,
        /// (option slug, child node index), in option order.
        edges: Vec<(Answer, usize)>,
    },
    Done(Outcome),
}

/// The decision tree with identical subtrees merged, in the order a depth-first
/// walk first meets each node.
struct Graph {
    nodes: Vec<Node>,
    names: Vec<String>,
}

impl Graph {
    /// Builds the merged tree, then numbers and names the nodes breadth first
    /// from the first question, so that output reads from top to bottom.
    fn build() -> Graph {
        let mut nodes = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let (root, _) = Graph::visit(Answers::default(), &mut nodes, &mut seen);
        // Breadth-first order from the root.
        let mut order = vec![root];
        let mut i = 0;
        while i < order.len() {
            if let Node::Ask { edges, .. } = &nodes[order[i]] {
                for (_, child) in edges {
                    if !order.contains(child) {
                        order.push(*child);
                    }
                }
            }
            i += 1;
        }
        let new_index = |old: usize| order.iter().position(|&o| o == old).expect("reachable");
        let nodes: Vec<Node> = order
            .iter()
            .map(|&old| match &nodes[old] {
                Node::Ask { question, edges } => Node::Ask {
                    question: *question,
                    edges: edges.iter().map(|(v, c)| (*v, new_index(*c))).collect(),
                },
                Node::Done(outcome) => Node::Done(*outcome),
            })
            .collect();
        let mut names: Vec<String> = Vec::new();
        for node in &nodes {
            let base = match node {
                Node::Ask { question, .. } => question.slug().to_owned(),
                Node::Done(outcome) => format!("{}--{}", outcome.id(), outcome.reason().slug()),
            };
            let copies = names
                .iter()
                .filter(|n| n.split('~').next() == Some(base.as_str()))
                .count();
            names.push(if copies == 0 {
                base
            } else {
                format!("{base}~{}", copies + 1)
            });
        }
        Graph { nodes, names }
    }

    /// Adds the subtree for `answers`; returns its node index and canonical key.
    /// Two subtrees with the same key are the same node.
    fn visit(
        answers: Answers,
        nodes: &mut Vec<Node>,
        seen: &mut HashMap<String, usize>,
    ) -> (usize, String) {
        let (node, key) = match next_step(&answers) {
            Step::Done(outcome) => (
                Node::Done(outcome),
                format!("{}/{}", outcome.id(), outcome.reason().slug()),
            ),
            Step::Ask(question) => {
                let mut edges = Vec::new();
                let mut keys = Vec::new();
                for answer in question.options() {
                    let (child, child_key) = Graph::visit(answers.with(answer), nodes, seen);
                    edges.push((answer, child));
                    keys.push(format!("{}:{child_key}", answer.option_slug()));
                }
                let key = format!("{}({})", question.slug(), keys.join(","));
                (Node::Ask { question, edges }, key)
            }
        };
        if let Some(&index) = seen.get(&key) {
            return (index, key);
        }
        nodes.push(node);
        seen.insert(key.clone(), nodes.len() - 1);
        (nodes.len() - 1, key)
    }

    /// Every edge as (from node name, option label, to node name), in node order.
    fn edges(&self, t: Tr) -> Vec<(&str, std::borrow::Cow<'static, str>, &str)> {
        let mut out = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            if let Node::Ask { edges, .. } = node {
                for (answer, child) in edges {
                    let label = t.get(&text::option(*answer));
                    out.push((self.names[i].as_str(), label, self.names[*child].as_str()));
                }
            }
        }
        out
    }

    /// A question's text, or an outcome's heading, id and reason.
    fn label(&self, index: usize, t: Tr, line_break: &str) -> String {
        match self.nodes[index] {
            Node::Ask { question, .. } => t
                .get(&text::question(question, QuestionPart::Title))
                .into_owned(),
            Node::Done(outcome) => format!(
                "{} ({}){line_break}{}",
                t.get(&text::outcome_title(outcome)),
                outcome.id(),
                t.get(&text::reason(outcome.reason()))
            ),
        }
    }
}

fn dot(graph: &Graph, t: Tr) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let mut out = String::from("// Generated by: residence-card-guide flow --format dot\n");
    out.push_str(
        "digraph residence_card_guide {\n  rankdir=TB;\n  node [fontname=\"sans-serif\"];\n",
    );
    for (i, node) in graph.nodes.iter().enumerate() {
        let shape = match node {
            Node::Ask { .. } => "diamond",
            Node::Done(_) => "box",
        };
        let _ = writeln!(
            out,
            "  {} [shape={shape}, label={}];",
            quote(&graph.names[i]),
            quote(&graph.label(i, t, ". "))
        );
    }
    for (from, label, to) in graph.edges(t) {
        let _ = writeln!(
            out,
            "  {} -> {} [label={}];",
            quote(from),
            quote(to),
            quote(&label)
        );
    }
    out.push_str("}\n");
    out
}

fn mermaid(graph: &Graph, t: Tr) -> String {
    let id = |name: &str| name.replace(['-', '~'], "_");
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "#quot;"));
    let mut out = String::from(
        "flowchart TD\n  %% Generated by: residence-card-guide flow --format mermaid\n",
    );
    for (i, node) in graph.nodes.iter().enumerate() {
        let (open, close) = match node {
            Node::Ask { .. } => ("{", "}"),
            Node::Done(_) => ("[", "]"),
        };
        let _ = writeln!(
            out,
            "  {}{open}{}{close}",
            id(&graph.names[i]),
            quote(&graph.label(i, t, "<br>"))
        );
    }
    for (from, label, to) in graph.edges(t) {
        let _ = writeln!(out, "  {} -->|{}| {}", id(from), quote(&label), id(to));
    }
    out
}

/// Every path: answers, outcome, reason, as a Markdown table.
fn table(t: Tr) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from(
        "<!-- Generated by: cargo run -- flow --format table > docs/decision-table.md -->\n\
         <!-- Do not edit by hand: change src/rules or the locale files, then regenerate. -->\n\n\
         # Decision table\n\n\
         Every path through the guide, generated from `src/rules`. \
         Wording from `locales/en`.\n\n\
         | # | Answers | Outcome | Why |\n|---|---|---|---|\n",
    );
    for (n, path) in every_path().iter().enumerate() {
        let answers: Vec<String> = path
            .answers
            .iter()
            .map(|a| {
                format!(
                    "{} → **{}**",
                    cell(&t.get(&text::question(a.question(), QuestionPart::Title))),
                    cell(&t.get(&text::option(*a)))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | `{}`: {} | {} |",
            n + 1,
            answers.join("<br>"),
            path.outcome.id(),
            cell(&t.get(&text::outcome_title(path.outcome))),
            cell(&t.get(&text::reason(path.outcome.reason())))
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_graph_merges_shared_subtrees_but_keeps_different_reasons_apart() {
        let graph = Graph::build();
        let count = |q: Question| {
            graph
                .nodes
                .iter()
                .filter(|n| matches!(n, Node::Ask { question, .. } if *question == q))
                .count()
        };
        assert_eq!(count(Question::ExpiredTravelDocument), 1);
        assert_eq!(count(Question::HandedIn), 1);
        // Renewals and permits applied for from Norway share one question.
        assert_eq!(count(Question::PowerOfAttorney), 1);
        // One for each reason to book: before the cut-off, an expired document,
        // by proxy, from abroad.
        assert_eq!(count(Question::ApplicationPortal), 4);
        let outcomes = graph
            .nodes
            .iter()
            .filter(|n| matches!(n, Node::Done(_)))
            .count();
        assert_eq!(outcomes, Outcome::ALL.len());
    }

    /// The committed docs are this command's output; regenerate when this fails.
    #[test]
    fn the_committed_flow_docs_are_up_to_date() {
        let root = env!("CARGO_MANIFEST_DIR");
        for (file, format, command) in [
            (
                "docs/flow.mmd",
                Format::Mermaid,
                "cargo run -- flow --format mermaid > docs/flow.mmd",
            ),
            (
                "docs/decision-table.md",
                Format::Table,
                "cargo run -- flow --format table > docs/decision-table.md",
            ),
        ] {
            let committed = std::fs::read_to_string(format!("{root}/{file}")).unwrap_or_default();
            assert!(
                committed == render(format, Lang::En),
                "{file} is out of date with src/rules or locales/en. Regenerate it with:\n    {command}"
            );
        }
        let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap_or_default();
        let block = format!("```mermaid\n{}```", render(Format::Mermaid, Lang::En));
        assert!(
            readme.contains(&block),
            "README.md's mermaid block is out of date: paste docs/flow.mmd into it \
             (between ```mermaid and ```)"
        );
    }

    #[test]
    fn every_format_names_every_outcome() {
        for format in [Format::Dot, Format::Mermaid, Format::Table] {
            let out = render(format, Lang::En);
            for outcome in Outcome::ALL {
                assert!(
                    out.contains(outcome.id()),
                    "{format:?} lacks {}",
                    outcome.id()
                );
            }
            assert!(!out.contains('⟦'), "{format:?} has a missing message");
        }
    }
}
