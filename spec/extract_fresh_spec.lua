-- Specs of incidents.extract on constructions met in fresh articles (eval/dev5,
-- written blind): state actions told with an attack word, one event told in
-- pieces, and incidents told in a form the extractor missed. Our own
-- sentences, run with the default pack; each class has a near miss that must
-- still behave.
local rules = require "incidents.rules"
local casualties = require "incidents.grammar.casualties"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2024-05-15")

-- A whole page, its date taken from its own "Date:" line.
local function extract_article(text)
  local article = require "incidents.article"
  local extract = require "incidents.extract"
  return extract.article(assert(article.from_text(text, {})), pack)
end

describe("extract: a state's action told with an attack word", function()
  it("takes an event word joined by 'and' to a state's strike as the state's", function()
    assert.same({}, run("The army said on Friday that air strikes and a ground assault "
      .. "had killed nine suspected members of the Abu Sayyaf group near Munai."))
    assert.same({}, run("Officials said drone strikes and a commando raid killed seven "
      .. "suspected members of the Maute group above Tipo-Tipo on Sunday."))
  end)

  it("still tells a suicide bombing told beside a strike", function()
    local r = run("An air strike and a suicide bombing killed 12 people in Marawi on Monday.")
    assert.equal(1, #r)
    assert.equal("Marawi", r[1].place)
  end)

  it("takes a definite fight after a state's action as that action", function()
    assert.same({}, run("The army said on Monday that air strikes had killed 12 "
      .. "militants near Marawi. Two soldiers were hurt in the firefight."))
    -- (an event told in between is what the fight refers to)
    local r = run("Gunmen attacked a checkpoint near Marawi on Monday, killing two "
      .. "soldiers. Two more soldiers were hurt in the firefight.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
  end)

  it("still tells an attack told definitely after a state's action", function()
    local r = run("The army said on Monday that air strikes had killed 12 militants near "
      .. "Marawi. The rebel radio said the rebels attacked an army post, killing three "
      .. "soldiers.")
    assert.equal(1, #r)
    assert.equal(3, r[1].killed_lo)
  end)

  it("reads 'bomb makers' as people, not an event", function()
    assert.same({}, run("Police in Marawi said on Monday they were looking for two "
      .. "bomb makers."))
    assert.same({}, run("Two suspects were detained in Hamburg on Friday after police found "
      .. "bomb-making materials in their flat."))
  end)

  it("reads victims in scare quotes as the attackers killed by troops", function()
    local f = casualties.scan('troops had killed more than 40 "terrorists" in raids')
    assert.equal(41, f[1].lo)
    assert.is_true(f[1].perpetrators)
    f = casualties.scan("troops had killed more than 40 \226\128\156terrorists\226\128\157")
    assert.is_true(f[1].perpetrators)
    -- (quoted victims who are not attackers stay victims)
    f = casualties.scan('gunmen killed 12 "innocent" villagers')
    assert.equal(12, f[1].lo)
    assert.is_false(f[1].perpetrators)
    assert.same({}, run('The army said on Friday that security forces had killed more '
      .. 'than 40 "terrorists" in raids across the country overnight.'))
  end)

  it("takes a raid whose raiders make arrests as the police's", function()
    local r = run("Two gunmen killed four police officers at a bus station in Surabaya on "
      .. "Monday. Police said on Tuesday they had raided homes in Malang and arrested "
      .. "three people suspected of helping the gunmen.")
    assert.equal(1, #r)
    assert.equal("Surabaya", r[1].place)
    -- (raiders who abduct are attackers; so are raiders others arrest later)
    r = run("Gunmen raided a village near Maiduguri on Monday and abducted 20 women.")
    assert.equal(1, #r)
    r = run("Gunmen raided a village near Maiduguri on Monday and soldiers later arrested "
      .. "two of them.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
    r = run("Gunmen stormed a hotel in Mogadishu on Monday and detained 30 guests.")
    assert.equal(1, #r)
    r = run("Boko Haram fighters raided a village near Maiduguri on Monday and arrested "
      .. "the village head.")
    assert.equal(1, #r)
  end)
end)

describe("extract: other events told beside the one told", function()
  it("keeps 'with several other blasts in X' out of the event told", function()
    local r = run("A bomb killed 30 people at a market in Quetta on Monday. Monday's "
      .. "bombing capped the bloodiest week in Pakistan in a year, with several other "
      .. "blasts in Punjab.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
  end)

  it("still takes 'with' an event word as the means of the event", function()
    local r = run("Gunmen stormed a hotel in Mogadishu with grenades on Monday, "
      .. "killing nine people.")
    assert.equal(1, #r)
    assert.equal("Mogadishu", r[1].place)
    assert.equal(9, r[1].killed_lo)
  end)
end)

describe("extract: one event told twice", function()
  it("takes 'It was the second bombing in X' as the event just told", function()
    local r = run("A bomb exploded outside a bakery in Jolo on Sunday night, killing two "
      .. "people. The device had been left near the door. It was the second bombing in "
      .. "Jolo in less than a week.", "2018-09-03")
    assert.equal(1, #r)
    assert.equal("2018-09-02", r[1].date)
    -- (a second bomb told as news is another event)
    r = run("A bomb exploded outside a bakery in Jolo on Sunday night, killing two "
      .. "people. A second bomb exploded in Jolo on Tuesday, killing one.", "2018-09-05")
    assert.equal(2, #r)
  end)

  it("still tells 'It was reported that the rebels attacked X' as news", function()
    local r = run("A bomb exploded outside a bakery in Jolo on Sunday night, killing two "
      .. "people. It was also reported that rebels attacked an army post in Patikul on "
      .. "Sunday, killing three soldiers.", "2018-09-03")
    assert.equal(2, #r)
  end)

  it("takes no scene from a date line and a byline around a headline", function()
    local r = run("Home > Nation > Mindanao\n\nDate: 2018-09-03\n\nSecond bomb in a week "
      .. "hits market town\n\nBy a correspondent in Zamboanga\n\nA bomb exploded outside "
      .. "a bakery in Jolo, the capital of Sulu province, on Sunday night, killing two "
      .. "people, the police said.")
    assert.equal(1, #r)
    assert.equal("Jolo", r[1].place)
  end)
end)

describe("extract: the seat of those who speak of an event", function()
  it("is not where the event happened", function()
    local r = run("A car bomb exploded near a market in Azaz on Monday, killing 12 people. "
      .. "The authorities in Damascus condemned Monday's bombing.")
    assert.equal(1, #r)
    assert.equal("Azaz", r[1].place)
    r = run("A car bomb exploded near a market in Azaz on Monday, killing 12 people. "
      .. "Officials in Ankara on Tuesday blamed the bombing on Kurdish militants.")
    assert.equal(1, #r)
    assert.equal("Azaz", r[1].place)
    r = run("A car bomb exploded near a market in Azaz on Monday, killing 12 people. "
      .. "The authorities in Damascus condemned Monday\226\128\153s bombing.")
    assert.equal(1, #r)
    assert.equal("Azaz", r[1].place)
  end)

  it("still places an event at a seat of officials", function()
    local r = run("A car bomb exploded in the authorities' compound in Azaz on Monday, killing "
      .. "12 people.")
    assert.equal("Azaz", r[1].place)
  end)
end)

describe("extract: a lone attacker told by a pronoun goes on", function()
  it("keeps the places of his path in the event told", function()
    local r = run("A gunman killed two people outside a mosque in Hanau on Wednesday, "
      .. "police said. As he fled by car he shot and wounded a cyclist in the village of "
      .. "Rodenbach.")
    assert.equal(1, #r)
    assert.equal("Hanau", r[1].place)
    assert.equal(2, r[1].killed_lo)
  end)

  it("still tells an attack of his on another day as another event", function()
    local r = run("A gunman killed two people outside a mosque in Hanau on Wednesday, "
      .. "police said. In 2017 he shot and wounded a cyclist in the village of Rodenbach.")
    assert.equal(2, #r)
  end)
end)

describe("extract: an attack told as a noun with its toll", function()
  it("reads 'the killing of N people' as a toll", function()
    local f = casualties.scan("blamed for the killing of around 70 people in February")
    assert.equal(70, f[1].lo)
    assert.equal("killed", f[1].kind)
    f = casualties.scan("after the massacre of 12 villagers")
    assert.equal(12, f[1].lo)
  end)

  it("tells an event blamed on someone by its toll", function()
    local r = run("The same group is blamed for the killing of around 70 people in "
      .. "February in Beni territory, whose bodies were found in a church at Mbau. No one "
      .. "was ever arrested for that massacre.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
    assert.equal(70, r[1].killed_lo)
    assert.equal("2024-02", r[1].date)
  end)

  it("tells no event of the deaths a group caused over a year", function()
    assert.same({}, run("The report attributed the worst attacks to the Shining Path, which "
      .. "is responsible for the deaths of at least 700 people this year."))
  end)

  it("still tells no event of deaths blamed on a flood", function()
    assert.same({}, run("Floods are blamed for the deaths of 70 people in February in "
      .. "Beni territory."))
  end)
end)

describe("extract: attempts, failed bombs and stings", function()
  it("tells a bomb that failed to explode as an attack, an arrest after it no plot", function()
    local r = run("In May a man left a car packed with gas cylinders in a square in Lahore; "
      .. "it failed to explode, and he was arrested two days later at the airport. He "
      .. "said he had been trained by the Pakistani Taliban.")
    assert.equal(1, #r)
    assert.equal("attack", r[1].status)
    assert.equal("bombing", r[1].attack_type)
    -- (one to come is still no event)
    assert.same({}, run("Police in Lahore said the man planned to explode a car in a "
      .. "square."))
  end)

  it("tells 'tried to set off ... explosives' as a bombing, 'set off' alone as none", function()
    local r = run("A man was arrested in Lahore on Friday evening moments after he tried to "
      .. "set off what he believed was a van full of explosives near a crowd.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
    assert.same({}, run("Mourners set off for the cemetery in Lahore on Friday after the "
      .. "prayers."))
  end)

  it("makes a bombing whose bomb was a fake a foiled plot", function()
    local r = run("A man was arrested in Lahore on Friday evening moments after he tried to "
      .. "set off what he believed was a van full of explosives near a crowd. The bomb was "
      .. "a fake, supplied by undercover agents.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    r = run("A man was arrested in Lahore on Friday evening moments after he tried to "
      .. "set off what he believed was a van full of explosives near a crowd. The bomb was "
      .. "hidden under the seats.")
    assert.equal("attack", r[1].status)
  end)
end)

describe("extract: a live page stamped with days", function()
  local page = "Date: 2025-04-23\nTitle: LIVE | Gunmen attack tourists\n\n"
    .. "22 April, 15:40 IST\nReports are coming in of firing on a group of tourists at a "
    .. "meadow near Srinagar. The meadow is reached on foot.\n\n"
    .. "22 April, 16:55 IST\nPolice say at least five tourists have been shot.\n\n"
    .. "23 April, 08:15 IST\nConfirmed toll: 12 killed. At least 17 people were injured.\n"
  it("dates the lead event by the stamp of the entry that tells it", function()
    local r = extract_article(page)
    assert.equal(1, #r)
    assert.equal("2025-04-22", r[1].date)
    assert.equal("armed_assault", r[1].attack_type)
  end)

  it("tells one event on a page told newest first", function()
    local r = extract_article("Date: 2024-05-15\nTitle: LIVE: Blast at a school\n\n"
      .. "11:40 - The toll has risen to 19, hospital officials say.\n\n"
      .. "10:25 - A police spokesman says at least 12 students were killed in the blast.\n\n"
      .. "09:10 - An explosion has hit a school in the west of Kabul, police say.\n")
    assert.equal(1, #r)
    assert.equal("Kabul", r[1].place)
    assert.equal(12, r[1].killed_lo)
    -- (an entry with a day of its own is another event)
    r = extract_article("Date: 2024-05-15\nTitle: LIVE: Blast at a school\n\n"
      .. "11:40 - The toll has risen to 19, hospital officials say.\n\n"
      .. "10:25 - A police spokesman says at least 12 students were killed in the blast.\n\n"
      .. "10:00 - A bomb hit a mosque in Kabul on May 2, killing four, a reader recalls.\n\n"
      .. "09:10 - An explosion has hit a school in the west of Kabul, police say.\n")
    assert.equal(2, #r)
  end)

  it("reads 'firing on' as shooting, and 'firing' of staff as none", function()
    assert.same({}, run("The minister announced the firing of three officials in "
      .. "Srinagar on Monday."))
  end)
end)

describe("extract: events told without the usual attack words", function()
  it("reads a town overrun with its toll as an attack", function()
    local r = run("In January 2015, the group overran the town of Baga on the shores of "
      .. "Lake Chad, killing at least 150 people.")
    assert.equal(1, #r)
    assert.equal("Baga", r[1].place)
    assert.equal(150, r[1].killed_lo)
    assert.same({}, run("Floodwaters overran the town of Baga on the shores of Lake Chad "
      .. "in January."))
  end)

  it("reads a helicopter hit by explosives from a drone as a bombing", function()
    local r = run("A police helicopter was brought down near Medellin on Thursday after "
      .. "being hit by explosives dropped from a drone, killing 13 officers.", "2024-05-11")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
    assert.equal("2024-05-09", r[1].date)
  end)

  it("gives no event the day of a clause that ends with 'after' the event", function()
    local r = run("Colombia was mourning 19 people on Friday after a truck bomb in the city "
      .. "of Cali. The truck bomb went off in Cali on Thursday afternoon, killing six "
      .. "civilians.", "2025-08-22")
    assert.equal(1, #r)
    assert.equal("2025-08-21", r[1].date)
    -- (a day written after the event word is still its own)
    r = run("A truck bomb went off in Cali on Thursday afternoon, killing six civilians.",
      "2025-08-22")
    assert.equal("2025-08-21", r[1].date)
  end)
end)

describe("extract: a definite event with a place of its own", function()
  it("keeps its day across a name set off by commas", function()
    local r = run("Gunmen killed three police officers in Jakarta on Thursday. The network "
      .. "was blamed for the firebombing of a church in Samarinda, East Kalimantan, last "
      .. "November, in which a girl died.", "2017-05-25")
    assert.equal(2, #r)
    local s = helper.report_at(r, "Samarinda")
    assert.equal("2016-11", s.date)
    -- (a day after a clause of its own is still not the event's)
    r = run("Gunmen killed three police officers in Jakarta on Thursday. Officials "
      .. "discussed the attack in Jakarta, the capital, with reporters, on Friday.",
      "2017-05-25")
    assert.equal(1, #r)
    assert.equal("2017-05-25", r[1].date)
  end)
end)

describe("extract: what a group went on to do", function()
  it("tells 'went on to strike the X hotel in Y in 2003' as an attack", function()
    local r = run("The cell was founded in 1999. Its members went on to strike the Grand "
      .. "hotel in Jakarta in 2003.")
    assert.equal(1, #r)
    assert.equal("Jakarta", r[1].place)
    assert.equal("2003", r[1].date)
  end)

  it("tells no event of a strike of workers or a plan to strike", function()
    assert.same({}, run("Hotel workers in Jakarta went on strike in 2003 over pay."))
    assert.same({}, run("The cell planned to strike the Grand hotel in Jakarta in 2003."))
  end)
end)

describe("extract: a gunfight", function()
  it("tells soldiers killed in a gunfight as an attack on them", function()
    local r = run("In April 2021, 22 soldiers were killed in a gunfight at Sukma after "
      .. "walking into a trap.")
    assert.equal(1, #r)
    assert.equal(22, r[1].killed_lo)
    assert.equal("2021-04", r[1].date)
  end)

  it("still tells militants killed by troops in a gunfight as none", function()
    assert.same({}, run("Troops killed five militants in a gunfight at Sukma on Monday."))
    assert.same({}, run("Two militants were killed in a gunfight with security forces in "
      .. "Kulgam on Monday."))
    assert.same({}, run("Two militants were killed in a gun battle with the army in Kulgam "
      .. "on Monday."))
    local r = run("Five soldiers were killed in a gunfight with Maoist rebels in Sukma on "
      .. "Monday.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a day told with 'a day after' the event", function()
  it("counts back from the day of a clause with no event word", function()
    local r = run("Five wounded children lay in hospital on Tuesday, a day after "
      .. "gunmen ambushed their cars in Sonora, killing three women.", "2019-11-06")
    assert.equal(1, #r)
    assert.equal("2019-11-04", r[1].date)
    r = run("Mourners gathered in Sonora on Friday, two days after gunmen ambushed a convoy "
      .. "there, killing three women.", "2019-11-09")
    assert.equal("2019-11-06", r[1].date)
  end)

  it("keeps the event's own day when the event word comes first", function()
    local r = run("Gunmen overran an army base at Dhobley on Friday, four days after the "
      .. "talks, killing 20 soldiers.", "2019-11-19")
    assert.equal(1, #r)
    assert.equal("2019-11-15", r[1].date)
  end)
end)

describe("extract: a toll counted over years", function()
  it("is a sum of events, no incident", function()
    assert.same({}, run("Militants have killed more than 2,000 civilians in the region "
      .. "since 2019."))
    assert.same({}, run("Militants have killed more than 2,000 civilians in Borno since "
      .. "2019, the UN said."))
  end)

  it("still tells a dated attack called the worst since a year", function()
    local r = run("Gunmen killed 12 people in Kano on Monday, the worst attack there since "
      .. "2019.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)

describe("extract: an attack told only as praised", function()
  it("is an attack with no author", function()
    local r = run("The Taliban hailed the attack on the army post in Chaman on Monday as a "
      .. "victory.")
    assert.equal(1, #r)
    assert.equal("Chaman", r[1].place)
    assert.is_nil(r[1].perpetrator)
    -- (praise of an attack told is no second event)
    r = run("A suicide bomber killed 12 soldiers at a post in Chaman on Monday. The Taliban "
      .. "hailed the attack as a victory.")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)
end)
