//! Question pages: saved answers, skipping ahead, changing answers, bad input.

use residence_card_guide::i18n::{Lang, Tr};
use residence_card_guide::rules::{Answer, Answers, ApplicationDate, ApplicationType, YesNo};

use crate::helpers::{Visitor, sealed, spawn_app};

async fn answer(visitor: &mut Visitor<'_>, lang: &str, question: &str, option: &str) -> String {
    let page = visitor
        .post(
            &format!("/{lang}/{question}"),
            &format!("{question}={option}"),
        )
        .await;
    assert_eq!(page.status, 303, "{question}={option}");
    page.location().to_owned()
}

#[tokio::test]
async fn a_question_shows_the_saved_answer_checked() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    answer(&mut visitor, "nn", "application-date", "before-cutoff").await;
    let page = visitor.get("/nn/application-date").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.attrs("input[checked]", "value"), vec!["before-cutoff"]);
    // Every radio has a label pointing at it, inside the fieldset whose legend is the h1.
    let ids = page.attrs("fieldset input[type=radio]", "id");
    assert_eq!(page.attrs("fieldset label", "for"), ids);
    assert_eq!(page.count("main form fieldset legend h1"), 1);
}

#[tokio::test]
async fn skipping_ahead_redirects_to_the_first_unanswered_question() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    let page = visitor.get("/en/handed-in").await;
    assert_eq!(
        (page.status.as_u16(), page.location()),
        (303, "/en/application-date")
    );
    let page = visitor.get("/en/result").await;
    assert_eq!(page.location(), "/en/application-date");
    answer(&mut visitor, "en", "application-date", "on-or-after-cutoff").await;
    for path in ["/en/handed-in", "/en/application-portal", "/en/result"] {
        let page = visitor.get(path).await;
        assert_eq!(
            (page.status.as_u16(), page.location()),
            (303, "/en/application-type"),
            "{path}"
        );
    }
    // Posting to a question not on the path saves nothing and goes to the next step.
    let page = visitor.post("/en/handed-in", "handed-in=yes").await;
    assert_eq!(page.location(), "/en/application-type");
    assert!(page.set_cookie().is_none());
}

#[tokio::test]
async fn changing_an_answer_drops_the_answers_that_no_longer_apply() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    answer(&mut visitor, "en", "application-date", "on-or-after-cutoff").await;
    answer(&mut visitor, "en", "application-type", "renewal").await;
    answer(&mut visitor, "en", "power-of-attorney", "no").await;
    answer(&mut visitor, "en", "expired-travel-document", "yes").await;
    answer(&mut visitor, "en", "handed-in", "no").await;
    let next = answer(&mut visitor, "en", "application-portal", "yes").await;
    assert_eq!(next, "/en/result");
    // Change the application type: the later answers no longer apply.
    let next = answer(
        &mut visitor,
        "en",
        "application-type",
        "derived-refugee-status",
    )
    .await;
    assert_eq!(next, "/en/first-travel-document");
    assert_eq!(
        visitor.get("/en/result").await.location(),
        "/en/first-travel-document"
    );
    assert_eq!(
        visitor.get("/en/handed-in").await.location(),
        "/en/first-travel-document"
    );
    let page = visitor.get("/en/first-travel-document").await;
    assert_eq!(page.count("input[checked]"), 0);
    // Changing the last answer keeps the others and goes straight to the result.
    answer(&mut visitor, "en", "first-travel-document", "yes").await;
    let next = answer(&mut visitor, "en", "first-travel-document", "yes").await;
    assert_eq!(next, "/en/result");
    let result = visitor.get("/en/result").await;
    assert_eq!(
        result.attr("#outcome", "data-outcome").as_deref(),
        Some("card-by-mail")
    );
    assert_eq!(result.count(".summary-list__row"), 3);
}

#[tokio::test]
async fn an_unanswered_or_invalid_answer_shows_the_question_again_with_an_error() {
    let app = spawn_app().await;
    let saved = Answers::default()
        .with(Answer::ApplicationDate(ApplicationDate::OnOrAfterCutoff))
        .with(Answer::ApplicationType(ApplicationType::Renewal))
        .with(Answer::PowerOfAttorney(YesNo::No))
        .with(Answer::ExpiredTravelDocument(YesNo::Yes));
    let cases = [
        ("", "nothing chosen"),
        ("handed-in=", "empty value"),
        ("handed-in=maybe", "unknown option"),
        ("handed-in=Yes", "wrong case"),
        ("handed-in=yes&handed-in=no", "repeated field"),
        ("handed-in=%FF%FE", "not UTF-8"),
        ("application-portal=yes", "another question's field"),
        ("handed-in=yes%00", "NUL byte"),
        ("%%%", "broken percent-encoding"),
    ];
    for lang in Lang::ALL {
        let prefix = Tr(lang).with("page-title-error", "page", "");
        let prefix = prefix.split_whitespace().next().unwrap().to_owned();
        let lang = lang.code();
        for (body, why) in cases {
            let mut visitor = Visitor::new(&app);
            visitor.cookie = Some(sealed(&saved, std::time::SystemTime::now()));
            let before = visitor.cookie.clone();
            let page = visitor.post(&format!("/{lang}/handed-in"), body).await;
            assert_eq!(page.status, 422, "{lang}: {why}");
            assert!(
                page.set_cookie().is_none(),
                "{why}: the saved answers are kept"
            );
            assert_eq!(visitor.cookie, before);
            // The error summary comes first in <main>, is announced and focused.
            assert_eq!(
                page.attr("main > :first-child", "id").as_deref(),
                Some("error-summary")
            );
            assert_eq!(
                page.attr("#error-summary", "role").as_deref(),
                Some("alert")
            );
            assert!(page.attr("#error-summary", "autofocus").is_some());
            assert_eq!(
                page.attr("#error-summary", "tabindex").as_deref(),
                Some("-1")
            );
            assert_eq!(
                page.attr("#error-summary a", "href").as_deref(),
                Some("#handed-in-yes")
            );
            assert!(
                page.count("#handed-in-error") == 1,
                "{why}: the field has its error"
            );
            let title = page.text("title").unwrap();
            assert!(title.starts_with(&prefix), "{lang}: {title}");
            assert_eq!(
                page.attr(".back-link", "href"),
                Some(format!("/{lang}/expired-travel-document"))
            );
            assert_eq!(page.count("input[checked]"), 0);
        }
    }
}

#[tokio::test]
async fn unknown_questions_and_languages_are_not_found() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    for path in [
        "/en/what",
        "/en/result/",
        "/de/",
        "/de/application-date",
        "/EN/",
        "/en/application-date/x",
    ] {
        assert_eq!(visitor.get(path).await.status, 404, "{path}");
    }
    let page = visitor.post("/en/nope", "nope=yes").await;
    assert_eq!(page.status, 404);
}
