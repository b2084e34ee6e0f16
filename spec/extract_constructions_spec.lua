-- Specs of incidents.extract on constructions that link fields across a
-- sentence or across sentences, with the default pack and short articles
-- written for these specs (general classes, not any article's wording).
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2024-05-20")

describe("extract: tolls", function()
  it("reads the toll of an attack word that is a kill verb too", function()
    local r = run("In March 2021 about 30 gunmen raided the village of Dorowa in Nigeria "
      .. "and shot dead at least 19 farmers.")
    assert.equal(1, #r)
    assert.same({ 19 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("keeps the toll when security forces ended the event the next morning", function()
    local r = run("Gunmen stormed a hotel in Mombasa on Friday. By the time special forces "
      .. "declared the siege over the next morning, 14 people had been killed.")
    assert.equal(1, #r)
    assert.equal("Mombasa", r[1].place)
    assert.equal(14, r[1].killed_lo)
    assert.equal("2024-05-17", r[1].date)
  end)

  it("does not place an event where its motive lies", function()
    local r = run("A bomb exploded at a market in Kano on Sunday. The militants said the "
      .. "bombing killed 9 people as revenge for a raid on their camp in Chad.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("NG", r[1].country)
    assert.equal(9, r[1].killed_lo)
  end)
end)

describe("extract: what dates and places belong to", function()
  it("takes the victims' nationality for no place of the event", function()
    local r = run("Last week al-Shabaab fighters attacked a base in Lamu county used by "
      .. "Kenyan troops. One British trainer and two American pilots were killed.")
    assert.equal(1, #r)
    assert.equal("KE", r[1].country)
    assert.same({ 3, 3 }, { r[1].killed_lo, r[1].killed_hi })
    assert.equal("armed_assault", r[1].attack_type)
  end)

  it("dates a claim made today apart from the attack it claims", function()
    local r = run("The Islamic State today claimed responsibility for the attack on the town "
      .. "of Mocimboa da Praia in Mozambique. The attack began on Wednesday, when armed "
      .. "insurgents entered the town from two sides, attacking the police post.")
    assert.equal(1, #r)
    assert.equal("2024-05-15", r[1].date)
    assert.equal("Islamic State", r[1].perpetrator)
    assert.equal("armed_assault", r[1].attack_type)
  end)

  it("does not place an event where a spokesman spoke", function()
    local r = run("Gunmen ambushed a bus near Mandera on Friday. A police spokesman said on "
      .. "Saturday in Nairobi that 12 passengers were killed in the ambush.")
    assert.equal(1, #r)
    assert.equal("Mandera", r[1].place)
    assert.equal(12, r[1].killed_lo)
  end)

  it("does not place an event at a destination", function()
    local r = run("A suicide bomber struck the railway station in Quetta on Saturday, killing "
      .. "at least 15 people. The blast hit passengers waiting for a train bound for "
      .. "Peshawar.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
    r = run("Gunmen opened fire on a bus carrying pilgrims back to the town of Katra, near "
      .. "Reasi, on Sunday, killing 9 people.")
    assert.equal(1, #r)
    assert.equal("Reasi", r[1].place)
  end)

  it("does not give a conflict's toll over years to one attack", function()
    local r = run("Militants attacked a police post in Mocimboa da Praia in October 2017. "
      .. "The insurgency has since killed more than 3,000 people in the province.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
    r = run("Militants attacked a police post in Mocimboa da Praia in October 2017, and "
      .. "the violence has caused more than 3,000 deaths.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
  end)

  it("reads 'Friday prayers' as a rite, not as the date", function()
    local r = run("Gunmen attacked worshippers at a mosque in Kano during Friday prayers, "
      .. "killing 6 people, police said on Monday.")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
    assert.equal("armed_assault", r[1].attack_type)
  end)

  it("dates a lead event told with a definite article", function()
    local r = run("Police said on Monday that two brothers carried out the bombing outside a "
      .. "church in Surabaya on Sunday.")
    assert.equal(1, #r)
    assert.equal("2024-05-19", r[1].date)
  end)

  it("makes armed men who attack with no explosive an armed assault", function()
    local r = run("Fighters attacked an army base near Gao on Tuesday and held it for hours.")
    assert.equal(1, #r)
    assert.equal("armed_assault", r[1].attack_type)
    r = run("In March 2020 a raid on the army post at Tabankort killed 29 soldiers, an "
      .. "attack claimed by the Islamic State in the Greater Sahara.")
    assert.equal(1, #r)
    assert.equal("armed_assault", r[1].attack_type)
    r = run("Militants attacked an army base near Gao on Tuesday with a car bomb.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
  end)
end)

describe("extract: perpetrators", function()
  it("ties the attackers to a group named in a later sentence", function()
    local r = run("Gunmen attacked a church in Ikare on Sunday, killing 12 worshippers. No "
      .. "group has claimed it. On Thursday the interior minister said the attackers were "
      .. "members of the Islamic State West Africa Province.")
    assert.equal(1, #r)
    assert.equal("Islamic State West Africa Province", r[1].perpetrator)
    assert.is_false(r[1].claimed)
    r = run("A suicide bomb went off outside a church in Medan on Sunday. Police said the "
      .. "brothers belonged to Jamaah Ansharut Daulah.")
    assert.equal(1, #r)
    assert.equal("Jamaah Ansharut Daulah", r[1].perpetrator)
  end)

  it("never makes a feast or a day named in a plot the perpetrator", function()
    local r = run("Police arrested three men over a suspected Christmas Eve plot against "
      .. "the cathedral in Vienna, prosecutors said on Friday. The men had planned an "
      .. "attack on the midnight mass, the police said.")
    for _, x in ipairs(r) do
      assert.is_nil(x.perpetrator)
    end
  end)
end)

describe("extract: one event across sentences", function()
  it("dates an earlier event told with 'two bombs exploded' and 'the town's'", function()
    local r = run("Gunmen attacked a market in Maiduguri on Saturday, killing 9 traders. "
      .. "The town has been hit before. In March 2019, two bombs exploded at the town's "
      .. "central mosque during prayers, killing 12 worshippers.")
    assert.equal(2, #r)
    assert.equal("2024-05-18", r[1].date)
    assert.equal(9, r[1].killed_lo)
    assert.equal("2019-03", r[2].date)
    assert.equal("Maiduguri", r[2].place)
    assert.equal("bombing", r[2].attack_type)
    assert.equal(12, r[2].killed_lo)
  end)

  it("does not make a new report of a second attacker at the town's hospital", function()
    local r = run("Three suicide bombers killed at least 20 people in the town of Konduga "
      .. "in Borno state on Saturday. The first blew herself up at a wedding. Minutes "
      .. "later a second attacker set off explosives at the town's hospital.")
    assert.equal(1, #r)
    assert.equal("Konduga", r[1].place)
  end)
end)

describe("extract: earlier events at the same place", function()
  it("keeps apart events whose open tolls cannot be one, and places a district", function()
    local r = run("A suicide bomber blew himself up at a bus station in Baghdad on Monday, "
      .. "killing at least 18 people. Such attacks have grown rare. The worst came in "
      .. "June 2015, when a car bomb in the Amil commercial district killed more than "
      .. "120 people. The same station was hit in May 2017, when a bomber killed at "
      .. "least 11 people.", "2024-05-21")
    assert.equal(3, #r)
    assert.equal("2024-05-20", r[1].date)
    assert.equal(18, r[1].killed_lo)
    assert.equal("2015-06", r[2].date)
    assert.equal("Baghdad", r[2].place)
    assert.equal(121, r[2].killed_lo)
    assert.equal("2017-05", r[3].date)
    assert.equal("Baghdad", r[3].place)
    assert.equal(11, r[3].killed_lo)
  end)
end)

describe("extract: live pages and datelines", function()
  it("reads a live page's timed entries as one event of the page's day", function()
    local r = run("Live updates\n\n11:40 GMT - Two explosions have been heard near the port "
      .. "in Berbera, witnesses say.\n\n12:15 GMT - Police say the blasts were car bombs.\n\n"
      .. "13:30 GMT - A hospital director says at least 21 people were killed.\n\n"
      .. "16:05 GMT - The count has now risen to 26 dead, officials say.\n")
    assert.equal(1, #r)
    assert.equal("2024-05-20", r[1].date)
    assert.equal("Berbera", r[1].place)
    assert.equal(26, r[1].killed_lo)
  end)

  it("leaves an undated report undated when the page has no timed entries", function()
    local r = run("Two explosions were heard near the port in Berbera, witnesses said. "
      .. "Police said the blasts were car bombs.")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
  end)

  it("takes a city in capitals before a dash as the dateline, not the place", function()
    local r = run("NAIROBI \226\128\148 Two bombs exploded in the centre of Garissa on Monday, "
      .. "killing at least 7 people.")
    assert.equal(1, #r)
    assert.equal("Garissa", r[1].place)
    assert.equal(7, r[1].killed_lo)
  end)
end)

describe("extract: a second device", function()
  it("makes a device that exploded without hurting anyone its own zero-toll attack", function()
    local r = run("A bomb exploded at a bus stop in Bangkok on Monday evening, killing at "
      .. "least 9 people. A day later a second device was thrown at a ferry pier. It "
      .. "landed in the water and exploded without hurting anyone.")
    assert.equal(2, #r)
    assert.equal(9, r[1].killed_lo)
    assert.same({ 0, 0 }, { r[2].killed_lo, r[2].killed_hi })
    assert.equal("TH", r[2].country)
  end)
end)

describe("extract: two sources, one event", function()
  it("keeps differing open tolls of sources without dates of their own in one report", function()
    local r = run("Gunmen stormed a village near Bunia on Sunday, killing at least 40 people, "
      .. "the army said. Local officials said more than 70 villagers were killed.")
    assert.equal(1, #r)
    assert.equal("Bunia", r[1].place)
  end)

  it("makes no event of past attacks listed as a plural", function()
    local r = run("Gunmen stormed a hotel in Mogadishu on Sunday, killing 9 people. The city "
      .. "saw two bombings in 2019 and three attacks on hotels in 2020.")
    assert.equal(1, #r)
  end)
end)
