//! Going through the guide in the browser as a person would: by clicking the
//! labels and buttons, or with the keyboard alone.

use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use residence_card_guide::i18n::Lang;
use residence_card_guide::rules::{Answer, Path};
use serde_json::Value;

use crate::harness::Site;

/// Waits until the browser shows `path` (a URL path, without the query).
pub async fn wait_for_path(client: &Client, path: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let url = client.current_url().await.map_err(|e| e.to_string())?;
        if url.path() == path {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "expected to be at {path}, but the browser is at {url}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The `data-outcome` of the result page the browser shows.
pub async fn shown_outcome(client: &Client) -> Result<String, String> {
    let outcome = client
        .find(Locator::Id("outcome"))
        .await
        .map_err(|e| format!("no #outcome on the result page: {e}"))?;
    outcome
        .attr("data-outcome")
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "#outcome has no data-outcome".to_owned())
}

/// Walks `path` in `lang` with the mouse: from a fresh start page, Start now,
/// then for each question clicks the option's label and Continue. Checks each
/// page is the expected question, that a label click checks its radio, and
/// the outcome. Returns the outcome id shown.
pub async fn by_mouse(
    client: &Client,
    site: &Site,
    lang: Lang,
    path: &Path,
) -> Result<String, String> {
    let l = lang.code();
    client
        .delete_all_cookies()
        .await
        .map_err(|e| e.to_string())?;
    client
        .goto(&site.url(&format!("/{l}/")))
        .await
        .map_err(|e| e.to_string())?;
    click(client, "#start-button").await?;
    for answer in &path.answers {
        let question = answer.question().slug();
        wait_for_path(client, &format!("/{l}/{question}")).await?;
        let id = radio_id(*answer);
        click(client, &format!("label[for='{id}']")).await?;
        let radio = client
            .find(Locator::Id(&id))
            .await
            .map_err(|e| format!("no radio #{id}: {e}"))?;
        if !radio.is_selected().await.map_err(|e| e.to_string())? {
            return Err(format!("clicking the label of #{id} did not check it"));
        }
        click(client, "#continue-button").await?;
    }
    wait_for_path(client, &format!("/{l}/result")).await?;
    let shown = shown_outcome(client).await?;
    let rows = client
        .find_all(Locator::Css(".summary-list__row"))
        .await
        .map_err(|e| e.to_string())?;
    if rows.len() != path.answers.len() {
        return Err(format!(
            "the result lists {} answers, the path gave {}",
            rows.len(),
            path.answers.len()
        ));
    }
    Ok(shown)
}

/// `{question}-{option}`: the radio's id.
pub fn radio_id(answer: Answer) -> String {
    format!("{}-{}", answer.question().slug(), answer.option_slug())
}

async fn click(client: &Client, css: &str) -> Result<(), String> {
    client
        .find(Locator::Css(css))
        .await
        .map_err(|e| format!("nothing matches {css}: {e}"))?
        .click()
        .await
        .map_err(|e| format!("cannot click {css}: {e}"))
}

/// Presses and releases one key.
pub async fn press(client: &Client, key: Key) {
    let c: char = key.into();
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: c })
        .then(KeyAction::Up { value: c });
    client.perform_actions(keys).await.expect("press a key");
}

/// Describes the focused element: tag, id, class, type, name, value, whether
/// it is checked, and its text.
pub async fn focused(client: &Client) -> Value {
    client
        .execute(
            r#"const e = document.activeElement;
            return e ? { tag: e.tagName.toLowerCase(), id: e.id, class: e.className || '', type: e.type || '',
                        name: e.name || '', value: e.value || '', checked: !!e.checked,
                        text: (e.innerText || '').trim().slice(0, 60) } : null;"#,
            vec![],
        )
        .await
        .expect("read the focused element")
}

/// Whether the element [`focused`] describes has `class`.
pub fn has_class(focused: &Value, class: &str) -> bool {
    focused["class"]
        .as_str()
        .is_some_and(|c| c.split_whitespace().any(|c| c == class))
}

/// Presses Tab until `wanted` says yes about the focused element (at most 40 times).
pub async fn tab_to(
    client: &Client,
    what: &str,
    wanted: impl Fn(&Value) -> bool,
) -> Result<usize, String> {
    for presses in 1..=40 {
        press(client, Key::Tab).await;
        if wanted(&focused(client).await) {
            return Ok(presses);
        }
    }
    Err(format!("40 presses of Tab never reached {what}"))
}
