-- Specs of incidents.extract on what an unseen article needs beyond the
-- lists: places no gazetteer knows, countries from nationalities, and the
-- everyday senses of attack words. Our own sentences, run with the default
-- pack.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2024-05-15")

describe("extract: places no list knows", function()
  it("takes a village named after 'in' with the country of its phrase", function()
    local r = run("Gunmen killed nine villagers in Tadaryat, a village in northern Mali, "
      .. "on Sunday.")
    assert.equal(1, #r)
    assert.equal("Tadaryat", r[1].place)
    assert.equal("ML", r[1].country)
  end)

  it("prefers the settlement told as one over the province after it", function()
    local r = run("A bomb exploded at Dandume, a town in Katsina state, Nigeria, "
      .. "killing three.")
    assert.equal(1, #r)
    assert.equal("Dandume", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("gives a name after 'near' the country the article names", function()
    local r = run("Somalia's army said on Monday it was hunting the attackers. "
      .. "Militants stormed a checkpoint near Galcad Dheer on Tuesday, killing four soldiers.")
    assert.equal(1, #r)
    assert.equal("Galcad Dheer", r[1].place)
    assert.equal("SO", r[1].country)
  end)

  it("takes 'the district of' a name of two words", function()
    local r = run("Gunmen killed 7 people in the district of Galcad Dheer on Monday, Somali "
      .. "officials said.")
    assert.equal(1, #r)
    assert.equal("Galcad Dheer", r[1].place)
    assert.equal("SO", r[1].country)
  end)

  it("gives an unknown place the dateline's country over a victim's nationality", function()
    local r = run("KUALA LUMPUR, May 13 - Police cordoned off the district of Bukit Raya "
      .. "after a man armed with a rifle killed one Malay and injured a Chinese.")
    assert.equal(1, #r)
    assert.equal("Bukit Raya", r[1].place)
    assert.equal("MY", r[1].country)
  end)

  it("keeps a town told by its province right after it over the province", function()
    local r = run("A bomb killed 5 people on Monday in Ngala, Borno state.")
    assert.equal(1, #r)
    assert.equal("Ngala", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("takes a name followed by a verb, and one holding a target word", function()
    local r = run("Militants attacked a police post on Friday. The attack on the post in Gul "
      .. "Imam lasted two hours, killing three policemen, Pakistani officials said.")
    assert.equal(1, #r)
    assert.equal("Gul Imam", r[1].place)
  end)

  it("lets a known city win over an unknown name beside it", function()
    local r = run("A bomb went off near Xelmo, outside Kandahar, on Friday, killing six people.")
    assert.equal(1, #r)
    assert.equal("Kandahar", r[1].place)
  end)

  it("does not take time words, titles, faiths or modifiers for places", function()
    for _, t in ipairs {
      "Gunmen killed six worshippers in Shiite areas of the city on Friday.",
      "Gunmen killed six people in Ramadan prayers on Friday.",
      "The attack in President Tinubu's home state killed five people on Monday.",
      "Five people were killed in an attack in Congress on Monday.",
      "Gunmen killed four people in January, officials said on Monday.",
      "A gunman killed three people at Harlow Consulting on Monday.",
      "Gunmen killed 60 people on Friday in the deadliest attack in Europe in years.",
    } do
      for _, x in ipairs(run(t)) do
        assert.is_nil(x.place, t)
      end
    end
  end)
end)

describe("extract: country from a nationality", function()
  it("takes 'Nigerian troops' as a weak country when no place is told", function()
    local r = run("Nigerian troops said 12 people were killed in an attack on a market on Monday.")
    assert.equal(1, #r)
    assert.equal("NG", r[1].country)
  end)

  it("takes 'a Somali official' likewise", function()
    local r = run("Militants killed 7 soldiers in an ambush, a Somali official said on Monday.")
    assert.equal(1, #r)
    assert.equal("SO", r[1].country)
  end)

  it("keeps the country of a named place over the nationality", function()
    local r = run("Pakistani police said a bomb killed 5 people in Kabul on Monday.")
    assert.equal(1, #r)
    assert.equal("AF", r[1].country)
  end)
end)

describe("extract: everyday senses of attack words", function()
  for _, t in ipairs {
    "The bank's chairman died of a heart attack in Madrid on Monday.",
    "Shares in Lagos shot up 4.5 pct on Monday.",
    "Oil revenues, slashed by some 40 pct, were forecast to rise in Cairo on Monday.",
    "Investors ploughed into shares in Karachi on Tuesday.",
    "The union attacked budget proposals in Nairobi on Tuesday.",
    "Hungry crowds stormed supermarkets in Caracas on Friday.",
    "An unmanned rocket carrying a weather satellite blasted off in Florida on Thursday.",
    "Dozens fell ill from food poisoning in Lahore on Friday.",
    "Farmers barricaded roads in protest in Paris on Monday, a hostage to falling prices.",
  } do
    it("no report for: " .. t, function()
      assert.same({}, run(t))
    end)
  end

  it("takes an explosion at a works with no violence in the article for an accident", function()
    assert.same({}, run("An explosion at a coal mine near Johannesburg killed 30 miners on "
      .. "Thursday. The cause of the blast is being investigated."))
  end)

  it("keeps an explosion that the article ties to a bomb or to gunmen", function()
    local r = run("An explosion at a market in Kabul killed 12 people on Thursday. Police said "
      .. "a bomb had been hidden in a cart.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
    r = run("An explosion at a fuel depot in Aden killed 4 guards on Thursday. Militants "
      .. "had attacked the depot before.")
    assert.equal(1, #r)
  end)

  it("still reads attackers who storm a building and a verb of attack on people", function()
    local r = run("Gunmen stormed a hotel in Mogadishu on Friday, killing 9 people.")
    assert.equal(1, #r)
    r = run("Militants attacked staff at a clinic in Kunduz on Monday, killing 3 nurses.")
    assert.equal(1, #r)
  end)
end)

describe("extract: armies at war", function()
  for _, t in ipairs {
    "Baghdad said its troops repelled an attack by two divisions of the enemy near Basra "
      .. "on Monday.",
    "An infantry brigade, backed by tanks, launched the attack near Basra on Monday, "
      .. "killing 120.",
    "Tankers need protection from attacks by Iran in the Gulf, he said on Monday.",
  } do
    it("no report for: " .. t, function()
      assert.same({}, run(t))
    end)
  end

  it("keeps attacks on army units", function()
    local r = run("A suicide bomber attacked a brigade headquarters in Mogadishu on Monday, "
      .. "killing 12 soldiers.")
    assert.equal(1, #r)
    r = run("Gunmen ambushed a navy patrol near Lamu on Monday, killing 5 sailors.")
    assert.equal(1, #r)
  end)
end)

describe("extract: attribution without a claim", function()
  local base = "A bomb killed 9 people in Maiduguri on Monday. "
  for _, t in ipairs {
    "Suspicion fell on Boko Haram.",
    "Officials said the bombing was the work of Boko Haram.",
    "The bombing bore the hallmarks of Boko Haram.",
    "Boko Haram is believed to be behind the bombing.",
    "Authorities blamed Boko Haram.",
    "Police pointed the finger at Boko Haram.",
    "The attackers were linked to Boko Haram.",
    "The bombers were affiliated with Boko Haram, police said.",
  } do
    it("names the group, not as a claim: " .. t, function()
      local r = run(base .. t)
      assert.equal(1, #r)
      assert.equal("Boko Haram", r[1].perpetrator)
      assert.is_not_true(r[1].claimed)
    end)
  end

  it("does not take the subject of 'linked to' for an actor when it is no armed man", function()
    local r = run("A man linked to the attack was arrested after a bomb killed 9 people in "
      .. "Kano on Monday.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)

  it("does not tie an event to groups whose men are linked to a region's attacks", function()
    local r = run(base .. "No group claimed it, but militants linked to Boko Haram have carried "
      .. "out hundreds of attacks in the region since 2015.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)

  it("keeps the claimant over the group it is linked to", function()
    local r = run(base .. "Boko Haram, which is linked to al-Qaeda, claimed responsibility.")
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.is_true(r[1].claimed)
  end)
end)

describe("extract: times of a day told", function()
  it("dates nothing by 'on the eve of' an event that is no attack", function()
    local r = run("A car bomb killed 9 people in Afgoye on Sunday, May 12. The bombing came on "
      .. "the eve of a security conference in the capital.")
    assert.equal(1, #r)
    assert.equal("2024-05-12", r[1].date)
  end)

  it("dates an event 'hours earlier' by the day told before", function()
    local r = run("A bomb exploded in Kabul on March 3, killing 4. Hours earlier, gunmen had "
      .. "killed 2 guards in Herat.")
    assert.equal(2, #r)
    assert.equal("Herat", r[2].place)
    assert.equal("2024-03-03", r[2].date)
  end)

  it("keeps a second bomber 'minutes later' in the same attack", function()
    local r = run("A bomber blew herself up at a wedding in Gwoza on March 3, killing 9 people. "
      .. "Minutes later a second bomber struck a hospital.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a dateline city no list knows", function()
  it("places the lead event there, in the dateline's country, in title case", function()
    local r = run("GALCAD DHEER, Somalia (AP) - Gunmen attacked a checkpoint on Monday, "
      .. "killing 4 soldiers.")
    assert.equal(1, #r)
    assert.equal("Galcad Dheer", r[1].place)
    assert.equal("SO", r[1].country)
  end)

  it("does not take a dateline's date or a country for a city", function()
    local r = run("SOMALIA, May 13 (AP) - Gunmen attacked a checkpoint on Monday, "
      .. "killing 4 soldiers.")
    assert.equal(1, #r)
    assert.is_nil(r[1].place)
  end)
end)

describe("extract: the wider gazetteer", function()
  it("knows a city of 100,000 people outside the groups' countries", function()
    local r = run("A man stabbed three people in Le Mans on Monday, police said.")
    assert.equal(1, #r)
    assert.equal("Le Mans", r[1].place)
    assert.equal("FR", r[1].country)
  end)

  it("keeps the great city of a name over a smaller homonym", function()
    local r = run("A bomb exploded in the St. Petersburg metro on Monday, killing 14 people.")
    assert.equal(1, #r)
    assert.equal("RU", r[1].country)
  end)
end)

describe("extract: more everyday senses and states", function()
  for _, t in ipairs {
    "Brokers expect subsidies to farmers in Tokyo to be slashed this year, officials said "
      .. "on Monday.",
    "The Finance Ministry in Tokyo slashed fixed brokerage fees on Monday.",
    "Libya lost Soviet-made bombers and transport planes in Chad on Monday.",
    "Democrats rammed through the House Budget Committee a spending plan in Washington on "
      .. "Monday.",
    "The dollar was under heavy speculative attack in New York on Monday.",
    "An explosion in rents in Sao Paulo on Monday left families homeless.",
    "The rocket fell into the sea two minutes after launch near Chennai on Monday.",
    "A U.S. attack on an oil platform near Basra on Monday destroyed it, killing 3.",
  } do
    it("no report for: " .. t, function()
      assert.same({}, run(t))
    end)
  end

  it("keeps a knife slashing people, a truck ramming a checkpoint and rocket fire", function()
    assert.equal(1, #run("A man slashed two passengers with a knife in Tokyo on Monday."))
    assert.equal(1, #run("A truck rammed through a checkpoint in Kabul on Monday, killing 3 "
      .. "guards."))
    assert.equal(1, #run("Militants fired rockets at Sderot on Monday, wounding 3 people."))
    assert.equal(1, #run("The Manchester attack on May 2 killed 22 people."))
  end)
end)

describe("extract: a claimant no list knows", function()
  it("keeps the name after 'a group calling itself'", function()
    local r = run("A bomb killed 9 people in Kano on Monday. A group calling itself the Free "
      .. "Sahel Brigade claimed responsibility.")
    assert.equal("Free Sahel Brigade", r[1].perpetrator)
    assert.is_true(r[1].claimed)
  end)

  it("drops the article of a claimant's name", function()
    local r = run("A bomb killed 9 people in Kano on Monday. The Sahel Liberation Front "
      .. "claimed responsibility for the bombing.")
    assert.equal("Sahel Liberation Front", r[1].perpetrator)
  end)

  it("names no one for a claim by a phrase without a name", function()
    local r = run("A bomb killed 9 people in Kano on Monday. A local armed group claimed "
      .. "responsibility.")
    assert.is_nil(r[1].perpetrator)
    assert.is_true(r[1].claimed)
  end)
end)

describe("extract: accidents in market news", function()
  it("reads a refinery blast in a story of prices that shot up as an accident", function()
    assert.same({}, run("HOUSTON, March 10 - Oil futures shot up 3 pct on Monday after an "
      .. "explosion and fire at a Texas refinery shut a crude unit. The blast at the plant "
      .. "injured two workers, the company said."))
  end)
end)

describe("extract: 'it was' is the event, not the group", function()
  it("does not give an earlier event the group of the one just told", function()
    local r = run("A suicide bomber killed 7 people in Kabul on Monday, May 13. ISKP claimed "
      .. "the attack. It was the deadliest attack in Kabul since a bombing at a mosque in "
      .. "the city killed 21 people in March.")
    assert.equal(2, #r)
    assert.equal("Islamic State Khorasan Province", r[1].perpetrator)
    assert.is_nil(r[2].perpetrator)
  end)
end)

describe("extract: towns told by their region, tolls told by beheading", function()
  it("keeps 'near Tabatol, in the Tillaberi region' at the town", function()
    local r = run("More than 100 insurgents attacked troops near Tabatol, in the Tillaberi "
      .. "region, on Monday, killing 29 soldiers.")
    assert.equal(1, #r)
    assert.equal("Tabatol", r[1].place)
    assert.equal("NE", r[1].country)
  end)

  it("reads the toll of 'beheaded at least 12 villagers'", function()
    local r = run("Insurgents beheaded at least 12 villagers in the district of Muidumbe on "
      .. "Monday, an official said.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)
