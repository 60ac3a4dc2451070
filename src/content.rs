//! Every page state of one language as plain text, in reading order: the
//! review artefact for translators.
//!
//! `residence-card-guide content --lang <code>` prints it, and
//! `docs/content/<code>.txt` is that output, committed; a test fails when one
//! is out of date. A native speaker who reads only that file reads every
//! sentence a page can show (visually hidden text and `aria-label`s
//! included), and a wording change shows up as a diff.
//!
//! The pages are the real ones, rendered as the server renders them, and
//! turned into text by [`html_to_text`]. The header and footer, the same on
//! every page, are printed once, first; each state then shows only what is
//! its own (its `<title>`, a Back link, the content).

use std::collections::HashMap;
use std::process::ExitCode;

use actix_web::ResponseError;
use actix_web::body::MessageBody;

use crate::i18n::Lang;
use crate::rules::{Answers, Outcome, Question, Step, every_path, next_step};
use crate::web::cache::PageKey;
use crate::web::href::{Feedback, Notice};
use crate::web::pages::QuestionState;
use crate::web::{ErrorKind, Href, WebError};

/// The command that writes `docs/content/<code>.txt`.
pub fn command(lang: Lang) -> String {
    let code = lang.code();
    format!("cargo run -- content --lang {code} > docs/content/{code}.txt")
}

/// Runs `content` with its arguments (after the word `content`).
pub fn cli(args: &[String]) -> ExitCode {
    let lang = match args {
        [flag, code] if flag == "--lang" => Lang::from_code(code),
        [arg] => arg.strip_prefix("--lang=").and_then(Lang::from_code),
        _ => None,
    };
    let Some(lang) = lang else {
        eprintln!("{}", crate::flow::USAGE);
        return ExitCode::from(2);
    };
    match render(lang) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("residence-card-guide content: {error}");
            ExitCode::FAILURE
        }
    }
}

/// One state of one page: what its heading line calls it, and its HTML.
struct State {
    name: String,
    html: String,
}

/// The whole text for `lang`. `Err` only when a page does not render, which
/// only a bug can cause.
pub fn render(lang: Lang) -> Result<String, String> {
    let states = states(lang)?;
    let first = states.first().ok_or("no pages")?;
    let first = Regions::of(&first.html)?;
    let (header, footer) = (html_to_text(first.header), html_to_text(first.footer));
    let (header, footer) = (lines(&header), lines(&footer));
    let mut out = String::new();
    out.push_str("=== on every page ===\n--- above the content ---\n");
    push_lines(&mut out, &header);
    out.push_str("--- below the content ---\n");
    push_lines(&mut out, &footer);
    for state in &states {
        let page = Regions::of(&state.html).map_err(|e| format!("{}: {e}", state.name))?;
        out.push_str(&format!("\n=== {} ===\n", state.name));
        push_lines(&mut out, &lines(&html_to_text(page.head)));
        push_lines(
            &mut out,
            &without(&lines(&html_to_text(page.header)), &header),
        );
        push_lines(&mut out, &lines(&html_to_text(page.main)));
        push_lines(
            &mut out,
            &without(&lines(&html_to_text(page.footer)), &footer),
        );
    }
    Ok(out)
}

/// Every state, in reading order: the start page; each question empty and
/// with its error; each outcome with each reason; the answers-lost notice;
/// about; accessibility; each error page.
fn states(lang: Lang) -> Result<Vec<State>, String> {
    let page = |name: String, key: PageKey| -> Result<State, String> {
        let html = key
            .render()
            .ok_or_else(|| format!("{name} did not render"))?;
        let html = String::from_utf8(html.to_vec()).map_err(|e| format!("{name}: {e}"))?;
        Ok(State { name, html })
    };
    let paths = every_path();
    let mut states = vec![page("start page".into(), PageKey::Start(lang))?];
    for question in Question::ALL {
        // The answers with which a person first meets this question.
        let answers = paths
            .iter()
            .flat_map(|path| {
                (0..=path.answers.len()).map(|n| {
                    path.answers[..n]
                        .iter()
                        .fold(Answers::default(), |a, &answer| a.with(answer))
                })
            })
            .find(|answers| next_step(answers) == Step::Ask(question))
            .ok_or_else(|| format!("no path asks {}", question.slug()))?;
        let slug = question.slug();
        for (name, state) in [
            (format!("question {slug}"), QuestionState::Asking),
            (
                format!("question {slug}, with its error"),
                QuestionState::Refused,
            ),
        ] {
            let key = PageKey::Question {
                lang,
                question,
                answers,
                state,
                notice: Notice::None,
            };
            states.push(page(name, key)?);
        }
    }
    for outcome in Outcome::ALL {
        let path = paths
            .iter()
            .find(|path| path.outcome == outcome)
            .ok_or_else(|| format!("no path ends at {outcome:?}"))?;
        let answers = path
            .answers
            .iter()
            .fold(Answers::default(), |a, &answer| a.with(answer));
        let name = format!(
            "result {} (reason: {})",
            outcome.id(),
            outcome.reason().slug()
        );
        let key = PageKey::Result {
            lang,
            answers,
            notice: Notice::None,
            feedback: Feedback::Asking,
        };
        states.push(page(name, key)?);
    }
    // The thanks in place of "Did this guide help you?" (the same on every result).
    let first = every_path().into_iter().next().ok_or("no path")?;
    let key = PageKey::Result {
        lang,
        answers: first
            .answers
            .iter()
            .fold(Answers::default(), |a, &answer| a.with(answer)),
        notice: Notice::None,
        feedback: Feedback::Thanked,
    };
    states.push(page(
        format!("result {}, after feedback", first.outcome.id()),
        key,
    )?);
    // Where an unusable answer cookie sends a person.
    let key = PageKey::Question {
        lang,
        question: Question::FIRST,
        answers: Answers::default(),
        state: QuestionState::Asking,
        notice: Notice::AnswersLost,
    };
    states.push(page("answers-lost notice".into(), key)?);
    states.push(page("about this guide".into(), PageKey::About(lang))?);
    states.push(page(
        "accessibility statement".into(),
        PageKey::Accessibility(lang),
    )?);
    // Kinds that share their messages share a page: one state for them all.
    let mut kinds: Vec<Vec<ErrorKind>> = Vec::new();
    for kind in ErrorKind::ALL {
        match kinds
            .iter_mut()
            .find(|group| group[0].message_stem() == kind.message_stem())
        {
            Some(group) => group.push(kind),
            None => kinds.push(vec![kind]),
        }
    }
    for group in kinds {
        let names: Vec<String> = group.iter().map(ToString::to_string).collect();
        let name = format!("error: {}", names.join(" / "));
        let path = match group[0] {
            ErrorKind::NotFound => format!("/{}/no-such-page", lang.code()),
            _ => Href::Question(Question::FIRST).to(lang),
        };
        let error = WebError {
            kind: group[0],
            lang,
            path,
        };
        // The page exactly as the server sends it.
        let html = error
            .error_response()
            .into_body()
            .try_into_bytes()
            .map_err(|_| format!("{name}: the body is not one piece"))?;
        let html = String::from_utf8(html.to_vec()).map_err(|e| format!("{name}: {e}"))?;
        states.push(State { name, html });
    }
    Ok(states)
}

/// A page's HTML cut where the layout's landmarks begin and end.
struct Regions<'a> {
    /// Up to `</head>`: the `<title>`.
    head: &'a str,
    /// From `</head>` to `<main`: the header, the Back link.
    header: &'a str,
    /// `<main>` to `</main>`.
    main: &'a str,
    /// After `</main>`: the footer.
    footer: &'a str,
}

impl Regions<'_> {
    fn of(html: &str) -> Result<Regions<'_>, String> {
        let find = |from: usize, what: &str| {
            html[from..]
                .find(what)
                .map(|at| from + at)
                .ok_or_else(|| format!("the page has no {what}"))
        };
        let head_end = find(0, "</head>")?;
        let main = find(head_end, "<main")?;
        let main_end = find(main, "</main>")? + "</main>".len();
        Ok(Regions {
            head: &html[..head_end],
            header: &html[head_end..main],
            main: &html[main..main_end],
            footer: &html[main_end..],
        })
    }
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// `lines` without those in `common` (each line of `common` taken away once),
/// in order.
fn without<'a>(lines: &[&'a str], common: &[&str]) -> Vec<&'a str> {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for line in common {
        *left.entry(line).or_default() += 1;
    }
    lines
        .iter()
        .copied()
        .filter(|line| match left.get_mut(line) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

fn push_lines(out: &mut String, lines: &[&str]) {
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
}

/// An HTML page (or a piece of one) as plain text in reading order.
///
/// The `<title>` comes first, marked `[title] `; the rest of `<head>`, and
/// `<script>` and `<style>`, are dropped. Block elements start a line;
/// headings get `# `, `## `, `### ` and a blank line before them, as do table
/// rows; list items `- ` (in a numbered list `1. `); a radio button `( ) `
/// before its label (`(x) ` when checked); a button `[…]`. A link to another
/// site is followed by ` <address>`. An element's `aria-label` gets a line
/// `[aria-label] …`. Visually hidden text is text like any other: a screen
/// reader reads it. Entities are decoded and runs of HTML white space become
/// one space; every other character is kept as it is.
pub fn html_to_text(html: &str) -> String {
    let mut text = Text::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let end = tag_end(rest);
        let tag = Tag::parse(&rest[1..end]);
        rest = rest.get(end + 1..).unwrap_or("");
        let Some(tag) = tag else { continue };
        if !tag.closing && matches!(tag.name.as_str(), "script" | "style") {
            // Raw text up to the closing tag.
            let close = format!("</{}", tag.name);
            rest = find_ignore_case(rest, &close).map_or("", |at| &rest[at..]);
            continue;
        }
        text.tag(&tag);
    }
    text.text(rest);
    text.finish()
}

/// The index of the `>` that ends the tag `html` starts with (quotes respected),
/// or the end of `html`.
fn tag_end(html: &str) -> usize {
    let mut quote = None;
    for (i, c) in html.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    html.len()
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .to_ascii_lowercase()
        .find(&needle.to_ascii_lowercase())
}

/// A start or end tag: its lowercase name and attributes (values decoded).
struct Tag {
    name: String,
    closing: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    /// `inner` is what stands between `<` and `>`. `None` for a doctype or
    /// anything that is not a tag.
    fn parse(inner: &str) -> Option<Tag> {
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inner),
        };
        let inner = inner.strip_suffix('/').unwrap_or(inner);
        let name_end = inner
            .find(|c: char| is_space(c) || c == '/')
            .unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let mut attrs = Vec::new();
        let mut rest = inner[name_end..].trim_start_matches(|c: char| is_space(c) || c == '/');
        while !rest.is_empty() {
            let key_end = rest
                .find(|c: char| is_space(c) || c == '=' || c == '/')
                .unwrap_or(rest.len());
            let key = rest[..key_end].to_ascii_lowercase();
            rest = rest[key_end..].trim_start_matches(is_space);
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start_matches(is_space);
                let (raw, next) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let body = &after[1..];
                        let end = body.find(q).unwrap_or(body.len());
                        (&body[..end], body.get(end + 1..).unwrap_or(""))
                    }
                    _ => {
                        let end = after.find(is_space).unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                value = decode_entities(raw);
                rest = next;
            }
            if !key.is_empty() {
                attrs.push((key, value));
            }
            rest = rest.trim_start_matches(|c: char| is_space(c) || c == '/');
        }
        Some(Tag {
            name,
            closing,
            attrs,
        })
    }

    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// HTML's white space (not U+00A0, not the Unicode isolates).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// Decodes character references: the named ones askama and hand-written HTML
/// use, and every numeric one. Anything else is left as it is.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text being built by [`html_to_text`].
#[derive(Default)]
struct Text {
    title: Option<String>,
    lines: Vec<String>,
    line: String,
    /// Goes before the next text on the line: list item, heading, radio.
    prefix: String,
    /// White space was seen since the last character.
    space: bool,
    in_head: bool,
    in_title: bool,
    /// For each open list: `None` (bulleted) or the last number given.
    lists: Vec<Option<u32>>,
    /// For each open link: its address, when it leads to another site.
    links: Vec<Option<String>>,
}

impl Text {
    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let decoded = decode_entities(raw);
        if self.in_title {
            self.title.get_or_insert_default().push_str(&decoded);
            return;
        }
        if self.in_head {
            return;
        }
        for c in decoded.chars() {
            if is_space(c) {
                self.space = true;
                continue;
            }
            if self.line.is_empty() {
                self.line = std::mem::take(&mut self.prefix);
            } else if self.space {
                self.line.push(' ');
            }
            self.space = false;
            self.line.push(c);
        }
    }

    /// Ends the line, if it has anything on it.
    fn flush(&mut self) {
        if !self.line.is_empty() {
            self.lines.push(std::mem::take(&mut self.line));
        }
        self.space = false;
    }

    /// Ends the line and leaves a blank one (not at the start).
    fn gap(&mut self) {
        self.flush();
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    fn tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("head", closing) => self.in_head = !closing,
            ("title", false) => self.in_title = true,
            ("title", true) => self.in_title = false,
            _ if self.in_head => {}
            ("ul", false) => self.lists.push(None),
            ("ol", false) => self.lists.push(Some(0)),
            ("ul" | "ol", true) => {
                self.lists.pop();
                self.end_block();
            }
            ("li", false) => {
                self.flush();
                self.prefix = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{n}. ")
                    }
                    _ => "- ".to_owned(),
                };
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                self.gap();
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.prefix.push_str(&"#".repeat(level));
                self.prefix.push(' ');
            }
            ("tr", false) => self.gap(),
            ("br", _) => self.flush(),
            ("input", false) if tag.attr("type") == Some("radio") => {
                self.flush();
                let mark = if tag.attr("checked").is_some() {
                    "(x) "
                } else {
                    "( ) "
                };
                self.prefix.push_str(mark);
            }
            ("button", false) => {
                self.flush();
                self.prefix.push('[');
            }
            ("button", true) => {
                self.line.push(']');
                self.end_block();
            }
            ("a", false) => {
                let href = tag.attr("href").unwrap_or("");
                let external = href.starts_with("http://") || href.starts_with("https://");
                self.links.push(external.then(|| href.to_owned()));
            }
            ("a", true) => {
                if let Some(Some(href)) = self.links.pop() {
                    self.line.push_str(&format!(" <{href}>"));
                }
            }
            (_, false) if is_block(name) => self.flush(),
            (_, true) if is_block(name) => self.end_block(),
            _ => {}
        }
        if !tag.closing
            && let Some(label) = tag.attr("aria-label")
        {
            self.flush();
            self.lines.push(format!("[aria-label] {label}"));
        }
    }

    /// The end of a block: the line ends, and a prefix no text took is dropped.
    fn end_block(&mut self) {
        self.flush();
        self.prefix.clear();
    }

    fn finish(mut self) -> String {
        self.flush();
        let mut lines = Vec::new();
        if let Some(title) = &self.title {
            let mut t = Text::default();
            t.text(title);
            t.flush();
            lines.push(format!("[title] {}", t.lines.concat()));
        }
        lines.extend(self.lines);
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        let start = lines.iter().position(|l| !l.is_empty()).unwrap_or(0);
        let mut out = lines[start..].join("\n");
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// Elements that start and end a line.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "caption"
            | "thead"
            | "tbody"
            | "tr"
            | "th"
            | "td"
            | "form"
            | "fieldset"
            | "legend"
            | "label"
            | "summary"
            | "details"
            | "header"
            | "footer"
            | "main"
            | "nav"
            | "section"
            | "article"
            | "aside"
            | "blockquote"
            | "pre"
            | "hr"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "title"
            | "body"
            | "html"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed files are this command's output; regenerate when this fails.
    #[test]
    fn the_committed_content_files_are_up_to_date() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut stale = Vec::new();
        for lang in Lang::ALL {
            let file = format!("docs/content/{}.txt", lang.code());
            let committed = std::fs::read_to_string(format!("{root}/{file}")).unwrap_or_default();
            let fresh = render(lang).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
            if committed != fresh {
                stale.push(format!(
                    "{file} is out of date with locales/ or templates/. Regenerate it with:\n    {}",
                    command(lang)
                ));
            }
        }
        assert!(stale.is_empty(), "{}", stale.join("\n"));
    }

    /// Every state is there once, with a heading, in order, and no page shows
    /// a missing message.
    #[test]
    fn every_state_has_its_heading_in_every_language() {
        for lang in Lang::ALL {
            let text = render(lang).unwrap();
            let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("=== ")).collect();
            // Every page, every question twice, every outcome, the notice,
            // about, accessibility, and at least not found.
            let least = 2 + 2 * Question::ALL.len() + Outcome::ALL.len() + 3 + 1;
            assert!(headings.len() >= least, "{}: {headings:?}", lang.code());
            assert_eq!(headings[0], "=== on every page ===");
            assert_eq!(headings[1], "=== start page ===");
            for question in Question::ALL {
                let slug = question.slug();
                let plain = format!("=== question {slug} ===");
                let error = format!("=== question {slug}, with its error ===");
                assert!(headings.contains(&plain.as_str()), "{plain}");
                assert!(headings.contains(&error.as_str()), "{error}");
            }
            for outcome in Outcome::ALL {
                let heading = format!(
                    "=== result {} (reason: {}) ===",
                    outcome.id(),
                    outcome.reason().slug()
                );
                assert!(headings.contains(&heading.as_str()), "{heading}");
            }
            for heading in [
                "=== answers-lost notice ===",
                "=== about this guide ===",
                "=== accessibility statement ===",
                "=== error: not found ===",
            ] {
                assert!(headings.contains(&heading), "{heading}");
            }
            let unique: std::collections::HashSet<_> = headings.iter().collect();
            assert_eq!(unique.len(), headings.len(), "a state twice");
            assert!(!text.contains('⟦'), "{}: a missing message", lang.code());
            assert!(!text.contains('<') || no_tags(&text), "{}", lang.code());
        }
    }

    /// Only the ` <https://…>` after an external link's text has a `<`.
    fn no_tags(text: &str) -> bool {
        text.split('<')
            .skip(1)
            .all(|piece| piece.starts_with("http://") || piece.starts_with("https://"))
    }

    /// The header and footer are printed once, not on each page.
    #[test]
    fn the_header_and_footer_are_printed_once() {
        let text = render(Lang::En).unwrap();
        let skip = crate::i18n::Tr(Lang::En).get("skip-link");
        let about = crate::i18n::Tr(Lang::En).get("footer-about");
        assert_eq!(text.lines().filter(|l| *l == skip).count(), 1);
        assert_eq!(
            text.lines().filter(|l| *l == format!("- {about}")).count(),
            1
        );
        // The Back link is a page's own.
        let back = crate::i18n::Tr(Lang::En).get("back-link");
        assert!(text.lines().filter(|l| *l == back).count() > 10);
    }

    #[test]
    fn the_title_comes_first_and_the_head_script_and_style_are_dropped() {
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A &amp;\n  B</title>\
                    <style>p { color: red }</style></head><body><script>let a = '<p>';</script>\
                    <p>Text</p><!-- a <p>comment</p> --></body></html>";
        assert_eq!(html_to_text(html), "[title] A & B\nText\n");
    }

    #[test]
    fn blocks_start_lines_and_white_space_collapses() {
        let html = "<div>one <span>two</span>\n\n   three</div><p>four</p>five<br>six \
                    <label>seven</label>";
        assert_eq!(
            html_to_text(html),
            "one two three\nfour\nfive\nsix\nseven\n"
        );
    }

    #[test]
    fn lists_are_marked_and_numbered() {
        let html = "<ul><li>a</li><li>b</li></ul><ol><li>one</li><li>two</li></ol>\
                    <dl><div><dt>Q</dt><dd>A</dd></div></dl>";
        assert_eq!(html_to_text(html), "- a\n- b\n1. one\n2. two\nQ\nA\n");
    }

    #[test]
    fn headings_get_markers_and_a_blank_line_before() {
        let html = "<h1>Title</h1><p>a</p><legend><h2>Two</h2></legend><h3>Three</h3>";
        assert_eq!(html_to_text(html), "# Title\na\n\n## Two\n\n### Three\n");
    }

    #[test]
    fn radios_show_before_their_labels_and_buttons_in_brackets() {
        let html = "<div class=\"radios\"><div><input type=\"radio\" id=\"a\" name=\"q\" value=\"a\">\
                    <label for=\"a\">Yes</label></div><div><input type=\"radio\" id=\"b\" \
                    name=\"q\" value=\"b\" checked>\n<label for=\"b\">No</label></div></div>\
                    <button class=\"button\" type=\"submit\">Continue</button>";
        assert_eq!(html_to_text(html), "( ) Yes\n(x) No\n[Continue]\n");
    }

    #[test]
    fn only_external_links_show_their_address() {
        let html = "<p><a href=\"/en/\">Start</a> and \
                    <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"external\">UDI \
                    <span class=\"external-hint\">(another site)</span></a></p>";
        assert_eq!(
            html_to_text(html),
            "Start and UDI (another site) <https://example.com/a?b=1&c=2>\n"
        );
    }

    #[test]
    fn entities_are_decoded_and_other_characters_kept() {
        let html = "<p>&amp; &lt;b&gt; &quot;q&quot; &#34;d&#34; it&#39;s it&#x27;s &#8211; \
                    &#x2013; &nbsp;| &unknown; & a\u{2068}Name\u{2069}\u{a0}b</p>";
        assert_eq!(
            html_to_text(html),
            "& <b> \"q\" \"d\" it's it's – – \u{a0}| &unknown; & a\u{2068}Name\u{2069}\u{a0}b\n"
        );
    }

    #[test]
    fn hidden_text_and_aria_labels_are_kept() {
        let html = "<nav aria-label=\"Language\"><ul><li>nb</li></ul></nav>\
                    <a href=\"/en/q\">Change<span class=\"visually-hidden\"> – When</span></a>\
                    <p><span class=\"visually-hidden\">Error:</span> Choose</p>";
        assert_eq!(
            html_to_text(html),
            "[aria-label] Language\n- nb\nChange – When\nError: Choose\n"
        );
    }

    #[test]
    fn table_rows_are_set_apart() {
        let html = "<table><caption>Rules</caption><tr><th>A</th><th>B</th></tr>\
                    <tr><td>1</td><td>2</td></tr></table>";
        assert_eq!(html_to_text(html), "Rules\n\nA\nB\n\n1\n2\n");
    }

    #[test]
    fn lines_common_to_every_page_are_taken_away_once() {
        assert_eq!(
            without(&["a", "Back", "b", "a"], &["a", "b"]),
            vec!["Back", "a"]
        );
    }
}
