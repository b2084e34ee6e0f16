-- Specs of incidents.extract on the classes of errors that eval/dev9's long
-- articles showed (chronologies, opinion columns, court reports). Our own
-- sentences, each beside a near miss that must not change, run with the
-- default pack.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2019-05-02")
local report_at = helper.report_at

-- A chronology page: a title, an intro, entries stamped with a date and a
-- dash, then a closing section.
local function chronology(title, entries, tail)
  return "Title: " .. title .. "\nDate: 2019-05-02\n\n"
    .. "The movement said on Tuesday that it was laying down its arms for good. "
    .. "Below are some of the dates of its campaign.\n\n"
    .. table.concat(entries, "\n\n") .. "\n\n" .. (tail or "The list is not complete.")
end

describe("extract: a chronology's entries", function()
  local entries = {
    "3 June 1988 - Bilbao. A car bomb explodes as a police van passes. Four officers "
      .. "are killed.",
    "12 April 1990 - Valencia. A parcel bomb kills a judge at his home.",
    "5 May 1992 - Bilbao. A bomb left under a patrol car kills two officers.",
    "9 October 1994 - Santander. A gunman shoots a councillor outside the town hall. He "
      .. "dies in hospital on 11 October.",
  }

  it("dates and places each entry by its stamp and heading", function()
    local r = run(chronology("Timeline: thirty years of attacks in Spain", entries))
    assert.equal(4, #r)
    assert.equal("1988-06-03", r[1].date)
    assert.equal("Bilbao", r[1].place)
    assert.equal(4, r[1].killed_lo)
    assert.equal("1990-04-12", r[2].date)
    assert.equal("Valencia", r[2].place)
    -- (the same town in a later entry is another event, not the first one)
    assert.equal("1992-05-05", r[3].date)
    assert.equal("Bilbao", r[3].place)
    assert.equal(2, r[3].killed_lo)
    assert.equal(4, r[1].killed_lo)
  end)

  it("reads a day without a year in an entry in the entry's year", function()
    local r = run(chronology("Timeline: thirty years of attacks in Spain", entries))
    local s = report_at(r, "Santander")
    assert.equal("1994", s.date:sub(1, 4))
    assert.equal(4, #r)
  end)

  it("gives the group its title names to the entries that name no one", function()
    local r = run(chronology("Timeline: thirty years of ETA attacks", entries))
    assert.equal(4, #r)
    for _, x in ipairs(r) do assert.equal("ETA", x.perpetrator) end
    -- (a title naming no group gives no one)
    r = run(chronology("Timeline: thirty years of attacks in Spain", entries))
    for _, x in ipairs(r) do assert.is_nil(x.perpetrator) end
  end)

  it("takes a foiled plot told with a definite word as the entry's event", function()
    local r = run(chronology("Timeline: thirty years of attacks in Spain", {
      entries[1], entries[2],
      "August 1993 - Ibiza. Police arrest three men who had hidden a rifle near the port. "
        .. "The plot is foiled before any shot is fired.",
    }))
    assert.equal(3, #r)
    local p = report_at(r, "Ibiza")
    assert.equal("plot_foiled", p.status)
    assert.equal("1993-08", p.date)
  end)

  it("still merges mentions of one event in a page with two dated lines only", function()
    -- (two stamps make no chronology: the second paragraph goes on with the
    -- bombing told first)
    local r = run("Title: Bilbao bombing\nDate: 2019-05-02\n\n"
      .. "3 June 1988 - Bilbao. A car bomb explodes as a police van passes.\n\n"
      .. "4 June 1988 - The death toll from the bombing rose to four.")
    assert.equal(1, #r)
    assert.equal("Bilbao", r[1].place)
  end)
end)

describe("extract: a court's verdict on the accused of an attack", function()
  it("leaves the court's day and town to the trial", function()
    local r = run("A court in Jaipur on Wednesday acquitted three men of the bombing of a "
      .. "bus station in Ajmer in May 2007, which killed four people.")
    assert.equal(1, #r)
    assert.equal("Ajmer", r[1].place)
    assert.equal("2007-05", r[1].date)
    r = run("In March 2017 a court in Jaipur convicted two men over the bombing of the "
      .. "shrine in Ajmer, where a bomb killed three pilgrims on 11 October 2007.")
    assert.equal(1, #r)
    assert.equal("Ajmer", r[1].place)
    assert.equal("2007-10-11", r[1].date)
  end)

  it("keeps the court's town when the attack names no other", function()
    local r = run("In April 2018 a court in Kano acquitted five men of the bombing of the "
      .. "city's central mosque, where a bomb exploded on 3 March 2015, killing nine people.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("2015-03-03", r[1].date)
  end)

  it("still dates and places an attack on a court", function()
    local r = run("Gunmen attacked a court in Kano on Wednesday, killing two guards.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("2019-05-01", r[1].date)
  end)

  it("keeps the place of a clause that tells the attack after a definite one", function()
    local r = run("Three men stand accused of the bombing of the night train from Delhi, "
      .. "the crowded service in which 40 people were burned to death near Panipat in "
      .. "February 2007.")
    assert.equal(1, #r)
    assert.equal("Panipat", r[1].place)
  end)
end)

describe("extract: a town's name in the name of a house of worship", function()
  it("does not place the attack in the town the house is named after", function()
    local r = run("A bomb went off at the Medina Mosque in Kano on Friday, killing three.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
  end)

  it("still places an attack near a mosque in a town", function()
    local r = run("A bomb went off near a mosque in Medina on Friday, killing three.")
    assert.equal(1, #r)
    assert.equal("Medina", r[1].place)
  end)
end)

describe("extract: a toll told in the present of a chronology", function()
  it("reads 'N people die' as a toll", function()
    local r = run(chronology("Timeline: thirty years of attacks in Spain", {
      "3 June 1988 - Bilbao. A car bomb explodes as a police van passes.",
      "12 April 1990 - Valencia. A parcel bomb kills a judge at his home.",
      "5 May 1992 - Burgos. A truck packed with explosives wrecks the barracks. Nine "
        .. "people die, four of them children.",
    }))
    assert.equal(3, #r)
    local b = report_at(r, "Burgos")
    assert.equal(9, b.killed_lo)
    assert.equal("1992-05-05", b.date)
  end)

  it("reads no incident in people who die of other causes", function()
    assert.equal(0, #run("Thousands of people die on the roads of Spain every year."))
    assert.equal(0, #run("Nine people die in a bus crash near Burgos on Friday."))
  end)
end)

describe("extract: a round-up in sections under capital headings", function()
  local function roundup(lead)
    return "Title: Blasts in Nigeria\nDate: 2019-05-04\n\n"
      .. "KANO, May 4 (Wire) - " .. lead .. " Officials said the blasts were not linked.\n\n"
      .. "Here is what is known about each.\n\n"
      .. "SABON GARI MARKET\n\n"
      .. "The first device exploded at a market in Kano in the morning, killing four traders. "
      .. "Boko Haram claimed the bombing in a video.\n\n"
      .. "POLICE POST\n\n"
      .. "A second bomb went off outside a police post in Kaduna at noon, killing two "
      .. "officers.\n\n"
      .. "BUS STATION\n\n"
      .. "In the evening a bomb hidden in a bag exploded at a bus station in Zaria, killing "
      .. "one man. No group claimed it.\n\n"
      .. "WHAT COMES NEXT\n\n"
      .. "The governor said the schools would stay shut."
  end

  it("reads each section's bombing as its own, dated by a lead that counts them", function()
    local r = roundup("Three bombs exploded in northern Nigeria on Friday, killing seven people.")
    r = run(r, "2019-05-04")
    assert.equal(3, #r)
    local k = report_at(r, "Kano")
    assert.equal(4, k.killed_lo)
    assert.equal("2019-05-03", k.date)
    assert.is_true(k.claimed)
    local z = report_at(r, "Zaria")
    assert.equal(1, z.killed_lo)
    assert.equal("2019-05-03", z.date)
    assert.is_false(z.claimed)
    assert.equal(2, report_at(r, "Kaduna").killed_lo)
  end)

  it("keeps a lead that tells one event of its own", function()
    local r = roundup("A bomb exploded at a mosque in Jos on Friday, killing seven people.")
    r = run(r, "2019-05-04")
    assert.equal(4, #r)
    assert.equal(7, report_at(r, "Jos").killed_lo)
  end)
end)

describe("extract: a scene told before the event word in a column", function()
  it("takes the day and town of a lede two sentences up past a plot word", function()
    local r = run("Title: After Kano\nDate: 2019-05-02\n\nThe man who drove four hours to a "
      .. "supermarket in Kano last Saturday did not hide his purpose. He had written out the "
      .. "conspiracy theory in advance, and he streamed it. He shot nine people in the shop, "
      .. "and six of them died.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("2019-04-27", r[1].date)
    assert.equal(6, r[1].killed_lo)
  end)

  it("sets another event's scene from a sentence of a year and a town", function()
    local body = "Title: Labels\nDate: 2019-05-02\n\nWhen a gunman killed 12 people at a club "
      .. "in Jos in June 2016, the attack was called terrorism from the first day. "
    local r = run(body .. "In 1995, a man parked a van full of explosive outside a government "
      .. "office in Kano. The bomb killed 40 people, 9 of them children.")
    assert.equal(2, #r)
    local k = report_at(r, "Kano")
    assert.equal("1995", k.date)
    assert.equal(40, k.killed_lo)
    assert.equal(12, report_at(r, "Jos").killed_lo)
  end)

  it("still reads a toll after a scene of the same year as the event told", function()
    local r = run("Title: Labels\nDate: 2019-05-02\n\nIn June 2016 a gunman attacked a club "
      .. "in Jos. In 2016, the club had been a target before. The attack killed 12 people.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)

describe("extract: one member of a state's force acting alone", function()
  it("reads 'an Army psychiatrist opened fire' as an attack", function()
    local r = run("In March 2011 an Army psychiatrist opened fire at a clinic in Kano, killing "
      .. "nine people.")
    assert.equal(1, #r)
    assert.equal(9, r[1].killed_lo)
    r = run("In March 2011 a navy reservist shot dead four people at a market in Kano.")
    assert.equal(1, #r)
  end)

  it("still reads the army's own fire as a state's act", function()
    assert.equal(0, #run("In March 2011 army troops opened fire at a market in Kano, killing "
      .. "nine people."))
    assert.equal(0, #run("In March 2011 the army opened fire at a market in Kano, killing "
      .. "nine people."))
  end)
end)

describe("extract: a base no list knows told by its state", function()
  it("places the attack at the base named before the state", function()
    local r = run("A gunman opened fire at Camp Vireo, Texas, on Friday, killing four.")
    assert.equal(1, #r)
    assert.equal("Camp Vireo", r[1].place)
    assert.equal("US", r[1].country)
  end)

  it("still reads no place in a word after 'at' with no state after it", function()
    local r = run("A gunman opened fire at Camp Vireo on Friday in Texas, killing four.")
    assert.equal(1, #r)
    assert.equal("Texas", r[1].place)
  end)
end)

describe("extract: what did not happen in a column", function()
  it("reads no attack in a condition put first by 'had'", function()
    assert.equal(0, #run("Had he used a pipe bomb in Kano on Monday, prosecutors could have "
      .. "charged him with terrorism."))
    assert.equal(0, #run("Had the gunmen stormed the school in Kano on Monday, they would have "
      .. "found it empty."))
  end)

  it("still reads a past perfect of an attack told", function()
    local r = run("He had set off a pipe bomb in Kano on Monday, killing two people.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
  end)

  it("reads the aim of a plot told as a foiled plot", function()
    local r = run("Consider the plot that two men hatched in May 2015 to set off a bomb at "
      .. "the stadium in Kano.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("2015-05", r[1].date)
  end)

  it("still reads a wish to attack as no incident", function()
    assert.equal(0, #run("In May 2015 the two men hoped to set off a bomb at the stadium "
      .. "in Kano."))
  end)
end)

describe("extract: a closing section that recalls a section's event", function()
  local function paper(closing)
    return "Title: Week in review\nDate: 2019-05-06\n\nThe week in brief.\n\n"
      .. "KANO\n\nOn 1 May a bomb exploded at a bus station in Kano, killing five people.\n\n"
      .. "KADUNA\n\nOn 2 May gunmen attacked a church in Zaria, killing two worshippers.\n\n"
      .. "JOS\n\nOn 3 May armed men kidnapped a pastor near Bukuru.\n\n"
      .. "THE WEEK AHEAD\n\n" .. closing
  end

  it("joins a recall of an earlier section's event, definite or at its town", function()
    local r = run(paper("The bombing in Kano was the worst of the week, and churches in "
      .. "Zaria stayed shut after the attack there."), "2019-05-06")
    assert.equal(3, #r)
    assert.equal(5, report_at(r, "Kano").killed_lo)
  end)

  it("still makes a report of a new dated attack in the closing section", function()
    local r = run(paper("On 5 May a second bomb exploded in Kano, killing three people."),
      "2019-05-06")
    assert.equal(4, #r)
  end)
end)

describe("extract: the month of May after a day", function()
  it("reads 'On 2 May gunmen attacked' as an attack of that day", function()
    local r = run("On 2 May gunmen attacked a church in Zaria, killing two worshippers.")
    assert.equal(1, #r)
    assert.equal("2019-05-02", r[1].date)
    r = run("On 12 May militants stormed a school in Zaria.")
    assert.equal(1, #r)
  end)

  it("still reads the modal 'may' as no attack", function()
    assert.equal(0, #run("Officials said gunmen may attack churches in Zaria this week."))
    assert.equal(0, #run("Some 2 may storm the school in Zaria next week, officials fear."))
  end)
end)

describe("extract: a death likened to the attack told last", function()
  it("makes a new report of a death of its own day and town 'in the same way'", function()
    local r = run("On 28 April 2015 an aid worker was shot dead by gunmen on a motorcycle in "
      .. "Kano. Five days later, a farmer was killed in the same way on a road in Zaria.")
    assert.equal(2, #r)
    local z = report_at(r, "Zaria")
    assert.equal("2015-05-03", z.date)
    assert.equal("armed_assault", z.attack_type)
  end)

  it("still reads a toll of its own day and town with no likeness as no new event", function()
    local r = run("On 28 April 2015 an aid worker was shot dead by gunmen on a motorcycle in "
      .. "Kano. Five days later, two infiltrators were killed by troops near Zaria.")
    assert.equal(1, #r)
  end)
end)

describe("extract: a question of what a condition would bring", function()
  it("reads no attack in 'What would happen if ... the 2005 bombings'", function()
    local r = run("In August 2005 some 400 bombs went off across Kano, killing two people. "
      .. "What would happen if a group tried a repeat of the 2005 bombings today, with the "
      .. "discipline the Islamic State taught?")
    assert.equal(1, #r)
    assert.is_nil(r[1].perpetrator)
  end)

  it("still reads an attack told in a question about who did it", function()
    local r = run("Who set off the bomb that killed two people in Kano on Monday?")
    assert.equal(1, #r)
  end)
end)

describe("extract: an old attack recalled in a court report", function()
  it("dates an attack by its own day, not by the sentence a verdict gave", function()
    local r = run("His first life sentence, in October 2006, was for the massacre of "
      .. "villagers in Kafanchan in April 1983.")
    assert.equal(1, #r)
    assert.equal("1983-04", r[1].date)
    assert.equal("Kafanchan", r[1].place)
  end)

  it("still dates an attack told with a day of its own after 'sentence'", function()
    local r = run("The sentence came a year after the massacre of villagers in Kafanchan "
      .. "in April 1983, which killed 40 people.")
    assert.equal(1, #r)
    assert.equal("1983-04", r[1].date)
  end)

  it("reads no toll of a war in the clause of the event told", function()
    local r = run("A car bomb killed 25 people in Kano in July 1992. The bombing became a "
      .. "symbol of the conflict that cost about 69,000 lives between 1980 and 2000.")
    assert.equal(1, #r)
    assert.equal(25, r[1].killed_lo)
    r = run("The bombing in Kano in July 1992, which cost 25 lives, became a symbol of the war.")
    assert.equal(25, r[1].killed_lo)
  end)

  it("places no attack where its purpose points", function()
    local r = run("A car bomb killed 25 people in Kano in July 1992. Prosecutors said the "
      .. "attack was meant to carry the war from the north into the suburbs of Lagos.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
  end)
end)

describe("extract: days that belong to another noun or another year", function()
  it("does not date an attack by the day that owns another noun", function()
    local r = run("Gunmen stormed the consulate in Kano, the city that was the cradle of last "
      .. "year's uprising, on Tuesday evening.")
    assert.equal(1, #r)
    assert.equal("2019-04-30", r[1].date)
  end)

  it("still dates an attack by the day that owns it", function()
    local r = run("Police said Tuesday's attack on the consulate in Kano was planned for weeks.")
    assert.equal(1, #r)
    assert.equal("2019-04-30", r[1].date)
  end)

  it("reads a day written without its year in the year told after it", function()
    local r = run("They chose the anniversary of the March 3 attacks on Kano and Zaria in 2011, "
      .. "in which nearly 300 people were killed.")
    assert.equal(1, #r)
    assert.equal("2011-03-03", r[1].date)
  end)

  it("still reads a day without a year in the article's year when none follows", function()
    local r = run("Gunmen attacked a church in Kano on March 3, killing nine people.")
    assert.equal("2019-03-03", r[1].date)
  end)
end)

describe("extract: a round-up's asides about its events", function()
  it("places an attack in the town, not in the province it is the capital of", function()
    local r = run("On Monday night in Quetta, the capital of Balochistan province, a bomb "
      .. "killed two policemen.")
    assert.equal(1, #r)
    assert.equal("Quetta", r[1].place)
  end)

  it("still places an attack in a province named alone", function()
    local r = run("On Monday night a bomb killed two policemen in Balochistan province.")
    assert.equal("Balochistan", r[1].place)
  end)

  it("reads 'No group has said it planted the bomb' as no claim, by no one", function()
    local r = run("The Taliban claimed an attack on a school in Kabul last week. On Monday "
      .. "night a bomb killed two policemen in Quetta. No group has said it planted the bomb.")
    local q = report_at(r, "Quetta")
    assert.is_false(q.claimed)
    assert.is_nil(q.perpetrator)
  end)

  it("gives no group to the earlier event an attack 'came' after", function()
    local r = run("A suicide bomber attacked a court in Peshawar on Wednesday, killing six "
      .. "people. The Taliban said it carried out the attack. It came two days after a bomb "
      .. "exploded under a bridge in Quetta.")
    local q = report_at(r, "Quetta")
    assert.is_nil(q.perpetrator)
    assert.equal("Taliban", report_at(r, "Peshawar").perpetrator)
  end)

  it("reads a day that owns the event word as the event told that day", function()
    local r = run("A bomb killed two people outside a cafe in Isulan on Sunday night. Islamic "
      .. "State said its fighters had planted a bomb that killed three people in Isulan on "
      .. "Tuesday. Nobody has said it carried out Sunday's blast.")
    assert.equal(2, #r)
    assert.is_false(r[1].claimed)
    assert.is_true(r[2].claimed)
  end)
end)

describe("extract: a summary above the sections that previews one of their events", function()
  it("joins the preview and the section's dated event", function()
    local r = run("Title: Week in review\nDate: 2019-05-06\n\nSUMMARY\n\n"
      .. "The first attack on a church in Zaria claimed by the Islamic State shows the "
      .. "group's reach.\n\nKANO\n\nOn 1 May a bomb exploded at a bus station in Kano, "
      .. "killing five people.\n\nKADUNA\n\nOn 2 May gunmen stormed a church in Zaria and "
      .. "shot dead two worshippers.\n\nJOS\n\nOn 3 May armed men kidnapped a pastor near "
      .. "Bukuru.", "2019-05-06")
    assert.equal(3, #r)
    local z = report_at(r, "Zaria")
    assert.equal("2019-05-02", z.date)
    assert.equal("Islamic State", z.perpetrator)
  end)
end)

describe("extract: a claim told in a section with no event word of the section's", function()
  it("goes to the section's event, not to the article's first", function()
    local r = run("Title: Blasts\nDate: 2019-05-04\n\nKANO, May 4 (Wire) - A bomb exploded at "
      .. "a mosque in Jos on Friday, killing seven people. Boko Haram claimed the bombing. "
      .. "Officials said the blasts were not linked.\n\n"
      .. "MARKET\n\nA second device exploded at a market in Kano on Friday, killing four "
      .. "traders.\n\nPOLICE POST\n\nA bomb hit a police post in Kaduna on Friday, killing "
      .. "two officers. Police said the device had been hidden in a bag. Witnesses heard a "
      .. "loud noise. Shops closed early. Traders went home before dark.\n\n"
      .. "No group claimed the Ungwar bomb.\n\nWHAT NEXT\n\nSchools stay shut.", "2019-05-04")
    assert.is_false(report_at(r, "Kaduna").claimed)
    assert.is_true(report_at(r, "Jos").claimed)
  end)
end)

describe("extract: an old attack told in a clause on its event word", function()
  local lead = "A bomb exploded at a church in Kano on Sunday, killing 30 people. "
  it("dates the old attack by the day its clause tells with a year", function()
    local r = run(lead .. "The worst before it was the truck bomb that destroyed the central "
      .. "bank in Jos on 31 January 1996, killing 91 people.")
    assert.equal(2, #r)
    local j = report_at(r, "Jos")
    assert.equal("1996-01-31", j.date)
    assert.equal(91, j.killed_lo)
    assert.equal(30, report_at(r, "Kano").killed_lo)
  end)

  it("still reads a definite event word as the event told when the day is a hearing's", function()
    local r = run(lead .. "The men accused of the bombing appeared in court in Kano on "
      .. "2 May 2019.")
    assert.equal(1, #r)
    assert.equal("2019-04-28", r[1].date)
  end)

  it("reads no attack in bomb detonators found", function()
    assert.equal(0, #run("On Monday the police found 87 bomb detonators at a bus station in "
      .. "Kano."))
  end)
end)

describe("extract: plots and sums in a chronology's entries", function()
  it("reads seized arms meant for an attack as a foiled plot", function()
    local r = run("In March 2004 police in Kano arrest four men and seize 30 kilograms of TNT "
      .. "which were to be used to bomb trains in the city.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("2004-03", r[1].date)
  end)

  it("still reads arms that were to be used as no plot when no one was caught", function()
    assert.equal(0, #run("In March 2004 officials said the TNT was to be used to bomb trains "
      .. "in Kano."))
  end)

  it("reads what a decade saw, nowhere in particular, as a sum", function()
    assert.equal(0, #run("In the 1980s, death squads killed 27 people, a record that is "
      .. "not counted here."))
  end)

  it("still reads a decade's attack told with its town", function()
    local r = run("In the 1980s, gunmen killed 27 people in a single night in Kano.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
  end)
end)

describe("extract: a series of attacks told with no day", function()
  it("reads 'a string of bombings ... in October 2017' as a sum", function()
    assert.equal(0, #run("Officials tie a string of bombings on Jolo and Basilan to the "
      .. "commander, who took over in October 2017, killing one rival."))
  end)

  it("still reads a wave of one day as one event", function()
    local r = run("A wave of bombings hit Kano on Monday, killing 12 people.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)
end)

describe("extract: a feature that opens where the attack happened", function()
  local function feature(opening)
    return "Title: The town that fought back\nDate: 2017-03-12\n\nMagazine | Long read\n\n"
      .. "Overlay image: the main road of the town, a few kilometres from the frontier, in a "
      .. "photo from our archive.\n\n" .. opening .. "\n\nThey came in small groups across the "
      .. "desert, and they attacked the army barracks and the police station at the same "
      .. "time. Their supporters celebrated the assault online."
  end

  it("places the attack in the dateline's town that 'This is where' points to", function()
    local r = run(feature("ZAWIYAT KARIM, Libya - A year on, the bullet holes have been filled. "
      .. "This is where, at dawn on 7 March 2016, dozens of Islamic State fighters tried to "
      .. "take a town."),
      "2017-03-12")
    assert.equal(1, #r)
    assert.equal("Zawiyat Karim", r[1].place)
    assert.equal("LY", r[1].country)
    assert.equal("2016-03-07", r[1].date)
  end)

  it("still reads no place in a scene of a day alone", function()
    local r = run(feature("ZAWIYAT KARIM, Libya - A year on, the bullet holes have been filled. "
      .. "At dawn on 7 March 2016 dozens of Islamic State fighters tried to take a town."),
      "2017-03-12")
    for _, x in ipairs(r) do assert.is_not.equal("Zawiyat Karim", x.place) end
  end)
end)

describe("extract: a scene sentence before a later event of a profile", function()
  local lead = "A bomb killed two people at a church in Jos on 25 December 2011. "

  it("sets the day and town of a new event told after it", function()
    local r = run(lead .. "The worst day of that period came on 20 January 2012 in Kano, the "
      .. "largest city of the north. Gunmen and suicide bombers attacked police stations in a "
      .. "series of blasts that went on for hours.")
    assert.equal(2, #r)
    local k = report_at(r, "Kano")
    assert.equal("2012-01-20", k.date)
  end)

  it("takes no scene from what the police did", function()
    local r = run(lead .. "Officers had tried to arrest the suspect at a flat in Kano on "
      .. "20 January 2012. Gunmen and suicide bombers attacked police stations in a series "
      .. "of blasts that went on for hours.")
    for _, x in ipairs(r) do assert.is_not.equal("Kano", x.place) end
  end)
end)

describe("extract: a scene told with a statement's day and the event's month", function()
  local lead = "A car bomb killed 25 people in Lima in July 1992, the court heard. "

  it("dates the new event by its month, not by the day of the statement", function()
    local r = run(lead .. "The court on Tuesday also recalled the murder of a community "
      .. "leader in Kano in February 1992. She was shot in front of her children at a "
      .. "community event.")
    assert.equal(2, #r)
    local k = report_at(r, "Kano")
    assert.equal("1992-02", k.date)
    assert.equal("1992-07", report_at(r, "Lima").date)
  end)
end)

describe("extract: a coup and its plot", function()
  it("reads a raid told as part of a coup as no incident", function()
    assert.equal(0, #run("The revolt included a failed raid on a military arsenal in Kano on "
      .. "Monday during which a driver was shot dead."))
  end)

  it("reads a coup plot as no foiled attack", function()
    assert.equal(0, #run("The former vice-president, sacked two weeks after a failed coup, "
      .. "has been detained in Kano on suspicion of involvement in the plot."))
  end)

  it("still reads a raid by rebels and a bomb plot as incidents", function()
    local r = run("Rebels staging a revolt raided a military arsenal in Kano on Monday, "
      .. "shooting dead a driver.")
    assert.equal(1, #r)
    r = run("Police in Kano foiled a plot to bomb the stadium on Monday.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)
end)

describe("extract: a wire's dateline and an event told in passing", function()
  it("does not place an event of months before, told past the lead, at the dateline", function()
    local r = run("DETROIT, March 9 - The carmaker's proposed purchase of its rival is valued "
      .. "at about 1.5 billion dlrs, analysts said. The deal has been discussed for a year. "
      .. "Talks stalled last autumn. Both boards met on Friday. \"We did not pull it off "
      .. "then,\" the source said in a reference to the assassination in November of a "
      .. "former chairman of the rival group.", "1987-03-09")
    for _, x in ipairs(r) do assert.is_not.equal("Detroit", x.place) end
  end)

  it("still places the lead's event at the dateline", function()
    local r = run("STOCKHOLM, June 7 - A court sentenced a man to life in prison on Thursday "
      .. "for the truck attack in April 2017 that killed five people.", "2018-06-07")
    assert.equal(1, #r)
    assert.equal("Stockholm", r[1].place)
  end)

  it("reads the kidnapping of a president by paratroopers as no incident", function()
    assert.equal(0, #run("Talks were suspended on January 16 due to the 12-hour kidnapping of "
      .. "the president in Quito by air force paratroopers.", "1987-03-09"))
  end)
end)

describe("extract: a victim in a list after the toll shot by police", function()
  it("keeps the attack whose toll lists one victim shot by police", function()
    local r = run("On 7 July 2016 attackers armed with machetes went for a police checkpoint "
      .. "near the prayer ground in Kano. Four people died, including one of the attackers: "
      .. "two constables, a woman hit by a stray bullet, and a young man shot by police as "
      .. "the attackers fled.")
    assert.equal(1, #r)
    assert.equal(4, r[1].killed_lo)
    assert.equal("2016-07-07", r[1].date)
  end)

  it("still reads men shot by police in a raid as no attack", function()
    assert.equal(0, #run("On 7 July 2016 four suspected militants were shot dead by police "
      .. "in a raid on a house in Kano."))
  end)
end)

describe("extract: a toll right after an event told with none", function()
  it("goes to that event, not to an older one with the same figure", function()
    local r = run("On 28 September 2015 an aid worker was shot dead by gunmen in Kano. In "
      .. "October 2015 several bombs were thrown into a crowd at a shrine in Jos. A teenage "
      .. "boy was killed and scores of people were wounded.")
    assert.equal(2, #r)
    assert.equal(1, report_at(r, "Jos").killed_lo)
    assert.equal(1, report_at(r, "Kano").killed_lo)
  end)

  it("still joins a toll to the event told when it already has one", function()
    local r = run("On 28 September 2015 gunmen shot dead an aid worker in Kano. One person "
      .. "was killed, police said.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
  end)
end)

describe("extract: a count since a time", function()
  it("reads 'Since then, about 7,000 people have been killed' as a sum", function()
    local r = run("A car bomb killed one person at a mall in Pattani on 9 May 2017. The "
      .. "insurgency began in 2004. Since then, about 7,000 people have been killed in the "
      .. "region.")
    assert.equal(1, #r)
    assert.equal(1, r[1].killed_lo)
  end)

  it("still reads a toll that is the event's", function()
    local r = run("A car bomb exploded at a mall in Pattani on 9 May 2017. Seven people "
      .. "have been killed, police said.")
    assert.equal(7, r[1].killed_lo)
  end)
end)

describe("extract: states at war at sea", function()
  it("reads a tanker attacked in a war as no incident", function()
    assert.equal(0, #run("The Iranian tanker Avaj was attacked and hit in the Gulf on March 21, "
      .. "shipping sources said.", "1987-03-23"))
    assert.equal(0, #run("The statement by the Iranian High Command heralded the close of an "
      .. "assault on the port city of Basra.", "1987-03-23"))
  end)

  it("still reads suicide bombers or pirates who hit a ship as an incident", function()
    local r = run("Suicide bombers in a small boat blew up beside a destroyer in Aden harbour "
      .. "on Thursday, killing 17 sailors.", "2000-10-13")
    assert.equal(1, #r)
    assert.equal(17, r[1].killed_lo)
    r = run("Pirates attacked a tanker off Lagos on Thursday, killing two crew members.",
      "2000-10-13")
    assert.equal(1, #r)
  end)
end)

describe("extract: the planning of an event a day owns", function()
  local lead = "Gunmen stormed the consulate in Kano on Tuesday evening, killing four people. "

  it("reads 'Whoever planned Tuesday's assault' as the assault told, past", function()
    local r = run(lead .. "Whoever planned Tuesday's assault knew that the consulate had "
      .. "only a handful of guards.", "2019-05-01")
    assert.equal(1, #r)
    assert.equal("2019-04-30", r[1].date)
    assert.equal("attack", r[1].status)
  end)

  it("still reads a planned attack foiled as a plot", function()
    local r = run("Police in Kano foiled a planned attack on the consulate on Tuesday.",
      "2019-05-01")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
  end)
end)

describe("extract: the arms a chronology's entry names", function()
  local function page(third)
    return chronology("Timeline: thirty years of attacks in Spain", {
      "3 June 1988 - Bilbao. A car bomb explodes as a police van passes.",
      "12 April 1990 - Valencia. A parcel bomb kills a judge at his home.",
      third,
    })
  end

  it("types the entry's event by them when its own words name none", function()
    local b = report_at(run(page("5 May 1992 - Burgos. A truck packed with explosives wrecks "
      .. "the barracks. Nine people die.")), "Burgos")
    assert.equal("bombing", b.attack_type)
  end)

  it("leaves the type unknown in an entry that names no arms", function()
    local b = report_at(run(page("5 May 1992 - Burgos. A truck wrecks the barracks. Nine "
      .. "people die.")), "Burgos")
    assert.equal("unknown", b.attack_type)
  end)
end)
