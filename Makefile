# Two commands on a fresh machine: `make run` (install, migrate, seed, serve) and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: install assets run worker db test browser bench score clean cluster fuzz train-ranker train-labels

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Browser assets from the npm registry (package.json, locked by package-lock.json): plotly's cartesian
# partial bundle (1.5 MB, not the 4.8 MB full one) for the progress and dashboard charts. The app
# serves it gzip-compressed under a content-hashed name (classroom/assets.py).
NODE_STAMP := node_modules/.installed-$(shell cksum package-lock.json | cut -d' ' -f1)
PLOTLY_JS  := static/vendor/plotly.min.js

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq npm >/dev/null; }
	npm ci --no-audit --no-fund --silent
	rm -f node_modules/.installed-*
	touch $(NODE_STAMP)

assets: $(NODE_STAMP)
	cp -f node_modules/plotly.js-cartesian-dist-min/plotly-cartesian.min.js $(PLOTLY_JS)

install: $(STAMP) assets

db: install  ## create or upgrade the database, then load seeds/ (idempotent)
	$(PY) -m flask --app app db upgrade
	$(PY) -m flask --app app seed

# With CELERY_BROKER_URL set (redis://... or amqp://...), `make run` starts one Celery worker beside the
# web server and stops it on exit; without it, lesson jobs run in a thread of the web process (the log says which).
run: db
	@if [ -n "$$CELERY_BROKER_URL" ]; then \
	  echo "make run: starting a lesson worker beside the web server (broker $$CELERY_BROKER_URL)"; \
	  $(PY) -m celery -A classroom.celery_app worker --loglevel=INFO --concurrency=1 & WORKER=$$!; \
	  trap 'kill $$WORKER 2>/dev/null; wait $$WORKER 2>/dev/null' EXIT INT TERM; \
	  $(PY) -m flask --app app run --host $(HOST) --port $(PORT); \
	else \
	  $(PY) -m flask --app app run --host $(HOST) --port $(PORT); \
	fi

WORKERS ?= 2
worker: install  ## lesson workers for another machine: CELERY_BROKER_URL and DATABASE_URL as the web servers'
	$(PY) -m celery -A classroom.celery_app worker --loglevel=INFO --concurrency=$(WORKERS)

browser:  ## Debian's Chromium for the real-browser tests (Playwright's own download is not used)
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install browser
	$(PY) -m pytest

bench: install
	$(PY) bench/generate.py
	$(PY) bench/web.py
	$(PY) bench/queue.py

cluster: install  ## two gunicorn servers on PostgreSQL + Redis behind nginx at http://127.0.0.1:8080/
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nginx-light >/dev/null; }
	$(PY) deploy/cluster.py

fuzz: install  ## schemathesis on PostgreSQL, >= 200 examples per operation (CI keeps the short run)
	API_FUZZ_MIN_EXAMPLES=200 API_FUZZ_SCALE=8 $(PY) -m pytest tests/web/test_openapi.py -k postgres -q
	FORM_FUZZ_EXAMPLES=200 $(PY) -m pytest tests/web/test_form_fuzz.py -k postgres -q

train-ranker: install  ## learn the question ranker from bench/judgments/ (cross-validated figures printed)
	$(PY) bench/train_ranker.py --articles ../shared/realnews

train-labels: install  ## learn the timeline-label scorer from bench/judgments/ (cross-validated figures printed)
	$(PY) bench/train_labels.py

score: install  ## quality on the dev set
	$(PY) ../shared/devset/score.py --project .

clean:
	rm -rf $(VENV) .pytest_cache
