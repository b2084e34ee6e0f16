# make bench-sentences: does core.sentences take time in proportion to its
#   input? Ten families of ordinary and pathological text at two sizes, ten
#   times apart (bench/sentences_linear.lua); linear work gives a ratio near
#   10. The specs check these inputs split correctly; time is measured here.

.PHONY: bench-sentences

bench-sentences: $(CORE)
	$(LUA) bench/sentences_linear.lua
