//! Every external address the guide shows, taken from the pages themselves.
//!
//! Every page is rendered as the server renders it, in every language: every
//! page the page store can hold ([`crate::web::cache::reachable`]: each
//! question and result of every path, in every state) and every page state
//! of the review text ([`crate::content`]: the error pages too). An address
//! is every absolute `http:`/`https:` `href` of an `<a>` or `<area>`, as
//! html5ever parses the page, except the operator's own (`OPERATOR_CONTACT`,
//! `OPERATOR_PRIVACY_URL`: settings, not sources of the guide's words). The
//! guide's own links are relative. So a link added to a message, a template
//! or a source of the rules is on the list without anyone listing it.

use std::collections::{BTreeMap, HashSet};

use scraper::{Html, Selector};

use super::Address;
use crate::i18n::Lang;
use crate::operator;
use crate::web::cache::{PageKey, reachable};

/// Every external address on any page, with the languages whose pages show
/// it (in the order of [`Lang::ALL`]).
pub fn addresses() -> Result<BTreeMap<Address, Vec<Lang>>, String> {
    let mut found: BTreeMap<Address, Vec<Lang>> = BTreeMap::new();
    let mut pages = Pages::default();
    for lang in Lang::ALL {
        for state in crate::content::states(lang)? {
            pages.read(lang, &state.html, &mut found);
        }
    }
    // The guide's own addresses are relative, or (in <head>) on its origin,
    // which no <a> links to: any origin gives the same list.
    let origin = crate::content::origin();
    for key in reachable() {
        let lang = match key {
            PageKey::Start(lang) | PageKey::Accessibility(lang) | PageKey::About(lang) => lang,
            PageKey::Question { lang, .. } | PageKey::Result { lang, .. } => lang,
        };
        let html = key
            .render(&origin)
            .ok_or_else(|| format!("{key:?} did not render"))?;
        pages.read(lang, &String::from_utf8_lossy(&html), &mut found);
    }
    for langs in found.values_mut() {
        langs.sort_by_key(|lang| Lang::ALL.iter().position(|l| l == lang));
    }
    Ok(found)
}

/// The pages read so far. Pages of one language that differ only in what
/// they show between their links (a checked radio button, the answers) have
/// the same links: a page whose `href="http…"` attributes, as written, are
/// those of a page already parsed is not parsed again.
#[derive(Default)]
struct Pages {
    seen: HashSet<(Lang, Vec<String>)>,
}

impl Pages {
    fn read(&mut self, lang: Lang, html: &str, found: &mut BTreeMap<Address, Vec<Lang>>) {
        let raw: Vec<String> = html
            .split("href=")
            .skip(1)
            .map(|rest| rest.split(['>', ' ']).next().unwrap_or("").to_owned())
            .collect();
        if !self.seen.insert((lang, raw)) {
            return;
        }
        for address in external_links(html) {
            let langs = found.entry(address).or_default();
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
    }
}

/// The external addresses linked from one page, in order, each once.
pub fn external_links(html: &str) -> Vec<Address> {
    let operator = operator::current();
    let own: Vec<Address> = std::iter::once(&operator.contact)
        .chain(operator.privacy.as_ref())
        .filter_map(|a| Address::parse(a.as_str()).ok())
        .collect();
    let document = Html::parse_document(html);
    let links = Selector::parse("a[href], area[href]").expect("a valid selector");
    let mut addresses = Vec::new();
    for link in document.select(&links) {
        let href = link.value().attr("href").unwrap_or("").trim();
        let absolute = ["http://", "https://"].iter().any(|scheme| {
            href.get(..scheme.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
        });
        if !absolute {
            continue;
        }
        if let Ok(address) = Address::parse(href)
            && !own.contains(&address)
            && !addresses.contains(&address)
        {
            addresses.push(address);
        }
    }
    addresses
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::locale_files;
    use std::collections::BTreeSet;

    #[test]
    fn external_links_are_absolute_hrefs_of_other_sites() {
        let html = "<main><a href=\"/en/\">Start</a><a href=\"#main\">Skip</a>\
                    <a href=\"https://www.udi.no/en/page/#part\" rel=\"external noopener\">UDI</a>\
                    <a href=\"HTTPS://www.politiet.no/a?b=1&amp;c=2\">Police</a>\
                    <a href=\"https://www.udi.no/en/page/\">UDI again</a>\
                    <a href=\"mailto:x@example.org\">Mail</a>\
                    <a href=\"https://operator-contact.invalid/\">Operator</a>\
                    <p>href=\"https://in-text.example/\"</p><!-- <a href=\"https://comment.example/\"> --></main>";
        let found: Vec<String> = external_links(html)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "https://www.udi.no/en/page/",
                "https://www.politiet.no/a?b=1&c=2"
            ]
        );
    }

    /// Every address written in any message of any language is on a page,
    /// so on the list: a link added to a message is checked with nothing else
    /// changed (and one no page shows fails here).
    #[test]
    fn every_address_in_the_messages_is_found_on_the_pages() {
        let found = addresses().unwrap();
        let mut in_messages = BTreeSet::new();
        for lang in Lang::ALL {
            for (area, source) in locale_files(lang) {
                let messages = source.lines().filter(|l| !l.trim_start().starts_with('#'));
                for piece in messages.flat_map(|l| l.split("https://").skip(1)) {
                    let end = piece
                        .find(|c: char| c.is_whitespace() || c == '"' || c == '}')
                        .unwrap_or(piece.len());
                    let text = format!("https://{}", &piece[..end]);
                    let address = Address::parse(&text).unwrap();
                    in_messages.insert((address, lang.code(), area));
                }
            }
        }
        assert!(in_messages.len() > 5 * Lang::ALL.len(), "{in_messages:?}");
        for (address, code, area) in &in_messages {
            let langs = found
                .get(address)
                .unwrap_or_else(|| panic!("{address} (locales/{code}/{area}.ftl) is on no page"));
            assert!(
                langs.iter().any(|l| l.code() == *code),
                "{address} is in locales/{code}/{area}.ftl but on no {code} page"
            );
        }
        // And nothing but real addresses: no operator setting, no own page.
        assert!(found.keys().all(|a| !a.as_str().contains(".invalid/")));
    }

    /// The committed lock lists exactly the addresses the pages show: a link
    /// added, changed or removed anywhere fails here until the lock is
    /// brought up to date (its new sources then unreviewed).
    #[test]
    fn the_lock_lists_exactly_the_addresses_the_pages_show() {
        use crate::sources::lock::{Lock, PATH, SYNC_COMMAND};
        let root = env!("CARGO_MANIFEST_DIR");
        let text = std::fs::read_to_string(format!("{root}/{PATH}")).unwrap();
        let locked: BTreeSet<Address> = Lock::parse(&text).unwrap().sources.into_keys().collect();
        let shown: BTreeSet<Address> = addresses().unwrap().into_keys().collect();
        let missing: Vec<String> = shown.difference(&locked).map(ToString::to_string).collect();
        let stale: Vec<String> = locked.difference(&shown).map(ToString::to_string).collect();
        assert!(
            missing.is_empty() && stale.is_empty(),
            "{PATH} is out of date with the pages.\n  on a page, not in the lock: {missing:?}\n  \
             in the lock, on no page: {stale:?}\nBring it up to date (reviews are kept) with:\n    \
             {SYNC_COMMAND}"
        );
    }
}
