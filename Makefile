# Two commands do all set-up on a fresh machine:
#   make demo   creates .venv, installs communique and the dashboard's browser libraries,
#               analyzes the bundled corpus, prints a briefing and the command that serves it
#   make test   the same set-up, plus the test and Ray extras and Debian's chromium for the
#               browser tests; then runs the test suite
# Ray (about 250 MB) is an extra, `.[ray]`: `make test` and `make bench` install it, `make demo` does not.
PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed
FULL     := $(VENV)/.installed-test-ray
# the dashboard's browser libraries: npm ci (package-lock.json), copied into the package
ASSETS   := src/communique/serve/static/vendor/.installed
CHROMIUM := /usr/bin/chromium

.PHONY: demo test setup eval bench scale screenshots clean

setup: $(STAMP) $(ASSETS)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e .
	touch $(STAMP)

$(ASSETS): package.json package-lock.json $(STAMP)
	npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python -m communique.serve.assets node_modules
	touch $(ASSETS)

# Browser tests drive Debian's chromium (Playwright never downloads a browser here).
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

$(FULL): $(STAMP)
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[test,ray]'
	touch $(FULL)

demo: setup
	mkdir -p out
	$(BIN)/communique analyze examples/corpus --db out/demo.duckdb
	@echo
	@echo "Look at it in a browser (Ctrl-C stops the server):"
	@echo "  $(BIN)/communique serve --db out/demo.duckdb --open"

test: setup $(FULL) $(CHROMIUM)
	$(BIN)/python -m pytest

# Re-take the README's screenshot (docs/briefing.png) from the browser tests.
screenshots: setup $(FULL) $(CHROMIUM)
	$(BIN)/python -m pytest tests/serve/test_serve_browser.py
	cp out/screenshots/briefing.png docs/briefing.png

eval: $(STAMP)
	$(BIN)/communique eval

bench: $(FULL)
	$(BIN)/python benchmarks/throughput.py

scale: $(FULL)
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf $(VENV) out .pytest_cache node_modules src/communique/serve/static/vendor
