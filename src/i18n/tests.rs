//! Key parity across locales, every used id exists, every message formats.

use super::*;
use std::collections::BTreeSet;

#[test]
fn every_locale_has_the_same_message_ids_in_the_same_files() {
    for area in areas(Lang::En) {
        let ids = |lang: Lang| -> BTreeSet<String> {
            let source = locale_files(lang)
                .find(|(a, _)| *a == area)
                .map_or("", |(_, source)| source);
            let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
                panic!("{area} ({}) does not parse: {errors:?}", lang.code())
            });
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
        for lang in Lang::ALL {
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

/// The areas (file stems) of one language, sorted.
fn areas(lang: Lang) -> BTreeSet<&'static str> {
    locale_files(lang).map(|(area, _)| area).collect()
}

#[test]
fn every_language_has_the_same_files_as_english() {
    for lang in Lang::ALL {
        assert_eq!(
            areas(lang),
            areas(Lang::En),
            "locales/{}/ must have the same .ftl files as locales/en/",
            lang.code()
        );
    }
}

/// A language is one variant and one folder: every folder under `locales/`
/// is a language of the guide, and every language has a folder.
#[test]
fn every_locale_folder_is_a_language_and_every_language_has_one() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let folders: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let languages: BTreeSet<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
    let strays: Vec<_> = folders.difference(&languages).collect();
    let missing: Vec<_> = languages.difference(&folders).collect();
    assert!(
        strays.is_empty(),
        "locales/{strays:?} is not a language of the guide: add a variant to `Lang` in src/i18n/mod.rs, or remove the folder"
    );
    assert!(missing.is_empty(), "no locales/ folder for {missing:?}");
    let embedded: BTreeSet<String> = LOCALE_FILES
        .iter()
        .map(|(code, _, _)| (*code).to_owned())
        .collect();
    assert_eq!(embedded, folders, "build.rs embeds every folder");
}

/// The variables messages may use, with a sample value each.
const VARIABLES: &[(&str, &str)] = &[
    ("page", "Sample page"),
    ("operator", "Example kommune"),
    ("month", "April"),
];
/// The number variables, with a sample value each (`day` and `year`: a date).
const NUMBERS: &[(&str, u32)] = &[
    ("questions", 6),
    ("minutes", 2),
    ("days", 20),
    ("work_days", 10),
    ("day", 16),
    ("year", 2026),
];

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let mut args = FluentArgs::new();
    for (name, value) in VARIABLES {
        args.set(*name, *value);
    }
    for (name, value) in NUMBERS {
        args.set(*name, *value);
    }
    for lang in Lang::ALL {
        let bundle = bundle(lang);
        for id in message_ids(lang) {
            let message = bundle.get_message(&id).unwrap();
            let pattern = message
                .value()
                .unwrap_or_else(|| panic!("{id} has no value"));
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{} {id}: {errors:?}", lang.code());
            // Only a link's language note (empty: the page is in this language)
            // and a source's address (empty: the sources give none) may be empty.
            let may_be_empty =
                id.ends_with("-language") || (id.starts_with("source-") && id.ends_with("-url"));
            assert!(
                may_be_empty || !text.trim().is_empty(),
                "{} {id} is empty",
                lang.code()
            );
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
        (Some("uk-UA,uk;q=0.9,en;q=0.8"), Lang::Uk),
        (Some("uk"), Lang::Uk),
        // Russian, with or without a region; and between uk and ru, the
        // one the browser asks for first (by q, then by order).
        (Some("ru"), Lang::Ru),
        (Some("ru-UA"), Lang::Ru),
        (Some("ru-RU"), Lang::Ru),
        (Some("ru-RU,ru;q=0.9,uk;q=0.8"), Lang::Ru),
        (Some("ru-UA,ru;q=0.9,uk-UA;q=0.8,uk;q=0.7"), Lang::Ru),
        (Some("ru, uk"), Lang::Ru),
        (Some("uk-UA,uk;q=0.9,ru;q=0.8"), Lang::Uk),
        (Some("uk, ru"), Lang::Uk),
        (Some("uk;q=0.5, ru;q=0.4"), Lang::Uk),
        (Some("ru;q=0.5, uk;q=0.6"), Lang::Uk),
        (Some("en;q=0.3, ru-UA;q=0.8"), Lang::Ru),
        (Some("ar-SY"), Lang::Ar),
        (Some("ar-EG,ar;q=0.9,en;q=0.8"), Lang::Ar),
        (Some("ti-ER"), Lang::Ti),
        (Some("ti-ET,ti;q=0.9"), Lang::Ti),
        (Some("so-SO"), Lang::So),
        (Some("en;q=0.4, ti;q=0.9"), Lang::Ti),
        (Some("fa-IR,fa;q=0.9"), Lang::Nb),
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

/// The CLDR cardinal plural categories of a language, found by asking its
/// plural rules about whole numbers and decimals.
fn plural_categories(lang: Lang) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let rules = PluralRules::create(lang.langid(), PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("no plural rules for {}: {e}", lang.code()));
    let numbers = (0..=1000).map(f64::from).chain([0.5, 1.5, 2.5, 10.5]);
    numbers
        .map(|n| match rules.select(n).expect("a plural category") {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Every selector on a number variable offers every plural category of its
/// language (Arabic zero/one/two/few/many/other, Ukrainian one/few/many/other…),
/// with `other` as the default.
#[test]
fn number_selectors_cover_every_plural_category_of_their_language() {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement, VariantKey};
    let mut checked = 0;
    for lang in Lang::ALL {
        let wanted = plural_categories(lang);
        for (area, source) in locale_files(lang) {
            let resource = fluent_syntax::parser::parse(source).expect("parses");
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let Some(pattern) = &message.value else {
                    continue;
                };
                for element in &pattern.elements {
                    let PatternElement::Placeable {
                        expression: Expression::Select { selector, variants },
                    } = element
                    else {
                        continue;
                    };
                    let InlineExpression::VariableReference { id } = selector else {
                        continue;
                    };
                    let keys: BTreeSet<&str> = variants
                        .iter()
                        .filter_map(|v| match &v.key {
                            VariantKey::Identifier { name } => Some(*name),
                            VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect();
                    let here = format!(
                        "locales/{}/{area}.ftl {} (${})",
                        lang.code(),
                        message.id.name,
                        id.name
                    );
                    assert_eq!(
                        keys, wanted,
                        "{here}: the variants must be the language's plural categories"
                    );
                    let default = variants.iter().find(|v| v.default).map(|v| &v.key);
                    assert!(
                        matches!(default, Some(VariantKey::Identifier { name: "other" })),
                        "{here}: the default variant must be *[other]"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(
        checked >= 4 * Lang::ALL.len(),
        "only {checked} selectors found"
    );
}

/// Plural forms and digits as each language writes them.
#[test]
fn numbers_take_each_languages_plural_form_and_digits() {
    let days = |lang: Lang, n: u32| {
        Tr(lang)
            .count(
                "post-time-after-appointment",
                &[("days", n), ("work_days", 10)],
            )
            .into_owned()
    };
    assert!(
        days(Lang::En, 1).contains("at least 1 working day "),
        "{}",
        days(Lang::En, 1)
    );
    assert!(days(Lang::En, 14).contains("14 working days"));
    // Ukrainian: 1 день, 2 дні, 14 днів.
    assert!(days(Lang::Uk, 14).contains("14"));
    assert_ne!(
        days(Lang::Uk, 2).replace('2', "N"),
        days(Lang::Uk, 14).replace("14", "N"),
        "Ukrainian few and many differ"
    );
    // Russian: 1 день, 2 дня, 5 дней, 21 день, 1,5 дня.
    let ru = |n: u32| days(Lang::Ru, n);
    assert!(ru(1).contains("как минимум 1 рабочий день "), "{}", ru(1));
    assert!(ru(2).contains("как минимум 2 рабочих дня "), "{}", ru(2));
    assert!(
        ru(14).contains("как минимум 14 рабочих дней "),
        "{}",
        ru(14)
    );
    assert!(
        ru(21).contains("как минимум 21 рабочий день "),
        "{}",
        ru(21)
    );
    // Arabic: Arabic-Indic digits, and no Latin digit anywhere.
    let arabic = days(Lang::Ar, 14);
    assert!(arabic.contains("١٤"), "{arabic}");
    assert!(!arabic.chars().any(|c| c.is_ascii_digit()), "{arabic}");
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// In right-to-left text, every Latin name (UDI, BankID, Post i Butikk…)
/// stands inside FSI…PDI, so that it keeps its order and does not pull the
/// punctuation around it the wrong way; and no Latin digits are written.
/// Addresses (`…-url`) are not text and are left alone.
#[test]
fn latin_names_in_right_to_left_text_are_isolated() {
    let mut checked = 0;
    for lang in Lang::ALL
        .into_iter()
        .filter(|l| l.direction() == Direction::RightToLeft)
    {
        let mut args = FluentArgs::new();
        for (name, value) in NUMBERS {
            args.set(*name, *value);
        }
        args.set("page", format!("{FSI}Sample{PDI}"));
        // The program isolates the operator's name on right-to-left pages
        // (`web::pages::with_operator`).
        args.set("operator", format!("{FSI}Example kommune{PDI}"));
        // A month's name, as the program takes it from `date-month-…`.
        args.set("month", Tr(lang).get("date-month-4").into_owned());
        for id in message_ids(lang)
            .into_iter()
            .filter(|id| !id.ends_with("-url"))
        {
            let bundle = bundle(lang);
            let pattern = bundle.get_message(&id).and_then(|m| m.value()).unwrap();
            let text = bundle.format_pattern(pattern, Some(&args), &mut Vec::new());
            let mut depth = 0i32;
            for c in text.chars() {
                match c {
                    FSI => depth += 1,
                    PDI => depth -= 1,
                    c if is_latin_letter(c) => assert!(
                        depth > 0,
                        "{} {id}: Latin text outside FSI…PDI: {text:?}",
                        lang.code()
                    ),
                    c if c.is_ascii_digit() => panic!(
                        "{} {id}: Latin digit; write Arabic-Indic digits: {text:?}",
                        lang.code()
                    ),
                    _ => {}
                }
                assert!(depth >= 0, "{} {id}: PDI before FSI: {text:?}", lang.code());
            }
            assert_eq!(
                depth,
                0,
                "{} {id}: unbalanced isolates: {text:?}",
                lang.code()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} messages checked");
}

/// Each language names itself, and no two languages share a name.
#[test]
fn every_language_names_itself_distinctly() {
    let names: BTreeSet<String> = Lang::ALL
        .iter()
        .map(|&l| Tr(l).get("language-name").into_owned())
        .collect();
    assert_eq!(names.len(), Lang::ALL.len(), "{names:?}");
    assert_eq!(Tr(Lang::Uk).get("language-name"), "Українська");
    assert_eq!(Tr(Lang::Ru).get("language-name"), "Русский");
    assert_eq!(Tr(Lang::Ar).get("language-name"), "العربية");
    assert_eq!(Tr(Lang::Ti).get("language-name"), "ትግርኛ");
    assert_eq!(Tr(Lang::So).get("language-name"), "Soomaali");
}

/// Tigrinya readers may read a month name in Ge'ez script as a month of the
/// Ethiopian calendar (ሚያዝያ is not April), so every date says that it is a
/// Gregorian one: the month's European name in Ge'ez letters, then this marker.
/// Text inside «…» is a quoted English page name and is left alone.
const GREGORIAN_MARKER: &str = "(ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ)";

#[test]
fn tigrinya_dates_cannot_be_read_as_months_of_the_ethiopian_calendar() {
    const ETHIOPIAN_MONTHS: [&str; 13] = [
        "መስከረም",
        "ጥቅምቲ",
        "ሕዳር",
        "ታሕሳስ",
        "ጥሪ",
        "ለካቲት",
        "መጋቢት",
        "ሚያዝያ",
        "ግንቦት",
        "ሰነ",
        "ሓምለ",
        "ነሓሰ",
        "ጳጉሜን",
    ];
    let bundle = bundle(Lang::Ti);
    let mut dates = 0;
    for id in message_ids(Lang::Ti)
        .into_iter()
        .filter(|id| !id.ends_with("-url"))
    {
        let pattern = bundle.get_message(&id).and_then(|m| m.value()).unwrap();
        let mut args = FluentArgs::new();
        for (name, value) in NUMBERS {
            args.set(*name, *value);
        }
        let text = bundle.format_pattern(pattern, Some(&args), &mut Vec::new());
        // Drop quoted English names: «…».
        let own: String = text
            .split('«')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once('»').map_or("", |(_, rest)| rest)
                }
            })
            .collect();
        let has_year = own.split(|c: char| !c.is_ascii_digit()).any(|number| {
            number.len() == 4 && (number.starts_with("19") || number.starts_with("20"))
        });
        if has_year {
            dates += 1;
            assert!(
                own.contains(GREGORIAN_MARKER),
                "ti {id}: a date without the marker: {own}"
            );
        }
        for word in own.split(|c: char| c.is_whitespace() || "።፡፣,.()".contains(c)) {
            assert!(
                !ETHIOPIAN_MONTHS.contains(&word),
                "ti {id}: the Ethiopian month {word} in {own}"
            );
        }
    }
    assert!(dates >= 5, "the dates were not found: {dates}");
}

/// Every month has its name in every language, and a date reads in each
/// language's own order and digits.
#[test]
fn dates_are_written_in_each_languages_words_and_digits() {
    let day = |month: time::Month| time::Date::from_calendar_date(2026, month, 16).unwrap();
    for lang in Lang::ALL {
        for n in 1..=12u8 {
            let month = time::Month::try_from(n).unwrap();
            let text = Tr(lang).date("about-sources-checked", day(month));
            assert!(!text.contains('⟦'), "{} {n}: {text}", lang.code());
        }
    }
    let april = day(time::Month::April);
    let date = |lang| Tr(lang).date("about-sources-checked", april).into_owned();
    assert!(
        date(Lang::En).contains("16 April 2026"),
        "{}",
        date(Lang::En)
    );
    assert!(
        date(Lang::Nb).contains("16. april 2026"),
        "{}",
        date(Lang::Nb)
    );
    assert!(
        date(Lang::Uk).contains("16 квітня 2026 року"),
        "{}",
        date(Lang::Uk)
    );
    assert!(
        date(Lang::Ar).contains("١٦ أبريل ٢٠٢٦"),
        "{}",
        date(Lang::Ar)
    );
    assert!(
        date(Lang::Ti).contains("16 ኤፕሪል 2026 (ብግእዝ ዘይኮነ፡ ብፈረንጂ ዓውደ-ኣዋርሕ)"),
        "{}",
        date(Lang::Ti)
    );
    assert!(
        date(Lang::So).contains("16-ka Abriil 2026"),
        "{}",
        date(Lang::So)
    );
}
