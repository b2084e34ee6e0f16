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

  it("reads the census tools' command line, with each tool's own flags", function()
    local o = assert(census.args({ "--sets", "dev,even", "--cv", "x/cv", "--set", "a=1",
      "--list", "fp.coref", "--set", "b=2" }, { ["--list"] = "one", ["--set"] = "many" }))
    assert.same({ "dev", "even" }, o.sets)
    assert.equal("x/cv", o.cv)
    assert.equal("../shared/data/muc4", o.data)
    assert.equal("fp.coref", o["--list"])
    assert.same({ "a=1", "b=2" }, o["--set"])
    assert.same({ "dev", "odd", "even" }, assert(census.args({})).sets)
    local ok, err = census.args({ "--list", "fp.coref" })
    assert.is_nil(ok)
    assert.equal("unknown argument --list", err)
    ok, err = census.args({ "--sets", "dev,test" })
    assert.is_nil(ok)
    assert.equal("no set test", err)
    ok, err = census.args({ "--data" })
    assert.is_nil(ok)
    assert.equal("argument --data needs a value", err)
  end)

  it("loads dev with the shipped model, its stories sorted", function()
    local model, gold, docs, ids = census.set("dev", { data = "../shared/data/muc4" })
    assert.equal(200, #ids)
    for k = 2, #ids do assert.is_true(ids[k - 1] < ids[k]) end
    assert.is_table(gold[ids[1]])
    assert.is_string(docs[ids[1]])
    assert.is_table(model.opts)
    assert.has_error(function() census.set("test", {}) end, "census.set: no set test")
  end)
end)
