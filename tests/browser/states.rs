//! Every page of the guide in every state it can be in, and how to reach each
//! one: in the browser (cookies and clicks) and over plain HTTP.

use std::fmt;

use fantoccini::{Client, Locator};
use residence_card_guide::answer_cookie::COOKIE_NAME;
use residence_card_guide::i18n::Lang;
use residence_card_guide::rules::{Answer, Answers, Outcome, Question, every_path};

use crate::harness::{Http, Page, Site, TAMPERED_VALUE};

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Start,
    /// A question with nothing chosen yet.
    Question(Question),
    /// A question with its saved answer checked.
    Answered(Question),
    /// A question sent without a choice: error summary and message (422).
    Error(Question),
    /// An outcome page, for each outcome and reason.
    Outcome(Outcome),
    /// An outcome page that also shows the "answers could not be used" notice.
    OutcomeWithNotice,
    /// An outcome page after "Did this guide help you?" was answered: the thanks.
    OutcomeThanked,
    /// The first question after a tampered answer cookie: the notice.
    AnswersLost,
    /// The first question sent without a choice with a tampered cookie: notice and error.
    AnswersLostWithError,
    NotFound,
    Accessibility,
    About,
}

/// One page in one state in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub kind: Kind,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.lang.code(), self.kind.name())
    }
}

impl Kind {
    /// Every kind, each question and each outcome (with each reason) separately.
    pub fn all() -> Vec<Kind> {
        let mut kinds = vec![Kind::Start];
        for q in Question::ALL {
            kinds.extend([Kind::Question(q), Kind::Answered(q), Kind::Error(q)]);
        }
        kinds.extend(Outcome::ALL.map(Kind::Outcome));
        kinds.extend([
            Kind::OutcomeWithNotice,
            Kind::OutcomeThanked,
            Kind::AnswersLost,
            Kind::AnswersLostWithError,
            Kind::NotFound,
            Kind::Accessibility,
            Kind::About,
        ]);
        kinds
    }

    /// One of each page kind: what a person would look at in screenshots.
    pub fn one_of_each() -> Vec<Kind> {
        let first = Question::FIRST;
        let mut kinds = vec![
            Kind::Start,
            Kind::Question(first),
            Kind::Answered(first),
            Kind::Error(first),
            Kind::Question(Question::ExpiredTravelDocument),
        ];
        // The first reason of each outcome id.
        let mut seen = Vec::new();
        for o in Outcome::ALL {
            if !seen.contains(&o.id()) {
                seen.push(o.id());
                kinds.push(Kind::Outcome(o));
            }
        }
        kinds.extend([
            Kind::OutcomeThanked,
            Kind::AnswersLost,
            Kind::AnswersLostWithError,
            Kind::NotFound,
            Kind::Accessibility,
            Kind::About,
        ]);
        kinds
    }

    /// The pages to look at in every language's screenshots: the start, a
    /// question with an error, a result with numbered steps, and the about page.
    pub fn a_few() -> Vec<Kind> {
        let booking = Outcome::ALL
            .into_iter()
            .find(|o| o.must_book())
            .expect("an outcome that books an appointment");
        vec![
            Kind::Start,
            Kind::Error(Question::FIRST),
            Kind::Outcome(booking),
            Kind::About,
        ]
    }

    /// A file-name-safe name.
    pub fn name(self) -> String {
        match self {
            Kind::Start => "start".into(),
            Kind::Question(q) => format!("question-{}", q.slug()),
            Kind::Answered(q) => format!("question-{}-answered", q.slug()),
            Kind::Error(q) => format!("question-{}-error", q.slug()),
            Kind::Outcome(o) => format!("result-{}-{}", o.id(), o.reason().slug()),
            Kind::OutcomeWithNotice => "result-with-notice".into(),
            Kind::OutcomeThanked => "result-feedback-thanks".into(),
            Kind::AnswersLost => "answers-lost".into(),
            Kind::AnswersLostWithError => "answers-lost-error".into(),
            Kind::NotFound => "not-found".into(),
            Kind::Accessibility => "accessibility".into(),
            Kind::About => "about-this-guide".into(),
        }
    }
}

/// Every state of every page in every language.
pub fn all_states() -> Vec<State> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            Kind::all()
                .into_iter()
                .map(move |kind| State { lang, kind })
        })
        .collect()
}

/// The answers that lead to `question` (not answering it), and an answer to it:
/// from the first path of the decision table that asks it.
pub fn answers_before(question: Question) -> (Answers, Answer) {
    let path = every_path()
        .into_iter()
        .find(|p| p.answers.iter().any(|a| a.question() == question))
        .expect("every question is on some path");
    let mut answers = Answers::default();
    for answer in path.answers {
        if answer.question() == question {
            return (answers, answer);
        }
        answers = answers.with(answer);
    }
    unreachable!()
}

/// The answers of the first path that ends at `outcome`.
pub fn answers_for(outcome: Outcome) -> Answers {
    let path = every_path()
        .into_iter()
        .find(|p| p.outcome == outcome)
        .expect("every outcome is on some path");
    path.answers
        .into_iter()
        .fold(Answers::default(), |answers, a| answers.with(a))
}

/// What the answer cookie holds before the page is requested.
enum Saved {
    None,
    Answers(Answers),
    Tampered,
}

/// How a state is reached: the saved answers, the URL path, and whether the
/// question is then sent without a choice.
struct Recipe {
    saved: Saved,
    path: String,
    submit_empty: bool,
    status: u16,
}

impl State {
    fn recipe(self) -> Recipe {
        let l = self.lang.code();
        let get = |saved, path: String| Recipe {
            saved,
            path,
            submit_empty: false,
            status: 200,
        };
        let question_path = |q: Question| format!("/{l}/{}", q.slug());
        match self.kind {
            Kind::Start => get(Saved::None, format!("/{l}/")),
            Kind::Question(q) => get(Saved::Answers(answers_before(q).0), question_path(q)),
            Kind::Answered(q) => {
                let (answers, answer) = answers_before(q);
                get(Saved::Answers(answers.with(answer)), question_path(q))
            }
            Kind::Error(q) => Recipe {
                submit_empty: true,
                status: 422,
                ..get(Saved::Answers(answers_before(q).0), question_path(q))
            },
            Kind::Outcome(o) => get(Saved::Answers(answers_for(o)), format!("/{l}/result")),
            Kind::OutcomeWithNotice => get(
                Saved::Answers(answers_for(Outcome::ALL[0])),
                format!("/{l}/result?notice=answers-lost"),
            ),
            Kind::OutcomeThanked => get(
                Saved::Answers(answers_for(Outcome::ALL[0])),
                format!("/{l}/result?feedback=thanks"),
            ),
            Kind::AnswersLost => get(Saved::Tampered, question_path(Question::FIRST)),
            Kind::AnswersLostWithError => Recipe {
                submit_empty: true,
                status: 422,
                ..get(Saved::Tampered, question_path(Question::FIRST))
            },
            Kind::NotFound => Recipe {
                status: 404,
                ..get(Saved::None, format!("/{l}/no-such-page"))
            },
            Kind::Accessibility => get(Saved::None, format!("/{l}/accessibility")),
            Kind::About => get(Saved::None, format!("/{l}/about-this-guide")),
        }
    }

    /// The page's HTML exactly as the server sends it, over plain HTTP.
    pub async fn fetch(self, site: &Site) -> Page {
        let recipe = self.recipe();
        let mut http = Http::new();
        match &recipe.saved {
            Saved::None => {}
            Saved::Answers(a) => http.set_answer_cookie(&site.sealed(a)),
            Saved::Tampered => http.set_answer_cookie(TAMPERED_VALUE),
        }
        let url = site.url(&recipe.path);
        let page = if recipe.submit_empty {
            // A form with nothing chosen sends no field at all.
            let request = http
                .post(&url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body("");
            http.send_following(request).await
        } else {
            http.send_following(http.get(&url)).await
        };
        assert_eq!(
            page.status, recipe.status,
            "{self}: {} answered {}",
            recipe.path, page.status
        );
        page
    }

    /// Loads the state in the browser the way a person gets there: with the
    /// answers saved in the cookie, the page opened, and for an error state
    /// Continue pressed with nothing chosen.
    pub async fn load(self, client: &Client, site: &Site) {
        let recipe = self.recipe();
        // Cookies can only be set on the site's own origin.
        let here = client.current_url().await.expect("current URL");
        if !here.as_str().starts_with(&site.base) {
            client
                .goto(&site.url("/healthz"))
                .await
                .expect("open the site");
        }
        client.delete_all_cookies().await.expect("clear cookies");
        let value = match &recipe.saved {
            Saved::None => None,
            Saved::Answers(a) => Some(site.sealed(a)),
            // For an error, the page is opened first and the cookie spoilt after.
            Saved::Tampered if recipe.submit_empty => None,
            Saved::Tampered => Some(TAMPERED_VALUE.to_owned()),
        };
        if let Some(value) = value {
            set_cookie(client, &value).await;
        }
        client
            .goto(&site.url(&recipe.path))
            .await
            .expect("open the page");
        if recipe.submit_empty {
            if matches!(recipe.saved, Saved::Tampered) {
                set_cookie(client, TAMPERED_VALUE).await;
            }
            client
                .find(Locator::Id("continue-button"))
                .await
                .unwrap_or_else(|e| panic!("{self}: no Continue button: {e}"))
                .click()
                .await
                .expect("press Continue");
            client
                .wait()
                .for_element(Locator::Id("error-summary"))
                .await
                .unwrap_or_else(|e| panic!("{self}: no error summary after Continue: {e}"));
        }
        if matches!(self.kind, Kind::AnswersLost) {
            let url = client.current_url().await.expect("current URL");
            assert_eq!(
                url.query(),
                Some("notice=answers-lost"),
                "{self}: a tampered cookie must lead to the notice"
            );
        }
    }
}

/// Sets the answer cookie in the browser. (Through the page: chromedriver
/// refuses WebDriver's Add Cookie for a cookie without a domain on an IP host.)
async fn set_cookie(client: &Client, value: &str) {
    client
        .execute(
            "document.cookie = `${arguments[0]}=${arguments[1]}; path=/; SameSite=Lax`;",
            vec![COOKIE_NAME.into(), value.into()],
        )
        .await
        .expect("set the answer cookie");
}
