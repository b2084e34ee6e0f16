--- Writes the hostile-input corpus for spec/bad_input_spec.lua (issue 7).
--
--     lua5.4 tools/make-bad-inputs.lua small [DIR]   -- default spec/fixtures/bad
--     lua5.4 tools/make-bad-inputs.lua large DIR     -- big ones, at test time
--
-- Small inputs are committed under spec/fixtures/bad/ (regenerate them with
-- `small`); large ones (a 50 MB file with no newline, an article of 100,000
-- sentences) and the ones that need the file system's help (an unreadable
-- file, a symlink loop, a file that disappears) are made at test time in a
-- temporary folder. Every text here is written for this corpus; the bytes
-- are deterministic.
-- @script make-bad-inputs

local fmt, char, concat = string.format, string.char, table.concat

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local function sh(cmd) return os.execute(cmd) == true end
local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- A story with one attack in it, so a handled input can be seen to give a
-- report.
local function story(place, n)
  return fmt("Gunmen attacked a police station in %s on Tuesday, killing %d officers, "
    .. "officials said.", place, n)
end

-- A small deterministic byte generator (xorshift), independent of the Lua
-- version's math.random.
local function bytes(n, seed)
  local x = seed
  local t = {}
  for i = 1, n do
    x = x ~ (x << 13) & 0xffffffff
    x = x ~ (x >> 17)
    x = x ~ (x << 5) & 0xffffffff
    t[i] = char(x & 0xff)
  end
  return concat(t)
end

local small = {}

-- Invalid UTF-8 of every kind around a real story: stray continuation
-- bytes, overlong forms, UTF-16 surrogates, code points past U+10FFFF,
-- truncated sequences, Latin-1 bytes.
small["invalid_utf8.txt"] = "Title: Attack in Quetta \xff\xfe\n\n"
  .. "\x80\xbf stray bytes, \xc0\xaf overlong, \xed\xa0\x80 surrogate, \xf4\x90\x80\x80 "
  .. "too high, \xe2\x82 cut short. Caf\xe9 in Latin-1.\n\n" .. story("Quetta", 7) .. "\n"

-- NUL bytes inside the text and in the headline.
small["nul_bytes.txt"] = "Title: Attack\0in Mosul\n\n" .. story("Mosul", 4)
  .. "\0\0\0 The police\0said more.\n"

-- Nothing at all, and only white space.
small["empty.txt"] = ""
small["blank.txt"] = " \n\t\r\n  \n"

-- Bytes that are no text (a PNG signature then noise), under a .txt name.
small["binary.txt"] = "\x89PNG\r\n\x1a\n" .. bytes(4096, 2463534242)

-- A text file that is really UTF-16 (little endian, with its BOM).
do
  local s = story("Aden", 3)
  local t = { "\xff\xfe" }
  for i = 1, #s do t[#t + 1] = s:sub(i, i) .. "\0" end
  small["utf16.txt"] = concat(t)
end

-- JSON lines with broken lines in the middle: good, cut off, not JSON, an
-- array, a text that is a number, NUL, no text field, invalid UTF-8 in a
-- string, a huge number, then good again.
small["broken.jsonl"] = concat({
  '{"id": "good-1", "date": "2024-02-01", "title": "Blast in Kabul", "text": "'
    .. story("Kabul", 12) .. '"}',
  '{"id": "cut-off", "text": "Gunmen attacked',
  'this line is not JSON at all',
  '[1, 2, 3]',
  '{"id": "number", "text": 12345}',
  '{"id": "nul", "text": "before\\u0000after the NUL, ' .. story("Baghdad", 2) .. '"}',
  '{"id": "no-text", "title": "only a title"}',
  '{"id": "bad-utf8", "text": "caf\xe9 ' .. story("Aden", 5) .. '"}',
  '{"id": "deep", "text": ' .. ("["):rep(2000) .. ("]"):rep(2000) .. '}',
  '{"id": "big-number", "text": "x", "date": 1e999}',
  '',
  '{"id": "good-2", "date": "2024-02-03", "text": "' .. story("Peshawar", 9) .. '"}',
}, "\n") .. "\n"

-- A file with one line longer than anything a news site sends (1 MB),
-- no newline at its end.
small["one_long_line.txt"] = nil -- made in large: keeps the repository small

-- Control characters and escape sequences a terminal would act on: they
-- must not reach the user's terminal through error messages.
small["escapes.txt"] = "Title: \27[2J\27]0;pwned\7 headline\n\n" .. story("Bamako", 6)
  .. " \27[31mred\27[0m\n"

-- A good article beside them: it must be ingested whatever the others do.
small["good.txt"] = "Title: Attack on a checkpoint\nDate: 2024-03-04\n\n"
  .. story("Maiduguri", 11) .. "\n"

local function make_small(dir)
  assert(sh("mkdir -p " .. q(dir)))
  local names = {}
  for name, s in pairs(small) do
    write(dir .. "/" .. name, s)
    names[#names + 1] = name
  end
  table.sort(names)
  return names
end

-- Large and file-system inputs, made in dir (a fresh temporary folder).
local function make_large(dir)
  assert(sh("mkdir -p " .. q(dir)))
  -- 50 MB of words with no newline and no full stop: one "sentence".
  do
    local f = assert(io.open(dir .. "/no_newline_50mb.txt", "wb"))
    local words = { "market", "police", "the", "said", "on", "Monday", "officials", "road",
      "council", "a", "convoy", "in", "Kabul", "people", "twelve", "reported" }
    local chunk = {}
    local x = 88172645
    for i = 1, 8192 do
      x = x ~ (x << 13) & 0xffffffff
      x = x ~ (x >> 17)
      x = x ~ (x << 5) & 0xffffffff
      chunk[i] = words[x % #words + 1]
    end
    local block = concat(chunk, " ") .. " "
    local total, size = 0, 50 * 1024 * 1024
    while total < size do
      local b = block
      if total + #b > size then b = b:sub(1, size - total) end
      f:write(b)
      total = total + #b
    end
    f:close()
  end
  -- An article of 100,000 sentences.
  do
    local t = { "Title: A very long council report\nDate: 2024-06-01\n\n" }
    for i = 1, 100000 do
      t[#t + 1] = fmt("Item %d of the agenda was read out in Quetta.", i)
    end
    t[#t + 1] = story("Quetta", 3)
    write(dir .. "/sentences_100k.txt", concat(t, " ") .. "\n")
  end
  -- A 1 MB line.
  write(dir .. "/one_long_line.txt", ("word "):rep(200000) .. story("Kabul", 2))
  -- Unreadable (mode 000; the spec runs the CLI as nobody when root).
  write(dir .. "/unreadable.txt", story("Mosul", 8) .. "\n")
  assert(sh("chmod 000 " .. q(dir .. "/unreadable.txt")))
  -- A folder with symlink loops, a dangling link and a good file inside.
  local loop = dir .. "/loop"
  assert(sh("mkdir -p " .. q(loop .. "/sub")))
  assert(sh(fmt("ln -sfn .. %s && ln -sfn %s %s && ln -sfn %s %s && ln -sfn nowhere.txt %s",
    q(loop .. "/sub/up"), q("b.txt"), q(loop .. "/a.txt"), q("a.txt"), q(loop .. "/b.txt"),
    q(loop .. "/dangling.txt"))))
  write(loop .. "/sub/inside.txt", "Title: Inside the loop\n\n" .. story("Mogadishu", 5) .. "\n")
  -- A file that disappears: a path to it is given, then it is removed (the
  -- spec removes it between listing and reading with a FIFO; here it is
  -- simply missing).
  return { "no_newline_50mb.txt", "sentences_100k.txt", "one_long_line.txt",
    "unreadable.txt", "loop/" }
end

local mode, dir = arg[1], arg[2]
if mode == "small" then
  dir = dir or "spec/fixtures/bad"
  local names = make_small(dir)
  print(fmt("%d small inputs in %s: %s", #names, dir, concat(names, ", ")))
elseif mode == "large" and dir then
  local names = make_large(dir)
  print(fmt("%d large inputs in %s: %s", #names, dir, concat(names, ", ")))
else
  io.stderr:write("usage: make-bad-inputs.lua small [DIR] | large DIR\n")
  os.exit(2)
end
