/**
 * @module publishers
 * The fictional outlets of the demo corpus. Homepages use the reserved `.example` TLD; the demo
 * server serves their feeds, articles, images and icons from loopback.
 */

export interface PublisherSource {
  readonly slug: string
  readonly name: string
  readonly homepage: string
  /** ISO 3166-1 alpha-2. */
  readonly country: string
  /** BCP 47 primary language. */
  readonly language: string
  readonly description: string
  /** Icon background colour. */
  readonly color: string
  /** Two or three letters drawn on the icon. */
  readonly initials: string
  /** Main navigation of the article pages. */
  readonly sections: readonly string[]
}

export const publishers: readonly PublisherSource[] = [
  {
    slug: 'northbridge-herald',
    name: 'The Northbridge Herald',
    homepage: 'https://www.northbridge-herald.example/',
    country: 'GB',
    language: 'en',
    description: 'Independent national daily, published in Manchester since 1871.',
    color: '#1d3557',
    initials: 'NH',
    sections: ['UK', 'World', 'Business', 'Climate', 'Sport', 'Culture'],
  },
  {
    slug: 'meridian-europe',
    name: 'Meridian Europe',
    homepage: 'https://meridian-europe.example/',
    country: 'BE',
    language: 'en',
    description: 'Pan-European news and analysis from Brussels and 27 capitals.',
    color: '#0b6e4f',
    initials: 'ME',
    sections: ['EU', 'Security', 'Economy', 'Climate', 'Culture'],
  },
  {
    slug: 'capitol-ledger',
    name: 'The Capitol Ledger',
    homepage: 'https://www.capitol-ledger.example/',
    country: 'US',
    language: 'en',
    description: 'Politics, policy and power in Washington.',
    color: '#8b1e3f',
    initials: 'CL',
    sections: ['White House', 'Congress', 'Courts', 'World', 'Economy'],
  },
  {
    slug: 'lakeshore-tribune',
    name: 'Lakeshore Tribune',
    homepage: 'https://www.lakeshore-tribune.example/',
    country: 'US',
    language: 'en',
    description: "Chicago's morning paper: news, business and sports from the Great Lakes.",
    color: '#005f73',
    initials: 'LS',
    sections: ['Chicago', 'Nation', 'Business', 'Sports', 'Opinion'],
  },
  {
    slug: 'continental-press',
    name: 'Continental Press Agency',
    homepage: 'https://www.cpa-wire.example/',
    country: 'CH',
    language: 'en',
    description: 'CPA: the independent news agency, Geneva. Wire copy for 400 newsrooms.',
    color: '#3d405b',
    initials: 'CPA',
    sections: ['World', 'Markets', 'Science', 'Sport'],
  },
  {
    slug: 'rheinland-courier',
    name: 'Rheinland Courier',
    homepage: 'https://www.rheinland-courier.example/',
    country: 'DE',
    language: 'de',
    description: 'Regional daily from Cologne with an English-language international edition.',
    color: '#b5651d',
    initials: 'RC',
    sections: ['Deutschland', 'Europa', 'Wirtschaft', 'NRW', 'Kultur'],
  },
  {
    slug: 'liffey-times',
    name: 'The Liffey Times',
    homepage: 'https://www.liffeytimes.example/',
    country: 'IE',
    language: 'en',
    description: 'News from Dublin, Ireland and the world.',
    color: '#2a9d8f',
    initials: 'LT',
    sections: ['Ireland', 'World', 'Business', 'Sport', 'Culture'],
  },
  {
    slug: 'dominion-observer',
    name: 'The Dominion Observer',
    homepage: 'https://www.dominion-observer.example/',
    country: 'CA',
    language: 'en',
    description: 'Canadian news from Ottawa and coast to coast.',
    color: '#c1121f',
    initials: 'DO',
    sections: ['Canada', 'Politics', 'Business', 'World', 'Sports'],
  },
  {
    slug: 'southern-cross-review',
    name: 'Southern Cross Review',
    homepage: 'https://www.southerncrossreview.example/',
    country: 'AU',
    language: 'en',
    description: 'Australian and Pacific news, politics and the environment.',
    color: '#023e8a',
    initials: 'SC',
    sections: ['Australia', 'Pacific', 'Business', 'Environment', 'Sport'],
  },
  {
    slug: 'indus-morning-post',
    name: 'Indus Morning Post',
    homepage: 'https://www.indusmorningpost.example/',
    country: 'IN',
    language: 'en',
    description: 'National news from New Delhi and Mumbai.',
    color: '#e76f51',
    initials: 'IM',
    sections: ['India', 'World', 'Business', 'Science', 'Cricket'],
  },
  {
    slug: 'polder-post',
    name: 'The Polder Post',
    homepage: 'https://www.polderpost.example/',
    country: 'NL',
    language: 'en',
    description: 'Dutch news in English, from Amsterdam and The Hague.',
    color: '#f77f00',
    initials: 'PP',
    sections: ['Netherlands', 'Europe', 'Business', 'Climate', 'Culture'],
  },
  {
    slug: 'stack-report',
    name: 'The Stack Report',
    homepage: 'https://www.stackreport.example/',
    country: 'US',
    language: 'en',
    description: 'Technology and science, explained without the hype.',
    color: '#6a4c93',
    initials: 'SR',
    sections: ['Tech', 'Science', 'Space', 'Policy', 'Reviews'],
  },
  {
    slug: 'sumida-times',
    name: 'The Sumida Times',
    homepage: 'https://www.sumida-times.example/',
    country: 'JP',
    language: 'en',
    description: 'English-language daily news from Tokyo.',
    color: '#d62828',
    initials: 'ST',
    sections: ['Japan', 'Asia', 'World', 'Business', 'Culture'],
  },
  {
    slug: 'vistula-review',
    name: 'Vistula Review',
    homepage: 'https://www.vistula-review.example/',
    country: 'PL',
    language: 'en',
    description: 'Poland and Central Europe in English.',
    color: '#264653',
    initials: 'VR',
    sections: ['Poland', 'Region', 'Security', 'Economy'],
  },
  {
    slug: 'petit-quai',
    name: 'Le Petit Quai',
    homepage: 'https://www.lepetitquai.example/',
    country: 'FR',
    language: 'fr',
    description: 'Quotidien parisien indépendant, avec une édition en anglais.',
    color: '#1b998b',
    initials: 'PQ',
    sections: ['France', 'Europe', 'Monde', 'Culture', 'Economie'],
  },
]
