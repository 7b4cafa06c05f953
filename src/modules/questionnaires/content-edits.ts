import { randomBytes } from 'node:crypto'
import {
  allQuestions,
  CONDITION_SOURCE_TYPES,
  conditionValues,
  type Question,
  type Section,
  type VersionContent,
} from './question-types.js'

/**
 * Pure edits of a version's content, each refusing what would leave the questionnaire broken:
 * a condition must name an earlier question that can be answered "yes"/"no" or by choice, and one
 * of its values. Routes show the problem next to the field; tests call these directly.
 */
export type ContentProblem =
  | 'condition-source-missing'
  | 'condition-source-later'
  | 'condition-source-type'
  | 'condition-value'
  | 'condition-depends-on-it'
  | 'not-found'
  | 'cannot-move'

export type EditOutcome = { ok: true; content: VersionContent } | { ok: false; problem: ContentProblem }

const randomId = (prefix: string) => `${prefix}${randomBytes(6).toString('hex')}`
export const newQuestionId = () => randomId('q')
export const newSectionId = () => randomId('s')

/** The first problem with the content's conditions, or undefined when every condition holds. */
export function conditionProblem(content: VersionContent, questionId?: string): ContentProblem | undefined {
  const seen = new Map<string, Question>()
  for (const question of allQuestions(content)) {
    if (question.condition && (questionId === undefined || questionId === question.id)) {
      const source = seen.get(question.condition.questionId)
      if (!source) {
        const exists = allQuestions(content).some((other) => other.id === question.condition?.questionId)
        return exists ? 'condition-source-later' : 'condition-source-missing'
      }
      if (!CONDITION_SOURCE_TYPES.includes(source.type)) return 'condition-source-type'
      if (!conditionValues(source)?.some((value) => value.value === question.condition?.equals))
        return 'condition-value'
    }
    seen.set(question.id, question)
  }
  return undefined
}

function checked(content: VersionContent, questionId?: string): EditOutcome {
  const problem = conditionProblem(content, questionId)
  return problem ? { ok: false, problem } : { ok: true, content }
}

export function addSection(content: VersionContent, fields: { title: string; help: string }, id = newSectionId()) {
  return { ok: true as const, content: { sections: [...content.sections, { id, ...fields, questions: [] }] }, id }
}

export function updateSection(
  content: VersionContent,
  sectionId: string,
  fields: { title: string; help: string },
): EditOutcome {
  if (!content.sections.some((section) => section.id === sectionId)) return { ok: false, problem: 'not-found' }
  return {
    ok: true,
    content: {
      sections: content.sections.map((section) => (section.id === sectionId ? { ...section, ...fields } : section)),
    },
  }
}

/** Removes a section with its questions, unless a question elsewhere depends on one of them. */
export function removeSection(content: VersionContent, sectionId: string): EditOutcome {
  const section = content.sections.find((candidate) => candidate.id === sectionId)
  if (!section) return { ok: false, problem: 'not-found' }
  const removed = new Set(section.questions.map((question) => question.id))
  const dependent = allQuestions(content).some(
    (question) => !removed.has(question.id) && question.condition && removed.has(question.condition.questionId),
  )
  if (dependent) return { ok: false, problem: 'condition-depends-on-it' }
  return { ok: true, content: { sections: content.sections.filter((candidate) => candidate.id !== sectionId) } }
}

function swap<T>(items: T[], index: number, other: number): T[] | undefined {
  if (index < 0 || other < 0 || index >= items.length || other >= items.length) return undefined
  const copy = [...items]
  ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  return copy
}

export function moveSection(content: VersionContent, sectionId: string, direction: 'up' | 'down'): EditOutcome {
  const index = content.sections.findIndex((section) => section.id === sectionId)
  if (index === -1) return { ok: false, problem: 'not-found' }
  const sections = swap(content.sections, index, direction === 'up' ? index - 1 : index + 1)
  if (!sections) return { ok: false, problem: 'cannot-move' }
  return checked({ sections })
}

/** Adds the question at the end of the section, or replaces the question with the same id. */
export function saveQuestion(content: VersionContent, sectionId: string, question: Question): EditOutcome {
  const exists = allQuestions(content).some((candidate) => candidate.id === question.id)
  if (!content.sections.some((section) => section.id === sectionId)) return { ok: false, problem: 'not-found' }
  const sections: Section[] = content.sections.map((section) => {
    if (exists) {
      return {
        ...section,
        questions: section.questions.map((candidate) => (candidate.id === question.id ? question : candidate)),
      }
    }
    return section.id === sectionId ? { ...section, questions: [...section.questions, question] } : section
  })
  return checked({ sections })
}

export function removeQuestion(content: VersionContent, questionId: string): EditOutcome {
  if (!allQuestions(content).some((question) => question.id === questionId)) return { ok: false, problem: 'not-found' }
  if (allQuestions(content).some((question) => question.condition?.questionId === questionId))
    return { ok: false, problem: 'condition-depends-on-it' }
  return {
    ok: true,
    content: {
      sections: content.sections.map((section) => ({
        ...section,
        questions: section.questions.filter((question) => question.id !== questionId),
      })),
    },
  }
}

/**
 * Moves a question one place up or down; past the start or end of its section it goes to the end
 * of the section before or the start of the section after.
 */
export function moveQuestion(content: VersionContent, questionId: string, direction: 'up' | 'down'): EditOutcome {
  const sectionIndex = content.sections.findIndex((section) =>
    section.questions.some((question) => question.id === questionId),
  )
  if (sectionIndex === -1) return { ok: false, problem: 'not-found' }
  const sections = content.sections.map((section) => ({ ...section, questions: [...section.questions] }))
  const section = sections[sectionIndex]!
  const index = section.questions.findIndex((question) => question.id === questionId)
  const target = direction === 'up' ? index - 1 : index + 1
  if (target >= 0 && target < section.questions.length) {
    section.questions = swap(section.questions, index, target)!
  } else {
    const neighbour = sections[direction === 'up' ? sectionIndex - 1 : sectionIndex + 1]
    if (!neighbour) return { ok: false, problem: 'cannot-move' }
    const [question] = section.questions.splice(index, 1)
    if (direction === 'up') neighbour.questions.push(question!)
    else neighbour.questions.unshift(question!)
  }
  return checked({ sections })
}
