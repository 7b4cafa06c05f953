import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { findResponse, getVersion, type VersionContent } from '../questionnaires/index.js'
import { type CallState, callState, isAcceptingSubmissions } from './state.js'
import { callApplications, calls } from './tables.js'

// A participants call is the application form of an activity in application mode: the activities
// module owns the link (activities.application_call_id), the selection and the seats, and reads
// the call and its applications only through these functions.

/** Question ids the selection page reads: the stated learning needs and, where asked, gender. */
export const PARTICIPANT_QUESTIONS = {
  learningTopics: 'qlearning',
  learningNeeds: 'qlearningmore',
  gender: 'qgender',
} as const

/** The application form of a call for participants in a peer-learning visit. */
export const PARTICIPANTS_FORM: VersionContent = {
  sections: [
    {
      id: 'sapplicant',
      title: 'About you',
      help: '',
      questions: [
        { id: 'qrole', type: 'short-text', label: 'Your role in your organisation', help: '', required: true },
        {
          id: 'qgender',
          type: 'single-choice',
          label: 'Gender',
          help: 'Optional: it helps us to balance the delegation.',
          required: false,
          options: [
            { value: 'o1', label: 'Woman' },
            { value: 'o2', label: 'Man' },
            { value: 'o3', label: 'Non-binary' },
            { value: 'o4', label: 'I prefer not to say' },
          ],
        },
      ],
    },
    {
      id: 'smotivation',
      title: 'Your motivation',
      help: '',
      questions: [
        {
          id: 'qmotivation',
          type: 'long-text',
          label: 'Why do you want to take part in this visit?',
          help: 'What you are working on, and how the visit would help.',
          required: true,
          maxWords: 200,
        },
        {
          id: 'qlearning',
          type: 'multiple-choice',
          label: 'What do you most want to learn?',
          help: 'Tick all that apply: the host shapes the programme with your answers.',
          required: true,
          options: [
            { value: 'o1', label: 'Involving residents' },
            { value: 'o2', label: 'Financing and partnerships' },
            { value: 'o3', label: 'Design and construction' },
            { value: 'o4', label: 'Maintenance over time' },
            { value: 'o5', label: 'Measuring the impact' },
          ],
        },
        {
          id: 'qlearningmore',
          type: 'long-text',
          label: 'Your learning needs in a few words',
          help: 'A question you would like the hosts to answer, for instance.',
          required: false,
          maxWords: 100,
        },
        {
          id: 'qconsent',
          type: 'consent',
          label: 'I will take part in the whole visit and share what I learn with my organisation.',
          help: '',
          required: true,
        },
      ],
    },
  ],
}

export interface ParticipantsCall {
  id: string
  slug: string
  title: string
  timeZone: string
  opensAt: Date
  closesAt: Date
  state: CallState
  /** Submissions are accepted at this instant. */
  open: boolean
}

/** A call of kind `participants`, as an activity shows it; undefined for any other call. */
export async function findParticipantsCall(db: Db, callId: string, now: Date): Promise<ParticipantsCall | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(callId)) return undefined
  const [call] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.id, callId), eq(calls.kind, 'participants')))
  if (!call) return undefined
  return {
    id: call.id,
    slug: call.slug,
    title: call.title,
    timeZone: call.timeZone,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    state: callState(call, now),
    open: isAcceptingSubmissions(call, now),
  }
}

/** Calls for participants, newest deadline first: what an organiser may attach to an activity. */
export async function listParticipantsCalls(db: Db): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: calls.id, title: calls.title })
    .from(calls)
    .where(eq(calls.kind, 'participants'))
    .orderBy(sql`${calls.closesAt} desc`)
}

export interface ParticipantApplicant {
  applicationId: string
  reference: string | null
  personId: string
  organisationId: string | null
  country: string | null
  submittedAt: Date | null
  answers: Record<string, unknown>
  content: VersionContent
}

/** The submitted applications of a participants call with their answers, in submission order. */
export async function listParticipantApplicants(db: Db, callId: string): Promise<ParticipantApplicant[]> {
  const applications = await db
    .select()
    .from(callApplications)
    .where(and(eq(callApplications.callId, callId), eq(callApplications.status, 'submitted')))
    .orderBy(callApplications.submittedAt, callApplications.id)
  const versions = new Map<string, VersionContent>()
  const applicants: ParticipantApplicant[] = []
  for (const application of applications) {
    const response = await findResponse(db, application.responseId)
    if (!response) continue
    let content = versions.get(response.versionId)
    if (!content) {
      content = (await getVersion(db, response.versionId)).content as VersionContent
      versions.set(response.versionId, content)
    }
    applicants.push({
      applicationId: application.id,
      reference: application.reference,
      personId: application.personId,
      organisationId: application.organisationId,
      country: application.country,
      submittedAt: application.submittedAt,
      answers: response.answers as Record<string, unknown>,
      content,
    })
  }
  return applicants
}

/** One submitted application of the call, or undefined (another call's, a draft, withdrawn). */
export async function findSubmittedParticipantApplication(db: Db, callId: string, applicationId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(applicationId)) return undefined
  const [application] = await db
    .select({
      id: callApplications.id,
      personId: callApplications.personId,
      organisationId: callApplications.organisationId,
    })
    .from(callApplications)
    .where(
      and(
        eq(callApplications.id, applicationId),
        eq(callApplications.callId, callId),
        eq(callApplications.status, 'submitted'),
      ),
    )
  return application
}

/**
 * Records on the call that these applications were selected and told (the activity's e-mail is the
 * outcome), so applicants see the decision on their application page. The call's own state is left
 * to its editors: selection may start while the call is still open.
 */
export async function recordParticipantsSelected(tx: Db, callId: string, applicationIds: string[], now: Date) {
  if (applicationIds.length === 0) return
  await tx
    .update(callApplications)
    .set({ decision: 'selected', outcomeSentAt: now, updatedAt: sql`now()` })
    .where(and(eq(callApplications.callId, callId), inArray(callApplications.id, applicationIds)))
}
