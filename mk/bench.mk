# make bench: the matcher benchmark (bench/matcher.lua), see docs/bench-matcher.md.
#   make bench             full run (a few minutes)
#   make bench BENCH_ARGS=--quick   one run per measurement
# Needs hyperfine, luasystem, grep, ripgrep and Hyperscan (Debian libhyperscan-dev) for the
# comparison rows; INCIDENTS_SHARED points at the shared data (../shared).

HS_CFLAGS ?= $(shell pkg-config --cflags libhs 2>/dev/null)
HS_LIBS   ?= $(shell pkg-config --libs libhs 2>/dev/null || echo -lhs)
BENCH_ARGS ?=

.PHONY: bench bench-deps

build/bench/hs_count: bench/hs_count.c
	@mkdir -p build/bench
	$(CC) -O2 $(WARN) $(HS_CFLAGS) -o $@ $< $(HS_LIBS)

BENCH_DEBS = hyperfine lua-system ripgrep libhyperscan-dev

bench-deps:
	@$(MAKE) --no-print-directory install-debs PKGS="$(DEBS) $(BENCH_DEBS)"

# The matcher table, then extraction speed (mk/eval.mk), in one run.
bench: bench-deps $(CORE) build/bench/hs_count
	$(LUA) bench/matcher.lua $(BENCH_ARGS)
	$(MAKE) --no-print-directory bench-extract

# The matcher's C driver (bench/ac_run.c): profiling and hit-list comparisons.
build/bench/ac_run: bench/ac_run.c csrc/ac.c csrc/ac.h
	@mkdir -p build/bench
	$(CC) -O2 -g $(WARN) -D_POSIX_C_SOURCE=200809L -o $@ bench/ac_run.c csrc/ac.c

# The matcher's fuzzer with dense rows for the roots alone, so that its
# small lists walk the sparse states (children counted, numbered depth
# first) that only big lists reach otherwise:
#   make fuzz-one FUZZ=fuzz_matcher_sparse FUZZ_SECONDS=600
build/fuzz/fuzz_matcher_sparse: fuzz/fuzz_matcher.c csrc/ac.c csrc/ac.h
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -DAC_DENSE_BUDGET=256 -Icsrc -o $@ fuzz/fuzz_matcher.c csrc/ac.c
