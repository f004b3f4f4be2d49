"""The admin's bulk-action bar offers only what the user may do to the listed objects.

Missing upstream: Wagtail's ``{% bulk_action_choices %}`` (wagtailadmin_tags) lists every
registered bulk action to every user; an action the user may not perform is refused only after
it is chosen (``BulkAction.check_perm``). A translator's page list offered Delete and Move.
``install()`` puts a wrapper under the same tag name that drops each action whose
``check_perm`` refuses every object of the listing. Delete this module when Wagtail filters its
bulk actions by permission.
"""

from django.urls import reverse

from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.widgets.button import ButtonWithDropdown

_upstream = wagtailadmin_tags.bulk_action_choices


def refused_urls(request, app_label, model_name, objects):
    """The addresses of the bulk actions the user may perform on none of ``objects``."""
    refused = set()
    for action_class in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name):
        model = action_class.models[0]
        action = action_class(request, model)
        if not any(action.check_perm(obj) for obj in objects):
            refused.add(
                reverse("wagtail_bulk_action", args=[app_label, model_name, action.action_type])
            )
    return refused


def bulk_action_choices(context, app_label, model_name):
    choices = _upstream(context, app_label, model_name)
    request = context.get("request")
    objects = context.get("objects")
    if request is None or objects is None:
        return choices
    refused = refused_urls(request, app_label, model_name, list(objects))
    offered = []
    for button in choices["buttons"]:
        if isinstance(button, ButtonWithDropdown):
            button.dropdown_buttons = [b for b in button.dropdown_buttons if b.url not in refused]
            if button.dropdown_buttons:
                offered.append(button)
        elif button.url not in refused:
            offered.append(button)
    return {**choices, "buttons": offered}


def install():
    wagtailadmin_tags.register.inclusion_tag(
        "wagtailadmin/shared/buttons.html", takes_context=True, name="bulk_action_choices"
    )(bulk_action_choices)
