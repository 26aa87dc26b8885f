/**
 * @module standalone
 * Entries that belong to no bigger story, one module per publisher, as an explicit list.
 */
import type { Piece } from '../corpus-types.js'
import { capitolLedger } from './capitol-ledger.js'
import { continentalPress } from './continental-press.js'
import { dominionObserver } from './dominion-observer.js'
import { indusMorningPost } from './indus-morning-post.js'
import { lakeshoreTribune } from './lakeshore-tribune.js'
import { liffeyTimes } from './liffey-times.js'
import { meridianEurope } from './meridian-europe.js'
import { northbridgeHerald } from './northbridge-herald.js'
import { petitQuai } from './petit-quai.js'
import { polderPost } from './polder-post.js'
import { rheinlandCourier } from './rheinland-courier.js'
import { southernCrossReview } from './southern-cross-review.js'
import { stackReport } from './stack-report.js'
import { sumidaTimes } from './sumida-times.js'
import { vistulaReview } from './vistula-review.js'

export const standalonePieces: readonly Piece[] = [
  ...northbridgeHerald,
  ...meridianEurope,
  ...capitolLedger,
  ...lakeshoreTribune,
  ...continentalPress,
  ...rheinlandCourier,
  ...liffeyTimes,
  ...dominionObserver,
  ...southernCrossReview,
  ...indusMorningPost,
  ...polderPost,
  ...stackReport,
  ...sumidaTimes,
  ...vistulaReview,
  ...petitQuai,
]
