"""Leichte Sprache in real Chromium: its home page and a form page pass axe-core, say
``lang="de-x-ls"``, load nothing from another host and break no CSP rule; the sign-language
page's video block shows its notice, not a player."""

import json

import pytest

from multilingual.easy_language import EASY_GERMAN

from .test_accessibility import run_axe

PATHS = [f"/{EASY_GERMAN}/", f"/{EASY_GERMAN}/formen-der-ausbeutung/arbeitsausbeutung/"]


@pytest.mark.parametrize("width", [360, 1280])
def test_leichte_sprache_pages_are_accessible(visit, axe_source, width):
    found = {}
    for path in PATHS:
        browsing = visit(viewport={"width": width, "height": 800})
        browsing.goto(path)
        assert browsing.page.evaluate("document.documentElement.lang") == EASY_GERMAN
        violations = run_axe(browsing, axe_source)
        if violations:
            found[path] = violations
        # Nothing wider than the screen (long compounds are split with the mid dot).
        assert browsing.page.evaluate(
            "document.documentElement.scrollWidth <= window.innerWidth"
        ), path
        assert browsing.foreign == [] and browsing.csp_violations() == [], path
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_the_sign_language_page_shows_the_coming_notice(visit, axe_source):
    browsing = visit()
    browsing.goto("/de/gebaerdensprache/")
    assert browsing.page.locator("video").count() == 0
    assert (
        browsing.page.get_by_role("note").filter(has_text="Dieses Video kommt bald.").count() == 1
    )
    assert run_axe(browsing, axe_source) == []
