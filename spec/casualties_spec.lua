-- Specs for incidents.grammar.casualties: every construction news uses for a
-- toll, with sentences written for these specs, and the look-alikes that are not tolls.
local casualties = require "incidents.grammar.casualties"
local helper = require "spec.helper"

-- One line per record: "kind lo..hi" plus its flags, so a case reads like the text.
local function describe_record(r)
  local s = ("%s %s..%s"):format(r.kind, tostring(r.lo), tostring(r.hi))
  if r.approx then s = s .. " ~" end
  if r.vague then s = s .. " vague" end
  if r.perpetrators then s = s .. " perp" end
  if r.partial then s = s .. " partial" end
  if r.revision then s = s .. " revised" end
  return s
end

local lines, check = helper.scan_cases(it, casualties.scan, describe_record)

describe("casualties.scan: figure before the verb", function()
  check{
    { "Police said 42 people died and more than 60 were hurt in the blast.",
      { "killed 42..42", "wounded 61..nil" } },
    { "At least 115 people were killed and many more wounded at the arena.",
      { "killed 115..nil", "wounded nil..nil ~ vague" } },
    { "Nearly 100 people killed during the parade were buried on Sunday.",
      { "killed nil..100 ~" } },
    { "Officials counted 133 dead and 140 injured by nightfall.",
      { "killed 133..133", "wounded 140..140" } },
    { "Dozens were injured when the roof collapsed.", { "wounded nil..nil ~ vague" } },
    { "Thirteen soldiers have reportedly been killed near the border.",
      { "killed 13..13" } },
    { "The 37 passengers who were killed came from four countries.",
      { "killed 37..37" } },
    { "About 20 worshippers were wounded, two of them critically.",
      { "wounded 20..20 ~" } },
    { "Eight policemen and three civilians were killed at the checkpoint.",
      { "killed 11..11" } },
    { "A police officer was killed and four others were hurt.",
      { "killed 1..1", "wounded 4..4" } },
    { "A 15-year-old was killed in the crossfire.", { "killed 1..1" } },
    { "Some 300 lives were lost in the fire.", { "killed 300..300 ~" } },
    { "Eleven people lost their lives in the ambush.", { "killed 11..11" } },
    { "The blast caused 12 deaths, the ministry said.", { "killed 12..12" } },
    { "At least 137 people, including three children, were killed.",
      { "killed 137..nil" } },
    { "Nine people (seven of them pilgrims) died at the shrine.", { "killed 9..9" } },
    { "Some 40 guests, the hotel said, were hurt.", { "wounded 40..40 ~" } },
    { "Seven members of the security forces were killed.", { "killed 7..7" } },
    { "A member of the crew was hurt.", { "wounded 1..1" } },
    { "The army said 909 people -- soldiers, rebels, and civilians -- have been killed "
      .. "or wounded.", { "casualties 909..909" } },
    { "One of our comrades was wounded.", { "wounded 1..1" } },
    { "The crash caused an undetermined number of dead and wounded.",
      { "casualties nil..nil ~ vague" } },
  }
end)

describe("casualties.scan: verb before the figure", function()
  check{
    { "The gunmen killed at least 137 people at the theatre.", { "killed 137..nil" } },
    { "The explosion injured about 50 shoppers.", { "wounded 50..50 ~" } },
    { "The car bomb exploded, killing 13 U.S. service members and some 170 Afghan civilians.",
      { "killed 183..183 ~" } },
    { "Militants stormed the school, killing nine and wounding more than 30.",
      { "killed 9..9", "wounded 31..nil" } },
    { "It was an ambush that claimed the lives of 21 soldiers.", { "killed 21..21" } },
    { "The twin bombing claimed nearly 100 lives.", { "killed nil..100 ~" } },
    { "A bomb killed a policeman and two civilians.", { "killed 3..3" } },
    { "The explosion killed two children and their mother.", { "killed 3..3" } },
    { "His wife was killed and their two sons were hurt.", { "killed 1..1", "wounded 2..2" } },
    { "Their deaths shocked the town.", {} },
    { "Its shares were hurt by the news.", {} },
    { "The strike killed a total of 18 people.", { "killed 18..18" } },
  }

  it("keeps the parts that were added up", function()
    local r = casualties.scan("The shelling killed 4 nurses and at least 9 patients.")[1]
    assert.are.equal(13, r.lo)
    assert.is_nil(r.hi)
    assert.are.equal(2, #r.parts)
    assert.are.same({ 4, 9 }, { r.parts[1].lo, r.parts[2].lo })
    assert.are.equal("sum", r.qualifier)
  end)

  it("does not add a breakdown after a comma to its total", function()
    assert.are.same({ "killed 20..20" },
      lines("The explosion killed 20 people, 13 soldiers and 7 civilians."))
    assert.are.same({ "killed 20..20" },
      lines("The blast killed 20 people, including 5 children."))
  end)
end)

describe("casualties.scan: left, toll, killed or injured", function()
  check{
    { "The explosion left 13 dead and 40 injured.", { "killed 13..13", "wounded 40..40" } },
    { "The assault left many others severely wounded.", { "wounded nil..nil ~ vague" } },
    { "The blast left at least 6 people dead.", { "killed 6..nil" } },
    { "The death toll rose to 143 on Sunday.", { "killed 143..143 revised" } },
    { "The governor put the number of pilgrims killed in Friday's attack on a mosque "
      .. "in the town of Kura at 31.", { "killed 31..31" } },
    { "The number of children wounded in the blast has risen to 12.",
      { "wounded 12..12 revised" } },
    { "The number of people killed in Sunday's bombing of a church in Beni, a town in "
      .. "eastern Congo near the border with Uganda and South Sudan, has risen to 17, up "
      .. "from the 10 given on the day of the blast.", { "killed 17..17 revised" } },
    { "The toll from Friday's attack has climbed to more than 150, officials said.",
      { "killed 151..nil revised" } },
    { "Officials revised the toll down to 253.", { "killed 253..253 revised" } },
    { "The death toll stood at 40.", { "killed 40..40" } },
    { "The number of injured reached 200.", { "wounded 200..200" } },
    { "The blast left a toll of 3 people wounded.", { "wounded 3..3" } },
    { "The ambush brings to 21 the number of soldiers killed this month.",
      { "killed 21..21 revised" } },
    { "The death toll has topped 90.", { "killed 91..nil" } },
    { "At least 30 people were killed or injured in the stampede.",
      { "casualties 30..nil" } },
    { "The bombing caused 75 casualties.", { "casualties 75..75" } },
    -- a relative clause between the toll and its verb, and a list after it
    -- that must not add the toll to the wounded
    { "The toll, which kept climbing through the week as patients died, reached 41, "
      .. "and nearly 90 people were hurt.", { "killed 41..41 revised", "wounded nil..90 ~" } },
    { "The death toll from Tuesday's ambush on the convoy near the northern border rose "
      .. "to 17.", { "killed 17..17 revised" } },
    { "The toll from the fire, the governor said, stood at 12.", { "killed 12..12" } },
  }
end)

describe("casualties.scan: a clause between the victims and their verb", function()
  check{
    { "At least 16 pilgrims who had walked all night to reach the tomb were killed.",
      { "killed 16..nil" } },
    { "Seven guards watching the gate of the ministry were wounded.",
      { "wounded 7..7" } },
    { "Two boarding-school pupils died.", { "killed 2..2" } },
    { "Some 40 families living near the dam were moved.", {} },
    { "Ten men who saw 3 officers killed fled the town.", { "killed 3..3" } },
  }
end)

describe("casualties.scan: the verb first, the victims after 'were'", function()
  check{
    { "Killed in the ambush were three teachers and a driver.", { "killed 4..4" } },
    { "Injured during the stampede at the gate were 23 pilgrims.", { "wounded 23..23" } },
    { "Soldiers killed in the clash were buried on Friday.", {} },
  }
end)

describe("casualties.scan: a list after 'N of its ...'", function()
  check{
    { "The agency said 35 of its fighters, drivers and cooks had been killed.",
      { "killed 35..35" } },
    { "Four of the gunmen and bombers were killed.", { "killed 4..4 perp" } },
    { "Two of the attackers were killed.", { "killed 2..2 perp" } },
  }
end)

describe("casualties.scan: abducted, partial counts, attackers", function()
  check{
    { "Gunmen kidnapped 20 students and took 5 teachers hostage.",
      { "abducted 20..20", "abducted 5..5" } },
    { "More than 40 people were abducted from the bus.", { "abducted 41..nil" } },
    { "The army said 438 Libyans were taken prisoner.", { "abducted 438..438" } },
    { "At least 2,000 troops had been killed, wounded or captured.",
      { "casualties 2000..nil" } },
    { "27 of the dead were policemen.", { "killed 27..27 partial" } },
    { "Five policemen were among the dead.", { "killed 5..5 partial" } },
    { "Nine soldiers and a police officer were among those killed.",
      { "killed 10..10 partial" } },
    { "Relatives of the attackers were killed.", {} },
    { "At least 50 wounded arrived at this hospital overnight.",
      { "wounded 50..nil partial" } },
    { "Three gunmen were killed by troops.", { "killed 3..3 perp" } },
    { "Two of the attackers were killed in the shootout.", { "killed 2..2 perp" } },
    { "The bomber killed himself at the gate.", { "killed 1..1 perp" } },
    { "The attacker was shot dead by a guard.", { "killed 1..1 perp" } },
    { "Soldiers killed 12 militants in the valley.", { "killed 12..12 perp" } },
    { "No one was hurt in the blast.", { "wounded 0..0" } },
    { "No pilgrims died, but 14 people were wounded.", { "killed 0..0", "wounded 14..14" } },
    { "No guards were hurt.", { "wounded 0..0" } },
    { "No raiders were killed.", { "killed 0..0 perp" } },
    { "No shops were damaged and no cars were hurt.", {} },
    { "A second grenade went off without injuring anyone.", { "killed 0..0" } },
    { "Rebels killed 40 herders, an attack blamed on bandits.", { "killed 40..40" } },
    { "The raid killed twenty-two guards, a lawyer and two drivers.", { "killed 25..25" } },
    { "There were no casualties.", { "casualties 0..0" } },
  }
end)

describe("casualties.scan: look-alikes that are not tolls", function()
  check{
    { "The 2019 budget was passed by parliament.", {} },
    { "Route 66 was closed for repairs.", {} },
    { "The attack killed 5% of the herd and cost $40 million.", {} },
    { "One of the attackers fled on foot.", {} },
    { "He was killed 3 days ago.", {} },
    { "Three attackers killed five people.", { "killed 5..5" } },
    { "A bomb killed the driver.", {} },
    { "The suspect, 34, was wounded by police at 3:30 pm.", {} },
    { "A 2015 attack that killed people in Paris was recalled.", {} },
    { "Prices died down after 20 years of growth.", {} },
    { "Three bombs killed nobody.", {} },
    { "Injury time lasted 5 minutes.", {} },
    { "Customs seized 600,000 dlrs and 12 rifles.", {} },
    { "Several of the 24 businessmen present seized the opportunity.", {} },
    { "The ministry is one of five research bodies in the city.", {} },
    { "The company laid off 300 workers and its profit fell 12 percent.", {} },
  }
end)

describe("casualties.scan: offsets and spans", function()
  it("gives the construction, the figure and the victims as offsets", function()
    local s = "Witnesses said at least 115 people were killed."
    local r = casualties.scan(s)[1]
    assert.are.equal("at least 115 people were killed", s:sub(r.start, r.stop))
    assert.are.equal(r.text, s:sub(r.start, r.stop))
    assert.are.equal("at least 115", s:sub(r.fig_start, r.fig_stop))
    assert.are.equal("people", s:sub(r.who_start, r.who_stop))
    assert.are.equal("killed.fig_verb", r.rule)
  end)

  it("scans a sub-span with offsets into the whole text", function()
    local s = "Four died. Later 9 were hurt. Then 2 more died."
    local list = casualties.scan(s, 12, 29)
    assert.are.equal(1, #list)
    assert.are.equal("9 were hurt", s:sub(list[1].start, list[1].stop))
  end)

  it("raises on a bad text argument", function()
    assert.has_error(function() casualties.scan(nil) end,
      "bad argument #1 to 'scan' (string expected, got nil)")
  end)
end)

describe("casualties.supersede and summarize", function()
  it("drops the figure a later revision replaced", function()
    local list = casualties.scan("Police first said 359 people were killed. "
      .. "Officials later revised the death toll down to 253.")
    assert.are.equal(2, #list)
    local kept = casualties.supersede(list)
    assert.are.equal(1, #kept)
    assert.are.equal(253, kept[1].lo)
    assert.is_true(list[1].superseded)
  end)

  it("lets an early figure give way to a later one wherever the revision stands", function()
    local list = casualties.scan("The toll rose to 90 on Tuesday. "
      .. "Officials had initially put the number killed at 30. "
      .. "Doctors said 85 people died.")
    assert.are.equal(3, #list)
    assert.is_true(list[2].early)
    local kept = casualties.supersede(list)
    assert.are.equal(2, #kept)
    assert.are.equal(90, kept[1].lo)
    assert.is_true(list[2].superseded)
  end)

  it("keeps the partial and attacker counts out of the toll", function()
    local text = "At least 40 people were killed and 70 were wounded. "
      .. "Nine of the dead were children. Two gunmen were also killed. "
      .. "More than 45 people were killed, a hospital said."
    local sum = casualties.summarize(casualties.scan(text))
    assert.are.same({ 40, nil }, { sum.killed_lo, sum.killed_hi })
    assert.are.same({ 70, 70 }, { sum.wounded_lo, sum.wounded_hi })
    assert.are.equal(2, #sum.evidence.killed)
  end)

  it("uses vague figures only when there is no number", function()
    local sum = casualties.summarize(casualties.scan("Dozens were hurt in the crush."))
    assert.is_true(sum.wounded_vague)
    assert.is_nil(sum.wounded_lo)
    assert.is_nil(sum.killed_lo)
  end)

  it("raises on a non-table", function()
    assert.has_error(function() casualties.summarize("x") end,
      "bad argument #1 to 'summarize' (table expected, got string)")
  end)
end)

describe("casualties first look", function()
  it("lets every trigger phrase through", function()
    helper.first_look(casualties, { "killed_after", "wounded_after", "casualties_after",
      "abducted_after", "killed_before", "wounded_before", "casualties_before",
      "abducted_before", "toll_killed", "toll_wounded" })
  end)
end)

describe("casualties.new", function()
  it("adds trigger words for a rule pack", function()
    local sc = assert(casualties.new{ killed_after = { "were cut down" } })
    assert.are.same({}, lines("Nine were cut down in the square."))
    local r = sc.scan("Nine were cut down in the square.")
    assert.are.equal(1, #r)
    assert.are.same({ "killed", 9 }, { r[1].kind, r[1].lo })
  end)

  it("refuses unknown lists and bad items", function()
    local sc, msg = casualties.new{ slain = { "x" } }
    assert.is_nil(sc)
    assert.are.equal("unknown word list 'slain'", msg)
    sc, msg = casualties.new{ killed_after = { 3 } }
    assert.is_nil(sc)
    assert.are.equal("word list 'killed_after' item 1 must be a non-empty string", msg)
  end)

  it("exports its word lists", function()
    assert.is_table(casualties.words.killed_after)
    assert.is_table(casualties.words.wounded_before)
    assert.is_table(casualties.words.perpetrators)
  end)
end)

describe("casualties: wounding verbs whose victims die", function()
  local c = require "incidents.grammar.casualties"
  it("reads 'stabbed three people to death' as three killed", function()
    local r = c.scan("A man stabbed three people to death on Friday.")
    assert.equal(1, #r)
    assert.equal("killed", r[1].kind)
    assert.equal(3, r[1].lo)
    assert.equal(3, r[1].hi)
  end)
  it("leaves 'stabbed three people' without 'to death' out of the dead", function()
    for _, r in ipairs(c.scan("A man stabbed three people on Friday.")) do
      assert.is_not.equal("killed", r.kind)
    end
  end)
end)

describe("casualties.scan: a date between the toll and its verb", function()
  check{
    { "The number of people killed in the June 14 raid on the market in Gao has risen to 31.",
      { "killed 31..31 revised" } },
    { "The death toll from the Oct. 7 ambush near Djibo rose to 58 on Monday.",
      { "killed 58..58 revised" } },
    { "The toll from the bombing in May 2023 climbed to 19.", { "killed 19..19 revised" } },
    { "The toll from the November 2, 2022 attack reached 40.", { "killed 40..40" } },
  }
end)

describe("casualties.scan: parts of kin and adverbs of manner", function()
  it("adds a group of the others' own kin, not a part 'of them'", function()
    local r = casualties.scan("Gunmen ambushed the cars, killing three mothers and six of "
      .. "their children.")
    assert.equal(1, #r)
    assert.same({ 9, 9 }, { r[1].lo, r[1].hi })
    local r2 = casualties.scan("Gunmen killed four soldiers and two of them were officers.")
    assert.same({ 4, 4 }, { r2[1].lo, r2[1].hi })
  end)

  it("reads a toll with an adverb of manner before the verb", function()
    local r = casualties.scan("At least 110 civilians were brutally killed.")
    assert.equal(1, #r)
    assert.equal(110, r[1].lo)
  end)
end)

describe("casualties.scan: a bomber who killed only himself, a victim told by name", function()
  it("reads 'killing only himself' as no victim", function()
    local r = casualties.scan("He blew up his car, killing only himself.")
    assert.equal(1, #r)
    assert.same({ 0, 0 }, { r[1].lo, r[1].hi })
    assert.is_false(r[1].perpetrators)
  end)

  it("reads 'the killing of' a named person as one dead, not 'the killing of 70'", function()
    local r = casualties.scan("It came months after the killing of Walter Luebcke.")
    assert.equal(1, #r)
    assert.same({ 1, 1 }, { r[1].lo, r[1].hi })
    local r2 = casualties.scan("It came months after the killing of the project.")
    assert.equal(0, #r2)
  end)
end)

describe("casualties.scan: estimates of the dead", function()
  it("reads 'Estimates of the dead run as high as 1,700' as an upper bound", function()
    local r = casualties.scan("Estimates of the dead run as high as 1,700, officials said.")
    assert.equal(1, #r)
    assert.same({ nil, 1700 }, { r[1].lo, r[1].hi })
    assert.is_true(r[1].approx)
  end)
end)

describe("casualties.scan: a range of counts", function()
  it("reads 'ranging from about 60 to well over 100 dead' from the low end, open", function()
    local r = casualties.scan("Officials gave figures ranging from about 60 to well over 100 "
      .. "dead.")
    assert.equal(1, #r)
    assert.same({ 60 }, { r[1].lo, r[1].hi })
  end)
end)

describe("casualties.scan: where the victims come from", function()
  check{
    { "The minister said 21 engineers from five countries and two local drivers were killed.",
      { "killed 23..23" } },
    { "Nine pilgrims from Kerala were wounded in the blast.", { "wounded 9..9" } },
    -- the figure after "from" counts places, not victims
    { "Fourteen students from two schools died on the bus.", { "killed 14..14" } },
  }
end)
