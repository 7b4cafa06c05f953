import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import { createTestDatabase } from '../../platform/testing/test-database.js'
import { saveDraftResponse, submitResponse } from './commands/responses.js'
import { changeQuestionnaire, createQuestionnaire, publishQuestionnaire } from './commands/versions.js'
import { addSection, saveQuestion } from './content-edits.js'
import { findPublishedVersion, getLatestVersion, getVersion, listSubmittedResponses, listVersions } from './queries.js'
import type { Question } from './question-types.js'
import { questionnaireResponses } from './tables.js'
import { questionnaireTranslator } from './testing.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

const t = questionnaireTranslator('en')
const config = { storage: { driver: 'local', dir: '.cache/test-data/files' }, dataDir: '.cache/test-data' } as never
const editor: Actor = {
  id: 'editor-1',
  name: 'Edith',
  email: 'edith@example.org',
  emailVerified: true,
  roles: ['editor'],
  locale: 'en',
  memberships: [],
}
const member: Actor = { ...editor, id: 'member-1', roles: [] }
const name: Question = { id: 'qname1', type: 'short-text', label: 'Name of the practice', help: '', required: true }

async function publishedQuestionnaire() {
  const { questionnaire } = await createQuestionnaire(database.db, {
    ownerModule: 'calls',
    ownerId: 'call-1',
    title: 'Apply',
  })
  const section = await changeQuestionnaire(database.db, editor, questionnaire.id, (content) =>
    addSection(content, { title: 'Practice', help: '' }, 'spractice'),
  )
  expect(section.ok).toBe(true)
  await changeQuestionnaire(database.db, editor, questionnaire.id, (content) =>
    saveQuestion(content, 'spractice', name),
  )
  const published = await publishQuestionnaire(database.db, editor, questionnaire.id)
  if (!published.ok) throw new Error(published.problem)
  return { questionnaire, version: published.version }
}

describe('versions', () => {
  it('lets only editors change or publish a questionnaire', async () => {
    const { questionnaire } = await createQuestionnaire(database.db, {
      ownerModule: 'pulse',
      ownerId: 's',
      title: 'Survey',
    })
    await expect(
      changeQuestionnaire(database.db, member, questionnaire.id, (content) =>
        addSection(content, { title: '', help: '' }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(publishQuestionnaire(database.db, member, questionnaire.id)).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      createQuestionnaire(database.db, { ownerModule: 'x', ownerId: 'y', title: 'z' }, member),
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('refuses to publish a version without questions', async () => {
    const { questionnaire } = await createQuestionnaire(database.db, {
      ownerModule: 'pulse',
      ownerId: 's',
      title: 'Empty',
    })
    expect(await publishQuestionnaire(database.db, editor, questionnaire.id)).toEqual({ ok: false, problem: 'empty' })
  })

  it('edits the published version in place while nobody has answered it', async () => {
    const { questionnaire, version } = await publishedQuestionnaire()
    const changed = await changeQuestionnaire(database.db, editor, questionnaire.id, (content) =>
      saveQuestion(content, 'spractice', { ...name, label: 'Name' }),
    )
    expect(changed).toMatchObject({ ok: true, startedNewVersion: false })
    expect((await getVersion(database.db, version.id)).content.sections[0]!.questions[0]!.label).toBe('Name')
  })

  it('starts a new draft once the version has responses, and keeps old answers readable against it', async () => {
    const { questionnaire, version } = await publishedQuestionnaire()
    const answered = await submitResponse(database.db, config, {
      version,
      respondent: { personId: 'person-1' },
      t,
      parsed: { answers: { qname1: 'Shops with a history' }, confirmed: [], uploads: [] },
    })
    expect(answered.ok).toBe(true)

    const changed = await changeQuestionnaire(database.db, editor, questionnaire.id, (content) =>
      saveQuestion(content, 'spractice', { ...name, label: 'Title of the practice' }),
    )
    expect(changed).toMatchObject({ ok: true, startedNewVersion: true })
    const draft = await getLatestVersion(database.db, questionnaire.id)
    expect(draft).toMatchObject({ number: 2, status: 'draft' })
    // Respondents still get version 1 until the draft is published.
    expect((await findPublishedVersion(database.db, questionnaire.id))!.id).toBe(version.id)

    // A second edit goes to the same draft, not to a third version.
    await changeQuestionnaire(database.db, editor, questionnaire.id, (content) =>
      saveQuestion(content, 'spractice', { ...name, id: 'qcity1', label: 'City' }),
    )
    expect(await listVersions(database.db, questionnaire.id)).toHaveLength(2)

    const published = await publishQuestionnaire(database.db, editor, questionnaire.id)
    expect(published.ok && published.version.number).toBe(2)
    const versions = await listVersions(database.db, questionnaire.id)
    expect(versions.map((v) => v.status)).toEqual(['retired', 'published'])

    const [old] = await listSubmittedResponses(database.db, questionnaire.id)
    expect(old!.version.number).toBe(1)
    expect(old!.version.content.sections[0]!.questions.map((q) => q.label)).toEqual(['Name of the practice'])
    expect(old!.response.answers).toEqual({ qname1: 'Shops with a history' })
  })
})

describe('responses', () => {
  const parsed = (value: string) => ({ answers: { qname1: value }, confirmed: [], uploads: [] })

  it('saves a partial draft, then refuses a save from a stale page and keeps the stored answers', async () => {
    const { version } = await publishedQuestionnaire()
    const created = await saveDraftResponse(database.db, config, {
      version,
      respondent: { personId: 'person-2' },
      parsed: { answers: {}, confirmed: [], uploads: [] },
    })
    if (!created.ok) throw new Error(created.reason)
    expect(created.response).toMatchObject({ status: 'draft', revision: 1, answers: {} })

    // Two tabs opened at revision 1 both save.
    const both = await Promise.all([
      saveDraftResponse(database.db, config, {
        version,
        respondent: { personId: 'person-2' },
        responseId: created.response.id,
        revision: 1,
        parsed: parsed('From tab A'),
      }),
      saveDraftResponse(database.db, config, {
        version,
        respondent: { personId: 'person-2' },
        responseId: created.response.id,
        revision: 1,
        parsed: parsed('From tab B'),
      }),
    ])
    const winners = both.filter((result) => result.ok)
    const losers = both.filter((result) => !result.ok)
    expect(winners).toHaveLength(1)
    expect(losers).toEqual([expect.objectContaining({ ok: false, reason: 'stale' })])
    const [stored] = await database.db
      .select()
      .from(questionnaireResponses)
      .where(eq(questionnaireResponses.id, created.response.id))
    expect(stored!.revision).toBe(2)
    expect(winners[0]!.ok && winners[0]!.response.answers).toEqual(stored!.answers)
  })

  it('submits all problems at once and stores nothing when invalid', async () => {
    const { version } = await publishedQuestionnaire()
    const result = await submitResponse(database.db, config, {
      version,
      respondent: { personId: 'person-3' },
      t,
      parsed: { answers: {}, confirmed: [], uploads: [] },
    })
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ field: 'qname1', message: 'Enter your answer to “Name of the practice”' }],
      warnings: [],
    })
    expect(await listSubmittedResponses(database.db, version.questionnaireId)).toEqual([])
  })

  it('submits a saved draft once: a second submit (a double click) changes nothing', async () => {
    const { version } = await publishedQuestionnaire()
    const draft = await saveDraftResponse(database.db, config, {
      version,
      respondent: { personId: 'person-4' },
      parsed: parsed('Green roofs'),
    })
    if (!draft.ok) throw new Error(draft.reason)
    const submit = () =>
      submitResponse(database.db, config, {
        version,
        respondent: { personId: 'person-4' },
        t,
        responseId: draft.response.id,
        revision: 1,
      })
    const first = await submit()
    const second = await submit()
    expect(first).toMatchObject({ ok: true, alreadySubmitted: false })
    expect(second).toMatchObject({ ok: true, alreadySubmitted: true })
    expect(second.ok && second.response.submittedAt).toEqual(first.ok && first.response.submittedAt)
    const late = await saveDraftResponse(database.db, config, {
      version,
      respondent: { personId: 'person-4' },
      responseId: draft.response.id,
      revision: 2,
      parsed: parsed('Changed after'),
    })
    expect(late).toMatchObject({ ok: false, reason: 'submitted' })
  })

  it('records a submission sent twice with the same form key once', async () => {
    const { version } = await publishedQuestionnaire()
    const send = () =>
      submitResponse(database.db, config, {
        version,
        respondent: { personId: 'person-5' },
        t,
        submissionKey: 'form-key-1',
        parsed: parsed('Night markets'),
      })
    const results = await Promise.all([send(), send()])
    expect(results.every((result) => result.ok)).toBe(true)
    expect(await listSubmittedResponses(database.db, version.questionnaireId)).toHaveLength(1)
  })

  it('never stores the answer of a question its condition hides', async () => {
    const { questionnaire, version } = await publishedQuestionnaire()
    await changeQuestionnaire(database.db, editor, questionnaire.id, (content) =>
      saveQuestion(content, 'spractice', {
        id: 'qfunded',
        type: 'yes-no',
        label: 'EU funded?',
        help: '',
        required: true,
      }),
    )
    await changeQuestionnaire(database.db, editor, questionnaire.id, (content) =>
      saveQuestion(content, 'spractice', {
        id: 'qwhich',
        type: 'short-text',
        label: 'Which programme?',
        help: '',
        required: true,
        condition: { questionId: 'qfunded', equals: 'yes' },
      }),
    )
    const current = await getVersion(database.db, version.id)
    const saved = await saveDraftResponse(database.db, config, {
      version: current,
      respondent: { personId: 'person-6' },
      parsed: { answers: { qname1: 'x', qfunded: false, qwhich: 'Interreg' }, confirmed: [], uploads: [] },
    })
    expect(saved.ok && saved.response.answers).toEqual({ qname1: 'x', qfunded: false })
  })
})

describe('personal data', () => {
  it('exports a person’s answers under the wording they answered, and erases only their drafts', async () => {
    const { exportResponsesOf, eraseDraftResponsesOf } = await import('./privacy.js')
    const { version } = await publishedQuestionnaire()
    const answers = (value: string) => ({ answers: { qname1: value }, confirmed: [], uploads: [] })
    await submitResponse(database.db, config, {
      version,
      respondent: { personId: 'leaver' },
      t,
      parsed: answers('Kept'),
    })
    await saveDraftResponse(database.db, config, {
      version,
      respondent: { personId: 'leaver' },
      parsed: answers('Draft'),
    })
    const exported = await exportResponsesOf(database.db, 'leaver')
    expect(exported.map((item) => [item.status, item.answers])).toEqual([
      ['submitted', [{ question: 'Name of the practice', answer: 'Kept' }]],
      ['draft', [{ question: 'Name of the practice', answer: 'Draft' }]],
    ])
    await eraseDraftResponsesOf(database.db, 'leaver')
    expect((await exportResponsesOf(database.db, 'leaver')).map((item) => item.status)).toEqual(['submitted'])
  })
})
