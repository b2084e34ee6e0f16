-- Specs of incidents.extract on constructions that link fields across a
-- sentence or across sentences, with the default pack and short articles
-- written for these specs (general classes, not any article's wording).
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local pack = assert(rules.load("default"))

local function run(body, date)
  return extract.text("Date: " .. (date or "2024-05-20") .. "\n\n" .. body, pack)
end

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
