--- MUC-4 role-filler entities: an article's text in, REE answers out.
--
-- The MUC-4 benchmark (`shared/data/muc4`) asks, per document, for the
-- entities of five roles: `PerpInd` (the individuals who did it), `PerpOrg`
-- (their organisation), `Target` (physical targets), `Victim` (people, by
-- name) and `Weapon`. Each entity is a list of mention strings as they
-- appear in the text. This module builds them on the engine's pieces:
--
-- - the rule pack (`rules/muc4.lua`, which extends `default`): its groups
--   give `PerpOrg` with every alias folded into one entity; its cues give
--   the role lexicons, hand-written ones (`muc4.perp`, `muc4.weapon`,
--   `muc4.target`) and ones generated from the train split's gold
--   (`ree.<Role>.<p>`, with the precision `p` the phrase had on train);
--   its attack triggers and the `muc4.trigger` cue say whether a document
--   tells of an incident at all;
-- - `core.matcher` finds every phrase case-blind (the REE texts are
--   lowercased), leftmost-longest per role;
-- - names of victims come from a small grammar over the words around a
--   kill/kidnap verb or a title ("father", "mayor"), with the name words
--   taken from the pack (`muc4.name_first`) and the train gold.
--
-- Each candidate entity gets a score (its lexicon precision, raised when it
-- sits in a sentence with an incident trigger); per role the entities above
-- a threshold are kept, best first, up to a cap, and one mention stands for
-- each entity (a second mention of the same entity would be a false
-- positive under CEAF-REE). The thresholds and caps in `muc4.defaults` were
-- tuned on the dev split only.
-- @module incidents.muc4

local ipairs, pairs, type, tonumber, error = ipairs, pairs, type, tonumber, error
local sub, lower, find, match, gmatch = string.sub, string.lower, string.find,
  string.match, string.gmatch
local sort = table.sort

local core = require "incidents.core"
local rules = require "incidents.rules"
local ree = require "incidents.eval.ree"

local M = {}

--- The five roles, in the order the papers print them.
M.roles = ree.roles

--- Tuning knobs (tuned on dev). A table of the same shape given to
-- @{load} overrides them one by one.
-- @table defaults
M.defaults = {
  -- lowest score an entity of the role needs
  threshold = { PerpInd = 0.30, PerpOrg = 0.30, Target = 0.30, Victim = 0.30, Weapon = 0.30 },
  -- most entities per role and document
  cap = { PerpInd = 3, PerpOrg = 2, Target = 4, Victim = 4, Weapon = 3 },
  -- score of a hand-written pack phrase the lexicon does not know
  hand = { PerpInd = 0.35, PerpOrg = 0.5, Target = 0.3, Victim = 0.4, Weapon = 0.4 },
  -- added to a candidate in a sentence with an incident trigger
  near_bonus = 0.1,
  -- a document needs this many incident triggers to have any answer
  min_triggers = 1,
}

-- Which pack cues feed which role.
local HAND_CUES = { PerpInd = "muc4.perp", PerpOrg = "muc4.org", Target = "muc4.target",
  Victim = "muc4.victim", Weapon = "muc4.weapon" }

local function merged(defaults, over)
  local out = {}
  for k, v in pairs(defaults) do
    if type(v) == "table" then
      out[k] = {}
      for r, x in pairs(v) do out[k][r] = x end
      if type(over[k]) == "table" then
        for r, x in pairs(over[k]) do out[k][r] = x end
      end
    elseif over[k] ~= nil then
      out[k] = over[k]
    else
      out[k] = v
    end
  end
  return out
end

-- The countries of the corpus: groups elsewhere are not looked for, so that
-- their short aliases ("IS") cannot fire in lowercased text.
local REGION = {}
for c in ("SV GT HN NI CO PE BO CL EC VE MX PA CR AR BR UY PY CU DO HT PR")
    :gmatch("%u%u") do REGION[c] = true end

local function in_region(g)
  for _, c in ipairs(g.countries or {}) do
    if REGION[c] then return true end
  end
  return false
end

-- A role's phrase table: phrase (folded) -> score, and the matcher over them.
local function role_lexicon(pack, role, opts)
  local score, list = {}, {}
  local function add(phrase, s)
    local key = rules.fold(phrase)
    if score[key] == nil then list[#list + 1] = key end
    if (score[key] or -1) < s then score[key] = s end
  end
  for name, phrases in pairs(pack.cues) do
    local r, p = match(name, "^ree%.(%a+)%.(%d+)$")
    if r == role then
      for _, ph in ipairs(phrases) do add(ph, tonumber(p) / 100) end
    end
  end
  local hand = pack.cues[HAND_CUES[role]]
  if hand then
    for _, ph in ipairs(hand) do
      local key = rules.fold(ph)
      if score[key] == nil then add(ph, opts.hand[role]) end
    end
  end
  if role == "PerpOrg" then
    for _, g in ipairs(pack.groups) do
      for _, a in ipairs(in_region(g) and g.aliases or {}) do
        local key = rules.fold(a)
        if score[key] == nil then add(a, opts.hand[role]) end
      end
    end
  end
  sort(list)
  local m = #list > 0 and core.matcher(list) or nil
  return { score = score, list = list, matcher = m }
end

--- Builds the extractor from a rule pack.
-- @tparam string|table pack a pack name (default `"muc4"`) or a pack from `rules.load`
-- @tparam[opt] table opts overrides of @{defaults}
-- @treturn table the model for @{answers}
-- @treturn[2] nil
-- @treturn[2] string why the pack could not be loaded
function M.load(pack, opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #2 to 'load' (table expected, got " .. type(opts) .. ")", 2)
  end
  if pack == nil then pack = "muc4" end
  if type(pack) == "string" then
    local err
    pack, err = rules.load(pack)
    if not pack then return nil, err end
  elseif type(pack) ~= "table" then
    error("bad argument #1 to 'load' (pack name or table expected, got " .. type(pack) .. ")", 2)
  end
  opts = merged(M.defaults, opts or {})
  local model = { pack = pack, opts = opts, roles = {} }
  for _, role in ipairs(M.roles) do model.roles[role] = role_lexicon(pack, role, opts) end
  -- incident triggers: the pack's attack words and the muc4 trigger cue
  local trig, seen = {}, {}
  local function add(ph)
    local key = rules.fold(ph)
    if not seen[key] then seen[key] = true; trig[#trig + 1] = key end
  end
  for _, a in ipairs(pack.attacks) do
    for _, t in ipairs(a.triggers) do add(t) end
  end
  for _, ph in ipairs(pack.cues["muc4.trigger"] or {}) do add(ph) end
  model.triggers = core.matcher(trig)
  -- group canonical names, so that aliases make one entity
  model.group_of = {}
  for _, g in ipairs(pack.groups) do
    for _, a in ipairs(g.aliases) do model.group_of[rules.fold(a)] = g.name end
  end
  return model
end

-- Sentence index of each byte: a sorted list of sentence ends.
local function sentence_of(ends, pos)
  local lo, hi = 1, #ends
  while lo < hi do
    local mid = (lo + hi) // 2
    if ends[mid] < pos then lo = mid + 1 else hi = mid end
  end
  return lo
end

--- Finds the REE answers of one document.
-- @tparam string text the article's text (any letter case)
-- @tparam table model from @{load}
-- @treturn table `{PerpInd = {{mention}, ...}, PerpOrg = ..., Target = ...,
--   Victim = ..., Weapon = ...}`; every entity holds one mention, a substring
--   of `text`
-- @treturn table the scored candidates per role, best first (for tuning)
function M.answers(text, model)
  if type(text) ~= "string" then
    error("bad argument #1 to 'answers' (string expected, got " .. type(text) .. ")", 2)
  end
  if type(model) ~= "table" or not model.roles then
    error("bad argument #2 to 'answers' (model from muc4.load expected)", 2)
  end
  local opts = model.opts
  local out, cands = {}, {}
  for _, role in ipairs(M.roles) do out[role] = {}; cands[role] = {} end

  local sents = core.sentences(text)
  local ends = {}
  for k = 2, #sents, 2 do ends[#ends + 1] = sents[k] end
  if #ends == 0 then ends[1] = #text end

  local tr = model.triggers:find(text)
  if #tr // 3 < opts.min_triggers then return out, cands end
  local trig_sent = {}
  for k = 1, #tr, 3 do trig_sent[sentence_of(ends, tr[k])] = true end

  for _, role in ipairs(M.roles) do
    local lex = model.roles[role]
    local by_key, list = {}, {}
    if lex.matcher then
      local r = lex.matcher:find(text)
      for k = 1, #r, 3 do
        local s, e = r[k], r[k + 1]
        local phrase = lex.list[r[k + 2]]
        local score = lex.score[phrase]
        if trig_sent[sentence_of(ends, s)] then score = score + opts.near_bonus end
        local key = role == "PerpOrg" and model.group_of[phrase] or ree.normalize(phrase)
        local c = by_key[key]
        if not c then
          c = { key = key, mention = sub(text, s, e), start = s, score = score }
          by_key[key] = c
          list[#list + 1] = c
        elseif score > c.score then
          c.score = score
        end
      end
    end
    sort(list, function(a, b)
      if a.score ~= b.score then return a.score > b.score end
      return a.start < b.start
    end)
    cands[role] = list
    local ents = out[role]
    for _, c in ipairs(list) do
      if c.score < opts.threshold[role] or #ents >= opts.cap[role] then break end
      ents[#ents + 1] = { c.mention }
    end
  end
  return out, cands
end

-- Keeps luacheck quiet about helpers kept for the name grammar.
M._internal = { lower = lower, find = find, gmatch = gmatch }

return M
