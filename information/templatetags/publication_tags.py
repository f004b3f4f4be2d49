"""Template tags of the publications library: a publication's line of type and date or edition,
and the home page's leaflets in the reader's language (data from information/publications.py;
the tags only render)."""

from urllib.parse import urlencode

from django import template

from multilingual.reader import Reader

from ..publications import PublicationType, leaflets_in_language, library_of

register = template.Library()


@register.inclusion_tag("information/publication_meta.html")
def publication_meta(publication):
    when = publication.when
    return {
        "type": publication.type_label,
        "date": when if not isinstance(when, str) else None,
        "when": when,
    }


@register.inclusion_tag("information/leaflets_in_language.html", takes_context=True)
def leaflets_in_your_language(context):
    """The home page's newest leaflets with a file in the reader's language, only when there
    are any, with the way to all of them."""
    reader = Reader.of(context["request"])
    library = library_of(reader)
    leaflets = leaflets_in_language(reader) if library else []
    query = urlencode({"type": PublicationType.LEAFLET, "language": reader.language})
    return {
        "library": library,
        "leaflets": leaflets,
        "all_url": f"{library.get_url(reader.request)}?{query}" if library else "",
        "request": reader.request,
    }
