//! Rendered pages, kept once per process.
//!
//! A page is a pure function of a few small values: the language, the page
//! kind, the saved answers, the question's state and the notice, and of the
//! instance's `PUBLIC_ORIGIN` (the `<head>`'s links are absolute on it), which
//! is one for the life of the process. Templates,
//! messages and the stylesheet URL are compiled into the binary, and every
//! page is rendered for its canonical path (so `/en/%68anded-in` gets the same
//! page, with the same language links, as `/en/handed-in`). So each page is
//! rendered the first time it is asked for, and afterwards every worker
//! answers with the same bytes: rendering is most of what a page costs.
//!
//! The store has one slot for each page a person can reach ([`reachable`]:
//! every question and result of every path in every language, with their
//! states), made at start and never grown, so its memory is bounded
//! whatever anyone requests: at most every reachable page once (sizes in
//! `docs/operations.md`). A key outside it, which no handler makes, would be
//! rendered each time. Error pages, which show the requested path, are not
//! kept. There is one store per origin ([`PageStore::of`]): one in
//! production; the tests start servers on many ports in one process, and
//! each port is an origin of its own.

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex, OnceLock, PoisonError};

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use foldhash::fast::FixedState;

use super::href::{Feedback, Notice};
use super::html::{html_bytes, render};
use super::pages::{
    AboutPage, AccessibilityPage, QuestionPage, QuestionState, ResultPage, StartPage,
};
use crate::i18n::Lang;
use crate::public_origin::PublicOrigin;
use crate::rules::{Answers, Journey, Question, Step};

/// Everything a cached page depends on besides the origin: [`PageKey::render`]
/// makes the page from the key and the origin alone, so what the store serves
/// is what rendering would.
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

    /// Renders the page afresh, its links absolute on `origin`. `None`
    /// (logged) if the template fails, or for a result key whose answers do
    /// not end at an outcome: only a bug can cause either.
    pub fn render(self, origin: &PublicOrigin) -> Option<Bytes> {
        match self {
            PageKey::Start(lang) => render(&StartPage::new(lang, origin)),
            PageKey::Accessibility(lang) => render(&AccessibilityPage::new(lang, origin)),
            PageKey::About(lang) => render(&AboutPage::new(lang, origin)),
            PageKey::Question {
                lang,
                question,
                answers,
                state,
                notice,
            } => render(&QuestionPage::new(
                lang, question, &answers, state, notice, origin,
            )),
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
                render(&ResultPage::new(
                    lang, outcome, &journey, notice, feedback, origin,
                ))
            }
        }
    }
}

/// The pages of one origin: one slot for each reachable page, filled when
/// the page is first asked for. A page, once rendered, lives as long as the
/// process (the slots are bounded), so responses borrow it: no reference
/// count that every worker would increment on the same cache line.
///
/// Hashed with foldhash rather than the standard SipHash, which hashes a key
/// of many small fields several times slower (it was a third of the lookup
/// in the profile: docs/operations.md). SipHash's defence against chosen
/// collisions is not needed: the map never grows, so a request can only look
/// a key up among the fixed reachable ones.
pub struct PageStore {
    origin: PublicOrigin,
    slots: HashMap<PageKey, OnceLock<&'static [u8]>, FixedState>,
}

/// Every store of the process, one per origin.
static STORES: Mutex<Vec<&'static PageStore>> = Mutex::new(Vec::new());

impl PageStore {
    /// The store of `origin`'s pages: made (with an empty slot for every
    /// reachable page) the first time an origin is asked for, at start, and
    /// the same store afterwards. It lives as long as the process.
    pub fn of(origin: &PublicOrigin) -> &'static PageStore {
        let mut stores = STORES.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(store) = stores.iter().find(|store| store.origin == *origin) {
            return store;
        }
        let store: &'static PageStore = Box::leak(Box::new(PageStore {
            origin: origin.clone(),
            slots: reachable()
                .into_iter()
                .map(|key| (key, OnceLock::new()))
                .collect(),
        }));
        stores.push(store);
        store
    }

    /// The origin the pages' links are absolute on.
    pub fn origin(&self) -> &PublicOrigin {
        &self.origin
    }

    /// The page for `key` as an HTML response: from the store, or rendered
    /// (and then stored).
    pub fn page(&self, key: PageKey) -> HttpResponse {
        let body = match self.slots.get(&key) {
            Some(slot) => match slot.get() {
                Some(body) => Some(Bytes::from_static(body)),
                None => key.render(&self.origin).map(|body| {
                    let kept = slot.get_or_init(|| intern(&body));
                    Bytes::from_static(kept)
                }),
            },
            None => key.render(&self.origin),
        };
        match body {
            Some(body) => html_bytes(key.status(), body),
            None => HttpResponse::InternalServerError().finish(),
        }
    }
}

/// Every distinct page body the stores keep, once. Many keys render the same
/// bytes (a question page does not show the answers before it, only where
/// Back goes): 6,592 reachable pages are 2,016 distinct ones, so a store
/// filled to its bound holds about 23 MB instead of 52 MB (docs/operations.md,
/// "Limits"). Locked only when a slot is filled, once per key.
static INTERNED: LazyLock<Mutex<HashSet<&'static [u8], FixedState>>> =
    LazyLock::new(|| Mutex::new(HashSet::default()));

/// The kept copy of `body`: one already kept with the same bytes, or a new one.
fn intern(body: &[u8]) -> &'static [u8] {
    let mut kept = INTERNED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(same) = kept.get(body) {
        return same;
    }
    let page: &'static [u8] = Vec::from(body).leak();
    kept.insert(page);
    page
}

/// The instance's page store, which the server keeps in its app data: a
/// handler asks for it in its signature (the extractor is in `extract`).
#[derive(Clone, Copy)]
pub struct Pages(pub &'static PageStore);

impl Pages {
    /// The store the server keeps for `req`; `None` only outside the server.
    pub fn of(req: &HttpRequest) -> Option<Pages> {
        req.app_data::<Pages>().copied()
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

    fn store() -> &'static PageStore {
        PageStore::of(&PublicOrigin::parse("https://guide.example").unwrap())
    }

    /// Pages with the same bytes are kept once: a store filled with every
    /// reachable page holds only its distinct pages, within the memory
    /// `deploy/` gives an instance (docs/operations.md, "Limits").
    #[test]
    fn a_filled_store_keeps_each_distinct_page_once() {
        let store = store();
        let mut kept: HashMap<*const u8, usize> = HashMap::new();
        let mut rendered = 0;
        for key in reachable() {
            let body = key.render(store.origin()).expect("renders");
            rendered += body.len();
            let page = intern(&body);
            assert_eq!(page, &body[..]);
            kept.insert(page.as_ptr(), page.len());
        }
        let kept_bytes: usize = kept.values().sum();
        assert!(kept.len() < reachable().len() / 2, "{} kept", kept.len());
        assert!(
            kept_bytes < rendered / 2,
            "{kept_bytes} of {rendered} bytes"
        );
        assert!(kept_bytes < 32 << 20, "{kept_bytes} bytes kept");
        // The same bytes again are the kept copy, not a new one.
        let again = reachable()[0].render(store.origin()).expect("renders");
        let copy: Vec<u8> = again.iter().copied().collect();
        assert_eq!(intern(&again).as_ptr(), intern(&copy).as_ptr());
    }

    /// The store's one slot per reachable page; it never grows.
    #[test]
    fn every_reachable_page_has_one_slot() {
        let keys = reachable();
        let unique: HashSet<PageKey> = keys.iter().copied().collect();
        assert_eq!(unique.len(), keys.len());
        assert_eq!(store().slots.len(), keys.len());
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
        let (store, key) = (store(), PageKey::Start(Lang::En));
        let first = store.page(key);
        assert_eq!(first.status(), StatusCode::OK);
        let stored = store.slots[&key]
            .get()
            .copied()
            .expect("stored after the first request");
        let again = store.page(key);
        assert_eq!(again.status(), StatusCode::OK);
        assert!(
            store.slots[&key]
                .get()
                .is_some_and(|b| b.as_ptr() == stored.as_ptr()),
            "the same bytes, not a second rendering"
        );
    }

    /// One store per origin: the same for the same origin, and another
    /// origin's pages link to that origin.
    #[test]
    fn each_origin_has_a_store_of_its_own() {
        let other = PublicOrigin::parse("https://other.example").unwrap();
        assert!(std::ptr::eq(store(), store()));
        assert!(!std::ptr::eq(store(), PageStore::of(&other)));
        let key = PageKey::About(Lang::Uk);
        let page = key.render(&other).expect("renders");
        let page = std::str::from_utf8(&page).unwrap();
        assert!(page.contains(
            "<link rel=\"canonical\" href=\"https://other.example/uk/about-this-guide\">"
        ));
        assert!(!page.contains("guide.example"));
    }

    /// The store serves, for every reachable key, exactly what rendering the
    /// key afresh gives, and each key's page is its own.
    #[test]
    fn the_store_serves_what_rendering_gives_for_every_reachable_page() {
        let (store, keys) = (store(), reachable());
        // Fill the store in reverse order, then compare in order.
        for &key in keys.iter().rev() {
            store.page(key);
        }
        for &key in &keys {
            let stored = store.slots[&key].get().copied();
            let fresh = key
                .render(store.origin())
                .expect("every reachable page renders");
            assert_eq!(stored, Some(&fresh[..]), "{key:?}");
        }
    }
}
