//! Every path of the decision table, over HTTP, in every language.

use residence_card_guide::i18n::ids as text;
use residence_card_guide::i18n::{Lang, Tr};
use residence_card_guide::rules::{
    BookingReason, LetterReason, MailReason, Outcome, Source, Step, every_path,
};

use crate::helpers::{Visitor, spawn_app};

#[tokio::test]
async fn every_path_reaches_its_outcome_in_every_language() {
    let app = spawn_app().await;
    let paths = every_path();
    assert_eq!(paths.len(), 31);
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
            // Why, and where that comes from: the official page of the
            // applicant's own group, or (where the sources give no address)
            // its name.
            let source = path.source();
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

/// DESIGN.md, "A result page, all the way to the card": the parts in order,
/// each a `<section>` with its id and a heading; those that do not apply left
/// out.
fn parts_of(outcome: Outcome) -> Vec<&'static str> {
    let meets_police = !matches!(outcome, Outcome::CardByMail(_) | Outcome::SeeDecisionLetter);
    let card_comes = outcome != Outcome::SeeDecisionLetter;
    let mut parts = vec!["outcome", "why", "what-to-do"];
    if meets_police {
        parts.push("at-the-police");
    }
    if card_comes {
        parts.extend(["card-by-post", "card-not-come"]);
    }
    parts.extend([
        "decision-letter",
        "what-is-a-residence-card",
        "your-answers",
    ]);
    parts
}

#[tokio::test]
async fn every_result_page_has_the_designs_parts_in_order_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::ALL {
        let l = lang.code();
        for path in every_path() {
            let mut visitor = Visitor::new(&app);
            visitor.answer_all(l, &path.answers).await;
            let page = visitor.get(&format!("/{l}/result")).await;
            assert_eq!(page.status, 200);
            let ids = page.attrs("main section[id]", "id");
            assert_eq!(ids, parts_of(path.outcome), "{l} {:?}", path.answers);
            // Every part has a heading: the outcome its <h1>, the others an <h2>.
            assert_eq!(page.count("main section#outcome > h1"), 1);
            for id in &ids[1..] {
                assert_eq!(
                    page.count(&format!("main section#{id} > h2")),
                    1,
                    "{l} {id}"
                );
            }
            assert!(!page.body.contains('⟦'), "missing message on {l} result");
        }
    }
}

#[tokio::test]
async fn the_outcome_pages_say_what_the_design_requires() {
    let app = spawn_app().await;
    let en = Tr(Lang::En);
    for path in every_path() {
        let mut visitor = Visitor::new(&app);
        visitor.answer_all("en", &path.answers).await;
        let page = visitor.get("/en/result").await;
        let part = |id: &str| page.text(&format!("section#{id}")).unwrap_or_default();
        let says = |id: &str, message: &str| {
            assert!(
                part(id).contains(&*en.get(message)),
                "{} {:?}: #{id} lacks {message}",
                path.outcome.id(),
                path.answers
            );
        };
        let does_not_say = |id: &str, message: &str| {
            assert!(
                !part(id).contains(&*en.get(message)),
                "{} {:?}: #{id} has {message}",
                path.outcome.id(),
                path.answers
            );
        };
        // Every page: the letter is the final word, and what a card is not.
        says("decision-letter", "letter-follow");
        says("what-is-a-residence-card", "card-what-is");
        says("what-is-a-residence-card", "card-not-id");
        // Wherever the card comes by post: the mailbox, moving, travel, whom
        // to contact, and never a promised most.
        if path.outcome != Outcome::SeeDecisionLetter {
            for message in ["post-by-post", "post-mailbox", "post-moving", "post-travel"] {
                says("card-by-post", message);
            }
            says("card-not-come", "not-come-returned");
            assert!(
                !part("card-by-post").contains("up to"),
                "no maximum is promised"
            );
            if path.outcome.must_book() {
                assert!(part("card-by-post").contains("at least 20 working days"));
            } else {
                says("card-by-post", "post-time-not-given");
            }
        }
        match path.outcome {
            Outcome::PoliceWillContactYou(_) => {
                says("what-to-do", "todo-contact-do-not-book");
                says("what-to-do", "todo-contact-wait");
                says("at-the-police", "police-take");
                says("at-the-police", "police-under-18");
                says("card-not-come", "not-come-contact-live");
            }
            Outcome::WaitForLetter(LetterReason::CollectiveProtectionFirstPermit) => {
                says("what-to-do", "todo-letter-do-not-book");
                says("what-to-do", "todo-letter-told");
                says("at-the-police", "police-if-told");
                says("at-the-police", "police-under-18");
                says("card-not-come", "not-come-contact-live");
            }
            Outcome::WaitForLetter(LetterReason::ChildTurnedSix) => {
                says("what-to-do", "todo-child-letter");
                // The sources do not tell the family not to book: nor do we.
                does_not_say("what-to-do", "todo-letter-do-not-book");
                says("at-the-police", "police-take-child");
                says("at-the-police", "police-child-guardian");
            }
            Outcome::CardByMail(reason) => {
                says("what-to-do", "todo-mail-do-not-book");
                for message in ["post-register-posten", "post-check-address"] {
                    says("card-by-post", message);
                }
                let extended = reason == MailReason::CollectiveProtectionExtended;
                assert_eq!(
                    part("what-to-do").contains(&*en.get("todo-mail-extended")),
                    extended
                );
            }
            Outcome::BookInApplicationPortal(reason) | Outcome::BookByPhone(reason) => {
                says("what-to-do", "todo-not-udi");
                says("at-the-police", "police-take");
                says("at-the-police", "police-under-18");
                says("at-the-police", "police-sua");
                says("card-not-come", "not-come-contact-applied");
                let expired = reason == BookingReason::ExpiredDocumentNotHandedIn;
                assert_eq!(
                    part("at-the-police").contains(&*en.get("police-bring-expired-document")),
                    expired
                );
                let arriving = matches!(
                    reason,
                    BookingReason::AppliedFromAbroad | BookingReason::AppliedBeforeCutoff
                );
                assert_eq!(
                    part("what-to-do").contains(&*en.get("todo-arriving-when")),
                    arriving
                );
                if matches!(path.outcome, Outcome::BookInApplicationPortal(_)) {
                    says("what-to-do", "todo-portal-step-find");
                    says("what-to-do", "todo-portal-no-button");
                    says("what-to-do", "todo-portal-lost-access");
                    assert_eq!(
                        page.attr("#what-to-do ol a[rel~=external]", "href")
                            .as_deref(),
                        Some("https://selfservice.udi.no/en-gb/")
                    );
                } else {
                    says("what-to-do", "todo-phone-step-call");
                }
            }
            Outcome::SeeDecisionLetter => {
                says("what-to-do", "todo-read-letter");
                says("what-to-do", "todo-brexit");
                says("what-to-do", "todo-eea-family");
                let eea = en.get(&text::source(
                    Source::UdiEeaFamilyCard,
                    text::SourcePart::Url,
                ));
                assert_eq!(
                    page.attr("#what-to-do li a[rel~=external]", "href")
                        .as_deref(),
                    Some(&*eea)
                );
            }
        }
    }
}
