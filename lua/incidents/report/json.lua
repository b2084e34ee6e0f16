--- JSON export: an array of incidents, each with its source reports.
--
-- Each incident has the report fields of DESIGN.md (`date`, `date_lo`,
-- `date_hi`, `place`, `country`, `perpetrator`, `attack_type`, `status`,
-- `killed_lo`, ...), the chosen figures (`killed_best`, `wounded_best`), the
-- figures each source gave, and `reports`: every source report with its
-- `article_id`, file or URL, title, figures, quotes and `evidence` (each
-- field's span: `start`, `stop`, `rule`, `quote`), and its article's
-- `copies` (each file or address the same text was stored from: `title`,
-- `source`, `url`, `file`, `published`). `sources` lists every copy of
-- every article the incident was read from (`article_id`, `copy_id`,
-- `title`, `source`, `url`, `file`, `published`), `n_sources` counts them
-- and `n_articles` the distinct texts. Keys are sorted, so the
-- same database gives the same bytes. The encoder is the helpers' `h.json`
-- rather than lua-cjson's: Debian's lua-cjson 2.1.0 writes an empty array as
-- `{}` and keys in hash order (the specs read the output back with cjson).
-- @module incidents.report.json

local fields = { "id", "date", "date_lo", "date_hi", "place", "country", "country_name",
  "lat", "lon", "perpetrator", "claimed", "attack_type", "suicide", "weapon", "target",
  "target_type", "status", "killed_lo", "killed_hi", "wounded_lo", "wounded_hi",
  "killed_best", "wounded_best", "killed_best_why", "wounded_best_why", "conflicts" }
local report_fields = { "id", "article_id", "date", "date_lo", "date_hi", "place", "country",
  "perpetrator", "claimed", "attack_type", "suicide", "weapon", "target", "target_type",
  "status", "killed_lo", "killed_hi", "wounded_lo", "wounded_hi", "rule" }

-- A source or copy as written: `file` for the path, as reports have it.
local function source_of(s, with_ids)
  return { article_id = with_ids and s.article_id or nil, copy_id = with_ids and s.copy_id or nil,
    title = s.title, source = s.source, url = s.url, file = s.path, published = s.published }
end

--- Writes a JSON array of incidents with their source reports.
-- @tparam table incidents the incidents, in date order
-- @tparam table h the helper library
-- @param out the writer (`out:write`)
-- @tparam table meta the report's meta table (see docs/reports.md)
local function render(incidents, h, out, meta)
  local list = h.array()
  for _, inc in ipairs(incidents) do
    local t = {}
    for _, k in ipairs(fields) do t[k] = inc[k] end
    t.places = h.array(inc.places)
    t.why = h.array(inc.why)
    local srcs = h.array()
    local texts, ntexts = {}, 0
    for _, s in ipairs(inc.sources or {}) do
      srcs[#srcs + 1] = source_of(s, true)
      local key = s.article_id or s
      if not texts[key] then texts[key] = true; ntexts = ntexts + 1 end
    end
    t.sources, t.n_sources, t.n_articles = srcs, #srcs, inc.n_articles or ntexts
    t.figures = {}
    for _, field in ipairs({ "killed", "wounded" }) do
      local figs = h.array()
      for _, f in ipairs(inc.figures and inc.figures[field] or {}) do
        local who = h.array()
        -- a figure is credited to each copy of a text: its article once
        local seen = {}
        for _, s in ipairs(f.sources) do
          if not seen[s.article_id] then seen[s.article_id] = true; who[#who + 1] = s.article_id end
        end
        figs[#figs + 1] = { lo = f.lo, hi = f.hi, text = f.text, article_ids = who }
      end
      t.figures[field] = figs
    end
    local reps = h.array()
    for _, r in ipairs(inc.reports or {}) do
      local x = {}
      for _, k in ipairs(report_fields) do x[k] = r[k] end
      local a = r.article or {}
      x.title, x.source, x.url, x.file, x.published = a.title, a.source, a.url, a.path,
        a.published
      local copies = h.array()
      for _, c in ipairs(a.copies or {}) do copies[#copies + 1] = source_of(c, false) end
      x.copies = copies
      local quotes = h.array()
      for _, q in ipairs(r.quotes or {}) do
        quotes[#quotes + 1] = { field = q.field, text = q.text }
      end
      x.quotes = quotes
      -- the spans themselves, so a tool can mark each field's words in the
      -- article's text (1-based inclusive byte offsets, as string.sub takes)
      local ev = {}
      for field, e in pairs(r.evidence or {}) do
        if type(e) == "table" and (e.start or e[1]) then
          ev[field] = { start = e.start or e[1], stop = e.stop or e[2], rule = e.rule,
            quote = e.quote }
        end
      end
      x.evidence = ev
      reps[#reps + 1] = x
    end
    t.reports = reps
    list[#list + 1] = t
  end
  out:write(h.json(list, (not meta.compact) and "  " or nil), "\n")
end

return { extension = "json", description = "JSON array of incidents with their reports",
  render = render }
