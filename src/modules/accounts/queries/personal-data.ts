import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm'
import type { Config } from '../../../config.js'
import type { Db } from '../../../db/client.js'
import { auditEvents } from '../../../platform/audit/index.js'
import { NotFoundError } from '../../../platform/http/errors.js'
import { mailOutbox } from '../../../platform/mail/index.js'
import { readStoredImage } from '../images.js'
import { listPersonalDataSources } from '../personal-data-sources.js'
import {
  authAccounts,
  invitations,
  organisationMemberships,
  organisations,
  profiles,
  sessions,
  users,
} from '../tables.js'
import { countAdmins, profileVisibility } from './people.js'

// The mail outbox and the audit log belong to the platform, which exports their tables for
// exactly this: they hold what the site sent to a person and what they did.

async function loadAccount(db: Db, userId: string) {
  const [account] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      roles: users.roles,
      locale: users.locale,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
  if (!account) throw new NotFoundError('person')
  return account
}

const mailTo = (email: string) => sql`lower(${mailOutbox.toAddress}) = ${email.toLowerCase()}`

/**
 * Everything the site holds about one person, as the JSON they download: their own records in
 * full, and of anything shared only what is theirs. An organisation appears by name, never with
 * its other members; a received invitation without who sent it; an invitation they sent with the
 * address they typed. Other modules add their parts through registerPersonalDataSource.
 */
export async function collectPersonalData(db: Db, config: Config, userId: string, now: Date) {
  const account = await loadAccount(db, userId)
  const [profile] = await db.select().from(profiles).where(eq(profiles.userId, userId))
  const photo = profile?.photoPath ? await readStoredImage(config, 'profile-photos', profile.photoPath) : undefined

  const memberships = await db
    .select({
      organisation: { name: organisations.name, slug: organisations.slug },
      role: organisationMemberships.role,
      status: organisationMemberships.status,
      since: organisationMemberships.createdAt,
      decidedAt: organisationMemberships.decidedAt,
    })
    .from(organisationMemberships)
    .innerJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(eq(organisationMemberships.userId, userId))
    .orderBy(asc(organisationMemberships.createdAt))

  const invitationFields = {
    purpose: invitations.purpose,
    organisation: { name: organisations.name, slug: organisations.slug },
    organisationRole: invitations.organisationRole,
    sentAt: invitations.createdAt,
    expiresAt: invitations.expiresAt,
    acceptedAt: invitations.acceptedAt,
    revokedAt: invitations.revokedAt,
  }
  const received = await db
    .select(invitationFields)
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.email, account.email.toLowerCase()))
    .orderBy(asc(invitations.createdAt))
  const sent = await db
    .select({ email: invitations.email, ...invitationFields })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.invitedBy, userId))
    .orderBy(asc(invitations.createdAt))

  const signedIn = await db
    .select({
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.updatedAt,
      expiresAt: sessions.expiresAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(asc(sessions.createdAt))

  // Ids of other accounts may appear in an event (a role granted to someone): opaque, they say nobody's name.
  const events = await db
    .select({
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      organisationId: auditEvents.organisationId,
      ipAddress: auditEvents.ip,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(eq(auditEvents.actorId, userId))
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id))

  const mail = await db
    .select({
      to: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      status: mailOutbox.status,
      text: mailOutbox.textBody,
      html: mailOutbox.htmlBody,
    })
    .from(mailOutbox)
    .where(mailTo(account.email))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))

  const fromModules: Record<string, unknown> = {}
  for (const source of listPersonalDataSources()) fromModules[source.name] = await source.export(db, userId)

  return {
    about: 'The personal data this Stoa site holds about one account, downloaded by its owner.',
    site: config.http.baseUrl,
    exportedAt: now,
    account: {
      id: account.id,
      name: account.name,
      email: account.email,
      emailVerified: account.emailVerified,
      siteRoles: account.roles,
      locale: account.locale,
      createdAt: account.createdAt,
    },
    profile: profile
      ? {
          country: profile.country,
          languages: profile.languages,
          expertise: profile.expertise,
          bio: profile.bio,
          photo: photo
            ? { alt: profile.photoAlt, type: photo.type, base64: Buffer.from(photo.bytes).toString('base64') }
            : null,
          visibility: profileVisibility(profile.visibility),
          updatedAt: profile.updatedAt,
        }
      : null,
    organisations: memberships,
    invitations: { received, sent },
    sessions: signedIn,
    auditEvents: events,
    mail,
    modules: fromModules,
  }
}

export type PersonalData = Awaited<ReturnType<typeof collectPersonalData>>

export interface PersonalDataSummary {
  name: string
  email: string
  emailVerified: boolean
  siteRoles: string[]
  createdAt: Date
  hasProfile: boolean
  memberships: number
  joinRequests: number
  invitationsSent: number
  invitationsReceived: number
  activeSessions: number
  auditEvents: number
  mail: number
  /** Message keys of what other modules add to the download. */
  otherParts: string[]
}

/** What the privacy page lists: the same ground as the download, counted. */
export async function summarisePersonalData(db: Db, userId: string, now: Date): Promise<PersonalDataSummary> {
  const account = await loadAccount(db, userId)
  const total = async (query: Promise<{ total: number }[]>) => (await query)[0]?.total ?? 0
  const [profile] = await db.select({ userId: profiles.userId }).from(profiles).where(eq(profiles.userId, userId))
  const memberships = await db
    .select({ status: organisationMemberships.status, total: count() })
    .from(organisationMemberships)
    .where(eq(organisationMemberships.userId, userId))
    .groupBy(organisationMemberships.status)
  const byStatus = (status: string) => memberships.find((row) => row.status === status)?.total ?? 0
  return {
    name: account.name,
    email: account.email,
    emailVerified: account.emailVerified,
    siteRoles: account.roles,
    createdAt: account.createdAt,
    hasProfile: profile !== undefined,
    memberships: byStatus('active'),
    joinRequests: byStatus('requested'),
    invitationsSent: await total(
      db.select({ total: count() }).from(invitations).where(eq(invitations.invitedBy, userId)),
    ),
    invitationsReceived: await total(
      db.select({ total: count() }).from(invitations).where(eq(invitations.email, account.email.toLowerCase())),
    ),
    activeSessions: await total(
      db
        .select({ total: count() })
        .from(sessions)
        .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now))),
    ),
    auditEvents: await total(db.select({ total: count() }).from(auditEvents).where(eq(auditEvents.actorId, userId))),
    mail: await total(db.select({ total: count() }).from(mailOutbox).where(mailTo(account.email))),
    otherParts: listPersonalDataSources().map((source) => source.labelKey),
  }
}

export interface DeletionRequirements {
  /** How the person confirms: their password, or (an account without one) a typed word. */
  proof: 'password' | 'typed-confirmation'
  /** The site's only administrator cannot leave it without one. */
  lastSiteAdmin: boolean
  /** Organisations that will have no organisation admin once the person is gone. */
  organisationsWithoutAdmin: { name: string; slug: string }[]
}

export async function findDeletionRequirements(db: Db, userId: string): Promise<DeletionRequirements> {
  const account = await loadAccount(db, userId)
  return {
    proof: (await findPasswordHash(db, userId)) ? 'password' : 'typed-confirmation',
    lastSiteAdmin: account.roles.includes('admin') && account.emailVerified && (await countAdmins(db)) <= 1,
    organisationsWithoutAdmin: await db
      .select({ name: organisations.name, slug: organisations.slug })
      .from(organisationMemberships)
      .innerJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
      .where(
        and(
          eq(organisationMemberships.userId, userId),
          eq(organisationMemberships.role, 'admin'),
          eq(organisationMemberships.status, 'active'),
          isNull(organisations.mergedIntoId),
          sql`not exists (
            select 1 from ${organisationMemberships} other
            where other.organisation_id = ${organisationMemberships.organisationId}
              and other.user_id <> ${userId} and other.role = 'admin' and other.status = 'active'
          )`,
        ),
      )
      .orderBy(asc(sql`lower(${organisations.name})`)),
  }
}

/** The scrypt hash Better Auth signs in with ("credential" account), if the person has a password. */
export async function findPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ password: authAccounts.password })
    .from(authAccounts)
    .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')))
  return row?.password ?? undefined
}
