/**
 * @module liffey-times
 * Stand-alone entries of The Liffey Times (Dublin), full-text RSS 2.0.
 */
import type { Piece } from '../corpus-types.js'

export const liffeyTimes: readonly Piece[] = [
  {
    feed: 'liffey-times/news',
    h: 2,
    title: 'Dublin Port tunnel to close overnight for a week for safety upgrades',
    by: 'Niamh Kavanagh',
    tags: ['Dublin', 'Transport'],
    body: `The Dublin Port Tunnel will close between 10pm and 6am for seven nights from next week while Transport Infrastructure Ireland installs new fire suppression and ventilation equipment.

Heavy goods vehicles travelling to and from Dublin Port will be diverted along the quays and the East Wall Road, with gardaí managing traffic at key junctions. Residents in Drumcondra and Marino have been warned to expect more night-time noise.

The 4.5km tunnel opened in 2006 and carries about 20,000 vehicles a day. TII said the work would bring it into line with updated European standards.`,
  },
  {
    feed: 'liffey-times/news',
    h: 8,
    title: 'Rents rise 5.8% nationally as supply of homes to let hits new low',
    by: 'Ciarán Brennan',
    tags: ['Housing', 'Rents'],
    img: 'Terraced houses in Stoneybatter, Dublin',
    body: `Average rents for newly let homes rose 5.8% in the year to the end of last quarter, with fewer than 2,300 properties available to rent across the country on the survey date, according to a report from a property website.

The average monthly rent nationally is now €1,990, and €2,620 in Dublin. Rents in Galway, Limerick and Waterford rose faster than in the capital.

The report's author, economist Dr Siobhán Keating, said supply remained "the only story that matters". The Government has promised changes to rent pressure zone rules, which landlords say have discouraged investment.

Opposition parties called for a three-year rent freeze.`,
  },
  {
    feed: 'liffey-times/news',
    h: 18,
    title: 'Cork event centre finally gets green light after decade of delays',
    by: 'Niamh Kavanagh',
    tags: ['Cork', 'Arts'],
    body: `Construction of a 6,000-capacity event centre on the former Beamish and Crawford brewery site in Cork will begin early next year, after the Government approved an increase in State funding to €72 million.

The project was first announced in 2014 and has been repeatedly delayed by rising construction costs and disputes over funding. A sod was turned in 2016, but no building followed.

Cork's Lord Mayor said the city had waited "long enough". Promoters said the venue would bring major concerts and conferences to Cork that currently go to Dublin or Belfast.`,
  },
  {
    feed: 'liffey-times/news',
    h: 23,
    title: 'Irish exports to US fall 30% after pharma stockpiling rush ends',
    by: 'Ciarán Brennan',
    tags: ['Business', 'Trade', 'Pharma'],
    body: `The value of Irish goods exports to the United States fell 30% last month compared with a year earlier, Central Statistics Office figures show, as pharmaceutical companies unwound the stockpiling that inflated exports earlier this year ahead of US tariffs.

Exports to the US were worth €5.9 billion. Total goods exports fell 8% to €19.2 billion.

Economists said the volatility made it difficult to read the underlying health of the economy. The Minister for Finance said the Government's budget forecasts had assumed a fall in exports.`,
  },
  {
    feed: 'liffey-times/news',
    h: 29,
    title: 'Galway oyster festival cancelled as disease hits native beds',
    by: 'Aoife Gallagher',
    tags: ['Galway', 'Food', 'Fishing'],
    body: `Organisers of a traditional oyster festival in Clarinbridge, Co Galway, have cancelled this year's event after a disease outbreak killed a large share of the native oysters in Galway Bay.

Marine Institute scientists said the parasite Bonamia ostreae had been detected in beds that had previously been free of it. The native flat oyster has declined sharply across Europe because of the disease and overfishing.

Fishermen's co-operatives said they were working with scientists on restocking with disease-resistant oysters. The festival hopes to return next year.`,
  },
  {
    feed: 'liffey-times/news',
    h: 41,
    title: 'Limerick hospital records worst month for trolley numbers',
    by: 'Aoife Gallagher',
    tags: ['Health', 'Limerick'],
    body: `University Hospital Limerick recorded more than 2,400 patients on trolleys last month, its highest monthly total, according to figures from the Irish Nurses and Midwives Organisation.

The hospital, the only one with an emergency department in the Mid-West, has been the most overcrowded in the State for years. A new 96-bed block opened this year, but nurses said it had not kept pace with demand.

The HSE said it was recruiting more staff and opening additional beds in community settings.`,
  },
  {
    feed: 'liffey-times/news',
    h: 47,
    title: "Pádraig Ó Séaghdha wins Irish Book Award for debut novel set on Tory Island",
    by: 'Niamh Kavanagh',
    tags: ['Culture', 'Books'],
    body: `Donegal writer Pádraig Ó Séaghdha has won the novel of the year prize at the Irish Book Awards for his debut, An Teach Solais, the story of a lighthouse keeper's daughter on Tory Island in the 1950s.

The novel, written in English with passages in Irish, has been a surprise bestseller. Judges praised its "unsentimental tenderness" and "ear for island speech".

Ó Séaghdha, a secondary school teacher in Falcarragh, said he wrote the book in the early mornings over seven years. "I'd get up at five and write until the kids woke," he said.`,
  },
  {
    feed: 'liffey-times/news',
    h: 52,
    title: 'Luas Finglas extension wins approval from An Coimisiún Pleanála',
    by: 'Niamh Kavanagh',
    tags: ['Dublin', 'Transport'],
    body: `The planning board has approved a 3.9km extension of the Luas Green line from Broombridge to Charlestown in north-west Dublin, clearing the way for construction to start next year.

The line will have four new stops and serve about 50,000 people in Finglas and surrounding areas. Transport Infrastructure Ireland expects it to open in 2031.

The cost of the project has been estimated at €600 million. Local TDs welcomed the decision, saying Finglas had been left out of Dublin's rail network for too long.`,
  },
  {
    feed: 'liffey-times/news',
    h: 58,
    title: 'Rare white-tailed eagle chicks hatch in Kerry for first time in a century',
    by: 'Aoife Gallagher',
    tags: ['Environment', 'Kerry', 'Wildlife'],
    img: 'A white-tailed eagle in flight over Lough Leane',
    body: `A pair of white-tailed eagles has raised two chicks near Killarney, the first successful breeding of the species in Co Kerry for more than 100 years, the National Parks and Wildlife Service said.

The birds were among eagles brought from Norway under a reintroduction programme that began in 2007. White-tailed eagles, Ireland's largest bird of prey, were wiped out by persecution in the early 20th century.

"Seeing those chicks fledge was one of the best days of my working life," said NPWS ranger Orla Fitzgerald. About 20 pairs now breed in Ireland.`,
  },
  {
    feed: 'liffey-times/news',
    h: 63,
    title: 'Cliffs of Moher visitor centre to be rebuilt in €30m plan',
    by: 'Aoife Gallagher',
    tags: ['Clare', 'Tourism'],
    body: `Clare County Council has unveiled a €30 million plan to replace the visitor centre at the Cliffs of Moher, which welcomes more than 1.5 million people a year, with a new building set further back from the cliff edge.

The plan includes a new park-and-ride from Liscannor, fewer cars at the site and a widened coastal path. The existing centre, built into a hillside in 2007, is struggling to cope with visitor numbers.

Local landowners, whose fields border the cliff path, want assurances on access and insurance.`,
  },
  {
    feed: 'liffey-times/news',
    h: 67,
    title: "Shelbourne's European run brings €6m windfall to League of Ireland champions",
    by: 'Eoin Delaney',
    tags: ['Sport', 'Soccer'],
    body: `Shelbourne's progress in European competition has earned the club about €6 million in UEFA prize money, more than its entire annual budget a few years ago, the club's chairman said.

The Dublin club reached the league phase of the Conference League after a run of qualifying victories. A club spokesman said the money would be invested in the academy and improvements to Tolka Park.

League of Ireland clubs have called for a larger share of FAI funding and a new stadium strategy. Attendances across the league have risen for four consecutive seasons.`,
  },
  {
    feed: 'liffey-times/news',
    h: 71,
    title: "Teachers' unions vote to accept new deal on class sizes",
    by: 'Niamh Kavanagh',
    tags: ['Education'],
    body: `Members of the two main secondary teachers' unions have voted to accept a deal with the Department of Education that will reduce the average class size in secondary schools from 23 to 21 students over three years.

The agreement also provides extra posts for special education and guidance counselling. The Teachers' Union of Ireland said the deal was "a first step" and that Irish classes remained among the largest in the EU.

The Minister for Education said 1,000 additional teachers would be recruited.`,
  },
]
