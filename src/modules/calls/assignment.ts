/** An expert as assignment sees them: their organisations and those organisations' countries. */
export interface PanelExpert {
  id: string
  organisationIds: string[]
  countries: string[]
}

export interface ApplicationForAssignment {
  id: string
  organisationId: string | null
  country: string | null
}

export type ConflictReason = 'declared' | 'same-organisation' | 'same-country'

/** The automatic conflict between an expert and an application, if any. */
export function automaticConflict(
  expert: PanelExpert,
  application: ApplicationForAssignment,
  sameCountry: boolean,
): ConflictReason | null {
  if (application.organisationId && expert.organisationIds.includes(application.organisationId))
    return 'same-organisation'
  if (sameCountry && application.country && expert.countries.includes(application.country)) return 'same-country'
  return null
}

/**
 * Who reviews what: each application gets up to `perApplication` experts, never a conflicted one
 * (`conflicts` holds "applicationId:expertId" pairs) nor one already assigned; each pick goes to the
 * expert with the fewest reviews so far (ties by id, so the plan is stable). Returns the new pairs.
 */
export function planAssignments(input: {
  applications: ApplicationForAssignment[]
  experts: PanelExpert[]
  perApplication: number
  conflicts: ReadonlySet<string>
  existing: { applicationId: string; expertId: string }[]
}): { applicationId: string; expertId: string }[] {
  const load = new Map(input.experts.map((expert) => [expert.id, 0]))
  const assigned = new Set<string>()
  for (const pair of input.existing) {
    assigned.add(`${pair.applicationId}:${pair.expertId}`)
    if (load.has(pair.expertId)) load.set(pair.expertId, (load.get(pair.expertId) ?? 0) + 1)
  }
  const plan: { applicationId: string; expertId: string }[] = []
  for (const application of input.applications) {
    let count = input.existing.filter((pair) => pair.applicationId === application.id).length
    while (count < input.perApplication) {
      const candidates = input.experts
        .filter(
          (expert) =>
            !assigned.has(`${application.id}:${expert.id}`) && !input.conflicts.has(`${application.id}:${expert.id}`),
        )
        .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.id.localeCompare(b.id))
      const chosen = candidates[0]
      if (!chosen) break
      assigned.add(`${application.id}:${chosen.id}`)
      load.set(chosen.id, (load.get(chosen.id) ?? 0) + 1)
      plan.push({ applicationId: application.id, expertId: chosen.id })
      count += 1
    }
  }
  return plan
}
