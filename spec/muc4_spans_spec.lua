local spans = require "incidents.muc4.spans"

-- A small chunk grammar written for these specs: what train would teach.
local function set(s)
  local t = {}
  for w in s:gmatch("%S+") do t[w] = true end
  return t
end
local LEX = {
  head = set "plant station bomb guerrillas mayor",
  first = set "power police urban car san",
  inner = set "salvador power",
  common = set("the a of in by was were last night at and yesterday attacked destroyed "
    .. "plant station bomb guerrillas power police urban car san salvador said mayor"),
  phrase = { ["urban guerrillas"] = { 10, 8, 0, 0, 0, 0 } },
  headstat = {},
}

-- Sentence ends of a text, as incidents.muc4 finds them.
local function ends_of(text)
  local ends = {}
  for p in text:gmatch("()%.%s") do ends[#ends + 1] = p end
  ends[#ends + 1] = #text
  return ends
end

local function by_key(list)
  local t = {}
  for _, c in ipairs(list) do t[c.key] = c end
  return t
end

local function has(list, x)
  for _, y in ipairs(list) do if y == x then return true end end
  return false
end

local STORY = "urban guerrillas destroyed the san salvador power plant last night. "
  .. "a car bomb was found at the police station by the army."

describe("muc4.spans", function()
  local info = { ends = ends_of(STORY), trig = { [1] = { "destroyed" } }, ntrig = 1,
    classes = { destroyed = "incident", found = "discovery" } }

  it("proposes noun phrases the lexicons never saw, with their modifiers", function()
    local c = by_key(spans.candidates(STORY, LEX, info))
    assert.truthy(c["san salvador power plant"])
    assert.truthy(c["power plant"])
    -- a bare head opens a phrase only if a filler opened on it
    assert.is_nil(c["plant"])
    assert.truthy(c["guerrillas"] == nil and c["urban guerrillas"])
    assert.truthy(c["car bomb"])
    assert.truthy(c["police station"])
    -- a phrase never runs over a verb or a full stop
    assert.is_nil(c["guerrillas destroyed"])
    assert.is_nil(c["night car bomb"])
  end)

  it("quotes the text and describes the frame around the phrase", function()
    local c = by_key(spans.candidates(STORY, LEX, info))
    local plant = c["san salvador power plant"]
    assert.equal("san salvador power plant", plant.mention)
    assert.equal(STORY:find("san salvador", 1, true), plant.start)
    assert.is_true(has(plant.feats, "b1=the"))
    assert.is_true(has(plant.feats, "b2=destroyed the"))
    assert.is_true(has(plant.feats, "h=plant"))
    assert.is_true(has(plant.feats, "trig"))
    assert.is_true(has(plant.feats, "tw=destroyed"))
    assert.is_true(has(plant.feats, "shape=longest"))
    -- the class of a word near the phrase generalises the frame
    assert.is_true(has(plant.feats, "bc=incident"))
    assert.is_true(has(c["car bomb"].feats, "ac=discovery"))
    assert.is_false(has(c["car bomb"].feats, "bc=incident"))
    -- the station is in a sentence without an incident word
    assert.is_false(has(c["police station"].feats, "trig"))
    assert.is_true(has(c["police station"].feats, "a2=by the"))
    -- what train says about a phrase: 8 of 10 documents as PerpInd
    assert.is_true(has(c["urban guerrillas"].feats, "lx:PerpInd=3"))
    assert.is_true(has(c["power plant"].feats, "lx=new"))
  end)

  it("counts repeated mentions as one candidate", function()
    local text = "the police station was bombed. later the police station burned."
    local list = spans.candidates(text, LEX, { ends = ends_of(text), trig = {}, ntrig = 0 })
    local c = by_key(list)
    assert.equal(2, c["police station"].count)
    assert.is_true(has(c["police station"].feats, "cnt=2"))
  end)

  it("takes spans found by other means and marks names cut short", function()
    local text = "gunmen shot mayor jose ortiz villalobos at his home yesterday."
    local s = text:find("jose", 1, true)
    local e = select(2, text:find("villalobos", 1, true))
    local s2 = text:find("ortiz", 1, true)
    local list = spans.candidates(text, LEX, { ends = ends_of(text), trig = {}, ntrig = 0,
      extra = { { s, e, "name" }, { s2, e, false } } })
    local c = by_key(list)
    assert.is_true(has(c["jose ortiz villalobos"].feats, "tag=name"))
    assert.is_true(has(c["ortiz villalobos"].feats, "inname"))
    assert.is_false(has(c["ortiz villalobos"].feats, "tag=false"))
  end)

  it("scores with a logistic model and reads the words of a document", function()
    assert.equal(0.5, spans.prob({}, { "bias" }))
    assert.is_true(spans.prob({ bias = 2 }, { "bias" }) > 0.85)
    assert.is_true(spans.prob({ bias = -50 }, { "bias" }) == 0)
    local ws = spans.doc_words("Bomb, bomb and BOMB.")
    assert.same({ "bias", "d=bomb", "d=and" }, ws)
    assert.has_error(function() spans.candidates(nil, LEX, info) end)
  end)

  it("describes a whole story for the gate by its best candidates", function()
    local fl = spans.doc_feats({ PerpOrg = 0.95, Weapon = 0.42 }, { PerpOrg = 4, Weapon = 1 },
      0.33, 6)
    for _, f in ipairs({ "bias", "mx:PerpOrg=9", "mx:Weapon=4", "mx:Victim=0", "n:PerpOrg=3",
      "n:Weapon=1", "n:Target=0", "top=9", "sum=5", "rel=3", "ntrig=5" }) do
      assert.is_true(has(fl, f), f)
    end
    local bare = spans.doc_feats({}, {})
    assert.is_false(has(bare, "rel=0"))
    assert.is_true(has(bare, "top=0"))
  end)
end)
