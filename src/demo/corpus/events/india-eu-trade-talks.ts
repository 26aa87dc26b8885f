/**
 * @module india-eu-trade-talks
 * India and the EU close in on a free-trade agreement: New Delhi, Brussels and German-industry
 * angles. Confusable only loosely with the Japan tariff talks.
 */
import type { EventSource } from '../corpus-types.js'

export const indiaEuTradeTalks: EventSource = {
  key: 'india-eu-trade-talks',
  label: 'India and the EU say a free-trade deal is within reach',
  kind: 'event',
  pieces: [
    {
      feed: 'indus-morning-post/news',
      h: 18,
      slug: 'india-eu-close-in-on-trade-deal-autos-wine',
      title: 'India, EU close in on trade deal as negotiators settle differences on cars and wine',
      by: 'Meera Iyer',
      tags: ['Business', 'Trade', 'India-EU'],
      img: 'Piyush Goyal and Maroš Šefčovič shake hands in New Delhi',
      lede: 'Commerce Minister Piyush Goyal said 20 of 23 chapters were closed after two days of talks in New Delhi.',
      body: `India and the European Union have closed 20 of the 23 chapters of a proposed free-trade agreement and hope to conclude the deal within weeks, Commerce and Industry Minister Piyush Goyal said after two days of talks with EU Trade Commissioner Maroš Šefčovič in New Delhi.

The breakthrough came on two of the most sensitive issues. India agreed to phase down its import duties on European cars, currently as high as 110%, to 10% over ten years for a quota of vehicles above a price threshold, people familiar with the talks said. In return, the EU will accept a longer transition for wines and spirits, where Indian duties of 150% are among the highest in the world.

"We are on the last mile. The last mile is always the hardest, but we are walking it together," Mr Goyal told reporters at Vanijya Bhawan.

The remaining chapters cover rules of origin, government procurement and sustainable development, including the EU's carbon border adjustment mechanism, which Indian steel and aluminium exporters say will act as a hidden tariff from next year.

Industry bodies welcomed the progress. The Confederation of Indian Industry said a deal could double bilateral trade in goods, which stood at about $136 billion last year, within a decade. Textile and leather exporters in Tiruppur and Kanpur, who compete with Bangladesh and Vietnam for duty-free access to Europe, stand to gain most.

Farm unions were wary. The Samyukt Kisan Morcha said it would oppose any concession on dairy, which officials said had been kept out of the negotiations entirely.

India and the EU relaunched talks in 2022 after a nine-year pause. Both sides set themselves a deadline of the end of this year.`,
    },
    {
      feed: 'meridian-europe/europe',
      h: 16,
      slug: 'sefcovic-new-delhi-eu-india-trade-pact-within-reach',
      title: "Šefčovič in New Delhi: EU and India say trade pact is 'within reach'",
      by: 'Paul Hennessy',
      tags: ['Economy', 'Trade', 'India'],
      lede: 'After 18 years of on-off talks, Brussels sees a deal with India as its best answer to American tariffs.',
      body: `The European Union and India declared a free-trade agreement "within reach" after the EU's trade commissioner, Maroš Šefčovič, spent two days in New Delhi with his Indian counterpart, Piyush Goyal.

For Brussels the talks are about more than tariffs on cars and cognac. Since the United States raised tariffs on European goods, the Commission has accelerated a string of agreements, with Mercosur, Mexico and Indonesia, to show that Europe can find growth elsewhere. India, with 1.4 billion consumers and an economy growing above 6% a year, is the biggest prize.

"This would be the largest trade agreement either of us has ever concluded," Šefčovič said in New Delhi. Officials said 20 of 23 chapters were now closed.

Negotiations first began in 2007 and collapsed in 2013 over cars, wine and the movement of professionals. This time, both sides have agreed to leave out the most sensitive farm products, including dairy, and to handle investment protection in a separate agreement.

The sticking point now is climate policy. India objects to the EU's carbon border adjustment mechanism, which will charge importers of steel, aluminium and cement for the emissions embedded in their products. Indian officials want exemptions or a long transition; the Commission says the mechanism is not negotiable.

A deal would still need approval from the European Parliament and the 27 member states, a process that took years for the Mercosur agreement. Diplomats said capitals were supportive, though France wants strong protections for its wine and spirits geographical indications, such as champagne and cognac.`,
    },
    {
      feed: 'rheinland-courier/english',
      h: 14,
      slug: 'german-carmakers-eye-india-tariff-cut',
      title: 'German carmakers eye Indian market as tariff cut comes into view',
      by: 'Jonas Albrecht',
      tags: ['Economy', 'Automotive', 'India'],
      body: `German carmakers see an opening in India after negotiators in New Delhi agreed to phase down the country's steep import duties on European vehicles as part of a proposed EU-India trade agreement.

Volkswagen, BMW and Mercedes-Benz together sell fewer than 100,000 cars a year in India, a market of more than four million new vehicles, largely because imported cars face duties of up to 110%. Most of the German brands' Indian sales are of models assembled locally from imported kits.

Under the deal being finalised, duties would fall gradually to 10% over ten years for a quota of higher-priced cars, according to people familiar with the talks. The German Association of the Automotive Industry (VDA) said the agreement would be "an important signal at a difficult time", with exports to the United States and China under pressure.

Suppliers in North Rhine-Westphalia and Baden-Württemberg could benefit too. Several already operate plants in Pune and Chennai and would gain from lower tariffs on machinery and components.

Not everyone expects a boom. "India is a price-sensitive small-car market, and it will stay one," said Stefan Kohl, an automotive analyst in Düsseldorf. "The deal helps the luxury segment. That is a niche, though a profitable one."

Trade between Germany and India reached about €31 billion last year. Chancellor Friedrich Merz has made a deal with India a priority of his trade policy and is expected to visit New Delhi early next year.`,
    },
  ],
}
