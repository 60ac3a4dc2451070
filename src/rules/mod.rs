//! The decision rules of the guide, and nothing else.
//!
//! This module is pure: no web, template or translation types. It maps the
//! applicant's [`Answers`] to the next [`Step`]: the next [`Question`] to ask, or
//! the final [`Outcome`] with the [`Reason`] for it. Handlers, templates, tests and
//! the flow graph all ask [`next_step`] (or [`Journey::of`]); nothing else decides
//! the route.
//!
//! The rules come from UDI's page "How to get a residence card if you applied on
//! 16 April 2021 or later" (`shared/source/udi-residence-card-page.txt`) and the
//! related facts beside it. The tables in `DESIGN.md` are implemented exactly.

mod answers;
mod choices;

pub use answers::{Answer, Answers, Journey, UnknownOption};
pub use choices::{ApplicationDate, ApplicationType, Choice, YesNo};

/// One question of the guide. The slug is the URL segment and the form field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    /// When did you apply? Always asked first.
    ApplicationDate,
    /// What did you apply for? Asked when the date is on or after the cut-off.
    ApplicationType,
    /// Derived refugee status: will you get a Norwegian travel document for the first time?
    FirstTravelDocument,
    /// Do you have an expired Norwegian alien's passport or travel document for refugees?
    ExpiredTravelDocument,
    /// Did you give that expired document to the police when you applied?
    HandedIn,
    /// Did you register the application in the Application Portal?
    ApplicationPortal,
}

impl Question {
    /// Every question, in the order a longest path asks them.
    pub const ALL: [Question; 6] = [
        Question::ApplicationDate,
        Question::ApplicationType,
        Question::FirstTravelDocument,
        Question::ExpiredTravelDocument,
        Question::HandedIn,
        Question::ApplicationPortal,
    ];

    /// The question every journey starts with.
    pub const FIRST: Question = Question::ApplicationDate;

    /// The stable id: URL slug, form field name and the stem of its Fluent ids.
    pub const fn slug(self) -> &'static str {
        match self {
            Question::ApplicationDate => "application-date",
            Question::ApplicationType => "application-type",
            Question::FirstTravelDocument => "first-travel-document",
            Question::ExpiredTravelDocument => "expired-travel-document",
            Question::HandedIn => "handed-in",
            Question::ApplicationPortal => "application-portal",
        }
    }

    /// Parses a URL slug; `None` for anything that is not a question id.
    pub fn from_slug(slug: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.slug() == slug)
    }

    /// The option values this question accepts, in the order they are shown.
    pub fn option_slugs(self) -> &'static [&'static str] {
        match self {
            Question::ApplicationDate => ApplicationDate::SLUGS,
            Question::ApplicationType => ApplicationType::SLUGS,
            Question::FirstTravelDocument
            | Question::ExpiredTravelDocument
            | Question::HandedIn
            | Question::ApplicationPortal => YesNo::SLUGS,
        }
    }

    /// Every answer this question accepts, in the order they are shown.
    pub fn options(self) -> Vec<Answer> {
        fn each<C: Choice>(answer: fn(C) -> Answer) -> Vec<Answer> {
            C::ALL.iter().map(|&c| answer(c)).collect()
        }
        match self {
            Question::ApplicationDate => each(Answer::ApplicationDate),
            Question::ApplicationType => each(Answer::ApplicationType),
            Question::FirstTravelDocument => each(Answer::FirstTravelDocument),
            Question::ExpiredTravelDocument => each(Answer::ExpiredTravelDocument),
            Question::HandedIn => each(Answer::HandedIn),
            Question::ApplicationPortal => each(Answer::ApplicationPortal),
        }
    }
}

/// Why the applicant must book, for the two booking outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BookingReason {
    /// Renewal or derived refugee status, with an expired Norwegian alien's passport
    /// or refugee travel document that was not given to the police (the source text).
    ExpiredDocumentNotHandedIn,
    /// Applied before 16 April 2021: those applicants always book (related facts).
    AppliedBeforeCutoff,
}

/// Why the police send the card by mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MailReason {
    /// Renewal or derived refugee status, and no expired Norwegian travel document.
    NoExpiredDocument,
    /// The expired travel document was handed in to the police with the application.
    DocumentHandedIn,
    /// Derived refugee status, and a Norwegian travel document for the first time.
    FirstTravelDocument,
}

/// Where the guide ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// First-time protection: meet the police, but they call you in; do not book.
    PoliceWillContactYou,
    /// Do not book: the police send the card by mail.
    CardByMail(MailReason),
    /// Book an appointment in the Application Portal.
    BookInApplicationPortal(BookingReason),
    /// Book an appointment by calling the local police district.
    BookByPhone(BookingReason),
    /// Outside this guide: the decision letter says whether to meet the police.
    SeeDecisionLetter,
}

/// The reason an outcome page states. Every outcome has exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    FirstTimeProtection,
    NoExpiredDocument,
    DocumentHandedIn,
    FirstTravelDocument,
    ExpiredDocumentNotHandedIn,
    AppliedBeforeCutoff,
    NotCoveredByGuide,
}

impl Reason {
    /// Stable id, used in Fluent ids (`reason-<slug>`) and the decision table.
    pub const fn slug(self) -> &'static str {
        match self {
            Reason::FirstTimeProtection => "first-time-protection",
            Reason::NoExpiredDocument => "no-expired-document",
            Reason::DocumentHandedIn => "document-handed-in",
            Reason::FirstTravelDocument => "first-travel-document",
            Reason::ExpiredDocumentNotHandedIn => "expired-document-not-handed-in",
            Reason::AppliedBeforeCutoff => "applied-before-cutoff",
            Reason::NotCoveredByGuide => "not-covered-by-guide",
        }
    }
}

impl Outcome {
    /// Every outcome with every reason it can have.
    pub const ALL: [Outcome; 9] = [
        Outcome::PoliceWillContactYou,
        Outcome::CardByMail(MailReason::NoExpiredDocument),
        Outcome::CardByMail(MailReason::DocumentHandedIn),
        Outcome::CardByMail(MailReason::FirstTravelDocument),
        Outcome::BookInApplicationPortal(BookingReason::ExpiredDocumentNotHandedIn),
        Outcome::BookInApplicationPortal(BookingReason::AppliedBeforeCutoff),
        Outcome::BookByPhone(BookingReason::ExpiredDocumentNotHandedIn),
        Outcome::BookByPhone(BookingReason::AppliedBeforeCutoff),
        Outcome::SeeDecisionLetter,
    ];

    /// The stable outcome id (`data-outcome` in the HTML, Fluent id stem).
    pub const fn id(self) -> &'static str {
        match self {
            Outcome::PoliceWillContactYou => "police-will-contact-you",
            Outcome::CardByMail(_) => "card-by-mail",
            Outcome::BookInApplicationPortal(_) => "book-in-application-portal",
            Outcome::BookByPhone(_) => "book-by-phone",
            Outcome::SeeDecisionLetter => "see-decision-letter",
        }
    }

    /// Why this outcome applies.
    pub const fn reason(self) -> Reason {
        match self {
            Outcome::PoliceWillContactYou => Reason::FirstTimeProtection,
            Outcome::CardByMail(MailReason::NoExpiredDocument) => Reason::NoExpiredDocument,
            Outcome::CardByMail(MailReason::DocumentHandedIn) => Reason::DocumentHandedIn,
            Outcome::CardByMail(MailReason::FirstTravelDocument) => Reason::FirstTravelDocument,
            Outcome::BookInApplicationPortal(r) | Outcome::BookByPhone(r) => match r {
                BookingReason::ExpiredDocumentNotHandedIn => Reason::ExpiredDocumentNotHandedIn,
                BookingReason::AppliedBeforeCutoff => Reason::AppliedBeforeCutoff,
            },
            Outcome::SeeDecisionLetter => Reason::NotCoveredByGuide,
        }
    }

    /// Whether the applicant must book an appointment themselves.
    pub const fn must_book(self) -> bool {
        matches!(
            self,
            Outcome::BookInApplicationPortal(_) | Outcome::BookByPhone(_)
        )
    }
}

/// What comes next: a question to ask, or the end of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Ask(Question),
    Done(Outcome),
}

/// The one function that decides the route.
///
/// It reads only the answers on the current path, so answers left over from an
/// earlier path never change the result (see [`Answers::pruned`]).
pub fn next_step(answers: &Answers) -> Step {
    use Question as Q;
    let Some(date) = answers.application_date else {
        return Step::Ask(Q::ApplicationDate);
    };
    if date == ApplicationDate::BeforeCutoff {
        return booking_step(answers, BookingReason::AppliedBeforeCutoff);
    }
    let Some(kind) = answers.application_type else {
        return Step::Ask(Q::ApplicationType);
    };
    match kind {
        ApplicationType::ProtectionFirstTime => Step::Done(Outcome::PoliceWillContactYou),
        ApplicationType::Other => Step::Done(Outcome::SeeDecisionLetter),
        ApplicationType::Renewal => expired_document_step(answers),
        ApplicationType::DerivedRefugeeStatus => match answers.first_travel_document {
            None => Step::Ask(Q::FirstTravelDocument),
            Some(YesNo::Yes) => Step::Done(Outcome::CardByMail(MailReason::FirstTravelDocument)),
            Some(YesNo::No) => expired_document_step(answers),
        },
    }
}

/// Renewal, or derived status without a first travel document: the source text's
/// rule about an expired Norwegian alien's passport or refugee travel document.
fn expired_document_step(answers: &Answers) -> Step {
    match answers.expired_travel_document {
        None => Step::Ask(Question::ExpiredTravelDocument),
        Some(YesNo::No) => Step::Done(Outcome::CardByMail(MailReason::NoExpiredDocument)),
        Some(YesNo::Yes) => match answers.handed_in {
            None => Step::Ask(Question::HandedIn),
            Some(YesNo::Yes) => Step::Done(Outcome::CardByMail(MailReason::DocumentHandedIn)),
            Some(YesNo::No) => booking_step(answers, BookingReason::ExpiredDocumentNotHandedIn),
        },
    }
}

/// The applicant must book: how depends on whether they used the Application Portal.
fn booking_step(answers: &Answers, reason: BookingReason) -> Step {
    match answers.application_portal {
        None => Step::Ask(Question::ApplicationPortal),
        Some(YesNo::Yes) => Step::Done(Outcome::BookInApplicationPortal(reason)),
        Some(YesNo::No) => Step::Done(Outcome::BookByPhone(reason)),
    }
}

/// One complete path through the guide: the answers in the order asked, and
/// where they lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub answers: Vec<Answer>,
    pub outcome: Outcome,
}

/// Every path a person can take, in a stable order: each asked question
/// answered with each of its options in turn, depth first.
pub fn every_path() -> Vec<Path> {
    fn walk(answers: Answers, taken: &mut Vec<Answer>, out: &mut Vec<Path>) {
        match next_step(&answers) {
            Step::Done(outcome) => out.push(Path {
                answers: taken.clone(),
                outcome,
            }),
            Step::Ask(question) => {
                for answer in question.options() {
                    taken.push(answer);
                    walk(answers.with(answer), taken, out);
                    taken.pop();
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(Answers::default(), &mut Vec::new(), &mut out);
    out
}

/// The most questions any path asks (the start page says "up to" this many).
pub fn most_questions() -> usize {
    every_path()
        .iter()
        .map(|path| path.answers.len())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
