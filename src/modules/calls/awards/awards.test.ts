import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../platform/testing/test-app.js'
import { createOrganisation, createPerson, sessionCookieFor } from '../../accounts/testing.js'
import { createPractice } from '../../practices/testing.js'
import { decideApplication, releaseOutcomes } from '../decisions.js'
import { getCallById } from '../queries.js'
import { calls } from '../tables.js'
import { actorOf, createTestCall, submitTestApplication, TEST_EDITOR } from '../testing.js'
import { listAwardCategories, recordAward, setAwardCategories } from './awards.js'

const now = new Date('2026-12-01T10:00:00Z')
const t = await createTestApp({ now: () => now })
afterAll(() => t.close())

async function entrant(
  name: string,
  city: string,
  country: string,
  title: string,
  call: Awaited<ReturnType<typeof createTestCall>>,
) {
  const organisation = await createOrganisation(t.db, { name, city, country })
  const person = await createPerson(t.db, t.config, { memberOf: [{ organisationId: organisation.id }] })
  return submitTestApplication(
    t.db,
    t.config,
    actorOf(person, [{ organisationId: organisation.id, role: 'member' }]),
    call,
    organisation.id,
    { qtitle: title },
    now,
  )
}

describe('award calls', () => {
  it('records winners and honourable mentions per category and publishes the awards page only after release', async () => {
    const call = await createTestCall(t.db, now, {
      kind: 'award',
      slug: 'heritage-awards-test',
      title: 'Heritage Awards 2026',
      referencePrefix: 'AW',
      closesAt: new Date(now.getTime() + 3600_000),
    })
    const first = await entrant('City of Tartu', 'Tartu', 'EE', 'Wooden houses reborn', call)
    const second = await entrant('City of Ghent', 'Ghent', 'BE', 'Ghent in the making', call)
    const third = await entrant('City of Porto', 'Porto', 'PT', 'Tiles rescued', call)
    const practice = await createPractice(t.db, { title: 'Wooden houses', slug: 'wooden-houses-tartu' })
    const member = actorOf(await createPerson(t.db, t.config))
    await expect(setAwardCategories(t.db, member, call, ['Green'])).rejects.toThrow()
    expect(await setAwardCategories(t.db, TEST_EDITOR, call, ['Green transition', 'Social inclusion', ''])).toEqual({
      ok: true,
    })
    const [green, social] = await listAwardCategories(t.db, call.id)
    expect([green!.name, social!.name]).toEqual(['Green transition', 'Social inclusion'])
    const award = (
      applicationId: string,
      categoryId: string,
      rank: 'winner' | 'honourable-mention',
      practiceSlug?: string,
    ) => recordAward(t.db, TEST_EDITOR, { call, applicationId, categoryId, rank, practiceSlug })
    expect(await award(first.id, green!.id, 'winner', 'no-such-practice')).toEqual({ ok: false, reason: 'no-practice' })
    expect(await award(first.id, green!.id, 'winner', `/en/practices/${practice.slug}`)).toEqual({ ok: true })
    expect(await award(second.id, green!.id, 'winner')).toEqual({ ok: false, reason: 'winner-taken' })
    expect(await award(second.id, green!.id, 'honourable-mention')).toEqual({ ok: true })
    expect(await award(third.id, social!.id, 'winner')).toEqual({ ok: true })
    // Before release: nobody sees the edition, not even in the list.
    expect((await t.get('/en/awards/heritage-awards-test')).status).toBe(404)
    expect(await (await t.get('/en/awards')).text()).not.toContain('Heritage Awards 2026')
    // The jury's page is for editors.
    const editor = await createPerson(t.db, t.config, { roles: ['editor'] })
    const cookie = await sessionCookieFor(t.db, t.config, editor.email)
    expect((await t.get(`/en/calls/${call.slug}/awards`)).status).toBe(403)
    const jury = await (await t.get(`/en/calls/${call.slug}/awards`, { cookie })).text()
    expect(jury).toContain('Green transition')
    const refused = await t.postForm(
      `/en/calls/${call.slug}/awards/${third.id}`,
      { rank: 'winner', categoryId: green!.id, practice: '' },
      { cookie },
    )
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain(`href="#rank-${third.id}"`)
    for (const application of [first, second, third])
      await decideApplication(t.db, TEST_EDITOR, { applicationId: application.id, decision: 'selected', reason: '' })
    await releaseOutcomes(t.db, t.config, TEST_EDITOR, await getCallById(t.db, call.id), now)
    const released = await getCallById(t.db, call.id)
    expect(
      await recordAward(t.db, TEST_EDITOR, {
        call: released,
        applicationId: first.id,
        categoryId: social!.id,
        rank: 'winner',
      }),
    ).toEqual({
      ok: false,
      reason: 'released',
    })
    const list = await (await t.get('/en/awards')).text()
    expect(list).toContain('href="/en/awards/heritage-awards-test"')
    const page = await t.get('/fr/awards/heritage-awards-test')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Wooden houses reborn')
    expect(html).toContain('City of Tartu')
    expect(html).toContain('Tartu, Estonie')
    expect(html).toContain('Mention spéciale')
    expect(html).toContain(`href="/fr/practices/${practice.slug}"`)
    expect(html.indexOf('Green transition')).toBeLessThan(html.indexOf('Social inclusion'))
    expect(await (await t.get('/sitemap.xml')).text()).toContain('/awards/heritage-awards-test')
    // Any other kind of call, decided or not, has no awards page.
    await t.db.update(calls).set({ kind: 'good-practices' }).where(eq(calls.id, call.id))
    expect((await t.get('/en/awards/heritage-awards-test')).status).toBe(404)
  })
})
