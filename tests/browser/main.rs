//! The browser suite: the guide proven accessible in a real headless Chromium
//! (through chromedriver), with axe-core, the Nu HTML checker and a text browser,
//! in every language of `Lang::ALL`, right-to-left Arabic mirrored.
//!
//! Run it with `scripts/test` (it installs Chromium, chromedriver, w3m, Java, the
//! Noto fonts and the npm packages in `tools/` first), or by hand:
//!
//! ```text
//! cargo test --test browser -- --ignored --test-threads=1
//! ```
//!
//! The tests that need Chromium, w3m or the npm tools are `#[ignore]`d, so plain
//! `cargo test` stays quick; asked for, they fail (never skip) when a tool is
//! missing, saying how to install it. Each test starts the app in this process
//! on a loopback port and, if it needs one, its own Chromium session.
//!
//! Output for people: `target/screenshots/` (PNGs of the pages, wide and
//! narrow, in every language), `target/direction/` (what the right-to-left
//! check measured), `target/vnu/` (every page and state as the server sent
//! it), `target/w3m/` (what a text browser shows), `target/browser-logs/`,
//! `target/lighthouse/` (Lighthouse's reports).

mod axe;
#[path = "../common/mod.rs"]
mod common;
mod direction;
mod harness;
mod languages;
mod layout;
mod lighthouse;
mod menu;
mod states;
mod text;
mod vnu;
mod walk;

use std::time::Instant;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use residence_card_guide::i18n::{Direction, Lang};
use residence_card_guide::rules::{Answer, Outcome, Path, Question, every_path};
use serde_json::Value;

use harness::{Failures, Http, Site, fresh_dir, require_program, with_browser, write};
use states::{Kind, State, all_states};
use walk::{focused, has_class, press, tab_to, wait_for_path};

/// A path written out: `application-date=before-cutoff → application-portal=yes`.
fn describe(lang: Lang, path: &Path) -> String {
    let answers: Vec<String> = path
        .answers
        .iter()
        .map(|a| format!("{}={}", a.question().slug(), a.option_slug()))
        .collect();
    format!("[{}] {}", lang.code(), answers.join(" → "))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn every_path_in_every_language_by_clicking_labels_and_buttons() {
    with_browser(1280, 900, |client, site| async move {
        let started = Instant::now();
        let mut failures = Failures::default();
        let paths = every_path();
        for lang in Lang::ALL {
            for path in &paths {
                match walk::by_mouse(&client, &site, lang, path).await {
                    Ok(shown) => failures.check(shown == path.outcome.id(), || {
                        format!(
                            "{}: shows {shown}, expected {}",
                            describe(lang, path),
                            path.outcome.id()
                        )
                    }),
                    Err(e) => failures.push(format!("{}: {e}", describe(lang, path))),
                }
            }
        }
        eprintln!(
            "walked {} paths x {} languages by mouse in {:.1?}",
            paths.len(),
            Lang::ALL.len(),
            started.elapsed()
        );
        failures.assert_none("walking every path by mouse");
    })
    .await;
}

/// The language of the keyboard-only path. One path by keyboard is enough:
/// the controls and their order are the same in every language (focus in
/// every language is checked by `focus_is_visible_on_every_interactive_element`).
const KEYBOARD_LANG: Lang = Lang::En;

/// Tab, Space, Enter and the arrow keys only: no clicks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn one_path_with_the_keyboard_only() {
    with_browser(1280, 900, |client, site| async move {
        // The longest path: every question but one, options chosen by arrow keys.
        let path = every_path()
            .into_iter()
            .find(|p| {
                p.outcome
                    == Outcome::BookInApplicationPortal(
                        residence_card_guide::rules::BookingReason::ExpiredDocumentNotHandedIn,
                    )
                    && p.answers.len() == 6
            })
            .expect("a path through every question");
        let is = |id: &'static str| move |f: &Value| f["id"] == id;
        let l = KEYBOARD_LANG.code();
        client
            .goto(&site.url(&format!("/{l}/")))
            .await
            .expect("open the start page");
        tab_to(&client, "the Start now button", is("start-button"))
            .await
            .unwrap();
        press(&client, Key::Enter).await;
        wait_for_path(&client, &format!("/{l}/{}", Question::FIRST.slug()))
            .await
            .unwrap();

        // Continue with nothing chosen: the error summary is focused on load.
        tab_to(&client, "Continue", is("continue-button"))
            .await
            .unwrap();
        press(&client, Key::Enter).await;
        client
            .wait()
            .for_element(Locator::Id("error-summary"))
            .await
            .expect("an error summary after Continue with nothing chosen");
        let now = focused(&client).await;
        assert_eq!(
            now["id"], "error-summary",
            "the error summary must have focus on load, not {now}"
        );
        // Its link goes to the first option.
        press(&client, Key::Tab).await;
        let link = focused(&client).await;
        assert_eq!(
            link["tag"], "a",
            "Tab from the error summary reaches its link, not {link}"
        );
        press(&client, Key::Enter).await;
        let target = focused(&client).await;
        assert_eq!(
            (target["type"].as_str(), target["name"].as_str()),
            (Some("radio"), Some("application-date")),
            "the error link moves focus to the first option, not {target}"
        );

        for (step, answer) in path.answers.iter().enumerate() {
            let question = answer.question();
            wait_for_path(&client, &format!("/{l}/{}", question.slug()))
                .await
                .unwrap();
            if step > 0 {
                let name = question.slug();
                tab_to(&client, "the first option", move |f| {
                    f["name"] == name && f["type"] == "radio"
                })
                .await
                .unwrap();
            }
            choose_with_keys(&client, *answer).await;
            let now = focused(&client).await;
            assert!(
                now["value"] == answer.option_slug() && now["checked"] == true,
                "the keys did not choose {answer:?}: {now}"
            );
            tab_to(&client, "Continue", is("continue-button"))
                .await
                .unwrap();
            // Enter on some pages and Space on others: both press a button.
            press(
                &client,
                if step % 2 == 0 {
                    Key::Enter
                } else {
                    Key::Space
                },
            )
            .await;
        }
        wait_for_path(&client, &format!("/{l}/result"))
            .await
            .unwrap();
        let shown = walk::shown_outcome(&client).await.unwrap();
        assert_eq!(shown, path.outcome.id());

        tab_to(&client, "Start again", is("start-again-button"))
            .await
            .unwrap();
        press(&client, Key::Enter).await;
        wait_for_path(&client, &format!("/{l}/")).await.unwrap();
        eprintln!(
            "{}: done with the keyboard only",
            describe(KEYBOARD_LANG, &path)
        );
    })
    .await;
}

/// With focus on the radio group: Space checks the first option; the arrow keys
/// move to (and check) the others.
async fn choose_with_keys(client: &Client, answer: Answer) {
    let index = answer
        .question()
        .option_slugs()
        .iter()
        .position(|o| *o == answer.option_slug())
        .expect("a listed option");
    let now = focused(client).await;
    let at = answer
        .question()
        .option_slugs()
        .iter()
        .position(|o| now["value"] == *o)
        .expect("focus on an option");
    if index == at {
        press(client, Key::Space).await;
    }
    for _ in at..index {
        press(client, Key::Down).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn axe_finds_no_wcag_violation_on_any_page_in_any_state() {
    let axe_source = axe::source();
    with_browser(1280, 900, |client, site| async move {
        let started = Instant::now();
        let mut failures = Failures::default();
        let mut incomplete = std::collections::BTreeMap::<String, usize>::new();
        let mut undecided = std::collections::BTreeSet::<String>::new();
        let (mut pages, mut violations, mut passes) = (0, 0, 0);
        let mut run_all = async |states: Vec<State>, width: u32| {
            layout::set_viewport(&client, width, 900).await;
            for state in states {
                state.load(&client, &site).await;
                let report = axe::run(&client, &axe_source).await;
                pages += 1;
                passes += report.passes;
                violations += report.violations.len();
                for (id, n) in report.incomplete {
                    *incomplete.entry(id).or_default() += n;
                }
                undecided.extend(report.undecided);
                let url = client.current_url().await.expect("URL");
                for v in report.violations {
                    failures.push(format!("{state} at {width} px ({url}):\n{v}"));
                }
            }
        };
        // Wide, and narrow as on a phone: every state in every language.
        run_all(all_states(), 1280).await;
        run_all(all_states(), 320).await;
        eprintln!(
            "axe-core ({}) on {pages} pages: {violations} violations, {passes} rule passes, \
             needs review: {incomplete:?}, in {:.1?}",
            axe::TAGS.join(", "),
            started.elapsed()
        );
        // What axe left for a person to judge, once each.
        for item in &undecided {
            eprintln!("  needs review: {item}");
        }
        failures.assert_none("axe-core found WCAG violations");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn every_page_in_every_state_is_valid_html_and_the_css_is_valid() {
    let site = Site::start();
    let dir = fresh_dir("vnu");
    let mut files = 0;
    for state in all_states() {
        let page = state.fetch(&site).await;
        write(&dir.join(format!("{state}.html")), &page.body);
        files += 1;
    }
    // The other error pages, which only a client other than a browser meets.
    for lang in Lang::ALL {
        let l = lang.code();
        let mut http = Http::new();
        let errors = [
            (
                "method",
                http.request(reqwest::Method::DELETE, &site.url(&format!("/{l}/"))),
                405,
            ),
            (
                "cross-site",
                http.post(&site.url(&format!("/{l}/application-date")))
                    .header("origin", "https://example.com")
                    .form(&[("application-date", "before-cutoff")]),
                403,
            ),
            (
                "too-large",
                http.post(&site.url(&format!("/{l}/application-date")))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!("application-date={}", "x".repeat(64 * 1024))),
                413,
            ),
        ];
        for (name, request, status) in errors {
            let page = http.send(request).await;
            assert_eq!(page.status, status, "{l} {name}");
            write(&dir.join(format!("{l}-error-{name}.html")), &page.body);
            files += 1;
        }
    }
    let mut http = Http::new();
    let css = http.send(http.get(&site.url("/static/style.css"))).await;
    write(&dir.join("style.css"), &css.body);

    let started = Instant::now();
    let messages = vnu::check(&dir);
    eprintln!(
        "vnu checked {files} HTML files and style.css in {:.1?}: {} messages",
        started.elapsed(),
        messages.len()
    );
    assert!(
        messages.is_empty(),
        "the Nu HTML checker found {} problem(s) (files in {}):\n{}",
        messages.len(),
        dir.display(),
        messages.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn pages_reflow_at_320_px_at_200_percent_zoom_and_with_text_spacing() {
    with_browser(1280, 900, |client, site| async move {
        let started = Instant::now();
        let mut failures = Failures::default();
        let mut pages = 0;
        // 320 px: WCAG 1.4.10. 640 px: a 1280 px window at 200 % zoom, which is
        // what browser zoom does to the layout viewport (CSS px = window / zoom).
        for (width, height, what) in [(320, 900, "320 px"), (640, 450, "200 % zoom of 1280x900")] {
            layout::set_viewport(&client, width, height).await;
            for state in all_states() {
                state.load(&client, &site).await;
                pages += 1;
                for problem in layout::reflow_problems(&client).await {
                    failures.push(format!("{state} at {what}: {problem}"));
                }
            }
        }
        // WCAG 1.4.12: a reader's own text spacing on a narrow screen, in every
        // language (Norwegian has the longest words).
        layout::set_viewport(&client, 320, 900).await;
        for lang in Lang::ALL {
            for kind in Kind::one_of_each() {
                let state = State { lang, kind };
                state.load(&client, &site).await;
                layout::apply_text_spacing(&client).await;
                pages += 1;
                for problem in layout::reflow_problems(&client).await {
                    failures.push(format!("{state} at 320 px with text spacing: {problem}"));
                }
            }
        }
        eprintln!(
            "reflow checked on {pages} page loads in {:.1?}",
            started.elapsed()
        );
        failures.assert_none("reflow");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn focus_is_visible_on_every_interactive_element() {
    with_browser(1280, 900, |client, site| async move {
        let started = Instant::now();
        let mut failures = Failures::default();
        let mut elements = 0;
        let mut pages = 0;
        for width in [1280, 320] {
            layout::set_viewport(&client, width, 900).await;
            for lang in Lang::ALL {
                for kind in Kind::one_of_each() {
                    let state = State { lang, kind };
                    state.load(&client, &site).await;
                    pages += 1;
                    let (problems, seen) = layout::focus_problems(&client).await;
                    elements += seen;
                    for problem in problems {
                        failures.push(format!("{state} at {width} px: {problem}"));
                    }
                }
            }
        }
        eprintln!(
            "focus checked on {elements} focused elements on {pages} page loads in {:.1?}",
            started.elapsed()
        );
        failures.assert_none("focus visibility");
    })
    .await;
}

/// The language menu by keyboard, in every language, on a phone (320x568) and
/// wide (1280 px), on the start page and on a question (where it shares its
/// line with Back): closed when the page loads, its languages hidden; Tab
/// reaches its summary; Enter opens it; Tab then reaches every other language
/// in the order of `Lang::ALL`, each a link to this page in that language
/// with `lang` and `hreflang`, the current one a `<span aria-current="true">`;
/// Space on the summary closes it. Open, axe finds no violation and nothing
/// reaches past the viewport.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn the_language_menu_opens_with_the_keyboard_and_reaches_every_language() {
    harness::require_fonts();
    let axe_source = axe::source();
    with_browser(1280, 900, |client, site| async move {
        let started = Instant::now();
        let mut failures = Failures::default();
        let mut pages = 0;
        for (width, height) in [(320, 568), (1280, 900)] {
            layout::set_viewport(&client, width, height).await;
            for lang in Lang::ALL {
                for kind in [Kind::Start, Kind::Question(Question::FIRST)] {
                    let state = State { lang, kind };
                    let here = format!("{state} at {width} px");
                    state.load(&client, &site).await;
                    pages += 1;
                    let closed = menu::state(&client).await;
                    failures.check(closed["exists"] == true, || {
                        format!("{here}: no details.language-menu")
                    });
                    failures.check(closed["open"] == false && closed["shown"] == 0, || {
                        format!("{here}: the menu must be closed on load, its links hidden: {closed}")
                    });
                    let expected_current = serde_json::json!([["span", "true", lang.code()]]);
                    failures.check(closed["current"] == expected_current, || {
                        format!(
                            "{here}: the current language must be one <span aria-current=\"true\" \
                             lang=\"{}\">, found {}",
                            lang.code(),
                            closed["current"]
                        )
                    });
                    if let Err(e) =
                        tab_to(&client, "the language menu", |f| f["tag"] == "summary").await
                    {
                        failures.push(format!("{here}: {e}"));
                        continue;
                    }
                    press(&client, Key::Enter).await;
                    let open = menu::state(&client).await;
                    let others = Lang::ALL.len() - 1;
                    failures.check(open["open"] == true && open["shown"] == others, || {
                        format!("{here}: Enter on the summary must open the menu and show {others} links: {open}")
                    });
                    // Every other language, in order, by Tab.
                    let path = client.current_url().await.expect("URL").path().to_owned();
                    for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
                        press(&client, Key::Tab).await;
                        let now = menu::state(&client).await;
                        let want = format!("/{}{}", other.code(), &path[1 + lang.code().len()..]);
                        let code = other.code();
                        failures.check(
                            now["inMenu"] == true
                                && now["tag"] == "a"
                                && now["lang"] == code
                                && now["hreflang"] == code
                                && now["href"].as_str().is_some_and(|h| h.split('?').next() == Some(&want)),
                            || format!("{here}: Tab should reach the link to {want} (lang and hreflang {code}), found {now}"),
                        );
                    }
                    // Open: still accessible, still within the screen.
                    let report = axe::run(&client, &axe_source).await;
                    for v in report.violations {
                        failures.push(format!("{here}, menu open: {v}"));
                    }
                    for problem in layout::reflow_problems(&client).await {
                        failures.push(format!("{here}, menu open: {problem}"));
                    }
                    // Back to the summary; Space closes the menu.
                    for _ in 0..others {
                        menu::shift_tab(&client).await;
                    }
                    let back = menu::state(&client).await;
                    failures.check(back["tag"] == "summary", || {
                        format!("{here}: Shift+Tab from the first language should reach the summary, found {back}")
                    });
                    press(&client, Key::Space).await;
                    let shut = menu::state(&client).await;
                    failures.check(shut["open"] == false && shut["shown"] == 0, || {
                        format!("{here}: Space on the summary must close the menu: {shut}")
                    });
                }
            }
        }
        eprintln!(
            "language menu: opened, walked and closed by keyboard on {pages} page loads in {:.1?}",
            started.elapsed()
        );
        failures.assert_none("the language menu by keyboard");
    })
    .await;
}

/// The furthest from the top a page's `<h1>` may start on a phone (issue #23):
/// the header, the language menu and a translation's notice must leave the
/// question (or the result, or the page's title) on the first screen.
const PHONE_HEADING_TOP: f64 = 220.0;

/// At 320x568 CSS px, on the start page, every question (empty and answered),
/// every result and the about, accessibility and not-found pages, in every
/// language, the `<h1>` starts at most [`PHONE_HEADING_TOP`] px from the top.
/// The states that put something the reader must see first above the heading
/// by design (an error summary, the answers-lost notice) are not measured.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn the_heading_starts_on_the_first_screen_of_a_phone() {
    harness::require_fonts();
    with_browser(1280, 900, |client, site| async move {
        let started = Instant::now();
        let mut failures = Failures::default();
        layout::set_viewport(&client, 320, 568).await;
        let mut kinds = vec![Kind::Start];
        kinds.extend(Question::ALL.map(Kind::Question));
        kinds.extend(Question::ALL.map(Kind::Answered));
        kinds.extend(Outcome::ALL.map(Kind::Outcome));
        kinds.extend([
            Kind::OutcomeThanked,
            Kind::NotFound,
            Kind::Accessibility,
            Kind::About,
        ]);
        let group = |kind: Kind| match kind {
            Kind::Start => "start",
            Kind::Question(_) | Kind::Answered(_) => "question",
            Kind::Outcome(_) | Kind::OutcomeThanked | Kind::OutcomeWithNotice => "result",
            Kind::Error(_)
            | Kind::AnswersLost
            | Kind::AnswersLostWithError
            | Kind::NotFound
            | Kind::Accessibility
            | Kind::About => "other",
        };
        let mut pages = 0;
        for lang in Lang::ALL {
            // The worst page of each group, and the worst of all.
            let mut worst = std::collections::BTreeMap::<&str, (f64, String)>::new();
            for &kind in &kinds {
                let state = State { lang, kind };
                state.load(&client, &site).await;
                pages += 1;
                let (top, headings) = layout::heading_top(&client).await;
                failures.check(headings == 1, || {
                    format!("{state}: <main> has {headings} <h1>, expected 1")
                });
                failures.check((0.0..=PHONE_HEADING_TOP).contains(&top), || {
                    format!(
                        "{state} at 320x568: the <h1> starts {top:.0} px from the top, \
                         more than {PHONE_HEADING_TOP} px"
                    )
                });
                for key in [group(kind), "all"] {
                    let entry = worst.entry(key).or_insert((f64::MIN, String::new()));
                    if top > entry.0 {
                        *entry = (top, kind.name());
                    }
                }
            }
            let line: Vec<String> = ["start", "question", "result", "other"]
                .iter()
                .filter_map(|g| worst.get(g).map(|(top, _)| format!("{g} {top:.0}")))
                .collect();
            let (top, name) = &worst["all"];
            eprintln!(
                "[{}] h1 top at 320x568, worst: {top:.0} px ({name}); {}",
                lang.code(),
                line.join(", ")
            );
        }
        eprintln!(
            "h1 position measured on {pages} page loads in {:.1?}",
            started.elapsed()
        );
        failures.assert_none("the <h1> on the first screen of a phone");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn every_radio_label_checks_its_radio_when_clicked() {
    with_browser(1280, 900, |client, site| async move {
        let mut failures = Failures::default();
        let mut clicked = 0;
        for lang in Lang::ALL {
            for question in Question::ALL {
                State {
                    lang,
                    kind: Kind::Question(question),
                }
                .load(&client, &site)
                .await;
                for option in question.option_slugs() {
                    let id = format!("{}-{option}", question.slug());
                    let label = client
                        .find(Locator::Css(&format!("label[for='{id}']")))
                        .await
                        .expect("a label for each radio");
                    let (_, _, width, height) = label.rectangle().await.expect("label size");
                    failures.check(height >= 24.0 && width >= 24.0, || {
                        format!(
                            "[{}] label of #{id} is only {width}x{height} px",
                            lang.code()
                        )
                    });
                    label.click().await.expect("click the label");
                    clicked += 1;
                    let radio = client.find(Locator::Id(&id)).await.expect("the radio");
                    failures.check(radio.is_selected().await.unwrap_or(false), || {
                        format!(
                            "[{}] clicking the label of #{id} does not check it",
                            lang.code()
                        )
                    });
                }
            }
        }
        eprintln!("clicked {clicked} labels");
        failures.assert_none("radio labels");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn a_text_browser_reads_every_page_in_a_sensible_order() {
    let w3m = require_program("w3m", "Debian package w3m");
    let site = Site::start();
    let dir = fresh_dir("w3m");
    let mut failures = Failures::default();
    let mut pages = 0;
    // Left-to-right languages only: w3m does no bidirectional layout (no
    // bidi): it sets right-to-left text as if it ran left to right, so its
    // dump of an Arabic page says nothing about what a reader meets there.
    let left_to_right = all_states()
        .into_iter()
        .filter(|s| s.lang.direction() == Direction::LeftToRight);
    for state in left_to_right {
        let page = state.fetch(&site).await;
        let dump = text::w3m_dump(&w3m, &page.body);
        write(&dir.join(format!("{state}.txt")), &dump);
        pages += 1;
        for problem in text::check_dump(state.kind, &page.body, &dump) {
            failures.push(format!("{state}: {problem}"));
        }
        if let Some(problem) = text::check_title(state, &page.body) {
            failures.push(format!("{state}: {problem}"));
        }
    }
    eprintln!(
        "w3m read {pages} pages in the left-to-right languages (dumps in {})",
        dir.display()
    );
    failures.assert_none("reading order in a text browser");
}

/// Needs no browser: runs with plain `cargo test`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_http_client_completes_every_path_by_following_links_and_forms() {
    let site = Site::start();
    let mut failures = Failures::default();
    for lang in Lang::ALL {
        for path in every_path() {
            if let Err(e) = text::walk(&site, lang, &path).await {
                failures.push(format!("{}: {e}", describe(lang, &path)));
            }
        }
    }
    failures.assert_none("plain HTTP walk");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn screenshots_of_each_page_kind() {
    harness::require_fonts();
    with_browser(1280, 900, |client, site| async move {
        let dir = fresh_dir("screenshots");
        let mut saved = 0;
        // Every page kind in the default language, and a few pages in every
        // other language: its script (are the glyphs there?) and direction.
        for lang in Lang::ALL {
            let kinds = if lang == Lang::DEFAULT {
                Kind::one_of_each()
            } else {
                Kind::a_few()
            };
            for (width, prefix) in [(1280, "wide"), (320, "narrow")] {
                for &kind in &kinds {
                    layout::set_viewport(&client, width, 900).await;
                    State { lang, kind }.load(&client, &site).await;
                    let stem = format!("{}-{prefix}-{}", lang.code(), kind.name());
                    saved += screenshot_whole_page(&client, width, &dir, &stem).await;
                }
            }
        }
        // The language menu open, on a question page (where it shares its
        // line with Back), wide and narrow, in every language.
        for lang in Lang::ALL {
            for (width, prefix) in [(1280, "wide"), (320, "narrow")] {
                layout::set_viewport(&client, width, 568).await;
                State {
                    lang,
                    kind: Kind::Question(Question::FIRST),
                }
                .load(&client, &site)
                .await;
                client
                    .find(Locator::Css("#language-menu > summary"))
                    .await
                    .expect("the language menu")
                    .click()
                    .await
                    .expect("open the language menu");
                let png = client.screenshot().await.expect("a screenshot");
                write(
                    &dir.join(format!("{}-{prefix}-menu-open.png", lang.code())),
                    png,
                );
                saved += 1;
            }
        }
        // What keyboard focus looks like: each kind of control on a question
        // page, in every language (the Back chevron and the radios mirror).
        for lang in Lang::ALL {
            layout::set_viewport(&client, 1280, 900).await;
            State {
                lang,
                kind: Kind::Question(Question::FIRST),
            }
            .load(&client, &site)
            .await;
            type Stop = (&'static str, fn(&Value) -> bool);
            let stops: [Stop; 5] = [
                ("skip-link", |f| has_class(f, "skip-link")),
                ("back-link", |f| has_class(f, "back-link")),
                ("language-menu", |f| f["tag"] == "summary"),
                ("radio", |f| f["type"] == "radio"),
                ("continue-button", |f| f["id"] == "continue-button"),
            ];
            for (name, wanted) in stops {
                tab_to(&client, name, wanted).await.unwrap();
                let png = client.screenshot().await.expect("a screenshot");
                write(&dir.join(format!("{}-focus-{name}.png", lang.code())), png);
                saved += 1;
            }
        }
        eprintln!("saved {saved} screenshots in {}", dir.display());
    })
    .await;
}

/// The tallest window the screenshots use. Chromium will not make a window
/// taller than its screen allows (5,857 px was seen on a 320 px wide about
/// page); a longer page is saved in parts.
const TALLEST_SCREENSHOT: u64 = 4000;

/// Saves the whole page the browser shows, `width` CSS px wide, as
/// `{stem}.png` (and `{stem}-2.png`… when it is taller than
/// [`TALLEST_SCREENSHOT`]). Returns how many files it saved.
async fn screenshot_whole_page(
    client: &Client,
    width: u32,
    dir: &std::path::Path,
    stem: &str,
) -> usize {
    let height = client
        .execute("return document.documentElement.scrollHeight;", vec![])
        .await
        .expect("page height")
        .as_u64()
        .expect("a height");
    let window = height.clamp(400, TALLEST_SCREENSHOT);
    layout::set_viewport(client, width, window as u32).await;
    let parts = height.div_ceil(window);
    for part in 0..parts {
        client
            .execute(
                "window.scrollTo(0, arguments[0]);",
                vec![(part * window).into()],
            )
            .await
            .expect("scroll");
        let png = client.screenshot().await.expect("a screenshot");
        let name = match part {
            0 => format!("{stem}.png"),
            n => format!("{stem}-{}.png", n + 1),
        };
        write(&dir.join(name), png);
    }
    usize::try_from(parts).expect("a count")
}

/// Right to left in Chromium: on an Arabic page `<html>` and `<body>` run
/// right to left and everything at the inline start (Back and its chevron,
/// the radio buttons, the borders and indents, the start of each line of
/// text) is on the right, the chevron pointing right; on every other page,
/// on the left. At 1280 px and at 320 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, chromedriver, tools/node_modules)"]
async fn right_to_left_pages_mirror_and_left_to_right_pages_do_not() {
    with_browser(1280, 900, |client, site| async move {
        let started = Instant::now();
        let mut failures = Failures::default();
        let (mut pages, mut checks) = (0, 0);
        let mut per_direction = std::collections::BTreeMap::<&str, usize>::new();
        let out = fresh_dir("direction");
        for width in [1280, 320] {
            let mut log = String::new();
            layout::set_viewport(&client, width, 900).await;
            for lang in Lang::ALL {
                let dir = lang.direction().attr();
                let start = direction::start_side(lang);
                let mut seen = std::collections::BTreeSet::new();
                for kind in Kind::one_of_each() {
                    let state = State { lang, kind };
                    state.load(&client, &site).await;
                    pages += 1;
                    let found = direction::measure(&client).await;
                    let here = format!("{state} at {width} px");
                    checks += 1;
                    failures.check(
                        (found.dir.as_str(), found.html.as_str(), found.body.as_str())
                            == (dir, dir, dir),
                        || {
                            format!(
                                "{here}: <html dir=\"{}\">, computed direction of <html> {} and \
                                 of <body> {}; expected {dir}",
                                found.dir, found.html, found.body
                            )
                        },
                    );
                    log.push_str(&format!(
                        "{here}: dir={} html={} body={}\n",
                        found.dir, found.html, found.body
                    ));
                    for side in found.sides {
                        log.push_str(&format!(
                            "  {} {}: {} ({})\n",
                            if side.side == start { "ok " } else { "BAD" },
                            side.what,
                            side.side,
                            side.detail
                        ));
                        checks += 1;
                        *per_direction.entry(dir).or_default() += 1;
                        failures.check(side.side == start, || {
                            format!(
                                "{here}: {} is on the {}, expected the {start} ({})",
                                side.what, side.side, side.detail
                            )
                        });
                        seen.insert(side.what);
                    }
                }
                if width == 1280 {
                    for what in direction::required(lang) {
                        failures.check(seen.iter().any(|s| s.starts_with(what)), || {
                            format!("[{}] nothing measured for “{what}”", lang.code())
                        });
                    }
                }
            }
            write(&out.join(format!("{width}px.txt")), log);
        }
        eprintln!(
            "direction: {checks} checks on {pages} page loads ({per_direction:?} inline-start \
             measurements) in {:.1?}",
            started.elapsed()
        );
        failures.assert_none("right to left and left to right");
    })
    .await;
}

/// Needs no browser: runs with plain `cargo test`. Every page in every state
/// and language: `lang` and `dir`, the links to the same page in every
/// language, and on a translated page the notice with links to the same page
/// in the official languages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_links_to_itself_in_every_language_and_translations_say_so() {
    let site = Site::start();
    let mut failures = Failures::default();
    let (mut pages, mut links) = (0, 0);
    for state in all_states() {
        let page = state.fetch(&site).await;
        let (problems, checked) = languages::check(state, &page.url, &page.body);
        pages += 1;
        links += checked;
        for problem in problems {
            failures.push(format!("{state}: {problem}"));
        }
    }
    eprintln!("language links: {links} links on {pages} pages");
    failures.assert_none("language links and translation notices");
}

/// Lighthouse, mobile, on the start page of every language, a question page
/// (Arabic, right to left) and a result page (Ukrainian): performance,
/// accessibility and best practices 100 everywhere (best practices includes
/// "no browser errors logged to the console"); SEO 100 on the start pages,
/// which are indexable. A question and a result page say `noindex`, so there
/// Lighthouse's "page is blocked from indexing" must fail, and every other
/// SEO audit pass. About 30 seconds a page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "browser suite: run scripts/test (needs chromium, node, tools/node_modules)"]
async fn lighthouse_scores_the_start_pages_and_a_question_and_a_result_page_100() {
    use residence_card_guide::answer_cookie::COOKIE_NAME;
    use residence_card_guide::rules::Answers;
    use residence_card_guide::web::Href;
    let site = Site::start();
    let out = fresh_dir("lighthouse");
    let robots_txt = Http::new()
        .send(Http::new().get(&site.url("/robots.txt")))
        .await;
    assert_eq!(robots_txt.status, 200, "/robots.txt");
    let path = every_path().into_iter().next().expect("a path");
    let answers = path
        .answers
        .iter()
        .fold(Answers::default(), |answers, &answer| answers.with(answer));
    let cookie = format!("{COOKIE_NAME}={}", site.sealed(&answers));
    let mut pages: Vec<(String, String, Option<String>, bool)> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let href = Href::Start.to(lang);
            (format!("start-{}", lang.code()), href, None, true)
        })
        .collect();
    pages.push((
        "question-ar".to_owned(),
        Href::Question(Question::FIRST).to(Lang::Ar),
        None,
        false,
    ));
    pages.push((
        "result-uk".to_owned(),
        Href::Result.to(Lang::Uk),
        Some(cookie),
        false,
    ));
    let started = Instant::now();
    let mut failures = Failures::default();
    let mut table = vec![format!(
        "{:<12} {:>11} {:>13} {:>14} {:>3}  page",
        "", "performance", "accessibility", "best-practices", "seo"
    )];
    for (name, path, cookie, indexable) in pages {
        let url = site.url(&path);
        let dir = out.join(&name);
        let robots = robots_txt.body.clone();
        let (report, runs) = tokio::task::spawn_blocking(move || {
            lighthouse::measure_median(&url, cookie.as_deref(), &robots, &dir)
        })
        .await
        .expect("Lighthouse ran");
        let percent = |category: &str| {
            report
                .score(category)
                .map_or_else(|| "-".to_owned(), |s| format!("{:.0}", s * 100.0))
        };
        table.push(format!(
            "{name:<12} {:>11} {:>13} {:>14} {:>3}  {path}{runs}",
            percent("performance"),
            percent("accessibility"),
            percent("best-practices"),
            percent("seo"),
        ));
        for category in ["performance", "accessibility", "best-practices"] {
            failures.check(report.score(category) == Some(1.0), || {
                format!(
                    "{name} {path}: {category} {:?}: {:?}",
                    report.score(category),
                    report.failed(category)
                )
            });
        }
        let seo_failed = report.failed("seo");
        if indexable {
            failures.check(report.score("seo") == Some(1.0), || {
                format!(
                    "{name} {path}: seo {:?}: {seo_failed:?}",
                    report.score("seo")
                )
            });
        } else {
            let only_noindex =
                seo_failed.len() == 1 && seo_failed[0].starts_with(lighthouse::IS_CRAWLABLE);
            failures.check(only_noindex, || {
                format!(
                    "{name} {path}: a noindex page must fail {} and pass every other SEO \
                     audit; failed: {seo_failed:?}",
                    lighthouse::IS_CRAWLABLE
                )
            });
        }
    }
    eprintln!(
        "lighthouse ({}), in {:.1?}:\n{}",
        lighthouse::CATEGORIES,
        started.elapsed(),
        table.join("\n")
    );
    failures.assert_none("Lighthouse");
}
