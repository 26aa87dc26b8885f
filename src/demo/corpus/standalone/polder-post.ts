/**
 * @module polder-post
 * Stand-alone entries of The Polder Post (Amsterdam), Atom teasers.
 */
import type { Piece } from '../corpus-types.js'

export const polderPost: readonly Piece[] = [
  {
    feed: 'polder-post/news',
    h: 3,
    title: 'Amsterdam to lower speed limit on Ring A10 to 80 km/h at night',
    by: 'Sanne Kuipers',
    tags: ['Amsterdam', 'Traffic'],
    body: `The speed limit on Amsterdam's A10 ring road will drop to 80 kilometres per hour between 7pm and 6am from next year, to reduce noise for the tens of thousands of residents living alongside it.

The measure follows a trial on a stretch near Amsterdam-West, where noise levels fell measurably. Rijkswaterstaat said journey times would barely change because traffic at night is light.

Motoring organisation ANWB said it understood the reason but questioned whether enforcement would be consistent.`,
  },
  {
    feed: 'polder-post/news',
    h: 9,
    title: 'ASML raises annual forecast on strong demand for AI chipmaking machines',
    by: 'Joost van Dalen',
    tags: ['Business', 'Semiconductors'],
    img: 'An ASML lithography machine in a clean room in Veldhoven',
    body: `ASML, the Dutch maker of machines used to produce advanced computer chips, raised its sales forecast for the year after orders for its most advanced lithography systems jumped, driven by demand for chips used in artificial intelligence.

The Veldhoven-based company said bookings rose to €5.4 billion in the quarter. Sales to China, which had surged before export restrictions took effect, fell to about a quarter of the total.

Chief executive Christophe Fouquet said the company was confident about next year but warned of uncertainty from trade tensions.`,
  },
  {
    feed: 'polder-post/news',
    h: 16,
    title: 'Dutch housing shortage grows to 400,000 homes, ministry says',
    by: 'Femke de Wit',
    tags: ['Housing', 'Netherlands'],
    body: `The Netherlands is short of about 400,000 homes, more than 4% of its housing stock, according to new figures from the housing ministry, and the gap is growing despite a government target to build 100,000 homes a year.

Last year, about 82,000 new homes were completed. Nitrogen rules, which limit construction near protected nature areas, have held back projects, along with high interest rates and labour shortages.

Young people and migrants have been hardest hit. The average age at which Dutch people leave the parental home has risen to nearly 24.`,
  },
  {
    feed: 'polder-post/news',
    h: 26,
    title: "Rotterdam's Depot Boijmans lets visitors handle objects for the first time",
    by: 'Lotte Hendriks',
    tags: ['Culture', 'Rotterdam'],
    body: `The Depot Boijmans Van Beuningen, the mirrored art storage building in Rotterdam's Museumpark, is letting visitors wear gloves and handle selected objects from its collection, including 17th-century glassware and modern ceramics.

The sessions, led by conservators, take place in a new study room on the fourth floor. The museum said it wanted to show how collections are cared for.

The museum's main building has been closed for renovation since 2019 and is not expected to reopen before 2029.`,
  },
  {
    feed: 'polder-post/news',
    h: 33,
    title: 'Cabinet presents plan to reduce nitrogen emissions from livestock farms',
    by: 'Joost van Dalen',
    tags: ['Politics', 'Agriculture', 'Nitrogen'],
    body: `The Dutch government presented a plan to cut nitrogen emissions from farming, offering voluntary buyouts to livestock farmers near protected nature areas and subsidies for low-emission barns.

Nitrogen compounds from manure and fertiliser damage sensitive habitats, and court rulings have blocked construction and infrastructure projects until emissions fall. The issue has dominated Dutch politics for years and fuelled farmer protests.

Farmers' organisations said the plan was more realistic than previous ones. Environmental groups said it lacked binding targets.`,
  },
  {
    feed: 'polder-post/news',
    h: 48,
    title: 'Ajax appoints new technical director after turbulent season',
    by: 'Sanne Kuipers',
    tags: ['Sport', 'Football', 'Ajax'],
    body: `Ajax have appointed a former Dutch international as technical director, the club's fourth in three years, as the Amsterdam club tries to rebuild its reputation for developing young talent.

The new director said Ajax needed "calm, clarity and patience". The club finished outside the top two in the Eredivisie last season and lost money for a third consecutive year.

Supporters have grown frustrated with the turnover of coaches and executives.`,
  },
  {
    feed: 'polder-post/news',
    h: 55,
    title: 'Utrecht opens the world’s largest bicycle garage extension',
    by: 'Femke de Wit',
    tags: ['Utrecht', 'Cycling'],
    img: 'Rows of bicycles in the multi-level bike garage at Utrecht Centraal',
    body: `The bicycle parking garage beneath Utrecht Centraal station, already the world's largest, has added 3,000 spaces, bringing its total capacity to about 15,500 bicycles.

The garage has digital signs showing free spaces on each row, and the first 24 hours of parking are free. Utrecht city council said demand kept growing as more commuters combined cycling with train travel.

Around a quarter of all trips in the Netherlands are made by bicycle.`,
  },
  {
    feed: 'polder-post/news',
    h: 62,
    title: 'Groningen earthquake compensation scheme to be simplified',
    by: 'Joost van Dalen',
    tags: ['Groningen', 'Gas'],
    body: `The government will simplify the compensation scheme for homeowners in Groningen whose houses were damaged by earthquakes caused by decades of gas extraction, after a parliamentary inquiry found that residents had been let down.

Homeowners will be able to claim a fixed sum for damage without lengthy inspections. The Groningen field, once Europe's largest, was permanently closed in 2024.

Residents' groups said the changes came years too late.`,
  },
  {
    feed: 'polder-post/news',
    h: 69,
    title: "Dutch students protest against cuts to university funding",
    by: 'Femke de Wit',
    tags: ['Education', 'Protests'],
    body: `Thousands of students and university staff marched through The Hague to protest against government cuts to higher education and research funding of about €1 billion a year.

Universities have warned that they will have to cut courses and jobs and attract fewer international students. The government says it wants to prioritise vocational education and reduce the number of English-taught programmes.

Rectors of the 14 research universities said the cuts would damage the Netherlands' position as a knowledge economy.`,
  },
]
