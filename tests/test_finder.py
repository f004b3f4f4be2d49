"""The counselling-centre finder (issue 12) as a reader meets it: the page in every language,
filters that combine with honest counts, postcodes, bad input, bounded queries with 500 places,
the links to it from the help box, the home page and the forms, and the site search."""

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from home.models import SpecialPages
from network import finder
from network.counselling import (
    ContactKind,
    CounsellingPlace,
    Form,
    Membership,
    Organisation,
    OrganisationKind,
)
from network.geo import LAENDER
from network.models import CounsellingFinderPage
from pagecache import invalidation

pytestmark = pytest.mark.django_db

# One postcode in each Land (the Land's capital), as a reader would type it.
POSTCODES = {
    "BW": "70173", "BY": "80331", "BE": "10785", "BB": "14467", "HB": "28195", "HH": "20095",
    "HE": "65183", "MV": "19053", "NI": "30159", "NW": "40213", "RP": "55116", "SL": "66111",
    "SN": "01067", "ST": "39104", "SH": "24103", "TH": "99084",
}  # fmt: skip


def german(message):
    """A UI message as the German page shows it."""
    with translation.override("de"):
        return translation.gettext(message)


def finder_url(language="de"):
    page = CounsellingFinderPage.objects.get(locale__language_code=language)
    return page.url


def get(client, params=None, language="de"):
    query = f"?{urlencode(params, doseq=True)}" if params else ""
    response = client.get(finder_url(language) + query)
    return response, response.content.decode()


def total(page_html):
    """The number in the results heading ("3 counselling places"), 0 for "no place"."""
    heading = re.search(r'<h2 id="finder-results-heading">(.*?)</h2>', page_html, re.S).group(1)
    number = re.search(r"\d+", heading)
    return int(number.group()) if number else 0


def place_names(page_html):
    return [
        html.unescape(re.sub(r"<[^>]+>", "", name))
        for name in re.findall(r'<h3 class="place__name">(.*?)</h3>', page_html, re.S)
    ]


def options(page_html, name):
    """{value: count} of the select ``name`` as shown (the "Any" option left out)."""
    select = re.search(rf'<select id="finder-{name}" name="{name}">(.*?)</select>', page_html, re.S)
    found = {}
    for value, label in re.findall(r'<option value="([^"]+)"[^>]*>(.*?)</option>', select.group(1)):
        found[value] = int(re.search(r"\((\d+)\)\s*$", html.unescape(label)).group(1))
    return found


def selected(page_html, name):
    select = re.search(rf'<select id="finder-{name}" name="{name}">(.*?)</select>', page_html, re.S)
    return re.findall(r'<option value="([^"]*)" selected', select.group(1))


def confirm_all():
    """Every demo organisation confirmed: the finder then has 49 places to filter."""
    Organisation.objects.update(membership=Membership.MEMBER)


def make_places(count, prefix="Generiert"):
    organisation = Organisation.objects.create(
        name=f"{prefix} e.V.", kind=OrganisationKind.COUNSELLING_CENTRE, membership="member"
    )
    codes = list(LAENDER)
    forms = list(Form.values)
    for number in range(count):
        CounsellingPlace.objects.create(
            organisation=organisation,
            name=f"{prefix} {number}",
            city=f"Stadt {number}",
            laender=[codes[number % len(codes)]],
            forms=[forms[number % len(forms)]],
            target_groups=["women"] if number % 2 else ["all"],
            languages=["de", ["bg", "ro", "ar"][number % 3]],
            interpreters=number % 5 == 0,
            contacts=[("contact", {"kind": "phone", "value": f"0341 {number:06d}", "hours": ""})],
        )


# --- The page -------------------------------------------------------------------------------
# Leichte Sprache ships fewer pages (sitecontent/translations.py): its finder is the German one.
@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES if code != "de-x-ls"])
def test_the_finder_is_a_translated_page_in_every_language(client, code):
    page = CounsellingFinderPage.objects.get(locale__language_code=code)
    assert page.alias_of_id is None, f"{code}: the finder page is not translated"
    response = client.get(page.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert f'<html lang="{code}"' in text
    assert 'id="finder-language"' in text and "germany-map" in text
    if code != settings.LANGUAGE_CODE:
        german = CounsellingFinderPage.objects.get(locale__language_code="de")
        assert page.title != german.title
        assert (
            "Beratungsstelle finden"
            not in text.split('class="page-content"')[1].split("</header>")[0]
        )


def test_the_ways_that_always_work_stand_above_every_result_list_and_when_nothing_matches(
    client,
):
    for params in ({}, {"language": "th", "land": "SL", "form": "organentnahme"}):
        _response, page = get(client, params)
        block = page.index('id="always-available-heading"')
        assert block < page.index('id="finder-results-heading"')
        always = page[block : page.index("</aside>", block)]
        for number in ("tel:110", "tel:112", "tel:116016"):
            assert number in always
        assert "kok-gegen-menschenhandel.de" in always  # KOK's online counselling: a link
    assert total(page) == 0
    assert german("No counselling place matches all your choices.") in page


# --- Filters and counts ---------------------------------------------------------------------
def test_every_count_equals_the_length_of_the_list_it_leads_to(client):
    confirm_all()
    _response, start = get(client)
    assert total(start) == CounsellingPlace.objects.public().count() == 49
    checked = 0
    for base in ({}, {"land": "BY"}, {"form": "sexuelle-ausbeutung", "group": "women"}):
        _response, page = get(client, base)
        for name in finder.DIMENSIONS:
            for value, count in options(page, name).items():
                _response, followed = get(client, {**base, name: value})
                assert total(followed) == count, (base, name, value)
                checked += 1
    assert checked > 100


def test_filters_combine_and_each_place_shown_offers_every_choice(client):
    confirm_all()
    params = {"land": "BY", "form": "sexuelle-ausbeutung", "contact": "phone"}
    _response, page = get(client, params)
    names = place_names(page)
    assert names, "the demo has phone numbers of Bavarian places for sexual exploitation"
    for name in names:
        place = CounsellingPlace.objects.public().get(name=name)
        assert "BY" in place.laender or place.nationwide
        assert "sexuelle-ausbeutung" in place.forms
        assert ContactKind.PHONE in {block.value["kind"] for block in place.contacts}
    _response, only_land = get(client, {"land": "BY"})
    assert total(only_land) > total(page)
    # The choices stay selected, so the next change starts from them.
    assert selected(page, "land") == ["BY"] and selected(page, "contact") == ["phone"]


def test_a_language_includes_places_with_interpreters_and_is_shown_in_its_own_script(client):
    confirm_all()
    _response, page = get(client, {"language": "bg"})
    names = place_names(page)
    public = CounsellingPlace.objects.public()
    expected = {p.name for p in public if "bg" in p.languages or p.interpreters}
    assert total(page) == len(expected) > 0
    assert set(names) <= expected and len(names) == min(len(expected), finder.PER_PAGE)
    assert '<span lang="bg" dir="ltr">Български</span>' in page
    _response, arabic = get(client, {"language": "ar"}, language="ar")
    assert '<span lang="ar" dir="rtl">العربيّة</span>' in arabic


def test_a_place_of_an_unconfirmed_member_is_not_shown(client):
    _response, page = get(client)
    shown = set(place_names(page))
    assert "KOBRAnet – Büro Leipzig" in shown
    assert "JADWIGA München" not in shown  # membership to be confirmed
    member = Organisation.objects.get(name="STOP dem Frauenhandel ökumenische gGmbH")
    member.membership = Membership.MEMBER
    member.save()  # as the office saves it in the admin: the finder shows it at once
    _response, page = get(client)
    assert "JADWIGA München" in place_names(page)


# --- Postcodes ------------------------------------------------------------------------------
def test_a_postcode_in_each_land_selects_that_land(client):
    confirm_all()
    for land, postcode in POSTCODES.items():
        response, page = get(client, {"plz": postcode})
        assert response.status_code == 200, postcode
        assert selected(page, "land") == [land], postcode
        _response, by_land = get(client, {"land": land})
        assert total(page) == total(by_land), postcode  # the postcode's district comes first
        if total(page) <= finder.PER_PAGE:
            assert sorted(place_names(page)) == sorted(place_names(by_land)), postcode


def test_places_in_the_postcodes_district_come_first(client):
    confirm_all()
    _response, dresden = get(client, {"plz": "01067"})
    _response, leipzig = get(client, {"plz": "04109"})
    assert place_names(dresden)[0].endswith("(Dresden)")
    assert place_names(leipzig)[0] == "KOBRAnet – Büro Leipzig"


def test_a_postcode_decides_over_a_land_and_stays_in_the_form(client):
    response, page = get(client, {"plz": "04109", "land": "BY"})
    assert response.status_code == 200
    assert selected(page, "land") == ["SN"]
    assert 'value="04109"' in page
    assert "KOBRAnet – Büro Leipzig" in place_names(page)


# --- Bad input ------------------------------------------------------------------------------
UNKNOWN = "%(filter)s: we do not know this choice, so we left it out."


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"language": "xx"}, (UNKNOWN, "Language of counselling")),
        ({"form": "x" * 10_000}, (UNKNOWN, "Form of exploitation")),
        ({"plz": "abcde"}, "A postcode has five digits, for example 10785."),
        ({"plz": "1" * 10_000}, "A postcode has five digits, for example 10785."),
        ({"land": ["BE", "HH"]}, "Please choose one value for each filter. We used the first one."),
        ({"page": "zwei"}, "This page number is not valid. Please use the links to the pages."),
        ({"group": "<script>alert(1)</script>"}, (UNKNOWN, "For whom")),
    ],
)
def test_bad_input_gets_a_400_page_that_says_why_and_keeps_the_rest(client, params, message):
    if isinstance(message, tuple):
        message = german(message[0]) % {"filter": german(message[1])}
    else:
        message = german(message)
    response, page = get(client, {**params, "contact": "phone"})
    assert response.status_code == 400
    assert message in html.unescape(page)
    assert "<script>alert(1)</script>" not in page
    assert selected(page, "contact") == ["phone"]  # the good choice still applies
    assert 'id="finder-results-heading"' in page


def test_a_repeated_parameter_uses_the_first_value(client):
    confirm_all()
    _response, page = get(client, {"land": ["BE", "HH"]})
    assert selected(page, "land") == ["BE"]


def test_a_postcode_no_place_has_and_a_page_past_the_end_get_a_200(client):
    response, page = get(client, {"plz": "00000"})
    assert response.status_code == 200
    message = german("We do not know this postcode. Please choose a federal state instead.")
    assert message in html.unescape(page)
    response, page = get(client, {"page": "999"})
    assert response.status_code == 200 and total(page) == 5


# --- Privacy --------------------------------------------------------------------------------
def test_a_search_sets_no_cookie_and_writes_nothing(client):
    with CaptureQueriesContext(connection) as queries:
        response, _page = get(client, {"plz": "04109", "language": "bg"})
    assert response.status_code == 200
    assert response.cookies == {} and "Set-Cookie" not in response.headers
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == [] or all(w.upper().startswith(("SAVEPOINT", "RELEASE")) for w in writes)


def test_a_shelter_is_shown_without_any_address(client):
    Organisation.objects.filter(name="Ban Ying e.V.").update(membership=Membership.MEMBER)
    shelter = CounsellingPlace.objects.public().get(name="Ban Ying – anonyme Zufluchtswohnung")
    assert shelter.shelter and not shelter.walk_in_address
    shelter.contacts = [("contact", {"kind": "walk-in", "value": "Geheimweg 1", "hours": ""})]
    with pytest.raises(ValidationError) as refused:
        shelter.full_clean()
    assert "contacts" in refused.value.message_dict
    _response, page = get(client, {"land": "BE"})
    assert "Ban Ying – anonyme Zufluchtswohnung" in place_names(page)
    card = page[page.index(f'id="place-{shelter.pk}"') :]
    card = card[: card.index("</li>\n")]
    assert "Walk-in" not in card and "Geheimweg" not in card


# --- Bounded work ---------------------------------------------------------------------------
def count_queries(client, params):
    """Queries of a request as the first reader after a change makes it (the shared store of
    menus and routes emptied, as every change empties it)."""
    invalidation.clear()
    with CaptureQueriesContext(connection) as queries:
        response, page = get(client, params)
    assert response.status_code == 200
    return len(queries), page


def test_the_queries_do_not_grow_with_the_number_of_places(client):
    get(client)  # warm the per-process caches (postcode table, map)
    few, _page = count_queries(client, {"language": "bg"})
    make_places(500)
    many, page = count_queries(client, {"language": "bg"})
    assert many == few, (few, many)
    assert total(page) > finder.PER_PAGE  # paginated: one page of places is rendered
    assert len(place_names(page)) == finder.PER_PAGE
    assert 'rel="next"' in page
    # First load with the map: the HTML and the stylesheet and script it loads.
    static = sum(Path(finders.find(name)).stat().st_size for name in ("css/site.css", "js/site.js"))
    assert len(page.encode()) + static < 100 * 1024


def test_pages_of_results_keep_the_choices(client):
    make_places(45)
    _response, page = get(client, {"language": "ro"})
    following = re.search(r'<a href="([^"]+)" rel="next">', page).group(1)
    query = parse_qs(urlsplit(html.unescape(following)).query)
    assert query == {"language": ["ro"], "page": ["2"]}
    _response, second = get(client, {"language": "ro", "page": "2"})
    assert set(place_names(second)).isdisjoint(place_names(page))


# --- Links to the finder --------------------------------------------------------------------
@pytest.mark.parametrize("code", ["de", "bg", "ar"])
def test_the_help_box_and_the_home_page_link_to_the_finder_in_the_readers_language(client, code):
    url = finder_url(code)
    home = client.get(f"/{code}/").content.decode()
    assert home.count(f'href="{url}"') >= 2  # the home page's entry point and the help box
    form = client.get(f"/{code}/search/?q=zzzz").content.decode()
    assert f'href="{url}"' in form  # the help box on a search that found nothing


@pytest.mark.parametrize("code", ["de", "ro", "uk"])
def test_each_form_page_links_to_the_finder_filtered_by_that_form(client, code):
    from information.models import FormOfExploitationPage

    pages = FormOfExploitationPage.objects.live().filter(locale__language_code=code)
    assert pages.count() == 8
    for page in pages:
        german = page.get_translation(
            page.locale.get_default() if code != "de" else page.locale
        ).slug
        text = client.get(page.url).content.decode()
        link = re.search(r'<p class="finder-link"><a href="([^"]+)"', text).group(1)
        assert urlsplit(html.unescape(link)).path == finder_url(code)
        assert parse_qs(urlsplit(html.unescape(link)).query) == {"form": [german]}
        response = client.get(html.unescape(link))
        assert response.status_code == 200
        assert selected(response.content.decode(), "form") == [german]


def test_without_a_finder_page_nothing_links_to_it(client):
    special = SpecialPages.objects.get()
    special.finder = None
    special.save()
    home = client.get("/de/").content.decode()
    assert "task--finder" not in home and "help-box__finder" not in home


# --- Site search ----------------------------------------------------------------------------
def test_the_site_search_finds_places_by_name_and_city(client):
    found = client.get("/de/search/?q=leipzig").content.decode()
    section = found[found.index('id="search-places"') :]
    assert "KOBRAnet – Büro Leipzig" in section
    link = html.unescape(re.search(r'<a href="([^"]+)"', section).group(1))
    place = CounsellingPlace.objects.public().get(name="KOBRAnet – Büro Leipzig")
    assert link == f"{finder_url()}?land=SN#place-{place.pk}"
    by_name = client.get("/bg/search/?q=kobranet").content.decode()
    assert by_name.count("KOBRAnet") >= 2
    hidden = client.get("/de/search/?q=jadwiga").content.decode()  # not a confirmed member
    assert 'id="search-places"' not in hidden
