"""Two-factor sign-in for the Wagtail admin (issue 16): one-time codes, passkeys, recovery codes."""
