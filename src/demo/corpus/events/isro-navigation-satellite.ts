/**
 * @module isro-navigation-satellite
 * India launches a navigation satellite: the national newspaper, a US tech site, a CPA wire text
 * and one copy.
 */
import type { EventSource } from '../corpus-types.js'

export const isroNavigationSatellite: EventSource = {
  key: 'isro-navigation-satellite',
  label: 'ISRO launches NVS-03 navigation satellite',
  kind: 'event',
  pieces: [
    {
      feed: 'indus-morning-post/news',
      h: 47,
      slug: 'isro-gslv-places-nvs-03-navigation-satellite-in-orbit',
      title: "ISRO's GSLV places NVS-03 navigation satellite in orbit from Sriharikota",
      by: 'Raghav Menon',
      tags: ['Science', 'ISRO', 'Space'],
      img: 'The GSLV rocket lifting off from the Satish Dhawan Space Centre',
      lede: 'The third of five next-generation satellites strengthens NavIC, the country’s regional navigation system.',
      body: `The Indian Space Research Organisation (ISRO) successfully launched the NVS-03 navigation satellite aboard its Geosynchronous Satellite Launch Vehicle from the Satish Dhawan Space Centre in Sriharikota.

The 2,250-kg satellite was placed into a geosynchronous transfer orbit about 19 minutes after lift-off at 5.47 pm. Over the next few days, ground controllers at the Master Control Facility in Hassan, Karnataka, will raise its orbit to its final position.

NVS-03 is the third of five second-generation satellites for NavIC, India's Navigation with Indian Constellation, which provides positioning services over India and up to 1,500 km beyond its borders. The new satellites carry an indigenous rubidium atomic clock, replacing imported clocks that failed on several first-generation spacecraft and left the system short of working satellites.

"With this launch, NavIC moves closer to full strength," ISRO chairman V. Narayanan said at mission control. "Every Indian smartphone should be able to rely on an Indian signal."

The government has asked phone manufacturers to support NavIC in new devices, and the system is already used by fishing boats, railway signalling and disaster-warning services. Officials say a fully populated constellation will also serve the armed forces, reducing dependence on the American GPS.

It was the GSLV's 18th flight. ISRO plans two more launches before the end of the financial year, including a commercial mission for a foreign customer.`,
    },
    {
      feed: 'stack-report/tech',
      h: 46,
      slug: 'india-adds-satellite-to-home-grown-gps-rival',
      title: 'India adds another satellite to its home-grown GPS rival, NavIC',
      by: 'Daniel Osei',
      tags: ['Space', 'Navigation', 'India'],
      body: `India launched the NVS-03 satellite, the latest piece of NavIC, a regional navigation system that Delhi wants in every phone sold in the country.

Unlike GPS, Galileo or China's BeiDou, which cover the whole planet, NavIC is designed to serve India and the area around it. Its satellites sit in geosynchronous orbits high above the Indian Ocean, which means a receiver in Mumbai or Delhi can almost always see them at a steep angle, an advantage in dense cities where tall buildings block signals from satellites low on the horizon.

The system's first generation had a problem that anyone who follows satellites will recognise: its imported atomic clocks kept failing. Without a working clock, a navigation satellite is useless for positioning, and for a time NavIC had too few healthy satellites for reliable service. The second-generation spacecraft, of which NVS-03 is the third, carry Indian-made rubidium clocks.

## Will your phone use it?

Qualcomm and MediaTek chipsets have supported NavIC's L5 signal for several years, and the new satellites add an L1 signal, the band used by most consumer GPS chips. That should make support cheaper for phone makers, said Anjali Deshpande, a navigation engineer who consults for handset companies. "L1 is the one that matters. It is what turns NavIC from a checkbox into something the phone actually uses."

ISRO's GSLV rocket placed the 2,250 kg satellite into a transfer orbit from Sriharikota. Two more NVS satellites are planned.`,
    },
    {
      feed: 'continental-press/wire',
      h: 47,
      slug: 'india-launches-navigation-satellite-nvs-03',
      title: 'India launches navigation satellite to bolster regional GPS alternative',
      by: 'CPA staff',
      tags: ['Science', 'Space'],
      body: `NEW DELHI (CPA) - India launched a navigation satellite to strengthen its regional positioning system, NavIC, which the government wants to become a domestic alternative to the US-operated GPS.

The 2,250-kg NVS-03 satellite lifted off aboard a Geosynchronous Satellite Launch Vehicle (GSLV) from the Satish Dhawan Space Centre on India's south-east coast and was placed into its planned transfer orbit, the Indian Space Research Organisation (ISRO) said.

NavIC provides positioning over India and up to 1,500 km beyond its borders. The first-generation system suffered from failures of imported atomic clocks, which left it with too few working satellites. The new series carries clocks made in India.

"NavIC moves closer to full strength," ISRO chairman V. Narayanan said after the launch.

India is one of a handful of countries with their own satellite navigation systems, alongside the United States, Russia, China, the European Union and Japan.

The launch was ISRO's third this year. The agency is also preparing an uncrewed test flight for its Gaganyaan human spaceflight programme.`,
    },
  ],
  copies: [
    {
      of: 'india-launches-navigation-satellite-nvs-03',
      feed: 'southern-cross-review/news',
      h: 45,
      title: 'India launches satellite for its own GPS network',
      by: 'CPA',
      tags: ['World', 'Science'],
      edits: [['NEW DELHI (CPA) - ', '']],
      dropLast: 1,
    },
  ],
}
