import { verifyPassword } from 'better-auth/crypto'
import { and, count, eq, gt, inArray, isNull, like, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import { auditEvents, FORMER_MEMBER_LABEL, recordAudit } from '../../../platform/audit/index.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { mailOutbox } from '../../../platform/mail/index.js'
import { deleteStoredImage } from '../images.js'
import { listPersonalDataSources } from '../personal-data-sources.js'
import { can } from '../policy.js'
import { countAdmins } from '../queries/people.js'
import { findPasswordHash } from '../queries/personal-data.js'
import {
  authAccounts,
  authVerifications,
  invitations,
  organisationMemberships,
  organisations,
  profiles,
  sessions,
  users,
} from '../tables.js'
import type { AuthRequest, RateLimited } from './auth-request.js'
import { limit, refund } from './auth-request.js'
import { inTransaction } from './command-env.js'
import { ROLE_CHANGE_LOCK } from './grant-role.js'

/** How the person confirms: the password when the account has one, otherwise the typed word the form checked. */
export type DeletionProof = { password: string } | { typedConfirmation: true }

export type DeleteAccountResult =
  | { ok: true }
  | RateLimited
  | { ok: false; reason: 'wrong-password' | 'confirmation-missing' | 'last-site-admin' }

/** The address a deleted account keeps: unique, and in a domain that can never receive mail (RFC 2606). */
export function tombstoneEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`
}

/**
 * A person deletes their account (GDPR Article 17). In one transaction: the users row stays as a
 * tombstone (its id, so what the programme keeps still points somewhere, shown as "a former
 * member"), and everything that says who they were goes: name, address, password, sessions,
 * profile, memberships, invitations to them, mail to them, their name and address in the audit
 * log; open invitations they sent are withdrawn; each registered data source erases its part.
 * The profile photo's file goes once the transaction has committed.
 */
export async function deleteAccount(
  request: AuthRequest,
  actor: Actor | null,
  proof: DeletionProof,
): Promise<DeleteAccountResult> {
  if (!actor || !can(actor, 'account.delete', { userId: actor.id })) throw new ForbiddenError()
  const { db, now } = request
  const passwordHash = await findPasswordHash(db, actor.id)
  if (passwordHash) {
    if (!('password' in proof)) return { ok: false, reason: 'wrong-password' }
    // Counted as sign-in attempts: the password field is a way to guess it from a stolen session.
    const limited = await limit(request, 'sign-in', actor.email)
    if (limited) return limited
    if (!(await verifyPassword({ hash: passwordHash, password: proof.password }))) {
      return { ok: false, reason: 'wrong-password' }
    }
    await refund(request, 'sign-in', actor.email)
  } else if (!('typedConfirmation' in proof)) {
    return { ok: false, reason: 'confirmation-missing' }
  }

  const outcome = await inTransaction(db, (tx) => eraseAccount(tx, actor.id, now))
  if (!outcome.ok) return outcome
  await deleteStoredImage(request.config, 'profile-photos', outcome.photoPath)
  return { ok: true }
}

async function eraseAccount(
  tx: Db,
  userId: string,
  now: Date,
): Promise<{ ok: true; photoPath: string | null } | { ok: false; reason: 'last-site-admin' }> {
  // The lock role changes take, before the row's, in their order: two admins deleting their accounts
  // (or one while the other is revoked) must not leave the site without one, nor deadlock.
  await tx.execute(sql`select pg_advisory_xact_lock(${ROLE_CHANGE_LOCK})`)
  const [person] = await tx
    .select({ email: users.email, roles: users.roles, emailVerified: users.emailVerified })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .for('update')
  if (!person) throw new NotFoundError('person')
  if (person.roles.includes('admin') && person.emailVerified && (await countAdmins(tx)) <= 1) {
    return { ok: false, reason: 'last-site-admin' }
  }

  const addresses = await addressesOf(tx, userId, person.email)
  const left = await leaveEveryOrganisation(tx, userId)

  const revoked = await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.invitedBy, userId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning({ id: invitations.id })
  await tx.delete(invitations).where(inArray(invitations.email, addresses))

  const [profile] = await tx.delete(profiles).where(eq(profiles.userId, userId)).returning()
  await tx.delete(sessions).where(eq(sessions.userId, userId))
  await tx.delete(authAccounts).where(eq(authAccounts.userId, userId))
  // Reset links store the account's id; sign-in links store the address inside a JSON value.
  await tx
    .delete(authVerifications)
    .where(
      or(
        eq(authVerifications.value, userId),
        ...addresses.map((address) => like(sql`lower(${authVerifications.value})`, `%"email":${likeJson(address)}%`)),
      ),
    )
  await tx.delete(mailOutbox).where(inArray(sql`lower(${mailOutbox.toAddress})`, addresses))
  await forgetInAuditLog(tx, userId, addresses)

  const sources = listPersonalDataSources()
  for (const source of sources) await source.erase(tx, userId, { now })

  await tx
    .update(users)
    .set({
      name: '',
      email: tombstoneEmail(userId),
      emailVerified: false,
      image: null,
      roles: [],
      locale: sql`default`,
      deletedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, userId))

  for (const membership of left) {
    await recordAudit(tx, {
      action: 'membership.left',
      actorId: userId,
      actorLabel: FORMER_MEMBER_LABEL,
      subjectType: 'user',
      subjectId: userId,
      organisationId: membership.organisationId,
      details: {
        role: membership.role,
        reason: 'account-deleted',
        ...(membership.noAdminLeft ? { noAdminLeft: true } : {}),
      },
    })
  }
  await recordAudit(tx, {
    action: 'account.deleted',
    actorId: userId,
    actorLabel: FORMER_MEMBER_LABEL,
    subjectType: 'user',
    subjectId: userId,
    details: {
      organisationsLeft: left.length,
      organisationsWithoutAdmin: left.filter((membership) => membership.noAdminLeft).map((m) => m.organisationId),
      invitationsWithdrawn: revoked.length,
      modules: sources.map((source) => source.name),
    },
  })
  return { ok: true, photoPath: profile?.photoPath ?? null }
}

/**
 * Every address the account has had, as far as the site recorded it: the current one, those it
 * signed in with (the audit log's labels) and those it moved from or asked to move to.
 */
async function addressesOf(tx: Db, userId: string, current: string): Promise<string[]> {
  const recorded = await tx
    .select({
      label: auditEvents.actorLabel,
      from: sql<string | null>`${auditEvents.details}->>'from'`,
      to: sql<string | null>`${auditEvents.details}->>'to'`,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, userId), like(auditEvents.action, 'account.%')))
  const addresses = new Set([current.toLowerCase()])
  for (const row of recorded) {
    for (const value of [row.label, row.from, row.to]) {
      if (value?.includes('@')) addresses.add(value.trim().toLowerCase())
    }
  }
  return [...addresses]
}

/**
 * Ends every membership and join request. An organisation whose last organisation admin this was
 * keeps existing, without one: editors can still manage it, and the audit log says so.
 */
async function leaveEveryOrganisation(tx: Db, userId: string) {
  const mine = await tx
    .select({
      organisationId: organisationMemberships.organisationId,
      role: organisationMemberships.role,
      status: organisationMemberships.status,
    })
    .from(organisationMemberships)
    .where(eq(organisationMemberships.userId, userId))
  if (mine.length === 0) return []
  // Locked in a fixed order, as leaving does, so an admin leaving at the same moment sees this one gone.
  await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      inArray(
        organisations.id,
        mine.map((membership) => membership.organisationId),
      ),
    )
    .orderBy(organisations.id)
    .for('update')
  const left: { organisationId: string; role: 'admin' | 'member'; noAdminLeft: boolean }[] = []
  for (const membership of mine) {
    if (membership.status !== 'active') continue
    let noAdminLeft = false
    if (membership.role === 'admin') {
      const [others] = await tx
        .select({ total: count() })
        .from(organisationMemberships)
        .where(
          and(
            eq(organisationMemberships.organisationId, membership.organisationId),
            eq(organisationMemberships.role, 'admin'),
            eq(organisationMemberships.status, 'active'),
            ne(organisationMemberships.userId, userId),
          ),
        )
      noAdminLeft = (others?.total ?? 0) === 0
    }
    left.push({ organisationId: membership.organisationId, role: membership.role, noAdminLeft })
  }
  await tx.delete(organisationMemberships).where(eq(organisationMemberships.userId, userId))
  return left
}

/**
 * The audit log keeps what happened, under the tombstone's id, but no longer who: the person's
 * events (and failed sign-ins with their address) lose the address and the IP, and their address
 * is replaced wherever another event's details name it (an invitation sent to them).
 */
async function forgetInAuditLog(tx: Db, userId: string, addresses: string[]) {
  await tx
    .update(auditEvents)
    .set({ actorLabel: FORMER_MEMBER_LABEL, ip: null })
    .where(or(eq(auditEvents.actorId, userId), inArray(sql`lower(${auditEvents.actorLabel})`, addresses)))
  // A scan of the whole log, as no index covers the details: deletions are rare, and it is one statement.
  // Whole JSON string values only, quotes included, so ana@example.org leaves banana@example.org alone.
  const pattern = `"(${addresses.map((address) => address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})"`
  await tx.execute(sql`
    update audit_events
    set details = regexp_replace(details::text, ${pattern}, ${JSON.stringify(FORMER_MEMBER_LABEL)}, 'gi')::jsonb
    where details::text ~* ${pattern}
  `)
}

/** The address as it appears inside a JSON string value, ready for LIKE. */
function likeJson(address: string): string {
  return JSON.stringify(address).replace(/[\\%_]/g, (character) => `\\${character}`)
}
