//! Thin handlers: parse, decide, render.
//!
//! Each handler's span is at `debug`: at the normal level every line logged
//! while a request is handled already carries the request's span (its id and
//! method, `telemetry::RequestSpan`), and a second span per request cost more
//! than routing it (docs/operations.md).

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, LOCATION, VARY};
use actix_web::{HttpRequest, HttpResponse, web};

use super::assets::{FAVICON_ICO, ICON, STYLESHEET};
use super::cache::{PageKey, Pages};
use super::crawl::{RobotsTxt, SitemapXml};
use super::error::{ErrorKind, WebError};
use super::extract::{Asked, FormPairs, SameOrigin, SavedAnswers, parse_answer, parse_helpful};
use super::href::{Feedback, Href, Notice};
use super::lifecycle::Lifecycle;
use super::pages::QuestionState;
use super::request_lang::accept_language;
use crate::answer_cookie::{AnswerCookie, FeedbackState, Lost, Saved, Seal};
use crate::i18n::Lang;
use crate::metrics::Counts;
use crate::rules::{Answers, Journey, Question, Step};
use askama::Template;

/// `GET /`: to the start page in the browser's language.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn root(req: HttpRequest) -> HttpResponse {
    let lang = Lang::negotiate(accept_language(&req));
    let mut response = see_other(Href::Start.to(lang));
    response
        .headers_mut()
        .insert(VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// `GET /{lang}`: add the slash.
pub async fn lang_root(lang: Lang) -> HttpResponse {
    see_other(Href::Start.to(lang))
}

/// `GET /healthz`: `200 ok` while the instance takes traffic, `503
/// draining` once it is shutting down (the load balancer's readiness check).
pub async fn healthz(lifecycle: web::Data<Lifecycle>) -> HttpResponse {
    let (mut response, body) = if lifecycle.is_draining() {
        (HttpResponse::ServiceUnavailable(), "draining")
    } else {
        (HttpResponse::Ok(), "ok")
    };
    response
        .insert_header((CONTENT_TYPE, "text/plain; charset=utf-8"))
        .body(body)
}

/// How long a versioned static file may be cached: for good (its URL
/// changes with its content).
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// `GET /static/style.css`: cacheable, unlike every page.
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/css; charset=utf-8"))
        .insert_header((CACHE_CONTROL, IMMUTABLE))
        .body(STYLESHEET)
}

/// `GET /static/icon.svg`: the icon every page links to, cached as the stylesheet.
pub async fn icon() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "image/svg+xml"))
        .insert_header((CACHE_CONTROL, IMMUTABLE))
        .body(ICON)
}

/// `GET /favicon.ico`: the icon for browsers that ask for it unasked. Its
/// address cannot change with it, so it is cached for a day only.
pub async fn favicon_ico() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "image/x-icon"))
        .insert_header((CACHE_CONTROL, "public, max-age=86400"))
        .body(FAVICON_ICO)
}

/// `GET /robots.txt`: what crawlers may fetch, and where the sitemap is.
pub async fn robots_txt(pages: Pages) -> HttpResponse {
    crawl_file(
        "text/plain; charset=utf-8",
        RobotsTxt::new(pages.0.origin()).render(),
    )
}

/// `GET /sitemap.xml`: every indexable page in every language.
pub async fn sitemap_xml(pages: Pages) -> HttpResponse {
    crawl_file(
        "application/xml; charset=utf-8",
        SitemapXml::new(pages.0.origin()).render(),
    )
}

/// A file for crawlers, cached for a day: it changes only with a new release.
fn crawl_file(content_type: &'static str, body: askama::Result<String>) -> HttpResponse {
    match body {
        Ok(body) => HttpResponse::Ok()
            .insert_header((CONTENT_TYPE, content_type))
            .insert_header((CACHE_CONTROL, "public, max-age=86400"))
            .body(body),
        Err(error) => {
            tracing::error!(%error, "template failed to render");
            HttpResponse::InternalServerError().finish()
        }
    }
}

/// `GET /{lang}/`
#[tracing::instrument(level = "debug", skip_all)]
pub async fn start(lang: Lang, pages: Pages, metrics: web::Data<Counts>) -> HttpResponse {
    page(&metrics, pages, PageKey::Start(lang))
}

/// `GET /{lang}/{question}`: the question with its saved answer checked.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn question(
    req: HttpRequest,
    lang: Lang,
    Asked(question): Asked,
    SavedAnswers(saved): SavedAnswers,
    pages: Pages,
    cookie: web::Data<AnswerCookie>,
    metrics: web::Data<Counts>,
) -> HttpResponse {
    let notice = Notice::from_query(req.query_string());
    if let Saved::Unusable(cause) = saved {
        let asked = (Href::Question(question), notice);
        return start_over(lang, asked, cause, pages, &cookie, &metrics);
    }
    let answers = saved.answers();
    if !answers.can_ask(question) {
        return see_other(Href::step(Journey::of(&answers).next).to(lang));
    }
    let response = page(
        &metrics,
        pages,
        PageKey::Question {
            lang,
            question,
            answers,
            state: QuestionState::Asking,
            notice,
        },
    );
    reseal_if_outdated(response, &saved, &cookie)
}

/// `POST /{lang}/{question}`: save the answer and go on, or show the error.
#[tracing::instrument(level = "debug", skip_all)]
#[allow(
    clippy::too_many_arguments,
    reason = "each argument is an extractor: the request parsed into types at the edge"
)]
pub async fn answer(
    lang: Lang,
    Asked(question): Asked,
    _: SameOrigin,
    SavedAnswers(saved): SavedAnswers,
    form: FormPairs,
    pages: Pages,
    cookie: web::Data<AnswerCookie>,
    metrics: web::Data<Counts>,
) -> HttpResponse {
    // A cookie we cannot use is dropped: the guide starts over from this answer.
    let notice = match saved {
        Saved::Unusable(cause) => {
            metrics.answers_lost(cause);
            Notice::AnswersLost
        }
        Saved::Absent | Saved::Valid { .. } => Notice::None,
    };
    let answers = saved.answers();
    let response = if !answers.can_ask(question) {
        see_other(Href::step(Journey::of(&answers).next).with_notice(lang, notice))
    } else {
        match parse_answer(question, &form) {
            Err(_) => page(
                &metrics,
                pages,
                PageKey::Question {
                    lang,
                    question,
                    answers,
                    state: QuestionState::Refused,
                    notice,
                },
            ),
            Ok(answer) => {
                metrics.answered(question, lang);
                let changed = answers.with(answer);
                // The same answer again keeps its feedback given; new answers
                // (another outcome, or none yet) may have theirs.
                let feedback = match saved {
                    Saved::Valid { feedback, .. } if changed == answers => feedback,
                    Saved::Valid { .. } | Saved::Absent | Saved::Unusable(_) => FeedbackState::Open,
                };
                let next = Href::step(Journey::of(&changed).next);
                let mut response = see_other(next.with_notice(lang, notice));
                set_cookie(&mut response, &cookie.seal_with(&changed, feedback));
                return response;
            }
        }
    };
    match notice {
        Notice::AnswersLost => forget(response, &cookie),
        Notice::None => response,
    }
}

/// `GET /{lang}/result`: the outcome, or the first unanswered question.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn result(
    req: HttpRequest,
    lang: Lang,
    SavedAnswers(saved): SavedAnswers,
    pages: Pages,
    cookie: web::Data<AnswerCookie>,
    metrics: web::Data<Counts>,
) -> HttpResponse {
    if let Saved::Unusable(cause) = saved {
        let asked = (Href::Result, Notice::None);
        return start_over(lang, asked, cause, pages, &cookie, &metrics);
    }
    let answers = saved.answers();
    match Journey::of(&answers).next {
        step @ Step::Ask(_) => see_other(Href::step(step).to(lang)),
        Step::Done(_) => {
            let query = req.query_string();
            let response = page(
                &metrics,
                pages,
                PageKey::Result {
                    lang,
                    answers,
                    notice: Notice::from_query(query),
                    feedback: Feedback::from_query(query),
                },
            );
            reseal_if_outdated(response, &saved, &cookie)
        }
    }
}

/// `POST /{lang}/feedback`: count "Did this guide help you?" for the outcome
/// the saved answers reach, then back to the result, which thanks.
///
/// Counted only for valid answers that end at an outcome, and once for them:
/// the cookie is sealed again with their feedback given, and a cookie that
/// says so is thanked without counting.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn feedback(
    lang: Lang,
    _: SameOrigin,
    SavedAnswers(saved): SavedAnswers,
    form: FormPairs,
    pages: Pages,
    cookie: web::Data<AnswerCookie>,
    metrics: web::Data<Counts>,
) -> HttpResponse {
    let (answers, given) = match saved {
        Saved::Unusable(cause) => {
            let asked = (Href::Feedback, Notice::None);
            return start_over(lang, asked, cause, pages, &cookie, &metrics);
        }
        // No answers: the result page sends the applicant on.
        Saved::Absent => return see_other(Href::Result.to(lang)),
        Saved::Valid {
            answers, feedback, ..
        } => (answers, feedback),
    };
    let Step::Done(outcome) = Journey::of(&answers).next else {
        // No outcome yet: the result page sends the applicant on.
        return see_other(Href::Result.to(lang));
    };
    match (parse_helpful(&form), given) {
        (None, _) => see_other(Feedback::Asking.result_href(lang)),
        (Some(_), FeedbackState::Given) => see_other(Feedback::Thanked.result_href(lang)),
        (Some(helpful), FeedbackState::Open) => {
            metrics.feedback(outcome, lang, helpful);
            let mut response = see_other(Feedback::Thanked.result_href(lang));
            set_cookie(
                &mut response,
                &cookie.seal_with(&answers, FeedbackState::Given),
            );
            response
        }
    }
}

/// `POST /{lang}/start-again`: forget every answer.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn start_again(
    lang: Lang,
    _: SameOrigin,
    cookie: web::Data<AnswerCookie>,
    metrics: web::Data<Counts>,
) -> HttpResponse {
    metrics.start_again(lang);
    forget(see_other(Href::Start.to(lang)), &cookie)
}

/// `GET /{lang}/accessibility`
pub async fn accessibility(lang: Lang, pages: Pages) -> HttpResponse {
    pages.0.page(PageKey::Accessibility(lang))
}

/// `GET /{lang}/about-this-guide`
pub async fn about(lang: Lang, pages: Pages) -> HttpResponse {
    pages.0.page(PageKey::About(lang))
}

/// Anything else: a localized 404.
pub async fn not_found(req: HttpRequest) -> Result<HttpResponse, WebError> {
    Err(WebError::new(ErrorKind::NotFound, &req))
}

/// The page for `key` from the store, counted in the guide's funnel.
fn page(metrics: &Counts, pages: Pages, key: PageKey) -> HttpResponse {
    match key {
        PageKey::Start(lang) => metrics.start(lang),
        PageKey::Question {
            lang,
            question,
            state: QuestionState::Asking,
            ..
        } => metrics.question_shown(question, lang),
        PageKey::Question {
            question,
            state: QuestionState::Refused,
            ..
        } => metrics.validation_error(question),
        PageKey::Result { lang, answers, .. } => {
            if let Step::Done(outcome) = Journey::of(&answers).next {
                metrics.outcome(outcome, lang);
            }
        }
        PageKey::Accessibility(_) | PageKey::About(_) => {}
    }
    pages.0.page(key)
}

/// `303 See Other` to `location`.
fn see_other(location: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}

/// The saved answers could not be used: delete them and begin again at the
/// first question, saying so (`?notice=answers-lost`). A request for that
/// very page gets it at once; any other is sent there. So it takes at most
/// one redirect, even when the browser sends the same cookie again (one set
/// for a parent domain or a narrower path, which our deletion cannot reach).
fn start_over(
    lang: Lang,
    asked: (Href, Notice),
    cause: Lost,
    pages: Pages,
    cookie: &AnswerCookie,
    metrics: &Counts,
) -> HttpResponse {
    metrics.answers_lost(cause);
    let first = Href::Question(Question::FIRST);
    let response = if asked == (first, Notice::AnswersLost) {
        page(
            metrics,
            pages,
            PageKey::Question {
                lang,
                question: Question::FIRST,
                answers: Answers::default(),
                state: QuestionState::Asking,
                notice: Notice::AnswersLost,
            },
        )
    } else {
        see_other(first.with_notice(lang, Notice::AnswersLost))
    };
    forget(response, cookie)
}

/// Adds the `Set-Cookie` that deletes the answers.
fn forget(mut response: HttpResponse, cookie: &AnswerCookie) -> HttpResponse {
    set_cookie(&mut response, &cookie.removal());
    response
}

/// Answers sealed with the previous key (or name) are sealed again with the current one.
fn reseal_if_outdated(
    mut response: HttpResponse,
    saved: &Saved,
    cookie: &AnswerCookie,
) -> HttpResponse {
    if let Saved::Valid {
        answers,
        seal: Seal::Outdated,
        feedback,
    } = saved
    {
        set_cookie(&mut response, &cookie.seal_with(answers, *feedback));
    }
    response
}

fn set_cookie(response: &mut HttpResponse, cookie: &actix_web::cookie::Cookie<'_>) {
    if let Err(error) = response.add_cookie(cookie) {
        // Only possible for a value that is not a valid header; ours never are.
        tracing::error!(%error, "could not set the answer cookie");
    }
}
