# dxcert — the two commands of the README:
#   make run    install what is missing, build, run the batch on the sample in input/
#   make test   install what is missing, build, run the whole test suite
SWIFT ?= swift
BIN = .build/release/dxcert

.PHONY: run test deps build bench fuzz

# Exit code 1 means "reports written, input problems listed in the 入力チェック sheet": the
# sample in input/ has some on purpose (scripts/make-sample.sh regenerates it), so it is no failure.
run: deps build
	$(BIN) run || [ $$? -eq 1 ]

deps:
	@scripts/install-deps.sh

build:
	$(SWIFT) build -c release --product dxcert

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

bench:
	scripts/bench/run.sh

# make fuzz SECONDS=N: libFuzzer on the reader and on the form parsers (N seconds each, both at
# once, scratch .build-fuzz), then MUTANTS structure-aware mutants through dxcert inspect/check.
# Fails when anything crashed. See README, development: Fuzzing.
SECONDS ?= 60
MUTANTS ?= 300
fuzz: deps
	SWIFT=$(SWIFT) MUTANTS=$(MUTANTS) scripts/fuzz/run.sh $(SECONDS)
