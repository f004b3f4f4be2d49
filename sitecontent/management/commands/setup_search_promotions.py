"""Promote the contact page for the obvious queries, per language. Safe to run again.

Wagtail's search promotions have no locale; the search shows a promotion only to readers of the
promoted page's language (search/service.py). So each language gets its own query → its own
version of the contact page (Settings → Special pages), and only where that version is a real
translation (not an alias).
"""

from django.core.management.base import BaseCommand

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site

from home.models import SpecialPages
from sitecontent.content import de as content


class Command(BaseCommand):
    help = "Promote the contact page for 'Hilfe' (German) and 'help' (English) in the site search."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        contact = SpecialPages.for_site(site).contact if site else None
        if contact is None:
            self.stdout.write("No contact page chosen yet: no search promotions created.")
            return
        created = 0
        for query_string, language in content.CONTACT_PROMOTIONS:
            target = self.version(contact, language)
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
    def version(page, language):
        return Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=language,
            alias_of__isnull=True,
            live=True,
        ).first()
