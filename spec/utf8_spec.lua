--- Specs for core.utf8_clean: ill-formed UTF-8 becomes U+FFFD, NULs go.
-- One U+FFFD per maximal ill-formed subpart, as Unicode recommends (the
-- same count Python's and browsers' decoders give).

local core = require "incidents.core"

local FFFD = "\u{FFFD}"

local function clean (s)
  return core.utf8_clean(s)
end

describe("core.utf8_clean", function ()
  describe("valid text", function ()
    for _, c in ipairs{
      { "leaves ASCII alone and says so", "Gunmen stormed the hall on March 22, 2024." },
      { "leaves the empty string alone", "" },
      { "leaves 2-, 3- and 4-byte characters alone",
        "Zürich, Kraków, Ελλάδα, Москва, “quoted” — 東京 😀 \u{10FFFF} \u{E000}" },
      { "keeps the edges of each sequence length",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}" },
    } do
      it(c[1], function ()
        local out, changed = clean(c[2])
        assert.equal(c[2], out)
        assert.is_false(changed)
      end)
    end
  end)

  describe("ill-formed sequences", function ()
    it("replaces a lone continuation byte", function ()
      assert.same({ "a" .. FFFD .. "b", true }, { clean("a\x80b") })
    end)

    it("replaces a Latin-1 byte in UTF-8 text", function ()
      assert.same({ "caf" .. FFFD .. " au lait", true }, { clean("caf\xE9 au lait") })
    end)

    it("replaces bytes that never occur (C0, C1, F5..FF)", function ()
      assert.same({ FFFD:rep(5), true }, { clean("\xC0\xC1\xF5\xFE\xFF") })
    end)

    it("replaces overlong forms byte by byte", function ()
      assert.equal(FFFD:rep(2), (clean("\xC0\xAF")))          -- '/' in 2 bytes
      assert.equal(FFFD:rep(3), (clean("\xE0\x80\xAF")))      -- '/' in 3 bytes
      assert.equal(FFFD:rep(4), (clean("\xF0\x80\x80\xAF")))  -- '/' in 4 bytes
      assert.equal(FFFD:rep(3), (clean("\xE0\x9F\xBF")))      -- U+07FF in 3 bytes
    end)

    it("replaces UTF-16 surrogates", function ()
      assert.equal(FFFD:rep(3), (clean("\xED\xA0\x80")))      -- U+D800
      assert.equal(FFFD:rep(3), (clean("\xED\xBF\xBF")))      -- U+DFFF
      assert.equal(FFFD:rep(6), (clean("\xED\xA0\xBD\xED\xB8\x80")))  -- CESU-8 pair
    end)

    it("replaces values above U+10FFFF", function ()
      assert.equal(FFFD:rep(4), (clean("\xF4\x90\x80\x80")))
    end)

    it("replaces a sequence cut short at the end by one U+FFFD", function ()
      assert.same({ "abc" .. FFFD, true }, { clean("abc\xE2\x82") })
      assert.same({ "abc" .. FFFD, true }, { clean("abc\xF0\x9F\x98") })
      assert.same({ "abc" .. FFFD, true }, { clean("abc\xC3") })
    end)

    it("replaces a sequence cut short inside the text and keeps what follows", function ()
      assert.equal(FFFD .. "A", (clean("\xE2\x82A")))
      assert.equal(FFFD .. "é", (clean("\xF0\x9F\xC3\xA9")))
      assert.equal("x" .. FFFD .. " y", (clean("x\xE2 y")))
    end)
  end)

  describe("NUL", function ()
    it("is removed", function ()
      assert.same({ "ab", true }, { clean("a\0b") })
      assert.same({ "", true }, { clean("\0\0\0") })
    end)

    it("is removed next to bad bytes", function ()
      assert.same({ FFFD .. "x", true }, { clean("\0\xFF\0x\0") })
    end)
  end)

  describe("any bytes", function ()
    it("always gives valid UTF-8 without NUL, a fixed point of cleaning", function ()
      local rnd = math.random
      math.randomseed(20240322)
      for _ = 1, 2000 do
        local t = {}
        for k = 1, rnd(0, 40) do t[k] = string.char(rnd(0, 255)) end
        local s = table.concat(t)
        local out, changed = clean(s)
        assert.is_truthy(utf8.len(out), "invalid output for " .. ("%q"):format(s))
        assert.is_nil(out:find("\0", 1, true))
        -- Lua's own strict decoder is the reference for "already clean"
        assert.equal(not (utf8.len(s) and not s:find("\0", 1, true)), changed)
        assert.same({ out, false }, { clean(out) })
      end
    end)

    it("cleans a megabyte of bad bytes", function ()
      local out, changed = clean(("\xFF"):rep(2^20))
      assert.is_true(changed)
      assert.equal(3 * 2^20, #out)
    end)

    it("rejects a missing argument", function ()
      assert.has_error(function () core.utf8_clean() end,
        "bad argument #1 to 'utf8_clean' (string expected, got no value)")
    end)
  end)
end)
