import { mergeCatalogues } from '../../platform/i18n/catalogue.js'
import { answerMessages } from './answer-messages.js'
import { editorMessages } from './editor-messages.js'

export const questionnairesMessages = mergeCatalogues(answerMessages, editorMessages)
