-- Specs for what an analyst who follows the docs to the letter ran into:
-- a format file that never returns, a format that fills the memory, a PDF
-- named on the command line, `--db ../file`, a mistyped path, and the API
-- page against what the modules export. The texts are short items written
-- for these specs.
local incidents = require "incidents"
local article = require "incidents.article"
local report = require "incidents.report"

local u = dofile("spec/robust_util.lua")

describe("a report format runs under its limits, also while its file loads", function()
  local dir
  local saved = {}
  before_each(function()
    dir = u.tmpdir()
    for _, k in ipairs { "max_instructions", "max_memory", "max_string" } do
      saved[k] = report[k]
    end
  end)
  after_each(function()
    for k, v in pairs(saved) do report[k] = v end
    u.rm(dir)
  end)

  it("a file whose top level loops is stopped and named", function()
    report.max_instructions = 2e6
    u.write(dir .. "/spin.lua", "while true do end\n")
    local out, err = report.render(dir .. "/spin.lua", {})
    assert.is_nil(out)
    assert.equal(dir .. "/spin.lua: format ran too long (instruction limit)", err)
    -- listing the formats of a folder loads them: it must come back too
    local f, lerr = report.load(dir .. "/spin.lua")
    assert.is_nil(f)
    assert.matches("instruction limit", lerr)
  end)

  it("a render that keeps filling a table is stopped by the memory limit", function()
    report.max_memory = 32 * 1024
    u.write(dir .. "/hog.lua", "return function(incs, h, out)\n"
      .. "  local t = {}\n"
      .. "  for i = 1, 1e8 do t[i] = ('row %d of a table that only grows'):format(i) end\n"
      .. "end\n")
    local out, err = report.render(dir .. "/hog.lua", {})
    assert.is_nil(out)
    assert.equal("format used too much memory (more than 32 MB; the limit for a format)", err)
  end)

  it("one string.rep may not build more than the limit, called either way", function()
    report.max_string = 1024 * 1024
    u.write(dir .. "/rep.lua",
      "return function(incs, h, out) out:write(#string.rep('ab', 1e6)) end\n")
    u.write(dir .. "/meth.lua", "return function(incs, h, out) out:write(#('ab'):rep(1e6)) end\n")
    u.write(dir .. "/small.lua", "return function(incs, h, out) out:write(('=-'):rep(30)) end\n")
    for _, name in ipairs { "rep", "meth" } do
      local out, err = report.render(dir .. "/" .. name .. ".lua", {})
      assert.is_nil(out)
      assert.matches("string.rep: a string of more than 1 MB %(the limit for a format%)$", err)
    end
    assert.equal(("=-"):rep(30), report.render(dir .. "/small.lua", {}))
    -- outside the format, strings are the host's again
    assert.equal(2e6, #("ab"):rep(1e6))
  end)

  it("an error object's __tostring is never run", function()
    u.write(dir .. "/obj.lua", "return function(incs, h, out)\n"
      .. "  error(setmetatable({}, { __tostring = function() while true do end end }))\n"
      .. "end\n")
    local out, err = report.render(dir .. "/obj.lua", {})
    assert.is_nil(out)
    assert.equal("the format raised a table instead of a message", err)
  end)

  it("a well-behaved format and the built-in ones still render", function()
    local incs = { { id = 1, date = "2025-06-09", date_lo = "2025-06-09",
      date_hi = "2025-06-09", place = "Mardan", country = "PK", attack_type = "bombing",
      status = "attack", killed_lo = 12, killed_best = 12 } }
    for _, name in ipairs(report.builtin) do
      assert.is_string(report.render(name, incs), name)
    end
  end)
end)

describe("a document named on the command line", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  -- A small PDF opens with lines of plain text before its compressed
  -- stream: the byte counts alone took this one for a Latin-1 article.
  local pdf = "%PDF-1.5\n%\181\237\174\251\n3 0 obj\n<< /Length 4 0 R\n   /Filter /FlateDecode\n"
    .. ">>\nstream\nx\156uR\187n\0281\12\236\245\21\172\3\132\22)>\164\207p\149\n"
    .. ("endstream\nendobj\n"):rep(20)

  it("is refused with what it is and what to do", function()
    u.write(dir .. "/brief.pdf", pdf)
    local art, err = article.read_file(dir .. "/brief.pdf")
    assert.is_nil(art)
    assert.equal(dir .. "/brief.pdf: a PDF document, not text (convert it first: pdftotext "
      .. dir .. "/brief.pdf)", err)
    u.write(dir .. "/notes.docx", "PK\3\4\20\0\6\0\8\0" .. ("word/document.xml"):rep(10))
    assert.matches("notes.docx: a ZIP archive %(as .docx, .odt and .xlsx files are%), not text",
      select(2, article.read_file(dir .. "/notes.docx")))
    u.write(dir .. "/memo.rtf", "{\\rtf1\\ansi Gunmen killed three guards in Kano on Monday.}")
    assert.equal(dir .. "/memo.rtf: an RTF document, not plain text (save it as plain text)",
      select(2, article.read_file(dir .. "/memo.rtf")))
  end)

  it("fails in the command line's ingest, and the text beside it is stored", function()
    u.write(dir .. "/brief.pdf", pdf)
    u.write(dir .. "/kano.txt", "Date: 2024-03-12\n\nGunmen killed three guards in Kano on "
      .. "Monday, police said.\n")
    local code, out, err = u.cli("--db " .. u.q(dir .. "/a.db") .. " ingest "
      .. u.q(dir .. "/brief.pdf") .. " " .. u.q(dir .. "/kano.txt"))
    assert.equal(3, code)
    assert.matches("^articles: 1 new, 0 skipped, 1 failed", out)
    assert.equal("incidents: " .. dir .. "/brief.pdf: a PDF document, not text (convert it "
      .. "first: pdftotext " .. dir .. "/brief.pdf)\n", err)
  end)
end)

describe("stdin", function()
  -- the command with its stdin read from `file` (u.cli reads /dev/null)
  local function cli_from(file, args)
    local outf, errf = os.tmpname(), os.tmpname()
    local _, _, code = os.execute("sh -c " .. u.q(("env -u INCIDENTS_DB TERM=dumb lua5.4 %s %s "
      .. "<%s >%s 2>%s"):format(u.q(u.bin), args, u.q(file), u.q(outf), u.q(errf))))
    local out, err = u.slurp(outf) or "", u.slurp(errf) or ""
    os.remove(outf)
    os.remove(errf)
    return code, out, err
  end

  it("refuses what a named file would be refused for, and the CLI goes on", function()
    assert.equal("a PDF document, not text (convert it first: pdftotext FILE)",
      article.not_text("%PDF-1.4\n%\226\227\207\211\n"))
    assert.is_nil(article.not_text("Gunmen killed three guards in Kano on Monday."))
    local dir = u.tmpdir()
    local pdf = dir .. "/in.pdf"
    u.write(pdf, "%PDF-1.4\n%\226\227\207\211\n1 0 obj\n<< >>\nendobj\n")
    local code, out, err = cli_from(pdf, "--db " .. u.q(dir .. "/a.db") .. " ingest -")
    assert.equal(3, code)
    assert.matches("^articles: 0 new, 0 skipped, 1 failed", out)
    assert.equal("incidents: -: a PDF document, not text (convert it first: pdftotext FILE)\n",
      err)
    code, out, err = cli_from(pdf, "extract -")
    assert.equal(3, code)
    assert.equal("", out)
    assert.matches("a PDF document, not text", err)
    u.rm(dir)
  end)
end)

describe("--db in the folder above", function()
  it("says what the file is, not that the folder '..' is missing", function()
    local dir = u.tmpdir()
    os.execute("mkdir " .. u.q(dir .. "/work"))
    u.write(dir .. "/notes.txt", "Not a database, only notes.\n")
    local code, _, err = u.cli("--db ../notes.txt list", "cd " .. u.q(dir .. "/work") .. " &&")
    assert.equal(1, code)
    assert.equal("incidents: cannot open ../notes.txt: file is not a database (it is another "
      .. "program's file: pass another --db FILE)\n", err)
    -- the library's open says the same
    local db, oerr = incidents.open(dir .. "/work/../notes.txt")
    assert.is_nil(db)
    assert.not_matches("no folder", oerr)
    -- a folder that is really missing is still named
    db, oerr = incidents.open(dir .. "/work/../nowhere/a.db")
    assert.is_nil(db)
    assert.equal("cannot create " .. dir .. "/work/../nowhere/a.db: no folder " .. dir
      .. "/work/../nowhere", oerr)
    u.rm(dir)
  end)
end)

describe("ingest of a mistyped path", function()
  it("creates no database, and says so", function()
    local dir = u.tmpdir()
    local db = dir .. "/new.db"
    local code, out, err = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(dir .. "/artcles"))
    assert.equal(3, code)
    assert.equal("", out)
    assert.equal("incidents: " .. dir .. "/artcles: no such file or folder\n"
      .. "incidents: no article to ingest, so no database was created at " .. db
      .. " (check the path)\n", err)
    assert.is_nil(io.open(db, "rb"))
    -- a folder of PDFs alone: named, exit 0 as before, and no database either
    os.execute("mkdir " .. u.q(dir .. "/pdfs"))
    u.write(dir .. "/pdfs/a.pdf", "%PDF-1.4\n")
    code, out, err = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(dir .. "/pdfs"))
    assert.equal(0, code)
    assert.equal("", out)
    assert.matches("left out 1 file%(s%) that are not articles", err)
    assert.is_nil(io.open(db, "rb"))
    -- with an article among the paths, the database is made and the typo named
    u.write(dir .. "/kano.txt", "Date: 2024-03-12\n\nGunmen killed three guards in Kano on "
      .. "Monday, police said.\n")
    code, out = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(dir .. "/artcles") .. " "
      .. u.q(dir .. "/kano.txt"))
    assert.equal(3, code)
    assert.matches("^articles: 1 new, 0 skipped, 1 failed", out)
    u.rm(dir)
  end)
end)

describe("docs/api.md", function()
  it("names every function and field the modules export", function()
    local page = u.slurp("docs/api.md")
    local missing = {}
    for _, mod in ipairs { "rules", "article", "extract", "ingest", "merge", "query",
      "report" } do
      for key in pairs(incidents[mod]) do
        -- a leading underscore marks what is internal (a pure-Lua fallback)
        if not key:match("^_") and not page:find(mod .. "." .. key, 1, true) then
          missing[#missing + 1] = mod .. "." .. key
        end
      end
    end
    for key in pairs(incidents) do
      if type(incidents[key]) ~= "table" and not page:find("incidents." .. key, 1, true) then
        missing[#missing + 1] = "incidents." .. key
      end
    end
    table.sort(missing)
    assert.same({}, missing)
  end)
end)

describe("rules check of a pack an analyst saved", function()
  local rules = require "incidents.rules"
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("puts a syntax error of the parent on the parent's line, not the child's", function()
    u.write(dir .. "/base.lua", 'group { "Harbour Front"\nplace { "Quay" }\n')
    u.write(dir .. "/child.lua", 'extends "base.lua"\ngroup { "Dock Cell" }\n')
    local problems = rules.check(dir .. "/child.lua")
    assert.equal(1, #problems)
    assert.equal(dir .. "/base.lua", problems[1].file)
    assert.equal(2, problems[1].line)
    assert.equal("'}' expected (to close '{' at line 1) near 'place'", problems[1].message)
    local code, out = u.cli("rules check " .. u.q(dir .. "/child.lua"))
    assert.equal(3, code)
    assert.matches("^" .. (dir .. "/base.lua:2: '}' expected"):gsub("%p", "%%%0"), out)
  end)

  it("reads a Windows-1252 file as an article is read, and says so", function()
    -- "Brigade du Café" and "Mopété" as a Windows editor saves them
    u.write(dir .. "/latin.lua", 'extends "default"\n'
      .. 'group { "Brigade du Caf\233", aliases = { "BDC" } }\n'
      .. 'place { "Mop\233t\233", country = "ML", lat = 14.5, lon = -4.2, kind = "town" }\n')
    local pack = assert(rules.load(dir .. "/latin.lua"))
    assert.equal("Brigade du Café", pack:group("BDC").name)
    local extract = require "incidents.extract"
    local r = extract.text("Gunmen of the Brigade du Café killed three people in Mopété on "
      .. "Monday, officials said.", pack, { published = "2025-01-08" })[1]
    assert.equal("Brigade du Café", r.perpetrator)
    assert.equal("Mopété", r.place)
    local problems = rules.check(dir .. "/latin.lua")
    assert.equal(1, #problems)
    assert.same({ dir .. "/latin.lua", 2, "warning",
      "the file is not UTF-8: read as Windows-1252 (save it as UTF-8)" },
      { problems[1].file, problems[1].line, problems[1].severity, problems[1].message })
  end)
end)

describe("a JSON line written in Windows-1252", function()
  it("gives a headline decoded as its story is", function()
    local dir = u.tmpdir()
    u.write(dir .. "/feed.jsonl", '{"id":"a","text":"Gunmen killed three people in Mop\233ti '
      .. 'on Monday, the governor\146s office said.","date":"2025-01-06",'
      .. '"title":"Attaque \224 Mopti","source":"R\233seau Sahel"}\n')
    local it = assert(article.read_jsonl(dir .. "/feed.jsonl"))
    local art = assert(it())
    assert.equal("Gunmen killed three people in Mopéti on Monday, the governor’s office said.",
      art.text)
    assert.equal("Attaque à Mopti", art.title)
    assert.equal("Réseau Sahel", art.source)
    -- a headline in UTF-8 stays as it is, and a stray bad byte in one is U+FFFD
    assert.equal("Attaque à Mopti", article.from_text("x", { title = "Attaque à Mopti" }).title)
    assert.equal("Attaque \u{FFFD} Mopti — suite",
      article.from_text("x", { title = "Attaque \224 Mopti — suite" }).title)
    u.rm(dir)
  end)
end)

describe("a dump over the size limit", function()
  it("says how to give its articles instead", function()
    local saved = article.max_bytes
    article.max_bytes = 1024
    local dir = u.tmpdir()
    u.write(dir .. "/dump.txt", ("Gunmen killed three guards in Kano on Monday. "):rep(100))
    local art, err = article.read_file(dir .. "/dump.txt")
    article.max_bytes = saved
    u.rm(dir)
    assert.is_nil(art)
    assert.equal(dir .. "/dump.txt: too large for an article (0.0 MB; the limit is 0.0 MB; a "
      .. "file of many articles is read as JSON lines, one article a line, or as a folder of "
      .. "files)", err)
  end)
end)
