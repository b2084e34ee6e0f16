--- Status cues: was it an attack, a foiled plot, a threat, or not an incident at all?
--
-- `scan` returns one record per cue in a span of text (normally one sentence):
--
--     { status = "plot_foiled" | "threat" | "hypothetical" | "state_strike"
--              | "raid" | "execution" | "negated" | "failed",
--       start = s, stop = e,   -- the cue, 1-based inclusive
--       rule = "plot.foiled",  -- which construction matched
--       text = "foiled" }
--
-- | status         | examples                                                        |
-- |----------------|-----------------------------------------------------------------|
-- | `plot_foiled`  | foiled, thwarted, "disrupted a plot", "prevented an attack",      |
-- |                | "plot to bomb", "planned to attack", "on suspicion of planning",  |
-- |                | "arrested in connection with a plot", "the plot had been uncovered" |
-- | `threat`       | "threatened to", "vowed to attack", "warned of", "threat of"     |
-- | `hypothetical` | "could strike", "may attack", "would target", "were to attack"  |
-- | `state_strike` | airstrike, air strike, drone strike, missile strikes, shelling    |
-- | `raid`         | "counter-terrorism raid", "security forces raided", "shootout     |
-- |                | with police", "intelligence-based operation"                     |
-- | `execution`    | executed, hanged, "sentenced to death" (not "execution-style",    |
-- |                | not "executed the attack")                                       |
-- | `negated`      | "there was no bombing", "no attack took place", "did not happen" |
-- | `failed`       | "failed to detonate", "did not explode", "was defused"           |
--
-- What the cue means for an incident is the extraction engine's business:
-- the grammar only finds the cue and says which kind it is.
-- @module incidents.grammar.status

local lpeg = require "lpeg"
local numbers = require "incidents.grammar.numbers"

local ipairs, next, pairs = ipairs, next, pairs
local find, lower, sub, gmatch, match = string.find, string.lower, string.sub, string.gmatch,
  string.match
local Cp, Cmt = lpeg.Cp, lpeg.Cmt
local phrase, alt = numbers.phrase, numbers.alt

local M = {}

--- Cue phrases by status (lower case; rule packs extend them with `M.new`).
-- Lists named after a status are cues on their own; the others are parts of
-- constructions (a verb that needs a plot noun after it, a modal before an attack verb).
M.words = {
  plot_foiled = { "foiled", "foil", "foils", "foiling", "thwarted", "thwart", "thwarts",
    "thwarting", "in connection with a plot", "in connection with the plot",
    "in connection with an alleged plot", "planned to attack", "planning to attack",
    "plotting to attack", "plotted to attack",
    "planned to carry out", "planning to carry out", "plotting to carry out",
    "plotted to carry out", "planning an attack", "planned an attack", "plotting an attack",
    "plotted an attack", "planning a terrorist attack", "plotting a terrorist attack",
    "preparing an attack", "preparing a terrorist attack", "preparing to carry out",
    "preparing to attack", "terror plot", "terrorist plot", "bomb plot",
    "bombing plot", "attack plot", "assassination plot", "plot to bomb", "plot to attack",
    "plot to kill", "plot to blow up", "plot to assassinate", "plot to target",
    "plot to carry out", "plot to stage", "plotting attacks", "planning attacks",
    "planned attack", "planned attacks", "planned terrorist attack", "dismantled a cell",
    "dismantled a terrorist cell", "dismantled a terror cell", "broke up a cell",
    "broke up a terrorist cell", "busted a terror cell",
    "conspiracy to commit", "conspired to attack", "foiled plot", "foiled attack",
    "averted attack",
    "nipped in the bud" },
  -- "arrested on suspicion of planning" is a plot only with an attack after it
  -- ("... of planning a bombing", not "of planning electoral fraud")
  plan_phrases = { "on suspicion of planning", "on suspicion of plotting",
    "on suspicion of preparing", "suspected of plotting", "suspected of planning",
    "suspected of preparing", "accused of plotting", "accused of planning",
    "charged with plotting", "charged with planning", "were preparing", "was preparing",
    "were plotting", "was plotting", "were planning", "was planning",
    "had planned", "had been planning",
    "had been preparing", "had been plotting", "have been preparing", "have been plotting" },
  plan_objects = { "to attack", "to bomb", "to kill", "to carry out", "to blow up",
    "to assassinate", "to target", "to strike", "to stage", "to launch" },
  -- what a plan sets off or plants, a few words on ("were planning to set
  -- off explosives", "had planned to plant bombs")
  plan_weapons = { "explosives", "explosive", "bombs", "bomb", "ieds", "ied" },
  -- verbs that make a plot foiled when a plot noun follows ("disrupted a bomb plot")
  stop_verbs = { "prevented", "prevent", "preventing", "averted", "avert", "averting",
    "stopped", "disrupted", "disrupt", "disrupting", "intercepted",
    "uncovered", "uncover", "uncovering", "exposed", "busted", "smashed", "derailed",
    "headed off", "neutralized a", "neutralised a",
    -- "police said they had dismantled a network that had been plotting a
    -- bombing"
    "broken up", "broke up", "dismantled" },
  -- "the plot had been uncovered", "the conspiracy was foiled": a plot noun,
  -- a passive, and a verb that stops it
  plot_passive_nouns = { "plot", "plots", "conspiracy", "scheme", "plan", "plans",
    "planned attack", "attack plan" },
  plot_nouns = { "plot", "plots", "attack", "attacks", "bombing", "bombings",
    "terrorist act", "terrorist acts", "terror attack", "terrorist attack",
    "terrorist attacks", "attempt", "conspiracy", "scheme", "plan", "plans", "massacre",
    "operation", "cell", "network" },
  threat = { "threatened to", "threatens to", "threatening to", "threatened more attacks",
    "threatened attacks", "threatened revenge", "vowed to attack", "vowed to strike",
    "vowed to carry out", "vowed revenge", "vowed to avenge", "vowed more attacks",
    "vows revenge", "vows to", "threat of", "threats of", "threats against", "threat against",
    "threat to", "called for attacks", "calls for attacks", "calling for attacks",
    "urged supporters to attack", "urged its supporters to attack",
    "urged followers to attack",
    "issued a threat", "issued threats", "pending threats", "heightened threat",
    "terror threat", "terrorist threat", "threat level", "on high alert", "high alert",
    "raised the alert", "remain a threat", "remains a threat",
    "poses a threat", "pose a threat", "posed a threat", "continuing threat",
    "growing threat", "persistent threat" },
  -- "warned of" is a threat only with an attack noun close after it ("warned of attacks",
  -- not "warned of lower profits")
  warn = { "warned of", "warns of", "warning of", "warned that", "warns that",
    "warnings of", "warning that", "cautioned that" },
  hypothetical = { "capable of attacking", "capable of carrying out",
    "capable of launching", "capable of striking", "capability to strike",
    "capability to attack", "capability to carry out", "capacity to strike",
    "capacity to attack", "ability to strike", "ability to attack",
    "ability to carry out attacks",
    "potential attack", "potential attacks", "possible attack", "possible attacks",
    "risk of attack", "risk of attacks", "risk of a terrorist attack",
    "risk of terrorist attacks", "in the event of an attack", "likely to attack",
    "likely to strike", "aspires to", "aspire to", "ambitions to strike",
    "next attack", "future attacks", "future attack", "were to attack", "seeks to attack",
    "seeking to attack", "intends to attack", "intent to attack", "wants to attack" },
  modals = { "could", "might", "may", "would", "can", "will", "could still", "could again",
    "may well", "might yet", "could soon" },
  modal_verbs = { "strike", "attack", "carry out attacks", "carry out an attack",
    "carry out a terrorist attack", "launch attacks", "launch an attack", "bomb",
    "kill", "stage attacks", "mount attacks", "expand its attacks" },
  state_strike = { "airstrike", "airstrikes", "air strike", "air strikes", "air raid",
    "air raids", "airstrike", "drone strike", "drone strikes", "missile strike",
    "missile strikes", "military strike", "military strikes", "retaliatory strike",
    "retaliatory strikes", "precision strike", "precision strikes", "launched strikes",
    "carried out strikes", "conducted strikes", "struck militant", "artillery fire",
    "artillery shelling", "shelling", "shelled",
    "bombardment", "bombarded", "warplanes", "fighter jets", "counterstrike",
    "counter-strike", "military operation against militants",
    "strikes on militant", "strikes against militant", "cross-border strikes",
    "cross-border strike", "missile and drone strikes", "retaliatory attack",
    "retaliatory attacks", "targeted killing", "helicopter gunships", "gunship",
    "aerial attack", "aerial attacks", "air attack", "air attacks", "naval attack",
    "naval attacks" },
  raid = { "counter-terrorism raid", "counterterrorism raid", "counter-terror raid",
    "counter-terrorism raids", "counterterrorism raids", "counter-terrorism operation",
    "counterterrorism operation", "counter-terror operation", "counter-terrorism operations",
    "counterterrorism operations", "anti-terror raid", "anti-terror raids",
    "anti-terrorism operation", "anti-terror operation", "security operation",
    "security operations", "intelligence-based operation", "intelligence-based operations",
    "clearance operation", "cordon and search", "police raid",
    "police raids", "security raid", "army raid", "military raid", "commando raid",
    "special forces raid", "stormed a hideout", "stormed the hideout",
    "raided a hideout", "raided the hideout", "shootout with police",
    "shootout with security forces", "gunfight with security forces",
    "gunfight with police", "firefight with security forces", "firefight with police",
    "killed by security forces", "killed by police", "killed by troops",
    "shot dead by police", "killed in a raid", "killed in raids",
    -- "troops shot dead a suspect who was resisting arrest": the state's
    -- forces killed those they came to arrest
    "resisted arrest", "resisting arrest" },
  -- "neutralized three terrorists" (not "eliminated any possibility")
  raid_kill_verbs = { "neutralized", "neutralised", "eliminated", "neutralizing",
    "neutralising", "eliminating" },
  raid_objects = { "terrorist", "terrorists", "militant", "militants", "attackers",
    "attacker", "gunmen", "gunman", "insurgents", "insurgent", "bandits", "jihadists",
    "khawarij", "kharijis", "fighters", "assailants", "suspects", "suicide bomber",
    "suicide bombers", "terror suspects" },
  -- "raided" is a raid only when the forces did it ("gunmen raided a village" is an attack)
  raid_verbs = { "raided", "raid", "raids", "raiding", "stormed" },
  forces = { "police", "security", "forces", "troops", "army", "soldiers", "commandos",
    "agents", "officers", "authorities", "fbi", "military", "ctd", "special", "swat",
    "paramilitary", "rangers", "counter-terrorism", "counterterrorism", "fsb", "guards",
    "gendarmes", "personnel" },
  execution = { "executed", "executes", "executing", "execution", "executions", "hanged",
    "hanging of", "put to death", "sentenced to death", "death sentence",
    "death sentences", "firing squad", "death penalty", "death row", "was executed",
    "were executed", "publicly executed" },
  -- "sentenced the plotter to death": a verb with "to death" a few words on
  sentenced = { "sentenced", "sentences", "sentencing", "condemned" },
  -- "executed the attack" is an attack, not an execution
  execution_not = { "attack", "attacks", "plan", "plans", "plot", "plots", "operation",
    "operations", "bombing", "bombings", "assault", "raid", "raids", "mission", "strike",
    "strikes", "order", "orders", "warrant", "warrants", "deal", "deals", "agreement",
    "contract", "trade", "trades", "orders", "sale", "search", "transaction", "style",
    "through", "under", "via", "successfully", "flawlessly", "perfectly",
    "-style", "massacre", "ambush", "scheme", "program", "programme", "strategy",
    "policy", "campaign", "complex", "coordinated", "suicide", "deadly", "most", "a",
    "an" },
  negated = { "no bombing took place", "no attack took place", "no explosion took place",
    "did not take place", "never took place", "never happened", "did not happen",
    "didn't happen", "false alarm", "a hoax", "hoax", "not a terrorist attack",
    "not a terror attack", "was not an attack", "not an act of terrorism",
    "was not terrorism", "not terror-related", "not terrorism-related",
    "not linked to terrorism", "no link to terrorism", "ruled out terrorism",
    "ruled out a terrorist", "ruled out terror", "an accident", "accidental",
    "gas leak", "gas explosion", "gas cylinder", "short circuit", "earthquake",
    "denied reports of", "denied that there was", "reports were false",
    "reports were untrue", "were false", "no such attack", "no such bombing",
    "retracted", "quran burning", "quran burnings", "burning of the quran",
    "burned a quran", "burned a copy of the quran" },
  -- "there was no bombing"
  there_no = { "there was no", "there were no", "there had been no", "there has been no",
    "there have been no", "there is no" },
  event_nouns = { "bombing", "bombings", "attack", "attacks", "explosion", "explosions",
    "blast", "blasts", "shooting", "shootings", "assault", "terrorist attack",
    "terror attack", "suicide attack", "suicide bombing", "gunfire", "hostage-taking",
    "hostage situation" },
  failed = { "failed to detonate", "failed to explode", "failed to go off",
    "failed to trigger", "did not detonate", "did not explode", "didn't explode",
    "didn't detonate", "malfunctioned", "misfired",
    "was defused", "were defused", "defused", "defusing", "partially detonated",
    "partially exploded", "failed attack", "failed attempt", "failed bombing",
    "failed suicide bombing", "failed suicide attack", "attempted bombing",
    "attempted attack", "attempted suicide bombing", "attempted to detonate",
    "tried to detonate", "tried to blow up", "botched", "unsuccessful attack",
    "unsuccessful attempt", "only the detonator", "fizzled", "bomb disposal",
    "bomb squad", "was disarmed", "were disarmed", "defuse" },
}

local ws = numbers.space^1

local function set(list)
  local t = {}
  for _, w in ipairs(list) do t[lower(w)] = true end
  return t
end

-- Words too common to stand for a phrase in the first look.
local COMMON = set{ "would", "were", "was", "did", "against", "before", "place", "remain",
  "remains", "continuing", "future", "security", "exchange", "operation", "operations",
  "mount", "likely", "broke", "there", "have", "been", "with", "that", "this", "could",
  "might", "will", "into", "such", "only", "reports", "false", "order", "take", "took",
  "never", "able", "next", "possible", "potential", "growing", "level", "high", "alert",
  "raised", "issued", "calls", "called", "calling", "urged", "supporters", "followers",
  "pending", "before", "they", "could", "carry", "carried", "conducted", "launched", "target",
  "struck", "positions", "targets", "fire", "search", "special", "forces", "officers",
  "police", "army", "military", "killed", "shot", "dead", "connection", "suspicion",
  "charged", "accused", "suspected", "ability", "capable", "capacity", "capability",
  "risk", "event", "wants", "seeks", "seeking", "intends", "intent", "death", "sentenced",
  "link", "linked", "ruled", "denied", "short", "circuit", "copy", "burned", "only",
  "tried", "attempted", "attempt", "failed", "partially", "disposal", "squad" }

local STATUSES = { "plot_foiled", "threat", "hypothetical", "state_strike", "raid",
  "execution", "negated", "failed" }

-- Builds the grammar: an ordered choice of cues, each capturing a record.
local function build(w)
  local forces, execution_not = set(w.forces), set(w.execution_not)
  local token = numbers.wordchar^1 * (lpeg.S".-'" * numbers.wordchar^1)^0

  local function cue(patt, status, rule, check)
    return Cmt(Cp() * patt, function(text, pos, s)
      if check and not check(text, s, pos) then return false end
      local stop = pos - 1
      while stop > s and find(sub(text, stop, stop), "%s") do stop = stop - 1 end
      return pos, { status = status, rule = rule, start = s, stop = stop,
        text = sub(text, s, stop) }
    end)
  end

  -- "security forces raided": a forces word among the five words before
  local function by_forces(text, s, pos)
    -- "a police post was raided": passive, the forces are the target; it is a raid
    -- only "by" the forces
    local prev = lower(sub(text, s > 12 and s - 12 or 1, s - 1))
    if find(prev, "%f[%a]w[ae][sr]e?%s+$") or find(prev, "been%s+$") then
      local after = lower(sub(text, pos, pos + 40))
      local agent = match(after, "^%s+by%s+[%a%s]-([%a%-]+)")
      return agent ~= nil and forces[agent] == true
    end
    local a = s - 60
    if a < 1 then a = 1 end
    local n, found = 0, false
    local words = {}
    for word in gmatch(lower(sub(text, a, s - 1)), "[%w%-]+") do words[#words + 1] = word end
    for i = #words, 1, -1 do
      n = n + 1
      if n > 5 then break end
      if forces[words[i]] then found = true; break end
    end
    return found
  end
  -- "executed the attack": the next three words hold no attack noun
  local function real_execution(text, _, pos)
    if sub(text, pos, pos) == "-" then return false end   -- "execution-style"
    local n = 0
    for word in gmatch(lower(sub(text, pos, pos + 60)), "[%w%-]+") do
      n = n + 1
      if n > 3 then break end
      if execution_not[word] or find(word, "style$") then return false end
    end
    return true
  end

  local filler = -alt(w.plot_nouns) * token
  local warn_filler = -(alt(w.event_nouns) + alt(w.plot_nouns)
    + alt{ "terror", "terrorism", "terrorist", "threat", "threats", "militants" }) * token
  local warn_nouns = alt(w.event_nouns) + alt(w.plot_nouns) + alt{ "terror", "terrorism",
    "terrorist", "threat", "threats", "militants", "retaliation", "revenge" }
  local soft = alt{ "also", "still", "soon", "again", "yet", "easily", "potentially", "even",
    "one day", "eventually", "possibly", "well" }
  local modal_verbs = alt(w.modal_verbs)
  local plot_nouns, event_nouns = alt(w.plot_nouns), alt(w.event_nouns)
  local raid_objects = alt(w.raid_objects)
  local plan_objects = alt(w.plan_objects)
  local passive_aux = alt{ "had been", "has been", "have been", "was", "were", "is", "are" }
  local passive_stop = alt(w.stop_verbs) + alt{ "foiled", "thwarted", "detected", "discovered",
    "broken up", "dismantled" }

  -- The tails after a head phrase, built once as small grammars: a bounded
  -- run of filler words names its word list once as a rule instead of holding
  -- a copy per repetition, and every word's cue copies the small grammar.
  local P, V = lpeg.P, lpeg.V
  local there_no_tail = P{ "t", t = (ws * -V"e" * token)^-2 * ws * V"e", e = event_nouns }
  local plan_tail = P{ "t", t = (ws * -V"p" * -V"o" * token)^-3 * ws * (V"p" + V"o" + V"x"),
    p = plot_nouns, o = plan_objects, x = alt(w.plan_weapons) * -lpeg.R("az") }
  local stop_tail = P{ "t", t = (ws * V"f")^-3 * ws * plot_nouns, f = filler }
  local raid_kill_tail = P{ "t", t = (ws * -V"r" * token)^-3 * ws * V"r", r = raid_objects }
  local warn_tail = P{ "t", t = (ws * V"f")^-6 * ws * warn_nouns, f = warn_filler }

  -- The cues whose head phrases are in `h` (lists keyed like `w`), in priority order.
  local function cues(h)
    -- a balanced choice at the end: LPeg copies both operands of `+`
    local list = {}
    local function add(phrases, make)
      if phrases and #phrases > 0 then list[#list + 1] = make(alt(phrases)) end
    end
    add(h.failed, function(a) return cue(a, "failed", "failed.cue") end)
    add(h.there_no, function(a)
      return cue(a * there_no_tail, "negated",
        "negated.there_no")
    end)
    add(h.negated, function(a) return cue(a, "negated", "negated.cue") end)
    add(h.plot_foiled, function(a) return cue(a, "plot_foiled", "plot.cue") end)
    add(h.plan_phrases, function(a)
      return cue(a * plan_tail, "plot_foiled", "plot.planning")
    end)
    add(h.stop_verbs, function(a)
      return cue(a * stop_tail, "plot_foiled", "plot.stopped")
    end)
    add(h.plot_passive_nouns, function(a)
      return cue(a * ws * passive_aux * (ws * soft)^-1 * ws * passive_stop, "plot_foiled",
        "plot.passive")
    end)
    add(h.raid, function(a) return cue(a, "raid", "raid.cue") end)
    add(h.raid_verbs, function(a) return cue(a, "raid", "raid.by_forces", by_forces) end)
    add(h.raid_kill_verbs, function(a)
      return cue(a * raid_kill_tail, "raid",
        "raid.neutralized")
    end)
    add(h.state_strike, function(a) return cue(a, "state_strike", "state_strike.cue") end)
    add(h.execution, function(a)
      return cue(a, "execution", "execution.cue", real_execution)
    end)
    add(h.sentenced, function(a)
      return cue(a * (ws * -phrase"to" * token)^-4 * ws * phrase"to death", "execution",
        "execution.sentenced")
    end)
    add(h.threat, function(a) return cue(a, "threat", "threat.cue") end)
    add(h.warn, function(a)
      return cue(a * warn_tail, "threat", "threat.warned")
    end)
    add(h.hypothetical, function(a) return cue(a, "hypothetical", "hypothetical.cue") end)
    add(h.modals, function(a)
      return cue(a * (ws * soft)^-2 * ws * modal_verbs, "hypothetical", "hypothetical.modal")
    end)
    return numbers.choice(list)
  end

  -- Each first word gets only the cues that can start with it.
  local heads = { "failed", "there_no", "negated", "plot_foiled", "plan_phrases",
    "stop_verbs", "plot_passive_nouns", "raid",
    "raid_verbs", "raid_kill_verbs", "state_strike", "execution", "sentenced", "threat",
    "warn", "hypothetical", "modals" }
  local by_word = {}
  for _, k in ipairs(heads) do
    for _, x in ipairs(w[k]) do
      local first = next(numbers.first_words({}, { x }))
      if first then
        local h = by_word[first]
        if not h then h = {}; by_word[first] = h end
        h[k] = h[k] or {}
        h[k][#h[k] + 1] = x
      end
    end
  end
  local starts = {}
  for word, h in pairs(by_word) do starts[word] = cues(h) * Cp() end

  -- first look: for each cue list, the longest word of each phrase
  local stems = {}
  local function longest_words(list)
    for _, x in ipairs(list) do
      local longest, rare = "", ""
      for word in gmatch(x, "[^%s]+") do
        if #word > #longest then longest = word end
        if #word > #rare and #word >= 4 and not COMMON[word] then rare = word end
      end
      stems[#stems + 1] = sub(rare ~= "" and rare or longest, 1, 7)
    end
  end
  for _, k in ipairs(STATUSES) do longest_words(w[k]) end
  longest_words(w.raid_verbs)
  longest_words(w.sentenced)
  longest_words(w.raid_kill_verbs)
  longest_words(w.plan_phrases)
  longest_words(w.plot_passive_nouns)
  longest_words(w.modal_verbs)
  -- "there was no bombing" always holds the noun, "prevented an attack" the verb,
  -- "warned of attacks" the verb
  longest_words(w.event_nouns)
  longest_words(w.stop_verbs)
  longest_words(w.warn)
  return cues(w) * Cp(), starts, stems
end

local FIELDS = { "start", "stop" }

local function make(w)
  local grammar, starts, stems = build(w)
  return numbers.scanner(w, grammar, starts, stems, FIELDS)
end

local default = make(M.words)

--- Finds every status cue in a text.
-- @tparam string text
-- @tparam[opt] integer s first byte of the span (default 1)
-- @tparam[opt] integer e last byte of the span (default `#text`)
-- @treturn table an array of records `{status=, start=, stop=, rule=, text=}`, in
--   text order, offsets into `text`
-- @usage status.scan("Police said they foiled a plot to bomb a church.")
-- --> { {status="plot_foiled", rule="plot.cue", text="foiled", ...},
--       {status="plot_foiled", rule="plot.cue", text="plot to bomb", ...} }
function M.scan(text, s, e)
  return default.scan(text, s, e)
end

--- Builds a scanner with extra cue words (rule packs use this).
-- @tparam[opt] table extra word lists keyed like `M.words` (e.g.
--   `{ plot_foiled = { "busted a plot" }, state_strike = { "naval bombardment" } }`);
--   each list is added to the default one
-- @treturn table a scanner `{ scan = function(text[, s, e]), words = table }`,
--   or `nil, msg` when `extra` is not a table of lists of strings
function M.new(extra)
  return numbers.extend(M.words, make, extra)
end

--- The statuses a cue can have, in the order the grammar tries them.
M.statuses = STATUSES

return M
