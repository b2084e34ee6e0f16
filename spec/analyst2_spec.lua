-- Specs for three things an analyst tripped on in a walkthrough of the
-- command line: search snippets that showed the header lines, negative
-- numbers given to options, and an undated report merged into another
-- attack of its city. The articles are short items written for these specs.
local merge = require "incidents.merge"

local u = dofile("spec/robust_util.lua")
local q = u.q

-- The incidents' report ids, as "1,2" strings, sorted.
local function groups_of(incs)
  local out = {}
  for _, inc in ipairs(incs) do
    local ids = {}
    for i, id in ipairs(inc.report_ids) do ids[i] = id end
    table.sort(ids)
    out[#out + 1] = table.concat(ids, ",")
  end
  table.sort(out)
  return out
end

describe("an undated report", function()
  local function day(d, t) t.date, t.date_lo, t.date_hi = d, d, d; return t end
  local function R(id, t) t.id, t.article_id, t.status = id, id, "attack"; return t end

  it("of another attack type stays apart from a dated incident of its city", function()
    local shooting = R(1, day("2023-05-14", { place = "Kandahar", country = "AF",
      attack_type = "armed_assault", killed_lo = 4, killed_hi = 4 }))
    local bomb = R(2, { place = "Kandahar", country = "AF", attack_type = "bombing",
      killed_lo = 2, killed_hi = 2 })
    assert.same({ "1", "2" }, groups_of(merge.merge({ shooting, bomb })))
    local state, _, why = merge.compare(bomb, shooting)
    assert.equal("open", state)
    assert.matches("bombing and armed_assault", why, 1, true)
  end)

  it("of another attack type joins when the group or a toll ties them", function()
    local function pair(extra1, extra2)
      local a = R(1, day("2023-05-14", { place = "Kandahar", country = "AF",
        attack_type = "armed_assault" }))
      local b = R(2, { place = "Kandahar", country = "AF", attack_type = "bombing" })
      for k, v in pairs(extra1) do a[k] = v end
      for k, v in pairs(extra2) do b[k] = v end
      return groups_of(merge.merge({ a, b }))
    end
    assert.same({ "1,2" }, pair({ perpetrator = "Taliban" }, { perpetrator = "Taliban" }))
    local nine = { killed_lo = 9, killed_hi = 9 }
    assert.same({ "1,2" }, pair(nine, nine))
    assert.same({ "1,2" }, pair({ wounded_lo = 30 }, { wounded_lo = 30 }))
    -- a different toll is no tie; neither is a group only one of them names
    assert.same({ "1", "2" }, pair(nine, { killed_lo = 3, killed_hi = 3 }))
    assert.same({ "1", "2" }, pair({ perpetrator = "Taliban" }, {}))
  end)

  it("of the same type, or of no known type, still joins the incident of its city", function()
    local function with(t2)
      local a = R(1, day("2023-05-14", { place = "Kandahar", country = "AF",
        attack_type = "bombing" }))
      local b = R(2, { place = "Kandahar", country = "AF", attack_type = t2 })
      return groups_of(merge.merge({ a, b }))
    end
    assert.same({ "1,2" }, with("bombing"))
    assert.same({ "1,2" }, with("unknown"))
    assert.same({ "1,2" }, with(nil))
  end)

  it("keeps two attacks of one city apart through ingest", function()
    local dir = u.tmpdir()
    finally(function() u.rm(dir) end)
    u.write(dir .. "/shooting.txt", "Title: Gunmen attack police post in Kandahar\n"
      .. "Date: 2023-05-14\n\nGunmen opened fire on a police checkpoint in Kandahar on "
      .. "Sunday, killing four officers, the provincial police chief said.\n")
    u.write(dir .. "/bomb.txt", "Title: Roadside bomb in Kandahar\n\nA roadside bomb "
      .. "exploded near a market in Kandahar, killing two civilians and wounding six "
      .. "others, local officials said.\n")
    local db = dir .. "/a.db"
    local code, _, err = u.cli("--db " .. q(db) .. " ingest -q " .. q(dir))
    assert.equal(0, code, err)
    local out
    code, out, err = u.cli("--db " .. q(db) .. " list --format tsv")
    assert.equal(0, code, err)
    local rows = {}
    for line in out:gmatch("[^\n]+") do rows[#rows + 1] = line end
    assert.equal(3, #rows, out)   -- the header and two incidents
    assert.matches("\t2023%-05%-14\tKandahar\tAF\t\tarmed_assault\tattack\t4\t", out)
    assert.matches("\n%d+\t\tKandahar\tAF\t\tbombing\tattack\t2\t", out)
  end)
end)
