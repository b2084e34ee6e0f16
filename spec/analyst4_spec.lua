--- Specs from an analyst's month with one database: copies that differ only
-- in headline or folder (schema 3), and asking what is new since the last
-- report. The texts are written for these specs.

local core = require "incidents.core"
local ingest = require "incidents.ingest"
local query = require "incidents.query"

local u = dofile("spec/robust_util.lua")
local q = u.q

local function count(db, sql, ...)
  local n
  for row in assert(db:rows(sql, ...)) do n = row.n end
  return n
end

-- FTS5's own check that the index matches what its triggers wrote.
local function fts_ok(db)
  return db:exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
end

local STORY = "Gunmen attacked a checkpoint outside Harbel on Friday, killing six guards, "
  .. "the army said."

local function write(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

-- One report per text that names Harbel, so these specs test the store.
local function extract(art)
  if not art.text:find("Harbel", 1, true) then return {} end
  local s, e = art.text:find("killing six guards", 1, true)
  return { {
    date = "2025-02-07", date_lo = "2025-02-07", date_hi = "2025-02-07", place = "Harbel",
    country = "LR", attack_type = "armed_assault", status = "attack",
    killed_lo = 6, killed_hi = 6, rule = "spec.harbel",
    evidence = s and { killed = { start = s, stop = e, rule = "spec.harbel" } } or nil,
  } }
end

describe("a word of any copy's headline", function()
  it("finds the article, and shows that copy's headline", function()
    local db = assert(core.open(":memory:"))
    local id = assert(db:add_article{ text = STORY, title = "Six guards killed at checkpoint",
      path = "a.txt" })
    assert(db:add_article{ text = STORY, title = "Harbel ambush leaves soldiers mourning",
      url = "https://courier.example/harbel" })
    local hits = assert(query.search(db, "mourning"))
    assert.equal(1, #hits)
    assert.equal(id, hits[1].article_id)
    assert.equal("Harbel ambush leaves soldiers mourning", hits[1].title)
    assert.equal("Harbel ambush leaves soldiers [mourning]", hits[1].title_marked)
    assert.equal(1, #assert(query.search(db, "title:mourning")))
    -- a word of the article's own headline still shows its own
    assert.equal("Six guards killed at checkpoint", assert(query.search(db, "guards"))[1].title)
    assert.is_true(fts_ok(db))
    -- the copy gone, its headline finds nothing, and the index stays whole
    local copies = assert(db:copies(id))
    assert(db:remove_copy(copies[2].id))
    assert.equal(0, #assert(query.search(db, "mourning")))
    assert.equal(1, #assert(query.search(db, "checkpoint")))
    assert.is_true(fts_ok(db))
    assert(db:exec("DELETE FROM articles"))
    assert.equal(0, #assert(query.search(db, "checkpoint")))
    assert.is_true(fts_ok(db))
    db:close()
  end)
end)

describe("the same text in a mirror folder", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("is a copy of its own, not the same file; the same file named another way is", function()
    assert.is_true(u.sh("mkdir -p " .. q(dir .. "/x") .. " " .. q(dir .. "/mirror/x")))
    write(dir .. "/x/harbel.txt", STORY)
    write(dir .. "/mirror/x/harbel.txt", STORY)
    local db = assert(core.open(dir .. "/m.db"))
    local s = assert(ingest.run(db, { dir .. "/x/harbel.txt" }, { extract = extract }))
    assert.equal(1, s.new)
    s = assert(ingest.run(db, { dir .. "/mirror/x/harbel.txt" }, { extract = extract }))
    assert.same({ 0, 1, 0 }, { s.new, s.copies, s.skipped })
    -- the first file again, by another name of its path
    s = assert(ingest.run(db, { dir .. "/x/../x/./harbel.txt" }, { extract = extract }))
    assert.same({ 0, 0, 1 }, { s.new, s.copies, s.skipped })
    local copies = assert(db:copies(1))
    assert.equal(2, #copies)
    assert.equal(dir .. "/mirror/x/harbel.txt", copies[2].file)
    -- removing the mirror's copy keeps the text under the first
    local r = assert(ingest.remove(db, { copies = { copies[2].id } }, { extract = extract }))
    assert.same({ 1, 0 }, { r.copies, r.articles })
    assert.equal(1, count(db, "SELECT count(*) AS n FROM articles"))
    db:close()
  end)

  it("resolves paths against the working directory", function()
    local cwd = os.getenv("PWD")
    assert.equal(cwd .. "/news/a.txt", ingest.resolve("./news//a.txt"))
    assert.equal("/srv/a.txt", ingest.resolve("/srv/news/../a.txt"))
    assert.is_nil(ingest.resolve("-"))
  end)
end)

describe("a file of schema version 2", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("migrates in place: every copy's headline is searched, old copies keep their rule",
    function()
    local p = dir .. "/v2.db"
    assert.is_true(u.sh("sqlite3 " .. q(p) .. " < spec/fixtures/store/store_v2.sql"))
    local db = assert(core.open(p))
    assert.equal(3, count(db, "SELECT user_version AS n FROM pragma_user_version"))
    assert.equal(2, count(db, "SELECT count(*) AS n FROM articles"))
    assert.equal(3, count(db, "SELECT count(*) AS n FROM article_copies"))
    assert.equal(1, count(db, "SELECT count(*) AS n FROM reports"))
    assert.equal(1, count(db, "SELECT count(*) AS n FROM incident_reports"))
    -- the second site's headline was not searchable before
    local hits = assert(query.search(db, "mourning"))
    assert.equal(1, #hits)
    assert.equal("Harbel ambush leaves soldiers mourning", hits[1].title)
    assert.equal(1, #assert(query.search(db, "kakata")))
    assert.is_true(fts_ok(db))
    -- copies stored before know no file: the same path, or one ending with
    -- it at a folder, is still taken for the same file
    local text = assert(db:article(1)).text
    local _, existed, copied = db:add_article{ text = text, path = "/home/ana/x/harbel.txt",
      file = "/home/ana/x/harbel.txt" }
    assert.same({ true, false }, { existed, copied })
    _, existed, copied = db:add_article{ text = text, path = "z/harbel.txt",
      file = "/home/ana/z/harbel.txt", title = "Checkpoint attack near Harbel" }
    assert.same({ true, true }, { existed, copied })
    assert.equal(1, #assert(query.search(db, "title:attack")))
    db:close()
    local h = assert(core.open(p))
    assert.equal("ok", count(h, "SELECT integrity_check AS n FROM pragma_integrity_check"))
    h:close()
  end)
end)

describe("what is new since the last report", function()
  -- Three days of one month: the first two pages, a revised toll two days
  -- later, an unrelated page the same day; `added` is set as those days.
  local PAGES = {
    { "Harbel: six killed at checkpoint", "2026-11-02T08:00:00Z" },
    { "Harbel toll rises to eight", "2026-11-04T09:30:00Z" },
    { "Kakata power line bombed", "2026-11-04T10:00:00Z" },
  }
  local function month()
    local db = assert(core.open(":memory:"))
    local function ext(art)
      local place = art.text:find("Kakata", 1, true) and "Kakata" or "Harbel"
      local killed = art.text:find("eight", 1, true) and 8 or 6
      return { {
        date = "2026-10-31", date_lo = "2026-10-31", date_hi = "2026-10-31", place = place,
        country = "LR", status = "attack", killed_lo = killed, killed_hi = killed,
        rule = "spec.month",
      } }
    end
    for i, p in ipairs(PAGES) do
      local art = { text = p[1] .. ", the police said.", title = p[1], path = "day" .. i }
      assert(ingest.article(db, art, { extract = ext }))
      assert(db:exec(("UPDATE article_copies SET added = '%s' WHERE path = 'day%d'")
        :format(p[2], i)))
    end
    assert(require("incidents.merge").update(db, {}))
    return db
  end

  it("keeps the incidents with a source stored since a day or a time", function()
    local db = month()
    local function places(f)
      local incs = assert(query.incidents(db, f))
      local out = {}
      for _, inc in ipairs(incs) do out[#out + 1] = inc.place .. ":" .. #inc.sources end
      return table.concat(out, " ")
    end
    assert.equal("Harbel:2 Kakata:1", places({}))
    assert.equal("Harbel:2 Kakata:1", places({ added_since = "2026-11-03" }))
    -- the Harbel incident is there with both its sources: it was updated
    assert.equal("Harbel:2 Kakata:1", places({ added_since = "2026-11-04T09:00:00Z" }))
    assert.equal("Kakata:1", places({ added_since = "2026-11-04T09:45:00Z" }))
    assert.equal("", places({ added_since = "2026-11-05" }))
    assert.equal("Kakata:1", places({ added_since = "2026-11-04T09:45:00Z", place = nil,
      country = "LR", limit = 5 }))
    local incs, err = query.incidents(db, { added_since = "last week" })
    assert.is_nil(incs)
    assert.matches("bad time for added_since", err, 1, true)
    assert.is_nil((query.incidents(db, { added_since = "2026-11-31" })))
    db:close()
  end)
end)

describe("extracting the stored articles again", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  -- The pack of last month reads every toll as six; this month's reads the
  -- "eight" of the revised page.
  local function pack_of(month)
    return function(art)
      local out = extract(art)
      if month == 2 and out[1] and art.text:find("eight", 1, true) then
        out[1].killed_lo, out[1].killed_hi = 8, 8
      end
      return out
    end
  end

  it("replaces the reports that change, keeps the rest, the copies and the incident", function()
    local db = assert(core.open(":memory:"))
    local first = STORY
    local revised = "The toll of the attack outside Harbel on Friday rose to eight, the army said."
    assert(ingest.article(db, { text = first, title = "Six guards killed", path = "a.txt" },
      { extract = pack_of(1) }))
    assert(ingest.article(db, { text = first, title = "Checkpoint attack",
      url = "https://m.example/1" }, { extract = pack_of(1) }))
    assert(ingest.article(db, { text = revised, title = "Toll rises", path = "b.txt" },
      { extract = pack_of(1) }))
    assert(require("incidents.merge").update(db, {}))
    local inc = assert(query.incidents(db))
    assert.equal(1, #inc)
    local id, before = inc[1].id, inc[1].killed_hi
    assert.equal(6, before)
    local kept = assert(db:reports{ article_id = 1 })[1].id
    local added = count(db, "SELECT group_concat(added) AS n FROM article_copies")

    -- the same pack again changes nothing
    local s = assert(ingest.reextract(db, { extract = pack_of(1) }))
    assert.same({ 2, 0, 2, 2 }, { s.articles, s.changed, s.reports_before, s.reports_after })

    s = assert(ingest.reextract(db, { extract = pack_of(2) }))
    assert.same({ 2, 1, 2, 2 }, { s.articles, s.changed, s.reports_before, s.reports_after })
    assert.equal(2, count(db, "SELECT count(*) AS n FROM reports"))
    assert.equal(0, count(db, "SELECT count(*) AS n FROM reports r WHERE NOT EXISTS "
      .. "(SELECT 1 FROM incident_reports l WHERE l.report_id = r.id)"))
    inc = assert(query.incidents(db))
    assert.equal(1, #inc)
    assert.equal(id, inc[1].id)
    assert.equal(6, inc[1].killed_lo)
    assert.equal(8, inc[1].killed_hi)
    assert.equal(3, #inc[1].sources)
    -- the unchanged article's report is the same row; copies and times stay
    assert.equal(kept, assert(db:reports{ article_id = 1 })[1].id)
    assert.equal(added, count(db, "SELECT group_concat(added) AS n FROM article_copies"))
    assert.is_true(fts_ok(db))

    -- one article only, by id; an id that names none is refused
    s = assert(ingest.reextract(db, { extract = pack_of(1), articles = { 2 } }))
    assert.same({ 1, 1 }, { s.articles, s.changed })
    assert.equal(6, assert(query.incidents(db))[1].killed_hi)
    local none, err = ingest.reextract(db, { extract = pack_of(1), articles = { 9 } })
    assert.is_nil(none)
    assert.matches("no article 9", err, 1, true)
    db:close()
  end)

  it("gives back what ingest stored, from text files, pages and feed lines", function()
    write(dir .. "/kalat.txt", "Title: Teachers shot in Kalat\nSource: Hill Post\n"
      .. "Date: 2024-05-06\n\nGunmen killed five teachers in Kalat on Monday, officials "
      .. "said. Police said a second attack on Monday wounded three guards.\n")
    write(dir .. "/page.html", "<!DOCTYPE html><html><head><title>Harbel</title>"
      .. "<meta property=\"article:published_time\" content=\"2025-02-08T10:00:00Z\">"
      .. "</head><body><article><h1>Checkpoint attack near Harbel</h1><p>Date: soon</p>"
      .. "<p>Gunmen attacked a checkpoint outside Harbel on Friday, killing six guards, "
      .. "the army said.</p></article></body></html>")
    -- a feed line with no date field, whose text opens with a date line
    write(dir .. "/feed.jsonl", '{"id": "k1", "text": "Date: 2019-03-01\\n\\nA bomb killed '
      .. 'four people at a market in Kano on Tuesday, police said."}\n')
    local db = assert(core.open(dir .. "/r.db"))
    assert(ingest.run(db, { dir }))
    local n = count(db, "SELECT count(*) AS n FROM reports")
    assert.is_true(n >= 2)
    local s = assert(ingest.reextract(db))
    assert.same({ 3, 0, n, n }, { s.articles, s.changed, s.reports_before, s.reports_after })
    db:close()
  end)
end)

describe("installed into a tree of one's own", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("runs from the tree's bin without `luarocks path`, and finds its packs", function()
    local tree = dir .. "/tree"
    -- built and run as an analyst would, also under `make sanitize`, whose
    -- preloaded runtime is for the instrumented core only
    local plain = "env -u LD_PRELOAD -u ASAN_OPTIONS -u UBSAN_OPTIONS "
    assert.is_true(u.sh(plain .. "luarocks --lua-version=5.4 make --deps-mode=none --tree "
      .. q(tree) .. " rockspec/incidents-scm-1.rockspec >/dev/null 2>&1"))
    local f = io.popen("cd " .. q(dir) .. " && " .. plain .. "-u LUA_PATH -u LUA_CPATH "
      .. "-u LUA_PATH_5_4 -u LUA_CPATH_5_4 " .. q(tree .. "/bin/incidents") .. " --version 2>&1 && "
      .. plain .. "-u LUA_PATH -u LUA_CPATH " .. q(tree .. "/bin/incidents")
      .. " rules check muc4 2>&1")
    local out = f:read("a")
    f:close()
    assert.matches("^incidents scm%-1\n", out)
    assert.matches("0 error%(s%)", out)
  end)
end)

describe("a report written again", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("is the same bytes in every format when SOURCE_DATE_EPOCH fixes the time", function()
    local db = q(dir .. "/e.db")
    assert.is_true(u.sh("lua5.4 bin/incidents --db " .. db .. " ingest -q examples/articles"))
    for _, f in ipairs({ "markdown", "csv", "json", "geojson", "html" }) do
      local outs = {}
      for run = 1, 2 do
        local p = io.popen("SOURCE_DATE_EPOCH=" .. 0 .. " lua5.4 "
          .. "bin/incidents --db " .. db .. " report -f " .. f)
        outs[run] = p:read("a")
        p:close()
      end
      assert.is_true(#outs[1] > 100, f)
      assert.equal(outs[1], outs[2], f)
      if f == "markdown" or f == "html" then
        assert.matches("Generated 1970-01-01 00:00 UTC", outs[1], 1, true)
      end
    end
  end)
end)

describe("a figure several sites carried", function()
  it("is credited to each of them, one credit per distinct site", function()
    local report = require "incidents.report"
    local cjson = require "cjson"
    local db = assert(core.open(":memory:"))
    local revised = "The toll of the attack outside Harbel on Friday rose to eight, the army said."
    local function ext(art)
      local out = extract(art)
      if art.text == revised then out[1].killed_lo, out[1].killed_hi = 8, 8 end
      return out
    end
    assert(ingest.article(db, { text = STORY, title = "Six guards killed", source = "Coast Herald",
      path = "x/harbel.txt" }, { extract = ext }))
    -- the same file saved in a mirror folder: the same credit
    assert(ingest.article(db, { text = STORY, title = "Six guards killed", source = "Coast Herald",
      path = "mirror/x/harbel.txt", file = "/srv/mirror/x/harbel.txt" }, { extract = ext }))
    assert(ingest.article(db, { text = STORY, title = "Ambush at Harbel", source = "Inland Courier",
      url = "https://courier.example/harbel" }, { extract = ext }))
    assert(ingest.article(db, { text = revised, title = "Toll rises", source = "Coast Herald",
      path = "y/toll.txt" }, { extract = ext }))
    assert(require("incidents.merge").update(db, {}))
    local inc = assert(query.incidents(db))[1]
    local six = inc.figures.killed[1]
    assert.equal("6", six.text)
    local who = {}
    for _, s in ipairs(six.sources) do who[#who + 1] = s.title .. "/" .. s.source end
    assert.same({ "Six guards killed/Coast Herald", "Ambush at Harbel/Inland Courier" }, who)
    assert.equal(1, #inc.figures.killed[2].sources)

    local md = assert(report.render("markdown", { inc }))
    local line = md:match("\n(%- %*%*#%d+[^\n]*killed:[^\n]*)")
    assert.matches("Ambush at Harbel (Inland Courier)", line, 1, true)
    local js = cjson.decode((assert(report.render("json", { inc }))))
    assert.same({ 1 }, js[1].figures.killed[1].article_ids)
    local csv = assert(report.render("csv", { inc }))
    local row = csv:match("\n([^\n]+)")
    local _, n = row:gsub("Six guards killed, Coast Herald", "")
    assert.equal(1, n)
    assert.matches("6 (2) / 8 (1)", row, 1, true)
    db:close()
  end)
end)

describe("remove, naming a file another way", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("finds the copy by the file it names", function()
    assert.is_true(u.sh("mkdir -p " .. q(dir .. "/x")))
    write(dir .. "/x/harbel.txt", "Title: Checkpoint attack\n\n" .. STORY .. "\n")
    local bin = q(os.getenv("PWD") .. "/bin/incidents")
    local function run(args)
      local f = io.popen("cd " .. q(dir) .. " && lua5.4 " .. bin .. " --db r.db " .. args
        .. " 2>&1; echo rc=$?")
      local out = f:read("a")
      f:close()
      return out
    end
    assert.matches("rc=0", run("ingest -q x"))
    for _, name in ipairs({ "x/harbel.txt", "./x/harbel.txt", dir .. "/x", "x/../x/" }) do
      local out = run("remove -n " .. q(name))
      assert.matches("<x/harbel.txt>", out, 1, true)
      assert.matches("rc=0", out, 1, true)
    end
    assert.matches("no article ./y", run("remove -n ./y"), 1, true)
  end)
end)

describe("an incident one article alone told", function()
  it("keeps its id when that article is extracted again with a new toll", function()
    local db = assert(core.open(":memory:"))
    local function pack(toll)
      return function(art)
        if art.text:find("Kakata", 1, true) then
          return { { date = "2025-02-09", date_lo = "2025-02-09", date_hi = "2025-02-09",
            place = "Kakata", country = "LR", status = "attack", rule = "spec.kakata" } }
        end
        local out = extract(art)
        if out[1] then out[1].killed_lo, out[1].killed_hi = toll, toll end
        return out
      end
    end
    -- the Harbel incident first (id 1), then one at Kakata (id 2): an
    -- incident made again would get id 3
    assert(ingest.article(db, { text = STORY, path = "a.txt" }, { extract = pack(6) }))
    assert(require("incidents.merge").update(db, {}))
    assert(ingest.article(db, { text = "A bomb damaged a power line near Kakata.", path = "b.txt" },
      { extract = pack(6) }))
    assert(require("incidents.merge").update(db, {}))
    local before = assert(query.incidents(db))
    assert.equal(2, #before)
    assert.equal("Harbel", before[1].place)
    local s = assert(ingest.reextract(db, { extract = pack(7) }))
    assert.same({ 1, 0, 1, 0 }, { s.changed, s.incidents, s.incidents_updated,
      s.incidents_deleted })
    local after = assert(query.incidents(db))
    assert.equal(2, #after)
    assert.equal(before[1].id, after[1].id)
    assert.equal(7, after[1].killed_best)
    assert.equal(0, count(db, "SELECT count(*) AS n FROM reports r WHERE NOT EXISTS "
      .. "(SELECT 1 FROM incident_reports l WHERE l.report_id = r.id)"))
    db:close()
  end)
end)
