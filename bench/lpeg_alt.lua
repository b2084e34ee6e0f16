--- One LPeg ordered choice of every name, for `bench/matcher.lua`.
--
-- Run in its own process, because a choice of 100,000 literals can
-- overflow LPeg's C stack:
--     lua5.4 bench/lpeg_alt.lua NAMES TEXT
-- prints "hits seconds" (wall clock: luasystem monotime). Whole words, case folded by lowering both
-- sides (ASCII only), longest names first so the choice is longest-first.
-- @script bench.lpeg_alt

local lpeg = require "lpeg"
local system = require "system"

local P, R = lpeg.P, lpeg.R

local names, seen = {}, {}
for l in io.lines(arg[1]) do
  l = l:lower():gsub("%s+", " ")
  if l ~= "" and not seen[l] then
    seen[l] = true
    names[#names + 1] = l
  end
end
table.sort(names, function(a, b)
  if #a ~= #b then return #a > #b end
  return a < b
end)

-- balanced, so the tree LPeg builds stays shallow
local function alt(lo, hi)
  if lo == hi then return P(names[lo]) end
  local mid = (lo + hi) // 2
  return alt(lo, mid) + alt(mid + 1, hi)
end

local f = assert(io.open(arg[2], "rb"))
local text = f:read("a")
f:close()

local t0 = system.monotime()
local wordch = R("az", "AZ", "09", "\128\255")
local count = 0
local hit = alt(1, #names) * -wordch / function() count = count + 1 end
local scan = (hit + wordch ^ 1 + 1) ^ 0
scan:match((text:lower():gsub("%s+", " ")))
print(count, system.monotime() - t0)
