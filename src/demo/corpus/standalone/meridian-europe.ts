/**
 * @module meridian-europe
 * Stand-alone entries of Meridian Europe (Brussels), full-text Atom.
 */
import type { Piece } from '../corpus-types.js'

export const meridianEurope: readonly Piece[] = [
  {
    feed: 'meridian-europe/europe',
    h: 2,
    title: "Brussels proposes ban on 'forever chemicals' in firefighting foams",
    by: 'Sofia Lindqvist',
    tags: ['Environment', 'Chemicals'],
    img: 'Firefighters spraying foam during a training exercise',
    body: `The European Commission has proposed banning the use of PFAS, the so-called forever chemicals, in firefighting foams, with transition periods of up to ten years for airports, oil refineries and chemical plants.

PFAS are prized in foams because they spread quickly over burning fuel, but they do not break down in the environment and have been linked to cancers and other illnesses. Contaminated groundwater has been found near airports and military bases across Europe.

The proposal, which needs approval from member states, would be the first EU-wide restriction on a major use of PFAS. A broader restriction covering thousands of the chemicals is still being assessed by the European Chemicals Agency.

Fire services said fluorine-free foams had improved greatly. Industry groups warned that some alternatives were less effective on large fuel fires.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 9,
    title: "Romania's Black Sea gas field pumps first gas, cutting dependence on imports",
    by: 'Tomasz Wróbel',
    tags: ['Energy', 'Romania'],
    body: `Gas has started flowing from the Neptun Deep field in Romania's sector of the Black Sea, the largest new gas project in the European Union in years, which the government says will make Romania the bloc's biggest producer.

The field, developed by the Austrian group OMV and Romania's state-owned Romgaz, is expected to produce about 8 billion cubic metres a year at its peak, roughly doubling Romania's output.

Prime ministers from neighbouring Moldova and Bulgaria attended a ceremony at the onshore processing plant, where the Romanian energy minister said the project would help the region "never again depend on Russian gas". Some of the output could be exported through pipelines to Moldova and Hungary.

Environmental campaigners said new fossil fuel projects were incompatible with the EU's climate goals.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 23,
    title: "MEPs back 'right to disconnect' for Europe's remote workers",
    by: 'Elise Vandermeulen',
    tags: ['Work', 'European Parliament'],
    body: `The European Parliament has voted to ask the Commission for legislation guaranteeing workers the right to ignore emails and calls from their employers outside working hours.

The non-binding resolution, approved by 412 votes to 187, calls for rules that would require companies to switch off work-related digital tools after hours, with exceptions for emergencies and for jobs such as doctors on call.

Several member states, including France, Belgium and Portugal, already have national laws on the subject. Supporters say remote work has blurred the line between working life and private life, with damaging effects on mental health.

Business organisations said the matter should be left to collective bargaining and warned that rigid rules would hurt small firms. The Commission has said it will consult social partners before deciding whether to propose a law.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 36,
    title: 'Portugal picks final route for Lisbon–Porto high-speed line',
    by: 'Paul Hennessy',
    tags: ['Transport', 'Portugal', 'Rail'],
    body: `Portugal's government has approved the final route of a high-speed railway between Lisbon and Porto, which will cut the journey between the country's two largest cities to 1 hour 15 minutes from nearly three hours today.

The line, estimated to cost €8bn, will be built in three phases, with the first section between Porto and Oiã due to open by 2030. It is partly financed by EU cohesion funds and the Connecting Europe Facility.

A later extension is meant to link Porto with Vigo in Spain, creating a high-speed corridor along the Atlantic coast. A separate line from Lisbon towards Madrid is also planned.

Residents in several towns along the route have objected to the demolition of homes, and an environmental group has filed a complaint with the European Commission over wetlands near Aveiro.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 47,
    title: 'Euro-area unemployment holds at record low of 6.3%',
    by: 'Sofia Lindqvist',
    tags: ['Economy', 'Jobs'],
    body: `Unemployment in the euro area held at 6.3% last month, matching the lowest level since the single currency was created, according to Eurostat.

About 10.8 million people were out of work in the 20 countries that use the euro. Spain still has the highest rate, at 10.5%, though it has fallen steadily. Malta, Czechia and Poland, the last two outside the euro, reported the lowest rates in the wider EU.

Youth unemployment in the euro area edged up to 14.4%.

Economists said the labour market's resilience, despite sluggish growth and US tariffs, reflected ageing populations and labour shortages in many sectors. "Companies are hoarding workers because they remember how hard it was to hire them," said one.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 52,
    title: "Finland's underground nuclear waste vault begins final tests",
    by: 'Tomasz Wróbel',
    tags: ['Energy', 'Nuclear', 'Finland'],
    img: 'Tunnel entrance of the Onkalo repository on Olkiluoto island',
    body: `Finland has begun the final trial run of Onkalo, a repository 430 metres underground designed to store spent nuclear fuel for 100,000 years, bringing the world's first permanent disposal site for high-level nuclear waste close to operation.

During the test, operators at Olkiluoto on Finland's west coast are handling dummy canisters through every step of the process, from encapsulating fuel rods in copper and cast iron to placing them in holes bored into bedrock and sealing them with bentonite clay.

Posiva, the company that runs the site, expects regulators to allow the first real waste to be buried within months. Other countries, including Sweden, France and Switzerland, are building or planning similar facilities.

"It has taken us 40 years to get here. It should take the waste 100,000 years to become harmless," said a Posiva engineer.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 58,
    title: 'Santorini to cap cruise passengers at 8,000 a day',
    by: 'Paul Hennessy',
    tags: ['Tourism', 'Greece'],
    body: `Greece will limit the number of cruise passengers allowed to land on Santorini to 8,000 a day from next season, as the island struggles with crowds that jam its narrow streets and cliffside paths.

On peak days last year more than 17,000 passengers came ashore. Many queue for hours to ride the cable car from the old port to the town of Fira.

The government already introduced a €20 fee for cruise passengers visiting Santorini and Mykonos during the high season. The new cap will be enforced through a booking system for cruise lines, with slots allocated a year in advance.

Local business owners are split. Restaurant owners in Fira welcomed the move, while shops that depend on day visitors warned of lost income.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 64,
    title: 'EU court rules airlines must show booking fees upfront',
    by: 'Elise Vandermeulen',
    tags: ['Consumers', 'Aviation', 'Court of Justice'],
    body: `Airlines must include all unavoidable fees in the ticket price displayed at the start of an online booking, the Court of Justice of the European Union has ruled, in a judgment that consumer groups say will end "drip pricing".

The case was brought by a German consumer organisation against an airline that added an administration fee at the payment stage. The Luxembourg court said any charge a passenger cannot avoid must be shown from the first display of the price.

The ruling does not affect optional extras such as checked bags or seat selection, which the court has previously said can be offered separately.

BEUC, the European consumer organisation, said the ruling should prompt national authorities to check airline websites.`,
  },
  {
    feed: 'meridian-europe/europe',
    h: 71,
    title: 'Venice doubles day-tripper fee and extends it to more days',
    by: 'Paul Hennessy',
    tags: ['Tourism', 'Italy'],
    body: `Venice will charge day-trippers €10 to enter the historic centre on 60 days next year, up from 29 days and a base fee of €5 when the scheme was introduced as a trial, the city council has decided.

Visitors who book fewer than four days in advance will pay €15. Residents, students, commuters and tourists staying overnight in the city are exempt.

City officials say the fee has helped spread visitors more evenly, though critics say it has not reduced overall numbers and turns the city into a theme park. About 485,000 people paid the fee in its first full year, raising more than €5m.

Residents' associations renewed calls for limits on short-term rentals, which they blame for driving locals out of the city.`,
  },
]
