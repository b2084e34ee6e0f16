# valgrind-store: the store specs under valgrind's leak checker.
# busted is started by lua5.4 itself (--ignore-lua: .busted would otherwise
# re-launch it in a child process valgrind does not follow).  Leaks are
# errors (exit 1); only "definitely" and "indirectly" lost blocks count, as
# Lua and SQLite keep some memory reachable until exit by design.
VALGRIND ?= valgrind
VALGRIND_FLAGS = --leak-check=full --show-leak-kinds=definite,indirect \
                 --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
                 --num-callers=30
BUSTED_BIN ?= $(shell command -v busted)

.PHONY: valgrind-store

valgrind-store: $(CORE)
	$(VALGRIND) $(VALGRIND_FLAGS) $(LUA) $(BUSTED_BIN) --ignore-lua spec/store_spec.lua
