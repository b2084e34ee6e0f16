-- Specs for what an analyst tripped on in a week with large corpora (the
-- Reuters and MUC wire copy, thousands of articles, in one database):
-- Ctrl-C in a long ingest. The articles are short items written for
-- these specs.
local ingest = require "incidents.ingest"
local core = require "incidents.core"

local u = dofile("spec/robust_util.lua")
local q = u.q

local towns = { "Kano", "Maiduguri", "Mogadishu", "Peshawar", "Quetta", "Kabul", "Baghdad",
  "Mosul", "Aden", "Sanaa" }

-- Line i of a JSON-lines file of short, distinct articles.
local function jsonl_line(i)
  local town = towns[i % #towns + 1]
  local day = i % 28 + 1
  local text = ("%s, %d May 2021 - Gunmen opened fire on a bus station in %s on Monday, "
    .. "killing %d passengers, police said. Item %d of a long wire feed.")
    :format(town:upper(), day, town, i % 40 + 2, i)
  return ('{"id": "w%d", "date": "2021-05-%02d", "title": "Wire item %d", "text": "%s"}')
    :format(i, day, i, text)
end

local function write_jsonl(path, n)
  local f = assert(io.open(path, "wb"))
  for i = 1, n do f:write(jsonl_line(i), "\n") end
  f:close()
end

local function count(path, sql)
  local db = assert(core.open(path, { readonly = true }))
  local n
  for row in db:rows(sql) do n = row.n end
  db:close()
  return n
end

describe("an interrupted ingest (Ctrl-C)", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("stops the library's run instead of counting the interrupt as one bad article", function()
    local feed = dir .. "/feed.jsonl"
    write_jsonl(feed, 6)
    local db = assert(core.open(dir .. "/a.db"))
    local calls = 0
    -- the standalone `lua` raises this error from its SIGINT hook
    local function extract()
      calls = calls + 1
      if calls == 3 then error("extract.lua:64: interrupted!") end
      return {}
    end
    local ok, err = pcall(ingest.run, db, { feed }, { extract = extract })
    assert.is_false(ok)
    assert.matches("^interrupted! 2 new article%(s%) stored before it stopped", err)
    assert.equal(3, calls)      -- the later articles were not read
    local n
    for row in db:rows("SELECT count(*) AS n FROM articles") do n = row.n end
    assert.equal(2, n)          -- the interrupted article was rolled back
    -- running it again finishes the job
    local s = assert(ingest.run(db, { feed }, { extract = function() return {} end }))
    assert.same({ 4, 2, 0 }, { s.new, s.skipped, s.failed })
    db:close()
  end)

  it("from the command line stops, says what was stored, and a re-run finishes", function()
    local feed, db = dir .. "/feed.jsonl", dir .. "/a.db"
    write_jsonl(feed, 4000)
    -- SIGINT once the progress bar shows that articles are being read
    local script = ("lua5.4 %s --db %s ingest --progress %s >%s 2>%s & pid=$!; i=0; "
      .. "while ! grep -q articles %s 2>/dev/null && [ $i -lt 600 ]; do "
      .. "sleep 0.05; i=$((i+1)); done; "
      .. "kill -INT $pid; wait $pid; echo $? >%s")
      :format(q(u.bin), q(db), q(feed), q(dir .. "/out"), q(dir .. "/err"), q(dir .. "/err"),
        q(dir .. "/rc"))
    assert.is_true(u.sh("env -u INCIDENTS_DB sh -c " .. q(script)))
    assert.equal("130", (u.slurp(dir .. "/rc"):gsub("%s", "")))
    local err = u.slurp(dir .. "/err")
    local stored = tonumber(err:match("incidents: interrupted: (%d+) new article%(s%) stored"))
    assert.is_number(stored, err)
    assert.is_true(stored < 4000)
    assert.equal("", u.slurp(dir .. "/out"))   -- no summary of a run that did not end
    assert.equal(stored, count(db, "SELECT count(*) AS n FROM articles"))
    assert.equal("ok", count(db, "SELECT integrity_check AS n FROM pragma_integrity_check"))
    assert.equal(0, count(db, "SELECT count(*) AS n FROM incidents"))
    local code, out = u.cli("--db " .. q(db) .. " ingest " .. q(feed))
    assert.equal(0, code)
    assert.matches(("articles: %d new, %d skipped, 0 failed"):format(4000 - stored, stored),
      out, 1, true)
    assert.equal(4000, count(db, "SELECT count(*) AS n FROM articles"))
    assert.equal(0, count(db, "SELECT count(*) AS n FROM reports WHERE id NOT IN "
      .. "(SELECT report_id FROM incident_reports)"))
    assert.is_true(count(db, "SELECT count(*) AS n FROM incidents") > 0)
  end)
end)
