/**
 * @module continental-press
 * Stand-alone CPA wire texts (no outlet republished these).
 */
import type { Piece } from '../corpus-types.js'

export const continentalPress: readonly Piece[] = [
  {
    feed: 'continental-press/wire',
    h: 0,
    title: 'Asian shares mixed as Nikkei touches record, Hang Seng slips',
    by: 'CPA staff',
    tags: ['Markets', 'Asia'],
    body: `TOKYO (CPA) - Asian stock markets were mixed, with Japan's Nikkei 225 index touching a record high on gains in chipmakers while Hong Kong shares fell on concerns about China's property sector.

The Nikkei rose 0.9% to 49,860 in morning trade, led by Tokyo Electron and Advantest after strong results from a U.S. chip-equipment maker. The broader Topix gained 0.5%.

Hong Kong's Hang Seng index lost 0.7% after a Chinese developer missed an interest payment on an offshore bond. Mainland China's CSI 300 was little changed. South Korea's KOSPI rose 0.4%.

The dollar was steady at 148.4 yen.`,
  },
  {
    feed: 'continental-press/wire',
    h: 7,
    title: 'Indonesian volcano erupts, closing Bali-area airport routes',
    by: 'CPA staff',
    tags: ['World', 'Volcanoes', 'Indonesia'],
    body: `JAKARTA (CPA) - Mount Lewotobi Laki-laki on the Indonesian island of Flores erupted, sending an ash column about 10 km into the sky and forcing the cancellation of dozens of flights to and from Bali, authorities said.

Indonesia's volcanology agency raised the alert to its highest level and extended the exclusion zone around the crater to 7 km. Several thousand residents of nearby villages were moved to shelters. No casualties were reported.

Airlines including Jetstar and Virgin Australia cancelled flights between Bali and Australian cities as a precaution. Bali's I Gusti Ngurah Rai airport remained open.

Indonesia has about 130 active volcanoes.`,
  },
  {
    feed: 'continental-press/wire',
    h: 10,
    title: 'Amazon deforestation in Brazil falls to lowest in over a decade',
    by: 'CPA staff',
    tags: ['Environment', 'Brazil'],
    body: `SAO PAULO (CPA) - Deforestation in Brazil's Amazon rainforest fell 11% in the 12 months to July to its lowest level since 2014, according to the national space research institute INPE.

Satellite data showed about 5,800 square kilometres of forest were cleared, an area roughly the size of the U.S. state of Delaware. Environment Minister Marina Silva said the result reflected stronger enforcement and the cancellation of illegal land claims.

Forest fires, however, burned a record area last year during a severe drought, and scientists warn that degradation from fire and logging is not captured by the deforestation figures.

Brazil has pledged to end illegal deforestation by 2030.`,
  },
  {
    feed: 'continental-press/wire',
    h: 17,
    title: 'Floods kill at least 30 in central Nigeria',
    by: 'CPA staff',
    tags: ['World', 'Africa', 'Floods'],
    body: `ABUJA (CPA) - At least 30 people were killed and thousands displaced after torrential rain caused flooding in Nigeria's Niger state, emergency officials said.

The floods swept through several communities near the town of Mokwa, destroying homes, markets and farmland. Rescue workers were searching for missing people, the National Emergency Management Agency said.

Nigeria suffers seasonal flooding each year, made worse by poor drainage, building on floodplains and the release of water from dams. Floods in 2022 killed more than 600 people.

The state governor declared three days of mourning.`,
  },
  {
    feed: 'continental-press/wire',
    h: 20,
    title: 'CERN council approves next stage of study for giant new collider',
    by: 'CPA staff',
    tags: ['Science', 'Physics', 'Switzerland'],
    body: `GENEVA (CPA) - The governing council of CERN, the European particle physics laboratory, approved funding for the next stage of studies on the Future Circular Collider, a proposed 91-km ring that would succeed the Large Hadron Collider.

The decision covers environmental assessments and detailed engineering on the French-Swiss border but does not commit member states to building the machine, which would cost about 15 billion Swiss francs for its first stage.

CERN's director-general said the collider would allow physicists to study the Higgs boson with unprecedented precision. Critics argue the money would be better spent on smaller experiments.

A final decision is expected around 2028.`,
  },
  {
    feed: 'continental-press/wire',
    h: 32,
    title: "South Korea's exports rise 9% on record chip sales",
    by: 'CPA staff',
    tags: ['Markets', 'Trade', 'South Korea'],
    body: `SEOUL (CPA) - South Korea's exports rose 9.2% last month from a year earlier, driven by record shipments of semiconductors as demand for memory chips used in artificial intelligence data centres surged, trade ministry data showed.

Chip exports jumped 27% to a record $16.1 billion. Shipments of cars fell 4% as exports to the United States, which imposes tariffs on Korean vehicles, declined.

The trade surplus widened to $6.8 billion. Economists said the chip boom was masking weakness in other sectors.`,
  },
  {
    feed: 'continental-press/wire',
    h: 37,
    title: "Egypt opens final galleries of Grand Egyptian Museum with Tutankhamun's chariots",
    by: 'CPA staff',
    tags: ['Culture', 'Egypt'],
    body: `CAIRO (CPA) - Egypt opened the last galleries of the Grand Egyptian Museum near the Giza pyramids, putting on display Tutankhamun's six chariots and a reconstructed funerary boat of the pharaoh Khufu.

The museum, which cost more than $1 billion and took two decades to build, now shows the complete contents of Tutankhamun's tomb for the first time in one place, more than 5,000 objects.

Egyptian officials hope the museum will help attract 30 million tourists a year by 2030. About 15 million visited last year.`,
  },
  {
    feed: 'continental-press/wire',
    h: 50,
    title: "Argentina's monthly inflation slows to 1.9%",
    by: 'CPA staff',
    tags: ['Markets', 'Argentina'],
    body: `BUENOS AIRES (CPA) - Argentina's monthly inflation rate slowed to 1.9% last month from 2.1%, the national statistics agency INDEC said, below analysts' expectations.

Annual inflation fell to 31.8%, down from more than 200% when President Javier Milei took office in December 2023 and began a programme of spending cuts and deregulation.

The peso has been stable since the government loosened currency controls. Economists warned that wage growth was lagging and that consumer spending remained weak.`,
  },
  {
    feed: 'continental-press/wire',
    h: 57,
    title: "Norway's sovereign wealth fund tops $2 trillion",
    by: 'CPA staff',
    tags: ['Markets', 'Norway'],
    body: `OSLO (CPA) - Norway's sovereign wealth fund, the world's largest, passed 20 trillion crowns ($2 trillion) in value for the first time, lifted by gains in technology shares, the central bank's investment arm said.

The fund, built from the country's oil and gas revenues, owns about 1.5% of all listed shares worldwide, including stakes in more than 8,500 companies. Its biggest holdings include Nvidia, Apple and Microsoft.

Each Norwegian citizen's notional share of the fund is now worth about 3.6 million crowns.`,
  },
  {
    feed: 'continental-press/wire',
    h: 64,
    title: 'Ethiopia says giant Nile dam now producing full power',
    by: 'CPA staff',
    tags: ['World', 'Africa', 'Energy'],
    body: `ADDIS ABABA (CPA) - Ethiopia's Grand Ethiopian Renaissance Dam on the Blue Nile is now generating electricity from all 13 of its turbines, giving it a capacity of about 5,150 megawatts, the state power utility said.

The dam, Africa's largest hydropower project, has been a source of tension with Egypt and Sudan, which depend on the Nile's waters and fear reduced flows during droughts. Talks between the three countries on rules for filling and operating the dam have stalled.

Ethiopia plans to export some of the power to neighbouring countries including Kenya and Djibouti.`,
  },
]
