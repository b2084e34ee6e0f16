-- Loaded by busted before every spec (see .busted): makes the fixtures
-- directory and the shared material findable from any spec, and holds the
-- case tables the grammar specs share (`require "spec.helper"`).
local ipairs = ipairs
-- busted gives `it` and its `assert` to the spec files only, not to this one:
-- the assert is luassert's (one instance), `it` comes in from the spec
local assert = require "luassert"

local helper = {}
helper.root = "."
helper.fixtures = "spec/fixtures"
helper.shared = os.getenv("INCIDENTS_SHARED") or "../shared"

--- Builds `lines(text)` and `check(cases)` for a scanner's specs.
-- `lines` shows each record `scan` finds as one string (`show(record, text)`),
-- so a case reads like the sentence; `check{ {text, {line, ...}}, ... }` adds
-- one `it` (the spec's, passed in) per case that compares the lines.
function helper.scan_cases(it, scan, show)
  local function lines(text)
    local out = {}
    for _, r in ipairs(scan(text)) do out[#out + 1] = show(r, text) end
    return out
  end
  local function check(cases)
    for _, c in ipairs(cases) do
      it(c[1], function()
        assert.are.same(c[2], lines(c[1]))
      end)
    end
  end
  return lines, check
end

--- Asserts that a scanner's first look lets every phrase of the named lists
-- through and stops a sentence with none of them.
-- `phrase(k, x)` (optional) completes a phrase the grammar only takes in context.
function helper.first_look(mod, keys, phrase)
  local sc = mod.new()
  for _, k in ipairs(keys) do
    for _, x in ipairs(mod.words[k]) do
      if phrase then x = phrase(k, x) end
      assert(sc.quick("Then " .. x .. " today."), k .. ": " .. x)
    end
  end
  assert.is_false(sc.quick("Prices rose 5 pct in March."))
end

--- A small linear congruential generator, so random cases are the same on
-- every run: `rand(k)` gives an integer in 1..k.
function helper.lcg(seed)
  return function(k)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % k + 1
  end
end

--- Extraction of a short article written in a spec: `run(body[, date])`
-- gives the body a `Date:` line (`date`, else `default_date`) and returns
-- the reports the pack extracts, so a case reads like the news it tests.
function helper.dated_extract(pack, default_date)
  local extract = require "incidents.extract"
  return function(body, date)
    return extract.text("Date: " .. (date or default_date) .. "\n\n" .. body, pack)
  end
end

--- Extraction of a whole text written in a spec (headline, dateline, body):
-- `run(text[, published])` dates it `published`, else `default_date`.
function helper.published_extract(pack, default_date)
  local extract = require "incidents.extract"
  return function(text, published)
    return extract.text(text, pack, { published = published or default_date })
  end
end

--- The report placed at `place`, or an error naming the places there are.
function helper.report_at(reports, place)
  local seen = {}
  for _, r in ipairs(reports) do
    if r.place == place then return r end
    seen[#seen + 1] = tostring(r.place)
  end
  error("no report at " .. place .. " (reports at: " .. table.concat(seen, ", ") .. ")", 2)
end

package.loaded["spec.helper"] = helper
return helper
