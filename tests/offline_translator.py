"""A deterministic machine translator for tests: no network, predictable output.

Configure it like any wagtail-localize machine translator::

    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "tests.offline_translator.OfflineTranslator"}

It "translates" by prefixing the target language code, e.g. "Spenden" → "[ar] Spenden", which
keeps rich text markup valid.
"""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class OfflineTranslator(BaseMachineTranslator):
    display_name = "Offline test translator"

    def translate(self, source_locale, target_locale, strings):
        prefix = f"[{target_locale.language_code}] "
        return {string: StringValue(prefix + string.data) for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code
