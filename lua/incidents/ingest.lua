--- Ingest: articles from files, folders, JSON lines or stdin into a database.
--
-- Each article is read (`incidents.article`), its reports extracted
-- (`incidents.extract`) and both stored in ONE transaction, so a failure
-- never leaves half an article behind. A text already stored from another
-- file or address (the same wire story on three sites) is not stored
-- again: the new file's path, address, site, title and date are kept as a
-- *copy* of it (`db:copies`), so reports cite every site that carried it;
-- the same file or address again is skipped. A file that cannot be read or parsed is counted as
-- failed with its message, and the others go on. When every article is in,
-- the new reports are merged into incidents (`incidents.merge.update`).
--
--     local ingest = require "incidents.ingest"
--     local summary = ingest.run(db, { "articles/", "more.jsonl" }, { pack = pack })
--     print(ingest.summary_line(summary))
--
-- @module incidents.ingest

local ipairs, pairs, type, error, setmetatable, require, tostring, pcall =
  ipairs, pairs, type, error, setmetatable, require, tostring, pcall
local io_open, popen, stderr, stdin = io.open, io.popen, io.stderr, io.stdin
local clock, time, tmpname, remove = os.clock, os.time, os.tmpname, os.remove
local fmt, rep, floor, mtype = string.format, string.rep, math.floor, math.type
local sort, concat = table.sort, table.concat
local getenv = os.getenv

local M = {}

--- File name endings read as one article per file.
-- Web pages (`.html`, `.htm`) are read as their story's text
-- (`article.html_to_text`).
M.text_extensions = { "txt", "text", "md", "article", "html", "htm" }
--- File name endings read as JSON lines (one article per line).
M.jsonl_extensions = { "jsonl", "ndjson" }

local function has_ext(name, list)
  local ext = name:match("%.([%w]+)$")
  ext = ext and ext:lower()
  for _, e in ipairs(list) do if e == ext then return true end end
  return false
end

local function is_jsonl(name) return has_ext(name, M.jsonl_extensions) end

local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- Directory listing without a C module: `find`, sorted so runs repeat.
-- A browser's "save page, complete" puts the page's frames, scripts and
-- images in NAME_files/ beside it: they are not articles.
local function walk(dir)
  local p = popen("find " .. shell_quote(dir) .. " -type f ! -name '.*' "
    .. "! -path '*_files/*' 2>/dev/null")
  if not p then return nil, "cannot list " .. dir end
  local files, others = {}, {}
  for line in p:lines() do
    if has_ext(line, M.text_extensions) or is_jsonl(line) then files[#files + 1] = line
    -- a database kept beside the articles (--db news/incidents.db) is no
    -- left-out article either
    elseif not (has_ext(line, { "db", "sqlite", "sqlite3" })
      or line:find("%.db%-%a+$") or line:find("%-journal$")) then
      others[#others + 1] = line
    end
  end
  p:close()
  sort(files)
  sort(others)
  return files, others
end

local function kind_of(path)
  if path == "-" then return "stdin" end
  local f, err, errno = io_open(path, "rb")
  if not f then
    -- ENOENT says the usual; others (permission, a symlink loop) say why
    if errno == 2 or not err then return nil, "no such file or folder" end
    if err:sub(1, #path + 2) == path .. ": " then err = err:sub(#path + 3) end
    return nil, err
  end
  -- Reading a directory fails with EISDIR, which tells folders from files.
  local ok, _, code = f:read(0)
  f:close()
  if ok == nil and code == 21 then return "dir" end
  return "file"
end

--- Expands the paths the user gave into the list of inputs to read.
-- Folders are walked (files ending in `.txt`, `.text`, `.md`, `.article`,
-- `.html`, `.htm`, `.jsonl`, `.ndjson`; hidden files and the `NAME_files/`
-- folders of saved pages skipped), files are taken as they are,
-- `-` is stdin.
-- @tparam table paths array of strings
-- @treturn table array of `{ path = , kind = "text"|"jsonl"|"stdin" }`
-- @treturn table array of `{ path = , msg = }` for paths that do not exist
-- @treturn table array of the paths of files in folders that were left out
--   (not an article's name ending: `.pdf`, `.csv`, ...)
function M.expand(paths)
  if type(paths) ~= "table" then
    error("bad argument #1 to 'expand' (table expected, got " .. type(paths) .. ")", 2)
  end
  local inputs, errors, ignored = {}, {}, {}
  for _, path in ipairs(paths) do
    local kind, why = kind_of(path)
    if kind == "stdin" then
      inputs[#inputs + 1] = { path = "-", kind = "stdin" }
    elseif kind == "dir" then
      local files, others = walk(path)
      if not files then errors[#errors + 1] = { path = path, msg = others }
      else
        for _, f in ipairs(files) do
          inputs[#inputs + 1] = { path = f, kind = is_jsonl(f) and "jsonl" or "text" }
        end
        for _, f in ipairs(others) do ignored[#ignored + 1] = f end
      end
    elseif kind == "file" then
      inputs[#inputs + 1] = { path = path, kind = is_jsonl(path) and "jsonl" or "text" }
    else
      errors[#errors + 1] = { path = path, msg = why }
    end
  end
  return inputs, errors, ignored
end

local function count_lines(path)
  if path == "-" then return 1 end
  local f = io_open(path, "rb")
  if not f then return 1 end
  local n = 0
  for line in f:lines() do if line:find("%S") then n = n + 1 end end
  f:close()
  return n
end

--- How many articles the inputs of @{expand} hold, for a progress bar: one
-- per file, one per non-blank line of a JSON-lines file.
-- @tparam table inputs from @{expand}
-- @treturn integer
function M.count(inputs)
  local total = 0
  for _, input in ipairs(inputs) do
    total = total + (input.kind == "jsonl" and count_lines(input.path) or 1)
  end
  return total
end

------------------------------------------------------------------------------
-- Progress.

local function hms(s)
  s = floor(s + 0.5)
  if s >= 3600 then return fmt("%d:%02d:%02d", s // 3600, s % 3600 // 60, s % 60) end
  return fmt("%d:%02d", s // 60, s % 60)
end

--- A progress bar on a stream (stderr by default): count, rate and ETA.
-- @tparam integer total expected number of articles (0 when unknown)
-- @tparam[opt] file stream where to draw
-- @treturn table with `step(n_done)`, `set_total(n)` and `finish()`
function M.progress_bar(total, stream)
  stream = stream or stderr
  local start = time()
  local cstart = clock()
  local last = -1
  local bar = {}
  -- os.time ticks in whole seconds: the CPU clock measures short runs (the
  -- work is CPU-bound), the wall clock long ones (where waiting shows).
  local function elapsed()
    local wall = time() - start
    local cpu = clock() - cstart
    if wall >= 10 and wall > cpu then return wall end
    return cpu
  end
  function bar.step(done)
    local now = elapsed()
    if done ~= total and now - last < 0.1 and done % 10 ~= 0 then return end
    last = now
    local rate = now > 0 and done / now or 0
    local width = 30
    local frac = total > 0 and done / total or 0
    if frac > 1 then frac = 1 end
    local fill = floor(frac * width)
    local eta = done >= total and "0:00" or (rate > 0 and hms((total - done) / rate)) or "-"
    stream:write(fmt("\r[%s%s] %d/%d articles  %.1f/s  ETA %s ", rep("#", fill),
      rep(" ", width - fill), done, total, rate, eta))
    stream:flush()
  end
  --- Sets the total when it becomes known (JSON lines on stdin are
  -- counted once read).
  function bar.set_total(n) total = n end
  function bar.finish()
    stream:write("\n")
    stream:flush()
  end
  return bar
end

--- The absolute path of a file as the store tells files apart by it:
-- a relative path is taken from the working directory (`$PWD`), and `.`,
-- `..` and repeated slashes are resolved (symbolic links are not). Two
-- copies with the same resolved file are the same file whatever folder the
-- ingest ran from, while `x/a.txt` and `mirror/x/a.txt`, the same text in
-- two folders, are two copies of it.
-- @tparam string path
-- @treturn string|nil the resolved path, or nil when `path` is relative
-- and the working directory is not known
function M.resolve(path)
  if type(path) ~= "string" or path == "" or path == "-" then return nil end
  if path:sub(1, 1) ~= "/" then
    local cwd = getenv("PWD")
    if not cwd or cwd:sub(1, 1) ~= "/" then return nil end
    path = cwd .. "/" .. path
  end
  local parts = {}
  for seg in path:gmatch("[^/]+") do
    if seg == ".." then parts[#parts] = nil
    elseif seg ~= "." then parts[#parts + 1] = seg end
  end
  return "/" .. concat(parts, "/")
end

------------------------------------------------------------------------------
-- Ingesting.

--- Stores one article and its reports in one transaction.
-- @param db an open database
-- @tparam table art an article (`incidents.article`)
-- @tparam table opts `extract` (function(art) -> reports) or `pack`
-- @treturn string `"new"`, `"copy"` (the text was stored from another file
-- or address: this one is kept as a copy of it) or `"skipped"` (this file
-- or address again), or nil, msg
-- @treturn integer number of reports stored (when new)
function M.article(db, art, opts)
  opts = opts or {}
  local extract_fn = opts.extract
  if not extract_fn then
    local extract = require "incidents.extract"
    extract_fn = function(a) return extract.article(a, opts.pack) end
  end
  local status, n = "new", 0
  local ok, err = db:transaction(function()
    local id, existed, copied = db:add_article(art)
    if not id then error(existed or "cannot store the article", 0) end
    if existed then status = copied and "copy" or "skipped"; return true end
    local reports, xerr = extract_fn(art)
    if not reports then error(xerr or "extraction failed", 0) end
    if #reports > 0 then
      local ids, rerr = db:add_reports(id, reports)
      if not ids then error(rerr, 0) end
    end
    n = #reports
    return true
  end)
  if not ok then return nil, err end
  return status, n
end

-- SQLite's messages for a database that cannot take a write at all.
local storage_failures = { "disk is full", "disk I/O error", "readonly database",
  "unable to open database", "database disk image is malformed", "database is locked",
  "out of memory" }

--- Whether an error message says the database cannot be written at all
-- (disk full, read-only, I/O error, locked past the timeout), rather than
-- that one article is bad.
-- @tparam string msg
-- @treturn boolean
function M.storage_failure(msg)
  msg = tostring(msg)
  for _, m in ipairs(storage_failures) do
    if msg:find(m, 1, true) then return true end
  end
  return false
end

--- Whether an error is an interrupt (Ctrl-C): the standalone `lua`
-- turns SIGINT into the error "interrupted!", which the transaction of one
-- article would otherwise take for that article's failure, and the run
-- would go on.
-- @param msg an error message
-- @treturn boolean
function M.interrupted(msg)
  return type(msg) == "string" and (msg:match("^[^\n]*") or ""):find("interrupted!", 1, true)
    ~= nil
end

--- Ingests files, folders, JSON lines and stdin, then merges.
-- @param db an open database
-- @tparam table paths array of paths (`-` for stdin)
-- @tparam[opt] table opts
--
-- - `pack`: the rule pack (`rules.load`) or its name, default the `default` pack;
-- - `extract`: function(article) -> reports, instead of `incidents.extract`;
-- - `progress`: true to draw a progress bar on stderr (the CLI sets it when
--   stderr is a terminal), or a function(done, total, path);
-- - `stdin`: a file handle for `-` (default `io.stdin`);
-- - `jsonl`: options for `article.read_jsonl` (`id_field`, `text_field`,
--   `date_field`);
-- - `merge`: false to skip merging; `best`: the figure rule for merging.
-- @treturn table summary `{ new, copies, skipped, failed, reports, incidents,
-- incidents_updated, errors = { { path, msg } }, ignored = { path },
-- warnings = { { path, msg } } }` (`copies`: articles whose text was
-- already stored from another file or address, kept as copies of it;
-- `skipped`: files or addresses stored before; `ignored`: files in the folders that are
-- not articles; `warnings`: what was read past, such as a date that cannot
-- be read), or `nil, msg` when the
-- database cannot be written (disk full, read-only): the run stops there,
-- the articles stored before it are complete.
-- @raise on an interrupt (Ctrl-C in `lua`): the article being read is
-- rolled back, nothing is merged, and the error, which starts
-- `interrupted!`, says how many articles were stored; running the same
-- ingest again skips them and merges every report left unmerged.
function M.run(db, paths, opts)
  if type(paths) ~= "table" then
    error("bad argument #2 to 'run' (table expected, got " .. type(paths) .. ")", 2)
  end
  opts = opts or {}
  local article = require "incidents.article"
  local pack = opts.pack
  if pack ~= nil and type(pack) ~= "table" and type(pack) ~= "string" then
    error("bad argument #3 to 'run' (opts.pack: a pack from rules.load or its name expected, got "
      .. type(pack) .. ")", 2)
  end
  -- a pack given by name ("default", "grid.lua") is loaded here, as the
  -- CLI's --rules does
  if not opts.extract and type(pack) ~= "table" then
    local rules = require "incidents.rules"
    local err
    pack, err = rules.load(pack or "default")
    if not pack then return nil, err end
    opts = setmetatable({ pack = pack }, { __index = opts })
  end
  local inputs, errors, ignored = M.expand(paths)
  local s = { new = 0, copies = 0, skipped = 0, failed = #errors, reports = 0, incidents = 0,
    incidents_updated = 0, errors = errors, ignored = ignored, warnings = {} }
  local total = M.count(inputs)
  local bar
  if opts.progress == true then bar = M.progress_bar(total) end
  local done = 0
  local function tick(path)
    done = done + 1
    if bar then bar.step(done)
    elseif type(opts.progress) == "function" then opts.progress(done, total, path) end
  end
  local fatal
  local function one(art, where)
    -- what the reader noticed but read past (a date it cannot read)
    for _, w in ipairs(art.warnings or {}) do
      local wwhere, wmsg = tostring(w):match("^(.-:%d+): (.*)$")
      s.warnings[#s.warnings + 1] = { path = wwhere or where, msg = wmsg or w }
    end
    local status, n = M.article(db, art, opts)
    if not status and M.interrupted(n) then error(n, 0) end
    if not status then
      -- The database itself cannot be written (disk full, read-only, I/O):
      -- no later article can be stored, so stop with one message.
      if M.storage_failure(n) then fatal = where .. ": " .. tostring(n) end
      s.failed = s.failed + 1
      errors[#errors + 1] = { path = where, msg = n }
    else
      local key = status == "copy" and "copies" or status
      s[key] = s[key] + 1
      s.reports = s.reports + (n or 0)
    end
  end
  -- The articles of a JSON-lines reader; `label` names the input in errors
  -- and in the stored path ("-" for stdin).
  local function each_line(it, label)
    for art, msg in it do
      if fatal then break end
      if art then
        -- The stored path says which record of the file this is: its id
        -- (the --id-field) when it has one, else its line.
        local where = label .. ":" .. (art.line or "?")
        art.path = art.id and (label .. "#" .. art.id) or where
        local file = label ~= "-" and M.resolve(label)
        if file then art.file = file .. art.path:sub(#label + 1) end
        one(art, where)
      else
        -- The reader's message names the file and the line, counted with
        -- the blank lines it skips: that is the place to report.
        msg = tostring(msg)
        local where, rest = msg:match("^(.-:%d+): (.*)$")
        if not where then where, rest = label, msg end
        s.failed = s.failed + 1
        errors[#errors + 1] = { path = where, msg = rest }
      end
      tick(label)
    end
  end
  local function read_all()
    for _, input in ipairs(inputs) do
      if fatal then break end
      if input.kind == "jsonl" then
        local it, err = article.read_jsonl(input.path, opts.jsonl)
        if not it then
          s.failed = s.failed + 1
          errors[#errors + 1] = { path = input.path, msg = err }
          tick(input.path)
        else
          each_line(it, input.path)
        end
      elseif input.kind == "stdin" then
        local text = (opts.stdin or stdin):read("a") or ""
        local first = text:match("^\239\187\191%s*(.)") or text:match("^%s*(.)")
        -- (a PDF piped in, or a dump over the size limit: what read_file
        -- refuses for a file is refused here too)
        local why = first ~= "{" and (not text:find("%S") and "empty input"
          or article.not_text(text))
        if first == "{" then
          -- JSON lines on stdin: the reader takes a file handle, so the text
          -- goes through a temporary file and is read back labelled "-".
          -- It was counted as one article: now its lines are known.
          local lines = 0
          for line in text:gmatch("[^\n]+") do
            if line:find("%S") then lines = lines + 1 end
          end
          total = total - 1 + lines
          if bar then bar.set_total(total) end
          local tmp = tmpname()
          local f = assert(io_open(tmp, "w+b"))
          remove(tmp)      -- the open handle keeps it until closed
          f:write(text)
          f:seek("set", 0)
          local jopts = setmetatable({ name = "-" }, { __index = opts.jsonl or {} })
          each_line(article.read_jsonl(f, jopts), "-")   -- one tick a line
          f:close()
        elseif why then
          s.failed = s.failed + 1
          errors[#errors + 1] = { path = "-", msg = why }
          tick("-")
        else
          local art, err = article.from_text(text, { path = "-" })
          if art then one(art, "-") else
            s.failed = s.failed + 1
            errors[#errors + 1] = { path = "-", msg = err }
          end
          tick("-")
        end
      else
        local art, err = article.read_file(input.path)
        if art then art.file = M.resolve(input.path) end
        if art then one(art, input.path) else
          -- the reader's message names the file already
          err = tostring(err)
          if err:sub(1, #input.path + 2) == input.path .. ": " then
            err = err:sub(#input.path + 3)
          end
          s.failed = s.failed + 1
          errors[#errors + 1] = { path = input.path, msg = err }
        end
        tick(input.path)
      end
    end
  end
  -- The articles stored are counted in the database: an interrupt between
  -- an article's commit and the count of it would make `s.new` one short.
  local function stored()
    local n = 0
    local it = db:rows("SELECT count(*) AS n FROM articles")
    for row in it or function() end do n = row.n end
    return n
  end
  local before = stored()
  local ok, rerr = pcall(read_all)
  if bar then bar.finish() end
  if not ok then
    if not M.interrupted(rerr) then error(rerr, 0) end
    error(fmt("interrupted! %d new article(s) stored before it stopped, each whole, "
      .. "none merged yet (run the same ingest again to finish: stored articles are "
      .. "skipped, every unmerged report is merged)", stored() - before), 0)
  end
  if fatal then return nil, fatal end
  if opts.merge ~= false then
    local merge = require "incidents.merge"
    local m, merr = merge.update(db, { pack = opts.pack, best = opts.best })
    if not m and M.interrupted(merr) then
      error(fmt("interrupted! while merging: the %d new article(s) are stored, their "
        .. "reports not merged (run `incidents merge`, or the same ingest again, to merge "
        .. "them)", s.new), 0)
    end
    if not m then
      errors[#errors + 1] = { path = "(merge)", msg = merr }
    else
      s.incidents, s.incidents_updated = m.new, m.updated
    end
  end
  return s
end

------------------------------------------------------------------------------
-- Extracting stored articles again.

-- The article as `extract` saw it when it was ingested, rebuilt from its
-- stored row: the text is what was read (a page's story, a feed line's
-- text), the header lines a text file's own; a day that was only inferred
-- is inferred again rather than given, as the reader did.
local function stored_article(row)
  local article = require "incidents.article"
  local path = row.path
  local plain = type(path) == "string" and (path:find("#[^/]*$") or path:find(":%d+$")
    or path:lower():find("%.html?$")) ~= nil
  local art = article.from_text(row.text, {
    path = path, title = row.title, source = row.source, url = row.url,
    published = not row.published_inferred and row.published or nil,
    headers = plain and false or nil,
  })
  return art
end

-- A report as it is stored, as one string: its scalar fields (the keys a
-- report read back carries about its article and links left out) and its
-- evidence spans, so two extractions of one text can be compared.
local READ_BACK = { id = true, article_id = true, article_title = true, article_path = true,
  article_url = true, article_source = true, article_published = true, incident_id = true,
  link_why = true, evidence = true }
local function signature(r)
  local keys, out = {}, {}
  for k, v in pairs(r) do
    local t = type(v)
    if type(k) == "string" and not READ_BACK[k] and (t == "string" or t == "number"
        or t == "boolean") then
      keys[#keys + 1] = k
    end
  end
  sort(keys)
  for _, k in ipairs(keys) do
    local v = r[k]
    if type(v) == "number" then v = fmt("%.17g", v) end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  local ev = {}
  for field, e in pairs(r.evidence or {}) do
    if type(e) == "table" then
      ev[#ev + 1] = fmt("%s@%s-%s:%s", field, tostring(e.start), tostring(e.stop),
        tostring(e.rule))
    end
  end
  sort(ev)
  return concat(out, "\n") .. "\n" .. concat(ev, "\n")
end

local function signatures(list)
  local out = {}
  for i, r in ipairs(list) do out[i] = signature(r) end
  sort(out)
  return concat(out, "\n--\n")
end

--- Extracts stored articles again, after the rule pack changed (a newer
-- default pack, an edited pack of one's own), from the text the database
-- holds: the files need not be there any more. An article whose reports
-- come out the same is left as it is, with its incidents; one whose
-- reports change gets the new ones in one transaction, the incidents its
-- old reports fed are summarised again from the reports left (same id;
-- one left with none is deleted), and the new reports are merged as
-- ingest merges them. Copies, `added` times and the article's text stay.
-- @param db an open database
-- @tparam[opt] table opts `pack` (a pack or its name, default `default`),
-- `extract` (function(article) -> reports, instead of the pack), `articles`
-- (ids; default every article), `best`, `merge` (false: leave the new
-- reports unmerged), `progress` (function(done, total, article_id))
-- @treturn table `{ articles = n, changed = n, reports_before = n,
-- reports_after = n, incidents_updated = n, incidents_deleted = n,
-- incidents = n (new), errors = { { id, msg } } }`, or nil, msg (a pack
-- that does not load, an unknown article id, a database that cannot be
-- written: what was done before stays, each article whole)
-- @usage ingest.reextract(db, { pack = "my_pack.lua" })
function M.reextract(db, opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #2 to 'reextract' (table expected, got " .. type(opts) .. ")", 2)
  end
  opts = opts or {}
  local extract_fn = opts.extract
  local pack = opts.pack
  if not extract_fn then
    if type(pack) ~= "table" then
      local rules = require "incidents.rules"
      local err
      pack, err = rules.load(pack or "default")
      if not pack then return nil, err end
    end
    local extract = require "incidents.extract"
    extract_fn = function(a) return extract.article(a, pack) end
  end
  local ids = {}
  if opts.articles ~= nil then
    if type(opts.articles) ~= "table" then
      error("bad argument #2 to 'reextract' (opts.articles: table expected, got "
        .. type(opts.articles) .. ")", 2)
    end
    for i, id in ipairs(opts.articles) do
      if mtype(id) ~= "integer" then
        error(fmt("bad argument #2 to 'reextract' (opts.articles[%d]: integer expected, got %s)",
          i, mtype(id) or type(id)), 2)
      end
      ids[#ids + 1] = id
    end
  else
    local it, err = db:rows("SELECT id FROM articles ORDER BY id")
    if not it then return nil, err end
    for row in it do ids[#ids + 1] = row.id end
  end
  local s = { articles = 0, changed = 0, reports_before = 0, reports_after = 0,
    incidents_updated = 0, incidents_deleted = 0, incidents = 0, errors = {} }
  local merge = require "incidents.merge"
  local links = merge.links(type(pack) == "table" and pack or nil)
  for n, id in ipairs(ids) do
    local row, err = db:article(id)
    if not row then return nil, err end
    local art = stored_article(row)
    local ok, new = pcall(extract_fn, art)
    if ok and type(new) ~= "table" then ok, new = false, "extraction gave no reports" end
    if not ok then
      if M.interrupted(new) then error(new, 0) end
      s.errors[#s.errors + 1] = { id = id, msg = tostring(new) }
    else
      local old
      old, err = db:reports{ article_id = id }
      if not old then return nil, err end
      s.articles = s.articles + 1
      s.reports_before = s.reports_before + #old
      s.reports_after = s.reports_after + #new
      if signatures(old) ~= signatures(new) then
        local stats
        stats, err = db:transaction(function()
          local touched, order = {}, {}
          for _, r in ipairs(old) do
            if r.incident_id and not touched[r.incident_id] then
              touched[r.incident_id] = true
              order[#order + 1] = r.incident_id
            end
          end
          local done, derr = db:exec(fmt("DELETE FROM reports WHERE article_id = %d", id))
          if not done then error(derr, 0) end
          local rids = {}
          if #new > 0 then
            local aerr
            rids, aerr = db:add_reports(id, new)
            if not rids then error(aerr, 0) end
          end
          sort(order)
          local st = { updated = 0, deleted = 0 }
          local taken = {}
          for _, iid in ipairs(order) do
            -- An incident this article alone fed keeps its id: the new
            -- reports that fit one of its old reports of it are linked to it
            -- (an analyst's notes say "#12"), not merged into a new one.
            local left, lerr = db:reports{ incident_id = iid }
            if not left then error(lerr, 0) end
            if #left == 0 then
              local link_ids = {}
              for k, r in ipairs(new) do
                if not taken[k] then
                  for _, o in ipairs(old) do
                    if o.incident_id == iid and merge.compare(r, o, links) == "link" then
                      taken[k] = true
                      link_ids[#link_ids + 1] = rids[k]
                      break
                    end
                  end
                end
              end
              if #link_ids > 0 then
                local pid, perr = db:put_incident({ id = iid, report_ids = link_ids })
                if not pid then error(perr, 0) end
              end
            end
            local what, ferr = merge.refresh(db, iid, { links = links, best = opts.best })
            if not what then error(ferr, 0) end
            st[what] = st[what] + 1
          end
          return st
        end)
        if not stats then
          if M.interrupted(err) then error(err, 0) end
          return nil, err
        end
        s.changed = s.changed + 1
        s.incidents_updated = s.incidents_updated + stats.updated
        s.incidents_deleted = s.incidents_deleted + stats.deleted
      end
    end
    if type(opts.progress) == "function" then opts.progress(n, #ids, id) end
  end
  if opts.merge ~= false and s.changed > 0 then
    local m, merr = merge.update(db, { links = links, best = opts.best })
    if not m then return nil, merr end
    s.incidents = m.new
    s.incidents_updated = s.incidents_updated + m.updated
  end
  return s
end

local function check_remove_ids(what, fname)
  if type(what) ~= "table" then
    error(fmt("bad argument #2 to '%s' (table expected, got %s)", fname, type(what)), 3)
  end
  for _, k in ipairs({ "copies", "articles" }) do
    local list = what[k]
    if list ~= nil and type(list) ~= "table" then
      error(fmt("bad argument #2 to '%s' (field '%s': table expected, got %s)", fname, k,
        type(list)), 3)
    end
    for i, id in ipairs(list or {}) do
      if mtype(id) ~= "integer" then
        error(fmt("bad argument #2 to '%s' (%s[%d]: integer expected, got %s)", fname, k, i,
          mtype(id) or type(id)), 3)
      end
    end
  end
end

-- The plan of `remove`: raises "no copy N" for a copy id that names none.
local function plan_of(db, what)
  local whole, order = {}, {}
  for _, id in ipairs(what.articles or {}) do
    if not whole[id] then whole[id] = true; order[#order + 1] = id end
  end
  local going, arts = {}, {}
  for _, cid in ipairs(what.copies or {}) do
    local aid
    local it, err = db:rows("SELECT article_id FROM article_copies WHERE id = ?", cid)
    if not it then error(err, 0) end
    for row in it do aid = row.article_id end
    if not aid then error(fmt("no copy %d", cid), 0) end
    if not going[aid] then going[aid] = {}; arts[#arts + 1] = aid end
    going[aid][cid] = true
  end
  local alone = {}
  for _, aid in ipairs(arts) do
    if not whole[aid] then
      local copies, err = db:copies(aid)
      if not copies then error(err, 0) end
      local left = 0
      for _, c in ipairs(copies) do if not going[aid][c.id] then left = left + 1 end end
      if left == 0 then
        whole[aid] = true
        order[#order + 1] = aid
      else
        for _, c in ipairs(copies) do
          if going[aid][c.id] then alone[#alone + 1] = c.id end
        end
      end
    end
  end
  sort(order)
  sort(alone)
  return { articles = order, copies = alone }
end

--- What @{remove} would do, without doing it: which copies go alone (their
-- text stays under the copies left) and which articles go whole (every
-- copy of their text is named, or their id).
-- @param db an open database
-- @tparam table what as for @{remove}
-- @treturn table `{ copies = { copy ids }, articles = { article ids } }`,
-- or nil, msg ("no copy 9")
function M.remove_plan(db, what)
  check_remove_ids(what, "remove_plan")
  local ok, plan = pcall(plan_of, db, what)
  if not ok then return nil, plan end
  return plan
end

--- Removes copies of articles, and articles whole, in one transaction.
-- A copy (`db:copies`) whose text other copies still carry goes alone: the
-- article stays, described by its oldest copy left, and so do its reports
-- and incidents. When every copy of a text goes, the article goes with its
-- reports, and the incidents it fed are summarised again
-- (`incidents.merge.remove`).
-- @param db an open database
-- @tparam table what `{ copies = { copy ids }, articles = { article ids } }`
-- (an article id removes the text and all its copies)
-- @tparam[opt] table opts as for `merge.remove` (`pack`, `links`, `best`)
-- @treturn table `{ copies = n, articles = n, reports = n,
-- incidents_updated = n, incidents_deleted = n }` (`copies`: copies removed
-- whose text stays), or nil, msg (nothing is removed then)
-- @usage ingest.remove(db, { copies = { 7 } })
function M.remove(db, what, opts)
  check_remove_ids(what, "remove")
  local merge = require "incidents.merge"
  return db:transaction(function()
    local plan = plan_of(db, what)
    for _, cid in ipairs(plan.copies) do
      local ok, err = db:remove_copy(cid)
      if not ok then error(err, 0) end
    end
    local stats = { articles = 0, reports = 0, incidents_updated = 0, incidents_deleted = 0 }
    if #plan.articles > 0 then
      local err
      stats, err = merge.remove(db, plan.articles, opts)
      if not stats then error(err, 0) end
    end
    stats.copies = #plan.copies
    return stats
  end)
end

--- The one-line summary the CLI prints. Copies are named only when there
-- are some ("articles: 1 new, 2 copies of texts already stored, 0 skipped,
-- 0 failed; ..."), so the line of a run without any reads as before.
-- @tparam table s a summary from `ingest.run`
-- @treturn string
function M.summary_line(s)
  local copies = (s.copies or 0) > 0
    and fmt("%d cop%s of texts already stored, ", s.copies, s.copies == 1 and "y" or "ies")
    or ""
  return fmt("articles: %d new, %s%d skipped, %d failed; reports: %d; incidents: %d new, "
    .. "%d updated", s.new, copies, s.skipped, s.failed, s.reports, s.incidents,
    s.incidents_updated)
end

return M
