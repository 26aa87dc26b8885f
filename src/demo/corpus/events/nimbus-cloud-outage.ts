/**
 * @module nimbus-cloud-outage
 * A fictional cloud provider's outage knocks apps offline on two continents.
 */
import type { EventSource } from '../corpus-types.js'

export const nimbusCloudOutage: EventSource = {
  key: 'nimbus-cloud-outage',
  label: 'Nimbus cloud outage knocks banks, airlines and apps offline',
  kind: 'event',
  pieces: [
    {
      feed: 'stack-report/tech',
      h: 11,
      updatedH: 7,
      slug: 'nimbus-outage-knocks-banks-airlines-games-offline',
      title: 'A bad config push at Nimbus took banks, airlines and games offline for four hours',
      by: 'Daniel Osei',
      tags: ['Cloud', 'Outages', 'Infrastructure'],
      img: 'Status dashboard showing red error bars across regions',
      lede: 'Nimbus Cloud Services blamed an automated change to its identity service. The blast radius shows how concentrated the internet has become.',
      body: `A faulty configuration change at Nimbus Cloud Services, one of the largest providers of rented computing, caused a four-hour outage that knocked banking apps, airline check-in systems, streaming services and online games offline across North America and Europe.

The failure began at about 7:40 a.m. Eastern time in Nimbus's us-east-2 region, the company said in a preliminary incident report. An automated deployment pushed an invalid configuration to its identity and access service, which every other Nimbus service calls to check whether a request is allowed. When the identity service started rejecting requests, storage, databases and load balancers that depend on it began to fail too.

"It's the classic shared dependency. Everyone has redundancy for their servers, and then everyone's servers ask the same service for permission," said Camille Dufresne, a site reliability engineer who previously worked at a large cloud provider.

Nimbus rolled back the change within 50 minutes, but recovery took much longer because millions of clients retried their requests at once, creating what engineers call a thundering herd. Full service was restored by about 11:45 a.m.

## Who went down

Downdetector recorded more than 6 million problem reports. Affected services included several UK high street banks' apps, check-in kiosks for two US airlines, a popular battle-royale game and a range of smart-home devices that stopped responding.

Nimbus promised a full post-incident review within two weeks and said it would change its deployment process so that configuration updates to the identity service roll out region by region. Customers running across several regions were largely unaffected, the company said.

The outage will add to pressure on regulators. The EU's Digital Operational Resilience Act already requires banks to manage concentration risk from cloud providers, and the UK is designating some providers as critical third parties subject to direct oversight.`,
    },
    {
      feed: 'lakeshore-tribune/news',
      h: 10,
      slug: 'ohare-check-in-delays-bank-app-failures-nimbus-outage',
      title: "O'Hare check-in delays and bank app failures as Nimbus cloud outage ripples through Chicago",
      by: 'Jasmine Carter',
      tags: ['Chicago', 'Technology', 'Travel'],
      lede: 'Travelers queued at paper check-in desks and some customers could not pay with their phones during the morning rush.',
      body: `Lines snaked through Terminal 1 at O'Hare International Airport as an outage at cloud provider Nimbus Cloud Services took down self-service check-in kiosks and mobile boarding passes for one of the airport's largest carriers.

Agents checked in passengers by hand for nearly three hours. The airline said about 40 flights left late, and a handful of connecting passengers missed onward flights. "They were writing seat numbers on the back of receipts," said Dwayne Harris, who was flying to Denver for a trade show. "It felt like 1995."

Across the city, customers of at least two banks reported that they could not log into mobile apps, and some coffee shops and convenience stores lost the ability to take mobile payments. CTA Ventra fare systems were not affected, the transit agency said.

Nimbus, based in Seattle, said the outage was caused by a faulty configuration change and was fully resolved by late morning. It did not say how many customers were affected.

Chicago's chief technology officer said city services, including 311, had stayed online because they run on a different provider. "This is exactly why we built in redundancy," she said.

Small businesses were less fortunate. Maya Rosen, who runs a bakery in Andersonville, said she lost most of her morning rush because her point-of-sale system depends on Nimbus. "Cash only, and nobody carries cash," she said. "I gave away a lot of croissants."`,
    },
    {
      feed: 'northbridge-herald/business',
      h: 9,
      slug: 'uk-banks-blame-cloud-provider-app-outage',
      title: 'UK banks blame US cloud provider for afternoon app outage',
      by: 'Rachel Okonjo',
      tags: ['Banking', 'Technology', 'Regulation'],
      lede: 'Customers of three high street lenders were locked out of their accounts for more than three hours.',
      body: `Customers of three of Britain's biggest high street banks were unable to log in to mobile apps or online banking for more than three hours after an outage at Nimbus Cloud Services, the US cloud computing company.

The banks said card payments and cash machines continued to work but that customers could not check balances, make transfers or pay bills online during the disruption, which began shortly after lunchtime UK time.

Nimbus said the problem was caused by a faulty configuration change to one of its core systems and had been fixed. The banks apologised and said no customer data had been compromised.

The chair of the Treasury select committee said she would write to the banks and to Nimbus asking why a problem at a single supplier had been able to disrupt so many customers. "Resilience means not having all your eggs in one American basket," she said.

The outage comes as the Treasury prepares to designate the first cloud providers as "critical third parties" under rules that give the Bank of England and the Financial Conduct Authority powers to oversee them directly. Nimbus is expected to be among them.

Figures compiled by the committee show that major banks and building societies suffered more than 800 hours of IT outages over the past two years.`,
    },
    {
      feed: 'dominion-observer/news',
      h: 10,
      slug: 'nimbus-outage-canadian-retailers-payments',
      title: 'Canadian retailers, transit apps hit by Nimbus cloud outage',
      by: 'Owen Tremblay',
      tags: ['Business', 'Technology'],
      body: `A morning-long outage at U.S.-based Nimbus Cloud Services disrupted mobile payments at Canadian retailers, froze transit trip-planning apps in Toronto and Vancouver and knocked several online government services offline, before service was restored shortly before noon Eastern time.

Nimbus said an automated configuration change to its identity service triggered the failure in one of its data centre regions in the eastern United States. Canadian customers whose systems run in Nimbus's Montreal region were largely unaffected, the company said, but many Canadian businesses rely on U.S. regions for at least some services.

The Retail Council of Canada said members reported problems with loyalty apps and some point-of-sale terminals. "For two or three hours, a lot of stores were cash and card only, and some couldn't even do card," said a council spokesperson.

The outage revived calls for Ottawa to speed up its sovereign cloud strategy, announced last year, which aims to keep sensitive government data on infrastructure controlled in Canada. The minister responsible for digital government said the federal government's core systems had been unaffected.

"Outages will happen. The question is whether you have designed for them," said Rebecca Amankwah, a cloud architect in Waterloo, Ont. "Too many organizations picked one region and hoped for the best."`,
    },
  ],
}
