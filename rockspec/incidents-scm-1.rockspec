rockspec_format = "3.0"
package = "incidents"
version = "scm-1"
source = {
  url = "git+file:///dev/null",  -- installed from a checkout with `luarocks make`
}
description = {
  summary = "News articles in, a database of violent incidents and reports out",
  detailed = [[
Extracts attacks and foiled plots (date, place, perpetrator, claim, attack
type, target, weapon, killed and wounded as ranges, with the evidence for
every field) from news articles with rule packs written in Lua and LPeg,
merges the reports of many articles into incidents, stores them in SQLite
and writes Markdown, CSV, JSON, GeoJSON and HTML reports.
]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.4",
  "lpeg",
  "lua-cjson",
  "argparse",
}
external_dependencies = {
  SQLITE = { header = "sqlite3.h", library = "sqlite3" },
}
build = {
  type = "builtin",
  modules = {
    ["incidents.core"] = {
      sources = {
        "csrc/core.c",
        "csrc/ac.c",
        "csrc/lmatcher.c",
        "csrc/lstore.c",
        "csrc/lstore_model.c",
        "csrc/ltext.c",
        "csrc/sentences.c",
        "csrc/utf8.c",
        "csrc/hash.c",
      },
      defines = { 'INCIDENTS_VERSION="scm-1"' },
      incdirs = { "$(SQLITE_INCDIR)" },
      libdirs = { "$(SQLITE_LIBDIR)" },
      libraries = { "sqlite3" },
    },
    ["incidents"] = "lua/incidents/init.lua",
    ["incidents.article"] = "lua/incidents/article.lua",
    ["incidents.extract"] = "lua/incidents/extract.lua",
    ["incidents.extract.vocab"] = "lua/incidents/extract/vocab.lua",
    ["incidents.extract.tokens"] = "lua/incidents/extract/tokens.lua",
    ["incidents.extract.places"] = "lua/incidents/extract/places.lua",
    ["incidents.extract.dating"] = "lua/incidents/extract/dating.lua",
    ["incidents.extract.mentions"] = "lua/incidents/extract/mentions.lua",
    ["incidents.extract.frames"] = "lua/incidents/extract/frames.lua",
    ["incidents.extract.reports"] = "lua/incidents/extract/reports.lua",
    ["incidents.extract.events"] = "lua/incidents/extract/events.lua",
    ["incidents.extract.sentences"] = "lua/incidents/extract/sentences.lua",
    ["incidents.rules"] = "lua/incidents/rules.lua",
    ["incidents.rules.default"] = "lua/incidents/rules/default.lua",
    ["incidents.rules.places"] = "lua/incidents/rules/places.lua",
    ["incidents.rules.muc4"] = "lua/incidents/rules/muc4.lua",
    ["incidents.rules.muc4-lexicon"] = "lua/incidents/rules/muc4-lexicon.lua",
    ["incidents.rules.muc4-hand"] = "lua/incidents/rules/muc4-hand.lua",
    ["incidents.muc4"] = "lua/incidents/muc4.lua",
    ["incidents.muc4.spans"] = "lua/incidents/muc4/spans.lua",
    ["incidents.muc4.census"] = "lua/incidents/muc4/census.lua",
    ["incidents.muc4.weights"] = "lua/incidents/muc4/weights.lua",
    ["incidents.muc4.engine"] = "lua/incidents/muc4/engine.lua",
    ["incidents.muc4.boost"] = "lua/incidents/muc4/boost.lua",
    ["incidents.eval.ree"] = "lua/incidents/eval/ree.lua",
    ["incidents.grammar.dates"] = "lua/incidents/grammar/dates.lua",
    ["incidents.grammar.numbers"] = "lua/incidents/grammar/numbers.lua",
    ["incidents.grammar.casualties"] = "lua/incidents/grammar/casualties.lua",
    ["incidents.grammar.claims"] = "lua/incidents/grammar/claims.lua",
    ["incidents.grammar.status"] = "lua/incidents/grammar/status.lua",
    ["incidents.merge"] = "lua/incidents/merge.lua",
    ["incidents.ingest"] = "lua/incidents/ingest.lua",
    ["incidents.query"] = "lua/incidents/query.lua",
    ["incidents.report"] = "lua/incidents/report.lua",
    ["incidents.report.markdown"] = "lua/incidents/report/markdown.lua",
    ["incidents.report.csv"] = "lua/incidents/report/csv.lua",
    ["incidents.report.json"] = "lua/incidents/report/json.lua",
    ["incidents.report.geojson"] = "lua/incidents/report/geojson.lua",
    ["incidents.report.html"] = "lua/incidents/report/html.lua",
  },
  install = {
    bin = { incidents = "bin/incidents" },
  },
}
