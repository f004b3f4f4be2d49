"""The old site's addresses keep working: imported redirects to pages (home/old_addresses.py),
the demo's own mappings, and the old case-law database's item links (information/legacy.py)."""

import io

from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

import pytest

from home import old_addresses
from information.models import Decision, NewsItemPage

OLD_DECISION = (
    "/rechtsprechungsdatenbank/datenbank/detailansicht?tx_t3ukudb_urteile%5Baction%5D=show"
    "&tx_t3ukudb_urteile%5Bcontroller%5D=Item&tx_t3ukudb_urteile%5Bitem%5D={item}&cHash={hash}"
)


def german_item(slug):
    return NewsItemPage.objects.get(slug=slug, locale__language_code="de")


@pytest.mark.django_db
def test_the_demo_old_news_addresses_lead_to_the_pages_for_good(client):
    for old, slug in [
        ("/kok-informiert/news/detail/anti-slavery-leitlinie-covid-19", "anti-slavery-leitlinie-covid-19"),
        ("/news-detail/verwaltungsgericht-corona-wohnpflicht-aufgehoben/", "verwaltungsgericht-corona-wohnpflicht-aufgehoben"),
    ]:  # fmt: skip
        response = client.get(old)
        assert response.status_code == 301, old  # straight to the page, not via /de/ first
        assert response["Location"] == german_item(slug).url
        assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_an_old_case_law_link_leads_to_the_decision_whatever_its_hash(client):
    decision = Decision.objects.get(legacy_item=497, locale__language_code="de")
    for hash_ in ("8b406507e0093f1d0a9d39ff76d56a2e", "0123456789abcdef"):
        response = client.get(OLD_DECISION.format(item=497, hash=hash_))
        assert response.status_code == 301
        assert response["Location"].endswith(f"/de/rechtsprechungsdatenbank/{decision.slug}/")
        page = client.get(response["Location"])
        assert page.status_code == 200
        assert "2 StR 87/22" in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("item", ["999999", "abc", "4" * 40, ""])
def test_an_unknown_or_malformed_old_item_is_not_found(client, item):
    response = client.get(OLD_DECISION.format(item=item, hash="x"), follow=True)
    assert response.status_code == 404


@pytest.mark.django_db
def test_a_bad_file_is_refused_with_its_lines_and_saves_nothing():
    site = Site.objects.get(is_default_site=True)
    before = Redirect.objects.count()
    text = (
        "from,to\n"
        "/alt/gut,/de/kok-informiert/\n"
        "kein-pfad,/de/kok-informiert/\n"
        "/alt/nirgends,/de/gibt-es-nicht/\n"
        "/alt/gut/,/de/rechtsprechungsdatenbank/\n"
        "/alt/fremd,https://example.org/de/kok-informiert/\n"
    )
    with translation.override("en"):
        outcome = old_addresses.import_csv(io.StringIO(text), site)
    assert [line for line, _message in outcome.errors] == [3, 4, 5, 6]
    assert "also on line 2" in dict(outcome.errors)[5]
    assert Redirect.objects.count() == before
    missing = old_addresses.import_csv(io.StringIO("alt,neu\n/a,/de/\n"), site)
    assert missing.errors and Redirect.objects.count() == before


@pytest.mark.django_db
def test_an_imported_redirect_follows_its_page_when_it_moves(client, tmp_path):
    csv_file = tmp_path / "old.csv"
    csv_file.write_text("from,to\n/alte-seite/Presse.html,/de/kok-informiert/\n")
    before = Redirect.objects.count()
    dry, out = io.StringIO(), io.StringIO()
    with translation.override("en"):
        call_command("import_old_addresses", str(csv_file), "--dry-run", stdout=dry)
        assert "Redirects that would be imported: 1;" in dry.getvalue()
        assert Redirect.objects.count() == before
        call_command("import_old_addresses", str(csv_file), stdout=out)
    assert "Redirects imported: 1;" in out.getvalue()
    index = Page.objects.get(slug="kok-informiert", locale__language_code="de").specific
    index.slug = "aktuelles"
    index.save_revision().publish()
    response = client.get("/alte-seite/Presse.html")
    assert response.status_code == 301
    assert response["Location"] == "/de/aktuelles/"
    bad = tmp_path / "bad.csv"
    bad.write_text("from,to\n/x,/de/nichts/\n")
    errors = io.StringIO()
    with translation.override("en"), pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_old_addresses", str(bad), stdout=io.StringIO(), stderr=errors)
    assert "Line 2: There is no live page of this site at “/de/nichts/”." in errors.getvalue()
