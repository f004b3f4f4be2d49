"""``/<lang>/helper-card/``: a card a reader shows to someone who can help (issue 17).

The same card for every reader, so a view and UI strings, not an editor's page: "I need help. I
do not speak German well. My language: …", the numbers of Settings → Contact, and a request to
help the reader reach a specialised counselling centre, with the counselling-centre finder
(Settings → Special pages). Decisions:

- **Two halves, one template.** ``home/helper_card_half.html`` is rendered twice: in the
  reader's language and inside ``{% language "de" %}``, each half marked with its ``lang`` and
  ``dir``, so the German beside the reader's text says exactly the same. The German half is
  headed "For the person who is helping me", in German. A German reader gets the German half
  only (without "I do not speak German well").
- **Every number from Settings → Contact** (the same fields as the help box); the helpline is
  described only as the site already describes it (help box: free of charge, around the clock,
  in 18 languages). KOK's own number is not called an emergency number: the office names a
  specialised counselling centre, it is no counselling centre itself.
- **The finder in both languages.** The reader's half links to the finder in the reader's
  language (else German), as the help box does; the German half links to the German finder by
  its German title, with its full address for a printed card. Both come from
  ``SpecialPages.pages_for``, once for the reader and once for a German reader: from the shared
  store, else one query each (home may not import network: tests/test_layers.py).
- **My language** is named in the reader's own language (as in the language list) and in German
  (the ``settings.LANGUAGES`` name under ``translation.override("de")``).
- **Quiet like every page.** No query string, no cookie: the page cache keeps it like other
  reader pages; the quick exit stays on screen. The header, menu and footer around it are the
  same for every card address (``shared_fragment_for``). Print (site.css, "Helper card") drops
  everything but the card, which fits one A4 page, and one A6 page in smaller type
  (tests/browser/test_helper_card.py). No print button: that would need a script; the card
  says how to print in a sentence.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import format_html
from django.views.decorators.http import require_safe

from home import navigation
from home.models import ContactSettings, SpecialPages
from multilingual.reader import Reader
from multilingual.versions import language_info


@require_safe  # GET and HEAD; anything else is refused with 405
def helper_card(request):
    reader = Reader.of(request)
    german = settings.LANGUAGE_CODE
    contact = navigation.site_setting(reader, ContactSettings)
    finder = SpecialPages.pages_for(reader).get("finder")
    german_finder = None
    if finder is not None:
        if finder.locale.language_code == german:
            german_finder = finder
        else:
            german_finder = SpecialPages.pages_for(Reader(request, german)).get("finder")
    own = language_info(reader.language)
    names = dict(settings.LANGUAGES)
    with translation.override(german):
        german_name = str(names.get(reader.language, own["name"]))
    context = {
        "contact": contact,
        "reader_half": {
            "language": own,
            "my_language": format_html("<strong>{}</strong>", own["name"]),
            "finder_url": finder.get_url(request) if finder else None,
            "finder_address": absolute(request, finder),
        },
        "german_half": {
            "language": language_info(german),
            "my_language": format_html("<strong>{}</strong>", german_name),
            "finder_url": german_finder.get_url(request) if german_finder else None,
            "finder_address": absolute(request, german_finder),
        },
        "reader_is_german": reader.language == german,
        "shared_fragment_for": "helper-card",
    }
    return TemplateResponse(request, "home/helper_card.html", context)


def absolute(request, page):
    """A page's full address, printed under its link: paper has no links."""
    return request.build_absolute_uri(page.get_url(request)) if page is not None else None
