"""Contact details inside rich text, always shown with the current values of Settings → Contact.

Editors insert a detail (phone, fax, e-mail, street, city, the emergency numbers) with the
"Contact detail" button of the rich-text toolbar. It is stored as an inline link,
``<a linktype="contact" key="phone">030 / 26 39 11 76</a>``: the stored text is the value at the time
of writing, so search and the translation editor see a number, and wagtail-localize keeps the
element inside its sentence (``<a id="a1">``; an ``<embed>`` would split the sentence into two
segments). Readers never see the stored text when the setting has a value: ``fill`` replaces each
detail with the current value, as a ``tel:``/``mailto:`` link where that helps, isolated
left-to-right so numbers keep their order in Arabic and Persian sentences.

Upstream gap: Wagtail's link handlers rewrite only the opening ``<a>`` tag, never its text, so the
text is replaced here, before ``expand_db_html``. Every template renders rich text through
``{% rich_text %}`` (``home.templatetags.kok_tags``) for this reason.
"""

import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from wagtail.admin.rich_text.converters.html_to_contentstate import InlineEntityElementHandler
from wagtail.rich_text import RichText, expand_db_html
from wagtail.rich_text.rewriters import extract_attrs

from draftjs_exporter.dom import DOM

from home.models import ContactSettings

FEATURE = "contact"
ENTITY_TYPE = "CONTACT"
# key -> (ContactSettings fields joined into the value, separator, link scheme or None); the
# admin names a detail after its main field (``city`` for "10785 Berlin").
DETAILS = {
    "phone": (("phone",), "", "tel"),
    "fax": (("fax",), "", None),
    "email": (("email",), "", "mailto"),
    "street": (("street", "address_extra"), ", ", None),
    "city": (("postcode", "city"), " ", None),
    "emergency_police": (("emergency_police",), "", "tel"),
    "emergency_ambulance": (("emergency_ambulance",), "", "tel"),
    "womens_helpline": (("womens_helpline",), "", "tel"),
}
A_ELEMENT = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)


def label(key):
    """The admin's name for a detail: "Phone", "City", …"""
    main_field = "city" if key == "city" else DETAILS[key][0][0]
    return capfirst(ContactSettings._meta.get_field(main_field).verbose_name)


def value_of(key, contact):
    fields, separator, _scheme = DETAILS[key]
    return separator.join(str(v) for v in (getattr(contact, f, "") for f in fields) if v)


def tel_href(number):
    """``tel:`` address of a German number: 030 / 26 39 11 76 → tel:+493026391176, 110 → tel:110."""
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+"):  # +49 40 67999757
        return f"tel:+{digits}"
    if digits.startswith("0") and not digits.startswith("00") and len(digits) > 6:
        digits = "+49" + digits[1:]
    return f"tel:{digits}"


def render_detail(key, contact, stored_html):
    value = value_of(key, contact) if contact is not None and key in DETAILS else ""
    if not value:
        return stored_html  # no setting (or an unknown key): the text the editor wrote
    scheme = DETAILS[key][2]
    if scheme == "tel":
        return format_html('<a href="{}" dir="ltr">{}</a>', tel_href(value), value)
    if scheme == "mailto":
        return format_html('<a href="mailto:{}" dir="ltr">{}</a>', value, value)
    return format_html('<span dir="ltr">{}</span>', value)


def fill(html, contact):
    """``html`` (database format) with every contact detail replaced by its current value."""
    if 'linktype="contact"' not in html:
        return html

    def replace(match):
        attrs = extract_attrs(match.group(1))
        if attrs.get("linktype") != FEATURE:
            return match.group(0)
        return render_detail(attrs.get("key", ""), contact, match.group(2))

    return A_ELEMENT.sub(replace, html)


def render(value, contact):
    """Rich text (a ``RichText`` or database-format HTML) as readers see it."""
    if value is None:
        return ""
    html = value.source if isinstance(value, RichText) else str(value)
    return mark_safe(expand_db_html(fill(html, contact)))  # noqa: S308 (editor HTML, rewritten by Wagtail)


def editor_choices(contact):
    """What the toolbar button offers: every detail with its label and current value."""
    return [
        {"key": key, "label": str(label(key)), "value": value_of(key, contact)}
        for key in DETAILS
        if contact is not None and value_of(key, contact)
    ]


# --- Rich-text editor (Draftail) ------------------------------------------------------------
class ContactElementHandler(InlineEntityElementHandler):
    """Database HTML → editor: ``<a linktype="contact" key="…">`` becomes a CONTACT entity."""

    mutability = "IMMUTABLE"

    def get_attribute_data(self, attrs):
        return {"key": attrs.get("key", "")}


def contact_entity(props):
    """Editor → database HTML."""
    return DOM.create_element(
        "a", {"linktype": FEATURE, "key": props.get("key", "")}, props["children"]
    )


def stored(key, text):
    """The database form of a detail (used by tests and content)."""
    return f'<a linktype="{FEATURE}" key="{escape(key)}">{escape(text)}</a>'
