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
//! its own (its `<title>` and meta description, a Back link, the content).

use std::collections::HashMap;
use std::process::ExitCode;

use actix_web::ResponseError;
use actix_web::body::MessageBody;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

use crate::i18n::Lang;
use crate::public_origin::PublicOrigin;
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
pub(crate) struct State {
    pub(crate) name: String,
    pub(crate) html: String,
}

/// The whole text for `lang`. `Err` only when a page does not render, which
/// only a bug can cause.
pub fn render(lang: Lang) -> Result<String, String> {
    let states = states(lang)?;
    let first = states.first().ok_or("no pages")?;
    let first = Regions::of(&first.html)?;
    let (header, footer) = (lines(&first.header), lines(&first.footer));
    let mut out = String::new();
    out.push_str("=== on every page ===\n--- above the content ---\n");
    push_lines(&mut out, &header);
    out.push_str("--- below the content ---\n");
    push_lines(&mut out, &footer);
    for state in &states {
        let page = Regions::of(&state.html).map_err(|e| format!("{}: {e}", state.name))?;
        out.push_str(&format!("\n=== {} ===\n", state.name));
        push_lines(&mut out, &lines(&page.head));
        push_lines(&mut out, &without(&lines(&page.header), &header));
        push_lines(&mut out, &lines(&page.main));
        push_lines(&mut out, &without(&lines(&page.footer), &footer));
    }
    Ok(out)
}

/// The origin the pages are rendered for. No address is shown in the text, so
/// any origin gives the same text.
pub(crate) fn origin() -> PublicOrigin {
    PublicOrigin::parse("https://guide.example").expect("an origin")
}

/// Every state, in reading order: the start page; each question empty and
/// with its error; each outcome with each reason; the answers-lost notice;
/// about; accessibility; each error page. (`sources::pages` reads their
/// links too.)
pub(crate) fn states(lang: Lang) -> Result<Vec<State>, String> {
    let origin = origin();
    let page = |name: String, key: PageKey| -> Result<State, String> {
        let html = key
            .render(&origin)
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
            origin: origin.clone(),
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

/// A page as text, cut where the layout's landmarks begin and end.
struct Regions {
    /// The `<title>` and the meta description, as `[title] …` and
    /// `[description] …` lines.
    head: String,
    /// In `<body>` before `<main>`: the skip link, the header, the Back link.
    header: String,
    /// `<main>`.
    main: String,
    /// After `<main>`: the footer.
    footer: String,
}

impl Regions {
    fn of(html: &str) -> Result<Regions, String> {
        let walk = Walk::through(html, Region::Header);
        let head = head_lines(&walk);
        match <[String; 3]>::try_from(walk.pieces) {
            Ok([header, main, footer]) => Ok(Regions {
                head,
                header,
                main,
                footer,
            }),
            Err(_) => Err("the page has no <main>".into()),
        }
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
/// The HTML is parsed as a browser parses it (html5ever): entities, implied
/// and misnested tags, comments, raw text. The `<title>` comes first, marked
/// `[title] `, then the meta description (what a search result shows),
/// marked `[description] `; the rest of `<head>`, and `<script>`, `<style>` and
/// `<template>`, are dropped. Block elements start a line; headings get `# `,
/// `## `, `### ` and a blank line before them, as do table rows; list items
/// `- ` (in a numbered list `1. `; a list in a list is indented two spaces);
/// a radio button `( ) ` before its label (`(x) ` when checked), and what else
/// its item holds (a hint) on lines indented under the label; a button `[…]`.
/// A link to another site is followed by ` <address>`. An element's
/// `aria-label` gets a line `[aria-label] …`. Visually hidden text is text
/// like any other: a screen reader reads it; attributes (`data-*` included)
/// are not. Runs of HTML white space become one space; every other character
/// (no-break spaces, the bidi isolates Fluent puts around a variable) is kept
/// as it is.
pub fn html_to_text(html: &str) -> String {
    let walk = Walk::through(html, Region::Whole);
    let mut out = head_lines(&walk);
    out.extend(walk.pieces);
    out
}

/// `[title] …` and `[description] …`, each with a line break, or nothing for
/// a page without them.
fn head_lines(walk: &Walk) -> String {
    let line = |mark: &str, text: Option<&String>| {
        text.map_or_else(String::new, |text| format!("[{mark}] {text}\n"))
    };
    line("title", walk.title.as_ref()) + &line("description", walk.description.as_ref())
}

/// `text` with each run of HTML white space made one space, and none at the ends.
fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which part of the page a [`Walk`] is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Region {
    /// The page is not cut: all of it is one piece.
    Whole,
    /// Before `<main>`: the page is cut where the first `<main>` begins and ends.
    Header,
    Main,
    Footer,
}

/// A walk through a parsed page in document order, writing its text.
struct Walk {
    region: Region,
    /// The text of the `<title>` in `<head>`, white space collapsed.
    title: Option<String>,
    /// The content of `<meta name="description">` in `<head>`, the same.
    description: Option<String>,
    /// The text of each piece the page was cut into, in order.
    pieces: Vec<String>,
    /// The piece being written.
    text: Text,
}

impl Walk {
    fn through(html: &str, region: Region) -> Walk {
        let document = Html::parse_document(html);
        let mut walk = Walk {
            region,
            title: None,
            description: None,
            pieces: Vec::new(),
            text: Text::default(),
        };
        walk.element(document.root_element());
        walk.cut();
        walk
    }

    /// Ends the piece being written; the next starts afresh.
    fn cut(&mut self) {
        self.pieces.push(std::mem::take(&mut self.text).finish());
    }

    fn element(&mut self, element: ElementRef<'_>) {
        match element.value().name() {
            "head" => {
                self.title = element
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .find(|e| e.value().name() == "title")
                    .map(|title| collapse(&title.text().collect::<String>()));
                self.description = element
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .find(|e| e.value().name() == "meta" && e.attr("name") == Some("description"))
                    .and_then(|meta| meta.attr("content"))
                    .map(collapse);
            }
            // Never shown. (A template's content is in a fragment node under
            // it, which the walk would skip anyway.)
            "script" | "style" | "template" => {}
            "main" if self.region == Region::Header => {
                self.cut();
                self.region = Region::Main;
                self.contents(element);
                self.cut();
                self.region = Region::Footer;
            }
            _ => self.contents(element),
        }
    }

    /// The element itself and all that is in it.
    fn contents(&mut self, element: ElementRef<'_>) {
        let el = element.value();
        self.text.open(el);
        let first = self.text.lines.len();
        for child in element.children() {
            if let Some(child) = ElementRef::wrap(child) {
                self.element(child);
            } else if let Node::Text(text) = child.value() {
                self.text.text(text);
            }
        }
        self.text.close(el);
        // A radio item: one radio, its label, perhaps a hint.
        let radios = element
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|child| is_radio(child.value()))
            .count();
        if radios == 1 {
            // Under "( ) label": the item's hint, aligned with the label.
            self.text.flush();
            for line in self.text.lines.iter_mut().skip(first + 1) {
                if !line.is_empty() {
                    line.insert_str(0, "    ");
                }
            }
        }
    }
}

fn is_radio(el: &Element) -> bool {
    el.name() == "input"
        && el
            .attr("type")
            .is_some_and(|kind| kind.eq_ignore_ascii_case("radio"))
}

/// The lines of text a [`Walk`] writes.
#[derive(Default)]
struct Text {
    lines: Vec<String>,
    line: String,
    /// Goes before the next text on the line: list item, heading, radio.
    prefix: String,
    /// White space was seen since the last character.
    space: bool,
    /// For each open list: `None` (bulleted) or the last number given.
    lists: Vec<Option<u32>>,
    /// For each open link: its address, when it leads to another site.
    links: Vec<Option<String>>,
}

impl Text {
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii_whitespace() {
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

    /// `word` after the line's last character, or, on an empty line, after
    /// its prefix.
    fn append(&mut self, word: &str) {
        if self.line.is_empty() {
            self.line = std::mem::take(&mut self.prefix);
        }
        self.line.push_str(word);
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

    fn open(&mut self, el: &Element) {
        let name = el.name();
        match name {
            "ul" => self.lists.push(None),
            "ol" => self.lists.push(Some(0)),
            "li" => {
                self.flush();
                let indent = "  ".repeat(self.lists.len().saturating_sub(1));
                self.prefix = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{indent}{n}. ")
                    }
                    _ => format!("{indent}- "),
                };
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.gap();
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.prefix.push_str(&"#".repeat(level));
                self.prefix.push(' ');
            }
            "tr" => self.gap(),
            "br" => self.flush(),
            "input" if is_radio(el) => {
                self.flush();
                let mark = if el.attr("checked").is_some() {
                    "(x) "
                } else {
                    "( ) "
                };
                self.prefix.push_str(mark);
            }
            "button" => {
                self.flush();
                self.prefix.push('[');
            }
            "a" => {
                let href = el.attr("href").unwrap_or("");
                let external = href.starts_with("http://") || href.starts_with("https://");
                self.links.push(external.then(|| href.to_owned()));
            }
            _ if is_block(name) => self.flush(),
            _ => {}
        }
        if let Some(label) = el.attr("aria-label") {
            self.flush();
            self.lines.push(format!("[aria-label] {}", collapse(label)));
        }
    }

    fn close(&mut self, el: &Element) {
        let name = el.name();
        match name {
            "ul" | "ol" => {
                self.lists.pop();
                self.end_block();
            }
            "button" => {
                self.append("]");
                self.end_block();
            }
            "a" => {
                if let Some(Some(href)) = self.links.pop() {
                    let space = if self.line.is_empty() { "" } else { " " };
                    self.append(&format!("{space}<{href}>"));
                }
            }
            _ if is_block(name) => self.end_block(),
            _ => {}
        }
    }

    /// The end of a block: the line ends, and a prefix no text took is dropped.
    fn end_block(&mut self) {
        self.flush();
        self.prefix.clear();
    }

    /// The lines, without blank ones at either end, each ended by `\n`.
    fn finish(mut self) -> String {
        self.flush();
        let mut lines = self.lines;
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        let start = lines.iter().position(|l| !l.is_empty()).unwrap_or(0);
        lines[start..]
            .iter()
            .map(|line| format!("{line}\n"))
            .collect()
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
    fn the_title_comes_first_and_the_head_script_style_and_templates_are_dropped() {
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A &amp;\n  <b>B</title>\
                    <style>p { color: red }</style></head><body><script>let a = '<p>';</script>\
                    <p>Text</p><!-- a <p>comment</p> --><template><p>Later</p></template></body></html>";
        assert_eq!(html_to_text(html), "[title] A & <b>B\nText\n");
    }

    #[test]
    fn a_page_is_cut_where_its_main_begins_and_ends() {
        let html = "<!DOCTYPE html><html><head><title>T</title>\
                    <meta name=\"description\" content=\"What  it is\"></head><body>\
                    <a href=\"#main\">Skip</a><header><a href=\"/en/\">Back</a></header>\
                    <div class=\"width-container\"><main id=\"main\"><h1>Heading</h1>\
                    <p>Text</p></main></div><footer><p>Footer</p></footer></body></html>";
        let page = Regions::of(html).unwrap();
        assert_eq!(page.head, "[title] T\n[description] What it is\n");
        assert_eq!(page.header, "Skip\nBack\n");
        assert_eq!(page.main, "# Heading\nText\n");
        assert_eq!(page.footer, "Footer\n");
        // "<main" in text or a comment is no <main> element.
        let html = "<p>&lt;main&gt;</p><!-- <main> --><p>No main</p>";
        assert_eq!(
            Regions::of(html).err().as_deref(),
            Some("the page has no <main>")
        );
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

    /// What the HTML leaves open or closes wrongly, the parser settles as a
    /// browser does.
    #[test]
    fn implied_and_stray_tags_end_where_a_browser_ends_them() {
        let html = "<ul><li>a<li>b</ul><p>one<p>two<div>three</p>four</div>five</br>six</span>";
        assert_eq!(
            html_to_text(html),
            "- a\n- b\none\ntwo\nthree\nfour\nfive\nsix\n"
        );
    }

    #[test]
    fn lists_are_marked_and_numbered() {
        let html = "<ul><li>a</li><li>b</li></ul><ol><li>one</li><li>two</li></ol>\
                    <dl><div><dt>Q</dt><dd>A</dd></div></dl>";
        assert_eq!(html_to_text(html), "- a\n- b\n1. one\n2. two\nQ\nA\n");
    }

    #[test]
    fn a_list_in_a_list_is_indented() {
        let html = "<ol><li>one<ul><li>a</li><li>b</li></ul></li><li>two</li></ol>";
        assert_eq!(html_to_text(html), "1. one\n  - a\n  - b\n2. two\n");
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
        // Names and the type's value in any case, values unquoted.
        let html = "<DIV><INPUT TYPE=Radio ID=a CHECKED><LABEL FOR=a>Yes</LABEL></DIV>\
                    <div><input type=checkbox id=b><label for=b>Not a radio</label></div>";
        assert_eq!(html_to_text(html), "(x) Yes\nNot a radio\n");
    }

    #[test]
    fn a_hint_in_a_radio_item_is_indented_under_its_label() {
        let html = "<div class=\"radios\"><div class=\"radios__item\">\
                    <input type=\"radio\" id=\"a\" aria-describedby=\"a-hint\">\
                    <label for=\"a\">Collective protection</label>\
                    <p class=\"hint\" id=\"a-hint\">People who <b>fled</b> the war.</p>\
                    <p>A second line.</p></div>\
                    <div class=\"radios__item\"><input type=\"radio\" id=\"b\">\
                    <label for=\"b\">Something else</label></div></div>\
                    <p>Not in an item</p>";
        assert_eq!(
            html_to_text(html),
            "( ) Collective protection\n    People who fled the war.\n    A second line.\n\
             ( ) Something else\nNot in an item\n"
        );
        // Radios side by side in one element: none is another's hint.
        let html = "<fieldset><input type=\"radio\" id=\"y\"><label for=\"y\">Yes</label>\
                    <input type=\"radio\" id=\"n\"><label for=\"n\">No</label></fieldset>";
        assert_eq!(html_to_text(html), "( ) Yes\n( ) No\n");
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
    fn links_in_list_items_keep_the_item_marker() {
        let html = "<ul><li><a href=\"/nb/\" hreflang=\"nb\">Norsk</a> (på norsk)</li>\
                    <li><a href=\"https://udi.no/?a=1&copy=2\" hreflang=\"nb\">UDI</a> (in Norwegian)</li>\
                    <li><a href=\"https://example.com/\"></a></li></ul>";
        // `&copy` before `=` in an attribute is not a reference (a browser's rule).
        assert_eq!(
            html_to_text(html),
            "- Norsk (på norsk)\n- UDI <https://udi.no/?a=1&copy=2> (in Norwegian)\n\
             - <https://example.com/>\n"
        );
    }

    #[test]
    fn data_attributes_are_not_text() {
        let html = "<div class=\"outcome\" id=\"outcome\" data-outcome=\"card-by-mail\" \
                    data-reason=\"no-expired-document\"><h1 data-x=\"a > b\">Title</h1></div>\
                    <table><tr><td data-label=\"Answers\">1</td></tr></table>";
        assert_eq!(html_to_text(html), "# Title\n\n1\n");
    }

    #[test]
    fn entities_are_decoded_and_other_characters_kept() {
        let html = "<p>&amp; &lt;b&gt; &quot;q&quot; &#34;d&#34; it&#39;s it&#x27;s &#8211; \
                    &#x2013; &nbsp;| &unknown; & a\u{2068}Name\u{2069}\u{a0}b</p>";
        assert_eq!(
            html_to_text(html),
            "& <b> \"q\" \"d\" it's it's – – \u{a0}| &unknown; & a\u{2068}Name\u{2069}\u{a0}b\n"
        );
        // How a browser reads references that are not well formed.
        let html = "<p>&copy 2025 AT&T &notit; &#0; &#x80; &#x110000; &#65</p>";
        assert_eq!(
            html_to_text(html),
            "\u{a9} 2025 AT&T \u{ac}it; \u{fffd} \u{20ac} \u{fffd} A\n"
        );
    }

    /// Right-to-left text, `<bdi>` and the isolates Fluent puts around a
    /// variable come out as they are, in logical order; an isolate is not
    /// white space, a line break between words is.
    #[test]
    fn right_to_left_text_and_isolates_are_kept() {
        let html = "<html lang=\"ar\" dir=\"rtl\"><body><p>اختر \u{2068}<bdi dir=\"ltr\">UDI</bdi>\
                    \u{2069}\n\u{2067}لا\u{2069}</p></body></html>";
        assert_eq!(
            html_to_text(html),
            "اختر \u{2068}UDI\u{2069} \u{2067}لا\u{2069}\n"
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
