--- Reports: run a format script over incidents, sandboxed.
--
-- A *format* is a Lua file, like a rule pack: code from anyone, run in a
-- sandbox (no `os`, `io`, `require`, `load`, `debug`, binary chunks; an
-- instruction limit stops endless loops). It returns a table
--
--     return {
--       extension = "md",            -- for a script naming its output file
--       description = "one line",    -- for humans; `report.load(f)` gives both
--       render = function(incidents, h, out, meta) ... end,
--     }
--
-- (or just the `render` function). `render` receives the incidents (plain
-- tables, see `incidents.query`), the helper library `h` (escaping for each
-- output kind, tables, SVG charts, date and number formatting: see
-- `report.helpers`), `out` (its only way to write: `out:write(...)`) and
-- `meta` (`generated`, `generated_at`, `title`, `filters`, `best`). The host
-- writes what the format wrote to the output file or to stdout, and nowhere
-- else.
--
-- The built-in formats (`markdown`, `csv`, `json`, `geojson`, `html`, in
-- `lua/incidents/report/`) are loaded exactly this way; `report.load` takes a
-- built-in name, a path (`./weekly_brief.lua`), a name given to
-- `report.register`, or the name of a `NAME.lua` in a folder of
-- `$INCIDENTS_FORMATS` or `~/.config/incidents/formats` (`report.folders`).
-- A built-in name always means the built-in format. See `docs/reports.md`.
-- @module incidents.report

local ipairs, pairs, type, tostring, tonumber, error, select =
  ipairs, pairs, type, tostring, tonumber, error, select
local setmetatable, getmetatable, rawget, rawset, rawequal, rawlen, next, pcall, assert =
  setmetatable, getmetatable, rawget, rawset, rawequal, rawlen, next, pcall, assert
local load, io_open = load, io.open
local concat, sort = table.concat, table.sort
local fmt, gsub, rep = string.format, string.gsub, string.rep
local floor, huge, mtype, sqrt, mmax = math.floor, math.huge, math.type, math.sqrt, math.max
local os_date, os_time, os_clock = os.date, os.time, os.clock
local searchpath, path = package.searchpath, package.path
local getenv, popen = os.getenv, io.popen
local cocreate, coresume, costatus = coroutine.create, coroutine.resume, coroutine.status
local sethook = debug.sethook
local collectgarbage = collectgarbage
local string_mt = getmetatable("")
local merge = require "incidents.merge"

local M = {}
local as_arrays -- below

--- The built-in format names.
M.builtin = { "markdown", "csv", "json", "geojson", "html" }

--- Instructions a format may run before it is stopped (about a minute),
-- counted apart for loading its file and for each `render`.
M.max_instructions = 2e9

--- Kilobytes the Lua state may grow by while a format runs (1 GB). The
-- JSON of 979 incidents with every evidence span is 4 MB; a format that
-- keeps filling a table would otherwise take the machine's memory.
M.max_memory = 1024 * 1024

--- Bytes one `string.rep` in a format may build (64 MB): a single call
-- allocates before any limit can look.
M.max_string = 64 * 1024 * 1024

------------------------------------------------------------------------------
-- The helper library.

local h = {}

--- Escapes text for HTML and XML (text and attribute values).
-- @tparam any s a value (nil gives "")
-- @treturn string
function h.html(s)
  if s == nil then return "" end
  return (gsub(tostring(s), "[&<>\"']", { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;",
    ['"'] = "&quot;", ["'"] = "&#39;" }))
end
--- Escapes text for XML: the same as `h.html`.
-- @function h.xml
h.xml = h.html

-- The filters a report can be made with, in the order a reader takes them.
local FILTER_WORDS = { { "group", "group" }, { "country", "country" }, { "since", "since" },
  { "until", "until" }, { "type", "type" }, { "status", "status" },
  { "min_killed", "killed at least" }, { "conflicts", "sources disagree", "sources agree" },
  { "limit", "first" } }

--- The filters a report was made with, for its header: `"group Islamic
-- State; since 2024-01"`, or nil when there are none (every incident).
-- @tparam[opt] table filters `meta.filters`
-- @treturn string|nil
function h.filters(filters)
  if type(filters) ~= "table" then return nil end
  local parts = {}
  for _, fw in ipairs(FILTER_WORDS) do
    local v = filters[fw[1]]
    -- a yes/no filter is its words alone: "sources disagree"
    if v == true then parts[#parts + 1] = fw[2]
    elseif v == false then parts[#parts + 1] = fw[3]
    elseif v ~= nil then parts[#parts + 1] = fw[2] .. " " .. tostring(v) end
  end
  return #parts > 0 and concat(parts, "; ") or nil
end

--- A source's address when it is safe to make a link of: `http`, `https`
-- or `ftp` with a host, without spaces or control characters. An article's
-- URL field is data from elsewhere: `javascript:` or `data:` in a report's
-- `href` would run in the reader's browser.
-- @tparam any url
-- @treturn string|nil the URL, or nil when it must not be a link
function h.link(url)
  if type(url) ~= "string" then return nil end
  local scheme = url:match("^(%a[%w+.-]*)://[^/%s]")
  scheme = scheme and scheme:lower()
  if scheme ~= "http" and scheme ~= "https" and scheme ~= "ftp" then return nil end
  if url:find("[%z\1-\32\127<>\"]") then return nil end
  return url
end

--- How many copies of its text each source of an incident is one of: the
-- same wire story saved from three sites is three sources of one text.
-- @tparam table inc an incident (its `sources`)
-- @treturn function of a source, giving its count (1 for a text stored once)
function h.copies(inc)
  local n = {}
  for _, s in ipairs(type(inc) == "table" and inc.sources or {}) do
    if s.article_id then n[s.article_id] = (n[s.article_id] or 0) + 1 end
  end
  return function(s) return s.article_id and n[s.article_id] or 1 end
end

--- Escapes text for a Markdown table cell or paragraph.
-- Pipes, backslashes and the characters that start emphasis or links are
-- escaped; line breaks become spaces.
-- @tparam any s a value (nil gives "")
-- @treturn string
function h.md(s)
  if s == nil then return "" end
  s = gsub(tostring(s), "[\r\n]+", " ")
  return (gsub(s, "[\\|*_`%[%]<>#]", "\\%0"))
end

--- Defuses text that a spreadsheet would run as a formula: text that
-- begins with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a
-- plain number, gets a leading `'`, as OWASP advises: a title scraped from
-- the web must not become a live `=HYPERLINK(...)` when the analyst opens
-- the file (CSV here, the CLI's TSV listing).
-- @tparam string s the cell's text
-- @treturn string
function h.no_formula(s)
  if s:find("^[=+%-@\t\r]") and not s:find("^[+%-]?%d+%.?%d*$") then return "'" .. s end
  return s
end

--- Quotes one CSV field as RFC 4180 says (only when needed); text is
-- defused with `h.no_formula`.
-- @tparam any v a value (nil gives an empty field; booleans give 1 and 0)
-- @treturn string
function h.csv(v)
  if v == nil then return "" end
  if v == true then return "1" elseif v == false then return "0" end
  local s = tostring(v)
  if type(v) ~= "number" then s = h.no_formula(s) end
  if s:find('[",\r\n]') or s:find("^%s") or s:find("%s$") then
    return '"' .. gsub(s, '"', '""') .. '"'
  end
  return s
end

--- One CSV record, fields quoted, ended by CRLF (RFC 4180).
-- @tparam table fields array of values (holes allowed: pass `n`)
-- @tparam[opt] integer n number of fields
-- @treturn string
function h.csv_row(fields, n)
  local out = {}
  for i = 1, n or #fields do out[i] = h.csv(fields[i]) end
  return concat(out, ",") .. "\r\n"
end

local array_marker = {}

--- Marks a table as a JSON array, so an empty one encodes as `[]`.
-- @tparam[opt] table t a table (a new one when nil)
-- @treturn table t
function h.array(t)
  t = t or {}
  return setmetatable(t, array_marker)
end

local function json_string(s)
  s = gsub(s, '[%c"\\]', function(c)
    local map = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r",
      ["\t"] = "\\t", ["\b"] = "\\b", ["\f"] = "\\f" }
    return map[c] or fmt("\\u%04x", c:byte())
  end)
  return '"' .. s .. '"'
end

local function json(v, indent, depth, buf)
  local t = type(v)
  if v == nil or v == h.null then buf[#buf + 1] = "null"
  elseif t == "boolean" then buf[#buf + 1] = tostring(v)
  elseif t == "number" then
    if v ~= v or v == huge or v == -huge then buf[#buf + 1] = "null"
    elseif mtype(v) == "integer" then buf[#buf + 1] = fmt("%d", v)
    else buf[#buf + 1] = fmt("%.14g", v) end
  elseif t == "string" then buf[#buf + 1] = json_string(v)
  elseif t == "table" then
    if depth > 100 then error("table too deep (or a cycle) for JSON", 0) end
    local nl = indent and ("\n" .. rep(indent, depth + 1)) or ""
    local close = indent and ("\n" .. rep(indent, depth)) or ""
    local sep = indent and ": " or ":"
    local n = rawlen(v)
    local is_array = getmetatable(v) == array_marker
    if not is_array and n > 0 then
      is_array = true
      for k in pairs(v) do
        if mtype(k) ~= "integer" or k < 1 or k > n then is_array = false; break end
      end
    end
    if is_array then
      if n == 0 then buf[#buf + 1] = "[]"; return end
      buf[#buf + 1] = "["
      for i = 1, n do
        if i > 1 then buf[#buf + 1] = "," end
        buf[#buf + 1] = nl
        json(v[i], indent, depth + 1, buf)
      end
      buf[#buf + 1] = close .. "]"
    else
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = tostring(k) end
      sort(keys)
      if #keys == 0 then buf[#buf + 1] = "{}"; return end
      buf[#buf + 1] = "{"
      for i, k in ipairs(keys) do
        if i > 1 then buf[#buf + 1] = "," end
        local val = v[k]
        if val == nil then val = v[tonumber(k)] end
        buf[#buf + 1] = nl .. json_string(k) .. sep
        json(val, indent, depth + 1, buf)
      end
      buf[#buf + 1] = close .. "}"
    end
  else
    error("cannot encode a " .. t .. " as JSON", 0)
  end
end

--- A value that encodes as JSON `null` inside tables.
h.null = setmetatable({}, { __tostring = function() return "null" end })

--- Encodes a value as JSON with sorted keys (the same input gives the same bytes).
-- Tables with keys 1..n are arrays; mark empty arrays with `h.array`.
-- @param v a value
-- @tparam[opt] string indent e.g. `"  "` to pretty-print
-- @treturn string
function h.json(v, indent)
  local buf = {}
  json(v, indent, 0, buf)
  return concat(buf)
end

local months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
  "Nov", "Dec" }

--- Formats an ISO date at its own precision for a reader.
-- @tparam string d `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
-- @treturn string "22 Mar 2024", "Mar 2024", "2024", or "" for nil
function h.date(d)
  if not d then return "" end
  local y, m, dd = tostring(d):match("^(%d+)%-(%d+)%-(%d+)$")
  if y then return fmt("%d %s %s", tonumber(dd), months[tonumber(m)] or m, y) end
  y, m = tostring(d):match("^(%d+)%-(%d+)$")
  if y then return fmt("%s %s", months[tonumber(m)] or m, y) end
  return tostring(d)
end

--- An incident's date for a reader: its date at its precision, or its range.
-- @tparam table inc an incident or report (`date`, `date_lo`, `date_hi`)
-- @treturn string
function h.when(inc)
  if inc.date then return h.date(inc.date) end
  if inc.date_lo and inc.date_hi then
    return h.date(inc.date_lo) .. " - " .. h.date(inc.date_hi)
  end
  return "undated"
end

--- Splits an ISO date into numbers.
-- @tparam string d an ISO date at any precision
-- @treturn integer year, month (or 0), day (or 0); nil for nil
function h.ymd(d)
  if not d then return nil end
  local y, m, dd = tostring(d):match("^(%d%d%d%d)%-?(%d*)%-?(%d*)")
  if not y then return nil end
  return tonumber(y), tonumber(m) or 0, tonumber(dd) or 0
end

--- Formats an integer with thousands separators.
-- @tparam number n a number (nil gives "")
-- @tparam[opt=","] string sep the separator
-- @treturn string "1,234"
function h.number(n, sep)
  if n == nil then return "" end
  local s = fmt("%d", floor(n))
  local neg = s:sub(1, 1) == "-"
  if neg then s = s:sub(2) end
  s = s:reverse():gsub("(%d%d%d)", "%1" .. (sep or ",")):reverse()
  if s:sub(1, #(sep or ",")) == (sep or ",") then s = s:sub(#(sep or ",") + 1) end
  return (neg and "-" or "") .. s
end

--- A figure range in words ("137", "at least 131", "up to 100").
-- @tparam[opt] integer lo
-- @tparam[opt] integer hi
-- @treturn string
h.figure = merge.figure_text

--- Words for a snake_case vocabulary value ("armed_assault" -> "armed assault").
-- @tparam string s
-- @treturn string
function h.words(s)
  if s == nil then return "" end
  return (gsub(tostring(s), "_", " "))
end

--- Groups incidents by a key and totals their dead.
-- @tparam table incidents array of incidents
-- @tparam string|function key a field name or `function(inc) -> key`
-- @treturn table array of `{ key, incidents, count, killed, killed_known }`
-- (`killed_known`: how many of them have a killed figure, so a table can
-- leave the cell blank rather than claim 0 dead), most incidents first,
-- then by key
function h.group_by(incidents, key)
  local by, list = {}, {}
  for _, inc in ipairs(incidents) do
    local k
    if type(key) == "function" then k = key(inc) else k = inc[key] end
    k = k == nil and "unknown" or tostring(k)
    local g = by[k]
    if not g then
      g = { key = k, incidents = {}, count = 0, killed = 0, killed_known = 0 }
      by[k] = g
      list[#list + 1] = g
    end
    g.incidents[#g.incidents + 1] = inc
    g.count = g.count + 1
    g.killed = g.killed + (inc.killed_best or 0)
    if inc.killed_best then g.killed_known = g.killed_known + 1 end
  end
  sort(list, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.key < b.key
  end)
  return list
end

--- A table, as Markdown or HTML.
-- @tparam table headers array of column titles
-- @tparam table rows array of arrays of cell values (already escaped for HTML
-- when `raw` is set; escaped here otherwise)
-- @tparam[opt="markdown"] string kind `"markdown"` or `"html"`
-- @tparam[opt] table opts `class` (HTML), `raw` (cells are HTML already),
-- `align` (array of `"left"`/`"right"`)
-- @treturn string
function h.table(headers, rows, kind, opts)
  opts = opts or {}
  local out = {}
  if (kind or "markdown") == "markdown" then
    local hs, seps = {}, {}
    for i, x in ipairs(headers) do
      hs[i] = h.md(x)
      seps[i] = (opts.align and opts.align[i] == "right") and "---:" or "---"
    end
    out[1] = "| " .. concat(hs, " | ") .. " |"
    out[2] = "|" .. concat(seps, "|") .. "|"
    for _, row in ipairs(rows) do
      local cells = {}
      for i = 1, #headers do cells[i] = opts.raw and tostring(row[i] or "") or h.md(row[i]) end
      out[#out + 1] = "| " .. concat(cells, " | ") .. " |"
    end
    return concat(out, "\n") .. "\n"
  end
  out[1] = fmt('<table%s><thead><tr>', opts.class and (' class="' .. h.html(opts.class) .. '"')
    or "")
  for i, x in ipairs(headers) do
    local align = opts.align and opts.align[i] == "right" and ' class="num"' or ""
    out[#out + 1] = fmt("<th%s>%s</th>", align, h.html(x))
  end
  out[#out + 1] = "</tr></thead><tbody>\n"
  for _, row in ipairs(rows) do
    out[#out + 1] = "<tr>"
    for i = 1, #headers do
      local align = opts.align and opts.align[i] == "right" and ' class="num"' or ""
      local v = row[i]
      out[#out + 1] = fmt("<td%s>%s</td>", align, opts.raw and tostring(v or "") or h.html(v))
    end
    out[#out + 1] = "</tr>\n"
  end
  out[#out + 1] = "</tbody></table>\n"
  return concat(out)
end

h.svg = {}

--- Shortens text to at most `n` characters, ending it with an ellipsis.
-- @tparam any s the text
-- @tparam integer n the most characters (UTF-8 characters, not bytes)
-- @treturn string
function h.shorten(s, n)
  s = tostring(s or "")
  local len = utf8.len(s)
  if not len or len <= n then return s end
  return (s:sub(1, utf8.offset(s, n) - 1):gsub("%s+$", "")) .. "…"
end

--- A horizontal bar chart as inline SVG.
-- @tparam table items array of `{ label = "RU", value = 137 }`; an item's
-- `text`, when given, is shown instead of its value ("no figure")
-- @tparam[opt] table opts `width` (600), `bar` (height of a bar, 22),
-- `color` ("#b33"), `title`, `max` (bars before the rest are summed, 15)
-- @treturn string an `<svg>` element
function h.svg.bars(items, opts)
  opts = opts or {}
  local width, bar = opts.width or 600, opts.bar or 22
  local label_w = 180
  -- Past `max` bars the rest are summed into one, so a long tail stays legible.
  local limit = opts.max or 15
  if #items > limit then
    local kept, rest = {}, 0
    for i, it in ipairs(items) do
      if i < limit then kept[i] = it else rest = rest + (it.value or 0) end
    end
    kept[limit] = { label = fmt("%d others", #items - limit + 1), value = rest }
    items = kept
  end
  local top = opts.title and 26 or 6
  local height = top + #items * (bar + 6) + 6
  local maxv = 0
  for _, it in ipairs(items) do if (it.value or 0) > maxv then maxv = it.value end end
  local out = { fmt('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
    .. 'viewBox="0 0 %d %d" style="max-width:100%%;height:auto" role="img" '
    .. 'font-family="sans-serif" font-size="12">',
    width, height, width, height) }
  if opts.title then
    out[#out + 1] = fmt('<text x="4" y="16" font-weight="bold">%s</text>', h.html(opts.title))
  end
  local span = width - label_w - 60
  for i, it in ipairs(items) do
    local y = top + (i - 1) * (bar + 6)
    local w = maxv > 0 and floor((it.value or 0) / maxv * span + 0.5) or 0
    out[#out + 1] = fmt('<text x="%d" y="%.1f" text-anchor="end">%s</text>', label_w - 6,
      y + bar * 0.7, h.html(h.shorten(it.label, 28)))
    -- `text` says what a bare number cannot ("no figure" is not 0 dead)
    local shown = it.text and h.html(it.text) or h.number(it.value or 0)
    out[#out + 1] = fmt('<rect x="%d" y="%d" width="%d" height="%d" fill="%s"><title>%s: %s'
      .. '</title></rect>', label_w, y, w, bar, opts.color or "#b33", h.html(it.label), shown)
    out[#out + 1] = fmt('<text x="%d" y="%.1f">%s</text>', label_w + w + 4, y + bar * 0.7,
      shown)
  end
  out[#out + 1] = "</svg>"
  return concat(out, "\n")
end

-- Days since 1970-01-01 of an ISO day (proleptic Gregorian).
local function days(d)
  local y, m, dd = h.ymd(d)
  if not y then return nil end
  m = m == 0 and 1 or m
  dd = dd == 0 and 1 or dd
  if m <= 2 then y = y - 1; m = m + 12 end
  return 365 * y + y // 4 - y // 100 + y // 400 + (153 * (m - 3) + 2) // 5 + dd - 719469
end
--- Days since 1970-01-01 of an ISO day, month or year (its first day).
-- @function h.days
h.days = days

--- A timeline as inline SVG: one circle per event, area by value.
-- @tparam table points array of `{ date = "2024-03-22", value = 137, label = "Moscow" }`
-- @tparam[opt] table opts `width` (900), `height` (220), `title`, `color`,
-- `labels` (how many of the largest events are named when there are more than 20; 12)
-- @treturn string an `<svg>` element
function h.svg.timeline(points, opts)
  opts = opts or {}
  local width, height = opts.width or 900, opts.height or 220
  local left, right, top, bottom = 40, 20, opts.title and 30 or 10, 40
  local out = { fmt('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
    .. 'viewBox="0 0 %d %d" style="max-width:100%%;height:auto" role="img" '
    .. 'font-family="sans-serif" font-size="11">',
    width, height, width, height) }
  if opts.title then
    out[#out + 1] = fmt('<text x="4" y="16" font-weight="bold" font-size="12">%s</text>',
      h.html(opts.title))
  end
  local lo, hi, maxv = nil, nil, 1
  for _, p in ipairs(points) do
    local d = days(p.date)
    if d then
      lo = lo and (d < lo and d or lo) or d
      hi = hi and (d > hi and d or hi) or d
      if (p.value or 0) > maxv then maxv = p.value end
    end
  end
  -- With many events, a stray date (a misread year) would squeeze the rest
  -- into a sliver: the axis leaves out far-off stragglers and says so.
  local left_out = 0
  do
    local all = {}
    for _, p in ipairs(points) do
      local d = days(p.date)
      if d then all[#all + 1] = d end
    end
    sort(all)
    if #all >= 20 then
      -- Each end is cut only when its last 2% lie far (more than half the
      -- span of the rest) from the others.
      local k = mmax(1, floor(#all * 0.02))
      local a, b = all[k + 1], all[#all - k]
      local half = (b - a) / 2
      if a - all[1] > half then lo = a end
      if all[#all] - b > half then hi = b end
      for _, d in ipairs(all) do if d < lo or d > hi then left_out = left_out + 1 end end
    end
  end
  local axis_y = height - bottom
  out[#out + 1] = fmt('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#444"/>', left, axis_y,
    width - right, axis_y)
  if left_out > 0 then
    out[#out + 1] = fmt('<text x="%d" y="%d" text-anchor="end" fill="#666">%d event(s) '
      .. 'outside the dates shown</text>', width - right, height - 6, left_out)
  end
  if lo then
    if hi == lo then lo, hi = lo - 15, hi + 15 end
    -- A margin of 4% each side keeps the first and last circles whole.
    local pad = (hi - lo) * 0.04
    lo, hi = lo - pad, hi + pad
    local span = width - left - right
    local function x(d) return left + (d - lo) / (hi - lo) * span end
    -- Ticks at each month when the chart spans little more than a year, else
    -- at every 1, 2, 5, 10, ... years so that about a dozen are drawn.
    local years = (hi - lo) / 365.25
    local monthly = years <= 1.5
    local step = 1
    for _, st in ipairs({ 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }) do
      step = st
      if years / st <= 12 then break end
    end
    local y1, y2 = 9999, 0
    for _, p in ipairs(points) do
      local y = h.ymd(p.date)
      if y then
        y1 = y < y1 and y or y1
        y2 = y > y2 and y or y2
      end
    end
    for y = y1 - 1, y2 + 1 do
      if monthly or y % step == 0 then
        for m = 1, monthly and 12 or 1 do
          local d = days(fmt("%04d-%02d-01", y, m))
          if d >= lo and d <= hi then
            local label = m == 1 and tostring(y) or months[m]
            out[#out + 1] = fmt('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ccc"/>'
              .. '<text x="%.1f" y="%d" text-anchor="middle"%s>%s</text>', x(d), top, x(d),
              axis_y, x(d), axis_y + 14, m == 1 and ' font-weight="bold"' or "", label)
          end
        end
      end
    end
    -- Events close in time go to different lanes, so circles and labels do
    -- not cover each other; each lane remembers where its last label ended.
    local order = {}
    for _, p in ipairs(points) do
      local d = days(p.date)
      if d and d >= lo and d <= hi then order[#order + 1] = p end
    end
    sort(order, function(a, b) return days(a.date) < days(b.date) end)
    -- Only the largest events are named when there are many.
    local named = {}
    do
      local by_value = {}
      for i, p in ipairs(order) do by_value[i] = p end
      sort(by_value, function(a, b) return (a.value or 0) > (b.value or 0) end)
      for i, p in ipairs(by_value) do
        if #order <= 20 or i <= (opts.labels or 12) then named[p] = true end
      end
    end
    local lanes, label_end, nlanes = {}, {}, 4
    local lane_h = (axis_y - top - 30) / nlanes
    for _, p in ipairs(order) do
      local d = days(p.date)
      local r = 3 + 22 * sqrt((p.value or 0) / maxv)
      local cx = x(d)
      local label = named[p] and (p.label or "") or ""
      -- A name goes to the first lane whose last name ends before it (names
      -- only collide with names: circles are see-through); with no room in
      -- any lane the circle keeps its tooltip but no label, since a label
      -- drawn anyway lands on another (a thousand incidents of the wire
      -- corpus piled 'San Salvador' on 'Bogota')
      local lane
      if label ~= "" then
        local lh = #label * 3.2
        for l = 1, nlanes do
          if not label_end[l] or label_end[l] < cx - lh - 4 then lane = l; break end
        end
        if lane then label_end[lane] = cx + lh else label = "" end
      end
      if not lane then
        lane = 1
        for l = 1, nlanes do
          if not lanes[l] or lanes[l] < cx - r - 4 then lane = l; break end
          if lanes[l] < lanes[lane] then lane = l end
        end
      end
      lanes[lane] = mmax(lanes[lane] or cx + r, cx + r)
      local cy = top + 28 + (lane - 1) * lane_h
      out[#out + 1] = fmt('<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" fill-opacity="0.55"'
        .. ' stroke="#600"><title>%s</title></circle>', cx, cy, r, opts.color or "#c33",
        h.html((p.label or "") .. " " .. (p.date or "") .. ": " .. h.number(p.value or 0)))
      if label ~= "" then
        out[#out + 1] = fmt('<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>', cx,
          cy + r + 11, h.html(label))
      end
    end
  else
    out[#out + 1] = fmt('<text x="%d" y="%d">no dated incidents</text>', left, axis_y - 10)
  end
  out[#out + 1] = "</svg>"
  return concat(out, "\n")
end

--- A short one-line name for an incident ("2024-03-22 Moscow (RU), Islamic State").
-- @tparam table inc an incident
-- @treturn string
function h.title(inc)
  local where = inc.place or inc.country_name or inc.country or "unknown place"
  if inc.place and inc.country then where = where .. " (" .. inc.country .. ")" end
  return fmt("%s %s, %s", inc.date or inc.date_lo or "undated", where,
    inc.perpetrator or "unknown group")
end

------------------------------------------------------------------------------
-- Loading and running formats.

-- A fresh copy of the helpers for each run, so a format cannot change them
-- for the next one.
local function copy(t, seen)
  seen = seen or {}
  if seen[t] then return seen[t] end
  local c = {}
  seen[t] = c
  for k, v in pairs(t) do c[k] = type(v) == "table" and v ~= h.null and copy(v, seen) or v end
  return setmetatable(c, getmetatable(t))
end

--- The helper library formats receive (a table of functions; see above).
M.helpers = h

local function sandbox()
  local env = {
    assert = assert, error = error, ipairs = ipairs, next = next, pairs = pairs,
    pcall = pcall, select = select, tonumber = tonumber, tostring = tostring, type = type,
    rawequal = rawequal, rawget = rawget, rawlen = rawlen, rawset = rawset,
    string = copy(string), table = copy(table), math = copy(math), utf8 = copy(utf8),
    os = { date = os_date, time = os_time, clock = os_clock },
  }
  -- The string metatable leads to the host's string table, and a finaliser
  -- would run outside the limits, after the format has returned.
  function env.getmetatable(v)
    if type(v) == "string" then return nil end
    return getmetatable(v)
  end
  function env.setmetatable(t, mt)
    if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
      error("a format may not set __gc", 2)
    end
    return setmetatable(t, mt)
  end
  env.string.dump = nil
  local real_rep = string.rep
  function env.string.rep(str, n, sep)
    if type(str) == "string" and type(n) == "number" and n > 0
      and (#str + (type(sep) == "string" and #sep or 0)) * n > M.max_string then
      error(fmt("string.rep: a string of more than %d MB (the limit for a format)",
        M.max_string // 1048576), 2)
    end
    return real_rep(str, n, sep)
  end
  env._G = env
  return env
end

-- What a format's error says, without calling its `__tostring`: that would
-- run the format's code outside the limits (an endless one hangs the host).
local function error_text(err)
  if type(err) == "string" then return err end
  if mtype(err) then return tostring(err) end
  return "the format raised a " .. type(err) .. " instead of a message"
end

-- Runs `fn(...)` in a coroutine under the instruction and memory limits,
-- with the strings' methods those of the format's sandbox (`("x"):rep(n)`
-- is bounded too): true and fn's first result, or nil and a message.
-- `env` is the format's sandbox, nil for a format registered as a table.
local function limited(env, fn, ...)
  local co = cocreate(fn)
  local count, mem0, dead = 0, collectgarbage("count"), nil
  local function stop(why)
    dead = why
    -- from now on every instruction fails, so a pcall in the format cannot
    -- swallow the error and carry on
    sethook(co, function() error(dead, 0) end, "", 1)
    error(dead, 0)
  end
  sethook(co, function()
    count = count + 1000
    if count > M.max_instructions then stop("format ran too long (instruction limit)") end
    local now = collectgarbage("count")
    if now < mem0 then mem0 = now end
    if now - mem0 > M.max_memory then
      collectgarbage("collect")
      if collectgarbage("count") - mem0 > M.max_memory then
        stop(fmt("format used too much memory (more than %d MB; the limit for a format)",
          M.max_memory // 1024))
      end
    end
  end, "", 1000)
  local prev_index = string_mt.__index
  if env then string_mt.__index = env.string end
  local ok, res = coresume(co, ...)
  string_mt.__index = prev_index
  if not ok then
    if dead then return nil, dead end
    return nil, error_text(res)
  end
  if costatus(co) ~= "dead" then return nil, "a format must not yield" end
  return true, res
end

local function read(file)
  local f, err = io_open(file, "rb")
  if not f then return nil, err end
  local s = f:read("a")
  f:close()
  return s
end

-- Formats registered by name from Lua (`report.register`): name ->
-- `{ file = path }` or `{ render, extension, description }`.
local registered = {}

local BUILTIN = {}
for _, n in ipairs(M.builtin) do BUILTIN[n] = true end

-- A format's name: what `-f NAME` and `register` take, and what a folder's
-- `NAME.lua` gives.
local function is_name(s)
  return s:match("^[%w_][%w_%-]*$") ~= nil
end

local function exists(file)
  local f = io_open(file, "rb")
  if not f then return false end
  f:close()
  return true
end

--- The folders searched for formats by name, in order: those of
-- `$INCIDENTS_FORMATS` (separated by `:`), then
-- `$XDG_CONFIG_HOME/incidents/formats` (`~/.config/incidents/formats` when
-- `XDG_CONFIG_HOME` is not set). Read from the environment at each call.
-- @treturn table array of folder names (they need not exist)
function M.folders()
  local list, seen = {}, {}
  local function add(d)
    d = gsub(d, "/+$", "")
    if d ~= "" and not seen[d] then seen[d] = true; list[#list + 1] = d end
  end
  for d in (getenv("INCIDENTS_FORMATS") or ""):gmatch("[^:]+") do add(d) end
  local xdg, home = getenv("XDG_CONFIG_HOME"), getenv("HOME")
  if xdg and xdg:find("^/") then add(xdg .. "/incidents/formats")
  elseif home and home ~= "" then add(home .. "/.config/incidents/formats") end
  return list
end

-- The first folder's `name.lua`, or nil.
local function in_folders(name)
  for _, d in ipairs(M.folders()) do
    local file = d .. "/" .. name .. ".lua"
    if exists(file) then return file end
  end
  return nil
end

-- The names of the formats in the folders (for listings and messages).
local function folder_files()
  local out = {}
  for _, d in ipairs(M.folders()) do
    -- Lua cannot list a folder: ls does, one name a line (a name with a
    -- line break is no format name and is left out below)
    local p = popen("ls -1 -- '" .. gsub(d, "'", "'\\''") .. "' 2>/dev/null")
    if p then
      local names = {}
      for line in p:lines() do
        local n = line:match("^(.+)%.lua$")
        if n and is_name(n) then names[#names + 1] = n end
      end
      p:close()
      sort(names)
      for _, n in ipairs(names) do out[#out + 1] = { name = n, file = d .. "/" .. n .. ".lua" } end
    end
  end
  return out
end

-- The names a user may give besides the built-in ones, for messages.
local function user_names()
  local names, seen = {}, {}
  for n in pairs(registered) do names[#names + 1] = n; seen[n] = true end
  for _, f in ipairs(folder_files()) do
    if not seen[f.name] and not BUILTIN[f.name] then
      names[#names + 1] = f.name
      seen[f.name] = true
    end
  end
  sort(names)
  return names
end

--- Finds a format's file: a registered name, a built-in name, the name of
-- a `NAME.lua` in one of `report.folders()`, or a path. A built-in name
-- always means the built-in format: a folder's `markdown.lua` is not used,
-- and the third result says so.
-- @tparam string name `"markdown"`, `"weekly"`, ..., or a path to a `.lua` file
-- @treturn string the file, or nil, msg (a format registered as a table has
-- no file)
-- @treturn string where it was found: `"path"`, `"registered"`,
-- `"built-in"`, `"folder"` or `"installed"` (a module `incidents.report.NAME`
-- on `package.path`)
-- @treturn string|nil a warning for the user: a folder's file that the
-- built-in format of the same name hides
function M.find(name)
  if type(name) ~= "string" then
    error("bad argument #1 to 'find' (string expected, got " .. type(name) .. ")", 2)
  end
  if name:find("[/\\]") or name:find("%.lua$") then
    if not exists(name) then return nil, "format file not found: " .. name end
    return name, "path"
  end
  if not is_name(name) then return nil, "unknown format '" .. name .. "'" end
  local reg = registered[name]
  if reg then
    if reg.file then return reg.file, "registered" end
    return nil, fmt("format '%s' was registered as a table: it has no file", name)
  end
  if BUILTIN[name] then
    local file = searchpath("incidents.report." .. name, path)
    if file then
      local mine = in_folders(name)
      return file, "built-in", mine and fmt("%s is not used: '%s' is a built-in format "
        .. "(rename the file to use it)", mine, name) or nil
    end
  end
  local file = in_folders(name)
  if file then return file, "folder" end
  file = searchpath("incidents.report." .. name, path)
  if file then return file, "installed" end
  local users = user_names()
  return nil, fmt("unknown format '%s' (built-in: %s; %sor give a path to a .lua file)",
    name, concat(M.builtin, ", "), #users > 0 and ("yours: " .. concat(users, ", ") .. "; ")
    or "")
end

-- A format's file run in a fresh sandbox: the format table, or nil, msg.
local function load_file(file, name)
  local src, err = read(file)
  if not src then return nil, err end
  local env = sandbox()
  env.h = copy(h)
  local chunk
  chunk, err = load(src, "@" .. file, "t", env)
  if not chunk then return nil, err end
  local ok, res = limited(env, chunk)
  if not ok then
    -- a limit names no file: say which format it stopped
    if res:sub(1, #file + 1) ~= file .. ":" then res = file .. ": " .. res end
    return nil, res
  end
  if type(res) == "function" then res = { render = res } end
  if type(res) ~= "table" or type(res.render) ~= "function" then
    return nil, file .. ": a format must return a table with a render function"
  end
  return { render = res.render, extension = res.extension or "txt",
    description = res.description or "", file = file, name = name, env = env }
end

--- Loads a format (registered name, built-in name, a folder's name, or
-- path) into a sandbox. A format registered as a table is the caller's own
-- code and is not sandboxed; its `render` still runs under the
-- instruction limit.
-- @tparam string name a format's name or a path
-- @treturn table `{ render, extension, description, file, name, source,
-- warning }`, or nil, msg
function M.load(name)
  if type(name) ~= "string" then
    error("bad argument #1 to 'load' (string expected, got " .. type(name) .. ")", 2)
  end
  local reg = registered[name]
  if reg and not reg.file then
    return { render = reg.render, extension = reg.extension or "txt",
      description = reg.description or "", name = name, source = "registered" }
  end
  local file, where, warning = M.find(name)
  if not file then return nil, where end
  local f, err = load_file(file, name)
  if not f then return nil, err end
  f.source, f.warning = where, warning
  return f
end

--- Registers a format under a name, so `report.render(name, ...)`,
-- `report.load(name)` and `incidents report -f NAME` (for a script that
-- registers before it runs the command's code) find it. The name of a
-- built-in format is refused: `"markdown"` always means the built-in one.
-- Registering a name again replaces the format.
-- @tparam string name letters, digits, `_` and `-`
-- @tparam string|table|function format a path to a format file (loaded now,
-- to check it), a table `{ render = function, extension = "txt",
-- description = "..." }`, or a render function
-- @treturn boolean true, or nil, msg when the file cannot be loaded
-- @usage assert(report.register("weekly", "formats/weekly_brief.lua"))
function M.register(name, format)
  if type(name) ~= "string" then
    error("bad argument #1 to 'register' (string expected, got " .. type(name) .. ")", 2)
  end
  if not is_name(name) then
    error("bad argument #1 to 'register' (a format name is letters, digits, _ and -, got '"
      .. name .. "')", 2)
  end
  if BUILTIN[name] then
    error("bad argument #1 to 'register' ('" .. name .. "' is a built-in format; choose "
      .. "another name)", 2)
  end
  local t = type(format)
  if t == "function" then format, t = { render = format }, "table" end
  if t == "table" then
    if type(format.render) ~= "function" then
      error("bad argument #2 to 'register' (table with a render function expected)", 2)
    end
    for _, k in ipairs { "extension", "description" } do
      if format[k] ~= nil and type(format[k]) ~= "string" then
        error("bad argument #2 to 'register' (" .. k .. " must be a string, got "
          .. type(format[k]) .. ")", 2)
      end
    end
    registered[name] = { render = format.render, extension = format.extension,
      description = format.description }
    return true
  end
  if t ~= "string" then
    error("bad argument #2 to 'register' (path, table or function expected, got " .. t .. ")",
      2)
  end
  if not exists(format) then return nil, "format file not found: " .. format end
  local ok, err = load_file(format, name)
  if not ok then return nil, err end
  registered[name] = { file = format }
  return true
end

--- Forgets a format registered with `report.register`.
-- @tparam string name the name it was registered under
-- @treturn boolean whether a format had that name
function M.unregister(name)
  if type(name) ~= "string" then
    error("bad argument #1 to 'unregister' (string expected, got " .. type(name) .. ")", 2)
  end
  local had = registered[name] ~= nil
  registered[name] = nil
  return had
end

--- Every format a name finds, for a listing: the built-in ones, the
-- registered ones, then each folder's, in `report.folders()` order.
-- @treturn table array of `{ name, source = "built-in"|"registered"|"folder",
-- file, description, extension, error, hidden_by, warning }`: `error` when
-- the file does not load; `hidden_by` (the source that wins) and `warning`
-- (a sentence for the user) for a folder's file whose name a built-in or
-- registered format, or an earlier folder, has taken: it is listed so the
-- user learns it is not used
function M.formats()
  local out, taken = {}, {}
  local why = { ["built-in"] = "'%s' is a built-in format (rename the file to use it)",
    registered = "a script registered '%s'", folder = "an earlier folder has '%s.lua'" }
  local function add(e)
    if taken[e.name] then
      e.hidden_by = taken[e.name]
      e.warning = fmt("%s is not used: " .. why[e.hidden_by], e.file or e.name, e.name)
    else
      taken[e.name] = e.source
    end
    out[#out + 1] = e
  end
  for _, n in ipairs(M.builtin) do
    local f, err = M.load(n)
    add({ name = n, source = "built-in", file = f and f.file, description = f and f.description,
      extension = f and f.extension, error = err })
  end
  local names = {}
  for n in pairs(registered) do names[#names + 1] = n end
  sort(names)
  for _, n in ipairs(names) do
    local reg = registered[n]
    local f, err
    if reg.file then f, err = load_file(reg.file, n) else f = M.load(n) end
    add({ name = n, source = "registered", file = reg.file, description = f and f.description,
      extension = f and f.extension, error = err })
  end
  for _, ff in ipairs(folder_files()) do
    local f, err = load_file(ff.file, ff.name)
    add({ name = ff.name, source = "folder", file = ff.file,
      description = f and f.description, extension = f and f.extension, error = err })
  end
  return out
end

-- The lists of an incident marked as arrays, so `h.json(inc)` in a format
-- writes an empty one as `[]` (no source gave a wounded figure:
-- `"wounded": []`), not as the object `{}` a JSON reader would not loop over.
local function mark(t)
  if type(t) == "table" and t ~= h.null and getmetatable(t) == nil then h.array(t) end
  return t
end

function as_arrays(incs)
  mark(incs)
  for _, inc in ipairs(incs) do
    if type(inc) == "table" then
      for _, k in ipairs { "places", "why", "sources", "reports", "report_ids" } do
        mark(inc[k])
      end
      if type(inc.figures) == "table" then
        for _, k in ipairs { "killed", "wounded" } do
          mark(inc.figures[k])
          for _, fig in ipairs(type(inc.figures[k]) == "table" and inc.figures[k] or {}) do
            if type(fig) == "table" then mark(fig.sources) end
          end
        end
      end
      for _, r in ipairs(type(inc.reports) == "table" and inc.reports or {}) do
        if type(r) == "table" then
          mark(r.quotes)
          if type(r.article) == "table" then mark(r.article.copies) end
          for _, q in ipairs(type(r.quotes) == "table" and r.quotes or {}) do
            if type(q) == "table" then mark(q.fields) end
          end
        end
      end
    end
  end
  return incs
end

--- Renders incidents with a format.
-- @tparam string|table format a format name, a path, or a table from `report.load`
-- @tparam table incidents array of incidents (from `incidents.query`)
-- @tparam[opt] table meta passed to the format (`title`, `filters`, `best`, ...);
-- `generated` (UTC time) and `generated_at` (RFC 3339) are added when missing
-- @treturn string the output, or nil, msg
-- @usage local md = report.render("markdown", query.incidents(db))
function M.render(format, incidents, meta)
  if type(format) ~= "string" and (type(format) ~= "table" or type(format.render) ~= "function")
  then
    error("bad argument #1 to 'render' (format name, path or table with render expected, got "
      .. type(format) .. ")", 2)
  end
  if meta ~= nil and type(meta) ~= "table" then
    error("bad argument #3 to 'render' (table expected, got " .. type(meta) .. ")", 2)
  end
  if type(incidents) ~= "table" then
    error("bad argument #2 to 'render' (table expected, got " .. type(incidents) .. ")", 2)
  end
  local f = format
  if type(format) == "string" then
    local err
    f, err = M.load(format)
    if not f then return nil, err end
  end
  meta = meta and copy(meta) or {}
  -- The time of writing is the one thing that makes two runs over the same
  -- database differ: $SOURCE_DATE_EPOCH (the reproducible-builds convention)
  -- fixes it, so a report can be written again byte for byte and compared
  local epoch = tonumber(getenv("SOURCE_DATE_EPOCH") or "", 10)
  if epoch and mtype(epoch) ~= "integer" then epoch = nil end
  meta.generated = meta.generated or os_date("!%Y-%m-%d %H:%M UTC", epoch)
  -- feeds and machine formats need a timestamp in RFC 3339 (Atom's <updated>)
  meta.generated_at = meta.generated_at or os_date("!%Y-%m-%dT%H:%M:%SZ", epoch)
  local buf = {}
  local out = {}
  function out.write(_, ...)
    for i = 1, select("#", ...) do
      local v = select(i, ...)
      local t = type(v)
      if t ~= "string" and t ~= "number" then
        error("bad argument #" .. i .. " to 'write' (string expected, got " .. t .. ")", 2)
      end
      buf[#buf + 1] = v
    end
    return out
  end
  local ok, err = limited(f.env, f.render, as_arrays(copy(incidents)),
    f.env and f.env.h or copy(h), out, meta)
  if not ok then return nil, err end
  return concat(buf)
end

--- Renders incidents and writes the result to a file (or returns it).
-- @tparam string|table format as for `report.render`
-- @tparam table incidents array of incidents
-- @tparam[opt] string file the output file; nil to return the text
-- @tparam[opt] table meta as for `report.render`
-- @treturn string|boolean the text (no file) or true, or nil, msg
function M.write(format, incidents, file, meta)
  if file ~= nil and type(file) ~= "string" then
    error("bad argument #3 to 'write' (file name expected, got " .. type(file) .. ")", 2)
  end
  if type(format) ~= "string" and (type(format) ~= "table" or type(format.render) ~= "function")
  then
    error("bad argument #1 to 'write' (format name, path or table with render expected, got "
      .. type(format) .. ")", 2)
  end
  if type(incidents) ~= "table" then
    error("bad argument #2 to 'write' (table expected, got " .. type(incidents) .. ")", 2)
  end
  local s, err = M.render(format, incidents, meta)
  if not s then return nil, err end
  if not file then return s end
  local f
  f, err = io_open(file, "wb")
  if not f then return nil, err end
  local ok, werr = f:write(s)
  f:close()
  if not ok then return nil, werr end
  return true
end

return M
