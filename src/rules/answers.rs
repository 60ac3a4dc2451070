//! The applicant's answers, and the journey they make through the questions.

use super::{
    ApplicationDate, ApplicationType, AppliedFrom, Choice, CollectiveProtectionPermit, Question,
    Step, YesNo, next_step,
};

/// One answer to one question, typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    ApplicationDate(ApplicationDate),
    ApplicationType(ApplicationType),
    CollectiveProtectionPermit(CollectiveProtectionPermit),
    ChildTurnedSix(YesNo),
    AppliedFrom(AppliedFrom),
    PowerOfAttorney(YesNo),
    FirstTravelDocument(YesNo),
    ExpiredTravelDocument(YesNo),
    HandedIn(YesNo),
    ApplicationPortal(YesNo),
}

/// A value that is not one of the question's options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not an option of the question {}", .0.slug())]
pub struct UnknownOption(pub Question);

impl Answer {
    /// Parses a form value (or a value from the answer cookie) for `question`.
    pub fn parse(question: Question, value: &str) -> Result<Answer, UnknownOption> {
        fn opt<C: Choice>(q: Question, value: &str) -> Result<C, UnknownOption> {
            C::from_slug(value).ok_or(UnknownOption(q))
        }
        let q = question;
        Ok(match q {
            Question::ApplicationDate => Answer::ApplicationDate(opt(q, value)?),
            Question::ApplicationType => Answer::ApplicationType(opt(q, value)?),
            Question::CollectiveProtectionPermit => {
                Answer::CollectiveProtectionPermit(opt(q, value)?)
            }
            Question::ChildTurnedSix => Answer::ChildTurnedSix(opt(q, value)?),
            Question::AppliedFrom => Answer::AppliedFrom(opt(q, value)?),
            Question::PowerOfAttorney => Answer::PowerOfAttorney(opt(q, value)?),
            Question::FirstTravelDocument => Answer::FirstTravelDocument(opt(q, value)?),
            Question::ExpiredTravelDocument => Answer::ExpiredTravelDocument(opt(q, value)?),
            Question::HandedIn => Answer::HandedIn(opt(q, value)?),
            Question::ApplicationPortal => Answer::ApplicationPortal(opt(q, value)?),
        })
    }

    /// Which question this answers.
    pub const fn question(self) -> Question {
        match self {
            Answer::ApplicationDate(_) => Question::ApplicationDate,
            Answer::ApplicationType(_) => Question::ApplicationType,
            Answer::CollectiveProtectionPermit(_) => Question::CollectiveProtectionPermit,
            Answer::ChildTurnedSix(_) => Question::ChildTurnedSix,
            Answer::AppliedFrom(_) => Question::AppliedFrom,
            Answer::PowerOfAttorney(_) => Question::PowerOfAttorney,
            Answer::FirstTravelDocument(_) => Question::FirstTravelDocument,
            Answer::ExpiredTravelDocument(_) => Question::ExpiredTravelDocument,
            Answer::HandedIn(_) => Question::HandedIn,
            Answer::ApplicationPortal(_) => Question::ApplicationPortal,
        }
    }

    /// The option's slug (form value).
    pub fn option_slug(self) -> &'static str {
        match self {
            Answer::ApplicationDate(c) => c.slug(),
            Answer::ApplicationType(c) => c.slug(),
            Answer::CollectiveProtectionPermit(c) => c.slug(),
            Answer::AppliedFrom(c) => c.slug(),
            Answer::ChildTurnedSix(c)
            | Answer::PowerOfAttorney(c)
            | Answer::FirstTravelDocument(c)
            | Answer::ExpiredTravelDocument(c)
            | Answer::HandedIn(c)
            | Answer::ApplicationPortal(c) => c.slug(),
        }
    }
}

/// Everything the applicant has answered. Every field is optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Answers {
    pub application_date: Option<ApplicationDate>,
    pub application_type: Option<ApplicationType>,
    pub collective_protection_permit: Option<CollectiveProtectionPermit>,
    pub child_turned_six: Option<YesNo>,
    pub applied_from: Option<AppliedFrom>,
    pub power_of_attorney: Option<YesNo>,
    pub first_travel_document: Option<YesNo>,
    pub expired_travel_document: Option<YesNo>,
    pub handed_in: Option<YesNo>,
    pub application_portal: Option<YesNo>,
}

impl Answers {
    /// The saved answer to `question`, if any.
    pub fn get(&self, question: Question) -> Option<Answer> {
        match question {
            Question::ApplicationDate => self.application_date.map(Answer::ApplicationDate),
            Question::ApplicationType => self.application_type.map(Answer::ApplicationType),
            Question::CollectiveProtectionPermit => self
                .collective_protection_permit
                .map(Answer::CollectiveProtectionPermit),
            Question::ChildTurnedSix => self.child_turned_six.map(Answer::ChildTurnedSix),
            Question::AppliedFrom => self.applied_from.map(Answer::AppliedFrom),
            Question::PowerOfAttorney => self.power_of_attorney.map(Answer::PowerOfAttorney),
            Question::FirstTravelDocument => {
                self.first_travel_document.map(Answer::FirstTravelDocument)
            }
            Question::ExpiredTravelDocument => self
                .expired_travel_document
                .map(Answer::ExpiredTravelDocument),
            Question::HandedIn => self.handed_in.map(Answer::HandedIn),
            Question::ApplicationPortal => self.application_portal.map(Answer::ApplicationPortal),
        }
    }

    /// Records one answer, replacing any earlier answer to the same question.
    /// Does not prune: see [`Answers::with`].
    pub fn set(&mut self, answer: Answer) {
        match answer {
            Answer::ApplicationDate(c) => self.application_date = Some(c),
            Answer::ApplicationType(c) => self.application_type = Some(c),
            Answer::CollectiveProtectionPermit(c) => self.collective_protection_permit = Some(c),
            Answer::ChildTurnedSix(c) => self.child_turned_six = Some(c),
            Answer::AppliedFrom(c) => self.applied_from = Some(c),
            Answer::PowerOfAttorney(c) => self.power_of_attorney = Some(c),
            Answer::FirstTravelDocument(c) => self.first_travel_document = Some(c),
            Answer::ExpiredTravelDocument(c) => self.expired_travel_document = Some(c),
            Answer::HandedIn(c) => self.handed_in = Some(c),
            Answer::ApplicationPortal(c) => self.application_portal = Some(c),
        }
    }

    /// These answers with `answer` recorded and every answer that no longer
    /// applies dropped. This is how an answer is saved.
    pub fn with(mut self, answer: Answer) -> Answers {
        self.set(answer);
        self.pruned()
    }

    /// Only the answers on the current path: those the guide would ask for, in
    /// order, up to the first unanswered question. An answer that an earlier
    /// change made irrelevant is dropped. Idempotent.
    pub fn pruned(&self) -> Answers {
        Journey::of(self).kept
    }

    /// Whether `question` is on the current path: answered on it, or next.
    pub fn can_ask(&self, question: Question) -> bool {
        let journey = Journey::of(self);
        journey.next == Step::Ask(question) || journey.asked().any(|q| q == question)
    }

    /// The answered questions, in the order the fields are declared.
    pub fn iter(&self) -> impl Iterator<Item = Answer> + '_ {
        Question::ALL.into_iter().filter_map(|q| self.get(q))
    }
}

/// The path the answers make: the answers given on it, in order, and what is next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    /// The answers on the path, in the order the questions were asked.
    pub answered: Vec<Answer>,
    /// The next question, or the outcome.
    pub next: Step,
    kept: Answers,
}

impl Journey {
    /// Walks the rules from the first question, taking each saved answer while the
    /// rules ask for it. Ends at the first unanswered question or at an outcome.
    pub fn of(answers: &Answers) -> Journey {
        let mut kept = Answers::default();
        let mut answered = Vec::with_capacity(Question::ALL.len());
        loop {
            let step = next_step(&kept);
            // The rules never ask a question that `kept` answers, so each turn of
            // this loop adds one answer and the loop ends within ten turns.
            match step {
                Step::Ask(q) => match answers.get(q) {
                    Some(answer) => {
                        kept.set(answer);
                        answered.push(answer);
                    }
                    None => break,
                },
                Step::Done(_) => break,
            }
        }
        Journey {
            answered,
            next: next_step(&kept),
            kept,
        }
    }

    /// The answers on the path, as the rules read them (pruned).
    pub fn answers(&self) -> &Answers {
        &self.kept
    }

    /// The questions on the path that have an answer, in order.
    pub fn asked(&self) -> impl Iterator<Item = Question> + '_ {
        self.answered.iter().map(|a| a.question())
    }

    /// The question asked just before `question` on this path: where its Back link
    /// goes. `None` for the first question (Back goes to the start page).
    pub fn previous(&self, question: Question) -> Option<Question> {
        let position = self
            .asked()
            .position(|q| q == question)
            .unwrap_or(self.answered.len());
        position.checked_sub(1).map(|i| self.answered[i].question())
    }
}
