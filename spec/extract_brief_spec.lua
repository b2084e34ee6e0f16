-- Specs of incidents.extract on a weekly security brief: a heading in
-- capitals per country, a few incidents under each, and closing sections
-- that recall them. Our own sentences, run with the default pack.
--
-- (Integrator, in two steps: e838887's rule that a mention in one
-- section goes on with no other section's event made each recall in a
-- closing section a second report; 9bd8ea8 mended that. An opening summary
-- that previews the incident, with a closing recall, still splits it: the
-- last spec below passes at 83801f2 and fails at 5807a33.)
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2021-03-08")
local report_at = helper.report_at

local function brief(closing, opening)
  return "Title: Weekly security brief, 1-7 March 2021\nDate: 2021-03-08\n\n"
    .. "This brief covers the week to Sunday.\n\n" .. (opening or "")
    .. "NIGERIA\n\n"
    .. "On 2 March gunmen attacked a market in Dapchi, killing nine traders. No group "
    .. "claimed the attack, but police blamed Boko Haram.\n\n"
    .. "On 4 March a bomb exploded at a bus park in Maiduguri, killing three people.\n\n"
    .. "NIGER\n\n"
    .. "On 5 March armed men kidnapped two aid workers near Diffa.\n\n"
    .. (closing or "")
end

describe("extract: a security brief's closing sections", function()
  local base = run(brief())

  it("reads one report per incident of the country sections", function()
    assert.equal(3, #base)
    assert.equal(9, report_at(base, "Dapchi").killed_lo)
    assert.equal("2021-03-04", report_at(base, "Maiduguri").date)
  end)

  it("makes no second report of an incident a closing section recalls", function()
    local r = run(brief("TRENDS\n\n"
      .. "The attack on the market in Dapchi was the deadliest of the week, and the "
      .. "kidnapping near Diffa shows that aid convoys remain exposed.\n\n"
      .. "OUTLOOK\n\n"
      .. "We expect more attacks on markets in the coming weeks."))
    assert.equal(#base, #r)
    assert.equal(9, report_at(r, "Dapchi").killed_lo)
  end)

  it("still reads a new dated incident a closing section tells", function()
    local r = run(brief("TRENDS\n\n"
      .. "The week ended as it began: on 7 March a suicide bomber killed six worshippers "
      .. "at a mosque in Konduga."))
    assert.equal(#base + 1, #r)
    assert.equal(6, report_at(r, "Konduga").killed_lo)
  end)

  it("makes one report of an incident a summary previews and a closing section recalls",
    function()
    local r = run("Title: Weekly security brief, 1-7 March 2021\nDate: 2021-03-08\n\n"
      .. "KEY JUDGEMENTS\n\n"
      .. "- The first attack on a mosque in Kano claimed by the Islamic State shows that "
      .. "the group can still strike in the north.\n"
      .. "- A raid on an army camp in the Diffa region a week before the vote points to "
      .. "more attacks.\n\n"
      .. "NIGERIA\n\n"
      .. "- Kano (Fagge district), Friday: three gunmen entered a mosque during prayers and "
      .. "shot dead two men before fleeing. The Islamic State claimed the attack through "
      .. "its Amaq news agency the same evening.\n\n"
      .. "NIGER\n\n"
      .. "- 3 March, Toumour (Diffa region): Assailants attacked an army camp at Toumour on "
      .. "Wednesday morning. The army said 12 soldiers were killed.\n\n"
      .. "TRENDS\n\n"
      .. "In Nigeria, the Kano attack is the first the group has claimed in the city for "
      .. "years.\n")
    assert.equal(2, #r)
    local k = report_at(r, "Kano")
    assert.equal("2021-03-05", k.date)
    assert.equal(2, k.killed_lo)
    assert.is_true(k.claimed)
  end)
end)
