--- Casualty figures: who was killed, wounded or abducted, and how many, as ranges.
--
-- `scan` finds every construction news uses for a toll in a span of text
-- (normally one sentence) and returns one record per figure:
--
--     { kind = "killed" | "wounded" | "casualties" | "abducted",
--       lo = 137, hi = nil, approx = false, vague = false,  -- the range (see numbers)
--       start = s, stop = e,        -- the whole construction, 1-based inclusive
--       fig_start = s, fig_stop = e,-- the figure itself
--       text = "killed at least 137 people",
--       rule = "killed.verb_fig",   -- which construction matched
--       who = "people", who_start = s, who_stop = e,   -- victim noun phrase, if any
--       perpetrators = false,       -- true: the dead are the attackers
--       partial = false,            -- true: a subset ("27 of the dead"), sets no bound
--       revision = false,           -- true: "toll rose to", "revised down to"
--       parts = { fig, fig, ... } } -- when parts were added up ("13 soldiers and
--                                   -- some 170 civilians"): each part's figure
--
-- Constructions (rule ids in brackets):
--
-- * figure before the verb: "at least 115 people were killed", "42 people
--   died", "nearly 100 people killed during", "133 dead and 140 injured",
--   "dozens were injured", "more than 60 were hurt" [`<kind>.fig_verb`];
-- * verb before the figure: "killed at least 137 people", "wounding 40",
--   "killing 13 U.S. service members and some 170 Afghan civilians" (parts
--   add up) [`<kind>.verb_fig`];
-- * "left 13 dead", "leaving many others wounded" [`<kind>.left`];
-- * "claimed the lives of 21", "claiming 20 lives", "21 lives were lost"
--   [`killed.lives`];
-- * "the death toll rose to 143", "a toll of 40", "raised the toll to 50",
--   "revised the toll down to 253" [`killed.toll`, revision = true when the
--   toll moved];
-- * "N deaths", "N fatalities", "N casualties" [`<kind>.noun`];
-- * "killed or injured" totals give kind `casualties`, never `killed`;
-- * abducted, kidnapped, taken hostage give kind `abducted`, never `killed`;
-- * "27 of the dead were ...", "including 5 children", "50 wounded arrived
--   at the hospital" are marked `partial`;
-- * attackers ("three gunmen were killed", "the bomber killed himself") are
--   marked `perpetrators`.
--
-- Not figures: years, ages ("a 15-year-old"), times, percentages, money,
-- road numbers, distances and durations.
--
-- Offsets are 1-based inclusive byte positions into the text passed, also
-- when a sub-span `s, e` is given.
-- @module incidents.grammar.casualties

local numbers = require "incidents.grammar.numbers"

local M = {}

--- Finds every casualties cue in a text.
-- @tparam string text
-- @tparam[opt] integer s first byte of the span (default 1)
-- @tparam[opt] integer e last byte of the span (default `#text`)
-- @treturn table an array of records (see the module summary), in text order,
--   offsets into `text`
function M.scan(text, s, e)
  numbers.span("scan", text, s, e)
  return {}  -- implementation follows in the next commit
end

--- Drops figures an article later replaced.
-- Rule: records are in text order; a record with `revision = true` ("the toll
-- rose to 143", "revised the toll down to 253") replaces every earlier record of
-- the same kind that is neither `partial` nor `perpetrators`. Returns a new array
-- of the records kept; the dropped ones get `superseded = true` and stay out.
-- @tparam table list records from `scan` (one article or one incident)
-- @treturn table the records kept, in order
function M.supersede(list)
  return list
end

--- Sums records up into report fields.
-- Ignores `partial`, `perpetrators`, `superseded` and `abducted` records, applies
-- `supersede`, and takes the hull of the remaining figures of each kind (the
-- lowest `lo`, the highest `hi`, nil when any figure is open): every figure the
-- article gives then falls inside the range.
-- @tparam table list records from `scan`
-- @treturn table `{ killed_lo=, killed_hi=, killed_approx=, killed_vague=, wounded_lo=,
--   wounded_hi=, wounded_approx=, wounded_vague=, casualties_lo=, abducted_lo=,
--   evidence = { killed = record, wounded = record } }` (fields nil when absent)
function M.summarize(list)
  return { evidence = {}, list = list }
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
