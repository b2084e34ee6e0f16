-- Specs for incidents.grammar.claims: claims of responsibility, their absence,
-- blame and suspicion, with the actor phrase the group gazetteer will read.
local claims = require "incidents.grammar.claims"
local helper = require "spec.helper"

-- "kind claimed [actor]" per record, so a case reads like the sentence.
local lines, check = helper.scan_cases(it, claims.scan, function(r, text)
  local actor = r.actor_start and text:sub(r.actor_start, r.actor_stop) or ""
  return ("%s %s [%s]"):format(r.kind, tostring(r.claimed), actor)
end)

describe("claims.scan: blame with a demonstrative, marks of a group", function()
  check{
    { "Prosecutors blamed those bombings on a Kurdish faction.",
      { "blame nil [a Kurdish faction]" } },
    { "Analysts said the ambush bore the marks of al-Shabaab.",
      { "suspect nil [al-Shabaab]" } },
    { "The Taliban were blamed for the ambush.", { "blame nil [The Taliban]" } },
  }
end)

describe("claims.scan: 'said ... that it was behind' with a phrase between", function()
  check{
    { "The TTP said in a message to reporters late on Friday that it was responsible "
      .. "for the bombing.", { "claim true [The TTP]" } },
    { "ISWAP said on Telegram that one of its fighters carried out the raid on the base.",
      { "claim true [ISWAP]" } },
    -- no attack named: no claim (the older "is responsible" reading stays a blame)
    { "The ministry said on Monday that it was responsible for the budget.",
      { "blame nil [it]" } },
  }
end)

describe("claims.scan: the group's own words, and their absence", function()
  check{
    -- the group's men as the subject: what they set off, planted or killed
    { "The militia said on its radio station that its fighters had killed 40 soldiers.",
      { "claim true [The militia]" } },
    { "ISWAP later said its fighters had planted the device.", { "claim true [ISWAP]" } },
    { "The Khorasan branch said in a statement that one of its members had detonated a "
      .. "suicide vest.", { "claim true [The Khorasan branch]" } },
    -- an army's soldiers killing is a state's statement, not a claim
    { "The army said its soldiers had killed 20 insurgents.", {} },
    -- "said it carried out" under "no group" or "never": no claim
    { "No faction said it carried out the ambush.", { "no_claim false []" } },
    { "Nobody has said they were behind Friday's blast.", { "no_claim false []" } },
    { "The rebels have never said they carried out the massacre.",
      { "no_claim false [The rebels]" } },
    { "The rebels said they carried out the massacre.", { "claim true [The rebels]" } },
  }
end)

describe("claims.scan: praise of 'it', suspicion 'of' attacks, 'was responsible.'", function()
  check{
    { "No group claimed it, though Hamas praised it.",
      { "no_claim false []", "herald nil [Hamas]" } },
    { "The army suspected a faction of the Abu Sayyaf of both attacks.",
      { "suspect nil [a faction of the Abu Sayyaf]" } },
    -- "suspected" with no attack after its object is no attribution
    { "Police suspected a man of theft.", {} },
    { "A general said the attackers were believed to belong to La Linea.",
      { "suspect nil [La Linea]" } },
    { "The army said the Shining Path was responsible.", { "blame nil [the Shining Path]" } },
  }
end)

describe("claims.scan: claims", function()
  check{
    { "The Islamic State quickly claimed responsibility for the massacre.",
      { "claim true [The Islamic State]" } },
    { "Police said ISIS-K claimed responsibility for the blast.",
      { "claim true [ISIS-K]" } },
    { "Al-Shabaab, which often targets hotels, claimed credit for the siege.",
      { "claim true [Al-Shabaab]" } },
    { "The militant group took responsibility in a statement.",
      { "claim true [The militant group]" } },
    { "The Pakistani Taliban said it was behind the bombing.",
      { "claim true [The Pakistani Taliban]" } },
    { "The attack, claimed by Afghanistan's branch of the Islamic State, shocked the city.",
      { "claim true [Afghanistan's branch of the Islamic State]" } },
    { "Responsibility for the ambush was claimed by the TTP.", { "claim true [the TTP]" } },
    { "ISIS claims Moscow attack", { "claim true [ISIS]" } },
    { "Amaq issued a claim of responsibility on behalf of the group.",
      { "claim true [Amaq]" } },
    { "Boko Haram claimed to have carried out the raid on the barracks.",
      { "claim true [Boko Haram]" } },
    { "Hamas has claimed the shooting at the junction.", { "claim true [Hamas]" } },
    { "Jaish al-Adl, a Sunni militant group, claimed responsibility.",
      { "claim true [Jaish al-Adl]" } },
    { "ISIS, in a statement on Telegram, claimed responsibility.", { "claim true [ISIS]" } },
    { "IS said in a statement that its fighters carried out the raid.",
      { "claim true [IS]" } },
    { "Police named the group that claimed responsibility.",
      { "claim true [the group]" } },
  }

  it("marks a pronoun actor so the caller can resolve it", function()
    local r = claims.scan("In 2021 it claimed responsibility for a bombing.")[1]
    assert.is_true(r.actor_pronoun)
    assert.are.equal("claim.responsibility", r.rule)
  end)
end)

describe("claims.scan: no claim, heralding", function()
  check{
    { "No group has yet claimed responsibility for the explosion.",
      { "no_claim false []" } },
    { "No one claimed the shooting.", { "no_claim false []" } },
    { "The bombing has not been claimed.", { "no_claim false []" } },
    { "There was no immediate claim of responsibility.", { "no_claim false []" } },
    { "The attack went unclaimed.", { "no_claim false []" } },
    { "The group did not claim the blast.", { "no_claim false [The group]" } },
    { "Its central command claimed the attack while its regional branch heralded it "
      .. "without directly claiming it.",
      { "claim true [Its central command]", "herald nil [its regional branch]" } },
    { "The group praised the attack on its channels.", { "herald nil [The group]" } },
  }
end)

describe("claims.scan: blame, suspicion, denial", function()
  check{
    { "Officials blamed the attack on Jaish al-Adl.", { "blame nil [Jaish al-Adl]" } },
    { "The killings were blamed on Boko Haram fighters.",
      { "blame nil [Boko Haram fighters]" } },
    { "The government blamed the Baloch Liberation Army for the ambush.",
      { "blame nil [the Baloch Liberation Army]" } },
    { "Authorities attributed the massacre to the Islamic State West Africa Province.",
      { "blame nil [the Islamic State West Africa Province]" } },
    { "The raid was carried out by the Haqqani network, officials said.",
      { "blame nil [the Haqqani network]" } },
    { "Investigators believe al-Qaeda was behind the plot.",
      { "blame nil [al-Qaeda]" } },
    { "Kabul accused the TTP of staging the raid.", { "blame nil [the TTP]" } },
    { "Analysts said the bombing bore the hallmarks of al-Shabaab.",
      { "suspect nil [al-Shabaab]" } },
    { "The Islamic State is believed to be behind the blast.",
      { "suspect nil [The Islamic State]" } },
    { "Hamas denied involvement in the rocket fire.", { "deny nil [Hamas]" } },
    { "Officials suspect Jaish al-Adl.", { "suspect nil [Jaish al-Adl]" } },
  }

  it("gives a suspected actor a short span", function()
    local list = claims.scan("Suspected Islamist militants stormed the village.")
    assert.are.equal(1, #list)
    assert.are.equal("suspect", list[1].kind)
    assert.is_nil(list[1].claimed)
    assert.is_true(list[1].actor_stop - list[1].actor_start < 30)
  end)
end)

describe("claims.scan: look-alikes", function()
  check{
    { "A suicide bombing claimed the lives of 21 people.", {} },
    { "Tehran claimed it was targeting militants.", {} },
    { "The state has claimed to be fighting terrorism.", {} },
    { "Both countries claimed the intelligence was vague.", {} },
    { "The insurer paid the claim in March.", {} },
    { "Shares rose after the company took a charge.", {} },
    { "No one was hurt in the fire.", {} },
    { "Drones hit alleged militant hideouts inside the valley.", {} },
    { "Why not take the children to school?", {} },
    { "The suspect was arrested at home.", {} },
    { "A suspect in the case, aged 25, fled.", {} },
    { "POLICE DOUBT THE ALLEGED CHANGE OF PLANS.", {} },
    { "POLICE ARRESTED THREE ALLEGED MEMBERS OF THE CELL.",
      { "suspect nil [MEMBERS]" } },
  }
end)

describe("claims first look", function()
  it("lets every cue phrase through", function()
    helper.first_look(claims, { "herald_verbs", "herald_phrases", "blame_verbs",
      "attribute_verbs", "accuse_verbs", "carried_out_by", "suspect_words", "believed",
      "deny_verbs", "no_claim_nouns", "unclaimed", "claim_objects", "claim_verbs", "nobody" },
      function(k, x)
        if k == "claim_verbs" or k == "nobody" then return x .. " responsibility" end
        return x
      end)
  end)
end)

describe("claims.scan: offsets and extension", function()
  it("gives the cue and the actor as offsets into the whole text", function()
    local s = "Intro here. Later the TTP claimed credit for it."
    local r = claims.scan(s, 13)[1]
    assert.are.equal("claimed credit", s:sub(r.start, r.stop))
    assert.are.equal("the TTP", s:sub(r.actor_start, r.actor_stop))
  end)

  it("does not take an actor across a closing quote or a line break", function()
    local s = "\"We fight what it calls tyranny.\u{201D}\n\nISIS-K claimed responsibility."
    local r = claims.scan(s)[1]
    assert.are.equal("ISIS-K", s:sub(r.actor_start, r.actor_stop))
    s = "the group\u{2019}s chief \u{2014} Jaish al-Adl claimed credit"
    r = claims.scan(s)[1]
    assert.are.equal("Jaish al-Adl", s:sub(r.actor_start, r.actor_stop))
    s = "The Taliban\u{2019}s rivals claimed credit"
    r = claims.scan(s)[1]
    assert.are.equal("The Taliban\u{2019}s rivals", s:sub(r.actor_start, r.actor_stop))
  end)

  it("never takes an actor from outside the span", function()
    local s = "ISIS fighters left. Claimed responsibility, the note said."
    local r = claims.scan(s, 21)[1]
    assert.are.equal("claim", r.kind)
    assert.is_nil(r.actor_start)
  end)

  it("builds a scanner with extra herald verbs", function()
    local sc = assert(claims.new{ herald_verbs = { "extolled" } })
    assert.are.same({}, lines("The group extolled the bombing."))
    local r = sc.scan("The group extolled the bombing.")
    assert.are.equal(1, #r)
    assert.are.equal("herald", r[1].kind)
  end)

  it("refuses an unknown list", function()
    local sc, msg = claims.new{ claimers = { "x" } }
    assert.is_nil(sc)
    assert.are.equal("unknown word list 'claimers'", msg)
  end)

  it("raises on a bad text argument", function()
    assert.has_error(function() claims.scan(false) end,
      "bad argument #1 to 'scan' (string expected, got boolean)")
  end)
end)

describe("claims.scan: claims told in other words", function()
  check{
    { "A rocket hit the base, wounding 4 soldiers in an attack the Houthis later claimed.",
      { "claim true [the Houthis]" } },
    { "The bombing has not been claimed.", { "no_claim false []" } },
    { "The militia claimed that ambush as well.", { "claim true [The militia]" } },
    { "A splinter group, the Free Sahel Brigade (FSB), claimed this bombing.",
      { "claim true [the Free Sahel Brigade]" } },
    { "The ELN acknowledged in a statement that it carried out the attack.",
      { "claim true [The ELN]" } },
    { "Boko Haram claimed it within a day.", { "claim true [Boko Haram]" } },
    { "Boko Haram claimed it was targeting soldiers.", {} },
    { "Investigators said the pair belonged to Jamaat Nusrat al-Islam.",
      { "suspect nil [Jamaat Nusrat al-Islam]" } },
  }
end)
