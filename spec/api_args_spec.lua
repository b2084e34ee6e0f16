-- The library's entry points take what a script naturally passes: a rule
-- pack by name where a pack goes, and a clear error at the caller for a
-- value of the wrong kind (not an internal error, nor every article
-- reported as failed).
local core = require "incidents.core"
local ingest = require "incidents.ingest"
local merge = require "incidents.merge"

local function temp_article(text)
  local path = os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
  return path
end

describe("ingest.run's pack", function()
  local art, dbpath
  before_each(function()
    art = temp_article("Title: Depot attack\nDate: 2024-05-02\n\n"
      .. "Gunmen attacked a fuel depot in Kano on Tuesday, killing four guards, police said.\n")
    dbpath = os.tmpname()
    os.remove(dbpath)
  end)
  after_each(function()
    os.remove(art)
    os.remove(dbpath)
  end)

  it("is loaded when given by name, as the CLI's --rules is", function()
    local db = assert(core.open(dbpath))
    local s = assert(ingest.run(db, { art }, { pack = "default" }))
    db:close()
    assert.are.equal(1, s.new)
    assert.are.equal(0, s.failed)
    assert.is_true(s.reports >= 1)
  end)

  it("by an unknown name gives nil and the loader's message", function()
    local db = assert(core.open(dbpath))
    local ok, err = ingest.run(db, { art }, { pack = "no-such-pack-here" })
    db:close()
    assert.is_nil(ok)
    assert.matches("no%-such%-pack%-here", err)
  end)

  it("of another kind is an argument error at the caller", function()
    local db = assert(core.open(dbpath))
    local ok, err = pcall(function() ingest.run(db, { art }, { pack = 42 }) end)
    db:close()
    assert.is_false(ok)
    assert.matches("bad argument #3 to 'run' %(opts.pack", err)
    assert.matches("api_args_spec", err)
  end)
end)

describe("merge.update", function()
  it("names its first argument when it is no database", function()
    local ok, err = pcall(function() merge.update("incidents.db") end)
    assert.is_false(ok)
    assert.matches("bad argument #1 to 'update' %(an open database expected, got string%)", err)
    assert.matches("api_args_spec", err)
  end)
end)
