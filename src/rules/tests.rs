//! Every row of the two tables in DESIGN.md, and exhaustive checks of the flow.

use super::*;
use std::collections::{BTreeSet, HashSet};

use ApplicationDate::*;
use ApplicationType::*;
use YesNo::{No, Yes};

fn answers(list: &[Answer]) -> Answers {
    list.iter().fold(Answers::default(), |a, x| a.with(*x))
}

fn step(list: &[Answer]) -> Step {
    next_step(&answers(list))
}

// ---- The question table: when each question is asked --------------------------

#[test]
fn application_date_is_asked_first() {
    assert_eq!(step(&[]), Step::Ask(Question::ApplicationDate));
}

#[test]
fn application_type_is_asked_when_the_date_is_on_or_after_the_cutoff() {
    assert_eq!(
        step(&[Answer::ApplicationDate(OnOrAfterCutoff)]),
        Step::Ask(Question::ApplicationType)
    );
}

#[test]
fn first_travel_document_is_asked_for_derived_refugee_status() {
    assert_eq!(
        step(&[
            Answer::ApplicationDate(OnOrAfterCutoff),
            Answer::ApplicationType(DerivedRefugeeStatus)
        ]),
        Step::Ask(Question::FirstTravelDocument)
    );
}

#[test]
fn expired_travel_document_is_asked_for_renewal() {
    assert_eq!(
        step(&[
            Answer::ApplicationDate(OnOrAfterCutoff),
            Answer::ApplicationType(Renewal),
            Answer::PowerOfAttorney(No)
        ]),
        Step::Ask(Question::ExpiredTravelDocument)
    );
}

#[test]
fn expired_travel_document_is_asked_for_derived_status_without_a_first_document() {
    assert_eq!(
        step(&[
            Answer::ApplicationDate(OnOrAfterCutoff),
            Answer::ApplicationType(DerivedRefugeeStatus),
            Answer::FirstTravelDocument(No)
        ]),
        Step::Ask(Question::ExpiredTravelDocument)
    );
}

#[test]
fn handed_in_is_asked_when_there_is_an_expired_document() {
    for kind in [
        vec![
            Answer::ApplicationType(Renewal),
            Answer::PowerOfAttorney(No),
        ],
        vec![
            Answer::ApplicationType(DerivedRefugeeStatus),
            Answer::FirstTravelDocument(No),
        ],
    ] {
        let mut list = vec![Answer::ApplicationDate(OnOrAfterCutoff)];
        list.extend(kind);
        list.push(Answer::ExpiredTravelDocument(Yes));
        assert_eq!(step(&list), Step::Ask(Question::HandedIn));
    }
}

#[test]
fn application_portal_is_asked_when_not_handed_in_or_applied_before_the_cutoff() {
    assert_eq!(
        step(&[
            Answer::ApplicationDate(OnOrAfterCutoff),
            Answer::ApplicationType(Renewal),
            Answer::PowerOfAttorney(No),
            Answer::ExpiredTravelDocument(Yes),
            Answer::HandedIn(No)
        ]),
        Step::Ask(Question::ApplicationPortal)
    );
    assert_eq!(
        step(&[Answer::ApplicationDate(BeforeCutoff)]),
        Step::Ask(Question::ApplicationPortal)
    );
}

// ---- The outcome table: how each outcome is reached ---------------------------

const AFTER: Answer = Answer::ApplicationDate(OnOrAfterCutoff);

#[test]
fn first_time_protection_means_the_police_will_contact_you() {
    let s = step(&[AFTER, Answer::ApplicationType(ProtectionFirstTime)]);
    let outcome = Outcome::PoliceWillContactYou(ContactReason::FirstTimeProtection);
    assert_eq!(s, Step::Done(outcome));
    assert_eq!(outcome.reason(), Reason::FirstTimeProtection);
}

#[test]
fn a_resettlement_refugee_is_called_in_by_the_police() {
    let s = step(&[AFTER, Answer::ApplicationType(ResettlementRefugee)]);
    let outcome = Outcome::PoliceWillContactYou(ContactReason::ResettlementRefugee);
    assert_eq!(s, Step::Done(outcome));
    assert_eq!(outcome.reason(), Reason::ResettlementRefugee);
    assert!(!outcome.must_book());
}

#[test]
fn permanent_residence_asks_only_about_an_expired_document() {
    let pr = [AFTER, Answer::ApplicationType(PermanentResidence)];
    assert_eq!(step(&pr), Step::Ask(Question::ExpiredTravelDocument));
    let with = |more: &[Answer]| step(&[pr.as_slice(), more].concat());
    assert_eq!(
        with(&[Answer::ExpiredTravelDocument(No)]),
        Step::Done(Outcome::CardByMail(MailReason::NoExpiredDocument))
    );
    assert_eq!(
        with(&[Answer::ExpiredTravelDocument(Yes), Answer::HandedIn(Yes)]),
        Step::Done(Outcome::CardByMail(MailReason::DocumentHandedIn))
    );
    assert_eq!(
        with(&[
            Answer::ExpiredTravelDocument(Yes),
            Answer::HandedIn(No),
            Answer::ApplicationPortal(Yes)
        ]),
        Step::Done(Outcome::BookInApplicationPortal(
            BookingReason::ExpiredDocumentNotHandedIn
        ))
    );
}

#[test]
fn renewal_or_derived_without_an_expired_document_gets_the_card_by_mail() {
    let mail = Step::Done(Outcome::CardByMail(MailReason::NoExpiredDocument));
    assert_eq!(
        step(&[
            AFTER,
            Answer::ApplicationType(Renewal),
            Answer::PowerOfAttorney(No),
            Answer::ExpiredTravelDocument(No)
        ]),
        mail
    );
    assert_eq!(
        step(&[
            AFTER,
            Answer::ApplicationType(DerivedRefugeeStatus),
            Answer::FirstTravelDocument(No),
            Answer::ExpiredTravelDocument(No)
        ]),
        mail
    );
}

#[test]
fn a_handed_in_document_means_the_card_by_mail() {
    let s = step(&[
        AFTER,
        Answer::ApplicationType(Renewal),
        Answer::PowerOfAttorney(No),
        Answer::ExpiredTravelDocument(Yes),
        Answer::HandedIn(Yes),
    ]);
    assert_eq!(
        s,
        Step::Done(Outcome::CardByMail(MailReason::DocumentHandedIn))
    );
}

#[test]
fn derived_status_with_a_first_travel_document_means_the_card_by_mail() {
    let s = step(&[
        AFTER,
        Answer::ApplicationType(DerivedRefugeeStatus),
        Answer::FirstTravelDocument(Yes),
    ]);
    assert_eq!(
        s,
        Step::Done(Outcome::CardByMail(MailReason::FirstTravelDocument))
    );
}

#[test]
fn booking_follows_the_portal_answer_on_both_routes() {
    let not_handed_in = [
        AFTER,
        Answer::ApplicationType(Renewal),
        Answer::PowerOfAttorney(No),
        Answer::ExpiredTravelDocument(Yes),
        Answer::HandedIn(No),
    ];
    let before = [Answer::ApplicationDate(BeforeCutoff)];
    for (route, reason) in [
        (
            &not_handed_in[..],
            BookingReason::ExpiredDocumentNotHandedIn,
        ),
        (&before[..], BookingReason::AppliedBeforeCutoff),
    ] {
        let mut yes = route.to_vec();
        yes.push(Answer::ApplicationPortal(Yes));
        assert_eq!(
            step(&yes),
            Step::Done(Outcome::BookInApplicationPortal(reason))
        );
        let mut no = route.to_vec();
        no.push(Answer::ApplicationPortal(No));
        assert_eq!(step(&no), Step::Done(Outcome::BookByPhone(reason)));
    }
}

#[test]
fn other_applications_are_sent_to_the_decision_letter() {
    let s = step(&[AFTER, Answer::ApplicationType(Other)]);
    assert_eq!(s, Step::Done(Outcome::SeeDecisionLetter));
    assert_eq!(
        Outcome::SeeDecisionLetter.reason(),
        Reason::NotCoveredByGuide
    );
}

#[test]
fn only_the_booking_outcomes_ask_the_applicant_to_book() {
    for outcome in Outcome::ALL {
        let books = matches!(
            outcome,
            Outcome::BookInApplicationPortal(_) | Outcome::BookByPhone(_)
        );
        assert_eq!(outcome.must_book(), books, "{outcome:?}");
    }
}

// ---- The groups beyond the source text (other-groups.md) ---------------------

const COLLECTIVE: Answer = Answer::ApplicationType(CollectiveProtection);
const OTHER_PERMIT: Answer = Answer::ApplicationType(OtherPermit);

#[test]
fn collective_protection_asks_first_or_extended() {
    assert_eq!(
        step(&[AFTER, COLLECTIVE]),
        Step::Ask(Question::CollectiveProtectionPermit)
    );
}

#[test]
fn a_first_collective_protection_permit_waits_for_a_letter() {
    let s = step(&[
        AFTER,
        COLLECTIVE,
        Answer::CollectiveProtectionPermit(CollectiveProtectionPermit::First),
    ]);
    let outcome = Outcome::WaitForLetter(LetterReason::CollectiveProtectionFirstPermit);
    assert_eq!(s, Step::Done(outcome));
    assert_eq!(outcome.reason(), Reason::CollectiveProtectionFirstPermit);
    assert!(!outcome.must_book());
}

#[test]
fn an_extended_collective_protection_permit_asks_about_a_child_who_turned_six() {
    let extended = Answer::CollectiveProtectionPermit(CollectiveProtectionPermit::Extended);
    assert_eq!(
        step(&[AFTER, COLLECTIVE, extended]),
        Step::Ask(Question::ChildTurnedSix)
    );
    let child = Outcome::WaitForLetter(LetterReason::ChildTurnedSix);
    assert_eq!(
        step(&[AFTER, COLLECTIVE, extended, Answer::ChildTurnedSix(Yes)]),
        Step::Done(child)
    );
    assert_eq!(child.reason(), Reason::ChildTurnedSix);
    let mail = Outcome::CardByMail(MailReason::CollectiveProtectionExtended);
    assert_eq!(
        step(&[AFTER, COLLECTIVE, extended, Answer::ChildTurnedSix(No)]),
        Step::Done(mail)
    );
    assert_eq!(mail.reason(), Reason::CollectiveProtectionExtended);
}

#[test]
fn another_first_permit_asks_where_the_applicant_applied_from() {
    assert_eq!(
        step(&[AFTER, OTHER_PERMIT]),
        Step::Ask(Question::AppliedFrom)
    );
}

#[test]
fn applying_from_abroad_means_booking() {
    let abroad = Answer::AppliedFrom(AppliedFrom::Abroad);
    assert_eq!(
        step(&[AFTER, OTHER_PERMIT, abroad]),
        Step::Ask(Question::ApplicationPortal)
    );
    for (portal, outcome) in [
        (
            Yes,
            Outcome::BookInApplicationPortal(BookingReason::AppliedFromAbroad),
        ),
        (No, Outcome::BookByPhone(BookingReason::AppliedFromAbroad)),
    ] {
        let s = step(&[
            AFTER,
            OTHER_PERMIT,
            abroad,
            Answer::ApplicationPortal(portal),
        ]);
        assert_eq!(s, Step::Done(outcome));
        assert_eq!(outcome.reason(), Reason::AppliedFromAbroad);
    }
}

#[test]
fn power_of_attorney_is_asked_for_renewals_and_permits_applied_for_from_norway() {
    let norway = Answer::AppliedFrom(AppliedFrom::Norway);
    for route in [
        vec![AFTER, Answer::ApplicationType(Renewal)],
        vec![AFTER, OTHER_PERMIT, norway],
    ] {
        assert_eq!(step(&route), Step::Ask(Question::PowerOfAttorney));
        let mut by_proxy = route.clone();
        by_proxy.push(Answer::PowerOfAttorney(Yes));
        assert_eq!(step(&by_proxy), Step::Ask(Question::ApplicationPortal));
        for (portal, outcome) in [
            (
                Yes,
                Outcome::BookInApplicationPortal(BookingReason::HandedInByProxy),
            ),
            (No, Outcome::BookByPhone(BookingReason::HandedInByProxy)),
        ] {
            let mut list = by_proxy.clone();
            list.push(Answer::ApplicationPortal(portal));
            assert_eq!(step(&list), Step::Done(outcome));
            assert_eq!(outcome.reason(), Reason::HandedInByProxy);
        }
        // Not by proxy: the source text's expired-document rule, as for renewals.
        let mut own = route.clone();
        own.push(Answer::PowerOfAttorney(No));
        assert_eq!(step(&own), Step::Ask(Question::ExpiredTravelDocument));
        own.push(Answer::ExpiredTravelDocument(No));
        assert_eq!(
            step(&own),
            Step::Done(Outcome::CardByMail(MailReason::NoExpiredDocument))
        );
    }
}

#[test]
fn power_of_attorney_is_not_asked_on_the_other_routes() {
    for path in super::every_path() {
        let has = |answer: Answer| path.answers.contains(&answer);
        let asked_proxy = path
            .answers
            .iter()
            .any(|a| a.question() == Question::PowerOfAttorney);
        let expected = has(Answer::ApplicationType(Renewal))
            || (has(OTHER_PERMIT) && has(Answer::AppliedFrom(AppliedFrom::Norway)));
        assert_eq!(asked_proxy, expected, "{:?}", path.answers);
    }
}

#[test]
fn every_result_cites_the_page_of_the_applicants_group() {
    use ApplicationType as T;
    // The first answer that names the group, and the page its results cite
    // on the expired-document rule (or, for the other groups, every result).
    let expected = |path: &Path| -> Source {
        let answers = path.answer_set();
        match (answers.application_date, answers.application_type) {
            (Some(BeforeCutoff), _) => Source::UdiBeforeCutoff,
            (_, Some(T::ProtectionFirstTime | T::Renewal | T::DerivedRefugeeStatus)) => {
                match path.outcome.reason() {
                    Reason::HandedInByProxy => Source::UdiOtherPermits,
                    _ => Source::UdiResidenceCard,
                }
            }
            (_, Some(T::ResettlementRefugee)) => Source::UdiResettlement,
            (_, Some(T::PermanentResidence)) => Source::UdiPermanentResidence,
            (_, Some(T::OtherPermit)) => Source::UdiOtherPermits,
            (_, Some(T::Other)) => Source::UdiMustIBook,
            (_, Some(T::CollectiveProtection)) => match answers.collective_protection_permit {
                Some(CollectiveProtectionPermit::First) => Source::UdiCollectiveProtectionAnswer,
                _ => Source::UdiCollectiveProtectionExtension,
            },
            (_, None) => unreachable!("every path after the cut-off has a type"),
        }
    };
    let paths = crate::rules::every_path();
    for path in &paths {
        assert_eq!(path.source(), expected(path), "{:?}", path.answers);
    }
    // No first permit for family, work or studies cites the asylum page.
    let cited: BTreeSet<Source> = paths.iter().map(Path::source).collect();
    assert_eq!(cited.len(), 8, "{cited:?}");
}

// ---- Exhaustive checks --------------------------------------------------------

/// Every set of answers, including ones no path produces: each question
/// unanswered or answered with each of its options (137 781 sets).
fn every_answer_set() -> Vec<Answers> {
    let mut all = vec![Answers::default()];
    for question in Question::ALL {
        all = all
            .into_iter()
            .flat_map(|answers| {
                let mut answers_set = answers;
                std::iter::once(answers).chain(question.options().into_iter().map(move |o| {
                    answers_set.set(o);
                    answers_set
                }))
            })
            .collect();
    }
    all
}

#[test]
fn every_answer_set_covers_every_combination() {
    let expected: usize = Question::ALL
        .iter()
        .map(|q| q.options().len() + 1)
        .product();
    let all = every_answer_set();
    assert_eq!(all.len(), expected);
    assert_eq!(all.iter().collect::<HashSet<_>>().len(), expected);
}

/// Every path, as (answers, outcome), checking that no path asks a question twice.
fn every_path() -> Vec<(Vec<Answer>, Outcome)> {
    super::every_path()
        .into_iter()
        .map(|p| {
            let mut seen = HashSet::new();
            for a in &p.answers {
                assert!(seen.insert(a.question()), "{:?} asked twice", a.question());
            }
            (p.answers, p.outcome)
        })
        .collect()
}

#[test]
fn every_answer_set_yields_exactly_one_step_and_completes_to_one_outcome() {
    for a in every_answer_set() {
        // next_step is a function: one step per answer set. Completing the
        // journey from any answer set with any option always ends in an outcome.
        let mut current = a;
        for _ in 0..=Question::ALL.len() {
            match next_step(&current) {
                Step::Done(_) => break,
                Step::Ask(q) => {
                    assert_eq!(current.pruned().get(q), None);
                    current = current.with(Answer::parse(q, q.option_slugs()[0]).unwrap());
                }
            }
        }
        assert!(matches!(next_step(&current), Step::Done(_)), "{a:?}");
    }
}

#[test]
fn every_path_ends_in_one_outcome_and_every_question_and_outcome_is_reached() {
    let paths = every_path();
    let outcomes: HashSet<Outcome> = paths.iter().map(|(_, o)| *o).collect();
    let questions: BTreeSet<Question> = paths
        .iter()
        .flat_map(|(p, _)| p.iter().map(|a| a.question()))
        .collect();
    assert_eq!(outcomes, Outcome::ALL.into_iter().collect());
    assert_eq!(questions, Question::ALL.into_iter().collect());
    // Each path's answers replayed in one go give the same outcome.
    for (path, outcome) in &paths {
        let journey = Journey::of(&answers(path));
        assert_eq!(journey.next, Step::Done(*outcome));
        assert_eq!(&journey.answered, path);
    }
    // 2 before the cut-off; protection, resettlement, other; 3 for collective
    // protection; 6 for renewal (2 by proxy); 4 for permanent residence (the
    // expired-document rule alone); 5 for derived status; 8 for other permits
    // (2 from abroad, 2 by proxy, 4 on the expired-document rule).
    assert_eq!(paths.len(), 31);
}

#[test]
fn pruning_is_idempotent_and_never_changes_the_step() {
    for a in every_answer_set() {
        let once = a.pruned();
        assert_eq!(once.pruned(), once);
        assert_eq!(next_step(&once), next_step(&a));
    }
}

#[test]
fn changing_an_earlier_answer_drops_the_answers_that_no_longer_apply() {
    let renewal = answers(&[
        AFTER,
        Answer::ApplicationType(Renewal),
        Answer::PowerOfAttorney(No),
        Answer::ExpiredTravelDocument(Yes),
        Answer::HandedIn(No),
        Answer::ApplicationPortal(Yes),
    ]);
    let changed = renewal.with(Answer::ApplicationType(DerivedRefugeeStatus));
    assert_eq!(
        changed,
        Answers {
            application_date: Some(OnOrAfterCutoff),
            application_type: Some(DerivedRefugeeStatus),
            ..Answers::default()
        }
    );
    let before = renewal.with(Answer::ApplicationDate(BeforeCutoff));
    // The portal answer still applies on the new route, so it is kept.
    assert_eq!(before.iter().count(), 2);
    assert_eq!(
        next_step(&before),
        Step::Done(Outcome::BookInApplicationPortal(
            BookingReason::AppliedBeforeCutoff
        ))
    );
    // Changing the last answer keeps all the others.
    let by_phone = renewal.with(Answer::ApplicationPortal(No));
    assert_eq!(by_phone.iter().count(), 6);
}

#[test]
fn a_question_can_be_asked_only_on_the_current_path() {
    let a = answers(&[
        AFTER,
        Answer::ApplicationType(Renewal),
        Answer::PowerOfAttorney(No),
    ]);
    assert!(a.can_ask(Question::ApplicationDate));
    assert!(a.can_ask(Question::ApplicationType));
    assert!(a.can_ask(Question::ExpiredTravelDocument));
    assert!(!a.can_ask(Question::FirstTravelDocument));
    assert!(!a.can_ask(Question::HandedIn));
    assert!(!a.can_ask(Question::ApplicationPortal));
}

#[test]
fn the_back_link_goes_to_the_previous_question_on_the_path() {
    let a = answers(&[
        AFTER,
        Answer::ApplicationType(DerivedRefugeeStatus),
        Answer::FirstTravelDocument(No),
    ]);
    let j = Journey::of(&a);
    assert_eq!(j.previous(Question::ApplicationDate), None);
    assert_eq!(
        j.previous(Question::ApplicationType),
        Some(Question::ApplicationDate)
    );
    assert_eq!(
        j.previous(Question::ExpiredTravelDocument),
        Some(Question::FirstTravelDocument)
    );
}

#[test]
fn every_question_slug_round_trips_and_options_parse() {
    for q in Question::ALL {
        assert_eq!(Question::from_slug(q.slug()), Some(q));
        for value in q.option_slugs() {
            let answer = Answer::parse(q, value).unwrap();
            assert_eq!(answer.question(), q);
            assert_eq!(answer.option_slug(), *value);
        }
        assert_eq!(Answer::parse(q, "maybe"), Err(UnknownOption(q)));
    }
    assert_eq!(Question::from_slug("result"), None);
}
