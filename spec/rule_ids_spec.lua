-- Specs for the pack a rule id names: a pack that extends another keeps the
-- parent's name on what the parent declared, and its own on what it adds or
-- declares again. The packs here are short ones written for these specs.
local rules = require "incidents.rules"
local extract = require "incidents.extract"
local mentions = require "incidents.extract.mentions"

local u = dofile("spec/robust_util.lua")

-- The entries of a pack for one phrase and kind.
local function entries(pack, phrase, kind)
  local out = {}
  for _, e in ipairs(pack.entries) do
    local all = { e }
    for _, o in ipairs(e.others or {}) do all[#all + 1] = o end
    for _, x in ipairs(all) do
      if x.phrase == phrase and (not kind or x.kind == kind) then out[#out + 1] = x end
    end
  end
  return out
end

local function pack_of(pack, phrase, kind)
  local es = entries(pack, phrase, kind)
  assert.is_true(#es > 0, "no entry for " .. phrase)
  return es[1].pack
end

describe("rule ids: the pack that declared each entry", function()
  local dir, child, grand
  setup(function()
    dir = u.tmpdir()
    u.write(dir .. "/wires.lua", 'extends "default"\n'
      .. 'attack { "bombing", weapon = "explosives", triggers = { "detonation", "blast" } }\n'
      .. 'group { "Delta Pylon Brigade", aliases = { "DPB" } }\n'
      .. 'place { "Okpai", country = "NG", lat = 5.73, lon = 6.53, kind = "city" }\n'
      .. 'cue { "claim", { "owned the sabotage" } }\n'
      .. 'pattern { "cut_lines", [[ "cut" " "+ "the" " "+ "lines" ]], '
      .. 'attack = "facility_attack" }\n')
    u.write(dir .. "/night.lua", 'extends "wires.lua"\n'
      .. 'attack { "bombing", weapon = "explosives", triggers = { "night blast" } }\n'
      .. 'place { "Okpai", country = "NG", lat = 5.74, lon = 6.52, kind = "city" }\n')
    child = assert(rules.load(dir .. "/wires.lua", { cache = false }))
    grand = assert(rules.load(dir .. "/night.lua", { cache = false }))
  end)
  teardown(function() u.rm(dir) end)

  it("the default pack names its own rules and its gazetteer's", function()
    local pack = assert(rules.load("default"))
    assert.equal("default", pack_of(pack, "bombing", "attack"))
    assert.equal("places", pack_of(pack, "Kabul", "place"))
    assert.equal("places", pack_of(pack, "Afghanistan", "country"))
    for _, e in ipairs(pack.entries) do assert.is_string(e.pack) end
  end)

  it("a child keeps the parent's name on what it only inherits", function()
    assert.equal("wires", child.name)
    assert.equal("default", pack_of(child, "suicide bomber", "attack"))
    assert.equal("default", pack_of(child, "bombing", "attack"))
    assert.equal("places", pack_of(child, "Kabul", "place"))
    assert.equal("default", child.group_by_name["Islamic State"].pack)
  end)

  it("what a child adds or declares again carries the child's name", function()
    assert.equal("wires", pack_of(child, "detonation", "attack"))
    assert.equal("wires", pack_of(child, "blast", "attack"))
    assert.equal("wires", pack_of(child, "DPB", "group"))
    assert.equal("wires", pack_of(child, "Okpai", "place"))
    assert.equal("wires", pack_of(child, "owned the sabotage", "cue"))
    assert.equal("default", pack_of(child, "claimed responsibility", "cue"))
    assert.equal("wires", child.group_by_name["Delta Pylon Brigade"].pack)
  end)

  it("a pattern's hits carry the pack that declared the pattern", function()
    local found
    for _, sc in ipairs(child.scans) do
      if sc.name == "cut_lines" then found = sc.entry end
    end
    assert.is_table(found)
    assert.equal("wires", found.pack)
    local hits = child:match("Raiders cut the lines near Okpai.")
    local packs = {}
    for _, h in ipairs(hits) do packs[h.entry.kind] = h.entry.pack end
    assert.equal("wires", packs.attack)
    assert.equal("wires", packs.place)
  end)

  it("three generations: each entry names the nearest pack that declared it", function()
    assert.equal("night", grand.name)
    assert.equal("night", pack_of(grand, "night blast", "attack"))
    assert.equal("wires", pack_of(grand, "detonation", "attack"))
    assert.equal("default", pack_of(grand, "bombing", "attack"))
    assert.equal("night", pack_of(grand, "Okpai", "place"))
    assert.equal("wires", pack_of(grand, "DPB", "group"))
  end)

  it("a pack from a string is named by its chunk name", function()
    local p = assert(rules.load_string('extends "default"\n'
      .. 'weapon { "incendiary", triggers = { "fire bottle" } }\n', "strpack"))
    assert.equal("strpack", pack_of(p, "fire bottle", "weapon"))
    assert.equal("default", pack_of(p, "bombing", "attack"))
  end)
end)

-- The evidence ids come from `incidents.extract` (`mentions.entry_rule`),
-- which names the pack that declared each entry (or record).
describe("rule ids in a report's evidence", function()
  local dir, pack
  setup(function()
    dir = u.tmpdir()
    u.write(dir .. "/wires.lua", 'extends "default"\n'
      .. 'attack { "bombing", weapon = "explosives", triggers = { "detonation" } }\n')
    pack = assert(rules.load(dir .. "/wires.lua", { cache = false }))
  end)
  teardown(function() u.rm(dir) end)

  local function evidence(text)
    local rs = extract.text(text, pack, { published = "2024-05-08" })
    assert.equal(1, #rs)
    return rs[1].evidence, rs[1]
  end

  it("names the declaring pack, else the pack on top", function()
    assert.equal("base.attack.bombing", mentions.entry_rule({ name = "top" },
      { kind = "attack", value = { name = "bombing" }, pack = "base" }))
    assert.equal("top.attack.bombing", mentions.entry_rule({ name = "top" },
      { kind = "attack", value = { name = "bombing" } }))
  end)

  it("an inherited trigger names the parent pack", function()
    local ev, r = evidence("A blast killed 12 people at a market in Kabul on Monday, "
      .. "police said.")
    assert.equal("default.attack.bombing", ev.trigger.rule)
    assert.equal("default.attack.bombing", r.rule)
    assert.equal("places.place.Kabul", ev.place.rule)
  end)

  it("a trigger the child added names the child", function()
    local ev = evidence("A detonation wounded four people in Kandahar on Tuesday, police "
      .. "said.")
    assert.equal("wires.attack.bombing", ev.trigger.rule)
  end)
end)
