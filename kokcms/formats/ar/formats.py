"""Arabic long dates without the comma after the month: "1 ديسمبر 2026" (Django: "1 ديسمبر، 2026")."""

DATE_FORMAT = "j F Y"
