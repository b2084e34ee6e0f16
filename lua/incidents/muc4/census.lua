--- Error census of MUC-4 answers: why each wrong answer is wrong and why
-- each gold entity was missed.
--
-- CEAF-REE counts an answer right when it equals a mention of a gold entity
-- of its role that no other answer took. Every other answer is one of:
--
-- - `fp.empty_doc`: the story's key has no incident at all;
-- - `fp.coref`: a second answer for a gold entity another answer already
--   matched (the same string again, a word-contained form such as "ruiz"
--   beside "jose ruiz", or another alias of the same group);
-- - `fp.boundary`: the right entity with the wrong span (it contains, or
--   is contained in, a mention of a gold entity of the role nobody matched);
-- - `fp.role`: the entity is gold, but in another role;
-- - `fp.role_empty`: the key has incidents, but none with this role;
-- - `fp.extra`: the role has gold entities and this is none of them.
--
-- Every gold entity not matched is one of: `miss.gate` (the document gate
-- closed the story), `miss.boundary` (an answer of the role had the wrong
-- span of it), `miss.role` (answered in another role), `miss.ranked` (a
-- candidate phrase equal to a mention was there but not chosen),
-- `miss.partial` (only longer or shorter candidates), `miss.absent` (no
-- candidate near it). Matched answers are `ok`.
-- @module incidents.muc4.census

local ipairs, pairs, type, error, require, next, assert, tostring =
  ipairs, pairs, type, error, require, next, assert, tostring
local sort = table.sort
local concat = table.concat
local gmatch, gsub, format = string.gmatch, string.gsub, string.format

local ree = require "incidents.eval.ree"

local M = {}

--- The classes, in the order the census table prints them.
M.classes = { "ok", "fp.empty_doc", "fp.coref", "fp.boundary", "fp.role", "fp.role_empty",
  "fp.extra", "miss.gate", "miss.boundary", "miss.role", "miss.ranked", "miss.partial",
  "miss.absent" }

-- The words of a normalised mention, each without a plural "s", so that
-- "guerrilla" and "guerrillas" compare equal.
local function stems(key)
  local t = {}
  for w in gmatch(key, "%S+") do t[#t + 1] = (gsub(w, "s$", "")) end
  return t
end

-- Whether the word list `a` occurs, contiguous, inside `b`.
local function within(a, b)
  if #a == 0 or #a > #b then return false end
  for s = 0, #b - #a do
    local ok = true
    for k = 1, #a do
      if a[k] ~= b[s + k] then ok = false; break end
    end
    if ok then return true end
  end
  return false
end

-- Whether two normalised mentions name the same thing: one holds the other's
-- words, or both are aliases of one group.
local function related(a, b, group_of)
  if a == b then return true end
  local ga = group_of and group_of[a]
  if ga and ga == group_of[b] then return true end
  local sa, sb = stems(a), stems(b)
  return within(sa, sb) or within(sb, sa)
end

local function related_entity(key, ent, group_of)
  for _, m in ipairs(ent) do
    if related(key, m, group_of) then return true end
  end
  return false
end

-- Maximum one-to-one matching of answers to gold entities (the scorer's own
-- matching); returns gold index per answer, and answer per gold index.
local function assign(pkeys, gsets)
  local edge = {}
  for p = 1, #pkeys do
    local row = {}
    for g = 1, #gsets do row[g] = gsets[g][pkeys[p]] ~= nil end
    edge[p] = row
  end
  local _, owner = ree.max_matching(#pkeys, #gsets, edge)
  local of = {}
  for g, p in pairs(owner) do of[p] = g end
  return of, owner
end

--- Classifies the answers and misses of one document.
-- @tparam table gold `{role = {entity, ...}}`, an entity a list of mentions
-- @tparam table pred the same shape (answers of one mention each, as
--   `incidents.muc4` gives them)
-- @tparam[opt] table ctx `candidates` (list of `{key = normalised phrase}`,
--   every phrase the scorer weighed), `closed` (the gate closed the story),
--   `group_of` (normalised alias -> group name)
-- @treturn table list of `{role =, class =, text =, gold =}`, one per answer and
--   one per gold entity not matched; `gold` names the gold entity a wrong
--   answer was taken for (coreference, boundary, role)
function M.document(gold, pred, ctx)
  if type(gold) ~= "table" or type(pred) ~= "table" then
    error("bad argument to 'document' (gold and pred tables expected)", 2)
  end
  ctx = ctx or {}
  local group_of = ctx.group_of
  local cand = {}
  for _, c in ipairs(ctx.candidates or {}) do cand[#cand + 1] = c.key end
  local empty = true
  for _, role in ipairs(ree.roles) do
    if #(gold[role] or {}) > 0 then empty = false end
  end
  -- normalised gold mentions per role and entity
  local gnorm = {}
  for _, role in ipairs(ree.roles) do
    gnorm[role] = {}
    for g, ent in ipairs(gold[role] or {}) do
      local l = {}
      for _, m in ipairs(ent) do l[#l + 1] = ree.normalize(m) end
      gnorm[role][g] = l
    end
  end
  local pkeys, owners = {}, {}
  for _, role in ipairs(ree.roles) do
    local keys, sets = {}, {}
    for p, ent in ipairs(pred[role] or {}) do keys[p] = ree.normalize(ent[1] or "") end
    for g, l in ipairs(gnorm[role]) do
      sets[g] = {}
      for _, m in ipairs(l) do sets[g][m] = true end
    end
    local of, owner = assign(keys, sets)
    pkeys[role] = { keys = keys, of = of }
    owners[role] = owner
  end
  local out, bounded = {}, {}
  for _, role in ipairs(ree.roles) do
    bounded[role] = {}
    local keys, of, owner = pkeys[role].keys, pkeys[role].of, owners[role]
    for p, key in ipairs(keys) do
      local class, other
      if of[p] then
        class = "ok"
      elseif empty then
        class = "fp.empty_doc"
      else
        for g, l in ipairs(gnorm[role]) do
          if owner[g] and related_entity(key, l, group_of) then
            class, other = "fp.coref", concat(gold[role][g], " | ")
            break
          end
        end
        if not class then
          for g, l in ipairs(gnorm[role]) do
            if not owner[g] and related_entity(key, l, group_of) then
              class, other = "fp.boundary", concat(gold[role][g], " | ")
              bounded[role][g] = true
              break
            end
          end
        end
        if not class then
          for _, r2 in ipairs(ree.roles) do
            if r2 ~= role then
              for _, l in ipairs(gnorm[r2]) do
                if related_entity(key, l, group_of) then
                  class, other = "fp.role", r2 .. " " .. concat(l, " | ")
                  break
                end
              end
            end
            if class then break end
          end
        end
        class = class or (#gnorm[role] == 0 and "fp.role_empty" or "fp.extra")
      end
      out[#out + 1] = { role = role, class = class, text = pred[role][p][1], gold = other }
    end
  end
  for _, role in ipairs(ree.roles) do
    for g, l in ipairs(gnorm[role]) do
      if not owners[role][g] then
        local class
        if ctx.closed then
          class = "miss.gate"
        elseif bounded[role][g] then
          class = "miss.boundary"
        else
          for _, r2 in ipairs(ree.roles) do
            if r2 ~= role then
              for _, key in ipairs(pkeys[r2].keys) do
                if related_entity(key, l, group_of) then class = "miss.role"; break end
              end
            end
            if class then break end
          end
          if not class then
            local set = {}
            for _, m in ipairs(l) do set[m] = true end
            for _, key in ipairs(cand) do
              if set[key] then class = "miss.ranked"; break end
            end
          end
          if not class then
            for _, key in ipairs(cand) do
              if related_entity(key, l, group_of) then class = "miss.partial"; break end
            end
          end
          class = class or "miss.absent"
        end
        out[#out + 1] = { role = role, class = class, text = concat(gold[role][g], " | ") }
      end
    end
  end
  return out
end

--- An empty tally: `{[class] = {[role] = n}}`.
-- @treturn table
function M.new()
  local t = {}
  for _, c in ipairs(M.classes) do
    t[c] = {}
    for _, r in ipairs(ree.roles) do t[c][r] = 0 end
  end
  return t
end

--- Counts one case from @{document} into a tally.
-- @tparam table tally from @{new}
-- @tparam table case `{role =, class =}`
function M.add(tally, case)
  tally[case.class][case.role] = tally[case.class][case.role] + 1
end

--- Adds tally `b` into tally `a`.
-- @tparam table a
-- @tparam table b
function M.merge(a, b)
  for c, roles in pairs(b) do
    for r, n in pairs(roles) do a[c][r] = a[c][r] + n end
  end
end

--- The tally as a markdown table: one row per class, one column per role,
-- the total and its share of all wrong answers (or of all misses).
-- @tparam table tally from @{new}
-- @treturn string
function M.table(tally)
  local lines = { "| class | " .. concat(ree.roles, " | ") .. " | all | share |",
    "|---" .. string.rep("|---", #ree.roles + 2) .. "|" }
  local fp, miss = 0, 0
  for _, c in ipairs(M.classes) do
    for _, r in ipairs(ree.roles) do
      if c:find("^fp%.") then fp = fp + tally[c][r] end
      if c:find("^miss%.") then miss = miss + tally[c][r] end
    end
  end
  local rows = {}
  for _, c in ipairs(M.classes) do
    local cells, sum = {}, 0
    for _, r in ipairs(ree.roles) do
      cells[#cells + 1] = tally[c][r]
      sum = sum + tally[c][r]
    end
    local whole = c:find("^fp%.") and fp or (c:find("^miss%.") and miss or nil)
    rows[#rows + 1] = format("| %s | %s | %d | %s |", c, concat(cells, " | "), sum,
      whole and whole > 0 and format("%.0f%%", 100 * sum / whole) or "")
  end
  for _, row in ipairs(rows) do lines[#lines + 1] = row end
  return concat(lines, "\n")
end

--- Reads the command line of a census tool: `--data DIR` (the MUC-4 data),
-- `--cv DIR` (the two-fold folder of `make muc4-cv`), `--sets a,b` (of
-- `dev`, `odd`, `even`), and the tool's own flags, each with a value.
-- @tparam table argv the arguments (`arg`)
-- @tparam[opt] table flags the tool's own flags: `{ ["--list"] = "one" }`
--   keeps the last value, `"many"` collects every value in a list
-- @treturn table `{ data =, cv =, sets = { name, ... }, [flag] = value }`,
--   or nil and a message naming the bad argument
function M.args(argv, flags)
  if type(argv) ~= "table" then error("census.args: argv must be a table", 2) end
  flags = flags or {}
  local o, which = { data = "../shared/data/muc4", cv = "build/cv" }, "dev,odd,even"
  for f, kind in pairs(flags) do if kind == "many" then o[f] = {} end end
  local i = 1
  while i <= #argv do
    local a, v = argv[i], argv[i + 1]
    if v == nil then return nil, "argument " .. a .. " needs a value" end
    if a == "--data" then o.data = v
    elseif a == "--cv" then o.cv = v
    elseif a == "--sets" then which = v
    elseif flags[a] == "many" then o[a][#o[a] + 1] = v
    elseif flags[a] then o[a] = v
    else return nil, "unknown argument " .. a end
    i = i + 2
  end
  o.sets = {}
  for name in which:gmatch("[^,]+") do
    if name ~= "dev" and name ~= "odd" and name ~= "even" then return nil, "no set " .. name end
    o.sets[#o.sets + 1] = name
  end
  return o
end

--- Reads a census tool's command line (@{args}) and the pack knobs of
-- the flags named in `knob_flags` (`muc4.settings`, in `o.knobs[flag]`).
-- A bad argument is the tool's usage error: it writes `NAME: message` on
-- stderr and exits with 2.
-- @tparam string name the tool's name, for the message
-- @tparam table argv the arguments (`arg`)
-- @tparam[opt] table flags the tool's own flags, as for @{args}
-- @tparam[opt] table knob_flags flags whose values are knobs: `{ "--set" }`
-- @treturn table the options of @{args}, with `knobs`
function M.cli(name, argv, flags, knob_flags)
  local o, err = M.args(argv, flags)
  if o then
    o.knobs = {}
    local muc4 = require "incidents.muc4"
    for _, flag in ipairs(knob_flags or {}) do
      local knobs, bad = muc4.settings(o[flag])
      if not knobs then o, err = nil, flag .. " " .. bad; break end
      o.knobs[flag] = knobs
    end
  end
  if not o then
    io.stderr:write(name, ": ", err, "\n")
    os.exit(2)
  end
  return o
end

--- Loads one census set: `dev` scored with the shipped pack and weights, or
-- a train half (`odd`, `even`) scored with the pack and weights learned on
-- the other half (after `make muc4-cv`). Test is never a census set.
-- @tparam string name `dev`, `odd` or `even`
-- @tparam table o the options of @{args} (`data`, `cv`)
-- @tparam[opt] table load_opts options for `muc4.load` (a half adds its
--   weights to a copy)
-- @treturn table the model
-- @treturn table the gold per story id
-- @treturn table the texts per story id
-- @treturn table the set's story ids, sorted (a half: every other one)
function M.set(name, o, load_opts)
  if name ~= "dev" and name ~= "odd" and name ~= "even" then
    error("census.set: no set " .. tostring(name), 2)
  end
  local cjson, muc4 = require "cjson", require "incidents.muc4"
  local cv = o.cv or "build/cv"
  -- name -> split, pack, weights, half of train scored
  local sets = {
    dev = { "dev", "muc4", nil, nil },
    odd = { "train", cv .. "/even/muc4.lua", cv .. "/even/weights.lua", "odd" },
    even = { "train", cv .. "/odd/muc4.lua", cv .. "/odd/weights.lua", "even" },
  }
  local split, pack, wfile, half = sets[name][1], sets[name][2], sets[name][3], sets[name][4]
  local gold, docs = assert(ree.read_grit(o.data .. "/grit/" .. split .. ".json", cjson.decode))
  local lo = {}
  for k, v in pairs(load_opts or {}) do lo[k] = v end
  if wfile then lo.weights = wfile end
  local model = assert(muc4.load(pack, next(lo) and lo or nil))
  local all, ids = {}, {}
  for id in pairs(docs) do all[#all + 1] = id end
  sort(all)
  for k, id in ipairs(all) do
    if not half or (half == "even") == (k % 2 == 0) then ids[#ids + 1] = id end
  end
  return model, gold, docs, ids
end

return M
