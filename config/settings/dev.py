"""Local development: debug on unless the environment says otherwise."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from .base import *  # noqa: E402,F403
from .base import DATA_DIR, STATIC_ROOT, STORAGES  # noqa: E402

DATA_DIR.mkdir(parents=True, exist_ok=True)
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns when it is missing
WHITENOISE_USE_FINDERS = True
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
