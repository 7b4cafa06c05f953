import type { StoaModule } from '../../platform/module.js'
import { registerPersonalDataSource } from '../accounts/index.js'
import { editorRoutes } from './editor-routes.js'
import { questionnairesMessages } from './messages.js'
import { eraseDraftResponsesOf, exportResponsesOf } from './privacy.js'

registerPersonalDataSource({
  name: 'questionnaires',
  labelKey: 'questionnaires.privacy.responses',
  export: exportResponsesOf,
  erase: (tx, userId) => eraseDraftResponsesOf(tx, userId),
})

export const questionnairesModule: StoaModule = {
  name: 'questionnaires',
  messages: questionnairesMessages,
  // The editors' pages live under /:locale/admin/questionnaires; respondents answer in the owners' pages.
  pages: { segment: '', routes: editorRoutes },
}

export { answerText } from './answer-text.js'
// What calls, activities and Pulse use (see README.md): nothing else of this folder.
export { answerColumns, answersAsText, answersToCsvRows, dataDictionaryRows } from './answers-export.js'
export { checkAnswers } from './check-answers.js'
export {
  type AnswersInput,
  type Refusal,
  type Respondent,
  reopenResponse,
  type SaveDraftResult,
  type SubmitResult,
  saveDraftResponse,
  submitResponse,
} from './commands/responses.js'
export { createQuestionnaire, publishQuestionnaire } from './commands/versions.js'
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
export { AnswersSummary, type AnswersSummaryProps } from './views/answers-summary.js'
export { answersToFormValues } from './views/form-values.js'
export { needsMultipart, QuestionnaireFields, type QuestionnaireFieldsProps } from './views/questionnaire-fields.js'
