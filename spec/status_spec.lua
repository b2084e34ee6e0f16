-- Specs for incidents.grammar.status: cues that say an event was a foiled plot, a
-- threat, a hypothetical, a state strike, a raid, an execution, retracted or failed.
local status = require "incidents.grammar.status"
local helper = require "spec.helper"

-- "status: cue text" per record.
local lines, check = helper.scan_cases(it, status.scan, function(r, text)
  return r.status .. ": " .. text:sub(r.start, r.stop)
end)

describe("status.scan: foiled plots", function()
  check{
    { "Police said they foiled a plot to bomb a church in Cologne.",
      { "plot_foiled: foiled", "plot_foiled: plot to bomb" } },
    { "Security services thwarted an attack on a synagogue.",
      { "plot_foiled: thwarted" } },
    { "Four men were arrested in connection with a plot to attack the stadium.",
      { "plot_foiled: in connection with a plot" } },
    { "Agents disrupted a cell that planned to attack a concert.",
      { "plot_foiled: disrupted a cell", "plot_foiled: planned to attack" } },
    { "The men were held on suspicion of planning a bombing.",
      { "plot_foiled: on suspicion of planning a bombing" } },
    { "He was accused of planning electoral fraud.", {} },
    { "The cell was plotting to blow up a bridge.",
      { "plot_foiled: was plotting to blow up" } },
    { "Troops prevented a suicide attack at the gate.",
      { "plot_foiled: prevented a suicide attack" } },
    -- the passive of a verb that stops a plot
    { "Ministers said the scheme had been detected weeks earlier.",
      { "plot_foiled: scheme had been detected" } },
    { "The plan was approved by the council.", {} },
  }
end)

describe("status.scan: threats and hypotheticals", function()
  check{
    { "The militants threatened to kill the hostages.", { "threat: threatened to" } },
    { "The group vowed revenge for the raid.", { "threat: vowed revenge" } },
    { "Officials warned of further attacks over the holidays.",
      { "threat: warned of further attacks" } },
    { "Analysts said the affiliate could strike Europe again.",
      { "hypothetical: could strike" } },
    { "The cell was capable of carrying out a large operation.",
      { "hypothetical: capable of carrying out" } },
  }
end)

describe("status.scan: state strikes, raids, executions", function()
  check{
    { "The army launched airstrikes on hideouts in the mountains.",
      { "state_strike: airstrikes" } },
    { "A drone strike killed the commander in Kunar.", { "state_strike: drone strike" } },
    { "Security forces raided a compound in Karachi.", { "raid: raided" } },
    { "Two militants died in an intelligence-based operation near Tank.",
      { "raid: intelligence-based operation" } },
    { "The gunmen died in a shootout with police.", { "raid: shootout with police" } },
    { "Iran executed two men convicted of the bombing.", { "execution: executed" } },
    { "A court sentenced the plotter to death.",
      { "execution: sentenced the plotter to death" } },
    { "The plotter was sentenced to death last week.", { "execution: sentenced to death" } },
  }
end)

describe("status.scan: retractions and failures", function()
  check{
    { "Officials said there was no bombing at the nearby hotel.",
      { "negated: there was no bombing" } },
    { "Police later said the call was a hoax.", { "negated: a hoax" } },
    { "The fire was an accident, investigators said.", { "negated: an accident" } },
    { "The second bomb failed to detonate and was defused by police.",
      { "failed: failed to detonate", "failed: was defused" } },
    { "The device did not explode.", { "failed: did not explode" } },
  }
end)

describe("status.scan: look-alikes", function()
  check{
    { "Gunmen raided a village and shot nine farmers.", {} },
    { "The group executed the deadliest attack in the country's history.", {} },
    { "The victims were shot execution-style.", {} },
    { "The attack killed 30 people at a market.", {} },
    { "The company warned of lower profits next year.", {} },
    { "Dockers went on strike over pay.", {} },
    { "The board executed a share buyback plan.", {} },
    { "Sanctions executed through the treasury had little effect.", {} },
    { "The pullout eliminated any chance of success.", {} },
    { "A police post was raided and burned.", {} },
    { "A police post was raided by troops.", { "raid: raided" } },
    { "The rebels launched a military offensive.", {} },
    { "Stop bombing civilian targets, the leaflet said.", {} },
    { "Commandos neutralized three terrorists in the compound.",
      { "raid: neutralized three terrorists" } },
  }
end)

describe("status first look", function()
  it("lets every cue phrase through", function()
    helper.first_look(status, { "plot_foiled", "threat", "hypothetical", "state_strike",
      "raid", "execution", "negated", "failed", "warn", "raid_verbs", "raid_kill_verbs",
      "sentenced", "stop_verbs", "modal_verbs", "event_nouns", "plan_phrases" })
  end)
end)

describe("status.scan: offsets and extension", function()
  it("gives the cue as offsets into the whole text, within the span", function()
    local s = "Plans were drawn. Then police foiled it."
    local list = status.scan(s, 19)
    assert.are.equal(1, #list)
    assert.are.equal("foiled", s:sub(list[1].start, list[1].stop))
    assert.are.equal("plot.cue", list[1].rule)
    assert.are.equal(0, #status.scan(s, 1, 17))
  end)

  it("builds a scanner with extra cues", function()
    local sc = assert(status.new{ state_strike = { "naval barrage" } })
    local s = "A naval barrage hit the port."
    assert.are.same({}, lines(s))
    local list = sc.scan(s)
    assert.are.equal(1, #list)
    assert.are.equal("state_strike", list[1].status)
  end)

  it("refuses a list that is not a table", function()
    local sc, msg = status.new{ raid = "raided" }
    assert.is_nil(sc)
    assert.are.equal("word list 'raid' must be a table", msg)
  end)

  it("lists the statuses it can give", function()
    assert.are.same({ "plot_foiled", "threat", "hypothetical", "state_strike", "raid",
      "execution", "negated", "failed" }, status.statuses)
  end)
end)
