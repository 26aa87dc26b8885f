/**
 * @module capitol-ledger
 * Stand-alone entries of The Capitol Ledger (Washington): politics and world feeds, both teasers
 * with tracking parameters.
 */
import type { Piece } from '../corpus-types.js'

export const capitolLedger: readonly Piece[] = [
  {
    feed: 'capitol-ledger/politics',
    h: 0,
    title: 'House passes stopgap funding bill, averting shutdown for six weeks',
    by: 'Marcus Bell',
    tags: ['Congress', 'Budget'],
    img: 'The U.S. Capitol dome at night',
    body: `The House passed a stopgap spending bill late last night that keeps the federal government funded for six more weeks, sending the measure to the Senate with hours to spare before a midnight deadline.

The continuing resolution passed 217-208, with four Republicans voting against and three Democrats voting in favor. It extends current funding levels and adds $2.6 billion for disaster relief after flooding on the Gulf Coast.

Speaker Mike Johnson said the short extension would give appropriators time to finish full-year bills. Democrats criticized the absence of an extension for health insurance subsidies that expire at year-end.

Senate leaders said they expected to pass the bill without changes.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 3,
    title: "Supreme Court to hear challenge to states' election deepfake laws",
    by: 'Lauren Abernathy',
    tags: ['Courts', 'Elections', 'AI'],
    body: `The Supreme Court agreed to decide whether states can ban AI-generated "deepfake" videos of candidates in the weeks before an election, taking up a First Amendment challenge to a Minnesota law.

More than 20 states have passed similar laws since 2023. The challengers, a satirical video creator and a state legislator, argue that the Minnesota statute is so broad it could criminalize parody and political commentary.

A federal appeals court upheld the law, saying states have a compelling interest in preventing voter deception. Arguments are expected early next year, with a ruling by the end of June, in time for the midterm elections.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 6,
    title: 'FEMA pledges faster payouts as Gulf Coast flood victims wait for aid',
    by: 'Tyler Greene',
    tags: ['FEMA', 'Disasters'],
    body: `The Federal Emergency Management Agency said it would speed up payments to households hit by flooding in Louisiana and Mississippi, after lawmakers from both parties complained that families had waited weeks for help.

FEMA said it had approved $310 million in individual assistance so far and would add inspectors to clear a backlog of more than 18,000 claims.

The agency has been under pressure after staff cuts earlier this year, and the administration has proposed shifting more disaster responsibilities to states. Sen. Bill Cassidy, a Louisiana Republican, said the delays were "unacceptable" and that FEMA must "show up when it counts".`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 11,
    title: 'Senate Armed Services advances plan to double Navy shipbuilding budget',
    by: 'Dana Whitfield',
    tags: ['Congress', 'Defense', 'Navy'],
    body: `The Senate Armed Services Committee voted 22-4 to advance legislation that would double spending on Navy shipbuilding over five years and create a new office to oversee troubled programs such as the Constellation-class frigate.

The bill would also provide grants to expand the workforce at private shipyards in Virginia, Mississippi, Maine and Connecticut, where delays have pushed back delivery of submarines and destroyers by years.

Supporters say China's navy, already the world's largest by number of ships, is growing much faster than America's. Critics on the committee said money would not fix management failures. The bill now goes to the full Senate.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 18,
    title: 'Postal Service to raise price of a stamp to 82 cents',
    by: 'Tyler Greene',
    tags: ['Postal Service'],
    body: `The U.S. Postal Service plans to raise the price of a first-class Forever stamp to 82 cents from 78 cents in January, the latest in a series of increases under a 10-year plan to stem the agency's losses.

The Postal Regulatory Commission must approve the change. The Postal Service lost $9.5 billion in its last fiscal year as mail volumes continued to fall.

Critics in Congress, including several rural Republicans, say repeated price rises drive customers away and hurt small businesses that rely on mail. The Postal Service says prices remain among the lowest in the industrialized world.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 24,
    title: 'Poll: Voters split on tariffs as grocery prices stay high',
    by: 'Lauren Abernathy',
    tags: ['Polling', 'Economy'],
    body: `Americans are closely divided over the administration's tariffs, with 47% saying they hurt the economy and 42% saying they help, according to a new Capitol Ledger/Brightline poll.

The survey of 1,512 adults found that 61% believe grocery prices have risen faster than other prices over the past year, and a majority of independents said the tariffs had raised their costs.

Republicans remain strongly supportive, with 78% saying tariffs will help American manufacturing in the long run. The poll was conducted online and by phone and has a margin of error of plus or minus 2.8 percentage points.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 30,
    title: 'Bipartisan bill would ban members of Congress from trading stocks',
    by: 'Marcus Bell',
    tags: ['Congress', 'Ethics'],
    body: `A bipartisan group of House members introduced legislation that would bar lawmakers, their spouses and dependent children from owning or trading individual stocks, the latest attempt at a reform that has repeatedly stalled.

The bill would require members to divest within six months of taking office or place assets in a blind trust. Violations would carry fines equal to 10% of the value of the holding.

Polls show wide public support for a ban. Previous efforts have passed committees but never reached a floor vote. The sponsors said they had more than 100 co-sponsors and would seek a discharge petition if leadership blocks the bill.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 35,
    title: 'Bessent says deficit narrowed as tariff revenue surged',
    by: 'Tyler Greene',
    tags: ['Treasury', 'Budget'],
    body: `Treasury Secretary Scott Bessent said the federal budget deficit narrowed to $1.78 trillion in the last fiscal year, helped by a sharp rise in customs revenue from tariffs, which brought in about $195 billion.

Bessent said the figures showed tariffs were "paying real dividends for the American people". Economists noted that the deficit remains close to 6% of gross domestic product, a level historically seen only during wars and recessions, and that interest costs on the national debt now exceed spending on defense.

The Congressional Budget Office projects deficits to rise again over the next decade as Social Security and Medicare costs grow.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 40,
    title: 'White House unveils plan to speed permits for power lines and data centers',
    by: 'Dana Whitfield',
    tags: ['White House', 'Energy', 'AI'],
    body: `The White House announced an executive order intended to cut federal permitting times for high-voltage power lines, natural gas plants and large data centers, arguing that the U.S. risks losing the race for artificial intelligence without more electricity.

The order directs agencies to complete environmental reviews for designated projects within a year and to use existing categorical exclusions more widely. It also instructs the Energy Department to identify federal land for data centers.

Environmental groups said they would challenge parts of the order in court. Utilities welcomed it but said permitting at the state level remained the biggest obstacle.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 46,
    title: 'Senators press FAA nominee on air traffic controller shortage',
    by: 'Marcus Bell',
    tags: ['Congress', 'Aviation'],
    body: `Senators from both parties pressed the nominee to lead the Federal Aviation Administration on how he would fix a shortage of air traffic controllers that has caused delays at major airports and raised safety concerns.

The FAA is about 3,000 controllers short of its target, and many facilities rely on mandatory overtime. The nominee promised to speed up hiring and training and to modernize radar and communications equipment, some of which dates from the 1980s.

Sen. Maria Cantwell of Washington asked how the agency would pay for new technology. The nominee said he would work with Congress on a multi-year funding plan. A committee vote is expected next week.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 53,
    title: 'Medicare announces negotiated prices for 15 more drugs',
    by: 'Lauren Abernathy',
    tags: ['Health care', 'Medicare'],
    body: `Medicare has reached agreements with drugmakers on lower prices for 15 more prescription medicines, including treatments for diabetes, cancer and lung disease, in the second round of negotiations created by the 2022 Inflation Reduction Act.

The administration said the new prices, which take effect in two years, would have saved the program about $12 billion last year had they been in place. Discounts range from 38% to 85% off list prices.

Pharmaceutical companies continue to challenge the program in court, arguing that it amounts to price controls. Seniors' groups welcomed the announcement.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 59,
    title: 'National parks to charge foreign visitors $100 surcharge at busiest sites',
    by: 'Tyler Greene',
    tags: ['Interior Department', 'Tourism'],
    body: `International visitors will pay a $100 surcharge on top of regular entrance fees at 11 of the most visited national parks, including Yellowstone, the Grand Canyon and Yosemite, under a policy announced by the Interior Department.

The department said the money would pay for maintenance and staffing. Annual passes for nonresidents will rise to $250.

Tourism groups in gateway communities warned the charge could deter visitors from Europe and Canada, whose numbers have already fallen this year. Supporters said Americans pay for the parks through their taxes and foreign visitors should contribute more.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 64,
    title: 'Census estimates show Sun Belt growth slowing as housing costs climb',
    by: 'Lauren Abernathy',
    tags: ['Census', 'Housing'],
    body: `Population growth in Texas, Florida and Arizona slowed last year as rising home prices and insurance costs made the Sun Belt less attractive to movers, according to new Census Bureau estimates.

Texas still added the most people, about 470,000, but net migration from other states fell by a third. Florida's gain from domestic migration was the smallest in a decade. Several Midwestern states, including Ohio and Indiana, reversed years of losses.

Demographers said the shift could eventually affect the allocation of House seats after the 2030 census, though it is too early to tell.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 68,
    title: 'Governors from both parties urge Congress to save broadband subsidies',
    by: 'Marcus Bell',
    tags: ['States', 'Broadband'],
    body: `A bipartisan group of 26 governors urged congressional leaders to restore funding for a program that helps low-income households pay for internet service, saying millions of families risk being cut off.

The program lapsed after Congress declined to renew it. In a letter, the governors, including Republicans from West Virginia and Vermont and Democrats from North Carolina and Michigan, said broadband was "as essential as electricity" for work, school and health care.

Internet providers offered some discounted plans after the program ended, but consumer groups say take-up has been low.`,
  },
  {
    feed: 'capitol-ledger/politics',
    h: 71,
    title: 'State Department says passport wait times back to pre-pandemic levels',
    by: 'Tyler Greene',
    tags: ['State Department', 'Travel'],
    body: `Routine passport applications are now being processed in four to six weeks, the State Department said, back to the levels seen before the pandemic, after it expanded online renewals to all adult applicants.

More than 4 million Americans have renewed online since the system launched nationwide. Officials said expedited service now takes two to three weeks.

The department urged travelers to check their passports well before booking trips, noting that many countries require at least six months of validity.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 3,
    title: 'U.S., Philippine forces begin joint drills near disputed shoal',
    by: 'Kevin Osborne',
    tags: ['Asia', 'Military'],
    body: `U.S. and Philippine forces began two weeks of joint exercises in the South China Sea and on the northern island of Luzon, including live-fire drills near Scarborough Shoal, a reef contested by China.

About 5,000 U.S. troops and 4,000 Philippine personnel are taking part, along with smaller contingents from Australia and Japan. The exercises include coastal defense drills with U.S. anti-ship missile launchers.

China's foreign ministry called the drills provocative and said they threatened regional stability. Manila says it has the right to conduct exercises within its exclusive economic zone.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 15,
    title: 'Rubio in Mexico City for talks on fentanyl, border security',
    by: 'Kevin Osborne',
    tags: ['Mexico', 'Diplomacy'],
    body: `Secretary of State Marco Rubio met Mexican President Claudia Sheinbaum in Mexico City for talks on fentanyl trafficking, border security and the future of North American trade, as the two countries prepare for a review of the USMCA agreement.

Rubio praised Mexico's extradition of several cartel leaders to the United States this year and said cooperation had "never been closer". Sheinbaum said Mexico would not accept U.S. military action on its territory.

Officials said the two sides agreed to set up a joint working group on arms trafficking, a long-standing Mexican demand.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 29,
    title: "Treasury sanctions gold traders accused of funding Sudan's RSF",
    by: 'Kevin Osborne',
    tags: ['Sanctions', 'Africa'],
    body: `The Treasury Department imposed sanctions on five companies and three individuals in the United Arab Emirates and Sudan accused of smuggling gold to finance the paramilitary Rapid Support Forces, which are fighting Sudan's army in a war that has displaced millions.

Officials said the network moved gold from mines in Darfur through neighboring countries to refiners in Dubai. The sanctions freeze any U.S. assets and bar Americans from dealing with those designated.

Aid groups welcomed the move but said the United States should also press regional powers that supply weapons to both sides.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 44,
    title: 'U.S. aid cuts leave Colombian farmers in coca substitution program in limbo',
    by: 'Rosa Medina',
    tags: ['Latin America', 'Foreign aid'],
    body: `Thousands of Colombian farmers who agreed to pull up coca plants in exchange for help growing legal crops say they have been left without promised support after the United States cut funding for the program.

In the department of Cauca, families who switched to coffee and cacao say technical assistance and seed deliveries stopped months ago. Some have begun replanting coca, which fetches a higher and more reliable price.

Colombian officials said the government would try to make up part of the shortfall. U.S. officials said assistance was being refocused on security cooperation and interdiction.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 57,
    title: 'Sheinbaum says Mexico close to deal on steel tariffs',
    by: 'Rosa Medina',
    tags: ['Mexico', 'Trade'],
    body: `Mexican President Claudia Sheinbaum said her government was close to an agreement with Washington that would reduce U.S. tariffs on Mexican steel and aluminum in exchange for quotas and tighter controls on Chinese metal passing through Mexico.

Speaking at her daily morning press conference, Sheinbaum said negotiators had made "very good progress" and that an announcement could come within weeks.

Mexican steelmakers have cut jobs since the United States raised tariffs on the metals. U.S. producers say Chinese steel has been routed through Mexico to avoid duties.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 62,
    title: 'U.S. and Britain sign pact on nuclear fusion research',
    by: 'Kevin Osborne',
    tags: ['Science', 'United Kingdom'],
    body: `The United States and Britain signed an agreement to share research facilities and data on nuclear fusion, aiming to accelerate work toward power plants that could generate electricity from the same process that powers the sun.

The agreement covers joint work on materials that can withstand the extreme heat and neutron bombardment inside fusion reactors, as well as regulatory cooperation so private companies can build pilot plants in either country.

Private investment in fusion companies has surged in recent years, though most experts believe commercial power is still more than a decade away.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 66,
    title: 'First U.S.-funded armored vehicles arrive for Haiti security force',
    by: 'Rosa Medina',
    tags: ['Haiti', 'Security'],
    body: `The first of 40 U.S.-funded armored vehicles arrived in Port-au-Prince for the multinational force helping Haitian police fight the armed gangs that control most of the capital.

The force, authorized by the U.N. Security Council, has struggled with shortages of personnel and equipment since its deployment. Officials said the vehicles would allow officers to move through gang-held neighborhoods more safely.

More than a million Haitians have been displaced by violence, according to the International Organization for Migration.`,
  },
  {
    feed: 'capitol-ledger/world',
    h: 70,
    title: 'U.S. expands consulate in Greenland as Arctic interest grows',
    by: 'Kevin Osborne',
    tags: ['Arctic', 'Diplomacy'],
    body: `The State Department is expanding its consulate in Nuuk, Greenland's capital, adding staff for trade, energy and scientific cooperation as the United States steps up its presence in the Arctic.

The consulate reopened in 2020 after nearly 70 years. Officials said the expansion reflects the island's growing strategic and economic importance, including its deposits of rare earth minerals.

Greenland's government said it welcomed cooperation that respected its right to decide its own future. Denmark, which handles Greenland's foreign and defense policy, said it was informed of the plans.`,
  },
]
