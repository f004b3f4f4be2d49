"""Every reader-facing page, in every language, as Chromium shows it: no German sentence outside
an element marked ``lang="de"``.

The German sentences are the source strings of the page (and of the help box and footer around
it), except those its translation deliberately keeps as they are (names, addresses). A
sentence is looked for in the text Chromium renders outside any ``[lang="de"]`` element.
"""

from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

import pytest

from home import german_parts
from sitecontent import translations as content_translations

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# Fewer words are names and terms a translation may keep ("Leichte Sprache"); numbers are no
# words ("Fax: 030 / 26 39 11 86" is also what the French footer shows).
MIN_WORDS = 4

# Text the reader sees, without what is marked German (and without scripts and hidden parts).
VISIBLE_NOT_GERMAN = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, parent = node.parentElement;
    if (!parent || parent.closest('[lang="de"], script, style, [hidden]')) continue;
    if (!node.textContent.trim()) continue;
    out.push(node.textContent);
  }
  return out.join(' ').replace(/\\s+/g, ' ');
}"""


def german_sentences(instances, locale):
    """Plain German source strings of ``instances`` whose translation into ``locale`` differs."""
    sources = [TranslationSource.objects.get_for_instance(i) for i in instances]
    segments = StringSegment.objects.filter(source__in=sources).select_related("string", "context")
    kept = {
        (t.translation_of_id, t.context_id)
        for t in StringTranslation.objects.filter(
            translation_of__segments__source__in=sources, locale=locale
        ).select_related("translation_of")
        if german_parts.plain(t.data) == german_parts.plain(t.translation_of.data)
    }
    sentences = set()
    for segment in segments:
        if (segment.string_id, segment.context_id) in kept or segment.context.path.endswith("slug"):
            continue
        text = german_parts.plain(segment.string.data)
        if sum(any(c.isalpha() for c in word) for word in text.split()) >= MIN_WORDS:
            sentences.add(text)
    return sentences


def test_no_unmarked_german_on_any_reader_facing_page_in_any_language(visit):
    browsing = visit()
    found = []
    for code in OTHER_LANGUAGES:
        # What this language ships (Leichte Sprache: its own, smaller set; the rest of it is
        # standard German by design).
        objects = content_translations.reader_facing_objects(code)
        pages = [obj for obj in objects if hasattr(obj, "url_path")]
        around = [obj for obj in objects if not hasattr(obj, "url_path")]  # help box, footer
        locale = Locale.objects.get(language_code=code)
        for page in pages:
            translated = page.get_translation(locale)
            browsing.goto(translated.url)
            shown = " ".join(browsing.page.evaluate(VISIBLE_NOT_GERMAN).split())
            for sentence in german_sentences([page, *around], locale):
                if sentence in shown:
                    found.append((translated.url, sentence[:70]))
    assert found == []
    assert browsing.csp_violations() == []
