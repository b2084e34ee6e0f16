-- Stress sentences for incidents.extract, per field: tolls, dates, claims and
-- perpetrators, places, foiled plots, and near misses that must make no
-- report. Each is a sentence written for this spec in the way wire copy,
-- newspapers and agencies phrase these facts (the facts are invented or
-- public: names, places, figures); none is taken from an article. A case is
-- `{ text, date = published day, n = reports wanted, want = fields of the
-- first report }`; "nil" wants the field empty.
-- luacheck: no max line length
local rules = require "incidents.rules"
local extract = require "incidents.extract"

local pack = assert(rules.load("default"))

local function check(c)
  local r = extract.text("Date: " .. (c.date or "2024-05-20") .. "\n\n" .. c[1], pack)
  if c.n then assert.equal(c.n, #r, c[1]) end
  if c.want then
    local r1 = r[1] or {}
    for k, v in pairs(c.want) do
      if v == "nil" then
        assert.is_nil(r1[k], k .. ": " .. c[1])
      else
        assert.equal(v, r1[k], k .. ": " .. c[1])
      end
    end
  end
end

describe("extract stress: tolls", function()
  for _, c in ipairs {
    { "A car bomb ripped through a busy street in Mogadishu on Sunday and left 12 dead and 30 wounded, police said.", want = { killed_lo = 12, killed_hi = 12, wounded_lo = 30 } },
    { "The explosion at a crowded market in Kano on Saturday claimed the lives of at least 19 people.", want = { killed_lo = 19, killed_hi = "nil" } },
    { "Gunmen opened fire on worshippers at a church in Ondo on Sunday. By Monday the death toll had climbed to 41, a state official said.", want = { killed_lo = 41, killed_hi = 41 } },
    { "A suicide bomber struck a mosque in Peshawar on Friday, killing 27 worshippers and wounding 83 others.", want = { killed_lo = 27, wounded_lo = 83 } },
    { "Suspected militants ambushed an army convoy in Borno state on Thursday, killing nine soldiers and three civilians.", want = { killed_lo = 12, killed_hi = 12 } },
    { "A bomb went off at the bus terminal in Quetta on Saturday, killing 14 people, including five children.", want = { killed_lo = 14, killed_hi = 14 } },
    { "Gunmen killed a dozen villagers in a raid near Mopti in central Mali on Tuesday.", want = { killed_lo = 12, killed_hi = 12 } },
    { "More than two dozen people were killed when a bomb exploded at a cattle market in Maiduguri on Sunday.", want = { killed_lo = 25, killed_hi = "nil" } },
    { "A bomb tore through a police station in Diyarbakir on Sunday, killing seven people. Among the dead were four police officers.", want = { killed_lo = 7, killed_hi = 7 } },
    { "Jihadists attacked an army post in Tillaberi on Thursday, killing 17 soldiers. Eight of the attackers were also killed, the army said.", want = { killed_lo = 17, killed_hi = 17 } },
    { "Two people died and 11 were injured when a grenade was thrown into a bar in Bujumbura on Saturday.", want = { killed_lo = 2, killed_hi = 2, wounded_lo = 11 } },
    { "A roadside bomb hit a minibus in Kandahar on Friday. The blast killed six and injured 20, a provincial spokesman said.", want = { killed_lo = 6, wounded_lo = 20 } },
    { "Gunmen stormed a hotel in Mogadishu on Friday. The attack left at least eight people dead and dozens more injured.", want = { killed_lo = 8, killed_hi = "nil" } },
    { "Nearly 100 people were killed when gunmen attacked the village of Solhan in Burkina Faso on Friday.", want = { killed_lo = "nil", killed_hi = 100 } },
    { "Eleven people were killed when a bomb exploded on a bus in Jerusalem on Wednesday.", want = { killed_lo = 11, killed_hi = 11 } },
    { "A gunman shot dead three people at a shopping centre in Belgrade on Thursday before turning the gun on himself.", want = { killed_lo = 3, killed_hi = 3 } },
    { "Kabul mosque blast kills 21, wounds 33\n\nA bomb exploded inside a mosque in Kabul during evening prayers on Friday, officials said.", want = { killed_lo = 21, wounded_lo = 33 } },
    { "Militants attacked a village in Ituri province on Wednesday. Officials said 22 civilians had been killed, among them six women.", want = { killed_lo = 22, killed_hi = 22 } },
    { "Gunmen killed at least 1,200 people in a wave of attacks on villages in Plateau state over Christmas, officials said.", want = { killed_lo = 1200 } },
    { "A blast at a rally in Bajaur on Sunday killed 54 people and injured nearly 200, police said.", want = { killed_lo = 54, wounded_hi = 200 } },
    { "The bombing of a wedding party in Kabul on Saturday killed 63 people. The toll was later revised to 80.", want = { killed_lo = 80 } },
    { "Gunmen attacked a police checkpoint in Sinai on Saturday, leaving five officers dead and three wounded.", want = { killed_lo = 5, wounded_lo = 3 } },
    { "Rebels killed 26 people in an attack on a displacement camp in Djugu on Tuesday; 14 others were hurt.", want = { killed_lo = 26, wounded_lo = 14 } },
    { "At least 30 people lost their lives when a suicide bomber blew himself up at a funeral in Mogadishu on Sunday.", want = { killed_lo = 30 } },
  } do
    it((c[1]:gsub("%s*\n+%s*", " / ")), function() check(c) end)
  end
end)

describe("extract stress: dates against the published day (Monday 2024-05-20)", function()
  for _, c in ipairs {
    { "A bomb exploded at a market in Kano on Saturday, killing 5 people.", want = { date = "2024-05-18" } },
    { "Gunmen attacked a church in Ondo late on Friday, killing 5 people.", want = { date = "2024-05-17" } },
    { "On the night of May 12, gunmen attacked a village near Mopti, killing 5 people.", want = { date = "2024-05-12" } },
    { "A bomb exploded at a market in Kano last Tuesday, killing 5 people.", want = { date = "2024-05-14" } },
    { "A bomb exploded at a market in Kano on March 3, killing 5 people.", want = { date = "2024-03-03" } },
    { "A bomb exploded at a market in Kano on 3 March, killing 5 people.", want = { date = "2024-03-03" } },
    { "A bomb exploded at a market in Kano on Jan. 9, killing 5 people.", want = { date = "2024-01-09" } },
    { "A bomb exploded at a market in Kano yesterday, killing 5 people.", want = { date = "2024-05-19" } },
    { "A bomb exploded at a market in Kano earlier this month, killing 5 people.", want = { date = "2024-05" } },
    { "A bomb exploded at a market in Kano in February, killing 5 people.", want = { date = "2024-02" } },
    { "Gunmen attacked a police post in Mopti on Sunday night, killing 5 officers.", want = { date = "2024-05-19" } },
    { "KABUL, May 18 (Reuters) - A bomb exploded at a mosque in the Afghan capital, killing 5 people.", date = "2024-05-20", want = { place = "Kabul", country = "AF" } },
    { "Gunmen attacked a police post in Mopti early on Monday, killing 5 officers.", want = { date = "2024-05-20" } },
    { "Two days ago, gunmen attacked a police post in Mopti, killing 5 officers.", want = { date = "2024-05-18" } },
    { "A bomb exploded at a market in Kano on May 11, 2023, killing 5 people.", want = { date = "2023-05-11" } },
    { "In December 2019 gunmen attacked an army camp at Inates, killing 71 soldiers.", want = { date = "2019-12" } },
    { "Gunmen attacked a police post in Mopti on Wednesday evening, killing 5 officers.", want = { date = "2024-05-15" } },
    { "A bomb exploded at a market in Kano this morning, killing 5 people.", want = { date = "2024-05-20" } },
    { "A bomb exploded at a market in Kano on the 12th of May, killing 5 people.", want = { date = "2024-05-12" } },
    { "A bomb exploded at a market in Kano over the weekend, killing 5 people.", want = { date = "nil" } },
  } do
    it((c[1]:gsub("%s*\n+%s*", " / ")), function() check(c) end)
  end
end)

describe("extract stress: claims and perpetrators", function()
  for _, c in ipairs {
    { "A bomb killed 9 people in Mosul on Sunday. Islamic State claimed responsibility in a statement on its Amaq news agency.", want = { perpetrator = "Islamic State", claimed = true } },
    { "A bomb killed 9 people in Mosul on Sunday. No group has claimed responsibility for the bombing.", want = { claimed = false } },
    { "A bomb killed 9 people in Mogadishu on Sunday. Al-Shabaab said it carried out the attack.", want = { perpetrator = "al-Shabaab", claimed = true } },
    { "A suicide bomber killed 9 people in Peshawar on Sunday. Authorities blamed Boko Haram.", want = { claimed = "nil" } },
    { "Gunmen killed 9 people in Maiduguri on Sunday. Authorities blamed Boko Haram for the attack.", want = { perpetrator = "Boko Haram", claimed = "nil" } },
    { "A bomb killed 9 people in Mosul on Sunday. There was no immediate claim of responsibility.", want = { claimed = false } },
    { "A bomb killed 9 people in Quetta on Sunday. The Baloch Liberation Army claimed the attack.", want = { perpetrator = "Baloch Liberation Army", claimed = true } },
    { "A bomb killed 9 people in Mogadishu on Sunday. The attack bore the hallmarks of al-Shabaab, analysts said.", want = { perpetrator = "al-Shabaab", claimed = "nil" } },
    { "A bomb killed 9 people in Kabul on Sunday. ISIS-K claimed the attack on Telegram.", want = { perpetrator = "Islamic State Khorasan Province", claimed = true } },
    { "Gunmen killed 9 people in Beni on Sunday. No one has claimed the killings, but the army blamed the ADF.", want = { perpetrator = "Allied Democratic Forces", claimed = false } },
    { "A bomb killed 9 people in Kabul on Sunday. The Islamic State group said in a statement that one of its fighters had detonated an explosive vest.", want = { perpetrator = "Islamic State", claimed = true } },
    { "Gunmen killed 9 soldiers near Gao on Sunday. Al-Qaeda's affiliate in the Sahel, JNIM, claimed the ambush.", want = { claimed = true } },
    { "A bomb killed 9 people in Kabul on Sunday. The Taliban denied any involvement.", want = { perpetrator = "nil" } },
    { "A bomb killed 9 people in Kabul on Sunday. Responsibility for the attack was claimed by the Islamic State.", want = { perpetrator = "Islamic State", claimed = true } },
    { "A bomb killed 9 people in Quetta on Sunday. The Pakistani Taliban claimed responsibility.", want = { claimed = true } },
  } do
    it((c[1]:gsub("%s*\n+%s*", " / ")), function() check(c) end)
  end
end)

describe("extract stress: places", function()
  for _, c in ipairs {
    { "Gunmen attacked a mosque in the northern city of Kano on Friday, killing 5 people.", want = { place = "Kano", country = "NG" } },
    { "A bomb killed 5 people in Maiduguri, the capital of Borno state, on Friday.", want = { place = "Maiduguri", country = "NG" } },
    { "Jihadists attacked an army post near the town of Gao in northern Mali on Friday, killing 5 soldiers.", want = { place = "Gao", country = "ML" } },
    { "PESHAWAR, Pakistan (AP) - A bomb exploded at a police station on Friday, killing 5 officers.", want = { place = "Peshawar", country = "PK" } },
    { "A bomb exploded at a school in Kabul's Dasht-e-Barchi neighbourhood on Friday, killing 5 pupils.", want = { place = "Kabul", country = "AF" } },
    { "A car bomb exploded on the outskirts of Mogadishu on Friday, killing 5 people.", want = { place = "Mogadishu", country = "SO" } },
    { "Gunmen attacked a cafe in Ouagadougou, Burkina Faso's capital, on Friday, killing 5 people.", want = { place = "Ouagadougou", country = "BF" } },
    { "Militants attacked a checkpoint in Egypt's Sinai peninsula on Friday, killing 5 soldiers.", want = { country = "EG" } },
    { "A bomb exploded at a market in the Afghan capital on Friday, killing 5 people.", want = { country = "AF" } },
    { "A gunman opened fire at a concert hall on the edge of Moscow on Friday, killing 5 people.", want = { place = "Moscow", country = "RU" } },
    { "Gunmen stormed a hotel in the Somali capital Mogadishu on Friday, killing 5 people.", want = { place = "Mogadishu", country = "SO" } },
    { "Gunmen killed 5 farmers in the village of Kukawa in Nigeria's Borno state on Friday.", want = { place = "Kukawa", country = "NG" } },
    { "A bomb exploded in a market in Jalalabad, eastern Afghanistan, on Friday, killing 5 people.", want = { place = "Jalalabad", country = "AF" } },
    { "A suicide bomber blew himself up at a police checkpoint in Iraq's Anbar province on Friday, killing 5 officers.", want = { country = "IQ" } },
    { "A knife attack at a railway station in the French city of Lyon on Friday left 5 people wounded.", want = { place = "Lyon", country = "FR" } },
  } do
    it((c[1]:gsub("%s*\n+%s*", " / ")), function() check(c) end)
  end
end)

describe("extract stress: foiled plots", function()
  for _, c in ipairs {
    { "Police in Germany arrested a man suspected of planning a bomb attack on a Christmas market in Berlin, prosecutors said on Friday.", want = { status = "plot_foiled", place = "Berlin" } },
    { "Austrian authorities foiled a plot to attack a pop concert in Vienna, the interior minister said on Thursday.", want = { status = "plot_foiled", place = "Vienna" } },
    { "French police thwarted a planned attack on a church in Paris and arrested two suspects, the minister said on Sunday.", want = { status = "plot_foiled", place = "Paris" } },
    { "Two teenagers were charged on Friday with plotting a knife attack on a synagogue in Manchester.", want = { status = "plot_foiled", place = "Manchester" } },
    { "Belgian police detained three men on Friday suspected of preparing a terrorist attack in Brussels.", want = { status = "plot_foiled", place = "Brussels" } },
    { "Spanish police said on Friday they had dismantled a cell that was planning attacks on tourist sites in Barcelona.", want = { status = "plot_foiled", place = "Barcelona" } },
    { "A plot to bomb a mosque in Birmingham was uncovered by counter-terrorism officers on Friday, police said.", want = { status = "plot_foiled", place = "Birmingham" } },
  } do
    it((c[1]:gsub("%s*\n+%s*", " / ")), function() check(c) end)
  end
end)

describe("extract stress: near misses that make no report", function()
  for _, c in ipairs {
    { "The army said its airstrikes killed 30 militants in Borno on Sunday.", n = 0 },
    { "Police raided a house in Kano on Sunday and arrested five suspects.", n = 0 },
    { "The group threatened to attack churches in Lagos during Easter.", n = 0 },
    { "Floods killed 30 people in western Kenya on Sunday.", n = 0 },
    { "A gas cylinder explosion killed 4 people at a restaurant in Nairobi on Sunday, firefighters said.", n = 0 },
    { "A court in Paris on Friday sentenced a man to life in prison for the 2016 truck attack in Nice.", n = 1, want = { place = "Nice", date = "2016" } },
  } do
    it((c[1]:gsub("%s*\n+%s*", " / ")), function() check(c) end)
  end
end)

describe("extract stress: harder phrasings of every field", function()
  for _, c in ipairs {
    { "A car bomb exploded outside a hotel in Mogadishu on Sunday. The blast killed at least 18 and wounded more than 50, police said.", want = { killed_lo = 18, killed_hi = "nil", wounded_lo = 51 } },
    { "Eighteen people were killed and more than 50 injured when a bomb went off at a market in Kano on Sunday.", want = { killed_lo = 18, wounded_lo = 51 } },
    { "Militants ambushed a patrol near Gao on Sunday. Seven soldiers were killed and four others wounded, the army said.", want = { killed_lo = 7, wounded_lo = 4 } },
    { "A suicide bomber struck a rally in Bajaur on Sunday, killing 15, including four children.", want = { killed_lo = 15, killed_hi = 15 } },
    { "A bomb exploded at a mosque in Kabul on Friday. The death toll from Friday's bombing has risen to 60, officials said on Monday.", want = { killed_lo = 60, date = "2024-05-17" } },
    { "Gunmen opened fire at a church in Ondo on Sunday, killing 11 and injuring 37.", want = { killed_lo = 11, wounded_lo = 37 } },
    { "A bomb exploded on a bus in Quetta on Sunday. The health ministry put the death toll at 32.", want = { killed_lo = 32 } },
    { "Gunmen attacked a hotel in Mogadishu on Sunday, killing 3 people and injuring 14 others.", want = { killed_lo = 3, wounded_lo = 14 } },
    { "Gunmen stormed a village near Djibo on Sunday. Five people, three of them children, were killed.", want = { killed_lo = 5, killed_hi = 5 } },
    { "More than 100 people were killed when gunmen attacked a village in Plateau state on Sunday.", want = { killed_lo = 101 } },
    { "Hundreds of people were wounded when a bomb went off at a stadium in Kano on Sunday.", want = { wounded_lo = "nil" } },
    { "Two bombs exploded at a market in Maiduguri on Saturday, killing at least a dozen people.", want = { killed_lo = 12 } },
    { "Gunmen attacked a bar in Kano on Friday night, killing 5 people.", want = { date = "2024-05-17" } },
    { "Gunmen attacked a bar in Kano in the early hours of Sunday, killing 5 people.", want = { date = "2024-05-19" } },
    { "Police said Saturday's attack on a bar in Kano killed 5 people.", want = { date = "2024-05-18" } },
    { "Gunmen attacked a bar in Kano last month, killing 5 people.", want = { date = "2024-04" } },
    { "Gunmen attacked a bar in Kano on 1 May, killing 5 people.", want = { date = "2024-05-01" } },
    { "Gunmen attacked a bar in Kano on May 1st, killing 5 people.", want = { date = "2024-05-01" } },
    { "Gunmen attacked a bar in Kano on the evening of May 3, killing 5 people.", want = { date = "2024-05-03" } },
    { "A bomb killed 9 people in Mosul on Sunday. Islamic State, via its Amaq news agency, claimed the attack.", want = { perpetrator = "Islamic State", claimed = true } },
    { "A bomb killed 9 people in Peshawar on Sunday. The Pakistani Taliban said they were behind the bombing.", want = { perpetrator = "Tehrik-i-Taliban Pakistan", claimed = true } },
    { "A bomb killed 9 people in Kabul on Sunday. No one has yet claimed responsibility for the attack.", want = { claimed = false } },
    { "A bomb killed 9 people in Mogadishu on Sunday. Al-Shabaab, which has carried out similar attacks, claimed responsibility.", want = { perpetrator = "al-Shabaab", claimed = true } },
    { "A bomb killed 9 people in Quetta on Sunday. The Baloch Liberation Army said in a statement it carried out the attack.", want = { perpetrator = "Baloch Liberation Army", claimed = true } },
    { "Gunmen killed 9 people in Maiduguri on Sunday. Police blamed the attack on Boko Haram.", want = { perpetrator = "Boko Haram", claimed = "nil" } },
    { "Gunmen killed 9 people in Maiduguri on Sunday. Authorities suspect Islamic State West Africa Province.", want = { perpetrator = "Islamic State West Africa Province", claimed = "nil" } },
    { "Gunmen killed 9 farmers in Nigeria's northeastern Borno state on Sunday.", want = { country = "NG" } },
    { "A bomb killed 9 people in the Pakistani city of Quetta on Sunday.", want = { place = "Quetta", country = "PK" } },
    { "A bomb killed 9 people in Somalia's capital, Mogadishu, on Sunday.", want = { place = "Mogadishu", country = "SO" } },
    { "Gunmen killed 9 people in Kenya's Mandera county on Sunday.", want = { country = "KE" } },
    { "Jihadists killed 9 soldiers near the town of Djibo in northern Burkina Faso on Sunday.", want = { place = "Djibo", country = "BF" } },
    { "German police arrested three men suspected of plotting an attack on a Christmas market in Magdeburg, prosecutors said on Sunday.", want = { status = "plot_foiled", place = "Magdeburg" } },
    { "A teenager was arrested on suspicion of planning a terror attack on a synagogue in Vienna, police said on Sunday.", want = { status = "plot_foiled", place = "Vienna" } },
    { "Troops killed 20 militants in an operation in Borno state on Sunday, the army said.", n = 0 },
    { "He shot to fame in Kano in 2010 as a singer.", n = 0 },
    { "Militants could attack Mogadishu again, officials warned on Sunday.", n = 0 },
    { "The president vowed to attack poverty in Kano on Sunday.", n = 0 },
  } do
    it((c[1]:gsub("%s*\n+%s*", " / ")), function() check(c) end)
  end
end)
