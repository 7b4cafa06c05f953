import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../config.js'
import type { Database } from '../../../db/client.js'
import { ForbiddenError } from '../../../platform/http/errors.js'
import { createTestDatabase } from '../../../platform/testing/test-database.js'
import { authFor } from '../auth-registry.js'
import { actorOf, auditActions, createRoleCast, mailsTo } from '../organisation-testing.js'
import { findInvitationByToken, hashInvitationToken } from '../queries/invitations.js'
import { findLeaveSituation, listOrganisationsActorCanActFor } from '../queries/organisations.js'
import { invitations, organisationMemberships, users } from '../tables.js'
import { createOrganisation, createPerson } from '../testing.js'
import { acceptInvitation, acceptInvitationWithNewAccount } from './accept-invitation.js'
import { decideJoinRequest } from './decide-join-request.js'
import { inviteExpert } from './invite-expert.js'
import { inviteToOrganisation } from './invite-to-organisation.js'
import { askToJoinOrganisation } from './join-organisation.js'
import { leaveOrganisation } from './leave-organisation.js'

let database: Database
let cast: Awaited<ReturnType<typeof createRoleCast>>
const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost' })
const now = new Date('2026-03-02T10:00:00Z')
const env = { now, baseUrl: 'http://localhost' }
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  database = await createTestDatabase()
  cast = await createRoleCast(database.db, config)
})
afterAll(() => database?.close())

const membership = async (organisationId: string, userId: string) =>
  (
    await database.db
      .select()
      .from(organisationMemberships)
      .where(
        and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.userId, userId)),
      )
  )[0]

describe('asking to join and deciding', () => {
  it('records a request that grants nothing until an organisation admin approves it, and mails the outcome', async () => {
    const organisation = await createOrganisation(database.db, { name: 'Zaragoza', verifiedAt: now })
    const admin = await createPerson(database.db, config, {
      memberOf: [{ organisationId: organisation.id, role: 'admin' }],
    })
    const asker = await createPerson(database.db, config, { name: 'Ana', locale: 'fr' })
    const askerActor = await actorOf(database.db, asker.id)

    expect(await askToJoinOrganisation(database.db, askerActor, organisation.id, env)).toEqual({ ok: true })
    expect(await askToJoinOrganisation(database.db, askerActor, organisation.id, env)).toEqual({
      ok: false,
      reason: 'already-requested',
    })
    expect((await actorOf(database.db, asker.id)).memberships).toEqual([])

    const adminActor = await actorOf(database.db, admin.id)
    const decision = { organisationId: organisation.id, userId: asker.id, decision: 'approve' as const }
    for (const who of ['member', 'otherMember', 'expert', 'unverified'] as const) {
      await expect(decideJoinRequest(database.db, cast.actors[who], decision, env), who).rejects.toThrow(ForbiddenError)
    }
    expect(await decideJoinRequest(database.db, adminActor, decision, env)).toMatchObject({ ok: true })
    expect(await decideJoinRequest(database.db, cast.actors.editor, decision, env)).toEqual({
      ok: false,
      reason: 'no-request',
    })
    expect(await membership(organisation.id, asker.id)).toMatchObject({ status: 'active', decidedBy: admin.id })
    const [mail] = await mailsTo(database.db, asker.email)
    expect(mail).toMatchObject({ locale: 'fr', subject: 'Vous êtes maintenant membre de Zaragoza sur Stoa' })
    expect(mail?.textBody).toContain('http://localhost/fr/organisations/')
    expect(await askToJoinOrganisation(database.db, askerActor, organisation.id, env)).toEqual({
      ok: false,
      reason: 'already-member',
    })
    expect(await auditActions(database.db, asker.id)).toEqual(
      expect.arrayContaining(['membership.requested', 'membership.approved']),
    )
  })

  it('lets an editor decline, which removes the request so the person may ask again', async () => {
    const asker = await createPerson(database.db, config)
    const askerActor = await actorOf(database.db, asker.id)
    await askToJoinOrganisation(database.db, askerActor, cast.home.id, env)
    const result = await decideJoinRequest(
      database.db,
      cast.actors.editor,
      { organisationId: cast.home.id, userId: asker.id, decision: 'decline' },
      env,
    )
    expect(result).toMatchObject({ ok: true, decision: 'decline' })
    expect(await membership(cast.home.id, asker.id)).toBeUndefined()
    expect((await mailsTo(database.db, asker.email))[0]?.subject).toMatch(/^Your request to join/)
    expect(await askToJoinOrganisation(database.db, askerActor, cast.home.id, env)).toEqual({ ok: true })
  })

  it('refuses requests from visitors and unconfirmed addresses', async () => {
    await expect(askToJoinOrganisation(database.db, null, cast.home.id, env)).rejects.toThrow(ForbiddenError)
    await expect(askToJoinOrganisation(database.db, cast.actors.unverified, cast.home.id, env)).rejects.toThrow(
      ForbiddenError,
    )
  })
})

describe('invitations to an organisation', () => {
  it('stores only the hash of a random token, expires in 14 days, and mails the link', async () => {
    const result = await inviteToOrganisation(
      database.db,
      cast.actors.orgAdmin,
      { organisationId: cast.home.id, email: ' New.Person@Example.org ', role: 'member', locale: 'de' },
      env,
    )
    if (!result.ok) throw new Error('refused')
    const [row] = await database.db.select().from(invitations).where(eq(invitations.id, result.invitationId))
    expect(row).toMatchObject({ email: 'new.person@example.org', tokenHash: hashInvitationToken(result.token) })
    expect(row?.tokenHash).not.toContain(result.token)
    expect(result.token.length).toBeGreaterThanOrEqual(43)
    expect(row?.expiresAt.getTime()).toBe(now.getTime() + 14 * DAY)
    const [mail] = await mailsTo(database.db, 'new.person@example.org')
    expect(mail?.locale).toBe('de')
    expect(mail?.textBody).toContain(`http://localhost/de/invitations/${result.token}`)
    expect(await auditActions(database.db, result.invitationId)).toEqual(['invitation.sent'])
  })

  it('lets only the organisation’s admins and editors invite', async () => {
    const invitation = {
      organisationId: cast.home.id,
      email: 'x@example.org',
      role: 'member' as const,
      locale: 'en' as const,
    }
    for (const who of ['member', 'otherMember', 'expert', 'unverified'] as const) {
      await expect(inviteToOrganisation(database.db, cast.actors[who], invitation, env), who).rejects.toThrow(
        ForbiddenError,
      )
    }
    expect((await inviteToOrganisation(database.db, cast.actors.editor, invitation, env)).ok).toBe(true)
  })

  it('refuses to invite a member, and makes an earlier invitation’s link stop working', async () => {
    const invite = (email: string) =>
      inviteToOrganisation(
        database.db,
        cast.actors.orgAdmin,
        { organisationId: cast.home.id, email, role: 'admin', locale: 'en' },
        env,
      )
    expect(await invite(cast.people.member.email)).toEqual({ ok: false, reason: 'already-member' })
    const first = await invite('twice@example.org')
    const second = await invite('twice@example.org')
    if (!first.ok || !second.ok) throw new Error('refused')
    expect((await findInvitationByToken(database.db, first.token, now))?.state).toBe('revoked')
    expect((await findInvitationByToken(database.db, second.token, now))?.state).toBe('pending')
  })

  it('adds the signed-in person with the invited address, confirming that address', async () => {
    const person = await createPerson(database.db, config, { verified: false })
    const result = await inviteToOrganisation(
      database.db,
      cast.actors.orgAdmin,
      { organisationId: cast.home.id, email: person.email, role: 'admin', locale: 'en' },
      env,
    )
    if (!result.ok) throw new Error('refused')
    expect(await acceptInvitation(database.db, cast.actors.member, result.token, env)).toEqual({
      ok: false,
      reason: 'wrong-account',
    })
    const accepted = await acceptInvitation(database.db, await actorOf(database.db, person.id), result.token, env)
    expect(accepted).toMatchObject({ ok: true, purpose: 'organisation', organisation: { slug: cast.home.slug } })
    expect(await membership(cast.home.id, person.id)).toMatchObject({ role: 'admin', status: 'active' })
    const [user] = await database.db.select().from(users).where(eq(users.id, person.id))
    expect(user?.emailVerified).toBe(true)
    expect(await acceptInvitation(database.db, await actorOf(database.db, person.id), result.token, env)).toEqual({
      ok: false,
      reason: 'accepted',
    })
  })

  it('refuses an expired link', async () => {
    const result = await inviteToOrganisation(
      database.db,
      cast.actors.orgAdmin,
      { organisationId: cast.home.id, email: 'late@example.org', role: 'member', locale: 'en' },
      env,
    )
    if (!result.ok) throw new Error('refused')
    const later = { now: new Date(now.getTime() + 14 * DAY + 1000) }
    expect(
      await acceptInvitationWithNewAccount(
        database.db,
        { token: result.token, name: 'Late', password: 'a sufficiently long passphrase', locale: 'en' },
        later,
      ),
    ).toEqual({ ok: false, reason: 'expired' })
    expect(await acceptInvitation(database.db, cast.actors.member, 'not-a-real-token-at-all-000000', env)).toEqual({
      ok: false,
      reason: 'not-found',
    })
  })

  it('creates a verified account with the chosen password when the address has none', async () => {
    const result = await inviteToOrganisation(
      database.db,
      cast.actors.orgAdmin,
      { organisationId: cast.home.id, email: 'brand.new@example.org', role: 'member', locale: 'en' },
      env,
    )
    if (!result.ok) throw new Error('refused')
    const account = { token: result.token, name: 'Brand New', locale: 'fr' as const }
    expect(await acceptInvitationWithNewAccount(database.db, { ...account, password: 'short' }, env)).toEqual({
      ok: false,
      reason: 'password',
      problem: 'too-short',
    })
    expect(
      await acceptInvitationWithNewAccount(database.db, { ...account, password: 'brand.new-is-my-password' }, env),
    ).toEqual({ ok: false, reason: 'password', problem: 'contains-email' })
    const accepted = await acceptInvitationWithNewAccount(
      database.db,
      { ...account, password: 'tagus river at dusk' },
      env,
    )
    expect(accepted).toMatchObject({ ok: true, email: 'brand.new@example.org' })
    const [user] = await database.db.select().from(users).where(eq(users.email, 'brand.new@example.org'))
    expect(user).toMatchObject({ name: 'Brand New', emailVerified: true, locale: 'fr' })
    expect(await membership(cast.home.id, user!.id)).toMatchObject({ role: 'member', status: 'active' })
    const session = await authFor(database.db, config).api.signInEmail({
      body: { email: 'brand.new@example.org', password: 'tagus river at dusk' },
    })
    expect(session.user.id).toBe(user!.id)
  })

  it('does not create a second account for an address that has one', async () => {
    const result = await inviteToOrganisation(
      database.db,
      cast.actors.orgAdmin,
      { organisationId: cast.home.id, email: cast.people.expert.email, role: 'member', locale: 'en' },
      env,
    )
    if (!result.ok) throw new Error('refused')
    expect(
      await acceptInvitationWithNewAccount(
        database.db,
        { token: result.token, name: 'Impostor', password: 'tagus river at dusk', locale: 'en' },
        env,
      ),
    ).toEqual({ ok: false, reason: 'account-exists' })
  })
})

describe('expert invitations', () => {
  it('lets editors invite, and accepting grants the expert role', async () => {
    await expect(
      inviteExpert(database.db, cast.actors.orgAdmin, { email: 'reviewer@example.org', locale: 'en' }, env),
    ).rejects.toThrow(ForbiddenError)
    expect(
      await inviteExpert(database.db, cast.actors.editor, { email: cast.people.expert.email, locale: 'en' }, env),
    ).toEqual({ ok: false, reason: 'already-expert' })
    const result = await inviteExpert(
      database.db,
      cast.actors.editor,
      { email: 'reviewer@example.org', locale: 'en' },
      env,
    )
    if (!result.ok) throw new Error('refused')
    expect((await mailsTo(database.db, 'reviewer@example.org'))[0]?.subject).toBe(
      'You are invited to join the Stoa expert pool',
    )
    const accepted = await acceptInvitationWithNewAccount(
      database.db,
      { token: result.token, name: 'Rita Reviewer', password: 'weighted criteria matter', locale: 'en' },
      env,
    )
    expect(accepted).toMatchObject({ ok: true, purpose: 'expert' })
    const [user] = await database.db.select().from(users).where(eq(users.email, 'reviewer@example.org'))
    expect(user?.roles).toEqual(['expert'])
    expect(await auditActions(database.db, user!.id)).toContain('role.granted')
  })
})

describe('leaving an organisation', () => {
  it('makes the last organisation admin name a member to take over', async () => {
    const organisation = await createOrganisation(database.db)
    const admin = await createPerson(database.db, config, {
      memberOf: [{ organisationId: organisation.id, role: 'admin' }],
    })
    const colleague = await createPerson(database.db, config, { memberOf: [{ organisationId: organisation.id }] })
    const outsider = await createPerson(database.db, config)
    const actor = await actorOf(database.db, admin.id)
    expect(await findLeaveSituation(database.db, actor, organisation.id)).toMatchObject({
      needsSuccessor: true,
      candidates: [{ id: colleague.id }],
    })
    const leave = (successorId?: string) =>
      leaveOrganisation(database.db, actor, { organisationId: organisation.id, successorId })
    expect(await leave()).toEqual({ ok: false, reason: 'successor-needed' })
    expect(await leave(outsider.id)).toEqual({ ok: false, reason: 'successor-invalid' })
    expect(await leave(colleague.id)).toEqual({ ok: true })
    expect(await membership(organisation.id, admin.id)).toBeUndefined()
    expect(await membership(organisation.id, colleague.id)).toMatchObject({ role: 'admin' })
    expect(await auditActions(database.db, admin.id)).toContain('membership.left')
  })

  it('lets a member, another admin’s fellow admin, or the only member leave without more', async () => {
    const organisation = await createOrganisation(database.db)
    const first = await createPerson(database.db, config, {
      memberOf: [{ organisationId: organisation.id, role: 'admin' }],
    })
    const second = await createPerson(database.db, config, {
      memberOf: [{ organisationId: organisation.id, role: 'admin' }],
    })
    expect(
      await leaveOrganisation(database.db, await actorOf(database.db, first.id), { organisationId: organisation.id }),
    ).toEqual({ ok: true })
    expect(
      await leaveOrganisation(database.db, await actorOf(database.db, second.id), { organisationId: organisation.id }),
    ).toEqual({ ok: true })
    await expect(
      leaveOrganisation(database.db, cast.actors.member, { organisationId: organisation.id }),
    ).rejects.toThrow(ForbiddenError)
  })

  it('never leaves members without an admin when two admins leave at once', async () => {
    const organisation = await createOrganisation(database.db)
    const admins = [
      await createPerson(database.db, config, { memberOf: [{ organisationId: organisation.id, role: 'admin' }] }),
      await createPerson(database.db, config, { memberOf: [{ organisationId: organisation.id, role: 'admin' }] }),
    ]
    const member = await createPerson(database.db, config, { memberOf: [{ organisationId: organisation.id }] })
    const results = await Promise.all(
      admins.map(async (admin) =>
        leaveOrganisation(database.db, await actorOf(database.db, admin.id), { organisationId: organisation.id }),
      ),
    )
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results).toContainEqual({ ok: false, reason: 'successor-needed' })
    const remaining = await database.db
      .select()
      .from(organisationMemberships)
      .where(eq(organisationMemberships.organisationId, organisation.id))
    expect(remaining.some((row) => row.role === 'admin')).toBe(true)
    expect(remaining.some((row) => row.userId === member.id)).toBe(true)
  })
})

describe('acting on behalf of an organisation', () => {
  it('lists the active memberships of a verified person, and nothing for anyone else', async () => {
    const list = async (who: keyof typeof cast.actors) =>
      (await listOrganisationsActorCanActFor(database.db, cast.actors[who])).map((organisation) => organisation.id)
    expect(await list('member')).toEqual([cast.home.id])
    expect(await list('otherMember')).toEqual([cast.other.id])
    expect(await list('editor')).toEqual([])
    const unconfirmed = await createPerson(database.db, config, {
      verified: false,
      memberOf: [{ organisationId: cast.home.id }],
    })
    const unconfirmedActor = await actorOf(database.db, unconfirmed.id)
    expect(unconfirmedActor.memberships).toHaveLength(1)
    expect(await listOrganisationsActorCanActFor(database.db, unconfirmedActor)).toEqual([])
    expect(await listOrganisationsActorCanActFor(database.db, null)).toEqual([])
  })
})
