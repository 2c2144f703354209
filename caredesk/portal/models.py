"""The homeowner portal's own data: one-time sign-in links and the requests for them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SignInLink(models.Model):
    """A one-time sign-in link sent to an address on file. Only the token's hash is kept."""

    person = models.ForeignKey(
        "directory.Person",
        on_delete=models.CASCADE,
        related_name="sign_in_links",
        verbose_name=_("person"),
    )
    email = models.CharField(_("sent to"), max_length=254)
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"))
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("sign-in link")
        verbose_name_plural = _("sign-in links")

    def __str__(self) -> str:
        return f"{self.person_id} {self.created_at:%Y-%m-%d %H:%M}"


class SignInRequest(models.Model):
    """Someone asked for a sign-in link (kept to throttle; the address is kept only hashed)."""

    email_hash = models.CharField(_("address hash"), max_length=64, db_index=True)
    client_hash = models.CharField(_("client hash"), max_length=64, db_index=True)
    requested_at = models.DateTimeField(_("requested at"), db_index=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("sign-in request")
        verbose_name_plural = _("sign-in requests")

    def __str__(self) -> str:
        return f"{self.requested_at:%Y-%m-%d %H:%M}"
