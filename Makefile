# Procesplaat: every command a person or CI needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench sysdeps clean screenshots lock crash fuzz

## run: set everything up and open the app with the demo dossiers on the default database
run: $(STAMP) translations
	$(BIN)/procesplaat --demo

## test: set everything up and run lint, type checks and the whole test suite headless
test: $(STAMP) lint typecheck unit

sysdeps:
	@PYTHON=$(PYTHON) bash packaging/system-deps.sh

$(STAMP): pyproject.toml requirements.lock packaging/system-deps.sh
	@PYTHON=$(PYTHON) bash packaging/system-deps.sh
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "procesplaat: Python 3.11 or newer is needed ($(PYTHON) is older)" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check app models views tests benchmarks tools
	$(BIN)/ruff format --check app models views tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy app models views
	$(BIN)/mypy --strict tools

unit: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m views.screenshots --out screenshots
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 $(BIN)/python -m views.screenshots \
		--out screenshots/150

## translations: the English UI (resources/translations/*.qm, built from the .ts files)
.PHONY: translations pseudo
TS := $(wildcard resources/translations/procesplaat_*.ts)
translations: $(TS:.ts=.qm)
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## pseudo: a stretched pseudo-translation (procesplaat_xx.qm) to find text that gets cut off
pseudo: $(STAMP)
	$(BIN)/python -m tools.i18n pseudo resources/translations

## guide: the user guide's pictures (docs/handleiding/) made from the app, and the guide as one HTML
.PHONY: guide
guide: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m views.screenshots --guide --out docs/handleiding
	$(BIN)/python -m tools.guide_html --out build/handleiding.html

## crash: kill a writing process 100 times at random moments and check the store after each
crash: $(STAMP)
	$(BIN)/python -m tools.crash_drill --runs 100

## fuzz: fuzz the bundle reader and the creditor-list import for longer than the test suite
fuzz: $(STAMP)
	PROCESPLAAT_FUZZ_EXAMPLES=2000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_fuzz.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

## package: the program as one folder, dist/procesplaat/ (PyInstaller; see packaging/README.md)
.PHONY: package
package: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/procesplaat.spec

## package-smoke: the built folder, offscreen on a fresh data folder: demo, list, print, export, window
.PHONY: package-smoke
package-smoke: $(STAMP)
	$(BIN)/python -m tools.package_smoke --dist dist/procesplaat

## lock: re-pin the dependencies (developers only; needs network to PyPI)
lock:
	$(BIN)/python -m pip install -q uv==0.13.8
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes -q -o requirements.lock

clean:
	rm -rf $(VENV) build dist *.egg-info
