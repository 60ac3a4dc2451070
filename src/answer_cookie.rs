//! The answer cookie: the only place that reads or writes it.
//!
//! The applicant's answers live only in one cookie, encrypted and authenticated
//! with the server key (the cookie crate's private jar: AES-256-GCM, with the
//! cookie name as associated data). There is no server-side session, so any
//! instance with the same key can serve any request.
//!
//! The plaintext is `v1;<issued-at unix seconds>;<question>=<option>;…`, for
//! example `v1;1764000000;application-date=before-cutoff;application-portal=yes`,
//! and, once "Did this guide help you?" was answered for these answers, a last
//! `;feedback=given`. A cookie older than [`MAX_AGE`] counts as absent; the
//! time is inside the encrypted payload, so a client cannot extend it.

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
/// The last pair of a payload whose answers have had their feedback.
const FEEDBACK_GIVEN: &str = "feedback=given";

/// The keys that seal and open the cookie.
#[derive(Clone)]
pub struct CookieKeys {
    /// Seals, through the cookie crate's private jar.
    current: Key,
    /// Open: the ciphers of the current and the previous key, each made once,
    /// so that opening a cookie does not schedule an AES key every request.
    opens_current: Aes256Gcm,
    opens_previous: Option<Aes256Gcm>,
    /// The keys' one-way ids, for the metrics (made once).
    ids: KeyIds,
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
    /// Valid answers, whether the response should seal them again, and
    /// whether their feedback was given.
    Valid {
        answers: Answers,
        seal: Seal,
        feedback: FeedbackState,
    },
    /// A cookie was sent but cannot be used. The guide starts over and says
    /// so politely.
    Unusable(Lost),
}

/// Why sent answers could not be used: a fixed set, counted in the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lost {
    /// Opened, but saved more than [`MAX_AGE`] ago (or too far in the future).
    Expired,
    /// A value shaped like one of ours (base64 of a nonce, a ciphertext as
    /// long as a payload of ours, and a tag) that no key of this server
    /// opens: sealed by an instance with another `COOKIE_KEY` (or a key
    /// retired too soon), or tampered with, or made up to look like one.
    UnknownKey,
    /// Not shaped like a sealed value of ours at all (truncated, garbage, too
    /// short or too long), or a payload that is not ours.
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
    /// With the current key.
    Current,
    /// With the previous key: the response seals them again with the current one.
    Outdated,
}

/// Whether "Did this guide help you?" was answered for the saved answers.
/// Sealed into the cookie, so a browser's feedback counts once; changing an
/// answer makes new answers, whose feedback is open again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FeedbackState {
    #[default]
    Open,
    Given,
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
            ids: KeyIds {
                current: key_id(&current),
                previous: previous.as_ref().map(key_id),
            },
            current,
        }
    }

    /// The keys' ids ([`KeyIds`]): equal ids mean equal keys.
    pub fn ids(&self) -> KeyIds {
        self.ids
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

/// A number for each key, derived from it by a one-way hash (48 bits of
/// SHA-256, so that Prometheus holds it exactly as a float): instances that
/// show the same id hold the same key, and the id tells nothing about the key.
/// The metrics export them, so that an alert can see instances that cannot
/// read each other's cookies without counting cookies any visitor can make up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyIds {
    pub current: u64,
    pub previous: Option<u64>,
}

fn key_id(key: &Key) -> u64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(b"residence-card-guide cookie key id\0")
        .chain_update(key.master())
        .finalize();
    let mut bytes = [0u8; 8];
    bytes[2..].copy_from_slice(&digest[..6]);
    u64::from_be_bytes(bytes)
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
    /// opens wins, so a planted cookie cannot wipe the real one. Only the
    /// current name is read: in production `__Host-rcg-answers`, which no
    /// sibling site can set, and never the development name `rcg-answers`.
    pub fn read_headers(&self, headers: &HeaderMap, now: SystemTime) -> Saved {
        let name = self.transport.name();
        let mut saved = Saved::Absent;
        for value in cookie_values(headers, name).take(MAX_COPIES) {
            saved = self.open_as(name, value, now);
            if matches!(saved, Saved::Valid { .. }) {
                break;
            }
        }
        saved
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
                Ok((answers, feedback)) => Saved::Valid {
                    answers,
                    seal,
                    feedback,
                },
                Err(PayloadError::Expired) => Saved::Unusable(Lost::Expired),
                Err(PayloadError::Malformed) => Saved::Unusable(Lost::Unreadable),
            },
            None if looks_sealed(sealed) => Saved::Unusable(Lost::UnknownKey),
            None => Saved::Unusable(Lost::Unreadable),
        }
    }

    /// The `Set-Cookie` for these answers (their feedback open), issued now.
    pub fn seal(&self, answers: &Answers) -> Cookie<'static> {
        self.seal_at(answers, SystemTime::now())
    }

    /// The `Set-Cookie` for these answers (their feedback open), issued at `now`.
    pub fn seal_at(&self, answers: &Answers, now: SystemTime) -> Cookie<'static> {
        self.seal_with_at(answers, FeedbackState::Open, now)
    }

    /// The `Set-Cookie` for these answers and feedback state, issued now.
    pub fn seal_with(&self, answers: &Answers, feedback: FeedbackState) -> Cookie<'static> {
        self.seal_with_at(answers, feedback, SystemTime::now())
    }

    /// The `Set-Cookie` for these answers and feedback state, issued at `now`.
    pub fn seal_with_at(
        &self,
        answers: &Answers,
        feedback: FeedbackState,
        now: SystemTime,
    ) -> Cookie<'static> {
        let name = self.transport.name();
        let mut cookie = self.keys.seal(name, encode_payload(answers, feedback, now));
        set_attributes(&mut cookie, self.transport);
        cookie
    }

    /// The `Set-Cookie` that deletes the answers.
    pub fn removal(&self) -> Cookie<'static> {
        let mut cookie = Cookie::new(self.transport.name(), "");
        set_attributes(&mut cookie, self.transport);
        cookie.make_removal();
        cookie
    }
}

/// Whether `value` is shaped like a value we seal: standard padded base64 of
/// a 12-byte nonce, a ciphertext exactly as long as a payload of ours can be,
/// and a 16-byte tag. Anything else cannot be a cookie of ours sealed with
/// another key, so it is [`Lost::Unreadable`], never [`Lost::UnknownKey`].
fn looks_sealed(value: &str) -> bool {
    use base64::Engine;
    let framing = NONCE_LEN + TAG_LEN;
    let (shortest, longest) = payload_lengths();
    // Decode only what could be ours: base64 is 4 characters per 3 bytes.
    let longest_text = (framing + longest).div_ceil(3) * 4;
    value.len() <= longest_text
        && base64::engine::general_purpose::STANDARD
            .decode(value)
            .is_ok_and(|bytes| (framing + shortest..=framing + longest).contains(&bytes.len()))
}

/// The shortest and longest payload [`encode_payload`] writes: the version
/// and a ten-digit issued-at time (every time from 2001 to 2286), then at
/// most one pair for each question (its longest option) and the feedback
/// mark.
fn payload_lengths() -> (usize, usize) {
    let head = VERSION.len() + 1 + 10;
    let pairs: usize = Question::ALL
        .iter()
        .map(|q| {
            let longest = q.option_slugs().iter().map(|o| o.len()).max().unwrap_or(0);
            1 + q.slug().len() + 1 + longest
        })
        .sum();
    (head, head + pairs + 1 + FEEDBACK_GIVEN.len())
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

/// The plaintext for `answers` and their feedback state, issued at `now`.
/// Only answers on the current path are written.
pub fn encode_payload(answers: &Answers, feedback: FeedbackState, now: SystemTime) -> String {
    let mut out = format!("{VERSION};{}", unix_seconds(now));
    for answer in answers.pruned().iter() {
        out.push(';');
        out.push_str(answer.question().slug());
        out.push('=');
        out.push_str(answer.option_slug());
    }
    match feedback {
        FeedbackState::Open => {}
        FeedbackState::Given => {
            out.push(';');
            out.push_str(FEEDBACK_GIVEN);
        }
    }
    out
}

/// Parses a plaintext payload; refuses anything not exactly as
/// [`encode_payload`] writes it, and anything issued more than [`MAX_AGE`] ago.
pub fn decode_payload(
    payload: &str,
    now: SystemTime,
) -> Result<(Answers, FeedbackState), PayloadError> {
    let (payload, feedback) = match payload.strip_suffix(FEEDBACK_GIVEN) {
        Some(rest) => (
            rest.strip_suffix(';').ok_or(PayloadError::Malformed)?,
            FeedbackState::Given,
        ),
        None => (payload, FeedbackState::Open),
    };
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
    Ok((answers.pruned(), feedback))
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
            feedback: FeedbackState::Open,
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
            feedback: FeedbackState::Open,
        };
        assert_eq!(dev().open(empty.value(), now), nothing);
        let given = dev().seal_with_at(&sample(), FeedbackState::Given, now);
        assert_eq!(
            dev().open(given.value(), now),
            Saved::Valid {
                answers: sample(),
                seal: Seal::Current,
                feedback: FeedbackState::Given,
            }
        );
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

    /// The development name is never read in production, not even as the
    /// name production used before `__Host-`: a sibling subdomain can set it,
    /// and a development instance with the production key mints it.
    #[test]
    fn over_https_only_the_host_cookie_is_read_and_removed() {
        use actix_web::test::TestRequest;
        let now = SystemTime::now();
        let https = AnswerCookie::new(keys(), Transport::Https);
        let plain = dev().seal_at(&sample(), now);
        let request = TestRequest::default()
            .insert_header((COOKIE, format!("rcg-answers={}", plain.value())))
            .to_http_request();
        assert_eq!(https.read_headers(request.headers(), now), Saved::Absent);
        // Under the production name, the same value does not open: the name is sealed in.
        let renamed = TestRequest::default()
            .insert_header((COOKIE, format!("__Host-rcg-answers={}", plain.value())))
            .to_http_request();
        assert_eq!(
            https.read_headers(renamed.headers(), now),
            Saved::Unusable(Lost::UnknownKey)
        );
        assert_eq!(https.removal().name(), "__Host-rcg-answers");
        assert_eq!(dev().removal().name(), "rcg-answers");
        assert_eq!(
            dev().removal().max_age(),
            Some(actix_web::cookie::time::Duration::ZERO)
        );
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
            format!("v1;{t}feedback=given"),
            format!("v1;{t};feedback=given;feedback=given"),
            format!("v1;{t};feedback=given;application-date=before-cutoff"),
            format!("v1;{t};feedback=yes"),
        ] {
            assert!(decode_payload(&bad, now).is_err(), "{bad:?}");
        }
        assert_eq!(
            decode_payload(&format!("v1;{t}"), now),
            Ok((Answers::default(), FeedbackState::Open))
        );
        assert_eq!(
            decode_payload(
                &format!("v1;{t};application-date=before-cutoff;feedback=given"),
                now
            ),
            Ok((
                Answers::default().with(Answer::ApplicationDate(ApplicationDate::BeforeCutoff)),
                FeedbackState::Given
            ))
        );
    }

    /// Only a value shaped like ours can have been sealed with another key;
    /// anything else is unreadable, so made-up base64 does not look like a
    /// key mismatch.
    #[test]
    fn only_values_shaped_like_ours_count_as_another_key() {
        use base64::Engine;
        let b64 = |n: usize| base64::engine::general_purpose::STANDARD.encode(vec![7u8; n]);
        let now = SystemTime::now();
        let (shortest, longest) = payload_lengths();
        let framing = NONCE_LEN + TAG_LEN;
        // Every payload we write is within the bounds.
        for path in crate::rules::every_path() {
            let answers = path
                .answers
                .iter()
                .fold(Answers::default(), |a, &x| a.with(x));
            let payload = encode_payload(&answers, FeedbackState::Given, now);
            assert!((shortest..=longest).contains(&payload.len()), "{payload}");
        }
        let cases = [
            (b64(framing + shortest), Lost::UnknownKey),
            (b64(framing + longest), Lost::UnknownKey),
            (b64(framing + shortest - 1), Lost::Unreadable),
            (b64(framing + longest + 1), Lost::Unreadable),
            (b64(8), Lost::Unreadable),
            (
                b64(framing + 22).trim_end_matches('=').to_owned(),
                Lost::Unreadable,
            ),
            ("A".repeat(101), Lost::Unreadable),
            ("not-base64!".repeat(8), Lost::Unreadable),
        ];
        for (value, cause) in cases {
            assert_eq!(dev().open(&value, now), Saved::Unusable(cause), "{value}");
        }
        let other = AnswerCookie::new(CookieKeys::new(&[8; 64], None).unwrap(), Transport::Http);
        let foreign = other.seal_with_at(&sample(), FeedbackState::Given, now);
        assert_eq!(
            dev().open(foreign.value(), now),
            Saved::Unusable(Lost::UnknownKey)
        );
    }

    #[test]
    fn key_ids_are_equal_for_equal_keys_only() {
        let a = CookieKeys::new(&[1; 64], None).unwrap().ids();
        let b = CookieKeys::new(&[1; 64], Some(&[2; 64])).unwrap().ids();
        let c = CookieKeys::new(&[2; 64], Some(&[1; 64])).unwrap().ids();
        assert_eq!(a.current, b.current);
        assert_eq!((a.previous, b.previous), (None, Some(c.current)));
        assert_eq!(c.previous, Some(a.current));
        assert_ne!(a.current, c.current);
        assert!(a.current < 1 << 48, "exact as a float");
        // Only the first 64 bytes are the key.
        let long = CookieKeys::new(&[1; 80], None).unwrap().ids();
        assert_eq!(long.current, a.current);
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
