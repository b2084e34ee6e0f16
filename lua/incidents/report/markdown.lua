--- Markdown report: timeline, counts by group and country, conflicting
-- figures with their sources, and each incident's evidence quotes.
--
-- A format script (see `incidents.report` and docs/reports.md): it runs in
-- the report sandbox and writes only through `out`.
-- @module incidents.report.markdown

local h -- the helper library, given to render

local best_rules = {
  min = "the most conservative credible figure (ACLED)",
  max = "the highest figure any source gave",
  median = "the median of the sources' figures",
  latest = "the figure of the latest source",
}

local function killed(inc)
  if inc.killed_best == nil then return "" end
  local s = h.number(inc.killed_best)
  if inc.killed_lo and inc.killed_hi and inc.killed_lo ~= inc.killed_hi then
    s = s .. " (" .. h.number(inc.killed_lo) .. "-" .. h.number(inc.killed_hi) .. ")"
  elseif inc.killed_lo and not inc.killed_hi then
    -- the highest source left the range open ("at least 151"): the
    -- sources still disagree, and the table must say so as it does for a
    -- closed range ("115 (115-151+)")
    local top = inc.killed_lo
    for _, f in ipairs(inc.figures and inc.figures.killed or {}) do
      local v = f.hi or f.lo
      if v and v > top then top = v end
    end
    if top > inc.killed_lo then
      s = s .. " (" .. h.number(inc.killed_lo) .. "-" .. h.number(top) .. "+)"
    end
  end
  return s
end

local function where(inc)
  local p = inc.place or ""
  local c = inc.country_name or inc.country
  if c and p ~= "" then return p .. ", " .. c end
  return p ~= "" and p or (c or "")
end

local function figures(inc, field)
  local t = {}
  for _, f in ipairs(inc.figures and inc.figures[field] or {}) do t[#t + 1] = f.text end
  return table.concat(t, " / ")
end

local function source_name(s)
  local name = s.title or s.path or s.url or ("article " .. tostring(s.article_id))
  if s.source then name = name .. " (" .. s.source .. ")" end
  return name
end

--- Writes the Markdown report: timeline, groups, countries, conflicting
-- figures, then each incident with its sources and evidence.
-- @tparam table incidents the incidents, in date order
-- @tparam table helpers the helper library
-- @param out the writer (`out:write`)
-- @tparam table meta `title`, `generated`, `best`
local function render(incidents, helpers, out, meta)
  h = helpers
  out:write("# ", h.md(meta.title or "Incidents"), "\n\n")
  -- every copy a source (the same story saved from three sites is three
  -- articles to the analyst), and the texts among them said when fewer
  local nsrc, ntext = {}, {}
  for _, inc in ipairs(incidents) do
    for _, s in ipairs(inc.sources or {}) do
      local text = s.article_id or s.title or ""
      nsrc[s.copy_id and (text .. "/" .. s.copy_id) or text] = true
      ntext[text] = true
    end
  end
  local count, texts = 0, 0
  for _ in pairs(nsrc) do count = count + 1 end
  for _ in pairs(ntext) do texts = texts + 1 end
  out:write(("%d incident(s) from %d article(s)%s. Generated %s. Best figure: %s.\n\n")
    :format(#incidents, count, texts < count and (", %d distinct text(s)"):format(texts) or "",
      meta.generated, best_rules[meta.best or "min"] or meta.best))
  -- a reader of a filtered report must not take it for every incident
  local filters = h.filters(meta.filters)
  if filters then out:write("Filters: ", h.md(filters), ".\n\n") end
  if #incidents == 0 then
    -- empty tables under every heading say less than one line
    out:write(filters and "No incident matches these filters.\n" or "No incidents.\n")
    return
  end

  out:write("## Timeline\n\n")
  local rows = {}
  -- an incident merged without a database (merge.merge) has no id: its
  -- place in the list stands in, so the sections still point at each other
  for i, inc in ipairs(incidents) do
    rows[#rows + 1] = { inc.id or i, h.when(inc), where(inc), inc.perpetrator or "unknown",
      h.words(inc.attack_type) .. (inc.suicide and " (suicide)" or ""),
      h.words(inc.status), killed(inc),
      inc.wounded_best and h.number(inc.wounded_best) or "", #(inc.sources or {}) }
  end
  out:write(h.table({ "ID", "Date", "Place", "Group", "Type", "Status", "Killed",
    "Wounded", "Sources" }, rows, "markdown",
    { align = { "right", nil, nil, nil, nil, nil, "right", "right", "right" } }), "\n")

  for _, by in ipairs({ { "perpetrator", "group" }, { function(inc)
      return inc.country_name or inc.country end, "country" } }) do
    out:write("## Incidents by ", by[2], "\n\n")
    local grows = {}
    for _, g in ipairs(h.group_by(incidents, by[1])) do
      -- no figure at all is unknown, not 0 dead
      grows[#grows + 1] = { g.key, g.count, g.killed_known > 0 and h.number(g.killed) or "" }
    end
    out:write(h.table({ by[2]:gsub("^%l", string.upper), "Incidents", "Killed" }, grows,
      "markdown", { align = { nil, "right", "right" } }), "\n")
  end

  out:write("## Conflicting figures\n\n")
  local any = false
  for i, inc in ipairs(incidents) do
    for _, field in ipairs({ "killed", "wounded" }) do
      local figs = inc.figures and inc.figures[field] or {}
      if #figs > 1 then
        any = true
        out:write("- **#", inc.id or i, " ", h.md(h.title(inc)), "**, ", field, ": ")
        local parts = {}
        for _, f in ipairs(figs) do
          local who = {}
          for _, s in ipairs(f.sources) do who[#who + 1] = h.md(source_name(s)) end
          parts[#parts + 1] = f.text .. " (" .. table.concat(who, "; ") .. ")"
        end
        out:write(table.concat(parts, " / "), "\n")
      end
    end
  end
  if not any then out:write("No source disagrees with another.\n") end
  out:write("\n## Incidents\n\n")
  for i, inc in ipairs(incidents) do
    out:write("### #", inc.id or i, " ", h.md(h.title(inc)), "\n\n")
    local w = where(inc)
    out:write("- When: ", h.when(inc), "; where: ", w ~= "" and h.md(w) or "unknown", "\n")
    out:write("- What: ", h.words(inc.attack_type), inc.suicide and " (suicide)" or "",
      inc.target and (" on " .. h.md(inc.target)) or "", "; status: ", h.words(inc.status),
      "\n")
    out:write("- Who: ", h.md(inc.perpetrator or "unknown"),
      inc.claimed == true and " (claimed)" or inc.claimed == false and " (no claim)" or "", "\n")
    if inc.killed_best then
      out:write("- Killed: ", h.number(inc.killed_best), " (", h.md(inc.killed_best_why or ""),
        "; sources say ", figures(inc, "killed"), ")\n")
    end
    if inc.wounded_best then
      out:write("- Wounded: ", h.number(inc.wounded_best), " (sources say ",
        figures(inc, "wounded"), ")\n")
    end
    out:write("- Sources:\n")
    local copies = h.copies(inc)
    for _, s in ipairs(inc.sources or {}) do
      local link = ""
      -- an autolink only for a web address; any other URL is shown as text
      if h.link(s.url) then link = " <" .. s.url .. ">"
      elseif s.url then link = " `" .. s.url:gsub("[`\r\n]", "'") .. "`"
      elseif s.path then link = " `" .. s.path:gsub("`", "'") .. "`" end
      -- a wire story on several sites: the same words, not independent sources
      local n = copies(s)
      out:write("  - ", h.md(source_name(s)), s.published and (", " .. s.published) or "",
        link, n > 1 and (" (one of %d copies of the same text)"):format(n) or "", "\n")
    end
    if #(inc.reports or {}) > 1 and inc.why then
      out:write("- Why one incident:\n")
      for _, line in ipairs(inc.why) do out:write("  - ", h.md(line), "\n") end
    end
    local quotes = false
    for _, r in ipairs(inc.reports or {}) do
      for _, q in ipairs(r.quotes or {}) do
        if not quotes then out:write("\nEvidence:\n\n"); quotes = true end
        out:write("> ", h.md(q.text), "\n>\n> — *", h.md(r.article and r.article.title
          or ("article " .. tostring(r.article_id))), "* (", q.fields or q.field or "", ")\n\n")
      end
    end
    out:write("\n")
  end
end

return { extension = "md", description = "Markdown brief: timeline, counts, conflicts, evidence",
  render = render }
