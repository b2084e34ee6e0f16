--- Runs the MUC-4 pack over a split and scores it with CEAF-REE.
--
--     lua5.4 tools/muc4.lua [--split dev] [--data DIR] [--out FILE] [--rules PACK]
--                           [--set key=value ...] [--errors ROLE] [--dump FILE]
--                           [--half even|odd]
--
-- Reads `DIR/grit/<split>.json`, writes the predictions as one JSON object
-- `{docid: {role: [[mention, ...], ...]}}` to FILE (default
-- `build/muc4-<split>.json`), and prints the per-role and micro P/R/F1 table
-- of `incidents.eval.ree` and the speed in words per minute (extraction
-- only, the pack loaded). `--set threshold.Target=0.4` overrides a tuning
-- knob of `incidents.muc4` (see `muc4.defaults`); `--errors ROLE` lists the
-- false positives and misses of one role, for tuning on train and dev;
-- `--dump FILE` writes every candidate with its features and whether it is
-- gold (JSON lines), for tuning the knobs offline; `--half odd` scores every
-- other document only (cross-validation on train, with
-- `--set weights=FILE` learned on the even half).
-- `make muc4 SPLIT=dev` calls this (mk/muc4.mk).
-- @script muc4

local cjson = require "cjson"
local ree = require "incidents.eval.ree"
local muc4 = require "incidents.muc4"

local split, data, out, pack_name, errors_role = "dev", "../shared/data/muc4", nil, "muc4", nil
local settings, dump, half = {}, nil, nil
local i = 1
while i <= #arg do
  local a, v = arg[i], arg[i + 1]
  if a == "--split" then split = v
  elseif a == "--data" then data = v
  elseif a == "--out" then out = v
  elseif a == "--rules" then pack_name = v
  elseif a == "--errors" then errors_role = v
  elseif a == "--dump" then dump = v
  elseif a == "--half" then half = v
  elseif a == "--set" then settings[#settings + 1] = v
  else
    io.stderr:write("muc4: unknown argument ", a, "\n")
    os.exit(2)
  end
  i = i + 2
end
out = out or ("build/muc4-" .. split .. ".json")

local gold, docs = ree.read_grit(data .. "/grit/" .. split .. ".json", cjson.decode)
if not gold then
  io.stderr:write("muc4: ", tostring(docs), "\n")
  os.exit(1)
end

local opts, bad = muc4.settings(settings)
if not opts then
  io.stderr:write("muc4: --set ", bad, "\n")
  os.exit(2)
end

local t_load = os.clock()
local model, err = muc4.load(pack_name, opts)
t_load = os.clock() - t_load
if not model then
  io.stderr:write("muc4: ", tostring(err), "\n")
  os.exit(1)
end

local ids = {}
for id in pairs(docs) do ids[#ids + 1] = id end
table.sort(ids)
-- every other document only: the half of train that weights learned on the
-- other half (`build-muc4-weights.lua --half`) never saw
if half then
  local kept, g = {}, {}
  for k, id in ipairs(ids) do
    if (half == "even") == (k % 2 == 0) then kept[#kept + 1] = id; g[id] = gold[id] end
  end
  ids, gold = kept, g
end

local preds, words, cands = {}, 0, {}
local t0 = os.clock()
for _, id in ipairs(ids) do
  preds[id], cands[id] = muc4.answers(docs[id], model)
end
local secs = os.clock() - t0

-- Every candidate with its features and whether it is gold, for tuning.
if dump then
  local f = assert(io.open(dump, "w"))
  for _, id in ipairs(ids) do
    for _, role in ipairs(ree.roles) do
      local gs = {}
      for k, ent in ipairs(gold[id][role]) do
        for _, m in ipairs(ent) do gs[ree.normalize(m)] = k end
      end
      for rank, c in ipairs(cands[id][role]) do
        f:write(cjson.encode({ doc = id, role = role, key = c.key, mention = c.mention,
          base = c.base, score = c.score, sent = c.sent, near = c.near, count = c.count,
          start = c.start, rank = rank, triggers = cands[id].triggers, len = #docs[id],
          gold = gs[ree.normalize(c.mention)] or 0, name = c.name or false,
          kill = c.kill or false, titled = c.titled or false,
          speaker = c.speaker or false, lead = cands[id].lead,
          dist = c.dist < 1e9 and c.dist or 1e9, ctx = c.ctx, ngold = #gold[id][role] }), "\n")
      end
    end
  end
  f:close()
end
for _, id in ipairs(ids) do
  for _ in docs[id]:gmatch("%S+") do words = words + 1 end
end

-- cjson writes an empty Lua table as {}; the roles must be arrays.
local function encode(p)
  local parts = {}
  for _, id in ipairs(ids) do
    local roles = {}
    for _, role in ipairs(ree.roles) do
      local ents = {}
      for _, ent in ipairs(p[id][role]) do
        local ms = {}
        for _, m in ipairs(ent) do ms[#ms + 1] = cjson.encode(m) end
        ents[#ents + 1] = "[" .. table.concat(ms, ", ") .. "]"
      end
      roles[#roles + 1] = ("%s: [%s]"):format(cjson.encode(role), table.concat(ents, ", "))
    end
    parts[#parts + 1] = ("%s: {%s}"):format(cjson.encode(id), table.concat(roles, ", "))
  end
  return "{\n" .. table.concat(parts, ",\n") .. "\n}\n"
end

local f = assert(io.open(out, "w"))
f:write(encode(preds))
f:close()

local totals = assert(ree.score(gold, preds))
print(("MUC-4 %s split: %d documents, %d words, predictions in %s"):format(
  split, #ids, words, out))
print(ree.table(totals))
print(("speed: %.0f words per minute (%.3f s CPU for the split); with the pack's "
  .. "loading (%.2f s): %.0f words per minute"):format(words / math.max(secs, 1e-6) * 60, secs,
  t_load, words / math.max(secs + t_load, 1e-6) * 60))

if errors_role then
  for _, id in ipairs(ids) do
    local g, p = gold[id][errors_role], preds[id][errors_role]
    local gs = {}
    for k, ent in ipairs(g) do
      for _, m in ipairs(ent) do gs[ree.normalize(m)] = k end
    end
    local used = {}
    local lines = {}
    for _, ent in ipairs(p) do
      local k = gs[ree.normalize(ent[1])]
      if k and not used[k] then used[k] = true
      else lines[#lines + 1] = "  FP " .. ent[1] .. (k and " (dup)" or "") end
    end
    for k, ent in ipairs(g) do
      if not used[k] then lines[#lines + 1] = "  FN " .. table.concat(ent, " | ") end
    end
    if #lines > 0 then print(id); print(table.concat(lines, "\n")) end
  end
end
