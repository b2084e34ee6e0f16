-- Specs of incidents.extract on false events in unseen articles: one event
-- told twice (a headline and its lead). Our own sentences, run with the
-- default pack.
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local pack = assert(rules.load("default"))

local function run(text, published)
  return extract.text(text, pack, { published = published or "2024-05-15" })
end

describe("extract: a headline above a dateline of another country", function()
  it("is one event with the lead that tells it in another country", function()
    local r = run("Army post toll rises to 41 as Shabaab claims raid\n\n"
      .. "NAIROBI, May 15 (Wire) - The number of soldiers killed in Sunday's assault on an "
      .. "army post at Galcad in central Somalia has risen to 41, security sources said.")
    assert.equal(1, #r)
    assert.equal("SO", r[1].country)
    assert.is_nil(r[1].place)        -- Nairobi is where the story was filed
    assert.equal("2024-05-12", r[1].date)
    assert.equal(41, r[1].killed_lo)
  end)

  it("keeps the dateline's city when the lead is in its country", function()
    local r = run("Army post toll rises to 41 as Shabaab claims raid\n\n"
      .. "MOGADISHU, May 15 (Wire) - The number of soldiers killed in Sunday's assault on an "
      .. "army post in Somalia has risen to 41, security sources said.")
    assert.equal(1, #r)
    assert.equal("SO", r[1].country)
    assert.equal("Mogadishu", r[1].place)
  end)

  it("keeps a headline apart from a lead with another toll", function()
    local r = run("Army post toll rises to 41 as Shabaab claims raid\n\n"
      .. "NAIROBI, May 15 (Wire) - The number of soldiers killed in Sunday's assault on an "
      .. "army post at Galcad in central Somalia has risen to 45, security sources said.")
    assert.equal(2, #r)
  end)
end)
