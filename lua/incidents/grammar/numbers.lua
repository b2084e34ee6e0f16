--- Figures in news text: numbers written in digits or words, with qualifiers, as ranges.
--
-- Pure Lua + LPeg, no state. News writes the same count many ways ("137",
-- "1,200", "thirteen", "one hundred fifteen", "a dozen", "at least 137",
-- "more than 100", "nearly a dozen", "dozens", "between 10 and 12"); this
-- module turns each into a *figure*, a range with the flags an analyst needs:
--
--     { lo = 137, hi = nil, approx = false, vague = false,
--       qualifier = "at least", text = "at least 137", start = s, stop = e }
--
-- How qualifiers become ranges (the eval README is the specification):
--
-- | text                                              | lo    | hi  | approx |
-- |---------------------------------------------------|-------|-----|--------|
-- | N                                                 | N     | N   |        |
-- | at least / no fewer than / no less than / a minimum of N | N | nil |      |
-- | more than / over / upwards of / in excess of N   | N+1   | nil |        |
-- | nearly / almost / close to / as high as / up to / as many as N | nil | N | true |
-- | about / around / some / roughly / approximately / an estimated N | N | N | true |
-- | N to M / between N and M / N-M                    | N     | M   |        |
-- | dozens / scores / hundreds / many / a number of / several | nil | nil | vague |
--
-- Offsets are 1-based inclusive byte positions into the string passed.
-- Numbers are ASCII-case-insensitive ("Thirteen", "At least").
-- @module incidents.grammar.numbers

local lpeg = require "lpeg"

local error, ipairs, pairs, pcall, select, setmetatable, tostring, type, tonumber = error,
  ipairs, pairs, pcall, select, setmetatable, tostring, type, tonumber
local tointeger = math.tointeger
local sort = table.sort
local find, gsub, lower, sub, match, byte, gmatch = string.find, string.gsub, string.lower,
  string.sub, string.match, string.byte, string.gmatch
local P, R, S, C, Cc, Cp, Ct = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cc, lpeg.Cp, lpeg.Ct

local M = {}

-- The word lists are data, so rule packs can read and extend them (`M.new`).

--- Number words and their values (lower case).
M.units = {
  zero = 0, one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7,
  eight = 8, nine = 9, ten = 10, eleven = 11, twelve = 12, thirteen = 13,
  fourteen = 14, fifteen = 15, sixteen = 16, seventeen = 17, eighteen = 18,
  nineteen = 19,
}
--- Tens words and their values.
M.tens = {
  twenty = 20, thirty = 30, forty = 40, fifty = 50, sixty = 60, seventy = 70,
  eighty = 80, ninety = 90,
}
--- Scale words and their multipliers.
M.scales = { hundred = 100, thousand = 1000, million = 1000000 }

--- Qualifier phrases by the range they give (lower case, one space between words).
-- `at_least` N..nil; `more_than` N+1..nil; `fewer_than` nil..N-1; `up_to` nil..N approx;
-- `about` N..N approx; `exact` N..N.
M.qualifiers = {
  at_least = { "at least", "no fewer than", "no less than", "not less than",
    "not fewer than", "a minimum of", "at the very least", "at minimum" },
  more_than = { "more than", "over", "upwards of", "in excess of", "well over",
    "well above", "above", "greater than", "more then", "exceeding" },
  fewer_than = { "fewer than", "less than", "under", "below" },
  up_to = { "nearly", "almost", "close to", "as high as", "up to", "as many as",
    "just under", "just short of", "as much as", "nearing" },
  about = { "about", "around", "some", "roughly", "approximately", "an estimated",
    "estimated", "approx.", "circa", "round about", "more or less", "an approximate",
    "a reported", "a reported total of" },
  exact = { "a total of", "all", "exactly", "precisely", "just", "only", "total of" },
}

--- Vague magnitudes: a count with no number (nil..nil, `vague = true`).
M.vague = {
  "dozens of", "dozens", "scores of", "scores", "hundreds of", "hundreds",
  "thousands of", "thousands", "tens of thousands of", "tens of", "many more", "many",
  "a number of", "several dozen", "several hundred", "several", "numerous",
  "a few dozen", "a few", "a handful of", "countless", "multiple", "a large number of",
  "a high number of", "an unknown number of", "an undisclosed number of", "untold",
  "an undetermined number of", "an unspecified number of", "an unconfirmed number of",
  "an indeterminate number of",
}

--- Words that may follow a year-like four-digit number and still make it a count
-- ("1500 people"); otherwise 1800..2199 without a comma is read as a year.
M.count_nouns = { "people", "persons", "civilians", "dead", "killed", "deaths",
  "wounded", "injured", "victims", "soldiers", "lives", "casualties", "hostages" }

--- Words that make the number after them a label, not a count ("Route 66").
M.labels = { "route", "flight", "highway", "no.", "number", "article", "chapter",
  "section", "page", "room", "gate", "terminal", "building", "resolution", "platform",
  "apartment", "block", "sector", "hall", "level", "floor", "bus", "line", "unit",
  "channel", "channel", "boeing", "airbus", "model", "version", "phase", "grade",
  "class", "act", "rule", "paragraph", "item", "question", "door", "road", "street",
  "lane", "avenue", "camp", "base", "brigade", "division", "battalion", "squadron",
  "regiment", "corps", "district", "zone", "area", "post", "checkpoint", "station",
  "precinct", "ward", "villa", "house", "tower", "towers", "pier", "dock", "berth",
  "exit", "junction", "km", "kilometre", "kilometer", "mile", "tomorrow", "covid",
  "g", "f", "m", "su", "mig", "ak", "year", "since", "in", "until", "till",
  "during", "circa", "summer", "winter",
  "spring", "autumn", "fall", "early", "late", "mid", "mid-", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
  "sep.", "sept.", "oct.", "nov.", "dec.", "top", "fy", "vision",
}

-- A word character: ASCII letters and digits, and any byte of a UTF-8 sequence.
local digit = R"09"
local letter = R("az", "AZ")
local wordchar = R("az", "AZ", "09", "\128\255")
local space = S" \t\r\n\f\v"
local ws = space^1
-- After a word: not inside a longer word.
local eow = -wordchar

--- LPeg patterns shared by the grammars: a word byte (ASCII letters and digits,
-- any UTF-8 byte), one white-space byte, and the end of a word (no word byte next).
-- @field wordchar
-- @field space
-- @field eow
M.wordchar, M.space, M.eow = wordchar, space, eow

-- Sequence of list[i..j], built as a balanced tree: LPeg copies both operands
-- of `*`, so a phrase grown one character at a time costs n^2 to build.
local function product(list, i, j)
  if i > j then return P(true) end
  if i == j then return list[i] end
  local m = (i + j) // 2
  return product(list, i, m) * product(list, m + 1, j)
end

-- The pattern for phrase[i..] (see `M.phrase`). Patterns are values, so one
-- phrase's pattern is built once and shared by every grammar that uses it
-- while it lives (weak: phrases from callers' words must not pile up).
local phrase_cache = setmetatable({}, { __mode = "v" })
local function phrase_from(phrase, i)
  local key = i .. "\0" .. phrase
  local cached = phrase_cache[key]
  if cached then return cached end
  local parts, k = {}, 0
  local n = #phrase
  while i <= n do
    local c = sub(phrase, i, i)
    local part
    if c == " " then
      part = ws
      while sub(phrase, i + 1, i + 1) == " " do i = i + 1 end
    elseif c == "-" then
      part = (P"-" + P"\226\128\147" + P"\226\128\144" + ws)^-1
    elseif c == "'" then
      part = P"'" + P"\226\128\153"
    elseif find(c, "%a") then
      part = S(lower(c) .. c:upper())
    else
      part = P(c)
    end
    k = k + 1
    parts[k] = part
    i = i + 1
  end
  -- a phrase that ends in punctuation ("no.") is already bounded
  if find(phrase, "[%w]$") then k = k + 1; parts[k] = eow end
  local p = product(parts, 1, k)
  phrase_cache[key] = p
  return p
end

--- Pattern for a phrase, ASCII-case-insensitive, at word boundaries.
-- A space matches any run of white space, a hyphen matches "-", a space or
-- nothing, an apostrophe matches ' or ’.
-- @tparam string phrase lower-case words
-- @return an LPeg pattern (no captures)
function M.phrase(phrase)
  if type(phrase) ~= "string" or phrase == "" then
    error("bad argument #1 to 'phrase' (non-empty string expected)", 2)
  end
  return phrase_from(phrase, 1)
end

-- Ordered choice over list[i..j], built as a balanced tree: LPeg copies both
-- operands of `+`, so a left-leaning chain of n phrases costs n^2.
local function choice(list, i, j)
  if i > j then return P(false) end
  if i == j then return list[i] end
  local m = (i + j) // 2
  return choice(list, i, m) + choice(list, m + 1, j)
end
--- Ordered choice of patterns, built as a balanced tree (LPeg copies both operands of
-- `+`, so a chain of n patterns would cost n^2 to build).
-- @tparam table list LPeg patterns, in priority order
-- @return an LPeg pattern
function M.choice(list)
  return choice(list, 1, #list)
end

local function longest_first(a, b)
  if #a ~= #b then return #a > #b end
  return a < b
end

-- The choice of phrases grouped by their first letter (one set test per group),
-- longest first within a group; `value(w)` gives a pattern to append (a capture).
local function grouped(words, value)
  local groups, firsts = {}, {}
  for _, w in ipairs(words) do
    local c = lower(sub(w, 1, 1))
    if not groups[c] then groups[c] = {}; firsts[#firsts + 1] = c end
    local g = groups[c]
    g[#g + 1] = w
  end
  sort(firsts)
  local alts = {}
  for _, c in ipairs(firsts) do
    local g = groups[c]
    sort(g, longest_first)
    local rest = {}
    for k, w in ipairs(g) do
      rest[k] = phrase_from(w, 2)
      if value then rest[k] = rest[k] * value(w) end
    end
    local head = find(c, "%a") and S(c .. c:upper()) or P(c)
    alts[#alts + 1] = head * choice(rest, 1, #rest)
  end
  return choice(alts, 1, #alts)
end

--- Ordered choice of phrases, longest first (so "many more" wins over "many").
-- @tparam table list phrases (strings)
-- @param[opt] tag when given, the pattern captures this value
-- @return an LPeg pattern
function M.alt(list, tag)
  if type(list) ~= "table" then
    error("bad argument #1 to 'alt' (table expected)", 2)
  end
  local copy, seen = {}, {}
  for _, w in ipairs(list) do
    local lw = lower(w)
    if lw ~= "" and not seen[lw] then seen[lw] = true; copy[#copy + 1] = lw end
  end
  local p = grouped(copy)
  if tag ~= nil then p = p * Cc(tag) end
  return p
end

local label_skip -- the default label pattern, set once the grammar is built

--- Adds the first word of each phrase (lower case) to a set.
-- A token that starts with a digit is keyed `"#digit"`.
-- @tparam table set the set to fill (`word -> true`)
-- @tparam table list phrases
-- @treturn table `set`
function M.first_words(set, list)
  for _, p in ipairs(list) do
    local w = match(lower(p), "^[%w\128-\255]+")
    if w then
      if find(w, "^%d") then w = "#digit" end
      set[w] = true
    end
  end
  return set
end

-- A token glued to the one before it ("30" in "3:30", "5" in "2.5", "S" in
-- "U.S.", "40" in "$40") starts nothing.
local function glued(span, pos)
  if pos == 1 then return false end
  local b = byte(span, pos - 1)
  if b == 36 or b == 35 then return true end                        -- $ #
  if (b == 46 or b == 44 or b == 58 or b == 47 or b == 45) and pos > 2 then -- . , : / -
    local a = byte(span, pos - 2)
    return (a >= 48 and a <= 57) or (a >= 65 and a <= 90) or (a >= 97 and a <= 122)
  end
  if b == 172 and pos > 3 and sub(span, pos - 3, pos - 1) == "\226\130\172" then
    return true                                                      -- euro
  end
  if b == 163 and pos > 2 and byte(span, pos - 2) == 194 then return true end  -- pound
  return false
end

--- Runs a pattern at the tokens that can start it: the dispatcher every scanner uses.
-- Walks the words of `span`; where a word (lower case, or `"#digit"`) is in
-- `starts`, tries `patt` there (or `starts[word]` itself when it is a pattern: a
-- grammar can give each first word only the constructions that start with it).
-- A match is kept and the walk resumes after it; a word in `labels` ("Route",
-- "in") skips the number after it.
-- @tparam string span the text
-- @tparam table starts set of first words
-- @param patt an LPeg pattern capturing one value, then its end position (`Cp()`)
-- @tparam[opt] table labels set of label words
-- @param[opt] label_patt the label pattern followed by `Cp()` (default: the module's)
-- @treturn table the captured values in order
function M.walk(span, starts, patt, labels, label_patt)
  local out, n, resume = {}, 0, 1
  -- the words are read from the lower-cased span (same offsets), digits start
  -- with a digit; most words start nothing and cost one table look-up
  for pos, key in gmatch(lower(span), "()([%w\128-\255]+)") do
    if pos >= resume and starts[key] or labels and labels[key]
      or byte(key, 1) <= 57 then
      local c = byte(key, 1)
      if c >= 48 and c <= 57 then key = "#digit" end
      if pos < resume or glued(span, pos) then key = nil end
      local done = false
      local own = key and starts[key]
      if own then
        local value, stop = lpeg.match(own == true and patt or own, span, pos)
        if value ~= nil then
          n = n + 1
          out[n] = value
          resume = stop
          done = true
        end
      end
      if not done and key and labels and labels[key] then
        local stop = lpeg.match(label_patt or label_skip, span, pos)
        if stop then resume = stop end
      end
    end
  end
  return out
end

-- Keys of a word->value map as a list.
local function keys(map)
  local list = {}
  for k in pairs(map) do list[#list + 1] = k end
  return list
end

-- A choice over a word->value map capturing the value.
local function valued(map)
  return grouped(keys(map), function(w) return Cc(map[w]) end)
end

local function merge_list(base, extra)
  local out = {}
  for _, w in ipairs(base) do out[#out + 1] = w end
  if extra then
    for _, w in ipairs(extra) do out[#out + 1] = w end
  end
  return out
end

local function merge_map(base, extra)
  local out = {}
  for k, v in pairs(base) do out[k] = v end
  if extra then for k, v in pairs(extra) do out[k] = v end end
  return out
end

local function add(a, b) return a + b end
local function mul(a, b)
  local n = a * b
  if n ~= n // 1 then return nil end
  return tointeger(n) or n
end

local function digits_value(str)
  return tointeger(tonumber((gsub(str, ",", ""))))
end

-- The figure table for a single qualified number; the captures are the
-- qualifier tag (optional), the value, the postfix tag (optional).
local function single_figure(...)
  local qual, value, post
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if type(v) == "number" then value = v
    elseif value == nil then qual = v
    else post = v end
  end
  if value == nil then return nil end
  local f = { lo = value, hi = value, approx = false, vague = false }
  local tag = post or qual
  if qual and post and qual ~= "exact" then tag = qual end
  if tag == "at_least" then f.hi = nil
  elseif tag == "more_than" then f.lo, f.hi = value + 1, nil
  elseif tag == "fewer_than" then f.lo, f.hi = nil, value - 1
  elseif tag == "up_to" then f.lo, f.approx = nil, true
  elseif tag == "about" then f.approx = true
  end
  f.qualifier = tag
  return f
end

local function range_figure(a, b)
  if a == nil or b == nil then return nil end
  if a > b then a, b = b, a end
  return { lo = a, hi = b, approx = false, vague = false, qualifier = "range" }
end

local function vague_figure()
  return { vague = true, approx = true, qualifier = "vague" }
end

-- Builds the grammar from word lists; `M.new` and the module defaults use it.
local function build(words)
  local unit = valued(words.units)
  local tens = valued(words.tens)
  local one = M.phrase("a") + M.phrase("an") + M.phrase("one")

  local percent = ws^-1 * (M.phrase("percent") + M.phrase("per cent"))
  -- A count is never glued to %, a decimal, a time, a unit ("15-year-old").
  -- a hyphen and a word glue a unit to the number, except "-plus" ("30-plus")
  local hyphen_word = P"-" * -M.phrase("plus") * letter
  local tail = -(wordchar + P"%" + P"." * digit + P":" * digit + hyphen_word
    + P"," * digit + P"\226\128\147" * letter + percent)
  local digit_groups = digit * digit^-2 * (P"," * digit * digit * digit)^1
  local plain = digit^1
  local year_like = (P"1" * R"89" + P"2" * R"01") * digit * digit * -digit
  local count_after = ws * M.alt(words.count_nouns)
  local int = C(digit_groups) / digits_value
    + (#(year_like * count_after) + -year_like) * C(plain) / digits_value
  local decimal = C(digit^1 * P"." * digit^1) / tonumber

  local under100 = tens * ((P"-" + ws) * unit)^-1 / function(t, u) return t + (u or 0) end
    + unit
  local hundreds = (under100 + one * Cc(1)) * ws * M.phrase("hundred") * Cc(100) / mul
    * (ws * (M.phrase("and") * ws)^-1 * under100 + Cc(0)) / add
  local below_thousand = hundreds + under100
  local thousands = (below_thousand + int + one * Cc(1)) * ws * M.phrase("thousand")
    * Cc(1000) / mul
    * (P","^-1 * ws * (M.phrase("and") * ws)^-1 * below_thousand + Cc(0)) / add
  local millions = (decimal + int + below_thousand + one * Cc(1)) * ws
    * M.phrase("million") * Cc(1000000) / mul
  local dozen = M.phrase("half a dozen") * Cc(6)
    + (below_thousand + int + one * Cc(1)) * ws * M.phrase("dozen") * Cc(12) / mul
  local couple = (M.phrase("a couple of") + M.phrase("a pair of")) * Cc(2)

  local number_any = C(plain) / digits_value * -wordchar
  -- "one hundred and thirty-two (132)": an official text restates a number
  -- in figures between brackets
  local restated = ws * P"(" * digit_groups + ws * P"(" * plain
  local number = (millions + thousands + dozen + couple + hundreds + int * tail
    + under100) * -hyphen_word * -percent * (restated * P")")^-1

  local q = words.qualifiers
  local qual = M.alt(q.at_least, "at_least") + M.alt(q.more_than, "more_than")
    + M.alt(q.fewer_than, "fewer_than") + M.alt(q.up_to, "up_to")
    + M.alt(q.about, "about") + M.alt(q.exact, "exact")
  -- postfix qualifiers: "40 or more", "40-plus", "40 or so"
  local post = (ws * M.phrase("or more") + ws * M.phrase("and more")
      + (P"-" + ws)^-1 * M.phrase("plus") + P"+" * -wordchar) * Cc("at_least")
    + ws * (M.phrase("or so") + M.phrase("odd")) * Cc("about")
  local range_sep = ws * (M.phrase("to") + M.phrase("or")) * ws
    + space^0 * (P"-" + P"\226\128\147") * space^0
  -- The figure is a grammar whose rules are the number and the qualifier: a
  -- range names the number four times, and LPeg copies a pattern into every
  -- construction that uses it but calls a grammar's rule (one copy).
  local NUMBER, QUAL = lpeg.V"number", lpeg.V"qual"
  local range = (M.phrase("between") * ws * NUMBER * ws * M.phrase("and") * ws * NUMBER
      + (M.phrase("from") * ws)^-1 * NUMBER * range_sep * NUMBER) / range_figure
  local vague = (QUAL * ws)^-1 * M.alt(words.vague) / vague_figure
  local single = (QUAL * ws)^-1 * NUMBER * post^-1 / single_figure
  local body = range + vague + single

  -- The figure with its span and text.
  local figure = P{ "figure",
    figure = lpeg.Cmt(Cp() * C(body) * Cp(), function(_, pos, s, text, f, e)
      if f == nil then return false end
      f.text, f.start, f.stop = text, s, e - 1
      return pos, f
    end),
    number = number,
    qual = qual,
  }
  local label = M.alt(words.labels) * ws * (digit^1 * wordchar^0)
  -- a failed token is skipped whole, with its inner punctuation ("3:30", "2.5",
  -- "U.S.", "15-year-old") and a currency sign before it ("$40")
  local token = wordchar^1 * (S".,:/-" * wordchar^1)^0
  local skip = label + (S"$#" + P"\226\130\172" + P"\194\163") * space^0 * token
    + token + 1
  local scanner = Ct((figure + skip)^0)
  local starts = M.first_words({ ["#digit"] = true, a = true, an = true, half = true },
    keys(words.units))
  M.first_words(starts, keys(words.tens))
  for _, list in pairs(words.qualifiers) do M.first_words(starts, list) end
  M.first_words(starts, words.vague)
  return { number = number, any_number = number_any, figure = figure, label = label,
    scanner = scanner, words = words, token = token, starts = starts,
    figure_pos = figure * Cp(), label_words = M.first_words({}, words.labels),
    label_pos = label * Cp() }
end

local defaults = {
  units = M.units, tens = M.tens, scales = M.scales, qualifiers = M.qualifiers,
  vague = M.vague, count_nouns = M.count_nouns, labels = M.labels,
}

-- Merges extra word lists into a copy of the defaults.
local function merged(extra)
  local w = {}
  for k, v in pairs(defaults) do w[k] = v end
  if extra == nil then return w end
  if type(extra) ~= "table" then return nil end
  w.units = merge_map(defaults.units, extra.units)
  w.tens = merge_map(defaults.tens, extra.tens)
  w.scales = merge_map(defaults.scales, extra.scales)
  w.vague = merge_list(defaults.vague, extra.vague)
  w.count_nouns = merge_list(defaults.count_nouns, extra.count_nouns)
  w.labels = merge_list(defaults.labels, extra.labels)
  w.qualifiers = {}
  for k, v in pairs(defaults.qualifiers) do
    w.qualifiers[k] = merge_list(v, extra.qualifiers and extra.qualifiers[k])
  end
  return w
end

local grammar = build(defaults)
label_skip = grammar.label * Cp()
local whole_number = space^0 * (grammar.number + grammar.any_number) * space^0 * -1
local whole_figure = space^0 * grammar.figure * space^0 * -1

--- LPeg pattern matching a number at the current position and capturing its value
-- ("137", "1,200", "thirteen", "one hundred fifteen", "a dozen", "two dozen",
-- "a hundred", "1.5 million"). No qualifiers.
M.number = grammar.number

--- LPeg pattern matching a figure at the current position and capturing a figure
-- table `{lo=, hi=, approx=, vague=, qualifier=, text=, start=, stop=}`.
-- `qualifier` is the kind of range: `"at_least"`, `"more_than"`, `"fewer_than"`,
-- `"up_to"`, `"about"`, `"exact"`, `"range"`, `"vague"`, or nil for a bare number.
-- `start`/`stop` are positions in the subject (1-based inclusive).
M.figure = grammar.figure

--- LPeg pattern matching a label and its number ("Route 66", "Flight 17", "in 2019"),
-- so scanners can skip numbers that are not counts.
M.label = grammar.label

--- Parses a number written in digits or words.
-- @tparam string str the number alone, e.g. `"1,200"`, `"one hundred fifteen"`, `"a dozen"`
-- @treturn ?integer the value, or nil when `str` is not a number
-- @usage numbers.parse("two dozen") --> 24
function M.parse(str)
  if type(str) ~= "string" then
    error("bad argument #1 to 'parse' (string expected, got " .. type(str) .. ")", 2)
  end
  return lpeg.match(whole_number, str)
end

--- Parses a figure with its qualifier.
-- @tparam string str e.g. `"at least 137"`, `"nearly a dozen"`, `"dozens"`
-- @treturn ?table a figure table (see `figure`), or nil
-- @usage numbers.range("more than 130") --> {lo=131, hi=nil, qualifier="more_than", ...}
function M.range(str)
  if type(str) ~= "string" then
    error("bad argument #1 to 'range' (string expected, got " .. type(str) .. ")", 2)
  end
  return lpeg.match(whole_figure, str)
end

--- Checks the arguments `text[, s, e]` every scanner takes, for the scanner's caller.
-- @tparam string fname the scanner's name, for the message
-- @param text the text
-- @param[opt] s first byte (default 1, raised to 1)
-- @param[opt] e last byte (default and at most `#text`)
-- @treturn integer s
-- @treturn integer e
function M.span(fname, text, s, e)
  if type(text) ~= "string" then
    error("bad argument #1 to '" .. fname .. "' (string expected, got "
      .. type(text) .. ")", 3)
  end
  s = s or 1
  e = e or #text
  if type(s) ~= "number" then
    error("bad argument #2 to '" .. fname .. "' (number expected, got " .. type(s) .. ")", 3)
  end
  if type(e) ~= "number" then
    error("bad argument #3 to '" .. fname .. "' (number expected, got " .. type(e) .. ")", 3)
  end
  if s < 1 then s = 1 end
  if e > #text then e = #text end
  return s, e
end

--- Shifts the offsets of records found in a substring back into the whole text.
-- @tparam table list records (their `parts` are shifted too)
-- @tparam integer delta what to add (the substring's first byte - 1)
-- @tparam table fields names of the offset fields
-- @treturn table `list`
function M.shift(list, delta, fields)
  if delta == 0 then return list end
  for _, r in ipairs(list) do
    for _, f in ipairs(fields) do
      if r[f] then r[f] = r[f] + delta end
    end
    if r.parts then M.shift(r.parts, delta, fields) end
  end
  return list
end

local FIG_FIELDS = { "start", "stop" }

--- Builds a cheap first look over a span: does a word start with one of the stems?
-- A stem that starts with another stem is dropped (the shorter one already finds
-- it). The search tries the stems (grouped by first letter) only where a word
-- starts and skips whole words otherwise, so its cost grows with the number of
-- words, not with the number of stems times the length of the span.
-- @tparam table stems lower-case word beginnings (a stem may hold spaces)
-- @treturn function `quick(span)` -> boolean, and the array of stems kept
function M.prefilter(stems)
  local sorted, seen = {}, {}
  for _, x in ipairs(stems) do
    x = lower(x)
    if x ~= "" and not seen[x] then seen[x] = true; sorted[#sorted + 1] = x end
  end
  sort(sorted, function(a, b)
    if #a ~= #b then return #a < #b end
    return a < b
  end)
  local kept = {}
  for _, x in ipairs(sorted) do
    local redundant = false
    for _, k in ipairs(kept) do
      if sub(x, 1, #k) == k then redundant = true; break end
    end
    if not redundant then kept[#kept + 1] = x end
  end
  -- case-insensitive stems, grouped by their first letter
  local groups, firsts = {}, {}
  for _, x in ipairs(kept) do
    local c = sub(x, 1, 1)
    if not groups[c] then groups[c] = {}; firsts[#firsts + 1] = c end
    local rest = P(true)
    for i = 2, #x do
      local ch = sub(x, i, i)
      rest = rest * (find(ch, "%a") and S(ch .. ch:upper()) or P(ch))
    end
    local g = groups[c]
    g[#g + 1] = rest
  end
  local alts = {}
  for _, c in ipairs(firsts) do
    local head = find(c, "%a") and S(c .. c:upper()) or P(c)
    alts[#alts + 1] = head * choice(groups[c], 1, #groups[c])
  end
  local stem = choice(alts, 1, #alts)
  local token = wordchar^1 + (1 - wordchar)^1
  local search = (-stem * token)^0 * stem
  local function quick(span)
    return lpeg.match(search, span) ~= nil
  end
  return quick, kept
end

--- Builds a cue scanner around a grammar: the shape the claims, status and
-- casualties scanners share (a first look over the span, then the walk, then
-- offsets moved back into the whole text).
-- @tparam table words the word lists the grammar was built from
-- @param patt an LPeg pattern capturing one record, then `Cp()` (see `walk`)
-- @tparam table starts first words (see `walk`)
-- @tparam table stems word beginnings for the first look (see `prefilter`)
-- @tparam table fields names of the records' offset fields (see `shift`)
-- @tparam[opt] table labels set of label words (see `walk`)
-- @treturn table `{ scan = function(text[, s, e]), words =, stems =, quick = }`
function M.scanner(words, patt, starts, stems, fields, labels)
  local quick, kept = M.prefilter(stems)
  local scanner = { words = words, stems = kept, quick = quick }
  function scanner.scan(text, s, e)
    s, e = M.span("scan", text, s, e)
    local span = (s == 1 and e == #text) and text or sub(text, s, e)
    if not quick(span) then return {} end
    return M.shift(M.walk(span, starts, patt, labels), s - 1, fields)
  end
  return scanner
end

-- A copy of the word lists with each extra list (lower-cased) added at the end.
local function merge_lists(base, extra)
  local out = {}
  for k, list in pairs(base) do
    local l = {}
    for _, x in ipairs(list) do l[#l + 1] = x end
    if extra[k] then
      for _, x in ipairs(extra[k]) do l[#l + 1] = lower(x) end
    end
    out[k] = l
  end
  return out
end

--- Builds a scanner from default word lists and a rule pack's extra ones: the
-- `new(extra)` of the claims, status and casualties modules.
-- @tparam table lists the module's default word lists (name -> array of phrases)
-- @tparam function make builds a scanner from word lists (may raise)
-- @param[opt] extra word lists keyed like `lists`, each added to the default one
-- @treturn table the scanner, or `nil, msg` when `extra` is not a table of lists of
--   non-empty strings with known names, or when the grammar cannot be built
function M.extend(lists, make, extra)
  if extra == nil then return make(lists) end
  if type(extra) ~= "table" then return nil, "extra words must be a table" end
  for k, list in pairs(extra) do
    if lists[k] == nil then return nil, "unknown word list '" .. tostring(k) .. "'" end
    if type(list) ~= "table" then return nil, "word list '" .. k .. "' must be a table" end
    for i, x in ipairs(list) do
      if type(x) ~= "string" or x == "" then
        return nil, "word list '" .. k .. "' item " .. i .. " must be a non-empty string"
      end
    end
  end
  local ok, scanner = pcall(make, merge_lists(lists, extra))
  if not ok then return nil, "cannot build the scanner: " .. tostring(scanner) end
  return scanner
end

local function scan_with(g, text, s, e)
  local span = (s == 1 and e == #text) and text or sub(text, s, e)
  return M.shift(M.walk(span, g.starts, g.figure_pos, g.label_words, g.label_pos), s - 1,
    FIG_FIELDS)
end

--- Finds every figure in a text (labels like "Route 66" and years are skipped).
-- @tparam string text
-- @tparam[opt] integer s first byte of the span (default 1)
-- @tparam[opt] integer e last byte of the span (default `#text`)
-- @treturn table an array of figure tables, offsets into `text`
function M.scan(text, s, e)
  s, e = M.span("scan", text, s, e)
  return scan_with(grammar, text, s, e)
end

--- Builds a figure grammar with extra words.
-- @tparam[opt] table extra like the module's lists: `{ qualifiers = { about = {...} },
--   vague = {...}, units = { word = value }, labels = {...}, count_nouns = {...} }`
-- @treturn table `{ number = patt, figure = patt, label = patt, scan = function, words = table }`
--   or `nil, msg` when `extra` is not a table
function M.new(extra)
  local w = merged(extra)
  if w == nil then return nil, "extra words must be a table" end
  local g
  if extra == nil then
    -- The default words give the module's own grammar: its patterns are
    -- values and can be shared (building them again costs 30 MB and 12 ms);
    -- the tables are copied so a caller's changes stay its own.
    g = {}
    for k, v in pairs(grammar) do g[k] = v end
    g.starts = merge_map(grammar.starts)
    g.label_words = merge_map(grammar.label_words)
  else
    g = build(w)
  end
  g.scan = function(text, s, e)
    s, e = M.span("scan", text, s, e)
    return scan_with(g, text, s, e)
  end
  g.words = w
  return g
end

--- The default word lists (units, tens, scales, qualifiers, vague, count_nouns, labels).
M.words = defaults

return M
