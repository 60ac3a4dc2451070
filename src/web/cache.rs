//! Rendered pages, remembered by each worker thread.
//!
//! A page is a pure function of a few small values: the language, the page
//! kind, the saved answers and two flags. Templates, messages and the
//! stylesheet URL are compiled into the binary, and every page is rendered
//! for its canonical path (so `/en/%68anded-in` gets the same page, with the
//! same language links, as `/en/handed-in`). So a worker renders each page
//! once and afterwards answers with the same bytes: under load, rendering was
//! a third of the CPU a question page cost.
//!
//! Only the pages below are kept; error pages, which show the requested path,
//! are rendered each time. There are about 1,100 distinct pages in all (each
//! reachable question and answers × 3 languages × notice × error); a worker
//! keeps at most [`MAX_PAGES`] and starts afresh when full, so its memory
//! stays bounded whatever anyone requests.

use std::cell::RefCell;
use std::collections::HashMap;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use askama::Template;

use super::pages::{html_bytes, render};
use crate::i18n::Lang;
use crate::rules::{Answers, Question};

/// How many pages one worker keeps.
pub const MAX_PAGES: usize = 2048;

/// Everything a cached page depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKey {
    Start(Lang),
    Accessibility(Lang),
    About(Lang),
    /// `answers` are the pruned saved answers; `error` is the 422 page again.
    Question {
        lang: Lang,
        question: Question,
        answers: Answers,
        error: bool,
        notice: bool,
    },
    /// `answers` are the pruned saved answers, which end at an outcome.
    Result {
        lang: Lang,
        answers: Answers,
        notice: bool,
    },
}

thread_local! {
    static PAGES: RefCell<HashMap<PageKey, Bytes>> = RefCell::new(HashMap::new());
}

/// The page for `key` as an HTML response with `status`: from this worker's
/// store, or made by `page` and rendered (and then stored).
pub fn page<T: Template>(
    status: StatusCode,
    key: PageKey,
    page: impl FnOnce() -> T,
) -> HttpResponse {
    if let Some(body) = PAGES.with(|pages| pages.borrow().get(&key).cloned()) {
        return html_bytes(status, body);
    }
    let Some(body) = render(&page()) else {
        return HttpResponse::InternalServerError().finish();
    };
    PAGES.with(|pages| {
        let mut pages = pages.borrow_mut();
        if pages.len() >= MAX_PAGES {
            pages.clear();
        }
        pages.insert(key, body.clone());
    });
    html_bytes(status, body)
}

/// How many pages this worker holds.
#[cfg(test)]
fn held() -> usize {
    PAGES.with(|pages| pages.borrow().len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Journey, Step, every_path};
    use std::collections::HashSet;

    /// Every page key a person can reach, with every flag.
    fn reachable() -> HashSet<PageKey> {
        let mut keys = HashSet::new();
        for lang in Lang::ALL {
            keys.extend([
                PageKey::Start(lang),
                PageKey::Accessibility(lang),
                PageKey::About(lang),
            ]);
            for path in every_path() {
                let mut answers = Answers::default();
                for step in 0..=path.answers.len() {
                    for notice in [false, true] {
                        let journey = Journey::of(&answers);
                        let asked: Vec<Question> = journey.asked().collect();
                        for question in Question::ALL.into_iter().filter(|&q| answers.can_ask(q)) {
                            assert!(
                                asked.contains(&question) || journey.next == Step::Ask(question)
                            );
                            for error in [false, true] {
                                keys.insert(PageKey::Question {
                                    lang,
                                    question,
                                    answers,
                                    error,
                                    notice,
                                });
                            }
                        }
                        if let Step::Done(_) = journey.next {
                            keys.insert(PageKey::Result {
                                lang,
                                answers,
                                notice,
                            });
                        }
                    }
                    if let Some(answer) = path.answers.get(step) {
                        answers = answers.with(*answer);
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_reachable_page_fits_in_one_worker() {
        let keys = reachable();
        assert!(keys.len() > 500, "{}", keys.len());
        assert!(keys.len() < MAX_PAGES, "{}", keys.len());
    }

    #[test]
    fn a_page_is_rendered_once_and_then_served_from_the_store() {
        let key = PageKey::Start(Lang::En);
        let mut renders = 0;
        for _ in 0..3 {
            let response = page(StatusCode::OK, key, || {
                renders += 1;
                super::super::pages::StartPage::new(Lang::En, "/en/")
            });
            assert_eq!(response.status(), StatusCode::OK);
        }
        assert_eq!(renders, 1);
        assert!(held() >= 1);
    }
}
