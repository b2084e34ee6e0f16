--- Error census of the MUC-4 pack on dev and on both train halves.
--
--     lua5.4 tools/muc4-errors.lua [--data DIR] [--cv build/cv] [--sets dev,odd,even]
--                                  [--set key.Role=value ...] [--list CLASS] [--role ROLE]
--
-- Scores the same three sets as `tools/tune-muc4.lua` (dev with the shipped
-- weights; each train half with the lexicon and weights learned on the other
-- half, from `sh tools/muc4-cv.sh build`), chooses the answers with the
-- knobs (`muc4.defaults`, overridden by `--set`), and sorts every wrong
-- answer and every miss into one class (`incidents.muc4.census`). Prints one
-- table per set and their sum, as markdown; `--list fp.coref` (any class
-- name) also prints the cases of that class, `--role` keeps one role.
-- Test is never read.
-- @script muc4-errors

local cjson = require "cjson"
local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local data, cv, which, list_class, only_role = "../shared/data/muc4", "build/cv",
  "dev,odd,even", nil, nil
local settings = {}
local i = 1
while i <= #arg do
  local a, v = arg[i], arg[i + 1]
  if a == "--data" then data = v
  elseif a == "--cv" then cv = v
  elseif a == "--sets" then which = v
  elseif a == "--list" then list_class = v
  elseif a == "--role" then only_role = v
  elseif a == "--set" then settings[#settings + 1] = v
  else io.stderr:write("muc4-errors: unknown argument ", a, "\n"); os.exit(2) end
  i = i + 2
end

local opts, bad = muc4.settings(settings)
if not opts then
  io.stderr:write("muc4-errors: --set ", bad, "\n")
  os.exit(2)
end

-- name -> split, pack, weights, half of train scored
local SETS = {
  dev = { "dev", "muc4", nil, nil },
  odd = { "train", cv .. "/even/muc4.lua", cv .. "/even/weights.lua", "odd" },
  even = { "train", cv .. "/odd/muc4.lua", cv .. "/odd/weights.lua", "even" },
}

local function run(name)
  local split, pack, wfile, half = table.unpack(SETS[name])
  local gold, docs = assert(ree.read_grit(data .. "/grit/" .. split .. ".json", cjson.decode))
  local o = {}
  for k, v in pairs(opts) do o[k] = v end
  if wfile then o.weights = wfile end
  local model = assert(muc4.load(pack, o))
  local ids = {}
  for id in pairs(docs) do ids[#ids + 1] = id end
  table.sort(ids)
  local tally, cases = census.new(), {}
  for k, id in ipairs(ids) do
    if not half or (half == "even") == (k % 2 == 0) then
      local sc = muc4.scores(docs[id], model)
      local pred = muc4.select(sc, model)
      local got = census.document(gold[id], pred, {
        candidates = sc.list, closed = sc.gate and sc.gate < model.opts.gate_min,
        group_of = model.group_of })
      for _, c in ipairs(got) do
        if not only_role or c.role == only_role then
          census.add(tally, c)
          if c.class == list_class then cases[#cases + 1] = id .. " " .. c.role .. ": " .. c.text
            .. (c.gold and ("  <- " .. c.gold) or "")
          end
        end
      end
    end
  end
  return tally, cases
end

local total = census.new()
for name in which:gmatch("[^,]+") do
  if not SETS[name] then io.stderr:write("muc4-errors: no set ", name, "\n"); os.exit(2) end
  local tally, cases = run(name)
  census.merge(total, tally)
  print("### " .. name .. "\n")
  print(census.table(tally))
  if list_class then print(table.concat(cases, "\n") .. "\n") end
end
print("### all\n")
print(census.table(total))
