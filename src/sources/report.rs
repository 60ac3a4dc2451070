//! The verdict on each source, from what fetching it gave and the lock.

use serde::Serialize;

use super::Address;
use super::compare::{Change, compare};
use super::lock::{Entry, Review};
use super::text::paragraphs;

/// One redirect on the way to a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hop {
    /// 301, 302, 303, 307 or 308.
    pub status: u16,
    pub to: Address,
}

/// What fetching an address gave (the command fetches; this is the result).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// A page (2xx), where it landed after `hops` redirects.
    Page {
        landed: Address,
        hops: Vec<Hop>,
        html: String,
    },
    /// 404 Not Found or 410 Gone.
    Gone {
        landed: Address,
        hops: Vec<Hop>,
        status: u16,
    },
    /// No page: the connection, TLS, a timeout, too many redirects, another
    /// status. Says which.
    Failed { reason: String },
}

/// The verdict on one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Verdict {
    /// It says what it said when reviewed.
    Unchanged,
    /// Paragraphs were changed, added or removed since the review.
    Changed { changes: Vec<Change> },
    /// The address leads somewhere else than when it was reviewed.
    Moved {
        to: Address,
        redirects: Vec<Hop>,
        /// Where it led when reviewed, when that was not the address itself.
        #[serde(skip_serializing_if = "Option::is_none")]
        reviewed_at: Option<Address>,
    },
    /// 404 or 410.
    Gone {
        http_status: u16,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        redirects: Vec<Hop>,
    },
    /// No answer to judge by.
    Unreachable { reason: String },
    /// Nobody has read it against the guide yet.
    Unreviewed {
        #[serde(skip_serializing_if = "Option::is_none")]
        lands_at: Option<Address>,
    },
}

impl Verdict {
    /// The word the line starts with, and JSON's `status`.
    pub fn word(&self) -> &'static str {
        match self {
            Verdict::Unchanged => "unchanged",
            Verdict::Changed { .. } => "changed",
            Verdict::Moved { .. } => "moved",
            Verdict::Gone { .. } => "gone",
            Verdict::Unreachable { .. } => "unreachable",
            Verdict::Unreviewed { .. } => "unreviewed",
        }
    }
}

/// The verdict on `url`, reviewed as `entry` (`None`: not in the lock), from
/// what fetching it gave. A page that cannot be fetched is `gone` or
/// `unreachable` whether or not it was reviewed: that is news either way.
pub fn judge(url: &Address, entry: Option<&Entry>, fetched: Fetched) -> Verdict {
    let (landed, hops, html) = match fetched {
        Fetched::Failed { reason } => return Verdict::Unreachable { reason },
        Fetched::Gone { status, hops, .. } => {
            return Verdict::Gone {
                http_status: status,
                redirects: hops,
            };
        }
        Fetched::Page { landed, hops, html } => (landed, hops, html),
    };
    let review: &Review = match entry {
        None | Some(Entry::Unreviewed) => {
            return Verdict::Unreviewed {
                lands_at: (landed != *url).then_some(landed),
            };
        }
        Some(Entry::Reviewed(review)) => review,
    };
    let expected = review.lands_at.as_ref().unwrap_or(url);
    if landed != *expected {
        return Verdict::Moved {
            to: landed,
            redirects: hops,
            reviewed_at: review.lands_at.clone(),
        };
    }
    let changes = compare(&review.paragraphs, &paragraphs(&html));
    if changes.is_empty() {
        Verdict::Unchanged
    } else {
        Verdict::Changed { changes }
    }
}

/// One source's verdict, for the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checked {
    pub url: Address,
    #[serde(flatten)]
    pub verdict: Verdict,
}

impl Checked {
    /// The source's line, `verdict  address  (details)`, and for a changed
    /// page one indented line a paragraph, with its live text.
    pub fn lines(&self) -> String {
        let Checked { url, verdict } = self;
        let word = verdict.word();
        let head = |detail: String| format!("{word:<11} {url}{detail}\n");
        match verdict {
            Verdict::Unchanged => head(String::new()),
            Verdict::Unreviewed { lands_at } => head(
                lands_at
                    .as_ref()
                    .map_or_else(String::new, |to| format!("  (redirects to {to})")),
            ),
            Verdict::Moved { to, redirects, .. } => {
                let statuses: Vec<String> =
                    redirects.iter().map(|h| h.status.to_string()).collect();
                head(format!("  -> {to} ({})", statuses.join(", ")))
            }
            Verdict::Gone { http_status, .. } => head(format!("  (HTTP {http_status})")),
            Verdict::Unreachable { reason } => head(format!("  ({reason})")),
            Verdict::Changed { changes } => {
                let mut out = head(format!("  ({})", summary(changes)));
                for change in changes {
                    let line = match change {
                        Change::Changed {
                            reviewed,
                            live,
                            text,
                        } if reviewed == live => format!("paragraph {live} changed: {text}"),
                        Change::Changed {
                            reviewed,
                            live,
                            text,
                        } => format!(
                            "paragraph {live} changed (paragraph {reviewed} when reviewed): {text}"
                        ),
                        Change::Added { live, text } => format!("paragraph {live} added: {text}"),
                        Change::Removed { reviewed } => {
                            format!("paragraph {reviewed} of the reviewed page removed")
                        }
                    };
                    out.push_str(&format!("            {line}\n"));
                }
                out
            }
        }
    }
}

/// "3 paragraphs: 2 changed, 1 added".
fn summary(changes: &[Change]) -> String {
    let count = |f: fn(&Change) -> bool| changes.iter().filter(|c| f(c)).count();
    let parts: Vec<String> = [
        (count(|c| matches!(c, Change::Changed { .. })), "changed"),
        (count(|c| matches!(c, Change::Added { .. })), "added"),
        (count(|c| matches!(c, Change::Removed { .. })), "removed"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    let noun = if changes.len() == 1 {
        "paragraph"
    } else {
        "paragraphs"
    };
    format!("{} {noun}: {}", changes.len(), parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::lock::Hash;

    fn address(text: &str) -> Address {
        Address::parse(text).unwrap()
    }

    fn reviewed(paragraphs: &[&str], lands_at: Option<&str>) -> Entry {
        Entry::Reviewed(Review {
            date: time::Date::from_calendar_date(2026, time::Month::November, 20).unwrap(),
            by: "Kari".into(),
            lands_at: lands_at.map(address),
            paragraphs: paragraphs.iter().map(|p| Hash::of(p)).collect(),
        })
    }

    fn page(landed: &str, hops: Vec<Hop>, body: &str) -> Fetched {
        Fetched::Page {
            landed: address(landed),
            hops,
            html: format!("<html><body><main>{body}</main></body></html>"),
        }
    }

    const URL: &str = "https://www.udi.no/en/card/";

    #[test]
    fn each_kind_of_answer_has_its_verdict() {
        let url = address(URL);
        let entry = reviewed(&["Title", "Ten days."], None);
        let same = page(URL, vec![], "<h1>Title</h1><nav>menu</nav><p>Ten days.</p>");
        assert_eq!(judge(&url, Some(&entry), same.clone()), Verdict::Unchanged);
        let edited = page(URL, vec![], "<h1>Title</h1><p>Twenty days.</p>");
        let Verdict::Changed { changes } = judge(&url, Some(&entry), edited) else {
            panic!("changed")
        };
        assert_eq!(
            changes,
            [Change::Changed {
                reviewed: 2,
                live: 2,
                text: "Twenty days.".into()
            }]
        );
        let hop = Hop {
            status: 301,
            to: address("https://www.udi.no/en/new-card/"),
        };
        let moved = page(
            "https://www.udi.no/en/new-card/",
            vec![hop.clone()],
            "<p>x</p>",
        );
        assert_eq!(
            judge(&url, Some(&entry), moved.clone()),
            Verdict::Moved {
                to: address("https://www.udi.no/en/new-card/"),
                redirects: vec![hop],
                reviewed_at: None
            }
        );
        // Reviewed landing there: not moved.
        let there = reviewed(&["x"], Some("https://www.udi.no/en/new-card/"));
        assert_eq!(judge(&url, Some(&there), moved.clone()), Verdict::Unchanged);
        let gone = Fetched::Gone {
            landed: url.clone(),
            hops: vec![],
            status: 410,
        };
        assert_eq!(
            judge(&url, Some(&entry), gone.clone()),
            Verdict::Gone {
                http_status: 410,
                redirects: vec![]
            }
        );
        let failed = Fetched::Failed {
            reason: "timed out after 5 s".into(),
        };
        assert_eq!(
            judge(&url, None, failed),
            Verdict::Unreachable {
                reason: "timed out after 5 s".into()
            }
        );
        assert_eq!(
            judge(&url, Some(&Entry::Unreviewed), same),
            Verdict::Unreviewed { lands_at: None }
        );
        assert_eq!(
            judge(&url, None, moved),
            Verdict::Unreviewed {
                lands_at: Some(address("https://www.udi.no/en/new-card/"))
            }
        );
        // Not reviewed, and gone: gone says more.
        assert_eq!(judge(&url, None, gone).word(), "gone");
    }

    #[test]
    fn a_changed_source_lists_each_paragraph_with_its_live_text() {
        let checked = Checked {
            url: address(URL),
            verdict: Verdict::Changed {
                changes: vec![
                    Change::Changed {
                        reviewed: 2,
                        live: 2,
                        text: "Twenty days.".into(),
                    },
                    Change::Added {
                        live: 4,
                        text: "New.".into(),
                    },
                    Change::Removed { reviewed: 5 },
                ],
            },
        };
        assert_eq!(
            checked.lines(),
            format!(
                "changed     {URL}  (3 paragraphs: 1 changed, 1 added, 1 removed)\n\
                 \x20           paragraph 2 changed: Twenty days.\n\
                 \x20           paragraph 4 added: New.\n\
                 \x20           paragraph 5 of the reviewed page removed\n"
            )
        );
        let json = serde_json::to_value(&checked).unwrap();
        assert_eq!(json["status"], "changed");
        assert_eq!(json["url"], URL);
        assert_eq!(json["changes"][0]["change"], "changed");
        assert_eq!(json["changes"][0]["text"], "Twenty days.");
    }
}
