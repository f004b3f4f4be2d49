"""gunicorn's configuration for KOK CMS: ``gunicorn -c deploy/gunicorn.conf.py kokcms.wsgi``.

Sync workers behind nginx (deploy/nginx.conf), which buffers slow clients, so a worker is never
held by a reader on a slow line. The application is loaded before the workers are forked, so
they share its memory. No access log: nginx writes one without addresses; a counselling site
keeps no list of who read what.

Environment: ``BIND`` (default 127.0.0.1:8000, reachable by the proxy only), ``WEB_CONCURRENCY``
(workers, default 2 per core), ``GUNICORN_TIMEOUT`` (seconds, default 30),
``GUNICORN_MAX_REQUESTS`` (default 2000).
"""

import multiprocessing
import os

wsgi_app = "kokcms.wsgi:application"
bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
worker_class = "sync"
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# A worker is replaced after this many requests (with some jitter), so memory never creeps up
# (GUNICORN_MAX_REQUESTS=0: never, as bench/serve.py needs to count a worker's CPU time).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = max_requests // 10
accesslog = None
errorlog = "-"
loglevel = "warning"
# Only the proxy on this machine may tell gunicorn the scheme and the client's address.
forwarded_allow_ips = "127.0.0.1,::1"
proxy_allow_ips = "127.0.0.1,::1"
