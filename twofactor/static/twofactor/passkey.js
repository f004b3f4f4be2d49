// Once django-otp-webauthn's script has registered a passkey, go on to the next step.
document.addEventListener("otp_webauthn.register_complete", (event) => {
  const button = event.target.closest("[data-done-url]");
  window.location.assign(button ? button.dataset.doneUrl : window.location.href);
});
