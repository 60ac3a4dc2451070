//! Rendered pages, kept once per process.
//!
//! A page is a pure function of a few small values: the language, the page
//! kind, the saved answers, the question's state and the notice. Templates,
//! messages and the stylesheet URL are compiled into the binary, and every
//! page is rendered for its canonical path (so `/en/%68anded-in` gets the same
//! page, with the same language links, as `/en/handed-in`). So each page is
//! rendered the first time it is asked for, and afterwards every worker
//! answers with the same bytes: rendering is most of what a page costs.
//!
//! The store has one slot for each page a person can reach ([`reachable`]:
//! every question and result of every path in every language, with their
//! states), made at first use and never grown, so its memory is bounded
//! whatever anyone requests: at most every reachable page once (sizes in
//! `docs/operations.md`). A key outside it, which no handler makes, would be
//! rendered each time. Error pages, which show the requested path, are not
//! kept.

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, OnceLock};

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use foldhash::fast::FixedState;

use super::href::{Feedback, Notice};
use super::html::{html_bytes, render};
use super::pages::{
    AboutPage, AccessibilityPage, QuestionPage, QuestionState, ResultPage, StartPage,
};
use crate::i18n::Lang;
use crate::rules::{Answers, Journey, Question, Step};

/// Everything a cached page depends on: [`PageKey::render`] makes the page
/// from the key alone, so what the store serves is what rendering would.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKey {
    Start(Lang),
    Accessibility(Lang),
    About(Lang),
    /// `answers` are the pruned saved answers.
    Question {
        lang: Lang,
        question: Question,
        answers: Answers,
        state: QuestionState,
        notice: Notice,
    },
    /// `answers` are the pruned saved answers, which end at an outcome.
    Result {
        lang: Lang,
        answers: Answers,
        notice: Notice,
        feedback: Feedback,
    },
}

impl PageKey {
    /// The page's status.
    pub fn status(self) -> StatusCode {
        match self {
            PageKey::Question { state, .. } => state.status(),
            PageKey::Start(_)
            | PageKey::Accessibility(_)
            | PageKey::About(_)
            | PageKey::Result { .. } => StatusCode::OK,
        }
    }

    /// Renders the page afresh. `None` (logged) if the template fails, or for
    /// a result key whose answers do not end at an outcome: only a bug can
    /// cause either.
    pub fn render(self) -> Option<Bytes> {
        match self {
            PageKey::Start(lang) => render(&StartPage::new(lang)),
            PageKey::Accessibility(lang) => render(&AccessibilityPage::new(lang)),
            PageKey::About(lang) => render(&AboutPage::new(lang)),
            PageKey::Question {
                lang,
                question,
                answers,
                state,
                notice,
            } => render(&QuestionPage::new(lang, question, &answers, state, notice)),
            PageKey::Result {
                lang,
                answers,
                notice,
                feedback,
            } => {
                let journey = Journey::of(&answers);
                let Step::Done(outcome) = journey.next else {
                    tracing::error!("a result page was asked for answers without an outcome");
                    return None;
                };
                render(&ResultPage::new(lang, outcome, &journey, notice, feedback))
            }
        }
    }
}

/// One slot for each reachable page, filled when the page is first asked for.
/// A page, once rendered, lives as long as the process (the slots are
/// bounded), so responses borrow it: no reference count that every worker
/// would increment on the same cache line.
///
/// Hashed with foldhash rather than the standard SipHash, which hashes a key
/// of many small fields several times slower (it was a third of the lookup
/// in the profile: docs/operations.md). SipHash's defence against chosen
/// collisions is not needed: the map never grows, so a request can only look
/// a key up among the fixed reachable ones.
static STORE: LazyLock<HashMap<PageKey, OnceLock<&'static [u8]>, FixedState>> =
    LazyLock::new(|| {
        reachable()
            .into_iter()
            .map(|key| (key, OnceLock::new()))
            .collect()
    });

/// The page for `key` as an HTML response: from the store, or rendered (and
/// then stored).
pub fn page(key: PageKey) -> HttpResponse {
    let body = match STORE.get(&key) {
        Some(slot) => match slot.get() {
            Some(body) => Some(Bytes::from_static(body)),
            None => key.render().map(|body| {
                let kept = slot.get_or_init(|| Vec::from(body).leak());
                Bytes::from_static(kept)
            }),
        },
        None => key.render(),
    };
    match body {
        Some(body) => html_bytes(key.status(), body),
        None => HttpResponse::InternalServerError().finish(),
    }
}

/// Every page key a person can reach, with every state and notice they can
/// bring about: each question on the path of each prefix of every path,
/// asked (plain, or after `?notice=answers-lost`) and refused; a refused
/// first question after unusable answers; each result, plain or noticed, asking
/// for feedback or thanking for it.
pub fn reachable() -> Vec<PageKey> {
    let mut keys = HashSet::new();
    for lang in Lang::ALL {
        keys.extend([
            PageKey::Start(lang),
            PageKey::Accessibility(lang),
            PageKey::About(lang),
        ]);
        // An unusable cookie and no valid choice: the first question, refused,
        // with the notice.
        keys.insert(PageKey::Question {
            lang,
            question: Question::FIRST,
            answers: Answers::default(),
            state: QuestionState::Refused,
            notice: Notice::AnswersLost,
        });
        for path in crate::rules::every_path() {
            let mut answers = Answers::default();
            for step in 0..=path.answers.len() {
                let journey = Journey::of(&answers);
                for question in Question::ALL.into_iter().filter(|&q| answers.can_ask(q)) {
                    for (state, notice) in [
                        (QuestionState::Asking, Notice::None),
                        (QuestionState::Asking, Notice::AnswersLost),
                        (QuestionState::Refused, Notice::None),
                    ] {
                        keys.insert(PageKey::Question {
                            lang,
                            question,
                            answers,
                            state,
                            notice,
                        });
                    }
                }
                if let Step::Done(_) = journey.next {
                    // Every notice with every feedback state: both come from
                    // the query, so a request can ask for any mix.
                    for (notice, feedback) in [
                        (Notice::None, Feedback::Asking),
                        (Notice::AnswersLost, Feedback::Asking),
                        (Notice::None, Feedback::Thanked),
                        (Notice::AnswersLost, Feedback::Thanked),
                    ] {
                        keys.insert(PageKey::Result {
                            lang,
                            answers,
                            notice,
                            feedback,
                        });
                    }
                }
                if let Some(answer) = path.answers.get(step) {
                    answers = answers.with(*answer);
                }
            }
        }
    }
    let mut keys: Vec<PageKey> = keys.into_iter().collect();
    keys.sort_by_key(|key| format!("{key:?}"));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The store's one slot per reachable page; it never grows.
    #[test]
    fn every_reachable_page_has_one_slot() {
        let keys = reachable();
        let unique: HashSet<PageKey> = keys.iter().copied().collect();
        assert_eq!(unique.len(), keys.len());
        assert_eq!(STORE.len(), keys.len());
        assert!(keys.len() > 500 * Lang::ALL.len() / 3, "{}", keys.len());
    }

    /// The query can ask for both the notice and the thanks: that page is
    /// kept too, for every result, rather than rendered on every request.
    #[test]
    fn every_result_is_kept_with_every_notice_and_feedback_state() {
        let keys: HashSet<PageKey> = reachable().into_iter().collect();
        let results: Vec<PageKey> = keys
            .iter()
            .copied()
            .filter(|k| matches!(k, PageKey::Result { .. }))
            .collect();
        assert!(!results.is_empty());
        for key in results {
            let PageKey::Result { lang, answers, .. } = key else {
                unreachable!("filtered to results");
            };
            for notice in [Notice::None, Notice::AnswersLost] {
                for feedback in [Feedback::Asking, Feedback::Thanked] {
                    let key = PageKey::Result {
                        lang,
                        answers,
                        notice,
                        feedback,
                    };
                    assert!(keys.contains(&key), "{key:?}");
                }
            }
        }
    }

    #[test]
    fn a_page_is_rendered_once_and_then_served_from_the_store() {
        let key = PageKey::Start(Lang::En);
        let first = page(key);
        assert_eq!(first.status(), StatusCode::OK);
        let stored = STORE[&key]
            .get()
            .copied()
            .expect("stored after the first request");
        let again = page(key);
        assert_eq!(again.status(), StatusCode::OK);
        assert!(
            STORE[&key]
                .get()
                .is_some_and(|b| b.as_ptr() == stored.as_ptr()),
            "the same bytes, not a second rendering"
        );
    }

    /// The store serves, for every reachable key, exactly what rendering the
    /// key afresh gives, and each key's page is its own.
    #[test]
    fn the_store_serves_what_rendering_gives_for_every_reachable_page() {
        let keys = reachable();
        // Fill the store in reverse order, then compare in order.
        for &key in keys.iter().rev() {
            page(key);
        }
        for &key in &keys {
            let stored = STORE[&key].get().copied();
            let fresh = key.render().expect("every reachable page renders");
            assert_eq!(stored, Some(&fresh[..]), "{key:?}");
        }
    }
}
