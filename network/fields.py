"""Model fields for lists of codes (Länder, forms, target groups, languages) on counselling places.

Stored as JSON lists so every database Django supports holds them the same way; the finder
filters them in Python on a bounded list. Django has no multiple-choice model field, so the
admin form field and the validation of every item live here.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# ISO 639-1: every two-letter language code.
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()  # noqa: SIM905 (a table to read)
)


def split_codes(text):
    """ "de, en bg" -> ["de", "en", "bg"] (commas or spaces, order kept, duplicates dropped)."""
    codes = []
    for code in text.replace(",", " ").split():
        if code not in codes:
            codes.append(code)
    return codes


def validate_language_codes(codes):
    bad = [code for code in codes if code not in ISO_639_1]
    if bad:
        raise ValidationError(
            _("Not an ISO 639-1 language code: %(codes)s"), params={"codes": ", ".join(bad)}
        )


class ChoiceListField(models.JSONField):
    """A list of codes from ``choices``, edited as checkboxes."""

    def __init__(self, *args, choices=(), **kwargs):
        self.item_choices = list(choices)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.item_choices
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {code for code, _label in self.item_choices}
        bad = [code for code in value or [] if code not in known]
        if not isinstance(value, list) or bad:
            raise ValidationError(
                _("Unknown code: %(codes)s"), params={"codes": ", ".join(map(str, bad))}
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class LanguageListFormField(forms.CharField):
    def prepare_value(self, value):
        return ", ".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return split_codes((value or "").lower())

    def validate(self, value):
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")
        validate_language_codes(value)


class LanguageListField(models.JSONField):
    """Languages of counselling as ISO 639-1 codes, typed as "de, en, bg"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        validate_language_codes(value or [])

    def formfield(self, **kwargs):
        return LanguageListFormField(
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )
