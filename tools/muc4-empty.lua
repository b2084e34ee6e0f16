--- The census of round 8: the MUC-4 stories whose key is empty but which
-- get answers, sorted by the relevance cues a reader finds in them.
--
--     lua5.4 tools/muc4-empty.lua [--data DIR] [--cv build/cv] [--sets dev,odd,even]
--                                 [--set key.Role=value ...] [--list N]
--
-- Same sets and answers as the census (`tools/muc4-errors.lua`, after `make
-- muc4-cv`); `--set combatant_gate=false` gives the answers before round
-- 8's rule. Each story is put in the first class that fits:
--
-- 1. `combatants`: `muc4.only_combatants` holds (its clauses of harm tell
--    only soldiers, police or guerrillas as the ones hit);
-- 2. `no deed`: no sentence has a past-tense verb of a deed ("killed",
--    "attacked", "dynamited"): statements, talks, communiques, plans;
-- 3. `arrests`: a sentence with such a verb also has a word of arrest,
--    trial or extradition;
-- 4. `deed`: the rest, stories that tell a deed the key leaves out (older
--    crimes, outside the nine countries, civilians, combatants the test of
--    class 1 misses).
--
-- Prints a table row per class: stories (wrong answers) per set. With
-- `--list N` also each story's class, id, answers and its first N bytes.
-- Test is never read.
-- @script muc4-empty

local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o = census.cli("muc4-empty", arg, { ["--set"] = "many", ["--list"] = "one" },
  { "--set" })
local opts = o.knobs["--set"]
local list = tonumber(o["--list"])

local function set_of(s)
  local t = {}
  for w in s:gmatch("%S+") do t[w] = true end
  return t
end
local DEED = set_of("killed murdered wounded injured kidnapped abducted attacked ambushed "
  .. "dynamited destroyed damaged burned bombed blew exploded shot machinegunned massacred "
  .. "assassinated strafed died raided stormed sabotaged torched detonated hurled fired opened")
local LAW = set_of("extradition extradited extradite arrested arrest trial sentenced accused "
  .. "charged investigation suspects detained captured pardoned")

local CLASSES = { "combatants", "no deed", "arrests", "deed" }

-- The class of a story's text.
local function class_of(text, model)
  if muc4.only_combatants(text, model) then return "combatants" end
  local deed, law = false, false
  for s in (text:lower() .. " "):gmatch("(.-[%.!?][\"')]*)%s") do
    local d, l = false, false
    for w in s:gmatch("%a[%a%-]*") do
      if DEED[w] then d = true end
      if LAW[w] then l = true end
    end
    if d then deed = true; law = law or l end
  end
  if not deed then return "no deed" end
  return law and "arrests" or "deed"
end

local function empty(g)
  for _, r in ipairs(ree.roles) do
    if #(g[r] or {}) > 0 then return false end
  end
  return true
end

local tally = {}
for _, c in ipairs(CLASSES) do tally[c] = {} end
for _, name in ipairs(o.sets) do
  local model, gold, docs, ids = census.set(name, o, opts)
  for _, c in ipairs(CLASSES) do tally[c][name] = { 0, 0 } end
  for _, id in ipairs(ids) do
    if empty(gold[id]) then
      local a = muc4.select(muc4.scores(docs[id], model), model)
      local ans = {}
      for _, r in ipairs(ree.roles) do
        for _, e in ipairs(a[r] or {}) do ans[#ans + 1] = r .. ":" .. e[1] end
      end
      if #ans > 0 then
        local c = class_of(docs[id], model)
        local t = tally[c][name]
        t[1], t[2] = t[1] + 1, t[2] + #ans
        if list then
          print(c .. " | " .. name .. " " .. id .. " | " .. table.concat(ans, "; "))
          print("    " .. docs[id]:sub(1, list))
        end
      end
    end
  end
end
print("| class | " .. table.concat(o.sets, " | ") .. " | all |")
print("|---" .. ("|---"):rep(#o.sets + 1) .. "|")
for _, c in ipairs(CLASSES) do
  local row, n, w = { c }, 0, 0
  for _, name in ipairs(o.sets) do
    local t = tally[c][name]
    row[#row + 1] = ("%d (%d)"):format(t[1], t[2])
    n, w = n + t[1], w + t[2]
  end
  row[#row + 1] = ("%d (%d)"):format(n, w)
  print("| " .. table.concat(row, " | ") .. " |")
end
