"""The site search finds what professionals look for, with what each result is in words: news
by their category, court decisions of the case-law database (snippets the page search does not
see) with their citation, in the reader's language."""

import re

import pytest

from information.models import Decision


def decisions_section(html):
    found = re.search(r'<ul class="search-results" id="search-decisions">(.*?)</ul>', html, re.S)
    return found.group(1) if found else ""


@pytest.mark.django_db
def test_a_court_decision_is_found_with_its_citation_and_leads_to_it(client):
    decision = Decision.objects.get(legacy_item=30, locale__language_code="de")
    response = client.get("/de/search/", {"q": "Augsburg"})
    assert response.status_code == 200
    section = decisions_section(response.content.decode())
    assert decision.citation in section
    assert ">Gerichtsentscheidung<" in section  # what it is, in the reader's words
    url = re.search(r'href="([^"]+)"', section).group(1)
    assert url == f"/de/rechtsprechungsdatenbank/{decision.slug}/"
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_an_english_reader_finds_the_english_decision_in_english_words(client):
    response = client.get("/en/search/", {"q": "confiscated"})
    html = response.content.decode()
    section = decisions_section(html)
    assert "LG Hanau" in section
    assert "Court decision" in section
    assert "/en/rechtsprechungsdatenbank/" in section
    assert "Nothing was found" not in html


@pytest.mark.django_db
def test_no_decision_block_for_words_no_decision_has(client):
    html = client.get("/de/search/", {"q": "Spende"}).content.decode()
    assert 'id="search-decisions"' not in html


@pytest.mark.django_db
def test_a_news_item_says_what_it_is(client):
    html = client.get("/de/search/", {"q": "Zwangsprostitution"}).content.decode()
    hit = re.search(r'<li class="search-result" data-search-result>(.*?)</li>', html, re.S).group(1)
    assert "lg-berlin-haftstrafen-schwere-zwangsprostitution" in hit
    assert re.search(
        r'search-result__kind">[^<]+</span> · <span class="search-result__section">KOK informiert',
        hit,
    )
