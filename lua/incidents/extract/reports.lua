--- From a frame to a candidate report, with the evidence for every field.
--
-- Decides the frame's status from the cues near it (a frame that is no
-- incident gives no report), its attack type, perpetrator, target, date,
-- place, country, claim and casualty figures. The candidate keeps private
-- fields (prefixed `_`) that the article-level merging reads.
-- @module incidents.extract.reports

local type, ipairs, tonumber =
  type, ipairs, tonumber
local sub, lower, find, byte, match, gmatch, gsub =
  string.sub, string.lower, string.find, string.byte, string.match, string.gmatch, string.gsub
local huge = math.huge

local dates = require "incidents.grammar.dates"
local numbers = require "incidents.grammar.numbers"
local vocab = require "incidents.extract.vocab"
local tokens = require "incidents.extract.tokens"
local places = require "incidents.extract.places"
local mentions = require "incidents.extract.mentions"
local AGAINST = vocab.AGAINST
local AGGREGATE_PRE = vocab.AGGREGATE_PRE
local AMBIGUOUS = vocab.AMBIGUOUS
local ARREST = vocab.ARREST
local CARRY_VERB = vocab.CARRY_VERB
local COMPARATIVE = vocab.COMPARATIVE
local CUE_REACH = vocab.CUE_REACH
local GENERIC_ACTOR = vocab.GENERIC_ACTOR
local GTD = vocab.GTD
local GTD_RANK = vocab.GTD_RANK
local NEW_EVENT = vocab.NEW_EVENT
local NOT_INCIDENT = vocab.NOT_INCIDENT
local OPENS_NEW = vocab.OPENS_NEW
local PLOT_PRE = vocab.PLOT_PRE
local PRONOUN = vocab.PRONOUN
local STATUS_RANK = vocab.STATUS_RANK
local THREAT_PRE = vocab.THREAT_PRE
local TIME_UNIT_AFTER = vocab.TIME_UNIT_AFTER
local VICTIM_LINK = vocab.VICTIM_LINK
local W = vocab.W
local set = vocab.set
local ntokens = tokens.count
local TS = tokens.TS
local ev = tokens.ev
local gap = tokens.gap
local tw = tokens.tw
local word_after = tokens.word_after
local word_before = tokens.word_before
local words_before = tokens.words_before
local dominant_country = places.dominant_country
local same_place = places.same_place
local entry_rule = mentions.entry_rule

local M = {}

-- Nouns after a holiday that make it a season, not a day ("the Christmas
-- holidays", "the Eid festivities").
local SEASON_NOUN = { holidays = true, holiday = true, season = true, ["break"] = true,
  celebrations = true, festivities = true, shopping = true, vacation = true, recess = true,
  period = true, rush = true }

-- ---------------------------------------------------------------------------
-- From a frame to a candidate report.
-- ---------------------------------------------------------------------------

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

-- Does the frame name a place of its own that no report told holds ("In
-- November the same group claimed the blast at the Shah Noorani shrine in
-- Khuzdar")? Then its definite event word is another event, dated as one.
local function new_site(ctx, fr)
  for _, x in ipairs(fr.places) do
    if not x.anaphor and not x.weak then
      local told = false
      for _, r in ipairs(ctx.reports) do
        if r._place_rec and same_place(r._place_rec, x.rec) then told = true; break end
      end
      if not told then return true end
    end
  end
  return false
end

-- Nouns that name an armed group by its kind ("the cartel", "the group").
local GROUP_KIND = { group = true, cartel = true, militia = true, movement = true,
  organisation = true, organization = true, outfit = true, insurgency = true,
  insurgents = true, militants = true, jihadists = true, rebels = true, sect = true }

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
    -- "gunmen with known IS sympathies": a group one sympathises with
    if W.SYMPATHY[word_after(low, g.e, g.e + 40) or ""] then return true end
    -- "though Islamic Jihad praised it": who praises an attack is not
    -- thereby its author (a denial may stand beside a blame: not here)
    for _, c in ipairs(m.claims) do
      if c.kind == "herald" and c.actor_start
        and g.s >= c.actor_start and g.s <= c.actor_stop then
        return true
      end
    end
    -- "Hamas and Islamic Jihad spokesmen praised the bombing": the subject
    -- of praise or condemnation speaks of the event, it did not do it
    local rest = match(sub(low, g.e + 1, g.e + 60), "^[^.;,]*") or ""
    for w in gmatch(rest, "%a+") do
      if W.REACT_VERB[w] then return true end
    end
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
      -- (nor before a verb of when it happened: "They came two days after a
      -- bomb exploded in Quetta": the attacks told, not a group)
      local copula = i > 1 and (ws[i - 1] == "was" or ws[i - 1] == "is" or ws[i - 1] == "were"
        or ws[i - 1] == "marked" or ws[i - 1] == "became" or ws[i - 1] == "remains"
        or W.EVENT_TIME_VERB[ws[i - 1]])
      -- ("its fighters ambushed a convoy": the group's own men)
      local own = (w == "its" or w == "their") and i > 1 and W.MILITANT_OWN[ws[i - 1]]
      -- (nor "it" of "No group has said it set the device": no one's)
      local head = sub(low, ss, first.s)
      local nobody = (ws[i + 1] == "said" or ws[i + 1] == "say" or ws[i + 1] == "says")
        and (find(head, "%f[%a]no group%f[%A]") or find(head, "%f[%a]no one%f[%A]")
          or find(head, "%f[%a]nobody%f[%A]"))
      if (w == "it" or w == "they" or own or (two and PRONOUN[two])) and ctx.last_group
        and not (copula and (w == "it" or w == "they")) and not nobody then
        local g = ctx.last_group
        return g, 1.5, "extract.perp.pronoun", g
      end
    end
    -- "On 1 May the cartel answered the raid by bringing down an army
    -- helicopter": the group told before, named by its kind as the subject
    -- of the clause that tells the event (not an object: "fighting the cartel")
    if ctx.last_group then
      local head = sub(low, ss, first.s - 1)
      local kind, rest = match(head, "^the (%a+) ([^,;:]*)$")
      if not kind then kind, rest = match(head, "^.-[,;] the (%a+) ([^,;:]*)$") end
      -- (not the group that speaks of the event: "the rebels blamed the army
      -- for the murder of ten unionists in a dynamite attack")
      local speaks = rest and (find(rest, "%f[%a]blam") or find(rest, "%f[%a]accus")
        or find(rest, "%f[%a]claim") or find(rest, "%f[%a]sa[iy]") or find(rest, "%f[%a]condemn")
        or find(rest, "%f[%a]den[iy]") or find(rest, "%f[%a]told%f[%A]"))
      if kind and GROUP_KIND[kind] and not speaks then
        local g = ctx.last_group
        return g, 1.5, "extract.perp.kind", g
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
  -- (the arrests a raid made are the raid's: no foiled plot)
  local raid_arrests = {}
  for _, st in ipairs(m.status) do
    if st.arrests then raid_arrests[#raid_arrests + 1] = st end
  end
  local function consider(st, s, e, rule, pack_cue, word)
    local r = STATUS_RANK[st]
    if not r then return end
    if pack_cue and ARREST[word] and has_fig then return end
    -- "No one was arrested for that massacre", "arrested over the bombing":
    -- arrests for an event told are no plot; nor are arrests told after it
    -- ("it failed to explode, and he was arrested two days later")
    if pack_cue and ARREST[word]
      and (find(low, "^ for th[ae]t? ", e + 1) or find(low, "^ for this ", e + 1)
        or find(low, "^ over th[ae]t? ", e + 1) or find(low, "^ in connection with th", e + 1)
        or find(low, "^ later%f[%A]", e + 1) or find(low, "^ %a+ %a+ later%f[%A]", e + 1)
        or find(low, "^ %a+ later%f[%A]", e + 1)
        -- ("arrested for involvement in last week's bombing", "for their
        -- role in the attack": a part in an event that happened)
        or find(low, "^ for [%a ]-involvement in ", e + 1)
        or find(low, "^ for [%a ]-complicity in ", e + 1)
        or find(low, "^ for [%a ]-role in ", e + 1)
        or find(low, "^ for [%a ]-part in ", e + 1)) then
      return
    end
    -- "identified the network behind the attack and had arrested 22
    -- people": arrests told after an event word named with "the" (an event
    -- told, not one to come) are its aftermath, not a plot stopped
    if pack_cue and ARREST[word] then
      for _, t in ipairs(fr.triggers) do
        if not t.figure and t.e < s then
          local w1 = words_before(low, t.s, 1, ss)[1]
          if w1 == "the" or w1 == "this" or w1 == "that" or w1 == "those" then return end
        end
      end
    end
    if pack_cue and ARREST[word] then
      for _, ra in ipairs(raid_arrests) do
        if s >= ra.start and e <= ra.stop then return end
      end
    end
    -- "took its staff hostage; the siege ended after two days when commandos
    -- stormed the building": the storming that ended the event told
    if st == "raid" or st == "state_strike" then
      local pre = sub(low, s > 90 and s - 90 or 1, s - 1)
      local clause = match(pre, "[^;:]*$") or pre
      local ended = false
      for w in gmatch(match(clause, "^(.-)%f[%a]when %a* ?$") or "", "%a+") do
        if W.END_VERB[w] then ended = true end
      end
      if ended then return end
      -- "22 people were killed before security forces stormed the building",
      -- "two employees were killed before security forces regained control":
      -- the forces' act that ended an event whose toll comes before it
      local who = match(clause, "%f[%a]before ([%a%s%-]*)$")
        or match(clause, "%f[%a]until ([%a%s%-]*)$")
      local nw = 0
      for _ in gmatch(who or "", "%a+") do nw = nw + 1 end
      if who and nw <= 4 then
        for _, f in ipairs(fr.figures) do
          local k = f.fig and f.fig.kind
          if f.e < s and (k == "killed" or k == "wounded") then return end
        end
      end
    end
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
  -- (but not one the clause tells as caused on purpose: "the express
  -- derailed after a section of track was sabotaged")
  local caused = false
  for _, t in ipairs(fr.triggers) do
    if find(sub(low, t.s, t.e), "^sabotag") then caused = true end
  end
  for _, d in ipairs(m.disasters) do
    if d[1] >= fr.scope_s and d[2] <= fr.scope_e and not caused then
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
        -- ("investigating it as a possible act of terrorism", "treated as
        -- a potential attack": what an event told is taken for, not one to come)
        local taken_as = (w == "possible" or w == "potential")
          and (wb[i + 1] == "a" or wb[i + 1] == "an") and wb[i + 2] == "as"
        if THREAT_PRE[w] and not taken_as
          and not (i > 1 and TIME_UNIT_AFTER[wb[i - 1]] and wb[i + 1] == "the") then
          consider("threat", t.s, t.e, "extract.threat_modifier")
        end
        -- ("Those who planned Tuesday's assault had help": the planning of an
        -- event a day owns, told as done, not a plot foiled)
        local owned = i > 1 and (w == "planned" or w == "plotted" or w == "organised"
          or w == "organized") and find(sub(low, t.s > 4 and t.s - 4 or 1, t.s - 1), "'s $")
        if PLOT_PRE[w] and not owned then
          consider("plot_foiled", t.s, t.e, "extract.plot_modifier")
        end
      end
    end
  end
  -- "police raided homes in four suburbs on Saturday night over what the
  -- Prime Minister has called a plot to bring down an aeroplane", "arrested
  -- in raids ... in connection with a plot": a raid told with the plot it
  -- stopped, later in its clause, is that plot foiled
  if best == "raid" then
    for _, st in ipairs(m.status) do
      local cw = st.status == "plot_foiled" and sub(low, st.start, st.stop)
      if cw and (find(cw, "plot", 1, true) or find(cw, "conspir", 1, true))
        and st.start > bev.stop and st.stop <= fr.scope_e
        and not find(sub(low, bev.stop, st.start), "[;:]") then
        best, bev = "plot_foiled", ev(st.start, st.stop, st.rule)
        break
      end
    end
  end
  return best, bev
end

local function num_fig(f) return f and (f.lo or f.hi) end

-- Rules of a day counted on or back from another day told ("The next day",
-- "Two weeks later", "the day after the attack").
local COUNTED_ON = { ["date.nextday"] = true, ["date.later"] = true, ["date.ago"] = true,
  ["date.anchored"] = true, ["extract.anchored"] = true, ["date.that"] = true,
  ["date.sameday"] = true }

-- Counts of events that make a toll a sum ("four attacks", "12 bombings").
local COUNT_WORD = set [[three four five six seven eight nine ten eleven twelve]]
-- (not blasts or bombings: "three blasts hit a bus station" is one site's
-- part of a wave)
local COUNTED_EVENTS = set [[attacks raids incidents assaults ambushes]]

-- Whether the sentence of frame `fr` (from byte `ss`) sums a toll over events
-- told one by one: "Taken together, the ambush and the river attacks killed
-- 117 people", "four attacks in three states killed at least 29 people this
-- week" (a count of three or more events, not "the four attacks of that
-- night", a wave the page names as one, nor "2023 attacks", a year; "a
-- combined toll" of two attacks by one cell is the one event's).
local function summed_toll(fr, low, ss)
  if #fr.figures == 0 then return false end
  local span = gsub(sub(low, ss, fr.e + 80 < #low and fr.e + 80 or #low), "%s+", " ")
  span = match(span, "^[^.;]*") or span
  if find(span, "%f[%a]taken together%f[%A]") then return true end
  for p, n, noun in gmatch(span, "()(%w+) (%a+)") do
    local k = tonumber(n) or 0
    if COUNTED_EVENTS[noun] and (COUNT_WORD[n] or (k >= 3 and k < 1000))
      and not find(sub(span, 1, p - 1), "%f[%a]the $") then
      return true
    end
  end
  return false
end

local function is_aggregate(fr, low, ss)
  -- "With Monday's attack, at least 75 civilians were killed in the two
  -- incidents in six days": a toll over several incidents counted over a
  -- span of days is a sum, whatever day one of them has
  do
    local span = gsub(sub(low, ss, fr.e + 80 < #low and fr.e + 80 or #low), "%s+", " ")
    span = match(span, "^[^.;]*") or span
    local n, noun = match(span, "%f[%a]in the (%a+) (%a+)")
    if not n then noun = match(span, "%f[%a]in both (%a+)"); n = noun and "two" end
    if n and (noun == "incidents" or noun == "attacks" or noun == "raids")
      and (n == "two" or n == "three" or n == "four" or n == "five" or n == "several"
        or (tonumber(n) or 0) > 1)
      and (find(span, "%f[%a]in %w+ days%f[%A]") or find(span, "%f[%a]over %w+ days%f[%A]")
        or find(span, "%f[%a]in %w+ weeks%f[%A]") or find(span, "%f[%a]this week%f[%A]")
        or find(span, "%f[%a]in a week%f[%A]")) then
      return true
    end
  end
  -- "Such announcements follow every major attack": an event word after
  -- "every" or "each" is any event of a kind, none told, whatever day the
  -- sentence gives ("has praised almost every attack" said of a group
  -- today) (every event word of the frame so: not "every" beside "a bomb
  -- exploded in Kano")
  do
    local every = #fr.triggers > 0
    for _, t in ipairs(fr.triggers) do
      local ws = words_before(low, t.s, 2, ss)
      if t.figure or not (ws[1] == "every" or ws[1] == "each" or ws[2] == "every"
        or ws[2] == "each") then
        every = false
      end
    end
    if every then return true end
  end
  -- "a series of suicide bombings killed at least 18 people in Gwoza on
  -- Saturday": one day, or one place and a toll, make one (coordinated) event
  for _, x in ipairs(fr.dates) do
    if x.d.precision == "day" then return false end
  end
  if summed_toll(fr, low, ss) then return true end
  -- "Militants have killed more than 2,000 civilians in the region since
  -- 2019": a toll with no event word, counted over years, is a sum of events
  -- (or with event words in the plural only: "a figure that cannot be broken
  -- down into individual attacks")
  local only_figures = #fr.triggers > 0
  for _, t in ipairs(fr.triggers) do
    local word = sub(low, t.s, t.e)
    local plural = find(word, "^%a+s$") and not find(word, "ss$")
      and not find(word, "^%a+ed$") and W.PLURAL_EVENT[word]
    if not t.figure and not plural then only_figures = false end
  end
  if only_figures then
    -- (a wire's lines break anywhere: "in the\npast three years"; the span
    -- may come first: "in the past three years of unrest, which has claimed")
    local head = match(sub(low, ss, fr.s - 1), "[^;]*$") or ""
    local tail = sub(low, fr.s, fr.e + 60 < #low and fr.e + 60 or #low)
    tail = gsub(head .. (match(tail, "^[^.;]*") or tail), "%s+", " ")
    if find(tail, "since %d%d%d%d") or find(tail, "since the start of")
      or find(tail, "%f[%a]the past %a+ years") or find(tail, "%f[%a]the last %a+ years")
      or find(tail, "in recent years") or find(tail, "so far this year")
      or find(tail, "since %a+ %d%d%d%d") then
      return true
    end
  end
  -- "... and have attacked soldiers and police in several regions in recent
  -- years": an event verb in the present perfect whose clause spans years or
  -- many places is a habit of the group, a sum of events (not "have attacked
  -- an army base in Borno, killing 12 soldiers")
  -- ("Gunmen have killed 52 policemen in the capital this year": a toll in
  -- the present perfect over the year so far is a sum as well)
  for _, t in ipairs(fr.triggers) do
    -- "The convoy route has been ambushed many times since 2014": an event
    -- word counted in times is a sum of events
    -- (in the present perfect: "he was shot five times" is one event)
    -- ("has been bombed more than a dozen times", "attacked at least 15
    -- times": a count of times however it is hedged)
    local tq = match(low, "^ ([%w ]-) times%f[%A]", t.e + 1)
    local times = tq and #tq <= 24 and match(tq, "(%w+)$")
    if times and not (W.TIMES_COUNT[times] or times == "dozen" or find(times, "^%d+$")
        or ((numbers.units[times] or numbers.tens[times] or 0) > 1)) then
      times = nil
    end
    if times or find(low, "^ repeatedly%f[%A]", t.e + 1) then
      local ws = words_before(low, t.s, 2, ss)
      if ws[1] == "has" or ws[1] == "have" or ws[2] == "has" or ws[2] == "have" then
        return true
      end
    end
    local aux = words_before(low, t.s, 2, ss)
    local from = t.e
    -- ("Assassins have killed ...": the agent noun as the subject of one)
    local n1, at1 = word_after(low, t.e)
    if (n1 == "have" or n1 == "has") and not t.figure then
      local n2, at2 = word_after(low, at1)
      if n2 and (find(n2, "ed$") or n2 == "shot" or n2 == "struck" or n2 == "hit") then
        aux, from = { n1 }, at2
      end
    end
    if (aux[1] == "have" or aux[1] == "has"
      or ((aux[2] == "have" or aux[2] == "has") and find(aux[1] or "", "ly$"))) then
      local clause = gsub(sub(low, from + 1, from + 120), "%s+", " ")
      local tail = match(clause, "^[^.;,]*") or ""
      -- (a list of victims runs on past commas: "52 policemen, soldiers and
      -- guards in the capital this year"; not "the deadliest attack this year")
      local span = match(clause, "^[^.;]*") or ""
      if find(tail, "in recent years") or find(tail, "over the past %a+ years")
        or find(tail, "in the past %a+ years") or find(tail, "since %d%d%d%d")
        or find(tail, "%f[%a]in several %a+") or find(tail, "%f[%a]in many %a+")
        or find(tail, "%f[%a]in numerous %a+")
        or ((find(span, "%f[%a]so far this year") or find(span, "%f[%a]this year$")
            or find(span, "%f[%a]since the start of the year"))
          and not find(span, "%f[%a]deadliest%f[%A]") and not find(span, "%f[%a]worst%f[%A]")
          and not find(span, "%f[%a]most %a+ since%f[%A]")) then
        return true
      end
    end
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

-- Words that make an event word a mention of one told before.
local DEMONSTRATIVE = { the = true, this = true, that = true, these = true, those = true }

--- Does a figure of `rank` and range lo..hi replace the `kind` figure report r
-- has? A higher rank wins whatever the order; among revisions the later does
-- (the toll moved again); among plain figures the later one only when it is
-- no smaller ("killed 39 people ... shot dead a police officer at the door"
-- is a part, "police spoke of 20 dead" after "rose to 276" an earlier count).
local function replaces(r, kind, rank, lo, hi, attackers)
  local olo, ohi = r[kind .. "_lo"], r[kind .. "_hi"]
  if olo == nil and ohi == nil then return true end
  -- ("a toll of 14, which included the four gunmen" after "Ten people were
  -- killed": the same dead with the attackers added, not a higher toll)
  if attackers and not r._k_attackers and lo and olo and lo - attackers <= olo then
    return false
  end
  local orank = r._frank and r._frank[kind] or 1
  -- ("The toll rose to 43 overnight, and the minister said on Sunday that 46
  -- were dead": a toll only rises, so a higher plain count told after a
  -- revision is the newer one)
  -- (not after a toll lowered: "cut the toll to 35" and then "officials
  -- had counted 95 bodies" tells the count the revision replaced)
  if rank == 1 and orank == 2 and lo and olo and lo > olo and (not ohi or lo > ohi)
    and not (r._fdown and r._fdown[kind]) then
    return true
  end
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
  -- ("the firebombing of a church in Samarinda, East Kalimantan, last
  -- November": a name set off by commas is still of the chain)
  if after then seg = gsub(gsub(seg, ",%s*$", ""), ", (%u)", " %1") end
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

--- The candidate report of frame `fr` of sentence `sent_index` (starting at
-- `ss`), or nil and why for frames that are no incident.
-- What a road tanker carries ("a water tanker", "a petrol tanker").
local ROAD_TANKER = set [[water fuel petrol gasoline diesel milk]]

-- Words of a craft made a bomb: "a boat packed with explosives".
local LADEN = { packed = true, laden = true, loaded = true, filled = true }

-- Is country mention `x` told across a border from the scene ("close to
-- the borders with Niger and Burkina Faso", "bordering Chad")?
local function beyond_border(low, x)
  local lead = sub(low, x.s > 48 and x.s - 48 or 1, x.s - 1)
  return (find(lead, "%f[%a]borders? with [%a%s,%-]*$")
    or find(lead, "%f[%a]bordering [%a%s,%-]*$")) and true or false
end

-- Is place mention `x` a dateline's town ("BAMAKO, Aug 11 (WAPA) - ...",
-- "KABUL - ..."), where the story was filed rather than a scene?
local function filed_at(ctx, x)
  local dp = ctx.dateline_place
  if dp and dp.s == x.s then return true end
  if ctx.dateline and x.e <= ctx.dateline and x.s >= ctx.dateline_s then return true end
  local text = ctx.text
  local name = sub(text, x.s, x.e)
  return (x.s == 1 or sub(text, x.s - 1, x.s - 1) == "\n") and not find(name, "%l")
    and (find(text, "^,", x.e + 1) or find(text, "^ %-", x.e + 1)
      or find(text, "^ \226\128[\147\148]", x.e + 1)) and true or false
end

-- The dateline town sentence `m` opens with, when it has a country; nil
-- otherwise.
local function own_dateline(ctx, m)
  for _, x in ipairs(m.places) do
    if x.rec and x.rec.country and filed_at(ctx, x) then return x end
  end
  return nil
end

--- Drops a report's day: the day read was another happening's (a speaker's,
-- a funeral's, a day alone that sets no scene).
-- @tparam table r a report
local function forget_day(r)
  r.date, r.date_lo, r.date_hi, r._prec, r.evidence.date = nil, nil, nil, nil, nil
end

--- Drops a report's place (and, with `country`, its country): the place
-- read was another happening's.
-- @tparam table r a report
-- @tparam[opt] boolean country drop the country too
local function forget_place(r, country)
  r.place, r._place_rec, r.lat, r.lon, r.evidence.place = nil, nil, nil, nil, nil
  if country then r.country, r.evidence.country = nil, nil end
end

local function frame_report(ctx, fr, m, ss, sent_index)
  local pack, low, text = ctx.pack, ctx.low, ctx.text
  fr.actor = frame_actor(fr, m)
  if fr.state then return nil, "state action (" .. fr.triggers[1].rule .. ")" end
  local st, st_ev = frame_status(fr, m, low, ss)
  if st and NOT_INCIDENT[st] then return nil, st .. " (" .. st_ev.rule .. ")" end
  if is_aggregate(fr, low, ss) then return nil, "aggregate" end
  -- "the police have broken up dozens of plots over the past decade",
  -- "thwarted several attacks this year": a foiled plot counted in the
  -- plural is a record of many, no one plot
  if st == "plot_foiled" and st_ev then
    local after = sub(low, st_ev.stop + 1, st_ev.stop + 40)
    local q, noun = match(after, "^%s+([%w]+) of (%a+)")
    if not q then q, noun = match(after, "^%s+([%w]+) (%a+)") end
    if q and (W.PLURAL_EVENT[noun or ""] or noun == "plots" or noun == "conspiracies")
      and (q == "dozens" or q == "scores" or q == "hundreds" or q == "several"
        or q == "many" or q == "numerous" or q == "multiple" or (tonumber(q) or 0) > 1
        or ((numbers.units[q] or 0) > 1)) then
      return nil, "aggregate"
    end
  end
  -- "Six days after the shooting, he was stopped at a customs check in
  -- Marseille": an event told only as the point a time is counted from,
  -- with no toll, is the one told before; the clause tells something else
  if #ctx.reports > 0 and #fr.figures == 0 and #(fr.groups or {}) == 0
    and #m.groups == 0 then
    local all = #fr.triggers > 0
    for _, t in ipairs(fr.triggers) do
      if not t.anchor or t.figure then all = false end
    end
    if all then return nil, "anchor only" end
  end
  -- "The Iranian tanker Avaj was attacked and hit", "an attack on a Kuwaiti
  -- port severely damaged a U.S.-flagged ship", "the Iranian High Command
  -- ... an assault on the port city of Basra": ships hit and a high
  -- command's assaults, no group or militant named, are states at war
  if #m.groups == 0 then
    local seg = sub(low, ss, fr.scope_e or fr.e)
    local actor = false
    for _, cu in ipairs(m.cues) do if cu.cue == "actor" then actor = true end end
    local suicidal = false
    for _, t in ipairs(fr.triggers) do if t.suicide then suicidal = true end end
    -- ("a boat packed with explosives rammed the tanker": a craft made a
    -- bomb is an attacker's, not a navy's)
    local laden = false
    for w in gmatch(seg, "%f[%a](%a+) with explosives%f[%A]") do
      if LADEN[w] then laden = true end
    end
    laden = laden or find(seg, "%f[%a]explosives?%-laden%f[%A]")
      or find(seg, "%f[%a]explosives?%-packed%f[%A]")
    if not actor and not suicidal and not laden and not find(seg, "pirat", 1, true) then
      local pw
      for w, at in gmatch(seg, "(%a+)()") do
        if W.WAR_SHIP[w] then
          -- ("a bomb hidden in a water tanker", "a fuel tanker truck": a
          -- tanker on the road is a truck, no ship)
          local nx = match(seg, "^%s+(%a+)", at)
          local road = nx == "truck" or nx == "trucks" or nx == "lorry" or nx == "lorries"
            or ROAD_TANKER[pw]
          if not road then return nil, "state_strike (at sea)" end
        end
        pw = w
      end
      if find(seg, "%f[%a]high command%f[%A]") then return nil, "state_strike (high command)" end
    end
  end
  -- "The revolt included a raid on a military arsenal ...", "detained on
  -- suspicion of involvement in the plot" after "a failed coup": a coup and
  -- its plot are a fight for the state, not incidents of this kind
  do
    local head = match(low, "^%s*the (%a+)", ss)
    if head and W.COUP[head] then return nil, "coup" end
    local t1 = fr.triggers[1]
    if #fr.triggers == 1 and t1.rule == "default.cue.plot"
      and find(sub(low, ss, fr.e), "%f[%a]coup%f[%A]") then
      return nil, "coup"
    end
  end
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
    if typ == "unknown" then typ = W.WEAPON_TYPE[w.rec.name] or typ end
    -- "a lorry laden with explosives crashed into the gate": a vehicle
    -- that carries a bomb into its target is a bombing, not a ramming
    if typ == "unarmed_assault" and w.rec.name == "explosives" then typ = "bombing" end
  end
  -- "the worst attack since April 2002, when a truck loaded with gas exploded
  -- before the building": an explosion told of the event makes it a bombing
  if typ == "unknown" then
    local span = sub(low, fr.s, fr.e)
    if find(span, "%f[%a]exploded%f[%A]") or find(span, "%f[%a]detonated%f[%A]")
      or find(span, "%f[%a]blew up%f[%A]") or find(span, "%f[%a]went off%f[%A]") then
      typ = "bombing"
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
      -- ("No one was killed in those blasts": the plural demonstratives too)
      if DEMONSTRATIVE[ws[1] or ""] or DEMONSTRATIVE[ws[2] or ""] then
        ndef = ndef + 1
      end
    end
  end
  r._definite = nev > 0 and ndef == nev
  -- "Sisi described it as a cowardly terrorist act in a message to the
  -- families on Monday", "called it a terror attack": what a speaker calls
  -- the event told is no new event, and the day is the speaker's
  if nev > 0 then
    local named = 0
    for _, t in ipairs(fr.triggers) do
      if not t.figure then
        local pre = sub(low, t.s > ss + 60 and t.s - 60 or ss, t.s - 1)
        -- (the event word a few words after "it as a": "a cowardly terrorist")
        local verb, mods = match(pre, "(%a+) it as an? ([%a%- ]*)$")
        if not verb then verb, mods = match(pre, "(%a+) it an? ([%a%- ]*)$") end
        local _, nw = gsub(mods or "", "%a+", "")
        if verb and W.APPRAISE[verb] and nw <= 3 then named = named + 1 end
      end
    end
    if named == nev then r._definite, r._appraised = true, true end
  end
  -- "two were in critical condition, including a man who was shot several
  -- times as he tried to tackle the gunman": an event word in a relative
  -- clause about a victim, beside the attacker named with "the", tells a
  -- part of the event just told (no place of its own), not a new one
  if not r._definite and nev > 0 and #fr.places == 0 and ctx.reports and #ctx.reports > 0 then
    local rel = 0
    for _, t in ipairs(fr.triggers) do
      if not t.figure then
        local ws = words_before(low, t.s, 3, ss)
        if ((ws[1] == "was" or ws[1] == "were") and ws[2] == "who")
          or (ws[1] == "been" and ws[3] == "who") then
          rel = rel + 1
        end
      end
    end
    -- (the attacker may be an event word itself: "the gunman")
    if rel > 0 and rel + ndef == nev then
      for aw in gmatch(sub(low, ss, fr.e + 80 < #low and fr.e + 80 or #low), "the (%a+)") do
        if W.ATTACKER[aw] then r._definite = true; break end
      end
    end
  end
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
  -- "It was the second bombing in Isulan in a week", "This was the deadliest
  -- attack since 2017": the event word is said of the event just told (it
  -- is the predicate of "it was"; a new event has no "it" to point back to)
  -- (one event word and no toll: "It was the deadliest attack since a bombing
  -- killed 21 in March" tells the other event too)
  if nev == 1 and #fr.figures == 0 and not t0.figure then
    local head = sub(low, ss, t0.s - 1)
    -- (the predicate is a noun phrase: not "it was reported that the rebels
    -- attacked", "this is the result of the bombings")
    local subj = match(head, "^[\"']?(%a+) %a+ ") or ""
    local verb = match(head, "^[\"']?%a+ (%a+) ") or ""
    if (subj == "it" or subj == "this" or subj == "that") and (verb == "was" or verb == "is")
      and (find(head, "^[\"']?%a+ %a+ the ") or find(head, "^[\"']?%a+ %a+ an? ")
        or find(head, "^[\"']?%a+ %a+ its ") or find(head, "^[\"']?%a+ %a+ their "))
      and not find(head, "[,;:]") and not find(head, " of ", 1, true) and #head < 60
      and not find(head, "%f[%a]that ", 4) and not find(head, "%f[%a]which ")
      and not find(head, "%f[%a]who ") then
      r._definite, r._predicate = true, true
    end
  end
  -- "The shooting at the church, claimed within hours by the group, was the
  -- first deadly attack on Christians in the region in years": an ordinal or
  -- a superlative after a copula says what the subject event was; its place
  -- and time words are the yardstick of the comparison, not a new scene
  -- (the subject may be an event word of the frame too, told with "the":
  -- "The murder of the mayor was not the rebels' only attack this month")
  for _, tp in ipairs(fr.triggers) do
    if not tp.figure and not r._compared then
      local ws = words_before(low, tp.s, 7, ss)
      for k = 2, #ws - 1 do
        -- (and "was not the rebels' last attack of the year")
        if ws[k] == "the" and (W.COPULA[ws[k + 1]]
            or (ws[k + 1] == "not" and W.COPULA[ws[k + 2] or ""])) then
          local cmp = false
          for j = 1, k - 1 do
            if W.SUPERLATIVE[ws[j]] or W.ORDINAL[ws[j]] then cmp = true end
          end
          -- every other event word and figure is the subject's, before it,
          -- and the subject is definite
          local subject_ok = true
          for _, u in ipairs(fr.triggers) do
            if u ~= tp and (u.s > tp.s or not find(sub(low, ss, u.s - 1), "the $")) then
              subject_ok = false
            end
          end
          for _, f in ipairs(fr.figures) do
            if (f.s or f.fig.start) > tp.s then subject_ok = false end
          end
          if cmp and (subject_ok or (nev == 1 and #fr.figures == 0)) then
            r._definite, r._predicate, r._compared = true, true, true
          end
          break
        end
      end
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
  -- "smaller blasts struck Jos and Damaturu the same day", "other bombs went
  -- off in Kano at the same time": event words called smaller or other, told
  -- of the same day or hour, are further sites of the event told before
  for _, t in ipairs(fr.triggers) do
    if not t.figure and W.SITE_PRE[word_before(low, t.s, ss) or ""] then
      local rest = match(sub(low, t.e + 1, t.e + 120), "^[^.;]*") or ""
      if find(rest, "%f[%a]the same %a+") and W.SAME_SPAN[match(rest, "%f[%a]the same (%a+)")]
        or find(rest, "%f[%a]simultaneously%f[%A]") then
        r._site = true
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
    -- ("It was the second bombing in a week": the one told is the second)
    if NEW_EVENT[wb] and not r._predicate then r._new = true end
  end
  -- "a smaller bomb", "a bigger blast": an event compared with the one told
  if wbs[2] == "a" and wbs[1] and find(wbs[1], "%l%l[eil]?er$") and COMPARATIVE[wbs[1]] then
    r._new = true
  end
  -- "A month on, on 9 May, two men set out to copy the bombing": the event
  -- told is the model of a new one, with its own day
  if wbs[1] == "the" and W.REPEAT_VERB[wbs[2] or ""] then
    r._new, r._definite, r._repeat = true, false, true
  end
  local first = ntokens() > 0 and TS[1] >= ss and tw(1)
  if first and OPENS_NEW[first] and nev > 0 and not r._definite then r._new = true end
  -- date; of a definite mention only one written against it ("the March 22
  -- attack", "the attack on Friday"): "the men accused of the attack
  -- appeared in court on Sunday" dates the hearing
  local dlist = fr.dates
  -- (a definite mention before any report is the article's lead event: "police
  -- said the couple carried out the bombing outside the cathedral on Sunday")
  if r._sequel and #ctx.reports > 0 then
    dlist = {}
  elseif r._definite and #ctx.reports > 0 and not new_site(ctx, fr) then
    dlist = {}
    local last = ctx.reports[#ctx.reports]
    for _, x in ipairs(fr.dates) do
      if x.d.when then dlist[#dlist + 1] = x end
      -- ("Ten years ago this week ... The gunmen reached the college shortly
      -- before 2am on Tuesday, February 25, 2014": a day written with its
      -- year inside the year or month told of the event is its day)
      -- (the event told last takes it; the mention still refers to it)
      if not x.d.when and x.d.precision == "day" and last and last.date_lo
        and (last._prec == "year" or last._prec == "month") and last.status == "attack"
        and x.d.lo >= last.date_lo and x.d.hi <= last.date_hi
        and find(sub(text, x.d.start, x.d.stop), "%d%d%d%d") then
        last.date, last.date_lo, last.date_hi, last._prec = x.d.value, x.d.lo, x.d.hi, "day"
        last.evidence.date = ev(x.d.start, x.d.stop, x.d.rule)
      end
      for _, t in ipairs(x.d.when and {} or fr.triggers) do
        if not t.figure then
          local a, b = x.e + 1, t.s - 1
          if t.e < x.s then a, b = t.e + 1, x.s - 1 end
          -- (or owns it: "Sunday's blast"; or a clause on the event word
          -- tells it with its year: "the truck bomb that destroyed the
          -- Central Bank in Colombo on 31 January 1996")
          if pp_chain(text, a, b, t.e < x.s)
            or (x.e < t.s and find(sub(text, a, b), "^'s%s+$"))
            or (t.e < x.s and find(sub(low, a, b), "^ that %a+ [^,;]*$")
              and find(sub(text, x.s, x.e), "%d%d%d%d")) then
            dlist[#dlist + 1] = x; break
          end
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
  -- "students home from the Christmas holidays": a holiday named as the
  -- season around the event, not its day
  do
    local kept
    for k, x in ipairs(dlist) do
      local nx = x.d.rule == "date.holiday" and match(low, "^ (%a+)", x.d.stop + 1)
      if nx and SEASON_NOUN[nx] then
        if not kept then
          kept = {}
          for j = 1, k - 1 do kept[j] = dlist[j] end
        end
      elseif kept then
        kept[#kept + 1] = x
      end
    end
    dlist = kept or dlist
  end
  local d = closest(dlist, fr)
  -- "Ten years ago this week, the dormitories of the college were full of
  -- sleeping boys. By sunrise, dozens of them were dead": an anniversary's
  -- opening line dates the event the page opens with (its years back), and
  -- the town it names places it
  local ago_place
  if not d and #ctx.reports == 0 and ctx.dall then
    for _, x in ipairs(ctx.dall) do
      if x.start >= ss then break end
      if x.rule == "date.ago" and x.precision == "year" and ss - x.stop <= 300
        and not find(sub(text, x.stop, ss), "\n%s*\n") then
        d = { d = x }
        ago_place = nil
        for _, h in ipairs(ctx.hits or {}) do
          local v = h.entry.value
          if h.start > x.stop and h.stop < ss and h.entry.kind == "place" and type(v) == "table"
            and (v.kind == "city" or v.kind == "town") then
            ago_place = { s = h.start, e = h.stop, rec = v, entry = h.entry }
            break
          end
        end
      end
    end
  end
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
    -- "the September 11 attacks on New York and Washington in 2001": a day
    -- written without its year and the year told after it in the frame
    if dd.precision == "day" and r.date_lo
      and not find(sub(text, dd.start, dd.stop), "%d%d%d%d") then
      for _, x in ipairs(fr.dates) do
        local y = x.d
        if y.precision == "year" and y.start > dd.stop and y.start - dd.stop <= 80
          and y.lo and sub(y.lo, 1, 4) ~= sub(r.date_lo, 1, 4) then
          local day = sub(y.lo, 1, 4) .. sub(r.date_lo, 5, 10)
          -- (the 29th of February of another year is no day)
          if dates.shift(day, 0) == day then
            r.date, r.date_lo, r.date_hi = day, day, day
            r.evidence.date = ev(dd.start, y.stop, "extract.day_and_year")
          end
          break
        end
      end
    end
    -- "The attack was followed by others. On November 10 of the same year, a
    -- suicide bomber ...": the year of the event told last, whatever date the
    -- page told in between (a memorial "on Sunday")
    local md = dd
    if dd.rule == "date.that" then
      -- (the grammar's "the same year" after the day it qualifies)
      md = nil
      for _, x in ipairs(fr.dates) do
        if x.d.precision == "day" and x.d.stop < dd.start
          and find(sub(low, x.d.stop + 1, dd.start - 1), "^,? ?o?f? $") then
          md = x.d
        end
      end
    end
    if md and md.precision == "day" and md.lo
      and not find(sub(text, md.start, md.stop), "%d%d%d%d") then
      local that = match(low, "^,? of (th[ae]t? ?s?a?m?e?) year", md.stop + 1)
        or match(low, "^,? (th[ae]t? ?s?a?m?e?) year", md.stop + 1)
      local last = ctx.reports[#ctx.reports]
      if (that == "the same" or that == "that" or that == "that same") and last
        and last.date_lo and #last.date_lo == 10 then
        local day = sub(last.date_lo, 1, 4) .. sub(md.lo, 5, 10)
        if dates.shift(day, 0) == day then
          r.date, r.date_lo, r.date_hi, r._prec = day, day, day, "day"
          r.evidence.date = ev(md.start, md.stop, "extract.day_of_that_year")
        end
      end
    end
  end
  -- a chronology's entry ("11 December 1987 - Zaragoza. A car packed with
  -- explosives blows up ..."): its stamp dates what it tells with no date of
  -- its own, or with a day whose year the entry's year outranks ("he dies
  -- on 13 July" under a stamp of 1997, not the page's year)
  local en = ctx.entry
  if en and en.section then
    r._entry, r._section = en.id, true
    -- (a numbered item's heading day: "2. Silgadji (Soum province), Saturday.")
    -- (only for the item's first event: a later sentence with no day goes
    -- on with the event told last, "Also noted: ... on Saturday 4 January.
    -- Fourteen people were killed")
    local ed = en.date
    for _, x in ipairs(ctx.reports) do
      if x._entry == en.id then ed = nil; break end
    end
    -- (and over a day the item counts from another: "3. Singa, ..., 13 May
    -- 2019. The next day, armed men stopped a procession", "Two weeks later")
    -- (and over a bare weekday the item tells, "1) MAZAR - Thursday, 10
    -- November ... Late on Thursday night": the heading's day, not the
    -- weekday counted back from the page's date)
    if ed and (not d or (d.d and COUNTED_ON[d.d.rule or ""]
        and not find(sub(text, d.d.start, d.d.stop), "%d%d%d%d"))
        or (d.d and find(d.d.rule or "", "weekday", 1, true)
          and not find(sub(text, d.d.start, d.d.stop), "%d"))) then
      r.date, r.date_lo, r.date_hi, r._prec = ed.value, ed.lo, ed.hi, ed.precision
      r.evidence.date = ev(ed.start, ed.stop, "extract.entry_date")
    end
  elseif en then
    r._entry, r._entry_rec = en.id, en
    local ed = en.date
    local own_year = d and find(sub(text, d.d.start, d.d.stop), "%d%d%d%d")
    if not d or (not own_year and sub(r.date_lo or "", 1, 4) ~= sub(ed.lo, 1, 4)) then
      r.date, r.date_lo, r.date_hi, r._prec = ed.value, ed.lo, ed.hi, ed.precision
      r.evidence.date = ev(ed.start, ed.stop, "extract.entry_date")
    end
  end
  -- place, country
  -- a city named in the frame rather than a site in it; a site stands for
  -- its city ("Kabul airport" is in Kabul)
  local p = closest(fr.places, fr)
  -- (a court's town where the event names none: "a court in Hyderabad
  -- acquitted them of the bombing of the city's mosque" is tried there)
  if not p and m.court_place and m.court_place.e < t0.s then p = m.court_place end
  -- (the dateline of a court report is the court's town, no scene)
  if m.court then r._court = true end
  -- "described the attack as a demented act ... asked Cuba to hand over the
  -- delegates who are in Havana": a place a clause away after a definite
  -- mention is about something else than the event the mention points at
  if p and r._definite and p.s > t0.e and not p.anaphor then
    local between = sub(low, t0.e + 1, p.s - 1)
    -- (not one in a clause that tells the event: "the bus in which a dozen
    -- passengers died near the border town", "the mosque, where a bomb
    -- exploded")
    if #between > 80 and (find(between, "[,;]") or find(between, "%f[%a]who%f[%A]"))
      and not find(between, "%f[%a]in which%f[%A]") and not find(between, "%f[%a]where%f[%A]") then
      p = nil
    end
    -- ("the attack was meant to carry the war from the Andes into the
    -- cities": a place of the purpose told, not of the event)
    if p and (find(between, "%f[%a]meant to ") or find(between, "%f[%a]intended to ")
      or find(between, "%f[%a]designed to ") or find(between, "%f[%a]aimed to ")) then
      p = nil
    end
  end
  -- "Bannu itself was the scene of a standoff in December 2022 when ...":
  -- the place the sentence opens with, told as the scene of the event
  if not p then
    for _, x in ipairs(m.places) do
      local cop = x.e < fr.s and x.s >= ss
        and (match(low, "^ itself was the (%a+) of ", x.e + 1)
          or match(low, "^ was the (%a+) of ", x.e + 1))
      if cop == "scene" or cop == "site" then
        p = x
        break
      end
    end
  end
  if ago_place and (not p or p.rec.kind == "province" or p.rec.kind == "region") then
    p = ago_place
  end
  if p and p.weak then
    -- a name no list knows gives way to one the gazetteer knows
    local known = {}
    -- (not the dateline's town: "BAMAKO - ... attacked an army camp at
    -- Tessit" was filed there, the scene is the name in the story)
    for _, x in ipairs(fr.places) do
      if not x.weak and not filed_at(ctx, x) then
        known[#known + 1] = x
      end
    end
    p = closest(known, fr) or p
  end
  if p and (p.rec.kind == "province" or p.rec.kind == "region") then
    -- a province or region is never the scene over a town of the frame that
    -- lies in it, wherever the town stands ("in Dalko village in Gada Local
    -- Government Area of Sokoto State", "Mubi, the commercial hub of
    -- northern Adamawa State, was thrown into mourning after a bomber ...",
    -- "a cell operating in North Sinai stormed a post near Rafah"): the
    -- town tells more, the province only where it lies (the town nearest
    -- the event word)
    local best, bd
    for _, q in ipairs(fr.places) do
      local k = q.rec.kind
      -- (not the dateline's town, nor where those who speak are: "Police in
      -- Chandigarh, capital of Punjab state, said ...", "our correspondent
      -- in Yola")
      local dp = ctx.dateline_place
      local w1 = word_before(low, q.s, ss)
      local w2 = w1 == "in" and words_before(low, q.s, 2, ss)[2]
      local speaker = w2 and (w2 == "police" or w2 == "correspondent" or W.SPEAKER[w2]
        or W.AUDIENCE[w2] or w2 == "sources" or w2 == "spokesman")
      if q ~= p and not q.weak and k ~= "province" and k ~= "region" and k ~= "site"
        and not (dp and dp.s == q.s) and not speaker
        -- (a dateline a digest's item opens with: "CHANDIGARH, India - ...")
        and not find(sub(low, q.e + 1, q.e + 16), "^[%a%., ]- %- ")
        and not find(sub(low, q.e + 1, q.e + 18), "^[%a%., ]- \226\128[\147\148] ")
        and same_place(q.rec, p.rec) then
        local dq = q.s > t0.e and q.s - t0.e or t0.s - q.e
        if not bd or dq < bd then best, bd = q, dq end
      end
    end
    p = best or p
  end
  if p and p.rec.kind ~= "site" then
    -- "a daycare centre in Blumenau, in Santa Catarina, ... killed four": a
    -- town told by where it lies, whatever that name is in the gazetteer
    for _, q in ipairs(fr.places) do
      if q.e < p.s and (sub(low, q.e + 1, p.s - 1) == ", in "
          or sub(low, q.e + 1, p.s - 1) == ", in the ")
        and not q.weak and q.rec.kind ~= "province" and q.rec.kind ~= "region" then
        p = q
        break
      end
    end
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
  -- (and its heading places it: "30 July 2009 - Palmanova, Mallorca.")
  if not p and en and en.place then
    local hp = en.place
    -- (the town as the item's own text placed it: the heading's country is
    -- a guess where the gazetteer does not know the name)
    local rec = hp.rec
    for _, x in ipairs(ctx.reports or {}) do
      if x._entry == en.id and x._place_rec and x._place_rec.name == rec.name then
        rec = x._place_rec
      end
    end
    places.place_report(r, rec, hp.s, hp.e, "extract.entry_place", hp.cs, hp.ce)
  end
  -- "in the 1980s, when death squads killed 27 people": what a decade saw,
  -- nowhere in particular, is a sum of events
  if r.evidence.date and r.evidence.date.rule == "date.decade" and not r.place then
    return nil, "aggregate"
  end
  -- "a string of bombings on Sulu and Basilan that officials tie to him":
  -- a series told with no day of its own is a sum (a wave of one day, "a
  -- wave of bombings across the city on Monday", is one event)
  if r._wave and r._prec ~= "day" and typ ~= "unknown" then
    local plural_wave = false
    for _, t in ipairs(fr.triggers) do
      local ws = words_before(low, t.s, 2, ss)
      if t.plural and ws[1] == "of" and W.WAVE[ws[2] or ""] then plural_wave = true end
    end
    if plural_wave then return nil, "aggregate" end
  end
  -- "a camp close to the borders with Niger and Burkina Faso": a country
  -- told as across a border from the scene is not the scene's
  local countries = {}
  for _, x in ipairs(fr.countries) do
    if not beyond_border(low, x) then countries[#countries + 1] = x end
  end
  local strong_in_frame = false
  for _, x in ipairs(countries) do if not x.weak then strong_in_frame = true end end
  -- (and a town no list knows told again: "in the same town")
  if not r.country and p and (p.unknown or p.anaphor) and not p.rec.country
    and not strong_in_frame then
    -- "in the village of Tadaryat in the same region": a place the gazetteer
    -- does not know lies in the country the sentence names, else the
    -- dateline's, else the country of the report last told, else the one
    -- the article names most
    local strong
    for _, x in ipairs(m.countries) do
      if not x.weak and not beyond_border(low, x) then strong = strong or x end
    end
    local dp = ctx.dateline_place
    local last = ctx.reports and ctx.reports[#ctx.reports]
    local own = not strong and not (last and last.country) and own_dateline(ctx, m)
    if strong then
      r.country = strong.rec.code
      r.evidence.country = ev(strong.s, strong.e, "extract.country_of_sentence")
    elseif last and last.country then
      -- (a story filed from Dakar about Niger: the story's country first)
      r.country = last.country
      r.evidence.country = ev(p.s, p.e, "extract.country_of_story")
    elseif own then
      -- ("BAMAKO, Aug 11 (WAPA) - ... a camp at Tessit": the dateline
      -- the sentence opens with, over a masthead's town)
      r.country = own.rec.country
      r.evidence.country = ev(own.s, own.e, "extract.country_of_dateline")
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
    for _, x in ipairs(countries) do if not x.weak then strong[#strong + 1] = x end end
    local c = closest(#strong > 0 and strong or countries, fr)
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
  -- (a figure in the group's own claim, "said its fighters had killed more
  -- than 100 soldiers", gives way to anyone else's count, as an early one)
  local function rank_of(fig)
    for _, cl in ipairs(m.claims) do
      if cl.rule == "claim.said_killed" and fig.start >= cl.start
        and fig.start - cl.stop <= 3 then
        return 0
      end
    end
    -- "the toll climbed to 30 by noon; by night the army put it at 34
    -- dead": a figure an authority puts the toll at moves it as a revision does
    local fs = fig.fig_start or fig.start
    local pre = sub(low, fs > 30 and fs - 30 or 1, fs - 1)
    -- (not "police had put it at 12 at first": an earlier count)
    if find(pre, "%f[%a]put it at $") and not find(pre, "%f[%a]had put it at $") then
      return 2
    end
    return fig_rank(fig)
  end
  -- ("The bombing became a symbol of the conflict that cost about 69,000
  -- lives": a toll told of a war in a clause of its own, not of the event)
  local function war_toll(fig)
    if fig.start < t0.e then return false end
    local between = sub(low, t0.e + 1, fig.start - 1)
    for noun in gmatch(between, "%f[%a](%a+) that%f[%A]") do
      if W.WAR_NOUN[noun] then return true end
    end
    for noun in gmatch(between, "%f[%a](%a+),? which%f[%A]") do
      if W.WAR_NOUN[noun] then return true end
    end
    return false
  end
  r._frank = {}
  for _, f in ipairs(fr.figures) do
    local fig = f.fig
    local key = fig.kind
    if num_fig(fig) and not war_toll(fig) and replaces(r, key, rank_of(fig), fig.lo, fig.hi) then
      r[key .. "_lo"], r[key .. "_hi"] = fig.lo, fig.hi
      r._frank[key] = rank_of(fig)
      -- (a toll told as lowered: "cut the toll to 35", "revised it down")
      if r._frank[key] == 2 then
        local pre = sub(low, fig.start > 40 and fig.start - 40 or 1, fig.stop)
        if find(pre, "%f[%a]lower") or find(pre, "%f[%a]cut") or find(pre, "%f[%a]reduc")
          or find(pre, "%f[%a]revised down") or find(pre, "%f[%a]down to%f[%A]") then
          r._fdown = r._fdown or {}
          r._fdown[key] = true
        end
      end
      r._fdet = r._fdet or {}
      r._fdet[key] = fig.det ~= nil
      r.evidence[key] = ev(fig.start, fig.stop, fig.rule)
      -- "the toll stood at 22 dead, including five gunmen": the attackers'
      -- part of a toll (another count may leave them out)
      local n, who = match(low, "^ ?%a*,? including (%w+) (%a+)", fig.stop + 1)
      n = n and (tonumber(n) or numbers.units[n])
      if key == "killed" and n and W.ATTACKER[who] then r._k_attackers = n end
      -- "gave a toll of 14 dead. That figure included the four gunmen": the
      -- next sentence says what the figure holds
      local det, noun, n2, who2 = match(sub(low, fig.stop + 1, fig.stop + 140),
        "^[^%.;!?]-%.%s+(%a+) (%a+) includ%a* the (%w+) (%a+)")
      n2 = n2 and (tonumber(n2) or numbers.units[n2])
      if key == "killed" and n2 and not n and (det == "that" or det == "this" or det == "the")
        and W.TOLL_NOUN[noun] and W.ATTACKER[who2] then
        r._k_attackers = n2
      end
    end
  end
  -- "opened fire on a pub, killing two people, and shot dead a taxi driver
  -- as he fled": a second kill of other victims, joined to the toll told by
  -- "and", adds to it
  local ek = r.evidence.killed
  if ek and ek.rule == "killed.verb_fig" and r.killed_lo and r.killed_lo == r.killed_hi then
    for _, f in ipairs(fr.figures) do
      local fig = f.fig
      if fig.kind == "killed" and fig.start > ek.stop and fig.rule == "killed.verb_fig"
        and fig.lo and fig.lo == fig.hi and fig.lo > 0 and not fig.partial
        and fig.start - ek.stop <= 60
        and find(sub(low, ek.stop + 1, fig.start - 1), "^[^;:%.%(]-,? and $")
        and not find(sub(low, ek.stop + 1, fig.start - 1), "includ", 1, true) then
        r.killed_lo, r.killed_hi = r.killed_lo + fig.lo, r.killed_hi + fig.lo
        r.evidence.killed = ev(ek.start, fig.stop, "extract.kills_summed")
        break
      end
    end
  end
  -- "the device was found before it went off; nobody was hurt": nobody hurt
  -- is nobody killed either (not "no one else was hurt")
  local we = r.evidence.wounded
  if we and we.rule == "wounded.none" and r.wounded_lo == 0 and r.wounded_hi == 0
    and not (r.killed_lo or r.killed_hi)
    and not find(sub(low, we.start, we.stop), "%f[%a]else%f[%A]") then
    r.killed_lo, r.killed_hi = 0, 0
    r._frank.killed = 1
    r.evidence.killed = ev(we.start, we.stop, "killed.none_hurt")
  end
  -- target (not who speaks: "..., police said")
  local tgs = fr.targets
  for _, x in ipairs(fr.targets) do
    if x.speaks then
      tgs = {}
      for _, y in ipairs(fr.targets) do if not y.speaks then tgs[#tgs + 1] = y end end
      break
    end
  end
  local tg = closest(tgs, fr)
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
  if r._appraised then forget_day(r) end
  -- (a place read off "the town's" or "there" alone makes no new report)
  r._creates = ((r.place and not r._place_anaphor) or r.date_lo or numeric) and true or false
  -- ("an Indonesian JI bomb-maker ... arrested in Manila in 2002": a man
  -- named by his trade makes no event of his own)
  local trade = #fr.triggers > 0
  for _, t in ipairs(fr.triggers) do if not t.compound then trade = false end end
  if trade then r._creates = false end
  if r._compared then
    r._creates = false
    forget_place(r, true)
    forget_day(r)
  end
  -- a bare "attack" makes a report only with a sign of political violence
  -- around it: a toll, a group, a weapon, a target, a suicide, "terror" (a
  -- union's strike, a verbal attack on a bill and a market onslaught have
  -- none); so does a lone word with an everyday sense ("shot", "blast",
  -- "slashed"), where a second event word would do
  local lone = #fr.triggers == 1 and AMBIGUOUS[sub(low, t0.s, t0.e)] or false
  if r._creates and (typ == "unknown" or lone) and not suicide and not numeric
    and not r._repeat
    and #fr.groups == 0 and #fr.weapons == 0 and #fr.targets == 0 and not fr.actor
    and not named_event(fr, low, ss) then
    local terror = false
    for _, t in ipairs(fr.triggers) do
      if find(sub(low, t.s, t.e), "terror", 1, true) then terror = true end
    end
    if not terror then r._creates = false end
  end
  -- "The bomb was a fake, supplied by undercover agents", "a dummy device":
  -- a sting; whoever tried to set it off was stopped before any attack
  for _, t in ipairs(fr.triggers) do
    if not t.figure and t.name == "bombing" then
      local after = sub(low, t.e + 1, t.e + 20)
      local prev = word_before(low, t.s, ss)
      if find(after, "^ w[ae][sr]e? a? ?fake%f[%A]") or find(after, "^ w[ae][sr]e? inert%f[%A]")
        or find(after, "^ w[ae][sr]e? a dummy%f[%A]") or W.STING_PRE[prev or ""] then
        r._sting = ev(t.s, t.e, "extract.sting")
        if not r._definite then r.status, r.evidence.status = "plot_foiled", r._sting end
      end
    end
  end
  r._plural = fr.plural_only
  -- "Four bombs exploded in Cairo": events counted (a round-up's lead)
  for _, t in ipairs(fr.triggers) do
    local tw_ = match(sub(low, t.s, t.e), "(%a+)$") or ""
    if #tw_ > 3 and find(tw_, "[^s]s$") and not find(tw_, "ers$")
      and W.EVENT_COUNT[words_before(low, t.s, 1, ss)[1] or ""] then
      r._counted = true
    end
  end
  if t0.toll_only then r._creates, r._definite, r._toll = false, true, true end
  -- "Since then, about 7,000 people have been killed in the region": a count
  -- since a time is a sum, no event's toll
  if t0.toll_only and find(low, "^%s*since%f[%A]", ss) then return nil, "aggregate" end
  -- "Nobody has said it carried out Sunday's blast": a day that owns the
  -- event word, in a mention that tells nothing new, names one event told
  local de = r.evidence.date
  local day_owns = de and de.stop < t0.s and t0.s - de.stop <= 16
    and find(sub(text, de.stop + 1, t0.s - 1), "^'s ")
  if day_owns and not r._creates then
    r._definite = true
  end
  -- "Health ministry: 35 dead and 60 wounded in yesterday's attack": a toll
  -- of an event a day owns, with no place of its own, once the article has
  -- told an event, is a toll of an event told
  if day_owns and r._creates and not r.place and ctx.reports and #ctx.reports > 0
    and (r.killed_lo or r.killed_hi or r.wounded_lo or r.wounded_hi) then
    r._creates, r._definite, r._toll = false, true, true
  end
  r._refers = r._creates or r.country ~= nil or r._definite or r.perpetrator ~= nil
  -- ("Seven soldiers also lost their lives": another group of the dead, to
  -- add to the toll of the event it goes on with)
  for _, k in ipairs { "killed", "wounded" } do
    local e = r.evidence[k]
    if e and find(sub(low, e.start, e.stop), "%f[%a]also%f[%A]") then
      r._also = r._also or {}
      r._also[k] = true
    end
  end
  return r
end


M.forget_day = forget_day
M.forget_place = forget_place
M.frame_report = frame_report
M.replaces = replaces

return M
