//! Translations: Fluent bundles for nb, nn and en, embedded in the binary and
//! built once, and language negotiation from `Accept-Language`.
//!
//! Every visible word comes from `locales/{nb,nn,en}/<area>.ftl`. Templates ask a
//! [`Tr`] (a language) for a message by id; see `TRANSLATIONS.md` for the ids.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::{LanguageIdentifier, langid};

/// A language of the guide. The code is the first URL segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Nb,
    Nn,
    En,
}

impl Lang {
    /// Every language, in the order the language links show them.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];
    /// Used when nothing in `Accept-Language` matches.
    pub const DEFAULT: Lang = Lang::Nb;

    /// The URL segment, `lang` and `hreflang` value.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// Parses a URL segment: exactly `nb`, `nn` or `en`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    fn index(self) -> usize {
        self as usize
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Nb => langid!("nb"),
            Lang::Nn => langid!("nn"),
            Lang::En => langid!("en"),
        }
    }

    /// Picks the language for an `Accept-Language` header value.
    ///
    /// Entries are sorted by their `q` weight (fluent-langneg does not), `no` and
    /// `no-*` (Norwegian with no written standard named) count as `nb`, `nb*` is
    /// `nb`, `nn*` is `nn`, `en*` is `en`; anything else, or no header, is `nb`.
    pub fn negotiate(accept_language: Option<&str>) -> Lang {
        let requested = accepted_languages(accept_language.unwrap_or(""));
        let available = Lang::ALL.map(Lang::langid);
        let default = &available[Lang::DEFAULT.index()];
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(default),
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

/// The locale files: one area a file, the same areas in every language.
/// A test checks this list against `locales/`.
macro_rules! embed_locales {
    ($($area:literal),* $(,)?) => {
        /// `(area, [nb, nn, en] source text)` for every locale file.
        pub const LOCALE_FILES: &[(&str, [&str; 3])] = &[$((
            $area,
            [
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/nb/", $area, ".ftl")),
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/nn/", $area, ".ftl")),
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/", $area, ".ftl")),
            ],
        )),*];
    };
}

embed_locales!(
    "common",
    "start",
    "questions",
    "result",
    "errors",
    "accessibility",
    "about"
);

/// The three bundles, built once on first use.
struct Locales {
    bundles: Vec<FluentBundle<FluentResource>>,
}

static LOCALES: LazyLock<Locales> = LazyLock::new(|| {
    let bundles = Lang::ALL
        .iter()
        .map(|&lang| build_bundle(lang).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    Locales { bundles }
});

/// Builds one language's bundle from the embedded files.
fn build_bundle(lang: Lang) -> Result<FluentBundle<FluentResource>, String> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Without this, Fluent wraps every placeable in invisible isolation marks
    // that would end up in the HTML and in the <title>.
    bundle.set_use_isolating(false);
    for (area, sources) in LOCALE_FILES {
        let source = sources[lang.index()];
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
    Ok(bundle)
}

/// Builds every bundle now, so that a broken locale file stops the server at
/// start instead of on the first request.
pub fn init() -> Result<(), String> {
    for lang in Lang::ALL {
        build_bundle(lang)?;
    }
    LazyLock::force(&LOCALES);
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

    /// The message `id` with one variable.
    pub fn with(&self, id: &str, name: &'static str, value: &str) -> Cow<'static, str> {
        let mut args = FluentArgs::new();
        args.set(name, value.to_owned());
        self.format(id, Some(&args))
    }

    /// Whether the message exists in this language.
    pub fn has(&self, id: &str) -> bool {
        LOCALES.bundles[self.0.index()].has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
        let bundle: &'static FluentBundle<FluentResource> = &LOCALES.bundles[self.0.index()];
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

/// Every message id (not terms) in one language's files, in file order.
pub fn message_ids(lang: Lang) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let mut ids = Vec::new();
    for (_, sources) in LOCALE_FILES {
        let resource = fluent_syntax::parser::parse(sources[lang.index()])
            .unwrap_or_else(|(resource, _)| resource);
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
