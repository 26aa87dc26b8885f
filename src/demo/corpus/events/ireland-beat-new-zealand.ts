/**
 * @module ireland-beat-new-zealand
 * A rugby Test in Dublin (fictional players), reported from both hemispheres and by the wire.
 */
import type { EventSource } from '../corpus-types.js'

export const irelandBeatNewZealand: EventSource = {
  key: 'ireland-beat-new-zealand',
  label: 'Rugby: Ireland beat New Zealand 24-19 in Dublin',
  kind: 'event',
  pieces: [
    {
      feed: 'liffey-times/news',
      h: 62,
      slug: 'ireland-24-new-zealand-19-keane-late-try',
      title: "Ireland 24 New Zealand 19: Keane's late try seals famous win at the Aviva",
      by: 'Eoin Delaney',
      tags: ['Sport', 'Rugby', 'Ireland'],
      img: 'Cian Keane diving over the line at the Aviva Stadium',
      lede: 'The young winger finished a 14-phase move with four minutes left as Ireland came from ten points down.',
      body: `Cian Keane will be dining out on this one for the rest of his life. With four minutes left and Ireland trailing by two points, the 22-year-old Leinster winger took a flat pass from Jack Dowling on the left, stepped inside Beauden Rāwiri and dived over in the corner to send the Aviva Stadium into delirium.

It capped a remarkable comeback. New Zealand led 19-9 early in the second half after tries from their captain, Tane Whaanga, and the replacement hooker Sione Latu, and for long spells Ireland looked flat, their lineout creaking and their kicking game short.

The turnaround began with the bench. Andy Farrell sent on his replacement front row on 50 minutes, and within ten minutes Ireland had won a penalty try from a collapsed maul. Dowling's conversion and a penalty from 40 metres brought the score to 19-19 before New Zealand's outhalf Finn McCaw-Reid missed a long-range kick that would have restored their lead.

Then came the move of the afternoon: 14 phases, patient and precise, before Keane's finish. Dowling missed the conversion, and Ireland had to survive a final New Zealand attack that ended when the flanker Ronan Tierney won a turnover penalty on his own 22.

"It's not about one try, it's about the 14 phases before it," Farrell said. "The lads kept the ball and kept their heads. That's what I'm proud of."

It was Ireland's sixth win over the All Blacks in their last 11 meetings, a record that would have been unthinkable a generation ago. They face Australia in Dublin next.`,
    },
    {
      feed: 'southern-cross-review/news',
      h: 58,
      slug: 'all-blacks-rue-ill-discipline-dublin-defeat',
      title: 'All Blacks left to rue ill-discipline as Ireland snatch late win in Dublin',
      by: 'Mitchell Hart',
      tags: ['Sport', 'Rugby', 'All Blacks'],
      lede: 'New Zealand conceded 13 penalties and a penalty try after leading by ten points in the second half.',
      body: `New Zealand coach Scott Robertson said his side "beat ourselves" after a 24-19 defeat by Ireland in Dublin in which the All Blacks surrendered a ten-point second-half lead and conceded 13 penalties.

The visitors had looked in control after tries from captain Tane Whaanga and hooker Sione Latu, but a penalty try from a collapsed maul swung momentum, and Irish winger Cian Keane scored the winner four minutes from time.

"We had them where we wanted them and we let them off," Robertson said. "Thirteen penalties at Test level, away from home, you're asking for trouble. That's on us."

First five-eighth Finn McCaw-Reid, making only his fourth start, missed a long-range penalty at 19-19 that would have put New Zealand back in front, but Robertson defended the decision to kick. "He's a good goal-kicker. Sometimes they don't go over."

The result extends a run that has troubled New Zealand supporters: Ireland have now won six of the last 11 meetings between the sides, after failing to win any of the first 28.

Former All Black Jordie Amohanga said on Sky Sport the team's set piece had been "fine" but its discipline at the breakdown was a worry. "You can't give a side like Ireland that many looks at goal," he said.

New Zealand travel to Edinburgh to face Scotland next, with Robertson expected to make several changes to his forward pack.`,
    },
  ],
}
