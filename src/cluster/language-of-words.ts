/**
 * @module language-of-words
 * The language an entry is written in, from its most frequent function words (pure), and the stop
 * words of that language.
 *
 * Ingest stores an entry's language (`ingest/normalize/detect-language.ts`: the feed's declared
 * one, else franc's trigram guess), but feeds declare wrongly (one feed for an outlet's editions),
 * `broadsheet cluster` input carries none, and franc costs ~0.5 ms an entry, more than the rest of
 * an entry's features. So clustering reads the language from the words it has already split,
 * the same at ingest and offline, in microseconds. The lexical signal needs it: "der", "und",
 * "les" and "que" are rare in an English stream, so their idf is high, and two unrelated German
 * reports would look alike through their grammar. Seven languages, those with a stemmer and stop
 * words here, are told apart; anything else is treated as English, as before.
 */

import { createRequire } from 'node:module'

/**
 * The stopword package's lists (ISO 639-3 names), from its CommonJS build: imported as an ES
 * module through tsx, the package made the tokenizer's regular expression four times slower on
 * the bench corpus (measured, cause not found); required, it costs nothing.
 */
const { deu, fra, ita, nld, por, spa } = createRequire(import.meta.url)('stopword') as Record<
  'deu' | 'fra' | 'ita' | 'nld' | 'por' | 'spa',
  readonly string[]
>

export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl'

/** Every language the vote tells apart, English first (the fallback). */
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']

/**
 * Frequent function words that belong to one language only (no word is in two lists), so that
 * each hit is a vote for that language.
 */
const MARKERS: Record<Language, string> = {
  en: 'the and of to is that for with was by this are have be from which were has not but they their',
  de: 'der und das ist nicht den von zu mit sich auf für im dem eine als auch wird bei nach wurde sind einen',
  fr: 'le les et des est une du dans pour qui sur pas au par avec ce sont ses aux été cette mais leur elle',
  es: 'el los las y del por con una para es al lo se como más su fue sus entre pero también este sobre',
  it: 'di che è per non della sono nel alla dei anche gli delle degli ha questo stato essere nella più',
  pt: 'os do da em um não dos foi ao pelo pela seu sua também ser são muito já uma na',
  nl: 'het een van dat op te voor zijn niet ook aan er bij maar werd wordt naar om deze hebben heeft',
}

const VOTES = new Map<string, Language>()
for (const [language, words] of Object.entries(MARKERS) as [Language, string][]) {
  for (const w of words.split(' ')) {
    if (VOTES.has(w)) throw new Error(`marker "${w}" is in two languages`)
    VOTES.set(w, language)
  }
}

/** Words read for the vote: a title and a lead say enough, and long texts cost no more. */
const SAMPLE_WORDS = 300
/** Votes a language needs to win: a short text of names stays English. */
const MIN_VOTES = 3

/**
 * The language of lower-case words (as from `rawTokens`; a title's, then a text's): the one whose
 * markers occur most in the first {@link SAMPLE_WORDS}, from {@link MIN_VOTES} votes and ahead of
 * English; English otherwise.
 */
export function languageOfWords(...parts: readonly (readonly string[])[]): Language {
  const votes = new Map<Language, number>()
  let left = SAMPLE_WORDS
  for (const words of parts) {
    const n = Math.min(words.length, left)
    for (let i = 0; i < n; i++) {
      const language = VOTES.get(words[i] ?? '')
      if (language !== undefined) votes.set(language, (votes.get(language) ?? 0) + 1)
    }
    left -= n
  }
  let best: Language = 'en'
  let most = votes.get('en') ?? 0
  for (const [language, count] of votes) {
    if (count >= MIN_VOTES && count > most) {
      best = language
      most = count
    }
  }
  return best
}

const STOP_LISTS: Record<Exclude<Language, 'en'>, readonly string[]> = {
  de: deu,
  fr: fra,
  es: spa,
  it: ita,
  pt: por,
  nl: nld,
}

/**
 * Frequent function words the package's short French (168 words) and Spanish (59) lists lack:
 * prepositions, adverbs and auxiliaries that start sentences ("Selon", "Après", "Según") and would
 * otherwise weigh as rare words in a mostly English stream.
 */
const MORE_STOP_WORDS: Partial<Record<Language, string>> = {
  fr:
    'selon après avant depuis pendant lors alors ainsi enfin toutefois cependant pourtant déjà ' +
    'aussi encore environ près plus moins tous toutes tout toute chaque plusieurs certains ' +
    'certaines parmi vers chez sous entre contre dont quand comme si très bien peut doit',
  es:
    'según tras ante bajo hacia mediante además mientras aunque después antes hoy ayer ha han ' +
    'había habían son era eran está están estaba ser sido puede pueden sea todo todos toda todas ' +
    'cada otros otras esta estos estas esa esos esas aquí allí así tan solo sólo les',
}

const stopSets = new Map<Language, ReadonlySet<string>>()

/**
 * The stop words of a language other than English (the `stopword` package's lists, plus the
 * markers and the few words above), or null for English, whose stop words the tokenizer knows
 * itself.
 */
export function stopWordsOf(language: Language): ReadonlySet<string> | null {
  if (language === 'en') return null
  let set = stopSets.get(language)
  if (!set) {
    const more = MORE_STOP_WORDS[language]?.split(' ') ?? []
    set = new Set([...STOP_LISTS[language], ...MARKERS[language].split(' '), ...more])
    stopSets.set(language, set)
  }
  return set
}
