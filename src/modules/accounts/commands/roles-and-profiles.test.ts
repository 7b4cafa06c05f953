import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../config.js'
import type { Database } from '../../../db/client.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { createTestDatabase } from '../../../platform/testing/test-database.js'
import { actorOf, auditActions, createRoleCast } from '../organisation-testing.js'
import { DEFAULT_VISIBILITY, findProfilePhotoForViewer, getProfileForViewer, listPeople } from '../queries/people.js'
import { users } from '../tables.js'
import { createPerson } from '../testing.js'
import { grantRole, revokeRole } from './grant-role.js'
import { type ProfileChanges, updateProfile } from './update-profile.js'

let database: Database
let cast: Awaited<ReturnType<typeof createRoleCast>>
const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost' })
const env = { now: new Date('2026-03-02T10:00:00Z') }

beforeAll(async () => {
  database = await createTestDatabase()
  cast = await createRoleCast(database.db, config)
})
afterAll(() => database?.close())

const rolesOf = async (id: string) => (await database.db.select().from(users).where(eq(users.id, id)))[0]?.roles

describe('site roles', () => {
  it('lets admins, and only admins, grant and revoke roles', async () => {
    const person = await createPerson(database.db, config)
    for (const who of ['editor', 'expert', 'orgAdmin', 'unverified'] as const) {
      await expect(
        grantRole(database.db, cast.actors[who], { userId: person.id, role: 'editor' }, env),
        who,
      ).rejects.toThrow(ForbiddenError)
    }
    expect(await grantRole(database.db, cast.actors.admin, { userId: person.id, role: 'editor' }, env)).toEqual({
      ok: true,
      changed: true,
    })
    expect(await grantRole(database.db, cast.actors.admin, { userId: person.id, role: 'editor' }, env)).toEqual({
      ok: true,
      changed: false,
    })
    expect(await rolesOf(person.id)).toEqual(['editor'])
    expect(await revokeRole(database.db, cast.actors.admin, { userId: person.id, role: 'editor' }, env)).toEqual({
      ok: true,
      changed: true,
    })
    expect(await rolesOf(person.id)).toEqual([])
    expect(await auditActions(database.db, person.id)).toEqual(['role.granted', 'role.revoked'])
  })

  it('keeps the last admin’s admin role', async () => {
    const admin = cast.actors.admin
    expect(await revokeRole(database.db, admin, { userId: admin.id, role: 'admin' }, env)).toEqual({
      ok: false,
      reason: 'last-admin',
    })
    const second = await createPerson(database.db, config, { roles: ['admin'] })
    expect(await revokeRole(database.db, admin, { userId: admin.id, role: 'admin' }, env)).toMatchObject({ ok: true })
    expect(await rolesOf(admin.id)).toEqual([])
    await grantRole(database.db, await actorOf(database.db, second.id), { userId: admin.id, role: 'admin' }, env)
    await revokeRole(database.db, admin, { userId: second.id, role: 'admin' }, env)
  })

  it('never ends with no admin when two admins remove each other at once', async () => {
    const other = await createPerson(database.db, config, { roles: ['admin'] })
    const otherActor = await actorOf(database.db, other.id)
    const results = await Promise.all([
      revokeRole(database.db, cast.actors.admin, { userId: other.id, role: 'admin' }, env),
      revokeRole(database.db, otherActor, { userId: cast.actors.admin.id, role: 'admin' }, env),
    ])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    const remaining = [await rolesOf(other.id), await rolesOf(cast.actors.admin.id)]
    expect(remaining.filter((roles) => roles?.includes('admin'))).toHaveLength(1)
    // Put the cast back as it was for the tests that follow.
    if (!remaining[1]?.includes('admin')) {
      await database.db
        .update(users)
        .set({ roles: ['admin'] })
        .where(eq(users.id, cast.actors.admin.id))
    }
  })

  it('lists and searches people for admins only', async () => {
    await expect(listPeople(database.db, cast.actors.editor)).rejects.toThrow(ForbiddenError)
    const found = await listPeople(database.db, cast.actors.admin, { search: 'edith' })
    expect(found.items.map((person) => person.id)).toEqual([cast.people.editor.id])
    const experts = await listPeople(database.db, cast.actors.admin, { role: 'expert' })
    expect(experts.items.map((person) => person.id)).toEqual([cast.people.expert.id])
    const byAddress = await listPeople(database.db, cast.actors.admin, { search: '100%_' })
    expect(byAddress.total).toBe(0)
  })
})

describe('profiles and who sees them', () => {
  const changes = (overrides: Partial<ProfileChanges> = {}): ProfileChanges => ({
    name: 'Bianca Bio',
    country: 'IT',
    languages: ['it', 'en'],
    expertise: ['digital-heritage'],
    bio: 'Curator of a members-only bio.',
    visibility: { ...DEFAULT_VISIBILITY },
    photoAlt: null,
    ...overrides,
  })

  it('shows visitors the public fields, members the members’ fields, and the owner everything', async () => {
    const person = await createPerson(database.db, config, { memberOf: [{ organisationId: cast.home.id }] })
    const owner = await actorOf(database.db, person.id)
    await updateProfile(
      database.db,
      owner,
      changes({
        visibility: { ...DEFAULT_VISIBILITY, country: 'private', photo: 'public' },
        photoPath: `${'a'.repeat(32)}.png`,
        photoAlt: 'Bianca',
      }),
      env,
    )
    const asVisitor = await getProfileForViewer(database.db, null, person.id)
    expect(asVisitor).toEqual({
      id: person.id,
      name: 'Bianca Bio',
      organisations: [{ slug: cast.home.slug, name: cast.home.name }],
      photo: { alt: 'Bianca' },
    })
    const asUnverified = await getProfileForViewer(database.db, cast.actors.unverified, person.id)
    expect(asUnverified.bio).toBeUndefined()
    const asMember = await getProfileForViewer(database.db, cast.actors.otherMember, person.id)
    expect(asMember).toMatchObject({
      languages: ['it', 'en'],
      expertise: ['digital-heritage'],
      bio: 'Curator of a members-only bio.',
    })
    expect(asMember.country).toBeUndefined()
    const asAdmin = await getProfileForViewer(database.db, cast.actors.admin, person.id)
    expect(asAdmin.country).toBeUndefined()
    expect((await getProfileForViewer(database.db, owner, person.id)).country).toBe('IT')
    expect(await findProfilePhotoForViewer(database.db, null, person.id)).toMatchObject({ audience: 'public' })
    expect(await auditActions(database.db, person.id)).toContain('profile.updated')
  })

  it('shows a visitor nothing of a person who shows nothing publicly, nor of a deleted one', async () => {
    const person = await createPerson(database.db, config)
    const owner = await actorOf(database.db, person.id)
    await updateProfile(
      database.db,
      owner,
      changes({ visibility: { ...DEFAULT_VISIBILITY, name: 'members', organisation: 'members', country: 'members' } }),
      env,
    )
    await expect(getProfileForViewer(database.db, null, person.id)).rejects.toThrow(NotFoundError)
    expect((await getProfileForViewer(database.db, cast.actors.member, person.id)).name).toBe('Bianca Bio')
    expect(await findProfilePhotoForViewer(database.db, null, person.id)).toBeUndefined()
    await database.db.update(users).set({ deletedAt: env.now }).where(eq(users.id, person.id))
    await expect(getProfileForViewer(database.db, cast.actors.admin, person.id)).rejects.toThrow(NotFoundError)
  })

  it('returns the photo it replaced, and refuses to edit anyone else’s profile', async () => {
    const person = await createPerson(database.db, config)
    const owner = await actorOf(database.db, person.id)
    const first = `${'b'.repeat(32)}.jpg`
    await updateProfile(database.db, owner, changes({ photoPath: first, photoAlt: 'A' }), env)
    expect(await updateProfile(database.db, owner, changes({ photoAlt: 'B' }), env)).toEqual({
      ok: true,
      replacedPhoto: null,
    })
    expect(await updateProfile(database.db, owner, changes({ photoPath: null }), env)).toEqual({
      ok: true,
      replacedPhoto: first,
    })
    await expect(updateProfile(database.db, null, changes(), env)).rejects.toThrow(ForbiddenError)
  })
})
