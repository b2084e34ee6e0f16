-- Specs of incidents.extract on days told by times of day and by parts of
-- the day told before: wire copy's four-digit times ("at 2100 on 15 March")
-- are no years, and "that night", "the next day", "hours later" date an
-- event from the event just told. The sentences are written for these specs.
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2024-05-20")

-- The report whose place is `place`.
local at = helper.report_at

describe("extract: four-digit times of day", function()
  it("dates an attack by the day after 'at hhmm', not by the year hhmm", function()
    local r = run("SAN SALVADOR, 20 MAY 24 -- REBELS ATTACKED AN ARMY POST IN USULUTAN "
      .. "AT 2100 ON 15 MAY, KILLING 4 SOLDIERS.")
    assert.equal(1, #r)
    assert.equal("2024-05-15", r[1].date)
    assert.equal("date.clock", r[1].evidence.date.rule)
  end)

  it("gives no year to a time range in hhmm", function()
    local r = run("A police post in Usulutan was attacked between 1310 and 1350 "
      .. "[1910 and 1950 GMT] today and 2 policemen were killed.")
    assert.equal(1, #r)
    assert.equal("2024-05-20", r[1].date)
    r = run("Rebels attacked the town hall in Usulutan at approximately 1940, killing "
      .. "a guard.")
    assert.equal(1, #r)
    assert.is_not_equal("1940", r[1].date)
  end)

  it("dates an attack by a clock time with its day", function()
    local r = run("Gunmen attacked a checkpoint in Kandahar at 10 p.m. on May 3, killing "
      .. "4 police officers.")
    assert.equal(1, #r)
    assert.equal("2024-05-03", r[1].date)
  end)
end)

describe("extract: a part of the day told before", function()
  local first = "Gunmen shot dead 4 guards at a border post near Gao on May 2. "

  it("dates 'that night', 'the same evening' by the event just told", function()
    for _, lead in ipairs { "That night, ", "The same evening ", "Later that night " } do
      local r = run(first .. lead .. "a roadside bomb killed 3 soldiers near Kidal.")
      assert.equal(2, #r, lead)
      assert.equal("2024-05-02", at(r, "Kidal").date, lead)
    end
  end)

  it("keeps an event told 'the next morning' an attack, a day later", function()
    local r = run(first .. "The next morning a roadside bomb killed 3 soldiers near Kidal.")
    assert.equal(2, #r)
    assert.equal("2024-05-03", at(r, "Kidal").date)
    assert.equal("attack", at(r, "Kidal").status)
    -- near miss: "the next attack" is one to come
    r = run(first .. "Officials in Kidal fear the next attack will kill more soldiers.")
    assert.equal(1, #r)
    -- nor is one set for "next weekend" (counted from now, not from an event)
    r = run("Leaflets say the plan is to be carried out next weekend by poisoning water "
      .. "supplies in Cali.")
    assert.equal(0, #r)
  end)

  it("counts from an event the extractor dated itself", function()
    local lead = first .. "Four days after the Gao attack, a car bomb killed 6 people in "
      .. "Timbuktu. "
    local r = run(lead .. "The next day, a roadside bomb killed 3 soldiers near Kidal.")
    assert.equal("2024-05-06", at(r, "Timbuktu").date)
    assert.equal("2024-05-07", at(r, "Kidal").date)
    r = run(lead .. "That evening, a roadside bomb killed 3 soldiers near Kidal.")
    assert.equal("2024-05-06", at(r, "Kidal").date)
    r = run(lead .. "Two days later, a roadside bomb killed 3 soldiers near Kidal.")
    assert.equal("2024-05-08", at(r, "Kidal").date)
  end)

  it("dates 'the evening before', 'the morning after the Gao attack' from that event", function()
    local r = run(first .. "The evening before, a roadside bomb killed 3 soldiers near Kidal.")
    assert.equal("2024-05-01", at(r, "Kidal").date)
    r = run(first .. "The morning after the Gao attack, a roadside bomb killed 3 soldiers "
      .. "near Kidal.")
    assert.equal("2024-05-03", at(r, "Kidal").date)
    r = run(first .. "On the night of the Gao attack, a roadside bomb killed 3 soldiers "
      .. "near Kidal.")
    assert.equal("2024-05-02", at(r, "Kidal").date)
  end)

  it("dates 'the same night' by the event, not by a statement told since", function()
    local r = run("Health officials said on Thursday that the toll from Sunday's car bombing "
      .. "in Mosul had risen to 40. The count stood at 31 on Wednesday, they added.\n\n"
      .. "The same night, a roadside bomb killed 3 soldiers near Tikrit.", "2024-05-24")
    assert.equal("2024-05-19", at(r, "Mosul").date)
    assert.equal("2024-05-19", at(r, "Tikrit").date)
  end)

  it("counts 'that same day' from a time told with its day", function()
    local r = run("Rebels clashed with troops near Tecoluca at 0900 on 3 May and killed 3 "
      .. "soldiers. That same day, rebels ambushed a patrol near Zacatecoluca, killing 2 "
      .. "soldiers.")
    assert.equal("2024-05-03", at(r, "Zacatecoluca").date)
  end)
end)
