--- Export for a map: a GeoJSON file of located incidents (QGIS, kepler.gl,
-- geojson.io all open it) and the list of those that could not be placed.
--
--     lua5.4 examples/map_export.lua DB OUT.geojson [COUNTRY]

local here = (arg[0]:match("^(.*)/[^/]*$") or ".")
package.path = here .. "/../lua/?.lua;" .. here .. "/../lua/?/init.lua;" .. package.path
package.cpath = here .. "/../?.so;" .. package.cpath

local incidents = require "incidents"

-- One line and exit 1, as the `incidents` command does: an analyst's
-- mistake (a wrong path, a bad date) is not a Lua traceback.
local function fail(msg)
  io.stderr:write("map_export.lua", ": ", tostring(msg), "\n")
  os.exit(1)
end

local db_path, out, country = arg[1], arg[2], arg[3]
if not db_path or not out then
  io.stderr:write("usage: lua5.4 examples/map_export.lua DB OUT.geojson [COUNTRY]\n")
  os.exit(2)
end
-- Read-only: a mistyped path must not leave an empty database behind.
local db, err = incidents.open(db_path, { readonly = true })
if not db then fail("cannot open " .. tostring(err) .. " (ingest articles first, "
  .. "`incidents --db DB ingest PATH`)") end
local list, qerr = incidents.query.incidents(db, { country = country })
if not list then fail(qerr) end
local ok, werr = incidents.report.write("geojson", list, out)
if not ok then fail(werr) end

local placed, unplaced = 0, {}
for _, inc in ipairs(list) do
  if inc.lat and inc.lon then placed = placed + 1
  else unplaced[#unplaced + 1] = incidents.report.helpers.title(inc) end
end
print(("%s: %d incident(s) on the map"):format(out, placed))
for _, t in ipairs(unplaced) do print("  not placed: " .. t) end
db:close()
