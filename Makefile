# torch-sffi: the two commands a newcomer needs are `make` and `make test` (see README.md).
# Both create and use .venv/ themselves.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GEN := $(BIN)/sffi-gen
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := all
.PHONY: all venv generate check coverage snapshot-api build wheel stub test bench opinfo asan stress golden clean distclean

## all: set up .venv, regenerate every tier from spec/, build the bridge and the package
all: generate build

## venv: create .venv and install the generator with its dev dependencies (torch pinned)
venv: $(STAMP)
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $@

## generate: write generated/ from spec/torch_api.yaml and templates/
generate: $(STAMP)
	$(GEN) generate

## check: fail if generated/ differs from what spec/ and templates/ render
check: $(STAMP)
	$(GEN) check

## coverage: write generated/docs/coverage.{md,json,svg} and print the headline figures
coverage: $(STAMP)
	$(GEN) coverage

## snapshot-api: retake spec/pytorch_api.json from the pinned torch (after changing the pin)
snapshot-api: $(STAMP)
	$(GEN) snapshot-api

## build: compile libtorch_sffi.so and the torch_sffi extension into build/
build: $(STAMP)
	$(GEN) build --develop

## stub: build libtorch_sffi_stub.so (the same C ABI without libtorch) and a package over it
stub: $(STAMP)
	$(GEN) build --stub

## wheel: also pack torch_sffi as a pip-installable wheel into build/dist/
wheel: all
	$(GEN) build --wheel

## test: everything above, then the whole test suite
test: all
	$(BIN)/python -m pytest

## bench: measure every layer side by side with PyTorch (docs/benchmarks.md; ~2 minutes)
bench: all
	$(BIN)/python bench/bench.py

## opinfo: run PyTorch's OpInfo samples through torch_sffi and the C ABI, write docs/opinfo.{md,json} (~1-2 min)
opinfo: all
	$(BIN)/python scripts/opinfo_report.py

## asan: build the bridge with AddressSanitizer into build/asan and run the bridge, error,
##       fuzz, thread (aliases included) and fork suites against it (docs/reliability.md)
# Python itself is not instrumented: preload the ASan runtime, and libstdc++ with it so that
# ASan's __cxa_throw interceptor finds the real one (exceptions cross from libtorch).
ASAN_PRELOAD = $(shell $(CXX) -print-file-name=libasan.so) $(shell $(CXX) -print-file-name=libstdc++.so)
asan: $(STAMP)
	$(GEN) build --sanitize address --build-dir build/asan
	SFFI_BUILD_DIR=build/asan SFFI_SANITIZE_FLAGS=-fsanitize=address \
	LD_PRELOAD="$(ASAN_PRELOAD)" ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:abort_on_error=1:halt_on_error=1 \
	SFFI_FORKS=300 $(BIN)/python -m pytest -p no:cacheprovider -q tests/test_bridge.py tests/test_bridge_errors.py tests/test_fuzz.py \
		tests/test_threads.py tests/test_fork.py tests/test_simple_abi.py

## stress: the thread, alias and fork programs at full length, ten runs each (~5 minutes;
##         docs/reliability.md has the figures)
stress: all
	SFFI_STRESS_RUNS=10 $(BIN)/python -m pytest -p no:cacheprovider -q tests/test_threads.py tests/test_fork.py

## golden: rewrite the golden record of tests/golden/ after an intended change
golden: $(STAMP)
	$(BIN)/python tests/golden/regenerate.py

clean:
	rm -rf build

distclean: clean
	rm -rf $(VENV) .pytest_cache .mypy_cache .hypothesis

help:
	@grep -E '^## ' Makefile | sed 's/^## /  make /'
