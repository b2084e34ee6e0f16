-- Specs of incidents.extract on the fields of incidents found in fresh text:
-- claims in a group's own words, places that are not the event's (home towns,
-- venues named after a city, origins), tolls that are not the event's. Short
-- articles written for these specs, each class with a near miss.
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2024-05-20")
local function extract_text(text)
  return require("incidents.extract").text(text, pack, {})
end

describe("extract slots: claims in the group's own words", function()
  it("takes 'said its fighters had planted the bomb' for a claim", function()
    local r = run("A bomb exploded at a bus station in Kano on Saturday, killing 4 people. "
      .. "ISWAP later said its fighters had planted the bomb.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
    assert.equal("Islamic State West Africa Province", r[1].perpetrator)
  end)

  it("takes 'no group said it carried out' for no claim", function()
    local r = run("Gunmen attacked a checkpoint in Yala on Sunday, killing 6 people. "
      .. "No group said it carried out the attack.")
    assert.equal(1, #r)
    assert.is_false(r[1].claimed)
  end)

  it("keeps a claim that names the group in the group's words", function()
    local r = run("Gunmen attacked a checkpoint in Yala on Sunday, killing 6 people. "
      .. "Boko Haram said it carried out the attack.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
  end)
end)

describe("extract slots: a person's home town is not the event's place", function()
  it("places the event where it happened, not where the attacker came from", function()
    local r = run("A man from the nearby town of Hebron opened fire at a bus stop in "
      .. "Jerusalem on Sunday, killing 2 people.")
    assert.equal(1, #r)
    assert.equal("Jerusalem", r[1].place)
  end)

  it("drops the home of a person named by a capitalised noun", function()
    local r = run("On Sunday a Palestinian from the West Bank village of Yatta opened fire "
      .. "in Jerusalem, killing 3 people.")
    assert.equal(1, #r)
    assert.equal("Jerusalem", r[1].place)
  end)

  it("keeps a place that a distance is measured from", function()
    local r = run("Gunmen killed 5 people 20 km from Kabul on Sunday.")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
  end)
end)

describe("extract slots: a venue named after a far city", function()
  it("keeps the event in the story's city when a hall is named after another", function()
    local r = run("KABUL - A suicide bomber killed 40 guests at a wedding in Kabul on "
      .. "Saturday. The blast tore through the Paris Palace wedding hall in the west of "
      .. "the city.")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
    assert.equal("AF", r[1].country)
  end)

  it("keeps a hotel named after the story's own city there", function()
    local r = run("Gunmen stormed the Kabul Serena Hotel on Saturday, killing 6 people.")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
  end)
end)

describe("extract slots: 'the same town' and backdrops", function()
  it("takes 'in the same district' past an earlier 'the same' group", function()
    local r = run("A suicide bomber killed 12 people at a mosque in Kabul on Friday, 2024. "
      .. "In March 2023 the same group bombed a school in the same district, killing 9 "
      .. "pupils.")
    assert.equal(2, #r)
    assert.equal("Kabul", r[2].place)
  end)

  it("takes 'in the same town' for the town, not the province named after it", function()
    local r = run("Gunmen raided the town of Dalwa on Saturday, killing 30 people. Officials "
      .. "said more bodies were found around the town, which lies in Yagha province. It "
      .. "came two weeks after an attack on the police post in the same town, in which 7 "
      .. "officers were killed on 3 May.")
    assert.equal(2, #r)
    assert.equal("Dalwa", r[2].place)
  end)

  it("takes no place or nationality from the backdrop an attack came as", function()
    local r = run("A bomb killed 9 people on a bus in May 2023. The bombing came as U.S. "
      .. "diplomats met American officials in Doha.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
    assert.is_nil(r[1].country)
  end)
end)

describe("extract slots: groups the press names apart", function()
  it("names FARC dissidents apart from the FARC", function()
    local r = run("A truck bomb killed 6 people in Cali on Thursday. The president blamed "
      .. "the bombing on a dissident faction of the former FARC guerrillas.")
    assert.equal(1, #r)
    assert.equal("FARC dissidents", r[1].perpetrator)
    local r2 = run("In 1998 FARC guerrillas attacked a police base in Mitu, killing 40 "
      .. "officers.")
    assert.equal(1, #r2)
    assert.equal("Revolutionary Armed Forces of Colombia", r2[1].perpetrator)
  end)

  it("knows a cartel that ambushes police", function()
    local r = run("On Monday gunmen of the Jalisco New Generation Cartel ambushed a police "
      .. "convoy near Aguililla, killing 13 officers.")
    assert.equal(1, #r)
    assert.equal("Jalisco New Generation Cartel", r[1].perpetrator)
  end)

  it("takes 'neither group has claimed' for no claim of either attack", function()
    local r = run("A bomb killed 6 people in Cali on Thursday. On Friday gunmen killed 4 "
      .. "officers in Medellin. Police blamed the Gulf Clan. Neither group has claimed the "
      .. "attacks.")
    assert.equal(2, #r)
    assert.is_false(r[1].claimed)
    assert.is_false(r[2].claimed)
  end)
end)

describe("extract slots: a conflict's toll is not the attack's", function()
  it("takes no toll from 'have died in the conflict since'", function()
    local r = run("Gunmen attacked a checkpoint in Yala on Sunday, killing 15 people. More "
      .. "than 7,000 people have died in the conflict since it flared again in 2004.")
    assert.equal(1, #r)
    assert.same({ 15, 15 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("keeps a toll that died in the attack", function()
    local r = run("Gunmen attacked a checkpoint in Yala on Sunday. At least 15 people died "
      .. "in the attack.")
    assert.equal(1, #r)
    assert.equal(15, r[1].killed_lo)
  end)
end)

describe("extract slots: where victims come from is not where it happened", function()
  it("takes no country from pilgrims coming from France and Israel", function()
    local r = run("TUNIS, May 20 (Agency) - A guard opened fire near a synagogue on the "
      .. "island of Djerba on Sunday, killing 4 people. The attack came at the end of a "
      .. "pilgrimage that drew thousands of visitors, many coming from France and Israel.")
    assert.equal(1, #r)
    assert.equal("TN", r[1].country)
  end)

  it("takes no country from a partitive of the dead", function()
    local r = run("In January 2019 a suicide bomber blew himself up at a restaurant, killing "
      .. "19 people, four of them Americans.")
    assert.equal(1, #r)
    assert.is_nil(r[1].country)
  end)

  it("still takes the country an attack is told in", function()
    local r = run("In January 2019 a suicide bomber blew himself up at a restaurant in "
      .. "Syria, killing 19 people.")
    assert.equal(1, #r)
    assert.equal("SY", r[1].country)
  end)
end)

describe("extract slots: an actor named with who leads it", function()
  it("names the group without 'Kurdish-led'", function()
    local r = run("A car bomb killed 4 people in Manbij on Saturday. The local council "
      .. "blamed the Kurdish-led Syrian Democratic Forces for the bombing.")
    assert.equal(1, #r)
    assert.equal("Syrian Democratic Forces", r[1].perpetrator)
  end)
end)

describe("extract slots: an undated analysis that writes its year once", function()
  local extract = require "incidents.extract"
  it("dates the later attacks of the year it wrote", function()
    local r = extract.text("The first came in Jerusalem on March 22, 2022, when a man "
      .. "stabbed 4 people to death. On March 27 two gunmen opened fire in Hadera, killing "
      .. "two officers.", pack, {})
    assert.equal(2, #r)
    assert.equal("2022-03-22", r[1].date)
    assert.equal("2022-03-27", r[2].date)
  end)
end)

describe("extract slots: towns no list knows", function()
  it("places an attack on a base 'at' a town no list knows", function()
    local r = run("On Friday gunmen attacked an African Union base at El Adde in south-western "
      .. "Somalia, killing 60 soldiers.")
    assert.equal(1, #r)
    assert.equal("El Adde", r[1].place)
    assert.equal("SO", r[1].country)
  end)

  it("keeps 'at' a name that is no site's ('arrived at Ouagadougou') out", function()
    local r = run("On Friday gunmen killed 6 people in Kaya. The wounded arrived at Dori "
      .. "and Ouahigouya hospitals.")
    assert.equal(1, #r)
    assert.equal("Kaya", r[1].place)
  end)

  it("keeps the town of 'X, in Y territory of Z province'", function()
    local r = run("On Sunday rebels attacked worshippers at a church in Mabanga, in Irumu "
      .. "territory of Ituri province, killing 43 people.")
    assert.equal(1, #r)
    assert.equal("Mabanga", r[1].place)
    assert.equal("CD", r[1].country)
  end)

  it("tells one event of a town no list knows and the province it lies in", function()
    local r = run("On Friday gunmen attacked an army base at Galdogob in Somalia, killing 20 "
      .. "soldiers. The assault began before dawn on Friday, when a bomber drove a car into "
      .. "the gate of the camp, in the Gedo region.")
    assert.equal(1, #r)
  end)

  it("takes a bare 'Congo' for the DRC in a story that names it", function()
    local r = run("Attack on a church in Mabanga, eastern Congo. Rebels killed 21 people in "
      .. "Mabanga on Sunday, officials in the Democratic Republic of Congo said.")
    assert.equal(1, #r)
    assert.equal("CD", r[1].country)
  end)
end)

describe("extract slots: names the gazetteer knows only the start of", function()
  it("reads 'Santo Domingo de Acobamba' whole, not as the Dominican capital", function()
    local r = run("On Sunday rebels ambushed a convoy in the district of Santo Domingo de "
      .. "Acobamba in Peru, killing 8 soldiers.")
    assert.equal(1, #r)
    assert.equal("Santo Domingo de Acobamba", r[1].place)
    assert.equal("PE", r[1].country)
  end)

  it("keeps 'Santo Domingo' when no name goes on from it", function()
    local r = run("On Sunday a bomb exploded in Santo Domingo, killing 8 people.")
    assert.equal(1, #r)
    assert.equal("Santo Domingo", r[1].place)
    assert.equal("DO", r[1].country)
  end)

  it("reads a name no list knows with letters past ASCII", function()
    local r = run("On Sunday a masked man with a sword killed 2 people at a school in "
      .. "Trollhättan, police said.")
    assert.equal(1, #r)
    assert.equal("Trollhättan", r[1].place)
  end)

  it("sets the scene of a toll from the sentence before", function()
    local r = extract_text("The last time was on the night of 23 May 2021, in San Miguel "
      .. "del Ene, a hamlet in the valley. Gunmen burst into two bars and killed 16 people.")
    assert.equal(1, #r)
    assert.equal("San Miguel del Ene", r[1].place)
    assert.equal("2021-05-23", r[1].date)
    assert.is_nil(r[1].country)       -- the text names no country
    local r2 = extract_text("Peru's valley is forgotten, and Peru pays. The last time was on "
      .. "the night of 23 May 2021, in San Miguel del Ene. Gunmen burst into two bars and "
      .. "killed 16 people.")
    assert.equal("PE", r2[1].country)
  end)
end)

describe("extract slots: a date in the possessive", function()
  it("dates the event by its day, not by 'that year's election'", function()
    local r = run("On 9 April 2016, the day before the first round of that year's election, "
      .. "rebels ambushed a convoy in Ayacucho, killing 10 soldiers.")
    assert.equal(1, #r)
    assert.equal("2016-04-09", r[1].date)
  end)

  it("keeps 'Saturday's bombing' the event's day", function()
    local r = run("The toll from Saturday's truck bombing in Mogadishu rose to 276 on Monday.")
    assert.equal(1, #r)
    assert.equal("2024-05-18", r[1].date)
  end)
end)

describe("extract slots: tolls told in parts and with an adverb", function()
  it("adds 'three mothers and six of their children'", function()
    local r = run("On Monday gunmen ambushed three cars near Bavispe in Mexico, killing three "
      .. "mothers and six of their children.")
    assert.equal(1, #r)
    assert.same({ 9, 9 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("keeps 'two of them children' a part of the 20, not more", function()
    local r = run("On Monday gunmen killed 20 people in Kano, two of them children.")
    assert.equal(1, #r)
    assert.same({ 20, 20 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("reads 'were ruthlessly killed'", function()
    local r = run("On Saturday insurgents attacked farm workers near Zabarmari. At least 110 "
      .. "civilians were ruthlessly killed.")
    assert.equal(1, #r)
    assert.equal(110, r[1].killed_lo)
  end)
end)

describe("extract slots: an earlier attack told from the one just told", function()
  it("dates 'came two days after an attack on the post' before the massacre", function()
    local r = run("Gunmen raided the town of Dalwa on Saturday, killing 30 people. The "
      .. "massacre came two days after an attack on the police post in the same town, in "
      .. "which 7 officers were killed.")
    assert.equal(2, #r)
    assert.equal("2024-05-18", r[1].date)
    assert.equal("2024-05-16", r[2].date)
  end)

  it("still dates 'four days after the Kano attack' from that attack", function()
    local r = run("Gunmen killed 12 people in Kano on Monday, May 13. Four days after the Kano "
      .. "attack, a bomb killed 5 people in Maiduguri.")
    assert.equal(2, #r)
    assert.equal("2024-05-17", r[2].date)
  end)

  it("dates the yardstick of 'the deadliest attack since a raid ... in November 2021'", function()
    local r = run("Gunmen raided the town of Dalwa on Saturday, killing 86 people. It was the "
      .. "deadliest attack in the country since a raid on the gendarmerie post at Inata in "
      .. "November 2021, in which 53 people were killed.")
    assert.equal(2, #r)
    assert.equal("Inata", r[2].place)
    assert.equal("2021-11", r[2].date)
  end)
end)

describe("extract slots: the country of a town no list knows", function()
  it("gives a town told again ('the same town') the country it was told in", function()
    local r = run("Gunmen raided the town of Dalwa in northern Burkina Faso on Saturday, "
      .. "killing 30 people. It came two days after an attack on the police post in the "
      .. "same town, in which 7 officers were killed.")
    assert.equal(2, #r)
    assert.equal("Dalwa", r[2].place)
    assert.equal("BF", r[2].country)
  end)

  it("takes no country from a title word that a gazetteer name holds ('The valley')", function()
    local r = extract_text("OPINION | The valley the state forgot\n\nOn 9 April 2016 rebels "
      .. "ambushed a convoy in Santo Domingo de Acobamba, killing 10 soldiers. Lima has "
      .. "forgotten the valley, and Lima must act.")
    assert.equal(1, #r)
    assert.are_not.equal("AI", r[1].country)
  end)
end)

describe("extract slots: praise, sympathy and suspicion are not claims", function()
  it("takes no author from praise of the attack", function()
    local r = run("A gunman killed 5 people in Tel Aviv on Sunday. No group claimed the "
      .. "shooting, though Hamas praised it.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
    assert.is_false(r[1].claimed)
  end)

  it("takes no author from a group the attacker sympathised with", function()
    local r = run("On Sunday a gunman with known IS sympathies killed 4 people in Hadera.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)

  it("gives the group suspected 'of both attacks' to both", function()
    local r = run("A bomb killed 2 people at a cafe in Isulan on Sunday. On August 28 a bomb "
      .. "killed 3 people at a parade in Isulan. The army said it suspected a faction of the "
      .. "Abu Sayyaf, which has pledged loyalty to Islamic State, of both attacks.")
    assert.equal(2, #r)
    assert.equal("Abu Sayyaf", r[1].perpetrator)
    assert.equal("Abu Sayyaf", r[2].perpetrator)
  end)

  it("takes 'believed to belong to X' and 'X was responsible.' for attribution", function()
    local r = run("On Monday gunmen ambushed a convoy near Bavispe in Mexico, killing 9 "
      .. "people. A general said the attackers were believed to belong to La Linea.")
    assert.equal("La Linea", r[1].perpetrator)
    local r2 = run("On Sunday gunmen killed 16 people in Ayacucho in Peru. The army said the "
      .. "Militarized Communist Party of Peru was responsible.")
    assert.equal("Militarized Communist Party of Peru", r2[1].perpetrator)
    assert.is_nil(r2[1].claimed)
  end)
end)

describe("extract slots: a group's denial in a sentence with no event word", function()
  it("takes 'The group has never said it carried out the killings.' for no claim", function()
    local r = run("On Sunday gunmen killed 16 people in Ayacucho in Peru. The army blamed the "
      .. "Shining Path. The group has never said it carried out the killings.")
    assert.equal(1, #r)
    assert.is_false(r[1].claimed)
    assert.equal("Shining Path", r[1].perpetrator)
  end)
end)

describe("extract slots: islands, reference points and a definite event elsewhere", function()
  it("places an attack 'on the island of' a name no list knows", function()
    local r = run("On Tuesday a guard opened fire near a synagogue on the island of Djerba in "
      .. "Tunisia, killing 4 people.")
    assert.equal(1, #r)
    assert.equal("Djerba", r[1].place)
  end)

  it("takes no place from the ends a place is told between", function()
    local r = run("In June 2015 militants stormed a base at Leego, between Mogadishu and "
      .. "Baidoa, killing dozens of soldiers.")
    assert.equal(1, #r)
    assert.equal("Leego", r[1].place)
  end)

  it("dates 'the blast at' a place no report holds by the date opening its sentence", function()
    local r = run("A suicide bomber killed 88 people at a shrine in Sehwan on Thursday. In "
      .. "November the same group claimed the blast at a shrine in Khuzdar, which killed 52 "
      .. "pilgrims.")
    assert.equal(2, #r)
    assert.equal("Khuzdar", r[2].place)
    assert.equal("2023-11", r[2].date)
  end)
end)

describe("extract slots: 'the same group', 'its fighters'", function()
  it("gives 'The same network was blamed for' the group told last", function()
    local r = run("A suicide bomber killed 3 officers at a bus terminal in Jakarta on Monday. "
      .. "Police said the attackers belonged to Jamaah Ansharut Daulah. The same network was "
      .. "blamed for the firebombing of a church in Samarinda in November 2016, in which a "
      .. "girl died.")
    assert.equal(2, #r)
    assert.equal("Jamaah Ansharut Daulah", r[2].perpetrator)
  end)

  it("gives 'its fighters ambushed' the group told last", function()
    local r = run("The army said the Shining Path was responsible for the massacre of 16 "
      .. "people in Ayacucho on Sunday. On 9 April 2016 its fighters ambushed a convoy in "
      .. "Junin, killing 10 soldiers.")
    assert.equal(2, #r)
    assert.equal("Shining Path", r[2].perpetrator)
  end)
end)

describe("extract slots: a town told by a province no list knows", function()
  it("keeps the town of 'near Amalfi, in Antioquia province'", function()
    local r = run("On Thursday a police helicopter near Amalfi, in Antioquia province, was "
      .. "brought down by explosives dropped from a drone, killing 13 officers.")
    assert.equal(1, #r)
    assert.equal("Amalfi", r[1].place)
  end)
end)

describe("extract slots: the day of an aftermath", function()
  it("dates a car bomb by its month, not by an arrest two days later", function()
    local r = run("In May a man left a car packed with explosives in Times Square in New York; "
      .. "it failed to explode, and he was arrested two days later at an airport.")
    assert.equal(1, #r)
    assert.equal("2024-05", r[1].date)
  end)

  it("dates a shooting by its month, not by the day the victim died", function()
    local r = run("Senator Juan Perez died on May 11 of wounds he suffered when he was shot "
      .. "in the head at a rally in Bogota in March.")
    assert.equal(1, #r)
    assert.equal("2024-03", r[1].date)
  end)

  it("keeps the day of an arrest that foiled a plot", function()
    local r = run("A man was arrested on Friday evening moments after he tried to set off "
      .. "what he believed was a bomb near a Christmas tree lighting in Portland, officials "
      .. "said. The bomb was a fake.")
    assert.equal(1, #r)
    assert.equal("2024-05-17", r[1].date)
  end)
end)

describe("extract slots: an explosion told of an attack", function()
  it("types 'the worst attack since 2002, when a truck ... exploded' a bombing", function()
    local r = run("It is the worst attack against the synagogue since April 2002, when a truck "
      .. "loaded with gas exploded before the building, killing 21 people.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
  end)

  it("keeps an attack with no explosion told of unknown method", function()
    local r = run("In April 2002 an attack on the synagogue in Djerba killed 21 people.")
    assert.equal(1, #r)
    assert.equal("unknown", r[1].attack_type)
  end)
end)

describe("extract slots: a group's own count and a range of counts", function()
  it("lets officials' range replace the figure of the group's claim", function()
    local r = run("On Friday Islamist fighters attacked an army base at Galdogob in Somalia. "
      .. "The militia said on its radio that its fighters had killed more than 100 soldiers. "
      .. "Somali officials have given figures ranging from about 60 to well over 100 dead.")
    assert.equal(1, #r)
    assert.same({ 60 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("keeps an officials' figure over a smaller one told later", function()
    local r = run("On Friday gunmen attacked an army base at Galdogob in Somalia, killing 41 "
      .. "soldiers. Residents said they had seen 12 bodies.")
    assert.equal(1, #r)
    assert.equal(41, r[1].killed_lo)
  end)
end)

describe("extract slots: the day of a release and 'the X took place'", function()
  it("dates the massacre by 'took place on Saturday', not the video's release", function()
    local r = run("Boko Haram has claimed responsibility for the massacre of farm workers near "
      .. "Zabarmari, in a video released on Tuesday. The killings took place on Saturday at "
      .. "Koshobe.")
    assert.equal(1, #r)
    assert.equal("2024-05-18", r[1].date)
  end)

  it("keeps a day told with the event when nothing is released", function()
    local r = run("Boko Haram fighters massacred farm workers near Zabarmari on Sunday.")
    assert.equal(1, #r)
    assert.equal("2024-05-19", r[1].date)
  end)
end)

describe("extract slots: where the victims were heading", function()
  it("takes no place from 'driving toward relatives in X'", function()
    local r = run("On Monday gunmen ambushed three cars on a dirt road in Mexico while the "
      .. "families were driving toward relatives in Chihuahua, killing 9 people.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
    assert.equal("MX", r[1].country)
  end)

  it("keeps a place the attack is told in beside such a trip", function()
    local r = run("On Monday gunmen ambushed a bus in Culiacan, killing 9 people.")
    assert.equal("Culiacan", r[1].place)
  end)
end)

describe("extract slots: a town told by its province is the place, not the province", function()
  it("takes the town before its province in brackets", function()
    local r = run("- Zoreba (Cabo Delgado province), Friday: insurgents stormed the district "
      .. "office and killed 7 guards.")
    assert.equal(1, #r)
    assert.equal("Zoreba", r[1].place)
    assert.equal("MZ", r[1].country)
  end)

  it("takes a known town before its province in brackets", function()
    local r = run("- Sibi (Balochistan), Monday: a bomb went off at a bus stand, killing 3 people.")
    assert.equal(1, #r)
    assert.equal("Sibi", r[1].place)
  end)

  it("keeps the province when the bracket holds something else", function()
    local r = run("- Cabo Delgado (a province in the north), Friday: insurgents stormed a "
      .. "district office and killed 7 guards.")
    assert.equal(1, #r)
    assert.equal("Cabo Delgado", r[1].place)
  end)

  it("takes a town no list knows placed 'in' its state", function()
    local r = run("On Friday gunmen burnt a boarding school at Wurolo in Yobe State and killed "
      .. "11 pupils.")
    assert.equal(1, #r)
    assert.equal("Wurolo", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("reads an abbreviated saint's name as a town's", function()
    local r = run("On Saturday a man stabbed 6 people at a shopping centre in St. Aldric, "
      .. "Minnesota.")
    assert.equal(1, #r)
    assert.equal("St. Aldric", r[1].place)
    assert.equal("US", r[1].country)
  end)

  it("keeps the state when no town is named", function()
    local r = run("On Friday gunmen burnt a boarding school in Yobe State and killed 11 pupils.")
    assert.equal(1, #r)
    assert.equal("Yobe", r[1].place)
  end)
end)

describe("extract slots: a toll told first and then moved or taken back", function()
  it("takes the figure 'raised to' after one police 'first said'", function()
    local r = run("A car bomb exploded at a bus station in Kano on Sunday. Police first said 40 "
      .. "people had died; the figure was raised to at least 46 as the injured died.")
    assert.equal(1, #r)
    assert.equal(46, r[1].killed_lo)
    assert.is_nil(r[1].killed_hi)
  end)

  it("takes the count an authority 'later settled on'", function()
    local r = run("Bombs went off across Maiduguri on Saturday. The first count given by a "
      .. "medic was about 60 dead; the state government later settled on 73.")
    assert.equal(1, #r)
    assert.equal(73, r[1].killed_lo)
    assert.equal(73, r[1].killed_hi)
  end)

  it("takes the figure police 'corrected the figure to'", function()
    local r = run("A bomb hit a van of judges in Peshawar on Sunday. Police initially said "
      .. "three people had died, but later corrected the figure to two.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
    assert.equal(2, r[1].killed_hi)
  end)

  it("drops a count the next sentence calls wrong", function()
    local r = run("A gunman opened fire on a bus in Utrecht on Sunday, killing 2 people. "
      .. "Some outlets had said that 6 people had died. That figure was wrong, police said.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
    assert.equal(2, r[1].killed_hi)
  end)

  it("keeps the figure told after a count called wrong", function()
    local r = run("Gunmen attacked the embassy in Ouagadougou on Sunday. The minister said "
      .. "that this early count had been wrong and that 9 people were dead.")
    assert.equal(1, #r)
    assert.equal(9, r[1].killed_lo)
  end)

  it("keeps the toll of a first bomb beside a second", function()
    local r = run("Two bombs exploded at a market in Kano on Sunday. The first bomb killed "
      .. "12 people.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)

describe("extract slots: tolls in other words", function()
  it("reads 'martyred' and 'the number of martyrs' as the dead", function()
    local r = run("Gunmen martyred 9 border guards near Saravan on Sunday.")
    assert.equal(1, #r)
    assert.equal(9, r[1].killed_lo)
    r = run("A bomb hit a bus in Zahedan on Sunday. The number of martyrs of the attack "
      .. "rose to 27, the office said.")
    assert.equal(1, #r)
    assert.equal(27, r[1].killed_lo)
  end)

  it("does not take the dead and the hurt together for the dead", function()
    local r = run("Bombs hit the consulate in Istanbul on Sunday. 20 people were killed and "
      .. "more than 300 were wounded, taking the number of people killed or wounded to more "
      .. "than 320.")
    assert.equal(1, #r)
    assert.equal(20, r[1].killed_lo)
    assert.equal(20, r[1].killed_hi)
  end)
end)

describe("extract slots: a rank written with a hyphen is a person", function()
  it("adds 'a police sub-inspector' to the guards killed", function()
    local r = run("Gunmen stormed a bank in Karachi on Sunday. They killed two security "
      .. "guards and a police sub-inspector at the gate.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
  end)

  it("does not add a thing after 'a'", function()
    local r = run("Gunmen stormed a bank in Karachi on Sunday and killed two security guards "
      .. "and a sniffer-dog.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
  end)
end)

describe("extract slots: the last of a list of attacks, named again", function()
  it("takes 'claimed this one' for a claim of the attack just told", function()
    local r = run("On Sunday gunmen stormed a police post in Andar, killing 9 officers. "
      .. "The Taliban also claimed this one.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
    assert.equal("Taliban", r[1].perpetrator)
  end)

  it("does not take 'claimed this one' without a group", function()
    local r = run("On Sunday gunmen stormed a police post in Andar, killing 9 officers. "
      .. "Nobody has claimed this one.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)

  it("reads one figure for a mixed group the attack 'left' dead", function()
    local r = run("On Sunday gunmen stormed a police post in Andar. Officials said the raid "
      .. "left 14 police officers and civilians dead.")
    assert.equal(1, #r)
    assert.equal(14, r[1].killed_lo)
    assert.equal(14, r[1].killed_hi)
  end)
end)

describe("extract slots: tolls of none in other words", function()
  it("reads 'None of the blasts killed anyone' as no dead", function()
    local r = run("Three small bombs exploded near a station in Bangkok on Friday. None of the "
      .. "blasts killed anyone.")
    assert.equal(1, #r)
    assert.equal(0, r[1].killed_lo)
    assert.equal(0, r[1].killed_hi)
  end)

  it("reads 'nobody besides the attacker was killed' as no victim", function()
    local r = run("A suicide bomber struck a bus near Quetta on Friday. Nobody besides the "
      .. "attacker was killed.")
    assert.equal(1, #r)
    assert.equal(0, r[1].killed_lo)
  end)

  it("reads 'wounded, none fatally' as no dead", function()
    local r = run("A man drove a car into soldiers in Lyon on Friday. Four soldiers were "
      .. "wounded, none fatally.")
    assert.equal(1, #r)
    assert.equal(0, r[1].killed_lo)
    assert.equal(4, r[1].wounded_lo)
  end)

  it("does not read 'nobody except the guards' as no victim", function()
    local r = run("A bomb went off at a bank in Quetta on Friday. Nobody except the guards "
      .. "was hurt.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("extract slots: the place as the text spells it", function()
  it("keeps the text's spelling without the gazetteer's accents", function()
    local r = run("A car bomb exploded outside a police station in Diyarbakir on Friday, "
      .. "killing 8 people.")
    assert.equal(1, #r)
    assert.equal("Diyarbakir", r[1].place)
    assert.equal("TR", r[1].country)
  end)

  it("keeps the gazetteer's name where the text writes it so", function()
    local r = run("A car bomb exploded outside a police station in Diyarbakır on Friday, "
      .. "killing 8 people.")
    assert.equal(1, #r)
    assert.equal("Diyarbakır", r[1].place)
  end)

  it("keeps the gazetteer's name for a dateline in capitals", function()
    local r = run("DIYARBAKIR, Turkey - A car bomb exploded outside a police station on "
      .. "Friday, killing 8 people.")
    assert.equal(1, #r)
    assert.equal("Diyarbakır", r[1].place)
  end)
end)

describe("extract slots: the scene of a sentence that names a post's seat", function()
  local lead = "The governor of Balkh, Ali Karimi, was fighting for his life on Monday after a "
    .. "car packed with explosives was driven into his convoy%s, officials said. The car "
    .. "swerved into the convoy and detonated. One of his guards was killed."

  it("takes the place after the seat of the governor's post", function()
    local r = run(lead:format(" on the outskirts of Mazar-i-Sharif"))
    assert.equal(1, #r)
    assert.equal("Mazar-i-Sharif", r[1].place)
    assert.equal(1, r[1].killed_lo)
  end)

  it("keeps the seat when no other place is told", function()
    local r = run(lead:format(""))
    assert.equal(1, #r)
    assert.equal("Balkh", r[1].place)
  end)
end)

describe("extract slots: the dead as the toll's noun", function()
  it("reads 'The dead numbered 57'", function()
    local r = run("A suicide bomber struck a wedding in Gaziantep on Saturday. The dead "
      .. "numbered 41, most of them guests.")
    assert.equal(1, #r)
    assert.equal(41, r[1].killed_lo)
    assert.equal(41, r[1].killed_hi)
  end)

  it("reads 'put the dead at between 47 and 70 soldiers' as a range", function()
    local r = run("Gunmen ambushed an army convoy near Goneri on Monday. Local officials put "
      .. "the dead at between 30 and 45 soldiers.")
    assert.equal(1, #r)
    assert.equal(30, r[1].killed_lo)
    assert.equal(45, r[1].killed_hi)
  end)

  it("does not read where the dead were put as a toll", function()
    local r = run("Gunmen ambushed an army convoy near Goneri on Monday. Villagers put the dead "
      .. "at the gate of 2 houses.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("extract slots: the dead among the hurt", function()
  it("reads 'wounding 40 people, three of them fatally' as three dead", function()
    local r = run("A bomb on a motorcycle exploded in a square in Malegaon on Friday, wounding "
      .. "40 people, three of them fatally.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
    assert.equal(3, r[1].killed_hi)
  end)

  it("reads it after 'killed or wounded'", function()
    local r = run("A bomb on a motorcycle exploded in a square in Malegaon on Friday and killed "
      .. "or wounded more than 50 people, four of them fatally.")
    assert.equal(1, #r)
    assert.equal(4, r[1].killed_lo)
  end)

  it("does not read more dead than hurt", function()
    local r = run("A bomb exploded in a square in Malegaon on Friday, wounding 3 people, "
      .. "seven of them fatally.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
  end)
end)

describe("extract slots: a count over a stretch of time is no toll", function()
  it("leaves out 'N deaths in the first three months of the year'", function()
    local r = run("A truck bomb exploded in Kabul on Sunday, killing at least 60 people. The "
      .. "United Nations has recorded more than 900 civilian deaths in the first three months "
      .. "of the year.")
    assert.equal(1, #r)
    assert.equal(60, r[1].killed_lo)
    assert.is_nil(r[1].killed_hi)
  end)

  it("keeps a toll told 'in the first hour' of the attack", function()
    local r = run("Gunmen stormed a hotel in Kabul on Sunday. At least 80 people were killed "
      .. "in the first hour of the siege.")
    assert.equal(1, #r)
    assert.equal(80, r[1].killed_lo)
  end)
end)

describe("extract slots: another attack a group also claimed, with its own day and toll", function()
  it("keeps 'claimed the bomb attack of 17 February ... in which 29 died' apart", function()
    local r = run("A car bomb exploded in Kizilay on Sunday, killing 30 people. The group "
      .. "also claimed the bomb attack of 2 February against army buses in Ankara, in which "
      .. "21 people died.")
    assert.equal(2, #r)
    assert.equal(30, r[1].killed_lo)
    assert.equal("2024-02-02", r[2].date)
    assert.equal(21, r[2].killed_lo)
  end)

  it("still takes 'claimed the bombing on Friday' for the claim's day", function()
    local r = run("A car bomb exploded in Kizilay on Sunday, killing 30 people. The group "
      .. "claimed the bombing on Friday.")
    assert.equal(1, #r)
    assert.equal("2024-05-19", r[1].date)
  end)
end)

describe("extract slots: a region named by its town's name in brackets", function()
  it("takes the town before '(Gao region)'", function()
    local r = run("MALI - 12 May, Zouera (Gao region): Assailants attacked an army camp at "
      .. "Zouera on Sunday morning. The armed forces said 17 soldiers were killed.")
    assert.equal(1, #r)
    assert.equal("Zouera", r[1].place)
    assert.equal("ML", r[1].country)
    assert.equal(17, r[1].killed_lo)
  end)

  it("keeps the known town when the bracket holds no region's noun", function()
    local r = run("MALI - 12 May, Zouera (Gao): Assailants attacked an army camp on Sunday "
      .. "morning.")
    assert.equal(1, #r)
    assert.equal("Gao", r[1].place)
  end)
end)

describe("extract slots: a district told with its noun is named without it", function()
  it("names 'in Kurram district' Kurram", function()
    local r = run("Gunmen opened fire on passenger vehicles in Kurram district on Thursday, "
      .. "killing 12 people.")
    assert.equal(1, #r)
    assert.equal("Kurram", r[1].place)
  end)

  it("keeps a name whose last word is no unit's noun", function()
    local r = run("Gunmen opened fire on passenger vehicles in Dera Ismail Khan on Thursday, "
      .. "killing 12 people.")
    assert.equal(1, #r)
    assert.equal("Dera Ismail Khan", r[1].place)
  end)
end)

describe("extract slots: where the wounded were cared for is no scene", function()
  it("leaves out 'being treated for their wounds in Niamey'", function()
    local r = run("Gunmen killed 40 civilians in Tchoma Bangou on Saturday. Some 30 people were "
      .. "being treated for their wounds in Niamey and in the town of Ouallam.")
    assert.equal(1, #r)
    assert.equal("Tchoma Bangou", r[1].place)
  end)

  it("leaves out 'flown to Moscow for surgery'", function()
    local r = run("A car bomb hit the governor's convoy on Monday, killing a guard. The governor "
      .. "was flown to Moscow for surgery.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)

  it("keeps a hospital that was the target", function()
    local r = run("A suicide bomber struck a hospital in Quetta on Monday, killing 20 people.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
  end)
end)

describe("extract slots: a town set off by a comma and placed in its state", function()
  it("takes 'the market of Wurbo, in neighbouring Adamawa state'", function()
    local r = run("In May two girls blew themselves up in the market of Wurbo, in neighbouring "
      .. "Adamawa state, killing 31 people.")
    assert.equal(1, #r)
    assert.equal("Wurbo", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("keeps the state after 'in the'", function()
    local r = run("In May two girls blew themselves up at a market, in the Adamawa state, "
      .. "killing 31 people.")
    assert.equal(1, #r)
    assert.equal("Adamawa", r[1].place)
  end)
end)

describe("extract slots: one victim told by name", function()
  it("reads a name before an appositive and 'was gunned down'", function()
    local r = run("On Tuesday Rustam Bekov, a retired judge of the regional court, was gunned "
      .. "down outside his house in Nalchik.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
    assert.equal(1, r[1].killed_hi)
    assert.equal("killed.named", r[1].evidence.killed.rule)
  end)

  it("reads a name before a relative clause and 'was shot in the head and died'", function()
    local r = run("Gunmen opened fire on a bus in Kismayo on Monday. Halima Yusuf Ali, a nurse "
      .. "who was travelling home from her shift, was shot in the chest and died.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
    assert.equal("Kismayo", r[1].place)
  end)

  it("reads 'NAME died in hospital' after the attack told", function()
    local r = run("A bomb went off under the car of Judge Tomas Riera Vidal in Bilbao on "
      .. "Friday. Judge Tomas Riera Vidal died in hospital two days later.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
    assert.equal(1, r[1].killed_hi)
  end)

  it("reads 'a gunman shot dead NAME' as the victim, not the gunman", function()
    local r = run("On Sunday a gunman shot dead Sergeant Paul Okafor as he guarded a bank in "
      .. "Onitsha.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
    assert.equal("killed.named", r[1].evidence.killed.rule)
  end)

  it("reads 'pulled up beside him ... and shot him dead'", function()
    local r = run("On Sunday two gunmen on a motorbike pulled up beside a teacher near Kohat, "
      .. "and shot him dead.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
  end)

  it("does not count an attacker the police shot dead", function()
    local r = run("On Sunday a man stabbed shoppers at a market in Hamburg, wounding three, "
      .. "before police shot him dead.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
    assert.equal(3, r[1].wounded_lo)
  end)

  it("does not read a group as a name: 'shot dead Islamic State fighters'", function()
    local casualties = require "incidents.grammar.casualties"
    local out = casualties.scan("Villagers shot dead Islamic State fighters in the hills.")
    for _, x in ipairs(out) do assert.is_not.equal("killed.named", x.rule) end
  end)
end)

describe("extract slots: where a victim died later is no scene", function()
  it("leaves out 'was badly wounded and died in Qatar'", function()
    local r = run("In July a suicide bomber blew herself up in the offices of the council in "
      .. "Mogadishu. The mayor, Omar Farah Nur, was badly wounded and died in Qatar a week "
      .. "later, and al-Shabaab said it had carried out the attack.")
    assert.equal(1, #r)
    assert.equal("Mogadishu", r[1].place)
    assert.equal("SO", r[1].country)
    assert.equal(1, r[1].killed_lo)
  end)

  it("leaves out 'later died in Ankara'", function()
    local r = run("A bomb exploded at a police post in Cizre on Friday. Officer Emre Kaya "
      .. "Demir was seriously wounded and later died in Ankara.")
    assert.equal(1, #r)
    assert.equal("Cizre", r[1].place)
  end)

  it("keeps 'died in Kabul when a bomb exploded'", function()
    local r = run("Twelve people died in Kabul on Friday when a bomb exploded at a market.")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
  end)
end)

describe("extract slots: a town announced for the attacks told after it", function()
  it("places 'X has been attacked before. In 2009 ...' in X", function()
    local r = run("A gunman killed 3 people at a bus stop in Beersheba on Sunday.\n\n"
      .. "Nazareth has been attacked before. In March 2009 a bomb went off at a "
      .. "wedding hall, killing 4 people.")
    assert.equal(2, #r)
    assert.equal("Nazareth", r[2].place)
    assert.equal("2009-03", r[2].date)
  end)

  it("places 'the second bombing in X in a month. On May 2 ...' in X", function()
    local r = run("A bomb exploded at a bakery in Jolo on Sunday, killing 2 people.\n\n"
      .. "It was the third bombing in Jolo in a month. On May 2, a bomb went off at "
      .. "a bus terminal, killing 5 people.")
    assert.equal(2, #r)
    assert.equal("Jolo", r[2].place)
  end)

  it("places both events after 'the deadliest attacks both hit X'", function()
    local r = run("Police arrested ten men in Recife on Monday.\n\nThe worst attacks both hit "
      .. "Montevideo. On March 3, 1991, a car bomb exploded outside a bank, killing 9 "
      .. "people. Two years later, on June 8, 1993, a truck bomb destroyed a hotel, "
      .. "killing 14 people.")
    assert.equal(2, #r)
    assert.equal("Montevideo", r[1].place)
    assert.equal("Montevideo", r[2].place)
  end)

  it("takes 'in the capital' of the event told before's country", function()
    local r = run("Gunmen stormed the foreign ministry in Tripoli on Tuesday, killing 3 people. "
      .. "It was the third attack on state buildings in the capital this year. In May, "
      .. "suicide bombers hit the electoral commission, killing 12 people.")
    assert.equal(2, #r)
    assert.equal("Tripoli", r[2].place)
    assert.equal("LY", r[2].country)
  end)

  it("does not carry the town past a sentence that names another", function()
    local r = run("A gunman killed 3 people at a bus stop in Beersheba on Sunday.\n\n"
      .. "Nazareth has been attacked before. Police in Haifa said they were on alert. "
      .. "In March 2009 a bomb went off at a wedding hall, killing 4 people.")
    for _, x in ipairs(r) do
      if x.date == "2009-03" then assert.is_not.equal("Nazareth", x.place) end
    end
  end)

  it("gives no town without a sentence that announces a series", function()
    local r = run("A gunman killed 3 people at a bus stop in Beersheba on Sunday.\n\n"
      .. "Nazareth is a quiet town. In March 2009 a bomb went off at a wedding hall, "
      .. "killing 4 people.")
    for _, x in ipairs(r) do
      if x.date == "2009-03" then assert.is_not.equal("Nazareth", x.place) end
    end
  end)
end)

describe("extract slots: a toll told of a wave of blasts by a definite word", function()
  it("reads 'None of the blasts killed anyone' as the wave's toll", function()
    local r = run("A string of small bombs went off across Bangkok on Friday, wounding 4 people. "
      .. "None of the blasts killed anyone.")
    assert.equal(1, #r)
    assert.equal(0, r[1].killed_lo)
    assert.equal(0, r[1].killed_hi)
  end)

  it("reads 'No one was killed in those blasts' as the wave's toll", function()
    local r = run("A string of small explosions hit Hat Yai on Monday, in which two people "
      .. "were hurt. No one was killed in those blasts.")
    assert.equal(1, #r)
    assert.equal(0, r[1].killed_lo)
  end)

  it("reads 'Nobody died in the explosions' as the wave's toll", function()
    local r = run("Several bombs exploded across Narathiwat on Sunday, injuring 5 people. "
      .. "Nobody died in the explosions.")
    assert.equal(1, #r)
    assert.equal(0, r[1].killed_lo)
  end)

  it("keeps a site's own toll out of the wave's", function()
    local r = run("A wave of bombs went off across southern Thailand on Friday, killing 4 "
      .. "people. A blast in Yala killed 2 people.")
    assert.equal(1, #r)
    assert.equal(4, r[1].killed_lo)
  end)
end)

describe("extract slots: a town's series told over paragraphs", function()
  it("places events of later paragraphs after 'X has been struck repeatedly'", function()
    local r = run("A truck bomb killed 80 people in Herat on Wednesday.\n\n"
      .. "Herat has been struck repeatedly this year. In March, gunmen stormed a hospital, "
      .. "killing 30 people.\n\nOn February 7, a suicide bomber blew himself up outside a "
      .. "court, killing 20 people.")
    assert.equal(3, #r)
    assert.equal("Herat", r[2].place)
    assert.equal("Herat", r[3].place)
  end)

  it("takes the town of the sentence before 'But it has been bombed before.'", function()
    local r = run("A bomb killed 14 people at a night market in Cotabato on Friday.\n\n"
      .. "Iloilo has long been one of the safest cities in the country. But it has been "
      .. "bombed before. In April 2003, a bomb exploded at a ferry terminal, killing 16 "
      .. "people.")
    assert.equal(2, #r)
    assert.equal("Iloilo", r[2].place)
  end)

  it("does not take 'a second man was arrested at his home' for a series", function()
    local r = run("A bomb hit a bus in Sousse on Monday, killing 2 people.\n\n"
      .. "Police said a second man had been detained at his home in Sfax. In June 2015 a "
      .. "gunman killed 38 tourists at a beach hotel.")
    for _, x in ipairs(r) do
      if x.date == "2015-06" then assert.is_not.equal("Sfax", x.place) end
    end
  end)
end)

describe("extract slots: a town told as a suburb, or by where it lies", function()
  it("takes 'in the eastern suburb of X'", function()
    local r = run("On Friday a gunman killed 2 people in the eastern suburb of Montfermeil.")
    assert.equal(1, #r)
    assert.equal("Montfermeil", r[1].place)
  end)

  it("takes 'in the suburb of X'", function()
    local r = run("A bomb exploded at a market in the suburb of Kalanki on Monday, killing 4 "
      .. "people.")
    assert.equal(1, #r)
    assert.equal("Kalanki", r[1].place)
  end)

  it("keeps the city of 'a northern suburb of Paris'", function()
    local r = run("A bomb exploded at a market in a northern suburb of Paris on Monday, "
      .. "killing 4 people.")
    assert.equal(1, #r)
    assert.equal("Paris", r[1].place)
  end)

  it("takes 'a bus at X, south of Srinagar'", function()
    local r = run("On Sunday gunmen attacked a bus at Awantipora, south of Srinagar, killing "
      .. "3 soldiers.")
    assert.equal(1, #r)
    assert.equal("Awantipora", r[1].place)
    assert.equal("IN", r[1].country)
  end)

  it("takes 'a police post at X, west of Kohat'", function()
    local r = run("Militants attacked a police post at Kundu, west of Kohat, on Monday, "
      .. "killing 2 policemen.")
    assert.equal(1, #r)
    assert.equal("Kundu", r[1].place)
  end)

  it("does not take a day after 'at' for a town", function()
    local r = run("Gunmen opened fire at Sunday prayers, south of Kabul, killing 5 people.")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
  end)
end)

describe("extract slots: tolls told with a list or as an earlier count", function()
  it("reads a toll whose 'including' aside lists with commas", function()
    local r = run("At least 40 people, including women, children and two policemen, were "
      .. "killed when a bomb exploded at a market in Peshawar on Sunday.")
    assert.equal(1, #r)
    assert.equal(40, r[1].killed_lo)
    assert.is_nil(r[1].killed_hi)
  end)

  it("reads 'At least 12 people, including a judge, two lawyers and a clerk, died'", function()
    local r = run("At least 12 people, including a judge, two lawyers and a clerk, died when "
      .. "a bomb hit a court in Quetta on Monday.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)

  it("reads a list with 'the elderly' in it", function()
    local casualties = require "incidents.grammar.casualties"
    local out = casualties.scan("At least 20 people, including women, children, the elderly "
      .. "and two soldiers, were killed on Monday.")
    assert.equal(1, #out)
    assert.equal(20, out[1].lo)
  end)

  it("keeps a figure a spokesman 'had earlier put the toll at' from replacing the toll", function()
    local r = run("A bomb exploded at a market in Peshawar on Sunday, killing at least 40 "
      .. "people. A rescue spokesman had earlier put the toll at 61.")
    assert.equal(1, #r)
    assert.equal(40, r[1].killed_lo)
  end)

  it("keeps 'officials earlier said 64 people had died' as an earlier count", function()
    local r = run("A bomb exploded at a market in Peshawar on Sunday, killing at least 40 "
      .. "people. Hospital officials earlier said 64 people had died.")
    assert.equal(1, #r)
    assert.equal(40, r[1].killed_lo)
  end)

  it("takes a toll officials later put higher", function()
    local r = run("A bomb exploded at a market in Peshawar on Sunday, killing at least 40 "
      .. "people. Officials later put the toll at 52.")
    assert.equal(1, #r)
    assert.equal(52, r[1].killed_lo)
  end)
end)

describe("extract slots: an appositive after a victim is no second victim", function()
  local casualties = require "incidents.grammar.casualties"
  local function killed(text)
    for _, x in ipairs(casualties.scan(text)) do
      if x.kind == "killed" then return x.lo, x.hi end
    end
  end

  it("reads 'shot dead one man, a 52-year-old Turkish citizen' as one", function()
    local lo, hi = killed("Two gunmen entered the church and shot dead one man, a 52-year-old "
      .. "Turkish citizen, before fleeing.")
    assert.equal(1, lo)
    assert.equal(1, hi)
  end)

  it("reads 'killed a guard, a father of three' as one", function()
    local lo = killed("The bomb killed a guard, a father of three, at the gate.")
    assert.equal(1, lo)
  end)

  it("reads 'killing one worshipper, an elderly imam' as one", function()
    local lo = killed("A gunman opened fire in the mosque, killing one worshipper, an elderly "
      .. "imam.")
    assert.equal(1, lo)
  end)

  it("adds up a list closed by 'and': 'a policeman, a soldier and two civilians'", function()
    local lo, hi = killed("The bomb killed a policeman, a soldier and two civilians.")
    assert.equal(4, lo)
    assert.equal(4, hi)
  end)
end)

describe("extract slots: a compass word in lower case before a town", function()
  it("reads 'in east London' as London", function()
    local r = run("A man stabbed two passengers at a station in east London on Monday.")
    assert.equal(1, #r)
    assert.equal("London", r[1].place)
    assert.equal("GB", r[1].country)
  end)

  it("reads 'in south Boston' as Boston", function()
    local r = run("A bomb exploded outside a bar in south Boston on Monday, killing 1 man.")
    assert.equal(1, #r)
    assert.equal("Boston", r[1].place)
    assert.equal("US", r[1].country)
  end)

  it("reads 'in west Jerusalem' as Jerusalem", function()
    local r = run("A bomb exploded at a bus stop in west Jerusalem on Monday, killing 1 man.")
    assert.equal(1, #r)
    assert.equal("Jerusalem", r[1].place)
  end)

  it("keeps 'East London' written with a capital as the town of that name", function()
    local r = run("A man stabbed two passengers at a taxi rank in East London on Monday.")
    assert.equal(1, #r)
    assert.equal("East London", r[1].place)
    assert.equal("ZA", r[1].country)
  end)
end)

describe("extract slots: an event told in a 'when' clause", function()
  it("takes the town of 'the Madrid train bombings of 11 March 2004, when ...'", function()
    local r = run("Spain has been on alert since the Madrid train bombings of 11 March 2004, "
      .. "when ten bombs killed 191 people on four commuter trains.")
    assert.equal(1, #r)
    assert.equal("Madrid", r[1].place)
    assert.equal("2004-03-11", r[1].date)
  end)

  it("takes the town of 'the attacks in the Tunisian city of Sousse on ..., when'", function()
    local r = run("The plot echoed the attacks in the Tunisian city of Sousse on June 26, 2015, "
      .. "when a gunman killed 38 tourists on a beach.")
    assert.equal(1, #r)
    assert.equal("Sousse", r[1].place)
    assert.equal("TN", r[1].country)
  end)

  it("takes the town of 'the bombings on the Minsk metro ..., on ..., when'", function()
    local r = run("The same cell was behind the bombings on the Minsk metro a year earlier, on "
      .. "April 11, 2011, when a bomb went off at a station, killing 15 people.")
    assert.equal(1, #r)
    assert.equal("Minsk", r[1].place)
  end)

  it("does not take the town of the police who speak before the 'when' clause", function()
    local r = run("Police in Lyon said on Monday that the suspect had praised the attacks of "
      .. "November 2015, when gunmen killed 130 people.")
    for _, x in ipairs(r) do
      if x.date == "2015-11" then assert.is_not.equal("Lyon", x.place) end
    end
  end)
end)

describe("extract slots: a town's name as the text writes it", function()
  local places = require "incidents.extract.places"
  local function spelled(text, name)
    local a = assert(text:find(name:match("^(%S+)"), 1, true))
    local word = text:match("^[%a\128-\255]+", a)
    return places.text_spelling(text, name, a, a + #word - 1)
  end

  it("writes 'Karak' for the gazetteer's 'Karak City'", function()
    assert.equal("Karak", spelled("gunmen attacked police in the city of Karak on Sunday",
      "Karak City"))
  end)

  it("writes 'Iligan' for 'Iligan City'", function()
    assert.equal("Iligan", spelled("a bomb went off in Iligan on Monday", "Iligan City"))
  end)

  it("writes 'Attock' for 'Attock City'", function()
    assert.equal("Attock", spelled("a bomb went off in Attock on Monday", "Attock City"))
  end)

  it("gives no spelling for another word ('Karakas' is not 'Karak City')", function()
    assert.is_nil(spelled("a bomb went off in Karakas on Monday", "Karak City"))
  end)
end)

describe("extract slots: where the blamed fighters come from is no scene", function()
  it("leaves out 'insurgents from the North Caucasus'", function()
    local r = run("A train was bombed in November 2009, killing 27 people; investigators "
      .. "blamed insurgents from the North Caucasus.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)

  it("leaves out 'rebels from Dagestan'", function()
    local r = run("A bus was bombed on Monday, killing 12 people; police blamed rebels from "
      .. "Dagestan.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)

  it("leaves out 'fighters from Ingushetia'", function()
    local r = run("A market was attacked on Monday, killing 12 people; officials blamed "
      .. "fighters from Ingushetia.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)

  it("keeps a town a distance is told from", function()
    local r = run("Insurgents attacked a convoy 20 km from Grozny on Monday, killing 5 soldiers.")
    assert.equal(1, #r)
    assert.equal("Grozny", r[1].place)
  end)
end)

describe("extract slots: a quarter no list knows is one of the city told last", function()
  it("places 'in the crowded X neighbourhood' in the city told before", function()
    local r = run("Two bombs exploded outside an embassy in Beirut on Tuesday, killing 23 "
      .. "people.\n\nOn August 15, a car bomb went off in the crowded Dawhani neighbourhood, "
      .. "killing 27 people.")
    assert.equal(2, #r)
    assert.equal("Beirut", r[2].place)
    assert.equal("LB", r[2].country)
  end)

  it("places 'in the Qasbani area' in the city told before", function()
    local r = run("A bomb hit a mosque in Karachi on Friday, killing 9 people.\n\nIn March, "
      .. "gunmen attacked a shrine in the Qasbani area, killing 4 people.")
    assert.equal(2, #r)
    assert.equal("Karachi", r[2].place)
  end)

  it("places 'in the old Velkor quarter' in the city told before", function()
    local r = run("A gunman killed 3 people at a cafe in Istanbul on Friday.\n\nIn March, a "
      .. "bomb went off in the old Velkor quarter, killing 2 people.")
    assert.equal(2, #r)
    assert.equal("Istanbul", r[2].place)
  end)

  it("keeps the town a quarter is told of: 'the Sablani district of Lahore'", function()
    local r = run("A bomb hit a mosque in Karachi on Friday, killing 9 people.\n\nIn March, "
      .. "a bomb went off in the Sablani district of Lahore, killing 4 people.")
    assert.equal(2, #r)
    assert.is_not.equal("Karachi", r[2].place)
  end)
end)

describe("extract slots: the list of the victims after a toll and a colon", function()
  it("keeps the homes in 'Three people died: two tourists from Sydney ...' out", function()
    local r = run("A gunman opened fire at a bar in Bangkok on Friday. Three people died: two "
      .. "tourists from Sydney and a waiter from Chiang Mai.")
    assert.equal(1, #r)
    assert.equal("Bangkok", r[1].place)
    assert.equal(3, r[1].killed_lo)
  end)

  it("keeps the days and towns of 'Five of them died: ... in 2019' out", function()
    local r = run("A bomb exploded on a bus in Quetta on Monday. Five of them died: a teacher "
      .. "from Lahore, two students and a couple who had moved from Karachi in 2019.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
    assert.equal(5, r[1].killed_lo)
  end)

  it("keeps 'Two people were killed: a nurse from Perth and her husband' on the event", function()
    local r = run("A gunman attacked a cafe in Hobart on Friday. Two people were killed: a nurse "
      .. "from Perth and her husband.")
    assert.equal(1, #r)
    assert.equal("Hobart", r[1].place)
    assert.equal(2, r[1].killed_lo)
  end)

  it("keeps a place after a colon that no toll opens", function()
    local r = run("A bomb exploded at a market on Monday. The police said: Five people died in "
      .. "Quetta.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
  end)
end)

describe("extract slots: a sentence opening with a pronoun goes on with the event told", function()
  it("gives 'They killed ...' to the attack of the sentence before, not an older one", function()
    local r = run("In April 2022 a woman blew herself up outside an institute in Karachi, "
      .. "killing 4 people.\n\nIn June 2020 four men with rifles and grenades attacked the "
      .. "stock exchange in Karachi. They killed three security guards and a police officer "
      .. "at the entrance and were all shot dead.")
    assert.equal(2, #r)
    assert.equal("2020-06", r[2].date)
    assert.equal(4, r[2].killed_lo)
  end)

  it("gives 'They killed two guards and a cashier' to the bank attack", function()
    local r = run("In April 2021 a suicide bomber killed 5 people at a shrine in Lahore.\n\n"
      .. "In May 2022 two men with rifles and grenades attacked a bank in Lahore. They killed "
      .. "two guards and a cashier at the door and were shot dead.")
    assert.equal(2, #r)
    assert.equal(3, r[2].killed_lo)
  end)

  it("gives 'He killed two teachers' to the school attack", function()
    local r = run("In March 2021 gunmen shot dead 3 people at a market in Quetta.\n\nIn May "
      .. "2022 a man with a knife and a petrol bomb attacked a school in Quetta. He killed "
      .. "two teachers in a corridor and was shot dead.")
    assert.equal(2, #r)
    assert.equal(2, r[2].killed_lo)
  end)

  it("keeps a pronoun's sentence with its own place and year a new event", function()
    local r = run("On Monday four gunmen attacked a bank in Quetta. They had attacked a mosque "
      .. "in Peshawar in 2019, killing 9 people.")
    assert.equal(2, #r)
    assert.is_nil(r[1].killed_lo)
    assert.equal("Peshawar", r[2].place)
  end)
end)

describe("extract slots: a toll told before the forces' act that ended the event", function()
  it("keeps '22 people were killed before security forces stormed the compound'", function()
    local r = run("In May 2004 gunmen attacked oil company offices in Khobar and took hostages; "
      .. "22 people were killed before security forces stormed the compound.")
    assert.equal(1, #r)
    assert.equal(22, r[1].killed_lo)
  end)

  it("keeps '20 people were killed before special forces stormed the building'", function()
    local r = run("On Monday gunmen seized a hotel in Bamako; 20 people were killed before "
      .. "special forces stormed the building.")
    assert.equal(1, #r)
    assert.equal(20, r[1].killed_lo)
    assert.equal("attack", r[1].status)
  end)

  it("keeps 'two employees were killed before security forces regained control'", function()
    local r = run("In September gunmen stormed the offices of the oil company in Tripoli, and "
      .. "two employees were killed before security forces regained control.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
  end)

  it("still leaves out a raid by the forces that kills", function()
    local r = run("Security forces stormed a house in Bamako on Monday, killing 3 militants.")
    assert.equal(0, #r)
  end)
end)

describe("extract slots: a town set off by commas after an institution's name", function()
  it("takes 'the Government Girls Secondary School, Jangebe, in Zamfara State'", function()
    local r = run("Gunmen seized 279 schoolgirls on Friday from the Government Girls Secondary "
      .. "School, Jangebe, in Zamfara State.")
    assert.equal(1, #r)
    assert.equal("Jangebe", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("takes the town with a local government area before the state", function()
    local r = run("Gunmen abducted 136 pupils on Sunday from the Model Secondary School, "
      .. "Dankurmi, in Rafi Local Government Area of Niger State.")
    assert.equal(1, #r)
    assert.equal("Dankurmi", r[1].place)
  end)

  it("takes 'the Central Mosque, Maiha, in Adamawa State'", function()
    local r = run("A bomb exploded on Sunday at the Central Mosque, Maiha, in Adamawa State, "
      .. "killing 4 people.")
    assert.equal(1, #r)
    assert.equal("Maiha", r[1].place)
  end)

  it("takes no town when no province follows ('..., Maiha, in the north')", function()
    local r = run("A bomb exploded on Sunday at the Central Mosque, Maiha, in the north, "
      .. "killing 4 people.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)
end)

describe("extract slots: a site named again with 'the' is the one told before", function()
  it("places 'walked into the cafe' at the cafe told before", function()
    local r = run("Every city has a place it cannot forget. For Hobart it is the front of the "
      .. "Harbour Cafe in Salamanca Place.\n\nOn the morning of 15 December 2014, a man with "
      .. "a shotgun walked into the cafe and took 18 people hostage.")
    assert.equal(1, #r)
    assert.equal("Salamanca Place", r[1].place)
  end)

  it("places 'invaded the school' at 'the Girls Secondary School, Dakamba, in ...'", function()
    local r = run("Most families in the valley sent their daughters to the Girls Secondary "
      .. "School, Dakamba, in Zamfara State.\n\nScores of armed men on motorcycles invaded the "
      .. "school at about 1 a.m. on Friday, killing 2 guards.")
    assert.equal(1, #r)
    assert.equal("Dakamba", r[1].place)
  end)

  it("places 'blew himself up at the mosque' at 'the old mosque in Kalaba'", function()
    local r = run("Many pilgrims visit the old mosque in Kalaba every spring.\n\nIn April 2002 "
      .. "a suicide bomber blew himself up at the mosque, killing 21 people.")
    assert.equal(1, #r)
    assert.equal("Kalaba", r[1].place)
  end)

  it("leaves a site told with an event of its own to that event", function()
    local r = run("A bomb exploded at the Grand Hotel in Sousse on Monday, killing 3 people.\n\n"
      .. "On Friday gunmen attacked the hotel again, killing 2 guards.")
    assert.equal(2, #r)
    assert.is_nil(r[2].place)
  end)
end)

describe("extract slots: 'the city centre' is the centre of the city told last", function()
  it("places 'a bar in the city centre' in the city told before", function()
    local r = run("A gunman killed 1 man at a cultural centre in Copenhagen on Saturday.\n\n"
      .. "On Sunday a bomb exploded at a bar in the city centre, killing 2 people.")
    assert.equal(2, #r)
    assert.equal("Copenhagen", r[2].place)
  end)

  it("places 'a church in the town centre' in the town told before", function()
    local r = run("A bomb killed 4 people at a market in Kano on Monday.\n\nOn Friday gunmen "
      .. "attacked a church in the town centre, killing 3 people.")
    assert.equal(2, #r)
    assert.equal("Kano", r[2].place)
  end)

  it("places 'near the city center' in the city told before", function()
    local r = run("A gunman killed 1 man outside a court in Lyon on Saturday.\n\nIn March a "
      .. "man stabbed 2 people near the city center.")
    assert.equal(2, #r)
    assert.equal("Lyon", r[2].place)
  end)

  it("does not take 'the cultural centre' for the city's", function()
    local r = run("A gunman killed 1 man at a hotel in Lyon on Saturday.\n\nOn Sunday a bomb "
      .. "exploded at the cultural centre, killing 2 people.")
    assert.equal(2, #r)
    assert.is_nil(r[2].place)
  end)
end)

describe("extract slots: 'No one else was hurt' counts no one", function()
  local casualties = require "incidents.grammar.casualties"
  local function bounds(text)
    local out = {}
    for _, x in ipairs(casualties.scan(text)) do
      if not x.partial then out[#out + 1] = x end
    end
    return out
  end

  it("reads no count of one from 'No one else was hurt'", function()
    assert.equal(0, #bounds("No one else was hurt."))
  end)

  it("reads no count from 'Nobody else was injured'", function()
    assert.equal(0, #bounds("Nobody else was injured in the attack."))
  end)

  it("leaves the wounded of 'the mayor ... No one else was hurt' unset", function()
    local r = run("On Monday a gunman shot dead the mayor of Tetouan outside his office. No one "
      .. "else was hurt.")
    assert.equal(1, #r)
    assert.is_nil(r[1].wounded_lo)
  end)

  it("still reads 'No one was hurt' as nobody hurt or killed", function()
    local r = run("A bomb went off at a market in Kano on Monday. No one was hurt.")
    assert.equal(1, #r)
    assert.equal(0, r[1].wounded_lo)
    assert.equal(0, r[1].killed_lo)
  end)
end)

describe("extract slots: 'the killing <when> of <role> <name>' is one dead", function()
  local casualties = require "incidents.grammar.casualties"
  local function named(text)
    for _, x in ipairs(casualties.scan(text)) do
      if x.rule == "killed.named" then return x.lo, x.hi end
    end
  end

  it("reads 'the killing last June of the regional politician Walter Lubcke'", function()
    local lo, hi = named("It recalled the killing last June of the regional politician "
      .. "Walter Lubcke, shot at his home.")
    assert.equal(1, lo)
    assert.equal(1, hi)
  end)

  it("reads 'the murder in 2019 of the journalist Daphne Caruana Galizia'", function()
    assert.equal(1, (named("the murder in 2019 of the journalist Daphne Caruana Galizia.")))
  end)

  it("reads 'the killing in Paris of Samuel Paty'", function()
    assert.equal(1, (named("the killing in Paris of Samuel Paty.")))
  end)

  it("reads no name in 'the killing last year of 12 soldiers in Mali'", function()
    assert.is_nil(named("the killing last year of 12 soldiers in Mali."))
  end)

  it("reads no victim in a claim made 'in the name of' a group", function()
    assert.is_nil(named("Leaflets claimed the killing in the name of the Islamic State group."))
    assert.is_nil(named("They carried out the murder in the name of the Black Flag Brigade, "
      .. "the statement said."))
  end)
end)

describe("extract slots: a participle before a person's noun names the victim", function()
  local casualties = require "incidents.grammar.casualties"
  local function killed(text)
    for _, x in ipairs(casualties.scan(text)) do
      if x.kind == "killed" then return x.lo, x.hi end
    end
  end

  it("reads 'killed a teaching assistant and a pupil' as two", function()
    local lo, hi = killed("A masked man with a sword killed a teaching assistant and a pupil "
      .. "at a school.")
    assert.equal(2, lo)
    assert.equal(2, hi)
  end)

  it("reads 'killed a training officer' as one", function()
    assert.equal(1, (killed("A man with a sword killed a training officer at a barracks.")))
  end)

  it("reads 'killed a visiting doctor and two nurses' as three", function()
    assert.equal(3, (killed("Gunmen killed a visiting doctor and two nurses at a clinic.")))
  end)

  it("keeps a participle that opens a clause out: '12 guests attending the wedding'", function()
    local lo, hi = killed("12 guests attending the wedding were killed.")
    assert.equal(12, lo)
    assert.equal(12, hi)
  end)
end)

describe("extract slots: a named attacker's death is no victim's", function()
  local casualties = require "incidents.grammar.casualties"
  local function named(text)
    for _, x in ipairs(casualties.scan(text)) do
      if x.rule == "killed.named" then return x end
    end
  end

  it("marks 'The attacker, Ahmed Rahimi, died in hospital' as the attacker's", function()
    assert.is_true(named("The attacker, Ahmed Rahimi, died in hospital.").perpetrators)
  end)

  it("marks 'the gunman, Ahmed Rahimi, was killed' as the attacker's", function()
    assert.is_true(named("Police said the gunman, Ahmed Rahimi, was killed.").perpetrators)
  end)

  it("marks 'the suspected bomber, Ali Farouk, was shot dead' as the attacker's", function()
    assert.is_true(named("The suspected bomber, Ali Farouk, was shot dead by police.")
      .perpetrators)
  end)

  it("keeps the victim of 'A gunman shot dead Aza Gazgireyeva' a victim", function()
    assert.is_false(named("A gunman shot dead Aza Gazgireyeva, deputy chief of the court.")
      .perpetrators)
  end)
end)

describe("extract slots: a revised toll two sentences on in its event's paragraph", function()
  it("gives 'had raised the toll to 21' to the mosque bombing of its paragraph", function()
    local r = run("A suicide bomber struck a Shia mosque in Dammam on Friday, killing 4 people."
      .. "\n\nOn 22 May a man blew himself up inside a mosque in Qadeeh. Around 150 "
      .. "worshippers were inside. By Saturday the health authorities had raised the toll to "
      .. "21.")
    assert.equal(2, #r)
    assert.equal(4, r[1].killed_lo)
    assert.equal(21, r[2].killed_lo)
  end)

  it("gives 'later raised the toll to 30' to the market bombing", function()
    local r = run("A car bomb killed 12 people in Kirkuk on Monday.\n\nOn 3 May a bomber blew "
      .. "himself up at a market in Tikrit. The market was crowded. Officials later raised the "
      .. "toll to 30.")
    assert.equal(2, #r)
    assert.equal(12, r[1].killed_lo)
    assert.equal(30, r[2].killed_lo)
  end)

  it("gives 'The death toll rose to 9' to the checkpoint attack", function()
    local r = run("A car bomb killed 12 people in Kirkuk on Monday.\n\nOn 3 May gunmen attacked "
      .. "a checkpoint in Baiji. Shops were closed. The death toll rose to 9.")
    assert.equal(2, #r)
    assert.equal(9, r[2].killed_lo)
  end)

  it("leaves a toll in a paragraph of its own to the article's lead", function()
    local r = run("A car bomb killed 12 people in Kirkuk on Monday.\n\nOn 3 May gunmen attacked "
      .. "a checkpoint in Baiji. Shops were closed.\n\nThe death toll rose to 19.")
    assert.equal(2, #r)
    assert.is_nil(r[2].killed_lo)
  end)
end)

describe("extract slots: a toll of an event a day owns is a toll of the event told", function()
  it("gives '35 dead ... in yesterday's attack' to the market bombing", function()
    local r = run("A bomb tore through a market in Sadr City on Monday evening, killing 30 "
      .. "people.\n\nHealth ministry: 35 dead and 60 wounded in yesterday's attack, several of "
      .. "them children.")
    assert.equal(1, #r)
    assert.equal(35, r[1].killed_lo)
  end)

  it("gives '15 people had died in Friday's assault' to the hotel siege", function()
    local r = run("Gunmen stormed a hotel in Mogadishu on Friday, killing 12 people.\n\nOfficials "
      .. "said 15 people had died in Friday's assault.")
    assert.equal(1, #r)
    assert.equal(15, r[1].killed_lo)
  end)

  it("gives 'Sunday's bombing had killed 24 people' to the mosque bombing", function()
    local r = run("A suicide bomber struck a mosque in Quetta on Sunday, killing 20 people.\n\n"
      .. "Police said Sunday's bombing had killed 24 people.")
    assert.equal(1, #r)
    assert.equal(24, r[1].killed_lo)
  end)

  it("keeps such a toll as the lead's own event when none was told", function()
    local r = run("Sunday's bombing killed 24 people, police said.")
    assert.equal(1, #r)
    assert.equal(24, r[1].killed_lo)
  end)
end)
