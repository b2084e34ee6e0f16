--- What sets apart the gold candidates the MUC-4 role models never score.
--
--     lua5.4 tools/muc4-contrast.lua [--data DIR] [--cv build/cv] [--sets dev,odd,even]
--
-- Scores the same three sets as `tools/muc4-ranked.lua` (dev with the
-- shipped weights, each train half with the lexicon and weights learned on
-- the other half; after `make muc4-cv`) and, in the stories the gate keeps
-- open, sorts the candidates of each role into three groups: gold
-- candidates (equal to a mention of a gold entity of the role) that the
-- role model gives under 0.05 (`gold<0.05`), gold candidates it gives 0.2
-- or more (`gold>=0.2`), and other candidates it gives 0.2 or more
-- (`wrong>=0.2`, the pool the wrong answers come from). For each group it
-- prints how many and the share that has each of a few properties, read
-- from the candidate's features: proposed once only (one mention, found by
-- one means), a phrase or head train never saw, told in a sentence with an
-- incident word, first told in the first three sentences or after the
-- ninth, a name of the name grammar, a kill or incident word within four
-- words, and a story the relevance model doubts (under 0.5). A property
-- the first group has far more or far less often than the other two is a
-- lead for a feature; one it shares with the wrong answers is not. Test is
-- never read.
-- @script muc4-contrast

local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o = census.cli("muc4-contrast", arg)

local GROUPS = { "gold<0.05", "gold>=0.2", "wrong>=0.2" }

-- Each property: its name in the table, and a test over the feature set.
local function any_prefix(fs, prefix)
  for f in pairs(fs) do
    if f:sub(1, #prefix) == prefix then return true end
  end
  return false
end
local PROPS = {
  { "proposed once (cnt=1)", function(fs) return fs["cnt=1"] end },
  { "phrase new to train", function(fs) return fs["lx=new"] end },
  { "head new to train", function(fs) return fs["hx=new"] end },
  { "incident sentence", function(fs) return fs["trig"] end },
  { "first told in sentences 1-3", function(fs)
    return fs["sent=1"] or fs["sent=2"] or fs["sent=3"] end },
  { "first told after sentence 9", function(fs) return fs["sent=10"] end },
  { "a name", function(fs) return any_prefix(fs, "tag=name") end },
  { "kill word within 4 words", function(fs) return fs["bc=kill"] or fs["ac=kill"] end },
  { "incident word within 4 words", function(fs)
    return fs["bc=incident"] or fs["ac=incident"] end },
  { "relevance under 0.5", function(fs)
    for k = 0, 4 do if fs["rel=" .. k] then return true end end
    return false
  end },
}

local tally = {}
local function count(role, group, fs)
  for _, key in ipairs({ role .. " " .. group, "all " .. group }) do
    local t = tally[key] or { n = 0 }
    tally[key] = t
    t.n = t.n + 1
    for k, p in ipairs(PROPS) do
      if p[2](fs) then t[k] = (t[k] or 0) + 1 end
    end
  end
end

for _, name in ipairs(o.sets) do
  local model, gold, docs, ids = census.set(name, o)
  for _, id in ipairs(ids) do
    local sc = muc4.scores(docs[id], model)
    if not (sc.gate and sc.gate < model.opts.gate_min) then
      for _, role in ipairs(ree.roles) do
        local keys = {}
        for _, ent in ipairs(gold[id][role] or {}) do
          for _, m in ipairs(ent) do keys[ree.normalize(m)] = true end
        end
        for ci, c in ipairs(sc.list) do
          local p = sc.probs[ci][role]
          local group
          if keys[c.key] then
            group = p < 0.05 and GROUPS[1] or (p >= 0.2 and GROUPS[2] or nil)
          elseif p >= 0.2 then
            group = GROUPS[3]
          end
          if group then
            local fs = {}
            for _, f in ipairs(c.feats) do fs[f] = true end
            count(role, group, fs)
          end
        end
      end
    end
  end
end

for _, role in ipairs({ "all", table.unpack(ree.roles) }) do
  print("### " .. role .. "\n")
  local head = { "| property |" }
  for _, g in ipairs(GROUPS) do
    local t = tally[role .. " " .. g]
    head[#head + 1] = (" %s (%d) |"):format(g, t and t.n or 0)
  end
  print(table.concat(head))
  print("|---|---|---|---|")
  for k, p in ipairs(PROPS) do
    local row = { "| " .. p[1] .. " |" }
    for _, g in ipairs(GROUPS) do
      local t = tally[role .. " " .. g]
      row[#row + 1] = (" %d%% |"):format(t and t.n > 0 and math.floor(100 * (t[k] or 0) / t.n + 0.5)
        or 0)
    end
    print(table.concat(row))
  end
  print()
end
