//! Right to left: what Chromium lays out on a page, measured on the physical
//! sides (left, right) where the stylesheet speaks of logical ones (start,
//! end). On a right-to-left page (Arabic) every inline start is on the right;
//! on a left-to-right page it is on the left. The same measurements run on
//! every language, so a left-to-right page proves the opposite.

use std::collections::BTreeSet;

use fantoccini::Client;
use residence_card_guide::i18n::{Direction, Lang};
use serde_json::Value;

/// What is measured on a page, and where it should be. Every entry names
/// something that belongs at the inline start; the measurement says on which
/// physical side it is: `left`, `right`, or `neither` (on both or no side).
const MEASURE: &str = r#"
const root = document.documentElement;
const px = v => parseFloat(v) || 0;
const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
const text = e => (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
const sides = [];
const add = (what, side, detail) => sides.push({ what, side, detail });
// The side a border of `e` is on: one side only, or 'neither'.
const borderSide = (what, e) => {
  const cs = getComputedStyle(e);
  const l = px(cs.borderLeftWidth), r = px(cs.borderRightWidth);
  add(what, l > 0 && r === 0 ? 'left' : r > 0 && l === 0 ? 'right' : 'neither',
      `border-left-width ${cs.borderLeftWidth}, border-right-width ${cs.borderRightWidth}`);
};
// The side the (larger) inline padding of `e` is on.
const paddingSide = (what, e) => {
  const cs = getComputedStyle(e);
  const l = px(cs.paddingLeft), r = px(cs.paddingRight);
  add(what, l > r ? 'left' : r > l ? 'right' : 'neither',
      `padding-left ${cs.paddingLeft}, padding-right ${cs.paddingRight}`);
};
// The side of `outer` that `inner` (both {left, right}) is flush with. Nothing
// is recorded when it fills `outer`: then it is on no side.
const flush = (what, inner, outer) => {
  const gapLeft = inner.left - outer.left, gapRight = outer.right - inner.right;
  if (gapLeft < 4 && gapRight < 4) return;
  add(what, gapLeft < 2 && gapRight >= 4 ? 'left' : gapRight < 2 && gapLeft >= 4 ? 'right' : 'neither',
      `${Math.round(gapLeft)} px free on the left, ${Math.round(gapRight)} px on the right`);
};
// Which side of `b` the box `a` is on. Nothing is recorded when they are not
// on the same line.
const before = (what, a, b) => {
  if (a.bottom <= b.top || b.bottom <= a.top) return;
  add(what, a.right <= b.left + 1 ? 'left' : a.left >= b.right - 1 ? 'right' : 'neither',
      `${Math.round(a.left)}..${Math.round(a.right)} and ${Math.round(b.left)}..${Math.round(b.right)}`);
};
const contentBox = e => {
  const cs = getComputedStyle(e), r = e.getBoundingClientRect();
  return { left: r.left + px(cs.borderLeftWidth) + px(cs.paddingLeft),
           right: r.right - px(cs.borderRightWidth) - px(cs.paddingRight) };
};
const textBox = e => {
  const range = document.createRange();
  range.selectNodeContents(e);
  const rects = [...range.getClientRects()].filter(r => r.width > 0);
  return rects.length ? rects : null;
};

// Text: the last line of each heading and paragraph starts at the start
// (text-align: start). A full line says nothing and is skipped.
for (const e of document.querySelectorAll('main h1, main h2, main h3, main p, main li, .footer__privacy')) {
  if (!shown(e) || getComputedStyle(e).display === 'inline') continue;
  const rects = textBox(e);
  if (!rects) continue;
  const lastTop = Math.max(...rects.map(r => r.top));
  const last = rects.filter(r => r.bottom > lastTop + 1);
  const line = { left: Math.min(...last.map(r => r.left)), right: Math.max(...last.map(r => r.right)) };
  flush(`text-align: “${text(e)}” (${e.tagName.toLowerCase()})`, line, contentBox(e));
}
// The question: its legend at the start of the fieldset.
for (const legend of document.querySelectorAll('.fieldset__legend')) {
  flush('legend of the question', legend.getBoundingClientRect(), contentBox(legend.parentElement));
}
// Radios: the button at the start of its label.
for (const item of document.querySelectorAll('.radios__item')) {
  const input = item.querySelector('input'), label = item.querySelector('label');
  before(`radio button of “${text(label)}”`, input.getBoundingClientRect(), label.getBoundingClientRect());
}
// Back: the chevron at the start of the link text, pointing to the start.
for (const link of document.querySelectorAll('.back-link')) {
  const cs = getComputedStyle(link, '::before');
  const r = link.getBoundingClientRect();
  const left = r.left + px(getComputedStyle(link).borderLeftWidth) + px(cs.left);
  const chevron = { left, right: left + px(cs.width), top: r.top + px(cs.top) - 4, bottom: r.top + px(cs.top) + 4 };
  const words = textBox(link);
  if (words) before('Back chevron (::before) beside the link text', chevron,
    { left: Math.min(...words.map(w => w.left)), right: Math.max(...words.map(w => w.right)),
      top: r.top, bottom: r.bottom });
  // rotate(θ) turns the box's top-left corner, (-1, -1), to x = -(a + c).
  const m = cs.transform.match(/^matrix\(([^)]*)\)$/);
  const [a, , c] = m ? m[1].split(',').map(Number) : [NaN, NaN, NaN];
  const x = -(a + c);
  add('Back chevron (::before) points to', x < -0.5 ? 'left' : x > 0.5 ? 'right' : 'neither',
      `transform ${cs.transform}`);
  paddingSide('Back link padding (room for the chevron)', link);
}
// Borders and indents that mark the start.
for (const e of document.querySelectorAll('.outcome__title')) borderSide('.outcome__title border', e);
for (const e of document.querySelectorAll('.translation-notice')) borderSide('.translation-notice border', e);
for (const e of document.querySelectorAll('.form-group--error')) {
  borderSide('.form-group--error border', e);
  paddingSide('.form-group--error padding', e);
}
for (const e of document.querySelectorAll('.list')) paddingSide(`.${[...e.classList].join('.')} padding`, e);
for (const e of document.querySelectorAll('.table__answers')) paddingSide('.table__answers padding', e);
// The header bar: the service name at its start.
const service = document.querySelector('.header__service');
if (service) flush('service name in the header bar', service.getBoundingClientRect(), contentBox(service.parentElement));
// The language menu: the Back link at the start of the line they share; on
// the menu's button, the page's own word for "Language" before the second
// one. Opened for a moment: in a column (narrow), each language at the start
// of the list and the current one marked by a border at its start; in a row
// (wide), the first language before the second.
const menu = document.querySelector('.language-menu');
if (menu) {
  const toggle = menu.querySelector('summary');
  const back = document.querySelector('.header__row .back-link');
  if (back) before('Back link beside the language menu', back.getBoundingClientRect(), toggle.getBoundingClientRect());
  const here = toggle.querySelector('.language-menu__here'), also = toggle.querySelector('.language-menu__also');
  if (here && also) before('language menu: the page’s word for Language beside the second', here.getBoundingClientRect(), also.getBoundingClientRect());
  const wasOpen = menu.open;
  menu.open = true;
  for (const e of menu.querySelectorAll('li > a, li > span')) {
    flush(`language in the open menu: “${text(e)}”`, e.getBoundingClientRect(), contentBox(e.parentElement));
  }
  const items = menu.querySelectorAll('li');
  if (items.length > 1) before('first language beside the second in the open menu', items[0].getBoundingClientRect(), items[1].getBoundingClientRect());
  // In a column (narrow), a border at the start marks it; in a row (wide), one underneath.
  for (const e of menu.querySelectorAll('[aria-current]')) {
    const cs = getComputedStyle(e);
    if (px(cs.borderLeftWidth) + px(cs.borderRightWidth) > 0) borderSide('current language in the open menu (a column): border', e);
  }
  menu.open = wasOpen;
}
// Rows: a question before its answer, the footer links in order.
for (const row of document.querySelectorAll('.summary-list__row')) {
  before('summary question beside its answer', row.querySelector('.summary-list__key').getBoundingClientRect(),
         row.querySelector('.summary-list__value').getBoundingClientRect());
}
const links = document.querySelectorAll('.footer__links li');
if (links.length > 1) before('first footer link beside the second', links[0].getBoundingClientRect(), links[1].getBoundingClientRect());

return {
  dir: root.getAttribute('dir'),
  html: getComputedStyle(root).direction,
  body: getComputedStyle(document.body).direction,
  sides,
};
"#;

/// One measurement: something that belongs at the inline start, and the
/// physical side it was found on.
pub struct Side {
    pub what: String,
    pub side: String,
    pub detail: String,
}

/// What [`measure`] found on one page.
pub struct Measured {
    /// `dir` of `<html>`, and the computed `direction` of `<html>` and `<body>`.
    pub dir: String,
    pub html: String,
    pub body: String,
    pub sides: Vec<Side>,
}

/// Measures the page the browser shows now.
pub async fn measure(client: &Client) -> Measured {
    let result = client
        .execute(MEASURE, vec![])
        .await
        .expect("measure the inline directions");
    let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    Measured {
        dir: s(&result["dir"]),
        html: s(&result["html"]),
        body: s(&result["body"]),
        sides: result["sides"]
            .as_array()
            .expect("a list")
            .iter()
            .map(|v| Side {
                what: s(&v["what"]),
                side: s(&v["side"]),
                detail: s(&v["detail"]),
            })
            .collect(),
    }
}

/// The physical side the inline start is on in `lang`.
pub fn start_side(lang: Lang) -> &'static str {
    match lang.direction() {
        Direction::LeftToRight => "left",
        Direction::RightToLeft => "right",
    }
}

/// The measurements every language must have had somewhere (at 1280 px), so
/// that a selector that stops matching cannot make the test pass by checking
/// nothing. Each is the start of a `what`.
pub fn required(lang: Lang) -> BTreeSet<&'static str> {
    let mut required = BTreeSet::from([
        "text-align",
        "radio button of",
        "Back chevron (::before) beside the link text",
        "Back chevron (::before) points to",
        "Back link padding",
        ".outcome__title border",
        ".form-group--error border",
        ".form-group--error padding",
        ".list.list--number padding",
        ".list.list--bullet padding",
        "service name in the header bar",
        "Back link beside the language menu",
        "language menu: the page’s word for Language beside the second",
        "first language beside the second in the open menu",
        "summary question beside its answer",
        "first footer link beside the second",
    ]);
    if lang.standing() == residence_card_guide::i18n::Standing::Translation {
        required.insert(".translation-notice border");
    }
    required
}
