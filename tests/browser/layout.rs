//! Layout checks that need a real rendering engine: reflow without sideways
//! scrolling or clipping, and a visible focus indicator.

use fantoccini::Client;
use fantoccini::key::Key;
use serde_json::Value;

use crate::walk::press;

/// Problems with reflow on the page as laid out now: the page scrolls sideways,
/// a box or a line of text reaches past the viewport, or a box cuts off or
/// scrolls its content. Hidden-by-design text (`.visually-hidden`, the skip
/// link until it is focused) is not counted.
pub async fn reflow_problems(client: &Client) -> Vec<String> {
    let result = client
        .execute(
            r#"
const root = document.documentElement;
const vw = root.clientWidth;
const problems = [];
const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
  (e.classList.length ? '.' + [...e.classList].join('.') : '');
// Visually hidden on purpose: clipped to nothing (the visually-hidden pattern),
// or the skip link until it is focused.
const hidden = e => {
  for (let a = e; a && a !== document.body; a = a.parentElement) {
    if (a.matches('.skip-link:not(:focus)') || getComputedStyle(a).clipPath === 'inset(50%)') return true;
  }
  return false;
};
if (root.scrollWidth > vw) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in a ${vw} px viewport`);
// Only the outermost box with a problem is named; what is inside it follows.
const reported = [];
const report = (e, text) => { reported.push(e); problems.push(text); };
const inReported = e => reported.some(r => r.contains(e));
for (const e of document.body.querySelectorAll('*')) {
  if (hidden(e) || inReported(e)) continue;
  const cs = getComputedStyle(e);
  if (cs.display === 'none' || cs.visibility === 'hidden') continue;
  const r = e.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.left < -0.5 || r.right > vw + 0.5)
    report(e, `${name(e)} reaches past the viewport (${Math.round(r.left)} to ${Math.round(r.right)} of ${vw} px)`);
  const clips = v => v !== 'visible';
  if ((clips(cs.overflowX) && e.scrollWidth > e.clientWidth + 1) ||
      (clips(cs.overflowY) && e.scrollHeight > e.clientHeight + 1 && e !== root && e !== document.body))
    report(e, `${name(e)} cuts off or scrolls its content (${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight})`);
}
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
  if (!t.textContent.trim() || hidden(t.parentElement) || inReported(t.parentElement)) continue;
  range.selectNodeContents(t);
  for (const r of range.getClientRects()) {
    if (r.width > 0 && (r.left < -0.5 || r.right > vw + 0.5)) {
      problems.push(`text "${t.textContent.trim().slice(0, 40)}" in ${name(t.parentElement)} reaches past the viewport (${Math.round(r.left)} to ${Math.round(r.right)} of ${vw} px)`);
      break;
    }
  }
}
return problems;
"#,
            vec![],
        )
        .await
        .expect("measure the layout");
    result
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| p.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Applies the text spacing of WCAG 1.4.12 to every element, as a reader's
/// own style sheet would: line height 1.5, paragraph spacing 2 em, letter
/// spacing 0.12 em, word spacing 0.16 em. (Through the CSS object model: the
/// page's Content-Security-Policy rightly refuses an injected <style>.)
pub async fn apply_text_spacing(client: &Client) {
    client
        .execute(
            r#"for (const e of document.querySelectorAll('body, body *')) {
                 e.style.setProperty('line-height', '1.5', 'important');
                 e.style.setProperty('letter-spacing', '0.12em', 'important');
                 e.style.setProperty('word-spacing', '0.16em', 'important');
               }
               for (const p of document.querySelectorAll('p'))
                 p.style.setProperty('margin-bottom', '2em', 'important');"#,
            vec![],
        )
        .await
        .expect("apply text spacing");
}

/// The layout viewport (`clientWidth`, `innerHeight`), in CSS pixels.
pub async fn viewport(client: &Client) -> (i64, i64) {
    let size = client
        .execute(
            "return [document.documentElement.clientWidth, window.innerHeight];",
            vec![],
        )
        .await
        .expect("read the viewport size");
    (
        size[0].as_i64().expect("a width"),
        size[1].as_i64().expect("a height"),
    )
}

/// Sizes the window so that the layout viewport is `width` by `height` CSS
/// pixels (the window's frame, if any, is added). Headless Chromium applies a
/// resize a moment later now and then, so the size is read back and set again
/// until it holds, a few times at most.
pub async fn set_viewport(client: &Client, width: u32, height: u32) {
    let (want_w, want_h) = (i64::from(width), i64::from(height));
    let (mut window_w, mut window_h) = (want_w, want_h);
    let mut now = (0, 0);
    for _ in 0..5 {
        client
            .set_window_size(
                u32::try_from(window_w).expect("a window width"),
                u32::try_from(window_h).expect("a window height"),
            )
            .await
            .expect("resize the window");
        now = viewport(client).await;
        if now == (want_w, want_h) {
            return;
        }
        // Whatever the frame takes, add it; a stale reading is corrected on
        // the next turn.
        let frame = client
            .execute(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];",
                vec![],
            )
            .await
            .expect("the window's frame");
        let frame = frame.as_array().expect("two numbers");
        let frame_w = frame[0].as_i64().unwrap_or(0).max(0);
        let frame_h = frame[1].as_i64().unwrap_or(0).max(0);
        (window_w, window_h) = (want_w + frame_w, want_h + frame_h);
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        now,
        (want_w, want_h),
        "could not make the viewport {width}x{height} px"
    );
}

/// The style a focus indicator can change, and which element is focused.
const STYLE: &str = r#"
window.__focusStyle = e => {
  const cs = getComputedStyle(e);
  return {
    outline: cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? 'none'
      : `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
    boxShadow: cs.boxShadow, background: cs.backgroundColor, color: cs.color,
    decoration: cs.textDecorationLine, border: cs.borderColor,
  };
};
window.__focusName = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
  (e.getAttribute('href') ? `[href="${e.getAttribute('href')}"]` : '') +
  (e.type === 'radio' ? `[value="${e.value}"]` : '');
"#;

/// Tabs through the whole page (and arrows through each radio group, and opens
/// each closed `<details>` with Enter when its summary has focus) and checks
/// that every interactive element, when focused, looks different from how it
/// looks unfocused in a way a person can see (an outline, a shadow or a
/// background), and is on screen. Returns the problems and how many elements
/// were checked.
pub async fn focus_problems(client: &Client) -> (Vec<String>, usize) {
    client
        .execute(
            &format!(
                "{STYLE}
                document.activeElement && document.activeElement.blur();
                window.getSelection().removeAllRanges();
                window.__unfocused = new Map();
                window.__interactive = [...document.querySelectorAll(
                  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex=\"-1\"])')]
                  .filter(e => getComputedStyle(e).display !== 'none');
                for (const e of window.__interactive) window.__unfocused.set(e, __focusStyle(e));
                // Start Tab from the top of the document, as after loading a page.
                document.documentElement.tabIndex = -1;
                document.documentElement.focus();"
            ),
            vec![],
        )
        .await
        .expect("record the unfocused styles");
    let mut problems = Vec::new();
    let mut seen = 0;
    // Two passes over the page at most: Tab moves forward until it leaves the page.
    for _ in 0..60 {
        press(client, Key::Tab).await;
        let now = check_focused(client).await;
        if now["name"].is_null() {
            break; // focus left the document
        }
        if now["seenBefore"] == Value::Bool(true) {
            break; // round the page and back to the start
        }
        seen += 1;
        problems.extend(focus_problem(&now));
        // A closed disclosure (the language menu): Enter opens it, and Tab
        // goes on into what it shows.
        if now["closedSummary"] == Value::Bool(true) {
            press(client, Key::Enter).await;
            let opened = client
                .execute(
                    "return document.activeElement.parentElement.open === true;",
                    vec![],
                )
                .await
                .expect("read whether the disclosure opened");
            if opened != Value::Bool(true) {
                problems.push(format!(
                    "Enter on {} does not open its <details>",
                    now["name"].as_str().unwrap_or("?")
                ));
            }
        }
        // Every other radio of the group, with the arrow keys.
        if now["type"] == "radio" {
            let group = now["groupSize"].as_u64().unwrap_or(1);
            for _ in 1..group {
                press(client, Key::Down).await;
                let radio = check_focused(client).await;
                seen += 1;
                problems.extend(focus_problem(&radio));
            }
        }
    }
    let missed = client
        .execute(
            "return window.__interactive.filter(e => !e.__checked).map(__focusName);",
            vec![],
        )
        .await
        .expect("list the elements never focused");
    for name in missed.as_array().into_iter().flatten() {
        problems.push(format!(
            "{} was never reached with Tab and the arrow keys",
            name.as_str().unwrap_or("?")
        ));
    }
    (problems, seen)
}

async fn check_focused(client: &Client) -> Value {
    client
        .execute(
            r#"const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return {};
            const seenBefore = !!e.__checked;
            e.__checked = true;
            const before = window.__unfocused.get(e);
            const after = __focusStyle(e);
            const r = e.getBoundingClientRect();
            const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
              r.top < innerHeight && r.left < document.documentElement.clientWidth;
            const group = e.type === 'radio' ? document.getElementsByName(e.name).length : 0;
            const closedSummary = e.tagName === 'SUMMARY' && !e.parentElement.open;
            return { name: __focusName(e), type: e.type || '', before, after, onScreen,
                     focusVisible: e.matches(':focus-visible'), seenBefore, groupSize: group,
                     closedSummary };"#,
            vec![],
        )
        .await
        .expect("read the focused element's style")
}

/// What is wrong with the focus indicator of one focused element, if anything.
fn focus_problem(now: &Value) -> Option<String> {
    let name = now["name"].as_str().unwrap_or("?");
    let (before, after) = (&now["before"], &now["after"]);
    if before.is_null() {
        return Some(format!(
            "{name} takes focus but is not an interactive element"
        ));
    }
    if now["onScreen"] != Value::Bool(true) {
        return Some(format!("{name} is focused but not on screen"));
    }
    let changed = |key: &str| before[key] != after[key];
    let outline = after["outline"]
        .as_str()
        .is_some_and(|o| o != "none" && !o.contains("rgba(0, 0, 0, 0)"));
    let visible = (outline && changed("outline"))
        || (changed("boxShadow") && after["boxShadow"] != "none")
        || changed("background");
    (!visible).then(|| {
        format!("{name} shows no visible focus indicator:\n    unfocused {before}\n    focused   {after}")
    })
}

/// How far from the top of the page the page's `<h1>` starts (the top of its
/// border box, in CSS px), and how many `<h1>` elements `<main>` has.
pub async fn heading_top(client: &Client) -> (f64, u64) {
    let found = client
        .execute(
            r#"const h = document.querySelectorAll('main h1');
            return [h.length ? h[0].getBoundingClientRect().top + window.scrollY : -1, h.length];"#,
            vec![],
        )
        .await
        .expect("measure the heading");
    (
        found[0].as_f64().expect("a position"),
        found[1].as_u64().expect("a count"),
    )
}
