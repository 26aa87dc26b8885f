/**
 * @module ecb-holds-rates
 * The European Central Bank keeps its deposit rate at 2%. A CPA wire text (two copies) and two
 * write-throughs in their own words. Confusable with the Bank of Canada's cut the following day.
 */
import type { EventSource } from '../corpus-types.js'

export const ecbHoldsRates: EventSource = {
  key: 'ecb-holds-rates',
  label: 'ECB holds rates at 2% as Lagarde signals patience',
  kind: 'event',
  pieces: [
    {
      feed: 'continental-press/wire',
      h: 45,
      slug: 'ecb-holds-rates-lagarde-signals-patience',
      title: 'ECB holds rates at 2%, Lagarde says policy "in a good place"',
      by: 'CPA staff',
      tags: ['Markets', 'Central banks', 'Euro zone'],
      img: 'The European Central Bank tower in Frankfurt at dusk',
      body: `FRANKFURT (CPA) - The European Central Bank left its key interest rate unchanged at 2% for a fourth consecutive meeting, saying inflation in the euro zone was close to its target and the economy had proved more resilient than expected to US tariffs.

The decision, widely anticipated by financial markets, keeps the deposit facility rate at the level reached after eight cuts between mid-2024 and last summer.

"We are in a good place, and we intend to stay in a good place," ECB President Christine Lagarde told a news conference in Frankfurt. "That does not mean that we are in a fixed place. We will continue to take our decisions meeting by meeting."

The ECB's staff projections put inflation at 2.1% this year and 1.9% next year, slightly below the bank's 2% target. Growth in the 20-country currency area is forecast at 1.2% this year, revised up from 0.9% in the previous projections, helped by German infrastructure and defence spending.

Lagarde said risks to growth remained "tilted to the downside" because of trade tensions and weak demand from China, but she declined to signal whether the next move would be a cut or a rise.

Markets trimmed bets on a further cut by the end of the year after the news conference. The euro rose 0.3% to $1.168 and yields on German two-year bonds edged up to 2.05%.

Economists said the bank was likely to remain on hold for months. "The bar for another cut is high and the bar for a hike is higher," said Carsten Holm, chief euro-area economist at Nordbank in Copenhagen.`,
    },
    {
      feed: 'meridian-europe/europe',
      h: 43,
      slug: 'lagarde-good-place-ecb-hold-analysis',
      title: "Lagarde's 'good place' hides an awkward split over the ECB's next move",
      by: 'Sofia Lindqvist',
      tags: ['Economy', 'ECB', 'Inflation'],
      img: 'Christine Lagarde at the ECB press conference podium',
      lede: 'The central bank held rates for a fourth time. Behind the calm message, governors disagree about whether the next step is down or up.',
      body: `The European Central Bank did what everyone expected, keeping its deposit rate at 2%. What Christine Lagarde did not say at her news conference in Frankfurt was more interesting than what she did.

Asked three times whether the governing council had discussed a further cut, the ECB president repeated that policy was "in a good place" and would be set "meeting by meeting". Officials familiar with the discussion said the debate had been livelier than the unanimous decision suggests.

Governors from southern Europe, including Portugal and Greece, argue that inflation is likely to undershoot the 2% target next year and that the bank should keep the option of one more cut open. Hawks from Germany, Austria and the Netherlands point to wage growth that remains above 3% and to the inflationary effect of Germany's borrowing-fuelled spending on defence and infrastructure.

The bank's new projections give both camps ammunition. Inflation is forecast at 1.9% next year, just under target, while growth has been revised up to 1.2% this year.

## Tariffs and the euro

The stronger euro complicates matters. At close to $1.17, the currency makes imports cheaper and weighs on exporters already hit by American tariffs. Lagarde said the exchange rate was "not a policy target" but was "being monitored".

Isabel Moreau, an economist at the Brussels think-tank Euro Monitor, said the ECB had reached "the comfortable end of the cycle, and comfort is what it wants to project". The real test, she said, would come in the spring projections, when the first full-year effects of the tariffs show up in the data.`,
    },
    {
      feed: 'rheinland-courier/english',
      h: 42,
      slug: 'ecb-pause-leaves-german-savers-mortgage-holders',
      title: 'ECB pause: what it means for German savers and homebuyers',
      by: 'Jonas Albrecht',
      tags: ['Economy', 'ECB', 'Personal finance'],
      lede: 'Overnight deposit rates have stopped falling, while mortgage rates have crept up. Banks in North Rhine-Westphalia expect little change in the coming months.',
      body: `The European Central Bank's decision to hold its deposit rate at 2% brings a period of stability for German households after two years of falling returns on savings.

Sparkassen and cooperative banks in North Rhine-Westphalia said they had no plans to change rates on overnight accounts, which typically pay between 0.5% and 1.5%. Fixed-term deposits for one year are offering around 2%, roughly in line with inflation.

"The race to the bottom on savings rates is over," said Petra Lindner of the consumer advice centre in Düsseldorf. "But savers should compare. The gap between the best and worst offers is still more than one percentage point."

For homebuyers the picture is less favourable. Ten-year fixed mortgage rates have risen to about 3.7% from 3.3% at the start of the year, because they follow long-term bond yields rather than the ECB's key rate. Those yields have climbed as investors price in Germany's heavy borrowing for defence and infrastructure.

Estate agents in Cologne and Düsseldorf report that demand has stabilised after the slump of 2023, though prices remain below their peak. "Buyers have stopped waiting for cheaper money," said one agent in the city's Ehrenfeld district.

ECB President Christine Lagarde said in Frankfurt that the bank was "in a good place" and would decide meeting by meeting. Most economists expect rates to stay on hold until at least the spring.`,
    },
  ],
  copies: [
    {
      of: 'ecb-holds-rates-lagarde-signals-patience',
      feed: 'northbridge-herald/business',
      h: 44,
      title: 'ECB leaves rates on hold at 2%',
      by: 'Continental Press Agency',
      tags: ['Economics', 'Eurozone'],
      edits: [
        ['FRANKFURT (CPA) - ', ''],
        ['euro zone', 'eurozone'],
      ],
    },
    {
      of: 'ecb-holds-rates-lagarde-signals-patience',
      feed: 'liffey-times/news',
      h: 44,
      title: 'ECB holds interest rates steady at 2% for fourth meeting',
      by: 'CPA',
      tags: ['Business', 'Economy'],
      edits: [['FRANKFURT (CPA) - The European Central Bank', 'The European Central Bank']],
      dropLast: 1,
    },
  ],
}
