-- Specs for incidents.grammar.dates: every construction with a positive and
-- a negative case. The sentences are written for these specs. Calendar
-- facts used: 2024-03-23 is a Saturday, 2024 is a leap year, 2024-03-11 is
-- the Monday of ISO week 11.
local dates = require "incidents.grammar.dates"

local DCT = "2024-03-23"

-- The one expression whose text is `phrase`, scanned in `sentence`.
local function find_in(sentence, phrase, ctx)
  local s = assert(sentence:find(phrase, 1, true), "phrase not in sentence")
  for _, r in ipairs(dates.scan(sentence, ctx or { dct = DCT })) do
    if r.start == s and r.stop == s + #phrase - 1 then return r end
  end
  return nil
end

local function values(sentence, ctx)
  local out = {}
  for _, r in ipairs(dates.scan(sentence, ctx or { dct = DCT })) do
    out[#out + 1] = sentence:sub(r.start, r.stop) .. "=" .. tostring(r.value)
  end
  return out
end

describe("dates.shift", function()
  it("moves across month, leap day and year ends", function()
    assert.equal("2024-03-26", dates.shift("2024-03-22", 4))
    assert.equal("2024-02-29", dates.shift("2024-02-28", 1))
    assert.equal("2024-02-29", dates.shift("2024-03-01", -1))
    assert.equal("2023-03-01", dates.shift("2023-02-28", 1))
    assert.equal("2024-01-01", dates.shift("2023-12-31", 1))
    assert.equal("1999-12-31", dates.shift("2000-01-01", -1))
  end)
  it("returns nil for what is not a day", function()
    assert.is_nil(dates.shift("2024-02-30", 1))
    assert.is_nil(dates.shift("March 22", 1))
  end)
  it("raises on a bad count", function()
    assert.has_error(function() dates.shift("2024-03-22", "four") end,
      "bad argument #2 to 'shift' (number expected)")
  end)
end)

describe("dates.scan: weekdays and tense", function()
  it("resolves a past event to the last such day", function()
    local r = find_in("Gunmen stormed a wedding hall on Friday, police said.", "Friday")
    assert.equal("2024-03-22", r.value)
    assert.equal("day", r.precision)
    assert.equal("DATE", r.type)
    assert.equal("2024-03-22", r.lo)
    assert.equal("2024-03-22", r.hi)
    r = find_in("The mayor was attacked on Monday near his office.", "Monday")
    assert.equal("2024-03-18", r.value)
  end)
  it("resolves a future event to the next such day", function()
    local r = find_in("The two ministers will meet on Friday to discuss a truce.", "Friday")
    assert.equal("2024-03-29", r.value)
  end)
  it("lets the caller decide the tense", function()
    local ctx = { dct = DCT, tense = function() return "future" end }
    local r = find_in("Gunmen stormed a wedding hall on Friday.", "Friday", ctx)
    assert.equal("2024-03-29", r.value)
  end)
  it("resolves 'last Friday' and 'next Monday'", function()
    assert.equal("2024-03-22", find_in("It rained last Friday.", "last Friday").value)
    assert.equal("2024-03-25", find_in("Talks resume next Monday.", "next Monday").value)
  end)
  it("finds the weekday but no value without an article date", function()
    local r = find_in("Gunmen stormed a wedding hall on Friday.", "Friday", {})
    assert.is_not_nil(r)
    assert.is_nil(r.value)
  end)
  it("ignores a lower-case weekday word and the names of other things", function()
    assert.same({}, values("A friday prayer leader spoke."))
    assert.same({}, values("The militants were armed with rifles."))
  end)
end)

describe("dates.scan: month and day", function()
  it("takes the year from the article date", function()
    assert.equal("2024-01-03", find_in("Police held him on Jan. 3 in the city.", "Jan. 3").value)
    assert.equal("2024-03-22", find_in("The attack on March 22 shocked them.", "March 22").value)
    assert.equal("2024-03-21", find_in("He spoke on March 21st at noon.", "March 21st").value)
  end)
  it("crosses the year boundary to the nearest date", function()
    local r = find_in("On Dec. 28, a bomb hit a bus.", "Dec. 28", { dct = "2024-01-05" })
    assert.equal("2023-12-28", r.value)
    r = find_in("The trial opens on Jan. 9.", "Jan. 9", { dct = "2023-12-20" })
    assert.equal("2024-01-09", r.value)
  end)
  it("reads full dates with weekday, comma and year, and day-month order", function()
    local r = find_in("Published Thursday, March 21, 2024 at noon.", "Thursday, March 21, 2024")
    assert.equal("2024-03-21", r.value)
    assert.equal("date.full", r.rule)
    assert.equal("2024-04-13", find_in("Dated 13 April 2024 in Kabul.", "13 April 2024").value)
    assert.equal("2021-08-26", find_in("It came on 2021-08-26 at dusk.", "2021-08-26").value)
  end)
  it("rejects impossible days and the verb 'may'", function()
    assert.same({}, values("Officials said on February 30 nothing."))
    assert.same({}, values("Officials said that 3 may be missing."))
    assert.same({}, values("Protesters march through the city."))
    assert.same({}, values("They may return to the village."))
  end)
  it("accepts a capitalised lone month", function()
    local r = find_in("The group grew stronger in May.", "May")
    assert.equal("2024-05", r.value)
    assert.equal("month", r.precision)
  end)
end)

describe("dates.scan: months, years, decades", function()
  it("reads a month with a year", function()
    local r = find_in("It happened in August 2021, in Kabul.", "August 2021")
    assert.equal("2021-08", r.value)
    assert.equal("2021-08-01", r.lo)
    assert.equal("2021-08-31", r.hi)
    assert.equal("month", r.precision)
  end)
  it("reads a year", function()
    local r = find_in("In 2022, it bombed an embassy.", "2022")
    assert.equal("2022", r.value)
    assert.equal("2022-01-01", r.lo)
    assert.equal("2022-12-31", r.hi)
    assert.equal("year", r.precision)
  end)
  it("does not take counts or money for years", function()
    assert.same({}, values("Police seized 2500 rounds and 1200 rifles."))
    assert.same({}, values("Troops found 1,990 mines and $2024 in cash."))
    assert.same({}, values("The rate fell to 2.5 percent."))
    assert.same({}, values("Flight 1549 landed and Resolution 2178 passed."))
    assert.same({}, values("Police counted 1850 protesters and 2000 pilgrims."))
    assert.equal("1898", find_in("Spain lost Cuba in 1898.", "1898").value)
  end)
  it("reads a decade", function()
    local r = find_in("The group was born in the 1990s in exile.", "the 1990s")
    assert.equal("199", r.value)
    assert.equal("1990-01-01", r.lo)
    assert.equal("1999-12-31", r.hi)
    assert.equal("decade", r.precision)
  end)
  it("reads seasons and quarters", function()
    assert.equal("2023-SU", find_in("They met last summer in Doha.", "last summer").value)
    assert.equal("2023-Q3", find_in("Sales fell in the third quarter of 2023.",
      "the third quarter of 2023").value)
  end)
  it("leaves 'fall' the verb alone", function()
    assert.same({}, values("Prices could fall sharply."))
    assert.same({}, values("He wrote about the fall of Kabul."))
  end)
end)

describe("dates.scan: relative to the article date", function()
  it("reads deictic words", function()
    assert.equal("2024-03-22", find_in("The blast was heard yesterday.", "yesterday").value)
    assert.equal("2024-03-23", find_in("Markets reopened today.", "today").value)
    local r = find_in("The threat is high now.", "now")
    assert.equal("PRESENT_REF", r.value)
  end)
  it("reads last/this month, last week, early this year", function()
    local r = find_in("Last month, four gunmen attacked a hall.", "Last month")
    assert.equal("2024-02", r.value)
    assert.equal("2024-02-29", r.hi)
    assert.equal("2024-03", find_in("He told a panel this month.", "this month").value)
    r = find_in("Arrests were made last week.", "last week")
    assert.equal("2024-W11", r.value)
    assert.equal("2024-03-11", r.lo)
    assert.equal("2024-03-17", r.hi)
    r = find_in("Two attacks struck early this year.", "early this year")
    assert.equal("2024", r.value)
    assert.equal("year", r.precision)
    assert.equal("START", r.mod)
  end)
  it("counts back with 'ago', fractions included", function()
    local r = find_in("It began two and a half years ago.", "two and a half years ago")
    assert.equal("2021-09", r.value)
    assert.equal("month", r.precision)
    assert.equal("2021", find_in("It began three years ago.", "three years ago").value)
    assert.equal("2024-03-18", find_in("It began 5 days ago.", "5 days ago").value)
  end)
  it("gives no value without an article date", function()
    for _, r in ipairs(dates.scan("Last month and yesterday, a bomb went off.")) do
      assert.is_nil(r.value)
    end
  end)
end)

describe("dates.scan: anchors and ranges", function()
  it("returns an event-relative item", function()
    local text = "On Tuesday, four days after the Moscow attack, a channel posted a threat."
    local r = find_in(text, "four days after the Moscow attack")
    assert.is_nil(r.value)
    assert.equal(4, r.relative.days)
    assert.equal("the Moscow attack", r.relative.anchor_text)
    assert.equal("the Moscow attack",
      text:sub(r.relative.anchor_start, r.relative.anchor_stop))
  end)
  it("counts back before an anchor", function()
    local r = find_in("Police raided the flat two weeks before the election.",
      "two weeks before the election")
    assert.equal(-14, r.relative.days)
    assert.equal("the election", r.relative.anchor_text)
  end)
  it("applies a relative item once its anchor is dated", function()
    assert.equal("2024-03-26", dates.apply_relative({ days = 4 }, "2024-03-22").value)
    assert.equal("2024-03-08", dates.apply_relative({ days = -14 }, "2024-03-22").value)
    assert.equal("2023-12", dates.apply_relative({ months = -3 }, "2024-03-22").value)
    assert.is_nil(dates.apply_relative({ days = 1 }, "2024-03"))
  end)
  it("carries the date told last across calls with a state", function()
    local text = "Gunmen attacked a bus on March 3. The next day, police made arrests."
    local cut = text:find("The next", 1, true)
    local ctx = { dct = DCT, state = {} }
    dates.scan(text, 1, cut - 1, ctx)
    local got = dates.scan(text, cut, #text, ctx)
    assert.equal("2024-03-04", got[1].value)
    -- without the state the next day counts from the article date
    got = dates.scan(text, cut, #text, { dct = DCT })
    assert.equal("2024-03-24", got[1].value)
  end)
  it("resolves an anchor that is a date", function()
    local r = find_in("Two days after March 22, 2024, police arrested four men.",
      "Two days after March 22, 2024")
    assert.equal("2024-03-24", r.value)
  end)
  it("reads day and month ranges", function()
    local r = find_in("Talks were held March 22-23 in Doha.", "March 22-23")
    assert.equal("2024-03-22", r.lo)
    assert.equal("2024-03-23", r.hi)
    assert.equal("range", r.precision)
    r = find_in("Raids went on between March and May, officials said.", "between March and May")
    assert.equal("2024-03-01", r.lo)
    assert.equal("2024-05-31", r.hi)
  end)
  it("does not read a backwards day range", function()
    assert.is_nil(find_in("Scores were 23-22 March results.", "23-22 March"))
  end)
end)

describe("dates.scan: offsets and arguments", function()
  it("keeps offsets into the original text inside a range", function()
    local text = "Nothing here. Gunmen struck on Friday. Then Monday came."
    local s = text:find("Gunmen", 1, true)
    local e = text:find("Then", 1, true) - 1
    local got = dates.scan(text, s, e, { dct = DCT })
    assert.equal(1, #got)
    assert.equal("Friday", text:sub(got[1].start, got[1].stop))
  end)
  it("keeps byte offsets past multi-byte characters", function()
    local text = "Caf\195\169 owners \226\128\156fled\226\128\157 on Friday."
    local got = dates.scan(text, { dct = DCT })
    assert.equal(1, #got)
    assert.equal("Friday", text:sub(got[1].start, got[1].stop))
  end)
  it("raises on a non-string text", function()
    assert.has_error(function() dates.scan(42) end,
      "bad argument #1 to 'scan' (string expected, got number)")
  end)
end)

describe("dates.parse_dateline", function()
  it("reads a paper's dateline line", function()
    assert.equal("2024-03-21",
      dates.parse_dateline("- The Washington Times - Thursday, March 21, 2024\n\nText."))
  end)
  it("reads a date alone on the first line", function()
    assert.equal("2024-04-13", dates.parse_dateline("13 April 2024\n\nA title\n\nBody."))
  end)
  it("reads a wire dateline, taking the year nearest to a reference", function()
    local text = "KABUL, Aug 26 (Reuters) - A blast shook the city."
    assert.equal("2021-08-26", dates.parse_dateline(text, "2021-08-27"))
    assert.equal("2021-08-26", dates.parse_dateline(text, 2021))
    assert.equal("2020-12-30",
      dates.parse_dateline("MOSCOW, Dec 30 (Reuters) - Snow fell.", "2021-01-02"))
    local iso, s, e = dates.parse_dateline(text, 2021)
    assert.equal("Aug 26", text:sub(s, e))
    assert.equal("2021-08-26", iso)
  end)
  it("reads labelled dates", function()
    assert.equal("2024-03-21", dates.parse_dateline("Published: 21 March 2024\n\nText."))
    assert.equal("2024-03-21", dates.parse_dateline("Last updated on March 21, 2024\nText."))
  end)
  it("reads an upper-case dateline with a two-digit year", function()
    assert.equal("1990-01-03", dates.parse_dateline("SAN SALVADOR, 3 JAN 90 -- [TEXT] Troops."))
  end)
  it("does not take a date that opens a sentence or has no year", function()
    assert.is_nil(dates.parse_dateline("On March 22, 2024, gunmen stormed a hall."))
    -- the years a text mentions do not date it
    assert.is_nil(dates.parse_dateline("KABUL, Aug 26 (Reuters) - A blast in 2019 was worse."))
    assert.is_nil(dates.parse_dateline("Police said on March 21, 2024 that nobody was hurt."))
    assert.is_nil(dates.parse_dateline("Gunmen stormed a hall near the capital."))
  end)
  it("looks only at the top of the text", function()
    local text = ("Some words here. "):rep(30) .. "\n13 April 2024\n"
    assert.is_nil(dates.parse_dateline(text))
  end)
end)

describe("dates.scan: other constructions", function()
  it("reads durations and sets", function()
    local r = find_in("The siege lasted nearly two weeks.", "nearly two weeks")
    assert.equal("DURATION", r.type)
    assert.equal("P2W", r.value)
    assert.equal("P10Y", find_in("He got a 10-year sentence.", "10-year").value)
    r = find_in("Patrols go out every week.", "every week")
    assert.equal("SET", r.type)
    assert.equal("P1W", r.value)
    assert.equal("XXXX-WXX-4", find_in("Markets close each Thursday.", "each Thursday").value)
    assert.equal("P20Y", find_in("The war lasted two decades.", "two decades").value)
  end)
  it("reads vague durations", function()
    assert.equal("PXD", find_in("Talks took several days.", "several days").value)
    assert.equal("PXW", find_in("Raids grew in the past few weeks.", "the past few weeks").value)
    local r = find_in("The valley was quiet for years.", "years")
    assert.equal("DURATION", r.type)
    assert.equal("PXY", r.value)
    assert.same({}, values("Years of war left the days of peace behind."))
  end)
  it("reads holidays to the nearest year", function()
    assert.equal("2023-12-25", find_in("The church was hit on Christmas Day.", "Christmas Day",
      { dct = "2024-01-04" }).value)
    assert.equal("2023-11-23", find_in("Shops shut on Thanksgiving.", "Thanksgiving",
      { dct = "2023-11-30" }).value)
    assert.same({}, values("He gave thanks for the new year of work."))
  end)
  it("computes the feasts of Easter", function()
    assert.equal("2019-04-21", find_in("Bombers struck three churches on Easter Sunday.",
      "Easter Sunday", { dct = "2019-04-23" }).value)
    assert.equal("2024-03-29", find_in("Gunmen fired on worshippers on Good Friday.",
      "Good Friday", { dct = "2024-04-02" }).value)
    assert.equal("2017-04-09", find_in("The Palm Sunday bombings killed dozens.", "Palm Sunday",
      { dct = "2017-04-12" }).value)
    assert.equal("2016-03-28", find_in("Riots broke out on Easter Monday.", "Easter Monday",
      { dct = "2016-04-01" }).value)
    assert.same({}, values("It was a good friday for the markets."))
  end)
  it("counts 'the next day' from the date told last", function()
    local text = "Gunmen attacked a bus on March 3. The next day, police made arrests."
    local r = find_in(text, "The next day")
    assert.equal("2024-03-04", r.value)
    assert.equal(1, r.relative.days)
  end)
  it("reads 'that year' from the date told last, and nothing without one", function()
    local text = "The group formed in June 2015. Later that year it struck twice."
    assert.equal("2015", find_in(text, "Later that year").value)
    assert.same({}, values("Later that year it struck twice."))
  end)
  it("reads quarters, and 'a year earlier' as the same quarter before", function()
    local text = "Profit rose in the third quarter, up from a year earlier."
    assert.equal("2023-Q3", find_in(text, "the third quarter", { dct = "2023-11-02" }).value)
    assert.equal("2022-Q3", find_in(text, "a year earlier", { dct = "2023-11-02" }).value)
    assert.same({}, values("Shops in the old quarter stayed shut."))
  end)
  it("reads centuries and spelled-out years", function()
    local r = find_in("Wars of the 20th century.", "the 20th century")
    assert.equal("19", r.value)
    assert.equal("1900-01-01", r.lo)
    assert.equal("1996", find_in("It was in nineteen ninety-six.", "nineteen ninety-six").value)
    assert.same({}, values("Nineteen people were hurt."))
  end)
  it("reads clock times with their day", function()
    local r = find_in("The blast came at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday")
    assert.equal("TIME", r.type)
    assert.equal("2024-03-20T22:00", r.value)
    assert.equal("2024-03-23T07:15", find_in("Sirens rang at 7:15 a.m.", "7:15 a.m.").value)
    assert.equal("2024-03-22T12:00", find_in("They met at noon yesterday.", "noon yesterday").value)
    assert.same({}, values("He scored 10 points and 7 rebounds."))
  end)
  it("takes an opening 'Now,' for a discourse word", function()
    assert.same({}, values("Now, the group is weaker."))
    assert.equal("PRESENT_REF", find_in("The group is weaker now.", "now").value)
  end)
end)

describe("dates.scan: years told relative to the article", function()
  local ctx = { dct = "2019-05-14" }
  it("puts a day or a month 'last year' in the year before", function()
    local r = find_in("On April 2 last year, a car bomb hit the market.", "April 2 last year", ctx)
    assert.equal("2018-04-02", r.value)
    assert.equal("day", r.precision)
    assert.equal("2018-09-30", find_in("The raid of 30 September of last year was the worst.",
      "30 September of last year", ctx).value)
    assert.equal("2019-02", find_in("Talks broke down in February this year.",
      "February this year", ctx).value)
    assert.equal("2018-11", find_in("The truce ended in November last year.",
      "November last year", ctx).value)
    -- without an article date there is no value, but the extent is found
    r = find_in("On April 2 last year, a car bomb hit the market.", "April 2 last year", {})
    assert.is_nil(r.value)
  end)
  it("counts 'a year ago tonight' to that very day", function()
    local r = find_in("A year ago tonight, gunmen stormed the hotel.", "A year ago tonight", ctx)
    assert.equal("2018-05-14", r.value)
    assert.equal("day", r.precision)
    assert.equal("2019-03-14", find_in("Two months ago today the bridge was bombed.",
      "Two months ago today", ctx).value)
    -- a leap day a year on is the last day of February
    assert.equal("2023-02-28", find_in("A year ago today the siege ended.",
      "A year ago today", { dct = "2024-02-29" }).value)
    -- plain "a year ago" keeps the year's precision
    assert.equal("2018", find_in("The group split a year ago.", "a year ago", ctx).value)
  end)
  it("reads the new year nearest the article date", function()
    local r = find_in("A gunman fired on revellers in the first minutes of the new year.",
      "the first minutes of the new year", { dct = "2020-01-02" })
    assert.equal("2020-01-01", r.value)
    assert.equal("day", r.precision)
    -- in late December the new year is the next one
    assert.equal("2020-01-01", find_in("Fireworks were banned for the first night of the new "
      .. "year.", "the first night of the new year", { dct = "2019-12-29" }).value)
    assert.equal("2020", find_in("Parliament meets again in the new year.", "the new year",
      { dct = "2019-12-20" }).value)
  end)
end)

describe("dates.scan: background dates", function()
  local ctx = { dct = "2021-06-06" }
  local function bg(sentence, phrase)
    local r = assert(find_in(sentence, phrase, ctx), phrase)
    return r.background == true
  end
  it("marks the start of a state of affairs", function()
    assert.is_true(bg("It was the worst raid since the insurgency reached the region seven "
      .. "years ago.", "seven years ago"))
    assert.is_true(bg("The deadliest bombing since 2017 struck the capital on Friday.", "2017"))
    assert.is_true(bg("Violence has grown since militants seized the district last year.",
      "last year"))
    assert.is_true(bg("The rebellion erupted in 2012 and has spread south.", "2012"))
  end)
  it("leaves the dates of events unmarked", function()
    assert.is_false(bg("The deadliest bombing since 2017 struck the capital on Friday.", "Friday"))
    assert.is_false(bg("Since 2015, gunmen have raided the village; on Monday they came back.",
      "Monday"))
    assert.is_false(bg("The siege began on Friday and lasted a day.", "Friday"))
    assert.is_false(bg("Gunmen killed nine people two years ago.", "two years ago"))
    -- "since August 2021, when ..." dates the event told after it
    assert.is_false(bg("Attacks rose since August 2021, when the city fell.", "August 2021"))
  end)
end)

describe("dates.scan: years counted from the text's own dates", function()
  it("counts 'the following year' from the date told last", function()
    local text = "Rebels took the port in 2011. Troops retook it the following year. "
      .. "The same year a car bomb hit the harbour."
    local r = find_in(text, "the following year", { dct = "2020-03-01" })
    assert.equal("2012", r.value)
    -- 'the same year' points at the year the text wrote out
    assert.equal("2011", find_in(text, "The same year", { dct = "2020-03-01" }).value)
    -- with no date told before, it is the article's next year
    assert.equal("2021", find_in("Elections follow the following year.", "the following year",
      { dct = "2020-03-01" }).value)
  end)
end)

describe("dates: the scanner's guard", function()
  it("hides no expression the whole grammar finds", function()
    local lpeg = require "lpeg"
    local text = table.concat({
      "A year ago, an hour later, a few days on, a couple of weeks after the raid.",
      "About two years ago some 20 years earlier over the past three months.",
      "Nearly a decade, almost half a year, roughly the last two weeks, over a week.",
      "This year, this past weekend, this morning, this May, this quarter, this summer.",
      "Two and a half years ago, two thousand and one, nineteen ninety-six, twenty-one days.",
      "Several years ago, many months, several days later, some years ago, many decades.",
      "One day after the attack, three weeks before the vote, a day after March 3.",
      "The first nine months, the following year, the same day, in recent years.",
      "At least two weeks, more than a year, up to three months, for years, since 2015.",
      "A good idea, this is it, one of them, some people, about the army, over there.",
      "Several officials, many soldiers, two men, the new year, the first hour of the new year.",
    }, " ")
    local low = text:lower()
    local function spans(p)
      local out = {}
      for _, f in ipairs(lpeg.match(p, low)) do out[#out + 1] = f.s .. "-" .. f.e end
      return table.concat(out, " ")
    end
    local guarded = spans(dates._scanner)
    assert.equal(spans(dates._scanner_unguarded), guarded)
    assert.is_true(#guarded > 100)
  end)
end)

describe("dates.scan: the eve, hours and the night", function()
  it("reads 'on the eve of' as the day before the event named", function()
    local r = find_in("A bomb went off on the eve of the election.", "the eve of the election")
    assert.equal(-1, r.relative.days)
    assert.equal("the election", r.relative.anchor_text)
    assert.is_nil(find_in("They met on Christmas Eve.", "Eve"))
  end)

  it("dates 'hours earlier' by the day told last, as a time of that day", function()
    local r = find_in("A bomb exploded on March 3. Hours earlier, gunmen struck.", "Hours earlier")
    assert.equal("2024-03-03", r.value)
    assert.equal("TIME", r.type)
    assert.is_true(r.event_day)
  end)

  it("keeps 'minutes later' a time of the same attack, not a day of its own", function()
    local r = find_in("A bomb exploded on March 3. Minutes later a second one went off.",
      "Minutes later")
    assert.equal("TIME", r.type)
    assert.is_false(r.event_day)
  end)

  it("dates 'overnight' by the article when no day was told", function()
    local r = find_in("Gunmen attacked the village overnight.", "overnight")
    assert.equal(DCT, r.value)
    assert.equal("TIME", r.type)
    assert.is_nil(find_in("Prices rose over the night shift.", "night"))
  end)
end)

describe("dates.scan: feasts that name things", function()
  it("reads 'Christmas' as a day but not in 'a Christmas market'", function()
    assert.is_not_nil(find_in("The shops close on Christmas.", "Christmas"))
    assert.is_nil(find_in("They planned to attack a Christmas market.", "Christmas"))
    assert.is_nil(find_in("A Christmas tree stood in the square.", "Christmas"))
  end)
end)

describe("dates.scan: an hour after the moment told", function()
  it("dates 'an hour later' and 'two hours earlier' by the day told last", function()
    local text = "A bomb exploded on March 3. An hour later a second bomb went off."
    local r = find_in(text, "An hour later")
    assert.equal("2024-03-03", r.value)
    assert.equal("TIME", r.type)
    assert.is_true(r.event_day)
    r = find_in("A bomb exploded on March 3. Ten minutes later, gunmen struck.",
      "Ten minutes later")
    assert.is_false(r.event_day)
  end)
end)

describe("dates.scan: four-digit times of day (hhmm)", function()
  -- no expression in the sentence reads as a year
  local function no_year(sentence)
    for _, r in ipairs(dates.scan(sentence, { dct = DCT })) do
      assert.is_not_equal("year", r.precision, sentence:sub(r.start, r.stop))
      assert.is_not_equal("date.yearrange", r.rule, sentence:sub(r.start, r.stop))
    end
  end

  it("reads 'at' + hhmm as a time, dated by the day written after it", function()
    local r = find_in("Rebels shelled the barracks at 2100 on 15 March.", "2100 on 15 March")
    assert.equal("TIME", r.type)
    assert.equal("2024-03-15T21:00", r.value)
    assert.is_true(r.event_day)
    r = find_in("The convoy was ambushed at approximately 1940, officers said.", "1940")
    assert.equal("TIME", r.type)
    assert.is_false(r.event_day)
    r = find_in("A car bomb exploded at 2030 yesterday near the port.", "2030 yesterday")
    assert.equal("2024-03-22T20:30", r.value)
    no_year("Troops returned fire at about 1310, then withdrew.")
  end)

  it("reads hhmm before a zone, 'hours' or a day word as a time", function()
    no_year("The post was hit between 1310 and 1350 [1910 and 1950 GMT] by mortars.")
    no_year("Shooting went on from 1710 to 2250, the mayor said.")
    no_year("The patrol came under fire at 0815 local (1415 GMT) on the highway.")
    local r = find_in("Curfew starts at 1930 hours in the capital.", "1930 hours")
    assert.equal("TIME", r.type)
    r = find_in("The blast came shortly after 1400 this afternoon.", "1400")
    assert.equal("TIME", r.type)
  end)

  it("reads hhmm before 'on' and a day, or 'in the evening', as a time", function()
    local r = find_in("The curfew runs from 2000 on 12 March until 0600 on 13 March.",
      "2000 on 12 March")
    assert.equal("2024-03-12T20:00", r.value)
    no_year("Shops must close from 1800 in the evening.")
  end)

  it("reads an old year that is also hhmm as a time in a text that writes hhmm", function()
    local clocky = "Troops were attacked at 2100, officers said. "
    no_year(clocky .. "By 1800, the rebels had pulled back.")
    no_year(clocky .. "Casualties as of 1618 stood at 12.")
    no_year(clocky .. "Power was cut between 1300 and 1700.")
    -- near misses: no hhmm elsewhere, or told with "in"
    assert.equal("1800", find_in("By 1800, the port had grown.", "1800").value)
    assert.equal("1820",
      find_in(clocky .. "The fort was built in 1820.", "1820").value)
  end)

  it("drops the time told again in GMT with its day", function()
    local out = values("He was shot at 1950 (0050 GMT 18 March) outside his house.")
    assert.same({ "1950=2024-03-23T19:50" }, out)
  end)

  it("still reads years after 'in', 'since', 'between' with no clock around", function()
    assert.equal("1989", find_in("The group was founded in 1989 in the hills.", "1989").value)
    assert.equal("2010", find_in("No bomb has gone off there since 2010.", "2010").value)
    assert.equal("date.yearrange",
      find_in("Between 1939 and 1945 the port was shelled.", "Between 1939 and 1945").rule)
    assert.equal("2000", find_in("Damage was put at 2000 prices.", "2000").value)
    -- a count, not a year or a time
    assert.is_nil(find_in("Soldiers moved the 1350 residents of the village.", "1350"))
    -- hhmm must be a time: 1989 is no time of day, even after 'at'
    assert.equal("1989", find_in("Output stood at 1989 levels.", "1989").value)
  end)
end)

describe("dates.scan: parts of the day told last", function()
  it("dates 'that night', 'the same evening', 'later that morning' by the day told", function()
    local text = "Gunmen raided a village on March 3. That night, a bomb went off."
    local r = find_in(text, "That night")
    assert.equal("2024-03-03TNI", r.value)
    assert.equal("2024-03-03", r.lo)
    assert.equal("TIME", r.type)
    assert.is_true(r.event_day)
    r = find_in("A mine exploded on March 9. The same evening a convoy was shot at.",
      "The same evening")
    assert.equal("2024-03-09", r.lo)
    r = find_in("A mine exploded on March 9. Later that morning a convoy was shot at.",
      "Later that morning")
    assert.equal("2024-03-09", r.lo)
  end)

  it("counts 'the evening before', 'the following week', 'later that week' from the day told",
    function()
    local lead = "A mine exploded on March 9. "
    assert.equal("2024-03-08", find_in(lead .. "The evening before, shots were heard.",
      "The evening before").lo)
    assert.equal("2024-03-10", find_in(lead .. "The morning after, shots were heard.",
      "The morning after").lo)
    local r = find_in(lead .. "The following week a convoy was hit.", "The following week")
    assert.equal("2024-03-11", r.lo)
    assert.equal("2024-03-17", r.hi)
    r = find_in(lead .. "Later that week a convoy was hit.", "Later that week")
    assert.equal("2024-03-04", r.lo)
    -- near miss: with no day told, "the following week" is the article's next
    assert.equal("2024-03-25", find_in("The following week a convoy will leave.",
      "The following week").lo)
  end)

  it("reads 'the night of' and 'the morning after' an event as anchored to it", function()
    local r = find_in("Shops shut on the night of the attack.", "the night of the attack")
    assert.equal(0, r.relative.days)
    assert.equal("the attack", r.relative.anchor_text)
    r = find_in("Shops shut the morning after the attack.", "the morning after the attack")
    assert.equal(1, r.relative.days)
    -- a date after "the night of" is that date, not an anchor
    assert.equal("2024-03-22", find_in("He died on the night of March 22.", "March 22").value)
  end)

  it("passes over the day of a statement for 'the same night', not for 'the next day'",
    function()
    local lead = "A truck bomb hit the market on Monday. Officials said on Wednesday the toll "
      .. "had risen. "
    assert.equal("2024-03-18", find_in(lead .. "The same night a mosque was shelled.",
      "The same night").lo)
    assert.equal("2024-03-21", find_in(lead .. "The next day a mosque was shelled.",
      "The next day").lo)
    -- near miss: a day told with "on" but no verb of saying is an event's
    assert.equal("2024-03-20", find_in("A truck bomb hit the market on Monday. Troops "
      .. "raided the camp on Wednesday. The same night a mosque was shelled.",
      "The same night").lo)
  end)

  it("does not read a noun beginning with a part of the day", function()
    assert.is_nil(find_in("Police closed that nightclub in March.", "that night"))
  end)

  it("says where the day it counts from was told", function()
    local text = "A mine exploded on March 9. Police said so. The next day a convoy was hit."
    local r = find_in(text, "The next day")
    assert.equal("2024-03-10", r.lo)
    assert.equal(select(2, text:find("March 9", 1, true)), r.base_stop)
    assert.equal(1, r.base_days)
    r = find_in("A mine exploded on March 9. That evening a convoy was hit.", "That evening")
    assert.equal(0, r.base_days)
    -- a time with no day of its own is no day told
    r = find_in("A mine exploded on March 9 at 1500 hours. Hours later a convoy was hit.",
      "Hours later")
    assert.equal("2024-03-09", r.lo)
  end)
end)

describe("dates.scan: an undated text that writes its year once", function()
  it("gives a day or month told with 'on' or 'in' the year written before", function()
    assert.same({ "June 3, 2019=2019-06-03", "June 9=2019-06-09", "August=2019-08" },
      values("The first attack came on June 3, 2019. On June 9 a second followed. "
        .. "In August a third.", {}))
  end)

  it("leaves a named date ('the Sept. 11 attacks') and a dated text alone", function()
    assert.same({ "June 3, 2019=2019-06-03", "Sept. 11=nil" },
      values("The first attack came on June 3, 2019, years after the Sept. 11 attacks.", {}))
    -- with an article date the nearest year wins, as before
    assert.equal("2024-03-09", find_in("It began on June 3, 2019. On March 9 more died.",
      "March 9").value)
  end)

  it("gives no year from a text that wrote one far back", function()
    local far = ("Nothing happened. "):rep(130)
    assert.same({ "June 3, 2019=2019-06-03", "June 9=nil" },
      values("It began on June 3, 2019. " .. far .. "On June 9 a second came.", {}))
  end)
end)
