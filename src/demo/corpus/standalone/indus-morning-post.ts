/**
 * @module indus-morning-post
 * Stand-alone entries of the Indus Morning Post (New Delhi and Mumbai), RDF with full text.
 */
import type { Piece } from '../corpus-types.js'

export const indusMorningPost: readonly Piece[] = [
  {
    feed: 'indus-morning-post/news',
    h: 1,
    title: "Delhi's air quality slips to 'very poor' as stubble burning season begins",
    by: 'Kavita Sharma',
    tags: ['Delhi', 'Pollution', 'Environment'],
    img: 'Smog over India Gate in New Delhi',
    body: `Air quality in Delhi deteriorated to the "very poor" category, with the Air Quality Index touching 318 at several monitoring stations, as farm fires in Punjab and Haryana and falling temperatures trapped pollutants over the capital.

The Commission for Air Quality Management invoked stage two of the Graded Response Action Plan, banning diesel generators except for essential services and increasing the frequency of metro and bus services to encourage people to leave cars at home.

Satellite data showed more than 400 farm fires in Punjab over the previous day. State officials said incidents were lower than last year because of subsidies for machines that clear crop residue.

Doctors at AIIMS advised people with respiratory illnesses to avoid early morning walks.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 7,
    title: 'Mumbai Metro Line 3 now runs end to end, from Aarey to Cuffe Parade',
    by: 'Rohan Kulkarni',
    tags: ['Mumbai', 'Transport'],
    body: `Mumbai's first fully underground metro line is now operating along its entire 33.5-km route, from Aarey Colony in the north to Cuffe Parade in the south, after the final section through the city's old business district opened to passengers.

Metro Line 3, also called the Aqua Line, links the airport, Bandra-Kurla Complex, Worli and Churchgate, cutting travel times on one of the city's most congested corridors. Officials expect daily ridership to reach 1.3 million within two years.

Commuters on the first morning praised the air-conditioned trains. "From Andheri to Fort in 40 minutes without a drop of sweat," said one office worker. "This is the Mumbai we were promised."

The line cost about Rs 37,000 crore and was partly financed by the Japan International Cooperation Agency.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 12,
    title: 'India’s GST collections rise 9% to Rs 1.96 lakh crore',
    by: 'Meera Iyer',
    tags: ['Business', 'Economy', 'Tax'],
    body: `Gross goods and services tax collections rose 9% year on year to Rs 1.96 lakh crore last month, the finance ministry said, as festival season spending and a simplified rate structure lifted consumption.

The government cut rates on hundreds of everyday items earlier this year, moving most goods to two main slabs of 5% and 18%. Officials said lower rates had increased compliance and volumes.

Maharashtra, Karnataka and Gujarat recorded the highest collections. Economists said the figures pointed to a steady domestic economy despite weak exports to the United States.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 22,
    title: 'Kerala declares Nipah containment zones after case in Malappuram',
    by: 'Anil Thomas',
    tags: ['Health', 'Kerala'],
    body: `The Kerala government has declared containment zones in three panchayats of Malappuram district after a 24-year-old man tested positive for the Nipah virus, the state's health minister said.

More than 150 people who came into contact with the patient have been identified and placed under observation. Schools in the zones were closed and residents advised to wear masks.

Kerala has recorded several Nipah outbreaks since 2018. The virus, carried by fruit bats, can cause severe brain inflammation and has a high fatality rate. The state has set up a dedicated research institute in Kozhikode.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 28,
    title: 'Bengaluru startup raises $150 million to build small satellite launchers',
    by: 'Raghav Menon',
    tags: ['Business', 'Space', 'Startups'],
    body: `A Bengaluru-based space startup has raised $150 million from investors including a sovereign wealth fund and two Indian family offices to expand production of small rockets that can carry satellites of up to 500 kg into orbit.

The company, founded by former ISRO engineers, completed its first orbital launch from Sriharikota last year. It plans to launch once a month within three years.

India opened its space sector to private companies in 2020, and more than 200 space startups have since been registered.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 36,
    title: "Desai's eight wickets help Mumbai crush Saurashtra in Ranji opener",
    by: 'Vikram Rao',
    tags: ['Cricket', 'Ranji Trophy'],
    body: `Mumbai began their Ranji Trophy campaign with an innings-and-42-run win over Saurashtra at the Wankhede Stadium, with left-arm spinner Tanmay Desai taking eight wickets in the match.

Saurashtra, bowled out for 186 in their first innings, were dismissed for 211 in the second on a turning pitch on the fourth morning. Mumbai's 439 was built around a century from the young opener Arjun Patwardhan.

Mumbai are the most successful team in the competition's history, with 42 titles.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 43,
    title: 'Monsoon ends with 8% surplus, reservoirs near full',
    by: 'Kavita Sharma',
    tags: ['Weather', 'Agriculture'],
    body: `India's southwest monsoon withdrew from the country with rainfall 8% above the long-period average, the India Meteorological Department said, leaving reservoirs across the country near capacity and boosting prospects for the winter crop.

Central India and the northwest received the most surplus rainfall, while parts of the northeast and Bihar recorded a deficit. Floods and landslides killed hundreds of people in Himachal Pradesh, Uttarakhand and Punjab during the season.

The Central Water Commission said the 161 major reservoirs it monitors were at 87% of capacity.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 48,
    title: 'Supreme Court seeks Centre’s response on stray dog rules',
    by: 'Anil Thomas',
    tags: ['Law', 'Supreme Court'],
    body: `The Supreme Court asked the Centre and states to explain how they plan to manage stray dog populations, after hearing petitions from both animal welfare groups and residents' associations about dog bite cases.

The court said it was necessary to balance the safety of citizens, particularly children, with humane treatment of animals under the Animal Birth Control Rules, which require sterilisation and vaccination rather than removal.

The matter will be heard again in four weeks.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 54,
    title: 'Tata group to build semiconductor packaging plant in Assam',
    by: 'Meera Iyer',
    tags: ['Business', 'Semiconductors'],
    body: `Work on a semiconductor assembly and test plant in Jagiroad, Assam, is progressing on schedule, with production of packaged chips expected to start next year, officials said during a visit by the Union electronics minister.

The Rs 27,000-crore facility is one of several approved under India's semiconductor mission, which offers subsidies covering half the project cost. It is expected to employ about 15,000 people directly and indirectly.

The northeast has struggled to attract large industrial investment, and state leaders described the plant as transformational.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 60,
    title: 'Hyderabad restaurant wins India’s first place on global vegetarian list',
    by: 'Rohan Kulkarni',
    tags: ['Food', 'Lifestyle'],
    body: `A Hyderabad restaurant specialising in millet-based Telangana cuisine has been named among the world's best vegetarian restaurants in an international guide, the first Indian entry on the list.

The restaurant's chef, who grew up on a farm near Warangal, said she wanted to show that everyday grains such as jowar and ragi could be served as fine dining.

India has championed millets as climate-resilient crops since the United Nations declared 2023 the International Year of Millets.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 66,
    title: 'Cheetah cubs born in Kuno National Park',
    by: 'Kavita Sharma',
    tags: ['Wildlife', 'Madhya Pradesh'],
    img: 'A cheetah with cubs in the grassland of Kuno National Park',
    body: `A cheetah brought from South Africa has given birth to four cubs in Kuno National Park in Madhya Pradesh, forest officials said, the latest litter under India's project to reintroduce the big cats more than 70 years after they were declared extinct in the country.

The project has faced setbacks, with several adult cheetahs and cubs dying from infections and heat. Officials said about 25 cheetahs, including cubs born in India, now live in Kuno and at a second site in Gandhi Sagar sanctuary.

Conservationists remain divided over whether India has enough suitable grassland habitat.`,
  },
  {
    feed: 'indus-morning-post/news',
    h: 70,
    title: 'Railways to run 1,200 extra trains for festival rush',
    by: 'Rohan Kulkarni',
    tags: ['Railways', 'Travel'],
    body: `Indian Railways will run 1,200 special trains over the coming weeks to handle the surge of passengers travelling home for festivals, especially to Bihar, Uttar Pradesh and West Bengal, the railway ministry said.

Holding areas have been set up at major stations in Delhi, Mumbai and Surat to prevent overcrowding on platforms. Additional staff will be deployed, and ticket checking will be tightened.

In February 2025, a stampede at New Delhi station during a pilgrimage rush killed 18 people.`,
  },
]
