# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_DIST := $(VENV)/.installed-dist

.PHONY: run test lint typecheck pytest bench faults screenshots clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_DIST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN) app/translations/vangnet_nl.qm
	$(VENV)/bin/vangnet

# The Qt widget tests run in a process of their own, apart from the store/CLI/letter tests.
test: $(STAMP_TEST) app/translations/vangnet_nl.qm
	$(VENV)/bin/ruff check app tests benchmarks tools packaging
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --ignore=tests/ui
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q tests/ui

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check app tests benchmarks tools packaging

typecheck: $(STAMP_TEST)
	$(VENV)/bin/mypy

pytest: $(STAMP_TEST) app/translations/vangnet_nl.qm
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --ignore=tests/ui
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q tests/ui

# The Dutch translation: the .qm is built from the committed .ts (never committed itself).
app/translations/vangnet_nl.qm: translations/vangnet_nl.ts | $(STAMP_RUN)
	$(PY) tools/translations.py release

# After changing UI strings: extract them into the .ts (then translate), and rebuild the .qm.
.PHONY: translations
translations: | $(STAMP_RUN)
	$(PY) tools/translations.py update
	$(PY) tools/translations.py release

bench: $(STAMP_TEST) app/translations/vangnet_nl.qm
	$(PY) -m benchmarks

# The fault campaign (issue 12): kills, byte flips, full disk, concurrent writers, hostile files.
# Prints figures; not part of `make test`. `make faults ARGS=--quick` for a short run.
faults: $(STAMP_TEST)
	$(PY) tools/faults.py $(ARGS)

# The README's pictures, rendered headless from a fresh demo database (invented people).
screenshots: $(STAMP_RUN) app/translations/vangnet_nl.qm
	tools/screenshots.sh

# The frozen one-folder app (issue 13.2): dist/vangnet/ with `vangnet` (the window) and
# `vangnet-cli` (the console program). packaging/README.md says what it holds.
.PHONY: dist dist-smoke
dist: $(STAMP_DIST) app/translations/vangnet_nl.qm
	rm -rf dist/vangnet
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/vangnet.spec

# Runs the frozen app (built by `make dist`) outside the checkout, with its own HOME.
dist-smoke:
	packaging/smoke_test.sh dist/vangnet

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist/vangnet build/pyinstaller
