# make eval-heldout-test: the second held-out set (eval/heldout-test/README.md), kept for the
# final measurement only. Prints the summary figures; the per-incident failure list would
# invite tuning on these articles, so it is shown only on request:
#   make eval-heldout-test V=1
# make check-heldout-test-gold: every gold quote is verbatim in its article, layout as the seeds.

SHARED            ?= ../shared
HELDOUT_TEST      ?= $(wildcard eval/heldout-test/articles/*.txt)
HELDOUT_TEST_GOLD ?= eval/heldout-test/gold.jsonl
V                 ?= 0
HELDOUT_TEST_FLAGS = $(if $(filter 1,$(V)),--verbose,)

.PHONY: eval-heldout-test check-heldout-test-gold

eval-heldout-test: $(CORE) | build
	$(LUA) tools/eval.lua build/heldout-test-preds.jsonl $(HELDOUT_TEST)
	python3 $(SHARED)/eval/score_incidents.py $(HELDOUT_TEST_GOLD) build/heldout-test-preds.jsonl $(HELDOUT_TEST_FLAGS)

check-heldout-test-gold:
	python3 eval/heldout-test/check_gold.py
