--- The default rule pack: jihadist and insurgent groups, GTD attack types,
-- weapons and targets, and the cue words of news about attacks and plots.
--
-- Runs in the rule-pack sandbox (see `incidents.rules`). Countries and
-- places come from `places.lua` (GeoNames, CC BY 4.0). Canonical group
-- names follow the table in shared/eval/README.md. Triggers list the word
-- forms news uses (attack, attacked, attacks, attackers ...): the matcher
-- works on whole words and does no stemming.
-- @module incidents.rules.default

-- luacheck: globals extends group place country attack weapon target cue pattern example
-- luacheck: no max line length

extends "places"

------------------------------------------------------------------------------
-- Groups
------------------------------------------------------------------------------

-- The Islamic State and its provinces.
group { "Islamic State", years = { 2013, nil },
  aliases = { { "IS", case_sensitive = true }, "ISIS", "ISIL", "Daesh", "Da'esh", "Daish",
    "Islamic State group", "so-called Islamic State", "the so-called Islamic State",
    "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria",
    "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant",
    "Islamic State of Iraq and al-Sham", "Islamic State of Iraq", "IS group", "ISIS group",
    "ISIL group", "Amaq", "Amaq News Agency", "Amaq news agency", "al-Naba" } }

group { "Islamic State Khorasan Province", parent = "Islamic State", years = { 2015, nil },
  country = { "AF", "PK" },
  aliases = { "ISIS-K", "ISKP", "IS-K", "IS-KP", "ISIS-KP", "ISIL-K", "ISIL-KP", "ISK",
    "ISIS-Khorasan", "ISIS Khorasan", "IS Khorasan", "IS-Khorasan", "ISIL-Khorasan",
    "Islamic State-Khorasan", "Islamic State Khorasan", "Islamic State in Khorasan",
    "Islamic State of Khorasan", "Islamic State Khorasan Province",
    "Islamic State-Khorasan Province", "Islamic State - Khorasan Province",
    "Islamic State's Khorasan Province", "Islamic State's Khorasan branch",
    "Islamic State in Khorasan Province", "Islamic State Khorasan Provence",
    "Khorasan Province", "Wilayat Khorasan", "Daesh-Khorasan", "Daesh Khorasan",
    "Islamic State group's affiliate in Afghanistan", "Islamic State's affiliate in Afghanistan",
    "Islamic State affiliate in Afghanistan", "IS affiliate in Afghanistan",
    "Islamic State group's Afghan affiliate", "Islamic State's Afghan affiliate",
    "Afghanistan's branch of the Islamic State", "Afghan branch of the Islamic State",
    "Islamic State's Afghanistan branch", "Islamic State group's Afghanistan branch" } }

group { "Islamic State Pakistan Province", parent = "Islamic State", years = { 2019, nil },
  aliases = { "ISPP", "IS Pakistan", "Islamic State Pakistan", "Wilayat Pakistan" } }

group { "Islamic State West Africa Province", parent = "Islamic State", years = { 2015, nil },
  country = { "NG", "NE", "TD", "CM" },
  aliases = { "ISWAP", "ISWA", "IS West Africa", "Islamic State West Africa",
    "Islamic State in West Africa", "Islamic State West African Province",
    "Islamic State's West African branch", "Islamic State's West Africa branch",
    "Islamic State's West Africa Province", "Islamic State group's West Africa Province",
    "Islamic State West Africa Province", "Wilayat Gharb Ifriqiyah" } }

group { "Islamic State in the Greater Sahara", parent = "Islamic State", years = { 2015, nil },
  country = { "ML", "NE", "BF" },
  aliases = { "ISGS", "IS Greater Sahara", "Islamic State Greater Sahara",
    "Islamic State in Greater Sahara", "Islamic State Sahel Province", "Islamic State Sahel",
    "IS Sahel", "IS Sahel Province", "ISSP", "Islamic State in the Sahel" } }

group { "Islamic State Central Africa Province", parent = "Islamic State", years = { 2018, nil },
  country = { "CD", "UG" },
  aliases = { "ISCAP", "IS Central Africa", "Islamic State Central Africa",
    "Islamic State's Central Africa Province", "Islamic State Central Africa Province" } }

group { "Islamic State Mozambique Province", parent = "Islamic State", years = { 2019, nil },
  country = { "MZ" },
  aliases = { "IS Mozambique", "ISM", "IS-Mozambique", "Islamic State Mozambique",
    "Islamic State in Mozambique", "Islamic State's Mozambique Province",
    "Ansar al-Sunna", "Ahlu Sunnah Wal Jamaa", "Ahlu Sunnah wa-Jama", "ASWJ" } }

group { "Islamic State Sinai Province", parent = "Islamic State", years = { 2014, nil },
  country = { "EG" },
  aliases = { "Sinai Province", "Wilayat Sinai", "IS Sinai", "ISIS Sinai", "ISIS-Sinai",
    "Islamic State Sinai", "Islamic State in Sinai", "Islamic State's Sinai Province",
    "Islamic State's Sinai branch", "Islamic State's Sinai affiliate", "Sinai Province of IS",
    "Sinai Province of the Islamic State" } }

-- (the Sinai group under its own name, before it pledged to the Islamic State
-- in November 2014: its attacks of 2013 are its own, not the province's)
group { "Ansar Beit al-Maqdis", years = { 2011, 2014 }, country = { "EG" },
  aliases = { "Ansar Bayt al-Maqdis", "Ansar Bait al-Maqdis", "Ansar Beit al-Makdis" } }

group { "Islamic State Somalia Province", parent = "Islamic State", years = { 2015, nil },
  country = { "SO" },
  aliases = { "IS Somalia", "ISS", "ISIS-Somalia", "ISIS Somalia", "Islamic State Somalia",
    "Islamic State in Somalia", "Islamic State's Somalia Province" } }

group { "Islamic State East Asia Province", parent = "Islamic State", years = { 2016, nil },
  country = { "PH", "ID" },
  aliases = { "ISEAP", "IS East Asia", "Islamic State East Asia", "Islamic State in East Asia" } }

group { "Islamic State Libya Province", parent = "Islamic State", years = { 2014, nil },
  country = { "LY" },
  aliases = { "IS Libya", "ISIS Libya", "Islamic State in Libya", "Islamic State Libya" } }

group { "Islamic State Yemen Province", parent = "Islamic State", years = { 2014, nil },
  country = { "YE" },
  aliases = { "IS Yemen", "ISIS Yemen", "Islamic State in Yemen", "Islamic State Yemen" } }

group { "Islamic State Hind Province", parent = "Islamic State", years = { 2019, nil },
  country = { "IN" },
  aliases = { "ISHP", "IS Hind", "Islamic State Hind", "Islamic State's Hind Province",
    "Wilayat al-Hind" } }

group { "Maute group", parent = "Islamic State East Asia Province", country = { "PH" },
  aliases = { "Maute", "Maute Group", "Dawlah Islamiyah" } }

group { "Abu Sayyaf", country = { "PH" },
  aliases = { "Abu Sayyaf Group", "Abu Sayyaf group", "ASG" } }

group { "Bangsamoro Islamic Freedom Fighters", country = { "PH" },
  aliases = { "BIFF", "Bangsamoro Islamic Freedom Movement" } }

group { "New People's Army", country = { "PH" },
  aliases = { "New Peoples Army", "communist New People's Army" } }

group { "Jamaah Ansharut Daulah", parent = "Islamic State", country = { "ID" },
  aliases = { "JAD", "Jemaah Ansharut Daulah", "Jamaah Ansharut Tauhid" } }

-- Afghanistan and Pakistan.
group { "Taliban", country = { "AF" },
  aliases = { "Afghan Taliban", "the Taliban", "Taleban", "Talibans", "Islamic Emirate",
    "Islamic Emirate of Afghanistan", "Taliban movement", "Taliban government" } }

group { "Haqqani network", parent = "Taliban", country = { "AF", "PK" },
  aliases = { "Haqqani Network", "Haqqanis", "Haqqani group" } }

group { "Tehrik-i-Taliban Pakistan", years = { 2007, nil }, country = { "PK" },
  aliases = { "TTP", "Tehreek-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan",
    "Tehrik-e-Taliban Pakistan", "Tehrik-i-Taliban", "Tehreek-e-Taliban", "Tehrik-e-Taliban",
    "Tehrik e Taliban Pakistan", "Pakistani Taliban", "Pakistan Taliban",
    "Pakistani Taliban movement" } }

group { "Jamaat-ul-Ahrar", parent = "Tehrik-i-Taliban Pakistan", country = { "PK" },
  aliases = { "Jamaat ul Ahrar", "Jamaat-ul-Ahrar", "JuA", "Jamat-ul-Ahrar" } }

group { "Tehreek-e-Jihad Pakistan", country = { "PK" },
  aliases = { "TJP", "Tehrik-e-Jihad Pakistan", "Tehreek-e-Jihad" } }

group { "Hafiz Gul Bahadur group", country = { "PK" },
  aliases = { "Hafiz Gul Bahadur", "Gul Bahadur group" } }

group { "Lashkar-e-Jhangvi", country = { "PK" },
  aliases = { "LeJ", "Lashkar-e-Jhangvi al-Alami", "Lashkar-i-Jhangvi", "Lashkar e Jhangvi" } }

group { "Lashkar-e-Taiba", country = { "PK", "IN" },
  aliases = { "LeT", "Lashkar-e-Tayyiba", "Lashkar-e-Toiba", "Lashkar-e-Tayyaba",
    "Lashkar-i-Taiba", "Lashkar e Taiba", "Lashkar-e-Taiba (LeT)", "Lashkar-e-Tayyeba",
    "Lashkar-i-Tayyiba", "Lashkar Taiba", "Jamaat-ud-Dawa", "Jamaat-ud-Dawah", "JuD" } }

group { "The Resistance Front", parent = "Lashkar-e-Taiba", country = { "IN" },
  aliases = { "TRF", "Resistance Front" } }

group { "Jaish-e-Mohammed", country = { "PK", "IN" },
  aliases = { "JeM", "Jaish-e-Muhammad", "Jaish-e-Mohammad", "Jaish-i-Mohammed",
    "Jaish e Mohammed", "Jaish-e-Mohammed", "Jaish-e-Mohammad", "Jaish-e-Mohammed (JeM)",
    "Jaish-i-Muhammad", "Jaish Mohammed", "Jaish-e-Muhammed", "Army of Mohammed" } }

group { "Indian Mujahideen", country = { "IN" }, aliases = { "Indian Mujahedeen" } }

group { "Hizbul Mujahideen", country = { "IN" },
  aliases = { "Hizbul Mujahedeen", "Hizb-ul-Mujahideen", "HM" } }

group { "Baloch Liberation Army", country = { "PK" },
  aliases = { "BLA", "Balochistan Liberation Army", "Baluch Liberation Army",
    "Baloch Liberation Army-Jeeyand", "Majeed Brigade", "BLA's Majeed Brigade" } }

group { "Baloch Liberation Front", country = { "PK" },
  aliases = { "BLF", "Balochistan Liberation Front" } }

group { "Jaish al-Adl", country = { "IR", "PK" },
  aliases = { "Jaish ul-Adl", "Jaish-ul-Adl", "Jaish al-Adel", "Jaish-al-Adl", "Jaysh al-Adl",
    "Army of Justice" } }

group { "Jundallah", country = { "IR", "PK" },
  aliases = { "Jundullah", "Jund Allah", "People's Resistance Movement of Iran" } }

group { "Islamic Movement of Uzbekistan", country = { "UZ", "AF", "PK" },
  aliases = { "IMU" } }

group { "Turkistan Islamic Party", country = { "CN", "SY", "AF" },
  aliases = { "TIP", "East Turkestan Islamic Movement", "East Turkistan Islamic Movement",
    "ETIM" } }

group { "Jamaat Ansarullah", country = { "TJ", "AF" },
  aliases = { "Jamaat Ansarullah", "Ansarullah of Tajikistan" } }

-- Al-Qaeda and its branches.
group { "al-Qaeda", years = { 1988, nil },
  aliases = { "al-Qaida", "al Qaeda", "al Qaida", "Al-Qaeda", "Al Qaeda", "al-Qa'ida",
    "al-Qa'idah", "Qaeda", "Qaida", "al-Qaeda central", "core al-Qaeda" } }

group { "al-Qaeda in the Arabian Peninsula", parent = "al-Qaeda", country = { "YE", "SA" },
  aliases = { "AQAP", "al-Qaida in the Arabian Peninsula", "Al Qaeda in the Arabian Peninsula",
    "al-Qaeda's Yemen branch", "al-Qaeda in Yemen" } }

group { "al-Qaeda in the Islamic Maghreb", parent = "al-Qaeda", country = { "DZ", "ML" },
  aliases = { "AQIM", "al-Qaida in the Islamic Maghreb", "Al Qaeda in the Islamic Maghreb" } }

-- JNIM under the spelling most English news and the UN list use.
group { "Jama'at Nusrat al-Islam wal-Muslimin", parent = "al-Qaeda",
  country = { "ML", "BF", "NE", "BJ", "TG" },
  aliases = { "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin", "Jama'at Nasr al-Islam wal Muslimin",
    "Jamaat Nasr al-Islam wal Muslimin", "Jama'at Nusrat al-Islam wa al-Muslimin",
    "Jamaat Nusrat al-Islam wal Muslimin", "Nusrat al-Islam", "Group for the Support of Islam and Muslims",
    "Support Group for Islam and Muslims", "GSIM" } }

group { "al-Qaeda in the Indian Subcontinent", parent = "al-Qaeda",
  country = { "IN", "PK", "BD", "AF" },
  aliases = { "AQIS", "al-Qaida in the Indian Subcontinent", "Al Qaeda in the Indian Subcontinent" } }

group { "al-Qaeda in Iraq", parent = "al-Qaeda", years = { 2004, 2006 }, country = { "IQ" },
  aliases = { "AQI", "al-Qaida in Iraq", "Al Qaeda in Iraq" } }

-- (al-Zarqawi's group before it pledged to al-Qaeda in October 2004)
group { "Jama'at al-Tawhid wal-Jihad", years = { 1999, 2004 }, country = { "IQ", "JO" },
  aliases = { "Tawhid and Jihad", "Tawhid wal-Jihad", "Jamaat al-Tawhid wal-Jihad",
    "Jama'at al-Tawhid wa-al-Jihad", "Monotheism and Jihad" } }

group { "al-Shabaab", parent = "al-Qaeda", years = { 2006, nil }, country = { "SO", "KE" },
  aliases = { "al-Shabab", "Al Shabab", "Al Shabaab", "al Shabaab", "Al-Shabaab", "Shabab",
    "Shabaab", "al-Shabaab militants", "Harakat al-Shabaab al-Mujahideen" } }

group { "Ansar Dine", parent = "al-Qaeda", country = { "ML" }, aliases = { "Ansar Eddine" } }

group { "Katiba Macina", parent = "Jama'at Nusrat al-Islam wal-Muslimin", country = { "ML" },
  aliases = { "Macina Liberation Front", "Macina Liberation Front (FLM)" } }

group { "Hurras al-Din", parent = "al-Qaeda", country = { "SY" },
  aliases = { "Hurras al-Deen", "Guardians of Religion" } }

group { "al-Nusra Front", parent = "al-Qaeda", years = { 2012, 2017 }, country = { "SY" },
  aliases = { "Nusra Front", "al-Nusra", "Jabhat al-Nusra", "Jabhat Fateh al-Sham" } }

group { "Hayat Tahrir al-Sham", years = { 2017, nil }, country = { "SY" },
  aliases = { "HTS", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham", "Tahrir al-Sham" } }

group { "Jemaah Islamiyah", country = { "ID" },
  aliases = { "Jemaah Islamiah", "Jemaah Islamiya", { "JI", case_sensitive = true } } }

group { "Jamaat-ul-Mujahideen Bangladesh", country = { "BD" },
  aliases = { "JMB", "Neo-JMB", "Jamaat-ul-Mujahideen", "Jama'atul Mujahideen Bangladesh" } }

group { "National Thowheeth Jama'ath", country = { "LK" },
  aliases = { "NTJ", "National Thowheed Jamath", "National Tawheed Jamaat",
    "National Thowheed Jama'ath" } }

-- Africa.
group { "Boko Haram", years = { 2002, nil }, country = { "NG", "NE", "TD", "CM" },
  aliases = { "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Jamaatu Ahlis Sunna Liddaawati Wal-Jihad",
    "JAS", "Shekau faction", "Boko Haram's Shekau faction", "Boko Haram militants" } }

group { "Ansaru", country = { "NG" }, aliases = { "Jama'atu Ansarul Muslimina fi Biladis Sudan" } }

group { "Allied Democratic Forces", country = { "CD", "UG" },
  aliases = { "ADF", "ADF-NALU", "ADF rebels", "ADF militia", "ADF militants",
    "Allied Democratic Forces rebels" } }

-- (two groups of northern Mali and the Sahara that merged into al-Mourabitoun
-- in August 2013)
group { "Movement for Oneness and Jihad in West Africa", years = { 2011, 2013 },
  country = { "ML", "NE", "DZ" },
  aliases = { "MUJAO", "MOJWA", "Movement for Unity and Jihad in West Africa",
    "Movement for Monotheism and Jihad in West Africa" } }

group { "Signed-in-Blood Battalion", years = { 2012, 2013 }, country = { "DZ", "ML", "NE" },
  aliases = { "Signed in Blood Battalion", "Those Who Sign with Blood",
    "al-Muwaqqi'un bil-Dima", "Al-Muwaqqi'un Bil-Dima" } }

group { "al-Mourabitoun", parent = "al-Qaeda", country = { "ML", "DZ", "NE", "BF" },
  aliases = { "Al-Mourabitoun", "Al Mourabitoun", "al-Murabitun", "al-Murabitoun", "Mourabitoun",
    "Al-Mourabitoun Battalion", "Those Who Sign in Blood" } }

group { "Ansar al-Sharia", country = { "LY", "TN", "YE" },
  aliases = { "Ansar al-Shariah", "Ansar al Sharia" } }

-- The Levant, Iraq and Yemen.
group { "Hamas", country = { "PS" },
  aliases = { "HAMAS", "Islamic Resistance Movement", "Izz ad-Din al-Qassam Brigades",
    "Izz al-Din al-Qassam Brigades", "Ezzedine al-Qassam Brigades", "al-Qassam Brigades",
    "Qassam Brigades", "Hamas militants", "Hamas's military wing" } }

group { "Palestinian Islamic Jihad", country = { "PS" },
  aliases = { "PIJ", "Islamic Jihad", "Islamic Jihad movement", "al-Quds Brigades",
    "Al-Quds Brigades", "Saraya al-Quds" } }

group { "Hezbollah", country = { "LB" },
  aliases = { "Hizbollah", "Hizballah", "Hizbullah", "Hezbullah", "Hizb Allah" } }

group { "Houthis", country = { "YE" },
  aliases = { "Houthi", "Houthi rebels", "Houthi movement", "Ansar Allah", "Ansarallah",
    "Huthis", "Huthi", "Huthi rebels" } }

group { "Kataib Hezbollah", country = { "IQ", "SY" },
  aliases = { "Kata'ib Hizballah", "Kataib Hizbollah", "Kata'ib Hezbollah", "Kataib Hizbullah",
    "Kataeb Hezbollah", "Hezbollah Brigades", "Islamic Resistance in Iraq" } }

group { "Asa'ib Ahl al-Haq", country = { "IQ" },
  aliases = { "Asaib Ahl al-Haq", "Asa'ib Ahl al Haq", "League of the Righteous" } }

group { "Kurdistan Workers' Party", country = { "TR", "IQ" },
  aliases = { "PKK", "Kurdistan Workers Party", "Partiya Karkeren Kurdistane" } }

group { "Kurdistan Freedom Falcons", parent = "Kurdistan Workers' Party", country = { "TR" },
  aliases = { "TAK", "Kurdistan Freedom Hawks" } }

group { "Caucasus Emirate", country = { "RU" },
  aliases = { "Imarat Kavkaz", "Caucasus Emirate militants" } }

group { "Ansar al-Islam", country = { "IQ" } }

-- (Burkina Faso's group of 2016 is another than Iraq's of 2001, though the
-- names sound alike)
group { "Ansarul Islam", country = { "BF" }, aliases = { "Ansaroul Islam", "Ansar ul Islam" } }

group { "Islamic Jihad Union", country = { "UZ", "AF" }, aliases = { "IJU" } }

-- (the name under which Lebanese Shiite militants claimed attacks of the
-- 1980s, no part of the Palestinian group)
group { "Islamic Jihad Organization", country = { "LB", "KW", "FR" },
  aliases = { "Islamic Jihad Organisation" } }

group { "Jund al-Aqsa", country = { "SY" }, aliases = { "Jund al Aqsa" } }

group { "Harakat al-Nujaba", country = { "IQ" }, aliases = { "Nujaba", "al-Nujaba" } }

group { "Al-Aqsa Martyrs' Brigades", country = { "PS" },
  aliases = { "al-Aqsa Martyrs Brigades", "Al Aqsa Martyrs Brigade", "Aqsa Martyrs Brigades" } }

group { "Popular Front for the Liberation of Palestine", country = { "PS" },
  aliases = { "PFLP" } }

group { "Lions' Den", country = { "PS" }, aliases = { "Lions Den", "Areen al-Usood" } }

group { "Sipah-e-Sahaba Pakistan", country = { "PK" },
  aliases = { "SSP", "Sipah-e-Sahaba", "Ahle Sunnat Wal Jamaat" } }

group { "Lashkar-e-Islam", country = { "PK" }, aliases = { "Lashkar-i-Islam" } }

-- Europe and elsewhere.
group { "ETA", country = { "ES", "FR" }, case_sensitive = true,   -- "eta" is a Greek letter
  aliases = { "Euskadi Ta Askatasuna" } }

-- The IRA of the Troubles and the splinter of 2012 are two groups: news of
-- 1987 writes "the Irish Republican Army", news of 2019 "the New IRA".
group { "Provisional IRA", country = { "GB", "IE" }, years = { 1969, 2005 },
  aliases = { { "IRA", case_sensitive = true }, "Irish Republican Army", "Provisional IRA",
    "Provisional Irish Republican Army", "Provos" } }

group { "Real IRA", country = { "GB", "IE" }, years = { 1997, nil },
  aliases = { "Real Irish Republican Army", "RIRA" } }

group { "New IRA", country = { "GB", "IE" }, years = { 2012, nil },
  aliases = { "the New IRA" } }

group { "Aum Shinrikyo", country = { "JP" }, aliases = { "Aum Shinri Kyo" } }

group { "Atomwaffen Division", country = { "US" }, aliases = { "Atomwaffen" } }

group { "Nordic Resistance Movement", country = { "SE", "FI", "NO" },
  aliases = { "Nordiska motstandsrorelsen" } }

-- Southern Thailand's Malay-Muslim insurgency: the army names this group
-- after most attacks, and the group never claims them.
group { "Barisan Revolusi Nasional", country = { "TH" },
  aliases = { "BRN", "BRN-C", "Barisan Revolusi Nasional-Coordinate" } }

-- South Asia's other insurgencies.
group { "Arakan Rohingya Salvation Army", country = { "MM" }, years = { 2013, nil },
  aliases = { "ARSA", "Harakah al-Yaqin", "Harakah al-Yakin", "Harakat al-Yaqin" } }

group { "National Socialist Council of Nagaland (Khaplang)", country = { "IN", "MM" },
  aliases = { "NSCN-K", "NSCN(K)", "NSCN (K)", "NSCN-Khaplang", "NSCN Khaplang",
    "Khaplang faction" } }

-- (Indian news calls the party's men "the Maoists" or "Maoist cadres" as
-- often as by its name; in Nepal, Peru or the Philippines those words name
-- other movements, hence home_aliases)
group { "Communist Party of India (Maoist)", country = { "IN" },
  aliases = { "CPI (Maoist)", "CPI-Maoist", "Naxalites", "Naxals" },
  home_aliases = { "Maoist rebels", "Maoists", "Maoist cadres", "Maoist guerrillas",
    "Maoist insurgents" } }

group { "Liberation Tigers of Tamil Eelam", years = { 1976, 2009 }, country = { "LK" },
  aliases = { "LTTE", "Tamil Tigers" } }

-- The Niger Delta's militants.
group { "Niger Delta Avengers", country = { "NG" }, years = { 2016, nil },
  aliases = { "the Niger Delta Avengers", { "Avengers", case_sensitive = true } } }

-- Latin America (the MUC-4 corpus).
group { "Farabundo Marti National Liberation Front", country = { "SV" },
  aliases = { "FMLN", "Farabundo Marti Liberation Front", "Farabundo Marti Front" } }

group { "Shining Path", country = { "PE" },
  aliases = { "Sendero Luminoso", "Communist Party of Peru" } }

group { "Tupac Amaru Revolutionary Movement", country = { "PE" },
  aliases = { "MRTA", "Tupac Amaru" } }

group { "National Liberation Army (Colombia)", country = { "CO" },
  aliases = { "ELN", "Ejercito de Liberacion Nacional" } }

group { "Revolutionary Armed Forces of Colombia", country = { "CO" },
  aliases = { "FARC", "Fuerzas Armadas Revolucionarias de Colombia" } }

group { "April 19 Movement", country = { "CO" }, aliases = { "M-19", "M19" } }

-- The factions that refused the 2016 peace deal are not the FARC that signed
-- it: "a dissident faction of the former FARC" names them, not the FARC.
group { "FARC dissidents", country = { "CO" }, years = { 2016, nil },
  aliases = { "FARC dissident", "FARC dissident faction", "FARC dissident factions",
    "dissident faction of the FARC", "dissident faction of the former FARC",
    "dissident factions of the FARC", "dissident factions of the former FARC",
    "FARC dissident group", "former FARC dissidents", "Estado Mayor Central",
    "Central General Staff", "EMC", "Segunda Marquetalia" } }

group { "Gulf Clan", country = { "CO" },
  aliases = { "Clan del Golfo", "Gaitanista Self-Defence Forces of Colombia",
    "Gaitanista Self-Defense Forces of Colombia", "Gaitanist Army of Colombia",
    "Autodefensas Gaitanistas de Colombia", "Urabenos", "Los Urabenos", "Urabeños",
    "Los Urabeños", "Usuga Clan", "Clan Usuga" } }

group { "Militarized Communist Party of Peru", parent = "Shining Path", country = { "PE" },
  aliases = { "Militarizado Partido Comunista del Peru", "MPCP",
    "Militarized Communist Party" } }

-- Mexico's cartels and their armed wings.
group { "Jalisco New Generation Cartel", country = { "MX" },
  aliases = { "CJNG", "Cartel Jalisco Nueva Generacion", "Cartel Jalisco Nueva Generación",
    "Jalisco cartel", "Jalisco Cartel" } }

group { "Sinaloa Cartel", country = { "MX" },
  aliases = { "Sinaloa cartel", "Cartel de Sinaloa" } }

group { "Juarez Cartel", country = { "MX" },
  aliases = { "Juárez Cartel", "Juarez cartel", "Juárez cartel", "Cartel de Juarez" } }

group { "La Linea", parent = "Juarez Cartel", country = { "MX" },
  aliases = { "La Línea" } }

group { "Guatemalan National Revolutionary Unity", country = { "GT" },
  aliases = { "URNG" } }

group { "Manuel Rodriguez Patriotic Front", country = { "CL" },
  aliases = { "FPMR", "Manuel Rodriguez Patriotic Front" } }

group { "Medellin Cartel", country = { "CO" },
  aliases = { "Medellin cartel", "Medellín cartel", "The Extraditables", "Extraditables" } }

group { "Zarate Willka Armed Forces of Liberation", country = { "BO" },
  aliases = { "Zarate Willka", "FAL Zarate Willka" } }

group { "Morazanist Patriotic Front", country = { "HN" }, aliases = { "FPM" } }

group { "Cinchoneros Popular Liberation Movement", country = { "HN" },
  aliases = { "Cinchoneros", "MPL-Cinchoneros" } }

------------------------------------------------------------------------------
-- Attack types (GTD), with the weapon each trigger implies
------------------------------------------------------------------------------

attack { "bombing", weapon = "explosives",
  triggers = { "bomb", "bombs", "bombing", "bombings", "bombed", "bomber", "bombers",
    "explosion", "explosions", "exploded", "explode", "explodes", "exploding",
    "blast", "blasts", "twin blasts", "detonated", "detonate", "detonates", "detonation",
    "detonations", "detonating", "IED", "IEDs", "improvised explosive device",
    "improvised explosive devices", "car bomb", "car bombs", "car bombing", "car-bomb",
    "truck bomb", "truck bombing", "roadside bomb", "roadside bombs", "roadside bombing",
    "vehicle-borne improvised explosive device", "VBIED", "VBIEDs", "sticky bomb",
    "magnetic bomb", "pipe bomb", "parcel bomb", "landmine", "landmines", "land mine",
    "booby-trapped", "booby trap", "explosive-laden", "explosives-laden",
    "grenade attack", "grenade attacks", "hand grenade", "hand grenades", "grenade",
    "grenades", "grenade blast", "grenade explosion", "threw a grenade", "hurled a grenade",
    "lobbed a grenade", "rocket attack", "rocket attacks", "rocket", "rockets", "rocket fire",
    "fired rockets", "fired a rocket", "rocket-propelled grenade", "rocket-propelled grenades",
    "mortar", "mortars", "mortar attack", "mortar attacks", "mortar fire", "mortar shell",
    "mortar shells", "mortar rounds", "motorcycle bomb", "bicycle bomb", "vehicle bomb",
    "lorry bomb", "bomb-laden", "explosives-packed", "explosive-packed", "booby-trapped car",
    "bomb attack", "bomb attacks", "bomb blast", "bomb explosion", "bombing attack",
    "twin bombings", "double bombing", "drone attack", "drone attacks", "armed drone",
    "armed drones", "explosive-laden drone", "explosive-laden drones", "kamikaze drone",
    "kamikaze drones", "bomb-laden drone", "explosive device",
    "explosive devices", "dynamite", "blew up", "blown up", "set off", "hit by explosives",
    "struck by explosives", "explosives dropped", "dropped explosives",
    -- a bomb thrown by hand: "threw explosives from the windows"
    "threw explosives", "hurled explosives", "threw grenades", "hurled grenades",
    "lobbed grenades", "threw a bomb", "hurled a bomb", "threw bombs", "hurled bombs",
    "threw an explosive device", "threw explosive devices" },
  suicide_triggers = { "suicide bomber", "suicide bombers", "suicide bombing",
    "suicide bombings", "suicide attack", "suicide attacks", "suicide attacker",
    "suicide attackers", "suicide blast", "suicide blasts", "suicide car bomb",
    "suicide car bomber", "suicide truck bomb", "suicide vest", "suicide vests",
    "suicide belt", "explosive vest", "explosives vest", "suicide operation",
    "suicide operations", "martyrdom operation", "blew himself up", "blew herself up",
    "blew themselves up", "detonated his explosives", "detonated his explosive vest",
    "detonated their explosives", "self-detonated", "complex suicide operation",
    "suicide bomb", "suicide bombs", "detonated her explosives", "detonated her explosive vest",
    "triggered his explosives", "triggered her explosives", "triggered their explosives",
    -- (the bomb on the body told without "suicide": "she triggered the
    -- explosives strapped to her body")
    "explosives strapped to his body", "explosives strapped to her body",
    "explosives strapped to their bodies", "explosives strapped to his chest",
    "explosives strapped to her chest", "triggered the explosives strapped to his body",
    "triggered the explosives strapped to her body",
    "detonated the explosives strapped to his body",
    "detonated the explosives strapped to her body" } }

attack { "armed_assault", weapon = "firearms",
  triggers = { "gunmen", "gunman", "armed men", "gunfire", "shooting", "shootings",
    "shot dead", "shot and killed", "gunned down", "opened fire", "open fire", "opening fire",
    "stormed", "storming", "storm", "shootout", "shoot-out", "firefight", "gun attack",
    "gun attacks", "armed attack", "armed attacks", "armed assault", "mass shooting",
    "shot", "sprayed bullets", "ambush", "ambushed", "ambushes", "ambushing",
    "massacre", "massacred", "massacres", "raided", "gun battle", "gunbattle",
    "attacked with guns", "fired on", "fired at", "fired indiscriminately", "firing on",
    "firing at",
    "shot and wounded", "shooting attack", "shooting spree", "gun rampage", "armed raid",
    "opened fire on", "sprayed gunfire", "drive-by shooting", "active shooter", "gunfight",
    "gunfights",
    "mass shooter", "shooter", "overran", "overrun", "overrunning" } }

attack { "armed_assault", weapon = "melee",
  triggers = { "stabbing", "stabbings", "stabbed", "stab", "knife attack", "knife attacks",
    "knifeman", "knife-wielding", "knife rampage", "stabbing spree", "stabbing attack",
    "machete attack", "machete-wielding", "hacked to death", "beheaded", "beheading",
    "slashed", "axe attack", "axe-wielding" } }

attack { "armed_assault", weapon = "incendiary",
  triggers = { "set on fire and", "burned alive" } }

attack { "assassination",
  triggers = { "assassinated", "assassination", "assassinations", "assassinate",
    "assassin", "assassins", "assassination attempt", "targeted killing",
    "targeted killings", "murdered the governor", "killed the governor" } }

attack { "hijacking",
  triggers = { "hijacked", "hijacking", "hijackings", "hijacker", "hijackers", "hijack",
    "skyjacked", "commandeered" } }

attack { "hostage_taking",
  triggers = { "hostage", "hostages", "took hostage", "taken hostage", "held hostage",
    "holding hostage", "hostage-taking", "hostage taking", "hostage crisis",
    "hostage situation", "hostage-takers", "hostage takers", "siege", "besieged",
    "barricaded", "held captive" } }

attack { "kidnapping",
  triggers = { "kidnapped", "kidnapping", "kidnappings", "kidnap", "kidnaps", "kidnapper",
    "kidnappers", "abducted", "abduction", "abductions", "abduct", "abducting",
    "seized and took away", "mass abduction", "mass kidnapping", "taken captive",
    "abductors", "carried off", "were carried off", "was carried off" } }

attack { "facility_attack", weapon = "incendiary",
  triggers = { "arson", "arson attack", "arson attacks", "arsonists", "set fire",
    "set fire to", "setting fire to", "set ablaze", "set alight", "torched", "torching",
    "burned down", "burnt down", "set on fire", "firebombed", "firebombing",
    "petrol bomb", "petrol bombs", "Molotov cocktail", "Molotov cocktails" } }

attack { "facility_attack", weapon = "sabotage",
  triggers = { "sabotage", "sabotaged", "sabotaging", "blew up a pipeline",
    "damaged power lines", "destroyed a bridge", "dynamited" } }

attack { "unarmed_assault", weapon = "vehicle",
  triggers = { "rammed", "ramming", "ramming attack", "car ramming", "car-ramming",
    "vehicle ramming", "vehicle-ramming", "truck ramming", "truck-ramming", "truck attack",
    "vehicle attack", "drove into", "plowed into", "ploughed into", "mowed down", "ran over",
    "ploughed through", "plowed through", "drove through a crowd",
    "drove a truck into", "drove a car into", "drove a van into", "drove a vehicle into",
    "drove his car into", "drove his truck into", "drove his van into",
    "drove a lorry into" } }

attack { "unarmed_assault", weapon = "chemical",
  triggers = { "chemical attack", "gas attack", "poison gas", "sarin attack",
    "poisoned", "poisoning" } }

------------------------------------------------------------------------------
-- Weapons (GTD weapon types)
------------------------------------------------------------------------------

weapon { "firearms",
  triggers = { "gun", "guns", "gunmen", "gunman", "gunfire", "rifle", "rifles",
    "assault rifle", "assault rifles", "automatic rifles", "automatic weapons", "Kalashnikov",
    "Kalashnikovs", "AK-47", "AK-47s", "pistol", "pistols", "handgun", "handguns",
    "machine gun", "machine guns", "submachine gun", "bullets", "shots", "sniper",
    "shotgun", "firearm", "firearms", "armed with guns", "shooting" } }

weapon { "explosives",
  triggers = { "explosives", "explosive", "bomb", "bombs", "IED", "IEDs", "grenade",
    "grenades", "rocket", "rockets", "rocket-propelled grenade", "rocket-propelled grenades",
    "RPG", "RPGs", "mortar", "mortars", "missile", "missiles", "dynamite", "TNT",
    "landmine", "landmines", "suicide vest", "explosive belt", "explosive vest", "car bomb",
    "detonator", "drone", "drones", "explosives-laden", "explosive-laden" } }

weapon { "incendiary",
  triggers = { "Molotov cocktail", "Molotov cocktails", "petrol bomb", "petrol bombs",
    "firebomb", "firebombs", "incendiary device", "incendiary devices", "gasoline",
    "petrol", "flammable liquid", "set ablaze", "arson" } }

weapon { "melee",
  triggers = { "knife", "knives", "machete", "machetes", "axe", "axes", "sword", "swords",
    "hatchet", "cleaver", "blade", "stabbed", "stabbing" } }

weapon { "vehicle",
  triggers = { "truck", "lorry", "van", "rammed", "ramming", "car ramming", "vehicle ramming" } }

weapon { "chemical",
  triggers = { "sarin", "chlorine gas", "poison gas", "nerve agent", "toxic gas",
    "mustard gas", "chemical weapons", "chemical weapon", "cyanide", "acid attack" } }

weapon { "biological",
  triggers = { "anthrax", "ricin", "biological agent", "biological weapon" } }

weapon { "radiological",
  triggers = { "dirty bomb", "radioactive material", "radiological device" } }

weapon { "nuclear", triggers = { "nuclear device", "nuclear bomb", "nuclear weapon" } }

weapon { "fake",
  triggers = { "fake bomb", "fake explosives", "hoax device", "fake suicide vest",
    "imitation firearm", "replica gun" } }

weapon { "sabotage", triggers = { "sabotage", "sabotaged", "sabotaging" } }

------------------------------------------------------------------------------
-- Target types (GTD), keyed by the phrase that names the target
------------------------------------------------------------------------------

target { "religious",
  triggers = { "mosque", "mosques", "church", "churches", "shrine", "shrines", "temple",
    "temples", "synagogue", "synagogues", "cathedral", "chapel", "basilica", "madrasa",
    "madrasas", "madrassa", "madrassas", "seminary", "worshippers", "worshipers",
    "congregation", "congregants", "pilgrims", "pilgrimage", "imam", "priest", "priests",
    "cleric", "clerics", "memorial ceremony", "memorial service", "commemoration",
    "funeral", "funeral procession", "mourners", "Friday prayers", "prayers",
    "religious procession", "Shiite mosque", "Shia mosque", "Sufi shrine", "gurdwara",
    "Easter service", "Easter Sunday services", "Christmas Mass", "Mass",
    "religious gathering", "tomb", "mausoleum", "Ashura procession" } }

target { "business",
  triggers = { "concert hall", "concert halls", "concert venue", "music venue", "venue",
    "mall", "shopping mall", "shopping centre", "shopping center", "market", "markets",
    "marketplace", "bazaar", "hotel", "hotels", "restaurant", "restaurants", "cafe",
    "cafes", "café", "nightclub", "nightclubs", "night club", "bank", "banks", "shop",
    "shops", "supermarket", "theatre", "theater", "cinema", "office building",
    "offices", "factory", "gas station", "petrol station", "kosher supermarket",
    "Christmas market", "business", "businesses", "casino", "bakery" } }

target { "police",
  triggers = { "police station", "police stations", "police post", "police posts",
    "police checkpoint", "police headquarters", "police officers", "police officer",
    "policemen", "policeman", "police van", "police convoy", "police vehicle",
    "police patrol", "police academy", "police training centre", "police training center",
    "gendarmes", "gendarmerie", "security checkpoint", "counter-terrorism department",
    "Frontier Corps", "Levies", "police" } }

target { "military",
  triggers = { "soldiers", "soldier", "troops", "army base", "military base",
    "military bases", "military convoy", "army convoy", "army post", "army camp",
    "military camp", "military post", "military checkpoint", "checkpoint", "checkpoints",
    "barracks", "garrison", "service members", "servicemen", "Marines", "army",
    "military personnel", "military academy", "air base", "naval base", "outpost",
    "military outpost", "paramilitary", "militia members", "peacekeepers" } }

target { "government",
  triggers = { "government building", "government buildings", "ministry", "parliament",
    "government officials", "government official", "governor", "governor's office",
    "district headquarters", "district governor", "mayor", "town hall", "city hall",
    "courthouse", "court", "judge", "judges", "prosecutor", "polling station",
    "polling stations", "election rally", "election office", "election commission",
    "lawmaker", "lawmakers", "legislator", "senator", "minister", "deputy minister",
    "prime minister", "president", "presidential palace", "government compound",
    "tax office", "passport office", "prison", "jail", "politician", "politicians",
    "political rally", "campaign rally" } }

target { "diplomatic",
  triggers = { "embassy", "embassies", "consulate", "consulates", "diplomat", "diplomats",
    "ambassador", "diplomatic mission", "UN compound", "United Nations compound",
    "UN headquarters", "UN peacekeeping" } }

target { "educational",
  triggers = { "school", "schools", "university", "universities", "college", "colleges",
    "students", "student", "schoolchildren", "pupils", "teachers", "teacher", "classroom",
    "campus", "girls' school", "boarding school", "education centre", "education center",
    "tuition centre", "academy" } }

target { "journalists",
  triggers = { "journalist", "journalists", "reporter", "reporters", "newspaper office",
    "TV station", "television station", "radio station", "media office", "newsroom",
    "cameraman", "photographer" } }

target { "transportation",
  triggers = { "bus", "buses", "bus station", "bus stop", "bus terminal", "minibus",
    "train", "trains", "train station", "railway station", "passenger train", "metro",
    "metro station", "subway", "subway station", "underground station", "tram",
    "passengers", "commuters", "ferry", "highway", "motorway", "bridge", "taxi",
    "rail line", "railway" } }

target { "airports",
  triggers = { "airport", "airports", "airport terminal", "airline", "airliner", "aircraft",
    "plane", "passenger jet", "flight", "departure hall", "arrivals hall" } }

target { "tourists",
  triggers = { "tourists", "tourist", "tourist bus", "holidaymakers", "beach resort",
    "resort", "tourist site", "sightseers", "foreign tourists" } }

target { "utilities",
  triggers = { "power plant", "power station", "power lines", "power line",
    "electricity pylon", "pylons", "pipeline", "gas pipeline", "oil pipeline", "dam",
    "water treatment plant", "electricity grid", "substation", "oil facility",
    "oil refinery", "refinery", "gas field" } }

target { "telecommunication",
  triggers = { "telecom tower", "telecommunications tower", "mobile phone tower",
    "cell tower", "phone mast", "telephone exchange", "transmission tower" } }

target { "food_water",
  triggers = { "water supply", "food supply", "water well", "reservoir", "food aid convoy" } }

target { "maritime",
  triggers = { "ship", "ships", "tanker", "oil tanker", "vessel", "vessels", "cargo ship",
    "merchant ship", "merchant vessel", "commercial shipping", "container ship",
    "fishing boat", "warship", "port" } }

target { "ngo",
  triggers = { "aid workers", "aid worker", "NGO", "NGOs", "charity", "humanitarian workers",
    "humanitarian convoy", "Red Cross", "polio workers", "polio vaccinators",
    "vaccination team", "health workers", "demining team", "relief workers" } }

target { "private_citizens",
  triggers = { "civilians", "civilian", "villagers", "village", "villages", "residents",
    "wedding", "wedding party", "wedding hall", "crowd", "crowds", "festival", "concert",
    "concertgoers", "concert-goers", "spectators", "shoppers", "refugees", "refugee camp",
    "camp for displaced people", "displacement camp", "IDP camp", "neighbourhood",
    "neighborhood", "residential area", "pedestrians", "parade", "gathering", "rally",
    "family", "families", "farmers", "herders", "fishermen", "women and children",
    "children", "hospital", "hospitals", "stadium", "sports event", "beach", "park",
    "Pride parade", "celebration", "celebrations", "New Year's celebration" } }

target { "terrorists",
  triggers = { "rival militants", "militant hideout", "Taliban fighters" } }

------------------------------------------------------------------------------
-- Cue words (the grammars decide what a cue means in its sentence)
------------------------------------------------------------------------------

-- An incident is talked about.
cue { "trigger", { "attack", "attacks", "attacked", "attacking", "attacker", "attackers",
  "assault", "assaults", "assaulted", "assailant", "assailants", "terror attack",
  "terror attacks", "terrorist attack", "terrorist attacks", "terrorist act",
  "act of terrorism", "act of terror", "terrorism", "lethal assault", "lethal assaults",
  "deadly attack", "deadly attacks", "raid", "rampage", "carnage", "atrocity",
  "atrocities", "onslaught", "strike", "operation", "incident", "violence", "militants",
  "insurgents", "jihadists", "extremists", "terrorists", "fighters", "rebels",
  "guerrillas", "killed", "killing", "killings", "kill", "kills", "incursion",
  "incursions" } }

-- Someone said they did it (claim) or nobody has (claim_negated).
cue { "claim", { "claimed responsibility", "claimed credit", "claimed the attack",
  "claimed the bombing", "claimed the attacks", "claiming responsibility",
  "claims responsibility", "claim responsibility", "claim of responsibility",
  "claimed it", "took responsibility", "taken responsibility", "accepted responsibility",
  "admitted responsibility", "admitted it", "claimed", "claims", "claim",
  "responsibility" } }

cue { "claim_negated", { "no group claimed", "no group has claimed",
  "no group immediately claimed", "no one claimed", "no one has claimed",
  "nobody claimed", "nobody has claimed", "no claim of responsibility",
  "no immediate claim", "not been claimed", "has yet to claim", "have yet to claim",
  "yet to be claimed", "no one has yet claimed", "no group has yet claimed",
  "without directly claiming", "unclaimed", "no group has said it", "no group said it",
  "no one has said it", "no one said it", "nobody has said it", "nobody said it" } }

-- Someone is blamed or suspected, without a claim.
cue { "suspect", { "suspected", "suspect", "suspects", "blamed", "blamed on", "blames",
  "attributed to", "believed to be behind", "accused", "accuses", "is suspected",
  "were suspected", "suspected of", "held responsible", "pointed the finger",
  "bore the hallmarks", "hallmarks of", "suspicion fell on", "suspicion has fallen on",
  "the work of", "authorities blamed", "officials blamed", "police blamed",
  "linked to", "affiliated with", "affiliated to", "loyal to", "is believed to be behind",
  "are believed to be behind", "pointed the finger at", "belonged to", "belong to",
  "were members of", "was a member of", "were part of" } }

cue { "herald", { "heralded", "praised", "celebrated the attack", "hailed the attack" } }

-- Plots stopped before they happened.
cue { "plot", { "plot", "plots", "plotting", "plotted", "foiled", "foil", "thwarted",
  "thwart", "disrupted", "averted", "prevented", "intercepted", "conspiracy",
  "conspiring", "planned attack", "planning an attack", "planning attacks",
  "planning to attack", "preparing an attack", "preparing attacks", "arrested",
  "arrests", "arrest", "detained", "detention", "charged with", "terror cell",
  "sleeper cell", "in custody", "apprehended", "uncovered", "dismantled", "broke up",
  "broken up", "busted", "plotted to", "planning a bomb attack", "planning a terror attack",
  "planning a terrorist attack" } }

-- Threats and hypotheticals: no incident.
cue { "threat", { "threatened", "threatening", "threatens", "threat", "threats",
  "warned", "warns", "warning", "vowed", "vows", "called for attacks", "calls for attacks",
  "urged attacks", "could", "might", "may", "would", "if", "plans to", "intends to",
  "threat level", "threat levels", "heightened alert", "high alert" } }

-- A statement is denied or retracted.
cue { "negation", { "no", "not", "never", "denied", "denies", "deny", "did not",
  "was not", "were not", "there was no", "false reports", "rumours", "rumors",
  "hoax", "no evidence" } }

-- Actions of states, not incidents of this kind.
cue { "state_action", { "airstrike", "airstrikes", "air strike", "air strikes",
  "drone strike", "drone strikes", "military operation", "military operations",
  "counter-terrorism operation", "counterterrorism operation", "security operation",
  "clearance operation", "military offensive", "offensive", "raids", "executed",
  "execution", "executions", "shelled", "shelling", "retaliatory strikes",
  "bombarded", "bombardment", "special forces", "security forces killed",
  "troops killed", "forces killed", "sentenced", "hanged", "convicted",
  "retaliatory attack", "retaliatory attacks", "aerial attack", "aerial attacks",
  "air attack", "air attacks", "naval attack", "naval attacks", "warplanes",
  "both sides have reported", "both sides reported", "both sides claimed",
  "both sides have claimed", "southern front", "northern front", "eastern front",
  "war front" } }

-- Words of the casualty grammar, for quick filtering.
cue { "kill", { "killed", "killing", "kills", "dead", "deaths", "death", "died", "dies", "die",
  "death toll", "toll", "lives", "claimed the lives", "fatalities", "slain", "perished",
  "lost their lives", "lost their life", "lost his life", "lost her life", "bodies", "martyred",
  "martyrs" } }

cue { "wound", { "wounded", "wounding", "injured", "injuring", "injuries", "injury",
  "hurt", "casualties", "hospitalized", "hospitalised" } }

-- Descriptive perpetrators, when no group is named.
cue { "actor", { "gunmen", "militants", "insurgents", "jihadists", "extremists",
  "terrorists", "assailants", "attackers", "suicide bomber", "rebels", "guerrillas",
  "bandits", "separatists", "Islamists", "Islamist militants", "Chechen militants",
  "Baloch separatists", "Islamic extremists", "armed men", "urban guerrillas",
  "terrorist group", "terror group" } }

------------------------------------------------------------------------------
-- Extra patterns
------------------------------------------------------------------------------

-- "the deadliest attack", "one of the deadliest": the casualty grammar's hint
-- that a toll follows or precedes.
pattern { "deadliest", [[ ({ "one of the " }?) "deadliest" ]] }

-- A bare figure followed by a casualty word: "84 dead", "12 killed".
pattern { "toll", [[ {[0-9]+} " "+ ("people" " "+)? ("were" " "+)? {"killed" / "dead"} ]] }

------------------------------------------------------------------------------
-- Examples (our own sentences): `incidents rules test default` runs them
------------------------------------------------------------------------------

example { name = "bombing with a claim",
  text = "Two bombs exploded near a memorial ceremony in Kerman, Iran, on Wednesday, "
    .. "killing at least 84 people. The Islamic State claimed responsibility the next day.",
  published = "2024-01-04",
  expect = { { place = "Kerman", country = "IR", killed_lo = 84, attack_type = "bombing",
    perpetrator = "Islamic State", claimed = true } } }

example { name = "gunmen storm a venue",
  text = "Gunmen stormed a concert hall in Krasnogorsk, near Moscow, on March 22, 2024, "
    .. "killing more than 130 people.",
  published = "2024-03-23",
  expect = { { place = "Krasnogorsk", country = "RU", killed_lo = 131,
    attack_type = "armed_assault" } } }

example { name = "suicide bombing by an alias",
  text = "A suicide bomber blew himself up at a political rally in Khar, Pakistan, on "
    .. "July 30, 2023, killing 54 people. ISKP later said it carried out the bombing.",
  published = "2023-08-01",
  expect = { { place = "Khar", country = "PK", killed_lo = 54, suicide = true,
    perpetrator = "Islamic State Khorasan Province" } } }

example { name = "foiled plot",
  text = "Police in Vienna said on Sunday they had foiled a plot to attack a Pride "
    .. "parade and arrested three men.",
  published = "2023-06-18",
  expect = { { place = "Vienna", country = "AT", status = "plot_foiled" } } }

example { name = "MUC-style car bomb",
  text = "Urban guerrillas detonated a car bomb outside a bank in San Salvador on "
    .. "Tuesday, wounding seven people.",
  published = "1989-11-14",
  expect = { { place = "San Salvador", country = "SV", attack_type = "bombing",
    wounded_lo = 7 } } }

example { name = "no incident",
  text = "The finance minister said on Monday that the budget would be presented to "
    .. "parliament next week.",
  published = "2024-02-05",
  expect = {} }
