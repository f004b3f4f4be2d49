"""Date formats where Django's own differ from the reader's conventions (FORMAT_MODULE_PATH).

Only DATE_FORMAT ("1 December 2026") and SHORT_DATE_FORMAT ("18/07/2025"), the two the public
pages show, and only where Django's are wrong for the language: English is British English
(day, month, year; not "Dec. 1, 2026" or "07/18/2025"); Arabic writes no comma after the month;
Bulgarian dates end in "г."; Polish and Vietnamese short dates use dots and slashes; Vietnamese
"ngày" is lower case inside a sentence. Everything else falls back to Django's locale formats.

Month names are words, not formats: Romanian, Portuguese and Bulgarian write them in lower case
("1 decembrie 2026", "1 de dezembro de 2026"), which Django's catalogues capitalise. ``locale/``
beside this file (in LOCALE_PATHS) holds only those month names; Django prefers LOCALE_PATHS to
its own catalogues.
"""
