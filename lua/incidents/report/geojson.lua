--- GeoJSON export: one point per incident that has coordinates.
--
-- A FeatureCollection (RFC 7946, longitude first) whose properties are the
-- incident's fields (the same on every feature, null when unknown) and its
-- sources' titles; incidents without coordinates
-- are left out and counted in the collection's `skipped` member.
-- @module incidents.report.geojson

local props = { "id", "date", "date_lo", "date_hi", "place", "country", "country_name",
  "perpetrator", "claimed", "attack_type", "suicide", "target", "status",
  "killed_lo", "killed_hi", "killed_best", "wounded_best" }

--- Writes a FeatureCollection with one point per incident that has
-- coordinates.
-- @tparam table incidents the incidents, in date order
-- @tparam table h the helper library
-- @param out the writer (`out:write`)
-- @tparam table meta the report's meta table (see docs/reports.md)
local function render(incidents, h, out, meta)
  local features, skipped = h.array(), 0
  for _, inc in ipairs(incidents) do
    if inc.lat and inc.lon then
      -- every feature has every property (null when unknown): a GIS
      -- takes its columns from the first features it reads
      local p = {}
      for _, k in ipairs(props) do
        if inc[k] == nil then p[k] = h.null else p[k] = inc[k] end
      end
      p.title = h.title(inc)
      local titles = h.array()
      for _, s in ipairs(inc.sources or {}) do
        titles[#titles + 1] = s.title or s.url or s.path or ("article " .. tostring(s.article_id))
      end
      p.sources = titles
      p.nsources = #titles
      features[#features + 1] = { type = "Feature", properties = p,
        geometry = { type = "Point", coordinates = h.array({ inc.lon, inc.lat }) } }
    else
      skipped = skipped + 1
    end
  end
  out:write(h.json({ type = "FeatureCollection", features = features, skipped = skipped },
    (not meta.compact) and "  " or nil), "\n")
end

return { extension = "geojson", description = "GeoJSON points (RFC 7946) for a GIS",
  render = render }
