local census = require "incidents.muc4.census"

-- A story's key and answers written for these specs.
local function doc(t)
  local d = { PerpInd = {}, PerpOrg = {}, Target = {}, Victim = {}, Weapon = {} }
  for k, v in pairs(t) do d[k] = v end
  return d
end

local function classes(cases)
  local t = {}
  for _, c in ipairs(cases) do t[#t + 1] = c.role .. " " .. c.class .. " " .. c.text end
  table.sort(t)
  return t
end

describe("incidents.muc4.census", function()
  it("counts a right answer once and a second form of it as coreference", function()
    local gold = doc { Victim = { { "jose ruiz" } } }
    local pred = doc { Victim = { { "jose ruiz" }, { "ruiz" } } }
    assert.same({ "Victim fp.coref ruiz", "Victim ok jose ruiz" },
      classes(census.document(gold, pred)))
  end)

  it("tells the aliases of one group apart from a wrong span", function()
    local gold = doc { PerpOrg = { { "fmln" } }, Target = { { "las canas bridge" } } }
    local pred = doc { PerpOrg = { { "fmln" }, { "farabundo marti front" } },
      Target = { { "bridge" } } }
    local got = census.document(gold, pred,
      { group_of = { fmln = "FMLN", ["farabundo marti front"] = "FMLN" } })
    assert.same({ "PerpOrg fp.coref farabundo marti front", "PerpOrg ok fmln",
      "Target fp.boundary bridge", "Target miss.boundary las canas bridge" }, classes(got))
  end)

  it("sorts wrong answers by what the key says of the story and the role", function()
    local empty = doc {}
    assert.same({ "Weapon fp.empty_doc bomb" },
      classes(census.document(empty, doc { Weapon = { { "bomb" } } })))
    local gold = doc { PerpInd = { { "gunmen" } }, Victim = { { "ana lopez" } } }
    local pred = doc { PerpInd = { { "gunmen" }, { "soldiers" } }, Victim = { { "gunmen" } },
      Weapon = { { "rifle" } } }
    assert.same({ "PerpInd fp.extra soldiers", "PerpInd ok gunmen", "Victim fp.role gunmen",
      "Victim miss.absent ana lopez", "Weapon fp.role_empty rifle" },
      classes(census.document(gold, pred)))
  end)

  it("says why a gold entity was missed", function()
    local gold = doc { Target = { { "power plant" } }, Victim = { { "ana lopez" } },
      PerpInd = { { "rebels" } } }
    local pred = doc { PerpOrg = { { "rebels" } } }
    local cands = { { key = "power plant" }, { key = "lopez" } }
    assert.same({ "PerpInd miss.role rebels", "PerpOrg fp.role rebels",
      "Target miss.ranked power plant", "Victim miss.partial ana lopez" },
      classes(census.document(gold, pred, { candidates = cands })))
    assert.same({ "PerpInd miss.gate rebels", "Target miss.gate power plant",
      "Victim miss.gate ana lopez" }, classes(census.document(gold, doc {}, { closed = true })))
  end)

  it("tallies cases per class and role and prints the table", function()
    local t = census.new()
    census.add(t, { role = "Target", class = "fp.extra" })
    census.add(t, { role = "Target", class = "fp.coref" })
    census.add(t, { role = "Weapon", class = "fp.extra" })
    local u = census.new()
    census.add(u, { role = "Victim", class = "miss.absent" })
    census.merge(t, u)
    assert.equal(1, t["fp.extra"].Target)
    assert.equal(1, t["miss.absent"].Victim)
    local md = census.table(t)
    assert.truthy(md:find("| fp.extra | 0 | 0 | 1 | 0 | 1 | 2 | 67% |", 1, true))
    assert.truthy(md:find("| miss.absent | 0 | 0 | 0 | 1 | 0 | 1 | 100% |", 1, true))
  end)

  it("rejects what is not a key and answers", function()
    assert.has_error(function() census.document(nil, {}) end,
      "bad argument to 'document' (gold and pred tables expected)")
  end)
end)
