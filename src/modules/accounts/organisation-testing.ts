import { and, desc, eq } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { auditEvents } from '../../platform/audit/index.js'
import type { Actor, SiteRole } from '../../platform/http/actor.js'
import { mailOutbox } from '../../platform/mail/index.js'
import { organisationMemberships, users } from './tables.js'
import { createOrganisation, createPerson, sessionCookieFor } from './testing.js'

/** The Actor a request of this person would carry, read from the database as the session middleware does. */
export async function actorOf(db: Db, userId: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.id, userId))
  if (!user) throw new Error(`No user ${userId}`)
  const memberships = await db
    .select({ organisationId: organisationMemberships.organisationId, role: organisationMemberships.role })
    .from(organisationMemberships)
    .where(and(eq(organisationMemberships.userId, userId), eq(organisationMemberships.status, 'active')))
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    roles: user.roles as SiteRole[],
    locale: 'en',
    memberships,
  }
}

export type RoleName = 'unverified' | 'member' | 'orgAdmin' | 'otherMember' | 'expert' | 'editor' | 'admin'

/**
 * One person per role the route matrix asks about, around one organisation ("home") and another
 * ("other"): an unverified person, a member and an organisation admin of home, a member of other,
 * an expert, an editor and an admin. With their Actors and session cookies.
 */
export async function createRoleCast(db: Db, config: Config) {
  const home = await createOrganisation(db, { name: 'Lisbon City Council', verifiedAt: new Date() })
  const other = await createOrganisation(db, {
    name: 'City of Krakow',
    country: 'PL',
    city: 'Krakow',
    verifiedAt: new Date(),
  })
  const specs: Record<RoleName, Parameters<typeof createPerson>[2]> = {
    unverified: { name: 'Uma Unverified', verified: false },
    member: { name: 'Mira Member', memberOf: [{ organisationId: home.id }] },
    orgAdmin: { name: 'Olga Orgadmin', memberOf: [{ organisationId: home.id, role: 'admin' }] },
    otherMember: { name: 'Oskar Other', memberOf: [{ organisationId: other.id, role: 'admin' }] },
    expert: { name: 'Erik Expert', roles: ['expert'] },
    editor: { name: 'Edith Editor', roles: ['editor'] },
    admin: { name: 'Ada Admin', roles: ['admin'] },
  }
  const people = {} as Record<RoleName, { id: string; email: string; name: string }>
  const actors = {} as Record<RoleName, Actor>
  const cookies = {} as Record<RoleName, string>
  for (const [role, spec] of Object.entries(specs) as [RoleName, Parameters<typeof createPerson>[2]][]) {
    people[role] = await createPerson(db, config, spec)
    actors[role] = await actorOf(db, people[role].id)
    cookies[role] = await sessionCookieFor(db, config, people[role].email)
  }
  return { home, other, people, actors, cookies }
}

/** The mails queued for an address, newest first. */
export async function mailsTo(db: Db, address: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(desc(mailOutbox.createdAt))
}

/** The first link to our pages in the newest mail to this address. */
export async function linkInNewestMail(db: Db, address: string, pattern: RegExp): Promise<string> {
  const [mail] = await mailsTo(db, address)
  const link = mail?.textBody.match(pattern)?.[0]
  if (!link) throw new Error(`No link matching ${pattern} in the newest mail to ${address}`)
  return link
}

export async function auditActions(db: Db, subjectId: string) {
  const rows = await db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, subjectId))
    .orderBy(auditEvents.occurredAt)
  return rows.map((row) => row.action)
}
