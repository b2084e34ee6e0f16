--- Tunes the knobs of the MUC-4 learned scorer on train and dev only.
--
--     lua5.4 tools/tune-muc4.lua [--data DIR] [--cv build/cv] [--rounds N]
--                                [--weights W] [--set key.Role=value ...]
--
-- Scores three sets once, keeps every candidate's probabilities
-- (`muc4.scores`), then searches the selection knobs (thresholds, caps,
-- blend, damping, gate) coordinate by coordinate for the best mean micro
-- F1 of: dev (weights learned on all of train) and the two halves of train,
-- each scored by weights and a lexicon learned on the other half
-- (`sh tools/muc4-cv.sh build` makes them). Test is never read. Prints the
-- knobs as `--set` arguments (`--rounds 0` only scores the knobs given).
-- @script tune-muc4

local cjson = require "cjson"
local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"

local data, cv, rounds = "../shared/data/muc4", "build/cv", 3
local weights, settings = "incidents.muc4.weights", {}
local i = 1
while i <= #arg do
  local a, v = arg[i], arg[i + 1]
  if a == "--data" then data = v
  elseif a == "--cv" then cv = v
  elseif a == "--rounds" then rounds = tonumber(v)
  elseif a == "--weights" then weights = v
  elseif a == "--set" then settings[#settings + 1] = v
  else io.stderr:write("tune-muc4: unknown argument ", a, "\n"); os.exit(2) end
  i = i + 2
end

-- A set: its gold, its documents' scores, and the model that scored them.
local function prepare(split, pack, wfile, half)
  local gold, docs = assert(ree.read_grit(data .. "/grit/" .. split .. ".json", cjson.decode))
  local model = assert(muc4.load(pack, { weights = wfile }))
  local ids = {}
  for id in pairs(docs) do ids[#ids + 1] = id end
  table.sort(ids)
  local set = { gold = {}, sc = {}, ids = {}, model = model }
  for k, id in ipairs(ids) do
    if not half or (half == "even") == (k % 2 == 0) then
      set.ids[#set.ids + 1] = id
      set.gold[id] = gold[id]
      set.sc[id] = muc4.scores(docs[id], model)
    end
  end
  return set
end

local sets = {
  prepare("dev", "muc4", weights),
  prepare("train", cv .. "/even/muc4.lua", cv .. "/even/weights.lua", "odd"),
  prepare("train", cv .. "/odd/muc4.lua", cv .. "/odd/weights.lua", "even"),
}

local function evaluate(opts)
  local fs = {}
  for k, set in ipairs(sets) do
    local preds = {}
    for _, id in ipairs(set.ids) do preds[id] = muc4.select(set.sc[id], set.model, opts) end
    fs[k] = ree.score(set.gold, preds).micro.f1 * 100
  end
  return (fs[1] + fs[2] + fs[3]) / 3, fs
end

local opts = {}
for k, v in pairs(muc4.defaults) do
  if type(v) == "table" then
    opts[k] = {}
    for r, x in pairs(v) do opts[k][r] = x end
  else
    opts[k] = v
  end
end

-- starting knobs from the command line, as tools/muc4.lua takes them
for _, a in ipairs(settings) do
  local k, role, v = a:match("^([%w_]+)%.?([%w_]*)=(.+)$")
  v = tonumber(v) or v
  if role ~= "" then opts[k][role] = v else opts[k] = v end
end

local GRID = {
  learned_threshold = { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6 },
  learned_first = { 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4 },
  learned_cap = { 1, 2, 3, 4, 5, 6, 8 },
  blend = { 0, 0.1, 0.2, 0.3, 0.4 },
  rel_power = { 0, 0.125, 0.25, 0.5, 0.75, 1 },
  gate_power = { 0, 0.125, 0.25, 0.5, 0.75, 1 },
  gate_min = { 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3 },
  role_gate_min = { 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3 },
  role_gate_power = { 0, 0.25, 0.5, 1 },
}
local KNOBS = { "rel_power", "gate_power", "gate_min", "role_gate_min", "role_gate_power",
  "blend", "learned_first", "learned_threshold", "learned_cap" }
local best, fs = evaluate(opts)
print(("start %.2f (dev %.2f, odd %.2f, even %.2f)"):format(best, fs[1], fs[2], fs[3]))
for round = 1, rounds do
  local moved = false
  for _, knob in ipairs(KNOBS) do
    local keys = type(opts[knob]) == "table" and ree.roles or { false }
    for _, role in ipairs(keys) do
      local function get() if role then return opts[knob][role] end return opts[knob] end
      local function put(v) if role then opts[knob][role] = v else opts[knob] = v end end
      local keep = get()
      for _, v in ipairs(GRID[knob]) do
        put(v)
        local f = evaluate(opts)
        if f > best + 1e-9 then best, keep, moved = f, v, true end
      end
      put(keep)
    end
  end
  best, fs = evaluate(opts)
  print(("round %d %.2f (dev %.2f, odd %.2f, even %.2f)"):format(round, best, fs[1], fs[2], fs[3]))
  if not moved then break end
end
local args = {}
for _, knob in ipairs(KNOBS) do
  if type(opts[knob]) == "table" then
    for _, role in ipairs(ree.roles) do
      args[#args + 1] = ("--set %s.%s=%s"):format(knob, role, opts[knob][role])
    end
  else
    args[#args + 1] = ("--set %s=%s"):format(knob, opts[knob])
  end
end
print(table.concat(args, " "))
