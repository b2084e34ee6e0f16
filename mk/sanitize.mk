# make sanitize: every spec against a core.so built with AddressSanitizer and
# UndefinedBehaviorSanitizer (gcc's runtimes).
#
# The module is built apart, in build/asan/incidents/core.so, so the normal
# build is untouched.  lua5.4 itself is not instrumented, so the ASan
# runtime has to be loaded first, with LD_PRELOAD; busted is pointed at the
# instrumented module with --cpath (it overrides the ./?.so of .busted).
# LeakSanitizer is on: busted closes the Lua state, so a leak is ours.
# (`/bin/sh` is dash here: no `set -o pipefail` in these recipes.)
# By hand, one spec:
#   make build/asan/incidents/core.so
#   LD_PRELOAD=$(gcc -print-file-name=libasan.so) \
#     busted --cpath='build/asan/?.so' spec/sentences_spec.lua

SAN_CC      ?= gcc
SAN_FLAGS   ?= -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
               -fno-sanitize-recover=undefined
SAN_OBJ      = $(CSRC:csrc/%.c=build/asan/%.o)
SAN_CORE     = build/asan/incidents/core.so
SAN_PRELOAD ?= $(shell $(SAN_CC) -print-file-name=libasan.so)
SAN_SPECS   ?= spec
ASAN_OPTIONS ?= detect_leaks=1:halt_on_error=1
UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1

.PHONY: sanitize

build/asan/%.o: csrc/%.c $(HDRS)
	@mkdir -p build/asan
	$(SAN_CC) $(SAN_FLAGS) $(filter-out -O2,$(ALL_CFLAGS)) -c $< -o $@

$(SAN_CORE): $(SAN_OBJ)
	@mkdir -p build/asan/incidents
	$(SAN_CC) $(SAN_FLAGS) -shared -o $@ $(SAN_OBJ) $(SQLITE_LIB)

# Prints the same summary line as `make test`; any sanitizer report fails.
sanitize: $(SAN_CORE)
	@\
	LD_PRELOAD=$(SAN_PRELOAD) ASAN_OPTIONS=$(ASAN_OPTIONS) UBSAN_OPTIONS=$(UBSAN_OPTIONS) \
	  busted --cpath='build/asan/?.so' -o TAP $(SAN_SPECS) > build/asan/busted.tap 2>&1; \
	status=$$?; \
	grep -v '^ok ' build/asan/busted.tap; \
	pass=$$(grep -c '^ok ' build/asan/busted.tap); fail=$$(grep -c '^not ok ' build/asan/busted.tap); \
	echo "sanitize: $$pass passed, $$fail failed"; \
	if grep -q -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' build/asan/busted.tap; then \
	  echo "sanitize: sanitizer findings above"; exit 1; fi; \
	exit $$status
