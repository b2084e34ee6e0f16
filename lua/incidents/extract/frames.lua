--- Frames: the triggers of one sentence grouped into event mentions.
--
-- Each mention of a sentence is tied to a trigger the way English attaches
-- them (after the event word, right before it, opening the sentence; a
-- group is the subject of the event word after it), within its clause;
-- neighbouring frames whose mentions do not conflict are one frame.
-- @module incidents.extract.frames

local ipairs, pairs, next =
  ipairs, pairs, next
local sub, find =
  string.sub, string.find
local huge = math.huge
local sort = table.sort

local tokens = require "incidents.extract.tokens"
local places = require "incidents.extract.places"
local dating = require "incidents.extract.dating"
local gap = tokens.gap
local word_before = tokens.word_before
local same_place = places.same_place
local overlaps = dating.overlaps

local M = {}

-- ---------------------------------------------------------------------------
-- Frames: triggers of one sentence grouped into event mentions.
-- ---------------------------------------------------------------------------

local function nearest_trigger(trigs, s, e, forward_bias)
  local best, bd = nil, huge
  for i, t in ipairs(trigs) do
    local d = gap(s, e, t.s, t.e)
    if forward_bias and t.s > e then d = d * 0.5 end
    if d < bd then best, bd = i, d end
  end
  return best, bd
end

-- Which trigger a mention at [s, e] belongs to. English puts an event's
-- place and date after its word ("an attack in Iran in January"), or right
-- before it ("the Jan. 3 attack", "the Moscow attack"), or opens the
-- sentence with them ("On March 22, gunmen stormed ..."). A group is the
-- subject of the event word after it in the same clause ("ISIS-K executed
-- the deadliest attack"), unless "by" ties it back ("attacks by al-Qaeda").
local function assign(trigs, low, s, e, is_group)
  local p, n
  for i, t in ipairs(trigs) do
    if t.e < s then p = i elseif t.s > e and not n then n = i end
  end
  if n then
    local between = sub(low, e + 1, trigs[n].s - 1)
    local words = 0
    for _ in between:gmatch("[%w'’%-]+") do words = words + 1 end
    local tight = words <= 3 and not find(between, "[,;:%(%)]")
      and not find(between, "%f[%a]and%f[%A]") and not find(between, "%f[%a]when%f[%A]")
    if tight then return n end
    if is_group and not find(between, "[,;:]") and words <= 12 then
      local prev = word_before(low, s)
      if prev ~= "by" or not p then return n end
    end
    if not p then return n end
  end
  if p then return p end
  return nearest_trigger(trigs, s, e)
end

local function first_trigger_after(trigs, pos)
  for i, t in ipairs(trigs) do if t.s > pos then return i end end
  return nil
end

local function new_frame(t)
  return { triggers = { t }, dates = {}, places = {}, countries = {}, groups = {}, targets = {},
           weapons = {}, figures = {}, s = t.s, e = t.e, anchor = t.anchor or false,
           state = t.state or false,
           plural_only = t.plural and not t.figure, has_attack = not t.figure }
end

local function frame_add(fr, key, x)
  local l = fr[key]
  l[#l + 1] = x
  if x.s < fr.s then fr.s = x.s end
  if x.e > fr.e then fr.e = x.e end
end

local function dates_conflict(a, b)
  for _, x in ipairs(a.dates) do
    for _, y in ipairs(b.dates) do
      if not overlaps(x.lo, x.hi, y.lo, y.hi) then return true end
    end
  end
  return false
end

local function places_conflict(a, b)
  for _, x in ipairs(a.places) do
    for _, y in ipairs(b.places) do
      if not same_place(x.rec, y.rec) then return true end
    end
  end
  return false
end

local function groups_conflict(a, b)
  if #a.groups == 0 or #b.groups == 0 then return false end
  for _, x in ipairs(a.groups) do
    for _, y in ipairs(b.groups) do
      if x.rec == y.rec or x.rec.name == y.rec.name or x.rec.parent == y.rec.name
        or y.rec.parent == x.rec.name then
        return false
      end
    end
  end
  return true
end

-- Codes of the countries a frame is in: its places' and the countries it
-- names (not demonyms).
local function frame_countries(fr)
  local t = {}
  for _, x in ipairs(fr.places) do if x.rec.country then t[x.rec.country] = true end end
  for _, x in ipairs(fr.countries) do if not x.weak then t[x.rec.code] = true end end
  return t
end

local function countries_conflict(a, b)
  local ca, cb = frame_countries(a), frame_countries(b)
  if next(ca) == nil or next(cb) == nil then return false end
  for k in pairs(ca) do if cb[k] then return false end end
  return true
end

local function frames_conflict(a, b, low)
  if a.anchor ~= b.anchor or a.state ~= b.state then return true end
  if countries_conflict(a, b) then return true end
  if groups_conflict(a, b) then return true end
  local a_fig, b_fig = #a.figures > 0, #b.figures > 0
  -- "the attacks of November 13, in which gunmen struck ...": a relative
  -- clause tells the same event
  -- and "killed 40 people in attacks on villages": the plural holds the event
  local relative = false
  if low and b.triggers[1].s > a.e then
    local between = sub(low, a.e + 1, b.triggers[1].s - 1)
    relative = find(between, "%f[%a][a-z]* ?which%f[%A]") ~= nil
      or (b.plural_only and find(between, "^ in $") ~= nil)
      or (b.plural_only and find(between, "^ during $") ~= nil)
      -- "two bombs exploded", "twin blasts ripped through": the plural is the
      -- subject of the event word right after it
      or (a.plural_only and not b.plural_only and (find(between, "^ $") ~= nil
        or find(between, "^ %a+ly $") ~= nil))
  end
  if not relative then
    if a.plural_only and not a_fig and b.has_attack and not b.plural_only then return true end
    if b.plural_only and not b_fig and a.has_attack and not a.plural_only then return true end
  end
  return dates_conflict(a, b) or places_conflict(a, b)
end

local function merge_frames(a, b)
  for _, key in ipairs { "triggers", "dates", "places", "countries", "groups", "targets",
                         "weapons", "figures" } do
    for _, x in ipairs(b[key]) do a[key][#a[key] + 1] = x end
  end
  if b.s < a.s then a.s = b.s end
  if b.e > a.e then a.e = b.e end
  a.plural_only = a.plural_only and b.plural_only
  a.has_attack = a.has_attack or b.has_attack
end

--- The frames of the mentions `m` of one sentence: each trigger with the
-- mentions that attach to it, neighbours that do not conflict merged.
local function build_frames(m, low)
  local trigs = m.triggers
  sort(trigs, function(x, y) return x.s < y.s end)
  local frames = {}
  for i, t in ipairs(trigs) do frames[i] = new_frame(t) end
  if #frames == 0 then return frames end
  -- "four days after the Moscow attack, a bomb exploded ...": what lies in
  -- the anchor belongs to the anchor's event, the rest (and the date) to the
  -- other triggers of the sentence
  local outer, inner = {}, {}
  for _, t in ipairs(trigs) do
    if t.anchor then inner[#inner + 1] = t else outer[#outer + 1] = t end
  end
  local index = {}
  for i, t in ipairs(trigs) do index[t] = i end
  -- a semicolon ends a clause: what a clause holds belongs to an event word
  -- of that clause when it has one ("... near Giza, killing four; in July
  -- 2017 a man killed two women in Hurghada")
  local semis = m.semis
  local function clause_no(pos)             -- semicolons before pos
    local k = 0
    for _, p in ipairs(semis) do if p < pos then k = k + 1 end end
    return k
  end
  local function clause(list, s)
    if not semis then return list end
    local k = clause_no(s)
    local out = {}
    for _, t in ipairs(list) do
      if clause_no(t.s) == k then out[#out + 1] = t end
    end
    return #out > 0 and out or list
  end
  local function pick(s, e, is_group, anchored_date_)
    local list = clause(trigs, s)
    if #inner > 0 then
      local inside = false
      for _, a in ipairs(m.anchors) do
        if s >= a.s and e <= a.e then inside = true end
      end
      if inside then list = inner
      elseif #outer > 0 then list = outer
      elseif anchored_date_ then return nil end
    end
    local k = assign(list, low, s, e, is_group)
    return k and index[list[k]]
  end
  -- figures belong to the nearest trigger (and are triggers themselves when
  -- the sentence names no attack word)
  for _, f in ipairs(m.figures) do
    local list = clause(#outer > 0 and outer or trigs, f.s)
    local i = nearest_trigger(list, f.s, f.e)
    i = index[list[i]]
    frame_add(frames[i], "figures", f)
    frames[i].plural_only = false
  end
  for _, d in ipairs(m.dates) do
    local i
    -- "Colombia was mourning 19 people on Friday after a truck bomb in Cali":
    -- a day told before all event words and right before "after" is the day
    -- of the clause it ends (the mourning), not of the event after it
    local skip = false
    if trigs[1] and d.stop < trigs[1].s then
      local between = sub(low, d.stop + 1, trigs[1].s - 1)
      -- (an event told as a noun: "after being hit by explosives" is the
      -- clause's own event)
      skip = find(between, "^ after an? ") ~= nil or find(between, "^ after the ") ~= nil
        or find(between, "^ following an? ") ~= nil or find(between, "^ following the ") ~= nil
    end
    if skip then
      -- ("Mubi was thrown into mourning on Tuesday after a bomber blew
      -- himself up during the early morning prayer": an event the clause
      -- after "after" puts in the morning, with no day of its own, fell on
      -- the day the mourning did)
      local rest = sub(low, d.stop + 1, d.stop + 300)
      rest = sub(rest, 1, (find(rest, "%.%s") or #rest))
      local other = false
      for _, x in ipairs(m.dates) do
        if x ~= d and x.start > d.stop and x.start <= d.stop + #rest then other = true end
      end
      if not other and d.lo and d.lo == d.hi and (find(rest, "%f[%a]morning%f[%A]")
          or find(rest, "%f[%a]dawn%f[%A]") or find(rest, "%f[%a]daybreak%f[%A]")
          or find(rest, "%f[%a]first light%f[%A]") or find(rest, "%f[%a]sunrise%f[%A]")
          or find(rest, "%f[%a]early hours%f[%A]")
          or find(rest, "%f[%d][1-9]%s?a%.?m%f[%A]")
          or find(rest, "%f[%d]1[01]%s?a%.?m%f[%A]")) then
        skip = false
      end
    end
    if skip then i = false end
    if d.when and not skip then i = first_trigger_after(trigs, d.stop) end
    if i and semis and clause({ trigs[i] }, d.start)[1] ~= trigs[i] then i = nil end
    if i == nil then i = pick(d.start, d.stop, false, d.anchored) end
    if i then
      frame_add(frames[i], "dates", { s = d.start, e = d.stop, d = d, lo = d.lo, hi = d.hi })
    end
  end
  for _, key in ipairs { "places", "countries", "targets", "weapons" } do
    for _, x in ipairs(m[key]) do
      frame_add(frames[pick(x.s, x.e, false)], key, x)
    end
  end
  for _, g in ipairs(m.groups) do
    frame_add(frames[pick(g.s, g.e, true)], "groups", g)
  end
  -- neighbouring frames that do not conflict are one event
  local out = { frames[1] }
  for i = 2, #frames do
    local last = out[#out]
    if frames_conflict(last, frames[i], low) then
      out[#out + 1] = frames[i]
    else
      merge_frames(last, frames[i])
    end
  end
  return out
end


M.build_frames = build_frames

return M
