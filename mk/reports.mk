# Reports: the HTML report of the example articles, and its screenshot for
# the README (headless Chromium; `apt-get install -y chromium`).
.PHONY: demo-html screenshot

demo-html: $(CORE)
	rm -f build/demo-html.db build/demo-html.db-wal build/demo-html.db-shm
	mkdir -p build
	$(LUA) bin/incidents --db build/demo-html.db ingest -q examples/articles
	$(LUA) bin/incidents --db build/demo-html.db report --format html \
	  --title "Incidents in the example articles" -o build/demo.html
	@echo "wrote build/demo.html"

screenshot: demo-html
	tools/screenshot.sh build/demo.html docs/screenshot.png 1200x1500
