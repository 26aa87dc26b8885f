/**
 * One clustering measurement in its own process (so one's heap and JIT state never colour the
 * next), for `run-bench.ts --only clustering`. Prints one JSON line, with the CPU calibration
 * (bench/calibrate.ts) taken just before and just after, since the machine's load drifts.
 *
 *   tsx bench/cluster-scenario.ts batch ENTRIES [--parallel]
 *   tsx bench/cluster-scenario.ts stream CHECKPOINTS [--sample 2000]   (CHECKPOINTS: 10000,100000,300000)
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'

import { measureBatch, measureStream } from '../src/cluster/bench-cluster.js'
import { calibrate } from './calibrate.js'

const { values, positionals } = parseArgs({
  options: { parallel: { type: 'boolean' }, sample: { type: 'string' } },
  allowPositionals: true,
})
const [mode, size] = positionals
const load = loadavg()[0]!
const before = calibrate().cpuMs
let result: unknown
if (mode === 'batch') {
  result = await measureBatch(Number(size), { parallel: values.parallel === true })
} else if (mode === 'stream') {
  const checkpoints = (size ?? '10000,100000,300000').split(',').map(Number)
  result = measureStream(checkpoints, { sample: Number(values.sample ?? 2000) })
} else {
  throw new Error('usage: tsx bench/cluster-scenario.ts batch N [--parallel] | stream CHECKPOINTS')
}
process.stdout.write(
  `${JSON.stringify({
    mode,
    result,
    calibration: { beforeMs: before, afterMs: calibrate().cpuMs },
    load: { before: load, after: loadavg()[0]! },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
)
