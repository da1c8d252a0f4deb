# Sportello: `make run` (install + build the SPA + demo data + serve) and `make test`
# (install + every check: ruff, mypy, pytest on both databases, the SPA's checks and browser tests).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
MAIL_PORT ?= 8025

.PHONY: install run test lint typecheck pytest fuzz openapi client clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install frontend
	$(BIN)/sportello migrate
	$(BIN)/sportello demo
	@echo "Sportello: http://$(HOST):$(PORT)/ (API docs at http://$(HOST):$(PORT)/docs)"
	@echo "Mail it sends: data/mail/*.eml (README, Email out)"
	@$(BIN)/sportello mail sink --port $(MAIL_PORT) --dir data/mail & sink=$$!; \
	trap 'kill $$sink' EXIT INT TERM; \
	SPORTELLO_SMTP_HOST=127.0.0.1 SPORTELLO_SMTP_PORT=$(MAIL_PORT) \
	SPORTELLO_PUBLIC_URL=http://$(HOST):$(PORT) \
	$(BIN)/sportello serve --host $(HOST) --port $(PORT)

test: install lint typecheck pytest frontend-test

lint: install
	$(BIN)/ruff check api tests migrations bench
	$(BIN)/ruff format --check api tests migrations bench

typecheck: install
	$(BIN)/mypy

# Bytecode for every module of ours, written once: where PYTHONDONTWRITEBYTECODE is set (as on
# this project's CI machine) each of the hundred Python processes the tests start would otherwise
# compile some 350 modules again (half a second of CPU each, an eighth of a server's start).
.PHONY: bytecode
bytecode: install
	@$(BIN)/python -m compileall -q -j 0 api migrations bench tests

pytest: install mail-servers bytecode
	$(BIN)/python -m pytest -p no:cacheprovider -n 2 --dist worksteal

# Load runs (marked `load`): minutes each, so not part of `make test`.
.PHONY: test-load
test-load: install mail-servers
	$(BIN)/python -m pytest -p no:cacheprovider -s -m load

# The IMAP tests (and a browser test) start a real Dovecot of their own (tests/dovecot.py).
.PHONY: mail-servers
mail-servers:
	@if [ ! -x /usr/sbin/dovecot ]; then $(SUDO) apt-get update && $(SUDO) apt-get install -y dovecot-imapd; fi

# The HTTP contract fuzzed at length (schemathesis.toml; a short run is part of `make test`):
# every operation, every check, all phases, on SQLite and PostgreSQL. FUZZ_EXAMPLES per operation.
FUZZ_EXAMPLES ?= 100
FUZZ_SEED ?= $(shell date +%s)

fuzz: install
	SPORTELLO_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) SPORTELLO_FUZZ_SEED=$(FUZZ_SEED) \
	SPORTELLO_FUZZ_PHASES=examples,coverage,fuzzing,stateful \
	$(BIN)/python -m pytest -p no:cacheprovider -s tests/test_contract_fuzz.py

openapi: install
	$(BIN)/sportello openapi > frontend/openapi.json

# The Python client (clients/python) from the contract; tests/test_python_client.py fails when
# the committed one is stale. After an API change: `make client`, then commit.
client: openapi
	$(BIN)/python clients/generate.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache

# Benchmarks (bench/, results in docs/benchmarks.md); need the PostgreSQL server of `make test`.
.PHONY: bench-quick bench

bench-quick: install
	$(BIN)/python -m bench --quick

bench: install
	$(BIN)/python -m bench --full

# The SPA (frontend/): `make frontend` builds frontend/dist, which `sportello serve` then serves
# at /; `make frontend-test` runs its checks and the browser tests against a fresh demo database.
NPM ?= npm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: frontend frontend-test

frontend:
	cd frontend && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(NPM) ci --no-audit --no-fund
	cd frontend && $(NPM) run generate:check
	cd frontend && $(NPM) run build
	cd frontend && $(NPM) run budget

frontend-test: install frontend mail-servers bytecode
	cd frontend && $(NPM) run typecheck
	cd frontend && $(NPM) run lint
	cd frontend && $(NPM) run test
	@if [ ! -x /usr/bin/chromium ]; then $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; fi
	cd frontend && $(NPM) run e2e
