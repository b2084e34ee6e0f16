-- Specs of incidents.extract: one short article of our own per construction
-- (spec/fixtures/extract/*.txt), run with a small pack of our own
-- (spec/fixtures/extract/pack.rules) so the engine is tested apart from the
-- default pack's vocabulary.
local helper = require "spec.helper"
local rules = require "incidents.rules"
local article = require "incidents.article"
local extract = require "incidents.extract"

local dir = helper.fixtures .. "/extract/"

local function load_pack()
  local f = assert(io.open(dir .. "pack.rules"))
  local src = f:read("a")
  f:close()
  return assert(rules.load_string(src, "pack.rules"))
end

local pack = load_pack()

local function run(name)
  local art = assert(article.read_file(dir .. name))
  return extract.article(art, pack), art
end

local function quote(art, e)
  return art.text:sub(e.start, e.stop)
end

describe("extract.article", function()
  it("fills every field of one event from one sentence and a claim after it", function()
    local r, art = run("basic.txt")
    assert.equal(1, #r)
    local x = r[1]
    assert.equal("Mogadishu", x.place)
    assert.equal("SO", x.country)
    assert.equal("Somalia", x.country_name)
    assert.equal("2024-03-11", x.date)          -- "on Monday", article of Tuesday 12th
    assert.equal("bombing", x.attack_type)
    assert.is_true(x.suicide)
    assert.equal(12, x.killed_lo)
    assert.is_nil(x.killed_hi)                  -- "at least 12"
    assert.equal("al-Shabaab", x.perpetrator)   -- the claim in the next sentence
    assert.is_true(x.claimed)
    assert.equal("a market", x.target)
    assert.equal("business", x.target_type)
    assert.equal("attack", x.status)
    assert.equal("Monday", quote(art, x.evidence.date))
    assert.equal("Mogadishu", quote(art, x.evidence.place))
    assert.equal("Al-Shabab", quote(art, x.evidence.perpetrator))
    assert.equal("suicide bomber", quote(art, x.evidence.trigger))
    assert.is_string(x.rule)
    for field, e in pairs(x.evidence) do
      assert.is_string(e.rule, field)
      assert.is_true(e.start >= 1 and e.stop <= #art.text and e.start <= e.stop, field)
    end
  end)

  it("makes one report of two mentions, and a later figure replaces the earlier", function()
    local r = run("merge.txt")
    assert.equal(1, #r)
    assert.equal("Kismayo", r[1].place)
    assert.equal("2023-05-04", r[1].date)     -- "said on Saturday" dates the statement
    assert.equal(11, r[1].killed_lo)
    assert.equal(11, r[1].killed_hi)
    assert.equal("armed_assault", r[1].attack_type)
  end)

  it("splits two events told in one sentence", function()
    local r = run("two_events.txt")
    assert.equal(2, #r)
    assert.equal("Kabul", r[1].place)
    assert.equal("2024-03-03", r[1].date)
    assert.is_nil(r[1].killed_lo)
    assert.equal("Peshawar", r[2].place)
    assert.equal(30, r[2].killed_lo)
    assert.equal("religious", r[2].target_type)
    assert.is_nil(r[2].date)
  end)

  it("leaves out threats and hypotheticals", function()
    assert.same({}, (run("threat.txt")))
  end)

  it("reports a foiled plot at its intended target", function()
    local r = run("plot.txt")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("Lyon", r[1].place)
    assert.equal("FR", r[1].country)
  end)

  it("resolves 'one day earlier' against the date told before", function()
    local r = run("relative.txt")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("2024-03-07", r[1].date)
    assert.equal("Islamic State", r[1].perpetrator)
  end)

  it("leaves out state strikes and militants killed by troops", function()
    assert.same({}, (run("state.txt")))
    assert.same({}, (run("state_forces.txt")))    -- "Afghan warplanes bombed ..."
  end)

  it("leaves out undated aggregates and 'attack' used as a modifier", function()
    assert.same({}, (run("aggregate.txt")))
  end)

  it("leaves out accidents and disasters", function()
    assert.same({}, (run("accident.txt")))
    assert.same({}, (run("disaster.txt")))
  end)

  it("ties 'by X' to the attack", function()
    local r, art = run("perp_by.txt")
    assert.equal(1, #r)
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.equal("2019", r[1].date)
    assert.equal(20, r[1].killed_lo)
    assert.equal("extract.perp.by", r[1].evidence.perpetrator.rule)
    assert.equal("Boko Haram", quote(art, r[1].evidence.perpetrator))
  end)

  it("reads 'it' as the group last named", function()
    local r = run("pronoun.txt")
    assert.equal(1, #r)
    assert.equal("Islamic State Khorasan Province", r[1].perpetrator)
    assert.is_nil(r[1].claimed)
  end)

  it("does not take an owner or a target for the author", function()
    local r = run("possessive.txt")
    assert.equal(1, #r)
    assert.equal("Maiduguri", r[1].place)
    assert.equal(12, r[1].killed_lo)
    assert.is_nil(r[1].perpetrator)
  end)

  it("finds a place the gazetteer writes with diacritics", function()
    local r = run("diacritics.txt")        -- the pack says "Herāt"
    assert.equal(1, #r)
    assert.equal("Herat", r[1].place)
    assert.equal("AF", r[1].country)
    assert.equal("2024-04-08", r[1].date)
  end)

  it("marks 'no group has claimed' as claimed = false", function()
    local r = run("no_claim.txt")
    assert.equal(1, #r)
    assert.is_false(r[1].claimed)
    assert.equal(14, r[1].wounded_lo)
    assert.equal("2023-06-02", r[1].date)
  end)

  it("keeps only the month of a weekday that may point either way", function()
    local r = run("weekday.txt")   -- dated Thursday 21st, "Friday" in the past tense
    assert.equal(1, #r)
    assert.equal("2024-03", r[1].date)
    assert.equal("2024-03-01", r[1].date_lo)
    assert.equal("2024-03-31", r[1].date_hi)
  end)

  it("does not resolve relative dates against an inferred date", function()
    local r = run("inferred.txt")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
    assert.equal(5, r[1].killed_lo)
  end)

  it("dates an event by 'since DATE, when ...'", function()
    local r = run("since_when.txt")
    assert.equal(1, #r)
    assert.equal("2022-05", r[1].date)
    assert.equal(17, r[1].killed_lo)
  end)
end)

describe("extract.text", function()
  it("takes the rules.test calling convention", function()
    local r = extract.text("Gunmen stormed a hotel in Kismayo on Monday, killing 4 guards.",
      { published = "2024-03-12", rules = pack })
    assert.equal(1, #r)
    assert.equal("2024-03-11", r[1].date)
    assert.equal(4, r[1].killed_lo)
  end)

  it("finds nothing in text without incidents, in empty text or in boilerplate", function()
    assert.same({}, extract.text("Wheat prices rose in Kabul on Monday.", pack))
    assert.same({}, extract.text("", pack))
    assert.same({}, extract.text("   \n\n  ", pack))
    assert.same({}, extract.text("Source link", pack))
  end)

  it("gives offsets into the original text after a header", function()
    local text = "Title: Blast\nDate: 2024-03-12\n\nA blast killed 3 people in Kabul on Monday."
    local r = extract.text(text, pack)
    assert.equal(1, #r)
    local e = r[1].evidence.place
    assert.equal("Kabul", text:sub(e.start, e.stop))
    assert.equal("2024-03-11", r[1].date)
  end)

  it("rejects bad arguments at the caller", function()
    assert.has_error(function() extract.text(42, pack) end,
      "bad argument #1 to 'text' (string expected, got number)")
    assert.has_error(function() extract.article({ text = "x" }, {}) end,
      "bad argument #2 to 'article' (rule pack expected)")
  end)
end)

describe("extract.article with the default pack", function()
  local default = assert(rules.load("default"))

  local function run_default(name)
    local art = assert(article.read_file(dir .. "default_" .. name .. ".txt"))
    return extract.article(art, default)
  end

  it("reads a car bombing and its claim in the next sentence", function()
    local r = run_default("car_bomb_claim")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
    assert.equal("PK", r[1].country)
    assert.equal("2024-05-07", r[1].date)
    assert.equal("bombing", r[1].attack_type)
    assert.equal(11, r[1].killed_lo)
    assert.equal(30, r[1].wounded_lo)
    assert.equal("Tehrik-i-Taliban Pakistan", r[1].perpetrator)
    assert.is_true(r[1].claimed)
  end)

  it("types gunmen who kidnap as a kidnapping, and abducted are not killed", function()
    local r = run_default("kidnapping")
    assert.equal(1, #r)
    assert.equal("kidnapping", r[1].attack_type)
    assert.is_nil(r[1].killed_lo)
    assert.is_nil(r[1].killed_hi)
  end)

  it("keeps 'blamed on' as the perpetrator and 'no group has claimed' as false", function()
    local r = run_default("blamed_no_claim")
    assert.equal(1, #r)
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.is_false(r[1].claimed)
    assert.is_true(r[1].suicide)
  end)

  it("leaves out hypotheticals, retractions and airstrikes", function()
    assert.same({}, run_default("hypothetical_retraction"))
    assert.same({}, run_default("airstrike"))
  end)

  it("resolves a weekday of the day before the article", function()
    local r = run_default("weekday_next_day")
    assert.equal(1, #r)
    assert.equal("2024-03-22", r[1].date)
    assert.equal("Islamic State", r[1].perpetrator)
    assert.is_true(r[1].claimed)
  end)

  it("adds up the parts of a toll and types suicide bombers with gunmen as a bombing", function()
    local r = run_default("parts_add_up")
    assert.equal(1, #r)
    assert.equal(183, r[1].killed_lo)
    assert.equal("bombing", r[1].attack_type)
    assert.is_true(r[1].suicide)
    assert.equal("Kabul", r[1].place)
    assert.equal("Islamic State Khorasan Province", r[1].perpetrator)
  end)

  it("dates 'four days after the Moscow attack' from that attack's report", function()
    local r = run_default("anchored_date")
    assert.equal(2, #r)
    assert.equal("Moscow", r[1].place)
    assert.equal("2024-03-22", r[1].date)
    assert.equal("St. Petersburg", r[2].place)        -- "St." is the gazetteer's "Saint"
    assert.equal("2024-03-26", r[2].date)
    assert.equal("extract.anchored", r[2].evidence.date.rule)
    assert.equal(9, r[2].wounded_lo)
    assert.equal("bombing", r[2].attack_type)
  end)

  it("reads follow-up sentences as the event just told", function()
    -- victims' nationality is no place, a raised toll replaces the first,
    -- "no group had said it was behind" is no claim, a court date is not the
    -- attack's
    local r = run_default("follow_ups")
    assert.equal(1, #r)
    assert.equal("Mogadishu", r[1].place)
    assert.equal("SO", r[1].country)
    assert.equal("2024-02-13", r[1].date)
    assert.equal(14, r[1].killed_lo)
    assert.equal(14, r[1].killed_hi)
    assert.is_false(r[1].claimed)
  end)

  it("keeps 'a separate attack' apart from the event just told", function()
    local r = run_default("separate")
    assert.equal(2, #r)
    assert.equal(30, r[1].killed_lo)
    assert.equal(5, r[2].killed_lo)
    assert.is_nil(r[2].place)
  end)

  it("reads 'the 2015 Paris attacks' as one event, 'its attacks in Syria' as none", function()
    local r = run_default("named_events")
    assert.equal(2, #r)
    assert.equal("Paris", r[1].place)
    assert.equal("2015", r[1].date)
    assert.equal("Brussels", r[2].place)
    assert.equal("2016", r[2].date)
    assert.equal("bombing", r[2].attack_type)
  end)

  it("keeps a background event apart and gives a revised toll to the lead event", function()
    -- "President Vladimir Putin" is no town; "Chechen militants" is kept as
    -- written; "the death toll rose to 139 on Monday" is about the attack of
    -- three days before, not about 2004
    local r = run_default("background")
    assert.equal(2, #r)
    assert.equal("Moscow", r[1].place)
    assert.equal("2024-03-22", r[1].date)
    assert.equal(139, r[1].killed_lo)
    assert.equal(182, r[1].wounded_lo)
    assert.equal("Islamic State", r[1].perpetrator)
    assert.is_true(r[1].claimed)
    assert.equal("Beslan", r[2].place)
    assert.equal("2004", r[2].date)
    assert.equal(334, r[2].killed_lo)
    assert.equal("Chechen militants", r[2].perpetrator)
    assert.equal("hostage_taking", r[2].attack_type)
  end)

  it("keeps three paragraphs' events apart; the attackers' dead are no toll", function()
    local r = run_default("three_reports")
    assert.equal(3, #r)
    assert.equal("2024-04-09", r[1].date)
    assert.equal(6, r[1].killed_lo)
    assert.equal("Kunduz", r[2].place)
    assert.equal("2024-04-05", r[2].date)         -- "on Friday", five days back
    assert.equal(20, r[2].killed_lo)
    assert.equal(45, r[2].wounded_lo)
    assert.equal("Islamic State", r[2].perpetrator)
    assert.is_true(r[2].claimed)
    assert.equal("Maiduguri", r[3].place)
    assert.equal("Islamic State West Africa Province", r[3].perpetrator)
    assert.is_nil(r[3].killed_lo)                 -- "killing 30 insurgents"
  end)

  it("takes a claim made the next day, not the first suspicion", function()
    local r = run_default("claim_next_day")
    assert.equal(1, #r)
    assert.equal("Kerman", r[1].place)
    assert.equal("2024-01-03", r[1].date)
    assert.equal("Islamic State", r[1].perpetrator)
    assert.is_true(r[1].claimed)
    assert.equal(84, r[1].killed_lo)
    assert.equal(284, r[1].wounded_lo)
  end)
end)

-- One construction class per case, in sentences written for these specs.
describe("extract.text: constructions beyond the seeds", function()
  local default = assert(rules.load("default"))
  local function ex(body)
    return extract.text("Date: 2024-02-15\n\n" .. body, default)
  end

  it("keeps the revised toll, not an earlier count told after it", function()
    local r = ex("The death toll from Tuesday's bombing of a bus station in Quetta rose to 48 "
      .. "on Thursday, the provincial health minister said.\n\nRescue teams worked through "
      .. "the night. On Tuesday evening police initially reported 12 dead, and by Wednesday "
      .. "the toll stood at 41.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
    assert.same({ 48, 48 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("reads a toll across a relative clause and does not add it to the wounded", function()
    local r = ex("A suicide bomber struck a wedding party in Kandahar on Monday. The toll, "
      .. "which kept climbing as patients died in hospital, reached 31, and nearly 70 people "
      .. "were hurt.")
    assert.equal(1, #r)
    assert.same({ 31, 31 }, { r[1].killed_lo, r[1].killed_hi })
    assert.is_nil(r[1].wounded_lo)
    assert.equal(70, r[1].wounded_hi)
  end)

  it("gives 'no group claimed' a paragraph away to the article's main event", function()
    local r = ex("Gunmen stormed a hotel in Kismayo on Tuesday, killing nine guests.\n\n"
      .. "The hotel had reopened only last year after a long renovation. Its owner said "
      .. "business had been good. Tourists from Nairobi had started to come back. Prices in "
      .. "the town have risen sharply.\n\nNo group claimed responsibility.")
    assert.equal(1, #r)
    assert.is_false(r[1].claimed)
  end)

  it("reads 'X said it carried out' and 'blamed that attack on X'", function()
    local r = ex("A car bomb exploded outside a court in Peshawar on Wednesday, killing seven "
      .. "people. The Pakistani Taliban said it carried out the bombing.")
    assert.equal("Tehrik-i-Taliban Pakistan", r[1].perpetrator)
    assert.is_true(r[1].claimed)
    r = ex("A roadside bomb killed four soldiers near Maiduguri on Sunday. Military officials "
      .. "blamed that attack on Boko Haram.")
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.is_nil(r[1].claimed)
  end)

  it("reads arrests of men 'suspected of planning an attack' as a foiled plot", function()
    local r = ex("German police have arrested three men suspected of planning an attack on a "
      .. "music festival in Hamburg. Officials said the plot had been uncovered before anyone "
      .. "was hurt.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("Hamburg", r[1].place)
  end)

  it("leaves out deaths during a state's raid or at the hands of police", function()
    assert.same({}, ex("A senior commander of the group blew himself up during a US raid in "
      .. "Idlib on Thursday. Two years ago another militant was shot dead by police during a "
      .. "search of a house in Kirkuk."))
  end)

  it("makes one event of a series of bombings on one day in one town", function()
    local r = ex("A wave of coordinated suicide bombings killed at least 22 people in "
      .. "Maiduguri on Sunday, officials said.")
    assert.equal(1, #r)
    assert.equal("Maiduguri", r[1].place)
    assert.equal(22, r[1].killed_lo)
  end)

  it("keeps two dated attacks in one city apart", function()
    local r = ex("Kabul has suffered before. On May 8 last year, a car bomb outside a school in "
      .. "Kabul killed 30 students. On September 2 last year, gunmen attacked a mosque in "
      .. "Kabul, killing 11 worshippers.")
    assert.equal(2, #r)
    assert.equal(30, r[1].killed_lo)
    assert.equal(11, r[2].killed_lo)
  end)

  it("does not fold a later event with its own toll and no place into the lead", function()
    local r = ex("A gunman opened fire in a cafe in Istanbul on Saturday, killing 12 people "
      .. "and wounding 20 others.\n\nThe city has been hit before. On August 3, a bomb near "
      .. "a stadium killed 29 people, most of them police officers.")
    assert.equal(2, #r)
    assert.same({ 12, 20 }, { r[1].killed_lo, r[1].wounded_lo })
    assert.equal(29, r[2].killed_lo)
    assert.equal("2023-08-03", r[2].date)
  end)

  it("does not take a group that describes a victim for the author", function()
    local r = ex("A suicide bomber killed 25 people at a market in Herat on Friday, among "
      .. "them a tribal elder close to the Taliban.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)

  it("reads 'with car bombs' as the means of the assault, and 'metro' as no town", function()
    local r = ex("On Monday militants stormed a police station in the eastern city of "
      .. "Jalalabad with car bombs and rifles, killing six officers. A second bomber blew "
      .. "himself up on a metro train.")
    assert.equal(1, #r)
    assert.equal("Jalalabad", r[1].place)
    assert.equal("AF", r[1].country)
  end)

  it("keeps the event named as a reference point out of the clause's event", function()
    local r = ex("A car bomb exploded at a market in Mogadishu on Monday, killing 10 people. "
      .. "Three days after the market bombing, gunmen stormed a hotel in Kismayo, killing "
      .. "six guests.")
    assert.equal(2, #r)
    assert.equal("Kismayo", r[2].place)
    assert.equal("armed_assault", r[2].attack_type)
    assert.equal("2024-02-15", r[2].date)
  end)

  it("reads a village the gazetteer does not know, in the story's country", function()
    local r = ex("Gunmen killed 30 people in Maiduguri on Monday, officials said.\n\n"
      .. "Hours before that attack, militants killed 9 farmers in the village of Zarobaki "
      .. "in the same state.")
    assert.equal(2, #r)
    assert.equal("Zarobaki", r[2].place)
    assert.equal("NG", r[2].country)
    assert.equal(9, r[2].killed_lo)
  end)

  it("takes the dateline's city only when the story names no place of its own", function()
    local r = ex("KABUL (Wire) - A bomb exploded in a crowded market on Tuesday, killing "
      .. "five people, police said.")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
    assert.equal("extract.dateline_place", r[1].evidence.place.rule)
    r = ex("QUETTA, Pakistan (Wire) \226\128\148 A roadside bomb killed four soldiers in the "
      .. "town of Turbat on Monday, officials said.")
    assert.equal(1, #r)
    assert.equal("Turbat", r[1].place)
  end)

  it("keeps a group the pack does not know, as a claim or a blame names it", function()
    local r = ex("Gunmen killed six soldiers at a checkpoint in Quetta on Sunday. The attack "
      .. "was claimed by the Baloch Liberation Tigers.")
    assert.equal("Baloch Liberation Tigers", r[1].perpetrator)
    assert.is_true(r[1].claimed)
    r = ex("Bombs at two churches in Kandy killed 40 people on Sunday. Officials blamed a "
      .. "little-known sect, the Crimson Hand Brotherhood, for the bombings.")
    assert.equal("Crimson Hand Brotherhood", r[1].perpetrator)
    r = ex("Gunmen killed six soldiers at a checkpoint in Quetta on Sunday. Police blamed "
      .. "the attack on criminals.")
    assert.is_nil(r[1].perpetrator)
  end)

  it("gives a state strike told in passing its own place and date, and a claim its date", function()
    local r = ex("More than 40 people were wounded when a bomb exploded at a rally in Kandahar "
      .. "on Tuesday, near a monument to a general killed in a US drone strike in Kabul in "
      .. "2019. Islamic State claimed the bombing on Wednesday.")
    assert.equal(1, #r)
    assert.equal("Kandahar", r[1].place)
    assert.equal("2024-02-13", r[1].date)
    assert.equal(41, r[1].wounded_lo)
    assert.is_true(r[1].claimed)
  end)

  it("reads 'the attacks on May 3, in which bombers struck ...' as one event", function()
    local r = extract.text("Date: 2023-06-10\n\nA court in Herat jailed four men on Thursday "
      .. "over the May 2023 attacks on the city.\n\nThe attacks on May 3, in which two suicide "
      .. "bombers struck a mosque and a market in Herat, killed 31 people and wounded 70.",
      default)
    assert.equal(1, #r)
    assert.equal("2023-05-03", r[1].date)
    assert.same({ 31, 70 }, { r[1].killed_lo, r[1].wounded_lo })
  end)

  it("counts captives 'shot dead' afterwards as the dead", function()
    local r = ex("Gunmen seized 7 shepherds near Quetta on Monday, led them into the hills "
      .. "and shot them dead, police said.")
    assert.equal(1, #r)
    assert.same({ 7, 7 }, { r[1].killed_lo, r[1].killed_hi })
    r = ex("Gunmen seized 7 shepherds near Quetta on Monday and freed them on Tuesday.")
    assert.is_nil(r[1] and r[1].killed_lo)
  end)

  it("reads gunmen's raids on villages as the attack, and 'The gunmen struck' as it too", function()
    local r = ex("Gunmen killed at least 25 people in raids on three villages in Nigeria's "
      .. "Zamfara state, police said on Thursday.\n\nThe gunmen struck the villages late on "
      .. "Tuesday, setting fire to houses.")
    assert.equal(1, #r)
    assert.equal("NG", r[1].country)
    assert.equal(25, r[1].killed_lo)
    assert.equal("2024-02-13", r[1].date)
  end)

  it("does not take a family name that is also a town for the place", function()
    local r = ex("A suicide bomber killed 30 people at a mosque in Peshawar on Monday. A "
      .. "militant commander, Omar Mohmand, said his men had carried out the bombing.")
    assert.equal(1, #r)
    assert.equal("Peshawar", r[1].place)
  end)

  it("takes the group a claim names, not the group named before", function()
    local r = ex("JNIM fighters ambushed a convoy near Gao on Sunday, killing four soldiers. "
      .. "In March, 30 soldiers were killed near Gao in an assault claimed by the Islamic "
      .. "State in the Greater Sahara.")
    assert.equal(2, #r)
    assert.equal("Islamic State in the Greater Sahara", r[2].perpetrator)
    assert.is_true(r[2].claimed)
  end)

  it("reads 'killed there' as the place last named", function()
    local r = ex("Militants attacked a base in Kidal on Sunday, killing 4 soldiers.\n\nKidal "
      .. "has seen worse. In March 2019, 21 soldiers were killed there in a raid by jihadists.")
    assert.equal(2, #r)
    assert.equal("Kidal", r[2].place)
    assert.equal(21, r[2].killed_lo)
  end)

  it("keeps an event told 'Earlier this month' apart from the one just told", function()
    local r = ex("Gunmen stormed a guest house in Kabul on Monday, wounding two guards.\n\n"
      .. "Earlier this month, a suicide bomber attacked a bank in Kabul, wounding a guard.")
    assert.equal(2, #r)
    assert.equal(2, r[1].wounded_lo)
    assert.equal(1, r[2].wounded_lo)
  end)

  it("reads a city before a capitalised noun after 'the' as the place", function()
    local r = ex("Police said they had arrested two men suspected of planning to attack the "
      .. "Vienna Pride parade on Saturday.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("Vienna", r[1].place)
  end)

  it("does not count the speaker after a toll as a victim", function()
    local r = ex("Militants ambushed an army convoy near Baidoa on Sunday, killing five "
      .. "soldiers, a military officer said.")
    assert.same({ 5, 5 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("lets a later mention of the dateline's city refer to the lead event", function()
    local r = ex("QUETTA (Wire) - A bomb killed 12 people at a rally in south-western "
      .. "Pakistan on Friday.\n\nIslamic State claimed the Quetta bombing.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
    assert.is_true(r[1].claimed)
  end)

  it("reads a suspicion told in a sentence of its own", function()
    local r = ex("A bomb killed 9 people at a market in Maiduguri on Monday. Police suspect "
      .. "Boko Haram.")
    assert.equal("Boko Haram", r[1].perpetrator)
    assert.is_nil(r[1].claimed)
  end)

  it("believes the country the text gives a place over the gazetteer's homonym", function()
    local r = ex("Gunmen killed 40 villagers in Solhan in northern Burkina Faso on Friday. "
      .. "Survivors fled Solhan after the attack.")
    assert.equal(1, #r)
    assert.equal("Solhan", r[1].place)
    assert.equal("BF", r[1].country)
  end)
end)

describe("extract.article with a pack's own grammar words", function()
  local base = assert(rules.load("default"))
  local text = "Date: 2024-02-15\n\nGunmen attacked a checkpoint in Kandahar on Monday. "
    .. "Nine guards fell as martyrs, the police said."

  it("reads a toll the grammar does not know only when the pack adds the words", function()
    local r = extract.text(text, base)
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
    local own = assert(rules.load_string([[
      extends "default"
      cue { "casualties.killed_after", { "fell as martyrs" } }
    ]], "martyrs.rules"))
    r = extract.text(text, own)
    assert.equal(1, #r)
    assert.same({ 9, 9 }, { r[1].killed_lo, r[1].killed_hi })
  end)

  it("ignores a list the grammar does not have, and says so in the trace", function()
    local own = assert(rules.load_string([[
      extends "default"
      cue { "casualties.no_such_list", { "fell as martyrs" } }
    ]], "bad.rules"))
    local said = {}
    local art = article.from_text(text)
    local r = extract.article(art, own, { trace = function(msg) said[#said + 1] = msg end })
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
    assert.truthy(said[1]:find("no_such_list", 1, true))
  end)
end)
