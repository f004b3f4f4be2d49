"""What the last link check found: one row per broken link, written by ``check_links`` (and the
report's "check now" button), read by Reports → Link check."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Problem(models.TextChoices):
    PAGE_MISSING = "page-missing", _("The linked page no longer exists")
    PAGE_NOT_LIVE = "page-not-live", _("The linked page is not published")
    PAGE_OTHER_LANGUAGE = "page-other-language", _("The linked page is in another language")
    DOCUMENT_MISSING = "document-missing", _("The linked document no longer exists")
    DOCUMENT_FILE_MISSING = "document-file-missing", _("The document's file is missing")
    CONTACT_UNKNOWN = "contact-unknown", _("Unknown contact detail")
    PHONE_INVALID = "phone-invalid", _("Not a valid phone number")
    EMAIL_INVALID = "email-invalid", _("Not a valid e-mail address")
    URL_INVALID = "url-invalid", _("Not a valid web address")
    URL_ERROR = "url-error", _("The web address answers with an error")
    URL_UNREACHABLE = "url-unreachable", _("The web address does not answer")


# Found by asking other hosts: only a run with external links replaces these.
EXTERNAL_PROBLEMS = frozenset({Problem.URL_ERROR, Problem.URL_UNREACHABLE})


class SourceKind(models.TextChoices):
    PAGE = "page", _("page")
    SNIPPET = "snippet", _("snippet")
    SETTING = "setting", _("setting")


class Finding(models.Model):
    """A link that does not lead where a reader expects, where it is and why."""

    source_kind = models.CharField(_("kind"), max_length=10, choices=SourceKind.choices)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("type")
    )
    object_id = models.CharField(_("object"), max_length=64)
    label = models.CharField(_("where"), max_length=255)
    # The language of the page or snippet; empty for what all languages share (settings,
    # organisations).
    language = models.CharField(_("language"), max_length=10, blank=True, db_index=True)
    field = models.CharField(_("field"), max_length=100)
    link = models.CharField(_("link"), max_length=2000)
    text = models.CharField(_("link text"), max_length=255, blank=True)
    problem = models.CharField(_("problem"), max_length=30, choices=Problem.choices)
    # What the check saw: an HTTP status, a language code, a reason code (``views.DETAILS``).
    detail = models.CharField(_("detail"), max_length=255, blank=True)
    checked_at = models.DateTimeField(_("checked at"))

    class Meta:
        ordering = ["language", "label", "field", "pk"]
        verbose_name = _("link check finding")
        verbose_name_plural = _("link check findings")

    def __str__(self):
        return f"{self.label}: {self.link} ({self.problem})"

    @property
    def is_external(self):
        return self.problem in EXTERNAL_PROBLEMS


class Run(models.Model):
    """One run of the check: when, with or without external links, and for which language."""

    finished_at = models.DateTimeField(_("finished at"))
    external = models.BooleanField(_("external links checked"), default=False)
    language = models.CharField(_("language"), max_length=10, blank=True)
    links = models.PositiveIntegerField(_("links checked"), default=0)
    findings = models.PositiveIntegerField(_("findings"), default=0)

    class Meta:
        ordering = ["-finished_at"]
        get_latest_by = "finished_at"
        verbose_name = _("link check run")
        verbose_name_plural = _("link check runs")

    def __str__(self):
        return f"{self.finished_at:%Y-%m-%d %H:%M} ({self.links})"
