import { describe, expect, it } from 'vitest'
import { isOutlier, MIN_GROUP, outlierFences, positionOf, quantile, summarise } from './stats.js'

describe('statistics', () => {
  it('interpolates quantiles between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20)
    expect(quantile([7], 0.75)).toBe(7)
  })

  it('suppresses a summary over fewer than five values', () => {
    expect(MIN_GROUP).toBe(5)
    expect(summarise([1, 2, 3, 4])).toBeNull()
    expect(summarise([5, 1, 4, 2, 3])).toEqual({ n: 5, mean: 3, median: 3, q1: 2, q3: 4 })
  })

  it('flags values beyond 1.5 interquartile ranges, and nothing with fewer than four values', () => {
    const values = [100, 110, 120, 130, 140, 1450]
    const fences = outlierFences(values)
    expect(values.filter((value) => isOutlier(value, fences))).toEqual([1450])
    expect(outlierFences([1, 2, 1000])).toBeNull()
    expect(isOutlier(1000, null)).toBe(false)
  })

  it('gives an organisation its rank from the top, the median and quartiles, shared ranks for ties', () => {
    expect(positionOf(40, [10, 20, 30, 40, 50])).toEqual({ rank: 2, of: 5, median: 30, q1: 20, q3: 40 })
    expect(positionOf(30, [30, 30, 10, 20, 5])?.rank).toBe(1)
    expect(positionOf(30, [30, 20, 10, 5])).toBeNull()
  })
})
