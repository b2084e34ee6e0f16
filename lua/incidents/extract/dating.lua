--- Event dates: which date mentions can date an event, and how precisely.
--
-- Date mentions come from `incidents.grammar.dates`; this module decides
-- which are usable as an event's date against the article date (a weekday
-- a week back keeps only its month) and resolves dates anchored on an
-- attack told in the article ("four days after the Moscow attack").
-- @module incidents.extract.dating

local ipairs, tonumber =
  ipairs, tonumber
local sub, match, gmatch, find, lower =
  string.sub, string.match, string.gmatch, string.find, string.lower
local floor = math.floor

local dates = require "incidents.grammar.dates"
local places = require "incidents.extract.places"
local same_place = places.same_place

local M = {}

-- ---------------------------------------------------------------------------
-- Dates.
-- ---------------------------------------------------------------------------

--- Days since 1970-01-01 of an ISO date (its first ten characters), or nil.
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

--- The last day (`YYYY-MM-DD`) of the month `YYYY-MM`.
local function month_end(ym)
  local y, m = match(ym, "^(%d+)%-(%d+)")
  y, m = y + 0, m + 0
  local days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  local d = days[m]
  if m == 2 and ((y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0) then d = 29 end
  return ym .. "-" .. (d < 10 and "0" or "") .. d
end

--- A date mention usable as an event date, or nil. Weekdays: a bare "Friday"
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
  if d.rule == "date.weekday" and dct and not d.in_week then
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
  -- "On January 12 a bomber blew himself up" in a review of the year dated
  -- December 30: an event told is past, so a month and day with no year
  -- that would fall after the story is last year's (the grammar's nearest
  -- reading is right for plans and meetings, not for attacks)
  if (d.rule == "date.md" or d.rule == "date.month") and dct and #dct == 10 and lo > dct
    and (iso_days(lo) or 0) - (iso_days(dct) or 0) > 1 then
    local function back(x)
      if not x then return nil end
      local ym = (tonumber(sub(x, 1, 4)) - 1) .. sub(x, 5, 7)
      if #x < 10 then return ym .. sub(x, 8) end
      -- (the 29th of February of a leap year is the 28th the year before)
      local last = month_end(ym)
      return sub(x, 8, 10) > sub(last, 8, 10) and last or ym .. sub(x, 8)
    end
    lo, value = back(lo), back(value)
    hi = d.rule == "date.month" and month_end(sub(lo, 1, 7)) or back(hi)
  end
  if prec == "range" then value = nil end
  return { value = value, lo = lo, hi = hi, precision = prec, rule = d.rule,
           start = d.start, stop = d.stop, base_stop = d.base_stop, base_days = d.base_days }
end

-- Months by their first three letters.
local MONTH_N = { jan = 1, feb = 2, mar = 3, apr = 4, may = 5, jun = 6, jul = 7, aug = 8,
                  sep = 9, oct = 10, nov = 11, dec = 12 }

-- How far back a paragraph's opening is looked for (bytes).
local PARAGRAPH_REACH = 1500

--- A month and day written without a year, in a paragraph that has named an
-- earlier year before it ("On the night of 23 October 2021, ... Two days
-- later, on 25 October, ..."; "in the spring of 2015. On 6 April of that
-- year"), is of that year, not of the article's: returns `ed` re-dated, or
-- `ed` as it was. `d` is the grammar's mention, `ed` its `event_date`.
local function told_year(text, d, ed, dct)
  if not ed or not dct or (d.rule ~= "date.md" and d.rule ~= "date.month") then return ed end
  if ed.precision ~= "day" and ed.precision ~= "month" then return ed end
  if find(sub(text, d.start, d.stop), "%d%d%d%d") then return ed end
  local from = d.start > PARAGRAPH_REACH and d.start - PARAGRAPH_REACH or 1
  local before = sub(text, from, d.start - 1)
  local para = 1
  for at in gmatch(before, "\n[ \t\r]*\n()") do para = at end
  if para == 1 and from > 1 then return ed end
  -- the last year named, unless it begins a state of affairs ("the worst
  -- offensive since 1981 began on 11 November") or the text has come back to
  -- the article's own year since ("driven out in 2016. ... this year. In May")
  -- (a year told with a month carries only to days of that month: "In March
  -- 2014 two policemen died ... On 20 August" is the story's August)
  local year
  local told = lower(sub(before, para))
  for at, y in gmatch(told, "()%f[%w]([12][09]%d%d)%f[^%w]") do
    if y >= "1900" and y <= "2099" then
      local lead = sub(told, at > 60 and at - 60 or 1, at - 1)
      local mon = MONTH_N[sub(match(lead, "(%a+)%.?,?%s*$") or "", 1, 3)]
      -- (nor a year that names a thing: "after the March 2014 truce")
      local modifier = find(lead, "%f[%a]the%s+%a*%.?%s*$") or find(lead, "%f[%a]the%s*$")
      year = not find(lead, "%f[%a]since%f[%A]") and not modifier
        and (not mon or mon == tonumber(sub(ed.lo or "", 6, 7))) and y or nil
    end
  end
  if year and find(told, "%f[%a]this year%f[%A]", (find(told, year, 1, true))) then
    return ed
  end
  local own = sub(ed.lo or "", 1, 4)
  if not year or year == own or year >= sub(dct, 1, 4) then return ed end
  local function moved(x)
    return x and year .. sub(x, 5) or nil
  end
  if find(ed.lo, "%-02%-29$") then return ed end
  local lo = moved(ed.lo)
  local hi = ed.precision == "month" and month_end(sub(lo, 1, 7)) or moved(ed.hi)
  return { value = moved(ed.value), lo = lo, hi = hi, precision = ed.precision,
           rule = ed.rule, start = ed.start, stop = ed.stop, base_stop = ed.base_stop,
           base_days = ed.base_days }
end

local PREC_RANK = { day = 4, month = 3, range = 2, year = 1 }

-- Weekdays by name, 1 = Monday (as `dates.weekday`).
local WEEKDAY_N = { monday = 1, tuesday = 2, wednesday = 3, thursday = 4, friday = 5,
                    saturday = 6, sunday = 7 }

--- Do the day ranges a_lo..a_hi and b_lo..b_hi (ISO strings) share a day?
local function overlaps(a_lo, a_hi, b_lo, b_hi)
  return not (a_hi < b_lo or b_hi < a_lo)
end

--- Resolves "N days after the X attack" against the report of X in this
-- article: the one at the place the anchor names, else the one last told
-- when the anchor names no place. With `back` ("two days after an attack
-- on the post", an event not told before), the days count back from the
-- event told last. Returns a resolved date record or nil.
local function anchored_date(ctx, m, d, back)
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
    if not back and x.s >= rel.anchor_start and x.e <= rel.anchor_stop then place = x.rec end
  end
  local base
  for _, r in ipairs(ctx.reports or {}) do
    if r._prec == "day" and r.date_lo and r.status == "attack"
      and ((place and r._place_rec and same_place(place, r._place_rec)) or not place) then
      base = r
    end
  end
  if not base then return nil end
  local day = dates.shift(base.date_lo, back and -rel.days or rel.days)
  if not day then return nil end
  return { type = "DATE", value = day, lo = day, hi = day, precision = "day",
           rule = "extract.anchored", start = d.start, stop = d.stop }
end


M.PREC_RANK = PREC_RANK
M.WEEKDAY_N = WEEKDAY_N
M.anchored_date = anchored_date
M.event_date = event_date
M.told_year = told_year
M.iso_days = iso_days
M.month_end = month_end
M.overlaps = overlaps

return M
