/**
 * @module nato-ministers-air-defence
 * CONFUSABLE with the centrepiece: a different NATO meeting (defence ministers in Brussels agreeing
 * air-defence deliveries for Ukraine). Shares "NATO" and "allies", not the people or the numbers.
 * Carries a CPA wire text and two copies of it.
 */
import type { EventSource } from '../corpus-types.js'

export const natoMinistersAirDefence: EventSource = {
  key: 'nato-ministers-air-defence',
  label: 'NATO defence ministers in Brussels pledge faster air-defence deliveries to Ukraine',
  kind: 'event',
  pieces: [
    {
      feed: 'continental-press/wire',
      h: 34,
      slug: 'nato-defence-ministers-pledge-faster-air-defence-ukraine',
      title: 'NATO defence ministers pledge faster air-defence deliveries to Ukraine',
      by: 'CPA staff',
      tags: ['World', 'Defence', 'Ukraine'],
      img: 'Defence ministers around the table at NATO headquarters in Brussels',
      body: `BRUSSELS (CPA) - NATO defence ministers agreed to accelerate deliveries of air-defence systems to Ukraine, pledging additional launchers and interceptor missiles worth more than 1.2 billion euros as Russian drone and missile attacks on Ukrainian power plants intensify.

Meeting at the alliance's headquarters in Brussels, ministers from the 32 member states endorsed a plan drawn up by NATO's military staff that identifies gaps in Ukraine's layered air defences, particularly around the cities of Kharkiv, Dnipro and Odesa.

Germany said it would send two more IRIS-T SLM systems within six months, while the Netherlands, Norway and Denmark announced a joint fund of 500 million euros to buy interceptors from European production lines. Britain said it would deliver a further batch of lightweight multirole missiles for use against drones.

"Every interceptor we send today is a power station that stays online tomorrow," German Defence Minister Boris Pistorius told reporters after the meeting. British Defence Secretary John Healey said the allies had agreed to "move from pledges to deliveries" and to report monthly on progress.

Ukraine's Defence Minister Denys Shmyhal, who attended a session of the NATO-Ukraine Council, said Kyiv needed at least ten more medium-range systems to protect critical infrastructure. "The sky over our cities is the front line now," he said.

Ministers also discussed increasing European production of interceptor missiles, which officials say remains the main bottleneck. Several countries signed a letter of intent to place joint orders to give manufacturers the certainty to expand factories.

NATO officials said the alliance's coordination mission in Wiesbaden, Germany, would track deliveries. The next meeting of the Ukraine Defence Contact Group, co-chaired by Britain and Germany, is expected next month.

Russia has launched more than 4,000 drones at Ukraine over the past month, according to the Ukrainian air force.`,
    },
    {
      feed: 'rheinland-courier/english',
      h: 31,
      slug: 'pistorius-pledges-two-more-iris-t-systems-nato-brussels',
      title: 'Pistorius pledges two more IRIS-T systems as NATO ministers meet in Brussels',
      by: 'Katharina Brenner',
      tags: ['Bundeswehr', 'Ukraine', 'Defence industry'],
      img: 'An IRIS-T SLM launcher on a truck during a demonstration',
      lede: 'Germany will send two further air-defence systems to Ukraine within six months, the defence minister said, as allies promised to turn pledges into deliveries.',
      body: `Germany will deliver two more IRIS-T SLM air-defence systems to Ukraine within six months, Defence Minister Boris Pistorius announced at a meeting of NATO defence ministers in Brussels, adding to the German-made batteries that already protect Kyiv and other Ukrainian cities.

The systems, built by Diehl Defence at Überlingen on Lake Constance, have become one of the most sought-after weapons in Ukraine's arsenal since the first unit arrived in 2022. Ukrainian officials say the IRIS-T has shot down the large majority of the cruise missiles and drones it has engaged.

"Every interceptor we send today is a power station that stays online tomorrow," Mr Pistorius said at NATO headquarters. He called on other allies to place long-term orders so that manufacturers can expand production, a point he has made at almost every ministerial meeting this year.

Diehl is building a second production line for IRIS-T missiles, and the company says it plans to double output by the end of next year. Industry executives in North Rhine-Westphalia, where several suppliers make components for the system, said orders were booked for years ahead.

The pledge came as ministers agreed a NATO plan to close gaps in Ukraine's air defences. The Netherlands, Norway and Denmark set up a 500-million-euro fund to buy interceptors, and Britain promised additional missiles designed to bring down drones.

Opposition politicians in Berlin welcomed the announcement but asked how it would be financed. The Greens' defence spokeswoman said the government should say "openly and early" which Bundeswehr stocks would be drawn down. The defence ministry said the systems would come from new production and would not weaken German air defence.`,
    },
    {
      feed: 'meridian-europe/europe',
      h: 30,
      slug: 'brussels-ministers-race-to-plug-ukraine-air-defence-gaps',
      title: "In Brussels, NATO ministers race to plug the holes in Ukraine's air shield",
      by: 'Tomasz Wróbel',
      tags: ['Security', 'Ukraine', 'NATO'],
      img: 'Air-defence interceptor missiles stacked in a European factory',
      lede: "The alliance's defence ministers agreed a gap-by-gap plan for Kyiv's air defences. The hard part is producing enough interceptors to fill it.",
      body: `For once, the maps were more important than the speeches. Defence ministers gathered at NATO's headquarters in Brussels spent much of their meeting poring over a classified assessment of where Ukraine's air defences are thinnest, before agreeing to send launchers and missiles worth more than €1.2 billion to close the gaps.

The plan, drafted by NATO's military staff, lists specific cities and energy sites, among them Kharkiv, Dnipro and the port of Odesa, and matches them with systems allies can supply. Germany promised two IRIS-T batteries; a Dutch-Nordic fund will buy interceptors; Britain will send more anti-drone missiles.

"We are moving from pledges to deliveries," said John Healey, the British defence secretary, who co-chairs the Ukraine Defence Contact Group with his German counterpart. Allies agreed to report progress monthly, a mechanism diplomats described as a way to shame slow deliverers.

## The factory problem

The bottleneck is no longer political will but industrial capacity. European factories produce only a fraction of the interceptors Ukraine fires each month, and waiting lists for some missiles run to three years.

Several governments signed a letter of intent to pool orders, which officials hope will give manufacturers the confidence to invest. "Industry tells us: give us contracts for ten years and we will build the lines," said one NATO official. "Governments have been buying for ten months."

Ukraine's defence minister, Denys Shmyhal, told the NATO-Ukraine Council that Kyiv needed at least ten more medium-range systems. Several ministers said privately that this was not achievable this year.

The meeting was overshadowed in the corridors by events elsewhere, but officials insisted the work in Brussels was the alliance's day job. "Air defence is not a headline," said a Baltic minister. "Until the lights go out."`,
    },
  ],
  copies: [
    {
      of: 'nato-defence-ministers-pledge-faster-air-defence-ukraine',
      feed: 'liffey-times/news',
      h: 33,
      title: 'NATO ministers pledge €1.2bn in air defence for Ukraine',
      by: 'Continental Press Agency',
      tags: ['World'],
      edits: [
        ['BRUSSELS (CPA) - NATO defence ministers agreed to', 'NATO defence ministers have agreed to'],
        ['worth more than 1.2 billion euros', 'worth more than €1.2 billion'],
        ['a joint fund of 500 million euros', 'a joint fund of €500 million'],
      ],
      dropLast: 1,
    },
    {
      of: 'nato-defence-ministers-pledge-faster-air-defence-ukraine',
      feed: 'indus-morning-post/news',
      h: 32,
      title: 'NATO allies to speed up air defence deliveries to Ukraine',
      by: 'CPA',
      tags: ['World', 'Europe'],
      edits: [
        ['BRUSSELS (CPA) - NATO defence ministers agreed', 'Brussels: NATO defence ministers have agreed'],
        ['worth more than 1.2 billion euros', 'worth more than 1.2 billion euros (about Rs 12,000 crore)'],
      ],
      dropLast: 2,
    },
  ],
}
