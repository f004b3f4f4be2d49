from django.conf import settings
from django.core.management.base import BaseCommand

from sitecontent import translations as content_translations


class Command(BaseCommand):
    help = (
        "Write sitecontent/content/locale/<lang>.po with every German string of the demo content "
        "that ships translated into <lang> (existing translations are kept)."
    )

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", help="language codes (default: all but de)")

    def handle(self, *args, languages, **options):
        codes = languages or [c for c, _ in settings.LANGUAGES if c != settings.LANGUAGE_CODE]
        for code in codes:
            count = content_translations.export_catalogue(code)
            path = content_translations.catalogue_path(code)
            self.stdout.write(self.style.SUCCESS(f"{path}: {count} strings"))
