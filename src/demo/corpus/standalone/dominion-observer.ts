/**
 * @module dominion-observer
 * Stand-alone entries of The Dominion Observer (Ottawa), JSON Feed with teasers.
 */
import type { Piece } from '../corpus-types.js'

export const dominionObserver: readonly Piece[] = [
  {
    feed: 'dominion-observer/news',
    h: 1,
    title: 'Ottawa to fast-track permits for new Atlantic LNG terminal',
    by: 'Graham Whitlock',
    tags: ['Politics', 'Energy'],
    body: `The federal government will fast-track environmental reviews for a proposed liquefied natural gas export terminal in Nova Scotia under its new major projects law, Energy Minister Tim Hodgson announced in Halifax.

The terminal, near the Strait of Canso, would ship gas from Western Canada and the northeastern United States to Europe. Proponents say it could be operating by the early 2030s.

Indigenous leaders in the region said they expected to be full partners in the project. Environmental groups warned that new fossil fuel infrastructure would make Canada's emissions targets harder to meet.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 4,
    title: 'Toronto condo sales fall to lowest level since 1990s',
    by: 'Owen Tremblay',
    tags: ['Business', 'Housing', 'Toronto'],
    img: 'Cranes over unfinished condo towers in downtown Toronto',
    body: `Sales of new condominiums in the Greater Toronto Area fell to their lowest level in almost three decades last quarter, according to a market research firm, as investors who once bought units off-plan stayed away.

Fewer than 1,000 new condo units were sold in the quarter, down more than 80% from the average of the past decade. Several developers have cancelled or paused projects, and construction employment in the region has begun to fall.

Analysts said the slump could worsen the housing shortage in a few years, when fewer new units are completed.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 13,
    title: 'Quebec to require French-language proficiency for new taxi and ride-hail drivers',
    by: 'Nathalie Bouchard',
    tags: ['Quebec', 'Politics'],
    body: `Quebec will require drivers applying for new taxi and ride-hailing permits to show a basic level of French, under regulations announced by the province's minister responsible for the French language.

The rules, which take effect next year, build on the province's Bill 96, which strengthened French-language requirements in business and government services. Existing drivers will have two years to comply.

Driver associations in Montreal said many immigrant drivers already speak French but warned that testing delays could leave the industry short-staffed. Uber said it was studying the regulations.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 19,
    title: 'Wildfire season was second-worst on record, federal report says',
    by: 'Owen Tremblay',
    tags: ['Canada', 'Wildfires', 'Climate'],
    body: `Wildfires burned about 8.8 million hectares in Canada this year, the second-largest area on record after 2023, according to a year-end report from Natural Resources Canada.

Manitoba and Saskatchewan were hardest hit, with tens of thousands of people evacuated, including entire First Nations communities. Smoke from the fires drifted as far as Europe.

The report said fire seasons are growing longer and more intense as the climate warms. The federal government has promised to create a national wildfire agency and to train more firefighters.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 23,
    title: "Carney's cabinet shuffle brings new faces to trade and defence files",
    by: 'Graham Whitlock',
    tags: ['Politics', 'Ottawa'],
    body: `Prime Minister Mark Carney shuffled his cabinet, moving several ministers and promoting backbench MPs from Ontario and British Columbia as the government tries to refocus on trade negotiations with the United States.

The changes were announced at Rideau Hall. Carney said the new team would "build a stronger Canadian economy that depends less on any one partner".

Opposition Leader Pierre Poilievre said the shuffle changed nothing about the government's record on affordability.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 30,
    title: 'Via Rail unveils first new trains for Quebec City–Windsor corridor',
    by: 'Nathalie Bouchard',
    tags: ['Transport', 'Rail'],
    body: `Via Rail's new fleet is now in full service on the corridor between Quebec City and Windsor, Ont., replacing carriages that in some cases dated from the 1940s.

The Siemens-built trains offer more accessible seating, Wi-Fi and power outlets at every seat. Via said ridership on the corridor had grown 12% this year.

The Crown corporation is also preparing for Alto, a planned high-speed rail line between Toronto and Quebec City, which would run on a separate track and is not expected to open until the late 2030s.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 38,
    title: 'Nunavut community opens first year-round greenhouse powered by solar and wind',
    by: 'Owen Tremblay',
    tags: ['North', 'Food security'],
    body: `Residents of Gjoa Haven, Nunavut, have started harvesting lettuce, kale and tomatoes from a year-round greenhouse powered by solar panels and a small wind turbine, a project aimed at cutting the cost of fresh food in the Arctic.

A head of lettuce flown in from the south can cost more than $8 in the community. The greenhouse, built in a converted shipping container, produces about 100 kilograms of vegetables a month.

The project is run by the hamlet with support from a federal food security program. Organizers hope to expand it to other communities.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 43,
    title: 'Canada Post strike talks resume as parcels pile up',
    by: 'Graham Whitlock',
    tags: ['Labour', 'Canada Post'],
    body: `Canada Post and the union representing its workers returned to the bargaining table with a federal mediator, as rotating strikes left millions of parcels undelivered.

The Canadian Union of Postal Workers is seeking higher wages and limits on the use of part-time staff. Canada Post says it is losing more than $10 million a day and must cut costs as letter volumes decline.

Small businesses that depend on the mail urged both sides to reach a deal quickly.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 51,
    title: "Vancouver's Broadway subway extension hits new delay",
    by: 'Owen Tremblay',
    tags: ['Vancouver', 'Transit'],
    body: `The opening of the SkyTrain Broadway subway extension in Vancouver has been delayed again, to 2028, because of problems with tunnelling and station construction, the B.C. government said.

The 5.7-kilometre line will extend the Millennium Line from VCC-Clark station to Arbutus Street. Its cost has risen to about $3.6 billion.

The transportation minister said the delay was disappointing but that safety came first. Businesses along Broadway, disrupted by construction for years, said they needed more support.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 57,
    title: 'Hockey Canada names new chief executive',
    by: 'Nathalie Bouchard',
    tags: ['Sports', 'Hockey'],
    body: `Hockey Canada has appointed a former provincial sports administrator as its chief executive, as the organization continues to rebuild trust after a sexual assault scandal that led to the resignation of its board and the loss of federal funding in 2022.

The new CEO said her priority would be safe sport and growing participation among girls and newcomers to Canada. Registration in minor hockey has been falling, partly because of the high cost of equipment and ice time.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 60,
    title: 'Halifax approves 4,000-home plan for former military land',
    by: 'Graham Whitlock',
    tags: ['Housing', 'Halifax'],
    body: `Halifax regional council approved a plan to build about 4,000 homes on surplus military land in the Shannon Park area of Dartmouth, one of the largest housing developments in the city's history.

Canada Lands Company, the federal Crown corporation that owns the site, said a third of the units would be affordable. The first residents could move in within three years.

Halifax has grown faster than almost any other Canadian city in recent years, and rents have risen sharply.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 66,
    title: 'Study finds microplastics in snow from remote Yukon mountains',
    by: 'Owen Tremblay',
    tags: ['Science', 'Environment', 'Yukon'],
    body: `Researchers have found microplastic particles in snow samples collected from remote mountains in the Yukon, far from any city or road, suggesting the particles travel long distances through the atmosphere.

The team from the University of Alberta found an average of 40 particles per litre of melted snow, mostly fragments of polyester and nylon fibres. The sources could be as far away as Asia, they said.

"There is no such thing as a pristine place any more," said lead author Dr Claire Beaulieu.`,
  },
  {
    feed: 'dominion-observer/news',
    h: 71,
    title: 'Calgary Stampede grounds to get new arena by 2027',
    by: 'Nathalie Bouchard',
    tags: ['Calgary', 'Sports'],
    body: `Construction of a new arena for the Calgary Flames at Stampede Park is on schedule to finish in 2027, the city said, as the steel frame of the 18,400-seat building went up.

The $1.2-billion project is funded by the city, the province and the Flames' owners. It will replace the Scotiabank Saddledome, which opened in 1983 and was damaged in the 2013 floods.

The city says the arena will anchor a new culture and entertainment district in the Beltline.`,
  },
]
