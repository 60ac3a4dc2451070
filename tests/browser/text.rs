//! The guide without CSS or JavaScript: what a text browser (w3m) reads, and a
//! plain HTTP client that can only follow links and send forms.

use std::io::Write;
use std::process::{Command, Stdio};

use residence_card_guide::i18n::{Lang, Tr};
use residence_card_guide::rules::Path;
use scraper::{ElementRef, Html, Selector};

use crate::harness::{Http, Page, Site};
use crate::states::{Kind, State};

/// `w3m -dump` of `html`: the page as a text browser shows it (w3m applies no CSS).
pub fn w3m_dump(w3m: &std::path::Path, html: &str) -> String {
    let mut child = Command::new(w3m)
        .args([
            "-dump",
            "-T",
            "text/html",
            "-I",
            "UTF-8",
            "-O",
            "UTF-8",
            "-cols",
            "400",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start w3m");
    child
        .stdin
        .take()
        .expect("w3m stdin")
        .write_all(html.as_bytes())
        .expect("write to w3m");
    let out = child.wait_with_output().expect("run w3m");
    assert!(
        out.status.success(),
        "w3m failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("w3m writes UTF-8")
}

/// Collapses runs of white space, so wrapped and indented text compares equal.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of(element: ElementRef<'_>) -> String {
    squash(&element.text().collect::<String>())
}

/// The parts a reader must meet, in order, for a page of `kind`, as CSS
/// selectors. A selector that matches nothing on this page (no error, no
/// notice) is skipped; one that matches several gives each, in order.
fn reading_order(kind: Kind) -> Vec<&'static str> {
    let mut order = vec![".skip-link", ".header__service"];
    let question = [
        ".back-link",
        ".error-summary__title",
        ".error-summary__list a",
        ".notice__title",
        ".notice p",
        "h1",
        // The question's hint; each option's hint comes under its label.
        ".fieldset > .hint",
        ".error-message",
        ".radios__label, .radios__hint",
        "#continue-button",
    ];
    match kind {
        Kind::Start => order.extend(["h1", ".lead", "#start-button"]),
        Kind::Question(_)
        | Kind::Answered(_)
        | Kind::Error(_)
        | Kind::AnswersLost
        | Kind::AnswersLostWithError => order.extend(question),
        Kind::Outcome(_) | Kind::OutcomeWithNotice | Kind::OutcomeThanked => order.extend([
            ".back-link",
            ".notice__title",
            "h1",
            // The parts of the page (DESIGN.md), in order: each heading, and
            // the reason under the first.
            "#why-heading",
            "#outcome-reason",
            "#what-to-do-heading",
            "#decision-letter-heading",
            "#what-is-a-residence-card-heading",
            "#your-answers-heading",
            ".summary-list__key",
            "#start-again-button",
            ".feedback__question",
        ]),
        Kind::NotFound | Kind::Accessibility | Kind::About => order.extend(["h1", "main p"]),
    }
    order.push(".footer__links a");
    order
}

/// Checks that the w3m dump of a `kind` page reads its parts in order, that
/// each option shows as a radio button, and that no text is missing.
pub fn check_dump(kind: Kind, html: &str, dump: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let flat = squash(dump);
    let mut problems = Vec::new();
    let mut position = 0;
    let mut read = Vec::new();
    for css in reading_order(kind) {
        let selector = Selector::parse(css).expect("a valid selector");
        for element in document.select(&selector) {
            let text = text_of(element);
            if text.is_empty() {
                problems.push(format!("{css} has no text"));
                continue;
            }
            match flat[position..].find(&text) {
                Some(at) => {
                    position += at + text.len();
                    read.push(text);
                }
                None if flat.contains(&text) => problems.push(format!(
                    "“{text}” ({css}) comes too early: it should come after “{}”",
                    read.last().map_or("", String::as_str)
                )),
                None => problems.push(format!("“{text}” ({css}) is not in the text at all")),
            }
        }
    }
    // Every option is a radio button a text browser shows, on its own line.
    let label = Selector::parse(".radios__label").expect("selector");
    for element in document.select(&label) {
        let text = text_of(element);
        let is_radio = dump
            .lines()
            .map(squash)
            .any(|l| l == format!("( ) {text}") || l == format!("(*) {text}"));
        if !is_radio {
            problems.push(format!(
                "option “{text}” is not on its own line after a radio button"
            ));
        }
    }
    // Without JavaScript the error still comes first: the summary is the first
    // thing in <main>, focusable and focused on load; Back is still there.
    if matches!(kind, Kind::Error(_) | Kind::AnswersLostWithError) {
        let first = Selector::parse("main > *").expect("selector");
        let summary = document.select(&first).next().map(|e| e.value());
        let ok = summary.is_some_and(|e| {
            e.id() == Some("error-summary")
                && e.attr("tabindex") == Some("-1")
                && e.attr("autofocus").is_some()
                && e.attr("role") == Some("alert")
        });
        if !ok {
            problems.push(format!(
                "the first thing in <main> must be the error summary with role=alert, \
                 tabindex=-1 and autofocus, not {summary:?}"
            ));
        }
        let back = Selector::parse(".back-link[href]").expect("selector");
        if document.select(&back).next().is_none() {
            problems.push("the error page has no Back link".to_owned());
        }
    }
    // The saved answer shows as chosen.
    let checked = Selector::parse("input[type=radio][checked]").expect("selector");
    for radio in document.select(&checked) {
        let id = radio.value().attr("id").unwrap_or_default();
        let label = Selector::parse(&format!("label[for='{id}']")).expect("selector");
        if let Some(text) = document.select(&label).next().map(text_of)
            && !dump.lines().map(squash).any(|l| l == format!("(*) {text}"))
        {
            problems.push(format!("the saved answer “{text}” is not shown as chosen"));
        }
    }
    if dump.contains('⟦') {
        problems.push("a message is missing (⟦id⟧ in the text)".to_owned());
    }
    problems
}

/// The page's `<title>` is its `<h1>` and the service name, with the
/// localized "Error:" in front when the page shows an error.
pub fn check_title(state: State, html: &str) -> Option<String> {
    let document = Html::parse_document(html);
    let first = |css: &str| {
        let selector = Selector::parse(css).expect("selector");
        document.select(&selector).next().map(text_of)
    };
    let (title, heading) = (first("title")?, first("h1")?);
    let id = match state.kind {
        Kind::Error(_) | Kind::AnswersLostWithError => "page-title-error",
        Kind::Start
        | Kind::Question(_)
        | Kind::Answered(_)
        | Kind::Outcome(_)
        | Kind::OutcomeWithNotice
        | Kind::OutcomeThanked
        | Kind::AnswersLost
        | Kind::NotFound
        | Kind::Accessibility
        | Kind::About => "page-title",
    };
    let expected = squash(&Tr(state.lang).with(id, "page", &heading));
    (title != expected).then(|| format!("the title is “{title}”, expected “{expected}”"))
}

/// Goes through `path` in `lang` with only links and forms, as a browser without
/// CSS or JavaScript (or a text browser) would: from `/` with the language in
/// `Accept-Language`, the start link, each question's form, to the result;
/// then a Change link (the answer is checked) and the Start again form.
pub async fn walk(site: &Site, lang: Lang, path: &Path) -> Result<(), String> {
    let t = Tr(lang);
    let mut http = Http::new();
    let request = http
        .get(&site.url("/"))
        .header("accept-language", lang.code());
    let mut page = http.send_following(request).await;
    expect_at(&page, &format!("/{}/", lang.code()))?;

    page = follow_link(&mut http, &page, &t.get("start-button")).await?;
    for answer in &path.answers {
        let slug = answer.question().slug();
        expect_at(&page, &format!("/{}/{slug}", lang.code()))?;
        page = send_form(&mut http, &page, Some((slug, answer.option_slug()))).await?;
    }
    expect_at(&page, &format!("/{}/result", lang.code()))?;
    let document = Html::parse_document(&page.body);
    let outcome = Selector::parse("#outcome").expect("selector");
    let shown = document
        .select(&outcome)
        .next()
        .and_then(|e| e.value().attr("data-outcome"))
        .ok_or("the result page has no #outcome[data-outcome]")?;
    if shown != path.outcome.id() {
        return Err(format!(
            "the result is {shown}, expected {}",
            path.outcome.id()
        ));
    }

    // Change the first answer: its question comes back with the answer checked.
    let result = page;
    let change = follow_link(&mut http, &result, &t.get("result-change")).await?;
    let first = path.answers[0];
    let checked = Selector::parse(&format!(
        "input[type=radio][name='{}'][value='{}'][checked]",
        first.question().slug(),
        first.option_slug()
    ))
    .expect("selector");
    if Html::parse_document(&change.body)
        .select(&checked)
        .next()
        .is_none()
    {
        return Err(format!("after Change, the answer {first:?} is not checked"));
    }

    // Start again forgets the answers.
    let start = send_form(&mut http, &result, None).await?;
    expect_at(&start, &format!("/{}/", lang.code()))?;
    let again = http
        .send_following(http.get(&site.url(&format!("/{}/result", lang.code()))))
        .await;
    expect_at(
        &again,
        &format!("/{}/{}", lang.code(), first.question().slug()),
    )
}

fn expect_at(page: &Page, path: &str) -> Result<(), String> {
    let url = reqwest::Url::parse(&page.url).map_err(|e| e.to_string())?;
    if url.path() == path && page.status == 200 {
        Ok(())
    } else {
        Err(format!(
            "expected {path} (200), got {} ({})",
            page.url, page.status
        ))
    }
}

/// Follows the first link in `<main>` whose text begins with `text`.
async fn follow_link(http: &mut Http, page: &Page, text: &str) -> Result<Page, String> {
    let document = Html::parse_document(&page.body);
    let links = Selector::parse("main a[href]").expect("selector");
    let href = document
        .select(&links)
        .find(|a| text_of(*a).starts_with(&squash(text)))
        .and_then(|a| a.value().attr("href"))
        .ok_or_else(|| format!("no link “{text}” on {}", page.url))?;
    let url = join(&page.url, href)?;
    Ok(http.send_following(http.get(&url)).await)
}

/// Sends the form in `<main>` that has `choice`'s radio button with that radio
/// checked (or, with no choice, the form of the Start again button), as a
/// browser would.
async fn send_form(
    http: &mut Http,
    page: &Page,
    choice: Option<(&str, &str)>,
) -> Result<Page, String> {
    let document = Html::parse_document(&page.body);
    let forms = Selector::parse("main form").expect("selector");
    let form = match choice {
        Some((name, value)) => {
            let radio = Selector::parse(&format!(
                "input[type=radio][name='{name}'][value='{value}']"
            ))
            .expect("selector");
            let form = document
                .select(&forms)
                .find(|f| f.select(&radio).next().is_some())
                .ok_or_else(|| format!("no form with the option {name}={value} on {}", page.url))?;
            // The option has a label a person can read.
            let id = form
                .select(&radio)
                .next()
                .and_then(|r| r.value().attr("id"))
                .ok_or("the radio button has no id")?;
            let label = Selector::parse(&format!("label[for='{id}']")).expect("selector");
            if form
                .select(&label)
                .next()
                .map(text_of)
                .unwrap_or_default()
                .is_empty()
            {
                return Err(format!("the option {id} has no label"));
            }
            form
        }
        None => {
            let button = Selector::parse("#start-again-button").expect("selector");
            document
                .select(&forms)
                .find(|f| f.select(&button).next().is_some())
                .ok_or_else(|| format!("no Start again form on {}", page.url))?
        }
    };
    let method = form.value().attr("method").unwrap_or("get");
    if !method.eq_ignore_ascii_case("post") {
        return Err(format!("the form on {} is not sent with POST", page.url));
    }
    let action = join(&page.url, form.value().attr("action").unwrap_or(""))?;
    let mut fields: Vec<(String, String)> = Vec::new();
    let hidden = Selector::parse("input[type=hidden][name]").expect("selector");
    for input in form.select(&hidden) {
        let v = input.value();
        fields.push((
            v.attr("name").unwrap_or_default().into(),
            v.attr("value").unwrap_or_default().into(),
        ));
    }
    if let Some((name, value)) = choice {
        fields.push((name.to_owned(), value.to_owned()));
    }
    let request = http.post(&action).form(&fields);
    Ok(http.send_following(request).await)
}

fn join(base: &str, href: &str) -> Result<String, String> {
    reqwest::Url::parse(base)
        .and_then(|b| b.join(href))
        .map(String::from)
        .map_err(|e| format!("bad link {href}: {e}"))
}
