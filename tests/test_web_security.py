"""Web security: CSP, settings per environment, admin login throttle, bounded list pages."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.urls import reverse

from tests.conftest import ROOT
from tests.factories import make_article, make_source
from tests.markup import markup_problems


@pytest.fixture
def throttle_cache():
    caches["login_throttle"].clear()
    yield
    caches["login_throttle"].clear()


def manage(*args, tmp_path, **env):
    """Run manage.py in a clean environment (no settings module, debug or key given)."""
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DEPECHES_")) and k != "DATABASE_URL"
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, "DEPECHES_DATA_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


SHOW = "from django.conf import settings as s; print(s.DEBUG, len(s.SECRET_KEY))"


def test_manage_py_runs_with_debug_off_and_a_key_of_its_own(tmp_path):
    """manage.py alone: debug off, a random key made once for the data dir (owner only)."""
    first = manage("shell", "-c", SHOW, tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split()[-2:] == ["False", "67"]
    key_file = tmp_path / "secret_key"
    assert key_file.stat().st_mode & 0o077 == 0
    key = key_file.read_text()
    assert manage("shell", "-c", SHOW, tmp_path=tmp_path).returncode == 0
    assert key_file.read_text() == key  # kept, not made again
    other = tmp_path / "other"
    assert manage("shell", "-c", SHOW, tmp_path=other).returncode == 0
    assert (other / "secret_key").read_text() != key


def test_only_the_dev_settings_of_make_run_turn_debug_on(tmp_path):
    dev = manage(
        "shell", "-c", SHOW, tmp_path=tmp_path, DJANGO_SETTINGS_MODULE="config.settings.dev"
    )
    assert dev.stdout.split()[-2] == "True"
    makefile = (ROOT / "Makefile").read_text()
    run_recipe = makefile.split("\nrun:")[1].split("\n\n")[0]
    assert "DJANGO_SETTINGS_MODULE=config.settings.dev" in run_recipe


def test_production_without_a_secret_key_stops_with_a_clear_message(tmp_path):
    result = manage("check", tmp_path=tmp_path, DJANGO_SETTINGS_MODULE="config.settings.prod")
    assert result.returncode == 2
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


PROD = {
    "DJANGO_SETTINGS_MODULE": "config.settings.prod",
    "DJANGO_SECRET_KEY": "k7Qm2vXr9pLw4zNs8tBy6cHd3fJg5hKa1uEo0iRq-W_xZ.VbnMlTpGsYeDcFaUjO",
    "DJANGO_ALLOWED_HOSTS": "depeches.example.org",
}


def test_check_deploy_is_clean_in_production_and_https_is_configurable(tmp_path):
    clean = manage("check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path, **PROD)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    plain_http = manage(
        "check",
        "--deploy",
        tmp_path=tmp_path,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
        **PROD,
    )
    assert "security.W008" in plain_http.stderr and "security.W004" in plain_http.stderr


def test_pages_carry_a_content_security_policy_without_inline_script(client, db):
    article = make_article("Un titre", published=(2021, 5, 6), source=make_source("Agence"))
    for url in [
        reverse("archive:home"),
        article.get_absolute_url(),
        reverse("search:search") + "?q=titre",
        reverse("admin:login"),
    ]:
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy
        assert "unsafe-inline" not in policy and "object-src 'none'" in policy
        assert markup_problems(response.content.decode()) == [], url


def login(client, password, address="10.0.0.1"):
    return client.post(
        reverse("admin:login"),
        {"username": "editor", "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def test_admin_login_locks_an_address_out_after_repeated_failures(
    client, db, settings, throttle_cache
):
    User.objects.create_superuser("editor", "editor@example.org", "right-password")
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        response = login(client, "wrong")
        assert "Trop de tentatives" not in response.content.decode()
    locked = login(client, "right-password")
    assert locked.status_code == 200  # the form again, not the admin
    assert "Trop de tentatives de connexion échouées" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not locked out; the right password lets it in.
    assert login(client, "right-password", address="10.0.0.2").status_code == 302


def test_admin_login_any_names_from_one_address_are_limited(client, db, settings, throttle_cache):
    settings.LOGIN_FAILURE_IP_LIMIT = 3
    User.objects.create_superuser("editor", "editor@example.org", "right-password")
    for name in ("a", "b", "c"):
        client.post(reverse("admin:login"), {"username": name, "password": "x"})
    assert "Trop de tentatives" in login(client, "right-password", "127.0.0.1").content.decode()


def test_a_successful_login_clears_the_failures(client, db, settings, throttle_cache):
    User.objects.create_superuser("editor", "editor@example.org", "right-password")
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        login(client, "wrong")
    assert login(client, "right-password").status_code == 302
    client.logout()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        login(client, "wrong")
    assert login(client, "right-password").status_code == 302


def test_source_list_is_paginated_with_counts_for_its_page(client, db, django_assert_num_queries):
    sources = [make_source(f"Source {i:03d}") for i in range(130)]
    make_article("Premier", published=(2019, 1, 2), source=sources[0])
    make_article("Second", published=(2022, 1, 2), source=sources[0])
    make_article("Ailleurs", published=(2020, 1, 2), source=sources[120])
    url = reverse("archive:source_list")
    first = client.get(url).content.decode()
    assert first.count('class="card"') == 100
    assert "Source 000" in first and "Source 099" in first and "Source 100" not in first
    assert "2 articles" in first and "2019–2022" in first
    assert "Page 1 sur 2" in first
    with django_assert_num_queries(3):  # count, the page, their figures
        second = client.get(url, {"page": 2}).content.decode()
    assert second.count('class="card"') == 30
    assert "Source 120" in second and "1 article" in second and "2020" in second
