/**
 * @module veridian-battery-recall
 * A fictional electric-car maker recalls 240,000 vehicles over a battery fault: tech, local,
 * Canadian-plant and markets angles.
 */
import type { EventSource } from '../corpus-types.js'

export const veridianBatteryRecall: EventSource = {
  key: 'veridian-battery-recall',
  label: 'Veridian Motors recalls 240,000 electric vehicles over battery fault',
  kind: 'event',
  pieces: [
    {
      feed: 'stack-report/tech',
      h: 40,
      slug: 'veridian-recalls-240000-evs-battery-fault',
      title: 'Veridian recalls 240,000 EVs over a battery flaw that can start fires while parked',
      by: 'Priya Raman',
      tags: ['Electric vehicles', 'Batteries', 'Recalls'],
      img: 'A Veridian Aster electric SUV on a charging bay',
      lede: "A defect in cells from one supplier can short-circuit after fast charging. Owners are told to limit charging to 80% until packs are replaced.",
      body: `Veridian Motors is recalling about 240,000 electric vehicles in the United States and Canada after finding that battery cells from a single supplier can develop internal short circuits, a fault linked to 14 fires, most of them in parked cars.

The recall covers Aster SUVs built between early 2023 and last spring and Solace sedans from the 2024 model year, according to a filing with the National Highway Traffic Safety Administration. No injuries have been reported.

Veridian said the problem stems from a manufacturing defect in which a folded separator, the thin film that keeps a cell's anode and cathode apart, can tear after repeated DC fast charging. The damaged cell can then overheat days later.

## What owners should do

Until replacement modules are available, Veridian will push an over-the-air update that caps charging at 80% and slows fast-charging rates. It also advises owners to park outside and away from buildings. The company says affected battery modules will be replaced free of charge, a process that takes about four hours at a service centre.

"Software can manage the risk, but it can't remove it. The only real fix is new cells," said Dr Hannah Okafor, a battery engineer at Carnegie Mellon University who has studied separator failures.

Veridian, based in Ann Arbor, Michigan, has sold about 600,000 vehicles since it started production in 2020. The recall is the largest in its history and comes as the company battles slowing EV demand and price cuts from rivals.

The cell supplier was not named in the filing. Veridian said it had moved production of new packs to another supplier.`,
    },
    {
      feed: 'lakeshore-tribune/news',
      h: 39,
      slug: 'veridian-recall-illinois-owners-dealers-brace',
      title: 'Veridian recall hits 11,000 Illinois drivers as dealers brace for a rush on service bays',
      by: 'Tony Kowalczyk',
      tags: ['Business', 'Autos', 'Illinois'],
      img: 'Service bays at a suburban Chicago car dealership',
      lede: 'Owners in the Chicago area say they are anxious about where to park. Dealers say parts could take months.',
      body: `Elena Ruiz stopped parking her Veridian Aster in the garage of her Oak Park bungalow the moment she read the recall notice. "I have two kids and a water heater in there," she said. "It lives on the street now."

Ruiz is one of about 11,000 Illinois owners caught up in Veridian Motors' recall of 240,000 electric vehicles over battery cells that can short-circuit and catch fire, according to state registration figures compiled by the Tribune.

The Michigan-based automaker has told owners to limit charging to 80% and to park outdoors until battery modules are replaced. A software update will enforce the charging cap automatically.

Chicago-area dealers said they were preparing for a flood of calls. "We can do maybe six of these a day if the parts are here, and right now the parts are not here," said Greg Malinowski, service manager at a Veridian dealership in Schaumburg. He expects replacement modules to trickle in over several months.

For condo owners, the advice to park outside is not easy to follow. Several downtown buildings with shared garages have emailed residents asking Veridian owners to move their cars, prompting complaints about the cost of street permits and parking meters.

The Illinois attorney general's office said it was monitoring the recall and urged owners who had been charged for related repairs to keep their receipts.

Veridian said owners could request a loaner car if they were unable to park outside. Ruiz said she had called twice. "They told me there's a waiting list for the waiting list," she said.`,
    },
    {
      feed: 'dominion-observer/news',
      h: 37,
      slug: 'ontario-plant-keeps-running-despite-veridian-recall',
      title: 'Ontario plant to keep running despite Veridian battery recall, union says',
      by: 'Nathalie Bouchard',
      tags: ['Business', 'Autos', 'Ontario'],
      img: 'Workers leaving the Veridian assembly plant in Windsor, Ontario',
      lede: 'The Windsor assembly line, which builds the Solace sedan, will not pause, though about 31,000 Canadian vehicles are affected.',
      body: `Veridian Motors' assembly plant in Windsor, Ont., will keep building cars despite the company's recall of 240,000 electric vehicles across North America, the union representing its workers said.

Unifor Local 444 said it had been assured by management that production of the Solace sedan would continue using battery packs from a new supplier. The plant employs about 2,300 people and began production in 2023 with the help of federal and provincial subsidies.

"Our members are not building anything unsafe, and they won't be," said local president Mark Deluca. "The problem is in cells that came from somewhere else."

About 31,000 vehicles registered in Canada are covered by the recall, according to Transport Canada, which said it was reviewing Veridian's remedy. Owners are advised to limit charging to 80% and park outdoors.

The recall is an unwelcome headline for Ottawa's electric-vehicle strategy, which has committed billions of dollars to battery plants and assembly lines in Ontario and Quebec. Industry Minister Mélanie Joly's office said the government was in contact with the company and that the Windsor plant's future "is not in question".

Some analysts were less certain. "A recall of this size hits cash flow hard at a moment when EV makers are already cutting prices," said Farah Siddiqui, an auto industry analyst in Toronto. "Everyone with a plant in Canada will be asked whether it's safe. The answer will depend on sales, not on batteries."`,
    },
    {
      feed: 'northbridge-herald/business',
      h: 36,
      slug: 'veridian-shares-slide-after-battery-recall',
      title: 'Veridian shares slide 9% as battery recall rattles EV investors',
      by: 'Oliver Grant',
      tags: ['Markets', 'Electric vehicles'],
      body: `Shares in Veridian Motors fell 9% on Wall Street after the US electric carmaker announced a recall of 240,000 vehicles to replace battery cells that can short-circuit and catch fire.

The sell-off wiped about $2.1bn off the company's market value and dragged on other electric vehicle makers. Analysts estimated the cost of the recall at between $700m and $1bn, depending on how many battery modules need replacing.

"The engineering problem is solvable. The question is what it does to demand at a time when buyers are already hesitant," said Adaeze Nwosu, an automotive analyst at Harcourt Securities in London.

Veridian does not sell cars in the UK, but it has been in talks about a European assembly site. A person close to the company said those discussions were not affected.

European battery suppliers rose after Veridian said it had switched new production to another cell maker, though the company did not name either supplier.`,
    },
  ],
}
