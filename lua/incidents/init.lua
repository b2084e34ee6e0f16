--- incidents: news articles in, a database of violent incidents out.
--
-- The public API for analysts' scripts. Each part lives in its own module
-- and is loaded on first use, so `require "incidents"` stays cheap:
--
-- - `incidents.open(path)`: the database (SQLite; `":memory:"` works);
-- - `incidents.rules`: `rules.load(name_or_path)`, `rules.check`, `rules.test`;
-- - `incidents.article`: `read_file`, `from_text`, `read_jsonl`;
-- - `incidents.extract`: `extract.article(art, pack)` -> reports;
-- - `incidents.ingest`: `ingest.run(db, paths, opts)` -> summary;
-- - `incidents.merge`: `merge.update(db, opts)`, `merge.merge(reports)`;
-- - `incidents.query`: `query.incidents(db, filters, opts)`, `query.incident`;
-- - `incidents.report`: `report.render(format, incidents, meta)`,
--   `report.write`, `report.load`, `report.helpers`.
--
-- @usage
-- local incidents = require "incidents"
-- local db = assert(incidents.open("incidents.db"))
-- incidents.ingest.run(db, { "articles/" })
-- local incs = incidents.query.incidents(db, { group = "Islamic State", since = "2024" })
-- io.write(assert(incidents.report.render("markdown", incs)))
-- @module incidents

local require, rawset, setmetatable, error, tostring, type =
  require, rawset, setmetatable, error, tostring, type
local io_open = io.open

local M = {}

local core = require "incidents.core"

--- The library's version (the C core's, set by the build).
M.version = core.version

-- Whether `path` names a folder: one opens for reading as `path/.`.
-- (`os.rename(dir, dir)` answered this before, and refuses `..`, so
-- `../x.db` was said to have no folder.)
local function is_folder(path)
  local f = io_open(path .. "/.", "r")
  if not f then return false end
  f:close()
  return true
end

--- Opens (or creates) an incident database.
-- @tparam string path a file name, or `":memory:"`
-- @tparam[opt] table opts passed to the store: `busy_timeout` (ms to wait
--   for another process's lock, default 5000), `readonly`, and
--   `busy_notice` (a line written once on stderr when the wait passes a
--   second, so a long wait does not look hung)
-- @return a database handle, or `nil, msg` (`"cannot create x/a.db: no
--   folder x"`, `"x is a folder, not a database file"`, or SQLite's reason)
function M.open(path, opts)
  if type(path) ~= "string" then
    error("bad argument #1 to 'open' (string expected, got " .. type(path) .. ")", 2)
  end
  local db, err = core.open(path, opts)
  if db then return db end
  -- SQLite says "unable to open database file" for a missing folder and for
  -- a folder given as the file: say which, as the command line does.
  if path ~= ":memory:" then
    if is_folder(path) then
      return nil, path .. " is a folder, not a database file"
    end
    local dir = path:match("^(.*)/[^/]*$")
    if dir and dir ~= "" and not is_folder(dir) then
      return nil, "cannot create " .. path .. ": no folder " .. dir
    end
  end
  return nil, err
end

--- Incidents matching filters, complete with reports and sources.
-- A shortcut for `incidents.query.incidents`.
-- @param db an open database
-- @tparam[opt] table filters as for `incidents list`
-- @tparam[opt] table opts `best`, `pack`
-- @treturn table array of incidents, or nil, msg
function M.incidents(db, filters, opts)
  return M.query.incidents(db, filters, opts)
end

-- The parts that load on first use. Any other key is simply absent, and a
-- part that fails to load raises its own error instead of hiding it.
local parts = { rules = true, article = true, extract = true, ingest = true, merge = true,
  query = true, report = true, core = true }

setmetatable(M, { __index = function(t, k)
  if parts[k] then
    local mod = require("incidents." .. tostring(k))
    rawset(t, k, mod)
    return mod
  end
  return nil
end })

return M
