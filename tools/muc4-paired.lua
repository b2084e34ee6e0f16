--- Paired judge of a MUC-4 selection change: the answers the knobs of
-- `--set` change against the shipped knobs, right and wrong, per set.
--
--     lua5.4 tools/muc4-paired.lua --set key.Role=value [--set ...] [--role ROLE]
--                                  [--data DIR] [--cv build/cv] [--sets dev,odd,even]
--
-- A change that retrains nothing (a rule at selection) is judged answer by
-- answer: every answer given with the change and not without it is a
-- gained answer, right or wrong; every answer given without it and not with
-- it a lost one. The change is worth it when it gains right answers and
-- loses wrong ones far more than the reverse (a sign test on the changed
-- answers: `wins` = gained right + lost wrong, `losses` = lost right +
-- gained wrong). Also prints micro F1 of each set both ways. Same sets as
-- the census (after `make muc4-cv`); test is never read.
-- @script muc4-paired

local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o, err = census.args(arg, { ["--set"] = "many", ["--role"] = "one", ["--list"] = "one" })
if not o then io.stderr:write("muc4-paired: ", err, "\n"); os.exit(2) end
local opts, bad = muc4.settings(o["--set"])
if not opts then io.stderr:write("muc4-paired: --set ", bad, "\n"); os.exit(2) end
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
for _, name in ipairs(o.sets) do
  local model, gold, docs, ids = census.set(name, o)
  local base = model.opts
  local new = {}
  for k, v in pairs(base) do new[k] = v end
  for k, v in pairs(opts) do
    if type(v) == "table" and type(base[k]) == "table" then
      local t = {}
      for r, x in pairs(base[k]) do t[r] = x end
      for r, x in pairs(v) do t[r] = x end
      new[k] = t
    else
      new[k] = v
    end
  end
  local c = { gr = 0, gw = 0, lr = 0, lw = 0 }
  local ga, gb, pa, pb, gn = 0, 0, 0, 0, 0
  local cases = {}
  for _, id in ipairs(ids) do
    local sc = muc4.scores(docs[id], model)
    local a, b = muc4.select(sc, model, base), muc4.select(sc, model, new)
    local ja, jb = judged(gold[id], a, sc, model), judged(gold[id], b, sc, model)
    for _, role in ipairs(ree.roles) do
      gn = gn + #(gold[id][role] or {})
    end
    for k, ok in pairs(ja) do
      pa = pa + 1
      if ok then ga = ga + 1 end
      if jb[k] == nil and (not only or k:find("^" .. only .. "\t")) then
        if ok then c.lr = c.lr + 1 else c.lw = c.lw + 1 end
        cases[#cases + 1] = "  - " .. (ok and "right " or "wrong ") .. id .. " " .. k
      end
    end
    for k, ok in pairs(jb) do
      pb = pb + 1
      if ok then gb = gb + 1 end
      if ja[k] == nil and (not only or k:find("^" .. only .. "\t")) then
        if ok then c.gr = c.gr + 1 else c.gw = c.gw + 1 end
        cases[#cases + 1] = "  + " .. (ok and "right " or "wrong ") .. id .. " " .. k
      end
    end
  end
  local fa, fb = 200 * ga / (pa + gn), 200 * gb / (pb + gn)
  print(string.format("%s: F1 %.2f -> %.2f; gained %d right %d wrong, lost %d right %d wrong",
    name, fa, fb, c.gr, c.gw, c.lr, c.lw))
  if o["--list"] then print(table.concat(cases, "\n")) end
  W, L = W + c.gr + c.lw, L + c.lr + c.gw
end
print(string.format("all: %d wins, %d losses, sign test p = %.4f", W, L, sign_p(W, L)))
