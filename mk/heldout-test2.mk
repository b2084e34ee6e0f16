# make eval-heldout-test2: the third held-out set (eval/heldout-test2/README.md), written after
# eval/heldout-test had been run many times, kept for the final measurement only. Prints the
# summary figures; the per-incident failure list would invite tuning on these articles, so it
# is shown only on request:
#   make eval-heldout-test2 V=1
# make check-heldout-test2-gold: every gold quote is verbatim in its article, layout as the seeds.

SHARED             ?= ../shared
HELDOUT_TEST2      ?= $(wildcard eval/heldout-test2/articles/*.txt)
HELDOUT_TEST2_GOLD ?= eval/heldout-test2/gold.jsonl
V                  ?= 0
HELDOUT_TEST2_FLAGS = $(if $(filter 1,$(V)),--verbose,)

.PHONY: eval-heldout-test2 check-heldout-test2-gold

eval-heldout-test2: $(CORE) | build
	$(LUA) tools/eval.lua build/heldout-test2-preds.jsonl $(HELDOUT_TEST2)
	python3 $(SHARED)/eval/score_incidents.py $(HELDOUT_TEST2_GOLD) build/heldout-test2-preds.jsonl $(HELDOUT_TEST2_FLAGS)

check-heldout-test2-gold:
	python3 eval/heldout-test2/check_gold.py $(HELDOUT_TEST2_GOLD) $(SHARED)/eval/seeds-gold.jsonl
