# make review-reuters: every report the default pack finds in the 19,779
# Reuters-21578 articles of 1987 (mostly business news), with its title, fields
# and trigger sentence, for judging precision on real news by reading
# (docs/review-reuters.md). Writes build/review-reuters.txt; prints the count.
REUTERS ?= $(SHARED)/data/bench/news/reuters21578.jsonl

.PHONY: review-reuters

review-reuters: $(CORE) | build
	$(LUA) tools/review-reports.lua $(REUTERS) > build/review-reuters.txt
	@tail -n 1 build/review-reuters.txt
