"""What the browser tests of the filtered lists (case-law database, publications library) share:
sending the form with the keyboard, and axe over the list with and without choices and over
one of its entries."""

from .test_accessibility import run_axe


def submit_by_keyboard(page, tabs=10):
    """Tab on to the form's submit button and press Enter; returns once the next page is in."""
    for _ in range(tabs):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    else:
        raise AssertionError("the submit button cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_axe_clean(visit, axe_source, path, language, queries, entry_link):
    """axe finds nothing on the list at ``path`` with each query (a refused one answers 400),
    in ``language``, nor on the first entry that ``entry_link`` (a selector) leads to."""
    for query in queries:
        browsing = visit()
        response = browsing.page.goto(browsing.base_url + path + query)
        assert response.status in (200, 400)
        assert browsing.page.evaluate("document.documentElement.lang") == language
        assert run_axe(browsing, axe_source) == [], (language, query)
        browsing.close()
    browsing = visit()
    browsing.goto(path)
    with browsing.page.expect_navigation():
        browsing.page.locator(entry_link).first.click()
    assert run_axe(browsing, axe_source) == [], (language, browsing.page.url)
    assert browsing.foreign == []
    browsing.close()
