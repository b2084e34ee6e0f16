# make eval-dev2: extraction on our second development set (eval/dev2/README.md),
# written for tuning; gold comes from several writers' gold-*.jsonl files.
# V=1 passes --verbose to the scorer (misses, false positives, wrong fields).

SHARED     ?= ../shared
DEV2       ?= $(wildcard eval/dev2/articles/*.txt)
DEV2_GOLD  ?= $(wildcard eval/dev2/gold-*.jsonl)

.PHONY: eval-dev2

eval-dev2: $(CORE) | build
	cat $(DEV2_GOLD) > build/dev2-gold.jsonl
	$(LUA) tools/eval.lua build/dev2-preds.jsonl $(DEV2)
	python3 $(SHARED)/eval/score_incidents.py build/dev2-gold.jsonl build/dev2-preds.jsonl $(if $(filter 1,$(V)),--verbose)
