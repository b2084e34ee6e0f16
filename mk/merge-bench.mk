# make bench-merge: merging new reports into stores of 1k, 10k and 50k incidents,
#   the candidate index against the old all-pairs merge (bench/merge_bench.lua);
#   the stores are built once under build/merge-bench (the 50k one takes ~80 s).
#   make bench-merge MERGE_BENCH_ARGS="--sizes 1000,10000 --batch 50"
# make merge-identity: export JSON of old and new merging, byte for byte, over the
#   seeds, examples, eval articles, MUC and MUC+Reuters (tools/merge-identity.lua).

MERGE_BENCH_ARGS ?=

.PHONY: bench-merge merge-identity

bench-merge: $(CORE) | build
	$(LUA) bench/merge_bench.lua $(MERGE_BENCH_ARGS)

merge-identity: $(CORE) | build
	INCIDENTS_SHARED=$(SHARED) $(LUA) tools/merge-identity.lua
