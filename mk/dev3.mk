# make eval-dev3: extraction on our third development set (eval/dev3/README.md),
# written for tuning; gold comes from several writers' gold-*.jsonl files.
# V=1 passes --verbose to the scorer (misses, false positives, wrong fields).

SHARED     ?= ../shared
DEV3       ?= $(wildcard eval/dev3/articles/*.txt)
DEV3_GOLD  ?= $(wildcard eval/dev3/gold-*.jsonl)

.PHONY: eval-dev3

eval-dev3: $(CORE) | build
	cat $(DEV3_GOLD) > build/dev3-gold.jsonl
	$(LUA) tools/eval.lua build/dev3-preds.jsonl $(DEV3)
	python3 $(SHARED)/eval/score_incidents.py build/dev3-gold.jsonl build/dev3-preds.jsonl $(if $(filter 1,$(V)),--verbose)
