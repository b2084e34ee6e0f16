# make eval-heldout: extraction on articles written for measuring, never for tuning
# (eval/heldout/README.md), scored against their hand-made gold like `make eval`.

SHARED         ?= ../shared
HELDOUT        ?= $(wildcard eval/heldout/articles/*.txt)
HELDOUT_GOLD   ?= eval/heldout/gold.jsonl

.PHONY: eval-heldout

eval-heldout: $(CORE) | build
	$(LUA) tools/eval.lua build/heldout-preds.jsonl $(HELDOUT)
	python3 $(SHARED)/eval/score_incidents.py $(HELDOUT_GOLD) build/heldout-preds.jsonl --verbose
