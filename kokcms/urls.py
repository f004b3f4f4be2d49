"""The site's URLs: the admin, then the readers' URLs (kokcms/reader_urls.py: documents, the
sitemap, /favicon.ico, the operations endpoints, search and pages per language)."""

from django.urls import include, path

from wagtail.admin import urls as wagtailadmin_urls

from . import reader_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    *reader_urls.urlpatterns,
]

handler404 = reader_urls.handler404
