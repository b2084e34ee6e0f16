-- Specs of incidents.extract on the ways news pages tell things that are no
-- incident of their own (boxes of links to other pages, raids, aggregates,
-- the page's event told again): each `it` is one behaviour an analyst
-- relies on. Our own sentences, run with the default pack; no sentence of
-- an evaluation set is quoted.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2024-05-20")

-- The reports of `reports` at place `place`.
local function at(reports, place)
  local out = {}
  for _, r in ipairs(reports) do
    if r.place == place then out[#out + 1] = r end
  end
  return out
end

describe("extract: a site's boxes of its other pages", function()
  local body = "Title: Gunman kills two at Kano bus park\nDate: 2024-05-20\n\n"
    .. "KANO - A gunman shot dead two travellers at the main bus park in Kano on Sunday, "
    .. "police said.\n\n"

  it("makes no report of a trending headline or an editor's pick", function()
    for _, head in ipairs { "TRENDING", "Trending now", "EDITOR'S PICKS", "Top stories" } do
      local r = run(body .. head .. "\n- Gunman kills six at Lagos nightclub\n"
        .. "- Football: Kano Pillars win again\n\nAdvertisement\n")
      assert.equal(1, #r, head)
      assert.equal("Kano", r[1].place, head)
    end
  end)

  it("makes no report of a related-pages list under any 'Related ...' heading", function()
    for _, head in ipairs { "RELATED BRIEFS", "Related analysis", "ALSO ON THE SAVANNA POST" } do
      local r = run(body .. head .. "\n- Abuja: a bomb at a bus station kills five\n"
        .. "- Why the north-east keeps burning\n\nAdvertisement\n")
      assert.equal(1, #r, head)
      assert.equal(0, #at(r, "Abuja"), head)
    end
  end)

  it("makes no report of an earlier press release in a dated list", function()
    local r = run(body .. "PRESS RELEASES - EARLIER\n\n"
      .. "3 March 2024 - Ghana: the Office condemns the shooting in Accra on market day\n"
      .. "1 February 2024 - Statement on the rights of migrants\n\nSee all\n")
    assert.equal(1, #r)
    assert.equal(0, #at(r, "Accra"))
  end)

  it("still reads a body paragraph that follows a 'Related' heading with no list", function()
    local r = run(body .. "Related analysis\nOn Saturday a bomb killed five people at a "
      .. "mosque in Konduga, officials said.\n")
    assert.equal(1, #at(r, "Konduga"))
  end)
end)

describe("extract: an attack the police call planned", function()
  it("is an attack, not a plot foiled, in what police called 'a planned attack'", function()
    for _, verb in ipairs { "called", "described as" } do
      local r = run("Date: 2024-05-20\n\nA gunman shot dead two guards at a bank in Leeds on "
        .. "Sunday, in what police " .. verb .. " a planned attack.\n")
      assert.equal(1, #r, verb)
      assert.equal("attack", r[1].status, verb)
      assert.equal(2, r[1].killed_lo, verb)
    end
  end)

  it("still makes a plot foiled of arrests over a planned attack", function()
    local r = run("Date: 2024-05-20\n\nPolice in Leeds arrested three men on Sunday over a "
      .. "planned attack on a synagogue.\n")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)
end)

describe("extract: the page's headline told again by its lede", function()
  it("is one event with the lede, which places it more finely and dates it", function()
    local r = run("Title: Six hurt as man with knife attacks shoppers at Hamilton supermarket; "
      .. "attacker shot dead\nDate: 2024-05-20\n\nCITY NEWS | CRIME\n\n"
      .. "Six hurt as man with knife attacks shoppers at Hamilton supermarket; attacker "
      .. "shot dead\n\nA man stabbed six people inside a supermarket in the suburb of "
      .. "Frankton Junction on Sunday afternoon before officers shot him dead, police said.\n")
    assert.equal(1, #r)
    assert.equal("Frankton Junction", r[1].place)
    assert.equal("2024-05-19", r[1].date)
  end)

  it("goes to the page's recent event, not an old one at the same town", function()
    local r = run("Title: Kano police station bombing: what we know so far\nDate: 2024-05-20\n\n"
      .. "EXPLAINER\n\nKano police station bombing: what we know so far\n\nWhat happened?\n\n"
      .. "On Sunday a suicide bomber blew himself up at a police station in Kano, killing "
      .. "two officers.\n\nHas this happened before?\n\nYes. On 3 March 2017 a bomb went off "
      .. "at a market in Kano, wounding 12 traders.\n")
    assert.equal(2, #r)
    assert.equal("2024-05-19", r[1].date)
    assert.equal(2, r[1].killed_lo)
    assert.equal("2017-03-03", r[2].date)
  end)
end)

describe("extract: a toll summed over events told one by one", function()
  local body = "Date: 2024-05-20\n\nGunmen killed 14 soldiers in an ambush near Diffa on "
    .. "Monday, the army said.\n\nOn Wednesday, fighters attacked a river boat near Bosso, "
    .. "killing 22 passengers.\n\n"

  it("makes no report of 'taken together' over the events told", function()
    local r = run(body .. "Taken together, the ambush and the boat attack killed at least 36 "
      .. "people in three days, according to the authorities.\n")
    assert.equal(2, #r)
    for _, x in ipairs(r) do assert.are_not.equal(36, x.killed_lo) end
  end)

  it("makes no report of a count of attacks with their summed toll", function()
    local r = run("Date: 2024-05-20\n\nThis week in brief: five attacks blamed on insurgents "
      .. "in Kaduna, Zamfara and Sokoto killed at least 31 people by official counts.\n")
    assert.equal(0, #r)
  end)

  it("still reports the named wave 'the three attacks' and a year before 'attacks'", function()
    local r = run("Date: 2024-05-20\n\nIn November 2015 the three attacks in Paris killed "
      .. "130 people.\n")
    assert.equal(1, #r)
    assert.equal(130, r[1].killed_lo)
    r = run("Date: 2024-05-20\n\nAfter the 2022 attacks in Shiraz, a double suicide bombing "
      .. "killed 95 people in Kerman on 3 January 2024.\n")
    assert.equal(1, #at(r, "Kerman"))
  end)
end)

describe("extract: a meeting held elsewhere on the event's day", function()
  it("is no scene of the event told ('while ministers were meeting in Vienna')", function()
    local r = run("Date: 2024-05-20\n\nGunmen opened fire on a bus near Hebron on Sunday, "
      .. "killing two passengers, the army said.\n\nThe shooting happened on the same day that "
      .. "the two sides' envoys were meeting in Vienna to discuss a truce.\n")
    assert.equal(0, #at(r, "Vienna"))
    assert.equal(1, #r)
  end)
end)

describe("extract: an attack during a meeting", function()
  it("keeps the meeting's town as the scene ('a bomb went off during a meeting')", function()
    local r = run("Date: 2024-05-20\n\nA bomb went off during a meeting in Kano on Sunday, "
      .. "killing four elders.\n")
    assert.equal(1, #at(r, "Kano"))
  end)
end)
