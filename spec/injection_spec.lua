-- SQL injection through the command line (issue 7): every `list` filter and
-- the `search` query reach SQLite as bound parameters, so an attempt finds
-- nothing (or is refused as bad usage), changes nothing, and an FTS5 syntax
-- error is a one-line message, not a crash. The store's own specs cover the
-- library calls; these run the CLI as a user does.
local u = dofile("spec/robust_util.lua")

local attempts = {
  "' OR 1=1 --",
  "x'); DROP TABLE incidents; --",
  "\" OR \"\"=\"",
  "1; DELETE FROM reports",
  "%",
  "2024' UNION SELECT sql FROM sqlite_master --",
}

describe("SQL injection through the CLI", function()
  local dir, db, before
  setup(function()
    dir = u.tmpdir()
    db = dir .. "/inj.db"
    assert.equal(0, (u.cli("--db " .. u.q(db) .. " ingest -q " .. u.q(u.root
      .. "/examples/articles"))))
    before = u.state(db)
    assert.is_true(before.counts.incidents > 0)
  end)
  teardown(function() u.rm(dir) end)

  local function list(opt, value)
    return u.cli("--db " .. u.q(db) .. " list --format tsv " .. opt .. " " .. u.q(value))
  end

  for _, opt in ipairs({ "--group", "--country", "--since", "--until", "--type",
    "--min-killed", "--status" }) do
    it("in " .. opt .. " matches nothing or is refused, and changes nothing", function()
      for _, evil in ipairs(attempts) do
        local code, out, err = list(opt, evil)
        assert.not_matches("internal error", err)
        if code == 0 then
          -- the header only: an injected OR would list every incident
          assert.equal(1, #u.lines(out), opt .. " " .. evil .. ":\n" .. out)
        else
          assert.equal(2, code, opt .. " " .. evil .. ": " .. err)
          assert.equal(1, #u.lines(err), err)
          assert.matches("^incidents: ", err)
        end
      end
      local after = u.state(db)
      assert.same(before.counts, after.counts)
      assert.equal("ok", after.integrity)
    end)
  end

  it("a filter value still works as a value (the injection test can fail)", function()
    local code, out = list("--country", "AF")
    assert.equal(0, code)
    assert.is_true(#u.lines(out) >= 2, out)
  end)

  it("in search finds nothing, or is a one-line FTS message; nothing changes", function()
    local queries = {
      "Kabul\" OR \"1\"=\"1", "\"unterminated", "NEAR(", "a AND", "*", "^", "title:",
      "nosuchcolumn:Kabul", "'); DROP TABLE articles; --", "\") OR 1=1 --",
      "Kabul UNION SELECT text FROM articles",
    }
    for _, qy in ipairs(queries) do
      local code, out, err = u.cli("--db " .. u.q(db) .. " search " .. u.q(qy))
      assert.not_matches("internal error", err)
      if code == 0 then
        assert.equal("", err)
        assert.matches("^no article matches", out, qy)
      else
        assert.equal(2, code, qy .. ": " .. err)
        assert.equal(1, #u.lines(err), err)
        assert.matches("^incidents: bad search '", err)
      end
    end
    -- a real query finds its article, so the checks above can fail
    local code, out = u.cli("--db " .. u.q(db) .. " search Kerman")
    assert.equal(0, code)
    assert.matches("Kerman", out)
    local after = u.state(db)
    assert.same(before.counts, after.counts)
    assert.equal("ok", after.integrity)
  end)
end)
