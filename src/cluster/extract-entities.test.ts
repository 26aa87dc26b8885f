import assert from 'node:assert/strict'
import { test } from 'node:test'

import nlp from 'compromise'

import {
  type Entity,
  type EntityDetails,
  type EntityRegistry,
  extractEntities,
  extractEntitiesNlp,
  extractEntityDetails,
  slugify,
  withoutDatelineCredit,
} from './extract-entities.js'

const keys = (es: readonly { key: string }[]): string[] => es.map((e) => e.key).sort()
/** The keys of everything found, entities and unclassified names. */
const allKeys = (d: EntityDetails): string[] => keys([...d.entities, ...d.names])
const find = (es: Entity[], key: string): Entity | undefined => es.find((e) => e.key === key)

test('titles and roles are stripped and surnames resolve to the full name', () => {
  const es = extractEntities(
    'Rutte to convince Trump to stay in NATO',
    'NATO Secretary General Mark Rutte met US President Donald Trump on Tuesday. ' +
      'Rutte said allies would spend more. Trump welcomed the pledge.',
  )
  const rutte = find(es, 'person:mark-rutte')
  assert.ok(rutte, keys(es).join(' '))
  assert.equal(rutte.name, 'Mark Rutte')
  assert.equal(rutte.mentions, 3)
  assert.equal(find(es, 'person:donald-trump')?.mentions, 3)
  assert.ok(find(es, 'organization:nato'))
  assert.ok(find(es, 'place:united-states'))
  assert.ok(!es.some((e) => /secretary|president/i.test(e.name)), keys(es).join(' '))
})

test('middle initials do not make another person, in a title or in a text', () => {
  const inTitle = extractEntities('Public Advocate Jumaane D. Williams wins the vote', '')
  assert.deepEqual(keys(inTitle), ['person:jumaane-williams'])
  const es = extractEntities(
    'Council backs the housing bill',
    'Donald J. Trump and Jumaane D. Williams spoke. Later Jumaane Williams said Donald Trump called.',
  )
  assert.deepEqual(keys(es), ['person:donald-trump', 'person:jumaane-williams'])
  // the display name keeps the longest form, and each counts every mention
  assert.equal(find(es, 'person:jumaane-williams')?.name, 'Jumaane D Williams')
  assert.equal(find(es, 'person:donald-trump')?.mentions, 2)
  // an initial that is not in the middle stays: "J. Smith" is not "Smith"
  assert.ok(find(extractEntities('', 'Yesterday J. Smith won.'), 'person:j-smith'))
})

test('acronyms and expansions are one organisation, aliases one place', () => {
  const es = extractEntities(
    'Allies meet',
    'The North Atlantic Treaty Organization met in Brussels. NATO officials and the U.N. spoke, ' +
      'as did the United Nations refugee agency. Britain and the UK delegation, America and the ' +
      'United States agreed.',
  )
  assert.equal(find(es, 'organization:nato')?.mentions, 2)
  assert.equal(find(es, 'organization:united-nations')?.mentions, 2)
  assert.equal(find(es, 'place:united-kingdom')?.mentions, 2)
  assert.equal(find(es, 'place:united-states')?.mentions, 2)
  assert.ok(find(es, 'place:brussels'))
})

test('an expansion followed by its acronym in brackets takes the acronym key', () => {
  const d = extractEntityDetails(
    'Agency warns',
    'The European Medicines Agency (EMA) issued a warning. EMA said it would review the drug.',
  )
  assert.ok(find(d.entities, 'organization:ema'), keys(d.entities).join(' '))
  assert.deepEqual(d.aliases, [['organization:european-medicines-agency', 'organization:ema']])
})

test('a name the text abbreviates is an organisation, even after "in"', () => {
  const d = extractEntityDetails(
    '',
    'A flaw in Internet Explorer (IE) lets attackers in. IE 8 users should update.',
  )
  assert.deepEqual(allKeys(d), ['organization:ie'])
  assert.equal(find(d.entities, 'organization:ie')?.mentions, 3)
  assert.deepEqual(d.aliases, [['organization:internet-explorer', 'organization:ie']])
  // an alias learned elsewhere: the registry knows the expansion
  const registry: EntityRegistry = {
    personBySurname: () => undefined,
    organizationAlias: (key) =>
      key === 'organization:internet-explorer' ? { key: 'organization:ie', name: 'IE' } : undefined,
  }
  const later = extractEntities('Patch out', 'Attacks in Internet Explorer went on.', { registry })
  assert.deepEqual(keys(later), ['organization:ie'])
  // a place by its preposition stays a place when nothing abbreviates it
  assert.deepEqual(keys(extractEntities('', 'They met in Port Moresby.')), ['place:port-moresby'])
})

test('words ending in a place name an organisation; a direction before a place does not', () => {
  const d = extractEntityDetails(
    '',
    'A report by Public Health England and a study at University College London agree. ' +
      'A spokesman for Police Scotland said rain fell across Central London and Northern England.',
  )
  assert.deepEqual(allKeys(d), [
    'organization:police-scotland',
    'organization:public-health-england',
    'organization:university-college-london',
    'place:england',
    'place:london',
  ])
})

test('German nouns are not names; known names, and names after a first name, are', () => {
  const d = extractEntityDetails(
    'Kabinett beschließt Rekordetat für die Bundeswehr',
    'Der Brief des Ministers liegt vor. Finanzminister Lars Klingbeil (SPD) sagte in Berlin, ' +
      'der Entwurf sei solide. Der Name Pistorius fiel oft.',
    { language: 'de' },
  )
  assert.deepEqual(allKeys(d), ['organization:spd', 'person:lars-klingbeil', 'place:berlin'])
  // the same text read as English takes every noun for a name
  const english = extractEntityDetails('', 'Der Brief des Ministers liegt vor.')
  assert.ok(english.names.some((n) => n.key === 'name:brief'))
})

test('a sentence of another language starts with its function words, not a name', () => {
  const text = 'Nous avons vu Paris. Leur maison brûle. Cette affaire continue. Mais Lyon attend.'
  // read as English, the French words that start sentences are unknown names
  assert.deepEqual(
    extractEntityDetails('', text)
      .names.map((n) => n.name)
      .sort(),
    ['Cette', 'Leur', 'Mais', 'Nous'],
  )
  const d = extractEntityDetails('', text, { language: 'fr' })
  assert.deepEqual(allKeys(d), ['place:lyon', 'place:paris'])
  // and words the stopword package's short French list lacks
  const selon = extractEntityDetails(
    '',
    'Selon la préfecture, le feu a brûlé. Après cela, Lyon attend.',
    {
      language: 'fr',
    },
  )
  assert.deepEqual(allKeys(selon), ['place:lyon'])
})

test('other languages name countries and cities their own way, and elide before them', () => {
  const de = extractEntities(
    '',
    'Der Rhein in Köln ist niedrig. Deutschland und Frankreich beraten in Brüssel.',
    {
      language: 'de',
    },
  )
  assert.deepEqual(keys(de), ['place:brussels', 'place:cologne', 'place:france', 'place:germany'])
  const fr = extractEntities(
    '',
    "Les États-Unis et l'Allemagne se retrouvent à Bruxelles et à Londres.",
    {
      language: 'fr',
    },
  )
  assert.deepEqual(keys(fr), [
    'place:brussels',
    'place:germany',
    'place:london',
    'place:united-states',
  ])
  // "Europa" is not an exonym: the Europa League stays whole
  assert.deepEqual(keys(extractEntities('', 'The Europa League final is in Vienna.')), [
    'organization:europa-league',
    'place:vienna',
  ])
})

/** A registry that knows one person by surname: Mark Rutte. */
const rutteRegistry: EntityRegistry = {
  personBySurname: (s) =>
    s === 'rutte' ? { key: 'person:mark-rutte', name: 'Mark Rutte' } : undefined,
  organizationAlias: () => undefined,
}

test('the registry resolves a bare surname the text never spells out', () => {
  const es = extractEntities('Rutte heads to Washington', 'Rutte will arrive on Monday.', {
    registry: rutteRegistry,
  })
  assert.equal(find(es, 'person:mark-rutte')?.mentions, 2)
})

test('what the registry resolved is marked inferred; what the text names is not', () => {
  const bare = extractEntities('Rutte heads to Washington', 'Rutte will arrive.', {
    registry: rutteRegistry,
  })
  assert.equal(find(bare, 'person:mark-rutte')?.inferred, true)
  const full = extractEntities('Rutte heads to Washington', 'Mark Rutte will arrive.', {
    registry: rutteRegistry,
  })
  assert.equal(find(full, 'person:mark-rutte')?.inferred, undefined)
})

test('ordinary words are never looked up as surnames, first names are left to the registry', () => {
  const asked: string[] = []
  const registry: EntityRegistry = {
    personBySurname: (s) => {
      asked.push(s)
      return { key: `person:someone-${s}`, name: `Someone ${s}` }
    },
    organizationAlias: () => undefined,
  }
  const d = extractEntityDetails(
    'Bill passes',
    'The vote in the House was close. The Rock fought back for the Black and Gold. ' +
      'Later Reid spoke, and President Young signed it.',
    { registry },
  )
  assert.deepEqual(asked.sort(), ['reid', 'young'])
  assert.ok(!find(d.entities, 'person:someone-house'), keys(d.entities).join(' '))
})

test('a bare first name is the one person of the text who has it', () => {
  const es = extractEntities(
    'Rookie signs',
    'McDermott sought the counsel of Harrison Barnes, his former teammate. ' +
      '“Harrison told me to be patient,” he said. John Mitchell and John Dean met. John left.',
  )
  assert.equal(find(es, 'person:harrison-barnes')?.mentions, 2, keys(es).join(' '))
  // two Johns: a bare "John" is neither
  assert.equal(find(es, 'person:john-mitchell')?.mentions, 1)
  assert.equal(find(es, 'person:john-dean')?.mentions, 1)
})

test('a known name of several words ends a whole person name before it', () => {
  const es = extractEntities(
    'Aide dies',
    'Fred LaRue, a Richard Nixon White House aide, died. Michael Jordan and Mary Ann Evans did not.',
  )
  assert.deepEqual(keys(es), [
    'organization:white-house',
    'person:fred-larue',
    'person:mary-ann-evans',
    'person:michael-jordan',
    'person:richard-nixon',
  ])
})

test('"I\'m" and its kin are never part of a name', () => {
  const d = extractEntityDetails(
    'Pass play',
    "As I'm releasing the ball to Reggie I'm pretty much throwing it away, I'll admit.",
  )
  assert.deepEqual(allKeys(d), ['name:reggie'])
})

test('months, weeks, shouted words and page jargon are not entities', () => {
  const d = extractEntityDetails(
    'POSTED: MARCH 3',
    'It happened in March, in Week 12. He was charged with DUI before a SWAT team and the ' +
      'Saints put their RB on IR.',
  )
  assert.deepEqual(allKeys(d), ['name:saints'])
})

test('roles with a hyphen, hotels, and a person named after a role', () => {
  const es = extractEntities(
    'Transition',
    'President-elect Obama met aides at the Carlton Hotel. Professor of Conservation Ecology ' +
      'Stuart Pimm was there.',
  )
  assert.deepEqual(keys(es), ['organization:carlton-hotel', 'person:obama', 'person:stuart-pimm'])
})

test('a surname after a preposition is the person the text names, unless it is a known place', () => {
  const es = extractEntities(
    'Source',
    'Bob Woodward kept the secret. The tip came from Woodward at night, and it was in Woodward ' +
      'that the editors trusted. George Washington slept in Washington.',
  )
  assert.equal(find(es, 'person:bob-woodward')?.mentions, 3, keys(es).join(' '))
  assert.ok(find(es, 'place:washington'))
  assert.ok(!find(es, 'place:woodward'))
})

test('an unknown name after "at" or "from" is no place; a place word makes one', () => {
  const d = extractEntityDetails(
    '',
    'said an economist at Nordbank in Copenhagen. The growth came from Acropora corals. ' +
      'Crowds gathered on Bruckner Boulevard and at Lenox Mall, near Millom Pier.',
  )
  assert.deepEqual(d.entities.map((e) => e.key).sort(), [
    'place:bruckner-boulevard',
    'place:copenhagen',
    'place:lenox-mall',
    'place:millom-pier',
  ])
  assert.deepEqual(keys(d.names), ['name:acropora', 'name:nordbank'])
})

test("a wire dateline's agency credit is not an entity of the story", () => {
  for (const [text, place] of [
    ['TOKYO (CPA) - Asian stock markets were mixed.', 'place:tokyo'],
    ['SAO PAULO, Brazil (Reuters) - Deforestation fell.', 'place:sao-paulo'],
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'place:washington'],
    ['Brussels (Associated Press) – Ministers met.', 'place:brussels'],
  ] as const) {
    const es = extractEntities('Markets', text)
    assert.ok(find(es, place), `${text}: ${keys(es).join(' ')}`)
    assert.ok(
      !es.some((e) => /cpa|reuters|associated-press|organization:ap$/.test(e.key)),
      `${text}: ${keys(es).join(' ')}`,
    )
  }
  // the summary and then the article: each line's dateline
  const twice = extractEntities(
    'Markets',
    'TOKYO (CPA) - Shares fell.\n\nTOKYO (CPA) - Shares fell.',
  )
  assert.deepEqual(keys(twice), ['place:tokyo'])
  // a dateline's capitals are typography: the place is shown as it is usually written
  const shouted = extractEntities('Rates', 'FRANKFURT (CPA) - The ECB held. NEW YORK and the UAE.')
  assert.deepEqual(shouted.map((e) => e.name).sort(), [
    'European Central Bank',
    'Frankfurt',
    'New York',
    'United Arab Emirates',
  ])
  // elsewhere, a bracketed acronym is an entity as ever
  const later = extractEntities(
    'Talks',
    'Mark Rutte (NATO) said more. Later, NATO - and the UN - agreed.',
  )
  assert.ok(find(later, 'organization:nato'))
  assert.equal(
    withoutDatelineCredit('Weitz, an Academy Award (R) - nominated writer'),
    'Weitz, an Academy Award (R) - nominated writer',
  )
})

test('public offices are roles in a sentence too', () => {
  const es = extractEntities(
    'Vote counted',
    'The vote was won by Public Advocate Jumaane D. Williams. Public Defender Ann Smith and ' +
      'Prosecutor Jane Roe objected.',
  )
  assert.deepEqual(keys(es), ['person:ann-smith', 'person:jane-roe', 'person:jumaane-williams'])
})

test('the Oval Office is a room of the White House, not an organisation', () => {
  const es = extractEntities('Talks', 'Rutte met Trump in the Oval Office of the White House.')
  assert.equal(find(es, 'place:oval-office')?.kind, 'place', keys(es).join(' '))
  assert.equal(find(es, 'organization:white-house')?.kind, 'organization')
})

test('sentence-initial and headline capitals are not names', () => {
  const es = extractEntities(
    'Quake Hits Island Off Southern Iran',
    'Officials said the quake hit at dawn. Residents fled their homes in Qeshm.',
  )
  assert.deepEqual(keys(es), ['place:iran', 'place:qeshm'])
})

test('organisation and place suffixes classify unknown names', () => {
  const es = extractEntities(
    'Lohan checks into Betty Ford Center',
    'Lindsay Lohan checked into the Betty Ford Center after a crash on Pacific Coast Highway.',
  )
  assert.ok(find(es, 'organization:betty-ford-center'), keys(es).join(' '))
  assert.ok(find(es, 'place:pacific-coast-highway'))
  assert.equal(find(es, 'person:lindsay-lohan')?.mentions, 2)
})

test('"of" names: an organisation or a place before "of" takes the known name after it', () => {
  const d = extractEntityDetails(
    'Rates held',
    'The Bank of England held rates. Ships crossed the Gulf of Aden near the Horn of Africa. ' +
      'The Communist Party of Greece and the University of Alabama objected.',
  )
  const all = [...d.entities, ...d.names]
  assert.ok(find(d.entities, 'organization:bank-of-england'), keys(all).join(' '))
  assert.ok(find(d.entities, 'place:gulf-of-aden'))
  assert.ok(find(d.entities, 'organization:communist-party-of-greece'))
  assert.ok(find(d.entities, 'organization:university-of-alabama'))
  assert.ok(find(d.entities, 'place:horn-of-africa'))
  assert.ok(!all.some((e) => e.key.endsWith('-of')), keys(all).join(' '))
})

test('a person "of" a place is the person and the place', () => {
  const es = extractEntities('Senators speak', 'Senator Maria Cantwell of Washington spoke first.')
  assert.ok(find(es, 'person:maria-cantwell'), keys(es).join(' '))
  assert.ok(find(es, 'place:washington'))
})

test('a known name followed by an organisation suffix is part of that organisation', () => {
  const es = extractEntities(
    'Carmakers merge',
    'Mitsubishi Heavy Industries and Ford Motor Co signed the deal; Mitsubishi said more would follow.',
  )
  assert.ok(find(es, 'organization:mitsubishi-heavy-industries'), keys(es).join(' '))
  assert.ok(find(es, 'organization:ford-motor-co'))
})

test('roles before a name are not part of it, even "City Councilman" or "District Attorney"', () => {
  const es = extractEntities(
    'Charges filed',
    'Philadelphia District Attorney Seth Williams filed charges, City Councilman Jumaane Williams said.',
  )
  assert.ok(find(es, 'person:seth-williams'), keys(es).join(' '))
  assert.ok(find(es, 'person:jumaane-williams'))
  assert.ok(find(es, 'place:philadelphia'))
  assert.ok(!es.some((e) => /councilman|attorney|district/.test(e.key)), keys(es).join(' '))
})

test('things named after people are not people; mountains and lakes are places', () => {
  const d = extractEntityDetails(
    'Telescope finds water',
    'The James Webb Space Telescope found water. Bettie Mae Page won the Nelson Mandela Award ' +
      'and climbed Mount Cook above Lake Powell.',
  )
  const all = [...d.entities, ...d.names]
  assert.ok(!find(d.entities, 'person:james-webb-space-telescope'), keys(all).join(' '))
  assert.ok(!find(d.entities, 'person:nelson-mandela-award'))
  assert.ok(find(d.entities, 'person:bettie-mae-page'), keys(all).join(' '))
  assert.ok(find(d.entities, 'place:mount-cook'))
  assert.ok(find(d.entities, 'place:lake-powell'))
})

test('generic words, directions, weekdays, demonyms and codes are not entities', () => {
  const d = extractEntityDetails(
    'Storm hits',
    'The County said the Department would act. Winds rose in North and in Western areas on ' +
      'Friday. German officials and the Police spoke. The EV maker ships R290 pumps with LNG.',
  )
  const all = [...d.entities, ...d.names]
  for (const junk of ['county', 'department', 'north', 'western', 'friday', 'german', 'police']) {
    assert.ok(!all.some((e) => e.key.endsWith(`:${junk}`)), `${junk}: ${keys(all).join(' ')}`)
  }
  assert.ok(!find(d.entities, 'organization:ev'))
  assert.ok(!find(d.entities, 'organization:lng'))
  assert.ok(!find(d.entities, 'organization:r290'), keys(all).join(' '))
})

test('feed categories count as mentions', () => {
  const es = extractEntities('Summit ends', 'The leaders left.', {
    categories: ['NATO', 'Politics'],
  })
  assert.deepEqual(keys(es), ['organization:nato'])
})

test('slugs are lower-case, accent-free and dash-separated', () => {
  assert.equal(slugify('José Manuel Barroso'), 'jose-manuel-barroso')
  assert.equal(slugify("O'Neil & Sons"), 'oneil-sons')
})

test('the compromise-based extractor shares the same normalisation', () => {
  const d = extractEntitiesNlp(
    nlp,
    'Rutte to convince Trump to stay in NATO',
    'NATO Secretary General Mark Rutte met US President Donald Trump in Washington.',
  )
  assert.ok(find(d.entities, 'person:mark-rutte'))
  assert.ok(find(d.entities, 'person:donald-trump'))
  assert.ok(find(d.entities, 'organization:nato'))
})
