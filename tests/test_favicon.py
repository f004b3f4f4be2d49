"""The favicon: every page names the SVG and the ICO, /favicon.ico answers with the ICO instead
of a 404, and the committed files are what kokcms/make_favicon.py draws."""

import re
import struct

from django.conf import settings
from django.contrib.staticfiles import finders

import pytest

from kokcms import make_favicon

pytestmark = pytest.mark.django_db


def test_favicon_ico_at_the_root_is_the_icon_without_a_cookie(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content == (make_favicon.STATIC / "favicon.ico").read_bytes()
    assert not response.cookies


@pytest.mark.parametrize("language", ["de", "ar"])
def test_pages_name_an_svg_and_an_ico_icon_that_exist(client, language):
    html = client.get(f"/{language}/").content.decode()
    icons = dict(re.findall(r'<link rel="icon" href="([^"]+)"(?: sizes| type)="([^"]+)"', html))
    assert sorted(icons.values()) == ["32x32", "image/svg+xml"]
    for href in icons:
        assert finders.find(href.removeprefix(settings.STATIC_URL)), href


def test_the_ico_holds_a_png_for_each_size():
    data = (make_favicon.STATIC / "favicon.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_favicon.SIZES))
    for index, size in enumerate(make_favicon.SIZES):
        width, height, *_, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (width, height) == (size, size)
        image = data[offset : offset + length]
        assert image.startswith(b"\x89PNG\r\n\x1a\n")
        assert struct.unpack_from(">II", image, 16) == (size, size)  # IHDR width, height


def test_the_committed_icons_are_what_make_favicon_draws():
    assert (make_favicon.STATIC / "favicon.svg").read_text(encoding="utf-8") == make_favicon.svg()
    assert (make_favicon.STATIC / "favicon.ico").read_bytes() == make_favicon.ico()
