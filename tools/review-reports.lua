--- Print every report the default pack finds in a JSON-lines corpus, for reading.
--
--     lua5.4 tools/review-reports.lua FILE.jsonl [LIMIT]
--
-- Reads records with `id`, `date`, `title` and `text` fields (as
-- tools/extract-jsonl.lua does) and prints, for each article with at least one
-- report, a header line with its record number, publication date and title,
-- then one line of fields per report and the sentence holding the report's
-- trigger, so a person can judge each one by eye. The last line counts reports
-- and articles: `reports N articles M (of K read)`. Used by `make review-reuters`
-- (mk/review.mk) to keep the precision review over real news repeatable.
-- @script review-reports

local cjson = require "cjson"
local core = require "incidents.core"
local article = require "incidents.article"
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local path, limit = arg[1], tonumber(arg[2])
if not path then
  io.stderr:write("usage: review-reports.lua FILE.jsonl [LIMIT]\n")
  os.exit(2)
end

-- A missing field prints as "-" so that columns stay easy to scan.
local function show(v)
  if v == nil or v == cjson.null then return "-" end
  return tostring(v)
end

-- The sentence of `text` (cut at the bounds `b` of core.sentences) that
-- holds byte `pos`, on one line.
local function sentence_at(text, b, pos)
  for i = 1, #b, 2 do
    if b[i] <= pos and pos <= b[i + 1] then
      return (text:sub(b[i], b[i + 1]):gsub("%s+", " "))
    end
  end
  return ""
end

-- One line of the fields a reviewer judges an incident by.
local function fields(r)
  return string.format("%s %s/%s perp=%s type=%s st=%s k=%s-%s w=%s-%s rule=%s",
    show(r.date), show(r.place), show(r.country), show(r.perpetrator),
    show(r.attack_type), show(r.status), show(r.killed_lo), show(r.killed_hi),
    show(r.wounded_lo), show(r.wounded_hi), show(r.rule))
end

local pack = assert(rules.load("default"))
local it = assert(article.read_jsonl(path,
  { id_field = "id", date_field = "date", title_field = "title" }))
local n, nreports, narticles = 0, 0, 0
for art in it do
  n = n + 1
  if art then
    local reports = extract.article(art, pack)
    if #reports > 0 then
      narticles = narticles + 1
      io.write(string.format("=== #%d %s | %s\n", n, show(art.published),
        show(art.title)))
      local bounds = core.sentences(art.text)
      for _, r in ipairs(reports) do
        nreports = nreports + 1
        local ev = r.evidence and r.evidence.trigger
        io.write("  -> ", fields(r), "\n")
        if ev then
          io.write('     "', sentence_at(art.text, bounds, ev.start), '"\n')
        end
      end
    end
  end
  if limit and n >= limit then break end
end
io.write(string.format("reports %d articles %d (of %d read)\n", nreports, narticles, n))
