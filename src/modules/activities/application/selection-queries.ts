import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Locale } from '../../../platform/i18n/catalogue.js'
import { organisations, profiles, users } from '../../accounts/tables.js'
import { listParticipantApplicants, PARTICIPANT_QUESTIONS, type ParticipantApplicant } from '../../calls/index.js'
import type { VersionContent } from '../../questionnaires/index.js'
import { type Activity, activitySelections, type Funding, type Selection } from '../tables.js'
import { placesOf } from './selection.js'

export interface Applicant {
  applicationId: string
  reference: string | null
  name: string
  organisation: string | null
  organisationKind: string | null
  country: string | null
  /** The label of the gender answer, when the form asks it and it was answered. */
  gender: string | null
  /** Labels of the learning topics ticked. */
  learningTopics: string[]
  learningNeeds: string
  answers: Record<string, unknown>
  content: VersionContent
  selection: Pick<Selection, 'funding' | 'releasedAt'> | null
}

/** Counts of the selection (funded and self-funded together) along one dimension, largest first. */
export type Tally = { key: string; count: number }[]

export interface SelectionOverview {
  applicants: Applicant[]
  places: Record<Funding, { taken: number; places: number }>
  byCountry: Tally
  byOrganisationKind: Tally
  /** Null when the form does not ask for gender. */
  byGender: Tally | null
  /** Selected, not yet told. */
  pending: number
}

function questionOf(content: VersionContent, id: string) {
  for (const section of content.sections)
    for (const question of section.questions) if (question.id === id) return question
  return undefined
}

function optionLabels(content: VersionContent, questionId: string, value: unknown): string[] {
  const question = questionOf(content, questionId)
  if (!question || !('options' in question) || value === undefined) return []
  const values = Array.isArray(value) ? value.map(String) : [String(value)]
  return values.map((one) => question.options.find((option) => option.value === one)?.label ?? one)
}

function tally(keys: (string | null)[], unknown: string): Tally {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key ?? unknown, (counts.get(key ?? unknown) ?? 0) + 1)
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
}

/** Applicants of the activity's call with who they are, what they want to learn and whether selected. */
async function enrich(db: Db, activityId: string, raw: ParticipantApplicant[]): Promise<Applicant[]> {
  const people = [...new Set(raw.map((applicant) => applicant.personId))]
  const organisationIds = [...new Set(raw.flatMap((applicant) => applicant.organisationId ?? []))]
  const [names, orgs, selections] = await Promise.all([
    people.length === 0
      ? []
      : db
          .select({ id: users.id, name: users.name, country: profiles.country })
          .from(users)
          .leftJoin(profiles, eq(profiles.userId, users.id))
          .where(inArray(users.id, people)),
    organisationIds.length === 0
      ? []
      : db
          .select({
            id: organisations.id,
            name: organisations.name,
            kind: organisations.kind,
            country: organisations.country,
          })
          .from(organisations)
          .where(inArray(organisations.id, organisationIds)),
    db.select().from(activitySelections).where(eq(activitySelections.activityId, activityId)),
  ])
  return raw.map((applicant) => {
    const person = names.find((one) => one.id === applicant.personId)
    const organisation = orgs.find((one) => one.id === applicant.organisationId)
    const selection = selections.find((one) => one.applicationId === applicant.applicationId)
    const hasGender = questionOf(applicant.content, PARTICIPANT_QUESTIONS.gender) !== undefined
    const learningNeeds = applicant.answers[PARTICIPANT_QUESTIONS.learningNeeds]
    return {
      applicationId: applicant.applicationId,
      reference: applicant.reference,
      name: person?.name ?? '',
      organisation: organisation?.name ?? null,
      organisationKind: organisation?.kind ?? null,
      country: applicant.country ?? organisation?.country ?? person?.country ?? null,
      gender: hasGender
        ? (optionLabels(
            applicant.content,
            PARTICIPANT_QUESTIONS.gender,
            applicant.answers[PARTICIPANT_QUESTIONS.gender],
          )[0] ?? null)
        : null,
      learningTopics: optionLabels(
        applicant.content,
        PARTICIPANT_QUESTIONS.learningTopics,
        applicant.answers[PARTICIPANT_QUESTIONS.learningTopics],
      ),
      learningNeeds: typeof learningNeeds === 'string' ? learningNeeds : '',
      answers: applicant.answers,
      content: applicant.content,
      selection: selection ? { funding: selection.funding, releasedAt: selection.releasedAt } : null,
    }
  })
}

/**
 * What the selection page shows: every applicant, the places taken of each kind, and the balance
 * of the selection by country, organisation kind and (when the form asks it) gender.
 */
export async function loadSelectionOverview(
  db: Db,
  activity: Activity,
  labels: { unknown: string },
): Promise<SelectionOverview> {
  const raw = activity.applicationCallId ? await listParticipantApplicants(db, activity.applicationCallId) : []
  const applicants = await enrich(db, activity.id, raw)
  const selected = applicants.filter((applicant) => applicant.selection)
  const asksGender = raw.some((applicant) => questionOf(applicant.content, PARTICIPANT_QUESTIONS.gender))
  const taken = (funding: Funding) => selected.filter((applicant) => applicant.selection?.funding === funding).length
  return {
    applicants,
    places: {
      funded: { taken: taken('funded'), places: placesOf(activity, 'funded') },
      'self-funded': { taken: taken('self-funded'), places: placesOf(activity, 'self-funded') },
    },
    byCountry: tally(
      selected.map((applicant) => applicant.country),
      labels.unknown,
    ),
    byOrganisationKind: tally(
      selected.map((applicant) => applicant.organisationKind),
      labels.unknown,
    ),
    byGender: asksGender
      ? tally(
          selected.map((applicant) => applicant.gender),
          labels.unknown,
        )
      : null,
    pending: selected.filter((applicant) => !applicant.selection?.releasedAt).length,
  }
}

/**
 * The learning needs of the selected participants, put together for the host: how many ticked each
 * topic, and the needs they wrote (without names: the host shapes a programme, not a file on people).
 */
export async function loadLearningNeeds(db: Db, activity: Activity, _locale: Locale) {
  const raw = activity.applicationCallId ? await listParticipantApplicants(db, activity.applicationCallId) : []
  const applicants = (await enrich(db, activity.id, raw)).filter((applicant) => applicant.selection)
  return {
    selected: applicants.length,
    topics: tally(
      applicants.flatMap((applicant) => applicant.learningTopics),
      '',
    ),
    needs: applicants.map((applicant) => applicant.learningNeeds.trim()).filter((text) => text.length > 0),
  }
}
