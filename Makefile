# dxcert — the commands of the README:
#   make run    install what building needs if missing, build, run the batch on the sample in input/
#   make test   install what the tests need if missing, build, run the whole test suite and the bundle test
#   make dist   build the bundle a clerk runs without Swift: dist/dxcert-<version>-linux-<arch>.tar.gz
SWIFT ?= swift
BIN = .build/release/dxcert

.PHONY: run test lint dist deps deps-build deps-dist build bench bench-quick fuzz

# Exit code 1 means "reports written, input problems listed in the 入力チェック sheet": the
# sample in input/ has some on purpose (scripts/make-sample.sh regenerates it), so it is no failure.
run: deps-build build
	$(BIN) run || [ $$? -eq 1 ]

# Only what building and running need (no LibreOffice, fonts or Python packages: those are the tests').
deps-build:
	@scripts/install-deps.sh --build-only

deps-dist:
	@scripts/install-deps.sh --dist

deps:
	@scripts/install-deps.sh

# The Swift runtime and Foundation linked in (as in the bundle): the command starts in 5 ms instead
# of 9 and calls the runtime directly, about 4% less CPU on a 2,051-workbook check.
build:
	$(SWIFT) build -c release --product dxcert --static-swift-stdlib

# The bundle test (scripts/test-dist.sh) builds the bundle with scripts/make-dist.sh and runs it
# unpacked in a clean environment; it compares with the debug build made just before.
# In CI (CI=true) every warning of our own code is an error.
WARNINGS = $(if $(CI),-Xswiftc -warnings-as-errors,)
test: deps lint
	$(SWIFT) build --build-tests $(WARNINGS)
	$(SWIFT) test --skip-build --parallel
	SWIFT=$(SWIFT) scripts/test-dist.sh

# The house style (.swift-format, swift-format from the toolchain) and the layers the package
# declares (scripts/check-layers.sh: the rules core on Foundation only, the libraries on no domain target).
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	scripts/check-layers.sh

dist: deps-dist
	SWIFT=$(SWIFT) scripts/make-dist.sh

# make bench: dxcert against python-calamine and openpyxl, and the scaling table; the last lines
# are the ratios (README, development: Benchmark). make bench-quick: the comparison only, < 1 min.
bench:
	scripts/bench/run.sh

bench-quick:
	scripts/bench/run.sh --quick

# make fuzz SECONDS=N: libFuzzer on the reader and on the form parsers (N seconds each, both at
# once, scratch .build-fuzz), then MUTANTS structure-aware mutants through dxcert inspect/check.
# Fails when anything crashed. See README, development: Fuzzing.
SECONDS ?= 60
MUTANTS ?= 300
fuzz: deps
	SWIFT=$(SWIFT) MUTANTS=$(MUTANTS) scripts/fuzz/run.sh $(SECONDS)
