# TempEval-3 measurement of the date grammar (lua/incidents/grammar/dates.lua).
# make tempeval [SPLIT=train|test] [OUT=file]   tune on train, report on test.
SPLIT ?= train
OUT   ?=
TEMPEVAL_DATA ?= $(CURDIR)/../shared/data/tempeval3

.PHONY: tempeval
tempeval:
	$(LUA) tools/tempeval.lua --split $(SPLIT) --data $(TEMPEVAL_DATA) $(if $(OUT),--out $(OUT))
