-- Specs of incidents.extract on kinds of page the dev sets met late: a
-- page whose own headline comes back in a "Most read" or "Popular" box,
-- and an updated story with a correction note at its foot. Our own
-- sentences, run with the default pack. Each "makes no" spec made a second
-- report before the rules it tests.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2019-04-10")

local TITLE = "Six traders killed in Garoua market attack were targeted for their cattle, "
  .. "police say"
local RAMMING = TITLE .. "\n\nGAROUA, April 9 - A man drove a lorry into traders at the cattle "
  .. "market in the Bibemi quarter on Tuesday, killing six of them, police said.\n\n"
  .. "The driver fled towards the border, officers said.\n\n"
local OTHER = "Ferry fares rise for the summer season\n"

local SHOOTING = "Gunmen kill six at a cattle market in Garoua, police say\n\n"
  .. "GAROUA, April 9 - Gunmen opened fire at a cattle market in Garoua on Tuesday, "
  .. "killing six traders, police said.\n\n"
  .. "The attackers fled on motorcycles towards the border, officers said.\n\n"

local function count_at(reports, place)
  local n = 0
  for _, r in ipairs(reports) do
    if r.place == place then n = n + 1 end
  end
  return n
end

describe("extract: the page's own headline in a box of links", function()
  it("makes no second report of the headline in a dashed Most viewed list", function()
    local r = run(RAMMING .. "MOST VIEWED\n- " .. TITLE .. "\n- " .. OTHER)
    assert.equal(1, #r)
    assert.equal(6, r[1].killed_lo)
  end)

  it("makes none of the headline as item 1) under Trending", function()
    local r = run(RAMMING .. "Trending\n1) " .. TITLE .. "\n2) " .. OTHER)
    assert.equal(1, #r)
  end)

  it("makes none of the headline again in capitals", function()
    local r = run(SHOOTING .. "Trending\n4) GUNMEN KILL SIX AT A CATTLE MARKET IN GAROUA, "
      .. "POLICE SAY\n5) " .. OTHER)
    assert.equal(1, #r)
    assert.equal(6, r[1].killed_lo)
  end)

  it("still reports a list item that is another page's story", function()
    local r = run(SHOOTING .. "MOST READ\n1. Bomb kills three at a bus station in Maroua\n"
      .. "2. " .. OTHER)
    assert.equal(1, count_at(r, "Garoua"))
    assert.equal(1, count_at(r, "Maroua"))
  end)
end)

describe("extract: a correction note at the foot of an updated story", function()
  it("makes no report of the toll a dated correction withdraws", function()
    local r = run(SHOOTING .. "Correction, 10 April 2019: this report first said eleven "
      .. "traders were shot dead at the market.\n")
    assert.equal(1, #r)
    assert.equal(6, r[1].killed_lo)
  end)

  it("makes none of a Correction: note on an earlier version", function()
    local r = run(SHOOTING .. "Correction: An earlier version of this article said eleven "
      .. "traders were shot dead at the market.\n")
    assert.equal(1, #r)
  end)

  it("makes none of a Clarification: note", function()
    local r = run(SHOOTING .. "Clarification: a previous version said gunmen had killed ten "
      .. "traders and wounded four.\n")
    assert.equal(1, #r)
    assert.equal(6, r[1].killed_lo)
  end)

  it("still reports an attack on correction officers", function()
    local r = run(SHOOTING .. "Correction officers in Maroua said a gunman shot dead two "
      .. "guards at the city prison on Monday.\n")
    assert.equal(1, count_at(r, "Maroua"))
  end)
end)

describe("extract: a reaction from abroad to the attack told above", function()
  it("makes no report of the capital where a ministry condemned the attack", function()
    local r = run(SHOOTING .. "In Abuja, the foreign ministry condemned the attack and offered "
      .. "its condolences to the families.\n")
    assert.equal(1, #r)
    assert.equal("Garoua", r[1].place)
  end)

  it("makes none of a minister who condemned the shooting in a statement", function()
    local r = run(SHOOTING .. "In Kinshasa, the foreign minister condemned the shooting in a "
      .. "statement.\n")
    assert.equal(1, #r)
  end)

  it("makes none of a body that condemned the massacre as an act of terror", function()
    local r = run(SHOOTING .. "From Dakar, the regional body condemned the massacre as an act "
      .. "of terror.\n")
    assert.equal(1, #r)
    assert.equal(6, r[1].killed_lo)
  end)

  it("still reports a condemned attack the sentence tells in full", function()
    local r = run(SHOOTING .. "In Abuja, the foreign ministry condemned the attack on a church "
      .. "in Maiduguri on Monday that killed three.\n")
    assert.equal(2, #r)
    assert.equal(1, count_at(r, "Maiduguri"))
  end)
end)

describe("extract: a town told by a Canadian province's abbreviation", function()
  local function lead(town)
    return "Driver kills three pedestrians in " .. town .. "\n\n"
      .. "A man drove a van into pedestrians in " .. town .. " on Tuesday, killing three "
      .. "people, police said.\n"
  end

  it("places London, Ont. in Canada", function()
    local r = run(lead("London, Ont."))
    assert.equal(1, #r)
    assert.equal("CA", r[1].country)
  end)

  it("places Cambridge, Ont. in Canada, not England", function()
    local r = run(lead("Cambridge, Ont."))
    assert.equal("CA", r[1].country)
  end)

  it("places a town told by Alta. in Canada", function()
    local r = run(lead("Red Deer, Alta."))
    assert.equal("CA", r[1].country)
  end)

  it("still places London with no province in Britain", function()
    local r = run(lead("London"))
    assert.equal("GB", r[1].country)
  end)
end)
