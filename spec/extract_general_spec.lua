-- Specs of incidents.extract on general constructions of news copy, each
-- with several phrasings written for these specs and a near miss that must
-- not fire: homonymous places, spans counted from an event, districts named
-- after their towns, and more (one describe per class of fix).
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2024-05-20")

describe("extract: a place name several places bear", function()
  it("takes the one in the country the sentence names", function()
    local r = run("Insurgents overran the town of Palma, in the far north of Mozambique, "
      .. "on Wednesday, killing 12 people.")
    assert.equal(1, #r)
    assert.equal("MZ", r[1].country)
    r = run("Gunmen attacked a police station in Tripoli, in northern Lebanon, on Sunday, "
      .. "killing 3 officers.")
    assert.equal("LB", r[1].country)
  end)

  it("takes the one in the country the article names most", function()
    local r = run("MAPUTO - Mozambican troops said on Monday they were still fighting for "
      .. "the town.\n\nArmed men stormed Palma on Wednesday and killed 8 people at a bank. "
      .. "Mozambique's army said the insurgents came from three sides.")
    assert.equal(1, #r)
    assert.equal("MZ", r[1].country)
  end)

  it("keeps the most populous one when the text names no other country", function()
    local r = run("A man stabbed 4 tourists on a beach promenade in Palma on Saturday.")
    assert.equal(1, #r)
    assert.equal("ES", r[1].country)
    r = run("A car bomb exploded near a hotel in Tripoli on Sunday, killing 6 people.")
    assert.equal("LY", r[1].country)
  end)
end)

describe("extract: English names of cities", function()
  it("knows cities by the names English news gives them", function()
    for city, cc in pairs { Cologne = "DE", Antwerp = "BE", Gothenburg = "SE",
                            Geneva = "CH", Seville = "ES", ["New York"] = "US" } do
      local r = run("A man attacked passers-by with a knife in " .. city
        .. " on Friday, wounding 3 people.")
      assert.equal(1, #r, city)
      assert.equal(cc, r[1].country, city)
    end
  end)

  it("does not take the word cologne in lower case for the city", function()
    local r = run("A man stabbed 2 shop workers on Friday after stealing a bottle of cologne, "
      .. "police in Leeds said.")
    assert.equal(1, #r)
    assert.equal("GB", r[1].country)
  end)
end)

describe("extract: a span counted on from an event", function()
  local lead = "Gunmen attacked a bus near Katra on Sunday evening, killing 9 people. "
  it("dates 'N days later, on Tuesday' in the past, two days after the lead", function()
    for _, second in ipairs {
      "Two days later, on Tuesday evening, militants fired at houses in Kathua district.",
      "A few hours later, militants fired at houses in Kathua district, police said.",
      "Days later, on Tuesday, militants fired at houses in Kathua district.",
    } do
      local r = run(lead .. second, "2024-06-12")
      assert.equal(2, #r, second)
      assert.truthy(r[2].date_lo <= "2024-06-12", second)
    end
  end)

  it("still reads a bare 'later' as the future", function()
    local dates = require "incidents.grammar.dates"
    for _, t in ipairs { "the minister spoke to reporters and is to visit later on tuesday",
                         "officials said they would meet the families later on tuesday" } do
      local s = t:find("tuesday", 1, true)
      assert.equal("future", (dates.guess_tense(t, s, s + 6)), t)
    end
    local t = "two days later, on tuesday, militants fired at houses"
    local s = t:find("tuesday", 1, true)
    assert.equal("past", (dates.guess_tense(t, s, s + 6)))
  end)
end)

describe("extract: districts named after their towns", function()
  it("keeps 'in Doda district' apart from the town told before", function()
    local r = run("Militants fired at houses in a village of Kathua district on Tuesday "
      .. "evening, killing 2 people.\n\nLate on Tuesday, militants also fired on an army "
      .. "checkpoint in Doda district, wounding six soldiers.", "2024-06-12")
    assert.equal(2, #r)
    assert.equal("Kathua", r[1].place)
    assert.equal("Doda", r[2].place)
    assert.equal(6, r[2].wounded_lo)
  end)

  it("still reads 'the X district' as a part of the city told before", function()
    local r = run("A bomb exploded at a market in Kabul on Friday, killing 7 people. "
      .. "A second bomb went off an hour later in the Shindand district, police said.")
    assert.truthy(#r >= 1)
    for _, x in ipairs(r) do assert.equal("Kabul", x.place) end
  end)
end)

describe("extract: a country that qualifies an actor", function()
  it("does not place an event in the country an actor is based in or backed by", function()
    for _, t in ipairs {
      "Police suspected militants of the Pakistan-based Lashkar-e-Taiba.",
      "Officials blamed an Iran-backed militia.",
      "The gunmen belonged to a Syria-based cell, police said.",
    } do
      local r = run("Gunmen opened fire on a bus near the village of Teryath on Sunday, "
        .. "killing 9 people. " .. t)
      assert.equal(1, #r, t)
      assert.is_nil(r[1].country, t)
    end
  end)

  it("still takes a country named after 'in' for the place", function()
    local r = run("Gunmen opened fire on a bus near the village of Teryath in Pakistan on "
      .. "Sunday, killing 9 people. Officials blamed a Kabul-based cell.")
    assert.equal("PK", r[1].country)
  end)
end)

describe("casualties: victims told by name or by role", function()
  local casualties = require "incidents.grammar.casualties"
  local function killed(t)
    for _, r in ipairs(casualties.scan(t)) do
      if r.kind == "killed" and not r.partial and not r.perpetrators then return r.lo, r.hi end
    end
  end

  it("counts a person named before 'was' and a verb of killing as one", function()
    for _, t in ipairs {
      "Opposition lawmaker Maria Elena Duarte was assassinated outside her home.",
      "The district chief, Hamid Rahimi, was shot dead at a checkpoint.",
      "Judge Oliver Mensah was gunned down as he left the court.",
      "Police said Abdul Qadir Noori was killed when the bomb went off.",
    } do
      assert.same({ 1, 1 }, { killed(t) }, t)
    end
  end)

  it("counts no one for a name that is not the victim's, or a lone word", function()
    for _, t in ipairs {
      "On Monday police said the attack was planned abroad.",
      "Karachi was shaken by the blast on Monday.",
      "Ahmed was questioned by police.",
      "The Pentagon said the group's leader al-Baghdadi was killed in a raid.",
    } do
      assert.is_nil((killed(t)), t)
    end
  end)

  it("counts 'the mayor', 'the civilian driver' as one person", function()
    assert.same({ 1, 1 }, { killed("The mayor was killed in the ambush.") })
    assert.same({ 11, 11 }, { killed("Ten soldiers and the civilian driver lost their lives.") })
    assert.same({ 4, 4 }, { killed("The blast killed three tourists and their guide.") })
    local r = casualties.scan("Some 40 guests, the hotel said, were hurt.")[1]
    assert.same({ "wounded", 40, 40 }, { r.kind, r.lo, r.hi })
  end)

  it("leaves the attackers of a list of dead out of the toll", function()
    assert.same({ 4, 4 }, { killed("Four civilians and the four attackers died.") })
    assert.same({ 3, 3 }, { killed("Two gunmen, two guards and a cook were killed.") })
  end)

  it("reads 'the number of hostages who lost their lives was put at 26'", function()
    assert.same({ 26, 26 }, { killed("The number of hostages who lost their lives in the "
      .. "siege has been put at 26.") })
    assert.same({ 9, 9 }, { killed("The number of people who died stood at 9 on Monday.") })
  end)
end)

describe("extract: live pages stamped with weekdays", function()
  local page = "Live coverage\n\nSaturday 10:05 EDT\nPolice in Buffalo say an active shooter "
    .. "opened fire at a supermarket on the city's east side.\n\nSaturday 11:40 EDT\nThe "
    .. "mayor asks residents to stay away.\n\nSaturday 14:00 EDT\nOfficials say 10 people "
    .. "were killed.\n\nSunday 09:15 EDT\nA vigil is planned for the evening.\n\nSunday "
    .. "12:30 EDT\nHospital staff say they are treating the wounded from the shooting.\n"
  it("dates the lead event by the first entry's weekday, counted back from the page", function()
    local r = run(page, "2022-05-15")
    assert.equal(1, #r)
    assert.equal("2022-05-14", r[1].date)
    assert.equal("Buffalo", r[1].place)
    assert.equal(10, r[1].killed_lo)
  end)

  it("does not date by weekdays that stamp no entries", function()
    local r = run("Police in Buffalo said a gunman opened fire at a supermarket, killing 10 "
      .. "people.\n\nThe store will reopen on Saturday, the owner said.", "2022-05-15")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
  end)
end)

describe("extract: a capitalised 'District of' is a name", function()
  it("places no event in 'the Western District of Texas'", function()
    local r = run("A gunman opened fire at a supermarket in El Paso on Saturday, killing 3 "
      .. "people. Prosecutors for the Western District of Texas said they were treating the "
      .. "shooting as terrorism.")
    assert.equal(1, #r)
    assert.equal("El Paso", r[1].place)
  end)

  it("still takes 'the district of X' in running text", function()
    local r = run("Gunmen killed 7 people in the district of Ruhanga on Monday, officials "
      .. "in Uganda said.")
    assert.equal("Ruhanga", r[1].place)
  end)
end)

describe("extract: where an attack came from, and yardsticks", function()
  it("does not place an attack where its rocket was fired from", function()
    for _, t in ipairs {
      "A rocket fired from Lebanon hit a school in Kiryat Shmona in Israel on Sunday, "
        .. "killing 2 people.",
      "A drone launched from Yemen struck a building in Eilat in Israel on Sunday, "
        .. "killing 2 people.",
    } do
      local r = run(t)
      assert.equal(1, #r, t)
      assert.equal("IL", r[1].country, t)
    end
  end)

  it("makes no event of the war a comparison counts from", function()
    local r = run("A bomb killed 6 people at a bus stop in Jerusalem on Sunday, the deadliest "
      .. "attack in the city since the war in Gaza began.")
    assert.equal(1, #r)
    assert.equal("Jerusalem", r[1].place)
  end)
end)

describe("extract: headlines and leads", function()
  it("tells a headline and its lead's indefinite event as one", function()
    local r = run("Bomb at wedding hall kills 14 guests\n\nA bomb exploded at a crowded "
      .. "wedding hall in Kunduz on Saturday night, killing 14 guests, police said.")
    assert.equal(1, #r)
    assert.equal("Kunduz", r[1].place)
    assert.equal(14, r[1].killed_lo)
  end)

  it("keeps a second indefinite event after a sentence of the body apart", function()
    local r = run("A bomb exploded at a wedding hall in Kunduz on Saturday, killing 14 "
      .. "guests. A bomb exploded at a market in Herat on Sunday, killing 3 people.")
    assert.equal(2, #r)
  end)
end)

describe("extract: names of places told with their region", function()
  it("reads a capitalised compound adjective before a place as no first name", function()
    local r = run("A car bomb exploded near a school in the Kurdish-held town of Kobani in Syria "
      .. "on Sunday, killing 4 pupils.")
    assert.equal("Kobani", r[1].place)
    r = run("A rocket hit a farm in the Druze village of Buq'ata in the Israeli-controlled "
      .. "Golan Heights on Sunday, killing 2 farmers.")
    assert.equal("IL", r[1].country)
  end)
end)

describe("article: page dates", function()
  local article = require "incidents.article"
  it("finds 'Date:' on a navigation line above the body", function()
    local a = article.from_text("Home > World\n\nBlast kills 5\n\nUpdated 2 hours ago | "
      .. "Date: 2024-07-28\n\nA bomb exploded on Saturday.")
    assert.equal("2024-07-28", a.published)
    assert.is_false(a.published_inferred)
  end)

  it("reads a numeric date the way the body writes its dates", function()
    local a = article.from_text("Title: X\nDate: 07/09/2015\n\nHe died on 8 August and "
      .. "the house burned on 31 July.")
    assert.equal("2015-09-07", a.published)
    a = article.from_text("Title: X\nDate: 07/09/2015\n\nHe died on August 8 and the house "
      .. "burned on July 31.")
    assert.equal("2015-07-09", a.published)
    a = article.from_text("Title: X\nDate: 25/09/2015\n\nNothing else.")
    assert.equal("2015-09-25", a.published)
  end)
end)

describe("extract: datelines under section lines and headlines", function()
  it("finds the dateline past a section line and a byline, and 'this beach' is its city", function()
    local r = run("Travel | 4 min read\n\nBy Ana Costa\n\nSOUSSE - Tourists are back on the "
      .. "sand. In 2015 a gunman walked along this beach shooting holidaymakers, killing 38 "
      .. "people.")
    assert.equal(1, #r)
    assert.equal("Sousse", r[1].place)
  end)

  it("reads a headline's place above a dateline", function()
    local r = run("Bomber hits embassy in Kabul\n\nKABUL, Sept 5 (Reuters) - A suicide bomber "
      .. "set off explosives near an embassy in the Afghan capital on Monday, killing two "
      .. "guards.", "2022-09-05")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
  end)

  it("reads 'here' only as a place, not in 'here is'", function()
    local r = run("MOPTI - Here is what we know. Gunmen attacked a bus on Friday, killing 5 "
      .. "passengers, police said.")
    assert.equal(1, #r)
  end)
end)

describe("extract: the attackers' end told after the attack", function()
  it("keeps an attack whose gunmen were then shot dead by police", function()
    for _, t in ipairs {
      "In March two gunmen attacked a museum in Tunis, killing 22 people, before they were "
        .. "shot dead by police.",
      "A gunman opened fire in a bar in Tunis, killing 3 people, until he was shot dead by "
        .. "police.",
    } do
      local r = run(t)
      assert.equal(1, #r, t)
    end
  end)

  it("still drops a man shot dead by police with no attack of his", function()
    local r = run("A suspect was shot dead by police in Tunis on Sunday.")
    assert.equal(0, #r)
  end)
end)

describe("extract: the year of a story told in the past", function()
  it("dates a day that would fall after the article in the year the story told", function()
    local r = run("Tour operators dropped the coast in 2015.\n\nThat was the year the "
      .. "industry nearly died. On 26 June, a student walked along a beach in Sousse "
      .. "shooting tourists, killing 38 people.", "2019-06-24")
    assert.equal("2015-06-26", r[1].date)
  end)

  it("keeps the article's year for a day before the article", function()
    local r = run("Putin thanked him in 2019.\n\nOn March 8 gunmen attacked a hall in "
      .. "Moscow, killing 5 people.", "2024-03-25")
    assert.equal("2024-03-08", r[1].date)
  end)
end)

describe("extract: an event after a semicolon", function()
  it("tells a clause with its own date, place and toll as its own event", function()
    local r = run("In December a roadside bomb hit a tourist bus near Giza, killing four "
      .. "tourists; in July 2017, a man with a knife killed two German women on a beach in "
      .. "Hurghada.", "2019-06-24")
    assert.equal(2, #r)
    assert.equal(4, r[1].killed_lo)
    assert.equal("Hurghada", r[2].place)
    assert.equal("2017-07", r[2].date)
    assert.equal(2, r[2].killed_lo)
  end)

  it("keeps one event when the clause after the semicolon has no date", function()
    local r = run("A roadside bomb hit a tourist bus near Giza on Friday, killing four "
      .. "tourists; two others were hurt.")
    assert.equal(1, #r)
  end)
end)

describe("extract: plural instruments of one attack", function()
  it("keeps 'armed drones have struck a ceremony' as one event", function()
    for _, t in ipairs {
      "Armed drones have struck a graduation ceremony at the military academy in Homs.",
      "Two bombs exploded at a bus station in Kaduna, police said.",
      "Rockets slammed into a market in Sderot, police said.",
    } do
      local r = run(t)
      assert.equal(1, #r, t)
    end
  end)

  it("still leaves plural attacks told in passing out", function()
    local r = run("Drone attacks on army posts in the region have become common.")
    assert.equal(0, #r)
  end)
end)

describe("extract: the capital, tolls over counted things, far places", function()
  it("reads 'in the capital' as the capital of the dateline's country", function()
    local r = run("SANAA, March 21 (Agency) - Two suicide bombers struck a mosque in the "
      .. "capital yesterday, killing 40 worshippers.", "2015-03-21")
    assert.equal(1, #r)
    assert.equal("Sanaa", r[1].place)
    r = run("Gunmen attacked a hotel in the capital, Mogadishu, on Friday, killing 9 people.")
    assert.equal("Mogadishu", r[1].place)
  end)

  it("reads a toll whose gap counts things, not people", function()
    local casualties = require "incidents.grammar.casualties"
    local r = casualties.scan("The number of martyrs of the bombings that struck two "
      .. "mosques during prayers has risen to 142.")[1]
    assert.same({ "killed", 142, 142 }, { r.kind, r.lo, r.hi })
    r = casualties.scan("The death toll from the two blasts rose to 30.")[1]
    assert.same({ "killed", 30 }, { r.kind, r.lo })
    -- a count of people in the gap is still no toll of the verb after it
    local list = casualties.scan("The number of dead among the 12 soldiers rose.")
    for _, x in ipairs(list) do assert.is_not.equal(12, x.lo) end
  end)

  it("does not place a definite mention where a later clause's people are", function()
    local r = run("A car bomb exploded at a police academy in Bogota on Thursday, killing 21 "
      .. "cadets. The president, who called the attack a demented act, asked Cuba to hand "
      .. "over the rebel negotiators, who are still in Havana.")
    assert.equal(1, #r)
    assert.equal("CO", r[1].country)
  end)
end)

describe("extract: reference points and compared events", function()
  it("does not place an event at a distance's reference point", function()
    for _, t in ipairs {
      "Militants attacked a shrine near Balad, about 80 kilometres north of Baghdad, "
        .. "killing 35 people.",
      "Gunmen attacked a village near Balad, 50 km north of Baghdad, killing 7 people.",
    } do
      local r = run(t)
      assert.equal("Balad", r[1].place, t)
    end
  end)

  it("makes 'a smaller bomb' in the same city an event of its own", function()
    local r = run("A truck bomb killed 292 people in Baghdad's Karrada district on Sunday. "
      .. "The same night, a smaller bomb exploded in a market in the north of Baghdad, "
      .. "wounding 20 people.")
    assert.equal(2, #r)
    r = run("A truck bomb killed 29 people in Baghdad on Sunday. The bomb exploded in a "
      .. "market in the north of Baghdad.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a scene set by the sentence before", function()
  it("dates and places an event by the sentence before that tells no event", function()
    local r = run("On Saturday the 24th of August, the people of Barsalogho were digging a "
      .. "trench around their town. Men and boys were in the ditch when fighters arrived on "
      .. "motorbikes and opened fire.", "2024-09-12")
    assert.equal(1, #r)
    assert.equal("2024-08-24", r[1].date)
    assert.equal("Barsalogho", r[1].place)
    r = run("On Friday the market in Kano was crowded with shoppers. Then gunmen opened fire.",
      "2024-05-20")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
  end)

  it("makes no event from a scene with no day", function()
    local r = run("The people of Barsalogho dig trenches every year. Then fighters opened fire.")
    assert.equal(0, #r)
  end)
end)

describe("extract: figures of speech in market news", function()
  it("makes no event of 'under siege', 'a state of siege' or a storm in a crop report", function()
    for _, t in ipairs {
      "For a company that is supposed to be under siege, we are doing well, its chief said "
        .. "in New York on Monday.",
      "The minister said it would not be necessary to declare a state of siege in Cordoba "
        .. "on Monday.",
      "Rumors of a damaging storm in West Texas helped the New York cotton market rally on "
        .. "Monday.",
      "On Monday the Soviet Union carried out a nuclear test. Tass said the explosion was at "
        .. "0200 gmt.",
    } do
      assert.equal(0, #run(t), t)
    end
  end)

  it("still reads troops who storm a building", function()
    local r = run("Gunmen took 20 hostages in a hotel in Bamako on Friday. Special forces "
      .. "prepared to storm the building.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a definite count of the parts of an event", function()
  it("gives a claim for 'the two mosque bombings in the capital' to the event told", function()
    local r = run("SANAA, March 21 (Agency) - Suicide bombers struck two mosques in the capital "
      .. "yesterday, killing 142 people.\n\nIn Saada a fifth bomber was stopped at a mosque "
      .. "and blew himself up.\n\nA group calling itself Islamic State claimed responsibility "
      .. "for the two mosque bombings in the capital.", "2015-03-21")
    assert.equal("Sanaa", r[1].place)
    assert.is_true(r[1].claimed)
    assert.equal("Islamic State", r[1].perpetrator)
  end)

  it("still leaves plural attacks with no count out", function()
    local r = run("The group has claimed bombings in the capital for years.")
    assert.equal(0, #r)
  end)
end)

describe("extract: waves of attacks, spans of days, resorts", function()
  it("keeps the sites told after a wave of bombings as its parts", function()
    local r = run("A wave of small bombs went off in tourist towns across southern Thailand "
      .. "from Thursday night into Friday, killing four people, police said. The resort of "
      .. "Hua Hin was hit hardest: two devices exploded on Thursday, killing a woman. Other "
      .. "bombs exploded in Surat Thani, where one person was killed.", "2016-08-12")
    assert.equal(1, #r)
    assert.equal(4, r[1].killed_lo)
    assert.equal("2016-08-11", r[1].date)
    assert.equal("Hua Hin", r[1].place)
  end)

  it("keeps two attacks apart when the first is no wave", function()
    local r = run("A bomb went off in Yala on Thursday, killing four people. Another bomb "
      .. "exploded in Hat Yai on Friday, killing one person.", "2016-08-12")
    assert.equal(2, #r)
  end)

  it("dates 'from Thursday night into Friday' by its first day", function()
    local r = run("Gunmen attacked villages near Mopti from Saturday night into Sunday, "
      .. "killing 20 people.")
    assert.equal("2024-05-18", r[1].date)
  end)
end)

describe("extract: the news a story opens with", function()
  local story = "ISLAMABAD, March 14 (Agency) - The number of hostages who lost their lives "
    .. "in the seizure of a passenger train in Balochistan province has been put at 26, the "
    .. "army said on Friday.\n\nThe train, which runs from Quetta to Peshawar, was carrying "
    .. "440 passengers when armed men blew up the track on Tuesday and opened fire on the "
    .. "engine.\n\nIn August last year, BLA fighters carried out coordinated assaults on "
    .. "police stations across Balochistan, killing dozens of people.\n\nThe prime minister "
    .. "said the state would not negotiate with those who take travellers hostage."
  it("dates the lead by a day of this week told next, and keeps an old event apart", function()
    local r = run(story, "2025-03-14")
    assert.equal(2, #r)
    assert.equal("2025-03-11", r[1].date)
    assert.equal(26, r[1].killed_lo)
    assert.equal("2024-08", r[2].date)
  end)

  it("does not place the event at the ends of a route", function()
    local r = run(story, "2025-03-14")
    assert.is_not.equal("Peshawar", r[1].place)
    assert.is_not.equal("Quetta", r[1].place)
  end)

  it("makes no event of 'those who take travellers hostage'", function()
    assert.equal(0, #run("The minister said he would never talk to those who take "
      .. "travellers hostage."))
  end)
end)

describe("extract: days of statements and holidays of one country", function()
  it("does not date an event by the day its toll rose", function()
    local r = run("The death toll from the arson attack on a casino in Monterrey rose to 52 on "
      .. "Friday. Armed men had set the gaming rooms alight on Thursday afternoon.",
      "2011-08-27")
    assert.equal(1, #r)
    assert.equal("2011-08-25", r[1].date)
  end)

  it("keeps the day of an event whose toll is told with it", function()
    local r = run("A bomb killed 12 people at a market in Kano on Friday.", "2011-08-27")
    assert.equal("2011-08-26", r[1].date)
  end)

  it("reads no day into 'Independence Day', which each country keeps on its own", function()
    local dates = require "incidents.grammar.dates"
    for _, x in ipairs(dates.scan("A grenade attack on Independence Day revellers in Morelia.",
      { dct = "2011-08-27" })) do
      assert.is_not.equal("2011-07-04", x.value)
    end
  end)

  it("takes a date after 'since' a dozen words back for a reference point", function()
    local r = run("The fire was the deadliest attack on civilians in Monterrey since the "
      .. "government sent the army against the cartels in late 2006, officials said on "
      .. "Friday, after gunmen set a casino alight, killing 52 people.", "2011-08-27")
    assert.is_not.equal("2006", r[1].date)
  end)
end)

describe("extract: the day an event began", function()
  it("dates a siege ended on Saturday by 'the assault began on Friday evening'", function()
    local r = run("KISMAYO, July 13 (Wire) - Special forces ended a siege at a hotel in "
      .. "Kismayo on Saturday after militants took guests hostage, killing 26 people.\n\n"
      .. "The assault began on Friday evening, when a suicide bomber drove a car bomb into "
      .. "the gate of the hotel.", "2019-07-13")
    assert.equal(1, #r)
    assert.equal("2019-07-12", r[1].date)
  end)

  it("keeps an indefinite attack that began days before apart", function()
    local r = run("Special forces ended a siege at a hotel in Kismayo on Saturday, killing 26 "
      .. "people. A separate assault began on Monday at a camp in Baidoa, killing 3 people.",
      "2019-07-13")
    assert.equal(2, #r)
  end)
end)

describe("extract: spans counted from a year, unspecified weekdays", function()
  it("counts 'a year later' from the year just told", function()
    local r = run("The cell attacked a hotel in Jakarta in 2003. The embassy was hit a year "
      .. "later, when a car bomb outside the gates killed nine people.", "2024-07-05")
    local found = false
    for _, x in ipairs(r) do if x.date == "2004" then found = true end end
    assert.is_true(found)
  end)

  it("reads 'one Sunday morning in May 2018' as May 2018", function()
    local r = run("A family blew themselves up at three churches in Surabaya one Sunday "
      .. "morning in May 2018, killing at least a dozen worshippers.", "2024-07-05")
    assert.equal("2018-05", r[1].date)
  end)

  it("keeps 'the Bali bombings of October 2002, when explosions in Kuta killed 202' one", function()
    local r = run("The group is known for the Bali bombings of October 2002, when explosions "
      .. "at two nightclubs in Kuta killed 202 people.", "2024-07-05")
    assert.equal(1, #r)
    assert.equal("ID", r[1].country)
    assert.equal("2002-10", r[1].date)
  end)
end)

describe("extract: a toll dealt with a weapon, bomb disposal", function()
  it("makes 'wounded five people with an axe' an event beside the next clause's", function()
    local r = run("In July a teenager wounded five people with an axe on a train near "
      .. "Wuerzburg and a Syrian man blew himself up outside a festival in Ansbach, injuring "
      .. "15.", "2016-10-10")
    assert.equal(2, #r)
    assert.equal("Wuerzburg", r[1].place)
    assert.equal("armed_assault", r[1].attack_type)
    assert.equal("Ansbach", r[2].place)
    assert.equal("bombing", r[2].attack_type)
  end)

  it("makes no event of a controlled detonation", function()
    assert.equal(0, #run("Specialists carried out a controlled detonation of the explosives "
      .. "in Chemnitz on Saturday evening."))
  end)
end)

describe("extract: a person's name that is also a town", function()
  it("reads a family name told in full before, or with an age, as a person", function()
    local r = run("Presidential candidate Fernando Villavicencio was assassinated in Quito on "
      .. "Wednesday. Villavicencio, 59, was shot as he got into a car. A gang calling itself "
      .. "Los Lobos claimed the killing.", "2023-08-10")
    assert.equal(1, #r)
    assert.equal("Quito", r[1].place)
  end)

  it("still takes the town where no person of that name was told", function()
    local r = run("A car bomb exploded in Villavicencio on Wednesday, killing 3 people.",
      "2023-08-10")
    assert.equal("Villavicencio", r[1].place)
    assert.equal("CO", r[1].country)
  end)
end)

describe("extract: a day inside the month told", function()
  it("tells the event of 'in July' more precisely by 'on 31 July'", function()
    local r = run("Her son was burned to death when their home in the village of Duma was set "
      .. "on fire in July. The house was set alight in the small hours of 31 July by "
      .. "assailants who threw firebombs.", "2015-09-07")
    assert.equal(1, #r)
    assert.equal("2015-07-31", r[1].date)
  end)

  it("keeps a day with its own place in the month apart", function()
    local r = run("Gunmen attacked a village near Mopti in July, killing 5 people. On 31 July "
      .. "a bomb exploded at a market in Kano, killing 3 people.", "2015-09-07")
    assert.equal(2, #r)
  end)
end)

describe("extract: a claim of both events", function()
  it("gives 'IS claimed both' and 'Nobody claimed either attack' to two events", function()
    local r = run("In March two gunmen attacked a museum in Tunis, killing 22 people. In June "
      .. "a student shot dead 38 tourists on a beach in Sousse. Islamic State claimed both.",
      "2019-06-24")
    assert.equal(2, #r)
    assert.is_true(r[1].claimed)
    assert.is_true(r[2].claimed)
    r = run("In December a roadside bomb hit a tourist bus near Giza, killing four tourists. "
      .. "In July a man with a knife killed two women on a beach in Hurghada. Nobody claimed "
      .. "either attack.", "2019-06-24")
    assert.equal(2, #r)
    assert.is_false(r[1].claimed)
    assert.is_false(r[2].claimed)
  end)

  it("gives a claim of one event to that event only", function()
    local r = run("In March two gunmen attacked a museum in Tunis, killing 22 people. In June "
      .. "a student shot dead 38 tourists on a beach in Sousse. Islamic State claimed the "
      .. "beach attack.", "2019-06-24")
    assert.is_nil(r[1].claimed)
    assert.is_true(r[2].claimed)
  end)
end)

describe("extract: buildings named after saints", function()
  it("does not take 'St George's Church' for the town of St George's", function()
    local r = run("On Palm Sunday in April 2017, bombers hit St George's Church in Tanta, "
      .. "killing 28 people.", "2017-12-30")
    assert.equal(1, #r)
    assert.equal("Tanta", r[1].place)
    assert.equal("EG", r[1].country)
  end)

  it("still takes a town whose possessive names its own building", function()
    local r = run("A bomb exploded near Kabul's main mosque on Friday, killing 5 people.")
    assert.equal("Kabul", r[1].place)
  end)
end)

describe("extract: the sequel of an event", function()
  it("gives 'in the gunfight that followed' and its days to the event just told", function()
    local r = run("On Tuesday evening militants fired at houses in a village of Kathua "
      .. "district. In the gunfight that followed, which went on into Wednesday morning, "
      .. "a trooper was killed.", "2024-06-12")
    assert.equal(1, #r)
    assert.equal("2024-06-11", r[1].date)
  end)

  it("keeps a new event after the sequel's sentence apart", function()
    local r = run("On Tuesday evening militants fired at houses in Kathua district. In the "
      .. "gunfight that followed a trooper was killed. On Wednesday a bomb exploded at a "
      .. "market in Jammu, killing 2 people.", "2024-06-12")
    assert.equal(2, #r)
  end)
end)

describe("extract: the country attackers came from", function()
  it("gives an unknown town the article's country, not the one raiders crossed from", function()
    local r = run("Schools in western Uganda's Kasese district are raising walls.\n\nIn June 2023 "
      .. "fighters crossed from Congo and attacked a school in Mpondwe, killing 42 people. "
      .. "Several girls were taken into Congo.", "2024-02-05")
    assert.equal("Mpondwe", r[1].place)
    assert.equal("UG", r[1].country)
  end)
end)

describe("extract: a province is never the scene over a town of the sentence in it", function()
  it("gives way to the town the sentence opens with, told by its province", function()
    local r = run("Biu, the main market town of southern Borno State, was in mourning on "
      .. "Friday after a bomber blew himself up at a crowded market, killing 21 people.")
    assert.equal(1, #r)
    assert.equal("Biu", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("gives way to the town near the scene, the province being a group's area", function()
    local r = run("Gunmen from a cell active across Borno State ambushed a convoy near Biu "
      .. "on Monday, killing nine soldiers.")
    assert.equal(1, #r)
    assert.equal("Biu", r[1].place)
  end)

  it("gives way to a town told after the event word", function()
    local r = run("Suicide bombers struck Borno State again on Friday, killing 21 people at "
      .. "the cattle market in Biu.")
    assert.equal(1, #r)
    assert.equal("Biu", r[1].place)
  end)

  it("gives way to a town when the province is told as owning it", function()
    local r = run("Borno State's second city was hit on Friday when a bomber killed 21 "
      .. "people at the cattle market in Biu.")
    assert.equal(1, #r)
    assert.equal("Biu", r[1].place)
  end)

  it("near miss: the town of those who speak is no scene", function()
    local r = run("Gunmen killed nine villagers in Borno State on Friday, police in "
      .. "Maiduguri said.")
    assert.equal(1, #r)
    assert.equal("Borno", r[1].place)
  end)

  it("near miss: a digest's dateline town is no scene", function()
    local r = run("MAIDUGURI, Nigeria - Gunmen killed nine villagers in Borno State on Friday.")
    assert.equal(1, #r)
    assert.equal("Borno", r[1].place)
  end)

  it("near miss: a town of another province is no part of it", function()
    local r = run("Gunmen killed nine villagers in Borno State on Friday, a resident who "
      .. "fled to Lagos said.")
    assert.equal(1, #r)
    assert.equal("Borno", r[1].place)
  end)
end)

describe("extract: an event word counted in times, however hedged, is a sum", function()
  it("'has been bombed more than a dozen times' is no incident", function()
    assert.equal(0, #run("The gas pipeline near Maiduguri has been bombed more than a dozen "
      .. "times since February, officials said."))
  end)

  it("'have been attacked at least 15 times' is no incident", function()
    assert.equal(0, #run("Police posts along the Biu highway have been attacked at least 15 "
      .. "times since January, killing 40 officers."))
  end)

  it("'has been raided nearly twenty times' is no incident", function()
    assert.equal(0, #run("A checkpoint outside Biu has been raided nearly twenty times since "
      .. "2019, residents said."))
  end)

  it("near miss: a man shot three times is one event", function()
    local r = run("A shopkeeper was shot three times outside his home in Maiduguri on "
      .. "Friday and died in hospital.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a court's act gives no day or town to the attack it is about", function()
  it("a parole refused on a weekday, filed from the court's town", function()
    local r = run("BERGEN, Norway (Wire) - A court on Tuesday rejected a parole request by "
      .. "Lars Dahl, the gunman who killed 12 people in a shooting at a youth camp near "
      .. "Stavanger in 2015.")
    assert.equal(1, #r)
    assert.equal("2015", r[1].date)
    assert.equal("Stavanger", r[1].place)
  end)

  it("life terms upheld, the event told by who the men are", function()
    local r = run("LYON, France (Wire) - Judges on Monday upheld the life terms of two men "
      .. "who shot dead nine people at a bus station in 2016, the court said.")
    assert.equal(1, #r)
    assert.equal("2016", r[1].date)
    assert.is_nil(r[1].place)
  end)

  it("release denied by a parole board", function()
    local r = run("The parole board on Friday denied release to a former militant who set off "
      .. "a car bomb outside a police station in Bilbao in 2009, killing two officers.")
    assert.equal(1, #r)
    assert.equal("2009", r[1].date)
  end)

  it("near miss: an attack told before a court's act keeps its own day", function()
    local r = run("Gunmen killed nine people at a market in Grenoble on 14 May. On Friday a "
      .. "court rejected an appeal by the town council against the closure of the market.")
    assert.equal(1, #r)
    assert.equal("2024-05-14", r[1].date)
    assert.equal("Grenoble", r[1].place)
  end)
end)

describe("extract: an arrest's or a charge's day, linked to the event by over/for", function()
  it("is not the day of the bombing the man was arrested over", function()
    local r = run("Prosecutors questioned a man arrested on 15 May over the bomb attack at a "
      .. "market in Biu on 2 May, in which a visitor from Maiduguri was killed.")
    assert.equal(1, #r)
    assert.equal("2024-05-02", r[1].date)
    assert.equal("Biu", r[1].place)
  end)

  it("is not the day of the shooting two men were detained for", function()
    local r = run("Police detained two brothers on 16 May for the shooting at a mosque in "
      .. "Grenoble on 3 May that killed four worshippers.")
    assert.equal(1, #r)
    assert.equal("2024-05-03", r[1].date)
  end)

  it("is not the day of the stabbing a teenager was charged over", function()
    local r = run("A teenager was charged on 13 May over the stabbing of a priest in Lyon "
      .. "on 9 May.")
    assert.equal(1, #r)
    assert.equal("2024-05-09", r[1].date)
  end)

  it("near miss: the arrest dates a plot it foiled", function()
    local r = run("Six men were arrested on 12 May over a plot to bomb a stadium in Lyon.")
    assert.equal(1, #r)
    assert.equal("2024-05-12", r[1].date)
  end)
end)

describe("extract: where a victim comes from is not the scene", function()
  it("a pilgrim from a town, among the dead of an unplaced bombing", function()
    local r = run("A pilgrim from Maiduguri was among three people killed when a bomb went "
      .. "off at a bus park on 2 May.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)
end)

describe("extract: the police as the subject of the only event verb is no incident", function()
  it("police of a town, past an aside on it, shooting a man dead", function()
    assert.equal(0, #run("On Thursday, police in Montfavet, on the outskirts of Avignon, shot "
      .. "dead a man who had threatened passers-by with a pistol."))
  end)

  it("police officers shooting and wounding a man", function()
    assert.equal(0, #run("Police officers shot and wounded a man waving a knife outside a "
      .. "railway station in Lyon on Friday."))
  end)

  it("policemen of a town shooting a driver at a checkpoint", function()
    assert.equal(0, #run("On 14 May policemen in Grenoble shot dead a driver who had refused "
      .. "to stop at a checkpoint."))
  end)

  it("near miss: the police ending an attack told in the sentence", function()
    local r = run("A man stabbed three shoppers in Lyon on 14 May before police shot him dead.")
    assert.equal(1, #r)
    assert.equal("Lyon", r[1].place)
  end)
end)

describe("extract: a mission that condemns 'what it called' an attack is a speaker", function()
  it("gives no second event at the embassy's town", function()
    local r = run("A man stabbed a guard at the French consulate in Jeddah on 14 May. The "
      .. "French embassy in Riyadh condemned what it called an attack on its staff.")
    assert.equal(1, #r)
    assert.equal("Jeddah", r[1].place)
  end)
end)

describe("extract: a roundup's week, any seven-day span in its top lines", function()
  local runp = helper.published_extract(pack, "2024-05-13")

  it("'Covering Monday 6 to Sunday 12 May' with no year dates its Monday", function()
    local r = runp("SAHEL WEEKLY | Covering Monday 6 to Sunday 12 May\n\n"
      .. "MOPTI: Gunmen killed seven herders near Mopti on Monday.")
    assert.equal(1, #r)
    assert.equal("2024-05-06", r[1].date)
  end)

  it("'Security digest, 6-12 May' dates its Monday", function()
    local r = runp("Security digest, 6-12 May\n\n"
      .. "MOPTI: Gunmen killed seven herders near Mopti on Monday.")
    assert.equal(1, #r)
    assert.equal("2024-05-06", r[1].date)
  end)

  it("a span in brackets with its year dates its Monday", function()
    local r = runp("The week in review (Monday 6 to Sunday 12 May 2024)\n\n"
      .. "MOPTI: Gunmen killed seven herders near Mopti on Monday.")
    assert.equal(1, #r)
    assert.equal("2024-05-06", r[1].date)
  end)

  it("near miss: an issue long after the span dates by its own day", function()
    local r = runp("SAHEL WEEKLY | Covering Monday 6 to Sunday 12 May\n\n"
      .. "MOPTI: Gunmen killed seven herders near Mopti on Monday.", "2024-05-22")
    assert.equal(1, #r)
    assert.equal("2024-05-20", r[1].date)
  end)
end)

describe("extract: a lede of several sentences sets the scene of its event", function()
  it("dates and places an event four sentences after its scene", function()
    local r = run("Ten years ago today, on the evening of 4 March 2014, the ferry Nordlys was "
      .. "moored at the quay in Mombasa. Passengers were queueing at the gangway. A man with "
      .. "a heavy bag walked up and asked for the captain. Then the bag exploded.",
      "2024-03-04")
    assert.equal(1, #r)
    assert.equal("2014-03-04", r[1].date)
    assert.equal("Mombasa", r[1].place)
  end)

  it("keeps the scene over three quiet sentences in other words", function()
    local r = run("On 9 July 2016 the main square of Kano was full of traders. Children "
      .. "sold water between the stalls. Nobody looked twice at the parked van. Minutes "
      .. "later the van exploded, and 14 people were killed.", "2024-05-20")
    assert.equal(1, #r)
    assert.equal("2016-07-09", r[1].date)
    assert.equal("Kano", r[1].place)
    assert.equal(14, r[1].killed_lo)
    r = run("It was the night of 2 November 2019 in Kabul. The wedding hall was crowded. "
      .. "Music was playing. Guests were dancing. Then a gunman opened fire.", "2024-05-20")
    assert.equal(1, #r)
    assert.equal("2019-11-02", r[1].date)
    assert.equal("Kabul", r[1].place)
  end)

  it("near miss: a scene in another paragraph sets none", function()
    local r = run("On 9 July 2016 the main square of Kano was full of traders.\n\n"
      .. "Children sold water between the stalls. Nobody looked twice at the parked van. "
      .. "Then the van exploded.", "2024-05-20")
    assert.equal(0, #r)
  end)
end)

describe("extract: a claim of the event told, however the group owned it", function()
  local lead = "On 3 May 2019 a bomb killed ten people at a market in Kano. "

  it("takes 'claimed it' with how or as whose", function()
    for _, tail in ipairs { "Boko Haram later claimed it openly.",
                            "Boko Haram claimed it as one of its operations.",
                            "Boko Haram claimed it officially in a video." } do
      local r = run(lead .. tail)
      assert.equal(1, #r, tail)
      assert.is_true(r[1].claimed, tail)
      assert.equal("Boko Haram", r[1].perpetrator, tail)
    end
  end)

  it("near miss: an official who claims it as a victory claims no attack", function()
    local r = run(lead .. "The governor claimed it as a victory for the police.")
    assert.equal(1, #r)
    assert.is_nil(r[1].claimed)
  end)
end)

describe("extract: a craft made a bomb is an attacker's, not a navy's", function()
  it("keeps a boat laden with explosives against a ship as an attack", function()
    for _, s in ipairs {
      "On 6 May 2019 a skiff filled with explosives rammed an oil tanker off the coast near "
        .. "Mukalla, killing two sailors.",
      "On 6 May 2019 an explosives-laden speedboat hit a frigate off Mocha, killing three "
        .. "sailors.",
      "On 6 May 2019 a fishing boat loaded with explosives blew up beside a navy destroyer in "
        .. "the port of Aden, killing four sailors." } do
      local r = run(s)
      assert.equal(1, #r, s)
      assert.equal("bombing", r[1].attack_type, s)
      assert.equal("2019-05-06", r[1].date, s)
    end
  end)

  it("near miss: a missile that strikes a tanker is still a state's", function()
    local r = run("On 6 May 2019 a missile struck an oil tanker off the coast near Mukalla, "
      .. "killing two sailors.")
    assert.equal(0, #r)
  end)
end)

describe("extract: a morning event after the day of mourning is that day's", function()
  it("dates the event by the day of the clause when it is told in the morning", function()
    for _, s in ipairs {
      "Mubi was thrown into mourning on Tuesday after a suicide bomber detonated explosives "
        .. "inside a mosque during the dawn prayer, killing 50 worshippers.",
      "The village of Dalori was in shock on Tuesday after gunmen stormed it at first light, "
        .. "killing 12 people.",
      "Kano was grieving on Tuesday after a bomb exploded at a bus station shortly before "
        .. "7am, killing 9 people." } do
      local r = run(s, "2017-11-22")
      assert.equal(1, #r, s)
      assert.equal("2017-11-21", r[1].date, s)
    end
  end)

  it("near miss: with no time of the morning the day stays the mourning's", function()
    local r = run("Kano was grieving on Tuesday after a bomb exploded at a bus station, "
      .. "killing 9 people.", "2017-11-22")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
  end)
end)

describe("extract: the men of an event told, named with 'the', make no new event", function()
  local lead = "On 27 October 1999 five armed men stormed the parliament in Yerevan and "
    .. "opened fire, killing 8 people. "

  it("gives a day with 'the gunmen' and no act of theirs to no event", function()
    for _, tail in ipairs {
      "\"Today the gunmen got what they deserved,\" a widow said.",
      "On Tuesday the attackers heard the verdict in silence.",
      "Yesterday those gunmen were moved to a high-security prison." } do
      local r = run(lead .. tail, "2003-12-03")
      assert.equal(1, #r, tail)
      assert.equal("1999-10-27", r[1].date, tail)
    end
  end)

  it("near miss: the gunmen's own act on a new day is a new event", function()
    local r = run(lead .. "On Tuesday the gunmen opened fire on a bus in Gyumri, killing "
      .. "3 people.", "2003-12-03")
    assert.equal(2, #r)
  end)
end)

describe("extract: suspicion that fell on a group, however soon", function()
  local lead = "On Tuesday a suicide bomber blew himself up in a mosque in Mubi, killing 50 "
    .. "worshippers. No group has claimed the attack, but "

  it("takes the group suspicion fell on with an adverb of time", function()
    for _, tail in ipairs { "suspicion fell immediately on Boko Haram.",
                            "suspicion quickly fell on Boko Haram.",
                            "suspicion has swiftly fallen on Boko Haram." } do
      local r = run(lead .. tail, "2017-11-22")
      assert.equal(1, #r, tail)
      assert.equal("Boko Haram", r[1].perpetrator, tail)
    end
  end)

  it("near miss: suspicion that fell on a person names no group", function()
    local r = run(lead .. "suspicion fell immediately on a driver seen near the mosque.",
      "2017-11-22")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)
end)

describe("extract: a roundup's dated item at a town near another is its own event", function()
  local runp = helper.published_extract(pack, "2024-05-13")
  local head = "SECURITY WEEK | Covering Monday 6 to Sunday 12 May\n\n"

  it("keeps two near towns apart when the later item has a day the other lacks", function()
    for _, pr in ipairs { { "Gwoza", "Bama" }, { "Peshawar", "Nowshera" },
                          { "Jos", "Bukuru" } } do
      local r = runp(head .. "ONE: Women abducted near " .. pr[1] .. "\n\n"
        .. "Gunmen took away 20 women from a village near " .. pr[1] .. ", elders said.\n\n"
        .. "TWO: Church attacked near " .. pr[2] .. " (Sunday)\n\n"
        .. "Gunmen opened fire on worshippers at a church near " .. pr[2]
        .. " during Sunday service, residents said.")
      assert.equal(2, #r, pr[2])
      assert.equal("2024-05-12", helper.report_at(r, pr[2]).date, pr[2])
    end
  end)

  it("near miss: an undated later mention near a town told recalls its event", function()
    local r = runp(head .. "ONE: Women abducted near Gwoza\n\n"
      .. "Gunmen took away 20 women from a village near Gwoza, elders said.\n\n"
      .. "ANALYSIS\n\nThe abduction near Bama shows the insurgents are back.")
    assert.equal(1, #r)
  end)
end)
