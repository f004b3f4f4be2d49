"""``/sitemap.xml`` with every live page of every language and its ``hreflang`` alternates.

Missing upstream: ``wagtail.contrib.sitemaps`` lists only the default locale's tree
(wagtail#6583, wagtail#12420) and has no alternates (wagtail#1196; the open pull request
wagtail#12973 adds both). Delete this module and route ``wagtail.contrib.sitemaps.views.sitemap``
once a Wagtail LTS ships that. Built on ``django.contrib.sitemaps``; alias pages (untranslated
stand-ins) are left out, as they are not translations but copies of the German page.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap

from wagtail.models import Page, Site

from .versions import language_codes


class TranslatedPagesSitemap(Sitemap):
    """Live, public, non-alias pages of one Wagtail site, in all enabled languages."""

    def __init__(self, site):
        self.site = site

    def items(self):
        order = {code: position for position, code in enumerate(language_codes())}
        pages = []
        for page in (
            Page.objects.live()
            .public()
            .filter(alias_of__isnull=True, depth__gt=1, locale__language_code__in=order)
            .select_related("locale")
            .only(
                "id",
                "path",
                "depth",
                "url_path",
                "translation_key",
                "last_published_at",
                "locale__language_code",
            )
            .order_by("path")
        ):
            parts = page.get_url_parts()
            if parts and parts[0] == self.site.pk and parts[2]:
                page.sitemap_path = parts[2]
                pages.append(page)
        pages.sort(key=lambda page: (order[page.locale.language_code], page.path))
        return pages

    def location(self, page):
        return page.sitemap_path

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        by_key = defaultdict(list)
        for url in urls:
            by_key[url["item"].translation_key].append(url)
        for group in by_key.values():
            alternates = [
                {"lang_code": url["item"].locale.language_code, "location": url["location"]}
                for url in group
            ]
            default = next(
                (alt for alt in alternates if alt["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            if len(alternates) > 1:
                for url in group:
                    url["alternates"] = alternates
        return urls


def sitemap(request):
    site = Site.find_for_request(request)
    sitemaps = {"pages": TranslatedPagesSitemap(site)} if site else {}
    return django_sitemap(request, sitemaps=sitemaps)
