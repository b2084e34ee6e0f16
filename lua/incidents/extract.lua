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
--
-- This module is the driver (`M.article`, `M.text`); the passes live in
-- `incidents.extract.*`: `vocab` (the engine's word lists), `tokens` (words
-- of the sentence by position; owns the token arrays), `places`, `dating`,
-- `mentions` (one sentence's mentions), `frames`, `reports` (a frame to a
-- candidate report), `events` (same-event merging, claims) and `sentences`.
-- @module incidents.extract

local type, ipairs, error, tostring, tonumber =
  type, ipairs, error, tostring, tonumber
local sub, lower, find, byte, match, gmatch, gsub =
  string.sub, string.lower, string.find, string.byte, string.match, string.gmatch, string.gsub
local huge = math.huge
local remove = table.remove

local lpeg = require "lpeg"
local article = require "incidents.article"
local dates = require "incidents.grammar.dates"
local numbers = require "incidents.grammar.numbers"
local vocab = require "incidents.extract.vocab"
local tokens = require "incidents.extract.tokens"
local places = require "incidents.extract.places"
local dating = require "incidents.extract.dating"
local mentions = require "incidents.extract.mentions"
local framing = require "incidents.extract.frames"
local reporting = require "incidents.extract.reports"
local events = require "incidents.extract.events"
local sentences = require "incidents.extract.sentences"
local ANAPHORA_SENTENCES = vocab.ANAPHORA_SENTENCES
-- How many sentences a lede's claim may come before the first event told.
local LEDE_CLAIM_SENTENCES = 8
local NON_EVENT = vocab.NON_EVENT
local W = vocab.W
local reset_tokens = tokens.reset
local ev = tokens.ev
local gap = tokens.gap
local tokenize = tokens.tokenize
local words_before = tokens.words_before
local dateline_place = places.dateline_place
local place_report = places.place_report
local site_in = places.site_in
local dateline_unknown = places.dateline_unknown
local plain_places = places.plain_places
local WEEKDAY_N = dating.WEEKDAY_N
local event_date = dating.event_date
local iso_days = dating.iso_days
local overlaps = dating.overlaps
local month_end = dating.month_end
local WIDE = places.WIDE
local grammars_of = mentions.grammars_of
local sentence_mentions = mentions.sentence_mentions
local build_frames = framing.build_frames
local frame_report = reporting.frame_report
local apply_claim = events.apply_claim
local merge_into = events.merge_into
local forget_day, forget_place = reporting.forget_day, reporting.forget_place
local no_new_event = events.no_new_event
local same_event = events.same_event
local sentences_of = sentences.sentences_of
local spans_of = sentences.spans_of

local M = {}

-- ---------------------------------------------------------------------------
-- Sentences and spans.
-- ---------------------------------------------------------------------------

-- Is hit `h` a gazetteer place outside the story's dateline?
-- Whether an origin's words ("fired from ", "taken off from ") end right
-- before `pos`.
local function origin_before(low, pos)
  if sub(low, pos > 5 and pos - 5 or 1, pos - 1) ~= "from " then return false end
  local pre = sub(low, pos > 24 and pos - 24 or 1, pos - 1)
  for _, og in ipairs(W.ORIGIN) do
    if sub(pre, -#og) == og then return true end
  end
  return false
end

-- ("In the week before Beslan", "since Manchester": a town a span of time
-- counts from names the event there, no place)
local function event_place_hit(ctx, h)
  return h.entry.kind == "place" and type(h.entry.value) == "table"
    and not (ctx.dateline and h.stop <= ctx.dateline and h.start >= ctx.dateline_s)
    and not W.TIME_PREP[match(sub(ctx.low, h.start > 8 and h.start - 8 or 1, h.start - 1),
      "(%a+) $") or ""]
    and not origin_before(ctx.low, h.start)
end

-- Folds report `c` into `r` but keeps `r`'s day (and, with `keep_sent`, the
-- sentence it was told in): the report told first owns the event's day, not
-- the entry or mention that tells it again.
local function merge_keeping_day(r, c, keep_sent)
  local date, lo, hi, prec, dev, sent = r.date, r.date_lo, r.date_hi, r._prec,
    r.evidence.date, r._sent
  merge_into(r, c)
  r.date, r.date_lo, r.date_hi, r._prec, r.evidence.date = date, lo, hi, prec, dev
  if keep_sent then r._sent = sent end
end

-- A report whose event word stands for an event told elsewhere (the one a
-- link points at, the death a funeral follows): the place and day around
-- it are another happening's, so they go, and it makes no incident of its
-- own.
local function told_elsewhere(c)
  forget_place(c, true)
  forget_day(c)
  c._creates, c._definite = false, true
end

-- Whether no blank line stands in the text between `a` and `b`.
local function same_paragraph(text, a, b)
  return not find(sub(text, a, b), "\n%s*\n")
end

-- Gives report `r` the event date `d` (an `event_date`) and its evidence.
local function date_report(r, d)
  r.date, r.date_lo, r.date_hi, r._prec = d.value, d.lo, d.hi, d.precision
  r.evidence.date = { start = d.start, stop = d.stop, rule = d.rule }
end

-- The event date `ed` of date `x`, or its first day when it is a span of a
-- few days ("from 23 to 26 October 2002, a group had held 850 people": a
-- span of days of one event begins on its first).
local function first_day(x, ed)
  if ed.precision == "range" and x.rule == "date.dayrange" and ed.lo and ed.hi
    and (dates.shift(ed.lo, 7) or "") >= ed.hi then
    return { value = ed.lo, lo = ed.lo, hi = ed.lo, precision = "day", start = ed.start,
             stop = ed.stop, rule = ed.rule }
  end
  return ed
end

-- The day (or, with `coarse`, a month written with its year) and the place
-- a sentence with no event word tells (its first of each), given to report
-- `r`; false when it tells no day or no place.
local function scene(ctx, r, hits, dlist, coarse)
  local d, pl
  for _, x in ipairs(dlist or {}) do
    local ed = not x.relative and event_date(x, ctx.dct)
    -- ("Date: 2018-09-03" over a headline is the story's date, no scene)
    local label = match(sub(ctx.text, x.start > 12 and x.start - 12 or 1, x.start - 1),
      "%f[%a]%a+:%s*$")
    -- (nor the day of a statement: "The court on Tuesday also recalled the
    -- murder of ...")
    local said = match(ctx.low, "^ also (%a+)", x.stop + 1) or match(ctx.low, "^ (%a+)", x.stop + 1)
    ed = ed and first_day(x, ed)
    if ed and ed.precision == "day" and not label and not W.SAID_VERB[said or ""] then
      d = ed; break
    end
    -- (with `coarse`, a month written with its year: "in February 1992")
    if coarse and ed and ed.precision == "month" and not d
      and find(sub(ctx.text, x.start, x.stop), "%d%d%d%d") then
      d = ed
    end
  end
  for _, h in ipairs(hits or {}) do
    if event_place_hit(ctx, h) then
      -- ("The president of Ingushetia ... on the outskirts of Nazran": a
      -- place that names a post's seat says whose it is, when another
      -- place follows)
      -- (the words of another sentence than the one tokenized: by pattern)
      local post = match(sub(ctx.low, h.start > 40 and h.start - 40 or 1, h.start - 1),
        "(%a+) of $")
      if not pl or pl.owner then
        pl = { start = h.start, stop = h.stop, entry = h.entry,
               owner = post and W.POST[post] or nil }
      end
      if not pl.owner then break end
    end
  end
  if not d then return false end
  date_report(r, d)
  if not pl and find(lower(sub(ctx.text, d.stop > 80 and d.stop - 80 or 1, d.stop)),
      "%f[%a]is where%f[%A]") then
    -- "BEN GUERDANE, Tunisia - ... This is where, at dawn on 7 March 2016,
    -- fighters tried to take the town": "where" is the town of the
    -- paragraph's dateline
    local dp = ctx.dateline_place
    if not dp then
      local ps = d.start
      while ps > 1 and byte(ctx.text, ps - 1) ~= 10 do ps = ps - 1 end
      local a, name, b, cname = match(ctx.text,
        "^%s*()(%u%u[%u%s%.'%-]-)(),%s+(%u%a+)%s+[%-\226]", ps)
      local cc = cname and ctx.pack.country and ctx.pack:country(cname)
      if a and type(cc) == "table" and cc.code then
        local rec = ctx.pack.place and ctx.pack:place(name)
        if type(rec) ~= "table" then
          local tc = gsub(name, "(%a)([%a']*)", function(x, y) return x .. lower(y) end)
          rec = { name = tc, kind = "city", country = cc.code }
        end
        dp = { rec = rec, s = a, e = b - 1 }
      end
    end
    if dp then
      place_report(r, dp.rec, dp.s, dp.e, "extract.scene", dp.s, dp.e)
      return true
    end
  end
  if not pl then
    -- "the people of Barsalogho": a capitalised name after "of" or "in"
    local text = ctx.text
    local a, b, name = find(text, "%f[%a][oi][fn] (%u%l+[%a'%-]*)", d.stop)
    -- ("the house of Kurt Westergaard, a cartoonist, in Aarhus": a first
    -- name with its surname after it is a person; the next name may be the
    -- place)
    local reach = 120
    while a and find(text, "^ %u%l", b + 1) do
      a, b, name = find(text, "%f[%a][oi][fn] (%u%l+[%a'%-]*)", b + 1)
      reach = 200   -- (past the person and the words that tell who they are)
    end
    if a and not W.NOT_PLACE[lower(name)] and not (ctx.pack.country and ctx.pack:country(name))
      and b - d.stop < reach and not find(sub(text, d.stop, a), "[.;\n]") then
      r.place, r._place_rec = name, { name = name, kind = "city" }
      r.evidence.place = { start = b - #name + 1, stop = b, rule = "extract.scene" }
      return true
    end
    -- a day alone sets no scene ("carried out a nuclear test early today")
    forget_day(r)
    return false
  end
  local rec = pl.entry.value
  local pstop = pl.stop
  -- "in San Miguel del Ene": a known name that "del" and a capitalised word
  -- go on from is another place, one no list knows
  local link, rest = match(ctx.text, "^ (d[eoa]l?s?) (%u[%a\128-\255'%-]+)", pstop + 1)
  if link and W.NAME_DE[link] then
    pstop = pstop + 2 + #link + #rest
    rec = { name = sub(ctx.text, pl.start, pstop), kind = "city" }
  end
  if not place_report(r, rec, pl.start, pstop, "extract.scene", pl.start, pl.stop)
    and not r.country then
    -- a town no list knows ("San Miguel del Ene"): the country the article
    -- names most, as for an unknown name in a sentence of its own
    local dom = places.dominant_country(ctx)
    if dom then
      r.country, r._country_weak = dom.code, true
      r.evidence.country = { start = dom.s, stop = dom.e, rule = "extract.country_of_article" }
    end
  end
  return true
end

-- The place a short heading sentence names ("January, Istanbul."), given
-- to report `r` of the sentence after it: only a heading of names (no word
-- in lower case) that ends with the place, never the dateline's place.
local function heading_place(ctx, r, hits, se, wide)
  local line = sub(ctx.text, se[1], se[2])
  if find(line, "%f[%a]%l") then return end
  for _, h in ipairs(hits or {}) do
    -- (the name closes the heading: not "By Metro Staff", a byline; or
    -- opens one with its month: "- Derbent, December 2015.")
    local rest = sub(ctx.text, h.stop + 1, se[2])
    if event_place_hit(ctx, h) and (find(rest, "^[%s%p]*$")
      or (find(sub(ctx.text, se[1], h.start - 1), "^[%s%-\226\128\162]*$")
        and find(rest, "^, %u%l+ %d%d%d%d%.?%s*$"))) then
      -- (finer than a region told, in the region's country)
      local v = h.entry.value
      if wide and (WIDE[v.kind] or v.country ~= wide.country) then return end
      place_report(r, v, h.start, h.stop, "extract.heading_place", h.start, h.stop)
      return
    end
  end
end

-- Words of a sentence that announces a town's series of attacks, whose
-- events the sentences after it tell: "Itamar has been attacked before.",
-- "It was the second bombing in Isulan in less than a week.", "The region's
-- deadliest attacks both hit Buenos Aires.", "The twin bombings at Malegaon
-- remain in the courts." (lower case, matched as patterns).
local SERIES_CUE = {
  "%f[%a]been [%a%s]-before%f[%A]",
  "%f[%a]been struck%f[%A]", "%f[%a]been hit%f[%A]", "%f[%a]been attacked%f[%A]",
  "%f[%a]been targeted%f[%A]", "%f[%a]been bombed%f[%A]",
  "%f[%a]been the scene of%f[%A]",
  "%f[%a]no stranger to%f[%A]",
  "%f[%a]not the first time%f[%A]",
  "%f[%a]attacks both hit%f[%A]", "%f[%a]bombings both hit%f[%A]",
  "%f[%a]twin [%a%s]-%f[%a]bombings at ", "%f[%a]twin [%a%s]-%f[%a]attacks in ",
}

-- "the second bombing in", "the third deadly blast in", "its third on state
-- institutions in the capital": an ordinal, at most four words, "in"; among
-- the words an event noun, or "on" or "such" right after the ordinal.
local ORDINAL = { second = true, third = true, fourth = true, fifth = true, sixth = true }
local SERIES_NOUN = { attack = true, attacks = true, bombing = true, bombings = true,
  blast = true, blasts = true, explosion = true, explosions = true, shooting = true,
  shootings = true, assault = true, massacre = true, ambush = true }
local function ordinal_series(line)
  for a, o in gmatch(line, "()%f[%a](%a+) ") do
    if ORDINAL[o] then
      -- (the words up to "in", at most four of them)
      local rest = sub(line, a + #o + 1)
      local n, noun = 0, false
      for w in gmatch(rest, "([%a%-]+)[^%a%-]") do
        if w == "in" then
          if n > 0 and noun then return true end
          break
        end
        n = n + 1
        if n > 4 then break end
        if SERIES_NOUN[w] or (n == 1 and (w == "on" or w == "such")) then noun = true end
      end
    end
  end
  return false
end

-- The town of a series of attacks that a sentence at most three back in the
-- paragraph (six over paragraphs) announces (see `SERIES_CUE`), for an event
-- told after it with no place of its own: the sentence's town (or the one
-- before's, told by "it"), a town no list knows that one of `reports` has,
-- or "the capital" of the country of `last`, the report told before; nil
-- when a sentence between names another place.
local function series_place(ctx, i, sents, buckets, reports, last)
  local text, low = ctx.text, ctx.low
  -- the town sentence `j` names: a hit of the lists, or a town no list
  -- knows that a report told before has ("the second bombing in Isulan")
  local function town(j)
    for _, h in ipairs(buckets[j] or {}) do
      if event_place_hit(ctx, h) and not WIDE[h.entry.value.kind] then return h end
    end
    local line = sub(low, sents[j][1], sents[j][2])
    for k = #reports, 1, -1 do
      local r = reports[k]
      local v = r._place_rec
      if r.place and v and not WIDE[v.kind] then
        local a = find(line, lower(r.place), 1, true)
        local b = a and a + #r.place - 1
        if a and not find(sub(line, a - 1, a - 1), "[%w\128-\255]")
          and not find(sub(line, b + 1, b + 1), "[%w\128-\255]") then
          return { start = sents[j][1] + a - 1, stop = sents[j][1] + b - 1,
                   entry = { kind = "place", value = v } }
        end
      end
    end
    return nil
  end
  -- (three sentences back in the paragraph; six when the series runs on
  -- over paragraphs of its events: "Kabul has been struck repeatedly this
  -- year. In March, ... \n\n On February 7, ...")
  local far = 0
  for j = i - 1, i > 6 and i - 6 or 1, -1 do
    if not same_paragraph(text, sents[j][2], sents[i][1]) then far = far + 1 end
    if far > 0 and i - j > 6 then return nil end
    if far == 0 and i - j > 3 then return nil end
    local line = sub(low, sents[j][1], sents[j][2])
    local cue = ordinal_series(line)
    for _, pat in ipairs(SERIES_CUE) do
      if cue then break end
      cue = find(line, pat)
    end
    local pl = town(j)
    if cue then
      if pl then return pl end
      -- "Davao ... prides itself on being safe. But it has been bombed
      -- before.": the town the sentence before names
      if j > 1 and (find(line, "^%s*it ") or find(line, "^%s*but it ")
          or find(line, "^%s*and it ")) and same_paragraph(text, sents[j - 1][2], sents[j][1]) then
        pl = town(j - 1)
        if pl then return pl end
      end
      local a, b = find(line, "%f[%a]in the capital%f[%A]")
      if a and last and last.country then
        -- (the capital of the event told before's country: a story filed
        -- from another country's capital speaks of that event's)
        local code = last.country
        local cn = code and ctx.pack.country and ctx.pack:country(code)
        local rec = cn and cn.capital and ctx.pack.place
          and ctx.pack:place(cn.capital, { country = code })
        if type(rec) == "table" then
          local s0 = sents[j][1] + a + 2
          return { start = s0, stop = sents[j][1] + b - 1,
                   entry = { kind = "place", value = rec } }
        end
      end
      return nil
    end
    -- (a sentence between with a place of its own: the series is left)
    if pl then return nil end
  end
  return nil
end

-- The place of the words an event's "when" clause hangs on ("the attacks in
-- the Moroccan city of Casablanca on May 16, 2003, when a dozen suicide
-- bombers struck"): the last town of the sentence in the 150 bytes before
-- ", when" that the trigger of report `c` follows, or nil.
local function when_place(ctx, c, ss, hits)
  local tpos = c.evidence.trigger.start
  local seg = sub(ctx.low, ss, tpos - 1)
  local w
  for at in gmatch(seg, "(), when ") do w = ss + at - 1 end
  if not w then return nil end
  -- (the trigger in the clause itself: no other comma between)
  if find(sub(ctx.low, w + 7, tpos - 1), "[,;:]") then return nil end
  local pl
  for _, h in ipairs(hits or {}) do
    if h.stop < w and h.start >= w - 150 and event_place_hit(ctx, h)
      and not WIDE[h.entry.value.kind] then
      -- (the town of an event noun: "the attacks in the Moroccan city of
      -- Casablanca", "the London transport bombings"; not "the trial opened
      -- in Brussels of men accused over the attacks of 2015, when ...")
      local pre = sub(ctx.low, h.start > 40 and h.start - 40 or 1, h.start - 1)
      local post = match(sub(ctx.low, h.stop + 1, h.stop + 40), "^ ?[%a%-]* ?[%a%-]*") or ""
      local named = false
      for word in gmatch(pre .. " " .. post, "%a+") do
        if SERIES_NOUN[word] then named = true end
      end
      if named then pl = h end
    end
  end
  return pl
end

-- Nouns of a site an event happens at, that a definite mention names again
-- ("the cafe", "the boarding school", "the same compound").
local SITE_NOUN = { school = true, college = true, cafe = true, synagogue = true,
  mosque = true, church = true, shrine = true, market = true, hotel = true,
  compound = true, square = true, embassy = true, consulate = true, prison = true,
  hospital = true, bazaar = true, museum = true, restaurant = true, stadium = true,
  temple = true, university = true, cathedral = true, seminary = true }

-- The town of the site a definite mention in report `c`'s sentence names,
-- told with that site's noun in a sentence before ("the glass front of the
-- Lindt Chocolat Cafe in Martin Place. ... walked into the cafe"; "the
-- Ghriba synagogue on the island of Djerba ... exploded before the
-- synagogue"): a place of the lists within 60 bytes after the noun there, or
-- a capitalised name after "in", "at" or "of" right after it; nil if none,
-- or if the sentence that told the site told an event too (`told`).
local function site_place(ctx, i, ss, sse, sents, buckets, told)
  local low, text = ctx.low, ctx.text
  local seg = sub(low, ss, sse)
  for w1, w2 in gmatch(seg, "%f[%a]the ([%a%-]+) ?(%a*)") do
    local noun = SITE_NOUN[w1] and w1 or SITE_NOUN[w2] and w2
    if noun then
      for j = i - 1, i > 8 and i - 8 or 1, -1 do
        local js, je = sents[j][1], sents[j][2]
        local line = sub(low, js, je)
        local at = find(line, "%f[%a]" .. noun .. "%f[%A]")
        -- (a site told with an event of its own is that event's: the
        -- mention goes on with it, placed by it)
        if at and told[j] then return nil end
        if at then
          local ns = js + at - 1
          -- (the name right after the noun first: "Cafe in Martin Place",
          -- "School, Jangebe, in", "synagogue on the island of Djerba")
          local a, name = match(text, "^ [oia][nft] ()(%u[%a\128-\255'%-]+)", ns + #noun)
          -- (a second capitalised word: "Martin Place")
          local more = a and match(text, "^ (%u[%a\128-\255'%-]+)", a + #name)
          if more then name = name .. " " .. more end
          if not a then
            a, name = match(text, "^ on the island of ()(%u[%a\128-\255'%-]+)", ns + #noun)
          end
          if not a then
            a, name = match(text, "^, ()(%u[%l\128-\255'%-]+), in ", ns + #noun)
          end
          if a then
            local rec = ctx.pack.place and ctx.pack:place(name)
            if type(rec) ~= "table" then rec = { name = name, kind = "city" } end
            return { start = a, stop = a + #name - 1, entry = { kind = "place", value = rec } }
          end
          for _, h in ipairs(buckets[j] or {}) do
            if h.start > ns and h.start - ns <= 60 and event_place_hit(ctx, h)
              and not WIDE[h.entry.value.kind] then
              return h
            end
          end
          return nil
        end
      end
    end
  end
  return nil
end

-- Places report `c` at the hit `pl` a sentence before told (`when_place`,
-- `site_place`, `series_place`), under `rule`, unless the report's own
-- country says otherwise; `any_country`: a place with no country fits too.
local function take_place(c, pl, rule, any_country)
  local v = pl and pl.entry.value
  if v and (not c.country or c._country_weak or c.country == v.country
      or (any_country and not v.country)) then
    place_report(c, v, pl.start, pl.stop, rule, pl.start, pl.stop)
  end
end

-- Words before a town that tell where someone is, goes or comes from, not
-- what the talk turns to ("He was born in Paris.").
local WHERE_WORD = { ["in"] = true, at = true, from = true, to = true, near = true,
  into = true, outside = true, inside = true, toward = true, towards = true, via = true,
  through = true, across = true, around = true, back = true, visited = true, left = true,
  flew = true, moved = true, lives = true, live = true, lived = true, born = true }

-- The town a short sentence closes on as what the talk turns to ("Compare
-- that with Paris in April.", "It looks a lot like Hamburg.", "Think of
-- Nice."), given to report `r` of the sentence after it; a part of a town
-- that report holds ("the Barmbek district") becomes a part of this town.
-- Not a town named as where someone is or goes ("He was born in Paris.").
local function pointer_place(ctx, r, hits, se, asked)
  if se[2] - se[1] > 80 then return end
  for _, h in ipairs(hits or {}) do
    local en = h.entry
    if en.kind == "attack" or (en.kind == "cue" and en.cue == "trigger") then return end
  end
  for _, h in ipairs(hits or {}) do
    local v = h.entry.value
    if event_place_hit(ctx, h) and not WIDE[v.kind]
      and find(sub(ctx.text, h.stop + 1, se[2]), "^%s*in %u%l+[%.?!]?%s*$")
        or find(sub(ctx.text, h.stop + 1, se[2]), "^[%.?!]%s*$") then
      local w = match(sub(ctx.low, se[1], h.start - 1), "(%a+)%s*$")
      if event_place_hit(ctx, h) and not WIDE[v.kind] and w
        and (not WHERE_WORD[w] or (asked and (w == "in" or w == "at")))
        and not (r._place_rec and r._place_rec.country == v.country
          and r._place_rec.admin == v.name) then
        if r._place_rec and r._place_rec.kind == "site" then
          local site = r._place_rec
          local pev = r.evidence.place
          r.place, r._place_rec, r.lat, r.lon, r.country, r.evidence.place = nil, nil, nil, nil,
            nil, nil
          r.evidence.country, r._country_weak = nil, nil
          place_report(r, site_in(site.name, v), pev.start, pev.stop,
            "extract.pointer_place", h.start, h.stop)
          r.place = v.name
        else
          place_report(r, v, h.start, h.stop, "extract.pointer_place", h.start, h.stop)
        end
      end
      return
    end
  end
end

-- Words a place name may hold in lower case ("Palma de Mallorca").
local NAME_LINK = { de = true, del = true, la = true, el = true, di = true, da = true,
  du = true, dos = true, das = true, al = true, of = true, ["on"] = true, upon = true }

-- The place a chronology entry's heading names ("14 July 1986 - Madrid.",
-- "30 July 2009 - Palmanova, Mallorca."), read from `a` to the end of
-- sentence `se`: a line of names alone, its first name the place (one no
-- list knows is a town of the country the heading names next, else of the
-- country the article names most). Returns `{ rec, s, e, cs, ce }` or nil.
local function entry_heading(ctx, hits, a, se)
  local text = ctx.text
  local rest = sub(text, a, se[2])
  if #rest > 50 or not find(rest, "^[^%.]+%.%s*$") then return nil end
  for w in gmatch(rest, "[%a\128-\255'%-]+") do
    if not find(w, "^[%u\195]") and not NAME_LINK[w] then return nil end
  end
  local name = match(rest, "^([^,%.]-)%s*[,%.]")
  if not name or name == "" then return nil end
  local ne = a + #name - 1
  local known, country
  for _, h in ipairs(hits or {}) do
    if h.start == a and h.stop <= ne and event_place_hit(ctx, h) then
      known = known or h
    elseif h.start > ne and h.stop <= se[2] and not country then
      local v = h.entry.value
      if h.entry.kind == "country" and type(v) == "table" then
        country = { code = v.code, s = h.start, e = h.stop }
      elseif event_place_hit(ctx, h) and v.country then
        country = { code = v.country, s = h.start, e = h.stop }
      end
    end
  end
  if known and known.stop == ne then
    return { rec = known.entry.value, s = a, e = ne, cs = a, ce = ne }
  end
  local rec = { name = name, kind = "city" }
  if known then rec.country, rec.lat, rec.lon = known.entry.value.country,
    known.entry.value.lat, known.entry.value.lon end
  local cs, ce = a, ne
  if not rec.country and country then
    rec.country, cs, ce = country.code, country.s, country.e
  elseif not rec.country then
    local dom = places.dominant_country(ctx)
    if dom then rec.country, cs, ce = dom.code, dom.s, dom.e end
  end
  return { rec = rec, s = a, e = ne, cs = cs, ce = ce }
end

-- A round-up in sections, each under a line of capitals ("DOKKI", "HARAM
-- CINEMA", "AN ESCALATING CAMPAIGN"), at least three of them past the top
-- lines: a mention in one section goes on with no event of another, nor
-- with one the lead told in a word that is not definite ("a car bomb went
-- off outside the directorate" under its heading is that section's own).
-- Returns sentence index -> `{ id, section = true }`, or nil.
local function section_entries(ctx, sents)
  local text = ctx.text
  local heads, asks = {}, 0
  for i, se in ipairs(sents) do
    local ss, sse = se[1], se[2]
    local line = sub(text, ss, sse)
    if i > 3 and sse - ss < 50 and byte(text, ss - 1) == 10 and byte(text, sse + 1) == 10
      and find(line, "^%u[%u%d%s%-',&]*%u$") and find(line, "%u%u%u") then
      -- ("WHAT HAPPENED", "WHO IS BEHIND IT": heads that ask about the
      -- story make an explainer of one event, not a round-up of several;
      -- a round-up may close with one, "WHAT COMES NEXT")
      if find(line, "^WH[AOYE]%u* ") or find(line, "^HOW ") then asks = asks + 1 end
      heads[#heads + 1] = i
    end
  end
  if asks >= 2 then return nil end
  if #heads < 3 then return nil end
  local of = {}
  for k, h in ipairs(heads) do
    local entry = { id = k, section = true }
    for i = h, (heads[k + 1] or #sents + 1) - 1 do of[i] = entry end
  end
  return of
end

-- The place a numbered item's heading of names before its day names first
-- ("3. Tal Afar, Nineveh province, 27 March 2007.", "5. Qahtaniya and
-- al-Jazeera, near Sinjar, ..."), read from `a` to the day at `ds`: its
-- first name, as the gazetteer knows it, or as a town of the country of
-- the next place the heading names (else of the country the article names
-- most). Returns `{ rec, s, e, cs, ce }` (as `entry_heading`) or nil.
local function item_heading(ctx, hits, a, ds)
  local text = ctx.text
  -- (the first name that is no site: "Al-Mustansiriya University, Baghdad,
  -- ..." is at Baghdad; "Al-Sadriya market, Baghdad" too)
  local name
  while a < ds do
    local part, nxt = match(text, "^([^,%.;:]-)%s*,%s*()", a)
    -- ("BAGRAM - Saturday, 12 November": a dash ends the name too)
    local dpart, dnxt = match(text, "^([^,%.;:]-)%s+%-%s+()", a)
    if not dpart then dpart, dnxt = match(text, "^([^,%.;:]-)%s+\226\128[\147\148]%s+()", a) end
    if dpart and (not nxt or dnxt < nxt) then part, nxt = dpart, dnxt end
    if not part or nxt > ds then return nil end
    -- ("NEAR JERICHO - Monday 27 February": the town after a locative)
    local loc, rest = match(part, "^(%a+) (%u.*)$")
    if loc and (lower(loc) == "near" or lower(loc) == "outside" or lower(loc) == "in") then
      a, part = a + #loc + 1, rest
    end
    part = match(part, "^(.-) and ") or part
    local ok = part ~= ""
    for w in gmatch(part, "[%a\128-\255'%-]+") do
      if not find(w, "^[%u\195]") and not NAME_LINK[w] and not find(w, "^[ae][ln]%-") then
        ok = false
      end
    end
    for _, h in ipairs(hits or {}) do
      if h.entry.kind == "target" and h.start >= a and h.stop <= a + #part - 1 then
        ok = false
      end
    end
    if ok then name = part; break end
    a = nxt
  end
  if not name then return nil end
  local ne = a + #name - 1
  local known, country
  local dom = places.dominant_country(ctx)
  for _, h in ipairs(hits or {}) do
    if h.start == a and h.stop == ne and event_place_hit(ctx, h) then
      known = h
    elseif h.start > ne and h.stop < ds and not country then
      local v = h.entry.value
      if h.entry.kind == "country" and type(v) == "table" then
        country = { code = v.code, s = h.start, e = h.stop }
      elseif event_place_hit(ctx, h) and v.country
        -- ("Bam province" of Burkina Faso is no town of Iran)
        and (not dom or v.country == dom.code) then
        country = { code = v.country, s = h.start, e = h.stop }
      end
    end
  end
  -- (a name the gazetteer knows only in another country than the one the
  -- heading or else the page names most is a town of that country)
  local want = (country and country.code) or (dom and dom.code)
  if known and (not want or known.entry.value.country == want) then
    return { rec = known.entry.value, s = a, e = ne, cs = a, ce = ne }
  end
  -- (a heading in capitals names the town the story spells in lower case:
  -- "HUWARA - Sunday 26 February" is the Huwara of the item's text)
  if not find(name, "%l") then
    name = gsub(lower(name), "(%a)([%w']*)", function(x, y) return x:upper() .. y end)
  end
  local rec = ctx.homonyms[lower(name)] or { name = name, kind = "city" }
  local cs, ce = a, ne
  if country then
    rec.country, cs, ce = country.code, country.s, country.e
  elseif dom then
    rec.country, cs, ce = dom.code, dom.s, dom.e
  end
  return { rec = rec, s = a, e = ne, cs = cs, ce = ce }
end

-- A round-up in numbered items ("1. Hiiraan: twin car bombs in Mahas",
-- "2. Silgadji (Soum province), Saturday. Gunmen entered ..."), at least
-- three of them numbered from 1, each opening a line: an item is a section
-- of its own (a mention in one goes on with no other item's event), and a
-- short heading that ends with a day ("..., Saturday.") dates what the item
-- tells with no date of its own. Returns sentence index -> `{ id, section =
-- true, date = <event date> | nil }`, or nil.
local function numbered_entries(ctx, sents, buckets, dbuckets)
  local text = ctx.text
  local items, want, placed = {}, 1, 0
  for i, se in ipairs(sents) do
    local ss = se[1]
    -- ("1. Hiiraan", "1) MAZAR-I-SHARIF - Thursday, 10 November")
    local n = (ss == 1 or byte(text, ss - 1) == 10) and match(text, "^(%d%d?)[%.%)]%s+%u", ss)
    if n and tonumber(n) == want then
      items[#items + 1] = i
      want = want + 1
      -- (an item of a round-up opens with where it happened: "Hiiraan:",
      -- "Silgadji (Soum province),"; the numbered sections of an explainer,
      -- "1. The claim", "2. How the group grew", tell one story)
      local a = match(text, "^%d%d?[%.%)]%s+()", ss)
      local opens = find(text, "^%u[%a\128-\255'%- ]-%s%(%u[%a ]-%),", a) ~= nil
      for _, h in ipairs(buckets[i] or {}) do
        if h.start == a and event_place_hit(ctx, h) then opens = true end
      end
      -- (or with a heading of names that ends with the day: "1. Al-Mustansiriya
      -- University, Baghdad, 16 January 2007.", a place among the names)
      -- (a town no list knows, as the first name that is no site: "3.
      -- Singa, near Zimtenga, Bam province, 13 May 2019.")
      if not opens and se[2] - se[1] < 90 then
        for _, d in ipairs(dbuckets[i] or {}) do
          if find(sub(text, d.stop + 1, se[2]), "^[%s%.]*$")
            and (find(sub(text, a, d.start - 1), ",%s*$")
              or find(sub(text, a, d.start - 1), "%s%-%s*$")
              or find(sub(text, a, d.start - 1), "%s\226\128[\147\148]%s*$"))
            and item_heading(ctx, buckets[i], a, d.start) then
            opens = true
          end
        end
      end
      if opens then placed = placed + 1 end
    end
  end
  if #items < 3 or placed < 3 then return nil end
  local of = {}
  for k, h in ipairs(items) do
    local entry = { id = k, section = true }
    local se = sents[h]
    if se[2] - se[1] < 90 then
      for _, d in ipairs(dbuckets[h] or {}) do
        local ed = find(sub(text, d.stop + 1, se[2]), "^[%s%.]*$") and event_date(d, ctx.dct)
        ed = ed and first_day(d, ed)
        if ed and ed.precision == "day" then
          entry.date = ed
          entry.place = item_heading(ctx, buckets[h], match(text, "^%d%d?[%.%)]%s+()", se[1]),
            d.start)
        end
      end
    end
    for i = h, (items[k + 1] or #sents + 1) - 1 do of[i] = entry end
  end
  return of
end

-- A chronology ("Timeline: ..."): paragraphs opened by a stamp of a date with
-- its year and a dash ("14 July 1986 - Madrid.", "April 2000 - Gunmen
-- seize ..."), at least three of them. Each entry tells its own event: the
-- stamp dates and its heading places what the paragraph tells with no date
-- or place of its own, and a mention in one entry never goes on with the
-- event of another. Returns sentence index -> entry
-- `{ id, date = <event date>, place = <entry_heading> }` (`M.article` adds
-- the entry's `weapon`); with fewer than three stamps, the round-up's
-- sections (`section_entries`) or nil.
local function chronology_entries(ctx, sents, buckets, dbuckets)
  local text = ctx.text
  local stamps = {}
  for i, se in ipairs(sents) do
    local ss = se[1]
    local d = dbuckets[i] and dbuckets[i][1]
    local a = d and (find(text, "^%s*[%-:]%s+", d.stop + 1)
      or find(text, "^%s*\226\128[\147\148]%s+", d.stop + 1))
    -- (a bulleted list: "- January 21, 2015: A man stabbed ...")
    if a and (match(text, "^%s*()", ss) == d.start or match(text, "^%s*[%-%*]%s+()", ss) == d.start)
      and find(sub(text, ss > 40 and ss - 40 or 1, ss - 1), "\n[ \t]*$")
      and find(sub(text, d.start, d.stop), "%d%d%d%d") then
      local ed = event_date(d, nil)
      if ed and ed.lo and ed.precision ~= "range" then
        local _, b = find(text, "^%s*[%-:\128-\255]+%s+", d.stop + 1)
        stamps[#stamps + 1] = { i = i, d = ed, a = b + 1 }
      end
    end
  end
  if #stamps < 3 then
    return numbered_entries(ctx, sents, buckets, dbuckets) or section_entries(ctx, sents)
  end
  -- "Attacks in Tel Aviv: a timeline": the list's title line, right above
  -- its first entry, places the entries that name no town of their own
  local title_place
  do
    local first = sents[stamps[1].i][1]
    local le = first - 1
    while le > 1 and find(sub(text, le, le), "%s") do le = le - 1 end
    local ls = le
    while ls > 1 and byte(text, ls - 1) ~= 10 do ls = ls - 1 end
    local line = sub(text, ls, le)
    if le > 1 and #line < 80 and not find(line, "[%.!?]%s*$") then
      for _, h in ipairs(ctx.hits) do
        local v = h.entry.value
        if h.start >= ls and h.stop <= le and event_place_hit(ctx, h) and not WIDE[v.kind]
          and v.country then
          title_place = { rec = v, s = h.start, e = h.stop, cs = h.start, ce = h.stop }
          break
        end
      end
    end
  end
  local of = {}
  for k, st in ipairs(stamps) do
    local entry = { id = k, date = st.d,
      place = entry_heading(ctx, buckets[st.i], st.a, sents[st.i]) or title_place }
    local last = stamps[k + 1] and stamps[k + 1].i - 1 or #sents
    for i = st.i, last do
      -- (the paragraph ends the entry: "What remains" after the list)
      if i > st.i and find(sub(text, sents[st.i][1], sents[i][1]), "\n", 1, true) then break end
      of[i] = entry
    end
  end
  return of
end

-- Months by their first three letters (stamps of a live page).
local MONTH_N = { jan = 1, feb = 2, mar = 3, apr = 4, may = 5, jun = 6, jul = 7, aug = 8,
  sep = 9, oct = 10, nov = 11, dec = 12 }

-- The week a weekly round-up covers, named in its top lines ("Week of 2-8
-- January 2023", "The week of Monday 20 to Sunday 26 January 2020",
-- "Covering Monday 23 to Sunday 29 June"), when the issue came out after
-- that week closed (within a week of it): its items' weekdays are that
-- week's days, not the ones before the issue's date. Any span of seven days
-- in the top lines that ends in the week before the issue is that week,
-- however it is introduced; its year may go unsaid (the issue's). Returns
-- `lo, hi` (ISO days) or nil.
local function roundup_week(text, dct)
  if not dct or #dct ~= 10 then return nil end
  local head = sub(text, 1, 900)
  local spans = {}
  for x, y, mon, yr in gmatch(head, "%f[%d](%d%d?)%s*[%-\226\128\147]+%s*(%d%d?) (%a+),? ?(%d*)") do
    spans[#spans + 1] = { x, y, mon, yr }
  end
  for x, y, mon, yr in gmatch(head, "%f[%d](%d%d?) to %a*%s*(%d%d?) (%a+),? ?(%d*)") do
    spans[#spans + 1] = { x, y, mon, yr }
  end
  for _, sp in ipairs(spans) do
    local a, b, mon, yr = tonumber(sp[1]), tonumber(sp[2]), sp[3], sp[4]
    local mn = MONTH_N[lower(sub(mon, 1, 3))]
    if #yr ~= 4 then yr = sub(dct, 1, 4) end
    if mn and b - a == 6 then
      local lo = ("%s-%02d-%02d"):format(yr, mn, a)
      local hi = ("%s-%02d-%02d"):format(yr, mn, b)
      local after = (iso_days(dct) or 0) - (iso_days(hi) or 0)
      if dates.shift(lo, 6) == hi and after >= 1 and after <= 7 then return lo, hi end
    end
  end
  return nil
end

-- Is report candidate `c`'s event word one a state's action is told with
-- ("the raids", "the operation", "the firefight")?
local function state_word(low, c)
  local tev = c.evidence.trigger
  return tev and W.STATE_EVENT[sub(low, tev.start, tev.stop)] or false
end

-- Is "he" or "she" the subject of candidate `c`'s event word ("he shot and
-- wounded", "she then stabbed"), in sentence ss? A lone attacker named by a
-- pronoun is the one told before.
-- (and "the gunmen had earlier shot at a patrol car in Y, then at the
-- convoy": attackers named with "the" are those told; their path is the
-- event's)
local GOES_ON_SUBJ = { "he", "she", "the attackers", "the gunmen", "the assailants",
  "the attacker", "the gunman", "the assailant" }
local function lone_attacker_goes_on(low, c, ss)
  local tev = c.evidence.trigger
  if not tev then return false end
  local head = sub(low, ss, tev.start - 1)
  -- (past "had", "first", "then", "also", "later" before the verb)
  for _ = 1, 2 do
    local h2 = match(head, "^(.-)%f[%a]had $") or match(head, "^(.-)%f[%a]first $")
      or match(head, "^(.-)%f[%a]then $") or match(head, "^(.-)%f[%a]also $")
      or match(head, "^(.-)%f[%a]later $") or match(head, "^(.-)%f[%a]earlier $")
    if not h2 then break end
    head = h2
  end
  for _, w in ipairs(GOES_ON_SUBJ) do
    if find(head, "%f[%a]" .. w .. " $") then return true end
  end
  return false
end

-- "... since Friday, when an attack on a port damaged a ship. Reagan spoke of
-- the response to Friday's Iran attack.": a state's strike named by its day
-- ("Friday's", frame `fr` of sentence i) is the attack of that day told just
-- before with no place, type or author of its own; that report goes.
local function state_day_told(ctx, fr, dlist, i)
  local reports, removed = ctx.reports, false
  for _, d in ipairs(dlist or {}) do
    if d.start >= fr.s - 20 and d.stop <= fr.e and d.lo
      and find(sub(ctx.low, d.stop + 1, d.stop + 3), "^'s ") then
      for k = #reports, 1, -1 do
        local r = reports[k]
        if i - (r._sent or 0) <= 2 and r.date_lo == d.lo and r.date_hi == d.hi
          and not r.perpetrator and not r.place and r.attack_type == "unknown"
          and r.status == "attack" then
          table.remove(reports, k)
          removed = true
        end
      end
    end
  end
  return removed
end

-- Does sentence [ss, se] tell a fight that broke out between people ("after
-- a scuffle broke out", "in a brawl outside a bar")?
local function brawl(low, ss, se)
  local seg = sub(low, ss, se)
  return (find(seg, "%f[%a]scuffles?%f[%A]") or find(seg, "%f[%a]brawls?%f[%A]")
    or find(seg, "%f[%a]fistfights?%f[%A]") or find(seg, "%f[%a]altercations?%f[%A]")
    or find(seg, "%f[%a]punch%-ups?%f[%A]")) ~= nil
end

-- Is candidate `c`'s event word the object of a link ("whether he was
-- linked to the bombing", "held in connection with the attack")? Such a
-- word names an event told, in a sentence about an inquiry or a reaction.
local function linked_mention(low, c, ss)
  local tev = c.evidence.trigger
  if not tev then return false end
  local head = sub(low, tev.start > ss + 40 and tev.start - 40 or ss, tev.start - 1)
  head = gsub(head, "%f[%a]an? $", "")
  -- (and the content of an early report: "acted on early reports of
  -- gunfire", "news of the attack"; not "reports of an explosion near the
  -- airport", which may tell a new event)
  return (find(head, "%f[%a]linked to the $") or find(head, "%f[%a]connection with the $")
    or find(head, "%f[%a]connected to the $")
    or find(head, "%f[%a]early reports? of $") or find(head, "%f[%a]earlier reports? of $")
    or find(head, "%f[%a]initial reports? of $") or find(head, "%f[%a]first reports? of $")
    or find(head, "%f[%a]unconfirmed reports? of $") or find(head, "%f[%a]false reports? of $")
    or find(head, "%f[%a]news of the $")) ~= nil
end

-- "went on to strike the hotel": the verb "strike" after "to" may tell an
-- attack (mentions decides), so its sentence is worth a look.
local function to_strike(text, h)
  local en = h.entry
  return en.kind == "cue" and en.cue == "trigger" and lower(en.phrase or "") == "strike"
    and h.start > 3 and lower(sub(text, h.start - 3, h.start - 1)) == "to "
end

-- Is hit `h` a vehicle driven into something ("drove a stolen lorry into
-- shoppers", "steered his rented van through the crowd")? The sentence is
-- then worth a look though no fixed phrase of the pack matched (the
-- ramming itself is told by `mentions`).
local function driven_into(text, h)
  local en = h.entry
  if en.kind ~= "weapon" or type(en.value) ~= "table" or en.value.name ~= "vehicle" then
    return false
  end
  local after = lower(sub(text, h.stop + 1, h.stop + 10))
  if not (find(after, "^%s+into%f[%A]") or find(after, "^%s+through%f[%A]")) then return false end
  for w in gmatch(lower(sub(text, h.start > 40 and h.start - 40 or 1, h.start - 1)),
      "[%a%-]+") do
    if W.RAM_VERB[w] then return true end
  end
  return false
end

-- Is the article a live page, its entries opened by a time ("09:10 - ",
-- "[10:32]") or a day and a time ("22 April, 15:40")? Asked of few
-- articles, so counted at the first question (two passes over the text).
local function is_live(ctx)
  if ctx.live == nil then
    local text, stamps = ctx.text, 0
    for _ in gmatch(text, "\n%s*%[?%d%d?[:.]%d%d%]?%s*[%u%[%-\226]") do stamps = stamps + 1 end
    for _ in gmatch(text, "\n%s*%d%d? %u%l+,? %d%d?[:.]%d%d") do stamps = stamps + 1 end
    ctx.live = stamps >= 3
  end
  return ctx.live
end

-- Is one of the hits a group's?
local function has_group(b)
  for _, h in ipairs(b) do
    if h.entry.kind == "group" then return true end
  end
  return false
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
    -- (and praise: "hailed the attack on the post in Chaman")
    return c == "kill" or c == "wound" or c == "plot" or c == "claim" or c == "claim_negated"
      or c == "herald"
      or c == "suspect" or find(c, "^casualties%.") ~= nil or find(c, "^claims%.") ~= nil
  end
  return false
end

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

-- Did group `rec` exist when the event of report `r` took place? A report
-- with no date is judged by the date of the story (`dct`), which an event
-- it tells cannot follow; a group's end year allows a year of slack (its
-- last attacks are told in the year after).
local function group_existed(rec, r, dct)
  local y = rec.years
  if not y then return true end
  local from, to = y[1], y[2]
  local lo = tonumber(sub(r.date_lo or "", 1, 4))
  local hi = tonumber(sub(r.date_hi or "", 1, 4)) or tonumber(sub(dct or "", 1, 4))
  if from and hi and hi < from then return false end
  if to and lo and lo > to + 1 then return false end
  return true
end

-- Whether a report abroad names its group only by a name the group goes by
-- at home ("Maoists killed five villagers in Ayacucho, Peru": not India's
-- Maoist party): no other of its names occurs in the text (`low`, in lower
-- case).
local function named_only_by_home_alias(g, country, low)
  if not (g.home_aliases and country) then return false end
  for _, c in ipairs(g.countries) do
    if c == country then return false end
  end
  local home = {}
  for _, a in ipairs(g.home_aliases) do home[lower(a)] = true end
  for _, a in ipairs(g.aliases) do
    local la = lower(a)
    if not home[la] and find(low, la, 1, true) then return false end
  end
  return true
end

-- Nouns of an administrative unit a place's name may be told with.
local ADMIN_UNIT = { district = true, province = true, state = true, region = true,
  county = true, governorate = true }

local function finish(pack, r, dct, text, low)
  local out = {}
  for _, k in ipairs(REPORT_FIELDS) do out[k] = r[k] end
  local pe = out.place and out.evidence.place
  if pe then
    out.place = places.text_spelling(text, out.place, pe.start, pe.stop) or out.place
  end
  -- ("in Kurram district": the district is named Kurram)
  local stem, noun = match(out.place or "", "^(.-) (%a+)$")
  if stem and ADMIN_UNIT[lower(noun)] and r._place_rec and r._place_rec.name == stem then
    out.place = stem
  end
  -- "the Irish Republican Army" in 1987 is not the New IRA of 2012: a group
  -- is not named for an event before it existed
  if out.perpetrator and pack.group_by_name then
    local g = pack:group(out.perpetrator)
    if g and (not group_existed(g, out, dct)
        or named_only_by_home_alias(g, out.country, low)) then
      out.perpetrator = nil
      out.evidence.perpetrator = nil
    end
  end
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

-- Headings of a box of links to other pages, as caseless patterns of a
-- whole line ("RELATED STORIES", "Read more:"), and each one's literal
-- opening in lower case: a text whose lower case lacks it cannot hold the
-- heading, and a plain search for it is far cheaper than the pattern's scan.
local LINK_HEADS, LINK_OPENINGS = {}, {}
for _, h in ipairs { "related stories", "related articles", "related coverage",
  "related news", "related", "read more", "read also", "also read", "see also",
  "more on this story", "more stories", "you may also like",
  -- ("IN THIS ISSUE" over "- Germany: gunman kills nine at Munich shopping
  -- centre": a newsletter's contents, each item told below)
  "in this issue", "in this edition", "inside this issue",
  -- ("MORE FROM THE REGION", "More on Afghanistan": a section's other pages,
  -- when a list follows; not a body's heading, "More on the suspects")
  "more from %a[%a ]*", "more on %a[%a ]*", "more in %a[%a ]*",
  -- ("TRENDING", "EDITOR'S PICKS": a site's boxes of its pages of the day,
  -- one line each; a "Most read" box is left to `own_headline_again`)
  "trending", "trending now", "editor's picks", "editors' picks", "top stories",
  "read next", "what to read next",
  -- ("RELATED BRIEFS", "Related analysis", "ALSO ON THE DAILY X", "PRESS
  -- RELEASES - EARLIER": other pages of the site, when a list follows)
  "related %a[%a ]*", "also on %a[%a' ]*", "press releases[%a%d %-]*" } do
  local head = "\n[ \t]*"
    .. gsub(h, "(%%?)(%a)", function(pct, c)
      return pct ~= "" and pct .. c or "[" .. c .. c:upper() .. "]"
    end)
    .. "[ \t]*:?[ \t]*\r?\n"
  local opening = match(h, "^[^%%%[]+")
  if find(h, "%", 1, true) then
    LINK_HEADS[#LINK_HEADS + 1] = head .. "[ \t\r\n]*[%-%*\226]"
    LINK_OPENINGS[#LINK_HEADS] = opening
    -- (a list of dated links: "26 June 2022 - Norway: ...")
    LINK_HEADS[#LINK_HEADS + 1] = head .. "[ \t\r\n]*%d%d? %a+ %d%d%d%d[ \t]+[%-\226]"
    LINK_OPENINGS[#LINK_HEADS] = opening
  else
    LINK_HEADS[#LINK_HEADS + 1] = head
    LINK_OPENINGS[#LINK_HEADS] = opening
  end
end

-- The spans of a text's boxes of links: from the start of a heading line to
-- the first blank line after the lines under it (or the text's end). An
-- array of `{ s, e }`. `low` is the text in lower case.
local function link_boxes(text, low)
  local out = {}
  for k, pat in ipairs(LINK_HEADS) do
    local at = find(low, LINK_OPENINGS[k], 1, true) and 1 or #text + 1
    while true do
      local a, b = find(text, pat, at)
      if not b then break end
      -- (from the heading line's start: a heading the splitter joins to the
      -- first line under it is of the box too)
      local stop = find(text, "\n[ \t\r]*\n", b + 1)
      out[#out + 1] = { a, stop or #text }
      at = b
    end
  end
  return out
end

-- A line's text folded for comparing a headline with its copy in a list:
-- lower case, runs of anything but letters and digits as one space.
local function fold_line(s)
  return (gsub(gsub(lower(s), "[^%w]+", " "), "^ ", ""))
end

-- Whether the line that holds byte `at` is a list item ("4. ", "- ",
-- "* ") whose words, 25 letters at least, open another line of the text
-- that is no list item: a page's headline repeated in a box of links.
local function own_headline_again(text, at)
  local ls = at
  while ls > 1 and byte(text, ls - 1) ~= 10 do ls = ls - 1 end
  local le = find(text, "\n", ls, true)
  local line = sub(text, ls, (le or #text + 1) - 1)
  local body = match(line, "^[ \t]*%d+[%.%)][ \t]+(.+)$") or match(line, "^[ \t]*[%-%*][ \t]+(.+)$")
  if not body then return false end
  local item = gsub(fold_line(body), " $", "")
  if #item < 25 then return false end
  for other in gmatch(text, "[^\n]+") do
    if not find(other, "^[ \t]*%d+[%.%)][ \t]") and not find(other, "^[ \t]*[%-%*][ \t]") then
      local f = fold_line(other)
      if sub(f, 1, #item) == item then return true end
    end
  end
  return false
end

-- The verbs of a reaction to an event told elsewhere, as caseless stems.
-- ("decri": decried, decries; not "decree" or "decrease")
local CONDEMN = { "condemn", "denounc", "deplor", "decri" }

-- Whether every event word of the sentence from byte `s0` (hits `b`, no
-- group among them) is the object of a verb of reaction: "condemned the
-- attack", "denounced the killings as a terrorist act", "deplored Sunday's
-- bombing".
local function only_condemned(text, s0, b)
  local any = false
  for _, h in ipairs(b) do
    -- (a group named beside it is news: "condemned the bombing and blamed
    -- the rebels")
    if h.entry.kind == "group" then return false end
  end
  for _, h in ipairs(b) do
    if is_trigger_hit(h.entry) or to_strike(text, h) then
      local from = h.start - 45
      if from < s0 then from = s0 end
      local before = lower(sub(text, from, h.start - 1))
      local ok = false
      for _, v in ipairs(CONDEMN) do
        if find(before, v .. "%a*%s+the%s+[%a%-' ]*$")
          or find(before, v .. "%a*%s+%a+'s%s+[%a%-' ]*$") then
          local tail = match(before, ".*" .. v .. "%a*%s+(.*)$")
          local _, words = gsub(tail, "%S+", "")
          if words <= 4 then ok = true end
        end
      end
      -- (what follows may tell the event itself: "condemns the attacks
      -- carried out on 18 June against the villagers of ...")
      local after = sub(text, h.stop + 1, h.stop + 40)
      local n = 0
      if find(after, "^%s*[io][nf]%s+%u") or find(after, "^%s*at%s") then ok = false end
      for w in gmatch(after, "[%w']+") do
        n = n + 1
        if n > 3 then break end
        local lw = lower(w)
        if find(w, "%d") or lw == "carried" or lw == "against"
          or lw == "targeting" or lw == "on" or lw == "at" or lw == "that" or lw == "which"
          or lw == "near" or lw == "killed" or lw == "killing" then
          ok = false
        end
      end
      if not ok then return false end
      any = true
    end
  end
  return any
end

-- The spans `{ s, e }` of the text's correction notes: paragraphs that open
-- with "Correction:" (or "Correction, 13 January:", "Clarification:") or
-- with "An earlier version of this article/story/report". Found in one pass,
-- and only when one of their words is in the text at all.
local function correction_notes(text)
  local out = {}
  local low = lower(text)
  if not (find(low, "correction", 1, true) or find(low, "clarification", 1, true)
    or find(low, "earlier version", 1, true)) then
    return out
  end
  local ps = 1
  while true do
    local a, e = find(text, "\n[ \t\r]*\n", ps)
    local head = gsub(sub(low, ps, ps + 80), "^[%s%*_]+", "")
    if find(head, "^corrections?%s*:") or find(head, "^correction,[^:\n]*%d[^:\n]*:")
      or find(head, "^clarification%s*:") or find(head, "^an earlier version of this %a+ ") then
      out[#out + 1] = { ps, a and a - 1 or #text }
    end
    if not e then break end
    ps = e + 1
  end
  return out
end

-- The sentence before an event's first sentence with no event word sets
-- its scene ("On Saturday the 24th of August, the people of Barsalogho were
-- digging a trench. ... fighters arrived and opened fire"); so does a lede
-- of several such sentences in the event's paragraph, however many lie
-- between ("When a woman walked up to the gate of the institute in Karachi
-- on 26 April, ... She was standing by the road as a van slowed. ... she
-- triggered the explosives"; "Twenty years ago today, on 12 October 2000,
-- the destroyer was moored in Aden. ... a boat pulled alongside. The two
-- men on board waved. Then the boat exploded."): the nearest sentence
-- with a scene wins, up to the paragraph's start or a sentence that tells
-- an event.
local LEDE_SPAN = 5

-- The plural nouns that make a claim one over a wave of attacks ("claimed
-- the bombings").
local CLAIM_PLURAL = {}
for _, w in ipairs { "bombings", "attacks", "blasts", "explosions", "assaults", "shootings",
  "killings" } do
  CLAIM_PLURAL[w] = true
end

-- The men of an event told by a noun ("the gunmen"), no act of theirs.
local DEFINITE_ACTOR = {}
for _, w in ipairs { "gunmen", "gunman", "armed men", "bomber", "bombers", "suicide bomber",
  "suicide bombers", "attacker", "attackers", "assailant", "assailants", "militants",
  "hostage-takers", "kidnappers", "suicide attacker", "suicide attackers" } do
  DEFINITE_ACTOR[w] = true
end
local function lede_scene(ctx, c, i, told, sents, buckets, dbuckets)
  if scene(ctx, c, buckets[i - 1], dbuckets[i - 1]) then return true end
  for k = i - 2, i - LEDE_SPAN, -1 do
    if k < 1 or told[k] or told[k + 1]
      or not same_paragraph(ctx.text, sents[k][2], sents[i][1]) then
      return false
    end
    if scene(ctx, c, buckets[k], dbuckets[k]) then return true end
  end
  return false
end

-- Labels of a line that names who did it, in reports that list incidents.
local ACTOR_LABELS = { "believed responsible:", "perpetrator:", "perpetrators:",
  "attributed to:", "suspected perpetrator:", "suspected perpetrators:", "claimed by:",
  "responsibility:", "suspected group:", "alleged perpetrator:" }

-- Labels of an infobox's lines, by the field they fill.
local INFOBOX = { deaths = "killed", killed = "killed", fatalities = "killed",
  casualties = "killed", dead = "killed", injured = "wounded", wounded = "wounded",
  injuries = "wounded", ["non-fatal injuries"] = "wounded", perpetrator = "perpetrator",
  perpetrators = "perpetrator", ["suspected perpetrator"] = "perpetrator",
  ["suspected perpetrators"] = "perpetrator", ["attributed to"] = "perpetrator" }

-- The infobox of `Label: value` lines at the top of a page: at least three
-- such lines in a run, before the body's first long paragraph. Returns the
-- lines whose label names a field (`{ field, s, e }`, the value's span)
-- and the box's span, or nil.
local function find_box(text)
  local pos, run, found, bs = 1, 0, {}, nil
  local limit = #text < 3000 and #text or 3000
  -- (most pages have no line of a label in a capital and a colon: one look)
  if not find(sub(text, 1, limit), "\n%u[%a%- ]-:%s+%S") then return nil end
  local be
  while pos <= limit do
    local line_e = find(text, "\n", pos, true) or #text + 1
    local line = sub(text, pos, line_e - 1)
    local label, vs = match(line, "^(%u[%a%- ]-):%s+()%S")
    if label and #line < 160 then
      run = run + 1
      bs, be = bs or pos, line_e - 1
      local field = INFOBOX[lower(label)]
      if field then found[#found + 1] = { field = field, s = pos + vs - 1, e = line_e - 1 } end
    elseif #line > 200 then
      break
    elseif line ~= "" and run < 3 then
      run, found, bs = 0, {}, nil
    end
    pos = line_e + 1
  end
  if run < 3 then return nil end
  return found, bs, be
end

-- Where a wire's dateline opens a line of the page's top ("OUAGADOUGOU,
-- March 3 (WAN) - ", "BARRANQUILLA, Colombia, Jan 29 (APA) - "): a city in
-- capitals, its month and day, a dash, within the first lines from `b`.
local function dateline_line(text, b)
  local q = b
  for _ = 1, 10 do
    if find(text, "^%u%u%u[%u%s%.'%-]-, [%u%a%s,]-%f[%a]%u%l+%.? %d%d?[^\n]- %- ", q)
      and (find(text, "^[^\n]-%(", q) or find(text, "^%u%u%u[%u%s%.'%-]-, %u%l+%.? %d", q)) then
      return q
    end
    -- ("GILROY — A man armed with a rifle ...": a city in capitals and a
    -- dash open the first paragraph; not a masthead's line with no sentence
    -- in it, "NIAMEY EXPRESS — News from Niger and the Sahel, every day")
    if (find(text, "^%u%u%u[%u '%.]- \226\128[\147\148] %u", q)
      or find(text, "^%u%u%u[%u '%.]- %-%-? %u", q))
      and find(text, "^[^\n]-%l[%.!?]", q) then
      return q
    end
    local le = find(text, "\n", q, true)
    q = le and find(text, "[^%s]", le)
    if not q or q - b > 900 then return nil end
  end
  return nil
end

-- Is the text at `pos` in the words on a speaker after a quote that closed
-- after the event word ending at `te` ('"They shot the men first," said
-- Amadou, a farmer who carried the wounded to the health centre in Sangha on
-- Monday morning')? The speaker's places and days are not the event's.
local function speaker_tail(low, te, pos)
  if pos <= te or pos - te > 400 then return false end
  local mid = sub(low, te + 1, pos - 1)
  for _, quote in ipairs { '[,.!?]"', "[,.!?]\226\128\157" } do
    local q = 1
    while true do
      local _, b = find(mid, quote, q)
      if not b then break end
      local rest = sub(mid, b + 1, b + 40)
      if find(rest, "^%s*sa[iy]d?s?%f[%A]") or find(rest, "^%s*%a+ sa[iy]d?s?%f[%A]")
        or find(rest, "^%s*%a+ %a+ sa[iy]d?s?%f[%A]") then
        return true
      end
      q = b + 1
    end
  end
  return false
end

-- Is the day at `ds` told right after a speaker's verb that follows a
-- comma ("..., the government said late on Wednesday", ", police said on
-- Monday")?
local function said_after(low, ss, ds)
  local pre = sub(low, ds > ss + 60 and ds - 60 or ss, ds - 1)
  return find(pre, ", [%a' ]-%f[%a]said %a* ?o?n? ?$") ~= nil
    or find(pre, ", [%a' ]-%f[%a]says %a* ?o?n? ?$") ~= nil
end

-- Does the sentence `ss`..`se` tell a funeral or a burial ("for the funeral
-- of", "was buried", "mourners"), with the event word at `ts`..`te` in a clause
-- on a victim ("the officer who died of his wounds", "the guard who was
-- shot dead")?
local function mourning(low, ss, se, ts, te)
  -- (the clause first: it is rare, and a short window)
  if not find(sub(low, ts > ss + 40 and ts - 40 or ss, te), "%f[%a]who [%a ]*$") then
    return false
  end
  local all = sub(low, ss, se)
  return (find(all, "funeral", 1, true) or find(all, "buried", 1, true)
    or find(all, "burial", 1, true) or find(all, "mourners", 1, true)) ~= nil
end

-- Is the day at `ds` that on which figures were given ("The figures given
-- on Monday morning", "a toll released late on Sunday")?
local function figures_day(low, ds)
  local pre = sub(low, ds > 40 and ds - 40 or 1, ds - 1)
  return find(pre, "%f[%a]given %a* ?o?n? ?$") ~= nil or find(pre, "%f[%a]released %a* ?o?n? ?$")
    ~= nil or find(pre, "%f[%a]issued %a* ?o?n? ?$") ~= nil
    or find(pre, "%f[%a]published %a* ?o?n? ?$") ~= nil
end

-- Verbs by which a speaker tells what it found or was told.
local SAID_VERB = { said = true, says = true, announced = true, confirmed = true,
  concluded = true, identified = true, reported = true, stated = true, disclosed = true,
  revealed = true, told = true }

-- Is the day at evidence `de` a speaker's: told before a speaker's verb (at
-- most a dozen words on) that comes before the event word at `ts`, with no
-- stop between ("On Saturday, the ministry said investigators had found that
-- it was a bomb", "The sheriff's office on Sunday identified the three slain
-- residents")?
local function speaker_day(low, ss, de, ts)
  if de.stop >= ts or ts - de.stop > 400 then return false end
  -- (the day at the head of its sentence, at most a subject before it: not
  -- "six men arrested on Batam island on Aug. 5, who police said")
  local n = 0
  for _ in gmatch(sub(low, ss, de.start - 1), "%a+") do
    n = n + 1
    if n > 6 then return false end
  end
  local mid = sub(low, de.stop + 1, ts - 1)
  if find(mid, "[.;:!?]") then return false end
  n = 0
  for w in gmatch(mid, "%a+") do
    n = n + 1
    if n > 12 then return false end
    if SAID_VERB[w] then return true end
  end
  return false
end

-- Where does the "after" of "<event> came/comes <span> after" end, the event
-- word ending at `te` and its sentence at `se` ("The attack came days
-- after", "comes less than a month after")? nil when the sentence goes on
-- otherwise.
local function came_after(low, te, se)
  local rest = sub(low, te + 1, se < te + 120 and se or te + 120)
  local _, b = find(rest, "^%s+c[oa]mes? [%w ,%-]-%f[%a]after%f[%A]")
  if not b then return nil end
  -- (at most a few words between: "came less than three months after")
  local n = 0
  for _ in gmatch(sub(rest, 1, b), "%a+") do n = n + 1 end
  return n <= 8 and te + b or nil
end

-- Is the country of the dated report `r` only a guess from a nationality
-- ("A 21-year-old Syrian asylum seeker killed a woman ... on Sunday
-- afternoon"), with a day the text names (not "overnight", "today")?
local function guessed_country(r)
  local ce, de = r.evidence.country, r.evidence.date
  return r._country_weak and ce and find(ce.rule or "", "^places%.country%.") ~= nil
    and de and de.rule ~= "date.sameday" and de.rule ~= "date.deictic" or false
end

-- Does the place of report `c` agree with that of report `r`: none, the
-- same, the province or region of `r`'s country it lies in, a town no list
-- knows beside a metropolis the list knows in that country, or a town of
-- `r`'s country when `r` has none?
local function scene_agrees(r, c)
  local cp, rp = c._place_rec, r._place_rec
  if not c.place or not cp then return not c.place end
  -- (a dated event the page placed nowhere, told again at a town of its
  -- country: "Burgas bus bombing: what we know" above "A bomb tore through a
  -- bus at an airport on Bulgaria's coast on Wednesday")
  -- (or at a town of any country, when the dated event's country is only a
  -- guess: "A 21-year-old Syrian asylum seeker killed a woman" under
  -- "REUTLINGEN, GERMANY - Sunday 24 July")
  if not r.place and not rp then
    return r.country ~= nil and ((cp.country == r.country and not r._country_weak)
      or guessed_country(r))
  end
  if not r.place or not rp then return false end
  if places.same_place(rp, cp) then return true end
  if cp.country ~= r.country then return false end
  if WIDE[cp.kind] then return true end
  -- (a suburb no list knows and the metropolis it lies in: "a church in
  -- Wakeley" and "a church in Sydney's west"; two towns no list knows are two)
  local known = cp.lat and not rp.lat and cp or rp.lat and not cp.lat and rp
  return known and (known.population or 0) >= 1000000 or false
end

-- Is `c`, a report with no day, month or year of its own, the event of the
-- dated report `r` told again (a headline above the lead, a "what we know"
-- answer, a related box, a recap): the same status, a kind and an actor
-- that agree, no figure of its own that differs, a date in the month before
-- the page's, and a place that is none,
-- the same, the province or region of the page's country it lies in, or a
-- town no list knows beside one the list knows in that country?
local function told_again(r, c, dct)
  if not r.date_lo or r.status ~= c.status then return false end
  -- (or told with its month only, the month of the dated report's day: "the
  -- bomb that exploded at the cafe last month" and "on March 1")
  if c.date_lo and not (c._prec == "month" and r._prec == "day"
    and r.date_lo >= c.date_lo and r.date_lo <= c.date_hi) then
    return false
  end
  -- (the page's own event: of the days before its date line)
  local dated = dct and #dct == 10
  local back = dated and (iso_days(dct) or 0) - (iso_days(r.date_hi) or 0) or 0
  -- (a month told says which event: no nearness to the date line asked)
  if back < -1 or (back > 31 and not c.date_lo) then return false end
  -- (a country guessed for either, from a nationality or the page, gives way)
  if c.country and r.country and c.country ~= r.country and not c._country_weak
    and not guessed_country(r) then
    return false
  end
  if c.attack_type ~= r.attack_type and c.attack_type ~= "unknown"
    and r.attack_type ~= "unknown" and not c._definite then
    return false
  end
  if c.perpetrator and r.perpetrator and c.perpetrator ~= r.perpetrator then return false end
  local cp, rp = c._place_rec, r._place_rec
  -- (a figure inside the report's range is its own told again or updated:
  -- "at least three killed" and "four people were killed")
  for _, k in ipairs { "killed", "wounded" } do
    local lo, hi, rlo, rhi = c[k .. "_lo"], c[k .. "_hi"], r[k .. "_lo"], r[k .. "_hi"]
    if (lo or hi) and not (lo == rlo and hi == rhi) then
      -- (a figure the dated report lacks is the headline's sum of the page's
      -- days: only on a page that gives its date; or the toll of the event
      -- told at the same town, which the dated report did not give: "a US
      -- citizen killed near Jericho" above "gunmen opened fire on cars close
      -- to Jericho on Monday afternoon")
      if not (rlo and lo and lo >= rlo and (not rhi or (hi and hi <= rhi)))
        and (rlo or rhi or not dated
          or not (c._headline or (cp and rp and places.same_place(rp, cp)))) then
        return false
      end
    end
  end
  return scene_agrees(r, c)
end

-- Whether the event word of report `c` stands on the page's headline: a
-- line with no closing full stop whose words (of three letters or more) are
-- mostly the title's, `words` (a set, lower case: "Bandung police station
-- bombing: what we know so far", or the title told again with another
-- wording).
local function on_headline(text, words, c)
  local tev = c.evidence.trigger or c.evidence.attack_type
  if not tev then return false end
  local ls = tev.start
  while ls > 1 and byte(text, ls - 1) ~= 10 do ls = ls - 1 end
  local le = (find(text, "\n", tev.start, true) or #text + 1) - 1
  local line = sub(text, ls, le)
  if find(line, "[%.!?]%s*$") or le - ls > 250 then return false end
  local n, hit = 0, 0
  for w in gmatch(lower(line), "%w+") do
    if #w >= 3 then
      n = n + 1
      if words[w] then hit = hit + 1 end
    end
  end
  return n >= 3 and hit * 10 >= n * 6
end

-- Is report `r`, told after the headline's report `c`, the event the
-- headline tells: the same status, a kind, an actor and a country that
-- agree, no figure of the headline's outside `r`'s, a day of `r` (if any) in
-- the month before the page's date `dct`, and places that agree either way?
local function headline_of(r, c, dct)
  if r.status ~= c.status then return false end
  if c.country and r.country and c.country ~= r.country and not c._country_weak
    and not r._country_weak then
    return false
  end
  if c.attack_type ~= r.attack_type and c.attack_type ~= "unknown"
    and r.attack_type ~= "unknown" then
    return false
  end
  if c.perpetrator and r.perpetrator and c.perpetrator ~= r.perpetrator then return false end
  for _, k in ipairs { "killed", "wounded" } do
    local lo, hi, rlo, rhi = c[k .. "_lo"], c[k .. "_hi"], r[k .. "_lo"], r[k .. "_hi"]
    if (lo or hi) and (rlo or rhi) and not (lo == rlo and hi == rhi)
      and not ((not rlo or (lo and lo >= rlo)) and (not rhi or (hi and hi <= rhi))) then
      return false
    end
  end
  if r.date_lo then
    if not (dct and #dct == 10) then return false end
    local back = (iso_days(dct) or 0) - (iso_days(r.date_hi) or 0)
    if back < -1 or back > 31 then return false end
  end
  if c.date_lo and c.date_lo ~= r.date_lo and c.date_lo ~= dct then return false end
  -- (a town the headline names and a suburb no list knows in its country,
  -- told by the lede: "at a West Auckland supermarket" and "in New Lynn")
  local cp, rp = c._place_rec, r._place_rec
  local cc, rc = cp and (cp.country or c.country), rp and (rp.country or r.country)
  if cc and cc == rc and (cp.lat == nil) ~= (rp.lat == nil) then
    return true
  end
  return scene_agrees(r, c) or scene_agrees(c, r)
end

-- Fills report `r` (the page's main event) from the infobox lines `found`
-- (`find_box`): only fields the body left empty; "(claimed)" after the
-- group claims it.
local function infobox(ctx, hits, r, found)
  local text = ctx.text
  for _, f in ipairs(found) do
    local val = sub(text, f.s, f.e)
    if (f.field == "killed" or f.field == "wounded") and not r[f.field .. "_lo"]
      and not r[f.field .. "_hi"] then
      local fig = lpeg.match(numbers.figure, lower(val))
      if type(fig) == "table" and (fig.lo or fig.hi) and not fig.vague then
        r[f.field .. "_lo"], r[f.field .. "_hi"] = fig.lo, fig.hi
        r.evidence[f.field] = { start = f.s, stop = f.s + fig.stop - 1, rule = "extract.infobox" }
      end
    elseif f.field == "perpetrator" and not r.perpetrator then
      for _, h in ipairs(hits) do
        if h.start >= f.s and h.stop <= f.e and h.entry.kind == "group"
          and type(h.entry.value) == "table" then
          r.perpetrator = h.entry.value.name
          r.evidence.perpetrator = { start = h.start, stop = h.stop, rule = "extract.infobox" }
          if r.claimed == nil and find(lower(sub(text, h.stop + 1, f.e)), "^%s*%(claimed") then
            r.claimed = true
            r.evidence.claimed = { start = h.stop + 1, stop = f.e, rule = "extract.infobox" }
          end
          break
        end
      end
    end
  end
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
  -- "ABUJA, Aug 26 (Reuters) - ..." under "Posted: 26/08/2011": a wire's
  -- dateline gives the day the text was filed; with the year of the full
  -- date the page states for that same day, the page's date is the text's own
  local wire_at
  if dct == nil and art.published_inferred and art.published then
    local q = dateline_line(text, art.body_start or 1)
    if q and dates.parse_dateline(sub(text, q, q + 120), art.published) == art.published then
      dct, wire_at = art.published, q
    end
  end
  local spans = spans_of(art)
  if #spans == 0 then return {} end
  local hits = pack:match(text, spans[1][1], spans[#spans][2])
  -- Most news tells no incident: with no hit that makes a sentence worth a
  -- look, the article's sentences (a C pass over all of its text) are not
  -- needed.
  local trig, some = {}, false
  for k, h in ipairs(hits) do
    if is_trigger_hit(h.entry) or to_strike(text, h)
      or (h.entry.kind == "weapon" and driven_into(text, h)) then
      trig[k] = true; some = true
    end
  end
  if not some then return {} end
  local sents = sentences_of(art, spans)
  if #sents == 0 then return {} end
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
          if trig[k] then hot[i] = true; any = true end
        end
        k = k + 1
      end
      j = k
      buckets[i] = b
    end
  end
  local low = lower(text)
  -- a "Related stories" box lists links to other pages: a headline there
  -- tells no incident of this page (one the body told is told there)
  if any then
    -- "In this issue: the murder of a mayor, and what it means for the
    -- rebels; ...": a newsletter's contents line names what the issue tells
    -- below
    for i, se in ipairs(sents) do
      if hot[i] and (se[1] == 1 or byte(text, se[1] - 1) == 10) then
        local head = lower(sub(text, se[1], se[1] + 30))
        if find(head, "^in this issue%s*:") or find(head, "^in this edition%s*:")
          or find(head, "^inside this issue%s*:") or find(head, "^in today's issue%s*:")
          or find(head, "^in this newsletter%s*:") or find(head, "^in this week's issue%s*:") then
          hot[i] = nil
        end
      end
    end
    for _, box in ipairs(link_boxes(text, low)) do
      for i, se in ipairs(sents) do
        if se[1] > box[1] and se[1] <= box[2] then hot[i] = nil end
      end
    end
    -- a list item that repeats a line told elsewhere on the page (the
    -- headline again in a "Most read" box: "3. Storm floods the coast road",
    -- its title "Storm floods the coast road, mayor says") is the page's
    -- own story linked again, no incident of its own
    for i, se in ipairs(sents) do
      if hot[i] and own_headline_again(text, se[1]) then hot[i] = nil end
    end
    -- a reaction ("In Paris, the foreign ministry condemned the attack"):
    -- every event word of the sentence is the thing condemned, told above
    for i, se in ipairs(sents) do
      if hot[i] and only_condemned(text, se[1], buckets[i]) then hot[i] = nil end
    end
    -- a correction note ("Correction: An earlier version of this article
    -- said five were killed") tells what the page once got wrong: the
    -- figure it withdraws is no incident
    for _, note in ipairs(correction_notes(text)) do
      for i, se in ipairs(sents) do
        if se[1] >= note[1] and se[1] <= note[2] then hot[i] = nil end
      end
    end
    any = false
    for i = 1, #sents do if hot[i] then any = true; break end end
  end
  if not any then return {} end
  -- Sentences with no event word that still tell of an event: "The army said
  -- the Militarized Communist Party of Peru was responsible." (a group held
  -- responsible in a sentence of its own); "The group has never said it
  -- carried out the killings." (nor one that says it did or did not); "The
  -- killings took place on Saturday at Koshobe" (when and where). Looked for
  -- only once the article tells some event: most news tells none.
  -- (each pattern needs "said " in the sentence, an opening "the ", or a
  -- group's hit: a sentence with none is not copied out)
  local said_at = find(low, "said ", sents[1][1], true)
  local claim_scan = grammars_of(pack).claims.scan
  -- ("The Sahel Front said it had sent him.", "The group said its fighters
  -- had blown up the pipeline.", "the group has said nothing": a claim or its
  -- absence in the grammar's words, with no event word)
  local function tells_claim(a, b)
    for _, c in ipairs(claim_scan(text, a, b)) do
      if c.kind == "claim" or c.kind == "no_claim" then return true end
    end
    return false
  end
  for i, se in ipairs(sents) do
    while said_at and said_at < se[1] do said_at = find(low, "said ", said_at + 1, true) end
    local grouped = not hot[i] and has_group(buckets[i])
    if not hot[i] and ((said_at and said_at <= se[2]) or find(low, "^%s*the ", se[1])
      or grouped) then
      local s = sub(low, se[1], se[2])
      if find(s, "%f[%a]said %a+ carried out") or find(s, "%f[%a]said %a+ w[ae][sr]e? behind")
        or (grouped and find(s, "%f[%a]%a+ had carried out"))
        or find(s, "^%s*the %a+ took place") or find(s, "^%s*the %a+ happened")
        or find(s, "^%s*the %a+ occurred")
        or (grouped and (find(s, "responsib", 1, true) or find(s, "%f[%a]behind%f[%A]")))
        -- ("The Kurdistan Freedom Hawks said they did it.", "X said ... that
        -- its fighters had targeted the building")
        or (grouped and find(s, "%f[%a]sa[iy]d?%f[%A]") and (find(s, "%f[%a]did it%f[%A]")
          or find(s, "%f[%a]done it%f[%A]")
          or find(s, "%f[%a]its fighters%f[%A]") or find(s, "%f[%a]its members%f[%A]")))
        -- (the grammar only where the speaker speaks of itself, its fighters,
        -- a statement or its media, or says nothing: "said" and group names
        -- alone are in most sentences of the news)
        or ((grouped or (said_at and said_at <= se[2])) and (find(s, "said it", 1, true)
            or find(s, "saying it", 1, true) or find(s, "that it", 1, true)
            or find(s, "fighter", 1, true) or find(s, "statement", 1, true)
            or find(s, "nothing", 1, true) or find(s, "television", 1, true)
            or find(s, "radio", 1, true) or find(s, "agency", 1, true)
            or find(s, "telegram", 1, true) or find(s, "channel", 1, true))
          and tells_claim(se[1], se[2]))
      then
        hot[i] = true
      end
    end
  end
  local ctx = { text = text, low = low, pack = pack, dct = dct, trace = opts.trace,
                cased = find(text, "%l", spans[1][1]) ~= nil, homonyms = {},
                grammars = grammars_of(pack), hits = hits }
  if ctx.trace then
    for _, e in ipairs(ctx.grammars.errors) do ctx.trace("pack cues ignored: " .. e) end
  end
  reset_tokens()
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
    -- ("Yaounde, 28 July 2014 (CNA) - ": a city in title case with its date)
    local line = sub(text, p, p + 40)
    if p ~= b and (find(line, "^%u%u%u[%u%s%.',%(]-[%-\226%(,]")
      or find(line, "^%u[%a%s%.'%-]-, %d%d? %u%l+")
      or find(line, "^%u[%a%s%.'%-]-, %u%l+%.? %d")) then
      b = p
    else
      -- (below a long headline and a byline: "OUAGADOUGOU, March 3 (WAN) -
      -- ..." opens a later line of the page's top, a city in capitals with
      -- its month and day)
      b = wire_at or dateline_line(text, b) or b
    end
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
  -- of the story or the scene of a lede may be told, to the last one)
  local first_hot, last_hot
  for i = 1, #sents do
    if hot[i] then first_hot = first_hot or i; last_hot = i end
  end
  local dall = dates.scan(text, sents[first_hot > LEDE_SPAN and first_hot - LEDE_SPAN or 1][1],
    sents[last_hot][2], { dct = dct })
  -- (a weekly round-up's weekdays fall in the week it covers)
  local wlo, whi = roundup_week(text, dct)
  if wlo then
    for _, d in ipairs(dall) do
      if d.rule == "date.weekday" and d.lo and d.lo == d.hi and #d.lo == 10 then
        if d.lo >= wlo and d.lo <= whi then
          d.in_week = true
        elseif not d.in_week then   -- ("Tuesday last week" says its week)
          local day = dates.shift(d.lo, d.lo < wlo and 7 or -7)
          if day and day >= wlo and day <= whi then
            d.lo, d.hi, d.value, d.in_week = day, day, day, true
          end
        end
      end
    end
  end
  ctx.dall = dall
  ctx.roundup_week = wlo
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
  local entry_of = chronology_entries(ctx, sents, buckets, dbuckets)
  -- sentences with an event word (one worth a look for another word, "He
  -- wrote out the conspiracy in advance", may still set the scene)
  local told = {}
  -- (a mention in a chronology's entry goes on with no other entry's event;
  -- one told outside the list, as the lead above it, may be told again)
  local function same_here(r, c, strict)
    -- (a later section may recall an earlier one's event, definite or at its
    -- place, with no day or toll of its own: "The attack on the market in
    -- Dapchi was the deadliest of the week" under "TRENDS")
    if c._entry and r._entry and r._entry ~= c._entry
      and not (c._section and r._section and r._entry < c._entry and not c._numeric
        and (not c.date_lo or c.date_lo == r.date_lo)
        and (c._definite or c._opens_definite
          or (c._place_rec and r._place_rec
            and places.same_place(c._place_rec, r._place_rec)))) then
      return false
    end
    -- (a lead with a day or a toll sums the sections' events; one with
    -- neither previews one: "KEY JUDGEMENTS - The first attack on a mosque in
    -- Kano claimed by the Islamic State shows ...")
    if c._section and not r._entry and not (c._definite or c._opens_definite)
      and (r.date_lo or r.killed_lo or r.killed_hi) then
      return false
    end
    -- (a wave's parts are told right after it: not once another event has
    -- been told since, "In May 1985, a car bomb ... said it carried out the
    -- attack")
    -- (a weekly roundup's items are its week's events: two towns of it
    -- that are near each other, each named, are two events when the later
    -- one has a day of its own the other lacks, "abducted near Damboa" and
    -- "Churches attacked near Chibok (Sunday)"; an undated mention near a
    -- town told may still recall its event)
    local rp, cp = r._place_rec, c._place_rec
    if ctx.roundup_week and rp and cp and c.date_lo and not r.date_lo
      and rp.name ~= cp.name and not WIDE[rp.kind]
      and not WIDE[cp.kind] and rp.admin ~= cp.name and cp.admin ~= rp.name
      and not r._place_weak and not c._place_weak then
      return false
    end
    c._wave_closed = r._wave and reports[#reports] ~= r or nil
    local sc = same_event(pack, r, c, strict)
    c._wave_closed = nil
    -- (its own section's event first: "No group claimed the Dokki bomb")
    if sc and c._section and r._entry == c._entry then sc = sc + 5 end
    return sc
  end
  for i, se in ipairs(sents) do
    local ss, sse = se[1], se[2]
    ctx.entry = entry_of and entry_of[i]
    if ctx.entry and not ctx.entry.section and not ctx.entry.weapon then
      -- (the arms an entry names: "A car packed with explosives blows up
      -- ... Eleven people die" is a bombing)
      for _, h in ipairs(buckets[i]) do
        if h.entry.kind == "weapon" and type(h.entry.value) == "table"
          and W.WEAPON_TYPE[h.entry.value.name] then
          ctx.entry.weapon = h.entry.value.name
          break
        end
      end
    end
    if hot[i] then
      tokenize(ctx.low, ss, sse)
      local m = sentence_mentions(ctx, ss, sse, buckets[i], dbuckets[i], pbuckets[i])
      local frames = build_frames(m, ctx.low)
      told[i] = #frames > 0
      for _, st in ipairs(m.status) do
        -- (and a state's strike or raid: "special forces killed the leader
        -- in a raid" tells one)
        if st.status ~= "plot_foiled" and st.status ~= "hypothetical" then told[i] = true end
      end
      -- scope of each frame for status cues: up to its neighbours
      for fi, fr in ipairs(frames) do
        fr.scope_s = fi > 1 and frames[fi - 1].e + 1 or ss
        fr.scope_e = frames[fi + 1] and frames[fi + 1].s - 1 or sse
      end
      local touched = {}   -- frame index -> report
      for fi, fr in ipairs(frames) do
        local c, why = frame_report(ctx, fr, m, ss, i)
        if c and not c.perpetrator and brawl(ctx.low, ss, sse) then
          -- "one of its workers was stabbed after a scuffle broke out with a
          -- replacement worker": a fight between people at odds (a picket
          -- line, a bar) is no attack
          c, why = nil, "brawl"
        end
        if not c and why and (find(why, "^state") or find(why, "^raid")
          or find(why, "^counter")) then
          ctx.state_sent = i
          if find(why, "^state") and state_day_told(ctx, fr, dbuckets[i], i) then
            last_report = reports[#reports]
          end
        elseif c and c._definite and not c.place and not c.date_lo
          and ctx.state_sent and i - ctx.state_sent <= ANAPHORA_SENTENCES
          and (not last_report or last_report._sent < ctx.state_sent)
          and state_word(ctx.low, c) then
          -- "Air strikes killed nine militants. ... Three soldiers were
          -- wounded in the firefight.": a definite word of a fight or a raid
          -- after a state's action, with no event told since, is that action
          -- ("the rebels attacked", "the attack" are not: the state may have
          -- answered an attack)
          c, why = nil, "the state's action told before"
        end
        if ctx.trace then
          ctx.trace(("frame %d-%d %q: %s"):format(fr.s, fr.e, sub(text, fr.s, fr.e),
            c and ((c._creates and "creates" or c._refers and "refers" or "inert")
              .. (" place=%s date=%s country=%s perp=%s type=%s k=%s..%s status=%s"):format(
                tostring(c.place), tostring(c.date_lo), tostring(c.country),
                tostring(c.perpetrator),
                tostring(c.attack_type), tostring(c.killed_lo), tostring(c.killed_hi), c.status))
            or ("dropped: " .. tostring(why))))
        end
        if c and c._creates and #reports > 0 and linked_mention(ctx.low, c, ss) then
          -- "raided two flats in Y on Monday and held a woman, but would not
          -- say if she was linked to the bombing": the event word a link
          -- points at is an event told; the places and days around it are
          -- the inquiry's
          told_elsewhere(c)
        end
        if c and c._creates and #reports > 0 and #fr.triggers > 0 and #fr.figures == 0
          and not c.place and not c.perpetrator then
          -- "Today the gunmen got what they deserved", "On Tuesday the
          -- bombers were sentenced": the men of an event told, named by the
          -- definite article with no event word, toll or place of their
          -- own, are that event's; the day is of what befell them
          local known = true
          for _, t in ipairs(fr.triggers) do
            local det = words_before(ctx.low, t.s, 1, ss)[1]
            if not DEFINITE_ACTOR[lower(sub(text, t.s, t.e))]
              or not (det == "the" or det == "these" or det == "those") then
              known = false
            end
          end
          if known then
            forget_day(c)
            c._creates, c._definite = false, true
          end
        end
        if c and c._creates and #reports > 0 and #fr.triggers > 0 then
          -- "The attack came days after troops launched an offensive to retake
          -- Anbar province, and months after the government declared in
          -- January ...": what an event "came after" is another happening, its
          -- place and day not the event's; with no event word there, the
          -- event is one told (its own "after" clause with an event word,
          -- "came a week after a bomb killed 27 in Beirut", is left whole)
          local cut = came_after(ctx.low, fr.triggers[1].e, sse)
          local later = false
          for k = 2, #fr.triggers do
            if cut and fr.triggers[k].s > cut then later = true end
          end
          if cut and not later then
            local pe, de = c.evidence.place, c.evidence.date
            if pe and pe.start > cut then
              forget_place(c, true)
            end
            if de and de.start > cut then
              forget_day(c)
            end
            if not c.place and not c.date_lo then c._creates, c._definite = false, true end
          end
        end
        if c and c._creates and #reports > 0 and #fr.triggers > 0 then
          -- '"They shot the men first," said Amadou, a farmer who carried the
          -- wounded to the health centre in Sangha on Monday morning': the
          -- words on the speaker after a quote are no scene or day of the
          -- event quoted; with none left of its own, the event is one told
          local te = fr.triggers[#fr.triggers].e
          local pe, de, ce = c.evidence.place, c.evidence.date, c.evidence.country
          local strip = false
          if pe and speaker_tail(ctx.low, te, pe.start) then
            forget_place(c)
            strip = true
          end
          if ce and not c.place and speaker_tail(ctx.low, te, ce.start) then
            c.country, c.evidence.country, strip = nil, nil, true
          end
          if de and speaker_tail(ctx.low, te, de.start) then
            forget_day(c)
            strip = true
          end
          if strip and not c.place and not c.date_lo then
            c._creates, c._definite = false, true
          end
        end
        if c and c._creates and #reports > 0 and not c.place and c.attack_type == "unknown"
          and (find(c.rule or "", "^killed%.") or find(c.rule or "", "^wounded%."))
          and c.evidence.date and figures_day(ctx.low, c.evidence.date.start) then
          -- "The figures given on Monday morning, after the army declared the
          -- airport cleared, were 29 dead": a count told with the day it was
          -- given, and no event word, is an earlier count of an event told
          forget_day(c)
          c._creates, c._definite, c._toll = false, true, true
        end
        if c and c._creates and #reports > 0 and not c.perpetrator and c.evidence.trigger
          and mourning(ctx.low, ss, sse, c.evidence.trigger.start, c.evidence.trigger.stop) then
          -- "Mourners filled the streets of the village of Yanuh-Jat on
          -- Wednesday for the funeral of the officer who died of his wounds":
          -- a victim told at a funeral or a burial, with no actor of the
          -- sentence's own, died in an event told; the village and the day
          -- are the funeral's
          told_elsewhere(c)
        end
        if c and c.date_lo and c.evidence.date and #fr.triggers > 0
          and c.evidence.date.start > fr.triggers[#fr.triggers].e
          and said_after(ctx.low, ss, c.evidence.date.start) then
          -- "... when militants attacked an army camp at Tessit, the
          -- government said late on Wednesday": a day told right after the
          -- speaker's verb that closes the sentence is the statement's
          forget_day(c)
        end
        if c and c._creates and #reports > 0 and not c.place and not c._new
          and c.status == "attack" and c.evidence.date and #fr.triggers > 0
          and speaker_day(ctx.low, ss, c.evidence.date, fr.triggers[1].s) then
          -- "On Saturday, the ministry said investigators had concluded that
          -- it was a bomb": a day told before a speaker's verb, with the
          -- event word only in what was said, is the statement's; with no
          -- place of its own, once the article has told an event, the event
          -- said is one told (not a plot: "In May police said they had broken
          -- up a cell that planned an attack" dates the plot's end)
          forget_day(c)
          c._creates, c._definite = false, true
        end
        if c and c._creates and #reports > 0 and not c.place
          and c.attack_type == "unknown" and not c.perpetrator and not c._new
          and (find(c.rule or "", "^killed%.") or find(c.rule or "", "^wounded%."))
          and not ctx.entry then
          -- "The governor said that nine traders and a guard had been
          -- killed", "a nurse had told reporters that 40 were dead":
          -- a bare count told by a speaker, with no event word, place or day
          -- of its own, once the article has told an event, is another count
          -- of an event told (an update, an early figure), not a new one
          -- (not in a chronology's entry or a section: its own event's toll)
          local fev = c.evidence.killed or c.evidence.wounded
          local head = fev and sub(ctx.low, ss, fev.start - 1) or ""
          local sv = find(head, "%f[%a]said .*%f[%a]that ")
            or find(head, "%f[%a]told .*%f[%a]that ")
          local de = c.evidence.date
          -- (a day between the verb and "that" is the statement's: "had told
          -- reporters on Sunday night that")
          local said_day = de and sv and de.start > ss + sv and de.stop < fev.start
            and find(sub(ctx.low, de.stop + 1, fev.start - 1), "%f[%a]that ")
          if sv and (not c.date_lo or said_day) then
            forget_day(c)
            c._creates, c._definite, c._toll = false, true, true
          end
        end
        if c and c._creates and #reports > 0 and not c.place and not c.date_lo
          and not c.perpetrator and not c._new and not ctx.entry and c.evidence.killed
          and c.evidence.killed.rule == "killed.named" then
          -- "Finn Nørgaard, a film-maker who was attending the debate, was
          -- killed outside the building": one victim told by name, with no
          -- day, place or group of the sentence's own, once the article has
          -- told an event, is a victim of an event told
          c._creates, c._definite, c._toll = false, true, true
        end
        if c and (c.evidence.killed or c.evidence.wounded) then
          -- ("had told reporters that 30 were dead", "initially said": a
          -- figure given earlier than the story's latest does not replace it)
          local fev = c.evidence.killed or c.evidence.wounded
          local head = sub(ctx.low, ss, fev.start - 1)
          if (find(head, "%f[%a]said .*%f[%a]that ") or find(head, "%f[%a]told .*%f[%a]that "))
            and (find(head, "%f[%a]had told%f[%A]") or find(head, "%f[%a]had said%f[%A]")
              or find(head, "%f[%a]initially%f[%A]") or find(head, "%f[%a]earlier%f[%A]")) then
            c._frank = { killed = 0, wounded = 0 }
          end
        end
        -- (a toll alone creates a report with no place or day: "Gunmen burst
        -- into two bars ... and killed 16 people" after "The last time was on
        -- the night of 23 May 2021, in San Miguel del Ene")
        if c and (not c._creates or (c.killed_lo or c.killed_hi))
          and #reports == 0 and i > 1 and not told[i - 1]
          and ((c.attack_type and c.attack_type ~= "unknown") or c.perpetrator)
          and not c.place and not c.date_lo
          and lede_scene(ctx, c, i, told, sents, buckets, dbuckets) then
          -- "On Saturday the 24th of August, the people of Barsalogho were
          -- digging a trench. ... fighters arrived and opened fire": the
          -- sentence before, with no event of its own, set the scene of the
          -- article's first event
          c._creates, c._refers = true, true
        end
        if c and not c._creates and #reports > 0 and i > 1 and not told[i - 1]
          and c.attack_type ~= "unknown" and not c.place and not c.date_lo and not c._definite
          and same_paragraph(text, sents[i - 1][2], ss) then
          -- "The worst day came on 20 January 2012 in Kano. Gunmen and suicide
          -- bombers attacked police stations ...": a sentence with no event
          -- word telling a day and a town no report has sets the scene of a
          -- new event further on in an article too
          -- (not a scene of the police's: "Officers had tried to arrest him
          -- at a block of flats in Chemnitz on Saturday")
          local probe = { evidence = {} }
          local prev = sub(ctx.low, sents[i - 1][1], sents[i - 1][2])
          local police = find(prev, "%f[%a]arrest") or find(prev, "%f[%a]raid")
            or find(prev, "%f[%a]detain")
          if not police and scene(ctx, probe, buckets[i - 1], dbuckets[i - 1], true)
            and probe.place then
            local known = false
            for _, r in ipairs(reports) do
              if r.date_lo == probe.date_lo then known = true end
            end
            if not known then
              for _, k in ipairs { "date", "date_lo", "date_hi", "_prec", "place", "_place_rec",
                "lat", "lon" } do
                c[k] = probe[k]
              end
              c.evidence.date, c.evidence.place = probe.evidence.date, probe.evidence.place
              if probe.country then
                c.country, c._country_weak = probe.country, probe._country_weak
                c.evidence.country = probe.evidence.country
              end
              c._creates, c._refers, c._new, c._scene_new = true, true, true, true
            end
          end
        end
        if c and c._refers and not c.place and not c.date_lo and last_report
          and (c.killed_lo or c.killed_hi) and c.attack_type ~= "unknown"
          and i > 1 and not told[i - 1] and last_report.date_lo
          and same_paragraph(text, sents[i - 1][2], ss) then
          -- "In 1995, a man parked a truck full of explosive outside the
          -- federal building in Oklahoma City. The bomb killed 168 people.":
          -- a sentence with no event word telling a year and a place sets
          -- the scene of the toll after it, another event than the one told
          -- before when that one is of another year
          local d, pl
          for _, x in ipairs(dbuckets[i - 1] or {}) do
            local ed = not x.relative and find(sub(text, x.start, x.stop), "%d%d%d%d")
              and event_date(x, ctx.dct)
            ed = ed and first_day(x, ed)
            if ed and ed.precision ~= "range" then d = ed; break end
          end
          for _, h in ipairs(buckets[i - 1] or {}) do
            if event_place_hit(ctx, h) then pl = pl or h end
          end
          if d and pl and sub(last_report.date_lo, 1, 4) ~= sub(d.lo, 1, 4) then
            date_report(c, d)
            place_report(c, pl.entry.value, pl.start, pl.stop, "extract.scene", pl.start, pl.stop)
            c._creates, c._new = true, true
          end
        end
        if c and c._creates and i > 1 and not hot[i - 1]
          and (not c.place or (c._place_rec and WIDE[c._place_rec.kind]))
          and sents[i - 1][2] - sents[i - 1][1] < 40 then
          -- "January, Istanbul. On January 12 a suicide bomber blew himself
          -- up ...": a short heading line of a place before the paragraph
          -- places its event (more finely than a region the paragraph
          -- names: "in Dagestan's oldest city")
          local wide = c.place and c._place_rec
          heading_place(ctx, c, buckets[i - 1], sents[i - 1], wide)
          -- ("- Tikrit, May 2016. Late on 3 May, ...": a day told with no
          -- year is in the heading's month and year)
          local de = c.evidence.date
          local hm, hy = match(sub(text, sents[i - 1][1], sents[i - 1][2]),
            ", (%u%l+) (%d%d%d%d)%.?%s*$")
          local mn = hm and MONTH_N[lower(sub(hm, 1, 3))]
          if mn and de and c._prec == "day" and c.date_lo
            and not find(sub(text, de.start, de.stop), "%d%d%d%d")
            and tonumber(sub(c.date_lo, 6, 7)) == mn and sub(c.date_lo, 1, 4) ~= hy then
            local d = hy .. sub(c.date_lo, 5)
            c.date, c.date_lo, c.date_hi = d, d, d
          end
        end
        if c and c._creates and i > 1 and not told[i - 1]
          and (not c.place or (c._place_rec and c._place_rec.kind == "site")) then
          -- "Compare that with Paris in April. When a man opened fire on a
          -- police van ...", "It looks a lot like Hamburg. At the end of July
          -- a man stabbed ...": a short sentence that closes on a town named
          -- as what the talk turns to places the event told next; so does
          -- the question the answer's turn opens after ("Q: What happened in
          -- Stockholm?\n\nA: On Friday a man drove a lorry into ...")
          local between = sub(text, sents[i - 1][2] + 1, sents[i][1] - 1)
          local asked = find(sub(text, sents[i - 1][2], sents[i - 1][2]), "?", 1, true)
            and find(between, "\n", 1, true)
            and (find(between, "^%s*\n%s*[%[%]%d:%s]*[%u%a%.%s%(%)']-:%s*$")
              or find(text, "^[%[%]%d:%s]*%u[%u%a%.%s%(%)']-:%s", sents[i][1]))
          if same_paragraph(text, sents[i - 1][2], ss) or asked then
            pointer_place(ctx, c, buckets[i - 1], sents[i - 1], asked)
          end
        end
        if c and c._creates and not c.place and c.evidence.trigger then
          -- "since the London transport bombings of 7 July 2005, when four
          -- suicide bombers killed 52 people": an event told in a "when"
          -- clause is the one the words before it name, at their place
          take_place(c, when_place(ctx, c, ss, buckets[i]), "extract.when_place")
        end
        if c and c._creates and not c.place and i > 1 then
          -- "For Sydney it is the glass front of the Lindt Chocolat Cafe in
          -- Martin Place. On the morning of 15 December 2014, a self-styled
          -- sheikh ... walked into the cafe": the site named again with
          -- "the" is the one told before, at its town
          -- (a site no list knows has no country to disagree with)
          take_place(c, site_place(ctx, i, ss, sse, sents, buckets, told), "extract.site_place",
            true)
        end
        if c and c._creates and not c.place and i > 1
          and (c.date_lo or c.killed_lo or c.killed_hi) then
          -- "Manbij has been the scene of bloodshed before. In January 2019
          -- a suicide bomber blew himself up at a restaurant": the town a
          -- sentence announces a series of attacks in is the place of the
          -- events told after it
          take_place(c, series_place(ctx, i, sents, buckets, reports, last_report),
            "extract.series")
        end
        if c and c._creates and not c.date_lo and c.place and last_report
          and i - last_report._sent <= 2 and lone_attacker_goes_on(ctx.low, c, ss) then
          -- "As he fled by car he shot and wounded a man in the village of
          -- Wiedersdorf": the lone attacker just told goes on; the places of
          -- his path are the event's, not new events
          c.place, c._place_rec, c.lat, c.lon, c.evidence.place = nil, nil, nil, nil, nil
          c._definite, c._creates = true, false
        end
        if c and c._creates and c._prec == "day" and c.evidence.date and c.evidence.trigger then
          -- "Wreaths will be laid on the day of the 3 June attack": an event
          -- named by a day with no year is the event of that day told before,
          -- whatever year the day alone would take
          local de, tev = c.evidence.date, c.evidence.trigger
          if de.stop < tev.start and tev.start - de.stop <= 3
            and not find(sub(text, de.start, de.stop), "%d%d%d%d")
            and (find(sub(ctx.low, de.start > 4 and de.start - 4 or 1, de.start - 1), "the $")
              or find(sub(ctx.low, de.start, de.stop), "^the ")) then
            for k = #reports, 1, -1 do
              local r = reports[k]
              if r.date_lo and r._prec == "day" and sub(r.date_lo, 6) == sub(c.date_lo, 6)
                and r.status == c.status then
                c._named_ref = r
                forget_day(c)
                break
              end
            end
          end
        end
        if c and c._creates and c.place and not c.date_lo and c.evidence.place
          and c.evidence.trigger and c.evidence.place.stop < c.evidence.trigger.start
          and c.evidence.trigger.start - c.evidence.place.stop <= 2
          and find(sub(ctx.low, c.evidence.place.start > 4 and c.evidence.place.start - 4 or 1,
            c.evidence.place.start - 1), "the $") then
          -- "neither the Leeds attack nor the Bristol bomb was claimed": an
          -- event named by its town, which no report has, is the one event
          -- told with no place yet ("a van was driven at the station doors")
          local known, cand, n = false, nil, 0
          for _, r in ipairs(reports) do
            if r.place and places.same_place(r._place_rec, c._place_rec) then known = true end
            if not r.place and r.status == c.status and (not r.country or r.country == c.country)
              and (r.attack_type == c.attack_type or c.attack_type == "unknown"
                or r.attack_type == "unknown") then
              cand, n = r, n + 1
            end
          end
          if not known and n == 1 then c._named_ref = cand end
        end
        if c and c._refers then
          local best, bs = nil, nil
          for _, r in ipairs(reports) do
            -- "another", "a separate", "Earlier this month, ...": not the event
            -- just told
            -- (a headline before the lead is no event told: the lead's "A
            -- rocket slammed into ..." may tell it again)
            local sc = not (c._new and r == last_report and not r._headline)
              and same_here(r, c)
            if sc and (not bs or sc >= bs) then best, bs = r, sc end
          end
          -- "Jundallah said it carried out that bombing": a demonstrative
          -- points at the event told last, not at an older one of its kind
          if best and best ~= last_report and c._definite and not c.place and not c.date_lo
            and i - last_report._sent <= ANAPHORA_SENTENCES then
            local tev = c.evidence.trigger
            local w1 = tev and words_before(ctx.low, tev.start, 1, ss)[1]
            if (w1 == "that" or w1 == "this") and same_here(last_report, c, true) then
              best = last_report
            end
          end
          -- ("A teenage boy was killed and scores were wounded" right after
          -- the bombing told: that bombing's toll, not an older event's with
          -- the same figure)
          -- (or a figure with an event word and no place or day of its own:
          -- "31 people were killed, making it the deadliest attack")
          if (c._toll or (not c.place and not c.date_lo and c.killed_lo))
            and best and last_report and best ~= last_report
            and i - last_report._sent <= 1 and not last_report.killed_lo
            and same_here(last_report, c, true) then
            best = last_report
          end
          -- "... four men with rifles and grenades attacked the Pakistan Stock
          -- Exchange in Karachi. They killed three security guards ...": a
          -- sentence that opens with a pronoun, with no place or day of its
          -- own, goes on with the event just told
          if last_report and best ~= last_report and not c.place and not c.date_lo
            and not c._new and i - last_report._sent == 1
            and (find(ctx.low, "^%s*they ", ss) or find(ctx.low, "^%s*he ", ss)
              or find(ctx.low, "^%s*she ", ss))
            and same_here(last_report, c, true) then
            best = last_report
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
              if not r or not same_here(r, c, true) then return false end
              if not said or not r.date_hi then return true end
              local d = said - iso_days(r.date_hi)
              return d >= -1 and d <= 60
            end
            -- (two sentences on in its paragraph too: "... blew himself up
            -- inside the mosque in al-Qadeeh. Around 150 worshippers were
            -- inside. The ministry first said 19 ...; by Saturday the health
            -- authorities had raised the toll to 21")
            local near = i - last_report._sent <= 1 or (i - last_report._sent == 2
              and same_paragraph(text, sents[last_report._sent][2], ss))
            if near and fits(last_report) then best = last_report
            elseif fits(reports[1]) then best = reports[1] end
            if not best then
              -- "In March 2019, 21 soldiers were killed there": no statement
              -- about an event told, its date is its own
              c.date, c.date_lo, c.date_hi, c._prec, c.evidence.date =
                saved[1], saved[2], saved[3], saved[4], saved[5]
              -- "Five days later, a farmer was killed in the same way on a
              -- road in Rangpur": a death of its own day and town, likened
              -- to the event told last, is a new event of that kind
              local seg = sub(ctx.low, ss, sse)
              if c._prec == "day" and c.place and not c._place_anaphor
                and (find(seg, "%f[%a]in the same way%f[%A]")
                  or find(seg, "%f[%a]in a similar %a+")) then
                c._creates = true
                if c.attack_type == "unknown" then c.attack_type = last_report.attack_type end
              end
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
            if same_here(last_report, c, true) then best = last_report end
          end
          if not best and #reports == 1 and not c._new and not c.date_lo
            and not reports[1]._headline and is_live(ctx)
            and same_here(reports[1], c, true) then
            -- a live page told newest first: its last entry ("An explosion has
            -- hit a school in Kabul") tells the event its first entries went on
            -- with; with no day of its own it is that one event
            best = reports[1]
          end
          if c._sting and c._definite and last_report and last_report.attack_type == "bombing"
            and (not best or best == last_report) and last_report.status == "attack"
            and i - last_report._sent <= ANAPHORA_SENTENCES then
            -- "The bomb was a fake": the bombing just told was a sting's
            last_report.status, last_report.evidence.status = "plot_foiled", c._sting
            best, c.status = last_report, "plot_foiled"
          end
          if not best and c._creates and not c._new and not c.date_lo
            and not (c.killed_lo or c.killed_hi) and last_report
            and i - last_report._sent == 1 and last_report.status == c.status
            and c.country and c.country == last_report.country
            and c.target_type and c.target_type == last_report.target_type
            and c._place_rec and last_report._place_rec
            and (WIDE[c._place_rec.kind] or WIDE[last_report._place_rec.kind]) then
            -- "Rebels killed 18 soldiers on Mindanao island. Officials said
            -- about 70 soldiers on patrol were attacked by guerrillas around
            -- two provinces.": the sentence right after, with no day or toll
            -- of its own, the same victims and a region on either side, tells
            -- the event just told more fully
            best = last_report
          end
          if c._named_ref then best = c._named_ref end
          -- (a scene no report has is a new event's, whatever it refines)
          if c._scene_new then best = nil end
          if not best and c._entry and not c._new and not c._section then
            -- "10 July 1997 - Ermua. A councillor is kidnapped ... he is shot
            -- near Lasarte": a chronology's entry tells one event; the first
            -- word of it in an entry with none yet tells it ("The plot is
            -- foiled before any shot is fired.")
            local own = false
            for k = #reports, 1, -1 do
              local r = reports[k]
              if r._entry == c._entry then
                own = true
                if r.status == c.status then best = r end
                break
              end
            end
            if not own then c._creates = true end
          end
          if not best and c._creates and c._plural and c._prec == "day" and not c._numeric then
            -- "Friday's attacks followed a string of bombings": events of a
            -- day that two reports told are those told, no new one
            local same_day = 0
            for _, r in ipairs(reports) do
              if r.date_lo == c.date_lo and r._prec == "day" then same_day = same_day + 1 end
            end
            if same_day >= 2 then c._creates = false end
          end
          if best then
            best._headline = nil    -- told now: its lead is no longer to come
            merge_into(best, c)
            touched[fi] = best
            last_report = best
          elseif c._creates then
            -- a headline: a whole line near the top with no full stop
            -- (or any such line above the wire's dateline, below the
            -- navigation lines of a regional site)
            if (i <= 4 or (ctx.dateline_s and sse < ctx.dateline_s))
              and (ss == 1 or byte(text, ss - 1) == 10)
              and (sse == #text or byte(text, sse + 1) == 10)
              and not find(sub(text, sse, sse), "[%.!?:]") then
              c._headline, c._headline_place = true, true
            end
            reports[#reports + 1] = c
            if #reports == 1 and ctx.pending_claims then
              -- "Al-Shabaab has claimed the assault on the hotel ... Gunmen
              -- stormed the hotel on Sunday night": a lede's claim, told
              -- before the event it is about
              for _, p in ipairs(ctx.pending_claims) do
                -- (not a lede of another year's event: "Nobody has ever
                -- claimed the murder of the journalist in 2017.")
                local year = sub(c.date_lo or dct or "", 1, 4)
                local other = false
                for y in gmatch(sub(text, p.ss, p.se), "%f[%d](%d%d%d%d)%f[%D]") do
                  if y ~= year and y >= "1900" and y <= "2099" then other = true end
                end
                if i - p.i <= LEDE_CLAIM_SENTENCES and not other then
                  apply_claim(ctx, c, p.cl, p.m, p.ss)
                end
              end
              ctx.pending_claims = nil
            end
            touched[fi] = c
            last_report = c
            if #reports == 1 then
              -- (not an event of months before told past the lead: "DETROIT
              -- - ... in a reference to the assassination in November of X")
              local old = i > 3 and c.date_hi and dct and #dct == 10
                and (iso_days(dct) or 0) - (iso_days(c.date_hi) or 0) > 60
              if not old then dateline_place(ctx, c) end
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
        if not target and last_report and i - last_report._sent <= ANAPHORA_SENTENCES
          and not (ctx.entry and last_report._entry ~= ctx.entry.id) then
          target = last_report
          -- "UPDATE, 7pm: ... has claimed the killing of the miners": a claim
          -- filed in an update below the page's background is about the story
          -- the page leads with, not the last event of the background
          local te = last_report.evidence.trigger
          local up = te and reports[1] ~= last_report and not reports[1]._entry
            and find(text, "\n%s*UPDATE%f[%A]", te.stop)
          if up and up < cl.start then target = reports[1] end
        elseif not target and reports[1] and no_new_event(m, ctx.low, ss) then
          -- "No group claimed responsibility." a paragraph away from any
          -- event: about the article's main event (in a section, about the
          -- section's: "No group claimed the Dokki bomb.")
          target = reports[1]
          if ctx.entry and ctx.entry.section then
            for k = #reports, 1, -1 do
              if reports[k]._entry == ctx.entry.id then target = reports[k]; break end
            end
          end
        end
        if ctx.trace then
          ctx.trace(("claim %d-%d %s %q -> %s"):format(cl.start, cl.stop, cl.rule, cl.text or "",
            target and (tostring(target.place) .. " " .. tostring(target.date_lo)) or "none"))
        end
        -- "none was claimed", "None of the attacks has been claimed": a
        -- no-claim over every event the page tells, kept for the end
        if cl.kind == "no_claim" and find(lower(cl.text or ""), "^none%f[%A]") then
          ctx.none_claimed = { cl = cl, m = m, ss = ss }
        end
        if not target and #reports == 0 and (cl.kind == "claim" or cl.kind == "no_claim") then
          ctx.pending_claims = ctx.pending_claims or {}
          local pc = ctx.pending_claims
          pc[#pc + 1] = { cl = cl, m = m, ss = ss, se = sse, i = i }
        end
        if target and (cl.kind == "claim" or cl.kind == "no_claim") then
          -- "No group has claimed the shooting" after a shooting and then a
          -- bombing: the event its noun names, the last of that kind told
          local noun = match(sub(ctx.low, cl.stop + 1, cl.stop + 40), "^ the (%a+)")
            or match(lower(cl.text or ""), " the (%a+)$")
          local want = noun and W.NOUN_TYPE[noun]
          if want and target.attack_type ~= want then
            for k = #reports, 1, -1 do
              local o = reports[k]
              if i - (o._sent or 0) > ANAPHORA_SENTENCES + 3 then break end
              if o.attack_type == want then target = o; break end
            end
          end
        end
        if target then
          apply_claim(ctx, target, cl, m, ss)
          -- "Islamic State claimed the bombings": a plural claim over a wave
          -- the page tells as a whole and site by site goes to each report of
          -- it (same place, days that agree)
          local plural = false
          if cl.kind == "claim" and target._place_rec then
            for wd in gmatch(lower(cl.text or ""), "%a+") do
              if CLAIM_PLURAL[wd] then plural = true; break end
            end
          end
          if plural then
            for _, o in ipairs(reports) do
              if o ~= target and o.claimed == nil and o._place_rec
                and places.same_place(o._place_rec, target._place_rec)
                and (not o.date_lo or not target.date_lo
                  or (o.date_lo <= target.date_hi and target.date_lo <= o.date_hi))
                and i - (o._sent or 0) <= ANAPHORA_SENTENCES + 3 then
                apply_claim(ctx, o, cl, m, ss)
              end
            end
          end
          -- "Islamic State claimed both.", "Nobody claimed either attack.": the
          -- two events told last
          -- ("suspected a faction of X, which ..., of both attacks": past the actor)
          local last = cl.stop
          if cl.rule == "suspect.of_attack" then
            last = (find(ctx.low, "[.;]", cl.stop) or sse) - 14
          end
          local tail = sub(ctx.low, cl.start, last + 14 < sse and last + 14 or sse)
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
          -- "Has any group said it did it? No. Nobody has claimed
          -- responsibility.": a bare no-claim about the page's lead is about
          -- each event of the story the page tells (its days, up to three days
          -- before the page), not one told in the background
          local bare_rest = sub(ctx.low, cl.stop + 1, sse)
          if cl.kind == "no_claim" and dct and #dct == 10
            and not find(lower(cl.text or ""), "%f[%a]nor%f[%A]")
            and (find(bare_rest, "^%s*responsibility%s*[%.;]?%s*$")
              or find(bare_rest, "^%s*[%.;]?%s*$")
              or find(bare_rest, "^%s*responsibility for the attacks%s*[%.;]?%s*$")) then
            local dd = iso_days(dct)
            for _, o in ipairs(reports) do
              local od = o ~= target and o.claimed == nil and o.date_lo and o._prec == "day"
                and iso_days(o.date_lo)
              if od and dd - od >= 0 and dd - od <= 3 then apply_claim(ctx, o, cl, m, ss) end
            end
          elseif cl.kind == "no_claim" and dct and #dct == 10
            and find(bare_rest, "^%s*the %a+%s*[,.;]") and target.attack_type then
            -- "No group has claimed the shooting, and ...": the story's one
            -- event, which the page may tell as two reports of its days
            local noun = match(bare_rest, "^%s*the (%a+)")
            local dd = iso_days(dct)
            for _, o in ipairs(reports) do
              local od = o ~= target and o.claimed == nil and o.date_lo and o._prec == "day"
                and o.attack_type == target.attack_type and iso_days(o.date_lo)
              if od and dd - od >= 0 and dd - od <= 3 and W.STORY_EVENT_NOUN[noun] then
                apply_claim(ctx, o, cl, m, ss)
              end
            end
          end
          -- "Nobody has claimed either the Mombasa bombing or the Garissa
          -- attack": each event the claim's clause names
          local clause_end = find(ctx.low, "[;.]", cl.stop) or sse
          if clause_end > sse then clause_end = sse end
          local rest = sub(ctx.low, cl.stop + 1, clause_end)
          if find(rest, "%f[%a]either%f[%A]") or find(rest, "%f[%a]both%f[%A]")
            or find(rest, "%f[%a]neither%f[%A]") or find(rest, "%f[%a]nor%f[%A]") then
            local done = { [target] = true }
            for fi, fr in ipairs(frames) do
              local o = touched[fi]
              if o and not done[o] and fr.s > cl.stop and fr.s <= clause_end then
                done[o] = true
                apply_claim(ctx, o, cl, m, ss)
              end
            end
            -- (an event named by its place, "the Garissa attack": once the
            -- reports have their places)
            ctx.named_claims = ctx.named_claims or {}
            local nc = ctx.named_claims
            nc[#nc + 1] = { cl = cl, m = m, ss = ss, rest = rest, done = done }
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
  -- "Five years on, the bell at the school in Suzano still rings at the hour
  -- it did on the morning of March 13, 2019": an anniversary piece's opening
  -- day, years before the page, and the place of its sentence are those of
  -- the event the page tells first, when that event got neither
  if lead and not lead.date_lo and dct and #dct == 10 then
    local head = lower(sub(text, 1, 700))
    if find(head, "%f[%a]years on%f[%A]") or find(head, "%f[%a]years ago%f[%A]")
      or find(head, "%f[%a]anniversary%f[%A]") then
      local tev = lead.evidence.trigger
      local upto = tev and tev.start < 1200 and tev.start or 1200
      for _, x in ipairs(dates.scan(text, 1, upto, { dct = dct })) do
        if x.precision == "day" and x.lo and find(sub(text, x.start, x.stop), "%d%d%d%d")
          and (iso_days(dct) or 0) - (iso_days(x.lo) or 0) > 300 then
          lead.date, lead.date_lo, lead.date_hi, lead._prec = x.lo, x.lo, x.hi, "day"
          lead.evidence.date = ev(x.start, x.stop, "extract.anniversary_day")
          if not lead.place then
            local ps = x.start
            while ps > 1 and not find(sub(text, ps - 1, ps - 1), "[%.\n]") do ps = ps - 1 end
            for _, h in ipairs(hits) do
              if h.start >= ps and h.stop < x.start and event_place_hit(ctx, h)
                and (h.entry.value.kind == "city" or h.entry.value.kind == "town") then
                place_report(lead, h.entry.value, h.start, h.stop, "extract.anniversary_place",
                  h.start, h.stop)
                break
              end
            end
          end
          break
        end
      end
    end
  end
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
    -- "22 April, 15:40 IST": entries stamped with their day; the entry that
    -- tells the lead event gives its day (in the page's year)
    for a, dd, mon in gmatch(text, "\n%s*()(%d%d?) (%u%l+),? %d%d?[:.]%d%d") do
      local mn = MONTH_N[lower(sub(mon, 1, 3))]
      if mn and tonumber(dd) <= 31 then
        stamps = stamps + 1
        if not first or a < first then first = a end
        if tev and a < tev.start then
          day = ("%s-%02d-%02d"):format(sub(dct, 1, 4), mn, tonumber(dd))
        end
      end
    end
    if stamps >= 3 and first and tev and first < tev.start then
      lead.date, lead.date_lo, lead.date_hi, lead._prec = day, day, day, "day"
      lead.evidence.date = ev(first, first + 4, "extract.live_page")
    end
  end
  -- A round-up in sections under a lead that counts its events ("Four bombs
  -- exploded in Cairo and Giza on Friday, killing six people"): the lead is
  -- the sum of the sections' events, which are of its day when they tell none
  local top = reports[1]
  if top and not top._entry and top._counted and top.date_lo then
    local own = {}
    for _, r in ipairs(reports) do
      if r._section and (not r.date_lo or r.date_lo == top.date_lo) then own[#own + 1] = r end
    end
    if #own >= 2 then
      for _, r in ipairs(own) do
        if not r.date_lo then
          r.date, r.date_lo, r.date_hi, r._prec = top.date, top.date_lo, top.date_hi, top._prec
          r.evidence.date = top.evidence.date
        end
      end
      remove(reports, 1)
    end
  end
  -- "Of the seven attacks, none was claimed by a group": each event the page
  -- tells that no claim names is unclaimed
  local unclaimed = ctx.none_claimed
  for _, r in ipairs(unclaimed and reports or {}) do
    if r.claimed == nil then apply_claim(ctx, r, unclaimed.cl, unclaimed.m, unclaimed.ss) end
  end
  -- "Timeline: half a century of ETA violence": a chronology whose title
  -- names one group lists that group's attacks; an entry that names no one
  -- else is the group's (attributed, not claimed)
  local title = entry_of and art.title
  local ts = title and #title > 3 and find(text, title, 1, true)
  if ts then
    local group
    for _, h in ipairs(pack:match(text, ts, ts + #title - 1)) do
      if h.entry.kind == "group" and type(h.entry.value) == "table" then
        if group and group.entry.value.name ~= h.entry.value.name then group = false; break end
        group = group or h
      end
    end
    for _, r in ipairs(group and reports or {}) do
      if r._entry and not r.perpetrator then
        r.perpetrator = group.entry.value.name
        r.evidence.perpetrator = ev(group.start, group.stop, "extract.perp.chronology")
      end
    end
  end
  for _, r in ipairs(reports) do
    local en = r._entry_rec
    if en and en.weapon and r.attack_type == "unknown" and W.WEAPON_TYPE[en.weapon] then
      r.attack_type = W.WEAPON_TYPE[en.weapon]
    end
  end
  -- An encyclopedia page's infobox ("Deaths: 22 (excluding the bomber)",
  -- "Perpetrators: Jama'at al-Tawhid wal-Jihad (claimed)") describes the
  -- page's main event, the one it tells first: what the body left unsaid of
  -- that event is read there, and never given to a background event
  local box, box_s, box_e
  if reports[1] then box, box_s, box_e = find_box(text) end
  if box then
    -- (a figure read across the box's lines, "Deaths: 41 (excluding the
    -- bomber)\nInjured: over 100", is none)
    for _, r in ipairs(reports) do
      for _, k in ipairs { "killed", "wounded" } do
        local e = r.evidence[k]
        if e and e.start >= box_s and e.start <= box_e
          and find(sub(text, e.start, e.stop), "\n", 1, true) then
          r[k .. "_lo"], r[k .. "_hi"], r.evidence[k] = nil, nil, nil
        end
      end
    end
    -- (a report the box's lines made, before the body tells the event, is
    -- the body's first event: what it holds goes there)
    local r1, r2 = reports[1], reports[2]
    local tev = r1 and (r1.evidence.trigger or r1.evidence.attack_type)
    if r2 and tev and tev.start >= box_s and tev.stop <= box_e and not r1.date_lo
      and not r1.place then
      for _, k in ipairs { "perpetrator", "claimed", "killed", "wounded" } do
        local lo = k == "killed" or k == "wounded"
        if lo and r2[k .. "_lo"] == nil and r2[k .. "_hi"] == nil
          and (r1[k .. "_lo"] or r1[k .. "_hi"]) then
          r2[k .. "_lo"], r2[k .. "_hi"], r2.evidence[k] = r1[k .. "_lo"], r1[k .. "_hi"],
            r1.evidence[k]
        elseif not lo and r2[k] == nil and r1[k] ~= nil then
          r2[k], r2.evidence[k] = r1[k], r1.evidence[k]
        end
      end
      remove(reports, 1)
    end
    if reports[1] then infobox(ctx, hits, reports[1], box) end
  end
  -- "Believed responsible: Boko Haram.", "Perpetrator: Islamic State West
  -- Africa Province (claimed).": a report's label line names the actor of
  -- the event its paragraph told
  if reports[1] then
    for _, lab in ipairs(ACTOR_LABELS) do
      local init = 1
      while true do
        local a, b = find(ctx.low, lab, init, true)
        if not a then break end
        init = b + 1
        local ve = (find(text, "[%.\n]", b + 1) or #text + 1) - 1
        local g
        for _, h in ipairs(hits) do
          if h.start > b and h.stop <= ve and h.entry.kind == "group"
            and type(h.entry.value) == "table" then
            g = h; break
          end
        end
        local owner
        for _, r in ipairs(reports) do
          local tev = r.evidence.trigger or r.evidence.attack_type
          if tev and tev.start < a and same_paragraph(text, tev.start, a) then owner = r end
        end
        if g and owner and not owner.perpetrator then
          owner.perpetrator = g.entry.value.name
          owner.evidence.perpetrator = { start = g.start, stop = g.stop, rule = "extract.label" }
          local tail = lower(sub(text, g.stop + 1, ve))
          if owner.claimed == nil and (find(tail, "^%s*%(claimed") or lab == "claimed by:") then
            owner.claimed = true
            owner.evidence.claimed = { start = a, stop = ve, rule = "extract.label" }
          end
        end
      end
    end
  end
  -- "Official figures put the death toll at 334 hostages" under a heading
  -- far from the siege's paragraph: a toll told again, with no day, place or
  -- actor of its own, is that of the event of the same kind told with the
  -- same figure before, not a new one
  do
    local kept = {}
    for _, r in ipairs(reports) do
      local dup = false
      local n = r.killed_lo or r.killed_hi
      if n and n >= 3 and not r.place and not r.date_lo and not r.perpetrator
        and not r._entry and r.status == "attack" then
        for _, o in ipairs(kept) do
          if (o.killed_lo == n or o.killed_hi == n)
            and (o.attack_type == r.attack_type or r.attack_type == "unknown") then
            dup = true
            if not o.wounded_lo and not o.wounded_hi and (r.wounded_lo or r.wounded_hi) then
              o.wounded_lo, o.wounded_hi = r.wounded_lo, r.wounded_hi
              o.evidence.wounded = r.evidence.wounded
            end
            break
          end
        end
      end
      if not dup then kept[#kept + 1] = r end
    end
    reports = kept
  end
  -- The page's event told again with no date of its own ("Jundallah says it
  -- sent the bomber" under the headline, "Q: Who carried out the attack?", a
  -- related box's headline, a recap): not a second event but the dated
  -- report it agrees with, the first told (the page's own event)
  do
    local kept = {}
    for _, c in ipairs(reports) do
      local into
      if (not c.date_lo or c._prec == "month") and not c._new then
        for _, r in ipairs(reports) do
          -- (in a page of sections, only with the same town and toll: "Picture
          -- caption: police guard the bridge in Dar es Salaam after a gunman
          -- killed four people" under its own heading)
          if r ~= c and told_again(r, c, dct) and (not c._entry or (c.place and r.place
            and (c.killed_lo or c.killed_hi) and c.killed_lo == r.killed_lo
            and c.killed_hi == r.killed_hi and places.same_place(r._place_rec, c._place_rec))) then
            into = r; break
          end
        end
      end
      if into then
        merge_keeping_day(into, c, true)
      else
        kept[#kept + 1] = c
      end
    end
    reports = kept
  end
  -- The page's headline ("Six hurt in knife attack at Auckland
  -- supermarket") told again by the lede below it, which may give no day
  -- either or place it more finely ("in the suburb of New Lynn"): not a
  -- second event but the first report after it that agrees, whose day,
  -- place and figures stay
  if art.title and #reports > 1 then
    local kept, gone, title_words = {}, {}, {}
    for w in gmatch(lower(art.title), "%w+") do
      if #w >= 3 then title_words[w] = true end
    end
    for k, c in ipairs(reports) do
      if not gone[c] and not c._entry_rec and on_headline(text, title_words, c) then
        for j = k + 1, #reports do
          local r = reports[j]
          if not gone[r] and headline_of(r, c, dct) then
            -- (the headline's day, if any, is the page's: "overnight" under
            -- a wire's dateline dates the filing)
            c._frank = { killed = 0, wounded = 0 }
            forget_day(c)
            merge_keeping_day(r, c, true)
            gone[c] = true
            break
          end
        end
      end
      if not gone[c] then kept[#kept + 1] = c end
    end
    reports = kept
  end
  -- A live page's entries tell its lead event as it unfolds: an entry at the
  -- lead's place (or at none), of its day or the next or of no day, with a
  -- kind (any, with no place or day of its own: a stage of the lead) and an
  -- actor that agree, is the lead told again, whatever count it
  -- gives ("20:55 Paramedics now say six people have died" before "08:30
  -- Updated toll: seven"; "23:15 Tuesday: we pause our coverage of the Jaffa
  -- shooting for tonight"; "What we know so far: the attacker first shot
  -- dead two people at a house")
  if #reports > 1 and is_live(ctx) then
    local lead1 = reports[1]
    local kept = { lead1 }
    for k = 2, #reports do
      local c = reports[k]
      local days_off = c.date_lo and lead1.date_lo and c._prec == "day"
        and (iso_days(c.date_lo) or 0) - (iso_days(lead1.date_lo) or 0)
      local near = not c.date_lo or (days_off and days_off >= -1 and days_off <= 1)
      if near and not c._entry and c.status == lead1.status
        and (not c.country or not lead1.country or c.country == lead1.country)
        and (c.attack_type == lead1.attack_type or c.attack_type == "unknown"
          or lead1.attack_type == "unknown" or c._definite or not (c.place or c.date_lo))
        and not (c.perpetrator and lead1.perpetrator and c.perpetrator ~= lead1.perpetrator)
        and (c.place or not c.date_lo) and scene_agrees(lead1, c) then
        if lead1.date_lo then merge_keeping_day(lead1, c) else merge_into(lead1, c) end
      else
        kept[#kept + 1] = c
      end
    end
    reports = kept
  end
  -- "the November 2003 bombings, which killed 57 people ... [later] a truck
  -- bomb killed 27 at the synagogue ... five days later 30 died at the
  -- bank": a wave told whole in the plural, whose toll is the sum of the
  -- events the page then tells one by one, is their sum, no event of its own
  do
    local kept = {}
    local function plural_word(r)
      local tev = r.evidence.trigger
      return tev and W.PLURAL_EVENT[lower(sub(text, tev.start, tev.stop))] or false
    end
    for _, r in ipairs(reports) do
      local n = plural_word(r) and r.killed_lo and r.killed_lo == r.killed_hi and r.killed_lo
      local sum, parts = 0, {}
      if n and n > 0 and r.date_lo then
        for _, o in ipairs(reports) do
          if o ~= r and not plural_word(o) and o.killed_lo and o.killed_lo == o.killed_hi
            and (not o.country or o.country == r.country)
            and (not o.date_lo or overlaps(r.date_lo, r.date_hi, o.date_lo, o.date_hi)) then
            sum, parts[#parts + 1] = sum + o.killed_lo, o
          end
        end
      end
      if #parts >= 2 and sum == n then
        for _, o in ipairs(parts) do
          if r.perpetrator and not o.perpetrator then
            o.perpetrator, o.evidence.perpetrator, o._perp_rank =
              r.perpetrator, r.evidence.perpetrator, r._perp_rank
          end
          if r.claimed ~= nil and o.claimed == nil then
            o.claimed, o.evidence.claimed = r.claimed, r.evidence.claimed
          end
        end
      else
        kept[#kept + 1] = r
      end
    end
    reports = kept
  end
  -- "Security forces on Friday foiled a plot against the Grand Mosque ... A
  -- suspect cornered in a house nearby opened fire and then blew himself
  -- up": an attack of the foiled plot's day, with no place of its own, told
  -- right after the plot, is the plot's end, not an attack of its own
  do
    local kept = {}
    for _, c in ipairs(reports) do
      local r = kept[#kept]
      if r and r.status == "plot_foiled" and c.status == "attack" and not c.place
        and r._prec == "day" and c._prec == "day" and c.date_lo == r.date_lo
        and (not c.country or c.country == r.country) and not c.perpetrator then
        merge_into(r, c)
      else
        kept[#kept + 1] = c
      end
    end
    reports = kept
  end
  -- "the 1996 market bombing, when a man with a bag of explosives killed 14
  -- shoppers": an event the page tells
  -- with no place or country of its own is in the country the page names
  -- most (weakly), when another event of the page is told there or it is
  -- named more than once ("as U.S. diplomats met" in a backdrop places nothing)
  local told_in = {}
  for _, r in ipairs(reports) do
    if r.country and not r._country_weak then told_in[r.country] = true end
  end
  for _, r in ipairs(reports) do
    if not r.country and (not r.place or not (r._place_rec and r._place_rec.country)) then
      local dom = places.dominant_country(ctx)
      if dom and (told_in[dom.code] or dom.n >= 2) then
        r.country, r._country_weak = dom.code, true
        r.evidence.country = ev(dom.s, dom.e, "extract.country_of_article")
      end
    end
  end
  for _, nc in ipairs(ctx.named_claims or {}) do
    for _, o in ipairs(reports) do
      if not nc.done[o] and o.place
        and find(nc.rest, "%f[%a]" .. lower(o.place):gsub("%p", "%%%0") .. "%f[%A]") then
        nc.done[o] = true
        apply_claim(ctx, o, nc.cl, nc.m, nc.ss)
      end
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
    if not accident then out[#out + 1] = finish(pack, r, dct, text, low) end
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
