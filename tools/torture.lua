--- Crash-consistency torture test for `incidents ingest` (issue 7).
--
-- Generates a few thousand small articles from template sentences written
-- for this test (deterministic for a seed), ingests them once without
-- interruption (the reference), then ingests them again into a second
-- database while killing the ingest with SIGKILL at random moments. After
-- every kill it checks that:
--
-- 1. `PRAGMA integrity_check` says `ok` (and `foreign_key_check` is empty);
-- 2. no article is half-stored: every stored article has exactly the
--    number of reports the reference run stored for it;
-- 3. no report is stored twice (one row per article in `articles`).
--
-- When an ingest runs to its end, the database must hold exactly the
-- reference's counts (articles, reports, evidence, incidents, links) and
-- the same per-article report counts.
--
--     lua5.4 tools/torture.lua [--articles 2000] [--kills 20] [--per-round 2]
--                              [--seed N] [--keep]
--     lua5.4 tools/torture.lua --generate DIR [--articles N] [--seed N]
--
-- Every kill prints its seed (the moment it was chosen from), so a failing
-- kill can be replayed with `--seed`. Exit status 0 when every check passed.
-- @script torture

local core = require "incidents.core"

local fmt, concat = string.format, table.concat
local random, randomseed = math.random, math.randomseed

------------------------------------------------------------------------------
-- Options.

local opts = { articles = 2000, kills = 20, per_round = 2, seed = os.time(), keep = false }
do
  local i = 1
  while i <= #arg do
    local a = arg[i]
    if a == "--articles" or a == "--kills" or a == "--seed" or a == "--per-round" then
      local key = a:sub(3):gsub("-", "_")
      opts[key] = assert(math.tointeger(tonumber(arg[i + 1])), a .. " needs a number")
      i = i + 1
    elseif a == "--generate" then
      opts.generate = assert(arg[i + 1], "--generate needs a folder")
      i = i + 1
    elseif a == "--keep" then opts.keep = true
    elseif a == "--bin" then opts.bin = arg[i + 1]; i = i + 1
    else
      io.stderr:write("usage: torture.lua [--articles N] [--kills N] [--per-round N] ",
        "[--seed N] [--keep] [--generate DIR]\n")
      os.exit(2)
    end
    i = i + 1
  end
end

local function sh(cmd)
  local ok = os.execute(cmd)
  return ok == true
end

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

------------------------------------------------------------------------------
-- The corpus: short wire-style articles built from our own sentences.

local places = {
  { "Kabul", "Afghanistan" }, { "Peshawar", "Pakistan" }, { "Quetta", "Pakistan" },
  { "Baghdad", "Iraq" }, { "Mosul", "Iraq" }, { "Mogadishu", "Somalia" },
  { "Maiduguri", "Nigeria" }, { "Kerman", "Iran" }, { "Damascus", "Syria" },
  { "Aden", "Yemen" }, { "Bamako", "Mali" }, { "Ouagadougou", "Burkina Faso" },
}
local groups = { "the Taliban", "al-Shabaab", "Boko Haram", "the Islamic State group",
  "al-Qaeda in the Arabian Peninsula", "Tehrik-i-Taliban Pakistan" }
local targets = { "a crowded market", "a police checkpoint", "a mosque", "a bus station",
  "a hotel", "a school", "an army base", "a wedding party", "a government office" }
local weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  "Sunday" }
local months = { "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December" }
local fillers = {
  "Residents said the streets were quiet by the evening.",
  "Schools in the district stayed closed the next day.",
  "The city council met to discuss the repair of the road.",
  "Local traders said prices of flour had risen again this month.",
  "A spokesman for the governor promised a full inquiry.",
  "The weather service forecast rain for the rest of the week.",
}

local function pick(t) return t[random(#t)] end

-- One article: a headline, a date header and a few sentences; some tell an
-- attack, some two, some none. `n` makes every text distinct.
local function make_article(n)
  local year, month, day = 2015 + random(0, 9), random(12), random(28)
  local date = fmt("%04d-%02d-%02d", year, month, day)
  local place = pick(places)
  local kind = random(10)
  local lines = {}
  local title
  local function attack(p, verb)
    local killed, wounded = random(2, 60), random(0, 120)
    local s = fmt("%s, %s - %s %s %s in %s on %s, killing %d people and wounding %d, "
      .. "officials said.", p[1]:upper(), p[2], pick({ "A car bomb", "A suicide bomber",
      "Gunmen" }), verb, pick(targets), p[1], pick(weekdays), killed, wounded)
    return s
  end
  if kind <= 6 then
    title = fmt("Attack in %s kills dozens (item %d)", place[1], n)
    lines[#lines + 1] = attack(place, pick({ "struck", "attacked", "hit" }))
    if random(2) == 1 then
      lines[#lines + 1] = fmt("%s claimed responsibility for the attack in a statement.",
        pick(groups):gsub("^%l", string.upper))
    end
    lines[#lines + 1] = pick(fillers)
  elseif kind <= 8 then
    title = fmt("Two attacks in one week (item %d)", n)
    lines[#lines + 1] = attack(place, "struck")
    lines[#lines + 1] = pick(fillers)
    local other = pick(places)
    lines[#lines + 1] = fmt("In a separate attack, gunmen stormed %s in %s on %d %s, killing "
      .. "%d people.", pick(targets), other[1], random(28), pick(months), random(2, 30))
  else
    title = fmt("Council news from %s (item %d)", place[1], n)
    lines[#lines + 1] = pick(fillers)
    lines[#lines + 1] = pick(fillers)
  end
  lines[#lines + 1] = fmt("This is dispatch number %d of the test wire.", n)
  return fmt("Title: %s\nSource: Torture Wire\nDate: %s\n\n%s\n", title, date,
    concat(lines, "\n\n"))
end

-- Writes `count` articles under dir, in subfolders of 500.
local function generate(dir, count, seed)
  randomseed(seed)
  for n = 1, count do
    local sub = fmt("%s/part%02d", dir, (n - 1) // 500)
    if (n - 1) % 500 == 0 then assert(sh("mkdir -p " .. q(sub))) end
    local f = assert(io.open(fmt("%s/a%05d.txt", sub, n), "wb"))
    f:write(make_article(n))
    f:close()
  end
end

if opts.generate then
  generate(opts.generate, opts.articles, opts.seed)
  print(fmt("generated %d articles in %s (seed %d)", opts.articles, opts.generate, opts.seed))
  os.exit(0)
end

------------------------------------------------------------------------------
-- Running and killing the ingest.

local here = (arg[0]:match("^(.*)/tools/[^/]*$") or ".")
local lua = "lua5.4"
local bin -- set in main: a snapshot of the checkout, see there

local function now()
  local p = io.popen("date +%s.%N")
  local t = tonumber(p:read("l"))
  p:close()
  return t
end

-- Starts the ingest in the background; returns its pid.
local function start_ingest(db, dir, log)
  local p = io.popen(fmt("%s %s --db %s ingest -q --no-progress %s > %s 2>&1 & echo $!",
    lua, q(bin), q(db), q(dir), q(log)))
  local pid = math.tointeger(tonumber(p:read("l")))
  p:close()
  return pid
end

local function alive(pid)
  -- kill -0 says yes for a zombie too; ps shows its state.
  local p = io.popen("ps -o stat= -p " .. pid .. " 2>/dev/null")
  local st = p:read("l")
  p:close()
  return st ~= nil and not st:find("^Z")
end

local function sleep(s) sh(fmt("sleep %.3f", s)) end

-- Waits for pid to end; gives up after `limit` seconds.
local function wait_for(pid, limit)
  local t0 = now()
  while alive(pid) do
    if now() - t0 > limit then return false end
    sleep(0.05)
  end
  return true
end

------------------------------------------------------------------------------
-- Checks.

-- The first column of the first row (queries here name it `n`).
local function one_value(db, sql)
  local v
  for row in db:rows(sql) do v = row.n end
  return v
end

local function counts(db)
  local c = {}
  for _, t in ipairs({ "articles", "reports", "evidence", "incidents", "incident_reports" }) do
    c[t] = one_value(db, "SELECT count(*) AS n FROM " .. t)
  end
  return c
end

local function per_article(db)
  local m = {}
  for row in db:rows("SELECT a.hash AS hash, count(r.id) AS n FROM articles a "
    .. "LEFT JOIN reports r ON r.article_id = a.id GROUP BY a.id") do
    m[row.hash] = row.n
  end
  return m
end

-- Returns a list of problems (empty when all is well) and the counts.
local function check(path, ref)
  local problems = {}
  local db, err = core.open(path, { readonly = true })
  if not db then return { "cannot open: " .. tostring(err) }, {} end
  local ic = {}
  for row in db:rows("PRAGMA integrity_check") do ic[#ic + 1] = row.integrity_check end
  if #ic ~= 1 or ic[1] ~= "ok" then
    problems[#problems + 1] = "integrity_check: " .. concat(ic, "; ")
  end
  for row in db:rows("PRAGMA foreign_key_check") do
    problems[#problems + 1] = "foreign key: " .. tostring(row.table)
  end
  local pa = per_article(db)
  local half = 0
  for h, n in pairs(pa) do
    if ref.per_article[h] == nil then
      problems[#problems + 1] = "article not in the reference: " .. h
    elseif ref.per_article[h] ~= n then
      half = half + 1
      if half <= 3 then
        problems[#problems + 1] = fmt("article %s has %d reports, reference %d", h, n,
          ref.per_article[h])
      end
    end
  end
  if half > 3 then problems[#problems + 1] = fmt("... %d half-stored articles", half) end
  local dup = one_value(db, "SELECT count(*) - count(DISTINCT hash) AS n FROM articles")
  if dup ~= 0 then problems[#problems + 1] = dup .. " duplicate articles" end
  -- A linked report is in one incident only; an incident has its reports.
  local empty = one_value(db, "SELECT count(*) AS n FROM incidents i WHERE NOT EXISTS "
    .. "(SELECT 1 FROM incident_reports l WHERE l.incident_id = i.id)")
  if empty ~= 0 then problems[#problems + 1] = empty .. " incidents without reports" end
  local c = counts(db)
  db:close()
  return problems, c
end

------------------------------------------------------------------------------
-- Main.

local tmp
do
  local p = io.popen("mktemp -d /tmp/incidents-torture.XXXXXX")
  tmp = p:read("l")
  p:close()
end
local corpus = tmp .. "/corpus"
print(fmt("torture: %d articles, >= %d kills, corpus seed %d, in %s", opts.articles,
  opts.kills, opts.seed, tmp))
generate(corpus, opts.articles, opts.seed)

-- Every run uses a snapshot of the code taken now: others may edit the
-- checkout during the test, and the reference must come from the same code.
if opts.bin then bin = opts.bin
else
  local app = tmp .. "/app"
  assert(sh(fmt("mkdir -p %s && cp -r %s %s %s %s/", q(app), q(here .. "/bin"),
    q(here .. "/lua"), q(here .. "/incidents"), q(app))), "cannot copy the checkout")
  bin = app .. "/bin/incidents"
end

-- The reference: one uninterrupted run.
local refdb = tmp .. "/ref.db"
local t0 = now()
local pid = start_ingest(refdb, corpus, tmp .. "/ref.log")
assert(wait_for(pid, 600), "reference ingest did not finish in 600 s")
local tref = now() - t0
local ref = { per_article = {} }
do
  local db = assert(core.open(refdb, { readonly = true }))
  ref.counts = counts(db)
  ref.per_article = per_article(db)
  db:close()
end
if ref.counts.articles ~= opts.articles then
  io.stderr:write(fmt("torture: the reference run stored %d of %d articles; log:\n",
    ref.counts.articles, opts.articles))
  sh("head -20 " .. q(tmp .. "/ref.log") .. " >&2")
  os.exit(1)
end
print(fmt("reference: %.1f s; articles %d, reports %d, evidence %d, incidents %d, links %d",
  tref, ref.counts.articles, ref.counts.reports, ref.counts.evidence, ref.counts.incidents,
  ref.counts.incident_reports))

local function same_counts(c)
  for k, v in pairs(ref.counts) do
    if c[k] ~= v then return false, fmt("%s %s, reference %s", k, tostring(c[k]), v) end
  end
  return true
end

-- Rounds: each starts from an empty database and is killed again and
-- again; a restart that finishes before its kill ends the round with the
-- count check.
local stats = { kills = 0, checks = 0, passed = 0, rounds = 0, completions = 0,
  completed_ok = 0, kill_ok = 0 }
local failures = {}
local master = opts.seed
local round_db
local function new_round()
  stats.rounds = stats.rounds + 1
  round_db = fmt("%s/round%02d.db", tmp, stats.rounds)
end
new_round()
local attempt = 0
local in_round = 0
print(fmt("%-6s %-6s %-12s %-9s %-9s %-9s %s", "kill", "round", "seed", "after s", "articles",
  "phase", "check"))

-- Runs the ingest to its end and compares with the reference.
local function finish_round(label, seed, t1)
  wait_for(pid, 600)
  stats.completions = stats.completions + 1
  local problems, c = check(round_db, ref)
  local ok, why = same_counts(c)
  stats.checks = stats.checks + 1
  if not ok then problems[#problems + 1] = "counts differ: " .. why end
  if #problems == 0 then
    stats.passed = stats.passed + 1
    stats.completed_ok = stats.completed_ok + 1
  end
  print(fmt("%-6s %-6d %-12s %-9.2f %-9s %-9s %s", label, stats.rounds, seed, now() - t1,
    tostring(c.articles), "end", #problems == 0 and "ok, counts = reference" or problems[1]))
  for _, p in ipairs(problems) do failures[#failures + 1] = fmt("round %d end: %s",
    stats.rounds, p) end
end

while stats.kills < opts.kills do
  attempt = attempt + 1
  local seed = master * 1000 + attempt
  randomseed(seed)
  local log = fmt("%s/run%03d.log", tmp, attempt)
  local t1 = now()
  if in_round >= opts.per_round then
    -- Enough kills in this round: let it finish, then start afresh.
    pid = start_ingest(round_db, corpus, log)
    finish_round("done", tostring(seed), t1)
    in_round = 0
    new_round()
  else
    -- Uniform over the reference run's length: startup, the middle of an
    -- article's transaction, and the final merge are all hit.
    local delay = 0.05 + random() * tref
    pid = start_ingest(round_db, corpus, log)
    local ended = false
    while now() - t1 < delay do
      if not alive(pid) then ended = true; break end
      local left = delay - (now() - t1)
      sleep(left > 0.05 and 0.05 or (left > 0.001 and left or 0.001))
    end
    if not ended and alive(pid) then
      sh("kill -9 " .. pid .. " 2>/dev/null")
      wait_for(pid, 10)
      local after = now() - t1
      stats.kills = stats.kills + 1
      in_round = in_round + 1
      local problems, c = check(round_db, ref)
      stats.checks = stats.checks + 1
      local phase = (c.articles or 0) < opts.articles and "articles" or "merge"
      stats[phase] = (stats[phase] or 0) + 1
      if #problems == 0 then
        stats.passed = stats.passed + 1
        stats.kill_ok = stats.kill_ok + 1
      end
      print(fmt("%-6d %-6d %-12d %-9.2f %-9s %-9s %s", stats.kills, stats.rounds, seed, after,
        tostring(c.articles), phase, #problems == 0 and "ok" or problems[1]))
      for _, p in ipairs(problems) do failures[#failures + 1] = fmt("kill %d (seed %d): %s",
        stats.kills, seed, p) end
    else
      -- It finished before its moment came: the round is over.
      finish_round("done", tostring(seed), t1)
      in_round = 0
      new_round()
    end
  end
end

-- The last round is finished without a kill and compared with the reference.
if in_round > 0 then
  local t1 = now()
  pid = start_ingest(round_db, corpus, tmp .. "/final.log")
  finish_round("final", "-", t1)
end

print("")
print("summary")
print(fmt("  %-34s %d", "articles per run", opts.articles))
print(fmt("  %-34s %d", "SIGKILLs", stats.kills))
print(fmt("  %-34s %d", "kills survived (checks ok)", stats.kill_ok))
print(fmt("  %-34s %d / %d", "kills while storing / merging", stats.articles or 0,
  stats.merge or 0))
print(fmt("  %-34s %d of %d", "completed runs = reference counts", stats.completed_ok,
  stats.completions))
print(fmt("  %-34s %d of %d", "checks passed", stats.passed, stats.checks))
print(fmt("  %-34s %d", "rounds (fresh databases)", stats.rounds))
print(fmt("  %-34s %.0f s", "time", now() - t0))
for _, f in ipairs(failures) do print("FAIL " .. f) end
if not opts.keep and #failures == 0 then sh("rm -rf " .. q(tmp)) end
os.exit(#failures == 0 and 0 or 1)
