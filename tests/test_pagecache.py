"""The anonymous page cache: what the next reader gets after an editor's change, and what is
never kept (pagecache/).

Readers are Django test clients without cookies, as an anonymous reader's browser is on this
site. ``X-Wagtail-Cache`` says whether a response came from the cache ("hit").
"""

import os
import subprocess
import sys
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_save
from django.test import Client, override_settings

from wagtail.models import Page, PageViewRestriction

import pytest

from kokcms.settings.base import next_redis_database
from pagecache import invalidation
from tests.pages import add_page, german_home, home_in, translate

STATUS = "X-Wagtail-Cache"


def reader():
    return Client(HTTP_HOST="localhost")


def read_twice(url):
    """A first reader builds the page, the next one gets it from the cache."""
    first = reader().get(url)
    second = reader().get(url)
    return first, second


@pytest.fixture
def page(db):
    home = german_home()
    return add_page(home, f"Zwischenseite {uuid.uuid4().hex[:6]}", "Vor der Änderung.")


def test_a_public_page_is_kept_and_browsers_are_told_to_keep_nothing(page):
    first, second = read_twice(page.url)
    assert first.status_code == second.status_code == 200
    assert (first[STATUS], second[STATUS]) == ("miss", "hit")
    assert second.content == first.content
    for response in (first, second):
        assert response["Cache-Control"] == "no-store"  # no copy on the reader's phone
        assert "Expires" not in response
        assert 0 < int(response["X-Accel-Expires"]) <= 60  # a reverse proxy: a minute at most
        assert not response.cookies


def test_a_kept_page_needs_no_query(page, django_assert_num_queries):
    reader().get(page.url)
    with django_assert_num_queries(0):
        assert reader().get(page.url)[STATUS] == "hit"


def test_publishing_changes_the_page_and_the_pages_that_list_it(page):
    home = german_home()
    read_twice(page.url)
    read_twice(home.url)
    page.title = "Neuer Titel nach dem Veröffentlichen"
    page.introduction = "Nach der Änderung."
    page.save_revision().publish()
    response = reader().get(page.url)
    assert response[STATUS] == "miss"
    assert "Nach der Änderung." in response.content.decode()
    # The page's parent lists its children's titles in its menu: that list is new too.
    listing = reader().get(home.url)
    assert listing[STATUS] == "miss"


def test_unpublishing_and_deleting_take_the_page_away_at_once(page):
    url = page.url
    read_twice(url)
    page.unpublish()
    assert reader().get(url).status_code == 404
    page.save_revision().publish()
    assert reader().get(url).status_code == 200
    Page.objects.get(pk=page.pk).delete()
    assert reader().get(url).status_code == 404


def test_an_unknown_address_is_not_kept(db):
    """A flood of made-up addresses must not fill the shared store with copies of the 404 page."""
    for language in ("de", "ar"):
        url = f"/{language}/gibt-es-nicht-{uuid.uuid4().hex[:8]}/"
        first, second = read_twice(url)
        assert first.status_code == second.status_code == 404
        assert (first[STATUS], second[STATUS]) == ("skip", "skip")
        assert second["Cache-Control"] == "no-store"
        assert not second.cookies


def test_moving_a_page_changes_both_addresses(page):
    old_url = page.url
    target = add_page(german_home(), f"Neuer Ort {uuid.uuid4().hex[:6]}", "Ein Ziel.")
    read_twice(old_url)
    page.move(target, pos="last-child")
    page.refresh_from_db()
    assert page.url != old_url
    assert reader().get(old_url).status_code in (301, 302, 404)  # gone, or redirected
    assert reader().get(page.url).status_code == 200


def test_protecting_a_page_shows_the_password_form_at_once_and_it_is_never_kept(page):
    read_twice(page.url)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for _ in range(2):
        response = reader().get(page.url)
        assert response.status_code == 200
        assert "Vor der Änderung." not in response.content.decode()
        assert response[STATUS] == "skip"
        assert "no-store" in response["Cache-Control"]


def test_after_unlocking_a_protected_page_nothing_is_kept_or_served_from_the_cache(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    restriction = PageViewRestriction.objects.get(page=page)
    browser = reader()
    form = browser.get(page.url)
    assert form[STATUS] == "skip"
    unlocked = browser.post(
        f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "geheim", "return_url": page.url},
        follow=True,
    )
    assert "Vor der Änderung." in unlocked.content.decode()
    assert unlocked[STATUS] == "skip"
    # Someone without the password still gets the form, not the unlocked page.
    stranger = reader().get(page.url)
    assert "Vor der Änderung." not in stranger.content.decode()


def test_a_translation_changes_what_readers_of_that_language_get(page):
    english_home = home_in("en")
    read_twice(english_home.url)
    _translation, english = translate(page, "en", marked=True)
    response = reader().get(english.url)
    assert response.status_code == 200
    assert "[en] Vor der Änderung." in response.content.decode()
    assert reader().get(english_home.url)[STATUS] == "miss"


def test_a_preview_and_a_logged_in_editor_never_get_or_fill_the_cache(page, admin_user):
    read_twice(page.url)
    editor = Client(HTTP_HOST="localhost")
    editor.force_login(admin_user)
    assert editor.get(page.url)[STATUS] == "skip"
    page.introduction = "Entwurf, noch nicht veröffentlicht."
    for preview in (page.make_preview_request(), page.make_preview_request(editor_request(editor))):
        assert "Entwurf, noch nicht veröffentlicht." in preview.content.decode()
        assert preview[STATUS] == "skip"
    published = reader().get(page.url)
    assert published[STATUS] == "hit"
    assert "Entwurf" not in published.content.decode()


def editor_request(client):
    from django.test import RequestFactory

    request = RequestFactory(HTTP_HOST="localhost").get("/admin/")
    request.COOKIES = dict((name, morsel.value) for name, morsel in client.cookies.items())
    request.META["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in request.COOKIES.items())
    return request


@pytest.mark.parametrize(
    "query",
    ["?q=Arbeit", "?postcode=04109&language=bg", "?utm_source=x", "?page=1&q=x"],
)
def test_searches_and_choices_are_never_kept(db, query):
    home = german_home()
    url = home.url + query
    first, second = read_twice(url)
    assert second[STATUS] == "skip"
    assert "no-store" in second["Cache-Control"]


def test_a_page_number_alone_is_kept(page):
    first, second = read_twice(page.url + "?page=2")
    assert second[STATUS] == "hit"


def test_a_reader_with_a_cookie_is_served_fresh(page):
    read_twice(page.url)
    with_cookie = reader()
    with_cookie.cookies[settings.CSRF_COOKIE_NAME] = "x" * 32
    assert with_cookie.get(page.url)[STATUS] == "skip"


def test_a_change_in_a_snippet_reaches_every_page(page):
    from home.models import HelpBox

    read_twice(page.url)
    box = HelpBox.objects.filter(locale__language_code="de").first()
    box.save()
    assert reader().get(page.url)[STATUS] == "miss"


# --- Several app servers sharing Redis ---------------------------------------------------------
OTHER_SERVER = """
import django
django.setup()
from kokcms.settings.base import next_redis_database
from pagecache import invalidation
invalidation.changed(sender=None)  # what a publish on that server does to the shared cache
"""


def redis_url():
    import redis

    url = os.environ.get("KOKCMS_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {url}")
    return url


@pytest.fixture(params=["redis", "files"])
def shared_store(request, tmp_path):
    """The page cache as several processes share it: Redis for several app servers, or files
    for the workers of one server without Redis (kokcms/settings/base.py); with the settings
    the other process reads from its environment."""
    if request.param == "redis":
        url = redis_url()
        cache = {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": next_redis_database(url),
            "KEY_PREFIX": "pages",
        }
        return cache, {"REDIS_URL": url}
    folder = str(tmp_path / "pagecache")
    cache = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": folder}
    return cache, {"PAGE_CACHE_DIR": folder}


def test_a_change_made_on_another_app_server_reaches_this_one(page, monkeypatch, shared_store):
    """Two processes share the page cache, as app servers (Redis) or one server's workers
    (files) do, each configured as in production. The other one publishes: the database is
    shared anyway, so its change is made here with this process's clearing switched off, and
    only the other process's clearing can make it visible, in the kept page and in the
    rendered content the shared store keeps."""
    cache, other_env = shared_store
    with override_settings(CACHES={**settings.CACHES, "pages": cache}):
        try:
            read_twice(page.url)
            assert reader().get(page.url)[STATUS] == "hit"
            monkeypatch.setattr(invalidation, "clear", lambda: None)
            page.introduction = "Vom anderen Server."
            page.save_revision().publish()
            assert "Vom anderen Server." not in reader().get(page.url).content.decode()
            with override_settings(WAGTAIL_CACHE=False):  # the content the shared store keeps
                assert "Vom anderen Server." not in reader().get(page.url).content.decode()
            env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kokcms.settings.base", **other_env}
            env.pop("DATABASE_URL", None)
            if "REDIS_URL" not in other_env:
                env.pop("REDIS_URL", None)
            run = subprocess.run(  # noqa: S603 (our own interpreter and script)
                [sys.executable, "-c", OTHER_SERVER],
                env=env,
                cwd=settings.BASE_DIR,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            assert run.returncode == 0, run.stderr[-2000:]
            response = reader().get(page.url)
            assert response[STATUS] == "miss"
            assert "Vom anderen Server." in response.content.decode()
            with override_settings(WAGTAIL_CACHE=False):
                assert "Vom anderen Server." in reader().get(page.url).content.decode()
        finally:
            caches["pages"].clear()


def test_saves_of_unrelated_models_keep_the_cache(page, django_user_model):
    read_twice(page.url)
    django_user_model.objects.create_user("someone-else", password="x" * 12)
    assert reader().get(page.url)[STATUS] == "hit"
    assert post_save.has_listeners(type(page))
