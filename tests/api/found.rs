//! Found and shared: what search engines and link previews read. Every
//! page's `<head>` (description, canonical, hreflang alternates, robots,
//! `og:` tags), `/robots.txt`, `/sitemap.xml` and the icons, all on
//! `PUBLIC_ORIGIN`.

use std::collections::BTreeSet;

use residence_card_guide::i18n::{Lang, Tr};
use residence_card_guide::rules::{Answers, Question, every_path};
use residence_card_guide::web::Href;
use residence_card_guide::web::assets::{FAVICON_ICO, ICON};
use residence_card_guide::web::crawl::INDEXABLE;

use crate::common::start_app;
use crate::helpers::{Page, TestApp, Visitor, sealed};

/// The origin the app is told it is served from: not the address the tests
/// reach it at, so a link made from the request would show.
const ORIGIN: &str = "https://guide.example";

async fn app() -> TestApp {
    TestApp::at(start_app(&[("PUBLIC_ORIGIN", ORIGIN)]).base)
}

/// What a page's `<head>` must say, by the kind of page.
struct Expected {
    /// The path the page is the canonical of, in its language.
    canonical: String,
    /// The path of the page in every other language.
    here: Box<dyn Fn(Lang) -> String>,
    /// `x-default`'s path.
    x_default: String,
    /// The description's message id.
    description: &'static str,
    /// Indexable, with link-preview tags.
    indexable: bool,
}

fn meta(page: &Page, css: &str) -> Option<String> {
    page.attr(css, "content")
}

/// The `x-default` of a page: `/` (which picks the reader's language) for the
/// start page, the page in the default language for any other.
fn x_default(href: Href) -> String {
    if href == Href::Start {
        "/".to_owned()
    } else {
        href.to(Lang::DEFAULT)
    }
}

/// Checks one page's `<head>`; returns what is wrong.
fn check_head(lang: Lang, page: &Page, expected: &Expected) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            wrong.push(what);
        }
    };
    let t = Tr(lang);
    let description = meta(page, "head meta[name=description]");
    check(
        description.as_deref() == Some(&*t.get(expected.description)),
        format!("description {description:?}, not {}", expected.description),
    );
    check(
        page.count("head meta[name=description]") == 1,
        "one description".into(),
    );
    let canonical = page.attr("head link[rel=canonical]", "href");
    let absolute = |path: &str| format!("{ORIGIN}{path}");
    check(
        canonical.as_deref() == Some(&*absolute(&expected.canonical)),
        format!("canonical {canonical:?}"),
    );
    let hreflangs = page.attrs("head link[rel=alternate][hreflang]", "hreflang");
    let hrefs = page.attrs("head link[rel=alternate][hreflang]", "href");
    let mut wanted: Vec<String> = Lang::ALL.map(|l| l.code().to_owned()).to_vec();
    wanted.push("x-default".to_owned());
    check(hreflangs == wanted, format!("hreflangs {hreflangs:?}"));
    for (other, href) in Lang::ALL.into_iter().zip(&hrefs) {
        check(
            *href == absolute(&(expected.here)(other)),
            format!("alternate {} {href}", other.code()),
        );
    }
    check(
        hrefs.last().map(String::as_str) == Some(&*absolute(&expected.x_default)),
        format!("x-default {:?}", hrefs.last()),
    );
    let robots = meta(page, "head meta[name=robots]");
    let og = |property: &str| meta(page, &format!("head meta[property=\"og:{property}\"]"));
    if expected.indexable {
        check(
            robots.is_none(),
            format!("indexable, but robots {robots:?}"),
        );
        check(og("type").as_deref() == Some("website"), "og:type".into());
        check(og("url") == canonical, format!("og:url {:?}", og("url")));
        check(
            og("title") == page.text("head title"),
            format!("og:title {:?}", og("title")),
        );
        check(og("description") == description, "og:description".into());
        check(
            og("site_name").as_deref() == Some(&*t.get("header-service-name")),
            "og:site_name".into(),
        );
        check(
            og("locale").as_deref() == Some(lang.og_locale()),
            format!("og:locale {:?}", og("locale")),
        );
        let alternates: BTreeSet<String> = page
            .attrs("head meta[property=\"og:locale:alternate\"]", "content")
            .into_iter()
            .collect();
        let others: BTreeSet<String> = Lang::ALL
            .into_iter()
            .filter(|&l| l != lang)
            .map(|l| l.og_locale().to_owned())
            .collect();
        check(
            alternates == others,
            format!("og:locale:alternate {alternates:?}"),
        );
        check(
            page.count("head meta[property^=\"og:image\"]") == 0,
            "an og:image a preview bot would fetch".into(),
        );
    } else {
        check(
            robots.as_deref() == Some("noindex"),
            format!("robots {robots:?}"),
        );
        check(
            page.count("head meta[property^=\"og:\"]") == 0,
            "og: tags on a page not to be shared".into(),
        );
    }
    // Every address in the head is on this site: relative, or on ORIGIN.
    for address in page
        .attrs("head [href]", "href")
        .into_iter()
        .chain(page.attrs("head meta[content^=\"http\"]", "content"))
    {
        check(
            address.starts_with('/') && !address.starts_with("//")
                || address.starts_with(&format!("{ORIGIN}/")),
            format!("an address off the site: {address}"),
        );
    }
    check(
        page.header("cache-control") == Some("no-store"),
        format!("cache-control {:?}", page.header("cache-control")),
    );
    wrong
}

/// Every kind of page in every language: the start and about pages are
/// indexable and carry link-preview tags; a question (asked, refused, after
/// lost answers), a result, the accessibility statement and an error page say
/// `noindex`; all of them have their description, canonical and alternates on
/// `PUBLIC_ORIGIN`.
#[tokio::test]
async fn every_kind_of_page_tells_search_engines_and_previews_what_it_is() {
    let app = app().await;
    let path = &every_path()[0];
    let answers = path
        .answers
        .iter()
        .fold(Answers::default(), |a, &answer| a.with(answer));
    let first = Href::Question(Question::FIRST);
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let page = |href: Href, indexable: bool, description: &'static str| Expected {
            canonical: href.to(lang),
            here: Box::new(move |l| href.to(l)),
            x_default: x_default(href),
            description,
            indexable,
        };
        let code = lang.code();
        let mut visitor = Visitor::new(&app);
        let cases: Vec<(String, Page, Expected)> = vec![
            (
                "start".into(),
                visitor.get(&Href::Start.to(lang)).await,
                page(Href::Start, true, "meta-description"),
            ),
            (
                "about".into(),
                visitor.get(&Href::About.to(lang)).await,
                page(Href::About, true, "meta-description-about"),
            ),
            (
                "accessibility".into(),
                visitor.get(&Href::Accessibility.to(lang)).await,
                page(Href::Accessibility, false, "meta-description-accessibility"),
            ),
            (
                "question".into(),
                visitor.get(&first.to(lang)).await,
                page(first, false, "meta-description"),
            ),
            (
                "question, refused".into(),
                visitor.post(&first.to(lang), "application-date=nope").await,
                page(first, false, "meta-description"),
            ),
            (
                "question, answers lost".into(),
                visitor
                    .get(&format!("{}?notice=answers-lost", first.to(lang)))
                    .await,
                page(first, false, "meta-description"),
            ),
            (
                "error 404".into(),
                visitor.get(&format!("/{code}/no-such-page")).await,
                Expected {
                    canonical: format!("/{code}/no-such-page"),
                    here: Box::new(|l| format!("/{}/no-such-page", l.code())),
                    x_default: "/nb/no-such-page".into(),
                    description: "meta-description",
                    indexable: false,
                },
            ),
        ];
        visitor.cookie = Some(sealed(&answers, std::time::SystemTime::now()));
        let result = visitor.get(&Href::Result.to(lang)).await;
        assert_eq!(result.status, 200, "{code} result");
        for (name, page, expected) in cases.into_iter().chain([(
            "result".into(),
            result,
            page(Href::Result, false, "meta-description"),
        )]) {
            for problem in check_head(lang, &page, &expected) {
                failures.push(format!("[{code}] {name} ({}): {problem}", page.status));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The rules of a `robots.txt` for `*`, as RFC 9309 reads them: the longest
/// matching rule wins, `Allow` on a tie; `$` anchors the end. Whether a
/// crawler may fetch `path`.
fn allowed(robots: &str, path: &str) -> bool {
    let matches = |pattern: &str| match pattern.strip_suffix('$') {
        Some(exact) => path == exact,
        None => path.starts_with(pattern),
    };
    let mut best: Option<(usize, bool)> = None;
    for line in robots.lines() {
        let (allow, pattern) = if let Some(p) = line.strip_prefix("Allow: ") {
            (true, p)
        } else if let Some(p) = line.strip_prefix("Disallow: ") {
            (false, p)
        } else {
            continue;
        };
        if matches(pattern) {
            let rule = (pattern.len(), allow);
            if best.is_none_or(|b| rule > b) {
                best = Some(rule);
            }
        }
    }
    best.is_none_or(|(_, allow)| allow)
}

#[test]
fn the_robots_reader_here_follows_the_longest_match() {
    let robots = "User-agent: *\nAllow: /nb/$\nDisallow: /nb/\n";
    assert!(allowed(robots, "/nb/"));
    assert!(!allowed(robots, "/nb/result"));
    assert!(allowed(robots, "/static/style.css"));
    assert!(allowed("", "/nb/result"));
}

/// `/robots.txt` lets crawlers fetch the start and about pages of every
/// language and the static files, and nothing else under a language (the
/// pages that say `noindex`); it names the sitemap on `PUBLIC_ORIGIN`.
#[tokio::test]
async fn robots_txt_allows_only_the_indexable_pages_and_names_the_sitemap() {
    let app = app().await;
    let page = Visitor::new(&app).get("/robots.txt").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    let robots = &page.body;
    assert!(robots.contains("User-agent: *\n"), "{robots}");
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {ORIGIN}/sitemap.xml")),
        "{robots}"
    );
    for lang in Lang::ALL {
        for href in INDEXABLE {
            assert!(allowed(robots, &href.to(lang)), "{}", href.to(lang));
        }
        for href in [
            Href::Question(Question::FIRST),
            Href::Result,
            Href::Accessibility,
            Href::StartAgain,
            Href::Feedback,
        ] {
            assert!(!allowed(robots, &href.to(lang)), "{}", href.to(lang));
        }
    }
    for path in ["/", "/static/style.css", "/static/icon.svg", "/favicon.ico"] {
        assert!(allowed(robots, path), "{path}");
    }
}

/// `/sitemap.xml` lists each indexable page in each language, each with its
/// alternates in every language and `x-default`, absolute on `PUBLIC_ORIGIN`.
#[tokio::test]
async fn the_sitemap_lists_every_indexable_page_with_its_alternates() {
    let app = app().await;
    let page = Visitor::new(&app).get("/sitemap.xml").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("application/xml; charset=utf-8")
    );
    let xml = &page.body;
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"));
    assert!(xml.trim_end().ends_with("</urlset>"));
    let between = |text: &str, open: &str, close: &str| -> Vec<String> {
        text.split(open)
            .skip(1)
            .map(|piece| piece.split(close).next().unwrap_or_default().to_owned())
            .collect()
    };
    let urls = between(xml, "<url>", "</url>");
    let mut locs = BTreeSet::new();
    for url in &urls {
        let loc = between(url, "<loc>", "</loc>");
        assert_eq!(loc.len(), 1, "{url}");
        locs.insert(loc[0].clone());
        let links: Vec<(String, String)> = between(url, "<xhtml:link ", "/>")
            .into_iter()
            .map(|attrs| {
                assert!(attrs.starts_with("rel=\"alternate\" "), "{attrs}");
                let attr = |name: &str| between(&attrs, &format!("{name}=\""), "\"")[0].clone();
                (attr("hreflang"), attr("href"))
            })
            .collect();
        let href = INDEXABLE
            .into_iter()
            .find(|href| {
                Lang::ALL
                    .iter()
                    .any(|&l| loc[0] == format!("{ORIGIN}{}", href.to(l)))
            })
            .unwrap_or_else(|| panic!("{} is not an indexable page", loc[0]));
        let mut wanted: Vec<(String, String)> = Lang::ALL
            .into_iter()
            .map(|l| (l.code().to_owned(), format!("{ORIGIN}{}", href.to(l))))
            .collect();
        wanted.push((
            "x-default".to_owned(),
            format!("{ORIGIN}{}", x_default(href)),
        ));
        assert_eq!(links, wanted, "{}", loc[0]);
    }
    let every: BTreeSet<String> = INDEXABLE
        .into_iter()
        .flat_map(|href| Lang::ALL.map(|l| format!("{ORIGIN}{}", href.to(l))))
        .collect();
    assert_eq!(locs, every);
    assert_eq!(urls.len(), every.len());
}

/// The icon every page links to, from `/static/` and cached like the
/// stylesheet, and `/favicon.ico`, which every browser asks for: both answer,
/// with their types, GET and HEAD.
#[tokio::test]
async fn the_icons_every_page_links_to_and_favicon_ico_answer() {
    let app = app().await;
    let mut visitor = Visitor::new(&app);
    let start = visitor.get(&Href::Start.to(Lang::En)).await;
    let icons = start.attrs("head link[rel=icon]", "href");
    assert_eq!(icons.len(), 2, "{icons:?}");
    assert_eq!(icons[0], "/favicon.ico");
    assert!(icons[1].starts_with("/static/icon.svg?v="), "{icons:?}");
    assert_eq!(
        start.attr("head link[rel=icon][type=\"image/svg+xml\"]", "href"),
        Some(icons[1].clone())
    );
    let svg = visitor.get(&icons[1]).await;
    assert_eq!(svg.status, 200);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert_eq!(
        svg.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(svg.body, ICON);
    let response = app
        .client
        .get(format!("{}/favicon.ico", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/x-icon");
    assert_eq!(response.headers()["cache-control"], "public, max-age=86400");
    assert_eq!(&response.bytes().await.unwrap()[..], FAVICON_ICO);
    for path in [
        "/favicon.ico",
        "/static/icon.svg",
        "/robots.txt",
        "/sitemap.xml",
    ] {
        let head = app
            .client
            .head(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(head.status(), 200, "HEAD {path}");
        let post = app
            .client
            .post(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(post.status(), 405, "POST {path}");
    }
}

/// The new routes are counted under their own fixed labels, never as
/// `unmatched`: a first visit's `/favicon.ico` no longer looks like a stray.
#[tokio::test]
async fn the_files_for_browsers_and_crawlers_are_counted_as_routes() {
    let started = start_app(&[]);
    let app = TestApp::at(started.base.clone());
    let mut visitor = Visitor::new(&app);
    for path in [
        "/favicon.ico",
        "/robots.txt",
        "/sitemap.xml",
        "/static/icon.svg",
    ] {
        assert_eq!(visitor.get(path).await.status, 200, "{path}");
    }
    let scrape = reqwest::get(&started.metrics)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for route in [
        "/favicon.ico",
        "/robots.txt",
        "/sitemap.xml",
        "/static/icon.svg",
    ] {
        let series = format!("rcg_http_requests_total{{route=\"{route}\",status_class=\"2xx\"}} 1");
        assert!(scrape.lines().any(|l| l == series), "{series}\n{scrape}");
    }
    assert!(
        !scrape.lines().any(
            |l| l.starts_with("rcg_http_requests_total{route=\"unmatched\"") && !l.ends_with(" 0")
        ),
        "{scrape}"
    );
}
