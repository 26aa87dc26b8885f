/**
 * @module petit-quai
 * Stand-alone entries of Le Petit Quai (Paris): the English edition (Atom 0.3, full text) and the
 * French front page feed (RSS 2.0, teasers).
 */
import type { Piece } from '../corpus-types.js'

export const petitQuai: readonly Piece[] = [
  {
    feed: 'petit-quai/english',
    h: 3,
    title: 'Paris bans cars from 500 more streets around schools',
    by: 'Camille Laurent',
    tags: ['Paris', 'Transport'],
    img: 'Children cycling on a car-free street outside a Paris primary school',
    body: `Paris will close 500 more streets outside schools to motor traffic, bringing the total of so-called "school streets" to more than 800, City Hall announced.

The streets will be planted with trees and fitted with benches, and some will become permanent pedestrian zones. The city says air pollution near schools has fallen measurably where the scheme has been applied.

Motorists' associations and some shopkeepers complained that the city was making life impossible for people who need to drive. Paris residents voted in a local referendum last year to turn another 500 streets green.`,
  },
  {
    feed: 'petit-quai/english',
    h: 10,
    title: 'France’s public debt passes 116% of GDP as budget talks stall',
    by: 'Antoine Girard',
    tags: ['Economy', 'Politics', 'Budget'],
    body: `France's public debt rose to 116% of gross domestic product at the end of the last quarter, according to the statistics agency Insee, as the government struggles to pass a budget through a divided National Assembly.

The debt stood at about €3.4 trillion. Rating agencies have downgraded France in recent months, citing political instability and slow progress in reducing the deficit, which is around 5.4% of GDP.

The government has proposed spending freezes and new taxes on high earners and large companies. Opposition parties on the left and right have threatened to bring it down if their demands are not met.`,
  },
  {
    feed: 'petit-quai/english',
    h: 19,
    title: 'Notre-Dame welcomes its 10 millionth visitor since reopening',
    by: 'Hélène Marchal',
    tags: ['Paris', 'Culture'],
    body: `Notre-Dame de Paris has welcomed its 10 millionth visitor since reopening in December 2024 after the fire of 2019, the cathedral's rector said, a pace that puts it on track to exceed pre-fire attendance.

Entry remains free, despite suggestions from the culture minister that tourists should pay a small fee to fund the upkeep of French churches. Visitors book time slots online at busy periods.

Work continues on the exterior, including restoration of the flying buttresses and the sacristy.`,
  },
  {
    feed: 'petit-quai/english',
    h: 28,
    title: 'Marseille launches its first automated metro line',
    by: 'Camille Laurent',
    tags: ['Marseille', 'Transport'],
    body: `Marseille's metro line 1 now runs with driverless trains, after a conversion that took almost a decade and cost about €700 million.

Trains now run every two minutes at peak times, compared with every three and a half minutes before. Line 2 is due to be automated next.

The city's transport has long been criticised as inadequate. A €1 billion state plan for Marseille, announced in 2021, includes new tram lines and school renovations.`,
  },
  {
    feed: 'petit-quai/english',
    h: 42,
    title: 'Champagne harvest is one of the earliest on record',
    by: 'Antoine Girard',
    tags: ['Wine', 'Agriculture', 'Climate'],
    img: 'Grape pickers in a vineyard near Épernay',
    body: `Champagne houses report that this year's harvest began in August for many growers, among the earliest on record, with good quality grapes but lower yields after spring frosts and summer heat.

The Comité Champagne set the maximum yield at 9,000 kg per hectare, reflecting weak sales: shipments of champagne have fallen for two years as consumers in France and the United States cut back.

Winemakers say climate change has pushed harvests forward by about two weeks since the 1990s.`,
  },
  {
    feed: 'petit-quai/english',
    h: 49,
    title: 'Lyon court orders Rhône chemical plant to cut PFAS discharges',
    by: 'Antoine Girard',
    tags: ['Environment', 'Lyon'],
    body: `An administrative court in Lyon has ordered a chemical plant south of the city to sharply reduce its discharges of PFAS, so-called forever chemicals, into the Rhône, after residents and environmental groups sued.

The plant, in the "chemical valley" south of Lyon, has been under investigation since a documentary revealed high levels of PFAS in the surrounding area. Residents of nearby towns have been advised not to eat eggs from their own hens.

France passed a law in 2025 banning PFAS in cosmetics, ski wax and clothing from 2026.`,
  },
  {
    feed: 'petit-quai/english',
    h: 57,
    title: 'Tour de France to start in Barcelona, organisers confirm route',
    by: 'Hélène Marchal',
    tags: ['Sport', 'Cycling'],
    body: `Next year's Tour de France will begin in Barcelona with a team time trial, organisers said when they presented the route in Paris, followed by two stages in Catalonia before the race crosses into France via the Pyrenees.

The route includes eight mountain stages, with a summit finish on Alpe d'Huez on the penultimate day.

Barcelona previously hosted the start of the Tour in 1957.`,
  },
  {
    feed: 'petit-quai/english',
    h: 65,
    title: 'French Riviera town bans new short-term rentals',
    by: 'Camille Laurent',
    tags: ['Housing', 'Tourism'],
    body: `The seaside town of Saint-Jean-Cap-Ferrat has banned new short-term holiday rental licences, using powers given to mayors under a 2024 law designed to help local people find housing.

The mayor said more than half the homes in the town were now second homes or holiday rentals and that teachers and nurses could no longer afford to live there.

Other resort towns, including Annecy and Biarritz, have introduced similar restrictions.`,
  },
  {
    feed: 'petit-quai/english',
    h: 70,
    title: 'Louvre to move Mona Lisa to dedicated room under renovation plan',
    by: 'Hélène Marchal',
    tags: ['Culture', 'Museums'],
    body: `The Louvre will move the Mona Lisa to a dedicated room with its own entrance under a renovation plan that includes a new entrance on the east side of the museum, officials said.

The museum, the most visited in the world, has struggled with overcrowding. Staff walked out briefly earlier this year in protest at working conditions.

The project is expected to cost up to €800 million and be completed by 2031. Ticket prices for visitors from outside the European Union will rise to fund it.`,
  },
  {
    feed: 'petit-quai/une',
    h: 5,
    title: "Paris : 500 nouvelles « rues aux écoles » fermées à la circulation",
    by: 'Camille Laurent',
    tags: ['Paris', 'Mobilités'],
    body: `La Ville de Paris va fermer à la circulation 500 rues supplémentaires aux abords des écoles, portant à plus de 800 le nombre de ces « rues aux écoles ».

Ces rues seront végétalisées et équipées de bancs. Selon la mairie, la pollution de l'air a nettement baissé devant les établissements concernés.

Les associations d'automobilistes dénoncent une mesure qui complique la vie de ceux qui n'ont pas d'autre choix que la voiture.`,
  },
  {
    feed: 'petit-quai/une',
    h: 20,
    title: 'Budget : le gouvernement cherche encore une majorité',
    by: 'Antoine Girard',
    tags: ['Politique', 'Budget'],
    body: `À l'Assemblée nationale, l'examen du projet de loi de finances se poursuit sans majorité claire. Le gouvernement multiplie les concessions pour éviter une motion de censure.

La dette publique a dépassé 116 % du PIB, selon l'Insee. Les agences de notation ont abaissé la note de la France ces derniers mois.

Les oppositions de gauche réclament une taxation accrue des hauts patrimoines, tandis que la droite s'oppose à toute hausse d'impôts.`,
  },
  {
    feed: 'petit-quai/une',
    h: 40,
    title: "Vendanges en Champagne : une récolte précoce mais peu abondante",
    by: 'Antoine Girard',
    tags: ['Vin', 'Agriculture'],
    body: `Les vendanges ont commencé dès le mois d'août pour de nombreux vignerons champenois, l'une des récoltes les plus précoces jamais enregistrées.

Les raisins sont de bonne qualité, mais les rendements sont en baisse après les gelées de printemps et la chaleur estivale. Le Comité Champagne a fixé le rendement maximal à 9 000 kg par hectare.

Les expéditions de champagne reculent depuis deux ans, en France comme aux États-Unis.`,
  },
  {
    feed: 'petit-quai/une',
    h: 60,
    title: 'Le Tour de France partira de Barcelone',
    by: 'Hélène Marchal',
    tags: ['Sport', 'Cyclisme'],
    body: `Le prochain Tour de France s'élancera de Barcelone par un contre-la-montre par équipes, ont annoncé les organisateurs lors de la présentation du parcours à Paris.

Après deux étapes en Catalogne, le peloton rejoindra la France par les Pyrénées. Le parcours compte huit étapes de montagne, dont une arrivée à l'Alpe d'Huez l'avant-dernier jour.

Barcelone avait déjà accueilli le départ de la Grande Boucle en 1957.`,
  },
  {
    feed: 'petit-quai/une',
    h: 69,
    title: 'Louvre : la Joconde aura sa propre salle',
    by: 'Hélène Marchal',
    tags: ['Culture', 'Musées'],
    body: `La Joconde va quitter la salle des États pour une salle dédiée, dotée de sa propre entrée, dans le cadre d'un vaste projet de rénovation du Louvre.

Le chantier, estimé jusqu'à 800 millions d'euros, doit s'achever en 2031. Une nouvelle entrée sera créée à l'est du musée.

Le prix du billet augmentera pour les visiteurs venant de pays hors de l'Union européenne.`,
  },
]
