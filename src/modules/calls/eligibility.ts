import type { Call } from './tables.js'

export type IneligibleReason = 'organisation-required' | 'individuals-only' | 'country' | 'organisation-kind'

/**
 * Whether an applicant may apply: on their own, or for an organisation of this country and kind.
 * Pure, so commands and tests ask the same rule.
 */
export function ineligibility(
  call: Pick<Call, 'applicantType' | 'eligibleCountries' | 'eligibleOrganisationKinds'>,
  organisation: { country: string; kind: string } | null,
): IneligibleReason | null {
  if (!organisation) return call.applicantType === 'organisations' ? 'organisation-required' : null
  if (call.applicantType === 'individuals') return 'individuals-only'
  if (call.eligibleCountries.length > 0 && !call.eligibleCountries.includes(organisation.country)) return 'country'
  if (call.eligibleOrganisationKinds.length > 0 && !call.eligibleOrganisationKinds.includes(organisation.kind))
    return 'organisation-kind'
  return null
}
