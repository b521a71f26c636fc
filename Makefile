# The two commands a fresh machine needs: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PEERS := .peer-validators
SHARED_TOOLS ?= ../shared/tools

.PHONY: demo test install peers bench lint

$(BIN)/medassess: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/medassess

$(PEERS)/bin/fhir-validate: $(SHARED_TOOLS)/package-lock.json
	bash $(SHARED_TOOLS)/setup.sh $(PEERS)

peers: $(PEERS)/bin/fhir-validate

demo: install
	$(BIN)/medassess demo

test: install peers
	$(BIN)/pytest -q

bench: install
	$(BIN)/python -m benchmarks

lint: install
	$(BIN)/ruff check medassess tests benchmarks
	$(BIN)/mypy medassess
