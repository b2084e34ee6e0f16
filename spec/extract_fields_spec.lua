-- Specs of incidents.extract on the fields of a matched incident: who did it
-- (the perpetrator), whether anyone claimed it, and the tolls, as news
-- writes them in analyses, lists and profiles. Our own sentences, run with
-- the default pack; no sentence of a set is quoted.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.dated_extract(pack, "2024-05-20")

-- The report of `list` whose place is `place`.
local function at(list, place)
  for _, r in ipairs(list) do
    if r.place == place then return r end
  end
  error("no report at " .. place, 2)
end

describe("extract fields: the perpetrator named by its kind", function()
  it("gives 'the cartel' as a clause's subject the cartel told before", function()
    local r = run("The Sinaloa Cartel has long fought the army in the north. "
      .. "It is a pattern worth recalling. "
      .. "On 4 March 2019, the cartel answered an arrest by ambushing a patrol near Culiacan, "
      .. "killing seven soldiers.")
    local x = at(r, "Culiacan")
    assert.equal("Sinaloa Cartel", x.perpetrator)
  end)

  it("does not give the cartel as the perpetrator when it is the object", function()
    local r = run("The Sinaloa Cartel has long fought the army in the north. "
      .. "It is a pattern worth recalling. "
      .. "On 4 March 2019, troops fighting the cartel were ambushed near Culiacan, "
      .. "and seven soldiers were killed.")
    local x = at(r, "Culiacan")
    assert.is_nil(x.perpetrator)
  end)
end)

describe("extract fields: the perpetrator named as 'the insurgents'", function()
  it("gives 'the insurgents' as a clause's subject the group told before", function()
    local r = run("Boko Haram has widened its war beyond Nigeria. "
      .. "Its reach now spans four countries. "
      .. "In northern Cameroon, the insurgents killed dozens of villagers in the town of "
      .. "Kolofata in early March 2015.")
    assert.equal("Boko Haram", at(r, "Kolofata").perpetrator)
  end)

  it("does not give the rebels who blame others for an attack as its authors", function()
    local r = run("Boko Haram has widened its war beyond Nigeria. "
      .. "Its reach now spans four countries. "
      .. "In northern Cameroon, the insurgents blamed the army for an attack that killed "
      .. "dozens of villagers in the town of Kolofata in early March 2015.")
    assert.is_nil(at(r, "Kolofata").perpetrator)
  end)
end)

describe("extract fields: Indian Maoists", function()
  it("reads 'Maoists' as the CPI (Maoist)", function()
    local r = run("On 12 March 2018, a group of Maoists attacked a police camp near Sukma, "
      .. "killing nine officers.")
    assert.equal("Communist Party of India (Maoist)", at(r, "Sukma").perpetrator)
  end)

  it("reads 'Maoist cadres' as the CPI (Maoist)", function()
    local r = run("On 12 March 2018, Maoist cadres set fire to trucks of a road contractor "
      .. "near Sukma.")
    assert.equal("Communist Party of India (Maoist)", at(r, "Sukma").perpetrator)
  end)
end)

describe("extract fields: a no-claim over a list of attacks", function()
  it("marks every attack of the list unclaimed after 'none was claimed'", function()
    local r = run("The year's worst attacks were the work of lone men, and none was claimed "
      .. "by any organisation.\n\n"
      .. "1. Kazan, 11 May\n\nA gunman shot dead nine people at a school in Kazan.\n\n"
      .. "2. Perm, 20 September\n\nA student shot dead six people at a university in Perm.")
    assert.is_false(at(r, "Kazan").claimed)
    assert.is_false(at(r, "Perm").claimed)
  end)

  it("leaves a claimed attack of the list claimed", function()
    local r = run("Most of the year's attacks went without a word from any group; "
      .. "none was claimed in the first half of the year.\n\n"
      .. "1. Kabul, 11 May\n\nA suicide bomber killed nine people at a school in Kabul. "
      .. "The Islamic State claimed responsibility.\n\n"
      .. "2. Kunduz, 20 September\n\nA gunman shot dead six people at a mosque in Kunduz.")
    assert.is_true(at(r, "Kabul").claimed)
    assert.is_false(at(r, "Kunduz").claimed)
  end)
end)

describe("extract fields: a claim filed in a late update", function()
  it("gives an update's claim to the page's lead event, not the background", function()
    local r = helper.published_extract(pack, "2021-01-04")(
      "Gunmen kill eleven miners near Quetta\n\n"
      .. "QUETTA, Jan 3 - Gunmen shot dead eleven coal miners at Machh on Sunday, "
      .. "officials said.\n\n"
      .. "Earlier attacks:\n\n"
      .. "- April 12, 2019: A suicide bomber killed 20 people at a market in Quetta. "
      .. "The Islamic State claimed responsibility.\n\n"
      .. "UPDATE, 8pm: The Islamic State has claimed responsibility for the killing of "
      .. "the miners, its news agency said.")
    local lead
    for _, x in ipairs(r) do
      if x.date == "2021-01-03" then lead = x end
    end
    assert.truthy(lead)
    assert.is_true(lead.claimed)
    assert.equal("Islamic State", lead.perpetrator)
  end)
end)

describe("extract fields: tolls as official texts write them", function()
  it("reads a number in words restated in figures between brackets", function()
    local r = run("Armed men attacked the village of Dioura on 3 May 2022. According to the "
      .. "authorities, forty-one (41) civilians lost their lives in the attack.")
    local x = at(r, "Dioura")
    assert.equal(41, x.killed_lo)
    assert.equal(41, x.killed_hi)
  end)
end)

describe("extract fields: a day told without its year", function()
  it("takes the year the paragraph named before it", function()
    local r = run("The group's record is long.\n\n"
      .. "On the night of 14 March 2019, gunmen attacked a market in Beni, killing eight "
      .. "people. Three days later, on 17 March, a bomb exploded at a bus stop in Butembo, "
      .. "killing two people.")
    assert.equal("2019-03-17", at(r, "Butembo").date)
  end)

  it("keeps the article's year once the paragraph has come back to it", function()
    local r = run("The group was driven out of Sirte in 2016 and has regrouped since. "
      .. "Its attack on the ministry was its third in the capital this year. "
      .. "On 2 May, suicide attackers hit the election commission in Tripoli, killing "
      .. "twelve people.")
    assert.equal("2024-05-02", at(r, "Tripoli").date)
  end)

  it("does not take a year that begins a state of affairs", function()
    local r = run("The rebels launched their largest offensive since 1981 on 11 March, "
      .. "attacking army posts in Kidal and killing nine soldiers.")
    assert.equal("2024-03-11", at(r, "Kidal").date)
  end)
end)

describe("extract fields: blame told as pointing to a group", function()
  it("reads 'officials pointed to X' as blaming X", function()
    local r = run("Gunmen shot dead four rangers at a checkpoint in Narathiwat on 2 March 2024. "
      .. "No group said it was responsible, but the army pointed to the BRN.")
    assert.equal("Barisan Revolusi Nasional", at(r, "Narathiwat").perpetrator)
  end)

  it("does not blame a group pointed to as a cause of something else", function()
    local r = run("Gunmen shot dead four rangers at a checkpoint in Narathiwat on 2 March 2024. "
      .. "Analysts pointed to rising prices as the main worry of voters.")
    assert.is_nil(at(r, "Narathiwat").perpetrator)
  end)
end)
