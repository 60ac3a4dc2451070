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
pub use choices::{
    ApplicationDate, ApplicationType, AppliedFrom, Choice, CollectiveProtectionPermit, YesNo,
};

/// One question of the guide. The slug is the URL segment and the form field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    /// When did you apply? Always asked first.
    ApplicationDate,
    /// What did you apply for? Asked when the date is on or after the cut-off.
    ApplicationType,
    /// Collective protection: is this the first permit, or was it extended?
    CollectiveProtectionPermit,
    /// Collective protection extended: is the card for a child who has turned 6?
    ChildTurnedSix,
    /// Another first permit (family, work, studies): did you apply from Norway or abroad?
    AppliedFrom,
    /// Renewal, or another permit applied for from Norway: did someone hand in the
    /// application for you with a power of attorney?
    PowerOfAttorney,
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
    /// Every question, in the order a path can meet them.
    pub const ALL: [Question; 10] = [
        Question::ApplicationDate,
        Question::ApplicationType,
        Question::CollectiveProtectionPermit,
        Question::ChildTurnedSix,
        Question::AppliedFrom,
        Question::PowerOfAttorney,
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
            Question::CollectiveProtectionPermit => "collective-protection-permit",
            Question::ChildTurnedSix => "child-turned-six",
            Question::AppliedFrom => "applied-from",
            Question::PowerOfAttorney => "power-of-attorney",
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
            Question::CollectiveProtectionPermit => CollectiveProtectionPermit::SLUGS,
            Question::AppliedFrom => AppliedFrom::SLUGS,
            Question::ChildTurnedSix
            | Question::PowerOfAttorney
            | Question::FirstTravelDocument
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
            Question::CollectiveProtectionPermit => each(Answer::CollectiveProtectionPermit),
            Question::ChildTurnedSix => each(Answer::ChildTurnedSix),
            Question::AppliedFrom => each(Answer::AppliedFrom),
            Question::PowerOfAttorney => each(Answer::PowerOfAttorney),
            Question::FirstTravelDocument => each(Answer::FirstTravelDocument),
            Question::ExpiredTravelDocument => each(Answer::ExpiredTravelDocument),
            Question::HandedIn => each(Answer::HandedIn),
            Question::ApplicationPortal => each(Answer::ApplicationPortal),
        }
    }
}

/// Why the police call the applicant in, for [`Outcome::PoliceWillContactYou`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactReason {
    /// Applied for protection (asylum) for the first time with the police (the
    /// source text).
    FirstTimeProtection,
    /// A resettlement (quota) refugee: reports to the police within seven days of
    /// arrival, so the police call them in (`source/card-journey.md` §9).
    ResettlementRefugee,
}

/// Why the applicant must book, for the two booking outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BookingReason {
    /// An expired Norwegian alien's passport or refugee travel document that was
    /// not given to the police (the source text).
    ExpiredDocumentNotHandedIn,
    /// Applied before 16 April 2021: those applicants always book (related facts).
    AppliedBeforeCutoff,
    /// Someone else handed in the application with a power of attorney: the
    /// applicant books themselves (`other-groups.md`).
    HandedInByProxy,
    /// A first permit applied for from abroad (`other-groups.md`).
    AppliedFromAbroad,
}

/// Why the police send the card by mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MailReason {
    /// No expired Norwegian travel document.
    NoExpiredDocument,
    /// The expired travel document was handed in to the police with the application.
    DocumentHandedIn,
    /// Derived refugee status, and a Norwegian travel document for the first time.
    FirstTravelDocument,
    /// Collective protection extended: the new card comes to the mailbox.
    CollectiveProtectionExtended,
}

/// Why the applicant waits for a letter before doing anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LetterReason {
    /// The first permit with collective protection: the applicant is told
    /// whether to meet the police (many gave picture and fingerprints already).
    CollectiveProtectionFirstPermit,
    /// Collective protection extended for a child who has turned 6: a letter says
    /// the child must give fingerprints.
    ChildTurnedSix,
}

/// Where the guide ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// First-time protection or resettlement: meet the police, but they call you
    /// in; do not book.
    PoliceWillContactYou(ContactReason),
    /// Do not book now: a letter says whether (and how) to meet the police.
    WaitForLetter(LetterReason),
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
    ResettlementRefugee,
    CollectiveProtectionFirstPermit,
    ChildTurnedSix,
    NoExpiredDocument,
    DocumentHandedIn,
    FirstTravelDocument,
    CollectiveProtectionExtended,
    ExpiredDocumentNotHandedIn,
    AppliedBeforeCutoff,
    HandedInByProxy,
    AppliedFromAbroad,
    NotCoveredByGuide,
}

impl Reason {
    /// Stable id: `data-reason` in the HTML, Fluent ids (`reason-<slug>`) and the
    /// decision table.
    pub const fn slug(self) -> &'static str {
        match self {
            Reason::FirstTimeProtection => "first-time-protection",
            Reason::ResettlementRefugee => "resettlement-refugee",
            Reason::CollectiveProtectionFirstPermit => "collective-protection-first-permit",
            Reason::ChildTurnedSix => "child-turned-six",
            Reason::NoExpiredDocument => "no-expired-document",
            Reason::DocumentHandedIn => "document-handed-in",
            Reason::FirstTravelDocument => "first-travel-document",
            Reason::CollectiveProtectionExtended => "collective-protection-extended",
            Reason::ExpiredDocumentNotHandedIn => "expired-document-not-handed-in",
            Reason::AppliedBeforeCutoff => "applied-before-cutoff",
            Reason::HandedInByProxy => "handed-in-by-proxy",
            Reason::AppliedFromAbroad => "applied-from-abroad",
            Reason::NotCoveredByGuide => "not-covered-by-guide",
        }
    }
}

/// The official pages the rules and facts come from (`shared/source/`). Their
/// addresses and names are words of the page (Fluent: `source-<slug>-url`,
/// `source-<slug>-name`, `source-<slug>-language`), so that each language can
/// link to its own version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// "How to get a residence card if you applied on 16 April 2021 or later",
    /// the version for protection, renewals and derived refugee status.
    UdiResidenceCard,
    /// The page for permits applied for before 16 April 2021.
    UdiBeforeCutoff,
    /// UDI's version of the residence card page for other permits (studies,
    /// family, work): who must book.
    UdiOtherPermits,
    /// Collective protection: you receive an answer.
    UdiCollectiveProtectionAnswer,
    /// Collective protection: the permit is expiring, is it extended?
    UdiCollectiveProtectionExtension,
    /// Resettlement refugees: what the police do.
    UdiResettlement,
    /// Permanent residence granted: how to get a residence card (2021 or later).
    UdiPermanentResidence,
    /// Must I book a new appointment after an answer? The decision letter says.
    UdiMustIBook,
    /// Booking of an appointment: the steps in the Application Portal, and what
    /// no booking button means.
    UdiBooking,
    /// Family immigration permit granted: under 18, when the card comes, whom to
    /// contact when it does not.
    UdiFamilyImmigration,
    /// Applied before 16 April 2021 and coming from abroad: when and where to book.
    UdiArrivingFromAbroad,
    /// Travelling abroad: a valid passport and a valid residence card.
    UdiTravelAbroad,
    /// The fee for a new card: hand in the old card; a damaged or wrong card is
    /// replaced free.
    UdiNewCardFee,
    /// The residence card for family members of EU/EEA citizens.
    UdiEeaFamilyCard,
    /// The police: residence cards (what they take, the card by post, a card
    /// that is not delivered, not proof of identity).
    PoliceResidenceCards,
    /// The police: where you meet (your police district; SUA for skilled workers).
    PoliceWhereToMeet,
}

impl Source {
    pub const ALL: [Source; 16] = [
        Source::UdiResidenceCard,
        Source::UdiBeforeCutoff,
        Source::UdiOtherPermits,
        Source::UdiCollectiveProtectionAnswer,
        Source::UdiCollectiveProtectionExtension,
        Source::UdiResettlement,
        Source::UdiPermanentResidence,
        Source::UdiMustIBook,
        Source::UdiBooking,
        Source::UdiFamilyImmigration,
        Source::UdiArrivingFromAbroad,
        Source::UdiTravelAbroad,
        Source::UdiNewCardFee,
        Source::UdiEeaFamilyCard,
        Source::PoliceResidenceCards,
        Source::PoliceWhereToMeet,
    ];

    /// Stable id, the stem of the page's Fluent ids.
    pub const fn slug(self) -> &'static str {
        match self {
            Source::UdiResidenceCard => "udi-residence-card",
            Source::UdiBeforeCutoff => "udi-before-cutoff",
            Source::UdiOtherPermits => "udi-other-permits",
            Source::UdiCollectiveProtectionAnswer => "udi-collective-answer",
            Source::UdiCollectiveProtectionExtension => "udi-collective-extension",
            Source::UdiResettlement => "udi-resettlement",
            Source::UdiPermanentResidence => "udi-permanent-residence",
            Source::UdiMustIBook => "udi-must-i-book",
            Source::UdiBooking => "udi-booking",
            Source::UdiFamilyImmigration => "udi-family-immigration",
            Source::UdiArrivingFromAbroad => "udi-arriving-from-abroad",
            Source::UdiTravelAbroad => "udi-travel-abroad",
            Source::UdiNewCardFee => "udi-new-card-fee",
            Source::UdiEeaFamilyCard => "udi-eea-family-card",
            Source::PoliceResidenceCards => "police-residence-cards",
            Source::PoliceWhereToMeet => "police-where-to-meet",
        }
    }
}

/// The official page a result cites for its reason: the page UDI writes for
/// the applicant's own group (DESIGN.md: a first permit for studies cites the
/// study page, permanent residence the permanent-residence page).
pub fn cited_source(answers: &Answers, outcome: Outcome) -> Source {
    match outcome.reason() {
        Reason::AppliedBeforeCutoff => Source::UdiBeforeCutoff,
        Reason::FirstTimeProtection => Source::UdiResidenceCard,
        Reason::ResettlementRefugee => Source::UdiResettlement,
        Reason::CollectiveProtectionFirstPermit => Source::UdiCollectiveProtectionAnswer,
        Reason::ChildTurnedSix | Reason::CollectiveProtectionExtended => {
            Source::UdiCollectiveProtectionExtension
        }
        // The power-of-attorney and from-abroad rules are on the pages for
        // other permits (`other-groups.md`), for renewals too.
        Reason::HandedInByProxy | Reason::AppliedFromAbroad => Source::UdiOtherPermits,
        Reason::NotCoveredByGuide => Source::UdiMustIBook,
        Reason::NoExpiredDocument
        | Reason::DocumentHandedIn
        | Reason::FirstTravelDocument
        | Reason::ExpiredDocumentNotHandedIn => match answers.application_type {
            Some(ApplicationType::PermanentResidence) => Source::UdiPermanentResidence,
            Some(ApplicationType::OtherPermit) => Source::UdiOtherPermits,
            Some(
                ApplicationType::Renewal
                | ApplicationType::DerivedRefugeeStatus
                | ApplicationType::ProtectionFirstTime
                | ApplicationType::ResettlementRefugee
                | ApplicationType::CollectiveProtection
                | ApplicationType::Other,
            )
            | None => Source::UdiResidenceCard,
        },
    }
}

impl Outcome {
    /// Every outcome with every reason it can have.
    pub const ALL: [Outcome; 17] = [
        Outcome::PoliceWillContactYou(ContactReason::FirstTimeProtection),
        Outcome::PoliceWillContactYou(ContactReason::ResettlementRefugee),
        Outcome::WaitForLetter(LetterReason::CollectiveProtectionFirstPermit),
        Outcome::WaitForLetter(LetterReason::ChildTurnedSix),
        Outcome::CardByMail(MailReason::NoExpiredDocument),
        Outcome::CardByMail(MailReason::DocumentHandedIn),
        Outcome::CardByMail(MailReason::FirstTravelDocument),
        Outcome::CardByMail(MailReason::CollectiveProtectionExtended),
        Outcome::BookInApplicationPortal(BookingReason::ExpiredDocumentNotHandedIn),
        Outcome::BookInApplicationPortal(BookingReason::AppliedBeforeCutoff),
        Outcome::BookInApplicationPortal(BookingReason::HandedInByProxy),
        Outcome::BookInApplicationPortal(BookingReason::AppliedFromAbroad),
        Outcome::BookByPhone(BookingReason::ExpiredDocumentNotHandedIn),
        Outcome::BookByPhone(BookingReason::AppliedBeforeCutoff),
        Outcome::BookByPhone(BookingReason::HandedInByProxy),
        Outcome::BookByPhone(BookingReason::AppliedFromAbroad),
        Outcome::SeeDecisionLetter,
    ];
    /// The stable outcome id (`data-outcome` in the HTML, Fluent id stem).
    pub const fn id(self) -> &'static str {
        match self {
            Outcome::PoliceWillContactYou(_) => "police-will-contact-you",
            Outcome::WaitForLetter(_) => "wait-for-letter",
            Outcome::CardByMail(_) => "card-by-mail",
            Outcome::BookInApplicationPortal(_) => "book-in-application-portal",
            Outcome::BookByPhone(_) => "book-by-phone",
            Outcome::SeeDecisionLetter => "see-decision-letter",
        }
    }

    /// Why this outcome applies.
    pub const fn reason(self) -> Reason {
        match self {
            Outcome::PoliceWillContactYou(ContactReason::FirstTimeProtection) => {
                Reason::FirstTimeProtection
            }
            Outcome::PoliceWillContactYou(ContactReason::ResettlementRefugee) => {
                Reason::ResettlementRefugee
            }
            Outcome::WaitForLetter(LetterReason::CollectiveProtectionFirstPermit) => {
                Reason::CollectiveProtectionFirstPermit
            }
            Outcome::WaitForLetter(LetterReason::ChildTurnedSix) => Reason::ChildTurnedSix,
            Outcome::CardByMail(MailReason::CollectiveProtectionExtended) => {
                Reason::CollectiveProtectionExtended
            }
            Outcome::CardByMail(MailReason::NoExpiredDocument) => Reason::NoExpiredDocument,
            Outcome::CardByMail(MailReason::DocumentHandedIn) => Reason::DocumentHandedIn,
            Outcome::CardByMail(MailReason::FirstTravelDocument) => Reason::FirstTravelDocument,
            Outcome::BookInApplicationPortal(r) | Outcome::BookByPhone(r) => match r {
                BookingReason::ExpiredDocumentNotHandedIn => Reason::ExpiredDocumentNotHandedIn,
                BookingReason::AppliedBeforeCutoff => Reason::AppliedBeforeCutoff,
                BookingReason::HandedInByProxy => Reason::HandedInByProxy,
                BookingReason::AppliedFromAbroad => Reason::AppliedFromAbroad,
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
        ApplicationType::ProtectionFirstTime => Step::Done(Outcome::PoliceWillContactYou(
            ContactReason::FirstTimeProtection,
        )),
        ApplicationType::ResettlementRefugee => Step::Done(Outcome::PoliceWillContactYou(
            ContactReason::ResettlementRefugee,
        )),
        ApplicationType::CollectiveProtection => collective_protection_step(answers),
        ApplicationType::Renewal => power_of_attorney_step(answers),
        // Permanent residence: only the expired-document rule (its own UDI page,
        // `source/card-journey.md` §9).
        ApplicationType::PermanentResidence => expired_document_step(answers),
        ApplicationType::DerivedRefugeeStatus => match answers.first_travel_document {
            None => Step::Ask(Q::FirstTravelDocument),
            Some(YesNo::Yes) => Step::Done(Outcome::CardByMail(MailReason::FirstTravelDocument)),
            Some(YesNo::No) => expired_document_step(answers),
        },
        ApplicationType::OtherPermit => match answers.applied_from {
            None => Step::Ask(Q::AppliedFrom),
            Some(AppliedFrom::Abroad) => booking_step(answers, BookingReason::AppliedFromAbroad),
            Some(AppliedFrom::Norway) => power_of_attorney_step(answers),
        },
        ApplicationType::Other => Step::Done(Outcome::SeeDecisionLetter),
    }
}

/// Collective protection: nobody books on their own. The first permit waits for a
/// letter; an extended permit's card comes by mail, except for a child who has
/// turned 6, who is called in to give fingerprints (`other-groups.md`).
fn collective_protection_step(answers: &Answers) -> Step {
    match answers.collective_protection_permit {
        None => Step::Ask(Question::CollectiveProtectionPermit),
        Some(CollectiveProtectionPermit::First) => Step::Done(Outcome::WaitForLetter(
            LetterReason::CollectiveProtectionFirstPermit,
        )),
        Some(CollectiveProtectionPermit::Extended) => match answers.child_turned_six {
            None => Step::Ask(Question::ChildTurnedSix),
            Some(YesNo::Yes) => Step::Done(Outcome::WaitForLetter(LetterReason::ChildTurnedSix)),
            Some(YesNo::No) => Step::Done(Outcome::CardByMail(
                MailReason::CollectiveProtectionExtended,
            )),
        },
    }
}

/// Renewal, or another permit applied for from Norway: an application handed in
/// by someone with a power of attorney means booking yourself (`other-groups.md`);
/// otherwise the source text's rule about an expired travel document.
fn power_of_attorney_step(answers: &Answers) -> Step {
    match answers.power_of_attorney {
        None => Step::Ask(Question::PowerOfAttorney),
        Some(YesNo::Yes) => booking_step(answers, BookingReason::HandedInByProxy),
        Some(YesNo::No) => expired_document_step(answers),
    }
}

/// The source text's rule about an expired Norwegian alien's passport or refugee
/// travel document.
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

impl Path {
    /// The answers of this path, as the rules read them.
    pub fn answer_set(&self) -> Answers {
        self.answers
            .iter()
            .fold(Answers::default(), |answers, &answer| answers.with(answer))
    }

    /// The official page this path's result cites ([`cited_source`]).
    pub fn source(&self) -> Source {
        cited_source(&self.answer_set(), self.outcome)
    }
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
