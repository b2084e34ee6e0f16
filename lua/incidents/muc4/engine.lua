--- What the default extraction engine understands of a MUC-4 story, as
-- features of the story for a relevance gate (round 12 of
-- docs/bench-muc4.md).
--
-- The MUC-4 task keeps a story only when it tells a specific incident as
-- fact, recent (within about two months of the story), in one of nine
-- Latin-American countries, and not only against armed forces. The
-- engine's reports carry exactly those fields: status, date range,
-- country, target type, killed. This module turns the reports of one story
-- (plain report tables, or the rows `tools/muc4-engine-dump.lua` writes)
-- into named values: counts and flags, each also given as a binary
-- feature name for a logistic model or a numeric value for a tree.
-- It reads no text and runs no extraction itself.
-- @module incidents.muc4.engine

local ipairs, type, error, tostring = ipairs, type, error, tostring
local tonumber, floor, min = tonumber, math.floor, math.min
local time, date_of = os.time, os.date

local M = {}

--- The nine countries of the MUC-4 task (ISO 3166-1 alpha-2): Argentina,
-- Bolivia, Chile, Colombia, Ecuador, El Salvador, Guatemala, Honduras,
-- Peru.
M.countries = { AR = true, BO = true, CL = true, CO = true, EC = true, SV = true,
  GT = true, HN = true, PE = true }

-- Target types of armed forces and armed groups: the task leaves out
-- incidents against them alone.
local FORCES = { military = true, police = true, terrorists = true,
  violent_political_party = true }

-- Target types that say nothing of who was hit.
local NO_TYPE = { unknown = true, other = true }

--- How many days a recent incident may lie before the story's date (the
-- task's "about two months").
M.recent_days = 60

--- The names of the numeric features @{values} returns, in a fixed order.
M.names = { "reports", "attacks", "plots", "nine", "other_country", "share_other",
  "dated", "recent", "old", "all_old", "civilian", "forces_only", "killed",
  "wounded", "perpetrator", "claimed", "old_year", "task" }

-- Days since the epoch of an ISO day, or nil.
local function days(iso)
  if type(iso) ~= "string" then return nil end
  local y, m, d = iso:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  local t = time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
  return t and floor(t / 86400) or nil
end

--- The features of one story.
-- @tparam table reports the engine's reports of the story (tables with
--   `status`, `country`, `date_lo`, `date_hi`, `target_type`, `killed_lo`,
--   `wounded_lo`, `perpetrator`, `claimed`; missing fields are unknown)
-- @tparam[opt] string story_date the story's own date (`YYYY-MM-DD`),
--   against which `recent` and `old` are told; without it they stay 0 and
--   `old_year` (an incident dated before 1988, the corpus's first year)
--   is the only sign of age
-- @treturn table name -> number (flags are 0 or 1), one per @{names}
-- @usage local v = engine.values(extract.text(text, pack), "1989-11-20")
function M.values(reports, story_date)
  if type(reports) ~= "table" then
    error("bad argument #1 to 'values' (table expected, got " .. type(reports) .. ")", 2)
  end
  if story_date ~= nil and type(story_date) ~= "string" then
    error("bad argument #2 to 'values' (string expected, got " .. type(story_date) .. ")", 2)
  end
  local today = days(story_date)
  local v = {}
  for _, k in ipairs(M.names) do v[k] = 0 end
  local with_country, civilian, forces = 0, false, false
  local first_year = days("1988-01-01")
  local dated, old = 0, 0
  for _, r in ipairs(reports) do
    v.reports = v.reports + 1
    if r.status == "attack" then v.attacks = v.attacks + 1
    elseif r.status == "plot_foiled" then v.plots = v.plots + 1 end
    if type(r.country) == "string" then
      with_country = with_country + 1
      if M.countries[r.country] then v.nine = 1 else v.other_country = v.other_country + 1 end
    end
    local lo, hi = days(r.date_lo), days(r.date_hi or r.date_lo)
    if hi then
      dated = dated + 1
      if hi < first_year then v.old_year = 1 end
      if today then
        if hi < today - M.recent_days then
          old = old + 1
        elseif (lo or hi) <= today + 1 then
          v.recent = 1
        end
      end
    end
    local tt = r.target_type
    local civil = type(tt) == "string" and not NO_TYPE[tt] and not FORCES[tt]
    if type(tt) == "string" and not NO_TYPE[tt] then
      if FORCES[tt] then forces = true else civilian = true end
    end
    -- the task's rules at once: an attack on civilians, in the nine
    -- countries or none named, not told as months old
    if r.status == "attack" and civil and (type(r.country) ~= "string" or M.countries[r.country])
        and not (hi and (hi < first_year or (today and hi < today - M.recent_days))) then
      v.task = 1
    end
    local k = tonumber(r.killed_lo) or tonumber(r.killed_hi)
    if k and k > v.killed then v.killed = k end
    local w = tonumber(r.wounded_lo) or tonumber(r.wounded_hi)
    if w and w > v.wounded then v.wounded = w end
    if type(r.perpetrator) == "string" then v.perpetrator = 1 end
    if r.claimed == true then v.claimed = 1 end
  end
  if with_country > 0 then v.share_other = v.other_country / with_country end
  v.dated = dated
  v.old = old
  if dated > 0 and old == dated then v.all_old = 1 end
  v.civilian = civilian and 1 or 0
  v.forces_only = (forces and not civilian) and 1 or 0
  return v
end

-- A count in a few buckets: 0, 1, 2, 3 or more.
local function bucket(n)
  return tostring(min(3, floor(n)))
end

-- A toll in a few buckets: 0, 1-2, 3-9, 10 or more.
local function toll(n)
  if n >= 10 then return "10" elseif n >= 3 then return "3" elseif n >= 1 then return "1" end
  return "0"
end

--- The same values as binary feature names, for a logistic model beside
-- `spans.doc_feats` (each name starts with `e:`).
-- @tparam table v from @{values}
-- @treturn table list of feature names
function M.feats(v)
  if type(v) ~= "table" then
    error("bad argument #1 to 'feats' (table expected, got " .. type(v) .. ")", 2)
  end
  local fl = {}
  fl[#fl + 1] = "e:attacks=" .. bucket(v.attacks)
  fl[#fl + 1] = "e:killed=" .. toll(v.killed)
  for _, k in ipairs({ "nine", "recent", "all_old", "civilian", "forces_only", "perpetrator",
    "old_year", "plots", "task" }) do
    if v[k] > 0 then fl[#fl + 1] = "e:" .. k end
  end
  if v.other_country > 0 and v.nine == 0 then fl[#fl + 1] = "e:only_other" end
  return fl
end

--- The story date of a dateline as `full/<split>.jsonl` gives it
-- ("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE)"), or nil.
-- @tparam string s the dateline
-- @treturn string|nil `YYYY-MM-DD`
function M.dateline_date(s)
  if type(s) ~= "string" then return nil end
  local months = { jan = 1, feb = 2, mar = 3, apr = 4, may = 5, jun = 6, jul = 7, aug = 8,
    sep = 9, oct = 10, nov = 11, dec = 12 }
  local d, m, y = s:lower():match("(%d%d?)%s+(%a%a%a)%a*%.?%s+(%d%d)%f[%D]")
  if not d or not months[m] then return nil end
  local t = time({ year = 1900 + tonumber(y), month = months[m], day = tonumber(d), hour = 12 })
  return t and date_of("!%Y-%m-%d", t) or nil
end

return M
