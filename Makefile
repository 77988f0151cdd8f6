# Two commands on a fresh machine: `make run` and `make test`.
# Both build .venv from pyproject.toml (re-installed only when it changes).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint unit integration bench fuzz soak schema sysdeps clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Securetag needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

# bubblewrap runs the scanners; install it when we may, name it when we may not.
sysdeps:
	@if ! command -v bwrap >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing bubblewrap (Debian package 'bubblewrap')"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null 2>&1 || \
	      (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null) || \
	      echo "warning: could not install bubblewrap (Debian package 'bubblewrap'); scanners cannot run sandboxed"; \
	  else \
	    echo "note: bubblewrap is not installed; install the Debian package 'bubblewrap' (apt-get install bubblewrap) to run scanners"; \
	  fi; \
	fi

run: $(STAMP) sysdeps
	$(BIN)/securetag run

lint: $(STAMP)
	$(BIN)/ruff check securetag tests deploy
	$(BIN)/ruff format --check securetag tests deploy
	$(BIN)/lint-imports

test: $(STAMP) sysdeps lint
	$(BIN)/pytest

unit: $(STAMP)
	$(BIN)/pytest tests/unit

integration: $(STAMP)
	$(BIN)/pytest tests/integration

bench: $(STAMP) sysdeps
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1; } || \
	  echo "note: wrk not installed (Debian package 'wrk'); the API benchmark falls back to a Python client"
	$(BIN)/python -m tests.bench.queue_bench
	$(BIN)/python -m tests.bench.fairness_bench
	$(BIN)/python -m tests.bench.api_bench
	$(BIN)/python -m tests.bench.context_bench
	$(BIN)/python -m tests.bench.scan_bench
	$(BIN)/python -m tests.bench.agents_parallel_bench
	$(BIN)/python -m tests.bench.store_bench
	$(BIN)/python -m tests.bench.small_scan_bench
	$(BIN)/python -m tests.bench.secrets_bench

# The labelled detection benchmark (tests/detection/): every case through the API, a real
# worker and the sandboxed engines, scored per category; DETECT_ARGS passes options
# (python -m tests.detection.score --help: --lang, --direct, --rules, --profile, --misses).
detect-bench: $(STAMP) sysdeps
	$(BIN)/python -m tests.detection.score $(DETECT_ARGS)

# The whole service under mixed load for ten minutes, with workers killed and the
# database stopped once; SOAK_ARGS passes options (python -m tests.soak.soak --help).
soak: $(STAMP) sysdeps
	$(BIN)/python -m tests.soak.soak $(SOAK_ARGS)

# sql/schema.sql from the migrations (an embedded server, migrated and dumped);
# tests/integration/test_schema_dump.py fails until the file is rewritten and committed.
schema: $(STAMP)
	$(BIN)/python -m tests.support.schema_dump

# Schemathesis against a live server, with more examples per operation than `make test`
# uses; SECURETAG_FUZZ_EXAMPLES and SECURETAG_FUZZ_SEED override the defaults.
fuzz: $(STAMP)
	SECURETAG_FUZZ_EXAMPLES=$${SECURETAG_FUZZ_EXAMPLES:-200} $(BIN)/pytest tests/fuzz

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
