/**
 * @module cluster-metrics
 * Quality of a clustering against gold labels (pure): pairwise and BCubed precision, recall and
 * F1, and how often two confusable gold events of one topic ended up in one predicted story.
 */

export interface PRF {
  precision: number
  recall: number
  f1: number
}

export interface ClusterScores {
  pairwise: PRF
  bcubed: PRF
  predictedClusters: number
  goldClusters: number
  items: number
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

function groups(labels: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  labels.forEach((label, i) => {
    const g = out.get(label)
    if (g) g.push(i)
    else out.set(label, [i])
  })
  return out
}

/**
 * Scores of `predicted` against `gold`, two labels per item in the same order. Pairwise counts
 * pairs of items placed together; BCubed averages, per item, the share of its predicted cluster
 * that is in its gold cluster (precision) and the share of its gold cluster that it was placed
 * with (recall).
 */
export function scoreClustering(
  predicted: readonly string[],
  gold: readonly string[],
): ClusterScores {
  if (predicted.length !== gold.length) throw new Error('predicted and gold differ in length')
  const n = predicted.length
  const pred = groups(predicted)
  const gld = groups(gold)
  // contingency: predicted cluster -> gold cluster -> count
  const joint = new Map<string, Map<string, number>>()
  for (let i = 0; i < n; i++) {
    const p = predicted[i] ?? ''
    const g = gold[i] ?? ''
    let row = joint.get(p)
    if (!row) joint.set(p, (row = new Map()))
    row.set(g, (row.get(g) ?? 0) + 1)
  }
  const pairs = (k: number): number => (k * (k - 1)) / 2
  let together = 0
  for (const row of joint.values()) for (const c of row.values()) together += pairs(c)
  let predPairs = 0
  for (const g of pred.values()) predPairs += pairs(g.length)
  let goldPairs = 0
  for (const g of gld.values()) goldPairs += pairs(g.length)
  const pp = predPairs === 0 ? 1 : together / predPairs
  const pr = goldPairs === 0 ? 1 : together / goldPairs
  // BCubed from the contingency table: each of the c items in cell (p, g) scores c/|p| and c/|g|
  let bp = 0
  let br = 0
  for (const [p, row] of joint) {
    const size = pred.get(p)?.length ?? 1
    for (const [g, c] of row) {
      bp += (c * c) / size
      br += (c * c) / (gld.get(g)?.length ?? 1)
    }
  }
  bp = n === 0 ? 1 : bp / n
  br = n === 0 ? 1 : br / n
  return {
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    predictedClusters: pred.size,
    goldClusters: gld.size,
    items: n,
  }
}

/**
 * Topics whose gold events were merged: a topic counts as merged when some predicted story
 * holds at least `minEach` members of each of two different gold events of that topic.
 */
export function mergedTopics(
  predicted: readonly string[],
  gold: readonly string[],
  topics: readonly string[],
  minEach = 2,
): { topics: number; merged: string[] } {
  const counts = new Map<string, Map<string, Map<string, number>>>() // topic -> story -> gold -> n
  for (let i = 0; i < predicted.length; i++) {
    const t = topics[i] ?? ''
    const p = predicted[i] ?? ''
    const g = gold[i] ?? ''
    let byStory = counts.get(t)
    if (!byStory) counts.set(t, (byStory = new Map()))
    let byGold = byStory.get(p)
    if (!byGold) byStory.set(p, (byGold = new Map()))
    byGold.set(g, (byGold.get(g) ?? 0) + 1)
  }
  const merged: string[] = []
  for (const [t, byStory] of counts) {
    for (const byGold of byStory.values()) {
      const big = [...byGold.values()].filter((c) => c >= minEach).length
      if (big >= 2) {
        merged.push(t)
        break
      }
    }
  }
  merged.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  return { topics: counts.size, merged }
}
