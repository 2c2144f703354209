"""API tokens: create (the key is shown once), check, revoke."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.contrib.auth.models import AbstractUser

from caredesk.api.models import ApiToken
from caredesk.core.clock import now

KEY_PREFIX = "cdk_"
_TOUCH_EVERY = datetime.timedelta(minutes=1)


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def token_create(*, user: AbstractUser, name: str = "") -> tuple[ApiToken, str]:
    """A new token for the user; returns the row and the key (the only time it is seen)."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name[:100], prefix=key[:12], key_hash=_hash(key), created_at=now()
    )
    return token, key


def token_user(*, key: str) -> AbstractUser | None:
    """The active user a key belongs to, or None for an unknown, revoked or inactive one."""
    if not key.startswith(KEY_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=_hash(key), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    moment = now()
    if token.last_used_at is None or moment - token.last_used_at > _TOUCH_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=moment)
    return token.user


def token_revoke(*, token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = now()
        token.save(update_fields=["revoked_at"])
