"""A Romanian translator's admin is Romanian: no German and no English string on the dashboard,
the page list, the translation editor and the translation status report.

Wagtail's and wagtail-localize's catalogues lack strings; Django then shows the German of
LANGUAGE_CODE, or English where no catalogue has the msgid (translators/admin_language.py,
translators/locale/). What the browser shows is checked against the catalogues Django loads:
a text node or an attribute a person reads (placeholder, aria-label, title, alt, a button's
value) fails when it is an English msgid or a German msgstr of the templates' or the scripts'
catalogues and not also a Romanian translation, when it holds an English or German month or
weekday name (a date from ``strftime``), or when a word is glued to a language's name
("Publică înRomână"). Content is left out: whatever carries another ``lang``, page titles,
language codes, and the German source and Romanian translation of the page's strings.
"""

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation as i18n
from django.utils.dates import MONTHS, MONTHS_3, WEEKDAYS
from django.utils.translation import trans_real
from django.views.i18n import JavaScriptCatalog

from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation

import polib

from home.models import HomePage
from translators.permissions import find_group

from ..pages import locale, translate
from ..translator_helpers import german
from .test_admin import PASSWORD, sign_in

# Every text node and attribute a person reads, outside hidden elements (visually hidden text
# is read by screen readers and counts), with the language of its closest [lang].
SHOWN = """() => {
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (e.hidden || style.display === "none" || style.visibility === "hidden") return true;
    }
    return false;
  };
  const lang = (el) => (el.closest("[lang]") || document.documentElement).getAttribute("lang");
  const shown = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.nodeValue.replace(/\\s+/g, " ").trim();
    if (!text || !el || ["SCRIPT", "STYLE", "NOSCRIPT"].includes(el.tagName)) continue;
    if (el.closest("template") || hidden(el)) continue;
    shown.push([text, lang(el), el.tagName.toLowerCase()]);
  }
  const read = ["placeholder", "aria-label", "title", "alt", "aria-description"];
  for (const el of document.body.querySelectorAll("*")) {
    if (hidden(el)) continue;
    for (const name of read) {
      const value = el.getAttribute(name);
      if (value && value.trim()) shown.push([value.trim(), lang(el), "@" + name]);
    }
    if (el.matches("input[type=submit], input[type=button]") && el.value) {
      shown.push([el.value.trim(), lang(el), "@value"]);
    }
  }
  shown.push([document.title, document.documentElement.lang, "title"]);
  return shown;
}"""

# English that upstream writes without gettext, so that no catalogue has it: wagtail-localize's
# editor titles its strings `${source} to ${target} translation` (js/admin-strings.js).
HARD_CODED = {"%(source)s to %(target)s translation"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")


def texts(catalogue):
    """(msgids, msgstrs) of a translation object and its fallbacks (gettext reads tr_TR for tr,
    zh for zh_Hans), without the fallback to LANGUAGE_CODE, as Django merged them."""
    msgids, msgstrs = set(), set()
    start = catalogue
    while catalogue is not None:
        if (
            catalogue is not start
            and isinstance(catalogue, trans_real.DjangoTranslation)
            and catalogue.language() == settings.LANGUAGE_CODE
        ):
            break
        for key, value in getattr(catalogue, "_catalog", {}).items():
            msgid = (key[0] if isinstance(key, tuple) else key).split("\x04")[-1]
            if msgid:
                msgids.add(msgid)
                msgstrs.add(value)
        catalogue = getattr(catalogue, "_fallback", None)
    return msgids, msgstrs


def catalogues(language):
    """The templates' catalogue and the scripts' catalogues (Wagtail's and wagtail-localize's
    JavaScriptCatalog) of ``language``."""
    yield trans_real.translation(language)
    for package in ("wagtail.admin", "wagtail_localize"):
        paths = JavaScriptCatalog().get_paths([package])
        yield trans_real.DjangoTranslation(language, domain="djangojs", localedirs=paths)


def normal(text, strip=True):
    text = re.sub(r"\s+", " ", TAG.sub("", text)).casefold()
    return text.strip() if strip else text


def any_text(placeholder):
    """What a placeholder stands for: a number for counts, any text otherwise."""
    if placeholder.endswith("d)") or re.search(r"count|num|total|index|size", placeholder):
        return r"[\d.,\u00a0 ]+"
    return ".+?"


class Strings:
    """Exact strings and, for strings with placeholders, one pattern (a count matches a number,
    other placeholders any text; only strings with at least two letters besides them, so
    "%(label)s:" matches nothing)."""

    def __init__(self, strings):
        self.exact = set()
        patterns = []
        for text in strings:
            if not isinstance(text, str):
                continue
            if PLACEHOLDER.search(text):
                literal = PLACEHOLDER.sub("", TAG.sub("", text))
                if len(re.findall(r"[^\W\d_]", literal)) >= 2:
                    parts = [normal(part, strip=False) for part in PLACEHOLDER.split(text)]
                    parts[0], parts[-1] = parts[0].lstrip(), parts[-1].rstrip()
                    holes = [any_text(found) for found in PLACEHOLDER.findall(text)] + [""]
                    patterns.append(
                        "".join(re.escape(p) + h for p, h in zip(parts, holes, strict=True))
                    )
            else:
                self.exact.add(normal(text))
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    def __contains__(self, text):
        text = normal(text)
        return text in self.exact or bool(self.pattern and self.pattern.fullmatch(text))


def language_sets():
    german, romanian, english = set(), set(), set()
    for catalogue in catalogues("de"):
        msgids, msgstrs = texts(catalogue)
        english |= msgids
        german |= msgstrs
    for catalogue in catalogues("ro"):
        romanian |= texts(catalogue)[1]
    # The upstream source catalogues: also the msgids no language has yet.
    for app_config in apps.get_app_configs():
        for domain in ("django", "djangojs"):
            path = Path(app_config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                for entry in polib.pofile(str(path)):
                    english |= {entry.msgid, entry.msgid_plural} - {""}
    return Strings(english | german | HARD_CODED), Strings(romanian)


def content_of(translation):
    """Page titles, the page's strings in German and Romanian and the language codes heading
    the report's columns: content, not the admin's words."""
    content = {code for code, _name in settings.LANGUAGES}
    for page in Page.objects.all().only("title", "draft_title"):
        content |= {page.title, page.draft_title}
    segments = StringSegment.objects.filter(source=translation.source)
    content |= set(segments.values_list("string__data", flat=True))
    content |= set(
        StringTranslation.objects.filter(
            translation_of__segments__in=segments, locale=translation.target_locale
        ).values_list("data", flat=True)
    )
    return {normal(text) for text in content if text}


def calendar_words():
    """English and German month and weekday names that are no Romanian ones (dates a script or
    ``strftime`` wrote in the C locale's English, or Django in German)."""

    def names(code):
        with i18n.override(code):
            return {str(n) for table in (MONTHS, MONTHS_3, WEEKDAYS) for n in table.values()}

    romanian = {name.casefold() for name in names("ro")}
    return {name for name in names("en") | names("de") if name.casefold() not in romanian}


def language_names():
    """The languages' names in Romanian ("Română"), as the admin shows them."""
    with i18n.override("ro"):
        return {str(name) for _code, name in settings.LANGUAGES}


def foreign(shown, not_romanian, romanian, content):
    """What is shown in another language than Romanian: an English msgid or a German msgstr,
    a month or weekday name, or a word glued to a language's name ("Publică înRomână")."""
    months = re.compile(r"\b(?:{})\b".format("|".join(map(re.escape, calendar_words()))))
    glued = re.compile(r"[^\W\d_](?:{})".format("|".join(map(re.escape, language_names()))))
    bad = []
    for text, lang, where in shown:
        if lang not in ("ro", None) or normal(text) in content:
            continue
        in_catalogues = text in not_romanian and text not in romanian
        if in_catalogues or months.search(text) or glued.search(text):
            bad.append((text, where))
    return sorted(set(bad))


def test_a_romanian_translators_admin_has_no_german_or_english(visit):
    user = get_user_model().objects.create_user("traducatoare", "t@example.invalid", PASSWORD)
    user.groups.add(find_group(locale("ro")))
    assert UserProfile.get_for_user(user).preferred_language == "ro"  # from the group
    # The Romanian home page, translated with wagtail-localize: its edit view is the editor.
    translation, home = translate(german(HomePage), "ro", reuse_live=True)
    if translation is None:
        translation, home = translate(german(HomePage), "ro")
    not_romanian, romanian = language_sets()
    content = content_of(translation)

    browsing = visit()
    tab = browsing.page
    sign_in(browsing, "traducatoare")
    screens = {
        "dashboard": "/admin/",
        "page list": f"/admin/pages/{home.pk}/",
        "translation editor": f"/admin/pages/{home.pk}/edit/",
        "translation status report": "/admin/reports/translation-status/",
        "filtered report": f"/admin/reports/translation-status/?locale={home.locale_id}",
    }
    found = {}
    for name, path in screens.items():
        browsing.goto(path)
        if name == "translation editor":
            tab.wait_for_selector(".js-translation-editor button")
        tab.wait_for_load_state("networkidle")
        assert tab.evaluate("document.documentElement.lang") == "ro", name
        bad = foreign(tab.evaluate(SHOWN), not_romanian, romanian, content)
        if bad:
            found[name] = bad
    assert not found, "Not Romanian:\n" + "\n".join(
        f"{screen}: {text!r} ({where})" for screen, bad in found.items() for text, where in bad
    )
