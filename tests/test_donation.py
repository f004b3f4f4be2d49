"""Donation page: validated bank details and a GiroCode a banking app can read."""

import io

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
import resvg_py
import zxingcpp
from PIL import Image

from home.girocode import epc_payload, format_iban, validate_bic, validate_iban
from home.models import DonationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.invalid", "pw")
    client.force_login(user)
    return client


def decode_svg(svg):
    png = resvg_py.svg_to_bytes(svg_string=svg, width=600, background="#ffffff")
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(png))))
    assert len(results) == 1, "exactly one QR code expected"
    return results[0]


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
    start = html.index("<svg")
    svg = html[start : html.index("</svg>", start) + len("</svg>")]
    result = decode_svg(svg)
    expected = "\n".join(
        [
            "BCD",
            "002",
            "1",
            "SCT",
            "GENODEF1EK1",
            page.account_holder,
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
