# make eval: extraction on the seed articles, scored against the hand-made gold.
# make bench-extract: extraction speed (sentences/s, MB/s) on news and MUC texts.

SHARED     ?= ../shared
SEEDS      ?= $(wildcard $(SHARED)/seeds/*.txt)
SEEDS_GOLD ?= $(SHARED)/eval/seeds-gold.jsonl

.PHONY: eval bench-extract

eval: $(CORE) | build
	$(LUA) tools/eval.lua build/seeds-preds.jsonl $(SEEDS)
	python3 $(SHARED)/eval/score_incidents.py $(SEEDS_GOLD) build/seeds-preds.jsonl --verbose

bench-extract: $(CORE) | build
	$(LUA) bench/extract_bench.lua
