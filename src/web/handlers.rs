//! Thin handlers: parse, decide, render.

use std::time::SystemTime;

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, LOCATION, VARY};
use actix_web::{HttpRequest, HttpResponse, web};

use super::cache::{self, PageKey};
use super::extract::{Asked, FormPairs, SameOrigin, SavedAnswers, parse_answer};
use super::pages::{AboutPage, AccessibilityPage, QuestionPage, ResultPage, StartPage};
use super::{
    AppState, ErrorKind, STYLESHEET, WebError, accept_language, question_href, start_href,
    step_href,
};
use crate::answer_cookie::{Saved, removal};
use crate::i18n::Lang;
use crate::rules::{Answers, Journey, Question, Step};

/// The query that asks a page to say the earlier answers could not be used.
const NOTICE_QUERY: &str = "notice=answers-lost";

/// `GET /`: to the start page in the browser's language.
#[tracing::instrument(skip_all)]
pub async fn root(req: HttpRequest) -> HttpResponse {
    let lang = Lang::negotiate(accept_language(&req));
    let mut response = see_other(start_href(lang));
    response.headers_mut().insert(
        VARY,
        actix_web::http::header::HeaderValue::from_static("Accept-Language"),
    );
    response
}

/// `GET /{lang}`: add the slash.
pub async fn lang_root(lang: Lang) -> HttpResponse {
    see_other(start_href(lang))
}

/// `GET /healthz`
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/plain; charset=utf-8"))
        .body("ok")
}

/// `GET /static/style.css`: cacheable, unlike every page.
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/css; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(STYLESHEET)
}

/// `GET /{lang}/`
#[tracing::instrument(skip_all)]
pub async fn start(lang: Lang) -> HttpResponse {
    cache::page(StatusCode::OK, PageKey::Start(lang), || {
        StartPage::new(lang, &start_href(lang))
    })
}

/// `GET /{lang}/{question}`: the question with its saved answer checked.
#[tracing::instrument(skip_all)]
pub async fn question(
    req: HttpRequest,
    lang: Lang,
    Asked(question): Asked,
    SavedAnswers(saved): SavedAnswers,
    state: web::Data<AppState>,
) -> HttpResponse {
    if saved == Saved::Unusable {
        return start_over(lang, &state);
    }
    let answers = saved.answers();
    if !answers.can_ask(question) {
        return see_other(step_href(lang, Journey::of(&answers).next));
    }
    let response = question_page(StatusCode::OK, lang, question, &answers, notice(&req));
    reseal_if_old_key(response, &saved, &state)
}

/// `POST /{lang}/{question}`: save the answer and go on, or show the error.
#[tracing::instrument(skip_all)]
pub async fn answer(
    lang: Lang,
    Asked(question): Asked,
    _: SameOrigin,
    SavedAnswers(saved): SavedAnswers,
    form: FormPairs,
    state: web::Data<AppState>,
) -> HttpResponse {
    // A cookie we cannot use is dropped: the guide starts over from this answer.
    let lost = saved == Saved::Unusable;
    let answers = saved.answers();
    if !answers.can_ask(question) {
        let next = Journey::of(&answers).next;
        return forget_if(
            lost,
            &state,
            see_other(with_notice(step_href(lang, next), lost)),
        );
    }
    match parse_answer(question, &form) {
        Err(_) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let response = question_page(status, lang, question, &answers, lost);
            forget_if(lost, &state, response)
        }
        Ok(answer) => {
            let answers = answers.with(answer);
            let next = step_href(lang, Journey::of(&answers).next);
            let mut response = see_other(with_notice(next, lost));
            let cookie = state
                .keys
                .seal(&answers, SystemTime::now(), state.secure_cookie);
            set_cookie(&mut response, &cookie);
            response
        }
    }
}

/// `GET /{lang}/result`: the outcome, or the first unanswered question.
#[tracing::instrument(skip_all)]
pub async fn result(
    req: HttpRequest,
    lang: Lang,
    SavedAnswers(saved): SavedAnswers,
    state: web::Data<AppState>,
) -> HttpResponse {
    if saved == Saved::Unusable {
        return start_over(lang, &state);
    }
    let journey = Journey::of(&saved.answers());
    match journey.next {
        Step::Ask(question) => see_other(step_href(lang, Step::Ask(question))),
        Step::Done(outcome) => {
            let notice = notice(&req);
            let key = PageKey::Result {
                lang,
                answers: saved.answers(),
                notice,
            };
            let response = cache::page(StatusCode::OK, key, || {
                let path = step_href(lang, Step::Done(outcome));
                ResultPage::new(lang, &path, outcome, &journey, notice)
            });
            reseal_if_old_key(response, &saved, &state)
        }
    }
}

/// `POST /{lang}/start-again`: forget every answer.
#[tracing::instrument(skip_all)]
pub async fn start_again(lang: Lang, _: SameOrigin, state: web::Data<AppState>) -> HttpResponse {
    forget_if(true, &state, see_other(start_href(lang)))
}

/// `GET /{lang}/accessibility`
pub async fn accessibility(lang: Lang) -> HttpResponse {
    cache::page(StatusCode::OK, PageKey::Accessibility(lang), || {
        AccessibilityPage::new(lang, &format!("/{}/accessibility", lang.code()))
    })
}

/// `GET /{lang}/about-this-guide`
pub async fn about(lang: Lang) -> HttpResponse {
    cache::page(StatusCode::OK, PageKey::About(lang), || {
        AboutPage::new(lang, &format!("/{}/about-this-guide", lang.code()))
    })
}

/// Anything else: a localized 404.
pub async fn not_found(req: HttpRequest) -> Result<HttpResponse, WebError> {
    Err(WebError::new(ErrorKind::NotFound, &req))
}

/// A question page: shown again with its error when `status` is 422.
fn question_page(
    status: StatusCode,
    lang: Lang,
    question: Question,
    answers: &Answers,
    notice: bool,
) -> HttpResponse {
    let error = status == StatusCode::UNPROCESSABLE_ENTITY;
    let key = PageKey::Question {
        lang,
        question,
        answers: *answers,
        error,
        notice,
    };
    cache::page(status, key, || {
        let path = question_href(lang, question);
        QuestionPage::new(lang, &path, question, answers, error, notice)
    })
}

/// `303 See Other` to `location`.
fn see_other(location: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}

/// The saved answers could not be used: delete them and begin again, saying so.
fn start_over(lang: Lang, state: &AppState) -> HttpResponse {
    let first = step_href(lang, Step::Ask(Question::FIRST));
    forget_if(true, state, see_other(with_notice(first, true)))
}

fn with_notice(href: String, lost: bool) -> String {
    if lost {
        format!("{href}?{NOTICE_QUERY}")
    } else {
        href
    }
}

fn notice(req: &HttpRequest) -> bool {
    req.query_string().split('&').any(|p| p == NOTICE_QUERY)
}

/// Adds the `Set-Cookie` that deletes the answers, when `forget` is true.
fn forget_if(forget: bool, state: &AppState, mut response: HttpResponse) -> HttpResponse {
    if forget {
        set_cookie(&mut response, &removal(state.secure_cookie));
    }
    response
}

/// Answers sealed with the previous key are sealed again with the current one.
fn reseal_if_old_key(mut response: HttpResponse, saved: &Saved, state: &AppState) -> HttpResponse {
    if let Saved::Valid {
        answers,
        old_key: true,
    } = saved
    {
        let cookie = state
            .keys
            .seal(answers, SystemTime::now(), state.secure_cookie);
        set_cookie(&mut response, &cookie);
    }
    response
}

fn set_cookie(response: &mut HttpResponse, cookie: &actix_web::cookie::Cookie<'_>) {
    if let Err(error) = response.add_cookie(cookie) {
        // Only possible for a value that is not a valid header; ours never are.
        tracing::error!(%error, "could not set the answer cookie");
    }
}
