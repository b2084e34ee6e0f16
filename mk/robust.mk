# Robustness (issue 7): crash consistency, faults, hostile inputs, fuzzing of
# the Lua-facing store and article reader.
#   make torture        SIGKILL an ingest of 2000 articles >= 20 times, check
#                       integrity, no half-stored article, final counts
#                       (TORTURE_ARGS="--kills 40 --seed 123" to vary)
# The cheap checks (disk full, read-only, concurrency, bad inputs, SQL
# injection through the CLI) are specs, so `make check` runs them.

TORTURE_ARGS ?=

.PHONY: torture

torture: $(CORE)
	$(LUA) tools/torture.lua $(TORTURE_ARGS)
