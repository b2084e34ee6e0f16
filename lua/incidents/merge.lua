--- Reports of the same attack across articles become one incident.
--
-- A *report* is one article's mention of an incident (see DESIGN.md); an
-- *incident* groups every report of one real-world event. Two reports are
-- linked when
--
-- - their dates are compatible: the day ranges `date_lo..date_hi` overlap (a
--   month, a year or a relative "last week" is a range, so it agrees with any
--   day inside it);
-- - their places agree: the same place, one place name inside the other
--   ("Kabul" and "Kabul International Airport"), two places the rule pack
--   says are near each other (Moscow and Krasnogorsk), or a place and only a
--   country that contains it;
-- - nothing contradicts: not an attack against a foiled plot, not two attack
--   types that cannot both hold, not two named perpetrators unless one is the
--   other's parent in the pack ("Islamic State" and its Khorasan Province),
--   not two countries.
--
-- A report with no date is linked by its place alone, and a city sees many
-- attacks: when it names another attack type than the report it is compared
-- with (a bombing, an armed assault), it joins only when something else ties
-- them, the same group or the same killed or wounded figure.
--
-- Attacks on several places of one country on the same day by the same named
-- group are one incident (coordinated attacks, as in Kerman's two blasts).
--
-- A report joins an incident when it contradicts none of its reports and is
-- linked on positive evidence (place, or a same-day date and the same group)
-- to at least one. Among several candidates the best-scored wins (place,
-- date precision, group, then method and target type); when two fit equally
-- well the report stays apart rather than guess. Reports are considered in
-- a fixed order (most precise date first, then date, article, id), so the
-- result does not depend on the order articles arrived in; an incident once
-- made keeps its id, and new reports join it (`update` is incremental).
-- A report is compared only with the incidents whose status, country and
-- dates let it join (an index gives exactly those), and `update` reads an
-- incident's reports from the database only when it is such a candidate, so
-- a small ingest into a large database costs little.
--
-- **Figures.** Each source's figure is kept. An incident's `killed_lo` ..
-- `killed_hi` is the range over all sources: from the lowest definite lower
-- bound to the highest figure any source gave, open (`killed_hi = nil`) when
-- that highest figure is ("more than 150"). `killed_best` is the figure
-- chosen by the `best` rule:
--
-- - `"min"` (default): ACLED's rule, the most conservative credible figure:
--   the lowest *definite* lower bound ("137", "at least 115", "more than
--   130"), ignoring vague counts ("dozens") and, when a definite one exists,
--   upper-bound-only approximations ("nearly 100"). Early tolls are often the
--   low ones; the analyst who prefers the settled figure picks `latest`.
-- - `"max"`: the highest figure any source gave.
-- - `"median"`: the (lower) median of the sources' figures.
-- - `"latest"`: the figure of the most recently published article.
--
-- @module incidents.merge

local ipairs, pairs, type, tostring, tonumber, error =
  ipairs, pairs, type, tostring, tonumber, error
local sort, concat, insert, unpack = table.sort, table.concat, table.insert, table.unpack
local fmt = string.format
local min, huge, floor, log, mtype = math.min, math.huge, math.floor, math.log, math.type

local rules = require "incidents.rules"

local M = {}

--- The rules `best` accepts, in the order the help lists them.
M.best_rules = { "min", "max", "median", "latest" }

------------------------------------------------------------------------------
-- Dates.

local mdays = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function month_end(y, m)
  if m == 2 and (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then return 29 end
  return mdays[m]
end

--- The day range of a date written at any precision.
-- @tparam string date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
-- @treturn string first day, or nil for anything else
-- @treturn string last day
function M.date_range(date)
  if type(date) ~= "string" then return nil end
  if date:match("^%d%d%d%d%-%d%d%-%d%d$") then return date, date end
  local y, m = date:match("^(%d%d%d%d)%-(%d%d)$")
  if y then
    return fmt("%s-%s-01", y, m), fmt("%s-%s-%02d", y, m, month_end(tonumber(y), tonumber(m)))
  end
  y = date:match("^(%d%d%d%d)$")
  if y then return y .. "-01-01", y .. "-12-31" end
  return nil
end

-- A report's day range: its own `date_lo`/`date_hi`, or the range of `date`.
local function range(r)
  local lo, hi = r.date_lo, r.date_hi
  if not lo and not hi then return M.date_range(r.date) end
  return lo or hi, hi or lo
end

--- The date, at the precision it has, of a day range.
-- @tparam string lo first day
-- @tparam string hi last day
-- @treturn string `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or nil when the range is
-- none of these (a week, say)
function M.date_of(lo, hi)
  if not lo or not hi then return nil end
  if lo == hi then return lo end
  local y1, m1, d1 = lo:match("^(%d+)%-(%d+)%-(%d+)$")
  local y2, m2, d2 = hi:match("^(%d+)%-(%d+)%-(%d+)$")
  if not y1 or not y2 or y1 ~= y2 then return nil end
  if m1 == "01" and d1 == "01" and m2 == "12" and d2 == "31" then return y1 end
  if m1 == m2 and d1 == "01" and tonumber(d2) == month_end(tonumber(y1), tonumber(m1)) then
    return y1 .. "-" .. m1
  end
  return nil
end

-- 3 for a day, 2 for a month or shorter, 1 for a year or less precise, 0 for none.
local function precision(r)
  local lo, hi = range(r)
  if not lo then return 0 end
  if lo == hi then return 3 end
  if lo:sub(1, 7) == hi:sub(1, 7) then return 2 end
  return 1
end

------------------------------------------------------------------------------
-- What the rule pack knows: group parents, nearby places.

-- The pack's folding, so names compare as the matcher found them.
-- Merging folds the same few names for every pair it compares: the folds
-- are kept (up to a bound, then forgotten at once).
local folded, nfolded = {}, 0
local function fold(s)
  if not s then return s end
  local v = folded[s]
  if v == nil then
    v = rules.fold(s)
    if nfolded >= 8192 then folded, nfolded = {}, 0 end
    folded[s], nfolded = v, nfolded + 1
  end
  return v
end

--- Turns a rule pack into the two questions merging asks it.
-- @tparam[opt] table pack a pack from `rules.load` (anything with
-- `pack:group(name)` returning `{ parent = }` and `pack:place(name)`
-- returning `{ near = { ... }, country = }`)
-- @treturn table `{ ancestors = function(name) -> set, near = function(a, b) -> bool }`
function M.links(pack)
  -- Every pair of reports compared asks the pack about the same few names:
  -- the answers are kept for the life of these links.
  local groups, places = {}, {}
  local function group(name)
    if not pack or not name then return nil end
    local g = groups[name]
    if g == nil then
      if pack.group then g = pack:group(name)
      else g = pack.group_by_name and pack.group_by_name[name] end
      groups[name] = g or false
    end
    return g or nil
  end
  local function place(name)
    if not pack or not name or not pack.place then return nil end
    local p = places[name]
    if p == nil then
      p = pack:place(name)
      places[name] = p or false
    end
    return p or nil
  end
  local links = {}
  function links.ancestors(name)
    local set, seen = {}, 0
    local g = group(name)
    while g and g.parent and seen < 20 do
      set[fold(g.parent)] = true
      seen = seen + 1
      g = group(g.parent)
    end
    return set
  end
  function links.depth(name)
    local n = 0
    for _ in pairs(links.ancestors(name)) do n = n + 1 end
    return n
  end
  local function lists(p, other)
    if not p or not p.near then return false end
    for _, n in ipairs(p.near) do if fold(n) == fold(other) then return true end end
    return false
  end
  -- A site names its town in `admin` (Crocus City Hall, Krasnogorsk).
  local function admin_of(p, other)
    return p and p.admin and fold(p.admin) == fold(other)
  end
  function links.near(a, b)
    local pa, pb = place(a), place(b)
    return lists(pa, b) or lists(pb, a) or admin_of(pa, b) or admin_of(pb, a) or false
  end
  function links.coords(name)
    local p = place(name)
    if p and p.lat and p.lon then return p.lat, p.lon end
    return nil
  end
  return links
end

------------------------------------------------------------------------------
-- Comparing two reports.

-- Attack types that cannot describe the same event. Complex attacks mix
-- gunfire, bombs, arson and hostages, so most pairs are compatible; an
-- unarmed assault has no weapon and a kidnapping carries people away.
local incompatible = {
  unarmed_assault = { armed_assault = true, bombing = true, hijacking = true },
  kidnapping = { bombing = true, facility_attack = true },
}

local function types_conflict(a, b)
  if not a or not b or a == b or a == "unknown" or b == "unknown" then return false end
  return (incompatible[a] and incompatible[a][b]) or (incompatible[b] and incompatible[b][a])
end

local function country_of(r)
  return r.country or (r.country_name and fold(r.country_name))
end

--- Places this close (in km, from their coordinates) are one place for merging:
-- a suburb and its city (Krasnogorsk, 20 km from Moscow's centre), an
-- airport and its city, a site and its town.
M.near_km = 40

-- Great-circle distance in km between two reports' places: their own
-- coordinates, else the pack's for their place names.
local function distance(a, b, links)
  local la, oa, lb, ob = a.lat, a.lon, b.lat, b.lon
  if not (la and oa) then la, oa = links.coords(a.place) end
  if not (lb and ob) then lb, ob = links.coords(b.place) end
  if not (la and oa and lb and ob) then return nil end
  return rules.km(la, oa, lb, ob)
end

-- "agree", "unknown", "differ" (two places, same or unknown country) or
-- "conflict" (two countries), with a score and a reason.
local function location(a, b, links)
  local ca, cb = country_of(a), country_of(b)
  if ca and cb and ca ~= cb then
    return "conflict", 0, fmt("different countries (%s, %s)", ca, cb)
  end
  local pa, pb = fold(a.place), fold(b.place)
  if pa and pb then
    if pa == pb then return "agree", 4, "same place " .. a.place end
    -- One name starts the other at a word boundary ("Kabul", "Kabul airport").
    local long, short = pa, pb
    if #long < #short then long, short = short, long end
    if long:find(short, 1, true) == 1 and long:sub(#short + 1, #short + 1):find("^[%s,%-]") then
      return "agree", 3, fmt("%s is in %s", #pa > #pb and a.place or b.place,
        #pa > #pb and b.place or a.place)
    end
    if links.near(a.place, b.place) then
      return "agree", 3, fmt("%s is near %s (rule pack)", a.place, b.place)
    end
    local km = distance(a, b, links)
    if km and km <= M.near_km then
      return "agree", 2, fmt("%s is %d km from %s", a.place, floor(km + 0.5), b.place)
    end
    return "differ", 0, fmt("different places (%s, %s)", a.place, b.place)
  end
  if ca and cb then
    if pa or pb then
      return "agree", 1, fmt("%s is in %s", a.place or b.place, a.country or b.country
        or a.country_name)
    end
    return "agree", 1, "same country " .. (a.country or a.country_name)
  end
  return "unknown", 0, "no place to compare"
end

-- Whether two reports give the same figure for a field ("killed", "wounded").
local function same_figure(a, b, field)
  local alo, ahi, blo, bhi = a[field .. "_lo"], a[field .. "_hi"], b[field .. "_lo"],
    b[field .. "_hi"]
  return (alo or ahi) ~= nil and alo == blo and ahi == bhi
end

-- Two named methods that differ (a bombing, an armed assault), as opposed to
-- one report naming none.
local function types_differ(a, b)
  local ta, tb = a.attack_type, b.attack_type
  return ta ~= nil and tb ~= nil and ta ~= "unknown" and tb ~= "unknown" and ta ~= tb
end

local function perpetrators(a, b, links)
  local pa, pb = a.perpetrator, b.perpetrator
  if not pa or not pb then return "unknown" end
  if fold(pa) == fold(pb) then return "agree", "same group " .. pa end
  if links.ancestors(pa)[fold(pb)] then return "agree", fmt("%s is part of %s", pa, pb) end
  if links.ancestors(pb)[fold(pa)] then return "agree", fmt("%s is part of %s", pb, pa) end
  return "conflict", fmt("different groups (%s, %s)", pa, pb)
end

--- Compares two reports.
-- @tparam table a a report
-- @tparam table b another report
-- @tparam[opt] table links from `merge.links(pack)`
-- @treturn string `"link"` (same incident, on positive evidence), `"open"`
-- (nothing contradicts but nothing links them) or `"conflict"`
-- @treturn number a score, higher for stronger evidence (0 unless `"link"`)
-- @treturn string the evidence or the contradiction, in words
function M.compare(a, b, links)
  links = links or M.links()
  if (a.status or "attack") ~= (b.status or "attack") then
    return "conflict", 0, fmt("%s against %s", a.status or "attack", b.status or "attack")
  end
  if types_conflict(a.attack_type, b.attack_type) then
    return "conflict", 0, fmt("attack types %s and %s cannot both hold",
      a.attack_type, b.attack_type)
  end
  local alo, ahi = range(a)
  local blo, bhi = range(b)
  local dstate, dwhy
  if alo and blo then
    if alo > bhi or blo > ahi then
      return "conflict", 0, fmt("dates do not overlap (%s..%s, %s..%s)", alo, ahi, blo, bhi)
    end
    dstate = "agree"
    dwhy = (alo == ahi and blo == bhi) and ("same day " .. alo)
      or fmt("dates overlap (%s, %s)", a.date or (alo .. ".." .. ahi),
        b.date or (blo .. ".." .. bhi))
  else
    dstate, dwhy = "unknown", "a report has no date"
  end
  local pstate, pwhy = perpetrators(a, b, links)
  if pstate == "conflict" then return "conflict", 0, pwhy end
  local lstate, lscore, lwhy = location(a, b, links)
  if lstate == "conflict" then return "conflict", 0, lwhy end
  local why = { lwhy, dwhy }
  if pwhy then why[#why + 1] = pwhy end
  local score = lscore + (dstate == "agree" and (alo == ahi and blo == bhi and 3 or 1) or 0)
    + (pstate == "agree" and 2 or 0)
  -- The same method or the same kind of target is weaker evidence, but it
  -- tells two candidate incidents apart.
  if a.attack_type and a.attack_type ~= "unknown" and a.attack_type == b.attack_type then
    score = score + 1
  end
  if a.target_type and a.target_type ~= "unknown" and a.target_type == b.target_type then
    score = score + 1
  end
  local same_day = dstate == "agree" and alo == ahi and blo == bhi
  -- Without a date, a place is all that links two reports, and a city sees
  -- many attacks: an undated bombing there is another incident than a dated
  -- shooting there unless something else ties them (the same group, the
  -- same toll). Complex attacks told as a bombing by one source and as an
  -- armed assault by another have dates that agree, or share these.
  if lstate == "agree" then
    if dstate == "unknown" and types_differ(a, b) and pstate ~= "agree"
      and not same_figure(a, b, "killed") and not same_figure(a, b, "wounded") then
      return "open", 0, fmt("%s; %s; %s and %s, and nothing else ties them", lwhy, dwhy,
        a.attack_type, b.attack_type)
    end
    return "link", score, concat(why, "; ")
  elseif lstate == "differ" then
    -- Coordinated attacks: one group, one day, several places of one country.
    if same_day and pstate == "agree" and country_of(a) and country_of(b) then
      why[1] = "coordinated: " .. lwhy .. " in " .. (a.country or a.country_name)
      return "link", score, concat(why, "; ")
    end
    return "conflict", 0, lwhy
  elseif same_day and pstate == "agree" then
    return "link", score, concat(why, "; ")
  end
  return "open", 0, concat(why, "; ")
end

------------------------------------------------------------------------------
-- Figures.

local function figure_value(lo, hi) return lo or hi end

--- Formats a figure range the way an analyst reads it.
-- @tparam[opt] integer lo lower bound
-- @tparam[opt] integer hi upper bound
-- @treturn string `"137"`, `"at least 131"`, `"up to 100"`, `"10-12"` or `"unknown"`
function M.figure_text(lo, hi)
  if lo and hi then
    if lo == hi then return tostring(lo) end
    return lo .. "-" .. hi
  elseif lo then return "at least " .. lo
  elseif hi then return "up to " .. hi end
  return "unknown"
end

local function article_of(r) return r.article or {} end

-- The figures of one field ("killed", "wounded") over the reports: one entry
-- per distinct range, with the reports that gave it.
local function figures(reports, field)
  local by, list = {}, {}
  for _, r in ipairs(reports) do
    local lo, hi = r[field .. "_lo"], r[field .. "_hi"]
    if lo or hi then
      local key = tostring(lo) .. ".." .. tostring(hi)
      local f = by[key]
      if not f then
        f = { lo = lo, hi = hi, text = M.figure_text(lo, hi), sources = {} }
        by[key] = f
        list[#list + 1] = f
      end
      local art = article_of(r)
      f.sources[#f.sources + 1] = { report_id = r.id, article_id = r.article_id,
        title = art.title, source = art.source, url = art.url, path = art.path,
        published = art.published }
    end
  end
  sort(list, function(x, y)
    local vx, vy = figure_value(x.lo, x.hi), figure_value(y.lo, y.hi)
    if vx ~= vy then return vx < vy end
    return (x.hi or huge) < (y.hi or huge)
  end)
  return list
end

-- The report's publication key for `latest`: date, then article id.
local function published_key(r)
  local art = article_of(r)
  return (art.published or r.published or "") .. fmt("|%012d|%012d",
    r.article_id or 0, r.id or 0)
end

--- Chooses the best figure among several sources.
-- @tparam table reports the incident's reports
-- @tparam string field `"killed"` or `"wounded"`
-- @tparam[opt="min"] string rule one of `merge.best_rules`
-- @treturn integer the best figure, or nil when no source gave one
-- @treturn string why this figure, in words
function M.best_figure(reports, field, rule)
  rule = rule or "min"
  local lof, hif = field .. "_lo", field .. "_hi"
  local definite, approx = {}, {}
  for _, r in ipairs(reports) do
    if r[lof] then definite[#definite + 1] = r
    elseif r[hif] then approx[#approx + 1] = r end
  end
  local pool = #definite > 0 and definite or approx
  if #pool == 0 then return nil end
  local function val(r) return figure_value(r[lof], r[hif]) end
  if #definite + #approx == 1 and (rule == "min" or rule == "max" or rule == "median"
    or rule == "latest") then
    return val(pool[1]), "the only figure given"
  end
  if rule == "min" then
    local best
    for _, r in ipairs(pool) do if not best or val(r) < val(best) then best = r end end
    return val(best), fmt("lowest %s figure of %d source(s), ACLED's conservative rule",
      #definite > 0 and "definite" or "approximate", #pool)
  elseif rule == "max" then
    local best
    for _, r in ipairs(definite) do if not best or val(r) > val(best) then best = r end end
    for _, r in ipairs(approx) do if not best or val(r) > val(best) then best = r end end
    return val(best), "highest figure any source gave"
  elseif rule == "median" then
    local vals = {}
    for _, r in ipairs(definite) do vals[#vals + 1] = val(r) end
    for _, r in ipairs(approx) do vals[#vals + 1] = val(r) end
    sort(vals)
    return vals[(#vals + 1) // 2], fmt("median of %d figure(s)", #vals)
  elseif rule == "latest" then
    local best
    for _, r in ipairs(definite) do
      if not best or published_key(r) > published_key(best) then best = r end
    end
    for _, r in ipairs(approx) do
      if not best or published_key(r) > published_key(best) then best = r end
    end
    return val(best), "figure of the latest published source"
  end
  error(fmt("bad best rule '%s' (expected min, max, median or latest)", tostring(rule)), 2)
end

------------------------------------------------------------------------------
-- Summaries.

-- The most frequent non-nil value of a field; ties by the `rank` function
-- (larger first), then alphabetically, so the choice is deterministic.
local function pick(reports, field, rank)
  local count, order = {}, {}
  for _, r in ipairs(reports) do
    local v = r[field]
    if v ~= nil and v ~= "unknown" then
      local k = tostring(v)
      if not count[k] then count[k] = 0; order[#order + 1] = v end
      count[k] = count[k] + 1
    end
  end
  sort(order, function(x, y)
    local rx, ry = rank and rank(x) or 0, rank and rank(y) or 0
    if rx ~= ry then return rx > ry end
    local cx, cy = count[tostring(x)], count[tostring(y)]
    if cx ~= cy then return cx > cy end
    return tostring(x) < tostring(y)
  end)
  return order[1]
end

-- Canonical report order: most precise date first, then by date, article,
-- id; each report's precision and first day worked out once rather than at
-- every comparison.
local function sort_for_merging(reports)
  local prec, first = {}, {}
  for _, r in ipairs(reports) do prec[r] = precision(r); first[r] = range(r) or "" end
  sort(reports, function(a, b)
    local pa, pb = prec[a], prec[b]
    if pa ~= pb then return pa > pb end
    local la, lb = first[a], first[b]
    if la ~= lb then return la < lb end
    if (a.article_id or 0) ~= (b.article_id or 0) then
      return (a.article_id or 0) < (b.article_id or 0)
    end
    return (a.id or 0) < (b.id or 0)
  end)
  return reports
end

--- Sorts reports into the order merging considers them.
-- @tparam table reports array of reports (sorted in place)
-- @treturn table the same array
function M.sort_reports(reports)
  return sort_for_merging(reports)
end

--- Explains, report by report, why each one belongs to the incident.
-- @tparam table reports the incident's reports
-- @tparam[opt] table links from `merge.links(pack)`
-- @treturn table array of lines
-- @treturn table the same lines by report id
function M.explain(reports, links)
  links = links or M.links()
  local sorted = {}
  for i, r in ipairs(reports) do sorted[i] = r end
  sort_for_merging(sorted)
  local lines, by_id = {}, {}
  local function name(r)
    local art = article_of(r)
    return fmt("report %s (article %s%s)", tostring(r.id or "?"), tostring(r.article_id or "?"),
      art.title and (", \"" .. art.title .. "\"") or "")
  end
  for i, r in ipairs(sorted) do
    if i == 1 then
      lines[1] = name(r) .. ": first report" .. (r.rule and (", rule " .. r.rule) or "")
    else
      local best, bscore, bwhy
      for j = 1, i - 1 do
        local state, score, why = M.compare(r, sorted[j], links)
        if state == "link" and (not best or score > bscore) then
          best, bscore, bwhy = sorted[j], score, why
        end
      end
      if best then
        lines[#lines + 1] = fmt("%s: joined %s on %s", name(r), name(best), bwhy)
      else
        lines[#lines + 1] = name(r) .. ": joined without a direct link"
      end
    end
    if r.id ~= nil then by_id[r.id] = lines[#lines] end
  end
  return lines, by_id
end

--- Summarises an incident from its reports.
-- Dates are intersected (the most specific date all sources allow), the
-- perpetrator is the most specific group named (a child over its parent),
-- the place the most frequent one named; figures follow the `best` rule.
-- @tparam table reports the reports (each may carry `article`, a table with
-- `title`, `source`, `url`, `path`, `published`)
-- @tparam[opt] table opts `best` (a rule of `merge.best_rules`), `links`
-- (from `merge.links`), `pack`
-- @treturn table the incident: report fields, `killed_best`, `wounded_best`,
-- `figures = { killed = {...}, wounded = {...} }` (each figure `{ lo, hi,
-- text, sources }`), `conflicts` (true when sources disagree on a figure),
-- `sources` (one per article), `report_ids`, `reports`, `why`
function M.summarize(reports, opts)
  opts = opts or {}
  local links = opts.links or M.links(opts.pack)
  local inc = { reports = reports, report_ids = {} }
  local lo, hi
  for _, r in ipairs(reports) do
    inc.report_ids[#inc.report_ids + 1] = r.id
    local rlo, rhi = range(r)
    if rlo then
      lo = (not lo or rlo > lo) and rlo or lo
      hi = (not hi or rhi < hi) and rhi or hi
    end
  end
  if lo and hi and lo > hi then
    -- Only possible when reports were joined by hand: keep the most precise.
    local sorted = M.sort_reports({ unpack(reports) })
    lo, hi = range(sorted[1])
  end
  inc.date_lo, inc.date_hi = lo, hi
  inc.date = M.date_of(lo, hi)

  local place = pick(reports, "place")
  inc.place = place
  local pr
  for _, r in ipairs(reports) do
    if place and r.place == place then
      if not pr or (r.lat and not pr.lat) then pr = r end
    end
  end
  if pr then
    inc.country, inc.country_name, inc.lat, inc.lon = pr.country, pr.country_name, pr.lat, pr.lon
  end
  inc.country = inc.country or pick(reports, "country")
  if not inc.country_name then
    for _, r in ipairs(reports) do
      if r.country == inc.country and r.country_name then inc.country_name = r.country_name end
    end
  end
  local places, seen = {}, {}
  for _, r in ipairs(reports) do
    if r.place and not seen[r.place] then seen[r.place] = true; places[#places + 1] = r.place end
  end
  sort(places)
  inc.places = places

  inc.perpetrator = pick(reports, "perpetrator", links.depth)
  local claimed
  for _, r in ipairs(reports) do
    if r.claimed == true then claimed = true
    elseif r.claimed == false and claimed == nil then claimed = false end
  end
  inc.claimed = claimed
  inc.attack_type = pick(reports, "attack_type") or "unknown"
  local suicide
  for _, r in ipairs(reports) do
    if r.suicide == true then suicide = true elseif r.suicide == false and not suicide then
      suicide = false end
  end
  inc.suicide = suicide
  inc.weapon = pick(reports, "weapon")
  inc.target = pick(reports, "target")
  inc.target_type = pick(reports, "target_type")
  inc.status = pick(reports, "status") or "attack"

  inc.figures = {}
  inc.conflicts = false
  for _, field in ipairs({ "killed", "wounded" }) do
    local list = figures(reports, field)
    inc.figures[field] = list
    if #list > 1 then inc.conflicts = true end
    -- The range: from the lowest definite lower bound to the highest figure
    -- any source gave, left open when that figure is ("more than 150").
    local flo, top
    for _, f in ipairs(list) do
      if f.lo then flo = flo and min(flo, f.lo) or f.lo end
      local v = figure_value(f.lo, f.hi)
      local tv = top and figure_value(top.lo, top.hi)
      if not top or v > tv or (v == tv and not f.hi) then top = f end
    end
    inc[field .. "_lo"], inc[field .. "_hi"] = flo, top and top.hi
    inc[field .. "_best"], inc[field .. "_best_why"] = M.best_figure(reports, field, opts.best)
  end

  local sources, by = {}, {}
  for _, r in ipairs(reports) do
    local id = r.article_id
    if id ~= nil and not by[id] then
      local art = article_of(r)
      by[id] = true
      sources[#sources + 1] = { article_id = id, title = art.title, source = art.source,
        url = art.url, path = art.path, published = art.published }
    end
  end
  sort(sources, function(x, y)
    -- Oldest first; undated articles last.
    local px, py = x.published or "~", y.published or "~"
    if px ~= py then return px < py end
    return tostring(x.article_id) < tostring(y.article_id)
  end)
  inc.sources = sources
  inc.why, inc.why_by_report = M.explain(reports, links)
  return inc
end

------------------------------------------------------------------------------
-- Clustering.

-- Where a report may go: the best incident it links to and contradicts
-- nothing in; nil when none.
local function place_report(r, clusters, links)
  local best, bscore, bwhy, tied
  for _, c in ipairs(clusters) do
    local ok, cscore, cwhy = true, -1, nil
    for _, m in ipairs(c.reports) do
      local state, score, why = M.compare(r, m, links)
      if state == "conflict" then ok = false; break end
      if state == "link" and score > cscore then cscore, cwhy = score, why end
    end
    if ok and cscore >= 0 then
      if not best or cscore > bscore then
        best, bscore, bwhy, tied = c, cscore, cwhy, false
      elseif cscore == bscore then
        tied = true
      end
    end
  end
  -- Two incidents fit equally well ("an attack in Kabul", undated, and two
  -- Kabul attacks on file): guessing would hide the doubt, so the report
  -- stays apart, where an analyst sees it.
  if tied then return nil end
  return best, bwhy
end

local function mergeable(r)
  return r.status == nil or r.status == "attack" or r.status == "plot_foiled"
end

------------------------------------------------------------------------------
-- The candidate index.
--
-- `place_report` only picks a cluster that none of its reports contradicts,
-- and three contradictions of `M.compare` can be read off the cluster as a
-- whole: another status, another country, dates that do not overlap. So each
-- cluster keeps a *key*: its statuses, its countries, and `lo`..`hi`, the
-- latest first day and the earliest last day of its dated reports (a report
-- overlaps every one of them exactly when `lo <= its hi` and `its lo <= hi`).
-- Clusters are filed by status, then by the months of `lo`..`hi` (or in
-- `undated`, or `wide` when that spans more than `wide_months`), then by
-- country ("" for none). A report reads only the files it could fit, and
-- `fits` checks the key exactly, so `place_report` sees every cluster that
-- could take the report, in the order of the full list, and the result is
-- the one comparing against every cluster gives. Keys only narrow as reports
-- join (a report that joins overlaps every dated report), and a cluster that
-- gains its first date or country is filed again, so stale entries only cost
-- a check.

-- A cluster whose dated span covers more months than this sits in one list
-- every dated report reads, rather than in every month it covers.
local wide_months = 24

local function status_key(r) return r.status or "attack" end

-- The month number of an ISO day, or nil.
local function month_of(day)
  local y, m = day:match("^(%d%d%d%d)%-(%d%d)")
  if not y then return nil end
  return tonumber(y) * 12 + tonumber(m) - 1
end

-- First and last month of a day range, or nil when it is wide or unreadable.
local function months(lo, hi)
  if hi < lo then lo, hi = hi, lo end
  local m1, m2 = month_of(lo), month_of(hi)
  if not m1 or not m2 or m2 - m1 >= wide_months then return nil end
  return m1, m2
end

-- The index of a list of clusters (which it keeps, to restore its order).
local function new_index(clusters)
  return { by_status = {}, clusters = clusters }
end

-- The status or country of a cluster whose reports have several.
local MIXED = {}

-- Adds a report's status, country and dates to its cluster's key.
local function add_to_key(c, r)
  local st, ck = status_key(r), country_of(r)
  if c.st == nil then c.st = st elseif c.st ~= st then c.st = MIXED end
  if ck then
    if c.ck == nil then c.ck = ck elseif c.ck ~= ck then c.ck = MIXED end
  end
  local lo, hi = range(r)
  if lo then
    if not c.lo or lo > c.lo then c.lo = lo end
    if not c.hi or hi < c.hi then c.hi = hi end
  end
end

-- Whether the key lets a report of this status, country and dates join.
local function fits(c, st, ck, lo, hi)
  if c.st ~= st then return false end
  if ck and c.ck ~= nil and c.ck ~= ck then return false end
  if lo and c.lo and (lo > c.hi or c.lo > hi) then return false end
  return true
end

-- Appends the cluster to list `t[k1][k2]`. A cluster is filed again only
-- when its date or country appears, which changes the list, so no list
-- holds a cluster twice.
local function file(c, t, k1, k2)
  local sub = t[k1]
  if not sub then sub = {}; t[k1] = sub end
  local list = sub[k2]
  if not list then list = {}; sub[k2] = list end
  list[#list + 1] = c
end

-- Files a cluster under its current key (again, after a report joined it).
local function index_cluster(index, c)
  -- No report, or two statuses: no report can join it.
  if c.st == nil or c.st == MIXED then return end
  local g = index.by_status[c.st]
  if not g then
    g = { months = {}, lists = {} }
    index.by_status[c.st] = g
  end
  local ck = c.ck == nil and "" or c.ck
  if not c.lo then
    file(c, g.lists, "undated", ck)
  else
    local m1, m2 = months(c.lo, c.hi)
    if not m1 then file(c, g.lists, "wide", ck)
    else
      for m = m1, m2 do file(c, g.months, m, ck) end
    end
    -- Every dated cluster, for a report whose own span is wide.
    file(c, g.lists, "dated", ck)
  end
end

-- Adds a cluster whose key is made (at the end of the order) to the index.
local function add_cluster(index, c)
  local clusters = index.clusters
  clusters[#clusters + 1] = c
  c.pos = #clusters
  index_cluster(index, c)
end

-- A new cluster of one report.
local function new_cluster(index, r)
  local c = { reports = { r } }
  add_to_key(c, r)
  add_cluster(index, c)
  return c
end

-- A report joins a cluster: its key narrows, and it may be filed again.
local function join(index, c, r)
  insert(c.reports, r)
  local dated, ck = c.lo ~= nil, c.ck
  add_to_key(c, r)
  if (c.lo ~= nil) ~= dated or c.ck ~= ck then index_cluster(index, c) end
end

local function by_pos(a, b) return a.pos < b.pos end

-- The clusters a report could join, in the order of the full list.
local function candidates(index, r)
  local g = index.by_status[status_key(r)]
  if not g then return {} end
  local st, ck = status_key(r), country_of(r)
  local lo, hi = range(r)
  -- `M.compare` links on two places, two countries, or one day and one
  -- group: a report with none of these links to nothing, and one with only
  -- a country links only to clusters that have that country.
  local day_group = lo and lo == hi and r.perpetrator ~= nil
  if r.place == nil and not ck and not day_group then return {} end
  local countryless = r.place ~= nil or day_group
  local out, seen = {}, {}
  local function take(sub)
    if not sub then return end
    local function add(list)
      if not list then return end
      for _, c in ipairs(list) do
        if not seen[c] then
          seen[c] = true
          if fits(c, st, ck, lo, hi) then out[#out + 1] = c end
        end
      end
    end
    if ck then
      add(sub[ck])
      if countryless then add(sub[""]) end
    else
      for _, list in pairs(sub) do add(list) end
    end
  end
  take(g.lists.undated)
  if lo then
    local m1, m2 = months(lo, hi)
    if m1 then
      take(g.lists.wide)
      for m = m1, m2 do take(g.months[m]) end
    else
      take(g.lists.dated)
    end
  else
    take(g.lists.dated)
  end
  -- Back into the order of the full list: sorted when few, else picked
  -- from the list in one pass (an undated report can have thousands).
  local n = #out
  if n > 1 then
    if 3 * n * log(n, 2) < #index.clusters then sort(out, by_pos)
    else
      local chosen = {}
      for _, c in ipairs(out) do chosen[c] = true end
      n = 0
      for _, c in ipairs(index.clusters) do
        if chosen[c] then n = n + 1; out[n] = c end
      end
    end
  end
  return out
end

--- Merges reports into incidents (pure: no database).
-- @tparam table reports array of reports (each with `id` and `article_id`
-- where known; `article` may carry the article's title and source)
-- @tparam[opt] table opts `pack` or `links`, `best`
-- @treturn table array of incidents as `merge.summarize` makes them, in the
-- order of their earliest date
-- @usage local incs = merge.merge(reports, { pack = pack, best = "min" })
function M.merge(reports, opts)
  if type(reports) ~= "table" then
    error("bad argument #1 to 'merge' (table expected, got " .. type(reports) .. ")", 2)
  end
  opts = opts or {}
  local links = opts.links or M.links(opts.pack)
  local sorted = {}
  for _, r in ipairs(reports) do if mergeable(r) then sorted[#sorted + 1] = r end end
  sort_for_merging(sorted)
  local clusters = {}
  local index = new_index(clusters)
  for _, r in ipairs(sorted) do
    local c = place_report(r, candidates(index, r), links)
    if c then join(index, c, r) else new_cluster(index, r) end
  end
  local out = {}
  for i, c in ipairs(clusters) do
    out[i] = M.summarize(c.reports, { links = links, best = opts.best })
  end
  sort(out, function(a, b)
    local da, db = a.date_lo or "~", b.date_lo or "~"
    if da ~= db then return da < db end
    return (a.report_ids[1] or 0) < (b.report_ids[1] or 0)
  end)
  return out
end

------------------------------------------------------------------------------
-- The database.

-- A report with its article's title and source attached: from the columns
-- the store joins into reports, else from the store (cached per call).
local function with_article(db, r, cache)
  if r.article or not r.article_id then return r end
  if r.article_title or r.article_path or r.article_url then
    r.article = { title = r.article_title, source = r.article_source, url = r.article_url,
      path = r.article_path, published = r.article_published }
    return r
  end
  local art = cache[r.article_id]
  if art == nil then
    local a = db:article(r.article_id)
    art = a and { title = a.title, source = a.source, url = a.url, path = a.path,
      published = a.published } or false
    cache[r.article_id] = art
  end
  r.article = art or nil
  return r
end

-- The fields `put_incident` stores, from a summary.
local function stored(inc, id)
  local t = { id = id }
  for _, k in ipairs({ "date", "date_lo", "date_hi", "place", "country", "country_name",
    "lat", "lon", "perpetrator", "claimed", "attack_type", "suicide", "weapon", "target",
    "target_type", "status", "killed_lo", "killed_hi", "wounded_lo", "wounded_hi",
    "killed_best", "wounded_best" }) do
    t[k] = inc[k]
  end
  t.why = concat(inc.why, "\n")
  t.report_ids = {}
  for i, rid in ipairs(inc.report_ids) do
    t.report_ids[i] = { id = rid, why = inc.why_by_report[rid] }
  end
  return t
end

--- Merges the database's unlinked reports into its incidents.
-- Existing incidents keep their ids; a report that fits one joins it (its
-- figures and fields are recomputed), the others start new incidents. All
-- in one transaction.
-- @param db an open database (`incidents.open`)
-- @tparam[opt] table opts `pack` or `links`, `best`, `rebuild` (forget every
-- incident and merge all reports again)
-- @treturn table `{ new = n, updated = n, reports = n }`, or nil, msg
function M.update(db, opts)
  if (type(db) ~= "table" and type(db) ~= "userdata") or db.incident_keys == nil then
    error("bad argument #1 to 'update' (an open database expected, got " .. type(db) .. ")", 2)
  end
  opts = opts or {}
  local links = opts.links or M.links(opts.pack)
  local cache = {}
  local function run()
    if opts.rebuild then db:clear_incidents() end
    -- Stored incidents are filed by their keys alone; an incident's reports
    -- are read only when a new report could join it.
    local keys, err = db:incident_keys()
    if not keys then error(err, 0) end
    local clusters = {}
    local index = new_index(clusters)
    local i, n = 1, #keys
    while i <= n do
      local c = { id = keys[i].incident_id }
      while i <= n and keys[i].incident_id == c.id do add_to_key(c, keys[i]); i = i + 1 end
      add_cluster(index, c)
    end
    local function loaded(list)
      for _, c in ipairs(list) do
        if not c.reports then
          local reps, rerr = db:reports{ incident_id = c.id }
          if not reps then error(rerr, 0) end
          for k, r in ipairs(reps) do reps[k] = with_article(db, r, cache) end
          c.reports = reps
        end
      end
      return list
    end
    local fresh = {}
    local unlinked
    unlinked, err = db:reports{ unlinked = true }
    if not unlinked then error(err, 0) end
    for _, r in ipairs(unlinked) do
      if mergeable(r) then fresh[#fresh + 1] = with_article(db, r, cache) end
    end
    sort_for_merging(fresh)
    local touched, stats = {}, { new = 0, updated = 0, reports = #fresh }
    for _, r in ipairs(fresh) do
      local c = place_report(r, loaded(candidates(index, r)), links)
      if c then join(index, c, r) else c = new_cluster(index, r) end
      touched[c] = true
    end
    for _, c in ipairs(clusters) do
      if touched[c] then
        local inc = M.summarize(c.reports, { links = links, best = opts.best })
        local id, perr = db:put_incident(stored(inc, c.id))
        if not id then error(perr, 0) end
        if c.id then stats.updated = stats.updated + 1 else stats.new = stats.new + 1 end
        c.id = id
      end
    end
    return stats
  end
  return db:transaction(run)
end

--- Removes articles and what they told: their reports, evidence and links
-- go with them (the schema's cascades), and every incident they fed is
-- summarised again from the reports left (figures, best figures, fields and
-- conflicts as if the articles had never been ingested), keeping its id; an
-- incident left with no report is deleted. All in one transaction.
-- Incidents are not split again: `merge.rebuild` does that from scratch.
-- @param db an open database (`incidents.open`)
-- @tparam table article_ids array of article ids
-- @tparam[opt] table opts `pack` or `links`, `best` (as for `merge.update`)
-- @treturn table `{ articles = n, reports = n, incidents_updated = n,
-- incidents_deleted = n }`, or nil, msg (nothing is removed then; an id
-- that names no article is such a msg)
-- @usage merge.remove(db, { 12, 40 })
function M.remove(db, article_ids, opts)
  if (type(db) ~= "table" and type(db) ~= "userdata") or db.incident_keys == nil then
    error("bad argument #1 to 'remove' (an open database expected, got " .. type(db) .. ")", 2)
  end
  if type(article_ids) ~= "table" then
    error("bad argument #2 to 'remove' (table expected, got " .. type(article_ids) .. ")", 2)
  end
  for i, id in ipairs(article_ids) do
    if mtype(id) ~= "integer" then
      error(fmt("bad argument #2 to 'remove' (article id %d: integer expected, got %s)", i,
        mtype(id) or type(id)), 2)
    end
  end
  opts = opts or {}
  local links = opts.links or M.links(opts.pack)
  local function one_row(sql, ...)
    local it, err = db:rows(sql, ...)
    if not it then error(err, 0) end
    local row
    for r in it do row = row or r end
    return row
  end
  local function run()
    local stats = { articles = 0, reports = 0, incidents_updated = 0, incidents_deleted = 0 }
    local touched, order = {}, {}
    for _, aid in ipairs(article_ids) do
      if not one_row("SELECT id FROM articles WHERE id = ?", aid) then
        error(fmt("no article %d", aid), 0)
      end
      local it, err = db:rows("SELECT DISTINCT l.incident_id AS id FROM incident_reports l "
        .. "JOIN reports r ON r.id = l.report_id WHERE r.article_id = ?", aid)
      if not it then error(err, 0) end
      for r in it do
        if not touched[r.id] then touched[r.id] = true; order[#order + 1] = r.id end
      end
      local n = one_row("SELECT count(*) AS n FROM reports WHERE article_id = ?", aid)
      stats.reports = stats.reports + n.n
      one_row("DELETE FROM articles WHERE id = ?", aid)
      stats.articles = stats.articles + 1
    end
    sort(order)
    local cache = {}
    for _, iid in ipairs(order) do
      local reps, err = db:reports{ incident_id = iid }
      if not reps then error(err, 0) end
      if #reps == 0 then
        local ok, derr = db:delete_incident(iid)
        if not ok then error(derr, 0) end
        stats.incidents_deleted = stats.incidents_deleted + 1
      else
        for k, r in ipairs(reps) do reps[k] = with_article(db, r, cache) end
        local inc = M.summarize(reps, { links = links, best = opts.best })
        local id, perr = db:put_incident(stored(inc, iid))
        if not id then error(perr, 0) end
        stats.incidents_updated = stats.incidents_updated + 1
      end
    end
    return stats
  end
  return db:transaction(run)
end

--- Summarises one stored incident again from the reports linked to it now
-- (after some of its reports were deleted or replaced), keeping its id; an
-- incident left with no report is deleted. Run it inside the caller's
-- transaction.
-- @param db an open database
-- @tparam integer id the incident
-- @tparam[opt] table opts `pack` or `links`, `best`
-- @treturn string `"updated"` or `"deleted"`, or nil, msg
function M.refresh(db, id, opts)
  opts = opts or {}
  local reps, err = db:reports{ incident_id = id }
  if not reps then return nil, err end
  if #reps == 0 then
    local ok, derr = db:delete_incident(id)
    if not ok then return nil, derr end
    return "deleted"
  end
  local cache = {}
  for k, r in ipairs(reps) do reps[k] = with_article(db, r, cache) end
  local inc = M.summarize(reps, { links = opts.links or M.links(opts.pack), best = opts.best })
  local pid, perr = db:put_incident(stored(inc, id))
  if not pid then return nil, perr end
  return "updated"
end

--- Re-merges every report from scratch (ids are given anew).
-- @param db an open database
-- @tparam[opt] table opts as for `merge.update`
-- @treturn table stats as `merge.update`, or nil, msg
function M.rebuild(db, opts)
  local o = {}
  for k, v in pairs(opts or {}) do o[k] = v end
  o.rebuild = true
  return M.update(db, o)
end

return M
