"""KOK's member organisations and their counselling places (issue 12): the data the finder shows.

Organisations and places are data, not pages: they have no URL, no body and no place in the page
tree; the finder lists and filters them. So they are Wagtail snippets (edited in the admin under
Snippets, listed with filters and search, imported and exported as CSV by
``manage.py counselling_places``).

- ``Organisation`` (the Träger) holds only proper names, a kind and the membership status: nothing
  to translate, so one row for all languages.
- ``CounsellingPlace`` is translatable (wagtail-localize): the reader-facing free text
  (``description``, ``accessibility``) is a ``TranslatableField``; everything structured (area,
  forms, target groups, languages, contacts, checks) is a ``SynchronizedField`` and stays as the
  German source has it. ``CounsellingPlace.objects.public()`` yields one row per place (the
  source-locale row); ``place.localized`` gives the reader's translation where one exists.

Readers see a place only when its organisation's membership is ``member``: an editor's
confirmation *is* setting that status (one field, so "confirmed" and the status cannot disagree).

Safety: nothing here stores an exact location (no coordinates). The only street field,
``walk_in_address``, is for places people may walk into; ``clean()`` refuses it for shelters
(places marked as protected accommodation, and every place of an organisation of kind shelter),
and the import runs the same ``full_clean()``.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .fields import ChoiceListField, LanguageListField

SOURCE_HELP = _("Where the facts come from. Only the office sees this.")


class OrganisationKind(models.TextChoices):
    COUNSELLING_CENTRE = "counselling-centre", _("Specialised counselling centre")
    SHELTER = "shelter", _("Shelter")
    MIGRANT_WOMEN = "migrant-women", _("Migrant women's project")
    SEX_WORK = "sex-work", _("Sex work counselling")
    RIGHTS = "rights", _("Women's or human rights organisation")
    WELFARE = "welfare", _("Welfare association")


class Membership(models.TextChoices):
    MEMBER = "member", _("Member")
    TO_BE_CONFIRMED = "to-be-confirmed", _("Membership to be confirmed")
    NOT_A_MEMBER = "not-a-member", _("Not a member")


class Form(models.TextChoices):
    """The eight forms of the Leitbild (codes = the German slugs of the information pages, so the
    finder can link them without importing ``information``), then related topics."""

    SEXUAL = "sexuelle-ausbeutung", _("Sexual exploitation")
    LABOUR = "arbeitsausbeutung", _("Labour exploitation")
    BEGGING = "erzwungene-betteltaetigkeit", _("Forced begging")
    CRIMINAL = "ausnutzung-strafbarer-handlungen", _("Exploitation of criminal activities")
    ORGANS = "organentnahme", _("Organ removal")
    SURROGACY = "leihmutterschaft", _("Surrogacy")
    FORCED_MARRIAGE = "zwangsverheiratung", _("Forced marriage")
    ADOPTION = "illegale-adoption", _("Illegal adoption")
    FGM = "fgm", _("Female genital mutilation")
    HONOUR = "honour-violence", _("Violence in the name of 'honour'")
    PROSTITUTION = "prostitution", _("Prostitution and leaving it")
    DOMESTIC = "domestic-violence", _("Domestic violence")


class TargetGroup(models.TextChoices):
    WOMEN = "women", _("Women")
    MEN = "men", _("Men")
    MINORS = "minors", _("Minors")
    TRANS = "trans-non-binary", _("Trans* and non-binary people")
    ALL = "all", _("Everyone")


# The 16 Länder by their official abbreviations. Proper names, German here; the finder's geography
# module gives the reader-facing names.
LAENDER = {
    "BW": "Baden-Württemberg",
    "BY": "Bayern",
    "BE": "Berlin",
    "BB": "Brandenburg",
    "HB": "Bremen",
    "HH": "Hamburg",
    "HE": "Hessen",
    "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen",
    "RP": "Rheinland-Pfalz",
    "SL": "Saarland",
    "SN": "Sachsen",
    "ST": "Sachsen-Anhalt",
    "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}


class ContactKind(models.TextChoices):
    PHONE = "phone", _("Phone")
    MESSENGER = "messenger", _("Mobile or messenger")
    EMAIL = "email", _("E-mail")
    FORM = "form", _("Contact form")
    ONLINE = "online", _("Online counselling or chat")
    WALK_IN = "walk-in", _("Walk-in")
    OUTREACH = "outreach", _("Outreach")


URL_KINDS = {ContactKind.FORM, ContactKind.ONLINE}


def validate_contact(kind, value):
    """The import and the admin check a contact's value the same way."""
    if kind == ContactKind.EMAIL:
        EmailValidator()(value)
    elif kind in URL_KINDS:
        URLValidator(schemes=["https", "http"])(value)


class ContactBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=ContactKind.choices, label=_("way to get in touch"))
    value = blocks.CharBlock(max_length=255, label=_("number, address or link"))
    hours = blocks.CharBlock(max_length=255, required=False, label=_("opening hours"))

    def clean(self, value):
        value = super().clean(value)
        try:
            validate_contact(value["kind"], value["value"])
        except ValidationError as error:
            raise blocks.StructBlockValidationError(block_errors={"value": error}) from error
        return value

    class Meta:
        icon = "mail"


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    website = models.URLField(_("website"), blank=True)
    membership = models.CharField(
        _("membership"),
        max_length=20,
        choices=Membership.choices,
        default=Membership.TO_BE_CONFIRMED,
    )
    source = models.TextField(_("source"), blank=True, help_text=SOURCE_HELP)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("membership"),
        FieldPanel("source"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def is_shelter(self):
        return self.kind == OrganisationKind.SHELTER


class PlaceQuerySet(models.QuerySet):
    def source_rows(self):
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def public(self):
        """What readers may see: one row per place, of confirmed members only."""
        return self.source_rows().filter(organisation__membership=Membership.MEMBER)

    def public_in(self, language):
        """The public places (German rows, as ``public()``) and {translation key: the row in
        ``language``} for their descriptions, in one query."""
        rows = self.filter(
            organisation__membership=Membership.MEMBER,
            locale__language_code__in={settings.LANGUAGE_CODE, language},
        ).select_related("organisation", "locale")
        sources, translations = [], {}
        for row in rows:
            if row.locale.language_code == settings.LANGUAGE_CODE:
                sources.append(row)
            else:
                translations[row.translation_key] = row
        return sources, translations

    def stale(self, today=None):
        """Places not checked for 12 months (or never)."""
        today = today or timezone.localdate()
        try:
            limit = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            limit = today - datetime.timedelta(days=365)
        return self.source_rows().filter(
            models.Q(last_checked_on__isnull=True) | models.Q(last_checked_on__lte=limit)
        )


class CounsellingPlace(TranslatableMixin, index.Indexed, models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="places")
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    laender = ChoiceListField(_("federal states"), choices=list(LAENDER.items()), blank=True)
    nationwide = models.BooleanField(_("nationwide"), default=False)
    mobile = models.BooleanField(_("mobile or outreach work"), default=False)
    shelter = models.BooleanField(
        _("shelter"),
        default=False,
        help_text=_("A shelter's address is never published."),
    )
    forms = ChoiceListField(_("forms of exploitation"), choices=Form.choices, blank=True)
    target_groups = ChoiceListField(_("target groups"), choices=TargetGroup.choices, blank=True)
    languages = LanguageListField(
        _("languages of counselling"), blank=True, help_text=_("Language codes, e.g. de, en, bg")
    )
    interpreters = models.BooleanField(_("interpreters for other languages"), default=False)
    contacts = StreamField(
        [("contact", ContactBlock())], blank=True, verbose_name=_("ways to get in touch")
    )
    walk_in_address = models.CharField(
        _("address for walk-in visits"),
        max_length=255,
        blank=True,
        help_text=_("Only for places people may walk into, never for a shelter."),
    )
    accessibility = models.TextField(_("accessibility"), blank=True)
    last_checked_on = models.DateField(_("last checked on"), null=True, blank=True)
    checked_by = models.CharField(_("checked by"), max_length=100, blank=True)
    source = models.TextField(_("source"), blank=True, help_text=SOURCE_HELP)

    objects = PlaceQuerySet.as_manager()

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("region"),
                FieldPanel("laender"),
                FieldPanel("nationwide"),
                FieldPanel("mobile"),
                FieldPanel("shelter"),
            ],
            heading=_("area covered"),
        ),
        FieldPanel("forms"),
        FieldPanel("target_groups"),
        FieldPanel("languages"),
        FieldPanel("interpreters"),
        FieldPanel("contacts"),
        FieldPanel("walk_in_address"),
        FieldPanel("accessibility"),
        MultiFieldPanel(
            [FieldPanel("last_checked_on"), FieldPanel("checked_by"), FieldPanel("source")],
            heading=_("checks"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("description"),
        TranslatableField("accessibility"),
        SynchronizedField("organisation"),
        SynchronizedField("name"),
        SynchronizedField("city"),
        SynchronizedField("region"),
        SynchronizedField("laender"),
        SynchronizedField("nationwide"),
        SynchronizedField("mobile"),
        SynchronizedField("shelter"),
        SynchronizedField("forms"),
        SynchronizedField("target_groups"),
        SynchronizedField("languages"),
        SynchronizedField("interpreters"),
        SynchronizedField("contacts"),
        SynchronizedField("walk_in_address"),
        SynchronizedField("last_checked_on"),
        SynchronizedField("checked_by"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["organisation__name", "name"]
        verbose_name = _("counselling place")
        verbose_name_plural = _("counselling places")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.locale_id is None:
            self.locale = Locale.get_default()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        try:
            shelter = self.shelter or self.organisation.is_shelter  # also unsaved (CSV import)
        except Organisation.DoesNotExist:
            shelter = self.shelter
        if self.walk_in_address and shelter:
            raise ValidationError({"walk_in_address": _("A shelter's address is never published.")})
        if shelter and any(block.value["kind"] == ContactKind.WALK_IN for block in self.contacts):
            raise ValidationError({"contacts": _("A shelter's address is never published.")})
