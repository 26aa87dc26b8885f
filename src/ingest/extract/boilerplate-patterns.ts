/**
 * @module boilerplate-patterns
 * The vocabulary `remove-boilerplate.ts` recognises page furniture by: class/id words, landmark roles,
 * stock label phrases (in a few languages), calls to action, list headings, credit/date/byline lines.
 * One table per kind; each line of a table is a group of regular-expression alternatives.
 */

/** `(?:a|b|c)` from groups of `|`-separated alternatives. */
function anyOf(groups: readonly string[]): string {
  return `(?:${groups.join('|')})`
}

/** Class/id words of non-article blocks, matched as whole words of BEM-style names (`c-share__bar`). */
export const BOILERPLATE_NAME = new RegExp(
  `(?:^|[\\s_-])${anyOf([
    // sharing and social
    'share|shares|sharing|sharebar|share-?tools|share-?buttons|addthis|sharethis|sharedaddy|shariff',
    'social|socials|social-?media|sociallinks',
    // newsletters and calls to action
    'newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|nl-?signup|cta',
    // related and recommended content
    'related|related-?\\w+|recommended|recommendations?|recirc|recirculation|more-?stories|more-?articles',
    'read-?more-?links|also-?read|read-?also|see-?also|further-?reading|taboola|outbrain',
    'trending|most-?popular|most-?read|popular-?posts',
    // advertising
    'ad|ads|adv|advert|adverts|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|ad-?wrapper',
    'adsbygoogle|dfp|gpt-?ad|sponsor|sponsored|promo|promos|promotion|commercial',
    // comments
    'comment|comments|commentlist|comment-?list|comments?-?section|disqus|respond|replies',
    // author boxes, tags, navigation and tools
    'author-?bio|author-?box|author-?info|about-?(?:the-?)?author|bio-?box',
    'tags|tag-?list|tag-?cloud|topics-?list|breadcrumbs?|print|toolbar|post-?nav|pagination',
  ])}(?:$|[\\s_-])`,
  'i',
)

/** Ids/class words of a reader-comments section (never part of an article, whatever its size). */
export const COMMENTS_NAME =
  /^(?:comments?|comment-?section|commentlist|comment-?list|comments-?(?:area|wrapper|container|list|block)|disqus_thread|respond|reader-?comments|user-?comments)$/i

/** Class names of text hidden from sight and left for screen readers ("Opens in a new window"). */
export const SCREEN_READER_NAME = new RegExp(
  `(?:^|\\s)${anyOf([
    'sr-only|sr-text|visually-?hidden|visuallyhidden|screen-?reader-?(?:text|only)|a11y-hidden',
    'offscreen|hidden',
  ])}(?:$|\\s)`,
  'i',
)

/** Landmark roles that are never the article. */
export const BOILERPLATE_ROLE = new RegExp(
  `^${anyOf([
    'navigation|complementary|banner|contentinfo|dialog|alertdialog|toolbar|menu|menubar|search',
  ])}$`,
  'i',
)

/** Trailing punctuation allowed after a label or heading ("Related:", "Read more »"). */
const TAIL = '[\\s:.!»›>…-]*$'

/** Whole-block texts that are labels, not content. */
export const LABEL_TEXT = new RegExp(
  `^${anyOf([
    // advertising
    'advertisement(?:[\\s:-]+(?:scroll|continue) (?:down )?to continue(?: reading)?)?|advertising|advert',
    'ad|ad feedback|skip (?:advertisement|ad)|anzeige|werbung|publicité|publicidad|pubblicità|reklama',
    'реклама|广告|sponsored(?: content)?|paid content|paid post|promoted(?: content)?|partner content',
    '(?:article|story|content) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?',
    'scroll to continue(?: with content)?|continue reading(?: (?:below|the main story))?',
    // tools
    'reuse content|all rights reserved|loading(?:\\.\\.\\.|…)?|copy link|link copied',
    '(?:image |photo |slide )?\\d+ (?:of|/) \\d+|print(?: this (?:article|story|page))?',
    '(?:report|submit) (?:an? )?(?:error|typo|correction)',
    'listen to (?:this )?(?:article|story)(?: \\d+ min(?:utes?)?)?',
    'follow|listen|save|subscribe|like|reply|download|expand|collapse|close|enlarge(?: (?:this )?image)?',
    '(?:show|hide|toggle) caption|(?:view|open) (?:gallery|image|photo)|view photo',
    'please (?:enable|turn on) javascript.{0,80}|your browser does not support.{0,60}',
    '(?:sorry, )?(?:this|the) video (?:is|can ?not|could not) (?:be )?(?:played|available|loaded).{0,40}',
    '(?:skip (?:past )?|after )?newsletter promotion',
    // sharing and comments
    'share(?: (?:this|the))?(?: article| story| post| page)?(?: on)?|tweet|e-?mail|follow us(?: on .{1,40})?',
    'comments?|\\d+ comments?|comments? \\(\\d+\\)|comments \\(\\d+ posted\\)',
    '(?:leave|post|add|write) a (?:comment|reply)|(?:show|view|load|read) (?:all )?(?:\\d+ )?comments',
    'join the (?:conversation|discussion)',
    // screen-reader captions
    'image source,? .{1,60}|image caption,?|media caption,?|getty images',
    // headings of link lists
    'most (?:read|popular|viewed)|trending(?: now)?|recommended(?: for you)?|more from .{1,40}',
    'related(?: articles?| stories| content| coverage| news| links| posts| topics| reading)?',
    'read (?:more|next|also)|see also|further reading|top stories|latest (?:news|stories)',
    'you (?:may|might) also (?:like|be interested in)|more (?:on|about) (?:this|that)(?: story| topic)?',
    'lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leia também|lee também|leer más|leggi anche',
    'czytaj (?:też|także)',
  ])}${TAIL}`,
  'iu',
)

/** Texts of a sign-up, paywall or social call to action (a whole short block). */
export const CALL_TO_ACTION: readonly RegExp[] = [
  /^(?:sign up|subscribe|register|join)\b.{0,100}\b(?:newsletter|briefing|email|inbox|updates)\b/i,
  /^(?:get|receive)\b.{0,60}\b(?:newsletter|in your inbox|delivered to your inbox)\b/i,
  /\bnewsletter\b.{0,60}\b(?:sign up|subscribe)\b/i,
  /^follow\b.{0,60}\b(?:on )?(?:twitter|facebook|instagram|linkedin|x|threads|bluesky|mastodon)\b/i,
  /^(?:click|tap) here to\b/i,
  /^already (?:a )?(?:subscriber|member|registered|have an account)\b/i,
  /^(?:subscribe|log ?in|sign ?in|register) (?:now |today )?(?:to (?:continue|keep) reading|to read)\b/i,
  /^(?:to continue reading|this (?:article|content|story) is (?:only )?(?:for|available to) (?:subscribers|members))\b/i,
]

/** "Related: <link>" and "Lire aussi : <link>" prefixes of a line that is otherwise one link. */
export const INLINE_LINK_PREFIX = new RegExp(
  `^${anyOf([
    'related(?: \\w+)?|read more|read also|also read|see also|more|more on this(?: story)?|watch|listen',
    'topics|tags|filed under|categories',
    'lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leia também|lee también|leggi anche',
  ])}\\s*[:»›>|-]\\s*`,
  'iu',
)

/** Headings that introduce a list of other articles; the heading and the list go. */
export const LIST_HEADING = new RegExp(
  `^${anyOf([
    'related(?: \\w+){0,2}|read (?:more|next|also)(?: \\w+){0,3}|more (?:from|on|about|in)(?: \\S+){1,5}',
    'more stories|more about|recommended(?: \\w+){0,2}|you (?:may|might) also (?:like|enjoy)|see also',
    "most (?:read|popular|viewed)|trending(?: \\w+)?|top stories|latest(?: \\w+)?|editors?'? picks",
    'further reading|what to read next|in other news|also on .{1,30}',
    'lire aussi|à lire aussi|mehr zum thema|lesen sie auch|leia também|lee también|leggi anche',
  ])}${TAIL}`,
  'iu',
)

/** Headings of author boxes and tag lists; the heading and a short remainder go. */
export const BOX_HEADING =
  /^(?:about (?:the )?authors?|the authors?|tags|topics|filed under|more about|share this)[\s:.]*$/i

/** Lines that are only a photo or image credit. */
export const CREDIT_LINE: readonly RegExp[] = [
  new RegExp(
    '^\\(?(?:(?:top|main|lead|header|all|cover) )?' +
      '(?:photos?|photographs?|images?|pictures?|illustrations?|graphics?|videos?|fotos?|bild(?:er)?)' +
      '(?: credits?)?(?: by|:|\\s*[©|])\\s*.{1,80}\\)?$',
    'i',
  ),
  // "Credit: X", "Credit...X" and "CreditX" (caption credit spans glued to their label)
  /^(?:[Ii]mage |[Pp]hoto )?(?:CREDITS?|[Cc]redits?)(?:\s*:|\s*\.{2,}|\s*…|(?=\p{Lu}))\s*.{1,80}$/u,
  /^(?:source|quelle|fuente|crédit)\s*:\s*.{1,60}$/i,
  /^(?:©|\(c\)|copyright)\s*.{1,80}$/i,
  /^[^.!?]{1,60}\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|istock|alamy|dpa|anadolu)(?: via getty images)?\)?$/i,
  /^(?:getty images|reuters|afp|ap photo|associated press|shutterstock|epa|dpa)$/i,
]

/** A line made only of date and time words ("Updated 3:45 PM ET, Mon July 3, 2023"). */
export const DATE_LINE = new RegExp(
  `^(?:${anyOf([
    'published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.',
    'et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest',
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?',
    'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
    'mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?',
    '\\d{1,4}(?:st|nd|rd|th|h)?',
  ])}[\\s,.:/|–—-]*)+$`,
  'i',
)

/** A line that only names the author ("By Jane Doe"). */
export const BYLINE_LINE =
  /^(?:by|von|par|por|di|door|written by|posted by|words by)\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,6}$/i
