"""wagtail-cache's hooks: the page cache's rules (``rules.py``)."""

from wagtail import hooks

from .rules import request_is_cacheable, response_is_cacheable

hooks.register("is_request_cacheable", request_is_cacheable)
hooks.register("is_response_cacheable", response_is_cacheable)
