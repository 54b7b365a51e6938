# Procesplaat: every command a person or CI needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench sysdeps clean screenshots lock

## run: set everything up and open the app with the demo dossiers on the default database
run: $(STAMP)
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
	$(BIN)/ruff check app models views tests benchmarks
	$(BIN)/ruff format --check app models views tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy app models views

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m views.screenshots --out screenshots
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 $(BIN)/python -m views.screenshots \
		--out screenshots/150

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

## lock: re-pin the dependencies (developers only; needs network to PyPI)
lock:
	$(BIN)/python -m pip install -q uv==0.13.8
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes -q -o requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info
