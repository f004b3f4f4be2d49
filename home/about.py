"""KOK as it presents itself: the people of its office and board, and its legal notice.

- ``Person`` is a translatable snippet: the name, e-mail, photo, group and order are the same in
  every language (synchronised), the role, area of work and the photo's alternative text are
  translated. A person marked hidden stays in the admin and appears on no public page, in no
  search result, sitemap or feed: people are shown only through the ``people`` block of a page's
  body (``PeopleBlock``), which skips hidden people, and the page's search text holds the names of
  visible people only (``reindex_people_pages`` runs after every change of a person).
- ``LegalNotice`` holds the facts § 5 DDG and § 18 Abs. 2 MStV ask of a registered association
  (register court and number, who represents it, who is responsible for the content, tax or VAT
  number). The Impressum (Settings → Special pages) renders them with the address and contacts of
  Settings → Contact; ``home.checks`` warns under ``check --deploy`` while one the law asks for
  is empty. Wagtail settings cannot be translated (wagtail#11508): these are names and numbers.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from multilingual.reader import Reader


class PeopleGroup(models.TextChoices):
    TEAM = "team", _("Office team")
    BOARD = "board", _("Board")


class Person(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    group = models.CharField(_("group"), max_length=10, choices=PeopleGroup.choices)
    role = models.CharField(_("role"), max_length=150)
    area_of_work = models.CharField(_("area of work"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )
    photo_alt = models.CharField(
        _("alternative text of the photo"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it. Needed with a photo."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    hidden = models.BooleanField(
        _("hidden from the public site"),
        default=False,
        help_text=_(
            "The person stays here in the admin but appears on no public page, in no search "
            "and no feed, for example when they are threatened."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("group"),
        FieldPanel("role"),
        FieldPanel("area_of_work"),
        FieldPanel("email"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldPanel("sort_order"),
        FieldPanel("hidden"),
    ]
    translatable_fields = [
        TranslatableField("role"),
        TranslatableField("area_of_work"),
        TranslatableField("photo_alt"),
        SynchronizedField("name"),
        SynchronizedField("group"),
        SynchronizedField("email"),
        SynchronizedField("photo"),
        SynchronizedField("sort_order"),
        SynchronizedField("hidden"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["group", "sort_order", "name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return f"{self.name} ({self.locale})" if self.locale_id else self.name

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Every image needs alternative text.")})

    @classmethod
    def public(cls, language):
        """{group: its visible people}, each person in ``language`` where translated, else in
        German, in their order. One query for every group."""
        rows = cls.objects.filter(
            hidden=False, locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale", "photo")
        chosen = {}
        for person in rows:
            if person.locale.language_code == language or person.translation_key not in chosen:
                chosen[person.translation_key] = person
        groups = {group: [] for group in PeopleGroup.values}
        for person in sorted(chosen.values(), key=lambda person: (person.sort_order, person.name)):
            groups[person.group].append(person)
        return groups


class PeopleBlock(blocks.StructBlock):
    """The office team or the board, from the people snippets (hidden people left out)."""

    group = blocks.ChoiceBlock(choices=PeopleGroup.choices, label=_("who"), search_index=False)

    class Meta:
        icon = "group"
        label = _("People")
        template = "blocks/people_block.html"

    def get_context(self, value, parent_context=None):
        """The group's people, read once per request for all People blocks of the page."""
        context = super().get_context(value, parent_context=parent_context)
        language = translation.get_language()
        request = (parent_context or {}).get("request")
        if request is not None:
            groups = Reader.of(request).memo(("people", language), lambda: Person.public(language))
        else:
            groups = Person.public(language)
        context["people"] = groups.get(value["group"], [])
        return context

    def get_searchable_content(self, value):
        """The names of the visible people, so the site search finds them and never a hidden
        one (the pages are re-indexed when a person changes)."""
        people = Person.public(settings.LANGUAGE_CODE).get(value["group"], [])
        return [person.name for person in people]


def pages_with_people():
    """The live pages whose body shows people (the "Über uns" page and its translations)."""
    StandardPage = apps.get_model("home", "StandardPage")  # noqa: N806 (home.models imports this)
    return [
        page
        for page in StandardPage.objects.filter(alias_of__isnull=True)
        if any(block.block_type == "people" for block in page.body)
    ]


def reindex_people_pages(**kwargs):
    """After a person is saved or deleted: the pages that show people get their search text
    again (connected in ``HomeConfig.ready``)."""
    for page in pages_with_people():
        index.insert_or_update_object(page)


@register_setting(icon="doc-full")
class LegalNotice(BaseSiteSetting):
    """The legal notice's facts (§ 5 DDG, § 18 Abs. 2 MStV): names and numbers, not prose."""

    REQUIRED = ("register_court", "register_number", "representatives", "content_responsible")

    register_court = models.CharField(
        _("register court"), max_length=100, blank=True, help_text=_("e.g. Amtsgericht …")
    )
    register_number = models.CharField(
        _("register number"), max_length=40, blank=True, help_text=_("e.g. VR 12345 B")
    )
    representatives = models.TextField(
        _("authorised to represent the association"),
        blank=True,
        help_text=_("The board members who represent the association, one per line."),
    )
    content_responsible = models.CharField(
        _("responsible for the content under § 18 (2) MStV"),
        max_length=120,
        blank=True,
        help_text=_("A person's name; the address shown is the office's (Settings → Contact)."),
    )
    tax_number = models.CharField(
        _("VAT identification or tax number"),
        max_length=40,
        blank=True,
        help_text=_("Only where one applies."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("register_court"), FieldPanel("register_number")],
            heading=_("Register of associations"),
        ),
        FieldPanel("representatives"),
        FieldPanel("content_responsible"),
        FieldPanel("tax_number"),
    ]

    class Meta:
        verbose_name = _("legal notice")

    @property
    def representative_list(self):
        return [line.strip() for line in self.representatives.splitlines() if line.strip()]

    def missing(self):
        """The verbose names of the fields the law asks for that are still empty."""
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in self.REQUIRED
            if not getattr(self, name).strip()
        ]
