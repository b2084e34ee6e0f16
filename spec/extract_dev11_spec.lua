-- Specs of incidents.extract on the construction classes of ordinary long
-- pages that eval/dev11 showed (breaking reports updated through the day,
-- newsletters on one group, TV web stories, wire stories with background,
-- "what we know" explainers). Our own sentences, run with the default pack;
-- no sentence of the set is quoted.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.dated_extract(pack, "2024-05-20")

describe("extract: a count told by a speaker later in the page", function()
  it("is another count of the event told, not a new report", function()
    local r = run("Gunmen attacked a market in Kano on Sunday, killing 22 people.\n\n"
      .. "UPDATE 4pm\n\n"
      .. "The governor said in a televised address that 19 traders and two police "
      .. "officers had been killed.\n\n"
      .. "Later the police said the toll had risen to 25.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal(25, r[1].killed_lo)
  end)

  it("keeps the story's figure when an earlier one is told after it", function()
    local r = run("Gunmen attacked a market in Kano on Sunday, killing 22 people, the "
      .. "police said on Monday.\n\n"
      .. "A nurse at the clinic had told journalists on Sunday night that 30 were dead, "
      .. "a count the hospital later withdrew.")
    assert.equal(1, #r)
    assert.equal(22, r[1].killed_lo)
  end)

  it("still makes a report of a count with a place and day of its own", function()
    local r = run("Gunmen attacked a market in Kano on Sunday, killing 22 people.\n\n"
      .. "In Maiduguri, officials said that 12 soldiers had been killed by militants on "
      .. "Saturday.")
    assert.equal(2, #r)
  end)
end)

describe("extract: a later mention of the event told is no new event", function()
  it("leaves out the country whose ministry condemned the attack", function()
    local r = run("Rebels shot at a minibus near Anantnag in Kashmir on Monday, leaving "
      .. "seven passengers dead.\n\nOn Tuesday Pakistan's interior ministry denounced "
      .. "Monday's attack.")
    assert.equal(1, #r)
    assert.equal("IN", r[1].country)
  end)

  it("leaves out a speaker's province told with the speaker's name", function()
    local r = run("A man with a rifle shot five people dead at a chapel in Kizlyar on "
      .. "Sunday.\n\nMoscow called the shooting a crime, while Dagestan's governor, Ivan "
      .. "Petrov, blamed foreign preachers.")
    assert.equal(1, #r)
  end)

  it("takes the attackers' path for the event's, not a new one", function()
    local r = run("Rebels sprayed a minibus of travellers with bullets near Anantnag on "
      .. "Monday night, leaving seven dead, officers said on Tuesday.\n\nOfficers said the "
      .. "attackers had earlier shot at an army convoy in Baramulla, then at the minibus.")
    assert.equal(1, #r)
    assert.equal("Anantnag", r[1].place)
  end)

  it("still makes a report of new attackers at a place of their own", function()
    local r = run("Rebels shot at a minibus in Anantnag on Monday, leaving seven dead.\n\n"
      .. "On Tuesday, other gunmen fired at a police van in Srinagar, killing two officers.")
    assert.equal(2, #r)
  end)

  it("reads an event word a link points at as the event told", function()
    local r = run("A suicide bomber set off a device at the bus depot in Volgograd on "
      .. "Sunday, killing 11 people.\n\nDetectives raided two flats in Dagestan on Monday "
      .. "and held a woman, but would not say if she was linked to the bombing.")
    assert.equal(1, #r)
    assert.equal("Volgograd", r[1].place)
  end)

  it("reads 'was the first attack ... in <region> in years' as said of its subject", function()
    local r = run("The shooting at the chapel in Kizlyar on Sunday, which the Islamic State "
      .. "claimed, was the first deadly attack on worshippers in Dagestan in a decade.")
    assert.equal(1, #r)
    assert.equal("Kizlyar", r[1].place)
    r = run("The shooting at the chapel in Kizlyar on Sunday, which the Islamic State "
      .. "claimed, was the second attack on a chapel in Dagestan this year.")
    assert.equal(1, #r)
  end)

  it("still makes a report of an attack that is no predicate", function()
    local r = run("The shooting at the chapel in Kizlyar on Sunday left five dead. On Monday "
      .. "a second attack hit a police post in Makhachkala, killing two officers.")
    assert.equal(2, #r)
  end)
end)

describe("extract: the places around a scene", function()
  it("does not place an event in the region an apposition locates its town by", function()
    local r = run("On Sunday, as a service ended at a chapel in Kizlyar, a farming town "
      .. "close to the border with Chechnya, a man armed with a rifle shot at the crowd. Five "
      .. "people died.")
    assert.equal(1, #r)
    assert.is_not.equal("Chechnya", r[1].place)
  end)

  it("keeps a town an apposition names, and drops the town it is south of", function()
    local r = run("On Monday, gunmen attacked a bus at Pampur, south of Srinagar, killing "
      .. "eight police officers.")
    assert.equal(1, #r)
    assert.is_not.equal("Srinagar", r[1].place)
  end)

  it("keeps a known town whose apposition names no landmark", function()
    local r = run("On Monday, gunmen attacked a bus in Srinagar, the largest city of the "
      .. "valley, killing eight police officers.")
    assert.equal("Srinagar", r[1].place)
  end)

  it("does not take a saint's name in a church's name for a town", function()
    local r = run("A man shot five worshippers dead at St George's Orthodox chapel in "
      .. "Kizlyar on Sunday.")
    assert.equal(1, #r)
    assert.is_not.equal("St George's", r[1].place)
  end)

  it("still places a bomb at a newspaper in a city (no statement's audience)", function()
    local r = run("On 2 September, a car bomb destroyed the offices of a newspaper in "
      .. "Bogota.")
    assert.truthy(r[1].place and r[1].place:find("^Bogot"))
  end)
end)

describe("extract: sums and the state's dead", function()
  it("makes no report of a place 'attacked several times since' a year", function()
    local r = run("The temple road has been ambushed many times since the revolt in "
      .. "Kashmir began in 1989.")
    assert.equal(0, #r)
  end)

  it("still makes a report of a man shot five times", function()
    local r = run("Gunmen shot the mayor of Mulqui five times at his home in Huancayo on "
      .. "Friday, killing him.")
    assert.equal(1, #r)
  end)

  it("does not give an attack the dead of security forces told after it", function()
    local r = run("In May, rebels waylaid a patrol in Anantnag and shot six constables "
      .. "dead.\nUnrest grew after that, with marches in which about 90 protesters were "
      .. "killed by troops.")
    assert.equal(1, #r)
    assert.equal(6, r[1].killed_lo)
  end)
end)

describe("extract: a newsletter's question headings", function()
  it("are no round-up's sections: the event told under one goes on under the next", function()
    local r = run("Issue 12\n\nSUMMARY\n\nThe shooting at a chapel in Kizlyar on Sunday "
      .. "was claimed by the Islamic State.\n\nWHAT WE KNOW\n\nAround dusk on Sunday a man "
      .. "shot at worshippers as they came out. Five people died.\n\nWHO DID IT\n\nThe "
      .. "group's outlet said one of its fighters did it.\n\nOUTLOOK\n\nMore may follow.",
      "2018-02-21")
    assert.equal(1, #r)
    assert.equal(5, r[1].killed_lo)
  end)
end)

describe("extract: a newsletter's record in brief", function()
  local record = "Issue 5\n\nTRACK RECORD\n\nThe record since then, in short:\n\n"
    .. "- Derbent, December 2015. Late on 29 December, two men shot at tourists on a "
    .. "hill walk in Dagestan's second city, leaving one dead.\n\n"
    .. "- Surgut, August 2017. On 19 August a youth with a blade went for shoppers on the "
    .. "main street of the northern town, injuring seven.\n"

  it("places an entry by its heading's town, finer than a region told", function()
    local r = run(record, "2018-02-21")
    assert.equal("Derbent", r[1].place)
    assert.equal("Surgut", r[2].place)
  end)

  it("dates a day told with no year in its heading's year", function()
    local r = run(record, "2018-02-21")
    assert.equal("2015-12-29", r[1].date)
    assert.equal("2017-08-19", r[2].date)
  end)

  it("keeps a heading's town out of a town told in the entry itself", function()
    local r = run("Issue 5\n\n- Derbent, December 2015. On 29 December, two men shot "
      .. "on a police post in Makhachkala, killing one officer.\n", "2018-02-21")
    assert.equal("Makhachkala", r[1].place)
  end)
end)

describe("extract: a town's name inside another name", function()
  it("is not the place when a hyphen joins it to a word that is no place", function()
    local r = run("On 29 December, two men shot a tourist dead at the Naryn-Kala walls in "
      .. "Derbent.", "2018-02-21")
    assert.equal("Derbent", r[1].place)
  end)

  it("still is when the hyphen joins two ends of a border or road", function()
    local r = run("In April, 22 soldiers were killed by rebels in an ambush on the "
      .. "Kabul-Jalalabad road.", "2021-06-01")
    assert.truthy(r[1].place == "Kabul" or r[1].place == "Jalalabad")
  end)
end)

describe("extract: the state's operations told in an analysis", function()
  it("makes no report of armed men the security service killed resisting arrest", function()
    local r = run("Officers shot two men dead in Makhachkala on Tuesday when they "
      .. "resisted arrest at a flat, the agency reported.", "2018-02-21")
    assert.equal(0, #r)
  end)

  it("still makes a report of gunmen who killed two police officers there", function()
    local r = run("On Tuesday two men with rifles shot two police officers dead at a "
      .. "checkpoint in Makhachkala.", "2018-02-21")
    assert.equal(1, #r)
  end)
end)

describe("extract: claims told the ordinary ways", function()
  local lead = "A man with a rifle shot five people dead at a chapel in Kizlyar on Sunday. "

  it("reads a participle with a time before its agent", function()
    local r = run("The shooting at a chapel in Kizlyar on Sunday, claimed the next day by "
      .. "the Islamic State, left five dead.", "2018-02-21")
    assert.is_true(r[1].claimed)
    assert.equal("Islamic State", r[1].perpetrator)
  end)

  it("reads a group claiming the attacker as one of its own", function()
    for _, s in ipairs { "Two days on, the Islamic State claimed him as one of its fighters.",
                         "The Islamic State claimed him through its news agency.",
                         "The Islamic State claimed that the gunman, a local man who had "
                           .. "trained as a welder, was one of its \"fighters\"." } do
      local r = run(lead .. s, "2018-02-21")
      assert.is_true(r[1].claimed, s)
      assert.equal("Islamic State", r[1].perpetrator, s)
    end
  end)

  it("reads an outlet that carried a claim, and a group that said it had done it", function()
    local r = run(lead .. "The Islamic State said it had done it.", "2018-02-21")
    assert.is_true(r[1].claimed)
    r = run(lead .. "Its news agency published a claim within hours.", "2018-02-21")
    assert.is_true(r[1].claimed)
  end)

  it("does not read a claim into 'claimed that' with no soldier in it", function()
    local r = run(lead .. "The Islamic State claimed that the church was a target of war.",
      "2018-02-21")
    assert.is_not_true(r[1].claimed)
  end)
end)

describe("extract: the day of a claim and the day of its event", function()
  it("counts the event's day back from a claim 'a day after the attack'", function()
    local r = run("The Islamic State on Tuesday claimed that the man who ran a van into "
      .. "shoppers in Columbus and then stabbed two guards was one of its fighters, a day "
      .. "after the attack wounded nine people.", "2016-11-29")
    assert.equal(1, #r)
    assert.equal("2016-11-28", r[1].date)
  end)

  it("takes no day from a statement about early reports of gunfire", function()
    local r = run("A man ran a van into shoppers in Columbus on Monday and then stabbed two "
      .. "guards, wounding nine.\n\nThe mall defended its warning on Tuesday, saying staff "
      .. "had responded to early reports of a shooting.", "2016-11-29")
    assert.equal(1, #r)
    assert.equal("2016-11-28", r[1].date)
  end)

  it("does not place a campus attack in the state a university is named after", function()
    local r = run("COLUMBUS, Ohio - A man ran a van into students outside an Ohio State "
      .. "University library on Monday, wounding nine.", "2016-11-29")
    assert.equal("Columbus", r[1].place)
  end)
end)

describe("extract: wire copy the Reuters review found", function()
  it("reads an ambush told as a toll, then more fully, as one event", function()
    local r = run("MANILA, March 20 - Rebels killed 18 soldiers on Mindanao island in the "
      .. "south, the army said.\nOfficers said about 70 soldiers on patrol were attacked by "
      .. "guerrillas in the hills around Bukidnon and Davao del Sur provinces.", "1987-03-20")
    assert.equal(1, #r)
    assert.equal(18, r[1].killed_lo)
  end)

  it("still makes two reports of a second attack with a day of its own", function()
    local r = run("MANILA, March 20 - Rebels killed 18 soldiers on Mindanao island in the "
      .. "south, the army said.\nOn Tuesday, soldiers on patrol were attacked by guerrillas "
      .. "in Quezon province.", "1987-03-20")
    assert.equal(2, #r)
  end)

  it("makes no report of a stabbing in a scuffle on a picket line", function()
    local r = run("The union said one of its workers was stabbed and is in hospital after a "
      .. "scuffle broke out with a replacement worker in Toronto early today.", "1987-06-19")
    assert.equal(0, #r)
  end)

  it("drops the attack of a day a state's strike is then named by", function()
    local r = run("BAHRAIN, Oct 19 - Jets attacked Iranian oil rigs in the Gulf on Monday.\n"
      .. "Officials had been meeting on a response since Friday when an attack on a port "
      .. "damaged a ship. The president said on Sunday he had made a decision on the "
      .. "response to Friday's Iran attack.", "1987-10-19")
    assert.equal(0, #r)
  end)

  it("keeps an attack of that day when no state's strike names it", function()
    local r = run("Officials had been meeting on a response since Friday when an attack on a "
      .. "port damaged a ship. The president said on Sunday he would not speak of Friday's "
      .. "attack.", "1987-10-19")
    assert.equal(1, #r)
  end)
end)

describe("extract: the places of the victims' journey and the toll's parts", function()
  it("does not place the event where the victims had come from", function()
    local r = run("Armed men shot at bathers in the seaside town of Grand-Bassam on Sunday, "
      .. "leaving 18 dead.\n\nThe attackers fired on tourists who had driven down from "
      .. "Abidjan, 40 km to the west.\n\nAl-Qaeda in the Islamic Maghreb claimed "
      .. "responsibility for the attack.", "2016-03-13")
    assert.equal(1, #r)
    assert.equal("Grand-Bassam", r[1].place)
    assert.is_true(r[1].claimed)
  end)

  it("keeps a scene placed by its distance from another town", function()
    local r = run("Gunmen attacked a bus in Sokoto, 40 kilometres north of Gusau, on "
      .. "Sunday, killing 18 people.", "2016-03-13")
    assert.equal("Sokoto", r[1].place)
  end)

  it("reads a toll 'including N attackers' and the victims alone as one event", function()
    local r = run("OUAGADOUGOU, March 3 (Wire) - The government on Saturday lowered the toll "
      .. "from the assaults on the ministry in the capital to 22 dead, including five "
      .. "gunmen.\n\n"
      .. "Armed men stormed the ministry in central Ouagadougou on Friday, killing 17 "
      .. "guards, officials said.", "2018-03-03")
    assert.equal(1, #r)
    assert.equal(22, r[1].killed_lo)
    r = run("OUAGADOUGOU, March 3 (Wire) - The government on Saturday revised the toll of "
      .. "the assault on the ministry to 22 dead, including five gunmen.\n\nArmed men "
      .. "stormed the ministry in Ouagadougou on Friday, killing 17 guards, officials said.",
      "2018-03-03")
    assert.equal(1, #r)
    assert.equal(22, r[1].killed_lo)
  end)

  it("keeps two events whose tolls differ with no attackers' part", function()
    local r = run("OUAGADOUGOU, March 3 (Wire) - The government on Saturday revised the toll "
      .. "of the assault on the ministry to 16 dead in all.\n\nIn December 2016, "
      .. "gunmen struck an army post in Ouagadougou, killing eight soldiers.", "2018-03-03")
    assert.equal(2, #r)
  end)
end)

describe("extract: groups whose names sound alike", function()
  it("tells Burkina Faso's Ansarul Islam from Iraq's Ansar al-Islam", function()
    local r = run("In March 2017, armed men raided a school at Djibo and shot two teachers "
      .. "dead. Ansarul Islam later said it was behind the raid.", "2018-03-03")
    assert.equal("Ansarul Islam", r[1].perpetrator)
  end)

  it("tells the Islamic Jihad Organization of the 1980s from the Palestinian group", function()
    local r = run("On 12 December 1983, car bombs struck the embassies in Kuwait, killing six "
      .. "people. The Islamic Jihad Organization said it carried out the attacks.",
      "2015-06-26")
    assert.equal("Islamic Jihad Organization", r[1].perpetrator)
  end)
end)

describe("extract: a toll updated through the day", function()
  it("takes the figure an authority then put the toll at", function()
    local r = run("A bomber set off his vest at a mosque in Kuwait City on Friday, killing "
      .. "at least 6 people.\n\nThe toll climbed to 30 by noon; by night the army put it at "
      .. "34 dead and 90 wounded.", "2015-06-26")
    assert.equal(34, r[1].killed_lo)
  end)

  it("keeps the latest figure over an earlier one the police had given", function()
    local r = run("A bomb went off in a carriage in St Petersburg on Monday. Nineteen "
      .. "passengers have died, the mayor said. Police had put it at 12 at first and then "
      .. "at 15.", "2017-04-04")
    assert.equal(19, r[1].killed_lo)
  end)

  it("counts the dead 'in the fighting' of an assault told", function()
    local r = run("At first light on 24 March, rebels attacked a barracks in Naurskaya. Four "
      .. "policemen died in the fighting.", "2018-02-21")
    assert.equal(4, r[1].killed_lo)
  end)

  it("still counts no conflict's dead as an attack's toll", function()
    local r = run("At first light on 24 March, rebels attacked a barracks in Naurskaya.\n\n"
      .. "More than 7,000 people have died in the conflict.", "2018-02-21")
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("extract: a 'what we know' page's named events", function()
  it("gives an event named by its town the one event told with no place", function()
    local r = run("On Saturday afternoon a van was rammed at speed through the doors of the "
      .. "station hall, hours after a bomb was found in central Bristol on Friday.\n\nNo "
      .. "group has claimed either the Leeds attack or the Bristol bomb. Police said on "
      .. "Sunday that the Leeds attack and the Bristol bomb were linked.", "2011-05-29")
    assert.equal(2, #r)
    assert.equal("Leeds", r[1].place)
    assert.equal("2011-05-28", r[1].date)
  end)

  it("makes a report of the attempt to copy an attack, on its own day", function()
    local r = run("Two bombs killed 30 people on buses in Leeds on 4 May 2011. A month on, on "
      .. "2 June, three men set out to copy the bombing, but their devices did not go off and "
      .. "nobody was hurt.", "2011-06-30")
    assert.equal(2, #r)
    assert.equal("2011-06-02", r[2].date)
    assert.equal(0, r[2].killed_lo)
    assert.equal(0, r[2].wounded_lo)
  end)

  it("reads 'the 3 June bombings' as the day told before, not a year later", function()
    local r = run("Britain has faced the threat since the train bombings of 3 June 2009, when "
      .. "two bombers killed 19 commuters on a train.\n\nThe anniversary of the 3 June "
      .. "bombings falls next week, and police said extra officers would patrol the "
      .. "stations.", "2011-05-28")
    assert.equal(1, #r)
    assert.equal("2009-06-03", r[1].date)
  end)

  it("still makes a report of a new event on a day told with its own year", function()
    local r = run("Two bombers killed 19 people in Leeds on 3 June 2009. On 3 June 2010, a "
      .. "bomb exploded at a station in York, killing two people.", "2011-05-28")
    assert.equal(2, #r)
  end)
end)

describe("extract: nobody hurt", function()
  it("is nobody killed either", function()
    local r = run("A parcel bomb blew up at the tax office in Belfast on Friday night; "
      .. "nobody was hurt.", "2019-04-26")
    assert.equal(0, r[1].killed_lo)
    assert.equal(0, r[1].wounded_lo)
  end)

  it("but 'no one else was hurt' leaves the dead to the count told", function()
    local r = run("A parcel bomb blew up at the tax office in Belfast on Friday night, "
      .. "killing the bomber; no one else was hurt.", "2019-04-26")
    assert.is_not.equal(0, r[1].killed_lo)
  end)
end)

describe("extract: an event with no place in a page about one country", function()
  it("is in the country of the page's other events", function()
    local r = run("A bomb was found on a bus in central Manchester on Friday.\n\nBritain has "
      .. "faced such threats since the train bombings of 3 June 2009, when two bombers killed "
      .. "19 commuters on a train.", "2011-05-28")
    assert.equal(2, #r)
    assert.equal("GB", r[2].country)
  end)

  it("is in no country a backdrop names once", function()
    local r = run("A bomb killed 9 people on a bus in May 2023. The bombing came as U.S. "
      .. "diplomats met officials in Doha.", "2024-05-20")
    assert.is_nil(r[1].country)
  end)
end)

describe("extract: a wire's background paragraph of old attacks", function()
  local back = "On March 4, 1984, a series of truck bombs hit the U.S. and Dutch embassies "
    .. "and the port in Tripoli within an hour, killing nine people.\n\nIn June 1986, a lorry "
    .. "laden with explosives rammed into the convoy of the minister as he drove to "
    .. "parliament. Two of his guards died. The Islamic Jihad Organization said it carried "
    .. "out the attack."

  it("reads a lorry laden with explosives rammed into a convoy as a bombing", function()
    local r = run(back, "2015-06-26")
    assert.equal("bombing", r[2].attack_type)
  end)

  it("gives the claim to the event told last, not to a wave told before it", function()
    local r = run(back, "2015-06-26")
    assert.is_nil(r[1].perpetrator)
    assert.equal("Islamic Jihad Organization", r[2].perpetrator)
  end)

  it("does not place the bombs in the countries whose embassies they struck", function()
    local r = run(back, "2015-06-26")
    assert.equal("LY", r[1].country)
  end)

  it("still reads a car driven into a crowd as no bombing", function()
    local r = run("In May 2019, a man rammed a car into a crowd in Kuwait City, injuring "
      .. "five people.", "2019-06-01")
    assert.equal("unarmed_assault", r[1].attack_type)
  end)
end)

describe("extract: a plot the security service says it broke up", function()
  it("is a foiled plot, not an attack", function()
    local r = run("In March 2016, police said they had dismantled a network of militants "
      .. "who had been plotting a bombing of the metro in Moscow.", "2017-04-04")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)

  it("but police who broke up a crowd after a bombing leave the bombing an attack", function()
    local r = run("A bomb exploded at a market in Moscow on Monday, killing three people. "
      .. "Police later broke up a crowd of onlookers.", "2017-04-04")
    assert.equal("attack", r[1].status)
  end)
end)

describe("extract: an attacker shot dead by police after his attack", function()
  it("leaves the attack an attack", function()
    local r = run("Last spring a man with a knife wounded three shoppers at a mall in Fresno "
      .. "before he was shot dead by police.", "2016-11-29")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
  end)

  it("but a man shot dead by police in a raid makes no report", function()
    local r = run("On Tuesday a man was shot dead by police in a raid on a flat in Fresno.",
      "2016-11-29")
    assert.equal(0, #r)
  end)
end)

describe("extract: a newsletter on one killing", function()
  local issue = "THE BRIEF | Issue 112\n\n"
    .. "In this issue: the murder of a mayor, and what it means for the rebels; what to "
    .. "watch.\n\n"
    .. "On the night of Friday 12 April, soldiers entered a district of Mosul to search "
    .. "homes. The raids led to clashes. Just before midnight a gunman in a mask shot at the "
    .. "troops.\n\n"
    .. "Two days later the rebels admitted it.\n\n"
    .. "The murder was not the rebels' only attack this month. In March, a bomb went off "
    .. "outside the courthouse in Mosul; nobody was hurt."

  it("reads no event in the issue's contents line, and the scene below dates it", function()
    local r = run(issue, "2019-04-26")
    assert.equal("2019-04-12", r[1].date)
    assert.equal("Mosul", r[1].place)
  end)

  it("reads 'the rebels admitted it' as a claim of the event told", function()
    local r = run(issue, "2019-04-26")
    assert.is_true(r[1].claimed)
  end)

  it("takes 'was not the rebels' only attack this month' as said of the murder", function()
    local r = run(issue, "2019-04-26")
    assert.equal(2, #r)
    assert.equal("2019-03", r[2].date)
  end)

  it("still reads 'admitted it was a mistake' as no claim", function()
    local r = run("A gunman shot a mayor in Mosul on Friday. An officer admitted it was a "
      .. "mistake to search the district.", "2019-04-26")
    assert.is_nil(r[1].claimed)
  end)
end)

describe("extract: reports of an event", function()
  it("still tell a new event when they are no early report of one told", function()
    local r = run("Gunmen attacked a hotel in Kabul on Monday, killing five people.\n\nOn "
      .. "Tuesday there were reports of an explosion at a mosque in Kandahar, with at least "
      .. "three people killed.", "2024-05-20")
    assert.equal(2, #r)
  end)
end)

describe("extract: the dead of the fighting over months", function()
  it("are still a sum, not the toll of the assault told", function()
    local r = run("At first light on 24 March, rebels attacked a barracks in Naurskaya. "
      .. "Some 300 people have been killed in the fighting since January.",
      "2018-02-21")
    assert.is_nil(r[1].killed_lo)
  end)
end)
