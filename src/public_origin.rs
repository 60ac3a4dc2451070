//! `PUBLIC_ORIGIN`: the one origin the guide is served from, as a browser
//! writes it in the `Origin` header of a form post (`https://guide.example`).
//!
//! The same-origin check compares `Origin` with it, byte for byte. It is
//! configured, never taken from a request: behind a TLS-terminating proxy the
//! server sees `http` and whatever `Host` the proxy passes on, and forwarded
//! headers (`X-Forwarded-*`, `Forwarded`) can come from any client.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};

/// The scheme of an origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Http,
    Https,
}

impl Scheme {
    pub const fn name(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }

    /// The port a browser leaves out of an origin with this scheme.
    const fn default_port(self) -> u16 {
        match self {
            Scheme::Http => 80,
            Scheme::Https => 443,
        }
    }
}

/// An origin: scheme, host and port, in the form browsers serialize it
/// (lower case, no default port, IPv6 in brackets), parsed once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicOrigin {
    scheme: Scheme,
    /// `scheme://host[:port]`, as an `Origin` header carries it: the host in
    /// lower case (an IPv6 address canonical, in brackets), no default port.
    serialized: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Host {
    Name(String),
    V4(Ipv4Addr),
    V6(Ipv6Addr),
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Name(name) => f.write_str(name),
            Host::V4(ip) => write!(f, "{ip}"),
            Host::V6(ip) => write!(f, "[{ip}]"),
        }
    }
}

/// Why a value is not an origin. Shown at start, with the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OriginError {
    #[error("it must begin with https:// (or http:// in development)")]
    Scheme,
    #[error("it has no host")]
    NoHost,
    #[error("an origin has no path, query or fragment (not even a trailing slash)")]
    Path,
    #[error("an origin has no user name or password")]
    UserInfo,
    #[error(
        "the host may only hold the letters a-z, digits, hyphens and dots (write an \
         internationalized name in its xn-- form), or be an IP address"
    )]
    BadHost,
    #[error("the port must be a number from 1 to 65535")]
    BadPort,
    #[error("it has spaces or control characters")]
    Whitespace,
}

impl PublicOrigin {
    /// Parses an origin such as `https://guide.example` or
    /// `http://127.0.0.1:8080`. Scheme and host are folded to lower case and
    /// a default port is dropped; anything beyond the port is refused.
    pub fn parse(value: &str) -> Result<PublicOrigin, OriginError> {
        if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(OriginError::Whitespace);
        }
        let (scheme, rest) = value.split_once("://").ok_or(OriginError::Scheme)?;
        let scheme = match scheme.to_ascii_lowercase().as_str() {
            "https" => Scheme::Https,
            "http" => Scheme::Http,
            _ => return Err(OriginError::Scheme),
        };
        if rest.contains(['/', '?', '#', '\\']) {
            return Err(OriginError::Path);
        }
        if rest.contains('@') {
            return Err(OriginError::UserInfo);
        }
        let (host, port) = split_port(rest)?;
        let host = parse_host(host)?;
        let port = port.filter(|&p| p != scheme.default_port());
        Ok(PublicOrigin::from_parts(scheme, host, port))
    }

    /// The origin of a listening address: `http://127.0.0.1:8080` (the
    /// development default).
    pub fn of_listener(address: SocketAddr) -> PublicOrigin {
        let host = match address {
            SocketAddr::V4(a) => Host::V4(*a.ip()),
            SocketAddr::V6(a) => Host::V6(*a.ip()),
        };
        let port = Some(address.port()).filter(|&p| p != Scheme::Http.default_port());
        PublicOrigin::from_parts(Scheme::Http, host, port)
    }

    fn from_parts(scheme: Scheme, host: Host, port: Option<u16>) -> PublicOrigin {
        let serialized = match port {
            Some(port) => format!("{}://{host}:{port}", scheme.name()),
            None => format!("{}://{host}", scheme.name()),
        };
        PublicOrigin { scheme, serialized }
    }

    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// Whether an `Origin` header names exactly this origin.
    pub fn matches(&self, origin: &[u8]) -> bool {
        origin == self.serialized.as_bytes()
    }
}

impl fmt::Display for PublicOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.serialized)
    }
}

/// `host[:port]` or `[v6][:port]` → host text and port.
fn split_port(authority: &str) -> Result<(&str, Option<u16>), OriginError> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (inside, after) = rest.split_once(']').ok_or(OriginError::BadHost)?;
        match after {
            "" => (&authority[..inside.len() + 2], None),
            after => (
                &authority[..inside.len() + 2],
                Some(after.strip_prefix(':').ok_or(OriginError::BadPort)?),
            ),
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => Some(
            p.parse::<u16>()
                .ok()
                .filter(|&p| p != 0)
                .ok_or(OriginError::BadPort)?,
        ),
        Some(_) => return Err(OriginError::BadPort),
    };
    Ok((host, port))
}

fn parse_host(host: &str) -> Result<Host, OriginError> {
    if host.is_empty() {
        return Err(OriginError::NoHost);
    }
    if let Some(inside) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return inside
            .parse::<Ipv6Addr>()
            .map(Host::V6)
            .map_err(|_| OriginError::BadHost);
    }
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return host
            .parse::<Ipv4Addr>()
            .map(Host::V4)
            .map_err(|_| OriginError::BadHost);
    }
    let host = host.to_ascii_lowercase();
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if host.len() <= 253 && host.split('.').all(label_ok) {
        Ok(Host::Name(host))
    } else {
        Err(OriginError::BadHost)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_parsed_into_the_form_browsers_send() {
        let cases = [
            ("https://guide.example", "https://guide.example"),
            ("HTTPS://Guide.Example", "https://guide.example"),
            ("https://guide.example:443", "https://guide.example"),
            ("https://guide.example:8443", "https://guide.example:8443"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://localhost:80", "http://localhost"),
            ("https://[::1]:8443", "https://[::1]:8443"),
            ("https://[0:0:0:0:0:0:0:1]", "https://[::1]"),
            (
                "https://xn--bcher-kva.example",
                "https://xn--bcher-kva.example",
            ),
        ];
        for (value, serialized) in cases {
            let origin = PublicOrigin::parse(value).unwrap_or_else(|e| panic!("{value}: {e}"));
            assert_eq!(origin.to_string(), serialized, "{value}");
            assert!(origin.matches(serialized.as_bytes()), "{value}");
        }
        assert_eq!(
            PublicOrigin::parse("http://a.example").unwrap().scheme(),
            Scheme::Http
        );
    }

    #[test]
    fn anything_but_an_origin_is_refused_with_a_reason() {
        let cases = [
            ("guide.example", OriginError::Scheme),
            ("ftp://guide.example", OriginError::Scheme),
            ("https:/guide.example", OriginError::Scheme),
            ("https://", OriginError::NoHost),
            ("https://guide.example/", OriginError::Path),
            ("https://guide.example/guide", OriginError::Path),
            ("https://guide.example?x=1", OriginError::Path),
            ("https://guide.example#top", OriginError::Path),
            ("https://user@guide.example", OriginError::UserInfo),
            ("https://guide.example:", OriginError::BadPort),
            ("https://guide.example:0", OriginError::BadPort),
            ("https://guide.example:65536", OriginError::BadPort),
            ("https://guide.example:https", OriginError::BadPort),
            ("https://gu_ide.example", OriginError::BadHost),
            ("https://guide..example", OriginError::BadHost),
            ("https://-guide.example", OriginError::BadHost),
            ("https://bücher.example", OriginError::BadHost),
            ("https://999.1.1.1", OriginError::BadHost),
            ("https://[::1", OriginError::BadHost),
            ("https://[nope]", OriginError::BadHost),
            ("https://[::1]8443", OriginError::BadPort),
            ("https://guide.example ", OriginError::Whitespace),
            (" https://guide.example", OriginError::Whitespace),
            ("", OriginError::Scheme),
        ];
        for (value, expected) in cases {
            assert_eq!(PublicOrigin::parse(value), Err(expected), "{value:?}");
        }
    }

    #[test]
    fn the_listening_address_is_an_http_origin() {
        let v4: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        assert_eq!(
            PublicOrigin::of_listener(v4).to_string(),
            "http://127.0.0.1:8080"
        );
        let v6: SocketAddr = "[::1]:80".parse().unwrap();
        assert_eq!(PublicOrigin::of_listener(v6).to_string(), "http://[::1]");
    }

    #[test]
    fn only_the_exact_origin_matches() {
        let origin = PublicOrigin::parse("https://guide.example").unwrap();
        for other in [
            &b"http://guide.example"[..],
            b"https://guide.example/",
            b"https://guide.example:443",
            b"https://evil.guide.example",
            b"https://guide.example.evil",
            b"https://GUIDE.example",
            b"null",
            b"",
        ] {
            assert!(
                !origin.matches(other),
                "{:?}",
                String::from_utf8_lossy(other)
            );
        }
    }
}
