import { z } from 'zod'
import { FILE_TYPES, type FileType } from '../../platform/storage/index.js'

/** Every kind of question the engine can ask; the editor offers them in this order. */
export const QUESTION_TYPES = [
  'short-text',
  'long-text',
  'single-choice',
  'multiple-choice',
  'yes-no',
  'number',
  'percentage',
  'scale',
  'date',
  'country',
  'organisation',
  'url',
  'email',
  'file',
  'consent',
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

/** Types whose answer another question may depend on ("show B when A is yes"). */
export const CONDITION_SOURCE_TYPES: readonly QuestionType[] = ['yes-no', 'single-choice', 'multiple-choice']

/** File types a file question may accept: those platform storage recognises by their content. */
export const ANSWER_FILE_TYPES = Object.keys(FILE_TYPES) as [FileType, ...FileType[]]
export type { FileType }

// Question and option ids are stable across versions: answers and conditions are keyed by them.
const questionId = z.string().regex(/^q[a-z0-9]{4,24}$/)
const optionValue = z.string().regex(/^o[0-9]{1,4}$/)

export const ChoiceOption = z.object({ value: optionValue, label: z.string().min(1).max(500) })
export type ChoiceOption = z.infer<typeof ChoiceOption>

export const Condition = z.object({ questionId, equals: z.string().min(1).max(20) })
export type Condition = z.infer<typeof Condition>

const common = {
  id: questionId,
  label: z.string().min(1).max(1000),
  help: z.string().max(4000).default(''),
  required: z.boolean().default(false),
  condition: Condition.optional(),
}

export const Question = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('short-text') }),
  z.object({ ...common, type: z.literal('long-text'), maxWords: z.number().int().min(1).max(10_000).optional() }),
  z.object({ ...common, type: z.literal('single-choice'), options: z.array(ChoiceOption).min(1) }),
  z.object({ ...common, type: z.literal('multiple-choice'), options: z.array(ChoiceOption).min(1) }),
  z.object({ ...common, type: z.literal('yes-no') }),
  z.object({
    ...common,
    type: z.literal('number'),
    unit: z.string().max(40).default(''),
    /** Hard range: a value outside it is refused. */
    min: z.number().optional(),
    max: z.number().optional(),
    /** Plausible range: outside it the respondent is asked to confirm, not refused. */
    plausibleMin: z.number().optional(),
    plausibleMax: z.number().optional(),
    integer: z.boolean().default(false),
  }),
  z.object({
    ...common,
    type: z.literal('percentage'),
    plausibleMin: z.number().optional(),
    plausibleMax: z.number().optional(),
  }),
  z.object({
    ...common,
    type: z.literal('scale'),
    scaleMin: z.number().int().min(0).max(1),
    scaleMax: z.number().int().min(2).max(10),
    minLabel: z.string().max(200).default(''),
    maxLabel: z.string().max(200).default(''),
  }),
  z.object({ ...common, type: z.literal('date') }),
  z.object({ ...common, type: z.literal('country') }),
  z.object({ ...common, type: z.literal('organisation') }),
  z.object({ ...common, type: z.literal('url') }),
  z.object({ ...common, type: z.literal('email') }),
  z.object({
    ...common,
    type: z.literal('file'),
    fileTypes: z.array(z.enum(ANSWER_FILE_TYPES)).min(1),
    maxSizeMb: z.number().min(0.1).max(50),
  }),
  z.object({ ...common, type: z.literal('consent') }),
])
export type Question = z.infer<typeof Question>
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>

export const Section = z.object({
  id: z.string().regex(/^s[a-z0-9]{4,24}$/),
  title: z.string().max(300).default(''),
  help: z.string().max(4000).default(''),
  questions: z.array(Question),
})
export type Section = z.infer<typeof Section>

/** What a version holds: its sections, each with its questions, in the order they are asked. */
export const VersionContent = z.object({ sections: z.array(Section) })
export type VersionContent = z.infer<typeof VersionContent>

/** A stored file answer: its platform storage key and what the respondent sent. */
export interface FileAnswer {
  storageKey: string
  fileName: string
  type: FileType
  size: number
}

/** An organisation answer: one the respondent acts for (with its id), or a name they typed. */
export interface OrganisationAnswer {
  organisationId: string | null
  name: string
}

export type AnswerValue = string | string[] | number | boolean | FileAnswer | OrganisationAnswer

/** A response's answers, keyed by question id. Unanswered and hidden questions have no key. */
export type Answers = Record<string, AnswerValue>

export function allQuestions(content: VersionContent): Question[] {
  return content.sections.flatMap((section) => section.questions)
}

export function findQuestion(content: VersionContent, id: string): Question | undefined {
  return allQuestions(content).find((question) => question.id === id)
}

/**
 * Whether a question is asked, given the answers so far: a question without a condition always is;
 * one with a condition only when its source question was answered with the named value (a multiple
 * choice: when that value is among those ticked). A question whose source is hidden is hidden too.
 */
export function isShown(question: Question, answers: Answers): boolean {
  if (!question.condition) return true
  const answer = answers[question.condition.questionId]
  if (answer === undefined) return false
  if (Array.isArray(answer)) return answer.includes(question.condition.equals)
  if (typeof answer === 'boolean') return (answer ? 'yes' : 'no') === question.condition.equals
  return answer === question.condition.equals
}

/** The values a condition may name for a source question: "yes"/"no", or the choices' values. */
export function conditionValues(question: Question): { value: string; label: string }[] | undefined {
  if (question.type === 'yes-no')
    return [
      { value: 'yes', label: 'yes' },
      { value: 'no', label: 'no' },
    ]
  if (question.type === 'single-choice' || question.type === 'multiple-choice') return question.options
  return undefined
}
