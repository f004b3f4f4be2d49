"""Admin hooks of the page base: the "Contact detail" rich-text feature (``home.contact``), the
People snippets (``home.about``) and submits that wait for Wagtail's autosave."""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import wagtail.admin.rich_text.editors.draftail.features as draftail_features
from wagtail import hooks
from wagtail.models import Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import contact
from home.about import Person
from home.models import ContactSettings


@hooks.register("register_rich_text_features")
def register_contact_feature(features):
    features.register_editor_plugin(
        "draftail",
        contact.FEATURE,
        draftail_features.EntityFeature(
            {
                "type": contact.ENTITY_TYPE,
                "icon": "mail",
                "description": gettext_lazy("Contact detail"),
            },
            js=["home/js/draftail-contact.js"],
        ),
    )
    features.register_converter_rule(
        "contentstate",
        contact.FEATURE,
        {
            "from_database_format": {
                f'a[linktype="{contact.FEATURE}"]': contact.ContactElementHandler(
                    contact.ENTITY_TYPE
                )
            },
            "to_database_format": {
                "entity_decorators": {contact.ENTITY_TYPE: contact.contact_entity}
            },
        },
    )


@hooks.register("insert_editor_js")
def contact_details_for_editor():
    """The choices of the toolbar button, with the current values of the default site."""
    site = Site.objects.filter(is_default_site=True).first()
    settings = ContactSettings.for_site(site) if site else None
    data = {
        "title": _("Insert a contact detail"),
        "cancel": _("Cancel"),
        "choices": contact.editor_choices(settings),
    }
    return format_html("{}", json_script(data, "kok-contact-details"))


@hooks.register("insert_editor_js")
def submit_after_autosave():
    """Save draft and Publish wait for an autosave on its way (the script says why)."""
    return format_html('<script src="{}"></script>', static("js/admin-autosave-submit.js"))


class PersonViewSet(SnippetViewSet):
    """Snippets → People: the office team and the board, hidden ones marked."""

    model = Person
    icon = "group"
    menu_label = gettext_lazy("People")
    list_display = ["name", "role", "group", "hidden"]
    list_filter = ["group", "hidden", "locale"]
    search_fields = ["name", "role"]


register_snippet(PersonViewSet)
