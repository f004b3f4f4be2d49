"""Donation page: validated bank details and a GiroCode a banking app can read."""

import html as html_lib
import io
import re

from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
import resvg_py
import zxingcpp
from PIL import Image

from home.girocode import (
    EPC_NAME_MAX,
    epc_payload,
    format_iban,
    girocode_svg,
    validate_bic,
    validate_iban,
)
from home.models import ContactSettings, DonationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.invalid", "pw")
    client.force_login(user)
    return client


# The SEPA character set, with the German banks' extension (umlauts, ß, & * $ %).
SEPA_CHARACTERS = re.compile(r"[A-Za-z0-9ÄÖÜäöüß /\-?:().,'+&*$%]+")


def decode_svg(svg):
    png = resvg_py.svg_to_bytes(svg_string=svg, width=600, background="#ffffff")
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(png))))
    assert len(results) == 1, "exactly one QR code expected"
    return results[0]


def girocode_of(html):
    """The SVG inside the page's GiroCode figure (the page has other SVGs: logo, icons)."""
    start = html.index("<svg", html.index('class="girocode"'))
    return html[start : html.index("</svg>", start) + len("</svg>")]


def rendered_girocode(html):
    return decode_svg(girocode_of(html))


def content_language(html):
    """The language the page's content is shown in (an untranslated page shows English)."""
    fallback = re.search(r'<div class="page-content" lang="([^"]+)"', html)
    return fallback.group(1) if fallback else re.search(r'<html lang="([^"]+)"', html).group(1)


def shown_fact(html, label):
    """The text of the ``<dd>`` after the ``<dt>`` ``label`` on the rendered page, and its tag."""
    match = re.search(rf"<dt>{re.escape(label)}</dt>\s*(<dd[^>]*>)(.*?)</dd>", html, re.S)
    assert match, f"no {label!r} on the page"
    text = html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
    return " ".join(text.split()), match.group(1)


def test_iban_and_bic_validation():
    validate_iban("DE43 5206 0410 0003 9110 47")
    validate_bic("GENODEF1EK1")
    validate_bic("DEUTDEFF")
    for wrong in (
        "DE44 5206 0410 0003 9110 47",
        "DE43",
        "XX00 1234",
        "DE43 5206 0410 0003 9110 4Ä",
    ):
        with pytest.raises(Exception, match="IBAN"):
            validate_iban(wrong)
    for wrong in ("GENODEF1E", "GENO12F1", "GENO DE F1 EK1 X"):
        with pytest.raises(Exception, match="BIC"):
            validate_bic(wrong)
    assert format_iban("de43520604100003911047") == "DE43 5206 0410 0003 9110 47"


def test_donation_page_shows_grouped_iban_and_scannable_girocode(client):
    page = DonationPage.objects.get(locale__language_code="de")
    html = client.get(page.url).content.decode()
    assert "DE43 5206 0410 0003 9110 47" in html
    assert "GENODEF1EK1" in html and "Evangelische Bank eG" in html
    svg = girocode_of(html)
    result = decode_svg(svg)
    expected = "\n".join(
        [
            "BCD",
            "002",
            "1",
            "SCT",
            "GENODEF1EK1",
            page.account_holder.replace("–", "-"),
            "DE43520604100003911047",
            "",
            "",
            "",
            page.reference,
        ]
    )
    assert result.text == expected
    assert result.ec_level == "M"
    assert "<script" not in svg and "http" not in svg.replace("http://www.w3.org", "")


def test_girocode_names_the_payee_as_the_page_does_in_full(client):
    """Banks check the payee's name against the account: the code carries the full name the page
    shows (the organisation's legal name), not "KOK e.V.", in the SEPA character set."""
    legal_name = ContactSettings.objects.get().organisation
    pages = DonationPage.objects.filter(live=True).select_related("locale")
    assert pages.count() > 1, "the donation page exists in several languages"
    for page in pages:
        html = client.get(page.url).content.decode()
        with translation.override(content_language(html)):
            label = translation.gettext("Account holder")
        shown, tag = shown_fact(html, label)
        assert shown == legal_name, page.locale
        assert 'lang="de"' in tag and 'dir="ltr"' in tag, "a German name, isolated in RTL pages"
        name = rendered_girocode(html).text.split("\n")[5]
        assert name == shown.replace("–", "-"), (page.locale, name)
        assert len(name) <= EPC_NAME_MAX
        assert SEPA_CHARACTERS.fullmatch(name), name


def test_longest_allowed_name_goes_into_the_code_whole():
    name = "Bundesweiter Koordinierungskreis gegen Menschenhandel – Spendenkonto Ä"[:EPC_NAME_MAX]
    assert len(name) == EPC_NAME_MAX
    payload = epc_payload(name=name, iban="DE43520604100003911047", bic="GENODEF1EK1")
    decoded = decode_svg(girocode_svg(payload))
    assert decoded.text.split("\n")[5] == name.replace("–", "-")


def test_a_holder_longer_than_the_girocode_takes_is_refused_in_the_admin(admin_client):
    page = DonationPage.objects.get(locale__language_code="de")
    before = page.get_latest_revision().pk
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    post = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "appeal": rich_text("<p>Bitte spenden Sie.</p>"),
            "account_holder": "x" * (EPC_NAME_MAX + 1),
            "bank_name": page.bank_name,
            "iban": page.iban,
            "bic": page.bic,
            "reference": page.reference,
            "body": streamfield([]),
        }
    )
    response = admin_client.post(url, post)
    assert response.status_code == 200
    assert str(EPC_NAME_MAX + 1) in response.content.decode()  # "… (it has 71)."
    assert page.get_latest_revision().pk == before


def test_epc_payload_with_amount_and_without_bic():
    payload = epc_payload(name="KOK e.V.", iban="DE43520604100003911047", amount=25)
    assert payload.split("\n")[4] == ""
    assert payload.split("\n")[7] == "EUR25.00"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("iban", "DE44 5206 0410 0003 9110 47", "Prüfziffern dieser IBAN"),
        ("iban", "DE43 5206", "keine gültige IBAN"),
        ("bic", "GENODEF1", None),
        ("bic", "GEN0DEF1EK", "keine gültige BIC"),
    ],
)
def test_wrong_bank_details_are_refused_in_the_admin(admin_client, field, value, message):
    page = DonationPage.objects.get(locale__language_code="de")
    before = (page.iban, page.bic, page.get_latest_revision().pk)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert admin_client.get(url).status_code == 200
    post = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "appeal": rich_text("<p>Bitte spenden Sie.</p>"),
            "account_holder": page.account_holder,
            "bank_name": page.bank_name,
            "iban": page.iban,
            "bic": page.bic,
            "reference": page.reference,
            "body": streamfield([]),
        }
    )
    post[field] = value
    response = admin_client.post(url, post)
    page.refresh_from_db()
    if message is None:  # an 8-character BIC is valid
        assert response.status_code == 302
        assert page.get_latest_revision().pk != before[2]
        assert page.get_latest_revision().as_object().bic == "GENODEF1"
        return
    assert response.status_code == 200
    assert message in response.content.decode()
    assert (page.iban, page.bic, page.get_latest_revision().pk) == before
