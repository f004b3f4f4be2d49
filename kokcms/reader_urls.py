"""The URLs of readers' requests: everything of kokcms/urls.py but the admin.

Reader requests are resolved and reversed against this URLconf (kokcms/readers.py): Django keeps
the reverse lookup of a URLconf once per language, and without the admin's thousand-odd URLs it
costs a worker a few kilobytes per language instead of about 0.4 MB."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import helper_card
from information import legacy
from multilingual import sitemaps
from search import views as search_views

from . import ops, views

urlpatterns = [
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),  # all languages, hreflang alternates
    path("favicon.ico", views.favicon, name="favicon"),
    path("healthz", ops.healthz, name="healthz"),
    path("readyz", ops.readyz, name="readyz"),
    path("robots.txt", ops.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", ops.security_txt, name="security_txt"),
    # The old case-law database's addresses, unprefixed as they were (information/legacy.py)
    path("rechtsprechungsdatenbank/datenbank/detailansicht", legacy.old_decision),
    path("rechtsprechungsdatenbank/datenbank/detailansicht/", legacy.old_decision),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("helper-card/", helper_card.helper_card, name="helper_card"),  # home/helper_card.py
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = views.page_not_found
