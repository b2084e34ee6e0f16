-- Specs of incidents.extract on how pages other than news reports are
-- built and written (encyclopedia pages, statements, transcripts, columns,
-- NGO reports), each class with several phrasings written for these specs
-- and a near miss that must not fire.
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2022-11-23")

describe("extract: a feast named after a word a town bears", function()
  it("is a day, not the place, and the town after it is the scene", function()
    local r = run("On the Fourth of July this year, a gunman fired from a rooftop on the "
      .. "Independence Day parade in Highland Park, Illinois, killing 7 people.")
    assert.equal(1, #r)
    assert.equal("Highland Park", r[1].place)
    r = run("A man drove a van into the crowd at a Columbus Day parade in Denver on "
      .. "Monday, wounding 9 people.")
    assert.equal(1, #r)
    assert.equal("Denver", r[1].place)
    r = run("Two bombs went off near a stadium in Nairobi during the Independence Day "
      .. "celebrations on Friday, killing 3 people.")
    assert.equal(1, #r)
    assert.equal("Nairobi", r[1].place)
  end)

  it("keeps the town when no Day follows its name", function()
    local r = run("A gunman opened fire at a bar in Independence, Missouri, on Sunday, "
      .. "killing 4 people.")
    assert.equal(1, #r)
    assert.equal("Independence", r[1].place)
  end)
end)

describe("extract: a day written as an ordinal word", function()
  it("dates the event with 'the <ordinal> of <month>'", function()
    local r = run("On the Fourth of July this year, a gunman killed 3 people at a "
      .. "market in Denver.")
    assert.equal("2022-07-04", r[1].date)
    r = run("On the twenty-first of March 2019 a bomb exploded at a bus station in "
      .. "Kano, killing 8 people.")
    assert.equal("2019-03-21", r[1].date)
    r = run("A gunman shot dead 2 guards at a bank in Lagos on the ninth of May 2021.")
    assert.equal("2021-05-09", r[1].date)
  end)

  it("is no day without a month after it", function()
    local r = run("The first of the gunmen opened fire at a bank in Lagos in May 2021, "
      .. "killing 2 guards.")
    assert.equal(1, #r)
    assert.equal("2021-05", r[1].date)
  end)
end)

describe("extract: a toll that 'it' moves", function()
  it("replaces the figure told first with the one it rose to", function()
    local r = run("A gunman opened fire at a parade in Denver on Monday. The toll was "
      .. "first given as six dead; it rose to seven, and dozens more were wounded.")
    assert.equal(1, #r)
    assert.equal(7, r[1].killed_lo)
    r = run("A bomb exploded at a market in Kano on Monday. Officials first reported 4 "
      .. "dead, but it later climbed to 12 as more bodies were found.")
    assert.equal(12, r[1].killed_lo)
    r = run("A suicide bomber struck a mosque in Peshawar on Friday, killing 20 people; "
      .. "it has since risen to 31.")
    assert.equal(31, r[1].killed_lo)
  end)

  it("leaves a measure that rises alone", function()
    local r = run("A bomb killed 3 people at a dam near Kano on Monday; the water behind "
      .. "it rose to 40 metres.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
  end)
end)

describe("extract: the gun battle that ends an attack", function()
  it("is how the attackers' act ended, not the forces' operation", function()
    local r = run("In December 2019 in Jersey City, New Jersey, two attackers killed a "
      .. "police detective at a cemetery and then killed three more people at a shop "
      .. "before dying in a long gun battle with police.")
    assert.equal(1, #r)
    assert.equal("Jersey City", r[1].place)
    r = run("On Sunday two gunmen shot dead 4 shoppers at a mall in Denver and were then "
      .. "killed in a shootout with police.")
    assert.equal(1, #r)
    r = run("Militants killed 3 guards at a bank in Kano on Friday until they died in a "
      .. "firefight with soldiers.")
    assert.equal(1, #r)
  end)

  it("keeps a fight with the forces alone as their operation", function()
    local r = run("Two militants were killed in a gunfight with security forces near "
      .. "Kano on Friday.")
    assert.equal(0, #r)
  end)
end)

describe("extract: a town the talk turns to", function()
  it("places the event told right after the sentence that names it", function()
    local r = run("Nobody has claimed the stabbing. Compare that with Paris in April. When a "
      .. "man opened fire on a police van on a boulevard on 20 April, he killed an officer.")
    assert.equal("Paris", r[#r].place)
    assert.equal("FR", r[#r].country)
    r = run("It looks a lot like Hamburg. On 28 July a man took a knife in a supermarket "
      .. "in the Barmbek district and stabbed 6 people.")
    assert.equal(1, #r)
    assert.equal("Hamburg", r[1].place)
    assert.equal("DE", r[1].country)
    r = run("Think of Nice. On 14 July 2016 a man drove a lorry into the crowd on the "
      .. "seafront, killing 86 people.")
    assert.equal(1, #r)
    assert.equal("Nice", r[1].place)
  end)

  it("does not take a town named as where someone is or comes from", function()
    local r = run("The officer was born in Paris. On 20 April a man opened fire on a police "
      .. "van on a boulevard, killing an officer.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)
end)

describe("extract: the day told after its month", function()
  it("dates 'At the end of July, on the 28th'", function()
    local r = run("At the end of July, on the 28th, a man stabbed 6 people in a supermarket "
      .. "in Hamburg.")
    assert.equal("2022-07-28", r[1].date)
    r = run("In March 2019, on the 3rd, gunmen killed 4 people at a bar in Lagos.")
    assert.equal("2019-03-03", r[1].date)
  end)

  it("keeps the month alone when no ordinal day follows", function()
    local r = run("In March 2019, on the 3 buses it ran, gunmen killed 4 people in Lagos.")
    assert.equal("2019-03", r[1].date)
  end)
end)

describe("extract: a country named as a partner", function()
  it("is not where the event happened", function()
    local r = run("Two hikers were found dead near the village of Imlil on Monday; both had "
      .. "been attacked with knives. \"We stand together with Denmark in grief,\" the "
      .. "minister said.")
    assert.equal(1, #r)
    assert.are_not.equal("DK", r[1].country)
    r = run("A gunman killed 3 people at a market in Kano on Friday. The mayor said the "
      .. "city stood in solidarity with France.")
    assert.equal("NG", r[1].country)
    r = run("A bomb killed 4 soldiers at a checkpoint near a village on Friday, hours "
      .. "before talks with Pakistan were due to begin.")
    assert.equal(1, #r)
    assert.are_not.equal("PK", r[1].country)
  end)

  it("keeps a country named as where it happened", function()
    local r = run("A bomb killed 4 soldiers at a checkpoint near a village in Pakistan on "
      .. "Friday.")
    assert.equal("PK", r[1].country)
  end)
end)

describe("extract: the others after a part of those told", function()
  it("counts the others alone, not the part with them", function()
    local r = run("Gunmen seized a school in Beslan on Monday. At least 334 hostages were "
      .. "killed, 186 of them children, and more than 700 others were injured.")
    assert.equal(334, r[1].killed_lo)
    assert.equal(701, r[1].wounded_lo)
    r = run("A bomb exploded at a market in Kano on Friday. Five people were killed, two "
      .. "of them children, and 40 others were injured.")
    assert.equal(40, r[1].wounded_lo)
    r = run("A bomb exploded at a market in Kano on Friday. Five people were killed, two "
      .. "of whom were police officers, and 12 more were wounded.")
    assert.equal(12, r[1].wounded_lo)
  end)

  it("still adds parts of a list that are no part of those told", function()
    local r = run("A bomb exploded at a market in Kano on Friday, wounding 3 soldiers and "
      .. "8 others.")
    assert.equal(11, r[1].wounded_lo)
  end)
end)

describe("extract: an encyclopedia page's background", function()
  local lead = "Gunmen seized a school in Beslan on 1 September 2004; at least 334 "
    .. "hostages were killed. "

  it("takes a span of a few days for the day its event began", function()
    local r = run(lead .. "Two years earlier, from 23 to 26 October 2002, a group had held "
      .. "850 people inside a theatre in Moscow. Special forces ended that siege with gas; "
      .. "about 130 hostages died.")
    assert.equal(2, #r)
    assert.equal("2002-10-23", r[2].date)
    assert.equal("Moscow", r[2].place)
    r = run(lead .. "Nine years earlier, from 14 to 19 June 1995, a band had held 1,600 "
      .. "people in a hospital in Grozny. Special forces ended that siege; 129 "
      .. "hostages died.")
    assert.equal("1995-06-14", r[2].date)
  end)

  it("keeps a long span of months no day", function()
    local r = run(lead .. "From June to September 2002 a group held 850 people in a theatre "
      .. "in Moscow. About 130 hostages died in that siege.")
    for _, x in ipairs(r) do assert.are_not.equal("2002-06-01", x.date) end
  end)

  it("reads a span named with 'a' for a relative clause as a backdrop", function()
    local r = run(lead .. "The siege came at the end of a summer in which fighters had "
      .. "carried their campaign far beyond Chechnya.")
    assert.equal(1, #r)
    r = run(lead .. "The siege came at the end of a year during which separatists had "
      .. "carried their fight far from the mountains.")
    assert.equal(1, #r)
  end)

  it("gives a toll told again, with nothing of its own, to its event", function()
    local r = run(lead .. "A second group bombed a market in Moscow on 31 August 2004, "
      .. "killing ten people.\n\nVictims\nOfficial figures put the death toll at 334 "
      .. "hostages, including 186 children.")
    assert.equal(2, #r)
    r = run(lead .. "A bomb killed ten people in Moscow on 31 August 2004.\n\nToll\nThe "
      .. "hostage crisis left 334 dead.")
    assert.equal(2, #r)
  end)

  it("keeps a toll of its own as its own event", function()
    local r = run(lead .. "A bomb killed ten people in Moscow on 31 August 2004.\n\n"
      .. "Victims\nOfficial figures put the death toll at 212 hostages.")
    assert.equal(3, #r)
  end)

  it("takes a town a span of time counts from, and a journey's start, for no place", function()
    local r = run(lead .. "In the week before Beslan, a woman set off a bomb on an airliner "
      .. "that had taken off from Moscow on 24 August 2004. All 89 people on the two "
      .. "aircraft died.")
    assert.equal(2, #r)
    assert.is_nil(r[2].place)
    assert.equal(89, r[2].killed_lo)
    r = run(lead .. "A month after Beslan, a bus that had set off from Grozny on 4 October "
      .. "2004 was bombed, killing 12 people.")
    assert.is_nil(r[2].place)
  end)

  it("keeps the town a bomb went off in", function()
    local r = run(lead .. "On 24 August 2004 a bomb went off at a bus stop in Moscow, "
      .. "killing 3 people.")
    assert.equal("Moscow", r[2].place)
  end)
end)

describe("extract: an NGO report's numbered incidents", function()
  local head = "Documented incidents\n\nThe incidents below were among the deadliest of the "
    .. "year.\n\n"

  it("dates and places each item by its heading of names and its day", function()
    local r = run(head
      .. "1. Al-Sadriya market, Baghdad, 3 February 2007. A truck bomb exploded in a "
      .. "crowded food market. At least 130 people were killed.\n\n"
      .. "2. Tal Afar, Nineveh province, 27 March 2007. A suicide bomber set off a truck "
      .. "in a neighbourhood of the town. The ministry put the death toll at 152.\n\n"
      .. "3. Amirli, Salahuddin province, 7 July 2007. A suicide bomber detonated a truck "
      .. "in the market. Officials gave a toll of about 150.\n\n"
      .. "4. Qahtaniya and al-Jazeera, near Sinjar, 14 August 2007. Four trucks filled "
      .. "with explosives were detonated in two villages, killing 300 people.\n")
    assert.equal(4, #r)
    assert.equal("2007-02-03", r[1].date)
    assert.equal("Baghdad", r[1].place)
    assert.equal("2007-03-27", r[2].date)
    assert.equal("Tal Afar", r[2].place)
    assert.equal(152, r[2].killed_lo)
    assert.equal("2007-07-07", r[3].date)
    assert.equal("Qahtaniya", r[4].place)
    assert.equal("IQ", r[4].country)
  end)

  it("takes a site in the heading for no town", function()
    local r = run(head
      .. "1. Central University, Kano, 3 February 2021. A bomb exploded at a gate. "
      .. "Five students were killed.\n\n"
      .. "2. Gwoza, Borno State, 4 March 2021. Gunmen attacked a market. Nine traders "
      .. "were killed.\n\n"
      .. "3. Konduga, Borno State, 5 April 2021. A suicide bomber struck a mosque. Four "
      .. "worshippers were killed.\n")
    assert.equal(3, #r)
    assert.equal("Kano", r[1].place)
  end)
end)

describe("extract: a toll of several events told one by one", function()
  it("is their sum, no event's toll", function()
    local lead = "On 14 August 2007 four trucks exploded in two villages near Sinjar. "
    local r = run(lead .. "Taken together, these five incidents alone killed well over a "
      .. "thousand civilians.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
    r = run(lead .. "The three bombings together killed 90 people.")
    assert.is_nil(r[1].killed_lo)
    r = run(lead .. "All the attacks killed 400 people.")
    assert.equal(1, #r)
  end)

  it("keeps a toll of one event named with a number of devices", function()
    local r = run("On 14 August 2007 two bombs exploded in a market in Sinjar. The two "
      .. "blasts killed 40 people.")
    assert.equal(40, r[1].killed_lo)
  end)
end)

describe("extract: the day a count was given", function()
  it("is not a day of the event", function()
    local lead = "On 14 August 2007 four trucks exploded in two villages near Sinjar. "
    local r = run(lead .. "On the day after the attack, officials gave a toll of more "
      .. "than 250 dead; the Red Crescent later estimated that 796 people had been killed.")
    assert.equal(1, #r)
    assert.equal("2007-08-14", r[1].date)
    r = run(lead .. "On Thursday, the ministry issued a figure of 300 dead.")
    assert.equal(1, #r)
    r = run(lead .. "On the following day, the governor put the toll at 310.")
    assert.equal(1, #r)
    assert.equal("2007-08-14", r[1].date)
  end)

  it("keeps a day that opens an event's own clause", function()
    local r = run("On 14 August 2007 four trucks exploded in two villages near Sinjar. "
      .. "On 20 August 2007, a bomber gave the guards a parcel that exploded at a "
      .. "checkpoint in Mosul, killing 8 people.")
    assert.equal(2, #r)
  end)
end)

describe("extract: what a column asks the reader to picture", function()
  it("is no event", function()
    local r = run("Imagine, for a moment, that a bomb went off at a rally in Peshawar in the "
      .. "final week of the campaign.")
    assert.equal(0, #r)
    r = run("Suppose gunmen stormed a polling station in Quetta on election day.")
    assert.equal(0, #r)
    r = run("What if a suicide bomber struck the stadium in Lahore during the final?")
    assert.equal(0, #r)
  end)

  it("keeps an event told after the word in another clause's sense", function()
    local r = run("Few could imagine it, but on Friday a bomb went off at a rally in "
      .. "Peshawar, killing 12 people.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a kind of man, not a man", function()
  it("makes no event of anyone with a weapon", function()
    local r = run("The executions resumed in December 2014, though I doubt that anyone "
      .. "with a suicide vest was listening.")
    assert.equal(0, #r)
    r = run("Since March 2015 nobody with a bomb has got past the gate in Lahore.")
    assert.equal(0, #r)
    r = run("In May 2019 the guards were told to search anybody with a gun at the shrine "
      .. "in Lahore.")
    assert.equal(0, #r)
  end)

  it("keeps a man with a weapon who acts", function()
    local r = run("In May 2019 a man with a suicide vest blew himself up at a shrine in "
      .. "Lahore, killing 10 people.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a weekday told with 'a'", function()
  it("dates nothing", function()
    local r = run("Think of the twin suicide bombing at a shrine in Lahore, where worshippers "
      .. "were killed on an ordinary Thursday night; 42 people died there.")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
    r = run("Gunmen attacked a church in Lagos on a quiet Sunday morning, killing 5 people.")
    assert.is_nil(r[1].date)
  end)

  it("keeps a weekday told with 'on' alone", function()
    local r = run("Gunmen attacked a church in Lagos on Sunday, killing 5 people.")
    assert.equal("2022-11-20", r[1].date)
    r = run("Militants planted a bomb Monday at a market in Lagos, killing 5 people.")
    assert.equal("2022-11-21", r[1].date)
  end)
end)

describe("extract: a podcast's turns", function()
  local lead = "[00:47] GUEST: In the early hours of Tuesday last week, two men on a "
    .. "motorcycle threw a grenade into a crowd outside a bar in Puchong. Eight people were "
    .. "wounded.\n\n"

  it("dates a weekday of the week named", function()
    local r = helper.dated_extract(pack, "2016-07-06")(lead)
    assert.equal("2016-06-28", r[1].date)
    r = helper.dated_extract(pack, "2016-07-06")("On Monday of last week a gunman killed 3 "
      .. "people at a bar in Puchong.")
    assert.equal("2016-06-27", r[1].date)
    r = helper.dated_extract(pack, "2016-07-06")("On Sunday night last week a bomb killed 2 "
      .. "people at a bar in Puchong.")
    assert.equal("2016-07-03", r[1].date)
  end)

  it("keeps a weekday alone the last one", function()
    local r = helper.dated_extract(pack, "2016-07-06")("On Tuesday a gunman killed 3 people "
      .. "at a bar in Puchong.")
    assert.equal("2016-07-05", r[1].date)
  end)

  it("gives a bare toll after a series of bombs to that series", function()
    local r = run("But remember New Year's Eve 2006 in Bangkok, when a series of small bombs "
      .. "went off around the city. Three people were killed and more than thirty injured.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
    r = run("On 3 May 2019 a series of bombs went off at markets in Yala. Nine people died.")
    assert.equal(9, r[1].killed_lo)
  end)

  it("makes no event of a man named by his trade", function()
    local r = run("Police said an Indonesian bomb-maker linked to Jemaah Islamiyah was "
      .. "arrested in Manila in 2002.")
    assert.equal(0, #r)
    r = run("Bomb-disposal experts from Lagos were flown to Kano in May 2019.")
    assert.equal(0, #r)
  end)

  it("keeps the bomb that a bomb-maker set off", function()
    local r = run("In May 2019 a bomb-maker set off a bomb at a market in Kano, killing 4 "
      .. "people.")
    assert.equal(1, #r)
  end)

  it("makes no event of a show's preview", function()
    local r = run("Next week: piracy and kidnapping for ransom at sea.")
    assert.equal(0, #r)
    r = run("Next week we look at the bombing of a church in Lagos.")
    assert.equal(0, #r)
    r = run("Coming up: the kidnapping of 20 pupils in Kano.")
    assert.equal(0, #r)
  end)
end)

describe("extract: a rights report's numbered villages", function()
  local head = "Burkina Faso\n\nDocumented incidents\n\n"
  local items = "1. Yirgou, Sanmatenga province, 1-2 January 2019.\nGunmen came to the village "
    .. "and killed the village chief and five other men.\n\n"
    .. "2. Dablo, Sanmatenga province, 12 May 2019.\nArmed men surrounded the church "
    .. "during Mass and shot dead six people.\n\n"
    .. "3. Singa, near Zimtenga, Bam province, 13 May 2019.\nThe next day, armed men "
    .. "stopped a procession and killed four men.\n\n"
    .. "4. Toulfe, Loroum province, 26 May 2019.\nTwo weeks later, gunmen attacked the "
    .. "church in the village, killing four worshippers. Burkina Faso has seen many such "
    .. "attacks.\n"

  it("places each at its village, in the page's country, on its heading's day", function()
    local r = helper.dated_extract(pack, "2019-08-20")(head .. items)
    assert.equal(4, #r)
    assert.equal("Yirgou", r[1].place)
    assert.equal("2019-01-01", r[1].date)
    assert.equal(6, r[1].killed_lo)
    assert.equal("Singa", r[3].place)
    assert.equal("BF", r[3].country)
    assert.equal("2019-05-13", r[3].date)
    assert.equal("2019-05-26", r[4].date)
  end)

  it("keeps a day of the body's own with its year", function()
    local r = helper.dated_extract(pack, "2019-08-20")(head .. items:gsub("Two weeks later",
      "On 27 May 2019"))
    assert.equal("2019-05-27", r[4].date)
  end)
end)

describe("casualties: one man told by his role, then a figure", function()
  it("adds the man to the figure", function()
    local r = run("On Monday gunmen killed the driver and two passengers on a bus near Kano.")
    assert.equal(3, r[1].killed_lo)
    r = run("On Monday gunmen killed the village chief and five other men in Yirgou.")
    assert.equal(6, r[1].killed_lo)
  end)

  it("reads no count in 'the' men alone", function()
    local r = run("On Monday gunmen attacked a bus near Kano and killed the guards.")
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("extract: an encyclopedia page's infobox", function()
  local function page(box, body)
    return "Market bombing\nFrom the free encyclopedia\n\n" .. box .. "\n\n" .. body
  end
  local body = "The Kano market bombing was a suicide bombing of the central market in Kano "
    .. "on 3 May 2019. A woman set off a vest among traders.\n\nBackground\nIn 2014 a car "
    .. "bomb in Kano killed 12 people."

  it("fills what the body left unsaid of the page's main event", function()
    local r = run(page("Location: Central market, Kano, Nigeria\nDate: 3 May 2019\n"
      .. "Deaths: 41 (excluding the bomber)\nInjured: over 100\nPerpetrators: Boko Haram",
      body))
    assert.equal(2, #r)
    assert.equal(41, r[1].killed_lo)
    assert.equal(101, r[1].wounded_lo)
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.equal(12, r[2].killed_lo)
    r = run(page("Date: 3 May 2019\nFatalities: 41\nNon-fatal injuries: 120\n"
      .. "Suspected perpetrators: Boko Haram (claimed)", body))
    assert.equal(41, r[1].killed_lo)
    assert.equal(120, r[1].wounded_lo)
    assert.is_true(r[1].claimed)
    r = run(page("Type: Suicide bombing\nKilled: 41\nWounded: 100+", body))
    assert.equal(41, r[1].killed_lo)
  end)

  it("leaves what the body says, and the background events, alone", function()
    local r = run(page("Date: 3 May 2019\nDeaths: 41\nInjured: over 100",
      "The Kano market bombing was a suicide bombing of the central market in Kano on 3 "
      .. "May 2019. At least 43 people were killed.\n\nBackground\nIn 2014 a car bomb in "
      .. "Kano killed 12 people."))
    assert.equal(43, r[1].killed_lo)
    assert.equal(12, r[2].killed_lo)
  end)

  it("reads no box in two label lines", function()
    local r = run(page("Date: 3 May 2019\nDeaths: 41", body))
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("extract: who speaks is no target", function()
  it("takes no target from the police telling of the event", function()
    local r = run("Police said a bomb exploded in Kano on Monday, killing 4 people.")
    assert.is_nil(r[1].target)
    r = run("Gunmen shot dead 2 men in Kano on Monday, the police said.")
    assert.is_nil(r[1].target)
    r = run("A bomb went off in Kano on Monday, killing 4 people, according to the police.")
    assert.is_nil(r[1].target)
  end)

  it("keeps the police as the target of an attack on them", function()
    local r = run("Gunmen attacked the police in Kano on Monday, killing 2 officers, "
      .. "according to the police.")
    assert.equal("police", r[1].target_type)
    r = run("A gunman killed 3 people at a market in Kano on Monday, police said.")
    assert.equal("a market", r[1].target)
  end)
end)

describe("casualties: a count told past another", function()
  it("counts the others past one whose death the clause before told", function()
    local r = run("On Monday a bomber struck a rally in Rawalpindi. She died of her injuries, "
      .. "and at least 20 other people were killed in the blast.")
    assert.equal(21, r[1].killed_lo)
    r = run("On Monday gunmen attacked a convoy near Kano. The governor was killed, and 4 other "
      .. "people were killed too.")
    assert.equal(5, r[1].killed_lo)
  end)

  it("leaves the attacker's own death out", function()
    local r = run("On Monday a bomber struck a rally in Rawalpindi. The bomber died and 12 "
      .. "other people were killed.")
    assert.equal(12, r[1].killed_lo)
  end)

  it("adds the more to those told first", function()
    local r = run("On Monday two attackers killed a police detective at a cemetery in Jersey "
      .. "City and then killed three more people at a shop.")
    assert.equal(4, r[1].killed_lo)
    r = run("On Monday gunmen killed two soldiers at a checkpoint near Kano and then killed "
      .. "four more in a village.")
    assert.equal(6, r[1].killed_lo)
  end)

  it("adds none to a toll that already counts them", function()
    local r = run("On Saturday gunmen stormed an air base in Pathankot. The toll of soldiers "
      .. "has risen to seven, after two more commandos died of wounds.")
    assert.equal(7, r[1].killed_lo)
  end)

  it("reads one dead in 'the only person killed'", function()
    local r = run("On 30 August a van exploded at the embassy in Bishkek. The driver, the only "
      .. "person killed, died in the blast.")
    assert.equal(1, r[1].killed_lo)
    r = run("On 30 August a bomb exploded at a bank in Bishkek. A guard was the only victim "
      .. "killed.")
    assert.equal(1, r[1].killed_lo)
  end)
end)

describe("claims: a group owning the attacker as its man", function()
  it("claims the attack", function()
    local r = run("On 20 April a man opened fire on a police van in Paris and killed an "
      .. "officer; the Islamic State named him as one of its fighters within a few hours.")
    assert.is_true(r[1].claimed)
    assert.equal("Islamic State", r[1].perpetrator)
    r = run("On 20 April a man stabbed 3 people in Paris, and within hours the Islamic "
      .. "State identified the attacker as a soldier of the caliphate.")
    assert.is_true(r[1].claimed)
    r = run("On 20 April a man shot dead 3 people in Paris before the Islamic State "
      .. "described him as one of its soldiers.")
    assert.is_true(r[1].claimed)
  end)

  it("is no claim when the police name the man", function()
    local r = run("On 20 April a man stabbed 3 people in Paris. Police named him as a "
      .. "28-year-old from the city.")
    assert.is_nil(r[1].claimed)
  end)
end)

describe("extract: a vehicle driven into people, told with words of its own", function()
  it("is a ramming, its toll in the next sentence", function()
    local r = helper.dated_extract(pack, "2017-04-10")("On Friday afternoon a man drove a "
      .. "stolen lorry into shoppers in Stockholm. Five people were killed.")
    assert.equal(1, #r)
    assert.equal("unarmed_assault", r[1].attack_type)
    assert.equal(5, r[1].killed_lo)
    r = helper.dated_extract(pack, "2017-04-10")("On Friday the driver steered his rented "
      .. "van through the crowd on a boulevard in Nice. Eight people died.")
    assert.equal(1, #r)
    r = helper.dated_extract(pack, "2017-04-10")("On 7 April the Uzbek man drove a stolen "
      .. "beer truck into crowds in Stockholm, killing 5 people.")
    assert.equal("SE", r[1].country)
  end)

  it("is no ramming when the vehicle is driven into a garage", function()
    local r = helper.dated_extract(pack, "2017-04-10")("On Friday a man drove a stolen lorry "
      .. "into a garage in Stockholm.")
    assert.equal(0, #r)
  end)
end)

describe("extract: the question an answer's turn opens after", function()
  local run17 = helper.dated_extract(pack, "2017-04-10")

  it("places the answer's event at the town asked about", function()
    local r = run17("Q: You were in Oslo last week. What happened in Stockholm?\n\nA: On "
      .. "Friday afternoon a man drove a stolen lorry into shoppers on a street. Five people "
      .. "were killed.")
    assert.equal(1, #r)
    assert.equal("Stockholm", r[1].place)
    assert.equal("SE", r[1].country)
    r = run17("HOST: And what about Manchester?\n\nGUEST: On Monday night a man set off a "
      .. "bomb in the foyer of an arena, killing 22 people.")
    assert.equal("Manchester", r[1].place)
    r = run17("[12:04] HOST: Tell us about the night in Nice?\n[12:09] GUEST: On Thursday "
      .. "a driver steered a lorry into the crowd on a boulevard. Eighty-six people died.")
    assert.equal("Nice", r[1].place)
  end)

  it("leaves an answer that names its own town, or follows no question", function()
    local r = run17("Q: What happened in Stockholm?\n\nA: On Friday a man stabbed 2 people "
      .. "in Oslo.")
    assert.equal("Oslo", r[1].place)
    r = run17("Q: You live in Stockholm.\n\nA: On Friday a man stabbed 2 people at a "
      .. "market.")
    assert.is_nil(r[1].place)
  end)
end)

describe("extract: the state that issues a statement", function()
  it("is not the country of the event it condemns", function()
    local r = run("Press release | Ministry of Foreign Affairs of Denmark\n\nDenmark condemns "
      .. "the attack in the village of Tamaske on Sunday, in which gunmen killed 9 "
      .. "worshippers at a mosque.")
    assert.equal(1, #r)
    assert.are_not.equal("DK", r[1].country)
    r = run("Statement by the Government of Japan\n\nJapan strongly condemns the attack "
      .. "carried out in a village near the border on 12 March, in which seven aid workers "
      .. "were killed.")
    assert.are_not.equal("JP", r[1].country)
    r = run("Norway expresses its condolences after gunmen killed 5 people at a market in "
      .. "Kano on Sunday.")
    assert.equal("NG", r[1].country)
  end)

  it("keeps a country named as where it happened", function()
    local r = run("Gunmen killed 9 worshippers at a mosque in a village in Niger on Sunday.")
    assert.equal("NE", r[1].country)
  end)
end)

describe("extract: a toll over a span or over events of a kind", function()
  local lead = "On 3 February 2007 a truck bomb exploded in a market in Baghdad. "

  it("is a sum, no event's toll", function()
    local r = helper.dated_extract(pack, "2007-10-02")(lead .. "More than 1,000 civilians "
      .. "died in such attacks across Iraq over the year.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
    r = helper.dated_extract(pack, "2007-10-02")(lead .. "During the year, bombings killed "
      .. "more than 1,000 civilians.")
    assert.is_nil(r[1].killed_lo)
    r = helper.dated_extract(pack, "2007-10-02")(lead .. "Hundreds of police officers have "
      .. "been killed in attacks since then.")
    assert.is_nil(r[1].killed_lo)
  end)

  it("keeps the toll of the event, and a day 'of that year'", function()
    local r = helper.dated_extract(pack, "2007-10-02")(lead .. "At least 130 people were "
      .. "killed in the blast.")
    assert.equal(130, r[1].killed_lo)
    r = helper.dated_extract(pack, "2007-10-02")("In March 2006 a bomb hit Basra. In October "
      .. "of that year, gunmen killed 9 guards at a bank in Mosul.")
    assert.equal(9, r[#r].killed_lo)
  end)
end)

describe("extract: a report's line naming who did it", function()
  local run21 = helper.dated_extract(pack, "2021-08-01")
  local items = "Documented incidents\n\n1. Gwoza, Borno State, 14 March 2021.\nGunmen opened "
    .. "fire on a market. Eleven traders were killed. Believed responsible: Boko Haram.\n\n"
    .. "2. Konduga, Borno State, 2 April 2021.\nA suicide bomber blew herself up at a mosque, "
    .. "killing 7 worshippers. Perpetrator: Islamic State West Africa Province (claimed).\n\n"
    .. "3. Madagali, Adamawa State, 19 May 2021.\nFighters raided the village at night and "
    .. "abducted 12 girls. Attributed to: Boko Haram.\n"

  it("gives the actor to the event its paragraph told", function()
    local r = run21(items)
    assert.equal(3, #r)
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.is_nil(r[1].claimed)
    assert.equal("Islamic State West Africa Province", r[2].perpetrator)
    assert.is_true(r[2].claimed)
    assert.equal("Boko Haram", r[3].perpetrator)
  end)

  it("gives none to an event of another paragraph", function()
    local r = run21("Gunmen opened fire on a market in Gwoza on 14 March. Eleven traders were "
      .. "killed.\n\nBelieved responsible: Boko Haram.")
    assert.is_nil(r[1].perpetrator)
  end)
end)

describe("dates: months back from a month told", function()
  it("counts 'two months earlier' from the month the sentence told", function()
    local r = run("Remember the gunman who killed six at a parade in Highland Park in July "
      .. "2022, or the man who shot dead ten shoppers at a supermarket in Buffalo two months "
      .. "earlier.")
    assert.equal(2, #r)
    assert.equal("2022-05", r[2].date)
  end)

  it("keeps days back from the day told", function()
    local r = run("On 3 March 2020 a bomb killed 4 people in Kano. Two days earlier, gunmen "
      .. "killed 3 guards in Lagos.")
    assert.equal("2020-03-01", r[2].date)
  end)
end)
