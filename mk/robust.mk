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

# fuzz/fuzz_lua.c embeds Lua, so fuzz.mk's pattern (pure C only) does not
# fit: this explicit rule builds it with the whole core, instrumented, and
# -llua5.4.  `make fuzz` runs it with the others; `make fuzz-lua` alone.
FUZZ_LUA_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
                 -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_LUA_LIBS ?= $(shell pkg-config --libs lua5.4 2>/dev/null || echo -llua5.4)

build/fuzz/fuzz_lua: fuzz/fuzz_lua.c $(CSRC) $(HDRS)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_LUA_FLAGS) $(LUA_INC) -Icsrc -D_POSIX_C_SOURCE=200809L \
	  -DINCIDENTS_VERSION='"$(VERSION)"' \
	  -DFUZZ_LUA_PATH='"$(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua"' \
	  -o $@ fuzz/fuzz_lua.c $(CSRC) $(FUZZ_LUA_LIBS) $(SQLITE_LIB)

.PHONY: fuzz-lua
fuzz-lua:
	@$(MAKE) --no-print-directory fuzz-one FUZZ=fuzz_lua
