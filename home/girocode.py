"""Bank details for donations: IBAN/BIC validation and the GiroCode (EPC069-12) QR code.

segno's ``make_epc_qr`` insists on an amount, but the EPC069-12 payload allows an empty one
(the donor types the amount in the banking app), so the payload is built here and encoded with
error correction level M as the standard requires.

The payee's name goes into the code in full (max. 70 characters): since banks check it against
the account holder (verification of payee), an abbreviation such as "KOK e.V." may be reported
as a mismatch. Typographic dashes and quotes are outside the SEPA character set that banks are
obliged to accept, so the code carries their ASCII forms ("KOK - Bundesweiter …"); the page
shows the name as written.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import segno

EPC_NAME_MAX = 70
EPC_TEXT_MAX = 140
# Characters outside the SEPA character set, replaced by the nearest one inside it.
SEPA_REPLACEMENTS = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": "'",
        "\u201d": "'",
        "\u201e": "'",
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
    }
)


def sepa_text(value):
    """``value`` with typographic dashes, quotes and spaces as the SEPA character set has them."""
    return " ".join((value or "").translate(SEPA_REPLACEMENTS).split())


def normalize_account_code(value):
    return "".join((value or "").split()).upper()


def validate_iban(value):
    """ISO 13616: country, length and the mod-97 check digits."""
    # schwifty's bank registry (7 MB a worker) is loaded only where an editor saves bank details.
    from schwifty import IBAN
    from schwifty.exceptions import InvalidChecksumDigits, SchwiftyException

    code = normalize_account_code(value)
    try:
        IBAN(code)
    except InvalidChecksumDigits as exc:
        raise ValidationError(
            _("This IBAN's check digits are wrong. Please compare it with the bank statement."),
            code="iban_checksum",
        ) from exc
    except SchwiftyException as exc:
        raise ValidationError(
            _("This is not a valid IBAN (country code, length or characters are wrong)."),
            code="iban_invalid",
        ) from exc


def validate_bic(value):
    """ISO 9362: 8 or 11 characters, bank code, country, location, optional branch."""
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    code = normalize_account_code(value)
    try:
        BIC(code)
    except SchwiftyException as exc:
        raise ValidationError(
            _("This is not a valid BIC: it has 8 or 11 letters and digits, e.g. GENODEF1EK1."),
            code="bic_invalid",
        ) from exc


def format_iban(value):
    """Print an IBAN in groups of four, as banks do: DE43 5206 0410 …"""
    code = normalize_account_code(value)
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def epc_payload(*, name, iban, bic="", amount=None, text=""):
    """The EPC069-12 "SEPA credit transfer" payload, version 002, UTF-8.

    ``amount`` may be None: the banking app then asks the donor for it.
    """
    lines = [
        "BCD",
        "002",
        "1",  # UTF-8
        "SCT",
        normalize_account_code(bic),
        sepa_text(name)[:EPC_NAME_MAX],
        normalize_account_code(iban),
        f"EUR{amount:.2f}" if amount else "",
        "",  # purpose code
        "",  # structured reference (we use the unstructured text instead)
        sepa_text(text)[:EPC_TEXT_MAX],
    ]
    return "\n".join(lines).rstrip("\n")


def girocode_svg(payload, *, title=""):
    """Inline SVG markup of the QR code (error correction level M, no external resources)."""
    qr = segno.make(payload, error="m", boost_error=False, micro=False, encoding="utf-8")
    return qr.svg_inline(scale=4, border=4, title=title or None, dark="#000", light="#fff")
