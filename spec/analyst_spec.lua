-- Specs for what an analyst trips on in a first hour with the tools: each
-- case is a command, an input or an output that was wrong and was fixed.
-- The articles are short items written for these specs.
local core = require "incidents.core"
local article = require "incidents.article"
local ingest = require "incidents.ingest"
local query = require "incidents.query"

local u = dofile("spec/robust_util.lua")
local q = u.q

-- A database holding the given texts (no extraction: these specs are about
-- the tools around it).
local function db_of(dir, texts)
  local path = dir .. "/a.db"
  local db = assert(core.open(path))
  for i, t in ipairs(texts) do
    local art = article.from_text(t, { path = "item" .. i .. ".txt" })
    assert(ingest.article(db, art, { extract = function() return {} end }))
  end
  db:close()
  return path
end

describe("search", function()
  local dir, db
  setup(function()
    dir = u.tmpdir()
    db = db_of(dir, {
      "Title: Market blast\n\nAl-Shabaab fighters set off a car bomb outside a market in "
        .. "Baidoa's centre on Sunday, the governor said.",
      "Title: Flood warning\n\nThe river rose past the old bridge on Monday and the town "
        .. "council opened two shelters.",
    })
  end)
  teardown(function() u.rm(dir) end)

  it("takes a hyphenated name or an apostrophe as words, not FTS5 syntax", function()
    for _, s in ipairs({ "al-Shabaab", "Baidoa's", "AL-SHABAAB market", "car-bomb" }) do
      local code, out, err = u.cli("--db " .. q(db) .. " search " .. q(s))
      assert.equal(0, code, s .. ": " .. err)
      assert.matches("Market blast", out, 1, true)
      assert.not_matches("Flood", out)
    end
  end)

  it("keeps FTS5's own syntax working", function()
    for _, s in ipairs({ '"car bomb"', "bridge OR governor", "mark*", "NEAR(car market, 4)",
      "title:flood", "bomb NOT bridge" }) do
      local code, out, err = u.cli("--db " .. q(db) .. " search " .. q(s))
      assert.equal(0, code, s .. ": " .. err)
      assert.not_matches("^no article", out, s)
    end
  end)

  it("says so when nothing is left to search for, and still refuses an open quote", function()
    local code, _, err = u.cli("--db " .. q(db) .. " search '*'")
    assert.equal(2, code)
    assert.equal("incidents: bad search '*': search: nothing to search for "
      .. "(use words, \"a phrase\", a OR b, prefix*)\n", err)
    code, _, err = u.cli("--db " .. q(db) .. " search '\"car bomb'")
    assert.equal(2, code)
    assert.matches("unterminated string", err)
  end)

  it("rewrites queries into FTS5 the same way from Lua", function()
    assert.equal('"al-Shabaab" Baidoa', query.fts_query("al-Shabaab, Baidoa"))
    assert.equal('title:"al-Qaeda" OR bomb*', query.fts_query("Title:al-Qaeda OR bomb*"))
    assert.equal("(a OR b)", query.fts_query("(a OR b"))
    assert.equal("NEAR(car market, 4)", query.fts_query("NEAR(car market, 4)"))
    assert.same({ nil, "nothing to search for" }, { query.fts_query("# %") })
  end)
end)

describe("ingest of JSON lines", function()
  local dir
  setup(function() dir = u.tmpdir() end)
  teardown(function() u.rm(dir) end)

  it("names the real line of a bad record, past blank lines, once", function()
    local f = dir .. "/feed.jsonl"
    u.write(f, '{"id":"n1","text":"The port reopened on Tuesday after a storm.",'
      .. '"date":"2024-05-07"}\n'
      .. "\n\n"
      .. '{"id":"n2","body":"The text is under another name here."}\n'
      .. "[3, 4]\n")
    local code, _, err = u.cli("--db " .. q(dir .. "/f.db") .. " ingest " .. q(f))
    assert.equal(3, code)
    assert.same({
      "incidents: " .. f .. ":4: no text in field 'text' (name the field that holds the text "
        .. "with --text-field NAME)",
      "incidents: " .. f .. ":5: no text in field 'text' (name the field that holds the text "
        .. "with --text-field NAME)",
    }, u.lines(err))
  end)

  it("stores which record an article was: FILE#ID, or FILE:LINE without an id", function()
    local f = dir .. "/ids.jsonl"
    u.write(f, '{"id":"wire-17","text":"Ferries resumed their crossings on Friday."}\n'
      .. '{"text":"A new school opened its doors in the valley on Monday."}\n')
    local db = dir .. "/ids.db"
    local code, _, err = u.cli("--db " .. q(db) .. " ingest " .. q(f))
    assert.equal(0, code, err)
    local s = assert(core.open(db))
    local paths = {}
    for row in s:rows("SELECT path FROM articles ORDER BY id") do paths[#paths + 1] = row.path end
    s:close()
    assert.same({ f .. "#wire-17", f .. ":2" }, paths)
  end)
end)

describe("reports", function()
  local report = require "incidents.report"
  local function inc(t)
    local base = { id = 1, date = "2023-06-05", date_lo = "2023-06-05", date_hi = "2023-06-05",
      place = "Bossaso", country = "SO", country_name = "Somalia", attack_type = "bombing",
      status = "attack", figures = { killed = {}, wounded = {} }, sources = {}, reports = {} }
    for k, v in pairs(t) do base[k] = v end
    return base
  end

  it("link only web addresses: an article's javascript: URL is text, not a link", function()
    local src = { article_id = 1, title = "Harbour blast", url = "javascript:alert(1)" }
    local web = { article_id = 2, title = "Second account", url = "https://example.org/b?x=1" }
    local incs = { inc({ sources = { src, web } }) }
    local html = assert(report.render("html", incs, {}))
    assert.not_matches('href="javascript', html, 1, true)
    assert.matches('<a href="https://example.org/b?x=1">', html, 1, true)
    local md = assert(report.render("markdown", incs, {}))
    assert.not_matches("<javascript:", md, 1, true)
    assert.matches("`javascript:alert(1)`", md, 1, true)
    assert.matches("<https://example.org/b?x=1>", md, 1, true)
    assert.is_nil(report.helpers.link("data:text/html,x"))
    assert.is_nil(report.helpers.link("https://a b"))
  end)

  it("leave a group's dead blank, not 0, when no source gave a figure", function()
    local incs = { inc({ perpetrator = "Test Front" }),
      inc({ id = 2, perpetrator = "Other Front", killed_best = 4, country_name = "Kenya",
        figures = { killed = { { lo = 4, hi = 4, text = "4", sources = {} } }, wounded = {} } }) }
    local md = assert(report.render("markdown", incs, {}))
    assert.matches("| Test Front | 1 |  |", md, 1, true)
    assert.matches("| Other Front | 1 | 4 |", md, 1, true)
    local html = assert(report.render("html", incs, {}))
    assert.matches(">no figure</text>", html, 1, true)
    local brief = assert(report.render("examples/weekly_brief.lua", incs, {}))
    assert.matches("at least 4 killed (best figures)", brief, 1, true)
    assert.not_matches("0 wounded", brief, 1, true)
  end)
end)

describe("a Windows-1252 article", function()
  it("is decoded, curly quotes, dashes and accents kept, not replaced by U+FFFD", function()
    -- "Côte" with its accent, a dash, curly quotes, the euro sign, as a
    -- Windows editor saves them
    local raw = "Date: 2023-02-14\r\n\r\nABIDJAN, C\244te d'Ivoire \150 Police said on Monday "
      .. "that the \147kiosk bomb\148 cost \128 5,000 to make.\r\n"
    local art = article.from_text(raw)
    assert.equal("windows-1252", art.encoding)
    assert.is_true(art.cleaned)
    assert.equal("Date: 2023-02-14\r\n\r\nABIDJAN, C\195\180te d'Ivoire \226\128\147 Police "
      .. "said on Monday that the \226\128\156kiosk bomb\226\128\157 cost \226\130\172 5,000 "
      .. "to make.\r\n", art.text)
    assert.equal("2023-02-14", art.published)
  end)

  it("is told from UTF-8 with a damaged byte, which is cleaned as before", function()
    local art = article.from_text("Caf\195\169 owners met in Lom\233 on Monday.")
    assert.is_nil(art.encoding)
    assert.equal("Caf\195\169 owners met in Lom\239\191\189 on Monday.", art.text)
  end)
end)

describe("a saved web page", function()
  local page = table.concat({
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">",
    "<title>Depot fire in Jos | The Plateau Courier</title>",
    "<meta property=\"og:site_name\" content=\"The Plateau Courier\">",
    "<meta property=\"article:published_time\" content=\"2023-09-12T08:00:00Z\">",
    "<link rel=\"canonical\" href=\"https://courier.example/jos-depot\">",
    "<script>var promo = \"Gunmen killed 77 in a raid\";</script>",
    "<style>p { margin: 0 }</style></head><body>",
    "<nav><a href=\"/\">Home</a> | <a href=\"/x\">Attack kills 50 in Kano</a></nav>",
    "<article><h1>Depot fire in Jos</h1>",
    "<p>JOS &ndash; Gunmen set fire to a fuel depot in Jos on Monday night and killed four ",
    "guards, the state police said. The depot&rsquo;s owner said &quot;nothing&quot; was ",
    "saved.</p></article>",
    "<aside><p>Related: bomb wounds 30 in Abuja</p></aside>",
    "<footer>&copy; 2023</footer></body></html>\n",
  })

  it("is read as its story, with the page's title, source, URL and date", function()
    local art = article.from_text(page, { path = "jos.html" })
    assert.is_true(art.html)
    assert.equal("Depot fire in Jos", art.title)
    assert.equal("The Plateau Courier", art.source)
    assert.equal("https://courier.example/jos-depot", art.url)
    assert.equal("2023-09-12", art.published)
    assert.equal("Depot fire in Jos\n\nJOS \226\128\147 Gunmen set fire to a fuel depot in Jos "
      .. "on Monday night and killed four guards, the state police said. The depot\226\128\153s "
      .. "owner said \"nothing\" was saved.\n", art.text)
  end)

  it("gives the story's report, not the script's, the menu's or the side column's", function()
    local extract = require "incidents.extract"
    local pack = assert(require("incidents.rules").load("default"))
    local reps = assert(extract.article(article.from_text(page), pack))
    assert.equal(1, #reps)
    assert.equal("Jos", reps[1].place)
    assert.equal(4, reps[1].killed_lo)
  end)

  it("is taken from a folder, and what is no article there is named on stderr", function()
    local dir = u.tmpdir()
    u.write(dir .. "/jos.html", page)
    u.write(dir .. "/sheet.csv", "a,b\n1,2\n")
    os.execute("mkdir " .. q(dir .. "/jos_files"))
    u.write(dir .. "/jos_files/frame.html", "<html><body>Attack kills 9 in Bauchi</body></html>")
    local code, out, err = u.cli("--db " .. q(dir .. "/p.db") .. " ingest " .. q(dir))
    assert.equal(0, code, err)
    assert.matches("^articles: 1 new, 0 skipped, 0 failed", out)
    assert.equal("incidents: left out 1 file(s) that are not articles: " .. dir .. "/sheet.csv "
      .. "(convert them to .txt, or name a file on the command line to read it as text)\n", err)
    u.rm(dir)
  end)

  it("is also the story's markup in a crawler's text field", function()
    local art = article.from_text("<p>Gunmen robbed a bank in Kano on Monday.</p>"
      .. "<p>Police said &quot;three&quot; fled.</p>")
    assert.is_true(art.html)
    assert.equal("Gunmen robbed a bank in Kano on Monday.\n\nPolice said \"three\" fled.\n",
      art.text)
  end)

  it("leaves plain text that mentions a tag alone", function()
    local art = article.from_text("Police said the <b> tag and a < b were typed by hand.")
    assert.is_nil(art.html)
    assert.equal("Police said the <b> tag and a < b were typed by hand.", art.text)
  end)
end)

describe("extract", function()
  local cjson = require "cjson"
  local dir
  setup(function()
    dir = u.tmpdir()
    os.execute("mkdir " .. q(dir .. "/news"))
    u.write(dir .. "/news/2024-04-08_lahore.txt", "Date: 2024-04-08\n\nGunmen killed three "
      .. "policemen at a checkpoint in Lahore on Sunday, officials said.\n")
    u.write(dir .. "/news/feed.jsonl", '{"id":"k-1","date":"2024-04-09","text":"A roadside bomb '
      .. 'killed two soldiers near Kandahar on Monday, the army said."}\n'
      .. '{"date":"2024-04-10","text":"The valley road reopened on Tuesday after a landslide."}\n'
      .. '{"id":"k-3"}\n')
  end)
  teardown(function() u.rm(dir) end)

  it("walks a folder and reads JSON lines one article a line, as ingest does", function()
    local code, out, err = u.cli("extract " .. q(dir .. "/news"))
    assert.equal(3, code)
    assert.equal("incidents: " .. dir .. "/news/feed.jsonl:3: no text in field 'text'\n", err)
    local got = {}
    for _, line in ipairs(u.lines(out)) do
      local t = cjson.decode(line)
      got[#got + 1] = t.file .. " " .. t.path:gsub("^.*/", "") .. " " .. #t.reports
    end
    assert.same({ "2024-04-08_lahore.txt 2024-04-08_lahore.txt 1",
      "k-1 feed.jsonl#k-1 1", "feed.jsonl:2 feed.jsonl:2 0" }, got)
  end)
end)

describe("rules check", function()
  it("warns of an example field no report has, and names the field meant", function()
    local dir = u.tmpdir()
    u.write(dir .. "/pack.lua", 'extends "default"\n'
      .. 'example { text = "Gunmen killed two guards at a bank in Lagos on Friday.",\n'
      .. '  published = "2024-02-09",\n'
      .. '  expect = { { place = "Lagos", kiled_lo = 2, colour = "red" } } }\n')
    local code, out = u.cli("rules check " .. q(dir .. "/pack.lua"))
    assert.equal(0, code, out)
    assert.equal(dir .. "/pack.lua:2: warning: example: 'colour' is not a report field\n"
      .. dir .. "/pack.lua:2: warning: example: 'kiled_lo' is not a report field "
      .. "(did you mean 'killed_lo'?)\n"
      .. "2 problem(s), 0 error(s)\n", out)
    u.rm(dir)
  end)
end)

describe("command-line messages", function()
  it("say what to do about a pack that is not there, and name a file once", function()
    local code, _, err = u.cli("rules test no_such_pack_here.lua")
    assert.equal(1, code)
    assert.equal("incidents: rule pack 'no_such_pack_here.lua' not found (give the path of a "
      .. ".lua file, or a shipped pack: default, muc4)\n", err)
    local dir = u.tmpdir()
    local db = db_of(dir, { "Title: Harbour\n\nThe harbour reopened on Friday.\n" })
    code, _, err = u.cli("--db " .. q(db) .. " report -o " .. q(dir .. "/none/r.md"))
    assert.equal(1, code)
    assert.equal("incidents: cannot write " .. dir .. "/none/r.md: No such file or directory "
      .. "(check the folder exists and is writable)\n", err)
    u.rm(dir)
  end)
end)

describe("the GeoJSON export", function()
  it("gives every feature the same properties, null when unknown", function()
    local report = require "incidents.report"
    local cjson = require "cjson"
    local a = { id = 1, date_lo = "2023-06-05", date_hi = "2023-06-05", place = "Bossaso",
      country = "SO", lat = 11.28, lon = 49.18, killed_best = 3, perpetrator = "Test Front",
      figures = { killed = {}, wounded = {} }, sources = {} }
    local b = { id = 2, date_lo = "2023-06-07", date_hi = "2023-06-07", place = "Garowe",
      country = "SO", lat = 8.4, lon = 48.48, figures = { killed = {}, wounded = {} },
      sources = {} }
    local text = assert(report.render("geojson", { a, b }, {}))
    local fc = cjson.decode(text)
    local function keys(f)
      local t = {}
      for k in pairs(f.properties) do t[#t + 1] = k end
      table.sort(t)
      return table.concat(t, " ")
    end
    assert.equal(keys(fc.features[1]), keys(fc.features[2]))
    assert.equal(cjson.null, fc.features[2].properties.killed_best)
    assert.equal(cjson.null, fc.features[2].properties.perpetrator)
  end)
end)

describe("filters", function()
  local merge = require "incidents.merge"
  local dir, db
  setup(function()
    dir = u.tmpdir()
    db = dir .. "/f.db"
    local h = assert(core.open(db))
    local art = article.from_text("Date: 2024-04-02\n\nA note written for this spec.\n",
      { path = "n.txt" })
    assert(ingest.article(h, art, { extract = function()
      return { { date = "2024-04-01", date_lo = "2024-04-01", date_hi = "2024-04-01",
        place = "Jos", country = "NG", perpetrator = "Plateau Test Front",
        attack_type = "armed_assault", status = "attack", killed_lo = 3, killed_hi = 3,
        evidence = {}, rule = "spec" } }
    end }))
    assert(merge.update(h, {}))
    h:close()
    u.write(dir .. "/pack.lua", 'extends "default"\n'
      .. 'group { "Plateau Test Front", aliases = { "PTF" } }\n')
  end)
  teardown(function() u.rm(dir) end)

  it("take an attack type as people write it", function()
    for _, t in ipairs({ "armed_assault", "Armed Assault", "armed-assault" }) do
      local code, out, err = u.cli("--db " .. q(db) .. " list --format tsv --type " .. q(t))
      assert.equal(0, code, err)
      assert.equal(2, #u.lines(out), t)
    end
    local code = u.cli("--db " .. q(db) .. " list --type bomb")
    assert.equal(2, code)
  end)

  it("know the aliases of the pack given with --rules", function()
    local code, out = u.cli("--db " .. q(db) .. " list --format tsv --group PTF --rules "
      .. q(dir .. "/pack.lua"))
    assert.equal(0, code)
    assert.matches("Plateau Test Front", out, 1, true)
    code, out = u.cli("--db " .. q(db) .. " list --format tsv --group PTF")
    assert.equal(0, code)
    assert.equal(1, #u.lines(out))
  end)
end)

describe("web pages built at random", function()
  it("never raise and always give UTF-8, however broken the markup", function()
    local pieces = { "<html>", "<p>", "</p>", "<script>", "</script>", "<nav>", "</nav>",
      "<article>", "</article>", "&amp;", "&#x110000;", "&#0;", "&#99999999999999999999;",
      "&eacute;", "<meta property=\"og:title\" content=\"", "\"", "'", ">", "<", "<!--",
      "-->", "<title>", "</title>", "<h1>", "</h1>", "<body>", "<br/>", "Kabul ", "\255",
      "\0", "<time datetime=\"2024-01-01\">", "<style", "</style >", "<head>", "</head>",
      "<link rel=canonical href=", "=", "\n", "<textarea>", "\195\169" }
    local rand = require("spec.helper").lcg(11)
    for _ = 1, 2000 do
      local t = { "<!DOCTYPE html>" }
      for _ = 1, rand(40) do t[#t + 1] = pieces[rand(#pieces)] end
      local art = article.from_text(table.concat(t))
      assert.truthy(utf8.len(art.text), table.concat(t))
      assert.truthy(art.title == nil or utf8.len(art.title))
    end
  end)
end)

describe("the CSV export for Excel", function()
  it("starts with a UTF-8 byte order mark only when asked", function()
    local dir = u.tmpdir()
    local db = db_of(dir, { "Title: Harbour\n\nThe harbour reopened on Friday.\n" })
    local code, out = u.cli("--db " .. q(db) .. " export -f csv --bom")
    assert.equal(0, code)
    assert.equal("\239\187\191eventid,", out:sub(1, 11))
    code, out = u.cli("--db " .. q(db) .. " export -f csv")
    assert.equal(0, code)
    assert.equal("eventid,", out:sub(1, 8))
    u.rm(dir)
  end)
end)

describe("a filtered report", function()
  it("says under its title which filters made it", function()
    local report = require "incidents.report"
    local meta = { filters = { group = "Test Front", since = "2024-01", min_killed = 5 } }
    local md = assert(report.render("markdown", {}, meta))
    assert.matches("\nFilters: group Test Front; since 2024-01; killed at least 5.\n", md, 1, true)
    local html = assert(report.render("html", {}, meta))
    assert.matches("Filters: group Test Front; since 2024-01; killed at least 5.", html, 1, true)
    assert.matches("\nNo incident matches these filters.\n$", md)
    local plain = assert(report.render("markdown", {}, { filters = {} }))
    assert.not_matches("Filters:", plain)
    assert.matches("\nNo incidents.\n$", plain)
    assert.not_matches("## Timeline", plain, 1, true)
  end)
end)

describe("a file that starts with a UTF-8 byte order mark", function()
  it("keeps its header lines and its first JSON line", function()
    local art = article.from_text("\239\187\191Title: Ferry strike\r\nDate: 2024-05-06\r\n\r\n"
      .. "Ferry crews stopped work in the port on Monday.\r\n")
    assert.equal("Ferry strike", art.title)
    assert.equal("2024-05-06", art.published)
    local dir = u.tmpdir()
    u.write(dir .. "/b.jsonl", '\239\187\191{"id":"f1","text":"Ferry crews stopped work."}\n')
    local got = {}
    for a, err in article.read_jsonl(dir .. "/b.jsonl") do got[#got + 1] = a and a.id or err end
    assert.same({ "f1" }, got)
    -- JSON lines on stdin are told from text past the mark too
    local db = assert(core.open(dir .. "/b.db"))
    local fh = assert(io.open(dir .. "/b.jsonl", "rb"))
    local s = assert(ingest.run(db, { "-" }, { stdin = fh, merge = false,
      extract = function() return {} end }))
    fh:close()
    assert.equal(1, s.new)
    local paths = {}
    for row in db:rows("SELECT path FROM articles") do paths[#paths + 1] = row.path end
    db:close()
    assert.same({ "-#f1" }, paths)
    u.rm(dir)
  end)
end)

describe("header lines", function()
  it("keep the title when the analyst adds keys of their own (Author:, Tags:)", function()
    local art = article.from_text("Title: Ferry strike ends\nAuthor: A. Analyst\n"
      .. "Date: 2024-05-06\nTags: ports, labour\n\nFerry crews went back to work on Monday.\n")
    assert.equal("Ferry strike ends", art.title)
    assert.equal("2024-05-06", art.published)
    assert.equal("Ferry crews", art.text:sub(art.body_start, art.body_start + 10))
  end)

  it("are not found in a lead that opens with a word and a colon", function()
    local art = article.from_text("LAGOS: Ferry crews went back to work on Monday.\n\nMore.\n")
    assert.is_nil(art.title)
    assert.equal(1, art.body_start)
  end)
end)

describe("rules check of a pack stopped by a limit", function()
  it("points at the line that was running", function()
    local dir = u.tmpdir()
    u.write(dir .. "/spin.lua", 'extends "default"\nlocal n = 0\nlocal function spin()\n'
      .. "  while true do n = n + 1 end\nend\nspin()\n")
    local rules = require "incidents.rules"
    local problems = rules.check(dir .. "/spin.lua")
    assert.equal(1, #problems)
    assert.equal(4, problems[1].line)
    assert.equal("instruction limit exceeded", problems[1].message)
    u.rm(dir)
  end)
end)

describe("extract --progress", function()
  it("draws the bar on stderr to the last article, the JSON lines untouched", function()
    local dir = u.tmpdir()
    for i = 1, 3 do
      u.write(dir .. "/n" .. i .. ".txt", "Date: 2024-06-0" .. i .. "\n\nThe ferry ran late "
        .. "on Monday for the " .. i .. "th time.\n")
    end
    local code, out, err = u.cli("extract --progress " .. q(dir))
    assert.equal(0, code, err)
    assert.equal(3, #u.lines(out))
    assert.matches("%[#+%] 3/3 articles", err)
    u.rm(dir)
  end)
end)

describe("a date that cannot be read", function()
  it("is named as a warning, in a Date: line and in a JSON line, and the rest is read", function()
    local dir = u.tmpdir()
    u.write(dir .. "/a.txt", "Title: Ferry\nDate: next Tuesday\n\nThe ferry ran late.\n")
    u.write(dir .. "/b.jsonl", '{"id":"q1","date":"2024-02-30","text":"The ferry ran late."}\n')
    local code, out, err = u.cli("--db " .. q(dir .. "/w.db") .. " ingest " .. q(dir .. "/a.txt")
      .. " " .. q(dir .. "/b.jsonl"))
    assert.equal(0, code, err)
    assert.matches("^articles: 2 new, 0 skipped, 0 failed", out)
    assert.same({
      "incidents: " .. dir .. "/a.txt: warning: date 'next Tuesday' is no date this reads "
        .. "(use YYYY-MM-DD); left out",
      "incidents: " .. dir .. "/b.jsonl:1: warning: field 'date' holds '2024-02-30', no date "
        .. "this reads (use YYYY-MM-DD); left out",
    }, u.lines(err))
    code, out, err = u.cli("extract " .. q(dir .. "/a.txt"))
    assert.equal(0, code, out)
    assert.matches("a.txt: warning: date 'next Tuesday'", err, 1, true)
    u.rm(dir)
  end)
end)

describe("--db naming another program's file", function()
  it("says so once, and what to do", function()
    local dir = u.tmpdir()
    u.write(dir .. "/notes.db", ("plain notes, not a database. "):rep(20))
    local code, _, err = u.cli("--db " .. q(dir .. "/notes.db") .. " list")
    assert.equal(1, code)
    assert.equal("incidents: cannot open " .. dir .. "/notes.db: file is not a database "
      .. "(it is another program's file: pass another --db FILE)\n", err)
    u.rm(dir)
  end)
end)

describe("a file whose lines end in CR alone", function()
  it("has its header lines read as lines", function()
    local art = article.from_text("Title: Ferry strike\rDate: 2024-05-06\r\rFerry crews "
      .. "stopped work on Monday.\r")
    assert.equal("Ferry strike", art.title)
    assert.equal("2024-05-06", art.published)
    assert.equal("Ferry crews", art.text:sub(art.body_start, art.body_start + 10))
  end)
end)

describe("an undated incident from stdin", function()
  it("shows as undated, and its CSV cite is no lone '-'", function()
    local dir = u.tmpdir()
    local db = dir .. "/u.db"
    local h = assert(core.open(db))
    local art = article.from_text("A note with no day, written for this spec.", { path = "-" })
    assert(ingest.article(h, art, { extract = function()
      return { { place = "Lagos", country = "NG", attack_type = "armed_assault",
        status = "attack", killed_lo = 4, killed_hi = 4, evidence = {}, rule = "spec" } }
    end }))
    assert(require("incidents.merge").update(h, {}))
    h:close()
    local code, out = u.cli("--db " .. q(db) .. " show 1")
    assert.equal(0, code, out)
    assert.matches("date:        undated", out, 1, true)
    code, out = u.cli("--db " .. q(db) .. " export -f csv")
    assert.equal(0, code)
    local row = u.lines(out)[2]
    assert.not_matches(",'%-,", row)
    assert.matches(",article 1,", row, 1, true)
    u.rm(dir)
  end)
end)

describe("a web page with no <article>", function()
  it("is read without its doctype and without the boxes its classes call furniture", function()
    local page = table.concat({
      "<!DOCTYPE html><html><head><title>Depot fire</title></head><body>",
      "<div class=\"site-header\"><div class=\"navbar\">Home</div></div>",
      "<div class=\"story-body\"><p>Gunmen set fire to a fuel depot in Jos on Monday.</p>",
      "<div class=\"share-bar\"><a>Share</a><div><span>Post</span></div></div>",
      "<p>Police said four guards died.</p>",
      "<div class=\"related-links\"><ul><li><div>Bomb kills 50 in Kano</div></li></ul></div>",
      "<p>The owner said nothing was saved.</p></div>",
      "<section id=\"comments\"><p>A reader: raids kill nine a day</p></section>",
      "</body></html>",
    })
    assert.equal("Gunmen set fire to a fuel depot in Jos on Monday.\n\nPolice said four guards "
      .. "died.\n\nThe owner said nothing was saved.\n", article.from_text(page).text)
  end)
end)

describe("a crawler's date field", function()
  it("may be Unix time in seconds or milliseconds, or YYYYMMDD", function()
    local dir = u.tmpdir()
    u.write(dir .. "/c.jsonl", '{"id":"e1","date":1704275000,"text":"The ferry ran late."}\n'
      .. '{"id":"e2","date":"1704275000000","text":"The bus ran late."}\n'
      .. '{"id":"e3","date":"20240103","text":"The train ran late."}\n')
    local got = {}
    for a in article.read_jsonl(dir .. "/c.jsonl") do
      got[#got + 1] = a.id .. " " .. tostring(a.published) .. " " .. tostring(a.warnings)
    end
    assert.same({ "e1 2024-01-03 nil", "e2 2024-01-03 nil", "e3 2024-01-03 nil" }, got)
    u.rm(dir)
  end)
end)

describe("a text with no Title: line", function()
  it("takes a headline that stands alone on the first line as its title, text unchanged", function()
    local text = "# Ferry crews strike in Lagos\n\nFerry crews stopped work on Monday.\n"
    local art = article.from_text(text)
    assert.equal("Ferry crews strike in Lagos", art.title)
    assert.equal(text, art.text)
    assert.equal("Why did the ferries stop?", article.from_text("Why did the ferries stop?\n\n"
      .. "Crews walked out.\n").title)
  end)

  it("takes no sentence, dateline or key line for one", function()
    for _, t in ipairs({ "Ferry crews stopped work in Lagos on Monday.\n\nMore.\n",
      "LAGOS, May 6 (Wire) -\n\nFerry crews stopped work.\n",
      "Update: crews are back\n\nFerry crews went back.\n",
      "Ferry crews stopped work in Lagos on Monday\nand said more.\n" }) do
      assert.is_nil(article.from_text(t).title, t)
    end
  end)
end)

describe("a command waiting for another process's lock", function()
  local dir
  setup(function() dir = u.tmpdir() end)
  teardown(function() u.rm(dir) end)

  it("says once on stderr that it waits, then does its work", function()
    local db = dir .. "/busy.db"
    u.write(dir .. "/a.txt", "Title: Market bombing\n\nA bomb killed four people at a market "
      .. "in Kano on Monday, police said.\n")
    assert.equal(0, (u.cli("--db " .. u.q(db) .. " ingest -q " .. u.q(dir .. "/a.txt"))))
    u.write(dir .. "/b.txt", "Title: Bus ambush\n\nGunmen killed six passengers on a bus near "
      .. "Maiduguri on Tuesday, officials said.\n")
    -- another process holds the write lock for about three seconds
    local holder = assert(core.open(db))
    holder:exec("BEGIN IMMEDIATE")
    local cmd = string.format("(env -u INCIDENTS_DB lua5.4 %s --db %s ingest -q %s >%s 2>%s;"
      .. " echo $? >%s) &", u.q(u.bin), u.q(db), u.q(dir .. "/b.txt"), u.q(dir .. "/out"),
      u.q(dir .. "/err"), u.q(dir .. "/rc"))
    assert(u.sh("sh -c " .. u.q(cmd)))
    assert(u.sh("sleep 3"))
    holder:exec("COMMIT")
    holder:close()
    for _ = 1, 100 do
      if u.slurp(dir .. "/rc") then break end
      u.sh("sleep 0.2")
    end
    assert.equal("0", (u.slurp(dir .. "/rc") or ""):match("%d+"))
    local err = u.slurp(dir .. "/err") or ""
    local _, told = err:gsub("is busy with another ingest or merge; waiting for it", "")
    assert.equal(1, told, err)
    local code, out = u.cli("--db " .. u.q(db) .. " list")
    assert.equal(0, code)
    assert.matches("Maiduguri", out)
  end)
end)
