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

local muc4 = require "incidents.muc4"
local census = require "incidents.muc4.census"

local o = census.cli("muc4-errors", arg,
  { ["--list"] = "one", ["--role"] = "one", ["--set"] = "many" }, { "--set" })
local list_class, only_role = o["--list"], o["--role"]
local opts = o.knobs["--set"]

local function run(name)
  local model, gold, docs, ids = census.set(name, o, opts)
  local tally, cases = census.new(), {}
  for _, id in ipairs(ids) do
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
  return tally, cases
end

local total = census.new()
for _, name in ipairs(o.sets) do
  local tally, cases = run(name)
  census.merge(total, tally)
  print("### " .. name .. "\n")
  print(census.table(tally))
  if list_class then print(table.concat(cases, "\n") .. "\n") end
end
print("### all\n")
print(census.table(total))
