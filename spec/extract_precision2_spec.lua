-- Specs of incidents.extract on false reports (precision, second round): each
-- class told as a mechanism of how pages are built and how news writes, with
-- several phrasings written for these specs and a near miss where the rule
-- must not fire.
local rules = require "incidents.rules"

local helper = require "spec.helper"
local pack = assert(rules.load("default"))

local run = helper.dated_extract(pack, "2022-11-23")

describe("extract: an event word after 'every' or 'each' on a day told", function()
  it("is any event of a kind, none told", function()
    assert.equal(0, #run("The movement, which today runs a radio station in Pashto, has "
      .. "praised almost every attack in Pakistan."))
    assert.equal(0, #run("On Monday the minister said the police study each bombing in the "
      .. "province."))
    assert.equal(0, #run("The channel, banned in France since Tuesday, cheered every shooting "
      .. "in Europe."))
  end)

  it("leaves an event told beside it on that day", function()
    local r = run("A bomb exploded at a market in Kano on Monday, and the group has praised "
      .. "almost every attack since.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("2022-11-21", r[1].date)
  end)
end)
