import { generateRandomString, hashPassword } from 'better-auth/crypto'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import type { Locale } from '../../../platform/i18n/catalogue.js'
import { recordAccountsEvent } from '../audit-events.js'
import { checkNewPassword, type PasswordProblem } from '../passwords.js'
import { hashInvitationToken, type Invitation, invitationState } from '../queries/invitations.js'
import { authAccounts, invitations, organisations, users } from '../tables.js'
import { type CommandEnv, inTransaction, isUniqueViolation } from './command-env.js'

export type InvitationRefusal = 'not-found' | 'accepted' | 'revoked' | 'expired'

export type AcceptedInvitation =
  | { ok: true; purpose: 'organisation'; organisation: { slug: string; name: string }; email: string }
  | { ok: true; purpose: 'expert'; email: string }

export type AcceptResult = AcceptedInvitation | { ok: false; reason: InvitationRefusal | 'wrong-account' }

export type AcceptWithNewAccountResult =
  | AcceptedInvitation
  | { ok: false; reason: InvitationRefusal | 'account-exists' }
  | { ok: false; reason: 'password'; problem: PasswordProblem }

/**
 * The signed-in person accepts an invitation sent to their address. Opening the link proves they
 * read that mailbox, so their address counts as verified from now on.
 */
export async function acceptInvitation(
  db: Db,
  actor: Actor | null,
  token: string,
  env: Pick<CommandEnv, 'now'>,
): Promise<AcceptResult> {
  if (!actor) return { ok: false, reason: 'wrong-account' }
  return inTransaction(db, async (tx) => {
    const invitation = await lockInvitation(tx, token)
    const refusal = refusalOf(invitation, env.now)
    if (refusal) return { ok: false as const, reason: refusal }
    if (invitation!.email !== actor.email.toLowerCase()) return { ok: false as const, reason: 'wrong-account' as const }
    await tx.update(users).set({ emailVerified: true, updatedAt: env.now }).where(eq(users.id, actor.id))
    return fulfil(tx, invitation!, { id: actor.id, email: actor.email }, env.now)
  })
}

/**
 * Someone without an account accepts: the account is created with the invited address, already
 * verified (the link proves it), with the name and password they chose, and the invitation is
 * fulfilled in the same transaction. They then sign in as usual.
 */
export async function acceptInvitationWithNewAccount(
  db: Db,
  account: { token: string; name: string; password: string; locale: Locale },
  env: Pick<CommandEnv, 'now'>,
): Promise<AcceptWithNewAccountResult> {
  const preview = await db
    .select({ email: invitations.email })
    .from(invitations)
    .where(eq(invitations.tokenHash, hashInvitationToken(account.token)))
  const problem = checkNewPassword(account.password, preview[0]?.email)
  if (problem) return { ok: false, reason: 'password', problem }
  // Scrypt takes a while: hash before the transaction, not while holding the invitation's lock.
  const passwordHash = await hashPassword(account.password)
  try {
    return await inTransaction(db, async (tx) => {
      const invitation = await lockInvitation(tx, account.token)
      const refusal = refusalOf(invitation, env.now)
      if (refusal) return { ok: false as const, reason: refusal }
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation!.email))
      if (existing) return { ok: false as const, reason: 'account-exists' as const }
      const userId = generateRandomString(32, 'a-z', 'A-Z', '0-9')
      await tx.insert(users).values({
        id: userId,
        name: account.name,
        email: invitation!.email,
        emailVerified: true,
        locale: account.locale,
        createdAt: env.now,
        updatedAt: env.now,
      })
      // Better Auth's password sign-in reads the "credential" account with its scrypt hash.
      await tx.insert(authAccounts).values({
        id: generateRandomString(32, 'a-z', 'A-Z', '0-9'),
        accountId: userId,
        providerId: 'credential',
        userId,
        password: passwordHash,
        createdAt: env.now,
        updatedAt: env.now,
      })
      return fulfil(tx, invitation!, { id: userId, email: invitation!.email }, env.now)
    })
  } catch (error) {
    // Someone signed up with the address between our check and the insert.
    if (isUniqueViolation(error)) return { ok: false, reason: 'account-exists' }
    throw error
  }
}

async function lockInvitation(tx: Db, token: string): Promise<Invitation | undefined> {
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .for('update')
  return invitation
}

function refusalOf(invitation: Invitation | undefined, now: Date): InvitationRefusal | undefined {
  if (!invitation) return 'not-found'
  const state = invitationState(invitation, now)
  return state === 'pending' ? undefined : state
}

async function fulfil(
  tx: Db,
  invitation: Invitation,
  person: { id: string; email: string },
  now: Date,
): Promise<AcceptedInvitation> {
  await tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, invitation.id))
  await recordAccountsEvent(tx, person, {
    action: 'invitation.accepted',
    subject: { type: 'invitation', id: invitation.id },
    organisationId: invitation.organisationId ?? undefined,
    details: { purpose: invitation.purpose },
  })
  if (invitation.purpose === 'expert') {
    const granted = await tx
      .update(users)
      .set({ roles: sql`array_append(${users.roles}, 'expert')`, updatedAt: now })
      .where(sql`${users.id} = ${person.id} and not ('expert' = any(${users.roles}))`)
      .returning({ id: users.id })
    if (granted.length > 0) {
      await recordAccountsEvent(tx, person, {
        action: 'role.granted',
        subject: { type: 'user', id: person.id },
        details: { role: 'expert', through: 'invitation', invitedBy: invitation.invitedBy },
      })
    }
    return { ok: true, purpose: 'expert', email: person.email }
  }
  const role = invitation.organisationRole ?? 'member'
  // A pending request to join is fulfilled too; an existing admin never becomes a mere member.
  await tx.execute(sql`
    insert into organisation_memberships (organisation_id, user_id, role, status, created_at, decided_at, decided_by)
    values (${invitation.organisationId}::uuid, ${person.id}, ${role}, 'active', ${now.toISOString()}::timestamptz,
      ${now.toISOString()}::timestamptz, ${invitation.invitedBy})
    on conflict (organisation_id, user_id) do update set
      status = 'active',
      role = case when organisation_memberships.status = 'active' and organisation_memberships.role = 'admin'
        then 'admin' else excluded.role end,
      decided_at = excluded.decided_at,
      decided_by = excluded.decided_by`)
  const [organisation] = await tx
    .select({ slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, invitation.organisationId!))
  return { ok: true, purpose: 'organisation', organisation: organisation!, email: person.email }
}
