-- Specs of incidents.extract on the classes of errors that long articles
-- (eval/dev8: analysis pieces, explainers, long reports with updates)
-- showed: accidents told beside attacks, aggregates of events told one by
-- one, and one event told again in later paragraphs. Our own sentences, each
-- beside a near miss that is still an incident, run with the default pack.
local rules = require "incidents.rules"
local helper = require "spec.helper"

local pack = assert(rules.load("default"))
local run = helper.published_extract(pack, "2017-09-06")

describe("extract: a bomb that goes off while it is being made", function()
  it("reads a blast while the cell prepares explosives as an accident", function()
    assert.equal(0, #run("On Sunday night a flat in Lyon exploded while two members of "
      .. "the cell were preparing explosives there; both men died."))
    assert.equal(0, #run("A garage in Lyon blew up on Sunday while the men inside were "
      .. "making a bomb, killing one of them."))
    assert.equal(0, #run("Two brothers died in Lyon on Sunday when a device exploded "
      .. "while they were assembling suicide vests in a rented flat."))
  end)

  it("still reads a bomb that goes off while people are near it as an attack", function()
    local r = run("A bomb exploded in Lyon on Sunday while worshippers were leaving a "
      .. "mosque, killing two men.")
    assert.equal(1, #r)
    assert.equal("bombing", r[1].attack_type)
    assert.equal(2, r[1].killed_lo)
    r = run("A car bomb exploded in Lyon on Sunday while police were searching the "
      .. "street, killing two officers.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
  end)
end)

describe("extract: events counted together as separate ones", function()
  it("reads a toll of separate attacks over a month as a sum, not one event", function()
    assert.equal(0, #run("In March 2015 three policemen were killed in separate attacks "
      .. "in the space of a week."))
    assert.equal(0, #run("Two soldiers died in separate shootings last year."))
  end)

  it("still reads separate attacks placed or dated to a day", function()
    local r = run("In March 2015 three policemen were killed in separate attacks in Kano.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    r = run("Two separate attacks on Monday killed five people in Kano.")
    assert.equal(1, #r)
    assert.equal(5, r[1].killed_lo)
  end)
end)

describe("extract: a lede that sets the scene before the event word", function()
  it("takes the day and place of a lede two sentences before the blast", function()
    local r = run("A young man walked up to the gate of a hotel in Kano on 3 May. He stood "
      .. "by the kerb as a bus carrying guests slowed for the turn. Then he triggered the "
      .. "explosives strapped to his body.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("2017-05-03", r[1].date)
    assert.equal("bombing", r[1].attack_type)
    assert.is_true(r[1].suicide)
    r = run("On 3 May a woman in a long coat queued at the gate of a college in Kano. Nobody "
      .. "checked her bag. As the students filed in, she blew herself up.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("2017-05-03", r[1].date)
  end)

  it("does not take the scene of another paragraph", function()
    local r = run("A young man walked up to the gate of a hotel in Kano on 3 May.\n\n"
      .. "He stood by the kerb as a bus slowed. Then he triggered the explosives strapped "
      .. "to his body.")
    for _, x in ipairs(r) do
      assert.is_nil(x.place)
      assert.is_nil(x.date)
    end
  end)

  it("still reads a suicide bombing told in one sentence", function()
    local r = run("In Kano on 3 May a woman triggered the explosives strapped to her body "
      .. "at the gate of a college, killing four guards.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.is_true(r[1].suicide)
    assert.equal(4, r[1].killed_lo)
  end)
end)

describe("extract: the month of May before the event word", function()
  it("reads 'May' with its capital as the month, not a threat", function()
    local r = run("In Kano on 3 May a gunman opened fire on a bus, killing six people.")
    assert.equal(1, #r)
    assert.equal("2017-05-03", r[1].date)
    assert.equal(6, r[1].killed_lo)
  end)

  it("still reads 'may' as the modal of a threat", function()
    assert.equal(0, #run("Police in Kano said on Monday that gunmen may attack a bus."))
  end)
end)

describe("extract: 'the following day' after a month told since the last day", function()
  it("counts no day from an older day when a month was told after it", function()
    local r = run("On 23 November 2016 gunmen attacked a consulate in Karachi. In May 2017 "
      .. "gunmen stormed a hotel in Gwadar. Four hotel workers and a guard were killed "
      .. "before security forces finished off the attackers the following day.")
    assert.equal(2, #r)
    local g
    for _, x in ipairs(r) do if x.place == "Gwadar" then g = x end end
    assert.equal("2017-05", g.date)
    assert.equal(5, g.killed_lo)
  end)

  it("still counts the following day from the day just told", function()
    local r = run("On 3 May 2017 gunmen stormed a hotel in Gwadar. The following day a bomb "
      .. "exploded at a market in Quetta, killing six people.")
    assert.equal(2, #r)
    local q
    for _, x in ipairs(r) do if x.place == "Quetta" then q = x end end
    assert.equal("2017-05-04", q.date)
    assert.equal(6, q.killed_lo)
  end)
end)

describe("extract: an update about the attack, told before the attack", function()
  it("reads the day of an update's stamp as the page's, not the event's", function()
    local r = run("UPDATE, Tuesday 5 September, 10:15 GMT: Police said they had found the "
      .. "car used in the attack.\n\nGunmen opened fire on a market in Kano on Monday, "
      .. "killing six people.")
    assert.equal(1, #r)
    assert.equal("2017-09-04", r[1].date)
    assert.equal(6, r[1].killed_lo)
  end)

  it("reads arrests after 'the attack' as its aftermath, in the place of the arrests",
    function()
    local r = run("UPDATE, Tuesday 5 September, 10:15 GMT: Police said they had identified "
      .. "the cell behind the attack and had arrested four men in Jos.\n\nGunmen opened "
      .. "fire on a market in Kano on Monday, killing six people.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    assert.equal("attack", r[1].status)
  end)

  it("still reads an event told in an update and a plot stopped by arrests", function()
    local r = run("UPDATE, 10:15 GMT: A second bomb exploded at a bus station in Kano on "
      .. "Tuesday 5 September, killing two people.")
    assert.equal(1, #r)
    assert.equal("2017-09-05", r[1].date)
    r = run("Police foiled a plot to bomb a church in Kano on Monday, arresting four men.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("Kano", r[1].place)
    r = run("Police arrested four men in Kano on Monday who were plotting to bomb a church "
      .. "in the city.")
    assert.equal(1, #r)
    assert.equal("plot_foiled", r[1].status)
    assert.equal("Kano", r[1].place)
  end)
end)

describe("extract: 'the same morning' of an earlier event told by its month", function()
  it("keeps the month of the earlier event, not the day of the main one", function()
    local r = run("Gunmen killed six people at a market in Kano on Saturday. It was the "
      .. "deadliest attack in Nigeria since June last year, when gunmen and suicide bombers "
      .. "struck a church and a bus station in Jos on the same morning, killing 17 people.")
    assert.equal(2, #r)
    local j
    for _, x in ipairs(r) do if x.place == "Jos" then j = x end end
    assert.equal("2016-06", j.date)
    assert.equal(17, j.killed_lo)
  end)

  it("still dates the same morning from a day told", function()
    local r = run("On 3 June 2016 gunmen and suicide bombers struck a church and a bus "
      .. "station in Jos on the same morning, killing 17 people.")
    assert.equal(1, #r)
    assert.equal("2016-06-03", r[1].date)
  end)
end)

describe("extract: a killing the police tell of their own raid", function()
  it("reads a man shot dead by police during a raid as the state's action", function()
    assert.equal(0, #run("Police also said they had shot dead a wanted man during a raid in "
      .. "Kano in April."))
    assert.equal(0, #run("Soldiers said they had killed a suspected bomb-maker during a "
      .. "dawn raid in Kano on Monday."))
  end)

  it("still reads gunmen who kill during a raid of their own", function()
    local r = run("Gunmen shot dead two guards during a raid on a bank in Kano on Monday.")
    assert.equal(1, #r)
    assert.equal(2, r[1].killed_lo)
    r = run("Police said militants shot dead two officers during a raid on a checkpoint in "
      .. "Kano on Monday.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
  end)
end)

describe("extract: a place name that ends a longer name after d'", function()
  it("does not read the island of Île d'Orléans as the French city", function()
    local r = run("A gunman opened fire at a mosque in Quebec City on Sunday, killing six men. "
      .. "Twenty minutes after the shooting, a man called police from near a bridge on "
      .. "Île d'Orléans and said he was involved in the attack.")
    assert.equal(1, #r)
    assert.equal("CA", r[1].country)
  end)

  it("still reads the city named on its own", function()
    local r = run("A gunman opened fire at a market in Orléans on Sunday, killing three people.")
    assert.equal(1, #r)
    assert.equal("FR", r[1].country)
  end)
end)

describe("extract: a victim's story told after the event", function()
  it("reads a man who was shot as he tackled the gunman as part of the event", function()
    local r = run("A gunman opened fire at a church in Kano on Sunday, killing six people. Two of "
      .. "the wounded were in critical condition this morning, including a man who was shot "
      .. "several times as he tried to stop the gunman.")
    assert.equal(1, #r)
    assert.equal("2017-09-03", r[1].date)
    assert.equal(6, r[1].killed_lo)
  end)

  it("still reads a new event told in a relative clause with its own place", function()
    local r = run("A gunman opened fire at a church in Kano on Sunday, killing six people. "
      .. "Police also named a guard who was shot dead by the gunmen at a bank in Jos on "
      .. "Monday.")
    assert.equal(2, #r)
  end)
end)

describe("extract: the day an official gives a new toll", function()
  it("reads the day before 'the minister said' and a toll as the statement's", function()
    local r = run("Gunmen attacked an army base in Kano on 31 August, killing at least 20 "
      .. "soldiers. On 1 September the defence minister said 18 soldiers and one civilian "
      .. "had died there.")
    assert.equal(1, #r)
    assert.equal("2017-08-31", r[1].date)
    -- (a weekday the story cannot place gives no day, never the statement's)
    r = run("Gunmen attacked an army base in Kano on Thursday, killing at least 20 "
      .. "soldiers. On Friday the defence minister said 18 soldiers and one civilian had "
      .. "died there.")
    assert.equal(1, #r)
    assert.not_equal("2017-09-01", r[1].date)
  end)

  it("still dates an event an official tells after the day", function()
    local r = run("Gunmen attacked an army base in Kano on 31 August. On 1 September, "
      .. "officials said, a bomb exploded at a market in Jos, killing four people.")
    assert.equal(2, #r)
    local j
    for _, x in ipairs(r) do if x.place == "Jos" then j = x end end
    assert.equal("2017-09-01", j.date)
  end)
end)

describe("extract: generic events and motives in analysis paragraphs", function()
  it("reads 'every major attack' as any attack, none told", function()
    assert.equal(0, #run("Such announcements follow every major attack, and in Kaduna they "
      .. "fuel the grievances that Boko Haram exploits."))
    local r = run("Gunmen attacked a church in Kano on Monday, killing four people; police "
      .. "now search every car.")
    assert.equal(1, #r)
  end)

  it("reads the place of a motive 'as a response to' as no place of the event", function()
    local r = run("A woman blew herself up at a college in Kano on Monday, killing four "
      .. "people.\n\nAnalysts say the recruitment of women is new. Her letter, published by "
      .. "Boko Haram's media wing, framed the attack as a response to the plunder of "
      .. "Kaduna's mines.")
    assert.equal(1, #r)
    assert.equal("Kano", r[1].place)
    r = run("Gunmen attacked a church in Jos on Monday as a response to the arrest of their "
      .. "leader, killing four people.")
    assert.equal(1, #r)
    assert.equal("Jos", r[1].place)
  end)
end)

describe("extract: 'that bombing' after two events of a kind", function()
  it("gives the claim to the event told last", function()
    local r = run("In June 2005 a series of bombs exploded outside government offices in "
      .. "Kano. In October 2009 a suicide bomber struck a meeting of elders in Jos, killing "
      .. "42 people. Boko Haram said it carried out that bombing.")
    assert.equal(2, #r)
    local k, j
    for _, x in ipairs(r) do
      if x.place == "Kano" then k = x elseif x.place == "Jos" then j = x end
    end
    assert.is_nil(k.perpetrator)
    assert.equal("Boko Haram", j.perpetrator)
    assert.is_true(j.claimed)
  end)

  it("still gives the claim to the one event told", function()
    local r = run("In October 2009 a suicide bomber struck a meeting of elders in Jos, "
      .. "killing 42 people. Boko Haram said it carried out that bombing.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
  end)
end)

describe("extract: a claim made for a named unit of the group", function()
  it("reads 'said its Shura Brigade had carried out the operation' as a claim", function()
    local r = run("A bomb exploded at a college in Kano on Monday, killing four people. Within "
      .. "hours Boko Haram said its Shura Brigade had carried out the operation.")
    assert.equal(1, #r)
    assert.is_true(r[1].claimed)
    assert.equal("Boko Haram", r[1].perpetrator)
  end)

  it("still reads no claim in a unit that was only blamed", function()
    local r = run("A bomb exploded at a college in Kano on Monday, killing four people. "
      .. "Police said its brigade commanders had never been found.")
    assert.equal(1, #r)
    assert.is_not_true(r[1].claimed)
  end)
end)

describe("extract: a vehicle driven at people", function()
  it("reads 'ran down ... with his car' as a ramming", function()
    local r = run("On Monday a man ran down three cyclists with his car on a bridge in "
      .. "Lyon, killing one of them.")
    assert.equal(1, #r)
    assert.equal("unarmed_assault", r[1].attack_type)
    assert.equal("vehicle", r[1].weapon)
    assert.equal(1, r[1].killed_lo)
    r = run("In Lyon on Monday a driver mowed down two students in a van, injuring both.")
    assert.equal(1, #r)
    assert.equal("vehicle", r[1].weapon)
  end)

  it("reads a car of any make driven into people as a ramming", function()
    local r = run("On Monday a man drove a Renault into a group of police officers "
      .. "outside a station in Lyon, injuring five.")
    assert.equal(1, #r)
    assert.equal("unarmed_assault", r[1].attack_type)
    assert.equal(5, r[1].wounded_lo)
    r = run("On Monday two men steered a stolen Volvo through the market crowd in "
      .. "Lyon, killing three shoppers.")
    assert.equal(1, #r)
    assert.equal("vehicle", r[1].weapon)
  end)

  it("reads no ramming in a car driven into a thing, a clock run down or a plan", function()
    assert.equal(0, #run("On Monday a man drove his Renault into a ditch near Lyon, "
      .. "killing two sheep."))
    assert.equal(0, #run("In Lyon on Monday the club ran down its reserves with a "
      .. "string of costly signings."))
    assert.equal(0, #run("On Monday a farmer in Lyon drove his cattle into the group "
      .. "of sheds."))
  end)
end)

describe("extract: a month told with its year carries to its days", function()
  it("dates 'On 20 March' after 'In March 2014' to 2014", function()
    local r = run("Officials have long feared such violence. In March 2014 two "
      .. "policemen died in separate attacks in one week. On 20 March a man shot "
      .. "dead a policeman outside a station in Lyon.")
    assert.equal(1, #r)
    assert.equal("2014-03-20", r[1].date)
  end)

  it("still dates a day of another month, or after a year named as a modifier, "
    .. "by the story", function()
    local r = run("Officials have long feared such violence. In March 2014 two "
      .. "policemen died in separate attacks in one week. On 20 August a man shot "
      .. "dead a policeman outside a station in Lyon.")
    assert.equal(1, #r)
    assert.equal("2017-08-20", r[1].date)
    r = run("Talks resumed after the March 2014 truce. On 20 March a man shot dead "
      .. "a policeman outside a station in Lyon.")
    assert.equal(1, #r)
    assert.equal("2017-03-20", r[1].date)
  end)
end)

describe("extract: the other sites of one coordinated event", function()
  it("reads smaller blasts elsewhere the same day as sites of the main bombing", function()
    local r = run("On Monday a bomb went off outside a church in Kaduna as the service "
      .. "ended. At least 20 people died there, and smaller blasts hit Jos and Bauchi "
      .. "the same day. Boko Haram claimed the bombings.")
    assert.equal(1, #r)
    assert.equal("Kaduna", r[1].place)
    assert.equal(20, r[1].killed_lo)
    assert.equal("Boko Haram", r[1].perpetrator)
    r = run("On Monday a bomb exploded outside a church in Kaduna, killing 12 people. "
      .. "Other bombs went off in Jos and Bauchi at the same time.")
    assert.equal(1, #r)
    assert.equal(12, r[1].killed_lo)
  end)

  it("still reads other attacks of another kind or country as events of their own", function()
    local r = run("On Monday a bomb exploded outside a church in Kaduna, killing 12 "
      .. "people. Other gunmen attacked a bar in Jos the same evening, killing four.")
    assert.equal(2, #r)
    r = run("On Monday a bomb exploded outside a church in Kaduna, killing 12 people. "
      .. "Other blasts struck Paris the same day, killing two.")
    assert.equal(2, #r)
    r = run("On Monday a bomb exploded outside a church in Kaduna, killing 12 people. "
      .. "Blasts struck Jos on Friday, killing two.")
    assert.equal(2, #r)
  end)
end)
