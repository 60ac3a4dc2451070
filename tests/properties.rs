//! Property tests: the answer cookie's codec and the rules, over any input.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use proptest::prelude::*;
use residence_card_guide::answer_cookie::{
    AnswerCookie, CookieKeys, FeedbackState, Lost, MAX_AGE, Saved, Seal, Transport, decode_payload,
    encode_payload,
};
use residence_card_guide::rules::{
    Answer, Answers, ApplicationDate, Journey, Question, Step, every_path, next_step,
};

/// Any set of answers, including answers off the path and impossible mixes:
/// each question unanswered or answered with any of its options.
fn any_answers() -> impl Strategy<Value = Answers> {
    let each: Vec<_> = Question::ALL
        .iter()
        .map(|q| proptest::option::of(proptest::sample::select(q.options())))
        .collect();
    each.prop_map(|answers| {
        answers
            .into_iter()
            .flatten()
            .fold(Answers::default(), |mut all, answer| {
                all.set(answer);
                all
            })
    })
}

/// Any single answer to any question.
fn any_answer() -> impl Strategy<Value = Answer> {
    proptest::sample::select(Question::ALL.to_vec())
        .prop_flat_map(|question| proptest::sample::select(question.options()))
}

/// Feedback given or not.
fn any_feedback() -> impl Strategy<Value = FeedbackState> {
    proptest::sample::select(vec![FeedbackState::Open, FeedbackState::Given])
}

/// A time between 2001 and 2100.
fn any_time() -> impl Strategy<Value = SystemTime> {
    (1_000_000_000u64..4_100_000_000).prop_map(|s| UNIX_EPOCH + Duration::from_secs(s))
}

fn keys() -> AnswerCookie {
    AnswerCookie::new(
        CookieKeys::new(&[3; 64], Some(&[4; 64])).unwrap(),
        Transport::Http,
    )
}

proptest! {
    /// Sealed answers open again, as long as two hours have not passed; what
    /// comes back is exactly the answers on the path, and their feedback state.
    #[test]
    fn sealed_answers_open_within_two_hours(
        answers in any_answers(),
        feedback in any_feedback(),
        issued in any_time(),
        later in 0..=MAX_AGE.as_secs(),
    ) {
        let sealed = keys().seal_with_at(&answers, feedback, issued);
        let now = issued + Duration::from_secs(later);
        prop_assert_eq!(
            keys().open(sealed.value(), now),
            Saved::Valid { answers: answers.pruned(), seal: Seal::Current, feedback }
        );
        let payload = encode_payload(&answers, feedback, issued);
        prop_assert_eq!(decode_payload(&payload, now), Ok((answers.pruned(), feedback)));
    }

    /// After two hours the same cookie is unusable.
    #[test]
    fn sealed_answers_expire_after_two_hours(
        answers in any_answers(),
        issued in any_time(),
        past in 1u64..10_000_000,
    ) {
        let sealed = keys().seal_at(&answers, issued);
        let now = issued + MAX_AGE + Duration::from_secs(past);
        prop_assert_eq!(keys().open(sealed.value(), now), Saved::Unusable(Lost::Expired));
    }

    /// Changing any one character of the sealed value, to anything else,
    /// makes it unusable: authenticated encryption, strict base64.
    #[test]
    fn any_changed_character_is_rejected(
        answers in any_answers(),
        issued in any_time(),
        position in any::<proptest::sample::Index>(),
        replacement in any::<char>(),
    ) {
        let sealed = keys().seal_at(&answers, issued).value().to_owned();
        let mut chars: Vec<char> = sealed.chars().collect();
        let i = position.index(chars.len());
        prop_assume!(chars[i] != replacement);
        chars[i] = replacement;
        let changed: String = chars.into_iter().collect();
        prop_assert!(matches!(keys().open(&changed, issued), Saved::Unusable(_)));
    }

    /// So does dropping, adding or truncating anything.
    #[test]
    fn any_removed_added_or_cut_character_is_rejected(
        answers in any_answers(),
        issued in any_time(),
        position in any::<proptest::sample::Index>(),
        extra in any::<char>(),
    ) {
        let sealed = keys().seal_at(&answers, issued).value().to_owned();
        let i = position.index(sealed.len());
        let mut removed = sealed.clone();
        removed.remove(i);
        let mut added = sealed.clone();
        added.insert(i, extra);
        for changed in [removed, added, sealed[..i].to_owned()] {
            prop_assert!(matches!(keys().open(&changed, issued), Saved::Unusable(_)));
        }
    }

    /// A cookie made with another key never opens, not even by chance, and
    /// always counts as another key's (whatever answers and feedback it holds).
    #[test]
    fn a_foreign_key_never_opens(
        answers in any_answers(),
        feedback in any_feedback(),
        issued in any_time(),
        byte: u8,
    ) {
        prop_assume!(byte != 3 && byte != 4);
        let other = AnswerCookie::new(CookieKeys::new(&[byte; 64], None).unwrap(), Transport::Http);
        let sealed = other.seal_with_at(&answers, feedback, issued);
        prop_assert_eq!(keys().open(sealed.value(), issued), Saved::Unusable(Lost::UnknownKey));
    }

    /// The payload parser never panics, whatever it is given.
    #[test]
    fn decoding_any_string_never_panics(text in any::<String>(), now in any_time()) {
        let _ = decode_payload(&text, now);
    }

    /// Nor on strings shaped almost like a payload.
    #[test]
    fn decoding_near_payloads_never_panics(
        text in "v[0-9]?;[0-9+-]{0,22}(;[a-z-]{0,25}=?[a-z-]{0,25}){0,8};?(feedback=given)?",
        now in any_time(),
    ) {
        if let Ok((answers, _)) = decode_payload(&text, now) {
            prop_assert_eq!(answers, answers.pruned());
        }
    }

    /// Opening any string never panics either.
    #[test]
    fn opening_any_string_never_panics(text in any::<String>(), now in any_time()) {
        prop_assert_ne!(
            std::mem::discriminant(&keys().open(&text, now)),
            std::mem::discriminant(&Saved::Absent)
        );
    }

    /// Every answer set leads somewhere: a question not yet answered on the
    /// path, or an outcome reached by one of the listed paths. Answers off the
    /// path never change where.
    #[test]
    fn any_answers_yield_a_step(answers in any_answers()) {
        let step = next_step(&answers);
        prop_assert_eq!(step, next_step(&answers.pruned()));
        let journey = Journey::of(&answers);
        prop_assert_eq!(journey.next, step);
        match step {
            Step::Ask(question) => {
                prop_assert_eq!(answers.pruned().get(question), None);
                prop_assert!(answers.can_ask(question));
            }
            Step::Done(outcome) => {
                prop_assert!(
                    every_path()
                        .iter()
                        .any(|p| p.outcome == outcome && p.answers == journey.answered),
                    "{:?} is not a listed path", journey.answered
                );
            }
        }
    }

    /// Pruning is idempotent and only ever drops answers.
    #[test]
    fn pruning_is_idempotent(answers in any_answers()) {
        let pruned = answers.pruned();
        prop_assert_eq!(pruned.pruned(), pruned);
        for answer in pruned.iter() {
            prop_assert_eq!(answers.get(answer.question()), Some(answer));
        }
    }

    /// Saving an answer to a question on the path keeps it, and keeps every
    /// answer before it.
    #[test]
    fn an_answer_on_the_path_is_kept(answers in any_answers(), answer in any_answer()) {
        let question = answer.question();
        let saved = answers.with(answer);
        prop_assert_eq!(saved, saved.pruned());
        if answers.can_ask(question) {
            prop_assert_eq!(saved.get(question), Some(answer));
            let before = Journey::of(&answers);
            for earlier in before.asked().take_while(|&q| q != question) {
                prop_assert_eq!(saved.get(earlier), answers.get(earlier));
            }
        }
    }
}

/// Exhaustively: every position of one sealed value, replaced by every other
/// character of the base64 alphabet (the changes most likely to slip through
/// a lenient decoder, such as unused low bits of the last character).
#[test]
fn every_base64_substitution_is_rejected() {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_";
    let issued = SystemTime::now();
    let answers = Answers::default().with(Answer::ApplicationDate(ApplicationDate::BeforeCutoff));
    let sealed = keys().seal_at(&answers, issued).value().to_owned();
    let mut tried = 0;
    for i in 0..sealed.len() {
        for &c in ALPHABET {
            let mut changed = sealed.clone().into_bytes();
            if changed[i] == c {
                continue;
            }
            changed[i] = c;
            let changed = String::from_utf8(changed).unwrap();
            assert!(
                matches!(keys().open(&changed, issued), Saved::Unusable(_)),
                "{i} -> {c}"
            );
            tried += 1;
        }
    }
    assert!(tried > 1000);
}
