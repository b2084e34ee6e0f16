-- Specs of incidents.extract on the construction classes that eval/dev12
-- showed (long ordinary pages: breaking reports, newsletters, TV stories,
-- wire stories, explainers). Our own sentences, run with the default pack;
-- no sentence of the set is quoted.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.dated_extract(pack, "2024-05-20")

describe("extract: a person's age after the name", function()
  it("is no count of the dead", function()
    local r = run("Three nurses were killed on Monday when a gunman opened fire at a clinic "
      .. "in Leeds.\n\nThe gunman, named by police as Peter Marsh, 41, of nearby Otley, "
      .. "was killed by armed officers.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
    assert.equal(3, r[1].killed_hi)
  end)

  it("is no count with a bare age and no town either", function()
    local r = run("A gunman shot dead two guards at a depot in Bristol on Friday.\n\n"
      .. "A second man, Tom Hale, 19, was wounded.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
  end)

  it("near miss: a place, a comma and a figure is still a count", function()
    local r = run("Gunmen attacked a bus station in Kano on Sunday. In Kano, 17 people were "
      .. "killed, the police said.")
    assert.equal(1, #r)
    assert.equal(17, r[1].killed_lo)
  end)
end)

describe("extract: an event investigated as a possible act of terrorism", function()
  it("is an attack told, not a threat", function()
    local r = run("Two guards were killed on Tuesday when a man opened fire at a depot in "
      .. "Bristol, in an attack that police are investigating as a possible act of terrorism.")
    assert.equal(1, #r)
    assert.equal("Bristol", r[1].place)
    assert.equal(2, r[1].killed_lo)
  end)

  it("also when treated as a potential terrorist attack", function()
    local r = run("A man stabbed three shoppers in Leeds on Monday; detectives are treating "
      .. "it as a potential terrorist attack.")
    assert.equal(1, #r)
    assert.equal("Leeds", r[1].place)
  end)

  it("near miss: a warning of a possible attack is no report", function()
    local r = run("Police in Bristol warned on Tuesday of a possible attack on the city's "
      .. "railway stations over the holiday.")
    assert.equal(0, #r)
  end)
end)

describe("extract: the day a claim was made", function()
  it("is the claim's, not a new event's", function()
    local r = run("On 3 March, gunmen overran an army camp near Gao in Mali, killing 19 "
      .. "soldiers. The Islamic State claimed the attack on its Telegram channel the next "
      .. "day, its first claim of an attack in the region.")
    assert.equal(1, #r)
    assert.equal("2024-03-03", r[1].date)
    assert.equal(true, r[1].claimed)
  end)

  it("also after 'claimed responsibility in a statement'", function()
    local r = run("On 3 March, gunmen overran an army camp near Gao in Mali, killing 19 "
      .. "soldiers. The group claimed responsibility in a statement two days later, calling "
      .. "it a strike on the army of Mali.")
    assert.equal(1, #r)
    assert.equal("2024-03-03", r[1].date)
  end)

  it("near miss: a day inside the claim's object is the event's", function()
    local r = run("The group also claimed responsibility for a January bombing of a bus "
      .. "station in Gao that killed six people.")
    assert.equal(1, #r)
    assert.equal("2024-01", r[1].date)
  end)
end)

describe("extract: a bomb in a road tanker", function()
  it("is a truck bomb, not a ship hit at sea", function()
    local r = run("A bomb hidden in a water tanker truck exploded in a busy square in Mosul "
      .. "on Monday, killing at least 31 people.")
    assert.equal(1, #r)
    assert.equal("Mosul", r[1].place)
    assert.equal(31, r[1].killed_lo)
  end)

  it("also a petrol tanker with no truck after it", function()
    local r = run("A petrol tanker packed with explosives blew up outside a police "
      .. "station in Mosul on Monday, killing 12 officers.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)

  it("near miss: a tanker hit in the Gulf is a state's war at sea", function()
    local r = run("Gunboats attacked the tanker Sea Star on Monday in the Gulf, setting it "
      .. "on fire.")
    assert.equal(0, #r)
  end)
end)

describe("extract: a running total told with event words in the plural", function()
  it("is a sum of events, no report and no toll of the one told", function()
    local r = run("A bomb exploded at a market in Quetta on Saturday, killing 12 people. "
      .. "Rights groups say more than 300 traders have been killed in the city since 2010, "
      .. "a count that cannot be split into single attacks.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
    assert.equal(12, r[1].killed_hi)
  end)

  it("also when the plural names the kinds of attack", function()
    local r = run("A bomb exploded at a market in Quetta on Saturday, killing 12 people. "
      .. "More than 300 traders have been killed in the city since 2010 in shootings and "
      .. "bombings.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)

  it("near miss: one attack with its own day and toll is still told", function()
    local r = run("A bomb exploded at a market in Quetta on Saturday, killing 12 people. "
      .. "On 3 March 2010, gunmen killed 40 traders in the same market.")
    assert.equal(2, #r)
  end)
end)

describe("extract: officials in a province who put or raise a toll", function()
  it("speak of the event told; the province is not its place", function()
    local r = run("A bomb exploded at a bus stop in Gwadar on Monday, killing nine people. "
      .. "Officials in Balochistan put the toll on Wednesday at 14 dead and 30 injured.",
      "2024-05-23")
    assert.equal(1, #r)
    assert.equal("Gwadar", r[1].place)
    assert.equal(14, r[1].killed_lo)
  end)

  it("also when they raised it", function()
    local r = run("A bomb exploded at a bus stop in Gwadar on Monday, killing nine people. "
      .. "The authorities in Balochistan raised the toll to 14 on Wednesday.", "2024-05-23")
    assert.equal(1, #r)
    assert.equal(14, r[1].killed_lo)
  end)

  it("near miss: an attack of its own day in the province is another event", function()
    local r = run("A bomb exploded at a bus stop in Gwadar on Monday, killing nine people. "
      .. "On Wednesday gunmen in Balochistan killed six road workers near Turbat.", "2024-05-23")
    assert.equal(2, #r)
  end)
end)

describe("extract: an explainer's question heading", function()
  it("claims nothing", function()
    local r = run("A gunman shot dead two guards at a museum in Aarhus on Saturday.\n\n"
      .. "Has anyone claimed responsibility?\n\nThe police said they were still trying to "
      .. "establish a motive.")
    assert.equal(1, #r)
    assert.is_not_true(r[1].claimed)
  end)

  it("nor does 'Did any group claim the attack?'", function()
    local r = run("A gunman shot dead two guards at a museum in Aarhus on Saturday.\n\n"
      .. "Did any group claim the attack?\n\nNo. No group has claimed it.")
    assert.equal(1, #r)
    assert.is_false(r[1].claimed)
  end)

  it("near miss: the answer's claim still counts", function()
    local r = run("A gunman shot dead two guards at a museum in Aarhus on Saturday.\n\n"
      .. "Who was behind it?\n\nThe Islamic State claimed the attack on Sunday.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
  end)
end)

describe("extract: a later toll the next sentence says included the attackers", function()
  it("does not replace the victims' toll", function()
    local r = run("Gunmen attacked a police station in Irbid on Sunday. Eight people were "
      .. "killed, five officers and three passers-by. On Sunday night officials gave a toll "
      .. "of 11 dead. That figure included the three gunmen, who were shot by police.")
    assert.equal(1, #r)
    assert.equal(8, r[1].killed_lo)
    assert.equal(8, r[1].killed_hi)
  end)

  it("near miss: a higher toll with no attackers in it replaces the first", function()
    local r = run("Gunmen attacked a police station in Irbid on Sunday. Eight people were "
      .. "killed. On Sunday night officials gave a toll of 11 dead. That figure included "
      .. "three officers who died in hospital.")
    assert.equal(1, #r)
    assert.equal(11, r[1].killed_lo)
  end)
end)

describe("extract: bombs made, not set off", function()
  it("is no bombing of its own", function()
    local r = run("Gunmen attacked police in Irbid on Sunday, killing six people. Police "
      .. "searched a flat in Ramtha on Monday and found materials for making bombs.")
    assert.equal(1, #r)
    assert.equal("Irbid", r[1].place)
  end)

  it("nor a cell that had been building bombs", function()
    local r = run("Gunmen attacked police in Irbid on Sunday, killing six people. The cell "
      .. "had been building bombs in a flat in Ramtha since March, the ministry said.")
    assert.equal(1, #r)
  end)

  it("near miss: bombs that went off in another town are told", function()
    local r = run("Gunmen attacked police in Irbid on Sunday, killing six people. On Monday "
      .. "two bombs exploded at a market in Ramtha, killing three.")
    assert.equal(2, #r)
  end)
end)

describe("extract: a list of victims whose first part is a share of a group", function()
  it("adds up ('two of his guards and a driver')", function()
    local r = run("Gunmen ambushed the governor's car near Jos on Monday. Two of his guards "
      .. "and a driver were killed.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
    assert.equal(3, r[1].killed_hi)
  end)

  it("also with a comma and more figures", function()
    local r = run("Gunmen ambushed a convoy near Jos on Monday. Four of the soldiers, two "
      .. "police officers and a child were killed.")
    assert.equal(1, #r)
    assert.equal(7, r[1].killed_lo)
  end)

  it("near miss: the attackers' share is left out of the toll", function()
    local r = run("Gunmen ambushed a convoy near Jos on Monday. Two of the gunmen and a "
      .. "soldier were killed.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
  end)
end)

describe("extract: an arrest over a plan to attack", function()
  it("is a plot foiled ('arrested three men who planned to storm ...')", function()
    local r = run("In March 2019 police in Norway arrested three men who planned to storm "
      .. "a newspaper's offices in Oslo.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("2019-03", r[1].date)
  end)

  it("also 'were arrested over a plan to bomb'", function()
    local r = run("Four men were arrested in June 2018 over a plan to bomb a military parade "
      .. "in Oslo.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)

  it("near miss: a plan to attack with no arrest or foiling is no report", function()
    local r = run("The group said in March 2019 that it planned to attack newspapers "
      .. "across Europe.")
    assert.equal(0, #r)
  end)
end)

describe("extract: the year of a verdict", function()
  it("is not the plot's", function()
    local r = run("In March 2019 police in Norway arrested three men who planned to storm "
      .. "a newspaper's offices in Oslo. The plot was foiled, and the three were convicted "
      .. "of planning terrorism in 2021.")
    assert.equal(1, #r)
    assert.equal("2019-03", r[1].date)
  end)

  it("nor 'was sentenced in 2022'", function()
    local r = run("In March 2019 police in Norway arrested three men who planned to storm "
      .. "a newspaper's offices in Oslo. The plot was foiled; their leader was sentenced "
      .. "in 2022 to 16 years in prison.")
    assert.equal(1, #r)
    assert.equal("2019-03", r[1].date)
  end)

  it("near miss: the attack's own year before the verdict's stays", function()
    local r = run("Gunmen killed 12 people at a bus station in Kano in 2015; two of them "
      .. "were convicted in 2017.")
    assert.equal(1, #r)
    assert.equal("2015", r[1].date)
  end)
end)

describe("extract: where a speaker stood", function()
  it("is no place of the event ('speaking in Berlin')", function()
    local r = run("Two car bombs exploded in Antakya on Saturday, killing 12 people. The "
      .. "foreign minister, speaking in Vienna, said the bombings were meant to stir up "
      .. "hatred.")
    assert.equal(1, #r)
    assert.equal("Antakya", r[1].place)
  end)

  it("near miss: a bombing that happened in the city named is told", function()
    local r = run("Two car bombs exploded in Antakya on Saturday, killing 12 people. A day "
      .. "earlier a bomb exploded in Vienna, killing two.")
    assert.equal(2, #r)
  end)
end)

describe("extract: the site of the blast as a place", function()
  it("dates the mourners, not a new blast", function()
    local r = run("A bomb exploded at a night market in Cebu late on Friday, killing nine "
      .. "people. Relatives laid flowers at the site of the blast on Sunday morning.",
      "2024-05-20")
    assert.equal(1, #r)
    assert.equal("2024-05-17", r[1].date)
  end)

  it("also at the scene of the attack", function()
    local r = run("Gunmen attacked a bus in Cebu on Friday, killing nine people. Mourners "
      .. "gathered at the scene of the attack on Sunday.", "2024-05-20")
    assert.equal(1, #r)
    assert.equal("2024-05-17", r[1].date)
  end)

  it("near miss: a second blast on its own day is told", function()
    local r = run("A bomb exploded at a night market in Cebu late on Friday, killing nine "
      .. "people. Another bomb exploded near a church in Cebu on Sunday morning, killing two.",
      "2024-05-20")
    assert.equal(2, #r)
  end)
end)

describe("extract: a place name the gazetteer gives with 'the', written in lower case", function()
  it("is common words ('the west bank of the river')", function()
    local r = run("In May 1998, gunmen killed 20 tourists at a temple on the west bank of "
      .. "the Nile at Aswan.")
    assert.equal(1, #r)
    assert.equal("Aswan", r[1].place)
    assert.equal("EG", r[1].country)
  end)

  it("near miss: the West Bank with its capitals is the territory", function()
    local r = run("In May 1998, gunmen killed two soldiers at a checkpoint in the West Bank.")
    assert.equal(1, #r)
    assert.equal("PS", r[1].country)
  end)
end)

describe("extract: one victim named as the object of 'killing'", function()
  it("counts one ('killing Sgt. Ann Cole, 31, and wounding ...')", function()
    local r = run("In 2011, a man opened fire outside an army office in Tulsa, killing Sgt. "
      .. "Ann Cole, 31, and wounding Cpl. Ben Hart.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
    assert.equal(1, r[1].killed_hi)
  end)

  it("also a name with no title", function()
    local r = run("Gunmen stormed a cafe in Tulsa on Friday, killing Mark Olsen and wounding "
      .. "two waiters.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
  end)

  it("near miss: a group's name before its members is no one person", function()
    local r = run("Gunmen stormed a cafe in Tulsa on Friday, killing Border Patrol agents and "
      .. "a cook.")
    assert.equal(1, #r)
    assert.is_not.equal(1, r[1].killed_hi)
  end)
end)

describe("extract: a higher plain count told after a toll that rose", function()
  it("is the newer count", function()
    local r = run("Two bombs exploded in the market of Kilis on Saturday, killing 30 people. "
      .. "The toll rose to 33 overnight, and the governor said on Sunday that 36 were dead.")
    assert.equal(1, #r)
    assert.equal(36, r[1].killed_lo)
  end)

  it("near miss: a lower count told after the rise stays an older one", function()
    local r = run("Two bombs exploded in the market of Kilis on Saturday. The toll rose to "
      .. "33 overnight; a nurse had earlier told reporters that 20 were dead.")
    assert.equal(1, #r)
    assert.equal(33, r[1].killed_lo)
  end)
end)

describe("extract: a person's first name after 'of' in a scene with no known place", function()
  it("is a person; the town named after the person is the scene", function()
    local r = run("On New Year's Day 2012, a man armed with a knife broke into the house of "
      .. "Lars Vilborg, a retired judge who had tried a militant's case, in Vejlby. Police "
      .. "shot and wounded the intruder.")
    assert.equal(1, #r)
    assert.equal("Vejlby", r[1].place)
    assert.equal("2012-01-01", r[1].date)
  end)

  it("near miss: a town after 'of' is still the scene", function()
    local r = run("On New Year's Day 2012, a man armed with a knife broke into a farmhouse "
      .. "on the edge of Vejlby. Police shot and wounded the intruder.")
    assert.equal(1, #r)
    assert.equal("Vejlby", r[1].place)
  end)
end)
