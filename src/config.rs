//! Configuration from the environment. See the README's configuration table.

use std::net::SocketAddr;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};

use crate::answer_cookie::{AnswerCookie, CookieKeys, KeyTooShort, Transport};
use crate::operator::{self, BadAddress, Operator};
use crate::public_origin::{OriginError, PublicOrigin, Scheme};

/// Everything the server needs to start.
#[derive(Clone)]
pub struct Settings {
    pub address: Address,
    pub keys: CookieKeys,
    pub env: AppEnv,
    /// Whether the cookie key was configured or made at start.
    pub key_source: KeySource,
    /// `METRICS_HOST:METRICS_PORT`, a listener of its own; `None` when
    /// `METRICS_PORT=0`: then nothing is counted either.
    pub metrics: Option<Address>,
    /// `SHUTDOWN_DRAIN_SECONDS`: after SIGTERM, how long the instance keeps
    /// serving (not ready, closing each connection) before it stops.
    pub drain: Duration,
    /// `OPERATOR_NAME`, `OPERATOR_CONTACT`, `OPERATOR_PRIVACY_URL`: who runs the
    /// guide. Required in production; a placeholder in development.
    pub operator: Operator,
    /// `PUBLIC_ORIGIN`: the origin a same-origin post comes from.
    pub public_origin: OriginSetting,
}

/// The drain period when `SHUTDOWN_DRAIN_SECONDS` is not set: longer than a
/// kept-alive connection stays open (5 s), so none is left when it stops.
pub const DEFAULT_DRAIN: Duration = Duration::from_secs(6);
/// The longest drain `SHUTDOWN_DRAIN_SECONDS` accepts: a value above it is
/// more likely milliseconds meant than an instance that should serve on for
/// over five minutes after SIGTERM.
pub const MAX_DRAIN: Duration = Duration::from_secs(300);

/// `PUBLIC_ORIGIN`, or the development default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OriginSetting {
    /// Set: the origin the guide is served from.
    Configured(PublicOrigin),
    /// Unset, in development: the address the server listens on
    /// (`http://127.0.0.1:8080`), known once it listens.
    ListeningAddress,
}

impl OriginSetting {
    /// Reads `PUBLIC_ORIGIN`: required in production, and `https` there.
    pub fn from_lookup(
        get: &impl Fn(&str) -> Option<String>,
        env: AppEnv,
    ) -> Result<OriginSetting, ConfigError> {
        let Some(value) = get("PUBLIC_ORIGIN") else {
            return match env {
                AppEnv::Development => Ok(OriginSetting::ListeningAddress),
                AppEnv::Production => Err(ConfigError::MissingPublicOrigin),
            };
        };
        let origin = PublicOrigin::parse(&value)
            .map_err(|reason| ConfigError::BadPublicOrigin(value.clone(), reason))?;
        match (env, origin.scheme()) {
            (AppEnv::Production, Scheme::Http) => Err(ConfigError::PublicOriginNotHttps(value)),
            (AppEnv::Production, Scheme::Https) | (AppEnv::Development, _) => {
                Ok(OriginSetting::Configured(origin))
            }
        }
    }

    /// The origin, once the server listens on `listening`.
    pub fn resolve(&self, listening: SocketAddr) -> PublicOrigin {
        match self {
            OriginSetting::Configured(origin) => origin.clone(),
            OriginSetting::ListeningAddress => PublicOrigin::of_listener(listening),
        }
    }
}

/// `APP_ENV`: how the guide is deployed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppEnv {
    /// Unset or `development`: plain HTTP works, a missing key is made at start.
    Development,
    /// `production`: HTTPS only (`__Host-` cookie, `Secure`, HSTS), and a
    /// cookie key is required.
    Production,
}

impl AppEnv {
    /// The values `APP_ENV` accepts, exactly (no case folding, no spaces).
    pub const ACCEPTED: [(&'static str, AppEnv); 2] = [
        ("development", AppEnv::Development),
        ("production", AppEnv::Production),
    ];

    /// Parses `APP_ENV`; unset means development.
    pub fn parse(value: Option<&str>) -> Result<AppEnv, ConfigError> {
        let Some(value) = value else {
            return Ok(AppEnv::Development);
        };
        AppEnv::ACCEPTED
            .iter()
            .find(|(name, _)| *name == value)
            .map(|&(_, env)| env)
            .ok_or_else(|| ConfigError::BadAppEnv(value.to_owned()))
    }

    /// The value of `APP_ENV` that selects this environment.
    pub const fn name(self) -> &'static str {
        match self {
            AppEnv::Development => "development",
            AppEnv::Production => "production",
        }
    }

    /// How the guide is reached in this environment.
    pub const fn transport(self) -> Transport {
        match self {
            AppEnv::Development => Transport::Http,
            AppEnv::Production => Transport::Https,
        }
    }
}

/// Where the cookie key came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// `COOKIE_KEY` (and maybe `COOKIE_KEY_PREVIOUS`).
    Configured,
    /// Made at random at start (development only): answers do not survive a
    /// restart, and other instances cannot read them.
    Generated,
}

/// `HOST` and `PORT`: where the server listens, and where `healthcheck` asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub host: String,
    pub port: u16,
}

impl Address {
    /// Reads `HOST` (default `127.0.0.1`) and `PORT` (default `8080`).
    pub fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<Address, ConfigError> {
        Address::named(get, ("HOST", "127.0.0.1"), ("PORT", 8080))
    }

    /// Reads `METRICS_HOST` (default `127.0.0.1`) and `METRICS_PORT` (default
    /// `9464`); `None` for port 0.
    pub fn metrics_from_lookup(
        get: &impl Fn(&str) -> Option<String>,
    ) -> Result<Option<Address>, ConfigError> {
        let address = Address::named(get, ("METRICS_HOST", "127.0.0.1"), ("METRICS_PORT", 9464))?;
        Ok((address.port != 0).then_some(address))
    }

    fn named(
        get: &impl Fn(&str) -> Option<String>,
        (host_name, default_host): (&'static str, &str),
        (port_name, default_port): (&'static str, u16),
    ) -> Result<Address, ConfigError> {
        let host = get(host_name).unwrap_or_else(|| default_host.to_owned());
        let port = match get(port_name) {
            None => default_port,
            Some(p) => p
                .trim()
                .parse()
                .map_err(|_| ConfigError::BadPort(port_name, p))?,
        };
        Ok(Address { host, port })
    }
}

/// A configuration the server refuses to start with.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "COOKIE_KEY is required when APP_ENV=production (the key itself, or COOKIE_KEY_FILE: \
         the path of a file that holds it). Make one with: openssl rand -base64 64"
    )]
    MissingKey,
    #[error("set {0} or {1}, not both")]
    KeyAndKeyFile(&'static str, &'static str),
    #[error("{name}: cannot read {path:?}: {error}")]
    KeyFile {
        name: &'static str,
        path: String,
        error: String,
    },
    #[error("{name} names {path:?}, which holds no key. Make one with: openssl rand -base64 64")]
    EmptyKeyFile { name: &'static str, path: String },
    #[error("{0} is not valid base64")]
    NotBase64(&'static str),
    #[error("{0} must decode to at least 64 bytes. Make one with: openssl rand -base64 64")]
    KeyTooShort(&'static str),
    #[error(
        "{0} is not random bytes: it {1}. Make one with: openssl rand -base64 64 \
         (anyone who can guess the key can read and forge the answer cookie)"
    )]
    KeyNotRandom(&'static str, NotRandom),
    #[error("{0} must be a number from 0 to 65535, not {1:?}")]
    BadPort(&'static str, String),
    #[error(
        "{0} is required when APP_ENV=production: every page names who runs the guide and how to reach them (see the README)"
    )]
    MissingOperator(&'static str),
    #[error(
        "{0} must be one mailto: or https: address (mailto:guide@example.org, https://example.org/contact), not {1:?}"
    )]
    BadOperatorAddress(&'static str, String),
    #[error("SHUTDOWN_DRAIN_SECONDS must be a whole number of seconds from 0 to 300, not {0:?}")]
    BadDrain(String),
    #[error(
        "PUBLIC_ORIGIN is required when APP_ENV=production: the https origin the guide is \
         served from, for example https://guide.example"
    )]
    MissingPublicOrigin,
    #[error(
        "PUBLIC_ORIGIN must be an origin such as https://guide.example (scheme, host and an \
         optional port), not {0:?}: {1}"
    )]
    BadPublicOrigin(String, OriginError),
    #[error("PUBLIC_ORIGIN must be an https origin when APP_ENV=production, not {0:?}")]
    PublicOriginNotHttps(String),
    #[error(
        "APP_ENV must be \"development\" or \"production\" (or unset, for development), not {0:?}"
    )]
    BadAppEnv(String),
    #[error(
        "RUST_LOG must be a tracing filter such as \"info\" or \"warn,residence_card_guide=debug\", \
         not {0:?}: {1}"
    )]
    BadRustLog(String, String),
    #[error("LOG_FORMAT must be \"text\" or \"json\" (or unset, for text), not {0:?}")]
    BadLogFormat(String),
}

impl Settings {
    /// Reads the settings in the README's configuration table.
    pub fn from_env() -> Result<Settings, ConfigError> {
        Settings::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Settings::from_env`], from any lookup (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Settings, ConfigError> {
        let env = AppEnv::parse(get("APP_ENV").as_deref())?;
        let address = Address::from_lookup(&get)?;
        let metrics = Address::metrics_from_lookup(&get)?;
        let drain = drain_from_lookup(&get)?;
        let current = match Secret::CURRENT_KEY.read(&get)? {
            Given::Unset => None,
            Given::Value(name, key) => Some((name, key)),
            Given::EmptyFile(name, path) => return Err(ConfigError::EmptyKeyFile { name, path }),
        };
        // An empty previous key (or file) is the usual case: no rotation.
        let previous = match Secret::PREVIOUS_KEY.read(&get)? {
            Given::Value(name, key) => Some((name, key)),
            Given::Unset | Given::EmptyFile(..) => None,
        };
        let (keys, key_source) = match (current, env) {
            (Some((name, current)), _) => {
                let current = decode_key(name, &current)?;
                let previous = previous.map(|(name, p)| decode_key(name, &p)).transpose()?;
                let keys = CookieKeys::new(&current, previous.as_deref())
                    .map_err(|KeyTooShort| ConfigError::KeyTooShort(name))?;
                (keys, KeySource::Configured)
            }
            (None, AppEnv::Production) => return Err(ConfigError::MissingKey),
            (None, AppEnv::Development) => (CookieKeys::generate(), KeySource::Generated),
        };
        let public_origin = OriginSetting::from_lookup(&get, env)?;
        let operator = operator_from_lookup(&get, env)?;
        Ok(Settings {
            address,
            keys,
            env,
            key_source,
            metrics,
            drain,
            public_origin,
            operator,
        })
    }

    /// The answer cookie these settings make.
    pub fn answer_cookie(&self) -> AnswerCookie {
        AnswerCookie::new(self.keys.clone(), self.env.transport())
    }
}

/// Reads `OPERATOR_NAME`, `OPERATOR_CONTACT` and `OPERATOR_PRIVACY_URL`. In
/// production the name and the contact are required; in development a missing
/// one is taken from [`Operator::placeholder`], which says so on every page.
fn operator_from_lookup(
    get: &impl Fn(&str) -> Option<String>,
    env: AppEnv,
) -> Result<Operator, ConfigError> {
    let set = |name: &str| get(name).filter(|v| !v.trim().is_empty());
    let address = |name: &'static str, value: String| {
        operator::Address::parse(&value)
            .map_err(|_: BadAddress| ConfigError::BadOperatorAddress(name, value))
    };
    let placeholder = Operator::placeholder();
    let required = |name: &'static str| match (set(name), env) {
        (Some(value), _) => Ok(Some(value)),
        (None, AppEnv::Production) => Err(ConfigError::MissingOperator(name)),
        (None, AppEnv::Development) => Ok(None),
    };
    let name = required("OPERATOR_NAME")?.map_or(placeholder.name, |n| n.trim().to_owned());
    let contact = match required("OPERATOR_CONTACT")? {
        Some(value) => address("OPERATOR_CONTACT", value)?,
        None => placeholder.contact,
    };
    let privacy = set("OPERATOR_PRIVACY_URL")
        .map(|value| address("OPERATOR_PRIVACY_URL", value))
        .transpose()?;
    Ok(Operator {
        name,
        contact,
        privacy,
    })
}

/// Reads `SHUTDOWN_DRAIN_SECONDS`: whole seconds, at most [`MAX_DRAIN`].
fn drain_from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<Duration, ConfigError> {
    let Some(value) = get("SHUTDOWN_DRAIN_SECONDS") else {
        return Ok(DEFAULT_DRAIN);
    };
    value
        .trim()
        .parse()
        .ok()
        .map(Duration::from_secs)
        .filter(|drain| *drain <= MAX_DRAIN)
        .ok_or(ConfigError::BadDrain(value))
}

/// A secret setting: given in its variable, or in a file whose path is in a
/// second variable (`COOKIE_KEY_FILE`: a Kubernetes Secret or a Docker secret
/// mounted as a file). Never both.
struct Secret {
    name: &'static str,
    file: &'static str,
}

/// What a [`Secret`] was set to. The names say where it came from, for messages.
enum Given {
    Unset,
    /// The value (not yet decoded), and the variable that gave it.
    Value(&'static str, String),
    /// The `_FILE` variable names a file with nothing but whitespace in it.
    EmptyFile(&'static str, String),
}

impl Secret {
    const CURRENT_KEY: Secret = Secret {
        name: "COOKIE_KEY",
        file: "COOKIE_KEY_FILE",
    };
    const PREVIOUS_KEY: Secret = Secret {
        name: "COOKIE_KEY_PREVIOUS",
        file: "COOKIE_KEY_PREVIOUS_FILE",
    };

    /// Reads the variable or the file (an empty variable counts as unset).
    fn read(&self, get: &impl Fn(&str) -> Option<String>) -> Result<Given, ConfigError> {
        let set = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        match (set(self.name), set(self.file)) {
            (Some(_), Some(_)) => Err(ConfigError::KeyAndKeyFile(self.name, self.file)),
            (Some(value), None) => Ok(Given::Value(self.name, value)),
            (None, None) => Ok(Given::Unset),
            (None, Some(path)) => {
                let value =
                    std::fs::read_to_string(&path).map_err(|error| ConfigError::KeyFile {
                        name: self.file,
                        path: path.clone(),
                        error: error.to_string(),
                    })?;
                Ok(if value.trim().is_empty() {
                    Given::EmptyFile(self.file, path)
                } else {
                    Given::Value(self.file, value)
                })
            }
        }
    }
}

/// Decodes a base64 key (standard or URL-safe alphabet, padding optional).
fn decode_key(name: &'static str, value: &str) -> Result<Vec<u8>, ConfigError> {
    let cleaned: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let padded = match cleaned.len() % 4 {
        0 => cleaned,
        n => format!("{cleaned}{}", "=".repeat(4 - n)),
    };
    let bytes = STANDARD
        .decode(&padded)
        .or_else(|_| URL_SAFE.decode(&padded))
        .map_err(|_| ConfigError::NotBase64(name))?;
    if bytes.len() < 64 {
        return Err(ConfigError::KeyTooShort(name));
    }
    if let Some(why) = NotRandom::check(&cleaned_text(value), &bytes[..64]) {
        return Err(ConfigError::KeyNotRandom(name, why));
    }
    Ok(bytes)
}

fn cleaned_text(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .collect()
}

/// How a cookie key shows it was not made by a random generator: a
/// password, a phrase, a run of one byte or a pattern. Each test refuses a
/// key of 64 random bytes (what `openssl rand -base64 64` makes) with a
/// chance under 1 in 10^15, except `Letters`: about 1 in 57 million such keys
/// is letters only, and is refused too (making another is the remedy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotRandom {
    /// The base64 text is letters only: a password typed in, not base64 of
    /// random bytes (which has digits, `+` and `/` too).
    #[error("is letters only, like a password (base64 of random bytes has digits, + or / too)")]
    Letters,
    /// Every byte is a printable character: a password or phrase, encoded.
    #[error("decodes to printable characters only, like a password or phrase")]
    Printable,
    /// The bytes repeat a pattern of this many bytes (1: one byte over and over).
    #[error("repeats a pattern of {0} byte(s)")]
    Repeats(usize),
    /// Fewer than 32 different byte values among the 64 used (random keys
    /// have about 57).
    #[error("has only {0} different byte values among its first 64 bytes")]
    FewValues(usize),
}

impl NotRandom {
    /// Why `key` (the 64 bytes used) from the base64 `text` (without spaces or
    /// padding) is not random, if it is not.
    pub fn check(text: &str, key: &[u8]) -> Option<NotRandom> {
        if let Some(period) =
            (1..=key.len() / 2).find(|&p| key.iter().zip(&key[p..]).all(|(a, b)| a == b))
        {
            return Some(NotRandom::Repeats(period));
        }
        if key.iter().all(|b| (0x20..=0x7e).contains(b)) {
            return Some(NotRandom::Printable);
        }
        let mut seen = [false; 256];
        for &byte in key {
            seen[usize::from(byte)] = true;
        }
        let values = seen.iter().filter(|&&s| s).count();
        if values < 32 {
            return Some(NotRandom::FewValues(values));
        }
        let letters_only = !text.is_empty() && text.chars().all(|c| c.is_ascii_alphabetic());
        letters_only.then_some(NotRandom::Letters)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer_cookie::{Saved, Seal};
    use std::collections::HashMap;

    /// A key that looks random (64 bytes from SHA-256 of the seed), fixed so
    /// that tests can compare.
    fn random_key(seed: u8) -> String {
        use sha2::{Digest, Sha256};
        let bytes = [Sha256::digest([seed, 0]), Sha256::digest([seed, 1])].concat();
        STANDARD.encode(bytes)
    }

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_are_loopback_8080_with_a_generated_key() {
        let s = settings(&[]).unwrap();
        assert_eq!(
            (s.address.host.as_str(), s.address.port),
            ("127.0.0.1", 8080)
        );
        assert_eq!(
            (s.key_source, s.env),
            (KeySource::Generated, AppEnv::Development)
        );
        let metrics = s.metrics.expect("metrics are on by default");
        assert_eq!((metrics.host.as_str(), metrics.port), ("127.0.0.1", 9464));
        assert_eq!(s.drain, DEFAULT_DRAIN);
        assert!(
            settings(&[("METRICS_PORT", "0")])
                .unwrap()
                .metrics
                .is_none()
        );
    }

    #[test]
    fn app_env_is_development_or_production_exactly() {
        let good = random_key(1);
        let cases = [
            ("development", Some(AppEnv::Development)),
            ("production", Some(AppEnv::Production)),
            ("prod", None),
            ("Production", None),
            ("production ", None),
            (" production", None),
            ("staging", None),
            ("", None),
            ("dev", None),
        ];
        for (value, expected) in cases {
            let parsed = settings(&[
                ("APP_ENV", value),
                ("COOKIE_KEY", &good),
                ("OPERATOR_NAME", "Example"),
                ("OPERATOR_CONTACT", "mailto:guide@example.org"),
                ORIGIN,
            ]);
            match expected {
                Some(env) => assert_eq!(parsed.map(|s| s.env).ok(), Some(env), "{value:?}"),
                None => assert!(
                    matches!(&parsed, Err(ConfigError::BadAppEnv(v)) if v == value),
                    "{value:?} must be refused"
                ),
            }
        }
        let message = ConfigError::BadAppEnv("prod".into()).to_string();
        assert!(message.contains("\"development\"") && message.contains("\"production\""));
    }

    const ORIGIN: (&str, &str) = ("PUBLIC_ORIGIN", "https://guide.example");
    const OPERATOR_NAME: (&str, &str) = ("OPERATOR_NAME", "Example kommune");
    const OPERATOR_CONTACT: (&str, &str) = ("OPERATOR_CONTACT", "mailto:guide@example.org");

    #[test]
    fn production_without_a_key_is_a_startup_error() {
        assert!(matches!(
            settings(&[("APP_ENV", "production")]),
            Err(ConfigError::MissingKey)
        ));
    }

    #[test]
    fn production_requires_an_operator_name_and_contact() {
        let key = random_key(1);
        let prod = [
            ("APP_ENV", "production"),
            ("COOKIE_KEY", key.as_str()),
            ORIGIN,
        ];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut vars = prod.to_vec();
            vars.extend_from_slice(extra);
            settings(&vars)
        };
        let name = ("OPERATOR_NAME", "Example kommune");
        let contact = ("OPERATOR_CONTACT", "mailto:guide@example.org");
        assert!(matches!(
            with(&[contact]),
            Err(ConfigError::MissingOperator("OPERATOR_NAME"))
        ));
        assert!(matches!(
            with(&[name]),
            Err(ConfigError::MissingOperator("OPERATOR_CONTACT"))
        ));
        assert!(matches!(
            with(&[name, ("OPERATOR_CONTACT", "  ")]),
            Err(ConfigError::MissingOperator("OPERATOR_CONTACT"))
        ));
        assert!(matches!(
            with(&[name, ("OPERATOR_CONTACT", "http://example.org")]),
            Err(ConfigError::BadOperatorAddress("OPERATOR_CONTACT", _))
        ));
        assert!(matches!(
            with(&[name, contact, ("OPERATOR_PRIVACY_URL", "privacy.html")]),
            Err(ConfigError::BadOperatorAddress("OPERATOR_PRIVACY_URL", _))
        ));
        let s = with(&[
            name,
            contact,
            ("OPERATOR_PRIVACY_URL", "https://example.org/p"),
        ])
        .unwrap();
        assert_eq!(s.operator.name, "Example kommune");
        assert_eq!(s.operator.contact.as_str(), "mailto:guide@example.org");
        assert_eq!(
            s.operator.privacy.as_ref().map(|p| p.as_str()),
            Some("https://example.org/p")
        );
        let message = ConfigError::MissingOperator("OPERATOR_CONTACT").to_string();
        assert!(message.contains("OPERATOR_CONTACT") && message.contains("production"));
    }

    #[test]
    fn development_shows_a_placeholder_operator() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.operator, Operator::placeholder());
    }

    #[test]
    fn keys_must_be_base64_of_at_least_64_bytes() {
        let short = STANDARD.encode([1u8; 63]);
        let good = random_key(1);
        assert!(matches!(
            settings(&[("COOKIE_KEY", &short)]),
            Err(ConfigError::KeyTooShort(_))
        ));
        assert!(matches!(
            settings(&[("COOKIE_KEY", "not base64!")]),
            Err(ConfigError::NotBase64(_))
        ));
        assert!(matches!(
            settings(&[("COOKIE_KEY", &good), ("COOKIE_KEY_PREVIOUS", &short)]),
            Err(ConfigError::KeyTooShort("COOKIE_KEY_PREVIOUS"))
        ));
        let s = settings(&[
            ("COOKIE_KEY", &good),
            ("APP_ENV", "production"),
            ("OPERATOR_NAME", "Example"),
            ("OPERATOR_CONTACT", "https://example.org/contact"),
            ORIGIN,
        ])
        .unwrap();
        assert_eq!(
            (s.key_source, s.env),
            (KeySource::Configured, AppEnv::Production)
        );
    }

    /// A file in a fresh folder of its own, holding `contents`.
    fn key_file(test: &str, contents: &str) -> String {
        let dir = std::env::temp_dir().join(format!("rcg-config-{}-{test}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("key");
        std::fs::write(&path, contents).unwrap();
        path.to_str().unwrap().to_owned()
    }

    #[test]
    fn the_key_can_come_from_a_file_as_kubernetes_mounts_a_secret() {
        let key = random_key(7);
        let old = random_key(8);
        // `openssl rand -base64 64` writes two lines and a newline.
        let wrapped = format!("{}\n{}\n", &key[..64], &key[64..]);
        let path = key_file("current", &wrapped);
        let previous = key_file("previous", &old);
        let from_file = settings(&[
            ("APP_ENV", "production"),
            ("COOKIE_KEY_FILE", &path),
            ("COOKIE_KEY_PREVIOUS_FILE", &previous),
            ORIGIN,
            OPERATOR_NAME,
            OPERATOR_CONTACT,
        ])
        .unwrap();
        assert_eq!(from_file.key_source, KeySource::Configured);
        let production = |vars: &[(&str, &str)]| {
            let mut vars = vars.to_vec();
            vars.extend([
                ("APP_ENV", "production"),
                ORIGIN,
                OPERATOR_NAME,
                OPERATOR_CONTACT,
            ]);
            settings(&vars).unwrap().answer_cookie()
        };
        // The same keys: a cookie sealed with the variable's key opens with
        // the file's, and one sealed with the previous key opens too.
        let (answers, now) = (
            crate::rules::Answers::default(),
            std::time::SystemTime::now(),
        );
        let opened = |sealed_by: &str| {
            let sealed = production(&[("COOKIE_KEY", sealed_by)]).seal_at(&answers, now);
            from_file.answer_cookie().open(sealed.value(), now)
        };
        assert!(
            matches!(
                opened(&key),
                Saved::Valid {
                    seal: Seal::Current,
                    ..
                }
            ),
            "the file's key opens the variable's cookie"
        );
        assert!(
            matches!(
                opened(&old),
                Saved::Valid {
                    seal: Seal::Outdated,
                    ..
                }
            ),
            "COOKIE_KEY_PREVIOUS_FILE is read"
        );
        assert!(matches!(opened(&random_key(9)), Saved::Unusable(_)));
    }

    #[test]
    fn a_key_file_that_is_missing_empty_or_doubled_stops_the_start() {
        let key = random_key(7);
        let missing = "/nonexistent/rcg/cookie-key";
        let error = settings(&[("COOKIE_KEY_FILE", missing)])
            .err()
            .expect("a missing file is refused");
        assert!(
            matches!(&error, ConfigError::KeyFile { name: "COOKIE_KEY_FILE", path, .. } if path == missing),
            "{error:?}"
        );
        assert!(error.to_string().contains(missing), "{error}");

        let empty = key_file("empty", " \n");
        assert!(matches!(
            settings(&[("COOKIE_KEY_FILE", &empty)]),
            Err(ConfigError::EmptyKeyFile {
                name: "COOKIE_KEY_FILE",
                ..
            })
        ));
        // An empty previous key file is no rotation going on (a Secret's
        // empty COOKIE_KEY_PREVIOUS, mounted).
        assert!(settings(&[("COOKIE_KEY", &key), ("COOKIE_KEY_PREVIOUS_FILE", &empty)]).is_ok());

        let path = key_file("doubled", &key);
        assert!(matches!(
            settings(&[("COOKIE_KEY", &key), ("COOKIE_KEY_FILE", &path)]),
            Err(ConfigError::KeyAndKeyFile("COOKIE_KEY", "COOKIE_KEY_FILE"))
        ));
        assert!(matches!(
            settings(&[
                ("COOKIE_KEY", &key),
                ("COOKIE_KEY_PREVIOUS", &key),
                ("COOKIE_KEY_PREVIOUS_FILE", &path)
            ]),
            Err(ConfigError::KeyAndKeyFile(
                "COOKIE_KEY_PREVIOUS",
                "COOKIE_KEY_PREVIOUS_FILE"
            ))
        ));

        // A file with a bad key: named by the variable, the key never shown.
        let short = key_file("short", "c2hvcnQ=");
        let error = settings(&[("COOKIE_KEY_FILE", &short)]).err().unwrap();
        assert!(
            matches!(error, ConfigError::KeyTooShort("COOKIE_KEY_FILE")),
            "{error:?}"
        );
        assert!(!error.to_string().contains("c2hvcnQ"), "{error}");
    }

    #[test]
    fn a_bad_port_is_refused() {
        assert!(matches!(
            settings(&[("PORT", "eighty")]),
            Err(ConfigError::BadPort("PORT", _))
        ));
        assert!(matches!(
            settings(&[("METRICS_PORT", "-1")]),
            Err(ConfigError::BadPort("METRICS_PORT", _))
        ));
        assert!(matches!(
            settings(&[("SHUTDOWN_DRAIN_SECONDS", "5s")]),
            Err(ConfigError::BadDrain(_))
        ));
    }

    #[test]
    fn the_drain_is_at_most_five_minutes() {
        for (value, drain) in [("0", Some(0)), (" 10 ", Some(10)), ("300", Some(300))] {
            let s = settings(&[("SHUTDOWN_DRAIN_SECONDS", value)]).map(|s| s.drain.as_secs());
            assert_eq!(s.ok(), drain, "{value:?}");
        }
        for value in ["301", "10000", "-1", ""] {
            assert!(
                matches!(
                    settings(&[("SHUTDOWN_DRAIN_SECONDS", value)]),
                    Err(ConfigError::BadDrain(v)) if v == value
                ),
                "{value:?} must be refused"
            );
        }
        let message = ConfigError::BadDrain("10000".into()).to_string();
        assert!(message.contains("from 0 to 300"), "{message}");
    }

    #[test]
    fn production_needs_an_https_public_origin() {
        let key = random_key(1);
        let production = |origin: Option<&str>| {
            let mut vars = vec![
                ("APP_ENV", "production"),
                ("COOKIE_KEY", key.as_str()),
                ("OPERATOR_NAME", "Example"),
                ("OPERATOR_CONTACT", "mailto:guide@example.org"),
            ];
            vars.extend(origin.map(|o| ("PUBLIC_ORIGIN", o)));
            settings(&vars)
        };
        assert!(matches!(
            production(None),
            Err(ConfigError::MissingPublicOrigin)
        ));
        assert!(matches!(
            production(Some("http://guide.example")),
            Err(ConfigError::PublicOriginNotHttps(_))
        ));
        assert!(matches!(
            production(Some("https://guide.example/")),
            Err(ConfigError::BadPublicOrigin(_, OriginError::Path))
        ));
        let s = production(Some("https://guide.example:443")).unwrap();
        assert_eq!(
            s.public_origin,
            OriginSetting::Configured(PublicOrigin::parse("https://guide.example").unwrap())
        );
        let message = ConfigError::MissingPublicOrigin.to_string();
        assert!(message.contains("https://guide.example"), "{message}");
    }

    #[test]
    fn development_defaults_to_the_listening_address_and_takes_any_origin() {
        let listening: SocketAddr = "127.0.0.1:4321".parse().unwrap();
        let s = settings(&[]).unwrap();
        assert_eq!(s.public_origin, OriginSetting::ListeningAddress);
        assert_eq!(
            s.public_origin.resolve(listening).to_string(),
            "http://127.0.0.1:4321"
        );
        let s = settings(&[("PUBLIC_ORIGIN", "http://localhost:8080")]).unwrap();
        assert_eq!(
            s.public_origin.resolve(listening).to_string(),
            "http://localhost:8080"
        );
        assert!(matches!(
            settings(&[("PUBLIC_ORIGIN", "localhost:8080")]),
            Err(ConfigError::BadPublicOrigin(_, OriginError::Scheme))
        ));
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;
    use sha2::Digest;
    use std::io::Read;

    fn refused(value: &str) -> Option<NotRandom> {
        match decode_key("COOKIE_KEY", value) {
            Err(ConfigError::KeyNotRandom(_, why)) => Some(why),
            Ok(_) => None,
            Err(other) => panic!("{value}: {other}"),
        }
    }

    #[test]
    fn keys_that_are_not_random_bytes_are_refused() {
        let b64 = |bytes: &[u8]| STANDARD.encode(bytes);
        let pattern = |p: &[u8]| b64(&p.repeat(64 / p.len() + 1)[..64]);
        for (value, why) in [
            (b64(&[0; 64]), NotRandom::Repeats(1)),
            (b64(&[0xa7; 80]), NotRandom::Repeats(1)),
            (pattern(&[1, 2]), NotRandom::Repeats(2)),
            (pattern(&[0x9f, 0x03, 0xc4, 0x81, 0xfe]), NotRandom::Repeats(5)),
            (pattern(&(0u8..32).map(|i| i.wrapping_mul(151)).collect::<Vec<_>>()), NotRandom::Repeats(32)),
            // A password or phrase, base64-encoded.
            (b64(b"correct horse battery staple, and then some more words here, and more"), NotRandom::Printable),
            (b64(&[b'k'; 64]), NotRandom::Repeats(1)),
            // A long password typed in as the key, in any case.
            ("a".repeat(88), NotRandom::Repeats(3)),
            ("correcthorsebatterystaple".repeat(4), NotRandom::Letters),
            ("CorrectHorseBatteryStapleCorrectHorseBatteryStapleCorrectHorseBatteryStapleAndMoreWords".to_owned(), NotRandom::Letters),
            // Two byte values only, in no pattern: the bits of a hash.
            (
                b64(&(0..64)
                    .map(|i| 0x80 | (sha2::Sha256::digest(b"bits")[i / 8] >> (i % 8) & 1))
                    .collect::<Vec<_>>()),
                NotRandom::FewValues(2),
            ),
        ] {
            assert_eq!(refused(&value), Some(why), "{value}");
        }
        let message = decode_key("COOKIE_KEY_PREVIOUS", &b64(&[0; 64]))
            .unwrap_err()
            .to_string();
        assert!(
            message.starts_with("COOKIE_KEY_PREVIOUS is not random bytes"),
            "{message}"
        );
        assert!(message.contains("openssl rand -base64 64"), "{message}");
    }

    /// 100,000 keys of 64 random bytes (from the kernel, as `openssl rand`
    /// takes them), wrapped as openssl writes them or not, are all accepted.
    #[test]
    fn random_keys_are_accepted() {
        let mut random = vec![0u8; 64 * 100_000];
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut random))
            .expect("/dev/urandom");
        for (i, bytes) in random.chunks(64).enumerate() {
            let text = STANDARD.encode(bytes);
            let value = if i % 2 == 0 {
                text
            } else {
                format!("{}\n{}\n", &text[..64], &text[64..])
            };
            assert_eq!(refused(&value), None, "{value}");
        }
    }

    /// And keys made by `openssl rand -base64 64` itself (Debian package
    /// `openssl`, which scripts/test installs).
    #[test]
    fn keys_made_by_openssl_are_accepted() {
        for _ in 0..100 {
            let output = std::process::Command::new("openssl")
                .args(["rand", "-base64", "64"])
                .output()
                .expect("openssl (Debian package openssl) makes a key");
            assert!(output.status.success());
            let key = String::from_utf8(output.stdout).unwrap();
            assert_eq!(refused(&key), None, "{key}");
        }
    }
}
