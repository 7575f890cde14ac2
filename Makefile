# One command to open the app, one to test it. Both create or update .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_PACKAGE := $(VENV)/.installed-package


.PHONY: run test bench bench-quick lint forms i18n demo package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

$(STAMP_PACKAGE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[package]"
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/tafel --demo

# Bytecode caches on even where the machine turns them off: the suite starts many tafel
# processes, and each would compile tafel's sources again (about 7 s of a run here).
test: $(STAMP_TEST)
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist worksteal

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests packaging
	$(BIN)/mypy

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/scripts/bench.py

# Start-up (source and packaged) and the 10,000-case list only, against their goals.
bench-quick: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/scripts/bench.py --quick

forms: $(STAMP_TEST)
	$(BIN)/python packaging/scripts/build_forms.py

i18n: $(STAMP_TEST)
	$(BIN)/python packaging/scripts/build_i18n.py

# The Linux app in dist/tafel/ (tafel and tafel-cli), then a smoke test of that build: it makes
# the demo vault, prints and verifies a plan and opens the window, all with the packaged programs.
package: $(STAMP_PACKAGE)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN packaging/pyinstaller/tafel.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/scripts/smoke_package.py dist/tafel

clean:
	rm -rf $(VENV) build dist .pytest_cache
