/**
 * @module stack-report
 * Stand-alone entries of The Stack Report (San Francisco), full-text Atom: tech and science.
 */
import type { Piece } from '../corpus-types.js'

export const stackReport: readonly Piece[] = [
  {
    feed: 'stack-report/tech',
    h: 2,
    title: 'The EU’s right-to-repair rules are coming for your phone battery',
    by: 'Priya Raman',
    tags: ['Policy', 'Hardware', 'Europe'],
    img: 'Exploded view of a smartphone with its battery removed',
    body: `Phones sold in the European Union will soon have to come with batteries that a user can replace with commonly available tools, or that survive at least 1,000 full charge cycles while keeping 80% of their capacity. It is one of the most concrete changes Europe's right-to-repair push has produced.

The rules also require manufacturers to supply spare parts for seven years after a model stops being sold and to publish repair information. Phones will carry an energy label with a repairability score from A to E, similar to the labels on fridges.

Manufacturers have mostly chosen the durability route rather than making batteries user-swappable, so do not expect a return of the clip-off backs of the early 2000s. But independent repair shops say access to genuine parts and manuals will make the bigger difference.

"The label is the sleeper feature," said Kyle Brandt, a repair technician who runs a shop in Berlin. "Once people see a D next to a phone, they will ask why."`,
  },
  {
    feed: 'stack-report/tech',
    h: 8,
    title: 'A startup says it can pull lithium from oilfield brine for half the cost. Here is the catch',
    by: 'Daniel Osei',
    tags: ['Energy', 'Batteries', 'Startups'],
    body: `A Texas startup says its direct lithium extraction process, which uses a reusable sorbent to pull lithium out of salty water left over from oil drilling, can produce battery-grade lithium carbonate at about half the cost of conventional mines.

The company has run a pilot plant in the Permian Basin for 18 months and plans a commercial facility producing 5,000 tons a year. It says the process uses a fraction of the land and water of evaporation ponds in Chile.

The catch is scale and chemistry. Oilfield brines contain far less lithium than South American salt flats, which means pumping enormous volumes of water, and impurities such as magnesium can foul sorbents over time. Several direct-extraction projects have struggled to move from pilot to production.

With lithium prices down about 80% from their 2022 peak, investors are also asking whether any new supply is needed soon.`,
  },
  {
    feed: 'stack-report/tech',
    h: 14,
    title: 'Open-source model from a Paris lab tops coding benchmark at a fraction of the size',
    by: 'Priya Raman',
    tags: ['AI', 'Open source'],
    body: `A Paris-based AI lab released an open-weights language model with 24 billion parameters that it says matches much larger proprietary systems on a popular benchmark of real-world software engineering tasks.

The model, released under the permissive Apache 2.0 licence, can run on a single high-end graphics card. Developers who tested it over the weekend reported that it handled multi-file refactoring well but struggled with less common programming languages.

Benchmarks in this area are increasingly contested. Researchers have warned that test problems can leak into training data and that scores do not always reflect how useful a model is to working programmers.

Still, the release adds to evidence that the gap between open and closed models is narrowing for coding tasks.`,
  },
  {
    feed: 'stack-report/tech',
    h: 20,
    title: 'NASA’s Europa Clipper completes Mars flyby on its way to Jupiter',
    by: 'Maya Lindgren',
    tags: ['Space', 'NASA'],
    img: 'Mars photographed by Europa Clipper during its flyby',
    body: `NASA's Europa Clipper spacecraft swung past Mars earlier this year, using the planet's gravity to adjust its course toward Jupiter, and has now returned the infrared images it captured during the flyby, which engineers used to calibrate its thermal camera.

The spacecraft, launched in October 2024, will return to Earth for another gravity assist next year before arriving at Jupiter in 2030. It will then make 49 close flybys of Europa, an icy moon that is thought to hide a global ocean beneath its shell.

The mission is designed to assess whether that ocean could support life. It carries nine science instruments and a gravity experiment, and its solar arrays span more than 30 metres.`,
  },
  {
    feed: 'stack-report/tech',
    h: 26,
    title: 'Review: the new e-reader that finally gets color right',
    by: 'Leo Park',
    tags: ['Reviews', 'Gadgets'],
    body: `Color e-paper has been a compromise for years: washed-out hues, a gray cast over text and sluggish page turns. The latest seven-inch reader from a Shenzhen manufacturer is the first I have used where color feels like a feature rather than a tax.

Comics and magazine layouts look muted but pleasant, closer to newsprint than to a tablet. Black text on white is nearly as crisp as on the best monochrome screens, at 300 pixels per inch. Battery life in my testing was about five weeks of half an hour of reading a day.

The software is the weak point. The store is thin outside English and Chinese, and sideloading EPUB files requires a clunky desktop app. But at $199, it is the e-reader I would recommend to anyone who reads cookbooks or graphic novels.`,
  },
  {
    feed: 'stack-report/tech',
    h: 32,
    title: 'Researchers find a bug in a widely used compression library that dates to 2011',
    by: 'Daniel Osei',
    tags: ['Security', 'Open source'],
    body: `Security researchers disclosed a memory-safety flaw in a widely used open-source compression library that has been present since 2011, and which could allow a specially crafted file to crash applications or, in some configurations, execute code.

The library is embedded in thousands of projects, from web servers to image viewers. Maintainers released a patch, and major Linux distributions have shipped updates.

The researchers found the bug using a fuzzing tool guided by a large language model, which generated unusual inputs that traditional fuzzers had missed. They said the approach had uncovered several other issues that are still under embargo.

The discovery renews questions about the funding of critical open-source projects maintained by a handful of volunteers.`,
  },
  {
    feed: 'stack-report/tech',
    h: 39,
    title: 'Why your next heat pump might use propane',
    by: 'Priya Raman',
    tags: ['Climate', 'Energy', 'Home'],
    body: `Heat pumps are becoming the default way to heat new homes in much of Europe, and a growing number now use propane, known in the trade as R290, as their refrigerant instead of synthetic gases.

Propane has a global warming potential of about 3, compared with more than 600 for R32, a common alternative. It also works well at high temperatures, which makes it suitable for retrofitting older homes with radiators.

The drawback is flammability, so manufacturers limit the amount in each unit and install outdoor units away from windows and drains. EU rules on fluorinated gases will push most new heat pumps toward natural refrigerants by the end of the decade.`,
  },
  {
    feed: 'stack-report/tech',
    h: 44,
    title: 'The first commercial fusion power plant just hired its operators. It has not been built yet',
    by: 'Maya Lindgren',
    tags: ['Energy', 'Fusion'],
    body: `A fusion energy company in Massachusetts has started recruiting the people who will run a power plant it plans to build in Virginia in the early 2030s, an unusual step for an industry that has yet to produce more energy than it consumes.

The company says operators need years of training, and it wants them involved in the design of control rooms and safety procedures. It has signed an agreement to sell power to a large technology company.

Skeptics point out that the company's demonstration machine, which is meant to show net energy gain, has not yet switched on. But investors have poured more than $6 billion into private fusion firms.`,
  },
  {
    feed: 'stack-report/tech',
    h: 50,
    title: 'A tiny crustacean may explain how deep-sea vents get colonized',
    by: 'Maya Lindgren',
    tags: ['Science', 'Oceans', 'Biology'],
    body: `Larvae of a tiny crustacean that lives around hydrothermal vents can drift hundreds of kilometres on deep ocean currents before settling, according to a study that tracked them using genetic markers, helping to explain how newly formed vents are colonized within months.

Hydrothermal vents are short-lived on geological timescales: they can shut down after a volcanic eruption or shift location. The communities around them, which depend on chemical energy rather than sunlight, must be able to find new homes.

The research, based on samples collected by a remotely operated vehicle along the East Pacific Rise, also has implications for deep-sea mining, which could destroy vent habitats.`,
  },
  {
    feed: 'stack-report/tech',
    h: 53,
    title: 'California passes law requiring AI companions to remind users they are not human',
    by: 'Priya Raman',
    tags: ['AI', 'Policy', 'California'],
    body: `California enacted a law requiring companies that offer AI "companion" chatbots to remind users regularly that they are talking to software, and to maintain protocols for responding to users who express suicidal thoughts.

The law applies to chatbots designed to form ongoing relationships with users. Minors must be reminded every three hours, and companies must report annually on how often their systems referred users to crisis services.

Child-safety groups said the law was a start. Tech industry groups argued that it was vague and could apply to general-purpose assistants.`,
  },
  {
    feed: 'stack-report/tech',
    h: 61,
    title: 'The cheapest way to cut your home internet bill might be the oldest trick',
    by: 'Leo Park',
    tags: ['Consumer tech', 'Broadband'],
    body: `If your broadband bill has crept up since your promotional rate ended, the most effective thing you can do is call and ask for a better deal. That is what we found after testing retention offers from five large U.S. internet providers over two months.

In four of five cases, agents offered a lower price, typically $10 to $25 a month less, when our testers said they were considering switching. In two cases, a faster plan was offered at the same price.

The trick works best if you have checked what competitors offer at your address and can name a specific price. It works least well where there is only one provider.`,
  },
  {
    feed: 'stack-report/tech',
    h: 67,
    title: 'Astronomers spot the most distant spiral galaxy yet',
    by: 'Maya Lindgren',
    tags: ['Space', 'Astronomy'],
    body: `Astronomers using the James Webb Space Telescope have identified a spiral galaxy that existed about 1.5 billion years after the Big Bang, the most distant example yet of a galaxy with well-defined spiral arms.

Spirals were long thought to form relatively late, once galaxies had settled into stable disks. The finding suggests some galaxies matured remarkably quickly.

The galaxy, nicknamed after a Hindu river goddess by the team that found it, is about as massive as the Milky Way was at a comparable stage.`,
  },
  {
    feed: 'stack-report/tech',
    h: 71,
    title: 'GitHub outage? No, it was your DNS: a field guide to debugging “the internet is down”',
    by: 'Leo Park',
    tags: ['Explainers', 'Networking'],
    body: `When a website will not load, the problem is often not the website. Before you blame a cloud provider, here is the order in which we check things.

First, try another site and another device. If nothing works, restart the router. If some sites work and others do not, the culprit is often DNS, the system that turns names into addresses. Switching your device to a different public DNS resolver for a few minutes will tell you quickly.

Next, check a status page or an outage tracker. If thousands of people are reporting the same service down, it is not you. If nobody is, clear your browser cache, disable extensions, and try a private window.

And if all else fails, wait ten minutes. It is astonishing how many outages fix themselves.`,
  },
]
