"""Admin login throttle: too many failed logins from one address lock it out for a while.

Failures are counted in the `login_throttle` cache (files in the data dir, so every
worker process sees the same counts) under two keys: the address with the user name
typed, and the address alone. When either count reaches its limit
(settings.LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_IP_LIMIT) within
settings.LOGIN_LOCKOUT_SECONDS of the first failure, the form refuses that address,
right password or not, until the window ends. A successful login clears the count for
its user name.
"""

import hashlib

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy


def client_address(request) -> str:
    """The client's IP address; behind a proxy, the last one it added to X-Forwarded-For."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _keys(request, username: str) -> list[tuple[str, int]]:
    """(cache key, limit) pairs for this attempt; names are hashed (any length, any text)."""
    address = client_address(request)
    name = hashlib.sha256(f"{address}\n{username.casefold()}".encode()).hexdigest()
    return [
        (f"login-fail:name:{name}", settings.LOGIN_FAILURE_LIMIT),
        (
            f"login-fail:ip:{hashlib.sha256(address.encode()).hexdigest()}",
            settings.LOGIN_FAILURE_IP_LIMIT,
        ),
    ]


def is_locked(request, username: str) -> bool:
    cache = caches["login_throttle"]
    return any((cache.get(key) or 0) >= limit for key, limit in _keys(request, username))


def record_failure(request, username: str) -> None:
    cache = caches["login_throttle"]
    for key, _ in _keys(request, username):
        # add() starts the window; incr() keeps its expiry.
        if not cache.add(key, 1, settings.LOGIN_LOCKOUT_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr(): a new window
                cache.add(key, 1, settings.LOGIN_LOCKOUT_SECONDS)


def clear_failures(request, username: str) -> None:
    caches["login_throttle"].delete(_keys(request, username)[0][0])


class ThrottledAdminAuthenticationForm(AdminAuthenticationForm):
    """The admin login form, refusing an address after too many failures."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "locked": gettext_lazy(
            "Trop de tentatives de connexion échouées depuis cette adresse. "
            "Réessayez dans %(minutes)d minutes."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if self.request is not None and is_locked(self.request, username):
            raise ValidationError(
                self.error_messages["locked"],
                code="locked",
                params={"minutes": max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)},
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            if self.request is not None:
                record_failure(self.request, username)
            raise
        if self.request is not None:
            clear_failures(self.request, username)
        return cleaned
