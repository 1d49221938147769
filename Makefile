# Two commands do everything:  `make run` (set up + run every notebook)  and  `make test` (set up + all tests).
# The environment is a plain virtualenv in .venv/ built from the lock file; conda is not needed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONHASHSEED := 0
export MPLCONFIGDIR := $(CURDIR)/.mplconfig
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help setup run add build notebooks test lab report report-check bench lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --requirement requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation --editable .
	@touch $(STAMP)

setup: $(STAMP)  ## create .venv/ from the lock file (done by run and test when needed)

run: $(STAMP)  ## rebuild data/processed/, execute every notebook, regenerate figures/ and README findings: all or nothing
	@$(PY) -m helpers run

add: $(STAMP)  ## add an article: make add FILE=path.txt OUTLET="..." PUBLISHED=YYYY[-MM[-DD]] [TITLE= AUTHOR= URL= LANGUAGE=]
	@test -n "$(FILE)" -a -n "$(OUTLET)" -a -n "$(PUBLISHED)" || \
	  { echo 'usage: make add FILE=path/to/article.txt OUTLET="Outlet name" PUBLISHED=YYYY-MM-DD'; exit 2; }
	@$(PY) -m helpers add "$(FILE)" --outlet "$(OUTLET)" --published "$(PUBLISHED)" \
	  $(if $(TITLE),--title "$(TITLE)") $(if $(AUTHOR),--author "$(AUTHOR)") $(if $(URL),--url "$(URL)") \
	  $(if $(LANGUAGE),--language "$(LANGUAGE)")

build: $(STAMP)  ## rebuild data/processed/ only
	$(PY) -m helpers build

test: $(STAMP)  ## unit tests and strict nbval over every notebook
	$(PY) -m pytest -n 2 --dist loadscope -q

lab: $(STAMP)  ## open JupyterLab on the project, with the project's environment as the kernel
	$(VENV)/bin/jupyter lab --notebook-dir=$(CURDIR) $(if $(filter 0,$(shell id -u)),--allow-root,)

report: $(STAMP)  ## write report/index.html (findings, gallery of every chart) and one HTML page per notebook (ignored by git)
	$(PY) -m helpers report

report-check: report  ## open every report page in headless Chromium; fail on a broken image, script error or empty page
	$(PY) -m helpers report --check

bench: $(STAMP)  ## run the benchmarks in bench/ (prints figures)
	$(PY) bench/bench_build.py

lock:  ## re-pin requirements.txt from the current .venv (after changing a version on purpose)
	{ echo "# Exact versions of everything the notebooks' outputs depend on (Python 3.11)."; \
	  echo "# Regenerate with: make lock"; \
	  $(PY) -m pip freeze --all --exclude-editable | grep -v '^pip==' | sort -f; } > requirements.txt

clean:  ## remove the environment and caches (not data or figures)
	rm -rf $(VENV) .mplconfig .pytest_cache .hypothesis
