import type { Locale } from '../i18n/catalogue.js'

export type SiteRole = 'admin' | 'editor' | 'expert'
export type OrganisationRole = 'admin' | 'member'

/**
 * The signed-in person as every module sees them (set by the accounts module's session
 * middleware); `null` on c.var.actor is a visitor. Decisions about them go through the
 * accounts policy, `can(actor, action, resource)`.
 */
export interface Actor {
  id: string
  name: string
  email: string
  emailVerified: boolean
  /** Granted roles; every verified person is also a member. */
  roles: SiteRole[]
  locale: Locale
  /** Active memberships only (not pending requests). */
  memberships: { organisationId: string; role: OrganisationRole }[]
}
