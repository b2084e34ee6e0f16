-- Specs for incidents.article: headers, datelines, inferred dates, JSON
-- lines, boilerplate, ill-formed UTF-8 and file errors. Fixtures are short
-- texts written for these specs (spec/fixtures/articles).
local article = require "incidents.article"
local helper = require "spec.helper"

local dir = helper.fixtures .. "/articles/"

local function span_texts(art)
  local out = {}
  for _, sp in ipairs(article.extraction_spans(art)) do
    out[#out + 1] = art.text:sub(sp[1], sp[2])
  end
  return out
end

describe("article.read_file", function()
  it("reads header lines and starts the body after the blank line", function()
    local art = assert(article.read_file(dir .. "header.txt"))
    assert.equal("Gunmen storm a wedding hall", art.title)
    assert.equal("Example Wire", art.source)
    assert.equal("https://example.org/a/1", art.url)
    assert.equal("2024-03-23", art.published) -- the day of an ISO datetime
    assert.is_false(art.published_inferred)
    assert.equal(art.text:find("Gunmen stormed", 1, true), art.body_start)
    assert.equal(dir .. "header.txt", art.path)
    assert.is_false(art.cleaned)
    assert.matches("^%x+$", art.hash)
  end)
  it("keeps the whole text, headers included", function()
    local f = assert(io.open(dir .. "header.txt", "rb"))
    local raw = f:read("a")
    f:close()
    local art = article.read_file(dir .. "header.txt")
    assert.equal(raw, art.text)
  end)
  it("takes the date of a wire dateline, its year from a reference date", function()
    local art = assert(article.read_file(dir .. "reuters_dateline.txt",
      { ref_date = "2021-09-02" }))
    assert.equal("2021-08-26", art.published)
    assert.is_false(art.published_inferred)
    assert.equal(1, art.body_start)
    -- without one, the year the text mentions is not taken for its own
    art = assert(article.read_file(dir .. "reuters_dateline.txt"))
    assert.is_nil(art.published)
  end)
  it("infers the date from the latest full date and says so", function()
    local art = assert(article.read_file(dir .. "nodate.txt"))
    assert.equal("2019-06-14", art.published)
    assert.is_true(art.published_inferred)
  end)
  it("takes the day that starts the file's name when the text gives none", function()
    local text = "Gunmen killed four guards at a border post on Sunday, officials said.\n"
    local tmp = os.tmpname()
    os.remove(tmp)
    assert(os.execute("mkdir -p " .. tmp))
    local function read(name, body)
      local path = tmp .. "/" .. name
      local f = assert(io.open(path, "w")); f:write(body or text); f:close()
      return assert(article.read_file(path))
    end
    local art = read("2024-05-07_border.txt")
    assert.equal("2024-05-07", art.published)
    assert.is_false(art.published_inferred)
    assert.equal("2024-05-08", read("20240508-border.txt").published)
    -- not a day, not at the start, or a Date: line to say otherwise
    assert.is_nil(read("2024-13-07_border.txt").published)
    assert.is_nil(read("border_2024-05-07.txt").published)
    assert.is_nil(read("2024050799.txt").published)
    assert.equal("2023-11-02",
      read("2024-05-07_dated.txt", "Date: 2023-11-02\n\n" .. text).published)
    -- the day anchors "on Sunday" for extraction
    local extract = require "incidents.extract"
    local pack = assert(require("incidents.rules").load("default"))
    local reps = extract.article(read("2024-05-07_border.txt"), pack)
    assert.equal(1, #reps)
    assert.equal("2024-05-05", reps[1].date)
    os.execute("rm -rf " .. tmp)
  end)
  it("decodes a Latin-1 file and marks the article cleaned", function()
    local art = assert(article.read_file(dir .. "latin1.txt"))
    assert.is_true(art.cleaned)
    assert.equal("windows-1252", art.encoding)
    assert.is_not_nil(utf8.len(art.text))
    assert.truthy(art.text:find("Caf\195\169 Central", 1, true))
  end)
  it("fails on an empty file, a directory and a missing file, naming the path", function()
    local art, msg = article.read_file(dir .. "empty.txt")
    assert.is_nil(art)
    assert.equal(dir .. "empty.txt: empty file", msg)
    art, msg = article.read_file(helper.fixtures)
    assert.is_nil(art)
    assert.equal(helper.fixtures .. ": Is a directory", msg)
    art, msg = article.read_file(dir .. "missing.txt")
    assert.is_nil(art)
    assert.equal(dir .. "missing.txt: No such file or directory", msg)
  end)
  it("raises on a non-string path", function()
    assert.has_error(function() article.read_file(7) end,
      "bad argument #1 to 'read_file' (string expected, got number)")
  end)
end)

describe("article.from_text", function()
  it("leaves lines that are not all known headers in the body", function()
    local art = article.from_text("Note: this matters\n\nGunmen attacked a post.")
    assert.equal(1, art.body_start)
    assert.is_nil(art.title)
  end)
  it("prefers the date given by the caller", function()
    local art = article.from_text("13 April 2024\n\nText.", { published = "2024-05-01T09:00:00" })
    assert.equal("2024-05-01", art.published)
    assert.is_false(art.published_inferred)
  end)
  it("reads a written Date: header", function()
    local art = article.from_text("Date: Thursday, March 21, 2024\n\nA blast hit a market.")
    assert.equal("2024-03-21", art.published)
  end)
  it("infers nothing when the text names a later year than its full dates", function()
    local art = article.from_text("The attacks of September 11, 2001 shaped policy. " ..
      "In August 2021 the last troops left.")
    assert.is_nil(art.published)
    assert.is_false(art.published_inferred)
  end)
  it("hashes the same text the same way and another text differently", function()
    local a = article.from_text("A bomb went off.")
    local b = article.from_text("A bomb went off.")
    local c = article.from_text("A bomb went off!")
    assert.equal(a.hash, b.hash)
    assert.not_equal(a.hash, c.hash)
  end)
end)

describe("Lua fallbacks", function()
  it("cleans ill-formed UTF-8 and keeps good text as is", function()
    local s, changed = article._lua_utf8_clean("ok \226\128\148 fine")
    assert.equal("ok \226\128\148 fine", s)
    assert.is_false(changed)
    s, changed = article._lua_utf8_clean("a\255b\0c")
    assert.equal("a\239\191\189bc", s)
    assert.is_true(changed)
    -- one replacement per maximal ill-formed subpart, as the C core does
    local r = "\239\191\189"
    assert.equal(r .. r, article._lua_utf8_clean("\128\128"))
    assert.equal(r .. "x", article._lua_utf8_clean("\226\128x"))
    assert.equal(r .. r .. r, article._lua_utf8_clean("\237\160\128"))
    assert.equal(r .. r .. r .. r, article._lua_utf8_clean("\240\128\128\128"))
  end)
  it("hashes to sixteen hex digits, differently for near texts", function()
    local h = article._lua_hash("abcdefgh12345")
    assert.matches("^%x%x%x%x%x%x%x%x%x%x%x%x%x%x%x%x$", h)
    assert.equal(h, article._lua_hash("abcdefgh12345"))
    assert.not_equal(h, article._lua_hash("abcdefgh12346"))
    assert.not_equal(article._lua_hash(""), article._lua_hash("\0"))
  end)
end)

describe("article.read_jsonl", function()
  it("yields articles and a message with file:line for each bad line", function()
    local path = dir .. "mixed.jsonl"
    local got = {}
    for art, msg in assert(article.read_jsonl(path)) do
      got[#got + 1] = art and ("id=" .. tostring(art.id) .. " " .. tostring(art.published))
        or msg
    end
    assert.equal(5, #got)
    assert.equal("id=a1 2024-03-23", got[1])
    assert.matches("^" .. path:gsub("%p", "%%%0") .. ":2: invalid JSON", got[2])
    assert.equal("id=3 2024-03-20", got[3])
    assert.equal(path .. ":5: no text in field 'text'", got[4])
    assert.equal(path .. ":6: no text in field 'text'", got[5])
  end)
  it("reads the fields it is told to", function()
    local ids = {}
    for art in article.read_jsonl(dir .. "mixed.jsonl",
      { text_field = "content", date_field = "when" }) do
      if art then ids[#ids + 1] = art.id .. "@" .. art.published end
    end
    assert.same({ "a5@2024-01-02" }, ids)
  end)
  it("keeps the title field and leaves header-like text alone", function()
    local it = article.read_jsonl(dir .. "mixed.jsonl")
    local art = it()
    assert.equal("First", art.title)
    assert.equal(1, art.line)
    assert.equal(1, art.body_start)
  end)
  it("reads from an open handle", function()
    local f = assert(io.open(dir .. "mixed.jsonl", "rb"))
    local n = 0
    for art in article.read_jsonl(f, { name = "stdin" }) do if art then n = n + 1 end end
    f:close()
    assert.equal(2, n)
  end)
  it("fails on a missing file", function()
    local it, msg = article.read_jsonl(dir .. "nope.jsonl")
    assert.is_nil(it)
    assert.equal(dir .. "nope.jsonl: No such file or directory", msg)
  end)
end)

describe("article.extraction_spans", function()
  it("drops boilerplate lines and keeps offsets into the stored text", function()
    local art = assert(article.read_file(dir .. "boilerplate.txt"))
    assert.equal("2024-03-21", art.published)
    local texts = span_texts(art)
    local joined = table.concat(texts, "|")
    assert.falsy(joined:find("Click here", 1, true))
    assert.falsy(joined:find("[ad_1]", 1, true))
    assert.falsy(joined:find("Source link", 1, true))
    assert.falsy(joined:find("Share this", 1, true))
    assert.falsy(joined:find("Read more", 1, true))
    assert.falsy(joined:find("Advertisement", 1, true))
    assert.falsy(joined:find("No comments", 1, true))
    assert.same({
      "- The Daily Example - Thursday, March 21, 2024",
      "Militants attacked a checkpoint on Tuesday.",
      "Two soldiers died in the attack.",
      "Officials blamed the group.",
    }, texts)
    -- the stored text still has the boilerplate
    assert.truthy(art.text:find("[ad_1]", 1, true))
  end)
  it("starts after the header block", function()
    local art = assert(article.read_file(dir .. "header.txt"))
    local spans = article.extraction_spans(art)
    assert.equal(art.body_start, spans[1][1])
    assert.equal("Gunmen stormed a wedding hall on Friday, police said.\n" ..
      "At least nine guests were killed.", art.text:sub(spans[1][1], spans[1][2]))
  end)
  it("knows boilerplate from news", function()
    assert.is_true(article.is_boilerplate("  Source link "))
    assert.is_true(article.is_boilerplate("Sign up for our newsletter"))
    assert.is_true(article.is_boilerplate("Expand"))
    assert.is_false(article.is_boilerplate("Police said the source of the blast was a car."))
    assert.is_false(article.is_boilerplate(""))
  end)
  it("knows 'This article was ...' lines (an alternation Lua patterns lack)", function()
    assert.is_true(article.is_boilerplate("This article was first published by our partners."))
    assert.is_true(article.is_boilerplate("THIS ARTICLE FIRST APPEARED IN PRINT"))
    assert.is_false(article.is_boilerplate("This article is about the siege of the hotel."))
  end)
  it("agrees with trying every pattern on every lowered line", function()
    -- the reference: the plain reading of article.boilerplate
    local function naive(line)
      local l = line:match("^%s*(.-)%s*$"):lower()
      if l == "" then return false end
      for _, p in ipairs(article.boilerplate) do
        if l:find(p) then return true end
      end
      return false
    end
    local pieces = { "Source link", "source LINK", "[ad_1]", "[AD_12]", "[Photo credit]",
      "Click here", "please CLICK HERE now", "click  here", "Share this", "share", "SHARE ON X",
      "Advertisement", "Advertisement - story continues", "advertisements", "Read more:",
      "READ MORE", "Related: an earlier raid", "Copyright 2024", "\194\169 2024 Wire",
      "Tags: Kabul", "Loading...", "Loading..", "Posted in World", "Posted by", "Print",
      "Printed matter", "Sign up for alerts", "signup", "Watch: the scene", "Skip to content",
      "A version of this story appeared", "Gunmen stormed a checkpoint.", "THE ARMY SAID",
      "Expand", "Expanded coverage", "No comments:", "newsletter", "Email", "emails",
      "Follow us", "Filed under", "also read", "all rights reserved", "", "   ", "\t" }
    local seed = 7
    local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n + 1 end
    local lines = {}
    for i = 1, 400 do
      local pad = ({ "", " ", "  ", "\t" })[rnd(4)]
      local tail = ({ "", " ", "\r", " \t" })[rnd(4)]
      lines[i] = pad .. pieces[rnd(#pieces)] .. tail
    end
    local positives = 0
    for _, line in ipairs(lines) do
      assert.equal(naive(line), article.is_boilerplate(line), line)
      if naive(line) then positives = positives + 1 end
    end
    assert.is_true(positives > 100)
    -- and the spans of a whole text are the runs of the lines kept
    local text = table.concat(lines, "\n")
    local art = article.from_text(text, { headers = false })
    local want, first, last = {}, nil, nil
    local pos = 1
    for _, line in ipairs(lines) do
      if naive(line) then
        if first then want[#want + 1] = text:sub(first, last); first = nil end
      else
        local a, b = line:match("^%s*()"), line:match("()%s*$")
        if a < b then
          first = first or pos + a - 1
          last = pos + b - 2
        end
      end
      pos = pos + #line + 1
    end
    if first then want[#want + 1] = text:sub(first, last) end
    assert.same(want, span_texts(art))
  end)
  it("takes analysts' added patterns into account", function()
    local line = "Sponsored content from our partners"
    assert.is_false(article.is_boilerplate(line))
    table.insert(article.boilerplate, "^sponsored content")
    local ok = article.is_boilerplate(line)
    table.remove(article.boilerplate)
    assert.is_true(ok)
    assert.is_false(article.is_boilerplate(line))
  end)
end)
