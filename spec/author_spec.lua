-- Specs for what trips a rule author and a report author in a first hour
-- with the library: each case is a call, a pack or a message that was wrong
-- and was fixed. The articles and packs are short items written for these
-- specs (a made-up militia that attacks power lines and pipelines).
local incidents = require "incidents"
local core = require "incidents.core"
local article = require "incidents.article"
local ingest = require "incidents.ingest"
local query = require "incidents.query"

local u = dofile("spec/robust_util.lua")

-- The message of an error raised by `fn(...)`, called from this file so the
-- position a level-2 error adds is this file's.
local function raised(fn, ...)
  local args = table.pack(...)
  local ok, err = pcall(function() local r = fn(table.unpack(args, 1, args.n)); return r end)
  assert.is_false(ok)
  return tostring(err)
end

describe("query: a script's mistakes name the argument and the caller", function()
  local dir, db
  setup(function()
    dir = u.tmpdir()
    db = assert(core.open(dir .. "/q.db"))
    local art = article.from_text("Title: Line cut\n\nA pylon fell near a village.",
      { path = "a.txt" })
    assert(ingest.article(db, art, { extract = function() return {} end }))
  end)
  teardown(function() db:close() end)

  it("a path where the database goes", function()
    local msg = raised(query.incidents, "q.db")
    assert.matches("^spec/author_spec.lua:%d+: bad argument #1 to 'incidents' "
      .. "%(database expected, got string%)$", msg)
    assert.matches("bad argument #1 to 'search' %(database expected, got table%)",
      raised(query.search, {}, "pylon"))
    assert.matches("bad argument #1 to 'incident' %(database expected, got nil%)",
      raised(query.incident, nil, 1))
  end)

  it("the shortcut incidents.incidents says the same", function()
    assert.matches("^spec/author_spec.lua:%d+: bad argument #1 to 'incidents'",
      raised(incidents.incidents, "q.db"))
  end)

  it("a closed database", function()
    local d2 = assert(core.open(":memory:"))
    d2:close()
    assert.matches("bad argument #1 to 'incidents' %(the database is closed%)",
      raised(query.incidents, d2))
  end)

  it("an id that is no id, and options that are no table", function()
    assert.matches("bad argument #2 to 'incident' %(incident id expected, got table%)",
      raised(query.incident, db, {}))
    assert.matches("bad argument #2 to 'incident' %(incident id expected, got a fraction%)",
      raised(query.incident, db, 1.5))
    assert.matches("bad argument #3 to 'incidents' %(table expected, got string%)",
      raised(query.incidents, db, nil, "best"))
    assert.matches("bad argument #2 to 'search' %(string expected, got number%)",
      raised(query.search, db, 42))
    assert.matches("bad argument #1 to 'quotes' %(report table expected, got nil%)",
      raised(query.quotes, nil, "text"))
  end)

  it("good calls still answer, and user input still gives nil, msg", function()
    assert.same({}, query.incidents(db))
    local inc, err = query.incident(db, "7")
    assert.is_nil(inc)
    assert.equal("no incident 7", err)
    assert.equal(1, #assert(query.search(db, "pylon")))
  end)
end)

describe("rules.test: a failed example says which field differs", function()
  local rules = require "incidents.rules"
  local pack = assert(rules.load_string([[
extends "default"
group { "Northern Grid Liberation Front", aliases = { "NGLF" } }
example { name = "typo", text = "NGLF fighters cut a pipeline near Warri, killing three guards.",
  expect = { { place = "Warri", attack_type = "bombing", kiled_lo = 3 } } }
example { name = "two", text = "Two attacks on lines near Kano and Warri.",
  expect = { { place = "Kano", killed_lo = 3, claimed = true } } }
]], "grid.lua"))
  -- a stand-in extractor: these cases are about the messages, not extraction
  local function extract(text)
    if text:find("NGLF") then
      return { { place = "Warri", attack_type = "facility_attack", killed_lo = 3 } }
    end
    return { { place = "Warri", killed_lo = 3 }, { place = "Kano", killed_lo = 2 } }
  end
  local function failure(name)
    for _, c in ipairs(rules.test(pack, extract).cases) do
      if c.example.name == name then return c.failures[1] end
    end
  end

  it("a value and a misspelt field", function()
    assert.equal('expected {attack_type="bombing", kiled_lo=3, place="Warri"}: '
      .. 'attack_type is "facility_attack", not "bombing"; '
      .. "'kiled_lo' is not a report field (did you mean 'killed_lo'?); "
      .. 'got {attack_type="facility_attack", killed_lo=3, place="Warri"}', failure("typo"))
  end)

  it("a field the closest of several reports lacks", function()
    assert.equal('expected {claimed=true, killed_lo=3, place="Kano"}: in the closest report, '
      .. 'claimed is missing (expected true); place is "Warri", not "Kano"; '
      .. 'got {killed_lo=3, place="Warri"} {killed_lo=2, place="Kano"}', failure("two"))
  end)
end)
