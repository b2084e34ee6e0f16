-- Faults (issue 7): a full disk, a read-only database, and several
-- processes on one database. The CLI runs as a child process, as users
-- run it. A full disk is a per-file size limit (`ulimit -f`, with SIGXFSZ
-- ignored so write() fails with EFBIG), which needs no privileges; when the
-- specs run as root and may mount, a 1 MB tmpfs gives a real ENOSPC too.
-- A read-only database is a mode-0444 file, which does not stop root: as
-- root the command runs as `nobody` through setpriv.
local u = dofile("spec/robust_util.lua")

local examples = u.root .. "/examples/articles"

-- The prefix that runs a command without write permission on the files.
local function as_unprivileged()
  if not u.is_root() then return "" end
  if not u.sh("command -v setpriv >/dev/null 2>&1") then return nil end
  return "setpriv --reuid=65534 --regid=65534 --clear-groups"
end

local function same_state(a, b)
  assert.same(a.counts, b.counts)
  assert.same(a.per_article, b.per_article)
end

describe("a full disk", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("fails an article that does not fit: one line, exit 1, database unchanged", function()
    local db = dir .. "/full.db"
    assert.equal(0, (u.cli("--db " .. u.q(db) .. " ingest -q " .. u.q(examples))))
    local before = u.state(db)
    -- About 4 MB of text: more than the 1 MB (2048 blocks of 512 bytes) the
    -- files may grow to.
    local lines = {}
    for i = 1, 40000 do
      lines[i] = ("Market stall %d reopened on Monday, traders in the old town said."):format(i)
    end
    u.write(dir .. "/big.txt", "Title: A long market report\nDate: 2024-05-02\n\n"
      .. table.concat(lines, " ") .. "\n")
    local code, out, err = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(dir .. "/big.txt"),
      "trap '' XFSZ; ulimit -f 2048;")
    assert.equal(1, code)
    assert.equal("", out)
    assert.equal(1, #u.lines(err), err)
    assert.matches("^incidents: .*big%.txt: .*error", err)
    local after = u.state(db)
    assert.equal("ok", after.integrity)
    same_state(before, after)
  end)

  it("stops a long ingest at the first failed write; what is stored is whole; a re-run "
    .. "completes it", function()
    u.generate(dir .. "/corpus", 300, 3)
    local ref = dir .. "/ref.db"
    assert.equal(0, (u.cli("--db " .. u.q(ref) .. " ingest -q " .. u.q(dir .. "/corpus"))))
    local reference = u.state(ref)
    local db = dir .. "/full.db"
    -- 256 blocks: 128 kB (dash) or 256 kB (bash), far less than 300 articles need.
    local code, out, err = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(dir .. "/corpus"),
      "trap '' XFSZ; ulimit -f 256;")
    assert.equal(1, code)
    assert.equal("", out)
    assert.equal(1, #u.lines(err), err)
    assert.matches("^incidents: .*corpus/.*: .*error", err)
    local partial = u.state(db)
    assert.equal("ok", partial.integrity)
    assert.is_true(partial.counts.articles < reference.counts.articles)
    for hash, n in pairs(partial.per_article) do
      assert.equal(reference.per_article[hash], n, "article " .. hash .. " is half stored")
    end
    code = u.cli("--db " .. u.q(db) .. " ingest -q " .. u.q(dir .. "/corpus"))
    assert.equal(0, code)
    same_state(reference, u.state(db))
  end)

  it("on a real full file system (a 1 MB tmpfs, as root) says the disk is full", function()
    local mnt = dir .. "/mnt"
    u.sh("mkdir -p " .. u.q(mnt))
    if not (u.is_root() and u.sh("mount -t tmpfs -o size=1m tmpfs " .. u.q(mnt)
      .. " 2>/dev/null")) then
      pending("needs root and mount (tmpfs)")
      return
    end
    finally(function() u.sh("umount " .. u.q(mnt)) end)
    u.generate(dir .. "/corpus", 600, 4)
    local db = mnt .. "/full.db"
    local code, out, err = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(dir .. "/corpus"))
    assert.equal(1, code)
    assert.equal("", out)
    assert.equal(1, #u.lines(err), err)
    assert.matches("disk is full", err)
    local st = u.state(db)
    assert.equal("ok", st.integrity)
    assert.equal(0, st.duplicates)
  end)
end)

describe("a read-only database", function()
  local dir, prefix
  before_each(function()
    dir = u.tmpdir()
    prefix = as_unprivileged()
  end)
  after_each(function() u.rm(dir) end)

  local function setup()
    local db = dir .. "/ro.db"
    assert.equal(0, (u.cli("--db " .. u.q(db) .. " ingest -q " .. u.q(examples
      .. "/2021-08-27_kabul_airport.txt"))))
    assert(u.sh("chmod 0444 " .. u.q(db) .. " && chmod 0777 " .. u.q(dir)))
    return db
  end

  it("refuses an ingest with one line and exit 1, and is left as it was", function()
    if not prefix then pending("running as root without setpriv") return end
    local db = setup()
    local before = u.state(db)
    local code, out, err = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(examples), prefix)
    assert.equal(1, code)
    assert.equal("", out)
    assert.equal(1, #u.lines(err), err)
    assert.matches("^incidents: .*readonly database", err)
    same_state(before, u.state(db))
  end)

  it("can still be listed and searched", function()
    if not prefix then pending("running as root without setpriv") return end
    local db = setup()
    local code, out = u.cli("--db " .. u.q(db) .. " list", prefix)
    assert.equal(0, code)
    assert.matches("Kabul", out)
    code, out = u.cli("--db " .. u.q(db) .. " search airport", prefix)
    assert.equal(0, code)
    assert.matches("%[1%]", out)
  end)

  it("in a read-only folder refuses an ingest with one line and exit 1", function()
    if not prefix then pending("running as root without setpriv") return end
    local db = setup()
    local before = u.state(db)
    assert(u.sh("chmod 0555 " .. u.q(dir)))
    local code, _, err = u.cli("--db " .. u.q(db) .. " ingest " .. u.q(examples), prefix)
    assert.equal(1, code)
    assert.equal(1, #u.lines(err), err)
    assert.matches("^incidents: .*readonly", err)
    u.sh("chmod 0777 " .. u.q(dir))
    same_state(before, u.state(db))
  end)
end)

describe("two ingests and a reader on one database", function()
  local dir
  before_each(function() dir = u.tmpdir() end)
  after_each(function() u.rm(dir) end)

  it("lose nothing, store nothing twice, and never say 'database is locked'", function()
    local n = tonumber(os.getenv("INCIDENTS_CONCURRENCY_ARTICLES")) or 200
    u.generate(dir .. "/c", n, 21)
    -- The writers share the middle third; each reads it in another order.
    local files = {}
    local p = io.popen("find " .. u.q(dir .. "/c") .. " -name '*.txt' | sort")
    for l in p:lines() do files[#files + 1] = l end
    p:close()
    local third = #files // 3
    local function list(from, to, step)
      local t = {}
      for i = from, to, step do t[#t + 1] = files[i] end  -- no spaces in these paths
      return table.concat(t, " ")
    end
    u.write(dir .. "/w1", list(1, 2 * third, 1))
    u.write(dir .. "/w2", list(#files, third + 1, -1))
    local ref = dir .. "/ref.db"
    assert.equal(0, (u.cli("--db " .. u.q(ref) .. " ingest -q " .. u.q(dir .. "/c"))))
    local reference = u.state(ref)
    local db = u.q(dir .. "/cc.db")
    -- The database exists before the reader starts (a reader refuses to
    -- create one).
    assert.equal(0, (u.cli("--db " .. db .. " ingest -q " .. u.q(examples))))
    local bin = "lua5.4 " .. u.q(u.bin) .. " --db " .. db
    local script = table.concat({
      "cd " .. u.q(dir),
      "(" .. bin .. " ingest -q $(cat w1) >o1 2>e1; echo $? >x1) &",
      "(" .. bin .. " ingest -q $(cat w2) >o2 2>e2; echo $? >x2) &",
      -- The reader: list, search and show until both writers are done
      -- (at most 120 s).
      "(i=0; while [ ! -f x1 ] || [ ! -f x2 ]; do i=$((i+1)); [ $i -gt 600 ] && break;"
        .. bin .. " list --limit 5 >/dev/null 2>>e3 || echo \"list exit $?\" >>e3;"
        .. bin .. " search Kabul --limit 3 >/dev/null 2>>e3 || echo \"search exit $?\" >>e3;"
        .. " sleep 0.2; done; echo $i >reads) &",
      "wait",
    }, "\n")
    assert(u.sh("sh -c " .. u.q(script)))
    for _, f in ipairs({ "e1", "e2", "e3" }) do
      -- (a wait of more than a second for the other writer is said, once
      -- per command, and is no error)
      local e = (u.slurp(dir .. "/" .. f) or ""):gsub("incidents: [^\n]* is busy with "
        .. "another ingest or merge; waiting for it %(up to a minute%)\n", "")
      assert.not_matches("locked", e)
      assert.equal("", e, f .. ": " .. e)
    end
    assert.equal("0", (u.slurp(dir .. "/x1") or ""):match("%d+"))
    assert.equal("0", (u.slurp(dir .. "/x2") or ""):match("%d+"))
    assert.is_true(tonumber(u.slurp(dir .. "/reads")) >= 1)
    local st = u.state(dir .. "/cc.db")
    assert.equal("ok", st.integrity)
    assert.equal(0, st.duplicates)
    -- Every generated article once, with the reports an undisturbed run gave
    -- it (the example articles come on top).
    for hash, cnt in pairs(reference.per_article) do
      assert.equal(cnt, st.per_article[hash], "article " .. hash)
    end
    assert.equal(reference.counts.articles + 6, st.counts.articles)
    -- Every report ends up in exactly one incident.
    assert.equal(st.counts.reports, st.counts.incident_reports)
  end)
end)
