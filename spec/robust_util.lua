--- Helpers shared by the robustness specs (faults, bad input, injection):
-- temporary folders, running the CLI as a child process, reading a
-- database's state. Loaded with `dofile`, so busted does not run it.
-- @module spec.robust_util

local core = require "incidents.core"

local M = {}

--- Quotes a string for /bin/sh.
function M.q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

--- Runs a shell command; returns true when it exited 0.
function M.sh(cmd) return os.execute(cmd) == true end

--- A new temporary folder (removed by `M.rm`).
function M.tmpdir()
  local p = assert(io.popen("mktemp -d /tmp/incidents-spec.XXXXXX"))
  local d = p:read("l")
  p:close()
  return d
end

function M.rm(path) if path and path:match("^/tmp/incidents%-spec%.") then
  M.sh("chmod -R u+rwx " .. M.q(path) .. " 2>/dev/null; rm -rf " .. M.q(path)) end end

function M.slurp(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

function M.write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local root
do
  local p = io.popen("pwd")
  root = p:read("l")
  p:close()
end
M.root = root
M.bin = root .. "/bin/incidents"

--- Runs the CLI with `args` (a string, already quoted); `prefix` goes in
-- front of the command (a `ulimit`, `setpriv`, ...). Returns exit code,
-- stdout, stderr.
function M.cli(args, prefix)
  local errf = os.tmpname()
  local outf = os.tmpname()
  local cmd = string.format("%s env -u INCIDENTS_DB TERM=dumb lua5.4 %s %s </dev/null >%s 2>%s",
    prefix or "", M.q(M.bin), args, M.q(outf), M.q(errf))
  local _, _, code = os.execute("sh -c " .. M.q(cmd))
  local out, err = M.slurp(outf) or "", M.slurp(errf) or ""
  os.remove(errf)
  os.remove(outf)
  return code, out, err
end

--- Lines of a string (without the empty last one).
function M.lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
  return t
end

--- What a database holds, as plain values: counts per table, the report
-- count of each article (by hash), and `integrity_check`'s answer.
function M.state(path)
  local db = assert(core.open(path, { readonly = true }))
  local st = { per_article = {}, counts = {} }
  for _, t in ipairs({ "articles", "reports", "evidence", "incidents", "incident_reports" }) do
    for row in db:rows("SELECT count(*) AS n FROM " .. t) do st.counts[t] = row.n end
  end
  for row in db:rows("SELECT a.hash AS hash, count(r.id) AS n FROM articles a "
    .. "LEFT JOIN reports r ON r.article_id = a.id GROUP BY a.id") do
    st.per_article[row.hash] = row.n
  end
  local ic = {}
  for row in db:rows("PRAGMA integrity_check") do ic[#ic + 1] = row.integrity_check end
  st.integrity = table.concat(ic, "; ")
  for row in db:rows("SELECT count(*) - count(DISTINCT hash) AS n FROM articles") do
    st.duplicates = row.n
  end
  db:close()
  return st
end

--- Writes `n` generated articles under dir (tools/torture.lua's generator).
function M.generate(dir, n, seed)
  assert(M.sh(string.format("lua5.4 %s/tools/torture.lua --generate %s --articles %d "
    .. "--seed %d >/dev/null", M.q(root), M.q(dir), n, seed or 1)))
end

--- Whether we run as root (file modes do not stop root).
function M.is_root()
  local p = io.popen("id -u")
  local id = p:read("l")
  p:close()
  return id == "0"
end

return M
