--- Status cues: was it an attack, a foiled plot, a threat, or not an incident at all?
--
-- `scan` returns one record per cue in a span of text (normally one sentence):
--
--     { status = "plot_foiled" | "threat" | "hypothetical" | "state_strike"
--              | "raid" | "execution" | "negated" | "failed",
--       start = s, stop = e,   -- the cue, 1-based inclusive
--       rule = "plot.foiled",  -- which construction matched
--       text = "foiled" }
--
-- | status         | examples                                                        |
-- |----------------|-----------------------------------------------------------------|
-- | `plot_foiled`  | foiled, thwarted, disrupted, prevented, averted, "plot to bomb", "planned to attack", "arrested in connection with a plot", "on suspicion of planning" |
-- | `threat`       | "threatened to", "vowed to attack", "warned of", "threat of"     |
-- | `hypothetical` | "could strike", "may attack", "would target", "if ... were to"   |
-- | `state_strike` | airstrike, air strike, drone strike, missile strikes, "launched strikes on" |
-- | `raid`         | "counter-terrorism raid", "security forces raided", "intelligence-based operation" |
-- | `execution`    | executed, hanged, "sentenced to death", "put to death" (not "execution-style") |
-- | `negated`      | "there was no bombing", "no attack took place", "did not happen" |
-- | `failed`       | "failed to detonate", "did not explode", "was defused"           |
--
-- What the cue means for an incident is the extraction engine's business:
-- the grammar only finds the cue and says which kind it is.
-- @module incidents.grammar.status

local numbers = require "incidents.grammar.numbers"

local M = {}

--- Finds every status cue in a text.
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
