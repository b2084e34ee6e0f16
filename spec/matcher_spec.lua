--- Specs for core.matcher (csrc/ac.c, csrc/lmatcher.c).
-- @module spec.matcher_spec

local core = require "incidents.core"
local helper = require "spec.helper"

-- A text of `len` pieces drawn with `rand` (see `helper.lcg`).
local function random_text(rand, pieces, len)
  local parts = {}
  for j = 1, len do parts[j] = pieces[rand(#pieces)] end
  return table.concat(parts)
end

-- The hits of a flat array as "s-e:id" strings, easy to compare.
local function hits(t)
  local out = {}
  for i = 1, #t, 3 do
    out[#out + 1] = ("%d-%d:%d"):format(t[i], t[i + 1], t[i + 2])
  end
  return out
end

-- The matched substrings of a flat array.
local function texts(text, t)
  local out = {}
  for i = 1, #t, 3 do out[#out + 1] = text:sub(t[i], t[i + 1]) end
  return out
end

local function compile(patterns, opts)
  local m, err = core.matcher(patterns, opts)
  assert(m, err)
  return m
end

-- A plain reference for ASCII text: lower case, white-space runs as one
-- space, word boundaries on [%w], leftmost then longest, non-overlapping.
local function reference(patterns, text, whole_words)
  if whole_words == nil then whole_words = true end
  local norm, map = {}, {}
  local i, n = 1, #text
  while i <= n do
    local c = text:sub(i, i)
    if c:match("%s") then
      local j = i
      while j + 1 <= n and text:sub(j + 1, j + 1):match("%s") do j = j + 1 end
      norm[#norm + 1] = " "; map[#map + 1] = { i, j }
      i = j + 1
    else
      norm[#norm + 1] = c:lower(); map[#map + 1] = { i, i }
      i = i + 1
    end
  end
  local s = table.concat(norm)
  local found = {}
  for id, p in ipairs(patterns) do
    local ww = whole_words
    if type(p) == "table" then ww = p.whole_words; p = p[1] end
    p = p:lower()
    local from = 1
    while true do
      local a, b = s:find(p, from, true)
      if not a then break end
      local ts, te = map[a][1], map[b][2]
      local before = text:sub(ts - 1, ts - 1)
      local after = text:sub(te + 1, te + 1)
      local okb = not (ww and p:sub(1, 1):match("%w") and before:match("%w"))
      local oka = not (ww and p:sub(-1):match("%w") and after:match("%w"))
      if okb and oka then found[#found + 1] = { a, b, ts, te, id } end
      from = a + 1
    end
  end
  table.sort(found, function(x, y)
    if x[1] ~= y[1] then return x[1] < y[1] end
    if x[2] ~= y[2] then return x[2] > y[2] end
    return x[5] < y[5]
  end)
  local out, last = {}, 0
  for _, h in ipairs(found) do
    if h[1] > last then
      out[#out + 1] = h[3]; out[#out + 1] = h[4]; out[#out + 1] = h[5]
      last = h[2]
    end
  end
  return out
end

-- Checks `m`, compiled from `words`, against the reference on `runs`
-- random texts of `len(rand)` pieces each: the same hits and their count.
local function agrees_on_random(m, words, pieces, seed, runs, len)
  local rand = helper.lcg(seed)
  for _ = 1, runs do
    local text = random_text(rand, pieces, len(rand))
    local want = reference(words, text)
    assert.are.same(want, m:find(text), text)
    assert.are.equal(#want // 3, m:count(text), text)
  end
end

describe("core.matcher", function()

  describe("construction", function()
    it("returns nil and a message for an empty pattern", function()
      local m, err = core.matcher({ "Paris", "" })
      assert.is_nil(m)
      assert.are.equal("pattern 2: empty pattern", err)
    end)

    it("returns nil and a message for a pattern of white space only", function()
      local m, err = core.matcher({ " \t\n" })
      assert.is_nil(m)
      assert.are.equal("pattern 1: empty pattern", err)
    end)

    it("returns nil and a message for a pattern that is not UTF-8", function()
      local m, err = core.matcher({ "ok", "ok", "caf\xe9" })
      assert.is_nil(m)
      assert.are.equal("pattern 3: pattern is not valid UTF-8", err)
    end)

    it("raises for arguments of the wrong type", function()
      assert.has_error(function() core.matcher("Paris") end)
      assert.has_error(function() core.matcher({ "a", 42 }) end)
      assert.has_error(function() core.matcher({ "a" }, { ignore_case = 1 }) end)
      assert.has_error(function() core.matcher({ { case_sensitive = true } }) end)
    end)

    it("raises when a method gets no string", function()
      local m = compile({ "a" })
      assert.has_error(function() m:find(nil) end)
      assert.has_error(function() m.find({}, "a") end)
    end)

    it("has the number of patterns as its length", function()
      assert.are.equal(3, #compile({ "a", "b", "c" }))
      assert.are.equal(0, #compile({}))
    end)

    it("reports its size", function()
      local st = compile({ "Paris", "Lyon", "Lille" }):stats()
      assert.are.equal(3, st.patterns)
      assert.are.equal(2 + 5 + 4 + 4, st.states)  -- two roots, paris, lyon, ille
      assert.is_true(st.memory > 0)
      assert.are.equal(5, st.max_len)
      assert.is_number(st.build_seconds)
    end)

    it("can be closed twice, and is unusable once closed", function()
      local m = compile({ "a" })
      m:close()
      m:close()
      assert.has_error(function() m:find("a") end, "attempt to use a closed matcher")
      do
        local m2 <close> = compile({ "b" })
        assert.are.equal(1, m2:count("b"))
      end
    end)
  end)

  describe("case", function()
    it("folds ASCII and Latin letters by default", function()
      local m = compile({ "Émile Zola", "MÜNCHEN", "Łódź" })
      local text = "émile zola went to münchen, then ŁÓDŹ."
      assert.are.same({ "émile zola", "münchen", "ŁÓDŹ" }, texts(text, m:find(text)))
    end)

    it("folds Cyrillic and Greek capitals", function()
      local m = compile({ "Москва", "Αθήνα" })
      local text = "МОСКВА and ΑΘΉΝΑ"  -- the accented capital is not folded
      assert.are.same({ "МОСКВА" }, texts(text, m:find(text)))
    end)

    it("compares exactly when ignore_case is false", function()
      local m = compile({ "Paris" }, { ignore_case = false })
      assert.are.same({ "11-15:1" }, hits(m:find("PARIS and Paris")))
    end)

    it("keeps a case-sensitive pattern exact among case-blind ones", function()
      local m = compile({ "Bonn", { "Of", case_sensitive = true } })
      local text = "One of the towns is Of, in Turkey; BONN is not OF."
      assert.are.same({ "Of", "BONN" }, texts(text, m:find(text)))
    end)

    it("lets a case-blind pattern through when the list is case-sensitive", function()
      local m = compile({ "Nice", { "paris", case_sensitive = false } },
                        { ignore_case = false })
      local text = "PARIS, nice, Nice"
      assert.are.same({ "PARIS", "Nice" }, texts(text, m:find(text)))
    end)
  end)

  describe("word boundaries", function()
    it("does not hit inside a word", function()
      local m = compile({ "ISIS" })
      assert.are.same({}, m:find("the crisis deepened; CRISIS"))
      assert.are.same({ "19-22:1" }, hits(m:find("crisis talks with ISIS.")))
    end)

    it("treats non-ASCII letters as word characters", function()
      local m = compile({ "Mosul", "Тула", "بغداد" })
      assert.are.same({}, m:find("éMosul Mosulé ÜMosul"))
      assert.are.same({}, m:find("ЯТула Тулая"))
      assert.are.same({}, m:find("سبغداد"))
      local text = "«Mosul» (Тула) «بغداد»"
      assert.are.same({ "Mosul", "Тула", "بغداد" }, texts(text, m:find(text)))
    end)

    it("treats digits as word characters", function()
      local m = compile({ "M19" })
      assert.are.same({}, m:find("M190 and 2M19"))
      assert.are.same({ "1-3:1" }, hits(m:find("M19-M20")))
    end)

    it("needs no boundary next to a pattern's punctuation", function()
      local m = compile({ "(FMLN)" })
      assert.are.same({ "6-11:1" }, hits(m:find("Front(FMLN)said")))
    end)

    it("can be turned off for the list or for one pattern", function()
      assert.are.same({ "3-6:1" }, hits(compile({ "ISIS" }, { whole_words = false })
        :find("crISIS")))
      local m = compile({ "bomb", { "kill", whole_words = false } })
      local text = "bombing killed; bomb-kills"
      assert.are.same({ "kill", "bomb", "kill" }, texts(text, m:find(text)))
    end)
  end)

  describe("normalisation", function()
    it("matches a pattern across a line break and any white-space run", function()
      local m = compile({ "Islamic State Khorasan" })
      local text = "claimed by Islamic State\nKhorasan and by islamic  state \t\r\n khorasan"
      assert.are.same({ "Islamic State\nKhorasan", "islamic  state \t\r\n khorasan" },
        texts(text, m:find(text)))
    end)

    it("collapses a white-space run wherever it falls in a long name", function()
      local s = "abcdefghijkl"
      for k = 1, 9 do
        local name = s:sub(1, k) .. " " .. s:sub(k + 1)
        local m = compile({ name })
        for _, run in ipairs({ "  ", "\n\t", " \r\n " }) do
          local text = "x " .. s:sub(1, k) .. run .. s:sub(k + 1) .. " y"
          assert.are.same({ 3, #text - 2, 1 }, m:find(text), name .. " in " .. text)
        end
      end
    end)

    it("treats a no-break space as white space", function()
      local m = compile({ "New York" })
      assert.are.same({ "1-9:1" }, hits(m:find("New\u{A0}York")))
    end)

    it("sees a word after a no-break space that follows a quote", function()
      -- a pattern starts with the quote, so the scan stops there; the space
      -- after the quote must not make the no-break space part of its run
      local m = compile({ "said", '"The' })
      local text = 'we had a calm (dry season," Ortega\u{A0}said.\n'
                   .. "The mayor said more rain is due in the valley"
      assert.are.same({ "said", "said" }, texts(text, m:find(text)))
      assert.are.equal(2, m:count(text))
    end)

    it("equates typographic and ASCII apostrophes and quotes", function()
      local m = compile({ "People's Liberation Army", "\u{201C}Red\u{201D}" })
      local text = "the People\u{2019}s Liberation Army and \"red\""
      assert.are.same({ "People\u{2019}s Liberation Army", "\"red\"" },
        texts(text, m:find(text)))
      local m2 = compile({ "People\u{2019}s Army" })
      assert.are.same({ "1-13:1" }, hits(m2:find("People's Army")))
    end)

    it("equates en and em dashes with a hyphen", function()
      local m = compile({ "Tel Aviv-Yafo" })
      local text = "Tel Aviv\u{2013}Yafo, Tel Aviv\u{2014}Yafo, Tel Aviv-Yafo"
      assert.are.same({ "1-15:1", "18-32:1", "35-47:1" }, hits(m:find(text)))
    end)
  end)

  describe("offsets", function()
    it("are exact on text with multi-byte characters", function()
      local m = compile({ "Zürich", "Genève" })
      local text = "Über Zürich — nach GENÈVE."
      local r = m:find(text)
      assert.are.same({ 7, 13, 1, 24, 30, 2 }, r)
      assert.are.equal("Zürich", text:sub(r[1], r[2]))
      assert.are.equal("GENÈVE", text:sub(r[4], r[5]))
    end)

    it("match the plain reference on random ASCII text", function()
      local words = { "al", "alba", "alba iulia", "iulia", "new", "new york", "york",
                      "york city", "city", "of", "a", "b", "ab", "ba", "bab" }
      local pieces = { "al", "ba", "iulia", "new", "york", "city", "of", "a", "b",
                       " ", "  ", "\n", ",", "-", "x", "AL", "NEW", "Of" }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 12345, 300, function(rand) return rand(25) end)
    end)

    it("match the plain reference on long random texts (the block scan)", function()
      local words = { "al", "alba", "alba iulia", "iulia", "new", "new york", "york",
                      "york city", "city", "of", "a", "b", "ab", "ba", "bab",
                      "the quick brown", "quick", "brownies" }
      local pieces = { "al", "ba", "iulia", "new", "york", "city", "of", "a", "b",
                       " ", "  ", "\n", ",", "-", "x", "AL", "NEW", "Of", "the",
                       "quick", "brown", "brownies", "zebra", "lorem", "ipsum",
                       "dolor", ".", "\t", "7", "42", "\0" }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 4242, 120,
                       function(rand) return 40 + rand(400) end)
    end)

    it("match the plain reference with punctuation and without word boundaries",
       function()
      local words = { "a-b", "-b", "b-", "(ab)", "ab", "b a", "a", "ba", ", a", "bb" }
      local pieces = { "a", "b", "-", "(", ")", " ", ",", "\n", "ab", "Ab" }
      local mw, mn = compile(words), compile(words, { whole_words = false })
      local rand = helper.lcg(99)
      for _ = 1, 400 do
        local text = random_text(rand, pieces, rand(20))
        assert.are.same(reference(words, text), mw:find(text), text)
        assert.are.same(reference(words, text, false), mn:find(text), text)
      end
    end)

    it("match the plain reference on long names and white-space runs", function()
      -- long enough for the start filter's four- and eight-symbol keys
      local words = { "islamic state", "islamic state khorasan", "state khorasan",
                      "al shabaab", "al", "is", "isis", "khorasan province",
                      "the islamic state of iraq", "of iraq", "iraq and syria" }
      local pieces = { "islamic", "state", "khorasan", "province", "al", "shabaab",
                       "isis", "is", "the", "of", "iraq", "and", "syria", " ", " ", " ",
                       "  ", "\n", " \t\r\n ", ",", ".", "ISLAMIC", "State", "x" }
      local m = compile(words)
      local rand = helper.lcg(31)
      for _ = 1, 500 do
        local text = random_text(rand, pieces, rand(30))
        assert.are.same(reference(words, text), m:find(text), text)
      end
    end)

    it("match the plain reference where names share first words (whole-word keys)",
       function()
      -- first words that other text words begin with, a first word that is
      -- sometimes a name alone and sometimes the start of a pair, words
      -- longer than the sixteen bytes a word key reads, and names that go
      -- on after their first word with punctuation rather than a space
      local words = { "national front", "national liberation army", "the base",
                      "the united front", "abu sayyaf", "front",
                      "counterrevolutionaries union", "counterrevolutionary",
                      "al-qaida", "sayyaf's group", "base 9", "9 base", "x" }
      local pieces = { "national", "nationalist", "front", "frontier", "liberation",
                       "army", "the", "base", "bases", "united", "abu", "sayyaf",
                       "counterrevolutionaries", "counterrevolutionary",
                       "counterrevolutionariesx", "union", "al", "qaida", "'s",
                       "group", "9", "x", " ", " ", " ", " ", "  ", "\n", " \n ",
                       "-", ",", ".", "'", "NATIONAL", "The", "\0" }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 2718, 300,
                       function(rand) return 20 + rand(200) end)
    end)

    it("find a name at every alignment to the 64-byte blocks", function()
      -- the first and the second word of a pair each end before, at and
      -- after the 80 bytes the block scan has mapped
      local words = { "national front", "counterrevolutionaries union", "the base",
                      "national counterrevolutionaries" }
      local m = compile(words)
      for shift = 0, 160 do
        local text = ("x"):rep(shift % 7) .. (" a"):rep(shift // 2)
                     .. (shift % 2 == 0 and " " or "  ")
                     .. "The Base, national front, national counterrevolutionaries"
                     .. " and counterrevolutionaries union "
                     .. ("nationalist frontier "):rep(8)
        local want = reference(words, text)
        assert.are.equal(4 * 3, #want)
        assert.are.same(want, m:find(text), text)
        assert.are.equal(4, m:count(text), text)
      end
    end)

    it("find names whose words are longer than the block scan's 64-bit masks",
       function()
      local long1, long2 = ("ab"):rep(33) .. "c", ("xy"):rep(32) .. "z"  -- 67, 65
      local words = { long1 .. ", x", "the " .. long2, long2 }
      local m = compile(words)
      for shift = 0, 90 do
        local text = ("q "):rep(shift // 2) .. (shift % 2 == 0 and "" or "w")
                     .. " " .. long1:upper() .. ", x and the " .. long2 .. ". "
                     .. ("lorem ipsum "):rep(10)
        local want = reference(words, text)
        assert.are.equal(2 * 3, #want)
        assert.are.same(want, m:find(text), text)
      end
    end)

    it("match after a first word the word keys cannot judge (non-ASCII, runs)",
       function()
      -- long filler, so the 64-byte block scan (and its word keys) runs
      local pad = ("lorem ipsum dolor sit amet, nationalist frontier "):rep(4)
      local m = compile({ "national front", "sayyaf's group", "são paulo",
                          "'s-hertogenbosch", "zürich airport", "abu sayyaf",
                          "diyarbakir", "abu diyar" })
      local cases = {
        { "national\u{A0}front", 1 },          -- a no-break space between the pair
        { "national \n\t front", 1 },          -- a white-space run
        { "national \u{A0}front", 1 },         -- a space, then a no-break space
        { "National\u{2003}Front", 1 },        -- an em space
        { "nationalé front", nil },            -- the first word goes on
        { "sayyaf\u{2019}s group", 2 },        -- a typographic apostrophe
        { "São Paulo", 3 },                    -- non-ASCII inside the first word
        { "in 's-Hertogenbosch", 4 },          -- a name that starts with punctuation
        { "ZÜRICH airport", 5 },               -- a first word that is not ASCII
        { "abu sayyafé", nil },                -- the second word goes on
        { "abu sayyaf\u{2019}s", 6 },
        { "DİYARBAKIR", 7 },                   -- a non-ASCII capital folds to ASCII
        { "Abu DİYAR", 8 },                    -- the same in the second word
      }
      for _, c in ipairs(cases) do
        local text = pad .. c[1] .. " " .. pad
        local got = m:find(text)
        if c[2] then
          assert.are.equal(3, #got, c[1])
          assert.are.equal(c[2], got[3], c[1])
          assert.are.equal(#pad + 1 + (c[1]:find("'s-") and 3 or 0), got[1], c[1])
        else
          assert.are.same({}, got, c[1])
        end
      end
    end)

    it("match the reference on short first words the scan jumps over whole",
       function()
      -- first words of 2 to 8 letters go from the root to their state in one
      -- probe: names that are such a word, names that go on after it, a
      -- name inside another's first word (the jump must not pass its hit),
      -- and words of 8 and 9 letters
      local words = { "of", "la", "of the sea", "la paz", "ab", "abcd", "abcdefgh",
                      "abcdefghi", "de", "12", "x9 z", "to-go" }
      local pieces = { "of ", "Of ", "OF ", "la ", "La paz ", "the sea ", "ab ", "abcd ",
                       "ABCDefgh ", "abcdefghi ", "abcdefgh. ", "de", "12 ", "x9 z ",
                       "to-go ", "lorem ipsum dolor ", ", ",
                       "nationalist ", "  ", "\n", "of the  sea " }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 11, 300, function(rand) return 10 + rand(60) end)
      local cs = compile({ { "Of", case_sensitive = true }, "la" })
      local pad = ("lorem ipsum dolor sit amet, consectetur "):rep(3)
      assert.are.same({ "Of", "LA" },
                      texts(pad .. "of Of LA", cs:find(pad .. "of Of LA")))
      assert.are.equal(4, #cs:find_all(pad .. "Of la la Of") // 3)
      -- a non-ASCII letter after the jump goes on with the word
      -- a pattern that needs no boundary inside a word the scan jumps over
      local nb = compile({ "abcd", { "bc", whole_words = false }, "ab", "abc" })
      local t3 = pad .. "abcd, ABC ab"
      assert.are.same({ "bc", "abcd", "ABC", "BC", "ab" }, texts(t3, nb:find_all(t3)))
      local t2 = pad .. "Ofé laé la"
      assert.are.same({ "la" }, texts(t2, cs:find(t2)))
    end)

    it("report a name that is a word alone at once, after the hits before it",
       function()
      -- "of", "la", "york" and "rome" are names alone that no name goes on
      -- from (the scan reports them without the automaton); "new york" and
      -- "ab cd" are still pending when one of them comes; "of-x" makes "of"
      -- a name that may go on, so "of-x" must win over "of" there
      local words = { "of", "la", "york", "new york city", "new york", "rome",
                      "ab cd" }
      local pieces = { "of ", "OF ", "Of,", "york ", "new york ", "new york city ",
                       "new  york ", "rome.", "la ", "ab cd ", "ab ", "cd ",
                       "lorem ipsum dolor ", "sit amet, ", "\n", "  ", "yorkshire " }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 97, 200, function(rand) return 20 + rand(80) end)
      local words2 = { "of", "of-x", "la" }
      local m2 = compile(words2)
      agrees_on_random(m2, words2, { "of ", "of-x ", "of-", "-x ", "la ", "x ",
                                     "lorem ipsum dolor ", "OF-X, " },
                       98, 200, function(rand) return 20 + rand(80) end)
      local pad = ("lorem ipsum dolor sit amet, consectetur "):rep(3)
      -- a non-ASCII letter before or after the word makes it a longer word
      local t = pad .. "éof la ofé Of yorké Yorkö Rome " .. pad
      assert.are.same({ "la", "Of", "Rome" }, texts(t, m:find(t)))
      assert.are.same({ "la", "Of", "Rome" }, texts(t, m:find_all(t)))
      assert.are.equal(3, m:count(t))
    end)

    it("let through first words that a non-ASCII letter follows in the name",
       function()
      -- the block scan keeps no key for "and" of "Andújar" or treats "at" of
      -- "At Tāj" as the start of a pair: text words followed by a non-ASCII
      -- byte must still reach the automaton, at every alignment
      local words = { "andújar", "at tāj", "at-bashi", "a coruña", "the base",
                      "aïn defla" }
      local m = compile(words)
      local cases = {
        { "Andújar", "Andújar" }, { "AT TĀJ", "AT TĀJ" }, { "At-Bashi", "At-Bashi" },
        { "A Coruña", "A Coruña" }, { "The Base", "The Base" },
        { "Aïn Defla", "Aïn Defla" }, { "and ujar", nil }, { "at taj", nil },
        { "at bashi", nil }, { "a coruna", nil }, { "the bases", nil },
      }
      for shift = 0, 70 do
        for _, c in ipairs(cases) do
          local text = ("q "):rep(shift // 2) .. (shift % 2 == 1 and "w" or "")
                       .. " " .. c[1] .. ", and at the " .. ("lorem ipsum "):rep(6)
          assert.are.same(c[2] and { c[2] } or {}, texts(text, m:find(text)), text)
        end
      end
    end)

    it("match the reference where a block has more than sixteen words", function()
      -- one-letter words: the block scan keys them sixteen at a time, and a
      -- pair's second word may be the first word of the next sixteen
      local words = { "q r", "z", "b", "q r s t" }
      local pieces = { "a ", "b ", "q ", "r ", "q r ", "z ", "zz ", "q r s t ", "s ",
                       "t ", "q\nr ", "q  r " }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 31, 200, function(rand) return 40 + rand(120) end)
    end)

    it("match the reference however many words of a block need their pair", function()
      -- first words that only go on with a second word: the block scan
      -- looks their pairs up four at a time, more in a slower way; texts
      -- from none of them to sixteen in a row, right and wrong pairs mixed
      local words = { "ka lo", "mi nu", "ka ve", "po", "mi nu ra" }
      local rand = helper.lcg(4099)
      local pairs_ = { "ka lo ", "mi nu ", "ka ve ", "ka nu ", "mi lo ", "ka ", "mi ",
                       "ka\nlo ", "mi  nu ", "mi nu ra " }
      local others = { "po ", "pa ", "lo ", "nu ", "x ", "ve, " }
      local m = compile(words)
      for _ = 1, 400 do
        local parts, want_pairs = {}, rand(17) - 1
        for j = 1, 24 do
          parts[j] = (j <= want_pairs) and pairs_[rand(#pairs_)] or others[rand(#others)]
        end
        for j = #parts, 2, -1 do  -- shuffle, so the pairs fall anywhere
          local k = rand(j)
          parts[j], parts[k] = parts[k], parts[j]
        end
        local text = ("z"):rep(rand(64) - 1) .. " " .. table.concat(parts)
        local want = reference(words, text)
        assert.are.same(want, m:find(text), text)
      end
    end)

    it("match the reference where names go on from a pair with a third word", function()
      -- "ka lo" is no name, only the start of "ka lo mi" and "ka lo ve na":
      -- the word keys look at the third word; "pe ro" is a name and goes on
      -- too; "su ta ri" ends in punctuation in one name and goes on in
      -- another; "zo" starts a pair of its own
      local words = { "ka lo mi", "ka lo ve na", "pe ro", "pe ro sa", "su ta ri-x",
                      "su ta ri do", "zo ka lo" }
      local pieces = { "ka ", "lo ", "mi ", "ve ", "na ", "pe ", "ro ", "sa ", "su ",
                       "ta ", "ri ", "do ", "zo ", "x ", "mix ", "ka lo mi ", "ka lo ve ",
                       "ka lo mi", "ka lo  mi ", "ka lo\nmi ", "ka lo, mi ", "ka lo mi's ",
                       "su ta ri-x ", "su ta ri-y ", "su ta ri do ", "pe ro sa ", "ri-",
                       "zo ka lo mi ", "ka lo mi\0", ". ", ", " }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 7919, 300,
                       function(rand) return 10 + rand(60) end)
    end)

    it("judge pairs and triples that run past the block, and words before non-ASCII",
       function()
      -- the word keys read the second and third words from the text, so
      -- each name is tried where it starts in every byte of a block; "vo
      -- bä" has a second word that a non-ASCII letter follows, "ka lo mí"
      -- a third one
      local words = { "ka lo mi", "vo bä", "vo bere", "ka lo mí", "ka lo ve na",
                      "zum zum zum", "xu bä", "mo re mí" }
      local m = compile(words)
      local cases = {
        { "Ka Lo Mi", "Ka Lo Mi" }, { "vo bä", "vo bä" }, { "VO BERE", "VO BERE" },
        { "ka lo mí", "ka lo mí" }, { "ka lo ve na", "ka lo ve na" },
        { "zum zum zum", "zum zum zum" }, { "ka lo mix", nil }, { "vo ba", nil },
        { "vo be", nil }, { "ka lo mi-", "ka lo mi" }, { "ka lo ve", nil },
        { "ka  lo\tmi", "ka  lo\tmi" }, { "zum zum zumo", nil }, { "Xu Bä", "Xu Bä" },
        { "xu ba", nil }, { "mo re mí", "mo re mí" }, { "mo re mi", nil },
      }
      for shift = 0, 100 do
        for _, c in ipairs(cases) do
          local text = ("q"):rep(shift) .. " " .. c[1] .. " vo, ka lo "
                       .. ("lorem ipsum "):rep(8)
          assert.are.same(c[2] and { c[2] } or {}, texts(text, m:find(text)), text)
        end
      end
    end)

    it("report a name alone at once only where no longer name goes on from it", function()
      -- "sol" is a name, and names go on from it with a space: "sol tor",
      -- "sol ka ve" (a third word), "sol 9", "sol tá" (a non-ASCII letter
      -- after the second word) and "sol (ix)"; the scan ends the hit at once
      -- before punctuation or a word that makes no known pair
      local words = { "sol", "sol tor", "sol ka ve", "sol 9", { "Rua", case_sensitive = true },
                      "rua bem", "tor", "sol tá", "sol (ix)" }
      local m = compile(words)
      local cases = {
        { "sol. ", { "sol" } }, { "Sol, tor ", { "Sol", "tor" } },
        { "sol tor ", { "sol tor" } }, { "sol tors ", { "sol" } },
        { "SOL TOR.", { "SOL TOR" } }, { "sol ka ve ", { "sol ka ve" } },
        { "sol ka vex ", { "sol" } }, { "sol ka ", { "sol" } }, { "sol  tor ", { "sol  tor" } },
        { "sol\ntor ", { "sol\ntor" } }, { "sol 9 ", { "sol 9" } }, { "sol 99 ", { "sol" } },
        { "sol (tor) ", { "sol", "tor" } }, { "sol tór ", { "sol" } },
        { "sol\u{A0}tor ", { "sol\u{A0}tor" } }, { "Rua bem ", { "Rua bem" } },
        { "rua bem ", { "rua bem" } }, { "rua bom ", {} }, { "Rua bom ", { "Rua" } },
        { "sol tá ", { "sol tá" } }, { "sol (ix) ", { "sol (ix)" } },
      }
      for shift = 0, 90 do
        for _, c in ipairs(cases) do
          local text = ("q"):rep(shift) .. " " .. c[1] .. "ka, lo " .. ("lorem ipsum "):rep(8)
          assert.are.same(c[2], texts(text, m:find(text)), text)
          assert.are.equal(#c[2], m:count(text), text)
        end
      end
    end)

    it("report names alone exactly in a list that does not fold case", function()
      -- the block scan keys a name alone from its mapped bytes, where
      -- letters are folded: a list compiled with ignore_case = false keeps
      -- its names unfolded, and "PARIS" must not pass for "paris"
      local m = compile({ "paris", "Lyon", "oslo", "frankfurt", "Heidelberg" },
                        { ignore_case = false })
      local text = "PARIS Paris paris, LYON lyon Lyon. Oslo oslo FRANKFURT Frankfurt "
                   .. "frankfurt heidelberg Heidelberg "
      local want = { "paris", "Lyon", "oslo", "frankfurt", "Heidelberg" }
      for shift = 0, 70 do
        local t = ("q"):rep(shift) .. " " .. text .. ("lorem ipsum "):rep(8)
        assert.are.same(want, texts(t, m:find(t)), t)
        assert.are.equal(#want, m:count(t), t)
      end
    end)

    it("drop a word no name starts with, unless a non-ASCII letter goes on with it", function()
      -- a word of ASCII letters that no name has as its first word starts
      -- none, and the scan drops it after one probe; but "ED" of "EDİRNE"
      -- and "D" of "DİYARBAKIR" go on with a letter that folds to ASCII,
      -- and "Kırıkkale" with one that does not
      local m = compile({ "Edirne", "Diyarbakir", "Kırıkkale", "Of", "March", "a b" })
      local text = "EDİRNE, DİYARBAKIR and KıRıKKALE; edirnes of Kırıkkale. ed Ed. d "
                   .. "a b march "
      local want = { "EDİRNE", "DİYARBAKIR", "KıRıKKALE", "of", "Kırıkkale", "a b", "march" }
      for shift = 0, 70 do
        local t = ("q"):rep(shift) .. " " .. text .. ("lorem ipsum "):rep(8)
        assert.are.same(want, texts(t, m:find(t)), t)
        assert.are.equal(#want, m:count(t), t)
      end
    end)

    it("jump over first words of 8 to 15 letters and report them alone", function()
      -- words of 8 to 15 letters have a table of their own (two halves);
      -- names of 7, 8, 15 and 16 letters, alone and going on, among words
      -- that share their first eight letters or all but the last
      local words = { "abcdefgh", "abcdefghijklmno", "abcdefghijklmnop", "abcdefg",
                      "abcdefghij klm", "abcdefghij, x", "bcdefghijk", "bcdefghijk lo",
                      "abcdefghijk", "abcdefghz" }
      local pieces = { "abcdefgh", "abcdefghi", "abcdefghij", "abcdefghijk",
                       "abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop",
                       "abcdefghijklmnopq", "abcdefg", "ABCDEFGHIJ", "bcdefghijk",
                       "bcdefghijkl", "klm", "lo", "x", " ", " ", " ", ", ", ".", "-",
                       "\n", "abcdefghz", "abcdefghy", "abcdefghzz", "abcdefghq",
                       "abcdefghqr", "abcdefghqrs", "abcdefghr", "abcdefghs", "abcdefght",
                       "abcdefghu", "abcdefghv", "abcdefghw", "abcdefghxyz" }
      local m = compile(words)
      agrees_on_random(m, words, pieces, 60013, 300, function(rand) return 5 + rand(80) end)
      for shift = 0, 70 do  -- the end of the text within 16 bytes of a word
        for _, w in ipairs({ "abcdefghijk", "bcdefghijk", "abcdefghijklmno" }) do
          local text = ("q "):rep(shift) .. w
          assert.are.same({ w }, texts(text, m:find(text)), text)
        end
      end
      -- a case-sensitive name of ten letters, alone
      local cs = compile({ { "Cdefghijkl", case_sensitive = true }, "cdefghijkl mo" })
      for shift = 0, 70 do
        local text = ("q"):rep(shift) .. " cdefghijkl, Cdefghijkl. cdefghijkl mo "
                     .. ("lorem ipsum "):rep(8)
        assert.are.same({ "Cdefghijkl", "cdefghijkl mo" }, texts(text, cs:find(text)), text)
      end
    end)

    it("find a word that runs into the next block, at every length", function()
      local words = { "abcdefghij", "abc", "abcdefghijklmnop xy", "xy", "a" }
      local m = compile(words)
      for shift = 0, 90 do
        for _, w in ipairs({ "Abcdefghij", "abc", "abcdefghijklmnop xy", "a b" }) do
          local text = ("q"):rep(shift) .. " " .. w .. " " .. ("lorem ipsum "):rep(8)
          local want = reference(words, text)
          assert.is_true(#want >= 3, text)
          assert.are.same(want, m:find(text), text)
        end
      end
    end)

    it("match the plain reference below the dense rows (depth-first states)", function()
      -- Enough names over a small alphabet that most states lie below the
      -- states with dense rows, where children are counted, chains are
      -- numbered depth first and failure links jump between subtrees:
      -- names branch late ("abca bb" and "abca bc"), end inside others
      -- and begin with the tails of others.
      local rand = helper.lcg(4242)
      local letters = { "a", "b", "c", "d", " " }
      -- one name with every other letter and digit: more classes, wider
      -- rows, fewer dense states
      local words, seen = { "efghijklmnopqrstuvwxyz0123456789" }, {}
      while #words < 5000 do
        local w = { "a", "b" }
        for j = 3, 8 + rand(24) do
          local c = letters[rand(#letters)]
          if c == " " and w[j - 1] == " " then c = "a" end
          w[j] = c
        end
        if w[#w] == " " then w[#w] = "d" end
        local s = table.concat(w)
        if not seen[s] then seen[s] = true; words[#words + 1] = s end
      end
      -- names that are tails of others, and tails of those: failure links
      -- and output links from one subtree into another, deep on both sides
      local function add(w)
        w = w:gsub("^ +", "")
        if #w > 0 and not seen[w] then seen[w] = true; words[#words + 1] = w end
        return w
      end
      local heads = {}
      for j = 2, 400 do
        local tail = add(words[j]:sub(3 + j % 7))
        add(tail:sub(2 + j % 5))
        -- the name cut short, so the scan leaves it through its links
        heads[#heads + 1] = words[j]:sub(1, #words[j] - 1 - j % 3)
      end
      local m = compile(words)
      local st = m:stats()
      assert.is_true(st.states > 3 * st.dense_states, st.states .. " states")
      local pieces = { "a", "b", "c", "d", "ab", "abc", "abca", " ", " ", "  ",
                       "\n", "x", "A", "B" }
      for _ = 1, 20 do pieces[#pieces + 1] = words[rand(#words)] end
      for _ = 1, 40 do pieces[#pieces + 1] = heads[rand(#heads)] end
      agrees_on_random(m, words, pieces, 99, 40,
                       function(r) return 100 + r(400) end)
    end)

    it("match the plain reference when some patterns need no boundaries", function()
      local words = { "ab", { "ba", whole_words = false }, "a b", { "b", whole_words = false },
                      "aab", { "bab", whole_words = true } }
      local pieces = { "a", "b", " ", "-", "ab", "ba" }
      local m = compile(words)
      local rand = helper.lcg(5)
      for _ = 1, 400 do
        local text = random_text(rand, pieces, rand(20))
        assert.are.same(reference(words, text), m:find(text), text)
      end
    end)
  end)

  describe("leftmost-longest", function()
    it("prefers the leftmost hit, then the longest", function()
      local m = compile({ "New York", "York City", "New York City Ballet", "City" })
      assert.are.same({ "1-8:1", "10-13:4" }, hits(m:find("New York City")))
      assert.are.same({ "1-20:3" }, hits(m:find("New York City Ballet")))
      assert.are.same({ "5-13:2" }, hits(m:find("old York City")))
    end)

    it("checks each of several patterns that end alike by its own rules", function()
      -- the first of them is read from the state's record, the others from
      -- their own: each keeps its boundaries and its case
      local m = compile({ "Lagos", { "Lagos", whole_words = false },
                          { "LAGOS", case_sensitive = true }, "lagos" })
      assert.are.same({ "2-6:2" }, hits(m:find_all("xLagosx")))
      assert.are.same({ "1-5:1", "1-5:2", "1-5:4" }, hits(m:find_all("lagos")))
      assert.are.same({ "1-5:1", "1-5:2", "1-5:3", "1-5:4" },
                      hits(m:find_all("LAGOS")))
      local w = compile({ { "Kano", whole_words = false }, "kano",
                          { "Kano", case_sensitive = true } })
      assert.are.same({ "3-6:1" }, hits(w:find_all("a-kanoz")))
      assert.are.same({ "1-4:1", "1-4:2" }, hits(w:find_all("kano")))
      assert.are.same({ "1-4:1", "1-4:2", "1-4:3" }, hits(w:find_all("Kano")))
    end)

    it("reports the first of two equal patterns", function()
      local m = compile({ "Paris", "PARIS" })
      assert.are.same({ "1-5:1" }, hits(m:find("paris")))
      assert.are.same({ "1-5:1", "1-5:2" }, hits(m:find_all("paris")))
    end)

    it("does not report a hit that a rejected longer one hid", function()
      local m = compile({ "New York", "New York Cit" })
      -- "New York Cit" ends inside "City": rejected, so "New York" stands
      assert.are.same({ "1-8:1" }, hits(m:find("New York City")))
    end)
  end)

  describe("find_all", function()
    it("reports overlapping hits in the order they end, longest first", function()
      local m = compile({ "New York", "York City", "York", "New York City" })
      assert.are.same({ "1-8:1", "5-8:3", "1-13:4", "5-13:2" },
        hits(m:find_all("New York City")))
    end)
  end)

  describe("find with init", function()
    it("starts at a 1-based byte offset and keeps absolute offsets", function()
      local m = compile({ "Paris" })
      local text = "Paris or Paris"
      assert.are.same({ "10-14:1" }, hits(m:find(text, 2)))
      assert.are.same({ "10-14:1" }, hits(m:find(text, 10)))
      assert.are.same({}, hits(m:find(text, 11)))
      assert.are.same({ "10-14:1" }, hits(m:find(text, -5)))
      assert.are.same({}, m:find(text, 100))
      assert.are.equal(2, m:count(text, -100))
    end)

    it("still sees the word before init", function()
      local m = compile({ "ISIS" })
      assert.are.same({}, m:find("crISIS", 3))
    end)
  end)

  describe("count", function()
    it("equals the number of find hits where hits do not overlap", function()
      local m = compile({ "Lima", "Cusco", "Peru" })
      local text = ("Lima, Peru and Cusco; "):rep(50)
      assert.are.equal(150, m:count(text))
      assert.are.equal(#m:find(text) / 3, m:count(text))
    end)
  end)

  describe("robustness", function()
    it("handles empty text and an empty list", function()
      assert.are.same({}, compile({ "a" }):find(""))
      assert.are.equal(0, compile({ "a" }):count(""))
      assert.are.same({}, compile({}):find("anything"))
    end)

    it("handles 1 MB of one letter", function()
      local text = ("a"):rep(1024 * 1024)
      assert.are.equal(0, compile({ "a", "aa", "aaa" }):count(text))
      local m = compile({ "aa" }, { whole_words = false })
      assert.are.equal(512 * 1024, m:count(text))
      assert.are.equal(1024 * 1024 - 1, #m:find_all(text) / 3)
      local big, err = core.matcher({ "b", ("a"):rep(1024 * 1024) })
      assert.is_nil(big)
      assert.are.equal("pattern 2: pattern too long", err)
    end)

    it("handles random bytes, NUL bytes and invalid UTF-8", function()
      local m = compile({ "a", "é", "ab c", "\0x" }, { whole_words = false })
      local rand = helper.lcg(7)
      local bytes = {}
      for i = 1, 20000 do bytes[i] = string.char(rand(256) - 1) end
      local text = table.concat(bytes)
      local r = m:find(text)
      assert.are.equal(#r / 3, m:count(text))
      for i = 1, #r, 3 do
        assert.is_true(r[i] >= 1 and r[i] <= r[i + 1] and r[i + 1] <= #text)
      end
      assert.are.same({ "2-3:4" }, hits(m:find("\xff\0x\xc3")))
      assert.are.same({ "2-3:2" }, hits(m:find("\xc3\xc3\xa9\xa9")))
    end)
  end)
end)
