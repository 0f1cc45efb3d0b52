# dxcert — the two commands of the README:
#   make run    install what is missing, build, run the batch on the sample in input/
#   make test   install what is missing, build, run the whole test suite
SWIFT ?= swift
BIN = .build/release/dxcert

.PHONY: run test deps build check-clean bench

run: deps build
	$(BIN) inspect input/サンプル_報告会評価シート.xlsx

deps:
	@scripts/install-deps.sh

build:
	$(SWIFT) build -c release --product dxcert

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

bench:
	scripts/bench/run.sh
