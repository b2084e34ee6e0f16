-- Specs of incidents.extract on the classes of false reports a read of real
-- wire news (Reuters-21578, 1987; docs/review-reuters.md) found: event words
-- in other senses, state forces at war, accidents, aggregates, fields taken
-- from names, and one event split in two. Our own sentences, each beside a
-- near miss that is an incident, run with the default pack.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "1988-03-15")

describe("extract: event words in senses that are no violence", function()
  it("reads money ploughed into a market as investment", function()
    assert.equal(0, #run("Foreign buyers put nine billion dlrs into shares last year, "
      .. "after three billion dlrs ploughed into Chicago offices in 1986."))
    local r = run("A van ploughed into shoppers in Chicago on Monday, killing four people.")
    assert.equal(1, #r)
    assert.equal(4, r[1].killed_lo)
  end)

  it("reads an overrun as a surplus, not troops overrunning a post", function()
    assert.equal(0, #run("Traders in Omaha said there was an overrun of cattle on Monday."))
    local r = run("Rebels overran a police post in Kunar on Monday, killing six officers.")
    assert.equal(1, #r)
    assert.equal("armed_assault", r[1].attack_type)
  end)

  it("reads a bargain over hostages as no hostage-taking", function()
    assert.equal(0, #run("In Madrid on Monday the minister called the affair an "
      .. "arms-for-hostages deal."))
    assert.equal(0, #run("Talks on a hostage swap resumed in Madrid on Monday."))
    local r = run("Gunmen took nine hostages at a bank in Madrid on Monday.")
    assert.equal(1, #r)
    assert.equal("hostage_taking", r[1].attack_type)
  end)

  it("reads a camp besieged by a militia as warfare", function()
    assert.equal(0, #run("Aid reached the camps near Tyre, besieged by a militia since "
      .. "October, on Monday."))
    local r = run("Gunmen besieged a hotel in Tyre on Monday, holding 30 guests hostage.")
    assert.equal(1, #r)
  end)

  it("reads a rocket of a missile programme as no rocket attack", function()
    assert.equal(0, #run("A rocket launched in 1985 from Sriharikota was of "
      .. "intermediate range, officials in New Delhi said on Monday."))
    local r = run("A rocket launched from the hills hit a school in Kabul on Monday.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
  end)
end)

describe("extract: accidents told with a toll", function()
  it("reads a vehicle out of control as an accident", function()
    assert.equal(0, #run("Farmers angry about prices blocked roads near Cuzco on Monday and "
      .. "three people died when a lorry careered into one of their roadblocks, police said."))
    local r = run("Nine people died when a bomb hidden in a bus exploded near Cuzco on "
      .. "Monday, police said.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
  end)

  it("reads a plane that falls in a ball of flame as an accident", function()
    assert.equal(0, #run("Twelve people were killed when a cargo plane clipped a hillside "
      .. "near Quito on Monday and tumbled into a valley in an explosive ball of flame."))
  end)
end)

describe("extract: tolls summed over a span of time", function()
  it("reads a toll of years of unrest as no event, across a wire's line breaks", function()
    local r = run("A policeman was shot dead in Lagos on Monday. The unrest of the\n"
      .. "past four years has claimed some 1,800 lives.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
  end)

  it("reads a toll in the present perfect over the year so far as a sum", function()
    assert.equal(0, #run("Gunmen have killed 40 officials, traders and teachers in the "
      .. "province this year."))
    local r = run("Gunmen have killed 12 people at a market in Kano, the deadliest "
      .. "attack this year.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)

describe("extract: a state's forces at war", function()
  it("reads a gunboat's fire as the state's, and militants' as an attack", function()
    assert.equal(0, #run("A Liberian freighter was set on fire in the Red Sea on Tuesday "
      .. "after a Yemeni gunboat fired rockets at it, port officials said."))
    local r = run("A Liberian freighter was set on fire in the Red Sea on Tuesday after "
      .. "militants in a speedboat fired rockets at it, port officials said.")
    assert.equal(1, #r)
  end)

  it("reads warplanes that kill in a bombing as a state's strike", function()
    assert.equal(0, #run("Sudanese warplanes killed 14 people in a bombing of a market "
      .. "town near the Chad border on Tuesday, a radio station said."))
    local r = run("A bombing of a market in a town near the Chad border killed 14 people "
      .. "on Tuesday, a radio station said.")
    assert.equal(1, #r)
    assert.equal(14, r[1].killed_lo)
  end)

  it("reads soldiers set off by commas as the subject of their shots", function()
    assert.equal(0, #run("The soldiers, acting on a court order, had used batons and fired "
      .. "warning shots into the air before the shootings in Port-au-Prince on Tuesday, a "
      .. "priest said. One man died."))
  end)

  it("keeps soldiers killed in an assault as its victims", function()
    local r = run("The number of soldiers killed in Tuesday's assault on a base at Boulkessi "
      .. "in Mali has risen to 30, officials said.")
    assert.equal(1, #r)
    assert.equal(30, r[1].killed_lo)
  end)

  it("reads an aerial attack as a state's", function()
    assert.equal(0, #run("Abu Dhabi's offshore oilfield, shut since an aerial attack last "
      .. "November that killed eight workers, will reopen soon, oil sources said."))
  end)
end)

describe("extract: a group named for an event before it existed", function()
  it("names the IRA of the Troubles in 1987, the New IRA only from 2012", function()
    local old = helper.published_extract(pack, "1987-04-08")(
      "Guerrillas of the Irish Republican Army attacked a police base in Belfast on Monday, "
        .. "wounding two officers.")
    assert.equal(1, #old)
    assert.equal("Provisional IRA", old[1].perpetrator)
    local new = helper.published_extract(pack, "2019-04-20")(
      "The New IRA said on Tuesday it shot dead a journalist in Londonderry on Thursday.")
    assert.equal(1, #new)
    assert.equal("New IRA", new[1].perpetrator)
  end)

  it("leaves the perpetrator empty when the group named had ceased to exist", function()
    local r = helper.published_extract(pack, "2019-04-20")(
      "Police said the Irish Republican Army shot dead a journalist in Londonderry on "
        .. "Thursday.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)
end)

describe("extract: fields taken from names and asides", function()
  it("takes no place from a firm's name", function()
    local r = run("LIMA, March 14 - The manager of the Bank of Osaka in Peru was wounded in a "
      .. "gun attack on Monday, police said.")
    assert.equal(1, #r)
    assert.equal("Lima", r[1].place)
    assert.equal("PE", r[1].country)
    r = run("A director of the Nagoya Trading Company was stabbed to death in Kobe on Monday.")
    assert.equal(1, #r)
    assert.equal("Kobe", r[1].place)
  end)

  it("knows Surinam as Suriname", function()
    local r = run("Rebels dynamited two power pylons in Surinam on Monday, cutting power to "
      .. "a smelter run by a Dutch firm.")
    assert.equal(1, #r)
    assert.equal("SR", r[1].country)
  end)

  it("reads an arrest for a part in a bombing as no foiled plot", function()
    local r = run("An army major has been arrested for involvement in last week's bombing of "
      .. "a barracks in Davao. Three people died in the blast.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
    assert.equal(3, r[1].killed_lo)
    local p = run("Police in Davao said on Monday they had arrested two men for plotting to "
      .. "bomb a barracks.")
    assert.equal(1, #p)
    assert.equal("plot_foiled", p[1].status)
  end)

  it("reads the place a speaker was called at as no second event", function()
    local r = run("NAIROBI, March 14 - Six people were killed and 20 hurt in a blast at a "
      .. "busy cafe in Djibouti on Monday, a newspaper editor said. Reached by telephone "
      .. "from Nairobi, he said the blast in the cafe was caused by a bomb.")
    assert.equal(1, #r)
    assert.equal(6, r[1].killed_lo)
  end)
end)

describe("extract: missiles and aircraft of states at war", function()
  it("reads a missile strike with no group named as a state's", function()
    assert.equal(0, #run("Officials said the attack was a reply to a missile strike against "
      .. "a Liberian tanker in Kuwaiti waters on Friday."))
    local r = run("Houthi rebels fired missiles at a tanker off Hodeidah on Friday, wounding "
      .. "two sailors.")
    assert.equal(1, #r)
    assert.equal("Houthis", r[1].perpetrator)
  end)

  it("reads aircraft as the agent further on in the clause", function()
    assert.equal(0, #run("Two oil rigs off Abu Dhabi were attacked on Monday by unidentified\n"
      .. "aircraft, shipping sources said."))
    local r = run("Two oil rigs off Abu Dhabi were attacked on Monday by unidentified gunmen, "
      .. "shipping sources said.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a town told by its province", function()
  it("takes the town, not its state, and knows the states of the United States", function()
    local r = run("A gunman shot dead two worshippers at a church in Charleston, South "
      .. "Carolina, on Sunday. The governor of South Carolina said the shooting was a hate "
      .. "crime.")
    assert.equal(1, #r)
    assert.equal("Charleston", r[1].place)
    assert.equal("US", r[1].country)
    local pr = run("A gunman shot dead two men at a bar in Carolina, Puerto Rico, on Sunday.")
    assert.equal(1, #pr)
    assert.equal("PR", pr[1].country)
  end)

  it("reads a town the province places in another country as a namesake", function()
    local r = run("Someone opened fire on a power substation near Carthage, North Carolina, "
      .. "on Saturday, cutting power to 40,000 homes.")
    assert.equal(1, #r)
    assert.equal("Carthage", r[1].place)
    assert.equal("US", r[1].country)
  end)
end)

describe("extract: a kidnapping told as a seizure by armed men", function()
  it("takes no place from a team's city before a player's role", function()
    local r = run("Gunmen seized the mother of the Liverpool striker Ruben Ortiz at a "
      .. "farm in Barranquilla on Saturday. Nobody was hurt in the kidnapping.")
    assert.equal(1, #r)
    assert.equal("Barranquilla", r[1].place)
    assert.equal("kidnapping", r[1].attack_type)
  end)

  it("keeps an assault that killed as an assault, with captives taken", function()
    local r = run("Gunmen stormed a village near Beni on Saturday, killing 12 people. "
      .. "Survivors said the attackers also carried out a kidnapping of four women.")
    assert.equal(1, #r)
    assert.equal("armed_assault", r[1].attack_type)
  end)
end)

describe("extract: an abduction told in translated wire French", function()
  it("reads 'carried off' and an incursion, under a dateline in title case", function()
    local r = helper.published_extract(pack, "2014-06-10")(
      "Translated from French\n\nGaroua, 10 June 2014 (CNA) - The wife of a senator was "
        .. "carried off on Sunday by assailants of the Boko Haram sect during an incursion "
        .. "into the locality of Amchide, the governor said. At least nine people died.")
    assert.equal(1, #r)
    assert.equal("Amchide", r[1].place)
    assert.equal("kidnapping", r[1].attack_type)
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.equal("2014-06-08", r[1].date)
  end)
end)

describe("extract: the day of a revised count", function()
  local run16 = helper.published_extract(pack, "2024-11-16")
  it("dates the event a day before the count told 'a day after the ambush'", function()
    local r = run16("The number of people killed when gunmen fired on a bus in Kohat rose "
      .. "to 19 on Saturday, a day after the ambush, officials said.")
    assert.equal(1, #r)
    assert.equal("2024-11-15", r[1].date)
    assert.equal(19, r[1].killed_lo)
  end)

  it("gives the event no day of a count with no anchor", function()
    local r = run16("The number of people killed when gunmen fired on a bus in Kohat rose "
      .. "to 19 on Saturday, officials said.")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
  end)
end)

describe("extract: a review of the year", function()
  it("dates an attack told in the past to last January, not the coming one", function()
    local r = helper.published_extract(pack, "2016-12-29")(
      "On January 14 a suicide bomber blew himself up at a bus stop in Ankara, killing "
        .. "nine people.")
    assert.equal(1, #r)
    assert.equal("2016-01-14", r[1].date)
    local s = helper.published_extract(pack, "2017-01-16")(
      "On January 14 a suicide bomber blew himself up at a bus stop in Ankara, killing "
        .. "nine people.")
    assert.equal("2017-01-14", s[1].date)
  end)
end)

describe("extract: a heading line that names the place", function()
  it("places the event of the paragraph under it", function()
    local r = helper.published_extract(pack, "2016-12-29")(
      "Looking back at the year.\n\nMarch, Ankara. On March 13 a car bomb exploded at a "
        .. "busy square, killing 37 people.")
    assert.equal(1, #r)
    assert.equal("Ankara", r[1].place)
    assert.equal("TR", r[1].country)
  end)

  it("takes no place from a byline", function()
    local r = helper.published_extract(pack, "2016-12-29")(
      "By Ankara Staff\n\nA car bomb exploded at a busy square on Tuesday, killing 37 "
        .. "people in Izmir.")
    assert.equal(1, #r)
    assert.equal("Izmir", r[1].place)
  end)
end)

describe("extract: the first word of a longer Arabic name", function()
  it("is no place of its own", function()
    local r = helper.published_extract(pack, "2013-12-06")(
      "SANAA, Dec 6 - Militants attacked a police post in the capital on Thursday, killing "
        .. "nine officers. The assault began when a bomber drove a car into the gate of the "
        .. "post in the Bab al-Yemen area.")
    assert.equal(1, #r)
    assert.equal("YE", r[1].country)
    assert.equal("2013-12-05", r[1].date)
  end)
end)

describe("extract: a claim in the group's own words, in a sentence of its own", function()
  it("reads 'said they did it' and 'its fighters had targeted'", function()
    local r = run("A car bomb hit a bus carrying soldiers in Kayseri on Saturday, killing 14. "
      .. "The Kurdistan Workers' Party said they did it.")
    assert.equal(1, #r)
    assert.equal("Kurdistan Workers' Party", r[1].perpetrator)
    assert.is_true(r[1].claimed)
    local s = run("Gunmen stormed a hospital in Sanaa on Thursday, killing 20 people. "
      .. "Al-Qaeda in the Arabian Peninsula said in a statement that its fighters had "
      .. "targeted the hospital.")
    assert.equal(1, #s)
    assert.is_true(s[1].claimed)
  end)

  it("reads no claim in a group said to have done something else", function()
    local r = run("A car bomb hit a bus carrying soldiers in Kayseri on Saturday, killing 14. "
      .. "The Kurdistan Workers' Party said its members would hold a rally.")
    assert.equal(1, #r)
    assert.is_nil(r[1].claimed)
  end)
end)

describe("extract: groups and places the default pack lacked", function()
  it("knows the Niger Delta Avengers, 'blown up' and Delta State", function()
    local r = helper.published_extract(pack, "2016-05-06")(
      "Oil output in Delta state fell on Thursday after militants said they had blown up "
        .. "a pipeline near Warri. The Niger Delta Avengers said they were behind the blast.")
    assert.equal(1, #r)
    assert.equal("NG", r[1].country)
    assert.equal("bombing", r[1].attack_type)
    assert.equal("Niger Delta Avengers", r[1].perpetrator)
  end)

  it("knows the Arakan Rohingya Salvation Army by its initials", function()
    local r = helper.published_extract(pack, "2017-08-26")(
      "Insurgents attacked police posts in Maungdaw, Myanmar, on Friday, killing 12 "
        .. "officers. ARSA said it had carried out the raids.")
    assert.equal(1, #r)
    assert.equal("Arakan Rohingya Salvation Army", r[1].perpetrator)
  end)
end)

describe("extract: a target named again under a dateline of another city", function()
  it("is one event at the place the story gives later", function()
    local r = run("MANILA, March 14 - Rebels bombed the National Police Academy and wounded "
      .. "12 cadets, the agency said. It said a bomb had exploded at dawn at the academy, "
      .. "in Baguio north of Manila.")
    assert.equal(1, #r)
    assert.equal("Baguio", r[1].place)
  end)

  it("keeps two targets apart", function()
    local r = run("MANILA, March 14 - Rebels bombed the National Police Academy and wounded "
      .. "12 cadets, the agency said. It said a bomb had exploded at dawn at a market "
      .. "in Baguio north of Manila.")
    assert.equal(2, #r)
  end)
end)

describe("extract: the capital followed by a comma", function()
  it("is the capital of the country told when no name follows the comma", function()
    local r = helper.published_extract(pack, "2017-10-21")(
      "Militants stormed a base in Helmand, Afghanistan, on Thursday, killing nine soldiers. "
        .. "On Friday a bomber walked into a mosque in the west of the capital, and blew "
        .. "himself up among worshippers, killing 30 people.")
    assert.equal(2, #r)
    assert.equal("Kabul", r[2].place)
    assert.equal("2017-10-20", r[2].date)
  end)
end)

describe("casualties: counts of the dead told another way", function()
  local casualties = require "incidents.grammar.casualties"
  it("reads a part of a whole placed somewhere ('43 of the 60 soldiers at the base')", function()
    local r = casualties.scan("The ministry said 43 of the 60 soldiers at the base were killed.")
    assert.equal(1, #r)
    assert.equal(43, r[1].lo)
    assert.equal("killed", r[1].kind)
  end)

  it("reads bodies counted, not bodies the troops recovered after their own assault", function()
    local r = casualties.scan("Officials counted 33 bodies at the mosque.")
    assert.equal(1, #r)
    assert.equal(33, r[1].lo)
    assert.equal(0, #casualties.scan("Troops recovered nine bodies and several rifles."))
    assert.equal(0, #casualties.scan("Police found 33 rifles in the house."))
  end)
end)

describe("extract: later news of an event told", function()
  it("takes no author from praise", function()
    local r = helper.published_extract(pack, "2022-11-23")(
      "07:10 Police report an explosion at a bus stop in Jerusalem.\n\n"
        .. "07:38 A second blast has gone off at another stop in the city.\n\n"
        .. "08:20 At least 18 people were hurt in the two explosions.\n\n"
        .. "09:45 Hamas and Islamic Jihad spokesmen praised the bombing.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
    local s = run("Hamas gunmen opened fire at a bus stop in Jerusalem on Monday.")
    assert.equal("Hamas", s[1].perpetrator)
  end)

  it("takes no event day from a victim's death in hospital", function()
    local r = helper.published_extract(pack, "2022-11-28")(
      "A bomb exploded at a bus stop in Jerusalem, wounding 18 people. Police are searching "
        .. "for the bombers. A man who was injured at the stop died in hospital on Saturday, "
        .. "bringing the number of people killed to two.")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
    assert.equal(2, r[1].killed_lo)
  end)
end)

describe("extract: a state's assault repelled by another state", function()
  it("reads 'repelled an Iranian assault ... on the attackers' as war", function()
    assert.equal(0, #run("Iraq said it repelled an Iranian assault near Basra on Monday, "
      .. "inflicting heavy casualties on the attackers."))
    local r = run("Police said they repelled an assault by militants on a checkpoint near "
      .. "Basra on Monday, killing two of the attackers.")
    assert.equal(1, #r)
  end)
end)

describe("extract: fighting between armies at a front", function()
  it("reads an attack in which both sides reported fighting as war", function()
    assert.equal(0, #run("Karbala-9 is the code name for the attack in which both sides have "
      .. "reported heavy fighting on the southern front near the port of Basra."))
    local r = run("Gunmen hidden on both sides of the road attacked a convoy near Basra on "
      .. "Monday, killing 12 people.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a town no list knows, told by its state", function()
  it("takes the town, not the state after it", function()
    local r = helper.published_extract(pack, "2022-03-30")(
      "Officials said on Wednesday they could not account for 60 passengers two days after "
        .. "a bomb ripped up the line near Dutsen Wai, in Kaduna state, and armed men "
        .. "surrounded the stalled train.")
    assert.equal(1, #r)
    assert.equal("Dutsen Wai", r[1].place)
    assert.equal("NG", r[1].country)
  end)
end)

describe("extract: a place that owns an office", function()
  it("is whose the office is; the other place is where it happened", function()
    local r = helper.published_extract(pack, "2009-06-22")(
      "On June 10 a gunman shot dead the deputy chief of Ingushetia's supreme court as she "
        .. "left a school in Nazran.")
    assert.equal(1, #r)
    assert.equal("Nazran", r[1].place)
    local s = helper.published_extract(pack, "2016-10-10")(
      "Police said the man planned a bomb attack on one of Berlin's airports and was "
        .. "arrested in Leipzig on Monday.")
    assert.are_not.equal("Leipzig", s[1] and s[1].place)
  end)
end)

describe("casualties: the count a revision replaced", function()
  local casualties = require "incidents.grammar.casualties"
  it("marks 'up from the 25 dead' as an early count", function()
    local r = casualties.scan("The toll has climbed to 38, the government said, up from the "
      .. "25 dead it announced.")
    assert.equal(2, #r)
    assert.is_nil(r[1].early)
    assert.is_true(r[2].early)
    local s = casualties.scan("Officials said 25 people were dead.")
    assert.is_nil(s[1].early)
  end)
end)
