//! Who runs the guide: `OPERATOR_NAME`, `OPERATOR_CONTACT` and
//! `OPERATOR_PRIVACY_URL`.
//!
//! Every page's footer names the operator, and the accessibility statement and
//! the about page link to the contact (Norway's rules for accessibility
//! statements ask for a way to give feedback) and to the privacy notice. The
//! guide never calls itself UDI's: only the name the operator configures says
//! who runs it.
//!
//! Pages are rendered once per process (`web::cache`), so the operator is one
//! value per process too: [`install`] sets it at start, before the first page,
//! and [`current`] reads it. A process that has not installed one (a unit
//! test, the `content` command) gets [`Operator::placeholder`], which says
//! plainly that the settings are missing.

use std::sync::{LazyLock, OnceLock};

/// The organisation that runs the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operator {
    /// `OPERATOR_NAME`, e.g. "Oslo kommune".
    pub name: String,
    /// `OPERATOR_CONTACT`: where applicants write to about the guide.
    pub contact: Address,
    /// `OPERATOR_PRIVACY_URL`: the operator's privacy notice, if given.
    pub privacy: Option<Address>,
}

/// A `mailto:` or `https:` address, checked when the settings are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address(String);

/// Why an operator address was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadAddress {
    /// Neither `mailto:` nor `https:`, or nothing after the scheme.
    Scheme,
    /// White space, quotes or angle brackets: not one address.
    Characters,
}

impl Address {
    /// Parses a contact or privacy address: `mailto:someone@example.org` or
    /// `https://example.org/…`, nothing else (no `http:`, no `javascript:`).
    pub fn parse(value: &str) -> Result<Address, BadAddress> {
        let value = value.trim();
        if value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\''))
        {
            return Err(BadAddress::Characters);
        }
        let rest = if let Some(rest) = value.strip_prefix("mailto:") {
            rest.split_once('@')
                .filter(|(user, host)| !user.is_empty() && host.contains('.'))
                .map(|_| rest)
        } else {
            value.strip_prefix("https://").filter(|rest| {
                rest.split('/')
                    .next()
                    .is_some_and(|host| host.contains('.'))
            })
        };
        match rest {
            Some(_) => Ok(Address(value.to_owned())),
            None => Err(BadAddress::Scheme),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Operator {
    /// What a development instance shows when the settings are missing: an
    /// obvious placeholder, never a real organisation.
    pub fn placeholder() -> Operator {
        Operator {
            name: "[OPERATOR_NAME is not set]".to_owned(),
            contact: Address("https://operator-contact.invalid/".to_owned()),
            privacy: None,
        }
    }
}

static OPERATOR: OnceLock<Operator> = OnceLock::new();

/// The operator was installed before, with other values: pages already rendered
/// would name the wrong one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("this process already serves pages for another operator ({0:?})")]
pub struct AlreadyInstalled(pub String);

/// Sets the operator for this process. Installing the same operator again is
/// fine (tests start many servers); another one is refused.
pub fn install(operator: Operator) -> Result<(), AlreadyInstalled> {
    let installed = OPERATOR.get_or_init(|| operator.clone());
    if *installed == operator {
        Ok(())
    } else {
        Err(AlreadyInstalled(installed.name.clone()))
    }
}

/// The operator pages name: the installed one, or the placeholder. Reading it
/// does not install the placeholder, so a test that renders a page before a
/// server starts does not fix the operator for the process.
pub fn current() -> &'static Operator {
    static PLACEHOLDER: LazyLock<Operator> = LazyLock::new(Operator::placeholder);
    OPERATOR.get().unwrap_or(&PLACEHOLDER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_addresses_are_mailto_or_https() {
        for good in [
            "mailto:guide@example.org",
            "https://example.org/contact",
            "https://kommune.example.no",
            " mailto:a@b.no ",
        ] {
            assert!(Address::parse(good).is_ok(), "{good}");
        }
        for (bad, why) in [
            ("http://example.org/", BadAddress::Scheme),
            ("javascript:alert(1)", BadAddress::Scheme),
            ("guide@example.org", BadAddress::Scheme),
            ("mailto:", BadAddress::Scheme),
            ("mailto:@example.org", BadAddress::Scheme),
            ("https://", BadAddress::Scheme),
            ("https://localhost/", BadAddress::Scheme),
            ("https://example.org/a b", BadAddress::Characters),
            ("https://example.org/\"><script>", BadAddress::Characters),
            ("", BadAddress::Scheme),
        ] {
            assert_eq!(Address::parse(bad), Err(why), "{bad}");
        }
    }

    #[test]
    fn the_placeholder_says_that_the_setting_is_missing() {
        let placeholder = Operator::placeholder();
        assert!(placeholder.name.contains("OPERATOR_NAME"));
        assert!(placeholder.contact.as_str().ends_with(".invalid/"));
    }
}
