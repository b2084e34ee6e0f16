--- Words of the sentence being read, looked up by byte position.
--
-- This module owns the token arrays (starts, stops, words, punctuation
-- marks) and the lower-cased text they index: one sentence at a time,
-- set by `tokenize` and cut into words only at the first lookup, since
-- many sentences worth a look need none. Every other part of the engine
-- reads words through `word_before`, `word_after`, `words_before`, `tw`
-- and `token_before`; `TS` and `TE` are shared read-only. Also the two
-- span helpers everything uses: `gap` and `ev`.
-- @module incidents.extract.tokens

local sub, find, byte =
  string.sub, string.find, string.byte

local lpeg = require "lpeg"

local M = {}

-- ---------------------------------------------------------------------------
-- Small text helpers over the lower-cased article.
-- ---------------------------------------------------------------------------

-- The words of the sentence being read, found once (`tokenize`) and looked
-- up by position: starts, stops and the lower-cased words. Curly quotes and
-- dashes around a word are not part of it.
local TS, TE, TW, NT = {}, {}, {}, 0
local PB = {}     -- PB[i]: a punctuation mark lies between word i - 1 and word i
local TLOW = ""
local AT = {}     -- start byte -> token index, for the common lookup at a word

-- Moves a token's bounds past curly quotes, dashes and guillemets.
local function trim_token(low, a, b)
  while a <= b do
    local c1, c2 = byte(low, a, a + 1)
    if c1 == 226 and c2 == 128 then a = a + 3
    elseif c1 == 194 and (c2 == 171 or c2 == 187) then a = a + 2
    else break end
  end
  while b >= a do
    if b - a >= 2 and byte(low, b - 2) == 226 and byte(low, b - 1) == 128 then b = b - 3
    elseif b - a >= 1 and byte(low, b - 1) == 194 and (byte(low, b) == 171 or byte(low, b) == 187)
      then b = b - 2
    else break end
  end
  return a, b
end

-- Word bounds of a span in one LPeg pass (in C): { s1, e1 + 1, s2, e2 + 1, ... }.
-- A 0 stands for a punctuation mark between two words.
local TOKENS
do
  local R, S, Cp, Ct, Cc = lpeg.R, lpeg.S, lpeg.Cp, lpeg.Ct, lpeg.Cc
  local wc = R("az", "AZ", "09", "\128\255") + S"-"
  local punct = S".,;:!?"
  TOKENS = Ct((Cp() * wc ^ 1 * Cp() + punct * Cc(0) + (1 - wc - punct) ^ 1) ^ 0)
end
local lmatch = lpeg.match

-- The span to tokenize when a word is first looked up: many sentences worth
-- a look need none (a kill cue and no figure).
local PENDING_S, PENDING_E = nil, nil

-- Positions only: the words themselves are cut out when asked for (`tw`).
local function tokenize_now(low, ss, se)
  PENDING_S = nil
  NT, TLOW = 0, low
  local off = ss - 1
  local seg = sub(low, ss, se)
  local flat = lmatch(TOKENS, seg)
  local wide = find(seg, "[\128-\255]") ~= nil    -- quotes to trim may be there
  local n, k, nf, pb = 0, 1, #flat, true
  while k <= nf do
    local a = flat[k]
    if a == 0 then
      pb, k = true, k + 1
    else
      local ta, tb = a + off, flat[k + 1] + off - 1
      k = k + 2
      if wide and (byte(low, ta) >= 128 or byte(low, tb) >= 128) then
        ta, tb = trim_token(low, ta, tb)
      end
      if ta <= tb then
        n = n + 1
        TS[n], TE[n], TW[n], PB[n] = ta, tb, false, pb
        AT[ta] = n
        pb = false
      end
    end
  end
  NT = n
end

--- Makes [ss, se] of the lower-cased text `low` the sentence read; its words
-- are found at the first lookup.
local function tokenize(low, ss, se)
  NT, TLOW, PENDING_S, PENDING_E = 0, low, ss, se
end

--- Word `i` of the sentence, lower case (cut out once).
local function tw(i)
  local w = TW[i]
  if not w then
    w = sub(TLOW, TS[i], TE[i])
    TW[i] = w
  end
  return w
end

--- Index of the last token that ends before pos (0 when none).
local function token_before(pos)
  if PENDING_S then tokenize_now(TLOW, PENDING_S, PENDING_E) end
  local k = AT[pos]
  if k and k <= NT and TS[k] == pos then return k - 1 end
  local lo, hi = 1, NT
  local ans = 0
  while lo <= hi do
    local mid = (lo + hi) // 2
    if TE[mid] < pos then ans, lo = mid, mid + 1 else hi = mid - 1 end
  end
  return ans
end

local function punct_between(a, b)
  if a > b then return false end
  -- searched in [a, b] only: a search to the text's end costs O(text) per
  -- call when the text has no punctuation
  return find(sub(TLOW, a, b), "[.,;:!?]") ~= nil
end

--- The word that ends right before byte `pos` (skipping spaces and quotes),
-- and where it starts; nil across punctuation. `floor_pos` bounds the search.
local function word_before(_, pos, floor_pos)
  if PENDING_S then tokenize_now(TLOW, PENDING_S, PENDING_E) end
  -- the common case: pos starts a word (found by where it starts)
  local k = AT[pos]
  if k and k <= NT and TS[k] == pos then
    if k == 1 or PB[k] then return nil end
    k = k - 1
    if floor_pos and TS[k] < floor_pos then return nil end
    return tw(k), TS[k]
  end
  local i = token_before(pos)
  if i == 0 or (floor_pos and TS[i] < floor_pos) then return nil end
  if punct_between(TE[i] + 1, pos - 1) then return nil end
  return tw(i), TS[i]
end

--- The word that starts right after byte `pos`, and where it stops.
local function word_after(_, pos, ceil_pos)
  if PENDING_S then tokenize_now(TLOW, PENDING_S, PENDING_E) end
  -- the common case: spaces, then a word (found by where it starts)
  local q = find(TLOW, "[^ ]", pos + 1)
  local k = q and AT[q]
  if k and k <= NT and TS[k] == q then
    if ceil_pos and TE[k] > ceil_pos then return nil end
    return tw(k), TE[k]
  end
  local i = token_before(pos + 1) + 1
  while i <= NT and TS[i] <= pos do i = i + 1 end
  if i > NT or (ceil_pos and TE[i] > ceil_pos) then return nil end
  if punct_between(pos + 1, TS[i] - 1) then return nil end
  return tw(i), TE[i]
end

--- Up to n words before pos, nearest first (stops at punctuation).
local function words_before(low, pos, n, floor_pos)
  local out, p = {}, pos
  for _ = 1, n do
    local w, at = word_before(low, p, floor_pos)
    if not w then break end
    out[#out + 1] = w
    p = at
  end
  return out
end

--- How many words the sentence has, as tokenized so far (0 while the
-- sentence waits for its first lookup).
-- @treturn integer
function M.count() return NT end

--- Forgets the word starts of the last article (a new one reuses the offsets).
function M.reset() AT = {} end

--- Bytes between two spans; 0 when they touch or overlap.
local function gap(a_s, a_e, b_s, b_e)
  if a_e < b_s then return b_s - a_e end
  if b_e < a_s then return a_s - b_e end
  return 0
end

--- An evidence record: `{ start = s, stop = e, rule = rule }`.
local function ev(s, e, rule) return { start = s, stop = e, rule = rule } end


M.TE = TE
M.TS = TS
M.ev = ev
M.gap = gap
M.token_before = token_before
M.tokenize = tokenize
M.tw = tw
M.word_after = word_after
M.word_before = word_before
M.words_before = words_before

return M
