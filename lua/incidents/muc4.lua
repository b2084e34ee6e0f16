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
-- - names of victims come from a small grammar (`muc4.person_names`): a
--   first name (`muc4.name_first`), then name words (`muc4.name_word`, or
--   words that are not common English, `muc4.common`); scored up near an
--   incident word (and, if tuned so, a `muc4.kill` word or a title), down
--   when the person speaks, and never for names
--   train saw often but hardly ever as victims (`muc4.not_victim`);
-- - context words (`ree.ctx.<Role>.<before|after>.<log-odds>`) and target
--   modifiers (`muc4.modifier.<Role>`), also learned from train.
--
-- By default the answers come from the learned scorer: every noun phrase
-- of the story is a candidate (`incidents.muc4.spans`), weighed per role by
-- logistic models learned from train (`incidents.muc4.weights`, built by
-- `tools/build-muc4-weights.lua`), plus a share (`blend`) of the
-- hand-weighted score below; per role the best one above
-- `learned_first` and the others above `learned_threshold` are kept, one
-- mention per entity. Gates learned the same way (stacked on the role
-- models' best candidates, `spans.doc_feats`) say whether the story holds
-- any filler, and any of each role: a story below `gate_min` answers
-- nothing, and the gates damp the rest. With `weights = false` the
-- hand-weighted scorer answers alone.
--
-- The hand-weighted scorer gives each candidate entity its lexicon
-- precision, raised when it sits in a sentence with an incident trigger or
-- right next to one, by its context words and by repetition, lowered when
-- it is first told late. Per
-- role the entities above a threshold are kept, best first, up to a cap,
-- and one mention stands for each entity (a second mention of the same
-- entity would be a false positive under CEAF-REE). The knobs in
-- `muc4.defaults` were tuned on dev and on cross-fitted train halves,
-- never on test (`docs/bench-muc4.md`).
-- @module incidents.muc4

local ipairs, pairs, type, tonumber, error, pcall, require, loadfile = ipairs, pairs, type,
  tonumber, error, pcall, require, loadfile
local sub, lower, find, match, gmatch, gsub = string.sub, string.lower, string.find,
  string.match, string.gmatch, string.gsub
local sort = table.sort
local huge = math.huge

local core = require "incidents.core"
local spans = require "incidents.muc4.spans"
local rules = require "incidents.rules"
local ree = require "incidents.eval.ree"

local M = {}

local names, merge_contained, learned, handscored -- forward

--- The five roles, in the order the papers print them.
M.roles = ree.roles

--- Tuning knobs (tuned on dev and train). A table of the same shape given to
-- @{load} overrides them one by one.
-- @table defaults
M.defaults = {
  -- lowest score an entity of the role needs
  threshold = { PerpInd = 0.45, PerpOrg = 0.55, Target = 0.45, Victim = 0.25, Weapon = 0.30 },
  -- most entities per role and document
  cap = { PerpInd = 3, PerpOrg = 2, Target = 6, Victim = 6, Weapon = 2 },
  -- score of a hand-written pack phrase the lexicon does not know
  hand = { PerpInd = 0.35, PerpOrg = 0.5, Target = 0.3, Victim = 0.4, Weapon = 0.4 },
  -- added to a candidate in a sentence with an incident trigger
  near_bonus = 0.2,
  -- added when a trigger is at most `close_chars` bytes away
  close_bonus = 0.15, close_chars = 30,
  -- times the log-odds of the words around the best mention (from train)
  ctx_scale = 0.1,
  -- added per repeated mention (at most two)
  repeat_bonus = 0.1,
  -- taken off an entity first told after byte `late_after`
  late_penalty = 0.1, late_after = 600,
  -- a perpetrator word before "activity", "radio", ... names no one
  perp_modified = true,
  -- a target inside a weapon's words ("car" in "car bomb") is dropped
  weapon_not_target = true,
  -- most modifiers a role's phrase takes from the words before it
  modifiers = { PerpInd = 0, Target = 1, Weapon = 0 },
  -- roles whose mentions take the number before them ("two gunmen")
  number_prefix = { PerpInd = true, Target = false, Weapon = false },
  -- a document needs this many incident triggers to have any answer
  min_triggers = 2,
  -- ... and this many in its first `lead_sentences` sentences
  min_lead = 0, lead_sentences = 2,
  -- a person's name found by the name grammar; more in a sentence with a
  -- kill/kidnap word, more after a title, less when the person speaks
  name_score = 0.1, name_kill = 0.0, name_title = 0.0, name_speaker = 0.4,
  -- the learned scorer (`incidents.muc4.spans`): the weights module or a
  -- file, false for the hand-weighted scorer above
  weights = "incidents.muc4.weights",
  -- lowest probability an entity of the role needs, and the most per document
  learned_threshold = { PerpInd = 0.2, PerpOrg = 0.45, Target = 0.2, Victim = 0.15,
    Weapon = 0.25 },
  learned_cap = { PerpInd = 4, PerpOrg = 2, Target = 8, Victim = 8, Weapon = 4 },
  -- lowest probability of the best entity of the role (the others need
  -- `learned_threshold`)
  learned_first = { PerpInd = 0.1, PerpOrg = 0.25, Target = 0.2, Victim = 0.15,
    Weapon = 0.3 },
  -- a document the relevance model gives less than this has no answer
  rel_gate = 0,
  -- probabilities are multiplied by the relevance to this power
  rel_power = 0.125,
  -- a story the gate model gives less than this has no answer; the
  -- probabilities are multiplied by the gate's to the power `gate_power`
  gate_min = 0.3, gate_power = 0.5,
  -- the same per role: a role whose gate is below `role_gate_min` has no
  -- answer in the story
  role_gate_min = { PerpInd = 0, PerpOrg = 0.1, Target = 0.05, Victim = 0, Weapon = 0.05 },
  role_gate_power = { PerpInd = 0, PerpOrg = 0.5, Target = 1, Victim = 0, Weapon = 0 },
  -- a phrase answers for one role only, the one it is likeliest for
  exclusive = false,
  -- weight of the hand-weighted scorer's score added to the probability
  blend = { PerpInd = 0.1, PerpOrg = 0.4, Target = 0.2, Victim = 0.4, Weapon = 0.3 },
  -- roles whose answer takes the "of"-phrase after it where first told
  -- ("offices of lawyer X"), the number before it ("four bombs"), and the
  -- measure or collective before it ("5 kg of dynamite", "group of men");
  -- extend_wearing: the clothes a perpetrator is told by ("men wearing
  -- uniforms")
  extend_of = { PerpInd = false, PerpOrg = false, Target = true, Victim = false,
    Weapon = false },
  extend_number = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  extend_wearing = { PerpInd = true, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  extend_measure = { PerpInd = true, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- roles whose answer takes the word before it when the train keys nearly
  -- always kept that word (`muc4.keep.<Role>`: "unidentified", "luis"), and
  -- loses its first word when they mostly left it out (`muc4.drop.<Role>`:
  -- "candidate", "hopeful" before a name)
  edge_keep = { PerpInd = true, PerpOrg = true, Target = true, Victim = true, Weapon = true },
  edge_drop = { PerpInd = true, PerpOrg = true, Target = true, Victim = true, Weapon = true },
  -- roles whose answer takes up to two name words before it ("luz amparo
  -- gomez serna" for "amparo gomez serna"): the keys write the full name
  extend_name = { PerpInd = false, PerpOrg = false, Target = false, Victim = true,
    Weapon = false },
  -- a group is answered by its shortest alias in the story ("fmln", not
  -- "farabundo marti national liberation front"): the keys write acronyms
  short_alias = true,
  -- roles that give no answer a story tells only as a speaker: every
  -- mention is the subject of a verb of saying ("x said", "x, archbishop
  -- of san salvador, stated", "according to x")
  -- a person noun or title right before a word the name grammar does not
  -- know as a first name opens a name all the same ("cattleman german
  -- sierra medina", "citizen billy murphy", "identified as mike hammer");
  -- and the first names of `muc4.name_first_more` open names too. Both
  -- serve stories train never saw: the scorer learns without them
  -- (`tools/build-muc4-weights.lua` turns them off), since on train the
  -- lexicon already knows every victim's first name
  name_opener = true,
  more_first = true,
  speaker_drop = { PerpInd = false, PerpOrg = false, Target = false, Victim = true,
    Weapon = false },
  -- roles that give no answer a story tells only right after a word of
  -- `muc4.not_victim_after` (learned from train: "colonel", "archbishop")
  after_drop = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- roles that give no answer a story tells only beside a word of arrest
  -- or accusation ("the police detained x and y", "x, accused of")
  held_drop = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- roles that give no answer a story tells only before a noun it
  -- modifies ("terrorist attack", "guerrilla actions")
  modifier_drop = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- roles that give no answer a story tells only in sentences of armed
  -- clashes ("the guerrillas clashed with an army patrol")
  clash_drop = { PerpInd = false, PerpOrg = false, Target = false, Victim = true,
    Weapon = false },
  -- round 7b, all tried at selection and judged paired (docs/bench-muc4.md):
  -- a state's force ("soldiers", "troops", "policemen") told as the doer
  -- of a killing of people who are no rebels ("shot by soldiers",
  -- "troops murdered peasants") reaches the role's threshold
  state_agent = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- a generic rebel noun ("guerrillas", "terrorists") is no answer unless
  -- told in a sentence of the story's main event ("main": the first
  -- sentence with an incident word or the next; "any": any such sentence;
  -- "doer": any such sentence, not as the modifier of a deed)
  generic_main = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- a one-word answer is told by the story's fuller phrase of the same
  -- head ("building" -> "fenastras building")
  fuller_head = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- the vehicle a perpetrator is told by ("two men on a motorcycle",
  -- "several men riding in an automobile")
  extend_vehicle = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- a bare "members" takes its "of"-phrase ("members of the camilist union")
  extend_members = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- a target owned by the answer, where first told so: "the offices of
  -- the X" for "X"
  of_owner = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- the owner told before a target ("merino's home", "trushin's car"; a
  -- name, not a common noun: not "the company's offices")
  extend_owner = { PerpInd = false, PerpOrg = false, Target = true, Victim = false,
    Weapon = false },
  -- a target told as the modifier of a noun that heads the role's train
  -- fillers takes that noun ("soviet embassy building", "car dealership")
  extend_head = { PerpInd = false, PerpOrg = false, Target = true, Victim = false,
    Weapon = false },
  -- round 8, relevance, judged paired (docs/bench-muc4.md): a story whose
  -- gate is below this and that tells only combatants as the ones hit (a
  -- clash, an ambushed patrol, strafed rebel positions: `only_combatants`)
  -- answers nothing; false: off
  combatant_gate = 0.8,
  -- tried in round 8, off: a story whose gate is below this and whose
  -- every incident word is framed as no fact (`no_fact`) answers nothing
  not_fact_gate = false,
  -- tried in round 8, off: roles that give no answer a story tells only in
  -- sentences of an arms seizure that tell no deed ("troops seized rifles")
  seized_drop = { PerpInd = false, PerpOrg = false, Target = false, Victim = false,
    Weapon = false },
  -- round 9, candidates at scoring time (the scorer learns without them):
  -- a head that ends at least this share of the stories' Target fillers
  -- that tell it opens a phrase by itself and takes the modifiers right
  -- before it, up to `head_open_words` words ("gasoline station", "guard
  -- post"; `spans.candidates`' `open`); false: off. `head_open_ing`: a
  -- word in "-ing" may be a modifier ("processing plants"); `head_open_shape`:
  -- the new phrases carry the chunk grammar's shape features
  head_open = false, head_open_words = 3, head_open_ing = false, head_open_shape = false,
  head_open_bare = false, head_open_min = 1, wide_gate = false, head_open_alone = false,
  -- a connector ("de", "y", "la") goes on with a name although it is a
  -- common word: "irma de puentes", "arturo rivera y damas"
  name_connect = false,
  -- roles whose answers bring the other members of a list they stand in
  -- ("the municipal office, a gasoline station and the civil defense
  -- post"), up to the role's cap
  list_member = { PerpInd = false, PerpOrg = false, Target = true, Victim = false,
    Weapon = false },
}

-- A role's place in the train statistics `{documents, PerpInd, PerpOrg,
-- Target, Victim, Weapon}`.
local ROLE_INDEX = { PerpInd = 2, PerpOrg = 3, Target = 4, Victim = 5, Weapon = 6 }

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

-- The corpus's years: a group the packs date outside them (the FARC
-- dissidents of 2016) cannot be its author. The default pack keeps growing
-- with today's groups of the region; those the MUC-4 pack dates, or names
-- in `muc4.not_group`, stay out of the learned scorer's candidates, so that
-- a retrain sees the phrases the shipped weights were learned from.
local FIRST_YEAR, LAST_YEAR = 1988, 1990

local function in_period(g)
  local y = g.years
  if not y then return true end
  return (y[1] == nil or y[1] <= LAST_YEAR) and (y[2] == nil or y[2] >= FIRST_YEAR)
end

-- The pack's groups that the MUC-4 answers may name: of the region, of the
-- period, and not ruled out by `muc4.not_group`; with `anywhere`, also the
-- groups of other regions (whose names still make one entity of aliases).
local function period_groups(pack, anywhere)
  local out, no = {}, {}
  for _, name in ipairs(pack.cues["muc4.not_group"] or {}) do no[name] = true end
  for _, g in ipairs(pack.groups) do
    if in_region(g) then
      if in_period(g) and not no[g.name] then out[#out + 1] = g end
    elseif anywhere then
      out[#out + 1] = g
    end
  end
  return out
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
    for _, g in ipairs(period_groups(pack)) do
      for _, a in ipairs(g.aliases) do
        local key = rules.fold(a)
        if score[key] == nil then add(a, opts.hand[role]) end
      end
    end
  end
  sort(list)
  local m = #list > 0 and core.matcher(list) or nil
  return { score = score, list = list, matcher = m }
end

local function set_of(list)
  local t = {}
  for _, w in ipairs(list) do t[w] = true end
  return t
end

-- The set of the space-separated words of a string.
local function word_set(s)
  local t = {}
  for w in gmatch(s, "%S+") do t[w] = true end
  return t
end

-- The learned scorer's tables: a module name, or a file path (ending in
-- ".lua") for the weights a cross-validation run learned on half of train.
local function load_weights(name)
  if type(name) == "table" then return name end
  if find(name, "%.lua$") then
    local chunk, err = loadfile(name, "t", {})
    if not chunk then return nil, err end
    return chunk()
  end
  local ok, w = pcall(require, name)
  if not ok then return nil, w end
  return w
end

--- Reads knob settings written on a command line (`--set`).
-- @tparam table list strings `key=value` or `key.Role=value`; a value is a
--   number, `true`, `false` or else a string
-- @treturn[1] table options for @{load}, e.g. `{cap = {Victim = 4}}`
-- @treturn[2] nil
-- @treturn[2] string the setting that is not `key=value`
-- @usage local opts = assert(muc4.settings { "near_bonus=0.1", "cap.Victim=4" })
function M.settings(list)
  if type(list) ~= "table" then
    error("bad argument #1 to 'settings' (table expected, got " .. type(list) .. ")", 2)
  end
  local opts = {}
  for _, s in ipairs(list) do
    local k, role, v = match(s, "^([%w_]+)%.?([%w_]*)=(.+)$")
    if not k then return nil, "wants key=value or key.Role=value: " .. s end
    v = tonumber(v) or (v == "true" and true) or (v ~= "false" and v) or false
    if role ~= "" then
      opts[k] = opts[k] or {}
      opts[k][role] = v
    else
      opts[k] = v
    end
  end
  return opts
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
  -- incident triggers: the pack's attack words and the muc4 trigger cue,
  -- less those of `muc4.not_trigger`: the learned scorer counts incident
  -- words, so an attack word added to the default pack for today's news
  -- would change what a retrain learns from
  local trig, seen = {}, {}
  for _, ph in ipairs(pack.cues["muc4.not_trigger"] or {}) do seen[rules.fold(ph)] = true end
  local function add(ph)
    local key = rules.fold(ph)
    if not seen[key] then seen[key] = true; trig[#trig + 1] = key end
  end
  for _, a in ipairs(pack.attacks) do
    for _, t in ipairs(a.triggers) do add(t) end
  end
  for _, ph in ipairs(pack.cues["muc4.trigger"] or {}) do add(ph) end
  model.triggers = core.matcher(trig)
  -- kept for the spec that tells when the default pack's growth reaches
  -- the scorer's inputs (a retrain would then no longer give the weights)
  model.trigger_words = trig
  model.trigger_word = {}
  for _, t in ipairs(trig) do
    if not find(t, " ") then model.trigger_word[t] = true end
  end
  -- the name grammar's word classes
  local function fset(name)
    local t = {}
    for _, ph in ipairs(pack.cues[name] or {}) do t[rules.fold(ph)] = true end
    return t
  end
  model.first, model.nameword, model.common = fset "muc4.name_first", fset "muc4.name_word",
    fset "muc4.common"
  model.title = fset "muc4.title"
  if opts.more_first then
    for w in pairs(fset "muc4.name_first_more") do model.first[w] = true end
  end
  -- the words that open a name whose first word the grammar does not know
  model.opener = fset "muc4.name_opener"
  for w in pairs(model.title) do model.opener[w] = true end
  model.not_victim = fset "muc4.not_victim"
  model.not_victim_after = fset "muc4.not_victim_after"
  model.perp_modified = fset "muc4.perp_modified"
  model.modifiers, model.keep, model.drop = {}, {}, {}
  for _, role in ipairs(M.roles) do
    model.keep[role], model.drop[role] = fset("muc4.keep." .. role), fset("muc4.drop." .. role)
  end
  for _, role in ipairs(M.roles) do
    if pack.cues["muc4.modifier." .. role] then
      model.modifiers[role] = fset("muc4.modifier." .. role)
    end
  end
  -- word classes of the frames around a phrase, from the hand-written
  -- cues: "killed", "kidnapped" (kill), "attacked", "bombed" (incident),
  -- "mayor", "father" (title)
  model.word_class = {}
  for _, cl in ipairs({ { "muc4.trigger", "incident" }, { "muc4.kill", "kill" },
    { "muc4.title", "title" } }) do
    for ph in pairs(fset(cl[1])) do
      if not find(ph, " ") then model.word_class[ph] = cl[2] end
    end
  end
  local kill = {}
  for ph in pairs(fset "muc4.kill") do kill[#kill + 1] = ph end
  sort(kill)
  model.kill = #kill > 0 and core.matcher(kill) or nil
  -- context words of each role: ree.ctx.<Role>.<before|after>.<tenths of log-odds>
  model.ctx = {}
  for _, role in ipairs(M.roles) do model.ctx[role] = { before = {}, after = {} } end
  for name, phrases in pairs(pack.cues) do
    local role, dir, wt = match(name, "^ree%.ctx%.(%a+)%.(%a+)%.(%-?%d+)$")
    if role and model.ctx[role] and model.ctx[role][dir] then
      for _, w in ipairs(phrases) do model.ctx[role][dir][w] = tonumber(wt) / 10 end
    end
  end
  -- group canonical names, so that aliases make one entity
  model.group_of = {}
  for _, g in ipairs(period_groups(pack, true)) do
    for _, a in ipairs(g.aliases) do model.group_of[rules.fold(a)] = g.name end
  end
  if opts.weights then
    local w, err = load_weights(opts.weights)
    if not w then return nil, err end
    model.lex = { head = set_of(w.head), first = set_of(w.first), inner = set_of(w.inner),
      common = set_of(w.common), phrase = w.phrase, headstat = w.headstat }
    model.weights, model.relevance, model.gate = w.w, w.rel, w.gate
    model.role_gate = w.role_gate
    if opts.head_open then
      local heads, k = {}, ROLE_INDEX.Target
      for hw, st in pairs(model.lex.headstat) do
        if st[k] >= opts.head_open_min and st[k] / st[1] >= opts.head_open then
          heads[hw] = true
        end
      end
      model.open = { heads = heads, words = opts.head_open_words, ing = opts.head_open_ing,
        shape = opts.head_open_shape, bare = opts.head_open_bare, alone = opts.head_open_alone }
    end
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

-- Ends of sentences. `core.sentences` wants a capital after the full stop,
-- which lowercased MUC text never has; here a stop, question or exclamation
-- mark before white space ends a sentence, whatever the case.
local function sentence_ends(text)
  local ends, init = {}, 1
  while true do
    local s = find(text, "[%.!?][\"')]*%s", init)
    if not s then break end
    ends[#ends + 1] = s
    init = s + 1
  end
  ends[#ends + 1] = #text
  return ends
end

-- Words of a text with their offsets.
local function words(text)
  local ws = {}
  for s, w, e in gmatch(text, "()(%a[%a']*)()") do
    -- a possessive ends the name: "galan's" is "galan", then a stop
    local base = match(w, "^(.-)'s$")
    ws[#ws + 1] = { s = s, e = e - 1 - (base and 2 or 0), w = lower(base or w),
      poss = base and true }
  end
  return ws
end

-- Weapons are found first, so that a target inside one can be dropped.
local SCAN_ORDER = { "Weapon", "PerpInd", "PerpOrg", "Target", "Victim" }

-- Number words that belong to a counted mention.
local NUMBER = {}
for w in ("one two three four five six seven eight nine ten eleven twelve fifteen twenty "
  .. "thirty forty fifty several"):gmatch("%a+") do NUMBER[w] = true end

-- One key for singular and plural: "guerrilla" and "guerrillas" are one
-- entity in a document.
local function stem(key)
  return (gsub(key, "s$", ""))
end

-- Words after a name that make it the speaker, not the victim.
local SAYS = { said = true, stated = true, reported = true, added = true, noted = true,
  told = true, explained = true, announced = true, asserted = true, declared = true,
  says = true, stressed = true, indicated = true, denied = true, confirmed = true }

-- Connectors inside Spanish names: "alfonso de lima", "rivera y damas".
local CONNECT = { de = true, del = true, la = true, y = true, los = true }

--- The name grammar: finds people's names in a text of any letter case.
-- A name is a known first name, then up to five name words (known ones, or
-- words of three letters or more that are not common English), with
-- connectors ("de", "y") inside; a possessive ends it.
-- @tparam string text
-- @tparam table sets word sets `first`, `nameword`, `common`, `title`
--   (folded words as keys), as a model from @{load} holds them
-- @tparam function emit called as `emit(s, e, titled, speaker)` for each name
--   of two words or more: its offsets, whether a title ("father", "mayor")
--   stands right before it, whether the person speaks ("... said")
function M.person_names(text, sets, emit)
  return names(text, sets, emit)
end

function names(text, model, emit)
  local ws = words(text)
  local first, nameword, common, title = model.first, model.nameword, model.common,
    model.title
  local opener = model.opts and model.opts.name_opener and model.opener
  local connect = model.opts and model.opts.name_connect
  -- whether a title or person noun opens a name at word i, one space before
  local function opened(k)
    local p, x = ws[k - 1], ws[k]
    if not opener or not p or p.poss or common[x.w] or #x.w < 3
        or x.s - p.e ~= 2 or sub(text, p.e + 1, x.s - 1) ~= " " then
      return false
    end
    if opener[p.w] then return true end
    local pp = ws[k - 2]
    return (p.w == "as" and pp and pp.w == "identified") or p.w == "named"
  end
  local i, n = 1, #ws
  while i <= n do
    local w = ws[i]
    if (first[w.w] or opened(i)) and not title[w.w] and not w.poss then
      local j, last = i + 1, i
      while j <= n and j - i <= 5 and not ws[j - 1].poss do
        local x = ws[j]
        -- words of one name are separated by one space only
        if x.s - ws[j - 1].e ~= 2 or sub(text, ws[j - 1].e + 1, x.s - 1) ~= " " then break end
        -- a connector is a frequent word, which the test of common words
        -- would end the name at ("sofia de roldan"); `name_connect` lets it
        -- through, and the name still ends before it unless a name word follows
        if common[x.w] and not nameword[x.w] and not (connect and CONNECT[x.w]) then break end
        -- an English verb form ends the name: "... escobar escaped"
        if not nameword[x.w] and not first[x.w] and (find(x.w, "ed$") or find(x.w, "ing$")) then
          break
        end
        if CONNECT[x.w] then
          j = j + 1
        elseif nameword[x.w] or first[x.w] or #x.w >= 3 then
          last = j
          j = j + 1
        else
          break
        end
      end
      if last > i then
        local titled = i > 1 and (title[ws[i - 1].w] or false)
        local nx = ws[last + 1]
        local speaker = nx and SAYS[nx.w] or (i > 2 and ws[i - 2].w == "according")
        emit(w.s, ws[last].e, titled, speaker or false)
        i = last + 1
      else
        i = i + 1
      end
    else
      i = i + 1
    end
  end
end

-- Folds candidates whose words all occur, in order, in a longer candidate
-- ("oqueli" in "hector oqueli colindres") into it: one entity, one mention.
function merge_contained(list)
  sort(list, function(a, b) return #a.key > #b.key end)
  local out = {}
  for _, c in ipairs(list) do
    local host
    for _, o in ipairs(out) do
      if find(" " .. o.key .. " ", " " .. c.key .. " ", 1, true) then host = o; break end
    end
    if host then
      host.count = host.count + c.count
      if c.base > host.base then host.base = c.base end
      host.near = host.near or c.near
      if c.dist < host.dist then host.dist = c.dist end
      if c.ctx > host.ctx then host.ctx = c.ctx end
    else
      out[#out + 1] = c
    end
  end
  return out
end

--- What the rule pack finds in a document, for the learned scorer
-- (`incidents.muc4.spans`): sentence ends, the sentences that tell of an
-- incident, and spans of the role lexicons and the name grammar.
-- @tparam string text the document
-- @tparam table model from @{load}
-- @treturn table `{ends = {...}, trig = {[sentence] = {incident words}}, ntrig = n,
--   extra = {{s, e, tag}, ...}, rel = p, classes = {[word] = class}}`
function M.prepare(text, model)
  if type(text) ~= "string" then
    error("bad argument #1 to 'prepare' (string expected, got " .. type(text) .. ")", 2)
  end
  local ends = sentence_ends(text)
  local tr = model.triggers:find(text)
  local trig = {}
  for k = 1, #tr, 3 do
    local si = sentence_of(ends, tr[k])
    local l = trig[si] or {}
    trig[si] = l
    l[#l + 1] = lower(sub(text, tr[k], tr[k + 1]))
  end
  local extra = {}
  for _, role in ipairs(M.roles) do
    local lex = model.roles[role]
    if lex.matcher then
      local r = lex.matcher:find(text)
      -- no feature: the lexicons hold every train filler, so on train
      -- they would tell the answer
      for k = 1, #r, 3 do extra[#extra + 1] = { r[k], r[k + 1], false } end
    end
  end
  names(text, model, function(s, e, titled, speaker)
    local tag = speaker and "name.speaker" or (titled and "name.titled" or "name")
    if model.not_victim[lower(sub(text, s, e))] then tag = "name.notvictim" end
    extra[#extra + 1] = { s, e, tag }
  end)
  local rel = model.relevance and spans.prob(model.relevance, spans.doc_words(text))
  return { ends = ends, trig = trig, ntrig = #tr // 3, extra = extra, rel = rel,
    classes = model.word_class, open = model.open }
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
  if model.weights then return learned(text, model) end
  return handscored(text, model)
end

-- The hand-weighted scorer: lexicon precision, nearness to an incident
-- word, context words, repetition.
function handscored(text, model)
  local opts = model.opts
  local out, cands = {}, {}
  for _, role in ipairs(M.roles) do out[role] = {}; cands[role] = {} end

  local ends = sentence_ends(text)

  local tr = model.triggers:find(text)
  cands.triggers = #tr // 3
  if #tr // 3 < opts.min_triggers then return out, cands end
  local trig_sent, lead, tpos = {}, 0, {}
  for k = 1, #tr, 3 do
    tpos[#tpos + 1] = tr[k]
    local si = sentence_of(ends, tr[k])
    trig_sent[si] = true
    if si <= opts.lead_sentences then lead = lead + 1 end
  end
  cands.lead = lead
  if lead < opts.min_lead then return out, cands end

  local kill_sent = {}
  if model.kill then
    local kr = model.kill:find(text)
    for k = 1, #kr, 3 do kill_sent[sentence_of(ends, kr[k])] = true end
  end

  local pools = {}
  local function add(role, key, s, e, base)
    local pool = pools[role]
    if not pool then pool = { by_key = {}, list = {} }; pools[role] = pool end
    local si = sentence_of(ends, s)
    local near = trig_sent[si] or false
    -- chars to the closest trigger (binary search over trigger starts)
    local lo, hi = 1, #tpos
    while lo < hi do
      local mid = (lo + hi) // 2
      if tpos[mid] < s then lo = mid + 1 else hi = mid end
    end
    local dist = huge
    for k = lo - 1, lo do
      local t = tpos[k]
      if t then
        local d = t < s and s - t or t - e
        if d < 0 then d = 0 end
        if d < dist then dist = d end
      end
    end
    local cx = model.ctx[role]
    local before = match(sub(text, s > 30 and s - 30 or 1, s - 1), "(%a+)%A*$")
    local after = match(sub(text, e + 1, e + 30), "^%A*(%a+)")
    before, after = before and lower(before), after and lower(after)
    local ctx = (before and cx.before[before] or 0) + (after and cx.after[after] or 0)
    local c = pool.by_key[key]
    if not c then
      c = { key = key, mention = sub(text, s, e), start = s, base = base, sent = si,
        near = near, count = 0 }
      pool.by_key[key] = c
      pool.list[#pool.list + 1] = c
    end
    c.count = c.count + 1
    if base > c.base then c.base = base end
    c.near = c.near or near
    if not c.dist or dist < c.dist then c.dist = dist end
    if not c.ctx or ctx > c.ctx then c.ctx = ctx end
    return c
  end

  -- a weapon's words are not a target: "car" in "car bomb"
  local weapon_at = {}
  for _, role in ipairs(SCAN_ORDER) do
    local lex = model.roles[role]
    if lex.matcher then
      local r = lex.matcher:find(text)
      for k = 1, #r, 3 do
        if role == "Weapon" then
          for p = r[k], r[k + 1] do weapon_at[p] = true end
        end
        local phrase = lex.list[r[k + 2]]
        local key = role == "PerpOrg" and model.group_of[phrase] or stem(ree.normalize(phrase))
        local s = r[k]
        if role == "Target" and opts.weapon_not_target
            and (weapon_at[s] or weapon_at[r[k + 1]]) then
          key = nil
        end
        local mods = opts.modifiers[role] and model.modifiers[role]
        if mods then
          -- "electric power substation": the modifiers before a phrase
          -- belong to the mention
          for _ = 1, opts.modifiers[role] do
            local w = match(sub(text, s > 24 and s - 24 or 1, s - 1), "([%w%.%-']+) $")
            if not w or not mods[lower(w)] then break end
            s = s - #w - 1
          end
          if s ~= r[k] and role ~= "PerpOrg" then
            key = stem(ree.normalize(sub(text, s, r[k + 1])))
          end
        end
        if opts.number_prefix[role] then
          -- "three heavily armed men": the news counts the attackers, and so
          -- does the gold mention
          local w = match(sub(text, s > 16 and s - 16 or 1, s - 1), "(%w+) $")
          if w and (NUMBER[w] or match(w, "^%d+$")) then s = s - #w - 1 end
        end
        if key and role == "PerpInd" and opts.perp_modified then
          -- "a terrorist attack": the word names the attack, not who did it
          local nx = match(sub(text, r[k + 1] + 1, r[k + 1] + 24), "^ ([%a']+)")
          if nx and model.perp_modified[lower(nx)] then key = nil end
        end
        if key then add(role, key, s, r[k + 1], lex.score[phrase]) end
      end
    end
  end
  names(text, model, function(s, e, titled, speaker)
    if model.not_victim[lower(sub(text, s, e))] then return end
    local si = sentence_of(ends, s)
    local base = opts.name_score + (kill_sent[si] and opts.name_kill or 0)
      + (titled and opts.name_title or 0) - (speaker and opts.name_speaker or 0)
    local c = add("Victim", stem(ree.normalize(sub(text, s, e))), s, e, base)
    c.name, c.kill, c.titled = true, c.kill or kill_sent[si] or false, c.titled or titled
    c.speaker = c.speaker or speaker
  end)

  for _, role in ipairs(M.roles) do
    local list = merge_contained(pools[role] and pools[role].list or {})
    for _, c in ipairs(list) do
      c.score = c.base + (c.near and opts.near_bonus or 0) + opts.ctx_scale * c.ctx
        + (c.dist <= opts.close_chars and opts.close_bonus or 0)
        + opts.repeat_bonus * (c.count >= 3 and 2 or c.count - 1)
        - (c.start > opts.late_after and opts.late_penalty or 0)
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

-- The learned scorer, first half: every candidate phrase of the document
-- gets a probability per role from the role models, the gate gives the
-- story's, and the hand-weighted scorer its score per role (when `blend`
-- uses it, or `all_hand` asks for it).
local function learned_scores(text, model, all_hand)
  local opts = model.opts
  local info = M.prepare(text, model)
  local list = spans.candidates(text, model.lex, info)
  local probs, top, good = {}, {}, {}
  for k, c in ipairs(list) do
    local ps = {}
    for _, role in ipairs(M.roles) do
      local p = spans.prob(model.weights[role], c.feats)
      ps[role] = p
      -- the gate learned from the grammar's candidates: the wider ones of
      -- scoring time (`head_open`) are left out of its view, unless
      -- `wide_gate` says otherwise
      if not c.wide or opts.wide_gate then
        if p > (top[role] or 0) then top[role] = p end
        if p >= 0.3 then good[role] = (good[role] or 0) + 1 end
      end
    end
    probs[k] = ps
  end
  -- the gate: whether the story holds any filler, judged from its best
  -- candidates (a story of army clashes has guerrillas but no answer)
  local df = spans.doc_feats(top, good, info.rel, info.ntrig)
  local gate = model.gate and spans.prob(model.gate, df)
  -- and per role: whether the story holds a filler of the role
  local role_gate = {}
  for _, role in ipairs(M.roles) do
    role_gate[role] = model.role_gate and spans.prob(model.role_gate[role], df) or 1
  end
  local hand = {}
  local any_blend = all_hand or false
  for _, role in ipairs(M.roles) do any_blend = any_blend or opts.blend[role] > 0 end
  if any_blend then
    local _, hc = handscored(text, model)
    for _, role in ipairs(M.roles) do
      local t = {}
      for _, c in ipairs(hc[role] or {}) do
        local k = stem(ree.normalize(c.mention))
        if (t[k] or -huge) < c.score then t[k] = c.score end
      end
      hand[role] = t
    end
  end
  return { text = text, list = list, probs = probs, hand = hand, rel = info.rel, gate = gate,
    role_gate = role_gate, ntrig = info.ntrig, best = top, good = good }
end

-- Whether the words of key `a` occur, in order and together, in key `b`.
local function inside(a, b)
  return find(" " .. b .. " ", " " .. a .. " ", 1, true) ~= nil
end

-- Words that end an "of"-phrase: the clause goes on with a verb, a
-- preposition or a conjunction, no longer naming the thing.
local OF_STOP = word_set("in on at by and or but was were is are has had have been be who "
  .. "which that with from to for as when while after before during near where whose this "
  .. "these it its they their he his she her we said says reported also yesterday today")

-- Cardinal words and vague quantities news writes before a plural.
local CARDINAL = word_set("two three four five six seven eight nine ten eleven twelve "
  .. "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
  .. "fifty hundred several some many dozens")

-- Nouns of measure and of collectives that take "of" and the thing.
local MEASURE = word_set("kg kgs kilos kilograms grams pounds lbs tons sticks cartridges "
  .. "charges pieces units rounds boxes bags packages quantity load group groups column "
  .. "columns band gang squad commando unit cell")

local function is_number(w)
  return CARDINAL[w] or find(w, "^%d[%d,.]*$") ~= nil
end

-- The word ending right before byte `s` (one space between), and its start.
local function word_before(text, s)
  local a, w = match(sub(text, 1, s - 1), "()([%w][%w%-%.,']*) $")
  if not a then return nil end
  return gsub(w, "[,.]$", ""), a
end

-- Words that hedge a figure ("about 20", "at least 30").
local HEDGE = { about = true, approximately = true, some = true, nearly = true,
  around = true, almost = true, over = true, least = true }

-- Where a figure starting at byte `s` starts once the range and the hedge
-- before it are taken in: "approximately 20 or 30", "at least 30".
local function number_range(text, s)
  local w, a = word_before(text, s)
  if not w then return s end
  if is_number(w) then return s end
  if (w == "or" or w == "to") then
    local n, na = word_before(text, a)
    if n and is_number(n) then s, w, a = na, word_before(text, na) end
  end
  if w and HEDGE[w] then
    if w == "least" then
      local at, aa = word_before(text, a)
      if at == "at" then return aa end
      return s
    end
    return a
  end
  return s
end

-- The word of letters that ends one space before byte `s`, if any.
local function word_left(text, s)
  return match(sub(text, s > 40 and s - 40 or 1, s - 1), "%f[%a](%a+) $")
end

--- Moves the left edge of an answer the way the train keys do: it takes
-- the word right before it (one space between) when the keys nearly always
-- kept that word in a mention of the role, and loses its first word when
-- they mostly left it out (one word, where the knobs `edge_keep` and
-- `edge_drop` say so for the role); a name takes up to two name words
-- before it (`extend_name`), since the keys write people's full names.
-- @tparam string text the document
-- @tparam string mention the answer as it stands in the text
-- @tparam int start byte offset of that occurrence
-- @tparam string role one of @{roles}
-- @tparam table model from @{load} (its `keep` and `drop` word sets)
-- @tparam[opt] table opts knobs as in @{defaults} (default: the model's)
-- @treturn string the mention
-- @treturn int its start
function M.edge(text, mention, start, role, model, opts)
  if type(text) ~= "string" or type(mention) ~= "string" then
    error("bad argument to 'edge' (text and mention strings expected)", 2)
  end
  opts = opts or model.opts
  if not start or sub(text, start, start + #mention - 1) ~= mention then return mention, start end
  local first, rest = match(mention, "^(%a+) ()")
  if opts.edge_drop[role] and first and model.drop[role][lower(first)] then
    return sub(mention, rest), start + rest - 1
  end
  local e = start + #mention - 1
  if opts.edge_keep[role] then
    local w = word_left(text, start)
    if w and model.keep[role][lower(w)] then
      local s = start - #w - 1
      return sub(text, s, e), s
    end
  end
  if opts.extend_name[role] then
    -- name words (and "de", "y" between them) before the name
    local s, n = start, 0
    while n < 2 do
      local w = word_left(text, s)
      if not w then break end
      local lw, s2 = lower(w), s - #w - 1
      if CONNECT[lw] and lw ~= "la" and lw ~= "los" then
        local w2 = word_left(text, s2)
        local l2 = w2 and lower(w2)
        if not l2 or not (model.first[l2] or model.nameword[l2]) or model.title[l2] then break end
        s2 = s2 - #w2 - 1
      elseif not (model.first[lw] or model.nameword[lw]) or model.title[lw] then
        break
      end
      s, n = s2, n + 1
    end
    if s ~= start then return sub(text, s, e), s end
  end
  return mention, start
end

--- Grows an answer, as first told, the way MUC-4 keys write mentions: the
-- measure or group it is "of" ("5 kg of dynamite", "group of 10 gunmen"),
-- the number before it ("four bombs", "approximately 20 or 30 rebels"), the
-- "of"-phrase or "wearing"-phrase after it ("offices of lawyer X"). Which
-- role takes which is in the knobs `extend_of`, `extend_wearing`,
-- `extend_measure` and `extend_number` (chosen on train halves and dev).
-- Only words joined by single spaces are taken, never across punctuation,
-- so the mention stays a phrase of the text.
-- @tparam string text the document
-- @tparam string mention the answer as it stands in the text
-- @tparam int start byte offset of that occurrence
-- @tparam string role one of @{roles}
-- @tparam[opt] table opts knobs as in @{defaults} (default: the defaults)
-- @treturn string the grown mention (the answer itself when nothing fits)
function M.extend(text, mention, start, role, opts)
  if type(text) ~= "string" or type(mention) ~= "string" then
    error("bad argument to 'extend' (text and mention strings expected)", 2)
  end
  opts = opts or M.defaults
  if not start or sub(text, start, start + #mention - 1) ~= mention then return mention end
  local s, e = start, start + #mention - 1
  local rest = sub(text, e + 1, e + 80)
  local ofs = opts.extend_of[role] and not find(mention, " of ", 1, true)
    and match(rest, "^ of ()")
  ofs = ofs or opts.extend_wearing[role] and match(rest, "^ wearing ()")
  if ofs then
    local pos, last, n = ofs, nil, 0
    while n < 5 do
      local ws, w, we = match(rest, "^()([%w][%w%-']*)()", pos)
      if not ws or OF_STOP[w] then break end
      -- a word with an article after it is a verb taking its object
      -- ("men wearing uniforms entered the house"), except "of"
      local nx = match(rest, "^ (%w+)", we)
      if w ~= "of" and (nx == "the" or nx == "a" or nx == "an") then break end
      n = n + 1
      if w ~= "a" and w ~= "an" and w ~= "the" then last = we - 1 end
      if sub(rest, we, we) ~= " " then break end
      pos = we + 1
    end
    if last then e = e + last end
  end
  if opts.extend_measure[role] then
    local w, a = word_before(text, s)
    if w == "of" then
      local u, ua = word_before(text, a)
      if u and MEASURE[u] then
        s = ua
        local nw, na = word_before(text, s)
        if nw and is_number(nw) then s = na end
      end
    end
  end
  if opts.extend_number[role] and s == start then
    local w, a = word_before(text, s)
    if w and is_number(w) and not find(mention, "^%d") then s = a end
  end
  if s ~= start and (opts.extend_number[role] or opts.extend_measure[role]) then
    s = number_range(text, s)
  end
  return sub(text, s, e)
end

-- Verbs whose subject speaks: a person told only as their subject is a
-- source of the story, not one of its victims.
local SPEAKS = word_set("said says stated reported told added noted announced declared "
  .. "denounced condemned asserted explained stressed indicated denied confirmed expressed "
  .. "pointed warned urged asked called demanded accused blamed commented emphasized "
  .. "revealed described affirmed maintained praised criticized rejected requested proposed")

-- Whether `test(ltext, s, e)` holds for every whole-word mention of
-- `mention` in the lowercased text (false when there is none).
local function every_mention(text, mention, test)
  local ltext, m = lower(text), lower(mention)
  local init, n = 1, 0
  while true do
    local s, e = find(ltext, m, init, true)
    if not s then break end
    init = e + 1
    if not find(sub(ltext, s - 1, s - 1), "%w") and not find(sub(ltext, e + 1, e + 1), "%w") then
      n = n + 1
      if not test(ltext, s, e) then return false end
    end
  end
  return n > 0
end

-- A mention that is the subject of a verb of saying.
local function speaks(ltext, s, e)
  local rest = sub(ltext, e + 1, e + 160)
  local v = match(rest, "^'?s? (%a+)")
  local v2 = match(rest, "^ %a+ (%a+)")
  local app = match(rest, "^, [^%.;:\"]-, (%a+)")
  return (v and SPEAKS[v]) or (app and SPEAKS[app])
    or ((v == "who" or v == "has" or v == "had") and v2 and SPEAKS[v2])
    or find(sub(ltext, s > 20 and s - 20 or 1, s - 1), "according to $") ~= nil
end

-- Words of arrest and accusation: a person told only beside them is held
-- or accused by the authorities, not a victim of the incident.
local HELD = word_set("arrested detained suspect suspects accused implicated charged "
  .. "extradited extradition indicted sentenced jailed convicted")

-- Whether a word of `set` is told near the mention at `s`..`e`: up to
-- `back` bytes before it or `ahead` after, with none of the characters of
-- the class `stops` between (the mention's clause or sentence).
local function near_word(ltext, s, e, set, back, ahead, stops)
  local pre = match(sub(ltext, s > back and s - back or 1, s - 1), "([^" .. stops .. "]*)$")
  local post = match(sub(ltext, e + 1, e + ahead), "^([^" .. stops .. "]*)")
  for w in gmatch(pre .. " " .. post, "%a+") do
    if set[w] then return true end
  end
  return false
end

-- A mention with a word of arrest within its clause: up to 80 bytes
-- before it or 40 after, no stop or semicolon between.
local function held(ltext, s, e)
  return near_word(ltext, s, e, HELD, 80, 40, "%.;")
end

-- Nouns a perpetrator word modifies when it names a deed, not a doer
-- ("a terrorist act", "guerrilla actions"), beside the incident words and
-- `muc4.perp_modified`.
local DEED = word_set("act acts action actions sabotage crime crimes violence attack attacks "
  .. "bombing bombings assault assaults raid raids massacre acts")

--- Whether a one-word singular `mention` ("terrorist", "guerrilla") is,
-- everywhere in `text`, followed by a noun it modifies: a deed or a word of
-- `muc4.perp_modified` ("terrorist attack", "terrorist act", "guerrilla
-- offensive": the knob `modifier_drop`).
-- @tparam string text the document
-- @tparam string mention a phrase of it
-- @tparam table model from @{load}
-- @treturn boolean false when it is nowhere in the text
function M.only_modifier(text, mention, model)
  if type(text) ~= "string" or type(mention) ~= "string" or type(model) ~= "table" then
    error("bad argument to 'only_modifier' (text, mention and model expected)", 2)
  end
  if find(mention, "[%s%-]") or find(mention, "s$") then return false end
  return every_mention(text, mention, function(ltext, _, e)
    local w = match(sub(ltext, e + 1, e + 30), "^ (%a+)")
    return w ~= nil and (DEED[w] or model.perp_modified[w]) and true or false
  end)
end

-- Words of armed clashes between the army and rebels, which the MUC keys
-- do not count as terrorist incidents.
local CLASH = word_set("clash clashes clashed combat combats fighting skirmish skirmishes "
  .. "confrontation confrontations battle battles firefight engagement")

-- A mention in a sentence with a word of armed clash.
local function in_clash(ltext, s, e)
  return near_word(ltext, s, e, CLASH, 300, 300, "%.")
end

--- Whether every whole-word mention of `mention` in `text` is told in a
-- sentence with a word of armed clash ("clashed", "combat", "fighting":
-- the knob `clash_drop`; the keys leave the dead of a clash out).
-- @tparam string text the document
-- @tparam string mention a phrase of it
-- @treturn boolean false when it is nowhere in the text
function M.only_clash(text, mention)
  if type(text) ~= "string" or type(mention) ~= "string" then
    error("bad argument to 'only_clash' (text and mention strings expected)", 2)
  end
  return every_mention(text, mention, in_clash)
end

--- Whether every whole-word mention of `mention` in `text` is the subject
-- of a verb of saying, right after it, after "who", "has" or "had", or
-- after an apposition between commas ("x, archbishop of san salvador,
-- said"), or comes after "according to" (the `speaker_drop` knob).
-- @tparam string text the document
-- @tparam string mention a phrase of it
-- @treturn boolean false when it is nowhere in the text
function M.only_speaker(text, mention)
  if type(text) ~= "string" or type(mention) ~= "string" then
    error("bad argument to 'only_speaker' (text and mention strings expected)", 2)
  end
  return every_mention(text, mention, speaks) and true or false
end

--- Whether every whole-word mention of `mention` in `text` has one of the
-- words of `set` right before it, one space between (the `after_drop`
-- knob: "colonel", "archbishop" before a name the keys hardly ever held as
-- a victim).
-- @tparam string text the document
-- @tparam string mention a phrase of it
-- @tparam table set folded words as keys
-- @treturn boolean false when it is nowhere in the text
function M.only_after(text, mention, set)
  if type(text) ~= "string" or type(mention) ~= "string" or type(set) ~= "table" then
    error("bad argument to 'only_after' (text, mention and set expected)", 2)
  end
  return every_mention(text, mention, function(ltext, s)
    local w = match(sub(ltext, s > 40 and s - 40 or 1, s - 1), "%f[%a](%a+) $")
    return w ~= nil and set[w] == true
  end)
end

-- Whether `test(ltext, s, e)` holds for some whole-word mention of
-- `mention` in the lowercased text.
local function some_mention(text, mention, test)
  local ok = false
  every_mention(text, mention, function(ltext, s, e)
    if test(ltext, s, e) then ok = true end
    return not ok
  end)
  return ok
end

-- Round 7b. The nouns of a state's armed force, the words of a killing,
-- and the rebels whose dead the keys leave out (a clash, not an incident).
local STATE = word_set("soldier soldiers troops troop policeman policemen patrol patrols "
  .. "servicemen guardsmen officers officer")
local KILLS = word_set("killed murdered shot massacred assassinated kidnapped tortured "
  .. "executed machinegunned abducted fired")
local REBELS = word_set("guerrilla guerrillas rebel rebels terrorist terrorists subversive "
  .. "subversives insurgent insurgents narcoterrorists attackers farc eln fmln epl mrta "
  .. "leader leaders commander")

-- Words between a doer and its verb that keep the verb active.
local ACTIVE = word_set("have has had allegedly reportedly also then later")

local function no_rebel(s)
  for w in gmatch(s, "%a+") do
    if REBELS[w] then return false end
  end
  return true
end

-- A mention told as the doer of a killing of people who are no rebels:
-- "(people) killed by (up to three words) x" or "x (one word) killed
-- (people)", within one clause and in no sentence of armed clash.
local function state_doer(ltext, s, e)
  if in_clash(ltext, s, e) then return false end
  local pre = sub(ltext, s > 160 and s - 160 or 1, s - 1)
  local b = match(pre, ".*() by ")
  if b then
    local between = sub(pre, b + 4)
    local n = 0
    for _ in gmatch(between, "%S+") do n = n + 1 end
    local v = match(sub(pre, 1, b - 1), "(%a+)$")
    if n <= 3 and find(between, "^[%a%-' ]*$") and v and KILLS[v] then
      return no_rebel(match(sub(pre, 1, b - 1), "([^%.;:]*)$"))
    end
  end
  local post = sub(ltext, e + 1, e + 120)
  local v1, v2 = match(post, "^ (%a+)"), match(post, "^ %a+ (%a+)")
  local at = (v1 and KILLS[v1] and 2 + #v1)
    or (v1 and ACTIVE[v1] and v2 and KILLS[v2] and match(post, "^ %a+ %a+()"))
  if at and not find(post, "^ by ", at) then
    return no_rebel(match(sub(post, at, at + 60), "^([^%.;:]*)"))
  end
  return false
end

-- A candidate whose last word is a state's force, told as the doer of a
-- killing (the knob `state_agent`).
local function state_agent(text, key, mention)
  local last = match(key, "(%a+)$")
  return last ~= nil and STATE[last] == true and no_rebel(key)
    and some_mention(text, mention, state_doer)
end

-- Generic nouns of rebels, which the keys hold only for the incident the
-- story is about.
local GENERIC = word_set("guerrilla guerrillas terrorist terrorists rebel rebels subversive "
  .. "subversives insurgent insurgents")

-- Whether a generic rebel noun is told in a sentence of the story's main
-- event: with `mode` "main", the first sentence with an incident word or
-- the one after it; with "any", any sentence with an incident word; with
-- "doer", the same but not before a deed it modifies ("terrorist attack")
-- (the knob `generic_main`). Other candidates always pass.
local function generic_told(text, key, mention, model, mode)
  if not GENERIC[key] then return true end
  local ends = sentence_ends(text)
  local tr = model.triggers:find(text)
  local trig, first = {}, nil
  for k = 1, #tr, 3 do
    local si = sentence_of(ends, tr[k])
    trig[si] = true
    if not first or si < first then first = si end
  end
  if not first then return false end
  return some_mention(text, mention, function(ltext, ms, me)
    local si = sentence_of(ends, ms)
    if mode == "doer" then
      -- "a terrorist attack" tells a deed, not a doer
      local w = match(sub(ltext, me + 1, me + 30), "^ (%a+)")
      return trig[si] == true and not (w and (DEED[w] or model.perp_modified[w]))
    end
    if mode == "any" then return trig[si] == true end
    return si == first or si == first + 1
  end)
end

-- Round 8, relevance. The MUC task leaves out an incident whose target is
-- an armed force (soldiers, police, a garrison) or a member of an armed
-- group, unless civilians or civilian property are hit too: a clash, an
-- ambush of a patrol, an air strike on rebel positions. The words of harm
-- (a clause with one tells who or what was hit), of combatants, and of
-- civilian people and things.
local HARM = word_set("killed kill kills killing murdered murder wounded injured kidnapped "
  .. "kidnapping abducted attacked attack attacks ambushed ambush dynamited destroyed damaged "
  .. "burned bombed bombing blew exploded explosion shot machinegunned massacred massacre "
  .. "assassinated assassination strafed strafing casualties dead died hostage hostages hit "
  .. "raided stormed sabotage sabotaged fire torched")
local COMBATANT = word_set("soldier soldiers troops troop army patrol patrols garrison "
  .. "garrisons barracks policeman policemen guardsman guardsmen battalion battalions brigade "
  .. "brigades detachment detachments convoy convoys paratroopers infantry lieutenant sergeant "
  .. "corporal captain colonel officer officers commando commandos carabineros carabinero agent "
  .. "agents serviceman servicemen marines helicopter helicopters gunship gunships aircraft "
  .. "planes plane guerrilla guerrillas rebel rebels subversive subversives insurgent insurgents "
  .. "terrorists fighters combatants militiamen column columns positions position outpost "
  .. "outposts post posts cadets squad unit units troopers guards members member forces")
local CIVILIAN = word_set("civilian civilians peasant peasants resident residents inhabitants "
  .. "population people persons person child children boy boys girl girls women woman men man "
  .. "student students worker workers priest priests jesuit jesuits nun nuns journalist "
  .. "journalists reporter reporters passenger passengers house houses home homes residence "
  .. "residences building buildings store stores shop shops bank banks office offices "
  .. "headquarters church churches embassy school schools university hospital tower towers "
  .. "pylon pylons line lines plant plants substation bridge bridges pipeline farm farms company "
  .. "companies factory plantation mayor judge judges councilman senator deputy minister "
  .. "candidate businessman businessmen politician politicians unionist unionists bus buses car "
  .. "cars truck trucks vehicle vehicles hotel restaurant station stations family families "
  .. "relatives teacher teachers doctor citizen citizens neighborhood neighborhoods town towns "
  .. "village villages villagers leader leaders official officials engineer engineers technician "
  .. "technicians employee employees manager director president diplomat ambassador consul "
  .. "missionary missionaries businesses installations facilities property electric electrical "
  .. "electricity power energy oil telephone water system systems pole poles airport airports "
  .. "ambulance newspaper newspapers radio television mine mines miners community communities "
  .. "farmer farmers sympathizers attorney dr")
-- Words that make a civilian noun after them a force's: "military
-- vehicle", "police station", "army convoy".
local FORCE_MOD = word_set("military army police navy naval air guard troop troops garrison "
  .. "armed security")
-- A rank or force noun right before a name makes the person a combatant.
local RANK = word_set("soldier policeman guardsman lieutenant sergeant corporal captain "
  .. "colonel col lt sgt cpl capt major general gen agent agents officer commander guerrilla "
  .. "rebel commando cadet private patrolman militiaman")

--- Whether a story tells only combatants as the ones hit: every clause
-- with a word of harm ("killed", "attacked", "ambushed") names no civilian
-- person or thing (a civilian noun not after "military", "police" ...; a
-- person's name without a rank or force noun before it), and at least one
-- names a soldier, policeman, patrol, garrison, guerrilla or rebel (the
-- knob `combatant_gate`; MUC's relevance rule 1).
-- @tparam string text the document
-- @tparam table model from @{load}
-- @treturn boolean
function M.only_combatants(text, model)
  if type(text) ~= "string" or type(model) ~= "table" then
    error("bad argument to 'only_combatants' (text and model expected)", 2)
  end
  -- the words of people's names, when some mention has no rank before it
  local civil = {}
  names(text, model, function(s, e)
    local rank = match(lower(sub(text, s > 40 and s - 40 or 1, s - 1)), "(%a+)%s+$")
    if not (rank and RANK[rank]) then
      for w in gmatch(lower(sub(text, s, e)), "%a+") do
        if #w > 3 then civil[w] = true end
      end
    end
  end)
  local ltext, combatant = lower(text), false
  for clause in gmatch(ltext, "[^,;:%(%)%.!?]+") do
    local ws, harm = {}, false
    for w in gmatch(clause, "%a[%a%-]*") do
      ws[#ws + 1] = w
      if HARM[w] then harm = true end
    end
    if harm then
      for i, w in ipairs(ws) do
        if (CIVILIAN[w] or civil[w]) and not (i > 1 and FORCE_MOD[ws[i - 1]]) then
          return false
        end
        if COMBATANT[w] then combatant = true end
      end
    end
  end
  return combatant
end

-- Words that tell an incident as no fact: denied, planned or threatened,
-- talked of in peace talks, or the matter of an extradition, an arrest or
-- an arms seizure (MUC's relevance rule 5: reported as fact).
local NOT_FACT = word_set("denied deny denies denial false rumor rumors plot plots plan plans "
  .. "planned planning intended would will threat threats threatened threatening could might "
  .. "may possible peace dialogue talks truce cease-fire ceasefire negotiation negotiations "
  .. "negotiate extradition extradited extradite arrested arrest trial sentenced accused "
  .. "charged investigation investigating suspects seized confiscated arsenal cache caches "
  .. "seizure")

--- Whether every incident or kill word of a story is told in a sentence
-- that frames it as no fact: denied, planned, threatened, in peace talks,
-- an extradition, an arrest or an arms seizure (the knob `not_fact_gate`;
-- false when the story has no incident word).
-- @tparam string text the document
-- @tparam table model from @{load}
-- @treturn boolean
function M.no_fact(text, model)
  if type(text) ~= "string" or type(model) ~= "table" then
    error("bad argument to 'no_fact' (text and model expected)", 2)
  end
  local ltext, n = lower(text), 0
  for _, m in ipairs({ model.triggers, model.kill }) do
    local r = m:find(text)
    for k = 1, #r, 3 do
      n = n + 1
      if not near_word(ltext, r[k], r[k + 1], NOT_FACT, 400, 400, "%.!?") then return false end
    end
  end
  return n > 0
end

-- Words of an arms seizure, and the verbs of a deed done with a weapon.
local SEIZED = word_set("seized seize seizure confiscated confiscate captured found discovered "
  .. "cache caches arsenal arsenals stockpile seizing confiscation recovered")
local DEED_VERB = word_set("killed murdered wounded injured kidnapped abducted attacked ambushed "
  .. "dynamited destroyed damaged burned bombed blew exploded shot machinegunned massacred "
  .. "assassinated strafed died raided stormed sabotaged torched detonated hurled fired opened")

-- A mention in a sentence of an arms seizure that tells no deed.
local function seized_only(ltext, s, e)
  return near_word(ltext, s, e, SEIZED, 400, 400, "%.!?")
    and not near_word(ltext, s, e, DEED_VERB, 400, 400, "%.!?")
end

-- Vehicles perpetrators are told by.
local VEHICLE = word_set("car cars vehicle vehicles automobile automobiles jeep jeeps truck "
  .. "trucks van vans pickup motorcycle motorcycles motorbike taxi bus")
local ARTICLE = word_set("a an the")

--- Round 7b's growths of an answer where first told, at selection: the
-- owner before a target ("merino's home": `extend_owner`; a name, not a
-- common noun such as "the company's"), a noun the answer modifies that
-- ended the role's train fillers in at least a tenth of the train stories
-- that tell it, three at least ("soviet embassy building": `extend_head`;
-- needs the weights' statistics), and two kept off: the
-- vehicle after a perpetrator ("two men on a motorcycle":
-- `extend_vehicle`) and the "of"-phrase of a bare "members"
-- (`extend_members`). Words joined by single spaces only, so the mention
-- stays a phrase of the text.
-- @tparam string text the document
-- @tparam string mention the answer as it stands in the text
-- @tparam int at byte offset of that occurrence
-- @tparam string role one of @{roles}
-- @tparam table model from @{load} (`common` words; `lex.headstat` from the weights)
-- @tparam[opt] table opts knobs as in @{defaults} (default: the model's)
-- @treturn string the mention
-- @treturn int its start
function M.grow(text, mention, at, role, model, opts)
  if type(text) ~= "string" or type(mention) ~= "string" or type(model) ~= "table" then
    error("bad argument to 'grow' (text, mention and model expected)", 2)
  end
  opts = opts or model.opts
  if not at or sub(text, at, at + #mention - 1) ~= mention then return mention, at end
  local s, e = at, at + #mention - 1
  local rest = lower(sub(text, e + 1, e + 120))
  if opts.extend_vehicle[role] then
    local pos = match(rest, "^ riding ()") or match(rest, "^ travell?ing ()")
    if pos then
      pos = match(rest, "^in ()", pos) or match(rest, "^on ()", pos)
    else
      pos = match(rest, "^ in ()") or match(rest, "^ on ()")
    end
    local n = 0
    while pos and n < 5 do
      local w, we = match(rest, "^(%a+)()", pos)
      if not w or (n > 0 and ARTICLE[w]) or (OF_STOP[w] and not ARTICLE[w]) then break end
      n = n + 1
      if VEHICLE[w] then e = e + we - 1; break end
      if sub(rest, we, we) ~= " " then break end
      pos = we + 1
    end
  end
  if opts.extend_members[role] and e == at + #mention - 1 and find(lower(mention), "members?$")
      and not find(mention, " of ", 1, true) then
    local pos, last, n = match(rest, "^ of ()"), nil, 0
    while pos and n < 8 do
      local w, we = match(rest, "^([%w][%w%-']*)()", pos)
      if not w or (OF_STOP[w] and not ARTICLE[w]) or find(w, "ed$") then break end
      n = n + 1
      if not ARTICLE[w] then last = we - 1 end
      if sub(rest, we, we) ~= " " then break end
      pos = we + 1
    end
    if last then e = e + last end
  end
  if opts.extend_head[role] and model.lex and e == at + #mention - 1 then
    local w = match(rest, "^ (%a+)")
    local st = w and model.lex.headstat[w]
    local k = ROLE_INDEX[role]
    if st and st[1] >= 3 and st[k] / st[1] >= 0.1 and not OF_STOP[w] then
      e = e + 1 + #w
    end
  end
  if opts.of_owner[role] and model.lex then
    -- the thing the answer owns, where the story first tells it so:
    -- "the offices of the X" for "X" (the keys write the physical target)
    local k = ROLE_INDEX[role]
    local lt, lm = lower(text), lower(mention)
    local init = 1
    while true do
      local ms, me = find(lt, lm, init, true)
      if not ms then break end
      init = me + 1
      local from = ms > 40 and ms - 40 or 1
      local pre = sub(lt, from, ms - 1)
      local hs, h = match(pre, "()(%a+) of the $")
      if not hs then hs, h = match(pre, "()(%a+) of $") end
      local st = h and model.lex.headstat[h]
      if st and st[1] >= 3 and st[k] / st[1] >= 0.1 and not find(sub(lt, me + 1, me + 1), "%w")
          and not find(sub(lt, hs + from - 2, hs + from - 2), "%w") then
        local b = from + hs - 1
        return sub(text, b, me), b
      end
    end
  end
  if opts.extend_owner[role] then
    local pre = lower(sub(text, s > 80 and s - 80 or 1, s - 1))
    local ps, pw = match(pre, "()(%a[%w%-]*'s?) $")
    local base = pw and match(pw, "^(.-)'")
    if base and base ~= "it" and find(pw, "'") and not model.common[base] then
      local back = #pre - ps + 1
      local n = 0
      while n < 2 do
        local w = match(sub(pre, 1, #pre - back), "%f[%a](%a+) $")
        if not w or OF_STOP[w] or ARTICLE[w] or w == "of" or find(w, "ed$") or find(w, "ing$")
            then break end
        back, n = back + #w + 1, n + 1
      end
      s = s - back
    end
  end
  return sub(text, s, e), s
end

-- A one-word answer ("building") as the story's fuller phrase of the same
-- head among the candidates ("fenastras building", "democracy tower
-- building"), the one the role's model scores highest (the knob
-- `fuller_head`): the keys write the thing with its name.
local function fuller(sc, probs, role, key, mention, at, model)
  local best, bp = nil, -1
  local tail = " " .. key
  for k, c in ipairs(sc.list) do
    if #c.key > #tail and sub(c.key, -#tail) == tail and probs[k][role] > bp then
      -- only a name before the head ("fenastras building", "ritz hotel"),
      -- not "another car", "10 buses", "attack on the building"
      local named, n = true, 0
      for w in gmatch(sub(c.key, 1, #c.key - #tail), "%S+") do
        n = n + 1
        if model.common[w] or not find(w, "^%a+$") or OF_STOP[w] or ARTICLE[w] then
          named = false
        end
      end
      if named and n <= 3 then best, bp = c, probs[k][role] end
    end
  end
  if best then return best.mention, best.start end
  return mention, at
end

-- The shortest alias of a group among the story's candidates, and where it
-- is first told.
local function shortest_alias(sc, model, group, mention, at)
  local best = ree.normalize(mention)
  for _, c in ipairs(sc.list) do
    if model.group_of[c.key] == group and #c.key < #best then
      best, mention, at = c.key, c.mention, c.start
    end
  end
  return mention, at
end

-- The learned scorer, second half: per role the best candidates above the
-- thresholds are kept, one per entity: a phrase inside a kept one
-- ("guerrillas" beside "urban guerrillas"), or holding one, or another
-- alias of the same group, is the same entity and would be a false
-- positive.
-- Words a member of a list of things never holds: the clause's verbs,
-- prepositions, pronouns and the like (with `OF_STOP`), and the words that
-- count or point at it, which the keys leave out.
local LIST_STOP = word_set("not no nor if then than so such what both all each every any "
  .. "one one's because according us them him me you i our your my there here those "
  .. "another other others which of either")

-- Nouns of the harm a deed does, which a list of things hit also holds
-- ("damaged two houses and caused injuries").
local HARM_DONE = word_set("injuries injury damage damages losses casualties deaths wounds "
  .. "victims")

-- Nouns of the places a list of things is told in ("in the city, the
-- department and the region"), not things hit.
local REGION_NOUN = word_set("city cities municipality municipalities department departments "
  .. "province provinces state states district districts sector sectors region regions area "
  .. "areas zone zones neighborhood neighborhoods canton cantons country countries")

--- The members of the lists of noun phrases a mention stands in ("the
-- municipal office, a gasoline station and the civil defense post"), for
-- the round-9 knob `list_member`: for each whole-word occurrence, the
-- phrases joined to it by a comma, "and" or "or", on either side, within
-- its clause, when the list is joined by "and" or "or" at least once (a
-- comma alone may open an apposition). A member is one to four words after
-- its article or number, with no preposition, pronoun, conjunction or verb
-- of saying, no word in "-ed", no "-ing" word at either end, and it must end
-- where the list goes on or the clause ends, so that a verb's object
-- ("burned several houses") is never taken for one. A mention with an
-- "of"-phrase takes no members after it ("the embassies of the prc and the
-- soviet union" lists owners). A word in "-ing" may end a member when it
-- is one of `nouns` ("building").
-- @tparam string text the story
-- @tparam string mention an answer, as written in the story
-- @tparam[opt] table nouns set of words in "-ing" that are nouns (the heads of the
--   train fillers)
-- @treturn table list of `{s, e}` byte offsets of the members, in the order found
-- @usage muc4.list_members("rebels burned a bus, a truck and two cars.", "a bus")
function M.list_members(text, mention, nouns)
  nouns = nouns or {}
  if type(text) ~= "string" or type(mention) ~= "string" then
    error("bad argument to 'list_members' (text and mention expected)", 2)
  end
  local lt, lm = lower(text), lower(mention)
  local ws, at_start, at_stop = {}, {}, {}
  for s, w, e in gmatch(lt, "()([%w][%w%-']*)()") do
    ws[#ws + 1] = { s = s, e = e - 1, w = w }
    at_start[s], at_stop[e - 1] = #ws, #ws
  end
  local function bad(w)
    return OF_STOP[w] or LIST_STOP[w] or ARTICLE[w] or find(w, "ed$") ~= nil
      or find(w, "^%d") ~= nil or find(w, "'") ~= nil
  end
  local function gap(k) -- what lies between word k and word k + 1
    return ws[k + 1] and sub(lt, ws[k].e + 1, ws[k + 1].s - 1) or "."
  end
  local function joiner(k) -- does a list joiner follow word k? then the next word
    local g = gap(k)
    if g == ", " then
      if ws[k + 1].w == "and" or ws[k + 1].w == "or" then return k + 2 end
      return k + 1
    end
    if g == " " and (ws[k + 1].w == "and" or ws[k + 1].w == "or") then return k + 2 end
    return nil
  end
  local out, seen = {}, {}
  local function add(a, b)
    if not a or b < a or b - a > 3 then return end
    if find(ws[a].w, "ing$") or (find(ws[b].w, "ing$") and not nouns[ws[b].w]) then return end
    for k = a, b do if bad(ws[k].w) then return end end
    local key = ws[a].s .. ":" .. ws[b].e
    if not seen[key] then seen[key] = true; out[#out + 1] = { ws[a].s, ws[b].e } end
  end
  local init = 1
  while true do
    local ms, me = find(lt, lm, init, true)
    if not ms then break end
    init = me + 1
    local i, j = at_start[ms], at_stop[me]
    if i and j then
      -- to the right: member after member while a joiner follows
      -- (not after an answer with an "of"-phrase: "the embassies of the prc
      -- and the soviet union" lists owners, not things)
      local k, n = not find(lm, " of ", 1, true) and joiner(j), 0
      local run, coord = {}, false
      while k and ws[k] and n < 6 do
        local anded = ws[k - 1].w == "and" or ws[k - 1].w == "or"
        while ws[k] and (ARTICLE[ws[k].w] or CARDINAL[ws[k].w] or find(ws[k].w, "^%d")) do
          k = k + 1
        end
        local a, b = k, nil
        while ws[k] and not bad(ws[k].w) and k - a < 4 do
          b = k
          if gap(k) ~= " " then break end
          k = k + 1
        end
        if not b then break end
        local g = gap(b)
        local nx = ws[b + 1] and ws[b + 1].w
        -- a bracket or a quote after it means the phrase goes on
        local ends = find(g, "^[,.;:]") or (g == " " and (nx == "and" or nx == "or" or OF_STOP[nx]))
        if not ends then break end
        coord = coord or anded
        run[#run + 1] = { a, b }
        n = n + 1
        k = joiner(b)
      end
      -- to the left: the member before a joiner, back to its article, a
      -- number or a word that is no part of it
      k, n = i - 1, 0
      -- the answer itself may be the list's last member ("and the civil
      -- defense post"), past its article or number
      while k >= 1 and (ARTICLE[ws[k].w] or CARDINAL[ws[k].w]) and gap(k) == " " do k = k - 1 end
      while k >= 1 and n < 6 do
        local g = gap(k)
        local b, anded
        if g == ", " then b = k
        elseif (ws[k].w == "and" or ws[k].w == "or") and k > 1 then
          anded = true
          b = (gap(k - 1) == ", " or gap(k - 1) == " ") and k - 1 or nil
        end
        if not b or bad(ws[b].w) then break end
        local a = b
        while a > 1 and gap(a - 1) == " " and not bad(ws[a - 1].w) and b - a < 3
            and not CARDINAL[ws[a - 1].w] do
          a = a - 1
        end
        coord = coord or anded
        run[#run + 1] = { a, b }
        n = n + 1
        k = a - 1
        -- the list goes on leftwards only past a comma
        if k < 1 or (gap(k) ~= ", " and not ARTICLE[ws[k].w] and not CARDINAL[ws[k].w]) then
          break
        end
        if ARTICLE[ws[k].w] or CARDINAL[ws[k].w] then k = k - 1 end
        if k < 1 or gap(k) ~= ", " then break end
      end
      -- a comma alone may open an apposition ("the das, the secret
      -- police"): the members count only in a list joined by "and", "or"
      if coord then for _, x in ipairs(run) do add(x[1], x[2]) end end
    end
  end
  return out
end

local function learned_select(sc, model, opts)
  local out, cands = {}, { triggers = sc.ntrig, gate = sc.gate }
  local list, hand = sc.list, sc.hand
  if (sc.rel and sc.rel < opts.rel_gate) or (sc.gate and sc.gate < opts.gate_min)
      or (opts.combatant_gate and sc.gate and sc.gate < opts.combatant_gate
        and M.only_combatants(sc.text, model))
      or (opts.not_fact_gate and sc.gate and sc.gate < opts.not_fact_gate
        and M.no_fact(sc.text, model)) then
    for _, role in ipairs(M.roles) do out[role], cands[role] = {}, {} end
    return out, cands
  end
  local damp = sc.rel and opts.rel_power > 0 and sc.rel ^ opts.rel_power or 1
  if sc.gate and opts.gate_power > 0 then damp = damp * sc.gate ^ opts.gate_power end
  local probs = {}
  for k, c in ipairs(list) do
    local ps, best = {}, 0
    for _, role in ipairs(M.roles) do
      local rg = sc.role_gate[role]
      local p = 0
      if rg >= opts.role_gate_min[role] then
        p = sc.probs[k][role] * damp * rg ^ opts.role_gate_power[role]
        local h = opts.blend[role] > 0 and hand[role] and hand[role][stem(c.key)]
        if h then p = p + opts.blend[role] * h end
      end
      ps[role] = p
      if p > best then best = p end
    end
    ps.best = best
    probs[k] = ps
  end
  for _, role in ipairs(M.roles) do
    local thr = opts.learned_threshold[role]
    if opts.learned_first[role] < thr then thr = opts.learned_first[role] end
    local scored = {}
    for k, c in ipairs(list) do
      local p = probs[k][role]
      if opts.state_agent[role] and p > 0 and p < opts.learned_threshold[role]
          and state_agent(sc.text, c.key, c.mention) then
        p = opts.learned_threshold[role]
      end
      if p >= thr and (not opts.exclusive or p >= probs[k].best) then
        scored[#scored + 1] = { c = c, p = p, key = c.key, mention = c.mention,
          start = c.start, score = p, base = p, count = c.count, dist = 0, ctx = 0,
          near = false, sent = c.sent }
      end
    end
    sort(scored, function(a, b)
      if a.p ~= b.p then return a.p > b.p end
      return a.start < b.start
    end)
    local ents, kept = {}, {}
    for _, x in ipairs(scored) do
      if #ents >= opts.learned_cap[role] then break end
      if #ents > 0 and x.p < opts.learned_threshold[role] then break end
      local key = x.key
      local group = model.group_of[key]
      local speaker = (opts.speaker_drop[role] and M.only_speaker(sc.text, x.mention))
        or (opts.after_drop[role] and M.only_after(sc.text, x.mention, model.not_victim_after))
        or (opts.held_drop[role] and every_mention(sc.text, x.mention, held))
        or (opts.modifier_drop[role] and M.only_modifier(sc.text, x.mention, model))
        or (opts.clash_drop[role] and M.only_clash(sc.text, x.mention))
        or (opts.seized_drop[role] and every_mention(sc.text, x.mention, seized_only))
        or (opts.generic_main[role]
          and not generic_told(sc.text, key, x.mention, model, opts.generic_main[role]))
      -- the grown mention is a second key: two answers grown into the same
      -- phrase ("group of men" and "men wearing uniforms") are one entity
      local mention, at = x.mention, x.start
      if group and opts.short_alias then
        mention, at = shortest_alias(sc, model, group, mention, at)
      end
      if opts.fuller_head[role] and not find(key, " ") then
        mention, at = fuller(sc, probs, role, key, mention, at, model)
      end
      mention, at = M.edge(sc.text, mention, at, role, model, opts)
      mention, at = M.grow(sc.text, mention, at, role, model, opts)
      mention = M.extend(sc.text, mention, at, role, opts)
      local key2 = mention == x.mention and key or ree.normalize(mention)
      local dup = false
      for _, k in ipairs(kept) do
        if inside(key, k.key) or inside(k.key, key) or (group and group == k.group)
            or stem(key) == stem(k.key) or inside(key2, k.key2) or inside(k.key2, key2) then
          dup = true
          break
        end
      end
      if not dup and not speaker and (#ents > 0 or x.p >= opts.learned_first[role]) then
        kept[#kept + 1] = { key = key, group = group, key2 = key2 }
        ents[#ents + 1] = { mention }
      end
    end
    if opts.list_member[role] then
      -- round 9: the other members of a list an answer stands in, where
      -- the role's cap leaves room ("the municipal office, a gasoline
      -- station and the civil defense post"): the keys list each thing
      -- hit, and the chunk grammar proposes few of them
      local answers = {}
      for _, e in ipairs(ents) do answers[#answers + 1] = e[1] end
      -- a member the role models score higher for another role ("the
      -- bombs, grenades and rifles"), or that names the deed or its harm
      -- ("attacks and injuries"), is no member of this role
      local other = {}
      for k, c in ipairs(list) do
        local ps, mine = probs[k], probs[k][role]
        for _, r in ipairs(M.roles) do
          if r ~= role and ps[r] > mine then other[c.key] = true end
        end
      end
      for _, r in ipairs(M.roles) do
        for _, e in ipairs(out[r] or {}) do other[ree.normalize(e[1])] = true end
      end
      -- "name": only people the name grammar reads, told beside no word of
      -- arrest (a list of the arrested is no list of victims)
      local named
      if opts.list_member[role] == "name" then
        named = {}
        for _, c in ipairs(list) do
          for _, f in ipairs(c.feats) do
            if f == "tag=name" or f == "tag=name.titled" then named[c.key] = true end
          end
        end
      end
      local wc, places = model.word_class, model.pack.place_alias_index or {}
      local weapon = model.roles.Weapon and model.roles.Weapon.matcher
      for _, m in ipairs(answers) do
        for _, se in ipairs(M.list_members(sc.text, m, model.lex and model.lex.head)) do
          if #ents >= opts.learned_cap[role] then break end
          local mention = sub(sc.text, se[1], se[2])
          local key = ree.normalize(mention)
          local dup = key == "" or model.group_of[key] ~= nil or other[key] or false
          for w in gmatch(key, "%S+") do
            if wc[w] == "incident" or wc[w] == "kill" or HARM_DONE[w] or FORCE_MOD[w]
                or REGION_NOUN[w] or model.opener[w] or find(w, "ly$") then
              dup = true
            end
          end
          -- nor a place ("medellin, cali and bogota") or a weapon
          if places[lower(mention)] or (weapon and #weapon:find(mention) > 0) then dup = true end
          if named and not dup and (not named[key] or every_mention(sc.text, mention, held)) then
            dup = true
          end
          for _, k in ipairs(kept) do
            if dup then break end
            dup = inside(key, k.key) or inside(k.key, key) or stem(key) == stem(k.key)
              or inside(key, k.key2) or inside(k.key2, key)
          end
          if not dup then
            kept[#kept + 1] = { key = key, key2 = key }
            ents[#ents + 1] = { mention }
          end
        end
      end
    end
    out[role], cands[role] = ents, scored
  end
  return out, cands
end

function learned(text, model)
  return learned_select(learned_scores(text, model), model, model.opts)
end

--- The learned scorer's probabilities of a document, before any threshold,
-- for tools that tune the knobs without scoring the text again.
-- @tparam string text
-- @tparam table model from @{load}, with weights
-- @treturn table scores to give to @{select}
function M.scores(text, model)
  if type(text) ~= "string" then
    error("bad argument #1 to 'scores' (string expected, got " .. type(text) .. ")", 2)
  end
  if type(model) ~= "table" or not model.weights then
    error("bad argument #2 to 'scores' (model with weights expected)", 2)
  end
  return learned_scores(text, model, true)
end

--- Chooses the answers from @{scores} with the given knobs.
-- @tparam table sc from @{scores}
-- @tparam table model from @{load}
-- @tparam[opt] table opts knobs as in @{defaults} (default: the model's)
-- @treturn table the answers, as @{answers} gives them
-- @treturn table per role, the candidates that passed the lower of the
--   role's two thresholds, best first (`{c = candidate, p = score, ...}`),
--   for tools that ask why a candidate was not chosen (`tools/muc4-ranked.lua`)
function M.select(sc, model, opts)
  return learned_select(sc, model, opts or model.opts)
end

return M
