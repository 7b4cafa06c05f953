import {
  type FormError,
  type FormValues,
  fieldError,
  fieldValue,
  fieldValues,
} from '../../../platform/forms/form-state.js'
import { Button, ButtonGroup } from '../../../platform/ui/button.js'
import { Checkboxes } from '../../../platform/ui/checkboxes.js'
import { localHref, type PageContext } from '../../../platform/ui/page-context.js'
import { Radios } from '../../../platform/ui/radios.js'
import { Select } from '../../../platform/ui/select.js'
import { TextInput } from '../../../platform/ui/text-input.js'
import { Textarea } from '../../../platform/ui/textarea.js'
import { fileTypeNames } from '../parse-answers.js'
import {
  ANSWER_FILE_TYPES,
  type allQuestions,
  CONDITION_SOURCE_TYPES,
  type QuestionType,
  type VersionContent,
} from '../question-types.js'
import { EditorFrame, editorPath } from './editor-frame.js'

/** The questions a new or edited question may depend on: yes/no and choice questions asked before it. */
function conditionOptions(t: PageContext['t'], content: VersionContent, sectionId: string, questionId?: string) {
  const before = []
  for (const section of content.sections) {
    for (const question of section.questions) {
      if (question.id === questionId) return options(before)
      before.push(question)
    }
    if (!questionId && section.id === sectionId) return options(before)
  }
  return options(before)

  function options(questions: ReturnType<typeof allQuestions>) {
    return questions
      .filter((question) => CONDITION_SOURCE_TYPES.includes(question.type))
      .flatMap((question) => {
        const answers =
          question.type === 'yes-no'
            ? [
                { value: 'yes', label: t('questionnaires.field.yes') },
                { value: 'no', label: t('questionnaires.field.no') },
              ]
            : 'options' in question
              ? question.options
              : []
        return answers.map((answer) => ({
          value: `${question.id}:${answer.value}`,
          text: t('questionnaires.question.condition.option', { question: question.label, answer: answer.label }),
        }))
      })
  }
}

export function QuestionPage(props: {
  ctx: PageContext
  questionnaire: { id: string; title: string }
  content: VersionContent
  sectionId: string
  type: QuestionType
  questionId?: string
  values: FormValues
  errors?: FormError[]
}) {
  const { ctx, type, values, errors } = props
  const { t } = ctx
  const id = props.questionnaire.id
  const action = props.questionId
    ? editorPath(id, `/questions/${props.questionId}`)
    : editorPath(id, `/sections/${props.sectionId}/questions/new`)
  const title = t(props.questionId ? 'questionnaires.question.editTitle' : 'questionnaires.question.newTitle', {
    type: t(`questionnaires.type.${type}`),
  })
  const input = (
    name: string,
    labelKey: string,
    extra: { hint?: string; width?: '5' | '10' | '20'; inputmode?: 'decimal' | 'numeric' } = {},
  ) => (
    <TextInput
      t={t}
      name={name}
      label={t(labelKey)}
      hint={extra.hint}
      width={extra.width}
      inputmode={extra.inputmode}
      value={fieldValue(values, name)}
      error={fieldError(errors, name)}
    />
  )
  const conditions = conditionOptions(t, props.content, props.sectionId, props.questionId)
  return (
    <EditorFrame ctx={ctx} title={title} questionnaire={props.questionnaire} errors={errors}>
      <form method="post" action={localHref(ctx, action)} novalidate>
        <input type="hidden" name="type" value={type} />
        <Textarea
          t={t}
          name="label"
          rows={2}
          label={t('questionnaires.question.label')}
          labelSize="m"
          value={fieldValue(values, 'label')}
          error={fieldError(errors, 'label')}
        />
        <Textarea
          t={t}
          name="help"
          rows={3}
          label={t('questionnaires.question.help')}
          hint={t('questionnaires.question.help.hint')}
          value={fieldValue(values, 'help')}
        />
        {type === 'single-choice' || type === 'multiple-choice' ? (
          <Textarea
            t={t}
            name="choices"
            rows={6}
            label={t('questionnaires.question.choices')}
            hint={t('questionnaires.question.choices.hint')}
            value={fieldValue(values, 'choices')}
            error={fieldError(errors, 'choices')}
          />
        ) : null}
        {type === 'long-text'
          ? input('maxWords', 'questionnaires.question.maxWords', { width: '5', inputmode: 'numeric' })
          : null}
        {type === 'number' ? (
          <>
            {input('unit', 'questionnaires.question.unit', {
              hint: t('questionnaires.question.unit.hint'),
              width: '10',
            })}
            {input('min', 'questionnaires.question.min', {
              hint: t('questionnaires.question.range.hint'),
              width: '10',
              inputmode: 'decimal',
            })}
            {input('max', 'questionnaires.question.max', { width: '10', inputmode: 'decimal' })}
          </>
        ) : null}
        {type === 'number' || type === 'percentage' ? (
          <>
            {input('plausibleMin', 'questionnaires.question.plausibleMin', {
              hint: t('questionnaires.question.plausible.hint'),
              width: '10',
              inputmode: 'decimal',
            })}
            {input('plausibleMax', 'questionnaires.question.plausibleMax', { width: '10', inputmode: 'decimal' })}
          </>
        ) : null}
        {type === 'number' ? (
          <Checkboxes
            t={t}
            name="integer"
            legend={t('questionnaires.question.integer')}
            items={[{ value: 'yes', text: t('questionnaires.question.integer') }]}
            values={fieldValues(values, 'integer')}
          />
        ) : null}
        {type === 'scale' ? (
          <>
            <Radios
              t={t}
              name="scaleMin"
              legend={t('questionnaires.question.scaleMin')}
              inline
              items={[
                { value: '0', text: '0' },
                { value: '1', text: '1' },
              ]}
              value={fieldValue(values, 'scaleMin') ?? '1'}
            />
            <Select
              t={t}
              name="scaleMax"
              label={t('questionnaires.question.scaleMax')}
              options={[2, 3, 4, 5, 6, 7, 8, 9, 10].map((point) => ({ value: String(point), text: String(point) }))}
              value={fieldValue(values, 'scaleMax') ?? '5'}
              error={fieldError(errors, 'scaleMax')}
            />
            {input('minLabel', 'questionnaires.question.minLabel')}
            {input('maxLabel', 'questionnaires.question.maxLabel')}
          </>
        ) : null}
        {type === 'file' ? (
          <>
            <Checkboxes
              t={t}
              name="fileTypes"
              legend={t('questionnaires.question.fileTypes')}
              hint={t('questionnaires.question.fileTypes.hint')}
              items={ANSWER_FILE_TYPES.map((fileType) => ({ value: fileType, text: fileTypeNames([fileType]) }))}
              values={fieldValues(values, 'fileTypes')}
              error={fieldError(errors, 'fileTypes')}
            />
            {input('maxSizeMb', 'questionnaires.question.maxSizeMb', { width: '5', inputmode: 'decimal' })}
          </>
        ) : null}
        <Checkboxes
          t={t}
          name="required"
          legend={t('questionnaires.question.required')}
          items={[{ value: 'yes', text: t('questionnaires.question.requiredYes') }]}
          values={fieldValues(values, 'required')}
        />
        <Select
          t={t}
          name="condition"
          label={t('questionnaires.question.condition')}
          hint={t('questionnaires.question.condition.hint')}
          options={[{ value: '', text: t('questionnaires.question.condition.always') }, ...conditions]}
          value={fieldValue(values, 'condition')}
          error={fieldError(errors, 'condition')}
        />
        <ButtonGroup>
          <Button>{t('questionnaires.question.save')}</Button>
          <a class="app-link" href={localHref(ctx, editorPath(id))}>
            {t('questionnaires.edit.back')}
          </a>
        </ButtonGroup>
      </form>
    </EditorFrame>
  )
}
