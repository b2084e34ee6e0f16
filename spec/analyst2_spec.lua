-- Specs for three things an analyst tripped on in a walkthrough of the
-- command line: search snippets that showed the header lines, negative
-- numbers given to options, and an undated report merged into another
-- attack of its city. The articles are short items written for these specs.
local merge = require "incidents.merge"

local u = dofile("spec/robust_util.lua")
local q = u.q

-- The incidents' report ids, as "1,2" strings, sorted.
local function groups_of(incs)
  local out = {}
  for _, inc in ipairs(incs) do
    local ids = {}
    for i, id in ipairs(inc.report_ids) do ids[i] = id end
    table.sort(ids)
    out[#out + 1] = table.concat(ids, ",")
  end
  table.sort(out)
  return out
end

describe("an undated report", function()
  local function day(d, t) t.date, t.date_lo, t.date_hi = d, d, d; return t end
  local function R(id, t) t.id, t.article_id, t.status = id, id, "attack"; return t end

  it("of another attack type stays apart from a dated incident of its city", function()
    local shooting = R(1, day("2023-05-14", { place = "Kandahar", country = "AF",
      attack_type = "armed_assault", killed_lo = 4, killed_hi = 4 }))
    local bomb = R(2, { place = "Kandahar", country = "AF", attack_type = "bombing",
      killed_lo = 2, killed_hi = 2 })
    assert.same({ "1", "2" }, groups_of(merge.merge({ shooting, bomb })))
    local state, _, why = merge.compare(bomb, shooting)
    assert.equal("open", state)
    assert.matches("bombing and armed_assault", why, 1, true)
  end)

  it("of another attack type joins when the group or a toll ties them", function()
    local function pair(extra1, extra2)
      local a = R(1, day("2023-05-14", { place = "Kandahar", country = "AF",
        attack_type = "armed_assault" }))
      local b = R(2, { place = "Kandahar", country = "AF", attack_type = "bombing" })
      for k, v in pairs(extra1) do a[k] = v end
      for k, v in pairs(extra2) do b[k] = v end
      return groups_of(merge.merge({ a, b }))
    end
    assert.same({ "1,2" }, pair({ perpetrator = "Taliban" }, { perpetrator = "Taliban" }))
    local nine = { killed_lo = 9, killed_hi = 9 }
    assert.same({ "1,2" }, pair(nine, nine))
    assert.same({ "1,2" }, pair({ wounded_lo = 30 }, { wounded_lo = 30 }))
    -- a different toll is no tie; neither is a group only one of them names
    assert.same({ "1", "2" }, pair(nine, { killed_lo = 3, killed_hi = 3 }))
    assert.same({ "1", "2" }, pair({ perpetrator = "Taliban" }, {}))
  end)

  it("of the same type, or of no known type, still joins the incident of its city", function()
    local function with(t2)
      local a = R(1, day("2023-05-14", { place = "Kandahar", country = "AF",
        attack_type = "bombing" }))
      local b = R(2, { place = "Kandahar", country = "AF", attack_type = t2 })
      return groups_of(merge.merge({ a, b }))
    end
    assert.same({ "1,2" }, with("bombing"))
    assert.same({ "1,2" }, with("unknown"))
    assert.same({ "1,2" }, with(nil))
  end)

  it("keeps two attacks of one city apart through ingest", function()
    local dir = u.tmpdir()
    finally(function() u.rm(dir) end)
    u.write(dir .. "/shooting.txt", "Title: Gunmen attack police post in Kandahar\n"
      .. "Date: 2023-05-14\n\nGunmen opened fire on a police checkpoint in Kandahar on "
      .. "Sunday, killing four officers, the provincial police chief said.\n")
    u.write(dir .. "/bomb.txt", "Title: Roadside bomb in Kandahar\n\nA roadside bomb "
      .. "exploded near a market in Kandahar, killing two civilians and wounding six "
      .. "others, local officials said.\n")
    local db = dir .. "/a.db"
    local code, _, err = u.cli("--db " .. q(db) .. " ingest -q " .. q(dir))
    assert.equal(0, code, err)
    local out
    code, out, err = u.cli("--db " .. q(db) .. " list --format tsv")
    assert.equal(0, code, err)
    local rows = {}
    for line in out:gmatch("[^\n]+") do rows[#rows + 1] = line end
    assert.equal(3, #rows, out)   -- the header and two incidents
    assert.matches("\t2023%-05%-14\tKandahar\tAF\t\tarmed_assault\tattack\t4\t", out)
    assert.matches("\n%d+\t\tKandahar\tAF\t\tbombing\tattack\t2\t", out)
  end)
end)

describe("search", function()
  local core = require "incidents.core"
  local article = require "incidents.article"
  local ingest = require "incidents.ingest"
  local query = require "incidents.query"
  local dir, path
  setup(function()
    dir = u.tmpdir()
    path = dir .. "/s.db"
    local db = assert(core.open(path))
    for i, t in ipairs({
      "Title: Ferry seized near Zanzibar\nSource: Harbour Gazette\nDate: 2022-07-09\n\n"
        .. "Armed men boarded a passenger ferry off the coast early on Saturday and forced "
        .. "the crew to sail north. The coast guard said later that the hijackers had let "
        .. "the passengers go at a small island and fled in two fast boats, and that the "
        .. "ferry was towed back to Zanzibar by evening.",
      "Title: Council meets on the harbour budget\nSource: Harbour Gazette\n\n"
        .. "The town council agreed a new budget for the harbour on Tuesday after a long "
        .. "debate about dredging and the price of fuel for the pilot boats.",
    }) do
      local art = article.from_text(t, { path = "s" .. i .. ".txt" })
      assert(ingest.article(db, art, { extract = function() return {} end }))
    end
    db:close()
  end)
  teardown(function() u.rm(dir) end)

  local function search(words, opts)
    local db = assert(core.open(path))
    local hits = assert(query.search(db, words, opts))
    db:close()
    return hits
  end

  it("cuts its snippet from the story, around the hits, not from the header lines", function()
    -- in the headline (and its Title: line) and once at the story's end
    local hits = search("Zanzibar")
    assert.equal(1, #hits)
    local snip = hits[1].snippet
    assert.not_matches("Title:", snip, 1, true)
    assert.not_matches("Source:", snip, 1, true)
    assert.not_matches("Date:", snip, 1, true)
    assert.matches("^%.%.%..*was towed back to %[Zanzibar%] by evening%.$", snip)
    snip = search("ferry")[1].snippet
    assert.matches("a passenger [ferry] off the coast", snip, 1, true)
    assert.not_matches("Title:", snip, 1, true)
  end)

  it("still finds a word only in the title, and shows the story's opening", function()
    local hits = search("seized")
    assert.equal(1, #hits)
    assert.matches("^Armed men boarded a passenger ferry", hits[1].snippet)
    assert.not_matches("[", hits[1].snippet, 1, true)
    assert.equal("Ferry [seized] near Zanzibar", hits[1].title_marked)
    -- the header lines are searched too: a source's name finds its articles
    assert.equal(2, #search('"Harbour Gazette"'))
  end)

  it("marks phrases and prefixes as FTS5 matched them, with the caller's marks", function()
    local snip = search('"fast boats" OR hijack*', { open = "<", close = ">",
      tokens = 30 })[1].snippet
    assert.matches("<hijackers>", snip, 1, true)
    assert.matches("<fast boats>", snip, 1, true)
  end)

  it("shows the story's snippet on the command line", function()
    local code, out, err = u.cli("--db " .. q(path) .. " search harbour")
    assert.equal(0, code, err)
    assert.not_matches("Source:", out, 1, true)
    assert.matches("...new budget for the [harbour] on Tuesday", out, 1, true)
  end)

  it("takes --limit -1, --limit=-1 and --limit all for every match", function()
    for _, l in ipairs({ "--limit -1", "--limit=-1", "--limit all" }) do
      local code, out, err = u.cli("--db " .. q(path) .. " search " .. l .. " harbour")
      assert.equal(0, code, l .. ": " .. err)
      local n = 0
      for _ in out:gmatch("\n%[%d+%]") do n = n + 1 end
      assert.equal(2, n + (out:find("^%[%d+%]") and 1 or 0), l)
    end
    local code, out = u.cli("--db " .. q(path) .. " search --limit 1 harbour")
    assert.equal(0, code)
    assert.equal(1, select(2, out:gsub("%[%d+%] ", "")))
    assert.equal(2, #search("harbour", { limit = false }))
  end)

  it("refuses --limit 0, another negative number or a fraction, and says what to use", function()
    for _, l in ipairs({ "0", "-2", "1.5", "lots" }) do
      local code, _, err = u.cli("--db " .. q(path) .. " search --limit " .. l .. " harbour")
      assert.equal(2, code, l)
      assert.equal("incidents: bad value for --limit: '" .. l .. "' (use a whole number of "
        .. "articles, 1 or more, or all or -1 for no limit) (see `incidents search --help`)\n",
        err)
    end
    assert.has_error(function() search("harbour", { limit = 0 }) end)
  end)
end)

describe("a negative number given to an option", function()
  local dir, db
  setup(function()
    dir = u.tmpdir()
    db = dir .. "/n.db"
    u.write(dir .. "/a.txt", "Title: Gunmen attack police post in Kandahar\nDate: 2023-05-14\n\n"
      .. "Gunmen opened fire on a police checkpoint in Kandahar on Sunday, killing four "
      .. "officers, the provincial police chief said.\n")
    local code, _, err = u.cli("--db " .. q(db) .. " ingest -q " .. q(dir .. "/a.txt"))
    assert(code == 0, err)
  end)
  teardown(function() u.rm(dir) end)

  it("is that option's value, in list, report and export", function()
    for _, c in ipairs({ "list --limit -1", "list --format tsv --limit=-1",
      "report --limit -1", "export --limit -1 --type armed_assault", "list --limit all" }) do
      local code, out, err = u.cli("--db " .. q(db) .. " " .. c)
      assert.equal(0, code, c .. ": " .. err)
      assert.matches("Kandahar", out, 1, true)
    end
  end)

  it("that makes no sense is named with the option, not as an unknown option", function()
    local code, _, err = u.cli("--db " .. q(db) .. " list --limit -3")
    assert.equal(2, code)
    assert.matches("^incidents: bad value for %-%-limit: '%-3' %(use a whole number of "
      .. "incidents, 1 or more, or all or %-1 for no limit%)", err)
    code, _, err = u.cli("--db " .. q(db) .. " list --min-killed -5")
    assert.equal(2, code)
    assert.matches("'-5' (use a number, 0 or more)", err, 1, true)
    assert.not_matches("unknown option", err, 1, true)
  end)

  it("where no option takes it is named as the value it is, not as an unknown option", function()
    local code, _, err = u.cli("--db " .. q(db) .. " show -3")
    assert.equal(2, code)
    assert.equal("incidents: bad incident id '-3' (a whole number from `incidents list`)\n", err)
    code, _, err = u.cli("--db " .. q(db) .. " list -5")
    assert.equal(2, code)
    assert.equal("incidents: '-5' is a negative number where an option was expected "
      .. "(see `incidents list --help`)\n", err)
  end)

  it("is said in --help", function()
    for _, c in ipairs({ "list", "search" }) do
      local code, out = u.cli(c .. " --help")
      assert.equal(0, code)
      assert.matches("all or -1: no limit", out, 1, true)
    end
  end)
end)
