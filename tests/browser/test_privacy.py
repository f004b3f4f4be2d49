"""Privacy and weight, measured in Chromium: no request to another host, no cookie, nothing the
CSP had to block, and a first load (HTML, CSS, JS, fonts; images excluded) under 100 KB."""

from django.conf import settings

from .conftest import PAGE_TYPES

LANGUAGES = ["de", "en", "ar", "uk", "fa", "zh-hans"]
BUDGET = 100 * 1024
COUNTED = {"document", "stylesheet", "script", "font"}


def paths():
    result = [
        model.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .first()
        .url.removeprefix(f"/{settings.LANGUAGE_CODE}")
        for model in PAGE_TYPES
    ]
    return [*result, "/search/?q=Beratung"]


def first_load(visit, url):
    """Loads ``url`` in a fresh browser; returns the visit and bytes received per resource type."""
    browsing = visit()
    received = []
    browsing.page.on("requestfinished", lambda request: received.append(request))
    browsing.goto(url)
    browsing.page.wait_for_load_state("networkidle")
    weight = {}
    for request in received:
        sizes = request.sizes()
        transferred = sizes["responseHeadersSize"] + sizes["responseBodySize"]
        weight[request.resource_type] = weight.get(request.resource_type, 0) + transferred
    return browsing, weight


def test_no_other_host_no_cookie_nothing_blocked_and_a_light_first_load(visit, capsys):
    figures = []
    for language in LANGUAGES:
        for path in paths():
            url = f"/{language}{path}"
            browsing, weight = first_load(visit, url)
            assert browsing.foreign == [], (url, browsing.foreign)
            assert browsing.context.cookies() == [], url
            assert browsing.csp_violations() == [], url
            assert browsing.console_errors == [], (url, browsing.console_errors)
            counted = sum(size for kind, size in weight.items() if kind in COUNTED)
            assert weight.get("document", 0) > 1000 and weight.get("stylesheet", 0) > 1000, weight
            assert counted < BUDGET, (url, weight)
            figures.append((counted, url, weight))
            browsing.close()
    with capsys.disabled():
        heaviest = max(figures)
        lightest = min(figures)
        print(
            f"\nfirst load over {len(figures)} pages: lightest {lightest[0]} B ({lightest[1]}),"
            f" heaviest {heaviest[0]} B ({heaviest[1]}: {heaviest[2]})"
        )


def test_the_search_form_sets_no_cookie(visit):
    browsing = visit()
    browsing.goto("/de/")
    browsing.page.click(".site-search-panel summary")  # the search is behind a button
    browsing.page.fill("#site-search-q", "Arbeit")
    with browsing.page.expect_navigation():
        browsing.page.keyboard.press("Enter")
    assert "/search/" in browsing.page.url
    assert browsing.context.cookies() == []
    assert browsing.foreign == []
