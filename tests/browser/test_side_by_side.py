"""Side by side with German in Chromium: the Arabic and the Romanian form page at a phone's and
a desktop's width, without JavaScript: the two columns in reading order (or block after block
on a phone), nothing wider than the screen, the glossary explanation reached by keyboard, and
axe-clean. A screenshot of each is kept in ``tests/browser/artifacts/side_by_side/`` (or
``$KOKCMS_ARTIFACTS/side_by_side/``)."""

import os
from pathlib import Path

from django.conf import settings

from wagtail.models import Locale

import pytest

from information.models import FormOfExploitationPage

from .test_accessibility import run_axe

ARTIFACTS = Path(os.environ.get("KOKCMS_ARTIFACTS", Path(__file__).parent / "artifacts"))
WIDTHS = [360, 1280]
DESKTOP = 48 * 16  # the grid's breakpoint (site.css, "Side by side")


def side_by_side_path(code):
    german = FormOfExploitationPage.objects.get(
        locale__language_code=settings.LANGUAGE_CODE, slug="sexuelle-ausbeutung"
    )
    page = german.get_translation(Locale.objects.get(language_code=code))
    return page.url + "?beside=de"


def cells(page):
    """For every row: (lang, dir, box) of its two cells, in document order."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.beside__row')].map(row =>
            [...row.children].map(cell => {
                const box = cell.getBoundingClientRect();
                return {lang: cell.lang, dir: cell.dir, x: box.left, right: box.right,
                        y: box.top, bottom: box.bottom};
            }))"""
    )


@pytest.mark.parametrize("code", ["ar", "ro"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_columns_are_in_reading_order_and_fit_the_screen(visit, code, width):
    browsing = visit(viewport={"width": width, "height": 800}, java_script_enabled=False)
    browsing.goto(side_by_side_path(code))
    page = browsing.page
    rows = cells(page)
    assert len(rows) >= 6
    rtl = code == "ar"
    for mine, theirs in rows:
        assert (mine["lang"], mine["dir"]) == (code, "rtl" if rtl else "ltr")
        assert (theirs["lang"], theirs["dir"]) == ("de", "ltr")
        if width >= DESKTOP:  # beside each other, the reader's first in reading direction
            assert abs(mine["y"] - theirs["y"]) < 1
            assert (mine["x"] > theirs["right"] - 1) if rtl else (theirs["x"] > mine["right"] - 1)
        else:  # one after the other: the reader's block, then the German
            assert theirs["y"] >= mine["bottom"] - 1
    # Rows follow each other down the page.
    tops = [min(mine["y"], theirs["y"]) for mine, theirs in rows]
    assert tops == sorted(tops)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than the screen"
    wide = page.evaluate(
        """() => [...document.querySelectorAll('.beside *')]
            .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
                       || el.getBoundingClientRect().left < -1)
            .map(el => el.tagName + '.' + el.className).slice(0, 5)"""
    )
    assert wide == []
    shots = ARTIFACTS / "side_by_side"
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / f"form-{code}-{width}.png"), full_page=True)
    assert browsing.foreign == [] and browsing.csp_violations() == []


@pytest.mark.parametrize("code", ["ar", "ro"])
def test_the_glossary_explanation_is_reached_by_keyboard(visit, code):
    browsing = visit(viewport={"width": 360, "height": 800}, java_script_enabled=False)
    browsing.goto(side_by_side_path(code))
    page = browsing.page
    reached = None
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => ({cls: document.activeElement.className,"
            " href: document.activeElement.getAttribute('href'),"
            " lang: document.activeElement.closest('[lang]').lang})"
        )
        if focused["cls"] == "glossary-term":
            reached = focused
            break
    assert reached is not None, "no glossary term among the first 200 tab stops"
    assert reached["lang"] == code  # the reader's column comes first
    page.keyboard.press("Enter")
    note_id = reached["href"].removeprefix("#")
    assert page.evaluate("location.hash") == f"#{note_id}"
    note = page.locator(f"#{note_id}")
    assert note.is_visible() and note.evaluate("el => el.matches(':target')")
    box = note.bounding_box()
    assert box["y"] >= 0 and box["y"] < 800  # scrolled into view
    assert note.locator("dfn").inner_text().strip()


@pytest.mark.parametrize("code", ["ar", "ro"])
@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_nothing_side_by_side(visit, axe_source, code, width):
    browsing = visit(viewport={"width": width, "height": 800})
    browsing.goto(side_by_side_path(code))
    assert run_axe(browsing, axe_source) == []


def translated_path(model, code):
    german = model.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    return german.get_translation(Locale.objects.get(language_code=code)).url + "?beside=de"


@pytest.mark.parametrize("code", ["ar", "ro"])
@pytest.mark.parametrize("kind", ["home", "finder"])
def test_the_home_page_and_the_finder_side_by_side_fit_a_phone(visit, axe_source, code, kind):
    """Pages with more than text: their text in two languages, then the help box, the tasks, the
    finder's form and places in the reader's language, nothing wider than a 360 px screen."""
    from home.models import HomePage
    from network.models import CounsellingFinderPage

    model = {"home": HomePage, "finder": CounsellingFinderPage}[kind]
    browsing = visit(viewport={"width": 360, "height": 800}, java_script_enabled=False)
    browsing.goto(translated_path(model, code))
    page = browsing.page
    rows = cells(page)
    assert rows and all(mine["lang"] == code and theirs["lang"] == "de" for mine, theirs in rows)
    after = ".help-box" if kind == "home" else ".finder-form"
    below = page.evaluate(f"document.querySelector('{after}').getBoundingClientRect().top")
    assert below >= max(theirs["bottom"] for _mine, theirs in rows) - 1, "after the columns"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than the screen"
    shots = ARTIFACTS / "side_by_side"
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / f"{kind}-{code}-360.png"), full_page=True)
    assert browsing.foreign == [] and browsing.csp_violations() == []
    scripted = visit(viewport={"width": 360, "height": 800})
    scripted.goto(translated_path(model, code))
    assert run_axe(scripted, axe_source) == []


def test_a_translated_decision_side_by_side_passes_axe(visit, axe_source):
    from information.caselaw import CaseLawPage, Decision

    text = Decision.objects.filter(locale__language_code="en").order_by("pk").first()
    german = Decision.objects.get(translation_key=text.translation_key, locale__language_code="de")
    address = german.url_on(CaseLawPage.objects.get(locale__language_code="en")) + "?beside=de"
    browsing = visit(viewport={"width": 360, "height": 800})
    browsing.goto(address)
    assert len(cells(browsing.page)) == 3
    overflow = browsing.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than the screen"
    assert run_axe(browsing, axe_source) == []
    shots = ARTIFACTS / "side_by_side"
    shots.mkdir(parents=True, exist_ok=True)
    browsing.page.screenshot(path=str(shots / "decision-en-360.png"), full_page=True)
