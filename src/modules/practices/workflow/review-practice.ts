import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.js'
import type { Actor } from '../../../platform/http/actor.js'
import { isLocale } from '../../../platform/i18n/negotiate.js'
import { type MailTemplate, queueTemplatedMail } from '../../../platform/mail/index.js'
import { findMailRecipient } from '../../accounts/index.js'
import type { PracticeAction, PublicationStatus } from '../policy.js'
import { sectionsMissingForReview } from '../practice-fields.js'
import { practices, type RevisionAction } from '../tables.js'
import { findProposerId, lockPractice, type PracticeRow, recordRevision } from './revisions.js'
import { authorize, inTransaction, notNow, type WorkflowEnv, type WorkflowRefusal } from './workflow-env.js'
import { changesRequestedMail, practicePublishedMail } from './workflow-mail.js'
import { followTitle } from './write-practice.js'

export type WorkflowStep = 'submit' | 'request-changes' | 'publish' | 'unpublish' | 'archive'

/**
 * The state machine: from which states each step may be taken, and where it leads. Editors may
 * publish without a submission (their own practices) and bring an archived practice back;
 * unpublishing returns a practice to its organisation as a draft, kept.
 */
export const STEPS: Record<WorkflowStep, { from: readonly PublicationStatus[]; to: PublicationStatus }> = {
  submit: { from: ['draft', 'changes-requested'], to: 'submitted' },
  'request-changes': { from: ['submitted'], to: 'changes-requested' },
  publish: { from: ['draft', 'submitted', 'changes-requested', 'archived'], to: 'published' },
  unpublish: { from: ['published'], to: 'draft' },
  archive: { from: ['draft', 'submitted', 'changes-requested', 'published'], to: 'archived' },
}

const STEP_ACTION: Record<WorkflowStep, { permission: PracticeAction; revision: RevisionAction }> = {
  submit: { permission: 'practice.submit', revision: 'submitted' },
  'request-changes': { permission: 'practice.review', revision: 'changes-requested' },
  publish: { permission: 'practice.review', revision: 'published' },
  unpublish: { permission: 'practice.review', revision: 'unpublished' },
  archive: { permission: 'practice.review', revision: 'archived' },
}

export const MAX_COMMENT_LENGTH = 5000

export type StepResult = { ok: true; slug: string; revision: number } | WorkflowRefusal

/** Tells the proposer, in their language, in the step's transaction; nobody when they are gone. */
async function tellProposer<T extends { name: string }>(
  tx: Db,
  practice: PracticeRow,
  template: MailTemplate<T>,
  data: (locale: 'en' | 'fr' | 'de') => Omit<T, 'name'>,
) {
  const proposerId = await findProposerId(tx, practice.id)
  const person = proposerId ? await findMailRecipient(tx, proposerId) : undefined
  if (!person) return
  const locale = isLocale(person.locale) ? person.locale : 'en'
  await queueTemplatedMail(tx, {
    to: person.email,
    locale,
    template,
    data: { ...data(locale), name: person.name } as T,
  })
}

async function takeStep(
  db: Db,
  actor: Actor | null,
  practiceId: string,
  step: WorkflowStep,
  env: WorkflowEnv,
  options: { expectedRevision?: number; comment?: string } = {},
): Promise<StepResult> {
  return inTransaction(db, async (tx) => {
    const { practice, revision } = await lockPractice(tx, practiceId)
    if (!authorize(actor, STEP_ACTION[step].permission, practice)) return notNow(practice)
    if (!STEPS[step].from.includes(practice.publicationStatus)) return notNow(practice)
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision)
      return { ok: false as const, reason: 'stale' as const, revision }
    if (step === 'submit' || step === 'publish') {
      const errors = sectionsMissingForReview(practice, env.t)
      if (errors.length > 0) return { ok: false as const, reason: 'incomplete' as const, errors }
    }
    const comment = options.comment?.trim() ?? ''
    if (step === 'request-changes' && (comment === '' || comment.length > MAX_COMMENT_LENGTH))
      return { ok: false as const, reason: 'comment-missing' as const }
    const [updated] = await tx
      .update(practices)
      .set({
        publicationStatus: STEPS[step].to,
        // The first publication date stays: it is when the catalogue first had the practice.
        ...(step === 'publish' && practice.publishedAt === null ? { publishedAt: env.now } : {}),
      })
      .where(eq(practices.id, practiceId))
      .returning()
    const slug = step === 'publish' ? await followTitle(tx, updated!, true) : practice.slug
    const next = await recordRevision(tx, actor, {
      practiceId,
      previous: revision,
      action: STEP_ACTION[step].revision,
      ...(comment ? { comment } : {}),
      details: { from: practice.publicationStatus },
    })
    if (step === 'request-changes')
      await tellProposer(tx, practice, changesRequestedMail, (locale) => ({
        title: practice.title,
        editorName: actor.name,
        comment,
        link: `${env.baseUrl}/${locale}/practices/${slug}/edit`,
      }))
    if (step === 'publish' && practice.publishedAt === null)
      await tellProposer(tx, practice, practicePublishedMail, (locale) => ({
        title: practice.title,
        link: `${env.baseUrl}/${locale}/practices/${slug}`,
      }))
    return { ok: true as const, slug, revision: next }
  })
}

/** The organisation hands its practice to the editors; every section a peer needs must be written. */
export const submitForReview = (db: Db, actor: Actor | null, id: string, env: WorkflowEnv, expectedRevision?: number) =>
  takeStep(db, actor, id, 'submit', env, { expectedRevision })

/** An editor sends a submitted practice back with a comment; the proposer is told by e-mail. */
export const requestChanges = (
  db: Db,
  actor: Actor | null,
  id: string,
  comment: string,
  env: WorkflowEnv,
  expectedRevision?: number,
) => takeStep(db, actor, id, 'request-changes', env, { comment, expectedRevision })

/** An editor puts the practice in the catalogue (under a slug that follows its title). */
export const publishPractice = (db: Db, actor: Actor | null, id: string, env: WorkflowEnv, expectedRevision?: number) =>
  takeStep(db, actor, id, 'publish', env, { expectedRevision })

/** An editor takes a practice out of public view; it goes back to its organisation as a draft. */
export const unpublishPractice = (
  db: Db,
  actor: Actor | null,
  id: string,
  env: WorkflowEnv,
  expectedRevision?: number,
) => takeStep(db, actor, id, 'unpublish', env, { expectedRevision })

/** An editor retires a practice: out of view and out of the queue, kept with its history. */
export const archivePractice = (db: Db, actor: Actor | null, id: string, env: WorkflowEnv, expectedRevision?: number) =>
  takeStep(db, actor, id, 'archive', env, { expectedRevision })

/** For views: whether a step can be taken from a state at all. */
export const stepAllowedFrom = (step: WorkflowStep, status: PublicationStatus) => STEPS[step].from.includes(status)
