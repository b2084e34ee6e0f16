-- Specs of how news writes tolls and scenes that the engine missed on fresh
-- pages: one victim told by an age and a noun, "shot and killed", ages that
-- are no count, two people named as the victims, a dateline's town beside
-- the scene, a country across a border. Each rule in three wordings of our
-- own and a near miss where it must not fire. Sentences written for these
-- specs.
local rules = require "incidents.rules"
local casualties = require "incidents.grammar.casualties"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))
local published = helper.published_extract(pack, "2024-05-20")

-- The first record of `kind` that `casualties.scan` finds in `text`.
local function first(text, kind)
  for _, r in ipairs(casualties.scan(text)) do
    if r.kind == (kind or "killed") then return r end
  end
  return nil
end

describe("extract misses: one victim told by an age and a noun", function()
  it("counts 'a 20-year-old waitress was killed' as one", function()
    local r = first("A 20-year-old waitress was killed when the device went off.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
    assert.equal(1, r.hi)
  end)

  it("counts 'an 84-year-old seamstress died' as one", function()
    local r = first("An 84-year-old seamstress died in the fire the attackers set.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("counts 'a 31-year-old cashier was shot dead' as one", function()
    local r = first("Police said a 31-year-old cashier was shot dead at the till.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("near miss: an age before a thing counts no one", function()
    assert.is_nil(first("A 20-year-old bridge was destroyed in the blast."))
  end)
end)

describe("extract misses: 'shot and killed' after the victims", function()
  it("reads 'Three residents were shot and killed'", function()
    local r = first("Three residents were shot and killed outside the store on Saturday.")
    assert.is_not_nil(r)
    assert.equal(3, r.lo)
  end)

  it("reads a longer noun phrase before 'shot and killed'", function()
    local r = first("Four elderly residents of Dayton were shot and killed in their homes.")
    assert.is_not_nil(r)
    assert.equal(4, r.lo)
  end)

  it("reads 'stabbed and killed'", function()
    local r = first("Two guards were stabbed and killed at the gate.")
    assert.is_not_nil(r)
    assert.equal(2, r.lo)
  end)

  it("near miss: 'shot and wounded' is no death", function()
    assert.is_nil(first("Three residents were shot and wounded outside the store."))
  end)
end)

describe("extract misses: ages after 'aged' are no count", function()
  it("does not add up 'aged 21 and 19'", function()
    local r = first("The brothers, aged 21 and 19, from the village of Kfar Dan, were killed.")
    assert.is_true(r == nil or (r.lo ~= 40 and r.lo ~= 19))
  end)

  it("does not read 'aged 30' as thirty dead", function()
    local r = first("Two women aged 30 were killed.")
    assert.is_true(r == nil or r.lo ~= 30)
  end)

  it("does not read 'aged 4 and 9, were wounded' as a toll", function()
    local r = first("Her sons, aged 4 and 9, were wounded.", "wounded")
    assert.is_true(r == nil or (r.lo ~= 13 and r.lo ~= 9))
  end)

  it("near miss: a count before the ages still counts", function()
    local r = first("Five people, aged 4 to 60, were killed.")
    assert.is_not_nil(r)
    assert.equal(5, r.lo)
  end)
end)

describe("extract misses: two people named as the victims", function()
  it("counts two names with their roles joined by 'and'", function()
    local r = first("Journalist Ana Ruiz and union leader Tomas Vidal were shot dead in the port.")
    assert.is_not_nil(r)
    assert.equal(2, r.lo)
    assert.equal(2, r.hi)
  end)

  it("counts two bare names", function()
    local r = first("Relatives said Karim Haddad and Sami Nasser were killed at the checkpoint.")
    assert.is_not_nil(r)
    assert.equal(2, r.lo)
  end)

  it("counts two names before 'were gunned down'", function()
    local r = first("Mayor Luis Parra and councillor Rosa Mena were gunned down on Friday.")
    assert.is_not_nil(r)
    assert.equal(2, r.lo)
  end)

  it("near miss: one name before 'was killed' is one", function()
    local r = first("Mayor Luis Parra was killed on Friday.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)
end)

-- A page whose masthead opens with a town's name, then the wire's dateline.
local function page(masthead, dateline, body)
  return masthead .. " \226\128\148 News every day\n\nHome | World | Contact\n\n"
    .. "Headline of the story\n\nWire Agency | 20 May 2024, 09:10 | 3 min read\n\n"
    .. dateline .. " - " .. body .. "\n"
end

describe("extract misses: the scene over the dateline's town", function()
  it("places an attack at a camp no list knows, not at the dateline", function()
    local r = published(page("DAKAR EXPRESS", "BAMAKO, May 20 (Wire)", "Twelve soldiers "
      .. "were killed when militants attacked an army camp at Tindouma, in the north of "
      .. "the country, the government said."))
    assert.equal(1, #r)
    assert.equal("Tindouma", r[1].place)
  end)

  it("places a bombing at a market no list knows, not at the dateline", function()
    local r = published(page("LAHORE TRIBUNE", "KABUL, May 20", "Six people were killed "
      .. "when a bomb exploded at a market at Sarkol, in the east of the country."))
    assert.equal(1, #r)
    assert.equal("Sarkol", r[1].place)
  end)

  it("places an assault on a post no list knows, not at the dateline", function()
    local r = published(page("DAKAR EXPRESS", "NIAMEY, May 20 (Wire)", "Gunmen attacked "
      .. "a border post at Tamalout, in the west of the country, killing 4 gendarmes."))
    assert.equal(1, #r)
    assert.equal("Tamalout", r[1].place)
  end)

  it("near miss: the dateline's town stays the place when no other is told", function()
    local r = published(page("DAKAR EXPRESS", "NIAMEY, May 20 (Wire)", "Gunmen attacked "
      .. "a border post, killing 4 gendarmes."))
    assert.equal(1, #r)
    assert.equal("Niamey", r[1].place)
  end)
end)

describe("extract misses: a country across a border is not the scene's", function()
  it("does not take the country after 'bordering'", function()
    local r = published("Date: 2024-05-20\n\nIn Chad, gunmen attacked a village bordering "
      .. "Nigeria on Sunday, killing 8 people.")
    assert.equal(1, #r)
    assert.not_equal("NG", r[1].country)
  end)

  it("does not take the countries after 'the borders with'", function()
    local r = published("Date: 2024-05-20\n\nIn Chad, gunmen attacked a village near the "
      .. "borders with Nigeria and Cameroon on Sunday, killing 8 people.")
    assert.equal(1, #r)
    assert.not_equal("CM", r[1].country)
    assert.not_equal("NG", r[1].country)
  end)

  it("does not take the country after 'the border with'", function()
    local r = published("Date: 2024-05-20\n\nIn Chad, gunmen attacked a village near the "
      .. "border with Cameroon on Sunday, killing 8 people.")
    assert.equal(1, #r)
    assert.not_equal("CM", r[1].country)
  end)

  it("near miss: a country named as the scene is kept", function()
    local r = published("Date: 2024-05-20\n\nGunmen attacked a village in Niger on Sunday, "
      .. "killing 8 people.")
    assert.equal(1, #r)
    assert.equal("NE", r[1].country)
  end)
end)

describe("extract misses: a town no list knows told by the unit it lies in", function()
  it("places 'at Kalupur, in East Dinaj district of Assam'", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday rebels overran a camp of the border "
      .. "guards at Kalupur, in East Dinaj district of Assam, and 12 guards were killed.")
    assert.equal(1, #r)
    assert.equal("Kalupur", r[1].place)
  end)

  it("places 'at Barampur, in the Kurmi area of Bihar'", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday militants set fire to trucks belonging "
      .. "to a contractor at Barampur, in the Kurmi area of Bihar.")
    assert.equal(1, #r)
    assert.equal("Barampur", r[1].place)
  end)

  it("places 'near Tolapur in Narsi district of Jharkhand' over the state", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a landmine blew apart a bus near "
      .. "Tolapur in Narsi district of Jharkhand, and 9 people were killed.")
    assert.equal(1, #r)
    assert.equal("Tolapur", r[1].place)
  end)

  it("near miss: 'at' a name told by no unit after it is no place", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday militants set fire to trucks of a "
      .. "firm at Barampur, in the Kurmi market of Bihar.")
    for _, x in ipairs(r) do assert.not_equal("Barampur", x.place) end
  end)
end)

describe("extract misses: a derailment caused on purpose is an attack", function()
  it("keeps a train derailed after the track was sabotaged", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a passenger train derailed near Patna "
      .. "after a stretch of rail was sabotaged, and 40 people died.")
    assert.equal(1, #r)
    assert.equal(40, r[1].killed_lo)
  end)

  it("keeps a derailment after the line had been sabotaged", function()
    local r = published("Date: 2024-05-20\n\nA freight train derailed on Sunday near Patna "
      .. "after the line had been sabotaged; 3 crew members died.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
  end)

  it("keeps an express derailed where the rail had been sabotaged", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday an express derailed near Patna, "
      .. "killing 12 people, after the rail had been sabotaged.")
    assert.equal(1, #r)
  end)

  it("near miss: a derailment after heavy rain is an accident", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a passenger train derailed near Patna "
      .. "after heavy rain, and 40 people died.")
    assert.equal(0, #r)
  end)
end)

describe("extract misses: insurgents killed by the state are no toll", function()
  it("reads 'police killed around 40 guerrillas' as attackers", function()
    local r = casualties.scan("In March police killed around 40 guerrillas in the district.")
    assert.is_true(#r == 0 or r[1].perpetrators)
  end)

  it("reads 'troops killed 20 separatists' as attackers", function()
    local r = casualties.scan("Last year troops killed 20 separatists in the hills.")
    assert.is_true(#r == 0 or r[1].perpetrators)
  end)

  it("reads 'police killed 12 Maoists' as attackers", function()
    local r = casualties.scan("In April police killed 12 Maoists in the forest.")
    assert.is_true(#r == 0 or r[1].perpetrators)
  end)

  it("near miss: 'guerrillas killed 12 villagers' is a toll", function()
    local r = first("Guerrillas killed 12 villagers in the forest in April.")
    assert.is_not_nil(r)
    assert.equal(12, r.lo)
    assert.is_false(r.perpetrators)
  end)
end)

describe("extract misses: a bomb thrown by hand", function()
  it("finds 'threw explosives at a police post'", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday two men on a motorbike threw explosives "
      .. "at a police post in Quetta.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
  end)

  it("finds 'hurled grenades into a bus station' (one act, not many)", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday attackers hurled grenades into a "
      .. "crowded bus station in Garissa.")
    assert.equal(1, #r)
    assert.equal("Garissa", r[1].place)
  end)

  it("finds 'threw a bomb at a checkpoint'", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a man threw a bomb at a checkpoint in "
      .. "Kirkuk, wounding 4 guards.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
  end)

  it("near miss: 'threw tomatoes' is no attack", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday farmers threw tomatoes at a minister "
      .. "in Lyon.")
    assert.equal(0, #r)
  end)
end)

describe("extract misses: a vehicle driven through a crowd", function()
  it("finds 'a truck ploughed through a crowded market'", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a truck ploughed through a crowded "
      .. "market in Kano.")
    assert.equal(1, #r)
    assert.equal("unarmed_assault", r[1].attack_type)
  end)

  it("finds 'a car plowed through a parade'", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a car plowed through a parade in "
      .. "Dallas, killing 5 people.")
    assert.equal(1, #r)
    assert.equal(5, r[1].killed_lo)
  end)

  it("finds 'a van drove through a crowd of shoppers'", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a van drove through a crowd of shoppers "
      .. "in Leeds.")
    assert.equal(1, #r)
  end)

  it("near miss: 'the bill ploughed through parliament' is no attack", function()
    local r = published("Date: 2024-05-20\n\nThe bill ploughed through parliament on Sunday.")
    assert.equal(0, #r)
  end)
end)

describe("extract misses: a toll right after an event told without one", function()
  it("gives the toll to the event just told, not an older one of that figure", function()
    local r = published("Date: 2024-05-20\n\nIn March gunmen attacked a bank in Lahore and "
      .. "killed 6 people. On Sunday a car bomb exploded at a market in Quetta. Officials "
      .. "said 6 people were killed, making it the worst attack this year.")
    assert.equal(2, #r)
    assert.equal("Quetta", r[2].place)
    assert.equal(6, r[2].killed_lo)
  end)

  it("gives 'Police said 12 people died, making it the deadliest' to the last event",
    function()
    local r = published("Date: 2024-05-20\n\nIn March gunmen stormed a hotel in Kano and "
      .. "killed 12 guests. On Sunday a suicide bomber struck a mosque in Maiduguri. Police "
      .. "said 12 people died, making it the deadliest attack of the year.")
    assert.equal(2, #r)
    assert.equal(12, r[2].killed_lo)
  end)

  it("gives a bare toll with an event word to the event just told", function()
    local r = published("Date: 2024-05-20\n\nIn March a bomb hit a bus in Kabul, killing 9 "
      .. "people. On Sunday gunmen raided a school in Herat. 9 people were killed, the "
      .. "deadliest attack on a school.")
    assert.equal(2, #r)
    assert.equal(9, r[2].killed_lo)
  end)

  it("near miss: the event just told has a toll of its own", function()
    local r = published("Date: 2024-05-20\n\nIn March gunmen attacked a bank in Lahore and "
      .. "killed 6 people. On Sunday a car bomb exploded at a market in Quetta, killing 2. "
      .. "Officials said 6 people were killed in the March attack.")
    assert.equal(2, #r)
    assert.equal(2, r[2].killed_lo)
  end)
end)

describe("extract misses: a vague toll dealt by an actor told", function()
  it("finds 'the insurgents killed scores of civilians in the town of X'", function()
    local r = published("Date: 2024-05-20\n\nIn northern Cameroon, the insurgents killed "
      .. "scores of civilians in the border town of Kolofata in early February.")
    assert.equal(1, #r)
    assert.equal("Kolofata", r[1].place)
  end)

  it("finds 'militants killed dozens of villagers in X on Sunday'", function()
    local r = published("Date: 2024-05-20\n\nMilitants killed dozens of villagers in Djibo on "
      .. "Sunday.")
    assert.equal(1, #r)
    assert.equal("Djibo", r[1].place)
  end)

  it("finds 'gunmen killed several worshippers in X last week'", function()
    local r = published("Date: 2024-05-20\n\nGunmen killed several worshippers in Kaduna "
      .. "last week.")
    assert.equal(1, #r)
  end)

  it("near miss: 'has killed thousands of civilians over the past decade' is a sum",
    function()
    local r = published("Date: 2024-05-20\n\nThe group has killed thousands of civilians in "
      .. "Ituri over the past decade.")
    assert.equal(0, #r)
  end)
end)

describe("extract misses: a district no list knows whose name ends in a known one", function()
  it("places 'in Sar Kunar district of Nangarhar province' at the district", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a suicide bomber blew himself up at a "
      .. "funeral in Sar Kunar district of Nangarhar province, killing 9.")
    assert.equal(1, #r)
    assert.equal("Sar Kunar", r[1].place)
  end)

  it("places 'in Chak Logar district of Wardak province' at the district", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a roadside bomb hit a minibus in Chak "
      .. "Logar district of Wardak province, killing 6.")
    assert.equal(1, #r)
    assert.equal("Chak Logar", r[1].place)
  end)

  it("places 'in Mir Kabul district of Logar province' at the district", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday gunmen stormed a school in Mir Kabul "
      .. "district of Logar province, killing 3 teachers.")
    assert.equal(1, #r)
    assert.equal("Mir Kabul", r[1].place)
  end)

  it("near miss: 'in Logar province' is the province", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a roadside bomb hit a minibus in Logar "
      .. "province, killing 6.")
    assert.equal(1, #r)
    assert.equal("Logar", r[1].place)
  end)
end)

-- A round-up in numbered items whose headings name a town and a day.
local function roundup(items)
  local t = { "Date: 2024-05-20\n\nWEEKLY ROUNDUP\n\nThe week's incidents in brief.\n" }
  for k, it in ipairs(items) do
    t[#t + 1] = ("\n%d%s %s\n\n%s\n"):format(k, it.mark or ")", it.head, it.body)
  end
  return table.concat(t)
end

describe("extract misses: a round-up's items headed by a town and a day", function()
  it("dates 'Late on Thursday night' by the heading 'KANDAHAR - Thursday, 2 May'",
    function()
    local r = published(roundup {
      { head = "KANDAHAR \226\128\148 Thursday, 2 May", body = "Late on Thursday night a "
        .. "suicide bomber blew himself up at a checkpoint in Kandahar, killing 5 policemen." },
      { head = "JALALABAD \226\128\148 Saturday, 4 May", body = "Early on Saturday morning "
        .. "gunmen stormed a bank in Jalalabad and killed 3 guards." },
      { head = "HERAT \226\128\148 Tuesday, 7 May", body = "On Tuesday a roadside bomb hit a "
        .. "minibus near Herat, killing 6 passengers." } })
    assert.equal(3, #r)
    assert.equal("2024-05-02", r[1].date)
    assert.equal("2024-05-04", r[2].date)
    assert.equal("2024-05-07", r[3].date)
  end)

  it("reads items numbered '1.' with a hyphen after the town", function()
    local r = published(roundup {
      { mark = ".", head = "KANDAHAR - Thursday, 2 May", body = "On Thursday a bomb "
        .. "exploded at a market in Kandahar, killing 4 people." },
      { mark = ".", head = "KUNDUZ - Friday, 3 May", body = "On Friday gunmen attacked a "
        .. "police post in Kunduz, killing 2 officers." },
      { mark = ".", head = "HERAT - Tuesday, 7 May", body = "On Tuesday a roadside bomb hit "
        .. "a minibus near Herat, killing 6 passengers." } })
    assert.equal(3, #r)
    assert.equal("2024-05-03", r[2].date)
  end)

  it("places an item that names no town of its own by its heading", function()
    local r = published(roundup {
      { head = "KANDAHAR \226\128\148 Thursday, 2 May", body = "On Thursday a bomb exploded at "
        .. "a market in Kandahar, killing 4 people." },
      { head = "BAGRAM \226\128\148 Saturday, 4 May", body = "Early on Saturday a man "
        .. "detonated a suicide vest inside the airfield, killing 4 soldiers." },
      { head = "HERAT \226\128\148 Tuesday, 7 May", body = "On Tuesday a roadside bomb hit a "
        .. "minibus near Herat, killing 6 passengers." } })
    assert.equal(3, #r)
    assert.equal("2024-05-04", r[2].date)
    assert.equal("bagram", r[2].place:lower())
  end)

  it("near miss: an item's own full date stays its date", function()
    local r = published(roundup {
      { head = "KANDAHAR \226\128\148 Thursday, 2 May", body = "A bomb exploded at a market in "
        .. "Kandahar on 1 May, killing 4 people." },
      { head = "KUNDUZ \226\128\148 Friday, 3 May", body = "On Friday gunmen attacked a police "
        .. "post in Kunduz, killing 2 officers." },
      { head = "HERAT \226\128\148 Tuesday, 7 May", body = "On Tuesday a roadside bomb hit a "
        .. "minibus near Herat, killing 6 passengers." } })
    assert.equal(3, #r)
    assert.equal("2024-05-01", r[1].date)
  end)
end)

describe("extract misses: a town told by where it lies from another", function()
  it("places 'through Tarsha, the town south of Nablus' at Tarsha", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a gunman opened fire on a car on the "
      .. "main road through Tarsha, the town south of Nablus, killing two men.")
    assert.equal(1, #r)
    assert.equal("Tarsha", r[1].place)
  end)

  it("places 'in Tarsha, the village north of Jenin' at Tarsha", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a gunman opened fire on a car in "
      .. "Tarsha, the village north of Jenin, killing two men.")
    assert.equal(1, #r)
    assert.equal("Tarsha", r[1].place)
  end)

  it("places 'at Kafr Dan, the town west of Jenin' at Kafr Dan", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday gunmen attacked a checkpoint at Kafr "
      .. "Dan, the town west of Jenin, killing a soldier.")
    assert.equal(1, #r)
    assert.equal("Kafr Dan", r[1].place)
  end)

  it("near miss: 'through X, the birthplace of the mayor of Y' is no such phrase", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday a gunman opened fire on a car on the "
      .. "road through Tarsha, the birthplace of the mayor of Nablus, killing two men.")
    assert.equal(1, #r)
    assert.not_equal("Tarsha", r[1].place)
  end)

  it("reads a heading in capitals as the town the item spells in lower case", function()
    local r = published(roundup {
      { head = "KANDAHAR \226\128\148 Thursday, 2 May", body = "On Thursday a bomb exploded at "
        .. "a market in Kandahar, killing 4 people." },
      { head = "TARSHA \226\128\148 Saturday, 4 May", body = "On Saturday a gunman opened fire "
        .. "on a car in Tarsha, the town south of Nablus, killing two men. Hamas praised the "
        .. "shooting." },
      { head = "HERAT \226\128\148 Tuesday, 7 May", body = "On Tuesday a roadside bomb hit a "
        .. "minibus near Herat, killing 6 passengers." } })
    assert.equal(3, #r)
    assert.equal("Tarsha", r[2].place)
  end)
end)

describe("extract misses: a claim told of the group's fighters by name of the group", function()
  it("reads 'said the organisation's fighters had carried out the bombing'", function()
    local r = published("Date: 2024-05-20\n\nA suicide bomber blew himself up at a funeral in "
      .. "Jalalabad on Sunday, killing 9. Late on Sunday a statement carried by the Amaq news "
      .. "outlet of the Islamic State group said the organisation's fighters had carried out "
      .. "the bombing.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
  end)

  it("reads 'said the group's fighters had attacked the church'", function()
    local r = published("Date: 2024-05-20\n\nGunmen attacked a church in Kasese on Sunday, "
      .. "killing 4. The Allied Democratic Forces said the group's fighters had attacked the "
      .. "church.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
  end)

  it("reads 'said in a statement that the movement's fighters had bombed'", function()
    local r = published("Date: 2024-05-20\n\nA bomb exploded at a market in Mogadishu on "
      .. "Sunday, killing 6. Al-Shabaab said in a statement that the movement's fighters had "
      .. "bombed the market.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
  end)

  it("near miss: police saying it of 'the group's fighters' name no group", function()
    local r = published("Date: 2024-05-20\n\nA bomb exploded at a market in Mogadishu on "
      .. "Sunday, killing 6. Police said the group's fighters had carried out the bombing.")
    assert.equal(1, #r)
    assert.is_not_true(r[1].claimed)
  end)
end)

-- A page whose masthead and weather line name a town of another country
-- than the wire's dateline below.
local function masthead_page(town, dateline, body)
  return town:upper() .. " EXPRESS \226\128\148 News every day\n\nHome | World | Contact\n\n"
    .. town .. "  38\194\176C  Partly cloudy\n\nSAHEL > NEWS\n\nHeadline of the story\n\n"
    .. "Wire Agency | 20 May 2024, 09:10 | 3 min read\n\n" .. dateline .. " - " .. body .. "\n"
end

describe("extract misses: the sentence's own dateline over a masthead's town", function()
  it("gives a camp no list knows the dateline's country, not the masthead's", function()
    local r = published(masthead_page("Niamey", "BAMAKO, May 20 (Wire)", "Twelve soldiers "
      .. "were killed when militants attacked an army camp at Tindouma, close to the border "
      .. "with Niger, the government said."))
    assert.equal(1, #r)
    assert.equal("ML", r[1].country)
  end)

  it("gives a base no list knows the dateline's country", function()
    local r = published(masthead_page("Dakar", "NIAMEY, May 20 (Wire)", "Eight soldiers "
      .. "were killed when gunmen attacked an army base at Tamalout, close to the border with "
      .. "Mali, officials said."))
    assert.equal(1, #r)
    assert.equal("NE", r[1].country)
  end)

  it("gives a post no list knows the dateline's country", function()
    local r = published(masthead_page("Dakar", "NDJAMENA, May 20 (Wire)", "Four gendarmes "
      .. "were killed when militants attacked a border post at Tindouma, close to the border "
      .. "with Niger, the army said."))
    assert.equal(1, #r)
    assert.equal("TD", r[1].country)
  end)

  it("near miss: a country the sentence names itself is kept", function()
    local r = published(masthead_page("Niamey", "BAMAKO, May 20 (Wire)", "Twelve soldiers "
      .. "were killed when militants attacked an army camp at Tindouma in Burkina Faso, the "
      .. "government said."))
    assert.equal(1, #r)
    assert.equal("BF", r[1].country)
  end)
end)

describe("extract misses: a list of victims with a share of a group first", function()
  it("adds 'two of his bodyguards and a woman who was passing by'", function()
    local r = first("Two of his bodyguards and a woman who happened to be passing by were "
      .. "killed.")
    assert.is_not_nil(r)
    assert.equal(3, r.lo)
  end)

  it("adds 'three of the guards and a cook who had come to work'", function()
    local r = first("Three of the guards and a cook who had come to work were killed.")
    assert.is_not_nil(r)
    assert.equal(4, r.lo)
  end)

  it("adds 'two of their sons and a neighbour who tried to help'", function()
    local r = first("Two of their sons and a neighbour who tried to help were wounded.",
      "wounded")
    assert.is_not_nil(r)
    assert.equal(3, r.lo)
  end)

  it("near miss: a share alone with a clause counts the share", function()
    local r = first("Three of the guards who were on duty were killed.")
    assert.is_not_nil(r)
    assert.equal(3, r.lo)
  end)
end)

describe("extract misses: victims told with asides one after another", function()
  it("reads 'Two men, brothers X and Y, aged 21 and 19, from Z, were killed'", function()
    local r = first("Two men, brothers Omar and Yusuf Dabbas, aged 21 and 19, from the village "
      .. "of Kafr Dan, were killed.")
    assert.is_not_nil(r)
    assert.equal(2, r.lo)
  end)

  it("reads 'Three women, sisters, from the town of X, were killed'", function()
    local r = first("Three women, sisters, from the town of Tarsha, were killed.")
    assert.is_not_nil(r)
    assert.equal(3, r.lo)
  end)

  it("reads 'Four guards, all police officers, both shifts, were wounded'", function()
    local r = first("Four guards, all police officers, from the night shift, were wounded.",
      "wounded")
    assert.is_not_nil(r)
    assert.equal(4, r.lo)
  end)

  it("near miss: ages after 'aged' are still no count", function()
    local r = first("The brothers, aged 21 and 19, from the village of Kafr Dan, were killed.")
    assert.is_true(r == nil or (r.lo ~= 40 and r.lo ~= 19))
  end)
end)

describe("extract misses: a toll lowered is not replaced by the count it corrected", function()
  it("keeps 35 after 'lowered the death toll ... to 35' and '95 bodies'", function()
    local r = published("Date: 2024-05-20\n\nThe government has lowered the official death "
      .. "toll from Sunday's massacre in the village of Tindouma to 35. Local officials on "
      .. "Monday said they had counted 95 bodies.")
    assert.equal(1, #r)
    assert.equal(35, r[1].killed_lo)
  end)

  it("keeps 12 after 'cut the toll ... to 12' and 'had spoken of 20 dead'", function()
    local r = published("Date: 2024-05-20\n\nOfficials cut the toll from the attack on a "
      .. "market in Kano on Sunday to 12. Hospital staff had earlier spoken of 20 dead.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)

  it("keeps 14 after 'revised the toll ... down to 14' and '22 had died'", function()
    local r = published("Date: 2024-05-20\n\nThe ministry revised the toll from Sunday's "
      .. "bombing of the station in Quetta down to 14. Police on Monday said 22 people had "
      .. "died.")
    assert.equal(1, #r)
    assert.equal(14, r[1].killed_lo)
  end)

  it("near miss: after a toll that rose, a higher count is the newer one", function()
    local r = published("Date: 2024-05-20\n\nThe toll from Sunday's bombing of the station in "
      .. "Quetta rose to 14. Police on Monday said 22 people had died.")
    assert.equal(1, #r)
    assert.equal(22, r[1].killed_lo)
  end)
end)

describe("extract misses: what befell the attackers in a clause of their own", function()
  it("keeps '20 people died, including 8 of the attackers, who were shot by police'",
    function()
    local r = published("Date: 2024-05-20\n\nOn Sunday men armed with knives attacked a police "
      .. "station in Kashgar. State media said 20 people died, including 8 of the attackers, "
      .. "who were shot by police.")
    assert.equal(1, #r)
    assert.equal(20, r[1].killed_lo)
  end)

  it("keeps '9 people were killed, among them 3 gunmen, who were shot dead by soldiers'",
    function()
    local r = published("Date: 2024-05-20\n\nOn Sunday gunmen stormed a bank in Kano. Police "
      .. "said 9 people were killed, among them 3 gunmen, who were shot dead by soldiers.")
    assert.equal(1, #r)
    assert.equal(9, r[1].killed_lo)
  end)

  it("keeps a toll whose militants, who were cornered, were shot by troops", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday militants attacked a checkpoint in "
      .. "Quetta. Officials said 7 people died, including 2 militants, who were shot by "
      .. "troops.")
    assert.equal(1, #r)
    assert.equal(7, r[1].killed_lo)
  end)

  it("near miss: men shot dead by police during a raid are no attack", function()
    local r = published("Date: 2024-05-20\n\nOn Sunday 6 men were shot dead by police during a "
      .. "raid in Kashgar.")
    assert.equal(0, #r)
  end)
end)

describe("extract misses: the state's men as victims in the clause before the attack", function()
  it("keeps 'Eight soldiers were killed when gunmen attacked an army base'", function()
    local r = published("Date: 2024-05-20\n\nEight soldiers were killed when gunmen attacked an "
      .. "army base at Kidal.")
    assert.equal(1, #r)
    assert.equal(8, r[1].killed_lo)
  end)

  it("keeps 'Two troops were wounded while gunmen ambushed a convoy'", function()
    local r = published("Date: 2024-05-20\n\nTwo troops were wounded while gunmen ambushed a "
      .. "convoy near Kunduz.")
    assert.equal(1, #r)
    assert.equal("Kunduz", r[1].place)
  end)

  it("keeps 'Five policemen were killed after gunmen raided a station'", function()
    local r = published("Date: 2024-05-20\n\nFive policemen were killed after gunmen raided a "
      .. "police station in Kidal.")
    assert.equal(1, #r)
  end)

  it("near miss: soldiers who open fire on protesters act for the state", function()
    local r = published("Date: 2024-05-20\n\nSoldiers opened fire on protesters in Kidal, "
      .. "killing 3 people.")
    assert.equal(0, #r)
  end)
end)

describe("extract misses: one victim told by a possessive and a role", function()
  it("counts 'killed his employer' as one", function()
    local r = first("The driver killed his employer at the depot.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("counts 'shot dead his landlord' (a role) as one", function()
    local r = first("Police said the man shot dead his landlord.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("counts 'a waiter was killed' as one", function()
    local r = first("A waiter was killed in the blast.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("near miss: 'killed his chances' counts no one", function()
    assert.is_nil(first("The scandal killed his chances of re-election."))
  end)
end)

describe("extract misses: one person hurt and then dead", function()
  it("counts 'a 10-year-old boy was stabbed near his school and died the next day'",
    function()
    local r = first("Last month a 10-year-old boy was stabbed near his school in Dalian and "
      .. "died the next day.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("counts 'A guard was shot in the leg and died in hospital'", function()
    local r = first("A guard was shot in the leg and died in hospital.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("counts 'An elderly man was stabbed and later died'", function()
    local r = first("An elderly man was stabbed at the gate and later died.")
    assert.is_not_nil(r)
    assert.equal(1, r.lo)
  end)

  it("near miss: a gunman shot by police who died is the attacker", function()
    local r = first("A gunman was shot by police and died.")
    assert.is_true(r == nil or r.perpetrators)
  end)
end)
