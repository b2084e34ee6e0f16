--- Weekly brief of one group: the week's incidents, tolls and who said what.
--
--     lua5.4 examples/group_brief.lua DB GROUP [LAST_DAY]
--
-- LAST_DAY (YYYY-MM-DD) ends the week; by default the week ends on the
-- group's latest incident in the database. The brief itself is written by
-- the format script examples/weekly_brief.lua, the same one
-- `incidents report --format examples/weekly_brief.lua` runs.

-- Run from a checkout: find the library beside this script.
local here = (arg[0]:match("^(.*)/[^/]*$") or ".")
package.path = here .. "/../lua/?.lua;" .. here .. "/../lua/?/init.lua;" .. package.path
package.cpath = here .. "/../?.so;" .. package.cpath

local incidents = require "incidents"

-- One line and exit 1, as the `incidents` command does: an analyst's
-- mistake (a wrong path, a bad date) is not a Lua traceback.
local function fail(msg)
  io.stderr:write("group_brief.lua", ": ", tostring(msg), "\n")
  os.exit(1)
end

local db_path, group, last = arg[1], arg[2], arg[3]
if not db_path or not group then
  io.stderr:write("usage: lua5.4 examples/group_brief.lua DB GROUP [LAST_DAY]\n")
  os.exit(2)
end
-- Read-only: a mistyped path must not leave an empty database behind.
local db, err = incidents.open(db_path, { readonly = true })
if not db then fail("cannot open " .. tostring(err) .. " (ingest articles first, "
  .. "`incidents --db DB ingest PATH`)") end

-- The week: seven days ending on LAST_DAY or on the group's latest incident.
if not last then
  local all, qerr = incidents.query.incidents(db, { group = group })
  if not all then fail(qerr) end
  for _, inc in ipairs(all) do
    if inc.date_hi and (not last or inc.date_hi > last) then last = inc.date_hi end
  end
end
if not last then
  print("No dated incidents of " .. group .. ".")
  os.exit(0)
end
local y, m, d = last:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
if not y then fail("bad LAST_DAY '" .. last .. "' (use YYYY-MM-DD)") end
local first = os.date("!%Y-%m-%d", os.time({ year = y, month = m, day = d, hour = 12 })
  - 6 * 86400)

local filters = { group = group, since = first, ["until"] = last }
local week, qerr = incidents.query.incidents(db, filters)
if not week then fail(qerr) end
local text, rerr = incidents.report.render(here .. "/weekly_brief.lua", week,
  { filters = filters })
if not text then fail(rerr) end
io.write(text)
db:close()
