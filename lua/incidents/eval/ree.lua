--- Role-filler entity extraction (REE) scoring, as the MUC-4 papers score it.
--
-- This is the CEAF-REE metric of Du, Rush & Cardie (2021), re-implemented
-- from its description in `shared/data/muc4/README.md`: five roles, gold
-- entities are clusters of mentions, a predicted entity matches a gold one
-- when every predicted mention equals (after normalisation) some mention of
-- the gold entity, entities are paired one-to-one to maximise matches, and
-- the counts are summed over documents and micro-averaged over roles.
-- @module incidents.eval.ree

local ipairs, pairs, type, error = ipairs, pairs, type, error
local lower, gsub = string.lower, string.gsub
local concat, sort = table.concat, table.sort
local open = io.open

local M = {}

--- The five roles, in the order the papers print them.
M.roles = { "PerpInd", "PerpOrg", "Target", "Victim", "Weapon" }

--- Normalises a mention the way every REE scorer does.
-- Lower case, ASCII punctuation deleted ("u.s." becomes "us"), the whole
-- words a, an and the replaced by spaces, white space collapsed.
-- @tparam string s a mention
-- @treturn string the normalised mention
function M.normalize(s)
  s = lower(s)
  s = gsub(s, "[!-/:-@%[-`{-~]", "")
  -- Articles are removed as whole words; a frontier pattern finds them
  -- without eating the spaces around them.
  s = gsub(s, "%f[%w]an?%f[%W]", " ")
  s = gsub(s, "%f[%w]the%f[%W]", " ")
  s = gsub(s, "%s+", " ")
  s = gsub(s, "^ ", "")
  s = gsub(s, " $", "")
  return s
end

-- 1 when every mention of the predicted entity equals a mention of the gold
-- entity (phi_strict); gold mentions are given normalised, as a set.
local function phi(gold_set, pred)
  if #pred == 0 then return 1 end      -- the reference scorer's quirk, kept
  for _, m in ipairs(pred) do
    if not gold_set[M.normalize(m)] then return 0 end
  end
  return 1
end

--- Maximum one-to-one matching on a 0/1 score matrix (Kuhn's augmenting
-- paths): with 0/1 scores it equals the Hungarian optimum.
-- @tparam integer n_pred number of predicted entities (rows)
-- @tparam integer n_gold number of gold entities (columns)
-- @tparam table edge `edge[p][g]` true where prediction p may match gold g
-- @treturn integer the number of pairs matched
-- @treturn table `match[g]` = the prediction matched to gold g
function M.max_matching(n_pred, n_gold, edge)
  local match_gold = {}
  local function try(p, seen)
    for g = 1, n_gold do
      if edge[p][g] and not seen[g] then
        seen[g] = true
        if not match_gold[g] or try(match_gold[g], seen) then
          match_gold[g] = p
          return true
        end
      end
    end
    return false
  end
  local count = 0
  for p = 1, n_pred do
    if try(p, {}) then count = count + 1 end
  end
  return count, match_gold
end

--- Scores one role of one document.
-- @tparam table gold entities, each a list of mention strings
-- @tparam table pred entities, each a list of mention strings
-- @treturn integer matched
-- @treturn integer number predicted
-- @treturn integer number gold
function M.score_role(gold, pred)
  local sets = {}
  for i, ent in ipairs(gold) do
    local set = {}
    for _, m in ipairs(ent) do set[M.normalize(m)] = true end
    sets[i] = set
  end
  local edge = {}
  for p, ent in ipairs(pred) do
    edge[p] = {}
    for g = 1, #gold do edge[p][g] = phi(sets[g], ent) == 1 end
  end
  return M.max_matching(#pred, #gold, edge), #pred, #gold
end

local function prf(m, p, g)
  local prec = p > 0 and m / p or 0
  local rec = g > 0 and m / g or 0
  local f = (prec + rec) > 0 and 2 * prec * rec / (prec + rec) or 0
  return prec, rec, f
end

--- Scores predictions against gold over a whole split.
-- Every gold document must have a prediction entry (as the reference
-- scorer demands); predictions for unknown documents are an error too.
-- @tparam table gold `{docid = {role = {entity, ...}}}`, entity = list of mentions
-- @tparam table preds the same shape
-- @treturn table per role and `micro`: `{matched, pred, gold, p, r, f1}`
-- @treturn[2] nil
-- @treturn[2] string message naming the first missing document
function M.score(gold, preds)
  if type(gold) ~= "table" or type(preds) ~= "table" then
    error("ree.score: gold and preds must be tables", 2)
  end
  local ids = {}
  for id in pairs(gold) do ids[#ids + 1] = id end
  sort(ids)
  local totals = {}
  for _, role in ipairs(M.roles) do totals[role] = { matched = 0, pred = 0, gold = 0 } end
  for _, id in ipairs(ids) do
    local p = preds[id]
    if not p then return nil, "no prediction for document " .. id end
    for _, role in ipairs(M.roles) do
      local m, np, ng = M.score_role(gold[id][role] or {}, p[role] or {})
      local t = totals[role]
      t.matched, t.pred, t.gold = t.matched + m, t.pred + np, t.gold + ng
    end
  end
  local micro = { matched = 0, pred = 0, gold = 0 }
  for _, role in ipairs(M.roles) do
    local t = totals[role]
    t.p, t.r, t.f1 = prf(t.matched, t.pred, t.gold)
    micro.matched, micro.pred, micro.gold =
      micro.matched + t.matched, micro.pred + t.pred, micro.gold + t.gold
  end
  micro.p, micro.r, micro.f1 = prf(micro.matched, micro.pred, micro.gold)
  totals.micro = micro
  return totals
end

--- Formats a score table as Markdown, as the MUC-4 README prints it.
-- @tparam table totals from @{score}
-- @treturn string
function M.table(totals)
  local out = { "| role | P | R | F1 | matched / pred / gold |", "|---|---|---|---|---|" }
  local rows = {}
  for _, r in ipairs(M.roles) do rows[#rows + 1] = r end
  rows[#rows + 1] = "micro"
  for _, role in ipairs(rows) do
    local t = totals[role]
    out[#out + 1] = ("| %s | %.2f | %.2f | %.2f | %d / %d / %d |"):format(
      role, 100 * t.p, 100 * t.r, 100 * t.f1, t.matched, t.pred, t.gold)
  end
  return concat(out, "\n")
end

--- Reads GRIT-format gold (`grit/{split}.json`, JSON lines).
-- @tparam string path
-- @tparam function decode a JSON decoder (cjson.decode)
-- @treturn table gold `{docid = {role = entities}}`, and the docs `{docid = text}`
function M.read_grit(path, decode)
  local f, err = open(path, "rb")
  if not f then return nil, err end
  local gold, docs = {}, {}
  for line in f:lines() do
    if line:find("%S") then
      local d = decode(line)
      local roles = {}
      for _, role in ipairs(M.roles) do
        local ents = {}
        for _, ent in ipairs(d.extracts[role] or {}) do
          local ms = {}
          for _, pair in ipairs(ent) do ms[#ms + 1] = pair[1] end
          ents[#ents + 1] = ms
        end
        roles[role] = ents
      end
      gold[d.docid] = roles
      docs[d.docid] = d.doctext
    end
  end
  f:close()
  return gold, docs
end

return M
