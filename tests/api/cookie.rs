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
/// response has HSTS; a cookie from before the `__Host-` name is read once
/// more, sealed again under the new name, and removed with it on Start again.
#[tokio::test]
async fn the_cookie_is_a_secure_host_cookie_in_production() {
    let app = spawn_app_with(&[("APP_ENV", "production")]).await;
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

    // A cookie made before the change, under the plain name.
    let before = sealed(&before_cutoff(), SystemTime::now());
    let get = |path: &str, cookie: String| {
        app.client
            .get(format!("{}{path}", app.address))
            .header("cookie", cookie)
            .send()
    };
    let page = get("/en/application-portal", format!("rcg-answers={before}"))
        .await
        .unwrap();
    assert_eq!(
        page.status(),
        200,
        "the old cookie still opens the question"
    );
    let resealed: Vec<&str> = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(
        resealed.len() == 1 && resealed[0].starts_with("__Host-rcg-answers="),
        "{resealed:?}"
    );
    let start_again = app
        .client
        .post(format!("{}/en/start-again", app.address))
        .header("cookie", format!("rcg-answers={before}"))
        .send()
        .await
        .unwrap();
    let removed: Vec<&str> = start_again
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(removed.len(), 2, "{removed:?}");
    assert!(
        removed[0].starts_with("__Host-rcg-answers=;"),
        "{removed:?}"
    );
    assert!(removed[1].starts_with("rcg-answers=;"), "{removed:?}");

    // Development: no HSTS, the plain name.
    let dev = spawn_app().await;
    let mut visitor = Visitor::new(&dev);
    let page = visitor.get("/en/").await;
    assert_eq!(page.header("strict-transport-security"), None);
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
    let new = base64::engine::general_purpose::STANDARD.encode([5u8; 64]);
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
    let new_keys = AnswerCookie::new(CookieKeys::new(&[5; 64], None).unwrap(), Transport::Http);
    assert!(matches!(
        new_keys.open(&resealed, SystemTime::now()),
        Saved::Valid {
            seal: Seal::Current,
            ..
        }
    ));
}
