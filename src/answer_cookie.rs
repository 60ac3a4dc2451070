//! The answer cookie: the only place that reads or writes it.
//!
//! The applicant's answers live only in one cookie, encrypted and authenticated
//! with the server key (the cookie crate's private jar: AES-256-GCM, with the
//! cookie name as associated data). There is no server-side session, so any
//! instance with the same key can serve any request.
//!
//! The plaintext is `v1;<issued-at unix seconds>;<question>=<option>;…`, for
//! example `v1;1764000000;application-date=before-cutoff;application-portal=yes`.
//! A cookie older than [`MAX_AGE`] counts as absent; the time is inside the
//! encrypted payload, so a client cannot extend it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, CookieJar, Key, SameSite};
use actix_web::http::header::{COOKIE, HeaderMap};

use crate::rules::{Answer, Answers, Question};

/// The cookie's name.
pub const COOKIE_NAME: &str = "rcg-answers";
/// How long saved answers stay usable after they were last saved.
pub const MAX_AGE: Duration = Duration::from_secs(2 * 60 * 60);
/// A cookie value longer than this is not even decrypted: a real one is ~250 bytes.
const MAX_VALUE_LEN: usize = 1024;
/// An issued-at time this far in the future is accepted (clocks of instances differ).
const CLOCK_SKEW: Duration = Duration::from_secs(60);
const VERSION: &str = "v1";
/// At most this many copies of the answer cookie in one request are tried.
const MAX_COPIES: usize = 4;

/// The keys that seal and open the cookie.
#[derive(Clone)]
pub struct CookieKeys {
    current: Key,
    previous: Option<Key>,
}

/// What the request's answer cookie held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// No answer cookie: a new visit.
    Absent,
    /// Valid answers. `old_key` is true when they were sealed with the previous
    /// key: the response should seal them again with the current one.
    Valid { answers: Answers, old_key: bool },
    /// A cookie was sent but cannot be used: expired, tampered, truncated, from
    /// another key, or not ours. The guide starts over and says so politely.
    Unusable,
}

impl Saved {
    /// The usable answers: empty unless valid.
    pub fn answers(&self) -> Answers {
        match self {
            Saved::Valid { answers, .. } => *answers,
            Saved::Absent | Saved::Unusable => Answers::default(),
        }
    }
}

/// Why a payload was refused. Never shown to users; never logged with content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    #[error("malformed payload")]
    Malformed,
    #[error("expired")]
    Expired,
}

impl CookieKeys {
    /// Keys from raw bytes: at least 64 each (the first 64 are used).
    pub fn new(current: &[u8], previous: Option<&[u8]>) -> Result<CookieKeys, KeyTooShort> {
        let key = |bytes: &[u8]| Key::try_from(bytes).map_err(|_| KeyTooShort);
        Ok(CookieKeys {
            current: key(current)?,
            previous: previous.map(key).transpose()?,
        })
    }

    /// A fresh random key, for development only.
    pub fn generate() -> CookieKeys {
        CookieKeys {
            current: Key::generate(),
            previous: None,
        }
    }

    /// Reads the answer cookie of `req`.
    ///
    /// Reads the raw `Cookie` headers rather than actix's parsed cookies: one
    /// header that is not UTF-8, or one malformed cookie of someone else's,
    /// makes actix drop every cookie of the request, and with them the
    /// applicant's answers. When the answer cookie comes more than once (a
    /// cookie set for a parent domain by a sibling site), the first one that
    /// opens wins, so a planted cookie cannot wipe the real one.
    pub fn read(&self, req: &HttpRequest, now: SystemTime) -> Saved {
        let mut saved = Saved::Absent;
        for value in cookie_values(req.headers()).take(MAX_COPIES) {
            saved = self.open(value, now);
            if matches!(saved, Saved::Valid { .. }) {
                break;
            }
        }
        saved
    }

    /// Opens a sealed cookie value.
    pub fn open(&self, sealed: &str, now: SystemTime) -> Saved {
        if sealed.len() > MAX_VALUE_LEN {
            return Saved::Unusable;
        }
        let keys = std::iter::once((&self.current, false))
            .chain(self.previous.iter().map(|key| (key, true)));
        for (key, old_key) in keys {
            let jar = CookieJar::new();
            let cookie = Cookie::new(COOKIE_NAME, sealed.to_owned());
            if let Some(plain) = jar.private(key).decrypt(cookie) {
                return match decode_payload(plain.value(), now) {
                    Ok(answers) => Saved::Valid { answers, old_key },
                    Err(_) => Saved::Unusable,
                };
            }
        }
        Saved::Unusable
    }

    /// The `Set-Cookie` for these answers, issued now. `secure` adds `Secure`.
    pub fn seal(&self, answers: &Answers, now: SystemTime, secure: bool) -> Cookie<'static> {
        let mut jar = CookieJar::new();
        jar.private_mut(&self.current)
            .add(Cookie::new(COOKIE_NAME, encode_payload(answers, now)));
        let mut cookie = jar
            .get(COOKIE_NAME)
            .cloned()
            .expect("the jar holds the cookie just added");
        set_attributes(&mut cookie, secure);
        cookie
    }
}

/// Every value of the answer cookie in `headers`, in order. A value that is
/// not UTF-8 comes as `""`, which never opens.
fn cookie_values(headers: &HeaderMap) -> impl Iterator<Item = &str> {
    headers
        .get_all(COOKIE)
        .flat_map(|header| header.as_bytes().split(|&b| b == b';'))
        .filter_map(|pair| {
            let (name, value) = pair.trim_ascii().split_at_checked(COOKIE_NAME.len() + 1)?;
            (name.strip_suffix(b"=")? == COOKIE_NAME.as_bytes())
                .then(|| std::str::from_utf8(value.trim_ascii()).unwrap_or(""))
        })
}

/// A cookie key shorter than 64 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a cookie key must be at least 64 bytes")]
pub struct KeyTooShort;

/// The `Set-Cookie` that deletes the answer cookie.
pub fn removal(secure: bool) -> Cookie<'static> {
    let mut cookie = Cookie::new(COOKIE_NAME, "");
    set_attributes(&mut cookie, secure);
    cookie.make_removal();
    cookie
}

/// `HttpOnly`, `SameSite=Lax`, `Path=/`, `Secure` in production, no `Max-Age`:
/// the browser drops it when it closes.
fn set_attributes(cookie: &mut Cookie<'static>, secure: bool) {
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Lax);
    cookie.set_path("/");
    cookie.set_secure(secure);
}

fn unix_seconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The plaintext for `answers`, issued at `now`. Only answers on the current
/// path are written.
pub fn encode_payload(answers: &Answers, now: SystemTime) -> String {
    let mut out = format!("{VERSION};{}", unix_seconds(now));
    for answer in answers.pruned().iter() {
        out.push(';');
        out.push_str(answer.question().slug());
        out.push('=');
        out.push_str(answer.option_slug());
    }
    out
}

/// Parses a plaintext payload; refuses anything not exactly as
/// [`encode_payload`] writes it, and anything issued more than [`MAX_AGE`] ago.
pub fn decode_payload(payload: &str, now: SystemTime) -> Result<Answers, PayloadError> {
    let mut parts = payload.split(';');
    if parts.next() != Some(VERSION) {
        return Err(PayloadError::Malformed);
    }
    let issued: u64 = parts
        .next()
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|s| s.parse().ok())
        .ok_or(PayloadError::Malformed)?;
    let now = unix_seconds(now);
    if issued > now.saturating_add(CLOCK_SKEW.as_secs())
        || now.saturating_sub(issued) > MAX_AGE.as_secs()
    {
        return Err(PayloadError::Expired);
    }
    let mut answers = Answers::default();
    for pair in parts {
        let (slug, value) = pair.split_once('=').ok_or(PayloadError::Malformed)?;
        let question = Question::from_slug(slug).ok_or(PayloadError::Malformed)?;
        if answers.get(question).is_some() {
            return Err(PayloadError::Malformed);
        }
        answers.set(Answer::parse(question, value).map_err(|_| PayloadError::Malformed)?);
    }
    Ok(answers.pruned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{ApplicationDate, ApplicationType, YesNo};

    fn sample() -> Answers {
        Answers::default()
            .with(Answer::ApplicationDate(ApplicationDate::OnOrAfterCutoff))
            .with(Answer::ApplicationType(ApplicationType::Renewal))
            .with(Answer::ExpiredTravelDocument(YesNo::Yes))
    }

    fn keys() -> CookieKeys {
        CookieKeys::new(&[7; 64], None).unwrap()
    }

    #[test]
    fn sealed_answers_open_again() {
        let now = SystemTime::now();
        let cookie = keys().seal(&sample(), now, false);
        assert_eq!(
            keys().open(cookie.value(), now),
            Saved::Valid {
                answers: sample(),
                old_key: false
            }
        );
    }

    #[test]
    fn the_payload_is_encrypted_not_just_signed() {
        let cookie = keys().seal(&sample(), SystemTime::now(), false);
        assert!(!cookie.value().contains("renewal"));
        assert!(!cookie.value().contains('%'));
    }

    #[test]
    fn cookies_older_than_two_hours_are_unusable() {
        let then = SystemTime::now();
        let cookie = keys().seal(&sample(), then, false);
        let later = then + MAX_AGE + Duration::from_secs(1);
        assert_eq!(keys().open(cookie.value(), later), Saved::Unusable);
        let just_in_time = then + MAX_AGE;
        assert!(matches!(
            keys().open(cookie.value(), just_in_time),
            Saved::Valid { .. }
        ));
    }

    #[test]
    fn a_cookie_from_the_previous_key_is_read_and_marked_for_resealing() {
        let now = SystemTime::now();
        let old = CookieKeys::new(&[1; 64], None).unwrap();
        let rotated = CookieKeys::new(&[2; 64], Some(&[1; 64])).unwrap();
        let cookie = old.seal(&sample(), now, false);
        assert_eq!(
            rotated.open(cookie.value(), now),
            Saved::Valid {
                answers: sample(),
                old_key: true
            }
        );
        assert_eq!(keys().open(cookie.value(), now), Saved::Unusable);
    }

    #[test]
    fn cookie_attributes_follow_the_design() {
        let cookie = keys().seal(&sample(), SystemTime::now(), true);
        assert_eq!(cookie.http_only(), Some(true));
        assert_eq!(cookie.same_site(), Some(SameSite::Lax));
        assert_eq!(cookie.path(), Some("/"));
        assert_eq!(cookie.secure(), Some(true));
        assert_eq!(cookie.max_age(), None);
        assert_eq!(cookie.expires(), None);
        let dev = keys().seal(&sample(), SystemTime::now(), false);
        assert_eq!(dev.secure(), Some(false));
    }

    #[test]
    fn payloads_not_written_by_us_are_refused() {
        let now = SystemTime::now();
        let t = unix_seconds(now);
        for bad in [
            String::new(),
            "v2;0".into(),
            format!("v1;{t};application-date=later"),
            format!("v1;{t};nope=yes"),
            format!("v1;{t};application-date"),
            format!("v1;+{t}"),
            format!("v1;{t};application-date=before-cutoff;application-date=before-cutoff"),
            format!("v1;{}", t + 3600),
        ] {
            assert!(decode_payload(&bad, now).is_err(), "{bad:?}");
        }
        assert_eq!(
            decode_payload(&format!("v1;{t}"), now),
            Ok(Answers::default())
        );
    }

    #[test]
    fn the_cookie_is_read_from_the_raw_headers_and_a_planted_copy_loses() {
        use actix_web::test::TestRequest;
        let now = SystemTime::now();
        let good = keys().seal(&sample(), now, false).value().to_owned();
        let valid = Saved::Valid {
            answers: sample(),
            old_key: false,
        };
        let read = |headers: &[&[u8]]| {
            let mut request = TestRequest::default();
            for header in headers {
                let value = actix_web::http::header::HeaderValue::from_bytes(header).unwrap();
                request = request.append_header((COOKIE, value));
            }
            keys().read(&request.to_http_request(), now)
        };
        let pair = format!("{COOKIE_NAME}={good}");
        let cases: Vec<(Vec<Vec<u8>>, Saved)> = vec![
            (vec![], Saved::Absent),
            (vec![b"other=1; rcg-answersx=1".to_vec()], Saved::Absent),
            (vec![pair.clone().into_bytes()], valid.clone()),
            (
                vec![format!(" a=1;{pair} ; b=2").into_bytes()],
                valid.clone(),
            ),
            (
                vec![format!("{COOKIE_NAME}=x; {pair}").into_bytes()],
                valid.clone(),
            ),
            (
                vec![format!("{pair}; {COOKIE_NAME}=x").into_bytes()],
                valid.clone(),
            ),
            (
                vec![b"a=\xff".to_vec(), pair.clone().into_bytes()],
                valid.clone(),
            ),
            (
                vec![format!("{COOKIE_NAME}=x").into_bytes()],
                Saved::Unusable,
            ),
            (
                vec![format!("{COOKIE_NAME}=").into_bytes()],
                Saved::Unusable,
            ),
            (vec![b"rcg-answers=\xff".to_vec()], Saved::Unusable),
        ];
        for (headers, expected) in cases {
            let slices: Vec<&[u8]> = headers.iter().map(Vec::as_slice).collect();
            assert_eq!(read(&slices), expected, "{headers:?}");
        }
    }

    #[test]
    fn too_short_keys_are_refused() {
        assert_eq!(CookieKeys::new(&[0; 63], None).err(), Some(KeyTooShort));
        assert!(CookieKeys::new(&[0; 64], Some(&[0; 10])).is_err());
    }
}
