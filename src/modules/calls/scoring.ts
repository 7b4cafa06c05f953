import type { Call, Criterion, Round } from './tables.js'

/** The criteria reviews of this round are scored against. */
export function criteriaOf(call: Pick<Call, 'criteria'>, round: Round): Criterion[] {
  return call.criteria[round] ?? []
}

/** One review's weighted score, 0–100: each criterion's score over its scale, weighted. */
export function weightedScore(criteria: Criterion[], scores: Record<string, number>): number | null {
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0)
  if (criteria.length === 0 || totalWeight === 0) return null
  let sum = 0
  for (const criterion of criteria) {
    const score = scores[criterion.id]
    if (score === undefined) return null
    sum += (score / criterion.scaleMax) * criterion.weight
  }
  return Math.round((sum / totalWeight) * 1000) / 10
}

/** Experts disagree when their weighted scores are this many points apart or more. */
export const DISAGREEMENT_POINTS = 25

export function summariseScores(totals: number[]) {
  if (totals.length === 0) return { mean: null, spread: null, disagreement: false }
  const mean = Math.round((totals.reduce((sum, total) => sum + total, 0) / totals.length) * 10) / 10
  const spread = Math.round((Math.max(...totals) - Math.min(...totals)) * 10) / 10
  return { mean, spread, disagreement: spread >= DISAGREEMENT_POINTS }
}
