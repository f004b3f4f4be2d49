"""The helper card in Chromium: printed, only the card, on one A4 page (Arabic, Romanian and
Hungarian, the language with the longest words) and on one A4 and one A6 page in every language;
no WCAG violation axe finds and no sideways scrolling on a 360 px phone."""

import re

from django.conf import settings

import pytest

from tests.browser.test_accessibility import run_axe

SHOWN = """(selectors) => Object.fromEntries(selectors.map(s => {
  const el = document.querySelector(s);
  return [s, !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'];
}))"""
AROUND = [".quick-exit", ".site-header", ".site-footer", ".helper-card__print"]
CARD = [".helper-card h1", ".helper-card__half[lang='de']", ".helper-card__numbers a[href^='tel:']"]


def pdf_pages(pdf):
    """Pages of a PDF written by Chromium: its page objects, and the page tree's own count."""
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    counts = [int(n) for n in re.findall(rb"/Count\s+(\d+)", pdf)]
    assert counts and max(counts) == pages, (pages, counts)
    return pages


@pytest.mark.parametrize("language", ["ar", "ro", "hu"])
def test_the_card_prints_alone_on_one_a4_page(visit, language, tmp_path):
    browsing = visit(viewport={"width": 360, "height": 800})
    browsing.goto(f"/{language}/helper-card/")
    on_screen = browsing.page.evaluate(SHOWN, AROUND + CARD)
    assert all(on_screen.values()), on_screen  # the quick exit and the menus are there on screen
    browsing.page.emulate_media(media="print")
    printed = browsing.page.evaluate(SHOWN, AROUND + CARD)
    assert not any(printed[s] for s in AROUND), printed
    assert all(printed[s] for s in CARD), printed
    pdf = browsing.page.pdf(format="A4")
    (tmp_path / f"card-{language}.pdf").write_bytes(pdf)
    assert pdf_pages(pdf) == 1, language


def test_the_card_prints_on_one_a4_and_one_a6_page_in_every_language(visit):
    """A6 is a card for the pocket: the halves one above the other in smaller type."""
    browsing = visit()
    pages = {}
    for code, _name in settings.LANGUAGES:
        browsing.goto(f"/{code}/helper-card/")
        pages[code] = [pdf_pages(browsing.page.pdf(format=paper)) for paper in ("A4", "A6")]
    assert {code: n for code, n in pages.items() if n != [1, 1]} == {}


def test_a_long_page_counts_as_more_than_one(visit):
    """The page count above would see a second page: the German home page needs several."""
    browsing = visit()
    browsing.goto("/de/")
    assert pdf_pages(browsing.page.pdf(format="A4")) > 1


@pytest.mark.parametrize("language", ["ar", "ro", "hu"])
def test_the_card_fits_a_phone_and_passes_axe(visit, axe_source, language, tmp_path):
    browsing = visit(viewport={"width": 360, "height": 800})
    browsing.goto(f"/{language}/helper-card/")
    state = browsing.page.evaluate(
        """() => ({
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            outside: [...document.querySelectorAll('.helper-card *')]
                .filter(el => { const r = el.getBoundingClientRect();
                                return r.width && (r.right > window.innerWidth + 1 || r.left < -1); })
                .slice(0, 3).map(el => el.tagName + '.' + el.className),
            numberSize: parseFloat(getComputedStyle(document.querySelector('.helper-card__number')).fontSize),
            bodySize: parseFloat(getComputedStyle(document.body).fontSize),
        })"""
    )
    assert state["overflow"] <= 0, state
    assert state["outside"] == [], state
    assert state["numberSize"] >= 1.5 * state["bodySize"], state  # large enough at arm's length
    browsing.page.screenshot(path=str(tmp_path / f"card-{language}-360.png"), full_page=True)
    assert run_axe(browsing, axe_source) == [], language
    assert browsing.foreign == [] and browsing.csp_violations() == []
