--- Extraction: an article in, incident reports out, with the evidence for every field.
--
-- The engine works in three passes over one article:
--
-- 1. **Look.** The rule pack's matcher runs once over the article and the
--    hits are bucketed by sentence (`core.sentences` over
--    `article.extraction_spans`). A sentence without an incident trigger
--    (an attack word of the pack, a `trigger` cue, a kill, wound, plot or
--    claim cue) costs nothing more: this is what keeps the engine fast on
--    news that has no incidents.
-- 2. **Frames.** In a sentence with a trigger, the grammars run (dates over
--    the sentences worth a look, casualties, claims and status over the
--    sentence, each only where the pack saw its words). Each date, place,
--    country, group, target and weapon mention is tied to a trigger the way
--    English attaches them (after the event word, right before it, or
--    opening the sentence; a group is the subject of the event word after
--    it, "by X" binds back). Neighbouring triggers whose mentions do not
--    conflict (two dates, two places or countries, two groups, a plural
--    "attacks" beside a singular "attack", an anchor "four days after the X
--    attack") form one *frame*, one event mention. Cues close to a frame
--    decide what it is: an attack, a foiled plot (`plot_foiled`), or not an
--    incident at all (threats, hypotheticals, state strikes, raids,
--    executions, negated events, disasters, counter-terrorism). Aggregates
--    ("multiple attacks", "its attacks in Kabul") are no incident; a named
--    one ("the 2015 Paris attacks") is.
-- 3. **Reports.** A frame with a trigger and a place, a date or a casualty
--    figure makes a report, unless an earlier report of the article is the
--    same event (compatible status, date, place, country, perpetrator, with
--    positive evidence), in which case it fills that report's gaps: a more
--    precise date wins, a later figure replaces an earlier one, a claim
--    outranks an attribution. Definite mentions ("the attack"), frames
--    without place or date, tolls and claims in a sentence of their own
--    refer back to the report last told; "another", "separate" open a new
--    one.
--
-- A pack extends the grammars' word lists with cues named after a grammar
-- and one of its lists (`casualties.words`, `claims.words`, `status.words`):
-- `cue { "casualties.killed_after", { "fell as martyrs" } }`.
--
-- Dates are resolved against the article date only when the text gives it
-- (not an inferred one); a bare weekday six days back keeps only its month
-- (the story was updated after its dateline); dates of statements ("said on
-- Saturday", "claimed responsibility on Thursday") and reference points
-- ("since the 1979 revolution") are not the event's.
--
-- Every field carries `evidence[field] = { start, stop, rule }` with offsets
-- into the original article text; `rule` names the pack entry
-- (`default.attack.bombing`), the grammar construction (`killed.verb_fig`)
-- or the linking rule of this module (`extract.perp.by`,
-- `extract.perp.claim`, `extract.country_of_place`, `extract.anchored`,
-- `extract.weekday_month`, ...) that set it. The report layout is the
-- contract of DESIGN.md.
-- @module incidents.extract

local require, type, ipairs, pairs, next, error, tostring, setmetatable =
  require, type, ipairs, pairs, next, error, tostring, setmetatable
local utf8 = utf8
local sub, lower, upper, find, byte, match, gmatch =
  string.sub, string.lower, string.upper, string.find, string.byte, string.match, string.gmatch
local huge, floor = math.huge, math.floor
local sort = table.sort

local lpeg = require "lpeg"
local core = require "incidents.core"
local article = require "incidents.article"
local rules = require "incidents.rules"
local dates = require "incidents.grammar.dates"
local casualties = require "incidents.grammar.casualties"
local claims = require "incidents.grammar.claims"
local status_g = require "incidents.grammar.status"

local M = {}

-- ---------------------------------------------------------------------------
-- Vocabulary of the engine itself. These are small closed classes of English
-- function words, not domain knowledge (that lives in the rule pack).
-- ---------------------------------------------------------------------------

local function set(list)
  local t = {}
  for w in list:gmatch("%S+") do t[w] = true end
  return t
end

-- "attack pattern", "attack capability": the trigger word modifies a noun
-- and names no event.
local MODIFIED = set [[pattern patterns capability capabilities capacity network networks
  plan plans planning plotter plotters plotting cell cells cadre cadres tempo threat threats
  helicopter helicopters aircraft submarine submarines dog dogs ad ads posture surface vector
  mode rate rates plot plots methods method tactics tactic planner planners squad squads
  skills training trends trend wave waves campaign campaigns]]

-- A modal or "to" right before a verb trigger: "the will to attack",
-- "could strike", "may attack".
local MODAL = set [[to could would will may might can cannot should must shall]]

-- Verbs that carry an event noun after a modal: "to carry out another attack",
-- "able to launch attacks".
local LIGHT = set [[carry launch conduct stage mount commit perpetrate orchestrate execute
  plan plot attack strike target hit prepare organize organise]]

-- Words before a trigger that make it a threat or a hypothesis.
local THREAT_PRE = set [[imminent looming impending potential possible future next
  feared expected anticipated further]]
-- Words after "next", "following" that make them a date, not a modifier of
-- the trigger ("the next day a bomb went off").
local TIME_UNIT_AFTER = set [[morning afternoon evening night day days week weekend month
  year hour hours]]

-- Words before a trigger that make it a foiled plot ("a planned attack": it
-- did not happen, and the story is about its stopping).
local PLOT_PRE = set [[would-be foiled thwarted planned-but planned]]

-- Aggregates: "multiple attacks", "a series of bombings".
local AGGREGATE_PRE = set [[multiple numerous several many countless various repeated
  frequent regular series waves dozens hundreds scores string spate]]

-- Prepositions that make a date a reference point, not the event's date:
-- "since the 1979 revolution", "until 2014".
local REFERENCE_PREP = set [[since until till before after from by through]]

-- Verbs of saying: "officials said on Saturday" dates the statement.
local REPORTING = set [[said says told announced reported added stated confirmed noted
  declared claimed wrote tweeted posted responsibility credit toll statement]]

-- Verbs whose object "them" makes captives the dead: "shot them dead".
local KILL_THEM = { "shot", "killed", "executed", "beheaded", "murdered", "slaughtered",
  "massacred", "shooting", "killing", "executing", "beheading" }

-- Words of a claim: a date after them in the clause is the claim's.
local CLAIM_WORD = set [[claimed claiming claims responsibility credit]]

-- Verbs whose subject, when a capital or a country, is its government.
local GOV_VERB = set [[responded responds said says claimed claims warned warns did does
  accused accuses announced announces denied denies blamed blames insisted called urged
  sought agreed rejected launched launches retaliated vowed threatened fell sees saw believes
  believed fired shelled]]

-- What a state does to strike back: "Tehran responded by ...".
local STATE_VERB = set [[responded launched retaliated fired shelled]]

-- First words of actor phrases that describe no one in particular.
local GENERIC_ACTOR = set [[islamic islamist islamists armed terrorist terror suicide urban
  jihadist unidentified unknown masked suspected several two three four five the some]]

-- Titles before a person's name.
local TITLE = set [[president prime minister gen general mr mrs ms dr sheikh king prince
  princess queen judge senator governor mayor commander chief col colonel lt sgt capt maj
  major ayatollah mullah imam emir sen rep gov pope saint]]

-- Words after a place name that keep it a place.
local GEO_WORD = set [[province district region state city county airport international
  valley river mountains hills square street road bridge station port border crossing
  mosque church temple shrine market hotel university camp base prison gate hall
  governorate division area zone municipality metro subway]]

-- Latin letters with diacritics and their plain spellings: news writes
-- "Herat" where the gazetteer says "Herāt".
local DEACCENT = {}
do
  local accented = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊ"
    .. "ċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤ"
    .. "ťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ"
  local plain = [[A A A A A A AE C E E E E I I I I D N O O O O O O U U U U Y Th ss a a a a a a ae c
    e e e e i i i i d n o o o o o o u u u u y th y A a A a A a C c C c C c C c D d D d E e E e E e
    E e E e G g G g G g G g H h H h I i I i I i I i I i IJ ij J j K k k L l L l L l L l L l N n N n
    N n n N n O o O o O o OE oe R r R r R r S s S s S s S s T t T t T t U u U u U u U u U u U u W w
    Y y Y Z z Z z Z z s]]
  local bases = {}
  for b in plain:gmatch("%S+") do bases[#bases + 1] = b end
  local i = 0
  for _, c in utf8.codes(accented) do
    i = i + 1
    DEACCENT[utf8.char(c)] = bases[i]
  end
end

local function deaccent(str)
  return (str:gsub("[\195-\197][\128-\191]", DEACCENT))
end

-- Per pack: plain spellings of the place names written with diacritics that
-- the pack does not list itself.
local PLAIN_PLACES = setmetatable({}, { __mode = "k" })

-- Returns `{ matcher = core.matcher, recs = { [id] = place } }`, or false
-- when the pack has no such names.
local function plain_places(pack)
  local pp = PLAIN_PLACES[pack]
  if pp ~= nil then return pp end
  local seen, pats, recs = {}, {}, {}
  for _, rec in ipairs(pack.places or {}) do
    local names = { rec.name }
    for _, a in ipairs(rec.aliases or {}) do
      names[#names + 1] = type(a) == "table" and a[1] or a
    end
    for _, n in ipairs(names) do
      if type(n) == "string" and find(n, "[\195-\197]") then
        local key = deaccent(n)
        local k = lower(key)
        if k ~= lower(n) and not seen[k] and not pack:place(key) then
          seen[k] = true
          pats[#pats + 1] = { key, case_sensitive = true }
          recs[#pats] = rec
        end
      end
    end
  end
  pp = false
  if #pats > 0 then
    local m = core.matcher(pats, { ignore_case = false, whole_words = true })
    if m then pp = { matcher = m, recs = recs } end
  end
  PLAIN_PLACES[pack] = pp
  return pp
end

-- Abbreviations in place names.
local ABBREV = { St = "Saint", Ft = "Fort", Mt = "Mount" }

-- A state's armed forces as the subject of an event word.
local STATE_FORCE = set [[warplanes warplane jets jet aircraft planes plane helicopters
  helicopter gunships gunship drones drone artillery tanks warships warship navy army troops
  military soldiers forces airforce]]

-- Verbs of fending off an attack: "troops repelled an attack by ISWAP".
local REPEL = set [[repelled repulsed repel repulse foiled thwarted fought resisted
  prevented averted]]

-- Verbs whose object is a victim, not an author: "assassinating Taliban figures".
local AGAINST = set [[on against targeting targeted target assassinating assassinated attacking
  attacked killing killed fighting fought hunting hunted striking struck eliminating eliminated
  countering combating battling pursuing]]

-- Words that open a new event: "in a separate attack", "another bombing".
local NEW_EVENT = set [[another separate second third fresh new similar earlier]]

-- Comparatives of size before an event word ("a smaller bomb").
local COMPARATIVE = set [[smaller bigger larger lesser deadlier weaker stronger]]

-- First words of a sentence that turn to another event.
local OPENS_NEW = set [[earlier previously separately elsewhere meanwhile]]

-- People nouns after a demonym.
local PEOPLE = set [[service servicemen servicemembers soldiers troops civilians citizens
  nationals officials forces police policemen marines diplomats tourists workers journalists
  people men women children pilgrims worshippers students military army personnel
  hostages captives authorities counterparts engineers employees staff guards officers
  contractors aid doctors nurses teachers visitors passengers fans soldier civilian citizen
  national official engineer worker journalist tourist diplomat officer guard]]

-- Prepositions that make a place a location whatever follows it.
local LOCATIVE = set [[in at near outside inside into of from across throughout within]]

local ADVERB = set [[recently quickly later then also soon immediately reportedly]]

-- Trigger cues of a pack that name actors, tolls or talk, not an event.
local NON_EVENT = set [[violence terrorism incident incidents raid raids kill kills killed
  killing killings militants insurgents jihadists extremists terrorists fighters rebels
  guerrillas attacker attackers assailant assailants operation operations carnage strike
  strikes onslaught]]

-- Verbs that carry out the event they are followed by, so a status cue that
-- is such a verb ("executed the deadliest attack") says nothing.
local CARRY_VERB = set [[executed conducted launched staged carried mounted orchestrated
  perpetrated committed]]

-- A plot needs both a plot and its foiling: "police foiled a plot", "were
-- plotting ... were arrested"; "a specific plot has yet to be identified" is not one.
local PLOT_NOUN = set [[plot plots plotting plotted conspiracy conspiring]]
local FOIL_VERB = set [[foiled foil thwarted thwart disrupted averted prevented intercepted
  uncovered dismantled busted]]
FOIL_VERB["broke up"], FOIL_VERB["broken up"] = true, true

-- Cues that arrests were made: a foiled plot only when nobody was hurt.
local ARREST = set [[arrested arrests arrest detained detention apprehended]]

-- Subjects that stand for the group last named: "it orchestrated",
-- "the group's Jan. 3 attack".
local PRONOUN = set [[it its they their the_group the_group's the_group’s which who]]

-- Militants as victims: "killed five militants" is counter-terrorism.
local MILITANT = set [[militant militants fighter fighters insurgent insurgents terrorist
  terrorists operative operatives jihadist jihadists extremist extremists commander
  commanders leader leaders rebels rebel gunman gunmen attacker attackers bomber bombers
  suspect suspects]]

-- Nouns after a country name that make the country an actor: "a US raid".
local STATE_NOUN = set [[raid raids strike strikes airstrike airstrikes forces troops soldiers
  military army commandos drone drones warplanes jets officials authorities government
  navy operation operations]]

-- The state's operations an event word can be part of: "blew himself up during a
-- US raid", "shot dead by police during a search of a flat".
local OPERATION = set [[raid raids search searches operation operations swoop sweep
  crackdown manhunt]]

-- "raid" is the state's only when the state is named with it ("a US raid",
-- "a police raid"); gunmen raid villages too.
local RAID_NOUN = set [[raid raids]]
local STATE_WORD = set [[police security army military commando commandos special forces
  counter-terrorism counterterrorism counter-terror anti-terror government troops federal
  coalition nato]]

-- Does [a, b] name the state: a country or a word of its forces?
local function state_between(m, low, a, b)
  for _, list in ipairs { m.countries, m.state_names } do
    for _, c in ipairs(list) do
      if c.s >= a and c.e <= b then return true end
    end
  end
  for w in gmatch(sub(low, a, b), "[%a%-]+") do
    if STATE_WORD[w] then return true end
  end
  return false
end

-- Forces as the agent of a passive: "shot dead by police".
local FORCE_AGENT = set [[police policemen troops soldiers army commandos forces officers
  military gendarmes]]

-- Words that tie a person to a group ("a cleric close to the Taliban", "a
-- critic of al-Shabaab"): the person, not the group, is in the story.
local VICTIM_LINK = set [[close loyal allied sympathetic opposed hostile critic critical
  member members commander commanders leader leaders official officials supporter supporters
  opponent opponents]]

-- Prepositions that make "the <event>" after them a reference point, after
-- a span of time ("two weeks after the arena bombing").
local REFERENCE_EVENT = set [[after before since following]]
local TIME_SPAN = set [[minutes hours days weeks months years day week month year shortly
  soon just moments hour]]

-- Words before a place name that belong to it ("North Waziristan").
local COMPASS = set [[north south east west central northern southern eastern western upper
  lower greater new old northeast northwest southeast southwest north-east north-west
  south-east south-west inner outer al el lake mount port fort saint san santa cape gulf bay
  camp de la le]]

-- Verbs after which "there" is a place ("were killed there", "struck there").
local THERE_VERB = set [[killed died struck attacked exploded detonated stormed wounded
  injured kidnapped abducted shot bombed happened occurred]]
local BE_WORD = set [[is was were are be been have has had]]

-- Nouns that name a settlement before "of <Name>".
local SETTLEMENT = set [[village town city hamlet settlement locality township resort]]

-- Nouns after a place name that make it a part of a city.
local DISTRICT = set [[district neighbourhood neighborhood suburb quarter borough]]

-- Status precedence: the strongest cue near a frame decides.
local STATUS_RANK = {
  negated = 60, plot_foiled = 50, threat = 40, hypothetical = 40, accident = 35,
  state_strike = 30, raid = 30, execution = 30, counter_terrorism = 30, failed = 10,
}
local NOT_INCIDENT = {
  negated = true, threat = true, hypothetical = true, state_strike = true,
  raid = true, execution = true, counter_terrorism = true, accident = true,
}

-- Disasters and accidents, found as whole words by one LPeg pass.
local DISASTER_FIND
do
  local P, Cp, Ct, R = lpeg.P, lpeg.Cp, lpeg.Ct, lpeg.R
  local alt
  for w in ([[earthquake earthquakes quake quakes tornado tornadoes hurricane cyclone typhoon
    flood floods flooding landslide landslides avalanche tsunami hailstorms hailstorm storms
    crash crashed collision derailed derailment overturned stampede accident accidental
    accidentally malfunction]]):gmatch("%S+") do
    alt = alt and alt + P(w) or P(w)
  end
  local wc = R("az", "AZ", "09") + P("-")
  local hit = Ct(Cp() * alt * Cp()) * -wc
  DISASTER_FIND = Ct((hit + wc ^ 1 + 1) ^ 0)
end

-- Pack cue names -> status.
local CUE_STATUS = {
  plot = "plot_foiled", threat = "threat", negation = "negated", state_action = "state_strike",
  hypothetical = "hypothetical", raid = "raid", execution = "execution",
}

-- Negators before a claim cue.
local NEGATORS = set [[no not yet never nobody none hasn't haven't didn't]]

-- Pack cue names -> claim kinds (see `incidents.grammar.claims`).
local CUE_CLAIM = {
  claim = "claim", claim_negated = "no_claim", suspect = "suspect", blame = "blame",
}

-- Attack names of packs and of the eval vocabulary -> GTD attack types.
local GTD = {
  bombing = "bombing", explosion = "bombing", suicide_bombing = "bombing",
  rocket_attack = "bombing", rocket = "bombing", shelling = "bombing", mortar = "bombing",
  armed_assault = "armed_assault", shooting = "armed_assault", stabbing = "armed_assault",
  assassination = "assassination", hijacking = "hijacking",
  hostage_taking = "hostage_taking", kidnapping = "kidnapping",
  facility_attack = "facility_attack", arson = "facility_attack", sabotage = "facility_attack",
  unarmed_assault = "unarmed_assault", vehicle_ramming = "unarmed_assault",
  unknown = "unknown", other = "unknown", attack = "unknown",
}

-- The GTD codebook's hierarchy: when an event has several methods, the
-- higher one names it (gunmen who kidnap make a kidnapping).
local GTD_RANK = {
  assassination = 9, hijacking = 8, kidnapping = 7, hostage_taking = 6, bombing = 5,
  armed_assault = 4, unarmed_assault = 3, facility_attack = 2, unknown = 0,
}

-- Event words with everyday senses: "a one-shot deal", "slashed its
-- workforce", "an explosion of bond issues", "a blast ended the moratorium".
local AMBIGUOUS = set [[shot shots slashed slash blast blasts explosion explosions exploded
  explode bombed raided hit struck fired storm stormed]]

-- How far (bytes) a status cue may be from a trigger of the frame.
local CUE_REACH = 80
-- How many sentences back a claim or a country-only mention may refer.
local ANAPHORA_SENTENCES = 3

-- ---------------------------------------------------------------------------
-- The grammars of a pack: a pack extends their word lists with cues named
-- after the grammar and the list, `cue { "casualties.killed_after", { "fell as
-- martyrs" } }`, `cue { "claims.claim_verbs", ... }`, `cue { "status.raid", ... }`
-- (the lists of `M.words` in each grammar).
-- ---------------------------------------------------------------------------

local GRAMMAR = { casualties = casualties, claims = claims, status = status_g }
-- The cue a grammar's words stand in for when the sentence is sorted.
local GRAMMAR_HAS = { casualties = "kill", claims = "claim", status = "plot" }
local PACK_GRAMMARS = setmetatable({}, { __mode = "k" })

-- Returns `{ casualties = scanner, claims = scanner, status = scanner }` for a
-- pack, built once; a list the grammar does not have leaves its grammar as it
-- is and is named in `errors`.
local function grammars_of(pack)
  local g = PACK_GRAMMARS[pack]
  if g then return g end
  g = { casualties = casualties, claims = claims, status = status_g, errors = {} }
  local extra = {}
  for name, phrases in pairs(type(pack.cues) == "table" and pack.cues or {}) do
    local mod, list = match(name, "^(%a+)%.([%w_]+)$")
    if mod and GRAMMAR[mod] then
      extra[mod] = extra[mod] or {}
      local l = {}
      for i, x in ipairs(phrases) do l[i] = lower(type(x) == "table" and x[1] or x) end
      extra[mod][list] = l
    end
  end
  for mod, ex in pairs(extra) do
    local sc, err = GRAMMAR[mod].new(ex)
    if sc then g[mod] = sc else g.errors[#g.errors + 1] = mod .. ": " .. tostring(err) end
  end
  PACK_GRAMMARS[pack] = g
  return g
end

-- ---------------------------------------------------------------------------
-- Small text helpers over the lower-cased article.
-- ---------------------------------------------------------------------------

-- The words of the sentence being read, found once (`tokenize`) and looked
-- up by position: starts, stops and the lower-cased words. Curly quotes and
-- dashes around a word are not part of it.
local TS, TE, TW, NT = {}, {}, {}, 0
local PB = {}     -- PB[i]: a punctuation mark lies between word i - 1 and word i
local TLOW = ""
local AT = {}     -- start byte -> token index, for the common lookup at a word

-- Moves a token's bounds past curly quotes, dashes and guillemets.
local function trim_token(low, a, b)
  while a <= b do
    local c1, c2 = byte(low, a, a + 1)
    if c1 == 226 and c2 == 128 then a = a + 3
    elseif c1 == 194 and (c2 == 171 or c2 == 187) then a = a + 2
    else break end
  end
  while b >= a do
    if b - a >= 2 and byte(low, b - 2) == 226 and byte(low, b - 1) == 128 then b = b - 3
    elseif b - a >= 1 and byte(low, b - 1) == 194 and (byte(low, b) == 171 or byte(low, b) == 187)
      then b = b - 2
    else break end
  end
  return a, b
end

-- Word bounds of a span in one LPeg pass (in C): { s1, e1 + 1, s2, e2 + 1, ... }.
-- A 0 stands for a punctuation mark between two words.
local TOKENS
do
  local R, S, Cp, Ct, Cc = lpeg.R, lpeg.S, lpeg.Cp, lpeg.Ct, lpeg.Cc
  local wc = R("az", "AZ", "09", "\128\255") + S"-"
  local punct = S".,;:!?"
  TOKENS = Ct((Cp() * wc ^ 1 * Cp() + punct * Cc(0) + (1 - wc - punct) ^ 1) ^ 0)
end
local lmatch = lpeg.match

-- The span to tokenize when a word is first looked up: many sentences worth
-- a look need none (a kill cue and no figure).
local PENDING_S, PENDING_E = nil, nil

-- Positions only: the words themselves are cut out when asked for (`tw`).
local function tokenize_now(low, ss, se)
  PENDING_S = nil
  NT, TLOW = 0, low
  local off = ss - 1
  local seg = sub(low, ss, se)
  local flat = lmatch(TOKENS, seg)
  local wide = find(seg, "[\128-\255]") ~= nil    -- quotes to trim may be there
  local n, k, nf, pb = 0, 1, #flat, true
  while k <= nf do
    local a = flat[k]
    if a == 0 then
      pb, k = true, k + 1
    else
      local ta, tb = a + off, flat[k + 1] + off - 1
      k = k + 2
      if wide and (byte(low, ta) >= 128 or byte(low, tb) >= 128) then
        ta, tb = trim_token(low, ta, tb)
      end
      if ta <= tb then
        n = n + 1
        TS[n], TE[n], TW[n], PB[n] = ta, tb, false, pb
        AT[ta] = n
        pb = false
      end
    end
  end
  NT = n
end

local function tokenize(low, ss, se)
  NT, TLOW, PENDING_S, PENDING_E = 0, low, ss, se
end

local function tw(i)
  local w = TW[i]
  if not w then
    w = sub(TLOW, TS[i], TE[i])
    TW[i] = w
  end
  return w
end

-- Index of the last token that ends before pos (0 when none).
local function token_before(pos)
  if PENDING_S then tokenize_now(TLOW, PENDING_S, PENDING_E) end
  local k = AT[pos]
  if k and k <= NT and TS[k] == pos then return k - 1 end
  local lo, hi = 1, NT
  local ans = 0
  while lo <= hi do
    local mid = (lo + hi) // 2
    if TE[mid] < pos then ans, lo = mid, mid + 1 else hi = mid - 1 end
  end
  return ans
end

local function punct_between(a, b)
  if a > b then return false end
  -- searched in [a, b] only: a search to the text's end costs O(text) per
  -- call when the text has no punctuation
  return find(sub(TLOW, a, b), "[.,;:!?]") ~= nil
end

-- The word that ends right before byte `pos` (skipping spaces and quotes),
-- and where it starts; nil across punctuation. `floor_pos` bounds the search.
local function word_before(_, pos, floor_pos)
  if PENDING_S then tokenize_now(TLOW, PENDING_S, PENDING_E) end
  -- the common case: pos starts a word (found by where it starts)
  local k = AT[pos]
  if k and k <= NT and TS[k] == pos then
    if k == 1 or PB[k] then return nil end
    k = k - 1
    if floor_pos and TS[k] < floor_pos then return nil end
    return tw(k), TS[k]
  end
  local i = token_before(pos)
  if i == 0 or (floor_pos and TS[i] < floor_pos) then return nil end
  if punct_between(TE[i] + 1, pos - 1) then return nil end
  return tw(i), TS[i]
end

-- The word that starts right after byte `pos`, and where it stops.
local function word_after(_, pos, ceil_pos)
  if PENDING_S then tokenize_now(TLOW, PENDING_S, PENDING_E) end
  -- the common case: spaces, then a word (found by where it starts)
  local q = find(TLOW, "[^ ]", pos + 1)
  local k = q and AT[q]
  if k and k <= NT and TS[k] == q then
    if ceil_pos and TE[k] > ceil_pos then return nil end
    return tw(k), TE[k]
  end
  local i = token_before(pos + 1) + 1
  while i <= NT and TS[i] <= pos do i = i + 1 end
  if i > NT or (ceil_pos and TE[i] > ceil_pos) then return nil end
  if punct_between(pos + 1, TS[i] - 1) then return nil end
  return tw(i), TE[i]
end

-- Up to n words before pos, nearest first (stops at punctuation).
local function words_before(low, pos, n, floor_pos)
  local out, p = {}, pos
  for _ = 1, n do
    local w, at = word_before(low, p, floor_pos)
    if not w then break end
    out[#out + 1] = w
    p = at
  end
  return out
end

local function gap(a_s, a_e, b_s, b_e)
  if a_e < b_s then return b_s - a_e end
  if b_e < a_s then return a_s - b_e end
  return 0
end

-- ---------------------------------------------------------------------------
-- Dates.
-- ---------------------------------------------------------------------------

local function iso_days(s)
  local y, m, d = match(s or "", "^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return nil end
  y, m, d = y + 0, m + 0, d + 0
  if m <= 2 then y = y - 1 end
  local era = floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = floor((153 * mp + 2) / 5) + d - 1
  return era * 146097 + yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy - 719468
end

local function month_end(ym)
  local y, m = match(ym, "^(%d+)%-(%d+)")
  y, m = y + 0, m + 0
  local days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  local d = days[m]
  if m == 2 and ((y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0) then d = 29 end
  return ym .. "-" .. (d < 10 and "0" or "") .. d
end

-- A date mention usable as an event date, or nil. Weekdays: a bare "Friday"
-- in a story is the past few days; when the tense puts it six days back (the
-- day after the dateline's own weekday), the story was updated after its
-- dateline or means the coming day, so only what both readings share (the
-- month) is kept.
local function event_date(d, dct)
  -- "hours earlier", "overnight" are times of a day the text told
  if d.type and d.type ~= "DATE" and not d.event_day then return nil end
  local lo, hi = d.lo, d.hi
  if not lo or not hi then return nil end
  local prec = d.precision
  -- "at 2100 on 27 March": a time on a day the text writes dates that day
  if prec == "time" and lo == hi then prec = "day" end
  if prec ~= "day" and prec ~= "month" and prec ~= "year" then
    if prec == "ref" then return nil end
    prec = "range"
  end
  local value = d.value
  -- "this morning": the day of a time of day
  if d.type == "TIME" and lo == hi and prec == "day" then value = lo end
  if d.rule == "date.weekday" and dct then
    local back = (iso_days(dct) or 0) - (iso_days(lo) or 0)
    if back >= 6 then
      local alt = dates.shift(lo, 7)
      local ym = sub(lo, 1, 7)
      if alt and sub(alt, 1, 7) == ym then
        return { value = ym, lo = ym .. "-01", hi = month_end(ym), precision = "month",
                 rule = "extract.weekday_month", start = d.start, stop = d.stop }
      end
      return nil
    end
  end
  if prec == "range" then value = nil end
  return { value = value, lo = lo, hi = hi, precision = prec, rule = d.rule,
           start = d.start, stop = d.stop, base_stop = d.base_stop, base_days = d.base_days }
end

local PREC_RANK = { day = 4, month = 3, range = 2, year = 1 }

-- Weekdays by name, 1 = Monday (as `dates.weekday`).
local WEEKDAY_N = { monday = 1, tuesday = 2, wednesday = 3, thursday = 4, friday = 5,
                    saturday = 6, sunday = 7 }

local function overlaps(a_lo, a_hi, b_lo, b_hi)
  return not (a_hi < b_lo or b_hi < a_lo)
end

-- ---------------------------------------------------------------------------
-- Mentions of one sentence.
-- ---------------------------------------------------------------------------

local function trigger_name(entry)
  local v = entry.value
  if entry.kind == "attack" and type(v) == "table" then return v.name end
  return "unknown"
end

local function entry_rule(pack, entry)
  local v = entry.value
  local name = type(v) == "table" and (v.name or v.code) or entry.cue or "?"
  return (pack.name or "pack") .. "." .. (entry.kind or "?") .. "." .. tostring(name)
end

-- Word lists of the senses and names an unseen article needs (one table: the
-- main chunk is near Lua's limit of 200 locals).
local W = {}

-- Words after a plural event word that make it the subject of a clause.
W.SUBJ_NEXT = set [[have has had were went exploded ripped hit struck tore rocked killed
  shook targeted slammed landed detonated]]

-- Words of a journey before "from X (to Y)": the ends of a route.
W.ROUTE = set [[runs ran run running travels travelled traveled travelling traveling
  flight flights flying flew road highway train trains bus buses route journey drove
  driving service services line]]

-- Words before "who" that make a relative clause about anyone ("those who
-- attack civilians").
W.GENERIC_WHO = set [[those anyone anybody whoever people everyone]]

-- Nouns of a coordinated set of attacks ("a wave of bombings").
W.WAVE = set [[wave series string spate chain]]

-- Determiners of an event told before ("the assault", "this attack").
W.DEFINITE = set [[the this that]]

-- Words that close a span of days ("from Thursday night into Friday").
W.RANGE_TO = set [[into to until till through]]

-- Plural instruments of one attack ("drones", "bombs", "rockets").
W.INSTRUMENT = set [[drones bombs rockets missiles grenades mortars shells explosives
  devices ieds]]

-- Words before a place that make it a destination ("bound for", "back to the
-- town of"), and the small words that may stand between.
W.DEST = set [[bound headed heading leave leaving destined travelling traveling route back
  towards toward]]
W.DEST_LINK = set [[for to the town city village of]]

-- Counts before a plural event word that make it one event on several sites.
W.SMALL_COUNT = set [[two three four twin 2 3 4 both]]

-- Nouns of a part of a city after its name ("the Karrada shopping district").
W.QUARTER = set [[district neighbourhood neighborhood quarter suburb]]

-- Nouns that stand for the town told last ("the town's cathedral") and spots
-- in it ("the same square").
W.SETTLEMENT = set [[town city village capital]]
-- Nouns of a place "this" points at in a datelined story ("this beach").
W.HERE_NOUN = set [[beach resort port harbour harbor coast island province region valley
  neighbourhood neighborhood suburb]]
-- Words after "here" that make it no place ("here is", "here are the facts").
W.NOT_HERE = set [[is are was were to]]

W.SPOT = set [[square market street area district neighbourhood neighborhood spot place
  site mosque church cathedral checkpoint station hotel school hospital bridge road camp
  base shrine temple stadium mall bazaar]]

-- Words of a feast, a day or a month: a capitalised run holding one names a
-- time, never an actor.
W.TIME_NAME = set [[eve day year christmas easter ramadan eid palm sunday monday tuesday
  wednesday thursday friday saturday january february march april may june july august
  september october november december holiday festival feast week]]

-- Words between a verb of saying and "in <place>": "declared on Sunday in Maputo".
W.SAID_SKIP = set [[on today yesterday tonight reporters journalists monday tuesday
  wednesday thursday friday saturday sunday late early night]]

-- Attack words of no stated method, and the armed men who make them an armed
-- assault when no explosive is named.
W.ARMED_VERB = set [[attack attacked attacking raid raided assault assaulted assaults]]
W.ARMED_ACTOR = set [[gunmen gunman militants insurgents fighters rebels guerrillas bandits
  jihadists assailants attackers armed]]
W.EXPLOSIVE = set [[blast blasts explosion explosions ied ieds grenade grenades rocket
  rockets mortar mortars shell shells drone drones missile missiles suicide detonated]]

-- Nouns of a conflict as the subject of a toll: its toll is over years.
W.CONFLICT = set [[violence conflict insurgency war fighting unrest rebellion campaign
  uprising jihad]]

-- Nouns after a weekday that make it the name of a rite or a market.
W.RITE = set [[mass masses prayers prayer service services sermon worship liturgy vigil
  market bazaar school]]

-- Phrases that open a motive clause (matched in the lower-cased sentence).
W.MOTIVE = { "revenge for ", "retaliation for ", "in response to ", "to avenge ",
  "in protest at ", "in protest against " }
-- the yardstick of a comparison ("the deadliest attack since the war in Gaza
-- began in October"), looked for only in a sentence with " since the "
W.SINCE = { " since the war", " since the start of", " since the beginning of",
  " since the conflict", " since the outbreak of", " since the end of", " since the fall of" }

-- Phrases that open the backdrop of an event told ("the attack came as the
-- UN tries to hold together a truce for the port of Hodeidah"): places and
-- dates of what was going on at the time, not the event's
W.BACKDROP = { " came as the ", " comes as the ", " came amid ", " comes amid ",
  " came at a time ", " comes at a time " }

-- Verbs of forces fighting attackers ("fought the attackers", "cornered
-- the gunmen"): the dead told after them are the attackers.
W.FIGHT = set [[fought battled engaged cornered confronted surrounded besieged
  pinned repelled repulsed]]

-- An origin: the name right after it is where the attack came from ("a
-- rocket fired from Lebanon slammed into ... Majdal Shams"), not its place.
W.ORIGIN = { "fired from ", "launched from ", "fired across from ", "infiltrated from ",
  "crossed from ", "crossed over from ", "came from across " }

-- Verbs of ending an event: "special forces declared the siege over".
W.END_VERB = set [[ended end ends ending declared broke lifted cleared concluded]]

-- Nouns before an event word that give it a sense of illness, food or growth.
W.SENSE_PRE = set [[heart panic asthma anxiety allergic food salmonella lead mercury controlled
  carbon population price prices rent rents baby bacterial speculative currency]]

-- Words of money after "shot up", "slashed by", "ploughed into".
W.FINANCE = set [[pct percent cent dlrs dollars dlr stg yen marks francs shares stocks
  stock equities bonds prices price earnings profit profits revenue revenues costs cost
  budget budgets tariffs index points rate rates demand output
  workforce jobs dividend dividends deficit sales imports exports investment investments
  spending payroll estimates forecast forecasts billion million mln bln rents rent wages
  inflation debt credit lending borrowing]]

-- Event words that are also verbs of criticism.
W.VERBAL_TRIGGER = set [[attack attacks attacked attacking assault assaulted]]

-- What is attacked when someone is criticised.
W.ABSTRACT = set [[proposals proposal plan plans policy policies figures decision
  decisions remarks comments statement statements bill bills budget measures measure
  report reports idea ideas move moves reforms reform programme program strategy approach
  deal tax taxes law laws legislation rules agreement accord stance record critics
  government's administration's proposed handling figure loss losses]]

-- Event words that name a launch or a failure in space flight too.
W.SPACE_TRIGGER = set [[rocket rockets exploded explosion blast blasted]]
W.SPACE = set [[satellite satellites orbit orbital spacecraft shuttle nasa booster
  boosters liftoff payload launcher cosmonaut cosmonauts astronaut astronauts space launch
  ignition countdown cosmodrome spaceport]]

-- Areas named as "the district of X", beside the settlements.
W.AREA_OF = set [[district province county commune municipality region prefecture
  governorate department]]

-- What is slashed when a knife is used: a person, a throat, a face.
W.BODY = set [[death throat throats face faces neck necks wrist wrists victim victims
  him her them man woman men women people worshippers passengers guard guards officer
  officers policeman soldier soldiers]]

-- Aircraft beside "bombers": the planes, not the people who bomb.
W.AIRCRAFT = set [[planes plane jets jet aircraft fighters fighter helicopters squadron
  squadrons stealth strategic long-range b-52 b-52s b-2 warplanes transport]]

-- What is "rammed through": a bill, not a crowd.
W.LEGISLATURE = set [[house senate congress parliament committee bill bills legislation
  budget law laws measure reforms reform assembly]]

-- Ways a blockade closes.
W.ROAD = set [[road roads street streets highway highways motorway bridge bridges
  entrance entrances access port ports border]]

-- People in crowds: what they storm or attack is a riot or a brawl.
W.CROWD = set [[crowd crowds mob mobs protesters protestors demonstrators rioters
  strikers looters fans hooligans]]

-- Is the trigger at [s, e] an event mention? Returns false with a reason for
-- modifier uses and modal/infinitive uses.
-- Verbs of making a weapon safe ("while defusing a grenade").
W.DISPOSE = set [[defusing defuse disarming disarm dismantling dismantle handling
  clearing removing]]

local function trigger_use(low, s, e, sent_s, sent_e)
  local nxt = word_after(low, e, sent_e)
  if nxt and MODIFIED[nxt] then return false, "modifier" end
  local prev = word_before(low, s, sent_s)
  if prev and MODAL[prev] then return false, "modal" end
  local ws = words_before(low, s, 5, sent_s)
  -- "the economy is under attack", "under increasing attack": criticism
  if (ws[1] == "under" or ws[2] == "under") and sub(low, s, e) == "attack" then
    return false, "idiom"
  end
  -- "the storm", "a damaging storm": weather, not gunmen storming a building
  -- (the verb takes an object or follows "to" or a modal: "storm the hotel")
  if sub(low, s, e) == "storm" and (prev == "the" or prev == "a" or prev == "tropical"
    or prev == "severe" or prev == "winter"
    or not (nxt == "the" or nxt == "a" or nxt == "an" or nxt == "its" or nxt == "their"
      or prev == "to" or prev == "would" or prev == "will" or prev == "did")) then
    return false, "noun"
  end
  -- "a company under siege", "a state of siege": a figure of speech, a law
  if sub(low, s, e) == "siege" and (prev == "under" or (ws[1] == "of" and ws[2] == "state")) then
    return false, "idiom"
  end
  for i = 1, #ws - 1 do
    if LIGHT[ws[i]] and MODAL[ws[i + 1]] then return false, "modal" end
    -- "no talks with those who take travellers hostage": anyone, no event
    if ws[i] == "who" and W.GENERIC_WHO[ws[i + 1]] then return false, "generic" end
  end
  local word = sub(low, s, e)
  -- "a heart attack", "food poisoning", "a population explosion": a noun
  -- before the event word names an illness or a growth
  if prev and W.SENSE_PRE[prev] then return false, "sense" end
  -- "shares shot up", "slashed by 40 pct", "ploughed into U.S. equities":
  -- money moving, not violence
  local n1, at1 = word_after(low, e, sent_e)
  local n2, at2
  if at1 then n2, at2 = word_after(low, at1, sent_e) end
  if n1 and (W.FINANCE[n1] or ((n1 == "up" or n1 == "down" or n1 == "by" or n1 == "into"
    or n1 == "its" or n1 == "their" or n1 == "in" or n1 == "of") and n2 and W.FINANCE[n2])) then
    return false, "finance"
  end
  if n1 == "up" and (word == "shooting" or word == "shot") then return false, "finance" end
  -- "a hostage to fortune", "the besieged community": idioms and adjectives
  if (word == "hostage" and n1 == "to") or (word == "besieged" and (prev == "the"
    or prev == "a")) then
    return false, "idiom"
  end
  -- "farmers barricaded roads": a blockade, not a hostage-taking
  if word == "barricaded" and (W.ROAD[n1 or ""] or W.ROAD[n2 or ""]) then
    return false, "blockade"
  end
  -- "attacked budget proposals", "attacks the plan": criticism of ideas
  if W.VERBAL_TRIGGER[word] then
    local w, at = n1, at1
    for _ = 1, 3 do
      if not w then break end
      if W.ABSTRACT[w] then return false, "criticism" end
      if not (w == "the" or w == "a" or w == "an" or w == "his" or w == "her" or w == "its"
        or w == "their" or find(w, "[%a]")) then break end
      w, at = word_after(low, at, sent_e)
    end
  end
  -- "subsidies will be slashed", "slashed fees": a knife needs a body
  if word == "slashed" or word == "slash" then
    local w, at, body = n1, at1, false
    for _ = 1, 4 do
      if not w then break end
      if W.BODY[w] then body = true; break end
      w, at = word_after(low, at, sent_e)
    end
    if not body then return false, "sense" end
  end
  -- "Soviet-made bombers and transport planes": aircraft
  if (word == "bombers" or word == "bomber") and (W.AIRCRAFT[prev or ""]
    or W.AIRCRAFT[n1 or ""] or W.AIRCRAFT[n2 or ""]) then
    return false, "aircraft"
  end
  -- "rammed through the House Budget Committee": a bill pushed through
  if (word == "rammed" or word == "ramming") and n1 == "through" then
    local w, at = n2, at2
    for _ = 1, 3 do
      if not w then break end
      if W.LEGISLATURE[w] then return false, "idiom" end
      w, at = word_after(low, at, sent_e)
    end
  end
  -- "a rocket carrying a satellite blasted off", "the shuttle exploded":
  -- space flight
  if W.SPACE_TRIGGER[word] then
    local seg = sub(low, sent_s, sent_e)
    for w in gmatch(seg, "%a+") do
      if W.SPACE[w] then return false, "space" end
    end
  end
  -- "hungry crowds stormed supermarkets", "workers began attacking each
  -- other": a crowd, a riot or a brawl, not an attack of this kind
  for i = 1, #ws < 3 and #ws or 3 do
    if W.CROWD[ws[i]] then return false, "crowd" end
    if LOCATIVE[ws[i]] or ws[i] == "on" or ws[i] == "against" or ws[i] == "among" then break end
  end
  if n1 == "each" and n2 == "other" then return false, "crowd" end
  -- "an officer was killed while defusing a grenade on one of the bodies":
  -- the weapon of a bomb disposal, not an attack of its own
  for i = 1, #ws < 3 and #ws or 3 do
    if W.DISPOSE[ws[i]] then
      if ws[i + 1] == "while" or ws[i + 1] == "when" then return false, "disposal" end
      break
    end
  end
  return true
end

-- "Tehran responded by ...", "Pakistan denies ...": a capital or a country
-- that is the subject of a verb stands for its government, not a location.
local function governs(low, e, se)
  local w, at = word_after(low, e, se)
  if w and ADVERB[w] then w = word_after(low, at, se) end
  if w and GOV_VERB[w] then return w end
  return nil
end

-- Is the place name at [s, e] part of a person's name? After a title
-- ("President Vladimir"), or before a capitalised word that is no
-- geographic word ("Vladimir Putin"; not "Kandahar Province").
local function person_name(text, low, s, e, ss, se, pack)
  local prev, pat = word_before(low, s, ss)
  if prev and TITLE[prev] then return true end
  -- "Villavicencio, 59, a former member of ...": a name with an age after it
  if find(text, "^, %d%d?, ", e + 1) then return true end
  -- "Presidential candidate Fernando Villavicencio ... Villavicencio was
  -- shot": the family name of a person the text named in full before
  if pack and s > 1 then
    local name = sub(text, s, e)
    if not find(name, "[^%a]") then
      -- (within the 3,000 bytes before: the cost stays linear in long texts)
      local from = s > 3000 and s - 3000 or 1
      local a = find(text, " " .. name, from, true)
      if a and a < s then
        a = find(sub(text, from, s - 1), "%u%l+ " .. name .. "%f[%A]")
      else
        a = nil
      end
      if a then
        local first = lower(match(text, "^(%u%l+)", from + a - 1) or "")
        if not (pack.place and pack:place(first)) and not W.NOT_PLACE[first]
          and not LOCATIVE[first] and first ~= "the" then
          return true
        end
      end
    end
  end
  if prev and (LOCATIVE[prev] or prev == "the") then return false end
  -- "Sarbakaf Mohmand": after a capitalised word that is no name of the pack,
  -- inside the sentence (a first name before a family name that is a town)
  if prev and pack and pat > ss + 1 and not find(prev, "'s$")
    and not find(prev, "\226\128\153s$") and not COMPASS[prev] then
    local c = byte(text, pat)
    if c and c >= 65 and c <= 90 and not find(sub(text, pat + #prev, s - 1), "[^%s]") then
      local word = sub(text, pat, pat + #prev - 1)
      -- "the Israeli-controlled Golan Heights", "Kurdish-held Kobani": a
      -- compound adjective, not a first name ("Jean-Pierre" keeps its capital)
      local known = find(word, "%-%l") or (pack.place and pack:place(word))
        or (pack.country and pack:country(word))
      local kind_ok = pack.by_alias and pack.by_alias.group
        and pack.by_alias.group[lower(word)]
      if not known and not kind_ok then return true end
    end
  end
  local nxt, stop = word_after(low, e, se)
  -- "St George's Church", "St Mark's Cathedral": a building named after a
  -- saint whose name is also a town's
  if nxt and find(sub(text, s, e), "'s$") then
    local c = byte(text, stop - #nxt + 1)
    if c and c >= 65 and c <= 90 then return true end
  end
  if nxt and not GEO_WORD[nxt] then
    local c = byte(text, stop - #nxt + 1)
    if c and c >= 65 and c <= 90 and not find(sub(text, e + 1, stop - #nxt), "[^%s]") then
      return true
    end
  end
  return false
end

-- Is the name at pos written in lower case where the pack writes it with a
-- capital ("metro" for the town Metro), in a text that has case at all?
local function lower_name(ctx, en, pos)
  if not ctx.cased then return false end
  local c = byte(ctx.text, pos)
  if not c or c < 97 or c > 122 then return false end
  local first = byte(en.phrase or "", 1)
  return first ~= nil and first >= 65 and first <= 90
end

local function is_demonym(en, phrase)
  local d = type(en.value) == "table" and en.value.demonyms
  if not d then return false end
  for _, x in ipairs(d) do
    if lower(x) == phrase then return true end
  end
  return false
end

local function is_plural(low, s, e)
  -- "attacks", "terrorist attacks", "bombings"; not "gunmen stormed", not
  -- a word ending in "ss" ("mass"), not a short word ("gas", "bus"), not the
  -- people who do it ("suicide bombers", "assailants": one event has several)
  local w = match(sub(low, s, e), "([%a]+)$") or ""
  if find(w, "ers$") or find(w, "ants$") or find(w, "ists$") then return false end
  return #w > 3 and byte(w, #w) == 115 and byte(w, #w - 1) ~= 115
end

-- Two places are one when they are the same record, one is the other's
-- admin city, or they lie within 60 km (a site and its city, a suburb and
-- its capital: "Crocus City Hall" and "Moscow").
local WIDE = { province = true, region = true }
local function same_place(x, y)
  if x == y or x.name == y.name or x.admin == y.name or y.admin == x.name then return true end
  if x.country and y.country and x.country ~= y.country then return false end
  if x.lat and y.lat and x.lon and y.lon then
    -- a province holds towns up to a few hundred km from its centre
    -- ("Gwoza" and "Borno")
    local reach = (WIDE[x.kind] or WIDE[y.kind]) and x.country and 200 or 60
    return rules.km(x.lat, x.lon, y.lat, y.lon) <= reach
  end
  return false
end

-- Resolves "N days after the X attack" against the report of X in this
-- article: the one at the place the anchor names, else the one last told
-- when the anchor names no place. Returns a resolved date record or nil.
local function anchored_date(ctx, m, d)
  local rel = d.relative
  if not rel.days then return nil end
  -- "on the eve of a security conference": the anchor must be an attack
  -- for an attack told in the article to date it
  local attack = false
  for _, h in ipairs(ctx.hits or {}) do
    if h.start > rel.anchor_stop then break end
    if h.start >= rel.anchor_start and (h.entry.kind == "attack"
      or (h.entry.kind == "cue" and h.entry.cue == "trigger")) then
      attack = true
    end
  end
  if not attack then return nil end
  local place
  for _, x in ipairs(m.places) do
    if x.s >= rel.anchor_start and x.e <= rel.anchor_stop then place = x.rec end
  end
  local base
  for _, r in ipairs(ctx.reports or {}) do
    if r._prec == "day" and r.date_lo and r.status == "attack"
      and ((place and r._place_rec and same_place(place, r._place_rec)) or not place) then
      base = r
    end
  end
  if not base then return nil end
  local day = dates.shift(base.date_lo, rel.days)
  if not day then return nil end
  return { type = "DATE", value = day, lo = day, hi = day, precision = "day",
           rule = "extract.anchored", start = d.start, stop = d.stop }
end

-- How often the article names each country: countries and nationalities,
-- and the countries of places that only one place of the gazetteer bears.
local function country_counts(ctx)
  if ctx.country_counts then return ctx.country_counts end
  local n = {}
  for _, h in ipairs(ctx.hits or {}) do
    local en = h.entry
    local code
    if en.kind == "country" and type(en.value) == "table" then
      code = en.value.code
    elseif en.kind == "place" and type(en.value) == "table" and not en.others then
      code = en.value.country
    end
    if code then n[code] = (n[code] or 0) + 1 end
  end
  ctx.country_counts = n
  return n
end

-- A name several places bear ("Palma": Mallorca's city and the town in Cabo
-- Delgado) means the one in a country the sentence names, else the one in
-- the country the article names most; the gazetteer's first (most populous)
-- when the text says nothing for another.
local function homonym_of(ctx, en, ss, se, hits)
  local rec = en.value
  if not en.others then return rec end
  local cands = { rec }
  for _, o in ipairs(en.others) do
    if o.kind == "place" and type(o.value) == "table" and o.value.country ~= rec.country then
      cands[#cands + 1] = o.value
    end
  end
  if #cands < 2 then return rec end
  for _, h in ipairs(hits) do
    if h.start > se then break end
    local hv = h.entry.value
    if h.start >= ss and h.entry.kind == "country" and type(hv) == "table" then
      for _, c in ipairs(cands) do
        if c.country == hv.code then return c end
      end
    end
  end
  local counts = country_counts(ctx)
  local best, most = rec, counts[rec.country] or 0
  for i = 2, #cands do
    local k = counts[cands[i].country] or 0
    if k > most then best, most = cands[i], k end
  end
  return best
end

-- Collects the mentions of sentence [ss, se] from the pack hits and the
-- grammars.
-- The country an article names most often (countries and the countries of
-- its places), with the span of its first mention: the last resort for a
-- place no list knows.
local function dominant_country(ctx)
  if ctx.dominant ~= nil then return ctx.dominant or nil end
  local n, first, best = {}, {}, nil
  for _, h in ipairs(ctx.hits or {}) do
    local en, code = h.entry, nil
    if en.kind == "country" and type(en.value) == "table"
      and not is_demonym(en, lower(sub(ctx.text, h.start, h.stop)))
      and not W.ACTOR_COMPOUND[match(ctx.low, "^%-(%a+)", h.stop + 1) or ""] then
      -- a country named, not a nationality ("Chinese shops" in Kuala Lumpur)
      -- nor an actor's base ("the Pakistan-based group"); where the attackers
      -- came from or took their captives is no place of the article's events
      -- ("crossed from Congo", "taken into Congo")
      local before = sub(ctx.low, h.start > 5 and h.start - 5 or 1, h.start - 1)
      if before ~= "from " and before ~= "into " then code = en.value.code end
    elseif en.kind == "place" and type(en.value) == "table" then code = en.value.country end
    if code then
      n[code] = (n[code] or 0) + 1
      first[code] = first[code] or h
      if not best or n[code] > n[best] then best = code end
    end
  end
  ctx.dominant = best and { code = best, s = first[best].start, e = first[best].stop } or false
  return ctx.dominant or nil
end

-- Second halves of a compound that makes a country qualify an actor
-- ("Pakistan-based", "Iran-backed", "Saudi-led").
W.ACTOR_COMPOUND = set [[based backed led linked funded sponsored supported trained
  armed allied aligned affiliated inspired headquartered registered born]]

-- People who speak for a state: "a Somali official", "Malian officials".
W.OFFICIAL = set [[official officials spokesman spokeswoman spokesperson minister
  governor commander authorities police]]

-- Words before "in" that compare rather than place ("the deadliest in Europe").
W.SUPERLATIVE = set [[deadliest worst biggest largest bloodiest first last latest
  highest lowest most least only]]

-- Units of an army at war.
W.ARMY_UNIT = set [[division divisions brigade brigades battalion battalions regiment
  regiments infantry armoured armored tanks warplanes warships gunboat gunboats navy naval
  corps]]

-- Marks the triggers of `m` that an army or a state carries out (see the
-- caller) as state strikes.
local function army_attacks(ctx, m, ss, se)
  local low = ctx.low
  for _, t in ipairs(m.triggers) do
    if not t.figure then
      local state = false
      local n1, at = word_after(low, t.e, se)
      if n1 == "by" then
        for k = 1, 5 do
          local w
          w, at = word_after(low, at, se)
          if not w then break end
          if W.ARMY_UNIT[w] then state = true; break end
          -- "attacks by Iran": the state itself right after "by"
          for _, c in ipairs(m.countries) do
            if k == 1 and c.s <= at and c.e >= at - #w + 1 and not c.weak then state = true end
          end
          if state then break end
        end
      end
      if not state then
        -- "a U.S. attack", "UK strikes": a state named by its initials right
        -- before the event word acts (a place would be named in full)
        for _, c in ipairs(m.countries) do
          if c.e < t.s and t.s - c.e <= 2 and not c.weak
            and find(sub(ctx.text, c.s, c.e), "^[%u%.]+$") and c.e - c.s < 5 then
            state = true
          end
        end
      end
      if not state then
        -- the words of the sentence before it, across commas ("a brigade,
        -- backed by tanks, launched the attack"), nearest first
        local ws = {}
        for w in gmatch(sub(low, t.s - 100 > ss and t.s - 100 or ss, t.s - 1), "[%a%-]+") do
          ws[#ws + 1] = w
        end
        for i = #ws, #ws > 12 and #ws - 11 or 1, -1 do
          local w = ws[i]
          if REPEL[w] or AGAINST[w] then break end
          if W.ARMY_UNIT[w] then state = true; break end
        end
      end
      if state then
        m.status[#m.status + 1] = { status = "state_strike", start = t.s, stop = t.e,
                                    rule = "extract.army" }
      end
    end
  end
end

-- Capitalised words that are not places after "in" or "near": time words,
-- titles, languages, faiths, institutions and the words of headlines.
W.NOT_PLACE = set [[january february march april may june july august september
  october november december monday tuesday wednesday thursday friday saturday sunday
  the a an this that these those his her their its our my your one two some all every
  ramadan eid christmas easter lent passover diwali god allah islam christianity judaism
  english arabic urdu pashto dari farsi persian french spanish hausa somali swahili
  russian turkish kurdish hindi bengali portuguese sunni shia shiite shiites sunnis
  muslim muslims christian christians jewish jews hindu hindus buddhist catholic coptic
  congress parliament senate court government police army ministry cabinet assembly
  council police twitter facebook telegram youtube instagram whatsapp tiktok reuters
  internet web state i we you he she they it western eastern northern southern central
  north south east west breaking update updated live photo video watch read related
  more latest opinion analysis news international national united islamic
  europe africa asia america americas oceania arctic antarctica world earth]]

-- Words after a name that leave it a place ("in Kuje on Sunday", "near
-- Tadaryat village"); any other lower-case word makes it a modifier ("in
-- Shiite areas", "at Kuje prison" names the prison).
W.PLACE_NEXT = set [[on in at near and or but when where after before as with during
  since while which that who was were is are had has have late early earlier overnight
  yesterday today last this killing killed leaving wounding injuring left from to for
  by until amid following village town city district province state region county
  hamlet settlement area locality township commune municipality]]

-- Capitalised words that end a name as an institution, not a settlement.
W.INSTITUTION = set [[university college school hospital mosque church temple
  hall hotel street road avenue square airport stadium market prison base camp
  bridge station centre center house palace office ministry company bank party
  front movement army brigade group council court agency museum club mall]]

-- Finds the capitalised names after a locative that the gazetteer does not
-- know and adds them to `m.places` as unknown places (with the country the
-- phrase names right after them, if any: "in Tadaryat, a village in northern
-- Mali").
local function unknown_places(ctx, m, hits, dlist, ss, se)
  local text, low = ctx.text, ctx.low
  local seg = sub(text, ss, se)
  local function taken(ps, pe)
    -- a target or cue word inside a name ("Gul Imam") does not make it known
    for _, h in ipairs(hits) do
      local k = h.entry.kind
      if gap(h.start, h.stop, ps, pe) == 0 and k ~= "target" and k ~= "cue" and k ~= "weapon"
      then
        return true
      end
    end
    for _, x in ipairs(m.places) do if gap(x.s, x.e, ps, pe) == 0 then return true end end
    for _, d in ipairs(dlist) do if gap(d.start, d.stop, ps, pe) == 0 then return true end end
    return false
  end
  for a, prep, first in gmatch(seg, "()(%a+) (%u[%a'%-]*)") do
    local lp = lower(prep)
    if (lp == "in" or lp == "near" or lp == "outside" or lp == "at" or lp == "around")
      and prep == lp and #first > 2 and find(first, "%l")
      and not W.NOT_PLACE[lower(first)] and not TITLE[lower(first)]
      -- "its deadliest in ...", "the worst in ...": a comparison, not a scene
      and not W.SUPERLATIVE[lower(word_before(low, ss + a - 1, ss) or "")] then
      local ps = ss + a + #prep     -- first byte of the name
      local pe = ps + #first - 1
      -- up to two more capitalised words ("Dar es Salaam" aside)
      for _ = 1, 2 do
        local w = match(text, "^ (%u[%a'%-]*)", pe + 1)
        if not w or pe + 1 + #w > se or W.NOT_PLACE[lower(w)] then break end
        pe = pe + 1 + #w
      end
      local name = sub(text, ps, pe)
      local last = lower(match(name, "([%a'%-]+)$") or "")
      local after = sub(text, pe + 1, pe + 40)
      local nxt = match(after, "^ (%a+)")
      local appos = match(after, "^, an? (%a+)")
      local ok = not find(name, "'s?$") and not find(name, "[%-']$") and not W.INSTITUTION[last]
        and (find(after, "^[,.;:)]") or after == "" or (nxt and W.PLACE_NEXT[nxt])
          or (nxt and find(nxt, "^%u"))
          -- "the attack in Gul Imam lasted two hours": a verb after the name
          or (nxt and #nxt > 4 and find(nxt, "^%l+ed$")))
        and (lp ~= "at" or (appos and (SETTLEMENT[appos] or DISTRICT[appos])))
      if ok and not taken(ps, pe) then
        local rec = ctx.homonyms[lower(name)]
        -- "Ngala, Borno state", "Kuje, Nigeria": a town told by its province
        -- or country right after it
        local tight = false
        if not rec then
          rec = { name = name, kind = "city" }
          -- the country named next in the phrase ("Tadaryat, a village in
          -- northern Mali", "Kuje, Nigeria")
          for _, h in ipairs(hits) do
            if h.start > pe and h.start - pe <= 60 and h.stop <= se then
              local between = sub(low, pe + 1, h.start - 1)
              if not find(between, "[;:]") and not find(between, " and ") then
                local en = h.entry
                if en.kind == "country" and not is_demonym(en, sub(low, h.start, h.stop)) then
                  rec.country = en.value.code
                elseif en.kind == "place" and type(en.value) == "table" and en.value.country then
                  rec.country = en.value.country
                end
                if rec.country then
                  -- "Kuje, Nigeria", "Tabatol, in the Tillaberi region"
                  tight = (between == ", " or between == ", in " or between == ", in the ")
                    and (en.kind == "country" or en.value.kind == "province"
                      or en.value.kind == "region")
                  break
                end
              end
            elseif h.start > pe + 60 then
              break
            end
          end
        end
        -- "Dandume, a town in Katsina state": the name told as a settlement
        -- is the place, not the province after it
        local told = (appos and (SETTLEMENT[appos] or DISTRICT[appos]) or tight) and true
          or false
        m.places[#m.places + 1] = { s = ps, e = pe, rec = rec, unknown = true, weak = not told,
                                    entry = { kind = "place", value = rec } }
      end
    end
  end
end

local function sentence_mentions(ctx, ss, se, hits, dlist, plain_hits)
  local text, low, pack = ctx.text, ctx.low, ctx.pack
  local m = { triggers = {}, places = {}, countries = {}, groups = {}, targets = {},
              weapons = {}, dates = {}, cues = {}, figures = {}, claims = {}, status = {},
              anchors = {}, state_names = {} }
  for _, h in ipairs(hits) do
    local en = h.entry
    local k = en.kind
    local event_cue = k == "cue" and en.cue == "trigger" and not NON_EVENT[lower(en.phrase or "")]
    if k == "cue" and en.cue == "trigger" and lower(en.phrase or "") == "operation" then
      event_cue = word_before(low, h.start, ss) == "suicide"   -- "a suicide operation"
    end
    if k == "attack" or event_cue then
      local ok, why = trigger_use(low, h.start, h.stop, ss, se)
      local t = { s = h.start, e = h.stop, entry = en, name = trigger_name(en),
                  suicide = en.suicide
                    or (find(sub(low, h.start, h.stop), "suicide", 1, true) ~= nil)
                    or word_before(low, h.start, ss) == "suicide",
                  weapon = type(en.value) == "table" and en.value.weapon or nil,
                  plural = is_plural(low, h.start, h.stop)
                    -- "armed drones have struck a ceremony", "two bombs
                    -- exploded": instruments as the subject of one event
                    and not (W.INSTRUMENT[match(sub(low, h.start, h.stop), "(%a+)$") or ""]
                      and W.SUBJ_NEXT[word_after(low, h.stop, se) or ""]),
                  rule = entry_rule(pack, en) }
      -- "two weeks after the arena bombing": an event named as the reference
      -- point of a span of time is another event than the clause's (like an
      -- anchor)
      if ok then
        local ws = words_before(low, h.start, 4, ss)
        for i = 1, #ws - 2 do
          if ws[i] == "the" and REFERENCE_EVENT[ws[i + 1]] and TIME_SPAN[ws[i + 2]] then
            t.anchor = true
            local p = h.start
            for _ = 1, i + 1 do
              local _, at = word_before(low, p, ss)
              p = at
            end
            m.anchors[#m.anchors + 1] = { s = p, e = h.stop }
            break
          end
        end
      end
      -- "stormed the prison with car bombs and gunmen", "armed with rifles
      -- and explosives": after "with", an event word is the means of the
      -- event told before it in the sentence, not an event of its own
      if ok and #m.triggers > 0 then
        for _, w in ipairs(words_before(low, h.start, 3, ss)) do
          if w == "with" then
            ok, why = false, "instrument"
            if t.weapon then
              m.weapons[#m.weapons + 1] = { s = h.start, e = h.stop, rec = { name = t.weapon } }
            end
            break
          end
        end
      end
      if ok then
        m.triggers[#m.triggers + 1] = t
      elseif why == "modal" then
        m.status[#m.status + 1] = { status = "hypothetical", start = h.start, stop = h.stop,
                                    rule = "extract.modal" }
      end
    elseif k == "place" or k == "country" then
      local verb = not LOCATIVE[word_before(low, h.start, ss) or ""] and governs(low, h.stop, se)
      if verb then
        -- "Tehran responded by launching missiles": the government acts
        if STATE_VERB[verb] then
          m.status[#m.status + 1] = { status = "state_strike", start = h.start,
                                      stop = h.stop, rule = "extract.state_subject" }
        end
      elseif ctx.dateline and h.stop <= ctx.dateline
        and h.start >= ctx.dateline_s then  -- luacheck: ignore 542
        -- the dateline's place is where the report was filed
      elseif k == "place" then
        -- not "President Vladimir Putin": a name that is also a town; not "a
        -- metro train": a name written in lower case where the text has case
        if not person_name(text, low, h.start, h.stop, ss, se, ctx.cased and pack)
          and not lower_name(ctx, en, h.start) then
          local rec = ctx.homonyms[sub(low, h.start, h.stop)] or homonym_of(ctx, en, ss, se, hits)
          m.places[#m.places + 1] = { s = h.start, e = h.stop, rec = rec, entry = en }
        end
      else
        -- "American service members", "Afghan civilians": a demonym before
        -- people names the victims' nationality, not where it happened; "a US
        -- raid", "US officials said": a state acting or talking is no place
        local weak = is_demonym(en, sub(low, h.start, h.stop))
        local nxt = word_after(low, h.stop, se)
        -- "the Pakistan-based Lashkar-e-Taiba", "Iran-backed militias": a
        -- country that qualifies an actor is where it sits or who arms it,
        -- not where the event happened
        local compound = match(low, "^%-(%a+)", h.stop + 1)
        if compound and W.ACTOR_COMPOUND[compound] then
          m.state_names[#m.state_names + 1] = { s = h.start, e = h.stop, rec = en.value,
                                                weak = true }
        elseif nxt and (STATE_NOUN[nxt] or (weak and PEOPLE[nxt])) then
          -- an actor or its people, not a place
          m.state_names[#m.state_names + 1] = { s = h.start, e = h.stop, rec = en.value,
                                                weak = weak, noun_state = STATE_NOUN[nxt]
                                                  or FORCE_AGENT[nxt] or W.OFFICIAL[nxt] }
        elseif not lower_name(ctx, en, h.start) then
          m.countries[#m.countries + 1] = { s = h.start, e = h.stop, rec = en.value, weak = weak }
        end
      end
    elseif k == "group" then
      m.groups[#m.groups + 1] = { s = h.start, e = h.stop, rec = en.value }
    elseif k == "target" then
      m.targets[#m.targets + 1] = { s = h.start, e = h.stop, rec = en.value }
    elseif k == "weapon" then
      m.weapons[#m.weapons + 1] = { s = h.start, e = h.stop, rec = en.value }
    end
    -- cue words, also those a phrase carries beside its first meaning
    local word = lower(en.phrase or sub(text, h.start, h.stop))
    for ci = 0, en.others and #en.others or 0 do
      local e2 = ci == 0 and en or en.others[ci]
      if e2.kind == "cue" then
        m.cues[#m.cues + 1] = { s = h.start, e = h.stop, cue = e2.cue }
        local st = CUE_STATUS[e2.cue]
        if st then
          m.status[#m.status + 1] = { status = st, start = h.start, stop = h.stop,
                                      rule = entry_rule(pack, e2), pack = true, word = word }
        end
      end
    end
  end
  -- Casualty figures: triggers too ("At least 115 people were killed").
  -- the grammars run only where the pack saw their words (speed: most
  -- sentences of an article have none)
  local has = {}
  for _, cu in ipairs(m.cues) do
    has[cu.cue] = true
    local mod = match(cu.cue, "^(%a+)%.")
    if mod and GRAMMAR_HAS[mod] then has[GRAMMAR_HAS[mod]] = true end
  end
  -- an attack word that is a kill verb too ("shot dead", "gunned down",
  -- "massacred") swallows the kill cue in the pack's longest match: its toll
  -- ("shot dead at least 19 people") is still the grammar's to read
  -- "exploded without hurting anyone": a zero toll with no kill word
  if not has.kill and find(sub(low, ss, se), "without %a+ing any") then has.kill = true end
  if not has.kill then
    for _, t in ipairs(m.triggers) do
      local w = sub(low, t.s, t.e)
      if find(w, "dead", 1, true) or find(w, "kill", 1, true) or find(w, "massacr", 1, true)
        or find(w, "gunned", 1, true) or find(w, "death", 1, true)
        or find(w, "behead", 1, true) or find(w, "assassin", 1, true)
        or find(w, "murder", 1, true) then
        has.kill = true
        break
      end
    end
  end
  local gr = ctx.grammars
  local figs = (has.kill or has.wound) and gr.casualties.scan(text, ss, se) or {}
  -- "abducted 11 miners ... and shot them dead": the captives are the dead
  for i = 1, #figs do
    local f = figs[i]
    if f.kind == "abducted" and (f.lo or f.hi) then
      local rest = sub(low, f.stop + 1, se)
      for _, v in ipairs(KILL_THEM) do
        local a, b = find(rest, "%f[%a]" .. v .. " all of them%f[%A]")
        if not a then a, b = find(rest, "%f[%a]" .. v .. " them%f[%A]") end
        if a then
          figs[#figs + 1] = { kind = "killed", lo = f.lo, hi = f.hi, approx = f.approx,
            start = f.stop + a, stop = f.stop + b, fig_start = f.fig_start,
            fig_stop = f.fig_stop, rule = "killed.captives", who_start = f.who_start,
            who_stop = f.who_stop }
          break
        end
      end
    end
  end
  for _, f in ipairs(figs) do
    -- "the violence has caused more than 2,500 deaths", "the insurgency has
    -- killed 40,000 people since 2009": a conflict's toll over years, no attack's
    if f.kind == "killed" or f.kind == "wounded" then
      local ws = words_before(low, f.start, 5, ss)
      local agg = false
      for k, w in ipairs(ws) do
        if W.CONFLICT[w] and (ws[k + 1] == "the" or ws[k + 1] == "this" or ws[k + 1] == "its")
        then agg = true end
      end
      local w1, at = word_after(low, f.stop, se)
      if w1 == "in" or w1 == "over" then w1 = word_after(low, at, se) end
      if w1 == "since" or w1 == "years" then agg = true end
      if agg then f.partial = true; f.aggregate = true end
    end
    if (f.kind == "killed" or f.kind == "wounded") and not f.partial then
      local victims_militant = false
      if f.who_start and not f.mixed then
        local who = sub(low, f.who_start, f.who_stop)
        for w in who:gmatch("[%a%-]+") do if MILITANT[w] then victims_militant = true end end
      end
      if f.perpetrators or victims_militant then
        -- "troops killed 12 militants": counter-terrorism, unless the
        -- sentence tells an attack the militants made ("repelled an attack
        -- by ISWAP fighters, killing 30 insurgents": the attackers' dead
        -- are just not the toll)
        if victims_militant and not f.perpetrators and #m.triggers == 0 then
          m.status[#m.status + 1] = { status = "counter_terrorism", start = f.start,
                                      stop = f.stop, rule = "extract.militants_killed" }
        end
      else
        m.figures[#m.figures + 1] = { s = f.start, e = f.stop, fig = f }
      end
    end
  end
  -- "One US soldier and two American contractors were killed", "people from
  -- China and Malaysia were among the dead": the victims' nationality, a weak
  -- guess at where it happened
  if #figs > 0 then
    for _, x in ipairs(m.countries) do
      for _, f in ipairs(figs) do
        if x.s >= f.start and x.e <= f.stop then x.weak = true end
      end
    end
  end
  local seg = sub(low, ss, se)
  if has.claim or has.claim_negated or has.suspect or has.herald or #m.groups > 0
    or find(seg, "behind", 1, true) or find(seg, "responsib", 1, true) then
    for _, c in ipairs(gr.claims.scan(text, ss, se)) do m.claims[#m.claims + 1] = c end
  end
  -- the pack's own claim cues stand in where the grammar found nothing there
  for _, cu in ipairs(m.cues) do
    local kind = CUE_CLAIM[cu.cue]
    local phrase = sub(low, cu.s, cu.e)
    if kind == "claim" and not (find(phrase, "responsib", 1, true) and find(phrase, " ", 1, true))
      and not find(phrase, "credit", 1, true) then
      kind = nil      -- "claims" alone is talk ("false claims that ..."), not a claim
    end
    if kind == "suspect" or kind == "blame" then kind = nil end  -- no actor span to go by
    if kind then
      local dup = false
      for _, c in ipairs(m.claims) do
        if gap(c.start, c.stop, cu.s, cu.e) == 0 then dup = true end
      end
      if kind == "claim" then
        -- "no group has claimed responsibility", "has not claimed"
        for _, w in ipairs(words_before(low, cu.s, 4, ss)) do
          if NEGATORS[w] then kind = "no_claim" end
        end
      end
      if not dup then
        m.claims[#m.claims + 1] = { kind = kind, claimed = kind == "claim" or nil,
                                    start = cu.s, stop = cu.e, rule = "extract.cue." .. cu.cue }
        if kind == "no_claim" then m.claims[#m.claims].claimed = false end
      end
    end
  end
  if has.plot or has.threat or has.negation or has.state_action then
    for _, st in ipairs(gr.status.scan(text, ss, se)) do m.status[#m.status + 1] = st end
  end
  -- "St. Petersburg", "Ft. Worth", "Mt. Kenya": gazetteers spell the saint out
  if pack.place then
    for a, abbr, nm, b in gmatch(sub(text, ss, se), "()([SFM][t])%.? (%u[%w%-]+)()") do
      local full = ABBREV[abbr]
      local rec = full and pack:place(full .. " " .. nm)
      if rec then
        local ps, pe = ss + a - 1, ss + b - 2
        local dup = ctx.dateline and pe <= ctx.dateline and pe >= ctx.dateline_s
        for _, x in ipairs(m.places) do if gap(x.s, x.e, ps, pe) == 0 then dup = true end end
        if not dup then
          m.places[#m.places + 1] = { s = ps, e = pe, rec = rec,
                                      entry = { kind = "place", value = rec } }
        end
      end
    end
  end
  -- States at war: "Israeli jets bombed ...", "Afghan warplanes killed ...",
  -- "the last Iraqi attack" (a state's forces or a demonym right before the
  -- event word, no group or militant named) are strikes of states, not
  -- incidents
  local actors = false
  for _, cu in ipairs(m.cues) do if cu.cue == "actor" then actors = true end end
  if #m.groups == 0 and not actors then
    for _, t in ipairs(m.triggers) do
      if not t.figure then
        local ws = words_before(low, t.s, 4, ss)
        local state = false
        for i, w in ipairs(ws) do
          if REPEL[w] or W.END_VERB[w] then break end
          if STATE_FORCE[w] then state = true; break end
          if i == 1 or (i == 2 and (ws[1] == "air" or ws[1] == "missile")) then
            for _, c in ipairs(m.countries) do
              if c.e < t.s and t.s - c.e <= #w + 8 and lower(sub(text, c.s, c.e)) == w then
                state = true
              end
            end
          end
        end
        local after = word_after(low, t.e, se)
        if state and after ~= "by" then
          m.status[#m.status + 1] = { status = "state_strike", start = t.s, stop = t.e,
                                      rule = "extract.state_force" }
        end
      end
    end
  end
  -- "an attack by three divisions of Revolutionary Guards", "an infantry
  -- brigade, backed by tanks, launched the attack", "attacks by Iran in the
  -- Gulf": armies and states at war, not incidents of this kind
  if #m.groups == 0 and not actors then army_attacks(ctx, m, ss, se) end
  -- Events that are part of a state's operation: "killed by police",
  -- "blew himself up during a raid" (in the clause after the event word)
  for _, t in ipairs(m.triggers) do
    local n, by, during = 0, false, false
    -- "... killing 22 people, before they were shot dead by police": the
    -- attackers' end told after their attack is no operation of the state
    local pre = sub(low, t.s > ss + 40 and t.s - 40 or ss, t.s - 1)
    if (find(pre, "before ", 1, true) or find(pre, "until ", 1, true))
      and (find(pre, "%f[%a]before [%a ]*$") or find(pre, "%f[%a]until [%a ]*$")) then
      local subj = match(pre, "%f[%a]%a+ (%a+) [%a ]*$") or ""
      if subj == "they" or subj == "he" or subj == "she" or MILITANT[subj] then n = 8 end
    end
    -- "Soldiers surrounded the campus and fought the attackers for hours
    -- before all four were shot dead": the dead are the attackers the forces
    -- fought, the end of the event told, not one of its own
    if (find(pre, "%f[%a]all %a+ w[ae][rs]e? $") or find(pre, "%f[%a]both w[ae][rs]e? $")
      or find(pre, "%f[%a]all of them w[ae][rs]e? $")) then
      local head = sub(low, ss, t.s - 1)
      local forces = false
      for w in gmatch(match(head, "^%A*%a+%A+%a*%A*%a*%A*%a*") or "", "%a+") do
        if FORCE_AGENT[w] then forces = true end
      end
      if forces then
        for verb, obj in gmatch(head, "%f[%a](%a+) the (%a+)") do
          if W.FIGHT[verb] and MILITANT[obj] then
            m.status[#m.status + 1] = { status = "counter_terrorism", start = t.s,
                                        stop = t.e, rule = "extract.attackers_killed" }
            break
          end
        end
      end
    end
    -- the words after the event word up to the clause's end, by token index
    local i = token_before(t.e + 1) + 1
    while i <= NT and TS[i] <= t.e do i = i + 1 end
    -- (within the sentence: not O(text) per trigger in a text without stops)
    local stop = find(sub(low, t.e + 1, se), "[.,;:!?]")
    stop = stop and stop + t.e or se
    while n < 8 and i <= NT and TE[i] <= stop do
      local w, at = tw(i), TE[i]
      n, i = n + 1, i + 1
      if w == "by" then by = n
      elseif w == "during" or w == "in" or w == "amid" then during = n
      elseif by and n - by <= 3 and FORCE_AGENT[w] then
        m.status[#m.status + 1] = { status = "counter_terrorism", start = t.s, stop = at,
                                    rule = "extract.by_forces" }
        break
      elseif during and n - during <= 4 and OPERATION[w]
        and (not RAID_NOUN[w] or state_between(m, low, TS[i - 1 - (n - during)], TS[i - 1])) then
        m.status[#m.status + 1] = { status = "raid", start = t.s, stop = at,
                                    rule = "extract.during_operation" }
        break
      end
    end
  end
  m.disasters = {}
  for _, d in ipairs(DISASTER_FIND:match(sub(low, ss, se))) do
    m.disasters[#m.disasters + 1] = { d[1] + ss - 1, d[2] + ss - 2 }
  end
  -- "Herat" for the gazetteer's "Herāt" (matched once per article)
  for _, h in ipairs(plain_hits or {}) do
    local rs, pe, rec = h[1], h[2], h[3]
    local dup = false
    for _, x in ipairs(m.places) do if gap(x.s, x.e, rs, pe) == 0 then dup = true end end
    local in_dateline = ctx.dateline and pe <= ctx.dateline and pe >= ctx.dateline_s
    if not dup and not in_dateline
      and not person_name(text, low, rs, pe, ss, se, ctx.cased and pack) then
      m.places[#m.places + 1] = { s = rs, e = pe, rec = rec,
                                  entry = { kind = "place", value = rec } }
    end
  end
  -- "in the village of Tadaryat": a settlement the gazetteer does not know,
  -- named by the noun before it (in text that has case)
  if ctx.cased and find(seg, " of ", 1, true) then
    for a, noun, name, b in gmatch(sub(text, ss, se),
        "()(%a+) of (%u[%a'%-]+)()") do
      -- (a capitalised noun inside a sentence is part of a proper name, "the
      -- Western District of Texas", "the Municipality of X Council": no place)
      if (SETTLEMENT[lower(noun)] or W.AREA_OF[lower(noun)]) and #name > 2
        and (a == 1 or not find(noun, "^%u")) and not W.NOT_PLACE[lower(name)] then
        local ps, pe = ss + a + #noun + 3, ss + b - 2
        -- a name of two or three words ("the district of Galcad Dheer")
        for _ = 1, 2 do
          local w = match(text, "^ (%u[%a'%-]*)", pe + 1)
          if not w or pe + 1 + #w > se or W.NOT_PLACE[lower(w)] then break end
          pe = pe + 1 + #w
          name = sub(text, ps, pe)
        end
        local known = false
        for _, x in ipairs(m.places) do if gap(x.s, x.e, ps, pe) == 0 then known = true end end
        for _, x in ipairs(m.countries) do if gap(x.s, x.e, ps, pe) == 0 then known = true end end
        if not known then
          local rec = ctx.homonyms[lower(name)] or { name = name, kind = "city" }
          m.places[#m.places + 1] = { s = ps, e = pe, rec = rec, unknown = true,
                                      entry = { kind = "place", value = rec } }
        end
      end
    end
  end
  -- "in Tadaryat, a village in northern Mali", "near Kuje on Sunday": a
  -- capitalised name after a locative that no list knows is a place too
  if ctx.cased then unknown_places(ctx, m, hits, dlist, ss, se) end
  -- "the Ortakoy district": a district, neighbourhood or suburb is one of the
  -- city the article told last, when the gazetteer's place of that name lies
  -- far from it in the same country (a homonym); a part of a city is told
  -- with an article or a possessive ("the Ortakoy district", "Kabul's
  -- Karte Sakhi district"), while "in Doda district" with neither is the
  -- administrative district of a town of that name, not a part of the last
  for _, x in ipairs(m.places) do
    local city = ctx.last_city
    local nxt = word_after(low, x.e, se)
    local before = sub(low, x.s > 5 and x.s - 4 or 1, x.s - 1)
    if nxt and DISTRICT[nxt] and city and x.rec ~= city and x.rec.country == city.country
      and (find(before, "the $") or find(before, "'s $"))
      and not same_place(x.rec, city) then
      x.rec = { name = sub(text, x.s, x.e), kind = "site", admin = city.name,
                country = city.country, lat = city.lat, lon = city.lon }
    end
  end
  -- "42 soldiers were killed there": after an event or kill verb, "there" is
  -- the place last named (when the sentence names none)
  if #m.places == 0 and ctx.last_place and find(seg, "there", 1, true) then
    for a, b in gmatch(seg, "()there()") do
      local ps = ss + a - 1
      local prev = word_before(low, ps, ss)
      local nxt = word_after(low, ps + 4, se)
      if prev and THERE_VERB[prev] and not (nxt and BE_WORD[nxt]) and b then
        local lp = ctx.last_place
        m.places[#m.places + 1] = { s = ps, e = ps + 4, rec = lp.rec, entry = lp.entry,
                                    anaphor = true }
        break
      end
    end
  end
  -- "at the town's cathedral", "in the same square", "the city's main
  -- market": the town told last (when the sentence names no place)
  if #m.places == 0 and ctx.last_place and find(seg, "'s ", 1, true) then
    for a, b in gmatch(seg, "()%f[%a]the (%a+)'s ") do
      if W.SETTLEMENT[b] then
        local ps = ss + a - 1
        local lp = ctx.last_place
        local rec, entry = lp.rec, lp.entry
        if ctx.last_city then     -- "in Gwoza in Borno state ... the town's": Gwoza
          rec, entry = ctx.last_city, { kind = "place", value = ctx.last_city }
        end
        m.places[#m.places + 1] = { s = ps, e = ps + 3 + #b, rec = rec, entry = entry,
                                    anaphor = true }
        break
      end
    end
  end
  -- "in the Karrada shopping district", "the Ortakoy neighbourhood": a part
  -- of the city told last, named by a word no list knows
  if #m.places == 0 and ctx.last_city then
    for a, nm, w1, w2 in gmatch(sub(text, ss, se), "()the (%u[%w%-]+) (%a+) ?(%a*)") do
      if (W.QUARTER[w1] or W.QUARTER[w2]) and not find(nm, "^%u+$") then
        local c = ctx.last_city
        local ps = ss + a + 3
        m.places[#m.places + 1] = { s = ps, e = ps + #nm - 1,
          rec = { name = nm, kind = "site", admin = c.name, country = c.country,
                  lat = c.lat, lon = c.lon },
          entry = { kind = "place", value = c } }
        break
      end
    end
  end
  -- "two mosques in the capital": the capital of the dateline's country, or
  -- of the country the article names most, when the sentence names no place
  if #m.places == 0 and find(seg, "the capital", 1, true) then
    local a, b = find(seg, "%f[%a]the capital%f[%A]")
    local nxt = b and match(text, "^%s*(%S)", ss + b)
    if a and not (nxt and find(nxt, "^[%u,]")) then
      local dp = ctx.dateline_place
      local code = (dp and dp.rec.country) or (dominant_country(ctx) or {}).code
      local c = code and pack.country and pack:country(code)
      local rec = c and c.capital and pack.place and pack:place(c.capital, { country = code })
      if type(rec) == "table" then
        m.places[#m.places + 1] = { s = ss + a - 1, e = ss + b - 1, rec = rec,
                                    entry = { kind = "place", value = rec }, anaphor = true }
      end
    end
  end
  -- "walked along this beach", "the bomb went off here": in a story filed
  -- from a dateline, "this" place and "here" are the dateline's city
  if #m.places == 0 and ctx.dateline_place and ss > ctx.dateline
    and (find(seg, "this ", 1, true) or find(seg, "here", 1, true)) then
    local a, b = find(seg, "%f[%a]this (%a+)")
    local noun = a and match(seg, "^this (%a+)", a)
    if not (noun and (W.SETTLEMENT[noun] or W.SPOT[noun] or W.HERE_NOUN[noun])) then
      a, b = find(seg, "%f[%a]here%f[%A]")
      if a and W.NOT_HERE[match(seg, "^%s*(%a*)", b + 1) or ""] then a = nil end
    end
    if a then
      local dp = ctx.dateline_place
      m.places[#m.places + 1] = { s = ss + a - 1, e = ss + b - 1, rec = dp.rec,
                                  entry = dp.entry, anaphor = true }
    end
  end
  if #m.places == 0 and ctx.last_place and find(seg, "the same ", 1, true) then
    do
      local a, b = find(seg, "the same (%a+)")
      local noun = a and match(seg, "the same (%a+)", a)
      if noun and (W.SETTLEMENT[noun] or W.SPOT[noun]) then
        local lp = ctx.last_place
        m.places[#m.places + 1] = { s = ss + a - 1, e = ss + b - 1, rec = lp.rec,
                                    entry = lp.entry, anaphor = true }
      end
    end
  end
  -- "the Druze town of Majdal Shams in the Israeli-controlled Golan Heights",
  -- "Teryath in Reasi district": a place no list knows lies in the known
  -- place named right after "in", whose country and position it takes
  for _, x in ipairs(m.places) do
    if x.unknown and not x.rec.admin then
      for _, y in ipairs(m.places) do
        if not y.unknown and y.s > x.e and y.s - x.e <= 48
          and find(sub(low, x.e + 1, y.s - 1), "^,? in ") then
          local r0, yr = x.rec, y.rec
          x.rec = { name = r0.name, kind = r0.kind, admin = yr.name,
                    country = r0.country or yr.country, lat = yr.lat, lon = yr.lon }
          break
        end
      end
    end
  end
  for _, x in ipairs(m.places) do
    if x.rec.kind == "city" then ctx.last_city = x.rec end
    ctx.last_place = x
  end
  -- Dates of this sentence (scanned once per article).
  -- "from Thursday night into Friday": the event began on the first day,
  -- which "from" does not make a reference point; the last is no event's
  local span_start, span_end = {}, {}
  for k = 2, #dlist do
    local d1, d2 = dlist[k - 1], dlist[k]
    if d1.stop < d2.start and d2.start - d1.stop <= 9
      and W.RANGE_TO[match(sub(low, d1.stop + 1, d2.start - 1), "^ (%a+) $") or ""]
      and find(sub(low, d1.start > 6 and d1.start - 6 or 1, d1.start - 1), "from $") then
      span_start[d1], span_end[d2] = true, true
    end
  end
  for _, d in ipairs(dlist) do
    if span_end[d] then goto next_date end
    local rel = d.relative
    if rel and rel.anchor_start and not d.lo then
      -- "four days after the Moscow attack": the attack named is the anchor,
      -- not an event of this clause; the date counts from its report
      for _, t in ipairs(m.triggers) do
        if t.s >= rel.anchor_start and t.e <= rel.anchor_stop then t.anchor = true end
      end
      m.anchors[#m.anchors + 1] = { s = rel.anchor_start, e = rel.anchor_stop }
      d = anchored_date(ctx, m, d) or d
    end
    local ed = not (ctx.dateline and d.start <= ctx.dateline and d.start >= ctx.dateline_s)
      and event_date(d, ctx.dct)
    -- "the death toll from the arson attack rose to 52 on Friday": the day of
    -- the statement, not of the attack the sentence names (a toll told alone
    -- keeps its day: it tells which event it revises)
    if ed and find(sub(low, d.start > 40 and d.start - 40 or 1, d.start - 1),
        "%f[%a][ta][ot] [%d,]+%s+on $") and find(sub(low, ss, d.start), "toll", 1, true) then
      for _, t in ipairs(m.triggers) do
        if not t.figure and t.e < d.start then ed = nil; break end
      end
    end
    if ed then
      -- "since the 1979 revolution" is a reference point, unless a "when"
      -- clause or the trigger itself follows ("since August 2021, when ...").
      local w1, at1 = word_before(low, d.start, ss)
      local prep = w1
      if w1 == "the" then prep = word_before(low, at1, ss) end
      local after = word_after(low, d.stop, se)
      local when = find(sub(low, d.stop + 1, d.stop + 8), "^,?%s*when%f[%A]") ~= nil
      ed.when = when
      -- "since jihadist violence spread to the country six years ago": the
      -- date of a clause opened by "since" or "until" is a reference point
      local pre = sub(low, d.start > ss + 100 and d.start - 100 or ss, d.start - 1)
      if not (prep and REFERENCE_PREP[prep])
        and (find(pre, "since", 1, true) or find(pre, "until", 1, true)) then
        local pos = d.start
        for _ = 1, 12 do
          local w, at = word_before(low, pos, ss)
          if not w then break end
          if w == "since" or w == "until" then
            -- unless an event word of the sentence lies in between
            local between = false
            for _, t in ipairs(m.triggers) do
              if t.s > at and t.e < d.start then between = true end
            end
            if not between then prep = w end
            break
          end
          pos = at
        end
      end
      if prep and REFERENCE_PREP[prep] and not when and not span_start[d] then
        -- kept only if an event word follows the date closely ("after the March
        -- 22 attack" names the attack's date)
        local near = false
        for _, t in ipairs(m.triggers) do
          if t.s > d.stop and t.s - d.stop <= 30 then near = true end
        end
        if not near then ed = nil end
      end
      if ed and after == "years" then ed = nil end
      -- "one Sunday morning in May 2018": some Sunday, not the last one
      if ed and d.rule == "date.weekday" and (w1 == "one" or w1 == "a") then ed = nil end
      -- "the group today claimed responsibility", "officials on Monday said":
      -- the date of the claim or the statement
      if ed and after and (CLAIM_WORD[after] or REPORTING[after]) and after ~= "toll" then
        ed = nil
      end
      -- "Palm Sunday mass", "Friday prayers", "the Tuesday market": a weekday
      -- that names a rite or a market, not the day of the event
      if ed and after and W.RITE[after] and find(sub(low, d.start, d.stop), "day$") then
        ed = nil
      end
      if ed then
        local w = w1
        if w == "on" or w == "late" or w == "early" then w = word_before(low, at1, ss) end
        -- (not "police said Saturday's attack ...": a possessive day is the
        -- event's)
        local possessive = find(sub(low, d.stop + 1, d.stop + 3), "^['\226]") ~= nil
        if w and REPORTING[w] and not possessive then ed = nil end
        -- "IS claimed the bombings on Thursday": the claim's date (not "claimed
        -- a January shooting", where the date is the event's own)
        if ed and not when then
          local pos = d.start
          for _ = 1, 6 do
            local x, at = word_before(low, pos, ss)
            if not x then break end
            if CLAIM_WORD[x] then
              for _, t in ipairs(m.triggers) do
                if t.s > at and t.e < d.start then ed = nil end
              end
              break
            end
            pos = at
          end
        end
      end
      if ed then
        ed.anchored = rel and rel.anchor_start and true or nil
        m.dates[#m.dates + 1] = ed
      end
    end
    ::next_date::
  end
  -- "police foiled a plot to bomb a church": the plot cue is the event word
  if #m.triggers == 0 then
    local plot_word, foil_word = false, false
    -- "suspected of planning an attack", "a planned attack": a plot cue that
    -- holds the event word is a plot noun
    local function plan_phrase(w)
      return find(w, " ", 1, true) ~= nil
        and (find(w, "attack", 1, true) or find(w, "bomb", 1, true))
    end
    for _, cu in ipairs(m.cues) do
      if cu.cue == "plot" then
        local w = sub(low, cu.s, cu.e)
        if PLOT_NOUN[w] or plan_phrase(w) then plot_word = true end
        if FOIL_VERB[w] or ARREST[w] then foil_word = true end
      end
    end
    for _, cu in ipairs(m.cues) do
      local w = sub(low, cu.s, cu.e)
      if cu.cue == "plot" and plot_word and foil_word
        and (PLOT_NOUN[w] or FOIL_VERB[w] or plan_phrase(w)) then
        m.triggers[#m.triggers + 1] = { s = cu.s, e = cu.e, name = "unknown", plot = true,
                                        rule = (pack.name or "pack") .. ".cue.plot" }
      end
    end
  end
  -- A state's action ("a US drone strike in Baghdad four years ago") takes the
  -- place and date written around it, as an event word would, so that they
  -- are not the incident's; its frame is then left out
  for _, st in ipairs(m.status) do
    if st.pack and st.status == "state_strike" and st.word and (find(st.word, "strike", 1, true)
      or find(st.word, "shell", 1, true) or find(st.word, "bombard", 1, true)) then
      local dup = false
      for _, t in ipairs(m.triggers) do
        if gap(t.s, t.e, st.start, st.stop) == 0 then dup = true end
      end
      if not dup then
        m.triggers[#m.triggers + 1] = { s = st.start, e = st.stop, name = "unknown",
                                        state = true, rule = st.rule }
      end
    end
  end
  -- "wounded five people with an axe and knife on a train near Wuerzburg and
  -- a Syrian man blew himself up in Ansbach": a toll dealt with a weapon is
  -- an event word of its own, beside the other clause's
  if #m.triggers > 0 and #m.figures > 0 and #m.weapons > 0 then
    for _, f in ipairs(m.figures) do
      local covered = false
      for _, t in ipairs(m.triggers) do
        if gap(t.s, t.e, f.s, f.e) == 0 then covered = true end
      end
      if not covered then
        for _, wp in ipairs(m.weapons) do
          if wp.s > f.e and wp.s - f.e <= 12
            and find(sub(low, f.e + 1, wp.s - 1), "^ with ") then
            local name = wp.rec and wp.rec.name
            local typ = (name == "explosives" and "bombing")
              or (name == "incendiary" and "facility_attack") or "armed_assault"
            m.triggers[#m.triggers + 1] = { s = f.s, e = wp.e, name = typ, weapon = name,
                                            rule = f.fig.rule }
            break
          end
        end
      end
    end
  end
  -- "... killing four tourists; in July 2017, a man with a knife killed two
  -- women on a beach in Hurghada": a clause after a semicolon with a date
  -- and a toll of its own but no event word tells an event of its own
  if find(seg, ";", 1, true) then
    m.semis = {}
    for a in gmatch(seg, "();") do m.semis[#m.semis + 1] = ss + a - 1 end
  end
  if #m.triggers > 0 and #m.figures > 0 and m.semis then
    for i, p in ipairs(m.semis) do
      local cs = p + 1
      local ce = m.semis[i + 1] and m.semis[i + 1] - 1 or se
      local has_trig, has_date = false, false
      for _, t in ipairs(m.triggers) do
        if t.s >= cs and t.e <= ce then has_trig = true end
      end
      for _, d in ipairs(m.dates) do
        if d.start >= cs and d.stop <= ce then has_date = true end
      end
      if has_date and not has_trig then
        for _, f in ipairs(m.figures) do
          if f.s >= cs and f.e <= ce and (f.fig.lo or f.fig.hi) then
            m.triggers[#m.triggers + 1] = { s = f.s, e = f.e, name = "unknown", figure = true,
                                            rule = f.fig.rule }
            break
          end
        end
      end
    end
  end
  -- Casualty-only events need some sign of violence by someone: a group or a
  -- weapon in the sentence (accidents and disasters kill people too).
  -- Without them, a toll refers to the event just told ("Officials revised
  -- the toll to 84").
  if #m.triggers == 0 and #m.figures > 0 then
    local violent = #m.groups > 0 or #m.weapons > 0
    for _, cu in ipairs(m.cues) do
      if cu.cue == "actor" then violent = true end    -- "in a raid by jihadists"
    end
    for _, f in ipairs(m.figures) do
      if f.fig.lo or f.fig.hi then
        m.triggers[#m.triggers + 1] = { s = f.s, e = f.e, name = "unknown", figure = true,
                                        rule = f.fig.rule, toll_only = not violent }
      end
    end
  end
  -- "as revenge for the decision to move the embassy to Jerusalem", "in
  -- retaliation for the raid on Kismayo": places and dates of a motive, up to
  -- the end of its clause, are not the event's
  -- "a spokesman said in Maputo that ...", "told reporters in Kabul": where the
  -- statement was made
  if #m.places > 0 then
    local kept = {}
    for _, x in ipairs(m.places) do
      local w1, at = word_before(low, x.s, ss)
      local said = false
      if w1 == "in" then
        -- "said in Maputo", "told reporters in Kabul", "declared on Sunday in Maputo"
        for _, w in ipairs(words_before(low, at, 3, ss)) do
          if REPORTING[w] and w ~= "toll" and w ~= "claimed" and w ~= "responsibility"
            and w ~= "credit" then
            said = true
          end
          if not W.SAID_SKIP[w] then break end
        end
      end
      -- "near Balad, about 80 kilometres north of Baghdad": a reference
      -- point of a distance
      if not said and sub(low, x.s - 4, x.s - 1) == " of "
        and find(sub(low, x.s > ss + 40 and x.s - 40 or ss, x.s - 1), "%f[%a]%a+ of $") then
        local pre = sub(low, x.s > ss + 40 and x.s - 40 or ss, x.s - 1)
        if find(pre, "%f[%a]k?[mi][li]?%a* [nsew]%a* of $") or find(pre, "%f[%d]%d+ ?km of $")
          or find(pre, "%f[%a]kilomet%a+ of $") or find(pre, "%f[%a]miles of $")
          or find(pre, "%f[%a]outside of $") then
          said = true
        end
      end
      -- "the train, which runs from Quetta to Peshawar": the ends of a route
      if not said then
        local ws = words_before(low, x.s, 5, ss)
        local k = (ws[1] == "to" and ws[3] == "from") and 3 or 1   -- "from Quetta to |Peshawar|"
        if ws[k] == "from" and (W.ROUTE[ws[k + 1] or ""] or W.ROUTE[ws[k + 2] or ""]) then
          said = true
        end
      end
      -- "a bus bound for Katra", "due to leave for Peshawar", "back to the
      -- town of Katra": a destination, not where it happened
      if not said then
        for _, w in ipairs(words_before(low, x.s, 6, ss)) do
          if W.DEST[w] then said = true; break end
          if not W.DEST_LINK[w] then break end
        end
      end
      if not said then kept[#kept + 1] = x end
    end
    m.places = kept
  end
  for _, og in ipairs(find(seg, "from ", 1, true) and W.ORIGIN or {}) do
    local a = find(seg, og, 1, true)
    if a then
      local at = ss + a - 1 + #og
      if sub(low, at, at + 3) == "the " then at = at + 4 end
      for _, key in ipairs { "places", "countries" } do
        local list, kept = m[key], {}
        for _, x in ipairs(list) do
          if x.s ~= at then kept[#kept + 1] = x end
        end
        m[key] = kept
      end
    end
  end
  -- "In September 2017, when the group was already losing Mosul, gunmen
  -- struck ...": a clause of "when" between commas with no event word in it
  -- is the backdrop of the time, its places are not the event's
  if #m.places > 0 and find(seg, ", when ", 1, true) then
    for a, b in gmatch(seg, ", when ()[^,;:]*(),") do
      local cs, ce = ss + a - 1, ss + b - 2
      local quiet = true
      for _, t in ipairs(m.triggers) do
        if t.s <= ce and t.e >= cs then quiet = false end
      end
      for _, f in ipairs(m.figures or {}) do
        local fs = f.s or f.start
        if fs and fs >= cs and fs <= ce then quiet = false end
      end
      if quiet then
        local kept = {}
        for _, x in ipairs(m.places) do
          if not (x.s >= cs and x.s <= ce) then kept[#kept + 1] = x end
        end
        m.places = kept
      end
    end
  end
  local motives = W.MOTIVE
  if find(seg, " since the ", 1, true) then
    motives = {}
    for k, x in ipairs(W.MOTIVE) do motives[k] = x end
    for _, x in ipairs(W.SINCE) do motives[#motives + 1] = x end
  end
  if find(seg, " came ", 1, true) or find(seg, " comes ", 1, true) then
    local all = {}
    for k, x in ipairs(motives) do all[k] = x end
    for _, x in ipairs(W.BACKDROP) do all[#all + 1] = x end
    motives = all
  end
  for _, mv in ipairs(motives) do
    local a = find(seg, mv, 1, true)
    if a then
      local ms = ss + a - 1
      local me = find(low, "[,;:]", ms) or se
      if me > se then me = se end
      for _, key in ipairs { "places", "countries", "dates" } do
        local list, kept = m[key], {}
        for _, x in ipairs(list) do
          local xs = x.s or x.start
          if not (xs > ms and xs <= me) then kept[#kept + 1] = x end
        end
        m[key] = kept
      end
    end
  end
  return m
end

-- ---------------------------------------------------------------------------
-- Frames: triggers of one sentence grouped into event mentions.
-- ---------------------------------------------------------------------------

local function nearest_trigger(trigs, s, e, forward_bias)
  local best, bd = nil, huge
  for i, t in ipairs(trigs) do
    local d = gap(s, e, t.s, t.e)
    if forward_bias and t.s > e then d = d * 0.5 end
    if d < bd then best, bd = i, d end
  end
  return best, bd
end

-- Which trigger a mention at [s, e] belongs to. English puts an event's
-- place and date after its word ("an attack in Iran in January"), or right
-- before it ("the Jan. 3 attack", "the Moscow attack"), or opens the
-- sentence with them ("On March 22, gunmen stormed ..."). A group is the
-- subject of the event word after it in the same clause ("ISIS-K executed
-- the deadliest attack"), unless "by" ties it back ("attacks by al-Qaeda").
local function assign(trigs, low, s, e, is_group)
  local p, n
  for i, t in ipairs(trigs) do
    if t.e < s then p = i elseif t.s > e and not n then n = i end
  end
  if n then
    local between = sub(low, e + 1, trigs[n].s - 1)
    local words = 0
    for _ in between:gmatch("[%w'’%-]+") do words = words + 1 end
    local tight = words <= 3 and not find(between, "[,;:%(%)]")
      and not find(between, "%f[%a]and%f[%A]") and not find(between, "%f[%a]when%f[%A]")
    if tight then return n end
    if is_group and not find(between, "[,;:]") and words <= 12 then
      local prev = word_before(low, s)
      if prev ~= "by" or not p then return n end
    end
    if not p then return n end
  end
  if p then return p end
  return nearest_trigger(trigs, s, e)
end

local function first_trigger_after(trigs, pos)
  for i, t in ipairs(trigs) do if t.s > pos then return i end end
  return nil
end

local function new_frame(t)
  return { triggers = { t }, dates = {}, places = {}, countries = {}, groups = {}, targets = {},
           weapons = {}, figures = {}, s = t.s, e = t.e, anchor = t.anchor or false,
           state = t.state or false,
           plural_only = t.plural and not t.figure, has_attack = not t.figure }
end

local function frame_add(fr, key, x)
  local l = fr[key]
  l[#l + 1] = x
  if x.s < fr.s then fr.s = x.s end
  if x.e > fr.e then fr.e = x.e end
end

local function dates_conflict(a, b)
  for _, x in ipairs(a.dates) do
    for _, y in ipairs(b.dates) do
      if not overlaps(x.lo, x.hi, y.lo, y.hi) then return true end
    end
  end
  return false
end

local function places_conflict(a, b)
  for _, x in ipairs(a.places) do
    for _, y in ipairs(b.places) do
      if not same_place(x.rec, y.rec) then return true end
    end
  end
  return false
end

local function groups_conflict(a, b)
  if #a.groups == 0 or #b.groups == 0 then return false end
  for _, x in ipairs(a.groups) do
    for _, y in ipairs(b.groups) do
      if x.rec == y.rec or x.rec.name == y.rec.name or x.rec.parent == y.rec.name
        or y.rec.parent == x.rec.name then
        return false
      end
    end
  end
  return true
end

-- Codes of the countries a frame is in: its places' and the countries it
-- names (not demonyms).
local function frame_countries(fr)
  local t = {}
  for _, x in ipairs(fr.places) do if x.rec.country then t[x.rec.country] = true end end
  for _, x in ipairs(fr.countries) do if not x.weak then t[x.rec.code] = true end end
  return t
end

local function countries_conflict(a, b)
  local ca, cb = frame_countries(a), frame_countries(b)
  if next(ca) == nil or next(cb) == nil then return false end
  for k in pairs(ca) do if cb[k] then return false end end
  return true
end

local function frames_conflict(a, b, low)
  if a.anchor ~= b.anchor or a.state ~= b.state then return true end
  if countries_conflict(a, b) then return true end
  if groups_conflict(a, b) then return true end
  local a_fig, b_fig = #a.figures > 0, #b.figures > 0
  -- "the attacks of November 13, in which gunmen struck ...": a relative
  -- clause tells the same event
  -- and "killed 40 people in attacks on villages": the plural holds the event
  local relative = false
  if low and b.triggers[1].s > a.e then
    local between = sub(low, a.e + 1, b.triggers[1].s - 1)
    relative = find(between, "%f[%a][a-z]* ?which%f[%A]") ~= nil
      or (b.plural_only and find(between, "^ in $") ~= nil)
      or (b.plural_only and find(between, "^ during $") ~= nil)
      -- "two bombs exploded", "twin blasts ripped through": the plural is the
      -- subject of the event word right after it
      or (a.plural_only and not b.plural_only and (find(between, "^ $") ~= nil
        or find(between, "^ %a+ly $") ~= nil))
  end
  if not relative then
    if a.plural_only and not a_fig and b.has_attack and not b.plural_only then return true end
    if b.plural_only and not b_fig and a.has_attack and not a.plural_only then return true end
  end
  return dates_conflict(a, b) or places_conflict(a, b)
end

local function merge_frames(a, b)
  for _, key in ipairs { "triggers", "dates", "places", "countries", "groups", "targets",
                         "weapons", "figures" } do
    for _, x in ipairs(b[key]) do a[key][#a[key] + 1] = x end
  end
  if b.s < a.s then a.s = b.s end
  if b.e > a.e then a.e = b.e end
  a.plural_only = a.plural_only and b.plural_only
  a.has_attack = a.has_attack or b.has_attack
end

local function build_frames(m, low)
  local trigs = m.triggers
  sort(trigs, function(x, y) return x.s < y.s end)
  local frames = {}
  for i, t in ipairs(trigs) do frames[i] = new_frame(t) end
  if #frames == 0 then return frames end
  -- "four days after the Moscow attack, a bomb exploded ...": what lies in
  -- the anchor belongs to the anchor's event, the rest (and the date) to the
  -- other triggers of the sentence
  local outer, inner = {}, {}
  for _, t in ipairs(trigs) do
    if t.anchor then inner[#inner + 1] = t else outer[#outer + 1] = t end
  end
  local index = {}
  for i, t in ipairs(trigs) do index[t] = i end
  -- a semicolon ends a clause: what a clause holds belongs to an event word
  -- of that clause when it has one ("... near Giza, killing four; in July
  -- 2017 a man killed two women in Hurghada")
  local semis = m.semis
  local function clause_no(pos)             -- semicolons before pos
    local k = 0
    for _, p in ipairs(semis) do if p < pos then k = k + 1 end end
    return k
  end
  local function clause(list, s)
    if not semis then return list end
    local k = clause_no(s)
    local out = {}
    for _, t in ipairs(list) do
      if clause_no(t.s) == k then out[#out + 1] = t end
    end
    return #out > 0 and out or list
  end
  local function pick(s, e, is_group, anchored_date_)
    local list = clause(trigs, s)
    if #inner > 0 then
      local inside = false
      for _, a in ipairs(m.anchors) do
        if s >= a.s and e <= a.e then inside = true end
      end
      if inside then list = inner
      elseif #outer > 0 then list = outer
      elseif anchored_date_ then return nil end
    end
    local k = assign(list, low, s, e, is_group)
    return k and index[list[k]]
  end
  -- figures belong to the nearest trigger (and are triggers themselves when
  -- the sentence names no attack word)
  for _, f in ipairs(m.figures) do
    local list = clause(#outer > 0 and outer or trigs, f.s)
    local i = nearest_trigger(list, f.s, f.e)
    i = index[list[i]]
    frame_add(frames[i], "figures", f)
    frames[i].plural_only = false
  end
  for _, d in ipairs(m.dates) do
    local i
    if d.when then i = first_trigger_after(trigs, d.stop) end
    if i and semis and clause({ trigs[i] }, d.start)[1] ~= trigs[i] then i = nil end
    i = i or pick(d.start, d.stop, false, d.anchored)
    if i then
      frame_add(frames[i], "dates", { s = d.start, e = d.stop, d = d, lo = d.lo, hi = d.hi })
    end
  end
  for _, key in ipairs { "places", "countries", "targets", "weapons" } do
    for _, x in ipairs(m[key]) do
      frame_add(frames[pick(x.s, x.e, false)], key, x)
    end
  end
  for _, g in ipairs(m.groups) do
    frame_add(frames[pick(g.s, g.e, true)], "groups", g)
  end
  -- neighbouring frames that do not conflict are one event
  local out = { frames[1] }
  for i = 2, #frames do
    local last = out[#out]
    if frames_conflict(last, frames[i], low) then
      out[#out + 1] = frames[i]
    else
      merge_frames(last, frames[i])
    end
  end
  return out
end

-- ---------------------------------------------------------------------------
-- From a frame to a candidate report.
-- ---------------------------------------------------------------------------

local function ev(s, e, rule) return { start = s, stop = e, rule = rule } end

local function closest(list, fr)
  local best, bd = nil, huge
  for _, x in ipairs(list) do
    for _, t in ipairs(fr.triggers) do
      local d = gap(x.s, x.e, t.s, t.e)
      if d < bd then best, bd = x, d end
    end
  end
  return best
end

-- The perpetrator of a frame and how sure the link is (higher is surer).
local function frame_perp(ctx, fr, m, ss)
  local low = ctx.low
  local best, rank, rule, at
  local function offer(g, r, why)
    if not rank or r > rank then best, rank, rule, at = g, r, why, g end
  end
  local first = fr.triggers[1]
  -- the target of the event is not its author ("assaults on ISIS-K's
  -- leaders", "assassinating Taliban figures"), nor is an owner ("the
  -- Taliban's de facto capital"), unless what it owns is the event
  -- ("ISIS-K's attack")
  local function not_author(g)
    local prev = word_before(low, g.s, ss)
    if prev and AGAINST[prev] then return true end
    -- "killed 18 people, among them a cleric close to the Taliban": after the
    -- event word, a group that describes a person names a victim's side
    local ws = words_before(low, g.s, 3, ss)
    local i = ws[1] == "the" and 2 or 1
    if (ws[i] == "to" or ws[i] == "of" or ws[i] == "with") and VICTIM_LINK[ws[i + 1] or ""] then
      for _, t in ipairs(fr.triggers) do
        if t.e < g.s then return true end
      end
    end
    local poss = find(low, "^'s%f[%A]", g.e + 1) or find(low, "^\226\128\153s%f[%A]", g.e + 1)
    if poss then
      for _, t in ipairs(fr.triggers) do
        if t.s > g.e and t.s - g.e <= 25 then return false end
      end
      return true
    end
    return false
  end
  for _, g in ipairs(fr.groups) do
    if not not_author(g) then
      for _, t in ipairs(fr.triggers) do
        if g.e < t.s then
          local between = sub(low, g.e + 1, t.s - 1)
          local nwords = 0
          for _ in between:gmatch("%S+") do nwords = nwords + 1 end
          if not find(between, "[,;:.]") and nwords <= 3
            and not find(between, "%f[%a]and%f[%A]") then
            offer(g, 4, "extract.perp.compound")     -- "an ISIS-K suicide bomber"
          elseif not find(between, "[;.]") and t.s - g.e <= 90 then
            offer(g, 2, "extract.perp.subject")      -- "ISIS-K executed ... attack"
          end
        elseif g.s > t.e then
          local between = sub(low, t.e + 1, g.s - 1)
          if find(between, "^%s*by%s+") or find(between, "^%s*by%s+the%s+$")
            or (#between <= 40 and find(between, "%f[%a]by%s+[%a%s]*$")) then
            offer(g, 4, "extract.perp.by")           -- "attacks by al-Qaeda"
          end
        end
      end
      offer(g, 1, "extract.perp.sentence")
    end
  end
  if not best then
    -- "it orchestrated a bombing", "the group's Jan. 3 attack": the group
    -- last named in the article
    local ws = words_before(low, first.s, 6, ss)
    for i, w in ipairs(ws) do
      local two = ws[i + 1] and (ws[i + 1] .. "_" .. w) or nil
      -- "It was the deadliest attack since ...": "it" before a copula is the
      -- event told, not the group
      local copula = i > 1 and (ws[i - 1] == "was" or ws[i - 1] == "is" or ws[i - 1] == "were"
        or ws[i - 1] == "marked" or ws[i - 1] == "became" or ws[i - 1] == "remains")
      if (w == "it" or w == "they" or (two and PRONOUN[two])) and ctx.last_group
        and not (copula and (w == "it" or w == "they")) then
        local g = ctx.last_group
        return g, 1.5, "extract.perp.pronoun", g
      end
    end
    -- any group of the sentence outside the frame, as a weak link: the
    -- first, the sentence's subject most often
    for _, g in ipairs(m.groups) do
      if not not_author(g) then
        return g, 0.5, "extract.perp.sentence", g
      end
    end
    -- a descriptive actor near the event ("Chechen militants", "Baloch
    -- separatists") is kept as written; bare ones ("gunmen", "Islamic
    -- extremists") name no one
    for _, cu in ipairs(m.cues) do
      if cu.cue == "actor" then
        local phrase = sub(ctx.text, cu.s, cu.e)
        local w1 = match(phrase, "^(%S+)%s+%S")
        if w1 and find(w1, "^%u%l") and not GENERIC_ACTOR[lower(w1)] then
          for _, t in ipairs(fr.triggers) do
            if gap(cu.s, cu.e, t.s, t.e) <= 60 then
              local g = { s = cu.s, e = cu.e, rec = { name = phrase } }
              return g, 0.8, "extract.perp.descriptive", g
            end
          end
        end
      end
    end
  end
  return best, rank, rule, at
end

-- Words between two byte positions, and whether a clause boundary lies there.
local function words_between(low, a, b)
  local between = sub(low, a, b)
  local n = 0
  for _ in between:gmatch("[%w'%-]+") do n = n + 1 end
  local boundary = find(between, "[;%(%)]") or find(between, "\226\128[\147\148]")
    or find(between, "%-%-")
  return n, boundary ~= nil, find(between, ",") ~= nil
end

-- Windows of the pack's cue words around a trigger, in words: cue words are
-- common ("no", "may", "plot"), so they count only close to the event word.
local CUE_WINDOW = {             -- { before, after }
  negated = { 2, 0 }, threat = { 4, 0 }, hypothetical = { 4, 0 },
  plot_foiled = { 6, 4 }, state_strike = { 5, 3 }, raid = { 5, 3 }, execution = { 2, 0 },
}

local function frame_actor(fr, m)
  for _, cu in ipairs(m.cues) do
    if cu.cue == "actor" then
      for _, t in ipairs(fr.triggers) do
        if gap(cu.s, cu.e, t.s, t.e) <= 40 then return true end
      end
    end
  end
  return false
end

local function frame_status(fr, m, low, ss)
  local best, brank, bev
  local has_fig = #fr.figures > 0
  local function consider(st, s, e, rule, pack_cue, word)
    local r = STATUS_RANK[st]
    if not r then return end
    if pack_cue and ARREST[word] and has_fig then return end
    local near = false
    for _, t in ipairs(fr.triggers) do
      if not t.figure or not pack_cue then
        local before = e < t.s
        local a, b = e + 1, t.s - 1
        if not before then a, b = t.e + 1, s - 1 end
        local n, boundary, comma = words_between(low, a, b)
        if s <= t.e and e >= t.s then n, boundary, comma = 0, false, false end
        local ok
        if pack_cue then
          local w = CUE_WINDOW[st] or { 3, 0 }
          ok = n <= (before and w[1] or w[2]) and not boundary
            and not (comma and st ~= "plot_foiled")
          if ok and before and CARRY_VERB[word] then ok = false end
          -- "special forces declared the siege over", "troops ended the
          -- siege": the state ends the event, it does not make it
          if ok and before and st == "state_strike" and n > 0 then
            for _, vw in ipairs(words_before(low, t.s, n, ss)) do
              if W.END_VERB[vw] then ok = false end
            end
          end
        else
          ok = gap(s, e, t.s, t.e) <= CUE_REACH and not boundary
            and not (comma and st ~= "plot_foiled" and st ~= "state_strike")
        end
        if ok then near = true end
      end
    end
    if not near then return end
    if not brank or r > brank then best, brank, bev = st, r, ev(s, e, rule) end
  end
  for _, st in ipairs(m.status) do
    if st.start >= fr.scope_s and st.stop <= fr.scope_e then
      consider(st.status, st.start, st.stop, st.rule, st.pack, st.word)
    end
  end
  -- earthquakes, storms and crashes kill too: a disaster word in the clause
  -- of the event makes it no incident
  for _, d in ipairs(m.disasters) do
    if d[1] >= fr.scope_s and d[2] <= fr.scope_e then
      consider("accident", d[1], d[2], "extract.disaster")
    end
  end
  for _, t in ipairs(fr.triggers) do
    if not t.figure then
      local wb = words_before(low, t.s, 4, ss)
      for i = 1, #wb < 3 and #wb or 3 do
        local w = wb[i]
        -- "the next morning a bomb killed": "next" dates the event from the
        -- one told, it does not make it one to come ("next weekend by
        -- poisoning" still does: that counts from now)
        if THREAT_PRE[w]
          and not (i > 1 and TIME_UNIT_AFTER[wb[i - 1]] and wb[i + 1] == "the") then
          consider("threat", t.s, t.e, "extract.threat_modifier")
        end
        if PLOT_PRE[w] then consider("plot_foiled", t.s, t.e, "extract.plot_modifier") end
      end
    end
  end
  return best, bev
end

local function num_fig(f) return f and (f.lo or f.hi) end

local function is_aggregate(fr, low, ss)
  -- "a series of suicide bombings killed at least 18 people in Gwoza on
  -- Saturday": one day, or one place and a toll, make one (coordinated) event
  for _, x in ipairs(fr.dates) do
    if x.d.precision == "day" then return false end
  end
  if #fr.places > 0 then
    for _, f in ipairs(fr.figures) do
      if num_fig(f.fig) then return false end
    end
  end
  for _, t in ipairs(fr.triggers) do
    if t.plural then
      for _, w in ipairs(words_before(low, t.s, 3, ss)) do
        if AGGREGATE_PRE[w] then return true end
      end
    end
  end
  return false
end


-- How much a figure says it is the final one: a revised toll ("rose to",
-- "revised down to") 2, a plain figure 1, one the story calls early
-- ("initially") 0.
local function fig_rank(fig)
  if fig.revision then return 2 end
  if fig.early then return 0 end
  return 1
end

-- Does a figure of `rank` and range lo..hi replace the `kind` figure report r
-- has? A higher rank wins whatever the order; among revisions the later does
-- (the toll moved again); among plain figures the later one only when it is
-- no smaller ("killed 39 people ... shot dead a police officer at the door"
-- is a part, "police spoke of 20 dead" after "rose to 276" an earlier count).
local function replaces(r, kind, rank, lo, hi)
  local olo, ohi = r[kind .. "_lo"], r[kind .. "_hi"]
  if olo == nil and ohi == nil then return true end
  local orank = r._frank and r._frank[kind] or 1
  if rank ~= orank then return rank > orank end
  if rank == 2 then return true end
  return (lo or hi or 0) >= (olo or ohi or 0)
end

-- "the 2015 Paris attacks", "the Brussels bombings": a plural with its place
-- or date written before it and "the" in front names one event on several
-- sites, not an aggregate ("ISIS-K attacks", "its attacks in Kabul").
local function named_event(fr, low, ss)
  for _, t in ipairs(fr.triggers) do
    if t.plural then
      local ws, has_the = words_before(low, t.s, 4, ss), false
      for _, w in ipairs(ws) do if w == "the" then has_the = true end end
      if has_the then
        for _, key in ipairs { "places", "dates" } do
          for _, x in ipairs(fr[key]) do
            if x.e < t.s and t.s - x.e <= 12 then return true end
          end
        end
      end
    end
  end
  return false
end

-- "Two loud explosions ... in central Mogadishu", "twin blasts": a small
-- count of event words at one place is one (coordinated) event, no aggregate.
local function counted_plural(fr, low, ss)
  for _, t in ipairs(fr.triggers) do
    -- (the subject of a clause: "Two explosions have been heard", "twin blasts
    -- ripped through", not a list of past events)
    if t.plural and W.SUBJ_NEXT[word_after(low, t.e, t.e + 40) or ""] then
      for _, w in ipairs(words_before(low, t.s, 3, ss)) do
        if W.SMALL_COUNT[w] then return true end
      end
    end
    -- ("claimed the two mosque bombings in the capital": a definite count
    -- names the parts of an event told)
    if t.plural then
      local ws = words_before(low, t.s, 3, ss)
      for k = 1, #ws - 1 do
        if W.SMALL_COUNT[ws[k]] and ws[k + 1] == "the" then return true end
      end
    end
  end
  return false
end

-- Builds the candidate report of a frame, or nil for frames that are no
-- incident. The candidate keeps private fields (prefixed `_`) for merging.
-- Is text[a..b] a chain of prepositions and names ("in Peshawar on", "by Al
-- Qaeda of")? Such a chain ties a date to the event word before it.
local PREP_CHAIN = set [[in on at near outside inside of by from the a an]]
-- Words of a clause, not of a noun phrase: "the men accused of the attack
-- appeared in court on Sunday".
local CLAUSE_WORD = set [[is was were are be been being has have had do did does will would
  said says told who which that whose when while after before since as than]]
local function pp_chain(text, a, b, after)
  if a > b then return true end
  local seg = sub(text, a, b)
  if find(seg, "[;:,%(%)]") then return false end
  local n, preps = 0, 0
  for w in gmatch(seg, "[%w'%-%.]+") do
    n = n + 1
    if n > 8 then return false end
    local lw = lower(w)
    if PREP_CHAIN[lw] then preps = preps + 1
    elseif find(w, "^%u") then  -- luacheck: ignore 542
      -- a name
    elseif CLAUSE_WORD[lw] or find(lw, "ed$") or find(lw, "ing$") then
      return false
    elseif n > 6 or not after then
      return false
    end
  end
  -- "the truck bombing at the K5 junction in October 2017": after the event
  -- word, nouns of its noun phrase, with the date's preposition last
  return n <= 6 or preps > 0
end

local function frame_report(ctx, fr, m, ss, sent_index)
  local pack, low, text = ctx.pack, ctx.low, ctx.text
  fr.actor = frame_actor(fr, m)
  if fr.state then return nil, "state action (" .. fr.triggers[1].rule .. ")" end
  local st, st_ev = frame_status(fr, m, low, ss)
  if st and NOT_INCIDENT[st] then return nil, st .. " (" .. st_ev.rule .. ")" end
  if is_aggregate(fr, low, ss) then return nil, "aggregate" end
  local r = { evidence = {}, status = "attack", _sent = sent_index }
  local t0 = fr.triggers[1]
  -- attack type: the most specific trigger
  local typ, tev, suicide, weapon = "unknown", nil, false, nil
  for _, t in ipairs(fr.triggers) do
    if not t.figure then
      local g = GTD[t.name] or "unknown"
      if t.name == "suicide_bombing" then suicide = true end
      if t.suicide then suicide = true end
      if not tev or (GTD_RANK[g] or 0) > (GTD_RANK[typ] or 0) then
        typ, tev = g, ev(t.s, t.e, t.rule)
        weapon = t.weapon or weapon
      end
    end
  end
  if not tev then tev = ev(t0.s, t0.e, t0.rule) end
  -- GTD codes a suicide attack of no other stated method as a bombing
  if suicide and typ == "unknown" then typ = "bombing" end
  local w = closest(fr.weapons, fr)
  if w then
    weapon = weapon or w.rec.name
    r.evidence.weapon = ev(w.s, w.e, entry_rule(pack, { kind = "weapon", value = w.rec }))
    if typ == "unknown" then
      if w.rec.name == "firearms" then typ = "armed_assault"
      elseif w.rec.name == "explosives" then typ = "bombing"
      elseif w.rec.name == "incendiary" then typ = "facility_attack"
      elseif w.rec.name == "melee" then typ = "armed_assault" end
    end
  end
  -- "insurgents entered the town, attacking the police post", "fighters
  -- attacked the camp", "a raid on the army camp, claimed by X": armed men who
  -- attack with no explosive named make an armed assault
  if typ == "unknown" and not suicide and not w then
    local clause = sub(low, ss, fr.scope_e or fr.e)
    local verbal, armed = false, false
    for _, t in ipairs(fr.triggers) do
      local tw_ = sub(low, t.s, t.e)
      if W.ARMED_VERB[tw_] then verbal = true end
    end
    -- a raid claimed by or tied to a group ("a raid on the army camp ..., an
    -- attack claimed by X"); a raid by the state is no incident at all
    if verbal and (#fr.groups > 0 or #m.claims > 0)
      and (find(clause, "%f[%a]raid%f[%A]") or find(clause, "%f[%a]raided%f[%A]")) then
      armed = true
    end
    if verbal then
      for word in gmatch(clause, "[%a]+") do
        if W.ARMED_ACTOR[word] then armed = true end
        if W.EXPLOSIVE[word] or find(word, "^explos") or find(word, "^bomb") then
          armed = false
          break
        end
      end
      if armed then
        typ, weapon = "armed_assault", "firearms"
        tev = ev(tev.start, tev.stop, "extract.type.armed_actor")
      end
    end
  end
  r.attack_type, r.suicide, r.weapon = typ, suicide, weapon
  r.rule = tev.rule
  r.evidence.trigger = tev
  r.evidence.attack_type = tev
  if st == "plot_foiled" then
    r.status = "plot_foiled"
    r.evidence.status = st_ev
  end
  -- "the blast", "the deadly attack": a definite mention of an event told before
  -- (every event word of the frame definite: "the deadliest attack since
  -- 2017, when a truck bomb ..." tells a new event too)
  local ndef, nev = 0, 0
  for _, t in ipairs(fr.triggers) do
    if not t.figure then
      nev = nev + 1
      local ws = words_before(low, t.s, 2, ss)
      if ws[1] == "the" or ws[1] == "this" or ws[1] == "that"
        or (ws[2] == "the" or ws[2] == "this" or ws[2] == "that") then
        ndef = ndef + 1
      end
    end
  end
  r._definite = nev > 0 and ndef == nev
  -- "In the gunfight that followed, which went on into Wednesday morning,
  -- three people died": the sequel of the event just told, its days too
  if byte(low, ss) == 105 or byte(low, ss) == 100 then    -- "in ...", "during ..."
    local head = sub(low, ss, ss + 60)
    if find(head, "^in the %a+ that followed") or find(head, "^in the ensuing ")
      or find(head, "^during the ensuing ") or find(head, "^in the %a+ that ensued") then
      r._definite = true
      r._sequel = true
    end
  end
  -- "Gunfire again inside the base", "fighting flared again": the event
  -- told goes on (a new one names its own place or day, which then differ)
  if not r._definite and nev == 1 and not t0.figure then
    local n1, at = word_after(low, t0.e, t0.e + 40)
    local n2 = at and word_after(low, at, t0.e + 40)
    if n1 == "again" or (n2 == "again" and not NEW_EVENT[n1 or ""]) then r._definite = true end
  end
  -- "The assault began on Friday evening": the start of an event told
  do
    local nx, at = word_after(low, t0.e, ss + 400)
    if nx == "had" or nx == "has" then nx = word_after(low, at, ss + 400) end
    if (nx == "began" or nx == "started" or nx == "begun")
      and W.DEFINITE[word_before(low, t0.s, ss) or ""] then
      r._began = true
    end
  end
  for _, t in ipairs(fr.triggers) do
    if find(sub(low, t.s > 40 and t.s - 40 or 1, t.s - 1), " of ", 1, true) then
      local ws = words_before(low, t.s, 4, ss)
      for k = 1, #ws - 1 do
        if ws[k] == "of" and W.WAVE[ws[k + 1]] then r._wave = true end
      end
    end
  end
  -- "The attack began on Wednesday, when insurgents entered the town,
  -- attacking ...", "The explosion occurred last Thursday": a definite event
  -- word opening the sentence is the event told before, whatever follows
  if not r._definite and nev > 0 then
    for _, t in ipairs(fr.triggers) do
      if not t.figure then
        local wd, at = word_before(low, t.s, ss)
        if (wd == "the" or wd == "this" or wd == "that") and not word_before(low, at, ss) then
          r._opens_definite = true   -- (its dates stay its own: "The attack came on Jan. 3")
        end
        break
      end
    end
  end
  -- "The attackers struck the villages ...": a definite actor opening the
  -- sentence refers to the event told before
  if not r._definite and nev > 0 then
    for _, cu in ipairs(m.cues) do
      if cu.cue == "actor" and cu.e <= t0.e and cu.s >= ss then
        local wd, at = word_before(low, cu.s, ss)
        if wd == "the" and not word_before(low, at, ss) then r._definite = true end
      end
    end
  end
  -- "in a separate attack", "another bombing": a new event, whatever follows;
  -- so does a sentence opened by "Earlier this month," or "Separately,"
  local wbs = words_before(low, t0.s, 3, ss)
  for _, wb in ipairs(wbs) do
    if NEW_EVENT[wb] then r._new = true end
  end
  -- "a smaller bomb", "a bigger blast": an event compared with the one told
  if wbs[2] == "a" and wbs[1] and find(wbs[1], "%l%l[eil]?er$") and COMPARATIVE[wbs[1]] then
    r._new = true
  end
  local first = NT > 0 and TS[1] >= ss and tw(1)
  if first and OPENS_NEW[first] and nev > 0 and not r._definite then r._new = true end
  -- date; of a definite mention only one written against it ("the March 22
  -- attack", "the attack on Friday"): "the men accused of the attack
  -- appeared in court on Sunday" dates the hearing
  local dlist = fr.dates
  -- (a definite mention before any report is the article's lead event: "police
  -- said the couple carried out the bombing outside the cathedral on Sunday")
  if r._sequel and #ctx.reports > 0 then
    dlist = {}
  elseif r._definite and #ctx.reports > 0 then
    dlist = {}
    for _, x in ipairs(fr.dates) do
      if x.d.when then dlist[#dlist + 1] = x end
      for _, t in ipairs(x.d.when and {} or fr.triggers) do
        if not t.figure then
          local a, b = x.e + 1, t.s - 1
          if t.e < x.s then a, b = t.e + 1, x.s - 1 end
          if pp_chain(text, a, b, t.e < x.s) then dlist[#dlist + 1] = x; break end
        end
      end
    end
  end
  if r._definite and #ctx.reports > 0 then
    -- "declared the siege over the next morning": a later moment of the
    -- event told, not its date
    local kept = {}
    for _, x in ipairs(dlist) do
      local dt = sub(low, x.d.start, x.d.stop)
      if not (find(dt, "^the next") or find(dt, "^the following") or find(dt, "^later")
        or find(dt, "^next")) then
        kept[#kept + 1] = x
      end
    end
    dlist = kept
  end
  local d = closest(dlist, fr)
  if d then
    local dd = d.d
    r.date, r.date_lo, r.date_hi = dd.value, dd.lo, dd.hi
    -- "Four days after the Gao attack, a bomb ... The next day, ...": a day
    -- counted from the day told last counts from the event just told when
    -- this extractor dated that event after it (the grammar could not)
    if dd.base_stop then
      local prev, pstop
      for _, x in ipairs(ctx.reports) do
        local e = x.evidence.date
        if x ~= r and x._prec == "day" and x.date_lo and e and e.stop < dd.start
          and e.stop > dd.base_stop and find(e.rule or "", "^extract%.")
          and (not pstop or e.stop > pstop) then
          prev, pstop = x, e.stop
        end
      end
      local day = prev and dates.shift(prev.date_lo, dd.base_days)
      if day then r.date, r.date_lo, r.date_hi = day, day, day end
    end
    r._prec = dd.precision
    r.evidence.date = ev(dd.start, dd.stop, dd.rule)
  end
  -- place, country
  -- a city named in the frame rather than a site in it; a site stands for
  -- its city ("Kabul airport" is in Kabul)
  local p = closest(fr.places, fr)
  -- "described the attack as a demented act ... asked Cuba to hand over the
  -- delegates who are in Havana": a place a clause away after a definite
  -- mention is about something else than the event the mention points at
  if p and r._definite and p.s > t0.e and not p.anaphor then
    local between = sub(low, t0.e + 1, p.s - 1)
    if #between > 80 and (find(between, "[,;]") or find(between, "%f[%a]who%f[%A]")) then
      p = nil
    end
  end
  if p and p.weak then
    -- a name no list knows gives way to one the gazetteer knows
    local known = {}
    for _, x in ipairs(fr.places) do if not x.weak then known[#known + 1] = x end end
    p = closest(known, fr) or p
  end
  if p and p.rec.kind == "site" then
    local city
    for _, q in ipairs(fr.places) do
      if q.rec.kind ~= "site" and same_place(q.rec, p.rec) then city = q; break end
    end
    -- or the dateline's city, when the site lies in it ("MOSCOW - ... the
    -- Crocus City Hall")
    local dp = ctx.dateline_place
    if not city and dp and dp.rec.kind ~= "site" and same_place(dp.rec, p.rec) then city = dp end
    p = city or p
  end
  -- "the village of Solhan in north-eastern Burkina Faso": a country named in
  -- the frame that is not the gazetteer's country of the place says the
  -- gazetteer knows only a homonym; the text is believed
  if p and p.rec.country then
    local named
    for _, x in ipairs(fr.countries) do
      if not x.weak and x.s > p.e and x.s - p.e <= 40 and x.rec.code ~= p.rec.country
        and (find(sub(low, p.e + 1, x.s - 1), "^, $")
          or find(sub(low, p.e + 1, x.s - 1), "^ in [%a%-]* ?$")) then
        named = x
      end
    end
    if named then
      local name = sub(text, p.s, p.e)
      local rec = pack.place and pack:place(name, { country = named.rec.code })
      if type(rec) ~= "table" then
        rec = { name = name, kind = "city", country = named.rec.code }
      end
      p = { s = p.s, e = p.e, entry = { kind = "place", value = rec }, rec = rec }
      ctx.homonyms[lower(name)] = rec     -- later mentions of the name mean it too
    end
  end
  if p then
    local rec = p.rec
    r._place_rec = rec
    if rec.kind == "site" and rec.admin then
      r.place = rec.admin
    elseif rec.kind == "site" or rec.kind == "province" or rec.kind == "region" then
      r.place = rec.name
    else
      -- the city as the text names it ("St. Petersburg"), unless the text
      -- shouts (MUC's upper case) or abbreviates differently
      local surface = sub(text, p.s, p.e):gsub("%s+", " ")
      r.place = (surface:find("%l") and not p.anaphor) and surface or rec.name
    end
    r.lat, r.lon = rec.lat, rec.lon
    r._place_anaphor = p.anaphor
    r.evidence.place = ev(p.s, p.e, entry_rule(pack, p.entry))
    if p.rec.country then
      r.country = p.rec.country
      r.evidence.country = ev(p.s, p.e, "extract.country_of_place")
    end
  end
  local strong_in_frame = false
  for _, x in ipairs(fr.countries) do if not x.weak then strong_in_frame = true end end
  if not r.country and p and p.unknown and not p.rec.country and not strong_in_frame then
    -- "in the village of Tadaryat in the same region": a place the gazetteer
    -- does not know lies in the country the sentence names, else the
    -- dateline's, else the country of the report last told, else the one
    -- the article names most
    local strong
    for _, x in ipairs(m.countries) do if not x.weak then strong = strong or x end end
    local dp = ctx.dateline_place
    local last = ctx.reports and ctx.reports[#ctx.reports]
    if strong then
      r.country = strong.rec.code
      r.evidence.country = ev(strong.s, strong.e, "extract.country_of_sentence")
    elseif last and last.country then
      -- (a story filed from Dakar about Niger: the story's country first)
      r.country = last.country
      r.evidence.country = ev(p.s, p.e, "extract.country_of_story")
    elseif dp and dp.rec.country then
      r.country = dp.rec.country
      r.evidence.country = ev(dp.s, dp.e, "extract.country_of_dateline")
    else
      local dom = dominant_country(ctx)
      if dom then
        r.country = dom.code
        r.evidence.country = ev(dom.s, dom.e, "extract.country_of_article")
      end
    end
    if r.country then r._country_weak = true end
  end
  if not r.country then
    -- a country named rather than a demonym ("in Iran" over "Iranian")
    local strong = {}
    for _, x in ipairs(fr.countries) do if not x.weak then strong[#strong + 1] = x end end
    local c = closest(#strong > 0 and strong or fr.countries, fr)
    if c then
      r._country_weak = c.weak
      r.country = c.rec.code
      r.evidence.country = ev(c.s, c.e, entry_rule(pack, { kind = "country", value = c.rec }))
      if r.lat == nil then r.lat, r.lon = c.rec.lat, c.rec.lon end
    end
  end
  if not r.country then
    -- "Nigerian troops", "a Somali official": with no place and no country,
    -- the nationality of the state's people in the sentence is a weak guess
    for _, x in ipairs(m.state_names) do
      if x.weak and x.rec and x.noun_state then
        r.country, r._country_weak = x.rec.code, true
        r.evidence.country = ev(x.s, x.e, "extract.country_of_demonym")
        break
      end
    end
  end
  -- "It fell into the river and exploded without hurting anyone": a toll of
  -- its own, no place named: the country of the story told (weak)
  if not r.country and not r.place then
    local last = ctx.reports and ctx.reports[#ctx.reports]
    local own_toll = false
    for _, f in ipairs(fr.figures) do
      if f.fig.lo == 0 and f.fig.hi == 0 then own_toll = true end
    end
    if own_toll and last and last.country then
      r.country, r._country_weak = last.country, true
      r.evidence.country = ev(t0.s, t0.e, "extract.country_of_story")
    end
  end
  -- figures: of each kind the one that outranks the others (`replaces`)
  r._frank = {}
  for _, f in ipairs(fr.figures) do
    local fig = f.fig
    local key = fig.kind
    if num_fig(fig) and replaces(r, key, fig_rank(fig), fig.lo, fig.hi) then
      r[key .. "_lo"], r[key .. "_hi"] = fig.lo, fig.hi
      r._frank[key] = fig_rank(fig)
      r._fdet = r._fdet or {}
      r._fdet[key] = fig.det ~= nil
      r.evidence[key] = ev(fig.start, fig.stop, fig.rule)
    end
  end
  -- target
  local tg = closest(fr.targets, fr)
  if tg then
    local s = tg.s
    local wprev, at = word_before(low, s, ss)
    if wprev == "a" or wprev == "an" or wprev == "the" then s = at end
    r.target, r.target_type = sub(text, s, tg.e), tg.rec.name
    r.evidence.target = ev(s, tg.e, entry_rule(pack, { kind = "target", value = tg.rec }))
  end
  -- perpetrator
  local g, rank, prule = frame_perp(ctx, fr, m, ss)
  if g then
    r.perpetrator = g.rec.name
    r._perp_rank = rank
    r.evidence.perpetrator = ev(g.s, g.e, prule)
  end
  -- what this mention can do: make a report, or only refer to one
  local numeric = r.killed_lo or r.killed_hi or r.wounded_lo or r.wounded_hi
  r._numeric = numeric and true or false
  if fr.plural_only and not numeric and r._prec ~= "day" and not named_event(fr, low, ss)
    and not (r.place and counted_plural(fr, low, ss)) then
    return nil, "plural"
  end
  -- (a place read off "the town's" or "there" alone makes no new report)
  r._creates = ((r.place and not r._place_anaphor) or r.date_lo or numeric) and true or false
  -- a bare "attack" makes a report only with a sign of political violence
  -- around it: a toll, a group, a weapon, a target, a suicide, "terror" (a
  -- union's strike, a verbal attack on a bill and a market onslaught have
  -- none); so does a lone word with an everyday sense ("shot", "blast",
  -- "slashed"), where a second event word would do
  local lone = #fr.triggers == 1 and AMBIGUOUS[sub(low, t0.s, t0.e)] or false
  if r._creates and (typ == "unknown" or lone) and not suicide and not numeric
    and #fr.groups == 0 and #fr.weapons == 0 and #fr.targets == 0 and not fr.actor
    and not named_event(fr, low, ss) then
    local terror = false
    for _, t in ipairs(fr.triggers) do
      if find(sub(low, t.s, t.e), "terror", 1, true) then terror = true end
    end
    if not terror then r._creates = false end
  end
  if t0.toll_only then r._creates, r._definite, r._toll = false, true, true end
  r._refers = r._creates or r.country ~= nil or r._definite or r.perpetrator ~= nil
  return r
end

-- ---------------------------------------------------------------------------
-- Article-level merging.
-- ---------------------------------------------------------------------------

local function parent_of(pack, name)
  local g = pack.group_by_name and pack.group_by_name[name]
  return g and g.parent
end

local function perps_compatible(pack, a, b)
  if a == b then return true end
  return parent_of(pack, a) == b or parent_of(pack, b) == a
end

-- How strongly candidate c is the same event as report r: nil when they
-- cannot be, else a score (higher is better).
-- Do two death tolls tell two events? A new mention (not "the attack") that
-- creates a report of its own, with a plain figure that is no part read off a
-- determiner ("shot dead a guard"), whose range is far from the report's:
-- "killed 39 people" and, later, "on December 10, twin bombings killed 44".
local function tolls_conflict(r, c)
  if not c._creates or c._definite then return false end
  -- "The UN counted at least 53 dead. The ministry put the number of dead at
  -- 25": another source's count of the event just told, with no day or
  -- place of its own, is no other event
  local ek = c.evidence.killed
  if ek and ek.rule == "killed.toll" and not c.date_lo and not c.place
    and r._sent and c._sent and c._sent - r._sent <= 1 then
    return false
  end
  local a_lo, a_hi, b_lo, b_hi = r.killed_lo, r.killed_hi, c.killed_lo, c.killed_hi
  if not (a_lo or a_hi) or not (b_lo or b_hi) then return false end
  if (c._frank and c._frank.killed or 1) ~= 1 or (c._fdet and c._fdet.killed) then
    return false
  end
  if a_lo and b_hi and b_hi < a_lo * 0.9 then return true end
  if b_lo and a_hi and b_lo > a_hi * 1.1 then return true end
  -- open-ended figures: "at least 32" is no "more than 300" (news rounds an
  -- open toll up by half at most), nor a new "at least 27"
  -- (only for a mention dated on its own: two sources' counts of one event
  -- stay one report with the range)
  if c.date_lo and a_lo and not a_hi and b_lo and b_lo > a_lo * 1.5 then return true end
  if c.date_lo and a_lo and not a_hi and b_lo and not b_hi and b_lo < a_lo * 0.9 then
    return true
  end
  return false
end

local function same_event(pack, r, c, loose)
  if r.status ~= c.status then return nil end
  -- the undated event a story opens with is news: not one told later with a
  -- date months before the story ("In August last year, BLA fighters ...")
  if r._lead_dct and not r.date_lo and c.date_hi and c._prec ~= "day" and c._sent ~= r._sent
    and (iso_days(r._lead_dct) or 0) - (iso_days(c.date_hi) or 0) > 60 then
    return nil
  end
  -- "a wave of bombs went off across southern Thailand, killing four": the
  -- sites told after it, in its country and days, are its parts
  if r._wave and not c._new and (not c.country or c.country == r.country)
    and (not c.date_lo or (r.date_lo and overlaps(r.date_lo, r.date_hi, c.date_lo, c.date_hi)))
    and (not (r.killed_lo and c.killed_lo) or c.killed_lo <= r.killed_lo) then
    c._part = true
    return 1
  end
  if tolls_conflict(r, c) then return nil end
  local score = 0
  -- "ended a siege on Saturday ... The assault began on Friday evening"
  local began = c._began and r.date_lo and c.date_lo
    and c.date_hi <= r.date_lo
    and (iso_days(r.date_lo) or 0) - (iso_days(c.date_hi) or 0) <= 3
  if r.date_lo and c.date_lo and not began then
    if not overlaps(r.date_lo, r.date_hi, c.date_lo, c.date_hi) then return nil end
    score = score + 3
  elseif began then
    score = score + 3
  end
  if r.place and c.place then
    if same_place(r._place_rec, c._place_rec) then
      score = score + 3
    elseif not (r._place_weak or c._place_weak) then
      return nil
    end
  end
  if r.country and c.country then
    if r.country == c.country then
      score = score + 1
    elseif not (r._country_weak or c._country_weak) then
      return nil
    end
  end
  if r.perpetrator and c.perpetrator and (r._perp_rank or 0) >= 2 and (c._perp_rank or 0) >= 2 then
    if not perps_compatible(pack, r.perpetrator, c.perpetrator) then return nil end
    score = score + 1
  end
  if r.target_type and c.target_type then
    score = score + (r.target_type == c.target_type and 1 or -2)
  end
  if r.attack_type ~= "unknown" and c.attack_type ~= "unknown"
    and r.attack_type ~= c.attack_type then
    score = score - 1
  end
  -- positive evidence: the same place, overlapping dates, or a mention that
  -- names only the country of an event already told
  -- (dates alone only when they are the same reading, or the country agrees:
  -- "in January" and "on Jan. 3" in Iran are one; a Tuesday shooting with no
  -- place is not an April bombing in Kunduz)
  local same_country = r.country and r.country == c.country
  local dates_pos = r.date_lo and c.date_lo
    and ((r.date_lo == c.date_lo and r.date_hi == c.date_hi) or same_country)
  -- "set on fire in July ... set alight in the small hours of 31 July": a day
  -- inside the month told, with no place of its own, tells that event more
  -- precisely
  local refines = r.date_lo and c.date_lo and not c.place and c._prec == "day"
    and (r._prec == "month" or r._prec == "range")
    and c.date_lo >= r.date_lo and c.date_hi <= r.date_hi
  local pos = (r.place and c.place) or dates_pos or began or refines
    or (same_country and not c.place and not c.date_lo)
    -- a headline ("Bomber hits embassy in Kabul") and its lead in the same country
    or (r._headline and same_country and not r.date_lo)
    -- the undated news a story opens with, and a day of this week told with
    -- no place of its own ("armed men blew up the track on Tuesday")
    or (r._lead_dct and not r.date_lo and not c.place and c._prec == "day"
      and (not c.country or same_country)
      and (iso_days(r._lead_dct) or 0) - (iso_days(c.date_lo) or 0) <= 7
      and (iso_days(r._lead_dct) or 0) - (iso_days(c.date_lo) or 0) >= 0)
  -- a headline's "Rocket strike kills 12 children" names no place, date or
  -- country; the lead's "killing 12 youngsters" in Majdal Shams is the same
  -- event when the toll is the same
  if not pos then
    -- (a headline placed only by the dateline below it names no place)
    local vague_r = not r.date_lo and (not r.place or (r._headline and r._place_weak))
      and (not r.country or (r._headline and r._country_weak))
    local vague_c = not c.place and not c.date_lo and not c.country
    if (vague_r or vague_c) and r.killed_lo and r.killed_lo == c.killed_lo
      and r.killed_hi == c.killed_hi then
      pos = true
    end
  end
  if not pos and not loose then return nil end
  return score
end

local function take(r, c, field, evfield)
  r[field] = c[field]
  evfield = evfield or field
  if c.evidence[evfield] then r.evidence[evfield] = c.evidence[evfield] end
end

local function merge_into(r, c)
  if c._part then
    -- a part of a wave adds its place when the wave has none, not its toll
    if c.place and not r.place then
      take(r, c, "place"); r.lat, r.lon, r._place_rec = c.lat, c.lon, c._place_rec
    end
    if c.claimed ~= nil and r.claimed == nil then take(r, c, "claimed") end
    r._sent = c._sent
    return
  end
  -- date: the more precise reading wins (or the day it began)
  if c.date_lo and (not r.date_lo or (PREC_RANK[c._prec] or 0) > (PREC_RANK[r._prec] or 0)
    or (c._began and c.date_hi <= r.date_lo)) then
    r.date, r.date_lo, r.date_hi, r._prec = c.date, c.date_lo, c.date_hi, c._prec
    r.evidence.date = c.evidence.date
  end
  -- ("The bomb should not surprise Mindanao ... the gymnasium in Marawi": a
  -- town inside the region a headline named is the more precise place)
  local finer = c.place and r._headline_place and r._place_rec and c._place_rec
    and WIDE[r._place_rec.kind] and not WIDE[c._place_rec.kind]
    and same_place(r._place_rec, c._place_rec)
  r._headline_place = nil
  if c.place and (not r.place or (r._place_weak and not c._place_weak) or finer) then
    take(r, c, "place"); r.lat, r.lon, r._place_rec = c.lat, c.lon, c._place_rec
    r._place_weak = c._place_weak
    if c.country then take(r, c, "country") end
  end
  if c.country and (not r.country or (r._country_weak and not c._country_weak)) then
    take(r, c, "country"); r._country_weak = c._country_weak
  end
  -- a headline placed by the dateline, told again in another country: the
  -- dateline's city is only where the story was filed
  local rp = r.evidence.place
  if c.country and r.country ~= c.country and r._country_weak and r._place_weak
    and rp and rp.rule == "extract.dateline_place" then
    r.place, r.lat, r.lon, r._place_rec, r.evidence.place = nil, nil, nil, nil, nil
    take(r, c, "country"); r._country_weak = c._country_weak
  end
  if c.perpetrator and (c._perp_rank or 0) > (r._perp_rank or -1) then
    take(r, c, "perpetrator"); r._perp_rank = c._perp_rank
  end
  if c.claimed == true or (c.claimed == false and r.claimed == nil) then
    take(r, c, "claimed")
  end
  if r.attack_type == "unknown" and c.attack_type ~= "unknown" then
    take(r, c, "attack_type")
    r.rule = c.rule
  end
  if c.suicide then r.suicide = true end
  if c.weapon and not r.weapon then take(r, c, "weapon") end
  if c.target and not r.target then r.target_type = c.target_type; take(r, c, "target") end
  -- a later figure replaces an earlier one when it outranks it ("the toll
  -- rose to ...")
  for _, k in ipairs { "killed", "wounded" } do
    local lo, hi = c[k .. "_lo"], c[k .. "_hi"]
    local rank = c._frank and c._frank[k] or 1
    if (lo or hi) and replaces(r, k, rank, lo, hi) then
      r[k .. "_lo"], r[k .. "_hi"] = lo, hi
      r._frank = r._frank or {}
      r._frank[k] = rank
      r.evidence[k] = c.evidence[k]
    end
  end
  r._sent = c._sent
end

-- Small words inside a group's name: "Islamic State in the Greater Sahara".
local NAME_LINK = set [[of al el and the in for de du]]

-- Words that open an actor phrase naming no one: "Police", "The group".
local NO_NAME = set [[the a an it they police officials authorities security government
  army military the_group local investigators prosecutors witnesses residents he she]]

-- A group the pack does not know, named by a claim or a blame: the actor
-- phrase's capitalised words ("the Kurdistan Freedom Falcons"), or a name in
-- apposition after it ("a little-known group, National Thowheeth Jama'ath,").
-- Returns a mention `{ s, e, rec = { name }, named = true }` or nil.
local function named_actor(ctx, c)
  local text, pack = ctx.text, ctx.pack
  local function name_at(s, e)
    local seg = sub(text, s, e)
    local a, run, b = match(seg, "()(%u[%w'%-]*[%w'%-%s]-%u?[%w'%-]*)()%s*$")
    if not a then return nil end
    -- the trailing run of capitalised words ("a group calling itself | the
    -- Free Sahel Brigade"), without its article ("the Sahel Liberation Front")
    do
      local ws = {}
      for p, w, q in gmatch(seg, "()([%w'%-]+)()") do ws[#ws + 1] = { p, w, q } end
      local i = #ws
      while i >= 1 and (find(ws[i][2], "^%u") or (i < #ws and NAME_LINK[ws[i][2]])) do
        i = i - 1
      end
      i = i + 1
      while i <= #ws and (NAME_LINK[lower(ws[i][2])] or ws[i][2] == "The") do i = i + 1 end
      if i <= #ws and i > 1 then
        a, b = ws[i][1], ws[#ws][3]
        run = sub(seg, a, b - 1)
      end
    end
    -- a run of capitalised words (with "of", "al", "and" inside)
    local words, ok = 0, true
    for w in gmatch(run, "%S+") do
      words = words + 1
      if not find(w, "^%u") and not NAME_LINK[w] then
        ok = false
      end
    end
    local first = lower(match(run, "^(%S+)"))
    if not ok or NO_NAME[first] or (words < 2 and not find(run, "^%u%u+$")) then return nil end
    if pack.country and pack:country(run) then return nil end
    if pack.place and pack:place(run) then return nil end
    -- "suspected New Year's Eve plot", "the Palm Sunday attacks": a feast or a
    -- day names when, not who
    for w in gmatch(lower(run), "[%a]+") do
      if W.TIME_NAME[w] then return nil end
    end
    return { s = s + a - 1, e = s + b - 2, rec = { name = run }, named = true }
  end
  local app_s, app, app_e = match(sub(text, c.actor_stop + 1, c.actor_stop + 80),
    "^,%s+()(%a[^,;%(%)]-)(),")
  if app_s then
    local found = name_at(c.actor_stop + app_s, c.actor_stop + app_e - 1)
    if found then return found end
  end
  local _ = app
  return name_at(c.actor_start, c.actor_stop)
end

-- "GALCAD DHEER, Somalia (AP) -": a dateline city no list knows is a place
-- too, in the country the dateline names (or none); written in capitals, it
-- is given in title case.
local function dateline_unknown(ctx, b, country_hit)
  local text = ctx.text
  local name = match(text, "^(%u[%a'%.%-]*[ %a'%.%-]-)%s*[,(]", b)
  if not name or #name < 3 or #name > 40 or not find(name, "^%u%a") then return end
  local first = lower(match(name, "^[%a'%-]+"))
  if W.NOT_PLACE[first] or TITLE[first] then return end
  local shown = name
  if not find(name, "%l") then
    shown = lower(name):gsub("(%f[%a]%a)", upper)
  end
  local code = country_hit and type(country_hit.entry.value) == "table"
    and country_hit.entry.value.code or nil
  if country_hit and lower(sub(text, country_hit.start, country_hit.stop)) == lower(name) then
    return      -- "SOMALIA, March 3 -": the country itself
  end
  local rec = { name = shown, kind = "city", country = code }
  ctx.dateline_place = { s = b, e = b + #name - 1, rec = rec,
                         entry = { kind = "place", value = rec } }
end

-- The dateline's city is where the story was filed: the lead event's place
-- when its first mention names none in that country. The place is weak: a
-- place told later replaces it, and it conflicts with none.
local function dateline_place(ctx, lead)
  local dp = ctx.dateline_place
  if not dp or lead.place or lead.status ~= "attack" then return end
  if lead.country and lead.country ~= dp.rec.country then return end
  lead.place, lead.lat, lead.lon, lead._place_rec = dp.rec.name, dp.rec.lat, dp.rec.lon, dp.rec
  lead._place_weak = true
  lead.evidence.place = ev(dp.s, dp.e, "extract.dateline_place")
  if not lead.country and dp.rec.country then
    -- (weak too: a story filed from Dakar may tell of a camp in Niger)
    lead.country, lead._country_weak = dp.rec.country, true
    lead.evidence.country = ev(dp.s, dp.e, "extract.country_of_place")
  end
end

-- Applies a claim record to a report.
local function apply_claim(ctx, r, c, m, ss)
  local low, pack = ctx.low, ctx.pack
  local kind = c.kind
  if kind == "no_claim" then
    if r.claimed ~= true then
      r.claimed = false
      r.evidence.claimed = ev(c.start, c.stop, c.rule)
    end
    return
  end
  if kind == "claim" and c.actor_start then
    -- "No group had said it was behind the bombings"
    local actor = lower(sub(ctx.text, c.actor_start, c.actor_stop))
    if find(actor, "^no%f[%A]") or find(actor, "^none") or find(actor, "^nobody")
      or find(actor, "^not%f[%A]") then
      if r.claimed ~= true then
        r.claimed = false
        r.evidence.claimed = ev(c.start, c.stop, "extract.claim_negated_actor")
      end
      return
    end
  end
  if kind ~= "claim" and kind ~= "blame" and kind ~= "suspect" then return end
  -- the actor: a group named inside the actor phrase, else the group the
  -- pronoun stands for ("which claimed", "it claimed")
  local g
  if c.actor_start then
    for _, x in ipairs(m.groups) do
      -- a name may run on past the phrase ("the Islamic State | in the
      -- Greater Sahara")
      if x.s >= c.actor_start and x.s <= c.actor_stop then g = x; break end
    end
  end
  -- an actor phrase that names someone is not "it"
  local named = c.actor_start and not c.actor_pronoun and named_actor(ctx, c)
  if not g and kind == "claim" and not named then
    local bs = c.actor_start or c.start
    for _, x in ipairs(m.groups) do
      if x.e < bs then g = x end
    end
    if not g and ctx.last_group then g = ctx.last_group end
  end
  if not g and named then g = named end
  local rank = kind == "claim" and 5 or 3
  if g and g.named then rank = rank - 0.5 end
  if g and rank > (r._perp_rank or -1) then
    r.perpetrator = g.rec.name
    r._perp_rank = rank
    r.evidence.perpetrator = ev(g.s, g.e, "extract.perp." .. kind)
  end
  if kind == "claim" then
    r.claimed = true
    r.evidence.claimed = ev(c.start, c.stop, c.rule)
  end
  local _ = low and pack and ss
end

-- Does a sentence tell no event of its own? Either it has no event word, or
-- each one is definite ("the attacks bore the marks of ...") and none says
-- "another".
local function no_new_event(m, low, ss)
  for _, t in ipairs(m.triggers) do
    if not t.figure then
      local ws = words_before(low, t.s, 2, ss)
      local def = false
      for _, w in ipairs(ws) do
        if NEW_EVENT[w] then return false end
        if w == "the" or w == "this" or w == "that" or w == "these" or w == "those" then
          def = true
        end
      end
      if not def then return false end
    end
  end
  return true
end

-- ---------------------------------------------------------------------------
-- Sentences and spans.
-- ---------------------------------------------------------------------------

-- The day and the place a sentence with no event word tells (its first of
-- each), given to report `r`; false when it tells no day or no place.
local function scene(ctx, r, hits, dlist)
  local d, pl
  for _, x in ipairs(dlist or {}) do
    local ed = not x.relative and event_date(x, ctx.dct)
    if ed and ed.precision == "day" then d = ed; break end
  end
  for _, h in ipairs(hits or {}) do
    if h.entry.kind == "place" and type(h.entry.value) == "table"
      and not (ctx.dateline and h.stop <= ctx.dateline and h.start >= ctx.dateline_s) then
      pl = h
      break
    end
  end
  if not d then return false end
  r.date, r.date_lo, r.date_hi, r._prec = d.value, d.lo, d.hi, "day"
  r.evidence.date = { start = d.start, stop = d.stop, rule = d.rule }
  if not pl then
    -- "the people of Barsalogho": a capitalised name after "of" or "in"
    local text = ctx.text
    local a, b, name = find(text, "%f[%a][oi][fn] (%u%l+[%a'%-]*)", d.stop)
    if a and not W.NOT_PLACE[lower(name)] and not (ctx.pack.country and ctx.pack:country(name))
      and b - d.stop < 120 and not find(sub(text, d.stop, a), "[.;]") then
      r.place, r._place_rec = name, { name = name, kind = "city" }
      r.evidence.place = { start = b - #name + 1, stop = b, rule = "extract.scene" }
      return true
    end
    -- a day alone sets no scene ("carried out a nuclear test early today")
    r.date, r.date_lo, r.date_hi, r._prec, r.evidence.date = nil, nil, nil, nil, nil
    return false
  end
  local rec = pl.entry.value
  r.place, r._place_rec, r.lat, r.lon = rec.name, rec, rec.lat, rec.lon
  r.evidence.place = { start = pl.start, stop = pl.stop, rule = "extract.scene" }
  if rec.country and not r.country then
    r.country = rec.country
    r.evidence.country = { start = pl.start, stop = pl.stop, rule = "extract.country_of_place" }
  end
  return true
end

local function spans_of(art)
  local text = art.text
  local spans = article.extraction_spans(art)
  if type(spans) ~= "table" then return { { art.body_start or 1, #text } } end
  local out = {}
  if type(spans[1]) == "number" then
    for i = 1, #spans, 2 do out[#out + 1] = { spans[i], spans[i + 1] } end
  else
    for _, sp in ipairs(spans) do
      out[#out + 1] = { sp[1] or sp.start or sp.s, sp[2] or sp.stop or sp.e }
    end
  end
  return out
end

-- Longest "sentence" read as one: a text with no full stop (a 50 MB page
-- with no punctuation) would otherwise be one sentence, and the work per
-- sentence grows with the square of its hits. Longer runs are cut at a
-- space into pieces of at most this many bytes; real sentences are far
-- shorter, so no news text is affected.
local MAX_SENTENCE = 3000

local function push_sentence(out, text, s, e)
  while e - s + 1 > MAX_SENTENCE do
    local cut = s + MAX_SENTENCE - 1
    local sp = cut
    while sp > s + MAX_SENTENCE // 2 and not find(sub(text, sp, sp), "^%s") do sp = sp - 1 end
    if sp > s + MAX_SENTENCE // 2 then
      cut = sp - 1
      while cut > s and find(sub(text, cut, cut), "^%s") do cut = cut - 1 end
    else
      -- no space: cut before a UTF-8 continuation byte, never inside a character
      while cut > s and find(sub(text, cut + 1, cut + 1), "^[\128-\191]") do cut = cut - 1 end
    end
    out[#out + 1] = { s, cut }
    s = cut + 1
    while s <= e and find(sub(text, s, s), "^%s") do s = s + 1 end
  end
  if s <= e then out[#out + 1] = { s, e } end
end

-- Sentences of the article clipped to the extraction spans, as {s, e}.
local function sentences_of(art)
  local text = art.text
  local spans = spans_of(art)
  local flat = core.sentences(text)
  local out, j = {}, 1
  for i = 1, #flat, 2 do
    local s, e = flat[i], flat[i + 1]
    while spans[j] and spans[j][2] < s do j = j + 1 end
    local k = j
    while spans[k] and spans[k][1] <= e do
      local cs, ce = s, e
      if spans[k][1] > cs then cs = spans[k][1] end
      if spans[k][2] < ce then ce = spans[k][2] end
      if cs <= ce then push_sentence(out, text, cs, ce) end
      k = k + 1
    end
  end
  return out, spans
end

-- Does a hit make its sentence worth a closer look?
local function is_trigger_hit(en)
  local k = en.kind
  if k == "attack" then return true end
  if k == "cue" then
    local c = en.cue
    if c == "trigger" then return not NON_EVENT[lower(en.phrase or "")] end
    -- claims are read also in a sentence of their own ("The group claimed
    -- responsibility on Thursday.")
    -- (and suspicion: "Police suspect Boko Haram.")
    return c == "kill" or c == "wound" or c == "plot" or c == "claim" or c == "claim_negated"
      or c == "suspect" or find(c, "^casualties%.") ~= nil or find(c, "^claims%.") ~= nil
  end
  return false
end

-- Event words that an accident makes as well as a bomb.
W.BLAST_WORD = set [[explosion explosions exploded explode explodes exploding blast
  blasts]]

-- Works, machines and fuels that explode by accident.
W.WORKS = set [[boiler boilers mine mines colliery collieries miners refinery
  refineries factory factories plant plants methane gas leak reactor furnace warehouse
  elevator silo fireworks chemical chemicals fuel tanker vessel pipeline workers
  shuttle]]

-- Does the article tell of anyone's violence (a group, an actor, an attack
-- word other than a bare explosion, a claim or a suspicion)? A boiler, a
-- mine or a refinery that explodes in an article with none is an accident.
local function violent_article(hits, low)
  for _, h in ipairs(hits) do
    local en = h.entry
    -- "shares shot up", "a heart attack": the everyday senses tell nothing
    local nxt = match(low, "^ (%a+)", h.stop + 1)
    local prev = match(sub(low, h.start > 30 and h.start - 30 or 1, h.start - 1), "(%a+) $")
    if nxt == "up" or nxt == "down" or (prev and W.SENSE_PRE[prev]) then en = { } end
    for ci = 0, en.others and #en.others or 0 do
      local e2 = ci == 0 and en or en.others[ci]
      local k, phrase = e2.kind, lower(e2.phrase or "")
      if k == "group" then return true end
      if k == "attack" and not W.BLAST_WORD[phrase] then return true end
      if k == "cue" then
        local c = e2.cue
        if c == "actor" or c == "claim" or c == "suspect" or c == "claim_negated"
          or (c == "trigger" and not NON_EVENT[phrase] and not W.BLAST_WORD[phrase]) then
          return true
        end
      end
    end
  end
  return false
end

-- ---------------------------------------------------------------------------
-- Public API.
-- ---------------------------------------------------------------------------

local REPORT_FIELDS = { "date", "date_lo", "date_hi", "place", "country", "country_name",
  "lat", "lon", "perpetrator", "claimed", "attack_type", "suicide", "weapon", "target",
  "target_type", "status", "killed_lo", "killed_hi", "wounded_lo", "wounded_hi",
  "evidence", "rule" }

local function finish(pack, r)
  local out = {}
  for _, k in ipairs(REPORT_FIELDS) do out[k] = r[k] end
  if out.country and pack.country then
    local c = pack:country(out.country)
    if c then out.country_name = c.name end
  end
  if out.date_lo and not out.date then
    -- a range inside one month or year is that month or year
    local ym = sub(out.date_lo, 1, 7)
    if ym == sub(out.date_hi, 1, 7) and out.date_hi == month_end(ym)
      and sub(out.date_lo, 9, 10) == "01" then
      out.date = sub(out.date_lo, 1, 7)
    end
  end
  if out.status == "plot_foiled" then
    out.evidence.status = out.evidence.status or out.evidence.trigger
  end
  return out
end

--- Extracts the incident reports of one article.
-- @tparam table art an article (`incidents.article`): `text`, and optionally
--   `published` (`"YYYY-MM-DD"`), `published_inferred`, `body_start`
-- @tparam table pack a compiled rule pack (`rules.load`)
-- @tparam[opt] table opts `{ dct = "YYYY-MM-DD" }` overrides the date that
--   relative expressions are resolved against; `{ trace = function(msg) }`
--   receives one line per dropped frame (for rule authors)
-- @treturn table array of reports (see the module summary), in the order
--   their first mention appears
-- @usage local reports = extract.article(article.read_file("a.txt"), rules.load("default"))
function M.article(art, pack, opts)
  if type(art) ~= "table" or type(art.text) ~= "string" then
    error("bad argument #1 to 'article' (article table with text expected)", 2)
  end
  if type(pack) ~= "table" or type(pack.match) ~= "function" then
    error("bad argument #2 to 'article' (rule pack expected)", 2)
  end
  opts = opts or {}
  local text = art.text
  -- Relative dates are resolved only against a date the text gives: an
  -- inferred publication date would turn "last month" into a guess.
  local dct = opts.dct
  if dct == nil and not art.published_inferred then dct = art.published end
  local sents, spans = sentences_of(art)
  if #sents == 0 or #spans == 0 then return {} end
  local hits = pack:match(text, spans[1][1], spans[#spans][2])
  -- bucket hits by sentence; mark sentences worth a look
  local buckets, hot, any = {}, {}, false
  do
    local j = 1
    for i, se in ipairs(sents) do
      local b = {}
      while hits[j] and hits[j].start < se[1] do j = j + 1 end
      local k = j
      while hits[k] and hits[k].start <= se[2] do
        if hits[k].stop <= se[2] then
          b[#b + 1] = hits[k]
          if is_trigger_hit(hits[k].entry) then hot[i] = true; any = true end
        end
        k = k + 1
      end
      j = k
      buckets[i] = b
    end
  end
  if not any then return {} end
  local ctx = { text = text, low = lower(text), pack = pack, dct = dct, trace = opts.trace,
                cased = find(text, "%l", spans[1][1]) ~= nil, homonyms = {},
                grammars = grammars_of(pack), hits = hits }
  if ctx.trace then
    for _, e in ipairs(ctx.grammars.errors) do ctx.trace("pack cues ignored: " .. e) end
  end
  AT = {}
  -- "BAGHDAD, March 1 - Iraq said ...": the dateline dates and places the
  -- report, not the event
  do
    local b = spans[1][1]
    -- past a section line and a byline ("Travel & Economy | 6 min read",
    -- "By Leila Ben Salah"): the dateline opens the first paragraph
    local p = b
    for _ = 1, 4 do
      local le = find(text, "\n", p, true)
      if not le or le - p >= 80 or le - b > 400 then break end
      local nx = find(text, "[^%s]", le)
      if not nx then break end
      p = nx
    end
    if p ~= b and find(sub(text, p, p + 40), "^%u%u%u[%u%s%.',%(]-[%-\226%(,]") then b = p end
    local head = sub(text, b, b + 120)
    local _, stop = find(head, "^[^\n]-%d[^\n]- %-%-? ")
    if not stop then
      -- "PESHAWAR, Pakistan (AP) — ", "MOGADISHU (Reuters) - ": a city in
      -- capitals, then a comma or a bracket, then a dash
      -- (or "MANILA — Two bombs ...": the city in capitals right before the dash)
      if find(head, "^%u%u%u[%u%s%.'%-]-[,%(]") or find(head, "^%u%u%u[%u%.' ]- %-%-? ")
        or find(head, "^%u%u%u[%u%.' ]- \226\128[\147\148] ") then
        _, stop = find(head, "^[^\n]- %-%-? ")
        local _, stop2 = find(head, "^[^\n]- \226\128[\147\148] ")
        if not stop or (stop2 and stop2 < stop) then stop = stop2 end
      end
    end
    if stop and stop <= 100 then ctx.dateline, ctx.dateline_s = b + stop - 1, b end
  end
  if ctx.dateline then
    local dl_country
    for _, h in ipairs(hits) do
      if h.start > ctx.dateline then break end
      if h.start < ctx.dateline_s then    -- luacheck: ignore 542
        -- a headline above the dateline
      elseif h.entry.kind == "place" and not ctx.dateline_place then
        ctx.dateline_place = { s = h.start, e = h.stop, rec = h.entry.value, entry = h.entry }
      elseif h.entry.kind == "country" and not dl_country then
        dl_country = h
      end
    end
    if not ctx.dateline_place then dateline_unknown(ctx, ctx.dateline_s, dl_country) end
  end
  -- dates over the article once: "One day earlier" counts from the date told before
  -- (from a few sentences before the first one worth a look, where the year
  -- of the story may be told, to the last one)
  local first_hot, last_hot
  for i = 1, #sents do
    if hot[i] then first_hot = first_hot or i; last_hot = i end
  end
  local dall = dates.scan(text, sents[first_hot > 2 and first_hot - 2 or 1][1],
    sents[last_hot][2], { dct = dct })
  local dbuckets = {}
  do
    local j = 1
    for i, se in ipairs(sents) do
      local b = {}
      while dall[j] and dall[j].start < se[1] do j = j + 1 end
      while dall[j] and dall[j].start <= se[2] do
        if dall[j].stop <= se[2] then b[#b + 1] = dall[j] end
        j = j + 1
      end
      dbuckets[i] = b
    end
  end
  -- place names the gazetteer writes with diacritics, over the same range
  local pbuckets = {}
  local pp = plain_places(pack)
  if pp then
    local a = sents[first_hot > 1 and first_hot - 1 or 1][1]
    local flat = pp.matcher:find(text, a)
    local j = 1
    for i, se in ipairs(sents) do
      local b
      while flat[j] and flat[j] < se[1] do j = j + 3 end
      while flat[j] and flat[j] <= se[2] do
        if flat[j + 1] <= se[2] then
          b = b or {}
          b[#b + 1] = { flat[j], flat[j + 1], pp.recs[flat[j + 2]] }
        end
        j = j + 3
      end
      pbuckets[i] = b
    end
  end
  local reports, last_report = {}, nil
  ctx.reports = reports
  for i, se in ipairs(sents) do
    local ss, sse = se[1], se[2]
    if hot[i] then
      tokenize(ctx.low, ss, sse)
      local m = sentence_mentions(ctx, ss, sse, buckets[i], dbuckets[i], pbuckets[i])
      local frames = build_frames(m, ctx.low)
      -- scope of each frame for status cues: up to its neighbours
      for fi, fr in ipairs(frames) do
        fr.scope_s = fi > 1 and frames[fi - 1].e + 1 or ss
        fr.scope_e = frames[fi + 1] and frames[fi + 1].s - 1 or sse
      end
      local touched = {}   -- frame index -> report
      for fi, fr in ipairs(frames) do
        local c, why = frame_report(ctx, fr, m, ss, i)
        if ctx.trace then
          ctx.trace(("frame %d-%d %q: %s"):format(fr.s, fr.e, sub(text, fr.s, fr.e),
            c and ((c._creates and "creates" or c._refers and "refers" or "inert")
              .. (" place=%s date=%s country=%s perp=%s type=%s k=%s..%s status=%s"):format(
                tostring(c.place), tostring(c.date_lo), tostring(c.country),
                tostring(c.perpetrator),
                tostring(c.attack_type), tostring(c.killed_lo), tostring(c.killed_hi), c.status))
            or ("dropped: " .. tostring(why))))
        end
        if c and not c._creates and #reports == 0 and i > 1 and not hot[i - 1]
          and c.attack_type and c.attack_type ~= "unknown" and not c.place and not c.date_lo
          and scene(ctx, c, buckets[i - 1], dbuckets[i - 1]) then
          -- "On Saturday the 24th of August, the people of Barsalogho were
          -- digging a trench. ... fighters arrived and opened fire": the
          -- sentence before, with no event of its own, set the scene of the
          -- article's first event
          c._creates, c._refers = true, true
        end
        if c and c._refers then
          local best, bs = nil, nil
          for _, r in ipairs(reports) do
            -- "another", "a separate", "Earlier this month, ...": not the event
            -- just told
            -- (a headline before the lead is no event told: the lead's "A
            -- rocket slammed into ..." may tell it again)
            local sc = not (c._new and r == last_report and not r._headline)
              and same_event(pack, r, c)
            if sc and (not bs or sc >= bs) then best, bs = r, sc end
          end
          if c._toll and not best and last_report then
            -- "The death toll rose to 139 on Monday": the event just told, or
            -- else the article's lead event; the date is the statement's
            -- (a toll is revised within weeks: a statement dated long after
            -- an event is not about it)
            local said = c.date_lo and iso_days(c.date_lo)
            local saved = { c.date, c.date_lo, c.date_hi, c._prec, c.evidence.date }
            c.date, c.date_lo, c.date_hi, c._prec = nil, nil, nil, nil
            c.evidence.date = nil
            local function fits(r)
              if not r or not same_event(pack, r, c, true) then return false end
              if not said or not r.date_hi then return true end
              local d = said - iso_days(r.date_hi)
              return d >= -1 and d <= 60
            end
            if i - last_report._sent <= 1 and fits(last_report) then best = last_report
            elseif fits(reports[1]) then best = reports[1] end
            if not best then
              -- "In March 2019, 21 soldiers were killed there": no statement
              -- about an event told, its date is its own
              c.date, c.date_lo, c.date_hi, c._prec, c.evidence.date =
                saved[1], saved[2], saved[3], saved[4], saved[5]
            end
          end
          local vague_c = not c.place and not c.date_lo and (not c.country or c._country_weak)
          -- (further away too, when the article has told one event so far and
          -- "the shooting" names nothing of its own: a live page's entries)
          if not best and not c._new and (c._definite or c._opens_definite or vague_c)
            and last_report
            and (i - last_report._sent <= ANAPHORA_SENTENCES
              or (#reports == 1 and vague_c and c._definite)) then
            -- "11 people were killed in the attack", "The recent attack in
            -- Russia": a definite mention with no place of its own refers to
            -- the event just told, if nothing contradicts it ("a devastating
            -- pair of attacks in Iran" is a new one)
            if same_event(pack, last_report, c, true) then best = last_report end
          end
          if best then
            best._headline = nil    -- told now: its lead is no longer to come
            merge_into(best, c)
            touched[fi] = best
            last_report = best
          elseif c._creates then
            -- a headline: a whole line near the top with no full stop
            if i <= 4 and (ss == 1 or byte(text, ss - 1) == 10)
              and (sse == #text or byte(text, sse + 1) == 10)
              and not find(sub(text, sse, sse), "[%.!?:]") then
              c._headline, c._headline_place = true, true
            end
            reports[#reports + 1] = c
            touched[fi] = c
            last_report = c
            if #reports == 1 then
              dateline_place(ctx, c)
              if i <= 4 and dct and #dct == 10 then c._lead_dct = dct end
            end
          end
        end
      end
      -- claims: to the frame they are nearest, else to the report last told
      for _, cl in ipairs(m.claims) do
        local target, bd = nil, huge
        for fi, fr in ipairs(frames) do
          if touched[fi] then
            local d = gap(cl.start, cl.stop, fr.s, fr.e)
            if d < bd then target, bd = touched[fi], d end
          end
        end
        if not target and last_report and i - last_report._sent <= ANAPHORA_SENTENCES then
          target = last_report
        elseif not target and reports[1] and no_new_event(m, ctx.low, ss) then
          -- "No group claimed responsibility." a paragraph away from any
          -- event: about the article's main event
          target = reports[1]
        end
        if target then
          apply_claim(ctx, target, cl, m, ss)
          -- "Islamic State claimed both.", "Nobody claimed either attack.": the
          -- two events told last
          local tail = sub(ctx.low, cl.start, cl.stop + 14 < sse and cl.stop + 14 or sse)
          if find(tail, "%f[%a]both%f[%A]") or find(tail, "%f[%a]either%f[%A]")
            or find(tail, "%f[%a]neither%f[%A]") then
            for k = #reports, 1, -1 do
              local o = reports[k]
              if o ~= target and i - (o._sent or 0) <= ANAPHORA_SENTENCES + 1 then
                apply_claim(ctx, o, cl, m, ss)
                break
              end
            end
          end
        end
      end
      if #m.groups > 0 then ctx.last_group = m.groups[#m.groups] end
    else
      -- groups named in quiet sentences still stand behind later pronouns
      for _, h in ipairs(buckets[i]) do
        if h.entry.kind == "group" then
          ctx.last_group = { s = h.start, e = h.stop, rec = h.entry.value }
        elseif h.entry.kind == "place"
          and not (ctx.dateline and h.stop <= ctx.dateline and h.start >= ctx.dateline_s) then
          ctx.last_place = { s = h.start, e = h.stop, rec = h.entry.value, entry = h.entry }
        end
      end
    end
  end
  -- A live page ("14:05 EAT - ...", "[10:32]", "Update 3:15 pm:"): entries
  -- timed on the page's day tell its lead event as it unfolds; with no date
  -- of its own the lead event is of the page's date
  local lead = reports[1]
  if lead and not lead.date_lo and dct and #dct == 10 then
    local stamps, first = 0, nil
    for a in gmatch(text, "\n%s*%[?()%d%d?[:.]%d%d%]?%s*[%u%[%-\226]") do
      stamps = stamps + 1
      first = first or a
    end
    for a in gmatch(text, "\n%s*()[Uu]pdate%s+%d%d?[:.]%d%d") do
      stamps = stamps + 1
      first = first or a
    end
    -- "Saturday 11:20 MDT": entries stamped with a weekday and a time; the
    -- first entry's weekday, counted back from the page's date, is the day
    local day, wd_first = dct, nil
    for a, wd in gmatch(text, "\n%s*()(%u%l+day),? %d%d?[:.]%d%d") do
      if WEEKDAY_N[lower(wd)] then
        stamps = stamps + 1
        if not first or a < first then first, wd_first = a, wd end
      end
    end
    if wd_first then
      local back = ((dates.weekday(dct) or 0) - WEEKDAY_N[lower(wd_first)]) % 7
      day = dates.shift(dct, -back) or dct
    end
    local tev = lead.evidence.trigger
    if stamps >= 3 and first and tev and first < tev.start then
      lead.date, lead.date_lo, lead.date_hi, lead._prec = day, day, day, "day"
      lead.evidence.date = ev(first, first + 4, "extract.live_page")
    end
  end
  local out = {}
  local violent
  for _, r in ipairs(reports) do
    local tev = r.evidence.trigger or r.evidence.attack_type
    local word = tev and lower(sub(text, tev.start, tev.stop)) or ""
    local accident = false
    if W.BLAST_WORD[word] and not r.perpetrator then
      if violent == nil then
        violent = violent_article(hits, ctx.low)
        if not violent then
          -- and names a works where things explode by accident
          local works = false
          for w in gmatch(ctx.low, "%a+") do
            if W.WORKS[w] then works = true; break end
          end
          violent = not works
        end
      end
      accident = not violent
    end
    if not accident then out[#out + 1] = finish(pack, r) end
  end
  return out
end

--- Extracts the reports of a text (a convenience over `article`).
-- Also accepts the calling convention of `rules.test`:
-- `extract.text(text, { published = ..., rules = pack })`.
-- @tparam string text the article text
-- @tparam table pack a compiled rule pack
-- @tparam[opt] table meta `{ published = "YYYY-MM-DD", published_inferred = bool, title = ... }`
-- @treturn table array of reports
-- @usage local reports = extract.text("Gunmen killed 5 people in Kabul on Monday.", pack,
--   { published = "2024-03-12" })
function M.text(text, pack, meta)
  if type(text) ~= "string" then
    error("bad argument #1 to 'text' (string expected, got " .. type(text) .. ")", 2)
  end
  if type(pack) == "table" and type(pack.match) ~= "function" and type(pack.rules) == "table" then
    meta, pack = pack, pack.rules
  end
  if type(pack) ~= "table" or type(pack.match) ~= "function" then
    error("bad argument #2 to 'text' (rule pack expected)", 2)
  end
  meta = meta or {}
  local art
  if article.from_text then
    art = article.from_text(text, meta)
  end
  if type(art) ~= "table" then
    art = { text = text, published = meta.published, published_inferred = meta.published_inferred }
  else
    if meta.published then art.published, art.published_inferred = meta.published, false end
  end
  return M.article(art, pack)
end

return M
