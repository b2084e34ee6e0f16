-- Specs for incidents.query: filters that are typos give nil, msg (not an
-- empty list that reads as "no such incidents"), good ones select.
local core = require "incidents.core"
local merge = require "incidents.merge"
local query = require "incidents.query"

describe("query.incidents", function()
  local path, db
  setup(function()
    path = os.tmpname()
    os.remove(path)
    path = path .. ".db"
    db = assert(core.open(path))
    local a = db:add_article({ text = "Title: t\n\nA text.", title = "t", path = "t.txt",
      published = "2024-02-29" })
    assert(db:add_reports(a, { { date = "2024-02-28", date_lo = "2024-02-28",
      date_hi = "2024-02-28", place = "Kerman", country = "IR", status = "attack",
      attack_type = "bombing", killed_lo = 4, killed_hi = 4 } }))
    local b = db:add_article({ text = "Title: k\n\nAnother text.", title = "k",
      path = "k.txt", published = "2021-08-27" })
    assert(db:add_reports(b, { { date = "2021-08-26", date_lo = "2021-08-26",
      date_hi = "2021-08-26", place = "Kabul", country = "AF", status = "attack",
      perpetrator = "Islamic State Khorasan Province", attack_type = "armed_assault",
      killed_lo = 3, killed_hi = 3 } }))
    assert(merge.update(db))
  end)

  it("takes a group's alias for its canonical name, or a part of a name", function()
    for _, g in ipairs({ "ISIS-K", "Khorasan", "islamic state" }) do
      local incs = assert(query.incidents(db, { group = g }))
      assert.equal(1, #incs, g)
      assert.equal("Kabul", incs[1].place)
    end
    assert.equal(0, #query.incidents(db, { group = "al-Shabaab" }))
    local f = { group = "ISIS-K" }
    query.incidents(db, f)
    assert.equal("ISIS-K", f.group)  -- the caller's table is left alone
  end)
  teardown(function()
    db:close()
    for _, s in ipairs({ "", "-wal", "-shm" }) do os.remove(path .. s) end
  end)

  it("takes real dates at each precision, leap days included", function()
    for _, d in ipairs({ "2024", "2024-02", "2024-02-29", "2000-02-29" }) do
      assert.is_table(query.incidents(db, { since = d }))
    end
    assert.equal(1, #query.incidents(db, { since = "2024" }))
    assert.equal(1, #query.incidents(db, { since = "2024-02", ["until"] = "2024-02-28" }))
    assert.equal(0, #query.incidents(db, { since = "2024-02-29" }))
  end)

  it("rejects dates that do not exist", function()
    for _, d in ipairs({ "2024-13-01", "2024-00", "2023-02-29", "1900-02-29", "2024-04-31",
      "2024-01-00", "last week", "2024-1", "" }) do
      local incs, err = query.incidents(db, { ["until"] = d })
      assert.is_nil(incs)
      assert.equal("bad date for until: '" .. d .. "' (use YYYY, YYYY-MM or YYYY-MM-DD)", err)
    end
  end)

  it("takes a country's code in any case, its name or an alias; refuses a name it does not know",
    function()
    for _, c in ipairs({ "IR", "ir", "Iran", "iran", "Persia" }) do
      local incs = assert(query.incidents(db, { country = c }))
      assert.equal(1, #incs, c)
      assert.equal("Kerman", incs[1].place)
    end
    local incs, err = query.incidents(db, { country = "Narnia" })
    assert.is_nil(incs)
    assert.equal("unknown country 'Narnia' (use an ISO code such as RU or a name such as Russia)",
      err)
  end)

  it("rejects a period whose bounds are swapped", function()
    local incs, err = query.incidents(db, { since = "2024", ["until"] = "2023-12" })
    assert.is_nil(incs)
    assert.equal("since 2024 is after until 2023-12 (swap them)", err)
    assert.equal(1, #query.incidents(db, { since = "2024-02-28", ["until"] = "2024-02" }))
    assert.equal(1, #query.incidents(db, { since = "2024-02", ["until"] = "2024-02-28" }))
  end)

  it("rejects an unknown attack type, status, a bad min_killed or limit", function()
    local incs, err = query.incidents(db, { type = "bomb" })
    assert.is_nil(incs)
    assert.equal("unknown attack type 'bomb' (use one of assassination, armed_assault, "
      .. "bombing, hijacking, hostage_taking, kidnapping, facility_attack, unarmed_assault, "
      .. "unknown)", err)
    assert.equal(1, #query.incidents(db, { type = "bombing" }))
    incs, err = query.incidents(db, { status = "foiled" })
    assert.is_nil(incs)
    assert.equal("unknown status 'foiled' (use attack or plot_foiled)", err)
    incs, err = query.incidents(db, { min_killed = "ten" })
    assert.is_nil(incs)
    assert.equal("bad number for min_killed: 'ten' (use a number, 0 or more)", err)
    incs, err = query.incidents(db, { limit = 0 })
    assert.is_nil(incs)
    assert.equal("bad limit: '0' (use a whole number, 1 or more)", err)
    assert.equal(1, #query.incidents(db, { min_killed = 4, limit = 1 }))
    assert.equal(0, #query.incidents(db, { min_killed = 5 }))
  end)
end)
