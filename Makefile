# Targets a newcomer can guess. `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo run test lint format bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)  ## the dashboard on the bundled offline demo
	$(BIN)/frontline demo

run: $(STAMP)  ## the dashboard on config.toml (real feeds; needs a network)
	$(BIN)/frontline --config config.toml

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check frontline tests bench
	$(BIN)/ruff format --check frontline tests bench

format: $(STAMP)
	$(BIN)/ruff format frontline tests bench
	$(BIN)/ruff check --fix frontline tests bench

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
