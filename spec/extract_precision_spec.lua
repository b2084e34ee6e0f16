-- Specs of incidents.extract on false events in unseen articles: one event
-- told twice (a headline and its lead). Our own sentences, run with the
-- default pack.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2024-05-15")

describe("extract: a headline above a dateline of another country", function()
  it("is one event with the lead that tells it in another country", function()
    local r = run("Army post toll rises to 41 as Shabaab claims raid\n\n"
      .. "NAIROBI, May 15 (Wire) - The number of soldiers killed in Sunday's assault on an "
      .. "army post at Galcad in central Somalia has risen to 41, security sources said.")
    assert.equal(1, #r)
    assert.equal("SO", r[1].country)
    -- the post's town, not Nairobi, where the story was filed
    assert.equal("Galcad", r[1].place)
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

describe("extract: the backdrop of an event told", function()
  local lead = "A bomb exploded at a market in Aden on Monday, killing seven people. "
  it("takes no place from what was going on when it came", function()
    for _, tail in ipairs {
      "The coalition said its jets had struck workshops. The attack came as the United "
        .. "Nations tries to keep a truce agreed in Sweden last month for the port of Hodeidah.",
      "Officials gave no further details. The bombing comes amid talks in Oman on the "
        .. "future of Hodeidah.",
      "Police sealed off the area. The attack came at a time of rising tension over the "
        .. "port of Hodeidah.",
    } do
      local r = run(lead .. tail)
      assert.equal(1, #r, tail)
      assert.equal("Aden", r[1].place)
    end
  end)

  it("still tells an earlier event the attack came after", function()
    local r = run(lead .. "Police sealed off the area. The attack came two days after "
      .. "gunmen killed five soldiers at a checkpoint in Hodeidah.")
    assert.equal(2, #r)
    assert.equal("Hodeidah", r[2].place)
    assert.equal(5, r[2].killed_lo)
  end)
end)

describe("extract: the attackers killed by the forces that fought them", function()
  local lead = "At least 20 people were killed on Wednesday when four gunmen stormed a "
    .. "university in Charsadda. "
  it("is the end of the event told, not an event of its own", function()
    for _, tail in ipairs {
      "Soldiers and police surrounded the campus and fought the attackers for several hours "
        .. "before all four were shot dead, a spokesman said.",
      "Troops cornered the gunmen in a hostel and all three were shot dead.",
      "Police commandos battled the militants until both were killed.",
    } do
      local r = run(lead .. tail)
      assert.equal(1, #r, tail)
      assert.equal(20, r[1].killed_lo)
    end
  end)

  it("still tells gunmen who fought guards and shot them dead", function()
    local r = run(lead .. "In a separate attack, gunmen fought the guards at a school in "
      .. "Peshawar before all four were shot dead.")
    assert.equal(2, #r)
    assert.equal("Peshawar", r[2].place)
    assert.equal(4, r[2].killed_lo)
  end)
end)

describe("extract: a 'when' clause that tells the backdrop of the time", function()
  it("gives none of its places to the event", function()
    local r = run("In September 2017, when the group was already losing Mosul, gunmen and "
      .. "suicide bombers struck a restaurant near Nasiriyah, killing more than 60 people.")
    assert.equal(1, #r)
    assert.equal("Nasiriyah", r[1].place)
    assert.equal("2017-09", r[1].date)
    r = run("In March 2016, when the army still held Palmyra, militants bombed a bus station "
      .. "in Homs, killing 30 people.")
    assert.equal(1, #r)
    assert.equal("Homs", r[1].place)
  end)

  it("keeps the place of a 'when' clause that tells the event", function()
    local r = run("In March 2016, when gunmen opened fire at a bus station in Homs, 30 people "
      .. "were killed.")
    assert.equal(1, #r)
    assert.equal("Homs", r[1].place)
  end)
end)

describe("extract: a weapon made safe", function()
  local lead = "A bomb exploded at a market in Aden on Monday, killing seven people. "
  it("is no attack when someone dies or is hurt while defusing it", function()
    local r = run(lead .. "The toll rose to nine on Tuesday after a police officer was "
      .. "killed while defusing a second bomb at the scene.")
    assert.equal(1, #r)
    assert.equal(9, r[1].killed_lo)
    r = run(lead .. "A soldier was wounded when handling a grenade found at the scene.")
    assert.equal(1, #r)
  end)

  it("still tells a grenade thrown at a patrol", function()
    local r = run(lead .. "On Tuesday, a grenade thrown at a patrol in Lahj killed two soldiers.")
    assert.equal(2, #r)
    assert.equal("Lahj", r[2].place)
  end)
end)

describe("extract: a headline that names the region, a lead that names the town", function()
  it("takes the town of the lead", function()
    local r = run("Bomb at a church shakes Maguindanao\n\n"
      .. "A bomb exploded at a church in Cotabato on Sunday, killing three people.")
    assert.equal(1, #r)
    assert.equal("Cotabato", r[1].place)
    r = run("The bomb in the gym should not surprise Mindanao\n\n"
      .. "The explosion that tore through the university gymnasium in Marawi on Sunday "
      .. "killed four people.")
    assert.equal(1, #r)
    assert.equal("Marawi", r[1].place)
  end)

  it("keeps the town of a headline when the lead names the region", function()
    local r = run("Bomb at a church in Cotabato kills three\n\n"
      .. "A bomb exploded at a church in Maguindanao on Sunday, killing three people.")
    assert.equal(1, #r)
    assert.equal("Cotabato", r[1].place)
  end)
end)

describe("extract: another source's count of the event just told", function()
  it("is no event of its own", function()
    for _, text in ipairs {
      "On 3 March 2022, a man blew himself up at a tuition centre in Kabul. The United "
        .. "Nations counted at least 53 dead. The interior ministry put the number of dead at "
        .. "25, and blamed the Islamic State group.",
      "On 3 March 2022, a man blew himself up at a tuition centre in Kabul, leaving at least "
        .. "53 dead. Officials of the Taliban government, which blamed the Islamic State "
        .. "group, put the death toll at 25.",
    } do
      local r = run(text)
      assert.equal(1, #r, text)
      assert.equal("Kabul", r[1].place)
    end
  end)

  it("still tells a toll of another attack with its own place and day", function()
    local r = run("On 3 March 2022, a man blew himself up at a tuition centre in Kabul, "
      .. "leaving at least 53 dead. The Islamic State group put the toll of its attack on a "
      .. "mosque in Quetta on Friday at 25.")
    assert.equal(2, #r)
    assert.equal("Quetta", r[2].place)
  end)
end)

describe("extract: an event word with 'again' in a live page's later entry", function()
  it("is the event told going on", function()
    for _, text in ipairs {
      "Gunmen stormed a hotel in Kabul on Saturday, killing three guards.\n\nUPDATE, May 12, "
        .. "09:00 Explosions again inside the hotel; police say two attackers are still "
        .. "holding out.",
      "Gunmen attacked an air base in Pathankot on Saturday, killing three guards.\n\n"
        .. "UPDATE, May 12, 18:00 Gunfire again inside the base; officials say one more "
        .. "attacker is still active.",
    } do
      local r = run(text)
      assert.equal(1, #r, text)
      assert.equal(3, r[1].killed_lo)
    end
  end)

  it("still tells a new attack that struck again somewhere else", function()
    local r = run("Gunmen attacked an air base in Pathankot on Saturday, killing three guards. "
      .. "On Monday militants struck again, killing five people at a market in Srinagar.")
    assert.equal(2, #r)
    assert.equal("Srinagar", r[2].place)
  end)
end)

describe("extract: a village no list knows, in a story filed from abroad", function()
  it("lies in the story's country, not the dateline's", function()
    local r = run("NAIROBI, May 15 (Wire) - Militants killed 12 soldiers at an army post in "
      .. "Somalia on Sunday, officials said. The same group claimed an ambush near the village "
      .. "of Qod Qod in March 2023, where nine soldiers were killed.")
    assert.equal(2, #r)
    assert.equal("Qod Qod", r[2].place)
    assert.equal("SO", r[2].country)
  end)

  it("lies in the dateline's country when the story has told no event", function()
    local r = run("NAIROBI, May 15 (Wire) - Militants ambushed a convoy near the village of "
      .. "Qod Qod on Sunday, killing nine soldiers, officials said.")
    assert.equal(1, #r)
    assert.equal("KE", r[1].country)
  end)
end)

describe("extract: a state's force as the subject of the event verb", function()
  it("is the state acting, even when a group is its target", function()
    assert.equal(0, #run("The minister said on Tuesday that the air force had bombed a camp of "
      .. "FARC dissidents in the south of Colombia, killing nine fighters."))
    assert.equal(0, #run("Troops raided a hideout of Boko Haram near Maiduguri on Sunday and "
      .. "killed six of its fighters, the army said."))
  end)

  it("still fires when the force is the victim or a disguise", function()
    assert.equal(1, #run("Soldiers came under attack from al-Shabaab fighters near Kismayo on "
      .. "Sunday, and four of them were killed."))
    assert.equal(1, #run("Gunmen dressed as soldiers attacked a village near Maiduguri on "
      .. "Sunday, killing 12 people, police said."))
    assert.equal(1, #run("An army post was stormed by al-Shabaab fighters near Kismayo on "
      .. "Sunday, killing 12 soldiers, officials said."))
  end)
end)

describe("extract: a group's habit in the present perfect", function()
  it("is a sum of events when its clause spans years or many places", function()
    assert.equal(0, #run("The rebel factions that walked out of the 2018 talks tax the gold "
      .. "miners and have attacked soldiers and police in several provinces in recent years, "
      .. "officials said."))
    assert.equal(0, #run("The militia that rejected the 2019 truce in Mali has repeatedly "
      .. "ambushed army patrols over the past three years, according to the report."))
    assert.equal(0, #run("The rebels in Cauca have attacked soldiers and police in several "
      .. "regions in recent years."))
  end)

  it("still fires for one event told in the present perfect", function()
    assert.equal(1, #run("Militants have attacked an army base in Borno on Sunday, killing 12 "
      .. "soldiers, officials said."))
    assert.equal(1, #run("Gunmen have attacked a church in Kaduna state, killing three "
      .. "worshippers, the third such attack in recent years."))
  end)
end)

describe("extract: a claim and a denial after the event told", function()
  it("are of the event told, not one of their day and seat", function()
    local r = run("HEBRON, West Bank - Troops searched villages for the men who "
      .. "shot dead two shepherds near the settlement of Kiryat Arba late on Sunday.\n\n"
      .. "A cell of the al-Aqsa Martyrs' Brigades claimed the killings on Monday, but the "
      .. "group's leadership in Ramallah later denied any part in them and condemned the "
      .. "attack.")
    assert.equal(1, #r)
    assert.equal("2024-05-12", r[1].date)
    assert.equal("Al-Aqsa Martyrs' Brigades", r[1].perpetrator)
  end)

  it("still lets officials in a town tell a new event there", function()
    local r = run("Officials in Kirkuk said a car bomb exploded near a market on Monday, "
      .. "killing four people.")
    assert.equal(1, #r)
    assert.equal("Kirkuk", r[1].place)
  end)
end)
