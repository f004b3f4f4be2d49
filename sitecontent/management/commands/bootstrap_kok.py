"""Build the German KOK site from the content shipped in ``sitecontent/content``.

Idempotent: whatever already exists (pages, snippets, settings, users) is left as it is, so a
second run changes nothing and never overwrites an editor's work.
"""

import datetime
import io
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, Site

from home.models import (
    ContactSettings,
    FooterText,
    HelpBox,
    HomePage,
    LegalNotice,
    Person,
    SpecialPages,
)
from multilingual.sync import search_indexing_paused, synchronise_locales
from network import places_io
from pagecache import invalidation
from sitecontent import caselaw_demo, glossary_demo, publications_demo
from sitecontent import translations as content_translations
from sitecontent.content import de as content

DEMO_REDIRECTS = Path(__file__).resolve().parents[2] / "redirects" / "demo.csv"
DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "kok-admin-dev"  # noqa: S105 (development only, printed on purpose)


def stream(model, blocks):
    """The body as Wagtail itself would store it.

    Going through the stream block's ``to_python`` gives every list item its own id ("block
    format"). Raw lists without ids are readable, but wagtail-localize skips them when it extracts
    segments, so FAQ questions and answers silently never became translatable.
    """
    stream_block = model._meta.get_field("body").stream_block
    value = stream_block.to_python([{"type": kind, "value": value} for kind, value in blocks])
    return stream_block.get_prep_value(list(value) and value)  # list(): convert every child now


class Command(BaseCommand):
    help = "Create the KOK site (German source) with its demo content. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create the development admin user."
        )

    def handle(self, *args, **options):
        self.created = 0
        with search_indexing_paused():
            self.build_site()
        if self.created:
            # One bulk pass instead of re-indexing every page at every save above.
            call_command("update_index", stdout=io.StringIO())
        # Some of the above is written past Django's signals (bulk updates): no page kept from
        # before may outlive it.
        invalidation.clear()
        self.stdout.write(self.style.SUCCESS(f"KOK site ready: {self.created} object(s) created."))
        if settings.DEBUG and not options["no_admin"]:
            self.ensure_dev_admin()

    def build_site(self):
        with transaction.atomic():
            source = self.ensure_locales()
            home = self.ensure_home(source)
            self.ensure_site(home)
            self.ensure_snippets(source)
            self.created += glossary_demo.load()  # legal terms explained in place
            self.created += places_io.load_demo()  # counselling places (network/demo_places.py)
            for spec in content.PAGES:
                self.ensure_page(home, spec)
            self.created += caselaw_demo.load(home)  # courts, norms, decisions, database page
            self.created += publications_demo.load(home)  # library, publications, sample PDFs
            self.ensure_special_pages(home)
        # Translations after the German tree has committed, each saved in its own transaction:
        # wagtail-localize finishes publishing on commit and needs the parents' true state.
        self.ensure_translations()
        # Untranslated pages stay reachable in every language as alias pages
        # (multilingual/sync.py).
        # Only after the block above has committed: wagtail-localize publishes translations
        # on commit, and the aliases go under those translations.
        with transaction.atomic():
            self.created += synchronise_locales()
        call_command("setup_translators", stdout=self.stdout)  # one group per language
        self.created += places_io.ensure_office_permissions()  # editors edit counselling places
        call_command("setup_search_promotions", stdout=self.stdout)  # "Hilfe"/"help" → help page
        self.created += self.import_demo_redirects()

    def import_demo_redirects(self):
        """The old site's addresses of the demo's pages, imported as the office imports its own
        (README "Old addresses"). Rows imported before stay as they are, so this runs again."""
        before = Redirect.objects.count()
        call_command("import_old_addresses", str(DEMO_REDIRECTS), stdout=io.StringIO())
        return Redirect.objects.count() - before

    # --- Locales and site ------------------------------------------------------------------
    def ensure_locales(self):
        for code, _name in settings.LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            self.created += created
        return Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def ensure_home(self, source):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=source).first()
        if home:
            return home
        # Wagtail's migrations leave a placeholder "Welcome" page; make room for ours.
        for placeholder in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore", numchild=0
        ):
            placeholder.delete()
        home = self.build(HomePage, content.HOME, source)
        root.add_child(instance=home)
        self.publish(home)
        return home

    def ensure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="KOK e.V.",
            )
            self.created += 1
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "KOK e.V."
            site.save()
            self.created += 1
        contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
        if not contact.street:
            for field, value in content.CONTACT.items():
                setattr(contact, field, value)
            contact.save()
            self.created += 1

    def ensure_special_pages(self, home):
        """Settings → Special pages: the shipped pages, for every role still unset."""
        chosen = SpecialPages.for_site(Site.objects.get(is_default_site=True))
        changed = False
        for role, slug in content.SPECIAL_PAGES.items():
            if getattr(chosen, f"{role}_id") is None:
                page = home.get_children().filter(slug=slug).first()
                if page is not None:
                    setattr(chosen, role, page)
                    changed = True
        if changed:
            chosen.save()
            self.created += 1

    def ensure_snippets(self, source):
        for model, data in ((HelpBox, content.HELP_BOX), (FooterText, content.FOOTER)):
            if not model.objects.filter(locale=source).exists():
                model.objects.create(locale=source, **data)
                self.created += 1
        footer = FooterText.objects.get(locale=source)
        if not (footer.funding_notice or footer.support_text):  # a site from before issue 18
            for field in ("funding_notice", "support_text", "support_url"):
                setattr(footer, field, content.FOOTER[field])
            footer.save()
            self.created += 1
        for order, data in enumerate(content.PEOPLE):
            _person, created = Person.objects.get_or_create(
                locale=source,
                name=data["name"],
                group=data["group"],
                defaults={"role": data["role"], "sort_order": order},
            )
            self.created += created
        notice = LegalNotice.for_site(Site.objects.get(is_default_site=True))  # creates it
        if not any(getattr(notice, field) for field in LegalNotice.REQUIRED):  # never filled
            for field, value in content.LEGAL_NOTICE.items():
                setattr(notice, field, value)
            notice.save()
            self.created += 1

    # --- Pages -----------------------------------------------------------------------------
    def build(self, model, spec, locale):
        fields = dict(spec.get("fields", {}))
        for name, value in fields.items():
            field = model._meta.get_field(name)
            if field.get_internal_type() == "DateField" and isinstance(value, str):
                fields[name] = datetime.date.fromisoformat(value)
        page = model(
            title=spec["title"],
            slug=spec.get("slug", "home"),
            locale=locale,
            introduction=spec.get("introduction", ""),
            search_description=spec.get("search_description", ""),
            show_in_menus=spec.get("show_in_menus", False),
            **fields,
        )
        if hasattr(model, "body"):
            page.body = stream(model, spec.get("body", []))
        return page

    def ensure_page(self, parent, spec):
        model = apps.get_model(spec["type"])
        page = parent.get_children().filter(slug=spec["slug"]).specific().first()
        if page is None:
            page = self.build(model, spec, parent.locale)
            page.full_clean(exclude=["path", "depth", "url_path"])
            parent.add_child(instance=page)
            self.publish(page)
        for child in spec.get("children", []):
            self.ensure_page(page, child)
        return page

    def publish(self, page):
        # Logged as an edit, so that History offers this first text ("Review this version")
        # once an editor has changed the page; Wagtail offers it on edits, not on publishes.
        page.save_revision(log_action=True).publish()
        self.created += 1

    # --- Translations --------------------------------------------------------------------
    def ensure_translations(self):
        """Real wagtail-localize translations from sitecontent/content/locale/<lang>.po."""
        for code, _name in settings.LANGUAGES:
            if code == settings.LANGUAGE_CODE:
                continue
            try:
                created, untranslated = content_translations.translate(code)
            except content_translations.IncompleteCatalogue as incomplete:
                raise CommandError(str(incomplete)) from incomplete
            self.created += created
            if untranslated:
                objects = sorted({name for name, _msgid in untranslated})
                self.stdout.write(
                    self.style.WARNING(
                        f"{code}: not translated yet (readers get German): {', '.join(objects)}"
                    )
                )

    # --- Development admin -----------------------------------------------------------------
    def ensure_dev_admin(self):
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEV_ADMIN_USERNAME).exists():
            user_model.objects.create_superuser(
                DEV_ADMIN_USERNAME, "admin@example.invalid", DEV_ADMIN_PASSWORD
            )
            self.stdout.write(self.style.SUCCESS("Created the development admin account."))
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
            f"user “{DEV_ADMIN_USERNAME}”, password “{DEV_ADMIN_PASSWORD}” "
            "(development only; change it if this machine is shared)."
        )
