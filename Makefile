# KOK CMS — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install messages migrate bootstrap run test lint format clean axe

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP) ## Create .venv and install the project with its test tools

messages: install ## Compile locale/ and our apps' locale/ (.po to .mo; pure Python, no GNU gettext)
	$(BIN)/python manage.py compile_catalogues

migrate: messages ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

bootstrap: migrate ## Build the German site and its translations (idempotent)
	$(BIN)/python manage.py bootstrap_kok

run: bootstrap ## Install, migrate, load the demo content and serve on http://127.0.0.1:8000
	@echo "Site:  http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --prefix tests/browser --no-audit --no-fund && touch $@; \
	else echo "npm not found: the axe-core, Nu Html Checker and Lighthouse tests will be skipped"; fi

axe: $(AXE) ## Install axe-core, vnu-jar and Lighthouse (npm registry) for the browser tests

test: messages $(AXE) ## Run checks, lint and the whole test suite
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install ## Lint with Ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format with Ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean: ## Remove the virtualenv and caches (keeps the database)
	rm -rf $(VENV) .pytest_cache .ruff_cache
