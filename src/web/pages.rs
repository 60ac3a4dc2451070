//! One askama template struct per page kind, and the layout data they share.
//! Constructors gather what a page shows; templates only lay it out.

use std::borrow::Cow;

use actix_web::http::StatusCode;
use askama::Template;

use super::assets::STYLESHEET_URL;
use super::href::{FEEDBACK_ID, Feedback, Href, Notice, path_in};
use crate::i18n::ids::{self, QuestionPart, SourcePart};
use crate::i18n::{Direction, Lang, Standing, Tr};
use crate::operator;
use crate::rules::{
    Answer, Answers, Journey, LetterReason, Outcome, Question, Source, every_path, most_questions,
};
use crate::sources::lock::{Freshness, embedded_freshness};

/// About how long the guide takes, in minutes (the start page says so).
const MINUTES_TO_ANSWER: u32 = 2;
/// Working days a card by mail can take to arrive (`source/related-facts.md`).
const CARD_DELIVERY_DAYS: u32 = 20;
/// Working days an undelivered card takes to go back to the police (same source).
const RETURNED_CARD_DAYS: u32 = 14;

/// What the layout (`base.html`) needs on every page.
pub struct Chrome {
    pub lang: Lang,
    /// `ltr` or `rtl`: the `dir` of `<html>`.
    pub dir: &'static str,
    /// The whole `<title>`.
    pub title: String,
    /// This page in every language, this one marked as current.
    pub lang_links: Vec<LangLink>,
    /// On a translated page: this page in the official languages. Empty otherwise.
    pub official_links: Vec<LangLink>,
    pub stylesheet: &'static str,
    pub home_href: String,
    pub about_href: String,
    pub accessibility_href: String,
    /// "This guide is run by …" (`OPERATOR_NAME`).
    pub operator_line: Cow<'static, str>,
    /// The operator's contact (`OPERATOR_CONTACT`) and its link text.
    pub contact: Link,
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
        let href = t.get(&ids::source(source, SourcePart::Url));
        let link = ExternalLink {
            text: t.get(&ids::source(source, SourcePart::Name)),
            language: t.get(&ids::source(source, SourcePart::Language)),
            href,
        };
        if link.href.is_empty() {
            SourceLink::Named(link.text)
        } else {
            SourceLink::Linked(link)
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
    /// `page_title` is the page's own heading.
    pub fn new(lang: Lang, page_title: &str, kind: TitleKind, here: Here<'_>) -> Chrome {
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
            lang_links: Lang::ALL.into_iter().map(link).collect(),
            official_links,
            stylesheet: STYLESHEET_URL.as_str(),
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
    pub fn new(lang: Lang) -> StartPage {
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
            chrome: Chrome::new(lang, &heading, title_kind, Here::Page(here)),
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

/// What the result page tells the applicant to do.
pub enum NextSteps {
    WaitForPolice,
    /// Collective protection: a letter says whether (or that) to meet the police.
    WaitForLetter(LetterReason),
    Mail,
    BookInPortal,
    BookByPhone,
    ReadLetter,
}

impl NextSteps {
    fn of(outcome: Outcome) -> NextSteps {
        match outcome {
            Outcome::PoliceWillContactYou => NextSteps::WaitForPolice,
            Outcome::WaitForLetter(reason) => NextSteps::WaitForLetter(reason),
            Outcome::CardByMail(_) => NextSteps::Mail,
            Outcome::BookInApplicationPortal(_) => NextSteps::BookInPortal,
            Outcome::BookByPhone(_) => NextSteps::BookByPhone,
            Outcome::SeeDecisionLetter => NextSteps::ReadLetter,
        }
    }

    /// Whether the page tells how to make sure a card by mail arrives.
    pub fn card_comes_by_mail(&self) -> bool {
        matches!(self, NextSteps::Mail | NextSteps::WaitForLetter(_))
    }

    /// Whether the applicant books an appointment (the police then order the card).
    pub fn must_book(&self) -> bool {
        matches!(self, NextSteps::BookInPortal | NextSteps::BookByPhone)
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
    /// The official page the reason comes from.
    pub reason_source: SourceLink,
    /// The page that says someone under 18 comes with a parent or guardian.
    pub under_18_source: SourceLink,
    pub next: NextSteps,
    pub portal_link: ExternalLink,
    pub police_districts_link: ExternalLink,
    /// "It can take up to about 20 working days…"
    pub delivery_time: Cow<'static, str>,
    /// "…it goes back to the police. This takes about 14 working days…"
    pub returned: Cow<'static, str>,
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
    ) -> ResultPage {
        let t = Tr(lang);
        let heading = t.get(&ids::outcome_title(outcome));
        let back = journey
            .answered
            .last()
            .map_or(Href::Start, |a| Href::Question(a.question()));
        ResultPage {
            t,
            chrome: Chrome::new(lang, &heading, TitleKind::Plain, Here::Page(Href::Result)),
            outcome_id: outcome.id(),
            reason_id: outcome.reason().slug(),
            heading,
            reason: t.get(&ids::reason(outcome.reason())),
            reason_source: ExternalLink::source(t, outcome.reason().source()),
            under_18_source: ExternalLink::source(t, Source::UdiFamilyImmigration),
            next: NextSteps::of(outcome),
            portal_link: ExternalLink::named(
                t,
                "application-portal",
                t.get("book-portal-step-login"),
            ),
            police_districts_link: ExternalLink::named(
                t,
                "police-districts",
                t.get("book-phone-step-find"),
            ),
            delivery_time: t.count("mail-delivery-time", &[("days", CARD_DELIVERY_DAYS)]),
            returned: t.count("mail-returned", &[("days", RETURNED_CARD_DAYS)]),
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
    pub fn new(lang: Lang) -> AccessibilityPage {
        let t = Tr(lang);
        let here = Here::Page(Href::Accessibility);
        AccessibilityPage {
            t,
            chrome: Chrome::new(lang, &t.get("a11y-title"), TitleKind::Plain, here),
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
    pub fn new(lang: Lang) -> AboutPage {
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
