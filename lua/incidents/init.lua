--- incidents: news articles in, a database of violent incidents out.
--
-- The public API for analysts' scripts. Each part lives in its own module
-- and is loaded on first use, so `require "incidents"` stays cheap.
-- @module incidents

local require, rawget, setmetatable = require, rawget, setmetatable

local M = {}

local core = require "incidents.core"
M.version = core.version

--- Opens (or creates) an incident database.
-- @tparam string path a file name, or `":memory:"`
-- @tparam[opt] table opts passed to the store
-- @return a database handle, or `nil, msg`
function M.open(path, opts)
  return core.open(path, opts)
end

-- Submodules (`incidents.rules`, `incidents.extract`, ...) load on first use.
setmetatable(M, { __index = function(t, k)
  local ok, mod = pcall(require, "incidents." .. k)
  if ok then rawset(t, k, mod); return mod end
  return rawget(t, k)
end })

return M
