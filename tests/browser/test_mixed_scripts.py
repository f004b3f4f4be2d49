"""German words, numbers and addresses inside Arabic and Persian pages, as Chromium lays them out.

Order is measured, not read from the markup: each character of a token gets its box from
``Range.getClientRects``; reading the boxes line by line, left to right, must give the German
text (a left-to-right token keeps its order inside right-to-left text), and a bracket must sit
directly before the first and after the last letter of the German term it encloses. Paragraph
widths are varied so that tokens meet the end of a line, where order breaks first.
"""

from django.test import Client

from wagtail.models import Page

import pytest

from home.models import ContactSettings

pytestmark = pytest.mark.django_db

RTL_LANGUAGES = ["ar", "fa"]

# Boxes of the characters of the n-th occurrence of ``needle`` in the text under ``root``
# (isolates and direction marks skipped: they have no glyph).
CHAR_BOXES = r"""([rootSelector, needle, nth]) => {
  const IGNORED = /[\u2066-\u2069\u200e\u200f\u061c]/;
  const root = document.querySelector(rootSelector);
  const chars = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement.closest('script, style, [hidden]')) continue;
    for (let i = 0; i < node.data.length; i++) {
      if (!IGNORED.test(node.data[i])) chars.push([node, i]);
    }
  }
  const text = chars.map(([node, i]) => node.data[i]).join('');
  let at = -1;
  for (let k = 0; k <= nth; k++) { at = text.indexOf(needle, at + 1); if (at < 0) return null; }
  const boxes = [];
  for (let k = at; k < at + needle.length; k++) {
    const [node, i] = chars[k];
    const range = document.createRange();
    range.setStart(node, i); range.setEnd(node, i + 1);
    const rect = [...range.getClientRects()].find(r => r.width > 0) || range.getBoundingClientRect();
    boxes.push({ch: node.data[i], left: rect.left, right: rect.right, top: rect.top,
                bottom: rect.bottom});
  }
  return boxes;
}"""

# Every "(German term)" of the text under root: Latin letters, digits and punctuation only.
BRACKETED_TERMS = r"""(rootSelector) => {
  // Running text only: the finder's select menus list counts such as "(3)" in their options.
  const menus = [...document.querySelectorAll(rootSelector + ' select')];
  menus.forEach(menu => { menu.hidden = true; });
  const text = document.querySelector(rootSelector).innerText.replace(/[\u2066-\u2069]/g, '');
  menus.forEach(menu => { menu.hidden = false; });
  return [...new Set(text.match(/\([A-Za-zÄÖÜäöüß§0-9][^()\u0600-\u06FF\n]*\)/g) || [])];
}"""

# The block element around the first occurrence of needle, narrowed to ``width`` px (none:
# as laid out); returns the left and right edge of its content.
SET_WIDTH = """([rootSelector, needle, width]) => {
  const walker = document.createTreeWalker(document.querySelector(rootSelector),
                                           NodeFilter.SHOW_TEXT);
  let block = null;
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    const around = parent.closest('p, li, dd, address, td');
    if (around && around.textContent.replace(/[\u2066-\u2069]/g, '').includes(needle)) {
      block = around; break;
    }
  }
  if (!block) return null;
  block.style.inlineSize = width ? width + 'px' : '';
  block.style.maxInlineSize = width ? width + 'px' : '';
  const box = block.getBoundingClientRect(), style = getComputedStyle(block);
  return [box.left + parseFloat(style.paddingLeft), box.right - parseFloat(style.paddingRight)];
}"""


def lines(boxes):
    """Characters grouped into visual lines (top to bottom), each line sorted left to right."""
    rows = []
    for box in sorted(boxes, key=lambda b: (b["top"] + b["bottom"]) / 2):
        middle = (box["top"] + box["bottom"]) / 2
        if rows and abs(middle - rows[-1][0]) < (box["bottom"] - box["top"]) / 2:
            rows[-1][1].append(box)
        else:
            rows.append((middle, [box]))
    return [sorted(row, key=lambda b: b["left"]) for _middle, row in rows]


def broken_inside_a_word(boxes, rows):
    """Whether two letters of one word (in logical order) ended up on different lines."""
    row_of = {id(box): n for n, row in enumerate(rows) for box in row}
    return any(
        row_of[id(a)] != row_of[id(b)]
        and not a["ch"].isspace()
        and not b["ch"].isspace()
        and a["ch"] not in "-–/"
        for a, b in zip(boxes, boxes[1:], strict=False)
    )


def reading(boxes):
    """The token as the eye reads it: line by line, left to right, spaces left out."""
    return "".join(b["ch"] for row in lines(boxes) for b in row if not b["ch"].isspace())


def squeeze(text):
    return "".join(text.split())


def boxes_of(page, needle, root="main", nth=0):
    boxes = page.evaluate(CHAR_BOXES, [root, needle, nth])
    assert boxes, f"{needle!r} not found in {root}"
    return boxes


def rendered_pages(language, *needles):
    """Paths of the live pages of ``language`` shown in that language (no German or English
    stand-in) whose rendered HTML contains every needle."""
    client = Client()
    found = []
    for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1):
        response = client.get(page.url)
        html = response.content.decode().replace("\u2066", "").replace("\u2069", "")
        if response.status_code != 200 or '<div class="page-content" lang=' in html:
            continue
        if all(needle in html for needle in needles):
            found.append(page.url)
    return found


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_footer_address_reads_in_german_order(visit, language):
    contact = ContactSettings.objects.get()
    lines_of_address = [
        contact.organisation,
        ", ".join(v for v in (contact.street, contact.address_extra) if v),
        f"{contact.postcode} {contact.city}",
        contact.phone,
        contact.email,
    ]
    readings = {}
    for code in ("de", language):
        tab = visit(viewport={"width": 390, "height": 800})
        tab.goto(f"/{code}/")
        readings[code] = [
            reading(boxes_of(tab.page, line, root="footer address")) for line in lines_of_address
        ]
    assert readings[language] == readings["de"]
    assert readings[language] == [squeeze(line) for line in lines_of_address]


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_phone_number_and_email_in_body_text_keep_order_and_stay_whole(visit, language):
    contact = ContactSettings.objects.get()
    paths = rendered_pages(language, 'href="tel:', contact.phone, contact.email)
    assert paths, "an Arabic/Persian page with a phone number in its text"
    tab = visit(viewport={"width": 390, "height": 800})
    tab.goto(paths[0])
    for token in (contact.phone, contact.email):
        assert tab.page.evaluate(SET_WIDTH, ["main", token, 0])
        boxes = boxes_of(tab.page, token)
        assert len(lines(boxes)) == 1
        token_width = boxes[-1]["right"] - boxes[0]["left"]
        for width in range(120, 640, 12):
            start, end = tab.page.evaluate(SET_WIDTH, ["main", token, width])
            boxes = boxes_of(tab.page, token)
            if end - start >= token_width + 1:  # it fits on a line: never broken inside
                assert len(lines(boxes)) == 1, (token, width, "broken inside the token")
                assert reading(boxes) == squeeze(token), (token, width)
            else:  # longer than the line: broken, but never beyond the paragraph
                assert all(start - 1 <= b["left"] and b["right"] <= end + 1 for b in boxes)


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_german_terms_in_brackets_read_with_their_brackets(visit, language):
    """On every page translated into the language, at paragraph widths from 200 to 560 px."""
    paths = rendered_pages(language)
    tab = visit(viewport={"width": 390, "height": 800})
    wrapped, checked = set(), set()
    for path in paths:
        tab.goto(path)
        for term in tab.page.evaluate(BRACKETED_TERMS, "main"):
            for width in range(200, 561, 20):
                assert tab.page.evaluate(SET_WIDTH, ["main", term, width]), (path, term)
                boxes = boxes_of(tab.page, term)
                opening, first, last, closing = boxes[0], boxes[1], boxes[-2], boxes[-1]
                rows = lines(boxes)
                if broken_inside_a_word(boxes, rows):
                    continue  # a word longer than the line: nothing to read in order
                if len(rows) > 1:
                    wrapped.add(term)
                for bracket, letter, side in ((opening, first, "before"), (closing, last, "after")):
                    row = next(r for r in rows if letter in r)
                    assert bracket in row, (path, term, width, f"bracket {side} on another line")
                    if side == "before":
                        gap = letter["left"] - bracket["right"]
                    else:
                        gap = bracket["left"] - letter["right"]
                    assert abs(gap) <= 1, (path, term, width, f"bracket not directly {side}")
                checked.add(term)
    assert "(Bedenk- und Stabilisierungsfrist)" in checked
    assert "(Bedenk- und Stabilisierungsfrist)" in wrapped, "the widths make the term wrap"


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_organisation_name_in_body_text_reads_in_german_order(visit, language):
    name = ContactSettings.objects.get().organisation
    paths = rendered_pages(language, name)
    assert paths, "a page that names the organisation in its text"
    tab = visit(viewport={"width": 390, "height": 800})
    for path in paths:
        tab.goto(path)
        occurrences = tab.page.evaluate(
            "([n]) => document.querySelector('main').textContent"
            ".replace(/[\\u2066-\\u2069]/g, '').split(n).length - 1",
            [name],
        )
        for nth in range(occurrences):
            assert reading(boxes_of(tab.page, name, nth=nth)) == squeeze(name), (path, nth)


def test_a_long_email_address_never_overflows_a_small_screen(visit):
    contact = ContactSettings.objects.get()
    contact.email = "beratung.und.vermittlung.der.fachberatungsstellen@kok-buero.de"
    contact.save()
    for language in ("de", "ar"):
        tab = visit(viewport={"width": 320, "height": 640})
        tab.goto(f"/{language}/")
        sizes = tab.page.evaluate(
            "() => [...document.querySelectorAll('a[href^=\"mailto:\"]')]"
            ".map(a => [a.getBoundingClientRect().left, a.getBoundingClientRect().right,"
            " a.closest('main, footer').getBoundingClientRect().right])"
        )
        assert sizes, "the e-mail address is on the page"
        for left, right, _container in sizes:
            assert left >= 0 and right <= 320, (language, left, right)
