//! A fetched page's main text, as the paragraphs a person reads.
//!
//! The page is parsed as a browser parses it (html5ever, through `scraper`).
//! Only the main content counts: the first `<main>` (or `role="main"`, or,
//! failing those, the first `<article>`, `#main-content`, `#maincontent` or
//! `#content`; the whole `<body>` only when a page has none of them). In it,
//! what is not the page's own words is left out: navigation (`<nav>`,
//! `role="navigation"`), the site's header and footer (a `<header>` or
//! `<footer>` that belongs to the page, not to an `<article>` or `<section>`
//! in it, as HTML defines; and `role="banner"`, `role="contentinfo"`),
//! `<aside>`, forms, buttons, scripts, styles, `<template>`, `<noscript>`,
//! `<svg>`, `<iframe>`, and anything `hidden` or `aria-hidden="true"`. So a
//! menu, a cookie banner or a footer that changes is not a change of the page.
//!
//! A paragraph is the text of one block (`p`, `li`, `h1`…`h6`, `td`, `dd`,
//! a `div`'s own text…): a block inside another ends the text before it and
//! starts its own. White space (any Unicode space, no-break spaces included)
//! becomes one space; soft hyphens and zero-width spaces are dropped, as
//! they are invisible. Empty paragraphs are left out. Links count by their
//! text.

use scraper::{ElementRef, Html, Node, Selector};

/// The main text of `html`, one string a paragraph, in reading order.
pub fn paragraphs(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut walk = Walk::default();
    match main_content(&document) {
        Some(main) => walk.contents(main),
        None => {
            // No main content marked up: the body, where the site's own
            // header and footer are left out all the same.
            let body = Selector::parse("body").expect("a valid selector");
            if let Some(body) = document.select(&body).next() {
                walk.contents(body);
            }
        }
    }
    walk.end_block();
    walk.paragraphs
}

/// The element that holds the page's own content, if the page marks one.
fn main_content(document: &Html) -> Option<ElementRef<'_>> {
    [
        "main",
        "[role=main]",
        "article",
        "#main-content",
        "#maincontent",
        "#content",
    ]
    .iter()
    .find_map(|selector| {
        let selector = Selector::parse(selector).expect("a valid selector");
        document.select(&selector).next()
    })
}

#[derive(Default)]
struct Walk {
    paragraphs: Vec<String>,
    /// The paragraph being written.
    text: String,
    /// White space was seen since the last character written.
    space: bool,
    /// How many `<article>` or `<section>` elements the walk is in: a
    /// `<header>` or `<footer>` there is theirs, not the site's.
    sections: usize,
}

impl Walk {
    fn contents(&mut self, element: ElementRef<'_>) {
        for child in element.children() {
            if let Some(child) = ElementRef::wrap(child) {
                self.element(child);
            } else if let Node::Text(text) = child.value() {
                self.write(text);
            }
        }
    }

    fn element(&mut self, element: ElementRef<'_>) {
        let el = element.value();
        let name = el.name();
        if self.left_out(element) {
            // Not part of the page's own words; and nothing runs across it.
            if is_block(name) {
                self.end_block();
            }
            return;
        }
        let section = matches!(name, "article" | "section");
        if section {
            self.sections += 1;
        }
        let block = is_block(name);
        if block {
            self.end_block();
        }
        if name == "br" {
            self.space = true;
        }
        self.contents(element);
        if block {
            self.end_block();
        }
        if section {
            self.sections -= 1;
        }
    }

    fn left_out(&self, element: ElementRef<'_>) -> bool {
        let el = element.value();
        let role = el.attr("role").unwrap_or("");
        let site_part = matches!(el.name(), "header" | "footer") && self.sections == 0;
        matches!(
            el.name(),
            "nav"
                | "aside"
                | "form"
                | "button"
                | "select"
                | "script"
                | "style"
                | "template"
                | "noscript"
                | "svg"
                | "iframe"
                | "object"
                | "dialog"
        ) || site_part
            || matches!(
                role,
                "navigation" | "banner" | "contentinfo" | "search" | "complementary"
            )
            || el.attr("hidden").is_some()
            || el.attr("aria-hidden") == Some("true")
    }

    fn write(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else if matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}') {
                // Invisible: a soft hyphen, a zero-width space, a stray BOM.
            } else {
                if self.space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.space = false;
                self.text.push(c);
            }
        }
    }

    /// Ends the paragraph, if it has any text.
    fn end_block(&mut self) {
        if !self.text.is_empty() {
            self.paragraphs.push(std::mem::take(&mut self.text));
        }
        self.space = false;
    }
}

/// Elements whose text is a paragraph of its own.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "caption"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "th"
            | "td"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "details"
            | "summary"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "address"
            | "hr"
            | "nav"
            | "aside"
            | "form"
            | "fieldset"
            | "legend"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> String {
        format!("<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>")
    }

    #[test]
    fn only_the_main_content_counts() {
        let html = page(
            "<header><nav><a href=\"/\">Home</a></nav><p>Site name</p></header>\
             <main><h1>Residence card</h1><p>You must <a href=\"/x\">book</a> a time.</p>\
             <ul><li>One</li><li>Two</li></ul></main>\
             <footer><p>Contact us</p></footer>",
        );
        assert_eq!(
            paragraphs(&html),
            ["Residence card", "You must book a time.", "One", "Two"]
        );
    }

    /// A moved menu, a new cookie banner, a changed footer: the same paragraphs.
    #[test]
    fn menus_footers_scripts_and_banners_do_not_change_the_text() {
        let main = "<main><h1>Title</h1><p>Text.</p></main>";
        let plain = page(main);
        let busy = page(&format!(
            "<div role=\"banner\">Cookies? <button>OK</button></div>\
             <nav>New menu</nav><script>var x = '<p>';</script>{main}\
             <aside>Related</aside><footer>Updated footer 2027</footer>"
        ));
        assert_eq!(paragraphs(&plain), paragraphs(&busy));
        assert_eq!(paragraphs(&plain), ["Title", "Text."]);
    }

    #[test]
    fn inside_main_navigation_forms_and_hidden_parts_are_left_out() {
        let html = page(
            "<main><nav aria-label=\"Breadcrumb\">Home › Residence</nav>\
             <article><header><h1>Own title</h1></header><p>Body.</p>\
             <footer><p>Last updated 1 May</p></footer></article>\
             <form><label>Was this page useful?</label><button>Yes</button></form>\
             <div hidden>Hidden</div><span aria-hidden=\"true\">×</span>\
             <div role=\"complementary\">Box</div><header>Site header in main</header></main>",
        );
        assert_eq!(
            paragraphs(&html),
            ["Own title", "Body.", "Last updated 1 May"]
        );
    }

    #[test]
    fn blocks_split_paragraphs_and_white_space_collapses() {
        let html = page(
            "<main><div>Lead text <b>bold</b>\n\n  more<p>Inner</p>after</div>\
             <p>a&nbsp;b\u{a0} c<br>d</p><p>   </p><p>soft\u{ad}hyphen\u{200b}</p>\
             <table><tr><th>Card</th><td>20 days</td></tr></table>\
             <ul><li>Item<ul><li>Sub</li></ul></li></ul></main>",
        );
        assert_eq!(
            paragraphs(&html),
            [
                "Lead text bold more",
                "Inner",
                "after",
                "a b c d",
                "softhyphen",
                "Card",
                "20 days",
                "Item",
                "Sub"
            ]
        );
    }

    #[test]
    fn without_main_the_marked_content_or_the_body_is_read() {
        let html = page("<div id=\"content\"><p>Content</p></div><p>Outside</p>");
        assert_eq!(paragraphs(&html), ["Content"]);
        let html = page("<header>Site</header><p>Only body</p><footer>Foot</footer>");
        assert_eq!(paragraphs(&html), ["Only body"]);
        assert!(paragraphs("").is_empty());
    }
}
