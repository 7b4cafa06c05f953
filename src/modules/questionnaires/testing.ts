import type { Db } from '../../db/client.js'
import { type Locale, registerMessages, type Translate, translatorFor } from '../../platform/i18n/catalogue.js'
import { uiTranslator } from '../../platform/ui/testing.js'
import { createQuestionnaire, publishQuestionnaire } from './commands/versions.js'
import { questionnairesMessages } from './messages.js'
import type { Question, VersionContent } from './question-types.js'

/** The translator with the questionnaire messages loaded, as a request in that language has it. */
export function questionnaireTranslator(locale: Locale = 'en'): Translate {
  uiTranslator(locale)
  registerMessages(questionnairesMessages)
  return translatorFor(locale)
}

/** A version content of one section holding these questions. */
export function contentOf(...questions: Question[]): VersionContent {
  return { sections: [{ id: 'stest01', title: 'About you', help: '', questions }] }
}

/**
 * A questionnaire already published with this content, as an owner module would create it.
 * @example const { version } = await createPublishedQuestionnaire(db, contentOf({ id: 'qname1', type: 'short-text', label: 'Name', help: '', required: true }))
 */
export async function createPublishedQuestionnaire(
  db: Db,
  content: VersionContent,
  owner = { ownerModule: 'tests', ownerId: 'one' },
) {
  const { questionnaire } = await createQuestionnaire(db, { ...owner, title: 'A test questionnaire', content })
  const editor = {
    id: 'editor',
    name: 'E',
    email: 'e@example.org',
    emailVerified: true,
    roles: ['editor' as const],
    locale: 'en' as const,
    memberships: [],
  }
  const published = await publishQuestionnaire(db, editor, questionnaire.id)
  if (!published.ok) throw new Error(`Could not publish: ${published.problem}`)
  return { questionnaire, version: published.version }
}
