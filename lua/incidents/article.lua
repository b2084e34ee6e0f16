--- Articles: read news text from files and JSON lines, find its date.
--
-- An article is a plain table:
--
--     { text = <the text, valid UTF-8>, title =, source =, url =, path =, id =,
--       published = "YYYY-MM-DD" | nil, published_inferred = bool,
--       hash = <hex>, body_start = n, cleaned = bool,
--       warnings = { "date 'next Tuesday' is no date this reads ..." } | nil }
--
-- Plain text may open with header lines (`Title:`, `Date:`, `Source:`,
-- `URL:`) ended by a blank line; `body_start` is the offset where the body
-- begins. The publication date comes from the `Date:` header (or the JSON
-- date field), else from a dateline at the top ("KABUL, Aug 26, 2021
-- (Reuters) -", "Thursday, March 21, 2024"; one without a year only with
-- `ref_date`), else from a date that starts the file's name
-- ("2024-01-03_kerman.txt", "20240103-kerman.txt"), else it is inferred from
-- the latest full date the text states, and `published_inferred` says so.
--
-- A text with no well-formed multi-byte UTF-8 in it is read as Windows-1252
-- (`encoding = "windows-1252"`); otherwise ill-formed UTF-8 is replaced
-- (with `core.utf8_clean` when the C core is built, else in Lua). Either way
-- the article is marked `cleaned`, and every offset the extractor produces
-- is into `text`, the UTF-8 text that is stored.
-- @module incidents.article

local dates = require "incidents.grammar.dates"

local type, pcall, require, tostring, tonumber, ipairs, pairs, error =
  type, pcall, require, tostring, tonumber, ipairs, pairs, error
local io_open, io_type = io.open, io.type
local os_date = os.date
local fmt, sub, find, match, lower, gsub, unpack, byte =
  string.format, string.sub, string.find, string.match, string.lower, string.gsub,
  string.unpack, string.byte
local gmatch, char = string.gmatch, string.char
local utf8_char = utf8.char
local concat = table.concat
local tointeger = math.tointeger
local utf8_len = utf8.len

local M = {}

-- The C core is optional here: the reader must work in a tree where it is
-- not built yet, and it is loaded once.
local core
do
  local ok, c = pcall(require, "incidents.core")
  if ok and type(c) == "table" then core = c end
end

-- ---------------------------------------------------------------------------
-- UTF-8 and hashing fallbacks.
-- ---------------------------------------------------------------------------

-- Replaces each maximal ill-formed subpart with U+FFFD and removes NULs,
-- as the C core (and WHATWG's decoder) do, so the text and its hash do not
-- depend on whether the core is built.
local FFFD = "\239\191\189"
local function lua_utf8_clean(s)
  if utf8_len(s) and not find(s, "\0", 1, true) then return s, false end
  local out, n, i, run = {}, #s, 1, 1
  local function cut(upto, with)
    if upto >= run then out[#out + 1] = sub(s, run, upto) end
    if with then out[#out + 1] = with end
  end
  while i <= n do
    local c = byte(s, i)
    local need, lo, hi = 0, 0x80, 0xBF
    if c == 0 then
      cut(i - 1); i = i + 1; run = i
    elseif c < 0x80 then
      i = i + 1
    else
      if c >= 0xC2 and c <= 0xDF then need = 1
      elseif c >= 0xE0 and c <= 0xEF then
        need = 2
        if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F end
      elseif c >= 0xF0 and c <= 0xF4 then
        need = 3
        if c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end
      end
      if need == 0 then
        cut(i - 1, FFFD); i = i + 1; run = i
      else
        local k = 1
        while k <= need do
          local b = byte(s, i + k)
          if not b or b < lo or b > hi then break end
          lo, hi = 0x80, 0xBF
          k = k + 1
        end
        if k > need then
          i = i + need + 1
        else
          cut(i - 1, FFFD); i = i + k; run = i
        end
      end
    end
  end
  cut(n)
  return concat(out), true
end

local function utf8_clean(s)
  if core and core.utf8_clean then return core.utf8_clean(s) end
  return lua_utf8_clean(s)
end
M._lua_utf8_clean = lua_utf8_clean

-- Windows-1252's 0x80-0x9F (curly quotes, dashes, the euro, ...); the
-- five bytes it leaves undefined become U+FFFD. 0xA0-0xFF are Latin-1,
-- the code point of the same number.
local CP1252 = { [0x80] = 0x20AC, [0x82] = 0x201A, [0x83] = 0x0192, [0x84] = 0x201E,
  [0x85] = 0x2026, [0x86] = 0x2020, [0x87] = 0x2021, [0x88] = 0x02C6, [0x89] = 0x2030,
  [0x8A] = 0x0160, [0x8B] = 0x2039, [0x8C] = 0x0152, [0x8E] = 0x017D, [0x91] = 0x2018,
  [0x92] = 0x2019, [0x93] = 0x201C, [0x94] = 0x201D, [0x95] = 0x2022, [0x96] = 0x2013,
  [0x97] = 0x2014, [0x98] = 0x02DC, [0x99] = 0x2122, [0x9A] = 0x0161, [0x9B] = 0x203A,
  [0x9C] = 0x0153, [0x9E] = 0x017E, [0x9F] = 0x0178 }
local cp1252_char = {}
for b = 0x80, 0xFF do
  cp1252_char[char(b)] = utf8_char(b >= 0xA0 and b or CP1252[b] or 0xFFFD)
end

-- Whether a text that is not UTF-8 is a single-byte Windows-1252 (or
-- Latin-1) text, as files saved by Windows tools and old news archives
-- are: not one well-formed multi-byte UTF-8 sequence in it. A UTF-8 text
-- with a few damaged bytes has some, and is cleaned as UTF-8 instead.
local function is_cp1252(s)
  local i = 1
  while true do
    local p = find(s, "[\194-\244]", i)
    if not p then return true end
    if utf8_len(s, p, p) then return false end
    i = p + 1
  end
end

--- Decodes a Windows-1252 (or Latin-1) text to UTF-8. A text that is
-- already UTF-8, or UTF-8 with some damage, is returned as it is.
-- @tparam string s
-- @treturn string the text in UTF-8
-- @treturn boolean whether it was decoded from Windows-1252
function M.from_cp1252(s)
  if type(s) ~= "string" then
    error("bad argument #1 to 'from_cp1252' (string expected, got " .. type(s) .. ")", 2)
  end
  if utf8_len(s) or not is_cp1252(s) then return s, false end
  return (gsub(s, "[\128-\255]", cp1252_char)), true
end

-- FNV-1a over 8-byte words (64-bit integers wrap in Lua 5.4): a content
-- hash for de-duplication, not for security.
local FNV_OFFSET, FNV_PRIME = -3750763034362895579, 1099511628211
local function lua_hash(s)
  local h = FNV_OFFSET
  local n = #s
  local i = 1
  while i + 7 <= n do
    local w
    w, i = unpack("<i8", s, i)
    h = (h ~ w) * FNV_PRIME
  end
  while i <= n do
    h = (h ~ byte(s, i)) * FNV_PRIME
    i = i + 1
  end
  h = (h ~ n) * FNV_PRIME
  return fmt("%016x", h)
end

local function hash(s)
  if core and core.hash then return core.hash(s) end
  return lua_hash(s)
end
M._lua_hash = lua_hash

-- ---------------------------------------------------------------------------
-- Headers and dates.
-- ---------------------------------------------------------------------------

local HEADER_KEYS = { title = "title", date = "date", source = "source", url = "url",
  published = "date", link = "url", headline = "title" }

-- Header keys an analyst's or a crawler's files carry that say nothing we
-- keep: skipped inside the block, so they do not hide the title.
local OTHER_HEADER_KEYS = {}
for _, k in ipairs({ "author", "authors", "byline", "by", "tags", "keywords", "section",
  "category", "categories", "updated", "last updated", "modified", "last modified",
  "language", "lang", "id", "location", "dateline", "summary", "description", "subtitle",
  "word count", "words", "copyright", "publisher", "edition", "page", "type", "format",
  "retrieved", "accessed", "crawled", "fetched", "saved" }) do
  OTHER_HEADER_KEYS[k] = true
end

-- Reads `Key: value` lines up to the first blank line. They are headers
-- when at least one of them is a known key (Title, Date, Source, URL, ...);
-- a few other keys ("Author:", "Tags:", "Last updated:") are part of the
-- block and skipped, so an analyst's own header lines do not hide the title.
-- Returns the fields and the offset of the body, or nil.
local function parse_headers(text)
  local fields, pos, known = {}, 1, 0
  while true do
    local line_end = find(text, "\n", pos, true)
    local line = sub(text, pos, (line_end or #text + 1) - 1)
    line = gsub(line, "\r$", "")
    if match(line, "^%s*$") then
      if known == 0 then return nil end
      -- skip the blank line(s) that end the header block
      local body = line_end and line_end + 1 or #text + 1
      while true do
        local ne = find(text, "\n", body, true)
        if not ne or not match(sub(text, body, ne - 1), "^%s*$") then break end
        body = ne + 1
      end
      return fields, body
    end
    local key, value = match(line, "^(%a[%w%- ]-):%s*(.-)%s*$")
    -- a key the block may hold besides ours; any other "Words: more words"
    -- is a headline ("Copenhagen shootings: what we know") or the lead
    if key and not HEADER_KEYS[lower(key)] and not OTHER_HEADER_KEYS[lower(key)] then
      key = nil
    end
    -- "Title: ...\nDate: ...\nTravel & Economy | 6 min read": a page's
    -- header lines followed by a line of its own, with no blank line between
    if not key then
      if known >= 2 then return fields, pos end
      return nil
    end
    local field = HEADER_KEYS[lower(key)]
    if field then
      fields[field] = value
      known = known + 1
    end
    if not line_end then
      if known == 0 then return nil end
      return fields, #text + 1
    end
    pos = line_end + 1
  end
end

-- A date given as data (header, JSON field): ISO with or without a time,
-- or any written full date.
local function normalize_date(v)
  if type(v) ~= "string" then return nil end
  -- "20240103", and the Unix time a crawler stores (seconds or
  -- milliseconds: 1704275000, 1704275000000)
  local digits = match(v, "^%s*(%d+)%.?%d*%s*$")
  if digits and #digits == 8 then
    local s = sub(digits, 1, 4) .. "-" .. sub(digits, 5, 6) .. "-" .. sub(digits, 7, 8)
    if dates.shift(s, 0) == s then return s end
  elseif digits and (#digits == 9 or #digits == 10 or #digits == 12 or #digits == 13) then
    local secs = tonumber(digits) // (#digits >= 12 and 1000 or 1)
    return os_date("!%Y-%m-%d", secs)
  end
  local y, m, d = match(v, "^%s*(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then
    local s = y .. "-" .. m .. "-" .. d
    if dates.shift(s, 0) == s then return s end
    return nil
  end
  local iso = dates.parse_dateline(v)
  if iso then return iso end
  for _, r in ipairs(dates.scan(v)) do
    if r.precision == "day" and r.value then return r.value end
  end
  return nil
end
M.normalize_date = normalize_date

-- The latest full (day, with a year) date the text states. A text that
-- names a later year than that date ("on September 11, 2001 ... in August
-- 2021") was written later than it says: then nothing is inferred.
local function infer_date(text, s)
  local best, latest_year
  for _, r in ipairs(dates.scan(text, s or 1, #text, {})) do
    if r.value and r.lo and (r.rule == "date.full" or r.rule == "date.slash") then
      if not best or r.value > best then best = r.value end
    elseif r.value and r.lo and (r.rule == "date.year" or r.rule == "date.month_year") then
      local y = r.lo:sub(1, 4)
      if not latest_year or y > latest_year then latest_year = y end
    end
  end
  if best and latest_year and latest_year > best:sub(1, 4) then return nil end
  return best
end

-- How often the body writes a day before its month ("31 July") and after
-- it ("July 31").
local MONTHS = { "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december" }
local function day_month_style(text, s)
  local low = lower(sub(text, s or 1, (s or 1) + 20000))
  local dm, md = 0, 0
  for _, mo in ipairs(MONTHS) do
    for _ in gmatch(low, "%f[%d]%d%d? " .. mo .. "%f[%A]") do dm = dm + 1 end
    for _ in gmatch(low, "%f[%a]" .. mo .. " %d%d?%f[%D]") do md = md + 1 end
  end
  return dm, md
end

-- ---------------------------------------------------------------------------
-- Web pages.
-- ---------------------------------------------------------------------------

-- Elements whose content is never the story: code, styles, and the page's
-- furniture (menus, footers, side columns, forms), whose "Related: bomb
-- kills 12" links would be read as news.
local HTML_SKIP = { script = true, style = true, noscript = true, template = true, svg = true,
  head = true, nav = true, footer = true, aside = true, form = true, button = true,
  select = true, iframe = true, object = true, canvas = true, math = true }
-- Elements whose content is raw text up to their closing tag.
local HTML_RAW = { script = true, style = true, textarea = true, title = true,
  template = true }
-- Elements that end a paragraph (two line breaks) or a line (one).
local HTML_BLOCK = { p = 2, div = 2, h1 = 2, h2 = 2, h3 = 2, h4 = 2, h5 = 2, h6 = 2,
  article = 2, section = 2, blockquote = 2, header = 2, main = 2, table = 2, ul = 2, ol = 2,
  dl = 2, figure = 2, figcaption = 2, pre = 2, address = 2, hr = 2, body = 2,
  br = 1, li = 1, tr = 1, dd = 1, dt = 1, caption = 1, td = 0, th = 0 }
-- No end tag, so no depth to count.
local HTML_VOID = { br = true, hr = true, img = true, meta = true, link = true, input = true,
  source = true, wbr = true, area = true, base = true, col = true, embed = true,
  param = true, track = true }

local ENTITIES = { amp = "&", lt = "<", gt = ">", quot = '"', apos = "'", nbsp = " ",
  ndash = "\226\128\147", mdash = "\226\128\148", lsquo = "\226\128\152",
  rsquo = "\226\128\153", ldquo = "\226\128\156", rdquo = "\226\128\157",
  sbquo = "\226\128\154", bdquo = "\226\128\158", hellip = "\226\128\166", laquo = "\194\171",
  raquo = "\194\187", middot = "\194\183", bull = "\226\128\162", copy = "\194\169",
  reg = "\194\174", deg = "\194\176", euro = "\226\130\172", pound = "\194\163",
  shy = "", zwj = "", zwnj = "", thinsp = " ", ensp = " ", emsp = " " }
do
  -- the accented letters of Latin-1 by name: &eacute; &Ouml; &ccedil; ...
  local base = { A = 192, E = 200, I = 204, O = 210, U = 217 }
  for letter, cp in pairs(base) do
    local l = lower(letter)
    ENTITIES[letter .. "grave"], ENTITIES[letter .. "acute"] = utf8_char(cp), utf8_char(cp + 1)
    ENTITIES[l .. "grave"], ENTITIES[l .. "acute"] = utf8_char(cp + 32), utf8_char(cp + 33)
  end
  for name, cp in pairs({ Acirc = 194, Atilde = 195, Auml = 196, Aring = 197, AElig = 198,
    Ccedil = 199, Ecirc = 202, Euml = 203, Icirc = 206, Iuml = 207, Ntilde = 209,
    Ocirc = 212, Otilde = 213, Ouml = 214, Oslash = 216, Ucirc = 219, Uuml = 220,
    Yacute = 221, szlig = 223 }) do
    ENTITIES[name] = utf8_char(cp)
    if name ~= "szlig" then
      ENTITIES[lower(sub(name, 1, 1)) .. sub(name, 2)] = utf8_char(cp + 32)
    end
  end
end

local function entity(name)
  local n = match(name, "^#[xX](%x+)$")
  n = n and tonumber(n, 16) or tonumber(match(name, "^#(%d+)$") or "")
  if n then
    if n == 0 or n > 0x10FFFF or (n >= 0xD800 and n <= 0xDFFF) then return "\239\191\189" end
    return utf8_char(n)
  end
  return ENTITIES[name]
end

-- Text of markup: entities decoded, white space made plain.
local function html_text(s)
  s = gsub(s, "&(#?%w+);", entity)
  return s
end

-- An attribute's value in a tag's text.
local function attr(tag, name)
  local low = lower(tag)
  local p = find(low, "%s" .. name .. "%s*=")
  if not p then return nil end
  local q = find(tag, "=", p, true) + 1
  q = find(tag, "[^%s]", q) or q
  local quote = sub(tag, q, q)
  local v
  if quote == '"' or quote == "'" then v = match(tag, "^" .. quote .. "([^" .. quote .. "]*)", q)
  else v = match(tag, "^([^%s>]+)", q) end
  return v and html_text(v)
end

-- Words of a class or id that mark a page's furniture rather than its
-- story: share buttons, related links, comments, ads, newsletter boxes.
local JUNK_WORDS = {}
for w in gmatch("related share sharing social comments comment newsletter promo advert "
  .. "advertisement ad ads cookie cookies subscribe subscription breadcrumb breadcrumbs "
  .. "sidebar footer nav navbar navigation menu recommended recommendations popular "
  .. "trending outbrain taboola signup paywall", "%S+") do JUNK_WORDS[w] = true end
-- Elements that hold the story itself: never left out for their class.
local STORY_BOX = { html = true, body = true, main = true, article = true }

-- Whether an element's class or id names it as furniture
-- (`<div class="related-links">`, `<ul id="share-bar">`).
local function junk_box(name, tag)
  if STORY_BOX[name] or not find(tag, "[%s](%a+)%s*=") then return false end
  for _, a in ipairs({ "class", "id" }) do
    local v = attr(tag, a)
    if v then
      for w in gmatch(lower(v), "%a+") do
        if JUNK_WORDS[w] then return true end
      end
    end
  end
  return false
end

--- Whether a text is a web page (an HTML document, or a story's markup
-- that opens with a block element such as `<p>` or `<div>`) rather than
-- plain text.
-- @tparam string text
-- @treturn boolean
function M.is_html(text)
  if type(text) ~= "string" then return false end
  local head = lower(sub(text, 1, 1024))
  head = gsub(head, "^\239\187\191", "")
  if find(head, "^%s*<!doctype%s+html") or find(head, "^%s*<html[%s>]")
    or (find(head, "^%s*<!%-%-") and find(head, "<html[%s>]")) then
    return true
  end
  -- a crawler's text field that holds the story's markup ("<p>...</p>"):
  -- it opens with a block element and closes it
  local tag = match(head, "^%s*<(%a+%d?)[%s>]")
  return tag ~= nil and HTML_BLOCK[tag] == 2 and find(lower(text), "</" .. tag .. ">", 1, true)
    ~= nil
end

--- The story of a web page as plain text, with what the page says about
-- itself. Scripts, styles, menus, footers, side columns and forms are
-- left out; paragraphs end in a blank line; entities are decoded. When the
-- page has `<article>` elements, the longest one is the story (the rest of
-- a news page is links to other stories).
-- @tparam string html
-- @treturn string the text
-- @treturn table `title` (og:title, else the first h1, else `<title>`),
--   `source` (og:site_name), `url` (canonical), `published` (the page's
--   publication date as written in its meta data or first `<time>`)
function M.html_to_text(html)
  if type(html) ~= "string" then
    error("bad argument #1 to 'html_to_text' (string expected, got " .. type(html) .. ")", 2)
  end
  local info = {}
  local out, art_out, articles = {}, nil, {}
  -- the element being left out (its name), and how deep in elements of
  -- that name we are, so its own closing tag ends it
  local skip_tag, skip_nest, art_depth = nil, 0, 0
  local title_tag, h1, in_h1 = nil, nil, nil
  local low = lower(html)
  local function emit(t)
    if skip_tag then return end
    out[#out + 1] = t
    if art_out then art_out[#art_out + 1] = t end
    if in_h1 then in_h1[#in_h1 + 1] = t end
  end
  local i, n = 1, #html
  local no_gt_after = n + 1
  while i <= n do
    local lt = find(html, "<", i, true)
    emit(html_text(sub(html, i, (lt or n + 1) - 1)))
    if not lt then break end
    if sub(html, lt, lt + 3) == "<!--" then
      local e = find(html, "-->", lt + 4, true)
      i = e and e + 3 or n + 1
    elseif match(html, "^<[!?]%a", lt) then
      -- <!DOCTYPE ...>, <![CDATA[, <?xml ...?>: no text of the story
      local e = no_gt_after > lt and find(html, ">", lt, true)
      if not e then no_gt_after = lt end
      i = e and e + 1 or n + 1
    else
      local close, name = match(low, "^<(/?)([%a][%w:-]*)", lt)
      -- once no '>' is left, none is looked for again: a page of a million
      -- unclosed '<a' must not cost a million scans to its end
      local gt = name and no_gt_after > lt and find(html, ">", lt, true)
      if name and not gt then no_gt_after = lt end
      if not gt then
        emit("<")       -- "a < b": text, not a tag
        i = lt + 1
      else
        local tag = sub(html, lt, gt)
        i = gt + 1
        local selfclose = sub(tag, -2) == "/>" or HTML_VOID[name]
        if name == "meta" then
          local key = lower(attr(tag, "property") or attr(tag, "name")
            or attr(tag, "itemprop") or "")
          local v = attr(tag, "content")
          if v and v ~= "" then
            if key == "og:title" then info.og_title = v
            elseif key == "og:site_name" then info.source = v
            elseif key == "og:url" then info.url = info.url or v
            elseif key == "article:published_time" or key == "datepublished"
              or key == "date" or key == "pubdate" or key == "dc.date"
              or key == "publish-date" or key == "sailthru.date" then
              info.published = info.published or v
            end
          end
        elseif name == "link" and lower(attr(tag, "rel") or "") == "canonical" then
          info.url = attr(tag, "href") or info.url
        elseif name == "time" and close == "" and not info.time then
          info.time = attr(tag, "datetime")
        end
        if close == "" and HTML_RAW[name] then
          -- raw text runs to the closing tag, whatever it holds
          local e = find(low, "</" .. name .. "%f[^%w:-]", i)
          local body = sub(html, i, (e or n + 1) - 1)
          if name == "title" then title_tag = title_tag or html_text(body)
          elseif name == "textarea" then emit(html_text(body)) end
          local egt = e and find(html, ">", e, true)
          i = egt and egt + 1 or n + 1
        elseif name == "body" and close == "" then
          skip_tag = nil  -- </head> may be left out: the body starts here
          emit("\n\n")
        elseif skip_tag then
          if name == skip_tag and not selfclose then
            skip_nest = skip_nest + (close == "" and 1 or -1)
            if skip_nest == 0 then skip_tag = nil end
          end
        elseif close == "" and not selfclose and (HTML_SKIP[name] or junk_box(name, tag)) then
          skip_tag, skip_nest = name, 1
        else
          local br = HTML_BLOCK[name]
          if br then emit(br == 2 and "\n\n" or br == 1 and "\n" or " ") end
          if name == "h1" and not h1 then
            if close == "" then in_h1 = {} elseif in_h1 then
              h1 = concat(in_h1); in_h1 = nil
            end
          end
          if name == "article" and not selfclose then
            if close == "" then
              art_depth = art_depth + 1
              if art_depth == 1 then art_out = {} end
            elseif art_depth > 0 then
              art_depth = art_depth - 1
              if art_depth == 0 then articles[#articles + 1] = concat(art_out); art_out = nil end
            end
          end
        end
      end
    end
  end
  if art_out then articles[#articles + 1] = concat(art_out) end
  local text = concat(out)
  local best = 0
  for _, a in ipairs(articles) do
    local len = #gsub(a, "%s+", "")
    if len > best then best, text = len, a end
  end
  -- white space as a reader sees it: runs of spaces one, lines trimmed,
  -- at most one blank line between paragraphs
  text = gsub(text, "[ \t\r\f\v]+", " ")
  text = gsub(text, " ?\n ?", "\n")
  text = gsub(text, "\n\n\n+", "\n\n")
  text = gsub(gsub(text, "^%s+", ""), "%s+$", "") .. "\n"
  local function clean1(v)
    return v and match(gsub(v, "%s+", " "), "^ ?(.-) ?$") or nil
  end
  local t = clean1(info.og_title) or clean1(h1) or clean1(title_tag)
  info.title = t ~= "" and t or nil
  info.og_title = nil
  info.published = info.published or info.time
  info.time = nil
  info.source, info.url = clean1(info.source), clean1(info.url)
  return text, info
end

-- A headline the text opens with, when it gives no title: a first line of
-- its own (a blank line after it), of 8 to 120 characters, not ending like a sentence or a
-- dateline ("KABUL, Aug 26 (Reuters) -"); a Markdown "# " is dropped. Only
-- the title: the text, and so extraction, are left as they are.
local function headline(text, from)
  local line = match(text, "^[ \t\r\n]*([^\n]+)\n[ \t\r]*\n", from)
  if not line then return nil end
  line = gsub(gsub(gsub(line, "^#+%s+", ""), "^%s+", ""), "%s+$", "")
  local len = utf8_len(line) or #line
  -- "Update: ..." or "Note: ..." is a line of a key, not a headline
  if len < 8 or len > 120 or find(line, "[%.,;:%-\226]$") or not find(line, "%a%a")
    or find(line, "^%a+:%s") then
    return nil
  end
  return line
end


-- A title, source, URL or id as given: an empty or blank one ("title": ""
-- in a JSON line, a bare `Source:` line) is none, so the headline is looked
-- for in the text and lists say "(no title)" instead of showing nothing.
local function given(v)
  if type(v) == "number" then return v end
  if type(v) ~= "string" then return nil end
  local t = match(v, "^%s*(.-)%s*$")
  if t == "" then return nil end
  return t
end

-- A headline or source given beside the text (a JSON line's field) in
-- Windows-1252, as the text may be: decoded the same way, so "Attaque à
-- Mopti" is not stored as "Attaque \u{FFFD} Mopti" beside a decoded story.
local function given_text(v)
  local t = given(v)
  if type(t) ~= "string" then return t end
  return (utf8_clean((M.from_cp1252(t))))
end

--- Builds an article from its text.
-- @tparam string text
-- @tparam[opt] table meta `path`, `id`, `title`, `source`, `url`, `published`
--   (ISO date or datetime, or a written date), `ref_date` (a day or year near
--   the publication, such as a crawl date: dates a dateline without a year),
--   `headers = false` to leave `Key: value` lines at the top alone (JSON lines)
-- @treturn table the article
-- @usage local art = article.from_text("Date: 2024-03-23\n\nGunmen stormed ...")
function M.from_text(text, meta)
  if type(text) ~= "string" then
    error("bad argument #1 to 'from_text' (string expected, got " .. type(text) .. ")", 2)
  end
  if meta ~= nil and type(meta) ~= "table" then
    error("bad argument #2 to 'from_text' (table expected, got " .. type(meta) .. ")", 2)
  end
  meta = meta or {}
  -- Windows-1252 text is decoded rather than having each accented letter,
  -- curly quote and dash replaced by U+FFFD
  -- a UTF-8 byte order mark (Notepad writes one) is no text: left on, it
  -- hides the `Title:` line it stands before
  if sub(text, 1, 3) == "\239\187\191" then text = sub(text, 4) end
  -- lines ended by CR alone (old Mac exports) are lines too: without this
  -- the whole file is one header line, and the title holds the story
  if not find(text, "\n", 1, true) and find(text, "\r", 1, true) then
    text = gsub(text, "\r", "\n")
  end
  local decoded, was_cp1252 = M.from_cp1252(text)
  local clean, changed = utf8_clean(decoded)
  -- A saved web page: its story as text, and what its markup says of it
  -- (the offsets are into that text, the one stored)
  local page
  if M.is_html(clean) then clean, page = M.html_to_text(clean) end
  local art = {
    text = clean, path = meta.path, id = given(meta.id), title = given_text(meta.title),
    source = given_text(meta.source), url = given(meta.url),
    cleaned = (changed or was_cp1252) and true or false, body_start = 1,
    published_inferred = false, encoding = was_cp1252 and "windows-1252" or nil,
    html = page and true or nil,
  }
  if page then
    art.title = art.title or given(page.title)
    art.source = art.source or given(page.source)
    art.url = art.url or given(page.url)
    art.date_header = page.published
  elseif meta.headers ~= false then
    local fields, body = parse_headers(clean)
    if fields then
      art.body_start = body
      art.title = art.title or given(fields.title)
      art.source = art.source or given(fields.source)
      art.url = art.url or given(fields.url)
      art.date_header = fields.date
    end
  end
  -- "Date: 07/09/2015": a numeric date whose day and month could be either
  -- way round is read the way the body writes its dates ("8 August" is
  -- day first, "August 8" month first)
  local hd = art.date_header
  local n1, n2, ny = match(hd or "", "^%s*(%d%d?)[/.](%d%d?)[/.](%d%d%d%d)%s*$")
  if n1 and tonumber(n1) <= 12 and tonumber(n2) <= 12 and n1 ~= n2 then
    local dm, md = day_month_style(clean, art.body_start)
    if dm > md then
      art.date_header = fmt("%s-%02d-%02d", ny, tonumber(n2), tonumber(n1))
    end
  end
  if not art.title then art.title = headline(clean, art.body_start) end
  local published = normalize_date(meta.published) or normalize_date(art.date_header)
  if art.date_header and not meta.published and not normalize_date(art.date_header) then
    -- a date the analyst gave that cannot be read must not be dropped
    -- without a word: relative days would go unresolved
    art.warnings = { fmt("date '%s' is no date this reads (use YYYY-MM-DD); left out",
      art.date_header) }
  end
  art.date_header = nil
  if not published then
    -- "Updated 3 hours ago | Date: 2024-07-28": a page's date line among
    -- the navigation above the body
    local top = sub(clean, 1, 800)
    local v = match(top, "%f[%a][Dd]ate:%s*([^\n|]+)")
      or match(top, "%f[%a][Pp]ublished:%s*([^\n|]+)")
    published = v and normalize_date(v) or nil
  end
  if not published then
    local head = sub(clean, art.body_start, art.body_start + 299)
    local iso = dates.parse_dateline(head, meta.ref_date)
    if iso then published = iso end
  end
  if not published and meta.path then
    -- analysts save pages as "2024-01-03_kerman.txt" or "20240103-kerman.txt":
    -- the day they chose beats a guess from the dates the text mentions
    local name = match(meta.path, "([^/\\]*)$")
    local y, m, d = match(name, "^(%d%d%d%d)%-(%d%d)%-(%d%d)%f[^%d]")
    if not y then y, m, d = match(name, "^(%d%d%d%d)(%d%d)(%d%d)[_%-. ]") end
    published = y and normalize_date(y .. "-" .. m .. "-" .. d) or nil
  end
  if not published then
    published = infer_date(clean, art.body_start)
    if published then art.published_inferred = true end
  end
  art.published = published
  art.hash = hash(clean)
  return art
end

--- Largest file @{read_file} takes as one article, in bytes (8 MB). A news
-- article is a few kB; a bigger file is a dump or a mistake, and reading
-- it would cost memory and time out of all proportion.
M.max_bytes = 8 * 1024 * 1024

-- The message for an article of `n` bytes, over @{max_bytes}, at `where`.
local function too_large(where, n)
  return fmt("%s: too large for an article (%.1f MB; the limit is %.1f MB; a file of many "
    .. "articles is read as JSON lines, one article a line, or as a folder of files)", where,
    n / 1048576, M.max_bytes / 1048576)
end

-- Documents an analyst saves beside articles, by the bytes they start
-- with, and what to do with each. A PDF opens with lines of plain text
-- before its compressed streams, so the byte counts below can take a small
-- one for text (and RTF is all ASCII).
local SIGNATURES = {
  { "%PDF-", "a PDF document, not text (convert it first: pdftotext FILE)" },
  { "PK\3\4", "a ZIP archive (as .docx, .odt and .xlsx files are), not text "
    .. "(save it as plain text from the program that wrote it)" },
  { "\208\207\17\224\161\177\26\225", "an old Word or Excel document, not text "
    .. "(save it as plain text from the program that wrote it)" },
  { "{\\rtf", "an RTF document, not plain text (save it as plain text)" },
  { "\31\139", "gzip-compressed, not text (gunzip it first)" },
}

-- Why the first bytes of a file are not text, or nil: a document's
-- signature, a UTF-16 byte order mark, or many control bytes (NUL and C0
-- other than white space and ESC) or bytes that are no UTF-8 (random data
-- is mostly both). Latin-1 text has a few invalid bytes, not a third.
local function not_text(head)
  local n = #head
  if n == 0 then return nil end
  for _, sig in ipairs(SIGNATURES) do
    if sub(head, 1, #sig[1]) == sig[1] then return sig[2] end
  end
  if sub(head, 1, 2) == "\255\254" or sub(head, 1, 2) == "\254\255" then
    return "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"
  end
  local _, controls = gsub(head, "[%z\1-\8\14-\26\28-\31\127]", "")
  local invalid, i = 0, 1
  while i <= n do
    local ok, at = utf8_len(head, i, n, true)
    if ok then break end
    invalid = invalid + 1
    i = at + 1
  end
  if controls * 20 > n or invalid * 3 > n then return "binary data, not text" end
  return nil
end

--- Why a text read whole (a file's bytes, stdin) is no article, or nil:
-- larger than @{max_bytes}, or not text at all (a PDF, a ZIP archive such
-- as a .docx, an old Word file, RTF, gzip, UTF-16, binary data), with what
-- to do. @{read_file} asks it of every file; a caller that reads stdin or
-- a socket should ask it too.
-- @tparam string text the bytes
-- @tparam[opt] string path the file's name, put in the advice
--   (`pdftotext report.pdf`); `FILE` without it
-- @treturn string|nil the reason, without the file's name in front
function M.not_text(text, path)
  if type(text) ~= "string" then
    error("bad argument #1 to 'not_text' (string expected, got " .. type(text) .. ")", 2)
  end
  if #text > M.max_bytes then
    return (gsub(too_large("", #text), "^: ", ""))
  end
  local why = not_text(sub(text, 1, 4096))
  if why and path then why = gsub(why, "FILE", (gsub(path, "%%", "%%%%"))) end
  return why
end

--- Reads one plain-text article from a file.
-- @tparam string path
-- @tparam[opt] table opts as `meta` of @{from_text} (its `path` is set)
-- @return the article, or `nil, msg` naming the file (unreadable, a
--   directory, empty, larger than @{max_bytes}, binary data or UTF-16)
function M.read_file(path, opts)
  if type(path) ~= "string" then
    error("bad argument #1 to 'read_file' (string expected, got " .. type(path) .. ")", 2)
  end
  local f, err = io_open(path, "rb")
  if not f then return nil, err or (path .. ": cannot open") end
  -- nil for a pipe (read as it comes); a folder says LLONG_MAX, and its
  -- read below says what it is
  local size = f:seek("end")
  if size and size > M.max_bytes and size < 0x7fffffffffffffff then
    f:close()
    return nil, too_large(path, size)
  end
  if size then f:seek("set") end
  local text, rerr = f:read("a")
  f:close()
  if not text then
    return nil, fmt("%s: %s", path, rerr or "cannot read")
  end
  if match(text, "^%s*$") then return nil, path .. ": empty file" end
  local why = M.not_text(text, path)
  if why then return nil, path .. ": " .. why end
  local meta = {}
  if opts then for k, v in pairs(opts) do meta[k] = v end end
  meta.path = path
  return M.from_text(text, meta)
end

--- Reads articles from JSON lines, one object per line.
-- @param source a path or an open file handle
-- @tparam[opt] table opts `id_field`, `text_field`, `date_field` (defaults
--   `id`, `text`, `date`; a datetime keeps its day), `title_field`,
--   `source_field`, `url_field`, `name` (for messages when given a handle)
-- @return an iterator giving an article per line, or `false, msg` for a line
--   that is not a usable article ("file:line: ..."), so a `for` loop goes on
--   past bad lines; or `nil, msg` when the file cannot be opened
-- @usage for art, err in article.read_jsonl("news.jsonl") do ... end
function M.read_jsonl(source, opts)
  opts = opts or {}
  if type(opts) ~= "table" then
    error("bad argument #2 to 'read_jsonl' (table expected, got " .. type(opts) .. ")", 2)
  end
  local cjson = require "cjson.safe"
  local fh, name, own
  if type(source) == "string" then
    local err
    fh, err = io_open(source, "rb")
    if not fh then return nil, err or (source .. ": cannot open") end
    name, own = source, true
  elseif io_type(source) == "file" then
    fh, name = source, opts.name or "-"
  else
    error("bad argument #1 to 'read_jsonl' (path or file expected, got " .. type(source) .. ")", 2)
  end
  local id_f, text_f, date_f = opts.id_field or "id", opts.text_field or "text",
    opts.date_field or "date"
  local title_f, source_f, url_f = opts.title_field or "title", opts.source_field or "source",
    opts.url_field or "url"
  local lines = fh:lines()
  local lineno = 0
  local function str(v)
    if type(v) == "string" then return v end
    if type(v) == "number" then return tostring(tointeger(v) or v) end
    return nil
  end
  return function()
    while true do
      local line = lines()
      if not line then
        if own then fh:close(); own = false end
        return nil
      end
      lineno = lineno + 1
      if lineno == 1 and sub(line, 1, 3) == "\239\187\191" then line = sub(line, 4) end
      if not match(line, "^%s*$") then
        local where = fmt("%s:%d", name, lineno)
        if #line > M.max_bytes then
          return false, too_large(where, #line)
        end
        local obj, err = cjson.decode(line)
        if type(obj) ~= "table" then
          return false, fmt("%s: invalid JSON (%s)", where, err or "not an object")
        end
        local text = obj[text_f]
        if type(text) ~= "string" then
          return false, fmt("%s: no text in field '%s'", where, text_f)
        end
        if match(text, "^%s*$") then return false, where .. ": empty text" end
        local raw_date = str(obj[date_f])
        local published = normalize_date(raw_date)
        local art = M.from_text(text, {
          path = name, id = str(obj[id_f]), title = str(obj[title_f]),
          source = str(obj[source_f]), url = str(obj[url_f]), published = published,
          headers = false,
        })
        art.line = lineno
        if raw_date and match(raw_date, "%S") and not published then
          art.warnings = art.warnings or {}
          art.warnings[#art.warnings + 1] = fmt("%s: field '%s' holds '%s', no date this "
            .. "reads (use YYYY-MM-DD); left out", where, date_f, raw_date)
        end
        return art
      end
    end
  end
end

-- ---------------------------------------------------------------------------
-- Boilerplate.
-- ---------------------------------------------------------------------------

-- Lowered, trimmed lines that are page furniture, not news. Patterns are
-- anchored at the line start unless they say otherwise. Analysts may add
-- their own (Lua patterns over the lowered, trimmed line).
M.boilerplate = {
  "^%[ad_%d+%]$", "^%[[%w_ ]+%]$", "^source link$", "^no comments:", "^expand$",
  "^collapse$", "click here", "^share this", "^share on ", "^share$", "^advertisement$",
  "^advertisement[%s%-:]", "^sign up for", "^subscribe to", "^subscribe now",
  "^read more:", "^read more$", "^read also", "^also read", "^related:", "^related articles",
  "^related stories", "^follow us", "^posted by", "^posted in ", "^copyright", "^\194\169",
  "^all rights reserved", "^tags:", "^filed under", "^a version of this story appeared",
  "^this article was ", "^this article first ", "^newsletter$", "^print$", "^email$",
  "^comments$", "^leave a comment", "^loading%.%.%.$", "^watch:", "^skip to ",
}

-- Checking every line of a long text against every pattern cost a third of
-- extraction on MUC's wire copy, where no line is boilerplate. The patterns
-- are indexed instead: an anchored pattern by the literal text it starts
-- with (by its first two bytes), so a line is tried only against the
-- patterns whose opening its own first bytes spell; an unanchored pattern
-- that is plain text is looked for once in the whole lowered text;
-- any other pattern is tried on every line, as before.
local MAGIC = "^$()%.[]*+-?"

-- The literal opening of an anchored pattern (lowered bytes), possibly empty.
local function literal_head(p)
  local out, i = {}, 2
  while i <= #p do
    local c = sub(p, i, i)
    if c == "%" then
      local nx = sub(p, i + 1, i + 1)
      if nx == "" or find(nx, "%w") then break end   -- a class such as %d
      out[#out + 1] = nx
      i = i + 2
    elseif find(MAGIC, c, 1, true) then
      break
    else
      out[#out + 1] = c
      i = i + 1
    end
  end
  -- a quantifier after the last literal makes it optional
  local nxt = sub(p, i, i)
  if (nxt == "*" or nxt == "?" or nxt == "-") and #out > 0 then out[#out] = nil end
  return concat(out)
end

-- "click here" -> "[cC][lL][iI][cC][kK] [hH][eE][rR][eE]"
local function caseless(lit)
  return (gsub(lit, "%a", function(c) return "[" .. lower(c) .. c:upper() .. "]" end))
end

local index_sig, index
local function boilerplate_index()
  local list = M.boilerplate
  local sig = concat(list, "\0")
  if index and sig == index_sig then return index end
  local by_byte, raw, other = {}, {}, {}
  for _, p in ipairs(list) do
    if byte(p, 1) == 94 then                        -- "^"
      local head = literal_head(p)
      if head == "" then
        other[#other + 1] = p
      else
        -- keyed by the first two bytes, or by one for a one-byte opening
        local key = #head >= 2 and byte(head, 1) * 256 + byte(head, 2) or byte(head, 1)
        local l = by_byte[key]
        if not l then l = {}; by_byte[key] = l end
        l[#l + 1] = { head = "^" .. caseless(gsub(head, "%p", "%%%0")), pat = p }
      end
    elseif not find(p, "[%^%$%(%)%%%.%[%]%*%+%-%?]") then
      raw[#raw + 1] = lower(p)
    else
      other[#other + 1] = p
    end
  end
  index_sig = sig
  index = { by_byte = by_byte, raw = raw, other = other }
  return index
end

-- Where the unanchored plain patterns occur in a text: a sorted array of
-- { start, stop } (one pass over the text per pattern, not one per line).
local function raw_hits(text, ix)
  local out = {}
  if #ix.raw == 0 then return out end
  local low = lower(text)
  for _, r in ipairs(ix.raw) do
    local init = 1
    while true do
      local a, b = find(low, r, init, true)
      if not a then break end
      out[#out + 1] = { a, b }
      init = a + 1
    end
  end
  if #ix.raw > 1 then table.sort(out, function(x, y) return x[1] < y[1] end) end
  return out
end

-- The last byte of [ts, le] that is not white space (ts is not).
local function trim_end(text, ts, le)
  local te = le
  while te > ts do
    local c = byte(text, te)
    if c ~= 32 and (c < 9 or c > 13) then break end
    te = te - 1
  end
  return te
end

-- The line [ts, le] of text, lowered and trimmed (ts is its first non-space).
local function lowered(text, ts, le)
  return lower(sub(text, ts, trim_end(text, ts, le)))
end

-- Tells whether the line [ls, le] of text is boilerplate, with the index and
-- the raw hits of the text (`st.i` walks them forward line by line); also
-- returns where the line's text starts (after its white space), which the
-- caller needs as well.
local function boilerplate_at(text, ls, le, ix, st)
  local ts = match(text, "^[ \t\r\f\v]*()", ls)
  if ts > le then return false, ts end
  local b, b2 = byte(text, ts, ts + 1)
  if b >= 65 and b <= 90 then b = b + 32 end
  local l
  for pass = 1, 2 do
    local cands
    if pass == 1 then
      cands = ix.by_byte[b]
    elseif b2 and ts + 1 <= le then
      if b2 >= 65 and b2 <= 90 then b2 = b2 + 32 end
      cands = ix.by_byte[b * 256 + b2]
    end
    if cands then
      for _, c in ipairs(cands) do
        if find(text, c.head, ts) then
          l = l or lowered(text, ts, le)
          if find(l, c.pat) then return true end
        end
      end
    end
  end
  local hits, i = st.hits, st.i
  while hits[i] and hits[i][1] < ts do i = i + 1 end
  st.i = i
  while hits[i] and hits[i][1] <= le do
    if hits[i][2] <= le then return true end
    i = i + 1
  end
  if #ix.other > 0 then
    l = l or lowered(text, ts, le)
    for _, p in ipairs(ix.other) do
      if find(l, p) then return true end
    end
  end
  return false, ts
end

local function is_boilerplate(line)
  if type(line) ~= "string" then
    error("bad argument #1 to 'is_boilerplate' (string expected, got " .. type(line) .. ")", 2)
  end
  local ix = boilerplate_index()
  return (boilerplate_at(line, 1, #line, ix, { hits = raw_hits(line, ix), i = 1 }))
end

--- Tells whether a line is page furniture (`article.boilerplate`): "Source
-- link", "[ad_1]", "Click here to subscribe".
-- @function is_boilerplate
-- @tparam string line one line, with or without its white space
-- @treturn boolean
M.is_boilerplate = is_boilerplate

--- The parts of an article's body to extract from.
-- Runs of lines between boilerplate lines, trimmed of white space; offsets
-- stay in `art.text` (the stored text keeps the boilerplate).
-- @tparam table art an article
-- @treturn table array of `{ s, e }` (1-based inclusive byte offsets)
function M.extraction_spans(art)
  if type(art) ~= "table" or type(art.text) ~= "string" then
    error("bad argument #1 to 'extraction_spans' (article expected)", 2)
  end
  local text = art.text
  local spans = {}
  -- a span runs from the first line's text to the end of its last line's
  -- text: only that last line is trimmed (at the flush)
  local cur_s, last_ts, last_le
  local pos = art.body_start or 1
  local n = #text
  local ix = boilerplate_index()
  local st = { hits = raw_hits(text, ix), i = 1 }
  while pos <= n do
    local nl = find(text, "\n", pos, true)
    local le = nl and nl - 1 or n
    local bp, ts = boilerplate_at(text, pos, le, ix, st)
    if bp then
      if cur_s then spans[#spans + 1] = { cur_s, trim_end(text, last_ts, last_le) } end
      cur_s = nil
    elseif ts <= le then
      if not cur_s then cur_s = ts end
      last_ts, last_le = ts, le
    end
    if not nl then break end
    pos = nl + 1
  end
  if cur_s then spans[#spans + 1] = { cur_s, trim_end(text, last_ts, last_le) } end
  return spans
end

return M
