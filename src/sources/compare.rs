//! Which paragraphs of a page differ from the page as it was reviewed.
//!
//! The lock keeps only a hash of each reviewed paragraph, in order. The live
//! paragraphs are hashed the same way and the two sequences lined up by their
//! longest common subsequence: what is in both, in order, is unchanged; a
//! run of reviewed paragraphs missing between two unchanged ones, facing a
//! run of live ones that are new there, is paired off as changed paragraphs;
//! the rest of such a run is removed or added. Paragraphs are numbered from 1.

use serde::Serialize;

use super::lock::Hash;

/// One difference between the reviewed page and the live one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    /// Paragraph `reviewed` of the reviewed page now reads `text`, as
    /// paragraph `live`.
    Changed {
        reviewed: usize,
        live: usize,
        text: String,
    },
    /// A new paragraph, `live`, that reads `text`.
    Added { live: usize, text: String },
    /// Paragraph `reviewed` of the reviewed page is gone (its words were
    /// never copied, so only its number can be given).
    Removed { reviewed: usize },
}

/// The larger pages are compared up to this many paragraphs each; the rest
/// are one change (a real page has a few hundred at most).
const MOST: usize = 4000;

/// The differences between the `reviewed` hashes and the `live` paragraphs;
/// empty when the page says what it said.
pub fn compare(reviewed: &[Hash], live: &[String]) -> Vec<Change> {
    let live_hashes: Vec<Hash> = live.iter().map(|p| Hash::of(p)).collect();
    let (old, new) = (
        &reviewed[..reviewed.len().min(MOST)],
        &live_hashes[..live_hashes.len().min(MOST)],
    );
    // lcs[i][j]: the longest common subsequence of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut changes = Vec::new();
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            settle(&mut changes, &mut removed, &mut added, live);
            i += 1;
            j += 1;
        } else if j < new.len() && (i == old.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(j);
            j += 1;
        } else {
            removed.push(i);
            i += 1;
        }
    }
    settle(&mut changes, &mut removed, &mut added, live);
    // Beyond MOST: whatever is left over is a difference too.
    for r in old.len()..reviewed.len() {
        changes.push(Change::Removed { reviewed: r + 1 });
    }
    for (l, text) in live.iter().enumerate().skip(new.len()) {
        changes.push(Change::Added {
            live: l + 1,
            text: text.clone(),
        });
    }
    changes
}

/// Turns a run of removed and added paragraphs (0-based) into changes.
fn settle(
    changes: &mut Vec<Change>,
    removed: &mut Vec<usize>,
    added: &mut Vec<usize>,
    live: &[String],
) {
    let paired = removed.len().min(added.len());
    for (&r, &l) in removed.iter().zip(added.iter()) {
        changes.push(Change::Changed {
            reviewed: r + 1,
            live: l + 1,
            text: live[l].clone(),
        });
    }
    for &l in &added[paired..] {
        changes.push(Change::Added {
            live: l + 1,
            text: live[l].clone(),
        });
    }
    for &r in &removed[paired..] {
        changes.push(Change::Removed { reviewed: r + 1 });
    }
    removed.clear();
    added.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(paragraphs: &[&str]) -> Vec<Hash> {
        paragraphs.iter().map(|p| Hash::of(p)).collect()
    }

    fn live(paragraphs: &[&str]) -> Vec<String> {
        paragraphs.iter().map(|p| (*p).to_owned()).collect()
    }

    #[test]
    fn the_same_paragraphs_are_no_change() {
        let page = ["Title", "One.", "Two."];
        assert!(compare(&hashes(&page), &live(&page)).is_empty());
        assert!(compare(&[], &[]).is_empty());
    }

    #[test]
    fn an_edited_paragraph_is_named_with_its_new_text() {
        let before = hashes(&["Title", "It takes 10 days.", "End."]);
        let after = live(&["Title", "It takes 20 days.", "End."]);
        assert_eq!(
            compare(&before, &after),
            [Change::Changed {
                reviewed: 2,
                live: 2,
                text: "It takes 20 days.".into()
            }]
        );
    }

    #[test]
    fn added_and_removed_paragraphs_keep_their_numbers() {
        let before = hashes(&["Title", "Old rule.", "Shared.", "End."]);
        let after = live(&["Title", "Shared.", "New note.", "End.", "Extra."]);
        assert_eq!(
            compare(&before, &after),
            [
                Change::Removed { reviewed: 2 },
                Change::Added {
                    live: 3,
                    text: "New note.".into()
                },
                Change::Added {
                    live: 5,
                    text: "Extra.".into()
                },
            ]
        );
    }

    #[test]
    fn a_page_emptied_or_filled_is_every_paragraph() {
        assert_eq!(
            compare(&hashes(&["A", "B"]), &[]),
            [
                Change::Removed { reviewed: 1 },
                Change::Removed { reviewed: 2 }
            ]
        );
        assert_eq!(
            compare(&[], &live(&["A"])),
            [Change::Added {
                live: 1,
                text: "A".into()
            }]
        );
    }
}
