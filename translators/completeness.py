"""How much of a translation is done: the string segments of the current source without a
translation in the target language.

wagtail-localize publishes a translation with untranslated strings (they fall back to the
German text) and its own views show progress only inside the translation editor, one page at a
time; this counts for many sources and languages at once, in one query, for the status report,
the bootstrap and the tests. Delete when wagtail-localize exposes such counts.
"""

from django.db.models import Count, Exists, F, OuterRef

from wagtail_localize.models import StringSegment, StringTranslation


def _translated(locale_id):
    return StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale_id,
        has_error=False,
    )


def untranslated_counts(source_ids, locale_ids):
    """{(source id, locale id): number of segments of that source not translated in that locale}
    for every pair (zero included), in two queries however many sources and languages."""
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(n=Count("id"))
        .values_list("source_id", "n")
    )
    segment = "translation_of__segments"
    done = {
        (row["source"], row["locale_id"]): row["n"]
        for row in StringTranslation.objects.filter(
            **{f"{segment}__source_id__in": source_ids},
            context_id=F(f"{segment}__context_id"),
            locale_id__in=locale_ids,
            has_error=False,
        )
        .values("locale_id", source=F(f"{segment}__source_id"))
        .annotate(n=Count(f"{segment}__id", distinct=True))
    }
    return {
        (source_id, locale_id): totals.get(source_id, 0) - done.get((source_id, locale_id), 0)
        for source_id in source_ids
        for locale_id in locale_ids
    }


def untranslated_strings(source, locale):
    """The German strings of ``source`` that have no translation in ``locale``, in page order."""
    return list(
        StringSegment.objects.filter(source=source)
        .annotate(done=Exists(_translated(locale.pk)))
        .filter(done=False)
        .order_by("order")
        .values_list("string__data", flat=True)
    )
