# libFuzzer harnesses (fuzz/fuzz_*.c) over the pure-C parts of csrc/.
#   make fuzz            build every harness, run each for FUZZ_SECONDS (600)
#   make fuzz-smoke      the same, 20 s each
#   make fuzz-build      build only (build/fuzz/<name>)
#   make fuzz-one FUZZ=fuzz_text FUZZ_SECONDS=60   run one harness
# Harnesses run one after the other (one core each): the machine is shared.
# Corpora are kept in fuzz/corpus_<name>/ (ignored by git) so that each run
# starts where the last one stopped; fuzz/<name>.dict is used if present.
# A crash leaves fuzz/crash-* and stops make with the reproducer's name:
#   build/fuzz/fuzz_text fuzz/crash-...

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 600
# inputs up to 8 KB: long enough for every rule, short enough for many runs
# (the megabyte cases are in the specs)
FUZZ_MAXLEN  ?= 8192
FUZZ_CFLAGS  ?= -g -O1 -fsanitize=fuzzer,address,undefined \
                -fno-sanitize-recover=undefined -fno-omit-frame-pointer
# Pure-C sources only: anything including a Lua header is a binding, and
# the SQLite store is not fuzzed here.
FUZZ_PURE    := $(shell grep -L -E '^\#include *[<"](lua|lauxlib|lualib|incidents|sqlite3)\.h' \
                  $(wildcard csrc/*.c) 2>/dev/null)
FUZZ_SRC     := $(wildcard fuzz/fuzz_*.c)
FUZZ_BIN     := $(FUZZ_SRC:fuzz/%.c=build/fuzz/%)

.PHONY: fuzz fuzz-smoke fuzz-build fuzz-one

fuzz-build: $(FUZZ_BIN)

build/fuzz/%: fuzz/%.c $(FUZZ_PURE) $(wildcard csrc/*.h)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Icsrc -o $@ $< $(FUZZ_PURE)

# Runs the named harnesses one after the other and prints, for each, the
# executions, exec/s, corpus growth and any finding.  Stops at a finding.
FUZZ_NAMES ?= $(FUZZ_SRC:fuzz/%.c=%)
FUZZ_RUN = mkdir -p build/fuzz/log; for f in $(1); do \
	  mkdir -p fuzz/corpus_$$f; echo "== $$f: $(FUZZ_SECONDS) s"; \
	  dict=""; [ -f fuzz/$$f.dict ] && dict="-dict=fuzz/$$f.dict"; \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  build/fuzz/$$f $$dict -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=1024 -max_len=$(FUZZ_MAXLEN) -print_final_stats=1 \
	    -artifact_prefix=fuzz/ fuzz/corpus_$$f > build/fuzz/log/$$f.log 2>&1; \
	  status=$$?; \
	  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' \
	    build/fuzz/log/$$f.log | sed 's/^stat::/   /'; \
	  grep -E 'ERROR|SUMMARY|Test unit written' build/fuzz/log/$$f.log; \
	  if [ $$status -ne 0 ]; then echo "   $$f FAILED (log: build/fuzz/log/$$f.log)"; exit 1; fi; \
	  echo "   no findings"; \
	done

fuzz: $(FUZZ_BIN)
	@$(call FUZZ_RUN,$(FUZZ_NAMES))

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20

fuzz-one: build/fuzz/$(FUZZ)
	@$(call FUZZ_RUN,$(FUZZ))
