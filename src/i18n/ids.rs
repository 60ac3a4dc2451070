//! Where the rules' types meet Fluent: the message id of each question, option,
//! outcome and reason. The only place that builds message ids from the rules'
//! types; a test checks that every id made here exists in every locale.

use crate::rules::{Answer, ApplicationType, Choice, Outcome, Question, Reason, Source, YesNo};

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
        Answer::CollectiveProtectionPermit(c) => own(c.slug()),
        Answer::AppliedFrom(c) => own(c.slug()),
        Answer::ChildTurnedSix(yes_no)
        | Answer::PowerOfAttorney(yes_no)
        | Answer::FirstTravelDocument(yes_no)
        | Answer::ExpiredTravelDocument(yes_no)
        | Answer::HandedIn(yes_no)
        | Answer::ApplicationPortal(yes_no) => match yes_no {
            YesNo::Yes => "option-yes".to_owned(),
            YesNo::No => "option-no".to_owned(),
        },
    }
}

/// The one-line hint under an option's label, for the options that use an
/// official term a reader may not know (`option-<question>-<option>-hint`).
pub fn option_hint(answer: Answer) -> Option<String> {
    let has_hint = match answer {
        Answer::ApplicationType(kind) => match kind {
            // Renewal's hint sends those with collective protection (whose
            // permit is extended, not renewed) to their own option; first-time
            // protection's says where that application was made (and, in uk
            // and ru, sends those who fled Ukraine to collective protection).
            ApplicationType::ProtectionFirstTime
            | ApplicationType::ResettlementRefugee
            | ApplicationType::CollectiveProtection
            | ApplicationType::Renewal
            | ApplicationType::DerivedRefugeeStatus
            | ApplicationType::OtherPermit
            | ApplicationType::Other => true,
            ApplicationType::PermanentResidence => false,
        },
        Answer::PowerOfAttorney(yes_no) => yes_no == YesNo::Yes,
        Answer::ApplicationDate(_)
        | Answer::CollectiveProtectionPermit(_)
        | Answer::ChildTurnedSix(_)
        | Answer::AppliedFrom(_)
        | Answer::FirstTravelDocument(_)
        | Answer::ExpiredTravelDocument(_)
        | Answer::HandedIn(_)
        | Answer::ApplicationPortal(_) => false,
    };
    has_hint.then(|| {
        format!(
            "option-{}-{}-hint",
            answer.question().slug(),
            answer.option_slug()
        )
    })
}

/// An official page's name and address, in the reader's language where the page
/// has one (`source-<slug>-name`, `source-<slug>-url`).
pub fn source(source: Source, part: SourcePart) -> String {
    let part = match part {
        SourcePart::Name => "name",
        SourcePart::Url => "url",
        SourcePart::Language => "language",
    };
    format!("source-{}-{part}", source.slug())
}

/// The messages of a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourcePart {
    /// What the page is called.
    Name,
    /// Its address.
    Url,
    /// Empty when the page is in the reader's language; otherwise "(in English)".
    Language,
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
        ids.extend(q.options().into_iter().filter_map(option_hint));
    }
    for o in Outcome::ALL {
        ids.push(outcome_title(o));
        ids.push(reason(o.reason()));
    }
    for s in Source::ALL {
        ids.extend([SourcePart::Name, SourcePart::Url, SourcePart::Language].map(|p| source(s, p)));
    }
    ids
}
