--- Specs of the SQLite store of incidents.core (csrc/lstore*.c).
-- Every method, its failure cases, and the promises of docs/schema.md.

local core = require "incidents.core"

local tmpdir = os.getenv("TMPDIR") or "/tmp"
local counter = 0

-- A fresh path in the temporary directory, with no file behind it.
local function tmppath(ext)
  counter = counter + 1
  local p = ("%s/incidents-store-spec-%d-%d%s"):format(tmpdir, os.time(), counter,
                                                        ext or ".db")
  os.remove(p)
  os.remove(p .. "-wal")
  os.remove(p .. "-shm")
  return p
end

local function remove_db(p)
  os.remove(p)
  os.remove(p .. "-wal")
  os.remove(p .. "-shm")
end

local function write_file(p, s)
  local f = assert(io.open(p, "wb"))
  f:write(s)
  f:close()
end

local function count(db, sql, ...)
  local it = assert(db:rows(sql, ...))
  local row = it()
  return row and row.n
end

-- Article texts written for these specs.
local TEXT1 = "Gunmen opened fire at a concert hall in Krasnogorsk on 22 March 2024, " ..
              "killing at least 137 people. Islamic State claimed the attack."
local TEXT2 = "A suicide bomber struck a market in the town square on Friday; " ..
              "police said 13 people were killed and about 50 were wounded."
local TEXT3 = "Police arrested two men suspected of plotting to bomb a stadium."

-- The evidence span of `phrase` in `text`, as extraction would give it.
local function span(text, phrase, rule)
  local s, e = text:find(phrase, 1, true)
  return { start = s, stop = e, rule = rule }
end

local function full_report()
  return {
    date = "2024-03-22", date_lo = "2024-03-22", date_hi = "2024-03-22",
    place = "Krasnogorsk", country = "RU", country_name = "Russia",
    lat = 55.82, lon = 37.33, perpetrator = "Islamic State Khorasan Province",
    claimed = true, attack_type = "armed_assault", suicide = false,
    weapon = "firearms", target = "a concert hall", target_type = "business",
    status = "attack", killed_lo = 137, killed_hi = nil, wounded_lo = 100,
    wounded_hi = 150, rule = "attack.opened_fire",
    evidence = {
      trigger = span(TEXT1, "opened fire", "attack.opened_fire"),
      killed = span(TEXT1, "killing at least 137 people", "figure.at_least"),
      place = span(TEXT1, "Krasnogorsk"),
    },
  }
end

describe("incidents.core store", function()

  describe("open", function()
    it("opens :memory: and reports the schema version", function()
      local db = assert(core.open(":memory:"))
      assert.equal(3, core.schema_version)
      assert.equal(core.schema_version,
                   count(db, "SELECT user_version AS n FROM pragma_user_version"))
      assert.equal(1, count(db, "SELECT foreign_keys AS n FROM pragma_foreign_keys"))
      assert.matches("incidents.db", tostring(db))
      db:close()
    end)

    it("creates a file in WAL mode with a busy timeout", function()
      local p = tmppath()
      local db = assert(core.open(p, { busy_timeout = 1234 }))
      local mode = assert(db:rows("PRAGMA journal_mode"))()
      assert.equal("wal", mode.journal_mode)
      assert.equal(1234, count(db, "SELECT timeout AS n FROM pragma_busy_timeout"))
      db:close()
      db = assert(core.open(p))
      assert.equal(5000, count(db, "SELECT timeout AS n FROM pragma_busy_timeout"))
      db:close()
      remove_db(p)
    end)

    it("keeps data across close and reopen", function()
      local p = tmppath()
      local db = assert(core.open(p))
      local id = assert(db:add_article{ text = TEXT1, title = "Concert hall" })
      db:close()
      db = assert(core.open(p))
      assert.equal("Concert hall", db:article(id).title)
      db:close()
      remove_db(p)
    end)

    it("gives nil, msg for a directory", function()
      local p = tmppath(".d")
      assert(os.execute("mkdir -p '" .. p .. "'"))
      local db, msg = core.open(p)
      assert.is_nil(db)
      assert.equal(p .. ": unable to open database file", msg)
      os.remove(p)
    end)

    it("gives nil, msg for a file that is not SQLite", function()
      local p = tmppath()
      write_file(p, ("these words are not a database\n"):rep(200))
      local db, msg = core.open(p)
      assert.is_nil(db)
      assert.equal(p .. ": file is not a database", msg)
      os.remove(p)
    end)

    it("gives nil, msg for a missing directory", function()
      local db, msg = core.open(tmppath(".d") .. "/sub/x.db")
      assert.is_nil(db)
      assert.matches("unable to open database file$", msg)
    end)

    it("gives nil, msg (never a crash) on a corrupt file", function()
      local p = tmppath()
      local db = assert(core.open(p))
      for i = 1, 40 do
        assert(db:add_article{ text = ("text %d "):format(i) .. ("filler word "):rep(400) })
      end
      assert(db:exec("PRAGMA wal_checkpoint(TRUNCATE)"))
      db:close()
      local f = assert(io.open(p, "r+b"))
      f:seek("set", 4096)
      f:write(("\255"):rep(16384))
      f:close()
      db = core.open(p)
      if db then
        local ok, msg = db:search("filler")
        assert.is_nil(ok)
        assert.matches("^search: ", msg)
        local a, amsg = db:article(3)
        assert.is_nil(a)
        assert.matches("^article: ", amsg)
        db:close()
      end
      remove_db(p)
    end)

    it("refuses a schema newer than the library", function()
      local p = tmppath()
      local db = assert(core.open(p))
      assert(db:exec("PRAGMA user_version = 99"))
      db:close()
      local db2, msg = core.open(p)
      assert.is_nil(db2)
      assert.equal(p .. ": database schema version 99 is newer than this library ("
                   .. core.schema_version .. "); upgrade incidents", msg)
      remove_db(p)
    end)

    it("refuses to add its tables to another application's database", function()
      local p = tmppath()
      local db = assert(core.open(p))
      db:close()
      remove_db(p)
      -- a plain SQLite file with a table of its own
      db = assert(core.open(p))
      assert(db:exec("PRAGMA application_id = 42"))
      db:close()
      local db2, msg = core.open(p)
      assert.is_nil(db2)
      assert.equal(p .. ": not an incidents database (application_id 42)", msg)
      remove_db(p)
    end)

    it("migrates an empty file and refuses a foreign SQLite file", function()
      local p = tmppath()
      write_file(p, "")
      local db = assert(core.open(p))
      assert.equal(3, count(db, "SELECT user_version AS n FROM pragma_user_version"))
      assert(db:add_article{ text = TEXT1 })
      db:close()
      remove_db(p)
      -- another program's database: tables, but no version and no id
      local q = tmppath()
      assert(os.execute(("sqlite3 '%s' 'CREATE TABLE mine(x)'"):format(q)))
      local db2, msg = core.open(q)
      assert.is_nil(db2)
      assert.equal(q .. ": not an incidents database (it holds other tables and no "
                   .. "incidents schema)", msg)
      remove_db(q)
    end)

    it("gives nil, msg when another connection holds the lock", function()
      local p = tmppath()
      local a = assert(core.open(p))
      local b = assert(core.open(p, { busy_timeout = 20 }))
      local ok, msg
      assert(a:transaction(function()
        assert(a:add_article{ text = TEXT1 })
        ok, msg = b:add_article{ text = TEXT2 }
        return true
      end))
      assert.is_nil(ok)
      assert.equal("add_article: database is locked", msg)
      -- the reader still sees the committed row, and b works once a is done
      assert.equal(1, count(b, "SELECT count(*) AS n FROM articles"))
      assert(b:add_article{ text = TEXT2 })
      a:close()
      b:close()
      remove_db(p)
    end)

    it("opens read-only with opts.readonly; writes give nil, msg", function()
      local p = tmppath()
      local db = assert(core.open(p))
      local id = assert(db:add_article{ text = TEXT1 })
      db:close()
      db = assert(core.open(p, { readonly = true }))
      assert.equal(TEXT1, db:article(id).text)
      local ok, msg = db:add_article{ text = TEXT2 }
      assert.is_nil(ok)
      assert.equal("add_article: attempt to write a readonly database", msg)
      ok, msg = db:add_reports(id, { { rule = "r" } })
      assert.is_nil(ok)
      assert.equal("add_reports: attempt to write a readonly database", msg)
      ok, msg = db:exec("DELETE FROM articles")
      assert.is_nil(ok)
      assert.equal("exec: attempt to write a readonly database", msg)
      assert.equal(1, count(db, "SELECT count(*) AS n FROM articles"))
      db:close()
      remove_db(p)
    end)

    it("read-only opening of a missing file fails cleanly", function()
      local db, msg = core.open(tmppath(), { readonly = true })
      assert.is_nil(db)
      assert.matches("unable to open database file$", msg)
    end)

    it("gives nil, msg for a file without write permission", function()
      local p = tmppath()
      local db = assert(core.open(p))
      assert(db:add_article{ text = TEXT1 })
      assert(db:exec("PRAGMA journal_mode = DELETE"))
      db:close()
      assert(os.execute("chmod 0444 '" .. p .. "'"))
      local id = io.popen("id -u"):read("l")
      db = assert(core.open(p))
      local ok, msg = db:add_article{ text = TEXT2 }
      if id == "0" then
        -- root ignores file permissions; opts.readonly covers this case above
        assert.truthy(ok)
      else
        assert.is_nil(ok)
        assert.equal("add_article: attempt to write a readonly database", msg)
      end
      db:close()
      os.execute("chmod 0644 '" .. p .. "'")
      remove_db(p)
    end)

    it("raises on misuse", function()
      assert.has_error(function() core.open() end)
      assert.has_error(function() core.open(":memory:", 5) end)
      assert.has_error(function() core.open(":memory:", { busy_timeout = "x" }) end)
      assert.has_error(function() core.open(":memory:", { busy_timeout = -1 }) end)
    end)
  end)

  describe("close", function()
    it("is idempotent and makes every method raise", function()
      local db = assert(core.open(":memory:"))
      assert.is_true(db:close())
      assert.is_true(db:close())
      assert.matches("closed", tostring(db))
      local calls = {
        function() db:exec("SELECT 1") end,
        function() db:rows("SELECT 1") end,
        function() db:transaction(function() end) end,
        function() db:search("x") end,
        function() db:add_article{ text = "x" } end,
        function() db:add_reports(1, {}) end,
        function() db:article(1) end,
        function() db:report(1) end,
        function() db:reports{} end,
        function() db:incident(1) end,
        function() db:incidents{} end,
        function() db:put_incident{} end,
        function() db:delete_incident(1) end,
        function() db:clear_incidents() end,
      }
      for _, f in ipairs(calls) do
        assert.has_error(f, "attempt to use a closed database")
      end
    end)

    it("closes a <close> variable at the end of its scope", function()
      local keep
      do
        local db <close> = assert(core.open(":memory:"))
        keep = db
        assert(db:add_article{ text = TEXT1 })
      end
      assert.matches("closed", tostring(keep))
      assert.has_error(function() keep:article(1) end, "attempt to use a closed database")
    end)

    it("shares one function for __gc and __close", function()
      local db = assert(core.open(":memory:"))
      local mt = getmetatable(db)
      assert.is_function(mt.__gc)
      assert.equal(mt.__gc, mt.__close)
      db:close()
    end)

    it("a collected handle closes without error", function()
      local p = tmppath()
      do
        local db = assert(core.open(p))
        assert(db:add_article{ text = TEXT1 })
      end
      collectgarbage()
      collectgarbage()
      local db = assert(core.open(p))
      assert.equal(1, count(db, "SELECT count(*) AS n FROM articles"))
      db:close()
      remove_db(p)
    end)
  end)

  describe("articles", function()
    local db
    before_each(function() db = assert(core.open(":memory:")) end)
    after_each(function() db:close() end)

    it("adds an article and reads it back", function()
      local id, existed = db:add_article{
        text = TEXT1, title = "Concert hall attack", path = "a/1.txt",
        url = "https://example.org/1", source = "Example News",
        published = "2024-03-23", published_inferred = true,
      }
      assert.equal(1, id)
      assert.is_false(existed)
      local a = assert(db:article(id))
      assert.equal(TEXT1, a.text)
      assert.equal("Concert hall attack", a.title)
      assert.equal("a/1.txt", a.path)
      assert.equal("https://example.org/1", a.url)
      assert.equal("Example News", a.source)
      assert.equal("2024-03-23", a.published)
      assert.is_true(a.published_inferred)
      assert.matches("^%x+$", a.hash)
      assert.equal(core.hash(TEXT1), a.hash)
      assert.matches("^%d%d%d%d%-%d%d%-%d%dT", a.added)
    end)

    it("re-adding the same text returns the old id and changes nothing", function()
      local id = assert(db:add_article{ text = TEXT1, title = "first" })
      local id2, existed = db:add_article{ text = TEXT1, title = "second" }
      assert.equal(id, id2)
      assert.is_true(existed)
      assert.equal("first", db:article(id).title)
      assert.equal(1, count(db, "SELECT count(*) AS n FROM articles"))
      local id3, existed3 = db:add_article{ text = TEXT2 }
      assert.are_not.equal(id, id3)
      assert.is_false(existed3)
    end)

    it("uses a given hash instead of its own", function()
      local id = assert(db:add_article{ text = TEXT1, hash = "abc" })
      assert.equal("abc", db:article(id).hash)
      local id2, existed = db:add_article{ text = TEXT2, hash = "abc" }
      assert.equal(id, id2)
      assert.is_true(existed)
    end)

    it("hashes texts that differ by one byte differently", function()
      local a = assert(db:add_article{ text = TEXT1 })
      local b = assert(db:add_article{ text = TEXT1 .. " " })
      assert.are_not.equal(db:article(a).hash, db:article(b).hash)
    end)

    it("rejects a published date that is not YYYY-MM-DD", function()
      local ok, msg = db:add_article{ text = TEXT1, published = "March 2024" }
      assert.is_nil(ok)
      assert.matches("^add_article: CHECK constraint failed", msg)
      assert.equal(0, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("stores injection strings as plain data", function()
      local evil = "x'); DROP TABLE articles; --"
      local id = assert(db:add_article{ text = evil, title = evil, source = evil })
      assert.equal(evil, db:article(id).title)
      assert.equal(1, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("gives nil, msg for a missing article", function()
      local a, msg = db:article(42)
      assert.is_nil(a)
      assert.equal("article: no article 42", msg)
    end)

    it("raises on misuse", function()
      assert.has_error(function() db:add_article() end)
      assert.has_error(function() db:add_article{ title = "no text" } end,
        "bad argument #1 to 'add_article' (field 'text' must be a string)")
      assert.has_error(function() db:add_article{ text = "x", title = {} } end,
        "add_article: field 'title' must be a string or nil (got table)")
      assert.has_error(function() db:add_article{ text = "x", hash = 5 } end)
      assert.has_error(function() db:add_article{ text = "x", published_inferred = "yes" } end)
      assert.has_error(function() db:article("one") end)
    end)
  end)

  describe("reports", function()
    local db, aid
    before_each(function()
      db = assert(core.open(":memory:"))
      aid = assert(db:add_article{ text = TEXT1, title = "Concert hall",
                                   path = "k.txt", url = "u:k", published = "2024-03-23" })
    end)
    after_each(function() db:close() end)

    it("round-trips every field, the evidence and its quote", function()
      local ids = assert(db:add_reports(aid, { full_report() }))
      assert.equal(1, #ids)
      local r = assert(db:report(ids[1]))
      local want = full_report()
      for k, v in pairs(want) do
        if k ~= "evidence" then assert.equal(v, r[k], k) end
      end
      assert.equal(aid, r.article_id)
      assert.equal(ids[1], r.id)
      assert.equal("Concert hall", r.article_title)
      assert.equal("k.txt", r.article_path)
      assert.equal("u:k", r.article_url)
      assert.equal("2024-03-23", r.article_published)
      assert.is_nil(r.incident_id)
      for field, want_span in pairs(want.evidence) do
        local e = r.evidence[field]
        assert.equal(want_span.start, e.start)
        assert.equal(want_span.stop, e.stop)
        assert.equal(want_span.rule, e.rule)
        assert.equal(TEXT1:sub(want_span.start, want_span.stop), e.quote)
      end
      assert.equal("opened fire", r.evidence.trigger.quote)
      assert.equal("killing at least 137 people", r.evidence.killed.quote)
      -- analysts read the same quote in SQL
      local row = assert(db:rows("SELECT quote FROM report_evidence WHERE field = ?", "place"))()
      assert.equal("Krasnogorsk", row.quote)
    end)

    it("keeps claimed/suicide as true, false or nil", function()
      local ids = assert(db:add_reports(aid, {
        { claimed = true, suicide = true }, { claimed = false, suicide = false }, {},
      }))
      assert.is_true(db:report(ids[1]).claimed)
      assert.is_false(db:report(ids[2]).claimed)
      assert.is_nil(db:report(ids[3]).claimed)
      assert.equal(1, count(db, "SELECT claimed AS n FROM reports WHERE id = ?", ids[1]))
      assert.equal(0, count(db, "SELECT suicide AS n FROM reports WHERE id = ?", ids[2]))
    end)

    it("keeps unknown scalar fields in report_extra and drops tables", function()
      local ids = assert(db:add_reports(aid, {
        { rule = "r", killed_approx = true, note = "dozens", weight = 2.5,
          n = 3, nested = { 1, 2 } },
      }))
      local r = db:report(ids[1])
      assert.is_true(r.killed_approx)
      assert.equal("dozens", r.note)
      assert.equal(2.5, r.weight)
      assert.equal(3, r.n)
      assert.is_nil(r.nested)
      -- writing a report read back does not copy the getters' fields
      local again = assert(db:add_reports(aid, { r }))
      assert.equal(4, count(db, "SELECT count(*) AS n FROM report_extra WHERE report_id = ?",
                            again[1]))
    end)

    it("returns ids in order and lists reports by article", function()
      local aid2 = assert(db:add_article{ text = TEXT2 })
      local a = assert(db:add_reports(aid, { { rule = "a" }, { rule = "b" } }))
      local b = assert(db:add_reports(aid2, { { rule = "c" } }))
      assert.same({ 1, 2 }, a)
      assert.same({ 3 }, b)
      local list = assert(db:reports{ article_id = aid })
      assert.equal(2, #list)
      assert.equal("a", list[1].rule)
      assert.equal("b", list[2].rule)
      assert.equal(3, #db:reports())
      assert.equal(3, #db:reports{})
      assert.equal(0, #db:reports{ article_id = 999 })
      assert.same({}, assert(db:add_reports(aid, {})))
    end)

    it("is all or nothing: a bad report leaves no row behind", function()
      local ok, msg = db:add_reports(aid, { { rule = "good" }, { date_lo = "soon" } })
      assert.is_nil(ok)
      assert.matches("^add_reports: CHECK constraint failed", msg)
      assert.equal(0, count(db, "SELECT count(*) AS n FROM reports"))
      assert.has_error(function()
        db:add_reports(aid, { { rule = "good", evidence = { place = { start = 1, stop = 3 } } },
                              { killed_lo = "many" } })
      end, "add_reports: report 2: field 'killed_lo' must be an integer or nil (got string)")
      assert.equal(0, count(db, "SELECT count(*) AS n FROM reports"))
      assert.equal(0, count(db, "SELECT count(*) AS n FROM evidence"))
    end)

    it("gives nil, msg for an unknown article", function()
      local ok, msg = db:add_reports(77, { { rule = "r" } })
      assert.is_nil(ok)
      assert.equal("add_reports: no article 77", msg)
    end)

    it("gives nil, msg for a missing report", function()
      local r, msg = db:report(5)
      assert.is_nil(r)
      assert.equal("report: no report 5", msg)
    end)

    it("raises on misuse", function()
      assert.has_error(function() db:add_reports("x", {}) end)
      assert.has_error(function() db:add_reports(aid) end)
      assert.has_error(function() db:add_reports(aid, { "not a table" }) end,
        "add_reports: report 1 is a string, not a table")
      assert.has_error(function() db:add_reports(aid, { { lat = "north" } }) end)
      assert.has_error(function() db:add_reports(aid, { { claimed = "yes" } }) end)
      assert.has_error(function() db:add_reports(aid, { { killed_lo = 1.5 } }) end)
      assert.has_error(function() db:add_reports(aid, { { evidence = "here" } }) end)
      assert.has_error(function()
        db:add_reports(aid, { { evidence = { place = { start = "a" } } } })
      end)
      assert.has_error(function() db:reports{ article = 1 } end,
        "bad argument #1 to 'reports' (unknown filter key 'article')")
      assert.has_error(function() db:reports{ article_id = "1" } end)
      assert.has_error(function() db:report() end)
      assert.equal(0, count(db, "SELECT count(*) AS n FROM reports"))
    end)

    it("accepts integral floats for counts", function()
      local ids = assert(db:add_reports(aid, { { killed_lo = 3.0 } }))
      assert.equal(3, db:report(ids[1]).killed_lo)
      assert.is_true(math.type(db:report(ids[1]).killed_lo) == "integer")
    end)
  end)

  describe("incidents", function()
    local db, r1, r2, r3
    before_each(function()
      db = assert(core.open(":memory:"))
      local a1 = assert(db:add_article{ text = TEXT1, title = "Hall attack",
                                        published = "2024-03-23" })
      local a2 = assert(db:add_article{ text = TEXT2, title = "Market bombing",
                                        published = "2024-03-24" })
      local a3 = assert(db:add_article{ text = TEXT3, title = "Plot foiled" })
      r1 = assert(db:add_reports(a1, { { killed_lo = 137, rule = "x" } }))[1]
      r2 = assert(db:add_reports(a2, { { killed_lo = 133, killed_hi = 145, rule = "y" } }))[1]
      r3 = assert(db:add_reports(a3, { { status = "plot_foiled", rule = "z" } }))[1]
    end)
    after_each(function() db:close() end)

    local function hall(extra)
      local t = {
        date = "2024-03-22", date_lo = "2024-03-22", date_hi = "2024-03-22",
        place = "Krasnogorsk", country = "RU", country_name = "Russia",
        perpetrator = "Islamic State Khorasan Province", claimed = true,
        attack_type = "armed_assault", suicide = false, status = "attack",
        killed_lo = 133, killed_hi = 145, killed_best = 137, wounded_best = 100,
        why = "same date and place",
      }
      for k, v in pairs(extra or {}) do t[k] = v end
      return t
    end

    it("puts an incident with links and reads it back", function()
      local id = assert(db:put_incident(hall{ report_ids = { r1, { id = r2, why = "same place" } },
                                             conflicts = "killed" }))
      local inc = assert(db:incident(id))
      assert.equal(id, inc.id)
      assert.equal("Islamic State Khorasan Province", inc.perpetrator)
      assert.is_true(inc.claimed)
      assert.is_false(inc.suicide)
      assert.equal(137, inc.killed_best)
      assert.equal("same date and place", inc.why)
      assert.equal("killed", inc.conflicts)
      assert.same({ r1, r2 }, inc.report_ids)
      assert.equal(2, #inc.reports)
      assert.equal(r1, inc.reports[1].id)
      assert.equal(id, inc.reports[1].incident_id)
      assert.equal("same place", inc.reports[2].link_why)
      assert.equal("Hall attack", inc.reports[1].article_title)
      assert.equal(1, #db:reports{ unlinked = true })
      assert.equal(r3, db:reports{ unlinked = true }[1].id)
      assert.equal(2, #db:reports{ incident_id = id })
    end)

    it("lists the keys merging files incidents by, one row per linked report", function()
      assert.same({}, assert(db:incident_keys()))
      local id2 = assert(db:put_incident(hall{ report_ids = { r3 } }))
      local id1 = assert(db:put_incident(hall{ report_ids = { r2, r1 } }))
      db:exec("UPDATE reports SET date = '2024-03', date_lo = '2024-03-01', "
        .. "date_hi = '2024-03-31', country = 'RU', country_name = 'Russia' WHERE id = " .. r2)
      local keys = assert(db:incident_keys())
      -- By incident id, then report id; NULL columns are left out.
      assert.same({
        { incident_id = id2, status = "plot_foiled" },
        { incident_id = id1 },
        { incident_id = id1, date = "2024-03", date_lo = "2024-03-01", date_hi = "2024-03-31",
          country = "RU", country_name = "Russia" },
      }, keys)
      assert.is_true(id2 < id1)
    end)

    it("filters reports by incident, article and link alike in every combination", function()
      -- Filters led by an incident or an article take their own statements;
      -- each combination must select what the filters say, in id order.
      local id = assert(db:put_incident(hall{ report_ids = { r2, r1 } }))
      local all = assert(db:reports())
      local function ids(list)
        local out = {}
        for i, r in ipairs(list) do out[i] = r.id end
        return out
      end
      for _, iid in ipairs({ false, id, id + 1 }) do
        for _, aid in ipairs({ false, all[1].article_id, all[3].article_id }) do
          for _, unlinked in ipairs({ false, true }) do
            local want = {}
            for _, r in ipairs(all) do
              if (not iid or r.incident_id == iid) and (not aid or r.article_id == aid)
                and (not unlinked or r.incident_id == nil) then
                want[#want + 1] = r.id
              end
            end
            local got = assert(db:reports{ incident_id = iid or nil, article_id = aid or nil,
              unlinked = unlinked })
            assert.same(want, ids(got))
          end
        end
      end
      assert.same({ r1, r2 }, ids(db:incident(id).reports))
    end)

    it("serves the views", function()
      local id = assert(db:put_incident(hall{ report_ids = { r1, r2 } }))
      local s = assert(db:rows("SELECT * FROM incident_summary WHERE id = ?", id))()
      assert.equal(2, s.n_reports)
      assert.equal(2, s.n_sources)
      assert.equal("Hall attack | Market bombing", s.titles)
      local figs = {}
      for row in assert(db:rows("SELECT * FROM figures_by_source WHERE incident_id = :id "
                                .. "ORDER BY report_id", { id = id })) do
        figs[#figs + 1] = row
      end
      assert.equal(2, #figs)
      assert.equal(137, figs[1].killed_lo)
      assert.is_nil(figs[1].killed_hi)
      assert.equal(145, figs[2].killed_hi)
      assert.equal("Market bombing", figs[2].article_title)
      assert.equal(3, count(db, "SELECT count(*) AS n FROM report_sources"))
    end)

    it("updates an incident by id and replaces its links", function()
      local id = assert(db:put_incident(hall{ report_ids = { r1, r2 }, flag = true }))
      local id2 = assert(db:put_incident(hall{ id = id, killed_best = 140, report_ids = { r3 } }))
      assert.equal(id, id2)
      local inc = db:incident(id)
      assert.equal(140, inc.killed_best)
      assert.same({ r3 }, inc.report_ids)
      assert.is_nil(inc.flag)
      assert.equal(2, #db:reports{ unlinked = true })
      local ok, msg = db:put_incident(hall{ id = 999 })
      assert.is_nil(ok)
      assert.equal("put_incident: no incident 999", msg)
    end)

    it("refuses a report in two incidents, and rolls the whole put back", function()
      assert(db:put_incident(hall{ report_ids = { r1 } }))
      local ok, msg = db:put_incident(hall{ report_ids = { r2, r1 } })
      assert.is_nil(ok)
      assert.equal("put_incident: report " .. r1 .. " already belongs to incident 1", msg)
      assert.equal(1, count(db, "SELECT count(*) AS n FROM incidents"))
      assert.equal(1, count(db, "SELECT count(*) AS n FROM incident_reports"))
      -- the same report listed twice is one link
      local twice = assert(db:put_incident(hall{ report_ids = { r2, r2 } }))
      assert.same({ r2 }, db:incident(twice).report_ids)
      assert(db:delete_incident(twice))
      ok, msg = db:put_incident(hall{ report_ids = { 404 } })
      assert.is_nil(ok)
      assert.equal("put_incident: no report 404", msg)
      assert.equal(1, count(db, "SELECT count(*) AS n FROM incidents"))
    end)

    it("filters incidents with bound parameters", function()
      local a = assert(db:put_incident(hall{ report_ids = { r1 } }))
      local b = assert(db:put_incident{
        date_lo = "2023-06-01", date_hi = "2023-06-30", country = "FR",
        country_name = "France", perpetrator = "Unknown group",
        attack_type = "bombing", status = "plot_foiled", killed_lo = 0,
      })
      local c = assert(db:put_incident{ perpetrator = "al-Shabaab", killed_lo = 20 })
      local function ids(f)
        local out = {}
        for _, inc in ipairs(assert(db:incidents(f))) do out[#out + 1] = inc.id end
        return out
      end
      assert.same({ b, a, c }, ids())           -- by date, undated last
      assert.same({ a }, ids{ group = "islamic state" })
      assert.same({ a }, ids{ group = "KHORASAN" })
      assert.same({ a }, ids{ country = "ru" })
      assert.same({ b }, ids{ country = "france" })
      assert.same({ a }, ids{ since = "2024" })
      assert.same({ a }, ids{ since = "2024-03-22" })
      assert.same({}, ids{ since = "2024-03-23" })
      assert.same({ b }, ids{ ["until"] = "2023" })
      assert.same({ b }, ids{ ["until"] = "2023-06" })
      assert.same({ b }, ids{ since = "2023-06-15", ["until"] = "2023-06-15" })
      assert.same({ b }, ids{ type = "bombing" })
      assert.same({ b }, ids{ status = "plot_foiled" })
      assert.same({ a, c }, ids{ min_killed = 20 })
      assert.same({ a }, ids{ min_killed = 137 })
      assert.same({ b }, ids{ limit = 1 })
      assert.equal(1, #db:incidents{ group = "islamic" }[1].reports)
      assert.is_nil(db:incidents{ group = "islamic", reports = false }[1].reports)
    end)

    it("treats SQL injection in every filter as plain text", function()
      assert(db:put_incident(hall{ report_ids = { r1 } }))
      local evil = { "' OR 1=1 --", "x'); DROP TABLE incidents; --", "%", "_",
                     "\" OR \"\"=\"", "1; DELETE FROM reports" }
      for _, e in ipairs(evil) do
        for _, key in ipairs{ "group", "country", "since", "until", "type", "status" } do
          local list = assert(db:incidents{ [key] = e })
          if key ~= "since" and key ~= "until" then
            assert.equal(0, #list, key .. " " .. e)
          end
        end
        local hits, msg = db:search(e)
        assert.truthy(hits or msg)
        assert.equal(0, count(db, "SELECT count(*) AS n FROM articles WHERE title = ?", e))
      end
      assert.equal(1, count(db, "SELECT count(*) AS n FROM incidents"))
      assert.equal(3, count(db, "SELECT count(*) AS n FROM reports"))
      assert.equal(3, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("deletes one incident and clears all, keeping reports", function()
      local a = assert(db:put_incident(hall{ report_ids = { r1 } }))
      assert(db:put_incident(hall{ report_ids = { r2 } }))
      assert.is_true(db:delete_incident(a))
      local ok, msg = db:delete_incident(a)
      assert.is_nil(ok)
      assert.equal("delete_incident: no incident " .. a, msg)
      assert.equal(2, #db:reports{ unlinked = true })
      assert.equal(1, db:clear_incidents())
      assert.equal(0, db:clear_incidents())
      assert.equal(0, count(db, "SELECT count(*) AS n FROM incident_reports"))
      assert.equal(3, #db:reports{ unlinked = true })
      local i, imsg = db:incident(a)
      assert.is_nil(i)
      assert.equal("incident: no incident " .. a, imsg)
    end)

    it("raises on misuse", function()
      assert.has_error(function() db:put_incident() end)
      assert.has_error(function() db:put_incident{ killed_best = "137" } end,
        "put_incident: field 'killed_best' must be an integer or nil (got string)")
      assert.has_error(function() db:put_incident{ report_ids = { "one" } } end)
      assert.has_error(function() db:put_incident{ report_ids = 5 } end)
      assert.has_error(function() db:put_incident{ id = "x" } end)
      assert.has_error(function() db:incidents{ contry = "RU" } end,
        "bad argument #1 to 'incidents' (unknown filter key 'contry')")
      assert.has_error(function() db:incidents{ min_killed = "5" } end)
      assert.has_error(function() db:incidents{ group = 5 } end)
      assert.has_error(function() db:incident() end)
      assert.has_error(function() db:delete_incident("a") end)
      assert.equal(0, count(db, "SELECT count(*) AS n FROM incidents"))
    end)
  end)

  describe("transaction", function()
    local db
    before_each(function() db = assert(core.open(":memory:")) end)
    after_each(function() db:close() end)

    it("commits and returns fn's results", function()
      local a, b = db:transaction(function(x, y)
        assert(db:add_article{ text = TEXT1 })
        return x + y, "done"
      end, 2, 3)
      assert.equal(5, a)
      assert.equal("done", b)
      assert.equal(1, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("rolls back when fn raises and leaves no row behind", function()
      local ok, msg = db:transaction(function()
        local id = assert(db:add_article{ text = TEXT1 })
        assert(db:add_reports(id, { { rule = "r" } }))
        error("stop here", 0)
      end)
      assert.is_nil(ok)
      assert.equal("stop here", msg)
      assert.equal(0, count(db, "SELECT count(*) AS n FROM articles"))
      assert.equal(0, count(db, "SELECT count(*) AS n FROM reports"))
      assert.same({}, db:search("concert"))
    end)

    it("rolls back when fn returns nil, msg", function()
      local ok, msg = db:transaction(function()
        assert(db:add_article{ text = TEXT1 })
        return db:add_reports(999, { {} })
      end)
      assert.is_nil(ok)
      assert.equal("add_reports: no article 999", msg)
      assert.equal(0, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("keeps a non-string error object", function()
      local obj = { code = 7 }
      local ok, err = db:transaction(function() error(obj) end)
      assert.is_nil(ok)
      assert.equal(obj, err)
    end)

    it("nests with savepoints: an inner rollback keeps the outer work", function()
      local r = db:transaction(function()
        assert(db:add_article{ text = TEXT1 })
        local ok, msg = db:transaction(function()
          assert(db:add_article{ text = TEXT2 })
          error("inner fails", 0)
        end)
        assert.is_nil(ok)
        assert.equal("inner fails", msg)
        assert(db:transaction(function()
          return db:add_article{ text = TEXT3 }
        end))
        return "outer"
      end)
      assert.equal("outer", r)
      local texts = {}
      for row in db:rows("SELECT text FROM articles ORDER BY id") do
        texts[#texts + 1] = row.text
      end
      assert.same({ TEXT1, TEXT3 }, texts)
    end)

    it("an outer rollback undoes committed inner levels", function()
      db:transaction(function()
        db:transaction(function() return db:add_article{ text = TEXT1 } end)
        error("outer fails")
      end)
      assert.equal(0, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("respects a transaction opened by hand", function()
      assert(db:exec("BEGIN"))
      db:transaction(function() return db:add_article{ text = TEXT1 } end)
      assert(db:exec("ROLLBACK"))
      assert.equal(0, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("survives closing the database inside fn", function()
      local ok, msg = db:transaction(function() db:close() end)
      assert.is_nil(ok)
      assert.equal("transaction: the database was closed inside the transaction", msg)
      db = assert(core.open(":memory:"))   -- for after_each
    end)

    it("raises on misuse", function()
      assert.has_error(function() db:transaction() end)
      assert.has_error(function() db:transaction("BEGIN") end)
    end)
  end)

  describe("rows and exec", function()
    local db
    before_each(function()
      db = assert(core.open(":memory:"))
      assert(db:add_article{ text = TEXT1, title = "one" })
      assert(db:add_article{ text = TEXT2, title = "two" })
    end)
    after_each(function() db:close() end)

    it("iterates rows with positional parameters", function()
      local titles = {}
      for row in assert(db:rows("SELECT id, title FROM articles WHERE id >= ? ORDER BY id", 1)) do
        titles[#titles + 1] = row.title
      end
      assert.same({ "one", "two" }, titles)
    end)

    it("binds named parameters from a table; missing ones are NULL", function()
      local row = assert(db:rows("SELECT :a AS a, @b AS b, $c AS c, :missing IS NULL AS m",
                                 { a = 1, b = "two", c = 2.5 }))()
      assert.same({ a = 1, b = "two", c = 2.5, m = 1 }, row)
    end)

    it("maps SQLite types to Lua types and leaves NULL out", function()
      local row = assert(db:rows("SELECT 1 AS i, 1.5 AS f, 'x' AS t, x'41' AS b, NULL AS n, "
                                 .. "? AS yes, ? AS no", true, false))()
      assert.equal("integer", math.type(row.i))
      assert.equal(1.5, row.f)
      assert.equal("x", row.t)
      assert.equal("A", row.b)
      assert.is_nil(row.n)
      assert.equal(1, row.yes)
      assert.equal(0, row.no)
    end)

    it("gives nil, msg for bad SQL and bad parameters", function()
      -- { message, sql, parameters... }
      for _, c in ipairs{
        { 'rows: near "SELEC": syntax error', "SELEC nothing" },
        { "rows: no such table: nowhere", "SELECT * FROM nowhere" },
        { "rows: the statement has 2 parameters, 1 value given", "SELECT ?, ?", 1 },
        { "rows: the statement has 0 parameters, 2 values given", "SELECT 1", 1, 2 },
        { "rows: more than one SQL statement (use db:exec)", "SELECT 1; SELECT 2" },
        { "rows: no SQL statement", "  -- nothing here\n" },
        { "rows: NOT NULL constraint failed: articles.text",
          "INSERT INTO articles(hash, text) VALUES ('h', NULL)" },
      } do
        local iter, msg = db:rows(table.unpack(c, 2))
        assert.is_nil(iter, c[2])
        assert.equal(c[1], msg)
      end
      assert.truthy(db:rows("SELECT 1; -- trailing comment\n"))
    end)

    it("raises when a parameter cannot be bound", function()
      assert.has_error(function() db:rows("SELECT ?, ?", {}, 1) end)
      assert.has_error(function() db:rows("SELECT ?, ?", 1, {}) end,
        "bad argument #3 to 'rows' (cannot bind a table to SQL parameter 2)")
      assert.has_error(function() db:rows("SELECT :a", { a = print }) end)
      assert.has_error(function() db:rows() end)
    end)

    it("binds injection strings as values", function()
      local evil = "1 OR 1=1; DROP TABLE articles"
      local n = 0
      for _ in assert(db:rows("SELECT * FROM articles WHERE id = ?", evil)) do n = n + 1 end
      assert.equal(0, n)
      assert.equal(2, count(db, "SELECT count(*) AS n FROM articles"))
    end)

    it("finalizes the statement when a loop breaks", function()
      for _ in assert(db:rows("SELECT * FROM articles")) do break end -- luacheck: ignore 512
      -- a pending read would make this DDL fail with "database table is locked"
      assert(db:exec("DROP TABLE IF EXISTS scratch; CREATE TABLE scratch(x)"))
    end)

    it("an iterator outlives neither a closed database nor crashes", function()
      local it = assert(db:rows("SELECT id FROM articles ORDER BY id"))
      assert.equal(1, it().id)
      db:close()
      assert.has_error(function() it() end, "attempt to use a closed database")
      db = assert(core.open(":memory:"))
    end)

    it("keeps its database alive while the iterator lives", function()
      local p = tmppath()
      local it
      do
        local d = assert(core.open(p))
        assert(d:add_article{ text = TEXT1 })
        it = assert(d:rows("SELECT text FROM articles"))
      end
      collectgarbage()
      collectgarbage()
      assert.equal(TEXT1, it().text)
      assert.is_nil(it())
      assert.is_nil(it())
      it = nil   -- luacheck: ignore 311
      collectgarbage()
      remove_db(p)
    end)

    it("exec runs scripts and gives nil, msg on errors", function()
      assert.is_true(db:exec("CREATE TABLE notes(x); INSERT INTO notes VALUES (1), (2);"))
      assert.equal(2, count(db, "SELECT count(*) AS n FROM notes"))
      local ok, msg = db:exec("INSERT INTO nowhere VALUES (1)")
      assert.is_nil(ok)
      assert.equal("exec: no such table: nowhere", msg)
      assert.has_error(function() db:exec() end)
    end)
  end)

  describe("robustness", function()
    it("random field values either store or raise, never corrupt", function()
      local db = assert(core.open(":memory:"))
      local aid = assert(db:add_article{ text = TEXT1 })
      local values = { true, false, 0, -1, 2 ^ 53, 1.5, 0 / 0, math.huge, "", "x",
                       "2024-01-01", ("\0"):rep(3), {}, print }
      local fields = { "date", "date_lo", "place", "lat", "claimed", "suicide", "killed_lo",
                       "wounded_hi", "rule", "evidence", "extra_key" }
      math.randomseed(20240322)
      local stored = 0
      for _ = 1, 300 do
        local r = {}
        for _ = 1, 3 do
          r[fields[math.random(#fields)]] = values[math.random(#values)]
        end
        local ok, ids = pcall(db.add_reports, db, aid, { r })
        if ok and ids then stored = stored + 1 end
      end
      assert.equal(stored, count(db, "SELECT count(*) AS n FROM reports"))
      assert.equal("ok", assert(db:rows("PRAGMA integrity_check"))().integrity_check)
      db:close()
    end)

    it("random search strings give hits or nil, msg", function()
      local db = assert(core.open(":memory:"))
      assert(db:add_article{ text = TEXT2 })
      local alphabet = { "a", "b", '"', "*", "(", ")", ":", "-", "^", " ", "AND", "OR",
                         "NEAR", "market", "\0", "'", "{", "}", "+" }
      math.randomseed(7)
      for _ = 1, 300 do
        local q = {}
        for i = 1, math.random(0, 6) do q[i] = alphabet[math.random(#alphabet)] end
        local hits, msg = db:search(table.concat(q))
        assert.truthy(hits or msg:match("^search: "))
      end
      db:close()
    end)
  end)

  describe("search", function()
    local db, a1, a2
    before_each(function()
      db = assert(core.open(":memory:"))
      a1 = assert(db:add_article{ text = TEXT1, title = "Concert hall attack", path = "k.txt" })
      a2 = assert(db:add_article{ text = TEXT2, title = "Market bombing" })
      assert(db:add_article{ text = TEXT3, title = "Stadium plot" })
    end)
    after_each(function() db:close() end)

    it("finds articles by text and title with snippets", function()
      local hits = assert(db:search("concert"))
      assert.equal(1, #hits)
      assert.equal(a1, hits[1].article_id)
      assert.equal("Concert hall attack", hits[1].title)
      assert.equal("k.txt", hits[1].path)
      assert.matches("%[[Cc]oncert%]", hits[1].snippet)
      assert.is_number(hits[1].rank)
      hits = assert(db:search("bombing"))
      assert.equal(a2, hits[1].article_id)
    end)

    it("takes markers, limit and FTS5 syntax", function()
      local hits = assert(db:search("killed OR killing", { open = "<b>", close = "</b>" }))
      assert.equal(2, #hits)
      assert.matches("<b>kill", hits[1].snippet)
      assert.equal(1, #assert(db:search("killed OR killing", { limit = 1 })))
      assert.equal(1, #assert(db:search('"concert hall"')))
      assert.same({}, assert(db:search("nonexistentword")))
    end)

    it("gives nil, msg on an FTS syntax error", function()
      -- { query, pattern the message must match (anchored, plain text) }
      for _, c in ipairs{
        { '"unterminated', "^search: unterminated string$" },
        { "", '^search: fts5: syntax error near ""$' },
        { "AND OR", "^search: fts5: syntax error" },
      } do
        local hits, msg = db:search(c[1])
        assert.is_nil(hits, c[1])
        assert.matches(c[2], msg)
      end
      -- the cached statement still works afterwards
      assert.equal(1, #assert(db:search("stadium")))
    end)

    it("raises on misuse", function()
      assert.has_error(function() db:search() end)
      assert.has_error(function() db:search("x", { limit = "2" }) end)
      assert.has_error(function() db:search("x", { limit = -1 }) end)
      assert.has_error(function() db:search("x", { open = 1 }) end)
      assert.has_error(function() db:search("x", 3) end)
    end)
  end)
end)
