import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { parseAnswers, publishQuestionnaire, type VersionContent } from '../questionnaires/index.js'
import { questionnaireTranslator } from '../questionnaires/testing.js'
import { loadAnswers, saveApplication, startApplication, submitApplication } from './applications.js'
import { type CallInput, createCall } from './commands.js'
import type { Call, CallApplication } from './tables.js'

let sequence = 0

export const TEST_EDITOR: Actor = {
  id: 'test-editor',
  name: 'Editor',
  email: 'editor@example.org',
  emailVerified: true,
  roles: ['editor'],
  locale: 'en',
  memberships: [],
}

/** A short form: a required name and an optional summary. */
export const TEST_FORM: VersionContent = {
  sections: [
    {
      id: 'sabout',
      title: 'About the practice',
      help: '',
      questions: [
        { id: 'qtitle', type: 'short-text', label: 'Name of the practice', help: '', required: true },
        { id: 'qsummary', type: 'long-text', label: 'Summary', help: '', required: false, maxWords: 50 },
      ],
    },
  ],
}

/** An open call (from a day before `now` to ten days after) with a published form. */
export async function createTestCall(
  db: Db,
  now: Date,
  overrides: Partial<CallInput> = {},
  form = TEST_FORM,
): Promise<Call> {
  const id = `${Date.now().toString(36)}${(sequence++).toString(36)}`
  const created = await createCall(
    db,
    null,
    {
      slug: `test-call-${id}`,
      kind: 'good-practices',
      title: `Test call ${id}`,
      description: 'A call for tests.',
      opensAt: new Date(now.getTime() - 24 * 3600_000),
      closesAt: new Date(now.getTime() + 10 * 24 * 3600_000),
      referencePrefix: 'GP',
      ...overrides,
    },
    form,
  )
  if (!created.ok || !created.call.questionnaireId) throw new Error('Could not create the test call')
  const published = await publishQuestionnaire(db, TEST_EDITOR, created.call.questionnaireId)
  if (!published.ok) throw new Error('Could not publish the test form')
  return created.call
}

/** An actor as the session middleware would build it for a person. */
export function actorOf(
  person: { id: string; email: string; name: string },
  memberships: { organisationId: string; role: 'admin' | 'member' }[] = [],
  roles: Actor['roles'] = [],
): Actor {
  return { ...person, emailVerified: true, roles, locale: 'en', memberships }
}

/** An application started, answered and submitted, as the pages would do it. */
export async function submitTestApplication(
  db: Db,
  config: Config,
  actor: Actor,
  call: Call,
  organisationId: string | null,
  fields: Record<string, string>,
  now: Date,
): Promise<CallApplication> {
  const t = questionnaireTranslator()
  const started = await startApplication(db, config, actor, call, organisationId, now)
  if (!started.ok) throw new Error(`Could not apply: ${started.reason}`)
  const loaded = (await loadAnswers(db, started.application))!
  const parsed = await parseAnswers(loaded.version, new URLSearchParams(fields), { t, locale: 'en', mode: 'draft' })
  const saved = await saveApplication(
    db,
    config,
    actor,
    { call, application: started.application, version: loaded.version, revision: loaded.response.revision, parsed },
    now,
  )
  if (!saved.ok) throw new Error(`Could not save: ${saved.reason}`)
  const submitted = await submitApplication(db, config, actor, { applicationId: started.application.id, t }, now)
  if (!submitted.ok) throw new Error(`Could not submit: ${submitted.reason}`)
  return submitted.application
}
