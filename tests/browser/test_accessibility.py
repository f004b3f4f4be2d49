"""WCAG 2.1 AA in real Chromium: axe-core on every page type in de, en and ar, keyboard-only
use of every control, and text enlarged to 200 %."""

import json

from django.conf import settings

import pytest

from .conftest import PAGE_TYPES, Visit

LANGUAGES = ["de", "en", "ar"]
FORM_PAGE = "/formen-der-ausbeutung/arbeitsausbeutung/"  # has an FAQ accordion


def page_type_paths():
    """One German page of each type, as a path without the language prefix."""
    paths = {}
    for model in PAGE_TYPES:
        page = model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
        assert page is not None, f"no {model.__name__} in the bootstrapped site"
        paths[model.__name__] = page.url.removeprefix(f"/{settings.LANGUAGE_CODE}")
    paths["search"] = "/search/?q=Arbeit"
    return paths


def run_axe(visit, axe_source):
    visit.page.evaluate(axe_source)  # evaluated by the devtools protocol, not blocked by the CSP
    return visit.page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            }));
        }"""
    )


def test_axe_finds_no_violation_on_any_page_type_in_german_english_and_arabic(visit, axe_source):
    paths = page_type_paths()
    found = {}
    for language in LANGUAGES:
        for name, path in paths.items():
            browsing = visit()
            browsing.goto(f"/{language}{path}")
            assert browsing.page.evaluate("document.documentElement.lang") == language
            violations = run_axe(browsing, axe_source)
            if violations:
                found[f"{language} {name} {path}"] = violations
            browsing.close()
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_the_not_found_page_is_accessible(visit, axe_source):
    browsing = visit()
    for language in LANGUAGES:
        response = browsing.page.goto(f"{browsing.base_url}/{language}/gibt-es-nicht/")
        assert response.status == 404
        assert run_axe(browsing, axe_source) == [], language


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                tag: el.tagName.toLowerCase(), id: el.id, cls: el.className,
                text: el.textContent.trim().slice(0, 40),
                outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
                inMenu: !!el.closest(".main-menu"),
                inSwitcher: !!el.closest(".language-switcher"),
                inFaq: !!el.closest(".faq__item"),
            };
        }"""
    )


def tab_until(page, condition, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focused(page)
        assert state["outline"], f"focus not visible on {state}"
        if condition(state):
            return state
    raise AssertionError("never reached by the Tab key")


def test_every_control_works_with_the_keyboard_alone(visit):
    browsing = visit()
    page = browsing.page

    # Skip link first, quick exit second, then the browse-safely link.
    browsing.goto(f"/de{FORM_PAGE}")
    page.keyboard.press("Tab")
    assert focused(page)["cls"] == "skip-link"
    assert focused(page)["outline"]
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "quick-exit"
    page.keyboard.press("Tab")
    assert focused(page)["cls"] == "quick-exit__safety"

    # The skip link moves the focus to the main content.
    browsing.goto(f"/de{FORM_PAGE}")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    # Main menu links.
    browsing.goto(f"/de{FORM_PAGE}")
    assert tab_until(page, lambda s: s["inMenu"])["tag"] == "a"

    # FAQ accordion (<details>): opens with Enter, closes with Space.
    tab_until(page, lambda s: s["inFaq"] and s["tag"] == "summary")
    is_open = "document.activeElement.closest('details').open"
    assert not page.evaluate(is_open)
    page.keyboard.press("Enter")
    assert page.evaluate(is_open)
    page.keyboard.press(" ")
    assert not page.evaluate(is_open)

    # Language switcher (<details>): opens with Enter, its links follow in the Tab order, and
    # Enter on one goes to that language.
    browsing.goto(f"/de{FORM_PAGE}")
    tab_until(page, lambda s: s["inSwitcher"] and s["tag"] == "summary")
    page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector('.language-switcher details').open")
    assert tab_until(page, lambda s: s["inSwitcher"] and s["text"] == "English")["tag"] == "a"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.lang") == "en"


@pytest.mark.parametrize("width", [1280, 360])
def test_text_enlarged_to_200_percent_stays_readable_without_sideways_scrolling(
    browser, site, width
):
    paths = page_type_paths()
    browsing = Visit(browser, site, viewport={"width": width, "height": 800})
    try:
        for path in (paths["HomePage"], paths["DonationPage"], FORM_PAGE, paths["NetworkBodyPage"]):
            for language in ("de", "ar"):
                browsing.goto(f"/{language}{path}")
                normal = browsing.page.evaluate(
                    "parseFloat(getComputedStyle(document.querySelector('main p, main li')).fontSize)"
                )
                # Like the browser's text-size setting: the root font size doubles (CSSOM, which
                # the CSP allows), and everything sized in rem/em follows.
                browsing.page.evaluate("document.documentElement.style.fontSize = '200%'")
                state = browsing.page.evaluate(
                    """() => ({
                        text: parseFloat(getComputedStyle(document.querySelector('main p, main li')).fontSize),
                        overflow: document.documentElement.scrollWidth - window.innerWidth,
                        exitVisible: document.getElementById('quick-exit').getBoundingClientRect().width > 0,
                        wide: [...document.querySelectorAll('body *')]
                            .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                            .slice(0, 3).map(el => el.tagName + '.' + el.className),
                    })"""
                )
                assert state["text"] >= 2 * normal - 0.5, (language, path, normal, state)
                assert state["overflow"] <= 1, (language, path, width, state)
                assert state["exitVisible"]
    finally:
        browsing.close()


def test_language_names_carry_their_own_language(visit):
    browsing = visit()
    browsing.goto("/ar/")
    names = browsing.page.eval_on_selector_all(
        ".language-switcher a",
        "links => links.map(a => [a.lang, a.hreflang, a.textContent.trim()])",
    )
    codes = [code for code, _name in settings.LANGUAGES]
    assert [lang for lang, _hreflang, _text in names] == codes
    assert all(lang == hreflang and text for lang, hreflang, text in names)
    assert browsing.page.evaluate("document.documentElement.dir") == "rtl"
