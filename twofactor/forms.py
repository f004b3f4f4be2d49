from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        """Spaces and dashes as an app or a printed list shows them do not count."""
        return "".join(self.cleaned_data["code"].split()).replace("-", "").lower()


def is_app_code(code):
    """Six digits come from an authenticator app; recovery codes have letters and are longer."""
    return len(code) == 6 and code.isdigit()
