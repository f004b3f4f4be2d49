from django.urls import path

from . import views

app_name = "twofactor"
urlpatterns = [
    path("", views.setup, name="setup"),
    path("verify/", views.verify, name="verify"),
    path("authenticator/", views.authenticator, name="authenticator"),
    path("passkey/", views.passkey, name="passkey"),
    path("passkey/added/", views.passkey_added, name="passkey_added"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("remove/", views.remove, name="remove"),
]
