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
