/**
 * @module southern-cross-review
 * Stand-alone entries of the Southern Cross Review (Sydney), RSS 2.0 teasers with media:content.
 */
import type { Piece } from '../corpus-types.js'

export const southernCrossReview: readonly Piece[] = [
  {
    feed: 'southern-cross-review/news',
    h: 0,
    title: 'Sydney Harbour ferry fleet to go electric by 2035',
    by: 'Jess Nguyen',
    tags: ['Sydney', 'Transport'],
    img: 'A Sydney ferry crossing the harbour in front of the Opera House',
    body: `All of Sydney's harbour ferries will be replaced with electric or hybrid vessels by 2035 under a plan announced by the NSW government, which will begin by converting the Parramatta River service.

The first seven electric ferries will be built in Australia, with construction to begin next year. Charging infrastructure will be installed at Circular Quay and Barangaroo.

The transport minister said the fleet currently burns about 10 million litres of diesel a year. The Rail, Tram and Bus Union welcomed the local build but asked for guarantees about maintenance jobs.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 6,
    title: 'RBA holds cash rate at 3.6% as inflation proves sticky',
    by: 'Liam Fairweather',
    tags: ['Business', 'Economy', 'RBA'],
    body: `The Reserve Bank of Australia kept the cash rate at 3.6%, saying inflation had been higher than expected and that the labour market remained tight.

Governor Michele Bullock said the board was "not in a hurry" to cut again after three reductions this year. Trimmed mean inflation, the bank's preferred measure, was 2.9% last quarter, near the top of its 2-3% target band.

Mortgage holders had hoped for a further cut. Economists now expect the RBA to hold until at least the middle of next year.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 12,
    title: 'Under-16 social media ban: platforms remove 1.1 million accounts',
    by: 'Mitchell Hart',
    tags: ['Technology', 'Policy'],
    body: `Social media platforms have deactivated more than 1.1 million accounts believed to belong to Australians under 16 since the country's world-first age restriction took effect, the eSafety Commissioner said.

The law requires platforms including Instagram, TikTok, Snapchat and YouTube to take reasonable steps to prevent children under 16 from having accounts, or face fines of up to A$49.5 million.

Some teenagers have found ways around the ban, using adults' accounts or VPNs. The commissioner said the law was not designed to be perfect but to shift responsibility onto the platforms.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 17,
    title: 'Fiji and Australia sign deal on policing and climate resilience',
    by: 'Mitchell Hart',
    tags: ['Pacific', 'Fiji'],
    body: `Australia and Fiji have signed an agreement under which Australia will fund police training, a new forensics laboratory and coastal protection projects in Fiji over five years, worth about A$160 million.

Fiji's Prime Minister Sitiveni Rabuka said the deal would help his country "stand on its own feet", while Australian officials said it reinforced Australia's role as the Pacific's security partner of choice.

China has sought to expand its own policing cooperation in the Pacific in recent years.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 23,
    title: "Melbourne's Metro Tunnel carries one million passengers in first month",
    by: 'Jess Nguyen',
    tags: ['Melbourne', 'Transport'],
    body: `Melbourne's Metro Tunnel carried more than one million passengers in its first month of full operation, according to the Victorian government, which says the A$13 billion project has freed up capacity across the city's rail network.

The twin 9-kilometre tunnels link the Sunbury and Cranbourne/Pakenham lines through five new underground stations, including one beneath the city's hospital precinct in Parkville.

Commuters have reported shorter trips but some teething problems with signalling.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 27,
    title: 'Western Australia lithium mine to close as prices slump',
    by: 'Liam Fairweather',
    tags: ['Business', 'Mining', 'WA'],
    body: `A lithium mine in Western Australia's Goldfields will be placed on care and maintenance, with the loss of about 350 jobs, its owner said, after prices for the battery metal fell by more than 80% from their peak.

The mine had opened just three years earlier during a lithium boom. Several other WA lithium projects have been paused or scaled back.

The federal government has offered production tax credits for processing critical minerals in Australia, but industry groups say more help is needed to compete with Chinese refiners.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 35,
    title: 'Matildas coach names young squad for Asian Cup warm-up matches',
    by: 'Mitchell Hart',
    tags: ['Sport', 'Football', 'Matildas'],
    body: `The Matildas have named five uncapped players in a 26-member squad for two friendly matches in Sydney and Newcastle, as preparations for the Women's Asian Cup on home soil gather pace.

Several senior players, including the captain, were rested after long club seasons in Europe and the United States. The coach said the games were a chance to "see who is ready".

Tickets for the Asian Cup, which Australia is hosting, have sold strongly.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 40,
    title: 'Koala numbers recovering in parts of NSW after fire-affected habitat regrows',
    by: 'Jess Nguyen',
    tags: ['Environment', 'Wildlife'],
    img: 'A koala in a eucalyptus tree on the NSW north coast',
    body: `Koala populations are recovering in parts of northern New South Wales that were devastated by the 2019-20 bushfires, a survey using drones and thermal cameras has found.

Researchers counted koalas at 70% of the sites where they were recorded before the fires, up from 40% three years ago. But numbers are still falling in areas where land clearing continues.

Koalas were listed as endangered in NSW, Queensland and the ACT in 2022.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 46,
    title: 'Pacific Islands Forum leaders back regional climate finance facility',
    by: 'Mitchell Hart',
    tags: ['Pacific', 'Climate'],
    body: `Leaders of the Pacific Islands Forum agreed to establish a regional facility to channel climate finance directly to communities, bypassing what they describe as slow and complex international funds.

The Pacific Resilience Facility, based in Tonga, aims to raise US$500 million. Australia has pledged A$100 million.

Tuvalu's prime minister said small island states could not wait years for funding while rising seas threatened homes and water supplies.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 54,
    title: 'Adelaide Oval confirmed as host of day-night Ashes Test',
    by: 'Mitchell Hart',
    tags: ['Sport', 'Cricket'],
    body: `Adelaide Oval will host a day-night Test against England during the next Ashes series after Cricket Australia confirmed the schedule.

The pink-ball Test has become a fixture of the Australian summer in Adelaide and has drawn large crowds. The South Australian government contributed funding to secure the match.

The series will also include Tests in Perth, Brisbane, Melbourne and Sydney.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 59,
    title: 'Housing approvals rise to three-year high',
    by: 'Liam Fairweather',
    tags: ['Business', 'Housing'],
    body: `Approvals for new homes rose to a three-year high last month, led by apartments in Sydney and Melbourne, according to the Australian Bureau of Statistics.

About 17,000 dwellings were approved, still short of the monthly rate needed to meet the national target of 1.2 million new homes over five years. Builders say high costs and labour shortages remain obstacles.

The housing minister said the figures showed the government's policies were starting to work.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 65,
    title: 'Indigenous rangers to manage new marine park in Kimberley',
    by: 'Jess Nguyen',
    tags: ['Environment', 'Indigenous affairs'],
    body: `Traditional owners in the Kimberley will jointly manage a new marine park covering 6,000 square kilometres of coastline and islands, under an agreement with the Western Australian government.

Indigenous ranger groups will carry out turtle and dugong monitoring, patrol against illegal fishing and manage tourism. The park protects coral reefs, mangroves and important fish breeding grounds.

Traditional owners said the agreement recognised their connection to sea country.`,
  },
  {
    feed: 'southern-cross-review/news',
    h: 72,
    title: "Tasmania's stadium wins final approval after years of fighting",
    by: 'Mitchell Hart',
    tags: ['Tasmania', 'AFL'],
    body: `Tasmania's parliament has approved a roofed stadium at Macquarie Point in Hobart, clearing the final hurdle for the state's long-awaited AFL team to join the competition.

The A$945 million stadium has divided Tasmanians, with critics arguing the money should go to hospitals and housing. The AFL made the stadium a condition of granting the state its licence.

The Tasmania Devils are due to enter the league in 2028.`,
  },
]
