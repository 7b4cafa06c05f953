import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../config.js'
import type { Database } from '../../../db/client.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { createTestDatabase } from '../../../platform/testing/test-database.js'
import { actorOf, auditActions, createRoleCast } from '../organisation-testing.js'
import { getOrganisationBySlug, listOrganisations, listVisibleMembers } from '../queries/organisations.js'
import { invitations, organisationMemberships, organisations } from '../tables.js'
import { createOrganisation, createPerson } from '../testing.js'
import { editOrganisation } from './edit-organisation.js'
import { inviteToOrganisation } from './invite-to-organisation.js'
import { mergeOrganisations, registerOrganisationMergeStep } from './merge-organisations.js'
import { type OrganisationDetails, proposeOrganisation, slugify } from './propose-organisation.js'
import { verifyOrganisation } from './verify-organisation.js'

let database: Database
let cast: Awaited<ReturnType<typeof createRoleCast>>
const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost' })
const now = new Date('2026-03-02T10:00:00Z')
const env = { now, baseUrl: 'http://localhost' }

beforeAll(async () => {
  database = await createTestDatabase()
  cast = await createRoleCast(database.db, config)
})
afterAll(() => database?.close())

const details = (overrides: Partial<OrganisationDetails> = {}): OrganisationDetails => ({
  name: 'Museu de Lisboa',
  kind: 'museum-heritage',
  country: 'PT',
  city: 'Lisbon',
  populationBand: null,
  website: 'https://museudelisboa.example',
  description: 'A city museum.',
  ...overrides,
})

const membershipOf = async (organisationId: string, userId: string) =>
  (
    await database.db
      .select()
      .from(organisationMemberships)
      .where(
        and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.userId, userId)),
      )
  )[0]

describe('proposing an organisation', () => {
  it('makes a member’s proposal unverified, with the member as its organisation admin', async () => {
    const { organisation } = await proposeOrganisation(database.db, cast.actors.member, details(), env)
    expect(organisation.verifiedAt).toBeNull()
    expect(organisation.slug).toBe('museu-de-lisboa')
    expect(await membershipOf(organisation.id, cast.people.member.id)).toMatchObject({
      role: 'admin',
      status: 'active',
    })
    expect(await auditActions(database.db, organisation.id)).toEqual(['organisation.created'])
  })

  it('verifies an editor’s at once, without making the editor a member', async () => {
    const { organisation } = await proposeOrganisation(database.db, cast.actors.editor, details(), env)
    expect(organisation.verifiedAt).toEqual(now)
    expect(organisation.slug).toBe('museu-de-lisboa-2')
    expect(await membershipOf(organisation.id, cast.people.editor.id)).toBeUndefined()
    expect(await auditActions(database.db, organisation.id)).toEqual(['organisation.created', 'organisation.verified'])
  })

  it('refuses visitors and people whose address is not confirmed', async () => {
    await expect(proposeOrganisation(database.db, null, details(), env)).rejects.toThrow(ForbiddenError)
    await expect(proposeOrganisation(database.db, cast.actors.unverified, details(), env)).rejects.toThrow(
      ForbiddenError,
    )
  })

  it('drops a population band for anything but a city', async () => {
    const { organisation } = await proposeOrganisation(
      database.db,
      cast.actors.editor,
      details({ name: 'Banded NGO', kind: 'ngo', populationBand: '500k-1m' }),
      env,
    )
    expect(organisation.populationBand).toBeNull()
  })

  it('makes readable, unique slugs from any name', () => {
    expect(slugify('Urriés Town Council')).toBe('urries-town-council')
    expect(slugify('Landeshauptstadt Dresden – Straße')).toBe('landeshauptstadt-dresden-strasse')
    expect(slugify('Kraków')).toBe('krakow')
    expect(slugify('!!!')).toBe('organisation')
  })
})

describe('editing and verifying', () => {
  it('lets the organisation’s admins and editors edit, nobody else', async () => {
    const id = cast.home.id
    const change = details({ name: 'Lisbon City Council', kind: 'city', country: 'PT', populationBand: '500k-1m' })
    for (const who of ['orgAdmin', 'editor', 'admin'] as const) {
      const { organisation } = await editOrganisation(database.db, cast.actors[who], id, change, env)
      expect(organisation.populationBand).toBe('500k-1m')
      expect(organisation.slug).toBe(cast.home.slug)
    }
    for (const who of ['member', 'otherMember', 'expert', 'unverified'] as const) {
      await expect(editOrganisation(database.db, cast.actors[who], id, change, env), who).rejects.toThrow(
        ForbiddenError,
      )
    }
    await expect(editOrganisation(database.db, null, id, change, env)).rejects.toThrow(ForbiddenError)
  })

  it('lets only editors and admins verify, once', async () => {
    const organisation = await createOrganisation(database.db, { name: 'Waiting' })
    for (const who of ['member', 'orgAdmin', 'expert'] as const) {
      await expect(verifyOrganisation(database.db, cast.actors[who], organisation.id, env)).rejects.toThrow(
        ForbiddenError,
      )
    }
    expect(await verifyOrganisation(database.db, cast.actors.editor, organisation.id, env)).toEqual({
      ok: true,
      alreadyVerified: false,
    })
    expect(await verifyOrganisation(database.db, cast.actors.admin, organisation.id, env)).toEqual({
      ok: true,
      alreadyVerified: true,
    })
    expect(await auditActions(database.db, organisation.id)).toEqual(['organisation.verified'])
  })
})

describe('the directory', () => {
  it('shows visitors verified organisations only, and verified people those waiting too', async () => {
    const waiting = await createOrganisation(database.db, { name: 'Zz Waiting', country: 'MT' })
    const verified = await createOrganisation(database.db, { name: 'Zz Verified', country: 'MT', verifiedAt: now })
    const names = async (actor: Parameters<typeof listOrganisations>[1]) =>
      (await listOrganisations(database.db, actor, { country: 'MT' })).items.map((item) => item.name)
    expect(await names(null)).toEqual([verified.name])
    expect(await names(cast.actors.unverified)).toEqual([verified.name])
    expect(await names(cast.actors.member)).toEqual([verified.name, waiting.name])
    await expect(getOrganisationBySlug(database.db, null, waiting.slug)).rejects.toThrow(NotFoundError)
  })

  it('filters by kind and country and pages through the rest', async () => {
    for (let index = 0; index < 30; index++) {
      await createOrganisation(database.db, { name: `Region ${index}`, kind: 'region', country: 'IS', verifiedAt: now })
    }
    const first = await listOrganisations(database.db, null, { kind: 'region', country: 'IS' })
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 })
    expect(first.items).toHaveLength(24)
    const second = await listOrganisations(database.db, null, { kind: 'region', country: 'IS', page: 2 })
    expect(second.items).toHaveLength(6)
    expect((await listOrganisations(database.db, null, { kind: 'city', country: 'IS' })).total).toBe(0)
  })
})

describe('merging organisations', () => {
  it('moves memberships, keeps the stronger of two, moves invitations and redirects the old address', async () => {
    const into = await createOrganisation(database.db, { name: 'Kraków City', verifiedAt: now })
    const from = await createOrganisation(database.db, { name: 'Krakow (duplicate)' })
    const both = await createPerson(database.db, config, {
      memberOf: [
        { organisationId: into.id, role: 'member' },
        { organisationId: from.id, role: 'admin' },
      ],
    })
    const onlyFrom = await createPerson(database.db, config, { memberOf: [{ organisationId: from.id }] })
    const invitedByAdmin = await inviteToOrganisation(
      database.db,
      await actorOf(database.db, both.id),
      { organisationId: from.id, email: 'someone@krakow.example', role: 'member', locale: 'en' },
      env,
    )
    expect(invitedByAdmin.ok).toBe(true)
    const earlier = await createOrganisation(database.db, { name: 'Cracow', mergedIntoId: from.id })
    const steps: unknown[] = []
    const unregister = registerOrganisationMergeStep({
      name: 'test',
      run: async (_tx, merge) => void steps.push(merge),
    })

    const result = await mergeOrganisations(database.db, cast.actors.editor, { fromId: from.id, intoId: into.id }, env)
    unregister()

    expect(result).toMatchObject({ ok: true, movedMemberships: 2 })
    expect(steps).toEqual([{ fromId: from.id, intoId: into.id }])
    expect(await membershipOf(into.id, both.id)).toMatchObject({ role: 'admin', status: 'active' })
    expect(await membershipOf(into.id, onlyFrom.id)).toMatchObject({ role: 'member', status: 'active' })
    expect(await membershipOf(from.id, both.id)).toBeUndefined()
    const [invitation] = await database.db
      .select()
      .from(invitations)
      .where(eq(invitations.email, 'someone@krakow.example'))
    expect(invitation?.organisationId).toBe(into.id)
    for (const slug of [from.slug, earlier.slug]) {
      const found = await getOrganisationBySlug(database.db, null, slug)
      expect('mergedInto' in found && found.mergedInto.id).toBe(into.id)
    }
    expect((await listVisibleMembers(database.db, null, into.id)).map((member) => member.id).sort()).toEqual(
      [both.id, onlyFrom.id].sort(),
    )
    expect(await auditActions(database.db, from.id)).toContain('organisation.merged')
  })

  it('refuses to merge into itself or into an organisation merged away, and refuses non-editors', async () => {
    const a = await createOrganisation(database.db)
    const b = await createOrganisation(database.db)
    const gone = await createOrganisation(database.db, { mergedIntoId: b.id })
    expect(await mergeOrganisations(database.db, cast.actors.admin, { fromId: a.id, intoId: a.id }, env)).toEqual({
      ok: false,
      reason: 'same-organisation',
    })
    expect(await mergeOrganisations(database.db, cast.actors.admin, { fromId: a.id, intoId: gone.id }, env)).toEqual({
      ok: false,
      reason: 'target-merged',
    })
    for (const who of ['orgAdmin', 'member', 'expert'] as const) {
      await expect(
        mergeOrganisations(database.db, cast.actors[who], { fromId: a.id, intoId: b.id }, env),
      ).rejects.toThrow(ForbiddenError)
    }
    const [unchanged] = await database.db.select().from(organisations).where(eq(organisations.id, a.id))
    expect(unchanged?.mergedIntoId).toBeNull()
  })

  it('lets only one of two crossed merges win', async () => {
    const a = await createOrganisation(database.db)
    const b = await createOrganisation(database.db)
    const results = await Promise.all([
      mergeOrganisations(database.db, cast.actors.editor, { fromId: a.id, intoId: b.id }, env),
      mergeOrganisations(database.db, cast.actors.admin, { fromId: b.id, intoId: a.id }, env),
    ])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    const rows = await database.db.select().from(organisations).where(eq(organisations.id, a.id))
    const rowsB = await database.db.select().from(organisations).where(eq(organisations.id, b.id))
    expect([rows[0]?.mergedIntoId, rowsB[0]?.mergedIntoId].filter(Boolean)).toHaveLength(1)
  })
})
