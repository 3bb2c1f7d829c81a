# Two commands do all set-up on a fresh machine:
#   make demo   creates .venv, installs communique, analyzes the bundled corpus, prints a briefing
#   make test   creates .venv if needed, installs the test and Ray extras, runs the test suite
# Ray (about 250 MB) is an extra, `.[ray]`: `make test` and `make bench` install it, `make demo` does not.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
FULL   := $(VENV)/.installed-test-ray

.PHONY: demo test setup eval bench scale clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e .
	touch $(STAMP)

$(FULL): $(STAMP)
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[test,ray]'
	touch $(FULL)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/communique analyze examples/corpus --db out/demo.duckdb

test: $(FULL)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/communique eval

bench: $(FULL)
	$(BIN)/python benchmarks/throughput.py

scale: $(FULL)
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf $(VENV) out .pytest_cache
