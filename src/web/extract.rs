//! Extractors: the edge where a request becomes typed values.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::error::UrlencodedError;
use actix_web::http::header::{HeaderName, ORIGIN};
use actix_web::{FromRequest, HttpRequest, web};

use super::cache::Pages;
use super::error::{ErrorKind, WebError};
use crate::answer_cookie::{AnswerCookie, Saved};
use crate::i18n::Lang;
use crate::metrics::{Counts, Helpful};
use crate::public_origin::PublicOrigin;
use crate::rules::{Answer, Question};

/// The typed value the router keeps for the scope or resource the request
/// reached (`routes`: a language's scope, a question's resource); a 404
/// where there is none.
fn routed<T: Copy + 'static>(req: &HttpRequest) -> Result<T, WebError> {
    req.app_data::<T>()
        .copied()
        .ok_or_else(|| WebError::new(ErrorKind::NotFound, req))
}

/// The language of the path's first segment (its scope in the router).
impl FromRequest for Lang {
    type Error = WebError;
    type Future = Ready<Result<Lang, WebError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(routed(req))
    }
}

/// The question of the path's second segment (its resource in the router).
pub struct Asked(pub Question);

impl FromRequest for Asked {
    type Error = WebError;
    type Future = Ready<Result<Asked, WebError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(routed(req).map(Asked))
    }
}

/// The instance's page store (a 500 if the server has none, which only a bug
/// can cause).
impl FromRequest for Pages {
    type Error = WebError;
    type Future = Ready<Result<Pages, WebError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Pages::of(req).ok_or_else(|| WebError::new(ErrorKind::Internal, req)))
    }
}

/// The answers saved in the request's cookie (counted in the metrics when a
/// cookie was presented).
pub struct SavedAnswers(pub Saved);

impl FromRequest for SavedAnswers {
    type Error = WebError;
    type Future = Ready<Result<SavedAnswers, WebError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match req.app_data::<web::Data<AnswerCookie>>() {
            Some(cookie) => {
                let saved = cookie.read(req);
                if let Some(metrics) = req.app_data::<web::Data<Counts>>() {
                    metrics.cookie_read(&saved);
                }
                Ok(SavedAnswers(saved))
            }
            None => Err(WebError::new(ErrorKind::Internal, req)),
        })
    }
}

/// Present only when the post came from this site. Refuses a cross-site post
/// with 403 (see [`is_same_origin`]).
pub struct SameOrigin;

const SEC_FETCH_SITE: HeaderName = HeaderName::from_static("sec-fetch-site");

impl FromRequest for SameOrigin {
    type Error = WebError;
    type Future = Ready<Result<SameOrigin, WebError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let headers = req.headers();
        let allowed = req
            .app_data::<web::Data<PublicOrigin>>()
            .is_some_and(|public| {
                is_same_origin(
                    headers.get(SEC_FETCH_SITE).map(|v| v.as_bytes()),
                    headers.get(ORIGIN).map(|v| v.as_bytes()),
                    public,
                )
            });
        ready(if allowed {
            Ok(SameOrigin)
        } else {
            Err(WebError::new(ErrorKind::CrossSite, req))
        })
    }
}

/// Whether a post with these `Sec-Fetch-Site` and `Origin` headers comes from
/// `public`, the origin the guide is served from (`PUBLIC_ORIGIN`).
///
/// When the browser sends `Sec-Fetch-Site`, only `same-origin` (and `none`, a
/// request the person made themselves) passes: `same-site` is a sibling
/// subdomain. Without it (Safari before 16.4, Firefox before 90), `Origin`
/// must be exactly `public`; `null` (a sandboxed frame, a redirect from
/// elsewhere) does not pass. Neither header at all passes: plain HTTP clients
/// send neither, and the `SameSite=Lax` cookie is the second line of defence.
/// No forwarded header (`X-Forwarded-*`, `Forwarded`) is read: any client can
/// send them.
pub fn is_same_origin(
    sec_fetch_site: Option<&[u8]>,
    origin: Option<&[u8]>,
    public: &PublicOrigin,
) -> bool {
    match (sec_fetch_site, origin) {
        (Some(site), _) => matches!(site, b"same-origin" | b"none"),
        (None, Some(origin)) => public.matches(origin),
        (None, None) => true,
    }
}

/// The largest form body accepted; a real one is under 100 bytes.
pub const FORM_LIMIT: usize = 4 * 1024;

/// Form bodies: 4 KiB at most (413), `application/x-www-form-urlencoded` only
/// (415), each as a localized error page.
pub fn form_config() -> web::FormConfig {
    web::FormConfig::default()
        .limit(FORM_LIMIT)
        .error_handler(|error, req| {
            let kind = match error {
                UrlencodedError::Overflow { .. } => ErrorKind::PayloadTooLarge,
                UrlencodedError::ContentType => ErrorKind::UnsupportedMediaType,
                _ => ErrorKind::BadForm,
            };
            WebError::new(kind, req).into()
        })
}

/// A submitted form: every `name=value` pair, in order, undecoded into types yet.
pub type FormPairs = web::Form<Vec<(String, String)>>;

/// Why a submitted answer was not accepted: the page is shown again (422).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("no option chosen")]
    Missing,
    #[error("more than one value")]
    Repeated,
    #[error("not an option")]
    Unknown,
}

/// Turns the form into the answer to `question`: its field must appear once,
/// with one of the question's option values. Other fields are ignored.
pub fn parse_answer(question: Question, pairs: &[(String, String)]) -> Result<Answer, AnswerError> {
    let mut values = pairs
        .iter()
        .filter(|(name, _)| name == question.slug())
        .map(|(_, value)| value);
    let value = values.next().ok_or(AnswerError::Missing)?;
    if values.next().is_some() {
        return Err(AnswerError::Repeated);
    }
    Answer::parse(question, value).map_err(|_| AnswerError::Unknown)
}

/// The answer to "Did this guide help you?": the `helpful` field, once,
/// exactly `yes` or `no`.
pub fn parse_helpful(pairs: &[(String, String)]) -> Option<Helpful> {
    let mut values = pairs.iter().filter(|(name, _)| name == "helpful");
    match (values.next(), values.next()) {
        (Some((_, value)), None) => Helpful::from_slug(value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::YesNo;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn only_posts_from_the_public_origin_pass() {
        let public = PublicOrigin::parse("https://guide.example").unwrap();
        let cases: &[(Option<&str>, Option<&str>, bool)] = &[
            (Some("same-origin"), None, true),
            (Some("same-origin"), Some("https://guide.example"), true),
            (Some("none"), None, true),
            (Some("same-site"), Some("https://guide.example"), false),
            (Some("cross-site"), Some("https://guide.example"), false),
            (Some("Same-Origin"), None, false),
            (Some(""), None, false),
            (None, Some("https://guide.example"), true),
            (None, Some("http://guide.example"), false),
            (None, Some("https://www.guide.example"), false),
            (None, Some("https://guide.example:443"), false),
            (None, Some("null"), false),
            (None, Some(""), false),
            (None, None, true),
        ];
        for &(site, origin, expected) in cases {
            assert_eq!(
                is_same_origin(site.map(str::as_bytes), origin.map(str::as_bytes), &public),
                expected,
                "{site:?} {origin:?}"
            );
        }
    }

    #[test]
    fn a_form_with_one_known_option_is_an_answer() {
        let q = Question::HandedIn;
        assert_eq!(
            parse_answer(q, &pairs(&[("handed-in", "yes"), ("other", "x")])),
            Ok(Answer::HandedIn(YesNo::Yes))
        );
    }

    #[test]
    fn feedback_is_one_helpful_field_with_yes_or_no() {
        assert_eq!(
            parse_helpful(&pairs(&[("helpful", "yes")])),
            Some(Helpful::Yes)
        );
        assert_eq!(
            parse_helpful(&pairs(&[("x", "1"), ("helpful", "no")])),
            Some(Helpful::No)
        );
        for form in [
            &[][..],
            &[("helpful", "maybe")][..],
            &[("helpful", "yes"), ("helpful", "no")][..],
            &[("Helpful", "yes")][..],
        ] {
            assert_eq!(parse_helpful(&pairs(form)), None, "{form:?}");
        }
    }

    #[test]
    fn invalid_forms_are_refused_with_a_reason() {
        let q = Question::HandedIn;
        let cases: &[(&[(&str, &str)], AnswerError)] = &[
            (&[], AnswerError::Missing),
            (&[("handed-in", "")], AnswerError::Unknown),
            (&[("handed-in", "maybe")], AnswerError::Unknown),
            (&[("handed-in", "YES")], AnswerError::Unknown),
            (&[("application-portal", "yes")], AnswerError::Missing),
            (
                &[("handed-in", "yes"), ("handed-in", "no")],
                AnswerError::Repeated,
            ),
            (
                &[("handed-in", "yes"), ("handed-in", "yes")],
                AnswerError::Repeated,
            ),
        ];
        for (form, expected) in cases {
            assert_eq!(parse_answer(q, &pairs(form)), Err(*expected), "{form:?}");
        }
    }
}
