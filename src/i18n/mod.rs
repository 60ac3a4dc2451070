//! Translations: the Fluent bundles of every language, embedded in the binary
//! and built once, language negotiation from `Accept-Language`, and the Fluent
//! ids of the rules' types ([`ids`]).
//!
//! Every visible word comes from `locales/<code>/<area>.ftl`. Templates ask a
//! [`Tr`] (a language) for a message by id; see `TRANSLATIONS.md` for the ids.
//! `build.rs` embeds every file under `locales/`, so a language is one variant
//! of [`Lang`] and one folder: nothing else lists the languages.

pub mod ids;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A language of the guide. The code is the first URL segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Norwegian Bokmål (official)
    Nb,
    /// Norwegian Nynorsk (official)
    Nn,
    /// English (official)
    En,
    /// Ukrainian (translation)
    Uk,
    /// Russian (translation)
    Ru,
    /// Arabic (translation), right to left
    Ar,
    /// Tigrinya (translation), Ge'ez script
    Ti,
    /// Somali (translation)
    So,
}

/// Which way a language's text runs: the `dir` of its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The HTML `dir` value.
    pub const fn attr(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// Whether a language's pages are an official text or a translation of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Norwegian and English: the texts UDI's rules are stated in.
    Official,
    /// A translation: its pages say so and link to [`Lang::OFFICIAL_LINKS`].
    Translation,
}

/// The digits a language writes numbers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numerals {
    /// 0123456789
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩, CLDR's default for Arabic.
    ArabicIndic,
}

impl Lang {
    /// Every language, in the order the language links show them.
    pub const ALL: [Lang; 8] = [
        Lang::Nb,
        Lang::Nn,
        Lang::En,
        Lang::Uk,
        Lang::Ru,
        Lang::Ar,
        Lang::Ti,
        Lang::So,
    ];
    /// Used when nothing in `Accept-Language` matches.
    pub const DEFAULT: Lang = Lang::Nb;
    /// The official pages a translated page links to.
    pub const OFFICIAL_LINKS: [Lang; 2] = [Lang::Nb, Lang::En];

    /// The URL segment, folder name under `locales/`, `lang` and `hreflang` value.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::Ti => "ti",
            Lang::So => "so",
        }
    }

    /// The direction of the language's script.
    pub const fn direction(self) -> Direction {
        match self {
            Lang::Nb | Lang::Nn | Lang::En | Lang::Uk | Lang::Ru | Lang::Ti | Lang::So => {
                Direction::LeftToRight
            }
            Lang::Ar => Direction::RightToLeft,
        }
    }

    /// Official text or translation.
    pub const fn standing(self) -> Standing {
        match self {
            Lang::Nb | Lang::Nn | Lang::En => Standing::Official,
            Lang::Uk | Lang::Ru | Lang::Ar | Lang::Ti | Lang::So => Standing::Translation,
        }
    }

    /// The digits numbers are written with.
    pub const fn numerals(self) -> Numerals {
        match self {
            Lang::Nb | Lang::Nn | Lang::En | Lang::Uk | Lang::Ru | Lang::Ti | Lang::So => {
                Numerals::Latin
            }
            Lang::Ar => Numerals::ArabicIndic,
        }
    }

    /// The Open Graph locale of the language's pages (`og:locale`), in the
    /// `language_TERRITORY` form link previews read: the territory where most
    /// of the guide's readers of the language come from, or, for Arabic, the
    /// `ar_AR` Facebook uses for Arabic without a country (readers come from
    /// many countries).
    pub const fn og_locale(self) -> &'static str {
        match self {
            Lang::Nb => "nb_NO",
            Lang::Nn => "nn_NO",
            Lang::En => "en_GB",
            Lang::Uk => "uk_UA",
            // Most readers of the Russian pages come from Ukraine.
            Lang::Ru => "ru_UA",
            Lang::Ar => "ar_AR",
            Lang::Ti => "ti_ER",
            Lang::So => "so_SO",
        }
    }

    /// Parses a URL segment: exactly a language code, lowercase.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The code as a language identifier (for Fluent and negotiation).
    pub fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("every language code is a valid BCP 47 language subtag")
    }

    /// Picks the language for an `Accept-Language` header value.
    ///
    /// Entries are sorted by their `q` weight (fluent-langneg does not); a
    /// region or script subtag matches its language (`uk-UA` is `uk`, `ar-SY`
    /// is `ar`); `no` and `no-*` (Norwegian with no written standard named)
    /// count as `nb`. Anything else, or no header, is [`Lang::DEFAULT`].
    pub fn negotiate(accept_language: Option<&str>) -> Lang {
        let requested = accepted_languages(accept_language.unwrap_or(""));
        let available = Lang::ALL.map(Lang::langid);
        let default = Lang::DEFAULT.langid();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .and_then(|id| Lang::from_code(id.language.as_str()))
            .unwrap_or(Lang::DEFAULT)
    }
}

/// The languages of an `Accept-Language` value, best first. Malformed entries
/// and `q=0` are skipped; at most 16 entries are read.
fn accepted_languages(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(u16, usize, LanguageIdentifier)> = header
        .split(',')
        .take(16)
        .enumerate()
        .filter_map(|(position, entry)| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), parse_q)?;
            if q == 0 || tag == "*" {
                return None;
            }
            let tag = match tag.split_once('-').map_or(tag, |(primary, _)| primary) {
                t if t.eq_ignore_ascii_case("no") => "nb",
                _ => tag,
            };
            let id: LanguageIdentifier = tag.parse().ok()?;
            Some((q, position, id))
        })
        .collect();
    // Highest q first; equal weights keep the order the client gave.
    weighted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    weighted.into_iter().map(|(_, _, id)| id).collect()
}

/// A `q` value as thousandths (0..=1000); `None` when malformed.
fn parse_q(value: &str) -> Option<u16> {
    let q: f32 = value.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

/// The files of one language: `(area, source)`.
pub fn locale_files(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    LOCALE_FILES
        .iter()
        .filter(move |(code, _, _)| *code == lang.code())
        .map(|&(_, area, source)| (area, source))
}

/// Every language's bundle, built once on first use.
static BUNDLES: LazyLock<HashMap<Lang, FluentBundle<FluentResource>>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| (lang, build_bundle(lang).unwrap_or_else(|e| panic!("{e}"))))
        .collect()
});

/// Builds one language's bundle from the embedded files.
fn build_bundle(lang: Lang) -> Result<FluentBundle<FluentResource>, String> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Without this, Fluent wraps every variable in invisible isolation marks
    // that would end up in the HTML and in the <title>. Where a right-to-left
    // text needs them around a Latin name, the message has them itself.
    bundle.set_use_isolating(false);
    match lang.numerals() {
        Numerals::Latin => {}
        Numerals::ArabicIndic => bundle.set_formatter(Some(arabic_indic_digits)),
    }
    let mut files = 0;
    for (area, source) in locale_files(lang) {
        files += 1;
        let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
            format!(
                "locales/{}/{area}.ftl does not parse: {errors:?}",
                lang.code()
            )
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("locales/{}/{area}.ftl: {errors:?}", lang.code()))?;
    }
    if files == 0 {
        return Err(format!("locales/{}/ has no .ftl files", lang.code()));
    }
    Ok(bundle)
}

/// Fluent formatter: numbers in Arabic-Indic digits.
fn arabic_indic_digits<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    Some(
        number
            .as_string()
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
                None => c,
            })
            .collect(),
    )
}

/// Builds every bundle now, so that a broken locale file stops the server at
/// start instead of on the first request.
pub fn init() -> Result<(), String> {
    for lang in Lang::ALL {
        build_bundle(lang)?;
    }
    LazyLock::force(&BUNDLES);
    Ok(())
}

/// The text of one language: what templates call to get a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr(pub Lang);

impl Tr {
    /// The message `id`. A missing message shows as `⟦id⟧` and is logged;
    /// tests make sure no page ever shows one.
    pub fn get(&self, id: &str) -> Cow<'static, str> {
        self.format(id, None)
    }

    /// The message `id` with one text variable.
    pub fn with(&self, id: &str, name: &'static str, value: &str) -> Cow<'static, str> {
        let mut args = FluentArgs::new();
        args.set(name, value.to_owned());
        self.format(id, Some(&args))
    }

    /// The message `id` with number variables, which its selectors choose the
    /// language's plural form by, and which are written in its digits.
    pub fn count(&self, id: &str, numbers: &[(&'static str, u32)]) -> Cow<'static, str> {
        let mut args = FluentArgs::new();
        for &(name, value) in numbers {
            args.set(name, value);
        }
        self.format(id, Some(&args))
    }

    /// The message `id` with a day: `$day` and `$year` as numbers (in the
    /// language's digits), `$month` the month's name as it stands in a date
    /// (`date-month-1` … `date-month-12`). The message writes the date in
    /// the language's order and words ("16. april 2021", "16 квітня 2021 року").
    pub fn date(&self, id: &str, date: time::Date) -> Cow<'static, str> {
        let mut args = FluentArgs::new();
        args.set("day", date.day());
        args.set("year", date.year());
        let month = self.get(&format!("date-month-{}", u8::from(date.month())));
        args.set("month", month.into_owned());
        self.format(id, Some(&args))
    }

    /// Whether the message exists in this language.
    pub fn has(&self, id: &str) -> bool {
        bundle(self.0).has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
        let bundle = bundle(self.0);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::error!(
                message_id = id,
                lang = self.0.code(),
                "missing Fluent message"
            );
            return Cow::Owned(format!("⟦{id}⟧"));
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::error!(
                message_id = id,
                lang = self.0.code(),
                ?errors,
                "Fluent error"
            );
        }
        text
    }
}

/// One language's bundle.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    BUNDLES
        .get(&lang)
        .expect("the bundles hold every language of Lang::ALL")
}

/// Every message id (not terms) in one language's files, in file order.
pub fn message_ids(lang: Lang) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let mut ids = Vec::new();
    for (_, source) in locale_files(lang) {
        let resource =
            fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                ids.push(message.id.name.to_owned());
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests;
