/**
 * @module events
 * Every demo event and wire story, as an explicit list (no directory import).
 */
import type { EventSource } from '../corpus-types.js'
import { bankOfCanadaCut } from './bank-of-canada-cut.js'
import { copernicusWarmMonth } from './copernicus-warm-month.js'
import { ecbHoldsRates } from './ecb-holds-rates.js'
import { frenchAtcStrike } from './french-atc-strike.js'
import { germanyDefenceBudget } from './germany-defence-budget.js'
import { indiaEuTradeTalks } from './india-eu-trade-talks.js'
import { irelandBeatNewZealand } from './ireland-beat-new-zealand.js'
import { isroNavigationSatellite } from './isro-navigation-satellite.js'
import { japanPmWhiteHouse } from './japan-pm-white-house.js'
import { natoMinistersAirDefence } from './nato-ministers-air-defence.js'
import { natoRutteWhiteHouse } from './nato-rutte-white-house.js'
import { nimbusCloudOutage } from './nimbus-cloud-outage.js'
import { reefCoralDecline } from './reef-coral-decline.js'
import { schipholNightFlights } from './schiphol-night-flights.js'
import { stormOonagh } from './storm-oonagh.js'
import { ukInflationFalls } from './uk-inflation-falls.js'
import { veridianBatteryRecall } from './veridian-battery-recall.js'
import { vermeerReattribution } from './vermeer-reattribution.js'
import { webbSteamWorld } from './webb-steam-world.js'
import { chileEarthquake, oilPrices, sudanRations, swissGlaciers } from './wire-stories.js'

export const eventSources: readonly EventSource[] = [
  natoRutteWhiteHouse,
  natoMinistersAirDefence,
  japanPmWhiteHouse,
  germanyDefenceBudget,
  ecbHoldsRates,
  bankOfCanadaCut,
  stormOonagh,
  veridianBatteryRecall,
  copernicusWarmMonth,
  isroNavigationSatellite,
  irelandBeatNewZealand,
  frenchAtcStrike,
  ukInflationFalls,
  schipholNightFlights,
  reefCoralDecline,
  indiaEuTradeTalks,
  nimbusCloudOutage,
  webbSteamWorld,
  vermeerReattribution,
  chileEarthquake,
  swissGlaciers,
  oilPrices,
  sudanRations,
]
