# make muc4 [SPLIT=dev|test|train] [OUT=file]: the MUC-4 pack over a split,
# scored with CEAF-REE (per role and micro P/R/F1), and the speed.
# make muc4-lexicon: regenerate rules/muc4-lexicon.lua from the train split.
# make muc4-weights: relearn the role scorer (incidents/muc4/weights.lua).
# make muc4-curve: round 11's learning curve (is more training data worth
#   it?), every model scored on stories it never learned from.
# make muc4-cv: the two-fold check on train (lexicon and scorer learned on one
#   half, the other half scored), the knobs' second judge beside dev.
# make muc4-tune: search the knobs on dev and both train halves (after
#   muc4-cv; prints them as --set arguments; test is never read).
# make muc4-errors: the error census (why each wrong answer is wrong, why
#   each gold entity was missed) on dev and both train halves (after muc4-cv).
# make muc4-ranked: where the chooser stopped each gold entity it had a
#   candidate for (after muc4-cv).
#
# SPLIT and OUT are shared with other mk files (tempeval.mk defaults SPLIT
# to train), so only values given on the command line or in the environment
# are taken; otherwise dev and build/muc4-<split>.json.

MUC4_DATA  ?= ../shared/data/muc4
muc4_given  = $(filter command line environment,$(origin $(1)))
MUC4_SPLIT  = $(if $(call muc4_given,SPLIT),$(SPLIT),dev)
MUC4_OUT    = $(if $(call muc4_given,OUT),$(OUT),build/muc4-$(MUC4_SPLIT).json)

.PHONY: muc4 muc4-lexicon muc4-weights muc4-cv muc4-tune muc4-errors muc4-ranked

muc4: $(CORE) | build
	$(LUA) tools/muc4.lua --split $(MUC4_SPLIT) --data $(MUC4_DATA) --out $(MUC4_OUT)

muc4-lexicon: $(CORE)
	$(LUA) tools/build-muc4-lexicon.lua $(MUC4_DATA)/grit/train.json \
	  lua/incidents/rules/muc4-lexicon.lua

# make muc4-weights: relearn incidents/muc4/weights.lua from the train split
# (about two minutes: four training orders averaged, and the gate's stacking).
muc4-weights: $(CORE)
	$(LUA) tools/build-muc4-weights.lua --train $(MUC4_DATA)/grit/train.json \
	  --out lua/incidents/muc4/weights.lua

# make muc4-curve: round 11's learning curve (docs/bench-muc4.md): each
# train half alone and with dev's stories, the other half scored; train
# less 200 stories against all of train, dev scored; train with one half of
# dev against train alone, the other dev half scored. Training orders 4, 8,
# 12 and 16; one model at a time (about 40 minutes; build/r11/). The
# paired bootstrap of two arms: tools/muc4-curve-boot.lua.
.PHONY: muc4-curve
muc4-curve: $(CORE)
	MUC4_DATA=$(MUC4_DATA) LUA=$(LUA) sh tools/muc4-curve.sh halves 4 8 12 16
	MUC4_DATA=$(MUC4_DATA) LUA=$(LUA) sh tools/muc4-curve.sh full 4 8 12
	MUC4_DATA=$(MUC4_DATA) LUA=$(LUA) sh tools/muc4-curve.sh devhalves 8 12 16
	MUC4_DATA=$(MUC4_DATA) LUA=$(LUA) sh tools/muc4-curve.sh table

muc4-cv: $(CORE)
	MUC4_DATA=$(MUC4_DATA) LUA=$(LUA) sh tools/muc4-cv.sh build
	MUC4_DATA=$(MUC4_DATA) LUA=$(LUA) sh tools/muc4-cv.sh score

muc4-tune: $(CORE)
	$(LUA) tools/tune-muc4.lua --data $(MUC4_DATA)

muc4-errors: $(CORE)
	$(LUA) tools/muc4-errors.lua --data $(MUC4_DATA)

muc4-ranked: $(CORE)
	$(LUA) tools/muc4-ranked.lua --data $(MUC4_DATA)

# make muc4-contrast: what sets the gold candidates the role models never
# score apart from those they score and from the wrong ones (after muc4-cv).
.PHONY: muc4-contrast
muc4-contrast: $(CORE)
	$(LUA) tools/muc4-contrast.lua --data $(MUC4_DATA)

# make muc4-role-errors [ROLE=Victim] [TABLE=1]: every wrong answer and every miss of
# one role, with its sentence and cues, on dev and both train halves (after
# muc4-cv; round 7's census is read from it).
# make muc4-paired KNOBS="speaker_drop.Victim=true ..." [BASE="..."]: the answers a
# selection knob gains and loses, right and wrong, with a sign test and the
# paired bootstrap (BASE: knobs of both sides, to judge against older answers).
.PHONY: muc4-role-errors muc4-paired
muc4-role-errors: $(CORE)
	$(LUA) tools/muc4-role-errors.lua --data $(MUC4_DATA) --role $(or $(ROLE),Victim) \
	  $(if $(TABLE),--table 1)

muc4-paired: $(CORE)
	$(LUA) tools/muc4-paired.lua --data $(MUC4_DATA) $(foreach k,$(KNOBS),--set $(k)) \
	  $(foreach k,$(BASE),--base $(k))

# make muc4-empty [KNOBS="combatant_gate=false"]: round 8's census of the
# stories whose key is empty but which get answers, by relevance cue (after
# muc4-cv).
.PHONY: muc4-empty
muc4-empty: $(CORE)
	$(LUA) tools/muc4-empty.lua --data $(MUC4_DATA) $(foreach k,$(KNOBS),--set $(k))

# make muc4-absent [KNOBS="list_member.Target=false"]: round 9's census of the
# gold entities no candidate came near, per role and why (after muc4-cv).
.PHONY: muc4-absent
muc4-absent: $(CORE)
	$(LUA) tools/muc4-absent.lua --data $(MUC4_DATA) $(foreach k,$(KNOBS),--set $(k))

# make muc4-gate [MUC4_ENGINE=DIR]: round 12's measure of the engine's own
# reports as story features and of a boosted-tree gate against the shipped
# gate, by AUC on dev and both halves (after muc4-cv; build/r12/, about six
# minutes). MUC4_ENGINE is the tree whose extraction reads the stories
# (default: this one; round 12 used a checkout of 90d3074).
.PHONY: muc4-gate
muc4-gate: $(CORE)
	MUC4_DATA=$(MUC4_DATA) LUA=$(LUA) MUC4_ENGINE=$(or $(MUC4_ENGINE),.) sh tools/muc4-gate.sh
