--- Start-up cost: what the library spends before the first article.
--
--     lua5.4 bench/startup_bench.lua [--runs N] [ARTICLE]     (make bench-startup)
--
-- Every command-line call and every analyst script pays for loading the
-- modules, building the grammars and compiling the rule pack before it reads
-- one article. The components are measured one after another in a fresh
-- `lua5.4` per run (a module is built only once per process), so each line
-- is the cost of that step given the ones above it: CPU time (`os.clock`,
-- best of N runs), memory allocated (a run with the collector stopped) and
-- memory kept after a full collection. The last lines are the first
-- extraction (it builds the pack's matcher) and a second one of the same
-- article, and the process's peak RSS.
-- @script startup_bench

local clock, collectgarbage = os.clock, collectgarbage

local STEPS = {
  { "lpeg, re, cjson, core", function()
      require "lpeg"; require "re"; require "cjson"; require "incidents.core" end },
  { "incidents.rules (module)", function() require "incidents.rules" end },
  { "grammar.dates", function() require "incidents.grammar.dates" end },
  { "grammar.numbers", function() require "incidents.grammar.numbers" end },
  { "grammar.casualties", function() require "incidents.grammar.casualties" end },
  { "grammar.claims", function() require "incidents.grammar.claims" end },
  { "grammar.status", function() require "incidents.grammar.status" end },
  { "article, extract (rest)", function()
      require "incidents.article"; require "incidents.extract" end },
  { "rules.load('default')", function(st)
      st.pack = assert(require("incidents.rules").load("default")) end },
  { "  of which: fold, 3 per name", function(st)
      -- The pack folds each name about three times while compiling; this is
      -- that work again, alone, over the same strings.
      local fold = require("incidents.rules").fold
      for _, ph in ipairs(st.pack.phrases) do
        local s = type(ph) == "table" and ph[1] or ph
        fold(s); fold(s); fold(s)
      end
    end, extra = true },
  { "first extract", function(st)
      local article = require "incidents.article"
      st.art = assert(article.read_file(st.path))
      require("incidents.extract").article(st.art, st.pack)
    end },
  { "second extract", function(st)
      require("incidents.extract").article(st.art, st.pack) end },
}

local function peak_rss_kb()
  local f = io.open("/proc/self/status", "r")
  if not f then return 0 end
  local s = f:read("a"); f:close()
  return tonumber(s:match("VmHWM:%s*(%d+)")) or 0
end

-- One child run: prints "i time alloc_kb kept_kb" per step, then "rss KB".
local function child(mode, path)
  local st = { path = path }
  if mode == "alloc" then collectgarbage("stop") end
  for i, step in ipairs(STEPS) do
    -- Twice: LPeg patterns have finalizers, freed by the second cycle.
    if mode ~= "alloc" then collectgarbage("collect"); collectgarbage("collect") end
    local m0 = collectgarbage("count")
    local t0 = clock()
    step[2](st)
    local t = clock() - t0
    local alloc = collectgarbage("count") - m0
    local kept = 0
    if mode ~= "alloc" then
      collectgarbage("collect"); collectgarbage("collect"); kept = collectgarbage("count") - m0
    end
    print(i, ("%.6f"):format(t), ("%.0f"):format(alloc), ("%.0f"):format(kept))
  end
  print("rss", peak_rss_kb())
end

local runs, path, mode = 5, nil, nil
local i = 1
while i <= #arg do
  if arg[i] == "--runs" then runs = tonumber(arg[i + 1]); i = i + 2
  elseif arg[i] == "--child" then mode = arg[i + 1]; i = i + 2
  else path = arg[i]; i = i + 1 end
end
path = path or "examples/articles/2024-03-23_crocus_first_toll.txt"
if mode then return child(mode, path) end

local lua = arg[-1] or "lua5.4"
local function run(m)
  local p = assert(io.popen(("%q %q --child %s %q"):format(lua, arg[0], m, path)))
  local rows, rss = {}, 0
  for l in p:lines() do
    local k, t, a, kept = l:match("^(%S+)%s+(%S+)%s*(%S*)%s*(%S*)")
    if k == "rss" then rss = tonumber(t)
    elseif k then rows[tonumber(k)] = { tonumber(t), tonumber(a), tonumber(kept) } end
  end
  assert(p:close(), "child run failed")
  return rows, rss
end

local best, kept, rss_best = {}, {}, math.huge
for _ = 1, runs do
  local rows, rss = run("time")
  for k, r in ipairs(rows) do
    best[k] = math.min(best[k] or math.huge, r[1]); kept[k] = r[3]
  end
  rss_best = math.min(rss_best, rss)
end
local alloc = run("alloc")

print(("start-up components, CPU best of %d, article %s"):format(runs, path))
print(("%-30s %9s %12s %10s"):format("step", "CPU s", "alloc MB", "kept MB"))
local total, ta, tk = 0, 0, 0
for k, step in ipairs(STEPS) do
  local a = alloc[k] and alloc[k][2] or 0
  print(("%-30s %9.4f %12.1f %10.1f"):format(step[1], best[k], a / 1024, kept[k] / 1024))
  if not step.extra and k < #STEPS then
    total, ta, tk = total + best[k], ta + a, tk + kept[k]
  end
end
print(("%-30s %9.4f %12.1f %10.1f"):format("total to first report", total, ta / 1024, tk / 1024))
print(("peak RSS (best run): %.1f MB"):format(rss_best / 1024))
