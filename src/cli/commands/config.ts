/** @module config `broadsheet config`: the effective configuration, secrets masked. */
import { describeConfig } from '../../config/load-config.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

export const configCommand: Command = {
  name: ['config'],
  usage: 'config [--json]',
  summary: 'print the effective configuration (secrets masked)',
  run(args, ctx) {
    const { values } = parseFlags(args, { json: { type: 'boolean' } }, this.usage)
    const rows = describeConfig(ctx.config())
    if (values.json) ctx.out.json(Object.fromEntries(rows.map((r) => [r.option, r.value])))
    else ctx.out.table(rows, ['option', 'value'])
    return Promise.resolve(0)
  },
}
