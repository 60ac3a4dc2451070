//! Every URL of the guide, made in one place. The router's paths and the
//! route labels (a route's pattern, such as `/{lang}/{question}`) come from
//! here too, so a page's link and its route cannot drift apart.

use std::sync::LazyLock;

use crate::i18n::Lang;
use crate::public_origin::PublicOrigin;
use crate::rules::{Question, Step};

/// A page of the guide, in no language yet: [`Href::to`] makes its URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Href {
    /// `/{lang}/`
    Start,
    /// `/{lang}/{question}`
    Question(Question),
    /// `/{lang}/result`
    Result,
    /// `/{lang}/start-again` (a form's action)
    StartAgain,
    /// `/{lang}/accessibility`
    Accessibility,
    /// `/{lang}/about-this-guide`
    About,
    /// `/{lang}/feedback` (the result page's form's action)
    Feedback,
}

/// The pattern of a question page under the `/{lang}` scope (its route label).
pub const QUESTION_PATTERN: &str = "/{question}";
/// The pattern of the language scope (its route label).
pub const LANG_SCOPE: &str = "/{lang}";
/// `GET /healthz`
pub const HEALTHZ: &str = "/healthz";
/// The stylesheet's path (its URL adds a content hash: [`super::assets`]).
pub const STYLESHEET: &str = "/static/style.css";
/// The icon's path (its URL adds a content hash, as the stylesheet's).
pub const ICON: &str = "/static/icon.svg";
/// The icon in the format and at the address every browser asks for unasked.
pub const FAVICON_ICO: &str = "/favicon.ico";
/// What crawlers may fetch, and where the sitemap is.
pub const ROBOTS_TXT: &str = "/robots.txt";
/// Every indexable page, in every language.
pub const SITEMAP_XML: &str = "/sitemap.xml";

impl Href {
    /// Where a step lives: its question page, or the result page.
    pub const fn step(step: Step) -> Href {
        match step {
            Step::Ask(question) => Href::Question(question),
            Step::Done(_) => Href::Result,
        }
    }

    /// The pattern under `/{lang}`: a question's is `/{question}`.
    pub const fn pattern(self) -> &'static str {
        match self {
            Href::Start => "/",
            Href::Question(_) => QUESTION_PATTERN,
            Href::Result => "/result",
            Href::StartAgain => "/start-again",
            Href::Accessibility => "/accessibility",
            Href::About => "/about-this-guide",
            Href::Feedback => "/feedback",
        }
    }

    /// The path under `/{lang}` the router serves this page at.
    pub fn path(self) -> String {
        match self {
            Href::Question(question) => format!("/{}", question.slug()),
            Href::Start
            | Href::Result
            | Href::StartAgain
            | Href::Accessibility
            | Href::About
            | Href::Feedback => self.pattern().to_owned(),
        }
    }

    /// The route label of this page: `/{lang}` and its pattern.
    pub fn route_label(self) -> &'static str {
        route_label(Some(&format!("{LANG_SCOPE}{}", self.pattern())))
    }

    /// This page's URL in `lang`.
    pub fn to(self, lang: Lang) -> String {
        match self {
            Href::Question(question) => format!("/{}/{}", lang.code(), question.slug()),
            Href::Start
            | Href::Result
            | Href::StartAgain
            | Href::Accessibility
            | Href::About
            | Href::Feedback => format!("/{}{}", lang.code(), self.pattern()),
        }
    }

    /// This page's URL in `lang`, asking it to show `notice`.
    pub fn with_notice(self, lang: Lang, notice: Notice) -> String {
        match notice {
            Notice::None => self.to(lang),
            Notice::AnswersLost => format!("{}?{ANSWERS_LOST_QUERY}", self.to(lang)),
        }
    }
}

/// Every page the router has under `/{lang}`, one of each pattern (every
/// question has its own route, all with the label `/{lang}/{question}`).
pub const ROUTED: [Href; 7] = [
    Href::Start,
    Href::Question(Question::FIRST),
    Href::Result,
    Href::StartAgain,
    Href::Accessibility,
    Href::About,
    Href::Feedback,
];

/// `GET /`
pub const ROOT: &str = "/";

/// The router's path for the pages of `lang`: `/nb` (the scope of [`LANG_SCOPE`]).
pub fn lang_scope(lang: Lang) -> String {
    format!("/{}", lang.code())
}

/// Every route pattern of the router, the route labels.
static ROUTE_PATTERNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let fixed = [
        ROOT,
        HEALTHZ,
        STYLESHEET,
        ICON,
        FAVICON_ICO,
        ROBOTS_TXT,
        SITEMAP_XML,
        LANG_SCOPE,
    ]
    .map(str::to_owned);
    let under_lang = ROUTED.map(|href| format!("{LANG_SCOPE}{}", href.pattern()));
    fixed.into_iter().chain(under_lang).collect()
});

/// Every route pattern of the router (the metrics' route labels).
pub fn route_patterns() -> &'static [String] {
    &ROUTE_PATTERNS
}

/// A route pattern as a label from a fixed set: one of the router's
/// patterns, or `unmatched`. Never the request's own path.
pub fn route_label(matched: Option<&str>) -> &'static str {
    let patterns: &'static [String] = &ROUTE_PATTERNS;
    matched
        .and_then(|m| patterns.iter().find(|p| *p == m))
        .map_or(crate::metrics::UNMATCHED, String::as_str)
}

/// The route label of a route, in the router's data for its resource: the
/// access line and the metrics read it from the request that reached it. A
/// request that reached no route has none (`unmatched`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routed(pub &'static str);

/// The query that asks a page to say the earlier answers could not be used.
const ANSWERS_LOST_QUERY: &str = "notice=answers-lost";
/// The query that asks the result page to thank for the feedback.
const THANKED_QUERY: &str = "feedback=thanks";
/// The id of the feedback part of the result page.
pub const FEEDBACK_ID: &str = "feedback";

/// The feedback part of the result page: the question, or the thanks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feedback {
    Asking,
    Thanked,
}

impl Feedback {
    /// The state a result page's query string asks for.
    pub fn from_query(query: &str) -> Feedback {
        if has_pair(query, THANKED_QUERY) {
            Feedback::Thanked
        } else {
            Feedback::Asking
        }
    }

    /// The result page in `lang` in this state, scrolled to the feedback.
    pub fn result_href(self, lang: Lang) -> String {
        match self {
            Feedback::Asking => format!("{}#{FEEDBACK_ID}", Href::Result.to(lang)),
            Feedback::Thanked => {
                format!("{}?{THANKED_QUERY}#{FEEDBACK_ID}", Href::Result.to(lang))
            }
        }
    }
}

/// A notice a page shows above its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Notice {
    None,
    /// The saved answers could not be used (expired, unreadable, another key):
    /// the guide started over, and says so.
    AnswersLost,
}

impl Notice {
    /// The notice a request's query string asks for.
    pub fn from_query(query: &str) -> Notice {
        if has_pair(query, ANSWERS_LOST_QUERY) {
            Notice::AnswersLost
        } else {
            Notice::None
        }
    }
}

/// Whether a query string has exactly this `name=value` pair.
fn has_pair(query: &str, pair: &str) -> bool {
    query.split('&').any(|p| p == pair)
}

/// `path` (a path on this site, such as [`Href::to`] makes) as an absolute URL
/// on the public origin: what canonical and alternate links, link previews,
/// `robots.txt` and the sitemap need.
pub fn absolute(origin: &PublicOrigin, path: &str) -> String {
    format!("{origin}{path}")
}

/// The `hreflang` of the alternate for readers of none of the languages.
pub const X_DEFAULT: &str = "x-default";

/// The page a reader of none of the languages is sent to (the `x-default`
/// alternate of `href`): for the start page, `/`, which picks the language
/// from the browser's; for any other page, the page in [`Lang::DEFAULT`], the
/// language `/` falls back to.
pub fn x_default(href: Href) -> String {
    match href {
        Href::Start => ROOT.to_owned(),
        Href::Question(_)
        | Href::Result
        | Href::StartAgain
        | Href::Accessibility
        | Href::About
        | Href::Feedback => href.to(Lang::DEFAULT),
    }
}

/// The language of a request path: its first segment, when that is a language.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    path.strip_prefix('/')?
        .split('/')
        .next()
        .and_then(Lang::from_code)
}

/// A requested path in another language: `/nb/handed-in` → `/en/handed-in`.
/// A path that does not start with a language becomes that language's start page.
pub fn path_in(path: &str, lang: Lang) -> String {
    let rest = match lang_of_path(path) {
        Some(from) => &path[1 + from.code().len()..],
        None => "",
    };
    match rest {
        "" => Href::Start.to(lang),
        rest => format!("/{}{rest}", lang.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_one_url_in_each_language() {
        let cases = [
            (Href::Start, "/en/"),
            (Href::Question(Question::HandedIn), "/en/handed-in"),
            (Href::Result, "/en/result"),
            (Href::StartAgain, "/en/start-again"),
            (Href::Accessibility, "/en/accessibility"),
            (Href::About, "/en/about-this-guide"),
        ];
        for (href, url) in cases {
            assert_eq!(href.to(Lang::En), url);
            assert_eq!(lang_of_path(url), Some(Lang::En));
            // The router serves the page where its links point.
            assert_eq!(format!("{}{}", lang_scope(Lang::En), href.path()), url);
        }
        assert_eq!(
            Href::Result.with_notice(Lang::Nb, Notice::AnswersLost),
            "/nb/result?notice=answers-lost"
        );
        assert_eq!(
            Href::Result.with_notice(Lang::Nb, Notice::None),
            "/nb/result"
        );
    }

    #[test]
    fn route_labels_are_the_routers_patterns_or_unmatched() {
        for pattern in [
            "/",
            "/healthz",
            "/{lang}",
            "/{lang}/",
            "/{lang}/{question}",
            "/{lang}/feedback",
        ] {
            assert_eq!(route_label(Some(pattern)), pattern);
        }
        assert_eq!(route_label(Some("/en/handed-in")), "unmatched");
        assert_eq!(
            Href::Question(Question::HandedIn).route_label(),
            "/{lang}/{question}"
        );
        assert_eq!(Href::Start.route_label(), "/{lang}/");
        for href in ROUTED {
            assert_ne!(href.route_label(), "unmatched", "{href:?}");
        }
        assert_eq!(route_label(None), "unmatched");
        for fixed in [
            "/favicon.ico",
            "/robots.txt",
            "/sitemap.xml",
            "/static/icon.svg",
        ] {
            assert_eq!(route_label(Some(fixed)), fixed);
        }
        assert_eq!(ROUTE_PATTERNS.len(), 8 + ROUTED.len());
    }

    #[test]
    fn the_notice_is_read_from_its_own_query_pair_only() {
        assert_eq!(
            Notice::from_query("notice=answers-lost"),
            Notice::AnswersLost
        );
        assert_eq!(
            Notice::from_query("a=b&notice=answers-lost"),
            Notice::AnswersLost
        );
        assert_eq!(Notice::from_query("notice=answers-lost-x"), Notice::None);
        assert_eq!(Notice::from_query(""), Notice::None);
    }

    #[test]
    fn absolute_urls_are_on_the_public_origin() {
        let origin = PublicOrigin::parse("https://guide.example").unwrap();
        assert_eq!(
            absolute(&origin, &Href::About.to(Lang::Uk)),
            "https://guide.example/uk/about-this-guide"
        );
        assert_eq!(
            absolute(&origin, &x_default(Href::Start)),
            "https://guide.example/"
        );
        assert_eq!(x_default(Href::About), "/nb/about-this-guide");
        assert_eq!(
            absolute(&origin, SITEMAP_XML),
            "https://guide.example/sitemap.xml"
        );
    }

    #[test]
    fn a_requested_path_is_moved_to_another_language() {
        assert_eq!(path_in("/nb/handed-in", Lang::En), "/en/handed-in");
        assert_eq!(path_in("/nb/", Lang::En), "/en/");
        assert_eq!(path_in("/nb", Lang::En), "/en/");
        assert_eq!(path_in("/de/x", Lang::En), "/en/");
        assert_eq!(path_in("/", Lang::Nn), "/nn/");
        assert_eq!(path_in("/nbx/a", Lang::Nn), "/nn/");
    }
}
