-- Specs for incidents.merge: linking reports across articles into incidents.
local merge = require "incidents.merge"

-- A pack that answers the two questions merge asks, with the real default
-- pack's shape (`pack:group`, `pack:place`).
local groups = {
  ["Islamic State"] = { name = "Islamic State" },
  ["Islamic State Khorasan Province"] = { name = "Islamic State Khorasan Province",
    parent = "Islamic State" },
  ["al-Shabaab"] = { name = "al-Shabaab" },
}
local places = {
  Moscow = { name = "Moscow", country = "RU", near = { "Krasnogorsk" } },
  Krasnogorsk = { name = "Krasnogorsk", country = "RU" },
}
local pack = {
  group = function(_, n) return groups[n] end,
  place = function(_, n) return places[n] end,
}

local function R(id, article_id, t)
  t.id, t.article_id = id, article_id
  t.status = t.status or "attack"
  return t
end

-- Five articles on the Crocus City Hall attack, as the seeds phrase them.
local function crocus()
  return {
    R(1, 1, { date = "2024-03-22", date_lo = "2024-03-22", date_hi = "2024-03-22",
      place = "Moscow", country = "RU", perpetrator = "Islamic State", killed_lo = 115,
      article = { title = "A", published = "2024-03-23" } }),
    R(2, 2, { date = "2024-03-22", place = "Moscow", country = "RU",
      perpetrator = "Islamic State Khorasan Province", killed_lo = 131,
      article = { title = "B", published = "2024-03-28" } }),
    R(3, 3, { date = "2024-03-22", place = "Krasnogorsk", country = "RU",
      attack_type = "armed_assault", killed_lo = 137, killed_hi = 137,
      article = { title = "C", published = "2024-04-02" } }),
    R(4, 4, { date = "2024-03", place = "Moscow", country = "RU", killed_lo = 151,
      article = { title = "D", published = "2024-04-13" } }),
    R(5, 5, { date_lo = "2024-03-18", date_hi = "2024-03-24", place = "Moscow", country = "RU",
      perpetrator = "Islamic State Khorasan Province", claimed = true,
      article = { title = "E", published = "2024-03-29" } }),
  }
end

describe("merge.date_range and date_of", function()
  it("turns a month or a year into a day range and back", function()
    assert.same({ "2024-02-01", "2024-02-29" }, { merge.date_range("2024-02") })
    assert.same({ "2023-02-01", "2023-02-28" }, { merge.date_range("2023-02") })
    assert.same({ "2021-01-01", "2021-12-31" }, { merge.date_range("2021") })
    assert.same({ "2024-01-03", "2024-01-03" }, { merge.date_range("2024-01-03") })
    assert.is_nil(merge.date_range("last week"))
    assert.equal("2024-02", merge.date_of("2024-02-01", "2024-02-29"))
    assert.equal("2021", merge.date_of("2021-01-01", "2021-12-31"))
    assert.is_nil(merge.date_of("2024-03-18", "2024-03-24"))
  end)
end)

describe("merge.compare", function()
  local links = merge.links(pack)
  it("links a city and a nearby place the pack knows", function()
    local state, score, why = merge.compare(
      { date = "2024-03-22", place = "Moscow", country = "RU" },
      { date = "2024-03-22", place = "Krasnogorsk", country = "RU" }, links)
    assert.equal("link", state)
    assert.is_true(score > 0)
    assert.matches("near", why)
  end)
  it("refuses different places without a pack link", function()
    local state, _, why = merge.compare(
      { date = "2024-03-22", place = "Moscow", country = "RU" },
      { date = "2024-03-22", place = "Krasnogorsk", country = "RU" }, merge.links())
    assert.equal("conflict", state)
    assert.equal("different places (Moscow, Krasnogorsk)", why)
  end)
  it("links places a few km apart by their coordinates, not distant ones", function()
    local state, _, why = merge.compare(
      { date = "2024-03-22", place = "Moscow", country = "RU", lat = 55.752, lon = 37.616 },
      { date = "2024-03-22", place = "Krasnogorsk", country = "RU", lat = 55.820, lon = 37.330 },
      merge.links())
    assert.equal("link", state)
    assert.equal("Moscow is 19 km from Krasnogorsk; same day 2024-03-22", why)
    assert.equal("conflict", (merge.compare(
      { date = "2024-03-22", place = "Moscow", country = "RU", lat = 55.752, lon = 37.616 },
      { date = "2024-03-22", place = "Bryansk", country = "RU", lat = 53.25, lon = 34.37 },
      merge.links())))
  end)
  it("links a month with a day inside it, not outside", function()
    assert.equal("link", (merge.compare({ date = "2024-03", place = "Moscow" },
      { date = "2024-03-22", place = "Moscow" }, links)))
    local state, _, why = merge.compare({ date = "2024-04", place = "Moscow" },
      { date = "2024-03-22", place = "Moscow" }, links)
    assert.equal("conflict", state)
    assert.equal("dates do not overlap (2024-04-01..2024-04-30, 2024-03-22..2024-03-22)", why)
  end)
  it("accepts a parent and child group and refuses two unrelated groups", function()
    assert.equal("link", (merge.compare(
      { date = "2024-03-22", place = "Moscow", perpetrator = "Islamic State" },
      { date = "2024-03-22", place = "Moscow", perpetrator = "Islamic State Khorasan Province" },
      links)))
    local state, _, why = merge.compare(
      { date = "2024-03-22", place = "Moscow", perpetrator = "al-Shabaab" },
      { date = "2024-03-22", place = "Moscow", perpetrator = "Islamic State Khorasan Province" },
      links)
    assert.equal("conflict", state)
    assert.equal("different groups (al-Shabaab, Islamic State Khorasan Province)", why)
  end)
  it("refuses an attack against a foiled plot, and incompatible types", function()
    assert.equal("conflict", (merge.compare({ date = "2024-03", place = "Moscow" },
      { date = "2024-03", place = "Moscow", status = "plot_foiled" }, links)))
    local state, _, why = merge.compare(
      { date = "2024-03", place = "Moscow", attack_type = "unarmed_assault" },
      { date = "2024-03", place = "Moscow", attack_type = "bombing" }, links)
    assert.equal("conflict", state)
    assert.equal("attack types unarmed_assault and bombing cannot both hold", why)
    assert.equal("link", (merge.compare(
      { date = "2024-03", place = "Moscow", attack_type = "armed_assault" },
      { date = "2024-03", place = "Moscow", attack_type = "facility_attack" }, links)))
  end)
  it("links two places of one country on one day by one group (coordinated attacks)", function()
    local state, _, why = merge.compare(
      { date = "2016-03-22", place = "Brussels", country = "BE", perpetrator = "Islamic State" },
      { date = "2016-03-22", place = "Zaventem", country = "BE", perpetrator = "Islamic State" },
      links)
    assert.equal("link", state)
    assert.matches("^coordinated", why)
    -- Not across borders, not without a named group.
    assert.equal("conflict", (merge.compare(
      { date = "2024-03-22", place = "Moscow", country = "RU",
        perpetrator = "Islamic State Khorasan Province" },
      { date = "2024-03-22", place = "Kandahar", country = "AF",
        perpetrator = "Islamic State Khorasan Province" }, links)))
    assert.equal("conflict", (merge.compare(
      { date = "2016-03-22", place = "Brussels", country = "BE" },
      { date = "2016-03-22", place = "Zaventem", country = "BE" }, links)))
  end)
  it("leaves reports with no place and loose dates unlinked", function()
    assert.equal("open", (merge.compare({ date = "2024" }, { date = "2024-03" }, links)))
  end)
end)

describe("merge.merge", function()
  it("makes one incident of the five Crocus reports, with every figure", function()
    local incs = merge.merge(crocus(), { pack = pack })
    assert.equal(1, #incs)
    local inc = incs[1]
    assert.equal(5, #inc.sources)
    assert.equal(5, #inc.report_ids)
    assert.equal("2024-03-22", inc.date)
    assert.equal("Moscow", inc.place)
    assert.equal("Islamic State Khorasan Province", inc.perpetrator)
    assert.is_true(inc.claimed)
    assert.equal("armed_assault", inc.attack_type)
    local got = {}
    for _, f in ipairs(inc.figures.killed) do got[#got + 1] = f.text end
    assert.same({ "at least 115", "at least 131", "137", "at least 151" }, got)
    assert.equal(115, inc.killed_lo)
    assert.is_nil(inc.killed_hi) -- "at least 151" leaves the range open
    assert.equal(115, inc.killed_best)
    assert.is_true(inc.conflicts)
    assert.equal("C", inc.figures.killed[3].sources[1].title)
  end)

  it("gives the same incidents whatever the input order", function()
    local a = merge.merge(crocus(), { pack = pack })
    local rev = crocus()
    for i = 1, #rev // 2 do rev[i], rev[#rev - i + 1] = rev[#rev - i + 1], rev[i] end
    local b = merge.merge(rev, { pack = pack })
    assert.same(a[1].report_ids, b[1].report_ids)
    assert.same(a[1].why, b[1].why)
  end)

  it("keeps different attacks apart", function()
    local reps = crocus()
    reps[#reps + 1] = R(6, 5, { date = "2024-03-22", place = "Kandahar", country = "AF",
      perpetrator = "Islamic State Khorasan Province", killed_lo = 21 })
    reps[#reps + 1] = R(7, 2, { date = "2021-08", place = "Kabul", country = "AF",
      killed_lo = 183 })
    reps[#reps + 1] = R(8, 3, { date = "2021", place = "Kabul International Airport",
      country = "AF", attack_type = "bombing", suicide = true })
    reps[#reps + 1] = R(9, 1, { date = "2024-01-03", place = "Kerman", country = "IR",
      killed_hi = 100 })
    reps[#reps + 1] = R(10, 5, { date = "2024-01", country = "IR", killed_lo = 101 })
    local incs = merge.merge(reps, { pack = pack })
    assert.equal(4, #incs)
    local by = {}
    for _, inc in ipairs(incs) do by[inc.place] = inc end
    assert.same({ 1, 2, 3, 4, 5 }, (function()
      local ids = {}
      for i, id in ipairs(by.Moscow.report_ids) do ids[i] = id end
      table.sort(ids)
      return ids
    end)())
    assert.equal(1, #by.Kandahar.report_ids)
    assert.equal("2021-08", by.Kabul.date)
    assert.equal(2, #by.Kabul.report_ids)
    assert.is_true(by.Kabul.suicide)
    assert.equal(2, #by.Kerman.report_ids)
    assert.equal("2024-01-03", by.Kerman.date)
    -- The definite "more than 100" is preferred to the approximate "nearly 100".
    assert.equal(101, by.Kerman.killed_best)
  end)

  it("leaves a report apart when two incidents fit it equally well", function()
    local function kabul()
      return {
        R(1, 1, { date = "2021-08-26", place = "Kabul", country = "AF",
          perpetrator = "Islamic State Khorasan Province", attack_type = "bombing" }),
        R(2, 2, { date = "2022-09-05", place = "Kabul", country = "AF",
          perpetrator = "Islamic State Khorasan Province", attack_type = "armed_assault" }),
        R(3, 3, { place = "Kabul", country = "AF",
          perpetrator = "Islamic State Khorasan Province" }),
      }
    end
    assert.equal(3, #merge.merge(kabul(), { pack = pack }))
    -- The method tells them apart.
    local reps = kabul()
    reps[3].attack_type = "bombing"
    local incs = merge.merge(reps, { pack = pack })
    assert.equal(2, #incs)
    assert.same({ 1, 3 }, incs[1].report_ids)
  end)

  it("takes a place inside another only at a word boundary", function()
    assert.equal("link", (merge.compare({ date = "2021", place = "Kabul" },
      { date = "2021", place = "Kabul International Airport" })))
    assert.equal("conflict", (merge.compare({ date = "2021", place = "Kabul" },
      { date = "2021", place = "Kabulistan" })))
  end)

  it("explains each join", function()
    local inc = merge.merge(crocus(), { pack = pack })[1]
    assert.equal(5, #inc.why)
    assert.matches("^report 1 %(article 1, \"A\"%): first report", inc.why[1])
    local all = table.concat(inc.why, "\n")
    assert.matches("Krasnogorsk is near Moscow %(rule pack%)", all)
    assert.matches("Islamic State Khorasan Province is part of Islamic State", all)
  end)

  it("rejects a non-table", function()
    assert.has_error(function() merge.merge("x") end,
      "bad argument #1 to 'merge' (table expected, got string)")
  end)
end)

describe("merge.best_figure", function()
  local reps = crocus()
  it("follows each rule", function()
    assert.equal(115, (merge.best_figure(reps, "killed", "min")))
    assert.equal(151, (merge.best_figure(reps, "killed", "max")))
    assert.equal(131, (merge.best_figure(reps, "killed", "median")))
    assert.equal(151, (merge.best_figure(reps, "killed", "latest")))
    assert.is_nil(merge.best_figure(reps, "wounded", "min"))
  end)
  it("says why", function()
    local _, why = merge.best_figure(reps, "killed")
    assert.equal("lowest definite figure of 4 source(s), ACLED's conservative rule", why)
  end)
  it("rejects an unknown rule", function()
    assert.has_error(function() merge.best_figure(reps, "killed", "mode") end,
      "bad best rule 'mode' (expected min, max, median or latest)")
  end)
end)

-- The candidate index must hand `place_report` every incident a report could
-- join: each case below is checked for its own outcome and against the peer
-- that compares every report with every incident (bench/merge_old.lua).
describe("merging through the candidate index", function()
  local core = require "incidents.core"
  local peer = dofile("bench/merge_old.lua")
  -- What is checked here is the index, not the comparison of two reports:
  -- the peer compares as merging does today (its own copy stays as it was).
  peer.compare = merge.compare
  local places2 = {
    Moscow = { name = "Moscow", country = "RU", near = { "Krasnogorsk" },
      lat = 55.75, lon = 37.62 },
    Krasnogorsk = { name = "Krasnogorsk", country = "RU", lat = 55.82, lon = 37.33 },
    Kazan = { name = "Kazan", country = "RU", lat = 55.79, lon = 49.12 },
    Kabul = { name = "Kabul", country = "AF", lat = 34.53, lon = 69.17 },
    Bagram = { name = "Bagram", country = "AF", lat = 34.96, lon = 69.26 },
    Herat = { name = "Herat", country = "AF", lat = 34.35, lon = 62.20 },
  }
  local pack2 = {
    group = function(_, n) return groups[n] end,
    place = function(_, n) return places2[n] end,
  }

  -- Incidents as "report ids | why" lines, comparable across merges.
  local function shape(incs)
    local out = {}
    for _, inc in ipairs(incs) do
      local ids = {}
      for i, r in ipairs(inc.reports or {}) do ids[i] = r.id end
      table.sort(ids)
      local why = type(inc.why) == "table" and table.concat(inc.why, "; ") or inc.why
      out[#out + 1] = table.concat(ids, ",") .. " | " .. tostring(why)
    end
    table.sort(out)
    return out
  end

  local function copy(list)
    local out = {}
    for i, r in ipairs(list) do
      local t = {}
      for k, v in pairs(r) do t[k] = v end
      out[i] = t
    end
    return out
  end

  -- The incidents' report ids as sorted "id,id" strings.
  local function groups_of(incs)
    local out = {}
    for i, inc in ipairs(incs) do out[i] = table.concat(inc.report_ids, ",") end
    table.sort(out)
    return out
  end

  -- Merges with both algorithms and returns the groups of report ids.
  local function both(reports)
    local a = merge.merge(copy(reports), { pack = pack2 })
    local b = peer.merge(copy(reports), { pack = pack2 })
    assert.same(shape(b), shape(a))
    return groups_of(a)
  end

  -- Stores the batches one after the other, merging after each, with both
  -- algorithms; returns the groups of report ids of the last.
  local function incremental(batches)
    local dbs = { assert(core.open(":memory:")), assert(core.open(":memory:")) }
    local result = {}
    for k, m in ipairs({ merge, peer }) do
      local db, n = dbs[k], 0
      for _, batch in ipairs(batches) do
        for _, r in ipairs(copy(batch)) do
          n = n + 1
          local aid = assert(db:add_article{ text = "Merge index case article " .. n })
          r.id, r.article_id, r.article = nil, nil, nil
          assert(db:add_reports(aid, { r }))
        end
        assert(m.update(db, { pack = pack2 }))
      end
      result[k] = assert(db:incidents{})
    end
    assert.same(shape(result[2]), shape(result[1]))
    for _, db in ipairs(dbs) do db:close() end
    return groups_of(result[1])
  end

  local function day(d, t) t.date, t.date_lo, t.date_hi = d, d, d; return t end

  it("lets an undated report join a dated incident of its place", function()
    assert.same({ "1,2" }, both{
      R(1, 1, day("2024-03-22", { place = "Moscow", country = "RU" })),
      R(2, 2, { place = "Moscow", country = "RU" }),
    })
  end)

  it("lets a dated report join an incident stored with no date", function()
    -- Merged first, the undated report makes an undated incident.
    assert.same({ "1,2" }, incremental{
      { { place = "Kabul", country = "AF", perpetrator = "al-Shabaab" } },
      { day("2021-08-26", { place = "Kabul", country = "AF" }) },
    })
  end)

  it("finds incidents with no country for a report with one, and the reverse", function()
    assert.same({ "1,2,3" }, incremental{
      { day("2024-03-22", { place = "Krasnogorsk" }) },          -- no country
      { day("2024-03-22", { place = "Moscow", country = "RU" }) }, -- near, with one
      -- Only a country now: the incident gained RU when report 2 joined.
      { day("2024-03-22", { country = "RU", perpetrator = "Islamic State" }) },
    })
    -- A report with a country and no place links only to an incident
    -- that has that country, not to one with no country at all.
    assert.same({ "1", "2" }, incremental{
      { day("2024-03-22", { place = "Kazan" }) },
      { { date = "2024-03", country = "RU" } },
    })
  end)

  it("leaves a report with no place, no country and no day-and-group unlinked", function()
    assert.same({ "1", "2" }, both{
      R(1, 1, day("2024-03-22", { place = "Moscow", country = "RU" })),
      R(2, 2, { date = "2024-03", perpetrator = "Islamic State" }),
    })
    -- One day and one group link even with no place.
    assert.same({ "1,2" }, both{
      R(1, 1, day("2024-03-22", { place = "Moscow", country = "RU",
        perpetrator = "Islamic State" })),
      R(2, 2, day("2024-03-22", { perpetrator = "Islamic State" })),
    })
  end)

  it("reads the months a span crosses, and month- and year-wide incidents", function()
    assert.same({ "1,2" }, both{
      R(1, 1, day("2024-04-02", { place = "Kabul", country = "AF" })),
      R(2, 2, { date_lo = "2024-03-28", date_hi = "2024-04-03", place = "Kabul", country = "AF" }),
    })
    assert.same({ "1,2" }, incremental{
      { { date = "2023", place = "Herat", country = "AF" } },
      { day("2023-11-30", { place = "Herat", country = "AF" }) },
    })
    -- A span over years (wider than the months filed one by one).
    assert.same({ "1,2" }, incremental{
      { { date_lo = "2019-01-01", date_hi = "2023-12-31", place = "Herat", country = "AF" } },
      { day("2021-06-01", { place = "Herat", country = "AF" }) },
    })
    assert.same({ "1,2" }, incremental{
      { day("2021-06-01", { place = "Herat", country = "AF" }) },
      { { date_lo = "2019-01-01", date_hi = "2023-12-31", place = "Herat", country = "AF" } },
    })
  end)

  it("narrows an incident's dates as reports join, and holds a later report to them", function()
    -- A month, then a day inside it: a later report on another day of the
    -- month conflicts with the day and stays apart; one on that day joins.
    assert.same({ "1,2,4", "3" }, incremental{
      { { date = "2024-03", place = "Moscow", country = "RU" } },
      { day("2024-03-22", { place = "Moscow", country = "RU" }) },
      { day("2024-03-05", { place = "Moscow", country = "RU" }) },
      { day("2024-03-22", { place = "Krasnogorsk", country = "RU" }) },
    })
  end)

  it("never offers an incident whose reports have two statuses or two countries", function()
    local dbs = {}
    for k, m in ipairs({ merge, peer }) do
      local db = assert(core.open(":memory:"))
      local a1 = assert(db:add_article{ text = "Index case: one." })
      local a2 = assert(db:add_article{ text = "Index case: two." })
      local ids = assert(db:add_reports(a1, {
        day("2024-03-22", { place = "Moscow", country = "RU" }),
        day("2024-03-22", { place = "Kabul", country = "AF", status = "plot_foiled" }) }))
      -- Joined by hand: two countries and two statuses in one incident.
      assert(db:put_incident{ status = "attack", report_ids = ids })
      assert(db:add_reports(a2, { day("2024-03-22", { place = "Moscow", country = "RU" }) }))
      assert(m.update(db, { pack = pack2 }))
      dbs[k] = assert(db:incidents{})
      db:close()
    end
    assert.same(shape(dbs[2]), shape(dbs[1]))
    assert.equal(2, #dbs[1])
  end)

  it("gives the peer's incidents on random reports, whole and in runs", function()
    local names = { "Moscow", "Krasnogorsk", "Kazan", "Kabul", "Bagram", "Herat" }
    local gs = { "Islamic State", "Islamic State Khorasan Province", "al-Shabaab" }
    local types = { "bombing", "armed_assault", "kidnapping", "unarmed_assault", "unknown" }
    for seed = 1, 12 do
      math.randomseed(seed)
      local reports = {}
      for i = 1, 40 do
        local r = { attack_type = types[math.random(#types)],
          status = math.random() < 0.1 and "plot_foiled" or "attack" }
        local d = ("2024-%02d-%02d"):format(math.random(3, 4), math.random(1, 30))
        local x = math.random()
        if x < 0.5 then day(d, r)
        elseif x < 0.7 then r.date = d:sub(1, 7)
        elseif x < 0.8 then r.date_lo, r.date_hi = d, ("2024-05-%02d"):format(math.random(1, 9))
        elseif x < 0.9 then r.date = "2024" end
        local p = names[math.random(#names)]
        if math.random() < 0.8 then r.place = p end
        if math.random() < 0.8 then r.country = places2[p].country end
        if math.random() < 0.5 then r.perpetrator = gs[math.random(#gs)] end
        reports[i] = R(i, i, r)
      end
      both(reports)
      incremental{ { table.unpack(reports, 1, 15) }, { table.unpack(reports, 16, 30) },
        { table.unpack(reports, 31, 40) } }
    end
  end)
end)

-- End to end on the five seed articles: reading, extraction (incidents.extract
-- with the default pack), the store and merging. A failure here can come from
-- extraction as much as from merging: the message lists what was found.
describe("merging the seed articles", function()
  local helper = require "spec.helper"
  local incidents = require "incidents"
  local db, incs

  setup(function()
    db = assert(incidents.open(":memory:"))
    local default = assert(incidents.rules.load("default"))
    local s = incidents.ingest.run(db, { helper.shared .. "/seeds" }, { pack = default })
    assert.equal(5, s.new)
    incs = assert(incidents.query.incidents(db))
  end)
  teardown(function() db:close() end)

  local function describe_all()
    local lines = {}
    for _, inc in ipairs(incs) do
      lines[#lines + 1] = ("#%d %s %s %s %s sources=%d killed=%s"):format(inc.id,
        tostring(inc.date), tostring(inc.place), tostring(inc.country), tostring(inc.status),
        #inc.sources, tostring(inc.killed_best))
    end
    return table.concat(lines, "\n")
  end

  local function matching(pred)
    local out = {}
    for _, inc in ipairs(incs) do if pred(inc) then out[#out + 1] = inc end end
    return out
  end

  local function in_range(inc, lo, hi)
    return inc.date_lo and inc.date_lo <= hi and inc.date_hi >= lo
  end

  it("makes the Moscow concert hall attack one incident with five sources", function()
    local moscow = matching(function(inc)
      return inc.country == "RU" and inc.status == "attack" and in_range(inc, "2024-03-22",
        "2024-03-22")
    end)
    assert.equal(1, #moscow, describe_all())
    local inc = moscow[1]
    assert.equal(5, #inc.sources, describe_all())
    local lows = {}
    for _, f in ipairs(inc.figures.killed) do lows[#lows + 1] = f.lo end
    -- 115, "more than 130", 137, "more than 150".
    assert.same({ 115, 131, 137, 151 }, lows)
    assert.equal(115, inc.killed_best)
    assert.equal("Islamic State Khorasan Province", inc.perpetrator)
  end)

  it("makes Kerman, the Kabul airport bombing and Kandahar one incident each", function()
    local kerman = matching(function(inc)
      return inc.country == "IR" and inc.status == "attack" and in_range(inc, "2024-01-03",
        "2024-01-03")
    end)
    assert.equal(1, #kerman, describe_all())
    assert.is_true(#kerman[1].sources >= 2, describe_all())
    local kabul = matching(function(inc)
      return inc.place == "Kabul" and in_range(inc, "2021-08-26", "2021-08-26")
    end)
    assert.equal(1, #kabul, describe_all())
    assert.is_true(#kabul[1].sources >= 3, describe_all())
    local kandahar = matching(function(inc) return inc.place == "Kandahar" end)
    assert.equal(1, #kandahar, describe_all())
  end)

  it("is incremental: ingesting the seeds again changes nothing", function()
    local default = assert(incidents.rules.load("default"))
    local s = incidents.ingest.run(db, { helper.shared .. "/seeds" }, { pack = default })
    assert.equal(5, s.skipped)
    assert.equal(0, s.incidents)
    assert.equal(#incs, #assert(incidents.query.incidents(db)))
  end)

  it("gives the same incidents when the articles come in another order", function()
    local default = assert(incidents.rules.load("default"))
    local db2 = assert(incidents.open(":memory:"))
    local files = {}
    for i = 4, 0, -1 do
      local p = io.popen("ls " .. helper.shared .. "/seeds/00" .. i .. "_*.txt")
      files[#files + 1] = p:read("l")
      p:close()
    end
    -- One article at a time, merging after each: the incremental path.
    for _, f in ipairs(files) do incidents.ingest.run(db2, { f }, { pack = default }) end
    local incs2 = assert(incidents.query.incidents(db2))
    local function key(list)
      local keys = {}
      for _, inc in ipairs(list) do
        keys[#keys + 1] = ("%s|%s|%s|%d"):format(tostring(inc.date), tostring(inc.place),
          tostring(inc.country), #inc.sources)
      end
      table.sort(keys)
      return keys
    end
    assert.same(key(incs), key(incs2))
    db2:close()
  end)
end)
