-- Specs for report formats found by name: registered from Lua
-- (`report.register`), or a `NAME.lua` in a folder of $INCIDENTS_FORMATS or
-- ~/.config/incidents/formats; a built-in name always means the built-in
-- format. The formats and the article are short ones written for these specs.
local report = require "incidents.report"

local u = dofile("spec/robust_util.lua")

-- The message of an error raised by `fn(...)`, called from this file so the
-- position a level-2 error adds is this file's.
local function raised(fn, ...)
  local args = table.pack(...)
  local ok, err = pcall(function() local r = fn(table.unpack(args, 1, args.n)); return r end)
  assert.is_false(ok)
  return tostring(err)
end

local function incs()
  return { { date = "2024-03-11", date_lo = "2024-03-11", date_hi = "2024-03-11",
    place = "Kaduna", country = "NG", killed_best = 4 },
    { date = "2024-03-12", date_lo = "2024-03-12", date_hi = "2024-03-12",
      place = "Warri", country = "NG" } }
end

-- A format that writes the places it got, after a tag naming the file.
local function places_format(tag)
  return 'return { extension = "txt", description = "places (' .. tag .. ')",\n'
    .. '  render = function(incs, h, out)\n'
    .. '    out:write("' .. tag .. ':")\n'
    .. '    for _, inc in ipairs(incs) do out:write(" ", inc.place or "?") end\n'
    .. '    out:write("\\n")\n'
    .. '  end }\n'
end

describe("report.register", function()
  local dir
  setup(function() dir = u.tmpdir() end)
  teardown(function()
    for _, n in ipairs { "zz_places", "zz_fn", "zz_file", "zz_missing", "zz_bad" } do
      report.unregister(n)
    end
    u.rm(dir)
  end)

  it("a table: render, load and the unknown-name message find it by name", function()
    assert.is_nil(report.load("zz_places"))
    assert.is_true(report.register("zz_places", { extension = "lst",
      description = "one line of places", render = function(list, _, out)
        for _, inc in ipairs(list) do out:write(inc.place, ";") end
      end }))
    assert.equal("Kaduna;Warri;", report.render("zz_places", incs()))
    local f = assert(report.load("zz_places"))
    assert.equal("lst", f.extension)
    assert.equal("one line of places", f.description)
    assert.equal("registered", f.source)
    local _, err = report.load("zz_nothing")
    assert.matches("yours: [%w_, ]*zz_places", err)
    -- the table's own render is what runs: the caller's copy of the
    -- incidents is not changed
    local mine = incs()
    assert.truthy(report.render("zz_places", mine))
    assert.equal("Kaduna", mine[1].place)
  end)

  it("a render function, and a name registered again replaces it", function()
    assert.is_true(report.register("zz_fn", function(_, _, out) out:write("one") end))
    assert.equal("one", report.render("zz_fn", {}))
    assert.equal("txt", report.load("zz_fn").extension)
    assert.is_true(report.register("zz_fn", function(_, _, out) out:write("two") end))
    assert.equal("two", report.render("zz_fn", {}))
    assert.is_true(report.unregister("zz_fn"))
    assert.is_false(report.unregister("zz_fn"))
    assert.is_nil(report.render("zz_fn", {}))
  end)

  it("a path: loaded in the sandbox, checked when registered, found by find", function()
    local file = dir .. "/places.lua"
    u.write(file, places_format("file"))
    assert.is_true(report.register("zz_file", file))
    assert.equal("file: Kaduna Warri\n", report.render("zz_file", incs()))
    assert.same({ file, "registered" }, { report.find("zz_file") })
    assert.equal("places (file)", report.load("zz_file").description)
    -- the sandbox holds: a registered file gets no io
    u.write(file, 'return function(_, _, out) out:write(type(io), type(require)) end\n')
    assert.equal("nilnil", report.render("zz_file", {}))
  end)

  it("a file that cannot be loaded gives nil, msg and registers nothing", function()
    assert.same({ nil, "format file not found: " .. dir .. "/none.lua" },
      { report.register("zz_missing", dir .. "/none.lua") })
    assert.is_nil(report.load("zz_missing"))
    u.write(dir .. "/bad.lua", "return 42\n")
    local ok, err = report.register("zz_bad", dir .. "/bad.lua")
    assert.is_nil(ok)
    assert.equal(dir .. "/bad.lua: a format must return a table with a render function", err)
    u.write(dir .. "/syntax.lua", "return {\n")
    ok, err = report.register("zz_bad", dir .. "/syntax.lua")
    assert.is_nil(ok)
    assert.matches("syntax.lua:%d+:", err)
    assert.is_false(report.unregister("zz_bad"))
  end)

  it("misuse raises at the caller's line", function()
    local at = "^spec/report_register_spec.lua:%d+: "
    assert.matches(at .. "bad argument #1 to 'register' %(string expected, got number%)$",
      raised(report.register, 42, {}))
    assert.matches(at .. "bad argument #1 to 'register' %(a format name is letters, digits, _ "
      .. "and %-, got 'my brief'%)$", raised(report.register, "my brief", print))
    assert.matches(at .. "bad argument #1 to 'register' %('csv' is a built%-in format; choose "
      .. "another name%)$", raised(report.register, "csv", print))
    assert.matches(at .. "bad argument #2 to 'register' %(table with a render function "
      .. "expected%)$", raised(report.register, "zz_places", { extension = "txt" }))
    assert.matches(at .. "bad argument #2 to 'register' %(extension must be a string, got "
      .. "number%)$", raised(report.register, "zz_places", { render = print, extension = 1 }))
    assert.matches(at .. "bad argument #2 to 'register' %(path, table or function expected, "
      .. "got boolean%)$", raised(report.register, "zz_places", true))
    assert.matches(at .. "bad argument #1 to 'unregister' %(string expected, got nil%)$",
      raised(report.unregister))
  end)

  it("no built-in is shadowed: every built-in name still renders the built-in", function()
    for _, name in ipairs(report.builtin) do
      assert.matches("built%-in format", raised(report.register, name, print))
      local f = assert(report.load(name))
      assert.equal("built-in", f.source)
      assert.matches("incidents/report/" .. name .. ".lua$", f.file)
    end
  end)
end)

describe("formats in folders ($INCIDENTS_FORMATS, ~/.config/incidents/formats)", function()
  local dir, db, env
  setup(function()
    dir = u.tmpdir()
    assert(u.sh("mkdir -p " .. u.q(dir .. "/one") .. " " .. u.q(dir .. "/two") .. " "
      .. u.q(dir .. "/home/.config/incidents/formats")))
    u.write(dir .. "/one/brief.lua", places_format("one"))
    u.write(dir .. "/two/brief.lua", places_format("two"))
    u.write(dir .. "/two/tally.lua", 'return { description = "how many",\n'
      .. '  render = function(incs, h, out) out:write(#incs, "\\n") end }\n')
    u.write(dir .. "/two/markdown.lua", places_format("not the built-in"))
    u.write(dir .. "/home/.config/incidents/formats/homely.lua", places_format("home"))
    u.write(dir .. "/a.txt", "Date: 2024-03-12\n\nGunmen killed four guards in Kaduna on "
      .. "Monday, police said.\n")
    db = dir .. "/i.db"
    env = "env -u XDG_CONFIG_HOME HOME=" .. u.q(dir .. "/home") .. " INCIDENTS_FORMATS="
      .. u.q(dir .. "/one:" .. dir .. "/two")
    local code, _, err = u.cli("--db " .. u.q(db) .. " ingest -q " .. u.q(dir .. "/a.txt"),
      env)
    assert.equal(0, code, err)
  end)
  teardown(function() u.rm(dir) end)

  local function run(args, prefix)
    return u.cli("--db " .. u.q(db) .. " " .. args, prefix or env)
  end

  it("report -f NAME finds NAME.lua, the first folder first", function()
    local code, out, err = run("report -f brief")
    assert.equal(0, code, err)
    assert.equal("one: Kaduna\n", out)
    assert.equal("", err)
    code, out = run("export -f tally")
    assert.equal(0, code)
    assert.equal("1\n", out)
  end)

  it("the user's own folder is searched after $INCIDENTS_FORMATS", function()
    local code, out = run("report -f homely")
    assert.equal(0, code)
    assert.equal("home: Kaduna\n", out)
    -- and $XDG_CONFIG_HOME moves it
    code = run("report -f homely", "XDG_CONFIG_HOME=" .. u.q(dir .. "/elsewhere")
      .. " HOME=" .. u.q(dir .. "/home"))
    assert.equal(1, code)
    code, out = run("report -f homely", "env -u INCIDENTS_FORMATS XDG_CONFIG_HOME="
      .. u.q(dir .. "/home/.config"))
    assert.equal(0, code)
    assert.equal("home: Kaduna\n", out)
  end)

  it("a folder's file named like a built-in is not used, and the user is told", function()
    local code, out, err = run("report -f markdown")
    assert.equal(0, code)
    assert.matches("^# ", out)
    assert.not_matches("not the built-in", out, 1, true)
    assert.equal("incidents: warning: " .. dir .. "/two/markdown.lua is not used: 'markdown' "
      .. "is a built-in format (rename the file to use it)\n", err)
  end)

  it("an unknown name lists the names the folders give", function()
    local code, out, err = run("report -f pdf")
    assert.equal(1, code)
    assert.equal("", out)
    assert.equal("incidents: unknown format 'pdf' (built-in: markdown, csv, json, geojson, "
      .. "html; yours: brief, homely, tally; or give a path to a .lua file)\n", err)
  end)

  it("incidents formats lists them, hidden files with a warning", function()
    local code, out, err = run("formats")
    assert.equal(0, code, err)
    local lines = u.lines(out)
    assert.equal(9, #lines)
    assert.matches("^markdown +Markdown", lines[1])
    assert.equal("brief      places (one)  [" .. dir .. "/one/brief.lua]", lines[6])
    assert.equal("tally      how many  [" .. dir .. "/two/tally.lua]", lines[7])
    assert.equal("homely     places (home)  [" .. dir
      .. "/home/.config/incidents/formats/homely.lua]", lines[8])
    assert.equal("folders searched: " .. dir .. "/one, " .. dir .. "/two, " .. dir
      .. "/home/.config/incidents/formats", lines[9])
    assert.equal("incidents: warning: " .. dir .. "/two/brief.lua is not used: an earlier "
      .. "folder has 'brief.lua'\n"
      .. "incidents: warning: " .. dir .. "/two/markdown.lua is not used: 'markdown' is a "
      .. "built-in format (rename the file to use it)\n", err)
    code = run("formats --help")
    assert.equal(0, code)
  end)

  it("a broken file is listed as a problem (exit 3), the others still are", function()
    assert(u.sh("mkdir -p " .. u.q(dir .. "/three")))
    u.write(dir .. "/three/oops.lua", "return 42\n")
    local code, out, err = run("formats", env .. ":" .. u.q(dir .. "/three"))
    assert.equal(3, code)
    assert.matches("\nbrief ", out, 1, true)
    assert.matches("incidents: " .. dir .. "/three/oops.lua: a format must return a table "
      .. "with a render function\n", err, 1, true)
  end)

  it("report.folders follows the environment at each call", function()
    local script = dir .. "/folders.lua"
    u.write(script, 'package.path = "lua/?.lua;lua/?/init.lua;" .. package.path\n'
      .. 'package.cpath = "./?.so;" .. package.cpath\n'
      .. 'io.write(table.concat(require("incidents.report").folders(), "|"))\n')
    local p = io.popen("env -u XDG_CONFIG_HOME HOME=/h INCIDENTS_FORMATS='/a/::/b/' lua5.4 "
      .. u.q(script))
    local out = p:read("a")
    p:close()
    assert.equal("/a|/b|/h/.config/incidents/formats", out)
  end)
end)
