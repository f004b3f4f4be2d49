"""What is left to translate among the translatable snippets (counselling places, people, help
box, footer), for a translator's work list on the dashboard (``dashboard.py``).

The status report (``report.py``) covers pages; snippets have no publication dates, so a German
snippet counts as changed when the admin logged its last edit (Wagtail's ``ModelLogEntry``)
after wagtail-localize last took it as the source of the translations. Each item says:
missing (no version in that language), outdated (the German was edited since) or incomplete
(strings untranslated, readers see them in German); up-to-date snippets are left out. The whole
list costs a fixed number of queries per snippet model, however many snippets there are.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.urls import reverse
from django.utils.http import urlencode

from wagtail.models import ModelLogEntry, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from .completeness import untranslated_counts
from .report import INCOMPLETE, MISSING, OUTDATED, STATUS_LABELS

EDITS = ("wagtail.create", "wagtail.edit")


@dataclass
class SnippetItem:
    title: str
    kind: str  # the model's verbose name
    locale: object
    status: str
    changed_at: object = None  # the German snippet's last logged edit
    missing_strings: int = 0
    translate_url: str = ""
    edit_url: str = ""
    update_url: str = ""

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def snippet_work(source_locale, locales, return_url):
    """The snippets of ``locales`` still to translate, the most recently edited German first."""
    locale_ids = [locale.pk for locale in locales]
    german = []
    targets = {}
    for model in translatable_snippet_models():
        objects = list(
            model.objects.filter(locale=source_locale).select_related("locale").order_by("pk")
        )
        german += [(model, obj) for obj in objects]
        for row in model.objects.filter(
            translation_key__in=[obj.translation_key for obj in objects], locale_id__in=locale_ids
        ).values("pk", "translation_key", "locale_id"):
            targets[row["translation_key"], row["locale_id"]] = row["pk"]
    if not german:
        return []
    sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(
            object_id__in=[obj.translation_key for _model, obj in german], locale=source_locale
        ).values("id", "object_id", "last_updated_at")
    }
    source_ids = [row["id"] for row in sources.values()]
    synced = set(
        Translation.objects.filter(
            source_id__in=source_ids, target_locale_id__in=locale_ids, enabled=True
        ).values_list("source_id", "target_locale_id")
    )
    untranslated = untranslated_counts(source_ids, locale_ids)
    content_types = ContentType.objects.get_for_models(*{model for model, _obj in german})
    edited = {
        (row["content_type"], row["object_id"]): row["last"]
        for row in ModelLogEntry.objects.filter(
            content_type__in=content_types.values(),
            object_id__in=[str(obj.pk) for _model, obj in german],
            action__in=EDITS,
        )
        .values("content_type", "object_id")
        .annotate(last=Max("timestamp"))
    }
    items = []
    for model, obj in german:
        meta = model._meta
        changed = edited.get((content_types[model].pk, str(obj.pk)))
        source = sources.get(obj.translation_key)
        for locale in locales:
            item = SnippetItem(str(obj), str(meta.verbose_name), locale, MISSING, changed)
            target = targets.get((obj.translation_key, locale.pk))
            if target is None:
                url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, obj.pk],
                )
                query = urlencode({"select_locale": locale.language_code, "next": return_url})
                item.translate_url = f"{url}?{query}"
                items.append(item)
                continue
            item.edit_url = reverse(
                f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[target]
            )
            if source is None or (source["id"], locale.pk) not in synced:
                continue  # not translated with wagtail-localize: nothing to compare
            if changed and changed > source["last_updated_at"]:
                item.status = OUTDATED
                item.update_url = reverse(
                    "kok_update_translation", args=[source["id"], locale.language_code]
                )
            elif untranslated[source["id"], locale.pk]:
                item.status = INCOMPLETE
                item.missing_strings = untranslated[source["id"], locale.pk]
            else:
                continue  # up to date
            items.append(item)
    # The most recently edited first; those never edited in the admin after, in their order.
    return sorted(
        items,
        key=lambda item: (
            item.changed_at is None,
            -item.changed_at.timestamp() if item.changed_at else 0,
        ),
    )
