"""Local development (`make run`): the local settings with debug on."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from .local import *  # noqa: E402,F403
