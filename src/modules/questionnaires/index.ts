import type { StoaModule } from '../../platform/module.js'
import { questionnairesMessages } from './messages.js'

export const questionnairesModule: StoaModule = {
  name: 'questionnaires',
  messages: questionnairesMessages,
}

// What calls, activities and Pulse use (see README.md): nothing else of this folder.
export { checkAnswers } from './check-answers.js'
export {
  type AnswersInput,
  type Refusal,
  type Respondent,
  type SaveDraftResult,
  type SubmitResult,
  saveDraftResponse,
  submitResponse,
} from './commands/responses.js'
export { createQuestionnaire, publishQuestionnaire } from './commands/versions.js'
export { readAnswerFile } from './file-store.js'
export { FILE_MIME_TYPES } from './file-types.js'
export { type ParseAnswersOptions, type ParsedAnswers, type PendingUpload, parseAnswers } from './parse-answers.js'
export {
  findPublishedVersion,
  findQuestionnaire,
  findResponse,
  findVersion,
  getVersion,
  listQuestionnairesOfOwner,
  listSubmittedResponses,
  type Questionnaire,
  type QuestionnaireResponse,
  type QuestionnaireVersion,
} from './queries.js'
export {
  type Answers,
  type AnswerValue,
  type FileAnswer,
  type OrganisationAnswer,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  type Section,
  type VersionContent,
} from './question-types.js'
