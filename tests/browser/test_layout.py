"""The layout holds on phones and desktops, left to right and right to left.

Every page type in German, Arabic, Romanian, Ukrainian and Vietnamese at 320, 390, 768 and
1366 px: nothing scrolls sideways, no header, menu or language-list element leaves its
container or the screen, every language name and menu entry stays on one line, the quick-exit
bar is at most 56 px high and still on screen at the bottom of the page. A screenshot of each
is kept in ``tests/browser/artifacts/layout/`` (or ``$KOKCMS_ARTIFACTS/layout/``).
"""

import os
from pathlib import Path

import pytest

from .test_accessibility import page_type_paths

LANGUAGES = ["de", "ar", "ro", "uk", "vi"]
WIDTHS = [320, 390, 768, 1366]
ARTIFACTS = Path(os.environ.get("KOKCMS_ARTIFACTS", Path(__file__).parent / "artifacts"))

# Measured in the page: a list of problems, each a short sentence naming the element.
MEASURE = """() => {
  const problems = [];
  const width = window.innerWidth;
  const name = el => (el.className ? el.tagName.toLowerCase() + '.' + String(el.className).split(' ')[0] : el.tagName.toLowerCase())
    + ' "' + el.textContent.trim().slice(0, 30) + '"';
  const box = el => el.getBoundingClientRect();
  const inside = (inner, outer, slack = 1) =>
    inner.left >= outer.left - slack && inner.right <= outer.right + slack;
  // Lines of text an element takes: its text boxes, grouped where they overlap vertically
  // (boxes of one line differ a little in height with mixed scripts and fonts).
  const lines = el => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter(r => r.width > 1 && r.height > 1)
      .sort((a, b) => a.top - b.top);
    let count = 0, bottom = -Infinity;
    for (const r of rects) {
      if (r.top >= bottom - 2) { count += 1; bottom = r.bottom; } else { bottom = Math.max(bottom, r.bottom); }
    }
    return count;
  };
  if (document.documentElement.scrollWidth > width) {
    problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
  }
  const viewport = {left: 0, right: width};
  const check = (selector, container) => {
    for (const el of document.querySelectorAll(selector)) {
      const rect = box(el);
      if (rect.width === 0 && rect.height === 0) continue;  // not shown at this width
      if (!inside(rect, viewport)) problems.push(name(el) + ' outside the screen');
      const parent = el.closest(container);
      if (parent && !inside(rect, box(parent))) problems.push(name(el) + ' outside ' + container);
    }
  };
  check('.quick-exit__bar > *', '.quick-exit__bar');
  check('.site-header__bar > *, .header-button', '.site-header__bar');
  check('.main-menu li', '.main-menu ul');
  for (const el of document.querySelectorAll('.main-menu a, .header-button__text')) {
    if (lines(el) > 1) problems.push(name(el) + ' breaks over ' + lines(el) + ' lines');
  }
  const bar = box(document.querySelector('.quick-exit'));
  if (bar.height > 56) problems.push('quick-exit bar is ' + Math.round(bar.height) + ' px high');
  // The language list, opened as a reader opens it.
  const switcher = document.querySelector('.language-switcher details');
  switcher.open = true;
  const list = box(document.querySelector('.language-list'));
  if (!inside(list, viewport)) problems.push('language list outside the screen');
  for (const el of document.querySelectorAll('.language-list a')) {
    if (!inside(box(el), list)) problems.push(name(el) + ' outside the language list');
    if (lines(el) > 1) problems.push('language name ' + name(el) + ' breaks over ' + lines(el) + ' lines');
    if (el.textContent !== el.textContent.normalize('NFC')) problems.push(name(el) + ' is not NFC');
  }
  if (document.documentElement.scrollWidth > width) problems.push('open language list scrolls sideways');
  switcher.open = false;
  // The quick exit is still on screen at the bottom of the page.
  window.scrollTo(0, document.documentElement.scrollHeight);
  const exit = box(document.getElementById('quick-exit'));
  if (exit.top < 0 || exit.bottom > window.innerHeight || !inside(exit, viewport)) {
    problems.push('quick exit not on screen after scrolling to the bottom');
  }
  window.scrollTo(0, 0);
  return problems;
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_fits_the_screen_in_both_directions(visit, width):
    paths = page_type_paths()
    phone = width < 700
    browsing = visit(
        viewport={"width": width, "height": 844 if phone else 900},
        is_mobile=phone,
        has_touch=phone,
    )
    shots = ARTIFACTS / "layout"
    shots.mkdir(parents=True, exist_ok=True)
    found = {}
    for language in LANGUAGES:
        for name, path in paths.items():
            browsing.goto(f"/{language}{path}")
            problems = browsing.page.evaluate(MEASURE)
            if problems:
                found[f"{language} {name}"] = problems
            browsing.page.screenshot(path=str(shots / f"{language}-{width}-{name}.png"))
    assert not found, found


def test_the_measurement_sees_a_page_that_overflows(visit):
    """The check above can fail: a menu entry pushed past the screen edge is reported."""
    browsing = visit(viewport={"width": 320, "height": 700}, is_mobile=True, has_touch=True)
    browsing.goto("/ar/")
    # CSSOM changes are allowed by the CSP (no inline style attribute is parsed).
    browsing.page.evaluate(
        "document.querySelector('.main-menu li').style.marginInlineStart = '-5rem';"
        "document.querySelector('.language-list a[lang=vi]').style.whiteSpace = 'normal';"
        "document.querySelector('.language-list a[lang=vi]').style.inlineSize = '1ch';"
    )
    problems = browsing.page.evaluate(MEASURE)
    assert any("outside the screen" in p or "outside .main-menu ul" in p for p in problems)
    assert any(p.startswith("language name") for p in problems), problems
