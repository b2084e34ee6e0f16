--- Extraction speed: sentences/s and MB/s over real news, and end to end into SQLite.
--
--     lua5.4 bench/extract_bench.lua [FILE.jsonl ...]     (make bench-extract)
--
-- Defaults to the Reuters-21578 corpus (business news, few incidents: the
-- cost of looking) and the MUC-3/4 texts (terrorism news: the cost of
-- finding). Articles are read first, so the timings cover extraction alone
-- and then extraction plus storing (`db:add_article`, `db:add_reports` in one
-- transaction per article, an in-memory database), and end to end with the
-- reading of the JSON lines (`article.read_jsonl`) added. CPU time
-- (`os.clock`). `BENCH_LIMIT=n` reads at most n articles per file.
-- @script extract_bench

local core = require "incidents.core"
local article = require "incidents.article"
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local clock = os.clock
local shared = os.getenv("INCIDENTS_SHARED") or "../shared"
local limit = tonumber(os.getenv("BENCH_LIMIT") or "")
local files = { ... }
if #files == 0 then
  files = { shared .. "/data/bench/news/reuters21578.jsonl",
            shared .. "/data/bench/news/muc34.jsonl" }
end

local pack = assert(rules.load("default"))
pack:match("warm up the matcher")

-- Reads the articles (timed: it is part of the way into the database),
-- then counts their sentences and body bytes (not timed).
local function load(path)
  local arts, bytes, sents = {}, 0, 0
  local t0 = clock()
  local it, err = article.read_jsonl(path, { title_field = "title" })
  if not it then error(err) end
  for art in it do
    if art then
      arts[#arts + 1] = art
      if limit and #arts >= limit then break end
    end
  end
  local read = clock() - t0
  for _, art in ipairs(arts) do
    for _, sp in ipairs(article.extraction_spans(art)) do
      bytes = bytes + sp[2] - sp[1] + 1
    end
    sents = sents + #core.sentences(art.text) // 2
  end
  return arts, bytes, sents, read
end

local function line(name, what, secs, sents, bytes, nrep)
  print(("%-22s %-20s %7.2f s %8.0f sentences/s %6.2f MB/s %6d reports"):format(
    name, what, secs, sents / secs, bytes / secs / 1e6, nrep))
end

for _, path in ipairs(files) do
  local name = path:match("([^/]+)$")
  local arts, bytes, sents, read = load(path)
  print(("%s: %d articles, %d sentences, %.1f MB of body text"):format(
    name, #arts, sents, bytes / 1e6))
  -- extraction alone
  local nrep = 0
  local t0 = clock()
  for _, art in ipairs(arts) do nrep = nrep + #extract.article(art, pack) end
  line(name, "extract", clock() - t0, sents, bytes, nrep)
  -- end to end: extraction and the store, one transaction per article
  local db = assert(core.open(":memory:"))
  nrep = 0
  t0 = clock()
  for _, art in ipairs(arts) do
    assert(db:transaction(function()
      local id = assert(db:add_article(art))
      local reps = extract.article(art, pack)
      if #reps > 0 then assert(db:add_reports(id, reps)) end
      nrep = nrep + #reps
      return true
    end))
  end
  local stored = clock() - t0
  line(name, "extract+sqlite", stored, sents, bytes, nrep)
  line(name, "read+extract+sqlite", read + stored, sents, bytes, nrep)
  db:close()
end
