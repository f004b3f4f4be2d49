"""Serving speed with the production server: CPU per request, requests per second, latency.

    .venv/bin/python bench/serve.py                       # SQLite, built in a temporary folder
    .venv/bin/python bench/serve.py --database-url postgres://postgres@127.0.0.1:5432/kok_bench
    .venv/bin/python bench/serve.py --json bench/results/serve.json

Builds a site (``migrate`` and ``bootstrap_kok``; with ``--database-url`` an existing, built
database is used as it is), then runs gunicorn with ``deploy/gunicorn.conf.py`` (2 workers,
production settings, plain HTTP on loopback) and measures with wrk (Debian's ``wrk``):

- ``trivial``: ``/healthz``, a view that returns a constant, in the same settings: the floor;
- ``cached``: German, Arabic and alias-language pages served from the page cache;
- ``uncached``: the same pages, index pages and an unknown URL with the page cache off
  (``PAGE_CACHE_SECONDS=0``, a second gunicorn): every response is built, from what the shared
  store keeps (site, routes, menus, language links, rendered fragments: pagecache/shared.py);
- ``cold_cpu_ms`` (in ``queries``): a page built with the shared store emptied before each
  request, as the first reader after an editor's change gets it (in-process, Django's test
  client, so a little above what a worker spends);
- ``load``: 64 connections for ``--load-seconds`` over pages and searches in several languages,
  page cache on: requests per second, p50/p99 latency and errors.

CPU per request is the workers' user+system time (``/proc/<pid>/stat``) over the requests wrk
made, so the client's own work is not counted. SQL queries per page are counted in a separate
process with Django's test client. Worker memory is the workers' RSS after the load run.

``--grow`` first adds 200 forms of exploitation below the German forms index and ten more
locales, each following the German tree with aliases (bench/grow.py), to show what a larger site
costs a page.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SCRIPT = r"""
import json, time
from django.test import Client
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Locale
from pagecache import invalidation

def alias_page():
    page = Page.objects.filter(alias_of__isnull=False, depth__gt=2, live=True).order_by("path").first()
    return page.url if page else None

german = Page.objects.get(depth=2, locale__language_code="de")
arabic = Page.objects.get(depth=2, locale__language_code="ar")
form = Page.objects.filter(depth=4, locale__language_code="de", live=True).order_by("path").first()
index = form.get_parent()
paths = {"de home": german.url, "ar home": arabic.url, "de form page": form.url,
         "alias page": alias_page(), "de forms index": index.url,
         "ar forms index": index.get_translation(Locale.objects.get(language_code="ar")).url,
         "unknown URL (404)": german.url + "gibt-es-nicht/",
         "ar unknown URL (404)": arabic.url + "gibt-es-nicht/"}
queries = {}
for name, path in paths.items():
    client = Client(HTTP_HOST="localhost")
    # Cold: the first reader after an editor's change (the shared store emptied), in-process.
    invalidation.clear()
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    cold_queries = len(captured)
    started = time.process_time()
    for _ in range(20):
        invalidation.clear()
        client.get(path)
    cold_ms = (time.process_time() - started) * 1000 / 20
    # Warm: a running worker has served pages before (the page cache is off here).
    with CaptureQueriesContext(connection) as captured:
        status = client.get(path).status_code
    queries[name] = {"path": path, "status": status, "queries": len(captured),
                     "cold_queries": cold_queries, "cold_cpu_ms": round(cold_ms, 1)}
print(json.dumps(queries))
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database_url, folder):
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "ELASTICSEARCH_URL")},
        "DJANGO_SETTINGS_MODULE": "kokcms.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-only-key",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "PAGE_CACHE_DIR": str(folder / "pagecache"),
        "PYTHONPATH": str(ROOT),  # bench.grown_settings, tests.pages
    }
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], env=env, cwd=ROOT, check=True)  # noqa: S603


class Server:
    def __init__(self, env):
        self.port = free_port()
        self.env = {
            **env,
            "BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": "2",
            "GUNICORN_MAX_REQUESTS": "0",  # the same two workers throughout: their CPU counts
        }
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and config)
            [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"], env=self.env, cwd=ROOT
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                self.get("/healthz")
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path):
        request = Request(self.url(path), headers={"Host": "localhost"})  # noqa: S310
        try:
            with urlopen(request, timeout=30) as response:  # noqa: S310 (our own server)
                return response.status, response.read()
        except HTTPError as error:  # the unknown URL's 404
            return error.code, error.read()

    def workers(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def cpu_seconds(self):
        total = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / TICKS

    def rss_mb(self):
        sizes = []
        for pid in self.workers():
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024)
        return [round(size, 1) for size in sizes]

    def cache_status(self, path):
        """What wagtail-cache says of the response: hit, miss or skip (pagecache/rules.py)."""
        request = Request(self.url(path), headers={"Host": "localhost"})  # noqa: S310
        try:
            with urlopen(request, timeout=30) as response:  # noqa: S310 (our own server)
                return response.headers.get("X-Wagtail-Cache")
        except HTTPError as error:
            return error.headers.get("X-Wagtail-Cache")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def wrk(url, *, seconds, connections, threads=2, script=None):
    args = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency"]
    args += ["-H", "Host: localhost", "--timeout", "2s"]
    if script:
        args += ["-s", str(script)]
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    requests = int(re.search(r"(\d+) requests in", out)[1])
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def ms(label):
        match = re.search(rf"{label}\s+([\d.]+)(us|ms|s)\b", out)
        value, unit = float(match[1]), match[2]
        return round(value * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)

    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
        "p50_ms": ms("50%"),
        "p99_ms": ms("99%"),
        "errors": errors + (int(non_2xx[1]) if non_2xx else 0),
    }


def cpu_per_request(server, path, seconds, connections=2):
    server.get(path)  # warm: templates, the page cache
    before = server.cpu_seconds()
    result = wrk(server.url(path), seconds=seconds, connections=connections)
    spent = server.cpu_seconds() - before
    result["cpu_ms_per_request"] = round(spent * 1000 / max(result["requests"], 1), 2)
    return result


def mixed_script(folder, paths):
    script = folder / "mixed.lua"
    quoted = ", ".join(json.dumps(path) for path in paths)
    script.write_text(
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\n'
        "end\n"
    )
    return script


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="an existing, built database (default: build one)")
    parser.add_argument("--seconds", type=int, default=10, help="per measured page")
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--json", help="write the figures here too")
    parser.add_argument(
        "--grow",
        action="store_true",
        help="200 more forms and 10 more locales first (bench/grow.py, bench/grown_settings.py)",
    )
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    folder = Path(tempfile.mkdtemp(prefix="kok-bench-serve-"))
    database_url = options.database_url or f"sqlite:///{folder / 'site.sqlite3'}"
    env = environment(database_url, folder)
    manage(env, "collectstatic", "--noinput", "-v0")
    if not options.database_url:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "bootstrap_kok", "--no-admin")
    if options.grow:
        env["DJANGO_SETTINGS_MODULE"] = "bench.grown_settings"
        subprocess.run([PYTHON, "bench/grow.py"], env=env, cwd=ROOT, check=True)  # noqa: S603
    pages = json.loads(
        subprocess.run(  # noqa: S603
            [PYTHON, "-c", "import django; django.setup()\n" + PAGE_SCRIPT],
            # Uncached pages: what a page costs the database when the page cache does not have it.
            env={**env, "PAGE_CACHE_SECONDS": "0"},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()[-1]
    )
    figures = {
        "date": time.strftime("%Y-%m-%d"),
        "database": database_url.split(":")[0],
        "grown": options.grow,
    }
    figures["queries"] = pages
    paths = {name: page["path"] for name, page in pages.items() if page["path"]}

    cached = Server(env)
    try:
        figures["trivial"] = cpu_per_request(cached, "/healthz", options.seconds)
        figures["cached"] = {
            name: cpu_per_request(cached, path, options.seconds) for name, path in paths.items()
        }
        searches = [f"/{code}/search/?q={word}" for code, word in
                    [("de", "Arbeit"), ("ar", "عمل"), ("ro", "muncă"), ("en", "help")]]  # fmt: skip
        pages_only = [path for name, path in paths.items() if "404" not in name]
        script = mixed_script(folder, [*pages_only, *searches])
        figures["load"] = wrk(
            cached.url("/"), seconds=options.load_seconds, connections=64, script=script
        )
        figures["worker_rss_mb"] = cached.rss_mb()
    finally:
        cached.stop()
    # A store of its own: the kept pages the cached server left in its files would be served.
    uncached = Server(
        {**env, "PAGE_CACHE_SECONDS": "0", "PAGE_CACHE_DIR": str(folder / "pagecache-uncached")}
    )
    try:
        figures["uncached"] = {
            name: cpu_per_request(uncached, path, options.seconds) for name, path in paths.items()
        }
        served = {uncached.cache_status(path) for path in paths.values()}
        assert "hit" not in served, f"the uncached server served kept pages: {served}"
    finally:
        uncached.stop()

    print(json.dumps(figures, indent=1, ensure_ascii=False))  # noqa: T201
    if options.json:
        Path(options.json).parent.mkdir(parents=True, exist_ok=True)
        Path(options.json).write_text(json.dumps(figures, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
