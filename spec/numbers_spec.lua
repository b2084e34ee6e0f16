-- Specs for incidents.grammar.numbers: numbers in digits and words, qualifiers
-- as ranges, and the things that look like numbers but are not counts.
local lpeg = require "lpeg"
local numbers = require "incidents.grammar.numbers"
local helper = require "spec.helper"

describe("numbers.parse", function()
  local cases = {
    { "137", 137 }, { "1,200", 1200 }, { "21", 21 }, { "thirteen", 13 },
    { "Thirteen", 13 }, { "one hundred fifteen", 115 }, { "one hundred and fifteen", 115 },
    { "a dozen", 12 }, { "two dozen", 24 }, { "half a dozen", 6 }, { "a hundred", 100 },
    { "twenty-one", 21 }, { "twenty one", 21 }, { "ninety-nine", 99 }, { "seven", 7 },
    { "five thousand", 5000 }, { "2 thousand", 2000 }, { "1.5 million", 1500000 },
    { "two million", 2000000 }, { "a couple of", 2 }, { "zero", 0 },
    { "three hundred", 300 }, { "12,500", 12500 }, { "  42  ", 42 }, { "2019", 2019 },
  }
  for _, c in ipairs(cases) do
    it("reads " .. c[1], function()
      assert.are.equal(c[2], numbers.parse(c[1]))
    end)
  end

  local not_numbers = { "", "abc", "sevens", "tenth", "15-year-old", "3.5", "5%",
    "one-third", "dozens", "twentyish", "1,2" }
  for _, s in ipairs(not_numbers) do
    it("refuses " .. string.format("%q", s), function()
      assert.is_nil(numbers.parse(s))
    end)
  end

  it("raises on a non-string, naming the caller's argument", function()
    assert.has_error(function() numbers.parse(12) end,
      "bad argument #1 to 'parse' (string expected, got number)")
  end)
end)

describe("numbers.range", function()
  -- text, lo, hi, approx, vague, qualifier
  local cases = {
    { "13", 13, 13, false, false, nil },
    { "at least 137", 137, nil, false, false, "at_least" },
    { "no fewer than 40", 40, nil, false, false, "at_least" },
    { "more than 130", 131, nil, false, false, "more_than" },
    { "over 100", 101, nil, false, false, "more_than" },
    { "upwards of 60", 61, nil, false, false, "more_than" },
    { "nearly 100", nil, 100, true, false, "up_to" },
    { "almost 50", nil, 50, true, false, "up_to" },
    { "as high as 300", nil, 300, true, false, "up_to" },
    { "up to 20", nil, 20, true, false, "up_to" },
    { "about 50", 50, 50, true, false, "about" },
    { "around 60", 60, 60, true, false, "about" },
    { "some 170", 170, 170, true, false, "about" },
    { "roughly 1,000", 1000, 1000, true, false, "about" },
    { "approximately 35", 35, 35, true, false, "about" },
    { "an estimated 200", 200, 200, true, false, "about" },
    { "fewer than 10", nil, 9, false, false, "fewer_than" },
    { "nearly a dozen", nil, 12, true, false, "up_to" },
    { "more than a dozen", 13, nil, false, false, "more_than" },
    { "At Least Seven", 7, nil, false, false, "at_least" },
    { "40 or more", 40, nil, false, false, "at_least" },
    { "30-plus", 30, nil, false, false, "at_least" },
    { "50 or so", 50, 50, true, false, "about" },
    { "10 to 12", 10, 12, false, false, "range" },
    { "between 10 and 12", 10, 12, false, false, "range" },
    { "from 8 to 11", 8, 11, false, false, "range" },
    { "14-16", 14, 16, false, false, "range" },
    { "dozens", nil, nil, true, true, "vague" },
    { "dozens of", nil, nil, true, true, "vague" },
    { "scores", nil, nil, true, true, "vague" },
    { "hundreds", nil, nil, true, true, "vague" },
    { "many", nil, nil, true, true, "vague" },
    { "a number of", nil, nil, true, true, "vague" },
    { "at least dozens", nil, nil, true, true, "vague" },
  }
  for _, c in ipairs(cases) do
    it("reads " .. c[1], function()
      local f = numbers.range(c[1])
      assert.is_table(f)
      assert.are.equal(c[2], f.lo)
      assert.are.equal(c[3], f.hi)
      assert.are.equal(c[4], f.approx)
      assert.are.equal(c[5], f.vague)
      assert.are.equal(c[6], f.qualifier)
      assert.are.equal(c[1], f.text)
    end)
  end

  it("gives nil for text that is not a figure", function()
    assert.is_nil(numbers.range("the attack"))
    assert.is_nil(numbers.range("at least"))
    assert.is_nil(numbers.range("5 percent"))
  end)
end)

describe("numbers.figure", function()
  it("captures a figure table with positions in the subject", function()
    local patt = (1 - numbers.figure)^0 * numbers.figure
    local f = lpeg.match(patt, "Police counted at least 42 dead.")
    assert.are.same({ 16, 26, "at least 42", 42 }, { f.start, f.stop, f.text, f.lo })
  end)

  it("does not match inside a word", function()
    assert.is_nil(lpeg.match(numbers.figure, "someone"))
    assert.is_nil(lpeg.match(numbers.figure, "tender"))
  end)
end)

describe("numbers.scan", function()
  local function texts(s)
    local out = {}
    for _, f in ipairs(numbers.scan(s)) do out[#out + 1] = f.text end
    return out
  end

  it("finds every count with its offsets", function()
    local s = "Medics saw nearly 100 patients and two dozen volunteers."
    local list = numbers.scan(s)
    assert.are.equal(2, #list)
    assert.are.equal("nearly 100", s:sub(list[1].start, list[1].stop))
    assert.are.equal("two dozen", s:sub(list[2].start, list[2].stop))
    assert.are.equal(24, list[2].lo)
  end)

  it("skips years, ages, labels, money, percentages, times and decimals", function()
    local s = "In 2019 a 15-year-old took Route 66 and Flight 17, paid $40 and "
      .. "\226\130\172300, lost 5% at 3:30 pm, drove 2.5 km on March 22."
    assert.are.same({}, texts(s))
  end)

  it("keeps a year-like number followed by a count noun", function()
    assert.are.same({ "1500" }, texts("Officials said 1500 people fled."))
  end)

  it("raises on a bad span, naming the argument", function()
    assert.has_error(function() numbers.scan("x", "1") end,
      "bad argument #2 to 'scan' (number expected, got string)")
    assert.has_error(function() numbers.scan("x", 1, {}) end,
      "bad argument #3 to 'scan' (number expected, got table)")
  end)

  it("scans only the sub-span, with offsets into the whole text", function()
    local s = "Seven left. Then 12 came."
    local list = numbers.scan(s, 13)
    assert.are.equal(1, #list)
    assert.are.equal(18, list[1].start)
    assert.are.equal("12", s:sub(list[1].start, list[1].stop))
  end)
end)

describe("numbers.new", function()
  it("adds qualifiers and vague words", function()
    local g = assert(numbers.new{ qualifiers = { about = { "in the region of" } },
      vague = { "a slew of" } })
    local list = g.scan("In the region of 40 cars and a slew of trucks.")
    assert.are.equal(2, #list)
    assert.are.same({ 40, 40, true }, { list[1].lo, list[1].hi, list[1].approx })
    assert.is_true(list[2].vague)
    -- the module's own grammar is unchanged
    local plain = numbers.scan("in the region of 40")[1]
    assert.are.same({ 40, 40, false }, { plain.lo, plain.hi, plain.approx })
    assert.are.equal(0, #numbers.scan("a slew of trucks"))
  end)

  it("refuses extra words that are not a table", function()
    local g, msg = numbers.new(5)
    assert.is_nil(g)
    assert.are.equal("extra words must be a table", msg)
  end)
end)

describe("numbers helpers", function()
  it("phrase matches case-insensitively with flexible spaces and hyphens", function()
    local p = numbers.phrase("counter-terrorism raid") * -1
    assert.is_truthy(lpeg.match(p, "Counter-Terrorism  RAID"))
    assert.is_truthy(lpeg.match(p, "counterterrorism raid"))
    assert.is_truthy(lpeg.match(p, "counter terrorism raid"))
    assert.is_nil(lpeg.match(numbers.phrase("raid"), "raids"))
  end)

  it("alt prefers the longest phrase", function()
    local p = numbers.alt({ "many", "many more" }, "x") * lpeg.Cp()
    local _, pos = lpeg.match(p, "many more wounded")
    assert.are.equal(10, pos)
  end)

  it("prefilter drops stems that contain another stem", function()
    local quick, kept = numbers.prefilter{ "killing", "kill", "wound", "Kill" }
    assert.are.same({ "kill", "wound" }, kept)
    assert.is_true(quick("Nine were KILLED."))
    assert.is_false(quick("Prices rose."))
  end)

  it("walk tries a pattern only at its first words", function()
    local patt = lpeg.C(numbers.phrase("red fox")) * lpeg.Cp()
    local got = numbers.walk("a red fox and a red hen, red fox", { red = true }, patt)
    assert.are.same({ "red fox", "red fox" }, got)
    assert.are.same({}, numbers.walk("a red fox", { fox = true }, patt))
  end)
end)

describe("grammars on odd input", function()
  -- Random strings of the words the grammars look for: no error, every span
  -- inside the span scanned, no empty record, no inverted range.
  local mods = {
    numbers = numbers,
    casualties = require "incidents.grammar.casualties",
    claims = require "incidents.grammar.claims",
    status = require "incidents.grammar.status",
  }
  local words = { "killed", "at least", "13", "1,200", "people", "were", "wounded", ",", ".",
    "--", "(", ")", "the", "a", "claimed", "responsibility", "by", "ISIS", "no", "group",
    "foiled", "plot", "to", "attack", "\226\128\148", "\226\128\153s", "twenty-one", "of",
    "them", "dead", "left", "toll", "rose", "himself", "hostage", "took", "\n\n", "$", "%",
    "5.5", "-", "which", "that", "said", "it", "was", "behind", "al-Adl", "\255\254",
    "executed", "could", "strike", "there", "bombing", "dozens", "many", "between", "and" }
  local fields = { "start", "stop", "actor_start", "actor_stop", "fig_start", "fig_stop",
    "who_start", "who_stop" }

  it("keep every record inside the span", function()
    local rand = helper.lcg(12345)  -- the same cases on every run
    for _ = 1, 1500 do
      local parts = {}
      for i = 1, rand(30) do parts[i] = words[rand(#words)] end
      local text = table.concat(parts, rand(5) == 1 and "" or " ")
      for name, m in pairs(mods) do
        local s = rand(#text)
        local e = s + rand(#text - s + 1) - 1
        for _, r in ipairs(m.scan(text, s, e)) do
          for _, f in ipairs(fields) do
            if r[f] then
              assert(r[f] >= s and r[f] <= e, name .. " " .. f .. " out of span in " .. text)
            end
          end
          assert(r.start <= r.stop, name .. " empty record in " .. text)
          assert(not (r.lo and r.hi) or r.lo <= r.hi, name .. " lo > hi in " .. text)
        end
      end
    end
  end)

  it("scan long texts with work proportional to their length", function()
    -- Work is counted in Lua instructions (a count hook), not seconds: the
    -- count does not depend on the machine's load, so the bound can be tight
    -- (ten times the text may cost at most twelve times the work).
    local unit = "At least 5 people were killed and ISIS claimed responsibility. "
    local function cost(n)
      local text, count = unit:rep(n), 0
      debug.sethook(function() count = count + 1 end, "", 100)
      for _, m in pairs(mods) do m.scan(text) end
      debug.sethook()
      return count
    end
    local small, large = cost(200), cost(2000)
    assert.is_true(large < small * 12, ("200 units %d, 2000 units %d"):format(small, large))
  end)
end)
