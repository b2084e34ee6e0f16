--- Learns the MUC-4 role scorer from the train split.
--
--     lua5.4 tools/build-muc4-weights.lua [--train FILE] [--out FILE]
--                                         [--half even|odd] [--epochs N]
--                                         [--rules PACK] [--order index|hash]
--                                         [--avg-from N] [--xlex 1] [--drop-key KEY]
--                                         [--set key=value ...] [--add FILE ...]
--                                         [--dump-gate FILE]
--
-- Reads the train split's gold (`grit/train.json`) and writes
-- `lua/incidents/muc4/weights.lua`: the chunk grammar's word sets (heads,
-- first and inner words of gold fillers, common words), what train says
-- about each phrase and head (documents it occurs in, documents where it is
-- gold, per role), and one logistic model per role over the features of
-- `incidents.muc4.spans`, fitted with AdaGrad.
--
-- The phrase and head statistics are *cross-fitted* while training: the
-- features of a train document come from the counts of the other four
-- fifths, so the model learns how much an unseen split can trust them, not
-- how well train remembers itself. `--half even` (or `odd`) learns from
-- every other document only, so that the other half can be scored
-- (`tools/muc4.lua --split train --half odd --weights FILE`): a second
-- held-out measure beside dev (give it `--rules` a pack whose lexicon was
-- built from the same half). Only train is read, unless `--add` names more
-- gold files of the same format: their stories are read whole (`--half`
-- picks from the `--train` file only) and appended after train's, so a
-- train story keeps its fold and the added ones are cross-fitted like it.
-- `make muc4-weights-final` adds the dev split for the model the test run
-- uses (round 11 of docs/bench-muc4.md); dev figures need the train-only one.
--
-- Round 6's levers, all off by default (the shipped weights are made
-- without them; docs/bench-muc4.md has what each did): `--order hash`
-- shuffles by a hash of each candidate's story and phrase instead of its
-- index, so that adding or dropping a candidate leaves the order of the
-- others alone; `--avg-from N` averages the weights of the rounds from N on;
-- `--xlex 1` cross-fits the lexicon's spans like the statistics;
-- `--drop-key KEY` leaves one phrase out of training (a small change to
-- the candidates, to measure how much the order alone moves the scores).
-- `--set key=value` gives the pack's knobs (`muc4.settings`) to training,
-- for a knob that changes the candidates; the wider name grammar
-- (`name_opener`, `more_first`) is off in training unless set.
--
-- `--dump-gate FILE` also writes the gate's training rows, one JSON line per
-- story (its id, the six labels, and the cross-fitted inputs of
-- `spans.doc_feats` before binning), for round 12's gate experiments
-- (`tools/muc4-gate.lua`); the weights written are the same.
-- @script build-muc4-weights

local cjson = require "cjson"
local muc4 = require "incidents.muc4"
local spans = require "incidents.muc4.spans"
local ree = require "incidents.eval.ree"

local train, out, half, epochs = "../shared/data/muc4/grit/train.json",
  "lua/incidents/muc4/weights.lua", nil, 12
local DROP, pack_name, SEED, SEEDS, RELONLY = nil, "muc4", 4, 4, false
local RATE, L2, FOLDS, COMMON, MIN_W, MIN_FEAT = 0.05, 1e-3, 5, 3, 0.05, 10
local REL_ROUNDS, REL_L2 = 10, 1e-3
local ORDER, AVG_FROM, DROP_KEY, XLEX = "index", nil, nil, false
local SETTINGS, ADD, DUMP_GATE = {}, {}, nil
local i = 1
while i <= #arg do
  local a, v = arg[i], arg[i + 1]
  if a == "--train" then train = v
  elseif a == "--out" then out = v
  elseif a == "--half" then half = v
  elseif a == "--epochs" then epochs = tonumber(v)
  elseif a == "--seed" then SEED = tonumber(v)
  elseif a == "--seeds" then SEEDS = tonumber(v)
  elseif a == "--relevant-only" then RELONLY = v == "1"
  elseif a == "--l2" then L2 = tonumber(v)
  elseif a == "--rate" then RATE = tonumber(v)
  elseif a == "--min-feat" then MIN_FEAT = tonumber(v)
  elseif a == "--drop" then DROP = v
  elseif a == "--order" then ORDER = v
  elseif a == "--drop-key" then DROP_KEY = v
  elseif a == "--xlex" then XLEX = v == "1"
  elseif a == "--avg-from" then AVG_FROM = tonumber(v)
  elseif a == "--rules" then pack_name = v
  elseif a == "--set" then SETTINGS[#SETTINGS + 1] = v
  elseif a == "--add" then ADD[#ADD + 1] = v
  elseif a == "--dump-gate" then DUMP_GATE = v
  else
    io.stderr:write("build-muc4-weights: unknown argument ", a, "\n")
    os.exit(2)
  end
  i = i + 2
end

local docs = {}
local n = 0
for line in assert(io.open(train)):lines() do
  if line:find("%S") then
    n = n + 1
    if not half or (half == "even") == (n % 2 == 0) then docs[#docs + 1] = cjson.decode(line) end
  end
end
for _, file in ipairs(ADD) do
  for line in assert(io.open(file)):lines() do
    if line:find("%S") then docs[#docs + 1] = cjson.decode(line) end
  end
end
local ROLES = spans.roles

-- The chunk grammar's words, from the gold fillers.
local head, first, inner, freq = {}, {}, {}, {}
for _, d in ipairs(docs) do
  for w in d.doctext:gmatch("[%w][%w%-']*") do freq[w] = (freq[w] or 0) + 1 end
  for _, role in ipairs(ROLES) do
    for _, ent in ipairs(d.extracts[role]) do
      for _, m in ipairs(ent) do
        local ws = {}
        for w in m[1]:lower():gmatch("[%w][%w%-']*") do ws[#ws + 1] = w end
        if #ws > 0 then
          head[ws[#ws]] = true
          first[ws[1]] = true
          for k = 2, #ws - 1 do inner[ws[k]] = true end
        end
      end
    end
  end
end
local common = {}
for w, c in pairs(freq) do if c >= COMMON then common[w] = true end end
local lex = { head = head, first = first, inner = inner, common = common,
  phrase = {}, headstat = {} }

local load_opts = assert(muc4.settings(SETTINGS))
load_opts.weights = false
-- The scorer learns with the name grammar of the lexicon's first names
-- only: those are learned from the train victims, so on train every
-- victim's first name is known, and the wider grammar of unseen stories
-- (a person noun opens a name, more first names) would add to train
-- mostly names of people who are not victims. Retrained with it, the
-- scorer gained no more than the same weights with it at scoring time
-- (docs/bench-muc4.md, round 7), so the shipped weights stay those
-- learned without it. `--set` turns it on for a retrain.
-- Round 9's wider grammars (`name_connect`; `head_open`, which needs the
-- weights' head statistics and is off here anyway) stay off the same way.
for _, k in ipairs({ "name_opener", "more_first", "name_connect", "head_open" }) do
  if load_opts[k] == nil then load_opts[k] = false end
end
local model = assert(muc4.load(pack_name, load_opts))

-- The training order of `--order hash`: each example's stable key (its
-- document and phrase) is hashed once (32-bit FNV-1a), and each round sorts
-- the examples by that hash mixed with the seed and the round, so that one
-- example more or less leaves the order of all the others as it was.
local key_hash = {}
local function hash(s)
  local h = key_hash[s]
  if h then return h end
  h = 2166136261
  for k = 1, #s do h = ((h ~ s:byte(k)) * 16777619) & 0xffffffff end
  key_hash[s] = h
  return h
end
local function mix(h, salt)
  h = ((h ~ salt) * 0x9E3779B1) & 0xffffffff
  h = h ~ (h >> 15)
  h = (h * 0x85EBCA6B) & 0xffffffff
  return h ~ (h >> 13)
end

-- AdaGrad logistic regression over lists of feature names; y[k] is a
-- list of 0/1 labels, one per model; keys[k] names example k stably (its
-- document and phrase) for `--order hash`.
local function fit(xs, ys, nmodels, rounds, rate, l2, seed, keys)
  local W, G = {}, {}
  for r = 1, nmodels do W[r], G[r] = {}, {} end
  local order = {}
  for k = 1, #xs do order[k] = k end
  seed = seed or SEED
  math.randomseed(seed)
  local A, na = nil, 0
  if AVG_FROM then
    A = {}
    for r = 1, nmodels do A[r] = {} end
  end
  for round = 1, rounds do
    if ORDER == "hash" and keys then
      local hk = {}
      local salt = mix(seed, round)
      for k = 1, #xs do hk[k] = mix(hash(keys[k]), salt) end
      table.sort(order, function(a, b)
        if hk[a] ~= hk[b] then return hk[a] < hk[b] end
        return keys[a] < keys[b]
      end)
    else
      for k = #order, 2, -1 do
        local j = math.random(k)
        order[k], order[j] = order[j], order[k]
      end
    end
    for _, ex in ipairs(order) do
      local fs, y = xs[ex], ys[ex]
      for r = 1, nmodels do
        local w, g2 = W[r], G[r]
        local z = 0
        for _, f in ipairs(fs) do z = z + (w[f] or 0) end
        local p = 1 / (1 + math.exp(-z))
        local g = p - y[r]
        for _, f in ipairs(fs) do
          local wf = w[f] or 0
          local gf = g + l2 * wf
          local acc = (g2[f] or 1e-8) + gf * gf
          g2[f] = acc
          w[f] = wf - rate * gf / math.sqrt(acc)
        end
      end
    end
    if A and round >= AVG_FROM then
      na = na + 1
      for r = 1, nmodels do
        local a = A[r]
        for f, x in pairs(W[r]) do a[f] = (a[f] or 0) + x end
      end
    end
  end
  if A and na > 0 then
    for r = 1, nmodels do
      for f, x in pairs(A[r]) do A[r][f] = x / na end
    end
    return A
  end
  return W
end

-- The relevance model: does a document have any gold filler? Words seen in
-- fewer than five documents are left out. Train documents get the
-- probability of a model fitted on the other folds.
local doc_x, doc_y = {}, {}
do
  local df = {}
  for di, d in ipairs(docs) do
    doc_x[di] = spans.doc_words(d.doctext)
    for _, f in ipairs(doc_x[di]) do df[f] = (df[f] or 0) + 1 end
    local any = 0
    for _, role in ipairs(ROLES) do if #d.extracts[role] > 0 then any = 1 end end
    doc_y[di] = { any }
    for _, role in ipairs(ROLES) do doc_y[di][#doc_y[di] + 1] = #d.extracts[role] > 0 and 1 or 0 end
  end
  for di, fs in ipairs(doc_x) do
    local kept = {}
    for _, f in ipairs(fs) do if df[f] >= 5 then kept[#kept + 1] = f end end
    doc_x[di] = kept
  end
end
local rel_of = {}
for k = 1, FOLDS do
  local xs, ys, ks = {}, {}, {}
  for di in ipairs(docs) do
    if di % FOLDS + 1 ~= k then
      xs[#xs + 1] = doc_x[di]; ys[#ys + 1] = doc_y[di]; ks[#ks + 1] = docs[di].docid
    end
  end
  local w = fit(xs, ys, 1, REL_ROUNDS, RATE, REL_L2, nil, ks)[1]
  for di in ipairs(docs) do
    if di % FOLDS + 1 == k then rel_of[di] = spans.prob(w, doc_x[di]) end
  end
end
local DOC_KEYS = {}
for di, d in ipairs(docs) do DOC_KEYS[di] = d.docid end
local REL = fit(doc_x, doc_y, 1, REL_ROUNDS, RATE, REL_L2, nil, DOC_KEYS)[1]

-- Pass 1: the candidates of each document (no statistics yet), the gold
-- keys per role, and the counts per fold.
local infos, golds = {}, {}
local total = { phrase = {}, headstat = {} }
local fold = {}
for k = 1, FOLDS do fold[k] = { phrase = {}, headstat = {} } end
local function bump(t, key, r)
  local st = t[key]
  if not st then st = { 0, 0, 0, 0, 0, 0 }; t[key] = st end
  st[r] = st[r] + 1
end
-- With --xlex 1 the lexicon's spans are cross-fitted too: a train story
-- keeps a lexicon phrase only when the hand-written pack has it or a story
-- of another fold has it as a gold mention, as the lexicon learned without
-- the story's fold would; otherwise every train filler is proposed twice
-- (by the chunk grammar and the lexicon) and the count says "gold".
local hand_keys, gold_folds = {}, {}
if XLEX then
  for _, cue in ipairs({ "muc4.perp", "muc4.org", "muc4.target", "muc4.victim",
    "muc4.weapon" }) do
    for _, ph in ipairs(model.pack.cues[cue] or {}) do hand_keys[ree.normalize(ph)] = true end
  end
  for _, g in ipairs(model.pack.groups) do
    hand_keys[ree.normalize(g.name)] = true
    for _, a in ipairs(g.aliases or {}) do hand_keys[ree.normalize(a)] = true end
  end
  for di, d in ipairs(docs) do
    local k = di % FOLDS + 1
    for _, role in ipairs(ROLES) do
      for _, ent in ipairs(d.extracts[role]) do
        for _, m in ipairs(ent) do
          local key = ree.normalize(m[1])
          gold_folds[key] = gold_folds[key] or {}
          gold_folds[key][k] = true
        end
      end
    end
  end
end
local function other_fold(key, k)
  local fs = gold_folds[key]
  if not fs then return false end
  for f in pairs(fs) do if f ~= k then return true end end
  return false
end
for di, d in ipairs(docs) do
  local info = muc4.prepare(d.doctext, model)
  if XLEX then
    local kept = {}
    for _, x in ipairs(info.extra) do
      local key = ree.normalize(d.doctext:sub(x[1], x[2]))
      if x[3] or hand_keys[key] or other_fold(key, di % FOLDS + 1) then kept[#kept + 1] = x end
    end
    info.extra = kept
  end
  info.rel = rel_of[di]
  infos[di] = info
  local gold = {}
  for r, role in ipairs(ROLES) do
    gold[r] = {}
    for _, ent in ipairs(d.extracts[role]) do
      for _, m in ipairs(ent) do gold[r][ree.normalize(m[1])] = true end
    end
  end
  golds[di] = gold
  local fk = fold[di % FOLDS + 1]
  local seen_h, hit_h = {}, {}
  for _, c in ipairs(spans.candidates(d.doctext, lex, info)) do
    local hw = c.head
    for _, t in ipairs({ total, fk }) do bump(t.phrase, c.key, 1) end
    for r = 1, #ROLES do
      if gold[r][c.key] then
        for _, t in ipairs({ total, fk }) do bump(t.phrase, c.key, r + 1) end
        hit_h[hw .. "\0" .. r] = true
      end
    end
    seen_h[hw] = true
  end
  for hw in pairs(seen_h) do
    for _, t in ipairs({ total, fk }) do bump(t.headstat, hw, 1) end
  end
  for hr in pairs(hit_h) do
    local hw, r = hr:match("^(.*)%z(%d)$")
    for _, t in ipairs({ total, fk }) do bump(t.headstat, hw, tonumber(r) + 1) end
  end
end

-- A statistic is told only when train has something to say: a hit, or
-- three documents.
local function keep(st)
  if not st then return nil end
  local hits = st[2] + st[3] + st[4] + st[5] + st[6]
  if hits > 0 or st[1] >= 3 then return st end
  return nil
end
local function minus(all, part)
  return setmetatable({}, { __index = function(_, key)
    local a = all[key]
    if not a then return nil end
    local p = part[key]
    if not p then return keep(a) end
    local st = {}
    for r = 1, 6 do st[r] = a[r] - p[r] end
    return keep(st)
  end })
end

-- Pass 2: features with cross-fitted statistics, and labels.
local feats, labels, doc_of, cand_key = {}, {}, {}, {}
for di, d in ipairs(docs) do
  local fk = fold[di % FOLDS + 1]
  lex.phrase, lex.headstat = minus(total.phrase, fk.phrase), minus(total.headstat, fk.headstat)
  for _, c in ipairs(spans.candidates(d.doctext, lex, infos[di])) do
    if c.key == DROP_KEY then goto next_cand end
    feats[#feats + 1] = c.feats
    doc_of[#feats] = di
    cand_key[#feats] = d.docid .. "\0" .. c.key
    local y = {}
    for r = 1, #ROLES do y[r] = golds[di][r][c.key] and 1 or 0 end
    labels[#labels + 1] = y
    ::next_cand::
  end
end
io.stderr:write(("build-muc4-weights: %d documents, %d candidates\n"):format(#docs, #feats))

-- Features seen in fewer than MIN_FEAT candidates are dropped: their
-- weights would only remember train.
do
  local seen = {}
  for _, fs in ipairs(feats) do
    for _, f in ipairs(fs) do seen[f] = (seen[f] or 0) + 1 end
  end
  for k, fs in ipairs(feats) do
    local kept = {}
    for _, f in ipairs(fs) do
      if seen[f] >= MIN_FEAT and not (DROP and f:find(DROP)) then kept[#kept + 1] = f end
    end
    feats[k] = kept
  end
end

-- One model per role over the same candidates. The order in which AdaGrad
-- sees the candidates moves dev by a point or two; the weights of SEEDS
-- orders are averaged, so that a small change to the features is judged
-- on what it does, not on the order it happened to give.
-- With --relevant-only 1 the role models learn from the stories that hold
-- a filler only, and leave the story's relevance to the gate.
local function training(pick)
  local xs, ys, ks = {}, {}, {}
  for ci = 1, #feats do
    local di = doc_of[ci]
    if (not RELONLY or doc_y[di][1] == 1) and (not pick or pick(di)) then
      xs[#xs + 1] = feats[ci]; ys[#ys + 1] = labels[ci]; ks[#ks + 1] = cand_key[ci]
    end
  end
  return xs, ys, ks
end
local TX, TY, TK = training()
local W = fit(TX, TY, #ROLES, epochs, RATE, L2, nil, TK)
if SEEDS > 1 then
  for k = 2, SEEDS do
    local Wk = fit(TX, TY, #ROLES, epochs, RATE, L2, SEED + k - 1, TK)
    for r = 1, #ROLES do
      for f, x in pairs(Wk[r]) do W[r][f] = (W[r][f] or 0) + x end
    end
  end
  for r = 1, #ROLES do
    for f, x in pairs(W[r]) do W[r][f] = x / SEEDS end
  end
end

-- The gate: does the story hold any filler at all? Its features are what
-- the role models think of the story's best candidates, so a train story
-- gets them from role models fitted on the other folds (stacking), as an
-- unseen story would.
local GATE
do
  local best, good = {}, {}
  for di in ipairs(docs) do best[di], good[di] = {}, {} end
  for k = 1, FOLDS do
    local xs, ys, ks = training(function(di) return di % FOLDS + 1 ~= k end)
    local Wk = fit(xs, ys, #ROLES, epochs, RATE, L2, nil, ks)
    for ci = 1, #feats do
      local di = doc_of[ci]
      if di % FOLDS + 1 == k then
        for r, role in ipairs(ROLES) do
          local p = spans.prob(Wk[r], feats[ci])
          if p > (best[di][role] or 0) then best[di][role] = p end
          if p >= 0.3 then good[di][role] = (good[di][role] or 0) + 1 end
        end
      end
    end
  end
  local xs = {}
  for di in ipairs(docs) do
    xs[di] = spans.doc_feats(best[di], good[di], rel_of[di], infos[di].ntrig)
  end
  -- model 1: any filler; models 2-6: any filler of each role
  GATE = fit(xs, doc_y, 1 + #ROLES, REL_ROUNDS, RATE, REL_L2, nil, DOC_KEYS)
  if DUMP_GATE then
    local g = assert(io.open(DUMP_GATE, "w"))
    for di, d in ipairs(docs) do
      local b, c = {}, {}
      for _, role in ipairs(ROLES) do
        b[role], c[role] = best[di][role] or 0, good[di][role] or 0
      end
      g:write(cjson.encode({ docid = d.docid, y = doc_y[di], best = b, good = c,
        rel = rel_of[di], ntrig = infos[di].ntrig or 0 }), "\n")
    end
    g:close()
  end
end

-- The file: sorted, so that it diffs well.
local function set_list(set)
  local l = {}
  for w in pairs(set) do l[#l + 1] = w end
  table.sort(l)
  return l
end
local lines = {
  "--- MUC-4 role scorer, generated by tools/build-muc4-weights.lua from the",
  ("-- train split (%d documents%s%s); do not edit by hand."):format(#docs,
    half and (", " .. half .. " half") or "",
    #ADD > 0 and (", with " .. table.concat(ADD, ", "):gsub("[^, ]*/", "")) or ""),
  "-- `head`, `first`, `inner`, `common`: the chunk grammar's words; `phrase`,",
  "-- `headstat`: key -> {documents, documents gold as PerpInd, PerpOrg, Target,",
  "-- Victim, Weapon}; `w`: per role, feature -> weight of a logistic model.",
  "-- @module incidents.muc4.weights",
  "",
  "-- luacheck: ignore",
  "",
  "return {",
}
local function emit_words(name, set)
  lines[#lines + 1] = ("  %s = {"):format(name)
  local line = "   "
  for _, w in ipairs(set_list(set)) do
    local q = ("%q,"):format(w)
    if #line + #q + 1 > 96 then lines[#lines + 1] = line; line = "   " end
    line = line .. " " .. q
  end
  lines[#lines + 1] = line
  lines[#lines + 1] = "  },"
end
emit_words("head", head)
emit_words("first", first)
emit_words("inner", inner)
emit_words("common", common)
for _, name in ipairs({ "phrase", "headstat" }) do
  lines[#lines + 1] = ("  %s = {"):format(name)
  local keys = {}
  for key, st in pairs(total[name]) do if keep(st) then keys[#keys + 1] = key end end
  table.sort(keys)
  for _, key in ipairs(keys) do
    lines[#lines + 1] = ("    [%q] = { %s },"):format(key, table.concat(total[name][key], ", "))
  end
  lines[#lines + 1] = "  },"
end
lines[#lines + 1] = "  rel = {"
do
  local names = {}
  for f, x in pairs(REL) do if math.abs(x) >= MIN_W then names[#names + 1] = f end end
  table.sort(names)
  for _, f in ipairs(names) do lines[#lines + 1] = ("    [%q] = %.3g,"):format(f, REL[f]) end
end
lines[#lines + 1] = "  },"
local function emit_gate(name, g, indent)
  lines[#lines + 1] = indent .. name .. " = {"
  local names = {}
  for f in pairs(g) do names[#names + 1] = f end
  table.sort(names)
  for _, f in ipairs(names) do lines[#lines + 1] = ("%s  [%q] = %.3g,"):format(indent, f, g[f]) end
  lines[#lines + 1] = indent .. "},"
end
emit_gate("gate", GATE[1], "  ")
lines[#lines + 1] = "  role_gate = {"
for r, role in ipairs(ROLES) do emit_gate(role, GATE[r + 1], "    ") end
lines[#lines + 1] = "  },"
lines[#lines + 1] = "  w = {"
local nw = 0
for r, role in ipairs(ROLES) do
  lines[#lines + 1] = ("    %s = {"):format(role)
  local names = {}
  for f, x in pairs(W[r]) do if math.abs(x) >= MIN_W then names[#names + 1] = f end end
  table.sort(names)
  for _, f in ipairs(names) do
    lines[#lines + 1] = ("      [%q] = %.3g,"):format(f, W[r][f])
  end
  nw = nw + #names
  lines[#lines + 1] = "    },"
end
lines[#lines + 1] = "  },"
lines[#lines + 1] = "}"
local f = assert(io.open(out, "w"))
f:write(table.concat(lines, "\n"), "\n")
f:close()
io.stderr:write(("build-muc4-weights: %d weights -> %s\n"):format(nw, out))
