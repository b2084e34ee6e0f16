--- Paired judge of a MUC-4 change that retrains nothing: the answers the
-- knobs of `--set` change against the shipped knobs, right and wrong, per
-- set (selection knobs, and rules that change the candidates, such as the
-- name grammar's `more_first`, scored with the shipped weights).
--
--     lua5.4 tools/muc4-paired.lua --set key.Role=value [--set ...] [--role ROLE]
--                                  [--base key.Role=value ...]
--                                  [--data DIR] [--cv build/cv] [--sets dev,odd,even]
--                                  [--engine PREFIX --close-unless NAME --close-gate G]
--
-- `--base` moves the knobs of both sides, so that a change is judged
-- against the answers before a later one (round 7b's table: its rules
-- against round 7's answers, with its two kept rules off).
--
-- A change that retrains nothing (a rule at selection) is judged answer by
-- answer: every answer given with the change and not without it is a
-- gained answer, right or wrong; every answer given without it and not with
-- it a lost one. The change is worth it when it gains right answers and
-- loses wrong ones far more than the reverse (a sign test on the changed
-- answers: `wins` = gained right + lost wrong, `losses` = lost right +
-- gained wrong), and with a paired bootstrap over the stories, which weighs
-- a gained right answer against a gained wrong one as F1 does. Also prints
-- micro F1 of each set both ways. Same sets as the census (after `make
-- muc4-cv`); test is never read.
-- @script muc4-paired

local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o = census.cli("muc4-paired", arg, { ["--set"] = "many", ["--role"] = "one",
  ["--list"] = "one", ["--base"] = "many", ["--engine"] = "one", ["--close-unless"] = "one",
  ["--close-gate"] = "one", ["--date"] = "one", ["--close-if"] = "one" }, { "--base", "--set" })

-- Round 12's probe: the changed side also closes every story whose gate is
-- below `--close-gate` and whose engine reports (`--engine PREFIX`: the
-- dumps PREFIX-train.jsonl and PREFIX-dev.jsonl of
-- tools/muc4-engine-dump.lua) lack the `incidents.muc4.engine` value named
-- by `--close-unless` ("task", "civilian", "attacks", ...), or that hold
-- the one named by `--close-if` ("forces_only", "all_old"); `--date 1`
-- dates them by the dump's datelines. Exact for a rule that only closes
-- stories (it frees no answer for another candidate).
local close_unless
if o["--engine"] then
  local cjson, engine = require "cjson", require "incidents.muc4.engine"
  local flag, gate = o["--close-if"] or o["--close-unless"] or "task",
    tonumber(o["--close-gate"] or "1")
  local want = o["--close-if"] and true or false
  local has = {}
  for _, split in ipairs({ "train", "dev" }) do
    for line in assert(io.open(o["--engine"] .. "-" .. split .. ".jsonl")):lines() do
      if line:find("%S") then
        local r = cjson.decode(line)
        local reps = type(r.reports) == "table" and r.reports or {}
        local d = o["--date"] == "1" and type(r.dateline) == "string" and r.dateline or nil
        has[r.docid] = (engine.values(reps, d)[flag] or 0) > 0
      end
    end
  end
  close_unless = function(id, sc)
    return has[id] ~= nil and has[id] == want and sc.gate and sc.gate < gate
  end
end
local base, opts = o.knobs["--base"], o.knobs["--set"]
-- the changed side: the base's knobs, then those of --set
local both = {}
for k, v in pairs(base) do
  if type(v) == "table" then
    both[k] = {}
    for r, x in pairs(v) do both[k][r] = x end
  else
    both[k] = v
  end
end
for k, v in pairs(opts) do
  if type(v) == "table" and type(both[k]) == "table" then
    for r, x in pairs(v) do both[k][r] = x end
  else
    both[k] = v
  end
end
local only = o["--role"]

-- Whether each answer of a document is right: `{[role .. "\t" .. key] = ok}`.
local function judged(gold, pred, sc, model)
  local got = census.document(gold, pred, { candidates = sc.list, group_of = model.group_of })
  local t = {}
  for _, c in ipairs(got) do
    if c.class == "ok" or c.class:find("^fp%.") then
      t[c.role .. "\t" .. ree.normalize(c.text)] = c.class == "ok"
    end
  end
  return t
end

-- The sign test's two-sided p for `w` wins against `l` losses.
local function sign_p(w, l)
  local n, k = w + l, math.min(w, l)
  if n == 0 then return 1 end
  local p, c = 0, 1
  for i = 0, k do
    if i > 0 then c = c * (n - i + 1) / i end
    p = p + c
  end
  p = 2 * p / 2 ^ n
  return p > 1 and 1 or p
end

local W, L = 0, 0
local per_set = {} -- per set, per story: {right a, answers a, right b, answers b, gold}
for _, name in ipairs(o.sets) do
  local rows = {}
  per_set[#per_set + 1] = rows
  local model, gold, docs, ids = census.set(name, o, base)
  -- the knobs may change the candidates too (the name grammar's), so the
  -- changed side is a model of its own, scoring the stories again
  local model_b = census.set(name, o, both)
  local c = { gr = 0, gw = 0, lr = 0, lw = 0 }
  local ga, gb, pa, pb, gn = 0, 0, 0, 0, 0
  local cases = {}
  for _, id in ipairs(ids) do
    local sc, sc_b = muc4.scores(docs[id], model), muc4.scores(docs[id], model_b)
    local a, b = muc4.select(sc, model), muc4.select(sc_b, model_b)
    if close_unless and close_unless(id, sc_b) then
      b = {}
      for _, role in ipairs(ree.roles) do b[role] = {} end
    end
    local ja, jb = judged(gold[id], a, sc, model), judged(gold[id], b, sc_b, model_b)
    local row = { 0, 0, 0, 0, 0 }
    rows[#rows + 1] = row
    for _, role in ipairs(ree.roles) do
      gn = gn + #(gold[id][role] or {})
      row[5] = row[5] + #(gold[id][role] or {})
    end
    -- the answers of one side: counted, and those the other side lacks
    -- listed as lost ("-") or gained ("+")
    local function side(mine, other, sign, right_key, wrong_key)
      local right, n = 0, 0
      for k, ok in pairs(mine) do
        n = n + 1
        if ok then right = right + 1 end
        if other[k] == nil and (not only or k:find("^" .. only .. "\t")) then
          if ok then c[right_key] = c[right_key] + 1 else c[wrong_key] = c[wrong_key] + 1 end
          cases[#cases + 1] = "  " .. sign .. " " .. (ok and "right " or "wrong ") .. id .. " " .. k
        end
      end
      return right, n
    end
    local ra, na = side(ja, jb, "-", "lr", "lw")
    local rb, nb = side(jb, ja, "+", "gr", "gw")
    row[1], row[2], row[3], row[4] = row[1] + ra, row[2] + na, row[3] + rb, row[4] + nb
    ga, pa, gb, pb = ga + ra, pa + na, gb + rb, pb + nb
  end
  local fa, fb = 200 * ga / (pa + gn), 200 * gb / (pb + gn)
  print(string.format("%s: F1 %.2f -> %.2f; gained %d right %d wrong, lost %d right %d wrong",
    name, fa, fb, c.gr, c.gw, c.lr, c.lw))
  if o["--list"] then print(table.concat(cases, "\n")) end
  W, L = W + c.gr + c.lw, L + c.lr + c.gw
end
print(string.format("all: %d wins, %d losses, sign test p = %.4f", W, L, sign_p(W, L)))

-- A change that adds answers gains right ones at the price of wrong ones,
-- which a count of wins cannot weigh; the paired bootstrap weighs them as
-- F1 does: the stories of each set drawn again with replacement (1,000
-- times, fixed seed), the change's gain on the mean micro F1 of the sets
-- each time, and the share of draws where it is not above zero.
local function f1(r, p, g) return (p + g) > 0 and 200 * r / (p + g) or 0 end
local function mean_gain(draw)
  local sum = 0
  for k, rows in ipairs(per_set) do
    local t = { 0, 0, 0, 0, 0 }
    for j = 1, #rows do
      local row = rows[draw and draw(k, #rows) or j]
      for x = 1, 5 do t[x] = t[x] + row[x] end
    end
    sum = sum + f1(t[3], t[4], t[5]) - f1(t[1], t[2], t[5])
  end
  return sum / #per_set
end
math.randomseed(7)
local not_above, n = 0, 1000
for _ = 1, n do
  if mean_gain(function(_, m) return math.random(m) end) <= 0 then not_above = not_above + 1 end
end
print(string.format("mean F1 gain %+.2f; paired bootstrap: not above zero in %d of %d draws",
  mean_gain(), not_above, n))
