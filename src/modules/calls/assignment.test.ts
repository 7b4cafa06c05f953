import { describe, expect, it } from 'vitest'
import { automaticConflict, planAssignments } from './assignment.js'
import { summariseScores, weightedScore } from './scoring.js'

const experts = [
  { id: 'x1', organisationIds: ['org-a'], countries: ['PT'] },
  { id: 'x2', organisationIds: [], countries: ['FR'] },
  { id: 'x3', organisationIds: [], countries: [] },
]
const applications = [
  { id: 'a1', organisationId: 'org-a', country: 'PT' },
  { id: 'a2', organisationId: 'org-b', country: 'FR' },
  { id: 'a3', organisationId: 'org-c', country: 'AM' },
]

describe('conflicts and assignment', () => {
  it('finds same-organisation conflicts always, same-country ones when the call asks', () => {
    expect(automaticConflict(experts[0]!, applications[0]!, false)).toBe('same-organisation')
    expect(automaticConflict(experts[1]!, applications[1]!, false)).toBeNull()
    expect(automaticConflict(experts[1]!, applications[1]!, true)).toBe('same-country')
  })

  it('assigns N experts per application, balanced, never a conflicted one', () => {
    const conflicts = new Set(['a1:x1', 'a2:x3'])
    const plan = planAssignments({ applications, experts, perApplication: 2, conflicts, existing: [] })
    expect(plan.some((pair) => conflicts.has(`${pair.applicationId}:${pair.expertId}`))).toBe(false)
    for (const application of applications)
      expect(plan.filter((pair) => pair.applicationId === application.id)).toHaveLength(2)
    const loads = experts.map((expert) => plan.filter((pair) => pair.expertId === expert.id).length)
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1)
  })

  it('keeps existing assignments and gives fewer when too many experts are conflicted', () => {
    const existing = [{ applicationId: 'a3', expertId: 'x2' }]
    const conflicts = new Set(['a1:x1', 'a1:x2'])
    const plan = planAssignments({ applications, experts, perApplication: 2, conflicts, existing })
    expect(plan.filter((pair) => pair.applicationId === 'a1').map((pair) => pair.expertId)).toEqual(['x3'])
    expect(plan.filter((pair) => pair.applicationId === 'a3')).toHaveLength(1)
    expect(plan).not.toContainEqual({ applicationId: 'a3', expertId: 'x2' })
  })
})

describe('scores', () => {
  const criteria = [
    { id: 'c1', name: 'Impact', description: '', weight: 2, scaleMax: 5 },
    { id: 'c2', name: 'Innovation', description: '', weight: 1, scaleMax: 10 },
  ]
  it('weights each criterion on its own scale', () => {
    expect(weightedScore(criteria, { c1: 5, c2: 10 })).toBe(100)
    expect(weightedScore(criteria, { c1: 0, c2: 10 })).toBe(33.3)
    expect(weightedScore(criteria, { c1: 5 })).toBeNull()
  })
  it('flags a disagreement when experts are far apart', () => {
    expect(summariseScores([80, 50])).toEqual({ mean: 65, spread: 30, disagreement: true })
    expect(summariseScores([80, 70])).toMatchObject({ disagreement: false })
    expect(summariseScores([])).toMatchObject({ mean: null })
  })
})
