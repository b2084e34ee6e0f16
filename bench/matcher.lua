--- Benchmark of `core.matcher` against cat, grep, ripgrep, Hyperscan and LPeg.
--
-- Run by `make bench` (which builds `build/bench/hs_count` first). Prints one
-- markdown table per pattern list, measured in the same run, plus compile
-- cost, cost per hit, sentences per second and a check of the hit counts
-- against a plain Lua reference.
--
-- Times are wall-clock seconds, best of several runs, for every row: the
-- machine this runs on is shared, and the best run is the one the other
-- processes disturbed least. Commands are timed by hyperfine (no shell, the
-- output to /dev/null), `core.matcher` by luasystem's monotonic clock around
-- `m:count`, Hyperscan inside `bench/hs_count` around `hs_scan`.
--
--     lua5.4 bench/matcher.lua [--quick]
--
-- Environment: `INCIDENTS_SHARED` (default `../shared`), `BENCH_OUT`
-- (default `build/bench`).
-- @script bench.matcher

local core = require "incidents.core"
local cjson = require "cjson"
local system = require "system"

local clock, fmt, concat = system.monotime, string.format, table.concat
local io_open, io_lines, popen = io.open, io.lines, io.popen

local quick = arg[1] == "--quick"
local shared = os.getenv("INCIDENTS_SHARED") or "../shared"
local data = shared .. "/data/bench"
local out = os.getenv("BENCH_OUT") or "build/bench"
local RUNS = quick and 1 or 9
local SLICE_W = 64 * 1024     -- grep -w, rg -w, LPeg: whole-word tools are slow
local SLICE_REF = 1024 * 1024 -- the Lua reference count

local function read(path)
  local f = assert(io_open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function write(path, s)
  local f = assert(io_open(path, "wb"))
  f:write(s)
  f:close()
end

local function exists(path)
  local f = io_open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

local function lines(path)
  local t = {}
  for l in io_lines(path) do
    if l ~= "" then t[#t + 1] = l end
  end
  return t
end

-- Single-quote a string for sh.
local function q(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

--- The Reuters texts, one after the other, in one file.
local function reuters_text()
  local path = out .. "/reuters.txt"
  if not exists(path) then
    local parts = {}
    for l in io_lines(data .. "/news/reuters21578.jsonl") do
      parts[#parts + 1] = cjson.decode(l).text
    end
    write(path, concat(parts, "\n\n"))
  end
  return path
end

--- 100,000 patterns, the same every run: half word pairs and triples taken
-- from the text at pseudo-random places, half made-up names of syllables.
local function generated_list(text)
  local path = out .. "/gen100k.txt"
  if exists(path) then return path end
  local seed = 20240322
  local function rand(n)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n + 1
  end
  local words = {}
  for w in text:gmatch("%a%a%a%a+") do words[#words + 1] = w end
  local seen, list = {}, {}
  local function add(s)
    if not seen[s:lower()] then
      seen[s:lower()] = true
      list[#list + 1] = s
    end
  end
  while #list < 50000 do
    local k = rand(#words - 3)
    add(concat(words, " ", k, k + rand(2)))
  end
  local syl = { "ka", "ro", "mi", "zan", "tel", "bur", "qu", "os", "ve", "lin",
                "dra", "sha", "nor", "pe", "tu", "gar", "el", "fi", "yom", "ax" }
  while #list < 100000 do
    local name = {}
    for w = 1, rand(2) do
      local s = {}
      for j = 1, rand(3) + 1 do s[j] = syl[rand(#syl)] end
      local word = concat(s)
      name[w] = word:sub(1, 1):upper() .. word:sub(2)
    end
    add(concat(name, " "))
  end
  write(path, concat(list, "\n") .. "\n")
  return path
end

--- Runs a shell command; returns its stdout.
local function run(cmd)
  local p = assert(popen(cmd))
  local s = p:read("a")
  p:close()
  return s
end

--- Best wall-clock time of n runs of a command (no shell: a program and its
-- arguments), measured by hyperfine. The output goes through a pipe
-- (`to` = "pipe") or to /dev/null (`to` = "null": only for `cat`, as the
-- issue measures it; GNU grep stops at the first match when its output is
-- /dev/null).
local function best_cmd(cmd, n, to)
  local json = out .. "/hyperfine.json"
  local ok = os.execute("hyperfine -N --style none --output=" .. (to or "pipe")
                        .. " -r " .. n .. " --export-json "
                        .. q(json) .. " -- " .. q(cmd) .. " > /dev/null 2>&1")
  if not ok then return nil end
  local r = cjson.decode(read(json)).results[1]
  return r.min
end

-- Best wall-clock time of n calls of f(), and its last result.
local function best_fn(f, n)
  local best, r = math.huge, nil
  for _ = 1, n do
    local t0 = clock()
    r = f()
    local t = clock() - t0
    if t < best then best = t end
  end
  return best, r
end

local function slice(text, n, name)
  local path = out .. "/" .. name
  local s = text:sub(1, n)
  write(path, s)
  return path, s
end

--- A plain reference count: lower case (ASCII), white-space runs as one
-- space, whole words, leftmost then longest. Slow but obviously right.
local function reference_count(names, s)
  local set, prefix = {}, {}
  for _, n in ipairs(names) do
    local l = n:lower():gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    set[l] = true
    for k = 1, #l do prefix[l:sub(1, k)] = true end
  end
  s = s:lower():gsub("%s+", " ")
  local isword = {}
  for c = 0, 255 do
    local ch = string.char(c)
    isword[c] = ch:match("%w") ~= nil or c >= 128
  end
  local byte, sub = string.byte, string.sub
  local n, i, len = 0, 1, #s
  while i <= len do
    local c = byte(s, i)
    local prevword = i > 1 and isword[byte(s, i - 1)]
    local best
    if not (isword[c] and prevword) then
      local j = i
      while j <= len and prefix[sub(s, i, j)] do
        local last, nxt = byte(s, j), byte(s, j + 1)
        if set[sub(s, i, j)] and not (isword[last] and nxt and isword[nxt]) then
          best = j
        end
        j = j + 1
      end
    end
    if best then
      n = n + 1
      i = best + 1
    else
      i = i + 1
    end
  end
  return n
end

local function mbs(bytes, secs)
  return bytes / secs / 1e6
end

local function row(what, bytes, secs, base, note)
  local speed = mbs(bytes, secs)
  return fmt("| %s%s | %s | %s |", what, note and (" " .. note) or "",
             speed >= 100 and fmt("%.0f", speed) or fmt("%.3g", speed),
             fmt("%.3g", speed / base))
end

local function main()
  os.execute("mkdir -p " .. q(out))
  local text_path = reuters_text()
  local text = read(text_path)
  local size = #text
  local wpath, wslice = slice(text, SLICE_W, "slice_w.txt")
  local refslice = text:sub(1, SLICE_REF)
  local hs = out .. "/hs_count"
  local lists = {
    { name = "GeoNames cities15000 names", path = data .. "/gazetteers/cities15000_names.txt" },
    { name = "GTD group names", path = data .. "/gazetteers/gtd_group_names.txt" },
    { name = "generated 100k patterns", path = generated_list(text) },
  }
  local only = os.getenv("BENCH_LISTS")  -- e.g. "3": run only some lists
  if only then
    local keep = {}
    for k in only:gmatch("%d+") do keep[#keep + 1] = lists[tonumber(k)] end
    lists = keep
  end
  print(fmt("Reuters-21578 text: %.1f MB (%s); whole-word tools and LPeg on the first %d KB.",
            size / 1e6, text_path, SLICE_W // 1024))
  print("MB/s from wall-clock time, best of " .. RUNS .. " runs (`cat`: 20).\n")

  -- the ceiling: `cat text > /dev/null`, one process per run, best of 20
  local tcat = best_cmd("cat " .. text_path, quick and 3 or 20, "null")

  local summary = {}
  for _, list in ipairs(lists) do
    local names = lines(list.path)
    local t0 = clock()
    local m = assert(core.matcher(names))
    local tcompile = clock() - t0
    local st = m:stats()
    local tm, hits = best_fn(function() return m:count(text) end, RUNS)
    local base = mbs(size, tm)
    local rows = {}
    rows[#rows + 1] = row("reading the text (`cat` to /dev/null): the ceiling", size, tcat, base)
    rows[#rows + 1] = row("`core.matcher` count, ignore case + whole words", size, tm, base,
                          fmt("(%d hits)", hits))
    local function grep_row(what, flags, path, n, bytes, note)
      local cmd = "env LC_ALL=C " .. flags .. " -f " .. list.path .. " " .. path
      local t = best_cmd(cmd, n)
      local count = tonumber(run(cmd:gsub("^env ", "") .. " | wc -l"))
      if not t then return fmt("| %s: failed | n/a | n/a |", what), count end
      return row(what, bytes, t, base, note(count)), count, t
    end
    local grow, _, tg = grep_row("`LC_ALL=C grep -F -i -o -f names`", "grep -F -i -o",
                               text_path, RUNS, size, function(c)
                                 return fmt("(%d matches, no word boundaries)", c) end)
    rows[#rows + 1] = grow
    rows[#rows + 1] = grep_row("`LC_ALL=C grep -F -o -f names` (case-sensitive)",
                               "grep -F -o", text_path, RUNS, size, function(c)
                                 return fmt("(%d matches)", c) end)
    rows[#rows + 1] = grep_row(fmt("`LC_ALL=C grep -F -i -w -o -f names` (first %d KB)",
                                   SLICE_W // 1024), "grep -F -i -w -o", wpath, 1, SLICE_W,
                               function(c)
                                 return fmt("(%d matches; core.matcher: %d)", c,
                                            m:count(wslice)) end)
    local rgcmd = "rg --no-config -F -i -w -o -N -f " .. list.path .. " " .. wpath
    local bodyr = run(rgcmd .. " 2>&1 | wc -l")
    local rgerr = run(rgcmd .. " 2>&1 >/dev/null | head -c 200")
    local trg = rgerr == "" and best_cmd(rgcmd, 1)
    if trg then
      rows[#rows + 1] = row(fmt("`rg -F -i -w -o -f names` (first %d KB)", SLICE_W // 1024),
                            SLICE_W, trg, base, fmt("(%d matches)", tonumber(bodyr)))
    else
      rows[#rows + 1] = fmt("| `rg -F -i -w -o -f names`: %s | n/a | n/a |",
                            rgerr:gsub("%s+", " "):sub(1, 120))
    end
    local hsout = run(q(hs) .. " " .. q(list.path) .. " " .. q(text_path) .. " " .. RUNS)
    local hsn, hst, hsc =
      hsout:match("matches=(%d+) scan_seconds=([%d.]+) compile_seconds=([%d.]+)")
    if hsn then
      rows[#rows + 1] = row("Hyperscan, caseless literals (`bench/hs_count.c`)", size,
                            tonumber(hst), base,
                            fmt("(%s matches, every end of every literal; compile %.2f s)",
                                hsn, tonumber(hsc)))
    else
      rows[#rows + 1] = "| Hyperscan: " .. hsout:gsub("%s+", " ") .. " | n/a | n/a |"
    end
    local lout = run("lua5.4 bench/lpeg_alt.lua " .. q(list.path) .. " " .. q(wpath)
                     .. " 2>&1")
    local nl, tl = lout:match("^(%d+)%s+([%d.]+)")
    if nl then
      rows[#rows + 1] = row(fmt("the names as one LPeg ordered choice (first %d KB)",
                                SLICE_W // 1024), SLICE_W, tonumber(tl), base,
                            fmt("(%s hits; time includes building the pattern)", nl))
    else
      rows[#rows + 1] = fmt("| the names as one LPeg ordered choice: %s | n/a | n/a |",
                            (lout:gsub("%s+", " "):gsub("^.*(Segmentation fault).*$",
                                                         "crashed (%1, C stack)"):sub(1, 100)))
    end
    print(fmt("### %s: %d patterns\n", list.name, #names))
    print("| what | MB/s | ratio to core.matcher |")
    print("|---|---|---|")
    for _, r in ipairs(rows) do print(r) end
    print()
    -- compile cost, cost per hit, reference check
    local tf, found = best_fn(function() return m:find(text) end, RUNS + 2)
    local nfound = #found // 3
    local per_hit = nfound > 0 and (tf - tm) / nfound * 1e9 or 0
    local tref, nref = best_fn(function() return reference_count(names, refslice) end, 1)
    local nm = m:count(refslice)
    print(fmt("- compile: %.3f s (%.3f s inside C), %d states, %d byte classes, "
              .. "%.0f bytes per pattern (%.1f MB)",
              tcompile, st.build_seconds, st.states, st.classes, st.memory / #names,
              st.memory / 1e6))
    print(fmt("- `m:find` on the whole text: %.3f s for %d hits, %.0f ns per hit "
              .. "over `m:count` (%.3f s)%s", tf, nfound, per_hit, tm,
              nfound < 10000 and " (too few hits to measure well)" or ""))
    print(fmt("- reference check on the first %d KB: core.matcher %d, plain Lua "
              .. "reference %d (%.1f s)%s", SLICE_REF // 1024, nm, nref, tref,
              nm == nref and ", equal" or
              ", different: the reference folds ASCII only and knows no typographic variants"))
    print()
    summary[#summary + 1] = { list = list.name, speed = base, cat = mbs(size, tcat),
                              grep = tg and mbs(size, tg), hs = hsn and mbs(size, tonumber(hst)) }
  end

  print("### Summary against the targets\n")
  print("| list | core.matcher MB/s | × grep -F -i | × Hyperscan | cat / core.matcher |")
  print("|---|---|---|---|---|")
  for _, s in ipairs(summary) do
    print(fmt("| %s | %.0f | %s | %s | %.1f |", s.list, s.speed,
              s.grep and fmt("%.1f", s.speed / s.grep) or "n/a",
              s.hs and fmt("%.2f", s.speed / s.hs) or "n/a", s.cat / s.speed))
  end
  print()
  do
    -- the cost of a hit from Lua, where hits are all there is
    local dense = ("Lima and Cusco, "):rep(100000)
    local m = assert(core.matcher({ "Lima", "Cusco" }))
    local tc = best_fn(function() return m:count(dense) end, 7)
    local tf, r = best_fn(function() return m:find(dense) end, 7)
    print(fmt("- cost per hit from Lua: `m:find` %.0f ns, `m:count` %.0f ns per hit "
              .. "(%d hits in %.1f MB of two names, nothing else)",
              tf / (#r // 3) * 1e9, tc / (#r // 3) * 1e9, #r // 3, #dense / 1e6))
  end
  if core.sentences then
    local ts, r = best_fn(function() return core.sentences(text) end, RUNS)
    print(fmt("- `core.sentences` on the whole text: %d sentences in %.3f s, "
              .. "%.0f sentences/s, %.0f MB/s", #r // 2, ts, #r / 2 / ts, mbs(size, ts)))
  else
    print("- `core.sentences` is not built yet: no sentence figure.")
  end
end

main()
