--- CSV export with the Global Terrorism Database's column names.
--
-- Columns that map onto the GTD codebook keep GTD's names and coding
-- (`iday` 0 for an unknown day, `claimed` -9 for unknown, `*_txt` labels as
-- GTD prints them); ours follow. RFC 4180: CRLF line ends, fields quoted
-- only when they hold a comma, a quote or a line break.
-- @module incidents.report.csv

local attack = {
  assassination = "Assassination", armed_assault = "Armed Assault",
  bombing = "Bombing/Explosion", hijacking = "Hijacking",
  hostage_taking = "Hostage Taking (Barricade Incident)",
  kidnapping = "Hostage Taking (Kidnapping)",
  facility_attack = "Facility/Infrastructure Attack", unarmed_assault = "Unarmed Assault",
  unknown = "Unknown",
}
local target = {
  private_citizens = "Private Citizens & Property", religious = "Religious Figures/Institutions",
  government = "Government (General)", diplomatic = "Government (Diplomatic)",
  police = "Police", military = "Military", business = "Business",
  educational = "Educational Institution", journalists = "Journalists & Media",
  transportation = "Transportation", airports = "Airports & Aircraft", tourists = "Tourists",
  utilities = "Utilities", telecommunication = "Telecommunication",
  food_water = "Food or Water Supply", maritime = "Maritime", ngo = "NGO",
  violent_political_party = "Violent Political Party",
  terrorists = "Terrorists/Non-State Militia", other = "Other", unknown = "Unknown",
}
local weapon = {
  firearms = "Firearms", explosives = "Explosives", incendiary = "Incendiary",
  melee = "Melee", chemical = "Chemical", biological = "Biological",
  radiological = "Radiological", nuclear = "Nuclear", fake = "Fake Weapons",
  sabotage = "Sabotage Equipment", other = "Other", unknown = "Unknown",
  vehicle = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
}

local columns = {
  "eventid", "iyear", "imonth", "iday", "approxdate", "country_txt", "city", "latitude",
  "longitude", "attacktype1_txt", "targtype1_txt", "target1", "weaptype1_txt", "gname",
  "claimed", "nkill", "nwound", "suicide", "scite1", "scite2", "scite3",
  -- ours
  "incident_id", "date", "date_lo", "date_hi", "country", "status", "nkill_lo", "nkill_hi",
  "nwound_lo", "nwound_hi", "nkill_figures", "nsources", "conflicting_figures",
}

local function cite(s)
  if not s then return nil end
  -- an article read from stdin has the path "-", which cites nothing
  local path = s.path ~= "-" and s.path or nil
  local parts = { s.title or path or s.url or ("article " .. tostring(s.article_id)) }
  if s.source then parts[#parts + 1] = s.source end
  if s.published then parts[#parts + 1] = s.published end
  if s.url then parts[#parts + 1] = s.url end
  return table.concat(parts, ", ")
end

--- Writes one CSV record per incident (GTD column names first, then ours).
-- @tparam table incidents the incidents, in date order
-- @tparam table h the helper library
-- @param out the writer (`out:write`)
-- @tparam[opt] table meta `bom`: start with a UTF-8 byte order mark
local function render(incidents, h, out, meta)
  -- Excel reads a CSV without a byte order mark in the system's code page,
  -- so "Kouré" and curly quotes come out garbled; a mark (--bom) tells it
  -- UTF-8. Not by default: Python's csv and R would take it into the first
  -- column's name.
  if meta and meta.bom then out:write("\239\187\191") end
  out:write(h.csv_row(columns))
  for _, inc in ipairs(incidents) do
    local d = inc.date or inc.date_lo
    local y, m, day = h.ymd(d)
    if inc.date and #inc.date < 10 then day = 0 end
    if inc.date and #inc.date < 7 then m = 0 end
    if not inc.date and inc.date_lo then m, day = 0, 0 end
    local approx
    if not inc.date and inc.date_lo then
      approx = h.date(inc.date_lo) .. " - " .. h.date(inc.date_hi)
    elseif inc.date and #inc.date < 10 then
      approx = h.date(inc.date)
    end
    local claimed = inc.claimed == true and 1 or inc.claimed == false and 0 or -9
    local src = inc.sources or {}
    -- GTD's three citations: distinct ones (two copies of a file saved in
    -- two folders read the same, and would fill two of the three)
    local scite, seen = {}, {}
    for _, s in ipairs(src) do
      local c = cite(s)
      if c and c ~= "" and not seen[c] and #scite < 3 then seen[c] = true; scite[#scite + 1] = c end
    end
    local figs = {}
    for _, f in ipairs(inc.figures and inc.figures.killed or {}) do
      figs[#figs + 1] = f.text .. " (" .. #f.sources .. ")"
    end
    local eventid = y and ("%04d%02d%02d%04d"):format(y, m or 0, day or 0, (inc.id or 0) % 10000)
    out:write(h.csv_row({
      eventid, y, m, day, approx, inc.country_name or inc.country, inc.place, inc.lat, inc.lon,
      attack[inc.attack_type or "unknown"] or inc.attack_type,
      target[inc.target_type or "unknown"] or inc.target_type, inc.target,
      weapon[inc.weapon or "unknown"] or inc.weapon, inc.perpetrator or "Unknown", claimed,
      inc.killed_best, inc.wounded_best,
      inc.suicide == true and 1 or 0, scite[1], scite[2], scite[3],
      inc.id, inc.date, inc.date_lo, inc.date_hi, inc.country, inc.status,
      inc.killed_lo, inc.killed_hi, inc.wounded_lo, inc.wounded_hi,
      table.concat(figs, " / "), #src, inc.conflicts and 1 or 0,
    }, #columns))
  end
end

return { extension = "csv", description = "CSV with GTD column names (RFC 4180)",
  render = render }
