--- Article-level merging: is a candidate report an event told before?
--
-- `same_event` compares a candidate with a report of the article (status,
-- date, place, country, perpetrator, tolls) and `merge_into` fills the
-- report's gaps from it; `apply_claim` gives a report the claim or blame a
-- sentence tells, naming groups no pack knows from the claim's actor.
-- @module incidents.extract.events

local ipairs =
  ipairs
local sub, lower, find, match, gmatch =
  string.sub, string.lower, string.find, string.match, string.gmatch

local vocab = require "incidents.extract.vocab"
local claims_g = require "incidents.grammar.claims"
local tokens = require "incidents.extract.tokens"
local places = require "incidents.extract.places"
local dating = require "incidents.extract.dating"
local reporting = require "incidents.extract.reports"
local NEW_EVENT = vocab.NEW_EVENT
local W = vocab.W
local set = vocab.set
local ev = tokens.ev
local words_before = tokens.words_before
local WIDE = places.WIDE
local same_place = places.same_place

-- Is one of two reports placed by a province or region and the other by a
-- town no list knows (no coordinates), in the same country? The town may lie
-- in the province: nothing says the two events are apart.
local function in_province(r, c)
  local a, b = r._place_rec, c._place_rec
  if not a or not b then return false end
  local ra, rb = r, c
  if places.WIDE[b.kind] then a, b, ra, rb = b, a, c, r end
  -- (only for an event told by its province and a year, month or day, and
  -- by its town and a day inside that)
  if not (ra.date_lo and rb.date_lo and rb._prec == "day" and rb.date_lo >= ra.date_lo
    and rb.date_hi <= ra.date_hi) then
    return false
  end
  if not places.WIDE[a.kind] or places.WIDE[b.kind] or b.lat or b.kind == "site" then
    return false
  end
  return not (a.country and b.country and a.country ~= b.country)
    and (r.country == nil or c.country == nil or r.country == c.country)
end
local PREC_RANK = dating.PREC_RANK
local iso_days = dating.iso_days
local overlaps = dating.overlaps
local replaces = reporting.replaces

local M = {}

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
  -- ("16 dead, including eight attackers" and "killing eight soldiers": a
  -- count that leaves the attackers out)
  if a_lo and r._k_attackers then a_lo = a_lo - r._k_attackers end
  if b_lo and c._k_attackers then b_lo = b_lo - c._k_attackers end
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

-- Is candidate `c`'s target the target of report `r` named again ("the
-- academy" after "the Philippine Military Academy")?
local function same_target(r, c)
  if not (r.target and c.target) then return false end
  local ct = lower(c.target)
  if not find(ct, "^the ") then return false end
  local h1, h2 = match(lower(r.target), "(%a+)%W*$"), match(ct, "(%a+)%W*$")
  return h1 ~= nil and h1 == h2
end

--- How sure it is that candidate `c` tells the event of report `r` (a score),
-- or nil when they conflict or nothing positive ties them (`loose`: a score
-- even then).
local function same_event(pack, r, c, loose)
  if r.status ~= c.status then return nil end
  -- the undated event a story opens with is news: not one told later with a
  -- date months before the story ("In August last year, BLA fighters ...")
  if r._lead_dct and not r.date_lo and c.date_hi and c._prec ~= "day" and c._sent ~= r._sent
    and (iso_days(r._lead_dct) or 0) - (iso_days(c.date_hi) or 0) > 60 then
    return nil
  end
  -- "a wave of bombs went off across southern Thailand, killing four": the
  -- sites told after it, in its country and days, are its parts (a bare
  -- toll after it, "Three people were killed and more than thirty injured",
  -- is the wave's own, and so is one told of the wave by a definite word
  -- with no place or day of its own: "No one was killed in those blasts",
  -- "None of the blasts killed anyone")
  if r._wave and not c._new and not c._wave_closed and (not c.country or c.country == r.country)
    and not (c._definite and not c.place and not c.date_lo)
    and (c.place or (c.attack_type and c.attack_type ~= "unknown"))
    and (not c.date_lo or (r.date_lo and overlaps(r.date_lo, r.date_hi, c.date_lo, c.date_hi)))
    and (not (r.killed_lo and c.killed_lo) or c.killed_lo <= r.killed_lo) then
    c._part = true
    return 1
  end
  -- "a bomb exploded at a church in Madalla ... smaller blasts struck Jos
  -- and Damaturu the same day": the other sites of one coordinated event,
  -- on its day, in its country and of its kind
  if c._site and not c._new and r.date_lo
    and (not c.date_lo or overlaps(r.date_lo, r.date_hi, c.date_lo, c.date_hi))
    and (not c.country or c.country == r.country)
    and (r.attack_type == c.attack_type or c.attack_type == "unknown") then
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
  local place_pos = false
  if r.place and c.place then
    if same_place(r._place_rec, c._place_rec) then
      score = score + 3
      place_pos = true
    elseif not (r._place_weak or c._place_weak) and not in_province(r, c) then
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
    and (r._prec == "month" or r._prec == "range" or r._prec == "year")
    and c.date_lo >= r.date_lo and c.date_hi <= r.date_hi
  -- ("the 2009 massacre" after the massacre of November 23, 2009: a definite
  -- mention dated only by the year or month the event's day lies in)
  local recalls = (c._definite or c._opens_definite) and not c.place and r._prec == "day"
    and c.date_lo and c._prec ~= "day" and r.date_lo >= c.date_lo and r.date_hi <= c.date_hi
  -- (a weak place that is another one, a headline's dateline, is none)
  local pos = place_pos or dates_pos or began or refines or recalls
    or (same_country and not c.place and not c.date_lo)
    -- a headline ("Bomber hits embassy in Kabul") and its lead in the same country
    or (r._headline and same_country and not r.date_lo)
    -- "bombed the Philippine Military Academy ... a bomb had exploded at the
    -- academy, in Baguio": the target told before, named again with "the",
    -- where the first place was only the dateline's
    or (same_country and r._place_weak and same_target(r, c))
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
    -- (a toll of none ties nothing: many events kill no one)
    if (vague_r or vague_c) and r.killed_lo and r.killed_lo > 0 and r.killed_lo == c.killed_lo
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

--- Fills the gaps of report `r` from candidate `c`, a later mention of its event.
local function merge_into(r, c)
  if c._part then
    -- a part of a wave adds its place when the wave has none, not its toll
    if c.place and not r.place then
      take(r, c, "place"); r.lat, r.lon, r._place_rec = c.lat, c.lon, c._place_rec
    end
    if c.claimed ~= nil and r.claimed == nil then take(r, c, "claimed") end
    -- (a site's clause may hold the toll and the claim of the whole: "At
    -- least 37 died there, and smaller blasts struck Jos")
    if c._site then
      if c.perpetrator and not r.perpetrator then
        take(r, c, "perpetrator"); r._perp_rank = c._perp_rank
      end
      for _, k in ipairs { "killed", "wounded" } do
        if (c[k .. "_lo"] or c[k .. "_hi"]) and not (r[k .. "_lo"] or r[k .. "_hi"]) then
          r[k .. "_lo"], r[k .. "_hi"] = c[k .. "_lo"], c[k .. "_hi"]
          r.evidence[k] = c.evidence[k]
        end
      end
    end
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
  -- ("the massacre of 58 people in Maguindanao province ... The massacre took
  -- place on November 23, 2009, in the town of Ampatuan": a town told with
  -- the day in a later mention of an event placed only by its province)
  finer = finer or (c.place and in_province(r, c) and WIDE[r._place_rec.kind])
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
  elseif r.attack_type == "armed_assault" and W.SEIZURE_TYPE[c.attack_type or ""]
    and not ((r.killed_lo or 0) > 0 or (r.killed_hi or 0) > 0 or (c.killed_lo or 0) > 0) then
    -- "Armed men seized the couple at a petrol station ... the kidnapping":
    -- armed men who carry people off and kill no one make a kidnapping, told
    -- later or not (a massacre or the storming of a base with captives taken
    -- stays an assault)
    take(r, c, "attack_type")
  end
  if c.suicide then r.suicide = true end
  if c.weapon and not r.weapon then take(r, c, "weapon") end
  if c.target and not r.target then r.target_type = c.target_type; take(r, c, "target") end
  -- a later figure replaces an earlier one when it outranks it ("the toll
  -- rose to ...")
  for _, k in ipairs { "killed", "wounded" } do
    local lo, hi = c[k .. "_lo"], c[k .. "_hi"]
    local rank = c._frank and c._frank[k] or 1
    -- "At least 35 civilians were killed ... Seven soldiers also lost their
    -- lives": another group of the dead told with "also" adds to the toll
    local also = c._also and c._also[k] and lo and r[k .. "_lo"] and lo == hi
      and not c._k_attackers
    if also then
      r[k .. "_lo"] = r[k .. "_lo"] + lo
      r[k .. "_hi"] = r[k .. "_hi"] and r[k .. "_hi"] + lo or nil
    elseif (lo or hi) and replaces(r, k, rank, lo, hi, k == "killed" and c._k_attackers) then
      r[k .. "_lo"], r[k .. "_hi"] = lo, hi
      r._frank = r._frank or {}
      r._frank[k] = rank
      r._fdown = r._fdown or {}
      r._fdown[k] = c._fdown and c._fdown[k] or nil
      r.evidence[k] = c.evidence[k]
      if k == "killed" then r._k_attackers = c._k_attackers end
    elseif k == "killed" and c._k_attackers and lo == r.killed_lo and hi == r.killed_hi then
      -- (the same toll told again with its attackers' part)
      r._k_attackers = c._k_attackers
    end
  end
  r._sent = c._sent
end

-- Small words inside a group's name: "Islamic State in the Greater Sahara".
local NAME_LINK = set [[of al el and the in for de du]]

-- Actor phrases that stand for a group told before.
local GROUP_WORD = {}
for _, w in ipairs { "the group", "the sect", "the militants", "the movement", "the organisation",
  "the organization", "the rebels", "the insurgents", "the militia", "the faction" } do
  GROUP_WORD[w] = true
end

-- Claims in the speaker's own words, and the words of a state speaker.
local SPEAKER_RULE = set [[claim.said_behind claim.said_killed claim.said_struck
  claim.claimed_killed claim.it_behind]]
-- (the claim grammar's state words, and "force(s)": "the security forces
-- said they had struck the cell" is no claim either)
local STATE_SPEAKER = { force = true, forces = true }
for w in pairs(claims_g.state_words) do STATE_SPEAKER[w] = true end

-- Words of a group or of its voice in a speaker's phrase ("a militant group",
-- "a spokesman for X", "the statement").
local GROUP_VOICE = set [[group groups sect movement militants militant statement spokesman
  spokesmen spokesperson jihadist jihadists guerrilla guerrillas commander commanders
  leader leaders fighters insurgents rebels organisation organization faction network
  wing cell outfit emir neither none nobody no]]
-- Words of those who report on a group, not for it.
local OTHER_VOICE = set [[report reports analysts analyst witnesses witness researchers
  experts expert observers observer monitor monitors residents survivors relatives
  diplomats diplomat journalists journalist newspaper media study survey]]
-- Capitalised words that open a phrase without naming anyone.
local LEAD_WORD = set [[The A An Its Their His Her This That These Those Two Three Some]]

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
      -- ("Ansar al-Sunna": an Arabic article joined to a capital)
      while i >= 1 and (find(ws[i][2], "^%u") or find(ws[i][2], "^%l%l?%l?%-%u")
        or (i < #ws and NAME_LINK[ws[i][2]])) do
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
      if not find(w, "^%u") and not NAME_LINK[w] and not find(w, "^%l%l?%l?%-%u") then
        ok = false
      end
    end
    local first = lower(match(run, "^(%S+)"))
    if not ok or NO_NAME[first] or (words < 2 and not find(run, "^%u%u+$")) then return nil end
    -- "the Kurdish-led Syrian Democratic Forces", "Iranian-backed Kataib X":
    -- who leads or backs the group describes it, it is no part of its name
    local bare_s, bare = match(run, "^%u[%a]*%-[%l]+ +()(%u.*)$")
    if bare and words > 2 then
      a, run = a + bare_s - 1, bare
    end
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

--- Applies a claim record to a report.
local function apply_claim(ctx, r, c, m, ss)
  local low, pack = ctx.low, ctx.pack
  local kind = c.kind
  -- a group inside the actor phrase (a name may start before it: "the
  -- Movement for Justice and Jihad | in the Sahel")
  local function group_in_actor()
    if not c.actor_start then return nil end
    for _, x in ipairs(m.groups) do
      if x.e >= c.actor_start and x.s <= c.actor_stop then return x end
      -- ("The Revolutionary Liberation Army (RLA), ... said": the name's acronym
      -- in brackets right after it)
      if x.s > c.actor_stop and x.s <= c.actor_stop + 4
        and find(sub(ctx.text, c.actor_stop + 1, x.s - 1), "^%s*%($") then
        return x
      end
    end
    return nil
  end
  -- (the actor's group, looked for once: the checks below and the actor
  -- chosen at the end all ask for it)
  local g = group_in_actor()
  if kind == "claim" and SPEAKER_RULE[c.rule] and c.actor_start and not g then
    -- "the air force said it had conducted strikes on the camps": the state
    -- speaks of its own strikes, no group claims an attack
    for word in gmatch(lower(sub(ctx.text, c.actor_start, c.actor_stop)), "%a+") do
      if STATE_SPEAKER[word] then return end
    end
    -- ("Israel said it had carried out the strike", "The United States said
    -- it was behind the drone strike": a state by its name)
    local actor_text = match(sub(ctx.text, c.actor_start, c.actor_stop), "^[Tt]he (.+)$")
      or sub(ctx.text, c.actor_start, c.actor_stop)
    if pack.country and pack:country(actor_text) then return end
    for _, x in ipairs(m.countries or {}) do
      if x.e >= c.actor_start and x.s <= c.actor_stop then return end
    end
    -- "The organisers said they had staged the festival", "The hospital said
    -- it had conducted 40 operations", "Residents said ...": a speaker who is
    -- neither a group, nor a name, nor a group's voice claims nothing
    local ph = sub(ctx.text, c.actor_start, c.actor_stop)
    local voice, n, first_cap = false, 0, nil
    for w in gmatch(ph, "[%a'%-]+") do
      n = n + 1
      -- ("A UN report said the group had killed 300 civilians": who reports
      -- on the group is not its voice)
      if OTHER_VOICE[lower(w)] then return end
      if GROUP_VOICE[lower(w)] then voice = true end
      if find(w, "^%u") then
        if n == 1 then first_cap = w
        elseif not LEAD_WORD[w] then voice = true end
      end
    end
    if not voice and first_cap and not LEAD_WORD[first_cap]
      and not (n == 1 and c.actor_start == ss and find(first_cap, "s$")) then
      voice = true
    end
    if not voice then return end
  end
  if c.strict then
    -- "The Sahel Front said it had attacked two army posts", "the group has
    -- said nothing": kept only when the speaker is a group
    local ph = c.actor_start and lower(sub(ctx.text, c.actor_start, c.actor_stop)) or ""
    if not g and not GROUP_WORD[ph] then return end
  end
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
      or find(actor, "^not%f[%A]") or find(actor, "^neither%f[%A]") then
      if r.claimed ~= true then
        r.claimed = false
        r.evidence.claimed = ev(c.start, c.stop, "extract.claim_negated_actor")
      end
      return
    end
  end
  if kind ~= "claim" and kind ~= "blame" and kind ~= "suspect" then return end
  -- the actor: a group named inside the actor phrase, else the group the
  -- pronoun stands for ("which claimed", "it claimed"): g, from above
  -- an actor phrase that names someone is not "it"
  local named = c.actor_start and not c.actor_pronoun and named_actor(ctx, c)
  local ctext = lower(c.text or "")
  if g and named and named.s < g.s and r.country and type(g.rec) == "table"
    and type(g.rec.countries) == "table" and #g.rec.countries > 0 then
    -- "a group calling itself the Levant Ansar Brigade claimed": a longer
    -- name the pack does not know, holding the name of a group of another
    -- country, is that longer name's group
    local home = false
    for _, cc in ipairs(g.rec.countries) do
      if cc == r.country then home = true end
    end
    if not home then g = named end
  end
  if named and not g and kind == "claim" and (find(ctext, "%f[%a]the group%f[%A]")
    or find(ctext, "%f[%a]the movement%f[%A]") or find(ctext, "%f[%a]the organi[sz]ation%f[%A]")
    or find(ctext, "%f[%a]his%f[%A]")) then
    -- "a spokesman, Abu Karim, said the group had carried out the attack",
    -- "the leader said his fighters were responsible": a spokesman or a
    -- leader speaks for the group told, who is the claimant
    named = nil
  end
  if not g and kind == "claim" and find(ctext, "%f[%a]his%f[%A]") then
    -- ("a veteran commander said his Falcons Battalion had carried out the
    -- raid": the unit he names inside the claim)
    for _, x in ipairs(m.groups) do
      if x.s >= c.start and x.e <= c.stop then g = x; named = nil; break end
    end
  end
  if not g and c.actor_start and (kind == "claim" or kind == "blame") then
    -- "The Emirate claimed the assault": a group told before by its full
    -- name ("the Caucasus Emirate"), now by its last word
    local head = match(sub(ctx.text, c.actor_start, c.actor_stop), "^[Tt]he (%u[%w%-']+)$")
    if head and #head > 3 then
      local hits = ctx.hits or {}
      for k = #hits, 1, -1 do
        local h = hits[k]
        if h.stop < c.start and h.entry.kind == "group" then
          local surface = sub(ctx.text, h.start, h.stop)
          if find(surface, "%s" .. head:gsub("%p", "%%%0") .. "$") then
            g = { s = h.start, e = h.stop, rec = h.entry.value }
            named = nil
            break
          end
        end
      end
    end
  end
  -- "claimed by a little-known separatist group": a group the text does not name
  -- is no group named before
  local indefinite = not g and c.actor_start
    and find(lower(sub(ctx.text, c.actor_start, c.actor_stop)), "^an? ") ~= nil
  if not g and kind == "claim" and not named and not indefinite then
    local bs = c.actor_start or c.start
    for _, x in ipairs(m.groups) do
      if x.e < bs then g = x end
    end
    if not g and ctx.last_group then g = ctx.last_group end
  end
  if not g and named then g = named end
  -- "The same network was blamed for the firebombing", "The same group is
  -- blamed for the killing of 70 people": the group told last
  if not g and c.actor_start and ctx.last_group
    and find(lower(sub(ctx.text, c.actor_start, c.actor_stop)), "^the same %a+$") then
    g = ctx.last_group
  end
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

--- Does a sentence tell no event of its own? Either it has no event word, or
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


M.apply_claim = apply_claim
M.merge_into = merge_into
M.no_new_event = no_new_event
M.same_event = same_event

return M
