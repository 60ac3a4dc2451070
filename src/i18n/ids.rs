//! Where the rules' types meet Fluent: the message id of each question, option,
//! outcome and reason. The only place that builds message ids from the rules'
//! types; a test checks that every id made here exists in every locale.

use crate::rules::{Answer, Choice, Outcome, Question, Reason, YesNo};

/// `question-<slug>-<part>`; `part` is `title`, `hint`, `error` or `summary`.
pub fn question(question: Question, part: QuestionPart) -> String {
    format!("question-{}-{}", question.slug(), part.as_str())
}

/// The parts of a question that have their own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionPart {
    Title,
    Hint,
    Error,
    Summary,
}

impl QuestionPart {
    pub const ALL: [QuestionPart; 4] = [Self::Title, Self::Hint, Self::Error, Self::Summary];

    fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Hint => "hint",
            Self::Error => "error",
            Self::Summary => "summary",
        }
    }
}

/// The label of one option: `option-<question>-<option>`; yes and no are
/// shared by every yes/no question (`option-yes`, `option-no`).
pub fn option(answer: Answer) -> String {
    let own = |slug: &str| format!("option-{}-{slug}", answer.question().slug());
    match answer {
        Answer::ApplicationDate(c) => own(c.slug()),
        Answer::ApplicationType(c) => own(c.slug()),
        Answer::FirstTravelDocument(yes_no)
        | Answer::ExpiredTravelDocument(yes_no)
        | Answer::HandedIn(yes_no)
        | Answer::ApplicationPortal(yes_no) => match yes_no {
            YesNo::Yes => "option-yes".to_owned(),
            YesNo::No => "option-no".to_owned(),
        },
    }
}

/// The heading of an outcome page.
pub fn outcome_title(outcome: Outcome) -> String {
    format!("outcome-{}-title", outcome.id())
}

/// The sentence that says why an outcome applies.
pub fn reason(reason: Reason) -> String {
    format!("reason-{}", reason.slug())
}

/// Every id this module can make, for the test that they all exist.
pub fn all_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for q in Question::ALL {
        ids.extend(QuestionPart::ALL.map(|part| question(q, part)));
        ids.extend(q.options().into_iter().map(option));
    }
    for o in Outcome::ALL {
        ids.push(outcome_title(o));
        ids.push(reason(o.reason()));
    }
    ids
}
