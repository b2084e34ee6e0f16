--- Vocabulary of the extraction engine: small closed classes of English words.
--
-- Function words, cue words and the sense lists the extraction rules look
-- words up in (sets: word -> true), the status and attack-type tables, and
-- `W`, the lists that did not fit as locals of the old single file. This is
-- the engine's own English, not domain knowledge: that lives in the rule
-- pack. Every table is built once, when the module is first required.
-- @module incidents.extract.vocab


local lpeg = require "lpeg"

local M = {}

--- A set (word -> true) of the words of a space-separated list.
local function set(list)
  local t = {}
  for w in list:gmatch("%S+") do t[w] = true end
  return t
end

-- ---------------------------------------------------------------------------
-- Vocabulary of the engine itself. These are small closed classes of English
-- function words, not domain knowledge (that lives in the rule pack).
-- ---------------------------------------------------------------------------

-- "attack pattern", "attack capability": the trigger word modifies a noun
-- and names no event.
local MODIFIED = set [[pattern patterns capability capabilities capacity network networks
  plan plans planning plotter plotters plotting cell cells cadre cadres tempo threat threats
  helicopter helicopters aircraft submarine submarines dog dogs ad ads posture surface vector
  mode rate rates plot plots methods method tactics tactic planner planners squad squads
  skills training trends trend wave waves campaign campaigns maker makers making
  detonator detonators factory factories]]

-- A modal or "to" right before a verb trigger: "the will to attack",
-- "could strike", "may attack".
local MODAL = set [[to could would will may might can cannot should must shall]]

-- Verbs that carry an event noun after a modal: "to carry out another attack",
-- "able to launch attacks".
local LIGHT = set [[carry launch conduct stage mount commit perpetrate orchestrate execute
  plan plot attack strike target hit prepare organize organise]]

-- Words before a trigger that make it a threat or a hypothesis.
local THREAT_PRE = set [[imminent looming impending potential possible future next
  feared expected anticipated further]]
-- Words after "next", "following" that make them a date, not a modifier of
-- the trigger ("the next day a bomb went off").
local TIME_UNIT_AFTER = set [[morning afternoon evening night day days week weekend month
  year hour hours]]

-- Words before a trigger that make it a foiled plot ("a planned attack": it
-- did not happen, and the story is about its stopping).
local PLOT_PRE = set [[would-be foiled thwarted planned-but planned]]

-- Aggregates: "multiple attacks", "a series of bombings".
local AGGREGATE_PRE = set [[multiple numerous several many countless various repeated
  frequent regular series waves dozens hundreds scores string spate separate]]

-- Prepositions that make a date a reference point, not the event's date:
-- "since the 1979 revolution", "until 2014".
local REFERENCE_PREP = set [[since until till before after from by through]]

-- Verbs of saying: "officials said on Saturday" dates the statement.
local REPORTING = set [[said says told announced reported added stated confirmed noted
  declared claimed wrote tweeted posted responsibility credit toll statement]]

-- Verbs whose object "them" makes captives the dead: "shot them dead".
local KILL_THEM = { "shot", "killed", "executed", "beheaded", "murdered", "slaughtered",
  "massacred", "shooting", "killing", "executing", "beheading" }

-- Words of a claim: a date after them in the clause is the claim's.
local CLAIM_WORD = set [[claimed claiming claims responsibility credit]]

-- Verbs whose subject, when a capital or a country, is its government.
local GOV_VERB = set [[responded responds said says claimed claims warned warns did does
  accused accuses announced announces denied denies blamed blames insisted called urged
  sought agreed rejected launched launches retaliated vowed threatened fell sees saw believes
  believed fired shelled
  condemns condemned expresses expressed extends extended offers offered stands stood mourns
  mourned welcomes welcomed regrets deplores deplored reiterates reiterated]]

-- What a state does to strike back: "Tehran responded by ...".
local STATE_VERB = set [[responded launched retaliated fired shelled]]

-- First words of actor phrases that describe no one in particular.
local GENERIC_ACTOR = set [[islamic islamist islamists armed terrorist terror suicide urban
  jihadist unidentified unknown masked suspected several two three four five the some]]

-- Titles before a person's name.
local TITLE = set [[president prime minister gen general mr mrs ms dr sheikh king prince
  princess queen judge senator governor mayor commander chief col colonel lt sgt capt maj
  major ayatollah mullah imam emir sen rep gov pope saint]]

-- Words after a place name that keep it a place.
local GEO_WORD = set [[province district region state city county airport international
  valley river mountains hills square street road bridge station port border crossing
  mosque church temple shrine market hotel university camp base prison gate hall
  governorate division area zone municipality metro subway]]

-- Abbreviations in place names.
local ABBREV = { St = "Saint", Ft = "Fort", Mt = "Mount" }

-- A state's armed forces as the subject of an event word.
local STATE_FORCE = set [[warplanes warplane jets jet aircraft planes plane helicopters
  helicopter gunships gunship drones drone artillery tanks warships warship navy army troops
  military soldiers forces airforce]]

-- Verbs of fending off an attack: "troops repelled an attack by ISWAP".
local REPEL = set [[repelled repulsed repel repulse foiled thwarted fought resisted
  prevented averted]]

-- Verbs whose object is a victim, not an author: "assassinating Taliban figures".
local AGAINST = set [[on against targeting targeted target assassinating assassinated attacking
  attacked killing killed fighting fought hunting hunted striking struck eliminating eliminated
  countering combating battling pursuing]]

-- Words that open a new event: "in a separate attack", "another bombing".
local NEW_EVENT = set [[another separate second third fresh new similar earlier]]

-- Comparatives of size before an event word ("a smaller bomb").
local COMPARATIVE = set [[smaller bigger larger lesser deadlier weaker stronger]]

-- First words of a sentence that turn to another event.
local OPENS_NEW = set [[earlier previously separately elsewhere meanwhile]]

-- People nouns after a demonym.
local PEOPLE = set [[service servicemen servicemembers soldiers troops civilians citizens
  nationals officials forces police policemen marines diplomats tourists workers journalists
  people men women children pilgrims worshippers students military army personnel
  hostages captives authorities counterparts engineers employees staff guards officers
  contractors aid doctors nurses teachers visitors passengers fans soldier civilian citizen
  national official engineer worker journalist tourist diplomat officer guard
  man woman boy girl teenager youth]]

-- Prepositions that make a place a location whatever follows it.
local LOCATIVE = set [[in at near outside inside into of from across throughout within]]

local ADVERB = set [[recently quickly later then also soon immediately reportedly
  strongly firmly resolutely deeply unequivocally utterly]]

-- Trigger cues of a pack that name actors, tolls or talk, not an event.
local NON_EVENT = set [[violence terrorism incident incidents raid raids kill kills killed
  killing killings militants insurgents jihadists extremists terrorists fighters rebels
  guerrillas attacker attackers assailant assailants operation operations carnage strike
  strikes onslaught]]

-- Verbs that carry out the event they are followed by, so a status cue that
-- is such a verb ("executed the deadliest attack") says nothing.
local CARRY_VERB = set [[executed conducted launched staged carried mounted orchestrated
  perpetrated committed]]

-- A plot needs both a plot and its foiling: "police foiled a plot", "were
-- plotting ... were arrested"; "a specific plot has yet to be identified" is not one.
local PLOT_NOUN = set [[plot plots plotting plotted conspiracy conspiring]]
local FOIL_VERB = set [[foiled foil thwarted thwart disrupted averted prevented intercepted
  uncovered dismantled busted]]
FOIL_VERB["broke up"], FOIL_VERB["broken up"] = true, true

-- Cues that arrests were made: a foiled plot only when nobody was hurt.
local ARREST = set [[arrested arrests arrest detained detention apprehended]]

-- Subjects that stand for the group last named: "it orchestrated",
-- "the group's Jan. 3 attack".
local PRONOUN = set [[it its they their the_group the_group's the_group’s which who]]

-- Militants as victims: "killed five militants" is counter-terrorism.
local MILITANT = set [[militant militants fighter fighters insurgent insurgents terrorist
  terrorists operative operatives jihadist jihadists extremist extremists commander
  commanders leader leaders rebels rebel gunman gunmen attacker attackers bomber bombers
  suspect suspects]]

-- Nouns after a country name that make the country an actor: "a US raid".
local STATE_NOUN = set [[raid raids strike strikes airstrike airstrikes forces troops soldiers
  military army commandos drone drones warplanes jets officials authorities government
  navy operation operations]]

-- The state's operations an event word can be part of: "blew himself up during a
-- US raid", "shot dead by police during a search of a flat".
local OPERATION = set [[raid raids search searches operation operations swoop sweep
  crackdown manhunt]]

-- "raid" is the state's only when the state is named with it ("a US raid",
-- "a police raid"); gunmen raid villages too.
local RAID_NOUN = set [[raid raids]]
local STATE_WORD = set [[police security army military commando commandos special forces
  counter-terrorism counterterrorism counter-terror anti-terror government troops federal
  coalition nato]]

-- Forces as the agent of a passive: "shot dead by police".
local FORCE_AGENT = set [[police policemen troops soldiers army commandos forces officers
  military gendarmes]]

-- Words that tie a person to a group ("a cleric close to the Taliban", "a
-- critic of al-Shabaab"): the person, not the group, is in the story.
local VICTIM_LINK = set [[close loyal allied sympathetic opposed hostile critic critical
  member members commander commanders leader leaders official officials supporter supporters
  opponent opponents]]

-- Prepositions that make "the <event>" after them a reference point, after
-- a span of time ("two weeks after the arena bombing").
local REFERENCE_EVENT = set [[after before since following]]
local TIME_SPAN = set [[minutes hours days weeks months years day week month year shortly
  soon just moments hour]]

-- Words before a place name that belong to it ("North Waziristan").
local COMPASS = set [[north south east west central northern southern eastern western upper
  lower greater new old northeast northwest southeast southwest north-east north-west
  south-east south-west inner outer al el lake mount port fort saint san santa cape gulf bay
  camp de la le]]

-- Verbs after which "there" is a place ("were killed there", "struck there").
local THERE_VERB = set [[killed died struck attacked exploded detonated stormed wounded
  injured kidnapped abducted shot bombed happened occurred]]
local BE_WORD = set [[is was were are be been have has had]]

-- Nouns that name a settlement before "of <Name>".
local SETTLEMENT = set [[village town city hamlet settlement locality township resort]]

-- Nouns after a place name that make it a part of a city.
local DISTRICT = set [[district neighbourhood neighborhood suburb quarter borough]]

-- Status precedence: the strongest cue near a frame decides.
local STATUS_RANK = {
  negated = 60, plot_foiled = 50, threat = 40, hypothetical = 40, accident = 35,
  state_strike = 30, raid = 30, execution = 30, counter_terrorism = 30, failed = 10,
}
local NOT_INCIDENT = {
  negated = true, threat = true, hypothetical = true, state_strike = true,
  raid = true, execution = true, counter_terrorism = true, accident = true,
}

-- Disasters and accidents, found as whole words by one LPeg pass.
local DISASTER_FIND
do
  local P, Cp, Ct, R = lpeg.P, lpeg.Cp, lpeg.Ct, lpeg.R
  local alt
  local wc = R("az", "AZ", "09") + P("-")
  -- (each word ends at a word's end: an ordered choice takes "flood" of
  -- "floods" and would not come back for the longer word)
  for w in ([[earthquake earthquakes quake quakes tornado tornadoes hurricane cyclone typhoon
    flood floods flooding floodwaters landslide landslides avalanche tsunami hailstorms
    hailstorm storms
    crash crashed collision derailed derailment overturned stampede accident accidental
    accidentally malfunction careered careened skidded capsized collided tumbled
    plummeted]]):gmatch("%S+") do
    alt = alt and alt + P(w) * -wc or P(w) * -wc
  end
  local hit = Ct(Cp() * alt * Cp())
  DISASTER_FIND = Ct((hit + wc ^ 1 + 1) ^ 0)
end

-- Pack cue names -> status.
local CUE_STATUS = {
  plot = "plot_foiled", threat = "threat", negation = "negated", state_action = "state_strike",
  hypothetical = "hypothetical", raid = "raid", execution = "execution",
}

-- Negators before a claim cue.
local NEGATORS = set [[no not yet never nobody none hasn't haven't didn't]]

-- Pack cue names -> claim kinds (see `incidents.grammar.claims`).
local CUE_CLAIM = {
  claim = "claim", claim_negated = "no_claim", suspect = "suspect", blame = "blame",
}

-- Attack names of packs and of the eval vocabulary -> GTD attack types.
local GTD = {
  bombing = "bombing", explosion = "bombing", suicide_bombing = "bombing",
  rocket_attack = "bombing", rocket = "bombing", shelling = "bombing", mortar = "bombing",
  armed_assault = "armed_assault", shooting = "armed_assault", stabbing = "armed_assault",
  assassination = "assassination", hijacking = "hijacking",
  hostage_taking = "hostage_taking", kidnapping = "kidnapping",
  facility_attack = "facility_attack", arson = "facility_attack", sabotage = "facility_attack",
  unarmed_assault = "unarmed_assault", vehicle_ramming = "unarmed_assault",
  unknown = "unknown", other = "unknown", attack = "unknown",
}

-- The GTD codebook's hierarchy: when an event has several methods, the
-- higher one names it (gunmen who kidnap make a kidnapping).
local GTD_RANK = {
  assassination = 9, hijacking = 8, kidnapping = 7, hostage_taking = 6, bombing = 5,
  armed_assault = 4, unarmed_assault = 3, facility_attack = 2, unknown = 0,
}

-- Event words with everyday senses: "a one-shot deal", "slashed its
-- workforce", "an explosion of bond issues", "a blast ended the moratorium".
local AMBIGUOUS = set [[shot shots slashed slash blast blasts explosion explosions exploded
  explode bombed raided hit struck fired storm stormed]]

-- How far (bytes) a status cue may be from a trigger of the frame.
local CUE_REACH = 80
-- How many sentences back a claim or a country-only mention may refer.
local ANAPHORA_SENTENCES = 3

-- Word lists of the senses and names an unseen article needs (one table: the
-- main chunk is near Lua's limit of 200 locals).
local W = {}

-- Words an event told is named with before its label ("described as a
-- planned attack", "called it a premeditated killing").
W.CALLED_AS = set [[as called calling described describing it]]

-- A vehicle driven at people ("ran down two soldiers with his car", "drove
-- a BMW into a group of soldiers"): the verbs, the vehicles, and the people a
-- car is driven into (a car driven into a wall or a shop front is a crash).
W.RAM_VERB = set [[drove steered ploughed plowed smashed crashed careered slammed]]
-- People a vehicle is driven through in a ramming ("ploughed through a
-- crowded market", "through a parade"), not a bill through a parliament.
W.RAM_THROUGH = set [[crowd crowds crowded market marketplace pedestrians people shoppers
  parade festival procession worshippers revellers revelers spectators fans protesters
  demonstrators mourners pilgrims bazaar square promenade]]
W.RUN_DOWN = set [[ran mowed]]
W.RAM_DET = set [[a an the his her their its]]
W.NOT_VEHICLE = set [[wedge stake nail knife blade sword spike money cash funds]]
W.VEHICLE = set [[car cars truck trucks van vans vehicle lorry suv jeep pickup pick-up
  bus minibus tractor bulldozer motorbike]]
W.RAM_PEOPLE = set [[crowd crowds pedestrians people shoppers worshippers soldiers
  protesters counter-protesters demonstrators passers-by passersby tourists revellers
  revelers marchers students children cyclists police policemen officers spectators
  commuters pilgrims civilians troops group onlookers mourners fans]]

-- Words after a plural event word that make it the subject of a clause.
W.SUBJ_NEXT = set [[have has had were went exploded ripped hit struck tore rocked killed
  shook targeted slammed landed detonated]]

-- Event words of a search that its raiders may follow with arrests: "raided
-- homes and arrested three people" is the police's raid.
W.ARREST_RAID = set [[raided stormed searched]]

-- Event words a state's action is told with, as well as an attack: "the
-- raids", "the firefight".
W.STATE_EVENT = set [[raid raids operation operations firefight firefights gunfight
  gunbattle clashes fighting strike strikes offensive]]

-- Those who speak of an event from their seat ("the authorities in Damascus
-- condemned the bombing"), and what they do with it.
W.SPEAKER = set [[authorities officials government ministry leaders administration
  leadership diplomats embassy]]
W.SPEAKER_VERB = set [[said says condemned condemns denounced denounces blamed blames
  accused accuses vowed vows pledged urged called warned praised mourned declared
  announced put puts raised raises revised lowered gave gives]]

-- Units of "a day after", "two weeks after" (days per unit; a count of hours
-- is the same day). The count is a numeral, "a"/"an", or a number word of
-- `grammar.numbers`.
W.DAY_UNIT = { day = 1, days = 1, week = 7, weeks = 7 }

-- Words of a fight between two armed sides ("a gunfight with troops").
W.FIGHT_EVENT = set [[gunfight gunfights firefight firefights gunbattle shootout shoot-out
  clash clashes encounter]]
W.FIGHT_EVENT["gun battle"] = true

-- Nouns of armed sides fighting each other, told before "between" ("street
-- fighting between Sunni gunmen and Alawite militiamen").
W.CLASH_NOUN = set [[fighting clashes clash battles battle fights fight skirmishes
  gunfights firefights feud]]

-- "went on to", "had gone on to": what someone went on to do is done.
W.WENT = set [[went gone]]

-- Verbs of an attempt before "to" and an event word: "failed to explode",
-- "tried to detonate" tell an attack made, not one to come.
W.ATTEMPT = set [[failed tried attempted]]

-- Words before a bomb that make it a sting's ("a fake bomb", "an inert
-- device"): nothing could have gone off.
W.STING_PRE = set [[fake dummy inert phony phoney]]

-- Words of a journey before "from X (to Y)": the ends of a route.
W.ROUTE = set [[runs ran run running travels travelled traveled travelling traveling
  flight flights flying flew road highway train trains bus buses route journey drove
  driving service services line]]

-- Words before "who" that make a relative clause about anyone ("those who
-- attack civilians").
W.GENERIC_WHO = set [[those anyone anybody whoever people everyone]]

-- Nouns of a coordinated set of attacks ("a wave of bombings").
W.WAVE = set [[wave series string spate chain]]

-- Words before an event word that make it a further site of the event told
-- before ("smaller blasts struck Jos the same day"), and the spans after
-- "the same" that tell the same time.
W.SITE_PRE = set [[smaller lesser other further]]
W.SAME_SPAN = set [[day night morning evening afternoon time hour moment]]

-- Determiners of an event told before ("the assault", "this attack").
W.DEFINITE = set [[the this that]]

-- Words that close a span of days ("from Thursday night into Friday").
W.RANGE_TO = set [[into to until till through]]

-- Plural instruments of one attack ("drones", "bombs", "rockets").
W.INSTRUMENT = set [[drones bombs rockets missiles grenades mortars shells explosives
  devices ieds]]

-- Words before a place that make it a destination ("bound for", "back to the
-- town of"), and the small words that may stand between.
W.DEST = set [[bound headed heading leave leaving destined travelling traveling route back
  towards toward]]
W.DEST_LINK = set [[for to the town city village of]]

-- Counts before a plural event word that make it one event on several sites.
W.SMALL_COUNT = set [[two three four twin 2 3 4 both]]

-- One member of a force, told with "a" ("an Army psychiatrist", "a navy
-- reservist"): his act is his own, not his state's.
W.LONE_MEMBER = set [[psychiatrist doctor physician nurse chaplain major sergeant
  veteran reservist contractor employee recruit private captain lieutenant]]

-- Verbs of when an event happened, after "it" or "they" that stand for it
-- ("It came a day after ...", "They followed a week of raids").
W.EVENT_TIME_VERB = set [[came come comes followed follows occurred happened]]

-- Verbs of a statement right after its day ("The court on Tuesday recalled"):
-- the verbs of saying, and a court's.
W.SAID_VERB = set [[recalled ruled]]
for w in pairs(REPORTING) do W.SAID_VERB[w] = true end

-- Nouns a toll is told again by ("That figure included ...").
W.TOLL_NOUN = set [[figure toll count number tally]]

-- Event words in the plural: many events, no one of them ("individual
-- attacks").
W.PLURAL_EVENT = set [[attacks bombings killings shootings assaults raids ambushes
  massacres blasts explosions]]

-- Ships a state's war hits ("the tanker Avaj was attacked").
W.WAR_SHIP = set [[tanker tankers supertanker supertankers warship warships frigate frigates
  destroyer destroyers]]

-- The attack type a weapon alone implies (a frame's, a chronology entry's).
W.WEAPON_TYPE = { explosives = "bombing", firearms = "armed_assault",
  incendiary = "facility_attack", melee = "armed_assault" }

-- A coup told as a sentence's subject ("The revolt included a raid ...").
W.COUP = set [[coup revolt mutiny putsch]]

-- Counts of events ("four bombs", "six attacks").
W.EVENT_COUNT = set [[two three four five six seven eight nine ten eleven twelve
  2 3 4 5 6 7 8 9 10 11 12]]

-- Nouns of a part of a city after its name ("the Karrada shopping district").
W.QUARTER = set [[district neighbourhood neighborhood quarter suburb]]
-- Words before a town that make it the event there, as a point in time
-- ("the week before Beslan", "since Manchester").
W.TIME_PREP = set [[before after since until]]

-- Nouns that stand for the town told last ("the town's cathedral") and spots
-- in it ("the same square").
W.SETTLEMENT = set [[town city village capital]]
-- Nouns of a place "this" points at in a datelined story ("this beach").
W.HERE_NOUN = set [[beach resort port harbour harbor coast island province region valley
  neighbourhood neighborhood suburb]]
-- Words after "here" that make it no place ("here is", "here are the facts").
W.NOT_HERE = set [[is are was were to]]

W.SPOT = set [[square market street area district neighbourhood neighborhood spot place
  site mosque church cathedral checkpoint station hotel school hospital bridge road camp
  base shrine temple stadium mall bazaar]]

-- Event nouns right after "since" that make its date an event's ("the
-- deadliest attack since a raid on the post at Inata in November 2021").
W.SINCE_EVENT = { raid = "armed_assault", attack = "unknown", bombing = "bombing",
  massacre = "armed_assault", ambush = "armed_assault", assault = "armed_assault",
  shooting = "armed_assault", siege = "hostage_taking", blast = "bombing",
  explosion = "bombing" }

-- Nouns after a group that make it an object of sympathy, not an actor
-- ("with known IS sympathies", "Islamic State propaganda").
-- The attacker named with "the": an event already told.
W.ATTACKER = set [[gunman gunmen attacker attackers assailant assailants shooter bomber
  bombers killer]]

-- Work on a bomb, after "while", that makes its own blast an accident:
-- "exploded while members of the cell were preparing explosives there".
W.BOMB_WORK = set [[preparing making assembling building mixing priming constructing
  manufacturing storing testing]]
W.BOMB_STUFF = set [[explosives explosive bomb bombs device devices detonator detonators
  vest vests tatp]]

W.SYMPATHY = set [[sympathies sympathy sympathiser sympathisers sympathizer sympathizers
  supporter supporters ideology propaganda flag flags videos literature]]

-- Verbs of what follows an attack, whose day is not the attack's ("he was
-- arrested two days later").
W.AFTERMATH = set [[arrested detained captured caught sentenced charged convicted
  jailed executed hanged extradited indicted]]

-- A court's verbs of a verdict on the accused of an event ("acquitted three
-- men of the bombing"), and the prepositions that name the event.
W.VERDICT = set [[acquitted convicted cleared sentenced indicted jailed tried
  acquits convicts clears sentences indicts jails]]
W.VERDICT_PREP = set [[of for over]]
W.VERDICT_NOUN = set [[sentence conviction verdict acquittal]]
-- A court's other acts on a case ("rejected a parole plea", "upheld the life
-- terms"), told in a sentence that names a court, a judge, a parole, a
-- tribunal or an appeal.
W.RULING = set [[rejected denied refused upheld dismissed overturned granted ruled
  rejects denies refuses upholds dismisses overturns grants rules]]

-- Wars and campaigns, whose tolls are no single event's ("the conflict that
-- cost 69,000 lives").
W.WAR_NOUN = set [[conflict war insurgency insurgencies campaign wars conflicts uprising
  civil]]

-- Houses of worship a town's name may name ("the Mecca Masjid").
W.WORSHIP_NAME = set [[masjid mosque church cathedral temple synagogue gurdwara basilica
  chapel mandir]]

-- Verbs of putting out a statement or a video ("a video released on Tuesday").
W.RELEASE_VERB = set [[released posted published aired broadcast uploaded issued circulated]]

-- Event nouns that "took place" on a day at a place ("The killings took place on
-- Saturday at Koshobe").
W.TOOK_PLACE_NOUN = set [[killings killing massacre attack attacks bombing bombings
  shooting shootings ambush raid assault blast blasts explosion explosions abduction
  kidnapping]]

-- A group's own men after "its" or "their" ("its fighters ambushed a convoy").
W.MILITANT_OWN = set [[fighters militants gunmen members men mujahideen cadres
  insurgents guerrillas rebels operatives]]

-- The small words inside Spanish and Portuguese place names ("San Miguel del
-- Ene", "Santo Domingo de Acobamba", "Rio do Sul").
W.NAME_DE = set [[de del do da dos das]]
W.NAME_DE["de la"], W.NAME_DE["de las"], W.NAME_DE["de los"] = true, true, true

-- Buildings and grounds a venue's name may end in ("the Dubai City wedding
-- hall", "the Paris Hotel"): a city's name inside one names the venue.
W.VENUE = set [[hall halls hotel restaurant cafe café club mall stadium cinema theatre
  theater palace centre center tower towers plaza arena market bazaar school college
  academy university hospital clinic mosque church cathedral synagogue temple shrine
  bar bakery shop store supermarket salon nightclub lounge garden gardens park]]

-- Words of a feast, a day or a month: a capitalised run holding one names a
-- time, never an actor.
W.TIME_NAME = set [[eve day year christmas easter ramadan eid palm sunday monday tuesday
  wednesday thursday friday saturday january february march april may june july august
  september october november december holiday festival feast week]]

-- Words between a verb of saying and "in <place>": "declared on Sunday in Maputo".
W.SAID_SKIP = set [[on today yesterday tonight reporters journalists monday tuesday
  wednesday thursday friday saturday sunday late early night]]

-- Attack words of no stated method, and the armed men who make them an armed
-- assault when no explosive is named.
W.ARMED_VERB = set [[attack attacked attacking raid raided assault assaulted assaults]]
W.ARMED_ACTOR = set [[gunmen gunman militants insurgents fighters rebels guerrillas bandits
  jihadists assailants attackers armed]]
W.EXPLOSIVE = set [[blast blasts explosion explosions ied ieds grenade grenades rocket
  rockets mortar mortars shell shells drone drones missile missiles suicide detonated]]

-- Nouns of a conflict as the subject of a toll: its toll is over years.
W.CONFLICT = set [[violence conflict insurgency war fighting unrest rebellion campaign
  uprising jihad]]

-- Gatherings held somewhere else: "a conference in Warsaw" places the
-- conference, not the attack a sentence compares it with.
W.GATHERING = set [[conference conferences summit summits talks forum congress meeting meetings
  negotiations convention]]

-- Verbs of a speaker naming the event told ("described it as a cowardly
-- terrorist act", "called it a terror attack").
W.APPRAISE = set [[described describes describing called calls calling branded brands
  labelled labeled termed condemned condemns denounced denounces]]

-- Nouns of a law or an accord a year may name ("the 2003 anti-terrorism
-- law", "the 2016 peace agreement").
W.LAW_NOUN = set [[law laws act bill statute constitution treaty accord accords agreement
  convention decree ordinance code charter]]

-- Titles of a town told after a gathering ("a summit in the Russian city
-- of Kazan").
W.SEAT_TITLE = set [[city capital town port resort]]

-- Verbs whose object, a capital, is its government: "asked Tehran for an
-- inquiry", "urged Kabul to act".
W.ADDRESS_VERB = set [[asked urged pressed accused warned told blamed thanked]]

-- Verbs of a span going on or ending: "the operation continued on Tuesday"
-- dates no start of an event.
W.SPAN_VERB = set [[continued continuing lasted dragged persisted ended]]

-- Nouns that count incidents in a tally ("5 incidents recorded, 23
-- fatalities"): a toll in the same sentence sums them. ("attacks" only
-- with a verb of logging after it: "two attacks killed 23" may be one.)
W.TALLY = set [[incidents]]
W.TALLY_VERB = set [[recorded reported logged registered counted]]
-- Words joined to an event word by a hyphen that make a noun of a man, a
-- trade or a thing ("bomb-maker", "bomb-disposal", "bomb-proof").
W.TRIGGER_COMPOUND = set [[maker makers making builder builders disposal squad squads proof
  sniffing sniffer sniffers expert experts technician technicians detection]]
-- Bodies of a state before "of <country>" that make it the state that speaks
-- ("the Ministry of Foreign Affairs of Denmark", "the Government of Japan").
W.ISSUER = set [[affairs ministry government embassy kingdom people president minister
  parliament mission]]
-- Pronouns of anyone at all ("anyone with a suicide vest").
W.ANYONE = set [[anyone anybody someone somebody everyone everybody nobody whoever]]
-- Verbs that give or move a count ("officials gave a toll of 250").
W.COUNT_GIVE = set [[gave give gives put puts issued released revised raised lowered
  updated announced published]]
-- Nouns of a count of the dead or hurt.
W.COUNT_NOUN = set [[toll figure count tally estimate]]
-- Number words of a count of events ("these five incidents").
W.COUNT_WORD = set [[two three four five six seven eight nine ten eleven twelve several]]
-- Plural event nouns that a count of events names ("the three bombings").
-- (not "the two blasts": the devices of one event)
W.EVENT_PLURAL = set [[attacks bombings shootings assaults raids massacres incidents]]

-- Nouns after a weekday that make it the name of a rite or a market.
W.RITE = set [[mass masses prayers prayer service services sermon worship liturgy vigil
  market bazaar school]]

-- Phrases that open a motive clause (matched in the lower-cased sentence).
W.MOTIVE = { "revenge for ", "retaliation for ", "in response to ", "to avenge ",
  "in protest at ", "in protest against ", "as a response to ", "as an answer to ",
  "as punishment for " }
-- the yardstick of a comparison ("the deadliest attack since the war in Gaza
-- began in October"), looked for only in a sentence with " since the "
W.SINCE = { " since the war", " since the start of", " since the beginning of",
  " since the conflict", " since the outbreak of", " since the end of", " since the fall of" }

-- Phrases that open the backdrop of an event told ("the attack came as the
-- UN tries to hold together a truce for the port of Hodeidah"): places and
-- dates of what was going on at the time, not the event's
W.BACKDROP = { " came as ", " comes as ", " came amid ", " comes amid ",
  " came at a time ", " comes at a time " }

-- Verbs of forces fighting attackers ("fought the attackers", "cornered
-- the gunmen"): the dead told after them are the attackers.
W.FIGHT = set [[fought battled engaged cornered confronted surrounded besieged
  pinned repelled repulsed]]

-- A person "from" a place: the place is the person's home, not the event's
-- ("a teacher from the nearby town of Hura", "two cousins from Umm al-Fahm").
W.HOME_PERSON = set [[man men woman women boy boys girl girls teacher teachers student
  students cousin cousins brother brothers sister sisters youth youths teenager teenagers
  resident residents native natives national nationals father mother son sons daughter
  attacker attackers assailant assailants gunman gunmen bomber bombers suspect suspects
  militant militants worker workers labourer labourers laborers farmer farmers family
  families couple pair refugee refugees migrant migrants citizen citizens person preacher
  imam driver drivers trader traders shopkeeper engineer doctor nurse soldier policeman
  graduate husband wife nephew relative relatives friend friends insurgent insurgents
  rebel rebels fighter fighters jihadist jihadists extremist extremists]]
-- Words between "from" and the home place ("from the nearby West Bank village of").
W.HOME_SKIP = set [[the a nearby neighbouring neighboring same town village city hamlet
  district province region of northern southern eastern western central remote small
  border]]

-- An origin: the name right after it is where the attack came from ("a
-- rocket fired from Lebanon slammed into ... Majdal Shams"), not its place.
W.ORIGIN = { "fired from ", "launched from ", "fired across from ", "infiltrated from ",
  "crossed from ", "crossed over from ", "came from across ",
  -- (where a journey began: "airliners that had taken off from Moscow")
  "took off from ", "taken off from ", "departed from ", "set off from ", "set out from ",
  "sailed from ", "travelling from ", "traveling from " }

-- Verbs of ending an event: "special forces declared the siege over".
W.END_VERB = set [[ended end ends ending declared broke lifted cleared concluded]]

-- Nouns before an event word that give it a sense of illness, food or growth.
W.SENSE_PRE = set [[heart panic asthma anxiety allergic food salmonella lead mercury controlled
  carbon population price prices rent rents baby bacterial speculative currency]]

-- Words of money after "shot up", "slashed by", "ploughed into".
W.FINANCE = set [[pct percent cent dlrs dollars dlr stg yen marks francs shares stocks
  stock equities bonds prices price earnings profit profits revenue revenues costs cost
  budget budgets tariffs index points rate rates demand output
  workforce jobs dividend dividends deficit sales imports exports investment investments
  spending payroll estimates forecast forecasts billion million mln bln rents rent wages
  inflation debt credit lending borrowing]]

-- Units of money right before a verb of motion: "billion dlrs ploughed into".
W.MONEY = set [[pct percent dlrs dollars dlr stg yen marks francs billion million mln bln
  pounds euros]]

-- Hostage words and the bargains over them ("a hostage swap", "arms-for-hostages").
W.HOSTAGE_WORD = set [[hostage hostages]]
W.BARGAIN = set [[deal deals swap swaps exchange exchanges trade scandal affair]]

-- Event words that are also verbs of criticism.
W.VERBAL_TRIGGER = set [[attack attacks attacked attacking assault assaulted]]

-- What is attacked when someone is criticised.
W.ABSTRACT = set [[proposals proposal plan plans policy policies figures decision
  decisions remarks comments statement statements bill bills budget measures measure
  report reports idea ideas move moves reforms reform programme program strategy approach
  deal tax taxes law laws legislation rules agreement accord stance record critics
  government's administration's proposed handling figure loss losses]]

-- Event words that name a launch or a failure in space flight too.
W.SPACE_TRIGGER = set [[rocket rockets exploded explosion blast blasted]]
W.SPACE = set [[satellite satellites orbit orbital spacecraft shuttle nasa booster
  boosters liftoff payload launcher cosmonaut cosmonauts astronaut astronauts space launch
  ignition countdown cosmodrome spaceport intercontinental intermediate suborbital]]

-- Areas named as "the district of X", beside the settlements.
W.AREA_OF = set [[district province county commune municipality region prefecture suburb
  governorate department island]]

-- What is slashed when a knife is used: a person, a throat, a face.
W.BODY = set [[death throat throats face faces neck necks wrist wrists victim victims
  him her them man woman men women people worshippers passengers guard guards officer
  officers policeman soldier soldiers]]

-- Aircraft beside "bombers": the planes, not the people who bomb.
W.AIRCRAFT = set [[planes plane jets jet aircraft fighters fighter helicopters squadron
  squadrons stealth strategic long-range b-52 b-52s b-2 warplanes transport]]

-- What is "rammed through": a bill, not a crowd.
W.LEGISLATURE = set [[house senate congress parliament committee bill bills legislation
  budget law laws measure reforms reform assembly]]

-- Ways a blockade closes.
W.ROAD = set [[road roads street streets highway highways motorway bridge bridges
  entrance entrances access port ports border]]

-- People in crowds: what they storm or attack is a riot or a brawl.
W.CROWD = set [[crowd crowds mob mobs protesters protestors demonstrators rioters
  strikers looters fans hooligans]]

-- Verbs of making a weapon safe ("while defusing a grenade").
W.DISPOSE = set [[defusing defuse disarming disarm dismantling dismantle handling
  clearing removing]]

-- Second halves of a compound that makes a country qualify an actor
-- ("Pakistan-based", "Iran-backed", "Saudi-led").
W.ACTOR_COMPOUND = set [[based backed led linked funded sponsored supported trained
  armed allied aligned affiliated inspired headquartered registered born]]

-- People who speak for a state: "a Somali official", "Malian officials".
W.OFFICIAL = set [[official officials spokesman spokeswoman spokesperson minister
  governor commander authorities police]]

-- Words before "in" that compare rather than place ("the deadliest in Europe").
W.SUPERLATIVE = set [[deadliest worst biggest largest bloodiest first last latest
  highest lowest most least only]]

-- Nouns of a settlement in an apposition that locates a place ("Gwoza, a
-- town close to the border", "Bama, a farming town in the state").
W.PLACE_NOUN = set [[town towns city village hamlet suburb port resort settlement
  community municipality district neighbourhood neighborhood township]]

-- Those a statement is given to ("sent to news agencies in Srinagar").
W.AUDIENCE = set [[reporters journalists agencies media outlets correspondents]]

-- Counts of times an event word is told with ("attacked several times").
W.TIMES_COUNT = set [[several many numerous multiple countless dozens]]

-- Nouns of a line between two places ("the Sukma-Bijapur border").
W.ROUTE_NOUN = set [[border borders road highway motorway route axis line railway boundary
  frontier corridor crossing sector]]

-- Verbs of people coming from a place ("tourists who had driven down from
-- Mombasa"), and the particles after them.
W.CAME_VERB = set [[come came travelled traveled driven drove arrived moved flown flew]]
W.PARTICLE = set [[out in up down over back across]]
-- Nouns of people told by where they come from ("a tourist from Cologne").
W.ORIGIN_NOUN = set [[tourist tourists visitor visitors pilgrim pilgrims traveller
  travellers traveler travelers holidaymaker holidaymakers native natives couple]]

-- Nouns of the story's attack or attacks ("No group has claimed the shooting").
W.STORY_EVENT_NOUN = set [[attack shooting bombing blast explosion stabbing assault
  massacre ambush killing killings attacks bombings shootings]]

-- The attack type a claim's object names ("claimed the shooting").
W.NOUN_TYPE = { shooting = "armed_assault", shootings = "armed_assault",
  bombing = "bombing", bombings = "bombing", blast = "bombing", blasts = "bombing",
  explosion = "bombing", explosions = "bombing", kidnapping = "kidnapping",
  abduction = "kidnapping" }

-- Nouns of a settlement in "from the village of X".
W.SETTLEMENT_NOUN = set [[village town city district region province hamlet suburb]]
-- Words of a person before "from X": where he lives or comes from, not a scene.
W.PERSON_FROM = set [[man woman youth teenager boy girl resident residents student
  worker labourer laborer farmer preacher cleric imam]]

-- Verbs of revising a figure ("revised the toll down to 16").
W.REVISE_VERB = set [[revised raised lowered corrected updated]]

-- Verbs of doing an event told again ("tried to repeat the attack").
W.REPEAT_VERB = set [[repeat repeated repeating copy copied imitate imitated emulate
  emulated replicate]]

-- A copula before a predicate noun ("was the first attack").
W.COPULA = set [[was is were are been became becomes marked marks]]

-- Ordinals that count events ("the second bombing in the city this year").
W.ORDINAL = set [[second third fourth fifth sixth seventh eighth ninth tenth]]

-- Units of an army at war.
W.ARMY_UNIT = set [[division divisions brigade brigades battalion battalions regiment
  regiments infantry armoured armored tanks warplanes warships gunboat gunboats navy naval
  corps]]

-- Verbs of a state's force doing violence ("a gunboat fired", "warplanes
-- killed", "naval forces attacked").
W.FORCE_VIOLENCE = set [[fired fire firing killed attacked bombed struck hit shelled
  launched strafed sank downed shot rocketed pounded mounted repelled repulsed surrounded
  opened]]

-- A state's forces and arms that no militant group has ("warplanes",
-- "a gunboat"; not "drones", "planes": groups fly them, or hijack them).
W.STATE_ARM = set [[warplanes warplane gunboat gunboats warship warships navy naval
  artillery troops soldiers army military forces gunships airforce paratroopers
  marines frigate frigates destroyer destroyers]]

-- Words of a call or an interview before "from" and the speaker's place.
W.CALL_FROM = set [[telephone phone telephoned phoned speaking calling satellite
  reached interviewed radioed]]

-- Roles in a team named after its city: "the father of the Liverpool
-- forward" tells nothing of where he was seized.
W.TEAM_ROLE = set [[forward striker midfielder defender goalkeeper keeper winger
  footballer footballers player players coach manager captain fans supporters]]

-- Attack types that name what armed men did with their victims.
W.SEIZURE_TYPE = set [[kidnapping]]

-- Posts whose seat "of" names ("the president of Ingushetia").
W.POST = set [[president governor mayor chief minister premier head leader speaker
  prefect commissioner]]

-- Offices a place owns ("Ingushetia's supreme court").
W.OFFICE = set [[court government parliament ministry cabinet assembly council
  legislature judiciary]]

-- Verbs of those who react to an event told ("praised the bombing").
W.REACT_VERB = set [[praised hailed welcomed celebrated applauded condemned denounced
  deplored lauded]]

-- Words after a country's name that make it a river, a valley or a water
-- ("the Niger river", "the Jordan Valley", "the Congo basin").
W.WATER_FEATURE = set [[river valley delta basin]]

-- Words that end a firm's name after a place ("Toyota Shoji Company").
W.FIRM_WORD = set [[Company Co Corp Corporation Inc Ltd Limited Bank Group Holdings
  Industries Airlines Airways Trading Securities Motors Electric Enterprises]]

-- Aircraft as the agent of an attack ("attacked by unidentified aircraft").
W.AIR_ARM = set [[aircraft warplanes warplane jets helicopters gunships]]

-- A state's troops as the agent after "by" ("by air force paratroopers").
W.STATE_TROOPS = set [[paratroopers troops soldiers marines commandos]]

-- Missiles: a state's arms where no group is named.
W.MISSILE = set [[missile missiles silkworm silkworms exocet exocets scud scuds]]

-- Words that open no object after a verb ("soldiers killed in the assault").
W.NOT_OBJECT = set [[in by when while during on at as after before since near from with
  and or but that who which to for were was had]]

-- Capitalised words that are not places after "in" or "near": time words,
-- titles, languages, faiths, institutions and the words of headlines.
W.NOT_PLACE = set [[january february march april may june july august september
  october november december monday tuesday wednesday thursday friday saturday sunday
  the a an this that these those his her their its our my your one two some all every
  ramadan eid christmas easter lent passover diwali god allah islam christianity judaism
  english arabic urdu pashto dari farsi persian french spanish hausa somali swahili
  russian turkish kurdish hindi bengali portuguese sunni shia shiite shiites sunnis
  muslim muslims christian christians jewish jews hindu hindus buddhist catholic coptic
  congress parliament senate court government police army ministry cabinet assembly
  council police twitter facebook telegram youtube instagram whatsapp tiktok reuters
  internet web state i we you he she they it western eastern northern southern central
  north south east west breaking update updated live photo video watch read related
  more latest opinion analysis news international national united islamic
  europe africa asia america americas oceania arctic antarctica world earth]]

-- Words after a name that leave it a place ("in Kuje on Sunday", "near
-- Tadaryat village"); any other lower-case word makes it a modifier ("in
-- Shiite areas", "at Kuje prison" names the prison).
W.PLACE_NEXT = set [[on in at near and or but when where after before as with during
  since while which that who was were is are had has have late early earlier overnight
  yesterday today last this killing killed leaving wounding injuring left from to for
  by until amid following village town city district province state region county
  hamlet settlement area locality township commune municipality]]

-- Capitalised words that end a name as an institution, not a settlement.
W.INSTITUTION = set [[university college school hospital mosque church temple
  hall hotel street road avenue square airport stadium market prison base camp
  bridge station centre center house palace office ministry company bank party
  front movement army brigade group council court agency museum club mall]]

-- Event words that an accident makes as well as a bomb.
W.BLAST_WORD = set [[explosion explosions exploded explode explodes exploding blast
  blasts]]

-- Works, machines and fuels that explode by accident.
W.WORKS = set [[boiler boilers mine mines colliery collieries miners refinery
  refineries factory factories plant plants methane gas leak reactor furnace warehouse
  elevator silo fireworks chemical chemicals fuel tanker vessel pipeline workers
  shuttle]]


M.ABBREV = ABBREV
M.ADVERB = ADVERB
M.AGAINST = AGAINST
M.AGGREGATE_PRE = AGGREGATE_PRE
M.AMBIGUOUS = AMBIGUOUS
M.ANAPHORA_SENTENCES = ANAPHORA_SENTENCES
M.ARREST = ARREST
M.BE_WORD = BE_WORD
M.CARRY_VERB = CARRY_VERB
M.CLAIM_WORD = CLAIM_WORD
M.COMPARATIVE = COMPARATIVE
M.COMPASS = COMPASS
M.CUE_CLAIM = CUE_CLAIM
M.CUE_REACH = CUE_REACH
M.CUE_STATUS = CUE_STATUS
M.DISASTER_FIND = DISASTER_FIND
M.DISTRICT = DISTRICT
M.FOIL_VERB = FOIL_VERB
M.FORCE_AGENT = FORCE_AGENT
M.GENERIC_ACTOR = GENERIC_ACTOR
M.GEO_WORD = GEO_WORD
M.GOV_VERB = GOV_VERB
M.GTD = GTD
M.GTD_RANK = GTD_RANK
M.KILL_THEM = KILL_THEM
M.LIGHT = LIGHT
M.LOCATIVE = LOCATIVE
M.MILITANT = MILITANT
M.MODAL = MODAL
M.MODIFIED = MODIFIED
M.NEGATORS = NEGATORS
M.NEW_EVENT = NEW_EVENT
M.NON_EVENT = NON_EVENT
M.NOT_INCIDENT = NOT_INCIDENT
M.OPENS_NEW = OPENS_NEW
M.OPERATION = OPERATION
M.PEOPLE = PEOPLE
M.PLOT_NOUN = PLOT_NOUN
M.PLOT_PRE = PLOT_PRE
M.PRONOUN = PRONOUN
M.RAID_NOUN = RAID_NOUN
M.REFERENCE_EVENT = REFERENCE_EVENT
M.REFERENCE_PREP = REFERENCE_PREP
M.REPEL = REPEL
M.REPORTING = REPORTING
M.SETTLEMENT = SETTLEMENT
M.STATE_FORCE = STATE_FORCE
M.STATE_NOUN = STATE_NOUN
M.STATE_VERB = STATE_VERB
M.STATE_WORD = STATE_WORD
M.STATUS_RANK = STATUS_RANK
M.THERE_VERB = THERE_VERB
M.THREAT_PRE = THREAT_PRE
M.TIME_SPAN = TIME_SPAN
M.TIME_UNIT_AFTER = TIME_UNIT_AFTER
M.TITLE = TITLE
M.VICTIM_LINK = VICTIM_LINK
M.W = W
M.set = set

return M
