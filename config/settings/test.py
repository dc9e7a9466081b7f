"""Tests: a throwaway data dir, fast hashing, plain static storage.

The data dir is always a fresh temporary folder, whatever the environment says, so a
test run never touches ./var. DATABASE_URL is still honoured (make test-postgres).
"""

import os
import tempfile

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key")
os.environ["DEPECHES_DATA_DIR"] = tempfile.mkdtemp(prefix="depeches-test-")

from .base import *  # noqa: E402,F403
from .base import DATA_DIR, STATIC_ROOT, STORAGES  # noqa: E402

DATA_DIR.mkdir(parents=True, exist_ok=True)
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns when it is missing
WHITENOISE_USE_FINDERS = True
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
