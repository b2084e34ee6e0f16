local boost = require "incidents.muc4.boost"

-- A grid of points in the unit square, with a label from a rule.
local function grid(rule)
  local xs, ys = {}, {}
  for a = 0, 9 do
    for b = 0, 9 do
      local x = { a = (a + 0.5) / 10, b = (b + 0.5) / 10, noise = (a * 7 + b * 3) % 10 }
      xs[#xs + 1] = x
      ys[#ys + 1] = rule(x) and 1 or 0
    end
  end
  return xs, ys
end

local function scores(model, xs)
  local s = {}
  for k, x in ipairs(xs) do s[k] = boost.margin(model, x) end
  return s
end

describe("incidents.muc4.boost", function()
  describe("auc", function()
    it("is 1 for a perfect ranking, 0 for a reversed one, 0.5 for ties", function()
      assert.equal(1, boost.auc({ 0.1, 0.2, 0.8, 0.9 }, { 0, 0, 1, 1 }))
      assert.equal(0, boost.auc({ 0.9, 0.8, 0.2, 0.1 }, { 0, 0, 1, 1 }))
      assert.equal(0.5, boost.auc({ 0.5, 0.5, 0.5, 0.5 }, { 0, 1, 0, 1 }))
    end)

    it("counts pairs: one positive below one of two negatives", function()
      -- positives 0.3 and 0.9, negatives 0.1 and 0.5: three pairs of four right
      assert.equal(0.75, boost.auc({ 0.3, 0.9, 0.1, 0.5 }, { 1, 1, 0, 0 }))
    end)

    it("is 0.5 when one class is missing, and rejects unequal lengths", function()
      assert.equal(0.5, boost.auc({ 0.1, 0.2 }, { 1, 1 }))
      assert.has_error(function() boost.auc({ 0.1 }, { 1, 0 }) end)
    end)
  end)

  describe("fit", function()
    it("separates a threshold on one feature with stumps, and splits on it", function()
      local xs, ys = grid(function(x) return x.a > 0.62 end)
      local m = boost.fit(xs, ys, { "a", "b", "noise" }, { rounds = 30 })
      assert.equal(1, boost.auc(scores(m, xs), ys))
      local used = boost.used(m)
      assert.truthy(used.a)
      assert.falsy(used.b)
      assert.truthy(boost.prob(m, { a = 0.9, b = 0.5 }) > 0.8)
      assert.truthy(boost.prob(m, { a = 0.1, b = 0.5 }) < 0.2)
    end)

    it("cannot separate an interaction with stumps, but can with depth-2 trees", function()
      -- which side of b is positive depends on a: no sum of a term in a and
      -- a term in b ranks it right
      local xs, ys = grid(function(x)
        if x.a > 0.5 then return x.b > 0.5 end
        return x.b <= 0.3
      end)
      local stumps = boost.fit(xs, ys, { "a", "b" }, { rounds = 50 })
      local trees = boost.fit(xs, ys, { "a", "b" }, { rounds = 50, depth = 2 })
      assert.truthy(boost.auc(scores(stumps, xs), ys) < 0.9)
      assert.equal(1, boost.auc(scores(trees, xs), ys))
    end)

    it("starts from the base rate and treats a missing feature as 0", function()
      local xs, ys = grid(function(x) return x.a > 0.75 end)
      local m = boost.fit(xs, ys, { "a" }, { rounds = 0 })
      assert.equal(0, #m.trees)
      -- 20 of 100 positive: the base is the log-odds of about a fifth
      assert.near(math.log(20.5 / 80.5), m.base, 1e-9)
      local m2 = boost.fit(xs, ys, { "a" }, { rounds = 20 })
      assert.equal(boost.prob(m2, { a = 0 }), boost.prob(m2, {}))
    end)

    it("rejects examples without as many labels", function()
      assert.has_error(function() boost.fit({ { a = 1 } }, {}, { "a" }) end)
      assert.has_error(function() boost.fit({ { a = 1 } }, { 1 }, "a") end)
    end)
  end)
end)
