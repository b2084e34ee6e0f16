--- Specs of article copies (schema version 2): the same text saved from
-- several sites is one article with one copy per file or address; reports
-- list every copy; removing a copy keeps the text while another copy is
-- left; a version-1 file migrates with its data. The texts are written for
-- these specs.

local core = require "incidents.core"
local ingest = require "incidents.ingest"
local query = require "incidents.query"
local report = require "incidents.report"
local cjson = require "cjson"

local u = dofile("spec/robust_util.lua")
local q = u.q

-- One wire story, word for word, as three sites carried it.
local STORY = "A car bomb went off beside a bus depot in Quetta on Tuesday, killing 14 "
  .. "people and wounding 30, officials said."
local SITES = {
  { id = "a", source = "Alpha Times", title = "Depot bombing kills 14",
    url = "https://alpha.example/depot", date = "2024-03-05" },
  { id = "b", source = "Beta Post", title = "Fourteen dead in Quetta blast",
    url = "https://beta.example/news/quetta", date = "2024-03-05" },
  { id = "c", source = "Gamma Daily", title = "Quetta: car bomb at depot",
    url = "https://gamma.example/q", date = "2024-03-06" },
}

local function span(text, phrase, rule)
  local s, e = text:find(phrase, 1, true)
  return { start = s, stop = e, rule = rule }
end

-- A stand-in for extraction, so these specs test the store and not the
-- rules: one report per text that names Quetta; it counts its calls.
local calls = 0
local function extract(art)
  calls = calls + 1
  if not art.text:find("Quetta", 1, true) then return {} end
  return { {
    date = "2024-03-05", date_lo = "2024-03-05", date_hi = "2024-03-05", place = "Quetta",
    country = "PK", country_name = "Pakistan", lat = 30.18, lon = 67.0,
    attack_type = "bombing", status = "attack",
    killed_lo = 14, killed_hi = 14, wounded_lo = 30, wounded_hi = 30, rule = "spec.bomb",
    evidence = { trigger = span(art.text, "car bomb went off", "spec.bomb"),
      killed = span(art.text, "killing 14", "spec.figure") },
  } }
end

local function json_line(site, text)
  return cjson.encode({ id = site.id, text = text or STORY, title = site.title,
    source = site.source, url = site.url, date = site.date })
end

local function count(db, sql, ...)
  local n
  for row in assert(db:rows(sql, ...)) do n = row.n end
  return n
end

describe("article copies", function()
  local dir, db, feed
  before_each(function()
    dir = u.tmpdir()
    feed = dir .. "/wire.jsonl"
    local lines = {}
    for i, site in ipairs(SITES) do lines[i] = json_line(site) end
    u.write(feed, table.concat(lines, "\n") .. "\n")
    db = assert(core.open(dir .. "/a.db"))
    calls = 0
  end)
  after_each(function()
    db:close()
    u.rm(dir)
  end)

  it("stores one text from three sites once, with three copies", function()
    local s = assert(ingest.run(db, { feed }, { extract = extract }))
    assert.same({ 1, 2, 0, 0 }, { s.new, s.copies, s.skipped, s.failed })
    assert.equal(1, calls)                   -- the copies are not extracted again
    assert.equal(1, count(db, "SELECT count(*) AS n FROM articles"))
    assert.equal(1, count(db, "SELECT count(*) AS n FROM reports"))
    local copies = assert(db:copies(1))
    assert.equal(3, #copies)
    for i, site in ipairs(SITES) do
      assert.same({ feed .. "#" .. site.id, site.url, site.title, site.source, site.date },
        { copies[i].path, copies[i].url, copies[i].title, copies[i].source,
          copies[i].published })
    end
    assert.matches("^articles: 1 new, 2 copies of texts already stored, 0 skipped, 0 failed;",
      ingest.summary_line(s))
    -- what sqlite3 users read
    assert.equal(3, count(db, "SELECT n_sources AS n FROM incident_summary"))
    assert.equal(1, count(db, "SELECT n_articles AS n FROM incident_summary"))
    assert.equal(3, count(db, "SELECT count(*) AS n FROM incident_sources"))
  end)

  it("lists every copy as a source of the incident, in JSON and Markdown", function()
    assert(ingest.run(db, { feed }, { extract = extract }))
    local incs = assert(query.incidents(db))
    assert.equal(1, #incs)
    local inc = incs[1]
    assert.equal(3, #inc.sources)
    assert.equal(1, inc.n_articles)
    local urls = {}
    for i, src in ipairs(inc.sources) do urls[i] = src.url end
    assert.same({ SITES[1].url, SITES[2].url, SITES[3].url }, urls)   -- oldest first

    local j = cjson.decode((assert(report.render("json", incs))))
    assert.equal(3, j[1].n_sources)
    assert.equal(1, j[1].n_articles)
    assert.equal(3, #j[1].sources)
    for i, site in ipairs(SITES) do
      assert.same({ site.title, site.source, site.url, feed .. "#" .. site.id, 1 },
        { j[1].sources[i].title, j[1].sources[i].source, j[1].sources[i].url,
          j[1].sources[i].file, j[1].sources[i].article_id })
    end
    assert.equal(1, #j[1].reports)
    assert.equal(3, #j[1].reports[1].copies)

    local md = assert(report.render("markdown", incs))
    assert.matches("1 incident(s) from 3 article(s), 1 distinct text(s).", md, 1, true)
    assert.matches("| 1 | 5 Mar 2024 |[^\n]*| 3 |\n", md)           -- the Sources column
    for _, site in ipairs(SITES) do
      assert.matches("  - " .. site.title .. " (" .. site.source .. "), " .. site.date
        .. " <" .. site.url .. "> (one of 3 copies of the same text)\n", md, 1, true)
    end

    local csv = assert(report.render("csv", incs))
    local header, row = csv:match("^([^\n]*)\r?\n([^\n]*)")
    -- the GTD columns as they were; scite1..3 cite the three sites
    local cols = {}
    for c in header:gsub("\r$", ""):gmatch("[^,]+") do cols[#cols + 1] = c end
    local at = {}
    for i, c in ipairs(cols) do at[c] = i end
    assert.same({ 19, 20, 21 }, { at.scite1, at.scite2, at.scite3 })
    for i, site in ipairs(SITES) do
      assert.matches(site.title .. ", " .. site.source .. ", " .. site.date .. ", " .. site.url,
        row, 1, true)
      assert.is_number(at["scite" .. i])
    end
    assert.matches(",3,0\r?$", row)             -- nsources, conflicting_figures
    local html = assert(report.render("html", incs))
    for _, site in ipairs(SITES) do
      assert.matches('<a href="' .. site.url .. '">' .. site.title .. "</a> &middot; "
        .. site.source .. " &middot; " .. site.date
        .. " &middot; one of 3 copies of the same text</li>", html, 1, true)
    end
    assert.matches("1 incidents, 14 killed (best figures), 3 source articles.", html, 1, true)
    local geo = cjson.decode((assert(report.render("geojson", incs))))
    assert.equal(3, geo.features[1].properties.nsources)
  end)

  it("doubles nothing when the same files are ingested again", function()
    assert(ingest.run(db, { feed }, { extract = extract }))
    local s = assert(ingest.run(db, { feed }, { extract = extract }))
    assert.same({ 0, 0, 3 }, { s.new, s.copies, s.skipped })
    assert.matches("^articles: 0 new, 3 skipped, 0 failed;", ingest.summary_line(s))
    assert.equal(3, count(db, "SELECT count(*) AS n FROM article_copies"))
    assert.equal(1, count(db, "SELECT count(*) AS n FROM reports"))
    assert.equal(3, #assert(query.incidents(db))[1].sources)
  end)

  it("takes the same address under another file name for the same source", function()
    local id = assert(db:add_article{ text = STORY, path = "x/1.txt", url = SITES[1].url })
    local id2, existed, copied = db:add_article{ text = STORY, path = "y/1.txt",
      url = SITES[1].url }
    assert.same({ id, true, false }, { id2, existed, copied })
    -- a file with no address is told apart by its path
    local _, _, c2 = db:add_article{ text = STORY, path = "z/2.txt" }
    local _, _, c3 = db:add_article{ text = STORY, path = "z/2.txt" }
    assert.same({ true, false }, { c2, c3 })
    -- and so is the same file named from another folder, or by its full path
    for _, p in ipairs({ "./z/2.txt", "/home/analyst/z/2.txt", "2.txt" }) do
      local _, _, again = db:add_article{ text = STORY, path = p }
      assert.is_false(again, p)
    end
    -- while another folder's file of the same name is another copy
    local _, _, other = db:add_article{ text = STORY, path = "zz/2.txt" }
    assert.is_true(other)
    assert.equal(3, #assert(db:copies(id)))
  end)

  it("keeps the text and its incident when one copy is removed", function()
    assert(ingest.run(db, { feed }, { extract = extract }))
    local first = assert(db:copies(1))[1]
    local st = assert(ingest.remove(db, { copies = { first.id } }))
    assert.same({ 1, 0, 0, 0, 0 }, { st.copies, st.articles, st.reports,
      st.incidents_updated, st.incidents_deleted })
    -- the article is now told by the oldest copy left
    local art = assert(db:article(1))
    assert.same({ feed .. "#b", SITES[2].url, SITES[2].source },
      { art.path, art.url, art.source })
    local incs = assert(query.incidents(db))
    assert.equal(1, #incs)
    assert.equal(2, #incs[1].sources)
    assert.equal(SITES[2].title, incs[1].reports[1].article.title)
    for _, src in ipairs(incs[1].sources) do assert.are_not.equal(SITES[1].url, src.url) end
    -- the search index follows the title of the copy promoted
    assert.equal(1, count(db, "SELECT count(*) AS n FROM articles_fts "
      .. "WHERE articles_fts MATCH 'title:Fourteen'"))
    assert.equal(0, count(db, "SELECT count(*) AS n FROM articles_fts "
      .. "WHERE articles_fts MATCH 'title:kills'"))
  end)

  it("removes the text, its reports and its incident with its last copy", function()
    assert(ingest.run(db, { feed }, { extract = extract }))
    local ids = {}
    for i, c in ipairs(assert(db:copies(1))) do ids[i] = c.id end
    -- the store refuses to drop the last copy by itself: that is the article's removal
    assert(db:remove_copy(ids[1]))
    assert(db:remove_copy(ids[2]))
    local ok, msg = db:remove_copy(ids[3])
    assert.is_nil(ok)
    assert.equal(("remove_copy: copy %d is the last copy of article 1 (remove the article)")
      :format(ids[3]), msg)
    local st = assert(ingest.remove(db, { copies = { ids[3] } }))
    assert.same({ 0, 1, 1, 1 }, { st.copies, st.articles, st.reports, st.incidents_deleted })
    assert.equal(0, count(db, "SELECT count(*) AS n FROM articles"))
    assert.equal(0, count(db, "SELECT count(*) AS n FROM article_copies"))
    assert.equal(0, #assert(query.incidents(db)))
  end)

  it("removes every copy named at once as the article, and nothing on a bad id", function()
    assert(ingest.run(db, { feed }, { extract = extract }))
    local ok, msg = ingest.remove(db, { copies = { 1, 99 } })
    assert.is_nil(ok)
    assert.equal("no copy 99", msg)
    assert.equal(3, count(db, "SELECT count(*) AS n FROM article_copies"))
    local plan = assert(ingest.remove_plan(db, { copies = { 1, 2, 3 } }))
    assert.same({ articles = { 1 }, copies = {} }, plan)
    plan = assert(ingest.remove_plan(db, { copies = { 3, 1 } }))
    assert.same({ articles = {}, copies = { 1, 3 } }, plan)
    assert.has_error(function() ingest.remove(db, { copies = { "1" } }) end,
      "bad argument #2 to 'remove' (copies[1]: integer expected, got string)")
  end)
end)

describe("article copies from the command line", function()
  local dir, dbp
  before_each(function()
    dir = u.tmpdir()
    dbp = dir .. "/a.db"
    -- the same page saved by hand from three sites: identical files
    for _, site in ipairs(SITES) do
      u.sh("mkdir -p " .. q(dir .. "/" .. site.id))
      u.write(dir .. "/" .. site.id .. "/quetta.txt", "Quetta blast\n\n" .. STORY .. "\n")
    end
  end)
  after_each(function() u.rm(dir) end)

  local function cli(args) return u.cli("--db " .. q(dbp) .. " " .. args) end

  it("counts the copies, lists them, and removes them one by one", function()
    local code, out, err = cli("ingest " .. q(dir))
    assert.equal(0, code, err)
    assert.matches("^articles: 1 new, 2 copies of texts already stored, 0 skipped, 0 failed",
      out)
    code, out = cli("ingest " .. q(dir))
    assert.equal(0, code)
    assert.matches("^articles: 0 new, 3 skipped, 0 failed", out)
    local _, j = cli("report --format json")
    local incs = cjson.decode(j)
    assert.is_true(#incs >= 1, j)
    local inc = incs[1]
    assert.equal(3, #inc.sources)
    for i, site in ipairs(SITES) do
      assert.equal(dir .. "/" .. site.id .. "/quetta.txt", inc.sources[i].file)
    end

    code, out = cli("show " .. inc.id)
    assert.equal(0, code)
    assert.matches("sources (3, 1 distinct text(s)):", out, 1, true)
    for _, site in ipairs(SITES) do
      assert.matches("<" .. dir .. "/" .. site.id .. "/quetta.txt>", out, 1, true)
    end

    code, out = cli("remove -n " .. q(dir .. "/a/quetta.txt"))
    assert.equal(0, code)
    assert.matches("(a copy: the text stays under <" .. dir .. "/b/quetta.txt>)", out, 1, true)
    assert.matches("would remove 1 copy of a text other copies keep and 0 article(s)", out, 1,
      true)
    code, out = cli("remove " .. q(dir .. "/a/quetta.txt"))
    assert.equal(0, code)
    assert.matches("removed: 1 copy of a text other copies keep, 0 article(s), 0 report(s); "
      .. "incidents: 0 updated, 0 deleted", out, 1, true)
    _, j = cli("report --format json")
    local after = cjson.decode(j)
    assert.equal(#incs, #after)
    assert.equal(2, #after[1].sources)

    code, out = cli("remove " .. q(dir .. "/b") .. " " .. q(dir .. "/c/quetta.txt"))
    assert.equal(0, code)
    assert.matches("removed: 1 article(s)", out, 1, true)
    _, j = cli("report --format json")
    assert.equal(0, #cjson.decode(j))
  end)
end)

describe("schema versions", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  -- A file of schema version 1, written by the core of before copies.
  local function v1_file()
    local p = dir .. "/v1.db"
    assert.is_true(u.sh("sqlite3 " .. q(p) .. " < spec/fixtures/store/store_v1.sql"))
    return p
  end

  it("migrates a version-1 file in place, keeping its data", function()
    local p = v1_file()
    local db = assert(core.open(p))
    assert.equal(3, count(db, "SELECT user_version AS n FROM pragma_user_version"))
    assert.equal(3, count(db, "SELECT count(*) AS n FROM articles"))
    assert.equal(3, count(db, "SELECT count(*) AS n FROM reports"))
    assert.equal(3, count(db, "SELECT count(*) AS n FROM evidence"))
    -- each article became its first copy
    for _, a in ipairs({ 1, 2, 3 }) do
      local art = assert(db:article(a))
      local copies = assert(db:copies(a))
      assert.equal(1, #copies)
      assert.same({ art.path, art.url, art.title, art.source, art.published,
        art.published_inferred, art.added },
        { copies[1].path, copies[1].url, copies[1].title, copies[1].source,
          copies[1].published, copies[1].published_inferred, copies[1].added })
    end
    assert.equal("feed.jsonl:1", assert(db:copies(3))[1].path)
    assert.equal(2, count(db, "SELECT n_sources AS n FROM incident_summary"))
    local inc = assert(query.incident(db, 1))
    assert.equal(2, #inc.sources)
    assert.same({ "Market blast", "Toll rises in Portville" },
      { inc.sources[1].title, inc.sources[2].title })
    assert.equal(1, count(db, "SELECT count(*) AS n FROM articles_fts "
      .. "WHERE articles_fts MATCH 'depot'"))
    -- and it takes copies from now on
    local text = assert(db:article(2)).text
    local id, existed, copied = db:add_article{ text = text, path = "saved/other.txt" }
    assert.same({ 2, true, true }, { id, existed, copied })
    db:close()
    assert.equal("ok", (function()
      local h = assert(core.open(p))
      local r = count(h, "SELECT integrity_check AS n FROM pragma_integrity_check")
      h:close()
      return r
    end)())
  end)

  it("leaves a version-1 file as it was when the migration cannot finish", function()
    local p = v1_file()
    -- a view of the new version's last name already there makes migration 2
    -- fail at its end, when its tables, triggers and other views are made
    assert.is_true(u.sh("sqlite3 " .. q(p) .. " 'CREATE VIEW incident_sources AS SELECT 1'"))
    local db, msg = core.open(p)
    assert.is_nil(db)
    assert.matches("view incident_sources already exists", msg, 1, true)
    -- still version 1, with nothing of version 2
    local f = io.popen("sqlite3 " .. q(p) .. " \"PRAGMA user_version; "
      .. "SELECT count(*) FROM sqlite_master WHERE name LIKE 'article_copies%'; "
      .. "SELECT instr(sql, 'n_articles') FROM sqlite_master "
      .. "WHERE name = 'incident_summary'\"")
    local out = f:read("a")
    f:close()
    assert.equal("1\n0\n0\n", out)
  end)

  it("refuses a file of a newer version", function()
    local p = v1_file()
    assert.is_true(u.sh("sqlite3 " .. q(p) .. " 'PRAGMA user_version = 4'"))
    local db, msg = core.open(p)
    assert.is_nil(db)
    assert.equal(p .. ": database schema version 4 is newer than this library (3); "
      .. "upgrade incidents", msg)
  end)
end)
