/**
 * @module vistula-review
 * Stand-alone entries of the Vistula Review (Warsaw), full-text RSS 2.0.
 */
import type { Piece } from '../corpus-types.js'

export const vistulaReview: readonly Piece[] = [
  {
    feed: 'vistula-review/news',
    h: 2,
    title: 'Warsaw metro line extension to Bródno opens to passengers',
    by: 'Tomasz Nowicki',
    tags: ['Warsaw', 'Transport'],
    img: 'New metro station platform in Warsaw with red accents',
    body: `Three new stations on the second line of the Warsaw metro opened to passengers, extending the line to the district of Bródno in the city's north-east and putting about 80,000 more residents within walking distance of the underground.

The extension, partly financed by EU funds, cost about 1.8 billion zloty. Warsaw's mayor said the city would now focus on a third metro line towards Gocław, south of the river.

Residents of Bródno, a large housing estate built in the 1970s and 1980s, had waited decades for the metro. "My commute to the centre is 20 minutes shorter," said one nurse on the first morning train.`,
  },
  {
    feed: 'vistula-review/news',
    h: 9,
    title: 'Poland’s economy grows 3.3% as consumers keep spending',
    by: 'Agnieszka Lis',
    tags: ['Economy', 'GDP'],
    body: `Poland's economy grew 3.3% year on year in the last quarter, according to the statistics office GUS, supported by household consumption and public investment financed by EU recovery funds.

Poland has become one of the fastest-growing economies in the EU. Wages continue to rise faster than inflation, which has fallen to close to 3%.

Economists expect growth to remain above 3% next year. The central bank has cut interest rates several times this year, and further cuts are expected.`,
  },
  {
    feed: 'vistula-review/news',
    h: 15,
    title: 'Central Communication Port: construction of new airport’s runway begins',
    by: 'Tomasz Nowicki',
    tags: ['Infrastructure', 'Aviation'],
    body: `Construction has begun on the first runway of Poland's planned Central Communication Port (CPK), a new hub airport between Warsaw and Łódź that the government says will open in 2032.

The project, which also includes a network of high-speed railway lines, is one of the largest infrastructure investments in the country's history. The previous government's plans were scaled back and then revived after the 2023 elections.

Critics question whether Warsaw needs a new hub when Chopin Airport could be expanded. The government says the airport will handle 34 million passengers a year at first.`,
  },
  {
    feed: 'vistula-review/news',
    h: 24,
    title: 'Kraków to ban older diesel cars from city centre',
    by: 'Marta Zielińska',
    tags: ['Kraków', 'Environment'],
    body: `Kraków's clean transport zone, which will bar the oldest and most polluting cars from large parts of the city, will come into force next year after the city council approved the final version.

Diesel cars registered before 2005 and petrol cars from before 2000 will be barred, with exemptions for older residents and people with disabilities. The city has some of the worst air pollution in Europe, largely from home heating.

Opponents collected signatures for a referendum, saying the rules penalise poorer residents.`,
  },
  {
    feed: 'vistula-review/news',
    h: 32,
    title: 'Polish farmers block border crossings with Ukraine over grain imports',
    by: 'Agnieszka Lis',
    tags: ['Agriculture', 'Ukraine', 'Protests'],
    body: `Polish farmers blocked three road crossings on the border with Ukraine, protesting against imports of Ukrainian grain and sugar that they say are driving down prices.

The protests are the latest in a long-running dispute. The government says Poland's national ban on several Ukrainian agricultural products remains in place, but farmers accuse traders of bringing goods in under other labels.

Ukrainian officials said the blockades were hurting trade and called for dialogue.`,
  },
  {
    feed: 'vistula-review/news',
    h: 39,
    title: 'Chopin Competition winner starts world tour in Warsaw',
    by: 'Marta Zielińska',
    tags: ['Culture', 'Music'],
    body: `The winner of this year's International Chopin Piano Competition opened a 40-concert world tour with a recital at the Warsaw Philharmonic, where the competition is held every five years.

The audience gave a standing ovation after an encore of the Mazurka in A minor, Op. 17 No. 4. The tour will take the young pianist to Tokyo, Seoul, New York and London.

The competition, first held in 1927, is one of the most prestigious in classical music.`,
  },
  {
    feed: 'vistula-review/news',
    h: 45,
    title: 'Poland opens first offshore wind farm in the Baltic',
    by: 'Agnieszka Lis',
    tags: ['Energy', 'Offshore wind'],
    body: `The first Polish offshore wind farm has started supplying electricity to the grid from turbines in the Baltic Sea about 23 km off the coast near Łeba.

When complete, the project will have a capacity of 1.1 gigawatts, enough for about 1.5 million homes. Poland, which still generates more than half of its electricity from coal, plans to install about 18 GW of offshore wind by 2040.

The port of Gdańsk built a new installation terminal for the project.`,
  },
  {
    feed: 'vistula-review/news',
    h: 51,
    title: 'Lithuania and Poland sign deal to speed up Rail Baltica link',
    by: 'Tomasz Nowicki',
    tags: ['Region', 'Rail'],
    body: `Poland and Lithuania signed an agreement to speed up construction of the Rail Baltica connection between Białystok and Kaunas, part of a line that will eventually link Warsaw with Tallinn on European standard-gauge track.

The Baltic states still largely use the wider Russian gauge. The new line is seen as important for both trade and the movement of military equipment.

The EU is expected to cover most of the cost of the cross-border section.`,
  },
  {
    feed: 'vistula-review/news',
    h: 58,
    title: 'Gdańsk shipyard wins contract to build ferries for Scandinavian operator',
    by: 'Tomasz Nowicki',
    tags: ['Business', 'Shipbuilding'],
    body: `A shipyard in Gdańsk has won a contract to build two hybrid ferries for a Scandinavian operator, worth about 900 million zloty, in a sign of the revival of the city's shipbuilding industry.

The ferries will run on the Baltic between Sweden and Poland and will be able to sail on battery power in ports. Delivery is expected in three years.

Gdańsk was the birthplace of the Solidarity movement in the shipyard in 1980.`,
  },
  {
    feed: 'vistula-review/news',
    h: 63,
    title: 'Iga Świątek foundation to build tennis courts in small towns',
    by: 'Marta Zielińska',
    tags: ['Sport', 'Tennis'],
    body: `A foundation set up by Polish tennis star Iga Świątek will fund the construction of public tennis courts in 20 small towns across Poland over the next three years.

The foundation said it wanted to make tennis accessible to children outside big cities, where clubs and coaching are expensive. Local authorities will provide the land.

Świątek, a former world number one, has won six Grand Slam titles.`,
  },
  {
    feed: 'vistula-review/news',
    h: 67,
    title: 'Wrocław remembers the 1997 flood with new river defences',
    by: 'Marta Zielińska',
    tags: ['Wrocław', 'Climate'],
    body: `Wrocław has completed a programme of flood defences along the Oder, including new embankments and a dry polder upstream of the city, nearly three decades after the 1997 flood that inundated much of it.

The defences helped the city escape the worst of the floods that hit south-western Poland in 2024. Smaller towns such as Kłodzko and Nysa suffered heavy damage.

The government says more retention reservoirs are needed in the mountains.`,
  },
  {
    feed: 'vistula-review/news',
    h: 71,
    title: "Poland's population falls below 37.5 million",
    by: 'Agnieszka Lis',
    tags: ['Society', 'Demographics'],
    body: `Poland's population has fallen below 37.5 million, according to GUS, as the birth rate remains among the lowest in Europe and emigration continues, albeit more slowly than in the past.

The fertility rate fell to about 1.1 children per woman. Immigration, particularly from Ukraine and Belarus, has partly offset the decline.

The government has expanded child benefits but demographers say housing costs and job insecurity remain bigger factors.`,
  },
]
