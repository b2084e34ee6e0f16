-- Specs for the rule-pack sandbox: what a pack must not reach, and the
-- limits that stop endless loops and runaway allocation.
local rules = require "incidents.rules"

local P = "spec/fixtures/packs/"

-- Loads pack source; returns the error message (the load must fail).
local function refused(src, opts)
  local pack, err = rules.load_string(src, "evil.lua", opts)
  assert.is_nil(pack, src)
  return err
end

describe("the sandbox", function()
  it("has no os, io, require, debug or collectgarbage", function()
    assert.equal("evil.lua:1: attempt to index a nil value (global 'os')",
      refused("os.execute('touch /tmp/incidents-escaped')"))
    assert.equal("evil.lua:1: attempt to index a nil value (global 'io')",
      refused("io.open('/etc/passwd')"))
    assert.equal("evil.lua:1: attempt to call a nil value (global 'require')",
      refused("require 'os'"))
    assert.equal("evil.lua:1: attempt to index a nil value (global 'debug')",
      refused("debug.sethook()"))
    assert.equal("evil.lua:1: attempt to call a nil value (global 'collectgarbage')",
      refused("collectgarbage('stop')"))
    assert.equal("evil.lua:1: attempt to index a nil value (global 'package')",
      refused("package.loaded.os.exit()"))
    assert.equal("evil.lua:1: attempt to index a nil value (global 'coroutine')",
      refused("coroutine.wrap(print)"))
  end)

  it("fails a pack file that reaches for os", function()
    local pack, err = rules.load(P .. "escape_os.lua")
    assert.is_nil(pack)
    assert.equal(P .. "escape_os.lua:1: attempt to index a nil value (global 'os')", err)
    assert.is_nil(io.open("/tmp/incidents-escape"))
  end)

  it("does not hand out the real globals", function()
    assert.equal("evil.lua:1: attempt to index a nil value (field 'os')",
      refused("_G.os.exit(1)"))
    assert.equal("evil.lua:1: attempt to index a nil value (field 'io')",
      refused("local env = _ENV; env.io.write('x')"))
    assert.equal("evil.lua:1: attempt to index a nil value (field 'loaded')",
      refused("local l = require; local t = lpeg.loaded.os"))
  end)

  it("has no string.dump, not even through a string's methods", function()
    assert.equal("evil.lua:1: attempt to call a nil value (field 'dump')",
      refused("string.dump(function() end)"))
    assert.equal("evil.lua:1: attempt to call a nil value (method 'dump')",
      refused("local s = ('x'):dump()"))
    assert.equal("evil.lua:1: attempt to call a nil value (field 'dump')",
      refused("local s = ('').dump(print)"))
    -- ... and the host's strings keep their methods afterwards
    assert.equal("function", type(("").dump))
  end)

  it("refuses binary chunks in load", function()
    assert.equal("evil.lua:1: attempt to load a binary chunk (mode is 't')",
      refused("assert(load('\\27Lua\\84\\0'))"))
    assert.equal("evil.lua:1: load: only text chunks can be loaded in a rule pack",
      refused("assert(load('return 1', 'x', 'b'))"))
    -- text chunks run in the pack's own environment
    assert.equal("x:1: attempt to index a nil value (global 'os')",
      refused("assert(load('return os.time()', '=x'))()"))
  end)

  it("keeps the string metatable out of reach", function()
    assert.equal("evil.lua:1: attempt to index a nil value",
      refused("getmetatable('').__index = { upper = function() return 'pwned' end }"))
    assert.equal("x", refused("assert(getmetatable('') == nil); error('x', 0)"))
    assert.equal("ABC", ("abc"):upper())
  end)

  it("refuses __gc finalisers, which would run outside the limits", function()
    assert.equal("evil.lua:1: setmetatable: __gc is not allowed in a rule pack",
      refused("setmetatable({}, { __gc = function() while true do end end })"))
  end)

  it("does not call a pack's __tostring on its error object", function()
    assert.equal("rule pack evil.lua: error object is a table", refused(
      "error(setmetatable({}, { __tostring = function() while true do end end }))"))
  end)
end)

describe("the limits", function()
  it("stop an endless loop", function()
    local pack, err = rules.load(P .. "loop.lua", { max_steps = 1000000 })
    assert.is_nil(pack)
    assert.equal("rule pack " .. P .. "loop.lua: instruction limit exceeded", err)
    assert.equal("rule pack evil.lua: instruction limit exceeded",
      refused("local n = 0 repeat n = n + 1 until false", { max_steps = 100000 }))
  end)

  it("stop a loop that hides behind pcall", function()
    assert.equal("rule pack evil.lua: instruction limit exceeded", refused(
      "while true do pcall(function() while true do end end) end", { max_steps = 100000 }))
    assert.equal("rule pack evil.lua: instruction limit exceeded", refused(
      "local spin = function() while true do end end\n"
        .. "while true do xpcall(spin, spin) end",
      { max_steps = 100000 }))
  end)

  it("stop a loop inside a DSL call's metamethods", function()
    assert.equal("rule pack evil.lua: instruction limit exceeded", refused(
      "group(setmetatable({ 'x' }, { __index = function() while true do end end }))",
      { max_steps = 100000 }))
  end)

  it("stop runaway allocation", function()
    local pack, err = rules.load(P .. "memory.lua", { max_memory = 8 * 1024 })
    assert.is_nil(pack)
    assert.equal("rule pack " .. P .. "memory.lua: memory limit exceeded", err)
  end)

  it("bound the one-call allocations: string.rep and LPeg repetitions", function()
    assert.equal("evil.lua:1: string.rep: result of 10000000000 bytes exceeds the limit",
      refused("local s = string.rep('x', 1e10)"))
    assert.equal("evil.lua:1: string.rep: result of 10000000000 bytes exceeds the limit",
      refused("local s = ('x'):rep(1e10)"))
    assert.equal("evil.lua:1: lpeg: repetition count -1000000000 exceeds the limit 100000",
      refused("local p = lpeg.P'a' ^ -1e9"))
    assert.equal("evil.lua:1: table.move: range too large for a rule pack",
      refused("table.move({}, 1, 1e9, 1)"))
  end)

  it("refuse costly string patterns on long subjects", function()
    assert.equal("evil.lua:1: string.find: pattern too complex for a 10000-byte subject",
      refused("local s = ('a'):rep(10000); s:find('.-.-.-.-b')"))
  end)

  it("stop an LPeg grammar that takes exponential time, built with lpeg.P or re", function()
    -- E <- T '+' E / T reparses T on every failure: 2^depth rule calls in C
    local src = [[
      local P, V = lpeg.P, lpeg.V
      pattern { "expo", P{ "E", E = V"T" * "+" * V"E" + V"T", T = "(" * V"E" * ")" + "x" } }
      pattern { "rexpo", re.compile("E <- T '+' E / T  T <- '(' E ')' / 'x'") }
    ]]
    local pack = assert(rules.load_string(src, "expo.lua"))
    -- an honest depth matches as before
    local shallow = ("("):rep(8) .. "x" .. (")"):rep(8)
    assert.equal(#shallow + 1, pack:pattern_match("expo", shallow))
    assert.equal(#shallow + 1, pack:pattern_match("rexpo", shallow))
    local deep = ("("):rep(60) .. "x" .. (")"):rep(60)
    for _, name in ipairs({ "expo", "rexpo" }) do
      local r, err = pack:pattern_match(name, deep)
      assert.is_nil(r)
      assert.equal("rule pack expo: instruction limit exceeded", err)
    end
    -- and while the pack loads
    assert.equal("rule pack evil.lua: instruction limit exceeded", refused(src
      .. "\nlpeg.match(re.compile('E <- T \"+\" E / T  T <- \"(\" E \")\" / \"x\"'), "
      .. "('('):rep(60) .. 'x' .. (')'):rep(60))", { max_steps = 1000000 }))
  end)

  it("leave lpeg without setmaxstack and math without randomseed", function()
    assert.equal("evil.lua:1: attempt to call a nil value (field 'setmaxstack')",
      refused("lpeg.setmaxstack(1e9)"))
    assert.equal("evil.lua:1: attempt to call a nil value (field 'randomseed')",
      refused("math.randomseed(1)"))
  end)

  it("still let an honest pack compute its rules", function()
    local pack = assert(rules.load_string([[
      local names = {}
      for _, n in ipairs { "north", "south" } do names[#names + 1] = n:upper() .. " FRONT" end
      group { "Front", aliases = names }
      local ok = pcall(error, "caught")
      assert(not ok)
      pattern { "digits", lpeg.C(lpeg.R("09") ^ 1) / tonumber }
    ]], "honest.lua"))
    assert.same({ "Front", "NORTH FRONT", "SOUTH FRONT" }, pack.groups[1].aliases)
    assert.equal(42, pack:pattern_match("digits", "42"))
  end)

  it("guard pack code that a pattern calls at match time", function()
    local pack = assert(rules.load_string(
      "pattern { 'spin', lpeg.Cmt(lpeg.P(1), function() while true do end end) }", "spin.lua"))
    local r, err = pack:pattern_match("spin", "x")
    assert.is_nil(r)
    assert.equal("rule pack spin: instruction limit exceeded", err)
  end)
end)
