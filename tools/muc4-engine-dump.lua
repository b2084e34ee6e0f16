--- Runs the default extraction engine over the stories of a MUC-4 split and
-- writes what it reports, one JSON line per story (round 12's relevance
-- features, `incidents.muc4.engine`, are computed from these lines).
--
--     LUA_PATH="ENGINE/lua/?.lua;ENGINE/lua/?/init.lua;lua/?.lua;;" LUA_CPATH="ENGINE/?.so;;" \
--     lua5.4 tools/muc4-engine-dump.lua --gold grit/dev.json --out FILE
--                                       [--full full/dev.jsonl | --dct YYYY-MM-DD]
--                                       [--half even|odd]
--
-- The engine is whatever `require "incidents"` finds: round 12 ran a fixed
-- checkout (see docs/bench-muc4.md), so that extraction work going on in
-- the tree does not move the features between runs. The story text is the
-- GRIT text as given (lowercased, no dateline), so the engine infers the
-- story's date from its content. `--full` is the explicit opt-in to the
-- dateline of `full/<split>.jsonl` ("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE)"):
-- its date becomes the article's publication date, against which relative
-- dates ("today", "2 days ago") resolve; GRIT's own text has no dateline.
-- Without a date the engine keeps only the incidents it can date from the
-- text itself (about half as many reports on dev), so `--dct` gives every
-- story one fixed date instead: the counts, countries and targets of a
-- dated run without the dateline (its dates mean nothing).
-- @script muc4-engine-dump

local cjson = require "cjson"
local article = require "incidents.article"
local extract = require "incidents.extract"
local rules = require "incidents.rules"
-- from this tree (the engine checkout has no round 12 files): put `lua/?.lua`
-- after the engine's paths
local muc4_engine = require "incidents.muc4.engine"

local gold, out, full, half, dct
local i = 1
while i <= #arg do
  local a, v = arg[i], arg[i + 1]
  if a == "--gold" then gold = v
  elseif a == "--out" then out = v
  elseif a == "--full" then full = v
  elseif a == "--half" then half = v
  elseif a == "--dct" then dct = v
  else
    io.stderr:write("muc4-engine-dump: unknown argument ", a, "\n")
    os.exit(2)
  end
  i = i + 2
end
if not gold or not out then
  io.stderr:write("usage: muc4-engine-dump.lua --gold FILE --out FILE [--full FILE]\n")
  os.exit(2)
end

local datelines = {}
if full then
  for line in assert(io.open(full)):lines() do
    if line:find("%S") then
      local o = cjson.decode(line)
      datelines[o.docid] = muc4_engine.dateline_date(o.dateline)
    end
  end
end

local pack = assert(rules.load("default"))
local FIELDS = { "status", "country", "date", "date_lo", "date_hi", "place", "perpetrator",
  "attack_type", "target", "target_type", "killed_lo", "killed_hi", "wounded_lo",
  "wounded_hi", "claimed", "suicide", "rule" }
local f = assert(io.open(out, "w"))
local n, nrep, t0 = 0, 0, os.clock()
for line in assert(io.open(gold)):lines() do
  if line:find("%S") then
    n = n + 1
    if not half or (half == "even") == (n % 2 == 0) then
      local d = cjson.decode(line)
      local art = assert(article.from_text(d.doctext, { published = datelines[d.docid] or dct }))
      local reps = extract.article(art, pack)
      local rows = {}
      for _, r in ipairs(reps) do
        local row = {}
        for _, k in ipairs(FIELDS) do
          if r[k] ~= nil then row[k] = r[k] end
        end
        local ev = r.evidence and r.evidence.trigger
        if ev then row.at = ev.start end
        rows[#rows + 1] = row
      end
      nrep = nrep + #rows
      local o = { docid = d.docid, published = art.published or false,
        dateline = datelines[d.docid] or false,
        reports = rows }
      if #rows == 0 then o.reports = cjson.empty_array end
      f:write(cjson.encode(o), "\n")
    end
  end
end
f:close()
io.stderr:write(("muc4-engine-dump: %d stories, %d reports, %.1f s -> %s\n"):format(n, nrep,
  os.clock() - t0, out))
