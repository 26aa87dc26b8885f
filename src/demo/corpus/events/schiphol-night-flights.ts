/**
 * @module schiphol-night-flights
 * A Dutch court upholds limits on Schiphol night flights: the Amsterdam paper's own story, a CPA
 * text and one copy.
 */
import type { EventSource } from '../corpus-types.js'

export const schipholNightFlights: EventSource = {
  key: 'schiphol-night-flights',
  label: 'Dutch court upholds cut in Schiphol night flights',
  kind: 'event',
  pieces: [
    {
      feed: 'polder-post/news',
      h: 44,
      slug: 'court-upholds-schiphol-night-flight-cut',
      title: 'Court upholds Schiphol night-flight cut, rejecting KLM appeal',
      by: 'Sanne Kuipers',
      tags: ['Netherlands', 'Aviation', 'Schiphol'],
      img: 'A KLM aircraft landing at Schiphol at night over the Polderbaan',
      lede: 'The ruling means night-time movements at Amsterdam’s airport will fall by about a third, a decision residents have campaigned for over a decade.',
      body: `The Council of State, the Netherlands' highest administrative court, has upheld the government's plan to cut night flights at Amsterdam Schiphol by about a third, rejecting an appeal by KLM and a group of cargo airlines.

From the next summer schedule, the number of flights permitted between midnight and 6am will fall from 32,000 to 21,000 a year, according to the decision published in The Hague. The noisiest aircraft types will be banned at night entirely.

The court said the government had "weighed the interests of local residents and the aviation sector carefully" and that the airlines had been given sufficient time to prepare. It rejected the argument that the reduction breached the EU's balanced approach rules on aircraft noise.

Residents' groups in Aalsmeer, Uithoorn and Haarlemmermeer, who have campaigned for years against night-time noise, welcomed the ruling. "For the first time, a judge has said out loud that our sleep counts too," said Pieter Wolters, chair of a residents' platform in Aalsmeer.

KLM said it was "disappointed" and that the decision would cost jobs and connections. The airline, part of Air France-KLM, has warned that it may have to move some long-haul cargo flights to other European hubs. Its chief executive Marjan Rintel said the Netherlands risked "pricing itself out of the network economy".

The infrastructure ministry said the government would stick to its plans but wanted to talk to the sector about "smart solutions" such as quieter aircraft and better distribution of flights over the day.

Schiphol is one of Europe's busiest airports, handling about 470,000 flights last year.`,
    },
    {
      feed: 'continental-press/wire',
      h: 43,
      slug: 'dutch-court-backs-schiphol-night-flight-cut',
      title: 'Dutch court backs cut in Schiphol night flights, dealing blow to KLM',
      by: 'CPA staff',
      tags: ['World', 'Aviation'],
      body: `THE HAGUE (CPA) - The Netherlands' highest administrative court upheld a government plan to reduce night flights at Amsterdam's Schiphol airport by about a third, rejecting an appeal by Dutch airline KLM and several cargo carriers.

The Council of State ruled that the government had properly balanced the interests of residents and the aviation industry. Under the plan, the annual number of flights between midnight and 6 a.m. will be cut from 32,000 to 21,000, starting next summer.

KLM, part of Air France-KLM, said it was disappointed and warned that the decision would weaken Schiphol's position as a European hub, particularly for cargo.

Residents' groups around the airport, one of Europe's busiest, welcomed the decision. They have campaigned for years against noise from night-time flights.

The government has been trying to reduce noise at Schiphol since 2022, but earlier plans to cap total annual flights were delayed after objections from the United States, the European Commission and airlines.

The ruling cannot be appealed.`,
    },
  ],
  copies: [
    {
      of: 'dutch-court-backs-schiphol-night-flight-cut',
      feed: 'meridian-europe/europe',
      h: 41,
      title: 'Dutch court backs Schiphol night-flight cut',
      by: 'Meridian with CPA',
      tags: ['Economy', 'Aviation'],
      edits: [
        ['THE HAGUE (CPA) - ', ''],
        ['6 a.m.', '6am'],
      ],
    },
  ],
}
