# Two commands do all set-up on a fresh clone (Python 3.11+):
#   make demo   virtualenv + install + ingest seeds/ + upcoming table + build/seeds.ics
#   make test   virtualenv + install + ruff + the whole test suite
#   make pg-test  the test suite with a throwaway PostgreSQL cluster (Debian's postgresql)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
AS_OF  ?= 2025-03-03

.PHONY: demo test pg-test lint install clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "schedule needs Python 3.11 or newer (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/schedule ingest seeds/*.txt
	$(BIN)/schedule upcoming --as-of $(AS_OF)
	@mkdir -p build
	$(BIN)/schedule export -o build/seeds.ics

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

# The suite against a PostgreSQL cluster started for it in a temporary folder
# and stopped afterwards (scripts/pg-cluster; as root it runs as `postgres`).
pg-test: $(STAMP)
	bash scripts/pg-cluster run $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
