--- Measures the date grammar on TempEval-3 (Task A: extents and values).
--
-- Usage: `lua5.4 tools/tempeval.lua [--split train|test] [--out FILE]
-- [--data DIR] [--errors N]`. Reads `DIR/SPLIT.jsonl`, runs
-- `incidents.grammar.dates` on every document with its creation date,
-- writes one JSON line per document (`{"doc", "timex": [...]}`) to FILE
-- when asked, and prints relaxed and strict extent P/R/F1, value accuracy
-- on relaxed matches and value F1, for DATE expressions and for all types.
--
-- Scoring follows the official TempEval-3 description (see the data
-- README): a relaxed match is any overlap; attributes are compared on
-- relaxed matches only; attribute F1 = relaxed F1 x attribute accuracy;
-- counts are pooled over the corpus. Pairs are made one to one, in text
-- order, each system timex with the first free gold timex it overlaps.
-- @script tempeval

local cjson = require "cjson.safe"
local dates = require "incidents.grammar.dates"

local io, os, ipairs, print, tonumber, string = io, os, ipairs, print, tonumber, string
local fmt = string.format

local opts = { split = "train", data = "../shared/data/tempeval3", errors = 0 }
do
  local i = 1
  while i <= #arg do
    local a = arg[i]
    local v = arg[i + 1]
    if a == "--split" then opts.split = v; i = i + 1
    elseif a == "--out" then opts.out = v; i = i + 1
    elseif a == "--data" then opts.data = v; i = i + 1
    elseif a == "--errors" then opts.errors = tonumber(v) or 0; i = i + 1
    else io.stderr:write("tempeval: unknown argument ", a, "\n"); os.exit(2) end
    i = i + 1
  end
end

local path = opts.data .. "/" .. opts.split .. ".jsonl"
local fh, err = io.open(path, "rb")
if not fh then io.stderr:write("tempeval: ", err, "\n"); os.exit(1) end
local out
if opts.out and opts.out ~= "" then
  out, err = io.open(opts.out, "wb")
  if not out then io.stderr:write("tempeval: ", err, "\n"); os.exit(1) end
end

-- Counters for one filter (DATE only, or every type).
local function counters()
  return { sys = 0, gold = 0, relaxed = 0, strict = 0, value = 0, type = 0 }
end
local date_c, all_c = counters(), counters()
local shown = 0

local function overlap(a, b) return a.start <= b.stop and b.start <= a.stop end

-- Pairs system and gold timexes (both in text order) one to one.
local function score(c, sys, gold, doc, text)
  c.sys, c.gold = c.sys + #sys, c.gold + #gold
  local used = {}
  for _, s in ipairs(sys) do
    for j, g in ipairs(gold) do
      if not used[j] and overlap(s, g) then
        used[j] = true
        c.relaxed = c.relaxed + 1
        if s.start == g.start and s.stop == g.stop then c.strict = c.strict + 1 end
        if s.type == g.type then c.type = c.type + 1 end
        if s.value == g.value then c.value = c.value + 1
        elseif c == date_c and shown < opts.errors then
          shown = shown + 1
          print(fmt("VALUE %s dct=%s gold %q=%s sys %q=%s", doc.doc, doc.dct, g.text,
            g.value, text:sub(s.start, s.stop), tostring(s.value)))
        end
        break
      end
    end
  end
  if c == date_c and shown < opts.errors then
    for j, g in ipairs(gold) do
      if not used[j] and shown < opts.errors then
        shown = shown + 1
        print(fmt("MISS  %s gold %q=%s", doc.doc, g.text, g.value))
      end
    end
    for _, s in ipairs(sys) do
      local hit = false
      for _, g in ipairs(gold) do if overlap(s, g) then hit = true; break end end
      if not hit and shown < opts.errors then
        shown = shown + 1
        print(fmt("FALSE %s sys %q=%s", doc.doc, text:sub(s.start, s.stop), tostring(s.value)))
      end
    end
  end
end

local t0 = os.clock()
local ndocs, lineno = 0, 0
for line in fh:lines() do
  lineno = lineno + 1
  local doc = cjson.decode(line)
  if not doc then io.stderr:write(fmt("tempeval: %s:%d: bad JSON\n", path, lineno)); os.exit(1) end
  ndocs = ndocs + 1
  local found = dates.scan(doc.text, { dct = doc.dct })
  local sys = {}
  for _, r in ipairs(found) do
    if r.value then
      sys[#sys + 1] = { start = r.start, stop = r.stop, type = r.type, value = r.value }
    end
  end
  if out then out:write(cjson.encode({ doc = doc.doc, timex = sys }), "\n") end
  local sys_d, gold_d = {}, {}
  for _, s in ipairs(sys) do if s.type == "DATE" then sys_d[#sys_d + 1] = s end end
  for _, g in ipairs(doc.timex) do if g.type == "DATE" then gold_d[#gold_d + 1] = g end end
  score(date_c, sys_d, gold_d, doc, doc.text)
  score(all_c, sys, doc.timex, doc, doc.text)
end
fh:close()
if out then out:close() end

local function prf(m, c)
  local p = c.sys > 0 and m / c.sys or 0
  local r = c.gold > 0 and m / c.gold or 0
  local f = (p + r) > 0 and 2 * p * r / (p + r) or 0
  return p, r, f
end

local function report(name, c)
  local rp, rr, rf = prf(c.relaxed, c)
  local _, _, sf = prf(c.strict, c)
  local acc = c.relaxed > 0 and c.value / c.relaxed or 0
  local vp, vr, vf = prf(c.value, c)
  print(fmt("%-5s gold %4d sys %4d | relaxed P %.3f R %.3f F1 %.3f | strict F1 %.3f | " ..
    "value acc %.3f P %.3f R %.3f F1 %.3f", name, c.gold, c.sys, rp, rr, rf, sf, acc, vp, vr, vf))
end

print(fmt("TempEval-3 %s: %d documents, %.2fs", opts.split, ndocs, os.clock() - t0))
report("DATE", date_c)
report("ALL", all_c)
