//! The language redirect, the start page, language links, health, other pages.

use residence_card_guide::i18n::{Lang, Standing, Tr};

use crate::helpers::{Visitor, spawn_app};

#[tokio::test]
async fn the_root_redirects_to_the_negotiated_language() {
    let app = spawn_app().await;
    let cases = [
        (None, "/nb/"),
        (Some("en-GB,en;q=0.9"), "/en/"),
        (Some("nn-NO,nn;q=0.9,en;q=0.5"), "/nn/"),
        (Some("no"), "/nb/"),
        (Some("nb-NO"), "/nb/"),
        (Some("fr-FR, en;q=0.3"), "/en/"),
        (Some("fr-FR"), "/nb/"),
        (Some("uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6"), "/uk/"),
        (Some("ru-UA,ru;q=0.9,uk;q=0.8,en;q=0.6"), "/ru/"),
        (Some("ru-RU"), "/ru/"),
        (Some("ar-SY,ar;q=0.9,en-US;q=0.8,en;q=0.7"), "/ar/"),
        (Some("ar-EG"), "/ar/"),
        (Some("ti-ER,ti;q=0.9,en;q=0.8"), "/ti/"),
        (Some("so-SO,so;q=0.9"), "/so/"),
        (Some("en;q=0.4, ti;q=0.9"), "/ti/"),
        (Some("am-ET,am;q=0.9"), "/nb/"),
    ];
    for (accept, expected) in cases {
        let mut request = app.client.get(format!("{}/", app.address));
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        let response = request.send().await.unwrap();
        assert!(
            matches!(response.status().as_u16(), 302 | 303),
            "{accept:?}"
        );
        assert_eq!(response.headers()["location"], expected, "{accept:?}");
        assert_eq!(response.headers()["vary"], "Accept-Language");
    }
    let mut visitor = Visitor::new(&app);
    assert_eq!(visitor.get("/nn").await.location(), "/nn/");
}

#[tokio::test]
async fn every_page_links_to_itself_in_the_other_languages() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    visitor
        .post("/nb/application-date", "application-date=before-cutoff")
        .await;
    visitor
        .post("/nb/application-portal", "application-portal=yes")
        .await;
    for rest in [
        "",
        "application-date",
        "application-portal",
        "result",
        "accessibility",
        "about-this-guide",
    ] {
        for here in Lang::ALL {
            let lang = here.code();
            let page = visitor.get(&format!("/{lang}/{rest}")).await;
            assert_eq!(page.status, 200, "/{lang}/{rest}");
            assert_eq!(page.attr("html", "lang").as_deref(), Some(lang));
            assert_eq!(
                page.attr("html", "dir").as_deref(),
                Some(here.direction().attr())
            );
            // The languages behind one disclosure, closed when the page
            // loads, so that on a phone it takes one line however many
            // languages there are. Its summary says "Language" in this
            // language and then in English (on an English page, in Norwegian).
            assert_eq!(
                page.count(".language-nav > details#language-menu:not([open]) > summary"),
                1,
                "/{lang}/{rest}"
            );
            assert_eq!(page.count("#language-menu li"), Lang::ALL.len());
            let (also, word) = if here == Lang::En {
                ("nb", "Språk")
            } else {
                ("en", "Language")
            };
            assert_eq!(
                page.text("#language-menu > summary"),
                Some(format!("{} {word}", Tr(here).get("language-nav-label"))),
                "/{lang}/{rest}"
            );
            assert_eq!(
                page.attr("#language-menu > summary [lang]", "lang")
                    .as_deref(),
                Some(also)
            );
            // Every language listed, in its own name; this one not a link.
            assert_eq!(page.count(".language-nav li"), Lang::ALL.len());
            assert_eq!(
                page.attr(".language-nav [aria-current]", "lang").as_deref(),
                Some(lang)
            );
            let links = page.attrs(".language-nav a", "href");
            let hreflangs = page.attrs(".language-nav a", "hreflang");
            let langs = page.attrs(".language-nav a", "lang");
            let others: Vec<&str> = Lang::ALL
                .iter()
                .map(|l| l.code())
                .filter(|l| *l != lang)
                .collect();
            assert_eq!(hreflangs, others);
            assert_eq!(langs, others);
            let expected: Vec<String> = others.iter().map(|l| format!("/{l}/{rest}")).collect();
            assert_eq!(links, expected);
            // A translation says so, once, and links to the official pages.
            match here.standing() {
                Standing::Official => assert_eq!(page.count("#translation-notice"), 0),
                Standing::Translation => {
                    assert_eq!(page.count("#translation-notice"), 1);
                    assert_eq!(
                        page.attrs("#translation-notice a", "href"),
                        vec![format!("/nb/{rest}"), format!("/en/{rest}")]
                    );
                }
            }
            // Footer links on every page.
            assert_eq!(
                page.attrs("footer a", "href"),
                vec![
                    format!("/{lang}/about-this-guide"),
                    format!("/{lang}/accessibility"),
                    // The operator's contact (the test operator's).
                    "mailto:guide@operator.example".to_owned(),
                ]
            );
            assert_eq!(
                page.attr(".skip-link", "href").as_deref(),
                Some("#main-content")
            );
            assert!(!page.body.contains('⟦'), "/{lang}/{rest}");
        }
    }
}

#[tokio::test]
async fn the_start_page_explains_and_starts_the_guide() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    let page = visitor.get("/en/").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(
        page.attr("#start-button", "href").as_deref(),
        Some("/en/application-date")
    );
    assert_eq!(
        page.text("title").as_deref(),
        Some("Find out how to get your residence card – Residence card guide")
    );
    assert_eq!(page.count("main h1"), 1);
}

#[tokio::test]
async fn health_answers_ok() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    let page = visitor.get("/healthz").await;
    assert_eq!((page.status.as_u16(), page.body.as_str()), (200, "ok"));
}

#[tokio::test]
async fn the_about_page_lists_every_path_and_the_sources() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    for lang in Lang::ALL.map(Lang::code) {
        let page = visitor.get(&format!("/{lang}/about-this-guide")).await;
        assert_eq!(
            page.count("#decision-table tbody tr"),
            residence_card_guide::rules::every_path().len()
        );
        assert!(page.count("a[rel~=external]") >= 3);
    }
    let page = visitor.get("/en/accessibility").await;
    assert!(page.body.contains("(WCAG) 2.1") && page.body.contains("AA"));
}

#[tokio::test]
async fn an_error_page_for_a_very_long_path_links_to_the_start_pages() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    let page = visitor.get(&format!("/en/{}", "a".repeat(2000))).await;
    assert_eq!(page.status, 404);
    let starts: Vec<String> = Lang::ALL
        .iter()
        .filter(|&&l| l != Lang::En)
        .map(|l| format!("/{}/", l.code()))
        .collect();
    assert_eq!(page.attrs(".language-nav a", "href"), starts);
    assert!(page.body.len() < 8 * 1024, "{} bytes", page.body.len());
    let page = visitor.get("/en/nothing-here").await;
    let elsewhere: Vec<String> = Lang::ALL
        .iter()
        .filter(|&&l| l != Lang::En)
        .map(|l| format!("/{}/nothing-here", l.code()))
        .collect();
    assert_eq!(page.attrs(".language-nav a", "href"), elsewhere);
}

/// Under its sources, the about page says how fresh the guide is: the day of
/// the oldest review in sources/lock.toml, or, while any source is not
/// reviewed, that it has not been checked yet; in every language. The start
/// page does not say it.
#[tokio::test]
async fn the_about_page_says_when_the_guide_was_last_checked_against_its_sources() {
    use residence_card_guide::i18n::Tr;
    use residence_card_guide::sources::lock::{Freshness, embedded_freshness};
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    for lang in Lang::ALL {
        let expected = match embedded_freshness() {
            Freshness::NotYetChecked => Tr(lang).get("about-sources-not-checked"),
            Freshness::CheckedSince(day) => Tr(lang).date("about-sources-checked", day),
        };
        let page = visitor
            .get(&format!("/{}/about-this-guide", lang.code()))
            .await;
        assert_eq!(
            page.count("#about-sources + #about-sources-checked"),
            1,
            "{}",
            lang.code()
        );
        assert!(
            page.body.contains(expected.as_ref()),
            "{}: {expected}",
            lang.code()
        );
        let start = visitor.get(&format!("/{}/", lang.code())).await;
        assert_eq!(start.count("#about-sources-checked"), 0);
    }
}
