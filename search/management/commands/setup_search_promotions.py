"""Promote the help page for the obvious queries, per language. Safe to run again.

Wagtail's search promotions have no locale; the search shows a promotion only to readers of the
promoted page's language (search/service.py). So each language gets its own query → its own
version of the page, and only where that version is a real translation (not an alias).
"""

from django.core.management.base import BaseCommand

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site

# (query, language, slug of the German source page under the home page)
PROMOTIONS = [
    ("hilfe", "de", "kontakt"),
    ("beratung", "de", "kontakt"),
    ("help", "en", "kontakt"),
]


class Command(BaseCommand):
    help = "Promote the help page for 'Hilfe' (German) and 'help' (English) in the site search."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            self.stdout.write("No site yet: no search promotions created.")
            return
        created = 0
        for query_string, language, slug in PROMOTIONS:
            target = self.version(site.root_page, slug, language)
            if target is None:
                self.stdout.write(f"Search promotion “{query_string}” skipped: no {language} page.")
                continue
            query = Query.get(query_string)
            _promotion, new = SearchPromotion.objects.get_or_create(
                query=query, page=target, defaults={"sort_order": 0}
            )
            created += new
        self.stdout.write(self.style.SUCCESS(f"Search promotions ready: {created} created."))

    @staticmethod
    def version(home, slug, language):
        source = home.get_children().filter(slug=slug).first()
        if source is None:
            return None
        return Page.objects.filter(
            translation_key=source.translation_key,
            locale__language_code=language,
            alias_of__isnull=True,
            live=True,
        ).first()
