//! Start the real server on port 0 and talk to it like a browser would.

use std::time::SystemTime;

use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::{Method, StatusCode};
use residence_card_guide::answer_cookie::{AnswerCookie, COOKIE_NAME, CookieKeys, Transport};
use residence_card_guide::rules::{Answer, Answers};
use scraper::{Html, Selector};

pub use crate::common::TEST_KEY as KEY;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
}

impl TestApp {
    /// A client for an app at `address`: follows no redirect by itself.
    pub fn at(address: String) -> TestApp {
        TestApp {
            address,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
        }
    }
}

/// Starts the app with the test key (not in production mode).
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Starts the app with extra settings, e.g. `[("APP_ENV", "production")]`.
pub async fn spawn_app_with(vars: &[(&str, &str)]) -> TestApp {
    TestApp::at(crate::common::start_app(vars).base)
}

/// One response, read whole.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("no Location header; status {}", self.status))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The answer cookie's `Set-Cookie` line, if the response sets one.
    pub fn set_cookie(&self) -> Option<&str> {
        self.headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{COOKIE_NAME}=")))
    }

    /// Text of the first element matching `css`, whitespace folded.
    pub fn text(&self, css: &str) -> Option<String> {
        let selector = Selector::parse(css).unwrap();
        self.html().select(&selector).next().map(|e| {
            e.text()
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// An attribute of the first element matching `css`.
    pub fn attr(&self, css: &str, name: &str) -> Option<String> {
        let selector = Selector::parse(css).unwrap();
        self.html()
            .select(&selector)
            .next()
            .and_then(|e| e.value().attr(name).map(str::to_owned))
    }

    /// How many elements match `css`.
    pub fn count(&self, css: &str) -> usize {
        let selector = Selector::parse(css).unwrap();
        self.html().select(&selector).count()
    }

    /// Every value of attribute `name` on elements matching `css`.
    pub fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap();
        self.html()
            .select(&selector)
            .filter_map(|e| e.value().attr(name).map(str::to_owned))
            .collect()
    }
}

/// A browser-like visitor: keeps the answer cookie between requests, follows
/// nothing by itself, and sends same-origin headers on posts.
pub struct Visitor<'a> {
    pub app: &'a TestApp,
    pub cookie: Option<String>,
}

impl<'a> Visitor<'a> {
    pub fn new(app: &'a TestApp) -> Visitor<'a> {
        Visitor { app, cookie: None }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        self.send(Method::GET, path, None, &[]).await
    }

    /// Answers each question of `answers` in turn, in language `lang`, as the
    /// form on each question page would.
    pub async fn answer_all(&mut self, lang: &str, answers: &[Answer]) {
        for answer in answers {
            let q = answer.question().slug();
            let posted = self
                .post(
                    &format!("/{lang}/{q}"),
                    &format!("{q}={}", answer.option_slug()),
                )
                .await;
            assert_eq!(posted.status, 303, "/{lang}/{q}");
        }
    }

    /// Posts `body` as a form, from this site (`Sec-Fetch-Site: same-origin`).
    pub async fn post(&mut self, path: &str, body: &str) -> Page {
        self.send(
            Method::POST,
            path,
            Some(body.to_owned()),
            &[("sec-fetch-site", "same-origin")],
        )
        .await
    }

    pub async fn send(
        &mut self,
        method: Method,
        path: &str,
        body: Option<String>,
        headers: &[(&str, &str)],
    ) -> Page {
        let url = format!("{}{path}", self.app.address);
        let mut request = self.app.client.request(method, url);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", format!("{COOKIE_NAME}={cookie}"));
        }
        if let Some(body) = body {
            if !headers
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
            {
                request = request.header("content-type", "application/x-www-form-urlencoded");
            }
            request = request.body(body);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("request is answered");
        let page = Page {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        };
        if let Some(set) = page.set_cookie() {
            let value = set
                .split(';')
                .next()
                .unwrap()
                .trim_start_matches(&format!("{COOKIE_NAME}="))
                .to_owned();
            let removed = set.contains("Max-Age=0") || value.is_empty();
            self.cookie = (!removed).then_some(value);
        }
        page
    }
}

/// The development answer cookie with the test key.
pub fn test_cookie() -> AnswerCookie {
    AnswerCookie::new(CookieKeys::new(&KEY, None).unwrap(), Transport::Http)
}

/// A cookie value sealed with the test key, issued at `when`.
pub fn sealed(answers: &Answers, when: SystemTime) -> String {
    test_cookie().seal_at(answers, when).value().to_owned()
}
