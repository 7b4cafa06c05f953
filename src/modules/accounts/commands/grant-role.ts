import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor, SiteRole } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import { countAdmins } from '../queries/people.js'
import { users } from '../tables.js'
import { type CommandEnv, inTransaction } from './command-env.js'

export const GRANTABLE_ROLES = ['admin', 'editor', 'expert'] as const satisfies readonly SiteRole[]

export function isGrantableRole(value: string | undefined): value is SiteRole {
  return (GRANTABLE_ROLES as readonly string[]).includes(value ?? '')
}

// One lock for every role change: two admins removing each other at the same moment must not both
// succeed and leave the site without an admin (PostgreSQL runs them in parallel; PGlite never does).
export const ROLE_CHANGE_LOCK = 7_346_190_301

export type RoleChangeResult = { ok: true; changed: boolean } | { ok: false; reason: 'last-admin' }

/** An admin gives a person a site role; giving one they have changes nothing. */
export async function grantRole(
  db: Db,
  actor: Actor | null,
  change: { userId: string; role: SiteRole },
  env: Pick<CommandEnv, 'now'>,
): Promise<RoleChangeResult> {
  return changeRole(db, actor, { ...change, grant: true }, env)
}

/** An admin takes a site role away; the last admin keeps theirs, so someone can always grant roles. */
export async function revokeRole(
  db: Db,
  actor: Actor | null,
  change: { userId: string; role: SiteRole },
  env: Pick<CommandEnv, 'now'>,
): Promise<RoleChangeResult> {
  return changeRole(db, actor, { ...change, grant: false }, env)
}

async function changeRole(
  db: Db,
  actor: Actor | null,
  change: { userId: string; role: SiteRole; grant: boolean },
  env: Pick<CommandEnv, 'now'>,
): Promise<RoleChangeResult> {
  const { userId, role, grant } = change
  if (!can(actor, 'roles.grant', { userId })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ROLE_CHANGE_LOCK})`)
    const [person] = await tx
      .select({ roles: users.roles, emailVerified: users.emailVerified })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    if (!person) throw new NotFoundError('person')
    const has = person.roles.includes(role)
    if (has === grant) return { ok: true as const, changed: false }
    if (!grant && role === 'admin' && person.emailVerified && (await countAdmins(tx)) <= 1) {
      return { ok: false as const, reason: 'last-admin' as const }
    }
    const roles = grant ? [...person.roles, role] : person.roles.filter((existing) => existing !== role)
    await tx.update(users).set({ roles, updatedAt: env.now }).where(eq(users.id, userId))
    await recordAccountsEvent(tx, actor, {
      action: grant ? 'role.granted' : 'role.revoked',
      subject: { type: 'user', id: userId },
      details: { role },
    })
    return { ok: true as const, changed: true }
  })
}
