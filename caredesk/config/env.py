"""Reading CAREDESK_* environment variables with typed defaults."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

PREFIX = "CAREDESK_"


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(PREFIX + name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(PREFIX + name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(PREFIX + name)
    return int(value) if value not in (None, "") else default


def env_float(name: str, default: float) -> float:
    value = os.environ.get(PREFIX + name)
    return float(value) if value not in (None, "") else default


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(PREFIX + name)
    if value is None:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


def var_dir() -> Path:
    """The embedded default's data folder: ./var unless CAREDESK_VAR_DIR says otherwise."""
    return Path(env_str("VAR_DIR", str(Path.cwd() / "var"))).resolve()


def email_settings(url: str, *, outbox_dir: Path) -> dict[str, object]:
    """Django email settings from a URL such as smtp://user:pass@host:587?tls=1.

    Without a URL the embedded default writes outgoing mail to a folder.
    """
    if not url:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(outbox_dir),
        }
    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    scheme = parts.scheme.lower()
    if scheme in {"console"}:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme in {"file"}:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": unquote(parts.path) or str(outbox_dir),
        }
    if scheme in {"memory", "locmem"}:
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme not in {"smtp", "smtps", "submission"}:
        raise ValueError(f"CAREDESK_EMAIL_URL: unsupported scheme {scheme!r}")
    truthy = {"1", "true", "yes", "on"}
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": query.get("tls", "").lower() in truthy,
        "EMAIL_USE_SSL": scheme == "smtps" or query.get("ssl", "").lower() in truthy,
        "EMAIL_TIMEOUT": int(query.get("timeout", "30")),
    }
