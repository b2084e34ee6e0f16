--- Generates `lua/incidents/rules/places.lua` from the GeoNames gazetteer.
--
-- Usage (from the checkout):
--
--     lua5.4 tools/build-places.lua [GEONAMES_TSV [OUT [WORDS]]]
--
-- defaults: `../shared/data/bench/gazetteers/geonames_cities15000_2018.tsv`,
-- `lua/incidents/rules/places.lua` and Debian's `wamerican` and `wbritish`
-- word lists in `/usr/share/dict` (names that are lowercase English words
-- become case sensitive; without a list they stay case-blind, with a
-- warning). The output is a rule pack of
-- `country` and `place` declarations: every country (ISO alpha-2 code, name,
-- aliases, demonyms, capital and its coordinates), the cities of the
-- countries where the groups of the default pack act (all GeoNames cities
-- of 15,000 people or more, or of 100,000 or more in the largest
-- countries), capitals and large cities of Europe and the Americas with past
-- attacks, and hand-written provinces, regions, towns and sites that
-- GeoNames' city list lacks. City data: GeoNames (geonames.org), CC BY 4.0.
--
-- Names that are common English words are dropped unless the city has a
-- million people (then the pack makes them case sensitive); names in the
-- English word list are written case sensitive. Aliases are the ASCII name
-- (shared by every place it spells), spellings made by rule (ezafe, ayn,
-- Arabic -ah, "City" dropped) and the GeoNames alternate names that read
-- as English (ASCII letters, up to three words), at most four a city, never
-- another city's or a country's name nor an English word. Well-known
-- airports and hotels are sites that stand for their city.
-- @script build-places

-- luacheck: no max line length

package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
local rules = require "incidents.rules"

local SRC = arg[1] or "../shared/data/bench/gazetteers/geonames_cities15000_2018.tsv"
local OUT = arg[2] or "lua/incidents/rules/places.lua"
-- English word lists (Debian's wamerican, wbritish): a place name that is also a
-- lowercase English word ("Metro", "Swat", "Erode") must be written with a
-- capital letter to count, so "a metro train" is no town in Indonesia and
-- all-caps copy ("SWAT TEAM") does not name it either.
local WORDS = arg[3] and { arg[3] }
  or { "/usr/share/dict/american-english", "/usr/share/dict/british-english" }

-- code|name|aliases;...|demonyms;...
local COUNTRIES = [[
AD|Andorra||
AE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati
AF|Afghanistan||Afghan;Afghans
AG|Antigua and Barbuda||
AI|Anguilla||
AL|Albania||Albanian
AM|Armenia||Armenian
AO|Angola||Angolan
AQ|Antarctica||
AR|Argentina||Argentine;Argentinian
AS|American Samoa||
AT|Austria||Austrian
AU|Australia||Australian;Australians
AW|Aruba||
AX|Aland Islands|Åland Islands|
AZ|Azerbaijan||Azerbaijani;Azeri
BA|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian
BB|Barbados||
BD|Bangladesh||Bangladeshi;Bangladeshis
BE|Belgium||Belgian;Belgians
BF|Burkina Faso|Burkina|Burkinabe;Burkinabè
BG|Bulgaria||Bulgarian
BH|Bahrain||Bahraini
BI|Burundi||Burundian
BJ|Benin||Beninese
BL|Saint Barthelemy|Saint Barthélemy|
BM|Bermuda||
BN|Brunei|Brunei Darussalam|
BO|Bolivia||Bolivian;Bolivians
BQ|Bonaire, Sint Eustatius and Saba|Caribbean Netherlands|
BR|Brazil||Brazilian
BS|Bahamas|The Bahamas|
BT|Bhutan||
BV|Bouvet Island||
BW|Botswana||
BY|Belarus||Belarusian
BZ|Belize||
CA|Canada||Canadian;Canadians
CC|Cocos (Keeling) Islands|Cocos Islands|
CD|Democratic Republic of the Congo|DR Congo;DRC;D.R.C.;Congo-Kinshasa;Democratic Republic of Congo;DR of Congo|Congolese
CF|Central African Republic|CAR|Central African
CG|Republic of the Congo|Congo-Brazzaville;Congo Republic;Congo|
CH|Switzerland||Swiss
CI|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian
CK|Cook Islands||
CL|Chile||Chilean;Chileans
CM|Cameroon||Cameroonian
CN|China|People's Republic of China|Chinese
CO|Colombia||Colombian;Colombians
CR|Costa Rica||Costa Rican
CU|Cuba||Cuban
CV|Cabo Verde|Cape Verde|
CW|Curacao|Curaçao|
CX|Christmas Island||
CY|Cyprus||Cypriot
CZ|Czechia|Czech Republic|Czech
DE|Germany||German;Germans
DJ|Djibouti||
DK|Denmark||Danish
DM|Dominica||
DO|Dominican Republic||Dominican
DZ|Algeria||Algerian;Algerians
EC|Ecuador||Ecuadorian;Ecuadoran
EE|Estonia||Estonian
EG|Egypt||Egyptian;Egyptians
EH|Western Sahara||Sahrawi
ER|Eritrea||Eritrean
ES|Spain||Spanish
ET|Ethiopia||Ethiopian;Ethiopians
FI|Finland||Finnish
FJ|Fiji||
FK|Falkland Islands|Falklands|
FM|Micronesia||
FO|Faroe Islands||
FR|France||French
GA|Gabon||Gabonese
GB|United Kingdom|UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland|British;Briton;Britons
GD|Grenada||
GE|Georgia||Georgian
GF|French Guiana||
GG|Guernsey||
GH|Ghana||Ghanaian
GI|Gibraltar||
GL|Greenland||
GM|Gambia|The Gambia|Gambian
GN|Guinea||Guinean
GP|Guadeloupe||
GQ|Equatorial Guinea||
GR|Greece||Greek
GS|South Georgia and the South Sandwich Islands||
GT|Guatemala||Guatemalan;Guatemalans
GU|Guam||
GW|Guinea-Bissau||
GY|Guyana||
HK|Hong Kong||
HM|Heard Island and McDonald Islands||
HN|Honduras||Honduran;Hondurans
HR|Croatia||Croatian
HT|Haiti||Haitian
HU|Hungary||Hungarian
ID|Indonesia||Indonesian;Indonesians
IE|Ireland|Republic of Ireland|Irish
IL|Israel||Israeli;Israelis
IM|Isle of Man||
IN|India||Indian;Indians
IO|British Indian Ocean Territory||
IQ|Iraq||Iraqi;Iraqis
IR|Iran|Islamic Republic of Iran;Persia|Iranian;Iranians
IS|Iceland||Icelandic
IT|Italy||Italian;Italians
JE|Jersey||
JM|Jamaica||Jamaican
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians
JP|Japan||Japanese
KE|Kenya||Kenyan;Kenyans
KG|Kyrgyzstan|Kirghizia;Kyrgyz Republic|Kyrgyz
KH|Cambodia||Cambodian
KI|Kiribati||
KM|Comoros||
KN|Saint Kitts and Nevis||
KP|North Korea|Democratic People's Republic of Korea;DPRK|North Korean
KR|South Korea|Republic of Korea|South Korean
KW|Kuwait||Kuwaiti
KY|Cayman Islands||
KZ|Kazakhstan||Kazakh;Kazakhstani
LA|Laos|Lao PDR|Lao;Laotian
LB|Lebanon||Lebanese
LC|Saint Lucia||
LI|Liechtenstein||
LK|Sri Lanka|Ceylon|Sri Lankan;Sri Lankans
LR|Liberia||Liberian
LS|Lesotho||
LT|Lithuania||Lithuanian
LU|Luxembourg||
LV|Latvia||Latvian
LY|Libya||Libyan;Libyans
MA|Morocco||Moroccan;Moroccans
MC|Monaco||
MD|Moldova||Moldovan
ME|Montenegro||
MF|Saint Martin||
MG|Madagascar||Malagasy
MH|Marshall Islands||
MK|North Macedonia|Macedonia|Macedonian
ML|Mali||Malian;Malians
MM|Myanmar|Burma|Burmese
MN|Mongolia||Mongolian
MO|Macao|Macau|
MP|Northern Mariana Islands||
MQ|Martinique||
MR|Mauritania||Mauritanian
MS|Montserrat||
MT|Malta||Maltese
MU|Mauritius||
MV|Maldives||Maldivian
MW|Malawi||Malawian
MX|Mexico||Mexican
MY|Malaysia||Malaysian
MZ|Mozambique||Mozambican;Mozambicans
NA|Namibia||Namibian
NC|New Caledonia||
NE|Niger|Republic of Niger|Nigerien;Nigeriens
NF|Norfolk Island||
NG|Nigeria||Nigerian;Nigerians
NI|Nicaragua||Nicaraguan;Nicaraguans
NL|Netherlands|Holland;The Netherlands|Dutch
NO|Norway||Norwegian
NP|Nepal||Nepali;Nepalese
NR|Nauru||
NU|Niue||
NZ|New Zealand||
OM|Oman||Omani
PA|Panama||Panamanian
PE|Peru||Peruvian;Peruvians
PF|French Polynesia||
PG|Papua New Guinea||
PH|Philippines|The Philippines|Filipino;Filipinos;Philippine
PK|Pakistan||Pakistani;Pakistanis
PL|Poland||Polish
PM|Saint Pierre and Miquelon||
PN|Pitcairn||
PR|Puerto Rico||Puerto Rican
PS|Palestine|Palestinian Territories;Palestinian territories;State of Palestine;Occupied Palestinian Territories|Palestinian;Palestinians
PT|Portugal||Portuguese
PW|Palau||
PY|Paraguay||Paraguayan
QA|Qatar||Qatari
RE|Reunion|Réunion|
RO|Romania||Romanian
RS|Serbia||Serbian
RU|Russia|Russian Federation|Russian;Russians
RW|Rwanda||Rwandan
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis
SB|Solomon Islands||
SC|Seychelles||
SD|Sudan||Sudanese
SE|Sweden||Swedish
SG|Singapore||Singaporean
SH|Saint Helena||
SI|Slovenia||Slovenian
SJ|Svalbard and Jan Mayen||
SK|Slovakia||Slovak
SL|Sierra Leone||
SM|San Marino||
SN|Senegal||Senegalese
SO|Somalia||Somali;Somalis
SR|Suriname|Surinam|Surinamese
SS|South Sudan||South Sudanese
ST|Sao Tome and Principe|São Tomé and Príncipe|
SV|El Salvador|Salvador|Salvadoran;Salvadorans;Salvadorean
SX|Sint Maarten||
SY|Syria|Syrian Arab Republic|Syrian;Syrians
SZ|Eswatini|Swaziland|
TC|Turks and Caicos Islands||
TD|Chad||Chadian
TF|French Southern Territories||
TG|Togo||Togolese
TH|Thailand||Thai
TJ|Tajikistan||Tajik;Tajiks
TK|Tokelau||
TL|Timor-Leste|East Timor|
TM|Turkmenistan||Turkmen
TN|Tunisia||Tunisian;Tunisians
TO|Tonga||
TR|Turkey|Türkiye;Turkiye|Turkish
TT|Trinidad and Tobago||
TV|Tuvalu||
TW|Taiwan||Taiwanese
TZ|Tanzania||Tanzanian
UA|Ukraine||Ukrainian;Ukrainians
UG|Uganda||Ugandan;Ugandans
UM|United States Minor Outlying Islands||
US|United States|United States of America;USA;U.S.A.;U.S.;US;America|American;Americans
UY|Uruguay||Uruguayan
UZ|Uzbekistan||Uzbek;Uzbeks
VA|Vatican City|Holy See;Vatican|
VC|Saint Vincent and the Grenadines||
VE|Venezuela||Venezuelan
VG|British Virgin Islands||
VI|U.S. Virgin Islands||
VN|Vietnam|Viet Nam|Vietnamese
VU|Vanuatu||
WF|Wallis and Futuna||
WS|Samoa||
XK|Kosovo||Kosovar
YE|Yemen||Yemeni;Yemenis
YT|Mayotte||
ZA|South Africa||South African
ZM|Zambia||Zambian
ZW|Zimbabwe||Zimbabwean
]]

-- Where the groups of the default pack act: every city of 15,000 people.
local FULL = {}
for c in ([[AF PK IR IQ SY TR TJ UZ KG NG NE ML BF SO KE MZ CD EG IL PS LB JO YE SA BD LK LY
  SV GT HN CO PE BO CL EC NI TD CM DZ TN SD]]):gmatch("%u%u") do FULL[c] = true end
-- Arabic-speaking countries (for the -ah/-a spellings of their names).
local ARABIC = {}
for c in ([[SY IQ YE SA LY EG JO LB PS DZ TN MA SD OM AE KW QA BH MR]]):gmatch("%u%u") do
  ARABIC[c] = true
end
-- Large countries: cities of 100,000 people.
local LARGE = {}
for c in ([[IN RU PH ID ET TZ UG KZ AZ GE MA MR BJ TG CI GH SN ML QA KW AE OM BH SS CF UA]])
  :gmatch("%u%u") do LARGE[c] = true end
-- Europe, the Americas and the rest: cities of 500,000 people, capitals, and
-- the cities of 100,000 people whose names no larger city shares.
local WIDE_BIG = 500000
local WIDE = 100000
-- Named cities with past attacks, kept whatever their size (name, country).
local NAMED = {}
for line in ([[Nice FR|Manchester GB|Zaventem BE|Molenbeek-Saint-Jean BE|Saint-Denis FR|Arras FR
Strasbourg FR|Conflans-Sainte-Honorine FR|Saint-Etienne-du-Rouvray FR|Toulouse FR|Mulhouse FR
Magdeburg DE|Solingen DE|Mannheim DE|Hanau DE|Halle (Saale) DE|Ansbach DE|Wurzburg DE|Berlin DE
Munich DE|Villach AT|Vienna AT|Stockholm SE|Barcelona ES|Cambrils ES|Madrid ES|London GB
Westminster GB|Southport GB|Liverpool GB|Glasgow GB|Brussels BE|Liege BE|Antwerp BE
Christchurch NZ|Utrecht NL|Copenhagen DK|Oslo NO|Paris FR|Istanbul TR|Moscow RU
Krasnogorsk RU|Beslan RU|Derbent RU|Nalchik RU|Grozny RU|Makhachkala RU|Nazran RU
Kaspiysk RU|Saint Petersburg RU|Volgograd RU|Orlando US|San Bernardino US|Boston US
New York City US|New Orleans US|Chattanooga US|Garland US|Colombo LK
Kandy LK|Batticaloa LK|Negombo LK|Dhaka BD|Jolo PH|Marawi PH|Cotabato PH|Zamboanga PH
Isabela PH|Lamitan PH|Surabaya ID|Jakarta ID|Makassar ID|Denpasar ID|Poso ID|Medan ID
Mumbai IN|Pulwama IN|Srinagar IN|Pahalgam IN|Anantnag IN|Imphal IN|Pathankot IN|Uri IN
Sukma IN|Dantewada IN|Bijapur IN|Ahmedabad IN|Hyderabad IN|Jaipur IN|Malegaon IN
Kathua IN|Doda IN|Pūnch IN|Bāramūla IN|Yala TH|Pattani TH|Narathiwat TH]])
  :gmatch("[^|\n]+") do
  local name, cc = line:match("^%s*(.-)%s+(%u%u)%s*$")
  NAMED[name .. "|" .. cc] = true
end

-- Provinces, regions, districts, towns and sites that the city list lacks
-- or that news names by another name: name|CC|lat|lon|kind|aliases|admin.
-- Coordinates are approximate centres.
local EXTRA = [[
Nangarhar|AF|34.17|70.62|province|Nangarhar Province|
Kunar|AF|34.85|71.10|province|Kunar Province;Konar|
Helmand|AF|31.00|64.00|province|Helmand Province|
Badakhshan|AF|36.73|70.81|province|Badakhshan Province|
Paktia|AF|33.60|69.40|province|Paktia Province;Paktiya|
Paktika|AF|32.30|68.80|province|Paktika Province|
Logar|AF|34.00|69.20|province|Logar Province|
Zabul|AF|32.20|67.20|province|Zabul Province|
Uruzgan|AF|32.90|66.60|province|Oruzgan|
Nuristan|AF|35.30|70.90|province|Nuristan Province|
Laghman|AF|34.70|70.20|province|Laghman Province|
Wardak|AF|34.30|68.40|province|Maidan Wardak|
Parwan|AF|35.00|69.00|province|Parwan Province|
Kapisa|AF|35.00|69.60|province||
Bamiyan|AF|34.82|67.82|province|Bamyan|
Daikundi|AF|33.90|66.30|province|Daykundi|
Faryab|AF|36.00|64.90|province||
Jowzjan|AF|36.90|65.70|province|Jawzjan|
Takhar|AF|36.70|69.50|province||
Badghis|AF|35.20|63.80|province||
Ghor|AF|34.10|64.90|province|Ghor Province|
Nimroz|AF|30.60|62.20|province||
Panjshir|AF|35.50|69.70|province|Panjshir Valley|
Khost|AF|33.33|69.92|city|Khost Province|
Abbey Gate|AF|34.56|69.21|site||Kabul
Hamid Karzai International Airport|AF|34.57|69.21|site|Kabul airport;Kabul International Airport|Kabul
Khyber Pakhtunkhwa|PK|34.50|72.00|province|KPK;Khyber-Pakhtunkhwa;North-West Frontier Province;NWFP|
Balochistan|PK|28.50|65.10|province|Baluchistan;Balochistan Province|
Punjab|PK|31.20|72.70|province|Punjab Province|
Sindh|PK|26.00|68.80|province|Sindh Province|
Gilgit-Baltistan|PK|35.80|74.90|province||
Azad Kashmir|PK|34.00|73.80|region|Pakistan-administered Kashmir|
Bajaur|PK|34.70|71.50|district|Bajaur District;Bajaur tribal district|Khyber Pakhtunkhwa
Khar|PK|34.73|71.52|town||Khyber Pakhtunkhwa
Khyber District|PK|34.10|71.10|district|Khyber Agency|Khyber Pakhtunkhwa
North Waziristan|PK|32.90|70.10|district|North Waziristan District|Khyber Pakhtunkhwa
South Waziristan|PK|32.30|69.80|district|South Waziristan District|Khyber Pakhtunkhwa
Waziristan|PK|32.60|69.90|region||Khyber Pakhtunkhwa
Kurram|PK|33.70|70.30|district|Kurram District;Kurram Agency|Khyber Pakhtunkhwa
Orakzai|PK|33.70|70.90|district||Khyber Pakhtunkhwa
Mohmand|PK|34.50|71.30|district|Mohmand District|Khyber Pakhtunkhwa
Swat|PK|35.20|72.50|district|Swat Valley|Khyber Pakhtunkhwa
Mastung|PK|29.80|66.85|town||Balochistan
Miranshah|PK|33.00|70.07|town|Miran Shah|Khyber Pakhtunkhwa
Parachinar|PK|33.90|70.10|town||Khyber Pakhtunkhwa
Jammu and Kashmir|IN|33.50|75.00|region|Kashmir;Indian-administered Kashmir;Jammu & Kashmir|
Reasi|IN|33.08|74.83|town||Jammu and Kashmir
Rajouri|IN|33.38|74.31|town|Rajauri|Jammu and Kashmir
Punjab|IN|30.80|75.50|province||
Manipur|IN|24.80|93.90|province||
Chhattisgarh|IN|21.30|81.90|province||
Jharkhand|IN|23.60|85.30|province||
Assam|IN|26.20|92.90|province||
Sistan and Baluchestan|IR|27.50|60.60|province|Sistan-Baluchestan;Sistan and Baluchistan;Sistan-Baluchistan;Sistan-Balochistan|
Khuzestan|IR|31.30|48.70|province|Khuzestan Province|
Anbar|IQ|33.40|42.50|province|Al Anbar;al-Anbar;Anbar Province|
Nineveh|IQ|36.20|42.40|province|Ninawa;Nineveh Province|
Diyala|IQ|33.80|45.00|province|Diyala Province|
Salahuddin|IQ|34.50|43.60|province|Salah al-Din;Saladin Province|
Kurdistan Region|IQ|36.20|44.00|region|Iraqi Kurdistan|
Sinjar|IQ|36.32|41.87|town||Nineveh
Raqqa|SY|35.95|39.01|city|Raqqah;Rakka;al-Raqqa|
Palmyra|SY|34.56|38.28|city||
Hasakah|SY|36.50|40.75|city|al-Hasakah;Hasaka|
Deir ez-Zor|SY|35.34|40.14|city|Deir al-Zour;Deir el-Zor;Deir Ezzor;Deir al-Zor|
Idlib Province|SY|35.80|36.60|province|Idlib Governorate|
Eastern Ghouta|SY|33.55|36.45|region|Ghouta|
Syrian Desert|SY|34.50|38.50|region|Badia|
Borno|NG|11.50|13.00|province|Borno State|
Yobe|NG|12.30|11.40|province|Yobe State|
Adamawa|NG|9.30|12.40|province|Adamawa State|
Zamfara|NG|12.10|6.20|province|Zamfara State|
Benue|NG|7.30|8.80|province|Benue State|
Plateau State|NG|9.20|9.50|province||
Delta State|NG|5.70|6.00|province|Delta state|
Bayelsa|NG|4.75|6.08|province|Bayelsa State;Bayelsa state|
Rivers State|NG|4.84|6.91|province|Rivers state|
Niger State|NG|9.93|5.60|province|Niger state|
Sokoto State|NG|13.06|5.24|province|Sokoto state|
Kogi|NG|7.73|6.69|province|Kogi State;Kogi state|
Kaduna State|NG|10.40|7.70|province||
Katsina State|NG|12.40|7.60|province||
Sambisa Forest|NG|11.30|13.40|region|Sambisa|Borno
Chibok|NG|10.87|12.85|town||Borno
Dapchi|NG|12.49|11.50|town||Yobe
Monguno|NG|12.67|13.61|town||Borno
Gwoza|NG|11.08|13.69|town||Borno
Baga|NG|13.11|13.83|town||Borno
Owo|NG|7.20|5.59|city||Ondo
Kuje|NG|8.88|7.23|town||Federal Capital Territory
Buni Yadi|NG|11.27|12.01|town||Yobe
Akora Khattak|PK|34.00|72.13|town||Khyber Pakhtunkhwa
Mahas|SO|4.41|45.22|town|Mahaas|Hiran
Sokolo|ML|14.73|-6.12|town||Segou
Wagah|PK|31.60|74.57|town||Punjab
Rafah|EG|31.28|34.24|town||North Sinai
Tillaberi|NE|14.21|1.45|province|Tillabéri;Tillaberi Region|
Diffa Region|NE|16.00|13.00|province||
Tahoua Region|NE|15.50|5.30|province||
Menaka|ML|15.92|2.40|town|Ménaka;Menaka Region|
Kidal|ML|18.44|1.41|town|Kidal Region|
Timbuktu|ML|16.77|-3.01|city|Tombouctou|
Mopti Region|ML|14.50|-3.50|province||
Soum|BF|14.00|-1.50|province|Soum Province|
Djibo|BF|14.10|-1.63|town||Soum
Liptako-Gourma|BF|14.50|0.50|region|Liptako|
Lower Shabelle|SO|1.90|44.50|province|Lower Shabelle region;Shabeellaha Hoose|
Middle Shabelle|SO|2.90|45.50|province|Shabeellaha Dhexe|
Puntland|SO|8.00|49.00|region||
Jubaland|SO|0.50|42.00|region|Lower Juba|
Gedo|SO|3.50|42.20|province|Gedo region|
Hiran|SO|4.30|45.30|province|Hiiraan|
Galmudug|SO|5.50|47.00|region||
Somaliland|SO|9.50|45.00|region||
Mpeketoni|KE|-2.39|40.70|town||Lamu
Westgate Mall|KE|-1.26|36.80|site|Westgate shopping mall|Nairobi
Garissa University|KE|-0.45|39.65|site|Garissa University College|Garissa
Cabo Delgado|MZ|-12.30|39.30|province|Cabo Delgado Province;Cabo Delgado province|
Palma|MZ|-10.77|40.47|town||Cabo Delgado
Mocimboa da Praia|MZ|-11.35|40.35|town|Mocímboa da Praia|Cabo Delgado
Macomia|MZ|-12.24|40.12|town||Cabo Delgado
Muidumbe|MZ|-11.80|39.80|district||Cabo Delgado
Niassa|MZ|-13.00|36.00|province|Niassa Province|
North Kivu|CD|-0.80|29.00|province|Nord-Kivu|
South Kivu|CD|-3.00|28.30|province|Sud-Kivu|
Ituri|CD|1.50|29.50|province|Ituri Province|
Lubero|CD|-0.16|29.24|town||North Kivu
Oicha|CD|0.70|29.52|town||North Kivu
North Sinai|EG|30.50|33.60|province|North Sinai Governorate|
Sinai|EG|29.50|33.80|region|Sinai Peninsula|
Arish|EG|31.13|33.80|city|El Arish;al-Arish|North Sinai
Bir al-Abed|EG|31.02|33.00|town|Bir al-Abd|North Sinai
Sheikh Zuweid|EG|31.21|34.11|town|Sheikh Zuwaid|North Sinai
Gaza Strip|PS|31.40|34.39|region|the Gaza Strip|
West Bank|PS|31.95|35.30|region|the West Bank|
Golan Heights|IL|33.00|35.75|region|the Golan Heights;Golan|
Bali|ID|-8.40|115.19|region||
Kuta|ID|-8.72|115.17|town||Bali
Jalan Thamrin|ID|-6.19|106.82|site|Thamrin|Jakarta
Be'eri|IL|31.42|34.49|village|Kibbutz Be'eri;Beeri|
Kfar Aza|IL|31.48|34.53|village|Kibbutz Kfar Aza|
Nir Oz|IL|31.31|34.40|village|Kibbutz Nir Oz|
Re'im|IL|31.39|34.46|village|Reim|
South Lebanon|LB|33.27|35.40|region|southern Lebanon|
Bekaa|LB|33.85|35.90|region|Bekaa Valley;Beqaa|
Hodeidah|YE|14.80|42.95|city|Hudaydah|
Shabwa|YE|14.50|46.80|province|Shabwah|
Abyan|YE|13.60|45.80|province||
Hadramout|YE|15.90|48.80|province|Hadramawt;Hadhramaut|
Marib Governorate|YE|15.50|45.50|province||
Dagestan|RU|42.90|47.10|region|Daghestan|
Chechnya|RU|43.40|45.70|region|Chechen Republic|
Ingushetia|RU|43.20|44.80|region||
Kabardino-Balkaria|RU|43.50|43.40|region||
North Caucasus|RU|43.50|44.50|region||
Crocus City Hall|RU|55.82|37.39|site|Crocus City concert hall|Krasnogorsk
Mindanao|PH|7.50|125.00|region||
Sulu|PH|6.00|121.00|province|Sulu Province;Sulu archipelago|
Basilan|PH|6.55|122.00|province||
Maguindanao|PH|6.94|124.42|province||
Lanao del Sur|PH|7.82|124.43|province||
Central Sulawesi|ID|-1.40|121.40|province||
Bali|ID|-8.40|115.20|province||
Papua|ID|-4.00|138.00|province||
Washington, D.C.|US|38.90|-77.04|city|Washington D.C.;Washington DC|
Alabama|US|32.8|-86.8|province||
Alaska|US|64.0|-150.0|province||
Arizona|US|34.3|-111.7|province||
Arkansas|US|34.9|-92.4|province||
California|US|37.2|-119.5|province||
Colorado|US|39.0|-105.5|province||
Connecticut|US|41.6|-72.7|province||
Delaware|US|39.0|-75.5|province||
Florida|US|28.6|-82.4|province||
Hawaii|US|20.8|-156.3|province||
Idaho|US|44.4|-114.6|province||
Illinois|US|40.0|-89.2|province||
Indiana|US|39.9|-86.3|province||
Iowa|US|42.1|-93.5|province||
Kansas|US|38.5|-98.4|province||
Kentucky|US|37.5|-85.3|province||
Louisiana|US|31.1|-92.0|province||
Maine|US|45.4|-69.2|province||
Maryland|US|39.0|-76.8|province||
Massachusetts|US|42.3|-71.8|province||
Michigan|US|44.3|-85.4|province||
Minnesota|US|46.3|-94.3|province||
Mississippi|US|32.7|-89.7|province||
Missouri|US|38.4|-92.5|province||
Montana|US|47.0|-109.6|province||
Nebraska|US|41.5|-99.8|province||
Nevada|US|39.3|-116.6|province||
New Hampshire|US|43.7|-71.6|province||
New Jersey|US|40.2|-74.7|province||
New Mexico|US|34.4|-106.1|province||
North Carolina|US|35.6|-79.4|province||
North Dakota|US|47.5|-100.5|province||
Ohio|US|40.3|-82.8|province||
Oklahoma|US|35.6|-97.5|province||
Oregon|US|43.9|-120.6|province||
Pennsylvania|US|40.9|-77.8|province||
Rhode Island|US|41.7|-71.5|province||
South Carolina|US|33.9|-80.9|province||
South Dakota|US|44.4|-100.2|province||
Tennessee|US|35.9|-86.4|province||
Texas|US|31.5|-99.3|province||
Utah|US|39.3|-111.7|province||
Vermont|US|44.1|-72.7|province||
Virginia|US|37.5|-78.9|province||
West Virginia|US|38.6|-80.6|province||
Wisconsin|US|44.6|-89.9|province||
Wyoming|US|43.0|-107.6|province||
Utoya|NO|60.02|10.25|site|Utøya|
Bataclan|FR|48.86|2.37|site|Bataclan theatre;Bataclan concert hall|Paris
Stade de France|FR|48.92|2.36|site||Saint-Denis
Promenade des Anglais|FR|43.69|7.25|site||Nice
Manchester Arena|GB|53.49|-2.24|site||Manchester
Maalbeek|BE|50.84|4.38|site|Maelbeek;Maalbeek metro station|Brussels
Brussels Airport|BE|50.90|4.48|site||Zaventem
Breitscheidplatz|DE|52.50|13.34|site||Berlin
Ataturk Airport|TR|40.98|28.82|site|Atatürk Airport;Ataturk International Airport;Atatürk International Airport;Ataturk airport|Istanbul
Sabiha Gokcen Airport|TR|40.90|29.31|site|Sabiha Gökçen Airport;Sabiha Gokcen International Airport|Istanbul
Esenboga Airport|TR|40.13|32.99|site|Esenboğa Airport|Ankara
Jinnah International Airport|PK|24.90|67.17|site|Jinnah Airport;Jinnah airport|Karachi
Benazir Bhutto International Airport|PK|33.62|73.10|site|Benazir Bhutto airport|Islamabad
Allama Iqbal International Airport|PK|31.52|74.40|site|Allama Iqbal airport|Lahore
Bacha Khan International Airport|PK|33.99|71.51|site|Bacha Khan airport|Peshawar
Domodedovo Airport|RU|55.41|37.90|site|Domodedovo;Domodedovo International Airport;Domodedovo airport|Moscow
Sheremetyevo Airport|RU|55.97|37.41|site|Sheremetyevo;Sheremetyevo International Airport|Moscow
Charles de Gaulle Airport|FR|49.01|2.55|site|Roissy-Charles de Gaulle;Charles de Gaulle airport|Paris
Orly Airport|FR|48.72|2.38|site|Orly airport|Paris
Ben Gurion Airport|IL|32.01|34.89|site|Ben Gurion International Airport;Ben-Gurion Airport;Lod Airport|Tel Aviv
Aden Adde International Airport|SO|2.01|45.30|site|Aden Adde airport;Aden Abdulle International Airport|Mogadishu
Murtala Muhammed International Airport|NG|6.58|3.32|site|Murtala Muhammed Airport|Lagos
Nnamdi Azikiwe International Airport|NG|9.01|7.26|site|Nnamdi Azikiwe Airport|Abuja
Maiduguri International Airport|NG|11.86|13.08|site||Maiduguri
Jomo Kenyatta International Airport|KE|-1.32|36.93|site|Jomo Kenyatta Airport|Nairobi
Bole International Airport|ET|8.98|38.80|site|Bole Airport|Addis Ababa
Entebbe International Airport|UG|0.04|32.44|site|Entebbe Airport;Entebbe airport|Entebbe
Queen Alia International Airport|JO|31.72|35.99|site|Queen Alia Airport|Amman
King Abdulaziz International Airport|SA|21.68|39.16|site|King Abdulaziz Airport|Jeddah
Imam Khomeini International Airport|IR|35.42|51.15|site|Imam Khomeini Airport|Tehran
John F. Kennedy International Airport|US|40.64|-73.78|site|JFK Airport;JFK airport;Kennedy Airport|New York City
LaGuardia Airport|US|40.78|-73.87|site||New York City
Los Angeles International Airport|US|33.94|-118.41|site|LAX airport|Los Angeles
Modibo Keita International Airport|ML|12.54|-7.95|site|Bamako-Senou International Airport|Bamako
Serena Hotel|AF|34.52|69.18|site|Kabul Serena Hotel|Kabul
Intercontinental Hotel Kabul|AF|34.53|69.12|site|Hotel Intercontinental Kabul|Kabul
Marriott Hotel Islamabad|PK|33.72|73.09|site|Islamabad Marriott Hotel|Islamabad
Taj Mahal Palace Hotel|IN|18.92|72.83|site|Taj Mahal Palace;Taj Mahal hotel|Mumbai
Radisson Blu Hotel Bamako|ML|12.62|-7.99|site||Bamako
Splendid Hotel|BF|12.37|-1.52|site|Hotel Splendid|Ouagadougou
Kunduz|AF|36.73|68.86|city||
Kandahar|AF|31.61|65.71|city|Qandahar|
Kermanshah|IR|34.31|47.07|city||
Shiraz|IR|29.61|52.54|city||
Zahedan|IR|29.50|60.86|city||
Chabahar|IR|25.29|60.64|city||
Rask|IR|26.24|61.40|town||Sistan and Baluchestan
Saravan|IR|27.37|62.33|town||Sistan and Baluchestan
]]

local fold, common = rules.fold, rules.is_common_word

-- English names of cities that GeoNames lists under their own language's
-- name, which the spelling rules below cannot reach (edit distance keeps
-- only spellings): name|CC|English name;... News writes the English one.
local EXONYMS = [[
Köln|DE|Cologne
Nürnberg|DE|Nuremberg
Hannover|DE|Hanover
Halle (Saale)|DE|Halle
Göteborg|SE|Gothenburg
Antwerpen|BE|Antwerp
Gent|BE|Ghent
Brugge|BE|Bruges
Liège|BE|Liege
Genève|CH|Geneva
Luzern|CH|Lucerne
Sevilla|ES|Seville
Zaragoza|ES|Saragossa
Dunkerque|FR|Dunkirk
Den Haag|NL|The Hague
New York City|US|New York
Pūnch|IN|Poonch
Bāramūla|IN|Baramulla
]]
local exonyms = {}
for line in EXONYMS:gmatch("[^\n]+") do
  local name, cc, names = line:match("^([^|]+)|(%u%u)|(.+)$")
  assert(name, "bad EXONYMS line: " .. line)
  exonyms[name .. "|" .. cc] = names
end

-- Lowercase entries of the word list (proper nouns there are capitalised).
local english = {}
for _, path in ipairs(WORDS) do
  local f = io.open(path, "r")
  if f then
    for w in f:lines() do
      if w:find("^%l+$") then english[w] = true end
    end
    f:close()
  else
    io.stderr:write("build-places: no word list at " .. path
      .. " (apt install wamerican wbritish): its words stay case-blind\n")
  end
end
-- A name (or alias) of one word that is an English word.
local function is_word(name)
  return english[name:lower()] == true
end

local function split(s, sep)
  local out = {}
  if s == nil or s == "" then return out end
  for part in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do
    if part ~= "" then out[#out + 1] = part end
  end
  return out
end

-- Countries.
local countries, by_code, country_names = {}, {}, {}
for line in COUNTRIES:gmatch("[^\n]+") do
  local f = split(line .. "|", "|")
  local code, name = line:match("^(%u%u)|([^|]+)")
  local rest = { line:match("^%u%u|[^|]*|([^|]*)|(.*)$") }
  local c = { code = code, name = name, aliases = split(rest[1], ";"),
    demonyms = split(rest[2], ";") }
  assert(code and name, line)
  assert(f)
  countries[#countries + 1] = c
  by_code[code] = c
  country_names[fold(name)] = true
  for _, a in ipairs(c.aliases) do country_names[fold(a)] = true end
end

-- The GeoNames cities.
local rows = {}
for line in io.lines(SRC) do
  local f = split(line:gsub("\t", "\t "), "\t")
  for i = 1, #f do f[i] = f[i]:sub(2) end
  f[1] = line:match("^[^\t]*")
  rows[#rows + 1] = { name = f[2], ascii = f[3], alt = f[4], lat = tonumber(f[5]),
    lon = tonumber(f[6]), fcode = f[8], cc = f[9], pop = tonumber(f[15]) or 0 }
end

-- Capitals: the most populous PPLC row of each country.
for _, r in ipairs(rows) do
  local c = by_code[r.cc]
  if c and r.fcode == "PPLC" and (not c.capital_pop or r.pop > c.capital_pop) then
    c.capital, c.lat, c.lon, c.capital_pop = r.name, r.lat, r.lon, r.pop
  end
end

-- The most populous city of each name, and the last words of the names of
-- cities of WIDE_BIG people or more: a town of the rest of the world is kept
-- only when no larger homonym exists ("St. Petersburg", Florida, against
-- Russia's) and its name is not the tail of a great city's ("York" in "New
-- York"), so that widening the list takes no well-known name away.
local top_pop, tails = {}, {}
local function homonym_key(name)
  return (fold(name):gsub("^st%.? ", "saint "):gsub("^ft%.? ", "fort ")
    :gsub("^mt%.? ", "mount "))
end
for _, r in ipairs(rows) do
  for _, n in ipairs { homonym_key(r.name), homonym_key(r.ascii) } do
    if r.pop > (top_pop[n] or -1) then top_pop[n] = r.pop end
    if r.pop >= WIDE_BIG then
      local tail = n:match(" (.+)$")
      while tail do
        tails[tail] = true
        tail = tail:match(" (.+)$")
      end
    end
  end
end

local function wanted(r)
  if r.fcode == "PPLC" then return true end
  if NAMED[r.name .. "|" .. r.cc] or NAMED[r.ascii .. "|" .. r.cc] then return true end
  if FULL[r.cc] then return true end
  if LARGE[r.cc] then return r.pop >= 100000 end
  if r.pop >= WIDE_BIG then return true end
  if r.pop < WIDE then return false end
  for _, n in ipairs { homonym_key(r.name), homonym_key(r.ascii) } do
    if (top_pop[n] or 0) > r.pop or tails[n] then return false end
  end
  return true
end

local selected, main_names = {}, {}
for _, r in ipairs(rows) do
  if wanted(r) then
    local named = NAMED[r.name .. "|" .. r.cc] or NAMED[r.ascii .. "|" .. r.cc]
    local skip = ((common(r.name) or common(r.ascii)) and r.pop < 1000000 and not named)
      or country_names[fold(r.name)] or #r.name < 3
    if not skip then
      selected[#selected + 1] = r
      main_names[fold(r.name)] = true
    end
  end
end

-- The hand-written places, unless the city list has them already.
local extra = {}
local have = {}
for _, r in ipairs(selected) do have[fold(r.name) .. "|" .. r.cc] = true end
for line in EXTRA:gmatch("[^\n]+") do
  local name, cc, lat, lon, kind, aliases, admin =
    line:match("^([^|]+)|(%u%u)|([-%d.]+)|([-%d.]+)|(%a+)|([^|]*)|(.*)$")
  assert(name, "bad EXTRA line: " .. line)
  if not have[fold(name) .. "|" .. cc] then
    extra[#extra + 1] = { name = name, cc = cc, lat = tonumber(lat), lon = tonumber(lon),
      kind = kind, aliases = split(aliases, ";"), admin = admin ~= "" and admin or nil }
    main_names[fold(name)] = true
  end
end

-- Edit distance, for keeping only alternate names that are spellings of
-- the same name (Kirman, Mossul), not exonyms or other languages' names.
local function distance(a, b)
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local cur = { [0] = i }
    for j = 1, #b do
      local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev = cur
  end
  return prev[#b]
end

-- Aliases: the ASCII name (news writes "Herat" and "Mazar-e Sharif" for
-- GeoNames' "Herāt" and "Mazār-e Sharīf"; when several places share it, each
-- gets it and the pack lists them all as candidates), the name without its
-- Arabic article ("Ar Raqqah" is also "Raqqah"), and, in the countries of
-- interest, up to four alternate spellings close to the name (ASCII
-- letters, up to three words) that are no other place's name.
local function aliases_of(r)
  local out, seen = {}, { [fold(r.name)] = true }
  local function add(a, shared)
    local k = fold(a)
    -- an alternate spelling that is an English word ("Bush", "Tunes") is
    -- left out: it would name the place where the text means the word
    if not seen[k] and (shared or not (main_names[k] or is_word(a))) and not country_names[k]
        and not common(a) then
      seen[k] = true
      out[#out + 1] = a
    end
  end
  if r.ascii ~= r.name and r.ascii ~= "" then add(r.ascii, true) end
  -- the English name ("Cologne"), even when it is an English word: the
  -- alias list then makes it case sensitive
  for e in (exonyms[r.name .. "|" .. r.cc] or ""):gmatch("[^;]+") do add(e, true) end
  -- "Saint Petersburg" is "St. Petersburg" in most news copy.
  for _, ls in ipairs { { "Saint", "St" }, { "Sainte", "Ste" }, { "Mount", "Mt" }, { "Fort", "Ft" } } do
    local long, short = ls[1], ls[2]
    local sep, tail = r.ascii:match("^" .. long .. "([ %-])(.+)$")
    if tail then
      add(short .. ". " .. tail)
      add(short .. sep .. tail)
    end
  end
  local art, rest = r.ascii:match("^(A[lrsdnz]h?) (.+)$")
  if art then
    add(rest)
    add(art .. "-" .. rest)
  end
  -- Spellings news uses for transliterated names, made by rule:
  -- the ayn and the soft sign dropped ("Ta`izz" Taizz, "Nal'chik" Nalchik);
  local plain = (rest or r.ascii):gsub("[`']", "")
  if plain ~= (rest or r.ascii) then add(plain) end
  -- an administrative suffix dropped where the groups act ("Marawi City",
  -- "Nowshera Cantonment"; not "Oklahoma City", whose stem is a state);
  local stem = r.ascii:match("^(.-) City$") or r.ascii:match("^(.-) Cantonment$")
  if stem and #stem >= 4 and (FULL[r.cc] or LARGE[r.cc]) then add(stem) end
  -- the Persian ezafe written -e-, -i-, -e or -i ("Mazar-e Sharif",
  -- "Mazar-i-Sharif", "Pul-e Khumri");
  local ez1, ez2 = plain:match("^(%a+)%-[ei][ %-](%a[%a ]*)$")
  if ez1 then
    for _, j in ipairs { "-e-", "-i-", "-e ", "-i " } do add(ez1 .. j .. ez2) end
  end
  -- Arabic's final -ah written -a ("Hamah" Hama, "Baqubah" Baquba).
  if ARABIC[r.cc] and plain:find("%lah$") and #plain >= 5 then add(plain:sub(1, -2)) end
  if not (FULL[r.cc] or LARGE[r.cc]) then return out end
  local base = fold(rest or r.ascii)
  local cands = {}
  for _, a in ipairs(split(r.alt, ",")) do
    local k = fold(a)
    if #a >= 5 and #a <= 30 and a:find("^%u[%a%- ]*%l[%a%- ]*$") and not a:find("%s%s")
        and select(2, a:gsub("%s", "")) <= 2 and k:sub(1, 1) == base:sub(1, 1)
        and distance(k, base) <= 2 then
      cands[#cands + 1] = a
    end
  end
  table.sort(cands, function(a, b)
    local da, db = distance(fold(a), base), distance(fold(b), base)
    if da ~= db then return da < db end
    return a < b
  end)
  local n = 0
  for _, a in ipairs(cands) do
    if n >= 4 then break end
    local before = #out
    add(a)
    if #out > before then n = n + 1 end
  end
  return out
end

local function q(s) return string.format("%q", s) end
local function list(t)
  local parts = {}
  for i, v in ipairs(t) do parts[i] = q(v) end
  return "{" .. table.concat(parts, ",") .. "}"
end
local function num(x) return (string.format("%.4f", x):gsub("0+$", ""):gsub("%.$", "")) end
-- Aliases, English words written as { "Metro", case_sensitive = true }.
local function alias_list(t)
  local parts = {}
  for i, v in ipairs(t) do
    parts[i] = is_word(v) and ("{" .. q(v) .. ",case_sensitive=true}") or q(v)
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

local out = assert(io.open(OUT, "w"))
out:write([[
--- Countries of the world and the places where the default pack's groups act.
--
-- GENERATED by tools/build-places.lua: edit the tool, not this file.
-- City names, coordinates and alternate names: GeoNames (geonames.org),
-- cities15000, 2018 snapshot, CC BY 4.0. Provinces, regions and sites are
-- hand-written approximate centres. Names that are English words (Debian's
-- wamerican and wbritish lists) are case sensitive.
-- @module incidents.rules.places

-- luacheck: ignore
]])
table.sort(countries, function(a, b) return a.code < b.code end)
for _, c in ipairs(countries) do
  out:write("country{", q(c.code), ",", q(c.name))
  if #c.aliases > 0 then out:write(",aliases=", list(c.aliases)) end
  if #c.demonyms > 0 then out:write(",demonyms=", list(c.demonyms)) end
  if c.capital then
    out:write(",capital=", q(c.capital), ",lat=", num(c.lat), ",lon=", num(c.lon))
  end
  out:write("}\n")
end
out:write("\n")
-- Most populous first, so a name shared by two places means the larger one.
table.sort(selected, function(a, b)
  if a.pop ~= b.pop then return a.pop > b.pop end
  return a.name < b.name
end)
local n = 0
for _, e in ipairs(extra) do
  if e.kind ~= "city" then goto continue end
  out:write("place{", q(e.name), ",country=", q(e.cc), ",lat=", num(e.lat), ",lon=", num(e.lon))
  if is_word(e.name) then out:write(",word=true") end
  if #e.aliases > 0 then out:write(",aliases=", alias_list(e.aliases)) end
  out:write("}\n")
  n = n + 1
  ::continue::
end
local n_words = 0
for _, r in ipairs(selected) do
  out:write("place{", q(r.name), ",country=", q(r.cc), ",lat=", num(r.lat), ",lon=", num(r.lon),
    ",population=", string.format("%d", r.pop))
  if is_word(r.name) or is_word(r.ascii) then
    out:write(",word=true")
    n_words = n_words + 1
  end
  local al = aliases_of(r)
  if #al > 0 then out:write(",aliases=", alias_list(al)) end
  out:write("}\n")
  n = n + 1
end
for _, e in ipairs(extra) do
  if e.kind == "city" then goto continue end
  out:write("place{", q(e.name), ",country=", q(e.cc), ",lat=", num(e.lat), ",lon=", num(e.lon),
    ",kind=", q(e.kind))
  if is_word(e.name) then out:write(",word=true") end
  if #e.aliases > 0 then out:write(",aliases=", alias_list(e.aliases)) end
  if e.admin then out:write(",admin=", q(e.admin)) end
  out:write("}\n")
  n = n + 1
  ::continue::
end
out:close()
io.stderr:write(string.format("build-places: %d countries, %d places (%d English words, "
  .. "case sensitive) -> %s\n", #countries, n, n_words, OUT))
