//! Every path of the decision table, over HTTP, in every language.

use residence_card_guide::i18n::ids as text;
use residence_card_guide::i18n::{Lang, Tr};
use residence_card_guide::rules::{LetterReason, Outcome, Step, every_path};

use crate::helpers::{Visitor, spawn_app};

#[tokio::test]
async fn every_path_reaches_its_outcome_in_every_language() {
    let app = spawn_app().await;
    let paths = every_path();
    assert_eq!(paths.len(), 26);
    for lang in Lang::ALL {
        let l = lang.code();
        for path in &paths {
            let mut visitor = Visitor::new(&app);
            let start = visitor.get(&format!("/{l}/")).await;
            assert_eq!(start.status, 200);
            let mut expected_back = format!("/{l}/");
            let mut here = start
                .attr("#start-button", "href")
                .expect("the start page has a Start button");
            for answer in &path.answers {
                let question = answer.question();
                assert_eq!(here, format!("/{l}/{}", question.slug()), "{l} {path:?}");
                let page = visitor.get(&here).await;
                assert_eq!(page.status, 200, "{here}");
                assert_eq!(page.attr("html", "lang").as_deref(), Some(l));
                assert_eq!(
                    page.text("legend h1"),
                    Some(
                        Tr(lang)
                            .get(&text::question(question, text::QuestionPart::Title))
                            .into_owned()
                    )
                );
                assert_eq!(
                    page.attr(".back-link", "href"),
                    Some(expected_back.clone()),
                    "{here}"
                );
                assert!(!page.body.contains('⟦'), "missing message on {here}");
                let posted = visitor
                    .post(
                        &here,
                        &format!("{}={}", question.slug(), answer.option_slug()),
                    )
                    .await;
                assert_eq!(posted.status, 303, "{here}");
                assert!(posted.set_cookie().is_some(), "the answer is saved");
                expected_back = here.clone();
                here = posted.location().to_owned();
            }
            assert_eq!(here, format!("/{l}/result"), "{path:?}");
            let result = visitor.get(&here).await;
            assert_eq!(result.status, 200);
            assert_eq!(
                result.attr("#outcome", "data-outcome").as_deref(),
                Some(path.outcome.id())
            );
            assert_eq!(
                result.attr("#outcome", "data-reason").as_deref(),
                Some(path.outcome.reason().slug())
            );
            // Why, and where that comes from: the official page, or (where the
            // sources give no address) its name.
            let source = path.outcome.reason().source();
            let url = Tr(lang).get(&text::source(source, text::SourcePart::Url));
            if url.is_empty() {
                assert_eq!(result.count("#outcome-source a"), 0, "{l} {path:?}");
            } else {
                assert_eq!(
                    result.attr("#outcome-source a", "href").as_deref(),
                    Some(&*url),
                    "{l} {path:?}"
                );
            }
            assert_eq!(
                result.text("#outcome-reason"),
                Some(
                    Tr(lang)
                        .get(&text::reason(path.outcome.reason()))
                        .into_owned()
                ),
                "{l} {path:?}"
            );
            assert_eq!(result.attr(".back-link", "href"), Some(expected_back));
            // "Your answers": one Change link per answer, to its question, in order,
            // each saying to a screen reader which answer it changes.
            let changes = result.attrs(".summary-list__actions a", "href");
            let expected: Vec<String> = path
                .answers
                .iter()
                .map(|a| format!("/{l}/{}", a.question().slug()))
                .collect();
            assert_eq!(changes, expected);
            assert_eq!(
                result.count(".summary-list__actions a .visually-hidden"),
                path.answers.len()
            );
            assert_eq!(
                result
                    .attr("form[action$='/start-again']", "method")
                    .as_deref(),
                Some("post")
            );
            assert!(!result.body.contains('⟦'), "missing message on result");
            assert_eq!(
                residence_card_guide::web::Href::step(Step::Done(path.outcome)).to(lang),
                here
            );
        }
    }
}

#[tokio::test]
async fn the_outcome_pages_say_what_the_design_requires() {
    let app = spawn_app().await;
    let en = Tr(Lang::En);
    for path in every_path() {
        let mut visitor = Visitor::new(&app);
        for answer in &path.answers {
            let q = answer.question().slug();
            visitor
                .post(
                    &format!("/en/{q}"),
                    &format!("{q}={}", answer.option_slug()),
                )
                .await;
        }
        let page = visitor.get("/en/result").await;
        let outcome_text = page.text("#outcome").unwrap();
        // Every outcome page says what a residence card is.
        assert!(page.body.contains(&*en.get("card-what-is")), "{path:?}");
        let must_say: &[&str] = match path.outcome {
            Outcome::PoliceWillContactYou => &["police-contact-wait", "police-contact-do-not-book"],
            Outcome::WaitForLetter(LetterReason::CollectiveProtectionFirstPermit) => &[
                "letter-wait-do-not-book",
                "letter-wait-told",
                "letter-wait-card",
                "mail-name-on-mailbox",
                "mail-moving",
            ],
            Outcome::WaitForLetter(LetterReason::ChildTurnedSix) => &[
                "letter-wait-do-not-book",
                "letter-child-letter",
                "letter-child-guardian",
                "mail-moving",
            ],
            Outcome::CardByMail(_) => &[
                "mail-do-not-book",
                "mail-name-on-mailbox",
                "mail-register-posten",
                "mail-moving",
            ],
            Outcome::BookInApplicationPortal(_) => {
                &["book-portal-step-login", "book-step-meet", "book-under-18"]
            }
            Outcome::BookByPhone(_) => &[
                "book-phone-why",
                "book-phone-not-udi",
                "book-step-meet",
                "book-under-18",
            ],
            Outcome::SeeDecisionLetter => &["letter-read", "letter-brexit"],
        };
        for id in must_say {
            assert!(
                outcome_text.contains(&*en.get(id)),
                "{} lacks {id}",
                path.outcome.id()
            );
        }
        if path.outcome.id() == "book-in-application-portal" {
            assert_eq!(
                page.attr("#outcome ol a[rel~=external]", "href").as_deref(),
                Some("https://selfservice.udi.no/en-gb/")
            );
        }
    }
}
