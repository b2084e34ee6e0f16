-- The rockspec lists modules and C sources by hand (build.type "builtin"),
-- so a file added to the tree but not to the rockspec would work from the
-- checkout and be missing after `luarocks make`. These specs catch that.

local function rockspec()
  local env = {}
  local chunk = assert(loadfile("rockspec/incidents-scm-1.rockspec", "t", env))
  chunk()
  return env
end

local function lines_of(cmd)
  local out = {}
  local p = assert(io.popen(cmd))
  for line in p:lines() do out[#out + 1] = line end
  p:close()
  return out
end

describe("rockspec", function()
  local spec = rockspec()
  local modules = spec.build.modules

  it("installs every Lua module of lua/incidents", function()
    local missing = {}
    for _, path in ipairs(lines_of("find lua -name '*.lua' | sort")) do
      local name = path:gsub("^lua/", ""):gsub("%.lua$", ""):gsub("/", ".")
      name = name:gsub("%.init$", "")
      if modules[name] ~= path then missing[#missing + 1] = name .. " = " .. path end
    end
    assert.same({}, missing)
  end)

  it("compiles every C source of csrc into incidents.core", function()
    local listed = {}
    for _, src in ipairs(modules["incidents.core"].sources) do listed[src] = true end
    local missing = {}
    for _, path in ipairs(lines_of("ls csrc/*.c")) do
      if not listed[path] then missing[#missing + 1] = path end
    end
    assert.same({}, missing)
  end)

  it("lists only files that exist", function()
    local gone = {}
    for name, m in pairs(modules) do
      local files = type(m) == "string" and { m } or m.sources
      for _, f in ipairs(files) do
        local fh = io.open(f)
        if fh then fh:close() else gone[#gone + 1] = name .. ": " .. f end
      end
    end
    assert.same({}, gone)
  end)

  it("installs the command line", function()
    assert.equal("bin/incidents", spec.build.install.bin.incidents)
  end)
end)
