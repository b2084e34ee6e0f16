--- Paired bootstrap of two arms of round 11's learning curve.
--
--     lua5.4 tools/muc4-curve-boot.lua GOLD.json A1.json[,A2.json ...] B1.json[,B2.json ...]
--                                      [--draws 1000]
--
-- GOLD is a grit split (the stories scored; predictions for other stories
-- are ignored), A and B the prediction files of two arms (`tools/muc4.lua
-- --out`), one per training order. Each arm's matched / answered / gold
-- counts are summed over its orders per story, so an arm is judged on all
-- its retrains at once; the stories are then drawn again (fixed seed) and
-- the share of draws where B's micro F1 beats A's is printed with both F1s.
-- Only the files named are read (`tools/muc4-curve.sh` writes them for the
-- train halves and dev, never for test).
-- @script muc4-curve-boot

local cjson = require "cjson"
local ree = require "incidents.eval.ree"

local pos, DRAWS = {}, 1000
do
  local i = 1
  while i <= #arg do
    if arg[i] == "--draws" then DRAWS = tonumber(arg[i + 1]); i = i + 2
    else pos[#pos + 1] = arg[i]; i = i + 1 end
  end
end
if #pos ~= 3 then
  io.stderr:write("usage: muc4-curve-boot.lua GOLD.json A.json[,...] B.json[,...]\n")
  os.exit(2)
end

local gold = assert(ree.read_grit(pos[1], cjson.decode))

local function read(path)
  local f = assert(io.open(path, "rb"))
  local p = cjson.decode(f:read("a"))
  f:close()
  return p
end

-- Per story: {matched, answered, gold} summed over the arm's files.
local function counts(list)
  local per, n = {}, 0
  for path in list:gmatch("[^,]+") do
    n = n + 1
    local preds = read(path)
    for id, g in pairs(gold) do
      local p = preds[id]
      if p then
        local c = per[id] or { 0, 0, 0 }
        for _, role in ipairs(ree.roles) do
          local m, np, ng = ree.score_role(g[role] or {}, p[role] or {})
          c[1], c[2], c[3] = c[1] + m, c[2] + np, c[3] + ng
        end
        per[id] = c
      end
    end
  end
  return per, n
end

local A, na = counts(pos[2])
local B, nb = counts(pos[3])
local ids = {}
for id in pairs(A) do if B[id] then ids[#ids + 1] = id end end
table.sort(ids)

-- micro F1 of the counts summed over the files, and their means per file
local function f1(per, n, pick)
  local m, p, g = 0, 0, 0
  for _, k in ipairs(pick) do
    local c = per[ids[k]]
    m, p, g = m + c[1], p + c[2], g + c[3]
  end
  if p == 0 or g == 0 or m == 0 then return 0, m / n, p / n, g / n end
  return 2 * m / (p + g), m / n, p / n, g / n
end

local all = {}
for k = 1, #ids do all[k] = k end
local fa, ma, pa, ga = f1(A, na, all)
local fb, mb, pb, gb = f1(B, nb, all)
math.randomseed(11)
local wins, sum = 0, 0
for _ = 1, DRAWS do
  local pick = {}
  for k = 1, #ids do pick[k] = math.random(#ids) end
  local d = f1(B, nb, pick) - f1(A, na, pick)
  sum = sum + d
  if d > 0 then wins = wins + 1 end
end
print(("%d stories; A (%d files) F1 %.2f (%.1f / %.1f / %.1f); B (%d files) F1 %.2f "
  .. "(%.1f / %.1f / %.1f); B - A %+.2f; B ahead in %d of %d draws"):format(#ids, na,
  100 * fa, ma, pa, ga, nb, 100 * fb, mb, pb, gb, 100 * (fb - fa), wins, DRAWS))
