--- HTML report: one self-contained page (inline CSS, SVG and script; no
-- network at all) with a timeline chart, killed by country, incidents by
-- group, a sortable table and each incident's sources and evidence.
-- @module incidents.report.html

local css = [[
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;
background:#fff;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;
border-bottom:2px solid #b33;padding-bottom:2px}
.meta{color:#666;margin-bottom:16px}
.charts{display:flex;flex-wrap:wrap;gap:16px}
.card{border:1px solid #ddd;border-radius:6px;padding:8px;background:#fafafa}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f1f1f1;cursor:pointer;user-select:none;position:sticky;top:0}
th:after{content:" \2195";color:#aaa}
td.num,th.num{text-align:right}
tr:hover td{background:#fff6e0}
details{margin:6px 0;border:1px solid #e3e3e3;border-radius:4px;padding:4px 8px}
summary{cursor:pointer;font-weight:600}
blockquote{margin:6px 0 6px 12px;padding-left:8px;border-left:3px solid #ccc;color:#444}
.conflict{color:#b33;font-weight:600}
]]

-- Sorts a table by the clicked column: numbers numerically, text as text.
local script = [[
document.querySelectorAll("table.sortable th").forEach(function(th, col){
  th.addEventListener("click", function(){
    var tb = th.closest("table").tBodies[0], rows = Array.from(tb.rows);
    var dir = th.dataset.dir === "asc" ? -1 : 1; th.dataset.dir = dir > 0 ? "asc" : "desc";
    rows.sort(function(a, b){
      var x = a.cells[col].dataset.v || a.cells[col].textContent,
          y = b.cells[col].dataset.v || b.cells[col].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      if (!isNaN(nx) && !isNaN(ny)) return (nx - ny) * dir;
      return x.localeCompare(y) * dir;
    });
    rows.forEach(function(r){ tb.appendChild(r); });
  });
});
]]

--- Writes one self-contained HTML page: charts, a sortable table, sources
-- and evidence.
-- @tparam table incidents the incidents, in date order
-- @tparam table h the helper library
-- @param out the writer (`out:write`)
-- @tparam table meta `title`, `generated`
local function render(incidents, h, out, meta)
  local e = h.html
  out:write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    "<title>", e(meta.title or "Incidents"), "</title><style>", css, "</style></head><body>\n")
  out:write("<h1>", e(meta.title or "Incidents"), "</h1>\n")
  local killed, nsrc, seen = 0, 0, {}
  for _, inc in ipairs(incidents) do
    killed = killed + (inc.killed_best or 0)
    for _, s in ipairs(inc.sources or {}) do
      -- each copy of a text (one story on three sites) is a source article
      local k = tostring(s.article_id or s.title) .. "/" .. tostring(s.copy_id)
      if not seen[k] then seen[k] = true; nsrc = nsrc + 1 end
    end
  end
  out:write(("<p class=\"meta\">%d incidents, %s killed (best figures), %d source articles. "
    .. "Generated %s.</p>\n"):format(#incidents, h.number(killed), nsrc, e(meta.generated)))
  -- a reader of a filtered report must not take it for every incident
  local filters = h.filters(meta.filters)
  if filters then out:write("<p class=\"meta\">Filters: ", e(filters), ".</p>\n") end

  out:write("<h2>Timeline</h2>\n<div class=\"card\">")
  local points = {}
  for _, inc in ipairs(incidents) do
    local d = inc.date_lo or inc.date
    if d then
      points[#points + 1] = { date = d, value = inc.killed_best or 0,
        label = inc.place or inc.country_name or inc.country or "" }
    end
  end
  out:write(h.svg.timeline(points, { width = 1040, height = 240,
    title = "Incidents over time (circle area: killed)" }), "</div>\n")

  out:write("<div class=\"charts\">")
  local by_country = {}
  for _, g in ipairs(h.group_by(incidents, function(inc)
      return inc.country_name or inc.country end)) do
    by_country[#by_country + 1] = { label = g.key, value = g.killed,
      text = g.killed_known == 0 and "no figure" or nil }
  end
  table.sort(by_country, function(a, b)
    if a.value ~= b.value then return a.value > b.value end
    return a.label < b.label
  end)
  out:write("<div class=\"card\">", h.svg.bars(by_country, { width = 510,
    title = "Killed by country" }), "</div>")
  local by_group = {}
  for _, g in ipairs(h.group_by(incidents, "perpetrator")) do
    by_group[#by_group + 1] = { label = g.key, value = g.count }
  end
  out:write("<div class=\"card\">", h.svg.bars(by_group, { width = 510, color = "#357",
    title = "Incidents by group" }), "</div></div>\n")

  out:write("<h2>Incidents</h2>\n")
  local rows = {}
  -- an incident merged without a database (merge.merge) has no id: its place
  -- in the list stands in, so each row links to its own evidence
  for i, inc in ipairs(incidents) do
    local figs = {}
    for _, f in ipairs(inc.figures and inc.figures.killed or {}) do figs[#figs + 1] = f.text end
    rows[#rows + 1] = {
      ("<a href=\"#i%d\">%d</a>"):format(inc.id or i, inc.id or i),
      ("<span data-v=\"%s\">%s</span>"):format(e(inc.date_lo or ""), e(h.when(inc))),
      e(inc.place or ""), e(inc.country_name or inc.country or ""),
      e(inc.perpetrator or "unknown"), e(h.words(inc.attack_type)),
      e(inc.killed_best and h.number(inc.killed_best) or ""),
      (#figs > 1 and "<span class=\"conflict\">" or "<span>") .. e(table.concat(figs, " / "))
        .. "</span>",
      e(inc.wounded_best and h.number(inc.wounded_best) or ""), #(inc.sources or {}),
    }
  end
  out:write(h.table({ "ID", "Date", "Place", "Country", "Group", "Type", "Killed",
    "Figures by source", "Wounded", "Sources" }, rows, "html", { raw = true,
    class = "sortable", align = { "right", nil, nil, nil, nil, nil, "right", nil, "right",
      "right" } }))

  out:write("<h2>Sources and evidence</h2>\n")
  for i, inc in ipairs(incidents) do
    -- Incidents whose sources disagree open by themselves: they need a look.
    out:write(("<details id=\"i%d\"%s><summary>#%d %s%s</summary>\n"):format(inc.id or i,
      inc.conflicts and " open" or "", inc.id or i, e(h.title(inc)),
      inc.conflicts and " &mdash; <span class=\"conflict\">sources disagree</span>" or ""))
    if inc.killed_best_why then
      out:write("<p>Killed: ", e(h.number(inc.killed_best)), " (", e(inc.killed_best_why),
        ")</p>\n")
    end
    out:write("<ul>")
    local copies = h.copies(inc)
    for _, s in ipairs(inc.sources or {}) do
      local name = e(s.title or s.path or s.url or ("article " .. tostring(s.article_id)))
      -- only a web address is a link (an article's `javascript:` URL is not)
      if h.link(s.url) then name = ("<a href=\"%s\">%s</a>"):format(e(s.url), name)
      elseif s.url and (s.title or s.path) then name = name .. " (" .. e(s.url) .. ")" end
      -- a wire story on several sites: the same words, not independent sources
      local n = copies(s)
      out:write("<li>", name, s.source and (" &middot; " .. e(s.source)) or "",
        s.published and (" &middot; " .. e(s.published)) or "",
        n > 1 and (" &middot; one of %d copies of the same text"):format(n) or "", "</li>")
    end
    out:write("</ul>\n")
    if #(inc.reports or {}) > 1 and inc.why then
      out:write("<p>Why one incident:</p><ul>")
      for _, line in ipairs(inc.why) do out:write("<li>", e(line), "</li>") end
      out:write("</ul>\n")
    end
    for _, r in ipairs(inc.reports or {}) do
      for _, q in ipairs(r.quotes or {}) do
        out:write("<blockquote>", e(q.text), " <small>&mdash; ",
          e(r.article and r.article.title or ""), "</small></blockquote>\n")
      end
    end
    out:write("</details>\n")
  end
  out:write("<script>", script, "</script>\n</body></html>\n")
end

return { extension = "html", description = "self-contained HTML page with SVG charts",
  render = render }
