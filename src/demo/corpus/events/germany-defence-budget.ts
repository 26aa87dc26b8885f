/**
 * @module germany-defence-budget
 * CONFUSABLE with the centrepiece: a different defence-spending announcement (Germany's cabinet
 * approving a record Bundeswehr budget). Shares "defence spending", "NATO target" and "% of GDP";
 * the people (Klingbeil, Pistorius), places (Berlin) and numbers (€108bn, 2.8%) differ.
 */
import type { EventSource } from '../corpus-types.js'

export const germanyDefenceBudget: EventSource = {
  key: 'germany-defence-budget',
  label: 'German cabinet approves record €108bn defence budget',
  kind: 'event',
  pieces: [
    {
      feed: 'rheinland-courier/english',
      h: 29,
      slug: 'berlin-cabinet-approves-record-defence-budget',
      title: 'Berlin cabinet approves record €108bn for the Bundeswehr',
      by: 'Katharina Brenner',
      tags: ['Bundeswehr', 'Budget', 'Federal government'],
      img: 'Lars Klingbeil and Boris Pistorius at a press conference in Berlin',
      lede: "Finance Minister Lars Klingbeil's draft budget lifts military spending to 2.8% of economic output next year, funded largely by new borrowing.",
      body: `The German cabinet has approved a draft federal budget that raises defence spending to a record €108.2 billion next year, putting Germany on course to become the biggest military spender in Europe by the end of the decade.

The figure, which combines €82.7 billion from the regular defence budget with €25.5 billion from the special fund created in 2022, is equivalent to about 2.8% of gross domestic product. Finance Minister Lars Klingbeil's medium-term plan foresees defence spending climbing to €152.8 billion, or 3.5% of GDP, by 2029.

"We are doing what is necessary for our security, and we are doing it with a plan," Mr Klingbeil, who is also vice-chancellor, told reporters at the finance ministry in Berlin. He said the government had taken "the decision of a generation" when it exempted defence spending above 1% of GDP from the constitutional debt brake earlier this year.

Defence Minister Boris Pistorius said the money would go on air defence, ammunition, new frigates and the expansion of the Bundeswehr to about 260,000 active soldiers. "Money alone does not defend anyone. It has to become equipment, and quickly," he said, promising faster procurement rules.

## Debt and doubts

The expansion will be financed largely through borrowing. Net new debt in the draft rises to €89 billion, and the Federal Audit Office has warned that interest costs will double by 2029.

Economists were divided. The Ifo Institute in Munich said the spending could lift growth if orders went to German and European manufacturers. The German Council of Economic Experts cautioned that the government had not explained how it would close a financing gap of more than €170 billion in later years.

The Bundestag will begin debating the draft in the coming weeks. The opposition Greens said they supported stronger defence but accused the coalition of using the exemption "to plug holes elsewhere". The Left party rejected the increase outright.`,
    },
    {
      feed: 'rheinland-courier/nachrichten',
      h: 30,
      slug: 'kabinett-beschliesst-rekordetat-fuer-die-bundeswehr',
      title: 'Kabinett beschließt Rekordetat für die Bundeswehr',
      by: 'Katharina Brenner',
      tags: ['Bundeswehr', 'Haushalt'],
      img: 'Lars Klingbeil und Boris Pistorius bei einer Pressekonferenz in Berlin',
      lede: 'Die Verteidigungsausgaben steigen im kommenden Jahr auf 108,2 Milliarden Euro. Finanziert wird das vor allem über neue Schulden.',
      body: `Das Bundeskabinett hat den Entwurf für den Bundeshaushalt des kommenden Jahres beschlossen. Für Verteidigung sind darin 108,2 Milliarden Euro vorgesehen, so viel wie nie zuvor. Die Summe setzt sich aus 82,7 Milliarden Euro im regulären Wehretat und 25,5 Milliarden Euro aus dem Sondervermögen zusammen.

Damit erreicht Deutschland nach Angaben des Finanzministeriums eine Quote von rund 2,8 Prozent der Wirtschaftsleistung. Bis 2029 sollen die Ausgaben auf 152,8 Milliarden Euro steigen, das entspräche 3,5 Prozent.

"Wir tun, was für unsere Sicherheit notwendig ist, und wir tun es mit einem Plan", sagte Finanzminister Lars Klingbeil (SPD) in Berlin. Verteidigungsminister Boris Pistorius kündigte an, das Geld vor allem in Luftverteidigung, Munition und neue Fregatten zu investieren. "Geld allein verteidigt niemanden", sagte er.

Kritik kam vom Bundesrechnungshof, der vor stark steigenden Zinslasten warnt. Die Grünen werfen der Koalition vor, die Ausnahme von der Schuldenbremse für andere Zwecke zu nutzen. Der Bundestag berät den Entwurf in den kommenden Wochen.`,
    },
    {
      feed: 'meridian-europe/europe',
      h: 27,
      slug: 'germany-set-to-outspend-every-european-ally-on-defence',
      title: "Germany set to outspend every European ally on defence under Klingbeil's budget",
      by: 'Paul Hennessy',
      tags: ['Economy', 'Germany', 'Defence'],
      img: 'Bundeswehr Leopard 2 tanks on a training ground in Lower Saxony',
      lede: "Berlin's new budget turns years of promises into numbers. Neighbours are watching both the money and the debt.",
      body: `Germany's government has put a price on its "Zeitenwende". The draft budget approved by Chancellor Friedrich Merz's cabinet sets aside €108.2 billion for defence next year, about 2.8% of GDP, and plots a path to €152.8 billion by 2029.

In absolute terms that would make Germany by far the largest military spender in Europe, ahead of the United Kingdom and France, and the second-largest in NATO after the United States.

For Berlin's partners the shift is welcome but unsettling. French officials have long pushed Germany to spend more; they now want to ensure that the money goes to European programmes, including the Franco-German tank and fighter projects, rather than to off-the-shelf American purchases. "The question is no longer whether Germany spends, but with whom," said a French diplomat.

The financing model will also be scrutinised in Brussels. The defence surge is funded largely through borrowing, made possible by a constitutional change that exempts military spending above 1% of GDP from Germany's debt brake. Finance Minister Lars Klingbeil argues the exemption is a one-off response to a generational threat. Fiscal hawks in the Netherlands and Austria fear it sets a precedent for looser rules at EU level.

Germany's plan still leaves it short of the alliance's new headline target for 2035, but defence ministry officials insist the trajectory matters more than any single year. "We were at 1.3% a few years ago," said one. "Nobody should underestimate what this means for the Bundeswehr."

Industry is already responding. Rheinmetall, Hensoldt and Diehl have announced new plants, and the defence ministry says framework contracts for ammunition now run into the 2030s.`,
    },
    {
      feed: 'vistula-review/news',
      h: 25,
      slug: 'warsaw-welcomes-berlin-defence-surge-poland-still-leads',
      title: "Warsaw welcomes Berlin's defence surge, but says Poland still carries the heavier load",
      by: 'Agnieszka Lis',
      tags: ['Security', 'Germany', 'Defence'],
      img: 'Polish K2 tanks on parade in Warsaw',
      body: `Poland's government welcomed Germany's decision to lift defence spending to a record €108 billion next year, but ministers in Warsaw were quick to point out that Poland still devotes a far larger share of its economy to the military than its western neighbour.

"We are glad that Berlin has woken up. Better late than never," Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said on a visit to a tank unit near Wesoła. "Poland spends 4.7% of GDP on defence. We are not asking others to do what we do not do ourselves."

Germany's draft budget would raise its spending to about 2.8% of GDP next year and 3.5% by 2029. Polish officials have repeatedly argued that countries on NATO's eastern flank, closest to Russia and Belarus, have shouldered a disproportionate burden.

The German plan also matters to Poland for practical reasons. Berlin has a brigade of about 5,000 soldiers deploying to Lithuania, and both countries are part of the European Sky Shield air-defence initiative, although Warsaw has preferred to buy American and South Korean systems.

Some commentators were more sceptical. Writing in the weekly Polityka, a former deputy defence minister warned that a much larger German army could reopen old sensitivities. Most politicians dismissed that view. "A strong Bundeswehr next door is Poland's insurance, not its problem," said Paweł Zalewski, a deputy minister.

The Polish government is due to present its own budget for next year later this month. Finance ministry sources say defence spending will rise again, to close to 4.8% of GDP.`,
    },
  ],
}
