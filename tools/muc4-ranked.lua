--- Why the MUC-4 chooser passed over a gold entity it had a candidate for.
--
--     lua5.4 tools/muc4-ranked.lua [--data DIR] [--cv build/cv] [--sets dev,odd,even]
--
-- The census (`tools/muc4-errors.lua`) counts as `miss.ranked` a gold
-- entity of an open story that a candidate phrase equal to one of its
-- mentions was there for, but no answer took. This splits those by where
-- the candidate stopped: the role model gave it almost nothing (`scorer`:
-- probability under 0.05), its score stayed under the role's thresholds
-- (`threshold`), it was the role's best but the role answered nothing
-- (`role_closed`), or it passed the thresholds and the role answered
-- others (`passed_over`: folded into another answer, under the second
-- threshold, or past the cap). Same sets as the census (after `make
-- muc4-cv`); test is never read.
-- @script muc4-ranked

local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o = census.cli("muc4-ranked", arg)

local CLASSES = { "scorer", "threshold", "role_closed", "passed_over" }

-- The class of one missed gold entity `ent` of `role`, or nil when no
-- candidate equals one of its mentions.
local function classify(sc, out, cands, role, ent)
  local ms = {}
  for _, m in ipairs(ent) do ms[ree.normalize(m)] = true end
  local best
  for k, c in ipairs(sc.list) do
    if ms[c.key] and (not best or sc.probs[k][role] > sc.probs[best][role]) then best = k end
  end
  if not best then return nil end
  local c = sc.list[best]
  for _, x in ipairs(cands[role]) do
    if x.c == c then return #out[role] == 0 and "role_closed" or "passed_over" end
  end
  return sc.probs[best][role] < 0.05 and "scorer" or "threshold"
end

local function run(name, total)
  local model, gold, docs, ids = census.set(name, o)
  local tally = {}
  for _, id in ipairs(ids) do
    local sc = muc4.scores(docs[id], model)
    if not (sc.gate and sc.gate < model.opts.gate_min) then
      local out, cands = muc4.select(sc, model)
      for _, role in ipairs(ree.roles) do
        local got = {}
        for _, e in ipairs(out[role]) do got[ree.normalize(e[1])] = true end
        for _, ent in ipairs(gold[id][role] or {}) do
          local hit = false
          for _, m in ipairs(ent) do hit = hit or got[ree.normalize(m)] or false end
          local cl = not hit and classify(sc, out, cands, role, ent)
          if cl then
            for _, key in ipairs({ role .. " " .. cl, "all " .. cl }) do
              tally[key] = (tally[key] or 0) + 1
              total[key] = (total[key] or 0) + 1
            end
          end
        end
      end
    end
  end
  return tally
end

local function print_table(title, tally)
  print("### " .. title .. "\n")
  print("| class | " .. table.concat(ree.roles, " | ") .. " | all |")
  print("|---|---|---|---|---|---|---|")
  for _, cl in ipairs(CLASSES) do
    local row = { cl }
    for _, role in ipairs(ree.roles) do row[#row + 1] = tostring(tally[role .. " " .. cl] or 0) end
    row[#row + 1] = tostring(tally["all " .. cl] or 0)
    print("| " .. table.concat(row, " | ") .. " |")
  end
  print()
end

local total = {}
for _, name in ipairs(o.sets) do
  print_table(name, run(name, total))
end
print_table("all", total)
