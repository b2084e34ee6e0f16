--- The census of round 9: the gold entities no candidate came near
-- (`miss.absent`), per role, sorted by why the grammar missed them.
--
--     lua5.4 tools/muc4-absent.lua [--data DIR] [--cv build/cv] [--sets dev,odd,even]
--                                  [--set key.Role=value ...] [--list 1]
--
-- Same sets and answers as the census (`tools/muc4-errors.lua`, after `make
-- muc4-cv`); `--set list_member.Target=false` gives the answers before round
-- 9's rule. A Target, PerpInd, PerpOrg or Weapon is put in `head known` when
-- one of its mentions ends on a word train ended a filler on (then no word
-- before it could open the phrase: a common modifier, or the bare head),
-- else in `new head`; a Victim in `first known` when a mention of two words
-- or more opens on a first name the name grammar knows (then the name was
-- cut), else in `new first`. Each set reads the chunk words of the weights
-- that score it, so a half's classes are those of half of train. Prints a
-- table row per role and class; with `--list 1` also each case: set, story,
-- role, class and the gold mentions. Test is never read.
-- @script muc4-absent

local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o = census.cli("muc4-absent", arg, { ["--set"] = "many", ["--list"] = "one" },
  { "--set" })
local opts = o.knobs["--set"]

-- The class of one absent gold entity (its mentions joined by " | ").
local function class_of(role, text, model)
  local head, first = false, false
  for m in text:gmatch("[^|]+") do
    local ws = {}
    for w in m:lower():gmatch("[%w][%w%-']*") do ws[#ws + 1] = w end
    if #ws > 0 and model.lex.head[ws[#ws]] then head = true end
    if #ws >= 2 and model.first[ws[1]] then first = true end
  end
  if role == "Victim" then return first and "first known" or "new first" end
  return head and "head known" or "new head"
end

local tally, keys = {}, {}
for _, name in ipairs(o.sets) do
  local model, gold, docs, ids = census.set(name, o, opts)
  for _, id in ipairs(ids) do
    local sc = muc4.scores(docs[id], model)
    local pred = muc4.select(sc, model)
    local got = census.document(gold[id], pred, { candidates = sc.list,
      closed = sc.gate and sc.gate < model.opts.gate_min, group_of = model.group_of })
    for _, c in ipairs(got) do
      if c.class == "miss.absent" then
        local k = c.role .. ": " .. class_of(c.role, c.text, model)
        if not tally[k] then tally[k] = {}; keys[#keys + 1] = k end
        tally[k][name] = (tally[k][name] or 0) + 1
        if o["--list"] then print(name, id, c.role, k, c.text) end
      end
    end
  end
end
table.sort(keys)
print("| role: class | " .. table.concat(o.sets, " | ") .. " | all |")
print("|---" .. string.rep("|---", #o.sets + 1) .. "|")
for _, k in ipairs(keys) do
  local row, all = { k }, 0
  for _, name in ipairs(o.sets) do
    row[#row + 1] = tally[k][name] or 0
    all = all + (tally[k][name] or 0)
  end
  row[#row + 1] = all
  print("| " .. table.concat(row, " | ") .. " |")
end
