/**
 * @module sumida-times
 * Stand-alone entries of The Sumida Times (Tokyo), RSS 2.0 teasers.
 */
import type { Piece } from '../corpus-types.js'

export const sumidaTimes: readonly Piece[] = [
  {
    feed: 'sumida-times/world',
    h: 1,
    title: 'Bank of Japan keeps rates at 0.5% but signals hike is near',
    by: 'Kenji Watanabe',
    tags: ['Business', 'Bank of Japan'],
    body: `The Bank of Japan kept its short-term interest rate at 0.5%, but Governor Kazuo Ueda said the chances of the bank's economic outlook being realised were rising, comments that markets took as a signal that a rate increase could come as soon as next month.

Two of the nine board members voted for an immediate rise to 0.75%. The yen strengthened after Ueda's news conference.

Companies have signalled another round of solid wage increases next spring, which the BOJ sees as key to sustainable inflation.`,
  },
  {
    feed: 'sumida-times/world',
    h: 7,
    title: 'Record foreign visitors push Kyoto to limit access to Gion alleys',
    by: 'Aiko Tanaka',
    tags: ['Tourism', 'Kyoto'],
    img: 'Visitors crowding a narrow lane in the Gion district of Kyoto',
    body: `Kyoto will close several private alleys in the Gion geisha district to tourists and introduce fines for trespassing, after residents complained of visitors chasing and photographing geiko and maiko without permission.

Japan welcomed a record 3.5 million foreign visitors last month. The government aims for 60 million a year by 2030, but residents of popular areas say the crowds are unmanageable.

Kyoto has already raised its accommodation tax and launched express buses to ease congestion on city routes.`,
  },
  {
    feed: 'sumida-times/world',
    h: 14,
    title: "Japan's population of Japanese nationals falls by record 900,000",
    by: 'Kenji Watanabe',
    tags: ['Society', 'Demographics'],
    body: `The number of Japanese nationals living in Japan fell by about 900,000 last year to 120.7 million, the biggest annual drop on record, according to the internal affairs ministry, as deaths outpaced births by a widening margin.

Births fell to about 690,000, the lowest since records began in 1899. The number of foreign residents rose to a record 3.7 million, partly offsetting the decline.

Every prefecture except Tokyo saw its Japanese population shrink.`,
  },
  {
    feed: 'sumida-times/world',
    h: 21,
    title: 'Toyota to build solid-state battery plant in Fukuoka',
    by: 'Kenji Watanabe',
    tags: ['Business', 'Autos', 'Batteries'],
    body: `Toyota Motor plans to build a plant in Fukuoka prefecture to produce solid-state batteries, which promise faster charging and longer range than today's lithium-ion cells, with production starting in 2028.

The company has said it aims to put the batteries into vehicles by 2027 or 2028. Solid-state technology has been touted for years, but manufacturing it at scale has proved difficult.

The government is subsidising part of the investment as part of a push to strengthen domestic supply chains for batteries.`,
  },
  {
    feed: 'sumida-times/world',
    h: 29,
    title: 'Bear sightings prompt school closures in Akita',
    by: 'Aiko Tanaka',
    tags: ['Japan', 'Wildlife'],
    body: `Several schools in Akita prefecture switched to online lessons after a series of black bear sightings near residential areas, as attacks on people in northern Japan reach record levels.

More than 100 people have been injured by bears this year nationwide, and several have died. Experts say a poor crop of beech nuts in the mountains is driving bears into towns in search of food.

The central government has relaxed rules to allow police and hunters to shoot bears in urban areas under certain conditions.`,
  },
  {
    feed: 'sumida-times/world',
    h: 34,
    title: 'Shohei Ohtani named MVP for fourth time',
    by: 'Daisuke Ito',
    tags: ['Sports', 'Baseball'],
    body: `Shohei Ohtani of the Los Angeles Dodgers has been named National League Most Valuable Player for a second consecutive year and the fourth time in his career, a unanimous choice by the Baseball Writers' Association of America.

Ohtani returned to pitching this season while continuing to hit for power. Fans in his hometown of Oshu, Iwate prefecture, gathered at a public viewing to watch the announcement.

Only Barry Bonds has won more MVP awards.`,
  },
  {
    feed: 'sumida-times/world',
    h: 41,
    title: 'Tokyo to offer free day care for first children from next April',
    by: 'Aiko Tanaka',
    tags: ['Tokyo', 'Family policy'],
    body: `The Tokyo Metropolitan Government will make day care free for all children from April, including first-born children under the age of three, as it tries to reverse a birth rate that has fallen below one child per woman in the capital.

Governor Yuriko Koike said the policy would cost about ¥60 billion a year. Free day care is already available for second and subsequent children.

Critics say Tokyo's high housing costs and long working hours are bigger obstacles to having children.`,
  },
  {
    feed: 'sumida-times/world',
    h: 47,
    title: 'Seven-Eleven Japan to test drone deliveries in rural Hokkaido',
    by: 'Kenji Watanabe',
    tags: ['Business', 'Retail', 'Technology'],
    body: `Seven-Eleven Japan will begin testing drone deliveries of groceries and medicines from convenience stores to homes in rural parts of Hokkaido, where many elderly residents no longer drive.

The drones will fly routes of up to 10 kilometres beyond the operator's line of sight, which Japan allowed in sparsely populated areas in 2022.

Japan's rural areas have been losing shops and bus routes as populations age and shrink.`,
  },
  {
    feed: 'sumida-times/world',
    h: 53,
    title: 'South Korea and Japan agree on shuttle diplomacy to resume',
    by: 'Haruka Mori',
    tags: ['Asia', 'Diplomacy'],
    body: `Japan and South Korea agreed to resume regular reciprocal visits by their leaders, known as shuttle diplomacy, during a meeting of foreign ministers in Seoul.

The two countries also discussed cooperation on supply chains, North Korea's missile programme and youth exchanges. Relations have improved markedly since 2023 despite lingering disputes over wartime history.

The next leaders' meeting is expected to take place in Japan early next year.`,
  },
  {
    feed: 'sumida-times/world',
    h: 58,
    title: 'Sumo: Mongolian-born ozeki wins first Emperor’s Cup',
    by: 'Daisuke Ito',
    tags: ['Sports', 'Sumo'],
    body: `Ozeki Hoshitakayama, born in Ulaanbaatar, won his first Emperor's Cup at the Kyushu Grand Sumo Tournament in Fukuoka, finishing with a 13-2 record after defeating the yokozuna on the final day.

The 26-year-old cried in the ring as the crowd cheered. A second consecutive title could earn him promotion to yokozuna, sumo's highest rank.

Mongolian wrestlers have dominated sumo for two decades.`,
  },
  {
    feed: 'sumida-times/world',
    h: 63,
    title: 'Osaka Expo site to become integrated resort with casino',
    by: 'Aiko Tanaka',
    tags: ['Osaka', 'Business'],
    body: `Construction is under way on Yumeshima island in Osaka Bay, site of the 2025 World Expo, for Japan's first integrated resort with a casino, which the city hopes will open in 2030.

The ¥1.3 trillion project, led by MGM Resorts and Orix, will include hotels, a convention centre and entertainment facilities. Opponents worry about gambling addiction and the cost of infrastructure on the reclaimed island.

The Expo drew about 25 million visitors.`,
  },
  {
    feed: 'sumida-times/world',
    h: 68,
    title: 'Shinkansen extension to Tsuruga marks first full year',
    by: 'Haruka Mori',
    tags: ['Transport', 'Railways'],
    body: `The extension of the Hokuriku Shinkansen to Tsuruga in Fukui prefecture has carried more passengers than forecast in its first full year, JR West said, boosting tourism in towns along the Sea of Japan coast.

Fukui's dinosaur museum and Eiheiji temple reported record visitor numbers. The route to Osaka is still incomplete, and passengers must change to limited express trains at Tsuruga.

Disputes over the route of the final section mean it may not open until the 2040s.`,
  },
  {
    feed: 'sumida-times/world',
    h: 72,
    title: 'Ghibli Park opens final area dedicated to Princess Mononoke',
    by: 'Aiko Tanaka',
    tags: ['Culture', 'Animation'],
    body: `Ghibli Park in Aichi prefecture has opened its final planned area, a forest village inspired by Hayao Miyazaki's film Princess Mononoke, complete with a giant statue of the Forest Spirit.

The park, built in an existing public park rather than as a conventional theme park, has no rides. Visitors walk among recreated buildings and scenes from the studio's films.

Tickets sell out months in advance.`,
  },
]
