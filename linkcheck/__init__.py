"""The link check (issue 16): internal links, phone numbers, e-mail addresses and external links."""
