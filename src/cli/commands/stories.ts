/** @module stories `broadsheet stories top|show|merge|split`: Top stories and editor decisions. */
import { AppError } from '../../domain/errors.js'
import type { EntryId, StoryId } from '../../domain/ids.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

function parseNumber<T extends number>(text: string | undefined, what: string, usage: string): T {
  if (text === undefined || !/^\d+$/.test(text)) {
    throw new AppError(
      'invalid-input',
      `expected ${what} as a number, got "${text ?? ''}"\nusage: broadsheet ${usage}`,
    )
  }
  return Number(text) as T
}

export const storiesTopCommand: Command = {
  name: ['stories', 'top'],
  usage: 'stories top [--limit N] [--json]',
  summary: 'Top stories: ranked by breadth × recency × velocity',
  async run(args, ctx) {
    const { values } = parseFlags(
      args,
      { limit: { type: 'string' }, json: { type: 'boolean' } },
      this.usage,
    )
    const limit = values.limit === undefined ? 20 : parseNumber(values.limit, '--limit', this.usage)
    const app = await ctx.openApp(ctx.config())
    try {
      const top = await app.services.topStories(limit)
      const rows = top.map((s, i) => ({
        rank: i + 1,
        id: s.id,
        score: Number(s.rank.score.toFixed(3)),
        publishers: s.publisherCount,
        entries: s.entryCount,
        lastEntryAt: s.lastEntryAt,
        headline: s.headline,
        breadth: s.rank.breadth,
        recency: Number(s.rank.recency.toFixed(3)),
        velocity: Number(s.rank.velocity.toFixed(3)),
      }))
      if (values.json) ctx.out.json(rows)
      else {
        ctx.out.table(
          rows.map((r) => ({ ...r, headline: r.headline.slice(0, 80) })),
          ['rank', 'id', 'score', 'publishers', 'entries', 'headline'],
        )
      }
      return 0
    } finally {
      await app.close()
    }
  },
}

export const storiesShowCommand: Command = {
  name: ['stories', 'show'],
  usage: 'stories show STORY_ID [--json]',
  summary: "a story's members and why each is in it",
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } }, this.usage)
    const id = parseNumber<StoryId>(positionals[0], 'a story ID', this.usage)
    const app = await ctx.openApp(ctx.config())
    try {
      const story = await app.services.storyDetail(id)
      if (values.json) ctx.out.json(story)
      else {
        ctx.out.line(`story ${story.id}: ${story.headline}`)
        ctx.out.line(`${story.entryCount} entries from ${story.publisherCount} publishers`)
        ctx.out.table(
          story.members.map((m) => ({
            entry: m.entryId,
            by: m.assignedBy,
            copyOf: m.copyOf,
            score: m.score,
            title: m.title.slice(0, 60),
            why: m.explanation,
          })),
          ['entry', 'by', 'copyOf', 'score', 'title', 'why'],
        )
      }
      return 0
    } finally {
      await app.close()
    }
  },
}

export const storiesMergeCommand: Command = {
  name: ['stories', 'merge'],
  usage: 'stories merge FROM_STORY INTO_STORY',
  summary: 'editor: make two stories one (kept; clustering never undoes it)',
  async run(args, ctx) {
    const { positionals } = parseFlags(args, {}, this.usage)
    const from = parseNumber<StoryId>(positionals[0], 'FROM_STORY', this.usage)
    const into = parseNumber<StoryId>(positionals[1], 'INTO_STORY', this.usage)
    const app = await ctx.openApp(ctx.config())
    try {
      const result = await app.services.mergeStories(from, into)
      ctx.out.line(`story ${from} merged into story ${result}`)
      return 0
    } finally {
      await app.close()
    }
  },
}

export const storiesSplitCommand: Command = {
  name: ['stories', 'split'],
  usage: 'stories split STORY_ID ENTRY_ID',
  summary: 'editor: move an entry out of a story (kept; it never goes back)',
  async run(args, ctx) {
    const { positionals } = parseFlags(args, {}, this.usage)
    const story = parseNumber<StoryId>(positionals[0], 'STORY_ID', this.usage)
    const entry = parseNumber<EntryId>(positionals[1], 'ENTRY_ID', this.usage)
    const app = await ctx.openApp(ctx.config())
    try {
      const result = await app.services.splitEntry(story, entry)
      ctx.out.line(`entry ${entry} moved out of story ${story} into new story ${result}`)
      return 0
    } finally {
      await app.close()
    }
  },
}

export const storiesCommands = [
  storiesTopCommand,
  storiesShowCommand,
  storiesMergeCommand,
  storiesSplitCommand,
]
