"""Site-wide template tags: menu, breadcrumbs, language switcher, help box and footer.

Thin wrappers: the data comes from ``home.navigation`` (plain functions of the request's
``Reader``, memoised per request), the tags only choose the template.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from wagtail.models import Page, TranslatableMixin

from home import contact, german_parts, navigation
from home.models import FooterText, HelpBox, LegalNotice, SpecialPages
from home.templatetags.safety_tags import contact_settings
from multilingual.reader import Reader, is_protected
from multilingual.versions import language_info

register = template.Library()


def reader_of(context):
    return Reader.of(context["request"])


def served_page(context):
    """The Wagtail page being rendered, if any (search results and error pages have none, and
    a protected page's password form shows nothing of the page)."""
    page = context.get("page")
    if context.get("restricted"):
        return None
    return page if isinstance(page, Page) and page.pk else None


@register.simple_tag(takes_context=True)
def home_page(context):
    return reader_of(context).root


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    reader = reader_of(context)
    own, untranslated = navigation.menu_groups(reader)
    return {
        "request": reader.request,
        "items": own,
        # Grouped under "More in German" where the reader's own entries come first.
        "untranslated_items": untranslated,
        "group_untranslated": bool(untranslated) and reader.language != settings.LANGUAGE_CODE,
        "current_path": getattr(context.get("page"), "path", ""),
        "home": reader.root,
    }


@register.inclusion_tag("components/binding_german.html", takes_context=True)
def binding_german_version(context):
    """On a translated data-protection page: only the German text is legally binding."""
    reader, page = reader_of(context), served_page(context)
    chosen = SpecialPages.pages_for(reader).get("data_protection")
    if (
        page is None
        or chosen is None
        or page.alias_of_id
        or reader.language == settings.LANGUAGE_CODE
        or page.translation_key != chosen.translation_key
    ):
        return {}
    # The German version is among the versions the page content already looked up.
    return {"german": reader.versions(page).source, "request": reader.request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = served_page(context)
    reader, ancestors = reader_of(context), []
    if page is not None and page.depth > 2:
        root = reader.root
        if page.depth == 3 and root is not None and page.path.startswith(root.path):
            ancestors = [root]  # a section's only ancestor below the tree root: no query
        else:
            ancestors = reader.ancestors(page)
    return {"request": reader.request, "ancestors": ancestors, "page": page}


@register.inclusion_tag("components/help_box.html", takes_context=True)
def help_box(context, heading_level=2):
    reader = reader_of(context)
    box = navigation.localized_snippet(reader, HelpBox)
    finder = SpecialPages.pages_for(reader).get("finder") if box else None
    return {
        "request": reader.request,
        "help_box": box,
        "finder_url": finder.get_url(reader.request) if finder else None,
        "reader_language": reader.language,
        # The German box stands in where the reader's language has none.
        "help_box_lang": box.locale.language_code if box else None,
        "settings": context.get("settings"),
        "heading_level": heading_level,
    }


@register.inclusion_tag("components/legal_notice.html", takes_context=True)
def legal_notice(context):
    """On the Impressum (Settings → Special pages) in any language: Settings → Legal notice."""
    reader, page = reader_of(context), served_page(context)
    chosen = SpecialPages.pages_for(reader).get("legal_notice")
    if page is None or chosen is None or chosen.translation_key != page.translation_key:
        return {}
    return {
        "notice": navigation.site_setting(reader, LegalNotice),
        "contact": contact_settings(reader.request),
    }


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    reader = reader_of(context)
    return {
        "request": reader.request,
        "footer": navigation.localized_snippet(reader, FooterText),
        "settings": context.get("settings"),
        "service_pages": navigation.footer_links(reader),
        "donation_page": navigation.section(reader, "donation"),
    }


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    reader = reader_of(context)
    return {
        "languages": navigation.language_links(reader, served_page(context)),
        "current": language_info(reader.language),
    }


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    page = served_page(context)
    return navigation.alternates(reader_of(context), page) if page is not None else {}


@register.inclusion_tag("components/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    page = served_page(context)
    if context.get("routed_content"):  # a view below the page says what it shows (a decision)
        return {}
    return (page is not None and navigation.untranslated_notice(reader_of(context), page)) or {}


@register.inclusion_tag("components/translation_status.html", takes_context=True)
def translation_status(context):
    page = served_page(context)
    return (page is not None and navigation.translation_status(reader_of(context), page)) or {}


class PageContentNode(template.Node):
    """Renders the page body in the language it is shown in: for an untranslated page the
    English or German version's fields and context, with that language active (so headings
    from the templates match the text), and ``content_language``/``content_fallback`` set.
    The reader's language stays the reader's (``Reader.language``) inside. A view below the
    page that shows content of its own (``routed_content`` in its context: a case-law decision
    below the database page) is rendered in the reader's language, whatever the page's state.

    A page whose content is the same for every reader of a language (``content_is_shared``)
    is rendered once per content change for every app server (``Reader.memo(...,
    shared=True)``), unless the request has a query, is a preview or the page is protected."""

    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        page = served_page(context)
        if (
            page is not None
            and request is not None
            and not request.GET  # ?page=2, a finder's choices: built for this request
            and not getattr(request, "is_preview", False)
            and getattr(page, "content_is_shared", False)
            # A protected page's text (shown after the password) is never kept outside the
            # database: not in Redis, not in files.
            and not is_protected(page)
        ):
            return Reader.of(request).memo(
                ("content", page.pk), lambda: self.render_content(context), shared=True
            )
        return self.render_content(context)

    def render_content(self, context):
        request = context.get("request")
        page = served_page(context)
        code = translation.get_language()
        extra = {"content_fallback": False}
        routed = context.get("routed_content", False)
        if page is not None and request is not None and not routed:
            versions = Reader.of(request).versions(page)
            code = versions.content_language
            extra["content_fallback"] = versions.is_fallback
            shown = versions.content_page()
            if shown is not page:
                extra.update(shown.get_context(request))
        extra["content_language"] = language_info(code)
        with context.push(extra), translation.override(code):
            rendered = self.nodelist.render(context)
        if page is not None and not extra["content_fallback"] and not routed:
            rendered = german_parts.mark(rendered, getattr(page, "untranslated_parts", None))
        return rendered


@register.tag
def page_content(parser, token):
    """``{% page_content %}…{% endpage_content %}`` around the content block of base.html."""
    nodelist = parser.parse(("endpage_content",))
    parser.delete_first_token()
    return PageContentNode(nodelist)


class SharedFragmentNode(template.Node):
    """Renders its content once per content change for every app server and reader of the
    language (``Reader.memo(..., shared=True)``): the parts around a page that depend only on
    the host, the reader's language and, with ``per_page``, the page being read (header, menu,
    language links, breadcrumbs, footer). Rendered afresh in previews (a draft may be among the
    pages they list) and, with ``per_page``, where no page is served (searches, a protected
    page's password form: their links depend on the address), unless the view names what its
    layout is the same for (``shared_fragment_for``: the 404 page, kokcms/views.py)."""

    def __init__(self, name, per_page, nodelist):
        self.name, self.per_page, self.nodelist = name, per_page, nodelist

    def render(self, context):
        request = context.get("request")
        page = served_page(context)
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        if not self.per_page:
            key = ("fragment", self.name, "")
        elif page is not None:
            key = ("fragment", self.name, page.pk)
        elif context.get("shared_fragment_for"):  # a view that says its layout is the same
            key = ("fragment", self.name, context["shared_fragment_for"])  # for all its URLs
        else:
            return self.nodelist.render(context)
        return Reader.of(request).memo(key, lambda: self.nodelist.render(context), shared=True)


@register.tag
def shared_fragment(parser, token):
    """``{% shared_fragment "header" per_page %}…{% endshared_fragment %}`` (base.html)."""
    bits = token.split_contents()
    if len(bits) not in (2, 3) or (len(bits) == 3 and bits[2] != "per_page"):
        raise template.TemplateSyntaxError('{% shared_fragment "name" [per_page] %}')
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(bits[1].strip("\"'"), len(bits) == 3, nodelist)


@register.filter
def lang_attr(item):
    """`` lang="de" dir="ltr"`` on a link or teaser to an untranslated page, whose alias shows
    the German title and introduction, or on a snippet shown in place of a missing translation
    (the footer text in Leichte Sprache), when the text around it is in another language (WCAG
    3.1.2, language of parts). Empty for what is in the language being rendered: Django's active
    language here is the language of the surrounding text, which is what matters."""
    if getattr(item, "alias_of_id", None):
        code = settings.LANGUAGE_CODE  # wagtail-localize aliases copy the German source
    elif isinstance(item, TranslatableMixin) and not isinstance(item, Page):
        code = item.locale.language_code  # loaded with the snippet (navigation.py)
    else:
        return ""
    if translation.get_language() == code:
        return ""
    info = language_info(code)
    return format_html(' lang="{}" dir="{}"', info["code"], info["dir"])


@register.simple_tag
def title_of(page):
    """A page's title where the surrounding text is the reader's: a German alias's title is
    wrapped in ``lang="de"`` and followed by a visible "(German)" in the reader's language, so
    a reader is told before following a link or reading a teaser that it leads to German text.
    """
    marked = lang_attr(page)
    if not marked:
        return page.title
    name = dict(settings.LANGUAGES)[settings.LANGUAGE_CODE]
    return format_html(
        '<span{}>{}</span> <span class="lang-tag">({})</span>', marked, page.title, name
    )


@register.filter
def tel(number):
    """A phone number as a tel: URI path (+49… for German numbers, 110 stays 110)."""
    return contact.tel_href(str(number)).removeprefix("tel:")


@register.simple_tag(takes_context=True)
def rich_text(context, value):
    """Rich text as readers see it: Wagtail's links expanded and every contact detail filled
    from Settings → Contact (``home.contact``). Use this, never ``|richtext``."""
    return contact.render(value, contact_settings(context["request"]))
