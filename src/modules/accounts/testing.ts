import { eq } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { OrganisationRole, SiteRole } from '../../platform/http/actor.js'
import { authFor } from './auth-registry.js'
import { organisationMemberships, organisations, users } from './tables.js'

let sequence = 0
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`

export const TEST_PASSWORD = 'correct horse battery staple'

/** A person with a password, verified unless said otherwise, with site roles and memberships. */
export async function createPerson(
  db: Db,
  config: Config,
  options: {
    name?: string
    email?: string
    verified?: boolean
    roles?: SiteRole[]
    locale?: string
    memberOf?: { organisationId: string; role?: OrganisationRole }[]
  } = {},
) {
  const email = options.email ?? `person-${unique()}@example.org`
  const auth = authFor(db, config)
  const { user } = await auth.api.signUpEmail({
    body: { name: options.name ?? 'Test Person', email, password: TEST_PASSWORD, locale: options.locale ?? 'en' },
  })
  await db
    .update(users)
    .set({ emailVerified: options.verified ?? true, roles: options.roles ?? [] })
    .where(eq(users.id, user.id))
  for (const membership of options.memberOf ?? []) {
    await db
      .insert(organisationMemberships)
      .values({ organisationId: membership.organisationId, userId: user.id, role: membership.role ?? 'member' })
  }
  return { id: user.id, email, name: options.name ?? 'Test Person' }
}

/** The Cookie header of a fresh session for the person, as a browser would send it. */
export async function sessionCookieFor(db: Db, config: Config, email: string, password = TEST_PASSWORD) {
  const { headers } = await authFor(db, config).api.signInEmail({ body: { email, password }, returnHeaders: true })
  const cookie = headers.get('set-cookie')
  if (!cookie) throw new Error(`No session for ${email}`)
  return cookie.split(';')[0]!
}

export async function createOrganisation(
  db: Db,
  overrides: Partial<typeof organisations.$inferInsert> = {},
): Promise<typeof organisations.$inferSelect> {
  const id = unique()
  const [organisation] = await db
    .insert(organisations)
    .values({
      slug: `organisation-${id}`,
      name: `Organisation ${id}`,
      kind: 'city',
      country: 'PT',
      city: 'Lisboa',
      ...overrides,
    })
    .returning()
  return organisation!
}
