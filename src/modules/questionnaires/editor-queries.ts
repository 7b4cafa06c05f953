import type { Db } from '../../db/client.js'
import type { Actor } from '../../platform/http/actor.js'
import { ForbiddenError } from '../../platform/http/errors.js'
import { can } from '../accounts/index.js'
import {
  countResponsesToVersion,
  findPublishedVersion,
  getLatestVersion,
  getQuestionnaire,
  listQuestionnaires,
  type Questionnaire,
  type QuestionnaireListItem,
  type QuestionnaireVersion,
} from './queries.js'

export interface EditorView {
  questionnaire: Questionnaire
  /** The version being edited: the draft, or the published one while it has no draft. */
  latest: QuestionnaireVersion
  published: QuestionnaireVersion | undefined
  /** Whether the latest version has responses: a change then starts a new draft. */
  latestAnswered: boolean
}

/** What the editor's pages show; editors and admins only, whatever link led here. */
export async function getQuestionnaireForEditor(db: Db, actor: Actor | null, id: string): Promise<EditorView> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError('questionnaires are edited by editors')
  const questionnaire = await getQuestionnaire(db, id)
  const latest = await getLatestVersion(db, id)
  const published = await findPublishedVersion(db, id)
  const latestAnswered = (await countResponsesToVersion(db, latest.id)) > 0
  return { questionnaire, latest, published, latestAnswered }
}

export async function listQuestionnairesForEditor(db: Db, actor: Actor | null): Promise<QuestionnaireListItem[]> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError('questionnaires are edited by editors')
  return listQuestionnaires(db)
}
