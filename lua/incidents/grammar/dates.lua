--- Temporal expressions in news text, resolved against the article date.
--
-- An LPeg grammar finds the expressions news writes ("March 22",
-- "Thursday, March 21, 2024", "last month", "two and a half years ago",
-- "four days after the Moscow attack") and a resolver turns each into a
-- TimeML value and the ISO day range it covers, the way HeidelTime does:
-- a year left out comes from the article date (the nearest year, or the one
-- the verb tense points to), and a bare weekday is the last or the next one
-- depending on the tense of the sentence around it.
--
-- Offsets are 1-based inclusive byte positions into the original text.
-- @module incidents.grammar.dates

local lpeg = require "lpeg"
local numbers = require "incidents.grammar.numbers"

local type, tonumber, tostring, error = type, tonumber, tostring, error
local floor, abs = math.floor, math.abs
local fmt, byte, sub, lower, find, match =
  string.format, string.byte, string.sub, string.lower, string.find, string.match
local ipairs, pairs, next, setmetatable = ipairs, pairs, next, setmetatable
local sort = table.sort

local P, R, S, C, Cc, Ct, Cg, Cp, Cmt, V =
  lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cc, lpeg.Ct, lpeg.Cg, lpeg.Cp, lpeg.Cmt, lpeg.V

local M = {}

-- How many days away the year a tense points to may be, compared with the
-- nearest one, for the tense to win ("March 30" in a February article
-- about something that "was" done is still next month).
M.tense_window = 250

-- ---------------------------------------------------------------------------
-- Calendar arithmetic (proleptic Gregorian, days since 1970-01-01).
-- ---------------------------------------------------------------------------

local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = floor(z / 146097)
  local doe = z - era * 146097
  local yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100))
  local mp = floor((5 * doy + 2) / 153)
  local d = doy - floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return m <= 2 and y + 1 or y, m, d
end

local function is_leap(y)
  return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
end

local MDAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function month_days(y, m)
  if m == 2 and is_leap(y) then return 29 end
  return MDAYS[m]
end

-- 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
local function weekday(n) return (n + 3) % 7 end

-- Whether day `d` of month `m` of year `y` exists and is weekday `wd`
-- (1 = Monday, as the grammar's `wd`).
local function falls_on(y, m, d, wd)
  return d <= month_days(y, m) and weekday(days_from_civil(y, m, d)) == wd - 1
end

local function iso(y, m, d) return fmt("%04d-%02d-%02d", y, m, d) end
local function iso_n(n) return iso(civil_from_days(n)) end

-- ISO 8601 week-numbering year and week of day number n.
local function iso_week(n)
  local thursday = n - weekday(n) + 3
  local y = civil_from_days(thursday)
  local first = days_from_civil(y, 1, 1)
  return y, floor((thursday - first) / 7) + 1
end

local function parse_iso(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > month_days(y, m) then return nil end
  return days_from_civil(y, m, d), y, m, d
end

--- Shifts an ISO day by a number of days.
-- @tparam string iso_day `"YYYY-MM-DD"`
-- @tparam integer n days (negative goes back)
-- @treturn string|nil the shifted day, or nil when `iso_day` is not a date
-- @usage dates.shift("2024-03-22", 4) --> "2024-03-26"
function M.shift(iso_day, n)
  if type(n) ~= "number" then error("bad argument #2 to 'shift' (number expected)", 2) end
  local z = parse_iso(iso_day)
  if not z then return nil end
  return iso_n(z + floor(n))
end

--- Weekday of an ISO day, 1 = Monday ... 7 = Sunday.
-- @tparam string iso_day
-- @treturn integer|nil
function M.weekday(iso_day)
  local z = parse_iso(iso_day)
  return z and weekday(z) + 1
end

-- ---------------------------------------------------------------------------
-- Values: each resolved expression is a TimeML value plus its day range.
-- ---------------------------------------------------------------------------

local function v_day(y, m, d)
  if m < 1 or m > 12 or d < 1 or d > month_days(y, m) then return nil end
  local s = iso(y, m, d)
  return { value = s, lo = s, hi = s, precision = "day" }
end

local function v_dayn(n) local y, m, d = civil_from_days(n); return v_day(y, m, d) end

local function v_month(y, m)
  return { value = fmt("%04d-%02d", y, m), lo = iso(y, m, 1), hi = iso(y, m, month_days(y, m)),
           precision = "month" }
end

local function v_year(y)
  return { value = fmt("%04d", y), lo = iso(y, 1, 1), hi = iso(y, 12, 31), precision = "year" }
end

local function v_decade(y)
  local d0 = y - y % 10
  return { value = fmt("%03d", floor(d0 / 10)), lo = iso(d0, 1, 1), hi = iso(d0 + 9, 12, 31),
           precision = "decade" }
end

local function v_century(c) -- c = 19 for the 1900s
  return { value = fmt("%02d", c), lo = iso(c * 100, 1, 1), hi = iso(c * 100 + 99, 12, 31),
           precision = "century" }
end

local function v_week(n)
  local y, w = iso_week(n)
  local mon = n - weekday(n)
  return { value = fmt("%04d-W%02d", y, w), lo = iso_n(mon), hi = iso_n(mon + 6),
           precision = "week" }
end

local function v_weekend(n)
  local y, w = iso_week(n)
  local sat = n - weekday(n) + 5
  return { value = fmt("%04d-W%02d-WE", y, w), lo = iso_n(sat), hi = iso_n(sat + 1),
           precision = "week" }
end

local function v_quarter(y, q)
  local m1 = (q - 1) * 3 + 1
  return { value = fmt("%04d-Q%d", y, q), lo = iso(y, m1, 1),
           hi = iso(y, m1 + 2, month_days(y, m1 + 2)), precision = "quarter" }
end

local SEASON = { sp = { 3, 5 }, su = { 6, 8 }, fa = { 9, 11 }, wi = { 12, 2 } }
local function v_season(y, code)
  local r = SEASON[code]
  local hy = code == "wi" and y + 1 or y
  return { value = fmt("%04d-%s", y, code:upper()), lo = iso(y, r[1], 1),
           hi = iso(hy, r[2], month_days(hy, r[2])), precision = "season" }
end

local function v_ref(name)
  return { value = name, precision = "ref" }
end

-- The narrowest TimeML value that covers two days (for ranges).
local function v_range(n1, n2)
  if n2 < n1 then n1, n2 = n2, n1 end
  local y1, m1 = civil_from_days(n1)
  local y2, m2 = civil_from_days(n2)
  local value
  if y1 == y2 and m1 == m2 then value = fmt("%04d-%02d", y1, m1)
  elseif y1 == y2 then value = fmt("%04d", y1)
  elseif floor(y1 / 10) == floor(y2 / 10) then value = fmt("%03d", floor(y1 / 10))
  else value = fmt("%02d", floor(y1 / 100)) end
  return { value = value, lo = iso_n(n1), hi = iso_n(n2), precision = "range" }
end

-- ---------------------------------------------------------------------------
-- Tense: is the sentence around an expression about the past or the future?
-- ---------------------------------------------------------------------------

local FUTURE = {}
for w in ("will wo 'll shall going plans plan planned scheduled expected due upcoming " ..
          "intends intend aims hopes set next coming tomorrow later"):gmatch("%S+") do
  FUTURE[w] = true
end
local PAST = {}
for w in ("was were had did said says told ago earlier last yesterday been came went " ..
          "took made met began fell rose held left struck hit killed shot blew gave " ..
          "saw got won lost led sent brought found became began stood ran spoke " ..
          "wrote paid sold bought put set kept"):gmatch("%S+") do
  PAST[w] = true
end
PAST.set = nil
-- "two days later", "hours later", "a week later": a span counted on from
-- an event just told narrates the past; only a bare "later" ("later this
-- month", "will later") looks ahead.
local SPAN_UNIT = {}
for w in ("second seconds minute minutes hour hours day days night nights week weeks " ..
          "month months year years moments moment while time"):gmatch("%S+") do
  SPAN_UNIT[w] = true
end
local NOT_PAST_ED = {}
for w in ("need indeed speed feed seed bed red hundred united based proceed exceed " ..
          "succeed breed greed shed wed fred ted ed"):gmatch("%S+") do
  NOT_PAST_ED[w] = true
end

-- Looks at the words of the sentence around [s, e] in lowered text `low`:
-- the nearest tense cue wins; "past" when none is found (news reports).
local function guess_tense(low, s, e)
  local n = #low
  -- the clause's bounds: the nearest line break or sentence end within 160
  -- bytes either way (found by `find` over that window, not byte by byte)
  local a = s - 1
  local lo = s - 159
  if lo < 2 then lo = 2 end
  if a >= lo then
    local w = sub(low, lo, a)
    a = lo - 1
    local p = 1
    while true do
      local q = find(w, "[\n.!?]", p)
      if not q then break end
      local at = lo + q - 1
      if byte(w, q) == 10 or byte(low, at + 1) == 32 then a = at end
      p = q + 1
    end
  end
  local b = e + 1
  local hi = e + 159
  if hi > n - 1 then hi = n - 1 end
  if b <= hi then
    local w = sub(low, b, hi)
    local p, start = 1, b
    b = hi + 1
    while true do
      local q = find(w, "[\n.!?]", p)
      if not q then break end
      local at = start + q - 1
      if byte(w, q) == 10 or byte(low, at + 1) == 32 then b = at; break end
      p = q + 1
    end
  end
  local best, bestd
  local i = a
  while true do
    local ws, we = find(low, "[%a']+", i)
    if not ws or ws > b then break end
    if we < s or ws > e then
      local w = sub(low, ws, we)
      local t
      if w == "later"
        and SPAN_UNIT[match(sub(low, ws > 13 and ws - 12 or 1, ws - 1), "(%a+)%s*$") or ""] then
        t = "past"
      elseif w == "set" and sub(low, we + 1, we + 4) ~= " to " then   -- luacheck: ignore 542
        -- "had set the rooms alight" is no "is set to"
      elseif FUTURE[w] then t = "future"
      elseif PAST[w] then t = "past"
      elseif #w > 3 and sub(w, -2) == "ed" and not NOT_PAST_ED[w] then t = "past" end
      if t then
        local d = ws < s and s - ws or ws - e
        if not bestd or d < bestd then best, bestd = t, d end
      end
    end
    i = we + 1
  end
  return best or "past", best ~= nil
end
M.guess_tense = guess_tense

-- ---------------------------------------------------------------------------
-- The grammar. It runs over lowered text; every rule captures a table with
-- a kind `k` and its parts, and the resolver turns that into a value.
-- ---------------------------------------------------------------------------

local alpha = R("az")
local digit = R("09")
local alnum = alpha + digit
local B = -alnum                               -- word boundary ahead
local sp = S(" \t\r\n") ^ 1
local osp = S(" \t\r\n") ^ 0
local comma = osp * P(",") * osp
local dash = osp * (P("-") + P("\226\128\147") + P("\226\128\148") + P("to") * B
             + P("through") * B + P("until") * B) * osp
local apos = P("'") + P("\226\128\153")

local alt = numbers.choice

-- Month names: full names, abbreviations with or without a dot.
local MONTHS = {
  { "january", "jan" }, { "february", "feb" }, { "march", "mar" }, { "april", "apr" },
  { "may" }, { "june", "jun" }, { "july", "jul" }, { "august", "aug" },
  { "september", "sept", "sep" }, { "october", "oct" }, { "november", "nov" },
  { "december", "dec" },
}
local month
do
  local ps = {}
  for i, names in ipairs(MONTHS) do
    local p = P(names[1]) * B
    for j = 2, #names do p = p + P(names[j]) * (P(".") + B) end
    ps[#ps + 1] = p * Cc(i)
  end
  month = alt(ps)
end
local month_full
do
  local ps = {}
  for i, names in ipairs(MONTHS) do ps[#ps + 1] = P(names[1]) * B * Cc(i) end
  month_full = alt(ps)
end

local WEEKDAYS = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
local weekday_p
do
  local ps = {}
  for i, w in ipairs(WEEKDAYS) do ps[#ps + 1] = P(w) * P("s") ^ -1 * B * Cc(i) end
  weekday_p = alt(ps)
end
local ABBR_WD = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }
local weekday_abbr
do
  local ps = {}
  for i, w in ipairs(ABBR_WD) do
    ps[#ps + 1] = P(w) * (alpha ^ 0) * P(".") ^ -1 * Cc(i)
  end
  weekday_abbr = alt(ps)
end

local function num_in(lo, hi)
  return function(_, _, s)
    local n = tonumber(s)
    if n and n >= lo and n <= hi then return true, n end
    return false
  end
end

local ordsuf = P("st") + P("nd") + P("rd") + P("th")
local day = Cmt(C(digit * digit ^ -1) * ordsuf ^ -1 * B, num_in(1, 31))
-- "the Fourth of July", "the twenty-first of March": a day written as an
-- ordinal word (only with "the ... of <month>", where it cannot be a rank)
local day_word
do
  local ORD = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth" }
  local ps = { P("thirty") * (P("-") + sp) * P("first") * Cc(31), P("thirtieth") * Cc(30) }
  for n = 1, 9 do ps[#ps + 1] = P("twenty") * (P("-") + sp) * P(ORD[n]) * Cc(20 + n) end
  for n = #ORD, 1, -1 do ps[#ps + 1] = P(ORD[n]) * Cc(n) end
  day_word = alt(ps) * B
end
local year4 = Cmt(C(digit * digit * digit * digit) * B, num_in(1000, 2199))
local year2 = Cmt(C(digit * digit) * B, function(_, _, s)
  local n = tonumber(s)
  return true, n >= 50 and 1900 + n or 2000 + n
end)

-- Number words up to the hundreds, "a", "half a", "two and a half", digits.
local UNITS = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen" }
local TENS = { [2] = "twenty", [3] = "thirty", [4] = "forty", [5] = "fifty", [6] = "sixty",
  [7] = "seventy", [8] = "eighty", [9] = "ninety" }
local unit_word
do
  local ps = {}
  for i = #UNITS, 1, -1 do ps[#ps + 1] = P(UNITS[i]) * B * Cc(i) end
  unit_word = alt(ps)
end
local tens_word
do
  local ps = {}
  for i = 9, 2, -1 do ps[#ps + 1] = P(TENS[i]) * Cc(i * 10) end
  tens_word = alt(ps)
end
local small_number = (tens_word * ((P("-") + sp) * unit_word) ^ -1 * B) / function(t, u)
  return t + (u or 0)
end + unit_word
local digits_num = C(digit ^ 1 * (P(".") * digit ^ 1) ^ -1) * B / tonumber
local half = sp * P("and") * sp * P("a") * sp * P("half") * B
local a_word = (P("an") + P("a")) * B * Cc(1)
local number = alt {
  P("half") * sp * (P("an") + P("a")) * B * Cc(0.5),
  (small_number + digits_num) * half / function(n) return n + 0.5 end,
  small_number, digits_num,
  P("a") * sp * P("couple") * sp * P("of") * B * Cc(2),
  a_word,
}

local function unit(names, u)
  local p
  for w in names:gmatch("%S+") do p = p and p + P(w) or P(w) end
  return p * B * Cc(u)
end
local time_unit = alt {
  unit("days day", "D"), unit("weeks week", "W"), unit("months month", "M"),
  unit("years year", "Y"), unit("decades decade", "E"), unit("centuries century", "C"),
  unit("hours hour", "H"), unit("minutes minute", "MIN"), unit("quarters quarter", "Q"),
}
-- "a year and a half"
local number_unit = Ct(number * sp * time_unit * half / function(n, u) return n + 0.5, u end
  + number * sp * time_unit)

local function K(kind, patt)
  return Ct(Cg(Cc(kind), "k") * patt)
end
local function G(patt, name) return Cg(patt, name) end

local the = (P("the") * sp) ^ -1
local modp = G(alt {
  (P("early") + P("earlier") + P("beginning") + P("start")) * B * Cc("START"),
  (P("later") + P("late") + P("end")) * B * Cc("END"),
  (P("middle") + P("mid")) * B * Cc("MID"),
}, "mod")
-- "early", "in early", "the end of", "mid-", "earlier this"
local modifier = the * modp * (sp * P("of") * B) ^ -1 * (sp + P("-"))

local rel_raw = alt {
  P("last") * B * Cc(-1), P("past") * B * Cc(-1), P("previous") * B * Cc(-1),
  P("this") * sp * P("past") * B * Cc(-1),
  P("this") * B * Cc(0), P("current") * B * Cc(0), P("present") * B * Cc(0),
  P("next") * B * Cc(1), P("coming") * B * Cc(1), P("following") * B * Cc(1),
}
local rel_word = G(rel_raw, "rel")

local season = alt {
  (P("spring")) * B * Cc("sp"), (P("summer")) * B * Cc("su"),
  (P("autumn") + P("fall")) * B * Cc("fa"), (P("winter")) * B * Cc("wi"),
}
local ordinal_q = alt {
  (P("first") + P("1st")) * Cc(1), (P("second") + P("2nd")) * Cc(2),
  (P("third") + P("3rd")) * Cc(3), (P("fourth") + P("4th")) * Cc(4),
}
local quarter = ordinal_q * (P("-") + sp) * P("quarter") * B + P("q") * C(R("14")) / tonumber * B

-- Decades: "the 1990s", "the '90s", "the nineties", "the 1990s and 2000s".
local decade_word = alt {
  P("twenties") * Cc(1920), P("thirties") * Cc(1930), P("forties") * Cc(1940),
  P("fifties") * Cc(1950), P("sixties") * Cc(1960), P("seventies") * Cc(1970),
  P("eighties") * Cc(1980), P("nineties") * Cc(1990),
} * B
local decade = alt {
  Cmt(C(digit * digit * digit * P("0")) * apos ^ -1 * P("s") * B, num_in(1000, 2190)),
  apos * C(digit * P("0")) * P("s") * B / function(s)
    local n = tonumber(s); return n >= 30 and 1900 + n or 2000 + n
  end,
  decade_word,
}

-- Nouns after a four-digit number that make it a count, not a year.
local count_noun = alt {
  P("people"), P("persons"), P("men"), P("women"), P("children"), P("troops"), P("soldiers"),
  P("fighters"), P("civilians"), P("dollars"), P("euros"), P("km"), P("kilometres"),
  P("kilometers"), P("miles"), P("meters"), P("metres"), P("feet"), P("tons"), P("tonnes"),
  P("votes"), P("cases"), P("units"), P("shares"), P("barrels"), P("hours"), P("members"),
  P("militants"), P("police"), P("officers"), P("families"), P("homes"), P("houses"),
  P("refugees"), P("deaths"), P("points"), P("acres"), P("employees"), P("workers"),
  P("jobs"), P("rounds"), P("kg"), P("pounds"), P("yards"), P("students"), P("prisoners"),
  P("inmates"), P("residents"), P("protesters"), P("demonstrators"), P("pilgrims"),
  P("worshippers"), P("migrants"), P("passengers"), P("hostages"), P("victims"),
  P("casualties"), P("attackers"), P("insurgents"), P("rebels"), P("guards"), P("detainees"),
  P("bodies"), P("weapons"), P("rifles"), P("rockets"), P("missiles"), P("shells"), P("bombs"),
  P("mines"), P("vehicles"), P("cars"), P("trucks"), P("buildings"), P("kilograms"),
  P("litres"), P("liters"), P("dead"), P("wounded"), P("injured"), P("%"),
} * B
local not_count = -(osp * (count_noun + P("%") + P(",") * digit + P(".") * digit))

-- Wire copy (MUC-4 dispatches, military statements) writes a time of day as
-- four digits, hhmm: "at 2100", "between 1310 and 1350 [1910 and 1950 GMT]",
-- "0815 local", "1930 hours". Most such numbers are also years, so one is a
-- time only where the text says so: a zone, "hours", a converted time in
-- brackets or a day word after it, or "at" before it (a year takes "in", "of",
-- "since", never "at"), or a range with one end no year can be.
-- (No match-time capture here: these patterns also run inside predicates.)
local hhmm_plain = (R("01") * digit + P("2") * R("03")) * R("05") * digit * B
local hhmm = C(hhmm_plain) / tonumber
local month_plain = alt {
  P("january"), P("february"), P("march"), P("april"), P("may"), P("june"), P("july"),
  P("august"), P("september"), P("october"), P("november"), P("december"),
  P("jan"), P("feb"), P("mar"), P("apr"), P("jun"), P("jul"), P("aug"), P("sept"), P("sep"),
  P("oct"), P("nov"), P("dec"),
} * (P(".") + B)
local day_plain = digit * digit ^ -1 * ordsuf ^ -1 * B
local clock_zone = (P("gmt") + P("utc") + P("edt") + P("est") + P("cet") + P("pst") + P("pdt")
  + P("local") * (sp * P("time")) ^ -1) * B
local hhmm_sep = sp * (P("and") + P("to")) * B * sp + osp * (P("-") + P("\226\128\147")) * osp
local hhmm_tail = alt {
  sp * (P("hours") + P("hrs") + P("hr") + P("h")) * B,
  sp * clock_zone,
  -- "1310 [1910 GMT]", "1950 (0050 GMT 18 October)": the same time in GMT
  osp * S("[(") * osp * digit * digit * digit * digit * (hhmm_sep * digit * digit * digit
    * digit) ^ -1 * sp * clock_zone,
  sp * (P("today") + P("tonight") + P("yesterday") + P("tomorrow")
    + (P("this") + P("in") * sp * P("the")) * sp * (P("morning") + P("afternoon")
      + P("evening"))
    + P("last") * sp * P("night")) * B,
  -- "from 2000 on 12 November until 0600 on 13 November"
  sp * P("on") * sp * (day_plain * sp * month_plain + month_plain * sp * day_plain),
}
-- Nouns after "at" + a year that make it a year of comparison ("at 2000 prices").
local year_noun = alt {
  P("prices"), P("levels"), P("level"), P("rates"), P("values"), P("standards"),
  P("dollars"), P("figures"), P("terms"), P("exchange"), P("constant"),
} * B
-- "at", "at approximately", "at about" just before subject position i.
local APPROX = {}
for w in ("approximately approx about around roughly some exactly precisely just " ..
          "circa"):gmatch("%a+") do
  APPROX[w] = true
end
local function at_before(subj, i)
  local w = sub(subj, i > 40 and i - 40 or 1, i - 1)
  local b = match(w, "(%a+)%.?%s+$")
  if b == "at" then return true end
  return APPROX[b] and match(w, "(%a+)%s+%a+%.?%s+$") == "at" or false
end
-- Either end of "from 1710 to 2250" no year can be (as year4 reads years):
-- a look ahead from subject position i, consuming nothing.
local function not_both_years(subj, i)
  local a, b
  for _, sep in ipairs { "%s+and%s+", "%s+to%s+", "%s*%-%s*", "%s*\226\128\147%s*" } do
    a, b = match(subj, "^(%d%d%d%d)" .. sep .. "(%d%d%d%d)%f[%W]", i)
    if a then break end
  end
  if not a then return false end
  a, b = tonumber(a), tonumber(b)
  return a < 1000 or a > 2100 or b < 1000 or b > 2100 or b <= a
end
local hhmm_range = G(hhmm, "hm") * hhmm_sep * G(hhmm, "hm2")
local military = alt {
  (P("between") + P("from")) * sp * hhmm_range * #hhmm_tail,
  (P("between") + P("from")) * sp * Cmt(P(true), not_both_years) * hhmm_range,
  hhmm_range * #hhmm_tail,
  G(hhmm, "hm") * (sp * clock_zone + sp * (P("hours") + P("hrs") + P("hr") + P("h")) * B
    + #hhmm_tail),
  #hhmm_plain * Cmt(P(true), at_before) * G(hhmm, "hm") * -#(sp * (count_noun + year_noun)),
}

local grammar = P {
  "expr",
  expr = alt {
    V("newyear"), V("anchored"), V("ago"), V("clock"), V("range"), V("full"), V("quarter"),
    V("seasonal"), V("relative"), V("decade"), V("yearonly"), V("deictic"), V("weekday"),
    V("month_only"), V("vague"), V("duration"), V("set"),
  },

  -- "Thursday, March 21, 2024", "March 21st, 2024", "21 March 2024", "March 22"
  wdprefix = G(weekday_p, "wd") * (comma + sp),
  md = Cg(Cp(), "mp") * G(month, "m") * P(".") ^ -1 * sp * G(day, "d"),
  dm = (P("the") * sp) ^ -1 * G(day, "d") * ((sp * P("of")) ^ -1 * sp)
    * Cg(Cp(), "mp") * G(month, "m")
    + P("the") * sp * G(day_word, "d") * sp * P("of") * sp * Cg(Cp(), "mp") * G(month_full, "m"),
  yearpart = comma * G(year4, "y") + sp * G(year4, "y"),
  iso = G(year4, "y") * P("-") * G(Cmt(C(digit * digit), num_in(1, 12)), "m") * P("-")
        * G(Cmt(C(digit * digit), num_in(1, 31)), "d") * B,
  slash = G(Cmt(C(digit * digit ^ -1), num_in(1, 31)), "a") * P("/")
          * G(Cmt(C(digit * digit ^ -1), num_in(1, 31)), "b") * P("/") * G(year4, "y"),
  -- "March 22 last year", "June 3 of this year", "November last year"
  relyear = (comma + sp) * (P("of") * sp) ^ -1 * G(alt {
    P("last") * Cc(-1), P("this") * Cc(0), P("next") * Cc(1), P("previous") * Cc(-1),
  }, "yrel") * sp * P("year") * B,
  full = alt {
    K("date", V("iso")),
    K("slash", V("slash")),
    K("date", V("wdprefix") ^ -1 * V("md") * V("relyear")),
    K("date", V("wdprefix") ^ -1 * V("dm") * V("relyear")),
    K("month", (modifier) ^ -1 * Cg(Cp(), "mp") * G(month_full, "m") * V("relyear")),
    K("date", V("wdprefix") ^ -1 * V("md") * V("yearpart") ^ -1 * B),
    K("date", V("wdprefix") ^ -1 * V("dm") * V("yearpart") ^ -1 * B),
    -- "At the end of July, on the 28th": the day told after its month
    K("date", (P("the") * sp * alt { P("end"), P("beginning"), P("start"), P("middle") } * sp
      * P("of") * sp) ^ -1 * Cg(Cp(), "mp") * G(month_full, "m")
      * ((comma + sp) * G(year4, "y")) ^ -1
      * comma * P("on") * sp * P("the") * sp
      * G(Cmt(C(digit * digit ^ -1) * ordsuf * B, num_in(1, 31)), "d") * B),
    K("month", (modifier) ^ -1 * Cg(Cp(), "mp") * G(month, "m") * (comma + sp) * (P("of") * sp) ^ -1
      * G(year4, "y")),
  },

  -- "March 22-23", "March 22 and 23", "between March and May", "from 2019 to 2021"
  range = alt {
    K("dayrange", Cg(Cp(), "mp") * G(month, "m") * sp * G(day, "d") * dash * G(day, "d2")
      * V("yearpart") ^ -1
      * B),
    K("dayrange", G(day, "d") * dash * G(day, "d2") * sp * Cg(Cp(), "mp") * G(month, "m")
      * V("yearpart") ^ -1 * B),
    K("monthrange", (P("between") + P("from")) * sp * Cg(Cp(), "mp") * G(month_full, "m")
      * (sp * G(year4, "y"))^-1 * (sp * P("and") + dash) * sp * G(month_full, "m2")
      * V("yearpart") ^ -1),
    K("yearrange", (P("between") + P("from")) * sp * G(year4, "y")
      * (sp * P("and") + dash) * sp * G(year4, "y2")),
  },

  -- "the third quarter", "third-quarter", "the fourth quarter of 2023"
  quarter = alt {
    K("quarter", the * (G(rel_raw, "qrel") * sp * (P("year") * apos * P("s") * sp) ^ -1) ^ -1
      * (G(year4, "y") * sp + G(P("fiscal") * Cc(true), "fiscal") * (sp + P("-"))) ^ -1
      * G(quarter, "q") * (sp * P("of") * sp * G(year4, "y")) ^ -1),
    -- "the year-earlier quarter", "the year-ago period", "year-earlier"
    K("yearago", the * ((P("comparable") + P("corresponding") + P("same")) * sp) ^ -1
      * P("year") * (P("-") + sp) * (P("earlier") + P("ago")) * B
      * (sp * (P("quarter") + P("period")) * B) ^ -1),
    -- "the latest quarter", "the current quarter", "the quarter" (after a quarter)
    K("quarterref", P("the") * sp * G(alt {
      P("latest") * Cc("latest"), P("current") * Cc("current"), P("same") * Cc("same"),
      P("previous") * Cc("previous"), P("") * Cc("same") }, "qref") * osp
      * P("quarter") * B * -(sp * P("of"))),
    K("quarterref", P("this") * sp * G(Cc("current"), "qref") * P("quarter") * B),
    -- "the latest period" after a quarter is that quarter
    K("quarterref", P("the") * sp * P("latest") * sp * G(Cc("period"), "qref")
      * P("period") * B),
  },

  -- "summer 2012", "last summer", "the summer of 2012"
  seasonal = alt {
    K("season", (modifier) ^ -1 * the * (rel_word * sp) ^ -1 * G(season, "season")
      * (sp * (P("of") * sp) ^ -1 * G(year4 + V("spelled_year"), "y")) ^ -1),
  },

  -- "last month", "this year", "next week", "last Friday", "early this year",
  -- "earlier this month", "last April", "this past weekend"
  relative = alt {
    K("rel", modifier ^ -1 * the * rel_word * sp * G(alt {
      P("week") * P("end") * B * Cc("weekend"), P("week") * sp * P("end") * B * Cc("weekend"),
      P("week") * B * Cc("week"), P("month") * B * Cc("month"),
      P("year") * B * Cc("year"), P("decade") * B * Cc("decade"),
    }, "unit")),
    K("relwd", modifier ^ -1 * rel_word * sp * G(weekday_p, "wd")),
    K("relmonth", modifier ^ -1 * rel_word * sp * Cg(Cp(), "mp") * G(month_full, "m")),
    K("rel", P("the") * sp * P("weekend") * B * Cg(Cc("weekend"), "unit")),
    -- "the end of the year", "later this month" use the article date;
    -- "that year" the date told last
    K("rel", modifier * P("the") * sp * G(P("year") * Cc("year") + P("month") * Cc("month"),
      "unit") * B),
    -- "in December of that year", "on that Saturday": a month or a weekday of
    -- the time told last, not of the story's (an anniversary piece goes back
    -- to its old year, then says "that Saturday")
    K("monthof", modifier ^ -1 * Cg(Cp(), "mp") * G(month_full, "m") * sp * P("of") * sp
      * P("that") * sp * (P("same") * sp) ^ -1 * P("year") * B),
    K("thatwd", P("that") * sp * (P("same") * sp) ^ -1 * G(weekday_p, "wd") * B),
    K("that", modifier ^ -1 * (P("that") * sp * (P("same") * sp) ^ -1 + P("the") * sp
      * P("same") * sp)
      * G(P("year") * Cc("year") + P("month") * Cc("month") + P("week") * Cc("week")
        + P("day") * Cc("day"), "unit") * B),
    -- "that night", "the same evening", "later that morning": a part of the
    -- day told last
    K("thatpart", modifier ^ -1 * (P("that") * sp * (P("same") * sp) ^ -1 + P("the") * sp
      * P("same") * sp) * G(V("daypart"), "part")),
    -- "the next day", "the following morning", "the day before"
    K("nextday", P("the") * sp * G(P("next") * Cc(1) + P("following") * Cc(1)
      + P("previous") * Cc(-1), "dir") * sp * (P("day") + P("morning") + P("evening")
      + P("night")) * B),
    K("nextday", P("the") * sp * (P("day") + P("night") + P("morning") + P("evening")
      + P("afternoon")) * sp
      * G(P("before") * Cc(-1) + P("after") * Cc(1), "dir") * B * -(sp * alnum)),
    -- "the Christmas market", "a Christmas tree": a thing named after the
    -- feast, not its day
    K("holiday", G(V("holiday"), "hol") * (sp * G(year4, "y")) ^ -1
      * -(sp * alt { P("market"), P("markets"), P("tree"), P("trees"), P("shopping"),
        P("lights"), P("decorations"), P("card"), P("cards"), P("carol"), P("carols"),
        P("fair"), P("fairs"), P("bazaar"), P("parade"), P("concert"), P("sermon"),
        P("message"), P("address"), P("special"), P("truce") } * B)),
    -- "hours earlier", "a few minutes later", "overnight": the day of the
    -- moment told last (a time of day in TimeML, so typed TIME)
    K("sameday", (((((P("a") * sp * P("few") + P("several") + P("some") + P("two")
      + P("three") + P("four") + P("just") + P("only") + P("a") * sp * P("couple")
      * sp * P("of")) * sp) ^ -1 * (P("hours") + P("minutes") + P("moments"))
      + (P("half") * sp) ^ -1 * P("an") * sp * P("hour") + P("a") * sp * P("minute"))
      * sp * (P("earlier") + P("later"))) + P("overnight")) * B),
  },

  decade = alt {
    K("decade", modifier ^ -1 * the * G(decade, "decade")),
    -- "the 20th century", "the eleventh century"
    K("century", modifier ^ -1 * the * G(Cmt(C(digit * digit ^ -1) * ordsuf, num_in(1, 21))
      + alt { P("nineteenth") * Cc(19), P("twentieth") * Cc(20),
              P("twenty") * P("-") ^ -1 * P("first") * Cc(21) }, "c") * sp * P("century") * B),
    -- "year-end", "the year's end"
    K("rel", (P("around") * sp) ^ -1 * the * P("year") * (P("-") + sp + apos * P("s") * sp)
      * P("end") * B * Cg(Cc("year"), "unit") * Cg(Cc("END"), "mod")),
  },

  -- "in 2022", "2022", "early 2024", "fiscal 1989"
  yearonly = alt {
    K("year", modifier ^ -1 * (P("fiscal") * sp) ^ -1 * G(year4, "y") * not_count),
    K("year", modifier ^ -1 * (P("the") * sp * P("year") * sp) ^ -1
      * G(V("spelled_year"), "y") * not_count),
  },
  -- "nineteen ninety-six", "two thousand", "two thousand and one"
  spelled_year = alt {
    P("nineteen") * sp * (small_number / function(n) return 1900 + n end),
    P("two") * sp * P("thousand") * B * ((sp * P("and")) ^ -1 * sp * unit_word + Cc(0))
      / function(n) return 2000 + n end,
  },

  -- "today", "yesterday", "now", "tonight", "the day before yesterday"
  deictic = alt {
    K("deictic", (P("the") * sp * P("day") * sp * P("before") * sp * P("yesterday")) * B
      * Cg(Cc(-2), "off")),
    K("deictic", (P("the") * sp * P("day") * sp * P("after") * sp * P("tomorrow")) * B
      * Cg(Cc(2), "off")),
    K("deictic", (P("late") * sp + P("early") * sp) ^ -1 * P("yesterday") * B
      * Cg(Cc(-1), "off") * (sp * G(V("daypart"), "part")) ^ -1),
    K("deictic", P("tomorrow") * B * Cg(Cc(1), "off") * (sp * G(V("daypart"), "part")) ^ -1),
    K("deictic", P("today") * B * Cg(Cc(0), "off")),
    K("deictic", P("tonight") * B * Cg(Cc(0), "off") * Cg(Cc("NI"), "part")),
    K("deictic", P("this") * sp * G(V("daypart"), "part") * Cg(Cc(0), "off")),
    -- (not "on the last night of Ramadan": the last of a span's nights)
    K("deictic", P("last") * sp * P("night") * B * -(sp * P("of") * B)
      * Cg(Cc(-1), "off") * Cg(Cc("NI"), "part")),
    K("ref", (P("right") * sp) ^ -1 * P("now") * B * Cg(Cc("PRESENT_REF"), "ref")),
    K("ref", (P("currently") + P("nowadays") + P("at") * sp * P("present")) * B
      * Cg(Cc("PRESENT_REF"), "ref")),
    K("ref", (P("recently") + P("lately")) * B * Cg(Cc("PAST_REF"), "ref")),
    K("ref", (P("in") * sp) ^ -1 * P("recent") * sp * (P("years") + P("decades")) * B
      * Cg(Cc("PAST_REF"), "ref")),
    K("ref", (P("several") + P("many") + P("some")) * sp * (P("years") + P("months")
      + P("decades")) * sp * P("ago") * B * Cg(Cc("PAST_REF"), "ref")),
    K("ref", P("the") * sp * P("near") * sp * (P("future") + P("term")) * B
      * Cg(Cc("FUTURE_REF"), "ref")),
    K("ref", P("the") * sp * P("coming") * sp * (P("years") + P("months") + P("decades")) * B
      * Cg(Cc("FUTURE_REF"), "ref")),
    K("ref", P("the") * sp * (P("past") + P("future")) * B
      * -(sp * (number + time_unit + P("few") + P("several") + P("decade")))
      * Cg(Cc(nil), "ref")),
  },
  holiday = alt {
    P("new") * sp * P("year") * apos * P("s") * sp * P("day") * Cc("01-01"),
    P("new") * sp * P("year") * apos * P("s") * sp * P("eve") * Cc("12-31"),
    P("christmas") * sp * P("eve") * Cc("12-24"),
    P("christmas") * (sp * P("day")) ^ -1 * Cc("12-25"),
    P("boxing") * sp * P("day") * Cc("12-26"),
    P("valentine") * apos * P("s") * sp * P("day") * Cc("02-14"),
    P("halloween") * Cc("10-31"),
    -- (not "Independence Day": each country keeps its own, Mexico's is in
    -- September, India's in August; "July 4" says the day where it is meant)
    P("thanksgiving") * (sp * P("day")) ^ -1 * Cc("TG"),
    -- the movable feasts of Easter (churches are attacked on them)
    P("easter") * sp * P("monday") * Cc("E+1"),
    P("good") * sp * P("friday") * Cc("E-2"),
    P("palm") * sp * P("sunday") * Cc("E-7"),
    P("easter") * (sp * P("sunday")) ^ -1 * -(sp * (P("monday") + P("week"))) * Cc("E+0"),
  } * B,
  daypart = alt {
    P("morning") * B * Cc("MO"), P("afternoon") * B * Cc("AF"),
    P("evening") * B * Cc("EV"), P("night") * B * Cc("NI"),
  },

  -- "10 p.m. Wednesday", "around 7:15 p.m.", "noon Thursday", "15:00 GMT Saturday"
  -- "at 2100 on 15 March", "1930 hours", "between 1310 and 1350 [1910 and 1950 GMT]"
  clock = K("clock", (((P("around") + P("about") + P("at")) * sp) ^ -1 * alt {
      G(Cmt(C(digit * digit ^ -1), num_in(1, 12)), "h")
        * (P(":") * G(Cmt(C(digit * digit), num_in(0, 59)), "min")) ^ -1 * osp
        * G(V("ampm"), "ampm"),
      G(Cmt(C(digit * digit ^ -1), num_in(0, 23)), "h") * P(":")
        * G(Cmt(C(digit * digit), num_in(0, 59)), "min") * B * #(sp * V("zone")),
      G(P("noon") * Cc(12) + P("midday") * Cc(12) + P("midnight") * Cc(24), "h") * B,
    } * (sp * V("zone")) ^ -1 + military)
    * ((comma + sp) * (P("on") * sp) ^ -1 * Cg(Cp(), "ds")
      * G(V("clockday"), "day")) ^ -1),
  ampm = (P("a.m.") + P("a.m") + P("am") * B) * Cc("am")
    + (P("p.m.") + P("p.m") + P("pm") * B) * Cc("pm"),
  zone = (P("gmt") + P("utc") + P("edt") + P("est") + P("cet") + P("pst") + P("pdt")
    + P("local") * sp * P("time")) * B,
  clockday = alt {
    K("wd", G(weekday_p, "wd")),
    -- ("11 a.m. on 1 October 2010": the year written after the day is its own)
    K("date", Cg(Cp(), "mp") * G(month, "m") * P(".") ^ -1 * sp * G(day, "d")
      * V("yearpart") ^ -1 * B),
    K("date", G(day, "d") * sp * Cg(Cp(), "mp") * G(month, "m") * V("yearpart") ^ -1 * B),
    K("deictic", P("yesterday") * B * Cg(Cc(-1), "off")),
    K("deictic", P("today") * B * Cg(Cc(0), "off")),
    K("deictic", P("tomorrow") * B * Cg(Cc(1), "off")),
  },

  -- "Friday", "on Friday night"
  -- ("Tuesday last week", "Friday of next week": that week's day)
  weekday = K("wd", G(weekday_p, "wd") * (sp * G(V("daypart"), "part")) ^ -1
    * (sp * (P("of") * sp) ^ -1 * G(P("last") * Cc(-1) + P("next") * Cc(1), "wk") * sp
      * P("week") * B) ^ -1),

  -- "March", "in early December", "mid-November"
  month_only = K("monthonly", modifier ^ -1 * G(month, "m")),

  -- "two and a half years ago", "a year earlier", "four days after the attack"
  -- "a year ago tonight", "six months ago today": that very day, back
  ago = K("ago", (P("some") * sp + P("about") * sp + P("nearly") * sp + P("almost") * sp
    + P("more") * sp * P("than") * sp + P("over") * sp) ^ -1
    * G(number_unit, "n") * sp
    * G(P("ago") * Cc(-1) + P("earlier") * Cc(-1)
        + P("later") * Cc(1) + P("afterwards") * Cc(1), "dir") * B
    * (sp * G(P("today") * Cc("today") + P("tonight") * Cc("NI")
        + P("this") * sp * G(V("daypart"), "part2") * Cc("part"), "sameday") * B) ^ -1),

  -- "the new year", "in the first hour of the new year", "the first day of
  -- the new year": the new year nearest the article date
  newyear = K("newyear", ((P("the") * sp) ^ -1
    * G((P("first") + P("opening")) * sp * (P("hours") + P("hour") + P("minutes")
      + P("minute") + P("moments") + P("day") + P("night")) * Cc(true), "first") * sp
      * P("of") * sp) ^ -1
    * P("the") * sp * P("new") * sp * P("year") * B
    * -(apos + P("-") + sp * P("of") * B)),

  -- "the morning after the raid", "the night before the attack"
  anchored = K("anchored", (the * G(number_unit, "n")
    + P("the") * sp * G(Ct(Cc(1) * (P("day") + P("night") + P("morning") + P("evening")
      + P("afternoon")) * Cc("D")), "n")) * sp
    * G(P("after") * Cc(1) + P("before") * Cc(-1), "dir") * B * sp * Cg(Cp(), "as")
    * V("anchor"))
    -- "on the night of the attack": the day of the event named
    + K("anchored", P("the") * sp * G(Ct(Cc(0) * (P("day") + P("night") + P("morning")
      + P("evening") + P("afternoon")) * Cc("D")), "n") * B * G(Cc(1), "dir") * sp * P("of")
      * B * sp * -(weekday_p + month + digit) * Cg(Cp(), "as") * V("anchor"))
    -- "on the eve of the vote": the day before the event named
    + K("anchored", P("the") * sp * P("eve") * B * G(Ct(Cc(1) * Cc("D")), "n")
      * G(Cc(-1), "dir") * sp * P("of") * B * sp * Cg(Cp(), "as") * V("anchor")),
  anchor = (P("their") + P("the") + P("an") + P("a") + P("its") + P("his") + P("her")) * B
    * V("aword") * V("aword") ^ -4 * Cg(Cp(), "ae")
    + Cg(V("full"), "adate") * Cg(Cp(), "ae"),
  aword = sp * -V("stopword") * (alnum + S("-'") + P(".") * #alnum) ^ 1,
  stopword = alt {
    P("and"), P("when"), P("which"), P("that"), P("who"), P("where"), P("was"), P("were"),
    P("is"), P("are"), P("had"), P("has"), P("but"), P("while"), P("as"), P("to"),
    P("by"), P("for"), P("with"), P("on"), P("after"), P("before"), P("since"),
  } * B,

  -- "for three years", "the past two months"
  -- "for three years", "the first nine months", "nearly two weeks", "a two-year"
  duration = alt {
    K("duration", V("approx") ^ -1 * (P("the") * sp) ^ -1
      * ((P("past") + P("last") + P("next") + P("first") + P("final")) * sp) ^ -1
      * G(number_unit, "n")),
    K("duration", G(Ct((small_number + digits_num) * P("-") * time_unit), "n")),
  },
  approx = (P("nearly") + P("almost") + P("about") + P("some") + P("roughly") + P("over")
    + P("around") + P("more") * sp * P("than") + P("less") * sp * P("than")
    + P("up") * sp * P("to") + P("at") * sp * P("least")) * sp,

  set = K("set", alt {
    (P("every") + P("each")) * sp * G(alt {
      P("day") * Cc("P1D"), P("week") * Cc("P1W"), P("month") * Cc("P1M"),
      P("year") * Cc("P1Y"),
    }, "set") * B,
    G(alt {
      P("daily") * Cc("P1D"), P("weekly") * Cc("P1W"), P("monthly") * Cc("P1M"),
      P("annually") * Cc("P1Y"), P("yearly") * Cc("P1Y"), P("hourly") * Cc("PT1H"),
    }, "set") * B,
    (P("every") + P("each")) * sp * G(weekday_p / function(i)
      return fmt("XXXX-WXX-%d", i) end, "set"),
    (P("every") + P("each")) * sp * G(month_full / function(i)
      return fmt("XXXX-%02d", i) end, "set"),
  }),

  -- "several years", "a few days", "the past few weeks", "for years"
  vague = alt {
    K("vague", ((P("the") * sp) ^ -1 * (P("past") + P("next") + P("last") + P("first")) * sp)
      ^ -1 * (P("several") + P("a") * sp * P("few") + P("few") + P("many") + P("recent"))
      * sp * G(V("plural_unit"), "u")),
    K("vague", P("for") * sp * G(V("plural_unit"), "u") * Cg(Cc(true), "bare")),
  },
  plural_unit = alt {
    P("years") * Cc("Y"), P("months") * Cc("M"), P("weeks") * Cc("W"), P("days") * Cc("D"),
    P("decades") * Cc("E"), P("hours") * Cc("H"), P("minutes") * Cc("MIN"),
    P("centuries") * Cc("C"),
  } * B,
}

-- The scanner tries the grammar at the start of each word and skips the
-- word otherwise; `e` is the position after the match.
local item = Ct(Cg(Cp(), "s") * Cg(grammar, "t") * Cg(Cp(), "e"))
local skip = alnum ^ 1 + (1 - alnum - S("'\226")) ^ 1 + 1

-- Every expression starts with a digit, an apostrophe ('90s) or one of
-- these words. Testing the word in a trie first lets the scanner pass over
-- the other words of a text without trying the whole grammar on each.
local STARTERS = [[
january jan february feb march mar april apr may june jun july jul august aug september
sept sep october oct november nov december dec monday tuesday wednesday thursday friday
saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
last past previous current present next coming following early earlier
beginning start late later end mid middle yesterday tomorrow today tonight now right
currently nowadays recently lately recent spring summer autumn
fall winter first second third fourth q1 q2 q3 q4 between fiscal around
christmas boxing valentine halloween independence thanksgiving easter good palm
twenties thirties forties fifties sixties seventies eighties nineties nineteenth
twentieth half every each daily weekly
monthly annually yearly final noon midday midnight hourly
]]
-- Frequent words that start an expression only before certain words.
local AFTER_THE = [[
end beginning start middle mid early late earlier later last past previous this current
present next coming following fiscal first second third fourth year comparable
corresponding same latest quarter spring summer autumn fall winter weekend month
morning evening afternoon
twenties thirties forties fifties sixties seventies eighties nineties nineteenth
twentieth twenty day night future near a an half couple final one two three four five eve
six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen thirty forty fifty sixty seventy eighty ninety
fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
sixteenth seventeenth eighteenth thirtieth
]]
local function trie(words)
  local by, order = {}, {}
  for w in pairs(words) do
    local c = sub(w, 1, 1)
    if not by[c] then by[c] = {}; order[#order + 1] = c end
    by[c][#by[c] + 1] = sub(w, 2)
  end
  sort(order)
  local p
  for _, c in ipairs(order) do
    local rest, ends = {}, false
    for _, r in ipairs(by[c]) do
      if r == "" then ends = true else rest[r] = true end
    end
    local q = next(rest) and trie(rest)
    local tail = q and (ends and q + -alnum or q) or -alnum
    p = p and p + P(c) * tail or P(c) * tail
  end
  return p
end
local function word_set(list)
  local t = {}
  for w in list:gmatch("%a[%w]*") do t[w] = true end
  return t
end
local after_the = trie(word_set(AFTER_THE))
-- "a" and "an" open an expression only before a unit of time, "few" or
-- "couple" ("a year ago", "an hour later", "a few days"): the commonest
-- words of English are not worth a try of the whole grammar each.
local a_unit = (P("an") + P("a")) * sp * alt {
  P("few"), P("couple"), P("day"), P("week"), P("month"), P("year"), P("decade"),
  P("centur"), P("hour"), P("minute"), P("quarter"),
}
-- Likewise "this" before a unit, a season, a part of the day, a weekday
-- or a month ("this year", "this past weekend", "this morning", "this
-- May"); a number word before a unit, "and", "thousand", another number
-- word or a hyphen ("two years", "two and a half", "two thousand",
-- "nineteen ninety", "twenty-one"); "about", "some", "over" ... before a
-- number or a unit; "several" and "many" before a unit.
local unit_pre = alt {
  P("day"), P("week"), P("month"), P("year"), P("decade"), P("centur"), P("hour"),
  P("minute"), P("quarter"),
}
local NUMWORDS = [[one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
seventy eighty ninety]]
local numword = trie(word_set(NUMWORDS))
local this_next = P("this") * sp * alt {
  P("past"), unit_pre, P("weekend"), P("spring"), P("summer"), P("autumn"), P("fall"),
  P("winter"), P("morning"), P("afternoon"), P("evening"), P("night"),
  P("mon"), P("tue"), P("wed"), P("thu"), P("fri"), P("sat"), P("sun"),
  P("jan"), P("feb"), P("mar"), P("apr"), P("may"), P("jun"), P("jul"), P("aug"), P("sep"),
  P("oct"), P("nov"), P("dec"),
}
local numword_next = numword * (P("-") + sp * (unit_pre + P("and") * B + P("thousand")
  + numword + P("half")))
local approx_next = (P("about") + P("some") + P("over") + P("nearly") + P("almost")
  + P("roughly")) * sp * (digit + numword + unit_pre + P("a") * B + P("an") * B
  + P("half") + P("few") + P("couple") + P("the") * B + P("past") + P("last") + P("next")
  + P("first") + P("final"))
local many_next = (P("several") + P("many")) * sp * unit_pre
local guard = #alt {
  a_unit, this_next, numword_next, approx_next, many_next,
  -- a year, an ISO date, a decade; or a number before a word, "-" or "/"
  digit * digit * digit * digit * -digit,
  digit * digit ^ -2 * (P(".") * digit ^ 1) ^ -1 * alpha ^ 0 * (sp * alpha + S("-/")),
  digit * digit ^ -1 * (P(":") + osp * S("ap") * P(".") ^ -1 * P("m")),
  apos * digit,
  trie(word_set(STARTERS)),
  P("the") * sp * (digit + apos + after_the),
  P("in") * sp * P("recent") * B,
  P("from") * sp * (digit + month),
  P("that") * sp * (P("year") + P("month") + P("week") + P("day") + P("same") + P("morning")
    + P("afternoon") + P("evening") + P("night") + weekday_p) * B,
  P("at") * sp * (P("present") + P("least")) * B,
  P("new") * sp * P("year") * B,
  P("the") * sp * P("new") * sp * P("year") * B,
  P("year") * (P("-") + sp + apos) ,
  P("up") * sp * P("to") * B,
  P("for") * sp * (P("years") + P("months") + P("weeks") + P("days") + P("decades")
    + P("hours") + P("minutes") + P("centuries")) * B,
  (P("more") + P("less")) * sp * P("than") * B,
  P("overnight") * B,
  ((P("just") + P("only")) * sp) ^ -1 * (P("hours") + P("minutes") + P("moments")) * sp
    * (P("earlier") + P("later")) * B,
}
-- The guard tries some twenty alternatives at every word of a text; each
-- opens with a whole word of a closed list (or a digit or an apostrophe), so
-- one trie of those words turns most of the text's words away first (the
-- guard's answer is unchanged: this is a necessary condition for it).
local OPENERS = word_set(STARTERS)
for w in (NUMWORDS .. [[ a an this about some over nearly almost roughly several
  many the in from that at new year up for more less overnight just only hours minutes
  moments]]):gmatch("%a+") do
  OPENERS[w] = true
end
local scanner = Ct((#(trie(OPENERS) + digit + apos) * guard * item + skip) ^ 0)

-- ---------------------------------------------------------------------------
-- Resolution.
-- ---------------------------------------------------------------------------

local function cap(orig, pos)
  local c = byte(orig, pos)
  return c and c >= 65 and c <= 90
end

-- Year for a month (and day) given without one: the tense decides whether
-- it is the last or the next such month; without a cue the nearest wins.
local function year_for(ref, m, d, tense, explicit)
  local best, bestd, alt_y, alt_d
  for y = ref.y - 1, ref.y + 1 do
    local dd = d or 15
    if dd > month_days(y, m) then dd = month_days(y, m) end
    local diff = days_from_civil(y, m, dd) - ref.n
    if not d and y == ref.y and m == ref.m then diff = 0 end
    if not bestd or abs(diff) < abs(bestd) then best, bestd = y, diff end
  end
  -- The tense overrides the nearest year when it points the other way and
  -- the year it points to is not much further off.
  if explicit and ((tense == "past" and bestd > 0) or (tense == "future" and bestd < 0)) then
    alt_y = tense == "past" and best - 1 or best + 1
    local dd = d or 15
    if dd > month_days(alt_y, m) then dd = month_days(alt_y, m) end
    alt_d = abs(days_from_civil(alt_y, m, dd) - ref.n)
    if alt_d <= M.tense_window then return alt_y end
  end
  return best
end
-- Easter Sunday of a year (the anonymous Gregorian computus), as a day number.
local function easter(y)
  local a, b, c = y % 19, y // 100, y % 100
  local d, e = b // 4, b % 4
  local f = (b + 8) // 25
  local g = (b - f + 1) // 3
  local h = (19 * a + b - d - g + 15) % 30
  local i, k = c // 4, c % 4
  local l = (32 + 2 * e + 2 * i - h - k) % 7
  local m = (a + 11 * h + 22 * l) // 451
  local n = h + l - 7 * m + 114
  return days_from_civil(y, n // 31, n % 31 + 1)
end

local function shift_months(y, m, k)
  local t = y * 12 + (m - 1) + k
  return floor(t / 12), t % 12 + 1
end

local UNIT_DAYS = { D = 1, W = 7 }

-- Resolves "n units" counted from day number base in direction dir.
local function count_from(base, n, u, dir)
  if not base then return nil end
  local y, m = civil_from_days(base)
  if u == "D" or u == "W" then
    local v = v_dayn(base + dir * floor(n * UNIT_DAYS[u] + 0.5))
    if v and u == "W" and n == floor(n) and n >= 2 then
      local w = v_week(base + dir * floor(n * 7))
      return w
    end
    return v
  elseif u == "M" then
    if n ~= floor(n) then return v_dayn(base + dir * floor(n * 30.44 + 0.5)) end
    local yy, mm = shift_months(y, m, dir * n)
    return v_month(yy, mm)
  elseif u == "Y" then
    if n ~= floor(n) then
      local yy, mm = shift_months(y, m, dir * floor(n * 12 + 0.5))
      return v_month(yy, mm)
    end
    return v_year(y + dir * n)
  elseif u == "E" then
    return v_decade(y + dir * floor(n * 10))
  elseif u == "C" then
    return v_century(floor((y + dir * floor(n * 100)) / 100))
  elseif u == "Q" then
    local q = floor((m - 1) / 3) + 1
    local yy, mm = shift_months(y, (q - 1) * 3 + 1, dir * floor(n * 3))
    return v_quarter(yy, floor((mm - 1) / 3) + 1)
  end
  return nil
end

local DUR_LETTER = { D = "D", W = "W", M = "M", Y = "Y", Q = "Q" }
local function duration_value(n, u)
  -- TimeML writes decades and centuries in years ("two decades" = P20Y)
  if u == "E" then n, u = n * 10, "Y" elseif u == "C" then n, u = n * 100, "Y" end
  if u == "H" then return fmt("PT%sH", n == floor(n) and fmt("%d", n) or tostring(n)) end
  if u == "MIN" then return fmt("PT%sM", n == floor(n) and fmt("%d", n) or tostring(n)) end
  if n ~= floor(n) then
    if u == "Y" then return fmt("P%dM", floor(n * 12 + 0.5)) end
    if u == "W" then return fmt("P%dD", floor(n * 7 + 0.5)) end
    return fmt("P%s%s", tostring(n), DUR_LETTER[u] or "D")
  end
  return fmt("P%d%s", n, DUR_LETTER[u] or "D")
end

local function relative_spec(n, u, dir)
  if u == "D" or u == "W" then
    return { days = dir * floor(n * UNIT_DAYS[u] + 0.5) }
  elseif u == "M" then
    return { months = dir * n }
  elseif u == "Y" then
    return { years = dir * n }
  end
  return nil
end

-- Words before a four-digit number that make it an identifier.
local ID_NOUNS = {}
for w in ("flight resolution route room article section chapter no number highway bus " ..
          "line code model version page unit platform gate paragraph act rule order " ..
          "decree law item box lot serial"):gmatch("%a+") do
  ID_NOUNS[w] = true
end
local YEAR_PREPS = {}
for w in ("in since by from until till before after of during around circa about " ..
          "between and to early late mid"):gmatch("%a+") do
  YEAR_PREPS[w] = true
end

local resolve -- forward
local statement_day -- forward

local function is_hhmm(n) return n // 100 <= 23 and n % 100 <= 59 end

-- Whether a (lowered) text writes times of day as hhmm where nothing else
-- can be meant: before a zone or "hours", or after "at" ending a clause
-- ("at 2100, rebels ...", "at 2100 on 15 March"). Memoised for the last text.
local hhmm_low, hhmm_yes
local function writes_hhmm(low)
  if low ~= hhmm_low then
    hhmm_low = low
    hhmm_yes = false
    for _, p in ipairs { "%f[%d][0-2]%d[0-5]%d%s+gmt%f[%A]", "%f[%d][0-2]%d[0-5]%d%s+hours%f[%A]",
                         "%f[%d][0-2]%d[0-5]%d%s+hrs%f[%A]", "%f[%a]at%s+[0-2]%d[0-5]%d%s*[,.]",
                         "%f[%a]at%s+[0-2]%d[0-5]%d%s+on%s" } do
      if find(low, p) then hhmm_yes = true; break end
    end
  end
  return hhmm_yes
end

-- How far back (bytes) a year the text told still sets the year of a date
-- written without one: about three sentences of a story told in the past.
local STORY_REACH = 600

-- "That was the year the industry collapsed. ... on 26 June, a student
-- walked along this beach": a day or month with no year that the article's
-- year would put after the article (in a story told in the past), shortly
-- after the text told an earlier year, is of that year. (Only then: "In
-- 2019 Putin thanked him ... on March 8 the embassy warned" is this year.)
local function story_year(ctx, ref, s, y0, m, d)
  local y, at = ctx._story_y, ctx._story_at
  if not (y and at and ref and y < ref.y and s > at and s - at <= STORY_REACH) then
    return nil
  end
  if find(sub(ctx._low or "", s > 60 and s - 60 or 1, s), "%f[%a]now%f[%A]") then return nil end
  if y0 > ref.y or (y0 == ref.y and (m > ref.m or (m == ref.m and (d or 1) > ref.d + 1))) then
    return y
  end
  return nil
end

-- "In October 2014 two soldiers were killed ... On 20 October a man ran
-- down two soldiers": a day of the month the text told last with its year
-- ("in" or "on" before it), a short stretch before and with no date between,
-- is of that year, not of the story's (a past year only: the article's own is
-- the default anyway; "on Aug. 2" after "the August 1988 cease-fire" is not).
local function month_told_year(ctx, ref, s, y0, m)
  local lo, at = ctx._last_any_lo, ctx._last_any_at
  if not (lo and at and ref and s > at and s - at <= STORY_REACH) then return nil end
  if ctx._last_prec ~= "month" and ctx._last_prec ~= "day" then return nil end
  local ly, lm = tonumber(sub(lo, 1, 4)), tonumber(sub(lo, 6, 7))
  if lm ~= m or ly >= ref.y or ly == y0 then return nil end
  return ly
end

-- How far back (bytes) a year an undated text wrote out still sets the year
-- of a day it writes without one: about a page.
local TOLD_REACH = 2000

-- Does the year an undated text wrote out last set the year of the day or
-- month at `s`? Only for one told with "on" or "in" ("On March 27 two men
-- ..."): "the Sept. 11 attacks" names an event of its own year.
-- Was a month or a year told after the day told last? Then the story has
-- moved on to a time with no day, and "the next day" or "that morning"
-- counts from no day the text gives.
local function coarser_since(ctx)
  return ctx._last_any_at ~= nil and ctx._last_any_at > (ctx._last_at or 0)
    and (ctx._last_prec == "month" or ctx._last_prec == "year")
end

local function told_year(ctx, low, s)
  if not (ctx._told_y and ctx._told_at and s > ctx._told_at
    and s - ctx._told_at <= TOLD_REACH) then
    return false
  end
  local prep = match(sub(low, s > 8 and s - 8 or 1, s - 1), "(%a+)%s+$")
  return prep == "on" or prep == "in"
end

-- Resolves one parse t found at [s, e] (absolute offsets).
-- Returns a result table without offsets, or nil to drop the match.
function resolve(t, ref, ctx, low, orig, s, e, off)
  local k = t.k
  local function tense()
    if ctx.tense then
      local r = ctx.tense(orig, s, e)
      if r then return r, true end
    end
    return guess_tense(low, s, e)
  end

  -- A month name must be written with a capital ("3 may be" is no date);
  -- mp is its offset relative to the match start.
  if t.mp and not cap(orig, t.mp + off) then return nil end
  if k == "date" then
    local y, m, d = t.y, t.m, t.d
    if t.yrel then
      -- "March 22 last year": the year is told, relative to the article's
      if not ref then return { type = "DATE", rule = "date.md_relyear" } end
      y = ref.y + t.yrel
      local v = v_day(y, m, d)
      if not v then return nil end
      v.type, v.rule = "DATE", "date.md_relyear"
      return v
    end
    if not y and not ref and told_year(ctx, low, s) then
      -- an undated text that wrote the year out ("on March 22, 2022 ... On
      -- March 27"): a day it writes without one is of that year
      local v = v_day(ctx._told_y, m, d)
      if not v then return nil end
      v.type, v.rule = "DATE", "date.md_told_year"
      return v
    end
    if not y then
      if not ref then return { type = "DATE", rule = "date.md" } end
      local tn, explicit = tense()
      y = year_for(ref, m, d, tn, explicit)
      if tn == "past" and explicit then y = story_year(ctx, ref, s, y, m, d) or y end
      y = month_told_year(ctx, ref, s, y, m) or y
      -- "On November 10 of the same year", "on March 3 that year": the
      -- year of the date told last
      local after = sub(low, e + 1, e + 22)
      local that = match(after, "^,? of (th[ae]t? ?s?a?m?e?) year")
        or match(after, "^,? (th[ae]t? ?s?a?m?e?) year")
      if ctx._last_any and (that == "the same" or that == "that" or that == "that same") then
        y = (civil_from_days(ctx._last_any))
      end
      -- "on Thursday, November 20" in a story of an old year: the weekday
      -- written picks the year, the one told last first, else the nearest
      -- year back that gives that day that weekday
      if t.wd and d <= month_days(y, m) and not falls_on(y, m, d, t.wd) then
        local told = ctx._last_any and (civil_from_days(ctx._last_any))
        if told and told <= y and falls_on(told, m, d, t.wd) then
          y = told
        else
          for back = 1, 6 do
            if falls_on(y - back, m, d, t.wd) then y = y - back; break end
          end
        end
      end
    end
    local v = v_day(y, m, d)
    if not v then return nil end
    v.type, v.rule = "DATE", t.y and "date.full" or "date.md"
    return v
  elseif k == "slash" then
    local a, b = t.a, t.b
    local m, d = a, b
    if a > 12 then m, d = b, a end
    if m > 12 then return nil end
    local v = v_day(t.y, m, d)
    if not v then return nil end
    v.type, v.rule = "DATE", "date.slash"
    return v
  elseif k == "month" then
    if t.yrel then
      if not ref then return { type = "DATE", rule = "date.month_relyear" } end
      local v = v_month(ref.y + t.yrel, t.m)
      v.type, v.rule, v.mod = "DATE", "date.month_relyear", t.mod
      return v
    end
    local v = v_month(t.y, t.m)
    v.type, v.rule, v.mod = "DATE", "date.month_year", t.mod
    return v
  elseif k == "monthonly" then
    -- A lone "may" or "march" is a verb more often than not: only a
    -- capitalised month name counts, and not at a sentence start for May.
    if not cap(orig, s) and not t.mod then return nil end
    local w = sub(low, s, e)
    if t.mod then
      local ms = find(w, MONTHS[t.m][1]:sub(1, 3), 1, true)
      if not ms or not cap(orig, s + ms - 1) then return nil end
    elseif t.m == 5 or t.m == 3 then
      local prev = s - 1
      while prev > 0 and byte(orig, prev) == 32 do prev = prev - 1 end
      local pc = prev > 0 and byte(orig, prev)
      if not pc or pc == 46 or pc == 10 or pc == 34 then return nil end
    end
    if #w <= 3 and t.m ~= 5 then return nil end -- bare "Jan", "Dec" without a dot
    if not ref and told_year(ctx, low, s) then
      local v = v_month(ctx._told_y, t.m)
      v.type, v.rule, v.mod = "DATE", "date.month_told_year", t.mod
      return v
    end
    if not ref then return { type = "DATE", rule = "date.month" } end
    local tn, explicit = tense()
    local y = year_for(ref, t.m, nil, tn, explicit)
    if tn == "past" and explicit then y = story_year(ctx, ref, s, y, t.m, 1) or y end
    local v = v_month(y, t.m)
    v.type, v.rule, v.mod = "DATE", "date.month", t.mod
    return v
  elseif k == "dayrange" then
    local y = t.y
    if not y then
      if not ref then return { type = "DATE", rule = "date.dayrange" } end
      local tn, explicit = tense()
      y = year_for(ref, t.m, t.d, tn, explicit)
    end
    if t.d2 <= t.d then return nil end
    local a, b = v_day(y, t.m, t.d), v_day(y, t.m, t.d2)
    if not a or not b then return nil end
    local v = v_range(parse_iso(a.lo), parse_iso(b.lo))
    v.type, v.rule = "DATE", "date.dayrange"
    return v
  elseif k == "monthrange" then
    local y2 = t.y or (ref and ref.y)
    if not y2 then return { type = "DATE", rule = "date.monthrange" } end
    local y1 = t.y or y2
    if not t.y and t.m > t.m2 then y1 = y2 - 1 end
    if t.y and t.m > t.m2 then return nil end
    local v = v_range(days_from_civil(y1, t.m, 1),
                      days_from_civil(y2, t.m2, month_days(y2, t.m2)))
    v.type, v.rule = "DATE", "date.monthrange"
    return v
  elseif k == "yearrange" then
    if t.y2 <= t.y then return nil end
    -- "no electricity between 1300 and 1800" in a text that writes hhmm
    if t.y2 < 1900 and is_hhmm(t.y) and is_hhmm(t.y2) and writes_hhmm(low) then return nil end
    local v = v_range(days_from_civil(t.y, 1, 1), days_from_civil(t.y2, 12, 31))
    v.type, v.rule = "DATE", "date.yearrange"
    return v
  elseif k == "quarter" then
    local y = t.y
    local q = t.q
    if not y then
      if not ref then return { type = "DATE", rule = "date.quarter" } end
      local cq = floor((ref.m - 1) / 3) + 1
      y = ref.y
      if t.qrel then y = y + t.qrel elseif q > cq then
        local tn = tense()
        if tn == "past" then y = y - 1 end
      end
    end
    local v = v_quarter(y, q)
    v.type, v.rule = "DATE", "date.quarter"
    ctx._lastq = { y = y, q = q, pos = e }
    return v
  elseif k == "quarterref" then
    -- "the quarter" is a date only in a text that already named a quarter
    -- (elsewhere it is a part of town).
    local lq = ctx._lastq
    local v
    if t.qref == "current" and ref then
      v = v_quarter(ref.y, floor((ref.m - 1) / 3) + 1)
    elseif lq then
      v = v_quarter(lq.y, lq.q)
      if t.qref == "previous" then
        local yy, mm = shift_months(lq.y, (lq.q - 1) * 3 + 1, -3)
        v = v_quarter(yy, floor((mm - 1) / 3) + 1)
      end
    elseif t.qref == "period" then
      return nil
    elseif t.qref == "latest" and ref then
      local yy, mm = shift_months(ref.y, ref.m, -3)
      v = v_quarter(yy, floor((mm - 1) / 3) + 1)
    end
    if not v then return nil end
    v.type, v.rule = "DATE", "date.quarter"
    return v
  elseif k == "yearago" then
    local lq = ctx._lastq
    local v
    if lq and e - lq.pos < 1500 then v = v_quarter(lq.y - 1, lq.q)
    elseif ref then v = v_year(ref.y - 1) end
    if not v then return nil end
    v.type, v.rule = "DATE", "date.yearago"
    return v
  elseif k == "season" then
    local y = t.y
    -- "fall" alone is a verb or a defeat ("the fall of Kabul")
    if t.season == "fa" and not y and not t.rel and not t.mod
       and sub(low, s, s + 5) ~= "autumn" then
      return nil
    end
    -- "a grey winter afternoon": a season that only colours a day part,
    -- after "a" and no time word, describes the day told, it is no date
    if not y and not t.rel and not t.mod
      and find(sub(low, e + 1, e + 12), "^ %a+") then
      local nxt = match(low, "^ (%a+)", e + 1)
      if (nxt == "afternoon" or nxt == "morning" or nxt == "evening" or nxt == "night"
          or nxt == "day") and find(sub(low, s > 20 and s - 20 or 1, s - 1), "%f[%a]an? [%a%- ]*$")
      then
        return nil
      end
    end
    if not y then
      if not ref then return { type = "DATE", rule = "date.season" } end
      y = ref.y
      local sm = SEASON[t.season][1]
      if t.rel then
        if t.rel == -1 then
          if ref.m < sm or (t.season == "wi" and ref.m < 12) then y = y - 1 end
        elseif t.rel == 1 then
          if ref.m >= sm and not (t.season == "wi" and ref.m <= 2) then y = y + 1 end
        end
      end
      if t.season == "wi" and ref.m <= 2 and t.rel ~= 1 then y = y - 1 end
    end
    local v = v_season(y, t.season)
    v.type, v.rule, v.mod = "DATE", "date.season", t.mod
    return v
  elseif k == "rel" then
    local rel = t.rel or 0
    local u = t.unit
    local w = sub(low, s, e)
    -- "the following year", "the previous month" count from the date told
    -- last ("in 2014 ... the following year" is 2015), not from the article
    local base = ref
    -- (and "the following week" from the day told last)
    local from = (u == "year" or u == "month") and ctx._last_any or u == "week" and ctx._last
    if (find(w, "following", 1, true) or find(w, "previous", 1, true)) and from then
      local y, m, d = civil_from_days(from)
      base = { n = from, y = y, m = m, d = d }
    end
    if not base then return { type = "DATE", rule = "date.rel" } end
    local anaphoric = base ~= ref
    local v
    ref = base
    if u == "week" then v = v_week(ref.n + 7 * rel)
    elseif u == "weekend" then
      if t.rel then
        v = v_weekend(ref.n + 7 * rel)
      else
        local wd = weekday(ref.n)
        local tn = tense()
        if tn == "past" and wd < 5 then v = v_weekend(ref.n - 7) else v = v_weekend(ref.n) end
      end
    elseif u == "month" then v = v_month(shift_months(ref.y, ref.m, rel))
    elseif u == "year" then v = v_year(ref.y + rel)
    elseif u == "decade" then v = v_decade(ref.y + 10 * rel)
    end
    if not v then return nil end
    v.type, v.rule, v.mod, v.anaphoric = "DATE", "date.rel", t.mod, anaphoric or nil
    return v
  elseif k == "relwd" then
    if not ref then return { type = "DATE", rule = "date.relwd" } end
    local wd = weekday(ref.n)
    local target = t.wd - 1
    local n
    if t.rel == -1 then
      local back = (wd - target) % 7
      if back == 0 then back = 7 end
      n = ref.n - back
    elseif t.rel == 1 then
      local ahead = (target - wd) % 7
      if ahead == 0 then ahead = 7 end
      n = ref.n + ahead
    else
      n = ref.n - wd + target
    end
    local v = v_dayn(n)
    v.type, v.rule = "DATE", "date.relwd"
    return v
  elseif k == "relmonth" then
    if not ref then return { type = "DATE", rule = "date.relmonth" } end
    local y = ref.y
    if t.rel == -1 then if t.m >= ref.m then y = y - 1 end
    elseif t.rel == 1 then if t.m <= ref.m then y = y + 1 end end
    local v = v_month(y, t.m)
    v.type, v.rule, v.mod = "DATE", "date.relmonth", t.mod
    return v
  elseif k == "monthof" then
    local base = ctx._last_any
    if not base then return nil end
    local v = v_month((civil_from_days(base)), t.m)
    v.type, v.rule, v.mod = "DATE", "date.that", t.mod
    return v
  elseif k == "thatwd" then
    -- the day told last if it is that weekday, else the nearest one to it
    local base = ctx._last
    if not base then return nil end
    local delta = (t.wd - 1 - weekday(base)) % 7
    if delta > 3 then delta = delta - 7 end
    local v = v_dayn(base + delta)
    v.type, v.rule = "DATE", "date.that"
    return v
  elseif k == "that" then
    -- the unit must not be finer than the date told last
    local base, prec = ctx._last_any, ctx._last_prec
    if not base then return nil end
    if ((t.unit == "day" or t.unit == "week") and prec ~= "day")
       or (t.unit == "month" and prec ~= "day" and prec ~= "month") then
      return nil
    end
    local v
    if t.unit == "year" then v = v_year((civil_from_days(base)))
    elseif t.unit == "week" then v = v_week(base)
    elseif t.unit == "month" then
      local y, m = civil_from_days(base); v = v_month(y, m)
    else v = v_dayn(base) end
    v.type, v.rule, v.mod = "DATE", "date.that", t.mod
    return v
  elseif k == "nextday" then
    local base = ctx._last or (ref and ref.n)
    -- ("On 23 November ... In May 2019 gunmen stormed a hotel; ... the
    -- following day": a month or a year told after the day told last is
    -- the time the story is in, and its next day is no day the text gives)
    if coarser_since(ctx) then base = nil end
    if not base then return { type = "DATE", rule = "date.nextday",
                              relative = { days = t.dir } } end
    local v = v_dayn(base + t.dir)
    v.type, v.rule, v.relative = "DATE", "date.nextday", { days = t.dir }
    return v
  elseif k == "thatpart" then
    -- the day of the event just told, else the article's ("that night" in a
    -- story that told no day yet is the night of the day it reports); the
    -- day of a statement told since is passed over
    -- (the day of a statement, "the ministry said on Thursday", has no night
    -- or evening of its own that a story goes back to)
    local said, said_at
    local days = ctx._days
    local dl = days and days[#days]
    if dl and statement_day(low, dl[2], dl[4], dl[3]) then
      for i = #days - 1, 1, -1 do
        local d = days[i]
        if not statement_day(low, d[2], d[4], d[3]) then said, said_at = d[1], d[3]; break end
      end
    end
    local base = said or ctx._last or (ref and ref.n)
    -- ("since June last year, when gunmen struck the parliament and the
    -- mausoleum on the same morning": a month told after the day told last
    -- is the time the story is in, and its morning is no day the text gives)
    if not said and coarser_since(ctx) then base = nil end
    if not base then return { type = "TIME", rule = "date.thatpart", event_day = true,
                              relative = { days = 0 } } end
    local v = v_dayn(base)
    v.value = v.value .. "T" .. t.part
    v.type, v.rule, v.relative, v.event_day = "TIME", "date.thatpart", { days = 0 }, true
    v.said_base = said_at
    return v
  elseif k == "sameday" then
    local base = ctx._last or (ref and ref.n)
    if not base then return { type = "TIME", rule = "date.sameday", event_day = true,
                              relative = { days = 0 } } end
    local v = v_dayn(base)
    v.type, v.rule, v.relative = "TIME", "date.sameday", { days = 0 }
    -- "minutes later" is still the same attack (a second bomber); "hours
    -- earlier" and "overnight" date an event of their own
    v.event_day = not find(sub(low, s, e), "minute", 1, true)
      and not find(sub(low, s, e), "moment", 1, true)
    return v
  elseif k == "holiday" then
    if not cap(orig, s) then return nil end
    local y = t.y
    local function hday(yy)
      if t.hol == "TG" then -- fourth Thursday of November
        local first = days_from_civil(yy, 11, 1)
        local n = first + (3 - weekday(first)) % 7 + 21
        return n
      end
      local from_easter = t.hol:match("^E([+-]%d+)$")
      if from_easter then return easter(yy) + tonumber(from_easter) end
      local mm, dd = t.hol:match("(%d+)-(%d+)")
      return days_from_civil(yy, tonumber(mm), tonumber(dd))
    end
    if not y then
      if not ref then return { type = "DATE", rule = "date.holiday" } end
      local best, bestd
      for yy = ref.y - 1, ref.y + 1 do
        local d = abs(hday(yy) - ref.n)
        if not bestd or d < bestd then best, bestd = yy, d end
      end
      -- ("were planning to attack crowds on Christmas Day", told in July: the
      -- tense points to the last one, as it does for a month and day)
      local tn, explicit = tense()
      local ahead = hday(best) - ref.n
      if explicit and ((tn == "past" and ahead > 0) or (tn == "future" and ahead < 0)) then
        local other = tn == "past" and best - 1 or best + 1
        if abs(hday(other) - ref.n) <= M.tense_window then best = other end
      end
      y = best
    end
    local v = v_dayn(hday(y))
    v.type, v.rule = "DATE", "date.holiday"
    return v
  elseif k == "clock" then
    -- "at 1950 (0050 GMT)": the time told again in GMT is no time of its own
    if t.hm and match(sub(orig, s > 3 and s - 3 or 1, s - 1), "[%[%(]%s*$") then return nil end
    local h, min = t.h, t.min or 0
    if t.hm then h, min = t.hm // 100, t.hm % 100 end
    if t.ampm == "pm" and h < 12 then h = h + 12
    elseif t.ampm == "am" and h == 12 then h = 0 end
    local dayv
    if t.day then
      dayv = resolve(t.day, ref, ctx, low, orig, t.ds + off, e, off)
      if not dayv then return nil end
    elseif ref then
      dayv = v_dayn(ref.n)
    end
    local v = { type = "TIME", rule = "date.clock", precision = "time" }
    if dayv and dayv.value and dayv.precision == "day" then
      v.value = fmt("%sT%02d:%02d", dayv.value, h, min)
      v.lo, v.hi = dayv.lo, dayv.hi
      -- "at 2100 on 27 March": the day written is that of an event
      v.event_day = t.day ~= nil
    end
    return v
  elseif k == "century" then
    local v = v_century(t.c - 1)
    v.type, v.rule, v.mod = "DATE", "date.century", t.mod
    return v
  elseif k == "decade" then
    local v = v_decade(t.decade)
    v.type, v.rule, v.mod = "DATE", "date.decade", t.mod
    return v
  elseif k == "year" then
    if t.y < 1500 or t.y > 2100 then return nil end
    -- after currency or "#" it is an amount or a number
    local pb = byte(orig, s - 1)
    if pb == 36 or pb == 35 then return nil end
    -- "Flight 1549", "Resolution 2178": a number naming a thing
    local prev = match(sub(low, s > 40 and s - 40 or 1, s - 1), "(%a+)%.?%s+$")
    if prev and ID_NOUNS[prev] then return nil end
    -- an old year needs a preposition before it ("in 1898")
    if t.y < 1900 and not t.mod and not (prev and YEAR_PREPS[prev]) then return nil end
    -- "remained inside since 1705", "as of 1618": in a text that writes
    -- times as hhmm an old year that is also a time is that time, unless told
    -- with "in" or "of" ("a war in 1879")
    if t.y < 1900 and not t.mod and is_hhmm(t.y) and prev ~= "in"
      and (prev ~= "of" or match(sub(low, s > 40 and s - 40 or 1, s - 1), "%f[%a]as%s+of%s+$"))
      and writes_hhmm(low) then
      return nil
    end
    local v = v_year(t.y)
    v.type, v.rule, v.mod = "DATE", "date.year", t.mod
    return v
  elseif k == "deictic" then
    if not ref then return { type = t.part and "TIME" or "DATE", rule = "date.deictic" } end
    local v = v_dayn(ref.n + t.off)
    if t.part then
      v.value = v.value .. "T" .. t.part
      v.type = "TIME"
      v.event_day = true    -- "this morning": a part of a day the text tells
    else
      v.type = "DATE"
    end
    v.rule = "date.deictic"
    return v
  elseif k == "ref" then
    -- "Now, ..." opening a sentence is a discourse word, not a time
    if sub(orig, s, e + 1) == "Now," then return nil end
    local r = t.ref
    if not r then
      r = find(sub(low, s, e), "future", 1, true) and "FUTURE_REF" or "PAST_REF"
    end
    local v = v_ref(r)
    if r == "PRESENT_REF" and ref then v.lo, v.hi = ref.iso, ref.iso end
    v.type, v.rule = "DATE", "date.ref"
    return v
  elseif k == "wd" then
    -- "Friday" must be written with a capital letter.
    if not cap(orig, s) then return nil end
    if sub(low, e, e) == "s" and not t.part then
      -- "Fridays" is a set
      return { type = "SET", value = fmt("XXXX-WXX-%d", t.wd), rule = "date.set" }
    end
    if not ref then return { type = "DATE", rule = "date.weekday" } end
    local wd = weekday(ref.n)
    local target = t.wd - 1
    local n
    if t.wk then
      -- (the day of the week before or after the one of the reference day)
      n = ref.n - wd + 7 * t.wk + target
    else
      local tn = tense()
      if tn == "future" then n = ref.n + (target - wd) % 7
      else n = ref.n - (wd - target) % 7 end
    end
    local v = v_dayn(n)
    v.type, v.rule = "DATE", "date.weekday"
    -- (a day of a week the text names: no guess of which week it is)
    if t.wk then v.in_week = true end
    return v
  elseif k == "ago" then
    local n, u = t.n[1], t.n[2]
    local dir = t.dir
    local w = sub(low, s, e)
    local anchor_dct = find(w, "ago", 1, true) ~= nil
    local lq = ctx._lastq
    if n == 1 and u == "Y" and dir == -1 and lq and e - lq.pos < 1500 then
      local v = v_quarter(lq.y - 1, lq.q)
      v.type, v.rule = "DATE", "date.yearago"
      return v
    end
    if not anchor_dct and (u == "H" or u == "MIN") and n <= 12 then
      -- "an hour later", "two hours earlier": the day of the moment told
      -- last, as a time (see "sameday")
      local base = ctx._last or (ref and ref.n)
      if not base then return nil end
      local v = v_dayn(base)
      v.type, v.rule, v.relative = "TIME", "date.sameday", { days = 0 }
      v.event_day = u == "H"
      return v
    end
    if not anchor_dct then
      -- "two days later" counts from the event just told; "a year earlier"
      -- in a report on results counts from the article date.
      local base = ctx._last
      -- ("in 2003 and the embassy a year later": years and months count from
      -- the date told last, whatever its precision)
      if (u == "Y" or u == "M") and dir > 0 and ctx._last_any then base = ctx._last_any end
      -- ("in July 2022, or ... in Buffalo two months earlier": months back
      -- count from a month told last too)
      if u == "M" and dir < 0 and not base and ctx._last_any then base = ctx._last_any end
      if not base then
        if not ref then return nil end
        base = ref.n
      end
      local v = count_from(base, n, u, dir)
      if not v then return nil end
      v.type, v.rule = "DATE", "date.later"
      v.relative = relative_spec(n, u, dir)
      return v
    end
    if not ref then
      return { type = "DATE", rule = "date.ago", relative = relative_spec(n, u, -1) }
    end
    if t.sameday and n == floor(n) then
      -- "a year ago tonight": the same day of the month, n units back
      local y, m, d = ref.y, ref.m, ref.d
      local dn
      if u == "Y" then y = y - n
      elseif u == "M" then y, m = shift_months(y, m, -n)
      elseif u == "D" or u == "W" then dn = ref.n - n * UNIT_DAYS[u]
      else return nil end
      if not dn then
        if d > month_days(y, m) then d = month_days(y, m) end
        dn = days_from_civil(y, m, d)
      end
      local v = v_dayn(dn)
      v.type, v.rule = "DATE", "date.ago_sameday"
      return v
    end
    local v = count_from(ref.n, n, u, -1)
    if not v then return nil end
    v.type, v.rule = "DATE", "date.ago"
    return v
  elseif k == "newyear" then
    -- the new year nearest the article date: this year's in its first
    -- half, the next one's in its second ("in the new year" in December)
    if not ref then return { type = "DATE", rule = "date.newyear" } end
    local y = ref.m <= 6 and ref.y or ref.y + 1
    local v = t.first and v_day(y, 1, 1) or v_year(y)
    v.type, v.rule = "DATE", "date.newyear"
    return v
  elseif k == "anchored" then
    local n, u = t.n[1], t.n[2]
    local spec = relative_spec(n, u, t.dir)
    if not spec then return nil end
    local as, ae = t.as + off, t.ae + off
    spec.anchor_text = sub(orig, as, ae - 1)
    spec.anchor_start, spec.anchor_stop = as, ae - 1
    local v = { type = "DATE", rule = "date.anchored", relative = spec }
    -- When the anchor is itself a date ("two days after March 22"), resolve.
    if t.adate then
      local r = resolve(t.adate, ref, ctx, low, orig, as, ae - 1, off)
      if r and r.lo and r.precision == "day" then
        local base = parse_iso(r.lo)
        local rv = count_from(base, n, u, t.dir)
        if rv then
          rv.type, rv.rule, rv.relative = "DATE", "date.anchored", spec
          return rv
        end
      end
    end
    return v
  elseif k == "duration" then
    local n, u = t.n[1], t.n[2]
    return { type = "DURATION", value = duration_value(n, u), rule = "date.duration" }
  elseif k == "set" then
    return { type = "SET", value = t.set, rule = "date.set" }
  elseif k == "vague" then
    local u = t.u
    local value = u == "H" and "PTXH" or u == "MIN" and "PTXM"
      or fmt("PX%s", u == "E" and "E" or u == "C" and "C" or u)
    local r = { type = "DURATION", value = value, rule = "date.vague" }
    -- "for years": the extent is the unit alone
    if t.bare then r.skip = 4 end
    return r
  end
  return nil
end

-- Background dates: "since 2015", "since violence spread to the country six
-- years ago", "the insurgency began in 2009" date the start of a state of
-- affairs, not the event a sentence reports. Verbs that start one:
local BEGIN = {}
for w in ("began begun begin begins beginning started start starts spread spreading erupted " ..
          "emerged broke"):gmatch("%a+") do
  BEGIN[w] = true
end
local COARSE = { year = true, decade = true, century = true, range = true, season = true,
  quarter = true }

-- Marks r (found at [s, e]) as background. Looks at up to eight words back
-- within the clause (a comma or a sentence end stops it): "since" right
-- before the date, "since" with a beginning verb between it and the date,
-- or a beginning verb just before a coarse date or an "n years ago".
local function background(r, low, s, e)
  if r.type ~= "DATE" then return end
  -- "since August 2021, when ...": the date of the event told after it
  if find(sub(low, e + 1, e + 8), "^,?%s*when%f[%A]") then return end
  local words, i = {}, s - 1
  while #words < 8 and i > 0 do
    local c = byte(low, i)
    if c == 44 or c == 46 or c == 59 or c == 58 or c == 33 or c == 63 or c == 10 then break end
    if (c >= 97 and c <= 122) or c == 39 then
      local j = i
      while j > 1 do
        local b = byte(low, j - 1)
        if not ((b >= 97 and b <= 122) or b == 39) then break end
        j = j - 1
      end
      words[#words + 1] = sub(low, j, i)
      i = j - 1
    else
      i = i - 1
    end
  end
  local first = words[1] == "the" and words[2] or words[1]
  if first == "since" then r.background = true; return end
  local long_ago = r.rule == "date.ago" and r.precision ~= "day"
  local coarse = COARSE[r.precision] or long_ago
  local verb_at
  for k, w in ipairs(words) do
    if BEGIN[w] and not verb_at then verb_at = k end
    -- a since-clause: its years ago are where the period starts; a day in
    -- it may date an earlier event ("since gunmen killed 50 on March 3")
    if w == "since" and (verb_at or coarse) then r.background = true; return end
  end
  if verb_at and verb_at <= 4 and coarse then r.background = true end
end

local last_text, last_low

-- Verbs of saying and reporting, and of a toll told: a day told right after
-- one ("said on Thursday", "had given a figure of 250 on Wednesday", "the
-- toll stood at 31 on Wednesday") is a statement's.
local SAY = {}
for w in ("said says told announced reported added confirmed stated given gave put " ..
          "released issued published declared stood rose risen climbed reached"):gmatch("%a+") do
  SAY[w] = true
end
-- Verbs of a figure revised by whoever gave it ("it corrected that figure").
local REVISE = { corrected = true, revised = true, raised = true, lowered = true,
  updated = true }
local CLAUSE_OPEN = { that = true, which = true, when = true, who = true, after = true,
  before = true, since = true, where = true, as = true, ["and"] = true, but = true }

-- Whether the day item of `rule` at s is told as the day of a statement: "on"
-- (or nothing) before it, and a verb of saying a few words back in its
-- clause; or, given its end `e`, a speaker and a verb of saying or of
-- revising a figure right after it.
function statement_day(low, s, rule, e)
  if rule ~= "date.weekday" and rule ~= "date.md" and rule ~= "date.full" then return false end
  -- ("on Tuesday it corrected that figure": the speaker and the verb after)
  if e then
    local who, verb = match(low, "^,? (%a+) (%a+)", e + 1)
    if who and (who == "it" or who == "they" or who == "officials" or who == "he"
        or who == "she") and (SAY[verb] or REVISE[verb]) then
      return true
    end
  end
  local before = sub(low, s > 80 and s - 80 or 1, s - 1)
  before = match(before, "[^%.;:!?\n]*$")
  local words = {}
  for w in before:gmatch("%a+") do words[#words + 1] = w end
  local n = #words
  local k = n
  if words[k] == "on" then k = k - 1 end
  for i = k, k - 5 > 1 and k - 5 or 1, -1 do
    local w = words[i]
    if not w or CLAUSE_OPEN[w] then return false end
    if SAY[w] then return true end
  end
  return false
end

-- Rules of items counted in days from the day told last ("any": from the
-- date told last, when that was a day).
local FROM_LAST = { ["date.nextday"] = "day", ["date.sameday"] = "day",
  ["date.thatpart"] = "day", ["date.later"] = "day", ["date.that"] = "any" }

local function make_ref(dct)
  local n, y, m, d = parse_iso(dct)
  if not n then return nil end
  return { n = n, y = y, m = m, d = d, iso = iso(y, m, d) }
end

--- Finds the temporal expressions of a text.
-- @tparam string text the original text
-- @tparam[opt] integer s first byte to look at (default 1)
-- @tparam[opt] integer e last byte to look at (default `#text`)
-- @tparam[opt] table ctx `{ dct = "YYYY-MM-DD", tense = function(text, s, e),
--   state = {} }`; without `dct` relative expressions are found but get no
--   value. `tense` may return `"past"` or `"future"` (or nil to let the
--   built-in guess decide). A `state` table carries the date told last from
--   one call to the next, so "the next day" in one sentence counts from a
--   date in an earlier one.
-- @treturn table array of `{ start, stop, value, lo, hi, precision, type, rule,
--   mod, relative, background }` in text order; `background = true` marks a
--   date that starts a state of affairs ("since 2015", "since violence spread
--   to the country six years ago", "the insurgency began in 2009"), not the
--   date of an event the sentence tells
-- @usage dates.scan("Gunmen stormed a hall on Friday.", { dct = "2024-03-23" })
function M.scan(text, s, e, ctx)
  if type(text) ~= "string" then
    error("bad argument #1 to 'scan' (string expected, got " .. type(text) .. ")", 2)
  end
  if type(s) == "table" then ctx, s, e = s, nil, nil end
  s = s or 1
  e = e or #text
  if s < 1 then s = 1 end
  if e > #text then e = #text end
  ctx = ctx or {}
  local out = {}
  if e < s then return out end
  -- the extractor scans one sentence at a time: lower the text once
  local low
  if text == last_text then low = last_low
  else low = lower(text); last_text, last_low = text, low end
  local ref = make_ref(ctx.dct)
  local found = lpeg.match(scanner, sub(low, s, e))
  local rctx = setmetatable({ _low = low }, { __index = ctx })
  local state = ctx.state
  if state then
    rctx._last, rctx._last_any, rctx._last_prec, rctx._lastq =
      state.last, state.last_any, state.last_prec, state.lastq
    rctx._last_at, rctx._last_any_at = state.last_at, state.last_any_at
    rctx._last_any_lo = state.last_any_lo
    rctx._days = state.days
    rctx._story_y, rctx._story_at = state.story_y, state.story_at
    rctx._told_y, rctx._told_at = state.told_y, state.told_at
  end
  for _, f in ipairs(found) do
    local fs, fe = f.s + s - 1, f.e + s - 2
    -- trailing punctuation of an abbreviation is not part of the extent
    local r = resolve(f.t, ref, rctx, low, text, fs, fe, s - 1)
    if r and r.skip then fs = fs + r.skip; r.skip = nil end
    if r then
      r.start, r.stop = fs, fe
      background(r, low, fs, fe)
      out[#out + 1] = r
      local prep = match(sub(low, fs > 12 and fs - 12 or 1, fs - 1), "(%a+)%s+$")
      if (r.rule == "date.year" or r.rule == "date.month_year" or r.rule == "date.full")
        and r.lo and not r.background and (prep == "in" or prep == "of") then
        rctx._story_y, rctx._story_at = tonumber(sub(r.lo, 1, 4)), fe
      end
      -- the year an undated text wrote out last, for its days without one
      if not ref and (r.rule == "date.full" or r.rule == "date.month_year") and r.lo
        and not r.background then
        rctx._told_y, rctx._told_at = tonumber(sub(r.lo, 1, 4)), fe
      end
      -- ("at 0900 on 3 November ... that same day": a time on a day told is
      -- that day; a time with no day told is on no day the text tells)
      local prec = r.precision
      if prec == "time" then prec = r.event_day and r.lo == r.hi and "day" or nil end
      -- a day counted from the day told last says where that was told, so
      -- that the extractor can count from an event it dated itself
      -- ("four days after the Gao attack ... the next day")
      local from_last = FROM_LAST[r.rule]
      if from_last and r.lo and r.lo == r.hi then
        local days = r.relative and r.relative.days
        if r.said_base then
          r.base_stop, r.base_days, r.said_base = r.said_base, 0, nil
        elseif from_last == "any" then
          if rctx._last_prec == "day" then r.base_stop, r.base_days = rctx._last_any_at or 0, 0 end
        elseif days then
          r.base_stop, r.base_days = rctx._last_at or 0, days
        end
      end
      if prec == "day" and r.lo then
        rctx._last, rctx._last_at = parse_iso(r.lo), fe
        -- (the days told, for "the same night" to pass over statements')
        local days = rctx._days
        if not days then days = {}; rctx._days = days end
        days[#days + 1] = { rctx._last, fs, fe, r.rule }
      end
      -- "that year", "the same year" point back at a date the text wrote
      -- out, not at one counted from another ("the following year")
      if r.lo and prec and r.rule ~= "date.that" and prec ~= "ref" and not r.anaphoric then
        rctx._last_any, rctx._last_prec, rctx._last_any_at = parse_iso(r.lo), prec, fe
        -- (and whether it was told as a time, "in October 2014", not as a
        -- name's modifier, "the August 1988 cease-fire")
        rctx._last_any_lo = (prep == "in" or prep == "on") and r.lo or nil
      end
    end
  end
  if state then
    state.last, state.last_any, state.last_prec, state.lastq =
      rctx._last, rctx._last_any, rctx._last_prec, rctx._lastq
    state.last_at, state.last_any_at = rctx._last_at, rctx._last_any_at
    state.last_any_lo = rctx._last_any_lo
    state.days = rctx._days
    state.story_y, state.story_at = rctx._story_y, rctx._story_at
    state.told_y, state.told_at = rctx._told_y, rctx._told_at
  end
  return out
end

--- Applies an event-relative item to the date of its anchor.
-- @tparam table relative the `relative` field of a scan item
--   (`days`, `months` or `years`)
-- @tparam string anchor the anchor's day `"YYYY-MM-DD"`
-- @treturn table|nil `{ value, lo, hi, precision }`, nil when `anchor` is
--   not a day
-- @usage dates.apply_relative({ days = 4 }, "2024-03-22").value --> "2024-03-26"
function M.apply_relative(relative, anchor)
  if type(relative) ~= "table" then
    error("bad argument #1 to 'apply_relative' (table expected, got " .. type(relative) .. ")", 2)
  end
  local n = parse_iso(anchor)
  if not n then return nil end
  if relative.days then return v_dayn(n + floor(relative.days)) end
  local k, u = relative.months, "M"
  if not k then k, u = relative.years, "Y" end
  if not k then return nil end
  local v = count_from(n, abs(k), u, k < 0 and -1 or 1)
  return v
end

-- ---------------------------------------------------------------------------
-- Datelines.
-- ---------------------------------------------------------------------------

-- A dateline's year: four digits in modern times, or two ("3 JAN 90"),
-- not a figure of a table ("APR 7 1150 francs", "APRIL 7 72.3").
local dl_year = (Cmt(C(digit * digit * digit * digit) * B, num_in(1800, 2100))
  + year2) * -(P(".") * digit) * -(sp * digit)
local dl_month_day_year = Ct(Cg(Cp(), "s")
  * (Cg(weekday_p + weekday_abbr, "wd") * (comma + sp)) ^ -1
  * alt {
    G(month, "m") * P(".") ^ -1 * sp * G(day, "d") * (comma + sp) * G(dl_year, "y"),
    G(day, "d") * sp * G(month, "m") * P(".") ^ -1 * (comma + sp) * G(dl_year, "y"),
    G(year4, "y") * P("-") * G(Cmt(C(digit * digit), num_in(1, 12)), "m") * P("-")
      * G(Cmt(C(digit * digit), num_in(1, 31)), "d"),
    G(month, "m") * P(".") ^ -1 * sp * G(day, "d"),
    G(day, "d") * sp * G(month, "m"),
  } * B * Cg(Cp(), "e"))

-- A prefix before a dateline date: nothing, or capitalised words (a place,
-- a paper's name) ending in a separator: "KABUL, ", "- The Times - ".
-- "Published on", "Last updated:": label words before a date.
local LABELS = { published = 2, updated = 2, posted = 2, dated = 2, date = 2, first = 1,
  last = 1, on = 1 }
local function dateline_prefix_ok(prefix)
  if prefix:match("^[%s%p]*$") then return true end
  if prefix:match("^[%a%s:]*$") then
    local ok, strong = true, false
    for w in prefix:gmatch("%a+") do
      local l = LABELS[lower(w)]
      if not l then ok = false; break end
      if l == 2 then strong = true end
    end
    if ok and strong then return true end
  end
  if #prefix > 80 then return false end
  local last = prefix:match("([%-,|:\226\128\148\147]+)%s*$")
  if not last then return false end
  for w in prefix:gmatch("[%a']+") do
    if not w:match("^%u") then return false end
  end
  return true
end

--- Finds the publication date in the dateline of a news text.
-- Looks at the first ~300 bytes for a date that opens a line or follows a
-- place, a paper's name or a label and a separator ("KABUL, Aug 26
-- (Reuters) -", "- The Washington Times - Thursday, March 21, 2024",
-- "13 April 2024", "SAN SALVADOR, 3 JAN 90 --", "Published: 21 March 2024").
-- A dateline without a year takes the year nearest to `ref`; without `ref`
-- it gives nil (the years a text mentions say little about its own).
-- @tparam string text
-- @tparam[opt] string|integer ref a reference day `"YYYY-MM-DD"` or a year
--   (a crawl date, a file date) for datelines without a year
-- @treturn string|nil `"YYYY-MM-DD"`
-- @treturn[opt] integer start of the dateline date
-- @treturn[opt] integer stop of the dateline date
function M.parse_dateline(text, ref)
  if type(text) ~= "string" then
    error("bad argument #1 to 'parse_dateline' (string expected, got " .. type(text) .. ")", 2)
  end
  local head = sub(text, 1, 300)
  local low = lower(head)
  local pos = 1
  while pos <= #low do
    -- candidate starts: beginning of a word
    local ws = find(low, "%w", pos)
    if not ws then break end
    local m = lpeg.match(dl_month_day_year, low, ws)
    if m and (ws == 1 or not sub(low, ws - 1, ws - 1):match("%w")) then
      local ls = ws
      while ls > 1 and byte(head, ls - 1) ~= 10 do ls = ls - 1 end
      local prefix = sub(head, ls, ws - 1)
      -- "On March 22," opens a sentence: not a dateline
      if dateline_prefix_ok(prefix) then
        local y = m.y
        if not y and ref then
          local r = type(ref) == "number" and make_ref(fmt("%04d-07-01", ref)) or make_ref(ref)
          if r then y = year_for(r, m.m, m.d, "past", false) end
        end
        -- the first dateline-shaped date is the dateline, dated or not
        if not y then return nil end
        local v = v_day(y, m.m, m.d)
        if v then return v.value, ws, m.e - 1 end
      end
      pos = m.e
    else
      local we = find(low, "[^%w]", ws) or #low + 1
      pos = we
    end
  end
  return nil
end

M._days_from_civil, M._civil_from_days, M._iso_week = days_from_civil, civil_from_days, iso_week
M._scanner = scanner
-- the grammar tried at every word, for specs that check the guard hides nothing
M._scanner_unguarded = Ct((item + skip) ^ 0)

return M
