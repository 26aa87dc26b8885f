/**
 * @module lakeshore-tribune
 * Stand-alone entries of the Lakeshore Tribune (Chicago): top news (JSON Feed, full text) and
 * sports (JSON Feed, teasers).
 */
import type { Piece } from '../corpus-types.js'

export const lakeshoreTribune: readonly Piece[] = [
  {
    feed: 'lakeshore-tribune/news',
    h: 1,
    title: "CTA to run Blue Line trains every 10 minutes overnight to O'Hare",
    by: 'Jasmine Carter',
    tags: ['Chicago', 'Transit', 'CTA'],
    img: "A CTA Blue Line train at the O'Hare station platform",
    body: `The Chicago Transit Authority will run Blue Line trains every 10 minutes through the night between the Loop and O'Hare starting next month, doubling overnight frequency on one of only two rail lines that operate around the clock.

CTA President Nora Whitaker said the change responds to demand from airport and hospitality workers whose shifts start or end in the small hours. "These are people who keep the city running while the rest of us sleep," she said at the Jefferson Park station.

The agency will also add security staff on overnight trains. Ridership on the Blue Line has recovered to about 80% of pre-pandemic levels.

The expansion is funded for one year, and its future depends on state lawmakers agreeing a long-term funding plan for Chicago-area transit.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 5,
    title: 'City Council passes budget after all-night session, averting property tax hike',
    by: 'Marisol Vega',
    tags: ['Chicago', 'City Hall', 'Budget'],
    body: `The Chicago City Council approved a $17.3 billion budget early this morning after a 14-hour session, closing a deficit of nearly $1.2 billion without the property tax increase Mayor Brandon Johnson had originally proposed.

The final plan relies on a new tax on large employers' headcount, higher fees on ride-hailing trips and parking, and cuts to vacant positions across city departments. It passed 27-23.

Aldermen who voted no warned that the city was still relying on one-time fixes and that pension obligations would grow. Business groups said the employer tax would drive jobs to the suburbs.

Johnson called the budget "a fair plan that protects working families". Credit rating agencies are expected to review the city's finances in the coming weeks.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 9,
    title: 'Lake Michigan water levels fall for third straight year',
    by: 'Anita Desai',
    tags: ['Environment', 'Great Lakes'],
    img: 'Exposed sand and rocks along the Lake Michigan shoreline at Montrose Beach',
    body: `Water levels in Lake Michigan and Lake Huron have fallen for a third consecutive year and are now about 10 inches below their long-term average, according to the U.S. Army Corps of Engineers.

The decline follows record highs in 2020, when waves chewed away beaches and threatened lakefront homes in Chicago and along the Wisconsin and Michigan shores. Drier winters with less ice cover, which allows more evaporation, are mostly responsible, scientists say.

Marina operators in Waukegan and Michigan City report that some slips are too shallow for larger boats. "Five years ago I was worried the water would come over the dock. Now I'm worried the boats will sit on the bottom," said one harbor master.

Great Lakes levels naturally swing over periods of years, and forecasters expect levels to stabilize next year.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 15,
    title: 'Illinois lawmakers approve $1.5 billion rescue for Chicago-area transit',
    by: 'Marisol Vega',
    tags: ['Illinois', 'Springfield', 'Transit'],
    body: `The Illinois General Assembly approved a $1.5 billion-a-year funding package for the CTA, Metra and Pace, averting deep service cuts that transit leaders had warned would eliminate dozens of bus routes and rail lines.

The plan raises money from a new fee on home deliveries, an increase in the sales tax in the six-county region and interest from the state's road fund. It also merges the Regional Transportation Authority's oversight role into a new agency with more power over fares and schedules.

Gov. JB Pritzker is expected to sign the bill. Suburban Republicans opposed it, saying downstate taxpayers should not subsidize Chicago trains. Transit advocates called the vote "a turning point".`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 21,
    title: 'Field Museum to display newly named armored dinosaur from Montana',
    by: 'Anita Desai',
    tags: ['Science', 'Museums'],
    body: `A new species of armored dinosaur, identified from a nearly complete skeleton found in Montana, will go on display at the Field Museum next spring, the museum announced.

The plant-eater, about 20 feet long and covered in bony plates, has been named Ferrodraco lakotaensis by the museum's paleontologists, who spent four years freeing the fossil from rock. Its tail ended in a club that could have broken the leg of a predator.

"We have hundreds of armored dinosaur fragments in collections around the world. We have very few animals this complete," said curator Dr Elena Marsh. The fossil is about 76 million years old.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 27,
    title: 'Chicago Public Schools enrollment falls below 320,000',
    by: 'Marisol Vega',
    tags: ['Education', 'Chicago'],
    body: `Enrollment in Chicago Public Schools has fallen to about 318,000 students, down 2% from last year and nearly a quarter lower than a decade ago, according to district figures.

The decline reflects falling birth rates and families leaving the city. Dozens of schools now operate at less than half their capacity, raising questions about closures that the district has promised not to pursue until at least next year.

The district faces a budget gap of more than $500 million. Board members said they would examine whether underused buildings could be shared with community organizations.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 33,
    title: 'Ford to add 900 jobs at Chicago Assembly Plant for new SUV',
    by: 'Tony Kowalczyk',
    tags: ['Business', 'Autos', 'Jobs'],
    body: `Ford Motor Co. will add about 900 jobs at its Chicago Assembly Plant on the South Side to build a new version of its Explorer SUV, the company said, a rare piece of good news for Midwest auto workers this year.

The plant, Ford's oldest continuously operating factory, opened in 1924 and employs about 4,600 people. The new jobs will be added over two shifts starting next year.

The United Auto Workers said the hiring showed the value of the 2023 contract. Ford has paused some electric vehicle investments but said gas and hybrid SUVs remain in strong demand.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 41,
    title: 'Illinois farmers expect near-record soybean harvest but face low prices',
    by: 'Tony Kowalczyk',
    tags: ['Agriculture', 'Illinois'],
    body: `Illinois farmers are bringing in one of the largest soybean crops on record, the U.S. Department of Agriculture estimates, but prices near five-year lows and lost export sales to China mean many will struggle to break even.

The USDA forecasts Illinois soybean production at about 680 million bushels. Prices have fallen below $10.50 a bushel, well under what many farmers need to cover costs of seed, fertilizer and land rent.

"We grew a great crop and we can't sell it for what it cost us," said Dave Hellinger, who farms 2,000 acres near Bloomington. Federal aid payments announced this year will help, he said, "but nobody wants to farm for a check from Washington".`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 49,
    title: 'Art Institute receives gift of 42 Impressionist works from North Shore collectors',
    by: 'Anita Desai',
    tags: ['Arts', 'Museums'],
    body: `The Art Institute of Chicago has received 42 Impressionist and Post-Impressionist paintings and drawings from the estate of a Winnetka couple, one of the most significant gifts in the museum's history.

The collection of the late Harold and Ruth Pemberton includes two paintings by Claude Monet, a pastel by Edgar Degas and a landscape by Paul Cézanne, along with works by lesser-known artists such as Gustave Caillebotte's friends and contemporaries.

The Pembertons, who made their fortune in industrial packaging, bought most of the works in the 1960s and 1970s and rarely lent them. The museum plans an exhibition of the gift in two years.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 58,
    title: 'Colorado River states miss another deadline on water-sharing deal',
    by: 'Jasmine Carter',
    tags: ['Nation', 'Water', 'Environment'],
    body: `The seven states that share the Colorado River missed another federal deadline to agree on how to divide its shrinking supply after 2026, raising the prospect that the Interior Department will impose cuts itself.

The river provides water to about 40 million people and irrigates farmland from Wyoming to Mexico. Decades of drought and rising demand have drained its two largest reservoirs, Lake Mead and Lake Powell.

The upper basin states of Colorado, Utah, Wyoming and New Mexico and the lower basin states of Arizona, California and Nevada remain split over how cuts should be shared. Federal officials said they would keep negotiating but were preparing options.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 65,
    title: 'Hundreds swim in the Chicago River in first organized race in a century',
    by: 'Jasmine Carter',
    tags: ['Chicago', 'Environment'],
    img: 'Swimmers in wetsuits jumping into the Chicago River downtown',
    body: `About 300 swimmers plunged into the Chicago River downtown for the first organized swim in the river in roughly a century, a milestone for a waterway once so polluted that it was notorious for catching the city's waste.

Organizers said the water met federal standards for recreational use after days of testing. Swimmers covered a 2-kilometer course between the Wabash and Lake Shore Drive bridges.

"I grew up hearing you'd glow in the dark if you fell in," said swimmer Tom Rafferty, 58, of Bridgeport. "It felt like a victory lap for the whole city."

Environmental groups said sewage overflows after heavy rain remain a problem and that swimming should only happen on tested days.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 69,
    title: 'Northwestern engineers build a pacemaker smaller than a grain of rice',
    by: 'Anita Desai',
    tags: ['Science', 'Health'],
    body: `Engineers at Northwestern University have built a temporary pacemaker smaller than a grain of rice that can be injected through a syringe and dissolves in the body once it is no longer needed.

The device, described in a study in a scientific journal, is powered by the body's own fluids and controlled by a soft patch worn on the chest that detects irregular heartbeats and triggers the pacemaker using light.

The team designed it with babies born with heart defects in mind, many of whom need pacing for only a few days after surgery. "Removing traditional pacemaker wires can damage the heart. This one simply goes away," said lead engineer Dr Marcus Ortega.

Clinical trials are still years away.`,
  },
  {
    feed: 'lakeshore-tribune/news',
    h: 44,
    title: 'Midway Airport opens expanded security checkpoint, ending long lines',
    by: 'Jasmine Carter',
    tags: ['Chicago', 'Travel'],
    body: `Midway International Airport opened an expanded security checkpoint with 16 screening lanes, part of a $400 million modernization program that city officials say will end the long lines that have frustrated travelers during holiday rushes.

The new checkpoint uses computed tomography scanners that allow passengers to leave laptops and liquids in their bags. Concessions in the main terminal have also been replaced, with local restaurants including a taqueria from Pilsen and a hot dog stand from Portage Park.

The Chicago Department of Aviation said the airport handled about 22 million passengers last year.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 2,
    title: 'Bears present lakefront and Arlington Heights stadium options to lawmakers',
    by: 'Rick Dombrowski',
    tags: ['Bears', 'NFL', 'Stadium'],
    img: 'Aerial rendering of a domed stadium next to Lake Michigan',
    body: `The Chicago Bears laid out two options for a new stadium to state lawmakers in Springfield, a domed venue south of Soldier Field on the lakefront and a stadium on the team's 326-acre property in Arlington Heights, and said both would need public money for roads and infrastructure.

Team president Kevin Warren told a House committee that the Bears would pay for the stadium itself but needed the state to fund about $855 million in infrastructure. Legislators from both parties said there was little appetite for subsidies while the state faces budget pressures.

Warren said the team hoped to choose a site within months.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 8,
    title: "Chicago Fire's new training center opens on Near West Side",
    by: 'Carla Jiménez',
    tags: ['Fire', 'MLS', 'Soccer'],
    body: `The Chicago Fire opened their $80 million training center on the Near West Side, a facility with five full-size fields, a sports science lab and dormitories for academy players, which owner Joe Mansueto called the foundation for "a winning culture".

The Fire, who have made the MLS playoffs only once in the past decade, say the center will help them develop local talent. Academy players from Chicago Public Schools will train there for free.

Neighbors have welcomed new public fields on the site, though some raised concerns about traffic on match days.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 13,
    title: 'Sky hire former Connecticut assistant as head coach',
    by: 'Carla Jiménez',
    tags: ['Sky', 'WNBA'],
    body: `The Chicago Sky named longtime college and WNBA assistant Danielle Moreland as head coach, the franchise's third coach in three years, as it tries to build around its young frontcourt.

Moreland, 44, spent eight seasons as an assistant in Connecticut and played professionally in Europe. She said her priority was improving the team's defense, which ranked near the bottom of the league last season.

The team's general manager called Moreland "a teacher first". The Sky have missed the playoffs in consecutive seasons.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 19,
    title: "Northwestern's new Ryan Field on schedule to open next season",
    by: 'Rick Dombrowski',
    tags: ['Northwestern', 'College football'],
    body: `Construction of Northwestern University's new Ryan Field in Evanston is on schedule, with the 35,000-seat stadium due to host its first game next season, university officials said on a tour of the site.

The privately funded stadium, which cost about $850 million, replaces a 1926 venue and will be able to host up to six concerts a year under a deal with the city of Evanston. The Wildcats have played home games at a temporary lakefront venue during construction.

Some residents continue to oppose the concerts, citing noise and traffic.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 25,
    title: 'White Sox outline stadium plan for The 78 site south of the Loop',
    by: 'Rick Dombrowski',
    tags: ['White Sox', 'MLB', 'Stadium'],
    body: `The Chicago White Sox outlined plans for a ballpark on The 78, a vacant riverside site south of Roosevelt Road, saying a new stadium would anchor a neighborhood of apartments, offices and parks.

The team wants the state to extend the bonds that financed Guaranteed Rate Field, its current home, to help pay for the project. Lawmakers have been cool to the idea.

The White Sox lease at their South Side ballpark runs through 2029. Fans in Bridgeport have campaigned for the team to stay.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 31,
    title: 'Chicago Marathon raises field to 55,000 runners',
    by: 'Carla Jiménez',
    tags: ['Running', 'Chicago Marathon'],
    body: `The Chicago Marathon will raise its field to 55,000 runners next year, making it one of the largest marathons in the world, organizers said, after a record number of applications for this year's race.

Race director Megan Kowal said the course, which starts and finishes in Grant Park and passes through 29 neighborhoods, could accommodate more runners thanks to a wider start corral system.

Entry will again be by lottery, with guaranteed places for runners who meet age-group time standards and for charity fundraisers.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 38,
    title: "Loyola Academy's Dennis Kerrigan retires after 40 years on the sidelines",
    by: 'Rick Dombrowski',
    tags: ['High school sports'],
    body: `Dennis Kerrigan, who coached high school football in the Chicago area for 40 years and won three state championships, announced his retirement, saying it was "time to let someone younger yell on the sidelines".

Kerrigan, 67, began as an assistant in 1985 and coached more than 2,000 players, including 11 who reached the NFL. Former players describe him as demanding and loyal, a coach who visited them in hospitals and wrote recommendation letters for decades.

"He taught us football, but mostly he taught us how to be men," said one former linebacker.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 46,
    title: 'Illini land top-ranked point guard from Peoria',
    by: 'Carla Jiménez',
    tags: ['Illinois', 'College basketball'],
    body: `The University of Illinois men's basketball team has secured a commitment from Jaylen Pruitt, a point guard from Peoria ranked among the top 15 players in the national high school class, in a major recruiting win for coach Brad Underwood.

Pruitt, 6 feet 4, averaged 24 points and eight assists last season. He chose Illinois over Kentucky, Michigan State and Duke.

"I wanted to play in front of my family," Pruitt said at a ceremony at his school gym.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 54,
    title: 'Chicago bids to host Women’s World Cup matches at Soldier Field',
    by: 'Carla Jiménez',
    tags: ['Soccer', 'World Cup'],
    body: `Chicago has submitted a bid to host matches at the 2031 Women's World Cup, which will be held in the United States, Mexico, Costa Rica and Jamaica, city and tourism officials said.

Chicago was left out of the men's 2026 World Cup after the city declined to meet FIFA's financial demands. Officials said the women's tournament had more flexible terms and that Soldier Field's grass surface would be upgraded.

Chicago is also home to the Chicago Stars, whose attendance rose this season after the team played several games at Wrigley Field.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 62,
    title: 'Blackhawks unveil plans for entertainment district around the United Center',
    by: 'Rick Dombrowski',
    tags: ['Blackhawks', 'NHL', 'Bulls'],
    body: `The Blackhawks and Bulls, who share the United Center, unveiled the first phase of a $7 billion plan to build apartments, a hotel, a music venue and public plazas on parking lots around the arena.

The owners said the project would be privately financed and would bring life to the Near West Side outside game nights. Community groups want guarantees of affordable housing and local hiring.

The first buildings could open within four years.`,
  },
  {
    feed: 'lakeshore-tribune/sports',
    h: 70,
    title: 'Cubs add more night games at Wrigley after city approval',
    by: 'Rick Dombrowski',
    tags: ['Cubs', 'MLB'],
    body: `The Chicago Cubs will be allowed to play up to 46 night games a season at Wrigley Field, up from 43, under an agreement approved by the City Council that also limits late concerts at the ballpark.

The team said evening games attract more fans and television viewers. Residents of Wrigleyville, who negotiated the original limits decades ago, secured extra funding for street cleaning and traffic control.

Lights were installed at Wrigley in 1988, the last major league ballpark to add them.`,
  },
]
