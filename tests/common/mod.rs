//! The one way the tests start the app in their own process: on a loopback
//! port with the test key, on the current tokio runtime (it stops with it).
//! `tests/api` and `tests/browser` both include this file.

use std::net::TcpListener;

use base64::Engine;
use residence_card_guide::answer_cookie::AnswerCookie;
use residence_card_guide::config::Settings;
use residence_card_guide::startup::Listeners;

/// The test key: 64 bytes, once made at random (the server refuses a key
/// that is not random bytes). Tests seal their own cookies with it.
pub const TEST_KEY: [u8; 64] = [
    179, 180, 73, 77, 204, 56, 17, 30, 27, 234, 64, 36, 217, 171, 192, 186, 6, 97, 240, 74, 34,
    225, 208, 251, 120, 198, 226, 69, 117, 239, 95, 97, 27, 67, 20, 15, 29, 41, 230, 147, 82, 201,
    155, 92, 65, 59, 217, 89, 161, 14, 10, 128, 9, 133, 15, 218, 199, 11, 8, 210, 80, 183, 91, 203,
];

/// A running app.
#[derive(Clone)]
pub struct Started {
    /// `http://127.0.0.1:<port>`
    pub base: String,
    /// The server's answer cookie: tests seal and open cookies with it.
    pub cookie: AnswerCookie,
    /// `http://127.0.0.1:<port>/metrics`, the metrics listener's scrape URL.
    #[allow(dead_code, reason = "the browser suite does not scrape")]
    pub metrics: String,
}

/// The operator every test app names: one per process, as in production
/// (pages are rendered once per process).
pub const TEST_OPERATOR: [(&str, &str); 3] = [
    ("OPERATOR_NAME", "Test Operator AS"),
    ("OPERATOR_CONTACT", "mailto:guide@operator.example"),
    ("OPERATOR_PRIVACY_URL", "https://operator.example/privacy"),
];

/// Starts the app with the test key, the test operator and `vars` (e.g.
/// `[("APP_ENV", "production")]`); later entries win. Must run inside a tokio
/// runtime.
pub fn start_app(vars: &[(&str, &str)]) -> Started {
    let key = base64::engine::general_purpose::STANDARD.encode(TEST_KEY);
    let mut all: Vec<(String, String)> = vec![("COOKIE_KEY".into(), key)];
    all.extend(
        TEST_OPERATOR
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    all.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let settings = Settings::from_lookup(|name| {
        all.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    })
    .expect("test settings are valid");
    let free = || TcpListener::bind("127.0.0.1:0").expect("bind a free loopback port");
    let (public, metrics) = (free(), free());
    let port = |l: &TcpListener| l.local_addr().expect("a local address").port();
    let started = Started {
        base: format!("http://127.0.0.1:{}", port(&public)),
        cookie: settings.answer_cookie(),
        metrics: format!("http://127.0.0.1:{}/metrics", port(&metrics)),
    };
    let listeners = Listeners {
        public,
        metrics: Some(metrics),
    };
    let running =
        residence_card_guide::startup::run(listeners, &settings).expect("the server starts");
    tokio::spawn(running.serve());
    started
}
