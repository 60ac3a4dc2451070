//! The official pages the guide shows, and whether each still says what it
//! said when a person last read it against the guide.
//!
//! The second binary, `residence-card-sources` (`src/bin/`), is the
//! command; this module is everything it does but the fetching, so tests
//! can call it:
//!
//! - [`pages`]: every external address the guide shows, found by rendering
//!   every page in every language (nobody lists them).
//! - [`text`]: a fetched page's main text as paragraphs (html5ever, as a
//!   browser parses; menus, header, footer and scripts left out).
//! - [`lock`]: `sources/lock.toml`, a hash of each paragraph of each page as
//!   a person reviewed it, when and by whom; nothing copied from the pages.
//! - [`compare`]: which paragraphs were changed, added or removed since.
//! - [`report`]: one verdict a source (`unchanged`, `changed`, `moved`,
//!   `gone`, `unreachable`, `unreviewed`), as lines or JSON.

pub mod compare;
pub mod lock;
pub mod pages;
pub mod report;
pub mod text;

use std::fmt;

use serde::Serialize;

/// An absolute `http:` or `https:` address of a page on another site, as
/// `url` normalises it, without its `#fragment` (the same page).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Address(String);

/// Why a text is not an [`Address`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadAddress {
    #[error("{0:?} is not an absolute address: {1}")]
    Unparsable(String, url::ParseError),
    #[error("{0:?} is not an http: or https: address")]
    Scheme(String),
}

impl Address {
    pub fn parse(text: &str) -> Result<Address, BadAddress> {
        let mut url =
            url::Url::parse(text).map_err(|e| BadAddress::Unparsable(text.to_owned(), e))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(BadAddress::Scheme(text.to_owned()));
        }
        url.set_fragment(None);
        Ok(Address(url.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `reference` (a redirect's `Location`) read against this address.
    pub fn join(&self, reference: &str) -> Result<Address, BadAddress> {
        let base = url::Url::parse(&self.0).expect("an Address parses");
        let joined = base
            .join(reference)
            .map_err(|e| BadAddress::Unparsable(reference.to_owned(), e))?;
        Address::parse(joined.as_str())
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_absolute_http_without_fragments() {
        let a = Address::parse("https://www.udi.no/en/a-page/#section").unwrap();
        assert_eq!(a.as_str(), "https://www.udi.no/en/a-page/");
        assert_eq!(
            Address::parse("https://www.politiet.no").unwrap().as_str(),
            "https://www.politiet.no/"
        );
        for bad in [
            "/en/",
            "mailto:a@b.no",
            "ftp://example.org/",
            "javascript:x",
            "",
        ] {
            assert!(Address::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            a.join("../other?x=1").unwrap().as_str(),
            "https://www.udi.no/en/other?x=1"
        );
        assert_eq!(
            a.join("https://udi.no/").unwrap().as_str(),
            "https://udi.no/"
        );
    }
}
