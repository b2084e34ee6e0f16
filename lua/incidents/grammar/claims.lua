--- Claims of responsibility and attribution: who said they did it, who is blamed.
--
-- `scan` returns one record per cue in a span of text (normally one sentence):
--
--     { kind = "claim" | "no_claim" | "herald" | "blame" | "suspect" | "deny",
--       claimed = true | false | nil,
--       start = s, stop = e,             -- the cue, 1-based inclusive
--       rule = "claim.responsibility",   -- which construction matched
--       actor_start = s, actor_stop = e, -- the group phrase, when the construction
--                                        -- names one (may be nil)
--       actor_pronoun = false,           -- true: "it", "they", "the group"
--       strict = true | nil,             -- true: a claim only if the actor
--                                        -- phrase names a group ("X said it
--                                        -- had attacked two posts")
--       text = "claimed responsibility" }
--
-- | kind       | claimed | examples                                                   |
-- |------------|---------|------------------------------------------------------------|
-- | `claim`    | true    | "X claimed responsibility", "X claimed credit",            |
-- |            |         | "X took responsibility", "X said it was behind",           |
-- |            |         | "claimed by X", "a claim of responsibility by X"            |
-- |            |         | "X said its fighters / one of its units / his men had ...", |
-- |            |         | "X said it had sent him", "claimed that it had killed"      |
-- | `no_claim` | false   | "no group claimed", "no one has claimed",                  |
-- |            |         | "has not been claimed", "there was no claim"                |
-- |            |         | "neither was claimed", "the group has said nothing"         |
-- | `herald`   | nil     | "heralded it without directly claiming", "praised the attack" |
-- | `blame`    | nil     | "blamed on X", "blamed X for", "attributed to X", "accused X of", |
-- |            |         | "pointed to X" (X a group)                                 |
-- | `suspect`  | nil     | "X is suspected", "suspected X militants", "believed to be behind" |
-- | `deny`     | nil     | "X denied involvement", "X denied responsibility"           |
--
-- The actor span is the phrase the construction gives the role: the subject
-- of "claimed responsibility" (after "which"/"who", the phrase before it),
-- the object of "claimed by", "blamed on", "attributed to". It is bounded by
-- the clause (commas, "said", "that", ...) and is meant to be looked up in the
-- group gazetteer, so it may hold more words than the group name.
-- "claimed the lives of", "claimed that", "claimed it was targeting" are not claims.
-- @module incidents.grammar.claims

local lpeg = require "lpeg"
local numbers = require "incidents.grammar.numbers"

local ipairs, pairs = ipairs, pairs
local byte, find, lower, sub, match, gmatch = string.byte, string.find, string.lower,
  string.sub, string.match, string.gmatch
local Cc, Cp, Cmt = lpeg.Cc, lpeg.Cp, lpeg.Cmt
local phrase, alt = numbers.phrase, numbers.alt

local M = {}

--- Cue words (lower case; rule packs extend them with `M.new`).
M.words = {
  -- "X claimed responsibility", "X took credit"
  claim_verbs = { "claimed", "claims", "claim", "claiming", "has claimed", "have claimed",
    "had claimed", "took", "taken", "taking", "takes", "accepted", "accepts", "accepting",
    "admitted", "admits", "assumed", "assumes", "owned", "issued a claim of" },
  claim_objects = { "responsibility", "credit", "full responsibility", "the responsibility",
    "sole responsibility", "ownership" },
  -- "X claimed the attack": the nouns an attack claim takes
  attack_nouns = { "attack", "attacks", "bombing", "bombings", "blast", "blasts", "assault",
    "killing", "killings", "shooting", "shootings", "massacre", "operation", "explosion",
    "explosions", "strike", "ambush", "raid", "suicide bombing", "beheading", "kidnapping",
    "abduction", "attacks", "slaughter", "carnage", "atrocity", "hostage-taking",
    "assassination", "murder", "murders", "stabbing", "rampage", "siege" },
  -- "said it was behind the attack"
  said = { "said", "says", "saying", "stated", "announced", "declared", "insisted",
    "acknowledged", "admitted", "confirmed", "conceded",
    -- "told reporters by telephone that his men had carried out the attack"
    "told" },
  behind = { "was behind", "were behind", "is behind", "are behind", "had been behind",
    "was responsible", "were responsible", "is responsible", "carried out",
    "had carried out", "has carried out", "conducted", "had conducted", "perpetrated",
    "staged", "executed", "launched", "had launched", "masterminded", "orchestrated",
    -- "said one of its fighters had detonated an explosive vest"
    "detonated", "had detonated", "blew himself up", "had blown himself up", "set off",
    "had set off", "attacked", "had attacked", "targeted", "had targeted", "stormed",
    "had stormed", "planted", "had planted", "did it", "had done it", "did this",
    "done it", "done this" },
  -- "its fighters had killed more than 100 soldiers": the group's own men as
  -- the subject of a killing (not "it" or "its soldiers", which an army says too)
  own_fighters = { "its fighters", "its militants", "its mujahideen", "its members",
    "one of its fighters", "one of its members", "its gunmen", "its suicide bombers",
    -- "said the organisation's fighters had carried out the bombing"
    "the group's fighters", "the organisation's fighters", "the organization's fighters",
    "the movement's fighters", "the group's militants", "the group's members" },
  own_kill = { "killed", "had killed", "have killed", "has killed", "slaughtered",
    "had slaughtered", "targeted", "had targeted", "attacked", "had attacked", "stormed",
    "had stormed", "carried out", "had carried out",
    -- "said on Friday that its fighters had fired the mortars"
    "fired", "had fired", "shelled", "had shelled", "bombed", "had bombed",
    -- "said its fighters had blown up the pipeline", "its unit had seized the
    -- two engineers": what the group's men did to a site or to people
    "blown up", "had blown up", "blew up", "destroyed", "had destroyed", "seized",
    "had seized", "abducted", "had abducted", "kidnapped", "had kidnapped", "ambushed",
    "had ambushed", "raided", "had raided", "struck", "had struck", "used", "had used",
    "executed", "had executed", "beheaded", "had beheaded" },
  -- "said it had organised that attack": verbs of a claim that need the
  -- attack (or the bomb) as their object, since they take any other
  behind_object = { "organized", "had organized", "organised", "had organised", "ordered",
    "had ordered", "planned", "had planned", "directed", "had directed", "struck",
    "had struck", "took part in", "had taken part in", "taken part in", "participated in",
    "had participated in", "was involved in", "were involved in" },
  -- "said it had sent him", "said they had planted the gunman": the attacker
  -- as the object of the group that sent him
  sent = { "sent", "had sent", "has sent", "dispatched", "had dispatched", "planted",
    "had planted" },
  attacker_nouns = { "attacker", "attackers", "gunman", "gunmen", "assailant", "assailants",
    "bomber", "bombers", "suicide bomber", "suicide bombers", "shooter", "shooters",
    "perpetrator", "perpetrators", "killer", "killers", "hijackers", "kidnappers" },
  -- "the group has said nothing": a group's silence after an attack
  silent = { "said nothing", "has said nothing", "had said nothing", "kept silent",
    "has kept silent", "had kept silent", "remained silent", "has remained silent",
    "had remained silent", "stayed silent", "has stayed silent", "has been silent",
    "kept quiet", "remained quiet", "has remained quiet", "stayed quiet" },
  -- "has claimed several raids on the army over the years": a record, no one event
  record = { "several", "many", "numerous", "dozens", "scores", "hundreds", "a string",
    "a series", "a number", "a spate", "most", "other", "previous", "past", "similar",
    "earlier", "countless", "multiple", "most of the", "some of the", "a host" },
  -- "said one of its members had detonated an explosive vest": what a bomber sets off
  devices = { "bomb", "bombs", "car bomb", "explosive vest", "suicide vest", "vest",
    "explosive belt", "suicide belt", "explosive device", "device", "explosives" },
  -- "no group has claimed"
  nobody = { "no group", "no one", "no-one", "nobody", "no organization", "no organisation",
    "no militant group", "no other group", "no faction", "no party", "none", "no outfit",
    "no terrorist group", "no jihadist group", "no insurgent group", "no armed group",
    -- "Neither group has claimed the attacks"
    "neither", "neither group", "neither of the groups", "neither of them",
    "neither faction", "neither organisation", "neither organization" },
  negators = { "has not", "had not", "have not", "did not", "does not", "was not",
    "were not", "is not", "has yet to", "have yet to", "had yet to", "hasn't", "hadn't",
    "haven't", "didn't", "doesn't", "wasn't", "weren't", "isn't", "not", "never" },
  -- "there was no claim of responsibility"
  no_claim_nouns = { "no claim", "no immediate claim", "no claims", "no claim of responsibility",
    "no immediate claim of responsibility", "no one claimed", "no public claim",
    "no credible claim" },
  unclaimed = { "unclaimed", "went unclaimed", "remains unclaimed", "remained unclaimed" },
  -- "heralded it without directly claiming"
  herald_verbs = { "heralded", "heralds", "hailed", "hails", "praised", "praises", "praising",
    "celebrated", "celebrates", "celebrating", "lauded", "glorified", "welcomed",
    "applauded", "cheered", "endorsed" },
  herald_phrases = { "without claiming", "without directly claiming",
    "without explicitly claiming", "without formally claiming", "without officially claiming",
    "stopped short of claiming", "stopping short of claiming", "stops short of claiming",
    "without claiming responsibility", "without taking responsibility",
    "without directly claiming responsibility" },
  -- "blamed on X", "blamed X for"
  blame_verbs = { "blamed", "blames", "blaming", "blame" },
  attribute_verbs = { "attributed", "attributes", "attributing", "ascribed" },
  accuse_verbs = { "accused", "accuses", "accusing" },
  carried_out_by = { "carried out by", "perpetrated by", "committed by", "conducted by",
    "orchestrated by", "masterminded by", "staged by", "organized by", "organised by",
    "executed by", "launched by", "planned by", "the work of", "bore the hallmarks of",
    "bears the hallmarks of", "had the hallmarks of", "has the hallmarks of",
    "bore all the hallmarks of", "pointed the finger at", "pointed to", "have pointed to",
    "has pointed to", "suspicion fell on",
    "suspicion has fallen on" },
  -- "gunmen linked to X", "the attackers were affiliated with X": armed men
  -- tied to a group by the text, without a claim
  linked_actors = { "gunmen", "gunman", "attackers", "attacker", "assailants", "assailant",
    "bombers", "bomber", "militants", "fighters", "insurgents", "suspects", "men",
    "kidnappers", "perpetrators", "jihadists", "cell", "couple", "pair", "brothers",
    "shooter", "shooters", "suspect", "both" },
  linked = { "linked to", "affiliated with", "affiliated to", "loyal to", "tied to",
    "belonging to", "belonged to", "belong to", "belongs to", "allied to", "allied with",
    "aligned with", "members of", "a member of", "part of", "a cell of",
    "connected to", "associated with" },
  -- "suspected Islamist militants", "X is suspected"
  suspect_words = { "suspected", "alleged", "presumed", "purported", "suspect", "suspects" },
  believed = { "believed to be behind", "believed to be responsible",
    "thought to be behind", "thought to be responsible", "suspected of being behind",
    "suspected of carrying out", "suspected to be behind", "suspected of involvement",
    "believed to have carried out", "thought to have carried out",
    "suspected of having carried out", "likely behind", "probably behind",
    "likely responsible", "probably responsible", "believed responsible" },
  -- "X denied involvement"
  deny_verbs = { "denied", "denies", "denying", "deny", "rejected", "rejects", "disowned",
    "disavowed" },
  deny_objects = { "involvement", "any involvement", "responsibility", "any responsibility",
    "any role", "a role", "any part", "its involvement", "any link", "any links",
    "being behind", "it was behind", "that it was behind", "that it carried out",
    "carrying out", "having carried out", "it carried out" },
  -- ends of an actor phrase going backwards (clause starts) and forwards
  clause = { "said", "says", "say", "saying", "told", "that", "and", "but", "after",
    "when", "while", "as", "because", "since", "although", "though", "where", "whereas",
    "according", "before", "reported", "reports", "noted", "added", "announced",
    "believe", "believed", "thought", "think", "claimed", "stated", "if", "whether",
    "then", "so", "yet", "also", "for", "in", "on", "at", "with", "over", "of", "to",
    "from", "who", "which", "what", "later", "soon", "thereafter", "meanwhile",
    "however", "quickly", "by", "into", "against", "during", "than", "earlier", "via" },
  -- words dropped at the end of a subject ("IS quickly claimed")
  aux = { "has", "had", "have", "quickly", "later", "also", "swiftly", "reportedly",
    "soon", "immediately", "subsequently", "officially", "formally", "publicly",
    "purportedly", "already", "promptly", "allegedly", "apparently", "then", "since",
    "first", "itself", "separately", "late", "on", "all", "both", "directly",
    "explicitly", "openly", "previously", "once", "now", "again", "never", "eventually",
    "would", "will", "did", "does", "is", "was", "were", "are", "be", "been", "a", "an",
    "the", "its", "their", "issued", "posted", "published", "released", "made", "in",
    "later", "late", "on" },
}

local ws = numbers.space^1
local sp = numbers.space^0

local function set(list)
  local t = {}
  for _, w in ipairs(list) do t[lower(w)] = true end
  return t
end

-- Nouns for armed men (plural or unmistakable: "militant" is mostly an adjective).
local ACTOR_NOUNS = set{ "militants", "jihadists", "insurgents", "extremists", "islamists",
  "rebels", "separatists", "gunmen", "gunman", "fighters", "members", "bombers", "bomber",
  "attackers", "attacker", "terrorists", "assailants", "bandits", "kidnappers",
  "operatives" }
local DETERMINER = set{ "the", "a", "an", "its", "their", "this", "that", "these", "those" }
-- Words of the state in a speaker's phrase.
local STATE_WORDS = set{ "police", "policemen", "army", "military", "troops",
  "ministry", "minister", "government", "governor", "officials", "official", "authorities",
  "prosecutor", "prosecutors", "investigators", "intelligence", "sheriff", "officer",
  "officers", "president", "mayor", "pentagon", "coalition", "regime", "navy", "marines",
  "gendarmerie", "gendarmes" }
--- Words of the state in a speaker's phrase (a set): no claim is a state's.
M.state_words = STATE_WORDS

-- Words that open an appositive ("Jaish al-Adl, a Sunni militant group, claimed").
local ASIDE_START = set{ "a", "an", "the", "its", "whose", "one", "another", "also",
  "itself", "once", "formerly", "now", "long" }
local PERSONAL = set{ "it", "they", "he", "she", "we" }
local RELATIVE = set{ "which", "who", "that", "whom" }
local PRONOUN = set{ "it", "they", "he", "she", "we", "its", "their", "this", "these",
  "the group", "the militants", "the organization", "the organisation", "group" }

-- Punctuation that ends a clause.
local BOUNDARY = "[,;:%(%)%[%]\"!%?]"

-- The byte length of a clause boundary at `i`, or nil.
local function is_boundary_at(text, i)
  local c = sub(text, i, i)
  if find(c, BOUNDARY) then return 1 end
  if c == "." then
    -- a full stop ends a sentence, but not in "U.S." or "Mr."
    local prev = sub(text, i - 2, i - 1)
    if not find(prev, "%u$") and not find(prev, "%.%a$") then return 1 end
  end
  if c == "-" and sub(text, i - 1, i - 1) == " " then return 1 end
  if c == "\n" and find(text, "^\n[ \t\r]*\n", i) then return 1 end  -- a blank line
  if c == "\226" and sub(text, i + 1, i + 1) == "\128" then
    -- U+2010..U+201F: dashes and quotes, but ’ (U+2019) is an apostrophe in words
    local b = byte(text, i + 2)
    if b and b >= 144 and b <= 159 and b ~= 153 then return 3 end
  end
  return nil
end

-- Does a word go on at `i` (letters, digits, UTF-8 letters, inner - ' . &)?
local function word_byte(text, i)
  local b = byte(text, i)
  if not b then return false end
  if (b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122) then
    return true
  end
  if b >= 128 then
    -- any UTF-8 byte but the dashes and quotes of U+2010..U+201F (’ stays in words)
    return not (b == 226 and is_boundary_at(text, i))
  end
  if b == 45 or b == 39 or b == 38 or b == 46 then
    -- inner punctuation only when a word character follows
    local n = byte(text, i + 1)
    return n ~= nil and ((n >= 48 and n <= 57) or (n >= 65 and n <= 90)
      or (n >= 97 and n <= 122) or n >= 128)
  end
  return false
end

-- Prepositions end an object phrase ("claimed by IS in a statement") but not a
-- subject ("the Islamic State group's affiliate in Afghanistan claimed").
local PREPOSITIONS = set{ "of", "in", "on", "at", "to", "from", "with", "for", "by", "into",
  "against", "during", "over", "than", "via" }

local function build_actor(w)
  local clause, aux = set(w.clause), set(w.aux)
  local back_clause = {}
  for k in pairs(clause) do
    if not PREPOSITIONS[k] then back_clause[k] = true end
  end
  clause.responsible = true

  -- Words of text[a..b] with positions, in order.
  local function words(text, a, b)
    local list = {}
    local i = a
    while i <= b do
      local n = is_boundary_at(text, i)
      if n then
        list[#list + 1] = { boundary = true, s = i, e = i + n - 1 }
        i = i + n
      else
        local s, e
        if word_byte(text, i) and not find(sub(text, i, i), "[%-'%.&]") then
          s, e = i, i
          while e < b and word_byte(text, e + 1) do e = e + 1 end
        end
        if s then
          local word = sub(text, s, e)
          -- a trailing full stop belongs to the word only in an abbreviation
          if sub(word, -1) == "." and not find(word, "^%u%.") and not find(word, "%.%a+%.$") then
            e = e - 1
            word = sub(word, 1, -2)
          end
          list[#list + 1] = { w = lower(word), s = s, e = e }
          i = e + 1
        else
          i = i + 1
        end
      end
    end
    return list
  end

  -- The noun phrase that ends with list[k] ("named the group that claimed"): back to
  -- its determiner, or over its capitalised words, at most six words.
  local function noun_phrase_before(text, list, k)
    local first = k
    for i = k, k > 6 and k - 5 or 1, -1 do
      local it = list[i]
      if it.boundary then break end
      if DETERMINER[it.w] then first = i; break end
      if not find(sub(text, it.s, it.s), "%u") and i < k then break end
      first = i
    end
    local s, e = list[first].s, list[k].e
    return s, e, PRONOUN[lower(sub(text, s, e))] or false
  end

  -- The subject phrase that ends before `pos`, within text[lo..pos-1].
  -- Returns s, e (nil when no phrase) and whether it is a pronoun.
  local function backward(text, lo, pos, depth)
    local a = pos - 160
    if a < lo then a = lo end
    local list = words(text, a, pos - 1)
    local last = #list
    -- "IS said": a name in capitals is not the verb "is" (unless all the text is capitals)
    local mixed = find(text, "%l") ~= nil
    local function is_aux(item)
      if not aux[item.w] then return false end
      return not (mixed and item.e > item.s and not find(sub(text, item.s, item.e), "%l"))
    end
    while last > 0 and not list[last].boundary and is_aux(list[last]) do last = last - 1 end
    if last == 0 then return nil end
    if list[last].boundary then
      -- "a PKK offshoot, the Kurdistan Freedom Falcons (TAK), claimed": the
      -- name before the bracketed acronym
      local cpos = list[last].s
      -- (also past an aside: "the Front for X (FX), which held the town, said")
      if sub(text, cpos, cpos) == "," and (depth or 0) < 2 then
        local from = cpos - 120 > lo and cpos - 120 or lo
        local par = match(sub(text, from, cpos - 1), "()%([%w%-%.' ]+%)%s*$")
        if par then return backward(text, lo, from + par - 1, (depth or 0) + 1) end
      end
      -- ("The Revolutionary Liberation Army (RLA), the largest rebel group,
      -- said": past the aside, the name before the bracketed acronym)
      if sub(text, cpos, cpos) == ")" and (depth or 0) < 2 then
        local from = cpos - 120 > lo and cpos - 120 or lo
        local par = match(sub(text, from, cpos), "()%([%w%-%.' ]+%)$")
        if par then return backward(text, lo, from + par - 1, (depth or 0) + 1) end
      end
      -- "Al-Shabaab, which often strikes hotels, claimed", "Jaish al-Adl, a Sunni
      -- group, claimed", "ISIS, in a statement, claimed": skip the aside
      local k = last - 1
      while k > 0 and not list[k].boundary do k = k - 1 end
      local w1 = list[k + 1] and list[k + 1].w
      -- ("the Sahel Front, an offshoot of a larger network, claimed": any short
      -- aside right before the verb)
      if k > 0 and k < last - 1 and (depth or 0) < 1 and list[k].e - list[k].s < 1
        and sub(text, list[k].s, list[k].s) == ","
        and (RELATIVE[w1] or ASIDE_START[w1] or PREPOSITIONS[w1]
          or (last - 1 - k <= 8 and last == #list and list[last].boundary)) then
        return backward(text, lo, list[k].s, (depth or 0) + 1)
      end
      return nil
    end
    if RELATIVE[list[last].w] and (depth or 0) < 1 then
      -- ", which claimed": the phrase before the comma; "the group that claimed":
      -- the phrase before the pronoun
      local k = last - 1
      if k > 0 and list[k].boundary then
        return backward(text, lo, list[k].s, (depth or 0) + 1)
      end
      if k > 0 then return noun_phrase_before(text, list, k) end
      return nil
    end
    -- a personal pronoun is the whole subject ("In 2021 it claimed")
    if PERSONAL[list[last].w] then return list[last].s, list[last].e, true end
    local first = last
    while first > 1 and not list[first - 1].boundary and not back_clause[list[first - 1].w]
      and last - first < 9 do
      first = first - 1
    end
    -- a phrase that starts with a preposition ("in Kabul IS claimed") drops it
    while first <= last and (clause[list[first].w]) do first = first + 1 end
    if first > last then return nil end
    local s, e = list[first].s, list[last].e
    local ph = lower(sub(text, s, e))
    return s, e, PRONOUN[ph] or false
  end

  -- The object phrase that starts at or after `pos`, within text[pos..hi].
  local function forward(text, pos, hi, max)
    max = max or 9
    local b = pos + 160
    if b > hi then b = hi end
    local list = words(text, pos, b)
    local first = 1
    if first > #list or list[first].boundary or clause[list[first].w] then return nil end
    local last = first
    while last < #list and not list[last + 1].boundary and not clause[list[last + 1].w]
      and last - first < max - 1 do
      last = last + 1
    end
    -- "of" inside a name ("Islamic State of Iraq") is kept when a capital follows
    while max > 3 and last < #list and list[last + 1].w == "of" and list[last + 2]
      and not list[last + 2].boundary do
      local k = last + 2
      if list[k].w == "the" and list[k + 1] and not list[k + 1].boundary then k = k + 1 end
      if not find(sub(text, list[k].s, list[k].s), "[%u]") then break end
      last = k
      while last < #list and not list[last + 1].boundary and not clause[list[last + 1].w]
        and last - first < 12 do
        last = last + 1
      end
    end
    local s, e = list[first].s, list[last].e
    local ph = lower(sub(text, s, e))
    return s, e, PRONOUN[ph] or false
  end

  return backward, forward
end

local CLAIMED = { claim = true, no_claim = false }

-- Builds the grammar: an ordered choice of constructions, each capturing a record.
local function build(w)
  local backward, forward = build_actor(w)
  local token = numbers.wordchar^1 * (lpeg.S".-'" * numbers.wordchar^1)^0

  -- The record; `actor` says where the group phrase is: "back" (subject before the
  -- cue), "fwd" (object after it), or a position to read forward from.
  local function rec(kind, rule, actor, max, check)
    return function(text, pos, s, fwd_at)
      local stop = pos - 1
      while stop > s and find(sub(text, stop, stop), "%s") do stop = stop - 1 end
      local r = { kind = kind, claimed = CLAIMED[kind], rule = rule, start = s,
        stop = stop }
      local as, ae, pron
      if actor == "back" then
        as, ae, pron = backward(text, 1, s)
      elseif actor == "fwd" and fwd_at then
        as, ae, pron = forward(text, fwd_at, #text, max)
      elseif actor == "fwd" then
        as, ae, pron = backward(text, 1, s)
      end
      if as then r.actor_start, r.actor_stop, r.actor_pronoun = as, ae, pron end
      if check and not check(text, r) then return false end
      r.text = sub(text, r.start, r.stop)
      return pos, r
    end
  end
  local function cue(patt, kind, rule, actor, check)
    return Cmt(Cp() * patt, rec(kind, rule, actor, nil, check))
  end
  -- a cue whose actor phrase starts where the pattern's second capture says
  local function cue_at(patt, kind, rule, max, check)
    return Cmt(Cp() * patt, rec(kind, rule, "fwd", max, check))
  end
  -- "suspected Islamist militants", "alleged ISIS members": a name or a word for
  -- armed men, not "alleged hideouts"
  local function actor_like(text, r)
    if not r.actor_start then return false end
    local ph = sub(text, r.actor_start, r.actor_stop)
    -- capitals name a group, unless the whole text is in capitals (wire copy)
    if find(ph, "%f[%w]%u") and find(text, "%l") then return true end
    for word in gmatch(lower(ph), "[%a%-]+") do
      if ACTOR_NOUNS[word] then return true end
    end
    return false
  end

  -- "The police chief said his men had stormed the house": a claim in the
  -- words of the state is no group's ("a Taliban commander told a news
  -- agency" is, with the group named)
  local function not_state(text, r)
    if not r.actor_start then return true end
    -- (a capitalised word after another is part of a name: "the National
    -- Liberation Army")
    local prev_cap = false
    for word in gmatch(sub(text, r.actor_start, r.actor_stop), "[%a]+") do
      local cap = find(word, "^%u") ~= nil
      if STATE_WORDS[lower(word)] and not (cap and prev_cap) then return false end
      prev_cap = cap and word ~= "The" and word ~= "A"
    end
    return true
  end
  -- a claim the extraction keeps only when its actor phrase names a group
  -- ("The Sahel Front said it had attacked two army posts", not "The
  -- ministry said it had attacked"); `strict` tells it so
  local function strict(text, r)
    if not not_state(text, r) then return false end
    r.strict = true
    return true
  end

  -- "a statement saying IS fighters attacked the cafe", "the group's radio
  -- station said ...": the group's own medium speaks (not "Residents said
  -- Shabaab fighters stormed the hotel", which tells who did it)
  local MEDIUM = { "statement", "message", "video", "agency", "channel", "website",
    "communique", "audio", "recording", "radio", "spokesman", "spokesperson", "post",
    "telegram", "newsletter", "magazine" }
  local function group_medium(text, r)
    local a = r.start > 120 and r.start - 120 or 1
    local before = lower(sub(text, a, r.start - 1))
    before = match(before, "[^%.!?]*$") or before
    for _, x in ipairs(MEDIUM) do
      if find(before, "%f[%a]" .. x) then return strict(text, r) end
    end
    return false
  end

  -- "the attackers were linked to X", "gunmen linked to X killed ...": armed
  -- men of one event (definite, or the subject of an event verb), not
  -- "militants linked to X have carried out hundreds of attacks"
  local LINK_EVENT_VERB = { killed = true, attacked = true, stormed = true, opened = true,
    ambushed = true, abducted = true, kidnapped = true, bombed = true, raided = true,
    struck = true, shot = true, set = true, seized = true, detonated = true, blew = true,
    massacred = true, torched = true, beheaded = true, hit = true, fired = true }
  local function linked_ok(text, r)
    if not actor_like(text, r) then return false end
    local before = lower(sub(text, r.start > 5 and r.start - 5 or 1, r.start - 1))
    if find(before, "the %s*$") or find(before, "these %s*$") or find(before, "those %s*$") then
      return true
    end
    local n = 0
    for word in gmatch(lower(sub(text, r.actor_stop + 1, r.actor_stop + 60)), "[%a]+") do
      n = n + 1
      if LINK_EVENT_VERB[word] then return true end
      if n >= 3 then break end
    end
    return false
  end

  local claimed_forms = alt{ "claimed", "claims", "claiming", "has claimed", "have claimed",
    "had claimed", "claim" }
  local attack_noun = alt(w.attack_nouns)
  -- "A group calling itself the Sahel Front claimed the parcel bombs": what
  -- was sent or set off stands for the attack
  local claim_object = attack_noun + alt{ "bomb", "bombs", "parcels", "parcel bombs",
    "letter bombs", "letter bomb", "parcel bomb", "device", "devices", "car bomb",
    "car bombs", "truck bomb", "rocket", "rockets" } * #(sp * (lpeg.S".,;" + -1)
    + ws * alt{ "in", "on", "at", "through", "via", "as", "and", "within", "the", "that",
      "which", "later", "too", "hours", "days", "a", "an" })
  local filler = -(attack_noun + alt{ "lives", "life", "that", "to", "it", "responsibility",
    "credit", "by", "on", "without", "for" }) * token
  local herald_filler = -(alt(w.herald_phrases) + alt{ "and", "but", "while" }) * token
  local adverbs = (ws * alt{ "also", "itself", "had", "has", "have", "later", "indeed",
    "alone", "both", "all", "in fact" })^0
  local unit_word = alt{ "brigade", "battalion", "wing", "unit", "faction", "squad",
    "branch" } * -#lpeg.R("az")
  local pronoun_subject = alt{ "it", "they", "its fighters", "its militants", "its members",
    "its men", "its soldiers", "the group", "its operatives", "one of its fighters",
    "one of its members", "one of its soldiers", "one of its militants", "its suicide bomber",
    "its suicide bombers", "its gunmen" }
    -- "the BLA said its Majeed Brigade had carried out the operation": a unit
    -- of the group by its name
    -- (LPeg does not backtrack into a repetition: its words are no unit)
    + phrase"its" * (ws * -(alt{ "own", "been", "was", "had", "has" } + unit_word)
      * token)^-2 * ws * unit_word
  -- the group's own men by another word: "their fighters", "one of its units",
  -- "two of its \"soldiers\"", its "special unit", "his Falcons Battalion"
  -- (a leader's), "the movement"
  local quote_open = lpeg.S"\"'" + lpeg.P"\226\128\156" + lpeg.P"\226\128\152"
  local quote_close = lpeg.S"\"'" + lpeg.P"\226\128\157" + lpeg.P"\226\128\153"
  local quoted_in = 1 - (quote_close + lpeg.S".;!?\n")
  local quoted = quote_open * quoted_in * quoted_in^-60 * quote_close
  local own_noun = alt{ "fighters", "fighter", "militants", "members", "member", "men",
    "mujahideen", "units", "unit", "cells", "cell", "soldiers", "soldier", "gunmen",
    "operatives", "commandos", "followers", "comrades", "suicide bomber", "suicide bombers",
    "bombers", "brothers", "lions", "knights", "martyrs", "strike team", "special unit" }
  local function own_men(possessive)
    return (alt{ "one", "two", "three", "four", "five", "six", "seven", "eight", "some",
        "several", "all" } * ws * phrase"of" * ws)^-1 * possessive
        * (ws * phrase"own")^-1 * ws * (own_noun + quoted)
      + possessive * (ws * -(alt{ "own", "been", "was", "had", "has" } + unit_word)
        * token)^-2 * ws * unit_word
  end
  local own_its = own_men(alt{ "its", "their" })
  local own_any = own_men(alt{ "its", "their", "his" })
  -- (after the subject an aside: "said the movement, which has fought the
  -- army for a decade, had fired the rocket")
  -- how soon suspicion fell ("fell immediately on", "quickly fell on")
  local at_once = alt{ "immediately", "quickly", "swiftly", "soon", "at once", "instantly" }
  local no_comma = 1 - lpeg.S",;.\n"
  local aside = (sp * "," * no_comma * no_comma^-80 * ",")^-1
  local subject = (pronoun_subject + own_any
    + alt{ "the movement", "the organisation", "the organization" }) * aside
  local struck = alt{ "attacked", "had attacked", "struck", "had struck", "hit", "had hit",
    "targeted", "had targeted", "killed", "had killed" }
  -- "said it had sent him", "said they had planted the gunman"
  local sent_person = alt(w.sent) * ws * (alt{ "him", "her", "them" }
    + alt{ "the", "its", "their", "his" } * ws * alt(w.attacker_nouns))

  -- a word of the group's name in a reduced relative clause: no verb of being
  -- or negation ("the bombing has not been claimed" is no claim)
  local rel_token = -alt{ "not", "never", "been", "be", "was", "were", "is", "are", "yet",
    "no", "being", "who", "which", "that" } * token
  -- claimed = true
  local claim = cue(alt(w.claim_verbs) * ws * alt(w.claim_objects)
      -- ("has claimed responsibility for previous attacks in the county": a
      -- record, no one event)
      * -#(ws * phrase"for" * ws * (phrase"most of" * ws)^-1 * alt(w.record)), "claim",
      "claim.responsibility", "back")
    + cue_at(phrase"claimed" * ws * (phrase"responsibility" * ws)^-1 * phrase"by" * ws
      * Cp(), "claim", "claim.by")
    -- "The ambush, claimed the next day by al-Shabaab, ...": a time between
    -- the participle and its agent
    + cue_at(phrase"claimed" * ws * alt{ "within hours", "within minutes", "within a day",
        "within days", "hours later", "days later", "the same day", "the next day",
        "later", "quickly", "swiftly", "soon", "shortly", "almost immediately",
        "immediately", "soon afterwards", "online" } * ws * phrase"by" * ws * Cp(),
      "claim", "claim.by")
    -- "The militants claimed her as one of their fighters", "claimed the
    -- bomber in a video": a claim of the attacker is a claim of the attack
    + cue(claimed_forms * ws * (alt{ "him", "her", "them" } + alt{ "the", "that", "this" }
        * ws * alt{ "attacker", "attackers", "gunman", "gunmen", "assailant", "assailants",
        "bomber", "bombers", "shooter", "perpetrator", "perpetrators" })
      * #(ws * alt{ "as", "through", "via", "in", "on" } + sp * lpeg.S".,;"),
      "claim", "claim.attacker", "back")
    -- "claimed that the man who opened fire in the square was one of its
    -- fighters"
    -- (past the commas of an apposition: "that the gunman, a local man, was")
    + cue(claimed_forms * ws * phrase"that" * (lpeg.P","^-1 * ws * -alt{ "was", "were" }
        * token)^-20 * lpeg.P","^-1 * ws
      * alt{ "was", "were" } * ws * alt{ "one of its", "among its", "its" } * ws
      * (lpeg.S"\"'" + lpeg.P"\226\128\156" + lpeg.P"\226\128\152")^-1
      * alt{ "soldiers", "soldier", "fighters", "fighter", "members", "member" },
      "claim", "claim.attacker", "back")
    -- "the Islamic State named him as one of its fighters within a few
    -- hours", "identified the attacker as a soldier of the caliphate": the
    -- group owning the attacker as its man claims the attack
    + cue(alt{ "named", "identified", "described", "called", "hailed", "presented" } * ws
      * (alt{ "him", "her", "them" } + alt{ "the", "that" } * ws * alt{ "attacker",
        "attackers", "gunman", "gunmen", "assailant", "assailants", "bomber", "bombers",
        "shooter", "perpetrator", "perpetrators" })
      * ws * (phrase"as" * ws)^-1
      * (alt{ "one of its", "among its", "its" } * ws * (lpeg.S"\"'" + lpeg.P"\226\128\156")^-1
        * alt{ "soldiers", "soldier", "fighters", "fighter", "members", "member" }
        + alt{ "a soldier of", "a fighter of" } * ws * (phrase"the" * ws)^-1
        * alt{ "caliphate", "islamic state", "group" }),
      "claim", "claim.named_fighter", "back")
    -- "its news agency published a claim within hours": the group's outlet
    -- put one out
    + cue(alt{ "carried", "published", "issued", "posted", "released", "put out" } * ws
      * alt{ "a claim", "its claim", "the claim" } * -#(ws * phrase"that"), "claim",
      "claim.outlet", "back")
    + cue(claimed_forms * ws * phrase"it" * ws * (alt(w.behind) + phrase"was responsible"),
      "claim", "claim.it_behind", "back")
    -- "later claimed it had organised that attack"
    + cue(claimed_forms * ws * (phrase"that" * ws)^-1 * alt{ "it", "they" } * ws
      * alt(w.behind_object) * (ws * -(attack_noun + alt(w.devices)) * token)^-3 * ws
      * (attack_noun + alt(w.devices)), "claim", "claim.it_behind", "back")
    + cue(claimed_forms * ws * phrase"to have" * ws * (alt(w.behind)
        + alt{ "killed", "attacked", "bombed", "been behind", "struck", "targeted" }),
      "claim", "claim.to_have", "back")
    + cue(claimed_forms * ws * -alt(w.record) * (-claim_object * filler * ws)^-4
      * claim_object
      -- ("a newspaper claimed the attack was planned abroad": an assertion
      -- about the attack, with its verb after it)
      * -#(ws * alt{ "was", "were", "is", "are", "had", "has", "have", "would", "will",
        "could", "might", "may", "did", "came", "showed", "proved" }),
      "claim", "claim.attack", "back")
    -- "Islamic State claimed both.": the events just told
    + cue(claimed_forms * ws * phrase"both" * #(sp * lpeg.S".,;" + ws * attack_noun),
      "claim", "claim.both", "back")
    -- "the group claimed that attack too": "that" as a determiner
    + cue(claimed_forms * ws * alt{ "that", "this", "these", "those" } * ws
      * (filler * ws)^-2 * attack_noun, "claim", "claim.attack", "back")
    -- ("Two days later the faction admitted it.": owned the event told;
    -- "The Taliban also claimed this one.": the last of a list of events)
    + cue((claimed_forms + alt{ "admitted", "has admitted", "had admitted" }) * ws
      * (phrase"it" + alt{ "this one", "that one" }) * #(sp * lpeg.S".,;" + ws * alt{ "in", "on",
        "via", "through", "online", "within", "later", "soon", "shortly", "quickly", "too",
        "the same day", "the next day", "hours", "days", "a day", "as well",
        -- ("al-Qaeda later claimed it openly as one of its operations": how,
        -- and as whose, the group owned it)
        "openly", "publicly", "formally", "officially", "proudly", "explicitly",
        "as one of its", "as its own", "as the work of its" }),
      "claim", "claim.it", "back")
    -- "in an attack the Islamic State later claimed": the group between the
    -- attack and the verb of a reduced relative clause
    + cue_at(attack_noun * ws * Cp() * #((rel_token * ws)^-6 * (alt{ "later", "quickly",
        "swiftly", "soon", "subsequently", "also", "has", "had", "promptly" } * ws)^-1
        * claimed_forms * #(sp * (lpeg.S".,;" + -1))) * (rel_token * ws)^-6
        * (alt{ "later", "quickly", "swiftly", "soon", "subsequently", "also", "has", "had",
        "promptly" } * ws)^-1 * claimed_forms, "claim", "claim.reduced", 6)
    + cue(alt(w.said) * (ws * alt{ "in a statement", "in a message", "in a video",
        "in an online statement", "online", "on telegram", "on its website",
        "through its news agency", "that" })^0 * ws * subject * adverbs * ws
      * (alt(w.behind) + sent_person), "claim", "claim.said_behind", "back", not_state)
    -- "said in a statement on Sunday that it was responsible": any short
    -- phrase, then "that" ("said in a message to a radio station in the
    -- capital on Monday that its fighters ...")
    + cue(alt(w.said) * (ws * -phrase"that" * token)^-14 * ws * phrase"that" * ws
      * subject * adverbs * ws * ((alt(w.behind) + alt(w.behind_object))
        * (ws * -(attack_noun + alt(w.devices)) * token)^-4 * ws
        * (attack_noun + alt(w.devices)) + sent_person),
      "claim", "claim.said_behind", "back", not_state)
    -- "said on its radio station that its fighters had killed more than 100
    -- soldiers": the group's men killed, in its own words
    + cue(alt(w.said) * ((ws * -phrase"that" * token)^-14 * ws * phrase"that")^-1 * ws
      * (alt(w.own_fighters) + own_its) * aside * adverbs * ws * alt(w.own_kill), "claim",
      "claim.said_killed", "back", not_state)
    -- "put out a statement saying Shabaab fighters stormed the hotel": the
    -- group's name before its men (kept only when it names a group)
    + cue_at(alt{ "saying", "said", "says" } * (ws * phrase"that")^-1 * ws * Cp()
      * #(lpeg.R"AZ" * -alt{ "the", "its", "their", "his", "her", "our", "some", "all", "one",
        "two", "three", "many", "most" } * token * (ws * -own_noun * token)^-3 * ws
        * own_noun * adverbs * ws * alt(w.own_kill)),
      "claim", "claim.named_fighters", 4, group_medium)
    -- "claimed that it had killed 40 soldiers": the group's own tally
    -- of a raid, by a speaker who is not the state
    + cue(claimed_forms * ws * phrase"that" * ws * (alt{ "it", "they" } + own_its)
      * adverbs * ws * alt(w.own_kill), "claim", "claim.claimed_killed", "back", strict)
    -- "The Sahel Front said on its channel that it had attacked two army
    -- posts": any object, when the speaker is a group
    + cue(alt(w.said) * (ws * -phrase"that" * token)^-14 * ws * phrase"that" * ws
      * alt{ "it", "they" } * adverbs * ws * struck, "claim", "claim.said_struck", "back",
      strict)
    -- "A later statement said the group had struck the foreigners": the group
    -- by name or as its own men
    + cue(alt(w.said) * ((ws * -phrase"that" * token)^-14 * ws * phrase"that")^-1 * ws
      * (alt{ "the group", "the movement", "the organisation", "the organization" } + own_its)
      * aside * adverbs * ws * struck, "claim", "claim.said_struck", "back", not_state)
    + cue_at(alt{ "claim of responsibility", "claims of responsibility",
        "claim of credit", "claim for the attack", "responsibility claim",
        "claim of responsibility for the attack" }
      * (ws * alt{ "by", "from", "issued by", "posted by", "released by" } * ws * Cp()
        + Cc(nil)), "claim", "claim.noun")
    + cue_at(phrase"responsibility" * (ws * phrase"for" * (ws * filler)^-5)^-1 * ws
      * alt{ "was claimed by", "has been claimed by", "had been claimed by",
        "was taken by", "was later claimed by", "was quickly claimed by" } * ws * Cp(),
      "claim", "claim.responsibility_by")

  -- claimed = false
  -- "took" or "accepted" is a claim only with its object ("not take the children")
  local claim_act = alt{ "claimed", "claim", "claims", "come forward", "came forward",
      "stepped forward", "owned up", "been claimed" }
    + alt{ "taken", "took", "take", "accepted", "accept", "admitted", "assumed" } * ws
      * alt(w.claim_objects)
    -- "although it never admitted it": owned the event just told
    + alt{ "admitted", "admit", "acknowledged", "acknowledge" } * ws * phrase"it"
      * #(sp * (lpeg.S".,;" + -1))
  local neg_adverbs = alt{ "yet", "immediately", "officially", "publicly", "formally",
    "directly", "explicitly", "so far", "to", "as yet", "openly" }
  -- "said it carried out", "say they were behind": a claim in the group's
  -- own words, which "no group" or "never" turns into none
  local said_behind = alt{ "said", "says", "say", "stated", "announced", "claimed" } * ws
    * alt{ "it", "they", "that it", "that they" } * adverbs * ws * alt(w.behind)
  local no_claim = cue(alt(w.nobody) * (ws * alt{ "has", "had", "have", "yet", "immediately",
        "so far", "publicly", "officially", "formally", "as yet", "else", "has yet",
        "has since", "had yet", "yet to", "to date", "directly" })^0 * ws
      * (claim_act + said_behind), "no_claim", "no_claim.nobody", nil)
    + cue(alt(w.negators) * (ws * neg_adverbs)^0 * ws * said_behind, "no_claim",
      "no_claim.never_said", "back")
    + cue(alt(w.negators) * (ws * neg_adverbs)^0 * ws * phrase"been" * ws
      * phrase"claimed", "no_claim", "no_claim.passive", nil)
    + cue(alt(w.negators) * (ws * neg_adverbs)^0 * ws * claim_act, "no_claim",
      "no_claim.negated", "back")
    + cue(alt(w.no_claim_nouns), "no_claim", "no_claim.noun", nil)
    -- "Neither was ever claimed", "none of the attacks was claimed": the
    -- passive with the events as its subject
    + cue(alt(w.nobody) * (ws * (phrase"of the" * ws)^-1 * attack_noun)^-1 * ws
      * alt{ "was", "were", "has been", "have been", "had been", "is", "are" }
      * (ws * (neg_adverbs + alt{ "ever", "claimed or", "ever formally" }))^0 * ws
      * phrase"claimed", "no_claim", "no_claim.nobody", nil)
    -- "Neither the Mombasa bombing nor the Lamu ambush has been claimed"
    + cue(phrase"neither" * (ws * -phrase"nor" * token)^-6 * ws * phrase"nor"
      * (ws * -alt{ "has", "have", "was", "were", "had", "is", "are" } * token)^-6 * ws
      * alt{ "was", "were", "has been", "have been", "had been", "is", "are" }
      * (ws * (neg_adverbs + phrase"ever"))^0 * ws * phrase"claimed", "no_claim",
      "no_claim.nobody", nil)
    -- "the group has said nothing": the silence of a group (kept only when
    -- the speaker names a group)
    + cue(alt(w.silent), "no_claim", "no_claim.silent", "back", strict)
    + cue(alt(w.unclaimed), "no_claim", "no_claim.unclaimed", nil)

  -- claimed = nil
  local herald = cue(alt(w.herald_verbs) * (ws * herald_filler)^-5 * ws
      * alt(w.herald_phrases)
      * (ws * alt{ "it", "responsibility", "credit", "the attack" })^-1,
      "herald", "herald.without_claiming", "back")
    + cue(alt(w.herald_phrases) * (ws * alt{ "it", "responsibility", "credit" })^-1,
      "herald", "herald.without_claiming", "back")
    + cue(alt(w.herald_verbs) * ws * (filler * ws)^-3 * attack_noun, "herald",
      "herald.praised", "back")
    -- "though Islamic Jihad praised it": praise of the event just told
    + cue(alt(w.herald_verbs) * ws * alt{ "it", "them", "both" } * #(sp * (lpeg.S".,;" + -1)),
      "herald", "herald.praised", "back")

  local blame_verb = alt(w.blame_verbs)
  -- "blamed that attack on X": a demonstrative before the event noun
  local demo = alt{ "that", "this", "these", "those" } * #(ws * attack_noun)
  local blame = cue_at(blame_verb * (ws * (filler + attack_noun + demo))^-5 * ws * phrase"on"
      * ws * Cp(), "blame", "blame.on")
    -- "Boko Haram was blamed for the attack": the actor before the passive
    + cue(alt{ "was blamed", "were blamed", "has been blamed", "have been blamed",
        "is blamed", "is being blamed", "was widely blamed", "is widely blamed" }
      * -(ws * phrase"on"), "blame", "blame.passive", "back")
    + cue_at(blame_verb * ws * Cp() * #token, "blame", "blame.object")
    + cue_at(alt(w.attribute_verbs) * (ws * (filler + attack_noun))^-5 * ws * phrase"to"
      * ws * Cp(), "blame", "blame.attributed")
    + cue_at(alt(w.accuse_verbs) * ws * Cp() * #token, "blame", "blame.accused")
    -- ("suspicion fell immediately on X": how soon it fell)
    + cue_at(phrase"suspicion" * ws * (phrase"has" * ws)^-1
        * (at_once * ws)^-1 * alt{ "fell", "fallen" } * ws * (at_once * ws)^-1
        * phrase"on" * ws * Cp(), "suspect", "suspect.hallmarks")
    + cue_at(alt{ "pointed the finger at", "suspicion fell on", "suspicion has fallen on",
        "bore the hallmarks of", "bears the hallmarks of", "had the hallmarks of",
        "has the hallmarks of", "bore all the hallmarks of", "bore the marks of",
        "bears the marks of", "had the marks of", "has the marks of",
        "bore the signature of", "bears the signature of" } * ws * Cp(), "suspect",
      "suspect.hallmarks")
    + cue_at(alt(w.carried_out_by) * ws * Cp(), "blame", "blame.carried_out_by")
    + cue_at(alt{ "held", "holds", "holding", "hold" } * ws * Cp()
      * (token * ws)^-6 * phrase"responsible", "blame", "blame.held_responsible")
    + cue(alt{ "was behind", "were behind", "is behind", "are behind", "had been behind",
        "has been behind", "was responsible for", "were responsible for",
        "is responsible for", "are responsible for" }, "blame", "blame.behind", "back")
    -- "said the remnant of Shining Path ... was responsible."
    + cue(alt{ "was responsible", "were responsible" } * #(sp * lpeg.S".,;"), "blame",
      "blame.behind", "back")

  local suspect = cue(alt(w.believed), "suspect", "suspect.believed", "back")
    + cue_at(alt(w.linked_actors) * (ws * alt{ "were", "was", "are", "is", "had been",
        "have been", "has been", "all", "both", "reportedly", "allegedly", "believed to be",
        "thought to be", "said to be", "believed to", "thought to", "said to",
        "suspected to" })^-2 * ws * alt(w.linked) * ws * Cp(),
      "suspect", "suspect.linked", 6, linked_ok)
    + cue(alt{ "is suspected", "are suspected", "was suspected", "were suspected",
        "has been suspected" }, "suspect", "suspect.passive", "back")
    + cue_at(alt(w.suspect_words) * ws * -alt{ "of", "that", "to", "it", "in", "a", "an" }
      * Cp() * #token, "suspect", "suspect.adjective", 3, actor_like)

  -- "it suspected a faction of the Bangsamoro Islamic Freedom Fighters ... of
  -- both attacks": the object of "suspected", when "of" and an attack follow
  local function of_attacks(text, r)
    local rest = lower(sub(text, r.stop + 1, r.stop + 200))
    rest = match(rest, "^[^.;]*") or rest
    for _, n in ipairs(w.attack_nouns) do
      if find(rest, "%f[%a]of " .. n .. "%f[%A]")
        or find(rest, "%f[%a]of %a+ " .. n .. "%f[%A]") then
        return r.actor_start ~= nil
      end
    end
    return false
  end
  suspect = suspect
    + cue_at(alt{ "suspected", "suspects", "suspect" } * ws * #alt{ "a", "an", "the" } * Cp(),
      "suspect", "suspect.of_attack", 8, of_attacks)

  local deny = cue(alt(w.deny_verbs) * ws * alt(w.deny_objects), "deny", "deny.involvement",
    "back")

  -- a balanced choice: LPeg copies both operands of `+`
  local construction = numbers.choice{ no_claim, herald, claim, blame, suspect, deny }

  local starts = {}
  for _, k in ipairs{ "claim_verbs", "said", "nobody", "negators", "no_claim_nouns",
      "unclaimed", "herald_verbs", "herald_phrases", "blame_verbs", "attribute_verbs",
      "accuse_verbs", "carried_out_by", "suspect_words", "believed", "deny_verbs",
      "linked_actors", "attack_nouns", "silent" } do
    numbers.first_words(starts, w[k])
  end
  numbers.first_words(starts, { "claimed", "claim", "responsibility", "pointed", "suspicion",
    "bore", "bears", "had", "has", "held", "holds", "holding", "hold", "was", "were", "is",
    "are", "carried", "published", "issued", "posted", "released", "put", "admitted",
    "named", "identified", "described", "called", "hailed", "presented" })
  return construction * Cp(), starts
end

local FIELDS = { "start", "stop", "actor_start", "actor_stop" }

-- The cheap first look: every cue holds one of these stems.
local STEMS = { "claim", "responsib", "credit", "herald", "hail", "prais", "celebrat",
  "laud", "glorif", "welcom", "applaud", "cheer", "endors", "blam", "attribut", "ascrib",
  "accus", "finger", "suspic", "hallmark", "marks of", "signature of", "behind", "suspect",
  "alleged",
  "presumed", "believed", "thought", "deni", "deny", "reject", "disown", "disavow",
  "the work of", "unclaimed", "ownership", "linked to", "affiliated", "loyal to",
  "tied to", "belonging to", "allied", "aligned with", "members of", "connected to",
  "associated with", "belong", "member of", "part of", "cell of",
  -- "said one of its fighters had detonated ...": the group's men as the subject
  "its fighters", "its militants", "its members", "its men", "its soldiers",
  "its operatives", "its suicide", "its gunmen", "its mujahideen",
  -- "identified the attacker as a soldier of the caliphate"
  "soldier of", "fighter of",
  -- "no group said it carried out the attack"
  "carried out", "said it", "said they", "admitted it",
  -- "said in a statement that it had attacked", "said his men", "one of its
  -- units", its "special unit", "had sent him", "the group said nothing"
  "that it", "that they", "his men", "his fighters", "their fighters", "their men",
  "of its", "of their", "sent him", "sent them", "sent the", "sent her", "planted the",
  "fighters", "said nothing", "silent", "quiet", "the movement", "its \"", "its \226\128\156",
  "its '", "their \"", "their \226\128\156", "organi", "ordered", "planned", "took part",
  "taken part", "involved in", "battalion", "brigade", "the group had", "had struck" }

local function make(w)
  local grammar, starts = build(w)
  local stems = {}
  for _, x in ipairs(STEMS) do stems[#stems + 1] = x end
  for _, k in ipairs{ "herald_verbs", "blame_verbs", "attribute_verbs",
      "accuse_verbs", "deny_verbs", "suspect_words" } do
    for _, x in ipairs(w[k]) do stems[#stems + 1] = sub(match(x, "[^%s]+$"), 1, 5) end
  end
  -- "carried out by X": the longest word, not the "by", is the rare one
  for _, x in ipairs(w.carried_out_by) do
    local longest = ""
    for word in gmatch(x, "[^%s]+") do
      if #word > #longest then longest = word end
    end
    stems[#stems + 1] = longest
  end
  -- "no group has come forward", "no one has owned up"
  stems[#stems + 1] = "forward"
  stems[#stems + 1] = "owned up"
  return numbers.scanner(w, grammar, starts, stems, FIELDS)
end

local default = make(M.words)

--- Finds every claim or attribution cue in a text.
-- @tparam string text
-- @tparam[opt] integer s first byte of the span (default 1)
-- @tparam[opt] integer e last byte of the span (default `#text`)
-- @treturn table an array of records (see the module summary), in text order,
--   offsets into `text`; the actor span never leaves the span `s..e`
-- @usage claims.scan("The Islamic State quickly claimed responsibility.")
-- --> { {kind="claim", claimed=true, actor_start=1, actor_stop=17, ...} }
function M.scan(text, s, e)
  return default.scan(text, s, e)
end

--- Builds a scanner with extra cue words (rule packs use this).
-- @tparam[opt] table extra word lists keyed like `M.words` (e.g.
--   `{ herald_verbs = { "extolled" } }`); each list is added to the default one
-- @treturn table a scanner `{ scan = function(text[, s, e]), words = table }`,
--   or `nil, msg` when `extra` is not a table of lists of strings
function M.new(extra)
  return numbers.extend(M.words, make, extra)
end

return M
