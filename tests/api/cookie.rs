//! The answer cookie: attributes, expiry, tampering, keys.

use std::time::{Duration, SystemTime};

use residence_card_guide::answer_cookie::{AnswerCookie, CookieKeys, Saved, Seal, Transport};
use residence_card_guide::rules::{Answer, Answers, ApplicationDate, YesNo};

use crate::helpers::{Visitor, sealed, spawn_app, spawn_app_with};

fn before_cutoff() -> Answers {
    Answers::default().with(Answer::ApplicationDate(ApplicationDate::BeforeCutoff))
}

#[tokio::test]
async fn the_cookie_is_http_only_lax_path_root_session_and_not_secure_outside_production() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    let page = visitor
        .post("/en/application-date", "application-date=before-cutoff")
        .await;
    let set = page.set_cookie().expect("the answer is saved in a cookie");
    let attributes: Vec<String> = set
        .split(';')
        .skip(1)
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    assert!(attributes.contains(&"httponly".into()), "{set}");
    assert!(attributes.contains(&"samesite=lax".into()), "{set}");
    assert!(attributes.contains(&"path=/".into()), "{set}");
    assert!(
        !attributes
            .iter()
            .any(|a| a.starts_with("max-age") || a.starts_with("expires")),
        "{set}"
    );
    assert!(!attributes.contains(&"secure".into()), "{set}");
    // The value is encrypted: the answer is not readable in it.
    assert!(!set.contains("before-cutoff"));
}

/// Production: the cookie is `__Host-rcg-answers` and `Secure`, every
/// response has HSTS; the development name `rcg-answers` is not read at all
/// (a sibling subdomain can set it, and a development instance with the same
/// key mints it), and "Start again" deletes the one name.
#[tokio::test]
async fn the_cookie_is_a_secure_host_cookie_in_production() {
    let app = spawn_app_with(&[
        ("APP_ENV", "production"),
        ("PUBLIC_ORIGIN", "https://guide.example"),
    ])
    .await;
    let mut visitor = Visitor::new(&app);
    let page = visitor
        .post("/en/application-date", "application-date=before-cutoff")
        .await;
    assert_eq!(
        page.header("strict-transport-security"),
        Some("max-age=31536000")
    );
    let set = page
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect::<Vec<_>>();
    assert_eq!(set.len(), 1, "{set:?}");
    assert!(set[0].starts_with("__Host-rcg-answers="), "{set:?}");
    let attributes: Vec<String> = set[0]
        .split(';')
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    assert!(attributes.contains(&"secure".into()), "{set:?}");
    assert!(attributes.contains(&"path=/".into()), "{set:?}");
    assert!(
        !attributes.iter().any(|a| a.starts_with("domain")),
        "{set:?}"
    );

    // A valid cookie under the development name, with the same key.
    let plain = sealed(&before_cutoff(), SystemTime::now());
    let send = |method: reqwest::Method, path: &str, cookie: String| {
        app.client
            .request(method, format!("{}{path}", app.address))
            .header("cookie", cookie)
            .header("sec-fetch-site", "same-origin")
            .send()
    };
    let page = send(
        reqwest::Method::GET,
        "/en/application-portal",
        format!("rcg-answers={plain}"),
    )
    .await
    .unwrap();
    assert_eq!(page.status(), 303, "not read: as if there were no answers");
    assert_eq!(page.headers()["location"], "/en/application-date");
    assert!(page.headers().get("set-cookie").is_none());
    let start_again = send(
        reqwest::Method::POST,
        "/en/start-again",
        format!("rcg-answers={plain}"),
    )
    .await
    .unwrap();
    let removed: Vec<&str> = start_again
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(removed.len(), 1, "{removed:?}");
    assert!(
        removed[0].starts_with("__Host-rcg-answers=;"),
        "{removed:?}"
    );

    // Development: no HSTS, the plain name.
    let dev = spawn_app().await;
    let mut visitor = Visitor::new(&dev);
    let page = visitor.get("/en/").await;
    assert_eq!(page.header("strict-transport-security"), None);
}

/// A cookie the server cannot delete (set by a sibling subdomain for the
/// parent domain, or for a narrower path) comes back on every request: the
/// first question is reached in one redirect and then served, never a loop.
#[tokio::test]
async fn an_unusable_cookie_that_keeps_coming_back_takes_one_redirect() {
    let app = spawn_app().await;
    for start in [
        "/en/handed-in",
        "/en/result",
        "/en/application-date",
        "/en/application-date?notice=answers-lost",
    ] {
        let mut here = start.to_owned();
        let mut redirects = 0;
        let page = loop {
            let page = app
                .client
                .get(format!("{}{here}", app.address))
                .header("cookie", "rcg-answers=x")
                .send()
                .await
                .unwrap();
            if !page.status().is_redirection() {
                break page;
            }
            redirects += 1;
            assert!(redirects <= 1, "{start}: a second redirect, to {here}");
            here = page.headers()["location"].to_str().unwrap().to_owned();
        };
        assert_eq!(page.status(), 200, "{start}");
        let body = page.text().await.unwrap();
        assert!(body.contains("class=\"notice"), "{start}: the notice");
    }
}

/// Each of these cookies cannot be used: the guide starts over, politely.
#[tokio::test]
async fn an_expired_tampered_or_foreign_cookie_starts_the_guide_over_with_a_notice() {
    let app = spawn_app().await;
    let now = SystemTime::now();
    let good = sealed(&before_cutoff(), now);
    let mut flipped = good.clone().into_bytes();
    let middle = flipped.len() / 2;
    flipped[middle] = if flipped[middle] == b'A' { b'B' } else { b'A' };
    let other_key = AnswerCookie::new(CookieKeys::new(&[9; 64], None).unwrap(), Transport::Http)
        .seal_at(&before_cutoff(), now)
        .value()
        .to_owned();
    let cases = [
        (
            "expired",
            sealed(&before_cutoff(), now - Duration::from_secs(2 * 3600 + 5)),
        ),
        (
            "issued in the future",
            sealed(&before_cutoff(), now + Duration::from_secs(3600)),
        ),
        ("one byte changed", String::from_utf8(flipped).unwrap()),
        ("truncated", good[..good.len() - 4].to_owned()),
        ("not base64", "%%%***".to_owned()),
        ("empty", String::new()),
        ("another key", other_key),
        ("oversized", "A".repeat(8 * 1024)),
    ];
    for (why, value) in cases {
        for path in ["/en/application-portal", "/en/result"] {
            let mut visitor = Visitor::new(&app);
            visitor.cookie = Some(value.clone());
            let page = visitor.get(path).await;
            assert_eq!(page.status, 303, "{why} {path}");
            assert_eq!(
                page.location(),
                "/en/application-date?notice=answers-lost",
                "{why}"
            );
            let removal = page.set_cookie().expect("the bad cookie is deleted");
            assert!(removal.contains("Max-Age=0"), "{why}: {removal}");
            let notice = visitor.get(page.location()).await;
            assert_eq!(notice.status, 200);
            assert!(notice.count(".notice") == 1, "{why}: the notice is shown");
        }
        // The page it is sent to, asked for with the same cookie: served at
        // once, with the notice, and the cookie deleted again.
        let mut visitor = Visitor::new(&app);
        visitor.cookie = Some(value.clone());
        let page = visitor
            .get("/en/application-date?notice=answers-lost")
            .await;
        assert_eq!(page.status, 200, "{why}");
        assert_eq!(page.count(".notice"), 1, "{why}: the notice is shown");
        let removal = page.set_cookie().expect("the bad cookie is deleted");
        assert!(removal.contains("Max-Age=0"), "{why}: {removal}");
    }
    // A valid cookie does not show the notice.
    let mut visitor = Visitor::new(&app);
    visitor.cookie = Some(good);
    let page = visitor.get("/en/application-portal").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.count(".notice"), 0);
}

#[tokio::test]
async fn answering_with_an_unusable_cookie_starts_over_from_that_answer() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    visitor.cookie = Some("garbage".into());
    let page = visitor
        .post("/nb/application-date", "application-date=before-cutoff")
        .await;
    assert_eq!(
        page.location(),
        "/nb/application-portal?notice=answers-lost"
    );
    assert!(visitor.cookie.is_some(), "the new answer is saved");
    let next = visitor.get(page.location()).await;
    assert_eq!(next.status, 200);
    assert_eq!(next.count(".notice"), 1);
    let next = visitor
        .post("/nb/application-portal", "application-portal=no")
        .await;
    assert_eq!(next.location(), "/nb/result");
}

#[tokio::test]
async fn start_again_forgets_every_answer() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    visitor
        .post("/en/application-date", "application-date=before-cutoff")
        .await;
    visitor
        .post("/en/application-portal", "application-portal=yes")
        .await;
    assert_eq!(visitor.get("/en/result").await.status, 200);
    let page = visitor.post("/en/start-again", "").await;
    assert_eq!((page.status.as_u16(), page.location()), (303, "/en/"));
    assert!(page.set_cookie().unwrap().contains("Max-Age=0"));
    assert_eq!(visitor.cookie, None);
    assert_eq!(
        visitor.get("/en/result").await.location(),
        "/en/application-date"
    );
}

#[tokio::test]
async fn a_cookie_made_with_the_previous_key_is_accepted_and_resealed() {
    use base64::Engine;
    let old = base64::engine::general_purpose::STANDARD.encode(crate::helpers::KEY);
    // 64 bytes that look random: the server refuses a key that is not.
    let new_key = [b"new-key-a".as_slice(), b"new-key-b"]
        .map(<sha2::Sha256 as sha2::Digest>::digest)
        .concat();
    let new = base64::engine::general_purpose::STANDARD.encode(&new_key);
    let app = spawn_app_with(&[("COOKIE_KEY", &new), ("COOKIE_KEY_PREVIOUS", &old)]).await;
    let answers = before_cutoff().with(Answer::ApplicationPortal(YesNo::No));
    let mut visitor = Visitor::new(&app);
    let old_cookie = sealed(&answers, SystemTime::now());
    visitor.cookie = Some(old_cookie.clone());
    let page = visitor.get("/en/result").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.attr("#outcome", "data-outcome").as_deref(),
        Some("book-by-phone")
    );
    let resealed = visitor.cookie.clone().unwrap();
    assert_ne!(resealed, old_cookie, "re-issued under the new key");
    let new_keys = AnswerCookie::new(CookieKeys::new(&new_key, None).unwrap(), Transport::Http);
    assert!(matches!(
        new_keys.open(&resealed, SystemTime::now()),
        Saved::Valid {
            seal: Seal::Current,
            ..
        }
    ));
}
