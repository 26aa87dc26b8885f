/**
 * @module rheinland-courier
 * Stand-alone entries of the Rheinland Courier (Cologne): the English international edition (RDF,
 * teasers) and the German news feed (RSS 2.0, served as text/xml).
 */
import type { Piece } from '../corpus-types.js'

export const rheinlandCourier: readonly Piece[] = [
  {
    feed: 'rheinland-courier/english',
    h: 4,
    title: "Cologne Cathedral's south tower reopens to climbers after restoration",
    by: 'Miriam Hoffmann',
    tags: ['Cologne', 'Culture'],
    img: 'The twin spires of Cologne Cathedral above the Rhine',
    body: `Visitors can once again climb the 533 steps to the viewing platform of Cologne Cathedral's south tower after an 18-month restoration of its stone staircase and the replacement of weathered tracery.

The cathedral's master builder said sandstone from the original quarries in the Siebengebirge had been used wherever possible. The cathedral, a UNESCO World Heritage site, attracts about six million visitors a year, and its building works office has been repairing it more or less continuously since construction was completed in 1880.

The climb costs €6. The tower is closed in strong winds.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 10,
    title: 'Deutsche Bahn punctuality falls to 62% on long-distance routes',
    by: 'Jonas Albrecht',
    tags: ['Rail', 'Germany'],
    body: `Only 62% of Deutsche Bahn's long-distance trains arrived on time last month, one of the worst results in years, the state-owned railway said, blaming construction work across its ageing network.

A train counts as punctual if it arrives less than six minutes late; cancelled trains are not included. Routes through North Rhine-Westphalia were among the most affected because of the closure of the line between Cologne and Hagen for renovation.

DB's new chief executive has promised a turnaround plan. The government is spending billions on the complete renovation of 40 heavily used corridors by 2030.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 20,
    title: 'Ford to cut another 1,000 jobs at its Cologne electric car plant',
    by: 'Jonas Albrecht',
    tags: ['Automotive', 'Jobs', 'Cologne'],
    body: `Ford will cut a further 1,000 jobs at its plant in Cologne-Niehl, where it builds electric versions of the Explorer and Capri, because of weak demand for electric cars in Europe, the company said.

The cuts, to be made through voluntary redundancies, will leave the site with about 8,000 employees, down from nearly 20,000 a decade ago. The works council said it would fight to keep production of a third model.

Ford invested about $2bn converting the plant to electric vehicles. Sales of the models have fallen short of expectations.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 35,
    title: 'Low Rhine forces barges to cut cargo at Kaub',
    by: 'Miriam Hoffmann',
    tags: ['Rhine', 'Shipping', 'Climate'],
    body: `Water levels on the Rhine have fallen below 90 centimetres at the Kaub gauge, a critical point for shipping, forcing barges to carry less than half their normal loads and pushing up freight costs.

The middle Rhine between Bingen and Koblenz is the shallowest stretch of Germany's busiest waterway. Chemical companies and steelworks that depend on barges for raw materials said they were monitoring the situation.

Forecasters expect some rain next week but said levels would remain low. The federal waterways agency is deepening parts of the channel, a project due to be completed in the 2030s.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 40,
    title: 'German business morale improves for third month, Ifo says',
    by: 'Jonas Albrecht',
    tags: ['Economy', 'Germany'],
    body: `German business sentiment improved for a third consecutive month, the Ifo institute said, as companies grew more optimistic that government spending on infrastructure and defence would lift orders.

The Ifo business climate index rose to 89.4 from 88.7. Manufacturers were more positive about the months ahead, while retailers remained gloomy.

"The recovery is coming, but slowly," said the institute's president. Germany's economy shrank in each of the past two years and is expected to grow only slightly this year.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 49,
    title: 'Bayer to cut 600 research jobs in Wuppertal',
    by: 'Jonas Albrecht',
    tags: ['Pharmaceuticals', 'Jobs'],
    body: `Bayer will cut about 600 jobs at its pharmaceutical research centre in Wuppertal as part of a restructuring that has already reduced its management layers, the Leverkusen-based company said.

The cuts affect chemistry and early drug discovery, which Bayer plans to concentrate in fewer sites and partly outsource. The company said Wuppertal would remain an important production location.

Bayer has been under pressure from debt, litigation in the United States over its Roundup weedkiller and patent expiries on major drugs.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 54,
    title: 'German inflation edges up to 2.3%',
    by: 'Jonas Albrecht',
    tags: ['Economy', 'Inflation'],
    body: `Consumer prices in Germany rose 2.3% from a year earlier last month, up from 2.2%, according to preliminary figures from the federal statistics office Destatis.

Food prices rose 2.8% and services 3.5%, while energy was cheaper than a year ago. Core inflation, excluding food and energy, was steady at 2.8%.

In North Rhine-Westphalia, the annual rate was 2.2%. Economists expect inflation to remain slightly above 2% into next year.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 62,
    title: "City approves expansion of FC Köln's stadium to 60,000 seats",
    by: 'Miriam Hoffmann',
    tags: ['Football', 'Cologne'],
    body: `Cologne city council has approved plans to expand the RheinEnergieStadion, home of 1. FC Köln, from 50,000 to about 60,000 seats by adding a third tier to two stands.

The club says demand for tickets far outstrips supply; it has more than 140,000 members. The expansion is expected to cost about €120m and be financed by the club and the city's stadium company.

Residents in Müngersdorf raised concerns about traffic and noise. The city promised more public transport on match days.`,
  },
  {
    feed: 'rheinland-courier/english',
    h: 68,
    title: 'Deutschlandticket to cost €63 a month from January',
    by: 'Jonas Albrecht',
    tags: ['Transport', 'Germany'],
    body: `The Deutschlandticket, which allows unlimited travel on local and regional public transport across Germany, will rise in price to €63 a month from January, up from €58, federal and state transport ministers agreed.

The ticket was introduced at €49 in 2023. The states and the federal government share the cost of compensating transport companies for lost fare revenue, and have argued for months about how to fund it.

About 14 million people use the ticket. Consumer groups warned that further price rises could drive passengers back to their cars.`,
  },
  {
    feed: 'rheinland-courier/nachrichten',
    h: 3,
    title: 'Leverkusener Rheinbrücke: Neue Brückenhälfte für den Verkehr freigegeben',
    by: 'Miriam Hoffmann',
    tags: ['Verkehr', 'A1', 'Leverkusen'],
    body: `Nach jahrelangen Einschränkungen rollt der Verkehr auf der A1 bei Leverkusen wieder über mehr Fahrstreifen: Die Autobahn GmbH hat die zweite Hälfte der neuen Rheinbrücke freigegeben.

Pendler zwischen Köln und dem Bergischen Land hatten wegen der maroden alten Brücke lange Umwege und Staus in Kauf nehmen müssen. Lastwagen über 3,5 Tonnen durften die alte Brücke seit 2012 nicht mehr befahren.

Die Gesamtkosten für den Neubau liegen nach Angaben der Autobahn GmbH bei rund 700 Millionen Euro. Die Arbeiten am Autobahnkreuz Leverkusen-West dauern noch an.`,
  },
  {
    feed: 'rheinland-courier/nachrichten',
    h: 17,
    title: 'Kölner Karneval: Festkomitee stellt Motto der neuen Session vor',
    by: 'Miriam Hoffmann',
    tags: ['Köln', 'Karneval'],
    body: `Das Festkomitee Kölner Karneval hat das Motto für die kommende Session vorgestellt: „Alaaf – mer sin ein Veedel". Es soll den Zusammenhalt in den Kölner Stadtteilen in den Mittelpunkt stellen.

Der Präsident des Festkomitees sagte, der Karneval zeige, „dass Köln in all seiner Unterschiedlichkeit zusammengehört". Der Rosenmontagszug soll wieder über rund acht Kilometer durch die Innenstadt führen.

Die Stadt kündigte erneut strenge Kontrollen im Zülpicher Viertel an, wo es in den vergangenen Jahren zu großem Gedränge gekommen war.`,
  },
  {
    feed: 'rheinland-courier/nachrichten',
    h: 31,
    title: 'Rheinpegel in Köln fällt unter zwei Meter',
    by: 'Miriam Hoffmann',
    tags: ['Rhein', 'Wetter'],
    body: `Der Pegel des Rheins in Köln ist unter die Marke von zwei Metern gefallen. Nach Angaben der Stadtentwässerungsbetriebe lag er am Morgen bei 1,94 Metern, deutlich unter dem langjährigen Mittel von rund 3,50 Metern.

Die Ausflugsschiffe der Köln-Düsseldorfer fahren vorerst weiter, allerdings mit weniger Passagieren. Am Ufer in Rodenkirchen und Porz sind breite Sandbänke zu sehen.

Meteorologen erwarten erst in der kommenden Woche nennenswerte Niederschläge im Einzugsgebiet des Flusses.`,
  },
  {
    feed: 'rheinland-courier/nachrichten',
    h: 45,
    title: 'Neue Radwege am Kölner Ring: Stadt zieht positive Bilanz',
    by: 'Miriam Hoffmann',
    tags: ['Köln', 'Verkehr', 'Fahrrad'],
    body: `Zwei Jahre nach dem Umbau des Kölner Rings zieht die Stadt eine positive Bilanz: Auf den neuen, breiten Radfahrstreifen zählen die Messstellen bis zu 9.000 Radfahrende am Tag, rund 40 Prozent mehr als vor dem Umbau.

Für Autos steht auf großen Teilen des Rings nur noch eine Fahrspur je Richtung zur Verfügung. Der Einzelhandel hatte vor Umsatzeinbußen gewarnt, diese seien aber ausgeblieben, sagte die Verkehrsdezernentin.

Kritik kommt vom ADAC, der längere Fahrzeiten im Berufsverkehr bemängelt.`,
  },
  {
    feed: 'rheinland-courier/nachrichten',
    h: 57,
    title: 'Kölner Zoo freut sich über Elefantennachwuchs',
    by: 'Miriam Hoffmann',
    tags: ['Köln', 'Zoo'],
    body: `Im Kölner Zoo ist ein Elefantenbulle zur Welt gekommen. Das Jungtier wog bei der Geburt rund 110 Kilogramm und ist nach Angaben des Zoos wohlauf.

Mutter und Kalb bleiben zunächst im Elefantenhaus, bevor sie in einigen Tagen gemeinsam mit der Herde auf die Außenanlage dürfen. Der Name des Kleinen soll per Abstimmung unter den Besucherinnen und Besuchern bestimmt werden.

Der Kölner Zoo gilt als einer der erfolgreichsten Zuchtorte für Asiatische Elefanten in Europa.`,
  },
  {
    feed: 'rheinland-courier/nachrichten',
    h: 70,
    title: 'Bonner Beethoven-Haus erwirbt unbekannten Brief des Komponisten',
    by: 'Miriam Hoffmann',
    tags: ['Kultur', 'Bonn', 'Beethoven'],
    body: `Das Beethoven-Haus in Bonn hat einen bislang unbekannten Brief Ludwig van Beethovens erworben. In dem Schreiben aus dem Jahr 1817 bittet der Komponist einen Wiener Verleger um einen Vorschuss und klagt über seine Gesundheit.

Der Brief stammt aus einer Privatsammlung in der Schweiz und wurde mit Unterstützung der Kulturstiftung der Länder gekauft. Über den Preis wurde Stillschweigen vereinbart.

Das Schreiben soll ab dem kommenden Frühjahr im Museum im Geburtshaus des Komponisten zu sehen sein.`,
  },
]
