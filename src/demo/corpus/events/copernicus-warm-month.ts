/**
 * @module copernicus-warm-month
 * Copernicus monthly climate bulletin: a CPA wire text carried by two outlets, and a Dutch outlet's
 * own angle.
 */
import type { EventSource } from '../corpus-types.js'

export const copernicusWarmMonth: EventSource = {
  key: 'copernicus-warm-month',
  label: 'Copernicus: last month was the third-warmest on record',
  kind: 'event',
  pieces: [
    {
      feed: 'continental-press/wire',
      h: 22,
      slug: 'last-month-third-warmest-on-record-copernicus',
      title: 'Last month was third-warmest on record globally, Copernicus says',
      by: 'CPA staff',
      tags: ['Science', 'Climate'],
      img: 'Map of global surface air temperature anomalies',
      body: `GENEVA (CPA) - Last month was the third-warmest of its kind on record worldwide, with global average surface air temperatures 1.47 degrees Celsius above pre-industrial levels, the European Union's Copernicus Climate Change Service said.

The monthly bulletin, based on billions of measurements from satellites, ships, aircraft and weather stations, showed that only the same month in 2023 and 2024 had been warmer. The average sea surface temperature between 60 degrees south and 60 degrees north was the second-highest ever recorded for the month.

"The extraordinary peaks of the last two years have eased slightly, but the underlying warming has not," said Ingrid Solberg, a senior scientist at the European Centre for Medium-Range Weather Forecasts, which runs the Copernicus service.

Europe's average temperature was 1.2 degrees above the 1991-2020 average for the month. Parts of eastern Europe and Scandinavia were unusually warm, while western Portugal and Spain were cooler than average.

Arctic sea ice extent was 9% below average, the fourth-lowest for the month in the 47-year satellite record. Antarctic sea ice was 6% below average.

The 12-month period ending last month was 1.52 degrees warmer than the pre-industrial average, Copernicus said, above the 1.5-degree threshold named in the Paris Agreement, although the agreement refers to averages over decades rather than single years.

Scientists say the burning of fossil fuels remains the main driver of warming, with natural variability such as the El Niño weather pattern adding to or subtracting from it in any given year.`,
    },
    {
      feed: 'polder-post/news',
      h: 19,
      slug: 'warm-seas-dutch-water-boards-copernicus',
      title: 'Warmer North Sea keeps Dutch water boards awake as Copernicus logs another near-record month',
      by: 'Femke de Wit',
      tags: ['Climate', 'Water', 'Netherlands'],
      img: 'The Afsluitdijk seen from the air',
      lede: 'Sea surface temperatures off the Dutch coast were among the highest ever measured. Engineers say the bigger worry is what warmer water does to storms.',
      body: `The North Sea off the Dutch coast was almost two degrees warmer than usual last month, according to the latest data from the EU's Copernicus Climate Change Service, which reported that the planet as a whole had its third-warmest such month on record.

For the Netherlands, where a quarter of the land lies below sea level, such figures are read less as an environmental statistic than as an engineering input.

"Warm water means more energy for storms and more evaporation, which means more rain in a short time," said Marieke Jansen, a hydrologist at the Hoogheemraadschap van Rijnland, one of the country's oldest water boards. "Our pumping stations were designed for the climate of the 1990s."

Rijkswaterstaat, the national public-works agency, is reviewing its design standards for dikes and storm barriers as part of the Delta Programme, which plans flood protection up to 2100. A report due next year will set out whether the Maeslantkering, the giant barrier protecting Rotterdam, needs to close more often than the once-a-decade average assumed when it was built.

Copernicus said global temperatures last month were 1.47C above pre-industrial levels. Europe was 1.2C warmer than the 1991-2020 average.

The Royal Netherlands Meteorological Institute (KNMI) said the country's own summer and autumn records show a clear trend. "What used to be an exceptional year is now an ordinary one," said KNMI climate researcher Bart Verhoeven.`,
    },
  ],
  copies: [
    {
      of: 'last-month-third-warmest-on-record-copernicus',
      feed: 'indus-morning-post/news',
      h: 21,
      title: "Last month was world's third-warmest on record: Copernicus",
      by: 'CPA',
      tags: ['Science', 'Environment'],
      edits: [['GENEVA (CPA) - ', 'Geneva: ']],
      dropLast: 1,
    },
    {
      of: 'last-month-third-warmest-on-record-copernicus',
      feed: 'dominion-observer/news',
      h: 20,
      title: 'Earth logs third-warmest month on record, EU climate service says',
      by: 'The Continental Press Agency',
      tags: ['Climate', 'World'],
      edits: [
        ['GENEVA (CPA) - ', ''],
        ['Arctic sea ice extent was 9% below average', "Arctic sea ice extent, closely watched in Canada's North, was 9% below average"],
      ],
    },
  ],
}
