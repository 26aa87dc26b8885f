/**
 * @module nato-rutte-white-house
 * CENTREPIECE. NATO Secretary-General Mark Rutte's White House visit, where President Trump presses
 * allies to "pay their fair share" and move from the 2% guideline towards 5% of GDP.
 */
import type { EventSource } from '../corpus-types.js'

export const natoRutteWhiteHouse: EventSource = {
  key: 'nato-rutte-white-house',
  label: "Rutte at the White House: Trump presses NATO allies to 'pay their fair share'",
  kind: 'event',
  pieces: [
    {
      feed: 'meridian-europe/europe',
      h: 20,
      slug: 'rutte-to-convince-trump-to-stay-in-nato',
      title:
        'Rutte to convince Trump to stay in NATO as allies face pressure to raise defence spending',
      by: 'Elise Vandermeulen',
      tags: ['Security', 'NATO', 'Transatlantic relations'],
      img: 'Mark Rutte speaking at a lectern at NATO headquarters',
      lede: "NATO's secretary-general travels to Washington with one task: keep the United States committed to the alliance while European capitals scramble to show they are spending more on defence.",
      body: `Mark Rutte will sit down with Donald Trump in the Oval Office later today, Washington time, in what officials in Brussels privately describe as the most consequential meeting of his tenure as NATO secretary-general.

The former Dutch prime minister's brief is simple to state and hard to deliver: persuade the American president that the alliance is worth staying in, at a moment when Mr Trump has again questioned whether the United States should defend allies that, in his words, "don't pay".

## From 2% to 5%

The pressure is about money. For a decade NATO members have measured themselves against a guideline, agreed at the 2014 Wales summit, of spending 2% of gross domestic product on defence. Allies have since signed up to a far steeper goal of 5% of GDP, of which 3.5% would go on core military spending and 1.5% on related items such as infrastructure and cyber defence.

Washington wants the timetable shortened. Several European diplomats told Meridian that the White House had signalled it would ask for "credible national plans" showing how each ally would reach the new level, and that Mr Trump was unlikely to accept promises that stretch into the next decade.

"Rutte's job is to walk in with numbers, not adjectives," said one EU ambassador, who spoke on condition of anonymity because the preparations are confidential. "The president responds to charts. He has been given a lot of charts."

## Article 5 on the table

European capitals are less worried about the figures than about the tone. Mr Trump has repeatedly suggested that America's commitment to collective defence under Article 5 of the North Atlantic Treaty depends on allies' spending, and officials fear a public rebuke that adversaries could read as a crack in the alliance.

Katrin Vogt, a senior fellow at the European Security Forum in Berlin, said Mr Rutte had become the alliance's chief "Trump whisperer" because he frames European spending as a victory for American pressure. "He will give the president the credit. That is the strategy, and so far it has worked," she said.

Mr Rutte is also expected to press for continued American support for Ukraine, including the arrangement under which European allies buy US-made weapons for Kyiv.

A NATO spokesperson said the secretary-general looked forward to "a substantive discussion on burden-sharing and on keeping our alliance strong". No joint press conference has been announced.`,
    },
    {
      feed: 'capitol-ledger/politics',
      h: 17,
      slug: 'trump-to-demand-nato-allies-pay-their-fair-share',
      title: "Trump to demand NATO allies 'pay their fair share' as Rutte visits White House",
      by: 'Dana Whitfield',
      tags: ['White House', 'NATO', 'Defense'],
      img: 'President Donald Trump in the Oval Office',
      lede: 'The president plans to tell NATO chief Mark Rutte that allies must move faster toward spending 5% of GDP on defense, aides say.',
      body: `President Donald Trump will tell NATO Secretary-General Mark Rutte today that America's allies must "pay their fair share" and move much faster toward spending 5% of their economies on defense, according to two administration officials familiar with the president's plans.

The meeting, scheduled for the Oval Office followed by a working lunch, will be Rutte's first visit to the White House since the alliance agreed its new spending target. Officials said the president intends to name countries he regards as laggards and to press for a shorter timeline than the one allies set for themselves.

"The president has been clear for ten years: two percent was a floor, never a ceiling, and most of them didn't even hit the floor," a senior administration official told The Capitol Ledger. "The American taxpayer is not going to subsidize the defense of wealthy countries that won't defend themselves."

Trump has singled out Spain, which has said it will not go much beyond 2%, and has complained about Canada's spending. The officials said he would also raise trade, arguing that European governments that impose digital taxes on American companies cannot expect American protection on the cheap.

Rutte, a former Dutch prime minister who has cultivated a warm relationship with Trump, is expected to argue that the alliance's new commitments are a direct result of the president's pressure. A NATO official said the secretary-general would bring figures showing that European allies and Canada increased defense spending by nearly a fifth last year.

Republican senators who back the alliance said they hoped the meeting would end with a show of unity. "Rutte gets it, and so does the president," said Sen. Roger Wicker of Mississippi, chairman of the Armed Services Committee. "The point is deterrence."

The White House has not said whether the two men will take questions from reporters.`,
    },
    {
      feed: 'capitol-ledger/politics',
      h: 8,
      slug: 'trump-rutte-oval-office-meeting-fair-share',
      title: "Trump says NATO is 'much stronger' after Rutte talks, but keeps heat on allies that lag",
      by: ['Dana Whitfield', 'Marcus Bell'],
      tags: ['White House', 'NATO', 'Defense'],
      img: 'Donald Trump and Mark Rutte seated in the Oval Office',
      body: `President Donald Trump praised NATO Secretary-General Mark Rutte after an hour of talks in the Oval Office but warned that allies who fail to reach the alliance's new spending goal would face "consequences," without saying what those would be.

"Mark has done a fantastic job. NATO is much stronger than it was, because of us, frankly," Trump told reporters as the two men sat side by side in front of the Resolute desk. "But they have to pay their fair share. Five percent. Not someday. They have to get there, and some of them are getting there very slowly."

Asked whether the United States remained committed to defending all NATO members, Trump said: "We're with them, as long as they're with us." He repeated his criticism of Spain and said he had discussed with Rutte "a couple of countries" he did not name.

Rutte thanked the president for what he called "the leadership that made this happen" and said every ally now had a plan to raise spending. "The message has been heard in every capital, from Oslo to Ankara," he said. "Europe is spending more and will spend more still."

The two also discussed Ukraine and the purchase of American weapons by European allies for Kyiv, a White House readout said. There was no agreement on a shorter deadline for the 5% goal, officials said, but the White House said it expected allies to present "year-by-year plans" before the next NATO summit.`,
    },
    {
      feed: 'northbridge-herald/world',
      h: 9,
      slug: 'trump-tells-rutte-europe-must-step-up-five-per-cent',
      title: "Trump tells Rutte Europe must 'step up' as allies are pushed towards 5% defence target",
      by: 'Harriet Cole',
      tags: ['NATO', 'US politics', 'Defence', 'Europe'],
      img: 'Mark Rutte arriving at the West Wing of the White House',
      lede: 'The US president warmly received the Nato secretary general but said countries that miss the new spending goal would face consequences.',
      body: `Donald Trump has told Nato's secretary general, Mark Rutte, that European allies must "step up" and reach the alliance's new target of spending 5% of national income on defence, warning that countries that drag their feet would face unspecified "consequences".

Speaking in the Oval Office after an hour-long meeting, the US president lavished praise on Rutte, the former Dutch prime minister, but returned repeatedly to his long-running complaint that European countries have relied on American military power while underspending on their own armed forces.

"They have to pay their fair share," Trump said. "For years it was 2%, and they didn't pay the 2%. Now it's 5% and they're going to pay the 5%."

Rutte, who has made a point of crediting Trump for the alliance's spending surge, told reporters that "every ally has heard the message" and that Europe and Canada were now increasing their defence budgets faster than at any time since the end of the cold war.

## British position

The exchanges will be watched closely in London, where ministers have committed to reaching 2.5% of GDP on core defence by 2027 and have said they will meet the broader Nato goal by 2035. Downing Street said the UK was "already leading in Europe" and had no plans to revise its timetable.

The shadow defence secretary said the meeting showed that Britain needed to move faster. "The president's patience is finite. Ours should be too," she said.

## What was not said

There was no explicit repeat of Trump's past suggestions that the US might not defend allies who miss spending targets, a point of relief for European diplomats. Asked directly, Trump said the US was with its allies "as long as they're with us".

Analysts said the mood in the room suggested Rutte's strategy of flattery and figures was holding. "He went in to keep America at the table, and America is still at the table," said Dr Sunita Mehra, of the London-based Institute for Alliance Studies. "But the bill has not gone away. If anything, the deadline just got shorter."

The White House said it expected allies to submit year-by-year spending plans before the next Nato summit. A Nato official said the alliance would publish updated national estimates in the coming weeks.`,
    },
    {
      feed: 'polder-post/news',
      h: 6,
      slug: 'rutte-oval-office-how-he-learned-to-talk-to-trump',
      title: 'The Dutchman who learned to talk Trump: inside Rutte’s Oval Office playbook',
      by: 'Joost van Dalen',
      tags: ['Politics', 'NATO', 'Mark Rutte'],
      img: 'Mark Rutte cycling in The Hague in 2019',
      lede: "Mark Rutte left the White House with the alliance intact and the 5% target unchanged. In The Hague, former colleagues say that was exactly the plan.",
      body: `When Mark Rutte emerged from the Oval Office late last night, Dutch time, the former Dutch prime minister had achieved something that seemed unlikely a year ago: a meeting with Donald Trump about NATO spending in which the US president called the alliance "much stronger" and said America was "with" its allies.

In The Hague, where Rutte governed for almost 14 years, people who worked with him were not surprised.

"He treats every conversation as a negotiation in which the other side must leave feeling that they won," said a former cabinet minister who served in two of Rutte's four governments. "With Trump that means giving him the credit, loudly, in public. Mark has no problem doing that. His ego is not in the room."

## Pressure on The Hague, too

The meeting also carries a message for the Netherlands. Trump's demand that allies "pay their fair share" and reach 5% of GDP leaves the Dutch government with a bill of its own. The Netherlands spent just over 2% of GDP on defence last year. Reaching 3.5% on core defence would mean finding roughly €16 billion more a year, according to estimates from the Central Planning Bureau.

Members of parliament from the governing parties have argued that the money should come from a special defence fund rather than from cuts elsewhere. Opposition parties on the left say the target was set in Washington, not The Hague.

Rutte, who once championed Dutch budget discipline in Brussels, now tours European capitals urging governments to spend. "There is a certain irony," said Professor Anne-Marie Bosch, a political scientist at Leiden University. "The man who fought every euro of European spending is now the alliance's chief fundraiser."

Whether the approach lasts is another question. Trump gave no commitment on US troop levels in Europe, and the White House said it expected year-by-year plans from allies. For now, a Dutch diplomat said, "No news is good news. And we got no news."`,
    },
  ],
}
