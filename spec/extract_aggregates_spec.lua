-- Specs of incidents.extract on the tolls of wars told beside an attack:
-- background lines a report gives ("the civil war has left 70,000 dead")
-- are the war's sum over years, never the attack's toll. Each class with
-- several phrasings written for these specs and a near miss that must not
-- fire.
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "1990-05-03")

local lead = "A bomb exploded outside a bank in San Salvador on Wednesday, killing "
  .. "three people and wounding ten, police said. "

describe("extract: a war as the subject of a perfect tense", function()
  it("is the war's sum, however far the subject stands from the verb", function()
    for _, background in ipairs {
      "The civil war, now in its eleventh year, has left more than 70,000 dead.",
      "El Salvador's long civil war has claimed more than 70,000 lives.",
      "The insurgency, which the rebels began in 1980 with a general offensive, has "
        .. "killed at least 70,000 people.",
      "The country's conflict has left some 70,000 people dead, according to rights groups.",
    } do
      local r = run(lead .. background)
      assert.equal(1, #r, background)
      assert.equal(3, r[1].killed_lo, background)
      assert.equal(3, r[1].killed_hi, background)
    end
  end)

  it("is a sum when the war stands in a relative clause or after the verb", function()
    for _, background in ipairs {
      "According to the army, the offensive the rebels began on 11 November, which has "
        .. "left 2,000 dead, is over.",
      "About 15,000 people have been killed as a result of political violence in the "
        .. "country.",
      "Since the beginning of the uprising, more than 2,000 people have died.",
      "Officials said 1,775 people have been killed over the past 12 months.",
      "More than 200 people have died so far this month.",
    } do
      local r = run(lead .. background)
      assert.equal(1, #r, background)
      assert.equal(3, r[1].killed_lo, background)
    end
  end)

  it("counts no one a bomb would have killed", function()
    local r = run("A car bomb was found outside a bank in Bogota on Wednesday and defused. "
      .. "Had it gone off, it would have killed hundreds of people, police said.")
    for _, x in ipairs(r) do assert.is_nil(x.killed_lo) end
    r = run("A car bomb was found outside a bank in Bogota on Wednesday. Police said the "
      .. "blast could have killed at least 300 people.")
    for _, x in ipairs(r) do assert.is_nil(x.killed_lo) end
  end)

  it("keeps the toll of an attack told in the perfect tense", function()
    -- an attack is no war: its perfect tense is its own toll
    local r = run("A car bomb exploded outside a police station in Kirkuk on Wednesday. "
      .. "The attack, the worst in the city this year, has left at least 40 people dead.")
    assert.equal(1, #r)
    assert.equal(40, r[1].killed_lo)
    -- the fighting of the event itself is not a war told in the background
    r = run("Gunmen stormed a hotel in Mogadishu on Wednesday. Fighting between the gunmen "
      .. "and the guards, which lasted all night, has left 12 people dead.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)
