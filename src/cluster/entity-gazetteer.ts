/**
 * @module entity-gazetteer
 * The word lists behind entity extraction: an alias table for very common organisations and
 * places, role and title words to strip from names, organisation and place suffixes, and the
 * name, place and organisation lexicon of compromise@14 (read once from `nlp.model()`), so the
 * fast extractor classifies names the way compromise would without running its tagger.
 */

import nlp from 'compromise'

export type EntityKind = 'person' | 'organization' | 'place'

/** A canonical entity from the alias table. */
export interface GazetteerEntry {
  kind: EntityKind
  slug: string
  name: string
}

/**
 * Very common entities known by several names, acronyms or spellings. Keys are lower-case, with
 * dots removed ("u.s." is looked up as "us"). Only all-capital or dotted spellings of short
 * acronyms reach this table (see extract-entities), so "us" and "who" as words never do.
 */
const ALIAS_ROWS: [EntityKind, string, string, string[]][] = [
  [
    'place',
    'united-states',
    'United States',
    ['us', 'usa', 'united states', 'united states of america', 'america'],
  ],
  [
    'place',
    'united-kingdom',
    'United Kingdom',
    ['uk', 'britain', 'great britain', 'united kingdom'],
  ],
  ['place', 'european-union', 'European Union', []],
  ['organization', 'european-union', 'European Union', ['eu', 'european union']],
  ['organization', 'united-nations', 'United Nations', ['un', 'united nations']],
  [
    'organization',
    'nato',
    'NATO',
    [
      'nato',
      'north atlantic treaty organization',
      'north atlantic treaty organisation',
      'north atlantic alliance',
    ],
  ],
  [
    'organization',
    'un-security-council',
    'UN Security Council',
    ['un security council', 'united nations security council', 'security council'],
  ],
  [
    'organization',
    'who',
    'World Health Organization',
    ['who', 'world health organization', 'world health organisation'],
  ],
  ['organization', 'imf', 'IMF', ['imf', 'international monetary fund']],
  ['organization', 'world-bank', 'World Bank', ['world bank']],
  ['organization', 'wto', 'WTO', ['wto', 'world trade organization', 'world trade organisation']],
  ['organization', 'opec', 'OPEC', ['opec', 'organization of the petroleum exporting countries']],
  ['organization', 'fbi', 'FBI', ['fbi', 'federal bureau of investigation']],
  ['organization', 'cia', 'CIA', ['cia', 'central intelligence agency']],
  ['organization', 'nasa', 'NASA', ['nasa', 'national aeronautics and space administration']],
  ['organization', 'ecb', 'European Central Bank', ['ecb', 'european central bank']],
  [
    'organization',
    'federal-reserve',
    'Federal Reserve',
    ['fed', 'federal reserve', 'federal reserve board', 'us federal reserve'],
  ],
  ['organization', 'white-house', 'White House', ['white house']],
  ['place', 'oval-office', 'Oval Office', ['oval office']],
  ['organization', 'pentagon', 'Pentagon', ['pentagon']],
  ['organization', 'kremlin', 'Kremlin', ['kremlin']],
  ['organization', 'us-congress', 'US Congress', ['congress', 'us congress']],
  ['organization', 'us-senate', 'US Senate', ['senate', 'us senate']],
  ['organization', 'european-commission', 'European Commission', ['european commission']],
  ['organization', 'european-parliament', 'European Parliament', ['european parliament']],
  ['organization', 'icc', 'International Criminal Court', ['icc', 'international criminal court']],
  [
    'organization',
    'red-cross',
    'Red Cross',
    ['red cross', 'international committee of the red cross', 'icrc'],
  ],
  ['organization', 'nfl', 'NFL', ['nfl', 'national football league']],
  ['organization', 'nba', 'NBA', ['nba', 'national basketball association']],
  ['organization', 'fifa', 'FIFA', ['fifa']],
  ['organization', 'ioc', 'IOC', ['ioc', 'international olympic committee']],
  ['organization', 'g7', 'G7', ['g7', 'group of seven']],
  ['organization', 'g20', 'G20', ['g20', 'group of twenty']],
  ['organization', 'associated-press', 'Associated Press', ['ap', 'associated press']],
  ['organization', 'reuters', 'Reuters', ['reuters']],
  ['organization', 'afp', 'AFP', ['afp', 'agence france-presse', 'agence france presse']],
  ['organization', 'bbc', 'BBC', ['bbc', 'british broadcasting corporation']],
  ['place', 'russia', 'Russia', ['russia', 'russian federation']],
  [
    'place',
    'china',
    'China',
    ['china', 'prc', "people's republic of china", 'peoples republic of china'],
  ],
  ['place', 'united-arab-emirates', 'United Arab Emirates', ['uae', 'united arab emirates']],
  ['place', 'south-korea', 'South Korea', ['south korea', 'republic of korea']],
  ['place', 'north-korea', 'North Korea', ['north korea', 'dprk']],
  ['place', 'new-york', 'New York', ['new york', 'new york city', 'nyc']],
  ['place', 'los-angeles', 'Los Angeles', ['los angeles', 'la']],
  ['place', 'washington-dc', 'Washington, D.C.', ['washington dc', 'washington d c']],
  ['place', 'ukraine', 'Ukraine', ['ukraine']],
  ['place', 'netherlands', 'Netherlands', ['netherlands', 'holland', 'the netherlands']],
]

/**
 * The names German, French, Spanish, Italian, Portuguese and Dutch reports give the countries and
 * cities most in the news, so that "Deutschland" and "Allemagne" are the topic Germany, and
 * "Köln" the Cologne of English reports. Lower case, accents kept (as tokens are looked up). Not
 * "Europa" ("Europa League") or "Roma" (a club, a people).
 */
const EXONYM_ROWS: [string, string, string[]][] = [
  [
    'germany',
    'Germany',
    ['deutschland', 'allemagne', 'alemania', 'germania', 'alemanha', 'duitsland'],
  ],
  ['france', 'France', ['frankreich', 'francia', 'frança', 'frankrijk']],
  ['spain', 'Spain', ['spanien', 'espagne', 'españa', 'spagna', 'espanha', 'spanje']],
  ['italy', 'Italy', ['italien', 'italie', 'italia', 'itália', 'italië']],
  [
    'netherlands',
    'Netherlands',
    ['niederlande', 'pays-bas', 'países bajos', 'paesi bassi', 'nederland'],
  ],
  ['belgium', 'Belgium', ['belgien', 'belgique', 'bélgica', 'belgio', 'belgië']],
  [
    'switzerland',
    'Switzerland',
    ['schweiz', 'suisse', 'suiza', 'svizzera', 'suíça', 'zwitserland'],
  ],
  ['austria', 'Austria', ['österreich', 'autriche', 'áustria', 'oostenrijk']],
  ['poland', 'Poland', ['polen', 'pologne', 'polonia', 'polónia']],
  ['russia', 'Russia', ['russland', 'russie', 'rusia', 'rússia', 'rusland']],
  ['ukraine', 'Ukraine', ['ucrania', 'ucraina', 'ucrânia', 'oekraïne']],
  ['greece', 'Greece', ['griechenland', 'grèce', 'grecia', 'grécia', 'griekenland']],
  ['turkey', 'Turkey', ['türkei', 'turquie', 'turquía', 'turchia', 'turquia', 'turkije']],
  ['japan', 'Japan', ['japon', 'japón', 'giappone', 'japão']],
  ['china', 'China', ['chine', 'cina']],
  [
    'united-states',
    'United States',
    [
      'états-unis',
      'états unis',
      'estados unidos',
      'stati uniti',
      'verenigde staten',
      'vereinigte staaten',
    ],
  ],
  [
    'united-kingdom',
    'United Kingdom',
    [
      'großbritannien',
      'grossbritannien',
      'royaume-uni',
      'royaume uni',
      'reino unido',
      'regno unito',
      'verenigd koninkrijk',
    ],
  ],
  ['europe', 'Europe', ['europe']],
  ['cologne', 'Cologne', ['köln']],
  ['munich', 'Munich', ['münchen', 'munich', 'monaco di baviera']],
  ['vienna', 'Vienna', ['wien', 'vienne', 'viena', 'vienna']],
  [
    'brussels',
    'Brussels',
    ['brüssel', 'bruxelles', 'bruselas', 'bruxelas', 'bruxelles-capitale', 'brussel'],
  ],
  ['geneva', 'Geneva', ['genf', 'genève', 'ginevra', 'ginebra', 'genebra']],
  ['lisbon', 'Lisbon', ['lissabon', 'lisbonne', 'lisboa']],
  ['london', 'London', ['londres', 'londra', 'londen']],
  ['moscow', 'Moscow', ['moskau', 'moscou', 'moscú', 'mosca']],
  ['warsaw', 'Warsaw', ['warschau', 'varsovie', 'varsovia', 'varsavia']],
  ['copenhagen', 'Copenhagen', ['kopenhagen', 'copenhague', 'copenaghen']],
  ['the-hague', 'The Hague', ['den haag', 'la haye', 'la haya', "l'aia", 'haia']],
  ['beijing', 'Beijing', ['peking', 'pékin', 'pekín', 'pechino', 'pequim']],
]

const ALIASES = new Map<string, GazetteerEntry>()
for (const [kind, slug, name, aliases] of ALIAS_ROWS) {
  for (const alias of aliases) ALIASES.set(alias, { kind, slug, name })
}
for (const [slug, name, names] of EXONYM_ROWS) {
  for (const alias of names) ALIASES.set(alias, { kind: 'place', slug, name })
}

/** The alias table entry for a lower-case, dot-free name, if any. */
export function lookupAlias(name: string): GazetteerEntry | undefined {
  return ALIASES.get(name)
}

/** Titles and roles that precede a name and are not part of it ("NATO Secretary General Mark Rutte"). */
export const ROLE_WORDS = new Set(
  (
    'president vice secretary minister prime premier chancellor senator sen representative rep congressman ' +
    'congresswoman governor gov mayor judge justice chief director chairman chairwoman chair ceo cfo coach ' +
    'captain capt king queen prince princess pope cardinal archbishop bishop rev reverend dr doctor mr mrs ms ' +
    'miss sir dame lord lady professor prof officer spokesman spokeswoman spokesperson ambassador commissioner ' +
    'deputy lt lieutenant col colonel sgt sergeant gen adm admiral maj commander speaker leader sheriff ' +
    'attorney detective det inspector superintendent pastor emperor sheikh ayatollah president-elect sec ' +
    'councilman councilwoman councillor councilor alderman assemblyman assemblywoman trooper ' +
    'advocate defender prosecutor'
  ).split(' '),
)

/** Words that are part of a role only when a role word follows ("Foreign Minister", "Former President"). */
export const ROLE_MODIFIERS = new Set(
  'foreign defence defense interior finance health home state former acting interim then late chief vice deputy district assistant senior public'.split(
    ' ',
  ),
)

/** Words that are roles only right after another role word ("Secretary General", "Attorney General"). */
export const ROLE_SUFFIXES = new Set(['general', 'minister', 'secretary', 'executive', 'officer'])

/** Words that end organisation names ("Betty Ford Center", "Justice Department"). */
export const ORG_SUFFIXES = new Set(
  (
    'inc corp corporation company co ltd llc plc group bank university college institute institution ' +
    'association organization organisation agency ministry department council committee commission party ' +
    'union court police army navy force forces church center centre hospital school club foundation fund ' +
    'board service services office airlines airline airways network times post news journal reporter magazine ' +
    'senate congress parliament assembly league federation authority bureau holdings industries motors team ' +
    'fc studios studio records entertainment media press tribune herald guardian telegraph gazette daily ' +
    'weekly channel tv radio systems technologies labs laboratories museum academy cabinet government regime ' +
    'administration brigade battalion guard coalition alliance movement front society trust clinic ' +
    'securities capital partners ventures investments insurance pharmaceuticals logistics consulting ' +
    'hotel casino'
  ).split(' '),
)

/** Words that start organisation names when followed by "of" ("University of Oxford"). */
export const ORG_HEADS = new Set(
  'university bank ministry department institute museum church college academy council court house office'.split(
    ' ',
  ),
)

/** Words that start place names ("Lake Powell", "Mount Cook", "Gulf of Mexico"). */
export const PLACE_HEADS = new Set(
  'lake mount mt cape fort port gulf bay isle sea strait horn'.split(' '),
)

/** Words that end names of things named after people ("Nelson Mandela Award", "James Webb Space Telescope"). */
export const NAMED_AFTER_SUFFIXES = new Set(
  (
    'award awards prize prizes medal trophy cup telescope bridge tunnel stadium arena memorial show ' +
    'festival day week lecture scholarship act law rule doctrine effect syndrome disease'
  ).split(' '),
)

/** Points of the compass: "in North" or "the West" alone are directions, not places. */
export const DIRECTIONS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest'.split(
    ' ',
  ),
)

/** Words that end place names ("Orange County", "Pacific Coast Highway"). */
export const PLACE_SUFFIXES = new Set(
  (
    'county city province state island islands beach valley mountain mountains river lake bay street avenue ' +
    'road highway district region republic peninsula coast sea ocean gulf strait canyon park square airport ' +
    'harbour harbor port township village borough parish prefecture oblast canton boulevard blvd ave ' +
    'pier mall cemetery courthouse'
  ).split(' '),
)

/** Lower-case words allowed inside a name between capitalised words ("Bank of England"). */
export const NAME_CONNECTORS = new Set([
  'of',
  'de',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'di',
  'del',
  'dos',
  'y',
  '&',
])

/** Name-like tags compromise gives single words and phrases. */
export interface Lexicon {
  firstNames: Set<string>
  lastNames: Set<string>
  /** multi-word and single-word entities: lower-case name -> kind */
  names: Map<string, EntityKind>
  /** words compromise knows as ordinary vocabulary (verbs, adjectives, common nouns, ...) */
  common: Set<string>
  /** weekdays, months, demonyms and similar capitalised non-entities */
  nonEntities: Set<string>
  /** first words of multi-word names ("new" for "new york") */
  multiFirst: Set<string>
}

let lexicon: Lexicon | undefined

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place'])
const ORG_TAGS = new Set(['Organization', 'SportsTeam'])
const NON_ENTITY_TAGS = new Set([
  'WeekDay',
  'Month',
  'Date',
  'Demonym',
  'Holiday',
  'Currency',
  'Unit',
])
const NAME_TAGS = new Set([
  'FemaleName',
  'MaleName',
  'FirstName',
  'LastName',
  'Person',
  'ProperNoun',
  ...PLACE_TAGS,
  ...ORG_TAGS,
  ...NON_ENTITY_TAGS,
  'Honorific',
  'Abbreviation',
])

const CALENDAR_WORDS = (
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec week weekend'
).split(' ')

/** Demonyms compromise's lexicon lacks ("Irish holidaymakers" is no name; "Irish Times" is). */
const MORE_DEMONYMS = 'irish british english spanish polish swedish danish finnish turkish'.split(
  ' ',
)

/** The compromise lexicon, split into the sets the extractor needs (built once, then cached). */
export function getLexicon(): Lexicon {
  if (lexicon) return lexicon
  const firstNames = new Set<string>()
  const lastNames = new Set<string>()
  const names = new Map<string, EntityKind>()
  const common = new Set<string>()
  const nonEntities = new Set<string>()
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } }
  for (const [word, tagOrTags] of Object.entries(model.one.lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags]
    let named = false
    for (const tag of tags) {
      if (tag === 'FemaleName' || tag === 'MaleName' || tag === 'FirstName') firstNames.add(word)
      else if (tag === 'LastName') lastNames.add(word)
      else if (tag === 'Person' && word.includes(' ')) names.set(word, 'person')
      else if (PLACE_TAGS.has(tag) && word.length > 3) names.set(word, 'place')
      else if (ORG_TAGS.has(tag) && word.length > 2) names.set(word, 'organization')
      else if (NON_ENTITY_TAGS.has(tag)) nonEntities.add(word)
      if (NAME_TAGS.has(tag)) named = true
    }
    if (!named && !word.includes(' ')) common.add(word)
  }
  // months compromise also knows as verbs or names ("march", "may"), and "Week 12" of a season
  for (const w of [...CALENDAR_WORDS, ...MORE_DEMONYMS]) nonEntities.add(w)
  // (not the exonyms: their first words, "la" of "la haye", would start names as known ones do)
  for (const [kind, slug, name, aliases] of ALIAS_ROWS) {
    void slug
    void name
    for (const alias of aliases) if (alias.length > 3) names.set(alias, kind)
  }
  const multiFirst = new Set<string>()
  for (const key of names.keys()) {
    const space = key.indexOf(' ')
    if (space > 0) multiFirst.add(key.slice(0, space))
  }
  for (const w of ['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at']) multiFirst.delete(w)
  lexicon = { firstNames, lastNames, names, common, nonEntities, multiFirst }
  return lexicon
}
