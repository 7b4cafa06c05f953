import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../config.js'
import type { Database } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import { registerMessages, translatorFor } from '../../../platform/i18n/catalogue.js'
import { createTestDatabase } from '../../../platform/testing/test-database.js'
import { actorOf, auditActions, createRoleCast, mailsTo } from '../../accounts/organisation-testing.js'
import { createPerson } from '../../accounts/testing.js'
import { practicesMessages } from '../messages.js'
import { practiceFieldMessages } from '../practice-field-messages.js'
import { PracticeFields } from '../practice-fields.js'
import { findPractice } from '../queries.js'
import { practices } from '../tables.js'
import {
  archivePractice,
  publishPractice,
  requestChanges,
  submitForReview,
  unpublishPractice,
} from './review-practice.js'
import { currentRevisionNumber, listRevisions } from './revisions.js'
import { slugFromTitle } from './slug.js'
import { removeTranslation, saveTranslation } from './translate-practice.js'
import { createDraftPractice, updatePractice } from './write-practice.js'

let database: Database
let cast: Awaited<ReturnType<typeof createRoleCast>>
let proposer: Actor
const config = loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://localhost' })
const now = new Date('2026-03-02T10:00:00Z')
const env = { now, baseUrl: 'http://localhost', t: translatorFor('en') }

beforeAll(async () => {
  registerMessages(practicesMessages)
  registerMessages(practiceFieldMessages)
  database = await createTestDatabase()
  cast = await createRoleCast(database.db, config)
  // The proposer reads French: the editor's request reaches her in French.
  const person = await createPerson(database.db, config, {
    name: 'Inês Proposer',
    locale: 'fr',
    memberOf: [{ organisationId: cast.home.id }],
  })
  proposer = await actorOf(database.db, person.id)
})
afterAll(() => database?.close())

function fields(overrides: Record<string, unknown> = {}) {
  const parsed = PracticeFields(translatorFor('en')).parse({
    title: 'Shops with a History',
    language: 'en',
    city: 'Lisbon',
    country: 'PT',
    summary: 'Lisbon protects its historic shops.',
    challenge: 'Old shops closed.',
    approach: 'A label and a fund.',
    resources: '',
    results: 'Over a hundred shops kept.',
    transferability: 'A register of shops.',
    lessons: '',
    themes: ['local-commerce-and-crafts'],
    transformations: ['social'],
    links: '',
    ...overrides,
  })
  return parsed
}

const draft = (title: string, overrides: Record<string, unknown> = {}) =>
  createDraftPractice(database.db, proposer, cast.home.id, fields({ title, ...overrides }), env)

const statusOf = async (id: string) => (await database.db.select().from(practices).where(eq(practices.id, id)))[0]!

describe('proposing a practice', () => {
  it('lets verified members propose for their own organisation only', async () => {
    const created = await draft('Shops with a History')
    expect(created).toMatchObject({ ok: true, slug: 'shops-with-a-history', revision: 1 })
    expect((await statusOf(created.id)).publicationStatus).toBe('draft')
    for (const who of ['otherMember', 'unverified', 'expert', 'editor'] as const)
      await expect(
        createDraftPractice(database.db, cast.actors[who], cast.home.id, fields(), env),
        who,
      ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(createDraftPractice(database.db, null, cast.home.id, fields(), env)).rejects.toBeInstanceOf(
      ForbiddenError,
    )
  })

  it('makes a unique slug from the title, accents transliterated, never a page’s path', async () => {
    expect(slugFromTitle('Çà et là: Ølstræde in Łódź, Straße!')).toBe('ca-et-la-olstraede-in-lodz-strasse')
    expect(slugFromTitle('¿¿??')).toBe('practice')
    const first = await draft('Pocket parks')
    const second = await draft('Pocket Parks')
    const third = await draft('Pocket parks!')
    expect([first.slug, second.slug, third.slug]).toEqual(['pocket-parks', 'pocket-parks-2', 'pocket-parks-3'])
    expect((await draft('New')).slug).toBe('new-2')
  })
})

describe('who may change a draft', () => {
  it('lets the organisation’s members and editors edit; hides it from everyone else', async () => {
    const { id } = await draft('Courtyard gardens')
    let revision = 1
    for (const who of ['member', 'orgAdmin', 'editor', 'admin'] as const) {
      const result = await updatePractice(
        database.db,
        cast.actors[who],
        id,
        fields({ title: 'Courtyard gardens', summary: `Edited by ${who}.` }),
        revision,
        env,
      )
      expect(result, who).toMatchObject({ ok: true })
      if (result.ok) revision = result.revision
    }
    expect(revision).toBe(5)
    for (const who of ['otherMember', 'expert', 'unverified'] as const)
      await expect(
        updatePractice(database.db, cast.actors[who], id, fields(), revision, env),
        who,
      ).rejects.toBeInstanceOf(NotFoundError)
    await expect(updatePractice(database.db, null, id, fields(), revision, env)).rejects.toBeInstanceOf(NotFoundError)
    await expect(updatePractice(database.db, proposer, 'not-a-uuid', fields(), 1, env)).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it('detects an edit made since the form was opened, and writes nothing', async () => {
    const { id } = await draft('Door breakers')
    const first = await updatePractice(
      database.db,
      proposer,
      id,
      fields({ title: 'Door breakers', city: 'Zaragoza' }),
      1,
      env,
    )
    expect(first).toMatchObject({ ok: true, revision: 2 })
    const second = await updatePractice(
      database.db,
      cast.actors.member,
      id,
      fields({ title: 'Door breakers', city: 'Huesca' }),
      1,
      env,
    )
    expect(second).toEqual({ ok: false, reason: 'stale', revision: 2 })
    expect((await statusOf(id)).city).toBe('Zaragoza')
  })

  it('lets only one of two simultaneous saves of the same revision through', async () => {
    const { id } = await draft('Park am Gleisdreieck')
    const results = await Promise.all(
      ['Berlin', 'Berlin-Kreuzberg'].map((city) =>
        updatePractice(database.db, proposer, id, fields({ title: 'Park am Gleisdreieck', city }), 1, env),
      ),
    )
    expect(results.map((result) => result.ok).sort()).toEqual([false, true])
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: 'stale', revision: 2 })
    expect(await currentRevisionNumber(database.db, id)).toBe(2)
  })

  it('writes no revision when nothing changed', async () => {
    const { id } = await draft('Material storehouse')
    expect(
      await updatePractice(database.db, proposer, id, fields({ title: 'Material storehouse' }), 1, env),
    ).toMatchObject({
      ok: true,
      revision: 1,
    })
    expect(await currentRevisionNumber(database.db, id)).toBe(1)
  })
})

describe('the way to publication', () => {
  it('walks draft → submitted → changes requested → submitted → published, a revision and an audit event each', async () => {
    const { id } = await draft('Museum in transition', { challenge: '', results: ' ' })
    const incomplete = await submitForReview(database.db, proposer, id, env)
    expect(incomplete).toEqual({
      ok: false,
      reason: 'incomplete',
      errors: [
        { field: 'challenge', message: 'Describe “The challenge” before submitting the practice for review' },
        { field: 'results', message: 'Describe “Results” before submitting the practice for review' },
      ],
    })
    const completed = await updatePractice(database.db, proposer, id, fields({ title: 'Museum in transition' }), 1, env)
    expect(await submitForReview(database.db, proposer, id, env, completed.ok ? completed.revision : -1)).toMatchObject(
      {
        ok: true,
        revision: 3,
      },
    )
    expect((await statusOf(id)).publicationStatus).toBe('submitted')

    // While the editors hold it, the organisation can read it but not change it.
    expect(await updatePractice(database.db, proposer, id, fields({ title: 'Museum in transition' }), 3, env)).toEqual({
      ok: false,
      reason: 'not-allowed-now',
      status: 'submitted',
    })
    await expect(publishPractice(database.db, proposer, id, env)).rejects.toBeInstanceOf(ForbiddenError)
    await expect(requestChanges(database.db, cast.actors.otherMember, id, 'No', env)).rejects.toBeInstanceOf(
      NotFoundError,
    )

    expect(await requestChanges(database.db, cast.actors.editor, id, '   ', env)).toEqual({
      ok: false,
      reason: 'comment-missing',
    })
    expect(
      await requestChanges(database.db, cast.actors.editor, id, 'Say how the museum <kept> its visitors.', env),
    ).toMatchObject({ ok: true, revision: 4 })
    const [mail] = await mailsTo(database.db, proposer.email)
    expect(mail?.subject).toBe('Modifications demandées pour votre pratique « Museum in transition »')
    expect(mail?.textBody).toContain('Say how the museum <kept> its visitors.')
    expect(mail?.textBody).toContain('http://localhost/fr/practices/museum-in-transition/edit')

    const edited = await updatePractice(
      database.db,
      proposer,
      id,
      fields({ title: 'Museum in transition', results: 'Visitors stayed.' }),
      4,
      env,
    )
    expect(edited).toMatchObject({ ok: true, revision: 5 })
    expect(await submitForReview(database.db, proposer, id, env)).toMatchObject({ ok: true, revision: 6 })
    expect(await publishPractice(database.db, cast.actors.editor, id, env)).toMatchObject({ ok: true, revision: 7 })
    const published = await statusOf(id)
    expect(published.publicationStatus).toBe('published')
    expect(published.publishedAt).toEqual(now)
    expect((await mailsTo(database.db, proposer.email))[0]?.subject).toBe(
      'Votre pratique « Museum in transition » est publiée',
    )

    const history = await listRevisions(database.db, id)
    expect(history.map((revision) => revision.action)).toEqual([
      'published',
      'submitted',
      'edited',
      'changes-requested',
      'submitted',
      'edited',
      'created',
    ])
    expect(history[3]).toMatchObject({ comment: 'Say how the museum <kept> its visitors.', authorName: 'Edith Editor' })
    expect(history[2]?.snapshot.fields.results).toBe('Visitors stayed.')
    expect(history[6]).toMatchObject({ authorId: proposer.id, authorName: 'Inês Proposer' })
    expect(await auditActions(database.db, id)).toEqual([
      'practice.created',
      'practice.edited',
      'practice.submitted',
      'practice.changes_requested',
      'practice.edited',
      'practice.submitted',
      'practice.published',
    ])
  })

  it('refuses steps that do not apply in the practice’s state', async () => {
    const { id } = await draft('Kaapeli')
    const editor = cast.actors.editor
    expect(await requestChanges(database.db, editor, id, 'Too early', env)).toEqual({
      ok: false,
      reason: 'not-allowed-now',
      status: 'draft',
    })
    expect(await unpublishPractice(database.db, editor, id, env)).toMatchObject({ reason: 'not-allowed-now' })
    expect(await publishPractice(database.db, editor, id, env)).toMatchObject({ ok: true })
    expect(await publishPractice(database.db, editor, id, env)).toMatchObject({ reason: 'not-allowed-now' })
    expect(await submitForReview(database.db, proposer, id, env)).toMatchObject({ reason: 'not-allowed-now' })
    // Published, the organisation may no longer edit it; editors still may.
    expect(await updatePractice(database.db, proposer, id, fields({ title: 'Kaapeli' }), 2, env)).toMatchObject({
      reason: 'not-allowed-now',
    })
    expect(await unpublishPractice(database.db, editor, id, env)).toMatchObject({ ok: true })
    expect((await statusOf(id)).publicationStatus).toBe('draft')
    expect(await archivePractice(database.db, editor, id, env)).toMatchObject({ ok: true })
    expect(await archivePractice(database.db, editor, id, env)).toMatchObject({ reason: 'not-allowed-now' })
    expect(await publishPractice(database.db, editor, id, env, 1)).toEqual({ ok: false, reason: 'stale', revision: 4 })
    expect(await publishPractice(database.db, editor, id, env)).toMatchObject({ ok: true })
    // Published again: the date of first publication stays.
    expect((await statusOf(id)).publishedAt).toEqual(now)
  })

  it('gives a published practice a new slug when its title changes, the old one redirecting', async () => {
    const { id } = await draft('If trees can walk')
    // Before it is public, the slug simply follows the title.
    const renamed = await updatePractice(
      database.db,
      proposer,
      id,
      fields({ title: 'If trees can walk, humans can change' }),
      1,
      env,
    )
    expect(renamed).toMatchObject({ ok: true, slug: 'if-trees-can-walk-humans-can-change' })
    await publishPractice(database.db, cast.actors.editor, id, env)
    const retitled = await updatePractice(
      database.db,
      cast.actors.editor,
      id,
      fields({ title: 'Walking trees of Leeuwarden' }),
      3,
      env,
    )
    expect(retitled).toMatchObject({ ok: true, slug: 'walking-trees-of-leeuwarden' })
    expect(await findPractice(database.db, 'if-trees-can-walk-humans-can-change', { locale: 'en' })).toEqual({
      kind: 'moved',
      slug: 'walking-trees-of-leeuwarden',
    })
    // A new practice cannot take the old slug: its links still lead to the renamed one.
    expect((await draft('If trees can walk, humans can change')).slug).toBe('if-trees-can-walk-humans-can-change-2')
  })
})

describe('translations', () => {
  const texts = {
    title: 'Boutiques chargées d’histoire',
    summary: 'Lisbonne protège ses boutiques historiques.',
    challenge: 'De vieilles boutiques fermaient.',
    approach: '',
    results: '',
    transferability: '',
    lessons: '',
  }

  it('lets the organisation and editors add and remove a translation, each a revision', async () => {
    const { id } = await draft('Shops with a History')
    expect(await saveTranslation(database.db, proposer, id, 'fr', texts, env)).toMatchObject({ ok: true, revision: 2 })
    expect(
      await saveTranslation(database.db, cast.actors.editor, id, 'de', { ...texts, title: 'Läden' }, env),
    ).toMatchObject({
      ok: true,
      revision: 3,
    })
    expect(await saveTranslation(database.db, proposer, id, 'en', texts, env)).toEqual({
      ok: false,
      reason: 'bad-language',
    })
    expect(await saveTranslation(database.db, proposer, id, 'xx', texts, env)).toEqual({
      ok: false,
      reason: 'bad-language',
    })
    await expect(saveTranslation(database.db, cast.actors.otherMember, id, 'fr', texts, env)).rejects.toBeInstanceOf(
      NotFoundError,
    )
    expect(await removeTranslation(database.db, proposer, id, 'de', env)).toMatchObject({ ok: true, revision: 4 })
    expect(await removeTranslation(database.db, proposer, id, 'de', env)).toEqual({ ok: false, reason: 'bad-language' })
    const [latest] = await listRevisions(database.db, id)
    expect(latest?.action).toBe('translation-removed')
    expect(Object.keys(latest!.snapshot.translations)).toEqual(['fr'])
  })
})
