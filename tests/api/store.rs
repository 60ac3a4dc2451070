//! The page store is proven equal to rendering: every page a person can reach,
//! asked for over HTTP the way a person reaches it, is byte for byte the page
//! its key renders afresh, with the key's status.

use residence_card_guide::public_origin::PublicOrigin;
use residence_card_guide::rules::Answers;
use residence_card_guide::web::Href;
use residence_card_guide::web::cache::{PageKey, reachable};
use residence_card_guide::web::href::{Feedback, Notice};
use residence_card_guide::web::pages::QuestionState;

use crate::common::start_app;
use crate::helpers::TestApp;

#[tokio::test]
async fn every_reachable_page_served_over_http_is_its_fresh_rendering() {
    let started = start_app(&[]);
    let app = TestApp::at(started.base.clone());
    let sealed =
        |answers: &Answers| format!("rcg-answers={}", started.cookie.seal(answers).value());
    let keys = reachable();
    // The pages link to the server's origin: here, its listening address.
    let origin = PublicOrigin::parse(&started.base).unwrap();
    for &key in &keys {
        let request = match key {
            PageKey::Start(lang) => app.client.get(url_of(&app, Href::Start.to(lang))),
            PageKey::Accessibility(lang) => {
                app.client.get(url_of(&app, Href::Accessibility.to(lang)))
            }
            PageKey::About(lang) => app.client.get(url_of(&app, Href::About.to(lang))),
            PageKey::Question {
                lang,
                question,
                answers,
                state: QuestionState::Asking,
                notice,
            } => app
                .client
                .get(url_of(
                    &app,
                    Href::Question(question).with_notice(lang, notice),
                ))
                .header("cookie", sealed(&answers)),
            PageKey::Question {
                lang,
                question,
                answers,
                state: QuestionState::Refused,
                notice,
            } => {
                // Refused after unusable answers: a cookie no key opens.
                let cookie = match notice {
                    Notice::None => sealed(&answers),
                    Notice::AnswersLost => "rcg-answers=not-a-sealed-value".to_owned(),
                };
                app.client
                    .post(url_of(&app, Href::Question(question).to(lang)))
                    .header("cookie", cookie)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("sec-fetch-site", "same-origin")
                    .body(format!("{}=not-an-option", question.slug()))
            }
            PageKey::Result {
                lang,
                answers,
                notice,
                feedback,
            } => {
                let url = match (feedback, notice) {
                    (Feedback::Asking, notice) => Href::Result.with_notice(lang, notice),
                    (Feedback::Thanked, Notice::None) => Feedback::Thanked.result_href(lang),
                    (Feedback::Thanked, Notice::AnswersLost) => {
                        format!("{}&feedback=thanks", Href::Result.with_notice(lang, notice))
                    }
                };
                app.client
                    .get(url_of(&app, url))
                    .header("cookie", sealed(&answers))
            }
        };
        let response = request.send().await.expect("answered");
        assert_eq!(response.status().as_u16(), key.status().as_u16(), "{key:?}");
        let served = response.bytes().await.expect("a body");
        let fresh = key.render(&origin).expect("every reachable page renders");
        assert!(
            served == fresh,
            "{key:?}: the served page differs from its rendering"
        );
    }
    assert!(keys.len() > 1000, "{}", keys.len());
}

fn url_of(app: &TestApp, path: String) -> String {
    format!("{}{path}", app.address)
}
