-- Specs for what an analyst who follows the docs to the letter ran into:
-- a format file that never returns, a format that fills the memory. The
-- texts are short items written for these specs.
local report = require "incidents.report"

local u = dofile("spec/robust_util.lua")

describe("a report format runs under its limits, also while its file loads", function()
  local dir
  local saved = {}
  before_each(function()
    dir = u.tmpdir()
    for _, k in ipairs { "max_instructions", "max_memory", "max_string" } do
      saved[k] = report[k]
    end
  end)
  after_each(function()
    for k, v in pairs(saved) do report[k] = v end
    u.rm(dir)
  end)

  it("a file whose top level loops is stopped and named", function()
    report.max_instructions = 2e6
    u.write(dir .. "/spin.lua", "while true do end\n")
    local out, err = report.render(dir .. "/spin.lua", {})
    assert.is_nil(out)
    assert.equal(dir .. "/spin.lua: format ran too long (instruction limit)", err)
    -- listing the formats of a folder loads them: it must come back too
    local f, lerr = report.load(dir .. "/spin.lua")
    assert.is_nil(f)
    assert.matches("instruction limit", lerr)
  end)

  it("a render that keeps filling a table is stopped by the memory limit", function()
    report.max_memory = 32 * 1024
    u.write(dir .. "/hog.lua", "return function(incs, h, out)\n"
      .. "  local t = {}\n"
      .. "  for i = 1, 1e8 do t[i] = ('row %d of a table that only grows'):format(i) end\n"
      .. "end\n")
    local out, err = report.render(dir .. "/hog.lua", {})
    assert.is_nil(out)
    assert.equal("format used too much memory (more than 32 MB; the limit for a format)", err)
  end)

  it("one string.rep may not build more than the limit, called either way", function()
    report.max_string = 1024 * 1024
    u.write(dir .. "/rep.lua",
      "return function(incs, h, out) out:write(#string.rep('ab', 1e6)) end\n")
    u.write(dir .. "/meth.lua", "return function(incs, h, out) out:write(#('ab'):rep(1e6)) end\n")
    u.write(dir .. "/small.lua", "return function(incs, h, out) out:write(('=-'):rep(30)) end\n")
    for _, name in ipairs { "rep", "meth" } do
      local out, err = report.render(dir .. "/" .. name .. ".lua", {})
      assert.is_nil(out)
      assert.matches("string.rep: a string of more than 1 MB %(the limit for a format%)$", err)
    end
    assert.equal(("=-"):rep(30), report.render(dir .. "/small.lua", {}))
    -- outside the format, strings are the host's again
    assert.equal(2e6, #("ab"):rep(1e6))
  end)

  it("an error object's __tostring is never run", function()
    u.write(dir .. "/obj.lua", "return function(incs, h, out)\n"
      .. "  error(setmetatable({}, { __tostring = function() while true do end end }))\n"
      .. "end\n")
    local out, err = report.render(dir .. "/obj.lua", {})
    assert.is_nil(out)
    assert.equal("the format raised a table instead of a message", err)
  end)

  it("a well-behaved format and the built-in ones still render", function()
    local incs = { { id = 1, date = "2025-06-09", date_lo = "2025-06-09",
      date_hi = "2025-06-09", place = "Mardan", country = "PK", attack_type = "bombing",
      status = "attack", killed_lo = 12, killed_best = 12 } }
    for _, name in ipairs(report.builtin) do
      assert.is_string(report.render(name, incs), name)
    end
  end)
end)
