local muc4 = require "incidents.muc4"
local rules = require "incidents.rules"
local ree = require "incidents.eval.ree"

-- Sentences written for these specs, in the style of the 1989 wire.
local BOMBING = "urban guerrillas of the farabundo marti national liberation front (fmln) "
  .. "detonated a car bomb outside the headquarters of the national police in san salvador "
  .. "last night. the fmln guerrillas also killed father ignacio ellacuria, a jesuit priest, "
  .. "and murdered a student."
local QUIET = "the president met the diplomatic corps today to discuss the coffee harvest "
  .. "and the foreign debt. the ministers said that the talks went well."

local model = assert(muc4.load())

-- The shipped knobs with some of them set otherwise.
local function with(knobs)
  local o = {}
  for k, v in pairs(model.opts) do o[k] = v end
  for k, v in pairs(knobs) do o[k] = v end
  return o
end

-- The one mention of each entity of a role, as a flat list.
local function mentions(ans, role)
  local out = {}
  for _, ent in ipairs(ans[role]) do out[#out + 1] = ent[1] end
  return out
end

local function has(list, s)
  for _, x in ipairs(list) do if x == s then return true end end
  return false
end

describe("muc4 pack", function()
  it("loads, extends the default pack and lints clean", function()
    local pack = assert(rules.load("muc4"))
    assert.truthy(pack.group_by_name["Shining Path"])
    assert.equal("Shining Path", pack.by_alias.group["sendero luminoso"].name)
    assert.equal("Manuel Rodriguez Patriotic Front", pack.by_alias.group["fpmr"].name)
    assert.truthy(pack.cues["muc4.perp"])
    local found = false
    for name in pairs(pack.cues) do
      if name:find("^ree%.Weapon%.%d+$") then found = true end
    end
    assert.is_true(found, "the generated lexicon is part of the pack")
    for _, p in ipairs(rules.check("muc4")) do
      assert.are_not.equal("error", p.severity, p.text)
    end
  end)
end)

describe("muc4.load", function()
  -- A pack on top of muc4, written to a temporary file: the groups and
  -- words it adds stand for what the default pack may take on later.
  local function pack_with(body)
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write('extends "muc4"\n', body)
    f:close()
    local pack = assert(rules.load(path))
    os.remove(path)
    return assert(muc4.load(pack))
  end

  it("looks for the region's groups of the period only", function()
    local m = pack_with([[
group { "Zeta Front Old", country = { "SV" }, aliases = { "zfo" } }
group { "Zeta Front New", country = { "SV" }, years = { 2015, nil }, aliases = { "zfn" } }
group { "Zeta Front Gone", country = { "SV" }, years = { 1970, 1980 }, aliases = { "zfg" } }
group { "Zeta Front Named", country = { "SV" }, aliases = { "zfx" } }
cue { "muc4.not_group", { "Zeta Front Named" } }
]])
    local score = m.roles.PerpOrg.score
    assert.truthy(score["zfo"])
    assert.is_nil(score["zfn"])
    assert.is_nil(score["zfg"])
    assert.is_nil(score["zfx"])
    assert.equal("Zeta Front Old", m.group_of["zfo"])
    assert.is_nil(m.group_of["zfn"])
    assert.truthy(score["fmln"], "the pack's own groups stay")
  end)

  it("leaves the attack words of muc4.not_trigger out of the incident words", function()
    local text = "they zorbled the bridge and then blorped the bank."
    local without = pack_with([[
attack { "bombing", triggers = { "zorbled", "blorped" } }
cue { "muc4.not_trigger", { "blorped" } }
]])
    local found = without.triggers:find(text)
    assert.equal(3, #found)
    assert.equal("zorbled", text:sub(found[1], found[2]))
    assert.equal(0, model.triggers:count(text))
  end)

  -- The default pack keeps growing with today's attack words and groups;
  -- when one of them reaches the MUC-4 scorer's incident words or PerpOrg
  -- phrases, make muc4-weights no longer writes the shipped weights (round
  -- 6 found 'blown up' there). Then put the word in muc4.not_trigger (or
  -- the group in muc4.not_group) in rules/muc4-hand.lua, or retrain and judge the
  -- change on dev and both train halves, and update the fingerprints here.
  it("keeps the incident words and groups the shipped weights were learned with", function()
    local function fingerprint(list)
      local l = {}
      for k, w in ipairs(list) do l[k] = w end
      table.sort(l)
      local h = 0
      for _, w in ipairs(l) do
        for k = 1, #w do h = (h * 31 + w:byte(k)) % 2147483647 end
        h = (h * 31 + 10) % 2147483647
      end
      return #l .. ":" .. h
    end
    assert.equal("295:362140049", fingerprint(model.trigger_words),
      "incident words changed: see muc4.not_trigger in rules/muc4-hand.lua")
    assert.equal("227:953221038", fingerprint(model.roles.PerpOrg.list),
      "PerpOrg phrases changed: see muc4.not_group in rules/muc4-hand.lua")
  end)
end)

describe("muc4.settings", function()
  it("reads knobs as numbers, booleans and per-role values", function()
    local opts = assert(muc4.settings { "near_bonus=0.1", "cap.Victim=4", "short_alias=false",
                                       "edge_keep=true", "pack=muc4" })
    assert.same({ near_bonus = 0.1, cap = { Victim = 4 }, short_alias = false,
                  edge_keep = true, pack = "muc4" }, opts)
    assert.same({ threshold = { PerpInd = 0.5, Target = 0.4 } },
      muc4.settings { "threshold.PerpInd=0.5", "threshold.Target=0.4" })
  end)

  it("names the setting that is not key=value", function()
    local opts, err = muc4.settings { "cap.Victim=4", "cap Victim 4" }
    assert.is_nil(opts)
    assert.matches("cap Victim 4", err, 1, true)
    assert.has_error(function() muc4.settings("cap=1") end,
      "bad argument #1 to 'settings' (table expected, got string)")
  end)
end)

describe("muc4.answers", function()
  it("finds the roles of an FMLN bombing", function()
    local ans = muc4.answers(BOMBING, model)
    local orgs = mentions(ans, "PerpOrg")
    -- the full name and the acronym are one entity: one answer, not two,
    -- and the keys write it as the acronym
    assert.equal(1, #orgs)
    assert.equal("fmln", orgs[1])
    local long = assert(muc4.load("muc4", { short_alias = false }))
    assert.same({ "farabundo marti national liberation front" },
      mentions(muc4.answers(BOMBING, long), "PerpOrg"))
    assert.is_true(has(mentions(ans, "Weapon"), "car bomb"))
    assert.is_true(has(mentions(ans, "PerpInd"), "urban guerrillas"))
    local victims = mentions(ans, "Victim")
    assert.equal(1, #victims)
    assert.truthy(victims[1]:find("ignacio ellacuria", 1, true))
  end)

  it("finds a victim train never saw by the shape of a name", function()
    local text = "heavily armed men murdered mayor carlos ramirez ochoa of the town of "
      .. "san jeronimo with machineguns yesterday."
    local ans = muc4.answers(text, model)
    assert.same({ "carlos ramirez ochoa" }, mentions(ans, "Victim"))
    assert.is_true(has(mentions(ans, "PerpInd"), "heavily armed men"))
  end)

  it("never emits an empty entity, and every mention is in the text", function()
    for _, text in ipairs({ BOMBING, QUIET, "", "bomb." }) do
      local ans = muc4.answers(text, model)
      for _, role in ipairs(muc4.roles) do
        assert.is_table(ans[role])
        for _, ent in ipairs(ans[role]) do
          assert.equal(1, #ent)
          assert.truthy(#ent[1] > 0)
          assert.truthy(text:find(ent[1], 1, true))
        end
      end
    end
  end)

  it("keeps one mention per entity of a role", function()
    local ans = muc4.answers(BOMBING, model)
    for _, role in ipairs(muc4.roles) do
      local seen = {}
      for _, m in ipairs(mentions(ans, role)) do
        local k = ree.normalize(m):gsub("s$", "")
        assert.is_nil(seen[k], role .. ": " .. m .. " twice")
        seen[k] = true
      end
    end
  end)

  it("answers nothing for a story without an incident", function()
    local ans = muc4.answers(QUIET, model)
    for _, role in ipairs(muc4.roles) do assert.same({}, ans[role]) end
  end)

  it("is blind to letter case and quotes the text as written", function()
    local upper = muc4.answers(BOMBING:upper(), model)
    local lower = muc4.answers(BOMBING, model)
    for _, role in ipairs(muc4.roles) do
      local u, l = mentions(upper, role), mentions(lower, role)
      assert.equal(#l, #u, role)
      for i = 1, #l do assert.equal(l[i]:upper(), u[i]) end
    end
  end)

  it("does not take a speaker for a victim", function()
    local text = "guerrillas attacked the village of la cruz last night and killed two "
      .. "peasants, colonel roberto perez said. the army said the rebels fled to the hills."
    assert.is_false(has(mentions(muc4.answers(text, model), "Victim"), "roberto perez"))
    -- the same name as the object of the verb is one
    local victim = "guerrillas attacked the village of la cruz last night and killed colonel "
      .. "roberto perez, the commander of the garrison. the army said the rebels fled."
    assert.is_true(has(mentions(muc4.answers(victim, model), "Victim"), "roberto perez"))
  end)

  it("ends a name before an English verb form", function()
    local text = "unidentified gunmen killed mayor humberto brines ospina in medellin. "
      .. "his brother ramiro brines reappeared later, testifying in court."
    local got = {}
    muc4.person_names(text, model, function(s, e) got[#got + 1] = text:sub(s, e) end)
    assert.is_true(has(got, "humberto brines ospina"))
    assert.is_true(has(got, "ramiro brines"))
    assert.is_false(has(got, "ramiro brines reappeared"))
  end)

  it("scores once and selects with any knobs, as answers does", function()
    local sc = muc4.scores(BOMBING, model)
    assert.is_number(sc.gate)
    assert.is_true(sc.gate > 0 and sc.gate < 1)
    for _, role in ipairs(muc4.roles) do
      assert.is_true(sc.role_gate[role] > 0 and sc.role_gate[role] < 1, role)
    end
    local same, passed = muc4.select(sc, model)
    local direct = muc4.answers(BOMBING, model)
    for _, role in ipairs(muc4.roles) do
      assert.same(mentions(direct, role), mentions(same, role))
      -- the candidates that passed a threshold come best first, and every
      -- answer is one of them (its span may have been moved)
      local low = math.min(model.opts.learned_threshold[role], model.opts.learned_first[role])
      for k, x in ipairs(passed[role]) do
        assert.is_true(x.p >= low, role)
        if k > 1 then assert.is_true(x.p <= passed[role][k - 1].p, role) end
      end
      assert.is_true(#passed[role] >= #same[role], role)
    end
    -- a gate no story passes empties every role; a role gate only its role
    local opts = {}
    for k, v in pairs(model.opts) do opts[k] = v end
    opts.gate_min = 1.01
    local none = muc4.select(sc, model, opts)
    for _, role in ipairs(muc4.roles) do assert.same({}, none[role]) end
    opts.gate_min = 0
    opts.role_gate_min = { PerpInd = 0, PerpOrg = 0, Target = 0, Victim = 0, Weapon = 1.01 }
    local noweapon = muc4.select(sc, model, opts)
    assert.same({}, noweapon.Weapon)
    assert.is_true(#noweapon.PerpOrg > 0)
    assert.has_error(function() muc4.scores(nil, model) end)
    assert.has_error(function() muc4.scores("text", { roles = {} }) end)
  end)

  it("takes tuning knobs and checks its arguments", function()
    local strict = assert(muc4.load("muc4", { learned_threshold = { Weapon = 2 },
      learned_first = { Weapon = 2 } }))
    assert.same({}, muc4.answers(BOMBING, strict).Weapon)
    assert.equal(muc4.defaults.learned_threshold.PerpOrg, strict.opts.learned_threshold.PerpOrg)
    -- the hand-weighted scorer alone, without the learned weights
    local hand = assert(muc4.load("muc4", { weights = false, threshold = { Weapon = 99 } }))
    assert.is_nil(hand.weights)
    assert.same({}, muc4.answers(BOMBING, hand).Weapon)
    assert.is_true(has(mentions(muc4.answers(BOMBING, hand), "PerpInd"), "urban guerrillas"))
    local m, err = muc4.load("no-such-pack")
    assert.is_nil(m)
    assert.truthy(err:find("not found"))
    assert.has_error(function() muc4.answers(nil, model) end)
    assert.has_error(function() muc4.answers("text", {}) end)
    assert.has_error(function() muc4.load("muc4", 3) end)
  end)
end)

describe("muc4.extend", function()
  -- Grows the answer found at `word` in `text` for `role`.
  local function grown(text, word, role, opts)
    local s = assert(text:find(word, 1, true))
    return muc4.extend(text, word, s, role, opts)
  end

  it("takes the of-phrase after a target up to the verb", function()
    local t = "a bomb hit the offices of lawyer pedro ramos in lima yesterday."
    assert.equal("offices of lawyer pedro ramos", grown(t, "offices", "Target"))
  end)

  it("stops the of-phrase at punctuation", function()
    local t = "gunmen burned the house of the mayor, then fled."
    assert.equal("house of the mayor", grown(t, "house", "Target"))
  end)

  it("takes the measure or group before a perpetrator, with its figure", function()
    local t = "a group of 12 armed men raided the farm."
    assert.equal("group of 12 armed men", grown(t, "12 armed men", "PerpInd"))
    local u = "an unknown band of rebels attacked."
    assert.equal("band of rebels", grown(u, "rebels", "PerpInd"))
  end)

  it("takes the clothes a perpetrator is told by", function()
    local t = "four men wearing army uniforms entered the house."
    assert.equal("men wearing army uniforms", grown(t, "men", "PerpInd"))
  end)

  it("takes a hedged range of figures when the number knob is on", function()
    local opts = { extend_of = {}, extend_wearing = {}, extend_measure = {},
      extend_number = { PerpInd = true } }
    local t = "then approximately 40 or 50 rebels opened fire."
    assert.equal("approximately 40 or 50 rebels", grown(t, "rebels", "PerpInd", opts))
    assert.equal("rebels", grown(t, "rebels", "Victim", opts))
  end)

  it("leaves an answer alone when nothing fits or the role does not take it", function()
    local t = "the offices of the party were damaged."
    assert.equal("offices", grown(t, "offices", "Weapon"))
    assert.equal("bridge", grown("the bridge, of course, fell.", "bridge", "Target"))
    assert.equal("dynamite", grown("dynamite was found.", "dynamite", "Weapon"))
  end)

  it("returns the answer when the offset does not hold it", function()
    assert.equal("bridge", muc4.extend("the bridge fell", "bridge", 1, "Target"))
  end)

  it("raises on a missing text", function()
    assert.has_error(function() muc4.extend(nil, "x", 1, "Target") end)
  end)
end)

describe("muc4.edge", function()
  -- Word sets written for these specs: what a train lexicon would hold.
  local function set(str)
    local t = {}
    for w in str:gmatch("%S+") do t[w] = true end
    return t
  end
  local M = { keep = { PerpInd = set "unidentified", Victim = {}, Target = {} },
    drop = { PerpInd = {}, Victim = set "candidate hopeful", Target = {} },
    first = set "jose luz", nameword = set "amparo gomez serna jesus pena ramos",
    title = set "father mayor" }
  local ON = { edge_keep = { PerpInd = true, Victim = true, Target = true },
    edge_drop = { PerpInd = true, Victim = true, Target = true },
    extend_name = { Victim = true } }
  local function moved(text, word, role, opts)
    local s = assert(text:find(word, 1, true))
    local m, at = muc4.edge(text, word, s, role, M, opts or ON)
    assert.equal(m, text:sub(at, at + #m - 1))
    return m
  end

  it("takes a word the keys keep before the answer", function()
    assert.equal("unidentified men", moved("two unidentified men fled.", "men", "PerpInd"))
    assert.equal("armed men", moved("two armed men fled.", "armed men", "PerpInd"))
  end)

  it("drops a first word the keys leave out", function()
    assert.equal("pedro ramos", moved("they shot candidate pedro ramos.", "candidate pedro ramos",
      "Victim"))
  end)

  it("grows a name over the name words before it, connectors included", function()
    local t = "rebels kidnapped luz amparo gomez serna in cali."
    assert.equal("luz amparo gomez serna", moved(t, "amparo gomez serna", "Victim"))
    local u = "they killed jose de jesus pena at dawn."
    assert.equal("jose de jesus pena", moved(u, "jesus pena", "Victim"))
    -- a title is not part of the name; two words at most
    assert.equal("pedro ramos", moved("they shot father pedro ramos.", "pedro ramos", "Victim"))
  end)

  it("leaves the answer alone when its role's knob is off", function()
    local off = { edge_keep = {}, edge_drop = {}, extend_name = {} }
    assert.equal("men", moved("two unidentified men fled.", "men", "PerpInd", off))
    assert.equal("amparo gomez serna",
      moved("rebels kidnapped luz amparo gomez serna.", "amparo gomez serna", "Victim", off))
    assert.equal("men", moved("two unidentified men fled.", "men", "Target"))
  end)

  it("returns the answer when the offset does not hold it, and checks its text", function()
    assert.equal("men", (muc4.edge("unidentified men", "men", 1, "PerpInd", M, ON)))
    assert.has_error(function() muc4.edge(nil, "x", 1, "Target", M, ON) end,
      "bad argument to 'edge' (text and mention strings expected)")
  end)

  it("reads the keep and drop words from the pack's lexicon", function()
    assert.is_true(model.keep.PerpInd.unidentified)
    assert.is_true(model.drop.Victim.candidate)
  end)
end)

describe("muc4 round-7 selection rules", function()
  it("knows a person told only as a speaker", function()
    local t = "arturo rivera y damas, the archbishop, said today that the army killed pedro "
      .. "lopez. according to ana gomez, the bomb went off at noon. ana gomez was hurt."
    assert.is_true(muc4.only_speaker(t, "arturo rivera y damas"))
    assert.is_false(muc4.only_speaker(t, "pedro lopez"))
    -- one mention as a victim is enough to keep her
    assert.is_false(muc4.only_speaker(t, "ana gomez"))
    assert.is_false(muc4.only_speaker(t, "nobody here"))
    assert.is_true(muc4.only_speaker("juan perez has denounced the crime.", "juan perez"))
    assert.has_error(function() muc4.only_speaker(nil, "x") end)
  end)

  it("knows a name told only after a given word", function()
    local set = { colonel = true }
    local t = "colonel luis ortiz spoke. guerrillas killed mayor jose soto near colonel luis ortiz."
    assert.is_true(muc4.only_after(t, "luis ortiz", set))
    assert.is_false(muc4.only_after(t, "jose soto", set))
    assert.is_false(muc4.only_after("luis ortiz came, then colonel luis ortiz left.", "luis ortiz",
      set))
    assert.has_error(function() muc4.only_after("t", "t") end)
  end)

  it("knows a person told only in a sentence of armed clash", function()
    local t = "soldier jose ruiz died when troops clashed with rebels. later, gunmen "
      .. "killed mayor luis soto in the plaza. luis soto had spoken of the combat."
    assert.is_true(muc4.only_clash(t, "jose ruiz"))
    assert.is_false(muc4.only_clash(t, "luis soto"))
    assert.is_false(muc4.only_clash(t, "nobody"))
    assert.has_error(function() muc4.only_clash(t) end)
  end)

  it("knows a perpetrator word that only modifies a deed", function()
    local t = "the terrorist attack hit a bank. police blamed the terrorist act on the eln."
    assert.is_true(muc4.only_modifier(t, "terrorist", model))
    assert.is_false(muc4.only_modifier(t .. " a terrorist fled.", "terrorist", model))
    -- plurals and phrases name doers ("guerrillas attacked")
    assert.is_false(muc4.only_modifier("the guerrillas attack often.", "guerrillas", model))
    assert.is_false(muc4.only_modifier(t, "terrorist attack", model))
    assert.has_error(function() muc4.only_modifier("t", "t") end)
  end)

  it("drops a speaker from the victims only when the knob says so", function()
    local t = "urban guerrillas killed father jose lopez in san salvador last night. "
      .. "archbishop arturo rivera y damas said the murder of father jose lopez was a crime."
    local sc = muc4.scores(t, model)
    local function victims(opts)
      local out = muc4.select(sc, model, opts)
      return table.concat(mentions(out, "Victim"), "|")
    end
    local on = {}
    for k, v in pairs(model.opts) do on[k] = v end
    on.speaker_drop = { PerpInd = false, PerpOrg = false, Target = false, Victim = true,
      Weapon = false }
    -- the speaker is never chosen with the knob on, the victim stays
    assert.is_nil(victims(on):find("rivera", 1, true))
    assert.equal(victims(model.opts):find("jose lopez", 1, true) ~= nil,
      victims(on):find("jose lopez", 1, true) ~= nil)
  end)

  it("opens a name after a person noun unless name_opener is off", function()
    local t = "gunmen shot cattleman teodulo sierra medina and a man identified as zacarias "
      .. "ortega."
    local function found(m)
      local out = {}
      muc4.person_names(t, m, function(s, e) out[#out + 1] = t:sub(s, e) end)
      return table.concat(out, "|")
    end
    local on = assert(muc4.load(nil, { weights = false }))
    assert.truthy(found(on):find("teodulo sierra medina", 1, true))
    assert.truthy(found(on):find("zacarias ortega", 1, true))
    local off = assert(muc4.load(nil, { name_opener = false, more_first = false,
      weights = false }))
    assert.is_nil(found(off):find("teodulo", 1, true))
    assert.is_nil(found(off):find("zacarias ortega", 1, true))
  end)

  it("knows more first names unless more_first is off", function()
    local t = "the bodies of hipolito vargas and leslie moffit were found."
    local function found(m)
      local out = {}
      muc4.person_names(t, m, function(s, e) out[#out + 1] = t:sub(s, e) end)
      return table.concat(out, "|")
    end
    local on = assert(muc4.load(nil, { weights = false }))
    assert.equal("hipolito vargas|leslie moffit", found(on))
    local off = assert(muc4.load(nil, { more_first = false, weights = false }))
    assert.equal("", found(off))
  end)
end)

describe("muc4 round-7b target spans", function()
  -- the answer grown where it stands, as the selection grows it
  local function grown(text, word, role, opts)
    local s = assert(text:find(word, 1, true))
    local m, at = muc4.grow(text, word, s, role or "Target", model, opts)
    assert.equal(m, text:sub(at, at + #m - 1))
    return m
  end

  it("takes the owner named before a target, not a common noun", function()
    assert.equal("merino's home", grown("a bomb wrecked merino's home at dawn.", "home"))
    assert.equal("offices", grown("a bomb wrecked the company's offices.", "offices"))
    assert.equal("home", grown("a bomb wrecked merino's home at dawn.", "home", "Target",
      with { extend_owner = { Target = false } }))
  end)

  it("takes a noun that heads the role's train fillers after a target", function()
    local t = "rebels fired on the soviet embassy building and its guards today."
    assert.equal("soviet embassy building", grown(t, "soviet embassy"))
    assert.equal("soviet embassy", grown(t, "soviet embassy", "Target",
      with { extend_head = { Target = false } }))
    -- a noun the role's keys hardly ever end on is no head
    assert.equal("soviet embassy",
      grown("rebels fired on soviet embassy officials today.", "soviet embassy"))
  end)

  it("answers with the owner when selecting", function()
    local t = "urban guerrillas of the fmln detonated a bomb at merino's home in san salvador "
      .. "last night. the explosion destroyed the home and killed a guard."
    local sc = muc4.scores(t, model)
    assert.same({ "merino's home" }, mentions(muc4.select(sc, model), "Target"))
    local off = with { extend_owner = { Target = false } }
    assert.same({ "home" }, mentions(muc4.select(sc, model, off), "Target"))
  end)

  it("keeps the perpetrator growths tried off, and grows with them on", function()
    local t = "two men on a motorcycle fired at the judge."
    assert.equal("two men", grown(t, "two men", "PerpInd"))
    assert.equal("two men on a motorcycle", grown(t, "two men", "PerpInd",
      with { extend_vehicle = { PerpInd = true } }))
    local u = "members of the camilist union kidnapped a deputy."
    assert.equal("members of the camilist union", grown(u, "members", "PerpInd",
      with { extend_members = { PerpInd = true } }))
  end)

  it("keeps the owner's building off, and takes it with the knob on", function()
    local t = "a bomb hit the offices of el espectador in medellin. el espectador said so."
    assert.equal("el espectador", grown(t, "el espectador"))
    assert.equal("offices of el espectador", grown(t, "el espectador", "Target",
      with { of_owner = { Target = true } }))
  end)

  it("returns the answer when the offset does not hold it, and checks its text", function()
    assert.equal("home", (muc4.grow("merino's home", "home", 1, "Target", model)))
    assert.has_error(function() muc4.grow(nil, "home", 1, "Target", model) end)
  end)
end)

describe("muc4 round-8 relevance rules", function()
  local CLASH = "rebels ambushed an army patrol near the river, and four soldiers were killed. "
    .. "the guerrillas fled toward the hills after the attack."

  it("knows a story that tells only combatants as the ones hit", function()
    assert.is_true(muc4.only_combatants(CLASH, model))
    -- a force's vehicle is no civilian property, a bus is
    assert.is_true(muc4.only_combatants(
      "guerrillas dynamited a military vehicle, killing seven policemen.", model))
    assert.is_false(muc4.only_combatants(
      "guerrillas dynamited a bus, killing seven policemen.", model))
    -- a civilian hit in the same clash opens the story
    assert.is_false(muc4.only_combatants(CLASH .. " a peasant was wounded by the gunfire.",
      model))
    -- a person named without a rank is a civilian, with one a combatant
    assert.is_false(muc4.only_combatants(CLASH .. " gunmen also killed carlos mendoza.",
      model))
    assert.is_true(muc4.only_combatants(CLASH .. " policeman carlos mendoza was wounded.",
      model))
    -- a story without harm to anyone tells no combatant hit either
    assert.is_false(muc4.only_combatants(QUIET, model))
    assert.has_error(function() muc4.only_combatants(CLASH) end)
  end)

  it("knows a story that tells its incidents only as denied, planned or talked of", function()
    assert.is_true(muc4.no_fact(
      "the navy denied that rebels had planned the murder of the candidate.", model))
    assert.is_false(muc4.no_fact("rebels killed the mayor of the town last night.", model))
    assert.is_false(muc4.no_fact(QUIET, model))
    assert.has_error(function() muc4.no_fact(QUIET) end)
  end)

  it("closes a story of combatants below the knob's gate, and only then", function()
    local t = "fmln urban guerrillas attacked an army garrison in san miguel with mortars and "
      .. "rifles last night. twenty soldiers were killed and ten were wounded in the attack on "
      .. "the garrison. the rebels fled with their weapons."
    local function count(text, opts)
      local n, out = 0, muc4.select(muc4.scores(text, model), model, opts)
      for _, role in ipairs(muc4.roles) do n = n + #out[role] end
      return n
    end
    assert.equal(0, count(t))
    assert.is_true(count(t, with { combatant_gate = false }) > 0)
    -- a civilian thing hit in the same story keeps it open
    assert.is_true(count(t .. " a bomb also destroyed a bank in the town.") > 0)
  end)
end)

describe("muc4 round-9 list members", function()
  -- the members as written, for one answer
  local function members(text, mention)
    local out = {}
    for _, se in ipairs(muc4.list_members(text, mention, model.lex.head)) do
      out[#out + 1] = text:sub(se[1], se[2])
    end
    table.sort(out)
    return out
  end
  local SHOPS = "shining path terrorists dynamited the municipal building, a grocery store and "
    .. "the local bank in the town of huanta last night. two guards were wounded."

  it("finds the other members of a list on both sides of an answer", function()
    assert.same({ "grocery store", "local bank" }, members(SHOPS, "municipal building"))
    assert.same({ "local bank", "municipal building" }, members(SHOPS, "grocery store"))
    assert.same({ "grocery store", "municipal building" }, members(SHOPS, "local bank"))
    -- numbers and articles are left out, as the keys leave them
    assert.same({ "pharmacies", "town hall" },
      members("rebels burned the town hall, a gasoline station and two pharmacies.",
        "gasoline station"))
  end)

  it("takes no apposition, owner, verb object or phrase that goes on", function()
    -- commas alone: "the secret police" renames the das
    assert.same({}, members("rebels attacked the das, the secret police, in bogota.", "das"))
    -- an "of"-phrase lists owners: one target
    assert.same({}, members("a bomb damaged the offices of the union and the party.",
      "offices of the union"))
    -- a verb after "and": the next clause, not a member
    assert.same({}, members("the bomb hit a bank, and soldiers burned several houses.", "bank"))
    -- a verb in "-ing" is no member, a noun in "-ing" the train keys end on is
    assert.same({ "store" }, members("a bomb hit a bank and a store, damaging windows.", "bank"))
    local t = "a bomb hit a bank and an old building."
    assert.same({ "old building" }, members(t, "bank"))
    assert.same({}, muc4.list_members(t, "bank"))
    -- a bracket: the member's phrase goes on past it
    assert.same({}, members("the bomb hit a bank and the antel (phone company) offices.",
      "bank"))
    assert.has_error(function() muc4.list_members(nil, "bank") end)
  end)

  it("answers the members as targets unless the knob is off", function()
    local sc = muc4.scores(SHOPS, model)
    local on = mentions(muc4.select(sc, model), "Target")
    local off = mentions(muc4.select(sc, model, with { list_member = {} }), "Target")
    assert.is_true(has(on, "local bank"))
    assert.is_false(has(off, "local bank"))
    assert.equal(#off + 1, #on)
  end)

  it("takes no weapon, place or harm for a member", function()
    local t = "fmln guerrillas attacked the town hall with rifles and grenades and destroyed the "
      .. "town hall, a bus and medellin. they caused injuries and damage."
    local sc = muc4.scores(t, model)
    local on = mentions(muc4.select(sc, model), "Target")
    for _, m in ipairs(on) do
      assert.is_nil(m:find("grenades", 1, true))
      assert.are_not.equal("medellin", m)
      assert.are_not.equal("damage", m)
    end
  end)
end)
