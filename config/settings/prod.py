"""Production: debug off, a secret key from the environment, hardened cookies."""

from .base import *  # noqa: F403
from .base import DATA_DIR

DATA_DIR.mkdir(parents=True, exist_ok=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
