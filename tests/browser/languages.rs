//! Every page in every language: its `lang` and `dir`, the language links to
//! the same page in every other language, and on a translated page the notice
//! that links to the same page in the official languages.

use residence_card_guide::i18n::{Lang, Standing};
use scraper::{ElementRef, Html, Selector};

use crate::states::State;

fn select<'a>(scope: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).expect("a valid selector");
    scope.select(&selector).collect()
}

/// `path` (a URL path in `from`) in `to`: `/ar/handed-in` → `/nb/handed-in`.
fn same_page_in(path: &str, from: Lang, to: Lang) -> String {
    let rest = path
        .strip_prefix(&format!("/{}", from.code()))
        .unwrap_or_else(|| panic!("{path} is not a page in {}", from.code()));
    format!("/{}{rest}", to.code())
}

/// The path of a link, without its query.
fn path_of(href: &str) -> &str {
    href.split(['?', '#']).next().unwrap_or_default()
}

/// Checks the language attributes and links of the page `state` served at
/// `url` (after redirects) as `html`. Returns the problems and how many links
/// were checked.
pub fn check(state: State, url: &str, html: &str) -> (Vec<String>, usize) {
    let lang = state.lang;
    let document = Html::parse_document(html);
    let root = document.root_element();
    let path = reqwest::Url::parse(url).expect("a URL").path().to_owned();
    let mut problems = Vec::new();
    let mut links = 0;
    let attr = |e: ElementRef<'_>, name: &str| e.value().attr(name).unwrap_or("").to_owned();

    let (want_lang, want_dir) = (lang.code(), lang.direction().attr());
    if (attr(root, "lang"), attr(root, "dir")) != (want_lang.into(), want_dir.into()) {
        problems.push(format!(
            "<html lang=\"{}\" dir=\"{}\">, expected lang=\"{want_lang}\" dir=\"{want_dir}\"",
            attr(root, "lang"),
            attr(root, "dir")
        ));
    }

    // The language links: every language, in order, this one as text.
    let items = select(root, ".language-nav li");
    if items.len() != Lang::ALL.len() {
        problems.push(format!(
            "the language links list {} languages, expected {}",
            items.len(),
            Lang::ALL.len()
        ));
    }
    for (item, other) in items.iter().zip(Lang::ALL) {
        let code = other.code();
        let dir = other.direction().attr();
        links += 1;
        if other == lang {
            let current = select(*item, "span[aria-current='true']");
            let ok = current.len() == 1
                && select(*item, "a").is_empty()
                && attr(current[0], "lang") == code
                && attr(current[0], "dir") == dir;
            if !ok {
                problems.push(format!(
                    "the current language ({code}) must be a <span aria-current=\"true\" \
                     lang=\"{code}\" dir=\"{dir}\">, not {}",
                    item.html()
                ));
            }
        } else {
            let want = same_page_in(&path, lang, other);
            let ok = select(*item, "a[href]").first().is_some_and(|a| {
                path_of(&attr(*a, "href")) == want
                    && attr(*a, "lang") == code
                    && attr(*a, "hreflang") == code
                    && attr(*a, "dir") == dir
            });
            if !ok {
                problems.push(format!(
                    "the link to {code} must go to {want} with lang, hreflang=\"{code}\" and \
                     dir=\"{dir}\", not {}",
                    item.html()
                ));
            }
        }
    }

    // A translation says so, in the header, and links to this page in the
    // official languages; an official page has no such notice.
    let notices = select(root, "#translation-notice");
    match lang.standing() {
        Standing::Official => {
            if !notices.is_empty() {
                problems.push("an official page has a #translation-notice".to_owned());
            }
        }
        Standing::Translation => match notices.as_slice() {
            [notice] => {
                if select(root, "header #translation-notice").is_empty() {
                    problems.push("#translation-notice is not in the <header>".to_owned());
                }
                let text: String = notice.text().collect();
                let hrefs: Vec<String> = select(*notice, "a[href]")
                    .into_iter()
                    .map(|a| path_of(&attr(a, "href")).to_owned())
                    .collect();
                for official in Lang::OFFICIAL_LINKS {
                    let want = same_page_in(&path, lang, official);
                    links += 1;
                    if !hrefs.contains(&want) {
                        problems.push(format!(
                            "#translation-notice (“{}”) does not link to {want}: it links to {hrefs:?}",
                            text.split_whitespace().collect::<Vec<_>>().join(" ")
                        ));
                    }
                }
            }
            _ => problems.push(format!(
                "a translated page needs one #translation-notice, found {}",
                notices.len()
            )),
        },
    }
    (problems, links)
}
