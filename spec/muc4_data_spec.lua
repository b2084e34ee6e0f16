-- Specs for round 11's data lever: the lexicon and weights builders learn
-- from more than one gold file (`--add`), and `--half` still picks from the
-- train file only. Two tiny gold files, with sentences written for this
-- spec, stand for train and dev.
local cjson = require "cjson"

local u = dofile("spec/robust_util.lua")
local slurp, q = u.slurp, u.q

local TRAIN = {
  { docid = "T-1", doctext = "urban commandos of the zeta brigade dynamited the water tower "
      .. "in santa rita last night. the mayor said two guards died.",
    extracts = { PerpInd = { { { "urban commandos", 0 } } },
      PerpOrg = { { { "zeta brigade", 23 } } }, Target = { { { "water tower", 51 } } },
      Victim = {}, Weapon = {} } },
  { docid = "T-2", doctext = "unknown gunmen fired on the customs post at dawn and fled "
      .. "toward the border, the army said.",
    extracts = { PerpInd = { { { "unknown gunmen", 0 } } }, PerpOrg = {},
      Target = { { { "customs post", 28 } } }, Victim = {}, Weapon = {} } },
}
local DEV = {
  { docid = "D-1", doctext = "a gang of masked men burned the grain silo near puerto alto. "
      .. "police said a molotov bottle was used.",
    extracts = { PerpInd = { { { "masked men", 10 } } }, PerpOrg = {},
      Target = { { { "grain silo", 32 } } }, Victim = {},
      Weapon = { { { "molotov bottle", 76 } } } } },
}

local function tmpname()
  local n = os.tmpname()
  os.remove(n)
  return n
end

-- Writes gold stories as JSON lines, as grit/*.json holds them.
local function gold_file(docs)
  local path = tmpname() .. ".json"
  local f = assert(io.open(path, "w"))
  for _, d in ipairs(docs) do f:write(cjson.encode(d), "\n") end
  f:close()
  return path
end

-- Runs a tool quietly; returns its output file's text.
local function run(tool, args, out)
  local ok = os.execute("LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='./?.so;;' lua5.4 tools/"
    .. tool .. " " .. args .. " >/dev/null 2>&1")
  assert.is_true(ok == true or ok == 0, tool .. " failed")
  local text = assert(slurp(out))
  os.remove(out)
  return text
end

describe("build-muc4-lexicon --add", function()
  local train, dev = gold_file(TRAIN), gold_file(DEV)
  teardown(function() os.remove(train); os.remove(dev) end)

  it("learns the phrases of every file given", function()
    local out = tmpname() .. ".lua"
    local both = run("build-muc4-lexicon.lua", q(train) .. " " .. q(out) .. " --add " .. q(dev),
      out)
    assert.matches('"water tower"', both, 1, true)
    assert.matches('"grain silo"', both, 1, true)
    assert.matches('"molotov bottle"', both, 1, true)
    assert.matches("(3 documents)", both, 1, true)
    local alone = run("build-muc4-lexicon.lua", q(train) .. " " .. q(out), out)
    assert.matches('"water tower"', alone, 1, true)
    assert.is_nil(alone:find('"grain silo"', 1, true))
    assert.matches("(2 documents)", alone, 1, true)
  end)
end)

describe("build-muc4-weights --add", function()
  local train, dev = gold_file(TRAIN), gold_file(DEV)
  teardown(function() os.remove(train); os.remove(dev) end)

  -- The weights file's `phrase` table counts, per phrase, the stories it
  -- was a candidate in and was gold in: the added stories must be there.
  local function weights(args)
    local out = tmpname() .. ".lua"
    local text = run("build-muc4-weights.lua", args .. " --out " .. q(out), out)
    return text, assert(load(text, "weights", "t", {}))()
  end

  it("learns from the added stories, appended after train's", function()
    local text, w = weights("--train " .. q(train) .. " --add " .. q(dev))
    assert.matches("3 documents, with ", text, 1, true)
    assert.truthy(w.phrase["grain silo"], "a phrase of the added file")
    assert.truthy(w.phrase["water tower"], "a phrase of train")
    assert.equal(1, w.phrase["grain silo"][4], "gold as Target in the added story")
  end)

  it("takes --half from the train file only", function()
    local text, w = weights("--train " .. q(train) .. " --half even --add " .. q(dev))
    assert.matches("2 documents, even half, with ", text, 1, true)
    assert.truthy(w.phrase["customs post"], "the even half of train is the second story")
    assert.is_nil(w.phrase["water tower"], "the odd story of train is left out")
    assert.truthy(w.phrase["grain silo"], "the added file is read whole")
  end)
end)
