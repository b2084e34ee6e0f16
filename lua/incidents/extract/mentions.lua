--- Mentions of one sentence: event words, places, actors, figures, cues.
--
-- From the pack's hits in a sentence and the grammars (casualties, claims,
-- status, each run only where the pack saw its words), collects what the
-- sentence mentions: its triggers (event words in an event sense), places,
-- countries, groups, targets, weapons, dates, figures, claims and status
-- cues, with the constructions that leave a mention out (a place of a
-- motive, of a statement, of a route). Also the per-pack grammars.
-- @module incidents.extract.mentions

local type, ipairs, pairs, tostring, setmetatable, tonumber =
  type, ipairs, pairs, tostring, setmetatable, tonumber
local sub, lower, find, byte, match, gmatch, gsub =
  string.sub, string.lower, string.find, string.byte, string.match, string.gmatch,
  string.gsub

local casualties = require "incidents.grammar.casualties"
local dates = require "incidents.grammar.dates"
local numbers = require "incidents.grammar.numbers"
local claims = require "incidents.grammar.claims"
local status_g = require "incidents.grammar.status"
local vocab = require "incidents.extract.vocab"
local tokens = require "incidents.extract.tokens"
local places = require "incidents.extract.places"
local WIDE = places.WIDE
local dating = require "incidents.extract.dating"
local ABBREV = vocab.ABBREV
local AGAINST = vocab.AGAINST
local ARREST = vocab.ARREST
local BE_WORD = vocab.BE_WORD
local CLAIM_WORD = vocab.CLAIM_WORD
local CUE_CLAIM = vocab.CUE_CLAIM
local CUE_STATUS = vocab.CUE_STATUS
local DISASTER_FIND = vocab.DISASTER_FIND
local DISTRICT = vocab.DISTRICT
local FOIL_VERB = vocab.FOIL_VERB
local FORCE_AGENT = vocab.FORCE_AGENT
local KILL_THEM = vocab.KILL_THEM
local LIGHT = vocab.LIGHT
local LOCATIVE = vocab.LOCATIVE
local MILITANT = vocab.MILITANT
local MODAL = vocab.MODAL
local MODIFIED = vocab.MODIFIED
local NEGATORS = vocab.NEGATORS
local NON_EVENT = vocab.NON_EVENT
local OPERATION = vocab.OPERATION
local PEOPLE = vocab.PEOPLE
local PLOT_NOUN = vocab.PLOT_NOUN
local RAID_NOUN = vocab.RAID_NOUN
local REFERENCE_EVENT = vocab.REFERENCE_EVENT
local REFERENCE_PREP = vocab.REFERENCE_PREP
local REPEL = vocab.REPEL
local REPORTING = vocab.REPORTING
local SETTLEMENT = vocab.SETTLEMENT
local STATE_FORCE = vocab.STATE_FORCE
local STATE_NOUN = vocab.STATE_NOUN
local STATE_VERB = vocab.STATE_VERB
local STATE_WORD = vocab.STATE_WORD
local THERE_VERB = vocab.THERE_VERB
local TIME_SPAN = vocab.TIME_SPAN
local W = vocab.W
local ntokens = tokens.count
local TE = tokens.TE
local TS = tokens.TS
local gap = tokens.gap
local token_before = tokens.token_before
local tw = tokens.tw
local word_after = tokens.word_after
local word_before = tokens.word_before
local words_before = tokens.words_before
local bare_congo = places.bare_congo
local dominant_country = places.dominant_country
local governs = places.governs
local homonym_of = places.homonym_of
local is_demonym = places.is_demonym
local lower_name = places.lower_name

-- Compass words written in lower case before a town ("east London").
local LOWER_COMPASS = { north = true, south = true, east = true, west = true,
  northern = true, southern = true, eastern = true, western = true, central = true,
  northeast = true, northwest = true, southeast = true, southwest = true }
local person_name = places.person_name
local same_place = places.same_place
local site_in = places.site_in
local unknown_places = places.unknown_places
local anchored_date = dating.anchored_date
local event_date = dating.event_date

-- Sites of a town told with its name before a part-of-town noun ("the
-- Kabul Airport area"): the town named, no longer local name.
local FACILITY = { airport = true, market = true, bazaar = true, road = true, street = true,
  gate = true, square = true, bridge = true, station = true, city = true, port = true,
  university = true, stadium = true, camp = true, cantonment = true, industrial = true }

-- Whether status cue `st` is a "planned attack" that names an event told
-- ("in what police described as a planned attack", "called it a planned
-- attack"): what the event is called, not a plot foiled.
local function described_as_planned(low, st, ss)
  if st.status ~= "plot_foiled" or not find(sub(low, st.start, st.stop), "^planned ") then
    return false
  end
  local w = words_before(low, st.start, 2, ss)
  return (w[1] == "a" or w[1] == "an") and W.CALLED_AS[w[2] or ""] or false
end

-- Records on mention `m` that its event words `s`..`e` tell a status
-- ("state_strike", "raid", "hypothetical" ...) by `rule`; returns the record.
local function add_status(m, status, s, e, rule)
  local rec = { status = status, start = s, stop = e, rule = rule }
  m.status[#m.status + 1] = rec
  return rec
end

-- Is the name ending at `e` the first word of a longer local name, another
-- capitalised word and a noun of a part of a town after it ("in the Bab
-- Bnet area of the capital": no "Bab" of the gazetteer)?
local function longer_local_name(text, e)
  -- ("the Independence Day parade", "on Victory Day": a feast named after
  -- a word a town also bears is a day, no place)
  if find(text, "^ Day%f[%A]", e + 1) then return true end
  local w, noun = match(text, "^ (%u[%l%-']+) (%a+)", e + 1)
  if not w then return false end
  -- ("area" as well as the nouns of a part of a city)
  noun = lower(noun)
  return (noun == "area" or W.QUARTER[noun] == true) and not FACILITY[lower(w)]
end

-- The page's country, when the place `rec` is named at `s` with "the" before
-- it ("the capital and the Delta", "the Karbala Moalla imambargah") in
-- a page whose scenes lie in another country that the page names nowhere
-- else: a town's name said as a common noun or inside a longer local name,
-- not a town abroad (a foreign place needs more than a bare name).
local function foreign_common(ctx, rec, s)
  local code = rec.country
  if not code or s < 5 or sub(ctx.low, s - 4, s - 1) ~= "the " then return nil end
  local dom = dominant_country(ctx)
  if not dom or dom.code == code then return nil end
  local name = rec.name
  for _, h in ipairs(ctx.hits) do
    local en, v = h.entry, h.entry.value
    if type(v) == "table" and ((en.kind == "country" and v.code == code)
      or (en.kind == "place" and v.country == code and v.name ~= name)) then
      return nil
    end
  end
  return dom.code
end

-- Is the place at `s` named as somewhere other than an event's scene: where
-- a gathering sat ("an anti-Iran conference in Warsaw") or a government
-- asked ("asked Tehran for a full investigation")? `ss` is the sentence start.
local function elsewhere(low, s, ss)
  local w1, at = word_before(low, s, ss)
  if not w1 then return false end
  if W.ADDRESS_VERB[w1] then return true end
  -- ("a summit in the Russian city of Kazan": the place's title between)
  if w1 == "of" then
    local ws = words_before(low, at, 5, ss)
    if W.SEAT_TITLE[ws[1] or ""] then
      local k = 2
      while ws[k] and ws[k] ~= "the" and k <= 4 do k = k + 1 end
      local w, a2 = word_before(low, at, ss)
      for _ = 1, k do
        if not a2 then break end
        w, a2 = word_before(low, a2, ss)
      end
      if ws[k] == "the" and (w == "in" or w == "at") then w1, at = w, a2 end
    end
  end
  if w1 == "in" or w1 == "at" then
    local w2, at2 = word_before(low, at, ss)
    -- ("in talks with the government in Doha": the other side between)
    if w2 and not W.GATHERING[w2] then
      local ws = words_before(low, at, 5, ss)
      for k = 2, #ws do
        if (ws[k] == "with" or ws[k] == "between") and W.GATHERING[ws[k + 1] or ""] then
          for _ = 1, k do
            if not at2 then break end
            w2, at2 = word_before(low, at2, ss)
          end
          break
        end
      end
    end
    if not (w2 and W.GATHERING[w2]) then return false end
    -- (not "a bomb exploded at a peace conference in Kano": the gathering
    -- is the scene when a preposition of place or an attack's verb leads it)
    for _, w in ipairs(words_before(low, at2, 5, ss)) do
      if w == "at" or w == "on" or w == "near" or w == "outside" or w == "inside"
        or w == "during" or w == "attacked" or w == "targeted" or w == "stormed" or w == "hit"
        or w == "struck" then
        return false
      end
    end
    return true
  end
  return false
end

-- Is a force's word between `before` and `after` one member of it told
-- with "a" ("an Army psychiatrist", "a navy reservist")? His act is his own,
-- not his state's.
local function lone_member(before, after)
  return (before == "a" or before == "an") and W.LONE_MEMBER[after or ""] == true
end

local M = {}

-- Nouns of a talk with the press ("in a talk with reporters on Monday, said").
local TALK_NOUN = { talk = true, briefing = true, conference = true, interview = true,
  remarks = true, address = true, speech = true }

-- Words of a state's own offices after a capital's "'s" ("Tehran's foreign
-- ministry", "Moscow's defence ministry").
local NATIONAL_OFFICE = { foreign = true, ministry = true, government = true, interior = true,
  defence = true, defense = true, cabinet = true, envoy = true, ambassador = true }

-- Nouns after a place's name that make it the place's government
-- ("the Borno State Government", "the Kano authorities").
local PLACE_GOVERNMENT = { government = true, authorities = true, administration = true }

-- Nouns of seeing an actor about ("the movement of armed men", "sightings of
-- gunmen"): what follows "of" is no event.
local SIGHTING = { movement = true, movements = true, presence = true, sighting = true,
  sightings = true, influx = true, mobilisation = true, mobilization = true }

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

--- Returns `{ casualties = scanner, claims = scanner, status = scanner }` for a
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
-- Mentions of one sentence.
-- ---------------------------------------------------------------------------

local function trigger_name(entry)
  local v = entry.value
  if entry.kind == "attack" and type(v) == "table" then return v.name end
  return "unknown"
end

--- The rule id of a pack entry: `<pack>.<kind>.<name>`.
local function entry_rule(pack, entry)
  local v = entry.value
  local name = type(v) == "table" and (v.name or v.code) or entry.cue or "?"
  -- the pack that declared the entry, not the one on top of it: a pack
  -- that extends "default" keeps default's ids for what it only inherits
  local owner = entry.pack or type(v) == "table" and v.pack or pack.name or "pack"
  return owner .. "." .. (entry.kind or "?") .. "." .. tostring(name)
end

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

-- Is the trigger at [s, e] an event mention? Returns false with a reason for
-- modifier uses and modal/infinitive uses, and true with "plot_aim" for the
-- aim of a plot or of seized arms (`text`, the original, tells "May" from
-- "may").
local function trigger_use(low, s, e, sent_s, sent_e, text)
  local nxt = word_after(low, e, sent_e)
  if nxt and MODIFIED[nxt] then return false, "modifier" end
  -- ("bomb-making materials": one word with its modifier)
  if match(low, "^%-(%a+)", e + 1) == "making" then return false, "modifier" end
  local prev, pat = word_before(low, s, sent_s)
  -- ("it smouldered but failed to explode": the bomb was placed, the attack
  -- failed; it is no hypothesis)
  local pre_to, pat2 = nil, nil
  if prev == "to" then pre_to, pat2 = word_before(low, pat, sent_s) end
  -- ("JI cells went on to strike the hotel": what they went on to do, they did)
  local went_on = pre_to == "on" and W.WENT[word_before(low, pat2, sent_s) or ""]
  -- ("the plot that he organised in September 2009 to set off bombs on the
  -- subway": the aim of a plot told, whose status says what became of it)
  local window = sub(low, s > sent_s + 200 and s - 200 or sent_s, s)
  -- (and what seized arms were to be used for: "Police arrest four men and
  -- seize 36 kilograms of TNT which were to be used to bomb trains")
  local plot_aim = find(window, "%f[%a]plot that [^.;]* to [^.;]*$")
    or (find(window, "%f[%a]to be used to [^.;]*$")
      and (find(window, "%f[%a]arrest") or find(window, "%f[%a]seiz")))
  -- ("On 2 May gunmen attacked": the month written with its capital after
  -- a day is no modal)
  local month = prev == "may" and byte(text, pat) == 77
    and find(sub(low, pat > 4 and pat - 4 or 1, pat - 1), "%d%s*$") ~= nil
  if prev and MODAL[prev] and not (prev == "to" and (W.ATTEMPT[pre_to or ""] or went_on))
    and not plot_aim and not month then
    return false, "modal"
  end
  if plot_aim and prev == "to" then return true, "plot_aim" end
  -- "Had he used a pipe bomb, prosecutors could ...": the clause of a
  -- condition put first by "had" tells what did not happen
  if byte(low, sent_s) == 104 and find(sub(low, sent_s, s), "^had %a+ [^,;]*$") then
    return false, "modal"
  end
  -- "What would happen if a group tried a repeat of the 2005 bombings today?":
  -- a question of what would follow a condition
  if sent_e and byte(low, sent_e) == 63 and find(sub(low, sent_s, s), "%f[%a]if%f[%A]")
    and (find(sub(low, sent_s, sent_e), "%f[%a]would%f[%A]")
      or find(sub(low, sent_s, sent_e), "%f[%a]could%f[%A]")) then
    return false, "modal"
  end
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
  -- "street fighting between Sunni gunmen and Alawite militiamen", "clashes
  -- between rival gunmen": armed sides fighting each other, no attack
  for i = 1, #ws - 1 do
    if ws[i] == "between" and W.CLASH_NOUN[ws[i + 1]] then return false, "clash" end
  end
  for i = 1, #ws - 1 do
    if LIGHT[ws[i]] and MODAL[ws[i + 1]] then
      if plot_aim then return true, "plot_aim" end
      return false, "modal"
    end
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
  -- "the bill ploughed through parliament": a vehicle driven through
  -- people only ("ploughed through a crowded market", "through a parade")
  if word == "ploughed through" or word == "plowed through" then
    local rest = match(low, "^[%a%s%-]*", e + 1) or ""
    local crowd = false
    local k = 0
    for w in gmatch(rest, "%a+") do
      k = k + 1
      if k > 4 then break end
      if W.RAM_THROUGH[w] then crowd = true; break end
    end
    if not crowd then return false, "sense" end
  end
  -- "four billion dlrs ploughed into U.S. real estate": money as the subject
  -- of a verb of motion
  if prev and W.MONEY[prev] then return false, "finance" end
  -- "an overrun of hogs", "cost overruns": the noun of a surplus, not troops
  -- overrunning a post (the verb follows a subject or "was")
  if (word == "overrun" or word == "overruns") and (prev == "an" or prev == "a"
    or prev == "the" or prev == "cost" or n1 == "of") then
    return false, "sense"
  end
  -- "the arms-for-hostages deal", "a hostage swap": a bargain over captives
  -- held before, not their capture
  if W.HOSTAGE_WORD[word] and (prev == "for" or W.BARGAIN[n1 or ""]) then
    return false, "bargain"
  end
  -- "refugee camps besieged by a militia": a town or a camp under siege by
  -- an armed force is warfare; a hostage-taking names its hostages
  if word == "besieged" and n1 == "by" then return false, "warfare" end
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
  -- "set off a bomb", "tried to set off what he believed was a van full of
  -- explosives": the explosive follows; "set off for home", "set off
  -- protests" are no bombing
  if word == "set off" then
    local w, at, boom = n1, at1, false
    for _ = 1, 10 do
      if not w then break end
      if W.EXPLOSIVE[w] or find(w, "^explos") or find(w, "^bomb") then boom = true; break end
      w, at = word_after(low, at, sent_e)
    end
    if not boom then return false, "sense" end
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

local function is_plural(low, s, e)
  -- "attacks", "terrorist attacks", "bombings"; not "gunmen stormed", not
  -- a word ending in "ss" ("mass"), not a short word ("gas", "bus"), not the
  -- people who do it ("suicide bombers", "assailants": one event has several)
  local w = match(sub(low, s, e), "([%a]+)$") or ""
  if find(w, "ers$") or find(w, "ants$") or find(w, "ists$") then return false end
  -- "threw explosives", "fired rockets": a verb and its object tell one act
  local v = match(sub(low, s, e), "^(%a+) ")
  if v and (find(v, "ed$") or v == "threw" or v == "fired" or v == "hurled") then
    return false
  end
  return #w > 3 and byte(w, #w) == 115 and byte(w, #w - 1) ~= 115
end

-- The first, second and third capitalised word after a place.
local FIRM_PATS = { "^%s+(%u%a*)%f[^%a]", "^%s+%u[%a%-]*%s+(%u%a*)%f[^%a]",
  "^%s+%u[%a%-]*%s+%u[%a%-]*%s+(%u%a*)%f[^%a]" }

-- Is the place at [s, e] part of a firm's name: "the Bank of Tokyo" (a bank
-- with branches in other lands), "the Toyota Shoji Company"? A firm sits
-- anywhere; its name says nothing of where an event took place.
local function firm_name(text, s, e)
  if find(sub(text, s > 9 and s - 9 or 1, s - 1), "%f[%a]Bank%s+of%s+$") then return true end
  local rest = sub(text, e + 1, e + 60)
  for _, pat in ipairs(FIRM_PATS) do
    local w = match(rest, pat)
    if not w then break end
    if W.FIRM_WORD[w] then return true end
  end
  return false
end

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
          -- ("attacked ... by unidentified aircraft": aircraft as the agent)
          if W.ARMY_UNIT[w] or W.AIR_ARM[w] then state = true; break end
          -- "attacks by Iran": the state itself right after "by"
          for _, c in ipairs(m.countries) do
            if k == 1 and c.s <= at and c.e >= at - #w + 1 and not c.weak then state = true end
          end
          if state then break end
        end
      end
      if not state then
        -- "had been attacked at 7.00 on Monday by unidentified aircraft": the
        -- agent further on in the clause
        local rest = match(sub(low, t.e + 1, se), "^[^;]*") or ""
        local a1 = match(rest, "%f[%a]by%s+(%a+)%f[%A]")
        local a2 = match(rest, "%f[%a]by%s+%a+%s+(%a+)%f[%A]")
        if W.AIR_ARM[a1 or ""] or W.AIR_ARM[a2 or ""] then state = true end
        -- ("the kidnapping of the president by air force paratroopers")
        local a3 = match(rest, "%f[%a]by%s+%a+%s+%a+%s+(%a+)%f[%A]")
        if W.STATE_TROOPS[a1 or ""] or W.STATE_TROOPS[a2 or ""] or W.STATE_TROOPS[a3 or ""] then
          state = true
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
          -- (not "a navy reservist")
          if W.ARMY_UNIT[w] and not lone_member(ws[i - 1], ws[i + 1]) then
            state = true; break
          end
        end
      end
      if state then
        add_status(m, "state_strike", t.s, t.e, "extract.army")
      end
    end
  end
end

-- Is the name at s the tail of a longer name after an elided "de" ("a
-- bridge on Île d'Orléans": the island's, not the French city; "Val-d'Oise")?
-- A capitalised word (or one with an accented capital) comes before "d'".
local function elided_tail(text, s)
  local pre = sub(text, s > 16 and s - 16 or 1, s - 1)
  local head = match(pre, "(%S+)[%s%-][dD]'$") or match(pre, "(%S+)[%s%-][dD]\226\128\153$")
  if not head then return false end
  local b = byte(head, 1)
  return (b >= 65 and b <= 90) or b == 195
end

--- Sorts the pack's hits of sentence [ss, se] into `m`: event words used as
-- such, places, countries, groups, targets, weapons and cue words.
local function hit_mentions(ctx, m, ss, se, hits)
  local text, low, pack = ctx.text, ctx.low, ctx.pack
  for _, h in ipairs(hits) do
    local en = h.entry
    local k = en.kind
    local event_cue = k == "cue" and en.cue == "trigger" and not NON_EVENT[lower(en.phrase or "")]
    if k == "cue" and en.cue == "trigger" and lower(en.phrase or "") == "operation" then
      event_cue = word_before(low, h.start, ss) == "suicide"   -- "a suicide operation"
    end
    -- "went on to strike the JW Marriott hotel": the verb with a target as
    -- its object (not a strike of workers, nor a state's air strike)
    if k == "cue" and en.cue == "trigger" and lower(en.phrase or "") == "strike"
      and word_before(low, h.start, ss) == "to" then
      local nx = word_after(low, h.stop, se)
      if nx == "the" or nx == "a" or nx == "an" then
        for _, h2 in ipairs(hits) do
          if h2.entry.kind == "target" and h2.start > h.stop and h2.start - h.stop <= 40 then
            event_cue = true
          end
        end
      end
    end
    if k == "attack" or event_cue then
      local ok, why = trigger_use(low, h.start, h.stop, ss, se, ctx.text)
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
        -- "After the massacre, the government placed the province under
        -- martial law in December 2009": the event a sentence opens after is
        -- the point the clause's own time is counted from
        local w1, at1 = word_before(low, h.start, ss)
        local w2, at2
        if w1 == "the" then w2, at2 = word_before(low, at1, ss) end
        if not t.anchor and (w2 == "after" or w2 == "since")
          and not word_before(low, at2, ss) and find(low, "^,", h.stop + 1) then
          t.anchor = true
          m.anchors[#m.anchors + 1] = { s = at2, e = h.stop }
        end
      end
      -- "stormed the prison with car bombs and gunmen", "armed with rifles
      -- and explosives": after "with", an event word is the means of the
      -- event told before it in the sentence, not an event of its own
      -- ("with several other blasts in Punjab": other events, no means)
      if ok and #m.triggers > 0 then
        for _, w in ipairs(words_before(low, h.start, 3, ss)) do
          if w == "other" or w == "another" then break end
          if w == "with" then
            ok, why = false, "instrument"
            if t.weapon then
              m.weapons[#m.weapons + 1] = { s = h.start, e = h.stop, rec = { name = t.weapon } }
            end
            break
          end
        end
      end
      -- "reported the movement of armed men in neighbouring villages": the
      -- actors seen about, no event
      if ok then
        local w1, at = word_before(low, h.start, ss)
        local w2 = w1 == "of" and word_before(low, at, ss)
        if w2 and SIGHTING[w2] then ok, why = false, "sighting" end
      end
      -- "an Indonesian JI bomb-maker", "bomb-disposal experts", "a
      -- bomb-proof door": the event word is part of a noun of a man, a trade
      -- or a thing
      -- (kept as a point of reference, so that what the sentence says of an
      -- event told, "suspected a faction led by X, a bomb-maker", still
      -- reaches it)
      if ok and W.TRIGGER_COMPOUND[match(low, "^%-(%a+)", h.stop + 1) or ""] then
        t.compound = true
      end
      -- "Imagine, for a moment, that a bomb went off at a rally", "Suppose
      -- gunmen stormed a school": a scene the reader is asked to picture
      if ok and (find(low, "^imagine%f[%A]", ss) or find(low, "^suppose%f[%A]", ss)
          or find(low, "^picture%f[%A]", ss) or find(low, "^what if%f[%A]", ss)
          or find(low, "^let us imagine%f[%A]", ss) or find(low, "^let's imagine%f[%A]", ss)) then
        ok, why = false, "modal"
      end
      -- "Next week: piracy and kidnapping for ransom at sea", "Coming up,
      -- we look at bombings in ...": a show's or a page's preview of what it
      -- will tell
      if ok then
        local lead, at = match(low, "^next (%a+)()", ss)
        if not lead then lead, at = match(low, "^coming (up)()", ss) end
        if lead == "week" or lead == "month" or lead == "episode" or lead == "up" then
          local rest = match(low, "^[:,]? ([%a']+)", at)
          if find(low, "^[:,]", at) or rest == "we" or rest == "i"
            or rest == "we'll" or rest == "i'll" or rest == "on" then
            ok, why = false, "modal"
          end
        end
      end
      -- "I doubt that anyone with a suicide vest was listening": the kind of
      -- man told, no one who did anything
      if ok and h.start > ss + 5 and byte(low, h.start - 1) == 32 then
        local pre = sub(low, h.start > ss + 24 and h.start - 24 or ss, h.start - 1)
        local who = match(pre, "(%a+) with $") or match(pre, "(%a+) with an? $")
        if who and W.ANYONE[who] then ok, why = false, "generic" end
      end
      if ok then
        m.triggers[#m.triggers + 1] = t
        if why == "plot_aim" then
          add_status(m, "plot_foiled", h.start, h.stop, "extract.plot_aim")
        end
      elseif why == "modal" then
        add_status(m, "hypothetical", h.start, h.stop, "extract.modal")
      end
    elseif k == "place" or k == "country" then
      local verb = not LOCATIVE[word_before(low, h.start, ss) or ""] and governs(low, h.stop, se)
      if verb then
        -- "Tehran responded by launching missiles": the government acts
        if STATE_VERB[verb] then
          add_status(m, "state_strike", h.start, h.stop, "extract.state_subject")
        end
      elseif ctx.dateline and h.stop <= ctx.dateline
        and h.start >= ctx.dateline_s then  -- luacheck: ignore 542
        -- the dateline's place is where the report was filed
      elseif k == "place" then
        -- "in east London" read as the gazetteer's "East London": a compass
        -- word in lower case before a place is no part of its name
        local cw, rest = match(sub(text, h.start, h.stop), "^(%l+) (%u.*)$")
        local rrec = cw and LOWER_COMPASS[cw] and pack.place and pack:place(rest)
        if type(rrec) == "table" then
          local rs = h.start + #cw + 1
          h = { start = rs, stop = h.stop, entry = { kind = "place", value = rrec,
                phrase = rest } }
          en = h.entry
        end
        -- not "President Vladimir Putin": a name that is also a town; not "a
        -- metro train": a name written in lower case where the text has case
        if not person_name(text, low, h.start, h.stop, ss, se, ctx.cased and pack)
          and not lower_name(ctx, en, h.start) and not firm_name(text, h.start, h.stop)
          and not W.TEAM_ROLE[word_after(low, h.stop, se) or ""]
          -- ("the Bab al-Yemen area": the first word of a longer Arabic name)
          and not find(text, "^ [ae][ln]%-%u", h.stop + 1)
          -- ("the London-based newspaper", "a Kabul-born bomber": where a
          -- body sits or a man was born, not where the event happened)
          and not W.ACTOR_COMPOUND[match(low, "^%-(%a+)", h.stop + 1) or ""]
          and not elsewhere(low, h.start, ss)
          and not (h.start > ss + 6 and W.TIME_PREP[match(sub(low, h.start - 7, h.start - 1),
            "(%a+) $") or ""])
          and not longer_local_name(text, h.stop)
          and not elided_tail(text, h.start)
          -- ("Tehran's foreign ministry described the bombing as ...": a
          -- capital's government speaks, no place)
          and not NATIONAL_OFFICE[match(low, "^['\226\128\153]+s (%a+)", h.stop + 1) or ""]
          -- ("The Borno State Government condemned the attack", "the Kano
          -- authorities": a place's government acts or speaks, no scene)
          and not PLACE_GOVERNMENT[word_after(low, h.stop, se) or ""]
          -- ("the Lebanese movement backed by Tehran", "militias armed by
          -- Damascus": who stands behind an actor, not where it struck)
          and not W.ACTOR_COMPOUND[match(sub(low, h.start > 24 and h.start - 24 or 1,
            h.start - 1), "(%a+) by $") or ""] then
          local rec = ctx.homonyms[sub(low, h.start, h.stop)] or homonym_of(ctx, en, ss, se, hits)
          local home = foreign_common(ctx, rec, h.start)
          -- (a quarter's name, "the Heliopolis district", keeps its town,
          -- unless the page's town it lies in is told right after it: "the
          -- San José neighbourhood in the south of Barranquilla")
          if home and W.QUARTER[word_after(low, h.stop, se) or ""] then
            local told = false
            for _, o in ipairs(hits) do
              local v = o.entry.value
              if o.start > h.stop and o.start - h.stop <= 60 and o.stop <= se
                and o.entry.kind == "place" and type(v) == "table" and v.country == home then
                told = true
              end
            end
            if not told then home = nil end
          end
          if not home then
            m.places[#m.places + 1] = { s = h.start, e = h.stop, rec = rec, entry = en }
          end
        end
      else
        -- "American service members", "Afghan civilians": a demonym before
        -- people names the victims' nationality, not where it happened; "a US
        -- raid", "US officials said": a state acting or talking is no place
        en = bare_congo(ctx, en, h)
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
        elseif W.WATER_FEATURE[nxt or ""] then   -- luacheck: ignore 542
          -- "on the Niger river", "the Jordan Valley": a river or a valley
          -- named after (or giving its name to) a country is no country
        elseif find(sub(low, h.start > 20 and h.start - 20 or 1, h.start - 1),
            "%f[%a]borders? with $")
          or find(sub(low, h.start > 20 and h.start - 20 or 1, h.start - 1),
            "%f[%a]frontier with $")
        then   -- luacheck: ignore 542
          -- "in Sokolo, near the border with Mauritania": the neighbour a
          -- place lies against, not the country it is in
        elseif find(sub(low, h.start > 40 and h.start - 40 or 1, h.start - 1),
            "%f[%a][mgepk]%a+ of $") and W.ISSUER[match(sub(low,
              h.start > 40 and h.start - 40 or 1, h.start - 1), "(%a+) of $")] then
          -- "the Ministry of Foreign Affairs of Denmark", "the Government of
          -- Japan": the state that speaks, no scene
          m.state_names[#m.state_names + 1] = { s = h.start, e = h.stop, rec = en.value,
                                                weak = true }
        elseif h.start > ss + 5 and sub(low, h.start - 5, h.start - 1) == "with "
        then   -- luacheck: ignore 542
          -- "We stand together with Denmark in grief", "in solidarity with
          -- France", "talks with Pakistan": a partner, never where it happened
        elseif not lower_name(ctx, en, h.start) then
          m.countries[#m.countries + 1] = { s = h.start, e = h.stop, rec = en.value, weak = weak }
        end
      end
    elseif k == "cue" and en.cue == "herald"
      and find(lower(en.phrase or ""), " attack$") then
      -- "The Taliban hailed the attack on the post in Chaman": the praise
      -- holds the event word (the matcher took the longer phrase)
      m.triggers[#m.triggers + 1] = { s = h.stop - 5, e = h.stop, name = "unknown",
                                      rule = (pack.name or "pack") .. ".cue.trigger" }
    elseif k == "group" then
      m.groups[#m.groups + 1] = { s = h.start, e = h.stop, rec = en.value }
    elseif k == "target" then
      -- ("..., police said", "Police said a bomb ...", "according to the
      -- police": who speaks is no target)
      local nx = match(low, "^ (%a+)", h.stop + 1)
      local speaks = W.SAID_VERB[nx or ""]
        or find(sub(low, h.start > 18 and h.start - 18 or 1, h.start - 1),
          "according to%s+t?h?e?%s*$")
      m.targets[#m.targets + 1] = { s = h.start, e = h.stop, rec = en.value,
                                    speaks = speaks and true or nil }
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
        -- ("In Kano on 3 May a woman blew herself up": "May" written with
        -- its capital is the month, not the modal of a threat)
        if st and word == "may" and byte(text, h.start) == 77 then st = nil end
        if st then
          local status_rec = add_status(m, st, h.start, h.stop, entry_rule(pack, e2))
          status_rec.pack = true
          status_rec.word = word
        end
      end
    end
  end
end

-- A war, an insurgency, an offensive among the first `n` words of `text`
-- (the last `-n` when `n` is negative). "fighting" is left out: "the
-- fighting has left 12 dead" is often the event's own.
local WAR_WORD = {}
for w in pairs(W.CONFLICT) do WAR_WORD[w] = true end
WAR_WORD.fighting, WAR_WORD.offensive, WAR_WORD.struggle = nil, true, true

local function war_words(text, n)
  local ws = {}
  for w in gmatch(text, "[%a%-]+") do ws[#ws + 1] = w end
  local first, last = 1, n
  if n < 0 then first, last = #ws + n + 1, #ws end
  for k = first > 1 and first or 1, last < #ws and last or #ws do
    if WAR_WORD[ws[k]] then return true end
  end
  return false
end

--- Runs the grammars where the pack saw their words: casualty figures,
-- claims (the pack's own claim cues standing in) and status cues.
local function grammar_mentions(ctx, m, ss, se, seg)
  local text, low = ctx.text, ctx.low
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
  -- the lowered sentence, cut once for the sums below
  local sent_low = #figs > 0 and sub(low, ss, se) or ""
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
      if w1 == "in" or w1 == "over" then
        w1, at = word_after(low, at, se)
        -- "more than 7,000 people have died in the conflict since it flared"
        -- (not "four policemen died in the fighting": the fight of the
        -- event told; a sum is told with "since" or years)
        if (w1 == "the" or w1 == "this" or w1 == "its") and at then
          local w2 = word_after(low, at, se)
          local rest = match(low, "^[^.;]*", at) or ""
          if w2 and W.CONFLICT[w2] and (w2 ~= "fighting" or find(rest, "%f[%a]since%f[%A]")
              or find(rest, "%f[%a]so far%f[%A]") or find(rest, "%f[%a]this year%f[%A]")
              or find(rest, "%f[%a]past %a+ %a+") or find(rest, "%f[%a]years%f[%A]")) then
            agg = true
          end
        end
      end
      if w1 == "since" or w1 == "years" then agg = true end
      -- "more than 700 civilian deaths in the first three months of the
      -- year", "... in the past six months": a count over a stretch of time
      -- ("... over the past 12 months")
      local prep, first, _, unit = match(low, "^ (%a+) the (%a+) ([%a%d]+) (%a+)%f[%A]",
        f.stop + 1)
      if not unit then
        prep, first, unit = match(low, "^ (%a+) the (%a+) (%a+)%f[%A]", f.stop + 1)
      end
      if prep ~= "in" and prep ~= "over" then unit = nil end
      if (first == "first" or first == "past" or first == "last") and unit
        and (match(unit, "^months?$") or match(unit, "^weeks?$") or match(unit, "^years?$")
          or match(unit, "^decades?$") or unit == "half") then
        agg = true
      end
      -- "two assaults ... killed over a hundred soldiers between them": a
      -- sum over events told one by one elsewhere
      local sum_gap = match(low, "^([%a ]-)%f[%a]between them%f[%A]", f.stop + 1)
      if sum_gap and #sum_gap <= 20 then agg = true end
      -- "our counts this week: 5 incidents recorded, 23 fatalities": a toll
      -- after a count of incidents (a figure, not "two bombs") is their sum
      -- (a day or a year before the noun is no count: "the September 11
      -- attacks", "the 2023 attacks")
      for num, noun, verb in gmatch(sub(low, ss, f.start - 1),
                                    "%f[%w](%d%d?%d?) (%a+)%f[%A] ?(%a*)") do
        if tonumber(num) > 1 and (W.TALLY[noun] or noun == "attacks" and W.TALLY_VERB[verb])
        then agg = true end
      end
      -- "More than 1,000 civilians died in such attacks that year", "Over
      -- the year, bombings killed more than 1,000": a toll over a span of
      -- months or over events of a kind is a sum
      -- (looked for once a sentence, when its first figure asks; not "that
      -- year", "that month": "In October of that year, gunmen attacked ..."
      -- dates one event)
      if m._span_sum == nil then
        local clause = sent_low
        m._span_sum = (find(clause, " the year", 1, true) or find(clause, " in ", 1, true))
          and (find(clause, "%f[%a]over the year%f[%A]")
            or find(clause, "%f[%a]during the year%f[%A]")
            or find(clause, "%f[%a]throughout the year%f[%A]")
            or find(clause, "%f[%a]in such attacks%f[%A]")
            or find(clause, "%f[%a]in such %a+ings%f[%A]")
            or find(clause, "%f[%a]in bombings%f[%A]") or find(clause, "%f[%a]in attacks%f[%A]")
            or find(clause, "%f[%a]in shootings%f[%A]")) and true or false
      end
      if m._span_sum then agg = true end
      -- "The civil war, now in its eleventh year, has left more than
      -- 70,000 dead", "the offensive the rebels began on 11 November, which
      -- has left 1,000 dead", "15,000 people have been killed as a result of
      -- political violence": a war told with a perfect tense has summed its
      -- dead over time, however far it stands from the verb in the
      -- sentence; so has a perfect tense counted from the start of something
      -- ("since 1980", "since the beginning of the offensive"). "It would
      -- have killed 5,000" counts no one.
      if not agg then
        local fig = sub(low, f.start, f.stop)
        local from = f.start - 200
        if from < ss then from = ss end
        local raw = sub(low, from, f.start - 1)
        local said = sub(raw, -20) .. fig
        if find(said, "%f[%a]would have %a") or find(said, "%f[%a]could have %a")
          or find(said, "%f[%a]might have %a") then
          agg = true
        elseif find(fig, "%f[%a]ha[sv]e?%f[%A]") or find(raw, "%f[%a]ha[sv]e? $")
          or find(raw, "%f[%a]ha[sv]e? %a+ $") then
          local after = match(low, "^[^.;]*", f.stop + 1) or ""
          local clause = sent_low
          agg = (war_words(raw, -20) or war_words(after, 8)
            or find(after, "^ so far this %a+") or find(after, "^ this year%f[%A]")
            or find(clause, "%f[%a]since %d%d%d%d%f[%D]")
            or find(clause, "%f[%a]since the beginning%f[%A]")
            or find(clause, "%f[%a]since the start%f[%A]")) and true or false
        end
      end
      -- "Taken together, these five incidents alone killed well over a
      -- thousand civilians", "the three bombings together killed 90": a
      -- toll whose subject is several events told one by one is their sum
      for det, num, noun in gmatch(sub(low, ss, f.start - 1),
          "%f[%a](%a+) ([%a%d]+) (%a+)%f[%A]") do
        if (det == "these" or det == "those" or det == "the" or det == "all")
          and (W.COUNT_WORD[num] or (tonumber(num) or 0) > 1)
          and (W.TALLY[noun] or W.EVENT_PLURAL[noun]) then
          agg = true
        end
      end
      if agg then f.partial = true; f.aggregate = true end
    end
    if (f.kind == "killed" or f.kind == "wounded") and not f.partial then
      local victims_militant = false
      -- (a list with the attackers' part already left out counts victims:
      -- "two of the gunmen and a soldier were killed")
      if f.who_start and not f.mixed and not f.attackers_in_list then
        local who = sub(low, f.who_start, f.who_stop)
        for w in who:gmatch("[%a%-]+") do if MILITANT[w] then victims_militant = true end end
      end
      if f.perpetrators or victims_militant then
        -- "troops killed 12 militants": counter-terrorism, unless the
        -- sentence tells an attack the militants made ("repelled an attack
        -- by ISWAP fighters, killing 30 insurgents": the attackers' dead
        -- are just not the toll)
        if victims_militant and not f.perpetrators and #m.triggers == 0 then
          add_status(m, "counter_terrorism", f.start, f.stop, "extract.militants_killed")
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
  if has.claim or has.claim_negated or has.suspect or has.herald or #m.groups > 0
    or find(seg, "behind", 1, true) or find(seg, "responsib", 1, true)
    -- "No group said it carried out the attack", "said its fighters had killed"
    or find(seg, "carried out", 1, true) or find(seg, " its ", 1, true)
    -- ("X said it had sent him": a group the pack does not know, in its own
    -- words)
    -- (only where "it", a fighter, a statement or "nothing" is told too: "said" alone
    -- is in most sentences of the news, and the grammar costs time there)
    or (find(seg, "said ", 1, true) or find(seg, "saying ", 1, true)
      or find(seg, "told ", 1, true))
      and (find(seg, " it ", 1, true) or find(seg, "fighter", 1, true)
        or find(seg, "statement", 1, true) or find(seg, "nothing", 1, true)) then
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
    if kind == "claim" then
      -- ("claimed responsibility for previous attacks": a record, no one event)
      local after = sub(low, cu.e + 1, cu.e + 40)
      for _, x in ipairs(claims.words.record) do
        if find(after, "^ for " .. x .. "%f[%A]") or find(after, "^ for most of " .. x) then
          kind = nil
          break
        end
      end
    end
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
    for _, st in ipairs(gr.status.scan(text, ss, se)) do
      -- "knifed two shoppers in the mall before she was shot dead by police":
      -- the attacker's end told after the attack is no raid of the police's
      local before = sub(low, st.start > ss + 24 and st.start - 24 or ss, st.start - 1)
      if not (st.status == "raid" and (find(before, "%f[%a]before %a+ w[ae][sr]e? $")
          or find(before, "%f[%a]before being $")
          or find(before, "%f[%a]until %a+ w[ae][sr]e? $")))
        and not described_as_planned(low, st, ss) then
        m.status[#m.status + 1] = st
      end
    end
  end
end

--- Adds the places written with an abbreviation ("St. Petersburg").
local function abbreviated_places(ctx, m, ss, se)
  local text, pack = ctx.text, ctx.pack
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
end

-- Does the fight word at `ts` end "<forces> killed/shot dead <the
-- suspect> in a" ("Police killed the suspect in a shoot-out at his home",
-- "troops shot dead two gunmen in a firefight")? Then the fight is the
-- forces' operation against the men an event was blamed on, not an attack.
local function forces_killed_in(low, ss, ts)
  local pre = sub(low, ts > ss + 120 and ts - 120 or ss, ts - 1)
  local head, obj = match(pre, "^(.-)%f[%a]killed ([%a%d%- ]-) in an? $")
  if not head then head, obj = match(pre, "^(.-)%f[%a]shot dead ([%a%d%- ]-) in an? $") end
  if not head then return false end
  local ws = {}
  for w in gmatch(head, "%a+") do ws[#ws + 1] = w end
  local k = #ws
  if ws[k] == "had" or ws[k] == "have" or ws[k] == "has" then k = k - 1 end
  if not (ws[k] and (FORCE_AGENT[ws[k]] or STATE_FORCE[ws[k]])) then return false end
  for w in gmatch(obj, "%a+") do
    if MILITANT[w] then return true end
  end
  return false
end

-- Marks every event word of one clause of the sentence `seg` (at `ss`..`se`
-- of the text) as a state's action: the clause runs from the semicolon
-- before offset `a` of `seg` (or the sentence's start) to the one after
-- offset `b` (or its end).
local function state_clause(m, seg, ss, se, a, b, rule)
  local cs = ss + (match(sub(seg, 1, a - 1), "^.*[;]()") or 1) - 1
  local ce = find(seg, "[;]", b)
  ce = ce and ss + ce - 2 or se
  for _, t in ipairs(m.triggers) do
    if t.s >= cs and t.e <= ce then
      add_status(m, "state_strike", t.s, t.e, rule)
    end
  end
end

--- Marks the event words that states' forces carry out (strikes, armies,
-- operations) and collects the words of disasters and accidents.
local function state_actions(ctx, m, ss, se)
  local text, low = ctx.text, ctx.low
  -- States at war: "Israeli jets bombed ...", "Afghan warplanes killed ...",
  -- "the last Iraqi attack" (a state's forces or a demonym right before the
  -- event word, no group or militant named) are strikes of states, not
  -- incidents
  local actors = false
  for _, cu in ipairs(m.cues) do if cu.cue == "actor" then actors = true end end
  -- ("repelled an Iranian assault ..., inflicting casualties on the
  -- attackers": militants named only after the event word are its authors
  -- told again, not others)
  local function actor_before(pos)
    for _, cu in ipairs(m.cues) do
      if cu.cue == "actor" and cu.s < pos then return true end
    end
    return false
  end
  if #m.groups == 0 then
    for _, t in ipairs(m.triggers) do
      if not t.figure and not actor_before(t.s) then
        local ws = words_before(low, t.s, 4, ss)
        local state = false
        -- ("a Nigerian army convoy was ambushed": a passive event word makes
        -- the forces before it its victims, not its authors)
        local tword = sub(low, t.s, t.e)
        -- (not "a drone was shot down": a weapon brought down is no victim)
        local passive = (find(tword, "ed$") or tword == "hit" or tword == "shot"
          or tword == "struck" or tword == "overrun") and word_after(low, t.e, se) ~= "down"
        for i, w in ipairs(ws) do
          if REPEL[w] or W.END_VERB[w] then break end
          -- ("Eight soldiers were killed when gunmen attacked": the force
          -- is in the clause before, the victims of the one after)
          if w == "when" or w == "while" or w == "as" or w == "after" then break end
          if passive and (w == "was" or w == "were" or w == "been" or w == "being") then
            break
          end
          -- (not "an Army psychiatrist opened fire"; `ws` runs backwards)
          if STATE_FORCE[w] and not lone_member(ws[i + 1], ws[i - 1]) then
            state = true; break
          end
          -- ("Two Palestinian gunmen opened fire", "a Syrian bomber": a
          -- demonym before an attacker's noun is his nationality, no state)
          if (i == 1 and not W.ATTACKER[tword])
            or (i == 2 and (ws[1] == "air" or ws[1] == "missile")) then
            for _, c in ipairs(m.countries) do
              if c.e < t.s and t.s - c.e <= #w + 8 and lower(sub(text, c.s, c.e)) == w then
                state = true
              end
            end
          end
        end
        local after = word_after(low, t.e, se)
        if state and after ~= "by" then
          add_status(m, "state_strike", t.s, t.e, "extract.state_force")
        end
      end
    end
  end
  -- "police in Montfavet, on the outskirts of Avignon, shot dead a man who
  -- had threatened passers-by", "Police officers shot and wounded a knifeman":
  -- the police as the subject right before an active event verb (past the
  -- town of the force and an aside on it) is the state's use of force, no
  -- incident ("Police said gunmen shot ..." names other authors)
  if #m.groups == 0 then
    for _, t in ipairs(m.triggers) do
      local tword = sub(low, t.s, t.e)
      if not t.figure and (find(tword, "ed$") or find(tword, "^shot"))
        and word_after(low, t.e, se) ~= "by" then
        local pre = sub(low, t.s > ss + 120 and t.s - 120 or ss, t.s - 1)
        pre = gsub(pre, ", [^,]+, $", " ")          -- the aside on the force's town
        -- (the only event of its sentence: "stabbed seven people before
        -- police shot him dead" tells the attack the police ended)
        local other = false
        for _, t2 in ipairs(m.triggers) do
          if t2 ~= t and not t2.figure and (t2.e < t.s or t2.s > t.e) then other = true end
        end
        -- (the force's town: "police in Montfavet")
        pre = gsub(pre, "(%f[%a]police%a*) in [%a%-' ]+ $", "%1 ")
        pre = gsub(pre, "(%f[%a]officers) in [%a%-' ]+ $", "%1 ")
        pre = gsub(pre, "(%f[%a]gendarmes) in [%a%-' ]+ $", "%1 ")
        -- (nor the police stopping the author of an event just told:
        -- "Police shot and wounded the intruder", "... shot him dead")
        local obj = sub(low, t.e + 1, t.e + 40)
        local onoun = match(obj, "^[%a ]-%f[%a]the (%a+)")
        if (onoun and (W.ATTACKER[onoun] or onoun == "intruder" or onoun == "knifeman"))
          or find(obj, "^%a* ?%a* ?him%f[%A]") then
          other = true
        end
        if not other and (find(pre, "%f[%a]police $") or find(pre, "%f[%a]police officers? $")
          or find(pre, "%f[%a]policemen $") or find(pre, "%f[%a]gendarmes $")) then
          add_status(m, "state_strike", t.s, t.e, "extract.state_force")
        end
      end
    end
  end
  -- "an attack by three divisions of Revolutionary Guards", "an infantry
  -- brigade, backed by tanks, launched the attack", "attacks by Iran in the
  -- Gulf": armies and states at war, not incidents of this kind
  if #m.groups == 0 and not actors then army_attacks(ctx, m, ss, se) end
  -- "a missile strike against the tanker", "Silkworm missiles": missiles
  -- are a state's arms at war where no group is named (a group that fires
  -- them is named: "Houthi missiles")
  if #m.groups == 0 and not actors then
    local seg = sub(low, ss, se)
    for a, w in gmatch(seg, "()([%a%-]+)") do
      if W.MISSILE[w] then
        state_clause(m, seg, ss, se, a, a, "extract.missile")
        break
      end
    end
  end
  -- "a tanker was set ablaze after an Iranian gunboat fired missiles at it",
  -- "Afghan warplanes killed 22 people in a second bombing", "soldiers ...
  -- fired warning shots before the shootings": a state's force doing the
  -- violence, anywhere in the clause, with no group or militant named, makes
  -- every event word of the clause the state's
  if #m.groups == 0 and not actors then
    local seg = sub(low, ss, se)
    for a, w, b in gmatch(seg, "()([%a%-]+)()") do
      -- (not "an Army psychiatrist")
      if W.STATE_ARM[w]
        and not lone_member(match(sub(seg, 1, a - 1), "(%a+)%s+$"), match(seg, "^%s+(%a+)", b))
        and not find(sub(seg, 1, a - 1), "%f[%a]of%s+%a*%s*$") then
        -- its verb: within six words, past a phrase set off by commas ("The
        -- soldiers, acting on orders, had used tear gas and fired")
        local rest = sub(seg, b, b + 160)
        rest = match(rest, "^,%s[^,.;]+,(.*)") or rest
        local ws, v, o = {}, nil, nil
        for word in gmatch(match(rest, "^[^.;,]*") or "", "[%w%-]+") do ws[#ws + 1] = word end
        for k = 1, #ws < 6 and #ws or 6 do
          local word = ws[k]
          -- ("the military said", "troops were killed": not the force acting)
          if W.NOT_OBJECT[word] and word ~= "and" and word ~= "had" then break end
          if W.FORCE_VIOLENCE[word] then v, o = word, ws[k + 1]; break end
        end
        -- ("the number of soldiers killed in the assault": a participle, no
        -- object after it)
        if v and o and not W.NOT_OBJECT[o] then
          state_clause(m, seg, ss, se, a, b, "extract.force_clause")
        end
      end
    end
  end
  -- "the air force had bombed a camp of FARC dissidents", "troops raided a
  -- hideout of the group": a state's force as the subject right before an
  -- active verb is the state acting, even when the group named after it is
  -- its target (not "came under attack", not "gunmen dressed as soldiers",
  -- not "militants took hostages ... when forces stormed": the attackers
  -- named before it make the state's act part of their incident)
  for _, t in ipairs(m.triggers) do
    if not t.figure and find(sub(low, t.s, t.e), "^%a+ed$") then
      local ws = words_before(low, t.s, 4, ss)
      local i = 1
      if ws[i] == "had" or ws[i] == "has" or ws[i] == "have" then i = i + 1 end
      local w = ws[i]
      local force = w and (STATE_FORCE[w] or (w == "force" and ws[i + 1] == "air"))
      local before = ws[w == "force" and i + 2 or i + 1]
      local grouped = false
      for _, g in ipairs(m.groups) do if g.s < t.s then grouped = true end end
      for _, cu in ipairs(m.cues) do
        if cu.cue == "actor" and cu.s < t.s then grouped = true end
      end
      if force and not grouped and before ~= "as" and before ~= "like"
        and word_after(low, t.e, se) ~= "by" then
        add_status(m, "state_strike", t.s, t.e, "extract.state_subject_verb")
      end
    end
  end
  -- Events that are part of a state's operation: "killed by police",
  -- "blew himself up during a raid" (in the clause after the event word)
  for _, t in ipairs(m.triggers) do
    local n, by, during = 0, false, false
    -- "... killing 22 people, before they were shot dead by police": the
    -- attackers' end told after their attack is no operation of the state
    local pre = sub(low, t.s > ss + 40 and t.s - 40 or ss, t.s - 1)
    if (find(pre, "before ", 1, true) or find(pre, "until ", 1, true))
      and (find(pre, "%f[%a]before [%a ]*$") or find(pre, "%f[%a]until [%a ]*$")) then
      -- (the subject right after "before": "on campus before he was")
      local subj = match(pre, "%f[%a]before (%a+) [%a ]*$")
        or match(pre, "%f[%a]until (%a+) [%a ]*$") or ""
      if subj == "they" or subj == "he" or subj == "she" or MILITANT[subj] then n = 8 end
    end
    -- ("The suspect ... was detained after he called emergency services to
    -- say he had been shot": the attacker hurt, told of him as the subject of
    -- his sentence, no event of its own)
    if find(pre, "%f[%a]s?he had been $") or find(pre, "%f[%a]s?he was $") then
      local subj = match(low, "^the (%a+)", ss)
      if subj and (subj == "suspect" or W.ATTACKER[subj]) then
        local earlier = false
        for _, u in ipairs(m.triggers) do
          if u.e < t.s and not u.figure and not W.ATTACKER[sub(low, u.s, u.e)] then
            earlier = true
          end
        end
        if not earlier then
          add_status(m, "counter_terrorism", t.s, t.e, "extract.attacker_hurt")
        end
      end
    end
    -- ("where one of them blew himself up at the entrance and the other was
    -- shot dead by police": an attacker's end told beside the attack in its
    -- sentence)
    local who = match(pre, "%f[%a](%a+) w[ae][rs]e? $")
    if who and (W.ATTACKER[who] or who == "other" or who == "others" or who == "them"
      or MILITANT[who]) then
      for _, u in ipairs(m.triggers) do
        if u.e < t.s and not u.figure then n = 8 end
      end
    end
    -- ("Four people died: two constables, a woman hit by a stray bullet and
    -- a young man shot by police as the attackers fled": one victim of a
    -- list after the toll, not the event)
    if find(sub(low, ss, t.s), ":", 1, true) then
      for _, u in ipairs(m.triggers) do
        if u.e < t.s and find(sub(low, u.e, t.s), ":", 1, true) then n = 8 end
      end
      for _, f in ipairs(m.figures) do
        local fe = f.e or f.stop
        if fe and fe < t.s and find(sub(low, fe, t.s), ":", 1, true) then n = 8 end
      end
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
            add_status(m, "counter_terrorism", t.s, t.e, "extract.attackers_killed")
            break
          end
        end
      end
    end
    -- the words after the event word up to the clause's end, by token index
    local i = token_before(t.e + 1) + 1
    local NT = ntokens()     -- (token_before has tokenized the sentence)
    while i <= NT and TS[i] <= t.e do i = i + 1 end
    -- (within the sentence: not O(text) per trigger in a text without stops)
    local stop = find(sub(low, t.e + 1, se), "[.,;:!?]")
    stop = stop and stop + t.e or se
    -- ("35 people died, including 11 of the attackers, who were shot by
    -- police": what befell the attackers, told in a clause of their own, is
    -- no operation of the state's over the event)
    local own = match(sub(low, t.s > ss + 40 and t.s - 40 or ss, t.s - 1),
      "(%a+),? who w[ae][rs]e? $")
    if own and MILITANT[own] then n = 8 end
    while n < 8 and i <= NT and TE[i] <= stop do
      local w, at = tw(i), TE[i]
      n, i = n + 1, i + 1
      if w == "by" then by = n
      elseif w == "during" or w == "in" or w == "amid" then during = n
      elseif by and n - by <= 3 and FORCE_AGENT[w] then
        add_status(m, "counter_terrorism", t.s, at, "extract.by_forces")
        break
      elseif during and n - during <= 4 and OPERATION[w]
        and (not RAID_NOUN[w] or state_between(m, low, TS[i - 1 - (n - during)], TS[i - 1])) then
        add_status(m, "raid", t.s, at, "extract.during_operation")
        break
      end
    end
  end
  -- "it had raided homes in Bandung and arrested three people": a raid whose
  -- raiders make arrests is the police's, not an attack (the arrests in it
  -- are the raid's, no foiled plot)
  for _, t in ipairs(m.triggers) do
    if W.ARREST_RAID[sub(low, t.s, t.e)] then
      -- (in the raid's clause: up to a stop, and a few words on)
      local rest = sub(low, t.e + 1, t.e + 90 < se and t.e + 90 or se)
      rest = match(rest, "^[^.;:]*") or rest
      -- (the raiders' own arrests: "and arrested", "and later detained", not
      -- "and police arrested")
      -- ("detained" is no arrest: "gunmen stormed the hotel and detained 30
      -- guests" took hostages; nor are raiders told as gunmen or a group)
      local mid, at = match(rest, "^.- and ([%a ]-)()arrested%f[%A]")
      local other = at and find(mid, "%a+ %a+ %a") ~= nil
      for w in gmatch(mid or "", "%a+") do
        if FORCE_AGENT[w] or w == "they" or w == "authorities" then other = true end
      end
      for _, cu in ipairs(m.cues) do
        if cu.cue == "actor" and cu.s < t.s then other = true end
      end
      for _, g in ipairs(m.groups) do
        if g.s < t.s then other = true end
      end
      if at and not other then
        local status_rec = add_status(m, "raid", t.s, t.e + at + 7, "extract.raid_arrest")
        status_rec.arrests = true
      end
    end
  end
  -- "two militants were killed in a gunfight with security forces": a fight
  -- with the state's forces is their operation ("soldiers killed in a
  -- gunfight with Maoists" is an attack on them)
  -- (not "two attackers killed a detective ... before dying in a gun battle
  -- with police": the fight the attackers die in after their own act, told
  -- by "before", "until" or "then", is how their attack ended)
  local prior_act
  for _, t in ipairs(m.triggers) do
    if W.FIGHT_EVENT[sub(low, t.s, t.e)] then
      local w1, w2 = match(low, "^ with (%a+) ?(%a*)", t.e + 1)
      if w1 == "the" then w1 = w2 end
      local ended = false
      for _, f in ipairs(m.figures) do
        if f.e < t.s and f.fig.kind == "killed" and (not prior_act or f.e > prior_act.e) then
          prior_act = f
        end
      end
      if prior_act then
        for _, w in ipairs(words_before(low, t.s, 8, prior_act.e + 1)) do
          if w == "before" or w == "until" or w == "then" then ended = true end
        end
      end
      if w1 and not ended
        and (FORCE_AGENT[w1] or w1 == "security" or w1 == "government") then
        add_status(m, "counter_terrorism", t.s, t.e, "extract.fight_with_forces")
      elseif forces_killed_in(low, ss, t.s) then
        add_status(m, "counter_terrorism", t.s, t.e, "extract.forces_killed_in_fight")
      end
    else
      prior_act = t
    end
  end
  -- "Police also said they had shot dead a wanted man during a raid in
  -- Riyadh": a killing the police tell of their own, in a raid or an
  -- operation, is the state's (not "gunmen shot dead two guards during a raid
  -- on a bank": a group, a militant or no force before the event word)
  if #m.groups == 0 and not actors and #m.triggers > 0 then
    local seg = sub(low, ss, se)
    local force = false
    for a, w in gmatch(seg, "()([%a%-]+)") do
      if FORCE_AGENT[w] then force = ss + a - 1; break end
    end
    if force then
      for _, t in ipairs(m.triggers) do
        if not t.figure and t.s > force then
          local rest = match(low, "^[^;,.]*", t.e + 1) or ""
          local a = find(rest, "%f[%a]during an? %a*%s?%a*%s?raids?%f[%A]")
            or find(rest, "%f[%a]during an? %a*%s?%a*%s?operations?%f[%A]")
          local _, nw = gsub(a and sub(rest, 1, a - 1) or "", "%a+", "")
          if a and nw <= 6 then
            add_status(m, "raid", t.s, t.e, "extract.force_raid")
          end
        end
      end
    end
  end
  m.disasters = {}
  for _, d in ipairs(DISASTER_FIND:match(sub(low, ss, se))) do
    m.disasters[#m.disasters + 1] = { d[1] + ss - 1, d[2] + ss - 2 }
  end
  -- "a house exploded while members of the cell were preparing explosives
  -- there": a blast while the bomb is being made is its makers' accident
  -- (work on the bomb within eight words of "while", the bomb up to three words
  -- on; the cue is "while" itself, in the clause of the blast)
  local at = #m.triggers > 0 and ss or se + 1
  while at <= se do
    local ws, we = find(low, "%f[%a]while%f[%A]", at)
    if not ws or ws > se then break end
    at = we + 1
    local stop = find(low, "[;.:]", we + 1)
    local n, vs = 0, nil
    for w in gmatch(sub(low, we + 1, stop and stop <= se and stop - 1 or se),
                    "[%a'%-]+") do
      n = n + 1
      if n > 11 then break end
      if vs then
        if W.BOMB_STUFF[w] then
          m.disasters[#m.disasters + 1] = { ws, we }
          break
        end
        if n - vs >= 3 then vs = nil end
      elseif n <= 8 and W.BOMB_WORK[w] then
        vs = n
      end
    end
  end
end

--- Places no hit names: plain spellings, "the village of X", unknown names
-- after a locative, parts of the city told last, "there", "the capital",
-- "here"; then the last place and city of the article move on.
local function more_places(ctx, m, ss, se, seg, hits, dlist, plain_hits)
  local text, low, pack = ctx.text, ctx.low, ctx.pack
  -- "Santo Domingo de Acobamba", "San Miguel del Ene": a known name that a
  -- Spanish or Portuguese "de"/"del"/"do" and a capitalised word go on from
  -- is the start of another place's name, one no list knows
  for _, x in ipairs(m.places) do
    local link, rest = match(text, "^ (d[eoa]l?s?) (%u[%a\128-\255'%-]+)", x.e + 1)
    if not link then
      link, rest = match(text, "^ (de l[ao]s?) (%u[%a\128-\255'%-]+)", x.e + 1)
    end
    if link and W.NAME_DE[link] and x.e + 2 + #link + #rest <= se then
      local pe = x.e + 2 + #link + #rest
      local name = sub(text, x.s, pe)
      local rec = ctx.homonyms[lower(name)] or { name = name, kind = "city" }
      ctx.homonyms[lower(name)] = rec
      x.e, x.rec, x.unknown = pe, rec, true
      x.entry = { kind = "place", value = rec }
    end
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
    -- (not "the Melbourne suburb of Brighton": the city whose suburb is told
    -- after "of")
    if nxt and DISTRICT[nxt] and city and x.rec ~= city and x.rec.country == city.country
      and (find(before, "the $") or find(before, "'s $"))
      and not find(text, "^ %a+ of %u", x.e + 1)
      and not same_place(x.rec, city) then
      x.rec = site_in(sub(text, x.s, x.e), city)
    end
  end
  -- "in the crowded Rweiss neighbourhood", "a pier in the Sathorn area": a
  -- quarter no list knows, told with "the" and the noun of a part of a town,
  -- is one of the city the article told last (not when a town follows:
  -- "the Rweiss neighbourhood of Beirut", "the Sablon district of the
  -- Belgian capital" name their own)
  if ctx.cased and ctx.last_city and #m.places == 0 and find(seg, "the ", 1, true) then
    for a, name, noun, b in gmatch(sub(text, ss, se),
        "%f[%a][iao][nt] the %l*%s?()(%u[%a\128-\255'%-]+) (%a+)()") do
      local ln = lower(name)
      if (W.QUARTER[noun] or noun == "area") and #name > 2 and not W.NOT_PLACE[ln]
        and not find(sub(text, ss + b - 1, ss + b + 4), "^,? [oi][fn] ") then
        local city = ctx.last_city
        local ps = ss + a - 1
        local rec = site_in(name, city)
        m.places[#m.places + 1] = { s = ps, e = ps + #name - 1, rec = rec, unknown = true,
                                    entry = { kind = "place", value = rec } }
        break
      end
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
  -- "outside the main synagogue on Krystalgade in the city centre": the
  -- centre of the city told last
  if #m.places == 0 and ctx.last_city and (find(seg, "the city cent", 1, true)
      or find(seg, "the town cent", 1, true)) then
    local a, b = find(seg, "%f[%a]the city cent[re][er]%f[%A]")
    if not a then a, b = find(seg, "%f[%a]the town cent[re][er]%f[%A]") end
    if a then
      local c = ctx.last_city
      m.places[#m.places + 1] = { s = ss + a - 1, e = ss + b - 1, rec = c,
                                  entry = { kind = "place", value = c }, anaphor = true }
    end
  end
  -- "in the Karrada shopping district", "the Ortakoy neighbourhood": a part
  -- of the city told last, named by a word no list knows
  if #m.places == 0 and (ctx.last_city or find(seg, " capital", 1, true)) then
    for a, nm, w1, w2 in gmatch(sub(text, ss, se), "()the (%u[%w%-]+) (%a+) ?(%a*)") do
      if (W.QUARTER[w1] or W.QUARTER[w2]) and not find(nm, "^%u+$") then
        local c = ctx.last_city
        local ps = ss + a + 3
        -- ("the Sablon district of the Belgian capital": the city named
        -- after it, not the one told last)
        local dem = match(text, "^ of the (%u%a+) capital%f[%A]", ps + #nm + 1 + #w1
          + (W.QUARTER[w1] and 0 or #w2 + 1))
        local cc = dem and pack.country and pack:country(dem)
        local cap = type(cc) == "table" and cc.capital and pack.place
          and pack:place(cc.capital, { country = cc.code })
        if type(cap) == "table" then c = cap end
        if not c then break end
        m.places[#m.places + 1] = { s = ps, e = ps + #nm - 1,
          rec = site_in(nm, c),
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
    -- ("the capital, Kabul": the name follows; "the capital, and blew
    -- himself up": it does not)
    if nxt == "," and not find(text, "^,%s*%u", ss + b) then nxt = nil end
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
    -- (the first "the same" that names a place: "the same IS affiliate
    -- claimed twin bombings at a club in the same district")
    for a, noun, b in gmatch(seg, "()the same (%a+)()") do
      if W.SETTLEMENT[noun] or W.SPOT[noun] then
        local lp = ctx.last_place
        local rec, entry = lp.rec, lp.entry
        -- "in the same town": the town told last, not the province named
        -- after it ("the town, which lies in Seno province")
        if W.SETTLEMENT[noun] and noun ~= "capital" and ctx.last_city then
          rec, entry = ctx.last_city, { kind = "place", value = ctx.last_city }
        end
        m.places[#m.places + 1] = { s = ss + a - 1, e = ss + b - 2, rec = rec,
                                    entry = entry, anaphor = true }
        break
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
end

-- ", a day after the ambush", ", four days after" right after the day `ed`
-- (read from `pos` of `low` with `pat`, whose captures are the count, the
-- unit and the position after the words): the event told is that many days
-- before `ed`. Returns the shifted date and that position, or nil.
local function days_before(low, ed, pos, pat)
  local n, unit, stop = match(low, pat, pos)
  local k = n and (tonumber(n) or numbers.units[n] or ((n == "a" or n == "an") and 1))
  local per = unit and W.DAY_UNIT[unit]
  local day = k and per and dates.shift(ed.lo, -k * per)
  if not day then return nil end
  local shifted = {}
  for key, v in pairs(ed) do shifted[key] = v end
  shifted.value, shifted.lo, shifted.hi = day, day, day
  shifted.stop, shifted.rule = stop - 2, "extract.days_before"
  return shifted, stop
end

-- The word before a date (`w1`, told at `at1`; sentence start `ss`), past
-- one preposition of `preps` ("released on Tuesday": "released").
local ON = { on = true }
local SPAN_PREP = { on = true, ["until"] = true, into = true, through = true }
local function verb_before(low, w1, at1, ss, preps)
  if preps[w1 or ""] and at1 then return word_before(low, at1, ss) end
  return w1
end

-- Whether an event word of mention `m` starts within `n` bytes after `pos`
-- ("after the March 22 attack": the date is the attack's).
local function trigger_after(m, pos, n)
  for _, t in ipairs(m.triggers) do
    if t.s > pos and t.s - pos <= n then return true end
  end
  return false
end

--- The dates of the sentence usable as an event's, without reference
-- points, statements' and claims' dates.
local function sentence_dates(ctx, m, ss, se, dlist)
  local low = ctx.low
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
      -- ("The massacre came two days after an attack on the gendarmerie
      -- post": an attack not told before is this clause's new event, the
      -- days count back from the one told)
      local new = find(sub(low, rel.anchor_start, rel.anchor_start + 2), "^an? ") ~= nil
      if not new then
        for _, t in ipairs(m.triggers) do
          if t.s >= rel.anchor_start and t.e <= rel.anchor_stop then t.anchor = true end
        end
        m.anchors[#m.anchors + 1] = { s = rel.anchor_start, e = rel.anchor_stop }
      end
      d = anchored_date(ctx, m, d, new) or d
    end
    local ed = not (ctx.dateline and d.start <= ctx.dateline and d.start >= ctx.dateline_s)
      and event_date(d, ctx.dct)
    ed = ed and dating.told_year(ctx.text, d, ed, ctx.dct)
    -- "the death toll from the arson attack rose to 52 on Friday": the day of
    -- the statement, not of the attack the sentence names (a toll told alone
    -- keeps its day: it tells which event it revises)
    if ed and find(sub(low, d.start > 40 and d.start - 40 or 1, d.start - 1),
        "%f[%a][ta][ot] [%d,]+%s+on $") and (find(sub(low, ss, d.start), "toll", 1, true)
        -- ("the number of people killed ... rose to 42 on Friday")
        or find(sub(low, ss, d.start), "number of", 1, true)) then
      for _, t in ipairs(m.triggers) do
        if not t.figure and t.e < d.start then
          -- ("rose to 42 on Friday, a day after the ambush": the event is
          -- that many days before the day of the count)
          ed = ed.precision == "day"
            and days_before(low, ed, d.stop + 1, "^,? (%w+) (%a+) after the ()") or nil
          break
        end
      end
    end
    -- "who was injured at the stop, died in hospital on Saturday": the day
    -- a victim died of wounds, not the day of the attack
    if ed then
      local pre = sub(low, d.start > 50 and d.start - 50 or 1, d.start - 1)
      if find(pre, "%f[%a]died in [%a ]-hospital on $") or find(pre, "%f[%a]died of %a+ %a+ on $")
        or find(pre, "%f[%a]succumbed to %a+ %a+ on $") or find(pre, "%f[%a]died later on $") then
        ed = nil
      end
    end
    -- "families laid flowers at the site of the blast on Saturday evening":
    -- a place named by an event told; the day is the mourners'
    if ed then
      local pre = sub(low, d.start - 40 > ss and d.start - 40 or ss, d.start - 1)
      if find(pre, "%f[%a]site of the %a+ o?n? ?$") or find(pre, "%f[%a]scene of the %a+ o?n? ?$")
      then
        ed = nil
      end
    end
    -- "four men were convicted of planning terrorism in 2012", "was jailed
    -- in 2016": the year of a verdict, not of the event ("convicted of the
    -- 2005 bombing", "jailed for the bombing in 2012" keep theirs)
    if ed then
      local pre = sub(low, d.start - 60 > ss and d.start - 60 or ss, d.start - 1)
      local vrest
      for _, v in ipairs { "convicted", "sentenced", "jailed", "acquitted", "imprisoned" } do
        vrest = match(pre, "%f[%a]" .. v .. " ([%a%s]-)$")
        if vrest then break end
      end
      if vrest and not find(vrest, "%f[%a]the $") and not find(vrest, "%f[%a]an? $")
        and not find(vrest, "attack") and not find(vrest, "bomb") and not find(vrest, "shoot")
        and not find(vrest, "kill") and not find(vrest, "massacre") and not find(vrest, "assault")
        and not find(vrest, "murder") then
        ed = nil
      end
    end
    -- "the group claimed the attack through its agency the next day": the
    -- day of the claim, not of the attack ("a blast that claimed 20 lives on
    -- Monday" keeps its day: the object is no attack)
    if ed then
      local pre = sub(low, d.start - 60 > ss and d.start - 60 or ss, d.start - 1)
      local obj = match(pre, "%f[%a]claimed ([^%.;:]-)$")
      if obj and not find(obj, "%d") and (find(obj, "^responsibility")
          or find(obj, "^credit") or find(obj, "^it ") or find(obj, "^it, ")
          or find(obj, "^the %a+ ") or find(obj, "^the %a+, "))
        and not find(obj, "^the lives") and not find(obj, "^the life")
        -- ("claimed responsibility for a January shooting", "for the blast
        -- in Kano on June 2": a day after the event named is the event's)
        and not find(obj, "%f[%a]for%f[%A]") and not find(obj, "%f[%a]of $")
        and not find(obj, "%f[%a]an? $") and not find(obj, "%f[%a]the $")
        and not find(obj, "%f[%a]its $") and not find(obj, "%f[%a]their $") then
        local _, nw = gsub(obj, "%a+", "")
        if nw <= 8 then ed = nil end
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
            -- (or a raid or attack right after "since": "the deadliest attack
            -- since a raid on the gendarmerie at Inata in November 2021")
            local between = false
            for _, t in ipairs(m.triggers) do
              if t.s > at and t.e < d.start then between = true end
            end
            local ev1, ev2 = match(low, "^ (%a+) (%a+)", at + #w)
            if ev1 == "a" or ev1 == "an" or ev1 == "the" then ev1 = ev2 end
            if ev1 and W.SINCE_EVENT[ev1] then between = true end
            if not between then prep = w end
            break
          end
          pos = at
        end
      end
      if prep and REFERENCE_PREP[prep] and not when and not span_start[d] then
        -- kept only if an event word follows the date closely ("after the March
        -- 22 attack" names the attack's date)
        if not trigger_after(m, d.stop, 30) then ed = nil end
      end
      if ed and after == "years" then ed = nil end
      -- "Ten years ago this week", "five years ago today": the time of year
      -- an anniversary falls in, not a time of the event (the years back are)
      if ed and (d.rule == "date.rel" or d.rule == "date.deictic")
        and find(sub(low, d.start > 8 and d.start - 8 or 1, d.start - 1), "%f[%a]ago,? $") then
        ed = nil
      end
      -- "The siege came at the end of a summer in which fighters had carried
      -- their campaign far", "a year during which": a span named with "a"
      -- for what a relative clause tells of it is a backdrop, no event's time
      if ed and ed.precision ~= "day" and (w1 == "a" or w1 == "an")
        and (find(sub(low, d.stop + 1, d.stop + 14), "^ in which%f[%A]")
          or find(sub(low, d.stop + 1, d.stop + 14), "^ during which%f[%A]")) then
        ed = nil
      end
      -- "on an ordinary Thursday night", "on a Friday in Ramadan": a weekday
      -- told with "a" is a kind of day, not a day the reader can count to
      if ed and d.rule == "date.weekday" then
        -- (after "on": not "planted a bomb Thursday")
        local ws = words_before(low, d.start, 3, ss)
        if ((ws[1] == "a" or ws[1] == "an") and ws[2] == "on")
          or ((ws[2] == "a" or ws[2] == "an") and ws[3] == "on") then
          ed = nil
        end
      end
      -- "On the day after the attack, officials gave a toll of more than 250
      -- dead": a day that opens a clause giving a count is the count's day
      if ed and find(low, "^, ", d.stop + 1) then
        local ws = {}
        for w in gmatch(match(sub(low, d.stop + 3, d.stop + 60), "^[%a ]*"), "%a+") do
          ws[#ws + 1] = w
        end
        for k = 1, (#ws - 2 < 5 and #ws - 2 or 5) do
          local det = ws[k + 1]
          if W.COUNT_GIVE[ws[k]] and (det == "a" or det == "the" or det == "their"
              or det == "its" or det == "an") and W.COUNT_NOUN[ws[k + 2]] then
            ed = nil
            break
          end
        end
      end
      -- "in a video released on Tuesday": the day of a release, not the event's
      if ed and W.RELEASE_VERB[verb_before(low, w1, at1, ss, ON) or ""] then ed = nil end
      -- "a sweep that continued on Tuesday", "the siege ended
      -- on Friday": the day a span went on to or ended on is not its start
      if ed and W.SPAN_VERB[verb_before(low, w1, at1, ss, SPAN_PREP) or ""] then ed = nil end
      -- "he was arrested two days later", "died on August 11 of wounds he
      -- suffered when he was shot in June": the day of an aftermath
      if ed then
        local wb, atb = w1, at1
        if (wb == "on" or wb == "in") and atb then wb = word_before(low, atb, ss) end
        -- (a day counted on from the event: "arrested on Friday" is a foiled
        -- plot's own day)
        local later = find(sub(low, d.start, d.stop), "later", 1, true)
          or find(sub(low, d.start, d.stop), "following", 1, true)
        if wb and ((W.AFTERMATH[wb] and later) or (wb == "died"
          and find(sub(low, d.stop + 1, d.stop + 30), "^ of %a* ?[wi][on][uj]"))) then
          ed = nil
        end
      end
      -- "Those who planned Tuesday's assault had help": a weekday that owns an
      -- event word names an event told, past; one the grammar put after the
      -- story's date is the week before
      local owns = find(sub(low, d.stop + 1, d.stop + 4), "^'s ") ~= nil
      if ed and owns and d.rule == "date.weekday" and ctx.dct and #ctx.dct == 10
        and ed.lo > ctx.dct then
        local back = dates.shift(ed.lo, -7)
        if back then
          local shifted = {}
          for k, v in pairs(ed) do shifted[k] = v end
          shifted.value, shifted.lo, shifted.hi = back, back, back
          ed = shifted
        end
      end
      -- "the city that was the cradle of last year's uprising": a day that
      -- owns a noun with no event word in it is that noun's ("Saturday's
      -- attack" is the event's)
      if ed and owns and not trigger_after(m, d.stop, 16) then ed = nil end
      -- "one Sunday morning in May 2018": some Sunday, not the last one
      if ed and d.rule == "date.weekday" and (w1 == "one" or w1 == "a") then ed = nil end
      -- "the group today claimed responsibility", "officials on Monday said":
      -- the date of the claim or the statement
      -- (and "the government on Saturday revised the toll": a figure's
      -- revision is a statement too)
      if ed and after and (CLAIM_WORD[after] or REPORTING[after]
          or (W.REVISE_VERB[after] and find(sub(low, d.stop, d.stop + 40), "toll", 1, true)))
        and after ~= "toll" then
        -- (", two days after the attack wounded nine": the event's day is
        -- counted back from the statement's)
        local shifted
        if ed.precision == "day" then
          local a = find(low, ",? %w+ %a+ after the %a+", d.stop + 1)
          if a and a <= se then
            local s2, stop = days_before(low, ed, a, "^,? (%w+) (%a+) after the ()")
            if s2 and trigger_after(m, stop - 2, 2) then shifted = s2 end
          end
        end
        ed = shifted
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
        -- a January shooting", where the date is the event's own, nor
        -- "claimed the bomb attack of 17 February", the event's day by "of")
        if ed and not when and word_before(low, d.start, ss) ~= "of" then
          local pos = d.start
          for _ = 1, 6 do
            local x, at = word_before(low, pos, ss)
            if not x then break end
            if CLAIM_WORD[x] then
              for _, t in ipairs(m.triggers) do
                if t.s > at and t.e < d.start then ed = nil end
              end
              -- ("claimed the killings on Saturday": the event named by a
              -- word of its victims' deaths, with no event word of the pack)
              if find(sub(low, at + #x, d.start - 1), "^ the %a+ on $") then ed = nil end
              break
            end
            pos = at
          end
        end
      end
      -- "as of Friday night the kidnappers had not called": the time a state
      -- of things is told at, no event's day
      if ed then
        local ws = words_before(low, d.start, 2, ss)
        if (ws[1] == "of" or ws[1] == "at") and ws[2] == "as" then ed = nil end
      end
      -- "the commissioner, in a brief talk with reporters on Wednesday
      -- morning, confirmed that the toll stood at 18": the day of a talk
      -- set off before its verb of saying is the statement's
      if ed then
        local v = match(low, "^,? (%a+)", d.stop + 1)
        if v and REPORTING[v] and v ~= "toll" and v ~= "responsibility" and v ~= "credit"
          and v ~= "claimed" then
          for _, w in ipairs(words_before(low, d.start, 6, ss)) do
            if W.AUDIENCE[w] or TALK_NOUN[w] then ed = nil; break end
          end
        end
      end
      -- "lay in hospital on Tuesday, a day after gunmen ambushed their cars":
      -- the event after "after" is that many days before the day told
      -- (only for a day of a clause with no event word: "overran the base on
      -- Friday, four days after the attack" has the event's own day)
      local told_before = false
      for _, t in ipairs(m.triggers) do
        if t.s < d.start then told_before = true end
      end
      if ed and ed.precision == "day" and not told_before then
        local shifted, stop = days_before(low, ed, d.stop + 1, "^,? (%w+) (%a+) after ()")
        if shifted and stop - d.stop < 30 then ed = shifted end
      end
      -- "a revision of the 2003 anti-terrorism law", "the 2016 peace
      -- agreement": a year that names a law or an accord is no event's
      if ed and ed.precision == "year" then
        local nx = sub(low, d.stop + 1, d.stop + 40)
        local l1, l2, l3 = match(nx, "^[%s%-]*([%a%-]+) ?([%a%-]*) ?([%a%-]*)")
        if W.LAW_NOUN[l1 or ""] or W.LAW_NOUN[l2 or ""] or W.LAW_NOUN[l3 or ""] then
          ed = nil
        end
      end
      -- "President Santos on Monday suspended peace talks with the ELN after a
      -- bomb tore through a police station": the day of an act the event
      -- led to, told before "after" and the event, is not the event's
      if ed and ed.precision == "day" and not told_before then
        local verb, ae = match(low, "^ (%a+ed) [^,;:]-%f[%a]after()", d.stop + 1)
        if verb and ae and ae - d.stop < 120 then
          local first
          for _, t in ipairs(m.triggers) do
            if t.s > d.stop and (not first or t.s < first) then first = t.s end
          end
          if first and first > ae then ed = nil end
        end
      end
      -- "on Friday the defence minister said 18 soldiers and one civilian
      -- had died there": the day an official gives a toll, before a clause
      -- with no event word but the toll, is the statement's, not the event's
      if ed and ed.precision == "day" then
        local said
        local rest = match(low, "^,? the ([%a%- ]-) said ", d.stop + 1)
          or match(low, "^,? ([%a%- ]-) said ", d.stop + 1)
        if rest and #rest < 40 then
          for w in gmatch(rest, "%a+") do
            if W.OFFICIAL[w] or W.SPEAKER[w] then said = true end
          end
        end
        if said then
          local toll = false
          for _, t in ipairs(m.triggers) do
            if t.s > d.stop and not t.figure then said = false end
          end
          for _, f in ipairs(m.figures) do
            local fs = f.s or f.start
            if fs and fs > d.stop then toll = true end
          end
          said = said and toll
        end
        if said then ed = nil end
      end
      if ed then
        ed.anchored = rel and rel.anchor_start and true or nil
        m.dates[#m.dates + 1] = ed
      end
    end
    ::next_date::
  end
  -- "On 9 April 2016, the day before the first round of that year's
  -- election": a date in the possessive names the thing after it, no event
  -- ("Saturday's truck bombing" is the event's), when a day of the event is
  -- told beside it
  if #m.dates > 1 then
    local function of_other(d)
      if sub(low, d.stop + 1, d.stop + 2) ~= "'s" then return false end
      for _, t in ipairs(m.triggers) do
        if t.s > d.stop and t.s - d.stop <= 24
          and not find(sub(low, d.stop + 1, t.s - 1), "[,;.]") then
          return false
        end
      end
      return true
    end
    local day = false
    for _, d in ipairs(m.dates) do
      if d.precision == "day" and not of_other(d) then day = true end
    end
    if day then
      local kept = {}
      for _, d in ipairs(m.dates) do
        if not of_other(d) then kept[#kept + 1] = d end
      end
      m.dates = kept
    end
  end
end

-- Is the vague toll `f` ("killed scores of civilians") one deed, not a sum
-- of many ("has killed thousands of civilians over the past decade")?
local function one_deed(low, f)
  local t = lower(f.fig.text or "")
  if find(t, "thousands", 1, true) or find(t, "hundreds", 1, true) then return false end
  local lead = sub(low, f.s > 12 and f.s - 12 or 1, f.s - 1)
  return not (find(lead, "%f[%a]ha[sv]e? $") or find(lead, "%f[%a]had $"))
end

--- Event words the sentence implies: a foiled plot, a state's action, a toll
-- dealt with a weapon, a toll of a clause of its own or of its own sentence.
-- Verbs of an attack planned ("planned to storm", "a plan to bomb").
local PLAN_VERB = vocab.set [[attack storm bomb kill blow strike shoot behead murder
  assassinate target massacre]]

local function implicit_triggers(ctx, m, ss, se, seg)
  local low, pack = ctx.low, ctx.pack
  -- "The killings took place on Saturday at Koshobe": a definite event noun
  -- that "took place" tells the day and place of the event told
  do
    local a, noun = match(seg, "^%s*the ()(%a+) took place")
    if not a then a, noun = match(seg, "^%s*the ()(%a+) happened") end
    if not a then a, noun = match(seg, "^%s*the ()(%a+) occurred") end
    if a and W.TOOK_PLACE_NOUN[noun] then
      local s = ss + a - 1
      local dup = false
      for _, t in ipairs(m.triggers) do
        if gap(t.s, t.e, s, s + #noun - 1) == 0 then dup = true end
      end
      if not dup then
        m.triggers[#m.triggers + 1] = { s = s, e = s + #noun - 1, name = "unknown",
                                        rule = "extract.took_place" }
      end
    end
  end
  -- "the deadliest attack since a raid on the gendarmerie at Inata in
  -- November 2021, in which 53 people were killed": the yardstick is an
  -- event of its own, told with a word the pack leaves to states ("raid")
  if find(seg, "since an? ") then
    for a, w in gmatch(seg, "%f[%a]since an? ()(%a+)") do
      local ty = W.SINCE_EVENT[w]
      local s = ss + a - 1
      local dup = false
      for _, t in ipairs(m.triggers) do
        if gap(t.s, t.e, s, s + #w - 1) == 0 then dup = true end
      end
      if ty and not dup then
        m.triggers[#m.triggers + 1] = { s = s, e = s + #w - 1, name = ty,
                                        rule = "extract.since_event" }
      end
    end
  end
  -- "ran down two soldiers with his car", "drove a BMW into a group of
  -- soldiers": a vehicle driven at people is a ramming whatever the make of
  -- the car (the pack's fixed phrases name none); the verb in the past only,
  -- so a plan "to drive a truck into a crowd" is no event told
  local function ram(a, b)
    local s, e = ss + a - 1, ss + b - 2
    for _, t in ipairs(m.triggers) do
      if gap(t.s, t.e, s, e) == 0 then return end
    end
    m.triggers[#m.triggers + 1] = { s = s, e = e, name = "unarmed_assault",
                                    weapon = "vehicle", rule = "extract.ramming" }
  end
  for a, v, b in gmatch(seg, "%f[%a]()(%a+)()") do
    if W.RUN_DOWN[v] then
      local q = match(seg, "^ down ()", b)
      local rest = q and match(seg, "^[^,;.]*", q) or ""
      local w1, w2 = match(sub(rest, 1, 90), "%f[%a]with (%a+) (%a+)")
      if not w1 then w1, w2 = match(sub(rest, 1, 90), "%f[%a]in (%a+) (%a+)") end
      if w1 and W.RAM_DET[w1] and W.VEHICLE[w2] then ram(a, q - 1) end
    elseif W.RAM_VERB[v] then
      local det, p = match(seg, "^ (%a+) ()", b)
      if det and W.RAM_DET[det] then
        -- one to three words name the vehicle, then "into" or "through"
        local into
        for k = 1, 4 do
          local w, np = match(seg, "^([%w%-']+) ?()", p)
          if not w or W.NOT_VEHICLE[w] then break end
          if (w == "into" or w == "through") and k > 1 then into = np; break end
          p = np
        end
        if into then
          -- the people within three words ("into a group of soldiers",
          -- "into the market crowd"), a group only with "of"
          local pp = into
          for _ = 1, 3 do
            local w, np = match(seg, "^([%w%-']+) ?()", pp)
            if not w then break end
            if W.RAM_PEOPLE[w] and (w ~= "group" or match(seg, "^of ", np)) then
              ram(a, into - 1)
              break
            end
            pp = np
          end
        end
      end
    end
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
    -- "arrested four men who planned to storm the offices", "arrested over
    -- a plan to attack soldiers": a plan to do an attack, with an arrest,
    -- is the plot foiled (its words are the event word)
    local plan_s, plan_e
    if foil_word and not plot_word then
      for p0, verb, p1 in gmatch(seg, "()%f[%a]pla[nt]%a* to (%a+)()") do
        if PLAN_VERB[verb] then plan_s, plan_e = ss + p0 - 1, ss + p1 - 2; break end
      end
    end
    if plan_s then
      m.triggers[#m.triggers + 1] = { s = plan_s, e = plan_e, name = "unknown", plot = true,
                                      rule = (pack.name or "pack") .. ".cue.plot" }
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
  -- "air strikes and a ground assault killed nine militants": an event word
  -- joined by "and" to a state's action is the same state's action (not a
  -- suicide attack: "a drone strike and a suicide bombing" are two actors)
  for _, t in ipairs(m.triggers) do
    if t.state then
      for _, u in ipairs(m.triggers) do
        if not u.state and not u.suicide and not u.figure and u.s > t.e
          and u.s - t.e <= 24 then
          local between = sub(low, t.e + 1, u.s - 1)
          if find(between, "^ and ") and (find(between, "^ and $")
            or find(between, "^ and %a+ $") or find(between, "^ and %a+ [%a%-]+ $")) then
            u.state, u.rule = true, t.rule
          end
        end
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
      -- "the group is blamed for the killing of 70 people": someone is
      -- blamed for the deaths, so someone dealt them
      -- (not a flood or a storm: m.disasters)
      if cu.cue == "suspect" and find(sub(low, cu.s, cu.e), "blame", 1, true)
        and #m.disasters == 0 then
        violent = true
      end
    end
    for _, f in ipairs(m.figures) do
      -- ("the insurgents killed scores of civilians": a vague toll dealt by
      -- an actor told is an event too)
      if f.fig.lo or f.fig.hi
        or (violent and f.fig.vague and f.fig.kind == "killed" and f.fig.rule == "killed.verb_fig"
          and not f.fig.perpetrators and not f.fig.partial and one_deed(low, f)) then
        m.triggers[#m.triggers + 1] = { s = f.s, e = f.e, name = "unknown", figure = true,
                                        rule = f.fig.rule, toll_only = not violent }
      end
    end
  end
end

-- Keeps the items of `m[key]` ("places", "countries") for which `keep(x)`
-- is true: each filter below drops the names that are not the scene.
local function keep_only(m, key, keep)
  local kept = {}
  for _, x in ipairs(m[key]) do
    if keep(x) then kept[#kept + 1] = x end
  end
  m[key] = kept
end

-- Is the name at `pos` a person's home: "from" with only the words of a
-- settlement between, right after a person noun or a capitalised one ("a
-- Palestinian from")?
local HOME_DIRECTION = { north = true, south = true, east = true, west = true,
  northeast = true, northwest = true, southeast = true, southwest = true,
  outside = true }
local function home_place(ctx, pos, ss)
  local text, low = ctx.text, ctx.low
  local p = pos
  for _ = 1, 8 do
    local w, at = word_before(low, p, ss)
    if not w then return false end
    if w == "from" then
      local pw, pat = word_before(low, at, ss)
      if not pw then return false end
      return W.HOME_PERSON[pw] or (ctx.cased and find(text, "^%u%l", pat) ~= nil
        and not W.HOME_SKIP[pw]) or false
    end
    if not (W.HOME_SKIP[w] or (ctx.cased and find(text, "^%u", at))) then return false end
    p = at
  end
  return false
end

-- Is the name at `pos` told where a home lies, in an aside after the home
-- ("cousins from the town of Yatta, south of Hebron in the West Bank")?
local function home_area(ctx, pos, ss)
  local low = ctx.low
  local from = pos > ss + 60 and pos - 60 or ss
  local pre = sub(low, from, pos - 1)
  local c, dir = match(pre, "^.*(), (%a+) of [%a%-' ]-$")
  if not c then c, dir = match(pre, "^.*(), (%a+) of $") end
  if not (c and HOME_DIRECTION[dir]) then return false end
  -- (the aside holds one "of" place and "in" another, nothing else)
  local tail = sub(pre, c + 2)
  if find(tail, "[,;:]") then return false end
  return home_place(ctx, from + c - 1, ss)
end

-- Nouns of a place of care, as patterns.
local CARE_NOUN = { "hospitals?", "clinics?", "health cent[er][re]s?", "medical cent[er][re]s?",
  "infirmary" }

-- Does `pre` end "to the hospital in", "to a health centre in", "to the
-- clinic at": the place of care someone was brought to?
local function care_place(pre)
  for _, n in ipairs(CARE_NOUN) do
    if find(pre, "%f[%a]to [%a' ]-" .. n .. " [ia][nt] $") then return true end
  end
  return false
end

-- "was badly wounded and died in Qatar a week later": the text before a
-- place tells where a victim died of the wounds, after the attack.
local function died_there(pre)
  return find(pre, "%f[%a]and died in $") or find(pre, "%f[%a]later died in $")
end

--- Leaves out the places, countries and dates of asides: statements, distances,
-- routes, destinations, origins, "when" clauses, motives and backdrops.
local function drop_asides(ctx, m, ss, se, seg)
  local low = ctx.low
  -- "El Paso, Texas", "Carthage, North Carolina": a province right after a
  -- town of its country only says where the town is
  -- "deputy chief of Ingushetia's supreme court ... at school in Nazran",
  -- "The president of Ingushetia ... on the outskirts of Nazran": a place
  -- that owns an office or names a post's seat says whose it is; the other
  -- place of the sentence is where it happened
  if #m.places > 1 then
    local owner, kept = {}, {}
    for k, x in ipairs(m.places) do
      local poss = find(low, "^'s%f[%A]", x.e + 1) or find(low, "^\226\128\153s%f[%A]", x.e + 1)
      if poss then
        -- (an office it owns: "Ingushetia's supreme court", not "one of
        -- Berlin's airports")
        local office = false
        for w in gmatch(match(sub(low, x.e + 1, x.e + 40), "^%S*%s+([%a%s]*)") or "", "%a+") do
          if W.POST[w] or W.OFFICE[w] then office = true; break end
        end
        poss = office
      end
      local ws = words_before(low, x.s, 2, ss)
      if poss or (ws[1] == "of" and W.POST[ws[2] or ""]) then owner[k] = true end
    end
    for k, x in ipairs(m.places) do
      if not owner[k] then kept[#kept + 1] = x end
    end
    if #kept > 0 and #kept < #m.places then m.places = kept end
  end
  -- "rockets hit the Italian and Dutch embassies ... in Tripoli": a country
  -- whose embassy was the target owns the target, it is not the scene
  if #m.countries > 0 and (find(seg, "embass", 1, true) or find(seg, "consulat", 1, true)) then
    keep_only(m, "countries", function(x)
      local owner = false
      local p = x.e
      for _ = 1, 4 do
        local w, e = match(low, "^[%s%.]*([%a']+)()", p + 1)
        if not w then break end
        if find(w, "^embass") or find(w, "^consulat") then owner = true; break end
        if not (w == "and" or find(sub(ctx.text, e - #w, e - 1), "^%u")) then break end
        p = e - 1
      end
      return not owner
    end)
  end
  -- "Ruritania's foreign ministry condemned Monday's attack", "Its
  -- government denounced the bombing": a country (or town) that owns the
  -- office reacting to an event told is the speaker's, not the event's
  for _, key in ipairs { "countries", "places" } do
    local kept, list = {}, m[key]
    for _, x in ipairs(list) do
      local tail = match(sub(low, x.e + 1, x.e + 80), "^'s (.*)")
        or match(sub(low, x.e + 1, x.e + 80), "^\226\128\153s (.*)")
      local speaker = false
      if tail then
        local ws = {}
        for w in gmatch(tail, "[%a']+") do
          ws[#ws + 1] = w
          if #ws == 6 then break end
        end
        for k = 1, 3 do
          local w = ws[k]
          if not w then break end
          if W.SPEAKER[w] or W.OFFICE[w] or W.POST[w] then
            local v, obj = ws[k + 1], ws[k + 2]
            -- ("Ruritania's governor, Ivan Petrov, blamed": past a name set
            -- off by commas)
            local appo = match(tail, "^[%a ]-%f[%a]" .. w .. ", %a[%a%.' ]-, (%a+)")
            if appo then v, obj = appo, nil end
            if v and v ~= "said" and v ~= "says" and (W.SPEAKER_VERB[v] or W.REACT_VERB[v])
              and (appo or (obj and (W.DEFINITE[obj] or obj == "its" or find(obj, "'s$")))) then
              speaker = true
            end
            break
          end
        end
      end
      if not speaker then kept[#kept + 1] = x end
    end
    m[key] = kept
  end
  -- "below the Naryn-Kala fortress": a town's name joined by a hyphen to a
  -- capitalised word that is no place names something else ("the
  -- Kabul-Jalalabad road" joins two places and keeps them)
  if #m.places > 0 and ctx.cased then
    keep_only(m, "places", function(x)
      local joined = false
      local nb = find(ctx.text, "^%-%u%l", x.e + 1) and x.e + 2
      local pa = x.s > 2 and find(sub(ctx.text, x.s - 1, x.s - 1), "^%-")
        and find(sub(ctx.text, x.s > 20 and x.s - 20 or 1, x.s - 2), "%u%l+$")
      -- (nor "the Sukma-Bijapur border", a route or a border between two)
      local nx = match(low, "^[%a%-]* (%a+)", x.e + 1)
      if (nb or pa) and not W.ROUTE_NOUN[nx or ""] then
        joined = true
        for _, z in ipairs(m.places) do
          if z ~= x and ((nb and z.s == nb) or (pa and z.e == x.s - 2)) then joined = false end
        end
      end
      return not joined
    end)
  end
  -- "tourists who had driven down from Mombasa, 60 km to the north": a
  -- place set off by its distance from the scene, or the place people had
  -- come from, is not the scene
  -- ("The bomber was identified as X, a 19-year-old from the town of Y":
  -- where a person named is from, told by his age or by who he is)
  local function from_person(x)
    local ws = words_before(low, x.s, 5, ss)
    local k = 1
    if ws[1] == "of" and W.SETTLEMENT_NOUN[ws[2] or ""] and ws[3] == "the" then k = 4 end
    local who = ws[k] == "from" and ws[k + 1] or ""
    return W.ORIGIN_NOUN[who] or W.PERSON_FROM[who] or find(who, "old$") ~= nil
  end
  if #m.places > 0 then
    keep_only(m, "places", function(x)
      -- (not "San Pedro Sula, 240 km north of Tegucigalpa": there the
      -- distance places the scene by another town)
      local _, unit_end = find(low, "^, [%w%.,]+ ?km ", x.e + 1)
      if not unit_end then _, unit_end = find(low, "^, [%w%.,]+ kilomet[er][er]s? ", x.e + 1) end
      if not unit_end then _, unit_end = find(low, "^, [%w%.,]+ miles ", x.e + 1) end
      local dist = unit_end and (find(low, "^to the %a+[,;.]", unit_end + 1)
        or find(low, "^away[,;.]", unit_end + 1))
      local came = false
      local ws = words_before(low, x.s, 5, ss)
      if ws[1] == "from" then
        local k = W.PARTICLE[ws[2] or ""] and 3 or 2
        if W.CAME_VERB[ws[k] or ""] then
          local j = k + 1
          if ws[j] == "had" or ws[j] == "have" or ws[j] == "has" then j = j + 1 end
          came = ws[j] == "who"
        end
      end
      -- ("in which a tourist from Cologne was killed": where a victim is
      -- from, told by the noun of who he is, is not where he died)
      if ws[1] == "from" and W.ORIGIN_NOUN[ws[2] or ""] then came = true end
      if from_person(x) then came = true end
      -- (and the region of that home: "from the town of Y in Z")
      if ws[1] == "in" then
        for _, y in ipairs(m.places) do
          if sub(low, y.e + 1, x.s - 1) == " in " and from_person(y) then came = true end
        end
      end
      return not (dist or came)
    end)
  end
  -- "the Ohio State University student": a state's or a region's name that
  -- opens a university's names the university, whose campus is a town
  if #m.places > 0 and ctx.cased then
    keep_only(m, "places", function(x)
      local uni = false
      if type(x.rec) == "table" and WIDE[x.rec.kind] then
        local p = x.e
        for _ = 1, 2 do
          local w, e = match(ctx.text, "^ (%u%a+)()", p + 1)
          if not w then break end
          if w == "University" or w == "College" then uni = true; break end
          p = e - 1
        end
      end
      return not uni
    end)
  end
  -- "at the market of Gwoza, a town of farmers close to the border with
  -- Adamawa", "at Konduga, east of Maiduguri": the places of an apposition
  -- that says where a named place lies are its landmarks, not the scene
  -- (the named place may be one no list knows: a capitalised name, in a
  -- text that writes in both cases)
  if #m.places > 0 and ctx.cased then
    local kept = {}
    for _, x in ipairs(m.places) do
      local before = sub(ctx.text, x.s > ss + 120 and x.s - 120 or ss, x.s - 1)
      local lb = lower(before)
      local at = match(before, "()%u[%a%-'%.]*, [%a]")
      local landmark = false
      while at do
        -- ("a town of 50,000 people": no clause ends inside a figure)
        local between = gsub(match(sub(lb, at), "^[%a%-'%.]*(, .*)$") or "", "(%d),(%d)", "%1%2")
        -- (the noun, or the one after an adjective: "a farming town")
        local noun = match(between, "^, an? ([%a%-]+)[^,;.()]*$")
        if noun and not W.PLACE_NOUN[noun] then
          noun = match(between, "^, an? [%a%-]+ ([%a%-]+)[^,;.()]*$")
        end
        -- (a town "near" another is placed by it as well as anywhere:
        -- only a region told is a landmark there)
        if (noun and W.PLACE_NOUN[noun] and type(x.rec) == "table"
            and (x.rec.kind == "region" or x.rec.kind == "province"))
          or find(between, "^, [nsew]%a+ of $") or find(between, "^, just [nsew]%a+ of $")
          or find(between, "^, [nsew]%a+%-[nsew]%a+ of $") then
          landmark = true
          break
        end
        at = match(before, "()%u[%a%-'%.]*, [%a]", at + 1)
      end
      if not landmark then
        kept[#kept + 1] = x
      elseif type(x.rec) == "table" and x.rec.country and ctx.pack.country then
        -- (the landmark's country is still the scene's, weakly)
        local c = ctx.pack:country(x.rec.country)
        if c then m.countries[#m.countries + 1] = { s = x.s, e = x.e, rec = c, weak = true } end
      end
    end
    m.places = kept
  end
  -- ("near Katari, in Kaduna state": a town no list knows, told by its state)
  if #m.places > 1 then
    local kept = {}
    for _, x in ipairs(m.places) do
      local y
      for _, z in ipairs(m.places) do
        local between = z.e < x.s and sub(low, z.e + 1, x.s - 1)
        if between == ", " or between == ", in " or between == ", in the " then y = z end
        -- ("Sibi (Balochistan), Tuesday:", "a school at Mamudo in Yobe
        -- State": a town told by its province in brackets or after "in")
        if between == " (" or between == " in " or between == " in the " then y = z end
        -- ("Madagali, in neighbouring Adamawa state")
        if between and find(between, "^, in %l+ $") and not find(between, "^, in the ") then
          y = z
        end
        -- ("in Quetta, the capital of Balochistan province")
        if between and find(between, "^, the capital of $") then y = z end
      end
      local prov = type(x.rec) == "table" and x.rec.kind == "province"
      -- ("Tarkint (Gao region):" names the region by its town's name)
      local noun = y and sub(low, y.e + 1, x.s - 1) == " (" and match(low, "^ (%a+)%)", x.e + 1)
      if noun and (noun == "region" or noun == "province" or noun == "state"
          or noun == "district" or noun == "governorate") then
        prov = true
      end
      local town = y and type(y.rec) == "table" and y.rec.kind ~= "province"
      if prov and town then
        if y.rec.country and y.rec.country ~= x.rec.country then
          -- ("Carthage, North Carolina": a namesake of the gazetteer's town,
          -- in the province's country and near its centre)
          y.rec = { name = y.rec.name, kind = "city", country = x.rec.country,
                    lat = x.rec.lat, lon = x.rec.lon }
        end
      else
        kept[#kept + 1] = x
      end
    end
    m.places = kept
  end
  -- "as revenge for the decision to move the embassy to Jerusalem", "in
  -- retaliation for the raid on Kismayo": places and dates of a motive, up to
  -- the end of its clause, are not the event's
  -- "a spokesman said in Maputo that ...", "told reporters in Kabul": where the
  -- statement was made
  if #m.places > 0 then
    keep_only(m, "places", function(x)
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
      -- "a statement sent to news agencies in Srinagar", "told journalists
      -- in Kabul": where those who heard the statement were
      if not said and w1 == "in" and W.AUDIENCE[word_before(low, at, ss) or ""] then
        for _, w in ipairs(words_before(low, at, 4, ss)) do
          if w == "to" or w == "told" or w == "briefed" then said = true; break end
        end
      end
      -- "Reached by telephone from Paris, he said ...", "speaking from
      -- Nairobi": where the speaker was, not the event
      if not said and w1 == "from" then
        for _, w in ipairs(words_before(low, at, 3, ss)) do
          if W.CALL_FROM[w] then said = true; break end
        end
      end
      -- "The prime minister, speaking in Berlin, said the bombings ...":
      -- where the speaker stood, set off by commas
      if not said and w1 == "in" then
        local w2 = word_before(low, at, ss)
        if (w2 == "speaking" or w2 == "talking")
          and find(sub(low, x.e + 1, x.e + 2), "^,") then
          said = true
        end
      end
      -- "the new authorities in Damascus condemned Monday's bombing": the
      -- seat of those who speak of the event, not where it happened
      -- ("the police in Sokoto confirmed the attack": the force of the town
      -- that speaks of the event just told)
      local sp = w1 == "in" and word_before(low, at, ss) or ""
      if not said and w1 == "in" and (W.SPEAKER[sp] or sp == "police") then
        -- (of an event told: "condemned the attack", "blamed Monday's bombing";
        -- "officials in Azaz said a bomb exploded" may tell it there)
        local nx, nat = word_after(low, x.e, se)
        for _ = 1, 2 do
          if nx and (W.SAID_SKIP[nx] or nx == "later" or nx == "also") then
            nx, nat = word_after(low, nat, se)
          end
        end
        -- ("the leadership in Nablus later denied any part in it": a denial
        -- is of an event told, whatever its object)
        if nx == "denied" or nx == "denies" then
          said = true
        elseif nx and (W.SPEAKER_VERB[nx] or nx == "confirmed" or nx == "confirms") then
          local obj, oat = word_after(low, nat, se)
          -- ("condemned what it called an attack on its staff": the event
          -- told, named by the speaker's word for it)
          if obj and (W.DEFINITE[obj] or obj == "its" or obj == "it" or obj == "what"
            or find(obj, "'s$")
            or find(obj, "\226\128\153s$")
            or find(low, "^'s", oat + 1) or find(low, "^\226\128\153s", oat + 1)) then
            said = true
          end
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
      return not said
    end)
  end
  for _, og in ipairs(find(seg, "from ", 1, true) and W.ORIGIN or {}) do
    local a = find(seg, og, 1, true)
    if a then
      local at = ss + a - 1 + #og
      if sub(low, at, at + 3) == "the " then at = at + 4 end
      for _, key in ipairs { "places", "countries" } do
        keep_only(m, key, function(x) return x.s ~= at end)
      end
    end
  end
  -- "pilgrims coming from France", "killing 19 people, four of them
  -- Americans", "among them 14 German tourists", "of French nationality":
  -- where victims or visitors come from is not where the event was
  if #m.countries > 0 then
    local kept, last = {}, nil
    for _, x in ipairs(m.countries) do
      local pre = sub(low, x.s > ss + 30 and x.s - 30 or ss, x.s - 1)
      local origin = find(pre, "%f[%a]from $") or find(pre, "%f[%a]of them [%w%-]* ?$")
        or find(pre, "%f[%a]among them [%w%-]* ?$")
        or find(pre, "%f[%a]among them were [%w%-]* ?$")
        or find(low, "^ nationality", x.e + 1)
        -- ("from France and Israel": the list goes on)
        or (last and x.s > last and find(sub(low, last + 1, x.s - 1), "^,? and $"))
        or (last and x.s > last and sub(low, last + 1, x.s - 1) == ", ")
      if origin then last = x.e else kept[#kept + 1] = x end
    end
    m.countries = kept
  end
  -- "the Dubai City wedding hall" in a story from Kabul: a city's name inside
  -- a venue's name ("the" before it, a venue noun in the three words after
  -- it) names the venue, not a place of the event,
  -- when the article's places lie in another country ("the Kabul Serena
  -- Hotel" in a Kabul story stays in Kabul)
  if #m.places > 0 then
    keep_only(m, "places", function(x)
      local venue = false
      local code = x.rec.country
      if code and sub(low, x.s > 4 and x.s - 4 or 1, x.s - 1) == "the " then
        local p = x.e
        for _ = 1, 3 do
          local w, e = word_after(low, p, se)
          if not w then break end
          if W.VENUE[w] then
            local dom = dominant_country(ctx)
            venue = dom and dom.code ~= code or false
            break
          end
          p = e
        end
      end
      return not venue
    end)
  end
  -- "driving toward relatives in Chihuahua state", "on their way to a
  -- wedding in Kabul": where the victims were heading
  if #m.places > 0 and (find(seg, "toward", 1, true) or find(seg, "way to", 1, true)
      or find(seg, "heading to", 1, true) or find(seg, "bound for", 1, true)) then
    keep_only(m, "places", function(x)
      local pre = sub(low, x.s > ss + 50 and x.s - 50 or ss, x.s - 1)
      local dest = find(pre, "%f[%a]towards? [%a' ]* in $")
        or find(pre, "%f[%a]way to [%a' ]* in $")
        or find(pre, "%f[%a]heading to [%a' ]* in $")
        or find(pre, "%f[%a]bound for [%a' ]* in $")
      return not dest
    end)
  end
  -- "some 75 people were being treated for their wounds in Niamey", "were
  -- taken to hospitals in Quetta", "was flown to Moscow for surgery": where
  -- the wounded were cared for, not where they were hurt
  if #m.places > 0 and (find(seg, "treat", 1, true) or find(seg, "hospital", 1, true)
      or find(seg, "flown to", 1, true) or find(seg, "airlifted to", 1, true)
      or find(seg, "evacuated to", 1, true) or find(seg, "transferred to", 1, true)
      or find(seg, "died in ", 1, true) or find(seg, "clinic", 1, true)
      or find(seg, "health cent", 1, true) or find(seg, "medical cent", 1, true)) then
    keep_only(m, "places", function(x)
      local pre = sub(low, x.s > ss + 60 and x.s - 60 or ss, x.s - 1)
      -- (not "a bomb at a hospital in Quetta": the hospital as the target)
      local care = find(pre, "%f[%a]treated [%a' ]* in [%a' ]*$")
        or find(pre, "%f[%a]treatment in $")
        or find(pre, "%f[%a]taken to [%a' ]*in $") or find(pre, "%f[%a]rushed to [%a' ]*in $")
        or find(pre, "%f[%a]flown to $") or find(pre, "%f[%a]airlifted to $")
        or find(pre, "%f[%a]evacuated to $") or find(pre, "%f[%a]transferred to [%a' ]*in $")
        or died_there(pre) or find(pre, "%f[%a]died in hospital in $")
        -- ("helped carry the wounded to the health centre in Sangha": the
        -- place of care the wounded were brought to, whatever the verb)
        or care_place(pre)
      return not care
    end)
  end
  if #m.countries > 0 and find(seg, "died in ", 1, true) then
    keep_only(m, "countries", function(x)
      local pre = sub(low, x.s > ss + 30 and x.s - 30 or ss, x.s - 1)
      return not died_there(pre)
    end)
  end
  -- "a base at Leego, between Mogadishu and Baidoa": the ends a place is
  -- told between are reference points, not the place
  if #m.places > 0 and find(seg, "between ", 1, true) then
    keep_only(m, "places", function(x)
      local pre = sub(low, x.s > ss + 40 and x.s - 40 or ss, x.s - 1)
      return not (find(pre, "%f[%a]between $") or find(pre, "%f[%a]between [%a'%- ]+ and $"))
    end)
  end
  -- "who is attending a summit in the Russian city of Kazan": a town no list
  -- knows, told as where a gathering sits, is no scene either
  if #m.places > 0 and (find(seg, "summit", 1, true) or find(seg, "talks", 1, true)
    or find(seg, "conferen", 1, true) or find(seg, "negotiations", 1, true)
    or find(seg, "forum", 1, true) or find(seg, "congress", 1, true)
    or find(seg, "convention", 1, true)) then
    keep_only(m, "places", function(x) return not elsewhere(low, x.s, ss) end)
  end
  -- "a Bedouin teacher from the nearby town of Hura", "a Palestinian from the
  -- West Bank village of Ya'bad": a person's home is not where the event was
  -- (unlike "fled from Halle", "20 km from Kabul", "a rocket fired from ...")
  if find(seg, "from ", 1, true) then
    for _, key in ipairs { "places", "countries" } do
      keep_only(m, key, function(x)
        return not home_place(ctx, x.s, ss) and not home_area(ctx, x.s, ss)
      end)
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
        keep_only(m, "places", function(x)
          return not (x.s >= cs and x.s <= ce)
        end)
      end
    end
  end
  -- "Four of them died: two Americans, Jay Austin and Lauren Geoghegan, who
  -- had quit their jobs in Washington a year earlier": after a toll and a
  -- colon, the list of the victims, whose homes and days are their own
  local colon = find(seg, ":", 1, true)
  if colon then
    local cpos = ss + colon - 1
    local toll = false
    for _, f in ipairs(m.figures or {}) do
      local fe = f.e or f.stop
      if fe and fe < cpos and cpos - fe <= 2 then toll = true end
    end
    if toll then
      for _, key in ipairs { "places", "countries", "dates" } do
        keep_only(m, key, function(x) return (x.s or x.start) < cpos end)
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
      -- (and the nationalities: "came as U.S. negotiators ... American troops")
      for _, key in ipairs { "places", "countries", "dates", "state_names" } do
        local list, kept = m[key], {}
        for _, x in ipairs(list) do
          local xs = x.s or x.start
          if not (xs > ms and xs <= me) then kept[#kept + 1] = x end
        end
        m[key] = kept
      end
    end
  end
end

--- Drops the places where people were arrested after an event told: "had
-- identified the network behind the attack and had arrested 22 people in
-- Khuzestan" tells where the police went, not where the event happened (no
-- event word named with "the" before: "arrested four men in Kano who were
-- plotting to bomb a church in the city" may name the plot's target).
local function arrest_places(ctx, m, ss, seg)
  if #m.places == 0 or not (find(seg, "arrest", 1, true) or find(seg, "detain", 1, true)) then
    return
  end
  local low, kept = ctx.low, {}
  local told                              -- end of the first event word with "the"
  for _, t in ipairs(m.triggers) do
    if not t.figure and (not told or t.e < told) then
      local w1 = words_before(low, t.s, 1, ss)[1]
      if w1 and W.DEFINITE[w1] then told = t.e end
    end
  end
  if not told then return end
  for _, p in ipairs(m.places) do
    local ws = words_before(low, p.s, 5, ss)
    local arrest = false
    if ws[1] == "in" and p.s > told then
      for i = 2, #ws do
        if ARREST[ws[i]] then arrest = true; break end
        if W.DEFINITE[ws[i]] or ws[i] == "a" or ws[i] == "an" then break end
      end
    end
    if not arrest then kept[#kept + 1] = p end
  end
  m.places = kept
end

--- Drops the day of an update's stamp: "UPDATE, Sunday 23 September, 13:40
-- GMT: the ministry said it had identified the network behind the attack"
-- is when the page was written to, not when the event happened.
local function stamp_dates(m, ss, seg)
  if #m.dates == 0 or byte(seg, 1) ~= 117 then return end      -- "u"
  local he = match(seg, "^updated?:? ?,? ?[^:]-%d%d?[:.]%d%d ?[%a%.]*()%:")
  if not he then return end
  keep_only(m, "dates", function(d)
    return (d.s or d.start) >= ss + he - 1
  end)
end

-- "A court in Jaipur on Wednesday acquitted three men of the bombing of the
-- shrine": the day and the place told before a verdict's verb, in its clause,
-- are the court's; the event word after "of", "for" or "over" keeps what
-- the rest of the sentence tells of it ("where a bomb exploded on ...").
-- ("A court on Tuesday rejected a parole plea by the man who bombed ...",
-- "judges upheld the life terms of the two men who planned the attack":
-- any act of a court, whose day and town are the court's too; the event
-- is told by the man the ruling is about, in a clause of its own)
local function court_verdicts(ctx, m, ss, seg)
  -- ("a Syrian arrested on October 20 over the knife attack in the city's
  -- old town on October 4": an arrest's or a charge's day, linked to the
  -- event by "over" or "for", is the state's act as a verdict's is)
  local aftermath = false
  for w in gmatch(seg, "%a+") do
    if W.AFTERMATH[w] and w ~= "executed" and w ~= "hanged" then aftermath = true; break end
  end
  if not aftermath and not find(seg, "%f[%a]court") and not find(seg, "%f[%a]judge")
    and not find(seg, "%f[%a]sentence%f[%A]") and not find(seg, "%f[%a]conviction%f[%A]")
    and not find(seg, "%f[%a]verdict%f[%A]") and not find(seg, "%f[%a]parole%f[%A]")
    and not find(seg, "%f[%a]tribunal%f[%A]") and not find(seg, "%f[%a]appeal%f[%A]") then
    return
  end
  local low = ctx.low
  for a, verb, b in gmatch(seg, "()%f[%a](%a+)()%f[%A]") do
    -- ("His first life sentence, in October 2006, was for the massacre of
    -- villagers in April 1983": a verdict's noun, its day set off by commas)
    local noun = W.VERDICT_NOUN[verb]
    local ruling = W.RULING[verb]
    if W.VERDICT[verb] or noun or ruling
      or (W.AFTERMATH[verb] and verb ~= "executed" and verb ~= "hanged") then
      local vs = ss + a - 1
      -- the accused, then a preposition and an event word a few words on
      -- (a ruling: the man it is about, then who he is, "by X, the man who
      -- killed 77 people in a bombing")
      local pb, prep
      local span = (noun or ruling) and match(low, "^[^;.]*", ss + b - 1)
        or match(low, "^[^,;.]*", ss + b - 1)
      for p0, w in gmatch(span, "()(%a+)") do
        if W.VERDICT_PREP[w] or (ruling and (w == "who" or w == "by")) then
          pb, prep = ss + b - 1 + p0 + #w - 2, w; break
        end
      end
      if prep and pb - vs < 120 then
        local event = false
        local reach = ruling and 120 or 40
        for _, t in ipairs(m.triggers) do
          if not t.figure and t.s > pb and t.s - pb <= reach then event = true; break end
        end
        -- (not a plot's arrest, which is the day a foiled plot is dated by:
        -- "six men arrested in May 2007 over a plan to attack soldiers")
        if event and W.AFTERMATH[verb] and not W.VERDICT[verb] then
          local head = sub(low, pb, pb + 30)
          if find(head, "%f[%a]plans?%f[%A]") or find(head, "%f[%a]plot")
            or find(head, "%f[%a]conspir") or find(head, "%f[%a]planning%f[%A]")
            or find(head, "%f[%a]preparing%f[%A]") then
            event = false
          end
        end
        if event then
          local cs = ss
          for k = vs - 1, ss, -1 do
            if byte(low, k) == 59 then cs = k + 1; break end     -- ";"
          end
          local function court_s(x)
            local xs = x.s or x.start
            return xs >= cs and xs < pb
          end
          local kd, kp = {}, {}
          for _, d in ipairs(m.dates) do if not court_s(d) then kd[#kd + 1] = d end end
          for _, x in ipairs(m.places) do
            if not court_s(x) then kp[#kp + 1] = x
            elseif not x.weak then m.court_place = m.court_place or x end
          end
          m.dates, m.places = kd, kp
          -- (a ruling on parole, an appeal or a release is made where the
          -- man is held or the higher court sits, not where a trial for the
          -- event would be: the dateline's town is no scene then)
          m.court = ruling and true or m.court
          -- (the verdict is the state's act, the event it names is not:
          -- "convicted" or "sentenced" there marks no state's strike)
          local ks = {}
          for _, st in ipairs(m.status) do
            if not (st.start >= vs and st.start < vs + #verb) then ks[#ks + 1] = st end
          end
          m.status = ks
          return
        end
      end
    end
  end
end

--- Collects the mentions of sentence [ss, se] from the pack hits and the
-- grammars.
-- Bombs made, not set off ("materials for making bombs").
local BOMB_NOUN = vocab.set [[bomb bombs explosives device devices ieds]]
local MAKE_VERB = vocab.set [[make making made build building built assemble assembling
  assembled manufacture manufacturing manufactured]]

-- Lower-case words a group's name may hold ("Brigades of Aisha, Mother of
-- the Believers").
local NAME_GLUE = { of = true, the = true, al = true, el = true, ["and"] = true, de = true,
  wal = true, ["for"] = true, fi = true, bin = true, ibn = true }

--- "A little-known group calling itself the Brigades of Aisha, Mother of the
-- Believers, claimed that attack": a group the text names by the name it
-- gives itself is a group of the sentence, one no list knows.
local function self_named(ctx, m, ss, se)
  local text, low = ctx.text, ctx.low
  local a = find(low, "%f[%a]calling itself ", ss)
  if not a or a > se then a = find(low, "%f[%a]calls itself ", ss) end
  if not a or a > se or not ctx.cased then return end
  local p = match(low, "^%a+ itself ()", a)
  if find(text, "^the %u", p) then p = p + 4 end
  local s0, e0 = p, nil
  local pos = p
  while pos <= se do
    local w, nxt = match(text, "^([%a\128-\255'%-]+)()", pos)
    if not w then break end
    local lw = lower(w)
    if find(w, "^%u") or (NAME_GLUE[lw] and e0) or (find(lw, "^al%-") and true) then
      if find(w, "^%u") or find(lw, "^al%-") then e0 = nxt - 1 end
    else
      break
    end
    -- (a comma goes on only to another capitalised word: "Aisha, Mother of")
    if find(text, "^, %u", nxt) then
      pos = nxt + 2
    elseif find(text, "^ ", nxt) then
      pos = nxt + 1
    else
      break
    end
  end
  if not e0 or e0 - s0 < 3 or e0 > se then return end
  local name = sub(text, s0, e0)
  for _, g in ipairs(m.groups) do
    if g.s <= e0 and g.e >= s0 then return end
  end
  m.groups[#m.groups + 1] = { s = s0, e = e0, rec = { name = name }, self_named = true }
end

local function sentence_mentions(ctx, ss, se, hits, dlist, plain_hits)
  local low = ctx.low
  local m = { triggers = {}, places = {}, countries = {}, groups = {}, targets = {},
              weapons = {}, dates = {}, cues = {}, figures = {}, claims = {}, status = {},
              anchors = {}, state_names = {} }
  local seg = sub(low, ss, se)
  hit_mentions(ctx, m, ss, se, hits)
  self_named(ctx, m, ss, se)
  grammar_mentions(ctx, m, ss, se, seg)
  -- "Has anyone claimed responsibility?", "Did any group claim the
  -- attacks?": an explainer's question asks, it claims nothing (its answer
  -- follows)
  if #m.claims > 0 and find(seg, "%?[%s\"'\226\128\157]*$") then m.claims = {} end
  -- "materials for making bombs", "taught them to build bombs": the making
  -- of bombs, no bomb that went off
  if #m.triggers > 0 then
    local kept = {}
    for _, t in ipairs(m.triggers) do
      local w = sub(low, t.s, t.e)
      local made = BOMB_NOUN[w] and MAKE_VERB[word_before(low, t.s, ss) or ""]
      if not made then kept[#kept + 1] = t end
    end
    if #kept < #m.triggers then m.triggers = kept end
  end
  -- "riots in which some 40 people were shot by troops": the dead of a
  -- state's forces are no attack's toll
  if #m.figures > 0 and find(seg, " by ", 1, true) then
    keep_only(m, "figures", function(f)
      -- (the agent itself: not "by fragments of a police bullet")
      local w1, w2 = match(low, "^ by (%a+) ?(%a*)", f.e + 1)
      if w1 == "the" or w1 == "security" or w1 == "government" or w1 == "state" then
        w1 = w2
      end
      local state = w1 and (STATE_FORCE[w1] or w1 == "police")
      return not state
    end)
  end
  abbreviated_places(ctx, m, ss, se)
  state_actions(ctx, m, ss, se)
  more_places(ctx, m, ss, se, seg, hits, dlist, plain_hits)
  arrest_places(ctx, m, ss, seg)
  sentence_dates(ctx, m, ss, se, dlist)
  stamp_dates(m, ss, seg)
  implicit_triggers(ctx, m, ss, se, seg)
  drop_asides(ctx, m, ss, se, seg)
  court_verdicts(ctx, m, ss, seg)
  -- "the Mecca Masjid", "the Lahore Church": a town naming a house of
  -- worship is that house's name, not where it stands
  -- ("St George's Orthodox church": past a capitalised word or two)
  local kept = {}
  for _, x in ipairs(m.places) do
    local nx = match(ctx.text, "^ (%u%l+)", x.e + 1)
    local named = nx and W.WORSHIP_NAME[lower(nx)]
    if not named and ctx.cased and find(ctx.text, "^%u", x.s)
      and find(ctx.text, "^'?s? %u", x.e + 1) then
      local p = x.e + 1
      for _ = 1, 3 do
        local w, e = match(ctx.text, "^'?s? (%a+)()", p)
        if not w then break end
        if W.WORSHIP_NAME[lower(w)] then named = true; break end
        if not find(w, "^%u") then break end
        p = e
      end
    end
    if not named then kept[#kept + 1] = x end
  end
  if #kept < #m.places then m.places = kept end
  return m
end


M.entry_rule = entry_rule
M.grammars_of = grammars_of
M.sentence_mentions = sentence_mentions

return M
