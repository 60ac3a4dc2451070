//! No redirect loop, whatever the cookies: a property test over random and
//! repeated `Cookie` headers (valid, expired, another key's, shaped like ours,
//! garbage; under our name, the other mode's name, or someone else's), sent
//! unchanged on every request, as a cookie the server cannot delete would be.
//! Every walk, following the redirects, ends on a page within 2 hops (a GET
//! within 1), in development and in production.

use std::time::{Duration, SystemTime};

use base64::Engine;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use residence_card_guide::answer_cookie::{
    AnswerCookie, COOKIE_NAME, CookieKeys, FeedbackState, HOST_COOKIE_NAME, Transport,
};
use residence_card_guide::i18n::Lang;
use residence_card_guide::rules::{Answers, Question, every_path};

use crate::common::{TEST_KEY, start_app};

/// A cookie value, made for the name it is sent under.
#[derive(Debug, Clone)]
enum Value {
    /// Sealed with the test key: the answers of the first `steps` of a path.
    Valid {
        path: usize,
        steps: usize,
        feedback: FeedbackState,
    },
    /// Sealed with the test key three hours ago.
    Expired,
    /// Sealed with another key.
    OtherKey,
    /// Random bytes, base64, as long as a sealed value of ours.
    Shaped(Vec<u8>),
    /// Anything a header can carry.
    Garbage(String),
}

#[derive(Debug, Clone, Copy)]
enum Name {
    Development,
    Production,
    Someone,
}

impl Name {
    fn text(self) -> &'static str {
        match self {
            Name::Development => COOKIE_NAME,
            Name::Production => HOST_COOKIE_NAME,
            Name::Someone => "session",
        }
    }
}

/// Where the walk begins.
#[derive(Debug, Clone)]
enum Start {
    Get(String),
    Post(String, String),
}

fn any_value() -> impl Strategy<Value = Value> {
    let paths = every_path();
    let longest = paths.iter().map(|p| p.answers.len()).max().unwrap_or(0);
    prop_oneof![
        (
            0..paths.len(),
            0..=longest,
            prop_oneof![Just(FeedbackState::Open), Just(FeedbackState::Given)]
        )
            .prop_map(|(path, steps, feedback)| Value::Valid {
                path,
                steps,
                feedback
            }),
        Just(Value::Expired),
        Just(Value::OtherKey),
        proptest::collection::vec(any::<u8>(), 41..200).prop_map(Value::Shaped),
        "[A-Za-z0-9+/=_%.-]{0,80}".prop_map(Value::Garbage),
    ]
}

fn any_name() -> impl Strategy<Value = Name> {
    prop_oneof![
        4 => Just(Name::Development),
        4 => Just(Name::Production),
        1 => Just(Name::Someone),
    ]
}

/// One to three `Cookie` headers of up to four pairs each.
fn any_cookie_headers() -> impl Strategy<Value = Vec<Vec<(Name, Value)>>> {
    proptest::collection::vec(
        proptest::collection::vec((any_name(), any_value()), 0..4),
        1..3,
    )
}

fn any_start() -> impl Strategy<Value = Start> {
    let lang = proptest::sample::select(Lang::ALL.to_vec()).prop_map(Lang::code);
    let question = proptest::sample::select(Question::ALL.to_vec());
    let query = proptest::sample::select(vec![
        "",
        "?notice=answers-lost",
        "?feedback=thanks",
        "?notice=answers-lost&feedback=thanks",
    ]);
    let page = proptest::sample::select(vec![
        "",
        "result",
        "about-this-guide",
        "accessibility",
        "nope",
    ]);
    prop_oneof![
        Just(Start::Get("/".to_owned())),
        lang.clone().prop_map(|l| Start::Get(format!("/{l}"))),
        (lang.clone(), question.clone(), query.clone())
            .prop_map(|(l, q, query)| Start::Get(format!("/{l}/{}{query}", q.slug()))),
        (lang.clone(), page, query)
            .prop_map(|(l, p, query)| Start::Get(format!("/{l}/{p}{query}"))),
        (lang.clone(), question, any::<bool>()).prop_flat_map(|(l, q, valid)| {
            let options = q.option_slugs().to_vec();
            proptest::sample::select(options).prop_map(move |option| {
                let value = if valid { option } else { "maybe" };
                Start::Post(
                    format!("/{l}/{}", q.slug()),
                    format!("{}={value}", q.slug()),
                )
            })
        }),
        (
            lang.clone(),
            proptest::sample::select(vec!["yes", "no", "perhaps"])
        )
            .prop_map(|(l, h)| Start::Post(format!("/{l}/feedback"), format!("helpful={h}"))),
        lang.prop_map(|l| Start::Post(format!("/{l}/start-again"), String::new())),
    ]
}

/// The text of one `Cookie` header.
fn header(pairs: &[(Name, Value)]) -> String {
    let now = SystemTime::now();
    let key = |bytes: &[u8; 64]| CookieKeys::new(bytes, None).unwrap();
    pairs
        .iter()
        .map(|(name, value)| {
            let transport = match name {
                Name::Production => Transport::Https,
                Name::Development | Name::Someone => Transport::Http,
            };
            let ours = AnswerCookie::new(key(&TEST_KEY), transport);
            let text = match value {
                Value::Valid {
                    path,
                    steps,
                    feedback,
                } => {
                    let answers = every_path()[*path]
                        .answers
                        .iter()
                        .take(*steps)
                        .fold(Answers::default(), |a, &answer| a.with(answer));
                    ours.seal_with_at(&answers, *feedback, now)
                        .value()
                        .to_owned()
                }
                Value::Expired => ours
                    .seal_at(&Answers::default(), now - Duration::from_secs(3 * 3600))
                    .value()
                    .to_owned(),
                Value::OtherKey => AnswerCookie::new(key(&[9; 64]), transport)
                    .seal(&Answers::default())
                    .value()
                    .to_owned(),
                Value::Shaped(bytes) => base64::engine::general_purpose::STANDARD.encode(bytes),
                Value::Garbage(text) => text.clone(),
            };
            format!("{}={text}", name.text())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Sends `start`, then GETs each `Location`, always with the same cookie
/// headers; the statuses seen.
async fn walk(
    client: &reqwest::Client,
    base: &str,
    start: &Start,
    cookies: &[String],
) -> Vec<(u16, String)> {
    let mut seen = Vec::new();
    let (mut method, mut path, mut body) = match start {
        Start::Get(path) => (reqwest::Method::GET, path.clone(), None),
        Start::Post(path, form) => (reqwest::Method::POST, path.clone(), Some(form.clone())),
    };
    // A loop is caught by the hop limit; this bounds the test itself.
    for _ in 0..6 {
        let mut request = client
            .request(method.clone(), format!("{base}{path}"))
            .header("sec-fetch-site", "same-origin");
        for cookie in cookies {
            request = request.header("cookie", cookie);
        }
        if let Some(form) = body.take() {
            request = request
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form);
        }
        let response = request.send().await.expect("answered");
        let status = response.status().as_u16();
        seen.push((status, path.clone()));
        let Some(location) = response.headers().get("location") else {
            break;
        };
        path = location.to_str().unwrap().to_owned();
        method = reqwest::Method::GET;
    }
    seen
}

#[test]
fn no_cookie_makes_a_redirect_loop() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (development, production) = runtime.block_on(async {
        (
            start_app(&[]),
            start_app(&[
                ("APP_ENV", "production"),
                ("PUBLIC_ORIGIN", "https://guide.example"),
            ]),
        )
    });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (any::<bool>(), any_start(), any_cookie_headers());
    let result = runner.run(&strategy, |(in_production, start, headers)| {
        let base = if in_production {
            &production.base
        } else {
            &development.base
        };
        let cookies: Vec<String> = headers.iter().map(|pairs| header(pairs)).collect();
        let seen = runtime.block_on(walk(&client, base, &start, &cookies));
        let hops = seen.len() - 1;
        let limit = match start {
            Start::Get(_) => 1,
            Start::Post(..) => 2,
        };
        let (last, _) = seen[seen.len() - 1];
        if hops > limit || (300..400).contains(&last) || last >= 500 {
            return Err(TestCaseError::fail(format!(
                "{hops} redirects (at most {limit}), ending with {last}: {seen:?}"
            )));
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}
