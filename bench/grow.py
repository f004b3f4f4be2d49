"""Grows a built site for ``bench/serve.py --grow``: 200 more forms of exploitation below the
German forms index and ten more locales (bench/grown_settings.py), every one of them following
the German tree with aliases, as wagtail-localize keeps them. Run with the grown settings:

    DJANGO_SETTINGS_MODULE=bench.grown_settings python bench/grow.py
"""

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import transaction  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from information.models import FormsOfExploitationIndexPage  # noqa: E402
from multilingual.sync import search_indexing_paused, synchronise_locales  # noqa: E402
from pagecache import invalidation  # noqa: E402
from tests.pages import FormOfExploitationPageFactory  # noqa: E402

MORE_CHILDREN = 200

with transaction.atomic():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    index = FormsOfExploitationIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    with search_indexing_paused():
        for n in range(MORE_CHILDREN):
            FormOfExploitationPageFactory(
                parent=index,
                title=f"Weitere Form der Ausbeutung {n:03d}",
                slug=f"weitere-form-{n:03d}",
                introduction="Eine weitere Seite, damit die Liste wächst.",
                locale_id=index.locale_id,
            )
    aliases = synchronise_locales()
invalidation.clear()
print(f"{MORE_CHILDREN} forms, {len(settings.LANGUAGES)} locales, {aliases} new aliases")  # noqa: T201
