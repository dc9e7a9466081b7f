"""Production: debug off, a secret key from the environment, HTTPS only, hardened cookies.

HTTPS redirect and HSTS are on unless the environment turns them off (see the README's
Configuration and Security sections); `manage.py check --deploy` is clean with
DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS set.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATA_DIR, SECRET_KEY, env_bool, env_int

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set: production settings (config.settings.prod) need a "
        "secret key of their own, e.g. DJANGO_SECRET_KEY=$(python -c "
        "'import secrets; print(secrets.token_urlsafe(50))')."
    )
DEBUG = False
DATA_DIR.mkdir(parents=True, exist_ok=True)

# Plain HTTP requests are redirected to HTTPS, and browsers told to use HTTPS only.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# Asking browsers to hard-code the domain as HTTPS-only is the owner's decision, hard to
# undo: off unless asked for, and then its deployment check (W021) has nothing to say.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Behind a TLS-terminating proxy (the documented setup), the proxy says which scheme the
# client used; it must set X-Forwarded-Proto itself (and drop any the client sent).
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", True)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
