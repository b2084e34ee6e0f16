-- Specs for incidents.report: the sandbox, the helper library and the
-- five built-in formats, over incidents merged from hand-made reports.
local report = require "incidents.report"
local merge = require "incidents.merge"
local cjson = require "cjson"

local h = report.helpers

local function R(id, article_id, t)
  t.id, t.article_id, t.status = id, article_id, t.status or "attack"
  return t
end

-- Three incidents, one with sources that disagree; titles with the
-- characters each output kind must escape.
local function incidents()
  local reps = {
    R(1, 1, { date = "2024-03-22", place = "Krasnogorsk", country = "RU", country_name = "Russia",
      lat = 55.82, lon = 37.33, perpetrator = "Islamic State", claimed = true,
      attack_type = "armed_assault", target = "a concert hall", target_type = "business",
      weapon = "firearms", killed_lo = 115,
      article = { title = 'Gunmen, fire and a "concert" | hall', source = "Wire",
        published = "2024-03-23" },
      quotes = { { field = "killed", fields = "killed", text = "At least 115 <were> killed." } } }),
    R(2, 2, { date = "2024-03-22", place = "Krasnogorsk", country = "RU", country_name = "Russia",
      lat = 55.82, lon = 37.33, killed_lo = 139, killed_hi = 139, wounded_lo = 181,
      article = { title = "Toll climbs", source = "Daily", published = "2024-03-26" } }),
    R(3, 3, { date = "2024-01-03", place = "Kerman", country = "IR", country_name = "Iran",
      lat = 30.28, lon = 57.08, attack_type = "bombing", suicide = true, killed_lo = 84,
      killed_hi = 84, article = { title = "Twin blasts", published = "2024-01-04" } }),
    R(4, 4, { date = "2023-01-30", place = "Peshawar", country = "PK", attack_type = "bombing",
      article = { title = "Mosque blast" } }),
  }
  local incs = merge.merge(reps)
  for i, inc in ipairs(incs) do inc.id = i end
  return incs
end

-- RFC 4180 reader, enough to check what the CSV format writes.
local function parse_csv(s)
  local rows, row, field, i, quoted = {}, {}, {}, 1, false
  while i <= #s do
    local c = s:sub(i, i)
    if quoted then
      if c == '"' and s:sub(i + 1, i + 1) == '"' then field[#field + 1] = '"'; i = i + 1
      elseif c == '"' then quoted = false
      else field[#field + 1] = c end
    elseif c == '"' then quoted = true
    elseif c == "," then row[#row + 1] = table.concat(field); field = {}
    elseif c == "\r" and s:sub(i + 1, i + 1) == "\n" then
      row[#row + 1] = table.concat(field); rows[#rows + 1] = row; row, field = {}, {}; i = i + 1
    else field[#field + 1] = c end
    i = i + 1
  end
  return rows
end

describe("report helpers", function()
  it("escape for each output kind", function()
    assert.equal("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", h.html([[a <b> & "c" 'd']]))
    assert.equal("a \\| b \\*c\\* \\[d\\]", h.md("a | b *c* [d]"))
    assert.equal('"a, ""b"""', h.csv('a, "b"'))
    assert.equal("plain", h.csv("plain"))
    assert.equal("1,,0\r\n", h.csv_row({ true, nil, false }, 3))
  end)
  it("keep a spreadsheet from running a CSV cell as a formula", function()
    assert.equal([["'=HYPERLINK(""http://x"",""y"")"]], h.csv('=HYPERLINK("http://x","y")'))
    assert.equal("'+Wire", h.csv("+Wire"))
    assert.equal("'@news", h.csv("@news"))
    assert.equal("'-cmd|' /C calc'!A0", h.csv("-cmd|' /C calc'!A0"))
    assert.equal("'\tx", h.csv("\tx"))
    -- numbers, negative ones included, stay numbers
    assert.equal("-9", h.csv(-9))
    assert.equal("-12.5", h.csv("-12.5"))
    assert.equal("a=b", h.csv("a=b"))
    assert.equal("", h.html(nil))
  end)
  it("format dates and numbers", function()
    assert.equal("22 Mar 2024", h.date("2024-03-22"))
    assert.equal("Mar 2024", h.date("2024-03"))
    assert.equal("2024", h.date("2024"))
    assert.equal("1,234,567", h.number(1234567))
    assert.equal("-1,000", h.number(-1000))
    assert.equal("999", h.number(999))
    assert.equal("at least 131", h.figure(131, nil))
    assert.equal("armed assault", h.words("armed_assault"))
  end)
  it("encode JSON deterministically, with empty arrays", function()
    local v = { b = 1, a = { 1, 2 }, c = h.array(), d = "x\"\n", e = 1.5 }
    local s = h.json(v)
    assert.equal('{"a":[1,2],"b":1,"c":[],"d":"x\\"\\n","e":1.5}', s)
    assert.same(cjson.decode(s), cjson.decode(h.json(v, "  ")))
  end)
  it("keep charts of many items legible", function()
    local items, points = {}, {}
    for i = 1, 20 do
      items[i] = { label = "Group number " .. i .. " with a very long name", value = 21 - i }
    end
    for i = 1, 30 do
      points[i] = { date = ("2020-%02d-15"):format((i - 1) % 12 + 1), value = i, label = "P" .. i }
    end
    points[31] = { date = "1300-01-01", value = 1, label = "misread" }
    local bars = h.svg.bars(items)
    local _, n = bars:gsub("<rect", "")
    assert.equal(15, n)
    assert.matches(">6 others<", bars, 1, true)
    assert.matches("Group number 1 with a very…", bars, 1, true)
    local tl = h.svg.timeline(points)
    assert.matches("1 event(s) outside the dates shown", tl, 1, true)
    assert.is_nil(tl:find("misread", 1, true))
    local _, labels = tl:gsub(">P%d+<", "")
    assert.equal(12, labels)
  end)

  it("draw charts as SVG", function()
    local bars = h.svg.bars({ { label = "RU", value = 139 }, { label = "I<R", value = 84 } },
      { title = "Killed" })
    assert.matches("^<svg", bars)
    assert.matches("I&lt;R", bars)
    local _, n = bars:gsub("<rect", "")
    assert.equal(2, n)
    local tl = h.svg.timeline({ { date = "2024-03-22", value = 139, label = "Krasnogorsk" },
      { date = "2023-01-30", value = 0, label = "Peshawar" } })
    assert.matches("<circle", tl)
    assert.matches(">2024<", tl)
  end)
end)

describe("report formats", function()
  it("markdown has the timeline, counts, conflicts with sources and quotes", function()
    local md = assert(report.render("markdown", incidents(), { title = "Brief" }))
    assert.matches("^# Brief\n", md)
    assert.matches("Best figure: the most conservative credible figure (ACLED).", md, 1, true)
    local latest = report.render("markdown", incidents(), { best = "latest" })
    assert.matches("Best figure: the figure of the latest source.", latest, 1, true)
    assert.matches("| ID | Date | Place | Group |", md, 1, true)
    assert.matches("## Incidents by group", md, 1, true)
    assert.matches("| Iran | 1 | 84 |", md, 1, true)
    -- The two Crocus figures, each with who reported it.
    assert.matches("killed: at least 115 (Gunmen, fire and a \"concert\" \\| hall (Wire)) / "
      .. "139 (Toll climbs (Daily))", md, 1, true)
    assert.matches("> At least 115 \\<were\\> killed.", md, 1, true)
    -- Why the two Crocus reports are one incident.
    assert.matches("- Why one incident:\n  - report 1 (article 1, \"Gunmen", md, 1, true)
    assert.matches("joined report 1", md, 1, true)
  end)

  it("csv uses GTD column names and RFC 4180 quoting", function()
    local out = assert(report.render("csv", incidents()))
    local rows = parse_csv(out)
    assert.equal(4, #rows)
    local head = rows[1]
    assert.same({ "eventid", "iyear", "imonth", "iday", "approxdate", "country_txt", "city",
      "latitude", "longitude", "attacktype1_txt" }, { table.unpack(head, 1, 10) })
    local col = {}
    for i, name in ipairs(head) do col[name] = i end
    for _, k in ipairs({ "targtype1_txt", "weaptype1_txt", "gname", "claimed", "nkill",
      "nwound", "suicide", "scite1", "scite2", "scite3" }) do
      assert.truthy(col[k], k)
    end
    local crocus
    for i = 2, #rows do if rows[i][col.city] == "Krasnogorsk" then crocus = rows[i] end end
    assert.equal("Armed Assault", crocus[col.attacktype1_txt])
    assert.equal("Business", crocus[col.targtype1_txt])
    assert.equal("1", crocus[col.claimed])
    assert.equal("115", crocus[col.nkill])
    assert.equal("181", crocus[col.nwound])
    assert.equal('Gunmen, fire and a "concert" | hall, Wire, 2024-03-23', crocus[col.scite1])
    assert.equal("202403220003", crocus[col.eventid])
    for i = 2, #rows do assert.equal(#head, #rows[i]) end
  end)

  it("json is an array of incidents with every source report", function()
    local s = report.render("json", incidents())
    local list = cjson.decode(s)
    assert.equal(3, #list)
    local crocus = list[3]
    assert.equal("Krasnogorsk", crocus.place)
    assert.equal("2024-03-22", crocus.date_lo)
    assert.equal(115, crocus.killed_lo)
    assert.equal(139, crocus.killed_hi)
    assert.equal(2, #crocus.reports)
    assert.equal(1, crocus.reports[1].article_id)
    assert.equal("Toll climbs", crocus.reports[2].title)
    assert.equal(139, crocus.reports[2].killed_lo)
    assert.equal(2, #crocus.figures.killed)
  end)

  it("geojson has one point per located incident, longitude first", function()
    local s = report.render("geojson", incidents())
    local fc = cjson.decode(s)
    assert.equal("FeatureCollection", fc.type)
    assert.equal(2, #fc.features)
    assert.equal(1, fc.skipped)
    local f = fc.features[1]
    assert.equal("Point", f.geometry.type)
    assert.same({ 57.08, 30.28 }, f.geometry.coordinates)
    assert.equal("Kerman", f.properties.place)
  end)

  it("html is one self-contained page", function()
    local page = assert(report.render("html", incidents(), { title = "A <b> report" }))
    assert.matches("^<!DOCTYPE html>", page)
    assert.matches("<title>A &lt;b&gt; report</title>", page, 1, true)
    local _, svgs = page:gsub("<svg", "")
    assert.equal(3, svgs)
    assert.matches('class="sortable"', page, 1, true)
    -- Nothing is fetched: no external scripts, styles, images or fonts.
    assert.is_nil(page:find("<link", 1, true))
    assert.is_nil(page:find("src=", 1, true))
    assert.is_nil(page:find("@import", 1, true))
    assert.is_nil(page:find("url(", 1, true))
  end)
end)

describe("report sandbox", function()
  local tmp
  before_each(function() tmp = os.tmpname() end)
  after_each(function() os.remove(tmp) end)
  local function write(src)
    local f = assert(io.open(tmp, "w"))
    f:write(src)
    f:close()
  end

  it("runs an analyst's format from a path", function()
    write([[
return { extension = "txt", render = function(incs, h, out, meta)
  out:write(meta.title, ": ", #incs, " incidents, ", h.number(1500), "\n")
end }]])
    assert.equal("T: 3 incidents, 1,500\n", report.render(tmp, incidents(), { title = "T" }))
  end)

  it("gives formats no io, os.execute, require or load", function()
    write([[return function(_, _, out)
      out:write(tostring(io), tostring(require), tostring(load), tostring(os.execute),
        tostring(debug), tostring(string.dump))
    end]])
    assert.equal("nilnilnilnilnilnil", report.render(tmp, {}))
  end)

  it("reports a format's error with its file and line", function()
    write("return function() error('no data here') end\n")
    local out, err = report.render(tmp, {})
    assert.is_nil(out)
    assert.equal(tmp .. ":1: no data here", err)
  end)

  -- a low limit keeps these fast; the endless loop must be stopped either way
  for _, c in ipairs{
    { "stops an endless format", "return function() while true do end end\n" },
    { "stops an endless format that catches its own errors",
      "return function() while true do pcall(function() while true do end end) end end\n" },
  } do
    it(c[1], function()
      write(c[2])
      local saved = report.max_instructions
      report.max_instructions = 1e6
      local out, err = report.render(tmp, {})
      report.max_instructions = saved
      assert.is_nil(out)
      assert.equal("format ran too long (instruction limit)", err)
    end)
  end

  it("keeps the string metatable and finalisers out of reach", function()
    write("return function(_, _, out) out:write(tostring(getmetatable('x'))) end\n")
    assert.equal("nil", report.render(tmp, {}))
    write("return function() setmetatable({}, { __gc = function() end }) end\n")
    local out, err = report.render(tmp, {})
    assert.is_nil(out)
    assert.equal(tmp .. ":1: a format may not set __gc", err)
  end)

  it("refuses what is not a format", function()
    write("return 42\n")
    local f, err = report.load(tmp)
    assert.is_nil(f)
    assert.equal(tmp .. ": a format must return a table with a render function", err)
    assert.same({ nil, "format file not found: ./nowhere.lua" }, { report.load("./nowhere.lua") })
    local _, uerr = report.load("pdf")
    assert.equal("unknown format 'pdf' (built-in: markdown, csv, json, geojson, html; "
      .. "or give a path to a .lua file)", uerr)
  end)

  it("refuses binary chunks", function()
    write(string.dump(function() return function() end end))
    local f, err = report.load(tmp)
    assert.is_nil(f)
    assert.matches("binary", err)
  end)

  it("does not let a format change the incidents it was given", function()
    write("return function(incs) incs[1].place = 'changed' end\n")
    local incs = incidents()
    assert.truthy(report.render(tmp, incs))
    assert.equal("Peshawar", incs[1].place)
  end)
end)

describe("the HTML report in a browser", function()
  local chromium = os.execute("command -v chromium >/dev/null 2>&1")
  local check = chromium and it or pending
  check("renders in headless Chromium, and the screenshot is not blank", function()
    local html, png = os.tmpname() .. ".html", os.tmpname() .. ".png"
    assert(report.write("html", incidents(), html, { title = "Spec report" }))
    local p = assert(io.popen("env -u LD_PRELOAD tools/screenshot.sh " .. html .. " " .. png
      .. " 1000x900 2>&1"))
    local out = p:read("a")
    local ok = p:close()
    os.remove(html)
    os.remove(png)
    assert.is_true(ok, out)
    local share = tonumber(out:match("([%d.]+)%% of pixels differ"))
    assert.is_true(share > 2, out)
  end)
  it("the blank check refuses an empty page", function()
    if not chromium then return pending("chromium is not installed") end
    local html, png = os.tmpname() .. ".html", os.tmpname() .. ".png"
    local f = assert(io.open(html, "w"))
    f:write("<!DOCTYPE html><html><body></body></html>")
    f:close()
    local p = assert(io.popen("env -u LD_PRELOAD tools/screenshot.sh " .. html .. " " .. png
      .. " 400x300 2>&1"))
    local out = p:read("a")
    local ok, _, code = p:close()
    os.remove(html)
    os.remove(png)
    assert.is_nil(ok, out)
    assert.equal(1, code)
    assert.matches("looks blank", out)
  end)
end)
