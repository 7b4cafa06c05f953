import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError } from '../../../platform/http/errors.js'
import { recordAccountsEvent } from '../audit-events.js'
import { can } from '../policy.js'
import { type Audience, PROFILE_FIELDS, type ProfileField, profileVisibility } from '../queries/people.js'
import { profiles, users } from '../tables.js'
import { type CommandEnv, inTransaction } from './command-env.js'

export interface ProfileChanges {
  name: string
  country: string | null
  languages: string[]
  expertise: string[]
  bio: string
  visibility: Record<ProfileField, Audience>
  /** undefined keeps the photo; null removes it; a new one comes with its stored file name. */
  photoPath?: string | null
  /** The photo's text alternative; required by the form whenever there is a photo. */
  photoAlt: string | null
}

/**
 * A person changes their own profile. Returns the photo file it replaced, for the caller to
 * delete once the change is committed. The audit log records which fields changed, not their values.
 */
export async function updateProfile(
  db: Db,
  actor: Actor | null,
  changes: ProfileChanges,
  env: Pick<CommandEnv, 'now'>,
): Promise<{ ok: true; replacedPhoto: string | null }> {
  if (!actor || !can(actor, 'profile.edit', { userId: actor.id })) throw new ForbiddenError()
  return inTransaction(db, async (tx) => {
    const [before] = await tx.select().from(profiles).where(eq(profiles.userId, actor.id)).for('update')
    const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id))
    const photoPath = changes.photoPath === undefined ? (before?.photoPath ?? null) : changes.photoPath
    const values = {
      country: changes.country,
      languages: changes.languages,
      expertise: changes.expertise,
      bio: changes.bio,
      photoPath,
      photoAlt: photoPath ? changes.photoAlt : null,
      visibility: changes.visibility,
      updatedAt: env.now,
    }
    await tx
      .insert(profiles)
      .values({ userId: actor.id, ...values })
      .onConflictDoUpdate({ target: profiles.userId, set: values })
    if (user?.name !== changes.name) {
      await tx.update(users).set({ name: changes.name, updatedAt: env.now }).where(eq(users.id, actor.id))
    }
    const previousVisibility = profileVisibility(before?.visibility)
    const changed = [
      user?.name !== changes.name && 'name',
      (before?.country ?? null) !== changes.country && 'country',
      !sameList(before?.languages, changes.languages) && 'languages',
      !sameList(before?.expertise, changes.expertise) && 'expertise',
      (before?.bio ?? '') !== changes.bio && 'bio',
      (before?.photoPath ?? null) !== photoPath && 'photo',
      (before?.photoAlt ?? null) !== values.photoAlt && 'photoAlt',
      PROFILE_FIELDS.some((field) => previousVisibility[field] !== changes.visibility[field]) && 'visibility',
    ].filter((field): field is string => typeof field === 'string')
    if (changed.length > 0) {
      await recordAccountsEvent(tx, actor, {
        action: 'profile.updated',
        subject: { type: 'user', id: actor.id },
        details: { fields: changed },
      })
    }
    const replaced = before?.photoPath && before.photoPath !== photoPath ? before.photoPath : null
    return { ok: true as const, replacedPhoto: replaced }
  })
}

function sameList(a: string[] | undefined, b: string[]): boolean {
  const left = a ?? []
  return left.length === b.length && left.every((item, index) => item === b[index])
}
