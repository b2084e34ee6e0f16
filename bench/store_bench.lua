--- Store throughput: bulk ingest in one transaction, one transaction per
-- call, full-text search and report reads.
-- Run from the checkout: `lua5.4 bench/store_bench.lua [path] [articles]`
-- (with LUA_CPATH="./?.so;;"). Texts are synthetic word salads.
-- @module bench.store_bench

local core = require "incidents.core"

local path = arg[1] or "/tmp/incidents-store-bench.db"
local N = tonumber(arg[2]) or 5000
local M = 500

local function remove_db(p)
  os.remove(p)
  os.remove(p .. "-wal")
  os.remove(p .. "-shm")
end

-- Wall clock in seconds (os.clock is CPU time only).
local function now()
  local p = io.popen("date +%s.%N")
  local v = tonumber(p:read("l"))
  p:close()
  return v
end

local words = { "bomb", "market", "police", "said", "killed", "wounded",
                "attack", "city", "group", "claimed" }

local function text(i)
  local t = {}
  for k = 1, 300 do t[k] = words[(i * 7 + k * 13) % #words + 1] end
  return ("article %d: "):format(i) .. table.concat(t, " ")
end

local function report(i)
  return {
    date_lo = "2024-01-01", date_hi = "2024-01-31", place = "City", country = "XX",
    perpetrator = "Group " .. (i % 50), killed_lo = i % 100, attack_type = "bombing",
    rule = "bench",
    evidence = {
      trigger = { start = 1, stop = 7, rule = "t" }, place = { start = 12, stop = 20 },
      killed = { start = 30, stop = 40 }, date = { start = 50, stop = 60 },
      perpetrator = { start = 70, stop = 80 },
    },
  }
end

remove_db(path)
local db = assert(core.open(path))

local t0 = now()
assert(db:transaction(function()
  for i = 1, N do
    local id = assert(db:add_article{ text = text(i), title = "T" .. i })
    assert(db:add_reports(id, { report(i), report(i + 1) }))
  end
  return true
end))
local dt = now() - t0
print(("one transaction: %d articles, %d reports, %d evidence rows in %.2f s (%.0f articles/s)")
      :format(N, 2 * N, 10 * N, dt, N / dt))

t0 = now()
for i = N + 1, N + M do
  local id = assert(db:add_article{ text = text(i) })
  assert(db:add_reports(id, { report(i) }))
end
dt = now() - t0
print(("a transaction per call: %d articles + reports in %.2f s (%.0f/s)"):format(M, dt, M / dt))

t0 = now()
for _ = 1, 100 do assert(db:search("bomb market", { limit = 20 })) end
print(("search, every article matching, top 20: %.1f ms each"):format((now() - t0) * 10))

t0 = now()
local all = #assert(db:reports())
print(("reports(): %d reports with evidence in %.3f s"):format(all, now() - t0))

db:close()
remove_db(path)
