--- Specs for core.sentences: where news text splits and where it must not.
-- Every example sentence here is written for the spec; the seed articles
-- are only read (from ../shared/seeds) to check the counts.

local core = require "incidents.core"
local helper = require "spec.helper"

--- The sentences of text as strings.
local function split (text)
  local r, out = core.sentences(text), {}
  for k = 1, #r, 2 do out[#out + 1] = text:sub(r[k], r[k + 1]) end
  return out
end

--- Asserts that text splits exactly into the given sentences.
local function splits (text, ...)
  assert.same({ ... }, split(text))
end

--- Asserts that text stays one sentence.
local function whole (text)
  assert.same({ text }, split(text))
end

describe("core.sentences", function ()
  describe("stops", function ()
    it("splits after '.', '?' and '!'", function ()
      splits("Gunmen opened fire. Police arrived.", "Gunmen opened fire.", "Police arrived.")
      splits("Who did it? Nobody knows.", "Who did it?", "Nobody knows.")
      splits("They fled! Troops gave chase.", "They fled!", "Troops gave chase.")
      splits("Why?! Nobody said.", "Why?!", "Nobody said.")
    end)

    it("does not split before a lower-case word", function ()
      whole("The blast hit the U.S. embassy and the army base.")
      whole("Ask Yahoo! users what they think.")
      whole("Forces used e.g. drones and rockets.")
    end)

    it("does not split without space after the stop", function ()
      whole("The site example.com was down.")
      whole("Casualties rose 3.5 percent.")
    end)

    it("splits after ellipses only before a sentence opener", function ()
      whole("He paused … and went on.")
      whole("The group said ... Moscow would pay.")
      splits("It ended... The next day was quiet.", "It ended...", "The next day was quiet.")
    end)

    it("splits after CJK full stops without spaces", function ()
      splits("今日は晴れ。明日は雨。", "今日は晴れ。", "明日は雨。")
    end)
  end)

  describe("abbreviations", function ()
    local titles = { "Mr.", "Mrs.", "Ms.", "Gen.", "Lt.", "Lt. Gen.", "Col.", "Maj.", "Capt.",
                     "Sgt.", "Dr.", "St.", "Sen.", "Rep.", "Gov.", "Pres.", "Prof.", "Rev.",
                     "Maj. Gen.", "Adm." }
    for _, title in ipairs(titles) do
      it("does not split after the title " .. title, function ()
        splits(title .. " Ahmadi arrived on Monday. Officials met him.",
               title .. " Ahmadi arrived on Monday.", "Officials met him.")
        whole("The visit of " .. title .. " Ahmadi was short.")
      end)
    end

    local months = { "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
                     "Oct.", "Nov.", "Dec." }
    for _, month in ipairs(months) do
      it("does not split after the month " .. month, function ()
        whole("The attack came on " .. month .. " 3, 2024, at dawn.")
        whole("It ended in " .. month .. " 2019 with a truce.")
      end)
    end

    it("splits after a month abbreviation before a sentence opener", function ()
      splits("The talks ended in Jan. The war did not.", "The talks ended in Jan.",
             "The war did not.")
    end)

    it("does not split after No. and Nos. before a number", function ()
      whole("He was No. 2 in the group.")
      whole("Cases Nos. 4 and 5 were closed.")
      whole("See p. 12 of the report.")
      splits("He said no. Then he left.", "He said no.", "Then he left.")
    end)

    it("does not split after vs., e.g., i.e.", function ()
      whole("The case of Smith vs. Jones was heard.")
      whole("The case of Roe v. Wade was cited.")
      whole("Some cities, e.g. Kabul, were hit.")
      whole("The province, i.e. Kunar, was cleared.")
    end)

    for _, abbr in ipairs({ "Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Sr." }) do
      it("splits after " .. abbr .. " only before a sentence opener", function ()
        whole("Acme " .. abbr .. " said on Monday that it would close.")
        whole("Acme " .. abbr .. " Chief Executive Ann Lee resigned.")
        splits("He worked for Acme " .. abbr .. " The firm denied it.",
               "He worked for Acme " .. abbr, "The firm denied it.")
      end)
    end

    it("splits after etc. only before a sentence opener", function ()
      whole("They seized rifles, knives, etc. and a truck.")
      splits("They seized rifles, knives, etc. Police said more was found.",
             "They seized rifles, knives, etc.", "Police said more was found.")
    end)

    it("does not split after a.m./p.m. before lower case, a day or a name", function ()
      whole("The shooting began at 9 a.m. when the doors opened.")
      whole("The blast came at 8 p.m. Friday near the gate.")
      whole("Talks resumed at 10 a.m. Moscow time.")
      splits("It began at 9 p.m. The gunmen fled at dawn.", "It began at 9 p.m.",
             "The gunmen fled at dawn.")
    end)

    -- The known hard case: "U.S." ends a sentence only when the next word
    -- is a common sentence opener (The, A, He, She, It, In, But, ...).
    for _, abbr in ipairs({ "U.S.", "U.N.", "U.K.", "E.U." }) do
      it("splits after " .. abbr .. " only before a sentence opener", function ()
        whole("The " .. abbr .. " delegation and its allies met.")
        whole("He urged the " .. abbr .. " to act with its allies.")
        whole("Officials of the " .. abbr .. " Security Council met.")
        splits("The envoy left the " .. abbr .. " The next day he was in Doha.",
               "The envoy left the " .. abbr, "The next day he was in Doha.")
        splits("He left the " .. abbr .. " But he returned.",
               "He left the " .. abbr, "But he returned.")
        splits("It came from the " .. abbr .. " Mr. Lee said so.",
               "It came from the " .. abbr, "Mr. Lee said so.")
      end)
    end

    it("treats other dotted acronyms like U.S.", function ()
      whole("He flew to Washington, D.C. Monday night.")
      splits("He flew to Washington, D.C. It was late.", "He flew to Washington, D.C.",
             "It was late.")
    end)

    it("does not split after an initial", function ()
      whole("Army Gen. Michael E. Kurilla told a Senate panel.")
      whole("The late John F. Kennedy was cited.")
      whole("J. R. Smith and A. B. Jones testified.")
      whole("He met Émile É. Durand in Paris.")
    end)

    it("splits after a single capital before a sentence opener", function ()
      splits("They chose Plan B. The rest followed.", "They chose Plan B.", "The rest followed.")
    end)

    it("matches abbreviations and openers without case in capitals-only text", function ()
      whole("ARMY GEN. MICHAEL E. KURILLA TOLD A SENATE PANEL.")
      whole("MILITARY DETACHMENT NO. 4 REPORTED AN ATTACK.")
      splits("HE LEFT THE U.S. THE NEXT DAY HE WAS IN DOHA.", "HE LEFT THE U.S.",
             "THE NEXT DAY HE WAS IN DOHA.")
      splits("TROOPS CAME. THEY LEFT.", "TROOPS CAME.", "THEY LEFT.")
    end)

    it("does not split a numbered list item after its number", function ()
      whole("1. The first demand was a ceasefire.")
      splits("He was born in 1990. In 2015 he joined.", "He was born in 1990.",
             "In 2015 he joined.")
    end)

    it("matches abbreviations case-sensitively", function ()
      whole("He was held in Springfield, Ill. Doctors saw him there.")
      splits("He fell ill. Doctors saw him there.", "He fell ill.", "Doctors saw him there.")
    end)
  end)

  describe("numbers", function ()
    it("does not split inside decimals", function ()
      splits("Output fell 3.5 percent. It rose 0.75 later.", "Output fell 3.5 percent.",
             "It rose 0.75 later.")
      whole("The 7.62 mm rounds and the 5.56 rounds were found.")
    end)

    it("splits before a sentence that starts with a figure", function ()
      splits("Nobody was hurt. 12 people were arrested.", "Nobody was hurt.",
             "12 people were arrested.")
    end)
  end)

  describe("quotations", function ()
    it("does not split inside an open quotation", function ()
      whole("“We are ready. We will strike again,” the group said.")
      whole('"We are ready. We will strike again," the group said.')
      whole("“Who is next? Nobody knows,” the message read.")
    end)

    it("splits after a stop and a closing quote", function ()
      splits("He said: “We are ready.” Police arrived.", "He said: “We are ready.”",
             "Police arrived.")
      splits('He said: "We are ready." Police arrived.', 'He said: "We are ready."',
             "Police arrived.")
      splits("They asked: “Who is next?” Nobody replied.", "They asked: “Who is next?”",
             "Nobody replied.")
    end)

    it("keeps an attribution in lower case with its quotation", function ()
      whole("“It is over.” she said.")
      whole("“Who is next?” the group asked.")
    end)

    it("splits before a new quotation", function ()
      splits("It was late. “We left,” he said.", "It was late.", "“We left,” he said.")
      splits("He agreed. 'It is over,' he said.", "He agreed.", "'It is over,' he said.")
    end)

    it("closes a quotation at a paragraph break", function ()
      splits("“The quote never closes.\n\nA new paragraph starts. It goes on.",
             "“The quote never closes.", "A new paragraph starts.", "It goes on.")
    end)

    it("gives up on a quotation that never closes after 2000 bytes", function ()
      local text = 'They spoke of a "caliphate. ' .. ("Its fighters fled. "):rep(200)
      local r = core.sentences(text)
      assert.is_true(r[2] > 2000 and r[2] < 2100)
      assert.is_true(#r // 2 > 90 and #r // 2 < 110)
    end)

    it("does not count apostrophes as quotes", function ()
      splits("The group’s leader fled. Its fighters didn't.", "The group’s leader fled.",
             "Its fighters didn't.")
    end)

    it("splits after a stop inside brackets", function ()
      splits("It was claimed (by the group.) Nobody doubted it.",
             "It was claimed (by the group.)", "Nobody doubted it.")
    end)
  end)

  describe("lines and paragraphs", function ()
    it("splits at a blank line", function ()
      splits("Warning an enemy\n\nThe talks failed.", "Warning an enemy", "The talks failed.")
      splits("No stop here\n \t\nNor here", "No stop here", "Nor here")
      splits("Windows lines\r\n\r\nstill split.", "Windows lines", "still split.")
    end)

    it("does not split hard-wrapped lines", function ()
      local text = "The minister said that the attack on the\n" ..
                   "city had been planned for months by a cell\n" ..
                   "of the group, which Army Gen. Michael E.\n" ..
                   "Kurilla told the Senate was growing fast.\n" ..
                   "Two of its members were arrested in the\n" ..
                   "U.S. last year."
      splits(text, text:sub(1, text:find("fast.", 1, true) + 4),
             text:sub((text:find("Two", 1, true))))
    end)

    it("splits a headline off a hard-wrapped paragraph", function ()
      local body = "Gunmen opened fire on a crowd at a concert hall\n" ..
                   "outside the capital on Friday, killing dozens of\n" ..
                   "people before setting the building on fire."
      splits("Gunmen storm a hall\n" .. body, "Gunmen storm a hall", body)
    end)

    it("does not split a short wrapped line that ends in a comma or before lower case",
       function ()
      local text = "Gunmen opened fire on a crowd at a concert hall outside\n" ..
                   "the capital, killing people,\n" ..
                   "officials said, before the building burned down slowly.\n" ..
                   "It was a short\n" ..
                   "line with a long word after it: internationalization and more."
      splits(text, text:sub(1, text:find("slowly.", 1, true) + 6),
             text:sub((text:find("It was", 1, true))))
    end)

    it("splits at single newlines when the text is one paragraph per line", function ()
      local para = ("The attack was the deadliest in two decades and it " ..
                    "was claimed by the group within hours of the first shots "):rep(2) ..
                   "fired at the crowd"
      splits("Did the withdrawal help the group regroup?\n" ..
             "A permissive environment enabled attacks\n" .. para .. "\nLOOSE CHANGE\nEnd.",
             "Did the withdrawal help the group regroup?",
             "A permissive environment enabled attacks", para, "LOOSE CHANGE", "End.")
    end)
  end)

  describe("offsets", function ()
    it("are 1-based, inclusive and exclude white space around sentences", function ()
      assert.same({ 3, 14, 21, 24 }, core.sentences("  Hello there.  \n\n  Bye.  "))
    end)

    it("count bytes in text with multi-byte characters", function ()
      local text = "Zürich was calm. Élise left. Ещё нет."
      assert.same({ 1, 17, 19, 30, 32, #text }, core.sentences(text))
      assert.same({ "Zürich was calm.", "Élise left.", "Ещё нет." }, split(text))
    end)

    it("treat no-break and other Unicode spaces as white space", function ()
      splits("\u{FEFF}\u{A0}Calm now.\u{A0}\u{2003}Then not.\u{3000}", "Calm now.", "Then not.")
    end)

    it("give nothing for empty or blank text", function ()
      assert.same({}, core.sentences(""))
      assert.same({}, core.sentences(" \n\t\r\n \u{A0}"))
    end)
  end)

  describe("any bytes", function ()
    --- Checks order, bounds and that only white space lies between sentences.
    local function check_cover (text)
      local r = core.sentences(text)
      local prev = 0
      for k = 1, #r, 2 do
        local s, e = r[k], r[k + 1]
        assert.is_true(prev < s and s <= e and e <= #text)
        assert.is_truthy(text:sub(prev + 1, s - 1):match("^%s*$"))
        assert.is_falsy(text:sub(s, s):match("%s"))
        assert.is_falsy(text:sub(e, e):match("%s"))
        prev = e
      end
      assert.is_truthy(text:sub(prev + 1):match("^%s*$"))
      return #r // 2
    end

    it("cover all non-blank text of random ASCII, in order", function ()
      local alphabet = { "a", "B", "U.S.", "Gen.", ".", "?", "!", " ", "\n", '"', "“", "”",
                         "(", ")", "3", "...", "\0" }
      math.randomseed(1379)
      for _ = 1, 1000 do
        local t = {}
        for k = 1, math.random(0, 30) do t[k] = alphabet[math.random(#alphabet)] end
        check_cover(table.concat(t))
      end
    end)

    it("accept invalid UTF-8 and NULs", function ()
      local text = "Bad \xFF\xFE bytes.\0 Then \xE2\x80 more. \xC3"
      assert.equal(2, check_cover(text))
      assert.same({ "Bad \xFF\xFE bytes.\0 Then \xE2\x80 more.", "\xC3" }, split(text))
    end)

    it("take a megabyte without punctuation as one sentence", function ()
      local text = ("word "):rep(2^20 // 5) .. "end"
      assert.same({ 1, #text }, core.sentences(text))
    end)

    -- How long these take is measured by bench/sentences_linear.lua (make
    -- bench-sentences: linear, about 10x the time for 10x the text), not
    -- here: a timed spec fails when the shared machine is busy.
    it("split 100,000 sentences", function ()
      local text = ("It fell. "):rep(100000)
      local r = core.sentences(text)
      assert.equal(100000, #r // 2)
      assert.same({ 1, 8 }, { r[1], r[2] })
      assert.same({ #text - 8, #text - 1 }, { r[#r - 1], r[#r] })
    end)

    it("cover pathological megabytes correctly", function ()
      -- { text, sentences it makes }
      local cases = { { ("."):rep(2^20), 1 }, { (" "):rep(2^20), 0 }, { ("\n"):rep(2^20), 0 },
                      { ("a. "):rep(2^18), 1 }, { ('"'):rep(2^20), 1 }, { ("“"):rep(2^18), 1 },
                      { ("\n \n"):rep(2^18), 0 }, { ("x\n"):rep(2^19), 1 },
                      { ("w"):rep(2^20) .. ". ", 1 } }
      for _, case in ipairs(cases) do
        assert.equal(case[2], check_cover(case[1]))
      end
    end)

    it("rejects a missing argument", function ()
      assert.has_error(function () core.sentences() end,
        "bad argument #1 to 'sentences' (string expected, got no value)")
    end)
  end)

  describe("seed articles", function ()
    -- Counts checked by reading the splitter's output for each seed; a
    -- quotation of several sentences counts as one (nothing splits inside
    -- quotes), and page furniture lines ("[ad_1]", "Source link") count.
    local expected = {
      ["000_eb8466663ea90182.txt"] = 56,
      ["001_928cba219144b6d9.txt"] = 67,
      ["002_4a31b36dc21db73f.txt"] = 66,
      ["003_05a9e822595af15c.txt"] = 94,
      ["004_26d394a867ba7729.txt"] = 73,
    }
    local dir = helper.shared .. "/seeds"
    for name, count in pairs(expected) do
      local f = io.open(dir .. "/" .. name, "rb")
      if not f then
        pending(name .. ": " .. dir .. " is not there (set INCIDENTS_SHARED)")
      else
        local text = f:read("a")
        f:close()
        it(name .. " has " .. count .. " sentences", function ()
          assert.equal(count, #core.sentences(text) // 2)
        end)
        it(name .. " keeps titles, initials and U.S. inside sentences", function ()
          for _, s in ipairs(split(text)) do
            assert.is_falsy(s:match("%f[%a]Gen%.$") or s:match("%f[%a]Mr%.$") or
                            s:match(" %u%.$") or s:match("%f[%a]St%.$"), s)
          end
        end)
      end
    end
  end)
end)
