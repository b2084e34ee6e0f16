-- Specs of incidents.extract on the construction classes of ordinary long
-- pages that eval/dev11 showed (breaking reports updated through the day,
-- newsletters on one group, TV web stories, wire stories with background,
-- "what we know" explainers). Our own sentences, run with the default pack;
-- no sentence of the set is quoted.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.dated_extract(pack, "2024-05-20")

describe("extract: a count told by a speaker later in the page", function()
  it("is another count of the event told, not a new report", function()
    local r = run("Gunmen attacked a market in Kano on Sunday, killing 22 people.\n\n"
      .. "UPDATE 4pm\n\n"
      .. "The governor said in a televised address that 19 traders and two police "
      .. "officers had been killed.\n\n"
      .. "Later the police said the toll had risen to 25.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal(25, r[1].killed_lo)
  end)

  it("keeps the story's figure when an earlier one is told after it", function()
    local r = run("Gunmen attacked a market in Kano on Sunday, killing 22 people, the "
      .. "police said on Monday.\n\n"
      .. "A hospital official had told reporters on Sunday night that 30 people were "
      .. "dead, a figure that included the attackers.")
    assert.equal(1, #r)
    assert.equal(22, r[1].killed_lo)
  end)

  it("still makes a report of a count with a place and day of its own", function()
    local r = run("Gunmen attacked a market in Kano on Sunday, killing 22 people.\n\n"
      .. "In Maiduguri, officials said that 12 soldiers had been killed by militants on "
      .. "Saturday.")
    assert.equal(2, #r)
  end)
end)
