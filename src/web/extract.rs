//! Extractors: the edge where a request becomes typed values.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::error::UrlencodedError;
use actix_web::http::header::{HeaderName, ORIGIN};
use actix_web::{FromRequest, HttpRequest, web};

use super::error::{ErrorKind, WebError};
use crate::answer_cookie::{AnswerCookie, Saved};
use crate::i18n::Lang;
use crate::metrics::Helpful;
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

/// The answers saved in the request's cookie.
pub struct SavedAnswers(pub Saved);

impl FromRequest for SavedAnswers {
    type Error = WebError;
    type Future = Ready<Result<SavedAnswers, WebError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match req.app_data::<web::Data<AnswerCookie>>() {
            Some(cookie) => Ok(SavedAnswers(cookie.read(req))),
            None => Err(WebError::new(ErrorKind::Internal, req)),
        })
    }
}

/// Present only when the post came from this site. Refuses a cross-site post
/// with 403: by `Sec-Fetch-Site` when the browser sends it, else by `Origin`
/// (which must be `null` or this site's own origin). No header at all is
/// allowed: old browsers and plain HTTP clients send neither, and the
/// `SameSite=Lax` cookie is the second line of defence.
pub struct SameOrigin;

const SEC_FETCH_SITE: HeaderName = HeaderName::from_static("sec-fetch-site");

impl FromRequest for SameOrigin {
    type Error = WebError;
    type Future = Ready<Result<SameOrigin, WebError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let headers = req.headers();
        let allowed = if let Some(site) = headers.get(SEC_FETCH_SITE) {
            site.as_bytes() != b"cross-site"
        } else if let Some(origin) = headers.get(ORIGIN) {
            let info = req.connection_info();
            let own = format!("{}://{}", info.scheme(), info.host());
            origin.as_bytes() == b"null" || origin.as_bytes() == own.as_bytes()
        } else {
            true
        };
        ready(if allowed {
            Ok(SameOrigin)
        } else {
            Err(WebError::new(ErrorKind::CrossSite, req))
        })
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
