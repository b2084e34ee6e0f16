-- Specs for the analyst scripts in examples/: each runs as an analyst runs
-- it, over a database made from examples/articles by the real pipeline.
local cjson = require "cjson"
local incidents = require "incidents"

local function run(cmd)
  local p = assert(io.popen(cmd .. " 2>&1"))
  local out = p:read("a")
  local _, _, code = p:close()
  return code, out
end

describe("examples", function()
  local db_path

  setup(function()
    db_path = os.tmpname() .. ".db"
    local db = assert(incidents.open(db_path))
    local s = incidents.ingest.run(db, { "examples/articles" })
    assert.equal(6, s.new)
    db:close()
  end)
  teardown(function()
    for _, x in ipairs({ "", "-wal", "-shm" }) do os.remove(db_path .. x) end
  end)

  it("group_brief.lua writes the week's brief of one group", function()
    local code, out = run("lua5.4 examples/group_brief.lua " .. db_path .. " 'Islamic State'")
    assert.equal(0, code, out)
    -- The week ends on the group's latest incident and starts six days before.
    local first, last = out:match("^BRIEF: Islamic State from (%S+) to (%S+)\n")
    assert.truthy(first, out)
    local db = assert(incidents.open(db_path))
    local week = assert(incidents.query.incidents(db, { group = "Islamic State",
      since = first, ["until"] = last }))
    db:close()
    assert.is_true(#week >= 1, out)
    assert.matches(("%d incident%%(s%%)"):format(#week), out)
    for _, inc in ipairs(week) do
      assert.matches(inc.place or inc.country_name or inc.country or "?", out, 1, true)
    end
  end)

  it("group_brief.lua says so when a group has no incidents", function()
    local code, out = run("lua5.4 examples/group_brief.lua " .. db_path .. " 'Nobody Brigade'")
    assert.equal(0, code)
    assert.equal("No dated incidents of Nobody Brigade.\n", out)
  end)

  it("the scripts fail in one line, without creating a database, on a wrong path", function()
    local base = os.tmpname()
    os.remove(base)
    local missing = base .. "-missing.db"
    for _, cmd in ipairs({ "group_brief.lua " .. missing .. " 'Islamic State'",
      "compare_sources.lua " .. missing, "map_export.lua " .. missing .. " /tmp/x.geojson" }) do
      local code, out = run("lua5.4 examples/" .. cmd)
      assert.equal(1, code, out)
      assert.equal(cmd:match("^%S+") .. ": cannot open " .. missing .. ": unable to open "
        .. "database file (ingest articles first, `incidents --db DB ingest PATH`)\n", out)
      assert.is_nil(io.open(missing, "rb"))
    end
  end)

  it("group_brief.lua and map_export.lua say what is wrong with their arguments", function()
    local code, out = run("lua5.4 examples/group_brief.lua " .. db_path .. " Daesh 'last week'")
    assert.equal(1, code)
    assert.equal("group_brief.lua: bad LAST_DAY 'last week' (use YYYY-MM-DD)\n", out)
    code, out = run("lua5.4 examples/map_export.lua " .. db_path .. " /no/such/dir/x.geojson")
    assert.equal(1, code)
    assert.equal("map_export.lua: /no/such/dir/x.geojson: No such file or directory\n", out)
  end)

  it("compare_sources.lua lists every source of incidents told more than once", function()
    local code, out = run("lua5.4 examples/compare_sources.lua " .. db_path)
    assert.equal(0, code, out)
    local db = assert(incidents.open(db_path))
    local multi = 0
    for _, inc in ipairs(assert(incidents.query.incidents(db))) do
      if #inc.sources > 1 then
        multi = multi + 1
        assert.matches("#" .. inc.id .. " ", out, 1, true)
        for _, r in ipairs(inc.reports) do
          -- a title is cut to 39 characters (less a trailing space) and an ellipsis
          assert.matches((r.article.title:sub(1, 39):gsub("%s+$", "")), out, 1, true)
        end
      end
    end
    db:close()
    assert.is_true(multi >= 1, "no incident with two sources:\n" .. out)
    assert.matches("best by rule: min=", out, 1, true)
  end)

  it("map_export.lua writes GeoJSON points a GIS opens", function()
    local out_file = os.tmpname() .. ".geojson"
    local code, out = run("lua5.4 examples/map_export.lua " .. db_path .. " " .. out_file)
    assert.equal(0, code, out)
    local f = assert(io.open(out_file))
    local fc = cjson.decode(f:read("a"))
    f:close()
    os.remove(out_file)
    assert.equal("FeatureCollection", fc.type)
    assert.matches(": " .. #fc.features .. " incident%(s%) on the map", out)
    assert.is_true(#fc.features >= 3)
    for _, feat in ipairs(fc.features) do
      local lon, lat = feat.geometry.coordinates[1], feat.geometry.coordinates[2]
      assert.is_true(lon >= -180 and lon <= 180 and lat >= -90 and lat <= 90)
    end
  end)

  it("the scripts print their usage without arguments", function()
    for _, s in ipairs({ "group_brief", "compare_sources", "map_export" }) do
      local code, out = run("lua5.4 examples/" .. s .. ".lua")
      assert.equal(2, code)
      assert.matches("^usage: lua5.4 examples/" .. s .. ".lua DB", out)
    end
  end)
end)
