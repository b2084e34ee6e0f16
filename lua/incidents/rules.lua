--- Rule packs: load, sandbox, compile, lint and test an analyst's rules.
--
-- A rule pack is a Lua file that runs in a sandbox (no `os`, `io`,
-- `require`, `debug`, `string.dump`, `collectgarbage`, binary chunks, the
-- real globals or the string metatable; an instruction and a memory limit
-- stop endless loops and runaway allocation) and declares its rules with
-- the DSL functions below. `lpeg` and `re` are available.
--
--     extends "default"                 -- a pack by name, or a path relative to this file
--     group   { "Islamic State Khorasan Province", aliases = { "ISKP", "ISIS-K" },
--               parent = "Islamic State", years = { 2015, nil } }
--     country { "IR", "Iran", aliases = { "Islamic Republic of Iran" },
--               lat = 35.69, lon = 51.42, capital = "Tehran" }
--     place   { "Kerman", country = "IR", lat = 30.28, lon = 57.08, kind = "city",
--               admin = "Kerman Province", aliases = { "Kirman" } }
--     attack  { "bombing", triggers = { "bombing", "blast" }, weapon = "explosives",
--               suicide_triggers = { "suicide bomber" } }
--     weapon  { "firearms", triggers = { "gunfire", "rifles" } }
--     target  { "religious", triggers = { "mosque", "church" } }
--     cue     { "claim", { "claimed responsibility", "claimed credit" } }
--     pattern { "toll", [[ {%d+} %s "dead" ]] }   -- an `re` string or an LPeg pattern
--     pattern { "pylons", [[ "toppled" " "+ ("pylons" / "a pylon") ]],  -- its matches are
--               attack = "facility_attack", weapon = "sabotage" }     -- hits of that kind
--     example { text = "...", published = "2024-01-04",
--               expect = { { place = "Kerman", country = "IR", killed_lo = 84 } } }
--
-- Any alias or trigger may be a string or `{ "Nice", case_sensitive = true }`;
-- a record may say `case_sensitive = true` for all its names. Names that are
-- common English words ("March", "Union", "IS") become case sensitive on their
-- own and are flagged `ambiguous` (see `rules.is_common_word`); triggers and
-- cues are left as written.
--
-- **The compiled pack** (`rules.load`) is a plain table:
--
-- - `pack.name`, `pack.path`: the pack's name and file; `pack.files` every file
--   read (the pack and what it extends, parents first).
-- - `pack.groups`, `pack.places`, `pack.countries`, `pack.attacks`,
--   `pack.weapons`, `pack.targets`: arrays of records, in declaration order.
--   Records are plain tables of strings, numbers and booleans, copied out of
--   the sandbox:
--   - group `{ name, aliases = {...}, parent = "..."|nil, years = { from, to },
--     countries = {...}|nil, home_aliases = {...}|nil, line, file }`
--     (`aliases` includes `name` and the `home_aliases`);
--   - place `{ name, country = "IR", lat, lon, kind = "city"|"province"|"region"
--     |"district"|"site", admin = "..."|nil, aliases, near = {...}|nil,
--     word = true|nil }` (`word`: the name is an English word, "Metro": it is
--     matched case sensitively and its entries are `ambiguous`);
--   - country `{ code = "IR", name = "Iran", aliases, lat, lon, capital }`;
--   - attack `{ name = "bombing", triggers, suicide_triggers, weapon }` (one
--     record per attack type and weapon: stabbings are `armed_assault` with
--     `melee`, shootings `armed_assault` with `firearms`),
--     weapon `{ name, triggers }`, target `{ name = "religious", triggers }`.
-- - `pack.cues[name]`: array of phrases (`claim`, `claim_negated`, `suspect`,
--   `plot`, `threat`, `negation`, `trigger`, `state_action`, `kill`, `wound`,
--   ... in the default pack; any name is allowed).
-- - `pack.patterns[name]`: compiled LPeg patterns; run the ones that may call
--   pack code through `pack:pattern_match`, which keeps the limits.
--   `pack.scans`: the patterns declared with `attack`, `weapon`, `target`,
--   `group` or `cue`, whose matches `pack:match` adds to the matcher's hits
--   (entries with `pattern = name`); `pack.pattern_errors[name]`: why a
--   pattern gave no hit (a limit it broke), once it happened.
-- - `pack.examples`: array of `{ text, published, expect, name, line, file }`.
-- - `pack.group_by_name[name]`, `pack.country_by_code[code]`: canonical records.
-- - `pack.by_alias[kind][rules.fold(alias)]`: the record an alias names, for
--   kind `group`, `place`, `country`, `attack`, `weapon`, `target`. For a place
--   name used by several places, the first declared wins (`pack:places_named`
--   returns them all; `pack.place_alias_index[fold(alias)]` and
--   `pack:place_candidates(alias)` every place a name or alias stands for).
-- - `pack.entries[id]`: one per matcher pattern id: `{ kind = "group"|"place"|
--   "country"|"attack"|"weapon"|"target"|"cue", value = <record>, cue = <cue
--   name, for kind "cue">, phrase = <the alias as written>, case_sensitive =
--   bool, ambiguous = bool, suicide = true (attack triggers from
--   suicide_triggers), others = { <entries of other records with the same
--   phrase> } | nil }`. When a phrase is declared by several records the
--   entry order is: country, group, place, attack, weapon, target, cue.
--   `entry.pack` is the name of the pack whose declaration gave the phrase
--   (its file's name: `"default"`, `"places"` for the default pack's
--   gazetteer, `"mypack"`), the last one when a pack that extends another
--   declares the phrase again; `record.pack` likewise names the pack that
--   declared (or last redeclared) the record, and `record.phrase_pack[phrase]`
--   the pack of each of its phrases. Evidence rule ids are built from them
--   (`default.attack.bombing` in a pack that extends `default`).
-- - `pack.phrases[id]`: the matcher pattern (`string` or
--   `{ phrase, case_sensitive = true }`) for `pack.entries[id]`.
-- - `pack.matcher`: the `core.matcher` over all phrases, built on first use
--   of `pack:match` (a pure-Lua matcher stands in when `core.matcher` is
--   missing).
--
-- Methods: `pack:match(text[, s[, e]])`, `pack:group(name)`,
-- `pack:place(name[, { country = c }])`, `pack:place_candidates(name)`,
-- `pack:places_named(name)`, `pack:country(code_or_name)`,
-- `pack:lookup(phrase)`, `pack:pattern_match(name, subject[, init])`.
--
-- Module functions: `rules.load(name_or_path[, opts])` -> pack | nil, msg;
-- `rules.load_string(source, chunkname[, opts])` -> pack | nil, msg;
-- `rules.check(name_or_path)` -> list of problems `{ file, line, severity,
-- message, text = "file:line: message" }`; `rules.test(pack, extract_fn)` ->
-- `{ passed, failed, cases = { { example, ok, failures, reports } } }`, where
-- `extract_fn(text, { published = ..., rules = pack })` returns the reports;
-- `rules.fold(s)` the key of `by_alias`; `rules.is_common_word(s)`.
--
-- @module incidents.rules


local assert, error, ipairs, next, pairs = assert, error, ipairs, next, pairs
local pcall, xpcall = pcall, xpcall
local rawequal, rawget, rawlen, rawset = rawequal, rawget, rawlen, rawset
local select, setmetatable, getmetatable = select, setmetatable, getmetatable
local tonumber, tostring, type, load = tonumber, tostring, type, load
local string, table, math, utf8 = string, table, math, utf8
local coroutine, debug, io, package = coroutine, debug, io, package
local collectgarbage, os = collectgarbage, os
local format, concat, sort = string.format, table.concat, table.sort
local find, lower = string.find, string.lower

local require = require
local lpeg = require "lpeg"
local re = require "re"
local has_core, core = pcall(require, "incidents.core")
if not has_core then core = nil end

local _ENV = nil -- luacheck: ignore

local M = {}

-- Limits of one pack file's run; `opts` of `rules.load` may lower or raise them.
local DEFAULT_LIMITS = {
  max_steps = 100000000,       -- VM instructions per pack file
  max_memory = 512 * 1024,     -- KB the Lua state may grow by while a pack file runs
  max_string = 16 * 1024 * 1024, -- bytes one string.rep may build
  max_repeat = 100000,         -- largest n in an LPeg `p ^ n`
}
-- Pack code called while a pattern matches (an `lpeg.Cmt` function) gets less.
local MATCH_LIMITS = { max_steps = 10000000, max_memory = 64 * 1024,
  max_string = 1024 * 1024, max_repeat = 100000 }
local STEP = 128                -- instructions between two hook calls

-- GTD vocabularies (DESIGN.md); names outside them are lint warnings.
local ATTACK_TYPES, WEAPON_TYPES, TARGET_TYPES = {}, {}, {}
for w in ("assassination armed_assault bombing hijacking hostage_taking kidnapping "
  .. "facility_attack unarmed_assault unknown"):gmatch("%S+") do ATTACK_TYPES[w] = true end
for w in ("firearms explosives incendiary melee vehicle chemical biological radiological "
  .. "nuclear fake sabotage other unknown"):gmatch("%S+") do WEAPON_TYPES[w] = true end
for w in ("private_citizens religious government diplomatic police military business "
  .. "educational journalists transportation airports tourists utilities telecommunication "
  .. "food_water maritime ngo violent_political_party terrorists other unknown")
  :gmatch("%S+") do TARGET_TYPES[w] = true end
local PLACE_KINDS = { city = true, province = true, region = true, district = true,
  site = true, town = true, village = true }

-- ISO 3166-1 alpha-2 codes (plus XK, Kosovo, as GeoNames uses it).
local ISO = {}
for c in ([[AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN
GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM
MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO
SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA
VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK]]):gmatch("%u%u") do ISO[c] = true end

-- Common English words. A name that is one of them ("March", "Nice", "IS",
-- "Van", "Hit") is matched case sensitively and flagged ambiguous, so prose
-- does not turn into places and groups.
local COMMON = {}
for w in ([[a about above across act add after again against age ago air all also am
among an and any are area arm army art as ask at away back bad bar base bat batman be
bear beat bed been before begin being below best better big bill bird black blue board
boat body bond book born both box boy bring brown build bus but buy by call came camp can
cap car card care carry case cat cause center central chance change check child church
city class clear close coast cold come common cook cool corn cost could count country
course court cover cross cry cut dam dark date day dead deal dear deep did die dir do does
dog done door down draw dream drive drop dry due during each ear early earth east eat edge
end enter even ever every eye face fact fair fall far farm fast father federal feel few
field fig fight fill find fine fire first fish five flat floor fly follow food foot for
force form found four free fresh friend from front full fun game gap gate gave get gift
girl give go gold golden gone good got gray great green ground group grow guard gun had
half hall hand happy hard has hat have he head hear heart heat heavy held help her here
high hill him his hit hold hole home hope horse hot hour house how hub hull i if in inch
is it its job join joy just keep kept key kid kill kind king knew know lake land large
last late law lay lead leave left less let life light like line list little live long
look lord lost lot love low made main major make man many map march mark mass may me mean
meet men mile mill mine miss mobile moon more most mount move much must my name near neck
need new news next nice night nine no none noon nor north not note now number of off
office old on once one only open or order other our out over page paid pair park part
party pass past pay peace people per pick piece place plain plan plant play please point
police poor port post pound power press pretty price pull put queen quick race rain ran
read ready real red rest rich ride right ring rise river road rock roll room root rose
round row rule run safe said sale salt same sand save saw say school sea season second see
seen self sell send sent set seven shall she ship shop short should show side sign
silver simple since sing sir six size sky sleep slow small snow so soft soil sold solo
some son song soon south speak special spring square stand star start state stay step
still stone stop store story street strong such sugar summer sun sure table tail take talk
tall tank team tell ten test than that the their them then there these they thing think
this those though three through tie time to today told too took top total town trade
train tree trip true try turn two under union unit until up upon us use valley van very
victoria view village visit wait walk wall want war warm was watch water way we weather
week well went were west what wheel when where which while white who whole why wide wild
will win wind window winter wish with without woman wood word work world would write
wrong yard year yes yet you young your]]):gmatch("%S+") do COMMON[w] = true end

--- Folds a name to its lookup key: ASCII and Latin-1/Latin Extended-A
-- letters lower-cased, curly quotes and dashes made plain, whitespace runs
-- made one space, ends trimmed. The same folding as `core.matcher`.
-- @tparam string s a name or phrase
-- @treturn string the key used by `pack.by_alias`
-- @usage rules.fold("  ISIS–K ") --> "isis-k"
function M.fold(s)
  if type(s) ~= "string" then
    error("bad argument #1 to 'fold' (string expected, got " .. type(s) .. ")", 2)
  end
  -- Most names are plain ASCII: only case and white space can change, and a
  -- lower-cased name with single inner spaces is its own key. Loading a pack
  -- folds every name and alias two or three times, so this path is worth it.
  if not s:find("[\128-\255]") then
    s = s:lower()
    if not s:find("%s") or (not s:find("[^ %S]") and not s:find("  ", 1, true)
        and s:byte(1) ~= 32 and s:byte(-1) ~= 32) then
      return s
    end
    s = s:gsub("%s+", " ")
    return (s:gsub("^ ", ""):gsub(" $", ""))
  end
  s = s:gsub("\226\128[\152\153]", "'"):gsub("\226\128[\156\157]", '"')
       :gsub("\226\128[\144-\149]", "-"):gsub("\194\160", " ")
  if s:find("[\195-\197]") then
    s = s:gsub("\195([\128-\158])", function(c)
      local b = c:byte()
      if b == 0x97 then return nil end
      return "\195" .. string.char(b + 32)
    end)
    s = s:gsub("[\196\197][\128-\191]", function(ch)
      local cp = utf8.codepoint(ch)
      local upper
      if cp <= 0x137 or (cp >= 0x14A and cp <= 0x177) then upper = cp % 2 == 0
      elseif cp == 0x178 then return "\195\191"
      else upper = cp % 2 == 1 and cp ~= 0x149 and cp ~= 0x17F end
      if upper and cp ~= 0x138 then return utf8.char(cp + 1) end
      return nil
    end)
  end
  s = s:lower():gsub("%s+", " ")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end
local fold = M.fold

--- Great-circle distance between two points, in km (haversine; the Earth as
-- a sphere of radius 6371 km). Extraction and merging both ask how far apart
-- two places are; this is the one answer they share.
-- @tparam number lat1 degrees
-- @tparam number lon1 degrees
-- @tparam number lat2 degrees
-- @tparam number lon2 degrees
-- @treturn number kilometres
-- @usage rules.km(55.75, 37.62, 55.82, 37.33) --> about 20 (Moscow to Krasnogorsk)
function M.km(lat1, lon1, lat2, lon2)
  local r = math.pi / 180
  local dlat, dlon = (lat2 - lat1) * r, (lon2 - lon1) * r
  local x = math.sin(dlat / 2) ^ 2
    + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin(dlon / 2) ^ 2
  return 2 * 6371 * math.asin(math.min(1, math.sqrt(x)))
end

--- Tells whether a name is a common English word (after folding), which
-- makes it case sensitive and ambiguous in a pack.
-- @tparam string s a name
-- @treturn boolean
function M.is_common_word(s)
  if type(s) ~= "string" then
    error("bad argument #1 to 'is_common_word' (string expected, got " .. type(s) .. ")", 2)
  end
  return COMMON[fold(s)] == true
end

-- Reads a whole file; nil, msg when it cannot.
local function read_file(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local src = f:read("a")
  f:close()
  if not src then return nil, path .. ": cannot read" end
  return src
end

local function dirname(path)
  return path:match("^(.*[/\\])") or ""
end

local function basename(path)
  return (path:match("([^/\\]+)$") or path):gsub("%.lua$", "")
end

-- Finds the file of a pack named `name` (a name, or a path, relative to
-- `from_dir` when one is given).
local function resolve(name, from_dir)
  if name:find("[/\\]") or name:find("%.lua$") then
    local p = name
    if from_dir and not name:find("^/") then p = from_dir .. name end
    local f = io.open(p, "rb")
    if f then f:close(); return p end
    if p ~= name then
      f = io.open(name, "rb")
      if f then f:close(); return name end
    end
    return nil, format("rule pack '%s' not found", name)
  end
  if not name:find("^[%w_%-%.]+$") then
    return nil, format("rule pack '%s' not found", name)
  end
  if from_dir then
    local p = from_dir .. name .. ".lua"
    local f = io.open(p, "rb")
    if f then f:close(); return p end
  end
  local p = package.searchpath("incidents.rules." .. name, package.path)
  if p then return p end
  return nil, format("rule pack '%s' not found", name)
end

------------------------------------------------------------------------------
-- The sandbox.
------------------------------------------------------------------------------

local string_mt = getmetatable("")
local pattern_mt = getmetatable(lpeg.P(true))

-- LPeg runs a grammar in C, where the instruction hook cannot stop it, and
-- a grammar can take exponential time (E <- T '+' E / T over nested
-- brackets). In a pack's grammars every rule first calls a Lua function,
-- so the hook counts rule calls and the step limits stop such a grammar.
local lpeg_P = lpeg.P
local function tick()
  local n = 0
  for _ = 1, 4 do n = n + 1 end      -- a few instructions per rule call
  return n > 0
end
local TICK = lpeg.Cmt(lpeg_P(true), tick)
local function guarded_P(v)
  if type(v) ~= "table" or getmetatable(v) == pattern_mt then return lpeg_P(v) end
  local g = {}
  for k, r in pairs(v) do
    if k == 1 and (type(r) == "string" or type(r) == "number") then g[k] = r
    else g[k] = TICK * r end
  end
  return lpeg_P(g)
end

-- `re` builds its grammars with lpeg.P: a private copy of re.lua is loaded
-- with the guarded P (the library's `re` stays as it is).
local guarded_re = re
do
  local path = package.searchpath("re", package.path)
  local f = path and io.open(path, "r")
  if f then
    local src = f:read("a")
    f:close()
    local glpeg = {}
    for k, v in pairs(lpeg) do glpeg[k] = v end
    glpeg.P = guarded_P
    local renv = { tonumber = tonumber, type = type, error = error, print = function() end,
      setmetatable = setmetatable, getmetatable = getmetatable, _VERSION = "Lua 5.4",
      require = function(name) return name == "lpeg" and glpeg or nil end }
    local chunk = load(src, "@" .. path, "t", renv)
    local ok, mod = pcall(chunk or error)
    if ok and type(mod) == "table" and mod.compile then guarded_re = mod end
  end
end

-- Counts the quantifiers of a Lua pattern: backtracking over a long subject
-- grows with their number and runs in C, where the instruction hook cannot
-- stop it.
local function pattern_cost(p)
  local n = 0
  for _ in p:gsub("%%.", ""):gmatch("[%*%+%-%?]") do n = n + 1 end
  return n
end

-- A copy of `string` without `dump`, with `rep` and the pattern functions
-- bounded. It is also the strings' `__index` while pack code runs.
local function safe_string(limits, ctx)
  local s = {}
  for k, v in pairs(string) do s[k] = v end
  s.dump = nil
  local rep = string.rep
  s.rep = function(str, n, sep)
    local len = #tostring(str) + (sep and #tostring(sep) or 0)
    if type(n) == "number" and n > 0 and len * n > limits.max_string then
      local line = ctx.line and ctx.line()
      error(format("%s: string.rep: result of %.0f bytes exceeds the limit",
        line and (ctx.display .. ":" .. line) or ("rule pack " .. ctx.display), len * n), 0)
    end
    return rep(str, n, sep)
  end
  for _, name in ipairs { "find", "match", "gmatch", "gsub" } do
    local f = string[name]
    s[name] = function(subject, pat, ...)
      if type(subject) == "string" and type(pat) == "string" and #subject > 4096 then
        local plain = name == "find" and select(2, ...)
        if not plain and pattern_cost(pat) >= 3 then
          error(format("string.%s: pattern too complex for a %d-byte subject", name,
            #subject), 2)
        end
      end
      return f(subject, pat, ...)
    end
  end
  return s
end

local function copy_table(t, drop)
  local c = {}
  for k, v in pairs(t) do
    if not (drop and drop[k]) then c[k] = v end
  end
  return c
end

-- The pack's line that is running, seen from a hook in its coroutine, for
-- `rules check` to point at when a limit stops the pack.
local function running_line(ctx)
  for level = 1, 40 do
    local info = debug.getinfo(level, "Sl")
    if not info then break end
    if info.source == ctx.source and info.currentline > 0 then return info.currentline end
  end
  return nil
end

-- Runs `fn` in a coroutine under the pack's limits. Returns true, results
-- or false, message.
local function guarded(ctx, fn, ...)
  local co = coroutine.create(fn)
  local mem0 = collectgarbage("count")
  debug.sethook(co, function()
    ctx.steps = ctx.steps + STEP
    if ctx.dead then error(ctx.dead, 0) end
    if ctx.steps > ctx.limits.max_steps then
      ctx.dead = format("rule pack %s: instruction limit exceeded", ctx.display)
      ctx.dead_line = running_line(ctx)
      error(ctx.dead, 0)
    end
    local now = collectgarbage("count")
    -- The collector frees what ran before the pack (a big heap of garbage
    -- left by an earlier load): growth is measured from the lowest count
    -- seen, or a pack could allocate all that garbage's size unnoticed.
    if now < mem0 then mem0 = now end
    if now - mem0 > ctx.limits.max_memory then
      collectgarbage("collect")
      if collectgarbage("count") - mem0 > ctx.limits.max_memory then
        ctx.dead = format("rule pack %s: memory limit exceeded", ctx.display)
        ctx.dead_line = running_line(ctx)
        error(ctx.dead, 0)
      end
    end
  end, "", STEP)
  local prev_index, prev_pow = string_mt.__index, pattern_mt.__pow
  string_mt.__index = ctx.string
  pattern_mt.__pow = ctx.pow
  local res = table.pack(coroutine.resume(co, ...))
  string_mt.__index, pattern_mt.__pow = prev_index, prev_pow
  if not res[1] then
    local err = res[2]
    if ctx.dead then
      err = ctx.dead
    elseif type(err) == "number" then
      err = tostring(err)
    elseif type(err) ~= "string" then
      -- Not tostring: a pack's __tostring would run outside the limits.
      err = format("rule pack %s: error object is a %s", ctx.display, type(err))
    end
    -- An error raised inside a library the pack called (re.compile, lpeg.P)
    -- names that library's line or none: the pack's own line is the one to
    -- fix, and the dead coroutine's stack still knows it. Errors the pack
    -- raises itself, or code it loaded, are left as they are.
    if not ctx.dead and ctx.source and type(res[2]) == "string" then
      local raiser
      local named = err:match("^([^\n:]*):%d+: ")
      for level = 0, 60 do
        local info = debug.getinfo(co, level, "Sl")
        if not info then break end
        if info.what ~= "C" then
          if not raiser then
            raiser = info.source
            -- the pack's own error, code it loaded, or a message that
            -- already names a place other than the library's (the DSL's)
            if raiser == ctx.source or raiser:sub(1, 1) ~= "@"
              or (named and named ~= info.short_src) then break end
          end
          if info.source == ctx.source and info.currentline > 0 then
            err = format("%s:%d: %s", ctx.display, info.currentline,
              (err:gsub("^[^\n:]*:%d+: ", "", 1):gsub("'lpeg_P'", "'lpeg.P'")))
            break
          end
        end
      end
    end
    return false, err
  end
  if coroutine.status(co) ~= "dead" then
    return false, format("rule pack %s: yielded", ctx.display)
  end
  return table.unpack(res, 1, res.n)
end

-- The globals a pack sees: the safe parts of the standard library, lpeg,
-- re and the DSL.
local function new_env(ctx, dsl)
  local env = {}
  for _, k in ipairs { "assert", "error", "ipairs", "next", "pairs", "rawequal", "rawget",
      "rawlen", "rawset", "select", "tonumber", "tostring", "type" } do
    env[k] = ({ assert = assert, error = error, ipairs = ipairs, next = next, pairs = pairs,
      rawequal = rawequal, rawget = rawget, rawlen = rawlen, rawset = rawset,
      select = select, tonumber = tonumber, tostring = tostring, type = type })[k]
  end
  env._VERSION = "Lua 5.4"
  -- A pcall must not swallow the limits: once they are hit, every return
  -- into pack code raises again.
  env.pcall = function(f, ...)
    local r = table.pack(pcall(f, ...))
    if ctx.dead then error(ctx.dead, 0) end
    return table.unpack(r, 1, r.n)
  end
  env.xpcall = function(f, h, ...)
    -- A message handler for an error raised by the hook runs with hooks
    -- off (Lua restores them only at the protected call), so it must not
    -- run pack code then.
    local r = table.pack(xpcall(f, function(e)
      if ctx.dead then return e end
      return h(e)
    end, ...))
    if ctx.dead then error(ctx.dead, 0) end
    return table.unpack(r, 1, r.n)
  end
  env.getmetatable = function(v)
    if type(v) ~= "table" then return nil end
    return getmetatable(v)
  end
  env.setmetatable = function(t, mt)
    if type(t) ~= "table" then
      error("bad argument #1 to 'setmetatable' (table expected, got " .. type(t) .. ")", 2)
    end
    if mt ~= nil and type(mt) ~= "table" then
      error("bad argument #2 to 'setmetatable' (nil or table expected)", 2)
    end
    if mt and rawget(mt, "__gc") ~= nil then
      error("setmetatable: __gc is not allowed in a rule pack", 2)
    end
    return setmetatable(t, mt)
  end
  env.load = function(chunk, name, mode, e)
    if type(chunk) ~= "string" then
      return nil, "load: only source strings can be loaded in a rule pack"
    end
    if mode ~= nil and mode ~= "t" then
      return nil, "load: only text chunks can be loaded in a rule pack"
    end
    if e ~= nil and type(e) ~= "table" then return nil, "load: env must be a table" end
    return load(chunk, name or "=(load)", "t", e or env)
  end
  env.print = function(...)
    local n, parts = select("#", ...), {}
    for i = 1, n do
      local v = select(i, ...)
      parts[i] = type(v) == "string" and v or type(v) == "number" and tostring(v)
        or type(v) == "boolean" and tostring(v) or type(v)
    end
    io.stderr:write("rule pack ", ctx.display, ": ", concat(parts, "\t"), "\n")
  end
  env.string = ctx.string
  env.table = copy_table(table, { move = true })
  env.table.move = function(a1, f, e, t, a2)
    if type(f) == "number" and type(e) == "number" and e - f > 1000000 then
      error("table.move: range too large for a rule pack", 2)
    end
    return table.move(a1, f, e, t, a2)
  end
  env.math = copy_table(math, { randomseed = true })
  env.utf8 = copy_table(utf8)
  env.lpeg = copy_table(lpeg, { setmaxstack = true })
  env.lpeg.P = guarded_P
  env.re = { compile = guarded_re.compile, match = guarded_re.match, find = guarded_re.find,
    gsub = guarded_re.gsub }
  for k, v in pairs(dsl) do env[k] = v end
  env._G = env
  return env
end

------------------------------------------------------------------------------
-- The DSL: each function checks its table and records a plain copy.
------------------------------------------------------------------------------

-- Where in the pack file the current DSL call is: the innermost frame of
-- pack code.
local function call_site(ctx)
  -- Mostly the pack's main chunk calls the DSL directly: knowing it by the
  -- function is cheaper than building its source name (7,000 places).
  local top = debug.getinfo(3, "fl")
  if top and top.func == ctx.chunk then return top.currentline end
  for level = 3, 40 do
    local info = debug.getinfo(level, "Sl")
    if not info then break end
    if info.source == ctx.source then return info.currentline end
  end
  return nil
end

local DslError = {}

local function fail(msg)
  error(setmetatable({ msg = msg }, DslError), 0)
end

local function check_string(v, what)
  if type(v) ~= "string" or v:find("^%s*$") then
    fail(what .. " must be a non-empty string")
  end
  return v
end

-- A list of names: strings or { "Name", case_sensitive = true }.
local function check_names(v, what)
  if v == nil then return {}, {} end
  if type(v) == "string" then v = { v } end
  if type(v) ~= "table" then fail(what .. " must be a list of strings") end
  local out, cs = {}, {}
  local n = #v
  for k in pairs(v) do
    if math.type(k) ~= "integer" or k < 1 or k > n then
      fail(what .. " must be a list of strings")
    end
  end
  for i = 1, n do
    local item = v[i]
    if type(item) == "table" then
      local s = item[1]
      if type(s) ~= "string" or s:find("^%s*$") then fail(what .. " must be a list of strings") end
      for k in pairs(item) do
        if k ~= 1 and k ~= "case_sensitive" then
          fail(format("%s: unknown field '%s' in '%s'", what, tostring(k), s))
        end
      end
      out[#out + 1] = s
      if item.case_sensitive then cs[s] = true end
    elseif type(item) == "string" and not item:find("^%s*$") then
      out[#out + 1] = item
    else
      fail(what .. " must be a list of strings")
    end
  end
  return out, cs
end

local function check_fields(t, allowed, kind)
  for k in pairs(t) do
    if not allowed[k] then
      if math.type(k) == "integer" then
        fail(format("%s: unexpected value at position %d", kind, k))
      end
      fail(format("%s: unknown field '%s'", kind, tostring(k)))
    end
  end
end

local function set(list)
  local s = {}
  for w in list:gmatch("%S+") do s[tonumber(w) or w] = true end
  return s
end

local GROUP_FIELDS = set "1 aliases home_aliases parent years case_sensitive country description"
local PLACE_FIELDS = set "1 country lat lon kind aliases near admin population case_sensitive word"
local COUNTRY_FIELDS = set "1 2 aliases demonyms lat lon capital case_sensitive"
local TRIGGER_FIELDS = set "1 triggers case_sensitive"
local ATTACK_FIELDS = set "1 triggers suicide_triggers weapon case_sensitive"
local EXAMPLE_FIELDS = set "text published expect name exact"
local PATTERN_FIELDS = set "1 2 attack weapon target group cue suicide case_sensitive"

local function check_coord(v, what, lo, hi)
  if v == nil then return nil end
  if type(v) ~= "number" or v ~= v or v < lo or v > hi then
    fail(format("%s must be a number from %d to %d", what, lo, hi))
  end
  return v
end

local function merge_cs(a, b)
  for k in pairs(b) do a[k] = true end
  return a
end

local builders = {}

--- `group { name, aliases, home_aliases, parent, years, country, description }`:
-- checks a group declaration and returns its record (names must be strings,
-- years a `{ from, to }` pair running forwards; `home_aliases` are names
-- the group goes by only in its own countries, so they need `country`).
-- @tparam table t the declaration as the pack wrote it
-- @treturn table the group record
function builders.group(t)
  check_fields(t, GROUP_FIELDS, "group")
  local name = check_string(t[1], "group: the name")
  local aliases, cs = check_names(t.aliases, "group: aliases")
  table.insert(aliases, 1, name)
  local rec = { name = name, aliases = aliases, case_sensitive_aliases = cs,
    case_sensitive = t.case_sensitive == true or nil }
  if t.parent ~= nil then rec.parent = check_string(t.parent, "group: parent") end
  if t.description ~= nil then
    rec.description = check_string(t.description, "group: description")
  end
  if t.country ~= nil then rec.countries = check_names(t.country, "group: country") end
  if t.home_aliases ~= nil then
    -- "the Maoists" of Indian news are one party, those of Nepal or Peru
    -- others: such a name is also an alias, and the extractor drops the
    -- group from a report abroad that names it only so
    if not rec.countries or #rec.countries == 0 then
      fail("group: home_aliases need country (the codes where those names mean this group)")
    end
    local home, hcs = check_names(t.home_aliases, "group: home_aliases")
    for _, a in ipairs(home) do aliases[#aliases + 1] = a end
    for k, v in pairs(hcs) do cs[k] = v end
    rec.home_aliases = home
  end
  if t.years ~= nil then
    local y = t.years
    if type(y) ~= "table" then fail("group: years must be { from, to }") end
    local from, to = y[1], y[2]
    for _, v in ipairs { from, to } do
      if math.type(v) ~= "integer" then fail("group: years must be { from, to } as integers") end
    end
    for k in pairs(y) do
      if k ~= 1 and k ~= 2 then fail("group: years must be { from, to }") end
    end
    rec.years = { from, to }
  end
  return rec
end

--- `place { name, country, lat, lon, kind, admin, aliases, near, population }`:
-- checks a place declaration and returns its record.
-- @tparam table t the declaration as the pack wrote it
-- @treturn table the place record
function builders.place(t)
  check_fields(t, PLACE_FIELDS, "place")
  local name = check_string(t[1], "place: the name")
  local aliases, cs = check_names(t.aliases, "place: aliases")
  table.insert(aliases, 1, name)
  if type(t.country) ~= "string" or not t.country:find("^%u%u$") then
    fail("place: country must be an ISO 3166-1 alpha-2 code such as \"IR\"")
  end
  local rec = { name = name, aliases = aliases, case_sensitive_aliases = cs,
    country = t.country, case_sensitive = t.case_sensitive == true or nil,
    lat = check_coord(t.lat, "place: lat", -90, 90),
    lon = check_coord(t.lon, "place: lon", -180, 180), kind = t.kind or "city" }
  if (rec.lat == nil) ~= (rec.lon == nil) then fail("place: give both lat and lon, or neither") end
  if not PLACE_KINDS[rec.kind] then
    fail("place: kind must be one of city, town, village, district, province, region, site")
  end
  if t.admin ~= nil then rec.admin = check_string(t.admin, "place: admin") end
  if t.near ~= nil then rec.near = check_names(t.near, "place: near") end
  -- the name is also an English word ("Metro", "Swat"): matched only as
  -- written, and ambiguous in the pack's entries
  if t.word ~= nil then
    if type(t.word) ~= "boolean" then fail("place: word must be true or false") end
    rec.word = t.word or nil
    if t.word then rec.case_sensitive = true end
  end
  if t.population ~= nil then
    if math.type(t.population) ~= "integer" then fail("place: population must be an integer") end
    rec.population = t.population
  end
  return rec
end

--- `country { code, name, aliases, demonyms, capital, lat, lon }`: checks a
-- country declaration (an ISO 3166-1 alpha-2 code) and returns its record.
-- @tparam table t the declaration as the pack wrote it
-- @treturn table the country record
function builders.country(t)
  check_fields(t, COUNTRY_FIELDS, "country")
  if type(t[1]) ~= "string" or not t[1]:find("^%u%u$") then
    fail("country: the first value must be an ISO 3166-1 alpha-2 code such as \"IR\"")
  end
  local name = check_string(t[2], "country: the name")
  local aliases, cs = check_names(t.aliases, "country: aliases")
  table.insert(aliases, 1, name)
  local rec = { code = t[1], name = name, aliases = aliases, case_sensitive_aliases = cs,
    case_sensitive = t.case_sensitive == true or nil,
    lat = check_coord(t.lat, "country: lat", -90, 90),
    lon = check_coord(t.lon, "country: lon", -180, 180) }
  if t.capital ~= nil then rec.capital = check_string(t.capital, "country: capital") end
  if t.demonyms ~= nil then rec.demonyms = check_names(t.demonyms, "country: demonyms") end
  return rec
end

local function trigger_builder(kind, vocab)
  return function(t)
    check_fields(t, kind == "attack" and ATTACK_FIELDS or TRIGGER_FIELDS, kind)
    local name = check_string(t[1], kind .. ": the name")
    local triggers, cs = check_names(t.triggers, kind .. ": triggers")
    local rec = { name = name, triggers = triggers, case_sensitive_aliases = cs,
      case_sensitive = t.case_sensitive == true or nil, known = vocab[name] }
    if kind == "attack" then
      local st, cs2 = check_names(t.suicide_triggers, "attack: suicide_triggers")
      rec.suicide_triggers = st
      merge_cs(cs, cs2)
      if t.weapon ~= nil then rec.weapon = check_string(t.weapon, "attack: weapon") end
    end
    return rec
  end
end
builders.attack = trigger_builder("attack", ATTACK_TYPES)
builders.weapon = trigger_builder("weapon", WEAPON_TYPES)
builders.target = trigger_builder("target", TARGET_TYPES)

--- `cue { name, { phrases } }`: a named list of cue words for the grammars;
-- several calls with one name add up when the pack is compiled.
-- @tparam table t the declaration as the pack wrote it
-- @treturn table `{ name, phrases, case_sensitive_aliases, case_sensitive }`
function builders.cue(t)
  check_fields(t, set "1 2 phrases case_sensitive", "cue")
  local name = check_string(t[1], "cue: the name")
  if t[2] ~= nil and t.phrases ~= nil then fail("cue: give the phrases once") end
  local phrases, cs = check_names(t[2] or t.phrases, "cue: phrases")
  if #phrases == 0 then fail("cue: phrases must be a non-empty list of strings") end
  return { name = name, phrases = phrases, case_sensitive_aliases = cs,
    case_sensitive = t.case_sensitive == true or nil }
end

--- `pattern { name, re_string_or_lpeg_pattern, attack | weapon | target |
-- group | cue = ..., suicide, case_sensitive }`: an LPeg pattern; a string is
-- compiled with `re` (an error names the pattern when it fails). With one of
-- `attack`, `weapon`, `target` (a type), `group` (a canonical name) or `cue`
-- (a cue name), every match of the pattern in an article is a hit of that
-- kind for the extractor, as a trigger phrase's would be; without, the
-- pattern is only run by `pack:pattern_match`.
-- @tparam table t the declaration as the pack wrote it
-- @tparam table ctx the loading context (`ctx.display` names the pack)
-- @treturn table the pattern record
function builders.pattern(t, ctx)
  check_fields(t, PATTERN_FIELDS, "pattern")
  local name = check_string(t[1], "pattern: the name")
  local as
  for _, k in ipairs { "attack", "target", "group", "cue" } do
    if t[k] ~= nil then
      if as then fail(format("pattern: '%s' gives both %s and %s; give one", name, as, k)) end
      as = k
    end
  end
  if t.weapon ~= nil and as ~= nil and as ~= "attack" then
    fail(format("pattern: '%s' gives both %s and weapon; weapon goes with attack or alone",
      name, as))
  end
  as = as or (t.weapon ~= nil and "weapon" or nil)
  for _, k in ipairs { "attack", "target", "group", "cue", "weapon" } do
    if t[k] ~= nil then check_string(t[k], "pattern: " .. k) end
  end
  if t.suicide ~= nil and (type(t.suicide) ~= "boolean" or as ~= "attack") then
    fail("pattern: suicide must be true or false, beside attack")
  end
  if t.case_sensitive ~= nil and type(t.case_sensitive) ~= "boolean" then
    fail("pattern: case_sensitive must be true or false")
  end
  local p = t[2]
  if type(p) == "string" then
    local ok, compiled = pcall(re.compile, p)
    if not ok then
      fail(format("pattern: '%s' does not compile: %s", name,
        tostring(compiled):gsub("^[^\n]-:%d+: ", ""):gsub("\n.*", "")))
    end
    p = compiled
  elseif lpeg.type(p) ~= "pattern" then
    fail(format("pattern: '%s' must be an re string or an LPeg pattern", name))
  end
  return { name = name, pattern = p, source = type(t[2]) == "string" and t[2] or nil,
    kind = "pattern", pack = ctx.display, as = as, value = as and t[as],
    weapon = t.weapon, suicide = t.suicide or nil, case_sensitive = t.case_sensitive or nil }
end

-- The fields a report has (DESIGN.md; extract.lua's REPORT_FIELDS), which
-- an example's `expect` may name.
local REPORT_FIELD = {}
for f in string.gmatch("date date_lo date_hi place country country_name lat lon perpetrator "
  .. "claimed attack_type suicide weapon target target_type status killed_lo killed_hi "
  .. "wounded_lo wounded_hi evidence rule", "%S+") do REPORT_FIELD[f] = true end

-- Copies an example's expectations, so pack tables never leave the sandbox.
local function copy_value(v, depth)
  local tv = type(v)
  if tv == "string" or tv == "number" or tv == "boolean" then return v end
  if tv == "table" and depth < 4 then
    local c = {}
    for k, x in pairs(v) do
      if type(k) ~= "string" and math.type(k) ~= "integer" then
        fail("example: expect keys must be strings")
      end
      c[k] = copy_value(x, depth + 1)
    end
    return c
  end
  fail("example: expect holds a " .. tv .. "; use strings, numbers, booleans and tables")
end

--- `example { text, published, expect, name, exact }`: a test case that
-- `rules.test` runs through the extractor; `expect` holds partial reports.
-- @tparam table t the declaration as the pack wrote it
-- @treturn table the example record
function builders.example(t)
  check_fields(t, EXAMPLE_FIELDS, "example")
  local rec = { text = check_string(t.text, "example: text") }
  if t.published ~= nil then
    if type(t.published) ~= "string" or not t.published:find("^%d%d%d%d%-%d%d%-%d%d$") then
      fail("example: published must be a date YYYY-MM-DD")
    end
    rec.published = t.published
  end
  if t.name ~= nil then rec.name = check_string(t.name, "example: name") end
  if t.expect ~= nil then
    if type(t.expect) ~= "table" then fail("example: expect must be a list of incidents") end
    rec.expect = copy_value(t.expect, 0)
    for i, inc in pairs(rec.expect) do
      if type(i) == "string" and REPORT_FIELD[i] then
        -- one incident written without the list around it: the commonest slip
        fail(format("example: expect must be a list of incidents; for one, write "
          .. "expect = { { %s = ... } } (two braces)", i))
      end
      if math.type(i) ~= "integer" or type(inc) ~= "table" then
        fail("example: expect must be a list of incidents (tables)")
      end
    end
  end
  rec.exact = t.exact == true or nil
  return rec
end

local run_pack -- forward

-- The DSL functions bound to one run.
local function make_dsl(ctx)
  local dsl = {}
  for kind, build in pairs(builders) do
    dsl[kind] = function(t)
      local line = call_site(ctx)
      -- the message prefix only when there is a message (thousands of places)
      local function where() return format("%s:%s: ", ctx.display, line or "?") end
      if type(t) ~= "table" then
        local msg = format("%s expects a table: %s { ... }", kind, kind)
        if ctx.collect then
          ctx.problems[#ctx.problems + 1] = { file = ctx.display, line = line,
            severity = "error", message = msg }
          return
        end
        error(where() .. msg, 0)
      end
      local ok, rec = pcall(build, t, ctx)
      if not ok then
        if getmetatable(rec) ~= DslError then
          if ctx.dead then error(ctx.dead, 0) end
          error(rec, 0)
        end
        if ctx.collect then
          ctx.problems[#ctx.problems + 1] = { file = ctx.display, line = line,
            severity = "error", message = rec.msg }
          return
        end
        error(where() .. rec.msg, 0)
      end
      -- the pack that declared it, kept through `extends`: its rule ids
      -- name the pack an analyst can read, not the one on top
      rec.file, rec.line, rec.dsl, rec.pack = ctx.display, line, kind, ctx.pack_name
      ctx.decls[#ctx.decls + 1] = rec
    end
  end
  dsl.extends = function(name)
    local line = call_site(ctx)
    local where = format("%s:%s: ", ctx.display, line or "?")
    if type(name) ~= "string" then error(where .. "extends: expects a pack name or path", 0) end
    local path, err = resolve(name, dirname(ctx.path))
    if not path then
      if ctx.collect then
        ctx.problems[#ctx.problems + 1] = { file = ctx.display, line = line,
          severity = "error", message = "extends: " .. err }
        return
      end
      error(where .. "extends: " .. err, 0)
    end
    for _, p in ipairs(ctx.stack) do
      if p == path then
        local chain = {}
        for _, q in ipairs(ctx.stack) do chain[#chain + 1] = q end
        chain[#chain + 1] = path
        error(where .. "extends: cycle: " .. concat(chain, " -> "), 0)
      end
    end
    local decls, perr, files = run_pack(path, name, ctx)
    if not decls then
      -- the parent's own message (a syntax error there names its file and
      -- line): `rules check` must not put it on this file's line
      ctx.parent_error = perr
      error(perr, 0)
    end
    for _, f in ipairs(files) do ctx.files[#ctx.files + 1] = f end
    for _, d in ipairs(decls) do ctx.decls[#ctx.decls + 1] = d end
  end
  return dsl
end

-- Parsed files, by path: a parent pack read again is not run again unless
-- its text changed.
local decl_cache = {}

-- Runs one pack file in a fresh sandbox; returns its declarations (its
-- parents' first), or nil, msg.
function run_pack(path, display, parent, opts, source)
  opts = opts or (parent and parent.opts) or {}
  local src = source
  if not src then
    local err
    src, err = read_file(path)
    if not src then return nil, format("rule pack '%s': %s", display, err) end
  end
  -- A pack saved by a Windows editor is Windows-1252: its "Café" would
  -- never match the UTF-8 that articles are read into. Read it as an
  -- article is read (`rules check` says so).
  local cp1252, cp1252_line
  local raw = src
  local _, bad_at = utf8.len(raw)
  if bad_at then src, cp1252 = require("incidents.article").from_cp1252(raw) end
  if cp1252 then
    local _, breaks = raw:sub(1, bad_at):gsub("\n", "")
    cp1252_line = breaks + 1
  end
  local collect = opts.collect
  local cached = not collect and not source and decl_cache[path]
  if cached and cached.source == src then return cached.decls, nil, cached.files end
  local limits = {}
  for k, v in pairs(DEFAULT_LIMITS) do limits[k] = opts[k] or v end
  local ctx = { path = path, display = path, limits = limits, steps = 0, decls = {},
    problems = parent and parent.problems or {}, collect = collect, opts = opts,
    stack = {}, files = {}, source = "@" .. path, pack_name = basename(path) }
  if source then ctx.display = display; ctx.source = "=" .. display end
  if cp1252 and collect then
    ctx.problems[#ctx.problems + 1] = { file = ctx.display, line = cp1252_line,
      severity = "warning",
      message = "the file is not UTF-8: read as Windows-1252 (save it as UTF-8)" }
  end
  if parent then for _, p in ipairs(parent.stack) do ctx.stack[#ctx.stack + 1] = p end end
  ctx.stack[#ctx.stack + 1] = path
  ctx.string = safe_string(limits, ctx)
  ctx.line = function() return call_site(ctx) end
  local pow = pattern_mt.__pow
  ctx.pow = function(p, n)
    if type(n) == "number" and (n > limits.max_repeat or n < -limits.max_repeat) then
      error(format("lpeg: repetition count %.0f exceeds the limit %d", n, limits.max_repeat), 2)
    end
    return pow(p, n)
  end
  local env = new_env(ctx, make_dsl(ctx))
  local fn, err = load(src, source and ("=" .. display) or ("@" .. path), "t", env)
  if not fn then return nil, err end
  ctx.chunk = fn
  local ok, rerr = guarded(ctx, fn)
  if not ok then
    -- '"toppled" * 1': LPeg's operators need a pattern on one side, and Lua's
    -- own message does not say so
    if type(rerr) == "string" and rerr:find("attempt to %a+ a '?string'? with")
        or type(rerr) == "string" and rerr:find("attempt to perform arithmetic on a string") then
      rerr = rerr .. ' (an LPeg pattern needs lpeg.P on one side: lpeg.P"word" * 1; '
        .. "or write an re string)"
    end
    if collect then
      local file = ctx.display
      local line = tonumber(tostring(rerr):match(":(%d+):"))
      local msg = tostring(rerr):gsub("^.-:%d+: ", "")
      if rerr == ctx.parent_error then
        local pfile, pline, pmsg = rerr:match("^(.-):(%d+): (.*)$")
        if pfile then file, line, msg = pfile, tonumber(pline), pmsg
        else line, msg = nil, rerr end
      end
      if not line and ctx.dead_line then
        -- a limit stops the pack anywhere: say where it was
        line = ctx.dead_line
        msg = msg:gsub("^rule pack .-: ", "")
      end
      ctx.problems[#ctx.problems + 1] = { file = file, line = line,
        severity = "error", message = msg }
      return ctx.decls, nil, ctx.files, ctx
    end
    return nil, rerr
  end
  ctx.files[#ctx.files + 1] = path
  if not collect and not source then
    decl_cache[path] = { source = src, decls = ctx.decls, files = ctx.files }
  end
  return ctx.decls, nil, ctx.files, ctx
end

------------------------------------------------------------------------------
-- The pure-Lua matcher: the stand-in when `core.matcher` is missing. Same
-- answers for ordinary text: whole words, leftmost-longest, folded case.
------------------------------------------------------------------------------

-- Multibyte spaces and marks: U+00A0 and U+2000-U+200B, U+2028/9, U+202F
-- are spaces; the rest of U+2010-U+203F (dashes, quotes, ellipsis) marks.
local function special_at(text, i)
  local b1, b2, b3 = text:byte(i, i + 2)
  if b1 == 0xC2 and b2 == 0xA0 then return 2, true end
  if b1 == 0xE2 and b2 == 0x80 and b3 then
    if b3 <= 0x8B or b3 == 0xA8 or b3 == 0xA9 or b3 == 0xAF then return 3, true end
    return 3, false
  end
  return nil
end

-- Splits text into tokens: word runs (letters, digits, UTF-8 letters) and
-- single punctuation marks; curly quotes and dashes are one mark each.
local function tokenize(text, init)
  local toks, i, n = {}, init or 1, #text
  while i <= n do
    local s = text:find("[^ \t\n\r\f\v]", i)
    if not s then break end
    local len, space = special_at(text, s)
    local e
    if len then
      e = s + len - 1
    else
      local _, we = text:find("^[%w\128-\255]+", s)
      if we then
        local cut = text:find("\226\128", s, true)
        local nb = text:find("\194\160", s, true)
        if nb and (not cut or nb < cut) then cut = nb end
        if cut and cut <= we then we = cut - 1 end
        e = we
      else
        e = s
      end
    end
    if not space then
      local raw = text:sub(s, e)
      toks[#toks + 1] = { s, e, raw, fold(raw) }
    end
    i = e + 1
  end
  return toks
end

local LuaMatcher = {}
LuaMatcher.__index = LuaMatcher

local function lua_matcher(patterns)
  local index = {}
  for id, p in ipairs(patterns) do
    local phrase, cs = p, false
    if type(p) == "table" then phrase, cs = p[1], p.case_sensitive == true end
    local toks = tokenize(phrase)
    if #toks > 0 then
      local words = {}
      for i, t in ipairs(toks) do words[i] = cs and t[3] or t[4] end
      local key = toks[1][4]
      local list = index[key]
      if not list then list = {}; index[key] = list end
      list[#list + 1] = { id = id, cs = cs, words = words, n = #words }
    end
  end
  for _, list in pairs(index) do
    sort(list, function(a, b)
      if a.n ~= b.n then return a.n > b.n end
      return a.id < b.id
    end)
  end
  return setmetatable({ index = index, n = #patterns }, LuaMatcher)
end

--- Leftmost-longest, non-overlapping matches, as `core.matcher`'s `find`
-- gives them (the plain-Lua matcher used when the C core is absent or
-- refuses the patterns).
-- @tparam string text the subject
-- @tparam[opt] integer init where to start (1-based)
-- @treturn table flat array `{ s1, e1, id1, ... }`
function LuaMatcher:find(text, init)
  local toks, out = tokenize(text, init), {}
  local i, nt = 1, #toks
  while i <= nt do
    local list = self.index[toks[i][4]]
    local hit
    if list then
      for _, c in ipairs(list) do
        if i + c.n - 1 <= nt then
          local ok = true
          for k = 1, c.n do
            local t = toks[i + k - 1]
            if (c.cs and t[3] or t[4]) ~= c.words[k] then ok = false; break end
          end
          if ok then hit = c; break end
        end
      end
    end
    if hit then
      out[#out + 1] = toks[i][1]
      out[#out + 1] = toks[i + hit.n - 1][2]
      out[#out + 1] = hit.id
      i = i + hit.n
    else
      i = i + 1
    end
  end
  return out
end

--- The number of matches `find` gives.
-- @tparam string text the subject
-- @treturn integer
function LuaMatcher:count(text) return #self:find(text) // 3 end
--- What the matcher holds: `{ patterns = n, engine = "lua" }`.
-- @treturn table
function LuaMatcher:stats() return { patterns = self.n, engine = "lua" } end

------------------------------------------------------------------------------
-- Compiling declarations into a pack.
------------------------------------------------------------------------------

local Pack = {}

local NAME_KINDS = { country = true, group = true, place = true }

local KIND_ORDER = { "country", "group", "place", "attack", "weapon", "target", "cue" }

local function union(into, from)
  local seen = {}
  for _, v in ipairs(into) do seen[v] = true end
  for _, v in ipairs(from) do
    if not seen[v] then into[#into + 1] = v; seen[v] = true end
  end
  return into
end

local function copy_rec(r)
  local c = {}
  for k, v in pairs(r) do
    if type(v) == "table" and k ~= "pattern" then
      local t = {}
      for k2, v2 in pairs(v) do t[k2] = v2 end
      c[k] = t
    else
      c[k] = v
    end
  end
  return c
end

-- A later declaration of the same group (name), place (name and country),
-- country (code), attack (name and weapon), weapon or target (name) adds its
-- names and overrides the fields it gives.
local function merge(old, new)
  for k, v in pairs(new) do
    if k == "aliases" or k == "home_aliases" or k == "triggers" or k == "suicide_triggers"
        or k == "near" or k == "demonyms" then
      old[k] = union(old[k] or {}, v)
    elseif k == "case_sensitive_aliases" then
      merge_cs(old[k], v)
    elseif k ~= "file" and k ~= "line" then
      old[k] = v
    end
  end
end

-- The phrase fields of a declaration: each phrase remembers the pack whose
-- declaration gave it last, so a name the default pack declared keeps the
-- default's rule id in a pack that extends it, and one a child declares
-- again (or adds) carries the child's.
local PHRASE_FIELDS = { "aliases", "triggers", "suicide_triggers", "demonyms", "phrases" }

local function stamp_phrases(rec, d)
  for _, f in ipairs(PHRASE_FIELDS) do
    for _, ph in ipairs(type(d[f]) == "table" and d[f] or {}) do rec.phrase_pack[ph] = d.pack end
  end
end

local function problem(list, rec, severity, message)
  list[#list + 1] = { file = rec and rec.file, line = rec and rec.line,
    severity = severity, message = message }
end

-- A byte of a word: a match of a pattern ends where a word does.
local WORD_BYTE = lpeg.R("az", "AZ", "09", "\128\255")

-- Builds the pack table out of the declarations, in order.
local function compile(decls, info)
  -- Each name is folded two or three times below (its place index, its alias
  -- index, its matcher key): fold each distinct string once.
  local folded = {}
  local function fold_key(s)
    local k = folded[s]
    if k == nil then k = fold(s); folded[s] = k end
    return k
  end
  local pack = { name = info.name, path = info.path, files = info.files,
    groups = {}, places = {}, countries = {}, attacks = {}, weapons = {}, targets = {},
    cues = {}, cue_records = {}, patterns = {}, pattern_records = {}, examples = {},
    group_by_name = {}, country_by_code = {}, place_index = {}, place_alias_index = {},
    by_alias = { group = {}, place = {}, country = {}, attack = {}, weapon = {}, target = {} },
    entries = {}, phrases = {}, phrase_index = {}, lint = {} }
  local keyed = { group = {}, place = {}, country = {}, attack = {}, weapon = {}, target = {} }
  local lists = { group = pack.groups, place = pack.places, country = pack.countries,
    attack = pack.attacks, weapon = pack.weapons, target = pack.targets }
  local pattern_order = {}
  for _, d in ipairs(decls) do
    local kind = d.dsl
    if lists[kind] then
      local key = kind == "country" and d.code
        or kind == "place" and (d.name .. "\0" .. d.country)
        or kind == "attack" and (d.name .. "\0" .. (d.weapon or "")) or d.name
      local rec = keyed[kind][key]
      if rec then
        merge(rec, d)
      else
        rec = copy_rec(d)
        rec.phrase_pack = {}
        keyed[kind][key] = rec
        lists[kind][#lists[kind] + 1] = rec
      end
      stamp_phrases(rec, d)
    elseif kind == "cue" then
      local rec = pack.cue_records[d.name]
      if rec then
        union(rec.phrases, d.phrases)
        merge_cs(rec.case_sensitive_aliases, d.case_sensitive_aliases)
        rec.pack = d.pack
      else
        rec = copy_rec(d)
        rec.phrase_pack = {}
        pack.cue_records[d.name] = rec
      end
      stamp_phrases(rec, d)
      pack.cues[d.name] = rec.phrases
    elseif kind == "pattern" then
      if not pack.pattern_records[d.name] then pattern_order[#pattern_order + 1] = d.name end
      pack.patterns[d.name] = d.pattern
      pack.pattern_records[d.name] = d
    elseif kind == "example" then
      pack.examples[#pack.examples + 1] = d
    end
  end
  for _, g in ipairs(pack.groups) do pack.group_by_name[g.name] = g end
  for _, c in ipairs(pack.countries) do pack.country_by_code[c.code] = c end
  for _, p in ipairs(pack.places) do
    local k = fold_key(p.name)
    local l = pack.place_index[k]
    if not l then l = {}; pack.place_index[k] = l end
    l[#l + 1] = p
  end

  -- Matcher phrases and their entries.
  local function add(kind, rec, phrase, extra)
    local cs = rec.case_sensitive or (rec.case_sensitive_aliases or {})[phrase] or false
    -- Only names are guarded: triggers and cues are common words by design.
    local common = NAME_KINDS[kind] and COMMON[fold_key(phrase)] == true
    local ambiguous = common or (kind == "place" and rec.word == true)
    if common then cs = true end
    if kind == "place" then
      -- every place a name or alias may stand for, in declaration order
      local k = fold_key(phrase)
      local l = pack.place_alias_index[k]
      if not l then l = {}; pack.place_alias_index[k] = l end
      local dup = false
      for _, x in ipairs(l) do if x == rec then dup = true end end
      if not dup then l[#l + 1] = rec end
    end
    if kind ~= "cue" then
      local by = pack.by_alias[kind]
      local k = fold_key(phrase)
      local prev = by[k]
      if prev == nil then
        by[k] = rec
      elseif prev ~= rec and kind == "group" then
        problem(pack.lint, rec, "error", format("alias '%s' of group '%s' already names group "
          .. "'%s' (%s:%s)", phrase, rec.name, prev.name, prev.file, prev.line))
      end
    end
    local key = cs and ("\1" .. phrase) or fold_key(phrase)
    local entry = { kind = kind, value = rec, phrase = phrase, case_sensitive = cs,
      ambiguous = ambiguous, pack = rec.phrase_pack and rec.phrase_pack[phrase] or rec.pack }
    if extra then for k, v in pairs(extra) do entry[k] = v end end
    local id = pack.phrase_index[key]
    if id then
      local first = pack.entries[id]
      if first.value == rec and first.kind == kind then return end
      first.others = first.others or {}
      for _, o in ipairs(first.others) do
        if o.value == rec and o.kind == kind then return end
      end
      first.others[#first.others + 1] = entry
      return
    end
    id = #pack.entries + 1
    pack.entries[id] = entry
    pack.phrases[id] = cs and { phrase, case_sensitive = true } or phrase
    pack.phrase_index[key] = id
  end
  for _, kind in ipairs(KIND_ORDER) do
    if kind == "cue" then
      local names = {}
      for name in pairs(pack.cue_records) do names[#names + 1] = name end
      sort(names)
      for _, name in ipairs(names) do
        local rec = pack.cue_records[name]
        for _, ph in ipairs(rec.phrases) do add("cue", rec, ph, { cue = name }) end
      end
    elseif kind == "attack" or kind == "weapon" or kind == "target" then
      for _, rec in ipairs(lists[kind]) do
        local nk = fold_key(rec.name)
        pack.by_alias[kind][nk] = pack.by_alias[kind][nk] or rec
        for _, ph in ipairs(rec.triggers) do add(kind, rec, ph) end
        for _, ph in ipairs(rec.suicide_triggers or {}) do
          add(kind, rec, ph, { suicide = true })
        end
      end
    else
      for _, rec in ipairs(lists[kind]) do
        for _, ph in ipairs(rec.aliases) do add(kind, rec, ph) end
        if kind == "country" then
          local ck = fold_key(rec.code)
          pack.by_alias.country[ck] = pack.by_alias.country[ck] or rec
          for _, ph in ipairs(rec.demonyms or {}) do add(kind, rec, ph, { demonym = true }) end
        end
      end
    end
  end
  -- Patterns that say what their matches are: the entries their hits carry,
  -- on records of the pack (a type no trigger declared gets its record here).
  pack.scans = {}
  for _, name in ipairs(pattern_order) do
    local d = pack.pattern_records[name]
    local as, rec, extra = d.as, nil, nil
    if as == "group" then
      rec = pack.group_by_name[d.value] or pack.by_alias.group[fold_key(d.value)]
      if not rec then
        problem(pack.lint, d, "error", format("pattern '%s': unknown group '%s' (declare it "
          .. "with group { ... } first)", name, d.value))
      end
    elseif as == "cue" then
      rec = pack.cue_records[d.value]
      if not rec then
        rec = { name = d.value, phrases = {}, case_sensitive_aliases = {},
          file = d.file, line = d.line, dsl = "cue", pack = d.pack }
        pack.cue_records[d.value] = rec
        pack.cues[d.value] = rec.phrases
      end
      extra = { cue = d.value }
    elseif as then
      local want_weapon = as == "attack" and d.weapon or nil
      for _, r in ipairs(lists[as]) do
        if r.name == d.value and (not want_weapon or r.weapon == want_weapon) then
          rec = r
          break
        end
      end
      if not rec then
        local vocab = as == "attack" and ATTACK_TYPES or as == "weapon" and WEAPON_TYPES
          or TARGET_TYPES
        rec = { name = d.value, triggers = {}, suicide_triggers = as == "attack" and {} or nil,
          weapon = want_weapon, case_sensitive_aliases = {}, known = vocab[d.value],
          file = d.file, line = d.line, dsl = as, from_pattern = true, pack = d.pack }
        lists[as][#lists[as] + 1] = rec
        local k = fold_key(d.value)
        pack.by_alias[as][k] = pack.by_alias[as][k] or rec
      end
      if as == "attack" and d.suicide then extra = { suicide = true } end
    end
    if rec then
      local entry = { kind = as, value = rec, case_sensitive = d.case_sensitive == true,
        ambiguous = false, pattern = name, pack = d.pack }
      for k, v in pairs(extra or {}) do entry[k] = v end
      local anchored = lpeg.Cp() * (d.pattern / 0) * lpeg.Cp() * -WORD_BYTE
      -- One pass of LPeg over the text, trying the pattern where a word
      -- starts and skipping the word when it fails; LPeg refuses the loop
      -- when the pattern may match nothing, and then a loop in Lua does it.
      local ok, search = pcall(function()
        return lpeg.Ct((lpeg.Ct(#WORD_BYTE * anchored) + WORD_BYTE ^ 1 + 1) ^ 0)
      end)
      pack.scans[#pack.scans + 1] = { name = name, entry = entry,
        case_sensitive = d.case_sensitive == true, anchored = anchored,
        search = ok and search or nil }
    end
  end
  return setmetatable(pack, Pack)
end

------------------------------------------------------------------------------
-- Pack methods.
------------------------------------------------------------------------------

local methods = {}
local with_pattern_hits -- below

--- A compiled pack's fields on demand: `matcher` is built on first use,
-- other keys are the pack's methods.
Pack.__index = function(t, k)
  if k == "matcher" then
    local m
    if core and core.matcher then
      local err
      m, err = core.matcher(t.phrases, { ignore_case = true, whole_words = true })
      if not m then rawset(t, "matcher_error", err) end
    end
    m = m or lua_matcher(t.phrases)
    rawset(t, "matcher", m)
    return m
  end
  return methods[k]
end

-- The matches of the patterns that say what they are (`pattern { ...,
-- attack = ... }`), tried where a word starts and ending where one ends,
-- merged into the matcher's hits: a pattern's match wins over the phrases it
-- overlaps unless one of them holds it whole and is longer; of two patterns
-- overlapping, the longer (then the one declared first) wins. Pack code
-- a pattern calls runs under the match limits; a pattern that breaks them
-- gives no hit (and `pack.pattern_errors[name]` says why).
function with_pattern_hits(pack, scans, sub, off, hits)
  local low
  local found = {}
  for order, sc in ipairs(scans) do
    local subject = sc.case_sensitive and sub or low
    if not subject then low = lower(sub); subject = low end
    local ctx = { display = pack.name, limits = MATCH_LIMITS, steps = 0 }
    ctx.string = safe_string(MATCH_LIMITS, ctx)
    ctx.pow = pattern_mt.__pow
    local mine = {}
    local ok, err = guarded(ctx, function()
      if sc.search then
        for _, m in ipairs(lpeg.match(sc.search, subject)) do
          mine[#mine + 1] = { start = m[1] + off, stop = m[2] - 1 + off, entry = sc.entry,
            order = order }
        end
        return
      end
      local pos, n = 1, #subject
      while pos <= n do
        local ws = find(subject, "%f[%w\128-\255]", pos)
        if not ws then break end
        local a, b = lpeg.match(sc.anchored, subject, ws)
        if a and b > a then
          mine[#mine + 1] = { start = a + off, stop = b - 1 + off, entry = sc.entry,
            order = order }
          pos = b
        else
          pos = (find(subject, "[^%w\128-\255]", ws) or n) + 1
        end
      end
    end)
    if ok then
      for _, h in ipairs(mine) do found[#found + 1] = h end
    else
      local errs = rawget(pack, "pattern_errors") or {}
      rawset(pack, "pattern_errors", errs)
      errs[sc.name] = tostring(err)
    end
  end
  if #found == 0 then return hits end
  sort(found, function(a, b)
    local la, lb = a.stop - a.start, b.stop - b.start
    if la ~= lb then return la > lb end
    if a.order ~= b.order then return a.order < b.order end
    return a.start < b.start
  end)
  local kept = {}
  for _, h in ipairs(found) do
    local free = true
    for _, k in ipairs(kept) do
      if h.start <= k.stop and k.start <= h.stop then free = false; break end
    end
    if free then kept[#kept + 1] = h end
  end
  -- a phrase longer than a pattern's match and holding it whole wins
  local out, dropped = {}, {}
  for i, k in ipairs(kept) do
    for _, h in ipairs(hits) do
      if h.start <= k.start and k.stop <= h.stop and h.stop - h.start > k.stop - k.start then
        dropped[i] = true
        break
      end
    end
  end
  for _, h in ipairs(hits) do
    local clash = false
    for i, k in ipairs(kept) do
      if not dropped[i] and h.start <= k.stop and k.start <= h.stop then clash = true; break end
    end
    if not clash then out[#out + 1] = h end
  end
  for i, k in ipairs(kept) do
    if not dropped[i] then
      out[#out + 1] = { start = k.start, stop = k.stop, entry = k.entry }
    end
  end
  sort(out, function(a, b) return a.start < b.start end)
  return out
end

--- Finds every alias, trigger and cue of the pack in a text.
-- @tparam string text the text
-- @tparam[opt=1] integer s first byte to look at
-- @tparam[opt=#text] integer e last byte to look at
-- @treturn table array of `{ start = s, stop = e, entry = pack.entries[id] }`,
-- leftmost-longest, offsets into `text`
-- @usage for _, h in ipairs(pack:match(text)) do print(h.entry.kind, h.start) end
function methods.match(pack, text, s, e)
  if type(text) ~= "string" then
    error("bad argument #1 to 'match' (string expected, got " .. type(text) .. ")", 2)
  end
  local sub, off = text, 0
  if (s and s > 1) or (e and e < #text) then
    s = s or 1
    sub, off = text:sub(s, e or -1), s - 1
  end
  local flat, hits, entries = pack.matcher:find(sub), {}, pack.entries
  for i = 1, #flat, 3 do
    hits[#hits + 1] = { start = flat[i] + off, stop = flat[i + 1] + off,
      entry = entries[flat[i + 2]] }
  end
  local scans = rawget(pack, "scans")
  if scans and #scans > 0 then return with_pattern_hits(pack, scans, sub, off, hits) end
  return hits
end

--- The group a name or alias stands for.
-- @tparam string name a canonical name or an alias ("ISIS-K")
-- @treturn table|nil the group record
function methods.group(pack, name)
  if type(name) ~= "string" then return nil end
  return pack.group_by_name[name] or pack.by_alias.group[fold(name)]
end

--- The place a name or alias stands for: the first declared one, or the
-- first one in a given country ("Solhan" in Burkina Faso is not the Solhan
-- of Turkey the gazetteer lists first).
-- @tparam string name a place name or alias ("Kerman", "Herat")
-- @tparam[opt] table opts `{ country = "BF" | "Burkina Faso" }`: only a place
-- of that country (a code, a name or an alias of it) will do
-- @treturn table|nil the place record; nil when no place of that name is in
-- that country
-- @usage pack:place("Herat").name --> "Herāt"
-- @usage pack:place("Kerman", { country = "Iran" }).country --> "IR"
function methods.place(pack, name, opts)
  if type(name) ~= "string" then return nil end
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #2 to 'place' (table expected, got " .. type(opts) .. ")", 2)
  end
  local want = opts and opts.country
  if want == nil then return pack.by_alias.place[fold(name)] end
  local c = methods.country(pack, want)
  local code = c and c.code or want
  for _, p in ipairs(pack.place_alias_index[fold(name)] or {}) do
    if p.country == code then return p end
  end
  return nil
end

--- Every place a name or alias may stand for, in declaration order (the
-- gazetteer declares the most populous first), each with its `country`:
-- the extractor prefers the one in a country named nearby.
-- @tparam string name a place name or alias, as written in the text
-- @treturn table array of place records (may be empty)
-- @usage for _, p in ipairs(pack:place_candidates("Jalalabad")) do print(p.country) end
function methods.place_candidates(pack, name)
  if type(name) ~= "string" then return {} end
  local l = pack.place_alias_index[fold(name)]
  if not l then return {} end
  local out = {}
  for i, p in ipairs(l) do out[i] = p end
  return out
end

--- Every place with this name (not aliases), in declaration order.
-- @tparam string name a place name
-- @treturn table array of place records (may be empty)
function methods.places_named(pack, name)
  if type(name) ~= "string" then return {} end
  return pack.place_index[fold(name)] or {}
end

--- The country of an ISO code, a name or an alias.
-- @tparam string s "IR", "Iran", "Islamic Republic of Iran"
-- @treturn table|nil the country record
function methods.country(pack, s)
  if type(s) ~= "string" then return nil end
  return pack.country_by_code[s] or pack.by_alias.country[fold(s)]
end

--- Every entry a phrase stands for, as `pack:match` would report it.
-- @tparam string phrase the phrase, as it would appear in text
-- @treturn table array of entries (may be empty)
function methods.lookup(pack, phrase)
  if type(phrase) ~= "string" then return {} end
  local id = pack.phrase_index["\1" .. phrase] or pack.phrase_index[fold(phrase)]
  if not id then return {} end
  local e = pack.entries[id]
  local out = { e }
  for _, o in ipairs(e.others or {}) do out[#out + 1] = o end
  return out
end

--- Runs one of the pack's patterns under the pack's limits (an LPeg
-- pattern may call pack functions, which must not loop forever), on the
-- subject as given (`pack:match` runs the patterns that name a kind on the
-- text in lower case).
-- @tparam string name the pattern's name
-- @tparam string subject the text
-- @tparam[opt=1] integer init where to start
-- @return the pattern's captures or its end position, or nil; `nil, msg`
-- when the pattern is unknown or broke a limit
function methods.pattern_match(pack, name, subject, init)
  if type(subject) ~= "string" then
    error("bad argument #2 to 'pattern_match' (string expected, got " .. type(subject) .. ")", 2)
  end
  local p = pack.patterns[name]
  if not p then return nil, format("rule pack %s: no pattern '%s'", pack.name, tostring(name)) end
  local ctx = { display = pack.name, limits = MATCH_LIMITS, steps = 0 }
  ctx.string = safe_string(MATCH_LIMITS, ctx)
  ctx.pow = pattern_mt.__pow
  local res = table.pack(guarded(ctx, function() return p:match(subject, init) end))
  if not res[1] then return nil, res[2] end
  return table.unpack(res, 2, res.n)
end

------------------------------------------------------------------------------
-- Module functions.
------------------------------------------------------------------------------

-- Compiled packs, by path, checked against the text of every file they read.
local pack_cache = {}

local function fresh(entry)
  for path, src in pairs(entry.sources) do
    if read_file(path) ~= src then return false end
  end
  return true
end

local function load_path(path, display, opts)
  local decls, err, files = run_pack(path, display, nil, opts)
  if not decls then return nil, err end
  return compile(decls, { name = basename(display), path = path, files = files })
end

--- Loads and compiles a rule pack.
-- @tparam string name_or_path a pack name ("default" finds
-- `incidents/rules/default.lua` on `package.path`) or a file path
-- @tparam[opt] table opts limits: `max_steps` (instructions per file),
-- `max_memory` (KB), `max_string` (bytes per `string.rep`), `max_repeat`
-- (LPeg `p ^ n`); `cache = false` to read everything again
-- @return the pack, or `nil, msg` ("mypack.lua:12: group: aliases must be a
-- list of strings")
-- @usage local pack = assert(rules.load("default"))
function M.load(name_or_path, opts)
  if type(name_or_path) ~= "string" then
    error("bad argument #1 to 'load' (string expected, got " .. type(name_or_path) .. ")", 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #2 to 'load' (table expected, got " .. type(opts) .. ")", 2)
  end
  opts = opts or {}
  local path, err = resolve(name_or_path)
  if not path then return nil, err end
  local use_cache = opts.cache ~= false and next(opts) == nil
  local hit = use_cache and pack_cache[path]
  if hit and fresh(hit) then return hit.pack end
  if opts.cache == false then decl_cache = {} end
  local pack, lerr = load_path(path, path, opts)
  if not pack then return nil, lerr end
  if use_cache then
    local sources = {}
    for _, f in ipairs(pack.files) do sources[f] = read_file(f) end
    pack_cache[path] = { pack = pack, sources = sources }
  end
  return pack
end

--- Compiles a pack from a string (for tests and for packs kept elsewhere).
-- `extends` paths are relative to the working directory.
-- @tparam string source the pack's Lua text
-- @tparam[opt="pack"] string chunkname the name errors use
-- @tparam[opt] table opts as for `rules.load`
-- @return the pack, or `nil, msg`
function M.load_string(source, chunkname, opts)
  if type(source) ~= "string" then
    error("bad argument #1 to 'load_string' (string expected, got " .. type(source) .. ")", 2)
  end
  chunkname = chunkname or "pack"
  local decls, err, files = run_pack(chunkname, chunkname, nil, opts or {}, source)
  if not decls then return nil, err end
  return compile(decls, { name = basename(chunkname), path = nil, files = files })
end

-- Times a pattern on growing subjects of a few alphabets; a pattern whose
-- time grows fast (exponential backtracking) is reported before it can
-- hang. Stops at the first slow size, so the probe itself stays short.
local function probe_pattern(p)
  local clock = os.clock
  for _, unit in ipairs { "a", "1", " ", "ab ", "a1 " } do
    local prev
    for size = 8, 64, 8 do
      local subject = string.rep(unit, size // #unit + 1)
      local t0 = clock()
      pcall(lpeg.match, p, subject)
      local dt = clock() - t0
      if dt > 0.05 then
        return format("pattern takes %.0f ms on a %d-byte subject: it may backtrack "
          .. "exponentially", dt * 1000, #subject)
      end
      if prev and prev > 0.002 and dt > prev * 8 then
        return "pattern time grows exponentially with the subject length"
      end
      prev = dt
    end
  end
  return nil
end

local function sort_problems(list)
  for _, p in ipairs(list) do
    p.text = format("%s:%s: %s%s", p.file or "?", p.line or "?",
      p.severity == "warning" and "warning: " or "", p.message)
  end
  sort(list, function(a, b)
    if (a.file or "") ~= (b.file or "") then return (a.file or "") < (b.file or "") end
    if (a.line or 0) ~= (b.line or 0) then return (a.line or 0) < (b.line or 0) end
    if a.severity ~= b.severity then return a.severity == "error" end
    return a.message < b.message
  end)
  return list
end

-- The report field closest to a misspelt one (at most two edits), or nil.
local function nearest_field(k)
  local best, best_d
  for f in pairs(REPORT_FIELD) do
    -- Levenshtein distance over bytes
    local prev = {}
    for j = 0, #f do prev[j] = j end
    for i = 1, #k do
      local cur = { [0] = i }
      for j = 1, #f do
        local cost = string.byte(k, i) == string.byte(f, j) and 0 or 1
        cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      end
      prev = cur
    end
    local d = prev[#f]
    if d <= 2 and (not best_d or d < best_d or (d == best_d and f < best)) then
      best, best_d = f, d
    end
  end
  return best
end

-- The grammars whose word lists a cue may extend (see `incidents.extract`).
local GRAMMARS = { casualties = true, claims = true, status = true }

--- Lints a rule pack: every problem, not only the first.
-- Errors: DSL mistakes, a pack that does not run, aliases that map to two
-- groups, unknown ISO country codes, patterns that do not compile, a
-- pattern's unknown group, a cue named after a grammar list that does not
-- exist, examples without `expect`, years out of order. Warnings: names
-- outside the GTD vocabularies, unknown parent groups, places without
-- coordinates, patterns that match the empty string or backtrack
-- exponentially, group aliases that are also country names, a cue named
-- after no grammar.
-- @tparam string name_or_path a pack name or file
-- @tparam[opt] table opts the limits, as for `rules.load` (`max_steps`,
-- `max_memory`)
-- @treturn table array of `{ file, line, severity = "error"|"warning",
-- message, text = "file:line: message" }`, sorted by file and line; empty
-- when the pack is clean
function M.check(name_or_path, opts)
  if type(name_or_path) ~= "string" then
    error("bad argument #1 to 'check' (string expected, got " .. type(name_or_path) .. ")", 2)
  end
  local path, err = resolve(name_or_path)
  if not path then
    return { { file = name_or_path, severity = "error", message = err,
      text = name_or_path .. ": " .. err } }
  end
  local o = { collect = true }
  for k, v in pairs(opts or {}) do o[k] = v end
  local decls, rerr, _, ctx = run_pack(path, path, nil, o)
  local list = ctx and ctx.problems or {}
  if not decls then
    local line = tonumber(tostring(rerr):match(":(%d+):"))
    local msg = tostring(rerr):gsub("^.-:%d+: ", "")
    if not line and ctx and ctx.dead_line then
      -- a limit stops the pack anywhere: say where it was
      line = ctx.dead_line
      msg = msg:gsub("^rule pack .-: ", "")
    end
    list[#list + 1] = { file = path, line = line, severity = "error", message = msg }
    return sort_problems(list)
  end
  local pack = compile(decls, { name = basename(path), path = path, files = {} })
  for _, p in ipairs(pack.lint) do list[#list + 1] = p end
  local codes = {}
  for _, c in ipairs(pack.countries) do
    codes[c.code] = true
    if not ISO[c.code] then
      problem(list, c, "error", format("country: '%s' is not an ISO 3166-1 alpha-2 code", c.code))
    end
  end
  for _, p in ipairs(pack.places) do
    if not ISO[p.country] then
      problem(list, p, "error", format("place '%s': unknown country code '%s'", p.name, p.country))
    elseif next(codes) and not codes[p.country] then
      problem(list, p, "warning", format("place '%s': country '%s' is not declared in the pack",
        p.name, p.country))
    end
    if not p.lat then
      problem(list, p, "warning", format("place '%s' has no coordinates", p.name))
    end
  end
  local country_names = {}
  for _, c in ipairs(pack.countries) do
    for _, a in ipairs(c.aliases) do country_names[fold(a)] = c end
  end
  for _, g in ipairs(pack.groups) do
    if g.parent and not pack.group_by_name[g.parent] then
      problem(list, g, "warning", format("group '%s': unknown parent group '%s'", g.name, g.parent))
    end
    if g.years and g.years[1] and g.years[2] and g.years[1] > g.years[2] then
      problem(list, g, "error", format("group '%s': years run backwards", g.name))
    end
    for _, a in ipairs(g.aliases) do
      local c = country_names[fold(a)]
      if c then
        problem(list, g, "warning", format("group '%s': alias '%s' is also the country '%s'",
          g.name, a, c.code))
      end
    end
  end
  for _, pair in ipairs { { pack.attacks, ATTACK_TYPES, "attack type" },
      { pack.weapons, WEAPON_TYPES, "weapon type" },
      { pack.targets, TARGET_TYPES, "target type" } } do
    for _, rec in ipairs(pair[1]) do
      if not pair[2][rec.name] then
        problem(list, rec, "warning",
          format("%s: '%s' is not a GTD %s", rec.dsl, rec.name, pair[3]))
      end
      if #rec.triggers == 0 and #(rec.suicide_triggers or {}) == 0 and not rec.from_pattern then
        problem(list, rec, "warning", format("%s '%s' has no triggers", rec.dsl, rec.name))
      end
      if rec.weapon and not WEAPON_TYPES[rec.weapon] then
        problem(list, rec, "warning", format("attack '%s': '%s' is not a GTD weapon type",
          rec.name, rec.weapon))
      end
    end
  end
  -- A cue named after a grammar's list ("claims.claim_verbs") teaches that
  -- grammar new words; a list it lacks is ignored by the extractor, so the
  -- author must hear of a misspelt one here.
  local cue_names = {}
  for name in pairs(pack.cue_records) do cue_names[#cue_names + 1] = name end
  sort(cue_names)
  for _, name in ipairs(cue_names) do
    local mod, l = name:match("^(%a+)%.([%w_]+)$")
    if mod then
      local ok, g = pcall(require, "incidents.grammar." .. mod)
      local rec = pack.cue_records[name]
      if not ok or not GRAMMARS[mod] then
        problem(list, rec, "warning", format("cue '%s': no grammar '%s' (the grammars a cue "
          .. "may extend: casualties, claims, status)", name, mod))
      elseif type(g.words) == "table" and g.words[l] == nil then
        local known = {}
        for k in pairs(g.words) do known[#known + 1] = k end
        sort(known)
        problem(list, rec, "error", format("cue '%s': the %s grammar has no list '%s' "
          .. "(its lists: %s)", name, mod, l, concat(known, ", ")))
      end
    end
  end
  local names = {}
  for name in pairs(pack.pattern_records) do names[#names + 1] = name end
  sort(names)
  for _, name in ipairs(names) do
    local rec = pack.pattern_records[name]
    if lpeg.match(rec.pattern, "") then
      problem(list, rec, "warning", format("pattern '%s' matches the empty string", name))
    end
    local slow = probe_pattern(rec.pattern)
    if slow then problem(list, rec, "warning", format("pattern '%s': %s", name, slow)) end
  end
  for i, ex in ipairs(pack.examples) do
    if ex.expect == nil then
      problem(list, ex, "error", format("example %s has no expect (use expect = {} for an "
        .. "article without incidents)", ex.name or ("#" .. i)))
    end
    -- a misspelt field can never be matched: the example fails with no
    -- word on why
    for _, want in ipairs(type(ex.expect) == "table" and ex.expect or {}) do
      local keys = {}
      for k in pairs(want) do keys[#keys + 1] = tostring(k) end
      sort(keys)
      for _, k in ipairs(keys) do
        if not REPORT_FIELD[k] then
          local near = nearest_field(k)
          problem(list, ex, "warning", format("example%s: '%s' is not a report field%s",
            ex.name and (" " .. ex.name) or "", k,
            near and format(" (did you mean '%s'?)", near) or ""))
        end
      end
    end
  end
  return sort_problems(list)
end

-- Does a report have every field an expectation gives?
local function fits(expected, report)
  for k, want in pairs(expected) do
    local got = report[k]
    if type(want) == "string" and type(got) == "string" then
      if fold(want) ~= fold(got) then return false, k end
    elseif want ~= got then
      return false, k
    end
  end
  return true
end

local function show(t)
  local keys, parts = {}, {}
  for k in pairs(t) do
    local v = t[k]
    if type(k) == "string" and type(v) ~= "table" then keys[#keys + 1] = k end
  end
  sort(keys)
  for _, k in ipairs(keys) do
    local v = t[k]
    parts[#parts + 1] = k .. "=" .. (type(v) == "string" and format("%q", v) or tostring(v))
  end
  return "{" .. concat(parts, ", ") .. "}"
end

local function shown(v)
  return type(v) == "string" and format("%q", v) or tostring(v)
end

-- What keeps the report closest to an expectation (the one with the most
-- fields right) from matching it, field by field: an author reading
-- "expected {...}, got {...}" over twenty fields should not have to find the
-- one that differs, nor guess that a misspelt field can never match.
local function differences(want, reports)
  local keys = {}
  for k in pairs(want) do keys[#keys + 1] = tostring(k) end
  sort(keys)
  local best, best_n = nil, -1
  for _, r in ipairs(reports) do
    local n = 0
    for _, k in ipairs(keys) do
      if fits({ [k] = want[k] }, r) then n = n + 1 end
    end
    if n > best_n then best, best_n = r, n end
  end
  local out = {}
  for _, k in ipairs(keys) do
    local w = want[k]
    if not REPORT_FIELD[k] then
      local near = nearest_field(k)
      out[#out + 1] = format("'%s' is not a report field%s", k,
        near and format(" (did you mean '%s'?)", near) or "")
    elseif best and not fits({ [k] = w }, best) then
      if best[k] == nil then
        out[#out + 1] = format("%s is missing (expected %s)", k, shown(w))
      else
        out[#out + 1] = format("%s is %s, not %s", k, shown(best[k]), shown(w))
      end
    end
  end
  if #out == 0 then return "" end
  return (#reports > 1 and "in the closest report, " or "") .. concat(out, "; ")
end

--- Runs the pack's examples through an extraction function.
-- An example passes when each expected incident is matched by a report that
-- has every field it gives (strings compared folded), when `expect = {}`
-- gets no report, and, with `exact = true`, when there are no extra reports.
-- @tparam table pack a loaded pack
-- @tparam function extract_fn called as `extract_fn(text, { published =
-- ..., rules = pack })`; returns an array of reports (or a table with
-- `reports`)
-- @treturn table `{ passed = n, failed = n, cases = { { example, ok,
-- failures = { strings }, reports, label = "file:line: example NAME" } } }`
-- @usage local r = rules.test(pack, extract.text); print(r.passed, r.failed)
function M.test(pack, extract_fn)
  if type(pack) ~= "table" or getmetatable(pack) ~= Pack then
    error("bad argument #1 to 'test' (rule pack expected)", 2)
  end
  if type(extract_fn) ~= "function" then
    error("bad argument #2 to 'test' (function expected, got " .. type(extract_fn) .. ")", 2)
  end
  local result = { passed = 0, failed = 0, cases = {} }
  for i, ex in ipairs(pack.examples) do
    local label = format("%s:%s: example %s", ex.file or "?", ex.line or "?", ex.name or ("#" .. i))
    local case = { example = ex, failures = {}, label = label }
    local ok, res = pcall(extract_fn, ex.text, { published = ex.published, rules = pack })
    local reports = {}
    if not ok then
      case.failures[#case.failures + 1] = "extraction failed: " .. tostring(res)
    elseif type(res) == "table" then
      reports = res.reports or res
    end
    case.reports = reports
    if not ex.expect then
      case.failures[#case.failures + 1] = "no expect"
    elseif ok then
      local used = {}
      for _, want in ipairs(ex.expect) do
        local found
        for j, r in ipairs(reports) do
          if not used[j] and fits(want, r) then found = j; break end
        end
        if found then
          used[found] = true
        else
          local near = {}
          for _, r in ipairs(reports) do near[#near + 1] = show(r) end
          local diff = differences(want, reports)
          case.failures[#case.failures + 1] = format("expected %s%s got %s", show(want),
            diff ~= "" and (": " .. diff .. ";") or ",",
            #near > 0 and concat(near, " ") or "no report")
        end
      end
      if #ex.expect == 0 and #reports > 0 then
        case.failures[#case.failures + 1] = format("expected no incident, got %d report(s)",
          #reports)
      elseif ex.exact and #reports ~= #ex.expect then
        case.failures[#case.failures + 1] = format("expected exactly %d report(s), got %d",
          #ex.expect, #reports)
      end
    end
    case.ok = #case.failures == 0
    if case.ok then result.passed = result.passed + 1 else result.failed = result.failed + 1 end
    result.cases[#result.cases + 1] = case
  end
  return result
end

--- The GTD vocabularies the lint checks names against.
-- @table vocabulary
M.vocabulary = { attack_type = ATTACK_TYPES, weapon = WEAPON_TYPES, target_type = TARGET_TYPES }

M._lua_matcher = lua_matcher -- for specs: the stand-in matcher
return M
