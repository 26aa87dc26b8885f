/**
 * @module uk-inflation-falls
 * UK consumer price inflation eases to 3.4%: a newspaper's own report, a CPA text and one copy.
 */
import type { EventSource } from '../corpus-types.js'

export const ukInflationFalls: EventSource = {
  key: 'uk-inflation-falls',
  label: 'UK inflation falls to 3.4%',
  kind: 'event',
  pieces: [
    {
      feed: 'northbridge-herald/business',
      h: 21,
      slug: 'uk-inflation-falls-to-3-4-per-cent',
      title: 'UK inflation falls to 3.4%, easing pressure on the Bank of England',
      by: 'Rachel Okonjo',
      tags: ['Economics', 'Inflation', 'Bank of England'],
      img: 'Shoppers at a fruit and vegetable stall in Manchester',
      lede: 'Cheaper petrol and smaller rises in food prices pushed the annual rate down from 3.8%, raising hopes of a rate cut.',
      body: `UK inflation fell more than expected last month, to 3.4% from 3.8%, as lower petrol prices and a slowdown in food price rises gave households some relief and strengthened the case for the Bank of England to cut interest rates.

Figures from the Office for National Statistics showed that food and non-alcoholic drink prices rose 4.2% in the year, the smallest increase for six months, while the average price of petrol fell by 3p a litre. Economists had forecast a rate of 3.6%.

Services inflation, which the Bank watches closely as a gauge of domestic price pressure, eased to 4.5% from 4.7%.

"This is the news the Bank has been waiting for," said Tom Heald, chief UK economist at Pennine Capital. "It doesn't settle the argument, but it tilts it firmly towards a cut next month."

The chancellor, Rachel Reeves, said the figures showed "we are on the right track" but acknowledged that many families were "still feeling the squeeze". The shadow chancellor said prices remained a fifth higher than four years ago.

## Still above target

Inflation remains well above the Bank's 2% target, and policymakers have been split over how quickly to lower borrowing costs from the current 4%. Four of the nine members of the Monetary Policy Committee voted for a cut at the last meeting.

Money markets moved to price in a 75% chance of a quarter-point reduction next month, up from 55% before the data. The pound fell half a cent against the dollar.

Retailers cautioned that some price rises were still to come. The British Retail Consortium said higher employer national insurance contributions and packaging levies would keep shop prices elevated into next year.`,
    },
    {
      feed: 'continental-press/wire',
      h: 21,
      slug: 'uk-inflation-eases-more-than-expected',
      title: 'UK inflation eases more than expected to 3.4%',
      by: 'CPA staff',
      tags: ['Markets', 'United Kingdom'],
      body: `LONDON (CPA) - British consumer price inflation fell more than expected to 3.4% last month from 3.8%, official data showed, bolstering expectations that the Bank of England will cut interest rates at its next meeting.

Economists polled by CPA had forecast a reading of 3.6%. The Office for National Statistics said falling motor fuel prices and smaller increases in food prices drove the decline.

Services inflation, closely watched by the central bank, slowed to 4.5% from 4.7%. Core inflation, which excludes energy, food, alcohol and tobacco, eased to 3.3%.

Finance minister Rachel Reeves said the government's plan was working but that many families were still struggling with the cost of living.

Sterling fell 0.4% against the U.S. dollar to $1.332 after the data, while two-year gilt yields dropped 6 basis points as traders raised bets on a rate cut. The Bank of England's benchmark rate stands at 4%.

Inflation in Britain remains the highest among the Group of Seven advanced economies.`,
    },
  ],
  copies: [
    {
      of: 'uk-inflation-eases-more-than-expected',
      feed: 'liffey-times/news',
      h: 20,
      title: 'UK inflation falls to 3.4% as food and fuel prices ease',
      by: 'CPA',
      tags: ['Business', 'UK'],
      edits: [
        ['LONDON (CPA) - British', 'British'],
        ['Finance minister Rachel Reeves', "The UK's finance minister, Rachel Reeves,"],
      ],
    },
  ],
}
