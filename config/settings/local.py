"""What manage.py uses unless told otherwise: debug off (DJANGO_DEBUG=1 turns it on),
the secret key from DJANGO_SECRET_KEY or else one generated once for the data dir, static
files served from the source folders."""

from .base import *  # noqa: F403
from .base import DATA_DIR, SECRET_KEY, STATIC_ROOT, STORAGES, local_secret_key

DATA_DIR.mkdir(parents=True, exist_ok=True)
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns when it is missing
if not SECRET_KEY:
    SECRET_KEY = local_secret_key(DATA_DIR / "secret_key")
WHITENOISE_USE_FINDERS = True
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
