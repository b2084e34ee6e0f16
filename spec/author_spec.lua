-- Specs for what trips a rule author and a report author in a first hour
-- with the library: each case is a call, a pack or a message that was wrong
-- and was fixed. The articles and packs are short items written for these
-- specs (a made-up militia that attacks power lines and pipelines).
local incidents = require "incidents"
local core = require "incidents.core"
local article = require "incidents.article"
local ingest = require "incidents.ingest"
local query = require "incidents.query"

local u = dofile("spec/robust_util.lua")

-- The message of an error raised by `fn(...)`, called from this file so the
-- position a level-2 error adds is this file's.
local function raised(fn, ...)
  local args = table.pack(...)
  local ok, err = pcall(function() local r = fn(table.unpack(args, 1, args.n)); return r end)
  assert.is_false(ok)
  return tostring(err)
end

describe("query: a script's mistakes name the argument and the caller", function()
  local dir, db
  setup(function()
    dir = u.tmpdir()
    db = assert(core.open(dir .. "/q.db"))
    local art = article.from_text("Title: Line cut\n\nA pylon fell near a village.",
      { path = "a.txt" })
    assert(ingest.article(db, art, { extract = function() return {} end }))
  end)
  teardown(function() db:close() end)

  it("a path where the database goes", function()
    local msg = raised(query.incidents, "q.db")
    assert.matches("^spec/author_spec.lua:%d+: bad argument #1 to 'incidents' "
      .. "%(database expected, got string%)$", msg)
    assert.matches("bad argument #1 to 'search' %(database expected, got table%)",
      raised(query.search, {}, "pylon"))
    assert.matches("bad argument #1 to 'incident' %(database expected, got nil%)",
      raised(query.incident, nil, 1))
  end)

  it("the shortcut incidents.incidents says the same", function()
    assert.matches("^spec/author_spec.lua:%d+: bad argument #1 to 'incidents'",
      raised(incidents.incidents, "q.db"))
  end)

  it("a closed database", function()
    local d2 = assert(core.open(":memory:"))
    d2:close()
    assert.matches("bad argument #1 to 'incidents' %(the database is closed%)",
      raised(query.incidents, d2))
  end)

  it("an id that is no id, and options that are no table", function()
    assert.matches("bad argument #2 to 'incident' %(incident id expected, got table%)",
      raised(query.incident, db, {}))
    assert.matches("bad argument #2 to 'incident' %(incident id expected, got a fraction%)",
      raised(query.incident, db, 1.5))
    assert.matches("bad argument #3 to 'incidents' %(table expected, got string%)",
      raised(query.incidents, db, nil, "best"))
    assert.matches("bad argument #2 to 'search' %(string expected, got number%)",
      raised(query.search, db, 42))
    assert.matches("bad argument #1 to 'quotes' %(report table expected, got nil%)",
      raised(query.quotes, nil, "text"))
  end)

  it("good calls still answer, and user input still gives nil, msg", function()
    assert.same({}, query.incidents(db))
    local inc, err = query.incident(db, "7")
    assert.is_nil(inc)
    assert.equal("no incident 7", err)
    assert.equal(1, #assert(query.search(db, "pylon")))
  end)
end)

describe("rules.test: a failed example says which field differs", function()
  local rules = require "incidents.rules"
  local pack = assert(rules.load_string([[
extends "default"
group { "Northern Grid Liberation Front", aliases = { "NGLF" } }
example { name = "typo", text = "NGLF fighters cut a pipeline near Warri, killing three guards.",
  expect = { { place = "Warri", attack_type = "bombing", kiled_lo = 3 } } }
example { name = "two", text = "Two attacks on lines near Kano and Warri.",
  expect = { { place = "Kano", killed_lo = 3, claimed = true } } }
]], "grid.lua"))
  -- a stand-in extractor: these cases are about the messages, not extraction
  local function extract(text)
    if text:find("NGLF") then
      return { { place = "Warri", attack_type = "facility_attack", killed_lo = 3 } }
    end
    return { { place = "Warri", killed_lo = 3 }, { place = "Kano", killed_lo = 2 } }
  end
  local function failure(name)
    for _, c in ipairs(rules.test(pack, extract).cases) do
      if c.example.name == name then return c.failures[1] end
    end
  end

  it("a value and a misspelt field", function()
    assert.equal('expected {attack_type="bombing", kiled_lo=3, place="Warri"}: '
      .. 'attack_type is "facility_attack", not "bombing"; '
      .. "'kiled_lo' is not a report field (did you mean 'killed_lo'?); "
      .. 'got {attack_type="facility_attack", killed_lo=3, place="Warri"}', failure("typo"))
  end)

  it("a field the closest of several reports lacks", function()
    assert.equal('expected {claimed=true, killed_lo=3, place="Kano"}: in the closest report, '
      .. 'claimed is missing (expected true); place is "Warri", not "Kano"; '
      .. 'got {killed_lo=3, place="Warri"} {killed_lo=2, place="Kano"}', failure("two"))
  end)
end)

describe("a pack's own LPeg rule feeds the extractor", function()
  local rules = require "incidents.rules"
  local extract = require "incidents.extract"
  local base = 'extends "default"\n'
    .. 'group { "Northern Grid Liberation Front", aliases = { "NGLF" } }\n'
  local function pack_of(src)
    return assert(rules.load_string(base .. src, "grid.lua"))
  end
  local felled = "Militants felled three transmission towers outside Kaduna on Tuesday, "
    .. "and two guards died."
  local pylons = 'target { "utilities", triggers = { "transmission towers" } }\n'
    .. 'pattern { "pylons", [[ ("toppled" / "felled") &(" "+ ([0-9]+ " "+ / "a " / '
    .. '"three ")? ("pylons" / "transmission towers")) ]], attack = "facility_attack", '
    .. 'weapon = "sabotage" }\n'

  it("a match is an event word of the type it names", function()
    local without = extract.text(felled, pack_of(""), { published = "2024-02-08" })
    assert.is_nil(without[1] and without[1].weapon)
    local r = extract.text(felled, pack_of(pylons), { published = "2024-02-08" })[1]
    assert.equal("facility_attack", r.attack_type)
    assert.equal("sabotage", r.weapon)
    assert.equal("Kaduna", r.place)
    assert.equal("felled", felled:sub(r.evidence.trigger.start, r.evidence.trigger.stop))
    assert.equal("transmission towers", r.target)
  end)

  it("hits of groups, targets and cues, case-blind unless asked", function()
    local pack = pack_of([=[
pattern { "men", [[ "the grid" " "+ ("men" / "fighters") ]],
  group = "Northern Grid Liberation Front" }
pattern { "kv", [[ [0-9]+ "-kv" " "+ "substation" ]], target = "utilities" }
pattern { "caps", [[ "GridCo" ]], case_sensitive = true, group = "Northern Grid Liberation Front" }
]=])
    local text = "The Grid fighters stormed a 330-kV substation near Kaduna. gridco GridCo."
    local seen = {}
    for _, h in ipairs(pack:match(text)) do
      seen[#seen + 1] = h.entry.kind .. ":" .. text:sub(h.start, h.stop)
    end
    assert.same({ "group:The Grid fighters", "attack:stormed", "target:330-kV substation",
      "place:Kaduna", "group:GridCo" }, seen)
    local r = extract.text(text, pack, { published = "2024-03-12" })[1]
    assert.equal("Northern Grid Liberation Front", r.perpetrator)
    assert.equal("utilities", r.target_type)
  end)

  it("a phrase that holds the match whole and is longer wins; else the match", function()
    local pack = pack_of('pattern { "p", [[ "power" ]], target = "utilities" }\n'
      .. 'pattern { "q", [[ "guards died" ]], cue = "kill" }\n')
    local text = "A power station burned; guards died."
    local seen = {}
    for _, h in ipairs(pack:match(text)) do
      seen[#seen + 1] = h.entry.kind .. ":" .. text:sub(h.start, h.stop)
    end
    assert.same({ "target:power station", "cue:guards died" }, seen)
  end)

  it("pattern_match: a subject that is no string is the caller's mistake", function()
    local pack = pack_of('pattern { "p", [[ "line" ]], target = "utilities" }\n')
    assert.equal(5, pack:pattern_match("p", "line"))
    assert.matches("^spec/author_spec.lua:%d+: bad argument #2 to 'pattern_match' %(string "
      .. "expected, got nil%)$", raised(pack.pattern_match, pack, "p", nil))
  end)

  it("only where words start and end", function()
    local pack = pack_of('pattern { "p", [[ "line" ]], target = "utilities" }\n')
    assert.same({}, pack:match("pipelines and airlines"))
    assert.equal(1, #pack:match("a line was cut"))
    -- a pattern that may match nothing runs from Lua: the same answers
    pack = pack_of('pattern { "p", [[ "line"? ]], target = "utilities" }\n')
    assert.is_nil(pack.scans[1].search)
    assert.same({}, pack:match("pipelines and airlines"))
    local hits = pack:match("a line was cut")
    assert.equal(1, #hits)
    assert.same({ 3, 6 }, { hits[1].start, hits[1].stop })
  end)

  it("a pattern that loops gives no hit, says why, and extraction goes on", function()
    local pack = pack_of('pattern { "loop", lpeg.Cmt(lpeg.P"zzz", function() '
      .. 'while true do end end), attack = "bombing" }\n')
    local r = extract.text("zzz Gunmen killed four guards in Kaduna on Monday.", pack,
      { published = "2024-03-12" })
    assert.equal(4, r[1].killed_lo)
    assert.matches("instruction limit exceeded", pack.pattern_errors.loop)
  end)

  it("the slips of a first pack say what to write", function()
    local _, err = rules.load_string(base
      .. 'example { text = "x", expect = { place = "Warri" } }\n', "grid.lua")
    assert.equal("grid.lua:3: example: expect must be a list of incidents; for one, write "
      .. "expect = { { place = ... } } (two braces)", err)
    _, err = rules.load_string(base .. 'pattern { "p", "toppled" * 1 }\n', "grid.lua")
    assert.equal("grid.lua:3: attempt to mul a 'string' with a 'number' (an LPeg pattern needs "
      .. 'lpeg.P on one side: lpeg.P"word" * 1; or write an re string)', err)
  end)

  it("mistakes are named with file and line", function()
    local _, err = rules.load_string(base .. 'pattern { "b", [[ "x" ]], group = "NGLF", '
      .. 'target = "utilities" }\n', "grid.lua")
    assert.equal("grid.lua:3: pattern: 'b' gives both target and group; give one", err)
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write(base, 'pattern { "men", [[ "the grid men" ]], group = "Grid Men" }\n',
      'cue { "claims.claim_verb", { "owned up to" } }\n')
    f:close()
    local texts = {}
    for _, p in ipairs(rules.check(path)) do
      texts[#texts + 1] = p.text:gsub("^.-:(%d+):", "%1:")
    end
    os.remove(path)
    assert.equal("3: pattern 'men': unknown group 'Grid Men' (declare it with group { ... } "
      .. "first)", texts[1])
    assert.matches("^4: cue 'claims.claim_verbs?': the claims grammar has no list 'claim_verb' "
      .. "%(its lists: .*claim_verbs", texts[2])
  end)
end)

describe("a report author's own format", function()
  local report = require "incidents.report"
  local path
  setup(function()
    path = os.tmpname() .. ".lua"
    local f = assert(io.open(path, "w"))
    f:write([[
return { extension = "atom", render = function(incs, h, out, meta)
  out:write(meta.generated_at, "\n")
  for _, inc in ipairs(incs) do out:write(h.json(inc.figures), " ", h.json(inc.sources), "\n") end
end }
]])
    f:close()
  end)
  teardown(function() os.remove(path) end)

  it("gets an RFC 3339 time for a feed, and lists that encode as JSON arrays", function()
    local incs = { { id = 1, place = "Warri", figures = { killed = { { lo = 3, hi = 3,
      text = "3", sources = {} } }, wounded = {} }, sources = {} } }
    local out = assert(report.render(path, incs, { title = "Grid" }))
    local stamp, line = out:match("^(.-)\n(.-)\n$")
    assert.matches("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$", stamp)
    assert.equal('{"killed":[{"hi":3,"lo":3,"sources":[],"text":"3"}],"wounded":[]} []', line)
  end)

  it("a mistake in the call names the argument at the caller", function()
    assert.matches("^spec/author_spec.lua:%d+: bad argument #1 to 'load' %(string expected, "
      .. "got number%)$", raised(report.load, 42))
    assert.matches("bad argument #1 to 'render' %(format name, path or table with render "
      .. "expected, got number%)", raised(report.render, 42, {}))
    -- meta where write takes the file name
    assert.matches("bad argument #3 to 'write' %(file name expected, got table%)",
      raised(report.write, "markdown", {}, { title = "Grid" }))
    assert.equal("3", report.render({ render = function(i, _, out) out:write(#i) end },
      { {}, {}, {} }))
  end)
end)

describe("incidents list: a group alias of the analyst's own pack", function()
  local dir
  setup(function()
    dir = u.tmpdir()
    u.write(dir .. "/grid.lua", 'extends "default"\n'
      .. 'group { "Northern Grid Liberation Front", aliases = { "NGLF" } }\n')
    local db = assert(core.open(dir .. "/a.db"))
    local art = article.from_text("Title: Line cut\n\nA pylon fell.", { path = "a.txt" })
    assert(ingest.article(db, art, { extract = function() return {} end }))
    db:close()
  end)
  teardown(function() u.rm(dir) end)

  it("finding nothing without --rules says that --rules knows it", function()
    local code, out, err = u.cli("--db " .. u.q(dir .. "/a.db") .. " list --group NGLF")
    assert.equal(0, code)
    assert.equal("no incidents match these filters\n", out)
    assert.equal("incidents: no group of the default pack is called 'NGLF' (for an alias of "
      .. "your own pack, add --rules PACK)\n", err)
    code, out, err = u.cli("--db " .. u.q(dir .. "/a.db") .. " list --group NGLF --rules "
      .. u.q(dir .. "/grid.lua"))
    assert.equal(0, code)
    assert.equal("no incidents match these filters\n", out)
    assert.equal("", err)
    -- an alias the default pack knows needs no word
    code, out, err = u.cli("--db " .. u.q(dir .. "/a.db") .. " list --group Daesh")
    assert.equal(0, code)
    assert.equal("no incidents match these filters\n", out)
    assert.equal("", err)
  end)
end)

describe("a pack that loads but has an alias of two groups", function()
  local dir
  setup(function()
    dir = u.tmpdir()
    u.write(dir .. "/clash.lua", 'extends "default"\n'
      .. 'group { "Northern Grid Liberation Front", aliases = { "NGLF" } }\n'
      .. 'group { "Grid Brigade", aliases = { "NGLF" } }\n')
    u.write(dir .. "/a.txt", "Date: 2024-03-12\n\nNGLF men cut a pipeline near Warri on Sunday.\n")
  end)
  teardown(function() u.rm(dir) end)

  it("is named on stderr when a command uses it, with the check to run", function()
    local pack = dir .. "/clash.lua"
    local code, out, err = u.cli("extract --rules " .. u.q(pack) .. " " .. u.q(dir .. "/a.txt"))
    assert.equal(0, code)
    assert.matches('^{"file":"a.txt"', out)
    assert.equal("incidents: " .. pack .. ":3: warning: alias 'NGLF' of group 'Grid Brigade' "
      .. "already names group 'Northern Grid Liberation Front' (" .. pack .. ":2)\n"
      .. "incidents: 1 problem(s) in the rule pack (see `incidents rules check " .. pack
      .. "`)\n", err)
  end)
end)

describe("incidents.open: a path that cannot be a database says why", function()
  it("a missing folder, a folder", function()
    local dir = u.tmpdir()
    local db, err = incidents.open(dir .. "/none/a.db")
    assert.is_nil(db)
    assert.equal("cannot create " .. dir .. "/none/a.db: no folder " .. dir .. "/none", err)
    db, err = incidents.open(dir)
    assert.is_nil(db)
    assert.equal(dir .. " is a folder, not a database file", err)
    db = assert(incidents.open(dir .. "/a.db"))
    db:close()
    u.rm(dir)
  end)
end)

describe("docs/api.md", function()
  -- Every `module.func(args)` the page names must exist and take those
  -- arguments (by count and name, as the function's own parameters are
  -- named), so the page cannot drift from the code.
  local page = u.slurp("docs/api.md")
  local modules = { incidents = incidents, rules = incidents.rules,
    article = incidents.article, extract = incidents.extract, ingest = incidents.ingest,
    merge = incidents.merge, query = incidents.query, report = incidents.report }
  local function params(f)
    local info, names = debug.getinfo(f, "u"), {}
    for i = 1, info.nparams do names[i] = debug.getlocal(f, i) end
    return names
  end

  it("names functions that exist with the arguments they take", function()
    local seen = 0
    for mod, fname, args in page:gmatch("`(%a+)%.([%a_]+)%(([^)]*)%)`") do
      local m = modules[mod]
      assert.is_table(m, mod)
      local f = m[fname]
      assert.is_function(f, mod .. "." .. fname)
      local want = {}
      for a in args:gmatch("[%w_]+") do want[#want + 1] = a end
      assert.same(params(f), want, mod .. "." .. fname)
      seen = seen + 1
    end
    assert.is_true(seen >= 25)
  end)

  it("names the pack's methods that exist", function()
    local pack = assert(incidents.rules.load("default"))
    local seen = 0
    for name in page:gmatch("`pack:([%a_]+)%(") do
      assert.is_function(pack[name], "pack:" .. name)
      seen = seen + 1
    end
    assert.equal(8, seen)
  end)
end)

describe("incidents rules test", function()
  it("names the example that failed", function()
    local dir = u.tmpdir()
    u.write(dir .. "/p.lua", 'extends "default"\n'
      .. 'example { name = "warri", text = "Gunmen killed two guards in Warri on Monday.",\n'
      .. '  published = "2024-03-12", expect = { { place = "Kano" } } }\n')
    local code, out = u.cli("rules test " .. u.q(dir .. "/p.lua"))
    u.rm(dir)
    assert.equal(3, code)
    assert.matches("^" .. (dir .. "/p.lua"):gsub("%p", "%%%0") .. ":2: example 'warri' failed: "
      .. 'expected {place="Kano"}: place is "Warri", not "Kano"; got {', out)
  end)
end)

describe("built-in formats over incidents merged without a database", function()
  it("render every format, numbering the incidents by their place", function()
    local report = require "incidents.report"
    local merge = require "incidents.merge"
    local function rep(id, art, place, killed)
      return { id = id, article_id = art, date = "2024-03-10", date_lo = "2024-03-10",
        date_hi = "2024-03-10", place = place, country = "NG", attack_type = "facility_attack",
        status = "attack", killed_lo = killed, killed_hi = killed,
        article = { title = "Item " .. art, source = "Desk " .. art } }
    end
    local incs = merge.merge({ rep(1, 1, "Warri", 3), rep(2, 2, "Warri", 4),
      rep(3, 3, "Kaduna", 2) })
    assert.equal(2, #incs)
    assert.is_nil(incs[1].id)
    for _, fmt in ipairs(report.builtin) do
      local out, err = report.render(fmt, incs)
      assert.is_string(out, fmt .. ": " .. tostring(err))
    end
    local md = report.render("markdown", incs)
    assert.matches("### #1 ", md, 1, true)
    assert.matches("### #2 ", md, 1, true)
    local html = report.render("html", incs)
    assert.matches('<details id="i2"', html, 1, true)
  end)
end)

describe("incidents extract with a pattern that breaks a limit", function()
  it("goes on without it and says so", function()
    local dir = u.tmpdir()
    u.write(dir .. "/loop.lua", 'extends "default"\npattern { "loop", lpeg.Cmt(lpeg.P"zzz", '
      .. 'function() while true do end end), attack = "bombing" }\n')
    u.write(dir .. "/a.txt", "Date: 2024-03-12\n\nzzz Gunmen killed four guards in Kaduna on "
      .. "Monday.\n")
    local code, out, err = u.cli("extract --rules " .. u.q(dir .. "/loop.lua") .. " "
      .. u.q(dir .. "/a.txt"))
    u.rm(dir)
    assert.equal(0, code)
    assert.matches('"killed_lo":4', out, 1, true)
    assert.equal("incidents: warning: pattern 'loop' gave no hits in some texts: rule pack loop: "
      .. "instruction limit exceeded\n", err)
  end)
end)

describe("LDoc of the public modules", function()
  -- The parameters an LDoc block names (@tparam, @param) are the function's
  -- own, in order: a script author reads the comment, not the code.
  local function mismatches(file)
    local lines, out = {}, {}
    for l in io.lines(file) do lines[#lines + 1] = l end
    for i, l in ipairs(lines) do
      local fname, params = l:match("^function ([%w_.:]+)%(([^)]*)%)")
      if fname and fname:find("[.:]") then
        local doc, j = {}, i - 1
        while j > 0 and lines[j]:find("^%-%-") do table.insert(doc, 1, lines[j]); j = j - 1 end
        if doc[1] and doc[1]:find("^%-%-%-") then
          local names, ps = {}, {}
          for _, d in ipairs(doc) do
            local n = d:match("@tparam%b[]%s+%S+%s+([%w_]+)") or d:match("@tparam%s+%S+%s+([%w_]+)")
              or d:match("@param%b[]%s+([%w_]+)") or d:match("@param%s+([%w_]+)")
            if n then names[#names + 1] = n end
          end
          for p in params:gmatch("[%w_.]+") do ps[#ps + 1] = p end
          if fname:find("^methods%.") then table.remove(ps, 1) end  -- the pack itself
          if #names > 0 and table.concat(names, ",") ~= table.concat(ps, ",") then
            out[#out + 1] = ("%s:%d: %s(%s) documents (%s)"):format(file, i, fname,
              table.concat(ps, ", "), table.concat(names, ", "))
          end
        end
      end
    end
    return out
  end

  it("name the parameters the functions take", function()
    local found = {}
    for _, f in ipairs { "lua/incidents/init.lua", "lua/incidents/rules.lua",
        "lua/incidents/report.lua", "lua/incidents/query.lua" } do
      for _, m in ipairs(mismatches(f)) do found[#found + 1] = m end
    end
    assert.same({}, found)
  end)
end)

describe("the docs' own examples", function()
  local rules = require "incidents.rules"
  local function blocks(path)
    local out = {}
    for b in u.slurp(path):gmatch("```lua\n(.-)```") do out[#out + 1] = b end
    return out
  end

  it("every pack in docs/rule-packs.md checks clean", function()
    local n = 0
    for _, b in ipairs(blocks("docs/rule-packs.md")) do
      if b:find("group {", 1, true) or b:find("pattern {", 1, true) then
        if not b:find('extends "', 1, true) then b = 'extends "default"\n' .. b end
        local path = os.tmpname() .. ".lua"
        u.write(path, b)
        local problems = rules.check(path)
        os.remove(path)
        assert.same({}, problems)
        n = n + 1
      end
    end
    assert.equal(2, n)
  end)

  it("the format in docs/reports.md renders", function()
    local report = require "incidents.report"
    for _, b in ipairs(blocks("docs/reports.md")) do
      if b:find("^return {") then
        local path = os.tmpname() .. ".lua"
        u.write(path, b)
        local out = report.render(path, { { date = "2024-03-10", date_lo = "2024-03-10",
          date_hi = "2024-03-10", place = "Warri" } })
        os.remove(path)
        assert.equal("Incidents: 1\n10 Mar 2024  Warri  ?\n", out)
        return
      end
    end
    error("no format in docs/reports.md")
  end)

  -- docs/schema.md is what `sqlite3` users type: every table, view and
  -- column it names exists, every `db:` call it lists is a method, and its
  -- SQL runs on the database `make demo` writes and gives what it says.
  describe("docs/schema.md", function()
    local page = u.slurp("docs/schema.md")
    local dir, db
    setup(function()
      dir = u.tmpdir()
      db = assert(core.open(dir .. "/demo.db"))
      assert(ingest.run(db, { "examples/articles" }))
    end)
    teardown(function() db:close(); u.rm(dir) end)

    local function columns(name)
      local cols = {}
      for row in assert(db:rows("SELECT name FROM pragma_table_info(?)", name)) do
        cols[row.name] = true
      end
      return next(cols) and cols or nil
    end

    it("names tables and columns that exist", function()
      local n = 0
      -- each "### `table`" section up to the next heading
      for head, body in page:gsub("\n#", "\0#"):gmatch("%z### ([^\n]+)\n([^%z]*)") do
        local owners = {}
        for t in head:gmatch("`([%w_]+)`") do owners[#owners + 1] = assert(columns(t), t) end
        for first in body:gmatch("\n| ([^|\n]+) |") do
          for col in first:gmatch("`([%w_]+)`") do
            local found = false
            for _, cols in ipairs(owners) do found = found or cols[col] == true end
            if not body:find("FTS5 index", 1, true) then
              assert.is_true(found, head .. " has no column " .. col)
              n = n + 1
            end
          end
        end
      end
      assert.is_true(n >= 60, n)
    end)

    it("names views with the columns they have", function()
      local views = page:match("\n## Views\n(.-)\n## ")
      local n = 0
      for view, cells in views:gmatch("\n| `([%w_]+)` | [^|\n]+ | ([^\n]+) |") do
        local cols = assert(columns(view), view)
        -- "every `reports` column" stands for a table's columns
        for t in cells:gmatch("every `([%w_]+)` column") do
          for c in pairs(assert(columns(t), t)) do assert.is_true(cols[c], view .. "." .. c) end
        end
        for col in cells:gsub("every `[%w_]+` column", ""):gmatch("`([%w_]+)`") do
          assert.is_true(cols[col], view .. " has no column " .. col)
          n = n + 1
        end
      end
      assert.is_true(n >= 30, n)
    end)

    it("lists methods the database has", function()
      local n = 0
      for m in page:gmatch("`db:([%w_]+)%(") do
        assert.is_function(db[m], "db:" .. m)
        n = n + 1
      end
      assert.is_true(n >= 18, n)
    end)

    it("runs its SQL, and the first example finds the tolls that differ", function()
      local shell = assert(page:match('```sh\nsqlite3 %-header %-column demo.db \\\n  "(.-)"\n```'))
      local n = 0
      for row in assert(db:rows(shell)) do n = n + 1; assert.is_string(row.titles) end
      assert.equal(4, n)
      local results = {}
      for block in page:gmatch("```sql\n(.-)```") do
        for stmt in block:gmatch("([^;]+);") do
          local rows = {}
          for row in assert(db:rows(stmt)) do rows[#rows + 1] = row end
          results[#results + 1] = rows
        end
      end
      assert.equal(5, #results)
      assert.is_true(#results[1] >= 1)  -- the FTS5 query
      local tolls = {}
      for _, r in ipairs(results[2]) do
        local lo, hi = r["min(killed_lo)"], r["max(coalesce(killed_hi, killed_lo))"]
        tolls[#tolls + 1] = lo .. "-" .. hi
      end
      assert.same({ "84-103", "115-139" }, tolls)
      assert.same({}, results[3])
      assert.is_true(#results[4] >= 5)
      assert.is_true(#results[5] >= 1)
    end)
  end)

  -- The Lua scripts of README.md, docs/reports.md and docs/api.md, run as
  -- an analyst runs them: in a folder of their own, with `articles/` and
  -- `packs/grid.lua` where the scripts look for them.
  it("the Lua scripts of README.md, reports.md and api.md run", function()
    local dir = u.tmpdir()
    assert(u.sh("mkdir -p " .. u.q(dir .. "/packs") .. " " .. u.q(dir .. "/examples")
      .. " && cp -r examples/articles " .. u.q(dir .. "/articles")
      .. " && cp examples/grid_pack.lua " .. u.q(dir .. "/packs/grid.lua")
      .. " && cp examples/weekly_brief.lua " .. u.q(dir .. "/examples/")))
    local function run(doc)
      local src = assert(u.slurp(doc):match("```lua\n(.-)```"), doc)
      u.write(dir .. "/script.lua", src)
      local p = assert(io.popen("cd " .. u.q(dir) .. " && LUA_PATH=" .. u.q(u.root
        .. "/lua/?.lua;" .. u.root .. "/lua/?/init.lua;;") .. " LUA_CPATH=" .. u.q(u.root
        .. "/?.so;;") .. " lua5.4 script.lua 2>&1"))
      local out = p:read("a")
      local ok = p:close()
      assert.is_true(ok, doc .. ": " .. out)
      return out
    end
    local out = run("README.md")
    assert.matches("| 3 | 3 Jan 2024 | Kerman, Iran | Islamic State |", out, 1, true)
    assert.matches("| 4 | 22 Mar 2024 | Krasnogorsk, Russia | Islamic State |", out, 1, true)
    assert.is_nil(out:find("Kabul", 1, true))  -- since 2024
    out = run("docs/reports.md")
    assert.matches("^BRIEF: Islamic State\n", out)
    assert.matches("3 incident(s)", out, 1, true)
    out = run("docs/api.md")
    assert.matches("^articles: 0 new, 6 skipped, 0 failed;", out)
    assert.matches("# Grid attacks", out, 1, true)
    u.rm(dir)
  end)

  -- README's command-line block, typed as it stands in a folder holding the
  -- examples: every line succeeds, and what it shows is there.
  it("the command lines of README.md run", function()
    local block = assert(u.slurp("README.md"):match("\n## The command line\n.-```sh\n(.-)```"))
    local dir = u.tmpdir()
    assert(u.sh("cp -r examples " .. u.q(dir .. "/examples")))
    u.write(dir .. "/readme.sh", "set -e\nunset INCIDENTS_FORMATS XDG_CONFIG_HOME\n"
      .. "incidents() { echo \"== $*\" >&2; lua5.4 " .. u.q(u.bin) .. " \"$@\"; }\n" .. block)
    local p = assert(io.popen("cd " .. u.q(dir) .. " && HOME=" .. u.q(dir)
      .. " TERM=dumb sh readme.sh 2>&1 </dev/null"))
    local out = p:read("a")
    local ok = p:close()
    assert.is_true(ok, out)
    local n = 0
    for _ in ("\n" .. out):gmatch("\n== ") do n = n + 1 end
    -- one "==" per command typed: at the start of a line or after "; "
    local typed = select(2, ("\n" .. block):gsub("\nincidents ", ""))
      + select(2, block:gsub("; incidents ", ""))
    assert.equal(typed, n)
    assert.matches("articles: 6 new, 0 skipped, 0 failed; reports: 6; incidents: 4 new", out, 1,
      true)
    assert.matches("2 incident(s); * sources disagree on the toll", out, 1, true)
    assert.matches("why these reports are one incident:", out, 1, true)
    assert.matches("Crocus City Hall", out, 1, true)
    assert.matches("BRIEF: Islamic State", out, 1, true)
    assert.matches("would remove 3 article(s) (--dry-run: nothing removed)", out, 1, true)
    assert.matches("7 passed, 0 failed", out, 1, true)
    assert.matches("^eventid,iyear,", u.slurp(dir .. "/gtd.csv"))
    assert.matches("<svg", u.slurp(dir .. "/brief.html"), 1, true)
    u.rm(dir)
  end)

  -- The error lines docs/cli.md shows are the ones the command prints, word
  -- for word (the pack leaves line 2's group open).
  it("the error lines of docs/cli.md are printed as shown", function()
    local block = assert(u.slurp("docs/cli.md"):match("\nErrors are one line.-```\n(.-)```"))
    local dir = u.tmpdir()
    assert(u.sh("cp -r examples " .. u.q(dir .. "/examples")))
    u.write(dir .. "/mypack.lua", 'extends "default"\n'
      .. 'group { "Lions of the Test", aliases = { "LOTT" }\n'
      .. 'example { text = "x", expect = {} }\n')
    assert.equal(0, (u.cli("--db " .. u.q(dir .. "/demo.db") .. " ingest -q "
      .. u.q(dir .. "/examples/articles"))))
    local n = 0
    for cmd, want in block:gmatch("%$ incidents ([^\n]+)\n([^\n]+)") do
      local p = assert(io.popen("cd " .. u.q(dir) .. " && env -u INCIDENTS_DB lua5.4 "
        .. u.q(u.bin) .. " " .. cmd .. " 2>&1 >/dev/null </dev/null"))
      local got = p:read("a")
      p:close()
      assert.equal(want .. "\n", got)
      n = n + 1
    end
    assert.equal(4, n)
    -- and `merge --rebuild` prints the line its section shows
    local line = assert(u.slurp("docs/cli.md"):match("Prints `(reports merged:.-)`"))
    local code, out = u.cli("--db " .. u.q(dir .. "/demo.db") .. " merge --rebuild")
    assert.equal(0, code)
    assert.equal(line:gsub("%s+", " ") .. "\n", out)
    u.rm(dir)
  end)

  -- README and docs/cli.md: the same story's web pages are copies of one
  -- text; text files whose header lines differ are two articles, which
  -- merging makes one incident.
  it("copies are the same text: web pages yes, files with other headers no", function()
    local dir = u.tmpdir()
    local story = "A bomb killed seven people at a bus station in Peshawar on Monday."
    for _, site in ipairs { "one", "two" } do
      u.write(dir .. "/" .. site .. ".html", '<!DOCTYPE html><html><head><meta property='
        .. '"og:title" content="Blast, by ' .. site .. '"><meta property="og:site_name" '
        .. 'content="Site ' .. site .. '"><meta property="article:published_time" '
        .. 'content="2024-04-02"></head><body><nav>' .. site .. ' menu</nav><article><p>'
        .. story .. '</p></article></body></html>')
      u.write(dir .. "/" .. site .. ".txt", "Title: Blast, by " .. site .. "\nSource: Site "
        .. site .. "\nDate: 2024-04-02\n\n" .. story .. "\n")
    end
    local db = u.q(dir .. "/c.db")
    local code, out = u.cli("--db " .. db .. " ingest " .. u.q(dir .. "/one.html") .. " "
      .. u.q(dir .. "/two.html"))
    assert.equal(0, code)
    assert.matches("^articles: 1 new, 1 copy of texts already stored, 0 skipped", out)
    code, out = u.cli("--db " .. db .. " ingest " .. u.q(dir .. "/one.txt") .. " "
      .. u.q(dir .. "/two.txt"))
    assert.equal(0, code)
    assert.matches("^articles: 2 new, 0 skipped", out)
    code, out = u.cli("--db " .. db .. " list --format tsv")
    assert.equal(0, code)
    assert.matches("\n1\t2024%-04%-01\tPeshawar\t[^\n]*\t4\n$", out)
    u.rm(dir)
  end)

  -- docs/cli.md documents every option `--help` lists, in the command's own
  -- section (`report` and `export` take the filters of `list`).
  it("docs/cli.md names every option of every command's --help", function()
    local page = u.slurp("docs/cli.md")
    local sections = {}
    for head, body in page:gsub("\n#", "\0#"):gmatch("%z### ([^\n]+)\n([^%z]*)") do
      for name in head:gmatch("`(%a+)") do sections[name] = (sections[name] or "") .. body end
    end
    sections.export = sections.report
    sections.report = sections.report .. sections.list
    sections.export = sections.export .. sections.list
    local top = page:match("^(.-)\n## Commands")
    local n = 0
    for _, cmd in ipairs { "", "ingest", "list", "show", "search", "report", "export",
        "formats", "extract", "merge", "remove", "rules" } do
      local code, help = u.cli(cmd .. " --help")
      assert.equal(0, code, cmd)
      local text = cmd == "" and top or assert(sections[cmd], cmd)
      -- an option line: "   -q, --quiet   Print ...", "   --best {min,...}"
      for line in help:gmatch("[^\n]+") do
        local names = line:match("^%s+(%-[^%s].-)%s%s") or line:match("^%s+(%-%-[%w-]+)") or ""
        for opt in names:gmatch("%-%-[%w-]+") do
          if opt ~= "--help" then
            assert.is_truthy(text:find("`" .. opt, 1, true), cmd .. " " .. opt)
            n = n + 1
          end
        end
      end
    end
    assert.is_true(n >= 40, n)
  end)

  -- docs/cli.md: the datelines it shows, one that dates a text and one
  -- that alone does not (no year).
  it("the datelines of docs/cli.md date a text as the page says", function()
    local page = u.slurp("docs/cli.md")
    local with, without = page:match('at the top that gives the%s+year %("([^"]+)"; "([^"]+)"'
      .. "%s+alone dates nothing%)")
    assert.is_string(with)
    local body = "Market bomb\n\n%s A bomb killed three people at a market on Thursday.\n"
    assert.equal("2021-08-26", article.from_text(body:format(with)).published)
    assert.is_nil(article.from_text(body:format(without)).published)
  end)

  -- docs/cli.md: `remove` takes "a path as stored (as `show` prints it
  -- between `<` and `>`)"; `show` prints a copy's address when it has one,
  -- so an analyst pastes the address.
  it("remove takes what show prints between < and > for a copy", function()
    local dir = u.tmpdir()
    -- a feed that carried one wire story from two sites: one text, two copies
    local line = '{"id": "%s", "date": "2024-03-12", "title": "Guards killed", "url": '
      .. '"https://%s.example/kaduna", "text": "Gunmen killed four guards at a checkpoint '
      .. 'in Kaduna on Monday, police said."}\n'
    u.write(dir .. "/feed.jsonl", line:format("1", "one") .. line:format("2", "two"))
    local db = u.q(dir .. "/d.db")
    local code, out = u.cli("--db " .. db .. " ingest " .. u.q(dir .. "/feed.jsonl"))
    assert.equal(0, code, out)
    assert.matches("1 copy of texts already stored", out, 1, true)
    local ids, list = {}
    code, list = u.cli("--db " .. db .. " list --format tsv")
    assert.equal(0, code)
    for id in list:gmatch("\n(%d+)\t") do ids[#ids + 1] = id end
    assert.equal(1, #ids)
    code, out = u.cli("--db " .. db .. " show " .. ids[1])
    assert.equal(0, code)
    local shown = {}
    for s in out:gmatch("\n    %[%d+%][^\n]-<([^>\n]+)>") do shown[#shown + 1] = s end
    assert.same({ "https://one.example/kaduna", "https://two.example/kaduna" }, shown)
    code, out = u.cli("--db " .. db .. " remove " .. u.q(shown[1]))
    assert.equal(0, code, out)
    assert.matches("removed: 1 copy of a text other copies keep, 0 article(s)", out, 1, true)
    code, out = u.cli("--db " .. db .. " show " .. ids[1])
    assert.equal(0, code)
    assert.is_nil(out:find("https://one.example/kaduna", 1, true))
    assert.matches("<https://two.example/kaduna>", out, 1, true)
    -- an address no copy has is still no article
    code = u.cli("--db " .. db .. " remove https://three.example/kaduna")
    assert.equal(1, code)
    u.rm(dir)
  end)
end)

describe("examples/grid_pack.lua", function()
  it("passes its examples, which need its LPeg rules", function()
    local rules = require "incidents.rules"
    local extract = require "incidents.extract"
    local res = rules.test(assert(rules.load("examples/grid_pack.lua")), extract.text)
    assert.equal(0, res.failed)
    -- without its patterns the pack's own examples fail
    local src = u.slurp("examples/grid_pack.lua"):gsub("\npattern {.-}\n", "\n")
      :gsub("\npattern {.-}\n", "\n")
    local bare = assert(rules.load_string(src, "bare.lua"))
    assert.equal(0, #bare.scans)
    assert.equal(2, rules.test(bare, extract.text).failed)
  end)
end)
