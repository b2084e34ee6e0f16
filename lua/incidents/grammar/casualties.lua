--- Casualty figures: who was killed, wounded or abducted, and how many, as ranges.
--
-- `scan` finds every construction news uses for a toll in a span of text
-- (normally one sentence) and returns one record per figure:
--
--     { kind = "killed" | "wounded" | "casualties" | "abducted",
--       lo = 137, hi = nil, approx = false, vague = false,  -- the range (see numbers)
--       qualifier = "at_least",     -- numbers' kind of range, or "sum" for parts
--       start = s, stop = e,        -- the whole construction, 1-based inclusive
--       fig_start = s, fig_stop = e,-- the (first) figure itself
--       text = "killed at least 137 people",
--       rule = "killed.verb_fig",   -- which construction matched
--       who = "people", who_start = s, who_stop = e,   -- victim noun phrase, if any
--       perpetrators = false,       -- true: the dead are the attackers
--       partial = false,            -- true: a subset ("27 of the dead"), sets no bound
--       revision = false,           -- true: "toll rose to", "revised down to"
--       early = nil,                -- true: "initially", "earlier", "at first" before it
--       mixed = nil,                -- true: "N of its fighters, guards and civilians"
--       det = nil,                  -- "a", "the", "both", ...: a count read off a determiner
--       parts = { fig, fig, ... } } -- when parts were added up ("13 soldiers and
--                                   -- some 170 civilians"): each part's figure
--
-- Constructions (rule ids in brackets; `<kind>` is the record's kind):
--
-- * figure before the verb: "at least 115 people were killed", "42 people
--   died", "nearly 100 people killed during", "133 dead and 140 injured",
--   "dozens were injured", "more than 60 were hurt", "12 deaths", "75 casualties",
--   "At least 137 people, including three children, were killed", "20 worshippers
--   who had gathered for prayers were killed" [`<kind>.fig_verb`];
-- * verb before the figure: "killed at least 137 people", "wounding 40",
--   "killing 13 U.S. service members and some 170 Afghan civilians" (parts
--   add up), "claimed the lives of 21" [`<kind>.verb_fig`];
-- * "left 13 dead", "leaving many others wounded" [`<kind>.left`];
-- * "claiming 20 lives", "cost nearly 100 lives" [`killed.lives`];
-- * "the death toll rose to 143", "a toll of 40", "raised the toll to 50",
--   "revised the toll down to 253", "bringing to 21 the number of soldiers
--   killed" [`killed.toll`, `wounded.toll`; revision = true when the toll moved];
-- * "took 5 teachers hostage" [`abducted.hostage`];
-- * "Killed in the attack were two guards and a driver" [`<kind>.inverted`];
-- * "two of the attackers were killed" [`<kind>.of`], "27 of the dead were
--   policemen" [`<kind>.partial_of`, partial];
-- * "the bomber was killed" [`killed.the`, perpetrators], "killed himself",
--   "blew themselves up" [`killed.self`, perpetrators];
-- * "no one was hurt", "no casualties" [`<kind>.none`, 0..0];
-- * "killed or injured" totals give kind `casualties`, never `killed`;
-- * abducted, kidnapped, taken hostage give kind `abducted`, never `killed`;
-- * "five policemen were among the dead", "including 5 children", "50 wounded
--   arrived at the hospital" are marked `partial`;
-- * attackers ("three gunmen were killed", "soldiers killed 12 militants") are
--   marked `perpetrators`.
--
-- Not figures: years, ages ("a 15-year-old"), times, percentages, money,
-- road numbers, distances and durations; "3 gunmen killed 5 people" gives 5,
-- not 3 (the figure before an active verb is the attackers).
--
-- Offsets are 1-based inclusive byte positions into the text passed, also
-- when a sub-span `s, e` is given.
-- @module incidents.grammar.casualties

local lpeg = require "lpeg"
local numbers = require "incidents.grammar.numbers"

local error, ipairs, pairs, setmetatable, tonumber, type = error, ipairs, pairs,
  setmetatable, tonumber, type
local find, lower, sub, match, gsub, gmatch = string.find, string.lower, string.sub,
  string.match, string.gsub, string.gmatch
local remove, sort = table.remove, table.sort
local max, min = math.max, math.min
local P, R, S, C, Cc, Cp, Ct, Cg, Cmt = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cc, lpeg.Cp,
  lpeg.Ct, lpeg.Cg, lpeg.Cmt
local phrase, alt = numbers.phrase, numbers.alt

local M = {}

--- Trigger words, by construction and kind (lower case; rule packs extend them).
-- `*_after` follow the figure ("115 people were **killed**"), `*_before` precede
-- it ("**killing** 13"). `aux` may stand between the victims and the verb.
M.words = {
  killed_after = { "killed", "dead", "died", "die", "have died", "slain", "murdered", "massacred",
    "shot dead", "shot and killed", "stabbed and killed", "gunned down",
    "lost their lives", "lost their life", "perished",
    "deaths", "fatalities", "lives lost", "lives were lost", "lives have been lost",
    "were among the dead", "were among those killed", "among the victims",
    "were among the victims", "burned to death", "beheaded", "martyred",
    "stabbed to death", "hacked to death", "fatally shot", "fatally wounded",
    "fatally injured", "succumbed to their injuries", "succumbed to their wounds",
    "confirmed dead", "feared dead", "mortally wounded" },
  wounded_after = { "wounded", "injured", "hurt", "maimed", "hospitalized", "hospitalised",
    "injuries", "suffered injuries", "sustained injuries", "suffered wounds",
    "were among the wounded", "were among the injured", "were among those wounded",
    "were among those injured", "were among those hurt", "received injuries",
    "critically injured", "seriously injured", "seriously wounded", "shot and wounded" },
  casualties_after = { "killed or wounded", "killed or injured", "dead or wounded",
    "dead or injured", "killed and wounded", "killed and injured", "dead and wounded",
    "dead and injured", "killed or hurt", "dead or hurt", "casualties", "casualty",
    "killed or maimed", "wounded or killed", "injured or killed", "killed, wounded",
    "killed, injured", "dead, wounded", "dead, injured", "killed or captured",
    "killed or missing", "dead or missing", "died or were missing", "killed or abducted",
    "dead or injured", "killed or taken prisoner" },
  abducted_after = { "abducted", "kidnapped", "taken hostage", "held hostage", "hostages",
    "captives", "taken captive", "seized", "snatched", "taken prisoner" },
  killed_before = { "killed", "killing", "kills", "slaughtered", "slaughtering",
    "massacred", "massacring", "murdered", "murdering", "shot dead", "shooting dead",
    "gunned down", "gunning down", "claimed the lives of", "claiming the lives of",
    "took the lives of", "taking the lives of", "cost the lives of", "costing the lives of",
    "left dead", "beheaded", "beheading", "executed", "executing", "has killed",
    "have killed", "had killed", "martyred", "martyring",
    -- "blamed for the killing of around 70 people": the event as a noun (not
    -- "killings of", "the deaths of 700 people this year": a sum of events)
    "killing of", "massacre of", "murder of", "slaughter of" },
  wounded_before = { "wounded", "wounding", "wounds", "injured", "injuring", "injures",
    "hurt", "hurting", "maimed", "maiming" },
  casualties_before = { "killed or wounded", "killed or injured", "killing or wounding",
    "killing or injuring", "killed and wounded", "killed and injured",
    "killing and wounding", "killing and injuring", "causing casualties among" },
  abducted_before = { "abducted", "abducting", "kidnapped", "kidnapping", "kidnaps",
    "abducts", "seized", "seizing", "captured", "capturing" },
  -- "claimed 21 lives", "costing at least 20 lives"
  lives_before = { "claimed", "claiming", "claims", "took", "taking", "cost", "costing",
    "has claimed", "have claimed", "had claimed" },
  -- "left 13 dead", "leaving many others wounded"
  left = { "left", "leaving", "leaves", "has left", "have left", "had left" },
  -- "the death toll rose to 143"
  toll_killed = { "death toll", "toll", "number of dead", "number of deaths",
    "number of people killed", "number of those killed", "number of victims",
    "number of fatalities", "fatality toll", "fatality count", "body count",
    "number killed", "tally of dead", "death count", "casualty figure", "casualty toll",
    -- "Estimates of the dead run as high as 1,700"
    "estimates of the dead", "estimates of the death toll", "estimates of the toll",
    "estimates of the number of dead" },
  toll_wounded = { "number of injured", "number of wounded", "number of people injured",
    "number of people wounded", "injury toll", "number of injuries", "wounded toll",
    "injured toll" },
  -- words that say the toll moved: the figure replaces earlier ones
  revision = { "rose", "risen", "rising", "rises", "climbed", "climbing", "climbs",
    "increased", "increasing", "jumped", "grew", "mounted", "soared", "went up",
    "raised", "revised", "revising", "lowered", "updated", "corrected", "fell", "dropped",
    "brings", "brought", "bringing", "pushing", "pushed", "raising", "raises",
    "reduced", "lifted", "upped", "new", "latest", "updated", "now", "later", "final",
    "adjusted", "downgraded", "upgraded", "cut", "cuts", "lowers", "revises" },
  -- words before a figure that make it an early one, replaced by later figures
  early = { "initially", "initial", "originally", "previously", "preliminary" },
  -- words between the victims and the verb
  aux = { "were", "was", "are", "is", "have", "has", "had", "been", "be", "being",
    "reportedly", "also", "all", "later", "subsequently", "initially", "officially",
    "now", "confirmed", "believed", "feared", "said", "thought", "known", "reported",
    "to", "either", "eventually", "ultimately", "instantly", "immediately", "critically",
    "seriously", "severely", "badly", "slightly", "lightly",
    "allegedly", "apparently", "found", "left", "so far", "in total", "altogether",
    "each", "both", "who", "that", "were all", "likely", "presumed", "among them",
    "already", "since", "not", "yet", "tragically", "in all",
    -- "110 civilians were ruthlessly killed"
    "brutally", "ruthlessly", "savagely", "mercilessly", "cruelly", "summarily",
    "deliberately", "indiscriminately" },
  -- adverbs between "left N" and its adjective
  left_adverbs = { "severely", "seriously", "badly", "critically", "gravely", "slightly",
    "lightly", "mortally", "fatally", "also", "others", "more" },
  -- the dead are the attackers
  perpetrators = { "attacker", "attackers", "gunman", "gunmen", "militant", "militants",
    "assailant", "assailants", "bomber", "bombers", "suicide bomber", "suicide bombers",
    "terrorist", "terrorists", "insurgent", "insurgents", "perpetrator", "perpetrators",
    "jihadist", "jihadists", "hostage-taker", "hostage-takers", "kidnapper",
    "kidnappers", "fighters", "rebels", "extremists", "shooter", "shooters", "raiders",
    "suspects", "suspect", "bandits", "abductors", "jihadis", "hijackers", "hijacker",
    "guerrillas", "guerrilla", "separatists", "maoists", "naxalites", "naxals" },
  -- only a subset of the victims: sets no bound
  partial_before = { "including", "includes", "included", "among them", "among whom",
    "among the dead", "among the victims", "among those killed", "among the wounded",
    "among the injured", "of whom", "of them", "treated", "received", "admitted",
    "brought", "took in", "rushed", "among those", "such as", "mostly", "mainly" },
  partial_after = { "arrived", "were brought", "were taken", "were admitted", "were treated",
    "were being treated", "were rushed", "were transported", "were evacuated",
    "were hospitalized", "remain", "remained", "are in", "were in", "arrived at",
    "were airlifted", "were flown", "are being treated" },
  -- singular heads that make "a"/"an" a count of one
  persons = { "person", "man", "woman", "child", "boy", "girl", "baby", "policeman",
    "policewoman", "officer", "soldier", "civilian", "worshipper", "worshiper", "student",
    "teacher", "journalist", "reporter", "guard", "member", "official", "employee",
    "worker", "passer-by", "passerby", "bystander", "pilgrim", "tourist", "resident",
    "villager", "farmer", "driver", "passenger", "trooper", "marine", "sailor", "airman",
    "cleric", "imam", "priest", "judge", "lawyer", "doctor", "nurse", "commander",
    "leader", "politician", "lawmaker", "minister", "governor", "mayor", "councillor",
    "councilor", "citizen", "national", "foreigner", "contractor", "engineer",
    "shopkeeper", "vendor", "customer", "guest", "visitor", "spectator", "fan",
    "teenager", "youth", "infant", "toddler", "mother", "father", "elder", "chief",
    "constable", "sergeant", "captain", "colonel", "general", "major", "lieutenant",
    "agent", "diplomat", "ambassador", "aid worker", "medic", "paramedic", "firefighter",
    "detainee", "prisoner", "inmate", "hostage", "gunman", "attacker", "assailant",
    "bomber", "militant", "insurgent", "terrorist", "shooter", "suspect", "fighter",
    "jihadist", "kidnapper", "raider", "bandit", "perpetrator", "hijacker", "wife",
    "husband", "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt", "nephew",
    "niece", "grandson", "granddaughter", "grandfather", "grandmother", "relative",
    "parent", "spouse", "fiancee", "fiance", "friend", "colleague", "neighbour", "neighbor",
    "pupil", "bodyguard", "escort", "employer", "boss", "waiter", "waitress", "landlord",
    "tenant", "priestess", "actress", "hostess", "stewardess", "seamstress", "aide",
    "assistant", "secretary", "spokesman",
    "spokeswoman", "deputy", "owner", "manager", "director", "editor", "photographer",
    "cameraman", "producer", "interpreter", "translator", "monk", "nun", "bishop", "pastor",
    "rabbi", "sheikh", "mullah", "tribesman", "victim", "survivor", "patient", "volunteer",
    "staffer", "activist", "protester", "demonstrator", "prosecutor", "mp", "senator",
    "deputy", "chairman", "president", "premier", "prince", "princess", "king", "queen",
    "ranger", "gendarme", "militiaman", "conscript", "recruit", "cadet", "veteran",
    "miner", "labourer", "laborer", "herder", "herdsman", "fisherman", "trader", "merchant",
    "shepherd", "truck driver", "mechanic", "builder", "peasant", "hunter", "logger",
    "seafarer", "crewman", "crew member", "missionary", "vaccinator", "polio worker",
    "election worker", "health worker", "electoral worker", "aid worker", "deminer",
    "guide", "jawan", "porter", "cook", "waiter", "clerk", "cashier", "pilot", "watchman",
    "caretaker", "conductor", "chauffeur", "candidate", "councilman", "headman", "chieftain",
    "principal", "headmaster", "warden", "lecturer", "professor", "coach", "player",
    "inspector", "superintendent", "detective", "patrolman", "patrolwoman", "deputy sheriff",
    "sheriff", "marshal" },
  -- heads that are not people: "3 bombs killed", "2 km", "5 years"
  not_persons = { "year", "years", "month", "months", "week", "weeks", "day", "days",
    "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades",
    "century", "centuries", "km", "kilometres", "kilometers", "kilometre", "kilometer",
    "miles", "mile", "metres", "meters", "metre", "meter", "feet", "foot", "yards",
    "percent", "per", "cent", "times", "bombs", "bomb", "blasts", "blast", "explosions",
    "explosion", "attacks", "attack", "rockets", "rocket", "missiles", "missile",
    "grenades", "grenade", "shells", "shell", "mortars", "mortar", "drones", "drone",
    "shots", "shot", "rounds", "bullets", "vehicles", "vehicle", "cars", "car", "trucks",
    "truck", "buses", "bus", "bombings", "bombing", "incidents", "incident", "cases",
    "case", "raids", "raid", "strikes", "strike", "airstrikes", "airstrike", "devices",
    "device", "ieds", "ied", "suicide", "dollars", "dollar", "euros", "pounds", "rupees",
    "million", "billion", "afghanis", "rials", "roubles", "rubles", "naira", "shillings",
    "dlrs", "dlr", "mln", "bln", "pct", "barrels", "bpd", "shares", "stg", "yen", "marks",
    "francs", "lire", "crowns", "cts", "cents", "points", "ounces", "bushels", "bales",
    "units", "weapons", "guns", "rifles", "kilos", "grams", "boxes", "bags", "packets",
    "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "countries", "cities", "provinces",
    "villages", "towns", "districts", "places", "locations", "sites", "homes", "houses",
    "buildings", "shops", "schools", "mosques", "churches", "floors", "storey", "stories",
    "acres", "tons", "tonnes", "kg", "kilograms", "kilos", "pounds", "litres", "liters",
    "plots", "plot", "operations", "operation", "assaults", "shootings", "waves",
    "camps", "camp", "bases", "posts", "checkpoints", "stations",
    "aircraft", "airliners", "airliner", "planes", "plane", "jets", "helicopters", "ships",
    "boats", "trains", "carriages", "wagons", "vans", "lorries",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ago", "earlier", "later",
    "before", "after" },
  -- words that end the victims' noun phrase
  stop = { "in", "on", "at", "after", "before", "during", "since", "when", "while", "as",
    "by", "with", "from", "to", "for", "into", "near", "outside", "inside", "across",
    "the", "a", "an", "and", "or", "but", "said", "says", "say", "told", "according",
    "including", "includes", "included", "among", "that", "which", "who", "whom", "whose",
    "where", "this", "these", "those", "its", "their", "his", "her", "of", "than", "then",
    "it", "they", "he", "she", "we", "there", "here", "if", "because", "amid", "within",
    "over", "under", "about", "around", "against", "following", "between", "last",
    "not", "no", "so", "such", "just", "only", "least", "most", "more than" },
}

local ws = numbers.space^1
local sp = numbers.space^0
local wordchar = numbers.wordchar
local letter = R("az", "AZ")
local digit = R"09"

-- Lower-case set of a list, for checks in Lua.
local function set(list)
  local t = {}
  for _, w in ipairs(list) do t[lower(w)] = true end
  return t
end

-- The noun a phrase ends with, in lower case ("U.S. service members" -> "members").
local function head_word(text, s, e)
  -- (scare quotes around the noun are no part of it: '100 "terrorists"')
  local np = gsub(gsub(lower(sub(text, s, e)), '"', ""), "\226\128[\156\157]", "")
  return match(np, "([%w%.%-'\128-\255]+)$") or np
end

-- The lower-case text just before `pos` (at most `n` bytes), for look-behind checks.
local function before(text, pos, n)
  local s = pos - n
  if s < 1 then s = 1 end
  return lower(sub(text, s, pos - 1))
end

-- Does `window` end with one of the phrases (then only spaces)?
local function ends_with_any(window, list)
  window = gsub(window, "%s+$", "")
  for _, p in ipairs(list) do
    local n = #p
    if sub(window, -n) == p then
      local c = sub(window, -n - 1, -n - 1)
      if c == "" or not find(c, "[%w\128-\255]") then return true end
    end
  end
  return false
end

-- Does `text` from `pos` start (after spaces) with one of the phrases?
local function starts_with_any(text, pos, list)
  local window = lower(sub(text, pos, pos + 40))
  window = gsub(window, "^%s+", "")
  for _, p in ipairs(list) do
    if sub(window, 1, #p) == p then
      local c = sub(window, #p + 1, #p + 1)
      if c == "" or not find(c, "[%w\128-\255]") then return true end
    end
  end
  return false
end

-- Do any of the words of a phrase fall in the set?
local function any_word_in(text, s, e, wordset)
  for word in gmatch(lower(sub(text, s, e)), "[%w%-'\128-\255]+") do
    -- (curly quotes are bytes of that class: '"terrorists"' is "terrorists")
    if wordset[gsub(word, "\226\128[\156\157]", "")] then return true end
  end
  return false
end

local HOSTAGE_VERBS = { "took", "taking", "takes", "take", "held", "holding", "holds",
  "has taken", "have taken", "had taken" }
local SELF_VERBS = { "killed", "killing", "blew", "blowing", "blown" }
local NONE_WORDS = { "no one", "nobody", "no-one", "none", "no", "without" }

local GENERIC = set{ "people", "persons", "individuals", "others", "more", "other people" }
local SINGULAR_THE = set{ "attacker", "gunman", "assailant", "bomber", "militant", "terrorist",
  "insurgent", "perpetrator", "jihadist", "shooter", "suspect", "hijacker", "kidnapper" }

-- "were among the dead" after "5 policemen" : the auxiliaries are matched on their
-- own, so a trigger phrase drops its leading ones.
local LEADING_AUX = set{ "were", "was", "are", "is", "have", "has", "had", "been", "be" }
local function strip_aux(list)
  local out = {}
  for _, x in ipairs(list) do
    local rest = x
    while true do
      local first, tail = match(rest, "^(%S+)%s+(.+)$")
      if first and LEADING_AUX[first] then rest = tail else break end
    end
    out[#out + 1] = rest
  end
  return out
end

-- A pattern that runs `compiled` (a pattern capturing at most one value, then
-- its end position) as a match-time call: the same match and capture, without
-- a copy of `compiled` in the pattern that uses it.
local function called(compiled)
  return Cmt(P(true), function(subject, i)
    local a, b = lpeg.match(compiled, subject, i)
    if b ~= nil then return b, a end
    if a ~= nil then return a end
    return false
  end)
end

-- Builds the scanner's LPeg grammar from word lists.
local function build(w)
  w = setmetatable({ killed_after = strip_aux(w.killed_after),
    wounded_after = strip_aux(w.wounded_after), casualties_after = strip_aux(w.casualties_after),
    abducted_after = strip_aux(w.abducted_after) }, { __index = w })
  local persons, not_persons = set(w.persons), set(w.not_persons)
  local perps, revision, early = set(w.perpetrators), set(w.revision), set(w.early)
  -- Big patterns are called as subroutines (a match-time call into a pattern
  -- compiled once) instead of being copied into every construction: LPeg inlines
  -- sub-patterns, and copies made the grammar slow to build and to compile.
  local function subroutine(patt)
    return called(patt * Cp())
  end
  local fig = subroutine(numbers.figure)

  local function det(value, name)
    return Cp() * C(name) * Cp() / function(s, t, e)
      return { lo = value, hi = value, approx = false, vague = false, article = true,
        text = t, start = s, stop = e - 1, det = lower(t) }
    end
  end
  -- "a policeman", "both guards", "their mother": one (two) people, when the head is
  -- a person
  local article = det(1, phrase"a" + phrase"an") + det(2, phrase"both")
    + det(1, alt{ "his", "her", "their", "its", "our" })
  local the = det(1, phrase"the")
  local fig1 = subroutine(numbers.figure + article)

  local after_all = w.casualties_after
  local verb_after = alt(w.casualties_after, "casualties") + alt(w.killed_after, "killed")
    + alt(w.wounded_after, "wounded") + alt(w.abducted_after, "abducted")
  local verb_before = alt(w.casualties_before, "casualties") + alt(w.killed_before, "killed")
    + alt(w.wounded_before, "wounded") + alt(w.abducted_before, "abducted")
  local verbs = {}
  for _, k in ipairs{ "killed_after", "wounded_after", "casualties_after", "abducted_after",
      "killed_before", "wounded_before", "casualties_before", "abducted_before" } do
    for _, x in ipairs(w[k]) do verbs[#verbs + 1] = x end
  end
  local _ = after_all
  local any_verb = alt(verbs)
  local stop = alt(w.stop) + alt{ "lives", "another", "hostage", "captive", "prisoner",
    "prisoners", "himself", "herself", "themselves" }
  local auxw = alt(w.aux)
  -- (a word in scare quotes is still the word: 'killed 100 "terrorists"')
  local quote = P'"' + P"\226\128\156" + P"\226\128\157"
  local np_token = quote^-1 * ((letter * P".")^2 * -letter
    + letter * (wordchar + S"-'" * wordchar)^0
    + digit^1 * P"-" * letter * (wordchar + P"-" * wordchar)^0) * quote^-1
  -- a participle opens a clause, not a word of the victims' noun phrase
  -- ("12 guests attending the wedding")
  local ing_word = (-(P"ing" * -wordchar) * letter)^1 * P"ing" * -(wordchar + S"-'")
  -- ("334 hostages were killed": hostages told as the victims of a verb
  -- after them, not a count of people taken)
  local held = alt{ "hostages", "captives" } * #(ws * alt{ "were", "was", "have", "had", "died" })
  -- (but a participle before a person's noun names the person: "a teaching
  -- assistant", "two visiting professors")
  local person_head = alt(w.persons) * P"s"^-1 * -wordchar
  local ing_clause = ing_word * -#(ws * person_head)
  local np_word = -(stop + auxw + any_verb + ing_clause) * np_token + held
  -- the victims: up to five words, and an "of" phrase ("7 members of the security
  -- forces"); the head noun is the last word before the "of"
  local np_core = np_word * (ws * np_word)^-4
  local np = Cg(Cp(), "np_s") * subroutine(np_core) * Cg(Cp(), "head_e")
    * subroutine(ws * phrase"of" * ws * (phrase"the" * ws)^-1 * #letter * np_core)^-1
    * Cg(Cp(), "np_e")
  local fig_np = Ct(Cg(fig1, "fig") * (ws * np)^-1)
  local sep = C(sp * P"," * sp * (phrase"and" * ws)^-1 + ws * phrase"and" * ws
    + ws * phrase"as well as" * ws)
  local aux = (ws * auxw)^0
  local passive_after = aux * ws * verb_after
  -- another part of the list: "... and some 170 civilians"; after a verb a part
  -- must not be the subject of the next clause ("killing 5 and 3 were hurt")
  -- "... and the four attackers", "... and the civilian driver": a part told
  -- with "the" (one person by role, or a figure after it)
  local and_sep = C(sp * P"," * sp * phrase"and" * ws + ws * phrase"and" * ws)
  -- "killing three mothers and six of their children": a group of the
  -- others' own ("of them" would be a part of those told)
  local kin = ws * phrase"of" * ws * alt{ "their", "his", "her" } * ws * np
  local part = (Ct(Cg(sep, "sep") * Cg(fig1, "fig") * (ws * np)^-1)
    + Ct(Cg(and_sep, "sep") * Cg(phrase"the" * ws * fig + the, "fig") * ws * np))
    * -(ws * phrase"of")
    + Ct(Cg(and_sep, "sep") * Cg(fig1, "fig") * kin)
  -- "killing five soldiers, a military officer said": the speaker is no part
  local cont = part * -passive_after * -(ws * alt{ "said", "says", "told", "added", "reported",
    "confirmed", "stated", "announced" })
  local ofwhom = alt{ "the", "them", "those", "whom", "its", "their", "these", "our", "his",
    "her", "my", "your", "us" }
  -- ("43 of the 60 soldiers at the base were killed": the whole the part is
  -- of, and where they were)
  local ofnp = ws * phrase"of" * ws * ofwhom * (ws * fig1 * #(ws * np_word))^-1 * (ws * np)^-1
    * (ws * alt{ "at", "in", "on", "inside" } * ws * alt{ "the", "a", "an" } * ws
      * subroutine(np_core))^-1
  -- "of its fighters, prison guards and civilians": the list goes on
  local ofmore = Cg(Cc(true), "mixed") * ((sp * P"," * sp * (phrase"and" * ws)^-1
    + ws * phrase"and" * ws) * subroutine(np_core))^1 * Cg(Cp(), "list_e")

  -- Parts add up; a comma after a generic head ("20 people, 13 soldiers ...") is a
  -- breakdown, not another group, so it ends the list.
  local function total(text, parts)
    local kept = { parts[1] }
    for i = 2, #parts do
      local prev = kept[#kept]
      local comma_only = parts[i].sep and not find(parts[i].sep, "and")
        and not find(parts[i].sep, "well")
      if comma_only and (not prev.np_s or GENERIC[head_word(text, prev.np_s, prev.head_e - 1)])
      then break end
      -- "shot dead one man, a 52-year-old Turkish citizen": a part of "a"
      -- after a comma, with no "and" closing a list after it, tells who the
      -- one before was (not "a policeman, a soldier and two civilians")
      local fs = parts[i].fig and parts[i].fig.start
      if comma_only and fs and find(lower(sub(text, fs, fs + 2)), "^an? ") then
        local list = false
        for j = i + 1, #parts do
          if parts[j].sep and find(parts[j].sep, "and") then list = true end
        end
        if not list then break end
      end
      kept[#kept + 1] = parts[i]
    end
    local lo, hi, approx, vague, any_lo = 0, 0, false, true, false
    for _, p in ipairs(kept) do
      local f = p.fig
      if f.lo then lo = lo + f.lo; any_lo = true end
      if f.hi and hi then hi = hi + f.hi else hi = nil end
      approx = approx or f.approx
      vague = vague and f.vague
    end
    if not any_lo then lo = nil end
    if vague then approx = true end
    return kept, lo, hi, approx, vague
  end

  -- Checks each part's head noun: not a unit, a time, a weapon; "a"/"an" only before a
  -- person. Returns false when a part is not a count of people.
  local function heads_ok(text, parts)
    for _, p in ipairs(parts) do
      local head
      if p.np_s then head = head_word(text, p.np_s, p.head_e - 1) end
      if head and (not_persons[head] or find(head, "^%d")) and not find(head, "year%-old") then
        return false
      end
      if p.fig.det then
        if not head then return false end
        if p.fig.det == "the" and persons[head] and not perps[head] then   -- luacheck: ignore 542
          -- "the civilian driver", "the mayor": one person told by role
        elseif p.fig.det == "the" then
          if not perps[head] then return false end
          if not SINGULAR_THE[head] then
            p.fig = { vague = true, approx = true, text = p.fig.text, start = p.fig.start,
              stop = p.fig.stop, det = "the" }
          end
        elseif not (persons[head] or find(head, "year%-old$")
            -- ("a police sub-inspector": a rank that ends in a person)
            or persons[match(head, "%-(%a+)$") or ""]
            -- ("a 20-year-old waitress": an age before a noun tells a person)
            or find(lower(sub(text, p.np_s, p.head_e - 1)), "%d%-year%-old [%a%s%-]*$")) then
          return false
        end
      end
    end
    return true
  end

  -- Abducted counts are of people ("seized 12 rifles" is not).
  local function people(text, p)
    if not p.np_s then return false end
    local head = head_word(text, p.np_s, p.head_e - 1)
    if GENERIC[head] or persons[head] or perps[head] then return true end
    local one = match(head, "^(.-)men$")
    if one and persons[one .. "man"] then return true end
    if head == "children" or find(head, "year%-olds$") then return true end
    -- "438 Libyans", "two Britons": a capitalised plural names people
    local raw = sub(text, p.head_e - #head, p.head_e - 1)
    if find(raw, "^%u%l+s$") then return true end
    return persons[match(head, "^(.-)e?s$") or ""] or persons[match(head, "^(.-)s$") or ""]
      or false
  end

  -- The record for a construction; nil when its checks fail.
  local function record(text, t, pos, rule)
    local parts = t.parts or { t }
    -- "killed 71 soldiers, an attack claimed by ...": a figure read off an
    -- article whose head names no one ends the list, it does not spoil it
    local cut = false
    for i = 2, #parts do
      if parts[i].fig.det and not heads_ok(text, { parts[i] }) then
        local keep = {}
        for k = 1, i - 1 do keep[k] = parts[k] end
        parts, cut = keep, true
        break
      end
    end
    -- "... were killed, 186 of them children, and more than 700 others were
    -- injured": a part of those told before ("of them") heads no list of
    -- the others; the others are the count
    if #parts > 1 and find(lower(sub(text, parts[1].fig.stop + 1, parts[2].fig.start - 1)),
        "^%s+of%s+[tw]h?[eo]m%f[%A]") then
      local others = false
      for i = 2, #parts do
        local p = parts[i]
        local head = p.np_s and head_word(text, p.np_s, p.head_e - 1)
        if head == "others" or head == "more" then others = true end
      end
      if others then
        local keep = {}
        for i = 2, #parts do keep[#keep + 1] = parts[i] end
        parts = keep
        t.s = parts[1].fig.start
      end
    end
    if not heads_ok(text, parts) then return nil end
    -- "brothers aged 21 and 19 were killed": ages after "aged" count no one
    if find(before(text, parts[1].fig.start, 24), "%f[%a]aged%s+[%d%s,and]*$") then
      return nil
    end
    if t.kind == "abducted" and not people(text, parts[1]) then return nil end
    local kept, lo, hi, approx, vague = total(text, parts)
    local first, last = kept[1], kept[#kept]
    local r = { kind = t.kind, lo = lo, hi = hi, approx = approx, vague = vague,
      start = t.s, stop = pos - 1, fig_start = first.fig.start, fig_stop = first.fig.stop,
      rule = t.kind .. "." .. rule, perpetrators = false, partial = false, revision = false,
      qualifier = first.fig.qualifier }
    if #kept > 1 then r.qualifier = "sum" end
    if #kept == 1 and first.fig.det then r.det = first.fig.det end
    if #kept < #parts and t.verb_after then
      -- a cut list before the verb: the construction is the first part only
      return nil
    end
    if #kept < #parts or cut then r.stop = last.np_e and last.np_e - 1 or last.fig.stop end
    if #kept > 1 then
      r.parts = {}
      for i, p in ipairs(kept) do r.parts[i] = p.fig end
    end
    if first.np_s then
      r.who, r.who_start, r.who_stop = sub(text, first.np_s, first.np_e - 1), first.np_s,
        first.np_e - 1
    end
    local perp_parts = 0
    for _, p in ipairs(kept) do
      if p.np_s and any_word_in(text, p.np_s, p.head_e - 1, perps) then
        r.perpetrators = true
        p.perp = true
        perp_parts = perp_parts + 1
      end
    end
    if perp_parts > 0 and perp_parts < #kept then
      -- "four civilians and the four attackers died": the victims' parts are
      -- the toll, the attackers' are not
      local victims = {}
      for _, p in ipairs(kept) do if not p.perp then victims[#victims + 1] = p end end
      local _, vlo, vhi, vapprox, vvague = total(text, victims)
      r.lo, r.hi, r.approx, r.vague, r.perpetrators = vlo, vhi, vapprox, vvague, false
      r.attackers_in_list = true
    end
    if ends_with_any(before(text, r.fig_start, 30), w.partial_before) then
      r.partial = true
    end
    -- "police initially spoke of 20 dead": a figure the story gives as an early one
    local lead = before(text, r.start, 50)
    for word in gmatch(lead, "[%a]+") do
      if early[word] then r.early = true end
    end
    -- "has climbed to 38 ..., up from the 25 dead it announced": the count
    -- a revision replaced
    if find(lead, "%f[%a]up from%s+[%a%s]*$") or find(lead, "%f[%a]down from%s+[%a%s]*$") then
      r.early = true
    end
    r.text = sub(text, r.start, r.stop)
    return r
  end

  -- "3 gunmen killed 5 people", "the bomber killed himself" are active: the
  -- figure before the verb is not the victims.
  local reflexive = ws * (phrase"himself" + phrase"herself" + phrase"themselves")
  local determiner = ws * alt{ "the", "a", "an", "its", "their", "his", "her", "this",
    "that", "these", "those" } * ws * letter
  local object = ws * fig_np
  -- The match-time function of a construction whose figure needs no more checks
  -- than `record` makes.
  local function recorded(rule)
    return function(text, pos, t)
      local r = record(text, t, pos, rule)
      if not r then return false end
      return pos, r
    end
  end

  local function active(text, pos, no_aux)
    if lpeg.match(reflexive, text, pos) then return true end
    -- "24 businessmen seized the opportunity": no auxiliary, an object after the verb
    if no_aux and lpeg.match(determiner, text, pos) then return true end
    local probe = lpeg.match(object, text, pos)
    return probe ~= nil and heads_ok(text, { probe })
  end

  -- figure, victims, verb: "at least 115 people were killed"
  -- "At least 137 people, including three children, were killed": an aside between
  -- commas or brackets, holding no verb of ours
  local aside_word = -any_verb * numbers.wordchar * (numbers.wordchar
    + S"'.-" * numbers.wordchar)^0 * P"."^-1
  local dash = P"--" + P"- -" + P"\226\128\148" + P"\226\128\147"
  -- ("At least 55 people, including women, children and three personnel of
  -- the Rangers, were martyred": a list after "including" holds commas, each
  -- followed by at most three words and "and", "or" or another comma)
  local be_word = alt{ "were", "was", "are", "is", "have", "has", "had", "been" }
    * -numbers.wordchar
  local list_word = -be_word * -(alt{ "and", "or" } * -numbers.wordchar) * aside_word
  local inner_comma = P"," * #(sp * list_word * (sp * list_word)^-2 * sp
    * (P"," + phrase"and" + phrase"or"))
  local aside = sp * (P"," * sp * phrase"including" * (sp * (aside_word + inner_comma))^1
      * sp * P","
    + P"," * (sp * aside_word)^1 * sp * P","
    + P"(" * (sp * (aside_word + P","))^1 * sp * P")"
    + dash * (sp * (aside_word + P","))^1 * sp * dash)
  local function fig_verb_record(text, pos, t)
    if active(text, pos, t.aux == "") then return nil end
    -- "Jane Doe, 31, of Leeds, was killed": a bare figure between commas
    -- after a name is the person's age, never a count of the dead
    local p1 = t.parts and t.parts[1]
    if p1 and not p1.np_s and p1.fig.start
        and find(sub(text, p1.fig.start > 30 and p1.fig.start - 30 or 1, p1.fig.start - 1),
          "%u[%a'%-]*,%s+$")
        and find(sub(text, p1.fig.stop + 1, p1.fig.stop + 1), "^,")
        and find(sub(text, p1.fig.start, p1.fig.stop), "^%d%d?$") then
      return nil
    end
    local r = record(text, t, pos, "fig_verb")
    if not r then return nil end
    -- "Eighty dead attackers means ...": "dead" as the adjective of the
    -- attackers counts them, not their victims
    local after = match(sub(text, pos, pos + 20), "^ (%a+)")
    if after and perps[lower(after)] and lower(sub(text, t.verb_s, pos - 1)) == "dead" then
      r.perpetrators = true
    end
    if r.kind == "wounded" and starts_with_any(text, pos, w.partial_after) then
      r.partial = true
    end
    -- "five policemen were among the dead": a subset of the victims
    if find(lower(sub(text, t.verb_s, pos - 1)), "among", 1, true) then r.partial = true end
    return r
  end

  -- verb, figure, victims: "killing 13 soldiers and some 170 civilians"
  local verb_fig = Cmt(Ct(Cg(Cp(), "s") * Cg(verb_before, "kind") * ws
      * (phrase"a total of" * ws)^-1
      * (Cg(Ct(Ct(Cg(fig1, "fig") * (ws * np)^-1 * ofnp^-1) * cont^0), "parts")
        -- ("killed the village chief and five other men": one man told by
        -- his role, then a figure)
        + Cg(Ct(Ct(Cg(the, "fig") * ws * np) * cont^1), "parts"))),
    recorded"verb_fig")

  -- "left 13 dead", "leaving many others severely wounded"
  local adj = ws * (alt(w.left_adverbs) * ws)^0
  -- ("left 20 police officers and civilians dead": one figure for a mixed group)
  local left = Cmt(Ct(Cg(Cp(), "s") * alt(w.left) * ws
      * Cg(Ct(Ct(Cg(fig1, "fig") * (ws * np * ofmore^-1)^-1)), "parts") * adj
      * Cg(alt(w.casualties_after, "casualties") + alt(w.killed_after, "killed")
        + alt(w.wounded_after, "wounded"), "kind")),
    recorded"left")

  -- "stabbed three people to death", "hacked 12 villagers to death": a verb
  -- of wounding whose victims die
  local TO_DEATH_VERBS = { "stabbed", "stabbing", "hacked", "hacking", "beaten", "beat",
    "beating", "burned", "burnt", "burning", "bludgeoned", "clubbed", "knifed", "stoned",
    "shot", "shooting", "crushed", "trampled" }
  local BODY_VERBS = { "counted", "recovered", "found", "retrieved", "pulled out",
    "collected", "have recovered", "had recovered", "have found", "had found" }
  local to_death = Cmt(Ct(Cg(Cp(), "s") * alt(TO_DEATH_VERBS) * ws
      * Cg(Ct(Ct(Cg(fig1, "fig") * (ws * np)^-1)), "parts")
      * ws * phrase"to death" * Cg(Cc("killed"), "kind")),
    recorded"to_death")

  -- "Officials counted 33 bodies", "rescuers recovered 12 bodies": the dead
  -- counted by those who found them
  local bodies = Cmt(Ct(Cg(Cp(), "s") * alt(BODY_VERBS) * ws
      * Cg(Ct(Ct(Cg(fig, "fig"))), "parts")
      * ws * alt{ "bodies", "corpses" } * Cg(Cc("killed"), "kind")),
    function(text, pos, t)
      -- ("Troops recovered nine bodies" after an assault of their own: the
      -- militants the forces killed)
      local b = before(text, t.s, 20)
      if find(b, "%f[%a]troops%s*$") or find(b, "%f[%a]soldiers%s*$")
        or find(b, "%f[%a]forces%s*$") then
        return false
      end
      local r = record(text, t, pos, "bodies")
      if not r then return false end
      return pos, r
    end)

  -- "claimed 21 lives", "costing at least 20 lives"
  local lives = Cmt(Ct(Cg(Cp(), "s") * alt(w.lives_before) * ws
      * Cg(Ct(Ct(Cg(fig, "fig") * (ws * np)^-1)), "parts")
      * ws * (phrase"people's" * ws + phrase"human" * ws + phrase"innocent" * ws)^-1
      * phrase"lives" * Cg(Cc("killed"), "kind")),
    recorded"lives")

  -- "the death toll rose to 143"
  local link_words = { "to", "at", "of", "was", "is", "stood at", "stands at", "reached",
    "hit", "topped", "passed", "surpassed", "exceeded", "has reached", "had reached",
    "now at", "rose to", "climbed to", "was put at", "put at", "stood at over",
    "run", "runs", "range", "ranged", "go", "went", "run to", "range up to" }
  local link = alt(link_words)
  local token = numbers.wordchar^1 * (S".,:/-'" * numbers.wordchar^1)^0
  -- what stands between the toll and its verb: "the death toll from Saturday's
  -- bombing in the capital", "the toll, which climbed for days as the wounded died,"
  -- (a relative clause between commas)
  local comma = (sp * P",")^-1
  -- a date inside the gap ("killed in the March 22 assault") is not a figure
  local day_of_month = alt{ "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
    "aug.", "sept.", "sep.", "oct.", "nov.", "dec." } * ws
    * (digit * digit^-1 * (P"," * ws * digit * digit * digit * digit)^-1
      + digit * digit * digit * digit) * -(letter + digit)
  -- nor a count of things ("the bombings that struck two mosques")
  -- (past one word: "when jihadists overran two army camps")
  local things = fig * ws * (-alt(w.not_persons) * token * ws)^-1 * alt(w.not_persons)
    * -(wordchar + P"-")
  -- (a grammar, so the 26 steps call one rule instead of holding 26 copies)
  local gap = P{ "gap", gap = lpeg.V"step"^-26,
    step = comma * ws * -(link * ws * fig) * (day_of_month + -fig * token + things) }
  -- "the number of worshippers killed in the attack on the church ... at 40"
  local toll_kind = alt({ "killed", "dead", "slain", "died", "lost their lives", "martyrs",
      "victims", "fatalities", "deaths" }, "killed")
    + alt({ "wounded", "injured", "hurt" }, "wounded")
  local toll = Cmt(Ct(Cg(Cp(), "s") * (Cg(alt(w.toll_wounded, "wounded"), "kind")
      + Cg(alt(w.toll_killed, "killed"), "kind")
      + phrase"number of" * (ws * -toll_kind * np_token)^-3 * ws * Cg(toll_kind, "kind"))
      * gap * comma * ws * Cg(C(link), "link") * ws
      * Cg(Ct(Ct(Cg(fig, "fig") * (ws * np)^-1)), "parts")),
    function(text, pos, t)
      local r = record(text, t, pos, "toll")
      if not r then return false end
      local l = lower(t.link)
      if (find(l, "top") or find(l, "pass") or find(l, "exceed") or find(l, "surpass"))
        and r.qualifier == nil and r.lo then
        r.lo, r.hi, r.qualifier = r.lo + 1, nil, "more_than"
      end
      -- "a toll of 1 person wounded": the word after the figure names the kind
      if starts_with_any(text, pos, { "wounded", "injured", "hurt" }) then
        r.kind, r.rule = "wounded", "wounded.toll"
      end
      -- "taking the number of people killed or wounded to more than 480": the
      -- dead and the hurt together, no toll of either
      local head = lower(sub(text, t.s, r.fig_start - 1))
      if find(head, "%f[%a]killed,? or %a+") or find(head, "%f[%a]dead,? or %a+")
        or find(head, "%f[%a]killed and %a+ed%f[%A]") or find(head, "%f[%a]dead and %a+ed%f[%A]")
      then
        r.kind, r.rule = "casualties", "casualties.toll"
      end
      -- (and before the toll's phrase when a long one holds its event: "has
      -- lowered the official death toll from Sunday night's massacre in the
      -- village of X to 35")
      local words = before(text, r.fig_start, 60) .. " " .. before(text, r.start, 24)
      for word in gmatch(words, "[%a]+") do
        if revision[word] then r.revision = true end
      end
      r.partial = false
      return pos, r
    end)

  -- "Killed in the attack were two guards and a driver": the verb and its
  -- phrase first, the victims after "were"
  local inv_words = { "killed", "dead", "slain", "wounded", "injured", "hurt" }
  local inv_kind = alt({ "killed", "dead", "slain" }, "killed")
    + alt({ "wounded", "injured", "hurt" }, "wounded")
  local be = phrase"were" + phrase"was"
  local inverted = Cmt(Ct(Cg(Cp(), "s") * Cg(inv_kind, "kind") * ws
      * alt{ "in", "during", "at", "by", "on", "when" } * (ws * -be * token)^-8 * ws * be * ws
      * Cg(Ct(Ct(Cg(fig1, "fig") * (ws * np)^-1) * cont^0), "parts")),
    recorded"inverted")

  -- "bringing to 21 the number of guerrillas killed", "raises to 50 the death toll"
  local kind_word = alt({ "killed", "dead", "deaths", "slain" }, "killed")
    + alt({ "wounded", "injured", "hurt" }, "wounded")
  local toll_first = Cmt(Ct(Cg(Cp(), "s") * alt{ "brings", "brought", "bringing", "bring",
        "raises", "raised", "raising", "pushes", "pushed", "pushing", "puts", "putting",
        "takes", "took", "taking" } * ws * phrase"to" * ws
      * Cg(Ct(Ct(Cg(fig, "fig"))), "parts") * ws * phrase"the" * ws
      * (Cg(alt(w.toll_wounded, "wounded"), "kind") + Cg(alt(w.toll_killed, "killed"), "kind")
        + phrase"number of" * (ws * -kind_word * np_token)^-4 * ws * Cg(kind_word, "kind"))),
    function(text, pos, t)
      local r = record(text, t, pos, "toll")
      if not r then return false end
      r.revision = true
      return pos, r
    end)

  -- "The dead numbered 57", "officials put the dead at eight": the dead as
  -- the toll's noun, with a verb of counting right after it
  local dead_count = Cmt(Ct(Cg(Cp(), "s") * (phrase"the dead" * ws
        * alt{ "numbered", "number", "numbers", "totalled", "totaled", "totals", "stood at",
          "stands at", "reached" }
      + alt{ "put", "puts", "putting" } * ws * phrase"the dead" * ws * phrase"at")
      * ws * Cg(Cc("killed"), "kind") * Cg(Ct(Ct(Cg(fig, "fig") * (ws * np)^-1)), "parts")),
    function(text, pos, t)
      local r = record(text, t, pos, "toll")
      if not r then return false end
      return pos, r
    end)

  -- "the bomber killed himself", "blew themselves up"
  -- "figures ranging from about 60 to well over 100 dead": the low end of
  -- the lower figure and the high end of the higher one
  local ranging = Cmt(Ct(Cg(Cp(), "s") * alt{ "ranging from", "ranged from", "range from",
      "ranges from" } * ws * Cg(fig, "a") * ws * phrase"to" * ws * Cg(fig, "b")
      * (ws * phrase"people")^-1 * ws * Cg(verb_after, "kind")),
    function(text, pos, t)
      local a, b = t.a, t.b
      if t.kind ~= "killed" and t.kind ~= "wounded" then return false end
      local r = { kind = t.kind, lo = a.lo or a.hi, hi = b.hi, approx = a.approx or b.approx,
        vague = false, start = t.s, stop = pos - 1, fig_start = a.start, fig_stop = b.stop,
        rule = t.kind .. ".range", perpetrators = false, partial = false, revision = false }
      r.text = sub(text, r.start, r.stop)
      return pos, r
    end)
  -- A phrase that tells an exact number of dead by its words alone, the
  -- whole phrase its evidence.
  local function exact_dead(patt, n, rule)
    return Cmt(Ct(Cg(Cp(), "s") * patt), function(text, pos, t)
      local r = { kind = "killed", lo = n, hi = n, approx = false, vague = false,
        start = t.s, stop = pos - 1, fig_start = t.s, fig_stop = pos - 1,
        rule = rule, perpetrators = false, partial = false, revision = false }
      r.text = sub(text, r.start, r.stop)
      return pos, r
    end)
  end
  -- "killing only himself": the bomber was the only one to die
  local only_self = exact_dead(alt(SELF_VERBS) * ws * phrase"only" * ws
    * (phrase"himself" + phrase"herself" + phrase"themselves"), 0, "killed.only_self")
  -- "the killing of Walter Luebcke": one person, told by name, killed
  local name_word = R"AZ" * (letter + S"'-")^1
  -- "killing Pvt. John Ward, 23, and wounding ...": a person named as the
  -- object of "killing" (the name ends the phrase: not "killing Islamic
  -- State fighters")
  local title = alt{ "Pvt", "Pfc", "Sgt", "Cpl", "Lt", "Capt", "Maj", "Col", "Mr", "Mrs",
    "Ms", "Dr", "Officer", "Constable", "Private", "Sergeant", "Corporal", "Lieutenant",
    "Captain" } * P"."^-1
  local name_end = #(sp * (S",.;" + -1)
    + ws * phrase"and" * ws * alt{ "wounding", "injuring", "seriously", "critically" })
  local named = exact_dead(alt{ "killing of", "murder of", "assassination of", "slaying of" }
    * ws * name_word * (ws * name_word)^1, 1, "killed.named")
    + exact_dead(phrase"killing" * ws * (title * ws * name_word * (ws * name_word)^0
      + name_word * (ws * name_word)^1) * name_end, 1, "killed.named")
  local self = Cmt(Ct(Cg(Cp(), "s") * alt(SELF_VERBS) * ws
      * Cg(C(phrase"himself" + phrase"herself" + phrase"themselves"), "pron")
      * (ws * phrase"up")^-1),
    function(text, pos, t)
      local one = lower(t.pron) ~= "themselves"
      local r = { kind = "killed", lo = one and 1 or nil, hi = one and 1 or nil,
        approx = not one, vague = not one, start = t.s, stop = pos - 1,
        fig_start = t.s, fig_stop = pos - 1, rule = "killed.self", perpetrators = true,
        partial = false, revision = false }
      r.text = sub(text, r.start, r.stop)
      return pos, r
    end)

  -- "no one was killed", "no casualties"
  local harm = alt{ "killed", "hurt", "injured", "wounded", "harmed" }
  local none = Cmt(Ct(Cg(Cp(), "s") * (
      -- "nobody besides the attacker was killed": no victim (not "no one
      -- except two guards was hurt": those were)
      (phrase"no one" + phrase"nobody" + phrase"no-one") * ws
        * alt{ "besides", "apart from", "except", "other than" } * ws
        * (alt{ "the", "a", "an", "their", "its" } * ws)^-1
        * (alt{ "two", "three", "four", "five", "six" } * ws)^-1 * alt(w.perpetrators)
        * -wordchar * aux * ws * Cg(verb_after, "kind")
      -- "None of the blasts killed anyone": nobody hurt is nobody killed too
      + phrase"none of" * (ws * -harm * np_token)^-3 * ws * harm * ws
        * alt{ "anyone", "anybody" } * Cg(Cc("killed"), "kind")
      -- "six were wounded, none fatally"
      + phrase"none" * (ws * phrase"of them")^-1 * ws * phrase"fatally" * -wordchar
        * Cg(Cc("killed"), "kind")
      -- ("No one else was hurt": nobody besides those told, who may have
      -- been; read whole so that "one else was hurt" is no count of one,
      -- and marked partial, so it sets no bound)
      + (phrase"no one" + phrase"nobody" + phrase"no-one"
        + phrase"none") * (ws * Cg(phrase"else" * Cc(true), "besides"))^-1 * aux * ws
        * Cg(verb_after, "kind")
      -- "no worshippers died", "no passengers were hurt"
      + phrase"no" * ws * Cg(C(letter^1), "who") * aux * ws * Cg(verb_after, "kind")
      -- "exploded without hurting anyone": nobody hurt is nobody killed too
      + phrase"without" * ws * alt{ "hurting", "injuring", "wounding", "killing" } * ws
        * alt{ "anyone", "anybody" } * Cg(Cc("killed"), "kind")
      + phrase"no" * ws * (phrase"immediate" * ws + phrase"reported" * ws)^-1
        * Cg(alt({ "deaths", "fatalities", "dead" }, "killed")
          + alt({ "injuries", "injured", "wounded" }, "wounded")
          + alt({ "casualties" }, "casualties"), "kind"))),
    function(text, pos, t)
      local perp = false
      if t.who then
        local who = lower(t.who)
        local one = match(who, "^(.-)men$") and (match(who, "^(.-)men$") .. "man")
          or match(who, "^(.-)s$") or who
        if perps[who] or perps[one] then perp = true
        elseif not (GENERIC[who] or persons[one] or who == "civilians" or who == "children")
        then return false end
      end
      local r = { kind = t.kind, lo = 0, hi = 0, approx = false, vague = false,
        start = t.s, stop = pos - 1, fig_start = t.s, fig_stop = pos - 1,
        rule = t.kind .. ".none", perpetrators = perp, partial = t.besides == true,
        revision = false }
      r.text = sub(text, r.start, r.stop)
      return pos, r
    end)

  -- "27 of the dead were ...": a subset, no bound
  local victims = alt({ "dead", "killed", "deceased", "victims", "fatalities", "slain" },
      "killed") + alt({ "wounded", "injured", "hurt" }, "wounded")
    + alt({ "casualties" }, "casualties") + alt({ "hostages", "abducted", "kidnapped" },
      "abducted")
  local of_the = ws * phrase"of" * ws * (phrase"the" + phrase"those") * ws
    * (alt{ "people", "those" } * ws)^-1

  local function partial_of_record(text, pos, t)
    local r = record(text, t, pos, "partial_of")
    if r then r.partial = true end
    return r
  end

  local function of_record(text, pos, t)
    local p = t.parts[1]
    if p.fig.det then return nil end
    local r = record(text, t, pos, "of")
    if not r then return nil end
    -- "121 of its fighters, guards and civilians": a list of victims that names
    -- more than fighters is no count of attackers
    if p.mixed and p.np_e then
      for word in gmatch(lower(sub(text, p.np_e, p.list_e - 1)), "[%a%-]+") do
        if word ~= "and" and not perps[word] then r.perpetrators, r.mixed = false, true end
      end
    end
    if p.np_s and GENERIC[head_word(text, p.np_s, p.head_e - 1)] == nil
      and any_word_in(text, p.np_s, p.np_e - 1,
        set{ "dead", "wounded", "injured", "victims", "killed" }) then
      r.partial = true
    end
    return r
  end

  -- Every construction that starts with a figure, the figure read once:
  -- "27 of the dead ..." (a subset), "two of the attackers were killed", and
  -- figure, victims, verb: "at least 115 people were killed".
  local VALIDATE = { partial_of = partial_of_record, of = of_record,
    fig_verb = fig_verb_record }
  -- "At least 20 worshippers who had gathered for prayers at the shrine were
  -- killed", "Eight soldiers guarding the checkpoint were killed": a relative or
  -- participle clause between the victims and their verb (no figure in it)
  -- (a grammar, so the clause end and its verbs are one rule, not 13 copies)
  local clause_end = lpeg.V"clause_end"
  local relative = P{ "relative",
    relative = ws * (alt{ "who", "that", "which" } + ing_word)
      * (-clause_end * ws * -fig * token)^-12 * #clause_end,
    clause_end = (ws * auxw)^0 * ws * verb_after,
  }

  -- "37 foreign workers from eight countries and one Algerian were killed":
  -- where the victims come from is no count of its own, and the list goes on
  -- ("one man from the community ... was shot dead": where the victims came from)
  -- (nor where they were: "All 89 people on the two aircraft died",
  -- "passengers aboard the bus were killed")
  local from_np = (ws * (phrase"from" + phrase"on board" + phrase"aboard" + phrase"on"
      + phrase"inside") * ws * (phrase"the" * ws)^-1 * (fig1 * ws)^-1
    * subroutine(np_core)) / 0
  local by_figure = Cmt(Ct(Cg(Cp(), "s") * Cg(Ct(Cg(fig1, "fig") * (
        Cg(Cc("partial_of"), "how") * of_the * Cg(victims, "kind")
      -- ("two of his bodyguards and a passer-by were killed": a list of
      -- victims whose first part is a share of a group adds up too)
      -- (and "... and a woman who happened to be passing by were killed")
      + Cg(Cc("of"), "how") * ofnp * (Cg(Ct(part^1), "more") + ofmore)^-1
        * relative^-1
        * Cg(C(aux), "aux") * ws
        * Cg(verb_after, "kind")
      + Cg(Cc("fig_verb"), "how") * (ws * np * from_np^-1)^-1 * Cg(Ct(part^0), "more")
        -- ("The two men inside, brothers X and Y, aged 21 and 19, from the
        -- settlement of Z, were killed": asides one after another)
        * (aside * ((sp * aside_word)^1 * sp * P",")^-3)^-1
        * relative^-1
        * (ws * (phrase"who" + phrase"that"))^-1 * Cg(C(aux), "aux") * ws
        * Cg(Cp(), "verb_s") * Cg(verb_after, "kind") * Cg(Cc(true), "verb_after")
    )), "first")),
    function(text, pos, t)
      local first = t.first
      local parts = { first }
      for _, p in ipairs(first.more or {}) do parts[#parts + 1] = p end
      local u = { s = t.s, kind = first.kind, parts = parts, aux = first.aux,
        verb_s = first.verb_s, verb_after = first.verb_after }
      local r = VALIDATE[first.how](text, pos, u)
      if not r then return false end
      return pos, r
    end)

  -- "the attacker was killed": no figure, one (or some) of the attackers
  local the_perp = Cmt(Ct(Cg(Cp(), "s") * Cg(Ct(Ct(Cg(the, "fig") * ws * np)), "parts")
      * Cg(C(aux), "aux") * ws * Cg(alt(w.killed_after, "killed"), "kind")),
    function(text, pos, t)
      if t.aux == "" or active(text, pos) then return false end
      -- "relatives of the attackers were killed" are not the attackers
      if find(before(text, t.s, 4), "of%s+$") then return false end
      local r = record(text, t, pos, "the")
      -- "the attacker was killed"; "the mayor was killed" is one victim
      if not r or not (r.perpetrators or r.lo == 1) then return false end
      return pos, r
    end)

  -- "took 5 teachers hostage", "holding 30 people captive"
  local hostage = Cmt(Ct(Cg(Cp(), "s") * alt(HOSTAGE_VERBS) * ws
      * Cg(Ct(Ct(Cg(fig1, "fig") * (ws * np)^-1)), "parts") * ws
      * alt{ "hostage", "hostages", "captive", "captives", "prisoner", "prisoners" }
      * Cg(Cc("abducted"), "kind")),
    recorded"hostage")

  -- Each first word gets only the constructions that can start with it, in this
  -- order; words with the same constructions share one pattern.
  local fig_starts = numbers.first_words({}, { "a", "an", "both", "his", "her", "their",
    "its", "our" })
  for k in pairs(numbers.new().starts) do fig_starts[k] = true end
  local order = {
    { toll, numbers.first_words({}, w.toll_killed) },
    { toll_first, numbers.first_words({}, { "brings", "brought", "bringing", "bring",
      "raises", "raised", "raising", "pushes", "pushed", "pushing", "puts", "putting",
      "takes", "took", "taking" }) },
    { left, numbers.first_words({}, w.left) },
    { lives, numbers.first_words({}, w.lives_before) },
    { hostage, numbers.first_words({}, HOSTAGE_VERBS) },
    { ranging, numbers.first_words({}, { "ranging", "ranged", "range", "ranges" }) },
    { only_self, numbers.first_words({}, SELF_VERBS) },
    { named, numbers.first_words({}, { "killing", "murder", "assassination", "slaying" }) },
    { self, numbers.first_words({}, SELF_VERBS) },
    { none, numbers.first_words({}, NONE_WORDS) },
    { verb_fig, {} },
    { by_figure, fig_starts },
    { the_perp, { the = true } },
    { inverted, numbers.first_words({}, inv_words) },
    { to_death, numbers.first_words({}, TO_DEATH_VERBS) },
    { bodies, numbers.first_words({}, BODY_VERBS) },
    { dead_count, numbers.first_words({}, { "the", "put", "puts", "putting" }) },
  }
  numbers.first_words(order[1][2], w.toll_wounded)
  for _, list in ipairs{ w.killed_before, w.wounded_before, w.casualties_before,
      w.abducted_before } do
    numbers.first_words(order[11][2], list)
  end
  local signature = {}
  for i, o in ipairs(order) do
    for word in pairs(o[2]) do signature[word] = (signature[word] or "") .. i .. "," end
  end
  -- Each construction is copied once, with its end position: a word that
  -- starts one construction runs that copy; a word that starts several tries
  -- them in turn through match-time calls, so a choice copies no construction.
  local compiled, calls = {}, {}
  for i, o in ipairs(order) do
    compiled[i] = o[1] * Cp()
    calls[i] = called(compiled[i])
  end
  local shared, starts = {}, {}
  for word, sig in pairs(signature) do
    local p = shared[sig]
    if not p then
      local list = {}
      for i in gmatch(sig, "%d+") do list[#list + 1] = tonumber(i) end
      if #list == 1 then
        p = compiled[list[1]]
      else
        for k, i in ipairs(list) do list[k] = calls[i] end
        p = numbers.choice(list) * Cp()
      end
      shared[sig] = p
    end
    starts[word] = p
  end
  return numbers.choice(calls) * Cp(), starts
end

local FIELDS = { "start", "stop", "fig_start", "fig_stop", "who_start", "who_stop" }

-- Roots that stand for a trigger phrase in the first look (every phrase holding
-- one is found by it); a phrase with none is represented by its last word.
local ROOTS = { "kill", "dead", "death", "die", "slain", "murder", "massacr", "shot",
  "gunn", "lives", "perish", "fatal", "bodies", "behead", "martyr", "stab", "hack",
  "succumb", "wound", "injur", "hurt", "maim", "hospital", "casualt", "abduct", "kidnap",
  "hostage", "captive", "seiz", "snatch", "prisoner", "slaughter", "execut", "toll",
  "victim", "deceased", "body", "tally" }

-- A cheap first look: a span with no trigger stem cannot hold a casualty figure.
local function trigger_stems(w)
  local stems, seen = {}, {}
  local function add_stem(stem)
    if not seen[stem] then seen[stem] = true; stems[#stems + 1] = stem end
  end
  for _, k in ipairs{ "killed_after", "wounded_after", "casualties_after", "abducted_after",
      "killed_before", "wounded_before", "casualties_before", "abducted_before",
      "toll_killed", "toll_wounded" } do
    for _, x in ipairs(w[k]) do
      local stem
      for _, root in ipairs(ROOTS) do
        if find(x, root, 1, true) then stem = root; break end
      end
      add_stem(stem or sub(match(x, "([^%s]+)$") or x, 1, 5))
    end
  end
  -- constructions with their own words: hostages, reflexives, "no one ..."
  for _, extra in ipairs{ "hostage", "captive", "prisoner", "himself", "herself",
      "themselves", "lives", "victim", "deceased", "bodies", "corpses" } do
    add_stem(extra)
  end
  -- longer stems first cannot matter for a yes/no search, but sorted is reproducible
  sort(stems)
  return stems
end

-- "Presidential candidate Fernando Villavicencio was assassinated", "The
-- mayor, Agustin Intriago, was shot dead": a person named (two or more
-- capitalised words) before "was" and a verb of killing or wounding is one
-- victim. Lower-case verbs after "was" only; no figure is involved, so the
-- LPeg constructions (which start at a figure or a verb) do not see it.
local NAMED_VERBS = {
  { "assassinated", "killed" }, { "shot dead", "killed" }, { "killed", "killed" },
  { "gunned down", "killed" }, { "murdered", "killed" }, { "stabbed to death", "killed" },
  { "shot and killed", "killed" }, { "hacked to death", "killed" },
  { "beaten to death", "killed" }, { "burned to death", "killed" },
  { "burned alive", "killed" }, { "fatally shot", "killed" }, { "beheaded", "killed" },
  { "found dead", "killed" }, { "shot and stabbed to death", "killed" },
  { "wounded", "wounded" }, { "injured", "wounded" }, { "shot and wounded", "wounded" },
  { "seriously wounded", "wounded" }, { "seriously injured", "wounded" },
  { "critically injured", "wounded" }, { "critically wounded", "wounded" },
}

-- The longest of NAMED_VERBS right after byte `b` of `span` ("was| shot
-- dead"), as a whole word: its kind and the byte it ends at, or nil.
local function named_verb(span, b)
  local kind, vstop
  for _, v in ipairs(NAMED_VERBS) do
    local n = #v[1]
    if sub(span, b + 1, b + n) == v[1] and not find(sub(span, b + n + 1, b + n + 1), "%w")
      and (not vstop or b + n > vstop) then
      kind, vstop = v[2], b + n
    end
  end
  return kind, vstop
end

-- Capitalised words that open a sentence or name a time, not a person.
local NOT_NAME = set{ "the", "a", "an", "he", "she", "it", "this", "that", "who", "which",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "police", "officials", "authorities", "army",
  "state", "group", "province", "city", "district", "ministry", "government", "agency" }

-- Attackers whose own death is no part of a toll.
local ATTACKER = set{ "bomber", "attacker", "gunman", "assailant", "militant", "hijacker",
  "shooter", "terrorist", "kidnapper" }
-- Attackers a name may be told of ("the gunman, Ahmed R., was shot dead"):
-- those, and who is charged with it.
local NAMED_ATTACKER = { suspect = true, perpetrator = true }
for w in pairs(ATTACKER) do NAMED_ATTACKER[w] = true end
-- Lower-case words inside a person's name ("Theo van Gogh", "Osama bin Laden").
local PARTICLE = set{ "van", "von", "de", "del", "della", "da", "dos", "du", "der", "den",
  "al", "el", "bin", "ibn", "la", "le", "ter" }
-- What may follow "died" for the death to be one an attack caused, told of a
-- person named before it: "died in hospital", "died on August 11 of wounds".
local DIED_OF = { "in hospital", "of wounds", "of his wounds", "of her wounds",
  "of his injuries", "of her injuries", "from his wounds", "from her wounds",
  "from his injuries", "from her injuries", "on the way to hospital" }
-- Who shoots an attacker dead: "before police shot him dead" is no victim.
local STATE_SHOOTER = { "police", "officer", "soldier", "troop", "guard", "security",
  "forces", "army", "sniper" }

-- The capitalised words of a name ending right before `pos` in `span`
-- (particles inside a name allowed); returns the name's first byte and its
-- number of capitalised words.
local function name_before(span, pos)
  local words, first = 0, nil
  while true do
    local head = sub(span, 1, pos - 1)
    local ws_, we_ = find(head, "(%u[%a'\128-\255%-]*)$")
    if not ws_ then
      -- "Theo van Gogh": a particle between capitalised words
      local ps, pe = find(head, "(%l+)$")
      if words == 0 or not ps or not PARTICLE[sub(head, ps, pe)]
        or not find(sub(head, 1, ps - 1), " %u[%a'\128-\255%-]* $") then break end
      pos = ps - 1
    else
      local word = sub(span, ws_, we_)
      if NOT_NAME[lower(word)] or not find(word, "%l") then break end
      words, first = words + 1, ws_
      if sub(span, ws_ - 1, ws_ - 1) ~= " " then break end
      pos = ws_ - 1
    end
  end
  return first, words
end

-- The person a clause ending right before `a` (the space before its verb)
-- is about: a name right before, or before an appositive set off by commas
-- ("Bashir Aushev, a former deputy prime minister, was gunned down"), or
-- before a relative clause in it ("a militiaman named Suwaib Upham who had
-- offered to testify, was shot dead"). Returns the name's first byte or nil.
local function subject_before(span, a)
  local pos = a
  if sub(span, pos - 1, pos - 1) == "," then pos = pos - 1 end
  local first, words = name_before(span, pos)
  if words >= 2 then return first end
  if pos == a then return nil end
  -- the appositive: from the comma before it, at most 160 bytes back
  local lo = max(1, pos - 160)
  local seg = sub(span, lo, pos - 1)
  local c
  for at in gmatch(seg, "(),") do c = at end
  if c then
    local after = sub(seg, c + 1, c + 12)
    if find(after, "^ %l") or find(after, "^ %d") then
      first, words = name_before(span, lo + c - 1)
      if words >= 2 then return first end
    end
  end
  local rel = c and sub(seg, c + 1) or seg
  local w0 = find(rel, " who ", 1, true)
  if w0 then
    first, words = name_before(span, (lo - 1) + (c or 0) + w0)
    if words >= 2 then return first end
  end
  return nil
end

-- The small words of a time or place between "the killing" and "of
-- NAME" ("the killing last June of", "the murder in 2019 of").
local WHEN_WORD = { ["in"] = true, ["on"] = true, ["at"] = true, ["last"] = true,
  ["this"] = true, ["early"] = true, ["late"] = true, ["earlier"] = true }

-- Nouns of one person ("a 10-year-old boy was stabbed ... and died").
local ONE_PERSON = {}
for _, w in ipairs(M.words.persons) do ONE_PERSON[w] = true end

-- One victim told by name, found by plain search (the LPeg constructions
-- start at a figure or a verb, and a name has none): "NAME(, appositive,) was
-- VERB", "was shot ... and died", "NAME died in hospital / of wounds", "the
-- killing <when> of <role> NAME", "shot dead NAME", "shot him dead"; each
-- adds a record of one to `out` unless a construction read those words.
local function named_victims(text, s, e, out)
  -- (a name needs lower-case letters: " was " in lower case, found plainly)
  local w0 = find(text, " was ", s, true) or find(text, " were ", s, true)
  local d0 = find(text, " die", s, true)
  local k0 = find(text, " dead", s, true) or find(text, " down ", s, true)
    or find(text, " to death", s, true) or find(text, "ing ", s, true)
    or find(text, "urder ", s, true)
  if (not w0 or w0 > e) and (not d0 or d0 > e) and (not k0 or k0 > e) then return out end
  local span = sub(text, s, e)
  local low = lower(span)
  local added = false
  local function taken(a, z)
    for _, r in ipairs(out) do
      if r.start <= s + z - 1 and r.stop >= s + a - 1 then return true end
    end
    return false
  end
  local function add(kind, first, a, vstop, who_stop, object)
    -- ("the gunman, Ahmed R., was shot dead": a named attacker is no victim;
    -- not the object of a verb, whose subject the attacker is)
    local perp = false
    local lead = not object
      and match(sub(low, first > 40 and first - 40 or 1, first - 1), "([^.;]*)$") or ""
    for word in gmatch(lead, "%a+") do
      if NAMED_ATTACKER[word] or NAMED_ATTACKER[match(word, "^(.-)s$") or ""] then
        perp = true
      end
    end
    out[#out + 1] = { kind = kind, lo = 1, hi = 1, approx = false, vague = false,
      start = s + first - 1, stop = s + vstop - 1, fig_start = s + first - 1,
      fig_stop = s + who_stop - 1, rule = kind .. ".named", perpetrators = perp,
      partial = false, revision = false, who = sub(span, first, who_stop),
      who_start = s + first - 1, who_stop = s + who_stop - 1,
      text = sub(span, first, vstop) }
    added = true
    return a
  end
  local init = 1
  while true do
    local a, b = find(low, " was ", init, true)
    if not a then break end
    init = b
    local kind, vstop = named_verb(span, b)
    -- "was shot in the head and died", "was badly wounded and died in Qatar"
    local clause = match(sub(low, b + 1, b + 60), "^[^,.;:]*")
    local d1, d2 = find(clause, " and l?a?t?e?r? ?died%f[%A]")
    if d1 then kind, vstop = "killed", b + d2 end
    if kind then
      local first = subject_before(span, a)
      if first and not taken(first, vstop) then add(kind, first, a, vstop, a - 1) end
      -- "a 10-year-old boy was stabbed near his school and died the next
      -- day": one person told by "a" and a noun, hurt and then dead
      if not first and d1 then
        local lead, at, head = sub(low, 1, a - 1), nil, nil
        for _, pat in ipairs { "%f[%a]()an? (%a+)$", "%f[%a]()an? [%w%-]+ (%a+)$",
            "%f[%a]()an? [%w%-]+ [%a%-]+ (%a+)$" } do
          at, head = match(lead, pat)
          if at then break end
        end
        if at and ONE_PERSON[head] and not taken(at, vstop) then
          add("killed", at, a, vstop, a - 1)
          -- ("a gunman was shot by police and died": the attacker)
          if NAMED_ATTACKER[head] then out[#out].perpetrators = true end
        end
      end
    end
  end
  -- "Journalist Ana Ruiz and activist Luis Gomez were shot dead": two people
  -- named, joined by "and" (each with a role in lower case before it), are
  -- two victims
  init = 1
  while true do
    local a, b = find(low, " were ", init, true)
    if not a then break end
    init = b
    local kind, vstop = named_verb(span, b)
    local second = kind and subject_before(span, a)
    local and_at = second and match(sub(span, 1, second - 1), "() and [%l%s]*$")
    local first, words = nil, 0
    if and_at then first, words = name_before(span, and_at) end
    if words >= 2 and not taken(first, vstop) then
      add(kind, first, a, vstop, a - 1)
      out[#out].lo, out[#out].hi = 2, 2
    end
  end
  -- "Hisham Barakat died in hospital", "Senator Miguel Uribe Turbay, a
  -- conservative presidential hopeful, died on August 11 of wounds"
  init = 1
  while true do
    local a, b = find(low, " died ", init, true)
    if not a then break end
    init = b
    local clause = match(sub(low, b, b + 50), "^[^,.;:]*")
    local cause = false
    for _, x in ipairs(DIED_OF) do
      if find(clause, " " .. x, 1, true) then cause = true; break end
    end
    if cause then
      local first = subject_before(span, a)
      if first and not taken(first, b - 1) then add("killed", first, a, b - 1, a - 1) end
    end
  end
  -- "the killing last June of the regional politician Walter Lubcke": one
  -- person killed, told by name after "of", a time and his role between
  for _, head in ipairs{ "killing", "murder", "assassination", "slaying" } do
    init = 1
    while true do
      local a, b = find(low, head .. " ", init, true)
      if not a then break end
      init = b
      -- (at most three words of time before "of": "last June", "in 2019")
      local tw, of_e = match(low, "^([%w ]-) ?of ()", b + 1)
      local nw, when = 0, true
      -- each word one of time or place, as the text writes it: "last
      -- June", "in 2019", "in Paris"; not "in the name of the Islamic State"
      for w in gmatch(tw and sub(span, b + 1, b + #tw) or "", "%S+") do
        nw = nw + 1
        when = when and (WHEN_WORD[w] or find(w, "^[%u%d]") ~= nil)
      end
      if of_e and when and nw >= 1 and nw <= 3
        and (a == 1 or sub(span, a - 1, a - 1) == " ") then
        -- the role in lower case after "the", then the name
        local q = of_e
        local role_e = match(span, "^the [%l%s%-]-()%u", q)
        if role_e then q = role_e end
        local n, pos = 0, q
        while true do
          local x, y = find(span, "^%u[%a'\128-\255%-]*", pos)
          if not x then break end
          n, pos = n + 1, y + 1
          if sub(span, pos, pos) ~= " " or not find(span, "^ %u", pos) then break end
          pos = pos + 1
        end
        local stop = pos - 1
        if n >= 2 and find(span, "^[%s,.;]", stop + 1) and not taken(a, stop) then
          add("killed", a, a, stop, stop, true)
        end
      end
    end
  end
  -- "a gunman shot dead Aza Gazgireyeva", "gunmen ... shot him dead": one
  -- victim, named or told by a pronoun, as the object of a verb of killing
  -- (not when the shooters are police or soldiers: that is an attacker's end)
  for _, v in ipairs{ "shot dead ", "gunned down ", "shot him dead", "shot her dead",
      "stabbed him to death", "stabbed her to death", "assassinated " } do
    init = 1
    while true do
      local a, b = find(low, v, init, true)
      if not a then break end
      init = b + 1
      local lead = match(sub(low, max(1, a - 30), a - 1), "([^,;]*)$")
      local state = false
      for _, x in ipairs(STATE_SHOOTER) do
        if find(lead, x, 1, true) then state = true; break end
      end
      local prev = sub(span, a - 1, a - 1)
      if not state and (a == 1 or prev == " ") then
        local stop
        if sub(v, -1) ~= " " then
          stop = b
        else
          -- the name: an optional title, then capitalised words up to a
          -- comma, a stop, or a word of where or when
          local rest = sub(span, b + 1, b + 80)
          local q, n = 1, 0
          while true do
            local x, y = find(rest, "^%u[%a'\128-\255%-]*%.? ?", q)
            if not x then
              local px, py = find(rest, "^%l+ ", q)
              if n > 0 and px and PARTICLE[sub(rest, px, py - 1)] then q = py + 1
              else break end
            else
              n, q = n + 1, y + 1
            end
          end
          local tail = sub(rest, q)
          if n >= 2 and (find(tail, "^[,.;]") or find(tail, "^ [,.;]")
              or find(tail, "^ ?as ") or find(tail, "^ ?in ") or find(tail, "^ ?at ")
              or find(tail, "^ ?outside ") or find(tail, "^ ?near ") or find(tail, "^ ?on ")
              or find(tail, "^ ?while ") or find(tail, "^ ?when ")) then
            stop = b + q - 1
            while find(sub(span, stop, stop), "[%s,.;]") do stop = stop - 1 end
          end
        end
        if stop then
          -- "a gunman shot dead X" read as a dead gunman gives way to X
          local verb_end = a + #(match(v, "^(.-) ?$")) - 1
          for i = #out, 1, -1 do
            local r = out[i]
            if r.stop == s + verb_end - 1 and r.start < s + a - 1 and r.fig_start then
              remove(out, i)
            end
          end
          if not taken(a, stop) then add("killed", a, a, stop, stop, true) end
        end
      end
    end
  end
  if added then sort(out, function(x, y) return x.start < y.start end) end
  return out
end

-- Verbs that tell a figure was told first, and later replaced ("Police
-- first said 71 people had died").
local FIRST_TOLD = set{ "said", "reported", "put", "gave", "spoke", "announced", "counted",
  "estimated", "told", "cited", "stated" }
-- Nouns of a count that a later sentence can refer back to ("the figure was
-- raised to 75", "that figure had been an error").
local COUNT_NOUN = set{ "figure", "figures", "count", "tally", "estimate", "number", "toll" }
-- Verbs that move a count told before ("the figure was raised to 75").
local MOVE_VERB = set{ "raised", "revised", "lowered", "corrected", "updated", "increased",
  "reduced", "cut", "lifted", "adjusted", "upgraded", "downgraded" }
-- Verbs of a count that moves by itself ("it rose to seven").
local RISE_VERB = set{ "rose", "risen", "climbed", "grew", "jumped", "increased", "fell",
  "dropped", "mounted" }
-- Words that may stand between "it" and such a verb ("it has since risen to").
local RISE_AUX = set{ "has", "had", "later", "then", "since", "soon", "quickly", "eventually" }
-- Words after a figure that keep it a count of people ("rose to seven dead").
local COUNTED = set{ "dead", "killed", "people", "persons", "deaths", "victims", "wounded",
  "injured", "hurt", "and", "with", "after", "as", "by", "in", "on", "when", "while",
  "according", "officials", "police", "said" }
-- Subjects of "was the only person killed" that are the attacker.
local SELF_SUBJECT = { suspect = true, bomber = true, attacker = true, gunman = true,
  assailant = true, militant = true, perpetrator = true }
-- Nouns of "the only person killed".
local ONE_DEAD = set{ "person", "one", "man", "woman", "victim", "fatality", "casualty" }
-- Words that call a count told before wrong.
local WRONG = set{ "wrong", "error", "incorrect", "mistaken", "mistake", "inaccurate",
  "false", "erroneous", "exaggerated" }

-- Figures told again or taken back: "first said 71 ... had died", "an earlier
-- count ... had spoken of five dead" are early; "that figure was wrong" after a
-- figure makes it early too; "the figure was raised to at least 75", "later
-- corrected the figure to one", "the state government later settled on 185"
-- are revisions of the kind of the figure told before them in the sentence.
-- The words of a lower-case string with their positions: { {word, at}, ... }.
local function words_at(str)
  local t = {}
  for at, word in gmatch(str, "()(%a+)") do t[#t + 1] = { word, at } end
  return t
end

local function revised_figures(text, s, e, out)
  for _, r in ipairs(out) do
    if (r.kind == "killed" or r.kind == "wounded") and not r.early then
      -- (in the clause before the figure: no ";" or "." after the words)
      local lead = match(before(text, r.start, 90), "([^;.]*)$")
      local lw = words_at(lead)
      for k = 1, #lw - 1 do
        local w1, w2 = lw[k][1], lw[k + 1][1]
        -- ("had earlier put the toll at 45": told before the story's latest)
        local told = ((w1 == "first" or w1 == "earlier") and FIRST_TOLD[w2])
          or ((w1 == "first" or w1 == "earlier" or w1 == "early") and (COUNT_NOUN[w2]
            or w2 == "reports" or w2 == "report"))
        -- (not "this early count had been wrong and that the 16 dead ...":
        -- the figure after a count called wrong, or after "but", is the new one)
        if told then
          local rest = sub(lead, lw[k][2])
          local fresh = find(rest, "%f[%a]but%f[%A]") or find(rest, "%f[%a]and that%f[%A]")
          for j = k + 2, #lw do if WRONG[lw[j][1]] then fresh = true end end
          if not fresh then r.early = true end
        end
      end
      -- "... as many as five people had died. That figure was wrong, police
      -- said": the next words call it wrong, with no figure in between, in
      -- this sentence or the next
      local after = lower(sub(text, r.stop + 1, r.stop + 160))
      local stop = find(after, "[.;] [^.;]*[.;] ") or find(after, "%d")
      if stop then after = sub(after, 1, stop) end
      local aw = words_at(after)
      for k = 1, #aw - 1 do
        local det, n = aw[k][1], aw[k + 1][1]
        if (det == "that" or det == "the" or det == "this") and COUNT_NOUN[n] then
          for j = k + 2, min(k + 5, #aw) do
            if WRONG[aw[j][1]] then r.early = true end
          end
          break
        end
      end
    end
  end
  local low = lower(sub(text, s, e))
  local added = false
  -- "She died of her injuries, and at least 20 other people were killed":
  -- the others are counted past the one whose death the clause before told
  for _, r in ipairs(out) do
    if r.kind == "killed" and r.lo and not r.partial and not r.early
      and find(lower(sub(text, r.fig_stop + 1, r.stop)), "^%s+other%f[%A]") then
      local lead = lower(sub(text, s, r.start - 1))
      local who = match(lead, "%f[%a](%a+) died%f[%A][^;.]*$")
        or match(lead, "%f[%a](%a+) was killed%f[%A][^;.]*$")
        or match(lead, "%f[%a](%a+) was shot dead%f[%A][^;.]*$")
      -- (not the attacker's own death: "The bomber died and 12 other people")
      if who and not ATTACKER[who] then
        r.lo = r.lo + 1
        if r.hi then r.hi = r.hi + 1 end
      end
    end
  end
  -- "killed a police detective at a cemetery and then ... killed three more
  -- people": the more are counted past those the sentence told first
  for k = 2, #out do
    local r = out[k]
    if (r.kind == "killed" or r.kind == "wounded") and r.lo and not r.partial
      and find(lower(sub(text, r.fig_stop + 1, r.fig_stop + 6)), "^%s+more%f[%A]") then
      for j = k - 1, 1, -1 do
        local o = out[j]
        -- (not past a toll that already counts them: "The toll has risen to
        -- seven ... after two more commandos died")
        if o.revision or find(o.rule, "toll", 1, true) or find(o.rule, "revised", 1, true) then
          break
        end
        if o.kind == r.kind and o.lo and not o.partial and not o.early then
          r.lo = r.lo + o.lo
          r.hi = r.hi and o.hi and r.hi + o.hi or nil
          o.partial = true
          break
        end
      end
    end
  end
  -- "The driver, the only person killed, died in the blast": one dead
  local any_killed = false
  for _, r in ipairs(out) do if r.kind == "killed" then any_killed = true end end
  if not any_killed then
    local a, b = find(low, "%f[%a]the only %a+ killed%f[%A]")
    if not a then a, b = find(low, "%f[%a]the only %a+ to die%f[%A]") end
    if not a then a, b = find(low, "%f[%a]the only %a+ who died%f[%A]") end
    local noun = a and match(low, "^the only (%a+)", a)
    if noun and ONE_DEAD[noun] then
      -- ("The suspect was the only person killed", "another bomber blew
      -- himself up ...; he was the only person killed": the attacker's own
      -- death, none of the event's dead)
      local subj = match(sub(low, 1, a - 1), "(%a+) was $")
      local self = subj and (SELF_SUBJECT[subj] or ((subj == "he" or subj == "she")
        and find(sub(low, 1, a - 1), "%f[%a]bomber%f[%A]") ~= nil))
      local n = self and 0 or 1
      out[#out + 1] = { kind = "killed", lo = n, hi = n, approx = false, vague = false,
        start = s + a - 1, stop = s + b - 1, fig_start = s + a - 1, fig_stop = s + b - 1,
        rule = "killed.only", perpetrators = false, partial = false, revision = false,
        text = sub(text, s + a - 1, s + b - 1) }
      added = true
    end
  end
  -- "wounding 101 people, six of them fatally", "killed or wounded more than
  -- 100 people, six of them fatally": the dead among the hurt
  for k = 1, #out do
    local r = out[k]
    if (r.kind == "wounded" or r.kind == "casualties") and r.lo and not r.partial
      and r.stop < e then
      local a, num, b = match(lower(sub(text, r.stop + 1, min(e, r.stop + 40))),
        "^,? ()([%w%-]+) of them fatally()")
      local n = num and numbers.parse(num)
      if n and n <= r.lo then
        out[#out + 1] = { kind = "killed", lo = n, hi = n, approx = false, vague = false,
          start = r.stop + a, stop = r.stop + b - 1, fig_start = r.stop + a,
          fig_stop = r.stop + a + #num - 1, rule = "killed.fatally", perpetrators = false,
          partial = false, revision = false, text = sub(text, r.stop + a, r.stop + b - 1) }
        added = true
      end
    end
  end
  for a, b in gmatch(low, "() to ()") do
    local head = sub(low, max(1, a - 60), a - 1)
    local words = {}
    for word in gmatch(head, "%a+") do words[#words + 1] = word end
    local n = #words
    -- "(the figure was) raised to", "corrected the figure to", "raised it to"
    local ok = false
    if n >= 1 and MOVE_VERB[words[n]] and n >= 3 and COUNT_NOUN[words[n - 2]]
      and (words[n - 1] == "was" or words[n - 1] == "is") then ok = true end
    if n >= 4 and MOVE_VERB[words[n]] and COUNT_NOUN[words[n - 3]]
      and (words[n - 1] == "been" or words[n - 1] == "later" or words[n - 1] == "then") then
      ok = true
    end
    if n >= 3 and COUNT_NOUN[words[n]] and (words[n - 1] == "the" or words[n - 1] == "that"
        or words[n - 1] == "its") and MOVE_VERB[words[n - 2]] then ok = true end
    -- "the toll was first given as six dead; it rose to seven": "it" is
    -- the count told before, moving by itself
    local pron = false
    if n >= 2 and RISE_VERB[words[n]] then
      local k = n - 1
      while k > 1 and k >= n - 3 and RISE_AUX[words[k]] do k = k - 1 end
      pron = words[k] == "it"
    end
    if pron then
      out._fig_over = out._fig_over or {}; out._fig_over[s + b - 1] = true
    end
    if ok or pron then
      out._fig_at = out._fig_at or {}; out._fig_at[#out._fig_at + 1] = s + b - 1
    end
  end
  for a, b in gmatch(low, "()%f[%a]settled on ()") do
    local w0 = match(sub(low, 1, a - 1), "(%a+) $")
    if w0 == "later" or w0 == "eventually" or w0 == "finally" or w0 == "then" then
      out._fig_at = out._fig_at or {}; out._fig_at[#out._fig_at + 1] = s + b - 1
    end
  end
  for _, at in ipairs(out._fig_at or {}) do
    -- (the kind of the figure told last before it in the sentence)
    local ante
    for _, r in ipairs(out) do
      if r.stop < at and (r.kind == "killed" or r.kind == "wounded") then ante = r end
    end
    local taken = false
    for k = #out, 1, -1 do
      local r = out[k]
      if r.start <= at and r.stop >= at then
        -- ("it rose to seven, and dozens more were wounded": the figure that
        -- "it" moves to heads no list of another kind)
        if out._fig_over and out._fig_over[at] and r.fig_start == at and ante ~= r
          and r.kind ~= (ante and ante.kind) then
          remove(out, k)
        else
          taken = true
        end
      end
    end
    local f = ante and not taken and lpeg.match(numbers.figure, text, at)
    -- ("it rose to 40 metres": "it" moves a count only where a figure of
    -- people ends the clause, or a word of the dead or hurt follows it)
    if type(f) == "table" and out._fig_over and out._fig_over[at] then
      local nx = match(lower(sub(text, f.stop + 1, f.stop + 20)), "^%s*(%a*)")
      if nx ~= "" and not COUNTED[nx] then f = nil end
    end
    if type(f) == "table" and (f.lo or f.hi) and f.stop <= e then
      out[#out + 1] = { kind = ante.kind, lo = f.lo, hi = f.hi, approx = f.approx,
        vague = false, start = at, stop = f.stop, fig_start = f.start, fig_stop = f.stop,
        rule = ante.kind .. ".revised", perpetrators = false, partial = false,
        revision = true, text = sub(text, at, f.stop) }
      added = true
    end
  end
  out._fig_at, out._fig_over = nil, nil
  if added then sort(out, function(x, y) return x.start < y.start end) end
  return out
end

local function make(w)
  local grammar, starts = build(w)
  local labels = numbers.first_words({}, numbers.words.labels)
  local sc = numbers.scanner(w, grammar, starts, trigger_stems(w), FIELDS, labels)
  local scan = sc.scan
  function sc.scan(text, s, e)
    local out = scan(text, s, e)
    out = named_victims(text, s or 1, e or #text, out)
    return revised_figures(text, s or 1, e or #text, out)
  end
  return sc
end

local default = make(M.words)

--- Finds every casualty figure in a text.
-- @tparam string text
-- @tparam[opt] integer s first byte of the span (default 1)
-- @tparam[opt] integer e last byte of the span (default `#text`)
-- @treturn table an array of records (see the module summary), in text order,
--   offsets into `text`
-- @usage casualties.scan("Police said 42 people died and more than 60 were hurt.")
-- --> { {kind="killed", lo=42, hi=42, ...}, {kind="wounded", lo=61, hi=nil, ...} }
function M.scan(text, s, e)
  return default.scan(text, s, e)
end

--- Drops figures an article later replaced.
-- Rule: records are in text order; a record with `revision = true` ("the toll
-- rose to 143", "revised the toll down to 253") replaces every earlier record of
-- the same kind that is neither `partial` nor `perpetrators`; an `early` one
-- ("police initially counted 20 dead") gives way to any other figure of its
-- kind, wherever it stands. Returns a new array
-- of the records kept; the dropped ones get `superseded = true`.
-- @tparam table list records from `scan` (one article or one incident), in text order
-- @treturn table the records kept, in order
function M.supersede(list)
  if type(list) ~= "table" then
    error("bad argument #1 to 'supersede' (table expected, got " .. type(list) .. ")", 2)
  end
  local last_revision, has_later = {}, {}
  for i, r in ipairs(list) do
    if r.revision and not r.partial and not r.perpetrators then last_revision[r.kind] = i end
  end
  for i = #list, 1, -1 do
    local r = list[i]
    if not r.early and not r.partial and not r.perpetrators then has_later[r.kind] = i end
  end
  local kept = {}
  for i, r in ipairs(list) do
    local rev = last_revision[r.kind]
    local replaced = (rev and i < rev) or (r.early and has_later[r.kind] ~= nil)
    if replaced and not r.partial and not r.perpetrators then
      r.superseded = true
    else
      kept[#kept + 1] = r
    end
  end
  return kept
end

--- Sums records up into report fields.
-- Applies `supersede`, ignores `partial`, `perpetrators` and `abducted` records,
-- and takes the hull of the figures left of each kind (the lowest `lo`, the
-- highest `hi`, an open end when any figure is open), so every figure the article
-- gives falls inside the range. Vague figures ("dozens") only count when no
-- kind has a number: they set `<kind>_vague = true` and leave the range open.
-- @tparam table list records from `scan`, in text order
-- @treturn table `{ killed_lo=, killed_hi=, killed_approx=, killed_vague=, wounded_lo=,
--   wounded_hi=, wounded_approx=, wounded_vague=, casualties_lo=, casualties_hi=,
--   abducted_lo=, abducted_hi=, evidence = { killed = {record, ...}, ... } }`
--   (fields nil when absent)
function M.summarize(list)
  if type(list) ~= "table" then
    error("bad argument #1 to 'summarize' (table expected, got " .. type(list) .. ")", 2)
  end
  local out = { evidence = {} }
  local kept = M.supersede(list)
  local acc = {}
  for _, r in ipairs(kept) do
    if not r.partial and not r.perpetrators then
      local a = acc[r.kind]
      if not a then a = { numbers = {}, vague = {} }; acc[r.kind] = a end
      if r.vague then a.vague[#a.vague + 1] = r else a.numbers[#a.numbers + 1] = r end
    end
  end
  for kind, a in pairs(acc) do
    local used = #a.numbers > 0 and a.numbers or a.vague
    local lo, hi, approx, open_lo, open_hi = nil, nil, false, false, false
    for _, r in ipairs(used) do
      if r.lo == nil then open_lo = true elseif lo == nil or r.lo < lo then lo = r.lo end
      if r.hi == nil then open_hi = true elseif hi == nil or r.hi > hi then hi = r.hi end
      approx = approx or r.approx
    end
    if open_lo then lo = nil end
    if open_hi then hi = nil end
    out[kind .. "_lo"], out[kind .. "_hi"] = lo, hi
    out[kind .. "_approx"] = approx
    out[kind .. "_vague"] = #a.numbers == 0
    out.evidence[kind] = used
  end
  return out
end

--- Builds a scanner with extra trigger words (rule packs use this).
-- @tparam[opt] table extra word lists keyed like `M.words` (e.g.
--   `{ killed_after = { "martyred" }, perpetrators = { "raiders" } }`); each list
--   is added to the default one
-- @treturn table a scanner `{ scan = function(text[, s, e]), words = table }`,
--   or `nil, msg` when `extra` is not a table of lists of strings
-- @usage local sc = casualties.new{ killed_after = { "were martyred" } }
-- sc.scan("Nine were martyred in the blast.")
function M.new(extra)
  return numbers.extend(M.words, make, extra)
end

return M
