"""Parts of a translated page that are still German, marked so for readers and screen readers.

wagtail-localize publishes a translation whose translator has left strings untranslated: those
strings show the German source text, unmarked (no ``lang``), so a screen reader reads German
with, say, a Romanian voice and nothing tells the reader why. When a translation is published,
``record`` stores the German strings it still shows on the page (no query when it is shown);
``mark`` adds ``lang="de" dir="ltr"`` to every element of the rendered content whose whole text
is one of them. Delete when wagtail-localize marks fallback strings itself.
"""

import html as html_lib
import re

from django.conf import settings
from django.utils.html import strip_tags

from wagtail_localize.models import TranslationSource

from translators.completeness import untranslated_strings

# Elements that hold one segment: a heading, a paragraph, a list item, a question, a caption.
ELEMENT = re.compile(
    r"<(h[1-6]|p|li|summary|figcaption|blockquote|dt|dd|th|td)(\s[^>]*)?>(.*?)</\1>", re.S
)


# Unicode isolates (LRI … PDI) that Arabic and Persian translations put around a German term: no
# text of their own, so a translation that only adds them still shows the German words.
ISOLATES = dict.fromkeys(range(0x2066, 0x206A))


def plain(text):
    return " ".join(html_lib.unescape(strip_tags(text)).translate(ISOLATES).split())


def record(sender, instance, **kwargs):
    """``page_published`` receiver: store the German strings this translation still shows."""
    if not hasattr(instance, "untranslated_parts") or getattr(instance, "alias_of_id", None):
        return
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        return
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    parts = (
        []
        if source is None
        else sorted({plain(s) for s in untranslated_strings(source, instance.locale)})
    )
    parts = [part for part in parts if part]
    if parts != instance.untranslated_parts:
        type(instance).objects.filter(pk=instance.pk).update(untranslated_parts=parts)
        instance.untranslated_parts = parts


def mark(rendered, parts):
    """``rendered`` HTML with each element whose text is a German part marked ``lang="de"``."""
    if not parts:
        return rendered
    german = set(parts)

    def replace(match):
        name, attrs, inner = match.group(1), match.group(2) or "", match.group(3)
        if "lang=" in attrs or plain(inner) not in german:
            return match.group(0)
        return f'<{name}{attrs} lang="{settings.LANGUAGE_CODE}" dir="ltr">{inner}</{name}>'

    return ELEMENT.sub(replace, rendered)
