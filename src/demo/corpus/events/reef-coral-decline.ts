/**
 * @module reef-coral-decline
 * The annual Great Barrier Reef monitoring report: an Australian and a US science angle.
 */
import type { EventSource } from '../corpus-types.js'

export const reefCoralDecline: EventSource = {
  key: 'reef-coral-decline',
  label: 'Great Barrier Reef survey records steep coral decline',
  kind: 'event',
  pieces: [
    {
      feed: 'southern-cross-review/news',
      h: 30,
      slug: 'reef-survey-finds-coral-cover-dropped-sharply',
      title: 'Reef survey finds coral cover dropped sharply after record bleaching',
      by: 'Jess Nguyen',
      tags: ['Environment', 'Great Barrier Reef', 'Queensland'],
      img: 'Bleached staghorn coral on a reef near Lizard Island',
      lede: 'The Australian Institute of Marine Science says hard coral cover fell in all three regions of the reef, with the biggest loss in the south.',
      body: `Hard coral cover on the Great Barrier Reef fell sharply over the past year after the most widespread bleaching event on record, according to the annual long-term monitoring report from the Australian Institute of Marine Science (AIMS).

The survey of 124 reefs found that average coral cover declined by about a quarter in the northern and southern regions and by about 14% in the central region. In the southern region, the fall was the largest annual drop since monitoring began in 1986.

"These are the kinds of losses we used to see after a direct hit from a severe cyclone, and now we are seeing them across the whole system from heat alone," said Dr Rebecca Thornbury, who leads the monitoring program.

The decline follows several years in which coral cover had reached record highs, driven by fast-growing Acropora corals. Scientists had warned that those gains were fragile, because the same species are the most vulnerable to heat stress and to outbreaks of crown-of-thorns starfish.

Environment groups called for stronger action on emissions. "The reef can recover, but only if we stop turning up the heat," said a spokeswoman for the Australian Marine Conservation Society.

The federal Environment Minister said the government was investing A$1.2 billion in reef protection, including water-quality programs and starfish control, and that Australia's climate targets were "the strongest in the country's history".

Tourism operators in Cairns and the Whitsundays said many reefs visited by tourists remained healthy and colourful, and urged visitors not to stay away.`,
    },
    {
      feed: 'stack-report/tech',
      h: 28,
      slug: 'great-barrier-reef-steepest-coral-decline',
      title: 'Great Barrier Reef logs its steepest coral decline in 39 years of monitoring',
      by: 'Maya Lindgren',
      tags: ['Science', 'Climate', 'Oceans'],
      img: 'Diver surveying coral along a transect line',
      lede: 'Australian scientists say heat stress, not cyclones or starfish, did most of the damage. Here is how they measure it.',
      body: `The world's largest coral reef system has suffered its biggest single-year loss of coral since Australian scientists began systematic surveys in 1986, according to the latest report from the Australian Institute of Marine Science.

The institute's divers survey the same 124 reefs along the Great Barrier Reef's 2,300-kilometre length, towing behind a boat and estimating the percentage of the seafloor covered by living hard coral. In the southern third of the reef, cover fell by about a quarter in a single year, the steepest drop on record.

The cause was heat. Ocean temperatures off north-eastern Australia stayed well above the bleaching threshold for weeks, during a global event that the US National Oceanic and Atmospheric Administration describes as the most extensive coral bleaching ever observed, affecting reefs in more than 80 countries.

## Boom and bust

The reef had recently recorded its highest coral cover in decades, which made the news look paradoxical. But most of that recovery came from Acropora, branching and table corals that grow fast after disturbances and die fast too. "It is a boom-and-bust ecosystem now, and the busts are getting closer together," said Dr Aaron Whitcombe, a coral ecologist at James Cook University whose team has mapped bleaching from the air for two decades.

Coral can recover from bleaching if water cools quickly, as the symbiotic algae that give corals their colour and most of their food return. Prolonged heat kills the coral outright, leaving skeletons that are quickly overgrown by seaweed.

Researchers are experimenting with breeding heat-tolerant corals and shading reefs with fine sea-water mist, but say such projects can only buy time.`,
    },
  ],
}
