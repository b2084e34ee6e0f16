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
    local r = run("Issue 12\n\nBOTTOM LINE\n\nThe shooting outside a church in Kizlyar on "
      .. "Sunday was claimed by the Islamic State.\n\nWHAT HAPPENED\n\nAt 5 p.m. on Sunday "
      .. "a man began firing at people leaving a church. Five women were killed.\n\n"
      .. "WHO IS BEHIND IT\n\nThe group's news agency said one of its soldiers did it.\n\n"
      .. "ASSESSMENT\n\nThe group is weak.", "2018-02-21")
    assert.equal(1, #r)
    assert.equal(5, r[1].killed_lo)
  end)
end)

describe("extract: a newsletter's record in brief", function()
  local record = "Issue 5\n\nTRACK RECORD\n\nThe record since then, in short:\n\n"
    .. "- Derbent, December 2015. On the evening of 29 December, gunmen opened fire on "
    .. "visitors below a fortress in Dagestan's oldest city, killing one person.\n\n"
    .. "- Surgut, August 2017. A teenager armed with a knife attacked passers-by in the "
    .. "centre of the Siberian oil town on 19 August, wounding seven people.\n"

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
    local r = run("Issue 5\n\n- Derbent, December 2015. On 29 December, gunmen opened fire "
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
      .. "had acted on early reports of a shooting.", "2016-11-29")
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
      .. "of the assault on the ministry in the capital to 16 dead.\n\nIn December 2016, "
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
    local r = run("A suicide bomber blew himself up in a mosque in Kuwait City on Friday, "
      .. "killing at least 8 people.\n\nThe toll rose to 25 at around 6 p.m., and in the "
      .. "evening the health ministry put it at 27 dead and 227 wounded.", "2015-06-26")
    assert.equal(27, r[1].killed_lo)
  end)

  it("keeps the latest figure over one officials had put the toll at earlier", function()
    local r = run("A bomb exploded on a train in St Petersburg on Monday. Fourteen people have "
      .. "died, the health minister said. On Monday evening officials had put the toll at 10 "
      .. "and then at 11.", "2017-04-04")
    assert.equal(14, r[1].killed_lo)
  end)

  it("counts the dead 'in the fighting' of an assault told", function()
    local r = run("Before dawn on 24 March, six militants tried to storm a base of the guard "
      .. "in Naurskaya. Six guardsmen were killed in the fighting.", "2018-02-21")
    assert.equal(6, r[1].killed_lo)
  end)

  it("still counts no conflict's dead as an attack's toll", function()
    local r = run("Before dawn on 24 March, six militants tried to storm a base of the guard "
      .. "in Naurskaya.\n\nMore than 7,000 people have died in the conflict.", "2018-02-21")
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("extract: a 'what we know' page's named events", function()
  local page = "A burning car was driven into the terminal of Glasgow Airport on Saturday "
    .. "afternoon, a day after two car bombs were found in central London.\n\n"
    .. "At about 3pm on Saturday, a jeep was rammed at speed into the glass doors of the "
    .. "check-in hall of the airport.\n\n"
    .. "Police said on Sunday that the Glasgow attack and the London car bombs were linked.\n\n"
    .. "Britain has lived with the threat of attacks since the bombings of 7 July 2005, when "
    .. "four suicide bombers killed 52 people on trains and a bus. Two weeks later, on 21 "
    .. "July, four men tried to repeat the attack, but their bombs failed to explode and no "
    .. "one was hurt.\n\n"
    .. "The anniversary of the 7 July bombings falls next Saturday."

  it("gives an event named by its town the one event told with no place", function()
    local r = run("A jeep was rammed at speed into the glass doors of the terminal on Saturday "
      .. "afternoon, hours after car bombs were found in central London on Friday.\n\n"
      .. "No group has claimed either the Glasgow attack or the London car bombs. Police said "
      .. "on Sunday that the Glasgow attack and the London car bombs were linked.", "2007-07-01")
    assert.equal(2, #r)
    assert.equal("Glasgow", r[1].place)
    assert.equal("2007-06-30", r[1].date)
  end)

  it("makes a report of the attempt to repeat an attack, on its own day", function()
    local r = run(page, "2007-07-01")
    local found
    for _, x in ipairs(r) do if x.date == "2005-07-21" then found = x end end
    assert.truthy(found)
    assert.equal(0, found.killed_lo)
    assert.equal(0, found.wounded_lo)
  end)

  it("reads 'the 7 July bombings' as the day told before, not a year later", function()
    local r = run("Britain has lived with the threat since the transport bombings of 7 July "
      .. "2005, when four suicide bombers killed 52 people on trains and a bus.\n\nThe "
      .. "anniversary of the 7 July bombings falls next Saturday, and police said they would "
      .. "keep extra officers at stations until then.", "2007-07-01")
    assert.equal(1, #r)
    assert.equal("2005-07-07", r[1].date)
  end)

  it("still makes a report of a new event on a day told with its own year", function()
    local r = run("Four suicide bombers killed 52 people in London on 7 July 2005. On 7 July "
      .. "2006, a bomb exploded at a station in Leeds, killing two people.", "2007-07-01")
    assert.equal(2, #r)
  end)
end)

describe("extract: nobody hurt", function()
  it("is nobody killed either", function()
    local r = run("A car bomb exploded outside the courthouse in Derry on Saturday night; "
      .. "nobody was hurt.", "2019-04-26")
    assert.equal(0, r[1].killed_lo)
    assert.equal(0, r[1].wounded_lo)
  end)

  it("but 'no one else was hurt' leaves the dead to the count told", function()
    local r = run("A bomb exploded outside the courthouse in Derry on Saturday night, killing "
      .. "the bomber; no one else was hurt.", "2019-04-26")
    assert.is_not.equal(0, r[1].killed_lo)
  end)
end)

describe("extract: an event with no place in a page about one country", function()
  it("is in the country of the page's other events", function()
    local r = run("Two car bombs were found in central London on Friday.\n\nBritain has lived "
      .. "with the threat since the bombings of 7 July 2005, when four suicide bombers killed "
      .. "52 people on three trains and a bus.", "2007-07-01")
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
  local back = "On December 12, 1983, a string of truck and car bombs struck the U.S. and "
    .. "French embassies and the airport in Kuwait within two hours, killing six people.\n\n"
    .. "In May 1985, a car packed with explosives rammed into the motorcade of the emir as he "
    .. "was driven to his office. Two of his bodyguards died. The Islamic Jihad Organization "
    .. "said it carried out the attack."

  it("reads a car packed with explosives rammed into a motorcade as a bombing", function()
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
    assert.equal("KW", r[1].country)
  end)

  it("still reads a car driven into a crowd as no bombing", function()
    local r = run("In May 2019, a man rammed a car into a crowd in Kuwait City, injuring "
      .. "five people.", "2019-06-01")
    assert.equal("unarmed_assault", r[1].attack_type)
  end)
end)

describe("extract: a plot the security service says it broke up", function()
  it("is a foiled plot, not an attack", function()
    local r = run("In November 2015, the security service said it had broken up a cell of "
      .. "militants who had been preparing a bombing on public transport in Moscow.",
      "2017-04-04")
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
    local r = run("In November last year, a student at the college in Merced stabbed four "
      .. "people on campus before he was shot dead by police.", "2016-11-29")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
  end)

  it("but a man shot dead by police in a raid makes no report", function()
    local r = run("On Tuesday a man was shot dead by police in a raid on a flat in Merced.",
      "2016-11-29")
    assert.equal(0, #r)
  end)
end)

describe("extract: a newsletter on one killing", function()
  local issue = "THE BRIEF | Issue 112\n\n"
    .. "In this issue: the killing of a journalist and what it tells us about the New IRA; "
    .. "what to watch.\n\n"
    .. "On the night of Thursday 18 April, police went into an estate in Derry to search "
    .. "houses. The searches set off rioting. Shortly after 11pm a masked gunman fired "
    .. "several shots towards the police lines.\n\n"
    .. "On Tuesday the group admitted it.\n\n"
    .. "The killing was not the group's first attack this year. In January, a car bomb "
    .. "exploded outside the courthouse in Derry; nobody was hurt."

  it("reads no event in the issue's contents line, and the scene below dates it", function()
    local r = run(issue, "2019-04-26")
    assert.equal("2019-04-18", r[1].date)
    assert.equal("Derry", r[1].place)
  end)

  it("reads 'the group admitted it' as a claim of the event told", function()
    local r = run(issue, "2019-04-26")
    assert.is_true(r[1].claimed)
  end)

  it("takes 'was not the group's first attack this year' as said of the killing", function()
    local r = run(issue, "2019-04-26")
    assert.equal(2, #r)
    assert.equal("2019-01", r[2].date)
  end)

  it("still reads 'admitted it was a mistake' as no claim", function()
    local r = run("A gunman shot a journalist in Derry on Thursday. A police officer admitted "
      .. "it was a mistake to search the estate.", "2019-04-26")
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
    local r = run("Before dawn on 24 March, militants tried to storm a base of the guard in "
      .. "Naurskaya. More than 300 people have been killed in the fighting since January.",
      "2018-02-21")
    assert.is_nil(r[1].killed_lo)
  end)
end)
