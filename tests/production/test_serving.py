"""The production setup, run for real: Debian's nginx with deploy/nginx.conf in front of gunicorn
(2 workers, deploy/gunicorn.conf.py, production settings, TRUSTED_PROXY_COUNT=1), serving a copy
of the built site (conftest.py) over HTTPS with a certificate made for the test.

What it shows: pages, static files and images are served, with the cache headers the config
promises; the proxy keeps a public page and serves it again, but not to someone with a cookie,
and an editor's change renews its copies in every language at once (pagecache/frontend.py);
the scheme the app sees is the one the proxy saw, whatever a client claims; documents are served
by the app only; and the access log holds no address and no query.
"""

import http.client
import os
import shutil
import ssl
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

import pytest

from tests.ports import free_port, wait_for_port

ROOT = Path(settings.BASE_DIR)
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
HOST = "www.kok-gegen-menschenhandel.de"

pytestmark = pytest.mark.skipif(
    not Path(NGINX).exists(), reason="Debian's nginx is not installed (apt-get install nginx-light)"
)

MAIN = """
{user}
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {site};
}}
"""


def site_config(tmp, *, app_port, http_port, https_port, refresh_port, static, media):
    """deploy/nginx.conf with this machine's paths and ports; every value replaced must be in
    the file, so the test follows the file."""
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    replacements = {
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{app_port};",
        "/var/cache/nginx/kokcms": str(tmp / "cache"),
        "/var/log/nginx/kokcms.access.log": str(tmp / "access.log"),
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen [::]:443 ssl http2;": "",
        "listen 127.0.0.1:8081;": f"listen 127.0.0.1:{refresh_port};",
        "/etc/ssl/kokcms/fullchain.pem": str(tmp / "cert.pem"),
        "/etc/ssl/kokcms/privkey.pem": str(tmp / "key.pem"),
        "/srv/kokcms/static_collected/": f"{static}/",
        "/srv/kokcms/media/": f"{media}/",
    }
    for old, new in replacements.items():
        assert old in text, f"deploy/nginx.conf no longer has {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def served(built_site, tmp_path_factory):
    """gunicorn and nginx serving a copy of the built site, for all tests of this module (they
    only read); yields (instance, https port, http port, nginx folder)."""
    instance = built_site.copy(tmp_path_factory.mktemp("served") / "site")
    tmp = instance.folder / "nginx"
    tmp.mkdir()
    subprocess.run(  # noqa: S603 (fixed arguments)
        [
            shutil.which("openssl") or "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", f"/CN={HOST}", "-keyout", str(tmp / "key.pem"), "-out", str(tmp / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    instance.python(IMAGE)
    app_port, http_port, https_port = free_port(), free_port(), free_port()
    refresh_port = free_port()
    env = {
        **instance.env,
        "DJANGO_SETTINGS_MODULE": "kokcms.settings.production",
        "ALLOWED_HOSTS": HOST,
        "TRUSTED_PROXY_COUNT": "1",
        "BIND": f"127.0.0.1:{app_port}",
        "WEB_CONCURRENCY": "2",
        "FRONTEND_CACHE_REFRESH_URLS": f"http://127.0.0.1:{refresh_port}",
    }
    instance.env.update(FRONTEND_CACHE_REFRESH_URLS=env["FRONTEND_CACHE_REFRESH_URLS"])
    app = subprocess.Popen(  # noqa: S603 (our own interpreter and config)
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "gunicorn.log", "w"),  # noqa: SIM115 (closed with the process)
    )
    site = tmp / "site.conf"
    site.write_text(
        site_config(
            tmp,
            app_port=app_port,
            http_port=http_port,
            https_port=https_port,
            refresh_port=refresh_port,
            static=instance.static,
            media=instance.media,
        )
    )
    user = "user root;" if os.geteuid() == 0 else ""
    (tmp / "nginx.conf").write_text(MAIN.format(user=user, tmp=tmp, site=site))
    proxy = subprocess.Popen(  # noqa: S603 (Debian's nginx, our config)
        [NGINX, "-c", str(tmp / "nginx.conf"), "-p", str(tmp)],
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "nginx.log", "w"),  # noqa: SIM115 (closed with the process)
    )
    try:
        wait_for_port(app_port)
        wait_for_port(https_port)
        yield instance, https_port, http_port, tmp
    finally:
        for process in (proxy, app):
            process.terminate()
            process.wait(timeout=30)


IMAGE = r"""
import io
from django.core.files.base import ContentFile
from PIL import Image as Picture
from wagtail.documents.models import Document
from wagtail.images.models import Image

buffer = io.BytesIO()
Picture.new("RGB", (40, 30), (20, 90, 160)).save(buffer, "PNG")
Image.objects.create(title="Bild", file=ContentFile(buffer.getvalue(), "served.png"))
Document.objects.create(title="Dokument", file=ContentFile(b"%PDF-1.4 served\n", "served.pdf"))
# The site under its public name, as in production: the URLs the app renews in the proxy.
from wagtail.models import Site
Site.objects.filter(is_default_site=True).update(hostname="www.kok-gegen-menschenhandel.de", port=443)
"""


def get(port, path, *, tls=True, headers=None):
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=30)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": HOST, **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_pages_are_served_through_the_proxy_and_kept_for_readers_without_cookies(served):
    _instance, port, _http, tmp = served
    first, body = get(port, "/de/")
    assert first.status == 200, (tmp / "gunicorn.log").read_text()[-2000:]
    assert "Koordinierungskreis" in body.decode() or "KOK" in body.decode()
    assert first.getheader("X-Cache-Status") == "MISS"
    assert first.getheader("Cache-Control") == "no-store"
    assert first.getheader("X-Accel-Expires") is None  # for nginx only
    assert first.getheader("Strict-Transport-Security")  # the app saw HTTPS
    assert first.getheader("Content-Security-Policy")
    second, again = get(port, "/de/")
    assert second.getheader("X-Cache-Status") == "HIT"
    assert again == body
    editor, _body = get(port, "/de/", headers={"Cookie": "sessionid=abc"})
    assert editor.getheader("X-Cache-Status") == "BYPASS"
    search, _body = get(port, "/de/search/?q=Arbeit")
    assert search.getheader("X-Cache-Status") in ("MISS", "EXPIRED", None)
    search_again, _body = get(port, "/de/search/?q=Arbeit")
    assert search_again.getheader("X-Cache-Status") != "HIT"  # a search is never kept


def test_a_client_cannot_claim_https_or_an_address(served):
    _instance, _port, http_port, _tmp = served
    response, _body = get(http_port, "/de/", tls=False, headers={"X-Forwarded-Proto": "https"})
    assert response.status == 301
    assert response.getheader("Location") == f"https://{HOST}/de/"


def test_static_files_and_images_come_from_the_proxy_documents_from_the_app(served):
    instance, port, _http, _tmp = served
    page, body = get(port, "/de/")
    stylesheet = next(
        part.split('"')[0] for part in body.decode().split('href="') if ".css" in part[:80]
    )
    assert "." in stylesheet.rsplit("/", 1)[1]
    css, content = get(port, stylesheet, headers={"Accept-Encoding": "gzip"})
    assert css.status == 200
    assert css.getheader("Content-Encoding") == "gzip"
    assert "immutable" in css.getheader("Cache-Control")
    image_file = next((instance.media / "original_images").iterdir()).name
    image, data = get(port, f"/media/original_images/{image_file}")
    assert image.status == 200
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.getheader("X-Content-Type-Options") == "nosniff"
    direct, _data = get(port, "/media/documents/served.pdf")
    assert direct.status == 404
    url = instance.python(
        "from wagtail.documents.models import Document\n"
        "print(Document.objects.get(title='Dokument').url)"
    ).split()[-1]
    served_document, pdf = get(port, url)
    assert served_document.status == 200
    assert pdf == b"%PDF-1.4 served\n"


def test_the_access_log_holds_no_address_and_no_query(served):
    _instance, port, _http, tmp = served
    get(port, "/de/search/?q=Zwangsarbeit+Leipzig")
    time.sleep(0.5)
    log = (tmp / "access.log").read_text()
    assert "/de/search/" in log
    assert "Zwangsarbeit" not in log
    assert "127.0.0.1" not in log


CHOSEN = r"""
from wagtail.models import Page
alias = Page.objects.filter(alias_of__isnull=False, depth__gt=2, live=True).order_by("path").first()
page = alias.alias_of.specific  # a German page not translated into the alias's language
"""
PUBLISH = r"""
page.introduction = "Geändert vom Büro, sofort überall."
page.save_revision().publish()
"""
URLS = "print(page.url, alias.url)"


def test_a_change_renews_the_proxys_copies_in_every_language_at_once(served):
    """The proxy keeps a page for up to a minute; a publish renews its copy and the copies of
    its aliases in the other languages at once (the proxy has no purge: a refresh)."""
    instance, port, _http, tmp = served
    paths = instance.python(CHOSEN + URLS).split()
    assert len(paths) == 2 and paths[0] != paths[1]
    for path in paths:
        get(port, path)
        kept, body = get(port, path)
        assert kept.getheader("X-Cache-Status") == "HIT"
        assert "Geändert vom Büro" not in body.decode()
    instance.python(CHOSEN + PUBLISH)
    deadline = time.monotonic() + 30
    for path in paths:
        while True:
            response, body = get(port, path)
            if "Geändert vom Büro, sofort überall." in body.decode() or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert "Geändert vom Büro, sofort überall." in body.decode(), (path, tmp)
        # Renewed in the proxy, not passed by it: the reader got the proxy's new copy.
        assert response.getheader("X-Cache-Status") == "HIT"
