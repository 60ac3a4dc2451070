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
use aes_gcm::aead::{AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce, Tag};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::rules::{Answer, Answers, Question};

/// The cookie's name over plain HTTP (development).
pub const COOKIE_NAME: &str = "rcg-answers";
/// The cookie's name over HTTPS (production): the `__Host-` prefix makes the
/// browser refuse it unless it is `Secure`, has `Path=/` and no `Domain`, so a
/// sibling subdomain cannot set or shadow it.
pub const HOST_COOKIE_NAME: &str = "__Host-rcg-answers";
/// How long saved answers stay usable after they were last saved.
pub const MAX_AGE: Duration = Duration::from_secs(2 * 60 * 60);
/// A cookie value longer than this is not even decrypted: a real one is ~250 bytes.
const MAX_VALUE_LEN: usize = 1024;
/// The most bytes a value of [`MAX_VALUE_LEN`] decodes to.
const MAX_SEALED_LEN: usize = MAX_VALUE_LEN / 4 * 3;
/// A sealed value is a nonce, the ciphertext and a tag (the cookie crate's
/// private jar: AES-256-GCM).
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// An issued-at time this far in the future is accepted (clocks of instances differ).
const CLOCK_SKEW: Duration = Duration::from_secs(60);
const VERSION: &str = "v1";
/// At most this many copies of the answer cookie in one request are tried.
const MAX_COPIES: usize = 4;

/// The keys that seal and open the cookie.
#[derive(Clone)]
pub struct CookieKeys {
    /// Seals, through the cookie crate's private jar.
    current: Key,
    /// Open: the ciphers of the current and the previous key, each made once,
    /// so that opening a cookie does not schedule an AES key every request.
    opens_current: Aes256Gcm,
    opens_previous: Option<Aes256Gcm>,
}

/// How the guide is reached: this sets the cookie's name and `Secure`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// Plain HTTP is allowed (development): name [`COOKIE_NAME`], no `Secure`,
    /// so `http://127.0.0.1` works in every browser.
    Http,
    /// HTTPS only (production): name [`HOST_COOKIE_NAME`], `Secure`.
    Https,
}

impl Transport {
    /// The name the cookie is written under.
    pub const fn name(self) -> &'static str {
        match self {
            Transport::Http => COOKIE_NAME,
            Transport::Https => HOST_COOKIE_NAME,
        }
    }

    /// Names still read, after [`Transport::name`]: over HTTPS, the plain name
    /// production used before the `__Host-` prefix, so that nobody walking the
    /// guide during that deploy loses their answers.
    const fn older_names(self) -> &'static [&'static str] {
        match self {
            Transport::Http => &[],
            Transport::Https => &[COOKIE_NAME],
        }
    }

    const fn secure(self) -> bool {
        match self {
            Transport::Http => false,
            Transport::Https => true,
        }
    }
}

/// The answer cookie of this server: its keys and its transport. Handlers ask
/// it to read, seal and remove the cookie; nothing else touches the cookie.
#[derive(Clone)]
pub struct AnswerCookie {
    keys: CookieKeys,
    transport: Transport,
}

/// What the request's answer cookie held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// No answer cookie: a new visit.
    Absent,
    /// Valid answers, and whether the response should seal them again.
    Valid { answers: Answers, seal: Seal },
    /// A cookie was sent but cannot be used. The guide starts over and says
    /// so politely.
    Unusable(Lost),
}

/// Why sent answers could not be used: a fixed set, counted in the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lost {
    /// Opened, but saved more than [`MAX_AGE`] ago (or too far in the future).
    Expired,
    /// A well-formed sealed value that no key of this server opens: most often
    /// sealed by an instance with another `COOKIE_KEY` (or a key retired too
    /// soon); a tampered value looks the same.
    UnknownKey,
    /// Not a sealed value at all (truncated, garbage, too long), or a payload
    /// that is not ours.
    Unreadable,
}

impl Lost {
    pub const ALL: [Lost; 3] = [Lost::Expired, Lost::UnknownKey, Lost::Unreadable];

    /// The metrics label.
    pub const fn slug(self) -> &'static str {
        match self {
            Lost::Expired => "expired",
            Lost::UnknownKey => "unknown_key",
            Lost::Unreadable => "unreadable",
        }
    }
}

/// How valid answers were sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seal {
    /// With the current key, under the current name.
    Current,
    /// With the previous key, or under the name used before: the response
    /// seals them again with the current key and name.
    Outdated,
}

impl Saved {
    /// The usable answers: empty unless valid.
    pub fn answers(&self) -> Answers {
        match self {
            Saved::Valid { answers, .. } => *answers,
            Saved::Absent | Saved::Unusable(_) => Answers::default(),
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
        Ok(CookieKeys::of(
            key(current)?,
            previous.map(key).transpose()?,
        ))
    }

    /// A fresh random key, for development only.
    pub fn generate() -> CookieKeys {
        CookieKeys::of(Key::generate(), None)
    }

    fn of(current: Key, previous: Option<Key>) -> CookieKeys {
        // The private jar encrypts with the key's encryption half, 32 bytes.
        let cipher =
            |key: &Key| Aes256Gcm::new(aes_gcm::Key::<Aes256Gcm>::from_slice(key.encryption()));
        CookieKeys {
            opens_current: cipher(&current),
            opens_previous: previous.as_ref().map(cipher),
            current,
        }
    }

    /// Decrypts a value sealed under `name` (as the private jar seals: base64
    /// of the nonce, the ciphertext and the tag, the name as associated data)
    /// in `buffer`: the plaintext, and whether the previous key opened it.
    fn open<'b>(
        &self,
        name: &str,
        sealed: &str,
        buffer: &'b mut [u8; MAX_SEALED_LEN],
    ) -> Option<(&'b str, Seal)> {
        let len = BASE64.decode_slice(sealed, buffer).ok()?;
        let (nonce, rest) = buffer.get_mut(..len)?.split_at_mut_checked(NONCE_LEN)?;
        let (text, tag) = rest.split_at_mut_checked(rest.len().checked_sub(TAG_LEN)?)?;
        let (nonce, tag) = (Nonce::from_slice(nonce), Tag::from_slice(tag));
        let keys = std::iter::once((&self.opens_current, Seal::Current))
            .chain(self.opens_previous.iter().map(|key| (key, Seal::Outdated)));
        for (cipher, seal) in keys {
            // On a wrong key or a changed value the text is left as it was.
            if cipher
                .decrypt_in_place_detached(nonce, name.as_bytes(), text, tag)
                .is_ok()
            {
                return std::str::from_utf8(text).ok().map(|plain| (plain, seal));
            }
        }
        None
    }

    /// Encrypts `plain` with the current key, the cookie `name` as associated data.
    fn seal(&self, name: &'static str, plain: String) -> Cookie<'static> {
        let mut jar = CookieJar::new();
        jar.private_mut(&self.current).add(Cookie::new(name, plain));
        jar.get(name)
            .cloned()
            .expect("the jar holds the cookie just added")
    }
}

impl AnswerCookie {
    pub fn new(keys: CookieKeys, transport: Transport) -> AnswerCookie {
        AnswerCookie { keys, transport }
    }

    /// Reads the answer cookie of `req`, now.
    pub fn read(&self, req: &HttpRequest) -> Saved {
        self.read_headers(req.headers(), SystemTime::now())
    }

    /// Reads the answer cookie from `headers` at `now`.
    ///
    /// Reads the raw `Cookie` headers rather than actix's parsed cookies: one
    /// header that is not UTF-8, or one malformed cookie of someone else's,
    /// makes actix drop every cookie of the request, and with them the
    /// applicant's answers. When the answer cookie comes more than once (a
    /// cookie set for a parent domain by a sibling site), the first one that
    /// opens wins, so a planted cookie cannot wipe the real one. A cookie under
    /// an older name is read only when there is none under the current one.
    pub fn read_headers(&self, headers: &HeaderMap, now: SystemTime) -> Saved {
        let names = std::iter::once(self.transport.name())
            .chain(self.transport.older_names().iter().copied());
        for (position, name) in names.enumerate() {
            let mut saved = Saved::Absent;
            for value in cookie_values(headers, name).take(MAX_COPIES) {
                saved = self.open_as(name, value, now);
                if matches!(saved, Saved::Valid { .. }) {
                    break;
                }
            }
            saved = match saved {
                Saved::Valid { answers, .. } if position > 0 => Saved::Valid {
                    answers,
                    seal: Seal::Outdated,
                },
                other => other,
            };
            if saved != Saved::Absent {
                return saved;
            }
        }
        Saved::Absent
    }

    /// Opens a cookie value sealed under the current name.
    pub fn open(&self, sealed: &str, now: SystemTime) -> Saved {
        self.open_as(self.transport.name(), sealed, now)
    }

    fn open_as(&self, name: &'static str, sealed: &str, now: SystemTime) -> Saved {
        if sealed.len() > MAX_VALUE_LEN {
            return Saved::Unusable(Lost::Unreadable);
        }
        let mut buffer = [0; MAX_SEALED_LEN];
        match self.keys.open(name, sealed, &mut buffer) {
            Some((plain, seal)) => match decode_payload(plain, now) {
                Ok(answers) => Saved::Valid { answers, seal },
                Err(PayloadError::Expired) => Saved::Unusable(Lost::Expired),
                Err(PayloadError::Malformed) => Saved::Unusable(Lost::Unreadable),
            },
            None if looks_sealed(sealed) => Saved::Unusable(Lost::UnknownKey),
            None => Saved::Unusable(Lost::Unreadable),
        }
    }

    /// The `Set-Cookie` for these answers, issued now.
    pub fn seal(&self, answers: &Answers) -> Cookie<'static> {
        self.seal_at(answers, SystemTime::now())
    }

    /// The `Set-Cookie` for these answers, issued at `now`.
    pub fn seal_at(&self, answers: &Answers, now: SystemTime) -> Cookie<'static> {
        let name = self.transport.name();
        let mut cookie = self.keys.seal(name, encode_payload(answers, now));
        set_attributes(&mut cookie, self.transport);
        cookie
    }

    /// The `Set-Cookie`s that delete the answers: under the current name and
    /// every older one still read.
    pub fn removals(&self) -> impl Iterator<Item = Cookie<'static>> + '_ {
        std::iter::once(self.transport.name())
            .chain(self.transport.older_names().iter().copied())
            .map(|name| {
                let mut cookie = Cookie::new(name, "");
                set_attributes(&mut cookie, self.transport);
                cookie.make_removal();
                cookie
            })
    }
}

/// Whether `value` has the form of a value the private jar seals: base64 of a
/// 12-byte nonce, a ciphertext and a 16-byte tag.
fn looks_sealed(value: &str) -> bool {
    BASE64
        .decode(value)
        .is_ok_and(|bytes| bytes.len() > NONCE_LEN + TAG_LEN)
}

/// Every value of the cookie `name` in `headers`, in order. A value that is
/// not UTF-8 comes as `""`, which never opens.
fn cookie_values<'a>(headers: &'a HeaderMap, name: &'a str) -> impl Iterator<Item = &'a str> {
    headers
        .get_all(COOKIE)
        .flat_map(|header| header.as_bytes().split(|&b| b == b';'))
        .filter_map(move |pair| {
            let (key, value) = pair.trim_ascii().split_at_checked(name.len() + 1)?;
            (key.strip_suffix(b"=")? == name.as_bytes())
                .then(|| std::str::from_utf8(value.trim_ascii()).unwrap_or(""))
        })
}

/// A cookie key shorter than 64 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a cookie key must be at least 64 bytes")]
pub struct KeyTooShort;

/// `HttpOnly`, `SameSite=Lax`, `Path=/`, `Secure` over HTTPS, no `Max-Age`
/// or `Domain`: the browser drops it when it closes.
fn set_attributes(cookie: &mut Cookie<'static>, transport: Transport) {
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Lax);
    cookie.set_path("/");
    cookie.set_secure(transport.secure());
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

    /// The development cookie with the test key.
    fn dev() -> AnswerCookie {
        AnswerCookie::new(keys(), Transport::Http)
    }

    fn valid(seal: Seal) -> Saved {
        Saved::Valid {
            answers: sample(),
            seal,
        }
    }

    #[test]
    fn sealed_answers_open_again() {
        let now = SystemTime::now();
        let cookie = dev().seal_at(&sample(), now);
        assert_eq!(dev().open(cookie.value(), now), valid(Seal::Current));
        let empty = dev().seal_at(&Answers::default(), now);
        let nothing = Saved::Valid {
            answers: Answers::default(),
            seal: Seal::Current,
        };
        assert_eq!(dev().open(empty.value(), now), nothing);
    }

    #[test]
    fn the_payload_is_encrypted_not_just_signed() {
        let cookie = dev().seal_at(&sample(), SystemTime::now());
        assert!(!cookie.value().contains("renewal"));
        assert!(!cookie.value().contains('%'));
    }

    #[test]
    fn cookies_older_than_two_hours_are_unusable() {
        let then = SystemTime::now();
        let cookie = dev().seal_at(&sample(), then);
        let later = then + MAX_AGE + Duration::from_secs(1);
        assert_eq!(
            dev().open(cookie.value(), later),
            Saved::Unusable(Lost::Expired)
        );
        let just_in_time = then + MAX_AGE;
        assert_eq!(
            dev().open(cookie.value(), just_in_time),
            valid(Seal::Current)
        );
    }

    #[test]
    fn a_cookie_from_the_previous_key_is_read_and_marked_for_resealing() {
        let now = SystemTime::now();
        let old = AnswerCookie::new(CookieKeys::new(&[1; 64], None).unwrap(), Transport::Http);
        let rotated = AnswerCookie::new(
            CookieKeys::new(&[2; 64], Some(&[1; 64])).unwrap(),
            Transport::Http,
        );
        let cookie = old.seal_at(&sample(), now);
        assert_eq!(rotated.open(cookie.value(), now), valid(Seal::Outdated));
        assert_eq!(
            dev().open(cookie.value(), now),
            Saved::Unusable(Lost::UnknownKey)
        );
    }

    #[test]
    fn cookie_attributes_follow_the_design() {
        let https = AnswerCookie::new(keys(), Transport::Https);
        let cookie = https.seal_at(&sample(), SystemTime::now());
        assert_eq!(cookie.name(), "__Host-rcg-answers");
        assert_eq!(cookie.http_only(), Some(true));
        assert_eq!(cookie.same_site(), Some(SameSite::Lax));
        assert_eq!(cookie.path(), Some("/"));
        assert_eq!(cookie.domain(), None);
        assert_eq!(cookie.secure(), Some(true));
        assert_eq!(cookie.max_age(), None);
        assert_eq!(cookie.expires(), None);
        let plain = dev().seal_at(&sample(), SystemTime::now());
        assert_eq!(plain.name(), "rcg-answers");
        assert_eq!(plain.secure(), Some(false));
    }

    #[test]
    fn over_https_the_older_plain_name_is_read_once_and_removed_with_the_new_one() {
        use actix_web::test::TestRequest;
        let now = SystemTime::now();
        let https = AnswerCookie::new(keys(), Transport::Https);
        let before = dev().seal_at(&sample(), now);
        let request = TestRequest::default()
            .insert_header((COOKIE, format!("rcg-answers={}", before.value())))
            .to_http_request();
        assert_eq!(
            https.read_headers(request.headers(), now),
            valid(Seal::Outdated)
        );
        // Under the new name, the same value does not open: the name is sealed in.
        let renamed = TestRequest::default()
            .insert_header((COOKIE, format!("__Host-rcg-answers={}", before.value())))
            .to_http_request();
        assert_eq!(
            https.read_headers(renamed.headers(), now),
            Saved::Unusable(Lost::UnknownKey)
        );
        let removed: Vec<String> = https.removals().map(|c| c.name().to_owned()).collect();
        assert_eq!(removed, ["__Host-rcg-answers", "rcg-answers"]);
        let removed: Vec<String> = dev().removals().map(|c| c.name().to_owned()).collect();
        assert_eq!(removed, ["rcg-answers"]);
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
        let good = dev().seal_at(&sample(), now).value().to_owned();
        let valid = valid(Seal::Current);
        let read = |headers: &[&[u8]]| {
            let mut request = TestRequest::default();
            for header in headers {
                let value = actix_web::http::header::HeaderValue::from_bytes(header).unwrap();
                request = request.append_header((COOKIE, value));
            }
            dev().read_headers(request.to_http_request().headers(), now)
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
                Saved::Unusable(Lost::Unreadable),
            ),
            (
                vec![format!("{COOKIE_NAME}=").into_bytes()],
                Saved::Unusable(Lost::Unreadable),
            ),
            (
                vec![b"rcg-answers=\xff".to_vec()],
                Saved::Unusable(Lost::Unreadable),
            ),
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
