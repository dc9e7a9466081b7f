# Dépêches: `make run` serves the archive on the seeds, `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
N      ?= 2000
WORKERS ?= 3
export PYTHONDONTWRITEBYTECODE :=

.PHONY: help install install-test run serve migrate seed test test-postgres test-crash bench lint format clean

help:
	@echo "make run            set up, import seeds/, serve on http://$(HOST):$(PORT)"
	@echo "make test           set up with test extras and run the whole test suite"
	@echo "make test-postgres  the same suite against a throwaway local PostgreSQL"
	@echo "make test-crash     imports killed at 24 points, then re-run (SQLite, PostgreSQL)"
	@echo "make serve          gunicorn ($(WORKERS) workers) + whitenoise on $(HOST):$(PORT)"
	@echo "make bench          import + search benchmark (N=$(N) articles)"
	@echo "make lint           ruff check and format check"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,serve]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py import_articles seeds/

run: seed
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production-style: gunicorn workers (each keeps its own index searcher) and static
# files from whitenoise; needs DJANGO_SECRET_KEY. Imports may run meanwhile.
serve: install-test migrate
	DJANGO_SETTINGS_MODULE=config.settings.prod $(BIN)/python manage.py collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=config.settings.prod $(BIN)/gunicorn config.wsgi \
		--workers $(WORKERS) --bind $(HOST):$(PORT) --timeout 60 --access-logfile -

# Then the tests that need no Whoosh extras again, on Haystack's simple backend.
test: install-test
	$(BIN)/python -m pytest
	SEARCH_ENGINE=simple $(BIN)/python -m pytest -q -m any_engine -W ignore::UserWarning

test-postgres: install-test
	$(BIN)/python tests/postgres.py $(BIN)/python -m pytest

# Imports killed at CRASH_POINTS points (kill -9 of the group or of the main process,
# SIGTERM, Ctrl-C) then re-run must equal one clean import: SQLite, then PostgreSQL.
CRASH_ENV = CRASH_POINTS=24 CRASH_FILES=150
CRASH = $(BIN)/python -m pytest -q tests/test_crash.py \
	-o log_cli=true --log-cli-level=INFO --log-cli-format="%(message)s"
test-crash: install-test
	$(CRASH_ENV) $(CRASH)
	$(CRASH_ENV) $(BIN)/python tests/postgres.py $(CRASH)

bench: install-test
	$(BIN)/python bench/run.py --n $(N)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf var .pytest_cache
