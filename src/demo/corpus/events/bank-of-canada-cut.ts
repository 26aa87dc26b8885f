/**
 * @module bank-of-canada-cut
 * The Bank of Canada cuts its policy rate to 2.25%. Confusable with the ECB hold (both central
 * banks, different people, country and decision). A CPA text and one copy.
 */
import type { EventSource } from '../corpus-types.js'

export const bankOfCanadaCut: EventSource = {
  key: 'bank-of-canada-cut',
  label: 'Bank of Canada cuts its policy rate to 2.25%',
  kind: 'event',
  pieces: [
    {
      feed: 'dominion-observer/news',
      h: 26,
      slug: 'bank-of-canada-cuts-rate-macklem-tariff-drag',
      title: "Bank of Canada cuts rate to 2.25%, Macklem warns tariff drag is 'persistent'",
      by: 'Graham Whitlock',
      tags: ['Business', 'Economy', 'Interest rates'],
      img: 'Tiff Macklem at a news conference at the Bank of Canada in Ottawa',
      lede: 'The quarter-point cut is aimed at an economy weighed down by U.S. tariffs on steel, aluminum, autos and lumber.',
      body: `The Bank of Canada lowered its key interest rate by a quarter of a percentage point to 2.25 per cent, saying U.S. tariffs were causing "persistent" damage to Canadian exports and business investment.

Governor Tiff Macklem said the cut was intended to support an economy that contracted in the spring and has grown only weakly since. "The tariffs are not a shock that passes. They are a structural change in our biggest export market, and the economy will have to adjust," he told reporters in Ottawa.

The bank's Monetary Policy Report projects growth of 1.2 per cent this year and 1.1 per cent next year. The unemployment rate has risen to 7.1 per cent, its highest since 2016 outside the pandemic, with job losses concentrated in manufacturing in Ontario and Quebec.

Inflation remains close to the bank's 2 per cent target, which gave the governing council room to cut. Macklem said underlying inflation was "around 2.5 per cent" and that the bank would watch closely for signs of price pressure from higher import costs.

## Mortgage relief, modest

For households, the cut will offer modest relief. The big banks are expected to lower their prime lending rates to 4.45 per cent, reducing payments on variable-rate mortgages. Fixed mortgage rates, which follow bond yields, are unlikely to move much.

Economists were divided on what comes next. "This is probably the last cut unless the trade situation gets worse," said Karen Lau, chief economist at Lakehead Financial. Others expect another reduction early next year.`,
    },
    {
      feed: 'continental-press/wire',
      h: 26,
      slug: 'bank-of-canada-lowers-rate-to-2-25',
      title: 'Bank of Canada lowers key rate to 2.25% as tariffs weigh on economy',
      by: 'CPA staff',
      tags: ['Markets', 'Central banks'],
      body: `OTTAWA (CPA) - The Bank of Canada cut its benchmark interest rate by 25 basis points to 2.25%, citing weak growth and rising unemployment as U.S. tariffs hit the country's exporters.

"The tariffs are not a shock that passes," Governor Tiff Macklem told a news conference in Ottawa. "They are a structural change in our biggest export market."

The central bank forecast economic growth of 1.2% this year and 1.1% next year. Canada's jobless rate has climbed to 7.1%, with job losses concentrated in manufacturing.

Inflation is close to the bank's 2% target. Macklem said the governing council would be watching for price pressures from more expensive imports.

The Canadian dollar slipped 0.3% to 1.394 per U.S. dollar, or 71.74 U.S. cents, after the announcement. Yields on two-year Government of Canada bonds fell 4 basis points.

Most economists surveyed by CPA before the decision had expected a cut. Markets see a roughly one-in-three chance of a further reduction by March.

The United States imposes tariffs on Canadian steel, aluminum, autos and lumber, although most other goods traded under the United States-Mexico-Canada Agreement remain exempt.`,
    },
  ],
  copies: [
    {
      of: 'bank-of-canada-lowers-rate-to-2-25',
      feed: 'lakeshore-tribune/news',
      h: 25,
      title: 'Bank of Canada cuts rates as U.S. tariffs bite',
      by: 'Continental Press Agency',
      tags: ['Business', 'Canada'],
      edits: [['OTTAWA (CPA) - ', '']],
      dropLast: 1,
      hasImage: false,
    },
  ],
}
