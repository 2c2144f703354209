"""Caredesk settings: everything comes from CAREDESK_* environment variables.

The embedded default (no variables set) is a single-machine install: SQLite under ./var,
outgoing mail written to ./var/outbox, background jobs in the database.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from caredesk.config.env import (
    email_settings,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    var_dir,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = var_dir()

DEBUG = env_bool("DEBUG", False)
# The embedded default generates no secret of its own: a fixed development key is used only
# when nothing is configured; production.py refuses to start without CAREDESK_SECRET_KEY.
SECRET_KEY = env_str("SECRET_KEY", "caredesk-insecure-development-key-change-me-0123456789")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "caredesk.mailroom.apps.AnymailConfig",
    "django_htmx",
    "caredesk.core",
    "caredesk.directory",
    "caredesk.staff",
    "caredesk.mailroom",
    "caredesk.triage",
    "caredesk.actions",
    "caredesk.intake",
    "caredesk.kb",
    "caredesk.calls",
    "caredesk.notes",
    "caredesk.api",
    "caredesk.portal",
    "caredesk.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "caredesk.config.urls"
WSGI_APPLICATION = "caredesk.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

_database_url = env_str("DATABASE_URL", "")
if _database_url:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60)}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(VAR_DIR / "caredesk.sqlite3"),
            "OPTIONS": {
                # WAL lets readers work while one writer writes; IMMEDIATE takes the write
                # lock at BEGIN so two writers queue up instead of failing mid-transaction.
                # A 16 MB page cache (SQLite's default is 2 MB) holds the indexes that every
                # message adds a random key to (Message-IDs, thread keys, senders): with 2 MB,
                # an ingest's later batches read their pages back again and again (20,000
                # messages: 274,000 page reads, 132,000 with 16 MB; bench/README.md).
                "init_command": (
                    "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"
                    "PRAGMA cache_size=-16384;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_tasks_backend = env_str("TASKS_BACKEND", "db")
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
if _tasks_backend == "rq":
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
elif _tasks_backend == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("zh-hans", _("Simplified Chinese"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "America/Los_Angeles")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

_email = email_settings(env_str("EMAIL_URL", ""), outbox_dir=VAR_DIR / "outbox")
globals().update(_email)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Community Care <care@caredesk.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
CAREDESK_OUTBOX_DIR = VAR_DIR / "outbox"
CAREDESK_MESSAGE_ID_DOMAIN = env_str("MESSAGE_ID_DOMAIN", "")

# Inbound webhooks (django-anymail): each provider's signing secret from the environment.
ANYMAIL = {
    "WEBHOOK_SECRET": env_str("WEBHOOK_SECRET", "") or None,
    "MAILGUN_WEBHOOK_SIGNING_KEY": env_str("MAILGUN_WEBHOOK_SIGNING_KEY", "") or None,
    "POSTMARK_WEBHOOK_SECRET": env_str("POSTMARK_WEBHOOK_SECRET", "") or None,
}
ANYMAIL = {key: value for key, value in ANYMAIL.items() if value}

# Mailroom limits and behaviour.
CAREDESK_MAX_ATTACHMENT_BYTES = env_int("MAX_ATTACHMENT_BYTES", 25 * 1024 * 1024)
CAREDESK_MAX_MESSAGE_BYTES = env_int("MAX_MESSAGE_BYTES", 100 * 1024 * 1024)
CAREDESK_POLL_INTERVAL_SECONDS = env_int("POLL_INTERVAL_SECONDS", 60)
# The work queue: the role whose steps make up the Community Care queue, and how long a
# "Next item" claim lasts when the item is abandoned.
CAREDESK_QUEUE_ROLE = env_str("QUEUE_ROLE", "customer-support")
CAREDESK_CLAIM_MINUTES = env_int("CLAIM_MINUTES", 20)
CAREDESK_DEFAULT_REGION = env_str("DEFAULT_REGION", "US")
CAREDESK_COMPANY_NAME = env_str("COMPANY_NAME", "Caredesk Demo Property Management")
# Phone messages (PREs, R-07): mail from these receptionist addresses (comma-separated) is
# read as a phone message; the receptionist's form files them in this inbox.
CAREDESK_RECEPTIONIST_ADDRESSES = env_list("RECEPTIONIST_ADDRESSES", [])
CAREDESK_PRE_INBOX = env_str("PRE_INBOX", "CC Priority")
# The address people reach the desk at, for links in emails (alerts, portal sign-in).
CAREDESK_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")

# Sign-in throttling: after this many failures within the window, sign-in is refused until the
# window has passed (per username; per client address with its own, higher limit because an
# office shares one address).
CAREDESK_LOGIN_MAX_FAILURES = env_int("LOGIN_MAX_FAILURES", 5)
CAREDESK_LOGIN_MAX_FAILURES_PER_IP = env_int("LOGIN_MAX_FAILURES_PER_IP", 20)
CAREDESK_LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 15)
# Surge rule: this many waiting urgent items alert the CC leads and the CC manager, at
# most once per cool-down.
CAREDESK_SURGE_THRESHOLD = env_int("SURGE_THRESHOLD", 10)
CAREDESK_SURGE_COOLDOWN_MINUTES = env_int("SURGE_COOLDOWN_MINUTES", 60)
# Homeowner portal: one-time sign-in links, sessions, throttles and upload limits.
CAREDESK_PORTAL_LINK_MINUTES = env_int("PORTAL_LINK_MINUTES", 20)
CAREDESK_PORTAL_SESSION_MINUTES = env_int("PORTAL_SESSION_MINUTES", 120)
CAREDESK_PORTAL_LINKS_PER_ADDRESS_PER_HOUR = env_int("PORTAL_LINKS_PER_ADDRESS_PER_HOUR", 5)
CAREDESK_PORTAL_LINKS_PER_CLIENT_PER_HOUR = env_int("PORTAL_LINKS_PER_CLIENT_PER_HOUR", 30)
CAREDESK_PORTAL_MAX_FILE_BYTES = env_int("PORTAL_MAX_FILE_BYTES", 10 * 1024 * 1024)
CAREDESK_PORTAL_MAX_FILES = env_int("PORTAL_MAX_FILES", 5)
# Background workers: one silent this long is taken for dead (its running jobs are re-queued);
# the scheduler looks for due jobs this often.
CAREDESK_WORKER_TTL_SECONDS = env_int("WORKER_TTL_SECONDS", 60)
CAREDESK_SCHEDULER_TICK_SECONDS = env_float("SCHEDULER_TICK_SECONDS", 5.0)

# API lists (django-ninja): items per page when the caller gives no limit, as the desk's lists.
NINJA_PAGINATION_PER_PAGE = 50

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "caredesk": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    },
}
