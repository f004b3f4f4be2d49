"""Serving a page: tell the request's reader which page it is, and spare an alias a query."""

from wagtail import hooks

from .reader import Reader


# Before Wagtail's own view-restriction check (an on_serve_page hook, which runs after every
# before_serve_page hook) and before any other hook reads the reader.
@hooks.register("before_serve_page", order=-100)
def introduce_page_to_reader(page, request, serve_args, serve_kwargs):
    """Record the page being served, and give an alias its German source from the versions its
    language switcher loads anyway, which the restriction check would otherwise fetch with a
    query of its own."""
    reader = Reader.of(request)
    reader.page = page
    if page.alias_of_id:
        source = reader.versions(page).source
        if source is not None and source.pk == page.alias_of_id:
            page.alias_of = source
