//! Configuration from the environment. See the README's configuration table.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};

use crate::answer_cookie::{CookieKeys, KeyTooShort};

/// Everything the server needs to start.
#[derive(Clone)]
pub struct Settings {
    pub host: String,
    pub port: u16,
    pub keys: CookieKeys,
    /// `APP_ENV=production`: `Secure` cookies, and a cookie key is required.
    pub production: bool,
    /// True when no key was configured and a random one was made at start.
    pub generated_key: bool,
}

/// A configuration the server refuses to start with.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "COOKIE_KEY is required when APP_ENV=production. Make one with: openssl rand -base64 64"
    )]
    MissingKey,
    #[error("{0} is not valid base64")]
    NotBase64(&'static str),
    #[error("{0} must decode to at least 64 bytes. Make one with: openssl rand -base64 64")]
    KeyTooShort(&'static str),
    #[error("PORT must be a number from 0 to 65535, not {0:?}")]
    BadPort(String),
}

impl Settings {
    /// Reads `HOST`, `PORT`, `COOKIE_KEY`, `COOKIE_KEY_PREVIOUS` and `APP_ENV`.
    pub fn from_env() -> Result<Settings, ConfigError> {
        Settings::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Settings::from_env`], from any lookup (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Settings, ConfigError> {
        let production = get("APP_ENV").is_some_and(|v| v.trim() == "production");
        let host = get("HOST").unwrap_or_else(|| "127.0.0.1".to_owned());
        let port = match get("PORT") {
            None => 8080,
            Some(p) => p.trim().parse().map_err(|_| ConfigError::BadPort(p))?,
        };
        let current = get("COOKIE_KEY").filter(|k| !k.trim().is_empty());
        let previous = get("COOKIE_KEY_PREVIOUS").filter(|k| !k.trim().is_empty());
        let (keys, generated_key) = match current {
            Some(current) => {
                let current = decode_key("COOKIE_KEY", &current)?;
                let previous = previous
                    .map(|p| decode_key("COOKIE_KEY_PREVIOUS", &p))
                    .transpose()?;
                let keys = CookieKeys::new(&current, previous.as_deref())
                    .map_err(|KeyTooShort| ConfigError::KeyTooShort("COOKIE_KEY"))?;
                (keys, false)
            }
            None if production => return Err(ConfigError::MissingKey),
            None => (CookieKeys::generate(), true),
        };
        Ok(Settings {
            host,
            port,
            keys,
            production,
            generated_key,
        })
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
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

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
        assert_eq!((s.host.as_str(), s.port), ("127.0.0.1", 8080));
        assert!(s.generated_key && !s.production);
    }

    #[test]
    fn production_without_a_key_is_a_startup_error() {
        assert!(matches!(
            settings(&[("APP_ENV", "production")]),
            Err(ConfigError::MissingKey)
        ));
    }

    #[test]
    fn keys_must_be_base64_of_at_least_64_bytes() {
        let short = STANDARD.encode([1u8; 63]);
        let good = STANDARD.encode([1u8; 64]);
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
        let s = settings(&[("COOKIE_KEY", &good), ("APP_ENV", "production")]).unwrap();
        assert!(s.production && !s.generated_key);
    }

    #[test]
    fn a_bad_port_is_refused() {
        assert!(matches!(
            settings(&[("PORT", "eighty")]),
            Err(ConfigError::BadPort(_))
        ));
    }
}
