"""Production settings: the defaults hardened. Use with DJANGO_SETTINGS_MODULE."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from caredesk.config.env import env_bool, env_int, env_str
from caredesk.config.settings import *  # noqa: F403

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("CAREDESK_SECRET_KEY must be set to at least 50 random characters")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
