# incidents: build, test and demo.  `make help` lists the targets.

LUA        ?= lua5.4
LUA_INC    ?= $(shell pkg-config --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4)
SQLITE_LIB ?= $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
VERSION    ?= scm-1

# LPeg's warning flags, plus hidden visibility: only luaopen_ is exported.
WARN    = -std=c99 -Wall -Wextra -pedantic -Wshadow -Wmissing-prototypes \
          -Wstrict-prototypes -Wpointer-arith -Wcast-qual -Wundef
CFLAGS ?= -O2 -g
ALL_CFLAGS = $(CFLAGS) $(WARN) -fPIC -fvisibility=hidden $(LUA_INC) \
             -DINCIDENTS_VERSION='"$(VERSION)"' -D_POSIX_C_SOURCE=200809L
LDFLAGS_SO = -shared

CSRC = $(wildcard csrc/*.c)
COBJ = $(CSRC:csrc/%.c=build/%.o)
HDRS = $(wildcard csrc/*.h)
CORE = incidents/core.so

DEBS = lua5.4 liblua5.4-dev lua-lpeg lua-busted lua-check lua-cjson \
       lua-argparse luarocks libsqlite3-dev sqlite3 pkg-config gcc make
CHECK_DEBS = chromium util-linux
# What the measuring and hardening targets use beyond the build: the scorers
# (python3), fuzzing (clang + its runtimes), valgrind, GNU time for peak RSS,
# and the English word lists tools/build-places.lua reads.
TOOL_DEBS = python3 clang libclang-rt-14-dev valgrind time wamerican wbritish

SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export LUA_PATH  := $(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua;;
export LUA_CPATH := $(CURDIR)/?.so;;

.PHONY: all deps check-deps tool-deps install-debs check lint test demo install clean help

.DEFAULT_GOAL := all
-include mk/*.mk

all: $(CORE)

help:
	@echo "make           build $(CORE)"
	@echo "make deps      install missing Debian packages"
	@echo "make check     deps, build, luacheck, every spec"
	@echo "make demo      ingest examples/articles into demo.db and print a report"
	@echo "make install   luarocks make on the rockspec"

# Installs only what is missing, so a machine that has everything is left alone.
# `make check` also wants Chromium, for the spec that renders the HTML report.
deps:
	@$(MAKE) --no-print-directory install-debs PKGS="$(DEBS)"

check-deps:
	@$(MAKE) --no-print-directory install-debs PKGS="$(DEBS) $(CHECK_DEBS)"

tool-deps:
	@$(MAKE) --no-print-directory install-debs PKGS="$(DEBS) $(TOOL_DEBS)"

install-debs:
	@missing=""; for p in $(PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build/%.o: csrc/%.c $(HDRS) | build
	$(CC) $(ALL_CFLAGS) -c $< -o $@

build:
	mkdir -p build

$(CORE): $(COBJ)
	mkdir -p incidents
	$(CC) $(LDFLAGS_SO) -o $@ $(COBJ) $(SQLITE_LIB)

lint:
	luacheck -q lua spec bin/incidents bench tools examples

# busted's TAP output is summarised into the line CI reads; busted's status is kept.
# (The TAP file is named by the shell's pid: two runs at once in one checkout
# must not count each other's lines.)
test: $(CORE)
	@mkdir -p build; tap=build/busted-$$$$.tap; \
	busted -o TAP spec > $$tap 2>&1; status=$$?; \
	grep -v '^ok ' $$tap; \
	pass=$$(grep -c '^ok ' $$tap); fail=$$(grep -c '^not ok ' $$tap); \
	echo "$$pass passed, $$fail failed"; mv $$tap build/busted.tap; exit $$status

check: check-deps $(CORE) lint test

demo: deps $(CORE)
	rm -f demo.db demo.db-wal demo.db-shm
	$(LUA) bin/incidents --db demo.db ingest examples/articles
	$(LUA) bin/incidents --db demo.db report --format markdown

install: deps
	luarocks --lua-version=5.4 make --deps-mode=none rockspec/incidents-scm-1.rockspec

clean:
	rm -rf build incidents demo.db demo.db-wal demo.db-shm

# The targets of mk/*.mk that need more than the build install it first.
eval $(EVAL_SETS:%=eval-%) check-gold extract-snapshot \
fuzz fuzz-smoke fuzz-build fuzz-one sanitize valgrind valgrind-store \
bad-inputs torture: tool-deps
screenshot: check-deps
