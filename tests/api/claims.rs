//! What the guide says about itself and its sources is true: it names the
//! operator and how to reach them on every page, it cites official pages by
//! their own addresses (never UDI's home page), and a link says which language
//! its page is in when that is not the reader's.

use residence_card_guide::i18n::ids::{self, SourcePart};
use residence_card_guide::i18n::{Lang, Tr};
use residence_card_guide::public_origin::PublicOrigin;
use residence_card_guide::rules::{Answer, ApplicationType, Question, Source, YesNo};
use residence_card_guide::web::cache::reachable;
use scraper::{Html, Selector};

use crate::common::{TEST_OPERATOR, start_app};

/// UDI's home pages: a source must be the page it names, not one of these.
const BARE_UDI: [&str; 8] = [
    "https://www.udi.no/",
    "https://www.udi.no",
    "https://www.udi.no/en/",
    "https://www.udi.no/en",
    "https://udi.no/",
    "https://udi.no",
    "https://udi.no/en/",
    "https://udi.no/en",
];

fn operator(name: &str) -> &'static str {
    TEST_OPERATOR
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| *v)
        .expect("a test operator setting")
}

fn hrefs(html: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector)
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect()
}

/// The origin the pages here are rendered for (what they claim does not
/// depend on it).
fn origin() -> PublicOrigin {
    PublicOrigin::parse("https://guide.example").unwrap()
}

/// Every page a person can reach, in every state and language, as served (the
/// store test proves served pages equal their rendering).
fn every_page() -> Vec<(String, Html)> {
    reachable()
        .into_iter()
        .map(|key| {
            let body = key.render(&origin()).expect("every reachable page renders");
            let text = String::from_utf8(body.to_vec()).expect("pages are UTF-8");
            (format!("{key:?}"), Html::parse_document(&text))
        })
        .collect()
}

#[tokio::test]
async fn no_page_links_to_udis_home_page_and_every_page_names_the_operator() {
    // The operator is installed by starting an app, as in production.
    let _app = start_app(&[]);
    let name = operator("OPERATOR_NAME");
    let contact = operator("OPERATOR_CONTACT");
    let footer = Selector::parse("#footer-operator").unwrap();
    let pages = every_page();
    assert!(pages.len() > 1000, "{}", pages.len());
    for (key, html) in &pages {
        for href in hrefs(html, "a[href]") {
            assert!(
                !BARE_UDI.contains(&href.as_str()),
                "{key} links to UDI's home page {href}"
            );
        }
        let line: String = html
            .select(&footer)
            .next()
            .unwrap_or_else(|| panic!("{key}: no #footer-operator"))
            .text()
            .collect();
        assert!(line.contains(name), "{key}: footer {line:?}");
        assert_eq!(hrefs(html, "#footer-contact"), [contact], "{key}");
    }
}

#[tokio::test]
async fn the_accessibility_statement_and_the_about_page_give_working_contacts() {
    let app = crate::helpers::spawn_app().await;
    let name = operator("OPERATOR_NAME");
    for lang in Lang::ALL {
        let l = lang.code();
        let a11y = html_of(&app, &format!("/{l}/accessibility")).await;
        assert_eq!(
            hrefs(&a11y, "#a11y-contact"),
            [operator("OPERATOR_CONTACT")],
            "{l}"
        );
        let feedback: String = a11y
            .select(&Selector::parse("#a11y-feedback").unwrap())
            .flat_map(|e| e.text())
            .collect();
        assert!(feedback.contains(name), "{l}: {feedback}");
        assert!(
            !feedback.contains("UDI"),
            "{l}: the statement sends feedback to UDI: {feedback}"
        );
        let about = html_of(&app, &format!("/{l}/about-this-guide")).await;
        assert_eq!(
            hrefs(&about, "#about-contact"),
            [operator("OPERATOR_CONTACT")],
            "{l}"
        );
        assert_eq!(
            hrefs(&about, "#about-privacy"),
            [operator("OPERATOR_PRIVACY_URL")],
            "{l}"
        );
        // Every source, by its own address where the sources give one.
        let cited = hrefs(&about, "#about-sources a");
        let t = Tr(lang);
        let expected: Vec<String> = Source::ALL
            .into_iter()
            .map(|s| t.get(&ids::source(s, SourcePart::Url)).into_owned())
            .filter(|url| !url.is_empty())
            .collect();
        assert_eq!(cited, expected, "{l}");
        assert!(cited.len() >= Source::ALL.len() - 1, "{l}: {cited:?}");
    }
}

async fn html_of(app: &crate::helpers::TestApp, path: &str) -> Html {
    let body = reqwest::get(format!("{}{path}", app.address))
        .await
        .and_then(reqwest::Response::error_for_status)
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    Html::parse_document(&body.text().await.expect("a body"))
}

/// The language a linked page is in, read from its address: UDI's, the
/// police's and the portal's English pages have `en` or `english` in the
/// path, UDI's Nynorsk pages `nn`; the rest are Norwegian (Bokmål).
fn page_language(url: &str) -> &'static str {
    let english = ["/en/", "/en-gb/", "/english/"];
    if english.iter().any(|e| url.contains(e)) {
        "en"
    } else if url.contains("/nn/") {
        "nn"
    } else {
        "no"
    }
}

#[test]
fn every_external_link_says_which_language_its_page_is_in_when_not_the_readers() {
    let links = [
        "application-portal",
        "police-districts",
        "police-residence-cards",
        "uutilsynet",
    ];
    for lang in Lang::ALL {
        let t = Tr(lang);
        // The page languages a reader reads without a note: a Bokmål page
        // tells its reader that a linked page is in Nynorsk; a Nynorsk page
        // does not note Bokmål (its readers read both as their own).
        let readers: &[&str] = match lang {
            Lang::En => &["en"],
            Lang::Nb => &["no"],
            Lang::Nn => &["no", "nn"],
            Lang::Uk | Lang::Ru | Lang::Ar | Lang::Ti | Lang::So => &[],
        };
        let mut pairs: Vec<(String, String)> = links
            .iter()
            .map(|name| {
                (
                    t.get(&format!("link-{name}-url")).into_owned(),
                    t.get(&format!("link-{name}-language")).into_owned(),
                )
            })
            .collect();
        pairs.extend(Source::ALL.into_iter().map(|s| {
            (
                t.get(&ids::source(s, SourcePart::Url)).into_owned(),
                t.get(&ids::source(s, SourcePart::Language)).into_owned(),
            )
        }));
        for (url, note) in pairs {
            if url.is_empty() {
                continue;
            }
            assert!(url.starts_with("https://"), "{}: {url}", lang.code());
            let same = readers.contains(&page_language(&url));
            assert_eq!(
                note.trim().is_empty(),
                same,
                "{}: {url} is in {}, and the note is {note:?}",
                lang.code(),
                page_language(&url)
            );
        }
    }
}

#[test]
fn options_with_an_official_term_have_a_hint_the_radio_points_to() {
    let hinted = [
        Answer::ApplicationType(ApplicationType::ProtectionFirstTime),
        Answer::ApplicationType(ApplicationType::ResettlementRefugee),
        Answer::ApplicationType(ApplicationType::CollectiveProtection),
        Answer::ApplicationType(ApplicationType::DerivedRefugeeStatus),
        Answer::ApplicationType(ApplicationType::OtherPermit),
        Answer::PowerOfAttorney(YesNo::Yes),
    ];
    for answer in hinted {
        assert!(ids::option_hint(answer).is_some(), "{answer:?}");
    }
    for key in reachable() {
        let residence_card_guide::web::cache::PageKey::Question { question, .. } = key else {
            continue;
        };
        let body = key.render(&origin()).unwrap();
        let html = Html::parse_document(std::str::from_utf8(&body).unwrap());
        for option in question.options() {
            let id = format!("{}-{}", question.slug(), option.option_slug());
            let input = Selector::parse(&format!("#{id}")).unwrap();
            let described = html
                .select(&input)
                .next()
                .unwrap()
                .value()
                .attr("aria-describedby")
                .map(str::to_owned);
            match ids::option_hint(option) {
                Some(_) => {
                    let hint_id = format!("{id}-hint");
                    assert_eq!(described.as_deref(), Some(hint_id.as_str()), "{key:?}");
                    let hint = Selector::parse(&format!("#{hint_id}")).unwrap();
                    let text: String = html.select(&hint).flat_map(|e| e.text()).collect();
                    assert!(!text.trim().is_empty(), "{key:?}: empty hint {hint_id}");
                }
                None => assert_eq!(described, None, "{key:?} {id}"),
            }
        }
        assert!(Question::ALL.contains(&question));
    }
}
