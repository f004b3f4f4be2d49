"""A page an editor protects with a password, opened in Chromium.

The public site sends ``Referrer-Policy: no-referrer``; with it a browser posts forms with
``Origin: null``, which Django's CSRF check refuses. Only a real browser shows whether the
password form works, so this runs in Chromium, not the test client.
"""

from wagtail.models import Page

from home.models import StandardPage
from multilingual.sync import synchronise_locales

from .test_accessibility import run_axe

PASSWORD = "Sonnenblume-42"  # noqa: S105 (test data)


def protected_page():
    home = Page.objects.get(depth=2, locale__language_code="de").specific
    page = StandardPage(
        title="Interne Fortbildung",
        slug="interne-fortbildung",
        introduction="Nur für Mitgliedsorganisationen.",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    page.view_restrictions.create(restriction_type="password", password=PASSWORD)
    return page


def test_password_form_in_the_site_layout_refuses_wrong_and_accepts_right(visit):
    page = protected_page()
    browsing = visit()
    tab = browsing.page
    response = browsing.goto(page.url)
    assert response.headers["referrer-policy"] == "same-origin"  # never another host
    assert "Nur für Mitgliedsorganisationen" not in tab.content()
    assert "Interne Fortbildung" not in tab.content()  # not in menus, footer or breadcrumbs
    assert tab.locator("h1").inner_text() == "Passwort erforderlich"
    assert tab.is_visible("#quick-exit")
    assert tab.title().startswith("Passwort erforderlich")  # not the protected page's title

    tab.fill("#id_password", "falsch")
    with tab.expect_response(lambda r: r.request.method == "POST") as posted:
        tab.click(".password-form button")
    assert posted.value.status == 403
    assert tab.is_visible("#password-error")
    assert "nicht richtig" in tab.locator("#password-error").inner_text()
    assert "Nur für Mitgliedsorganisationen" not in tab.content()
    assert "Interne Fortbildung" not in tab.content()  # not in menus, footer or breadcrumbs

    tab.fill("#id_password", PASSWORD)
    with tab.expect_navigation():
        tab.click(".password-form button")
    assert tab.url == browsing.base_url + page.url
    assert "Nur für Mitgliedsorganisationen" in tab.content()
    assert browsing.foreign == [] and browsing.csp_violations() == []


def test_password_form_with_its_error_passes_axe(visit, axe_source):
    page = protected_page()
    browsing = visit()
    browsing.goto(page.url)
    tab = browsing.page
    tab.fill("#id_password", "falsch")
    with tab.expect_navigation():
        tab.click(".password-form button")
    assert tab.locator("#id_password").get_attribute("aria-describedby") == "password-error"
    assert run_axe(browsing, axe_source) == []


def test_password_form_in_arabic(visit):
    """The Arabic alias of the protected German page is protected too, and says so in
    Arabic."""
    page = protected_page()
    synchronise_locales()
    assert page.aliases.filter(locale__language_code="ar").exists()
    browsing = visit()
    browsing.goto(f"/ar{page.url[3:]}")
    tab = browsing.page
    assert tab.url == f"{browsing.base_url}/ar{page.url[3:]}"
    assert "Nur für Mitgliedsorganisationen" not in tab.content()
    assert tab.locator("html").get_attribute("dir") == "rtl"
    assert tab.locator("h1").inner_text() == "كلمة المرور مطلوبة"
    assert tab.locator("label[for=id_password]").inner_text() == "كلمة المرور"
