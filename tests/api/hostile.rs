//! Hostile input, sent byte for byte over a raw TCP connection (no client
//! normalizes the path, fixes a header or frames the body for us).
//!
//! Every case carries a valid answer cookie and checks: the status; a
//! localized error page (`<html lang>` of the path's language, else the
//! browser's) with the security headers, or, for requests actix refuses before
//! any route sees them (a broken request line or framing, oversized header
//! sections), actix's own short 400 or 431; never a 5xx; and never a
//! `Set-Cookie` for the answers: a bad request does not lose them.
//!
//! Cases already covered elsewhere are not repeated: tampered, truncated,
//! garbage, 8 KiB, wrong-key, expired and future cookies (`cookie.rs`);
//! unknown, empty, repeated, percent-encoded non-UTF-8 and NUL option values
//! (`questions.rs`); the basic 413, 415, 405 and cross-site cases
//! (`security.rs`).

use std::time::{Duration, SystemTime};

use crate::helpers::{TestApp, sealed, spawn_app};
use crate::raw::{Raw, send_bytes};
use residence_card_guide::answer_cookie::COOKIE_NAME;
use residence_card_guide::i18n::Lang;
use residence_card_guide::rules::{Answer, Answers, ApplicationDate, ApplicationType, YesNo};

/// Answers whose journey passes `handed-in` (answered `yes`) and ends.
fn saved() -> Answers {
    Answers::default()
        .with(Answer::ApplicationDate(ApplicationDate::OnOrAfterCutoff))
        .with(Answer::ApplicationType(ApplicationType::Renewal))
        .with(Answer::PowerOfAttorney(YesNo::No))
        .with(Answer::ExpiredTravelDocument(YesNo::Yes))
        .with(Answer::HandedIn(YesNo::Yes))
}

fn valid_cookie() -> String {
    format!("{COOKIE_NAME}={}", sealed(&saved(), SystemTime::now()))
}

/// What a case must answer.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Our localized page with this status, in this language.
    Page(u16, &'static str),
    /// Refused by actix before routing: a short plain answer.
    Protocol(u16),
    /// Only this status (a HEAD, or a path that means a real page).
    Status(u16),
}

/// Sends each case with the valid cookie and checks the rules in the module doc.
async fn check_all(app: &TestApp, cases: Vec<(String, Raw, Expect)>) {
    for (why, request, expect) in cases {
        let request = request
            .header("Cookie", valid_cookie())
            .header("Accept-Language", "en");
        let response = request.send(app).await;
        assert!(response.status < 500, "{why}: {}", response.status);
        assert!(
            !response.touches_the_cookie(),
            "{why}: the valid answers must be kept, got {:?}",
            response.header("set-cookie")
        );
        match expect {
            Expect::Page(status, lang) => {
                assert_eq!(response.status, status, "{why}");
                assert_eq!(response.html_lang().as_deref(), Some(lang), "{why}");
                assert_eq!(response.header("cache-control"), Some("no-store"), "{why}");
                assert!(
                    response.header("content-security-policy").is_some(),
                    "{why}"
                );
                assert!(
                    response
                        .header("content-type")
                        .is_some_and(|t| t.starts_with("text/html")),
                    "{why}"
                );
                assert!(!response.body.contains('⟦'), "{why}: a message is missing");
            }
            Expect::Protocol(status) => {
                assert_eq!(response.status, status, "{why}");
                assert!(response.body.len() < 200, "{why}: {}", response.body);
            }
            Expect::Status(status) => assert_eq!(response.status, status, "{why}"),
        }
    }
    // And the server is still there.
    let health = Raw::new("GET", "/healthz").send(app).await;
    assert_eq!(health.status, 200);
}

fn chunked(body: &[u8], chunk: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in body.chunks(chunk) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

#[tokio::test]
async fn hostile_form_bodies_are_refused_and_keep_the_answers() {
    let app = spawn_app().await;
    let big = format!("handed-in=yes&x={}", "y".repeat(1024 * 1024));
    let mut cases = Vec::new();
    for lang in Lang::ALL.map(Lang::code) {
        let path = format!("/{lang}/handed-in");
        let post = || Raw::new("POST", &path);
        let form = |body: &[u8]| post().form(body);
        let typed = |content_type: &[u8]| {
            post()
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", content_type)
                .body("handed-in=yes")
        };
        let mut add = |why: &str, raw: Raw, expect: Expect| {
            cases.push((format!("{lang}: {why}"), raw, expect));
        };
        let unprocessable = Expect::Page(422, lang);
        add(
            "raw non-UTF-8 value",
            form(b"handed-in=\xff\xfe"),
            unprocessable,
        );
        add(
            "raw non-UTF-8 name",
            form(b"\xffanded-in=yes"),
            unprocessable,
        );
        add("array-style name", form(b"handed-in[]=yes"), unprocessable);
        add("name without a value", form(b"handed-in"), unprocessable);
        add("value with a plus", form(b"handed-in=yes+"), unprocessable);
        add(
            "the field 250 times",
            form("handed-in=yes&".repeat(250).as_bytes()),
            unprocessable,
        );
        add(
            "1000 empty fields",
            form("&".repeat(1000).as_bytes()),
            unprocessable,
        );
        add(
            "exactly the 4 KiB limit",
            form(format!("x={}", "y".repeat(4096 - 2)).as_bytes()),
            unprocessable,
        );
        add("an empty body", form(b""), unprocessable);
        let too_large = Expect::Page(413, lang);
        add(
            "one byte over the limit",
            form(format!("x={}", "y".repeat(4096 - 1)).as_bytes()),
            too_large,
        );
        add("1 MiB body", form(big.as_bytes()), too_large);
        add(
            "Content-Length of 100 MB, a short body, then EOF",
            form(b"handed-in=yes")
                .header("Content-Length", "100000000")
                .half_close(),
            too_large,
        );
        add(
            "chunked 1 MiB, no Content-Length",
            form(&chunked(big.as_bytes(), 8192)).header("Transfer-Encoding", "chunked"),
            too_large,
        );
        add(
            "chunked in 5000 one-byte chunks",
            form(&chunked(&[b'y'; 5000], 1)).header("Transfer-Encoding", "chunked"),
            too_large,
        );
        let bad = Expect::Page(400, lang);
        add(
            "malformed chunk size",
            form(b"zz\r\nhanded-in=yes\r\n0\r\n\r\n").header("Transfer-Encoding", "chunked"),
            bad,
        );
        add(
            "Content-Length larger than the body, then EOF",
            form(b"handed-in=yes")
                .header("Content-Length", "4000")
                .half_close(),
            bad,
        );
        add(
            "Content-Length shorter than the body",
            form(b"handed-in=yes&rest-of-it=ignored").header("Content-Length", "5"),
            unprocessable,
        );
        add(
            "Content-Length and chunked at once",
            form(&chunked(b"handed-in=yes", 4))
                .header("Transfer-Encoding", "chunked")
                .header("Content-Length", "5"),
            Expect::Protocol(400),
        );
        add(
            "two Content-Lengths",
            form(b"handed-in=yes")
                .header("Content-Length", "13")
                .header("Content-Length", "14"),
            Expect::Protocol(400),
        );
        add(
            "negative Content-Length",
            form(b"handed-in=yes").header("Content-Length", "-1"),
            Expect::Protocol(400),
        );
        let unsupported = Expect::Page(415, lang);
        for content_type in [
            &b"text/plain"[..],
            b"multipart/form-data; boundary=x",
            b"application/json",
            b"application/xml",
            b"",
            b"\xff\xfe",
            b"application/x-www-form-urlencoded, text/plain",
            b"application/x-www-form-urlencoded-x",
        ] {
            let why = format!("content type {:?}", String::from_utf8_lossy(content_type));
            add(&why, typed(content_type), unsupported);
        }
        add(
            "no content type",
            post()
                .header("Sec-Fetch-Site", "same-origin")
                .body("handed-in=yes"),
            unsupported,
        );
    }
    check_all(&app, cases).await;
}

/// The form type with parameters or in capitals is still a form: accepted.
#[tokio::test]
async fn form_content_types_with_parameters_are_accepted() {
    let app = spawn_app().await;
    for content_type in [
        "application/x-www-form-urlencoded; charset=utf-8",
        "application/x-www-form-urlencoded;charset=ISO-8859-1",
        "APPLICATION/X-WWW-FORM-URLENCODED",
    ] {
        let response = Raw::new("POST", "/en/handed-in")
            .header("Cookie", valid_cookie())
            .header("Sec-Fetch-Site", "same-origin")
            .header("Content-Type", content_type)
            .body("handed-in=no")
            .send(&app)
            .await;
        assert_eq!(response.status, 303, "{content_type}");
        assert_eq!(response.header("location"), Some("/en/application-portal"));
        assert!(response.touches_the_cookie(), "the new answer is saved");
    }
}

#[tokio::test]
async fn path_tricks_unknown_pages_and_languages_are_not_found() {
    let app = spawn_app().await;
    let mut cases = Vec::new();
    let not_found = |lang| Expect::Page(404, lang);
    for target in [
        &b"/static/../Cargo.toml"[..],
        b"/static/%2e%2e/Cargo.toml",
        b"/static/%2E%2E%2FCargo.toml",
        b"/static/..%2fCargo.toml",
        b"/static/..%5cCargo.toml",
        b"/static/style.css/..",
        b"/static/style.css%00",
        b"/static/style.css;.html",
        b"/static/STYLE.CSS",
        b"/static/",
        b"/static",
        b"/%2e%2e/%2e%2e/etc/passwd",
        b"//etc/passwd",
        b"/en%2Fresult",
        b"*",
    ] {
        let why = String::from_utf8_lossy(target).into_owned();
        cases.push((why, Raw::new("GET", target), not_found("en")));
    }
    for (target, lang) in [
        ("/en/../en/result", "en"),
        ("/nn/../en/result", "nn"),
        ("/en/./handed-in", "en"),
        ("/en//handed-in", "en"),
        ("/en/handed-in/", "en"),
        ("/en/handed-in%2F..%2F..%2FCargo.toml", "en"),
        ("/en/result/..", "en"),
        ("/en/result/", "en"),
        ("/en/HANDED-IN", "en"),
        ("/en/handed-in%20", "en"),
        ("/en/handed-in%00", "en"),
        ("/en/%FF%FE", "en"),
        ("/nb/no-such-question", "nb"),
        ("/nn/application-dat", "nn"),
    ] {
        cases.push((target.to_owned(), Raw::new("GET", target), not_found(lang)));
    }
    let long = format!("/en/{}", "a".repeat(4000));
    cases.push((
        "a 4 KB segment".into(),
        Raw::new("GET", &long),
        not_found("en"),
    ));
    // Unknown languages: 404 whatever the method; the page is in the
    // browser's language (the request says Accept-Language: en).
    for target in [
        "/de/",
        "/de",
        "/DE/handed-in",
        "/EN/",
        "/no/",
        "/nb-NO/",
        "/en-GB/result",
        "/xx/start-again",
        "/static/handed-in",
        "/%00/",
    ] {
        for method in ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"] {
            let mut raw = Raw::new(method, target);
            if method == "POST" {
                raw = raw.form("handed-in=no");
            }
            let expect = if method == "HEAD" {
                Expect::Status(404)
            } else {
                not_found("en")
            };
            cases.push((format!("{method} {target}"), raw, expect));
        }
    }
    // Refused by actix itself, before any route: raw non-ASCII in the target
    // (400) and a request head over its limit (431).
    cases.push((
        "raw non-UTF-8 path".into(),
        Raw::new("GET", b"/en/\xff\xfe"),
        Expect::Protocol(400),
    ));
    let huge = format!("/en/{}", "a".repeat(200 * 1024));
    cases.push((
        "a 200 KiB path".into(),
        Raw::new("GET", &huge),
        Expect::Protocol(431),
    ));
    check_all(&app, cases).await;
}

/// Percent-encoded unreserved characters are decoded before routing, so these
/// are the real page: no error, and nothing outside the routes is reachable.
#[tokio::test]
async fn percent_encoded_letters_reach_the_same_page() {
    let app = spawn_app().await;
    for target in ["/en/%68anded-in", "/en/handed%2Din", "/%65n/handed-in"] {
        let response = Raw::new("GET", target)
            .header("Cookie", valid_cookie())
            .send(&app)
            .await;
        assert_eq!(response.status, 200, "{target}");
        assert_eq!(response.checked(), ["yes"], "{target}");
    }
}

#[tokio::test]
async fn every_other_method_is_refused_with_allow() {
    let app = spawn_app().await;
    let routes = [
        ("/", "GET, HEAD"),
        ("/healthz", "GET, HEAD"),
        ("/static/style.css", "GET, HEAD"),
        ("/en", "GET, HEAD"),
        ("/en/", "GET, HEAD"),
        ("/en/result", "GET, HEAD"),
        ("/en/accessibility", "GET, HEAD"),
        ("/en/about-this-guide", "GET, HEAD"),
        ("/en/start-again", "POST"),
        ("/en/handed-in", "GET, HEAD, POST"),
        ("/nn/handed-in", "GET, HEAD, POST"),
    ];
    for method in [
        "OPTIONS", "TRACE", "PUT", "DELETE", "PATCH", "CONNECT", "BREW",
    ] {
        for (path, allow) in routes {
            let lang = if path.starts_with("/nn") { "nn" } else { "en" };
            let mut raw = Raw::new(method, path)
                .header("Cookie", valid_cookie())
                .header("Accept-Language", "en");
            if method == "CONNECT" {
                // actix reads a CONNECT's body as a tunnel until the client
                // closes; without this each case waits for its idle timeout.
                raw = raw.half_close();
            }
            let response = raw.send(&app).await;
            let why = format!("{method} {path}");
            assert_eq!(response.status, 405, "{why}");
            assert_eq!(response.header("allow"), Some(allow), "{why}");
            assert_eq!(response.html_lang().as_deref(), Some(lang), "{why}");
            assert!(!response.touches_the_cookie(), "{why}");
        }
        let response = Raw::new(method, "/en/nothing/here")
            .half_close()
            .send(&app)
            .await;
        assert_eq!(response.status, 404, "{method}");
    }
    // HEAD answers as GET does, without a body.
    for (path, status) in [
        ("/", 303),
        ("/healthz", 200),
        ("/static/style.css", 200),
        ("/en/", 200),
        ("/en/handed-in", 200),
        ("/en/result", 200),
        ("/en/start-again", 405),
        ("/en/nothing", 404),
    ] {
        let response = Raw::new("HEAD", path)
            .header("Cookie", valid_cookie())
            .send(&app)
            .await;
        assert_eq!(response.status, status, "HEAD {path}");
        assert!(response.body.is_empty(), "HEAD {path}");
        assert!(!response.touches_the_cookie(), "HEAD {path}");
    }
}

/// Big, many, broken or planted cookies next to the valid one: the answers
/// are still read (the saved option is checked), never lost.
#[tokio::test]
async fn odd_cookie_headers_do_not_lose_the_answers() {
    let app = spawn_app().await;
    let valid = valid_cookie();
    let planted = format!("{COOKIE_NAME}=planted-by-another-site");
    let many: Vec<String> = (0..2000).map(|i| format!("c{i}=x")).collect();
    let cases: Vec<(&str, Vec<Vec<u8>>)> = vec![
        ("alone", vec![valid.clone().into_bytes()]),
        (
            "with 60 KiB of other cookies",
            vec![format!("junk={}; {valid}", "j".repeat(60 * 1024)).into_bytes()],
        ),
        (
            "with 2000 other cookies",
            vec![format!("{}; {valid}", many.join("; ")).into_bytes()],
        ),
        (
            "beside a cookie that is not UTF-8",
            vec![[&b"other=\xff\xfe; "[..], valid.as_bytes()].concat()],
        ),
        (
            "in a second Cookie header after a broken one",
            vec![b"\xff\xfe".to_vec(), valid.clone().into_bytes()],
        ),
        (
            "after a planted copy",
            vec![format!("{planted}; {valid}").into_bytes()],
        ),
        (
            "before a planted copy",
            vec![format!("{valid}; {planted}").into_bytes()],
        ),
        (
            "with malformed pairs around it",
            vec![format!(";;=;{valid};novalue; =x").into_bytes()],
        ),
    ];
    for (why, headers) in cases {
        let mut raw = Raw::new("GET", "/en/handed-in");
        for header in &headers {
            raw = raw.header("Cookie", header);
        }
        let response = raw.send(&app).await;
        assert_eq!(response.status, 200, "{why}");
        assert_eq!(
            response.checked(),
            ["yes"],
            "{why}: the saved answer is shown"
        );
        assert!(!response.touches_the_cookie(), "{why}");
    }
}

/// Past actix's limits the request is refused before it reaches the guide:
/// 431 Request Header Fields Too Large (more than 96 headers, or a head over
/// its buffer), never a 5xx. An answer cookie of 64 KiB alone is read, found
/// unusable and the guide starts over.
#[tokio::test]
async fn oversized_header_sections_are_refused_with_431() {
    let app = spawn_app().await;
    let mut cases = Vec::new();
    let mut hundred = Raw::new("GET", "/en/handed-in");
    for i in 0..100 {
        hundred = hundred.header(&format!("X-Filler-{i}"), "x");
    }
    cases.push(("100 headers".to_owned(), hundred, Expect::Protocol(431)));
    let huge = Raw::new("GET", "/en/handed-in").header("X-Big", "b".repeat(200 * 1024));
    cases.push(("a 200 KiB header".to_owned(), huge, Expect::Protocol(431)));
    check_all(&app, cases).await;
    for size in [16 * 1024, 64 * 1024] {
        let response = Raw::new("GET", "/en/handed-in")
            .header("Cookie", format!("{COOKIE_NAME}={}", "A".repeat(size)))
            .send(&app)
            .await;
        assert_eq!(response.status, 303, "{size}");
        assert_eq!(
            response.header("location"),
            Some("/en/application-date?notice=answers-lost")
        );
    }
}

#[tokio::test]
async fn other_broken_requests_never_get_a_5xx() {
    let app = spawn_app().await;
    let own = app.address.clone();
    let cases = vec![
        (
            // It comes before the `Accept-Language: en` that every case gets,
            // so it is the one read: unreadable, so the default language.
            "Accept-Language that is not UTF-8".to_owned(),
            Raw::new("GET", "/nothing").header("Accept-Language", b"\xff\xfe"),
            Expect::Page(404, "nb"),
        ),
        (
            "an absolute-form target for another host".to_owned(),
            Raw::new("GET", "http://evil.example/en/handed-in"),
            Expect::Status(200),
        ),
        (
            "a query string that is not UTF-8".to_owned(),
            Raw::new("GET", "/en/handed-in?notice=%FF&x=%%"),
            Expect::Status(200),
        ),
        (
            "cross-site post from another origin".to_owned(),
            Raw::new("POST", "/en/handed-in")
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("handed-in=no"),
            Expect::Page(403, "en"),
        ),
        (
            "Origin with a trailing slash".to_owned(),
            Raw::new("POST", "/en/start-again").header("Origin", format!("{own}/")),
            Expect::Page(403, "en"),
        ),
        (
            "Origin of another scheme".to_owned(),
            Raw::new("POST", "/nn/start-again").header("Origin", own.replace("http:", "https:")),
            Expect::Page(403, "nn"),
        ),
        (
            "Origin that is not UTF-8".to_owned(),
            Raw::new("POST", "/nb/start-again").header("Origin", b"\xff\xfe"),
            Expect::Page(403, "nb"),
        ),
        (
            "Origin null (a sandboxed frame)".to_owned(),
            Raw::new("POST", "/en/start-again").header("Origin", "null"),
            Expect::Page(403, "en"),
        ),
        (
            "Sec-Fetch-Site same-site (a sibling subdomain) with our own Origin".to_owned(),
            Raw::new("POST", "/en/start-again")
                .header("Sec-Fetch-Site", "same-site")
                .header("Origin", &own),
            Expect::Page(403, "en"),
        ),
        (
            "forwarded headers naming the attacker's origin".to_owned(),
            Raw::new("POST", "/en/start-again")
                .header("Origin", "https://evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https"),
            Expect::Page(403, "en"),
        ),
        (
            "Sec-Fetch-Site cross-site with our own Origin".to_owned(),
            Raw::new("POST", "/en/handed-in")
                .header("Sec-Fetch-Site", "cross-site")
                .header("Origin", &own)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("handed-in=no"),
            Expect::Page(403, "en"),
        ),
    ];
    check_all(&app, cases).await;
    for (why, bytes) in [
        (
            "no Host header",
            &b"GET /en/ HTTP/1.1\r\nConnection: close\r\n\r\n"[..],
        ),
        ("an HTTP/2 preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
        ("binary garbage", b"\x00\x01\x02 hello\r\n\r\n"),
        (
            "a header line without a colon",
            b"GET /en/ HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n",
        ),
    ] {
        let response = send_bytes(&app, bytes).await;
        assert_eq!(response.status, 400, "{why}");
    }
}

/// There is no server-side session: a cookie replayed within its two hours
/// opens (showing the answers it held), even after "Start again" on the same
/// browser; after two hours it is refused and the guide starts over.
#[tokio::test]
async fn replayed_cookies_open_only_within_two_hours() {
    let app = spawn_app().await;
    let now = SystemTime::now();
    let one_step = Answers::default().with(Answer::ApplicationDate(ApplicationDate::BeforeCutoff));
    let fresh = sealed(&one_step, now - Duration::from_secs(2 * 3600 - 60));
    let response = Raw::new("GET", "/en/application-portal")
        .header("Cookie", format!("{COOKIE_NAME}={fresh}"))
        .send(&app)
        .await;
    assert_eq!(response.status, 200, "119 minutes old");
    assert!(!response.touches_the_cookie());
    let cleared = Raw::new("POST", "/en/start-again")
        .header("Cookie", format!("{COOKIE_NAME}={fresh}"))
        .header("Sec-Fetch-Site", "same-origin")
        .send(&app)
        .await;
    assert_eq!(cleared.status, 303);
    assert!(cleared.touches_the_cookie(), "start again deletes it");
    let replayed = Raw::new("GET", "/en/application-portal")
        .header("Cookie", format!("{COOKIE_NAME}={fresh}"))
        .send(&app)
        .await;
    assert_eq!(replayed.status, 200, "a replay within the window opens");
    for age in [2 * 3600 + 1, 30 * 24 * 3600] {
        let old = sealed(&one_step, now - Duration::from_secs(age));
        let response = Raw::new("GET", "/en/application-portal")
            .header("Cookie", format!("{COOKIE_NAME}={old}"))
            .send(&app)
            .await;
        assert_eq!(response.status, 303, "{age} s old");
        assert_eq!(
            response.header("location"),
            Some("/en/application-date?notice=answers-lost")
        );
        assert!(response.touches_the_cookie(), "the stale cookie is deleted");
    }
}
