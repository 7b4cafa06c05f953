import { describe, expect, it } from 'vitest'
import { addSection, moveQuestion, moveSection, removeQuestion, removeSection, saveQuestion } from './content-edits.js'
import type { Question, VersionContent } from './question-types.js'

const funded: Question = { id: 'qfunded', type: 'yes-no', label: 'Funded?', help: '', required: true }
const which: Question = {
  id: 'qwhich',
  type: 'short-text',
  label: 'By which programme?',
  help: '',
  required: true,
  condition: { questionId: 'qfunded', equals: 'yes' },
}
const name: Question = { id: 'qname1', type: 'short-text', label: 'Name', help: '', required: false }
const content: VersionContent = {
  sections: [
    { id: 'sfirst', title: 'First', help: '', questions: [funded, which] },
    { id: 'ssecond', title: 'Second', help: '', questions: [name] },
  ],
}

describe('editing a version’s content', () => {
  it('adds a question at the end of its section and replaces one with the same id', () => {
    const added = saveQuestion(content, 'ssecond', { ...name, id: 'qother', label: 'Other' })
    expect(added.ok && added.content.sections[1]!.questions.map((q) => q.id)).toEqual(['qname1', 'qother'])
    const renamed = saveQuestion(content, 'ssecond', { ...name, label: 'Full name' })
    expect(renamed.ok && renamed.content.sections[1]!.questions[0]!.label).toBe('Full name')
  })

  it('refuses a condition on a later question, a missing one, a text one or an unknown value', () => {
    const onLater = saveQuestion(content, 'sfirst', { ...funded, condition: { questionId: 'qwhich', equals: 'yes' } })
    expect(onLater).toEqual({ ok: false, problem: 'condition-source-later' })
    expect(saveQuestion(content, 'ssecond', { ...name, condition: { questionId: 'qgone1', equals: 'yes' } })).toEqual({
      ok: false,
      problem: 'condition-source-missing',
    })
    expect(saveQuestion(content, 'ssecond', { ...name, condition: { questionId: 'qwhich', equals: 'yes' } })).toEqual({
      ok: false,
      problem: 'condition-source-type',
    })
    expect(saveQuestion(content, 'ssecond', { ...name, condition: { questionId: 'qfunded', equals: 'o1' } })).toEqual({
      ok: false,
      problem: 'condition-value',
    })
  })

  it('refuses to move a question above the question it depends on', () => {
    expect(moveQuestion(content, 'qwhich', 'up')).toEqual({ ok: false, problem: 'condition-source-later' })
    expect(moveQuestion(content, 'qfunded', 'down')).toEqual({ ok: false, problem: 'condition-source-later' })
    expect(moveSection(content, 'ssecond', 'up').ok).toBe(true)
  })

  it('moves a question across the edge of its section into the next one', () => {
    const moved = moveQuestion(content, 'qname1', 'up')
    expect(moved.ok && moved.content.sections.map((section) => section.questions.map((q) => q.id))).toEqual([
      ['qfunded', 'qwhich', 'qname1'],
      [],
    ])
    expect(moveQuestion(content, 'qname1', 'down')).toEqual({ ok: false, problem: 'cannot-move' })
  })

  it('refuses to delete a question or section another question depends on', () => {
    expect(removeQuestion(content, 'qfunded')).toEqual({ ok: false, problem: 'condition-depends-on-it' })
    expect(removeQuestion(content, 'qwhich').ok).toBe(true)
    expect(removeSection(content, 'sfirst').ok).toBe(true)
    const split = addSection(content, { title: 'Third', help: '' }, 'sthird')
    const moved = saveQuestion(
      {
        sections: [
          { ...content.sections[0]!, questions: [funded] },
          { ...split.content.sections[2]!, questions: [which] },
        ],
      },
      'sthird',
      which,
    )
    expect(moved.ok && removeSection(moved.content, content.sections[0]!.id)).toEqual({
      ok: false,
      problem: 'condition-depends-on-it',
    })
  })
})
