--- Places and countries: which names are places, and which place they are.
--
-- Plain spellings of the gazetteer's accented names, names that are a
-- person's or stand for a government, homonyms settled by the countries
-- the text names, the country an article names most, capitalised names
-- after a locative that no list knows, and the place of the dateline.
-- @module incidents.extract.places

local type, ipairs, setmetatable =
  type, ipairs, setmetatable
local utf8 = utf8
local sub, lower, upper, find, byte, match, gmatch, gsub =
  string.sub, string.lower, string.upper, string.find, string.byte, string.match, string.gmatch,
  string.gsub

local core = require "incidents.core"
local rules = require "incidents.rules"
local vocab = require "incidents.extract.vocab"
local tokens = require "incidents.extract.tokens"
local ADVERB = vocab.ADVERB
local COMPASS = vocab.COMPASS
local DISTRICT = vocab.DISTRICT
local GEO_WORD = vocab.GEO_WORD
local GOV_VERB = vocab.GOV_VERB
local LOCATIVE = vocab.LOCATIVE
local SETTLEMENT = vocab.SETTLEMENT
local TITLE = vocab.TITLE
local W = vocab.W
local ev = tokens.ev
local gap = tokens.gap
local word_after = tokens.word_after
local word_before = tokens.word_before

local M = {}

-- Latin letters with diacritics and their plain spellings: news writes
-- "Herat" where the gazetteer says "Herāt".
local DEACCENT = {}
do
  local accented = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊ"
    .. "ċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤ"
    .. "ťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ"
  local plain = [[A A A A A A AE C E E E E I I I I D N O O O O O O U U U U Y Th ss a a a a a a ae c
    e e e e i i i i d n o o o o o o u u u u y th y A a A a A a C c C c C c C c D d D d E e E e E e
    E e E e G g G g G g G g H h H h I i I i I i I i I i IJ ij J j K k k L l L l L l L l L l N n N n
    N n n N n O o O o O o OE oe R r R r R r S s S s S s S s T t T t T t U u U u U u U u U u U u W w
    Y y Y Z z Z z Z z s]]
  local bases = {}
  for b in plain:gmatch("%S+") do bases[#bases + 1] = b end
  local i = 0
  for _, c in utf8.codes(accented) do
    i = i + 1
    DEACCENT[utf8.char(c)] = bases[i]
  end
end

local function deaccent(str)
  return (str:gsub("[\195-\197][\128-\191]", DEACCENT))
end

-- Per pack: plain spellings of the place names written with diacritics that
-- the pack does not list itself.
local PLAIN_PLACES = setmetatable({}, { __mode = "k" })

--- Returns `{ matcher = core.matcher, recs = { [id] = place } }`, or false
-- when the pack has no such names.
local function plain_places(pack)
  local pp = PLAIN_PLACES[pack]
  if pp ~= nil then return pp end
  local seen, pats, recs = {}, {}, {}
  for _, rec in ipairs(pack.places or {}) do
    local names = { rec.name }
    for _, a in ipairs(rec.aliases or {}) do
      names[#names + 1] = type(a) == "table" and a[1] or a
    end
    for _, n in ipairs(names) do
      if type(n) == "string" and find(n, "[\195-\197]") then
        local key = deaccent(n)
        local k = lower(key)
        if k ~= lower(n) and not seen[k] and not pack:place(key) then
          seen[k] = true
          pats[#pats + 1] = { key, case_sensitive = true }
          recs[#pats] = rec
        end
      end
    end
  end
  pp = false
  if #pats > 0 then
    local m = core.matcher(pats, { ignore_case = false, whole_words = true })
    if m then pp = { matcher = m, recs = recs } end
  end
  PLAIN_PLACES[pack] = pp
  return pp
end

--- "Tehran responded by ...", "Pakistan denies ...": a capital or a country
-- that is the subject of a verb stands for its government, not a location.
local function governs(low, e, se)
  local w, at = word_after(low, e, se)
  if w and ADVERB[w] then w, at = word_after(low, at, se) end
  if w and GOV_VERB[w] then return w end
  -- "said Kyiv had nothing to do with it", "Moscow was behind the blast": a
  -- denial or an attribution whose subject is a capital is its government's
  if w == "had" or w == "has" or w == "was" or w == "is" then
    local w2, at2 = word_after(low, at, se)
    if w2 == "not" or w2 == "never" then w2 = word_after(low, at2, se) end
    if (w2 == "nothing" and (w == "had" or w == "has")) or w2 == "behind"
      or w2 == "responsible" or w2 == "involved" then
      return w
    end
  end
  return nil
end

--- Is the place name at [s, e] part of a person's name? After a title
-- ("President Vladimir"), or before a capitalised word that is no
-- geographic word ("Vladimir Putin"; not "Kandahar Province").
local function person_name(text, low, s, e, ss, se, pack)
  local prev, pat = word_before(low, s, ss)
  if prev and TITLE[prev] then return true end
  -- "Villavicencio, 59, a former member of ...": a name with an age after it
  if find(text, "^, %d%d?, ", e + 1) then return true end
  -- "Presidential candidate Fernando Villavicencio ... Villavicencio was
  -- shot": the family name of a person the text named in full before
  if pack and s > 1 then
    local name = sub(text, s, e)
    if not find(name, "[^%a]") then
      -- (within the 3,000 bytes before: the cost stays linear in long texts)
      local from = s > 3000 and s - 3000 or 1
      local a = find(text, " " .. name, from, true)
      if a and a < s then
        a = find(sub(text, from, s - 1), "%u%l+ " .. name .. "%f[%A]")
      else
        a = nil
      end
      if a then
        local first = lower(match(text, "^(%u%l+)", from + a - 1) or "")
        -- ("Deputy Commissioner Bannu": an office named after its district,
        -- South Asian usage, is no person's name; nor is "New Delhi" before
        -- "the Delhi High Court" one: the longer name is a place too)
        local full = first ~= "" and sub(text, from + a - 1, from + a + #first + #name - 1)
        if not (pack.place and (pack:place(first) or (full and type(pack:place(full)) == "table")))
          and not W.NOT_PLACE[first]
          and not LOCATIVE[first] and first ~= "the" and not TITLE[first]
          and not W.POST[first] then
          return true
        end
      end
    end
  end
  if prev and (LOCATIVE[prev] or prev == "the") then return false end
  -- "Sarbakaf Mohmand": after a capitalised word that is no name of the pack,
  -- inside the sentence (a first name before a family name that is a town)
  if prev and pack and pat > ss + 1 and not find(prev, "'s$")
    and not find(prev, "\226\128\153s$") and not COMPASS[prev] then
    local c = byte(text, pat)
    if c and c >= 65 and c <= 90 and not find(sub(text, pat + #prev, s - 1), "[^%s]") then
      local word = sub(text, pat, pat + #prev - 1)
      -- "the Israeli-controlled Golan Heights", "Kurdish-held Kobani": a
      -- compound adjective, not a first name ("Jean-Pierre" keeps its capital)
      local known = find(word, "%-%l") or (pack.place and pack:place(word))
        or (pack.country and pack:country(word))
      local kind_ok = pack.by_alias and pack.by_alias.group
        and pack.by_alias.group[lower(word)]
      if not known and not kind_ok then return true end
    end
  end
  local nxt, stop = word_after(low, e, se)
  -- "St George's Church", "St Mark's Cathedral": a building named after a
  -- saint whose name is also a town's
  if nxt and find(sub(text, s, e), "'s$") then
    local c = byte(text, stop - #nxt + 1)
    if c and c >= 65 and c <= 90 then return true end
  end
  if nxt and not GEO_WORD[nxt] then
    local c = byte(text, stop - #nxt + 1)
    if c and c >= 65 and c <= 90 and not find(sub(text, e + 1, stop - #nxt), "[^%s]") then
      return true
    end
  end
  return false
end

--- Is the name at pos written in lower case where the pack writes it with a
-- capital ("metro" for the town Metro), in a text that has case at all?
local function lower_name(ctx, en, pos)
  if not ctx.cased then return false end
  local c = byte(ctx.text, pos)
  local phrase = en.phrase or ""
  -- ("the west bank of the Nile" for the alias "the West Bank": the name
  -- after a lower-case "the" is the one to look at)
  if find(phrase, "^the %u") and lower(sub(ctx.text, pos, pos + 3)) == "the " then
    c = byte(ctx.text, pos + 4)
    return c ~= nil and c >= 97 and c <= 122
  end
  if c and c >= 97 and c <= 122 then
    local first = byte(phrase, 1)
    return first ~= nil and first >= 65 and first <= 90
  end
  -- "The valley the state forgot" for the gazetteer's "The Valley": a later
  -- word of a name that opens with "The" in lower case ("Ataturk airport"
  -- is still the airport)
  if find(phrase, "^The %u") then
    local surface = sub(ctx.text, pos, pos + #phrase - 1)
    if lower(surface) == lower(phrase) then
      for a in gmatch(phrase, "() %u") do
        local ch = byte(surface, a + 1)
        if ch and ch >= 97 and ch <= 122 then return true end
      end
    end
  end
  return false
end

--- Is `phrase` (lower case) a demonym of the country of entry `en`?
local function is_demonym(en, phrase)
  local d = type(en.value) == "table" and en.value.demonyms
  if not d then return false end
  for _, x in ipairs(d) do
    if lower(x) == phrase then return true end
  end
  return false
end

--- Two places are one when they are the same record, one is the other's
-- admin city, or they lie within 60 km (a site and its city, a suburb and
-- its capital: "Crocus City Hall" and "Moscow").
local WIDE = { province = true, region = true }
-- How far from its centre a province of these countries reaches (km).
-- (Iran's provinces too: Zahedan lies 220 km from the centre of Sistan and
-- Baluchestan, which runs 700 km from north to south)
local BIG_PROVINCES = { US = 900, IR = 400 }

-- Sites an attack on which is told with "at" and the name of where they
-- stand ("a base at El Adde", "the gendarmerie detachment at Inata", "a
-- church at Maiba").
local SITE_AT = { base = true, camp = true, post = true, outpost = true, detachment = true,
  barracks = true, checkpoint = true, garrison = true, church = true, mosque = true,
  school = true, market = true, station = true, village = true, town = true, mine = true,
  site = true, hotel = true, shrine = true, temple = true, prison = true, airport = true,
  airbase = true, convoy = true, parish = true }

-- An administrative unit between a town and its province ("Komanda, in
-- Irumu territory of Ituri province").
-- Abbreviations that open a place's name ("St. Cloud", "Mt. Elgon").
local ABBREV_OPEN = { St = true, Ste = true, Mt = true, Ft = true }

local ADMIN_LINK = { territory = true, district = true, subdistrict = true, county = true,
  municipality = true, commune = true, department = true, prefecture = true }

-- Nouns after a name that make it a province or region ("Seno province").
local ADMIN_NOUN = { province = true, region = true, state = true, governorate = true,
  department = true, prefecture = true, territory = true, county = true }
local function same_place(x, y)
  if x == y or x.name == y.name or x.admin == y.name or y.admin == x.name then return true end
  if x.country and y.country and x.country ~= y.country then return false end
  if x.lat and y.lat and x.lon and y.lon then
    -- a province holds towns up to a few hundred km from its centre
    -- ("Gwoza" and "Borno")
    -- (the states of the United States span up to 1,000 km: "El Paso" lies
    -- in "Texas" 700 km from its centre)
    local reach = (WIDE[x.kind] or WIDE[y.kind]) and x.country
      and (BIG_PROVINCES[x.country] or 200) or 60
    return rules.km(x.lat, x.lon, y.lat, y.lon) <= reach
  end
  -- a town no list knows, in the country of a province told with it ("a
  -- base at El Adde in Somalia ... the camp, in the Gedo region"): nothing
  -- says it lies elsewhere
  if x.country and x.country == y.country and ((WIDE[x.kind] and not y.lat)
    or (WIDE[y.kind] and not x.lat)) then
    return true
  end
  return false
end

-- How often the article names each country: countries and nationalities,
-- and the countries of places that only one place of the gazetteer bears.
local function country_counts(ctx)
  if ctx.country_counts then return ctx.country_counts end
  local n = {}
  for _, h in ipairs(ctx.hits or {}) do
    local en = h.entry
    local code
    if en.kind == "country" and type(en.value) == "table" then
      code = en.value.code
    elseif en.kind == "place" and type(en.value) == "table" and not en.others then
      code = en.value.country
    end
    if code then n[code] = (n[code] or 0) + 1 end
  end
  ctx.country_counts = n
  return n
end

--- A name several places bear ("Palma": Mallorca's city and the town in Cabo
-- Delgado) means the one in a country the sentence names, else the one in
-- the country the article names most; the gazetteer's first (most populous)
-- when the text says nothing for another.
local function homonym_of(ctx, en, ss, se, hits)
  local rec = en.value
  if not en.others then return rec end
  local cands = { rec }
  for _, o in ipairs(en.others) do
    if o.kind == "place" and type(o.value) == "table" and o.value.country ~= rec.country then
      cands[#cands + 1] = o.value
    end
  end
  if #cands < 2 then return rec end
  for _, h in ipairs(hits) do
    if h.start > se then break end
    local hv = h.entry.value
    if h.start >= ss and h.entry.kind == "country" and type(hv) == "table" then
      for _, c in ipairs(cands) do
        if c.country == hv.code then return c end
      end
    end
  end
  local counts = country_counts(ctx)
  local best, most = rec, counts[rec.country] or 0
  for i = 2, #cands do
    local k = counts[cands[i].country] or 0
    if k > most then best, most = cands[i], k end
  end
  return best
end

--- The country an article names most often (countries and the countries of
-- its places), with the span of its first mention: the last resort for a
-- place no list knows.
local function dominant_country(ctx)
  if ctx.dominant ~= nil then return ctx.dominant or nil end
  local n, first, best = {}, {}, nil
  for _, h in ipairs(ctx.hits or {}) do
    local en, code = h.entry, nil
    if en.kind == "country" and type(en.value) == "table"
      and not is_demonym(en, lower(sub(ctx.text, h.start, h.stop)))
      and not W.ACTOR_COMPOUND[match(ctx.low, "^%-(%a+)", h.stop + 1) or ""] then
      -- a country named, not a nationality ("Chinese shops" in Kuala Lumpur)
      -- nor an actor's base ("the Pakistan-based group"); where the attackers
      -- came from or took their captives is no place of the article's events
      -- ("crossed from Congo", "taken into Congo")
      -- (nor a partner: "We stand together with Denmark"; nor the state
      -- that speaks: "Japan strongly condemns ...", "the Ministry of Foreign
      -- Affairs of Denmark")
      local before = sub(ctx.low, h.start > 5 and h.start - 5 or 1, h.start - 1)
      local issuer = W.ISSUER[match(sub(ctx.low, h.start > 30 and h.start - 30 or 1,
        h.start - 1), "(%a+) of $") or ""]
      local w1, w2 = match(ctx.low, "^ (%a+) ?(%a*)", h.stop + 1)
      if w1 and ADVERB[w1] then w1 = w2 end
      if before ~= "from " and before ~= "into " and before ~= "with " and not issuer
        and not GOV_VERB[w1 or ""] then
        code = en.value.code
      end
    elseif en.kind == "place" and type(en.value) == "table"
      and not lower_name(ctx, en, h.start)
      -- (not the start of a longer name: "San Miguel del Ene")
      and not find(ctx.text, "^ d[eoa]l?s? %u", h.stop + 1) then
      code = en.value.country
    end
    if code then
      n[code] = (n[code] or 0) + 1
      first[code] = first[code] or h
      if not best or n[code] > n[best] then best = code end
    end
  end
  ctx.dominant = best and { code = best, s = first[best].start, e = first[best].stop,
    n = n[best] } or false
  return ctx.dominant or nil
end

--- "eastern Congo" in a story that names the Democratic Republic of the
-- Congo (or the DRC): the bare name is that country, not its western
-- neighbour the gazetteer gives it to.
-- @return the hit's entry, or one for the DRC
local function bare_congo(ctx, en, h)
  if type(en.value) ~= "table" or en.value.code ~= "CG"
    or sub(ctx.low, h.start, h.stop) ~= "congo" or not ctx.pack.country then
    return en
  end
  if ctx.drc == nil then
    local low = ctx.low
    ctx.drc = (find(low, "democratic republic of the congo", 1, true)
      or find(low, "democratic republic of congo", 1, true)
      or find(ctx.text, "%f[%a]DRC%f[%A]") or find(ctx.text, "DR Congo", 1, true)) and true
      or false
  end
  local cd = ctx.drc and ctx.pack:country("CD")
  if not cd then return en end
  return { kind = "country", value = cd, phrase = en.phrase }
end

-- Is a province of the sentence's places told at `pos`?
local function province_at(m, pos)
  for _, x in ipairs(m.places) do
    if x.s == pos and type(x.rec) == "table" and x.rec.kind == "province" then return true end
  end
  return false
end

-- The place of the sentence told at `pos` (the last one filed there), or
-- with `units`, the province or region told there.
local function place_at(m, pos, units)
  local found
  for _, x in ipairs(m.places) do
    if x.s == pos and type(x.rec) == "table"
      and (not units or x.rec.kind == "province" or x.rec.kind == "region") then
      found = x
    end
  end
  return found
end

-- Directions a place is told to lie in from a town ("a village east of
-- Balad").
local DIRECTION = { north = true, south = true, east = true, west = true, northeast = true,
  northwest = true, southeast = true, southwest = true, ["north-east"] = true,
  ["north-west"] = true, ["south-east"] = true, ["south-west"] = true }

-- Verbs of entering a place, after which a name told as a settlement is one
-- ("gunmen entered Kwali, in Tafa commune").
local ENTER_VERB = { entered = true, stormed = true, invaded = true, raided = true,
  attacked = true, overran = true, struck = true, hit = true }

--- Is the capitalised name at `ps` told as a settlement right after it ("Kwali, a
-- farming community in", "Kwali, a town in", "Kwali, in Tafa commune", "Kwali,
-- in the eastern province of")?
local function told_settlement(text, ps, se)
  local e = match(text, "^%u[%a\128-\255'%-]*()", ps)
  for _ = 1, 2 do
    local e2 = e and match(text, "^ %u[%a\128-\255'%-]*()", e)
    if not e2 then break end
    e = e2
  end
  if not e or e > se then return false end
  local after = sub(text, e, e + 50)
  local n = match(after, "^, an? (%l+) in ") or match(after, "^, an? %l+ (%l+) in ")
  if n and (SETTLEMENT[n] or n == "community") then return true end
  -- ("Huwara, the town south of Nablus": told by where it lies from a town)
  local noun, dir = match(after, "^, the (%l+) (%l+) of %u")
  if noun and SETTLEMENT[noun] and DIRECTION[dir] then return true end
  local u = match(after, "^, in %u[%a'%-]* (%l+)") or match(after, "^, in the %l+ (%l+) of %u")
  return u ~= nil and (ADMIN_NOUN[u] or ADMIN_LINK[u]) == true
end

-- Does `after` (the text right after a name) tell the unit the name lies
-- in: ", in West Midnapore district", ", in the Kurkheda area of", " in
-- Dantewada district of"?
local function in_unit(after)
  for _, pat in ipairs { "^,? in the %u[%a'%-]* (%a+)", "^,? in %u[%a'%-]* (%a+)",
      "^,? in %u[%a'%-]* %u[%a'%-]* (%a+)" } do
    local u = match(after, pat)
    if u and (ADMIN_LINK[u] or u == "area") then return true end
  end
  return false
end

--- Finds the capitalised names after a locative that the gazetteer does not
-- know and adds them to `m.places` as unknown places (with the country the
-- phrase names right after them, if any: "in Tadaryat, a village in northern
-- Mali").
local function unknown_places(ctx, m, hits, dlist, ss, se)
  local text, low = ctx.text, ctx.low
  local seg = sub(text, ss, se)
  local function taken(ps, pe)
    -- a target or cue word inside a name ("Gul Imam") does not make it known
    -- (nor does a known name that ends a longer one no list knows: "Kuz
    -- Kunar district" is not the province of Kunar, unless it was kept)
    for _, h in ipairs(hits) do
      local k = h.entry.kind
      if gap(h.start, h.stop, ps, pe) == 0 and k ~= "target" and k ~= "cue" and k ~= "weapon"
        and not (h.start > ps and h.stop <= pe)
      then
        return true
      end
    end
    for _, x in ipairs(m.places) do if gap(x.s, x.e, ps, pe) == 0 then return true end end
    for _, d in ipairs(dlist) do if gap(d.start, d.stop, ps, pe) == 0 then return true end end
    return false
  end
  -- (letters past ASCII inside a name: "in Trollhättan")
  for a, prep, first in gmatch(seg, "()(%a+) (%u[%a\128-\255'%-]*)") do
    local lp = lower(prep)
    if (lp == "in" or lp == "near" or lp == "outside" or lp == "at" or lp == "around"
        -- "Residents of Kwali, a farming community in ...", "gunmen entered
        -- Kwali, in Tafa commune": after another word the name must be told
        -- as a settlement right after it
        or ((lp == "of" or lp == "through" or ENTER_VERB[lp])
          and told_settlement(text, ss + a + #prep, se))
        -- "a village east of Balad": the town a place lies near
        or (lp == "of" and DIRECTION[word_before(low, ss + a - 1, ss) or ""]))
      -- (a short first word only before another name: "at El Adde")
      and prep == lp and (#first > 2 or find(text, "^ %u%l", ss + a + #prep + #first)
        or (ABBREV_OPEN[first] and find(text, "^%. %u%l", ss + a + #prep + #first)))
      and find(first, "%l")
      and not W.NOT_PLACE[lower(first)] and not TITLE[lower(first)]
      -- "its deadliest in ...", "the worst in ...": a comparison, not a scene
      and not W.SUPERLATIVE[lower(word_before(low, ss + a - 1, ss) or "")] then
      local ps = ss + a + #prep     -- first byte of the name
      local pe = ps + #first - 1
      -- "in St. Cloud, Minnesota": an abbreviated saint or mount opens a name
      if ABBREV_OPEN[first] then
        local w = match(text, "^%. (%u[%a\128-\255'%-]*)", pe + 1)
        if w and pe + 2 + #w <= se then pe = pe + 2 + #w end
      end
      -- up to two more capitalised words ("Dar es Salaam" aside)
      for _ = 1, 2 do
        local w = match(text, "^ (%u[%a\128-\255'%-]*)", pe + 1)
        if not w or pe + 1 + #w > se or W.NOT_PLACE[lower(w)] then break end
        pe = pe + 1 + #w
      end
      local name = sub(text, ps, pe)
      local last = lower(match(name, "([%a'%-]+)$") or "")
      local after = sub(text, pe + 1, pe + 40)
      local nxt = match(after, "^ (%a+)")
      -- ("Huwara, the town south of Nablus": a settlement told with "the")
      local appos = match(after, "^, an? (%a+)") or match(after, "^, the (%a+) %a+ of %u")
      local ok = not find(name, "'s?$") and not find(name, "[%-']$") and not W.INSTITUTION[last]
        and (find(after, "^[,.;:)]") or after == "" or (nxt and W.PLACE_NEXT[nxt])
          or lp == "of"
          or (nxt and find(nxt, "^%u"))
          -- "the attack in Gul Imam lasted two hours": a verb after the name
          or (nxt and #nxt > 4 and find(nxt, "^%l+ed$")))
        and (lp ~= "at" or (appos and (SETTLEMENT[appos] or DISTRICT[appos]))
          -- "opened fire at Fort Hood, Texas": a name told by its province
          or province_at(m, pe + 3)
          -- "an African Union base at El Adde in south-western Somalia"
          or (SITE_AT[word_before(low, ss + a - 1, ss) or ""] and nxt ~= "and")
          -- "a bus at Pampore, south of Srinagar", "at Dabanga near Maiduguri":
          -- a name told by where it lies from a town
          or DIRECTION[match(after, "^, (%a+) of %u") or ""]
          or find(after, "^,? near %u")
          -- "a camp of the Eastern Frontier Rifles at Silda, in West
          -- Midnapore district", "at Dadapur, in the Kurkheda area of":
          -- a name told by the unit it lies in
          or in_unit(after))
      if ok and not taken(ps, pe) then
        local rec = ctx.homonyms[lower(name)]
        -- "Ngala, Borno state", "Kuje, Nigeria": a town told by its province
        -- or country right after it
        local tight = false
        -- (a name told before keeps its record; the phrase still says
        -- whether it is told by its province)
        local fresh = not rec
        if fresh then
          -- "in Seno province": a province, which "the same town" is not
          rec = { name = name, kind = ADMIN_NOUN[nxt or ""] and "province" or "city" }
        end
        do
          -- the country named next in the phrase ("Tadaryat, a village in
          -- northern Mali", "Kuje, Nigeria")
          for _, h in ipairs(hits) do
            if h.start > pe and h.start - pe <= 60 and h.stop <= se then
              local between = sub(low, pe + 1, h.start - 1)
              -- (not across a border: "Sokolo, near the border with
              -- Mauritania" is not in Mauritania)
              if not find(between, "[;:]") and not find(between, " and ")
                and not find(between, "border") and not find(between, "frontier") then
                local en = bare_congo(ctx, h.entry, h)
                local code
                if en.kind == "country" and not is_demonym(en, sub(low, h.start, h.stop)) then
                  code = en.value.code
                elseif en.kind == "place" and type(en.value) == "table" and en.value.country then
                  code = en.value.country
                end
                if fresh and code then rec.country = code end
                if code then
                  -- "Kuje, Nigeria", "Tabatol, in the Tillaberi region"
                  -- ("Chingavaram in Dantewada district of Chhattisgarh")
                  -- ("in Kuz Kunar district of Nangarhar province": the
                  -- unit's noun right after the name)
                  local unit = match(between, "^,? in [%a'%-]+ (%a+) of $")
                    or match(between, "^,? in [%a'%-]+ [%a'%-]+ (%a+) of $")
                    or match(between, "^ (%a+) of $") or match(between, "^ (%a+) of the $")
                  tight = ((between == ", " or between == ", in " or between == ", in the "
                      or (unit and ADMIN_LINK[lower(unit)]))
                    and (en.kind == "country" or en.value.kind == "province"
                      or en.value.kind == "region"))
                    -- "a school at Mamudo in Yobe State": a town placed in
                    -- its province (a country after " in " tells less)
                    or ((between == " in " or between == " in the ")
                      and en.kind == "place" and (en.value.kind == "province"
                        or en.value.kind == "region"))
                  -- (a town told by its province lies in it: "Kuz Kunar
                  -- district of Nangarhar province" is the Nangarhar event)
                  if tight and fresh and en.kind == "place" and en.value.kind == "province" then
                    rec.admin = en.value.name
                  end
                  break
                end
              end
            elseif h.start > pe + 60 then
              break
            end
          end
        end
        -- "near Amalfi, in Antioquia province": a town told by a province no
        -- list knows either
        local prov = match(after, "^, in %u[%a'%-]* (%a+)")
          or match(after, "^, in the %u[%a'%-]* (%a+)")
        if prov and (ADMIN_NOUN[lower(prov)] or ADMIN_LINK[lower(prov)]) then tight = true end
        -- "in Kwali, in the eastern province of Gnagna": the unit named
        -- after its adjective
        local unit = match(after, "^, in the %l+ (%a+) of %u")
        if unit and (ADMIN_NOUN[unit] or ADMIN_LINK[unit]) then tight = true end
        -- "Kwali, a farming community in", "Kwali village in Gada"
        local appos2 = match(after, "^, an? %l+ (%l+) [io][nf] ")
        if appos2 and (SETTLEMENT[appos2] or appos2 == "community") then tight = true end
        if nxt and SETTLEMENT[nxt] and find(after, "^ %l+ [io][nf] ") then tight = true end
        -- "Dandume, a town in Katsina state": the name told as a settlement
        -- is the place, not the province after it
        local told = (appos and (SETTLEMENT[appos] or DISTRICT[appos]) or tight) and true
          or false
        m.places[#m.places + 1] = { s = ps, e = pe, rec = rec, unknown = true, weak = not told,
                                    entry = { kind = "place", value = rec } }
      end
    end
  end
  -- A name no list knows at `ps`..`pe`, placed by the province `pv` told
  -- after it, is a town of that province's country (unless it is a word
  -- that names no place, or a place of the lists after all).
  local function town_of(name, ps, pe, pv)
    local ln = lower(name)
    if W.NOT_PLACE[ln] or TITLE[ln] or W.INSTITUTION[ln] or ctx.pack:place(name)
      or taken(ps, pe) then
      return
    end
    local rec = ctx.homonyms[ln] or { name = name, kind = "city", country = pv.rec.country }
    m.places[#m.places + 1] = { s = ps, e = pe, rec = rec, unknown = true, weak = false,
                                entry = { kind = "place", value = rec } }
  end
  -- "the market of Madagali, in neighbouring Adamawa state", "the college,
  -- Kagara, in neighbouring Niger State": a name no list knows, set off by a
  -- comma and placed in a province (by an adjective of where), is its town
  for a, name, b in gmatch(seg, "()(%u[%l\128-\255'%-]+), in %l+ ()") do
    local ps, pe = ss + a - 1, ss + a + #name - 2
    local pv = place_at(m, ss + b - 1, true)
    local adj = match(low, "^, in (%l+) ", pe + 1)
    if pv and adj ~= "the" and #name > 3 then town_of(name, ps, pe, pv) end
  end
  -- "the Government Girls Secondary School, Jangebe, in Talata Mafara Local
  -- Government Area of Zamfara State": a name set off by commas after an
  -- institution's name, then placed in a province within the phrase, is the
  -- town the institution is in
  for inst, a, name, b in gmatch(seg, "(%u%a+), ()(%u[%l\128-\255'%-]+), in ()") do
    if W.INSTITUTION[lower(inst)] and #name > 3 then
      local ps, pe = ss + a - 1, ss + a + #name - 2
      local lim = ss + b - 1 + 80
      local rest = sub(text, ss + b - 1, lim)
      local stop = find(rest, "[.;]")
      for _, x in ipairs(m.places) do
        if x.s >= ss + b - 1 and x.s <= (stop and ss + b - 2 + stop or lim)
          and type(x.rec) == "table" and (x.rec.kind == "province" or x.rec.kind == "region") then
          town_of(name, ps, pe, x)
          break
        end
      end
    end
  end
  -- "Quissanga (Cabo Delgado province): insurgents entered ...": a name no
  -- list knows, told by the province in brackets after it, is a town of
  -- that province (a brief's or a wire's way of placing a small place)
  for a, name, b in gmatch(seg, "()(%u[%a\128-\255'%-]+) %(()") do
    local ps, pe = ss + a - 1, ss + a + #name - 2
    local pv = place_at(m, ss + b - 1)
    -- (the bracket holds the province alone, or with its noun: "(Gao
    -- region)" names the region of a town of that name)
    local close = pv and match(low, "^(%a*)%)", pv.e + 1)
      or pv and match(low, "^ (%a+)%)", pv.e + 1)
    local unit = pv and (pv.rec.kind == "province" or pv.rec.kind == "region")
    if pv and close and ((close == "" and unit) or ADMIN_NOUN[close]) and #name > 2
      and find(name, "%l") then
      town_of(name, ps, pe, pv)
    end
  end
end

--- "GALCAD DHEER, Somalia (AP) -": a dateline city no list knows is a place
-- too, in the country the dateline names (or none); written in capitals, it
-- is given in title case.
local function dateline_unknown(ctx, b, country_hit)
  local text = ctx.text
  local name = match(text, "^(%u[%a'%.%-]*[ %a'%.%-]-)%s*[,(]", b)
    -- ("GILROY — A man ...": a city in capitals and a dash)
    or match(text, "^(%u%u[%u '%.]-%u)%s+%-%-?%s", b)
    or match(text, "^(%u%u[%u '%.]-%u)%s+\226\128[\147\148]%s", b)
  if not name or #name < 3 or #name > 40 or not find(name, "^%u%a") then return end
  local first = lower(match(name, "^[%a'%-]+"))
  if W.NOT_PLACE[first] or TITLE[first] then return end
  local shown = name
  if not find(name, "%l") then
    shown = lower(name):gsub("(%f[%a]%a)", upper)
  end
  local code = country_hit and type(country_hit.entry.value) == "table"
    and country_hit.entry.value.code or nil
  if country_hit and lower(sub(text, country_hit.start, country_hit.stop)) == lower(name) then
    return      -- "SOMALIA, March 3 -": the country itself
  end
  local rec = { name = shown, kind = "city", country = code }
  ctx.dateline_place = { s = b, e = b + #name - 1, rec = rec,
                         entry = { kind = "place", value = rec } }
end

-- Gives report `r` the place `rec`, told at [s, e] of the text (its evidence
-- under `rule`), and the place's country, told at [cs, ce], when `r` has
-- none; returns whether it gave the country.
local function place_report(r, rec, s, e, rule, cs, ce)
  r.place, r._place_rec, r.lat, r.lon = rec.name, rec, rec.lat, rec.lon
  r.evidence.place = { start = s, stop = e, rule = rule }
  if rec.country and not r.country then
    r.country = rec.country
    r.evidence.country = { start = cs, stop = ce, rule = "extract.country_of_place" }
    return true
  end
  return false
end

--- The dateline's city is where the story was filed: the lead event's place
-- when its first mention names none in that country. The place is weak: a
-- place told later replaces it, and it conflicts with none.
local function dateline_place(ctx, lead)
  local dp = ctx.dateline_place
  if not dp or lead.place or lead.status ~= "attack" or lead._court then return end
  if lead.country and lead.country ~= dp.rec.country then return end
  lead.place, lead.lat, lead.lon, lead._place_rec = dp.rec.name, dp.rec.lat, dp.rec.lon, dp.rec
  lead._place_weak = true
  lead.evidence.place = ev(dp.s, dp.e, "extract.dateline_place")
  if not lead.country and dp.rec.country then
    -- (weak too: a story filed from Dakar may tell of a camp in Niger)
    lead.country, lead._country_weak = dp.rec.country, true
    lead.evidence.country = ev(dp.s, dp.e, "extract.country_of_place")
  end
end


-- The edit distance of two short strings (bytes), up to `cap` + 1.
local function distance(a, b, cap)
  if #a - #b > cap or #b - #a > cap then return cap + 1 end
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local cur, ca = { [0] = i }, byte(a, i)
    for j = 1, #b do
      local cost = ca == byte(b, j) and 0 or 1
      local x = prev[j] + 1
      if cur[j - 1] + 1 < x then x = cur[j - 1] + 1 end
      if prev[j - 1] + cost < x then x = prev[j - 1] + cost end
      cur[j] = x
    end
    prev = cur
  end
  return prev[#b]
end

--- A part of a town no list knows ("the Karrada district", "the Rweiss
-- neighbourhood"), as a place record: its name, in the town `city` (a
-- place record), at the town's coordinates.
-- @tparam string name the part's name as the text writes it
-- @tparam table city the town's record
-- @treturn table a record of kind "site"
local function site_in(name, city)
  return { name = name, kind = "site", admin = city.name, country = city.country,
    lat = city.lat, lon = city.lon }
end

--- The place's name as the text spells it, when the text writes a variant of
-- the gazetteer's name: its accents left out ("Diyarbakir" for "Diyarbakır")
-- or a letter or two more or less ("Kishoreganj" for "Kishorganj"), or
-- without "City" ("Karak" for "Karak City"). The
-- analyst searches for the name the story gives. Nil when the text's form is
-- no plain spelling of a name (capitals only, a possessive, another word).
local function text_spelling(text, name, s, e)
  local span = sub(text, s, e)
  if span == name or not find(span, "^%u[%a\128-\255]*[%l\128-\255]")
    or find(span, "[^%a\128-\255 %-]") then
    return nil
  end
  -- (a transliteration's soft sign, "Nazran’", is no letter the text writes)
  local a = lower(deaccent(span))
  local b = lower(deaccent(gsub(gsub(name, "\226\128\153", ""), "\202[\185\188]", "")))
  if a == b then return span end
  -- ("Karak" for the gazetteer's "Karak City": the town's name without the
  -- word the gazetteer tells it apart by)
  if b == a .. " city" then return span end
  -- (a hyphen or a space between a name's parts: "Mazar-i-Sharif")
  if #a >= 6 and byte(a, 1) == byte(b, 1)
    and distance(gsub(a, "[%s%-]+", " "), gsub(b, "[%s%-]+", " "), 2) <= 2 then
    return span
  end
  return nil
end

M.WIDE = WIDE
M.site_in = site_in
M.text_spelling = text_spelling
M.bare_congo = bare_congo
M.dateline_place = dateline_place
M.dateline_unknown = dateline_unknown
M.dominant_country = dominant_country
M.governs = governs
M.homonym_of = homonym_of
M.is_demonym = is_demonym
M.lower_name = lower_name
M.person_name = person_name
M.place_report = place_report
M.plain_places = plain_places
M.same_place = same_place
M.unknown_places = unknown_places

return M
