"""British English dates: "1 December 2026", "18/07/2025" (Django's "en" is American)."""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
