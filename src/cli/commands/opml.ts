/** @module opml `broadsheet import FILE.opml` and `broadsheet export > FILE.opml`. */
import { readFile } from 'node:fs/promises'

import { AppError } from '../../domain/errors.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

export const importCommand: Command = {
  name: ['import'],
  usage: 'import FILE.opml [--json]',
  summary: 'subscribe to every feed of an OPML file, keeping folders',
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } }, this.usage)
    if (positionals.length !== 1) {
      throw new AppError('invalid-input', `expected one file\nusage: broadsheet ${this.usage}`)
    }
    let text: string
    try {
      text =
        positionals[0] === '-' ? await ctx.readStdin() : await readFile(positionals[0]!, 'utf8')
    } catch (error) {
      throw new AppError(
        'invalid-input',
        `import: cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      )
    }
    const app = await ctx.openApp(ctx.config())
    try {
      const progress = ctx.out.progress('importing')
      const result = await app.services.importOpml(text, (done, total) =>
        progress.update(done, total),
      )
      progress.finish()
      if (values.json) ctx.out.json(result)
      else {
        ctx.out.line(
          `imported ${result.total} feeds: ${result.added} added, ${result.existing} already present, ${result.failed.length} refused`,
        )
        for (const f of result.failed) ctx.out.line(`  ${f.url}: ${f.error}`)
      }
      return result.failed.length > 0 ? 1 : 0
    } finally {
      await app.close()
    }
  },
}

export const exportCommand: Command = {
  name: ['export'],
  usage: 'export > FILE.opml',
  summary: 'write every feed as OPML, with folders',
  async run(args, ctx) {
    parseFlags(args, {}, this.usage)
    const app = await ctx.openApp(ctx.config())
    try {
      ctx.out.line((await app.services.exportOpml()).trimEnd())
      return 0
    } finally {
      await app.close()
    }
  },
}
