"""Settings shared by every environment; each value can come from the environment.

See `.env.example` for the variables and their defaults.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def local_secret_key(path: Path) -> str:
    """Return the key kept in `path`, creating it (readable by its owner only) on first use.

    For a machine's own use (manage.py commands, runserver): each data dir gets its own
    random key instead of one written in the code. Production takes DJANGO_SECRET_KEY.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


# Debug is off unless DJANGO_DEBUG says otherwise (`make run` uses config.settings.dev,
# which turns it on). Each settings module decides what a missing secret key means.
DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
    if h.strip()
]

DATA_DIR = Path(os.environ.get("DEPECHES_DATA_DIR", BASE_DIR / "var")).resolve()

# Size budget of one imported file, in bytes (0: none). Larger files are refused with one
# line in the import report; extraction time grows linearly up to it (`make probe-files`).
DEPECHES_MAX_FILE_BYTES = int(os.environ.get("DEPECHES_MAX_FILE_BYTES", "5000000"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "archive",
    "search",  # before haystack: its rebuild_index command replaces Haystack's
    "haystack",
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
    "config.csp.ContentSecurityPolicyMiddleware",
]

# Pages load scripts, styles and images from the site itself only; no inline script or
# style attribute is allowed (templates have none), no plugin, no framing.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'depeches.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Imports save in one process and index in another (and the site reads meanwhile):
    # wait up to 30 s for the other's write rather than fail with "database is locked",
    # and take the write lock when a transaction starts, so that a reading transaction
    # never has to upgrade its lock (SQLite refuses that at once, without waiting).
    DATABASES["default"].setdefault("OPTIONS", {}).update(timeout=30, transaction_mode="IMMEDIATE")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Search: Whoosh in the data dir by default; SEARCH_URL may point elsewhere
# (a Whoosh path, or an Elasticsearch URL such as http://localhost:9200/depeches).
SEARCH_URL = os.environ.get("SEARCH_URL", "")
WHOOSH_PATH = DATA_DIR / "whoosh_index"
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": "search.backends.FrenchWhooshEngine",
        "PATH": str(WHOOSH_PATH),
    }
}
if SEARCH_URL.startswith(("http://", "https://")):
    _url, _, _index = SEARCH_URL.rstrip("/").rpartition("/")
    HAYSTACK_CONNECTIONS["default"] = {
        "ENGINE": "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine",
        "URL": _url,
        "INDEX_NAME": _index or "depeches",
    }
elif SEARCH_URL:
    HAYSTACK_CONNECTIONS["default"]["PATH"] = SEARCH_URL.removeprefix("whoosh://")
HAYSTACK_SIGNAL_PROCESSOR = "search.signals.ArchiveSignalProcessor"
HAYSTACK_LIMIT_TO_REGISTERED_MODELS = False
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20

# The interface is French by default and complete in English: LocaleMiddleware reads
# the language switch's cookie, then Accept-Language; catalogues in locale/ (compiled .mo
# committed, so nothing needs gettext to run). Names in their own language, for the switch.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Failed admin logins, counted across every worker process (config/login_throttle.py).
    "login_throttle": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": DATA_DIR / "cache" / "login-throttle",
    },
}

# Admin login: after LOGIN_FAILURE_LIMIT failures for one user name from one address
# (or LOGIN_FAILURE_IP_LIMIT for any names from one address) within
# LOGIN_LOCKOUT_SECONDS, that address is refused until the window ends.
LOGIN_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_IP_LIMIT = env_int("DJANGO_LOGIN_FAILURE_IP_LIMIT", 20)
LOGIN_LOCKOUT_SECONDS = env_int("DJANGO_LOGIN_LOCKOUT_SECONDS", 15 * 60)
# Behind a reverse proxy, the client's address is the last one of X-Forwarded-For.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
