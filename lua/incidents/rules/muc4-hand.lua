--- The MUC-4 pack's hand-written part: the groups of 1988-1990 and the role
-- vocabularies that `incidents.muc4` turns into REE answers.
--
-- It declares no parents: a MUC-4 pack extends the default pack, then a
-- lexicon learned from gold stories, then this file, so that the two
-- models (`muc4.lua`, learned from train, for every held-out figure;
-- `muc4-final.lua`, learned from train and dev, for the test run) share
-- every hand-written rule and differ only in what was learned. The cues:
--
-- - `muc4.perp`: nouns for the individuals who attack ("urban guerrillas");
-- - `muc4.org`: organisation names that are not groups of their own
--   ("death squads" as an organisation is in the lexicon);
-- - `muc4.target`: physical targets ("power pylons", "embassy");
-- - `muc4.weapon`: instruments ("car bomb", "dynamite");
-- - `muc4.trigger`: words that tell of an incident, beside the default
--   pack's attack triggers;
-- - `muc4.kill`: the verbs and nouns whose object is a victim;
-- - `muc4.title`: titles before a victim's name ("father", "mayor");
-- - `muc4.name_first`: first names that open a person's name;
-- - `muc4.name_opener`: person nouns that open a name all the same
--   (knob `name_opener`);
-- - `muc4.name_first_more`: more first names (knob `more_first`).
--
-- Everything here is written for lowercased text too: the matcher folds
-- case, so no name is case sensitive.
-- @module incidents.rules.muc4-hand

-- luacheck: globals group cue

-- Groups of the period beyond the default pack, and the spellings the news
-- wire used for the ones it has.
group { "Farabundo Marti National Liberation Front",
  aliases = { "Farabundo Marti National Liberation Front", "FMLN",
    "Farabundo Marti Front for National Liberation" } }
group { "Shining Path", aliases = { "Sendero Luminoso", "Sendero" } }
group { "National Liberation Army (Colombia)",
  aliases = { "Army of National Liberation", "National Liberation Army", "ELN" } }
group { "Manuel Rodriguez Patriotic Front",
  aliases = { "FPMR", "Manuel Rodriguez Patriotic Front",
    "Manuel Rodriguez Patriotic Front Autonomous" } }
group { "April 19 Movement", aliases = { "M-19", "April 19th Movement" } }
group { "Tupac Amaru Revolutionary Movement", aliases = { "MRTA", "Tupac Amaru" } }
group { "Medellin Cartel", aliases = { "Medellin drug cartel", "Extraditables",
  "The Extraditables" } }
group { "Popular Liberation Army", country = { "CO" }, aliases = { "EPL" } }
group { "Revolutionary Armed Forces of Colombia",
  aliases = { "FARC", "Revolutionary Armed Forces of Colombia" } }
group { "Cali Cartel", country = { "CO" }, aliases = { "Cali cartel", "Cali drug cartel" } }
group { "Morazanist Patriotic Front", aliases = { "FPM", "Morazanist Patriotic Front" } }
group { "Lautaro Youth Movement", country = { "CL" }, aliases = { "MJL", "Lautaro" } }
group { "Ricardo Franco Front", country = { "CO" } }
group { "Nestor Paz Zamora Commission", country = { "BO" } }
group { "Simon Bolivar Guerrilla Coordinating Board", country = { "CO" },
  aliases = { "Simon Bolivar Guerrilla Coordinator", "CGSB" } }
group { "Revolutionary Party of Central American Workers", country = { "SV" },
  aliases = { "PRTC" } }
group { "Anticommunist Action Alliance", country = { "SV" } }
group { "Maximiliano Hernandez Martinez Brigade", country = { "SV" } }
group { "Popular Revolutionary Vanguard", country = { "SV" } }

cue { "muc4.org", { "death squads", "drug mafia", "drug traffickers' mafia",
  "drug cartel", "mafia" } }

cue { "muc4.perp", {
  "urban guerrillas", "urban guerrilla", "urban commandos", "urban commandoes",
  "guerrillas", "guerrilla", "terrorists", "terrorist", "rebels", "insurgents",
  "subversives", "gunmen", "gunman", "hitmen", "hired assassins", "assassins",
  "heavily armed men", "armed men", "unidentified men", "unidentified individuals",
  "unidentified persons", "unknown persons", "unidentified gunmen", "kidnappers",
  "death squad", "death squads", "narcoterrorists", "drug traffickers",
  "guerrilla column", "terrorist commando", "urban guerrilla commandos",
  "paramilitary group", "hooded men", "men wearing military uniforms",
} }

-- Nouns after a perpetrator word that make it a modifier, not the people:
-- "guerrilla activity", "the rebel radio". ("A terrorist attack" is left
-- alone: the answer keys do name "terrorist" as the attacker from it.)
cue { "muc4.perp_modified", {
  "activity", "activities",
  "wave", "campaign", "violence", "offensive", "organization", "organizations",
  "movement", "movements", "leader", "leaders", "leadership", "sources", "spokesman",
  "spokesmen", "communique", "communiques", "radio", "station", "positions", "camp",
  "camps", "front", "fronts", "command", "commander", "commanders", "threat", "threats",
  "incursion", "incursions", "harassment", "ambush", "offensives", "war", "warfare",
  "operations", "operation", "zone", "zones", "stronghold", "strongholds", "method",
  "methods", "plan", "plans", "target", "targets", "infrastructure", "propaganda",
} }

cue { "muc4.weapon", {
  "bomb", "bombs", "car bomb", "car bombs", "car-bomb", "truck bomb", "dynamite",
  "dynamite charge", "dynamite charges", "dynamite sticks", "sticks of dynamite",
  "explosives", "explosive device", "explosive devices", "explosive charge",
  "grenade", "grenades", "hand grenade", "rifle", "rifles", "machinegun",
  "machineguns", "machine-gun", "submachinegun", "mortar", "mortars",
  "rocket", "rockets", "molotov cocktails", "incendiary bomb", "firearms",
  "m-16 rifles", "ak-47 rifles", "mine", "mines", "landmine", "tnt",
} }

cue { "muc4.target", {
  "embassy", "headquarters", "power tower", "power towers", "electric tower",
  "electricity pylons", "power pylons", "high-tension towers", "bridge",
  "bus", "buses", "vehicle", "vehicles", "residence", "house", "houses",
  "office", "offices", "building", "buildings", "bank", "substation",
  "power substation", "oil pipeline", "pipeline", "police station",
  "telephone exchange", "restaurant", "hotel", "school", "church", "airport",
} }

cue { "muc4.trigger", {
  "killed", "murdered", "assassinated", "kidnapped", "abducted", "massacred",
  "murder", "assassination", "kidnapping", "kidnappings", "massacre", "dynamited",
  "machinegunned", "set fire", "set on fire", "burned", "torched", "blew up",
  "bombed", "attacked", "attack", "attacks", "sabotage", "sabotaged", "shot",
  "shot dead", "ambushed", "ambush", "exploded", "explosion", "wounded",
} }

cue { "muc4.kill", {
  "killed", "murdered", "assassinated", "kidnapped", "abducted", "shot", "wounded",
  "injured", "murder of", "assassination of", "death of", "kidnapping of",
  "killing of", "abduction of", "attack on", "attempt on the life of",
} }

cue { "muc4.title", {
  "father", "priest", "jesuit priest", "archbishop", "bishop", "monsignor", "mayor",
  "judge", "attorney general", "minister", "senator", "deputy", "journalist",
  "colonel", "general", "captain", "lieutenant", "sergeant", "corporal", "major",
  "dr", "doctor", "mr", "mrs", "engineer", "professor", "candidate", "councilman",
  "leader", "presidential candidate", "businessman", "lawyer", "ambassador",
  "consul", "governor", "congressman", "commander", "president", "director",
} }

-- Person nouns that open a name the grammar's first names do not know
-- ("cattleman german sierra medina", "citizen billy murphy"), beside the
-- titles above; used when the knob `name_opener` is on.
cue { "muc4.name_opener", {
  "citizen", "citizens", "policeman", "policemen", "newsman", "reporter", "photographer",
  "cameraman", "cattleman", "landowner", "rancher", "farmer", "peasant", "peasants",
  "student", "students", "teacher", "activist", "unionist", "businessman", "industrialist",
  "banker", "merchant", "publisher", "magnate", "anthropologist", "missionary", "nun",
  "agent", "agents", "detective", "guard", "bodyguard", "driver", "soldier", "private",
  "councilmen", "councilwoman", "alderman", "inspector", "officer", "worker", "nurse",
  "physician", "economist", "analyst", "leader", "engineers", "foreigner", "brothers",
  "son", "daughter", "wife", "husband", "brother", "sister", "called",
} }

-- More first names of the region and of the foreigners the wire told of,
-- for names train never saw ("virgilio", "hipolito", "leslie"); used when
-- the knob `more_first` is on (at scoring; the scorer learns without).
-- Names that are also places or words ("santos", "magdalena", "domingo",
-- "marina", "christian") are left out.
cue { "muc4.name_first_more", {
  "abraham", "adalberto", "adan", "adela", "adelaida", "adelina", "adriano", "agapito",
  "agustina", "aida", "albino", "alcides", "aldo", "alejandrina", "alexis", "alfonsina",
  "alma", "alonzo", "amada", "amado", "amalia", "americo", "amilcar", "anabel",
  "anastasio", "andrew", "angelica", "angelina", "anselmo", "antonia", "antonieta",
  "apolonio", "araceli", "aristides", "armida", "arsenio", "atilio", "baltazar", "barbara",
  "bartolome", "basilio", "bautista", "benedicto", "benigno", "benito", "bertha",
  "bienvenido", "bonifacio", "brenda", "brian", "bruno", "carina", "carla", "casimiro",
  "catherine", "cayetano", "celestino", "celso", "cesareo", "charles",
  "christopher", "cipriano", "ciro", "claudio", "clemencia", "clotilde", "constantino",
  "cornelio", "crisanto", "cristian", "damian", "daniela", "dario", "david", "delfina",
  "delia", "demetrio", "dennis", "diego", "dionisio", "donald", "doris", "dorotea",
  "edilberto", "edmundo", "eduviges", "efigenia", "eladio", "elias", "eligio", "elisa",
  "eloisa", "eloy", "elvira", "emilia", "emma", "epifanio", "erasmo", "erica", "ernestina",
  "esteban", "estela", "esther", "eufemia", "eugenia", "eusebio", "evaristo", "ezequiel",
  "fabiola", "facundo", "faustino", "fausto", "felicia", "felix", "fermin", "fidel",
  "filiberto", "flavio", "florentino", "francisca", "franklin", "gabriela", "genaro",
  "george", "gerard", "gertrudis", "gilda", "gladys", "gregorio", "griselda",
  "guadalberto", "gumersindo", "heriberto", "herminia", "hernando", "hilario", "hipolito",
  "homero", "horacio", "ignacia", "ildefonso", "ines", "irene", "isaac", "isaias",
  "isidro", "ismael", "ivan", "jacinto", "jacobo", "james", "jeronimo", "jesus", "joan",
  "joel", "john", "johnny", "jonas", "joseph", "josue", "juvenal", "ladislao", "laura",
  "lazaro", "leandro", "leonel", "leonidas", "leslie", "leticia", "lidia", "lino",
  "lisandro", "lorena", "lucas", "luciano", "lucio", "luisa", "macario", "manuela",
  "marcelino", "marcial", "marcos", "margot", "mariano", "maribel", "marisol", "martina",
  "mateo", "matias", "maximiliano", "melchor", "michael", "milagros", "miriam", "modesto",
  "moises", "nadine", "napoleon", "narciso", "natalia", "nicanor", "nicolas", "noemi",
  "olivia", "osvaldo", "otilia", "pascual", "patricio", "paulina", "petrona", "porfirio",
  "prudencio", "rafaela", "ramona", "raquel", "raymond", "reinaldo", "remigio", "reynaldo",
  "ricardo", "richard", "rigoberto", "robert", "rocio", "rodolfo", "rogelio", "romualdo",
  "ronald", "ronnie", "rosalia", "rosendo", "rufino", "ruth", "sabino", "salomon",
  "samuel", "sandra", "sebastian", "serafin", "sergio", "severino", "silvestre", "silvio",
  "simon", "sonia", "susana", "tadeo", "teodoro", "teofilo", "teresa", "thomas",
  "tiburcio", "timoteo", "tomas", "tomasa", "ubaldo", "ulises", "urbano", "valentin",
  "valeria", "vicente", "victor", "virgilio", "walter", "wilfredo", "william", "xavier",
  "yolanda", "zacarias", "zoila",
} }

-- First names of the region, beside the ones train's victims had: a name
-- the grammar meets must open with one. Names that are also places
-- ("salvador", "santiago", "rosario") are left out.
cue { "muc4.name_first", {
  "adolfo", "adriana", "agustin", "alejandra", "alejandro", "alicia", "alonso", "amparo",
  "ana", "andrea", "angela", "anibal", "arnoldo", "augusto", "aurelio", "beatriz",
  "benjamin", "bernardo", "blanca", "camilo", "carmen", "catalina", "cecilia", "cesar",
  "claudia", "consuelo", "cristina", "dagoberto", "daniel", "diana", "dina",
  "edgar", "edith", "eduardo", "elena", "elizabeth", "elsa", "emilio", "enrique",
  "ernesto", "ernestina", "esperanza", "esteban", "eugenio", "fabio", "federico", "felipe",
  "fernando", "francisco", "gabriel", "gerardo", "gilberto", "gloria", "gonzalo",
  "graciela", "guillermo", "gustavo", "hernan", "hilda", "hugo", "humberto",
  "ignacio", "ines", "irma", "isabel", "jaime", "javier", "joaquin", "jorge", "jose",
  "josefina", "juan", "juana", "julia", "julio", "leonor", "leticia", "lidia", "lorenzo",
  "lucia", "luis", "manuel", "marcela", "marco", "margarita", "maria", "mariana",
  "mario", "marta", "martha", "miguel", "nelson", "nestor", "nora", "octavio",
  "olga", "orlando", "oscar", "pablo", "patricia", "pedro", "rafael", "ramiro", "ramon",
  "raul", "ricardo", "roberto", "rodrigo", "rosa", "ruben",
  "sergio", "silvia", "sonia", "teresa", "tomas", "vicente", "victor", "virginia", "wilson",
  "yolanda",
} }

-- What the default pack holds for today's news that the MUC-4 scorer does
-- not look for. The learned scorer counts incident words and candidate
-- phrases, so each word or group added there would change what a retrain
-- learns from (issue 6: dev 50.88 -> 48.27). Groups the packs date after
-- the period are left out by their years; these are not dated.
-- "la linea" is a corregimiento of Huila in the wire, not the Juarez
-- cartel's armed wing; the wire's lowercased text cannot tell them apart.
cue { "muc4.not_group", { "La Linea", "Barisan Revolusi Nasional" } }
group { "Gulf Clan", years = { 2006, nil } }
group { "Jalisco New Generation Cartel", years = { 2009, nil } }

-- Attack words the default pack took on for today's news. The wire uses
-- some of them too ("set off a bomb"), so they are not wrong here: they are
-- left out because the shipped scorer was learned without them, and a word
-- the scorer counts is a feature change, to be judged by a retrain against
-- a control retrained in the same tree (docs/bench-muc4.md).
cue { "muc4.not_trigger", { "set off", "firing on", "firing at", "gunfight", "gunfights",
  "overran", "overrun", "overrunning", "hit by explosives", "struck by explosives",
  "explosives dropped", "dropped explosives", "blown up", "carried off", "was carried off",
  "were carried off", "threw explosives", "hurled explosives", "threw grenades",
  "hurled grenades", "lobbed grenades", "threw a bomb", "hurled a bomb", "threw bombs",
  "hurled bombs", "threw an explosive device", "threw explosive devices", "ploughed through",
  "plowed through", "drove through a crowd" } }
