import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import type { DemoPart } from '../../platform/module.js'
import { zonedTimeToUtc } from '../../platform/time/zoned-time.js'
import { EU_MEMBER_STATES, SOUTH_CAUCASUS } from '../accounts/index.js'
import { publishQuestionnaire } from '../questionnaires/index.js'
import { createCall } from './commands.js'
import { GOOD_PRACTICE_FORM, GOOD_PRACTICE_MAPPING } from './good-practice-form.js'

const BRUSSELS = 'Europe/Brussels'

/** The first 10 January at least a week after today: the seeds' deadline, open now in the demo. */
export function nextTenthOfJanuary(today: Date): Date {
  let year = today.getUTCFullYear()
  let deadline = zonedTimeToUtc(`${year}-01-10T23:59`, BRUSSELS)!
  while (deadline.getTime() - today.getTime() < 7 * 24 * 3600_000) {
    year += 1
    deadline = zonedTimeToUtc(`${year}-01-10T23:59`, BRUSSELS)!
  }
  return deadline
}

const DESCRIPTION = `The European Heritage Hub gives you the chance to highlight your work for cultural heritage in the context of the ‘triple transformation’ of our society.

This call collects **10 inspirational practices** from across Europe, emphasising impacts and transferability from one local context to others. They will be published and promoted through the European Heritage Hub.

Cities whose good practices are selected also get the opportunity to **host a peer-learning visit** with a delegation of 20 participants funded by the project.`

const GUIDANCE = `- Describe one practice in your area: what it is, the challenge it answers, how it works and what it achieved.
- Show what another city would need to do the same: transferability is one of the criteria.
- You can save your application and come back to it until the deadline.`

// From seeds/002: an open call collecting practices, 10 selected, deadline 10 January, selected
// cities invited to host a peer-learning visit; EU member states plus Armenia, Azerbaijan, Georgia.
export const callsDemo: DemoPart = {
  name: 'calls',
  async seed(db: Db, { today }) {
    const closesAt = nextTenthOfJanuary(today)
    const created = await createCall(
      db,
      null,
      {
        slug: 'call-for-good-practices',
        kind: 'good-practices',
        title: 'Share your good practice to connect with the cultural heritage sector',
        description: DESCRIPTION,
        guidance: GUIDANCE,
        eligibleCountries: [...EU_MEMBER_STATES, ...SOUTH_CAUCASUS],
        eligibleOrganisationKinds: [],
        applicantType: 'organisations',
        timeZone: BRUSSELS,
        opensAt: new Date(today.getTime() - 30 * 24 * 3600_000),
        closesAt,
        quota: 10,
        reviewsPerSubmission: 2,
        criteria: {
          experts: [
            {
              id: 'c1',
              name: 'Impact',
              description: 'Results shown for heritage and for people',
              weight: 2,
              scaleMax: 5,
            },
            {
              id: 'c2',
              name: 'Transferability',
              description: 'Another city could do the same',
              weight: 2,
              scaleMax: 5,
            },
            { id: 'c3', name: 'Innovation', description: 'A new answer to a shared challenge', weight: 1, scaleMax: 5 },
          ],
          panel: [
            {
              id: 'c1',
              name: 'Value for the network',
              description: 'What members would learn from it in a peer-learning visit',
              weight: 1,
              scaleMax: 5,
            },
          ],
        },
        practiceMapping: GOOD_PRACTICE_MAPPING,
        referencePrefix: 'GP',
        blind: false,
        editAfterSubmit: false,
        sameCountryConflict: false,
      },
      GOOD_PRACTICE_FORM,
    )
    if (!created.ok || !created.call.questionnaireId) return
    await publishQuestionnaire(db, SYSTEM_EDITOR, created.call.questionnaireId)
  },
}

/** The demo publishes its form as an editor would; nobody signs in as this actor. */
const SYSTEM_EDITOR: Actor = {
  id: 'system',
  name: 'Stoa',
  email: 'system@stoa.localhost',
  emailVerified: true,
  roles: ['editor'],
  locale: 'en',
  memberships: [],
}
