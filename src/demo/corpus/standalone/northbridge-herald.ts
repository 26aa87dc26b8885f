/**
 * @module northbridge-herald
 * Stand-alone entries of The Northbridge Herald (UK): world feed (full text) and business feed
 * (teasers).
 */
import type { Piece } from '../corpus-types.js'

export const northbridgeHerald: readonly Piece[] = [
  {
    feed: 'northbridge-herald/world',
    h: 1,
    title: "Manchester Victoria to close for ten days while engineers repair station's roof",
    by: 'Fraser McAllister',
    tags: ['Manchester', 'Transport'],
    img: 'The curved glass roof of Manchester Victoria station',
    body: `Manchester Victoria station will close to trains for ten days next month so that engineers can replace sections of its glass and steel roof, Network Rail has announced.

Services between Manchester and Leeds, Liverpool and Rochdale will divert to Piccadilly or terminate at Salford Central, and Metrolink trams will run through the station on a reduced timetable. Northern said it expected journeys to take up to 30 minutes longer.

The roof, completed in 2015 as part of a £44m redevelopment, has developed leaks at several joints, and inspections found corrosion in fixings above two platforms. "We'd rather do this properly once than patch it every winter," said Network Rail's route director for the North West.

Passenger groups criticised the timing, which coincides with two home matches at the nearby Co-op Live arena.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 4,
    title: 'Roman bathhouse found beneath Carlisle cricket club pavilion',
    by: 'Imogen Hartley',
    tags: ['Archaeology', 'Cumbria'],
    img: 'Volunteers excavating Roman walls beside a cricket pavilion',
    body: `Archaeologists have uncovered the walls of a Roman bathhouse beneath the pavilion of a cricket club in Carlisle, close to Hadrian's Wall, in what they describe as one of the most important finds in the north-west for a generation.

The excavation, funded by the National Lottery Heritage Fund and staffed largely by volunteers, revealed the hypocaust floor of a heated room, fragments of painted wall plaster and more than 300 carved gemstones that may have fallen from rings as bathers relaxed.

"People came here to wash, gossip and do business. Bath suites were the social clubs of the Roman army," said Dr Helen Armitage of the Cumbrian Archaeological Unit, which led the dig. Coins suggest the building was in use in the early third century, when the emperor Septimius Severus campaigned in northern Britain.

The club has agreed to delay building a new pavilion so the site can be recorded fully.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 10,
    title: 'Buttermere to go car-free on weekends in Lake District trial',
    by: 'Fraser McAllister',
    tags: ['Lake District', 'Environment', 'Tourism'],
    body: `Cars will be banned from the road through Buttermere on weekends for six months from next spring under a trial approved by the Lake District National Park Authority, which says traffic has made the valley "unbearable" at peak times.

Visitors will be asked to use an expanded shuttle bus from Keswick and Cockermouth or to park at new sites outside the valley. Residents, farmers and guests at holiday cottages will be given permits.

The authority said more than 2,000 vehicles use the narrow road on busy summer days, often parking on verges and blocking emergency access. A similar scheme in the Yorkshire Dales reduced congestion without harming local businesses, it said.

Some hoteliers worry the ban will deter older visitors. "Not everyone can walk two miles with a picnic," said the owner of a guesthouse in the village.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 16,
    title: 'Hebridean islanders back plan for community-owned wind farm',
    by: 'Fraser McAllister',
    tags: ['Scotland', 'Energy', 'Communities'],
    body: `Residents of the Isle of Lewis have voted by a large majority to build a community-owned wind farm whose profits would pay for housing, ferry subsidies and grants for young people to stay on the island.

In a ballot organised by a local development trust, 78% of those who took part backed the six-turbine project on common grazing land near Stornoway, with a turnout of 61%.

The trust expects the turbines to generate about £3m a year for the community once loans are repaid. Its chair, Iain MacLeod, said the vote showed islanders wanted to benefit from the wind that blows over them, rather than watch profits go to distant shareholders.

The project still needs planning permission and a connection to the grid, which depends on a long-delayed subsea cable to the mainland.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 22,
    title: 'Hospital waiting list in England falls for fifth month in a row',
    by: 'Anjali Shah',
    tags: ['NHS', 'Health'],
    body: `The waiting list for planned hospital treatment in England has fallen for a fifth consecutive month, to 7.29 million cases, according to NHS England figures, though performance against key targets remains well short of the government's goals.

About 59% of patients were seen within 18 weeks of referral, against a target of 65% by next spring. The number waiting more than a year fell to just over 190,000.

A&E departments had their second-busiest month on record, and 1 in 10 patients waited more than 12 hours from arrival to admission or discharge.

The health secretary said the figures showed "real progress". The King's Fund think tank said the improvement was welcome but fragile. "Winter is coming and the system is running hot," its chief analyst said.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 27,
    title: 'Belfast shipyard wins order for three island ferries',
    by: 'Harriet Cole',
    tags: ['Northern Ireland', 'Shipbuilding', 'Jobs'],
    body: `A Belfast shipyard has won a £210m contract to build three ferries for routes to the Scottish islands, securing about 400 jobs and giving a lift to a yard that has struggled for orders.

The vessels, each able to carry 450 passengers and 60 cars, will be built in the yard's giant dry dock beneath the Samson and Goliath cranes, with the first due to enter service in four years.

The contract follows years of delays and cost overruns at Scottish yards building ferries for the same network, which left islanders relying on ageing ships. Ministers in Edinburgh faced criticism for sending the work outside Scotland, but said the Belfast bid was "clearly the best value".

Union leaders in Belfast said the order was "a lifeline" and called for more public contracts to be placed in UK yards.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 33,
    title: 'Dame Margaret Ashworth, pioneering heart surgeon, dies aged 91',
    by: 'Anjali Shah',
    tags: ['Obituaries', 'Medicine'],
    img: 'Dame Margaret Ashworth in theatre scrubs in 1978',
    body: `Dame Margaret Ashworth, who became one of Britain's first female consultant cardiac surgeons and performed pioneering operations on babies born with heart defects, has died aged 91.

Born in Oldham, the daughter of a mill worker and a schoolteacher, she won a scholarship to study medicine at Manchester in 1952, one of six women in a class of 120. She was told by a senior surgeon that operating theatres were "no place for a lady" and spent the next four decades proving him wrong.

At Manchester's children's hospital she developed techniques for repairing holes in the heart of newborns that were adopted across Europe. Colleagues remember her as demanding and funny, with a habit of humming Gilbert and Sullivan while she worked.

She is survived by her nephew and two nieces.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 39,
    title: "Boaters protest on the Kennet and Avon over 'unaffordable' licence rises",
    by: 'Imogen Hartley',
    tags: ['Waterways', 'Housing'],
    body: `More than 150 narrowboats sailed in a slow flotilla along the Kennet and Avon canal through Bath to protest against licence fee increases that campaigners say will price thousands of people out of their homes.

The Canal & River Trust plans to raise the licence for continuous cruisers, who have no permanent mooring, by up to 25% over two years, citing a funding gap as government grants fall in real terms.

About 35,000 people are thought to live on Britain's inland waterways, many because they cannot afford to rent or buy on land. "For a lot of us this isn't a lifestyle, it's the only housing we can afford," said Sam Trewin, who has lived on a boat near Bradford-on-Avon for nine years.

The trust said it understood boaters' concerns and that the canals would otherwise decline.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 45,
    title: 'Kew scientists name 172 new plant and fungus species, including a rare orchid',
    by: 'Anjali Shah',
    tags: ['Science', 'Nature'],
    img: 'A pale pink orchid photographed in a Madagascan forest',
    body: `Scientists at the Royal Botanic Gardens, Kew, and their partners have formally named 172 plant and fungus species new to science over the past year, including a pale pink orchid from Madagascar and a mushroom found growing in a car park in Norfolk.

Many of the new plants are already threatened. Kew estimates that three-quarters of undescribed plant species are at risk of extinction, often because they grow in small areas being cleared for farming or mining.

"You cannot protect what you haven't named," said Dr Lucy Ferrand, a Kew botanist who described several of the new species from the forests of Cameroon. He said some could hold compounds useful for medicine or food.

The fungi include several species found in the UK, a reminder, Kew said, that the island's own biodiversity is still poorly known.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 50,
    title: 'Nine-year-old from Leicester becomes youngest British player to beat a grandmaster',
    by: 'Harriet Cole',
    tags: ['Chess', 'Leicester'],
    body: `A nine-year-old schoolgirl from Leicester has become the youngest British player to defeat a chess grandmaster in a rated game, beating a 54-year-old Serbian GM at a weekend open tournament in Birmingham.

Priya Balasubramanian, who learned the game from her grandfather at the age of four, won a 61-move endgame after her opponent overstretched in a position that looked level. "I was a bit nervous at the start, but then I just played chess," she said.

The English Chess Federation said the result broke the previous British record by several months.

Priya's parents said she plays for about two hours a day after school and that her favourite player is the former world champion Judit Polgár.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 56,
    title: 'Saplings from the Sycamore Gap tree planted at 49 sites across the country',
    by: 'Imogen Hartley',
    tags: ['Northumberland', 'Nature'],
    body: `Saplings grown from seeds of the Sycamore Gap tree, felled illegally beside Hadrian's Wall in 2023, have been planted at 49 community sites, from a hospice garden in Cornwall to a primary school in Shetland.

The National Trust, which raised the young trees at its plant conservation centre in Devon, said the number matched the height of the original sycamore in feet. Communities competed to host one, setting out what the tree would mean for them.

At a school in Hexham, pupils buried a time capsule beside their sapling. "They'll be grandparents by the time it looks like the old tree," said the headteacher.

Two men were jailed in 2025 for cutting down the sycamore, which had stood in a dip in the wall for about 150 years.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 61,
    title: 'Newcastle trial finds soups-and-shakes diet reverses diabetes in young adults',
    by: 'Anjali Shah',
    tags: ['Health', 'Science'],
    body: `Almost half of young adults with type 2 diabetes who followed a low-calorie diet of soups and shakes for three months were in remission a year later, according to a trial led by Newcastle University.

The study followed 180 people aged 18 to 39, a group in which type 2 diabetes is rising fast and tends to be more aggressive than in older patients. Participants who lost more than 10kg were most likely to stop needing medication.

"Young people with type 2 diabetes have a lot of life ahead of them and a lot to lose. This shows remission is possible," said the lead researcher, Professor Helen Carr.

NHS England already offers a similar programme to adults of all ages in some areas. The researchers want it targeted at younger patients.`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 66,
    title: 'Cornish tin mine secures funding to restart production after three decades',
    by: 'Harriet Cole',
    tags: ['Cornwall', 'Mining', 'Industry'],
    body: `A tin mine near Camborne in Cornwall has secured £95m in funding to restart production, raising hopes that the county's mining industry could revive more than 25 years after the last pit closed.

The backers include a government-owned infrastructure bank and a Canadian mining investor. Tin prices have risen sharply because the metal is essential for solder in electronics and is classed by the UK as a critical mineral.

The company expects to employ about 300 people and to produce its first concentrate within three years, once it has drained flooded workings and built a new processing plant.

"My grandad worked underground here," said one of the engineers on the project. "It's strange and brilliant to be bringing it back."`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 70,
    title: 'Blackpool tram extension to the railway station opens after years of delay',
    by: 'Fraser McAllister',
    tags: ['Blackpool', 'Transport'],
    body: `Trams have begun running to Blackpool North railway station for the first time, completing a short extension from the seafront that was delayed for more than three years by cost overruns and problems with utility diversions.

The 500-metre link, which cost about £30m, means visitors arriving by train can reach the promenade and the Pleasure Beach without changing to a bus. Blackpool council said it expected the extension to carry 2 million passengers a year.

The first tram left the new stop decorated with bunting, carrying the mayor and pupils from a local primary school. Some traders on Talbot Road said years of roadworks had hurt their business. "It's lovely now it's done," said one café owner. "I just wish it had been done in 2021."`,
  },
  {
    feed: 'northbridge-herald/world',
    h: 12,
    title: 'Prison governors warn of overcrowding as jail population hits new record',
    by: 'Harriet Cole',
    tags: ['Justice', 'Prisons'],
    body: `The prison population in England and Wales has reached a new record of 88,400, according to Ministry of Justice figures, leaving fewer than 1,000 places spare across the estate.

The Prison Governors' Association said jails were operating "beyond safe limits" and that staff were being asked to manage more prisoners with fewer officers. It called for faster implementation of sentencing reforms that would release some offenders earlier and expand community punishments.

The justice secretary said the government had inherited a system "on the brink of collapse" and was building 14,000 new places, but that construction would take years.

Charities said the use of police cells to hold prisoners had risen again in the north of England.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 0,
    title: 'FTSE 100 edges higher as miners rally on firmer metal prices',
    by: 'Oliver Grant',
    tags: ['Markets'],
    body: `London's FTSE 100 rose 0.3% in early trading, led by mining shares after copper and iron ore prices firmed overnight on hopes of stronger demand from China.

Anglo American and Glencore both gained more than 2%. Housebuilders also rose after the latest inflation figures raised hopes of a cut in interest rates next month. The more domestically focused FTSE 250 was up 0.4%.

Among the fallers, shares in the outsourcing group Carrow Services dropped 7% after it warned that profits would be at the lower end of expectations because of delays to government contracts.

The pound was steady against the dollar at $1.33 and slightly weaker against the euro.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 14,
    title: "House prices edge up 0.3% as buyers return",
    by: 'Rachel Okonjo',
    tags: ['Housing', 'Economics'],
    body: `UK house prices rose by 0.3% last month, taking the average price of a home to £297,400, according to the Albion Mortgage house price index.

Annual growth slowed to 2.1%, the weakest for more than a year, as higher stamp duty bills introduced in the spring continued to weigh on first-time buyers. Prices rose fastest in Northern Ireland and the north-west of England, and fell slightly in London and the south-east.

"The market is moving sideways with a slight upward tilt," said Albion's chief economist. Mortgage approvals have stabilised, she added, and a cut in interest rates would help buyers.

Estate agents reported more sellers listing homes, giving buyers more choice and bargaining power.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 25,
    title: 'Fashion chain Wrenfield to close 40 stores and cut 900 jobs',
    by: 'Oliver Grant',
    tags: ['Retail', 'Jobs'],
    body: `The fashion retailer Wrenfield is to close 40 of its 160 shops and cut about 900 jobs under a restructuring plan that will hand the company to its lenders.

The 74-year-old chain, best known for affordable workwear and school uniforms, said online competition, higher employer national insurance contributions and rising rents had made a large part of its estate unprofitable. Most of the closures are in shopping centres in the Midlands and Wales.

The company's chief executive said the plan would give the business "a future, on a smaller footprint". The shop workers' union Usdaw said it would seek talks to find redeployment opportunities for affected staff.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 31,
    title: 'Manchester Airport handles record 3.1 million passengers in a month',
    by: 'Rachel Okonjo',
    tags: ['Aviation', 'Manchester'],
    body: `Manchester Airport handled a record 3.1 million passengers last month, beating its previous peak set before the pandemic, as a new terminal extension and extra long-haul routes drew travellers from across the north of England.

The airport, owned by Manchester Airports Group, said passengers on routes to the Middle East and North America grew fastest. New services to Riyadh and Philadelphia started during the month.

The £1.3bn transformation of Terminal 2 is now complete, and the airport said security queues were at their shortest in years. Airlines operating from the airport have added 14 routes for the coming year.

Environmental groups said the growth was at odds with the UK's carbon targets.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 39,
    title: 'Octavia Water fined £18m over sewage spills into Cotswold rivers',
    by: 'Oliver Grant',
    tags: ['Water', 'Regulation', 'Environment'],
    body: `Octavia Water has been fined £18m after admitting that it illegally discharged raw sewage into rivers in the Cotswolds and Oxfordshire for almost four years, the largest penalty imposed on the company.

The Environment Agency found that treatment works at six sites had spilled sewage on dry days when storm overflows should not have been used, and that the company had failed to report some of the discharges.

Sentencing at Oxford crown court, the judge said the company's conduct showed "a prolonged disregard for the environment and the law". Octavia said it was "deeply sorry" and had invested in new storage tanks at the affected works.

Campaigners said fines would be paid by customers unless executives faced personal consequences.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 53,
    title: 'Cambridge start-up Halcyon Bio raises £120m for single-shot flu vaccine',
    by: 'Oliver Grant',
    tags: ['Biotech', 'Start-ups'],
    body: `Halcyon Bio, a Cambridge start-up developing a flu vaccine intended to protect against many strains with a single dose, has raised £120m from investors led by a US venture capital firm, one of the largest British biotech fundraisings this year.

The company uses messenger RNA to teach the immune system to recognise parts of the flu virus that change little from year to year, which could eventually remove the need for annual jabs. Its vaccine is in an early-stage trial in 240 volunteers.

Halcyon's chief executive said the money would fund larger trials and a manufacturing partnership. Investors have become more cautious about mRNA companies since demand for Covid vaccines slumped.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 60,
    title: 'Pub closures slow as industry reports steadier trading',
    by: 'Rachel Okonjo',
    tags: ['Hospitality', 'Small business'],
    body: `The number of pubs closing in England and Wales slowed in the first half of the year, with 209 lost compared with 293 in the same period last year, according to a survey by a property consultancy.

Brewers and pub groups said trading had steadied as energy bills fell from their peak, although higher staff costs remain a worry. Rural pubs are still closing faster than those in cities.

"A pub that shuts in a village rarely reopens," said a spokeswoman for the Campaign for Real Ale, which wants a cut in beer duty for draught beer sold in pubs. Several communities have bought their local pubs using a government-backed fund.`,
  },
  {
    feed: 'northbridge-herald/business',
    h: 69,
    title: 'UK car production falls 12% as factories retool for electric models',
    by: 'Oliver Grant',
    tags: ['Car industry', 'Manufacturing'],
    body: `Car production in the UK fell 12% in the first nine months of the year compared with the same period a year earlier, according to industry figures, as several plants paused lines to prepare for new electric models.

About 560,000 cars were built, the lowest total for the period since the 1950s apart from the pandemic year of 2020. Exports to the US fell sharply after tariffs were imposed, before a trade agreement reduced duties on a quota of British cars.

The Society of Motor Manufacturers and Traders said output should recover next year as new electric models enter production in Sunderland, Ellesmere Port and Oxford. It urged the government to cut industrial energy costs, which it says are among the highest in Europe.`,
  },
]
