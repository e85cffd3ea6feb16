# Two commands on a fresh machine: `make run` (install, migrate, seed, serve) and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: install assets run db test browser bench score clean

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

run: db
	$(PY) -m flask --app app run --host $(HOST) --port $(PORT)

browser:  ## Debian's Chromium for the real-browser tests (Playwright's own download is not used)
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install browser
	$(PY) -m pytest

bench: install
	$(PY) bench/generate.py
	$(PY) bench/web.py

score: install  ## quality on the dev set
	$(PY) ../shared/devset/score.py --project .

clean:
	rm -rf $(VENV) .pytest_cache
