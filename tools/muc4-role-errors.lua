--- Every wrong answer and every missed gold entity of one MUC-4 role, with
-- the sentence it is first told in and the cues a reader sorts them by.
--
--     lua5.4 tools/muc4-role-errors.lua --role Victim [--data DIR] [--cv build/cv]
--                                        [--sets dev,odd,even] [--set key.Role=value ...]
--                                        [--table 1]
--
-- Same sets and answers as the census (`tools/muc4-errors.lua`, after `make
-- muc4-cv`). One line per case: the set, the story, `fp` or `miss` with the
-- census class, the cues, the answer (or the gold entity), and the sentence.
-- The cues are those of the round-7 census (docs/bench-muc4.md): `name` (the
-- name grammar finds it), `speaks` (a verb of saying after a mention, or
-- "according to" before), `held` (a word of arrest, capture or accusation in
-- a sentence of a mention), `title` (a title right before a mention),
-- `bg` (no mention in a sentence with an incident word), `late` (first told
-- after the ninth sentence), `noun` (a mention of common English words only,
-- no name word: "peasants", "a policeman"), `newfirst` (a name of two words
-- or more whose first word the name grammar does not know), `speaker` (every mention the
-- subject of a verb of saying, as the `speaker_drop` knob judges). They only
-- help the reading. `--table 1` prints instead the census table of Victim,
-- PerpInd (round 7) or Target (round 7b): the classes the cases were sorted
-- into by reading them, told apart by the cues (`class_of`), per set. Test
-- is never read.
-- @script muc4-role-errors

local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o = census.cli("muc4-role-errors", arg,
  { ["--role"] = "one", ["--set"] = "many", ["--table"] = "one" }, { "--set" })
local role = o["--role"] or "Victim"
local opts = o.knobs["--set"]

local SAYS = { said = true, stated = true, reported = true, added = true, noted = true,
  told = true, explained = true, announced = true, asserted = true, declared = true,
  says = true, stressed = true, indicated = true, denied = true, confirmed = true }
local HELD = { "arrest", "captur", "detain", "accus", "charged", "sentenc", "suspect",
  "jail", "prison", "custody", "surrender", "extradit", "confess", "responsib" }

-- Sentence bounds of the lowercased text: a stop before white space.
local function sentences(text)
  local out, s = {}, 1
  for e in text:gmatch("()[%.!?][\"')]*%s") do
    out[#out + 1] = { s, e }
    s = e + 1
  end
  out[#out + 1] = { s, #text }
  return out
end

local function sentence_at(sents, pos)
  for k, b in ipairs(sents) do
    if pos <= b[2] then return k, b end
  end
  return #sents, sents[#sents]
end

-- Byte offsets of every whole-word occurrence of `m` in `text`.
local function occurrences(text, m)
  local at, init = {}, 1
  if m == "" then return at end
  while true do
    local s, e = text:find(m, init, true)
    if not s then break end
    local b, a = text:sub(s - 1, s - 1), text:sub(e + 1, e + 1)
    if not b:find("%w") and not a:find("%w") then at[#at + 1] = s end
    init = s + 1
  end
  return at
end

local function cues(text, sents, trig_sent, model, mentions)
  local t, first = {}, nil
  local named, held, speaks, titled, inc = false, false, false, false, false
  local noun, newfirst = false, false
  for _, m in ipairs(mentions) do
    local w1 = m:match("^(%a+)")
    local plain = true
    for w in m:gmatch("%a+") do
      if not model.common[w] or model.first[w] or model.nameword[w] then plain = false end
    end
    noun = noun or plain
    if w1 and model.first[w1] then named = true end
    if w1 and m:find(" ") and not model.first[w1] and not model.common[w1] then
      newfirst = true
    end
    for _, s in ipairs(occurrences(text, m)) do
      local k, b = sentence_at(sents, s)
      if not first or k < first then first = k end
      if trig_sent[k] then inc = true end
      local sent = text:sub(b[1], b[2])
      for _, h in ipairs(HELD) do if sent:find(h, 1, true) then held = true end end
      local nx = text:sub(s + #m, s + #m + 30):match("^[%s,]*([%a]+)")
      if nx and SAYS[nx] then speaks = true end
      local pv = text:sub(s > 40 and s - 40 or 1, s - 1)
      if pv:find("according to $") then speaks = true end
      local tw = pv:match("(%a+)%.? $")
      if tw and model.title[tw] then titled = true end
    end
  end
  if named then t[#t + 1] = "name" end
  if #mentions == 1 and muc4.only_speaker(text, mentions[1]) then t[#t + 1] = "speaker" end
  if noun then t[#t + 1] = "noun" end
  if newfirst and not named then t[#t + 1] = "newfirst" end
  if speaks then t[#t + 1] = "speaks" end
  if held then t[#t + 1] = "held" end
  if titled then t[#t + 1] = "title" end
  if first and not inc then t[#t + 1] = "bg" end
  if first and first > 9 then t[#t + 1] = "late" end
  if not first then t[#t + 1] = "nowhere" end
  return table.concat(t, ","), first
end

-- Words of the state's forces and of rebels, for the PerpInd classes.
local function any_word(s, set)
  for w in s:gmatch("%a+") do if set[w] then return true end end
  return false
end
local STATE, REBEL = {}, {}
for w in ("troop troops army soldier soldiers officer officers colonel colonels colonal col "
  .. "captain lieutenant police policemen military battalion guard guards squad squads "
  .. "forces command treasury paramilitary"):gmatch("%a+") do STATE[w] = true end
for w in ("guerrilla guerrillas terrorist terrorists rebel rebels commando commandos "
  .. "commandoes subversive subversives insurgent insurgents urban"):gmatch("%a+") do
  REBEL[w] = true
end

-- The round-7 class of one case, from its census class, its cues and its
-- text: the classes the Victim and PerpInd cases were sorted into by
-- reading them (docs/bench-muc4.md, "Round 7").
local function class_of(c, tags, text)
  local t = {}
  for x in tags:gmatch("[^,]+") do t[x] = true end
  local fp = c:find("^fp") ~= nil
  if fp and (c == "fp.coref" or c == "fp.boundary" or c == "fp.role") then
    return "wrong: cut wrong, a second mention, or another role"
  end
  if not fp and c == "miss.gate" then return "missed: the gate closed the story" end
  if not fp and (c == "miss.boundary" or c == "miss.partial" or c == "miss.role") then
    return "missed: cut wrong, or answered in another role"
  end
  if role == "Victim" then
    if fp then
      if t.speaker then return "wrong: told only as a speaker" end
      if t.held then return "wrong: arrested, accused, suspect, extradited" end
      if t.bg then return "wrong: background (no incident word where told)" end
      if c ~= "fp.extra" then return "wrong: the key is empty (old event, combat, threat)" end
      return "wrong: a victim by reading, the key holds others"
    end
    if t.noun then return "missed: a non-name filler (\"peasants\")" end
    if c == "miss.absent" and (t.newfirst or not t.name) then
      return "missed: a name the grammar cannot open"
    end
    if c == "miss.absent" then return "missed: other, no candidate" end
    if t.held then return "missed: ranked low, captured or seized" end
    if t.bg then return "missed: ranked low, background or list sentence" end
    return "missed: ranked low, in an incident sentence"
  end
  if role == "Target" then
    if fp then
      if c == "fp.empty_doc" then return "wrong: a story with no incident in its key" end
      if c == "fp.role_empty" then return "wrong: the key names no Target" end
      if not text:find(" ") then
        return "wrong: the key holds other targets (a bare noun: \"building\", \"car\")"
      end
      return "wrong: the key holds other targets (a phrase)"
    end
    if c == "miss.absent" then return "missed: no candidate (a phrase the chunks miss)" end
    if t.bg then return "missed: ranked low, background or list sentence" end
    return "missed: ranked low, in an incident sentence"
  end
  if fp then
    if c == "fp.empty_doc" then return "wrong: a story with no incident in its key" end
    local g = any_word(text, REBEL) and "rebel noun" or (t.name and "name" or "other noun")
    if c == "fp.role_empty" then return "wrong: the key names no PerpInd (" .. g .. ")" end
    return "wrong: the key holds another PerpInd (" .. g .. ")"
  end
  if any_word(text, STATE) then return "missed: state forces (troops, officers, police)" end
  if any_word(text, REBEL) then return "missed: a rebel noun" end
  if t.name or t.newfirst then return "missed: a person by name" end
  return "missed: another noun (individuals, men, assassins)"
end

local tally, order = {}, {}
for _, name in ipairs(o.sets) do
  local model, gold, docs, ids = census.set(name, o, opts)
  for _, id in ipairs(ids) do
    local text = docs[id]
    local sc = muc4.scores(text, model)
    local pred = muc4.select(sc, model)
    local got = census.document(gold[id], pred, {
      candidates = sc.list, closed = sc.gate and sc.gate < model.opts.gate_min,
      group_of = model.group_of })
    local info = muc4.prepare(text, model)
    local sents = sentences(text)
    -- the prepare sentences and ours are cut alike; map incident sentences
    local trig_sent = {}
    for si in pairs(info.trig) do trig_sent[si] = true end
    for _, c in ipairs(got) do
      if c.role == role and c.class ~= "ok" then
        local mentions = {}
        if c.class:find("^fp") then
          mentions[1] = ree.normalize(c.text)
        else
          for m in (c.text .. " | "):gmatch("(.-) | ") do mentions[#mentions + 1] = m end
        end
        local tags, first = cues(text, sents, trig_sent, model, mentions)
        local sent = first and text:sub(sents[first][1], sents[first][2]) or ""
        sent = sent:gsub("%s+", " "):gsub("^ ", "")
        local cl = class_of(c.class, tags, c.class:find("^fp") and mentions[1] or c.text)
        if not tally[cl] then tally[cl] = {}; order[#order + 1] = cl end
        tally[cl][name] = (tally[cl][name] or 0) + 1
        if not o["--table"] then
          print(string.format("%s\t%s\t%s\t%s\ts%s\t%s%s\t%s", name, id, c.class, tags,
            first or "-", c.text, c.gold and ("  <- " .. c.gold) or "", sent))
        end
      end
    end
  end
end

if o["--table"] then
  table.sort(order)
  print("| class | " .. table.concat(o.sets, " | ") .. " | all |")
  print("|---" .. string.rep("|---", #o.sets + 1) .. "|")
  for _, cl in ipairs(order) do
    local row, sum = { cl }, 0
    for _, name in ipairs(o.sets) do
      row[#row + 1] = tostring(tally[cl][name] or 0)
      sum = sum + (tally[cl][name] or 0)
    end
    row[#row + 1] = tostring(sum)
    print("| " .. table.concat(row, " | ") .. " |")
  end
end
