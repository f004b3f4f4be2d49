"""A reader's request loads only what readers' pages use.

Everything outside the admin is a reader's request: ``ReaderRequestMiddleware`` (placed before
``LocaleMiddleware``) resolves and reverses it against ``kokcms/reader_urls.py`` (the site's URLs
without the admin) and translates it from the lean catalogues (``multilingual/catalogues.py``).
Both are kept by Django once per language for the life of a worker, so a worker that serves
readers in every language holds about 1 MB less per language. The admin, its previews and the
management commands keep the full URLconf and catalogues. ``LEAN_READER_REQUESTS = False``
turns this off (``tests/test_reader_requests.py`` compares the pages both ways).
"""

from django.conf import settings
from django.urls import set_urlconf

from multilingual.catalogues import reader_catalogues

from .security import ADMIN_PATH_PREFIX

READER_URLCONF = "kokcms.reader_urls"


class ReaderRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # "/admin" too: CommonMiddleware redirects it to "/admin/" if the URLconf has the admin.
        admin = request.path_info.startswith(ADMIN_PATH_PREFIX.rstrip("/"))
        if admin or not settings.LEAN_READER_REQUESTS:
            return self.get_response(request)
        request.urlconf = READER_URLCONF
        try:
            with reader_catalogues():
                return self.get_response(request)
        finally:
            set_urlconf(None)  # code after the request reverses against ROOT_URLCONF again
