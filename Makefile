# Sportello: `make run` (install + demo data + serve) and `make test` (install + every check).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint typecheck pytest openapi clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/sportello migrate
	$(BIN)/sportello demo
	@echo "Sportello: http://$(HOST):$(PORT)/ (API docs at http://$(HOST):$(PORT)/docs)"
	$(BIN)/sportello serve --host $(HOST) --port $(PORT)

test: install lint typecheck pytest

lint: install
	$(BIN)/ruff check api tests migrations
	$(BIN)/ruff format --check api tests migrations

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/python -m pytest -p no:cacheprovider

openapi: install
	$(BIN)/sportello openapi > frontend/openapi.json

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
