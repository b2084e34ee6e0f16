--- Boosted decision trees for a small story-level gate (round 12 of
-- docs/bench-muc4.md).
--
-- The MUC-4 gate is a logistic model over a dozen document features; a
-- logistic model adds their effects, while the task's relevance rules
-- combine them ("a clash, unless civilians were hit"). This module fits
-- gradient-boosted trees of depth one (stumps) or two on numeric
-- features with the logistic loss: each round fits a tree to the loss's
-- gradient and curvature (a Newton step per leaf), shrunk by a rate. It is
-- meant for a thousand or so examples and a few dozen features: each
-- feature's values are cut into at most `bins` thresholds once, and a
-- split is chosen from per-bin sums. Also here: the area under the ROC
-- curve, to judge a gate by its ranking alone.
-- @module incidents.muc4.boost

local ipairs, type, error = ipairs, type, error
local exp, log, floor = math.exp, math.log, math.floor
local sort = table.sort

local M = {}

-- The thresholds of one feature: midpoints between its distinct values, at
-- most `nb` of them (at quantiles when there are more).
local function thresholds(vals, nb)
  local u, seen = {}, {}
  for _, x in ipairs(vals) do
    if not seen[x] then seen[x] = true; u[#u + 1] = x end
  end
  sort(u)
  local t = {}
  if #u - 1 <= nb then
    for k = 1, #u - 1 do t[#t + 1] = (u[k] + u[k + 1]) / 2 end
  else
    local s = {}
    for k, x in ipairs(vals) do s[k] = x end
    sort(s)
    local last
    for q = 1, nb do
      local k = floor(q * #s / (nb + 1))
      if k >= 1 and k < #s then
        local mid = (s[k] + s[k + 1]) / 2
        if s[k] ~= s[k + 1] and mid ~= last then t[#t + 1] = mid; last = mid end
      end
    end
  end
  return t
end

-- The bin of value x among sorted thresholds t: 1 + how many lie below x.
local function bin_of(t, x)
  local lo, hi = 1, #t + 1
  while lo < hi do
    local mid = (lo + hi) // 2
    if x > t[mid] then lo = mid + 1 else hi = mid end
  end
  return lo
end

-- The best split of the examples `idx`: feature, bin and gain.
local function best_split(idx, B, T, names, g, h, lambda, min_h)
  local G, H = 0, 0
  for _, i in ipairs(idx) do G = G + g[i]; H = H + h[i] end
  local parent = G * G / (H + lambda)
  local best = { gain = 0 }
  for f, name in ipairs(names) do
    local nt = #T[name]
    if nt > 0 then
      local gs, hs = {}, {}
      for b = 1, nt + 1 do gs[b], hs[b] = 0, 0 end
      local col = B[f]
      for _, i in ipairs(idx) do
        local b = col[i]
        gs[b] = gs[b] + g[i]; hs[b] = hs[b] + h[i]
      end
      local gl, hl = 0, 0
      for b = 1, nt do
        gl, hl = gl + gs[b], hl + hs[b]
        local gr, hr = G - gl, H - hl
        if hl >= min_h and hr >= min_h then
          local gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent
          if gain > best.gain + 1e-12 then
            best = { gain = gain, f = f, b = b }
          end
        end
      end
    end
  end
  return best, G, H
end

-- One tree of the given depth over the examples `idx`.
local function grow(idx, depth, B, T, names, g, h, o)
  local split, G, H = best_split(idx, B, T, names, g, h, o.lambda, o.min_hess)
  if depth == 0 or not split.f then
    return { v = -o.rate * G / (H + o.lambda) }
  end
  local left, right = {}, {}
  local col = B[split.f]
  for _, i in ipairs(idx) do
    if col[i] <= split.b then left[#left + 1] = i else right[#right + 1] = i end
  end
  local name = names[split.f]
  return { f = name, t = T[name][split.b],
    l = grow(left, depth - 1, B, T, names, g, h, o),
    r = grow(right, depth - 1, B, T, names, g, h, o) }
end

local function tree_value(node, x)
  while not node.v do
    if (x[node.f] or 0) <= node.t then node = node.l else node = node.r end
  end
  return node.v
end

--- The log-odds a model gives one example.
-- @tparam table model from @{fit}
-- @tparam table x feature name -> number (a missing feature is 0)
-- @treturn number log-odds
function M.margin(model, x)
  local z = model.base
  for _, tree in ipairs(model.trees) do z = z + tree_value(tree, x) end
  return z
end

--- The probability a model gives one example.
-- @tparam table model from @{fit}
-- @tparam table x feature name -> number
-- @treturn number between 0 and 1
function M.prob(model, x)
  return 1 / (1 + exp(-M.margin(model, x)))
end

--- Fits boosted trees with the logistic loss.
-- @tparam table xs array of examples, each a table feature name -> number
-- @tparam table ys array of labels, 0 or 1
-- @tparam table names the feature names to split on
-- @tparam[opt] table opts `rounds` (100), `depth` (1: stumps), `rate`
--   (0.1, the shrinkage), `lambda` (1, the leaves' L2), `min_hess` (5: the
--   least summed curvature of a leaf, about 20 examples near p = 0.5),
--   `bins` (32 thresholds per feature at most), `offset` (an array of
--   log-odds per example to start from, another model's: the trees then
--   learn a correction to it, and the model's `base` is 0, so that
--   @{margin} gives the correction to add)
-- @treturn table model: `base` (log-odds of the base rate) and `trees`
-- @usage local m = boost.fit(xs, ys, { "a", "b" }, { depth = 2, rounds = 50 })
function M.fit(xs, ys, names, opts)
  if type(xs) ~= "table" or type(ys) ~= "table" or #xs ~= #ys or #xs == 0 then
    error("bad argument #1 to 'fit' (examples and as many labels expected)", 2)
  end
  if type(names) ~= "table" then
    error("bad argument #3 to 'fit' (table of feature names expected)", 2)
  end
  opts = opts or {}
  local o = { rounds = opts.rounds or 100, depth = opts.depth or 1, rate = opts.rate or 0.1,
    lambda = opts.lambda or 1, min_hess = opts.min_hess or 5, bins = opts.bins or 32 }
  local n, pos = #xs, 0
  for _, y in ipairs(ys) do pos = pos + y end
  local prior = (pos + 0.5) / (n + 1)
  local base = log(prior / (1 - prior))
  local T, B = {}, {}
  for f, name in ipairs(names) do
    local vals = {}
    for i, x in ipairs(xs) do vals[i] = x[name] or 0 end
    T[name] = thresholds(vals, o.bins)
    local col = {}
    for i, x in ipairs(vals) do col[i] = bin_of(T[name], x) end
    B[f] = col
  end
  local offset = opts.offset
  if offset then base = 0 end
  local z, g, h, idx = {}, {}, {}, {}
  for i = 1, n do z[i] = base + (offset and offset[i] or 0); idx[i] = i end
  local trees = {}
  for _ = 1, o.rounds do
    for i = 1, n do
      local p = 1 / (1 + exp(-z[i]))
      g[i] = p - ys[i]
      h[i] = p * (1 - p)
    end
    local tree = grow(idx, o.depth, B, T, names, g, h, o)
    trees[#trees + 1] = tree
    for i = 1, n do z[i] = z[i] + tree_value(tree, xs[i]) end
  end
  return { base = base, trees = trees }
end

--- The area under the ROC curve: the chance that a random positive
-- example scores above a random negative one (ties count half).
-- @tparam table scores array of numbers
-- @tparam table ys array of labels, 0 or 1
-- @treturn number between 0 and 1 (0.5 when one class is missing)
function M.auc(scores, ys)
  if type(scores) ~= "table" or type(ys) ~= "table" or #scores ~= #ys then
    error("bad argument #1 to 'auc' (scores and as many labels expected)", 2)
  end
  local order = {}
  for i = 1, #scores do order[i] = i end
  sort(order, function(a, b) return scores[a] < scores[b] end)
  -- ranks with ties averaged
  local rank, i = {}, 1
  while i <= #order do
    local j = i
    while j < #order and scores[order[j + 1]] == scores[order[i]] do j = j + 1 end
    local r = (i + j) / 2
    for k = i, j do rank[order[k]] = r end
    i = j + 1
  end
  local np, nn, sum = 0, 0, 0
  for k, y in ipairs(ys) do
    if y == 1 then np = np + 1; sum = sum + rank[k] else nn = nn + 1 end
  end
  if np == 0 or nn == 0 then return 0.5 end
  return (sum - np * (np + 1) / 2) / (np * nn)
end

--- The features a model splits on, with how often (for reading a model).
-- @tparam table model from @{fit}
-- @treturn table name -> number of splits
function M.used(model)
  local t = {}
  local function walk(node)
    if node.v then return end
    t[node.f] = (t[node.f] or 0) + 1
    walk(node.l); walk(node.r)
  end
  for _, tree in ipairs(model.trees) do walk(tree) end
  return t
end

return M
