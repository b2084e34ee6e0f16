--- Round 12's gate experiments: what the engine's own reports and a
-- non-linear learner add to the MUC-4 story gate, measured by AUC (and by
-- the rate of empty keys per engine feature on train).
--
--     lua5.4 tools/muc4-gate.lua --dump-eval [--data DIR] [--cv build/cv] [--dir build/r12]
--     lua5.4 tools/muc4-gate.lua [--dir build/r12] [--engine engc] [--date 0|1]
--
-- Reads, in `--dir`: the gate's training rows that
-- `tools/build-muc4-weights.lua --dump-gate` writes (`gate-full.jsonl` for
-- the shipped model, `gate-even.jsonl` and `gate-odd.jsonl` for the models
-- of each train half: cross-fitted, as the shipped gate learns), the rows
-- of the scored stories that `--dump-eval` writes (`eval-dev.jsonl` with the
-- shipped weights, `eval-odd.jsonl` with the even half's, `eval-even.jsonl`
-- with the odd half's: the census sets), and the engine's reports
-- (`<engine>-train.jsonl`, `<engine>-dev.jsonl`, from
-- `tools/muc4-engine-dump.lua`; `--date 1` tells recency against the
-- stories' datelines the dump was given). Test is never read.
-- Every gate is learned on the rows of the model that scores the set (all
-- of train for dev, the other half for a half) and judged on the set.
-- @script muc4-gate

local cjson = require "cjson"
local spans = require "incidents.muc4.spans"
local engine = require "incidents.muc4.engine"
local boost = require "incidents.muc4.boost"

local DIR, DATA, CV, ENGINE, DUMP, USE_DATE = "build/r12", "../shared/data/muc4", "build/cv",
  "engc", false, false
local i = 1
while i <= #arg do
  local a, v = arg[i], arg[i + 1]
  if a == "--dir" then DIR = v
  elseif a == "--data" then DATA = v
  elseif a == "--cv" then CV = v
  elseif a == "--engine" then ENGINE = v
  elseif a == "--date" then USE_DATE = v == "1"
  elseif a == "--dump-eval" then DUMP = true; i = i - 1
  else
    io.stderr:write("muc4-gate: unknown argument ", a, "\n")
    os.exit(2)
  end
  i = i + 2
end
local ROLES = spans.roles

local function read_jsonl(path)
  local rows = {}
  for line in assert(io.open(path)):lines() do
    if line:find("%S") then rows[#rows + 1] = cjson.decode(line) end
  end
  return rows
end

if DUMP then
  -- The scored side: each census set's stories with the model that scores
  -- it, the same inputs of `spans.doc_feats` as the gate sees.
  local census = require "incidents.muc4.census"
  local muc4 = require "incidents.muc4"
  for _, name in ipairs({ "dev", "odd", "even" }) do
    local model, gold, docs, ids = census.set(name, { data = DATA, cv = CV })
    local f = assert(io.open(DIR .. "/eval-" .. name .. ".jsonl", "w"))
    for _, id in ipairs(ids) do
      local sc = muc4.scores(docs[id], model)
      local any = 0
      for _, role in ipairs(ROLES) do
        if #(gold[id][role] or {}) > 0 then any = 1 end
      end
      local b, n = {}, {}
      for _, role in ipairs(ROLES) do b[role], n[role] = sc.best[role] or 0, sc.good[role] or 0 end
      f:write(cjson.encode({ docid = id, y = { any }, best = b, good = n, rel = sc.rel,
        ntrig = sc.ntrig or 0, gate = sc.gate }), "\n")
    end
    f:close()
    io.stderr:write(("muc4-gate: %s, %d stories\n"):format(name, #ids))
  end
  os.exit(0)
end

-- The engine's reports per story, and the story's date when asked.
local reports, story_date = {}, {}
for _, split in ipairs({ "train", "dev" }) do
  for _, o in ipairs(read_jsonl(DIR .. "/" .. ENGINE .. "-" .. split .. ".jsonl")) do
    reports[o.docid] = type(o.reports) == "table" and o.reports or {}
    if USE_DATE and type(o.dateline) == "string" then story_date[o.docid] = o.dateline end
  end
end
local function evalues(id)
  return engine.values(reports[id] or {}, story_date[id])
end

-- The gate's numeric inputs, before `spans.doc_feats` bins them.
local function raw(row)
  local x, top, sum = {}, 0, 0
  for _, role in ipairs(ROLES) do
    local p = row.best[role] or 0
    x["best." .. role] = p
    x["good." .. role] = row.good[role] or 0
    if p > top then top = p end
    sum = sum + p
  end
  x.top, x.sum, x.rel, x.ntrig = top, sum, row.rel or 0, row.ntrig or 0
  return x
end
local RAW_NAMES = {}
for _, role in ipairs(ROLES) do
  RAW_NAMES[#RAW_NAMES + 1] = "best." .. role
  RAW_NAMES[#RAW_NAMES + 1] = "good." .. role
end
for _, k in ipairs({ "top", "sum", "rel", "ntrig" }) do RAW_NAMES[#RAW_NAMES + 1] = k end
local ENG_NAMES = {}
for _, k in ipairs(engine.names) do ENG_NAMES[#ENG_NAMES + 1] = "e." .. k end

-- The shipped gate's learner (tools/build-muc4-weights.lua: AdaGrad, ten
-- rounds, the index order shuffled from seed 4), for one label.
local function fit_logistic(xs, ys)
  local w, g2, order = {}, {}, {}
  for k = 1, #xs do order[k] = k end
  math.randomseed(4)
  for _ = 1, 10 do
    for k = #order, 2, -1 do
      local j = math.random(k)
      order[k], order[j] = order[j], order[k]
    end
    for _, ex in ipairs(order) do
      local fs = xs[ex]
      local z = 0
      for _, f in ipairs(fs) do z = z + (w[f] or 0) end
      local g = 1 / (1 + math.exp(-z)) - ys[ex]
      for _, f in ipairs(fs) do
        local wf = w[f] or 0
        local gf = g + 1e-3 * wf
        local acc = (g2[f] or 1e-8) + gf * gf
        g2[f] = acc
        w[f] = wf - 0.05 * gf / math.sqrt(acc)
      end
    end
  end
  return w
end

local function doc_feats(row, with_engine)
  local fl = spans.doc_feats(row.best, row.good, row.rel, row.ntrig)
  if with_engine then
    for _, f in ipairs(engine.feats(evalues(row.docid))) do fl[#fl + 1] = f end
  end
  return fl
end

local function numeric(row, with_engine)
  local x = raw(row)
  if with_engine then
    for k, v in pairs(evalues(row.docid)) do x["e." .. k] = v end
  end
  return x
end

-- name -> { train rows, scored rows }
local SETS = {
  { "dev", "gate-full", "eval-dev" },
  { "odd", "gate-even", "eval-odd" },
  { "even", "gate-odd", "eval-even" },
}
local data = {}
for _, s in ipairs(SETS) do
  data[s[1]] = { train = read_jsonl(DIR .. "/" .. s[2] .. ".jsonl"),
    scored = read_jsonl(DIR .. "/" .. s[3] .. ".jsonl") }
end

-- 1. The engine's features on train: the share of empty keys among the
-- stories with and without each.
do
  local rows = data.dev.train
  local flags = { "attacks>=1", "attacks>=2", "plots", "nine", "other_only", "share_other>=.5",
    "recent", "old", "all_old", "old_year", "civilian", "forces_only", "killed>=1",
    "killed>=10", "perpetrator", "claimed", "task", "reports=0" }
  local test = {
    ["attacks>=1"] = function(v) return v.attacks >= 1 end,
    ["attacks>=2"] = function(v) return v.attacks >= 2 end,
    plots = function(v) return v.plots >= 1 end,
    nine = function(v) return v.nine == 1 end,
    other_only = function(v) return v.other_country > 0 and v.nine == 0 end,
    ["share_other>=.5"] = function(v) return v.share_other >= 0.5 end,
    recent = function(v) return v.recent == 1 end,
    old = function(v) return v.old >= 1 end,
    all_old = function(v) return v.all_old == 1 end,
    old_year = function(v) return v.old_year == 1 end,
    civilian = function(v) return v.civilian == 1 end,
    forces_only = function(v) return v.forces_only == 1 end,
    ["killed>=1"] = function(v) return v.killed >= 1 end,
    ["killed>=10"] = function(v) return v.killed >= 10 end,
    perpetrator = function(v) return v.perpetrator == 1 end,
    claimed = function(v) return v.claimed == 1 end,
    task = function(v) return v.task == 1 end,
    ["reports=0"] = function(v) return v.reports == 0 end,
  }
  print(("engine %s%s, train (%d stories): empty keys with / without each feature"):format(
    ENGINE, USE_DATE and ", dated by the dateline" or "", #rows))
  print("| feature | stories with | empty with | stories without | empty without |"
    .. " gate open: with | empty | without | empty |")
  print("|---|---|---|---|---|---|---|---|---|")
  for _, name in ipairs(flags) do
    local nw, ew, nn, en = 0, 0, 0, 0
    for _, row in ipairs(rows) do
      local v = evalues(row.docid)
      local empty = row.y[1] == 0 and 1 or 0
      if test[name](v) then nw, ew = nw + 1, ew + empty else nn, en = nn + 1, en + empty end
    end
    -- the same among the train stories the shipped gate keeps open (each
    -- half as scored by the other half's model, gate 0.3 or more): what
    -- the feature says beyond the gate
    local ow, oew, on, oen = 0, 0, 0, 0
    for _, set in ipairs({ "odd", "even" }) do
      for _, row in ipairs(data[set].scored) do
        if row.gate >= 0.3 then
          local empty = row.y[1] == 0 and 1 or 0
          if test[name](evalues(row.docid)) then ow, oew = ow + 1, oew + empty
          else on, oen = on + 1, oen + empty end
        end
      end
    end
    print(("| %s | %d | %.1f%% | %d | %.1f%% | %d | %.1f%% | %d | %.1f%% |"):format(name, nw,
      nw > 0 and 100 * ew / nw or 0, nn, nn > 0 and 100 * en / nn or 0, ow,
      ow > 0 and 100 * oew / ow or 0, on, on > 0 and 100 * oen / on or 0))
  end
  print()
end

-- 2. Gates, judged by AUC on each scored set.
local function labels(rows)
  local ys = {}
  for k, row in ipairs(rows) do ys[k] = row.y[1] end
  return ys
end

-- Boosted trees with their number of rounds chosen by five-fold
-- cross-validation on the training rows alone (the AUC of the held-out
-- folds, pooled).
local function fit_trees(rows, ys, names, with_engine, depth)
  local xs = {}
  for k, row in ipairs(rows) do xs[k] = numeric(row, with_engine) end
  local grid = { 25, 50, 100, 200, 400 }
  local best, best_auc = grid[1], -1
  local oof = {}
  for _, r in ipairs(grid) do oof[r] = {} end
  for fold = 1, 5 do
    local tx, ty = {}, {}
    for k = 1, #xs do
      if k % 5 + 1 ~= fold then tx[#tx + 1] = xs[k]; ty[#ty + 1] = ys[k] end
    end
    local m = boost.fit(tx, ty, names, { rounds = grid[#grid], depth = depth, rate = 0.05 })
    for k = 1, #xs do
      if k % 5 + 1 == fold then
        local z, t = m.base, 0
        for _, r in ipairs(grid) do
          while t < r do
            t = t + 1
            z = z + boost.margin({ base = 0, trees = { m.trees[t] } }, xs[k])
          end
          oof[r][k] = z
        end
      end
    end
  end
  for _, r in ipairs(grid) do
    local a = boost.auc(oof[r], ys)
    if a > best_auc then best, best_auc = r, a end
  end
  local m = boost.fit(xs, ys, names, { rounds = best, depth = depth, rate = 0.05 })
  return m, best, best_auc
end

local ENGINE_ALL = {}
for _, k in ipairs(RAW_NAMES) do ENGINE_ALL[#ENGINE_ALL + 1] = k end
for _, k in ipairs(ENG_NAMES) do ENGINE_ALL[#ENGINE_ALL + 1] = k end

print(("gate AUC (label: the key holds any filler); engine %s%s"):format(ENGINE,
  USE_DATE and ", dated" or ""))
print("| gate | dev | odd | even | mean | draws where dev / odd / even beat the shipped gate |")
print("|---|---|---|---|---|---|")
-- The stories of a set drawn again 1,000 times (fixed seed): in how many
-- draws a gate's AUC is above the shipped gate's on the same draw.
local function beats(sc, base, ys)
  math.randomseed(12)
  local n, wins = #ys, 0
  for _ = 1, 1000 do
    local a, b, y = {}, {}, {}
    for k = 1, n do
      local j = math.random(n)
      a[k], b[k], y[k] = sc[j], base[j], ys[j]
    end
    if boost.auc(a, y) > boost.auc(b, y) then wins = wins + 1 end
  end
  return wins
end
local shipped = {}
local function row_of(label, f)
  local a, w = {}, {}
  for _, s in ipairs(SETS) do
    local d = data[s[1]]
    local sc, ys = f(d), labels(d.scored)
    a[#a + 1] = boost.auc(sc, ys)
    if not shipped[s[1]] then
      shipped[s[1]] = sc
      w[#w + 1] = "-"
    else
      w[#w + 1] = tostring(beats(sc, shipped[s[1]], ys))
    end
  end
  print(("| %s | %.4f | %.4f | %.4f | %.4f | %s |"):format(label, a[1], a[2], a[3],
    (a[1] + a[2] + a[3]) / 3, table.concat(w, " / ")))
end
row_of("shipped gate (its probabilities as scored)", function(d)
  local sc = {}
  for k, row in ipairs(d.scored) do sc[k] = row.gate end
  return sc
end)
for _, with_engine in ipairs({ false, true }) do
  row_of("logistic, doc_feats" .. (with_engine and " + engine" or " (refit)"), function(d)
    local xs = {}
    for k, row in ipairs(d.train) do xs[k] = doc_feats(row, with_engine) end
    local w = fit_logistic(xs, labels(d.train))
    local sc = {}
    for k, row in ipairs(d.scored) do sc[k] = spans.prob(w, doc_feats(row, with_engine)) end
    return sc
  end)
end
local chosen = {}
for _, depth in ipairs({ 1, 2 }) do
  for _, with_engine in ipairs({ false, true }) do
    local label = (depth == 1 and "stumps" or "depth-2 trees") .. ", raw inputs"
      .. (with_engine and " + engine" or "")
    row_of(label, function(d)
      local m, r, cv = fit_trees(d.train, labels(d.train),
        with_engine and ENGINE_ALL or RAW_NAMES, with_engine, depth)
      chosen[#chosen + 1] = ("%s: %d rounds (train CV AUC %.4f)"):format(label, r, cv)
      local sc = {}
      for k, row in ipairs(d.scored) do sc[k] = boost.margin(m, numeric(row, with_engine)) end
      return sc
    end)
  end
end
-- A factor on the logistic gate: trees that start from its log-odds and
-- learn a correction from the raw inputs and the engine's features.
local function logit(p)
  p = math.min(math.max(p, 1e-6), 1 - 1e-6)
  return math.log(p / (1 - p))
end
for _, depth in ipairs({ 1, 2 }) do
  local label = "logistic + " .. (depth == 1 and "stumps" or "depth-2 trees")
    .. " on its log-odds, raw inputs + engine, 50 rounds"
  row_of(label, function(d)
    local xs = {}
    for k, row in ipairs(d.train) do xs[k] = doc_feats(row, false) end
    local w = fit_logistic(xs, labels(d.train))
    local nx, off = {}, {}
    for k, row in ipairs(d.train) do
      nx[k] = numeric(row, true)
      off[k] = logit(spans.prob(w, xs[k]))
    end
    local m = boost.fit(nx, labels(d.train), ENGINE_ALL, { rounds = 50, depth = depth,
      rate = 0.05, offset = off })
    local sc = {}
    for k, row in ipairs(d.scored) do
      sc[k] = logit(spans.prob(w, doc_feats(row, false))) + boost.margin(m, numeric(row, true))
    end
    return sc
  end)
end
-- The same five folds for the logistic gate, to compare the learners on
-- the rows they learn from (cross-fitted, as the gate learns) with the
-- scored stories (the full model's probabilities).
for _, with_engine in ipairs({ false, true }) do
  for _, s in ipairs(SETS) do
    local rows = data[s[1]].train
    local ys, oof = labels(rows), {}
    for fold = 1, 5 do
      local xs, ty = {}, {}
      for k, row in ipairs(rows) do
        if k % 5 + 1 ~= fold then xs[#xs + 1] = doc_feats(row, with_engine); ty[#ty + 1] = ys[k] end
      end
      local w = fit_logistic(xs, ty)
      for k, row in ipairs(rows) do
        if k % 5 + 1 == fold then oof[k] = spans.prob(w, doc_feats(row, with_engine)) end
      end
    end
    chosen[#chosen + 1] = ("logistic%s, model of %s: train CV AUC %.4f"):format(
      with_engine and " + engine" or "", s[1], boost.auc(oof, ys))
  end
end
print()
for _, c in ipairs(chosen) do print(c) end
