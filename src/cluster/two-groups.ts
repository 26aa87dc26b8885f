/**
 * @module two-groups
 * The best cut of a set into two groups by average-link agglomeration (pure, deterministic),
 * used to review a grown story for a split.
 */

/** Two groups of indices from a symmetric similarity matrix, or null for fewer than two items. */
export function twoGroups(sim: readonly (readonly number[])[]): [number[], number[]] | null {
  const n = sim.length
  if (n < 2) return null
  let clusters: number[][] = Array.from({ length: n }, (_, i) => [i])
  // link[a][b] = sum of similarities between the items of clusters a and b
  let link: number[][] = sim.map((row) => [...row])
  while (clusters.length > 2) {
    let best = -Infinity
    let bi = 0
    let bj = 1
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const size = (clusters[i]?.length ?? 1) * (clusters[j]?.length ?? 1)
        const avg = (link[i]?.[j] ?? 0) / size
        if (avg > best) {
          best = avg
          bi = i
          bj = j
        }
      }
    }
    const keep = clusters.map((_, k) => k).filter((k) => k !== bi && k !== bj)
    const row = keep.map((k) => (link[bi]?.[k] ?? 0) + (link[bj]?.[k] ?? 0))
    const next: number[][] = keep.map((a, r) => [
      ...keep.map((b) => link[a]?.[b] ?? 0),
      row[r] ?? 0,
    ])
    next.push([...row, 0])
    clusters = [
      ...keep.map((k) => clusters[k] ?? []),
      [...(clusters[bi] ?? []), ...(clusters[bj] ?? [])],
    ]
    link = next
  }
  const [a, b] = clusters
  return a && b ? [a, b] : null
}

/**
 * Mean of sim[i][j] over i in xs and j in ys. Passing the same array twice gives the mean over
 * its distinct pairs (each once, an item never with itself).
 */
export function meanSimilarity(
  sim: readonly (readonly number[])[],
  xs: readonly number[],
  ys: readonly number[],
): number {
  const same = xs === ys
  let sum = 0
  let count = 0
  for (const i of xs) {
    for (const j of ys) {
      if (same && i >= j) continue
      sum += sim[i]?.[j] ?? 0
      count++
    }
  }
  return count > 0 ? sum / count : 0
}
