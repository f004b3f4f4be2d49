"""Polish short dates with dots: "18.07.2025" (Django has "18-07-2025")."""

SHORT_DATE_FORMAT = "d.m.Y"
