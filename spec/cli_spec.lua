-- Specs for bin/incidents: every command, its success and its errors, run
-- as a user runs it (a child process), with the exit codes docs/cli.md lists.
local core = require "incidents.core"
local merge = require "incidents.merge"
local cjson = require "cjson"

local function tmpname()
  local n = os.tmpname()
  os.remove(n)
  return n
end

local u = dofile("spec/robust_util.lua")
local slurp, q = u.slurp, u.q

-- Runs the CLI; returns exit code, stdout, stderr.
local function run(args, stdin)
  local err = tmpname()
  local cmd = "env -u INCIDENTS_DB TERM=dumb lua5.4 bin/incidents " .. args .. " 2>" .. q(err)
  if stdin then
    local inf = tmpname()
    local f = assert(io.open(inf, "wb"))
    f:write(stdin)
    f:close()
    cmd = cmd .. " <" .. q(inf)
  else
    cmd = cmd .. " </dev/null"
  end
  local p = assert(io.popen(cmd, "r"))
  local out = p:read("a")
  local _, _, code = p:close()
  local e = slurp(err) or ""
  os.remove(err)
  return code, out, e
end

-- A database made through the library, so these specs do not depend on how
-- well extraction does: three articles, two of one attack.
local function make_db()
  local path = tmpname() .. ".db"
  local db = assert(core.open(path))
  local text1 = "Title: Hall attack\nDate: 2024-03-23\n\nGunmen killed at least 115 people "
    .. "at a concert hall in Krasnogorsk on Friday."
  local text2 = "Title: Toll rises\nDate: 2024-03-26\n\nThe toll of the Krasnogorsk concert "
    .. "hall attack rose to 139."
  local text3 = "Title: Kerman blasts\nDate: 2024-01-04\n\nTwo bombs killed 84 people in Kerman."
  local a1 = db:add_article({ text = text1, title = "Hall attack", path = "a1.txt",
    published = "2024-03-23" })
  local a2 = db:add_article({ text = text2, title = "Toll rises", path = "a2.txt",
    published = "2024-03-26" })
  local a3 = db:add_article({ text = text3, title = "Kerman blasts", path = "a3.txt",
    published = "2024-01-04" })
  local s1 = text1:find("Gunmen", 1, true)
  assert(db:add_reports(a1, { { date = "2024-03-22", date_lo = "2024-03-22",
    date_hi = "2024-03-22", place = "Krasnogorsk", country = "RU", country_name = "Russia",
    lat = 55.82, lon = 37.33, perpetrator = "Islamic State", attack_type = "armed_assault",
    status = "attack", killed_lo = 115,
    evidence = { killed = { start = s1, stop = s1 + 30, rule = "spec" } } } }))
  assert(db:add_reports(a2, { { date = "2024-03", date_lo = "2024-03-01", date_hi = "2024-03-31",
    place = "Krasnogorsk", country = "RU", status = "attack", killed_lo = 139,
    killed_hi = 139 } }))
  assert(db:add_reports(a3, { { date = "2024-01-03", date_lo = "2024-01-03",
    date_hi = "2024-01-03", place = "Kerman", country = "IR", country_name = "Iran",
    lat = 30.28, lon = 57.08, attack_type = "bombing", status = "attack", killed_lo = 84,
    killed_hi = 84 } }))
  assert(merge.update(db))
  db:close()
  return path
end

local function remove_db(path)
  for _, s in ipairs({ "", "-wal", "-shm" }) do os.remove(path .. s) end
end

describe("incidents (no command)", function()
  it("prints help with the commands and exit codes", function()
    local code, out = run("--help")
    assert.equal(0, code)
    for _, cmd in ipairs({ "ingest", "list", "show", "search", "report", "export", "extract",
      "rules" }) do
      assert.matches("\n   " .. cmd .. " ", out, 1, true)
    end
    assert.matches("Exit codes: 0 done, 1 failed, 2 bad usage, 3 done with problems", out, 1,
      true)
  end)
  it("has --help on every command", function()
    for _, cmd in ipairs({ "ingest", "list", "show", "search", "report", "export", "extract",
      "merge", "rules", "rules check", "rules test" }) do
      local code, out = run(cmd .. " --help")
      assert.equal(0, code, cmd)
      assert.matches("^Usage: incidents " .. cmd, out)
    end
  end)
  it("rejects an unknown command or option in one line with exit 2", function()
    local code, out, err = run("frobnicate")
    assert.equal(2, code)
    assert.equal("", out)
    assert.equal("incidents: unknown command 'frobnicate' (see `incidents --help`)\n", err)
    code, out, err = run("list --bogus")
    assert.equal(2, code)
    assert.equal("", out)
    assert.equal("incidents: unknown option '--bogus' (see `incidents list --help`)\n", err)
  end)
end)

describe("incidents commands on a database", function()
  local db
  setup(function() db = make_db() end)
  teardown(function() remove_db(db) end)

  it("list shows the incidents, marks conflicting tolls, and filters", function()
    local code, out = run("--db " .. q(db) .. " list")
    assert.equal(0, code)
    assert.matches("Kerman", out)
    assert.matches("Krasnogorsk", out)
    assert.matches("115%*", out)
    assert.matches("2 incident%(s%)", out)
    code, out = run("--db " .. q(db) .. " list --country RU --since 2024-02")
    assert.equal(0, code)
    assert.is_nil(out:find("Kerman", 1, true))
    assert.matches("1 incident%(s%)", out)
    code, out = run("--db " .. q(db) .. " list --format tsv --min-killed 100")
    assert.equal(0, code)
    local lines = {}
    for l in out:gmatch("[^\n]+") do lines[#lines + 1] = l end
    assert.equal(2, #lines)
    assert.matches("^id\tdate\tplace", lines[1])
  end)

  it("list takes a group's alias for its canonical name", function()
    local code, out = run("--db " .. q(db) .. " list --format tsv --group Daesh")
    assert.equal(0, code)
    assert.matches("\tIslamic State\t", out)
    code, out = run("--db " .. q(db) .. " list --group 'al-Shabaab'")
    assert.equal(0, code)
    assert.equal("no incidents match these filters\n", out)
  end)

  it("list rejects a bad date with exit 2", function()
    local code, _, err = run("--db " .. q(db) .. " list --since yesterday")
    assert.equal(2, code)
    assert.equal("incidents: bad date for since: 'yesterday' (use YYYY, YYYY-MM or YYYY-MM-DD)"
      .. " (see `incidents list --help`)\n", err)
  end)

  it("list rejects a date that does not exist, an unknown type and a bad number", function()
    for _, d in ipairs({ "2024-13-01", "2024-02-30", "2024-00" }) do
      local code, out, err = run("--db " .. q(db) .. " list --since " .. d)
      assert.equal(2, code)
      assert.equal("", out)
      assert.equal("incidents: bad date for since: '" .. d .. "' (use YYYY, YYYY-MM or "
        .. "YYYY-MM-DD) (see `incidents list --help`)\n", err)
    end
    local code, _, err = run("--db " .. q(db) .. " list --type bomb")
    assert.equal(2, code)
    assert.matches("^incidents: unknown attack type 'bomb' %(use one of assassination, "
      .. "armed_assault, bombing,", err)
    code, _, err = run("--db " .. q(db) .. " report --min-killed ten")
    assert.equal(2, code)
    assert.equal("incidents: bad number for --min-killed: 'ten' (use a number, 0 or more) "
      .. "(see `incidents report --help`)\n", err)
  end)

  it("show gives the figures by source and --why the evidence", function()
    local code, out = run("--db " .. q(db) .. " list --format tsv --country RU")
    assert.equal(0, code)
    local id = out:match("\n(%d+)\t")
    code, out = run("--db " .. q(db) .. " show " .. id .. " --why")
    assert.equal(0, code)
    assert.matches("Incident " .. id .. ": 2024%-03%-22 Krasnogorsk", out)
    assert.matches("killed:      115 %(lowest definite figure of 2 source%(s%)", out)
    assert.matches("at least 115   Hall attack", out, 1, true)
    assert.matches("139            Toll rises", out, 1, true)
    assert.matches("why these reports are one incident:", out, 1, true)
    assert.matches("on same place Krasnogorsk; dates overlap", out, 1, true)
    assert.matches("\"Gunmen killed at least 115 people at a concert hall in Krasnogorsk on "
      .. "Friday.\"", out, 1, true)
    code, out = run("--db " .. q(db) .. " show " .. id .. " --best max")
    assert.equal(0, code)
    assert.matches("killed:      139 %(highest figure", out)
  end)

  it("show fails on an unknown id with exit 1, on a non-number with exit 2", function()
    local code, _, err = run("--db " .. q(db) .. " show 999")
    assert.equal(1, code)
    assert.equal("incidents: no incident 999 in " .. db .. " (see `incidents list` for the ids)\n",
      err)
    code, _, err = run("--db " .. q(db) .. " show abc")
    assert.equal(2, code)
    assert.equal("incidents: bad incident id 'abc' (a whole number from `incidents list`) "
      .. "(see `incidents show --help`)\n", err)
  end)

  it("search finds articles with the hit marked", function()
    local code, out = run("--db " .. q(db) .. " search toll")
    assert.equal(0, code)
    assert.matches("Toll rises", out)
    assert.matches("%[toll%]", out:lower())
    code, out = run("--db " .. q(db) .. " search nothingmatchesthis")
    assert.equal(0, code)
    assert.equal("no article matches 'nothingmatchesthis'\n", out)
  end)

  it("search reports a malformed query with exit 2", function()
    local code, _, err = run("--db " .. q(db) .. " search '\"unclosed'")
    assert.equal(2, code)
    assert.matches("^incidents: bad search '\"unclosed'", err)
  end)

  it("report writes Markdown by default and each built-in format to a file", function()
    local code, out = run("--db " .. q(db) .. " report --title 'Spec brief'")
    assert.equal(0, code)
    assert.matches("^# Spec brief", out)
    assert.matches("## Conflicting figures", out, 1, true)
    for _, f in ipairs({ "csv", "json", "geojson", "html" }) do
      local file = tmpname()
      code, out = run("--db " .. q(db) .. " report -f " .. f .. " -o " .. q(file))
      assert.equal(0, code, f)
      assert.equal("", out)
      local s = slurp(file)
      os.remove(file)
      assert.truthy(s and #s > 50, f)
    end
  end)

  it("export prints a JSON array with each incident's reports", function()
    local code, out = run("--db " .. q(db) .. " export")
    assert.equal(0, code)
    local list = cjson.decode(out)
    assert.equal(2, #list)
    assert.equal("Kerman", list[1].place)
    assert.equal(2, #list[2].reports)
    assert.equal("a1.txt", list[2].reports[1].file)
  end)

  it("report runs an analyst's format script", function()
    local code, out = run("--db " .. q(db) .. " report --format examples/weekly_brief.lua "
      .. "--group 'Islamic State'")
    assert.equal(0, code)
    assert.matches("Islamic State", out)
  end)

  it("report fails in one line on an unknown or broken format", function()
    local code, _, err = run("--db " .. q(db) .. " report -f pdf")
    assert.equal(1, code)
    assert.matches("^incidents: unknown format 'pdf'", err)
    local _, lists = err:gsub("markdown, csv", "")
    assert.equal(1, lists)    -- the list of formats is given once
    assert.equal(1, select(2, err:gsub("\n", "")))
    local bad = tmpname() .. ".lua"
    local f = assert(io.open(bad, "w"))
    f:write("return function() local x = nil; return x.y end\n")
    f:close()
    code, _, err = run("--db " .. q(db) .. " report -f " .. q(bad))
    os.remove(bad)
    assert.equal(1, code)
    assert.matches("^incidents: format .* failed: .*attempt to index a nil value", err)
  end)

  it("export fails in one line on an unknown format and a bad filter", function()
    local code, out, err = run("--db " .. q(db) .. " export --format xml")
    assert.equal(1, code)
    assert.equal("", out)
    assert.matches("^incidents: unknown format 'xml'", err)
    code, out, err = run("--db " .. q(db) .. " export --status done")
    assert.equal(2, code)
    assert.equal("", out)
    assert.matches("^incidents: argument for option '%-%-status' must be one of 'attack', "
      .. "'plot_foiled'", err)
  end)

  it("merge --rebuild merges every report again", function()
    local code, out = run("--db " .. q(db) .. " merge --rebuild")
    assert.equal(0, code)
    assert.equal("reports merged: 3; incidents: 2 new, 0 updated\n", out)
  end)
end)

describe("incidents list --format tsv", function()
  it("keeps each field in its column and no cell a spreadsheet would run", function()
    local path = tmpname() .. ".db"
    local db = assert(core.open(path))
    local a = db:add_article({ text = "Title: x\n\nA text.", title = "x", path = "x.txt",
      published = "2024-05-07" })
    assert(db:add_reports(a, { { date = "2024-05-06", date_lo = "2024-05-06",
      date_hi = "2024-05-06", place = "Kab\tul", country = "AF", status = "attack",
      perpetrator = '=HYPERLINK("http://example.invalid","x")', attack_type = "bombing",
      killed_lo = 3, killed_hi = 3 } }))
    assert(merge.update(db))
    db:close()
    local code, out = run("--db " .. q(path) .. " list --format tsv")
    remove_db(path)
    assert.equal(0, code)
    local row = out:match("\n([^\n]+)\n$")
    local cells = {}
    for c in (row .. "\t"):gmatch("([^\t]*)\t") do cells[#cells + 1] = c end
    assert.equal(10, #cells)
    assert.equal("Kab ul", cells[3])
    assert.equal([['=HYPERLINK("http://example.invalid","x")]], cells[5])
  end)
end)

describe("incidents on a missing database", function()
  it("tells the user to ingest first, exit 1", function()
    for _, cmd in ipairs({ "list", "show 1", "search x", "report", "export", "merge" }) do
      local code, out, err = run("--db /nonexistent/x.db " .. cmd)
      assert.equal(1, code, cmd)
      assert.equal("", out)
      assert.equal("incidents: no database at /nonexistent/x.db (run `incidents ingest PATH` "
        .. "first, or pass --db FILE or set INCIDENTS_DB)\n", err)
    end
  end)
  it("takes the database from INCIDENTS_DB", function()
    local p = assert(io.popen("INCIDENTS_DB=/nonexistent/env.db lua5.4 bin/incidents list "
      .. "2>&1"))
    local out = p:read("a")
    p:close()
    assert.matches("no database at /nonexistent/env.db", out, 1, true)
  end)
end)

describe("incidents ingest", function()
  local db
  before_each(function() db = tmpname() .. ".db" end)
  after_each(function() remove_db(db) end)

  it("ingests a folder, prints a summary, and skips what it has", function()
    local code, out, err = run("--db " .. q(db) .. " ingest examples/articles")
    assert.equal(0, code, err)
    assert.equal("", err)
    assert.matches("^articles: 6 new, 0 skipped, 0 failed; reports: %d+; incidents: %d+ new, "
      .. "0 updated\n$", out)
    code, out = run("--db " .. q(db) .. " ingest examples/articles")
    assert.equal(0, code)
    assert.matches("^articles: 0 new, 6 skipped, 0 failed; reports: 0;", out)
  end)

  it("goes on past a file that fails, names it, and exits 3", function()
    local code, out, err = run("--db " .. q(db) .. " ingest /nonexistent/file.txt "
      .. "examples/articles/2024-01-04_kerman_blasts.txt")
    assert.equal(3, code)
    assert.matches("^articles: 1 new, 0 skipped, 1 failed", out)
    assert.equal("incidents: /nonexistent/file.txt: no such file or folder\n", err)
  end)

  it("reads an article from stdin and JSON lines from stdin", function()
    local code, out, err = run("--db " .. q(db) .. " ingest -", "Date: 2024-01-04\n\nTwo bombs "
      .. "exploded in Kerman, Iran, on Wednesday, killing 84 people.\n")
    assert.equal(0, code, err)
    assert.matches("^articles: 1 new", out)
    code, out, err = run("--db " .. q(db) .. " ingest -", '{"id": "x1", "date": "2021-08-27", '
      .. '"text": "A suicide bomber killed at least 170 people at Kabul airport on Thursday."}\n'
      .. "not json\n")
    assert.equal(3, code)
    assert.matches("^articles: 1 new, 0 skipped, 1 failed", out)
    -- the error and the stored article name stdin (and the record's id), not a
    -- temporary file
    assert.matches("^incidents: %-:2: invalid JSON", err)
    local h = assert(core.open(db))
    local paths = {}
    for row in h:rows("SELECT path FROM articles WHERE text LIKE '%Kabul airport%'") do
      paths[#paths + 1] = row.path
    end
    h:close()
    assert.same({ "-#x1" }, paths)
  end)

  it("draws a progress bar only when asked or on a terminal", function()
    local code, _, err = run("--db " .. q(db) .. " ingest --progress examples/articles")
    assert.equal(0, code)
    assert.matches("%[#+%] 6/6 articles +[%d.]+/s +ETA", err)
    remove_db(db)
    code, _, err = run("--db " .. q(db) .. " ingest examples/articles")
    assert.equal(0, code)
    assert.equal("", err)
  end)

  it("draws the bar on its own when stderr is a terminal", function()
    if not os.execute("command -v script >/dev/null 2>&1") then
      return pending("util-linux 'script' is missing")
    end
    -- `script` gives the command a pseudo-terminal, as an analyst's shell would.
    local p = assert(io.popen("env -u LD_PRELOAD TERM=xterm script -qec "
      .. q("lua5.4 bin/incidents --db " .. db
      .. " ingest examples/articles") .. " /dev/null"))
    local out = p:read("a")
    assert.is_true(p:close())
    assert.matches("%[#+%] 6/6 articles", out)
    remove_db(db)
    p = assert(io.popen("env -u LD_PRELOAD TERM=dumb script -qec "
      .. q("lua5.4 bin/incidents --db " .. db
      .. " ingest examples/articles") .. " /dev/null"))
    out = p:read("a")
    p:close()
    assert.is_nil(out:find("articles  ", 1, true))
    assert.matches("articles: 6 new", out)
  end)

  it("leaves no database behind when the rule pack does not load", function()
    local pack = tmpname() .. ".lua"
    local f = assert(io.open(pack, "w"))
    f:write('extends "default"\ngroup { "X", aliases = { "Y" }\n')
    f:close()
    local code, _, err = run("--db " .. q(db) .. " ingest --rules " .. q(pack)
      .. " examples/articles")
    os.remove(pack)
    assert.equal(1, code)
    assert.matches(":3: '}' expected", err, 1, true)
    assert.is_nil(io.open(db, "rb"))
  end)

  it("says when --db names a missing folder or a folder", function()
    local code, _, err = run("--db no_such_folder/x.db ingest examples/articles")
    assert.equal(1, code)
    assert.equal("incidents: cannot create no_such_folder/x.db: no folder no_such_folder "
      .. "(create the folder first, or pass another --db FILE)\n", err)
    code, _, err = run("--db examples ingest examples/articles")
    assert.equal(1, code)
    assert.equal("incidents: examples is a folder, not a database file "
      .. "(pass --db FOLDER/incidents.db)\n", err)
  end)

  it("needs at least one path", function()
    local code, _, err = run("--db " .. q(db) .. " ingest")
    assert.equal(2, code)
    assert.matches("^incidents: missing argument 'paths'", err)
  end)
end)

describe("incidents extract and rules", function()
  it("extract prints one JSON line per article", function()
    local code, out = run("extract examples/articles/2024-01-04_kerman_blasts.txt")
    assert.equal(0, code)
    local t = cjson.decode(out)
    assert.equal("2024-01-04_kerman_blasts.txt", t.file)
    assert.equal("2024-01-04", t.published)
    assert.equal("table", type(t.reports))
  end)
  it("extract names a file it cannot read and exits 3", function()
    local code, _, err = run("extract /nonexistent/a.txt")
    assert.equal(3, code)
    assert.matches("^incidents: /nonexistent/a.txt: ", err)
    -- the reader's message already names the file: it is said once
    local empty = os.tmpname()
    code, _, err = run("extract " .. q(empty))
    os.remove(empty)
    assert.equal(3, code)
    assert.equal("incidents: " .. empty .. ": empty file\n", err)
  end)
  it("rules check and test the default pack", function()
    local code, out = run("rules check")
    assert.equal(0, code, out)
    assert.matches("%d+ problem%(s%), 0 error%(s%)\n$", out)
    code, out = run("rules test")
    assert.matches("%d+ passed, %d+ failed\n$", out)
    assert.truthy(code == 0 or code == 3)
  end)
  it("rules check reports a pack that cannot load, exit 3", function()
    local code, out = run("rules check /nonexistent/pack.lua")
    assert.equal(3, code)
    assert.matches("1 problem%(s%), 1 error%(s%)\n$", out)
  end)
  it("rules fail in one line on a missing pack", function()
    local code, _, err = run("rules test /nonexistent/pack.lua")
    assert.equal(1, code)
    assert.equal(1, select(2, err:gsub("\n", "")))
    assert.matches("^incidents: ", err)
  end)
end)
