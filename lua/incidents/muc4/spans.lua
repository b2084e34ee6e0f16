--- MUC-4 candidate phrases and their features, for the learned role scorer.
--
-- The gold fillers of MUC-4 are noun phrases of every length ("the san
-- salvador power plant", "500 kg of dynamite"), most of which no lexicon
-- has seen. This module proposes them with a chunk grammar learned from the
-- train split's gold: a phrase ends on a word that ended a gold filler (a
-- head: "plant"), opens on a word that opened one ("san", "500") or on a
-- rare word (a name), and runs through words that occurred inside gold
-- fillers, within one clause (no comma, bracket or full stop in between).
-- Names from the pack's name grammar and the phrases of its lexicons are
-- added too.
--
-- Every occurrence of a phrase in the document is one candidate *entity*
-- (one normalised key), described by binary features: its head and first
-- word, its length, the words right before and after each occurrence (the
-- verb frames "killed X", "X was killed", "attack on X", "by X"), the
-- sentence it is first told in, whether a sentence with it tells of an
-- incident, and what train says about the phrase and its head (cross-fitted
-- when training). `incidents.muc4` weighs them with one logistic model per
-- role (`incidents.muc4.weights`, built by `tools/build-muc4-weights.lua`).
-- @module incidents.muc4.spans

local ipairs, pairs, type, error = ipairs, pairs, type, error
local sub, lower, find, gmatch = string.sub, string.lower, string.find, string.gmatch
local floor, exp, min = math.floor, math.exp, math.min
local sort = table.sort

local ree = require "incidents.eval.ree"

local M = {}

--- The five roles.
M.roles = ree.roles

-- Longest phrase proposed, in words.
local MAX_WORDS = 7

-- Words that may stand inside a phrase whatever train says ("offices of the
-- corporation", "alfonso de lima").
local INNER = { ["of"] = true, ["the"] = true, ["de"] = true, ["del"] = true,
  ["la"] = true, ["y"] = true }

-- Articles: a phrase never opens on one (normalisation drops them anyway).
local ARTICLE = { a = true, an = true, the = true }

-- Words that never modify a noun in a compound (round 9's `info.open`):
-- determiners, numbers, prepositions, conjunctions, pronouns, auxiliaries
-- and the adverbs news puts before a verb. A word before a head that is
-- none of these, nor a verb form, is taken as its modifier ("gasoline
-- station", "guard post").
local NOT_MODIFIER = {}
for w in ("a an the this that these those his her its their our your my some any "
  .. "several many few other another each every all both no not nor of in on at by for "
  .. "from to with into onto over under near about against between during before after "
  .. "since until than as and or but if while when where which who whom whose what why "
  .. "how is are was were be been being has have had do does did will would shall should "
  .. "can could may might must it they he she we you i them him us there here also then "
  .. "very more most less only even just so such same one two three four five six seven "
  .. "eight nine ten dozens hundreds thousands said says reportedly allegedly"):gmatch("%a+") do
  NOT_MODIFIER[w] = true
end

--- Splits a text into words with their offsets, sentence numbers and
-- whether each word may join the one before it in a phrase (only white
-- space, or the dot of an abbreviation, between them).
-- @tparam string text
-- @tparam table ends sorted byte offsets where sentences end
-- @treturn table list of `{s = start, e = stop, w = folded word, join = bool, sent = n}`
function M.tokens(text, ends)
  local ts, si, ne = {}, 1, #ends
  for s, w, e in gmatch(text, "()([%w][%w%-']*)()") do
    while si < ne and ends[si] < s do si = si + 1 end
    local n = #ts
    local join = false
    if n > 0 and ts[n].sent == si then
      local sep = sub(text, ts[n].e + 1, s - 1)
      join = find(sep, "^ +$") ~= nil or sep == "."
    end
    ts[n + 1] = { s = s, e = e - 1, w = lower(w), join = join, sent = si }
  end
  return ts
end

-- Bucket of a count: 1, 2, 3+.
local function cbucket(n)
  return n >= 3 and "3" or (n == 2 and "2" or "1")
end

-- Bucket of a sentence number: 1, 2, 3, 4-5, 6-9, 10+.
local function sbucket(n)
  if n <= 3 then return tostring(n) end
  if n <= 5 then return "4" end
  if n <= 9 then return "6" end
  return "10"
end

-- Features from what train says about a key: per role, the smoothed share
-- of the train documents it occurs in where it was gold, in fifths.
local function stat_feats(f, tag, st)
  if not st then f[tag .. "=new"] = true; return end
  local occ = st[1]
  for r, role in ipairs(M.roles) do
    local h = st[r + 1]
    if h > 0 then
      f[tag .. ":" .. role .. "=" .. min(4, floor(5 * h / (occ + 1)))] = true
    else
      f[tag .. ":" .. role .. "=none"] = true
    end
  end
end

--- Finds the candidate entities of a document and their features.
-- @tparam string text the document (any letter case)
-- @tparam table lex what train taught: `head`, `first`, `inner`, `common`
--   (sets of folded words: heads, first words and inner words of gold
--   fillers, words frequent in the train texts), `phrase` and `headstat`
--   (key or head -> `{occ, hits per role...}`)
-- @tparam table info the document's `ends` (sentence ends), `trig`
--   (sentence number -> the incident words in it), `ntrig` (how many),
--   `rel` (probability that the document is relevant, optional), `classes`
--   (word -> class name, optional), `extra`
--   (list of `{s, e, tag}` spans found by other means: names, lexicon
--   phrases; a tag of false adds the span without a feature), `open`
--   (optional, scoring time only: `{heads = set, words = n, ing = bool,
--   shape = bool, bare = bool, alone = bool}`, heads that open a phrase by themselves and take the
--   modifiers before them, up to `words` words in all)
-- @treturn table list of candidates `{key, mention, start, count, feats}`,
--   `feats` a list of feature names, in order of first occurrence
function M.candidates(text, lex, info)
  if type(text) ~= "string" then
    error("bad argument #1 to 'candidates' (string expected, got " .. type(text) .. ")", 2)
  end
  local ends, trig, classes = info.ends, info.trig, info.classes or {}
  local ts = M.tokens(text, ends)
  local head, first, inner, common = lex.head, lex.first, lex.inner, lex.common
  local by_key, list = {}, {}
  local nt = #ts

  local function is_rare(w)
    return not common[w]
  end

  -- the word spans proposed so far (`i * 2^20 + j`), and the words inside one
  local proposed, covered = {}, {}

  -- one occurrence: words i..j (token indexes), with an optional tag
  local function occurrence(i, j, tag, shape)
    proposed[i * 1048576 + j] = true
    for k = i, j do covered[k] = true end
    local s, e = ts[i].s, ts[j].e
    local mention = sub(text, s, e)
    local key = ree.normalize(mention)
    if key == "" then return end
    local c = by_key[key]
    if not c then
      c = { key = key, mention = mention, start = s, count = 0, f = {}, sent = ts[i].sent,
        head = ts[j].w, occ = {} }
      by_key[key] = c
      list[#list + 1] = c
      local f = c.f
      local hw, fw = ts[j].w, ts[i].w
      f["h=" .. hw] = true
      f["f=" .. fw] = true
      f["len=" .. min(j - i + 1, 5)] = true
      for k = i + 1, j - 1 do f["w=" .. ts[k].w] = true end
      if is_rare(hw) then f["hrare"] = true end
      if is_rare(fw) then f["frare"] = true end
      if find(fw, "^%d") then f["fnum"] = true end
      -- endings generalise to words train never saw ("-ez" surnames)
      f["hs=" .. sub(hw, -3)] = true
      f["fs=" .. sub(fw, -3)] = true
      stat_feats(f, "lx", lex.phrase[key])
      stat_feats(f, "hx", lex.headstat[hw])
    end
    local f = c.f
    c.count = c.count + 1
    c.occ[#c.occ + 1] = i
    c.occ[#c.occ + 1] = j
    if tag then f["tag=" .. tag] = true end
    if shape then f["shape=" .. shape] = true end
    local b1 = i > 1 and ts[i - 1].w or "^"
    local b2 = i > 2 and ts[i - 2].w or "^"
    local a1 = j < nt and ts[j + 1].w or "$"
    local a2 = j < nt - 1 and ts[j + 2].w or "$"
    -- a comma or stop between the phrase and its neighbour breaks the frame
    if i > 1 and not ts[i].join then b1 = "|" .. b1 end
    if j < nt and not ts[j + 1].join then a1 = "|" .. a1 end
    f["b1=" .. b1] = true
    f["b2=" .. b2 .. " " .. b1] = true
    f["a1=" .. a1] = true
    f["a2=" .. a1 .. " " .. a2] = true
    -- the class of the neighbours: a rare word or a chunk word next to
    -- the phrase says it may be cut short
    if i > 1 and ts[i].join then
      local w = ts[i - 1].w
      if is_rare(w) then f["b1:rare"] = true end
      if first[w] or inner[w] then f["b1:chunk"] = true end
    end
    if j < nt and ts[j + 1].join then
      local w = ts[j + 1].w
      if is_rare(w) then f["a1:rare"] = true end
      if head[w] then f["a1:head"] = true end
    end
    -- the words a little farther away, as a bag (the verb of the frame),
    -- and the classes of the words near ("killed", "mayor")
    local si = ts[i].sent
    for k = i - 4, i - 1 do
      if k >= 1 and ts[k].sent == si then
        if k < i - 1 then f["bw=" .. ts[k].w] = true end
        local cl = classes[ts[k].w]
        if cl then f["bc=" .. cl] = true end
      end
    end
    for k = j + 1, j + 4 do
      if k <= nt and ts[k].sent == si then
        if k > j + 1 then f["aw=" .. ts[k].w] = true end
        local cl = classes[ts[k].w]
        if cl then f["ac=" .. cl] = true end
      end
    end
    local tw = trig[si]
    if tw then
      f["trig"] = true
      if type(tw) == "table" then
        for _, w in ipairs(tw) do f["tw=" .. w] = true end
      end
    end
  end

  -- the chunk grammar: end on a head, open on a first word or a rare word
  for j = 1, nt do
    local hw = ts[j].w
    if head[hw] then
      local i, opens = j, {}
      while true do
        local w = ts[i].w
        if not ARTICLE[w] and (first[w] or is_rare(w) or find(w, "^%d")) then
          opens[#opens + 1] = i
        end
        if i == 1 or j - i + 1 >= MAX_WORDS or not ts[i].join then break end
        local pw = ts[i - 1].w
        if not (inner[pw] or INNER[pw] or first[pw] or is_rare(pw)) then break end
        i = i - 1
      end
      -- the longest chunk ending here and the bare head are told apart
      -- from the ones between: the gold takes one of the ends more often
      for k, o in ipairs(opens) do
        local shape = k == #opens and (k == 1 and "only" or "longest")
          or (k == 1 and "bare" or "middle")
        occurrence(o, j, nil, shape)
      end
    end
  end
  -- spans found by other means; offsets are mapped to whole words
  if info.extra then
    local starts = {}
    for k, t in ipairs(ts) do starts[t.s] = k end
    local stop_of = {}
    for k, t in ipairs(ts) do stop_of[t.e] = k end
    for _, x in ipairs(info.extra) do
      local i, j = starts[x[1]], stop_of[x[2]]
      if i and j and j >= i then occurrence(i, j, x[3]) end
    end
  end

  -- round 9, at scoring time only (`info.open`): a head of `open.heads`
  -- opens a phrase by itself and takes up to `open.words - 1` modifiers
  -- right before it, words that are no function word, number, incident
  -- word or verb form ("gasoline station", "neighboring residences"), which
  -- the grammar above leaves out when they are common and never opened a
  -- filler. A span already proposed is not proposed again, so the counts
  -- of the other candidates stay as they were.
  local op = info.open
  if op then
    local function modifier(w)
      return not NOT_MODIFIER[w] and not find(w, "^%d") and not find(w, "ed$")
        and not find(w, "ly$") and (op.ing or not find(w, "ing$"))
        and classes[w] ~= "incident" and classes[w] ~= "kill" and not find(w, "'")
    end
    for j = 1, nt do
      if op.heads[ts[j].w] and not (op.alone and covered[j]) then
        local i = j
        while true do
          if not proposed[i * 1048576 + j] and (i < j or op.bare) then
            local n = #list
            occurrence(i, j, nil, op.shape and (i == j and "bare" or "longest") or nil)
            if #list > n then list[#list].wide = true end
          end
          if i == 1 or j - i + 1 >= op.words or not ts[i].join or not modifier(ts[i - 1].w) then
            break
          end
          i = i - 1
        end
      end
    end
  end

  -- how likely train's relevance model finds that the document tells of
  -- an incident, in tenths
  local rel = info.rel and ("rel=" .. min(9, floor(info.rel * 10)))
  -- a phrase strictly inside a name ("antonio roldan" in "antonio roldan
  -- betancur") is a cut name
  local names = {}
  for _, x in ipairs(info.extra or {}) do
    if x[3] and find(x[3], "^name") then names[#names + 1] = x end
  end
  if #names > 0 then
    for _, c in ipairs(list) do
      local occ = c.occ
      for k = 1, #occ, 2 do
        local s, e = ts[occ[k]].s, ts[occ[k + 1]].e
        for _, x in ipairs(names) do
          if x[1] <= s and e <= x[2] and (x[1] < s or e < x[2]) then c.f["inname"] = true end
        end
      end
    end
  end
  local nt_b = info.ntrig or 0
  nt_b = nt_b >= 10 and 10 or (nt_b >= 5 and 5 or (nt_b >= 3 and 3 or nt_b))
  for _, c in ipairs(list) do
    local f = c.f
    f["ntrig=" .. nt_b] = true
    if rel then f[rel] = true end
    f["cnt=" .. cbucket(c.count)] = true
    f["sent=" .. sbucket(c.sent)] = true
    f["bias"] = true
    local fl = {}
    for name in pairs(f) do fl[#fl + 1] = name end
    sort(fl)
    c.feats, c.f, c.occ = fl, nil, nil
  end
  return list
end

--- The words of a document, each once, for the relevance model.
-- @tparam string text
-- @treturn table list of feature names `"d=<word>"`, and `"bias"`
function M.doc_words(text)
  local seen, list = {}, { "bias" }
  for w in gmatch(lower(text), "%a[%a%-']*") do
    if not seen[w] then
      seen[w] = true
      list[#list + 1] = "d=" .. w
    end
  end
  return list
end

--- Features of a whole document for the gate model: how sure the role
-- models are of its best candidates, how many good ones it has, the
-- relevance model's word-based opinion and the number of incident words.
-- The gate learns from these whether the story tells of an incident the
-- key would hold, which the words alone judge poorly (a clash between the
-- army and guerrillas reads like an attack).
-- @tparam table best per role, the highest probability of a candidate
-- @tparam table good per role, how many candidates reach 0.3
-- @tparam[opt] number rel the relevance model's probability
-- @tparam[opt] number ntrig incident words in the story
-- @treturn table list of feature names
function M.doc_feats(best, good, rel, ntrig)
  local fl = { "bias" }
  local top, sum = 0, 0
  for _, role in ipairs(M.roles) do
    local p = best[role] or 0
    if p > top then top = p end
    sum = sum + p
    fl[#fl + 1] = "mx:" .. role .. "=" .. min(9, floor(10 * p))
    local n = good[role] or 0
    fl[#fl + 1] = "n:" .. role .. "=" .. (n >= 3 and 3 or n)
  end
  fl[#fl + 1] = "top=" .. min(9, floor(10 * top))
  fl[#fl + 1] = "sum=" .. min(12, floor(4 * sum))
  if rel then fl[#fl + 1] = "rel=" .. min(9, floor(10 * rel)) end
  if ntrig then
    fl[#fl + 1] = "ntrig=" .. (ntrig >= 10 and 10 or (ntrig >= 5 and 5
      or (ntrig >= 3 and 3 or ntrig)))
  end
  return fl
end

--- The probability a logistic model gives a candidate.
-- @tparam table weights feature name -> weight
-- @tparam table feats list of feature names
-- @treturn number between 0 and 1
function M.prob(weights, feats)
  local z = 0
  for _, name in ipairs(feats) do z = z + (weights[name] or 0) end
  if z > 30 then return 1 end
  if z < -30 then return 0 end
  return 1 / (1 + exp(-z))
end

return M
