"""Bulgarian dates end in "г." (година): "1 декември 2026 г."; month names in lower case come from
kokcms/formats/locale/bg."""

DATE_FORMAT = "j F Y г."
