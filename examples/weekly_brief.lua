--- A report format written the way an analyst writes one: a short brief.
--
--     incidents report --format examples/weekly_brief.lua --group "Islamic State" \
--       --since 2024-03-18 --until 2024-03-24
--
-- A format is a Lua file that returns a table with `render(incidents, h,
-- out, meta)`. It runs in the report sandbox: no files, no `os.execute`, no
-- `require`; `h` holds the helpers (escaping, tables, charts, dates,
-- numbers) and `out:write` is its only output. See docs/reports.md.

local function render(incidents, h, out, meta)
  local f = meta.filters or {}
  local who = f.group or "all groups"
  local span = (f.since or f["until"]) and (" from " .. (f.since or "the start") .. " to "
    .. (f["until"] or "now")) or ""
  out:write("BRIEF: ", who, span, "\n", ("="):rep(60), "\n\n")
  if #incidents == 0 then
    out:write("No incidents recorded.\n")
    return
  end

  -- A toll no source gave is unknown, not 0: only the figures given add up.
  local killed, wounded, sources = nil, nil, 0
  for _, inc in ipairs(incidents) do
    if inc.killed_best then killed = (killed or 0) + inc.killed_best end
    if inc.wounded_best then wounded = (wounded or 0) + inc.wounded_best end
    sources = sources + #inc.sources
  end
  local tolls = {}
  if killed then tolls[#tolls + 1] = h.number(killed) .. " killed" end
  if wounded then tolls[#tolls + 1] = h.number(wounded) .. " wounded" end
  out:write(("%d incident(s), %s, from %d source(s).\n\n"):format(#incidents,
    #tolls > 0 and ("at least " .. table.concat(tolls, " and ") .. " (best figures)")
      or "no toll given", sources))

  for _, inc in ipairs(incidents) do
    out:write("* ", h.when(inc), ", ", inc.place or inc.country_name or inc.country or "?",
      ": ", h.words(inc.attack_type), inc.suicide and " (suicide)" or "", "; ",
      inc.perpetrator or "unknown group", inc.claimed and " claimed it" or "", ".\n")
    local figs = inc.figures.killed
    if #figs > 1 then
      -- The brief says where sources disagree, and who said what.
      local parts = {}
      for _, fig in ipairs(figs) do
        local names = {}
        for _, s in ipairs(fig.sources) do names[#names + 1] = s.source or s.title or "?" end
        parts[#parts + 1] = fig.text .. " (" .. table.concat(names, ", ") .. ")"
      end
      out:write("  Tolls differ: ", table.concat(parts, "; "), ". Using ",
        h.number(inc.killed_best), ".\n")
    elseif inc.killed_best then
      out:write("  Killed: ", h.number(inc.killed_best), ".\n")
    end
  end
  out:write("\nGenerated ", meta.generated, ".\n")
end

return { extension = "txt", description = "a plain-text weekly brief of one group",
  render = render }
