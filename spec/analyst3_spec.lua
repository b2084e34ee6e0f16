-- Specs for what an analyst tripped on in a week with large corpora (the
-- Reuters and MUC wire copy, thousands of articles, in one database):
-- Ctrl-C in a long ingest, removing a bad article, empty titles in JSON
-- lines, and long source lists. The articles are short items written for
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

-- Three short items: two sources on one bombing (12 and 20 dead), and an
-- attack only the second source told.
local items = {
  ["a.txt"] = "Title: Bomb hits market in Kano\nSource: North Wire\nDate: 2022-06-14\n\n"
    .. "KANO, Nigeria - A bomb exploded at a crowded market in Kano on Monday, killing 12 "
    .. "people, police said.\n",
  ["b.txt"] = "Title: Kano market toll rises\nSource: Lagos Daily\nDate: 2022-06-15\n\n"
    .. "KANO, Nigeria - The toll from the bomb blast at a market in Kano on Monday rose to 20 "
    .. "dead, officials said.\n",
  ["c.txt"] = "Title: Gunmen raid village near Maiduguri\nSource: Lagos Daily\n"
    .. "Date: 2022-07-02\n\nMAIDUGURI, Nigeria - Gunmen attacked a village near Maiduguri on "
    .. "Friday, killing 7 farmers, residents said.\n",
}

-- The CSV export (RFC 4180: quoted cells may hold commas, quotes and line
-- breaks) as rows of name -> value.
local function csv_rows(text)
  local records, cells, i = {}, {}, 1
  while i <= #text do
    local cell
    if text:sub(i, i) == '"' then
      local parts, j = {}, i + 1
      while true do
        local k = assert(text:find('"', j, true))
        parts[#parts + 1] = text:sub(j, k - 1)
        if text:sub(k + 1, k + 1) == '"' then parts[#parts + 1] = '"'; j = k + 2
        else i = k + 1; break end
      end
      cell = table.concat(parts)
    else
      local k = text:find("[,\r\n]", i) or #text + 1
      cell, i = text:sub(i, k - 1), k
    end
    cells[#cells + 1] = cell
    local c = text:sub(i, i)
    if c == "," then i = i + 1
    else
      records[#records + 1], cells = cells, {}
      i = i + (text:sub(i, i + 1) == "\r\n" and 2 or 1)
    end
  end
  local rows = {}
  for r = 2, #records do
    local row = {}
    for n, name in ipairs(records[1]) do row[name] = records[r][n] end
    rows[#rows + 1] = row
  end
  return rows
end

describe("removing a bad source or article", function()
  local dir, db
  before_each(function()
    dir = u.tmpdir()
    u.sh("mkdir " .. q(dir .. "/news"))
    for name, text in pairs(items) do u.write(dir .. "/news/" .. name, text) end
    db = dir .. "/a.db"
    local code, out = u.cli("--db " .. q(db) .. " ingest " .. q(dir .. "/news"))
    assert.equal(0, code)
    assert.matches("incidents: 2 new", out, 1, true)
  end)
  after_each(function() u.rm(dir) end)

  local function cli(args) return u.cli("--db " .. q(db) .. " " .. args) end

  it("summarises the incidents it fed again and deletes those left with no report", function()
    local code, out, err = cli("remove --source 'lagos daily'")
    assert.equal(0, code, err)
    assert.matches("removed: 2 article(s), 2 report(s); incidents: 1 updated, 1 deleted", out,
      1, true)
    local _, csv = cli("export --format csv")
    local rows = csv_rows(csv)
    assert.equal(1, #rows)
    assert.same({ "Kano", "12", "12", "1", "0" }, { rows[1].city, rows[1].nkill,
      rows[1].nkill_hi, rows[1].nsources, rows[1].conflicting_figures })
    -- what `sqlite3` users read agrees: no figure of the removed source left
    assert.equal(12, count(db, "SELECT killed_best AS n FROM incidents"))
    assert.equal(0, count(db, "SELECT count(*) AS n FROM articles_fts "
      .. "WHERE articles_fts MATCH 'Maiduguri'"))
  end)

  it("by id or stored path, the best figure then comes from the sources left", function()
    local code, out = cli("remove " .. q(dir .. "/news/a.txt"))
    assert.equal(0, code)
    assert.matches("incidents: 1 updated, 0 deleted", out, 1, true)
    local _, show = cli("show 1")
    assert.matches("killed:      20 (the only figure given)", show, 1, true)
    assert.not_matches("North Wire", show, 1, true)
    -- an id, as `show` prints it in brackets
    code, out = cli("remove 3")
    assert.equal(0, code)
    assert.matches("incidents: 0 updated, 1 deleted", out, 1, true)
  end)

  it("removes nothing when one name finds no article, or on --dry-run", function()
    local code, _, err = cli("remove 2 99")
    assert.equal(1, code)
    assert.equal("incidents: no article 99 in " .. db .. " (give an id or a path as "
      .. "`incidents show ID` or `incidents search` print it; nothing was removed)\n", err)
    local out
    code, out = cli("remove -n --source 'Lagos Daily'")
    assert.equal(0, code)
    assert.matches("would remove 2 article(s)", out, 1, true)
    assert.equal(3, count(db, "SELECT count(*) AS n FROM articles"))
    code, _, err = cli("remove")
    assert.equal(2, code)
    assert.matches("name the articles to remove", err, 1, true)
  end)

  it("takes a JSON-lines file's path for all its lines", function()
    local feed = dir .. "/feed.jsonl"
    write_jsonl(feed, 5)
    assert.equal(0, (cli("ingest " .. q(feed))))
    local code, out = cli("remove " .. q(feed))
    assert.equal(0, code)
    assert.matches("removed: 5 article(s)", out, 1, true)
    assert.equal(3, count(db, "SELECT count(*) AS n FROM articles"))
  end)

  it("from Lua checks its arguments", function()
    local merge = require "incidents.merge"
    local h = assert(core.open(db))
    assert.has_error(function() merge.remove(h, { "2" }) end,
      "bad argument #2 to 'remove' (article id 1: integer expected, got string)")
    local ok, err = merge.remove(h, { 2, 42 })
    assert.is_nil(ok)
    assert.equal("no article 42", err)
    h:close()
    assert.equal(3, count(db, "SELECT count(*) AS n FROM articles"))
  end)
end)

describe("a long run's sources", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("keep no blank title or source from JSON lines or header lines", function()
    local article = require "incidents.article"
    local feed = dir .. "/feed.jsonl"
    u.write(feed, '{"id": "", "title": "  ", "source": "", "date": "2022-06-14", "text": '
      .. '"KANO, Nigeria - A bomb killed 4 people at a bus park in Kano on Monday."}\n')
    local it = assert(article.read_jsonl(feed))
    local art = it()
    assert.same({ nil, nil, nil }, { art.title, art.source, art.id })
    art = article.from_text("Title: \nSource:\nDate: 2022-06-14\n\nA bomb went off.")
    assert.same({ nil, nil }, { art.title, art.source })
    -- search then names the record, instead of an empty title
    local db = dir .. "/a.db"
    assert.equal(0, (u.cli("--db " .. q(db) .. " ingest " .. q(feed))))
    local _, out = u.cli("--db " .. q(db) .. " search 'bus park'")
    assert.matches("^%[1%] " .. feed:gsub("%p", "%%%0") .. ":1\n", out)
  end)

  it("of one figure are listed by `show` up to three, then counted", function()
    for i = 1, 6 do
      u.write(("%s/copy%d.txt"):format(dir, i), items["a.txt"]:gsub("North Wire",
        "Outlet " .. i) .. ("Filed by desk %d.\n"):format(i))
    end
    local db = dir .. "/a.db"
    assert.equal(0, (u.cli("--db " .. q(db) .. " ingest " .. q(dir))))
    local _, out = u.cli("--db " .. q(db) .. " show 1")
    assert.matches("\n      12             Bomb hits market in Kano (Outlet 1); Bomb hits "
      .. "market in Kano (Outlet 2); Bomb hits market in Kano (Outlet 3); and 3 more\n", out,
      1, true)
    assert.matches("sources (6):", out, 1, true)
  end)
end)

describe("the Markdown timeline", function()
  it("shows a toll's range when the highest source leaves it open", function()
    local dir = u.tmpdir()
    u.write(dir .. "/a.txt", items["a.txt"])
    u.write(dir .. "/b.txt", (items["b.txt"]:gsub("rose to 20 dead", "rose to at least 20 dead")))
    local db = dir .. "/a.db"
    assert.equal(0, (u.cli("--db " .. q(db) .. " ingest " .. q(dir))))
    local _, out = u.cli("--db " .. q(db) .. " report")
    u.rm(dir)
    assert.matches("| bombing | attack | 12 (12-20+) |", out, 1, true)
  end)
end)

describe("incidents whose sources disagree", function()
  local dir, db
  setup(function()
    dir = u.tmpdir()
    for name, text in pairs(items) do u.write(dir .. "/" .. name, text) end
    db = dir .. "/a.db"
    assert.equal(0, (u.cli("--db " .. q(db) .. " ingest " .. q(dir))))
  end)
  teardown(function() u.rm(dir) end)

  it("are what --conflicts keeps, in list, report and export", function()
    local code, out = u.cli("--db " .. q(db) .. " list --conflicts --format tsv")
    assert.equal(0, code)
    local lines = u.lines(out)
    assert.equal(2, #lines)
    assert.matches("^1\t2022%-06%-13\tKano\t", lines[2])
    code, out = u.cli("--db " .. q(db) .. " report --conflicts")
    assert.equal(0, code)
    assert.matches("Filters: sources disagree.", out, 1, true)
    assert.not_matches("Maiduguri", out, 1, true)
    code, out = u.cli("--db " .. q(db) .. " export --format csv --conflicts")
    assert.equal(0, code)
    assert.equal(1, #csv_rows(out))
  end)

  it("are a query filter from Lua, counted before the limit", function()
    local query = require "incidents.query"
    local h = assert(core.open(db, { readonly = true }))
    local function ids(f)
      local out = {}
      for i, inc in ipairs(assert(query.incidents(h, f))) do out[i] = inc.id end
      return out
    end
    assert.same({ 1 }, ids({ conflicts = true }))
    assert.same({ 2 }, ids({ conflicts = false }))
    assert.same({ 2 }, ids({ conflicts = false, limit = 1 }))
    local ok, err = query.incidents(h, { conflicts = "yes" })
    assert.is_nil(ok)
    assert.equal("bad value for conflicts: 'yes' (true or false)", err)
    h:close()
  end)
end)

describe("examples/compare_sources.lua", function()
  it("names an untitled source by its file and record, not a cut folder path", function()
    local dir = u.tmpdir()
    local feed = dir .. "/a/long/folder/name/for/the/wire/feed.jsonl"
    u.sh("mkdir -p " .. q(dir .. "/a/long/folder/name/for/the/wire"))
    u.write(feed, ('{"id": "k1", "date": "2022-06-14", "text": "%s"}\n'
      .. '{"id": "k2", "date": "2022-06-15", "text": "%s"}\n'):format(
      items["a.txt"]:match("\n\n(.-)\n$"), items["b.txt"]:match("\n\n(.-)\n$")))
    local db = dir .. "/a.db"
    assert.equal(0, (u.cli("--db " .. q(db) .. " ingest " .. q(feed))))
    local p = io.popen("lua5.4 examples/compare_sources.lua " .. q(db))
    local out = p:read("a")
    p:close()
    u.rm(dir)
    assert.matches("\n  feed.jsonl#k1 +killed 12 ", out)
    assert.matches("\n  feed.jsonl#k2 +killed 20 ", out)
  end)
end)

describe("search with -word", function()
  it("leaves the word out, as a web search does, instead of looking for it", function()
    local query = require "incidents.query"
    assert.equal("(bomb) NOT car", query.fts_query("bomb -car"))
    assert.equal('("car bomb" Kano) NOT toll NOT "al-Shabaab"',
      query.fts_query('"car bomb" Kano -toll -al-Shabaab'))
    -- a hyphen inside a word, or alone, is no exclusion
    assert.equal('"al-Shabaab" car', query.fts_query("al-Shabaab - car"))
    local ok, err = query.fts_query("-toll")
    assert.is_nil(ok)
    assert.equal("nothing to search for: a -word is only left out (add a word to find)", err)
    local dir = u.tmpdir()
    for name, text in pairs(items) do u.write(dir .. "/" .. name, text) end
    local db = dir .. "/a.db"
    assert.equal(0, (u.cli("--db " .. q(db) .. " ingest " .. q(dir))))
    local code, out = u.cli("--db " .. q(db) .. " search 'Kano -toll'")
    u.rm(dir)
    assert.equal(0, code)
    assert.matches("^%[1%] Bomb hits market in Kano\n", out)
    assert.not_matches("[2]", out, 1, true)
  end)
end)

describe("the progress of JSON lines on stdin", function()
  it("counts the lines once they are read, not one article", function()
    local dir = u.tmpdir()
    local feed = dir .. "/feed.jsonl"
    write_jsonl(feed, 5)
    local db = assert(core.open(dir .. "/a.db"))
    local fh = assert(io.open(feed, "rb"))
    local seen = {}
    local s = assert(ingest.run(db, { "-" }, { stdin = fh, extract = function() return {} end,
      progress = function(done, total) seen[#seen + 1] = done .. "/" .. total end }))
    fh:close()
    db:close()
    u.rm(dir)
    assert.equal(5, s.new)
    assert.same({ "1/5", "2/5", "3/5", "4/5", "5/5" }, seen)
  end)
end)

describe("the JSON export", function()
  it("gives each source report's evidence spans into the article's text", function()
    local cjson = require "cjson"
    local dir = u.tmpdir()
    for name, text in pairs(items) do u.write(dir .. "/" .. name, text) end
    local db = dir .. "/a.db"
    assert.equal(0, (u.cli("--db " .. q(db) .. " ingest " .. q(dir))))
    local code, out = u.cli("--db " .. q(db) .. " export --format json")
    assert.equal(0, code)
    local h = assert(core.open(db, { readonly = true }))
    local checked = 0
    for _, inc in ipairs(cjson.decode(out)) do
      for _, r in ipairs(inc.reports) do
        local text = assert(h:article(r.article_id)).text
        assert.is_table(r.evidence.killed)
        for _, ev in pairs(r.evidence) do
          assert.equal(ev.quote, text:sub(ev.start, ev.stop))
          checked = checked + 1
        end
      end
    end
    h:close()
    u.rm(dir)
    assert.is_true(checked >= 9)
  end)
end)

describe("a feed whose every line fails the same way", function()
  it("gives three lines of the error, then how many more", function()
    local dir = u.tmpdir()
    local feed = dir .. "/feed.jsonl"
    local f = assert(io.open(feed, "wb"))
    for i = 1, 10 do
      f:write((jsonl_line(i):gsub('"text":', '"body":'):gsub('"date": "[^"]*"',
        '"date": "soon"')), "\n")
    end
    f:close()
    local code, out, err = u.cli("--db " .. q(dir .. "/a.db") .. " ingest " .. q(feed))
    assert.equal(3, code)
    assert.matches("articles: 0 new, 0 skipped, 10 failed", out, 1, true)
    local lines = u.lines(err)
    assert.equal(4, #lines, err)
    assert.equal("incidents: " .. feed .. ":3: no text in field 'text' (name the field that "
      .. "holds the text with --text-field NAME)", lines[3])
    assert.equal("incidents: " .. feed .. ": 7 more line(s) with the same error: no text in "
      .. "field 'text' (name the field that holds the text with --text-field NAME)", lines[4])
    -- extract (no database) says it the same way
    code, out, err = u.cli("extract " .. q(feed))
    assert.equal(3, code)
    assert.equal("", out)
    assert.equal("incidents: " .. feed .. ": 7 more line(s) with the same error: no text in "
      .. "field 'text'", u.lines(err)[4])
    assert.equal(4, #u.lines(err))
    -- the same feed read with its field named: the dates it cannot read
    code, out, err = u.cli("--db " .. q(dir .. "/a.db") .. " ingest --text-field body "
      .. q(feed))
    u.rm(dir)
    assert.equal(0, code)
    assert.matches("articles: 10 new", out, 1, true)
    lines = u.lines(err)
    assert.equal(4, #lines, err)
    assert.matches(":1: warning: field 'date' holds 'soon'", lines[1], 1, true)
    assert.equal("incidents: " .. feed .. ": warning: 7 more like these", lines[4])
  end)
end)

describe("the HTML timeline of many incidents", function()
  it("names an event only where its label has room", function()
    local h = require("incidents.report").helpers
    local points = {}
    for i = 1, 30 do
      points[i] = { date = "1989-11-11", value = i, label = "San Salvador " .. i }
    end
    local svg = h.svg.timeline(points, { labels = 30 })
    local labels = 0
    for _ in svg:gmatch("<text [^>]*>San Salvador") do labels = labels + 1 end
    -- four lanes, one name each on a single day; every event keeps its circle
    assert.equal(4, labels)
    local circles = 0
    for _ in svg:gmatch("<circle ") do circles = circles + 1 end
    assert.equal(30, circles)
  end)
end)
