--- Extraction over JSON lines, one JSON line per record (for identity checks).
--
--     lua5.4 tools/extract-jsonl.lua FILE.jsonl [LIMIT]
--
-- Reads records with `id`, `date`, `title` and `text` fields, runs the default
-- pack over each and writes `{"n", "published", "reports"}` (or `{"n", "err"}`)
-- per record to stdout. Key order follows the Lua table, so compare outputs after
-- sorting keys (tools/extract-snapshot.sh does).
-- @script extract-jsonl

local cjson = require "cjson"
local article = require "incidents.article"
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local path, limit = arg[1], tonumber(arg[2])
if not path then
  io.stderr:write("usage: extract-jsonl.lua FILE.jsonl [LIMIT]\n")
  os.exit(2)
end
local pack = assert(rules.load("default"))
local it = assert(article.read_jsonl(path,
  { id_field = "id", date_field = "date", title_field = "title" }))
local n = 0
for art, err in it do
  n = n + 1
  if art then
    io.write(cjson.encode { n = n, published = art.published or cjson.null,
      reports = extract.article(art, pack) }, "\n")
  else
    io.write(cjson.encode { n = n, err = tostring(err) }, "\n")
  end
  if limit and n >= limit then break end
end
