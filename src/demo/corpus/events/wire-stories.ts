/**
 * @module wire-stories
 * CPA wire texts republished nearly verbatim by two or three outlets and by nobody in their own
 * words: each should fold into one story with its copies.
 */
import type { EventSource } from '../corpus-types.js'

export const chileEarthquake: EventSource = {
  key: 'wire-chile-earthquake',
  label: 'Magnitude 6.4 earthquake off northern Chile',
  kind: 'wire',
  pieces: [
    {
      feed: 'continental-press/wire',
      h: 5,
      slug: 'strong-earthquake-strikes-off-northern-chile',
      title: 'Strong earthquake strikes off northern Chile, no tsunami warning',
      by: 'CPA staff',
      tags: ['World', 'Earthquakes'],
      body: `SANTIAGO (CPA) - A magnitude 6.4 earthquake struck off the coast of northern Chile, shaking buildings in the port city of Antofagasta, but there were no immediate reports of serious damage or casualties, authorities said.

The quake hit at a depth of 38 kilometres, about 70 km north-west of Antofagasta, according to Chile's National Seismological Centre. The US Geological Survey put the magnitude at 6.3.

Chile's navy hydrographic service said the earthquake did not meet the conditions to generate a tsunami on the Chilean coast. The national disaster agency Senapred said it was assessing the situation in the regions of Antofagasta and Tarapacá.

Residents of Antofagasta said the shaking lasted around 40 seconds. Some supermarkets reported fallen goods, and power was briefly cut in parts of the city.

Codelco, the state copper producer, said its operations in the region were working normally after inspections. Several mines in the Antofagasta region, the heart of Chile's copper industry, briefly halted work as a precaution.

Chile sits on the Pacific "Ring of Fire" and is one of the most seismically active countries in the world. In 2010, a magnitude 8.8 earthquake and tsunami killed more than 500 people in the centre and south of the country.`,
    },
  ],
  copies: [
    {
      of: 'strong-earthquake-strikes-off-northern-chile',
      feed: 'sumida-times/world',
      h: 4,
      title: 'Magnitude 6.4 quake hits off northern Chile; no tsunami threat to Japan',
      by: 'CPA',
      edits: [
        ['SANTIAGO (CPA) - ', ''],
        [
          "Chile's navy hydrographic service said the earthquake did not meet the conditions to generate a tsunami on the Chilean coast.",
          "Chile's navy hydrographic service said the earthquake did not meet the conditions to generate a tsunami on the Chilean coast. The Japan Meteorological Agency said there was no tsunami threat to Japan.",
        ],
      ],
    },
    {
      of: 'strong-earthquake-strikes-off-northern-chile',
      feed: 'southern-cross-review/news',
      h: 4,
      title: 'Strong earthquake strikes off Chile coast',
      by: 'CPA',
      edits: [['SANTIAGO (CPA) - ', '']],
      dropLast: 1,
    },
    {
      of: 'strong-earthquake-strikes-off-northern-chile',
      feed: 'dominion-observer/news',
      h: 3,
      title: 'Quake of magnitude 6.4 shakes northern Chile',
      by: 'The Continental Press Agency',
      edits: [['SANTIAGO (CPA) - ', '']],
    },
  ],
}

export const swissGlaciers: EventSource = {
  key: 'wire-swiss-glaciers',
  label: 'Swiss glaciers lose 3% of their volume in a year',
  kind: 'wire',
  pieces: [
    {
      feed: 'continental-press/wire',
      h: 12,
      slug: 'swiss-glaciers-lose-three-percent-of-volume',
      title: 'Swiss glaciers lost 3% of their volume this year, monitors say',
      by: 'CPA staff',
      tags: ['Science', 'Climate', 'Switzerland'],
      img: 'The tongue of the Rhône Glacier covered with white insulating blankets',
      body: `ZURICH (CPA) - Switzerland's glaciers lost around 3% of their remaining ice volume this year, the fourth-largest annual loss on record, after a winter with little snow and hot spells in early summer, the Swiss glacier monitoring network GLAMOS said.

The network, which measures dozens of glaciers across the Alps, said the ice had shrunk by a quarter over the past ten years. Small glaciers were hit hardest, and several in eastern Switzerland have broken apart or can no longer be measured.

"Glaciers need snowy winters and cool summers. This year they had neither," said Lena Brunner, a glaciologist involved in the monitoring. "We are seeing the loss of ice that has been in place for thousands of years."

The melting has practical consequences. In 2025, a huge mass of ice and rock broke away from the Birch glacier above the village of Blatten in the canton of Valais, burying most of the village, which had been evacuated days earlier.

Scientists say that even if global warming were limited to the goals of the Paris Agreement, the Alps would lose about two-thirds of their glacier volume by the end of the century. Without strong cuts to emissions, almost all Swiss glaciers would disappear.

Switzerland has around 1,400 glaciers, which provide water for hydropower, agriculture and drinking in summer.`,
    },
  ],
  copies: [
    {
      of: 'swiss-glaciers-lose-three-percent-of-volume',
      feed: 'petit-quai/english',
      h: 11,
      title: 'Swiss glaciers lose 3% of their ice in a single year',
      by: 'CPA',
      edits: [['ZURICH (CPA) - ', '']],
      dropLast: 1,
    },
    {
      of: 'swiss-glaciers-lose-three-percent-of-volume',
      feed: 'rheinland-courier/english',
      h: 11,
      title: 'Alpine melt: Swiss glaciers lost 3% of volume this year',
      by: 'CPA',
      edits: [['ZURICH (CPA) - ', '']],
    },
  ],
}

export const oilPrices: EventSource = {
  key: 'wire-oil-opec',
  label: 'Oil rises as OPEC+ signals a pause in output increases',
  kind: 'wire',
  pieces: [
    {
      feed: 'continental-press/wire',
      h: 3,
      slug: 'oil-climbs-as-opec-signals-output-pause',
      title: 'Oil climbs as OPEC+ signals pause in output increases',
      by: 'CPA staff',
      tags: ['Markets', 'Oil', 'Energy'],
      body: `LONDON (CPA) - Oil prices rose by more than 1% after delegates from the OPEC+ group of producers signalled that it would pause planned increases in output for three months, citing weaker demand.

Brent crude futures rose 93 cents, or 1.4%, to $66.41 a barrel by 0915 GMT, while U.S. West Texas Intermediate crude gained 88 cents, or 1.4%, to $62.57.

Eight members of OPEC+, led by Saudi Arabia and Russia, have raised their output targets by more than 2.5 million barrels per day this year in an effort to regain market share. Two delegates told CPA the group would agree at its next online meeting to keep production steady for the following quarter.

"The pause is a recognition that the market cannot absorb much more oil without a build in inventories," said Helga Strand, an oil analyst at Skagen Markets in Oslo.

Prices have been under pressure this year from concerns about slowing global growth, US tariffs and rising supply from producers outside OPEC+, including the United States, Brazil and Guyana.

Traders were also watching talks on the war in Ukraine. A ceasefire could eventually lead to the easing of sanctions on Russian oil exports.`,
    },
  ],
  copies: [
    {
      of: 'oil-climbs-as-opec-signals-output-pause',
      feed: 'northbridge-herald/business',
      h: 2,
      title: 'Oil prices rise as Opec+ signals output pause',
      by: 'Continental Press Agency',
      tags: ['Commodities'],
      edits: [
        ['LONDON (CPA) - ', ''],
        ['OPEC+', 'Opec+'],
      ],
    },
    {
      of: 'oil-climbs-as-opec-signals-output-pause',
      feed: 'indus-morning-post/news',
      h: 2,
      title: 'Crude oil prices rise as OPEC+ plans output pause',
      by: 'CPA',
      tags: ['Business', 'Commodities'],
      edits: [['LONDON (CPA) - ', 'London: ']],
      dropLast: 1,
    },
  ],
}

export const sudanRations: EventSource = {
  key: 'wire-sudan-rations',
  label: 'UN agencies cut rations in Sudan refugee camps over funding gap',
  kind: 'wire',
  pieces: [
    {
      feed: 'continental-press/wire',
      h: 27,
      slug: 'un-funding-gap-forces-ration-cuts-sudan-refugee-camps',
      title: 'Funding gap forces ration cuts for Sudanese refugees, UN agencies say',
      by: 'CPA staff',
      tags: ['World', 'Humanitarian', 'Sudan'],
      img: 'Women carrying sacks of grain at a distribution point in eastern Chad',
      body: `GENEVA (CPA) - The World Food Programme and the UN refugee agency said they would cut food rations for hundreds of thousands of Sudanese refugees in Chad, South Sudan and Uganda from next month because of a severe shortfall in funding.

Refugees in camps in eastern Chad, where more than 800,000 people have fled the war in Sudan's Darfur region, will receive about half of the minimum daily ration of 2,100 kilocalories, the agencies said in a joint statement.

"We are being forced to choose who goes hungry," said a WFP spokesperson at a briefing in Geneva. "These are families who have already lost everything."

The agencies said they had received less than a third of the funding needed this year for the Sudan regional refugee response. Several major donors have cut humanitarian budgets, including the United States, Britain and Germany.

The war between Sudan's army and the paramilitary Rapid Support Forces, which began in April 2023, has killed tens of thousands of people and driven about 12 million from their homes, creating what the United Nations describes as the world's largest displacement crisis.

Aid workers say malnutrition rates among children under five in some camps in Chad have passed emergency thresholds.`,
    },
  ],
  copies: [
    {
      of: 'un-funding-gap-forces-ration-cuts-sudan-refugee-camps',
      feed: 'liffey-times/news',
      h: 26,
      title: 'UN to halve food rations for Sudanese refugees as funding dries up',
      by: 'CPA',
      tags: ['World'],
      edits: [['GENEVA (CPA) - ', '']],
    },
    {
      of: 'un-funding-gap-forces-ration-cuts-sudan-refugee-camps',
      feed: 'indus-morning-post/news',
      h: 25,
      title: 'Funding shortfall forces UN to cut rations for Sudanese refugees',
      by: 'CPA',
      tags: ['World', 'Africa'],
      edits: [['GENEVA (CPA) - ', 'Geneva: ']],
      dropLast: 1,
    },
  ],
}
