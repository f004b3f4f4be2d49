"""Template tags for a safe visit: the quick exit and the entry points to special pages.

The special pages (browse safely, Leichte Sprache, sign language, …) are chosen by editors in
Settings → Special pages (``home.models.SpecialPages``) and shown in the reader's language, else
in German, marked with its language.
"""

from django import template
from django.conf import settings
from django.utils.translation import gettext as _

from home import navigation
from home.models import ContactSettings, SpecialPages
from multilingual.reader import Reader

register = template.Library()

DEFAULT_EXIT_URL = ContactSettings._meta.get_field("quick_exit_url").default


def contact_settings(request):
    """The site's contact settings, or None where no site answers (an unknown host's 404)."""
    try:
        return navigation.site_setting(Reader.of(request), ContactSettings)
    except ContactSettings.DoesNotExist:
        return None


def language_of(page):
    """The language a page's title is written in: an alias shows its German source's."""
    return settings.LANGUAGE_CODE if page.alias_of_id else page.locale.language_code


def _link(reader, page):
    if page is None:
        return None
    return {
        "url": page.get_url(reader.request),
        "title": page.title,
        # A page not (yet) translated (another language's page, or an alias showing the German
        # text) is not in the reader's language: say so for screen readers.
        "lang": language_of(page) if language_of(page) != reader.language else "",
    }


@register.inclusion_tag("components/quick_exit.html", takes_context=True)
def quick_exit(context):
    reader = Reader.of(context["request"])
    contact = contact_settings(reader.request)
    return {
        "exit_url": getattr(contact, "quick_exit_url", "") or DEFAULT_EXIT_URL,
        "browse_safely": _link(reader, SpecialPages.pages_for(reader).get("browse_safely")),
    }


@register.inclusion_tag("components/access_entry_points.html", takes_context=True)
def access_entry_points(context):
    """Leichte Sprache and sign-language entry points (home page)."""
    reader = Reader.of(context["request"])
    pages = SpecialPages.pages_for(reader)
    links = [_link(reader, pages.get(role)) for role in ("easy_language", "sign_language")]
    return {"links": [link for link in links if link]}


@register.inclusion_tag("components/home_tasks.html", takes_context=True)
def home_tasks(context, forms_index=None):
    """The home page's large entry points, for what people come for: find a counselling centre
    (the finder), ask KOK for help (the contact page), know your rights (the forms of exploitation), browse safely. Labels are UI strings,
    so every language has them even where the target page is not translated yet."""
    reader = Reader.of(context["request"])
    pages = SpecialPages.pages_for(reader)
    tasks = [
        (
            "finder",
            _("Find a counselling centre"),
            _("Near you, in your language, for what happened to you."),
            pages.get("finder"),
        ),
        (
            "help",
            _("Find help"),
            _("Ask us which specialised counselling centre near you can help."),
            pages.get("contact"),
        ),
        (
            "rights",
            _("Know your rights"),
            _("What exploitation is and which rights you have."),
            forms_index,
        ),
        (
            "safety",
            _("Browse safely"),
            _("How to protect your visit to this site."),
            pages.get("browse_safely"),
        ),
    ]
    return {
        "tasks": [
            {"icon": icon, "label": label, "text": text, **_link(reader, page)}
            for icon, label, text, page in tasks
            if page is not None
        ]
    }
