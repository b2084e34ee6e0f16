--- Query: incidents from a database, complete with reports, sources and quotes.
--
-- What the report formats and analysts' scripts receive: each incident as
-- `incidents.merge.summarize` describes it (fields, `figures`, `sources`,
-- `why`, `killed_best` by the chosen rule) plus its stored `id`, and its
-- `reports`, each with `article` (`title`, `source`, `url`, `path`,
-- `published`, and `copies`: every file or address the same text was
-- stored from, the first included) and `quotes` (the sentences of the
-- article that hold the report's evidence: `{ text, field, fields }`).
--
-- `sources` lists one entry per *copy*: the same wire story saved from
-- three sites is one article (one text, one set of reports) with three
-- copies, and three sources, each `{ article_id, copy_id, title, source,
-- url, path, published }`, oldest first; `n_articles` counts the distinct
-- texts among them.
--
--     local incs = query.incidents(db, { group = "Islamic State", since = "2024" })
--
-- @module incidents.query

local ipairs, pairs, type, tostring, tonumber, error, pcall, require =
  ipairs, pairs, type, tostring, tonumber, error, pcall, require
local getmetatable = getmetatable
local math_type, math_min, math_max = math.type, math.min, math.max
local utf8_char = utf8.char
local sort, concat, unpack = table.sort, table.concat, table.unpack
local merge = require "incidents.merge"

local M = {}

--- The filters `incidents` accepts (the same as `incidents list`).
M.filters = { "group", "country", "since", "until", "type", "min_killed", "status", "limit",
  "conflicts", "added_since" }

local sentences_of
do
  local ok, core = pcall(require, "incidents.core")
  if ok and core.sentences then sentences_of = core.sentences end
end

-- The sentence around byte `pos`: from the C splitter when it is there, or
-- from the nearest full stops otherwise.
local function sentence_at(text, pos, spans)
  if spans then
    for i = 1, #spans, 2 do
      if spans[i] <= pos and pos <= spans[i + 1] then return spans[i], spans[i + 1] end
    end
  end
  local s = pos
  while s > 1 and not text:sub(s - 1, s - 1):find("[%.!?\n]") do s = s - 1 end
  local e = text:find("[%.!?\n]", pos) or #text
  return s, e
end

local function trim(s)
  s = s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  if #s > 400 then s = s:sub(1, 397):gsub("[\128-\191]*$", ""):gsub("[\192-\255]$", "")
    .. "..." end
  return s
end

-- A script's mistake in what it passes is raised at the caller (level 3
-- from here), naming the argument, as Lua's own functions do: not an error
-- from deep inside this module ("attempt to call a nil value (method
-- 'incidents')" for a path passed where the database goes).
local function check_db(db, fname)
  local mt = getmetatable(db)
  local named = type(mt) == "table" and mt.__name
  if named ~= "incidents.db" then
    local t = named or type(db)
    error(("bad argument #1 to '%s' (database expected, got %s)"):format(fname, t), 3)
  end
  if tostring(db):find("(closed)", 1, true) then
    error(("bad argument #1 to '%s' (the database is closed)"):format(fname), 3)
  end
end

local function check_opts(opts, n, fname)
  if opts ~= nil and type(opts) ~= "table" then
    error(("bad argument #%d to '%s' (table expected, got %s)"):format(n, fname, type(opts)), 3)
  end
end

--- The quotes of one report: the sentences holding its evidence.
-- @tparam table r a report with `evidence` (`{ [field] = { start, stop, rule } }`)
-- @tparam string text the article's original text
-- @tparam[opt=3] integer max most quotes to give
-- @treturn table array of `{ text, field, fields }` in text order
function M.quotes(r, text, max)
  if type(r) ~= "table" then
    error("bad argument #1 to 'quotes' (report table expected, got " .. type(r) .. ")", 2)
  end
  local out = {}
  if type(r.evidence) ~= "table" or type(text) ~= "string" then return out end
  local spans = sentences_of and sentences_of(text) or nil
  local by, order = {}, {}
  local fields = {}
  for field in pairs(r.evidence) do fields[#fields + 1] = field end
  sort(fields)
  for _, field in ipairs(fields) do
    local ev = r.evidence[field]
    local start = type(ev) == "table" and (ev.start or ev[1])
    if start and start >= 1 and start <= #text then
      local s, e = sentence_at(text, start, spans)
      local key = s .. ":" .. e
      if not by[key] then
        by[key] = { s = s, e = e, fields = {} }
        order[#order + 1] = by[key]
      end
      local f = by[key].fields
      f[#f + 1] = field
    end
  end
  sort(order, function(a, b) return a.s < b.s end)
  for i, q in ipairs(order) do
    if i > (max or 3) then break end
    out[#out + 1] = { text = trim(text:sub(q.s, q.e)), field = q.fields[1],
      fields = concat(q.fields, ", ") }
  end
  return out
end

-- The report's article, from the columns the store joins in, or the store.
local function article_of(db, r, cache, need_text)
  local id = r.article_id
  local c = id and cache[id]
  if c and (c.text or not need_text) then return c end
  local a = { title = r.article_title, source = r.article_source, url = r.article_url,
    path = r.article_path, published = r.article_published }
  -- The text is read only for quotes; the store joins the rest into reports.
  local full = id and (need_text or not (a.title or a.path or a.url)) and db:article(id)
  if full then
    a.title, a.source, a.url = a.title or full.title, a.source or full.source, a.url or full.url
    a.path, a.published = a.path or full.path, a.published or full.published
    a.text = full.text
  end
  -- a database written before blank titles were dropped may hold "": no
  -- title, so reports fall back on the path instead of printing nothing
  if a.title == "" then a.title = nil end
  if a.source == "" then a.source = nil end
  if id then cache[id] = a end
  return a
end

--- The attack types the `type` filter takes (the GTD codebook's).
M.attack_types = { "assassination", "armed_assault", "bombing", "hijacking",
  "hostage_taking", "kidnapping", "facility_attack", "unarmed_assault", "unknown" }
local attack_types = {}
for _, t in ipairs(M.attack_types) do attack_types[t] = true end

local days_in = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

-- YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day ('2024-13-01' and
-- '2023-02-29' are typos, not empty periods).
local function valid_date(v)
  if type(v) ~= "string" then return false end
  local y, m, d = v:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then y, m = v:match("^(%d%d%d%d)%-(%d%d)$") end
  if not y then y = v:match("^(%d%d%d%d)$") end
  if not y then return false end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m and (m < 1 or m > 12) then return false end
  if d then
    local leap = (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
    local last = (m == 2 and not leap) and 28 or days_in[m]
    if d < 1 or d > last then return false end
  end
  return true
end

local function check_filters(filters)
  if filters == nil then return {} end
  if type(filters) ~= "table" then
    error("bad argument #2 to 'incidents' (table expected, got " .. type(filters) .. ")", 3)
  end
  local known = {}
  for _, k in ipairs(M.filters) do known[k] = true end
  for k in pairs(filters) do
    if not known[k] then
      return nil, "unknown filter '" .. tostring(k) .. "' (known: " .. concat(M.filters, ", ")
        .. ")"
    end
  end
  for _, k in ipairs({ "since", "until" }) do
    local v = filters[k]
    if v ~= nil and not valid_date(v) then
      return nil, ("bad date for %s: '%s' (use YYYY, YYYY-MM or YYYY-MM-DD)"):format(k,
        tostring(v))
    end
  end
  -- what is new since a report: a day, or the time `date -u +%FT%TZ` gave
  -- when it was written (the form of `added`, UTC)
  local added = filters.added_since
  if added ~= nil and not (valid_date(added) and #added == 10 or type(added) == "string"
      and added:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$")
      and valid_date(added:sub(1, 10))) then
    return nil, ("bad time for added_since: '%s' (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, "
      .. "UTC)"):format(tostring(added))
  end
  if filters.conflicts ~= nil and type(filters.conflicts) ~= "boolean" then
    return nil, ("bad value for conflicts: '%s' (true or false)"):format(
      tostring(filters.conflicts))
  end
  -- Swapped bounds would match nothing, silently.
  local since, till = filters.since, filters["until"]
  if since and till then
    local lo = merge.date_range(since)
    local _, hi = merge.date_range(till)
    if lo > hi then
      return nil, ("since %s is after until %s (swap them)"):format(since, till)
    end
  end
  -- A misspelt type or status would match nothing, which reads as "no
  -- such incidents": say it is not a value instead.
  local t = filters.type
  -- "Bombing", "armed assault" and "armed-assault" are how people write the
  -- codebook's armed_assault
  if type(t) == "string" and not attack_types[t] then
    local norm = t:lower():gsub("^%s+", ""):gsub("%s+$", ""):gsub("[%s%-]+", "_")
    if attack_types[norm] then
      local copy = {}
      for k, v in pairs(filters) do copy[k] = v end
      copy.type = norm
      filters, t = copy, norm
    end
  end
  if t ~= nil and not attack_types[t] then
    return nil, ("unknown attack type '%s' (use one of %s)"):format(tostring(t),
      concat(M.attack_types, ", "))
  end
  local st = filters.status
  if st ~= nil and st ~= "attack" and st ~= "plot_foiled" then
    return nil, ("unknown status '%s' (use attack or plot_foiled)"):format(tostring(st))
  end
  local mk = filters.min_killed
  if mk ~= nil and not (math_type(mk) and mk >= 0) then
    return nil, ("bad number for min_killed: '%s' (use a number, 0 or more)"):format(
      tostring(mk))
  end
  local lim = filters.limit
  if lim ~= nil and not (math_type(lim) == "integer" and lim >= 1) then
    return nil, ("bad limit: '%s' (use a whole number, 1 or more)"):format(tostring(lim))
  end
  return filters
end

local complete

-- "Daesh" or "ISIS-K" means the group the pack knows by that alias, whose
-- canonical name the incidents are stored under; another name is kept as
-- it is (a part of a name). The default pack is loaded once, when needed.
local default_pack
local function pack_or_default(pack)
  if pack then return pack end
  if default_pack == nil then
    local ok, rules = pcall(require, "incidents.rules")
    local p = ok and rules.load("default")
    default_pack = p or false
  end
  return default_pack or nil
end

local function canonical_group(name, pack)
  pack = pack_or_default(pack)
  local g = pack and pack.group and pack:group(name)
  return type(g) == "table" and g.name or name
end

-- A country's ISO code from a code, a name or an alias ("Russian
-- Federation"); nil, msg for a name the pack does not know, which would
-- otherwise match nothing without a word.
local function country_code(s, pack)
  pack = pack_or_default(pack)
  local c = pack and pack.country and pack:country(s)
  if not c and pack and s:find("^%a%a$") then c = pack:country(s:upper()) end
  if type(c) == "table" and c.code then return c.code end
  if not pack or s:find("^%a%a$") then return s end
  return nil, ("unknown country '%s' (use an ISO code such as RU or a name such as Russia)")
    :format(s)
end

local function blank_nil(v) if v == "" then return nil end return v end

-- Every copy of the report's article (`db:copies`), read once per article.
local function copies_of(db, r, a)
  if a.copies == nil then
    local list = r.article_id and db:copies(r.article_id) or nil
    local copies = {}
    for _, c in ipairs(list or {}) do
      copies[#copies + 1] = { copy_id = c.id, title = blank_nil(c.title),
        source = blank_nil(c.source), url = c.url, path = c.path, published = c.published }
    end
    a.copies = copies
  end
  return a.copies
end

-- The summary's sources (one per article) become one per copy, so a text
-- three sites carried cites the three; an article whose copies cannot be
-- read keeps its one entry.
local function sources_by_copy(inc, reports)
  local by = {}
  for _, r in ipairs(reports) do
    if r.article_id ~= nil and r.article then by[r.article_id] = r.article.copies end
  end
  local out, texts, n = {}, {}, 0
  for _, s in ipairs(inc.sources or {}) do
    if not texts[s.article_id] then texts[s.article_id] = true; n = n + 1 end
    local copies = by[s.article_id]
    if copies and #copies > 0 then
      for _, c in ipairs(copies) do
        out[#out + 1] = { article_id = s.article_id, copy_id = c.copy_id,
          title = c.title or (#copies == 1 and s.title or nil), source = c.source,
          url = c.url, path = c.path, published = c.published }
      end
    else
      out[#out + 1] = s
    end
  end
  sort(out, function(x, y)
    -- Oldest first; undated copies last.
    local px, py = x.published or "~", y.published or "~"
    if px ~= py then return px < py end
    if x.article_id ~= y.article_id then
      return tostring(x.article_id) < tostring(y.article_id)
    end
    return (x.copy_id or 0) < (y.copy_id or 0)
  end)
  inc.sources, inc.n_articles = out, n
end

-- Each figure is credited to every site that carried a text giving it, not
-- only to the copy the article's row describes: the same wire toll run by
-- three sites names the three. Copies whose title and source read the same
-- (one file saved in two folders) are one credit.
local function figures_by_copy(inc, reports)
  local by = {}
  for _, r in ipairs(reports) do
    if r.article_id ~= nil and r.article then by[r.article_id] = r.article.copies end
  end
  for _, list in pairs(inc.figures or {}) do
    for _, f in ipairs(list) do
      local out, seen = {}, {}
      for _, s in ipairs(f.sources or {}) do
        local copies = by[s.article_id]
        if copies and #copies > 1 then
          for _, c in ipairs(copies) do
            local title = c.title or s.title
            local key = tostring(title) .. "\0" .. tostring(c.source)
            if not seen[key] then
              seen[key] = true
              out[#out + 1] = { report_id = s.report_id, article_id = s.article_id,
                copy_id = c.copy_id, title = title, source = c.source, url = c.url,
                path = c.path, published = c.published }
            end
          end
        else
          local key = tostring(s.title) .. "\0" .. tostring(s.source)
          if not seen[key] then seen[key] = true; out[#out + 1] = s end
        end
      end
      f.sources = out
    end
  end
end

local stored_fields = { "date", "date_lo", "date_hi", "place", "country", "country_name",
  "lat", "lon", "perpetrator", "claimed", "attack_type", "suicide", "weapon", "target",
  "target_type", "status" }

--- One incident, complete.
-- @param db an open database
-- @tparam integer id the incident's id
-- @tparam[opt] table opts `best` (figure rule), `pack` (for explanations),
-- `quotes` (false to skip them)
-- @treturn table the incident, or nil, msg when there is none with that id
function M.incident(db, id, opts)
  check_db(db, "incident")
  if math_type(tonumber(id)) ~= "integer" then
    error("bad argument #2 to 'incident' (incident id expected, got "
      .. (type(id) == "number" and "a fraction" or type(id)) .. ")", 2)
  end
  check_opts(opts, 3, "incident")
  local row = db:incident(tonumber(id))
  if not row then return nil, "no incident " .. tostring(id) end
  return complete(db, row, opts or {}, {})
end

-- An incident row of the store, completed: reports with their articles and
-- quotes, figures by the chosen rule, sources, why.
function complete(db, row, opts, cache)
  local id = row.id
  local reports = row.reports or db:reports{ incident_id = id }
  for _, r in ipairs(reports) do
    local a = article_of(db, r, cache, opts.quotes ~= false)
    r.article = { title = a.title, source = a.source, url = a.url, path = a.path,
      published = a.published, copies = copies_of(db, r, a) }
    if opts.quotes ~= false then r.quotes = M.quotes(r, a.text) end
  end
  local inc = merge.summarize(reports, { best = opts.best, pack = opts.pack,
    links = opts.links })
  inc.id = row.id
  sources_by_copy(inc, reports)
  figures_by_copy(inc, reports)
  -- The stored fields were chosen at merge time with the rule pack (the most
  -- specific group, places the pack relates): they win over a summary made
  -- here without it. Figures and the best figure follow this call's `best`.
  for _, k in ipairs(stored_fields) do
    if row[k] ~= nil then inc[k] = row[k] end
  end
  -- So do the reasons each report was linked, when the store kept them.
  local why, all = {}, #reports > 0
  for _, r in ipairs(merge.sort_reports({ unpack(reports) })) do
    if not r.link_why then all = false; break end
    why[#why + 1] = r.link_why
  end
  if all and not opts.pack then inc.why = why end
  return inc
end

--- Incidents matching filters, complete, in date order.
-- @param db an open database
-- @tparam[opt] table filters `group` (an alias the pack knows, such as
-- "Daesh", or part of the perpetrator's name),
-- `country` (code or name), `since`, `until` (ISO dates at any precision),
-- `type` (attack type), `min_killed`, `status`, `limit`, `conflicts` (true:
-- only incidents whose sources disagree on a killed or wounded figure;
-- false: only those where they do not)
-- @tparam[opt] table opts as for `query.incident`; its `pack` also
-- resolves group aliases (default: the default pack)
-- @treturn table array of incidents, or nil, msg for bad filters
-- @usage for _, inc in ipairs(query.incidents(db, { country = "AF" })) do print(inc.id) end
function M.incidents(db, filters, opts)
  check_db(db, "incidents")
  check_opts(opts, 3, "incidents")
  local f, err = check_filters(filters)
  if not f then return nil, err end
  opts = opts or {}
  local g = type(f.group) == "string" and canonical_group(f.group, opts.pack) or f.group
  local c = f.country
  if type(c) == "string" then
    local cerr
    c, cerr = country_code(c, opts.pack)
    if not c then return nil, cerr end
  end
  if g ~= f.group or c ~= f.country then
    local copy = {}
    for k, v in pairs(f) do copy[k] = v end
    copy.group, copy.country = g, c
    f = copy
  end
  if opts.pack and not opts.links then
    local o = {}
    for k, v in pairs(opts) do o[k] = v end
    o.links = merge.links(opts.pack)
    opts = o
  end
  -- Whether sources disagree is known once the figures are summarised, so
  -- `conflicts` filters the completed incidents, and `limit` counts those.
  local conflicts, limit = f.conflicts, nil
  if conflicts ~= nil then
    local copy = {}
    for k, v in pairs(f) do copy[k] = v end
    limit, copy.conflicts, copy.limit = copy.limit, nil, nil
    f = copy
  end
  local rows, rerr = db:incidents(f)
  if not rows then return nil, rerr end
  local out, cache = {}, {}
  for _, row in ipairs(rows) do
    local inc = complete(db, row, opts, cache)
    if conflicts == nil or (inc.conflicts == true) == conflicts then
      out[#out + 1] = inc
      if limit and limit >= 0 and #out >= limit then break end
    end
  end
  return out
end

-- FTS5's own words: operators, and the columns a `col:` filter may name.
local FTS_OPERATORS = { AND = true, OR = true, NOT = true }
local FTS_COLUMNS = { title = true, text = true }

-- A word as the user typed it, made safe for FTS5: a bare word as it is;
-- one with punctuation inside ("al-Shabaab", "Mogadishu's", "9/11") as a
-- phrase of its parts, which is what the tokenizer makes of the text; a
-- trailing '*' kept as the prefix mark. Punctuation alone gives nothing.
local function fts_word(w)
  local star = ""
  if w:sub(-1) == "*" then w, star = w:sub(1, -2), "*" end
  if w == "" then return nil end
  if w:find("^[%w_\128-\255]+$") then return w .. star end
  if not w:find("[%w\128-\255]") then return nil end
  return '"' .. w:gsub('"', '""') .. '"' .. star
end

--- Turns what an analyst types into an FTS5 query: words, `"a phrase"`,
-- `a OR b`, `NOT`, `AND`, `prefix*`, `NEAR(a b, 5)`, `( )` and `title:`
-- or `text:` are FTS5's; `-word` leaves word out, as in a web search
-- (`bomb -car` is `(bomb) NOT car`); any other word with punctuation in it
-- (`al-Shabaab`, `Mogadishu's`, `C++`) is searched as the phrase of its
-- parts instead of being read as FTS5 syntax ("no such column: Shabaab").
-- An unclosed quote is left for FTS5 to report.
-- @tparam string q the query as typed
-- @treturn string the FTS5 query, or nil, msg when nothing is left to search
-- @usage query.fts_query("al-Shabaab Mogadishu") --> '"al-Shabaab" Mogadishu'
function M.fts_query(q)
  if type(q) ~= "string" then
    error("bad argument #1 to 'fts_query' (string expected, got " .. type(q) .. ")", 2)
  end
  local out, i, n = {}, 1, #q
  local near = {}   -- for each open parenthesis, whether it opened NEAR(
  local terms = 0
  local without = {}  -- words written -word, as web search engines take them
  while i <= n do
    local c = q:sub(i, i)
    if c:find("%s") then
      i = q:find("[^%s]", i) or n + 1
      out[#out + 1] = " "
    elseif c == '"' then
      -- a phrase runs to the next lone quote ("" is a quote inside it)
      local j = i + 1
      while true do
        local k = q:find('"', j, true)
        if not k then j = nil break end
        if q:sub(k + 1, k + 1) == '"' then j = k + 2 else j = k break end
      end
      if not j then out[#out + 1] = q:sub(i) break end
      if q:sub(j + 1, j + 1) == "*" then j = j + 1 end
      out[#out + 1] = q:sub(i, j)
      terms = terms + 1
      i = j + 1
    elseif c == "(" then
      near[#near + 1] = false
      out[#out + 1] = c
      i = i + 1
    elseif c == ")" then
      -- a parenthesis that closes nothing is punctuation
      if #near > 0 then
        near[#near] = nil
        out[#out + 1] = c
      end
      i = i + 1
    elseif c == "," then
      -- NEAR(a b, 5) keeps its comma; anywhere else it only separates words
      out[#out + 1] = near[#near] and "," or " "
      i = i + 1
    else
      local w = q:match('^[^%s"(),]+', i)
      i = i + #w
      if FTS_OPERATORS[w] then
        out[#out + 1] = w
      elseif #near == 0 and w:find("^%-[%w\128-\255]") and fts_word(w:sub(2)) then
        -- "bomb -car": FTS5 would read "-car" as the word car and find the
        -- car bombs the analyst meant to leave out; it becomes NOT car
        without[#without + 1] = fts_word(w:sub(2))
      elseif w == "NEAR" and q:sub(i, i) == "(" then
        out[#out + 1] = "NEAR("
        near[#near + 1] = true
        i = i + 1
      else
        local col, rest = w:match("^(%a+):(.*)$")
        if col and FTS_COLUMNS[col:lower()] then
          out[#out + 1] = col:lower() .. ":"
          w = rest
        end
        local safe = w ~= "" and fts_word(w) or nil
        if safe then
          out[#out + 1] = safe
          terms = terms + 1
        end
      end
    end
  end
  if terms == 0 and not q:find('"', 1, true) then
    if #without > 0 then
      return nil, "nothing to search for: a -word is only left out (add a word to find)"
    end
    return nil, "nothing to search for"
  end
  for _ = 1, #near do out[#out + 1] = ")" end
  local fq = concat(out):gsub("  +", " "):gsub("^ ", ""):gsub(" $", "")
  if #without > 0 then fq = "(" .. fq .. ") NOT " .. concat(without, " NOT ") end
  return fq
end

-- The title and text columns of the FTS index with every hit of the query
-- marked, by FTS5 itself (so phrases, prefixes and NEAR mark what they
-- matched).
local HIGHLIGHT = "SELECT highlight(articles_fts, 0, ?1, ?2) AS title, "
  .. "highlight(articles_fts, 1, ?1, ?2) AS text "
  .. "FROM articles_fts WHERE articles_fts MATCH ?3 AND articles_fts.rowid = ?4"

-- Two marks that occur in none of the strings (private-use characters).
local function marks_for(a, b)
  for cp = 0xE000, 0xE0FE, 2 do
    local o, c = utf8_char(cp), utf8_char(cp + 1)
    if not a:find(o, 1, true) and not a:find(c, 1, true) and not b:find(o, 1, true)
      and not b:find(c, 1, true) then
      return o, c
    end
  end
  return nil
end

-- The spans `{ s, e }` between the marks `o` and `c` in `marked`, as offsets
-- into `plain`; nil unless taking the marks out gives `plain` back.
local function unmark(marked, o, c, plain)
  local spans, parts, pos, i = {}, {}, 1, 1
  local len = #marked
  while i <= len do
    local so = marked:find(o, i, true)
    if not so then parts[#parts + 1] = marked:sub(i); break end
    parts[#parts + 1] = marked:sub(i, so - 1)
    pos = pos + (so - i)
    local sc = marked:find(c, so + #o, true)
    if not sc then return nil end
    parts[#parts + 1] = marked:sub(so + #o, sc - 1)
    spans[#spans + 1] = { pos, pos + (sc - so - #o) - 1 }
    pos = pos + (sc - so - #o)
    i = sc + #c
  end
  if concat(parts) ~= plain then return nil end
  return spans
end

-- `s` with the spans between `open` and `close`.
local function mark(s, spans, open, close)
  local out, pos = {}, 1
  for _, sp in ipairs(spans) do
    out[#out + 1] = s:sub(pos, sp[1] - 1)
    out[#out + 1] = open .. s:sub(sp[1], sp[2]) .. close
    pos = sp[2] + 1
  end
  out[#out + 1] = s:sub(pos)
  return concat(out)
end

-- The title to show for a hit among the titles of an article's copies (the
-- index's title column, one a line, `titles` with the hits' spans `tspans`):
-- the article's own title when the words are in it, else the first copy's
-- title they are in, so that a search for a word of another site's headline
-- shows that headline. Returns the title and its spans.
local function title_hit(title, titles, tspans)
  local first
  local pos = 1
  while pos <= #titles + 1 do
    local e = titles:find("\n", pos, true) or #titles + 1
    local line, spans = titles:sub(pos, e - 1), {}
    for _, sp in ipairs(tspans) do
      if sp[1] >= pos and sp[2] < e then
        spans[#spans + 1] = { sp[1] - pos + 1, sp[2] - pos + 1 }
      end
    end
    if line == title and #spans > 0 then return title, spans end
    if not first and #spans > 0 then first = { line, spans } end
    pos = e + 1
  end
  if first then return first[1], first[2] end
  return title, {}
end

-- The stored text of an article, the spans `{ s, e }` of the query's hits in
-- it and in its title, and the title; nil when the index cannot say.
local function hits_of(db, fq, id)
  -- the marks must be absent from the text, which is only known once read
  local text, title, titles
  for row in db:rows("SELECT text, title, titles FROM articles WHERE id = ?", id) do
    text, title, titles = row.text, row.title, row.titles
  end
  if type(text) ~= "string" then return nil end
  if type(title) ~= "string" then title = nil end
  if type(titles) ~= "string" then titles = title or "" end
  local o, c = marks_for(text, titles)
  if not o then return nil end
  local it, a, b = db:rows(HIGHLIGHT, o, c, fq, id)
  if not it then return nil end
  local mtitle, mtext
  for row in it, a, b do mtitle, mtext = row.title, row.text end
  if type(mtext) ~= "string" then return nil end
  -- the marks only ever add to the text: anything else is no hit list
  local spans = unmark(mtext, o, c, text)
  if not spans then return nil end
  local all = type(mtitle) == "string" and unmark(mtitle, o, c, titles) or {}
  local shown, tspans = title_hit(title, titles, all)
  if shown == "" then shown = nil end
  return text, spans, shown, tspans
end

-- Where the story starts: after the header lines (`Title:`, `Date:`,
-- `Source:` ...) the reader found, which are in the stored text too.
local function body_start(text)
  local ok, article = pcall(require, "incidents.article")
  if not ok then return 1 end
  -- a date given keeps the reader from inferring one from the text
  local ok2, art = pcall(article.from_text, text, { published = "2000-01-01" })
  if not ok2 or type(art) ~= "table" or art.text ~= text then return 1 end
  return art.body_start or 1
end

-- A snippet of the story around its hits: the `tokens` words holding the most
-- different hit words (then the most hits, then the earliest), starting a
-- quarter of the words before the first of them, the hits between `open` and `close`, an
-- ellipsis where the story goes on; the story's opening when the hits are
-- all in the title or the header lines. Whitespace runs are one space.
local function story_snippet(text, spans, from, o)
  local words = {}
  for s, e in text:gmatch("()%S+()", from) do words[#words + 1] = { s, e - 1 } end
  if #words == 0 then return nil end
  local hits = {}
  for _, sp in ipairs(spans) do if sp[1] >= from then hits[#hits + 1] = sp end end
  -- the word each hit starts in
  local wi, at = {}, 1
  for k, h in ipairs(hits) do
    while at < #words and words[at][2] < h[1] do at = at + 1 end
    wi[k] = at
  end
  local n = o.tokens
  local first, last = 1, math_min(#words, n)
  if #hits > 0 then
    local best, bdistinct, bcount
    for k = 1, #hits do
      local ws = math_max(1, wi[k] - n // 4)
      local seen, distinct, count = {}, 0, 0
      for j = k, #hits do
        if wi[j] > ws + n - 1 then break end
        local w = text:sub(hits[j][1], hits[j][2]):lower()
        if not seen[w] then seen[w], distinct = true, distinct + 1 end
        count = count + 1
      end
      if not best or distinct > bdistinct or (distinct == bdistinct and count > bcount) then
        best, bdistinct, bcount = ws, distinct, count
      end
    end
    -- near the story's end the window reaches back, to show as many words
    first = math_max(1, math_min(best, #words - n + 1))
    last = math_min(#words, first + n - 1)
  end
  local s, e = words[first][1], words[last][2]
  -- a hit cut by the window's end is shown whole
  for _, h in ipairs(hits) do
    if h[1] <= e and h[2] > e then e = h[2] end
  end
  local out, pos = {}, s
  for _, h in ipairs(hits) do
    if h[1] >= s and h[1] <= e then
      out[#out + 1] = text:sub(pos, h[1] - 1)
      out[#out + 1] = o.open .. text:sub(h[1], h[2]) .. o.close
      pos = h[2] + 1
    end
  end
  out[#out + 1] = text:sub(pos, e)
  local snip = concat(out):gsub("%s+", " ")
  if first > 1 then snip = o.ellipsis .. snip end
  if last < #words or e < words[#words][2] then snip = snip .. o.ellipsis end
  return snip
end

--- Full-text search of the stored articles, with the query made safe by
-- @{fts_query} first. Both the title and the text are searched (a word only
-- in the title finds the article); the snippet is taken from the story, not
-- from the header lines (`Title:`, `Date:`, `Source:`) stored with it: the
-- words around the hits, or the story's opening when the hits are all in
-- the title or the header lines.
-- @param db an open database
-- @tparam string q the query as typed
-- @tparam[opt] table opts `limit` (at most this many articles, default 20;
-- `false` for all), `open` and `close` (the marks around a hit, `[` and
-- `]`), `ellipsis` (`...`), `tokens` (words in a snippet, 16)
-- @treturn table array of `{ article_id, title, title_marked, path, snippet,
-- rank }` (`title_marked`: the title with its hits marked), best first, or
-- nil, msg
-- @usage for _, hit in ipairs(query.search(db, "car bomb*")) do print(hit.snippet) end
function M.search(db, q, opts)
  check_db(db, "search")
  if type(q) ~= "string" then
    error("bad argument #2 to 'search' (string expected, got " .. type(q) .. ")", 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #3 to 'search' (table expected, got " .. type(opts) .. ")", 2)
  end
  opts = opts or {}
  local limit = opts.limit
  if limit == nil then limit = 20
  elseif limit == false then limit = 0x7fffffff
  elseif math_type(limit) ~= "integer" or limit < 1 then
    error("bad argument #3 to 'search' (opts.limit must be a whole number, 1 or more, "
      .. "or false)", 2)
  end
  local fq, err = M.fts_query(q)
  if not fq then return nil, "search: " .. err end
  local o = { open = opts.open or "[", close = opts.close or "]",
    ellipsis = opts.ellipsis or "...", tokens = opts.tokens or 16 }
  local hits, serr = db:search(fq, { limit = limit, open = o.open, close = o.close,
    ellipsis = o.ellipsis, tokens = o.tokens })
  if not hits then return nil, serr end
  for _, hit in ipairs(hits) do
    -- FTS5's own snippet (kept when the story cannot be read) may be cut
    -- from the header lines
    local text, spans, title, tspans = hits_of(db, fq, hit.article_id)
    if text then
      hit.snippet = story_snippet(text, spans, body_start(text), o) or hit.snippet
      if title then
        hit.title = title
        hit.title_marked = mark(title, tspans, o.open, o.close)
      end
    end
  end
  return hits
end

return M
