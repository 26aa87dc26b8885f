/**
 * @module french-atc-strike
 * French air traffic controllers strike: the Paris paper in English and in French, an Irish angle
 * and the Brussels angle.
 */
import type { EventSource } from '../corpus-types.js'

export const frenchAtcStrike: EventSource = {
  key: 'french-atc-strike',
  label: "French air traffic controllers' strike grounds flights across Europe",
  kind: 'event',
  pieces: [
    {
      feed: 'petit-quai/english',
      h: 38,
      slug: 'air-traffic-controllers-strike-grounds-1200-flights',
      title: "Air traffic controllers' strike grounds 1,200 flights across France",
      by: 'Camille Laurent',
      tags: ['France', 'Transport', 'Strikes'],
      img: 'Departure boards showing cancelled flights at Paris-Orly',
      lede: 'The civil aviation authority asked airlines to cut schedules by up to half at Paris, Nice and Marseille as a two-day walkout began.',
      body: `About 1,200 flights were cancelled in France as air traffic controllers began a two-day strike over staffing and the modernisation of the country's ageing control systems, the civil aviation authority (DGAC) said.

The DGAC asked airlines to cut their schedules by 50% at Paris-Orly, Nice and Marseille, and by 30% at Paris-Charles de Gaulle, Lyon and Bordeaux. Overflights, which do not land in France, were also delayed as controllers in the regional centres of Brest and Aix-en-Provence joined the stoppage.

The SNCTA union, which represents most controllers, said the government had broken promises made two years ago on recruitment and on the timetable for new equipment. "We are asked to manage record traffic with screens from the last century and not enough colleagues," said a union spokesman at Orly.

Transport Minister Philippe Tabarot called the strike "disproportionate" and said it would cost airlines and the tourism industry tens of millions of euros. The government has proposed legislation that would require controllers to declare individually 48 hours in advance whether they will strike, which the unions oppose.

At Orly, passengers queued for hours to rebook. "We were supposed to be in Lisbon for a wedding," said Sandrine Bouvier, travelling with her two children. "Now maybe tomorrow, maybe not."

Air France said it would operate all long-haul flights but cancel a third of its domestic and short-haul services. Easyjet and Ryanair cancelled hundreds of flights and demanded that the European Commission protect overflights during national strikes.`,
    },
    {
      feed: 'petit-quai/une',
      h: 38,
      slug: 'greve-des-aiguilleurs-du-ciel-1200-vols-annules',
      title: 'Grève des aiguilleurs du ciel : 1 200 vols annulés, Orly et Nice très perturbés',
      by: 'Camille Laurent',
      tags: ['Transports', 'Grève'],
      img: "Tableau des départs à l'aéroport d'Orly",
      lede: 'La DGAC a demandé aux compagnies de réduire de moitié leurs programmes de vols à Orly, Nice et Marseille.',
      body: `Environ 1 200 vols ont été annulés en France au premier jour de la grève des contrôleurs aériens, selon la Direction générale de l'aviation civile (DGAC).

La DGAC a demandé aux compagnies de réduire de 50 % leurs programmes à Paris-Orly, Nice et Marseille, et de 30 % à Roissy-Charles-de-Gaulle, Lyon et Bordeaux. Les survols du territoire sont également retardés.

Le SNCTA, syndicat majoritaire chez les aiguilleurs du ciel, dénonce des promesses non tenues sur les recrutements et sur la modernisation des systèmes de contrôle. « On nous demande de gérer un trafic record avec des écrans du siècle dernier », a déclaré un représentant syndical à Orly.

Le ministre des Transports, Philippe Tabarot, a jugé le mouvement « disproportionné ». Le gouvernement défend une proposition de loi obligeant chaque contrôleur à se déclarer gréviste 48 heures à l'avance.

Air France assure tous ses vols long-courriers mais annule un tiers de ses vols moyen-courriers. La grève doit se poursuivre demain.`,
    },
    {
      feed: 'liffey-times/news',
      h: 37,
      slug: 'ryanair-cancels-dublin-flights-french-strike',
      title: 'Ryanair cancels 170 flights as French air traffic strike hits Irish holidaymakers',
      by: 'Ciarán Brennan',
      tags: ['Business', 'Aviation', 'Travel'],
      lede: "Flights from Dublin, Cork and Shannon to Spain, Italy and Portugal were caught up because they cross French airspace.",
      body: `Ryanair has cancelled 170 flights, including more than 40 to and from Irish airports, as a strike by French air traffic controllers disrupted travel across Europe.

Most of the affected Irish flights were not going to France at all. Routes from Dublin, Cork and Shannon to Spain, Portugal and Italy cross French airspace, and controllers at regional centres in Brest and Aix-en-Provence joined the two-day stoppage.

Ryanair chief executive Michael O'Leary said it was "unacceptable" that passengers flying between Ireland and Spain should be grounded by a French dispute. "Overflights should be protected. The European Commission has the power to do this and it sits on its hands," he said in a video posted by the airline.

Aer Lingus said it had cancelled 12 flights to Paris and Nice and was rerouting others over the Atlantic to avoid French airspace, adding up to 40 minutes to some journeys.

The Commission for Aviation Regulation reminded passengers that they are entitled to a refund or rerouting, and to meals and accommodation where delays run overnight. Strikes by air traffic controllers are generally considered extraordinary circumstances, meaning compensation payments do not apply.

Passengers at Dublin Airport said they had received cancellation notices by text in the early hours. "We've a villa booked in Málaga from tomorrow," said Declan Murphy from Navan. "They're saying maybe the day after."`,
    },
    {
      feed: 'meridian-europe/europe',
      h: 35,
      slug: 'french-strike-revives-fight-over-overflights',
      title: 'French controllers’ strike revives the fight over who protects Europe’s overflights',
      by: 'Sofia Lindqvist',
      tags: ['Economy', 'Aviation', 'Single market'],
      body: `Every time French air traffic controllers walk out, the same argument flares up in Brussels: should a national strike be allowed to ground flights that never touch the country's soil?

The latest two-day stoppage has cancelled about 1,200 flights in France and hundreds more elsewhere, including services between the British Isles and Spain that cross French airspace. Airlines for Europe, the industry lobby, estimates that overflights account for a third of the traffic handled by French control centres.

Airline chiefs want the European Commission to use its powers to require minimum service for overflights during strikes, as Italy and Spain already do under national law. "Passengers from Dublin to Málaga are hostages of a French dispute," said the lobby's managing director.

The Commission has been cautious. Transport Commissioner Apostolos Tzitzikostas said the right to strike was protected by EU treaties and that the Commission was "looking at solutions with member states", including rerouting traffic through neighbouring airspace.

Part of the problem is technical. Europe's air traffic management is fragmented into dozens of national and regional centres, and the long-stalled Single European Sky reform, which would merge them into larger blocs, has been watered down by governments protective of their controllers.

France's government says it is tackling the problem at home with a bill requiring controllers to declare their participation in a strike 48 hours in advance. Unions call it an attack on a fundamental right. The strike is due to end tomorrow, but another has been threatened for later in the month.`,
    },
  ],
}
