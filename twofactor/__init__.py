"""Two-factor sign-in for the Wagtail admin (issue 16): one-time codes, passkeys, recovery codes.

Why django-otp with django-otp-webauthn, not wagtail-2fa:

- Upkeep. django-otp is the library the others build on, released for every Django LTS;
  django-otp-webauthn is young but active and sits on py_webauthn, the reference server
  library. wagtail-2fa (labd) follows Wagtail slowly: its changelog reaches "Wagtail v4.1+ up
  to v5.0" and later a branding fix for 5.x; no release says it supports Wagtail 7, and its
  admin templates override Wagtail's, which breaks with each admin redesign.
- Passkeys. wagtail-2fa knows authenticator apps only; django-otp-webauthn adds passkeys and
  security keys as one more django-otp device, so every factor is verified, stored and reset
  the same way (``django_otp.devices_for_user``), and recovery codes come with django-otp.
- Wagtail 7. With the two libraries the Wagtail side is ours and small: a middleware
  (``middleware.py``), a few admin pages (``views.py``, through ``register_admin_urls``, so in
  the user's admin language) built on the admin's own templates, and a reset for
  administrators in the users list (``wagtail_hooks.py``).

What is ours: who must use a second factor (``policy.py``), the count of wrong codes per
account (``throttle.py``), the pages, and the QR code, drawn on the server as inline SVG with
segno (nothing is loaded from another host, no inline script).
"""
