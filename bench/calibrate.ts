/**
 * The CPU calibration printed with every bench table: a fixed reference loop (10 M `Map.get` on
 * string keys, the loop docs/clustering.md quotes), timed in CPU milliseconds, median of 3. It
 * took 230–330 ms on the 2-core development machine and about 100 ms on a current desktop core;
 * divide a figure by this one's ratio to compare runs across machines.
 */

/** CPU ms of one pass of the reference loop. */
function referenceLoop(): number {
  const keys = Array.from({ length: 1000 }, (_, i) => `key-${i}-${(i * 2654435761) % 9973}`)
  const map = new Map(keys.map((k, i) => [k, i]))
  const start = process.cpuUsage()
  let sum = 0
  for (let i = 0; i < 10_000_000; i++) sum += map.get(keys[i % 1000]!)!
  const cpu = process.cpuUsage(start)
  if (sum < 0) throw new Error('unreachable') // keeps the loop from being optimised away
  return (cpu.user + cpu.system) / 1000
}

/** Median CPU ms of `runs` passes of the reference loop (after one warm-up pass). */
export function calibrate(runs = 3): { cpuMs: number; samples: number[] } {
  referenceLoop()
  const samples = Array.from({ length: runs }, referenceLoop).sort((a, b) => a - b)
  return { cpuMs: samples[Math.floor(samples.length / 2)]!, samples }
}
