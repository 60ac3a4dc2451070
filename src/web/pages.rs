//! One askama template struct per page kind, and the layout data they share.
//! Constructors gather what a page shows; templates only lay it out.

use std::borrow::Cow;

use actix_web::http::StatusCode;
use askama::Template;

use super::assets::{ICON_URL, STYLESHEET_URL};
use super::crawl::{self, Alternate, Indexing};
use super::href::{self, FEEDBACK_ID, Feedback, Href, Notice, path_in};
use crate::i18n::ids::{self, QuestionPart, SourcePart};
use crate::i18n::{Direction, Lang, Standing, Tr};
use crate::operator;
use crate::public_origin::PublicOrigin;
use crate::rules::{
    Answer, Answers, BookingReason, Journey, LetterReason, MailReason, Outcome, Question, Source,
    cited_source, every_path, most_questions,
};
use crate::sources::lock::{Freshness, embedded_freshness};

/// About how long the guide takes, in minutes (the start page says so).
const MINUTES_TO_ANSWER: u32 = 2;
/// The least number of working days from the police appointment until the
/// card comes, as most of UDI's pages give it; no page gives a most
/// (`source/card-journey.md` §2).
const CARD_AT_LEAST_DAYS: u32 = 20;
/// The same, as UDI's page for work permits gives it.
const WORK_CARD_AT_LEAST_DAYS: u32 = 10;

/// What the layout (`base.html`) needs on every page.
pub struct Chrome {
    pub lang: Lang,
    /// `ltr` or `rtl`: the `dir` of `<html>`.
    pub dir: &'static str,
    /// The whole `<title>`.
    pub title: String,
    /// The words on the language menu's button.
    pub menu: MenuWords,
    /// This page in every language, this one marked as current.
    pub lang_links: Vec<LangLink>,
    /// On a translated page: this page in the official languages. Empty otherwise.
    pub official_links: Vec<LangLink>,
    pub stylesheet: &'static str,
    /// What the `<head>` tells search engines and link previews.
    pub head: Head,
    pub home_href: String,
    pub about_href: String,
    pub accessibility_href: String,
    /// "This guide is run by …" (`OPERATOR_NAME`).
    pub operator_line: Cow<'static, str>,
    /// The operator's contact (`OPERATOR_CONTACT`) and its link text.
    pub contact: Link,
}

/// The `<head>`'s words and links for search engines, link previews and the
/// browser's tab: every URL absolute on `PUBLIC_ORIGIN`.
pub struct Head {
    /// `<meta name="description">`: what the page is, in its language.
    pub description: Cow<'static, str>,
    /// `noindex` on every page but the start and about pages.
    pub indexing: Indexing,
    /// This page in its own language (no query).
    pub canonical: String,
    /// This page in every language, and its `x-default`.
    pub alternates: Vec<Alternate>,
    /// Link-preview (`og:`) tags, on indexable pages only.
    pub preview: Option<Preview>,
    /// The icon (`/static/`, versioned) and `/favicon.ico`.
    pub icon: &'static str,
    pub favicon_ico: &'static str,
}

/// What a link posted in a chat or on a social network shows (Open Graph):
/// the page's `<title>` and description, in its language.
pub struct Preview {
    pub site_name: Cow<'static, str>,
    pub locale: &'static str,
    /// The other languages' `og:locale`s.
    pub locale_alternates: Vec<&'static str>,
}

impl Head {
    /// The `<meta name="robots">` of a page search engines must not index.
    pub fn robots(&self) -> Option<&'static str> {
        match self.indexing {
            Indexing::Index => None,
            Indexing::NoIndex => Some("noindex"),
        }
    }

    fn new(lang: Lang, here: Here<'_>, origin: &PublicOrigin) -> Head {
        let t = Tr(lang);
        let page = match here {
            Here::Page(href) => Some(href),
            Here::Requested(_) => None,
        };
        let indexing = page.map_or(Indexing::NoIndex, Indexing::of);
        let alternates = match page {
            Some(href) => crawl::alternates(origin, href),
            None => Lang::ALL
                .into_iter()
                .map(|other| Alternate {
                    hreflang: other.code(),
                    href: href::absolute(origin, &here.to(other)),
                })
                .chain([Alternate {
                    hreflang: href::X_DEFAULT,
                    href: href::absolute(origin, &here.to(Lang::DEFAULT)),
                }])
                .collect(),
        };
        let preview = match indexing {
            Indexing::Index => Some(Preview {
                site_name: t.get("header-service-name"),
                locale: lang.og_locale(),
                locale_alternates: Lang::ALL
                    .into_iter()
                    .filter(|&other| other != lang)
                    .map(Lang::og_locale)
                    .collect(),
            }),
            Indexing::NoIndex => None,
        };
        Head {
            description: t.get(description_id(page)),
            indexing,
            canonical: href::absolute(origin, &here.to(lang)),
            alternates,
            preview,
            icon: ICON_URL.as_str(),
            favicon_ico: href::FAVICON_ICO,
        }
    }
}

/// The message that describes a page: the start page, the about page and the
/// accessibility statement have their own; a question, a result and an error
/// page are described by what the guide does.
fn description_id(page: Option<Href>) -> &'static str {
    match page {
        Some(Href::About) => "meta-description-about",
        Some(Href::Accessibility) => "meta-description-accessibility",
        Some(
            Href::Start | Href::Question(_) | Href::Result | Href::StartAgain | Href::Feedback,
        )
        | None => "meta-description",
    }
}

/// A link whose address and words come from settings or messages.
pub struct Link {
    pub href: String,
    pub text: Cow<'static, str>,
}

/// A link to another website: it says so, and says which language the page is
/// in when that is not the reader's (`…-language` messages, empty otherwise).
pub struct ExternalLink {
    pub href: Cow<'static, str>,
    pub text: Cow<'static, str>,
    /// "(in English)", or empty.
    pub language: Cow<'static, str>,
}

impl ExternalLink {
    /// The link whose address is the message `link-<name>-url` and whose
    /// language note is `link-<name>-language`.
    pub fn named(t: Tr, name: &str, text: Cow<'static, str>) -> ExternalLink {
        ExternalLink {
            href: t.get(&format!("link-{name}-url")),
            text,
            language: t.get(&format!("link-{name}-language")),
        }
    }

    /// An official page a rule comes from. `None` when the sources name the
    /// page without its address (its URL message is empty).
    pub fn source(t: Tr, source: Source) -> SourceLink {
        let link = ExternalLink::to_source(t, source);
        if link.href.is_empty() {
            SourceLink::Named(link.text)
        } else {
            SourceLink::Linked(link)
        }
    }
}

impl ExternalLink {
    /// An official page as a link of its own, named by its title
    /// (`source-<slug>-…` messages); its address may be empty.
    fn to_source(t: Tr, source: Source) -> ExternalLink {
        ExternalLink {
            href: t.get(&ids::source(source, SourcePart::Url)),
            text: t.get(&ids::source(source, SourcePart::Name)),
            language: t.get(&ids::source(source, SourcePart::Language)),
        }
    }
}

/// An official source: a link, or (where the sources give no address) its name.
pub enum SourceLink {
    Linked(ExternalLink),
    Named(Cow<'static, str>),
}

/// This page in one language.
pub struct LangLink {
    pub code: &'static str,
    pub dir: &'static str,
    /// The language's own name, in its own script.
    pub name: Cow<'static, str>,
    pub href: String,
    /// The language the page is in.
    pub current: bool,
}

/// The words on the language menu's button: "Language" in the page's
/// language, then in a second language for a reader who landed on a page in a
/// language they do not read (English; on an English page, Norwegian). Both
/// are each language's own `language-nav-label`.
pub struct MenuWords {
    pub here: Cow<'static, str>,
    pub also: Cow<'static, str>,
    /// `lang` and `dir` of `also`.
    pub also_code: &'static str,
    pub also_dir: &'static str,
}

impl MenuWords {
    /// The language whose word for "Language" follows the page's own.
    fn second_language(lang: Lang) -> Lang {
        if lang == Lang::En { Lang::Nb } else { Lang::En }
    }

    pub fn new(lang: Lang) -> MenuWords {
        let also = MenuWords::second_language(lang);
        MenuWords {
            here: Tr(lang).get("language-nav-label"),
            also: Tr(also).get("language-nav-label"),
            also_code: also.code(),
            also_dir: also.direction().attr(),
        }
    }
}

/// Which page the layout is for: a page of the guide, or (error pages only)
/// whatever path was requested.
#[derive(Debug, Clone, Copy)]
pub enum Here<'a> {
    Page(Href),
    Requested(&'a str),
}

impl Here<'_> {
    fn to(self, lang: Lang) -> String {
        match self {
            Here::Page(href) => href.to(lang),
            Here::Requested(path) => path_in(path, lang),
        }
    }
}

/// Whether the page shows an error (its title then says so first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    Plain,
    Error,
}

impl Chrome {
    /// `page_title` is the page's own heading; `origin` is `PUBLIC_ORIGIN`,
    /// which the `<head>`'s links are absolute on.
    pub fn new(
        lang: Lang,
        page_title: &str,
        kind: TitleKind,
        here: Here<'_>,
        origin: &PublicOrigin,
    ) -> Chrome {
        let t = Tr(lang);
        let title_id = match kind {
            TitleKind::Plain => "page-title",
            TitleKind::Error => "page-title-error",
        };
        let link = |other: Lang| LangLink {
            code: other.code(),
            dir: other.direction().attr(),
            name: Tr(other).get("language-name"),
            href: here.to(other),
            current: other == lang,
        };
        let official_links = match lang.standing() {
            Standing::Official => Vec::new(),
            Standing::Translation => Lang::OFFICIAL_LINKS.into_iter().map(link).collect(),
        };
        Chrome {
            lang,
            dir: lang.direction().attr(),
            title: t.with(title_id, "page", page_title).into_owned(),
            menu: MenuWords::new(lang),
            lang_links: Lang::ALL.into_iter().map(link).collect(),
            official_links,
            stylesheet: STYLESHEET_URL.as_str(),
            head: Head::new(lang, here, origin),
            home_href: Href::Start.to(lang),
            about_href: Href::About.to(lang),
            accessibility_href: Href::Accessibility.to(lang),
            operator_line: with_operator(t, "footer-operator"),
            contact: contact_link(t, "footer-contact"),
        }
    }
}

/// `GET /{lang}/`
#[derive(Template)]
#[template(path = "start.html")]
pub struct StartPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub start_href: String,
    /// "You answer up to 6 short questions…"
    pub time: Cow<'static, str>,
}

impl StartPage {
    pub fn new(lang: Lang, origin: &PublicOrigin) -> StartPage {
        let t = Tr(lang);
        let questions = u32::try_from(most_questions()).unwrap_or(u32::MAX);
        let numbers = [("questions", questions), ("minutes", MINUTES_TO_ANSWER)];
        StartPage {
            t,
            chrome: Chrome::new(
                lang,
                &t.get("start-title"),
                TitleKind::Plain,
                Here::Page(Href::Start),
                origin,
            ),
            start_href: Href::Question(Question::FIRST).to(lang),
            time: t.count("start-time", &numbers),
        }
    }
}

/// The message `id` with the operator's name as `$operator`. On a right-to-left
/// page the name (usually in Latin letters) is isolated, so that it keeps its
/// own direction inside the sentence.
fn with_operator(t: Tr, id: &str) -> Cow<'static, str> {
    let name = &operator::current().name;
    match t.0.direction() {
        Direction::LeftToRight => t.with(id, "operator", name),
        Direction::RightToLeft => t.with(id, "operator", &format!("\u{2068}{name}\u{2069}")),
    }
}

/// The operator's contact address, with the link text `message` (which names
/// the operator as `$operator`).
fn contact_link(t: Tr, message: &str) -> Link {
    let operator = operator::current();
    Link {
        href: operator.contact.as_str().to_owned(),
        text: with_operator(t, message),
    }
}

/// One radio button of a question.
pub struct RadioOption {
    pub id: String,
    pub value: &'static str,
    pub label: Cow<'static, str>,
    /// The one-line hint under the label, for options that use an official term.
    pub hint: Option<Cow<'static, str>>,
    pub checked: bool,
}

/// How a question page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionState {
    /// Asked, with the saved answer (if any) checked.
    Asking,
    /// Shown again because the form chose nothing or something unknown.
    Refused,
}

impl QuestionState {
    pub const fn status(self) -> StatusCode {
        match self {
            QuestionState::Asking => StatusCode::OK,
            QuestionState::Refused => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

/// `GET /{lang}/{question}`, and the same page again with an error.
#[derive(Template)]
#[template(path = "question.html")]
pub struct QuestionPage {
    pub t: Tr,
    pub chrome: Chrome,
    /// The question id: field name and id stem.
    pub name: &'static str,
    pub heading: Cow<'static, str>,
    pub hint: Cow<'static, str>,
    pub options: Vec<RadioOption>,
    pub error: Option<Cow<'static, str>>,
    /// `#id` of the first radio, where the error summary's link goes.
    pub first_option_id: String,
    pub back_href: String,
    pub action: String,
    pub notice: Notice,
}

impl QuestionPage {
    /// `answers` are the saved answers: the one to `question` is checked
    /// unless the page shows a refused submission.
    pub fn new(
        lang: Lang,
        question: Question,
        answers: &Answers,
        state: QuestionState,
        notice: Notice,
        origin: &PublicOrigin,
    ) -> QuestionPage {
        let t = Tr(lang);
        let name = question.slug();
        let heading = t.get(&ids::question(question, QuestionPart::Title));
        let selected = match state {
            QuestionState::Asking => answers.get(question),
            QuestionState::Refused => None,
        };
        let options: Vec<RadioOption> = question
            .options()
            .into_iter()
            .map(|option| RadioOption {
                id: format!("{name}-{}", option.option_slug()),
                value: option.option_slug(),
                label: t.get(&ids::option(option)),
                hint: ids::option_hint(option).map(|id| t.get(&id)),
                checked: selected == Some(option),
            })
            .collect();
        let back = match Journey::of(answers).previous(question) {
            Some(previous) => Href::Question(previous),
            None => Href::Start,
        };
        let (title_kind, error) = match state {
            QuestionState::Asking => (TitleKind::Plain, None),
            QuestionState::Refused => (
                TitleKind::Error,
                Some(t.get(&ids::question(question, QuestionPart::Error))),
            ),
        };
        let here = Href::Question(question);
        QuestionPage {
            t,
            chrome: Chrome::new(lang, &heading, title_kind, Here::Page(here), origin),
            name,
            hint: t.get(&ids::question(question, QuestionPart::Hint)),
            error,
            first_option_id: options[0].id.clone(),
            options,
            heading,
            back_href: back.to(lang),
            action: here.to(lang),
            notice,
        }
    }
}

/// One part of a result page: a `<section>` with a fixed id and a heading
/// (DESIGN.md, "A result page, all the way to the card"). The outcome's title,
/// "Why" and "Your answers" have shapes of their own in the template; these
/// are the parts between them, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    WhatToDo,
    AtThePolice,
    CardByPost,
    CardNotCome,
    DecisionLetter,
    WhatIsACard,
}

impl Part {
    /// The section's `id`.
    pub const fn id(self) -> &'static str {
        match self {
            Part::WhatToDo => "what-to-do",
            Part::AtThePolice => "at-the-police",
            Part::CardByPost => "card-by-post",
            Part::CardNotCome => "card-not-come",
            Part::DecisionLetter => "decision-letter",
            Part::WhatIsACard => "what-is-a-residence-card",
        }
    }

    /// The Fluent id of the section's heading.
    const fn heading(self) -> &'static str {
        match self {
            Part::WhatToDo => "result-todo-heading",
            Part::AtThePolice => "result-police-heading",
            Part::CardByPost => "result-post-heading",
            Part::CardNotCome => "result-not-come-heading",
            Part::DecisionLetter => "result-letter-heading",
            Part::WhatIsACard => "card-what-is-heading",
        }
    }
}

/// One piece of a result page's section, laid out by `templates/result.html`.
pub enum Block {
    Para(Cow<'static, str>),
    /// The one thing to do (or not to do), in bold.
    Strong(Cow<'static, str>),
    /// A sub-heading (`<h3>`) inside the section.
    Subheading(Cow<'static, str>),
    /// Numbered steps.
    Steps(Vec<Item>),
    /// A bulleted list after a lead-in sentence (empty: no lead-in).
    Bullets(Cow<'static, str>, Vec<Item>),
    /// A paragraph that is one link to another website.
    Link(ExternalLink),
    /// "Source:" or "Sources:" and the official pages the section comes from.
    Sources(Vec<SourceLink>),
}

/// One step or bullet: words, or a link to another website.
pub enum Item {
    Text(Cow<'static, str>),
    Link(ExternalLink),
}

/// A part of a result page with what it says.
pub struct Section {
    pub id: &'static str,
    pub heading: Cow<'static, str>,
    pub blocks: Vec<Block>,
}

/// Who the applicant meets at the police, for "At the police".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Visit {
    /// The applicant books the appointment.
    Booked,
    /// The police call the applicant in.
    CalledIn,
    /// Collective protection, first permit: only if told to.
    IfTold,
    /// A child who has turned 6 gives fingerprints.
    Child,
}

/// How the result page's parts are chosen for an outcome: which of them
/// apply, and what each says. The words are Fluent messages; this only picks
/// them, so that the template lays out every outcome the same way.
struct Parts {
    t: Tr,
    outcome: Outcome,
}

impl Parts {
    fn all(self) -> Vec<Section> {
        let Parts { t, outcome } = self;
        let visit = match outcome {
            Outcome::BookInApplicationPortal(_) | Outcome::BookByPhone(_) => Some(Visit::Booked),
            Outcome::PoliceWillContactYou(_) => Some(Visit::CalledIn),
            Outcome::WaitForLetter(LetterReason::CollectiveProtectionFirstPermit) => {
                Some(Visit::IfTold)
            }
            Outcome::WaitForLetter(LetterReason::ChildTurnedSix) => Some(Visit::Child),
            Outcome::CardByMail(_) | Outcome::SeeDecisionLetter => None,
        };
        let card_comes = !matches!(outcome, Outcome::SeeDecisionLetter);
        let mut parts = vec![(Part::WhatToDo, self.what_to_do())];
        if let Some(visit) = visit {
            parts.push((Part::AtThePolice, self.at_the_police(visit)));
        }
        if card_comes {
            parts.push((Part::CardByPost, self.card_by_post()));
            parts.push((Part::CardNotCome, self.card_not_come()));
        }
        parts.push((Part::DecisionLetter, self.decision_letter()));
        parts.push((Part::WhatIsACard, self.what_is_a_card()));
        parts
            .into_iter()
            .map(|(part, blocks)| Section {
                id: part.id(),
                heading: t.get(part.heading()),
                blocks,
            })
            .collect()
    }

    fn text(&self, id: &str) -> Item {
        Item::Text(self.t.get(id))
    }

    fn para(&self, id: &str) -> Block {
        Block::Para(self.t.get(id))
    }

    fn sources(&self, sources: &[Source]) -> Block {
        Block::Sources(
            sources
                .iter()
                .map(|&source| ExternalLink::source(self.t, source))
                .collect(),
        )
    }

    fn what_to_do(&self) -> Vec<Block> {
        let t = self.t;
        match self.outcome {
            Outcome::PoliceWillContactYou(_) => vec![
                Block::Strong(t.get("todo-contact-do-not-book")),
                self.para("todo-contact-wait"),
                self.para("todo-contact-go"),
            ],
            Outcome::WaitForLetter(LetterReason::CollectiveProtectionFirstPermit) => vec![
                Block::Strong(t.get("todo-letter-do-not-book")),
                self.para("todo-letter-told"),
                self.para("todo-letter-follow"),
                self.para("todo-letter-id-number"),
            ],
            Outcome::WaitForLetter(LetterReason::ChildTurnedSix) => vec![
                self.para("todo-child-letter"),
                Block::Strong(t.get("todo-child-follow")),
            ],
            Outcome::CardByMail(reason) => {
                let mut blocks = vec![Block::Strong(t.get("todo-mail-do-not-book"))];
                if reason == MailReason::CollectiveProtectionExtended {
                    blocks.push(self.para("todo-mail-extended"));
                }
                blocks
            }
            Outcome::BookInApplicationPortal(reason) => {
                let login =
                    ExternalLink::named(t, "application-portal", t.get("todo-portal-step-login"));
                let mut blocks = vec![
                    self.para("todo-portal-why"),
                    Block::Steps(vec![
                        Item::Link(login),
                        self.text("todo-portal-step-find"),
                        self.text("todo-portal-step-book"),
                        self.text("todo-portal-step-email"),
                    ]),
                    Block::Subheading(t.get("todo-portal-no-button-heading")),
                    self.para("todo-portal-no-button"),
                    self.para("todo-portal-lost-access"),
                    Block::Strong(t.get("todo-not-udi")),
                ];
                blocks.push(self.sources(&[Source::UdiBooking]));
                blocks.extend(self.arriving(reason));
                blocks
            }
            Outcome::BookByPhone(reason) => {
                let find =
                    ExternalLink::named(t, "police-districts", t.get("todo-phone-step-find"));
                let mut blocks = vec![
                    self.para("todo-phone-why"),
                    Block::Steps(vec![Item::Link(find), self.text("todo-phone-step-call")]),
                    Block::Strong(t.get("todo-not-udi")),
                ];
                blocks.push(self.sources(&[Source::UdiBooking]));
                blocks.extend(self.arriving(reason));
                blocks
            }
            Outcome::SeeDecisionLetter => vec![
                self.para("todo-read-letter"),
                self.para("todo-brexit"),
                Block::Bullets(
                    t.get("todo-eea-family"),
                    vec![Item::Link(ExternalLink::to_source(
                        t,
                        Source::UdiEeaFamilyCard,
                    ))],
                ),
                self.para("todo-start-again"),
            ],
        }
    }

    /// When and where someone coming from abroad books (the pages for
    /// applications before 16 April 2021, and UDI's older first-permit page).
    fn arriving(&self, reason: BookingReason) -> Vec<Block> {
        match reason {
            BookingReason::AppliedFromAbroad | BookingReason::AppliedBeforeCutoff => vec![
                Block::Subheading(self.t.get("todo-arriving-heading")),
                self.para("todo-arriving-where"),
                self.para("todo-arriving-when"),
                self.sources(&[Source::UdiArrivingFromAbroad]),
            ],
            BookingReason::ExpiredDocumentNotHandedIn | BookingReason::HandedInByProxy => {
                Vec::new()
            }
        }
    }

    fn at_the_police(&self, visit: Visit) -> Vec<Block> {
        let t = self.t;
        let mut blocks = Vec::new();
        if visit == Visit::Child {
            blocks.push(self.para("police-take-child"));
            blocks.push(self.para("police-child-guardian"));
            blocks.push(self.sources(&[
                Source::UdiCollectiveProtectionExtension,
                Source::UdiFamilyImmigration,
            ]));
            return blocks;
        }
        if visit == Visit::IfTold {
            blocks.push(self.para("police-if-told"));
        }
        blocks.push(self.para("police-take"));
        let mut bring = vec![self.text("police-bring-passport")];
        let expired = matches!(
            self.outcome,
            Outcome::BookInApplicationPortal(BookingReason::ExpiredDocumentNotHandedIn)
                | Outcome::BookByPhone(BookingReason::ExpiredDocumentNotHandedIn)
        );
        if expired {
            bring.push(self.text("police-bring-expired-document"));
        }
        bring.push(self.text("police-bring-old-card"));
        blocks.push(Block::Bullets(t.get("police-bring"), bring));
        blocks.push(self.para("police-bring-not-listed"));
        blocks.push(self.para("police-under-18"));
        blocks.push(self.para("police-moved"));
        if visit == Visit::Booked {
            blocks.push(self.para("police-sua"));
        }
        let mut sources = vec![
            Source::PoliceResidenceCards,
            Source::UdiFamilyImmigration,
            Source::UdiNewCardFee,
        ];
        if visit == Visit::Booked {
            sources.push(Source::PoliceWhereToMeet);
        }
        blocks.push(self.sources(&sources));
        blocks
    }

    fn card_by_post(&self) -> Vec<Block> {
        let t = self.t;
        // Only the pages for booked appointments give a time, counted from the
        // appointment, and never a most (`source/card-journey.md` §2).
        let time = if self.outcome.must_book() {
            t.count(
                "post-time-after-appointment",
                &[
                    ("days", CARD_AT_LEAST_DAYS),
                    ("work_days", WORK_CARD_AT_LEAST_DAYS),
                ],
            )
        } else {
            t.get("post-time-not-given")
        };
        vec![
            self.para("post-by-post"),
            Block::Para(time),
            Block::Bullets(
                Cow::Borrowed(""),
                vec![
                    self.text("post-mailbox"),
                    self.text("post-register-posten"),
                    self.text("post-check-address"),
                    self.text("post-moving"),
                ],
            ),
            Block::Strong(t.get("post-travel")),
            self.sources(&[
                Source::PoliceResidenceCards,
                Source::UdiFamilyImmigration,
                Source::UdiTravelAbroad,
            ]),
        ]
    }

    fn card_not_come(&self) -> Vec<Block> {
        // Those who did not hand in an application at a police district (an
        // asylum seeker, a resettlement refugee, collective protection) ask
        // the police where they live.
        let contact = match self.outcome {
            Outcome::PoliceWillContactYou(_)
            | Outcome::WaitForLetter(_)
            | Outcome::CardByMail(MailReason::CollectiveProtectionExtended) => {
                "not-come-contact-live"
            }
            Outcome::CardByMail(_)
            | Outcome::BookInApplicationPortal(_)
            | Outcome::BookByPhone(_)
            | Outcome::SeeDecisionLetter => "not-come-contact-applied",
        };
        vec![
            self.para("not-come-returned"),
            self.para(contact),
            self.para("not-come-lost"),
            self.para("not-come-damaged"),
            self.sources(&[
                Source::PoliceResidenceCards,
                Source::UdiFamilyImmigration,
                Source::UdiNewCardFee,
            ]),
        ]
    }

    fn decision_letter(&self) -> Vec<Block> {
        vec![
            self.para("letter-says"),
            Block::Strong(self.t.get("letter-follow")),
            self.sources(&[Source::UdiMustIBook]),
        ]
    }

    fn what_is_a_card(&self) -> Vec<Block> {
        vec![
            self.para("card-what-is"),
            self.para("card-not-id"),
            self.sources(&[Source::PoliceResidenceCards]),
        ]
    }
}

/// One row of "Your answers".
pub struct AnswerRow {
    pub question: Cow<'static, str>,
    pub answer: Cow<'static, str>,
    pub change_href: String,
}

/// `GET /{lang}/result`
#[derive(Template)]
#[template(path = "result.html")]
pub struct ResultPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub outcome_id: &'static str,
    /// `data-reason`: the reason's stable id.
    pub reason_id: &'static str,
    pub heading: Cow<'static, str>,
    pub reason: Cow<'static, str>,
    /// The official page of the applicant's group that the reason comes from.
    pub reason_source: SourceLink,
    /// The parts between "Why" and "Your answers", in order.
    pub sections: Vec<Section>,
    pub answers: Vec<AnswerRow>,
    pub back_href: String,
    pub start_again_action: String,
    pub notice: Notice,
    /// "Did this guide help you?", or the thanks for the answer.
    pub feedback: Feedback,
    pub feedback_action: String,
    pub feedback_id: &'static str,
}

impl ResultPage {
    pub fn new(
        lang: Lang,
        outcome: Outcome,
        journey: &Journey,
        notice: Notice,
        feedback: Feedback,
        origin: &PublicOrigin,
    ) -> ResultPage {
        let t = Tr(lang);
        let heading = t.get(&ids::outcome_title(outcome));
        let back = journey
            .answered
            .last()
            .map_or(Href::Start, |a| Href::Question(a.question()));
        ResultPage {
            t,
            chrome: Chrome::new(
                lang,
                &heading,
                TitleKind::Plain,
                Here::Page(Href::Result),
                origin,
            ),
            outcome_id: outcome.id(),
            reason_id: outcome.reason().slug(),
            heading,
            reason: t.get(&ids::reason(outcome.reason())),
            reason_source: ExternalLink::source(t, cited_source(journey.answers(), outcome)),
            sections: Parts { t, outcome }.all(),
            answers: answer_rows(lang, &journey.answered),
            back_href: back.to(lang),
            start_again_action: Href::StartAgain.to(lang),
            notice,
            feedback,
            feedback_action: Href::Feedback.to(lang),
            feedback_id: FEEDBACK_ID,
        }
    }
}

/// "Your answers": each question's short label, the chosen option, a Change link.
fn answer_rows(lang: Lang, answered: &[Answer]) -> Vec<AnswerRow> {
    let t = Tr(lang);
    answered
        .iter()
        .map(|&a| AnswerRow {
            question: t.get(&ids::question(a.question(), QuestionPart::Summary)),
            answer: t.get(&ids::option(a)),
            change_href: Href::Question(a.question()).to(lang),
        })
        .collect()
}

/// `GET /{lang}/accessibility`
#[derive(Template)]
#[template(path = "accessibility.html")]
pub struct AccessibilityPage {
    pub t: Tr,
    pub chrome: Chrome,
    /// "This guide is run by …; tell them …".
    pub feedback: Cow<'static, str>,
    pub contact: Link,
    pub uutilsynet: ExternalLink,
}

impl AccessibilityPage {
    pub fn new(lang: Lang, origin: &PublicOrigin) -> AccessibilityPage {
        let t = Tr(lang);
        let here = Here::Page(Href::Accessibility);
        AccessibilityPage {
            t,
            chrome: Chrome::new(lang, &t.get("a11y-title"), TitleKind::Plain, here, origin),
            feedback: with_operator(t, "a11y-feedback"),
            contact: contact_link(t, "a11y-feedback-contact"),
            uutilsynet: ExternalLink::named(t, "uutilsynet", t.get("a11y-feedback-link")),
        }
    }
}

/// One path of the decision table on the about page.
pub struct PathRow {
    pub answers: Vec<AnswerRow>,
    pub result: Cow<'static, str>,
    pub why: Cow<'static, str>,
}

/// `GET /{lang}/about-this-guide`: who the guide is for, every rule, the sources.
#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub t: Tr,
    pub chrome: Chrome,
    pub rows: Vec<PathRow>,
    /// Who runs the guide, and how to reach them.
    pub operator: Cow<'static, str>,
    pub contact: Link,
    /// What the servers in front of the guide may log.
    pub logged: Cow<'static, str>,
    /// The operator's privacy notice; `Err` with the sentence that says to ask
    /// the operator, when `OPERATOR_PRIVACY_URL` is not set.
    pub privacy: Result<Link, Cow<'static, str>>,
    /// Every official page the rules come from.
    pub sources: Vec<SourceLink>,
    /// When the guide was last checked against its sources (the lock's
    /// oldest review, read when the binary was built), or that it has not
    /// been yet.
    pub freshness: Cow<'static, str>,
}

impl AboutPage {
    pub fn new(lang: Lang, origin: &PublicOrigin) -> AboutPage {
        let t = Tr(lang);
        let rows = every_path()
            .into_iter()
            .map(|p| PathRow {
                answers: answer_rows(lang, &p.answers),
                result: t.get(&ids::outcome_title(p.outcome)),
                why: t.get(&ids::reason(p.outcome.reason())),
            })
            .collect();
        let operator = operator::current();
        let privacy = match &operator.privacy {
            Some(address) => Ok(Link {
                href: address.as_str().to_owned(),
                text: with_operator(t, "about-privacy-notice"),
            }),
            None => Err(with_operator(t, "about-privacy-ask")),
        };
        AboutPage {
            t,
            chrome: Chrome::new(
                lang,
                &t.get("about-title"),
                TitleKind::Plain,
                Here::Page(Href::About),
                origin,
            ),
            rows,
            operator: with_operator(t, "about-operator"),
            contact: contact_link(t, "about-operator-contact"),
            logged: with_operator(t, "about-logged"),
            privacy,
            sources: Source::ALL
                .into_iter()
                .map(|source| ExternalLink::source(t, source))
                .collect(),
            freshness: match embedded_freshness() {
                Freshness::NotYetChecked => t.get("about-sources-not-checked"),
                Freshness::CheckedSince(day) => t.date("about-sources-checked", day),
            },
        }
    }
}

#[cfg(test)]
mod message_ids {
    use crate::i18n::ids::all_ids;
    use crate::i18n::{Lang, Tr};

    /// Every id the code builds from rules types, and every literal id that the
    /// templates and the Rust code pass to `get`/`with`, exists in every locale.
    #[test]
    fn every_message_id_the_code_and_templates_use_exists() {
        let mut ids = all_ids();
        for kind in crate::web::ErrorKind::ALL {
            ids.push(format!("error-{}-title", kind.message_stem()));
            ids.push(format!("error-{}-body", kind.message_stem()));
        }
        ids.extend(["page-title", "page-title-error", "language-name"].map(str::to_owned));
        ids.extend(literal_ids());
        assert!(ids.len() > 100, "the scan found too few ids: {}", ids.len());
        for lang in Lang::ALL {
            let missing: Vec<&String> = ids.iter().filter(|id| !Tr(lang).has(id)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        }
    }

    /// Literal ids passed to `t.get` and `t.with` in templates/ and src/.
    fn literal_ids() -> Vec<String> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files = Vec::new();
        for dir in ["templates", "src", "src/web", "src/i18n", "src/rules"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "html" || e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut ids = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for call in ["t.get(\"", "t.with(\"", "t.count(\"", "t.date(\""] {
                for piece in text.split(call).skip(1) {
                    let id = piece.split('"').next().unwrap_or("");
                    let is_id = !id.is_empty()
                        && id
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                    if is_id && id != "no-such-message" {
                        ids.push(id.to_owned());
                    }
                }
            }
        }
        ids
    }
}
