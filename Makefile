# Dépêches: `make run` serves the archive on the seeds, `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
N      ?= 2000
WORKERS ?= 3
export PYTHONDONTWRITEBYTECODE :=

.PHONY: help install install-test run demo demo-data serve migrate seed test test-fuzz test-postgres test-crash test-serve score bench probe-files speakers lint format clean

help:
	@echo "make run            set up, import seeds/, serve on http://$(HOST):$(PORT)"
	@echo "make demo           $(DEMO_N) generated articles in $(DEMO_DIR) (made once), served on $(HOST):$(PORT)"
	@echo "make test           set up with test extras and run the whole test suite"
	@echo "make test-browser   journeys and axe checks in Chromium (tests/browser/)"
	@echo "make test-postgres  the same suite against a throwaway local PostgreSQL"
	@echo "make test-fuzz      10,500 generated hostile URLs on the seeds, each under 2 s"
	@echo "make test-crash     imports killed at 24 points, then re-run (SQLite, PostgreSQL)"
	@echo "make test-serve     an import while gunicorn answers a load (SQLite, PostgreSQL)"
	@echo "make serve          gunicorn ($(WORKERS) workers) + whitenoise on $(HOST):$(PORT)"
	@echo "make score          extractor figures on the development set (tests/fixtures/pages/)"
	@echo "make bench          import + search benchmark (N=$(N) articles)"
	@echo "make speakers       speaker checks on N=$(N) generated pages (fails on any fragment)"
	@echo "make probe-files    extraction time and memory of hostile files, 100 KB to 10 MB"
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

# Only `make run` turns debug on (config.settings.dev); manage.py alone runs with it off.
run: seed
	DJANGO_SETTINGS_MODULE=config.settings.dev $(BIN)/python manage.py runserver $(HOST):$(PORT)

# A demo archive: DEMO_N generated articles (bench/generate.py, seeded) in their own data
# dir, imported once (the stamp file says so), then served like `make run`. Delete
# DEMO_DIR to start again; `make demo PORT=8080 DEMO_N=5000` for another port or size.
DEMO_N   ?= 3000
DEMO_DIR ?= var/demo
DEMO_ENV := DEPECHES_DATA_DIR=$(abspath $(DEMO_DIR))

$(DEMO_DIR)/.imported: | install
	$(BIN)/python -m bench.generate $(DEMO_N) $(DEMO_DIR)/pages
	$(DEMO_ENV) $(BIN)/python manage.py migrate --noinput -v 0
	$(DEMO_ENV) $(BIN)/python manage.py import_articles $(DEMO_DIR)/pages
	@touch $@

demo-data: $(DEMO_DIR)/.imported

demo: demo-data
	$(DEMO_ENV) DJANGO_SETTINGS_MODULE=config.settings.dev $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production-style: gunicorn workers (each keeps its own index searcher) and static
# files from whitenoise; needs DJANGO_SECRET_KEY. Imports may run meanwhile.
serve: install-test migrate
	DJANGO_SETTINGS_MODULE=config.settings.prod $(BIN)/python manage.py collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=config.settings.prod $(BIN)/gunicorn config.wsgi \
		--workers $(WORKERS) --bind $(HOST):$(PORT) --timeout 60 --access-logfile -

.PHONY: test-browser browser-deps
# The browser tests (tests/browser/) run too when Chromium is at $(CHROMIUM); without it
# they are skipped, saying why. `make test-browser` runs them and fails if they cannot.
CHROMIUM ?= /usr/bin/chromium
AXE := tests/browser/node_modules/axe-core/axe.min.js
# Then the tests that need no Whoosh extras again, on Haystack's simple backend.
test: install-test
	@if [ -x $(CHROMIUM) ] && command -v npm >/dev/null; then $(MAKE) --no-print-directory browser-deps; fi
	$(BIN)/python -m pytest
	SEARCH_ENGINE=simple $(BIN)/python -m pytest -q -m any_engine -W ignore::UserWarning

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --silent
	@touch $@

browser-deps: install-test $(AXE)

test-browser: browser-deps
	@mkdir -p var/screenshots
	DEPECHES_BROWSER_REQUIRED=1 DEPECHES_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest -m browser -s -q tests/browser

# Hostile URLs at full count: 10,500 generated requests on the seeds, random seed, each
# under FUZZ_MAX_SECONDS; the summary goes to var/fuzz-report.json.
FUZZ_EXAMPLES ?= 10500
FUZZ_MAX_SECONDS ?= 2
test-fuzz: install-test
	@mkdir -p var
	DEPECHES_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) DEPECHES_FUZZ_MAX_SECONDS=$(FUZZ_MAX_SECONDS) \
		DEPECHES_FUZZ_REPORT=$(CURDIR)/var/fuzz-report.json \
		$(BIN)/python -m pytest -q tests/test_hostile_urls.py; \
		status=$$?; cat var/fuzz-report.json; echo; exit $$status

test-postgres: install-test
	$(BIN)/python tests/postgres.py $(BIN)/python -m pytest -m "not browser and not serve"

# The development set scored as one batch, per part (batch 1/2, fr/en), then what differs
# page by page. `$(BIN)/python -m tests.devset --ratchet` raises the suite's floors to it.
score: install-test
	$(BIN)/python -m tests.devset

# Imports killed at CRASH_POINTS points (kill -9 of the group or of the main process,
# SIGTERM, Ctrl-C) then re-run must equal one clean import: SQLite, then PostgreSQL.
CRASH_ENV = CRASH_POINTS=24 CRASH_FILES=150
CRASH = $(BIN)/python -m pytest -q tests/test_crash.py \
	-o log_cli=true --log-cli-level=INFO --log-cli-format="%(message)s"
test-crash: install-test
	$(CRASH_ENV) $(CRASH)
	$(CRASH_ENV) $(BIN)/python tests/postgres.py $(CRASH)

# An import while gunicorn (3 workers) answers a bounded load of pages, searches, feeds,
# exports and API calls: no error, and the end state of one clean import. SQLite, then
# PostgreSQL; SERVE_FILES generated files, at most SERVE_REQUESTS requests.
SERVE_ENV = SERVE_FILES=300 SERVE_REQUESTS=3000
SERVE = $(BIN)/python -m pytest -q -m serve tests/test_serve_load.py \
	-o log_cli=true --log-cli-level=INFO --log-cli-format="%(message)s"
test-serve: install-test
	$(SERVE_ENV) $(SERVE)
	$(SERVE_ENV) $(BIN)/python tests/postgres.py $(SERVE)

bench: install-test
	$(BIN)/python bench/run.py --n $(N)

# Speaker list of a generated archive against the generator's ground truth: clause
# fragments, places as people, split people, several rows for one person (exit 1 if any).
speakers: install-test
	$(BIN)/python bench/speakers.py --n $(N)

# Seconds per MB and peak memory of extracting hostile files (one huge line, 100,000
# short lines, only quote marks, nesting, one word repeated, an article repeated) from
# 100 KB to 10 MB; fails on super-linear growth or a peak above 1 GiB. A few minutes.
probe-files: install-test
	$(BIN)/python -m bench.probe_files

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf var .pytest_cache
