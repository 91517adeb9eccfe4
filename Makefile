# The two commands of the README. Both create/update .venv first, so a fresh machine
# with Python 3.11 and make needs nothing else.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The real transcribed notes graded by evaluation/realtext/ (kept in the shared data folder).
REALTEXT_PDFS ?= ../shared/data/mtsamples-dev/pdfs

.PHONY: install system-deps demo test lint samples bench bench-ocr fax-twins fax-eval pas-compare clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

system-deps:
	@bash tools/install_system_deps.sh

PACKETS = $(shell find sample_records -mindepth 1 -maxdepth 1 \( -name '*.pdf' -o -type d \) | sort)

demo: install system-deps
	$(BIN)/authreview process $(PACKETS) --out out

# The accuracy gate runs before pytest so the suite's summary is the last line printed.
test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	@mkdir -p out
	$(BIN)/authreview evaluate sample_records --out out/evaluation \
		--baseline evaluation/baseline.json > out/evaluation.txt || (cat out/evaluation.txt; exit 1)
	@head -8 out/evaluation.txt
	@if [ -d "$(REALTEXT_PDFS)" ]; then \
		$(BIN)/authreview evaluate evaluation/realtext --packets "$(REALTEXT_PDFS)" \
			--out out/evaluation-realtext --baseline evaluation/realtext/baseline.json \
			> out/evaluation-realtext.txt || (cat out/evaluation-realtext.txt; exit 1); \
		sed -n '/^## Facts/,/^## Disagreements/p' out/evaluation-realtext.txt | head -16; \
	else \
		echo "real-text gate skipped: $(REALTEXT_PDFS) not found (see evaluation/realtext/README.md)"; \
	fi
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

samples: install
	$(BIN)/python -m tools.make_samples

bench: install
	$(BIN)/python -m benchmarks.run

# OCR engines side by side on the fax twins: CER/WER, fact P/R, criteria, s/page, memory.
bench-ocr: install system-deps
	$(BIN)/python -m benchmarks.ocr_engines

# Fax twins (evaluation/fax/) as fax servers deliver them; scored against their text twins'
# labels. Not in `make test`: ~120 OCR'd pages take several minutes on 2 cores.
fax-twins: install
	$(BIN)/python -m tools.make_fax

fax-eval: install system-deps
	@mkdir -p out
	$(BIN)/authreview evaluate evaluation/fax --out out/evaluation-fax \
		--baseline evaluation/fax/baseline.json

# Every sample packet sent as a FHIR PAS bundle must get its PDF's answer (docs/fhir.md).
pas-compare: install
	$(BIN)/python -m tools.compare_pas_route sample_records --out out/pas-compare

clean:
	rm -rf $(VENV) out .pytest_cache
