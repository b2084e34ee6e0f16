# make bench-startup: what the library costs before the first article (module
#   loading, grammar building, rule-pack loading, first extraction), by component,
#   CPU best of 5 and memory (bench/startup_bench.lua); see docs/benchmarks.md.
#   make bench-startup STARTUP_ARGS="--runs 10"
# make extract-snapshot SNAP=build/snap: predictions of this tree over every set,
#   keys sorted, to compare byte for byte before and after a change that must
#   not change behaviour (tools/extract-snapshot.sh).

STARTUP_ARGS ?=
SNAP ?= build/snap

.PHONY: bench-startup extract-snapshot

bench-startup: $(CORE)
	$(LUA) bench/startup_bench.lua $(STARTUP_ARGS)

extract-snapshot: $(CORE) | build
	INCIDENTS_SHARED=$(SHARED) tools/extract-snapshot.sh $(SNAP)
