"""Reads of API tokens."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser

from caredesk.api.models import ApiToken


def tokens_for_user(*, user: AbstractUser) -> list[ApiToken]:
    """A user's tokens, newest first (revoked ones too, marked as such)."""
    return list(ApiToken.objects.filter(user=user).order_by("-created_at"))
