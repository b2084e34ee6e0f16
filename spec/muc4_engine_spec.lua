local engine = require "incidents.muc4.engine"

describe("incidents.muc4.engine", function()
  describe("values", function()
    it("counts a bombing of a bus in Peru told as recent", function()
      local v = engine.values({
        { status = "attack", country = "PE", date_lo = "1989-10-02", date_hi = "1989-10-02",
          target_type = "transportation", killed_lo = 4, perpetrator = "Shining Path" },
      }, "1989-10-03")
      assert.equal(1, v.reports)
      assert.equal(1, v.attacks)
      assert.equal(1, v.nine)
      assert.equal(0, v.other_country)
      assert.equal(1, v.recent)
      assert.equal(0, v.old)
      assert.equal(1, v.civilian)
      assert.equal(0, v.forces_only)
      assert.equal(4, v.killed)
      assert.equal(1, v.perpetrator)
    end)

    it("tells an ambush of a patrol in another country, months old, apart", function()
      local v = engine.values({
        { status = "attack", country = "NI", date_lo = "1989-03-01", date_hi = "1989-03-31",
          target_type = "military", killed_lo = 12 },
        { status = "plot_foiled", country = "CO", target_type = "unknown" },
      }, "1989-09-15")
      assert.equal(2, v.reports)
      assert.equal(1, v.attacks)
      assert.equal(1, v.plots)
      assert.equal(1, v.nine)
      assert.equal(1, v.other_country)
      assert.equal(0.5, v.share_other)
      assert.equal(0, v.recent)
      assert.equal(1, v.old)
      assert.equal(1, v.all_old)
      assert.equal(0, v.civilian)
      assert.equal(1, v.forces_only)
      assert.equal(12, v.killed)
    end)

    it("without the story's date tells only a year before the corpus", function()
      local reps = { { status = "attack", date_lo = "1980-03-24", date_hi = "1980-03-24" },
        { status = "attack", date_lo = "1989-11-16" } }
      local v = engine.values(reps)
      assert.equal(1, v.old_year)
      assert.equal(0, v.recent)
      assert.equal(0, v.old)
      assert.equal(2, v.dated)
      -- a story dated 1989-11-20 has one recent incident and one old one
      local w = engine.values(reps, "1989-11-20")
      assert.equal(1, w.recent)
      assert.equal(1, w.old)
      assert.equal(0, w.all_old)
    end)

    it("gives zeros for a story without reports", function()
      local v = engine.values({})
      for _, k in ipairs(engine.names) do assert.equal(0, v[k]) end
    end)

    it("raises on misuse", function()
      assert.has_error(function() engine.values("reports") end)
      assert.has_error(function() engine.values({}, 19891120) end)
    end)
  end)

  describe("feats", function()
    it("names the flags that hold and buckets the counts", function()
      local v = engine.values({
        { status = "attack", country = "US", target_type = "business", killed_lo = 3 },
        { status = "attack", country = "US", target_type = "business" },
        { status = "attack", country = "CA" },
      })
      local set = {}
      for _, f in ipairs(engine.feats(v)) do set[f] = true end
      assert.truthy(set["e:attacks=3"])
      assert.truthy(set["e:killed=3"])
      assert.truthy(set["e:only_other"])
      assert.truthy(set["e:civilian"])
      assert.falsy(set["e:nine"])
      assert.falsy(set["e:forces_only"])
    end)
  end)

  describe("dateline_date", function()
    it("reads the wire's datelines", function()
      assert.equal("1990-02-04", engine.dateline_date("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE)"))
      assert.equal("1989-12-31", engine.dateline_date("LIMA, 31 DEC 89"))
      assert.is_nil(engine.dateline_date("BOGOTA (EFE)"))
      assert.is_nil(engine.dateline_date(nil))
    end)
  end)

  it("reads the default engine's reports of a short story of our own", function()
    local extract, rules = require "incidents.extract", require "incidents.rules"
    local pack = assert(rules.load("default"))
    local text = "Rebels set off a car bomb outside a bank in Bogota, Colombia, on Monday, "
      .. "killing six people and wounding 20, police said."
    local v = engine.values(extract.text(text, pack, { published = "1989-10-11" }), "1989-10-11")
    assert.truthy(v.attacks >= 1)
    assert.equal(1, v.nine)
    assert.equal(1, v.recent)
    assert.equal(6, v.killed)
  end)
end)
