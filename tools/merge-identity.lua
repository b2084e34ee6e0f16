--- Proves that merging gives the same incidents as the peer algorithm.
--
-- For each corpus the articles are extracted ONCE into a database without
-- merging (cached under build/merge-identity/), then two copies are merged
-- batch by batch, one with `bench/merge_old.lua` (the algorithm that compared
-- every report with every stored report) and one with `incidents.merge`, and
-- the `incidents export` JSON of both must be byte-identical. A batch is the
-- reports of the articles up to a cut-off, so a corpus ingested in several
-- runs (MUC, then Reuters) is replayed as several incremental merges.
--
--     lua5.4 tools/merge-identity.lua              -- every set
--     lua5.4 tools/merge-identity.lua examples muc -- some sets
--     INCIDENTS_SHARED=/work/shared  (default ../shared or /work/shared)
--
-- The extracted databases are kept between runs (a check of merging needs no
-- fresh extraction); `rm -rf build/merge-identity` extracts again.
-- Exit status 0 when every set is identical, 1 otherwise.
-- @script merge-identity

package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "./?.so;" .. package.cpath

local incidents = require "incidents"
local ingest = require "incidents.ingest"
local rules = require "incidents.rules"
local new_merge = require "incidents.merge"
local old_merge = dofile("bench/merge_old.lua")
-- The identity is that of the candidate index against comparing every pair:
-- both compare two reports the same way, today's (bench/merge_old.lua keeps
-- the comparison as it was when the index came).
old_merge.compare = new_merge.compare

local function exists(p) local f = io.open(p, "rb"); if f then f:close() end; return f ~= nil end
local shared = os.getenv("INCIDENTS_SHARED")
  or (exists("../shared/DESIGN.md") and "../shared") or "/work/shared"
local news = shared .. "/data/bench/news/"
local jsonl = { id_field = "id", date_field = "date" }

-- name -> batches; each batch is a list of paths ingested in one run.
local sets = {
  { "seeds", { { shared .. "/seeds" } } },
  { "examples", { { "examples/articles/2024-01-03_kerman_first_reports.txt",
    "examples/articles/2024-03-23_crocus_first_toll.txt" },
    { "examples/articles" } } },
  { "muc", { { news .. "muc34.jsonl" } } },
  { "muc-mixedcase", { { news .. "muc34_tst4_mixedcase.jsonl" } } },
  { "muc-reuters", { { news .. "muc34.jsonl" }, { news .. "reuters21578.jsonl" } } },
  -- The same articles merged in many small runs: most reports then meet
  -- stored incidents, which the index files by key before reading them.
  { "dev2-each", base = "dev2", split = 20 },
  { "heldout-each", base = "heldout", split = 12 },
  { "muc-10", base = "muc", split = 10 },
  { "muc-reuters-25", base = "muc-reuters", split = 25 },
}
-- Every evaluation set's articles (never its gold), as it is found.
do
  local p = io.popen("ls -d eval/*/articles 2>/dev/null")
  local at = 3
  for dir_ in p:lines() do
    table.insert(sets, at, { dir_:match("^eval/(.-)/articles$"), { { dir_ } } })
    at = at + 1
  end
  p:close()
end
local by_name = {}
for _, s in ipairs(sets) do by_name[s[1]] = s end

local dir = "build/merge-identity"
os.execute("mkdir -p " .. dir)

local function sh(cmd)
  local ok = os.execute(cmd)
  if not ok then error("failed: " .. cmd) end
end

local pack = assert(rules.load("default"))

-- The extracted, unmerged database of a set and the article id cut-offs.
local function base(name, batches)
  local path = dir .. "/" .. name .. ".base.db"
  local cuts_path = path .. ".cuts"
  if exists(path) and exists(cuts_path) then
    local cuts = {}
    for line in io.lines(cuts_path) do cuts[#cuts + 1] = tonumber(line) end
    return path, cuts
  end
  os.remove(path)
  local db = assert(incidents.open(path))
  local cuts = {}
  local t0 = os.clock()
  for _, paths in ipairs(batches) do
    local s = assert(ingest.run(db, paths, { pack = pack, merge = false, jsonl = jsonl }))
    for row in assert(db:rows("SELECT coalesce(max(id), 0) AS n FROM articles")) do
      cuts[#cuts + 1] = row.n
    end
    io.stderr:write(string.format("  %s: %d articles, %d reports\n", name, s.new, s.reports))
  end
  io.stderr:write(string.format("  %s extracted in %.1f s\n", name, os.clock() - t0))
  db:close()
  local f = assert(io.open(cuts_path, "w"))
  for _, c in ipairs(cuts) do f:write(c, "\n") end
  f:close()
  return path, cuts
end

-- A view of the database whose unlinked reports stop at an article id.
local function upto(db, cut)
  return setmetatable({}, { __index = function(_, k)
    local v = db[k]
    if type(v) ~= "function" then return v end
    if k == "reports" then
      return function(_, opts)
        local rows, err = db:reports(opts)
        if not rows or not (opts and opts.unlinked) then return rows, err end
        local out = {}
        for _, r in ipairs(rows) do if r.article_id <= cut then out[#out + 1] = r end end
        return out
      end
    end
    return function(_, ...) return v(db, ...) end
  end })
end

local function run(name, merge, from, cuts)
  local path = dir .. "/" .. name .. ".db"
  sh("cp " .. from .. " " .. path)
  local db = assert(incidents.open(path))
  local t0 = os.clock()
  local n = 0
  for _, cut in ipairs(cuts) do
    local s = assert(merge.update(upto(db, cut), { pack = pack }))
    n = n + s.new
  end
  local secs = os.clock() - t0
  db:close()
  sh("lua5.4 bin/incidents --db " .. path .. " export -o " .. path .. ".json")
  return path .. ".json", secs, n
end

local wanted = {}
for _, a in ipairs(arg) do wanted[a] = true end
local failed = 0
print(string.format("%-14s %9s %9s %10s %10s  %s", "set", "incidents", "bytes", "old s",
  "new s", "export JSON"))
for _, s in ipairs(sets) do
  local name, batches = s[1], s[2]
  if not next(wanted) or wanted[name] then
    local from, cuts
    if s.base then
      -- `split` equal runs by article id over another set's articles.
      local last
      from, last = base(s.base, by_name[s.base][2])
      cuts = {}
      for k = 1, s.split do cuts[k] = (last[#last] * k) // s.split end
    else
      from, cuts = base(name, batches)
    end
    local a, ta, na = run(name .. ".old", old_merge, from, cuts)
    local b, tb, nb = run(name .. ".new", new_merge, from, cuts)
    local same = os.execute("cmp -s " .. a .. " " .. b) and na == nb
    if not same then failed = failed + 1 end
    local f = assert(io.open(b, "rb")); local size = f:seek("end"); f:close()
    print(string.format("%-14s %9d %9d %10.2f %10.2f  %s", name, nb, size, ta, tb,
      same and "identical" or "DIFFERENT"))
  end
end
os.exit(failed == 0 and 0 or 1)
