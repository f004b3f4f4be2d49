"""A printed content page: the text, the help box and KOK's contact details; no navigation.

Someone may print a form-of-exploitation page to take to an appointment: the quick exit, menus,
search, language list and breadcrumbs would only waste paper, the help box's numbers must stay.
"""

FORM_PAGE = "/de/formen-der-ausbeutung/arbeitsausbeutung/"

SHOWN = """(selectors) => Object.fromEntries(selectors.map(s => {
  const el = document.querySelector(s);
  return [s, !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'];
}))"""

NAVIGATION = [".quick-exit", ".main-menu", ".site-header__tools", ".breadcrumbs"]
KEPT = ["main h1", ".help-box", ".site-footer address", ".wordmark"]


def test_print_keeps_the_text_help_and_contact_and_drops_navigation(visit):
    browsing = visit(viewport={"width": 800, "height": 1000})
    browsing.goto(FORM_PAGE)
    on_screen = browsing.page.evaluate(SHOWN, NAVIGATION + KEPT)
    assert all(on_screen.values()), on_screen  # everything is there on screen
    browsing.page.emulate_media(media="print")
    printed = browsing.page.evaluate(SHOWN, NAVIGATION + KEPT)
    assert not any(printed[s] for s in NAVIGATION), printed
    assert all(printed[s] for s in KEPT), printed
    # The phone numbers of the help box are printed as text a reader can dial.
    numbers = browsing.page.eval_on_selector_all(
        ".help-box a[href^='tel:']", "links => links.map(a => a.textContent.trim())"
    )
    assert "110" in numbers
