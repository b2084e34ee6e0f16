--- Specs for core.hash: the content hash articles are de-duplicated by.

local core = require "incidents.core"
local article = require "incidents.article"

describe("core.hash", function ()
  it("gives 16 hex digits", function ()
    assert.matches("^%x%x%x%x%x%x%x%x%x%x%x%x%x%x%x%x$", core.hash("Gunmen stormed the hall."))
  end)

  it("has a fixed value, so stored hashes stay valid", function ()
    assert.equal("af63bd4c8601b7df", core.hash(""))
    assert.equal("dfcbf24c3edd2b86", core.hash("abcdefgh12345"))
  end)

  it("equals the pure-Lua fallback of incidents.article on any bytes", function ()
    math.randomseed(424242)
    for _ = 1, 500 do
      local t = {}
      for k = 1, math.random(0, 40) do t[k] = string.char(math.random(0, 255)) end
      local s = table.concat(t)
      assert.equal(article._lua_hash(s), core.hash(s))
    end
  end)

  it("tells apart texts that differ in one byte, in length or by NULs", function ()
    assert.not_equal(core.hash("abcdefgh12345"), core.hash("abcdefgh12346"))
    assert.not_equal(core.hash(""), core.hash("\0"))
    assert.not_equal(core.hash("\0"), core.hash("\0\0"))
  end)

  it("rejects a missing argument", function ()
    assert.has_error(function () core.hash() end,
      "bad argument #1 to 'hash' (string expected, got no value)")
  end)
end)
