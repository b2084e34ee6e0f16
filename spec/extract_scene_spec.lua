-- Specs of incidents.extract on what makes a scene and what tells the page's
-- event again: each class with several phrasings written for these specs and
-- a near miss where the rule must not fire.
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2022-11-23")

-- Five quiet sentences: what keeps a later mention out of the reach of "the
-- attack just told".
local FILLER = "Shops stayed shut on Tuesday. Traders met the mayor to ask for more "
  .. "patrols. The mayor promised a review of security at markets. Schools reopened on "
  .. "Wednesday after a two-day closure. Officials said the roads into the city were open "
  .. "again.\n\n"

describe("extract: the page's event told again with no date of its own", function()
  it("is the dated event, from a standfirst that names the province", function()
    local r = run("Market bomber kills 20\n\nLashkar-e-Jhangvi says it sent the bomber; "
      .. "traders across Balochistan shut their shops\n\nA suicide bomber blew himself up "
      .. "at a vegetable market in Quetta on Monday, killing 20 people, police said.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
    assert.equal("2022-11-21", r[1].date)
    assert.is_true(r[1].claimed)
  end)

  it("is the dated event, from a key point and the city its suburb lies in", function()
    local r = run("Key points:\n- Two worshippers were stabbed at a mosque in Lakemba on "
      .. "Sunday evening\n- A teenager has been arrested\n\nPolice have declared a stabbing "
      .. "at a mosque in Sydney's south-west a terrorist incident, hours after the teenager "
      .. "was charged.")
    assert.equal(1, #r)
    assert.equal("Lakemba", r[1].place)
    assert.equal("2022-11-20", r[1].date)
  end)

  it("is the dated event, from a most-read box with its figure", function()
    local r = run("A bomb exploded on a bus in Lahore on Monday, wounding 12 passengers.\n\n"
      .. FILLER .. "Most read\n\n1. Bomb on city bus: 12 hurt\n2. Rain to continue over "
      .. "the weekend")
    assert.equal(1, #r)
    assert.equal(12, r[1].wounded_lo)
  end)

  it("stays another event with a figure or a town of its own", function()
    local r = run("A bomb exploded on a bus in Lahore on Monday, wounding 12 passengers.\n\n"
      .. FILLER .. "Most read\n\n1. Bomb at Karachi market: 30 hurt\n2. Rain to continue "
      .. "over the weekend")
    assert.equal(2, #r)
    assert.equal("Karachi", r[2].place)
    r = run("Gunmen attacked a police checkpoint in Peshawar on Monday night, killing four "
      .. "officers.\n\n" .. FILLER .. "Gunmen also attacked a police checkpoint in Quetta, "
      .. "officials said.")
    assert.equal(2, #r)
    assert.equal("Quetta", r[2].place)
  end)
end)

describe("extract: a town told as where a gathering sits", function()
  local QUIET = "Schools reopened on Tuesday. Shops stayed shut. The mayor spoke to traders. "
    .. "Roads were open again.\n\n"

  it("is no scene when the town's title comes between ('the Russian city of')", function()
    local r = run("Gunmen attacked a police station in Lahore on Monday, killing five "
      .. "officers.\n\n" .. QUIET .. "The prime minister, who is attending a summit in the "
      .. "Russian city of Kazan, condemned what he called a cowardly terrorist attack.")
    assert.equal(1, #r)
    assert.equal("Lahore", r[1].place)
  end)

  it("is no scene when the other side of the talks comes between", function()
    local r = run("A car bomb exploded outside a police academy in Bogota on Monday, killing 9 "
      .. "cadets.\n\n" .. QUIET .. "The ELN, which is in talks with the government in "
      .. "Caracas, denied it had anything to do with the attack.")
    assert.equal(1, #r)
    assert.equal("CO", r[1].country)
    r = run("A bomb exploded on a bus in Kabul on Monday, killing 6 passengers.\n\n" .. QUIET
      .. "The Taliban, in negotiations with the Americans in Doha, condemned the attack on "
      .. "the bus.")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
  end)

  it("is the scene when the event is told at the gathering", function()
    local r = run("A suicide bomber blew himself up at a peace conference in Kano on Monday, "
      .. "killing 7 delegates.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    r = run("A car bomb exploded outside the hotel hosting the talks in Doha on Monday, "
      .. "killing 3 guards.")
    assert.equal(1, #r)
    assert.equal("Doha", r[1].place)
  end)
end)

describe("extract: a capital that denies or is blamed", function()
  local QUIET = "Schools reopened on Tuesday. Shops stayed shut. The mayor spoke to traders. "
    .. "Roads were open again.\n\n"

  it("is its government, no second scene", function()
    local r = run("A bomb exploded at a cafe in Moscow on Sunday, killing 2 people.\n\n" .. QUIET
      .. "An adviser to the Ukrainian president said Kyiv had nothing to do with the bombing.")
    assert.equal(1, #r)
    assert.equal("Moscow", r[1].place)
    r = run("A bomb exploded at a cafe in Moscow on Sunday, killing 2 people.\n\n" .. QUIET
      .. "Ukrainian officials insisted Kyiv was not involved in the bombing.")
    assert.equal(1, #r)
    assert.equal("Moscow", r[1].place)
    r = run("Gunmen attacked a checkpoint near Peshawar on Sunday, killing 5 soldiers.\n\n"
      .. QUIET .. "A spokesman for the Afghan government said Kabul has nothing to do with "
      .. "the attack.")
    assert.equal(1, #r)
    assert.equal("Peshawar", r[1].place)
  end)

  it("stays the scene when the sentence tells the event there", function()
    local r = run("A car bomb exploded in a market in Kyiv on Sunday, killing 3 people. Kyiv "
      .. "was quiet on Monday.")
    assert.equal(1, #r)
    assert.equal("Kyiv", r[1].place)
  end)
end)

describe("extract: a town abroad named with 'the' in a page of another country", function()
  it("is a common noun or part of a local name, not the scene", function()
    local r = run("Funerals were held across the Delta on Monday for the victims of Sunday's "
      .. "bombing, which killed 14 people at a bus station in Cairo. Police in Egypt said the "
      .. "bomber had acted alone, and Egypt declared three days of mourning.")
    assert.equal(1, #r)
    assert.equal("Cairo", r[1].place)
    assert.equal("EG", r[1].country)
    r = run("A bomb went off inside the Najaf Ashraf imambargah in Jacobabad, Pakistan, on "
      .. "Friday, killing 30 worshippers. Pakistani officials said the bomber was a teenager.")
    assert.equal(1, #r)
    assert.equal("Jacobabad", r[1].place)
    r = run("Two bombs exploded near the Bethlehem Gospel assembly in Jos, Nigeria, on Sunday, "
      .. "killing 6 worshippers. Nigerian police said no arrests had been made.")
    assert.equal(1, #r)
    assert.equal("Jos", r[1].place)
  end)

  it("stays the scene without 'the', or in a page of its own country", function()
    local r = run("A gunman killed 3 people at a mall in Delta, British Columbia, on Sunday. "
      .. "Canadian police said he acted alone.")
    assert.equal(1, #r)
    assert.equal("Delta", r[1].place)
    r = run("A bomb exploded near the Najaf shrine on Friday, killing 12 pilgrims.")
    assert.equal(1, #r)
    assert.equal("Najaf", r[1].place)
  end)
end)

describe("extract: a nationality before an attacker's noun", function()
  it("names who the attackers were, not a state's forces", function()
    local r = run("Two Palestinian gunmen opened fire at a cafe in Tel Aviv on Monday night, "
      .. "killing 4 people.")
    assert.equal(1, #r)
    assert.equal("Tel Aviv", r[1].place)
    assert.equal(4, r[1].killed_lo)
    r = run("A Syrian bomber blew himself up at a checkpoint in Tal Abyad on Monday, killing 6 "
      .. "people.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
    r = run("Afghan gunmen stormed a guesthouse in Peshawar on Friday, killing 3 guards.")
    assert.equal(1, #r)
    assert.equal("Peshawar", r[1].place)
  end)

  it("still makes a state's strike of its forces' words", function()
    assert.equal(0, #run("Israeli jets bombed a house in Gaza on Monday, killing 5 people."))
    assert.equal(0, #run("Afghan troops stormed a compound in Kunduz on Friday, killing 3 "
      .. "fighters."))
  end)
end)

describe("extract: where an attacker's home lies", function()
  it("is no scene, in the aside after the home", function()
    local r = run("Gunmen open fire at cafe; two killed\n\nPolice said the two gunmen were "
      .. "cousins from the town of Qabatiya, south of Jenin in the West Bank.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
    r = run("Bomber hits market; five dead\n\nOfficials said the bomber was a teenager from "
      .. "the village of Kirawa, east of Gwoza in Borno State.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
    r = run("Gunman kills two at bank\n\nPolice said the gunman was a farmer from the village "
      .. "of Tarin, north of Quetta in Balochistan.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)

  it("stays a scene when an event is told there", function()
    local r = run("Gunmen attacked a cafe in Haifa on Monday night, killing 2 people. Hours "
      .. "later, gunmen attacked a checkpoint south of Jenin in the West Bank, killing a "
      .. "soldier.")
    assert.equal(2, #r)
    assert.equal("Jenin", r[2].place)
  end)
end)

describe("extract: a headline's updated toll inside the lead's range", function()
  it("is the lead's event told again", function()
    local r = run("Gunmen open fire at beach bar; at least two killed\n\nUPDATE: Police now say "
      .. "three people were killed.\n\n" .. FILLER .. "Gunmen opened fire at a beach bar in "
      .. "Sousse on Monday night, killing at least two people, officials said.")
    assert.equal(1, #r)
    assert.equal("Sousse", r[1].place)
    assert.equal("2022-11-21", r[1].date)
  end)
end)

describe("extract: a raid told with the plot it stopped", function()
  it("is that plot foiled, at the raid's town and day", function()
    local r = run("Police raided homes in three suburbs of Brisbane on Saturday night over what "
      .. "officials called a plot to bring down an airliner.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("Brisbane", r[1].place)
    assert.equal("2022-11-19", r[1].date)
    r = run("Counter-terrorism officers raided six properties in the western suburbs of "
      .. "Melbourne early on Tuesday morning over what police described as a plot to attack a "
      .. "shopping centre.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    r = run("Police raided a house and a garage in the north of Birmingham on Thursday night, "
      .. "acting on what they called intelligence about a conspiracy to bomb a concert.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)

  it("is no incident when it stops no plot", function()
    assert.equal(0, #run("Police raided neighbourhoods of Quetta on Saturday and detained 170 "
      .. "people."))
  end)
end)

describe("status: men who 'were planning' to set off a bomb", function()
  it("tell a plot foiled", function()
    local r = run("In October, police arrested four men who they said were planning to set off "
      .. "explosives and attack shoppers at a market in Perth.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("Perth", r[1].place)
    r = run("Police arrested three men in Mombasa on Friday who were planning to build a bomb "
      .. "and attack a bus station.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    r = run("Police arrested two men in Kano on Monday who were planning to set off bombs and "
      .. "attack a church.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)

  it("tell nothing when no attack is planned", function()
    assert.equal(0, #run("Police arrested three men in Mombasa on Friday who were planning to "
      .. "attend a rally."))
  end)
end)

describe("extract: a wire dispatch dated only by its dateline", function()
  local extract = require "incidents.extract"
  -- (the page's date inferred from a stamp the reader does not take for one)
  local function wire(text, published)
    return extract.article({ text = text, published = published, published_inferred = true,
      body_start = 1 }, pack)
  end

  it("takes the page's date when the dateline tells that day", function()
    local r = wire("Daily Post Online\n\nPosted: 26/08/2011 17:05\n\nCar bomb hits UN building "
      .. "in Abuja, at least 18 dead\n\nABUJA, Aug 26 (Reuters) - A car bomb exploded at the "
      .. "United Nations building in the Nigerian capital on Friday, killing at least 18 "
      .. "people.", "2011-08-26")
    assert.equal(1, #r)
    assert.equal("2011-08-26", r[1].date)
    assert.equal("Abuja", r[1].place)
    r = wire("NAIROBI, Jan 15 (Reuters) - Gunmen stormed a hotel complex in the Kenyan capital "
      .. "on Tuesday, killing at least 14 people.", "2019-01-15")
    assert.equal("2019-01-15", r[1].date)
    r = wire("Capital Times Online | World | Asia\n\nTruck bomb tears through hotel in the heart "
      .. "of the capital, dozens feared dead\n\nISLAMABAD, Sept 20 (Reuters) - A truck bomb "
      .. "ripped through a hotel in the Pakistani capital on Saturday, killing at least 40 "
      .. "people.", "2008-09-20")
    assert.equal("2008-09-20", r[1].date)
  end)

  it("guesses no day when the dateline tells another day", function()
    local r = wire("KABUL, March 5 (AFP) - A suicide bomber killed 9 people at a market in the "
      .. "Afghan capital on Tuesday, police said.", "2015-03-03")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
  end)
end)

describe("extract: an attacker's end told beside the attack", function()
  it("leaves the attack an attack", function()
    local r = run("On 1 March 2019 two attackers drove up to a police station in Diyarbakir, "
      .. "where one of them blew himself up at the gate and the other was shot dead by police.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
    assert.equal("Diyarbakir", r[1].place)
    r = run("On 9 June 2016 two men drove a car bomb into a police post in Mardin; one "
      .. "detonated it and the other was shot dead by police.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
    r = run("On 12 April 2019 a bomber blew himself up at a checkpoint in Kirkuk and the other "
      .. "attacker was shot dead by police.")
    assert.equal(1, #r)
    assert.equal("2019-04-12", r[1].date)
  end)

  it("makes no incident of a man the police shot", function()
    assert.equal(0, #run("A man was shot dead by police in Marseille on Sunday after he "
      .. "refused to stop at a checkpoint."))
  end)
end)

describe("extract: the day of an act the event led to", function()
  it("is not the event's day when the event comes after 'after'", function()
    local r = run("Colombian President Juan Manuel Santos on Monday suspended peace negotiations "
      .. "with the ELN after a bomb tore through a police station in Barranquilla, killing at "
      .. "least five police officers.", "2018-01-29")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
    r = run("The governor on Tuesday closed all schools in the state after gunmen attacked a "
      .. "school in Kano, killing 4 pupils.")
    assert.is_nil(r[1].date)
    r = run("The club on Sunday cancelled its match after a bomb exploded outside the stadium "
      .. "in Mogadishu, killing 3 people.")
    assert.is_nil(r[1].date)
  end)

  it("is the event's own day when the event word comes first", function()
    local r = run("Gunmen on Monday attacked a school in Kano after dark, killing 4 pupils.")
    assert.equal("2022-11-21", r[1].date)
  end)
end)

describe("extract: a wire's dateline below a long headline and a byline", function()
  it("dates and places the filing, not the event", function()
    local r = run("Kenyan police say gunmen killed three teachers at a school near the Somali "
      .. "border in an overnight raid on their compound\n\nBy Staff Reporter\n\nNAIROBI, Nov 21 "
      .. "(Reuters) - Gunmen killed three teachers at a school in Mandera, police said.")
    local found
    for _, x in ipairs(r) do if x.place == "Mandera" then found = x end end
    assert.is_table(found)
    assert.is_nil(found.date)
    r = run("Gunmen kill three teachers at a school near the Somali border in an overnight "
      .. "raid, police say\n\nGARISSA, Kenya, Nov 21 (KNA) - Gunmen killed three teachers at a "
      .. "school in Mandera, police said.")
    found = nil
    for _, x in ipairs(r) do if x.place == "Mandera" then found = x end end
    assert.is_table(found)
    assert.is_nil(found.date)
  end)
end)

describe("extract: a quarter bearing a foreign town's name, in a town of the page", function()
  it("is placed in that town", function()
    local r = run("A bomb exploded at a police station in the San José neighbourhood in the south "
      .. "of Barranquilla on Saturday, killing 5 officers. Colombia's president condemned it, "
      .. "and Colombia's army was put on alert.")
    assert.equal(1, #r)
    assert.equal("Barranquilla", r[1].place)
    r = run("A bomb exploded at a mosque in the Delta district of Kano on Friday, killing 3 "
      .. "worshippers. Nigeria's police chief visited Kano, and Nigeria's president condemned it.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
  end)
end)

describe("extract: foiled plots counted in the plural", function()
  it("are a record of many, no foiled plot", function()
    local r = run("Gunmen attacked a police station in Johor on Friday, killing two officers.\n\n"
      .. FILLER .. "Attacks like this are rare in Malaysia. The police say their special branch "
      .. "has broken up dozens of plots over the past decade.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
    r = run("A gunman killed 2 people at a mall in Nairobi on Friday.\n\n" .. FILLER .. "Police "
      .. "in Kenya have thwarted 12 plots in Nairobi since January.")
    assert.equal(1, #r)
    r = run("A gunman killed 2 people at a mall in Mombasa on Friday.\n\n" .. FILLER .. "The "
      .. "army says it has foiled five plots in Mombasa since March.")
    assert.equal(1, #r)
  end)

  it("leaves one plot foiled", function()
    local r = run("Police foiled a plot to bomb a church in Kano on Sunday.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)
end)

describe("casualties: an attacker who was the only person killed", function()
  it("leaves the event no dead of its own", function()
    local r = run("A bomber blew himself up at a checkpoint in Kirkuk on Monday, wounding 3 "
      .. "policemen. The bomber was the only person killed.")
    assert.equal(0, r[1].killed_lo)
    assert.equal(0, r[1].killed_hi)
    r = run("A suicide bomber detonated his vest at the gate of a hospital in Jeddah on Monday, "
      .. "wounding two guards; he was the only person killed in that blast.")
    assert.equal(0, r[1].killed_lo)
    r = run("A gunman opened fire at a bank in Quetta on Monday, wounding 4 people. The attacker "
      .. "was the only person killed, shot by a guard.")
    assert.equal(0, r[1].killed_lo)
  end)

  it("counts a victim who was", function()
    local r = run("A car bomb exploded outside a police station in Mosul on Monday. The driver "
      .. "was the only person killed.")
    assert.equal(1, r[1].killed_lo)
  end)
end)

describe("extract: an attack of a foiled plot's day told right after it", function()
  it("is the plot's end, no attack of its own", function()
    local r = run("Security forces on Friday foiled a plot to bomb the main mosque in Makkah, the "
      .. "ministry said. A suspect cornered in a house nearby opened fire on officers and then "
      .. "blew himself up on Friday night, wounding 11 people.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal(11, r[1].wounded_lo)
    r = run("Police foiled a plot to attack a church in Surabaya on Sunday. Hours later on Sunday "
      .. "a man cornered by officers detonated a bomb, wounding 3 officers.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)

  it("stays an attack with a town of its own", function()
    local r = run("Police foiled a plot to attack a church in Surabaya on Sunday. On Sunday a bomb "
      .. "also exploded at a market in Malang, killing 2 people.")
    assert.equal(2, #r)
    assert.equal("attack", r[2].status)
  end)
end)

describe("extract: what a speaker calls the event told", function()
  it("is that event, and the day is the speaker's", function()
    local r = run("A car bomb exploded outside a hospital in Cairo on Sunday night, killing 20 "
      .. "people.\n\n" .. FILLER .. "The president described it as a cowardly terrorist act in "
      .. "a message to the families on Monday.")
    assert.equal(1, #r)
    assert.equal("2022-11-20", r[1].date)
    r = run("Gunmen attacked a bus in Minya on Sunday, killing 7 pilgrims.\n\n" .. FILLER
      .. "The prime minister on Tuesday called it a barbaric attack on innocent people.")
    assert.equal(1, #r)
    assert.equal("2022-11-20", r[1].date)
    r = run("A suicide bomber killed 9 people at a mosque in Kabul on Friday.\n\n" .. FILLER
      .. "The UN chief on Wednesday condemned it as a heinous terrorist attack.")
    assert.equal(1, #r)
    assert.equal("2022-11-18", r[1].date)
  end)

  it("leaves a new event told beside it", function()
    local r = run("A car bomb exploded outside a hospital in Cairo on Sunday night, killing 20 "
      .. "people.\n\n" .. FILLER .. "Officials called it a cowardly attack, and on Monday a "
      .. "second bomb exploded at a market in Giza, killing 3 people.")
    assert.equal(2, #r)
    assert.equal("Giza", r[2].place)
  end)
end)

describe("extract: a bulleted timeline under a title that names a town", function()
  it("places the entries that name no town of their own", function()
    local r = run("Attacks in Kano: a timeline\n\n- 3 May 2014: A bomb exploded at a bus station, "
      .. "killing 12 people.\n- 1 July 2015: Gunmen attacked a market, killing 4 traders.\n- 9 "
      .. "March 2016: A suicide bomber blew himself up at a mosque, killing 6 worshippers.\n")
    assert.equal(3, #r)
    for _, x in ipairs(r) do assert.equal("Kano", x.place) end
    assert.equal("2015-07-01", r[2].date)
    r = run("Previous attacks in Mombasa\n\n- 12 May 2014: Grenades were thrown at a bus, "
      .. "killing 3 passengers.\n- 2 June 2015: Gunmen opened fire on a church, killing 2 "
      .. "worshippers.\n- 8 August 2016: A bomb went off near a ferry, wounding 9 people.\n")
    assert.equal(3, #r)
    assert.equal("Mombasa", r[3].place)
    r = run("Timeline of bombings in Quetta\n\n- 10 January 2013: Twin blasts tore through a "
      .. "snooker hall, killing 92 people.\n- 16 February 2013: A bomb hidden in a water tanker "
      .. "exploded at a market, killing 84 people.\n- 8 August 2016: A suicide bomber struck a "
      .. "hospital, killing 70 people.\n")
    assert.equal(3, #r)
    assert.equal("Quetta", r[2].place)
  end)

  it("leaves an entry its own town", function()
    local r = run("Attacks in Kano: a timeline\n\n- 3 May 2014: A bomb exploded at a bus station, "
      .. "killing 12 people.\n- 1 July 2015: Gunmen attacked a market in Lagos, killing 4 "
      .. "traders.\n- 9 March 2016: A suicide bomber blew himself up at a mosque, killing 6 "
      .. "worshippers.\n")
    assert.equal("Lagos", r[2].place)
    assert.equal("Kano", r[3].place)
  end)
end)

describe("extract: a year that names a law", function()
  local PLOT = "Police foiled a plot to bomb a church in Jakarta on Sunday.\n\n"

  it("dates no event", function()
    local r = run(PLOT .. FILLER .. "The arrests will add pressure for a revision of the 2003 "
      .. "anti-terrorism law that would allow police to detain people for preparing attacks "
      .. "before any bomb is built.")
    assert.equal(1, #r)
    r = run(PLOT .. FILLER .. "Under the 2018 counter-terrorism act, police can detain people "
      .. "for preparing attacks before any bomb is built.")
    assert.equal(1, #r)
    r = run(PLOT .. FILLER .. "The 2015 anti-terror law lets police detain people for "
      .. "preparing attacks before any bomb is built.")
    assert.equal(1, #r)
  end)

  it("leaves a year that dates an event", function()
    local r = run("In 2003, a car bomb exploded at a hotel in Jakarta, killing 12 people.")
    assert.equal(1, #r)
    assert.equal("2003", r[1].date)
  end)
end)

describe("extract: a second kill joined to the toll by 'and'", function()
  it("adds its victims to the toll", function()
    local r = run("A gunman opened fire on a pub in Tel Aviv on Friday, killing two people, and "
      .. "shot dead a taxi driver as he fled.")
    assert.equal(3, r[1].killed_lo)
    assert.equal(3, r[1].killed_hi)
    r = run("Gunmen attacked a village near Maiduguri on Sunday, killing 5 farmers, and shot dead "
      .. "a herder on their way out.")
    assert.equal(6, r[1].killed_lo)
    r = run("A gunman shot dead three customers at a shop in Durban on Friday and killed a "
      .. "security guard outside.")
    assert.equal(4, r[1].killed_lo)
  end)

  it("leaves a part of the toll or a wound out of it", function()
    local r = run("A gunman opened fire on a pub in Tel Aviv on Friday, killing two people, "
      .. "including a taxi driver.")
    assert.equal(2, r[1].killed_lo)
    r = run("A gunman opened fire on a pub in Tel Aviv on Friday, killing two people, and "
      .. "wounded a taxi driver as he fled.")
    assert.equal(2, r[1].killed_lo)
  end)
end)

describe("extract: a headline's toll on a dated page whose lead tells none", function()
  it("is the lead's event told with its toll", function()
    local r = run("Shootings at cafe and synagogue leave two dead, five hurt\n\n" .. FILLER
      .. "A gunman opened fire at a cafe in Oslo on Saturday afternoon, police said.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
    r = run("Bombing at bus depot: 7 dead\n\n" .. FILLER .. "A bomb exploded at a bus depot in "
      .. "Peshawar on Monday morning, officials said.")
    assert.equal(1, #r)
    assert.equal(7, r[1].killed_lo)
    r = run("Hospital bombing: 12 killed\n\n" .. FILLER .. "A suicide bomber blew himself up at "
      .. "a hospital in Quetta on Monday, officials said.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)

  it("stays another event in a town of its own", function()
    local r = run("A bomb exploded at a bus depot in Peshawar on Monday morning, officials "
      .. "said.\n\n" .. FILLER .. "Gunmen killed 4 people at a bank in Lahore, police said.")
    assert.equal(2, #r)
    assert.equal("Lahore", r[2].place)
  end)
end)

describe("extract: a wave told whole in the plural, then event by event", function()
  it("is the sum of the events, no event of its own", function()
    local r = run("The November 2003 bombings killed 57 people in Istanbul.\n\n" .. FILLER .. "On "
      .. "November 15, 2003, a truck bomb exploded outside a synagogue in Istanbul, killing 27 "
      .. "people. On November 20, 2003, a second truck bomb exploded outside a bank in Istanbul, "
      .. "killing 30 people.")
    assert.equal(2, #r)
    assert.equal(27, r[1].killed_lo)
    r = run("The bombings of March 2004 killed 12 people in Kano.\n\n" .. FILLER .. "On 3 March "
      .. "2004 a bomb exploded at a market in Kano, killing 5 people. On 9 March 2004 a bomb "
      .. "exploded at a mosque in Kano, killing 7 people.")
    assert.equal(2, #r)
    r = run("The shootings of June 2019 left 9 people dead in Lagos.\n\n" .. FILLER .. "On 2 June "
      .. "2019 gunmen killed 4 people at a bar in Lagos. On 20 June 2019 gunmen killed 5 people "
      .. "at a church in Lagos.")
    assert.equal(2, #r)
  end)

  it("stays when its toll is not their sum", function()
    local r = run("The bombings of March 2004 killed 20 people in Kano.\n\n" .. FILLER .. "On 3 "
      .. "March 2004 a bomb exploded at a market in Kano, killing 5 people. On 9 March 2004 a "
      .. "bomb exploded at a mosque in Kano, killing 7 people.")
    assert.equal(3, #r)
  end)
end)

describe("casualties: a toll whose subject counts the sites attacked", function()
  it("is read past the count of things", function()
    local r = run("The number of soldiers killed when militants overran two army bases near Mopti "
      .. "on Monday has risen to 41, officials said.")
    assert.equal(41, r[1].killed_lo)
    r = run("The number of people killed when gunmen stormed three police posts near Arish on "
      .. "Monday climbed to 17.")
    assert.equal(17, r[1].killed_lo)
    r = run("The number of soldiers killed when militants attacked four checkpoints near Kidal "
      .. "on Monday rose to 30, the army said.")
    assert.equal(30, r[1].killed_lo)
  end)

  it("takes no count of people for a count of things", function()
    local r = run("The number of people killed when gunmen shot two police officers and a driver "
      .. "near Arish on Monday rose to 3.")
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("claims: 'the sect' for a group told before", function()
  it("is the group's voice", function()
    local r = run("Boko Haram has stepped up its attacks this year. In June, a car bomb exploded "
      .. "at the police headquarters in Abuja, killing 2 people, an attack the sect said it had "
      .. "carried out.")
    assert.is_true(r[1].claimed)
    r = run("Boko Haram fighters are active in the area. Gunmen killed 5 villagers near "
      .. "Maiduguri on Sunday. The sect said in a video that it had carried out the attack.")
    assert.is_true(r[1].claimed)
    assert.equal("Boko Haram", r[1].perpetrator)
    r = run("A bomb exploded at a church in Jos on Sunday, killing 3 people. Boko Haram is blamed "
      .. "for most such attacks, and the sect said on Monday that it had carried out the "
      .. "bombing.")
    assert.is_true(r[1].claimed)
  end)

  it("claims nothing it did not say it did", function()
    local r = run("A bomb exploded at a church in Jos on Sunday, killing 3 people. A local "
      .. "religious sect said it had held prayers for the victims.")
    assert.is_nil(r[1].claimed)
  end)
end)

describe("places: a town named after a longer place name that holds it", function()
  it("is the town, not a person's family name ('New Delhi' ... 'the Delhi High Court')", function()
    local r = run("In New Delhi, the home minister spoke to reporters on Friday.\n\nA bomb "
      .. "exploded outside the Delhi High Court on 7 September 2011, killing 11 people.")
    assert.equal("Delhi", r[1].place)
    r = run("The attack was condemned in New Delhi.\n\nOn 25 May 2011 a bomb went off in the car "
      .. "park of the Delhi High Court, injuring 3 people.")
    assert.equal("Delhi", r[1].place)
    r = run("The minister flew back to New Delhi on Friday.\n\nOn 13 May 2008 a bomb exploded near "
      .. "the Delhi Gate market, killing 5 people.")
    assert.equal("Delhi", r[1].place)
  end)

  it("stays a family name after a person named in full", function()
    local r = run("The party's candidate, Ahmed Kano, spoke at a rally on Friday.\n\nOn Sunday "
      .. "gunmen shot dead two guards at a bank. Kano condemned the attack.")
    assert.is_nil(r[1].place)
  end)
end)

describe("extract: 'the X suburb of Y' after another city told", function()
  it("is in city X, not a part of the city told last", function()
    local r = run("A gunman killed 2 people at a cafe in Sydney on Monday.\n\n" .. FILLER .. "In "
      .. "June a gunman held a woman hostage in the Melbourne suburb of Brighton after shooting "
      .. "dead a clerk.")
    assert.equal(2, #r)
    assert.equal("Melbourne", r[2].place)
    r = run("A bomb exploded in Karachi on Monday, killing 5 people.\n\n" .. FILLER .. "On Friday "
      .. "gunmen attacked a school in the Lahore suburb of Model Town, killing 2 guards.")
    assert.equal("Lahore", r[2].place)
    r = run("A bomb killed 3 people in Lagos on Monday.\n\n" .. FILLER .. "On Friday gunmen "
      .. "attacked a church in the Abuja district of Kubwa, killing 4 worshippers.")
    assert.equal("Abuja", r[2].place)
  end)

  it("keeps a district named alone a part of the city told", function()
    local r = run("A gunman attacked a nightclub in Istanbul on Sunday, killing 39 people. Police "
      .. "sealed off the Ortakoy district.")
    assert.equal(1, #r)
    assert.equal("Istanbul", r[1].place)
  end)
end)

describe("dates: a holiday told in the past tense", function()
  it("is the last one, not the next one nearer the page's date", function()
    local r = run("Police arrested men in Melbourne who were planning to set off explosives and "
      .. "attack crowds on Christmas Day.", "2017-07-31")
    assert.equal("2016-12-25", r[1].date)
    r = run("Gunmen attacked a church in Lahore on Christmas Day, killing 4 people.", "2017-08-20")
    assert.equal("2016-12-25", r[1].date)
    r = run("A gunman opened fire at a nightclub in Istanbul on New Year's Day, killing 39 "
      .. "people.", "2017-07-10")
    assert.equal("2017-01-01", r[1].date)
  end)

  it("keeps the nearest one when it lies behind", function()
    local r = run("Gunmen attacked a church in Lahore on Christmas Day, killing 4 people.",
      "2017-02-10")
    assert.equal("2016-12-25", r[1].date)
  end)
end)

describe("extract: a dateline of a town in capitals and a dash", function()
  local run29 = function(body) return run(body, "2019-07-29") end

  it("places the lead event in the town no list knows", function()
    local r = run29("Local Courier\n\nHome | News | Sports\n\nGunman kills 3 at summer festival; "
      .. "suspect shot by police\n\nPublished July 28, 2019 at 11:52 pm | Updated July 29, 2019 at "
      .. "1:10 am | By Staff writers of the Courier\n\nPhoto: Festival-goers are led out of the "
      .. "park by officers after shots rang out near the main stage on Sunday evening.\n\nGILROY "
      .. "\226\128\148 A man opened fire at a festival on Sunday evening, killing at least three "
      .. "people.")
    assert.equal("Gilroy", r[1].place)
    r = run29("SPRINGDALE \226\128\148 A gunman opened fire at a supermarket on Saturday, killing "
      .. "2 people.")
    assert.equal("Springdale", r[1].place)
    r = run29("Man stabs three people at a public library in a small town in the north of the "
      .. "state, police say\n\nBy Staff Reporter\n\nRUTLAND - A man stabbed 3 people at a library "
      .. "on Monday, police said.")
    assert.equal("Rutland", r[1].place)
  end)

  it("takes no heading in capitals for a town", function()
    local r = run29("BREAKING NEWS\n\nA gunman killed 2 people at a bar in Denver on Friday.")
    assert.equal("Denver", r[1].place)
  end)
end)

describe("extract: the attacker hurt, told of him as his sentence's subject", function()
  local run22 = function(body) return run(body, "2015-04-22") end

  it("is no event of its own", function()
    assert.equal(0, #run22("The suspect, a computer science student, was detained in Paris after "
      .. "he called emergency services early on Sunday to say he had been shot."))
    assert.equal(0, #run22("The gunman was arrested in Lyon on Monday after he went to a "
      .. "hospital, where he said he had been stabbed."))
    assert.equal(0, #run22("The attacker was detained in Nice on Friday after he told officers "
      .. "he was wounded."))
  end)

  it("leaves a victim the suspect tells of, and the attack he ended in", function()
    local r = run22("The suspect told police on Sunday that a man had been shot outside a bar in "
      .. "Paris.")
    assert.equal(1, #r)
    r = run22("The gunman opened fire on a bus in Lyon on Monday, killing 2 people, before he was "
      .. "shot by a guard.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
  end)
end)
