//! Key parity across locales, every used id exists, every message formats.

use super::*;
use std::collections::BTreeSet;

#[test]
fn every_locale_has_the_same_message_ids_in_the_same_files() {
    for (area, sources) in LOCALE_FILES {
        let ids = |lang: Lang| -> BTreeSet<String> {
            let resource = fluent_syntax::parser::parse(sources[lang.index()]).unwrap_or_else(
                |(_, errors)| panic!("{area} ({}) does not parse: {errors:?}", lang.code()),
            );
            resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                    _ => None,
                })
                .collect()
        };
        let en = ids(Lang::En);
        for lang in [Lang::Nb, Lang::Nn] {
            let other = ids(lang);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{}/{area}.ftl: missing {missing:?}, not in en {extra:?}",
                lang.code()
            );
        }
    }
}

#[test]
fn every_locale_file_on_disk_is_embedded() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    for lang in Lang::ALL {
        let on_disk: BTreeSet<String> = std::fs::read_dir(format!("{dir}/{}", lang.code()))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        let embedded: BTreeSet<String> = LOCALE_FILES
            .iter()
            .map(|(a, _)| format!("{a}.ftl"))
            .collect();
        assert_eq!(on_disk, embedded, "locales/{} vs LOCALE_FILES", lang.code());
    }
}

/// The variables messages may use, with a sample value each.
const VARIABLES: &[(&str, &str)] = &[("page", "Sample page")];

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let mut args = FluentArgs::new();
    for (name, value) in VARIABLES {
        args.set(*name, *value);
    }
    for lang in Lang::ALL {
        let bundle = &LOCALES.bundles[lang.index()];
        for id in message_ids(lang) {
            let message = bundle.get_message(&id).unwrap();
            let pattern = message
                .value()
                .unwrap_or_else(|| panic!("{id} has no value"));
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{} {id}: {errors:?}", lang.code());
            assert!(!text.trim().is_empty(), "{} {id} is empty", lang.code());
            assert!(
                !text.contains('<') && !text.contains('>'),
                "{} {id}: no markup in messages",
                lang.code()
            );
        }
    }
}

#[test]
fn languages_are_negotiated_from_accept_language() {
    let cases = [
        (None, Lang::Nb),
        (Some(""), Lang::Nb),
        (Some("en-US,en;q=0.9"), Lang::En),
        (Some("nn-NO"), Lang::Nn),
        (Some("nb"), Lang::Nb),
        (Some("no"), Lang::Nb),
        (Some("no-NO,en;q=0.5"), Lang::Nb),
        (Some("de-DE,de;q=0.9"), Lang::Nb),
        (Some("de, en;q=0.5"), Lang::En),
        (Some("en;q=0.2, nn;q=0.8"), Lang::Nn),
        (Some("en;q=0, nn;q=0.1"), Lang::Nn),
        (Some("*"), Lang::Nb),
        (Some(";;;,,,q=é"), Lang::Nb),
        (Some("sv, nn;q=0.4, en;q=0.7"), Lang::En),
    ];
    for (header, expected) in cases {
        assert_eq!(Lang::negotiate(header), expected, "{header:?}");
    }
}

#[test]
fn language_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::from_code("NB"), None);
    assert_eq!(Lang::from_code("no"), None);
}

#[test]
fn a_missing_message_is_visible_not_silent() {
    assert_eq!(Tr(Lang::En).get("no-such-message"), "⟦no-such-message⟧");
}
