-- Specs for a group's home aliases: names a group goes by only in its own
-- countries ("the Maoists" of Indian news), which must not name it abroad.
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local default = assert(rules.load("default"))

local function perpetrators(text)
  local out = {}
  for _, r in ipairs(extract.text(text, default, { published = "2011-06-08" })) do
    out[#out + 1] = r.perpetrator or false
  end
  return out
end

describe("home aliases", function()
  it("name the group at home", function()
    assert.same({ "Communist Party of India (Maoist)" }, perpetrators(
      "Maoists ambushed a police patrol in Dantewada district of Chhattisgarh on Monday, "
      .. "killing four constables."))
  end)

  it("do not name it in a report placed in another country", function()
    assert.same({ false }, perpetrators(
      "Maoists ambushed a police patrol in Ayacucho, Peru, on Monday, killing four officers."))
    assert.same({ false }, perpetrators(
      "Maoist rebels set off a bomb at a bus station in Pokhara, Nepal, on Monday, "
      .. "killing four passengers."))
  end)

  it("leave the group to a report abroad that also names it by its own name", function()
    assert.same({ "Communist Party of India (Maoist)" }, perpetrators(
      "Police in Nepal said the CPI (Maoist) had sent fighters across the border. "
      .. "The Maoists ambushed a police patrol in Pokhara, Nepal, on Monday, "
      .. "killing four officers."))
  end)

  it("are refused without the countries they hold in", function()
    local pack, err = rules.load_string(
      'group { "Lions of the Test", home_aliases = { "the Lions" } }', "lions.lua")
    assert.is_nil(pack)
    assert.matches("lions.lua:1: group: home_aliases need country", err, 1, true)
  end)

  it("are aliases of the group in the compiled pack", function()
    local pack = assert(rules.load_string(
      'group { "Lions of the Test", country = "ZZ", aliases = { "LOTT" },'
      .. ' home_aliases = { "the Lions" } }',
      "lions.lua"))
    local g = pack.group_by_name["Lions of the Test"]
    assert.same({ "Lions of the Test", "LOTT", "the Lions" }, g.aliases)
    assert.same({ "the Lions" }, g.home_aliases)
  end)
end)
