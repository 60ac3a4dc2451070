//! The language menu (a `<details>` in the header) as a keyboard user meets
//! it: what is shown and focused, read from the page.

use fantoccini::Client;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;

/// Whether the menu is open, how many of its language links are rendered
/// (`checkVisibility`: false inside a closed `<details>`, whose content
/// Chromium skips, though layout queries still measure it), and the focused element's tag, `lang`, `hreflang` and `href`.
pub async fn state(client: &Client) -> Value {
    client
        .execute(
            r#"const menu = document.querySelector('details.language-menu');
            const shown = menu ? [...menu.querySelectorAll('a[href]')]
              .filter(a => a.checkVisibility() && a.getBoundingClientRect().height > 0).length : -1;
            const e = document.activeElement;
            const current = menu ? [...menu.querySelectorAll('[aria-current]')] : [];
            return {
              exists: !!menu, open: !!(menu && menu.open), shown,
              current: current.map(c => [c.tagName.toLowerCase(), c.getAttribute('aria-current'), c.getAttribute('lang')]),
              tag: e ? e.tagName.toLowerCase() : '',
              inMenu: !!(menu && e && menu.contains(e)),
              lang: e && e.getAttribute('lang') || '', hreflang: e && e.getAttribute('hreflang') || '',
              href: e && e.getAttribute('href') || '',
            };"#,
            vec![],
        )
        .await
        .expect("read the language menu")
}

/// Shift+Tab: focus moves back one.
pub async fn shift_tab(client: &Client) {
    let (shift, tab): (char, char) = (Key::Shift.into(), Key::Tab.into());
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: shift })
        .then(KeyAction::Down { value: tab })
        .then(KeyAction::Up { value: tab })
        .then(KeyAction::Up { value: shift });
    client.perform_actions(keys).await.expect("press Shift+Tab");
}
