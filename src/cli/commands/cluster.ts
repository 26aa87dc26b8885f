/**
 * @module cluster
 * `broadsheet cluster --input FILE.jsonl --output FILE.jsonl`: clusters a batch offline with the same
 * code that runs at ingest. Input lines `{"id","title","text","url"?,"published"?,"source"?}`, output
 * lines `{"id","story"}`, deterministic for the same input (stable contract).
 */
import { readFile, writeFile } from 'node:fs/promises'

import { clusterJsonl } from '../../cluster/cluster-jsonl.js'
import { AppError } from '../../domain/errors.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

export const clusterCommand: Command = {
  name: ['cluster'],
  usage: 'cluster --input FILE.jsonl --output FILE.jsonl',
  summary: 'cluster a JSONL batch of articles into stories (stable contract)',
  async run(args, ctx) {
    const { values } = parseFlags(
      args,
      { input: { type: 'string' }, output: { type: 'string' } },
      this.usage,
    )
    if (!values.input || !values.output) {
      throw new AppError(
        'invalid-input',
        `--input and --output are required\nusage: broadsheet ${this.usage}`,
      )
    }
    let text: string
    try {
      text = values.input === '-' ? await ctx.readStdin() : await readFile(values.input, 'utf8')
    } catch (error) {
      throw new AppError(
        'invalid-input',
        `cluster: cannot read ${values.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      )
    }
    const output = clusterJsonl(text)
    if (values.output === '-') ctx.out.line(output.trimEnd())
    else await writeFile(values.output, output)
    return 0
  },
}
