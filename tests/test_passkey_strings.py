"""The passkey sign-in's messages in every language of the site.

django-otp-webauthn's JavaScript shows its status messages from its own script catalogue (domain
djangojs, the URL "otp_webauthn:js-i18n-catalog"). Upstream translates them into de, es, it and
nl only; ours are locale/<lang>/LC_MESSAGES/djangojs.po, which Django's JavaScriptCatalog merges
over the package's (LOCALE_PATHS win). Without our file a language would get German, the
fallback of every catalogue (LANGUAGE_CODE).
"""

import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import django_otp_webauthn
import polib
import pytest

UPSTREAM = Path(django_otp_webauthn.__file__).parent / "locale"
UPSTREAM_LANGUAGES = {"de", "es", "it", "nl"}
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
# de-x-ls falls back to German, en needs no translation.
CODES = [code for code, _name in settings.LANGUAGES if code not in {"de-x-ls", "en"}]
OURS = [code for code in CODES if code not in UPSTREAM_LANGUAGES]


def upstream_catalogue(code):
    return polib.pofile(str(UPSTREAM / code / "LC_MESSAGES" / "djangojs.po"))


def our_catalogue_path(code):
    return LOCALE_DIR / translation.to_locale(code) / "LC_MESSAGES" / "djangojs.po"


# Read from upstream's German catalogue, so that a string a new release adds is noticed.
MSGIDS = [e.msgid for e in upstream_catalogue("de") if e.msgid and not e.obsolete]
GERMAN = {e.msgid: e.msgstr for e in upstream_catalogue("de") if e.msgid}


def catalogue_served_in(client, code):
    """The script catalogue as the passkey page loads it for a user whose admin language is
    ``code``: the admin's URLs need a signed-in user and answer in their admin language."""
    user = get_user_model().objects.create_superuser(
        f"passkey-{code}", f"passkey-{code}@example.invalid", "pw"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = settings.ADMIN_LANGUAGE_CODES.get(code, code)
    profile.save()
    client.force_login(user)
    response = client.get(reverse("otp_webauthn:js-i18n-catalog"))
    assert response.status_code == 200, code
    match = re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.DOTALL)
    assert match, f"{code}: the response holds no catalogue"
    return json.loads(match.group(1))


def test_the_upstream_strings_are_known():
    assert len(MSGIDS) >= 24
    assert {"Verify with Passkey", "Registration successful!"} <= set(MSGIDS)


@pytest.mark.django_db
@pytest.mark.parametrize("code", CODES)
def test_the_passkey_catalogue_answers_in_the_language(client, code):
    catalogue = catalogue_served_in(client, code)
    for msgid in ("Verify with Passkey", "Registration successful!"):
        text = catalogue.get(msgid)
        assert text, f"{code}: {msgid!r} not in the catalogue"
        assert text != msgid, f"{code}: {msgid!r} is English"
        if code == "de":
            assert text == GERMAN[msgid]
        else:
            assert text != GERMAN[msgid], f"{code}: {msgid!r} is German (no catalogue?)"


@pytest.mark.parametrize("code", OURS)
def test_our_catalogue_translates_every_upstream_string(code):
    path = our_catalogue_path(code)
    assert path.exists(), f"{code}: {path} is missing"
    po = polib.pofile(str(path))
    assert po.metadata.get("Language") == translation.to_locale(code)
    assert "charset=UTF-8" in po.metadata.get("Content-Type", "")
    assert po.metadata.get("Plural-Forms")
    entries = {e.msgid: e for e in po if e.msgid and not e.obsolete}
    missing = [m for m in MSGIDS if m not in entries]
    assert missing == [], f"{code}: not in {path.name}: {missing}"
    bad = [m for m in MSGIDS if not entries[m].msgstr.strip() or "fuzzy" in entries[m].flags]
    assert bad == [], f"{code}: untranslated or fuzzy: {bad}"
    assert set(entries) - set(MSGIDS) == set(), f"{code}: msgids upstream no longer has"


@pytest.mark.parametrize("code", OURS)
def test_our_compiled_catalogue_matches_its_source(code):
    path = our_catalogue_path(code)
    compiled = {e.msgid: e.msgstr for e in polib.mofile(str(path.with_suffix(".mo"))) if e.msgid}
    source = {e.msgid: e.msgstr for e in polib.pofile(str(path)) if e.msgid and not e.obsolete}
    assert compiled == source, f"{code}: run manage.py compile_catalogues"
