/**
 * @module cluster
 * `broadsheet cluster --input FILE.jsonl --output FILE.jsonl`: clusters a batch offline with the same
 * code that runs at ingest. Input lines `{"id","title","text","url"?,"published"?,"source"?}`, output
 * lines `{"id","story"}`, deterministic for the same input (stable contract). A title or text given as
 * HTML (an article body as scraped) is read as the text it shows, as ingest does. A large batch has
 * its features computed in a worker thread while the main thread assigns: the same output, sooner.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'

import { clusterBatch } from '../../cluster/cluster-batch.js'
import { clusterBatchParallel } from '../../cluster/cluster-batch-parallel.js'
import { formatClusterJsonl, readClusterJsonl } from '../../cluster/cluster-jsonl.js'
import type { ClusterInputDoc } from '../../cluster/entry-features.js'
import { AppError } from '../../domain/errors.js'
import { htmlToText } from '../../ingest/sanitize/html-to-text.js'
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
    const { docs, ids, warnings } = readClusterJsonl(text)
    for (const w of warnings) ctx.out.warn(w)
    const output = formatClusterJsonl(ids, await clusterDocs(docs))
    if (values.output === '-') ctx.out.line(output.trimEnd())
    else await writeFile(values.output, output)
    return 0
  },
}

/** From this many entries (and two cores), features are computed in a worker thread. */
export const PARALLEL_FROM = 2000

/** Stories for a batch: `clusterBatch`, or its parallel form (same output) for a large batch. */
export async function clusterDocs(
  docs: readonly ClusterInputDoc[],
  parallelFrom = PARALLEL_FROM,
): Promise<{ id: string; story: string }[]> {
  const plain = docs.map(asPlainText)
  if (plain.length >= parallelFrom && availableParallelism() > 1) {
    return clusterBatchParallel(plain)
  }
  return clusterBatch(plain)
}

/** Markup: a tag (or a comment, or an end tag) or a character reference. */
const MARKUP = /<(?:[a-z][a-z0-9]*[\s/>]|\/[a-z]|!--)|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i

/** A document whose title or text is HTML, as the text a reader sees. */
export function asPlainText(doc: ClusterInputDoc): ClusterInputDoc {
  const title = MARKUP.test(doc.title) ? htmlToText(doc.title) : doc.title
  const text = MARKUP.test(doc.text) ? htmlToText(doc.text) : doc.text
  return title === doc.title && text === doc.text ? doc : { ...doc, title, text }
}
