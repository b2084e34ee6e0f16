# The article sets we wrote and annotated (eval/*/README.md), one rule for all:
#   make eval-SET              extraction on eval/SET/articles, scored against eval/SET/gold*.jsonl
#   make eval-SET V=1          plus the scorer's misses, false positives and wrong fields
#   make check-gold SET=name   the gold of one set (every quote verbatim, fields as the seeds');
#   make check-gold            every set
# Development sets (tuned on): heldout, dev2, dev3. Test sets (summary only, never tune:
# the failure list is shown only on request): heldout-test, heldout-test2.

SHARED    ?= ../shared
EVAL_SETS := heldout dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 heldout-test heldout-test2
V         ?= 0

.PHONY: check-gold $(EVAL_SETS:%=eval-%)

# $(1): the set's folder name under eval/
define eval_set
eval-$(1): $$(CORE) | build
	cat $$(sort $$(wildcard eval/$(1)/gold*.jsonl)) > build/$(1)-gold.jsonl
	$$(LUA) tools/eval.lua build/$(1)-preds.jsonl $$(wildcard eval/$(1)/articles/*.txt)
	python3 $$(SHARED)/eval/score_incidents.py build/$(1)-gold.jsonl build/$(1)-preds.jsonl $$(if $$(filter 1,$$(V)),--verbose)
endef
$(foreach s,$(EVAL_SETS),$(eval $(call eval_set,$(s))))

check-gold:
	@set -e; for s in $(or $(SET),$(EVAL_SETS)); do \
	  printf '%s: ' "$$s"; python3 tools/check_gold.py eval/$$s $(SHARED)/eval/seeds-gold.jsonl; done
