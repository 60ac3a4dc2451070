//! One askama template struct per page kind, and the layout data they share.
//! Constructors gather what a page shows; templates only lay it out.

use std::borrow::Cow;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::web::Bytes;
use askama::Template;

use super::error::ErrorKind;
use super::text::{self, QuestionPart};
use super::{STYLESHEET_URL, question_href, start_href};
use crate::i18n::{Lang, Tr};
use crate::rules::{Answer, Answers, Journey, Outcome, Question, Step, every_path};

/// Renders a page as an HTML response with `status`. Pages that do not show
/// the request path are kept once rendered: see [`super::cache`].
pub fn html(status: StatusCode, page: &impl Template) -> HttpResponse {
    match render(page) {
        Some(body) => html_bytes(status, body),
        None => HttpResponse::InternalServerError().finish(),
    }
}

/// The page's HTML; `None` (logged) if the template fails, which only a bug can cause.
pub fn render(page: &impl Template) -> Option<Bytes> {
    page.render()
        .map(Bytes::from)
        .map_err(|error| tracing::error!(%error, "template failed to render"))
        .ok()
}

/// An HTML response with `status` and this rendered `body`.
pub fn html_bytes(status: StatusCode, body: Bytes) -> HttpResponse {
    let mut response = HttpResponse::with_body(status, body).map_into_boxed_body();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// What the layout (`base.html`) needs on every page.
pub struct Chrome {
    pub lang: Lang,
    /// The whole `<title>`.
    pub title: String,
    /// This page in each of the other languages.
    pub lang_links: Vec<LangLink>,
    pub stylesheet: &'static str,
}

/// A link to the same page in another language.
pub struct LangLink {
    pub code: &'static str,
    pub name: Cow<'static, str>,
    pub href: String,
}

impl Chrome {
    /// `page_title` is the page's own heading; `path` the request path.
    pub fn new(lang: Lang, page_title: &str, has_error: bool, path: &str) -> Chrome {
        let t = Tr(lang);
        let title_id = if has_error {
            "page-title-error"
        } else {
            "page-title"
        };
        // "/nb/handed-in" -> "/handed-in"; a path with no language gets the start page.
        let rest = path
            .strip_prefix('/')
            .and_then(|p| p.split_once('/').or(Some((p, ""))))
            .filter(|(first, _)| Lang::from_code(first).is_some())
            .map_or("", |(_, rest)| rest);
        let lang_links = Lang::ALL
            .into_iter()
            .filter(|&other| other != lang)
            .map(|other| LangLink {
                code: other.code(),
                name: t.get(&format!("language-name-{}", other.code())),
                href: format!("/{}/{rest}", other.code()),
            })
            .collect();
        Chrome {
            lang,
            title: t.with(title_id, "page", page_title).into_owned(),
            lang_links,
            stylesheet: STYLESHEET_URL.as_str(),
        }
    }
}

/// `GET /{lang}/`
#[derive(Template)]
#[template(path = "start.html")]
pub struct StartPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub start_href: String,
}

impl StartPage {
    pub fn new(lang: Lang, path: &str) -> StartPage {
        let t = Tr(lang);
        StartPage {
            t,
            chrome: Chrome::new(lang, &t.get("start-title"), false, path),
            start_href: question_href(lang, Question::FIRST),
        }
    }
}

/// One radio button of a question.
pub struct RadioOption {
    pub id: String,
    pub value: &'static str,
    pub label: Cow<'static, str>,
    pub checked: bool,
}

/// `GET /{lang}/{question}`, and the same page again with an error.
#[derive(Template)]
#[template(path = "question.html")]
pub struct QuestionPage {
    pub t: Tr,
    pub chrome: Chrome,
    /// The question id: field name and id stem.
    pub name: &'static str,
    pub heading: Cow<'static, str>,
    pub hint: Cow<'static, str>,
    pub options: Vec<RadioOption>,
    pub error: Option<Cow<'static, str>>,
    /// `#id` of the first radio, where the error summary's link goes.
    pub first_option_id: String,
    pub back_href: String,
    pub action: String,
    /// Shown when earlier answers could not be used.
    pub notice: bool,
}

impl QuestionPage {
    /// `selected` is the answer to preselect; `error` is true when the page is
    /// shown again because nothing (or something unknown) was chosen.
    pub fn new(
        lang: Lang,
        path: &str,
        question: Question,
        answers: &Answers,
        error: bool,
        notice: bool,
    ) -> QuestionPage {
        let t = Tr(lang);
        let name = question.slug();
        let heading = t.get(&text::question(question, QuestionPart::Title));
        let selected = answers.get(question).map(Answer::option_slug);
        let options: Vec<RadioOption> = question
            .option_slugs()
            .iter()
            .map(|&value| RadioOption {
                id: format!("{name}-{value}"),
                value,
                label: t.get(&text::option(question, value)),
                checked: !error && selected == Some(value),
            })
            .collect();
        let back_href = match Journey::of(answers).previous(question) {
            Some(previous) => question_href(lang, previous),
            None => start_href(lang),
        };
        QuestionPage {
            t,
            chrome: Chrome::new(lang, &heading, error, path),
            name,
            hint: t.get(&text::question(question, QuestionPart::Hint)),
            error: error.then(|| t.get(&text::question(question, QuestionPart::Error))),
            first_option_id: options[0].id.clone(),
            options,
            heading,
            back_href,
            action: question_href(lang, question),
            notice,
        }
    }
}

/// What the result page tells the applicant to do.
pub enum NextSteps {
    WaitForPolice,
    Mail,
    BookInPortal,
    BookByPhone,
    ReadLetter,
}

/// One row of "Your answers".
pub struct AnswerRow {
    pub question: Cow<'static, str>,
    pub answer: Cow<'static, str>,
    pub change_href: String,
}

/// `GET /{lang}/result`
#[derive(Template)]
#[template(path = "result.html")]
pub struct ResultPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub outcome_id: &'static str,
    pub heading: Cow<'static, str>,
    pub reason: Cow<'static, str>,
    pub next: NextSteps,
    pub answers: Vec<AnswerRow>,
    pub back_href: String,
    pub start_again_action: String,
    pub notice: bool,
}

impl ResultPage {
    pub fn new(
        lang: Lang,
        path: &str,
        outcome: Outcome,
        journey: &Journey,
        notice: bool,
    ) -> ResultPage {
        let t = Tr(lang);
        let heading = t.get(&text::outcome_title(outcome));
        let next = match outcome {
            Outcome::PoliceWillContactYou => NextSteps::WaitForPolice,
            Outcome::CardByMail(_) => NextSteps::Mail,
            Outcome::BookInApplicationPortal(_) => NextSteps::BookInPortal,
            Outcome::BookByPhone(_) => NextSteps::BookByPhone,
            Outcome::SeeDecisionLetter => NextSteps::ReadLetter,
        };
        let back_href = journey
            .answered
            .last()
            .map_or_else(|| start_href(lang), |a| question_href(lang, a.question()));
        ResultPage {
            t,
            chrome: Chrome::new(lang, &heading, false, path),
            outcome_id: outcome.id(),
            heading,
            reason: t.get(&text::reason(outcome.reason())),
            next,
            answers: answer_rows(lang, &journey.answered),
            back_href,
            start_again_action: format!("/{}/start-again", lang.code()),
            notice,
        }
    }
}

/// "Your answers": each question's short label, the chosen option, a Change link.
fn answer_rows(lang: Lang, answered: &[Answer]) -> Vec<AnswerRow> {
    let t = Tr(lang);
    answered
        .iter()
        .map(|a| AnswerRow {
            question: t.get(&text::question(a.question(), QuestionPart::Summary)),
            answer: t.get(&text::option(a.question(), a.option_slug())),
            change_href: question_href(lang, a.question()),
        })
        .collect()
}

/// The longest requested path an error page links to in the other languages.
const MAX_LINKED_PATH: usize = 256;

/// Every error page.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub heading: Cow<'static, str>,
    pub body: Cow<'static, str>,
    pub start_href: String,
}

impl ErrorPage {
    pub fn new(lang: Lang, path: &str, kind: ErrorKind) -> ErrorPage {
        let t = Tr(lang);
        let stem = kind.message_stem();
        let heading = t.get(&format!("error-{stem}-title"));
        // The language links repeat the requested path; a very long one (no real
        // page has one) gets links to the start pages instead.
        let path = if path.len() <= MAX_LINKED_PATH {
            path
        } else {
            "/"
        };
        ErrorPage {
            t,
            chrome: Chrome::new(lang, &heading, false, path),
            body: t.get(&format!("error-{stem}-body")),
            heading,
            start_href: start_href(lang),
        }
    }
}

/// `GET /{lang}/accessibility`
#[derive(Template)]
#[template(path = "accessibility.html")]
pub struct AccessibilityPage {
    pub t: Tr,
    pub chrome: Chrome,
}

impl AccessibilityPage {
    pub fn new(lang: Lang, path: &str) -> AccessibilityPage {
        let t = Tr(lang);
        AccessibilityPage {
            t,
            chrome: Chrome::new(lang, &t.get("a11y-title"), false, path),
        }
    }
}

/// One path of the decision table on the about page.
pub struct PathRow {
    pub answers: Vec<AnswerRow>,
    pub result: Cow<'static, str>,
    pub why: Cow<'static, str>,
}

/// `GET /{lang}/about-this-guide`: who the guide is for, every rule, the sources.
#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub rows: Vec<PathRow>,
}

impl AboutPage {
    pub fn new(lang: Lang, path: &str) -> AboutPage {
        let t = Tr(lang);
        let rows = every_path()
            .into_iter()
            .map(|p| PathRow {
                answers: answer_rows(lang, &p.answers),
                result: t.get(&text::outcome_title(p.outcome)),
                why: t.get(&text::reason(p.outcome.reason())),
            })
            .collect();
        AboutPage {
            t,
            chrome: Chrome::new(lang, &t.get("about-title"), false, path),
            rows,
        }
    }
}

/// Where a step lives: a question page or the result page.
pub fn step_href(lang: Lang, step: Step) -> String {
    match step {
        Step::Ask(q) => question_href(lang, q),
        Step::Done(_) => format!("/{}/result", lang.code()),
    }
}
