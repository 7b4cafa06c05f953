import type { Db } from '../../../db/client.js'
import type { FormError } from '../../../platform/forms/parse-form.js'
import type { Actor } from '../../../platform/http/actor.js'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js'
import type { Translate } from '../../../platform/i18n/catalogue.js'
import { canOnPractice, type PracticeAction, type PublicationStatus } from '../policy.js'
import type { PracticeRow } from './revisions.js'

/** What a workflow command needs from the request besides its input. */
export interface WorkflowEnv {
  now: Date
  /** The site's public address, for links in e-mails. */
  baseUrl: string
  /** The writer's translator, for messages about the practice's fields. */
  t: Translate
}

/** Refusals a person can do something about, shown on the page rather than thrown. */
export type WorkflowRefusal =
  /** Someone else saved since the form was opened: `revision` is the newest. */
  | { ok: false; reason: 'stale'; revision: number }
  /** The step does not apply in the practice's present state (publishing a published practice). */
  | { ok: false; reason: 'not-allowed-now'; status: PublicationStatus }
  /** Sections a practice needs before review or publication, as messages on the fields. */
  | { ok: false; reason: 'incomplete'; errors: FormError[] }
  | { ok: false; reason: 'comment-missing' }

/** Runs the work in one transaction, handing it on as a Db so queries and audit take either. */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db))
}

/**
 * Who may not even know the practice exists gets a 404; who may see it but not do this, a 403;
 * who could do it in another state gets `false`, so the command answers "not now" instead.
 */
export function authorize(actor: Actor | null, action: PracticeAction, practice: PracticeRow): actor is Actor {
  if (!actor || !canOnPractice(actor, 'practice.read', practice)) throw new NotFoundError('practice')
  if (canOnPractice(actor, action, practice)) return true
  if (canOnPractice(actor, action, { ...practice, publicationStatus: 'draft' })) return false
  throw new ForbiddenError()
}

export const notNow = (practice: PracticeRow): WorkflowRefusal => ({
  ok: false,
  reason: 'not-allowed-now',
  status: practice.publicationStatus,
})
