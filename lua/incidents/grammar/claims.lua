--- Claims of responsibility and attribution: who said they did it, who is blamed.
--
-- `scan` returns one record per cue in a span of text (normally one sentence):
--
--     { kind = "claim" | "no_claim" | "herald" | "blame" | "suspect" | "deny",
--       claimed = true | false | nil,
--       start = s, stop = e,             -- the cue, 1-based inclusive
--       rule = "claim.responsibility",   -- which construction matched
--       actor_start = s, actor_stop = e, -- the group phrase, when the construction
--                                        -- names one (may be nil)
--       text = "claimed responsibility" }
--
-- | kind       | claimed | examples                                                   |
-- |------------|---------|------------------------------------------------------------|
-- | `claim`    | true    | "X claimed responsibility", "X claimed credit", "X took responsibility", "X said it was behind", "claimed by X", "a claim of responsibility by X" |
-- | `no_claim` | false   | "no group claimed", "no one has claimed", "has not been claimed", "there was no claim of responsibility" |
-- | `herald`   | nil     | "heralded it without directly claiming", "praised the attack" |
-- | `blame`    | nil     | "blamed on X", "blamed X for", "attributed to X", "accused X of" |
-- | `suspect`  | nil     | "X is suspected", "suspected X militants", "believed to be behind" |
-- | `deny`     | nil     | "X denied involvement", "X denied responsibility"           |
--
-- The actor span is the phrase the construction gives the role: the subject
-- of "claimed responsibility" (after "which"/"who", the phrase before it),
-- the object of "claimed by", "blamed on", "attributed to". It is bounded by
-- the clause (commas, "said", "that", ...) and is meant to be looked up in the
-- group gazetteer, so it may hold more words than the group name.
-- "claimed the lives of", "claimed that", "claimed it was targeting" are not claims.
-- @module incidents.grammar.claims

local numbers = require "incidents.grammar.numbers"

local M = {}

--- Finds every claims cue in a text.
-- @tparam string text
-- @tparam[opt] integer s first byte of the span (default 1)
-- @tparam[opt] integer e last byte of the span (default `#text`)
-- @treturn table an array of records (see the module summary), in text order,
--   offsets into `text`
function M.scan(text, s, e)
  numbers.span("scan", text, s, e)
  return {}  -- implementation follows in the next commit
end

--- Builds a scanner with extra cue words (rule packs use this).
-- @tparam[opt] table extra word lists keyed like `M.words`; each list is added
--   to the default one
-- @treturn table a scanner `{ scan = function(text[, s, e]), words = table }`,
--   or `nil, msg` when `extra` is not a table of lists of strings
function M.new(extra)
  return { scan = M.scan, words = M.words, extra = extra }  -- placeholder
end

return M
