//! `sources/lock.toml`: each external address the guide shows, and how its
//! page read when a person last reviewed it against the guide.
//!
//! ```toml
//! [[source]]
//! url = "https://www.udi.no/en/…"
//! reviewed = 2026-11-20
//! by = "Kari Nordmann"
//! paragraphs = ["3f2a…", "9c41…"]
//!
//! [[source]]
//! url = "https://www.politiet.no/"
//! ```
//!
//! A source with `reviewed` has `by` (who read it) and `paragraphs` (a
//! hash of each paragraph of its main text, in order: [`super::text`]), and
//! `lands-at` when the address redirected to another page that day. A source
//! without `reviewed` has not been reviewed. Nothing is copied from the
//! pages: a hash says whether a paragraph changed, not what it said.
//!
//! `residence-card-sources lock` writes the list of addresses (keeping the
//! reviews), `residence-card-sources accept` a review.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Address;

/// Where the lock lives in the repository, and where the command reads it.
pub const PATH: &str = "sources/lock.toml";

/// The command that brings the lock's list of addresses up to date with the
/// pages (keeping every review).
pub const SYNC_COMMAND: &str = "cargo run --bin residence-card-sources -- lock";

/// What the file says first.
const HEADER: &str = "\
# The official pages the guide shows, and how each read when a person last
# reviewed it against the guide: a hash of each paragraph of its main text
# (nothing copied from the page), the day and who. A source without
# `reviewed` has not been reviewed yet.
#
# Written by `residence-card-sources lock` (the list of addresses, taken from
# the rendered pages) and `residence-card-sources accept URL --by NAME` (a
# review); checked daily by `residence-card-sources check`. See the README,
# \"Keeping the guide true to its sources\". Do not edit by hand.
";

/// The first eight bytes of a paragraph's SHA-256, as 16 hexadecimal digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hash([u8; 8]);

impl Hash {
    pub fn of(paragraph: &str) -> Hash {
        let digest = Sha256::digest(paragraph.as_bytes());
        let mut bytes = [0; 8];
        bytes.copy_from_slice(&digest[..8]);
        Hash(bytes)
    }

    fn parse(hex: &str) -> Option<Hash> {
        if hex.len() != 16 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut bytes = [0; 8];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(Hash(bytes))
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

/// A person's review of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub date: time::Date,
    /// Who read the page against the guide.
    pub by: String,
    /// Where the address led, when it redirected that day.
    pub lands_at: Option<Address>,
    pub paragraphs: Vec<Hash>,
}

/// One source of the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Unreviewed,
    Reviewed(Review),
}

/// When the guide was last checked against all of its sources, as the about
/// page says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// At least one source has never been reviewed (or there are none).
    NotYetChecked,
    /// Every source has been reviewed, the longest ago on this day.
    CheckedSince(time::Date),
}

/// The lock: every source, by address.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Lock {
    pub sources: BTreeMap<Address, Entry>,
}

/// Why a lock file was refused.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("not a lock file: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("{0}")]
    Address(#[from] super::BadAddress),
    #[error("{url}: {what}")]
    Source { url: String, what: String },
}

/// The file as TOML sees it.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default, rename = "source")]
    sources: Vec<FileEntry>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileEntry {
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    reviewed: Option<toml::value::Datetime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lands_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<Vec<String>>,
}

impl Lock {
    pub fn parse(text: &str) -> Result<Lock, LockError> {
        let file: File = toml::from_str(text)?;
        let mut sources = BTreeMap::new();
        for raw in file.sources {
            let url = Address::parse(&raw.url)?;
            let wrong = |what: &str| LockError::Source {
                url: raw.url.clone(),
                what: what.to_owned(),
            };
            let entry = match raw.reviewed {
                None if raw.by.is_none() && raw.lands_at.is_none() && raw.paragraphs.is_none() => {
                    Entry::Unreviewed
                }
                None => return Err(wrong("`by`, `lands-at` or `paragraphs` without `reviewed`")),
                Some(reviewed) => {
                    let date = date(reviewed)
                        .ok_or_else(|| wrong("`reviewed` must be a day (2026-11-20)"))?;
                    let by = raw
                        .by
                        .filter(|by| !by.trim().is_empty())
                        .ok_or_else(|| wrong("`reviewed` without `by`"))?;
                    let paragraphs = raw
                        .paragraphs
                        .ok_or_else(|| wrong("`reviewed` without `paragraphs`"))?
                        .iter()
                        .map(|hex| Hash::parse(hex))
                        .collect::<Option<Vec<Hash>>>()
                        .ok_or_else(|| wrong("a paragraph hash is not 16 hexadecimal digits"))?;
                    let lands_at = raw.lands_at.as_deref().map(Address::parse).transpose()?;
                    Entry::Reviewed(Review {
                        date,
                        by,
                        lands_at,
                        paragraphs,
                    })
                }
            };
            if sources.insert(url, entry).is_some() {
                return Err(wrong("listed twice"));
            }
        }
        Ok(Lock { sources })
    }

    /// The file's text: the header, then each source in address order.
    pub fn to_toml(&self) -> String {
        let file = File {
            sources: self
                .sources
                .iter()
                .map(|(url, entry)| match entry {
                    Entry::Unreviewed => FileEntry {
                        url: url.to_string(),
                        ..FileEntry::default()
                    },
                    Entry::Reviewed(review) => FileEntry {
                        url: url.to_string(),
                        reviewed: Some(toml::value::Datetime {
                            date: Some(toml::value::Date {
                                year: u16::try_from(review.date.year()).unwrap_or(0),
                                month: u8::from(review.date.month()),
                                day: review.date.day(),
                            }),
                            time: None,
                            offset: None,
                        }),
                        by: Some(review.by.clone()),
                        lands_at: review.lands_at.as_ref().map(ToString::to_string),
                        paragraphs: Some(
                            review.paragraphs.iter().map(ToString::to_string).collect(),
                        ),
                    },
                })
                .collect(),
        };
        let body = toml::to_string_pretty(&file).expect("a lock serialises");
        format!("{HEADER}\n{body}")
    }

    /// The same reviews for exactly `addresses`: a new address unreviewed,
    /// one the pages no longer show dropped.
    pub fn synced(&self, addresses: &BTreeSet<Address>) -> Lock {
        Lock {
            sources: addresses
                .iter()
                .map(|url| {
                    let entry = self.sources.get(url).cloned().unwrap_or(Entry::Unreviewed);
                    (url.clone(), entry)
                })
                .collect(),
        }
    }

    pub fn freshness(&self) -> Freshness {
        let mut oldest = None;
        for entry in self.sources.values() {
            match entry {
                Entry::Unreviewed => return Freshness::NotYetChecked,
                Entry::Reviewed(review) => {
                    oldest = Some(oldest.map_or(review.date, |o: time::Date| o.min(review.date)));
                }
            }
        }
        oldest.map_or(Freshness::NotYetChecked, Freshness::CheckedSince)
    }
}

/// A TOML local date (no time, no offset) as a calendar day.
fn date(value: toml::value::Datetime) -> Option<time::Date> {
    let (Some(d), None, None) = (value.date, value.time, value.offset) else {
        return None;
    };
    let month = time::Month::try_from(d.month).ok()?;
    time::Date::from_calendar_date(i32::from(d.year), month, d.day).ok()
}

include!(concat!(env!("OUT_DIR"), "/sources_reviewed.rs"));

/// [`Freshness`] of `sources/lock.toml` as it was when the crate was built:
/// `build.rs` reads the review dates (the about page says it).
pub fn embedded_freshness() -> Freshness {
    match OLDEST_REVIEW {
        None => Freshness::NotYetChecked,
        Some((year, month, day)) => time::Month::try_from(month)
            .ok()
            .and_then(|month| time::Date::from_calendar_date(year, month, day).ok())
            .map_or(Freshness::NotYetChecked, Freshness::CheckedSince),
    }
}

/// The lock as it was when the binary was built (the image has no
/// `sources/` folder).
pub const EMBEDDED: &str = include_str!("../../sources/lock.toml");

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> time::Date {
        let [y, m, d]: [&str; 3] = text.split('-').collect::<Vec<_>>().try_into().unwrap();
        let month = time::Month::try_from(m.parse::<u8>().unwrap()).unwrap();
        time::Date::from_calendar_date(y.parse().unwrap(), month, d.parse().unwrap()).unwrap()
    }

    fn reviewed(date: &str) -> Entry {
        Entry::Reviewed(Review {
            date: day(date),
            by: "Kari Nordmann".into(),
            lands_at: None,
            paragraphs: vec![Hash::of("A"), Hash::of("B")],
        })
    }

    fn address(text: &str) -> Address {
        Address::parse(text).unwrap()
    }

    #[test]
    fn a_lock_reads_back_what_it_wrote() {
        let mut lock = Lock::default();
        lock.sources
            .insert(address("https://www.udi.no/a/"), reviewed("2026-11-20"));
        lock.sources
            .insert(address("https://www.politiet.no/"), Entry::Unreviewed);
        let moved = Review {
            date: day("2026-12-01"),
            by: "Ola".into(),
            lands_at: Some(address("https://selfservice.udi.no/en-gb/login")),
            paragraphs: vec![],
        };
        lock.sources.insert(
            address("https://selfservice.udi.no/en-gb/"),
            Entry::Reviewed(moved),
        );
        let text = lock.to_toml();
        assert!(text.starts_with("# The official pages"), "{text}");
        assert!(text.contains("reviewed = 2026-11-20\n"), "{text}");
        assert_eq!(Lock::parse(&text).unwrap(), lock);
        assert_eq!(Hash::of("A").to_string().len(), 16);
    }

    #[test]
    fn a_wrong_lock_is_refused_and_says_where() {
        for (text, says) in [
            ("[[source]]\nurl = \"/relative\"\n", "absolute"),
            (
                "[[source]]\nurl = \"https://a.no/\"\nby = \"X\"\n",
                "without `reviewed`",
            ),
            (
                "[[source]]\nurl = \"https://a.no/\"\nreviewed = 2026-11-20\nparagraphs = []\n",
                "without `by`",
            ),
            (
                "[[source]]\nurl = \"https://a.no/\"\nreviewed = 2026-11-20T10:00:00\nby = \"X\"\nparagraphs = []\n",
                "a day",
            ),
            (
                "[[source]]\nurl = \"https://a.no/\"\nreviewed = 2026-11-20\nby = \"X\"\nparagraphs = [\"xyz\"]\n",
                "16 hexadecimal",
            ),
            (
                "[[source]]\nurl = \"https://a.no/\"\n[[source]]\nurl = \"https://a.no/\"\n",
                "twice",
            ),
            (
                "[[source]]\nurl = \"https://a.no/\"\ncomment = \"x\"\n",
                "unknown field",
            ),
        ] {
            let error = Lock::parse(text).expect_err(text).to_string();
            assert!(error.contains(says), "{text}: {error}");
        }
    }

    #[test]
    fn freshness_is_the_oldest_review_and_none_while_any_is_unreviewed() {
        let mut lock = Lock::default();
        assert_eq!(lock.freshness(), Freshness::NotYetChecked);
        lock.sources
            .insert(address("https://a.no/"), reviewed("2026-11-20"));
        lock.sources
            .insert(address("https://b.no/"), reviewed("2026-10-02"));
        assert_eq!(lock.freshness(), Freshness::CheckedSince(day("2026-10-02")));
        lock.sources
            .insert(address("https://c.no/"), Entry::Unreviewed);
        assert_eq!(lock.freshness(), Freshness::NotYetChecked);
    }

    #[test]
    fn syncing_keeps_reviews_adds_new_addresses_and_drops_old_ones() {
        let mut lock = Lock::default();
        lock.sources
            .insert(address("https://a.no/"), reviewed("2026-11-20"));
        lock.sources
            .insert(address("https://old.no/"), reviewed("2026-11-20"));
        let now: BTreeSet<Address> = [address("https://a.no/"), address("https://new.no/")].into();
        let synced = lock.synced(&now);
        assert_eq!(synced.sources.len(), 2);
        assert_eq!(
            synced.sources[&address("https://a.no/")],
            reviewed("2026-11-20")
        );
        assert_eq!(
            synced.sources[&address("https://new.no/")],
            Entry::Unreviewed
        );
    }

    /// The about page's date (build.rs read it) is the committed lock's.
    #[test]
    fn the_embedded_freshness_is_the_committed_locks() {
        let root = env!("CARGO_MANIFEST_DIR");
        let text = std::fs::read_to_string(format!("{root}/{PATH}")).unwrap();
        let lock = Lock::parse(&text).unwrap();
        assert_eq!(embedded_freshness(), lock.freshness());
        assert_eq!(Lock::parse(EMBEDDED).unwrap(), lock);
    }
}
