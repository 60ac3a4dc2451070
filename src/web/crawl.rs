//! What search engines may index, and the files that tell them:
//! `/robots.txt` and `/sitemap.xml`.
//!
//! Only the start page and the about page of each language are indexable:
//! they are what a reader searching in their own language should find, and
//! they read the same for everyone. Every other page (a question, a result,
//! the accessibility statement, an error) says `noindex`: question and result
//! pages depend on the reader's own answers. `robots.txt` says the same, and
//! the sitemap lists the indexable pages, each with its alternates in every
//! language.

use askama::Template;

use super::href::{self, Href, X_DEFAULT};
use crate::i18n::Lang;
use crate::public_origin::PublicOrigin;

/// Whether search engines may index a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indexing {
    Index,
    /// `<meta name="robots" content="noindex">`
    NoIndex,
}

impl Indexing {
    /// Whether the page `href` may be indexed, in every language.
    pub const fn of(href: Href) -> Indexing {
        match href {
            Href::Start | Href::About => Indexing::Index,
            Href::Question(_)
            | Href::Result
            | Href::StartAgain
            | Href::Accessibility
            | Href::Feedback => Indexing::NoIndex,
        }
    }
}

/// Every indexable page (in each language): what the sitemap lists and
/// `robots.txt` allows.
pub const INDEXABLE: [Href; 2] = [Href::Start, Href::About];

/// One page's URL in one language, or the `x-default` one.
pub struct Alternate {
    pub hreflang: &'static str,
    pub href: String,
}

/// `href` in every language, then its `x-default`, absolute on `origin`.
pub fn alternates(origin: &PublicOrigin, href: Href) -> Vec<Alternate> {
    Lang::ALL
        .into_iter()
        .map(|lang| Alternate {
            hreflang: lang.code(),
            href: href::absolute(origin, &href.to(lang)),
        })
        .chain([Alternate {
            hreflang: X_DEFAULT,
            href: href::absolute(origin, &href::x_default(href)),
        }])
        .collect()
}

/// `GET /robots.txt`: every crawler may fetch the indexable pages and the
/// static files, and nothing else under a language; the sitemap's address.
#[derive(Template)]
#[template(path = "crawl/robots.txt")]
pub struct RobotsTxt {
    /// `(allowed paths, the language's scope)` of each language: `/nb/` and
    /// `/nb/about-this-guide`, and `/nb/`.
    pub langs: Vec<(Vec<String>, String)>,
    pub sitemap: String,
}

impl RobotsTxt {
    pub fn new(origin: &PublicOrigin) -> RobotsTxt {
        RobotsTxt {
            langs: Lang::ALL
                .into_iter()
                .map(|lang| {
                    let allowed = INDEXABLE.into_iter().map(|href| href.to(lang)).collect();
                    (allowed, Href::Start.to(lang))
                })
                .collect(),
            sitemap: href::absolute(origin, href::SITEMAP_XML),
        }
    }
}

/// `GET /sitemap.xml`: each indexable page in each language, with its
/// alternates.
#[derive(Template)]
#[template(path = "crawl/sitemap.xml")]
pub struct SitemapXml {
    pub urls: Vec<SitemapUrl>,
}

/// One `<url>` of the sitemap.
pub struct SitemapUrl {
    pub loc: String,
    pub alternates: Vec<Alternate>,
}

impl SitemapXml {
    pub fn new(origin: &PublicOrigin) -> SitemapXml {
        SitemapXml {
            urls: INDEXABLE
                .into_iter()
                .flat_map(|href| {
                    Lang::ALL.into_iter().map(move |lang| SitemapUrl {
                        loc: href::absolute(origin, &href.to(lang)),
                        alternates: alternates(origin, href),
                    })
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_start_and_about_pages_are_indexable() {
        let indexable: Vec<Href> = crate::web::href::ROUTED
            .into_iter()
            .filter(|&href| Indexing::of(href) == Indexing::Index)
            .collect();
        assert_eq!(indexable, INDEXABLE);
    }
}
