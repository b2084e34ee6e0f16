local ree = require "incidents.eval.ree"
local helper = require "spec.helper"

describe("REE scoring", function()
  it("normalises the way the papers do", function()
    assert.equal("us embassy", ree.normalize("The U.S. Embassy"))
    assert.equal("citys mayor", ree.normalize("a city's  mayor"))
    assert.equal("fmln", ree.normalize("F.M.L.N."))
    -- "an" and "the" inside a word stay
    assert.equal("anthem theatre", ree.normalize("an anthem theatre"))
  end)

  it("matches a predicted mention to any mention of a gold entity, one to one", function()
    local gold = { { "urban guerrillas", "guerrillas" }, { "fmln" } }
    -- two predictions of the same gold entity: only one counts
    local m, p, g = ree.score_role(gold, { { "Guerrillas" }, { "the urban guerrillas" } })
    assert.same({ 1, 2, 2 }, { m, p, g })
    -- an entity with one wrong mention does not match (phi_strict)
    m = ree.score_role(gold, { { "fmln", "army" } })
    assert.equal(0, m)
  end)

  it("finds the best assignment, not the greedy one", function()
    -- greedy would give pred 1 ("b") to gold 1 and leave pred 2 ("a") unmatched
    local m = ree.score_role({ { "car", "bomb" }, { "bomb" } }, { { "bomb" }, { "car" } })
    assert.equal(2, m)
  end)

  it("refuses a split where a document has no prediction", function()
    local ok, err = ree.score({ ["D-1"] = {} }, {})
    assert.is_nil(ok)
    assert.equal("no prediction for document D-1", err)
  end)

  it("reproduces the published CEAF-REE figures of GRIT on the test split", function()
    local dir = helper.shared .. "/data/muc4/"
    local cjson = require "cjson"
    local gold = ree.read_grit(dir .. "grit/test.json", cjson.decode)
    if not gold then
      pending("shared/data/muc4 is not beside the checkout")
      return
    end
    local f = assert(io.open(dir .. "reference_preds/grit_preds_s_t.out"))
    local raw = cjson.decode(f:read("a"))
    f:close()
    local preds = {}
    for key, v in pairs(raw) do
      local n = tonumber(key)
      preds[("TST%d-MUC4-%04d"):format(n // 10000, n % 10000)] = v.pred_extracts
    end
    local t = assert(ree.score(gold, preds))
    -- the figures in shared/data/muc4/README.md, table (A)
    assert.same({ 242, 377, 511 }, { t.micro.matched, t.micro.pred, t.micro.gold })
    assert.equal("54.50", ("%.2f"):format(100 * t.micro.f1))
    assert.same({ 55, 84, 138 }, { t.PerpInd.matched, t.PerpInd.pred, t.PerpInd.gold })
    assert.same({ 34, 55, 60 }, { t.Weapon.matched, t.Weapon.pred, t.Weapon.gold })
  end)
end)
