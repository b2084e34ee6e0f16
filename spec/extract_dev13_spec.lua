-- Specs of incidents.extract on the construction classes that eval/dev13
-- showed (regional dailies of South Asia, the Middle East and Africa,
-- anniversary pieces, court reports, weekly security roundups). Our own
-- sentences, run with the default pack; no sentence of the set is quoted.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.dated_extract(pack, "2024-03-09")

describe("extract: a town no list knows, told as lying in a province", function()
  it("is the place when told as a farming community after 'of'", function()
    local r = run("Residents of Dalko, a farming community in Tafa Local Government Area "
      .. "of Niger State, said gunmen abducted 40 pupils from a school on Thursday.")
    assert.equal(1, #r)
    assert.equal("Dalko", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("is the place after a verb of entering, told by its commune", function()
    local r = run("Gunmen entered Dalko, in Tafa commune, in the evening and killed nine "
      .. "civilians.")
    assert.equal(1, #r)
    assert.equal("Dalko", r[1].place)
  end)

  it("is the place when told by 'the eastern province of'", function()
    local r = run("Gunmen opened fire on worshippers at a church in Dalko, in the eastern "
      .. "province of Gnagna, on Sunday.")
    assert.equal(1, #r)
    assert.equal("Dalko", r[1].place)
  end)

  it("is the place as 'X village in' a province the gazetteer knows", function()
    local r = run("Gunmen stormed a school in Dalko village in Gada Local Government Area of "
      .. "Sokoto State and abducted fifteen pupils.")
    assert.equal(1, #r)
    assert.equal("Dalko", r[1].place)
    assert.equal("NG", r[1].country)
  end)

  it("near miss: a province alone stays the place", function()
    local r = run("Gunmen stormed a school in Sokoto State and abducted fifteen pupils.")
    assert.equal(1, #r)
    assert.equal("Sokoto State", r[1].place)
  end)

  it("near miss: a person told after 'of' is no place", function()
    local r = run("Gunmen abducted 40 pupils in Kaduna State on Thursday, the spokesman "
      .. "of Governor Uba Sani said.")
    assert.equal(1, #r)
    assert.equal("Kaduna State", r[1].place)
  end)
end)

describe("extract: the police of a town confirming the attack just told", function()
  it("speak of it, no second event there", function()
    local r = run("Gunmen stormed a school in Dalko village in Gada Local Government Area of "
      .. "Sokoto State early on Saturday and abducted fifteen pupils. The police in Sokoto "
      .. "confirmed the attack but gave no figure.")
    assert.equal(1, #r)
    assert.equal("Dalko", r[1].place)
  end)

  it("near miss: the police of a town telling a bombing there place it there", function()
    local r = run("Police in Kano said a bomb exploded at a bus station on Friday, killing "
      .. "six people.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
  end)
end)

describe("extract: a weekly round-up", function()
  local issue = helper.published_extract(pack, "2022-05-16")

  it("dates its items' weekdays in the week its header names", function()
    local r = issue("Region Security Weekly\nWeek of 9-15 May 2022\n\n"
      .. "1. Borno: market bombed in Konduga\n\n"
      .. "On Monday, a bomb hidden in a cart exploded at the cattle market in Konduga, "
      .. "killing four traders.\n\n"
      .. "2. Yobe: gunmen raid Geidam\n\n"
      .. "Gunmen shot dead two vigilantes in Geidam on Thursday night.\n\n"
      .. "3. Adamawa: church attacked in Mubi\n\n"
      .. "Gunmen set fire to a church in Mubi late on Saturday; nobody was hurt.\n")
    local by = {}
    for _, x in ipairs(r) do by[x.place] = x end
    assert.equal("2022-05-09", by.Konduga.date)
    assert.equal("2022-05-12", by.Geidam.date)
    assert.equal("2022-05-14", by.Mubi.date)
  end)

  it("dates an item by the weekday of its heading", function()
    local r = issue("THE WEEK OF MONDAY 9 TO SUNDAY 15 MAY 2022\nThe week of Monday 9 to Sunday "
      .. "15 May 2022\n\n"
      .. "1. Dalko (Gnagna province), Tuesday. Gunmen entered Dalko, in Bogande commune, and "
      .. "killed eleven civilians.\n\n"
      .. "2. Kwali (Soum province), Friday. Armed men attacked a patrol near Kwali, killing six "
      .. "soldiers.\n\n"
      .. "3. Tibga (Gourma province), Sunday. A bomb struck a bus near Tibga; four passengers "
      .. "died.\n")
    local by = {}
    for _, x in ipairs(r) do by[x.place] = x end
    assert.equal("2022-05-10", by.Dalko.date)
    assert.equal("2022-05-13", by.Kwali.date)
    assert.equal("2022-05-15", by.Tibga.date)
  end)

  it("near miss: with no week named, a weekday is the one before the issue", function()
    local r = issue("1. Borno: market bombed in Konduga\n\n"
      .. "On Wednesday, a bomb hidden in a cart exploded at the cattle market in Konduga, "
      .. "killing four traders.\n")
    local k
    for _, x in ipairs(r) do if x.place == "Konduga" then k = x end end
    assert.equal("2022-05-11", k.date)
  end)

  it("near miss: an explainer's numbered sections tell one story", function()
    local r = issue("1. The attack\n\nGunmen killed nine soldiers at a base in Kwali, Niger, "
      .. "on Friday.\n\n2. The group\n\nThe fighters belong to a faction that has grown.\n\n"
      .. "3. The toll\n\nOfficials later said 12 soldiers had died.\n")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)

describe("extract: a holiday named as a season", function()
  it("is no date of the event", function()
    local r = run("The violence came three weeks after a bus carrying pupils home from the "
      .. "Christmas holidays struck a roadside bomb near Kaya, in Sanmatenga province, on "
      .. "Saturday 4 January. Nine people were killed.", "2020-01-27")
    assert.equal(1, #r)
    assert.equal("2020-01-04", r[1].date)
  end)

  it("near miss: a bombing on Christmas Day is dated by it", function()
    local r = run("A bomb exploded outside a church in Jos on Christmas Day, killing five.",
      "2020-01-10")
    assert.equal(1, #r)
    assert.equal("2019-12-25", r[1].date)
  end)
end)

describe("extract: a place told by where it lies", function()
  it("a village east of a town no list knows is placed at that town", function()
    local r = run("Residents of a village east of Dalko said fighters abducted six clan elders "
      .. "on Friday night.")
    assert.equal(1, #r)
    assert.equal("Dalko", r[1].place)
  end)

  it("the country across a border is not the scene's", function()
    local r = run("In Mali, fighters attacked a gendarmerie camp on Sunday. Before dawn they "
      .. "had overrun the camp in Dalko, near the border with Mauritania, killing 20 "
      .. "gendarmes.")
    for _, x in ipairs(r) do assert.are_not.equal("MR", x.country) end
  end)
end)

describe("extract: counts that are no incident of their own", function()
  it("attackers counted as 'N dead attackers' make no report", function()
    local r = run("Gunmen killed 35 civilians in Arbinda on Tuesday.\n\n\"Sixty dead attackers "
      .. "tells you how many came,\" one analyst said.", "2019-12-26")
    assert.equal(1, #r)
    assert.equal(35, r[1].killed_lo)
  end)

  it("near miss: 'N dead villagers' is a toll", function()
    local r = run("Gunmen raided Arbinda on Tuesday. Residents counted forty dead villagers.",
      "2019-12-26")
    assert.equal(1, #r)
    assert.equal(40, r[1].killed_lo)
  end)

  it("a toll over the two incidents in six days is a sum", function()
    local r = run("Gunmen killed 30 civilians at a market in Dalko on Monday.\n\nArmed men killed "
      .. "12 herders in Kwali on Saturday.\n\nWith Monday's attack, at least 42 civilians were "
      .. "killed in the two incidents in six days.", "2022-05-16")
    assert.equal(2, #r)
    for _, x in ipairs(r) do assert.is_true(x.killed_lo < 42) end
  end)

  it("near miss: a toll of twin blasts on one day is the event's", function()
    local r = run("Two car bombs exploded minutes apart in Mahaday on Wednesday; 35 people were "
      .. "killed in the two blasts.", "2022-05-16")
    assert.equal(1, #r)
    assert.equal(35, r[1].killed_lo)
  end)

  it("the movement of armed men reported near a town is no attack", function()
    local r = run("Gunmen abducted 40 pupils from a school in Kuje on Thursday. Residents said "
      .. "they had reported the movement of armed men in nearby villages for two days before "
      .. "the attack.")
    assert.equal(1, #r)
  end)

  it("near miss: armed men who raided a village did attack", function()
    local r = run("Armed men raided a village near Kuje on Tuesday and killed four farmers.")
    assert.equal(1, #r)
    assert.equal(4, r[1].killed_lo)
  end)
end)

describe("extract: the day of a statement about the event told", function()
  it("a talk with reporters on a later day gives no second event", function()
    local r = run("At least 12 people were killed when a truck bomb hit the gate of a base in "
      .. "Bannu on Tuesday evening.\n\nThe district commissioner, in a short talk with "
      .. "reporters on Wednesday morning, confirmed that the final toll stood at fourteen "
      .. "dead - four soldiers and ten civilians - and said the attackers were not counted.\n\n"
      .. "A faction calling itself the Lions of the Frontier claimed responsibility for the "
      .. "attack.", "2025-03-05")
    assert.equal(1, #r)
    assert.equal("2025-03-04", r[1].date)
    assert.is_true(r[1].claimed)
  end)

  it("'as of Friday night' is when a state of things held", function()
    local r = run("Gunmen abducted 40 pupils from a school in Kuje on Thursday morning.\n\n"
      .. "No group has claimed responsibility for the abduction, and as of Friday night the "
      .. "kidnappers had made no demand.")
    assert.equal(1, #r)
    assert.equal("2024-03-07", r[1].date)
    assert.is_false(r[1].claimed)
  end)

  it("near miss: an attack on a later day is another event", function()
    local r = run("Gunmen abducted 40 pupils from a school in Kuje on Thursday morning.\n\n"
      .. "On Friday night, gunmen abducted nine farmers in Gwagwalada.")
    assert.equal(2, #r)
  end)
end)

describe("extract: an anniversary piece", function()
  local lead = "Ten years ago this week, the hostels of the college in Buni Gari were full of "
    .. "sleeping boys. By sunrise, gunmen had shot or burned dozens of them, and a small "
    .. "town in Yobe State had become a name every parent feared.\n\n"

  it("dates the event it opens with by the years back", function()
    local r = run(lead, "2024-02-25")
    assert.equal(1, #r)
    assert.equal("2014", r[1].date)
  end)

  it("places it at the town its opening line names, not the province", function()
    local r = run("Ten years ago this week, the hostels of the college in Buni Yadi were full "
      .. "of sleeping boys. By sunrise, gunmen had shot or burned dozens of them, and a small "
      .. "town in Yobe State had become a name every parent feared.\n\n", "2024-02-25")
    assert.equal(1, #r)
    assert.equal("Buni Yadi", r[1].place)
  end)

  it("takes the full day told later of the same event", function()
    local r = run(lead .. "The gunmen reached the college shortly before 2am on Tuesday, "
      .. "February 25, 2014, and set the hostels on fire.", "2024-02-25")
    assert.equal(1, #r)
    assert.equal("2014-02-25", r[1].date)
  end)

  it("dates a later attack 'of the same year' by the event told, not the memorial",
    function()
    local r = run(lead .. "The gunmen reached the college on Tuesday, February 25, 2014.\n\n"
      .. "On Sunday, two hundred people gathered for a memorial prayer.\n\n"
      .. "On November 10 of the same year, a suicide bomber blew himself up at a school "
      .. "in Potiskum, killing 47.", "2024-02-25")
    local by = {}
    for _, x in ipairs(r) do by[x.place or "?"] = x end
    assert.equal("2014-11-10", by.Potiskum.date)
  end)

  it("near miss: 'this week' with no years back is the page's week", function()
    local r = run("This week, gunmen shot dead three farmers near Buni Gari.", "2024-02-25")
    assert.equal(1, #r)
    assert.are_not.equal("2014", r[1].date)
  end)
end)

describe("extract: a group that never admitted the attack", function()
  it("claimed nothing", function()
    local r = run("On November 10, a suicide bomber blew himself up at a school in Potiskum, "
      .. "killing 47. Boko Haram was blamed for that bombing too, although it never "
      .. "admitted it.", "2014-11-20")
    assert.equal(1, #r)
    assert.is_false(r[1].claimed)
  end)

  it("near miss: one that admitted it did", function()
    local r = run("On November 10, a suicide bomber blew himself up at a school in Potiskum, "
      .. "killing 47. Two days later Boko Haram admitted it.", "2014-11-20")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
  end)
end)

describe("extract: a capital's ministry speaking of the event", function()
  it("is the government, no place of a second event", function()
    local r = run("Two suicide bombers blew themselves up at the gate of the Iranian embassy in "
      .. "Beirut on Tuesday, killing 23 people. Tehran's foreign ministry spokeswoman "
      .. "described the bombing as an inhuman act.", "2013-11-20")
    assert.equal(1, #r)
    assert.equal("Beirut", r[1].place)
  end)

  it("near miss: a bombing in the capital is placed there", function()
    local r = run("A bomb exploded outside a ministry in Tehran on Tuesday, killing two guards.",
      "2013-11-20")
    assert.equal(1, #r)
    assert.equal("Tehran", r[1].place)
  end)
end)

describe("extract: towns the gazetteer now holds", function()
  it("finds Akora Khattak whole, not Akora", function()
    local r = run("A suicide bomber struck a seminary in Akora Khattak during Friday prayers, "
      .. "killing six people.", "2025-03-05")
    assert.equal(1, #r)
    assert.equal("Akora Khattak", r[1].place)
  end)

  it("places Sokolo in Mali", function()
    local r = run("Fighters overran the gendarmerie camp in Sokolo on Sunday, killing 20 "
      .. "gendarmes.", "2020-01-27")
    assert.equal(1, #r)
    assert.equal("ML", r[1].country)
  end)
end)

describe("extract: a court report's old attack", function()
  local story = "A court in Brussels on Tuesday sentenced a man from Lyon to life in prison "
    .. "for the killings.\n\nThe shooting took place on Saturday, May 24, 2014, in the Sablon "
    .. "district of the Belgian capital, a quarter of antique shops. Three people died.\n\n"

  it("is placed in the capital a district is told of, not the town told last", function()
    local r = run(story, "2019-03-12")
    assert.equal(1, #r)
    assert.equal("Brussels", r[1].place)
    assert.equal("BE", r[1].country)
  end)

  it("and an arrest counted from it makes no second event", function()
    local r = run(story .. "Six days after the shooting, the man was stopped during a customs "
      .. "check at the bus station in Lyon.", "2019-03-12")
    assert.equal(1, #r)
    assert.equal("Brussels", r[1].place)
  end)

  it("near miss: a new attack days after the first is its own", function()
    local r = run(story .. "Six days after the shooting, a gunman shot dead two guards at a "
      .. "synagogue in Antwerp.", "2019-03-12")
    assert.equal(2, #r)
  end)
end)

describe("extract: a town told by where it lies, ', in X'", function()
  it("is the place even when X is a town of another country in the gazetteer", function()
    local r = run("In April 2023, a man armed with a hatchet climbed the wall of a daycare "
      .. "centre in Blumenau, in Santa Catarina, and killed four young children.",
      "2024-03-13")
    assert.equal(1, #r)
    assert.equal("Blumenau", r[1].place)
    assert.equal("BR", r[1].country)
  end)

  it("near miss: a town followed by its state after a bare comma stays the place", function()
    local r = run("In April 2023, gunmen killed four people in Santa Catarina, Nuevo Leon.",
      "2024-03-13")
    assert.equal(1, #r)
    assert.equal("Santa Catarina", r[1].place)
  end)
end)

describe("extract: an anniversary piece that opens with the day but no event word", function()
  local body = "Five years on, the bell at the state school in Suzano still rings at the hour "
    .. "it did on the morning of March 13, 2019.\n\nWhat happened\n\nTwo former pupils went in "
    .. "during the break and fired at pupils with a revolver.\n\nTen people died in all, a "
    .. "figure that includes the two attackers. Eleven other people were wounded.\n"

  it("dates and places the event the page tells by that opening", function()
    local r = run(body, "2024-03-13")
    assert.equal(1, #r)
    assert.equal("2019-03-13", r[1].date)
    assert.equal("Suzano", r[1].place)
  end)

  it("near miss: a page with no anniversary opening leaves the toll undated", function()
    local r = run("The bell at the state school in Suzano rang on the morning of March 13, "
      .. "2019.\n\nWhat happened\n\nTwo former pupils went in during the break and fired at "
      .. "pupils with a revolver.\n\nTen people died in all, a figure that includes the two "
      .. "attackers. Eleven other people were wounded.\n", "2024-03-13")
    assert.equal(1, #r)
    assert.is_nil(r[1].date)
  end)
end)

describe("extract: a siege that commandos ended", function()
  it("is the militants' hostage-taking, placed at the town told as its scene", function()
    local r = run("Kohat itself was the scene of a standoff in December 2022 when detained "
      .. "militants seized the police compound and took its staff hostage; the siege ended "
      .. "after two days when commandos stormed the building.", "2025-03-05")
    assert.equal(1, #r)
    assert.equal("Kohat", r[1].place)
    assert.equal("2022-12", r[1].date)
  end)

  it("near miss: a raid by security forces alone is no incident", function()
    local r = run("Security forces raided a militant hideout in Kohat in December 2022, "
      .. "killing six suspects.", "2025-03-05")
    assert.equal(0, #r)
  end)

  it("an office named after its district is no person", function()
    local r = run("Deputy Commissioner Kohat told reporters the toll was final.\n\nKohat itself "
      .. "was the scene of a standoff in December 2022 when detained militants seized the "
      .. "police compound and took its staff hostage.", "2025-03-05")
    assert.equal(1, #r)
    assert.equal("Kohat", r[1].place)
  end)
end)

describe("extract: a group named by the name it gives itself", function()
  it("is the perpetrator, whole, commas and all", function()
    local r = run("On August 15, a car bomb went off in a crowded neighbourhood of Beirut, "
      .. "killing at least 27 people. A little-known group calling itself the Brigades of "
      .. "Aisha, Mother of the Believers, claimed that attack in a video.", "2013-11-20")
    assert.equal(1, #r)
    assert.equal("Brigades of Aisha, Mother of the Believers", r[1].perpetrator)
    assert.is_true(r[1].claimed)
  end)

  it("with an Arabic article inside the name", function()
    local r = run("Two car bombs hit the wall of a base in Bannu on Tuesday, killing 18. A "
      .. "faction calling itself Jaish al-Fursan claimed responsibility for the attack.",
      "2025-03-05")
    assert.equal(1, #r)
    assert.equal("Jaish al-Fursan", r[1].perpetrator)
  end)

  it("near miss: 'calling itself' with no name after it names no group", function()
    local r = run("Two car bombs hit the wall of a base in Bannu on Tuesday, killing 18. A "
      .. "faction calling itself a movement of the poor later denied any role.", "2025-03-05")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)
end)

describe("extract: a court report's massacre told by province, then by town and day", function()
  local lead = "QUEZON CITY - A court on Thursday found the heirs of a powerful clan guilty of "
    .. "murder for the massacre of 58 people on a hillside in Maguindanao province more than "
    .. "ten years ago.\n\n"
    .. "The massacre took place on the morning of November 23, 2009, in the town of "
    .. "Dalican.\n\n"

  it("is one event, at the town and on the day", function()
    local r = run(lead, "2019-12-19")
    assert.equal(1, #r)
    assert.equal("2009-11-23", r[1].date)
    assert.equal("Dalican", r[1].place)
    assert.equal(58, r[1].killed_lo)
  end)

  it("and 'After the massacre, ... martial law in December 2009' is no event", function()
    local r = run(lead .. "After the massacre, the government placed Maguindanao under martial "
      .. "law for about a week in December 2009.", "2019-12-19")
    assert.equal(1, #r)
  end)

  it("and 'the 2009 massacre' in a caption recalls it", function()
    local r = run(lead .. "Caption: Relatives of victims of the 2009 massacre hold photographs "
      .. "outside the court on Thursday.", "2019-12-19")
    assert.equal(1, #r)
  end)

  it("near miss: a killing in another town of the province on another day is its own",
    function()
    local r = run(lead .. "A witness was shot dead in the town of Parang in June 2010.",
      "2019-12-19")
    assert.equal(2, #r)
  end)
end)

describe("extract: a group saying its fighters fired the shells", function()
  it("claims the shelling", function()
    local r = run("Several mortar rounds were fired at the airport base in Mogadishu late on "
      .. "Thursday; the African Union said no one was hurt. Al-Shabaab said on Friday that its "
      .. "fighters had fired the mortars.", "2023-01-09")
    assert.equal(1, #r)
    assert.equal("al-Shabaab", r[1].perpetrator)
    assert.is_true(r[1].claimed)
  end)

  it("near miss: soldiers who fired back claim nothing for a group", function()
    local r = run("Several mortar rounds were fired at the airport base in Mogadishu late on "
      .. "Thursday; the African Union said no one was hurt. The army said on Friday that its "
      .. "soldiers had fired back.", "2023-01-09")
    assert.equal(1, #r)
    assert.is_not_true(r[1].claimed)
  end)
end)

describe("extract: another group of the dead told with 'also'", function()
  it("adds to the toll", function()
    local r = run("At least 35 civilians were killed on Tuesday when gunmen stormed the town of "
      .. "Arbinda. Seven soldiers were also killed in the fighting.", "2019-12-26")
    assert.equal(1, #r)
    assert.equal(42, r[1].killed_lo)
    assert.is_nil(r[1].killed_hi)
  end)

  it("near miss: a later toll without 'also' is a revision, not a part", function()
    local r = run("At least 35 civilians were killed on Tuesday when gunmen stormed the town of "
      .. "Arbinda. By Wednesday 40 people had been killed, officials said.", "2019-12-26")
    assert.equal(1, #r)
    assert.equal(40, r[1].killed_lo)
  end)
end)

describe("extract: a victim told by where he came from", function()
  it("is counted", function()
    local r = run("Gunmen abducted 40 pupils from a school in Kuje on Thursday. A resident said "
      .. "one man from the community, who had run after the gunmen to free his child, was "
      .. "shot dead.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
  end)

  it("near miss: men who came from the forest are no toll", function()
    local r = run("Gunmen abducted 40 pupils from a school in Kuje on Thursday. Residents said "
      .. "the men from the forest were armed.")
    assert.equal(1, #r)
    assert.is_nil(r[1].killed_lo)
  end)
end)
