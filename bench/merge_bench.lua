--- Merging into a large store: the candidate index against the peer that
-- compared each new report with every stored report.
--
-- Synthetic but realistic reports: places drawn from the default pack's
-- places (most from a few dozen countries, as attacks concentrate), days over
-- ten years (some only a month, a few undated), groups from the pack, one to
-- three reports per event. A store of N incidents is built once (cached under
-- build/merge-bench/), then a batch of new reports, half of them new sources
-- for stored events, is merged into a copy of it by the peer
-- (`bench/merge_old.lua`) and by `incidents.merge`; both must link every
-- report to the same incident, with the same summaries.
--
--     lua5.4 bench/merge_bench.lua [--sizes 1000,10000,50000] [--batch 20] [--runs 3]
--
-- Times are CPU seconds (os.clock), the best of `--runs` runs: the machine
-- this was written on is shared, and its wall clock measured the neighbours.
--
-- `make bench-merge` runs it (mk/merge-bench.mk).
-- @script merge_bench

package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "./?.so;" .. package.cpath

local incidents = require "incidents"
local rules = require "incidents.rules"
local new_merge = require "incidents.merge"
local old_merge = dofile("bench/merge_old.lua")

local fmt = string.format
local sizes, batch, runs = { 1000, 10000, 50000 }, 20, 1
do
  local i = 1
  while arg[i] do
    if arg[i] == "--sizes" then
      sizes = {}
      for n in arg[i + 1]:gmatch("%d+") do sizes[#sizes + 1] = tonumber(n) end
      i = i + 2
    elseif arg[i] == "--batch" then batch = tonumber(arg[i + 1]); i = i + 2
    elseif arg[i] == "--runs" then runs = tonumber(arg[i + 1]); i = i + 2
    else
      io.stderr:write("usage: merge_bench.lua [--sizes N,N] [--batch N] [--runs N]\n")
      os.exit(2)
    end
  end
end

local pack = assert(rules.load("default"))
local dir = "build/merge-bench"
os.execute("mkdir -p " .. dir)

local now = os.clock

------------------------------------------------------------------------------
-- Synthetic events.

-- A deterministic generator (a 32-bit LCG), so every run builds the same
-- stores whatever math.random does.
local function rng(seed)
  local s = seed
  return function(n)
    s = (s * 1103515245 + 12345) % 2147483648
    if n then return s % n + 1 end
    return s / 2147483648
  end
end

-- Places grouped by country; a few dozen countries get most events.
local by_country, countries = {}, {}
for _, p in ipairs(pack.places) do
  if p.country and p.lat then
    local l = by_country[p.country]
    if not l then l = {}; by_country[p.country] = l; countries[#countries + 1] = p.country end
    l[#l + 1] = p
  end
end
table.sort(countries)
local names = {}
for _, c in ipairs(pack.countries) do names[c.code] = c.name end
local types = { "bombing", "armed_assault", "assassination", "kidnapping", "facility_attack",
  "hostage_taking", "unknown" }

local function day_of(n)        -- n days after 2015-01-01
  return os.date("!%Y-%m-%d", 1420070400 + n * 86400)
end

local function event(rand)
  -- 80% of events in the 30 busiest countries.
  local ci = rand() < 0.8 and rand(30) or rand(#countries)
  local cc = countries[ci]
  local places = by_country[cc]
  local p = places[rand(#places)]
  local g = rand() < 0.6 and pack.groups[rand(#pack.groups)].name or nil
  return { day = rand(3650) - 1, place = p, country = cc, group = g,
    type = types[rand(#types)], status = rand() < 0.05 and "plot_foiled" or "attack",
    killed = rand(60) - 1 }
end

-- One article's report of an event: precision and detail vary by source.
local function report_of(e, rand)
  local r = { attack_type = e.type, status = e.status,
    perpetrator = rand() < 0.8 and e.group or nil,
    rule = "bench.synthetic", killed_lo = e.killed + rand(3) - 1 }
  local day = day_of(e.day)
  local x = rand()
  -- 1% undated, 9% a month, the rest a day.
  if x >= 0.1 then
    r.date, r.date_lo, r.date_hi = day, day, day
  elseif x >= 0.01 then
    r.date = day:sub(1, 7)
    r.date_lo, r.date_hi = new_merge.date_range(r.date)
  end
  if rand() < 0.9 then
    r.place, r.lat, r.lon = e.place.name, e.place.lat, e.place.lon
  end
  if rand() < 0.97 then r.country, r.country_name = e.country, names[e.country] end
  return r
end

local article_no = 0
local function add(db, r, published)
  article_no = article_no + 1
  local text = fmt("Synthetic bench article %d about an attack, for the merge benchmark.",
    article_no)
  local aid = assert(db:add_article{ text = text, title = fmt("Bench %d", article_no),
    published = published, path = "bench" })
  assert(db:add_reports(aid, { r }))
end

-- The events of a store of about n incidents, the same on every run.
local function events(n)
  local rand = rng(n)
  local list = {}
  for i = 1, n do list[i] = event(rand) end
  return list, rand
end

local function build(n)
  local path = fmt("%s/store-%d.db", dir, n)
  local f = io.open(path, "rb")
  if f then f:close(); return path end
  io.stderr:write(fmt("building a store of %d events ... ", n))
  local t0 = now()
  local tmp = path .. ".tmp"
  os.remove(tmp)
  local db = assert(incidents.open(tmp))
  local list, rand = events(n)
  assert(db:transaction(function()
    for _, e in ipairs(list) do
      for _ = 1, rand(3) do add(db, report_of(e, rand), day_of(e.day + rand(3) - 1)) end
    end
    return true
  end))
  local s = assert(new_merge.update(db, { pack = pack }))
  db:close()
  assert(os.rename(tmp, path))
  io.stderr:write(fmt("%d incidents in %.1f s\n", s.new, now() - t0))
  return path
end

------------------------------------------------------------------------------
-- Measuring.

-- What two merges must agree on: every link and every incident's summary.
local function dump(db)
  local out = {}
  for row in assert(db:rows("SELECT incident_id, report_id, why FROM incident_reports "
      .. "ORDER BY report_id")) do
    out[#out + 1] = fmt("%d %d %s", row.incident_id, row.report_id, row.why or "")
  end
  for row in assert(db:rows("SELECT id, date, place, country, perpetrator, attack_type, "
      .. "status, killed_best, why FROM incidents ORDER BY id")) do
    out[#out + 1] = fmt("%d %s %s %s %s %s %s %s %s", row.id, tostring(row.date),
      tostring(row.place), tostring(row.country), tostring(row.perpetrator),
      tostring(row.attack_type), row.status, tostring(row.killed_best), row.why)
  end
  return table.concat(out, "\n")
end

local function run(merge, base, n)
  local path = fmt("%s/run-%d.db", dir, n)
  for _, ext in ipairs({ "", "-wal", "-shm" }) do os.remove(path .. ext) end
  assert(os.execute(fmt("cp %s %s", base, path)))
  local db = assert(incidents.open(path))
  -- The batch: half new sources for stored events, half new events.
  local list = events(n)
  local rand = rng(n + 7)
  article_no = 10 * n
  assert(db:transaction(function()
    for i = 1, batch do
      local e = i % 2 == 0 and list[rand(#list)] or event(rand)
      add(db, report_of(e, rand), day_of(e.day + 1))
    end
    return true
  end))
  local t0 = now()
  local s = assert(merge.update(db, { pack = pack }))
  local secs = now() - t0
  local t1 = now()
  assert(db:incidents{})
  local load = now() - t1
  local d = dump(db)
  db:close()
  return secs, load, s, d
end

print(fmt("Merging %d new reports into a store (CPU seconds, best of %d):", batch, runs))
print()
print("| incidents | reports | peer s | index s | peer / index | full load s | result |")
print("|---:|---:|---:|---:|---:|---:|---|")
for _, n in ipairs(sizes) do
  local base = build(n)
  local db = assert(incidents.open(base, { readonly = true }))
  local ninc, nrep = 0, 0
  for row in assert(db:rows("SELECT (SELECT count(*) FROM incidents) AS i, "
      .. "(SELECT count(*) FROM reports) AS r")) do ninc, nrep = row.i, row.r end
  db:close()
  local told, tnew, load = math.huge, math.huge, math.huge
  local sold, dold, snew, dnew
  for _ = 1, runs do
    local t, l, _
    t, l, sold, dold = run(old_merge, base, n)
    told, load = math.min(told, t), math.min(load, l)
    t, _, snew, dnew = run(new_merge, base, n)
    tnew = math.min(tnew, t)
  end
  local same = dold == dnew and sold.new == snew.new and sold.updated == snew.updated
  print(fmt("| %d | %d | %.3f | %.3f | %.1f | %.3f | %s |", ninc, nrep, told, tnew, told / tnew,
    load, same and "identical" or "DIFFERENT"))
  if not same then os.exit(1) end
end
