import { Hono } from 'hono'
import type { AppEnv } from '../../platform/http/env.js'
import { type Catalogue, mergeCatalogues } from '../../platform/i18n/catalogue.js'
import type { StoaModule } from '../../platform/module.js'
import { adminMessages } from './admin-messages.js'
import { adminRoutes } from './admin-routes.js'
import { authMessages } from './auth-messages.js'
import { authRoutes } from './auth-routes.js'
import { accountsDemo } from './demo.js'
import { invitationMessages } from './invitation-messages.js'
import { invitationRoutes } from './invitation-routes.js'
import { organisationMessages } from './organisation-messages.js'
import { organisationRoutes } from './organisation-routes.js'
import { organisationSearch } from './organisation-search.js'
import { platformAdminMessages, platformAdminRoutes } from './platform-admin-routes.js'
import { privacyMessages } from './privacy-messages.js'
import { privacyRoutes } from './privacy-routes.js'
import { profileMessages } from './profile-messages.js'
import { profileRoutes } from './profile-routes.js'
import { listPublicOrganisationSlugs } from './queries/organisations.js'
import { sessionMiddleware } from './session.js'

/**
 * The module's areas, each with its routes (mounted at the locale's root: /en/sign-in,
 * /en/account, /en/organisations/…) and its messages.
 */
const areas: { routes: Hono<AppEnv>; messages: Catalogue<string> }[] = [
  { routes: authRoutes, messages: authMessages },
  { routes: organisationRoutes, messages: organisationMessages },
  { routes: invitationRoutes, messages: invitationMessages },
  { routes: profileRoutes, messages: profileMessages },
  { routes: privacyRoutes, messages: privacyMessages },
  { routes: adminRoutes, messages: adminMessages },
  { routes: platformAdminRoutes, messages: platformAdminMessages },
]

const routes = new Hono<AppEnv>()
for (const area of areas) routes.route('/', area.routes)

export const accountsModule: StoaModule = {
  name: 'accounts',
  middleware: sessionMiddleware(),
  pages: { segment: '', routes },
  messages: mergeCatalogues(...areas.map((area) => area.messages)),
  nav: { labelKey: 'organisations.nav', path: '/organisations', order: 80 },
  search: organisationSearch,
  async sitemap(db) {
    const pages = await listPublicOrganisationSlugs(db)
    return [
      { path: '/organisations' },
      ...pages.map((page) => ({ path: `/organisations/${page.slug}`, lastModified: page.updatedAt })),
    ]
  },
  demo: accountsDemo,
}

export { authFor } from './auth-registry.js'
// The calls module adds the people an experts call selected to the expert pool.
export { addToExpertPool } from './commands/join-expert-pool.js'
export { type OrganisationMergeStep, registerOrganisationMergeStep } from './commands/merge-organisations.js'
// What other modules may use: countries and themes for their forms, acting on behalf of an
// organisation, a section on organisation pages, and a step in organisation merges.
export {
  COUNTRY_CODES,
  type CountryCode,
  countryName,
  countryOptions,
  EU_MEMBER_STATES,
  isCountryCode,
  isEuMemberState,
  SOUTH_CAUCASUS,
} from './countries.js'
export { DEMO_PASSWORD } from './demo.js'
export { EU_LANGUAGES, languageName, languageOptions } from './languages.js'
export { type OrganisationRef, type OrganisationSection, registerOrganisationSection } from './organisation-sections.js'
// A module's part of a person's data download and of account deletion (see README.md, Privacy).
export { nameOrFormerMember, type PersonalDataSource, registerPersonalDataSource } from './personal-data-sources.js'
export { type Action, can } from './policy.js'
export type { OrganisationKind, PopulationBand } from './queries/organisations.js'
export {
  type ActingOrganisation,
  findOrganisationById,
  listMembershipsOf,
  listOrganisationsActorCanActFor,
} from './queries/organisations.js'
export { findMailRecipient, listExperts } from './queries/people.js'
export { ORGANISATION_KINDS, POPULATION_BANDS } from './tables.js'
export { isTheme, THEMES, type Theme, themeLabelKey } from './themes.js'
export { ActingOrganisationSelect } from './views/organisations/acting-organisation-select.js'
