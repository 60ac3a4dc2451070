//! Headers, cross-site posts, body limits and methods.

use reqwest::Method;

use crate::helpers::{Visitor, spawn_app};

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

#[tokio::test]
async fn every_page_is_no_store_with_a_strict_policy() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    for path in [
        "/",
        "/en/",
        "/nb/application-date",
        "/en/result",
        "/nn/accessibility",
        "/en/about-this-guide",
        "/en/missing",
        "/healthz",
    ] {
        let page = visitor.get(path).await;
        assert_eq!(page.header("cache-control"), Some("no-store"), "{path}");
        assert_eq!(page.header("content-security-policy"), Some(CSP), "{path}");
        assert_eq!(
            page.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            page.header("referrer-policy"),
            Some("same-origin"),
            "{path}"
        );
        assert!(!page.body.contains("<script"), "{path}");
        assert!(!page.body.contains("style="), "{path}: no inline styles");
    }
    let css = visitor.get("/static/style.css").await;
    assert_eq!(css.status, 200);
    assert!(css.header("cache-control").unwrap().starts_with("public"));
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let own = app.address.clone();
    let refused: &[&[(&str, &str)]] = &[
        &[("sec-fetch-site", "cross-site")],
        &[("sec-fetch-site", "cross-site"), ("origin", &own)],
        &[("origin", "https://evil.example")],
        &[("origin", "http://127.0.0.1:1")],
    ];
    let allowed: &[&[(&str, &str)]] = &[
        &[],
        &[("sec-fetch-site", "same-origin")],
        &[("sec-fetch-site", "none")],
        &[("origin", "null")],
        &[("origin", &own)],
    ];
    for headers in refused {
        for path in ["/en/application-date", "/en/start-again"] {
            let mut visitor = Visitor::new(&app);
            visitor.cookie = Some("kept".into());
            let page = visitor
                .send(
                    Method::POST,
                    path,
                    Some("application-date=before-cutoff".into()),
                    headers,
                )
                .await;
            assert_eq!(page.status, 403, "{headers:?} {path}");
            assert!(
                page.set_cookie().is_none(),
                "{headers:?}: nothing saved or cleared"
            );
            assert_eq!(
                page.text("h1").as_deref(),
                Some("We did not save your answer")
            );
        }
    }
    for headers in allowed {
        let mut visitor = Visitor::new(&app);
        let page = visitor
            .send(
                Method::POST,
                "/en/application-date",
                Some("application-date=before-cutoff".into()),
                headers,
            )
            .await;
        assert_eq!(page.status, 303, "{headers:?}");
    }
}

#[tokio::test]
async fn bad_requests_get_localized_pages_with_the_right_status() {
    let app = spawn_app().await;
    let mut visitor = Visitor::new(&app);
    let big = format!("application-date={}", "a".repeat(8 * 1024));
    let page = visitor.post("/nb/application-date", &big).await;
    assert_eq!(page.status, 413);
    assert_eq!(page.attr("html", "lang").as_deref(), Some("nb"));
    let page = visitor
        .send(
            Method::POST,
            "/en/application-date",
            Some("{\"application-date\":\"before-cutoff\"}".into()),
            &[("content-type", "application/json")],
        )
        .await;
    assert_eq!(page.status, 415);
    for method in [Method::PUT, Method::DELETE, Method::PATCH] {
        let page = visitor
            .send(method.clone(), "/en/application-date", None, &[])
            .await;
        assert_eq!(page.status, 405, "{method}");
        assert_eq!(page.header("allow"), Some("GET, HEAD, POST"));
        assert_eq!(page.attr("html", "lang").as_deref(), Some("en"));
    }
    let page = visitor.send(Method::POST, "/en/result", None, &[]).await;
    assert_eq!(page.status, 405);
    let page = visitor.get("/en/start-again").await;
    assert_eq!(
        (page.status.as_u16(), page.header("allow")),
        (405, Some("POST"))
    );
    let head = visitor.send(Method::HEAD, "/en/", None, &[]).await;
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    let page = visitor.get("/en/nothing-here").await;
    assert_eq!(page.status, 404);
    assert_eq!(page.text("h1").as_deref(), Some("Page not found"));
    let page = visitor.get("/nn/nothing-here").await;
    assert_eq!(page.attr("html", "lang").as_deref(), Some("nn"));
    for path in [
        "/static/../Cargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/style.css/..",
    ] {
        let page = visitor.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(!page.body.contains("[package]"), "{path}");
    }
}
