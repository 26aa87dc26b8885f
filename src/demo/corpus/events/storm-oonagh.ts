/**
 * @module storm-oonagh
 * A fictional named Atlantic storm hitting Ireland and the UK: two newspapers' own reporting, a CPA
 * wire report and one copy.
 */
import type { EventSource } from '../corpus-types.js'

export const stormOonagh: EventSource = {
  key: 'storm-oonagh',
  label: 'Storm Oonagh cuts power to thousands in Ireland and the UK',
  kind: 'event',
  pieces: [
    {
      feed: 'liffey-times/news',
      h: 15,
      updatedH: 11,
      slug: 'storm-oonagh-180000-homes-without-power',
      title: 'Storm Oonagh: 180,000 homes without power as red warning lifted in west',
      by: ['Aoife Gallagher', 'Ciarán Brennan'],
      tags: ['Ireland', 'Weather', 'Storm Oonagh'],
      img: 'Waves crashing over the promenade at Salthill, Galway',
      lede: 'ESB Networks says some customers in Galway, Mayo and Donegal could be without electricity for several days.',
      body: `About 180,000 homes, farms and businesses were without power last night after Storm Oonagh swept across the country, bringing gusts of up to 150km/h to the west coast and felling thousands of trees.

Met Éireann lifted its status red wind warning for Galway and Mayo at 6pm, but orange warnings remained in place for Donegal, Sligo and Leitrim into the night. Schools in the red warning areas were closed and will reopen only after safety checks.

ESB Networks said the damage to the electricity network was "significant and widespread", with the worst outages in Galway, Mayo and Donegal. "We have more than 2,000 crews and contractors in the field, but some customers should prepare to be without power for several days," said Derek Hynes, the company's operations manager.

Uisce Éireann said about 30,000 people were affected by water supply problems because pumping stations had lost power.

## Travel disruption

At Dublin Airport more than 90 flights were cancelled, and Shannon Airport closed one of its runways for several hours. Irish Ferries cancelled sailings from Rosslare and Dublin Port. Iarnród Éireann suspended services between Westport and Athlone after a tree came down on the line.

Gardaí urged people to stay away from coastal areas. In Salthill, waves breached the promenade at high tide, and the council closed roads in the city's Claddagh area.

The National Emergency Coordination Group was due to meet again this morning. The Taoiseach, Micheál Martin, thanked emergency crews and said the Government would consider a humanitarian support scheme for affected households and small businesses.`,
    },
    {
      feed: 'northbridge-herald/world',
      h: 13,
      slug: 'storm-oonagh-batters-northern-ireland-and-scotland',
      title: 'Storm Oonagh batters Northern Ireland and Scotland as ferries and trains cancelled',
      by: 'Fraser McAllister',
      tags: ['UK weather', 'Scotland', 'Northern Ireland'],
      img: 'A fallen tree blocking a road in County Antrim',
      lede: 'The Met Office issued amber warnings for wind across Northern Ireland and western Scotland, where gusts reached 90mph on exposed coasts.',
      body: `Storm Oonagh brought gusts of more than 90mph to exposed parts of Northern Ireland and western Scotland, cutting power to tens of thousands of homes and halting ferry and rail services across the region.

The Met Office said a gust of 93mph was recorded at Tiree in the Inner Hebrides, and 84mph at Orlock Head in County Down. Amber wind warnings covered Northern Ireland, Argyll, the Western Isles and parts of the Highlands until early this morning.

NIE Networks said about 45,000 customers had lost power at the height of the storm. In Scotland, Scottish and Southern Electricity Networks reported 38,000 properties without electricity, mostly in Argyll and the islands.

CalMac cancelled all sailings on its west coast network, and ScotRail suspended services on the West Highland line after reports of trees on the track. Stena Line cancelled crossings between Belfast and Cairnryan.

"We've had storms before, but the speed of this one caught people out," said Morag MacInnes, who runs a guesthouse in Oban and lost her conservatory roof. "It went from breezy to frightening in about twenty minutes."

In the Republic of Ireland, where the storm made landfall first, about 180,000 properties lost power.

The Met Office said conditions would ease through the day but warned of further heavy rain in south-west Scotland, where the ground is already saturated. Scottish ministers convened the government's resilience committee, and First Minister John Swinney urged people not to travel unless necessary.`,
    },
    {
      feed: 'continental-press/wire',
      h: 14,
      slug: 'storm-oonagh-cuts-power-ireland-disrupts-flights',
      title: 'Storm Oonagh cuts power to thousands in Ireland, disrupts flights',
      by: 'CPA staff',
      tags: ['World', 'Weather'],
      body: `DUBLIN (CPA) - A powerful Atlantic storm swept across Ireland and the north of Britain, leaving around 180,000 Irish homes and businesses without electricity and forcing airlines and ferry operators to cancel services.

Storm Oonagh brought gusts of up to 150 km/h (93 mph) to Ireland's west coast, where the state weather service Met Éireann issued its highest-level red warning for the counties of Galway and Mayo. Schools in the affected areas were closed.

The electricity network operator ESB Networks said the damage was widespread and that some customers could be without power for several days.

More than 90 flights were cancelled at Dublin Airport, and several flights between Dublin and continental Europe, including Amsterdam, Paris and Frankfurt, were delayed or diverted. Ferry services across the Irish Sea were suspended.

In Northern Ireland and western Scotland, the British Met Office issued amber warnings. Around 80,000 properties lost power across the two regions, and rail and ferry services were halted.

No deaths were reported. Police in both countries urged people to avoid coastal areas, where high tides combined with the wind to push waves over sea walls.

Storm Oonagh is the second named storm of the season. Forecasters said winds would ease during the day.`,
    },
  ],
  copies: [
    {
      of: 'storm-oonagh-cuts-power-ireland-disrupts-flights',
      feed: 'polder-post/news',
      h: 12,
      title: 'Storm Oonagh cancels flights between Ireland and Schiphol',
      by: 'CPA',
      tags: ['Travel', 'Weather'],
      edits: [
        ['DUBLIN (CPA) - ', ''],
        ['including Amsterdam, Paris and Frankfurt', 'including KLM flights to Amsterdam Schiphol'],
      ],
    },
  ],
}
