--- Sentences of an article clipped to the spans worth extracting from.
--
-- The article's sentences (`core.sentences`) inside its extraction spans
-- (`article.extraction_spans`), with overlong runs cut into pieces.
-- @module incidents.extract.sentences

local type, ipairs =
  type, ipairs
local sub, find =
  string.sub, string.find

local core = require "incidents.core"
local article = require "incidents.article"

local M = {}

local function spans_of(art)
  local text = art.text
  local spans = article.extraction_spans(art)
  if type(spans) ~= "table" then return { { art.body_start or 1, #text } } end
  local out = {}
  if type(spans[1]) == "number" then
    for i = 1, #spans, 2 do out[#out + 1] = { spans[i], spans[i + 1] } end
  else
    for _, sp in ipairs(spans) do
      out[#out + 1] = { sp[1] or sp.start or sp.s, sp[2] or sp.stop or sp.e }
    end
  end
  return out
end

-- Longest "sentence" read as one: a text with no full stop (a 50 MB page
-- with no punctuation) would otherwise be one sentence, and the work per
-- sentence grows with the square of its hits. Longer runs are cut at a
-- space into pieces of at most this many bytes; real sentences are far
-- shorter, so no news text is affected.
local MAX_SENTENCE = 3000

local function push_sentence(out, text, s, e)
  while e - s + 1 > MAX_SENTENCE do
    local cut = s + MAX_SENTENCE - 1
    local sp = cut
    while sp > s + MAX_SENTENCE // 2 and not find(sub(text, sp, sp), "^%s") do sp = sp - 1 end
    if sp > s + MAX_SENTENCE // 2 then
      cut = sp - 1
      while cut > s and find(sub(text, cut, cut), "^%s") do cut = cut - 1 end
    else
      -- no space: cut before a UTF-8 continuation byte, never inside a character
      while cut > s and find(sub(text, cut + 1, cut + 1), "^[\128-\191]") do cut = cut - 1 end
    end
    out[#out + 1] = { s, cut }
    s = cut + 1
    while s <= e and find(sub(text, s, s), "^%s") do s = s + 1 end
  end
  if s <= e then out[#out + 1] = { s, e } end
end

--- Sentences of the article clipped to the extraction spans, as {s, e}.
-- `spans` are the article's spans as `spans_of` gives them, when the caller
-- has them already.
local function sentences_of(art, spans)
  local text = art.text
  spans = spans or spans_of(art)
  local flat = core.sentences(text)
  local out, j = {}, 1
  for i = 1, #flat, 2 do
    local s, e = flat[i], flat[i + 1]
    while spans[j] and spans[j][2] < s do j = j + 1 end
    local k = j
    while spans[k] and spans[k][1] <= e do
      local cs, ce = s, e
      if spans[k][1] > cs then cs = spans[k][1] end
      if spans[k][2] < ce then ce = spans[k][2] end
      if cs <= ce then push_sentence(out, text, cs, ce) end
      k = k + 1
    end
  end
  return out, spans
end


M.sentences_of = sentences_of
--- The article's extraction spans as an array of {s, e}.
M.spans_of = spans_of

return M
