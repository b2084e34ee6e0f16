--- Does `core.sentences` take time in proportion to its input?
--
--     lua5.4 bench/sentences_linear.lua [--runs N]     (make bench-sentences)
--
-- A splitter that rescans text it has already passed (to look back for an
-- abbreviation, a quote or a paragraph break) is quadratic on some input, and
-- an analyst feeding a megabyte of one character would wait minutes. Each
-- input family is split at two sizes, ten times apart, CPU time best of N:
-- for linear work the ratio of the two times is about 10, for quadratic work
-- about 100. The specs check that these inputs split correctly; the time is
-- measured here, not in a unit test, because the machines are shared and a
-- timed spec fails under load.
-- @script sentences_linear

local core = require "incidents.core"

local clock, rep, fmt = os.clock, string.rep, string.format

local runs = 5
for k = 1, #arg do
  if arg[k] == "--runs" then runs = assert(tonumber(arg[k + 1]), "--runs N") end
end

--- Families of input: each makes a text of about n units.
local FAMILIES = {
  { "short sentences ('It fell. ')", function(n) return rep("It fell. ", n) end },
  { "full stops only", function(n) return rep(".", n) end },
  { "spaces only", function(n) return rep(" ", n) end },
  { "newlines only", function(n) return rep("\n", n) end },
  { "'a. ' (abbreviation-like)", function(n) return rep("a. ", n) end },
  { "straight quotes only", function(n) return rep('"', n) end },
  { "curly quotes only", function(n) return rep("\u{201C}", n) end },
  { "blank-line paragraphs", function(n) return rep("\n \n", n) end },
  { "hard-wrapped lines", function(n) return rep("x\n", n) end },
  { "one word, no stop", function(n) return rep("w", n) .. ". " end },
}

--- Best CPU time of `runs` splits of text, and the sentence count.
local function best(text)
  local t, count = math.huge, 0
  for _ = 1, runs do
    local t0 = clock()
    count = #core.sentences(text) // 2
    t = math.min(t, clock() - t0)
  end
  return t, count
end

local SMALL, BIG = 100000, 1000000
print(fmt("core.sentences: CPU time best of %d, %d and %d units of each input", runs, SMALL, BIG))
print()
print("| input | sentences (big) | small: ms | big: ms | big / small (linear: ~10) |")
print("|---|---:|---:|---:|---:|")
local worst = 0
for _, f in ipairs(FAMILIES) do
  local ts = best(f[2](SMALL))
  local tb, count = best(f[2](BIG))
  local ratio = tb / math.max(ts, 1e-6)
  worst = math.max(worst, ratio)
  print(fmt("| %s | %d | %.2f | %.2f | %.1f |", f[1], count, ts * 1e3, tb * 1e3, ratio))
end
print()
print(fmt("worst ratio %.1f (quadratic work would give about 100)", worst))
