# The two commands a fresh machine needs: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PEERS := .peer-validators
SHARED_TOOLS ?= ../shared/tools
# axe-core for the letter's browser tests (tests/test_letter_browser.py) and LHC-Forms for the Questionnaire's
# (tests/test_questionnaire_browser.py), pinned by tests/browser/package-lock.json.
AXE := tests/browser/node_modules/axe-core/axe.min.js

.PHONY: demo test install peers browser-deps bench lint mutate

$(BIN)/medassess: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $@

install: $(BIN)/medassess

$(PEERS)/bin/fhir-validate: $(SHARED_TOOLS)/package-lock.json
	bash $(SHARED_TOOLS)/setup.sh $(PEERS)

peers: $(PEERS)/bin/fhir-validate

$(AXE): tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund
	touch $@

browser-deps: $(AXE)

demo: install
	$(BIN)/medassess demo

# The lint runs first, so CI (`.ci/run` runs `make test`) fails on a lint or type error as on a failing test.
test: install lint peers browser-deps
	$(BIN)/pytest -q

bench: install
	$(BIN)/python -m benchmarks

# ruff, and mypy strict over the library, the fuzz harness, the tests and the benchmarks ([tool.mypy]).
lint: install
	$(BIN)/ruff check medassess tests benchmarks fuzz
	$(BIN)/mypy medassess fuzz tests benchmarks

# Mutation testing of the share gate, on demand (docs/safety/mutation-testing.md): mutmut mutates
# medassess/gate/ in a staged copy (build/mutation/) and runs the gate's tests against each mutant.
mutate: install
	$(BIN)/pip install --quiet -e '.[test,mutation]'
	$(BIN)/python -m tests.mutation $(if $(JOBS),--jobs $(JOBS)) $(if $(ONLY),--only $(ONLY))
