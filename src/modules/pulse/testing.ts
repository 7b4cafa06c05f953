import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { publishQuestionnaire, type VersionContent } from '../questionnaires/index.js'
import { createSurvey, type SurveyInput } from './commands.js'
import type { Place, SubmittedAnswer } from './queries.js'

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

/** A budget (number, EUR, plausible up to 600), a yes/no and a long text: what most tests need. */
export const TEST_CONTENT: VersionContent = {
  sections: [
    {
      id: 'stest0001',
      title: 'Budgets',
      help: '',
      questions: [
        {
          id: 'qbudget01',
          type: 'number',
          label: 'Culture budget per inhabitant',
          help: '',
          required: true,
          unit: 'EUR',
          min: 0,
          plausibleMax: 600,
          integer: false,
        },
        { id: 'qstrat001', type: 'yes-no', label: 'Heritage strategy?', help: '', required: false },
        { id: 'qlesson01', type: 'long-text', label: 'What worked?', help: '', required: false },
      ],
    },
  ],
}

/** A survey open from a day before `now` to a week after it, its questionnaire published. */
export async function createTestSurvey(
  db: Db,
  overrides: Partial<SurveyInput> = {},
  now = new Date(),
  content: VersionContent = TEST_CONTENT,
) {
  sequence += 1
  const survey = await createSurvey(
    db,
    TEST_EDITOR,
    {
      slug: `test-survey-${Date.now().toString(36)}-${sequence}`,
      title: `Test survey ${sequence}`,
      year: now.getUTCFullYear(),
      description: '',
      audienceKinds: ['city'],
      audienceCountries: [],
      opensAt: new Date(now.getTime() - 24 * 3600_000),
      closesAt: new Date(now.getTime() + 7 * 24 * 3600_000),
      timeZone: 'Europe/Brussels',
      licence: 'CC-BY-4.0',
      textAnswersPublic: false,
      ...overrides,
    },
    content,
  )
  const published = await publishQuestionnaire(db, TEST_EDITOR, survey.questionnaireId)
  if (!published.ok) throw new Error('not published')
  return { survey, version: published.version }
}

/** An answer as the results read it, without a database: for the pure tests of results and exports. */
export function answerOf(
  place: Partial<Place> & { name: string },
  answers: SubmittedAnswer['answers'],
  consentToName: boolean,
  version: SubmittedAnswer['version'],
): SubmittedAnswer {
  sequence += 1
  return {
    organisationId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    slug: place.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    city: place.name,
    country: 'PT',
    kind: 'city',
    populationBand: '500k-1m',
    ...place,
    consentToName,
    answers,
    version,
  }
}
