/**
 * @module parse-date
 * Feed dates to instants. Accepts ISO 8601 / RFC 3339 and RFC 822 / 1123 with the variants feeds
 * actually send: no day name, 2-digit years, named zones (EST, CEST, BST, ...), no seconds, stray
 * spaces, trailing "(CET)" comments, RFC 850 dashes, asctime and JavaScript's `Date#toString`.
 * Total: never throws; anything invalid or ambiguous is `null`. A date without a zone is read as UTC.
 */

const isoPattern =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|t|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:([Zz]|[+-]\d{2}(?::?\d{2})?)|([A-Za-z]{1,5}))?$/

/** Offsets in minutes east of UTC. Ambiguous names use the reading feeds mean most often. */
const zoneOffsets: ReadonlyMap<string, number> = new Map([
  ['z', 0],
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['wet', 0],
  ['west', 60],
  ['bst', 60],
  ['ist', 330],
  ['cet', 60],
  ['met', 60],
  ['mez', 60],
  ['cest', 120],
  ['mest', 120],
  ['mesz', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['sast', 120],
  ['wat', 60],
  ['cat', 120],
  ['eat', 180],
  ['pkt', 300],
  ['ict', 420],
  ['wib', 420],
  ['hkt', 480],
  ['sgt', 480],
  ['pht', 480],
  ['awst', 480],
  ['jst', 540],
  ['kst', 540],
  ['acst', 570],
  ['aest', 600],
  ['acdt', 630],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['akst', -540],
  ['akdt', -480],
  ['hst', -600],
  ['ast', -240],
  ['adt', -180],
  ['nst', -210],
  ['ndt', -150],
  ['brt', -180],
  ['art', -180],
])

const monthNumbers: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
])

const dayNames: ReadonlySet<string> = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'weds',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
])

const ordinalSuffixes: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th'])

interface DateParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
  offsetMinutes: number
}

/**
 * Parses a feed date. Returns null for missing, invalid or unrecognised input; never throws.
 * @example parseDate('Mon, 1 Jan 2024 10:00:00 +0100 (CET)') // 2024-01-01T09:00:00.000Z
 */
export function parseDate(raw: string | null | undefined): Date | null {
  if (typeof raw !== 'string') return null
  if (raw.length > 160) return null
  // comments such as "(CET)" or "(Central European Standard Time)" carry nothing we need
  const text = raw.includes('(') ? raw.replace(/\([^)]*\)/g, ' ').trim() : raw.trim()
  if (text === '') return null
  const parts = parseIso(text) ?? parseRfc822(text)
  return parts === null ? null : toDate(parts)
}

function parseIso(text: string): DateParts | null {
  const match = isoPattern.exec(text)
  if (match === null) return null
  const [, year, month, day, hour, minute, second, fraction, offset, zoneName] = match
  let offsetMinutes = 0
  if (offset !== undefined) {
    const parsed = parseOffset(offset)
    if (parsed === null) return null
    offsetMinutes = parsed
  } else if (zoneName !== undefined) {
    const named = zoneOffsets.get(zoneName.toLowerCase())
    if (named === undefined) return null
    offsetMinutes = named
  }
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: hour === undefined ? 0 : Number(hour),
    minute: minute === undefined ? 0 : Number(minute),
    second: second === undefined ? 0 : Number(second),
    millisecond: fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
    offsetMinutes,
  }
}

/** "+0100", "-05:00", "+01", "Z" to minutes east of UTC; null when out of range. */
function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0
  const sign = text.startsWith('-') ? -1 : 1
  const digits = text.slice(1).replace(':', '')
  if (!/^\d{1,4}$/.test(digits)) return null
  const hours = digits.length <= 2 ? Number(digits) : Number(digits.slice(0, digits.length - 2))
  const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2))
  if (hours > 14 || minutes > 59) return null
  return sign * (hours * 60 + minutes)
}

type Token =
  | { kind: 'word'; value: string }
  | { kind: 'number'; value: string }
  | { kind: 'time'; value: string }
  | { kind: 'offset'; value: string }

/** Splits an RFC 822-like date into words, numbers, times and offsets; null on unexpected characters. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = []
  let sawTime = false
  let i = 0
  while (i < text.length) {
    const char = text.charCodeAt(i)
    if (isLetter(char)) {
      let end = i + 1
      while (end < text.length && isLetter(text.charCodeAt(end))) end++
      tokens.push({ kind: 'word', value: text.slice(i, end).toLowerCase() })
      i = end
    } else if (isDigit(char)) {
      let end = i + 1
      while (end < text.length && (isDigit(text.charCodeAt(end)) || text[end] === ':')) end++
      if (text[end] === '.' && text.slice(i, end).includes(':')) {
        end++
        while (end < text.length && isDigit(text.charCodeAt(end))) end++
      }
      const value = text.slice(i, end)
      const isTime = value.includes(':')
      tokens.push({ kind: isTime ? 'time' : 'number', value })
      if (isTime) sawTime = true
      i = end
    } else if ((text[i] === '+' || text[i] === '-') && sawTime && isDigit(text.charCodeAt(i + 1))) {
      let end = i + 1
      while (end < text.length && (isDigit(text.charCodeAt(end)) || text[end] === ':')) end++
      tokens.push({ kind: 'offset', value: text.slice(i, end) })
      i = end
    } else if (' \t\r\n,.-/'.includes(text[i] ?? '')) {
      i++
    } else {
      return null
    }
  }
  return tokens
}

function parseRfc822(text: string): DateParts | null {
  const tokens = tokenize(text)
  if (tokens === null) return null
  let day: number | null = null
  let month: number | null = null
  let year: number | null = null
  let time: { hour: number; minute: number; second: number; millisecond: number } | null = null
  let offsetMinutes: number | null = null
  let hasNumericOffset = false
  let meridiem: 'am' | 'pm' | null = null
  let previous: Token | undefined
  for (const token of tokens) {
    if (token.kind === 'word') {
      const word = token.value
      const monthNumber = monthNumbers.get(word)
      const zone = zoneOffsets.get(word)
      if (monthNumber !== undefined && month === null) month = monthNumber
      else if (dayNames.has(word)) {
        // the weekday adds nothing and is often wrong; ignore it
      } else if (ordinalSuffixes.has(word) && previous?.kind === 'number') {
        // "1st", "22nd"
      } else if ((word === 'am' || word === 'pm') && time !== null && meridiem === null) {
        meridiem = word
      } else if (zone !== undefined && offsetMinutes === null) offsetMinutes = zone
      else if (word === 'at' || word === 't') {
        // "January 1, 2024 at 10:00"
      } else return null
    } else if (token.kind === 'number') {
      const value = Number(token.value)
      if (token.value.length === 4 && year === null) year = value
      else if (token.value.length <= 2 && day === null && year === null) day = value
      else if (token.value.length <= 2 && day === null && month !== null) day = value
      else if (token.value.length <= 3 && year === null && day !== null) {
        year = token.value.length === 3 ? value + 1900 : value < 50 ? value + 2000 : value + 1900
      } else return null
    } else if (token.kind === 'time') {
      if (time !== null) return null
      time = parseClock(token.value)
      if (time === null) return null
    } else {
      // a numeric offset wins over a zone name ("GMT+0100", "EST -0500")
      const parsed = parseOffset(token.value)
      if (parsed === null || hasNumericOffset) return null
      offsetMinutes = parsed
      hasNumericOffset = true
    }
    previous = token
  }
  if (day === null || month === null || year === null) return null
  const clock = time ?? { hour: 0, minute: 0, second: 0, millisecond: 0 }
  let hour = clock.hour
  if (meridiem !== null) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0)
  }
  return {
    year,
    month,
    day,
    hour,
    minute: clock.minute,
    second: clock.second,
    millisecond: clock.millisecond,
    offsetMinutes: offsetMinutes ?? 0,
  }
}

function parseClock(
  text: string,
): { hour: number; minute: number; second: number; millisecond: number } | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(text)
  if (match === null) return null
  const [, hour, minute, second, fraction] = match
  return {
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? 0 : Number(second),
    millisecond: fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
  }
}

function toDate(parts: DateParts): Date | null {
  const { year, month, day, hour, minute, millisecond, offsetMinutes } = parts
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  if (minute > 59 || parts.second > 60) return null
  if (hour > 24 || (hour === 24 && (minute > 0 || parts.second > 0 || millisecond > 0))) return null
  // a leap second is kept as the last second of its minute
  const second = Math.min(parts.second, 59)
  const utc =
    year >= 100
      ? Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
      : // Date.UTC reads years 0-99 as 1900-1999
        new Date(0).setUTCFullYear(year, month - 1, day) +
        ((hour * 60 + minute) * 60 + second) * 1000 +
        millisecond
  const time = utc - offsetMinutes * 60_000
  return Number.isFinite(time) ? new Date(time) : null
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
