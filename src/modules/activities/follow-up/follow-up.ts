import { and, eq, inArray } from 'drizzle-orm'
import type { Config } from '../../../config.js'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { users } from '../../accounts/tables.js'
import {
  type Answers,
  createQuestionnaire,
  findPublishedVersion,
  listQuestionnairesOfOwner,
  listSubmittedResponses,
  type ParsedAnswers,
  publishQuestionnaire,
  type QuestionnaireVersion,
  type SubmitResult,
  submitResponse,
  type VersionContent,
} from '../../questionnaires/index.js'
import { type MailLinks, mailParticipant } from '../notify.js'
import { canOrganise } from '../policy.js'
import { findLiveRegistration } from '../registration.js'
import { type Activity, activityRegistrations, type Registration } from '../tables.js'
import { followUpMail } from './mail.js'

/**
 * The follow-up questionnaire of an activity belongs to the questionnaires engine, attached to the
 * activity under its own owner id (an application form, if any, is a different questionnaire).
 */
function followUpOwner(activityId: string) {
  return { ownerModule: 'activities', ownerId: `follow-up:${activityId}` }
}

// The engine lets editors publish; an organisation admin who hosts the activity may set up its
// follow-up too, so, once `canOrganise` has said yes, the activity publishes as this actor.
const ACTIVITIES_EDITOR: Actor = {
  id: 'activities-follow-up',
  name: 'Stoa',
  email: 'system@stoa.localhost',
  emailVerified: true,
  roles: ['editor'],
  locale: 'en',
  memberships: [],
}

/** The questions every follow-up starts with, in the organiser's language; editors may change them. */
export function defaultFollowUpContent(t: Translate): VersionContent {
  return {
    sections: [
      {
        id: 'sfollowup',
        title: '',
        help: '',
        questions: [
          {
            id: 'qtransfer',
            type: 'long-text',
            label: t('activities.followUp.question.transfer'),
            help: t('activities.followUp.question.transferHint'),
            required: true,
            maxWords: 400,
          },
          {
            id: 'quseful',
            type: 'scale',
            label: t('activities.followUp.question.useful'),
            help: '',
            required: false,
            scaleMin: 1,
            scaleMax: 5,
            minLabel: t('activities.followUp.question.usefulMin'),
            maxLabel: t('activities.followUp.question.usefulMax'),
          },
          {
            id: 'qcontacts',
            type: 'long-text',
            label: t('activities.followUp.question.contacts'),
            help: '',
            required: false,
            maxWords: 200,
          },
          {
            id: 'qremarks',
            type: 'long-text',
            label: t('activities.followUp.question.remarks'),
            help: '',
            required: false,
            maxWords: 300,
          },
        ],
      },
    ],
  }
}

export interface FollowUp {
  questionnaireId: string
  version: QuestionnaireVersion
}

/** The activity's follow-up questionnaire as answered now; undefined until an organiser sets it up. */
export async function findFollowUp(db: Db, activityId: string): Promise<FollowUp | undefined> {
  const [questionnaire] = await listQuestionnairesOfOwner(db, followUpOwner(activityId))
  if (!questionnaire) return undefined
  const version = await findPublishedVersion(db, questionnaire.id)
  return version ? { questionnaireId: questionnaire.id, version } : undefined
}

/** Organisers set up the follow-up (once; a second call finds the first). */
export async function setUpFollowUp(
  db: Db,
  actor: Actor | null,
  links: MailLinks,
  input: { activity: Activity; t: Translate; now: Date },
): Promise<{ ok: true; followUp: FollowUp } | { ok: false; reason: 'not-allowed' }> {
  const { activity, t, now } = input
  if (!canOrganise(actor, activity)) return { ok: false, reason: 'not-allowed' }
  const [existing] = await listQuestionnairesOfOwner(db, followUpOwner(activity.id))
  const questionnaireId =
    existing?.id ??
    (
      await createQuestionnaire(db, {
        ...followUpOwner(activity.id),
        title: t('activities.followUp.title', { title: activity.title }),
        content: defaultFollowUpContent(t),
      })
    ).questionnaire.id
  const found = await findFollowUp(db, activity.id)
  if (found) return { ok: true, followUp: found }
  await publishQuestionnaire(db, ACTIVITIES_EDITOR, questionnaireId)
  // Set up after the end: those who may answer are told now (before it, the page shows it at the end).
  if (now.getTime() >= activity.endsAt.getTime()) {
    const registrations = await db
      .select()
      .from(activityRegistrations)
      .where(and(eq(activityRegistrations.activityId, activity.id), eq(activityRegistrations.status, 'confirmed')))
    for (const registration of registrations.filter((entry) => mayAnswerFollowUp(activity, entry, now)))
      await mailParticipant(db, links, { activity, registration, template: followUpMail, extra: {} })
  }
  return { ok: true, followUp: (await findFollowUp(db, activity.id))! }
}

/**
 * Who answers: a confirmed participant, once the activity has ended, unless marked absent (before
 * attendance is marked, every confirmed participant is asked).
 */
export function mayAnswerFollowUp(activity: Activity, registration: Registration | undefined, now: Date): boolean {
  return (
    registration !== undefined &&
    registration.status === 'confirmed' &&
    registration.attended !== false &&
    now.getTime() >= activity.endsAt.getTime()
  )
}

export type FollowUpState =
  | { kind: 'none' }
  | { kind: 'open'; followUp: FollowUp; registration: Registration }
  | { kind: 'answered'; followUp: FollowUp; answers: Answers; version: QuestionnaireVersion }

/** What the participant sees of the follow-up: nothing, the form, or their submitted answers. */
export async function followUpStateFor(db: Db, actor: Actor | null, activity: Activity, now: Date) {
  if (!actor) return { kind: 'none' } as FollowUpState
  const [followUp, registration] = await Promise.all([
    findFollowUp(db, activity.id),
    findLiveRegistration(db, activity.id, actor.id),
  ])
  if (!followUp || !registration || !mayAnswerFollowUp(activity, registration, now))
    return { kind: 'none' } as FollowUpState
  const own = (await listSubmittedResponses(db, followUp.questionnaireId)).find(
    (entry) => entry.response.respondentPersonId === actor.id,
  )
  if (own) return { kind: 'answered', followUp, answers: own.response.answers, version: own.version } as FollowUpState
  return { kind: 'open', followUp, registration } as FollowUpState
}

/** Submits the participant's answers; the registration is the submission key, so a double click counts once. */
export async function answerFollowUp(
  db: Db,
  config: Config,
  input: { followUp: FollowUp; registration: Registration; parsed: ParsedAnswers; t: Translate },
): Promise<SubmitResult> {
  return submitResponse(db, config, {
    version: input.followUp.version,
    respondent: { personId: input.registration.userId, organisationId: input.registration.organisationId },
    t: input.t,
    submissionKey: `registration:${input.registration.id}`,
    parsed: input.parsed,
  })
}

export interface FollowUpAnswer {
  name: string
  submittedAt: Date | null
  answers: Answers
  version: QuestionnaireVersion
}

/** The answers, for organisers only (host organisation admins and editors). */
export async function listFollowUpAnswers(
  db: Db,
  actor: Actor | null,
  activity: Activity,
): Promise<{ ok: true; followUp: FollowUp | undefined; answers: FollowUpAnswer[] } | { ok: false }> {
  if (!canOrganise(actor, activity)) return { ok: false }
  const followUp = await findFollowUp(db, activity.id)
  if (!followUp) return { ok: true, followUp, answers: [] }
  const responses = await listSubmittedResponses(db, followUp.questionnaireId)
  const ids = [...new Set(responses.map((entry) => entry.response.respondentPersonId))]
  const people =
    ids.length === 0
      ? []
      : await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
  const names = new Map(people.map((person) => [person.id, person.name]))
  return {
    ok: true,
    followUp,
    answers: responses.map((entry) => ({
      name: names.get(entry.response.respondentPersonId) ?? '',
      submittedAt: entry.response.submittedAt,
      answers: entry.response.answers,
      version: entry.version,
    })),
  }
}
