--- Compare figures across sources: for each incident that several articles
-- report, who gave which toll, how far apart they are, and what each
-- best-figure rule would choose.
--
--     lua5.4 examples/compare_sources.lua DB
--
-- Prints one block per incident with more than one source, widest spread
-- first.

local here = (arg[0]:match("^(.*)/[^/]*$") or ".")
package.path = here .. "/../lua/?.lua;" .. here .. "/../lua/?/init.lua;" .. package.path
package.cpath = here .. "/../?.so;" .. package.cpath

local incidents = require "incidents"
local merge = incidents.merge

-- One line and exit 1, as the `incidents` command does: an analyst's
-- mistake (a wrong path, a bad date) is not a Lua traceback.
local function fail(msg)
  io.stderr:write("compare_sources.lua", ": ", tostring(msg), "\n")
  os.exit(1)
end

local db_path = arg[1]
if not db_path then
  io.stderr:write("usage: lua5.4 examples/compare_sources.lua DB\n")
  os.exit(2)
end
-- Read-only: a mistyped path must not leave an empty database behind.
local db, err = incidents.open(db_path, { readonly = true })
if not db then fail("cannot open " .. tostring(err) .. " (ingest articles first, "
  .. "`incidents --db DB ingest PATH`)") end
local list, qerr = incidents.query.incidents(db)
if not list then fail(qerr) end

local rows = {}
for _, inc in ipairs(list) do
  if #inc.sources > 1 then
    local lo, hi = inc.killed_lo, inc.killed_hi
    rows[#rows + 1] = { inc = inc, spread = (lo and hi) and (hi - lo) or 0 }
  end
end
table.sort(rows, function(a, b)
  if a.spread ~= b.spread then return a.spread > b.spread end
  return a.inc.id < b.inc.id
end)

local h = incidents.report.helpers
for _, row in ipairs(rows) do
  local inc = row.inc
  print(("#%d %s: %d sources"):format(inc.id, h.title(inc), #inc.sources))
  for _, r in ipairs(inc.reports) do
    local a = r.article or {}
    -- cut on a character, marked with an ellipsis, padded by characters
    -- (a byte cut could split an accented letter of a title)
    -- an untitled article (a JSON line with no title) by its file's name
    -- and record: a long folder path cut to 40 characters would hide both
    local title = h.shorten(a.title or (a.path and a.path:match("[^/]*$")) or "?", 40)
    title = title .. (" "):rep(40 - (utf8.len(title) or #title))
    print(("  %s killed %-14s wounded %s"):format(title, h.figure(r.killed_lo, r.killed_hi),
      h.figure(r.wounded_lo, r.wounded_hi)))
  end
  local choices = {}
  for _, rule in ipairs(merge.best_rules) do
    local v = merge.best_figure(inc.reports, "killed", rule)
    choices[#choices + 1] = rule .. "=" .. (v and tostring(v) or "-")
  end
  print(("  spread %d; best by rule: %s"):format(row.spread, table.concat(choices, " ")))
end
if #rows == 0 then print("No incident has more than one source.") end
db:close()
