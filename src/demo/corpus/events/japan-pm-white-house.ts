/**
 * @module japan-pm-white-house
 * CONFUSABLE with the centrepiece: a different White House visit (Japan's prime minister on tariffs
 * and investment). Shares "Trump" and "White House", not NATO or defence spending. The Capitol
 * Ledger lists its report in two feeds under different headlines.
 */
import type { EventSource } from '../corpus-types.js'

export const japanPmWhiteHouse: EventSource = {
  key: 'japan-pm-white-house',
  label: "Japan's Takaichi at the White House: tariffs, investment and shipbuilding",
  kind: 'event',
  pieces: [
    {
      feed: 'sumida-times/world',
      h: 56,
      slug: 'takaichi-heads-to-washington-car-tariffs-shipbuilding',
      title: 'Takaichi heads to Washington with a shipbuilding offer and car tariffs on her mind',
      by: 'Haruka Mori',
      tags: ['Politics', 'Japan-US relations', 'Trade'],
      img: 'Prime Minister Sanae Takaichi boarding a government aircraft at Haneda airport',
      lede: 'The prime minister hopes a package on shipyards and energy purchases will persuade President Trump to ease the 15% tariff on Japanese cars.',
      body: `Prime Minister Sanae Takaichi left Haneda airport for Washington, where she will meet President Donald Trump at the White House carrying what officials describe as a "three-part offer": cooperation on shipbuilding, larger purchases of American energy, and a timetable for the $550 billion investment vehicle agreed between the two countries.

In return, Tokyo wants relief for its carmakers. Japanese vehicles entering the United States face a 15% tariff, and executives at Toyota, Honda and Nissan have warned that the levy is eroding profits already squeezed by higher material costs.

"The prime minister intends to speak frankly about the automobile sector, which supports 5.5 million jobs in Japan," Chief Cabinet Secretary Minoru Kihara told reporters in Tokyo before her departure.

The shipbuilding proposal would see Japanese yards, including those of Imabari Shipbuilding and Mitsubishi Heavy Industries, help modernise American shipyards and train workers, an area in which the Trump administration has shown keen interest as it tries to revive US naval construction.

Officials in the trade ministry said Japan would also discuss buying liquefied natural gas from a planned Alaska export project, though several utilities remain sceptical about its costs.

It will be Ms Takaichi's first visit to the White House as prime minister. Aides said she had prepared carefully, studying transcripts of Mr Trump's meetings with other leaders. "She will be warm but precise," one said.

Opposition parties accused the government of offering too much. Yoshihiko Noda, leader of the Constitutional Democratic Party, said Japan should not "write blank cheques in the hope of kindness".`,
    },
    {
      feed: 'capitol-ledger/politics',
      h: 52,
      slug: 'trump-hosts-japan-takaichi-investment-tariffs',
      title: "Trump hosts Japan's Takaichi, touts 'tremendous' investment as auto tariff talks drag on",
      by: 'Marcus Bell',
      tags: ['White House', 'Trade', 'Japan'],
      img: 'Donald Trump greets Sanae Takaichi at the West Wing entrance',
      lede: 'The president praised Japan’s $550 billion investment pledge but made no commitment to cut the 15% tariff on Japanese cars.',
      body: `President Donald Trump welcomed Japanese Prime Minister Sanae Takaichi to the White House, praising what he called a "tremendous" Japanese investment commitment while stopping short of the tariff relief Tokyo has sought for its automakers.

"Japan is putting in $550 billion, which is a number nobody thought was possible," Trump said at the start of their meeting in the Cabinet Room. "We're going to build ships together, we're going to sell them a lot of energy. And the cars, we'll see. They're doing very well with the cars."

Takaichi, Japan's first woman prime minister, presented a plan for Japanese shipbuilders to invest in US yards and train American workers. Commerce Secretary Howard Lutnick said the first projects under the investment vehicle would be announced "within weeks" and would include energy infrastructure and semiconductor plants.

The two leaders did not announce any change to the 15% tariff on Japanese vehicles, which has been in place since last year's trade agreement. A senior administration official said the rate was "not on the table right now" but that the president was open to "rewarding results".

Takaichi told reporters at the Japanese ambassador's residence that the talks had been "candid and constructive" and that she had raised the auto tariff directly.

Japanese automakers employ about 100,000 people at U.S. assembly plants, most of them in the South and Midwest.`,
    },
    {
      feed: 'southern-cross-review/news',
      h: 49,
      slug: 'what-trump-takaichi-talks-mean-for-australian-exporters',
      title: 'What the Trump–Takaichi talks mean for Australian gas and beef exporters',
      by: 'Liam Fairweather',
      tags: ['Business', 'Trade', 'Japan', 'Energy'],
      img: 'An LNG carrier leaving port in Gladstone, Queensland',
      lede: "Japan's promise to buy more American energy and food could squeeze Australian suppliers in their biggest market, analysts say.",
      body: `Japanese Prime Minister Sanae Takaichi's visit to the White House was about cars and ships, but Australian exporters were reading the fine print for something else: how much gas and beef Japan has promised to buy from the United States.

Japan is Australia's second-largest trading partner and the biggest buyer of Australian liquefied natural gas. Tokyo's pledge to consider long-term purchases from a planned Alaska LNG project, and to import more American farm goods, has raised concerns in Canberra that trade deals struck under tariff pressure will come at the expense of Australian suppliers.

"When a buyer commits to a politically favoured seller, someone else loses market share. The risk for us is slow, not sudden," said Dr Fiona McLeish, a trade economist at the University of Queensland.

Gas producers were more relaxed. The Alaska project remains years from completion, and Japanese utilities have signed contracts with Australian exporters that run into the 2030s. An industry spokesman said Australia's reliability was "a competitive advantage no tariff deal can replicate".

Beef is a different matter. Australian chilled beef competes directly with American product in Japanese supermarkets, and any cut to Japan's tariffs on US beef would narrow the advantage Australia won in its own free-trade agreement with Tokyo.

Trade Minister Don Farrell said the government was "in close contact" with Japanese counterparts and that Australia's agreement with Japan guaranteed that its exporters would not be treated less favourably.`,
    },
    {
      feed: 'northbridge-herald/business',
      h: 48,
      slug: 'yen-and-toyota-shares-rise-after-takaichi-trump-talks',
      title: 'Yen firms and Toyota shares rise as Takaichi visit calms tariff nerves',
      by: 'Oliver Grant',
      tags: ['Markets', 'Japan', 'Car industry'],
      lede: 'Investors took comfort that the White House talks produced no new threats, even without a cut to US car tariffs.',
      body: `Shares in Japanese carmakers rose in Tokyo and the yen strengthened against the dollar after Prime Minister Sanae Takaichi's meeting with Donald Trump at the White House ended without new trade threats.

Toyota gained 2.4% and Honda 1.9% as the Nikkei 225 index closed 0.8% higher. The yen firmed to 148.2 against the dollar, having weakened in the days before the visit.

Analysts said the market had priced in the risk that the US president would demand more from Japan, including higher purchases of American goods or a faster timetable for the $550bn investment fund agreed last year.

"The best outcome for Tokyo was a boring one, and that is what it got," said Naomi Fischer, head of Asian equities at Albion Row Capital. "The 15% tariff on cars stays, but nobody is talking about raising it."

British carmakers, which face a separate US tariff arrangement, were largely unaffected. The FTSE 100 closed little changed.`,
    },
  ],
  copies: [
    {
      kind: 'republish',
      of: 'trump-hosts-japan-takaichi-investment-tariffs',
      feed: 'capitol-ledger/world',
      h: 51,
      title: "Trump and Takaichi hail Japan's $550 billion pledge; auto tariffs unresolved",
    },
  ],
}
