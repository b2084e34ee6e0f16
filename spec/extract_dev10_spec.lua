-- Specs of incidents.extract on the construction classes of long pages
-- that eval/dev10 showed (anniversary pieces, security briefs, regional
-- papers with "Related stories" boxes, investigations). Our own sentences,
-- run with the default pack; no sentence of the set is quoted.
local rules = require "incidents.rules"
local helper = require "spec.helper"
local dates = require "incidents.grammar.dates"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2024-05-20")

local function report_at_date(reports, place)
  return helper.report_at(reports, place).date
end

-- The value the date grammar gives the phrase `phrase` in `text`.
local function date_of(text, phrase, dct)
  local s = assert(text:find(phrase, 1, true), phrase)
  for _, d in ipairs(dates.scan(text, 1, #text, { dct = dct or "2024-05-20", state = {} })) do
    if d.start <= s and d.stop >= s then return d.value end
  end
  return nil
end

describe("extract: an anniversary piece's time words", function()
  it("dates 'that Saturday' by the old day the piece went back to", function()
    local text = "Date: 2024-05-20\n\nOn 14 May 2016 the town was full of traders. Eight "
      .. "years later, the square is quiet. Gunmen came on that Saturday and fired at "
      .. "the stalls."
    assert.equal("2016-05-14", date_of(text, "that Saturday"))
  end)

  it("takes the nearest such weekday when the old day was another", function()
    local text = "Date: 2024-05-20\n\nThe siege began on 12 May 2016. On that Friday the "
      .. "gunmen shot two hostages."
    assert.equal("2016-05-13", date_of(text, "that Friday"))
  end)

  it("dates 'in March of that year' in the year told last", function()
    local text = "Date: 2024-05-20\n\nThe first raid came on 2 January 2017. In March of "
      .. "that year a second one followed."
    assert.equal("2017-03", date_of(text, "March of that year"))
  end)

  it("still dates a bare weekday and a bare month by the story's own date", function()
    local text = "Date: 2024-05-20\n\nThe raid of 2 January 2017 is still remembered. The "
      .. "mayor spoke on Saturday. In March a plaque went up."
    assert.equal("2024-05-18", date_of(text, "Saturday"))
    assert.equal("2024-03", date_of(text, "March"))
  end)

  it("keeps an old massacre in its year when the piece says 'that Saturday'", function()
    local r = run("Title: Kano, eight years on\nDate: 2024-05-20\n\n"
      .. "KANO - On 14 May 2016 the market was crowded, a survivor recalls, eight years "
      .. "later to the day.\n\n"
      .. "Gunmen arrived on that Saturday, shooting traders and setting stalls alight. "
      .. "The first figure given the next morning was 20 dead; the toll later rose to at "
      .. "least 31.\n\n"
      .. "In December of that year, a bomb exploded at a bus park in Maiduguri, killing "
      .. "nine people.")
    assert.equal(2, #r)
    assert.equal("2016-05-14", report_at_date(r, "Kano"))
    assert.equal("2016-12", report_at_date(r, "Maiduguri"))
  end)
end)

describe("extract: a brief's counts of the period", function()
  local head = "Title: Weekly brief, 13-19 May\nDate: 2024-05-20\n\n"
    .. "NIGERIA\n\n- Maiduguri, Tuesday: a bomb exploded at a bus park, killing nine "
    .. "people.\n\n"

  it("makes no report of a toll that sums the incidents counted", function()
    for _, line in ipairs {
      "Our counts this week: 4 incidents recorded in the region, 17 fatalities.",
      "Tally for the week: 6 incidents, 31 fatalities and 12 injured.",
      "The week saw 3 incidents in all and 17 people killed.",
    } do
      local r = run(head .. "TRENDS\n\n" .. line)
      assert.equal(1, #r, line)
      assert.equal(9, r[1].killed_lo)
    end
  end)

  it("still reads a toll next to attacks that are no tally", function()
    local r = run(head .. "NIGER\n\n- Diffa, Friday: a bomb killed 17 soldiers at an army "
      .. "post, the worst of 3 attacks on the army this month.")
    assert.equal(2, #r)
    assert.equal(17, helper.report_at(r, "Diffa").killed_lo)
  end)
end)

describe("extract: a regional page's box of related stories", function()
  local body = "Title: Gunman kills two at Kano bus park\nDate: 2024-05-20\n\n"
    .. "KANO - A gunman shot dead two travellers at the main bus park in Kano on Sunday, "
    .. "police said.\n\n"

  it("makes no report of a headline the box only links to", function()
    for _, head in ipairs { "RELATED STORIES", "Read more:", "See also", "Related" } do
      local r = run(body .. head .. "\n- Bomb kills nine at Maiduguri market in 2019\n"
        .. "- Suicide bomber kills 12 in Konduga mosque\n\nAdvertisement\n")
      assert.equal(1, #r, head)
      assert.equal("Kano", r[1].place)
    end
  end)

  it("still reads the paragraph after the box's blank line", function()
    local r = run(body .. "RELATED STORIES\n- Bomb kills nine at Maiduguri market\n\n"
      .. "In a separate attack on Saturday, a bomb killed five people at a mosque in "
      .. "Konduga.\n")
    assert.equal(2, #r)
    assert.equal(5, helper.report_at(r, "Konduga").killed_lo)
  end)
end)

describe("dates: a weekday written with a day and month of an old story", function()
  it("takes the year in which that day fell on that weekday", function()
    local text = "Date: 2007-02-17\n\nThe first trucks blew up on Saturday, November 15, "
      .. "2003. Five days later, on Thursday, November 20, two more exploded."
    assert.equal("2003-11-20", date_of(text, "Thursday, November 20", "2007-02-17"))
    local t2 = "Date: 2007-02-17\n\nThree years on, the case is closed. The bombs went off "
      .. "on Thursday, November 20."
    assert.equal("2003-11-20", date_of(t2, "Thursday, November 20", "2007-02-17"))
  end)

  it("keeps the nearest year when the weekday fits it", function()
    local text = "Date: 2007-02-17\n\nThe raid came on Monday, November 20."
    assert.equal("2006-11-20", date_of(text, "Monday, November 20", "2007-02-17"))
  end)
end)

describe("extract: a place that only says where a body sits", function()
  local lead = "Title: Market bomb\nDate: 2024-05-20\n\n"
    .. "A bomb killed 12 people at a market in Kano on 15 May.\n\n"

  it("makes no report at the seat of the paper that got a claim", function()
    for _, line in ipairs {
      "On 16 May, a day after the market bombing, a message signed with a name al-Qaeda "
        .. "has used was sent to a London-based weekly, saying the group had carried out "
        .. "the attack.",
      "Two days later a video posted by a Paris-based website showed the Islamic State "
        .. "claiming the attack.",
    } do
      local r = run(lead .. line)
      assert.equal(1, #r, line)
      assert.equal("Kano", r[1].place)
    end
  end)

  it("still reads an attack in that city told as such", function()
    local r = run(lead .. "On Monday gunmen killed three guards at a London hotel.")
    assert.equal(2, #r)
    assert.equal(3, helper.report_at(r, "London").killed_lo)
  end)
end)

describe("dates: words of time that describe, not date", function()
  it("takes no date from a season that colours a day part", function()
    for _, t in ipairs { "a grey winter afternoon", "a hot summer morning", "a wet autumn day" } do
      local text = "Date: 2024-05-20\n\nIt happened on 3 March 2011, " .. t .. "."
      assert.is_nil(date_of(text, t:match("%a+ (%a+) %a+$")), t)
    end
    -- near miss: a season with its own time word is a date
    assert.equal("2023-WI", date_of("Date: 2024-05-20\n\nThe raids began last winter.",
      "winter"))
  end)

  it("takes no day from 'the last night of' a span", function()
    local text = "Date: 2024-05-20\n\nIn August, on the last night of Ramadan, bombers struck."
    assert.is_nil(date_of(text, "night"))
    assert.equal("2024-05-19TNI", date_of("Date: 2024-05-20\n\nBombers struck last night.",
      "last night"))
  end)

  it("keeps an anniversary piece's old day from a season after it", function()
    local r = run("Title: Kano, eight years on\nDate: 2024-05-20\n\n"
      .. "On Saturday, January 9, 2016, a cold winter morning, a bomb exploded at the main "
      .. "bus park in Kano, killing 12 people.")
    assert.equal("2016-01-09", report_at_date(r, "Kano"))
  end)
end)

describe("extract: a town named as somewhere else than the scene", function()
  local lead = "Title: Bus bomb\nDate: 2024-05-20\n\n"
    .. "A bomb killed 12 people at a market in Quetta on Tuesday. "

  it("makes no report at a gathering's town or at a government asked", function()
    for _, line in ipairs {
      "Officials noted that the attack came on the day an anti-Iran conference opened in "
        .. "Warsaw.",
      "Pakistan blamed the attack on militants sheltering in Afghanistan and asked Kabul to "
        .. "hand over the bombers.",
    } do
      local r = run(lead .. line)
      assert.equal(1, #r, line)
      assert.equal("Quetta", r[1].place)
    end
  end)

  it("keeps a gathering's town when the gathering was the scene", function()
    for _, line in ipairs {
      "A bomb exploded at a peace conference in Kano on Friday, killing 9 people.",
      "Gunmen stormed the opening of a summit in Kano on Friday, killing 9 people.",
    } do
      local r = run(lead .. line)
      assert.equal(2, #r, line)
      assert.equal(9, helper.report_at(r, "Kano").killed_lo)
    end
  end)
end)

describe("dates: a time of day on a day with its year", function()
  it("keeps the year written after the day", function()
    local text = "Date: 2013-03-27\n\nShortly before 11 a.m. on 1 October 2010, an email "
      .. "warned of bombs. About an hour later two cars exploded."
    assert.equal("2010-10-01T11:00", date_of(text, "11 a.m.", "2013-03-27"))
    assert.equal("2010-10-01", date_of(text, "About an hour later", "2013-03-27"))
    assert.equal("2010-10-01T18:30", date_of("Date: 2013-03-27\n\nAt 6:30 p.m. on "
      .. "October 1, 2010, a bomb went off.", "6:30", "2013-03-27"))
  end)

  it("still puts a day with no year in the nearest past", function()
    local text = "Date: 2013-03-27\n\nAt 11 a.m. on 1 October a bomb went off."
    assert.equal("2012-10-01T11:00", date_of(text, "11 a.m.", "2013-03-27"))
  end)
end)

describe("extract: forces told as the victims of a passive event word", function()
  it("reads an ambush on an army convoy as an incident", function()
    for _, line in ipairs {
      "A Nigerian army convoy was ambushed on Monday near Damboa. The army has not released "
        .. "a toll.",
      "An army patrol was attacked on Monday near Damboa, and 12 soldiers were killed.",
    } do
      local r = run("Date: 2024-05-20\n\n" .. line)
      assert.equal(1, #r, line)
      assert.equal("Damboa", r[1].place)
    end
  end)

  it("still makes no report of the forces' own strike or of a drone brought down", function()
    for _, line in ipairs {
      "Nigerian troops attacked a militant camp near Damboa on Monday.",
      "A drone carrying explosives was shot down near Damboa on Monday.",
    } do
      assert.equal(0, #run("Date: 2024-05-20\n\n" .. line), line)
    end
  end)
end)

describe("extract: a brief's summary that sums its incidents", function()
  local body = "\n\nNIGERIA\n\n- 23 March, Kano: gunmen attacked an army base, killing 25 "
    .. "soldiers.\n- 23 March, near Damboa: an army convoy was ambushed and 15 soldiers "
    .. "were killed.\n"

  it("makes no report of a toll the summary gives 'between them'", function()
    for _, line in ipairs {
      "Two assaults on the same day, one on a base in Kano and one on a convoy near Damboa, "
        .. "killed 40 soldiers between them.",
      "Attacks in Kano and Damboa left more than 40 soldiers dead between them.",
    } do
      local r = run("Title: Weekly brief\nDate: 2020-03-26\n\nSUMMARY\n\n" .. line .. body)
      assert.equal(2, #r, line)
      assert.equal(25, helper.report_at(r, "Kano").killed_lo)
    end
  end)

  it("still reads a toll of one attack told with two attackers", function()
    local r = run("Date: 2020-03-26\n\nTwo gunmen killed 12 people at a market in Kano on "
      .. "Monday.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)

describe("extract: the day a span went on to", function()
  it("keeps a toll with the attack when its sentence dates an operation that went on", function()
    for _, tail in ipairs { "continued on Tuesday", "lasted until Tuesday", "ended on Tuesday" } do
      local r = run("Title: Weekly brief\nDate: 2024-01-31\n\nPAKISTAN\n\n"
        .. "- Mach (Balochistan), Monday night: fighters of the Baloch Liberation Army "
        .. "attacked security posts in Mach. The military said six people were killed; it "
        .. "said its troops killed 20 attackers in an operation that " .. tail .. ".\n",
        "2024-01-31")
      assert.equal(1, #r, tail)
      assert.equal(6, r[1].killed_lo, tail)
    end
  end)

  it("still dates an attack told on the day after 'on'", function()
    local r = run("Date: 2024-01-31\n\nGunmen attacked a police post in Mach on Tuesday, "
      .. "killing six officers.", "2024-01-31")
    assert.equal("2024-01-30", r[1].date)
  end)
end)

describe("extract: a gazetteer name that opens a longer local name", function()
  it("takes no town from the first word of a quarter's name", function()
    local r = run("Date: 2019-06-28\n\nA bomb exploded in the Bab Bnet area of Tunis on "
      .. "Thursday, wounding four police officers.", "2019-06-28")
    assert.equal(1, #r)
    assert.equal("Tunis", r[1].place)
  end)

  it("keeps the town before a facility's area or a bare district", function()
    for _, line in ipairs {
      "A bomb exploded near the Kabul Airport area on Thursday, wounding four people.",
      "A bomb exploded in Kabul's Shar-e Naw district on Thursday, wounding four people.",
    } do
      local r = run("Date: 2019-06-28\n\n" .. line, "2019-06-28")
      assert.equal("Kabul", r[1].place, line)
    end
  end)
end)

describe("extract: a headline's city and the lead's wide province", function()
  it("makes one report of a bus bomb told at Zahedan and in its province", function()
    local r = run("Title: Toll of Zahedan bus bombing rises to 27\nDate: 2019-02-14\n\n"
      .. "Toll of Zahedan bus bombing rises to 27\n\n"
      .. "ZAHEDAN, Feb. 14 - The toll of the terrorist attack on a bus carrying border "
      .. "guards in Sistan and Baluchestan province rose to 27, officials said on Thursday.\n",
      "2019-02-14")
    assert.equal(1, #r)
  end)

  it("still tells apart an attack in another province of the country", function()
    local r = run("Date: 2019-02-14\n\nA bomb killed 27 guards on a bus near Zahedan on "
      .. "Wednesday. On Thursday gunmen killed two police officers in Tehran.", "2019-02-14")
    assert.equal(2, #r)
  end)
end)

describe("dates: 'that morning' after the day a figure was revised", function()
  it("goes back past a day on which a speaker corrected a toll", function()
    local text = "Date: 2024-01-31\n\nOn Sunday, January 28, a drone struck a base, killing "
      .. "three soldiers. The army first said 34 were hurt; on Tuesday it corrected that "
      .. "figure to 40. A militia said it had attacked the base that morning."
    assert.equal("2024-01-28TMO", date_of(text, "that morning", "2024-01-31"))
  end)

  it("still counts from a day on which the event itself was told", function()
    local text = "Date: 2024-01-31\n\nOn Sunday, January 28, a drone struck a base. On "
      .. "Tuesday gunmen attacked a convoy. That morning the roads were closed."
    assert.equal("2024-01-30TMO", date_of(text, "That morning", "2024-01-31"))
  end)
end)
