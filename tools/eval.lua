--- Runs extraction over article files and writes one JSON line per article.
--
--     lua5.4 tools/eval.lua [--rules PACK] OUT.jsonl FILE...
--
-- Each line is `{"file", "published", "published_inferred", "reports"}`,
-- the format `../shared/eval/score_incidents.py` reads (`make eval`).
-- @script eval

local cjson = require "cjson"
local article = require "incidents.article"
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local args, pack_name = {}, "default"
local i = 1
while i <= #arg do
  if arg[i] == "--rules" then
    pack_name = arg[i + 1]; i = i + 2
  else
    args[#args + 1] = arg[i]; i = i + 1
  end
end
if #args < 2 then
  io.stderr:write("usage: eval.lua [--rules PACK] OUT.jsonl FILE...\n")
  os.exit(2)
end

local pack, err = rules.load(pack_name)
if not pack then
  io.stderr:write("eval: ", tostring(err), "\n")
  os.exit(1)
end

local out = assert(io.open(args[1], "w"))
local n = 0
for k = 2, #args do
  local path = args[k]
  local art, aerr = article.read_file(path)
  if not art then
    io.stderr:write("eval: ", tostring(aerr), "\n")
    os.exit(1)
  end
  local reports = extract.article(art, pack)
  n = n + #reports
  out:write(cjson.encode {
    file = path:match("([^/]+)$"),
    published = art.published or cjson.null,
    published_inferred = art.published_inferred and true or false,
    reports = reports,   -- an empty table encodes as {}, which the scorer reads as none
  }, "\n")
end
out:close()
io.stderr:write(("eval: %d reports from %d articles -> %s\n"):format(n, #args - 1, args[1]))
