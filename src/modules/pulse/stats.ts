/** Below this many organisations an aggregate is not shown: it could reveal one of them. */
export const MIN_GROUP = 5

/** The q-th quantile (0..1) of sorted numbers, interpolated between neighbours (R's type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  const low = sorted[below]!
  return low + (sorted[above]! - low) * (position - below)
}

export interface Summary {
  n: number
  mean: number
  median: number
  q1: number
  q3: number
}

/** Mean, median and quartiles; null below MIN_GROUP values (suppressed, never a hint of them). */
export function summarise(values: readonly number[]): Summary | null {
  if (values.length < MIN_GROUP) return null
  const sorted = [...values].sort((a, b) => a - b)
  return {
    n: sorted.length,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  }
}

/**
 * Values beyond 1.5 interquartile ranges from the quartiles (Tukey's fences), flagged for an
 * editor's review. Needs at least four values to say anything.
 */
export function outlierFences(values: readonly number[]): { low: number; high: number } | null {
  if (values.length < 4) return null
  const sorted = [...values].sort((a, b) => a - b)
  const q1 = quantile(sorted, 0.25)
  const q3 = quantile(sorted, 0.75)
  const spread = 1.5 * (q3 - q1)
  return { low: q1 - spread, high: q3 + spread }
}

export function isOutlier(value: number, fences: { low: number; high: number } | null): boolean {
  return fences !== null && (value < fences.low || value > fences.high)
}

export interface Position {
  /** 1 for the highest value; ties share the better rank. */
  rank: number
  of: number
  median: number
  q1: number
  q3: number
}

/**
 * Where one value stands among all values (its own included): rank from the top, median and
 * quartiles. Shown only to the organisation itself, so it may be computed over anonymous values;
 * still suppressed below MIN_GROUP, where the quartiles would nearly give the others' values away.
 */
export function positionOf(own: number, values: readonly number[]): Position | null {
  if (values.length < MIN_GROUP) return null
  const sorted = [...values].sort((a, b) => a - b)
  return {
    rank: sorted.filter((value) => value > own).length + 1,
    of: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  }
}
