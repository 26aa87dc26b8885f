/**
 * @module webb-steam-world
 * The James Webb Space Telescope finds signs of a steam-rich atmosphere on a temperate
 * super-Earth (a fictional planet and team).
 */
import type { EventSource } from '../corpus-types.js'

export const webbSteamWorld: EventSource = {
  key: 'webb-steam-world',
  label: 'Webb telescope finds signs of a steam atmosphere on a temperate super-Earth',
  kind: 'event',
  pieces: [
    {
      feed: 'stack-report/tech',
      h: 60,
      slug: 'webb-finds-signs-of-steam-atmosphere-temperate-super-earth',
      title: 'Webb finds signs of a steamy atmosphere on a temperate super-Earth 70 light-years away',
      by: 'Maya Lindgren',
      tags: ['Space', 'Astronomy', 'Exoplanets'],
      img: "Artist's impression of a hazy blue super-Earth in front of a red dwarf star",
      lede: 'The planet, TOI-2291 b, may be a "water world" with a thick envelope of steam, though other explanations are possible.',
      body: `Astronomers using the James Webb Space Telescope have detected strong signs of water vapour in the atmosphere of a planet about 1.7 times the size of Earth orbiting a small red star 70 light-years away, according to a study published in Nature Astronomy.

The planet, designated TOI-2291 b, was discovered by NASA's TESS satellite in 2022. It completes an orbit every 11 days and receives roughly 1.4 times as much starlight as Earth does from the Sun, placing it near the inner edge of its star's habitable zone.

Webb watched the planet pass in front of its star four times. During each transit a tiny fraction of starlight filters through the planet's atmosphere, and molecules there absorb particular wavelengths. The team, led by Dr Ananya Rao of the Indian Institute of Astrophysics in Bengaluru, found absorption features that match water, along with weaker hints of carbon dioxide.

## Steam world or something else?

The simplest interpretation, the authors say, is a planet with a deep layer of water beneath a thick, hot atmosphere rich in steam: a "hycean" or water world. But they caution that starspots on the red dwarf can mimic water signals, and that a rocky planet with a hydrogen-rich atmosphere could produce a similar spectrum.

"We have a strong detection of something that looks like water. Whether it is in the planet or partly on the star is what we now need to pin down," said Dr Rao.

Independent researchers were cautiously enthusiastic. "This is one of the cleanest small-planet spectra Webb has produced," said Dr Lucas Brennan, an exoplanet scientist at the University of Chicago who was not involved. "The starspot caveat is real, though. Red dwarfs are messy."

The team has been awarded more Webb time to observe the planet at longer wavelengths, which should help separate the planet's signal from the star's.`,
    },
    {
      feed: 'indus-morning-post/news',
      h: 57,
      slug: 'indian-led-team-behind-webb-steam-world-finding',
      title: "Bengaluru astronomer leads Webb team that spotted water on a distant 'steam world'",
      by: 'Raghav Menon',
      tags: ['Science', 'Space', 'Astronomy'],
      img: 'Dr Ananya Rao at the Indian Institute of Astrophysics, Bengaluru',
      lede: 'Dr Ananya Rao of the Indian Institute of Astrophysics says the planet TOI-2291 b may be covered by a deep ocean beneath a steamy atmosphere.',
      body: `A team led by Bengaluru-based astronomer Dr Ananya Rao has used NASA's James Webb Space Telescope to detect water vapour in the atmosphere of a planet orbiting a star 70 light-years from Earth, one of the most detailed observations yet of a planet this small.

Dr Rao, an associate professor at the Indian Institute of Astrophysics (IIA), is the first scientist working in India to lead a Webb exoplanet study published in a major journal. Her 14-member team includes researchers from the Physical Research Laboratory in Ahmedabad and universities in the US, UK and Germany.

"When the first spectrum came in at two in the morning, I called my co-author in Ahmedabad and woke her up," Dr Rao told the Indus Morning Post. "We both knew it could be something special, and we both knew we had to be very careful."

The planet, TOI-2291 b, is about 1.7 times the size of Earth and orbits a red dwarf star every 11 days. The water signal could come from a thick, steam-rich atmosphere above a global ocean, though starspots on the host star might also contribute.

Telescope time on Webb is among the most competitive in science, with roughly one proposal in nine accepted. The institute's director said the result showed that Indian astronomers could "compete at the very top" and called for more Indian participation in future international observatories.

Dr Rao studied physics at St Stephen's College, Delhi, and completed her doctorate at the Tata Institute of Fundamental Research in Mumbai. Her team has been awarded further Webb observations next year.`,
    },
    {
      feed: 'lakeshore-tribune/news',
      h: 55,
      slug: 'uchicago-scientist-webb-steam-world-starspots',
      title: "Water on a super-Earth? UChicago scientist says Webb result is exciting but 'red dwarfs are messy'",
      by: 'Anita Desai',
      tags: ['Science', 'Space'],
      body: `The James Webb Space Telescope has spotted what looks like water vapor in the air of a planet 70 light-years away, and astronomers at the University of Chicago have been among the first to dig into the data.

The planet, TOI-2291 b, is a so-called super-Earth, about 1.7 times the width of our own, and circles a small, cool red dwarf star. An international team led by India's Indian Institute of Astrophysics reported the detection in the journal Nature Astronomy.

"This is one of the cleanest small-planet spectra Webb has produced," said Lucas Brennan, an exoplanet astronomer at UChicago who was not involved in the study but has analyzed similar planets. "The caveat is that red dwarfs are messy. They have starspots, and cool starspots can contain water vapor of their own."

That matters because the technique used, transmission spectroscopy, reads the starlight that filters through a planet's atmosphere as it passes in front of its star. If the star's surface is patchy, the fingerprint of the star can be mistaken for the fingerprint of the planet.

Brennan's group at the university's Department of Astronomy and Astrophysics is developing models to separate the two signals, work funded in part by NASA. He said further observations planned for next year should settle the question.

Webb, launched in 2021, is operated by NASA with the European and Canadian space agencies. Its science operations are run from Baltimore.`,
    },
  ],
}
