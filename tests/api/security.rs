//! Headers, cross-site posts, body limits and methods.

use reqwest::Method;

use crate::helpers::{TestApp, Visitor, spawn_app, spawn_app_with};

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

/// Posts `application-date` and `start-again` with `headers` from a visitor
/// whose cookie is `kept`: each must be refused with 403, saving and clearing
/// nothing.
async fn assert_refused(app: &TestApp, headers: &[(&str, &str)], why: &str) {
    for path in ["/en/application-date", "/en/start-again", "/en/feedback"] {
        let mut visitor = Visitor::new(app);
        visitor.cookie = Some("kept".into());
        let page = visitor
            .send(
                Method::POST,
                path,
                Some("application-date=before-cutoff".into()),
                headers,
            )
            .await;
        assert_eq!(page.status, 403, "{why}: {headers:?} {path}");
        assert!(
            page.set_cookie().is_none(),
            "{why}: {headers:?}: nothing saved or cleared"
        );
        assert_eq!(
            page.text("h1").as_deref(),
            Some("We did not save your answer")
        );
    }
}

/// Posts the first answer with `headers`: it must be saved (303).
async fn assert_allowed(app: &TestApp, headers: &[(&str, &str)], why: &str) {
    let mut visitor = Visitor::new(app);
    let page = visitor
        .send(
            Method::POST,
            "/en/application-date",
            Some("application-date=before-cutoff".into()),
            headers,
        )
        .await;
    assert_eq!(page.status, 303, "{why}: {headers:?}");
    assert!(page.set_cookie().is_some(), "{why}: saved");
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    // In development the public origin is the listening address.
    let own = app.address.clone();
    let refused: &[(&str, &[(&str, &str)])] = &[
        ("another site", &[("sec-fetch-site", "cross-site")]),
        (
            "another site, our Origin",
            &[("sec-fetch-site", "cross-site"), ("origin", &own)],
        ),
        ("a sibling subdomain", &[("sec-fetch-site", "same-site")]),
        (
            "a sibling subdomain, our Origin",
            &[("sec-fetch-site", "same-site"), ("origin", &own)],
        ),
        (
            "an old browser on another site",
            &[("origin", "https://evil.example")],
        ),
        ("another port", &[("origin", "http://127.0.0.1:1")]),
        ("a sandboxed frame", &[("origin", "null")]),
    ];
    for (why, headers) in refused {
        assert_refused(&app, headers, why).await;
    }
    let allowed: &[(&str, &[(&str, &str)])] = &[
        ("a plain HTTP client", &[]),
        ("a browser", &[("sec-fetch-site", "same-origin")]),
        ("typed by the person", &[("sec-fetch-site", "none")]),
        ("an old browser", &[("origin", &own)]),
    ];
    for (why, headers) in allowed {
        assert_allowed(&app, headers, why).await;
    }
}

/// Behind a TLS-terminating proxy (nginx as in docs/operations.md: `Host` set,
/// no `X-Forwarded-Proto`) the server sees plain HTTP, but an old browser
/// (Safari before 16.4, Firefox before 90: no `Sec-Fetch-Site`) sends
/// `Origin: https://…`. `PUBLIC_ORIGIN` is what it is compared with, and no
/// forwarded header is believed, whoever sends it.
#[tokio::test]
async fn behind_a_tls_proxy_old_browsers_post_and_forwarded_headers_are_ignored() {
    let app = spawn_app_with(&[("PUBLIC_ORIGIN", "https://guide.example")]).await;
    let host = ("host", "guide.example");
    assert_allowed(
        &app,
        &[host, ("origin", "https://guide.example")],
        "an old browser behind TLS, no X-Forwarded-Proto",
    )
    .await;
    assert_allowed(
        &app,
        &[
            host,
            ("origin", "https://guide.example"),
            ("x-forwarded-proto", "http"),
            ("x-forwarded-host", "elsewhere.example"),
        ],
        "forwarded headers that disagree change nothing either",
    )
    .await;
    let connection = app.address.clone();
    let refused: &[(&str, &[(&str, &str)])] = &[
        (
            "a sibling subdomain (old browser)",
            &[host, ("origin", "https://forum.guide.example")],
        ),
        (
            "a sibling subdomain",
            &[
                host,
                ("sec-fetch-site", "same-site"),
                ("origin", "https://forum.guide.example"),
            ],
        ),
        ("a sandboxed frame", &[host, ("origin", "null")]),
        (
            "the guide over plain HTTP",
            &[host, ("origin", "http://guide.example")],
        ),
        (
            "the address the server listens on is not the public origin",
            &[("origin", &connection)],
        ),
        (
            "X-Forwarded-Host and -Proto naming the attacker",
            &[
                ("host", "evil.example"),
                ("origin", "https://evil.example"),
                ("x-forwarded-host", "evil.example"),
                ("x-forwarded-proto", "https"),
            ],
        ),
        (
            "Forwarded naming the attacker",
            &[
                ("host", "evil.example"),
                ("origin", "https://evil.example"),
                ("forwarded", "for=192.0.2.1;host=evil.example;proto=https"),
            ],
        ),
        (
            "X-Forwarded-Proto to make our host look https",
            &[
                host,
                ("origin", "https://guide.example.evil.example"),
                ("x-forwarded-proto", "https"),
                ("x-forwarded-host", "guide.example.evil.example"),
            ],
        ),
    ];
    for (why, headers) in refused {
        assert_refused(&app, headers, why).await;
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
