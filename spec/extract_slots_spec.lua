-- Specs of incidents.extract on the fields of incidents found in fresh text:
-- claims in a group's own words, places that are not the event's (home towns,
-- venues named after a city, origins), tolls that are not the event's. Short
-- articles written for these specs, each class with a near miss.
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2024-05-20")

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
